"""Reading satire: what the piece attacks, drafted as the motions it really argues.

A satire proposes something monstrous or absurd with a straight face. Its real proposals hide in
what the narrator pretends to dismiss ("let no man talk to me of other expedients: of taxing …"),
and its real position is the opposite of the literal proposal; the objections the narrator waves
away ("critics say children need to play") are the author's own view.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.drafting.finding import Findings, FoundRecommendation
from bot.drafting.points import DraftPoint, proposition_points
from bot.drafting.proposals import base_verb
from bot.drafting.ranking import content_stems
from bot.drafting.wording import (
    compress,
    gerund_phrase,
    lower_first,
    resolve_pronouns,
    short_names,
    tidy,
    upper_first,
)

# Markers strong enough to read the piece as satire on their own.
_STRONG = re.compile(r"\b(?:modest proposal|satire|satirical|tongue[- ]in[- ]cheek)\b", re.I)
# "Let no man talk to me of other expedients: Of taxing …", "don't tell me about …".
_DISMISSAL = re.compile(
    r"\b(?:let no (?:man|one|body)|let nobody|no one|nobody|don'?t|do not)\s+"
    r"(?:talk|speak|tell|lecture)\s+(?:to\s+)?(?:me|us)\s+(?:of|about)\s+"
    r"(?:(?:other|these|the like|such|any)\s+)*"
    r"(?:(?:expedients|remedies|solutions|alternatives|ideas|schemes|measures|half-measures)\s*)?"
    r"(?:[:,]\s*|\s+)(?P<rest>.*)$",
    re.I,
)
# "I am not so violently bent upon my own opinion as to reject …": the narrator's feigned openness.
_FEIGNED = re.compile(r"\bnot so (?:violently )?(?:bent|attached|wedded)\b", re.I)

_LIST_ITEM = re.compile(r"^(?:(?:lastly|finally|and|or),?\s+)?(?:of|about)\s+", re.I)


@dataclass(frozen=True)
class SatireMotion:
    """A motion drafted from what the satire really argues."""

    text: str
    kind: str
    check: str
    prop: tuple[DraftPoint, ...]
    opp: tuple[DraftPoint, ...]
    used: frozenset[int]


def reads_as_satire(findings: Findings) -> bool:
    """Whether the evidence is strong enough to redraft: a strong marker, three markers, or a
    marker with a dismissal of other remedies. A lone "best of all" in a serious op-ed only flags it."""
    markers = findings.satire
    if any(_STRONG.search(m) for m in markers) or len(markers) >= 3:
        return True
    return bool(markers) and any(
        _DISMISSAL.search(s.text) or _FEIGNED.search(s.text) for s in findings.essay.sentences
    )


def _remedies(findings: Findings, verbs: set[str]) -> list[tuple[int, str]]:
    """(sentence index, base-verb action) for each remedy the narrator pretends to dismiss."""
    found: list[tuple[int, str]] = []
    sentences = findings.essay.sentences
    for s in sentences:
        match = _DISMISSAL.search(s.text)
        if not match or found:
            continue
        # A long list of remedies runs on past the sentence splitter: read the rest of the paragraph.
        pieces = [(s.index, match.group("rest"))] + [
            (t.index, t.text) for t in sentences[s.index + 1 :] if t.paragraph == s.paragraph
        ]
        items = [(i, item) for i, text in pieces for item in re.split(r"\s*[:;]\s*|(?<=[.!?])\s+", text)]
        for index, item in items:
            item = item.strip()
            if not _LIST_ITEM.match(item) and index != s.index:
                continue
            item = _LIST_ITEM.sub("", item)
            words = item.split()
            if len(words) < 3 or not words[0].lower().endswith("ing"):
                continue
            verb = base_verb(words[0][:-3] + "ed", verbs)
            if verb not in verbs:
                continue
            action = " ".join([verb, *words[1:]])
            action = re.sub(r"\b(?:our|your)\s+", "the ", action, flags=re.I)
            action = re.split(r",\s+(?:who|which|except|nor|wherein)\b|\s+[–—]\s+", action)[0]
            found.append((index, tidy(action)))
    return found


def _inverse(found: FoundRecommendation, names: frozenset[str]) -> str:
    """The opposite of the literal proposal: what the satire actually argues for."""
    rec = found.rec
    action = short_names(rec.actions[found.picked[0]])
    if len(action.split()) > 10:  # "offer X to Y, always advising …": keep the proposal's core
        action = action.split(",")[0]
    if rec.actor == "it" or re.match(r"^(?:we|us|the government|governments?)$", rec.actor, re.I):
        action = lower_first(resolve_pronouns(action, rec.actor), names)
        if rec.negative:
            return tidy("This House would " + action)
        return tidy("This House opposes " + gerund_phrase(action))
    actor = lower_first(short_names(rec.actor), names)
    neg = "" if rec.negative else "not "
    return tidy(f"This House believes that {actor} should {neg}{action}")


def _objections(findings: Findings) -> tuple[DraftPoint, ...]:
    """The objections the narrator waves away: the satire's real case."""
    points = []
    for c in findings.concessions:
        claim = upper_first(compress(c.granted).rstrip(".…")) + "."
        points.append(
            DraftPoint(
                claim=claim,
                reasoning=(
                    "The narrator dismisses this with a joke"
                    + (f" ({compress(c.answer, 160)})" if c.answer else "")
                    + "; the satire means it seriously. Give the real reasons."
                ),
                check="the satire's real case, read from an objection it mocks",
                sentence=c.sentence.index,
            )
        )
    return tuple(points)


