"""Benchmark of the scoring models: accuracy on unseen topics, latency, load time, memory.

    python tests/bench/scoring.py [--argq ../shared/data/argq/dev.csv]
                                  [--argkp ../shared/data/argkp/pairs.csv] [--json]

Prints argument quality (Pearson/Spearman with WA, each argument scored against its topic),
stance accuracy (rows with stance_WA != 0 and stance_WA_conf >= 0.8), key-point matching (top-1
accuracy and mean average precision over each argument's same-stance key points, on ArgKP topics
the matcher was not trained on), latency for a 700-word speech on one thread (encoding its
sentences plus the three models), cold load time and peak resident memory. Key points are also
ranked among all of a topic's key points, both sides (`*_all_points`). Not a timed test.
"""

from __future__ import annotations

import os

for _variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "RAYON_NUM_THREADS"):
    os.environ[_variable] = "1"
os.environ["TOKENIZERS_PARALLELISM"] = "false"

import argparse  # noqa: E402
import csv  # noqa: E402
import json  # noqa: E402
import re  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data"

# A stand-in speech for timing when no rated speeches are at hand (repeated up to 700 words).
FALLBACK_SPEECH = (
    "Zoos should be banned, and I will show you why in three steps. First, captivity harms the "
    "animals it claims to protect. Elephants in zoos live far shorter lives than elephants in the "
    "wild, because small enclosures and boredom cause stress, obesity and disease. Second, the "
    "conservation case is weaker than it looks. Most species kept in zoos are not endangered, and "
    "breeding programmes rarely return animals to the wild. Third, the money would do more good "
    "elsewhere: protecting habitats saves whole ecosystems rather than a few animals on display. "
    "My opponents will say that zoos teach children to love nature, but documentaries and "
    "sanctuaries do that without keeping animals in cages. So the balance is clear. "
)


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def ranks(values: np.ndarray) -> np.ndarray:
    """Average ranks (ties share their mean rank)."""
    order = np.argsort(values, kind="stable")
    sorted_values = values[order]
    result = np.empty(len(values))
    start = 0
    while start < len(values):
        end = start
        while end + 1 < len(values) and sorted_values[end + 1] == sorted_values[start]:
            end += 1
        result[order[start:end + 1]] = (start + end) / 2.0
        start = end + 1
    return result


def pearson(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.corrcoef(a, b)[0, 1])


def by_topic(rows: list[dict[str, str]]) -> dict[str, list[int]]:
    groups: dict[str, list[int]] = {}
    for index, row in enumerate(rows):
        groups.setdefault(row["topic"], []).append(index)
    return groups


def bench_quality_and_stance(path: Path) -> dict[str, float]:
    from bot.scoring.quality import argument_quality
    from bot.scoring.stance import stance

    rows = read_rows(path)
    predicted = np.zeros(len(rows))
    leaning = np.zeros(len(rows))
    for topic, indices in by_topic(rows).items():
        units = [rows[i]["argument"] for i in indices]
        predicted[indices] = argument_quality(units, topic)
        leaning[indices] = stance(units, topic)
    labels = np.array([float(r["WA"]) for r in rows])
    clear = np.array([r["stance_WA"] not in ("0", "") and float(r["stance_WA_conf"]) >= 0.8 for r in rows])
    truth = np.array([float(r["stance_WA"] or 0) for r in rows])
    return {
        "quality_pearson": pearson(predicted, labels),
        "quality_spearman": pearson(ranks(predicted), ranks(labels)),
        "stance_accuracy": float((np.sign(leaning[clear]) == truth[clear]).mean()),
        "quality_rows": float(len(rows)),
        "stance_rows": float(clear.sum()),
    }


def rank_figures(scores: np.ndarray, labels: np.ndarray) -> tuple[list[float], list[float]]:
    """Per argument (column) with a matching key point: top-1 hit and average precision.
    Labels are 1 (makes the point), 0 (does not) or -1 (annotators undecided: left out)."""
    top1, precisions = [], []
    for column in range(labels.shape[1]):
        known = labels[:, column] >= 0
        truth = labels[known, column]
        if truth.sum() == 0:
            continue
        hits = truth[np.argsort(-scores[known, column], kind="stable")]
        top1.append(float(hits[0]))
        positions = np.flatnonzero(hits) + 1
        precisions.append(float(np.mean(np.arange(1, len(positions) + 1) / positions)))
    return top1, precisions


