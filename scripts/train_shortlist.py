"""Fit the drafting shortlist (bot/scoring/weights/shortlist.npz) on the drafting corpus's dev essays.

    python scripts/train_shortlist.py [--out bot/scoring/weights/shortlist.npz]

Needs scikit-learn (training only). For every dev essay of tests/data/essays/corpus/refs.yaml with a
proposal, each candidate motion the drafter can word (bot.drafting.compose.candidates) is labelled by
whether it matches the essay's reference by the judge of tests/bench/drafting.py (body cosine at least
MATCH_COSINE, or content-word F1 at least 0.5); a class-balanced logistic model learns that label from
bot.drafting.shortlist.FEATURES. The floor (the score below which no candidate joins a draft) is chosen
by five-fold cross-validation over dev essays: the floor at which the rules' motions plus the shortlist
match the most references, the highest such floor on a tie. It prints the cross-validated figure and
the rules' own; the held-out essays are never read (tests/bench/drafting.py reports them).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml
from training import ROOT, WEIGHTS, today

sys.path.insert(0, str(ROOT / "tests" / "bench"))
from drafting import MATCH_COSINE, body_cosine, word_f1

from bot.drafting.compose import MAX_MOTIONS, admissible, candidates, ruled_motions
from bot.drafting.finding import find
from bot.drafting.ranking import Centrality
from bot.drafting.reading import read_essay
from bot.drafting.shortlist import FEATURES, features
from bot.scoring import weights
from bot.scoring.encoder import get_encoder

CORPUS = ROOT / "tests" / "data" / "essays"
FLOORS = np.round(np.arange(-3.0, 2.01, 0.25), 2)


@dataclass
class Essay:
    """One dev essay: its candidates' features and labels, and what the rules alone reach."""

    x: np.ndarray
    matched: np.ndarray  # each candidate matches the reference
    allowed: np.ndarray  # each candidate may join the rules' motions (compose.admissible)
    room: int  # places the rules leave (0 when they give no motion or oppose a plan)
    ruled: bool  # some motion of the rules matches the reference


def matches(motion: str, reference: str) -> bool:
    return body_cosine(motion, reference) >= MATCH_COSINE or word_f1(motion, reference) >= 0.5


def read_corpus() -> list[Essay]:
    refs = yaml.safe_load((CORPUS / "corpus" / "refs.yaml").read_text(encoding="utf-8"))
    essays = []
    for ref in refs:
        if ref["split"] != "dev" or ref["motion"] == "no clear proposal":
            continue
        essay = read_essay((CORPUS / ref["essay"]).read_text(encoding="utf-8"), None)
        findings = find(essay, Centrality([s.text for s in essay.sentences], get_encoder()))
        chosen, opposed = ruled_motions(findings)
        found = candidates(findings)
        essays.append(Essay(
            x=features(found, essay, findings.centrality),
            matched=np.array([matches(c.text, ref["motion"]) for c in found], dtype=bool),
            allowed=np.array([admissible(c, findings, chosen) for c in found], dtype=bool),
            room=0 if not chosen or opposed else MAX_MOTIONS - len(chosen),
            ruled=any(matches(text, ref["motion"]) for text, *_ in chosen),
        ))
    return essays


def fit(essays: list[Essay]):  # type: ignore[no-untyped-def]
    from sklearn.linear_model import LogisticRegression

    x = np.vstack([e.x for e in essays if len(e.x)])
    y = np.concatenate([e.matched for e in essays if len(e.x)])
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-9
    model = LogisticRegression(C=0.1, class_weight="balanced", max_iter=2000).fit((x - mean) / scale, y)
    return mean, scale, model


def reached(essay: Essay, scores: np.ndarray, floor: float) -> bool:
    """Whether the rules' motions plus the shortlist above `floor` match the reference."""
    if essay.ruled:
        return True
    order = [i for i in np.argsort(-scores) if scores[i] >= floor and essay.allowed[i]][: essay.room]
    return bool(essay.matched[order].any()) if order else False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=WEIGHTS / "shortlist.npz")
    args = parser.parse_args()
    essays = read_corpus()
    folds = [essays[k::5] for k in range(5)]
    hits = np.zeros(len(FLOORS), dtype=int)
    for k, held in enumerate(folds):
        mean, scale, model = fit([e for j, fold in enumerate(folds) if j != k for e in fold])
        for essay in held:
            scores = model.decision_function((essay.x - mean) / scale) if len(essay.x) else np.zeros(0)
            hits += [reached(essay, scores, floor) for floor in FLOORS]
    best = int(max(range(len(FLOORS)), key=lambda i: (hits[i], FLOORS[i])))
    rules = sum(e.ruled for e in essays)
    print(f"dev essays with a proposal: {len(essays)}; the rules' motions match {rules}; with the shortlist "
          f"(five-fold cross-validated over essays) {hits[best]} at floor {FLOORS[best]:+.2f}")
    print("by floor: " + ", ".join(f"{f:+.2f}: {h}" for f, h in zip(FLOORS, hits, strict=True)))
    mean, scale, model = fit(essays)
    weights.save(args.out, {
        "mean": mean.astype(np.float32),
        "scale": scale.astype(np.float32),
        "coef": model.coef_[0].astype(np.float32),
        "intercept": np.array(model.intercept_[0], dtype=np.float32),
        "floor": np.array(FLOORS[best], dtype=np.float32),
    }, {"trained": today(), "features": list(FEATURES), "dev_essays": len(essays), "dev_rules": rules,
        "dev_cross_validated": int(hits[best])})
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
