"""Benchmark: how far could better ranking take drafting? The corpus's ceiling for the candidates it words.

    python tests/bench/drafting_ceiling.py [--split dev|held-out] [--misses]

For every essay of tests/data/essays/corpus/refs.yaml with a proposal, it takes every candidate the drafter
ranks (bot.drafting.compose.candidates: each act of each recommendation as a policy motion, each thesis
candidate as a belief motion, those its checks pass) with the motions its draft prints, and asks whether any
of them matches the reference by the judge of tests/bench/drafting.py (cosine of the motions' bodies at least
MATCH_COSINE, or content-word F1 at least 0.5). It prints that count beside the count the draft itself (the
rules' motions, then the shortlist's, three at most) reaches: the gap is what ranking alone could still win;
the references no candidate matches are where the wording (generation) fails. --misses names the essays with
no matching candidate. A script, not a test: it always exits 0.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from drafting import MATCH_COSINE, body_cosine, word_f1  # noqa: E402  (this folder is on sys.path)

from bot.drafting import EssayError, draft_essay  # noqa: E402
from bot.drafting.compose import candidates  # noqa: E402
from bot.drafting.finding import find  # noqa: E402
from bot.drafting.ranking import Centrality  # noqa: E402
from bot.drafting.reading import read_essay  # noqa: E402
from bot.drafting.structure import is_complete  # noqa: E402

ESSAYS = ROOT / "tests" / "data" / "essays"


def matches(motion: str, reference: str) -> bool:
    """The drafting bench's judge of a match in meaning."""
    return body_cosine(motion, reference) >= MATCH_COSINE or word_f1(motion, reference) >= 0.5


def worded(text: str) -> list[str]:
    """Every complete motion the drafter ranks for an essay, unranked."""
    essay = read_essay(text, None)
    return [c.text for c in candidates(find(essay, Centrality([s.text for s in essay.sentences])))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "held-out"), default="held-out")
    parser.add_argument("--misses", action="store_true")
    args = parser.parse_args()
    refs = yaml.safe_load((ESSAYS / "corpus" / "refs.yaml").read_text(encoding="utf-8"))
    rows = [r for r in refs if r["split"] == args.split and r["motion"] != "no clear proposal"]
    ceiling = drafted = 0
    for ref in rows:
        text = (ESSAYS / ref["essay"]).read_text(encoding="utf-8")  # paths are relative to tests/data/essays
        try:
            draft = draft_essay(text)
            found = any(matches(m, ref["motion"]) for m in [*worded(text), *(m.text for m in draft.motions)])
        except EssayError:
            continue
        ceiling += found
        drafted += any(matches(m.text, ref["motion"]) and is_complete(m.text) for m in draft.motions)
        if args.misses and not found:
            print(f"no candidate matches: {ref['essay']}")
    print(f"{args.split}: {len(rows)} references with a proposal; the draft matches {drafted}, "
          f"some complete candidate matches {ceiling} (ranking could win {ceiling - drafted}, "
          f"wording fails {len(rows) - ceiling})")


if __name__ == "__main__":
    main()
