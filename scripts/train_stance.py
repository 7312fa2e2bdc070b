"""Fit the on-topic gate (bot/scoring/weights/stance.npz) on ArgQ's fit topics; report dev and
held-out accuracy (topics split as the reader's are, scripts/reader_data.py `splits`).

    python scripts/train_stance.py [--train ../shared/data/argq/train.csv] [--dev .../dev.csv]

Needs scikit-learn (training only). The gate tells each topic's arguments from as many
arguments of other topics, by their static cosines with the motion and its subject. The
stance itself comes from the reader (scripts/train_reader.py).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
from reader_data import splits
from training import DATA, WEIGHTS, read_rows, today

from bot.scoring import weights
from bot.scoring.encoder import shipped_encoder
from bot.scoring.stance import topic_features


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", type=Path, default=DATA / "argq" / "train.csv")
    parser.add_argument("--dev", type=Path, default=DATA / "argq" / "dev.csv")
    parser.add_argument("--out", type=Path, default=WEIGHTS / "stance.npz")
    args = parser.parse_args()
    from sklearn.linear_model import LogisticRegression

    parts = splits()
    every = read_rows(args.train) + read_rows(args.dev)
    train = [r for r in every if r["topic"] in parts["fit"]]
    gate = LogisticRegression(max_iter=1000).fit(*topic_design(train))
    scores = {}
    for split in ("dev", "held_out"):
        xg, yg = topic_design([r for r in every if r["topic"] in parts[split]])
        scores[split] = float((gate.predict(xg) == yg).mean())
    accuracy = scores["dev"]
    print(f"on-topic gate: fit {len(train)} arguments; accuracy dev {scores['dev']:.3f}, "
          f"held-out {scores['held_out']:.3f}")
    weights.save(args.out, {
        "topic": gate.coef_[0].astype(np.float32),
        "topic_bias": np.array(gate.intercept_[0], dtype=np.float32),
    }, {"trained": today(), "encoder": shipped_encoder().name, "gate_dev_accuracy": round(accuracy, 4),
        "train_topics": sorted({r["topic"] for r in train})})


if __name__ == "__main__":
    main()
