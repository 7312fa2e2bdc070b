"""Fit the key-point matcher (bot/scoring/weights/keypoints.npz) on ArgKP, holding out topics.

    python scripts/train_keypoints.py [--pairs ../shared/data/argkp/pairs.csv]

Whole topics (HELD_OUT) are kept out of training; the figures printed (top-1 accuracy, mean
average precision over each argument's same-stance key points, best-F1 threshold) are on them,
and their names are stored in the weights so the benchmark scores only unseen topics. The model
learns from each side's key points and from both sides' together (the other side's count as
not made), so it works whichever set the scorer passes.
Needs scikit-learn (training only).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
from training import DATA, WEIGHTS, read_rows, today

from bot.scoring import weights
from bot.scoring.encoder import shipped_encoder
from bot.scoring.keypoints import pair_features

HELD_OUT = (
    "We should abandon the use of school uniform",
    "We should ban human cloning",
    "We should abolish capital punishment",
    "We should legalize prostitution",
    "We should subsidize space exploration",
)


def groups(rows: list[dict[str, str]], whole_topics: bool = False):  # type: ignore[no-untyped-def]
    """Per (topic, stance), or per topic with both sides' key points: topic, arguments, key
    points, labels (key point × argument: 1 made, 0 not made or the other side's, -1 unknown)."""
    by_group: dict[tuple[str, str], list[dict[str, str]]] = {}
    for row in rows:
        by_group.setdefault((row["topic"], "" if whole_topics else row["stance"]), []).append(row)
    out = []
    for (topic, _), members in sorted(by_group.items()):
        arguments = sorted({r["argument"] for r in members})
        points = sorted({r["key_point"] for r in members})
        point_side = {r["key_point"]: r["stance"] for r in members}
        argument_side = {r["argument"]: r["stance"] for r in members}
        labels = np.array([[0 if point_side[p] != argument_side[a] else -1 for a in arguments]
                           for p in points], dtype=np.int8)
        a_index = {a: i for i, a in enumerate(arguments)}
        p_index = {p: i for i, p in enumerate(points)}
        for r in members:
            labels[p_index[r["key_point"]], a_index[r["argument"]]] = int(r["label"])
        out.append((topic, arguments, points, labels))
    return out


def with_strays(data: list[tuple[str, list[str], list[str], np.ndarray]], per_group: int, seed: int = 7):  # type: ignore[no-untyped-def]
    """Add to each group a few arguments from other topics, matching none of its key points, so
    the model learns that an off-topic sentence makes no point even when it is the closest one."""
    rng = np.random.default_rng(seed)
    out = []
    for topic, arguments, points, labels in data:
        others = [a for t, args, _, _ in data if t != topic for a in args]
        strays = [others[i] for i in rng.choice(len(others), size=per_group, replace=False)]
        extra = np.zeros((len(points), per_group), dtype=np.int8)
        out.append((topic, arguments + strays, points, np.hstack([labels, extra])))
    return out


def design(data: list[tuple[str, list[str], list[str], np.ndarray]]) -> tuple[np.ndarray, np.ndarray]:
    """Pair features and labels of all labelled pairs."""
    encoder = shipped_encoder()
    xs, ys = [], []
    for _, arguments, points, labels in data:
        features = pair_features(arguments, points, encoder)
        known = labels >= 0
        xs.append(features[known])
        ys.append(labels[known])
    return np.vstack(xs), np.concatenate(ys)


def ranking_figures(data, scorer) -> tuple[float, float, int]:  # type: ignore[no-untyped-def]
    """Top-1 accuracy and mean average precision over arguments with at least one matching point."""
    top1, precisions = [], []
    for _, arguments, points, labels in data:
        scores = scorer(arguments, points)
        for column in range(len(arguments)):
            known = labels[:, column] >= 0
            truth = labels[known, column]
            if truth.sum() == 0:
                continue
            order = np.argsort(-scores[known, column], kind="stable")
            hits = truth[order]
            top1.append(float(hits[0]))
            ranks = np.flatnonzero(hits) + 1
            precisions.append(float(np.mean(np.arange(1, len(ranks) + 1) / ranks)))
    return float(np.mean(top1)), float(np.mean(precisions)), len(top1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=Path, default=DATA / "argkp" / "pairs.csv")
    parser.add_argument("--C", type=float, default=3.0)
    parser.add_argument("--strays", type=int, default=8, help="off-topic arguments added per group")
    parser.add_argument("--out", type=Path, default=WEIGHTS / "keypoints.npz")
    args = parser.parse_args()
    from sklearn.linear_model import LogisticRegression

    rows = read_rows(args.pairs)
    data = groups(rows)
    train = [g for g in data + groups(rows, whole_topics=True) if g[0] not in HELD_OUT]
    held = [g for g in data if g[0] in HELD_OUT]
    x, y = design(with_strays(train, args.strays) if args.strays else train)
    model = LogisticRegression(C=args.C, max_iter=5000).fit(x, y)
    coef, bias = model.coef_[0].astype(np.float32), float(model.intercept_[0])

    def scorer(arguments: list[str], points: list[str]) -> np.ndarray:
        logits = pair_features(arguments, points, shipped_encoder()) @ coef + bias
        return 1.0 / (1.0 + np.exp(-logits))

    top1, mean_ap, n = ranking_figures(held, scorer)
    xh, yh = design(held)
    probabilities = 1.0 / (1.0 + np.exp(-(xh @ coef + bias)))
    if args.strays:
        xs, _ys = design([(t, a[len(a) - args.strays:], p, lab[:, -args.strays:])
                         for t, a, p, lab in with_strays(held, args.strays)])
        stray_probabilities = 1.0 / (1.0 + np.exp(-(xs @ coef + bias)))
    thresholds = np.round(np.arange(0.1, 0.91, 0.05), 2)
    f1 = [2 * ((probabilities >= t) & (yh == 1)).sum() / max(1, (probabilities >= t).sum() + yh.sum())
          for t in thresholds]
    best = float(thresholds[int(np.argmax(f1))])
    whole_top1, whole_map, _ = ranking_figures(
        [g for g in groups(rows, whole_topics=True) if g[0] in HELD_OUT], scorer)
    print(f"key points: {len(y)} training pairs; held-out topics: top-1 {top1:.3f}, mAP {mean_ap:.3f} "
          f"over {n} arguments (among both sides' points: {whole_top1:.3f}, {whole_map:.3f}); "
          f"best F1 {max(f1):.3f} at threshold {best}")
    if args.strays:
        stray_rate = float((stray_probabilities >= best).mean())
        print(f"off-topic arguments added to held-out topics, matched at the threshold: {stray_rate:.3f}")
    weights.save(args.out, {"coef": coef, "bias": np.array(bias, dtype=np.float32)}, {
        "trained": today(), "encoder": shipped_encoder().name, "C": args.C,
        "held_out_topics": list(HELD_OUT), "train_topics": sorted({g[0] for g in train}),
        "strays": args.strays, "held_out_top1": round(top1, 4), "held_out_map": round(mean_ap, 4),
        "best_threshold": best, "held_out_top1_both_sides": round(whole_top1, 4),
        "held_out_map_both_sides": round(whole_map, 4),
    })


if __name__ == "__main__":
    main()
