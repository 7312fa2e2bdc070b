"""Benchmark: does the scorer read a side statement in any wording, and only a statement?

    python tests/bench/statements.py [--set phrasings|written] [--half dev|held-out|all] [--misses] [--json]

Each sentence of tests/bench/statement_phrasings.py (written without seeing the scorer: eight
bank motions, for each five statements for the motion, five against it and six look-alikes that
report, concede, quote, predict or suppose a claim) is read as the opening of a short speech whose
other sentences state nothing, and the side the scorer reads there (statements.declared_side) is
compared with the expected one. Prints, for the dev half (even positions) and the held-out half
(odd positions): statements read the right way, statements missed (read as no statement), statements
misread (read as the other side, the costly error) and look-alikes wrongly read as statements. A
script, not a test: it always exits 0. Needs no ../shared data.

--set written reads instead the 126 invented motions of scripts/reader_written (written on 2026-12-06
by seven helpers who never saw the scorer, each motion an ad hoc motion without key points): on each,
twelve side statements in everyday forms (votes, imperatives, negations, questions, stances on what
the motion would change), eight arguments that state no side and four reported claims, the last
twelve being its look-alikes. Halves by motion: dev the even-numbered motions, held-out the odd.
--set check reads check_statements.py (48 sentences on six bank motions, written the same day by a
helper who never saw the scorer), all of it held out: its dev half is empty.
"""

from __future__ import annotations

import os

for _variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "RAYON_NUM_THREADS"):
    os.environ[_variable] = "1"

import argparse  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from check_statements import CHECK_STATEMENTS  # noqa: E402  (this folder is on sys.path)
from statement_phrasings import PHRASINGS  # noqa: E402

from bot.motions import Motion, load_bank  # noqa: E402
from bot.scoring import SCORER_VERSION  # noqa: E402
from bot.scoring.analyses.base import build_context  # noqa: E402
from bot.scoring.analyses.statements import declared_side  # noqa: E402
from bot.scoring.speech import read_speech  # noqa: E402

# The rest of the speech: signposts that name no side and argue nothing.
REST = ("Let me take this in three parts. The first part is about the facts on the ground. "
        "The second part is about the people involved. The third part is about what happens next.")
HALVES = {"dev": 0, "held-out": 1}


WRITTEN = ROOT / "scripts" / "reader_written"
SIDES = {"for": "prop", "against": "opp"}


def written_rows(half: str) -> list[tuple[Motion, str, str]]:
    """(motion, sentence, expected side) for one half of the written motions: a statement's side,
    "none" for an argument or a reported claim."""
    motions = [row for path in sorted(WRITTEN.glob("*.json")) for row in json.loads(path.read_text("utf-8"))]
    return [(Motion.ad_hoc(row["motion"]), s["text"],
             SIDES[s["label"]] if s["kind"] == "statement" else "none")
            for k, row in enumerate(motions) if k % 2 == HALVES[half] for s in row["sentences"]]


def phrasing_rows(half: str) -> list[tuple[Motion, str, str]]:
    """(motion, sentence, expected side) for one half of statement_phrasings.PHRASINGS."""
    return bank_rows([row for k, row in enumerate(PHRASINGS) if k % 2 == HALVES[half]])


def check_rows(half: str) -> list[tuple[Motion, str, str]]:
    """(motion, sentence, expected side) for check_statements.CHECK_STATEMENTS: all of it is held out."""
    return bank_rows(list(CHECK_STATEMENTS)) if half == "held-out" else []


def bank_rows(rows: list[tuple[str, str, str]]) -> list[tuple[Motion, str, str]]:
    """Bank motions for (motion id, sentence, expected) rows."""
    bank = load_bank()
    out = []
    for motion_id, sentence, expected in rows:
        motion = bank.get(motion_id)
        if motion is None:
            raise SystemExit(f"motion {motion_id!r} is not in the bank")
        out.append((motion, sentence, expected))
    return out


def read_side(motion: Motion, sentence: str) -> str:
    """The side the scorer reads in the sentence, as the speech's opening: prop, opp or none."""
    declared, _ = declared_side(build_context(read_speech(f"{sentence} {REST}"), motion, "prop"))
    return "prop" if declared > 0 else "opp" if declared < 0 else "none"


def tally(rows: list[tuple[str, str, str, str]]) -> dict[str, int]:
    """Counts of right readings, missed and misread statements, and false statements."""
    statements = [r for r in rows if r[2] != "none"]
    lookalikes = [r for r in rows if r[2] == "none"]
    return {
        "statements": len(statements),
        "read_right": sum(r[3] == r[2] for r in statements),
        "missed": sum(r[3] == "none" for r in statements),
        "misread": sum(r[3] not in ("none", r[2]) for r in statements),
        "lookalikes": len(lookalikes),
        "false_statements": sum(r[3] != "none" for r in lookalikes),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=("dev", "held-out", "all"), default="all")
    parser.add_argument("--set", dest="which", choices=("phrasings", "written", "check"), default="phrasings",
                        help="phrasings (statement_phrasings.py, the default), written "
                             "(scripts/reader_written) or check (check_statements.py, held out whole)")
    parser.add_argument("--misses", action="store_true", help="print every sentence read wrongly")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    halves = tuple(HALVES) if args.half == "all" else (args.half,)
    report: dict[str, object] = {"scorer_version": SCORER_VERSION, "set": args.which}
    source = {"written": written_rows, "check": check_rows}.get(args.which, phrasing_rows)
    for half in halves:
        rows = [(motion.text, sentence, expected, read_side(motion, sentence))
                for motion, sentence, expected in source(half)]
        report[half] = tally(rows)
        if args.misses and not args.json:
            for motion_text, sentence, expected, got in rows:
                if got != expected:
                    print(f"{half:<8} expected {expected:<4} read {got:<4} [{motion_text}] {sentence}")
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    print(f"scorer {SCORER_VERSION}, set {args.which}")
    for half in halves:
        t = report[half]
        assert isinstance(t, dict)
        print(f"{half:<8} statements read right {t['read_right']}/{t['statements']}, missed {t['missed']}, "
              f"misread {t['misread']}; look-alikes read as statements "
              f"{t['false_statements']}/{t['lookalikes']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
