"""Benchmark: drafting motions from essays — time per essay and closeness to reference motions.

    python tests/bench/drafting.py [--long-words 30000]

For every essay in tests/data/essays (and the seed essay in ../shared/seeds when present) it
prints the time to draft, the number of motions and the first motion. For essays with a
reference in tests/bench/drafting_refs.yaml it also prints how close the best drafted motion
comes to the reference: embedding cosine (the shipped encoder) and content-word F1 between
the motion texts, and key-point recall (share of the reference's points found in the draft's
Proposition points). For every essay, "lifted" is the share of the drafted info slide's and key
points' word 4-grams found verbatim in the essay (lower reads more like a summary).
Last, the time for one long essay of about --long-words words. It is a script, not a test; it stops by itself.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bot.drafting import Draft, EssayError, draft_essay, render_yaml  # noqa: E402
from bot.drafting.ranking import content_stems  # noqa: E402
from bot.drafting.writing import problems_in  # noqa: E402
from bot.scoring.encoder import get_encoder  # noqa: E402

ESSAYS = ROOT / "tests" / "data" / "essays"
REFS = Path(__file__).with_name("drafting_refs.yaml")


def essay_path(name: str) -> Path:
    """An essay named in the references: under tests/data/essays, or ../shared/… from the repo."""
    return (ROOT.parent / name[3:]) if name.startswith("../") else ESSAYS / name


def word_f1(drafted: str, reference: str) -> float:
    """F1 of the two texts' content-word stems (without the "This House …" opening)."""
    strip = re.compile(r"^This House (?:would|believes that|opposes|supports|regrets|prefers)\s+")
    a, b = content_stems(strip.sub("", drafted)), content_stems(strip.sub("", reference))
    if not a or not b:
        return 0.0
    common = len(a & b)
    return 0.0 if common == 0 else 2 * common / (len(a) + len(b))


def cosine(a: str, b: str) -> float:
    vectors = get_encoder().encode([a, b])
    return float(vectors[0] @ vectors[1])


def recall(draft: Draft, motion: int, points: list[dict[str, Any]]) -> float:
    """Share of reference key points whose words appear in the motion's Proposition points."""
    text = " ".join(f"{p.claim} {p.reasoning} {p.evidence}" for p in draft.motions[motion].prop).lower()
    found = sum(1 for point in points if any(word.lower() in text for word in point["any"]))
    return found / len(points) if points else 0.0


def grams(text: str, n: int = 4) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def lifted(draft: Draft, source: str) -> float:
    """Mean share of each drafted passage's word 4-grams found verbatim in the essay (1.0 = copied)."""
    seen = grams(source)
    pieces = [m.info_slide for m in draft.motions[:1]] + [
        text for m in draft.motions for p in (*m.prop, *m.opp) for text in (p.claim, p.reasoning, p.evidence)
    ]
    shares = [len(g & seen) / len(g) for g in map(grams, pieces) if g]
    return statistics.mean(shares) if shares else 0.0


def timed(text: str, origin: str) -> tuple[Draft, float]:
    start = time.perf_counter()
    draft = draft_essay(text, origin=origin)
    return draft, time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--long-words", type=int, default=30_000, help="size of the long essay (words)")
    args = parser.parse_args()
    refs = {r["essay"]: r for r in yaml.safe_load(REFS.read_text(encoding="utf-8"))}
    paths = sorted(p for p in ESSAYS.iterdir() if p.suffix in (".txt", ".md", ".html") and p.stem != "README")
    paths += [essay_path(n) for n in refs if n.startswith("../")]
    get_encoder().encode(["warm up"])  # load the model before timing
    print(f"encoder: {get_encoder().name}")
    header = (f"{'essay':42} {'words':>6} {'ms':>7} {'motions':>7} {'cos':>5} {'F1':>5} {'recall':>6} "
              f"{'lifted':>6}")
    print(header + "  first motion")
    cosines, f1s, recalls, lifts = [], [], [], []
    for path in paths:
        if not path.exists():
            print(f"{path.name:42} (absent, skipped)")
            continue
        text = path.read_text(encoding="utf-8")
        try:
            draft, seconds = timed(text, path.name)
        except EssayError as exc:
            print(f"{path.name:42} {len(text.split()):>6} {'':>7} {'-':>7}  refused: {str(exc)[:50]}")
            continue
        problems = problems_in(render_yaml(draft))
        ref = next((r for n, r in refs.items() if essay_path(n).resolve() == path.resolve()), None)
        scores = ""
        if ref is not None:
            best = max(range(len(draft.motions)), key=lambda i: cosine(draft.motions[i].text, ref["motion"]))
            drafted = draft.motions[best].text
            c, f = cosine(drafted, ref["motion"]), word_f1(drafted, ref["motion"])
            r = recall(draft, best, ref["key_points"])
            scores = f"{c:5.2f} {f:5.2f} {r:6.2f}"
            if not ref.get("satire"):
                cosines.append(c)
                f1s.append(f)
                recalls.append(r)
        else:
            scores = f"{'':5} {'':5} {'':6}"
        lift = lifted(draft, text)
        lifts.append(lift)
        scores += f" {lift:6.2f}"
        flag = f"  [{len(problems)} PROBLEMS]" if problems else ""
        size = f"{path.name:42} {len(text.split()):>6} {seconds * 1000:7.0f} {len(draft.motions):>7}"
        print(f"{size} {scores}  {draft.motions[0].text[:70]}{flag}")
    if cosines:
        print(f"mean over non-satire references: cosine {statistics.mean(cosines):.2f}, "
              f"word F1 {statistics.mean(f1s):.2f}, key-point recall {statistics.mean(recalls):.2f}")
    if lifts:
        print(f"mean share of drafted 4-grams lifted verbatim from the essay: {statistics.mean(lifts):.2f}")
    homework = (ESSAYS / "homework.txt").read_text(encoding="utf-8")
    paragraphs = [p for p in homework.split("\n\n")[2:] if p.strip()]
    words = sum(len(p.split()) for p in paragraphs)
    long_text = "A Long Essay\n\n" + "\n\n".join(paragraphs * (args.long_words // words + 1))
    draft, seconds = timed(long_text, "long")
    print(f"long essay: {len(long_text.split()):,} words drafted in {seconds:.2f} s "
          f"({len(draft.motions)} motions, {sum(len(m.prop) for m in draft.motions)} prop points)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
