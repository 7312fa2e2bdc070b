"""Benchmark: is the scorer robust to edits that keep a speech's meaning, and deaf to padding?

    python tests/bench/robustness.py [--rubric practice] [--json]

For every base speech in tests/bench/robustness_speeches.py (written for this bench, on several bank
motions and both sides) it scores the speech for its own side, then each edit of it on its own:

* meaning-keeping edits (a concession that is answered, a sentence naming the other bench, an
  opposing claim quoted and answered, the side statement reworded, a rebuttal opener reworded) pass
  when the total moves by at most 6 points and no flag is added;
* padding edits (empty connectives, evidence markers with no evidence, a stock weighing sentence,
  all three together) pass when the total gains at most 3 points;
* the base speech scored for the other side passes when it is flagged "wrong_side" and loses at
  least 25 points against its own side.

It prints one line per (speech, edit), then pass rates per class, per edit and overall; --json prints
one JSON object instead. It is a script, not a test: it always exits 0. Needs no ../shared data.
"""

from __future__ import annotations

import os

for _variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "RAYON_NUM_THREADS"):
    os.environ[_variable] = "1"
os.environ["TOKENIZERS_PARALLELISM"] = "false"

import argparse  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from dataclasses import asdict, dataclass  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from robustness_speeches import SPEECHES, BaseSpeech  # noqa: E402  (this folder is on sys.path)

from bot.motions import Motion, load_bank, other_side  # noqa: E402
from bot.scoring import Scorecard, score  # noqa: E402

MEANING_MAX_MOVE = 6.0
PADDING_MAX_GAIN = 3.0
WRONG_SIDE_MIN_DROP = 25.0
CLASSES = ("meaning", "padding", "wrong_side")


@dataclass(frozen=True)
class Row:
    """One check: a speech, an edit, the totals before and after, the flags added, the verdict."""

    speech: str
    cls: str
    edit: str
    base: float
    edited: float
    delta: float
    flags_added: tuple[str, ...]
    passed: bool
    why: str = ""


def judge(cls: str, base: Scorecard, edited: Scorecard) -> tuple[bool, str]:
    """Whether an edit's effect is acceptable for its class, and why not if it is not."""
    delta = edited.total - base.total
    added = [f for f in edited.flags if f not in base.flags]
    if cls == "meaning":
        problems = [f"moved {delta:+.1f} > {MEANING_MAX_MOVE:g}"] if abs(delta) > MEANING_MAX_MOVE else []
        problems += [f"new flag {f}" for f in added]
    elif cls == "padding":
        problems = [f"gained {delta:+.1f} > {PADDING_MAX_GAIN:g}"] if delta > PADDING_MAX_GAIN else []
    else:
        problems = [] if "wrong_side" in edited.flags else ["not flagged wrong_side"]
        if -delta < WRONG_SIDE_MIN_DROP:
            problems.append(f"lost {-delta:.1f} < {WRONG_SIDE_MIN_DROP:g}")
    return not problems, "; ".join(problems)


def run(speeches: tuple[BaseSpeech, ...], motions: dict[str, Motion], rubric: str
        ) -> tuple[list[Row], dict[str, Scorecard]]:
    rows: list[Row] = []
    bases: dict[str, Scorecard] = {}
    for speech in speeches:
        motion = motions[speech.motion_id]
        base = score(speech.text, motion, speech.side, rubric=rubric)  # type: ignore[arg-type]
        bases[speech.id] = base
        checks: list[tuple[str, str, Scorecard]] = [
            (edit.kind, edit.name, score(edit.apply(speech.text), motion, speech.side,  # type: ignore[arg-type]
                                         rubric=rubric))
            for edit in speech.edits()
        ]
        flipped = other_side(speech.side)  # type: ignore[arg-type]
        checks.append(("wrong_side", f"as_{flipped}",
                       score(speech.text, motion, flipped, rubric=rubric)))
        for cls, name, card in checks:
            passed, why = judge(cls, base, card)
            rows.append(Row(speech.id, cls, name, base.total, card.total, round(card.total - base.total, 2),
                            tuple(f for f in card.flags if f not in base.flags), passed, why))
    return rows, bases


