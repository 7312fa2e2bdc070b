"""Calibrate the shipped reader (bot/scoring/weights/reader.npz) on fit and dev topics only.

    .venv/bin/python scripts/calibrate_reader.py

Reads the int8 ONNX model as the bot runs it and fixes three things, each on the topics the
split in reader_data.py allows:
- quality: the map from the reader's raw score to ArgQ's WA scale (quantiles of fit topics), and
  the share of the older static regression blended in (chosen on dev topics);
- key points: the probability from which a sentence counts as making a point (best F1 on dev);
- and it prints every figure for dev and held-out topics side by side (held-out chooses nothing).
"""

from __future__ import annotations

import random

import numpy as np
from reader_data import CON, PRO, argkp_pairs, argq_examples, splits
from scipy.stats import spearmanr
from training import WEIGHTS, today

from bot.scoring import weights
from bot.scoring.quality import raw_quality
from bot.scoring.reader import shipped_reader

SHARES = tuple(round(0.1 * k, 1) for k in range(11))


def quality_rows(topics: set[str], limit: int | None = None) -> tuple[list[str], list[str], np.ndarray]:
    rows = argq_examples(topics, random.Random(0), augment=False)
    if limit and len(rows) > limit:
        rows = random.Random(1).sample(rows, limit)
    return [e.motion for e in rows], [e.text for e in rows], np.array([e.quality for e in rows])


def read_all(motions: list[str], texts: list[str]):  # type: ignore[no-untyped-def]
    reader = shipped_reader()
    stance, quality = np.zeros((len(texts), 3)), np.zeros(len(texts))
    for motion in sorted(set(motions)):
        index = [i for i, m in enumerate(motions) if m == motion]
        reading = reader.read(motion, [texts[i] for i in index])
        stance[index], quality[index] = reading.stance, reading.quality
    return stance, quality


def static_quality(motions: list[str], texts: list[str]) -> np.ndarray:
    out = np.zeros(len(texts))
    for motion in sorted(set(motions)):
        index = [i for i, m in enumerate(motions) if m == motion]
        out[index] = raw_quality([texts[i] for i in index], motion)
    return out


def zscore(values: np.ndarray, reference: np.ndarray) -> np.ndarray:
    return (values - reference.mean()) / (reference.std() or 1.0)


def stance_accuracy(topics: set[str]) -> float:
    rows = [e for e in argq_examples(topics, random.Random(0), augment=False)
            if e.stance is not None and e.stance_weight >= 0.8]
    probabilities, _ = read_all([e.motion for e in rows], [e.text for e in rows])
    lean = probabilities[:, PRO] - probabilities[:, CON]
    return float(np.mean((lean > 0) == np.array([e.stance == PRO for e in rows])))


def point_scores(topics: set[str]) -> tuple[np.ndarray, np.ndarray, float]:
    """P(match) and label of every labelled pair, and top-1 among each argument's labelled points."""
    reader = shipped_reader()
    pairs = argkp_pairs(topics)
    probabilities, labels, top1 = [], [], []
    for topic in sorted({p.motion for p in pairs}):
        mine = [p for p in pairs if p.motion == topic]
        arguments = sorted({p.argument for p in mine})
        points = sorted({p.point for p in mine})
        av = reader.read(topic, arguments).vectors
        pv = reader.read(topic, points).vectors
        a_index = {a: i for i, a in enumerate(arguments)}
        p_index = {p: i for i, p in enumerate(points)}
        chance = reader.point_probability(pv @ av.T)
        for p in mine:
            probabilities.append(chance[p_index[p.point], a_index[p.argument]])
            labels.append(p.label)
        for argument in arguments:
            same = [p for p in mine if p.argument == argument]
            if any(p.label for p in same):
                best = max(same, key=lambda p: chance[p_index[p.point], a_index[argument]])
                top1.append(best.label == 1)
    return np.array(probabilities), np.array(labels), float(np.mean(top1))


