"""Benchmark of the scoring models: accuracy on dev and held-out topics, latency, load, memory.

    python tests/bench/scoring.py [--data ../shared/data] [--repeats 30] [--json]

Topics are split as the reader was trained (bot/scoring/reader_model/config.json): dev topics
were used to tune, held-out topics (ArgQ's dev file and two ArgKP topics) were never trained on
nor used to choose anything. For each split it prints argument quality (Spearman with WA, each
argument against its topic), stance accuracy (rows with stance_WA_conf >= 0.8) and key-point
matching (top-1 and mean average precision among each argument's same-side key points; and
among all of a topic's points, `*_all_points`). Then the costs, on one thread: a 700-word
speech's whole scorecard (p50/p95, a speech never seen before each time, on a motion whose key
points the bot has read before; and the p50 of the first speech on a motion), cold load of the
models, peak resident memory, start-up to a ready Telegram application, and the size of the
default install (the package and its runtime dependencies). Not a timed test.
"""

from __future__ import annotations

import os

for _variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "RAYON_NUM_THREADS"):
    os.environ[_variable] = "1"
os.environ["TOKENIZERS_PARALLELISM"] = "false"

import argparse  # noqa: E402
import csv  # noqa: E402
import json  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data"
READER_CONFIG = ROOT / "bot" / "scoring" / "reader_model" / "config.json"

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


def topic_split() -> dict[str, set[str]]:
    """The reader's topic split: fit, dev and held_out."""
    return {name: set(topics) for name, topics in json.loads(READER_CONFIG.read_text())["topics"].items()}


def bench_quality_and_stance(data: Path, topics: set[str]) -> dict[str, float]:
    from bot.scoring.quality import argument_quality
    from bot.scoring.stance import stance

    rows = [r for name in ("train.csv", "dev.csv") for r in read_rows(data / "argq" / name)
            if r["topic"] in topics]
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


def bench_keypoints(path: Path, chosen: set[str]) -> dict[str, float]:
    """Rank key points for each argument: among its side's key points, and among all the topic's
    (the other side's points count as not made)."""
    from bot.scoring.keypoints import match

    topics: dict[str, list[dict[str, str]]] = {}
    for row in read_rows(path):
        if row["topic"] in chosen:
            topics.setdefault(row["topic"], []).append(row)
    side = ([], [])  # type: tuple[list[float], list[float]]
    whole = ([], [])  # type: tuple[list[float], list[float]]
    for topic, members in topics.items():
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
        scores = match(arguments, points, topic)
        for found, target in zip(rank_figures(scores, labels), whole, strict=True):
            target.extend(found)
        for stance in {r["stance"] for r in members}:
            rows = sorted({p_index[r["key_point"]] for r in members if r["stance"] == stance})
            cols = sorted({a_index[r["argument"]] for r in members if r["stance"] == stance})
            block = np.ix_(rows, cols)
            side_scores = match([arguments[c] for c in cols], [points[r] for r in rows], topic)
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
    """Cold load of the models, then a whole scorecard for a 700-word speech, on one thread."""
    start = time.perf_counter()
    from bot.motions import load_bank
    from bot.scoring import score, weights
    from bot.scoring.encoder import shipped_encoder
    from bot.scoring.reader import shipped_reader

    encoder = shipped_encoder()
    reader = shipped_reader()
    for name in ("quality", "stance", "reader"):
        weights.load(name)
    load_s = time.perf_counter() - start

    motion = load_bank().get("iraq-end-baghdad-mission")
    assert motion is not None
    words = speech_of_700_words().split()
    timings, cold = [], []
    for round_ in range(repeats + 1):
        text = " ".join(words[round_ % 7:] + words[: round_ % 7])
        for kept, into in ((True, cold), (False, timings)):
            # Each round is a speech never seen before: first on a motion whose key points are
            # read afresh too (the first speech on a motion since start-up), then as a running
            # bot scores it, with the motion's key points read once and kept.
            encoder.clear_cache()
            reader.clear_cache(kept=kept)
            tick = time.perf_counter()
            score(text, motion, "prop")
            if round_:  # the first round warms up the rubric and the motion's analyses
                into.append((time.perf_counter() - tick) * 1000)
    return {
        "scorecard_p50_ms": float(np.percentile(timings, 50)),
        "scorecard_p95_ms": float(np.percentile(timings, 95)),
        "first_on_motion_p50_ms": float(np.percentile(cold, 50)),
        "load_s": load_s,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def bench_startup() -> dict[str, float]:
    """Seconds from a new Python process to a built Telegram application with its models loaded."""
    import subprocess
    import tempfile

    code = (
        "import sys, time; t = time.perf_counter()\n"
        "from bot.config import load_settings\n"
        "from bot.chat.app import build_application\n"
        "from bot.scoring.reader import shipped_reader\n"
        "settings = load_settings({'TELEGRAM_BOT_TOKEN': '123456:bench', 'DEBATE_BOT_DB': sys.argv[1]})\n"
        "build_application(settings); shipped_reader()\n"
        "print(time.perf_counter() - t)\n"
    )
    with tempfile.TemporaryDirectory() as folder:
        found = subprocess.run([sys.executable, "-c", code, f"{folder}/bench.db"], cwd=ROOT,
                               capture_output=True, text=True, check=False)
    try:
        return {"startup_s": float(found.stdout.strip().splitlines()[-1])}
    except (ValueError, IndexError):
        print(f"start-up not measured: {found.stderr.strip()[-300:]}")
        return {}


def install_size_mb() -> float:
    """Size on disk of this package and every runtime dependency it pulls in (recursively)."""
    from importlib import metadata

    from packaging.requirements import Requirement

    seen: set[str] = set()
    todo = ["debate-practice-bot"]
    total = 0
    while todo:
        name = todo.pop().lower().replace("_", "-")
        if name in seen:
            continue
        seen.add(name)
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        for file in dist.files or []:
            path = Path(str(dist.locate_file(file)))
            if path.is_file():
                total += path.stat().st_size
        for line in dist.requires or []:
            requirement = Requirement(line)
            wanted = requirement.marker is None or requirement.marker.evaluate({"extra": "job-queue"})
            if wanted:
                todo.append(requirement.name)
    return total / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--repeats", type=int, default=30)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()

    figures = bench_cost(args.repeats)  # first, so load time and memory are the scorer's own
    figures |= bench_startup()
    figures["install_mb"] = install_size_mb()
    split: dict[str, dict[str, float]] = {"dev": {}, "held_out": {}}
    if (args.data / "argq").exists():
        topics = topic_split()
        for name in split:
            split[name] |= bench_quality_and_stance(args.data, topics[name])
            split[name] |= bench_keypoints(args.data / "argkp" / "pairs.csv", topics[name])
    if args.json:
        print(json.dumps({"cost": {k: round(v, 4) for k, v in figures.items()},
                          **{name: {k: round(v, 4) for k, v in f.items()} for name, f in split.items()}}))
        return
    from bot.scoring.encoder import MODELS_VERSION

    print(f"models: {MODELS_VERSION}")
    if split["dev"]:
        print(f"  {'figure':26s} {'dev':>9s} {'held-out':>9s}")
        for key in split["dev"]:
            print(f"  {key:26s} {split['dev'][key]:9.3f} {split['held_out'].get(key, float('nan')):9.3f}")
    for key, value in figures.items():
        print(f"  {key:26s} {value:9.3f}")


if __name__ == "__main__":
    main()
