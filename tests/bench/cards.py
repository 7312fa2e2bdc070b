"""Benchmark: do scorecards coach consistently, and how long are they?

    python tests/bench/cards.py [--data ../shared/data] [--dev N] [--show RULE]

Scores every speech written for this repository (the robustness bench's speeches and their
edits, the scorer's test samples) and, when ../shared/data is there, the first N speeches of the
human-rated dev set, cycling the rubrics practice, wsdc, bp and pf. For each card it counts the
tips and praise whose premise the card's own analyses contradict (tests/bench/card_checks.py),
steps shown that would fit any speech, and short speeches whose card does not lead with their
length; then the median card length in lines (terminal) and characters (Telegram short card and
full feedback). It is a script, not a test: it always exits 0.
"""

from __future__ import annotations

import os

for _variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_variable] = "1"

import argparse  # noqa: E402
import csv  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections import Counter  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import scoring_samples as samples  # noqa: E402
from card_checks import contradictions, generic_priorities, missing_length_priority  # noqa: E402
from robustness_speeches import SPEECHES  # noqa: E402

from bot.chat.cards import full_feedback, scorecard  # noqa: E402
from bot.motions import Motion, SideName, load_bank  # noqa: E402
from bot.practice import Attempt  # noqa: E402
from bot.scoring import Scorecard, score  # noqa: E402
from bot.text_render import render_scorecard  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data"
RUBRICS = ("practice", "wsdc", "bp", "pf")


def own_speeches() -> list[tuple[str, Motion, SideName, str]]:
    """(name, motion, side, text) for every speech written for this repository."""
    bank = load_bank()
    found: list[tuple[str, Motion, SideName, str]] = []
    for base in SPEECHES:
        motion = bank.get(base.motion_id)
        if motion is None:
            continue
        side: SideName = "prop" if base.side == "prop" else "opp"
        found.append((base.id, motion, side, base.text))
        found += [(f"{base.id}+{edit.name}", motion, side, edit.apply(base.text)) for edit in base.edits()]
    embassy = samples.embassy_motion()
    for name in ("STRONG_PROP", "WEAK_PROP", "CHAINED_PROP"):
        found.append((name.lower(), embassy, "prop", getattr(samples, name)))
    for name in ("STRONG_OPP", "WEAK_OPP"):
        found.append((name.lower(), embassy, "opp", getattr(samples, name)))
    for motion_name, speech in (("PHONES_MOTION", "PHONES_PROP"), ("EXTRACTION_MOTION", "CLIMATE_PROP"),
                                ("AID_MOTION", "EXPLAINED_AID_PROP")):
        motion = samples.bank_motion(*getattr(samples, motion_name))
        found.append((speech.lower(), motion, "prop", getattr(samples, speech)))
    return found


def dev_speeches(data: Path, count: int) -> list[tuple[str, Motion, SideName, str]]:
    """The first `count` human-rated dev speeches, each argued for its topic."""
    path = data / "speeches" / "dev.csv"
    if not path.exists() or count <= 0:
        return []
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))[:count]
    return [(f"dev-{r['id'][:8]}", Motion.ad_hoc(r["topic"]), "prop", r["text"]) for r in rows]


def _attempt(card: Scorecard, text: str) -> Attempt:
    return Attempt(id=1, person_id=1, motion_id="m", side=card.side, state="scored", speech=text,  # type: ignore[arg-type]
                   created_at=0.0, submitted_at=0.0, scored_at=0.0, card=card, late=False)


def run(group: str, speeches: list[tuple[str, Motion, SideName, str]], show: str | None) -> None:
    rules: Counter[str] = Counter()
    cards_with, generic, length_missing = 0, 0, 0
    lines, short_chars, full_chars, ms = [], [], [], []
    for k, (name, motion, side, text) in enumerate(speeches):
        rubric = RUBRICS[k % len(RUBRICS)]
        started = time.perf_counter()
        card = score(text, motion, side, rubric)
        ms.append((time.perf_counter() - started) * 1000)
        problems = contradictions(card, motion, text)
        rules.update(p.rule for p in problems)
        cards_with += bool(problems)
        generic += bool(generic_priorities(card))
        length_missing += missing_length_priority(card)
        lines.append(len(render_scorecard(card).splitlines()))
        attempt = _attempt(card, text)
        short_chars.append(len(scorecard(card, attempt)))
        full_chars.append(len(full_feedback(card, attempt)))
        for p in problems:
            if show in (p.rule, "all"):
                print(f"  [{name} · {rubric}] {p.rule} @ {p.where}: {p.text[:150]}")
    print(f"{group}: {len(speeches)} cards, {cards_with} with a contradiction "
          f"({sum(rules.values())} in all), {generic} showing advice that fits any speech, "
          f"{length_missing} short speeches without a length priority")
    if rules:
        print("  by class: " + ", ".join(f"{r} {n}" for r, n in rules.most_common()))
    print(f"  median terminal card {statistics.median(lines):.0f} lines (max {max(lines)}); Telegram short "
          f"{statistics.median(short_chars):.0f} chars, full {statistics.median(full_chars):.0f} chars; "
          f"scoring p50 {statistics.median(ms):.0f} ms")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--dev", type=int, default=120, help="how many dev speeches to read (0: none)")
    parser.add_argument("--show", help="print each problem of this class ('all' for every one)")
    args = parser.parse_args(argv)
    run("own speeches", own_speeches(), args.show)
    dev = dev_speeches(args.data, args.dev)
    if dev:
        run("dev speeches (../shared/data/speeches)", dev, args.show)
    else:
        print(f"No dev speeches at {args.data}; pass --data.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