def bench_keypoints(path: Path) -> dict[str, float]:
    """Rank key points for each argument: among its side's key points, and among all the topic's
    (the other side's points count as not made)."""
    from bot.scoring import weights
    from bot.scoring.keypoints import match

    seen = set(weights.load("keypoints").meta.get("train_topics", []))  # type: ignore[arg-type]
    topics: dict[str, list[dict[str, str]]] = {}
    for row in read_rows(path):
        if row["topic"] not in seen:
            topics.setdefault(row["topic"], []).append(row)
    side = ([], [])  # type: tuple[list[float], list[float]]
    whole = ([], [])  # type: tuple[list[float], list[float]]
    for members in topics.values():
        arguments = sorted({r["argument"] for r in members})
        points = sorted({r["key_point"] for r in members})
        a_index = {a: i for i, a in enumerate(arguments)}
        p_index = {p: i for i, p in enumerate(points)}
        point_side = {r["key_point"]: r["stance"] for r in members}
        argument_side = {r["argument"]: r["stance"] for r in members}
        # Other side's points are not made; same side's points without a label are undecided.
        labels = np.array([[0.0 if point_side[p] != argument_side[a] else -1.0 for a in arguments]
                           for p in points])
        for r in members:
            labels[p_index[r["key_point"]], a_index[r["argument"]]] = float(r["label"])
        scores = match(arguments, points)
        for found, target in zip(rank_figures(scores, labels), whole, strict=True):
            target.extend(found)
        for stance in {r["stance"] for r in members}:
            rows = sorted({p_index[r["key_point"]] for r in members if r["stance"] == stance})
            cols = sorted({a_index[r["argument"]] for r in members if r["stance"] == stance})
            block = np.ix_(rows, cols)
            side_scores = match([arguments[c] for c in cols], [points[r] for r in rows])
            for found, target in zip(rank_figures(side_scores, labels[block]), side, strict=True):
                target.extend(found)
    return {
        "keypoint_top1": float(np.mean(side[0])) if side[0] else float("nan"),
        "keypoint_map": float(np.mean(side[1])) if side[1] else float("nan"),
        "keypoint_top1_all_points": float(np.mean(whole[0])) if whole[0] else float("nan"),
        "keypoint_map_all_points": float(np.mean(whole[1])) if whole[1] else float("nan"),
        "keypoint_arguments": float(len(side[0])),
        "keypoint_topics": float(len(topics)),
    }


def speech_of_700_words() -> str:
    """A real rated speech when the data is there, else the stand-in; cut or repeated to 700 words."""
    speeches = DATA / "speeches" / "dev.csv"
    text = read_rows(speeches)[0]["text"] if speeches.exists() else FALLBACK_SPEECH
    words = text.split()
    while len(words) < 700:
        words += text.split()
    return " ".join(words[:700])


def bench_cost(repeats: int) -> dict[str, float]:
    """Cold load (encoder and weights), then per-speech latency with one thread."""
    start = time.perf_counter()
    from bot.scoring import weights
    from bot.scoring.encoder import shipped_encoder
    from bot.scoring.keypoints import match
    from bot.scoring.quality import argument_quality
    from bot.scoring.stance import stance

    encoder = shipped_encoder()
    for name in ("quality", "stance", "keypoints"):
        weights.load(name)
    load_s = time.perf_counter() - start

    motion = "This House would ban zoos"
    points = ["Animals suffer in captivity", "Zoos rarely return animals to the wild",
              "Habitat protection does more for conservation", "Zoos teach children about wildlife",
              "Breeding programmes save endangered species", "Zoos fund research on animal health"]
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", speech_of_700_words()) if s.strip()]
    timings = []
    for _ in range(repeats):
        encoder.clear_cache()  # time each round as a speech never seen before
        tick = time.perf_counter()
        encoder.encode(sentences)
        argument_quality(sentences, motion)
        stance(sentences, motion)
        match(sentences, points)
        timings.append((time.perf_counter() - tick) * 1000)
    return {
        "latency_p50_ms": float(np.percentile(timings, 50)),
        "latency_p95_ms": float(np.percentile(timings, 95)),
        "load_s": load_s,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "speech_sentences": float(len(sentences)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--argq", type=Path, default=DATA / "argq" / "dev.csv")
    parser.add_argument("--argkp", type=Path, default=DATA / "argkp" / "pairs.csv")
    parser.add_argument("--repeats", type=int, default=50)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()

    figures = bench_cost(args.repeats)  # first, so load time and memory are the bot's own
    if args.argq.exists():
        figures |= bench_quality_and_stance(args.argq)
    if args.argkp.exists():
        figures |= bench_keypoints(args.argkp)
    if args.json:
        print(json.dumps({key: round(value, 4) for key, value in figures.items()}))
        return
    from bot.scoring.encoder import MODELS_VERSION

    print(f"models: {MODELS_VERSION}")
    for key, value in figures.items():
        print(f"  {key:20s} {value:10.3f}")


if __name__ == "__main__":
    main()
