"""Benchmark: which of its side's key points does a speech make? Precision and recall on ArgKP.

    python tests/bench/coverage.py [--data ../shared/data] [--speeches 40] [--seed 7] [--json]

ArgKP-2021 labels which crowd-written arguments make which key point of a topic. For each topic of
the reader's dev and held-out splits (bot/scoring/reader_model/config.json) and each stance, it
builds speeches from those arguments: three or four of the side's key points, one or two arguments
that make each (and no other point of that side), and one argument that makes none of them, in a
random order. The topic is the motion, its pro key points the Proposition's, its con key points the
Opposition's; the speech is scored for its own side and the card's key points made (a card flagged
wrong_side lists none) are compared with the points its arguments make. Prints precision, recall
and F1 of the points marked made, per split, and how many of the other side's points the same speech
is credited with when scored for the other side (per speech; it should be near 0). A script, not a
test: it always exits 0. Needs ../shared/data (it reads it, never copies it).
"""

from __future__ import annotations

import os

for _variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "RAYON_NUM_THREADS"):
    os.environ[_variable] = "1"

import argparse  # noqa: E402
import csv  # noqa: E402
import dataclasses  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
import sys  # noqa: E402
from collections import defaultdict  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bot.bank import KeyPoint, Motion  # noqa: E402
from bot.scoring import score  # noqa: E402

READER_CONFIG = ROOT / "bot" / "scoring" / "reader_model" / "config.json"


@dataclasses.dataclass(frozen=True)
class Topic:
    """One ArgKP topic: its key points by stance, and for each argument the points it makes."""

    text: str
    points: dict[int, list[str]]  # stance -> key points
    makes: dict[str, set[str]]  # argument -> key points it makes (label 1)
    stance: dict[str, int]  # argument -> stance


def read_topics(path: Path, chosen: set[str]) -> list[Topic]:
    rows: dict[str, list[dict[str, str]]] = defaultdict(list)
    with path.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["topic"] in chosen:
                rows[row["topic"]].append(row)
    topics = []
    for text, members in sorted(rows.items()):
        points: dict[int, set[str]] = defaultdict(set)
        makes: dict[str, set[str]] = defaultdict(set)
        stance: dict[str, int] = {}
        for r in members:
            points[int(r["stance"])].add(r["key_point"])
            stance[r["argument"]] = int(r["stance"])
            if r["label"] == "1":
                makes[r["argument"]].add(r["key_point"])
            else:
                makes.setdefault(r["argument"], set())
        topics.append(Topic(text, {s: sorted(p) for s, p in points.items()}, dict(makes), stance))
    return topics


def sentence(argument: str) -> str:
    """An argument as one sentence of a speech: capitalised, ending with a full stop."""
    text = argument.strip().strip("`'\"").strip()
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def speeches(topic: Topic, stance: int, count: int, rng: random.Random) -> list[tuple[str, set[str]]]:
    """Up to `count` speeches for one stance, each with the key points its arguments make."""
    own = topic.points.get(stance, [])
    single = defaultdict(list)  # point -> arguments of this stance that make it and no other
    none = []
    for argument, made in topic.makes.items():
        if topic.stance[argument] != stance:
            continue
        if len(made) == 1:
            single[next(iter(made))].append(argument)
        elif not made:
            none.append(argument)
    usable = [p for p in own if single[p]]
    if len(usable) < 4 or not none:
        return []
    out = []
    for _ in range(count):
        chosen = rng.sample(usable, rng.choice((3, 4)))
        parts = [a for p in chosen for a in rng.sample(single[p], min(len(single[p]), rng.choice((1, 2))))]
        parts.append(rng.choice(none))
        rng.shuffle(parts)
        out.append((" ".join(sentence(a) for a in parts), set(chosen)))
    return out


def motion_for(topic: Topic) -> Motion:
    plain = Motion.ad_hoc(topic.text)
    return dataclasses.replace(plain, prop=tuple(KeyPoint(p) for p in topic.points.get(1, [])),
                               opp=tuple(KeyPoint(p) for p in topic.points.get(-1, [])))


def bench(topics: list[Topic], count: int, seed: int) -> dict[str, float]:
    rng = random.Random(seed)
    hits = marked = truth = wrong = 0
    n = 0
    for topic in topics:
        motion = motion_for(topic)
        for stance, side in ((1, "prop"), (-1, "opp")):
            for text, made in speeches(topic, stance, count, rng):
                found = set(score(text, motion, side).key_points_made)  # type: ignore[arg-type]
                hits += len(found & made)
                marked += len(found)
                truth += len(made)
                n += 1
                # The same speech scored for the other side makes none of that side's points.
                other = "opp" if side == "prop" else "prop"
                wrong += len(score(text, motion, other).key_points_made)  # type: ignore[arg-type]
    precision = hits / marked if marked else 0.0
    recall = hits / truth if truth else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"speeches": float(n), "precision": precision, "recall": recall, "f1": f1,
            "other_side_made": wrong / n if n else 0.0}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--speeches", type=int, default=40, help="speeches per topic and stance")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    pairs = args.data / "argkp" / "pairs.csv"
    if not pairs.exists():
        sys.exit(f"no ArgKP data at {pairs}")
    split = {name: set(t) for name, t in json.loads(READER_CONFIG.read_text())["topics"].items()}
    figures = {name: bench(read_topics(pairs, split[name]), args.speeches, args.seed)
               for name in ("dev", "held_out")}
    if args.json:
        print(json.dumps(figures))
        return
    print(f"  {'figure':12s} {'dev':>9s} {'held-out':>9s}")
    for key in figures["dev"]:
        print(f"  {key:12s} {figures['dev'][key]:9.3f} {figures['held_out'][key]:9.3f}")


if __name__ == "__main__":
    main()
