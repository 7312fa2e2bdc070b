"""Calibrate the practice rubric's criterion weights against human-rated speeches.

    python scripts/calibrate_speeches.py [--data ../shared/data] [--rubric practice]

Scores every speech of speeches/dev.csv once (Proposition, ad-hoc motion), then searches the
criterion weights (multiples of 5, each between 5 and 30, summing to 100) that maximise Kendall
tau-c with the mean human rating. The search is checked with grouped cross-validation: folds
hold out whole topics, weights are fitted on the others and measured on the held-out topics.
It prints the figures and the suggested weights; copy them into bot/rubrics/<rubric>.yaml by
hand (the analyses, not the weights, are what keep gaming from paying: re-run
tests/bench/speeches.py afterwards for the adversarial checks).
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
from pathlib import Path

import numpy as np
from scipy.stats import kendalltau

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.motions import Motion
from bot.rubric import Rubric, load_rubric
from bot.scoring import score

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
FOLDS = 5
STEP, LOW, HIGH = 5, 5, 30


def tau_c(xs: np.ndarray | list[float], ys: np.ndarray | list[float]) -> float:
    """Kendall tau-c."""
    return float(kendalltau(xs, ys, variant="c").statistic)


def criterion_qualities(rows: list[dict[str, str]], rubric: Rubric) -> np.ndarray:
    """Each speech's quality 0..1 per criterion (after flag caps), one row per speech."""
    out = []
    for row in rows:
        card = score(row["text"], Motion.ad_hoc(row["topic"]), "prop", rubric)
        out.append([card.extras["criterion_quality"][c.id] for c in rubric.criteria])
    return np.asarray(out)


def fit_weights(qualities: np.ndarray, ratings: np.ndarray, start: list[int]) -> list[int]:
    """Coordinate ascent: move STEP points between criteria while tau-c on these speeches rises."""
    weights = list(start)
    best = tau_c(qualities @ np.asarray(weights), ratings)
    improved = True
    while improved:
        improved = False
        for give in range(len(weights)):
            for take in range(len(weights)):
                if give == take or weights[give] - STEP < LOW or weights[take] + STEP > HIGH:
                    continue
                trial = list(weights)
                trial[give] -= STEP
                trial[take] += STEP
                value = tau_c(qualities @ np.asarray(trial), ratings)
                if value > best + 1e-4:
                    weights, best, improved = trial, value, True
    return weights


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--rubric", default="practice")
    args = parser.parse_args(argv)
    path = args.data / "speeches" / "dev.csv"
    if not path.exists():
        print(f"No speech data at {path}; pass --data.")
        return 1
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    rubric = load_rubric(args.rubric)
    names = [c.id for c in rubric.criteria]
    current = [round(c.weight * 100) for c in rubric.criteria]
    ratings = np.asarray([float(r["mean_rating"]) for r in rows])
    qualities = criterion_qualities(rows, rubric)
    topics = sorted({r["topic"] for r in rows})
    fold = np.asarray([topics.index(r["topic"]) % FOLDS for r in rows])

    print(f"{len(rows)} speeches, {len(topics)} topics; rubric {rubric.id}")
    for i, name in enumerate(names):
        print(f"  {name:<12} weight {current[i]:>3}  tau-c alone {tau_c(qualities[:, i], ratings):+.3f}")
    print(f"current weights: tau-c {tau_c(qualities @ np.asarray(current), ratings):+.3f}")

    held_fixed, held_fitted = [], []
    for k in range(FOLDS):
        train, test = fold != k, fold == k
        fitted = fit_weights(qualities[train], ratings[train], current)
        held_fixed.append(tau_c(qualities[test] @ np.asarray(current), ratings[test]))
        held_fitted.append(tau_c(qualities[test] @ np.asarray(fitted), ratings[test]))
        print(f"fold {k}: held-out tau-c current {held_fixed[-1]:+.3f}"
              f"  fitted {held_fitted[-1]:+.3f}  {fitted}")
    print(f"held-out mean: current {statistics.mean(held_fixed):+.3f}"
          f"  fitted {statistics.mean(held_fitted):+.3f}")
    suggested = fit_weights(qualities, ratings, current)
    pairs = ", ".join(f"{n} {w}" for n, w in zip(names, suggested, strict=True))
    print(f"suggested weights (all topics): {pairs}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
