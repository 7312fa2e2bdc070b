"""Fit the stance model (bot/scoring/weights/stance.npz) on ArgQ train; report dev accuracy.

    python scripts/train_stance.py [--train ../shared/data/argq/train.csv] [--dev .../dev.csv]

Needs scikit-learn and scipy (training only). Rows with stance_WA_conf below 0.8 are left out.
Also fits the on-topic gate: each topic's arguments against as many arguments of other topics.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
from training import DATA, WEIGHTS, read_rows, today, token_matrix

from bot.scoring import weights
from bot.scoring.encoder import shipped_encoder
from bot.scoring.motion_frame import read_motion
from bot.scoring.stance import dense_features, token_features, token_space, topic_features


def design(rows: list[dict[str, str]]):  # type: ignore[no-untyped-def]
    """Feature matrix (dense | direction-flipped word pieces) and labels (1 = supports)."""
    from scipy import sparse

    encoder = shipped_encoder()
    blocks, token_blocks, labels = [], [], []
    by_topic: dict[str, list[dict[str, str]]] = {}
    for row in rows:
        by_topic.setdefault(row["topic"], []).append(row)
    for topic, group in by_topic.items():
        units = [row["argument"] for row in group]
        direction = float(read_motion(topic).direction)
        blocks.append(dense_features(units, topic, encoder))
        ids = token_features(units, encoder)
        token_blocks.append(token_matrix(ids, token_space(encoder)) * direction)
        labels.extend(int(row["stance_WA"]) > 0 for row in group)
    matrix = sparse.hstack([sparse.csr_matrix(np.vstack(blocks)), sparse.vstack(token_blocks)]).tocsr()
    return matrix, np.array(labels)


def topic_design(rows: list[dict[str, str]], seed: int = 11) -> tuple[np.ndarray, np.ndarray]:
    """Cosine features of each topic's arguments (label 1) and of other topics' (label 0)."""
    rng = np.random.default_rng(seed)
    encoder = shipped_encoder()
    topics = sorted({r["topic"] for r in rows})
    xs, ys = [], []
    for topic in topics:
        own = [r["argument"] for r in rows if r["topic"] == topic]
        others = [r["argument"] for r in rows if r["topic"] != topic]
        strays = [others[i] for i in rng.choice(len(others), size=len(own), replace=False)]
        xs.append(topic_features(own + strays, topic, encoder))
        ys.append(np.r_[np.ones(len(own)), np.zeros(len(strays))])
    return np.vstack(xs), np.concatenate(ys)


def confident(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """Rows with a clear stance label."""
    return [r for r in rows if r["stance_WA"] not in ("0", "") and float(r["stance_WA_conf"]) >= 0.8]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", type=Path, default=DATA / "argq" / "train.csv")
    parser.add_argument("--dev", type=Path, default=DATA / "argq" / "dev.csv")
    parser.add_argument("--C", type=float, default=2.0)
    parser.add_argument("--out", type=Path, default=WEIGHTS / "stance.npz")
    args = parser.parse_args()
    from sklearn.linear_model import LogisticRegression

    train, dev = confident(read_rows(args.train)), confident(read_rows(args.dev))
    x, y = design(train)
    xd, yd = design(dev)
    model = LogisticRegression(C=args.C, max_iter=3000).fit(x, y)
    accuracy = float((model.predict(xd) == yd).mean())
    print(f"stance: train {len(y)} rows, dev accuracy {accuracy:.3f} on {len(yd)} rows")
    gate = LogisticRegression(max_iter=1000).fit(*topic_design(train))
    xg, yg = topic_design(dev)
    print(f"on-topic gate: dev accuracy {float((gate.predict(xg) == yg).mean()):.3f}")
    coef = model.coef_[0]
    n_dense = x.shape[1] - token_space(shipped_encoder())
    weights.save(args.out, {
        "dense": coef[:n_dense].astype(np.float32),
        "tokens": coef[n_dense:].astype(np.float16),
        "bias": np.array(model.intercept_[0], dtype=np.float32),
        "topic": gate.coef_[0].astype(np.float32),
        "topic_bias": np.array(gate.intercept_[0], dtype=np.float32),
    }, {"trained": today(), "encoder": shipped_encoder().name, "dev_accuracy": round(accuracy, 4),
        "train_topics": sorted({r["topic"] for r in train}), "C": args.C})


if __name__ == "__main__":
    main()