def _ironic_case(findings: Findings, text: str, skip: set[int]) -> tuple[DraftPoint, ...]:
    """The narrator's straight-faced case, for the side that defends the literal proposal."""
    return tuple(
        DraftPoint(
            claim=p.claim,
            reasoning=p.reasoning,
            evidence=p.evidence,
            check="the narrator's ironic argument: turn it into a case someone would make in earnest",
            sentence=p.sentence,
        )
        for p in proposition_points(findings, text, skip, limit=4)
    )


def satire_motions(findings: Findings, verbs: set[str], markers_note: str) -> list[SatireMotion]:
    """Motions about what the satire attacks, best first; empty when nothing can be read from it."""
    names = findings.essay.names
    concession_ids = {c.sentence.index for c in findings.concessions}
    motions: list[SatireMotion] = []
    remedies = _remedies(findings, verbs)
    if remedies:
        literal = findings.recommendations[0].rec.actions[0] if findings.recommendations else ""
        index, action = remedies[0]
        text = tidy("This House would " + lower_first(short_names(action), names))
        others = "; ".join(a for _, a in remedies[1:4])
        motions.append(
            SatireMotion(
                text=text,
                kind="policy",
                check=(
                    f"{markers_note} This motion takes up a remedy the narrator pretends to dismiss"
                    + (f" instead of the literal proposal ('{short_names(literal)}')" if literal else "")
                    + (f". Other dismissed remedies: {others}" if others else "")
                ),
                prop=_objections(findings) or _remedy_points(remedies),
                opp=_ironic_case(findings, text, {index} | concession_ids),
                used=frozenset({index}),
            )
        )
    if findings.recommendations:
        found = findings.recommendations[0]
        text = _inverse(found, names)
        motions.append(
            SatireMotion(
                text=text,
                kind="policy" if text.startswith(("This House would", "This House opposes")) else "actor",
                check=(
                    f"{markers_note} This motion reverses its literal proposal "
                    f"('{short_names(found.rec.actions[found.picked[0]])}'): Proposition argues what the "
                    "satire really means"
                ),
                prop=_objections(findings) or _remedy_points(remedies),
                opp=_ironic_case(findings, text, {found.sentence.index} | concession_ids),
                used=frozenset({found.sentence.index}),
            )
        )
    mocked = [c for c in findings.concessions if c.kind == "critics" and len(c.granted.split()) <= 20]
    if mocked:
        objection = mocked[0]
        claim = re.sub(r"^that\s+", "", compress(objection.granted).rstrip(".…"))
        text = tidy("This House believes that " + lower_first(claim, names))
        motions.append(
            SatireMotion(
                text=text,
                kind="value",
                check=(
                    f"{markers_note} This belief motion is the objection the narrator mocks, "
                    "taken as the author's real view"
                ),
                prop=_objections(findings),
                opp=_ironic_case(findings, text, {objection.sentence.index} | concession_ids),
                used=frozenset({objection.sentence.index}),
            )
        )
    return [m for m in motions if m.prop and m.opp and len(content_stems(m.text)) >= 2]


def _remedy_points(remedies: list[tuple[int, str]]) -> tuple[DraftPoint, ...]:
    """The dismissed remedies as Proposition points when the essay mocks no objection."""
    return tuple(
        DraftPoint(
            claim=upper_first(action) + ".",
            reasoning="The narrator dismisses this remedy; the satire offers it as the real answer.",
            check="give the reasons this remedy would work",
            sentence=index,
        )
        for index, action in remedies[:4]
    )
