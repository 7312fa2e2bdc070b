"""Reasoning: claims joined to reasons that say something new, and chains that form mechanisms.

A cue such as "because", "which means" or "removes" earns credit only when the clause it
introduces is about the speech's subject and adds words the claim did not already have.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from bot.scoring.analyses import moves
from bot.scoring.analyses.base import (
    GENERIC_STEMS,
    Context,
    Finding,
    Tip,
    plural,
    praise,
    saturate,
    short_quote,
)
from bot.scoring.analyses.cues import CARRY, REASON, REBUTTAL, STEP, WEIGH
from bot.scoring.analyses.facts import specifics, weight
from bot.scoring.analyses.signals import empty_lead
from bot.scoring.speech import content_words

MIN_REASON_STEMS = 2
# Connectives that join a sentence to the one before it (not subordinators such as "because").
OPENING_CONNECTIVE = re.compile(
    r"(therefore|thus|hence|consequently|as a result|as such|this means|that means|which means|meaning that"
    r"|so\b|that is why|that's why|this is why|which leads to|resulting in|results? in|leads? to|led to)",
    re.IGNORECASE)
NOVELTY = 0.5
# Words of cause and effect themselves: a "reason" made only of them ("drives it, pushes it") is empty.
CAUSAL_STEMS = frozenset(content_words(
    "remove removes force forces allow allows enable enables prevent prevents stop stops deny denies drive "
    "drives push pushes give gives turn turns lead leads result results cause causes mean means make makes"
))
# A claim restating the motion (its opening line) needs this many words of its own to need a reason.
OWN_CLAIM_STEMS = 3


@dataclass(frozen=True)
class Link:
    """A claim joined to its reason (or a cause to its effect) inside or across units."""

    unit: int
    cue: str
    reason_stems: frozenset[str]
    steps: int = 1  # causal steps with real content in this unit: two make a mechanism on their own
    stated: bool = True  # a reason cue ("because", "which means"), not only a causal verb or condition


def find_links(ctx: Context) -> list[Link]:
    """Every claim-to-reason link whose reason is topical and new relative to its claim."""
    if "links" not in ctx.memo:
        ctx.memo["links"] = _find_links(ctx)
    return list(ctx.memo["links"])


def _find_links(ctx: Context) -> list[Link]:
    links: list[Link] = []
    seen: set[frozenset[str]] = set()
    for i, unit in enumerate(ctx.units):
        if ctx.on_topic[i] <= 0:
            continue
        found: list[tuple[str, frozenset[str], bool]] = []
        cues = sorted([(m, True) for m in REASON.finditer(unit)] + [(m, False) for m in STEP.finditer(unit)],
                      key=lambda pair: pair[0].start())
        lead = empty_lead(unit)
        for match, stated in cues:
            if match.start() < lead:
                continue  # the connective that joins the sentence to the speech is not its reason
            before, after = unit[: match.start()], unit[match.end():]
            # Words before the cue count as a claim only past the unit's empty lead: in "Studies show
            # that none of this means …" the "this means" still opens the sentence.
            opening = unit[lead: match.start()]
            opens_sentence = len(content_words(opening)) < 2 or opening.rstrip()[-1:] in (".", "!", "?")
            if opens_sentence and OPENING_CONNECTIVE.match(unit[match.start():]):
                # "Therefore, …" opening a sentence (or a unit, after a signpost such as "Second,
                # knowledge.") joins nothing by itself: what the sentence adds to the one before
                # is judged by its content (see `chains`).
                continue
            if len(content_words(before)) < 2 and i > 0:
                # "Because …, …" or "As long as …, …": the claim is the sentence before
                before = ctx.units[i - 1] + " " + before
            claim = set(content_words(before))
            reason = ctx.beyond_motion(set(content_words(after))) - CAUSAL_STEMS
            if len(reason) < MIN_REASON_STEMS:
                continue
            novel = len(reason - claim) / len(reason)
            key = frozenset(reason)
            if novel >= NOVELTY and key not in seen and (claim - GENERIC_STEMS):
                seen.add(key)
                found.append((match.group(0).lower(), key, stated))
        if found:
            links.append(Link(i, found[0][0], found[0][1], steps=len(found),
                              stated=any(stated for _, _, stated in found)))
    return links


def chains(ctx: Context, links: list[Link]) -> list[int]:
    """Units where a reason is taken a step further: a mechanism, not a slogan.

    Either the unit itself joins two causal steps ("removes that lifeline and forces …"), or
    the next unit carries the reason on (it gives a reason of its own, or picks up the reason's
    words); a connective alone ("This means …") carries nothing on.
    """
    linked = {link.unit: link for link in links}
    out = []
    for i, link in linked.items():
        if link.steps >= 2:
            out.append(i)
            continue
        if i + 1 >= len(ctx.units):
            continue
        shared = link.reason_stems & ctx.unit_stems[i + 1]
        follows = bool(shared) or _follows(ctx, i)
        if (i + 1 in linked or (follows and _adds(ctx, i + 1, link))) and ctx.on_topic[i + 1] > 0:
            out.append(i)
    return out


def _follows(ctx: Context, i: int) -> bool:
    """True when unit i+1 is closer in meaning to unit i than to the speech's other units: it takes
    that thought further, whatever connective (if any) opens it."""
    meaning = ctx.meaning
    if meaning.shape[0] < 3:
        return meaning.shape[0] == 2 and float(meaning[0] @ meaning[1]) > 0.5
    closeness = meaning @ meaning[i + 1]
    others = np.delete(closeness, [i, i + 1])
    return float(closeness[i]) >= float(np.median(others))


def _adds(ctx: Context, i: int, link: Link) -> bool:
    """True when unit i says something beyond the reason it follows and the motion."""
    return len(ctx.beyond_motion(ctx.unit_stems[i]) - link.reason_stems - CAUSAL_STEMS) >= MIN_REASON_STEMS


def unreasoned_claims(ctx: Context, links: list[Link]) -> list[int]:
    """Arguing units that make a claim and get no reason: not in the unit, nor the one after it.

    Facts and figures, weighing, answers to the other side and lines that only restate the
    motion are not claims waiting for a mechanism.
    """
    linked = {link.unit for link in links}
    known = ctx.motion_stems | ctx.motion_words
    out = []
    for i in ctx.arguing():
        unit = ctx.units[i]
        # Explained: a reason here or in the next unit, or this unit carries on a reasoned one
        # ("This means …", or the same subject taken further).
        develops = i - 1 in linked and (CARRY.match(unit) or ctx.beyond_motion(
            ctx.unit_stems[i] & ctx.unit_stems[i - 1]))
        explained = i in linked or (i + 1) in linked or develops
        if explained or WEIGH.search(unit) or REBUTTAL.search(unit) or specifics(unit, known):
            continue
        if len(ctx.beyond_motion(ctx.unit_stems[i])) >= OWN_CLAIM_STEMS:
            out.append(i)
    return out


def _reasoned_first(ctx: Context, units: list[int]) -> list[int]:
    """Units to praise for reasoning: those that argue before those that mostly report a fact."""
    known = ctx.motion_stems | ctx.motion_words
    return sorted(dict.fromkeys(units), key=lambda i: weight(ctx.units[i], known) >= 2.0)


def reasoning(ctx: Context) -> Finding:
    """Share of topical units with a real reason, plus mechanisms carried over several units."""
    topical = [i for i in range(len(ctx.units)) if ctx.on_topic[i] > 0]
    if not topical:
        return Finding("reasoning", 0.0, (), "No argument about the motion to judge.",
                       "Make a claim about the motion and say why it is true.")
    links = find_links(ctx)
    mechanisms = chains(ctx, links)
    reasons = [link for link in links if link.stated]
    share = len(reasons) / len(topical)
    score = 0.7 * saturate(share, 0.35) + 0.3 * saturate(len(mechanisms), 3)
    linked = {link.unit for link in links}
    bare = unreasoned_claims(ctx, links)
    bare.sort(key=lambda i: -float(ctx.quality[i]))
    reason = (f"{len(links)} of {plural(len(topical), 'arguing sentence')} give a reason or a causal step; "
              f"{len(mechanisms)} {'builds' if len(mechanisms) == 1 else 'build'} it into a mechanism.")
    single = [link.unit for link in links if link.unit not in mechanisms]
    # A sentence with a reason word in it gives a reason (or follows from one), even one too thin
    # to score as a link: it is not the place to ask "why is this true?".
    gives = {i for i in topical if REASON.search(ctx.units[i])}
    gives |= {i for i in topical if i + 1 < len(ctx.units) and OPENING_CONNECTIVE.match(ctx.units[i + 1])}
    tips = (*(Tip(f"Say why this is true, step by step: {short_quote(ctx.units[i])}", quotes=(i,),
                  quoted_not=(moves.REASONS, *moves.SETUP)) for i in bare[:3]),
            *(Tip("Take this reason one step further (what follows, and for whom?): "
                  f"{short_quote(ctx.units[i])}", quotes=(i,), quoted_not=moves.SETUP) for i in single[:3]),
            Tip("Keep building each claim into a chain: cause, effect, and who it reaches.", generic=True))
    return Finding("reasoning", score, tuple(sorted(linked)), reason, "", tips=tips,
                   shows={moves.REASONS: tuple(sorted(linked | gives))},
                   praise=praise("Builds a reason", ctx.units,
                                 _reasoned_first(ctx, [*mechanisms, *sorted(linked)]), move=moves.REASONS),
                   details={"links": len(links), "mechanisms": len(mechanisms),
                            "topical_units": len(topical), "unreasoned": bare[:3]})
