"""Fit the argument-quality model (bot/scoring/weights/quality.npz) on ArgQ's fit topics; report
dev and held-out topics.

    python scripts/train_quality.py [--train ../shared/data/argq/train.csv] [--dev .../dev.csv]

The topics are split as the reader's are (scripts/reader_data.py `splits`): the model is fitted on
the fit topics only, so that the blend of this model and the reader chosen on dev topics
(scripts/calibrate_reader.py) is chosen on topics neither has seen, and held-out stays held out.

Two ridge regressions, target WA: one on standardised features from
bot.scoring.quality.features, one on word pieces; blended as the runtime does
(quality.WORD_PIECE_SHARE), and calibrated to 0..1 by matching the blend's quantiles on train
to those of WA. Needs
scikit-learn and scipy (training only).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
from reader_data import splits
from training import DATA, WEIGHTS, read_rows, today, token_matrix

from bot.scoring import quality, weights
from bot.scoring.encoder import shipped_encoder


def design(rows: list[dict[str, str]]) -> tuple[np.ndarray, np.ndarray]:
    """Features per argument (scored against its own topic) and WA labels."""
    encoder = shipped_encoder()
    by_topic: dict[str, list[int]] = {}
    for index, row in enumerate(rows):
        by_topic.setdefault(row["topic"], []).append(index)
    blocks = {}
    for topic, indices in by_topic.items():
        blocks[topic] = quality.features([rows[i]["argument"] for i in indices], topic, encoder)
    x = np.zeros((len(rows), next(iter(blocks.values())).shape[1]), dtype=np.float32)
    for topic, indices in by_topic.items():
        x[indices] = blocks[topic]
    return x, np.array([float(r["WA"]) for r in rows])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", type=Path, default=DATA / "argq" / "train.csv")
    parser.add_argument("--dev", type=Path, default=DATA / "argq" / "dev.csv")
    parser.add_argument("--alpha", type=float, default=10000.0)
    parser.add_argument("--pieces-alpha", type=float, default=3.0)
    parser.add_argument("--out", type=Path, default=WEIGHTS / "quality.npz")
    args = parser.parse_args()
    from scipy.stats import pearsonr, spearmanr
    from sklearn.linear_model import Ridge

    parts = splits()
    every = read_rows(args.train) + read_rows(args.dev)
    train = [r for r in every if r["topic"] in parts["fit"]]
    dev = [r for r in every if r["topic"] in parts["dev"]]
    held_out = [r for r in every if r["topic"] in parts["held_out"]]
    x, y = design(train)
    xd, yd = design(dev)
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-6
    model = Ridge(alpha=args.alpha).fit((x - mean) / scale, y)
    encoder = shipped_encoder()
    vocab = encoder.table.shape[0]
    pieces = token_matrix(encoder.token_ids([r["argument"] for r in train]), vocab)
    pieces_model = Ridge(alpha=args.pieces_alpha).fit(pieces, y)
    token_weights = pieces_model.coef_.astype(np.float16)

    def blend(features: np.ndarray, rows: list[dict[str, str]]) -> np.ndarray:
        units = [r["argument"] for r in rows]
        by_pieces = quality.word_piece_score(units, encoder, token_weights) + pieces_model.intercept_
        return np.asarray(model.predict((features - mean) / scale) + quality.WORD_PIECE_SHARE * by_pieces)

    predicted = blend(xd, dev)
    rho, r = float(spearmanr(predicted, yd)[0]), float(pearsonr(predicted, yd)[0])
    xh, yh = design(held_out)
    rho_held = float(spearmanr(blend(xh, held_out), yh)[0])
    print(f"quality: fit {len(y)} arguments; dev Spearman {rho:.3f}, Pearson {r:.3f} ({len(yd)} arguments); "
          f"held-out Spearman {rho_held:.3f} ({len(yh)} arguments)")
    levels = np.linspace(0, 1, 101)
    weights.save(args.out, {
        "coef": model.coef_.astype(np.float32),
        "bias": np.array(model.intercept_, dtype=np.float32),
        "mean": mean.astype(np.float32),
        "scale": scale.astype(np.float32),
        "tokens": token_weights,
        "tokens_bias": np.array(pieces_model.intercept_, dtype=np.float32),
        "raw_quantiles": np.quantile(blend(x, train), levels).astype(np.float32),
        "label_quantiles": np.quantile(y, levels).astype(np.float32),
    }, {"trained": today(), "encoder": shipped_encoder().name, "alpha": args.alpha,
        "pieces_alpha": args.pieces_alpha,
        "dev_spearman": round(rho, 4), "dev_pearson": round(r, 4),
        "train_topics": sorted({row["topic"] for row in train})})


if __name__ == "__main__":
    main()