def best_threshold(probabilities: np.ndarray, labels: np.ndarray) -> tuple[float, float]:
    best = (0.5, 0.0)
    for threshold in np.arange(0.1, 0.91, 0.05):
        chosen = probabilities >= threshold
        tp = float((chosen & (labels == 1)).sum())
        f1 = 2 * tp / max(1.0, chosen.sum() + (labels == 1).sum())
        if f1 > best[1]:
            best = (float(threshold), f1)
    return best


def main() -> None:
    parts = splits()
    figures: dict[str, dict[str, float]] = {"dev": {}, "held_out": {}}

    fit_motions, fit_texts, fit_labels = quality_rows(parts["fit"], limit=6000)
    _, fit_raw = read_all(fit_motions, fit_texts)
    fit_static = static_quality(fit_motions, fit_texts)
    label_quantiles = np.quantile(fit_labels, np.linspace(0, 1, 101))

    def blended(motions: list[str], texts: list[str], share: float) -> np.ndarray:
        _, raw = read_all(motions, texts)
        value = (1 - share) * zscore(raw, fit_raw)
        if share:
            value = value + share * zscore(static_quality(motions, texts), fit_static)
        return value

    dev_rows = quality_rows(parts["dev"])
    by_share = {s: float(spearmanr(blended(*dev_rows[:2], s), dev_rows[2]).statistic) for s in SHARES}
    share = max(by_share, key=lambda s: by_share[s])
    held_rows = quality_rows(parts["held_out"])
    figures["dev"]["quality_spearman"] = by_share[share]
    figures["dev"]["quality_spearman_reader_only"] = by_share[0.0]
    figures["held_out"]["quality_spearman"] = float(
        spearmanr(blended(*held_rows[:2], share), held_rows[2]).statistic)
    figures["held_out"]["quality_spearman_reader_only"] = float(
        spearmanr(blended(*held_rows[:2], 0.0), held_rows[2]).statistic)

    for name in ("dev", "held_out"):
        figures[name]["stance_accuracy"] = stance_accuracy(parts[name])
    dev_probabilities, dev_labels, figures["dev"]["keypoint_top1"] = point_scores(parts["dev"])
    threshold, f1 = best_threshold(dev_probabilities, dev_labels)
    figures["dev"]["keypoint_f1"] = f1
    held_probabilities, held_labels, figures["held_out"]["keypoint_top1"] = point_scores(parts["held_out"])
    chosen = held_probabilities >= threshold
    tp = float((chosen & (held_labels == 1)).sum())
    figures["held_out"]["keypoint_f1"] = 2 * tp / max(1.0, chosen.sum() + (held_labels == 1).sum())

    static_mean, static_std = float(fit_static.mean()), float(fit_static.std() or 1.0)
    raw_mean, raw_std = float(fit_raw.mean()), float(fit_raw.std() or 1.0)
    # The blend is mapped to WA through its own quantiles on the fit rows.
    fit_blend = (1 - share) * (fit_raw - raw_mean) / raw_std + share * (fit_static - static_mean) / static_std
    weights.save(WEIGHTS / "reader.npz", {
        "blend_quantiles": np.quantile(fit_blend, np.linspace(0, 1, 101)).astype(np.float32),
        "label_quantiles": label_quantiles.astype(np.float32),
        "raw_norm": np.array([raw_mean, raw_std], dtype=np.float32),
        "static_norm": np.array([static_mean, static_std], dtype=np.float32),
        "static_share": np.array(share, dtype=np.float32),
        "point_threshold": np.array(threshold, dtype=np.float32),
    }, {"built": today(), "figures": figures, "static_share_by_dev_spearman": by_share,
        "model": shipped_reader().name})
    print(f"static share {share} (dev Spearman by share: {by_share})")
    print(f"key-point threshold {threshold:.2f} (dev F1 {f1:.3f})")
    print(f"{'figure':32s} {'dev':>8s} {'held-out':>9s}")
    for key in figures["dev"]:
        print(f"{key:32s} {figures['dev'][key]:8.3f} {figures['held_out'].get(key, float('nan')):9.3f}")


if __name__ == "__main__":
    main()
