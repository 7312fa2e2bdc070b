"""Reasoning: claims joined to reasons that say something new, and chains that form mechanisms.

A cue such as "because" or "therefore" earns credit only when the clause it introduces is about
the speech's subject and adds words the claim did not already have.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.scoring.analyses.base import GENERIC_STEMS, Context, Finding, plural, saturate, short_quote
from bot.scoring.analyses.cues import CARRY, REASON
from bot.scoring.speech import content_words

MIN_REASON_STEMS = 2
NOVELTY = 0.5


@dataclass(frozen=True)
class Link:
    """A claim joined to its reason inside (or across) units."""

    unit: int
    cue: str
    reason_stems: frozenset[str]


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
        for match in REASON.finditer(unit):
            before, after = unit[: match.start()], unit[match.end():]
            if len(content_words(before)) < 2 and i > 0:
                before = ctx.units[i - 1] + " " + before
            claim = set(content_words(before))
            reason = ctx.beyond_motion(set(content_words(after)))
            if len(reason) < MIN_REASON_STEMS:
                continue
            novel = len(reason - claim) / len(reason)
            key = frozenset(reason)
            if novel >= NOVELTY and key not in seen and (claim - GENERIC_STEMS):
                seen.add(key)
                links.append(Link(i, match.group(0).lower(), key))
                break
    return links


def chains(ctx: Context, links: list[Link]) -> list[int]:
    """Units where a linked reason is carried on by the next unit: a mechanism, not a slogan."""
    linked = {link.unit: link for link in links}
    out = []
    for i, link in linked.items():
        if i + 1 >= len(ctx.units):
            continue
        follower = ctx.units[i + 1]
        shared = link.reason_stems & ctx.unit_stems[i + 1]
        if (i + 1 in linked or CARRY.match(follower) or shared) and ctx.on_topic[i + 1] > 0:
            out.append(i)
    return out


def reasoning(ctx: Context) -> Finding:
    """Share of topical units with a real reason, plus mechanisms carried over several units."""
    topical = [i for i in range(len(ctx.units)) if ctx.on_topic[i] > 0]
    if not topical:
        return Finding("reasoning", 0.0, (), "No argument about the motion to judge.",
                       "Make a claim about the motion and say why it is true.")
    links = find_links(ctx)
    mechanisms = chains(ctx, links)
    share = len(links) / len(topical)
    score = 0.7 * saturate(share, 0.35) + 0.3 * saturate(len(mechanisms), 3)
    linked = {link.unit for link in links}
    bare = [i for i in ctx.arguing() if i not in linked and len(ctx.unit_stems[i]) >= 4]
    bare.sort(key=lambda i: -float(ctx.quality[i]))
    reason = (f"{len(links)} of {plural(len(topical), 'arguing sentence')} give a reason; "
              f"{len(mechanisms)} {'builds' if len(mechanisms) == 1 else 'build'} it into a mechanism.")
    tip = (f"Explain how this happens, step by step: {short_quote(ctx.units[bare[0]])}"
           if bare else "Add the next step: what follows from your reason, and for whom?")
    best = mechanisms[0] if mechanisms else (links[0].unit if links else None)
    strength = f"Builds a reason: {short_quote(ctx.units[best])}" if best is not None else ""
    return Finding("reasoning", score, tuple(sorted(linked)), reason, tip, strength,
                   details={"links": len(links), "mechanisms": len(mechanisms),
                            "topical_units": len(topical)})
