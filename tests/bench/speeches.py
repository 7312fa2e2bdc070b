"""Benchmark: the scorer against human-rated speeches, plus adversarial checks.

    python tests/bench/speeches.py [--data ../shared/data] [--rubric practice] [--analyses]

Prints Kendall tau-c between the scorecard total and the mean human rating (overall and per
topic fold), the time per speech, and where gaming attempts land. Needs ../shared/data (not in
the repository); it is a script, not a test.
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
import time
from pathlib import Path

from scipy.stats import kendalltau

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bot.motions import Motion
from bot.scoring import score

DEFAULT_DATA = Path(__file__).resolve().parents[3] / "shared" / "data"
FOLDS = 5
ADVERSARIAL_TOPIC = "We should abolish capital punishment"

STUFFED = (
    "Firstly, capital punishment is wrong because evidence shows it. Secondly, therefore, studies prove "
    "that capital punishment is wrong. Thirdly, because research shows, the death penalty must be "
    "abolished. In conclusion, the evidence clearly shows that, because of the facts, we must abolish "
    "capital punishment. Firstly, because evidence. Secondly, because studies. Therefore capital "
    "punishment is wrong. The opposition will say otherwise, however they are wrong because evidence "
    "shows. This outweighs everything because it is the most important. Firstly the death penalty is "
    "bad, secondly the death penalty is bad, thirdly the death penalty is bad. Therefore, as a result, "
    "consequently, we should abolish capital punishment, because evidence and studies and data show it."
)
WRONG_SIDE = (
    "We should not abolish capital punishment; I am proud to oppose this motion. The death penalty is "
    "the only punishment that matches the gravity of the worst crimes, such as terrorist attacks that "
    "kill dozens of people. When a killer takes many lives, justice demands a proportionate answer, and "
    "a prison sentence tells victims' families that the state values the murderer's life over their "
    "loss. Second, it protects society. An executed murderer can never kill a guard or another inmate, "
    "and cannot be released by a future government. Third, modern DNA testing has made wrongful "
    "convictions far rarer than they were in the past, so the main objection carries less weight today. "
    "Keeping capital punishment for the most extreme cases gives justice to victims and keeps the public "
    "safe. For these reasons we must keep the death penalty."
)


def tau_c(xs: list[float], ys: list[float]) -> float:
    """Kendall tau-c, as scipy computes it."""
    return float(kendalltau(xs, ys, variant="c").statistic)


def load(data: Path) -> list[dict[str, str]]:
    with (data / "speeches" / "dev.csv").open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def fold_of(topic: str, topics: list[str]) -> int:
    return topics.index(topic) % FOLDS


def argq_arguments(data: Path, topic: str, count: int = 14) -> list[str]:
    """The best-rated supporting arguments for a topic, to stitch into a list-like speech."""
    rows = []
    for name in ("train.csv", "dev.csv"):
        path = data / "argq" / name
        if path.exists():
            with path.open(encoding="utf-8") as handle:
                rows += [r for r in csv.DictReader(handle) if r["topic"] == topic and r["stance_WA"] == "1"]
    rows.sort(key=lambda r: -float(r["WA"]))
    return [r["argument"].strip().rstrip(".") + "." for r in rows[:count]]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--rubric", default="practice")
    parser.add_argument("--analyses", action="store_true", help="tau-c of each analysis on its own")
    args = parser.parse_args(argv)
    if not (args.data / "speeches" / "dev.csv").exists():
        print(f"No speech data at {args.data}; pass --data.")
        return 1
    rows = load(args.data)
    topics = sorted({r["topic"] for r in rows})
    totals: list[float] = []
    ratings = [float(r["mean_rating"]) for r in rows]
    analyses: dict[str, list[float]] = {}
    started = time.perf_counter()
    for row in rows:
        card = score(row["text"], Motion.ad_hoc(row["topic"]), "prop", args.rubric)
        totals.append(card.total)
        for name, summary in card.extras["analyses"].items():
            analyses.setdefault(name, []).append(summary["score"])
        for code in card.flags:
            analyses.setdefault("flag:" + code, [])
            analyses["flag:" + code].append(float(row["mean_rating"]))
    elapsed = (time.perf_counter() - started) / len(rows) * 1000
    lengths = [float(len(r["text"].split())) for r in rows]
    print(f"speeches: {len(rows)}  topics: {len(topics)}  ms/speech: {elapsed:.1f}")
    print(f"tau-c total vs rating: {tau_c(totals, ratings):+.3f}"
          f"   (length alone {tau_c(lengths, ratings):+.3f})")
    folds = []
    for k in range(FOLDS):
        idx = [i for i, r in enumerate(rows) if fold_of(r["topic"], topics) == k]
        folds.append(tau_c([totals[i] for i in idx], [ratings[i] for i in idx]))
    print("per fold: " + "  ".join(f"{t:+.3f}" for t in folds) + f"   mean {statistics.mean(folds):+.3f}")
    if args.analyses:
        for name, values in sorted(analyses.items()):
            if name.startswith("flag:"):
                print(f"  {name:<18} n={len(values):<3} mean rating {statistics.mean(values):.2f}")
            else:
                print(f"  {name:<18} tau-c {tau_c(values, ratings):+.3f}")
    adversarial(args.data, rows, totals, args.rubric)
    return 0


def adversarial(data: Path, rows: list[dict[str, str]], totals: list[float], rubric: str) -> None:
    """Where gaming attempts land against the rated speeches of one topic."""
    motion = Motion.ad_hoc(ADVERSARIAL_TOPIC)
    topic_rows = [(float(r["mean_rating"]), r["text"]) for r in rows if r["topic"] == ADVERSARIAL_TOPIC]
    best_text = max(topic_rows)[1]
    other = next(r["text"] for r in rows if r["topic"] == "We should ban school uniforms")
    stitched = " ".join(argq_arguments(data, ADVERSARIAL_TOPIC))
    repeated = " ".join([" ".join(best_text.split(". ")[:3]) + "."] * 12)
    cases = {
        "best rated speech (prop)": (best_text, "prop"),
        "same speech as opp": (best_text, "opp"),
        "keyword-stuffed": (STUFFED, "prop"),
        "wrong side (argues opp)": (WRONG_SIDE, "prop"),
        "off-topic (uniforms)": (other, "prop"),
        "repetitive": (repeated, "prop"),
        "stitched argument list": (stitched, "prop"),
    }
    ordered = sorted(totals)
    print(f"\nadversarial checks on '{ADVERSARIAL_TOPIC}'"
          f" (percentile among all {len(totals)} rated speeches):")
    for label, (text, side) in cases.items():
        card = score(text, motion, side, rubric)  # type: ignore[arg-type]
        below = sum(t < card.total for t in ordered) / len(ordered) * 100
        print(f"  {label:<28} total {card.total:6.1f}  pct {below:5.1f}  flags {','.join(card.flags) or '-'}")
    long_text = " ".join([best_text] * 34)
    started = time.perf_counter()
    card = score(long_text, motion, "prop", rubric)
    took = (time.perf_counter() - started) * 1000
    flags = ",".join(card.flags) or "-"
    print(f"  20k-word speech: {len(long_text.split())} words, {took:.0f} ms, flags {flags}")


if __name__ == "__main__":
    sys.exit(main())
