"""Benchmark: does the scorer read the side of real debaters' speeches?

    python tests/bench/side_recorded.py --corpus DIR [--limit N] [--json]

Reads IBM's Recorded Debating Dataset (v4; Mirkin et al., EMNLP 2018; Orbach et al., EMNLP 2019:
200 opening speeches by experienced debaters, 100 for and 100 against 50 motions, manually
transcribed). DIR holds the dataset's `speech-transcripts.csv` and its motion list
`GP-claim-to-motion-relevancy.csv` (both in the GPR-KB-55 folder of the release; a public mirror
is github.com/cchang-vassar/Semantic-Relations-in-Vector-Embeddings, corpora/no_wavs/GPR-KB-55).
The data is read, never copied into the project.

Every speech is scored for the side it argued and for the other side, on its motion as an ad hoc
motion (no key points). A speech passes as the side bench's speeches do: no "wrong_side" flag for
its own side, the flag for the other side, and at least 25 points lost. The motions are split in
two halves by id (dev: even ids, held-out: odd ids) so that a reader tuned on some of them can be
reported on the others. A script, not a test: it always exits 0.
"""

from __future__ import annotations

import os

for _variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "RAYON_NUM_THREADS"):
    os.environ[_variable] = "1"
os.environ["TOKENIZERS_PARALLELISM"] = "false"

import argparse  # noqa: E402
import csv  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bot.motions import Motion, SideName, other_side  # noqa: E402
from bot.scoring import score  # noqa: E402

WRONG_SIDE = "wrong_side"
MIN_DROP = 25.0


@dataclass(frozen=True)
class RecordedSpeech:
    """One transcribed speech and the motion it argued for or against."""

    id: str
    motion_id: int
    motion: str
    side: SideName
    text: str

    @property
    def split(self) -> str:
        """dev (even motion ids) or held-out (odd)."""
        return "dev" if self.motion_id % 2 == 0 else "held-out"


def load(corpus: Path) -> list[RecordedSpeech]:
    """The speeches, with their motions' wording."""
    with (corpus / "GP-claim-to-motion-relevancy.csv").open(encoding="utf-8") as handle:
        motions = {r["motion-id"]: r["motion-text"] for r in csv.DictReader(handle)}
    with (corpus / "speech-transcripts.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    return [RecordedSpeech(r["speech-id"], int(r["motion-id"]), motions[r["motion-id"]],
                           "prop" if r["speech-to-motion-polarity"] == "PRO" else "opp", r["speech-text"])
            for r in rows if r["motion-id"] in motions]


def judge(speech: RecordedSpeech) -> dict[str, object]:
    """Score one speech for its own side and for the other."""
    motion = Motion.ad_hoc(speech.motion)
    own = score(speech.text, motion, speech.side)
    other = score(speech.text, motion, other_side(speech.side))
    own_flagged = WRONG_SIDE in own.flags
    caught = WRONG_SIDE in other.flags
    return {"id": speech.id, "split": speech.split, "side": speech.side,
            "own_total": own.total, "other_total": other.total, "own_flagged": own_flagged,
            "caught": caught, "passed": not own_flagged and caught and own.total - other.total >= MIN_DROP}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, required=True, help="folder with speech-transcripts.csv")
    parser.add_argument("--limit", type=int, default=0, help="score only the first N speeches")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if not (args.corpus / "speech-transcripts.csv").exists():
        print(f"No speech-transcripts.csv in {args.corpus}; pass --corpus.")
        return 0
    speeches = load(args.corpus)
    if args.limit:
        speeches = speeches[: args.limit]
    verdicts = [judge(s) for s in speeches]
    summary: dict[str, dict[str, float]] = {}
    for split in ("dev", "held-out"):
        part = [v for v in verdicts if v["split"] == split]
        if not part:
            continue
        summary[split] = {
            "speeches": len(part),
            "passed": sum(bool(v["passed"]) for v in part) / len(part),
            "own_side_flagged": sum(bool(v["own_flagged"]) for v in part) / len(part),
            "other_side_caught": sum(bool(v["caught"]) for v in part) / len(part),
        }
    if args.json:
        print(json.dumps({"summary": summary, "speeches": verdicts}, indent=2))
        return 0
    for v in verdicts:
        mark = "PASS" if v["passed"] else "FAIL"
        print(f"{mark}  {v['split']:<8} {v['side']:<4} own {v['own_total']:5.1f}"
              f"{' [wrong_side]' if v['own_flagged'] else '':<13} other {v['other_total']:5.1f}"
              f"{' [wrong_side]' if v['caught'] else ''}  {v['id']}")
    print()
    for split, figures in summary.items():
        print(f"{split:<8} {int(figures['speeches'])} speeches: passed {figures['passed']:.3f}, "
              f"own side flagged {figures['own_side_flagged']:.3f}, "
              f"other side caught {figures['other_side_caught']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