def kind(row: Row) -> str:
    """The edit's name, with the two directions of the wrong-side check counted together."""
    return "other_side" if row.cls == "wrong_side" else row.edit


def rate(rows: list[Row]) -> dict[str, float | int]:
    passed = sum(r.passed for r in rows)
    return {"passed": passed, "total": len(rows), "rate": round(passed / len(rows), 3) if rows else 0.0}


def summary(rows: list[Row]) -> dict[str, dict[str, dict[str, float | int]] | dict[str, float | int]]:
    edits = sorted({(r.cls, kind(r)) for r in rows}, key=lambda item: (CLASSES.index(item[0]), item[1]))
    return {
        "classes": {c: rate([r for r in rows if r.cls == c]) for c in CLASSES},
        "edits": {f"{c}/{e}": rate([r for r in rows if r.cls == c and kind(r) == e]) for c, e in edits},
        "overall": rate(rows),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rubric", default="practice", help="rubric to score against (default practice)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()

    bank = load_bank()
    motions: dict[str, Motion] = {}
    for speech in SPEECHES:
        found = bank.get(speech.motion_id)
        if found is None:
            sys.exit(f"motion {speech.motion_id!r} is not in the bank")
        motions[speech.motion_id] = found

    start = time.perf_counter()
    rows, bases = run(SPEECHES, motions, args.rubric)
    seconds = time.perf_counter() - start
    figures = summary(rows)

    if args.json:
        print(json.dumps({
            "rubric": args.rubric,
            "thresholds": {"meaning_max_move": MEANING_MAX_MOVE, "padding_max_gain": PADDING_MAX_GAIN,
                           "wrong_side_min_drop": WRONG_SIDE_MIN_DROP},
            "bases": {s.id: {"motion": s.motion_id, "side": s.side, "quality": s.quality,
                             "total": bases[s.id].total, "flags": list(bases[s.id].flags)} for s in SPEECHES},
            **figures,
            "rows": [asdict(r) for r in rows],
            "seconds": round(seconds, 2),
        }, indent=2))
        return

    print(f"Base speeches (rubric {args.rubric}, scored for their own side):")
    for s in SPEECHES:
        card = bases[s.id]
        flags = ",".join(card.flags) or "-"
        print(f"  {s.id:<24} {s.motion_id:<28} {s.side:<4} {s.quality:<8} total {card.total:5.1f}  "
              f"flags {flags}")
    print()
    print(f"{'speech':<24} {'class':<10} {'edit':<18} {'base':>6} {'edited':>6} {'delta':>6}  "
          f"{'flags added':<16} verdict")
    for r in rows:
        added = ",".join(r.flags_added) or "-"
        verdict = "PASS" if r.passed else f"FAIL ({r.why})"
        print(f"{r.speech:<24} {r.cls:<10} {r.edit:<18} {r.base:6.1f} {r.edited:6.1f} {r.delta:+6.1f}  "
              f"{added:<16} {verdict}")
    print()
    print("Pass rates by class:")
    for cls, figure in figures["classes"].items():
        print(f"  {cls:<28} {figure['passed']:>3}/{figure['total']:<3} {figure['rate']:.0%}")
    print("Pass rates by edit:")
    for edit, figure in figures["edits"].items():
        print(f"  {edit:<28} {figure['passed']:>3}/{figure['total']:<3} {figure['rate']:.0%}")
    overall = figures["overall"]
    print(f"Overall: {overall['passed']}/{overall['total']} {overall['rate']:.0%}  "
          f"({len(rows) + len(SPEECHES)} scorings in {seconds:.1f} s)")


if __name__ == "__main__":
    main()
