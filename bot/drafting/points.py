"""Key points: the essay's central claims for one side, concessions turned into the other's."""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from bot.drafting.cues import REASON_CUES, REBUTTAL_START
from bot.drafting.finding import Concession, Findings, evidence_weight
from bot.drafting.ranking import content_stems, overlap
from bot.drafting.reading import Sentence
from bot.drafting.wording import compress, short_names, strip_openers

MAX_POINTS = 6
_NO_REASON = "The essay asserts this without saying why; add the reasoning."


@dataclass(frozen=True)
class DraftPoint:
    """A key point as drafted, with a note for the curator when it needs checking."""

    claim: str
    reasoning: str
    evidence: str = ""
    check: str = ""
    sentence: int = -1  # index of the sentence the claim came from


def _split_because(text: str) -> tuple[str, str]:
    """"X because Y" → ("X", "Y"); otherwise (text, "")."""
    match = re.match(r"^(?P<claim>.{25,}?),?\s+(?:because|since|as a result of|given that)\s+(?P<why>.{15,})$", text)
    if match:
        return match.group("claim"), match.group("why")
    return text, ""


def _reasoning_for(findings: Findings, claim: Sentence, used: set[int]) -> Sentence | None:
    """The sentence beside the claim that best says why it holds."""
    best, best_score = None, 0.0
    for s in findings.essay.sentences:
        distance = s.index - claim.index
        if s.index in used or s.paragraph != claim.paragraph or distance == 0 or abs(distance) > 3:
            continue
        score = (1.0 if distance == 1 else 0.6 if distance > 0 else 0.4) / abs(distance)
        score += 0.5 if REASON_CUES.search(s.text) else 0.0
        score -= 0.4 * evidence_weight(s.text)
        if score > best_score:
            best, best_score = s, score
    return best


def _evidence_for(findings: Findings, claim: Sentence, used: set[int]) -> Sentence | None:
    """The most evidence-like sentence near the claim (same or next paragraph)."""
    best, best_score = None, 0.35
    for s in findings.essay.sentences:
        if s.index in used or not 0 <= s.paragraph - claim.paragraph <= 1 or abs(s.index - claim.index) > 6:
            continue
        score = evidence_weight(s.text) + 0.3 * findings.centrality.cosine(claim.index, s.index)
        score -= 0.2 if s.paragraph != claim.paragraph else 0.0
        if score > best_score:
            best, best_score = s, score
    return best


def proposition_points(findings: Findings, motion_text: str, skip: set[int], limit: int = MAX_POINTS) -> list[DraftPoint]:
    """The essay's central claims for the motion, most central first, each with reasoning and evidence."""
    essay, centrality = findings.essay, findings.centrality
    relevance = centrality.similar_to(motion_text)
    scores = []
    for s in essay.sentences:
        words = len(s.text.split())
        if s.index in skip or s.text.endswith("?") or words < 6:
            scores.append(-1.0)
            continue
        scores.append(
            0.45 * float(centrality.scores[s.index]) + 0.35 * float(relevance[s.index])
            + (0.15 if REASON_CUES.search(s.text) else 0.0) - 0.25 * evidence_weight(s.text)
            - (0.15 if s.standalone else 0.0) - (0.1 if words > 45 else 0.0)
            - (0.1 if re.match(r"^(?:this|these|it|they)\b", s.text, re.I) else 0.0)
        )
    order = list(np.argsort(-np.array(scores)))
    chosen: list[int] = []
    for i in order:
        if scores[i] < 0 or len(chosen) >= limit:
            break
        if any(centrality.cosine(i, j) > 0.8 or overlap(centrality.stems[i], centrality.stems[j]) > 0.6
               for j in chosen):
            continue
        chosen.append(int(i))
    used = set(chosen) | skip
    points = []
    for i in chosen:
        sentence = essay.sentences[i]
        claim, because = _split_because(compress(sentence.text))
        reason = _reasoning_for(findings, sentence, used)
        if reason is not None:
            used.add(reason.index)
        evidence = _evidence_for(findings, sentence, used)
        if evidence is not None:
            used.add(evidence.index)
        reasoning = compress(because) if because else compress(reason.text) if reason else _NO_REASON
        points.append(DraftPoint(
            claim=claim, reasoning=reasoning, evidence=compress(evidence.text) if evidence else "",
            check="" if because or reason else "no reasoning found beside this claim", sentence=i,
        ))
    return points


def _opposing(concession: Concession) -> DraftPoint:
    granted = short_names(strip_openers(concession.granted)).rstrip(".")
    granted = re.sub(r"\b(?:initially|at first|temporarily|in the short (?:term|run)|for a while)\s+", "", granted)
    granted = granted[0].upper() + granted[1:]
    answer = compress(REBUTTAL_START.sub("", concession.answer).strip(" ,")) if concession.answer else ""
    if concession.kind == "despite":
        claim = f"{granted} matters more than the essay allows"
    else:
        claim = granted
    reply = f"The essay's answer: {answer[0].lower() + answer[1:]}" if answer else "The essay gives no answer to this."
    return DraftPoint(
        claim=compress(claim),
        reasoning=f"The author concedes this. {reply} Opposition should show why that answer fails.",
        sentence=concession.sentence.index,
    )


def opposition_points(findings: Findings, prop: list[DraftPoint], motion_text: str) -> list[DraftPoint]:
    """The other side's claims: what the essay concedes or rebuts; failing that, challenges to prop."""
    relevance = findings.centrality.similar_to(motion_text)
    concessions = sorted(findings.concessions, key=lambda c: -float(relevance[c.sentence.index]))
    points = [_opposing(c) for c in concessions[:MAX_POINTS]]
    if len(points) < 2:
        for point in prop[: 2 - len(points)]:
            stems = content_stems(point.claim)
            if any(overlap(stems, content_stems(p.claim)) > 0.6 for p in points):
                continue
            points.append(DraftPoint(
                claim=f"It is not proven that {point.claim[0].lower() + point.claim[1:]}".rstrip(".…") + ".",
                reasoning="The essay raises no objection here; write the Opposition's real answer to this claim.",
                check="invented by denying a Proposition claim: replace it with the Opposition's own case",
            ))
    return points
