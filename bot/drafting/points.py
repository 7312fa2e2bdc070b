"""Key points: the essay's central claims for one side, concessions turned into the other's."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.drafting.cues import EVALUATIVE, REASON_CUES, REBUTTAL_START
from bot.drafting.finding import Concession, Findings, evidence_weight
from bot.drafting.ranking import content_stems, overlap
from bot.drafting.reading import Sentence
from bot.drafting.wording import compress, lower_first, short_names, strip_openers, upper_first

MAX_POINTS = 8
DIVERSITY = 0.8  # weight of similarity to points already chosen
SIDE_MAX = 3800  # one side's points must fit a Telegram message (4096) with room to spare
_INFERENCE = re.compile(
    r"\b(?:shows?|showing|demonstrates?|reflects?|reflecting|proves?|illustrates?|indicates?|suggests?|"
    r"means|ensures?|allows?|enables?|deprives?|underscores?)\b",
    re.I,
)
# A sentence whose main clause says what must be done is a proposal, not an argument for one.
_PROPOSAL = re.compile(
    r"^[^–—,]*?\b(?:should|must|ought to|needs? to)\s+(?-i:(?![A-Z]))(?!be\s+earned)", re.I
)
_NO_REASON = "No reason found in the sentences beside this claim; read the essay and add its reasoning."


@dataclass(frozen=True)
class DraftPoint:
    """A key point as drafted, with a note for the curator when it needs checking."""

    claim: str
    reasoning: str
    evidence: str = ""
    check: str = ""
    sentence: int = -1  # index of the sentence the claim came from


def _split_because(text: str) -> tuple[str, str]:
    """"X because Y" → ("X", "Y"); otherwise (text, ""). Not inside a relative clause ("who … because")."""
    match = re.match(
        r"^(?P<claim>(?:\S+\s+){4,}?\S+?),?\s+(?:because|since|given that)\s+(?P<why>.{15,})$", text,
    )
    relative = r"\b(?:who|which|that|as|when|where)\b(?:\s+\S+){0,6}$"
    if match is None or re.search(relative, match.group("claim")):
        return text, ""
    return match.group("claim").rstrip(",;") + ".", match.group("why")


def _reasoning_for(findings: Findings, claim: Sentence, used: set[int]) -> Sentence | None:
    """The sentence beside the claim that best says why it holds."""
    best, best_score = None, 0.0
    for s in findings.essay.sentences:
        distance = s.index - claim.index
        if (
            s.index in used
            or s.part
            or s.paragraph != claim.paragraph
            or distance == 0
            or abs(distance) > 3
            or _PROPOSAL.search(s.text)
        ):
            continue
        score = (1.0 if distance == 1 else 0.6 if distance > 0 else 0.4) / abs(distance)
        score += 0.5 if REASON_CUES.search(s.text) else 0.0
        score -= 0.8 * evidence_weight(s.text)
        if score > best_score:
            best, best_score = s, score
    return best


def _evidence_for(findings: Findings, claim: Sentence, used: set[int]) -> Sentence | None:
    """The most evidence-like sentence near the claim (same or next paragraph)."""
    best, best_score = None, 0.6
    for s in findings.essay.sentences:
        near = 0 <= s.paragraph - claim.paragraph <= 1 and abs(s.index - claim.index) <= 6
        if s.index in used or s.part or not near:
            continue
        score = evidence_weight(s.text) + 0.5 * findings.centrality.cosine(claim.index, s.index)
        score -= 0.3 if s.paragraph != claim.paragraph else 0.0
        if score > best_score:
            best, best_score = s, score
    return best


def _claim_scores(findings: Findings, motion_text: str, skip: set[int]) -> list[float]:
    """How well each sentence works as a Proposition claim for this motion (-1: unusable)."""
    essay, centrality = findings.essay, findings.centrality
    relevance = centrality.similar_to(motion_text)
    proposals = {r.sentence.index for r in findings.recommendations} | {
        s.index for s in essay.sentences if _PROPOSAL.search(s.text)
    }
    support = {
        p: sum(evidence_weight(s.text) for s in essay.paragraph(p)) / max(1, len(essay.paragraph(p)) - 1)
        for p in range(essay.paragraphs)
    }
    scores = []
    for s in essay.sentences:
        words = len(s.text.split())
        if s.index in skip or s.index in proposals or s.text.endswith("?") or words < 6 or s.part:
            scores.append(-1.0)
            continue
        backing = support[s.paragraph] - evidence_weight(s.text) / max(
            1, len(essay.paragraph(s.paragraph)) - 1
        )
        scores.append(
            0.45 * float(centrality.scores[s.index])
            + 0.35 * float(relevance[s.index])
            + 0.2 * min(1.0, backing)
            + (0.15 if REASON_CUES.search(s.text) else 0.0)
            + 0.1 * min(1.0, len(EVALUATIVE.findall(s.text)) / 2)
            + (0.1 if _INFERENCE.search(s.text) else 0.0)
            - 0.3 * evidence_weight(s.text)
            - (0.15 if s.standalone else 0.0)
            - (0.1 if words > 45 else 0.0)
            - (0.1 if re.match(r"^(?:this|these|it|they)\b", s.text, re.I) else 0.0)
            - (0.3 if re.match(r"^(?:that|this) is (?:why|how|because)\b", s.text, re.I) else 0.0)
        )
    return scores


def _pick_claims(findings: Findings, scores: list[float], limit: int) -> list[int]:
    """Claims by maximal marginal relevance: central ones first, each unlike those already picked.

    Only the best claim of each paragraph competes at first, so the points cover the essay's
    different arguments rather than one paragraph's variations.
    """
    centrality = findings.centrality
    best: dict[int, int] = {}
    for s in findings.essay.sentences:
        if scores[s.index] >= 0 and (s.paragraph not in best or scores[s.index] > scores[best[s.paragraph]]):
            best[s.paragraph] = s.index
    chosen: list[int] = []
    for pool in (list(best.values()), [i for i in range(len(scores)) if scores[i] >= 0]):
        pool = [i for i in pool if i not in chosen]
        while pool and len(chosen) < limit:

            def marginal(i: int) -> float:
                nearest = max((centrality.cosine(i, j) for j in chosen), default=0.0)
                return scores[i] - DIVERSITY * nearest

            pick = max(pool, key=marginal)
            pool.remove(pick)
            if any(
                centrality.cosine(pick, j) > 0.8 or overlap(centrality.stems[pick], centrality.stems[j]) > 0.6
                for j in chosen
            ):
                continue
            chosen.append(pick)
    return sorted(chosen, key=lambda i: -scores[i])


def proposition_points(
    findings: Findings,
    motion_text: str,
    skip: set[int],
    limit: int | None = None,
) -> list[DraftPoint]:
    """The essay's central claims for the motion, most central first, each with reasoning and evidence.

    By default a point per 90 words of essay, between 4 and MAX_POINTS.
    """
    essay = findings.essay
    limit = limit or max(4, min(MAX_POINTS, essay.words // 90))
    chosen = _pick_claims(findings, _claim_scores(findings, motion_text, skip), limit)
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
        points.append(
            DraftPoint(
                claim=claim,
                reasoning=reasoning,
                evidence=compress(evidence.text) if evidence else "",
                check="" if because or reason else "no reasoning found beside this claim",
                sentence=i,
            )
        )
    return points


_OPENINGS = {
    "critics": "The essay expects this objection.",
    "cost": "The author admits this cost.",
}


def _opposing(concession: Concession) -> DraftPoint:
    granted = short_names(strip_openers(concession.granted)).rstrip(".")
    granted = re.sub(
        r"\b(?:initially|at first|temporarily|in the short (?:term|run)|for a while)\s+", "", granted
    )
    if concession.referent:
        granted = re.sub(r"^(?:it|they)\b", concession.referent, granted, flags=re.I)
    granted = upper_first(granted)
    answer = compress(REBUTTAL_START.sub("", concession.answer).strip(" ,")) if concession.answer else ""
    claim = (
        f"{granted} matters more than the essay allows." if concession.kind == "despite" else granted + "."
    )
    reply = f"The essay replies: {answer}" if answer else "The essay gives no answer."
    opening = _OPENINGS.get(concession.kind, "The author concedes this.")
    return DraftPoint(
        claim=compress(claim),
        reasoning=f"{opening} {reply} Opposition should show why that answer fails.",
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
            points.append(
                DraftPoint(
                    claim=f"It is not proven that {lower_first(point.claim)}".rstrip(".…") + ".",
                    reasoning="The essay raises no objection here; write the Opposition's answer to it.",
                    check="invented by denying a Proposition claim: write the Opposition's own case",
                )
            )
    return points


def side_length(points: list[DraftPoint]) -> int:
    """Characters one side's points take on a Telegram card (numbered claim, then its lines)."""
    return 40 + sum(
        6 + len(p.claim) + sum(4 + len(part) for part in (p.reasoning, p.evidence) if part) for p in points
    )


def fit(points: list[DraftPoint], limit: int = SIDE_MAX) -> list[DraftPoint]:
    """Drop repeated claims, then the least central points (keeping one) until the side fits a message."""
    unique: dict[str, DraftPoint] = {}
    for point in points:
        unique.setdefault(point.claim.lower(), point)
    points = list(unique.values())
    while len(points) > 1 and side_length(points) > limit:
        points.pop()
    return points
