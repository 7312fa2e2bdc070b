"""Benchmark: does the scorer read a speech's side from what it argues?

    python tests/bench/side.py [--set original|fresh|all] [--rubric practice] [--json]

Scores every speech of a set in tests/bench/side_speeches.py for its own side and for the other
side. --set original (the default, so earlier figures stay comparable) is SPEECHES, 28 speeches
on fourteen bank motions, one per side; --set fresh is FRESH_SPEECHES, a check set of 24 on twelve
other motions added on 2026-12-05 and written before any scorer change was tried on them; --set
all is both; --set check is CHECK_SPEECHES, a third set of 24 on twelve further motions written on
2026-12-06 by someone who never saw the scorer, kept for checking, never for tuning; --set everything
is all three; --set practice is the 98 practice speeches of scripts/reader_speeches (on 49 other bank
motions, labelled for the reader's training, written on 2026-12-06; the side's flag level was checked
on them); --set late is LATE_CHECK_SPEECHES, sixteen on eight further motions written on 2026-12-06
by a helper who never saw the scorer, kept for checking. A speech passes when its own side carries
no "wrong_side" flag, the other side does, and the other side's total is at least 25 points lower.
Prints one line per speech, then the pass
rate overall and split by speeches that state their side and speeches that do not, and how many
speeches were flagged "wrong_side" for their own side. --json prints one JSON object instead. A
script, not a test: it always exits 0. Needs no ../shared data.
"""

from __future__ import annotations

import os

for _variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "RAYON_NUM_THREADS"):
    os.environ[_variable] = "1"
os.environ["TOKENIZERS_PARALLELISM"] = "false"

import argparse  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
from dataclasses import asdict, dataclass  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from side_speeches import (  # noqa: E402  (this folder is on sys.path)
    CHECK_SPEECHES,
    FRESH_SPEECHES,
    LATE_CHECK_SPEECHES,
    SPEECHES,
    SideSpeech,
    practice_speeches,
)

from bot.motions import Bank, load_bank, other_side  # noqa: E402
from bot.scoring import SCORER_VERSION, score  # noqa: E402

WRONG_SIDE = "wrong_side"
MIN_DROP = 25.0
SETS: dict[str, tuple[SideSpeech, ...]] = {
    "original": SPEECHES, "fresh": FRESH_SPEECHES, "check": CHECK_SPEECHES, "all": SPEECHES + FRESH_SPEECHES,
    "everything": SPEECHES + FRESH_SPEECHES + CHECK_SPEECHES, "practice": practice_speeches(),
    "late": LATE_CHECK_SPEECHES,
}


@dataclass(frozen=True)
class Verdict:
    """One speech scored for both sides."""

    id: str
    motion_id: str
    side: str
    declared: bool
    own_total: float
    own_flags: tuple[str, ...]
    other_total: float
    other_flags: tuple[str, ...]

    @property
    def drop(self) -> float:
        """How many points the speech loses when scored for the other side."""
        return self.own_total - self.other_total

    @property
    def own_flagged(self) -> bool:
        """A false alarm: flagged as the wrong side for the side it argues."""
        return WRONG_SIDE in self.own_flags

    @property
    def passed(self) -> bool:
        """Own side unflagged, other side flagged, and at least MIN_DROP points lower."""
        return not self.own_flagged and WRONG_SIDE in self.other_flags and self.drop >= MIN_DROP


def judge(speech: SideSpeech, bank: Bank, rubric: str) -> Verdict:
    """Score one speech for its own side and for the other."""
    motion = bank.get(speech.motion_id)
    if motion is None:
        raise SystemExit(f"{speech.id}: motion {speech.motion_id!r} is not in the bank")
    own = score(speech.text, motion, speech.side, rubric)
    other = score(speech.text, motion, other_side(speech.side), rubric)
    return Verdict(
        speech.id, speech.motion_id, speech.side, speech.declared,
        own.total, tuple(own.flags), other.total, tuple(other.flags),
    )


def rate(verdicts: list[Verdict]) -> float:
    """The share of verdicts that passed (0 when there are none)."""
    return sum(v.passed for v in verdicts) / len(verdicts) if verdicts else 0.0


def summary(verdicts: list[Verdict]) -> dict[str, object]:
    """Pass rates overall and by declared/undeclared, and false wrong_side flags."""
    declared = [v for v in verdicts if v.declared]
    undeclared = [v for v in verdicts if not v.declared]
    return {
        "speeches": len(verdicts),
        "passed": sum(v.passed for v in verdicts),
        "pass_rate": round(rate(verdicts), 3),
        "declared": {"speeches": len(declared), "pass_rate": round(rate(declared), 3)},
        "undeclared": {"speeches": len(undeclared), "pass_rate": round(rate(undeclared), 3)},
        "own_side_wrong_side_flags": sum(v.own_flagged for v in verdicts),
        "other_side_unflagged": sum(WRONG_SIDE not in v.other_flags for v in verdicts),
        "drop_below_25": sum(v.drop < MIN_DROP for v in verdicts),
        "mean_drop": round(sum(v.drop for v in verdicts) / len(verdicts), 1) if verdicts else 0.0,
    }


def line(v: Verdict) -> str:
    """One printed row for a speech."""
    kind = "declared" if v.declared else "undeclared"
    return (
        f"{'PASS' if v.passed else 'FAIL'}  {v.id:<16} {v.side:<4} {kind:<10} "
        f"own {v.own_total:5.1f} [{', '.join(v.own_flags) or '-'}]  "
        f"other {v.other_total:5.1f} [{', '.join(v.other_flags) or '-'}]  drop {v.drop:+.1f}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rubric", default="practice", help="rubric name or path (default: practice)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--set", dest="speech_set", choices=tuple(SETS), default="original",
                        help="which speeches: original (default), fresh, all, check, everything, practice "
                             "or late")
    args = parser.parse_args(argv)
    bank = load_bank()
    verdicts = [judge(speech, bank, args.rubric) for speech in SETS[args.speech_set]]
    totals = summary(verdicts)
    if args.json:
        results = [{**asdict(v), "drop": round(v.drop, 1), "passed": v.passed} for v in verdicts]
        report = {"scorer_version": SCORER_VERSION, "rubric": args.rubric, "set": args.speech_set,
                  **totals, "results": results}
        print(json.dumps(report, indent=2))
        return 0
    for v in verdicts:
        print(line(v))
    declared, undeclared = totals["declared"], totals["undeclared"]
    assert isinstance(declared, dict) and isinstance(undeclared, dict)
    print()
    print(f"scorer {SCORER_VERSION}, rubric {args.rubric}, set {args.speech_set}")
    print(f"pass rate: {totals['passed']}/{totals['speeches']} = {totals['pass_rate']:.3f}")
    print(f"  declared:   {declared['pass_rate']:.3f} of {declared['speeches']}")
    print(f"  undeclared: {undeclared['pass_rate']:.3f} of {undeclared['speeches']}")
    print(f"false wrong_side on own side: {totals['own_side_wrong_side_flags']}")
    print(f"other side not flagged: {totals['other_side_unflagged']}; "
          f"drop under {MIN_DROP:.0f}: {totals['drop_below_25']}; mean drop: {totals['mean_drop']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
