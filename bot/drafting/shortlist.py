"""The shortlist: after the motions the rules choose, the best other complete candidates by a learned score.

The rules (compose.py) pick an essay's motions by the form of its sentences, and often stop at one or two.
The other complete motions the drafter can word (each act of each recommendation, each thesis candidate)
are ranked here by a logistic model fitted on the drafting corpus's dev essays (scripts/train_shortlist.py,
weights in bot/scoring/weights/shortlist.npz): the label is whether the candidate matches the essay's
reference motion in meaning. Its features say where the candidate's sentence stands (position, first or
last paragraph), how central it is (textrank, its cosine with the essay's mean sentence, the title, and its
nearest sentences), and how the rules rated it (rank and score within its kind, asked for or not).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from bot.drafting.ranking import Centrality
from bot.drafting.reading import Essay
from bot.scoring import weights

FEATURES = (
    "policy", "kind_rank", "kind_score", "position", "position_sq", "first_paragraph", "last_paragraph",
    "centrality", "centrality_gap", "title_cosine", "title_gap", "mean_cosine", "mean_gap",
    "coverage", "coverage_gap", "log_words", "own_ask", "asked",
)


@dataclass(frozen=True)
class Candidate:
    """One complete motion the drafter can word, with what the rules know of it."""

    text: str
    kind: str  # the motion type ("policy", "value", …)
    checks: tuple[str, ...]
    sentence: int  # index of the essay sentence it comes from
    policy: bool  # worded from a recommendation (else from a thesis candidate)
    rank: int  # its place in the rules' list of its kind
    score: float  # the rules' score of its sentence
    own_ask: bool = False  # the author asks for it in the first person
    asked: bool = False  # the sentence asks for it ("we urge …")


def features(candidates: list[Candidate], essay: Essay, centrality: Centrality) -> np.ndarray:
    """One row of FEATURES per candidate; the gaps are to the best candidate of the same essay."""
    if not candidates:
        return np.zeros((0, len(FEATURES)), dtype=np.float64)
    bodies = [c.text.split(" ", 3)[-1] for c in candidates]  # without "This House would/believes"
    title = [essay.title] if essay.title else []
    vectors = centrality.encoder.encode(bodies + title)
    bodies_v = vectors[: len(candidates)]
    n = len(essay.sentences)
    last = max(s.paragraph for s in essay.sentences)
    mean = centrality.vectors.mean(axis=0)
    mean = mean / (np.linalg.norm(mean) or 1.0)
    near = max(3, n // 20)
    title_cos = bodies_v @ vectors[-1] if title else np.zeros(len(candidates))
    mean_cos = bodies_v @ mean
    coverage = np.sort(bodies_v @ centrality.vectors.T, axis=1)[:, ::-1][:, :near].mean(axis=1)
    central = np.array([centrality.scores[c.sentence] for c in candidates])
    best = {p: max((c.score for c in candidates if c.policy == p), default=1.0) or 1.0 for p in (True, False)}
    rows = []
    for i, c in enumerate(candidates):
        position = c.sentence / n
        paragraph = essay.sentences[c.sentence].paragraph
        rows.append([
            c.policy, np.log1p(c.rank), c.score / best[c.policy], position, position**2,
            paragraph == 0, paragraph == last,
            central[i], central[i] - central.max(), title_cos[i], title_cos[i] - title_cos.max(),
            mean_cos[i], mean_cos[i] - mean_cos.max(), coverage[i], coverage[i] - coverage.max(),
            np.log(len(c.text.split())), c.own_ask, c.asked,
        ])
    return np.asarray(rows, dtype=np.float64)


def scores(candidates: list[Candidate], essay: Essay, centrality: Centrality) -> np.ndarray:
    """The model's log-odds that each candidate is the essay's main motion."""
    if not candidates:
        return np.zeros(0)
    model = weights.load("shortlist")
    x = (features(candidates, essay, centrality) - model["mean"]) / model["scale"]
    return np.asarray(x @ model["coef"] + model.scalar("intercept"), dtype=np.float64)


def shortlisted(
    candidates: list[Candidate],
    essay: Essay,
    centrality: Centrality,
    room: int,
    admissible: Callable[[Candidate], bool],
) -> list[Candidate]:
    """Up to `room` admissible candidates, best first, each worded differently, none below the model's
    floor (`admissible` is asked only of those that could be picked: it may be slow)."""
    if room <= 0 or not candidates:
        return []
    floor = weights.load("shortlist").scalar("floor")
    ranked = sorted(zip(scores(candidates, essay, centrality), candidates, strict=True), key=lambda t: -t[0])
    picked: list[Candidate] = []
    for score, candidate in ranked:
        if score < floor or len(picked) == room:
            break
        if all(candidate.text != p.text for p in picked) and admissible(candidate):
            picked.append(candidate)
    return picked
