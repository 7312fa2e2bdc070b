"""Benchmark: drafting motions from essays — time per essay and closeness to reference motions.

    python tests/bench/drafting.py [--long-words 30000] [--split all|dev|held-out] [--corpus-only]

For every essay in tests/data/essays (and the seed essay in ../shared/seeds when present) it
prints the time to draft, the number of motions and the first motion. For essays with a
reference in tests/bench/drafting_refs.yaml it also prints how close the best drafted motion
comes to the reference: embedding cosine (the shipped encoder) and content-word F1 between
the motion texts, and key-point recall (share of the reference's points found in the draft's
Proposition points). For every essay, "lifted" is the share of the drafted info slide's and key
points' word 4-grams found verbatim in the essay (lower reads more like a summary).
Then the real-text corpus (tests/data/essays/corpus/refs.yaml), dev and held-out apart: share of
essays given a motion, share with an acceptable motion, key-point recall, fragment motions (drafted motions
the drafter's own check refuses), motions judged incomplete (drafted motions the independent clause judge,
tests/bench/clause_judge.py, refuses), essays answered "no clear proposal", reference motions the fragment
checks refuse (each reference is a complete motion by our own reading, so every refusal is a wrongful one),
seconds per essay; then the reference motions the clause judge refuses.
A motion is acceptable when it is a complete
proposition, both by the drafter's own check (bot/drafting/structure.py) and by the clause judge (a spaCy
parse read apart from the drafter, so a fragment the drafter misses still counts against it; without spaCy
the judge is off, the bench says so and uses the drafter's check alone), and matches the reference in
meaning: the cosine of the two
motions' bodies (the "This House …" opening removed) under the scorer's sentence encoder reaches
MATCH_COSINE (0.52: the 95th percentile of cosines between drafted motions and the references of
*other* essays when it was pinned, so a chance match passes about 1 time in 20; each run prints the
percentile it measures), or their content-word F1 is at least 0.5. A reference of "no clear proposal"
(narrative, description) is met only by the honest answer: no motion, the nearest sentences listed.
The drafter's shortlist model (bot/drafting/shortlist.py) was fitted on the dev essays, so its part of a dev
figure is in-sample; scripts/train_shortlist.py prints the dev figure cross-validated over essays.
Figures are given for the State of the Union set (texts without a `source` field in refs.yaml), for the
broader texts added for issue 11 (with `source`), and for the whole corpus.
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

from clause_judge import available as judge_available  # noqa: E402  (this folder is on sys.path)
from clause_judge import complete  # noqa: E402

from bot.drafting import Draft, EssayError, draft_essay, render_yaml  # noqa: E402
from bot.drafting.parse import available as parse_available  # noqa: E402
from bot.drafting.ranking import content_stems  # noqa: E402
from bot.drafting.structure import problem  # noqa: E402
from bot.drafting.writing import problems_in  # noqa: E402
from bot.scoring.encoder import get_encoder  # noqa: E402

ESSAYS = ROOT / "tests" / "data" / "essays"
REFS = Path(__file__).with_name("drafting_refs.yaml")
CORPUS_REFS = ESSAYS / "corpus" / "refs.yaml"
_OPENING = re.compile(r"^This House (?:would|believes that|opposes|supports|regrets|prefers)\s+")


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


def body_cosine(a: str, b: str) -> float:
    """Cosine of two motions' bodies, without the shared "This House …" opening."""
    return cosine(_OPENING.sub("", a), _OPENING.sub("", b))


NO_PROPOSAL = "no clear proposal"


Row = tuple[bool, bool, float | None, int, bool, float, bool, int]


def _summary(label: str, rows: list[Row]) -> None:
    """One line of figures for a group of essays."""
    if not rows:
        return
    n = len(rows)
    recalls = [r[2] for r in rows if r[2] is not None]
    print(f"{label:24} n={n:2}: motion drafted {sum(r[0] for r in rows) / n:5.0%}, "
          f"acceptable {sum(r[1] for r in rows) / n:5.0%}, "
          f"key-point recall {statistics.mean(recalls) if recalls else 0.0:.2f}, "
          f"fragment motions {sum(r[3] for r in rows)}, "
          f"judged incomplete {sum(r[7] for r in rows) if judge_available() else 'n/a'}, "
          f"'no clear proposal' {sum(r[4] for r in rows)}, "
          f"references refused {sum(r[6] for r in rows)}, "
          f"{statistics.mean(r[5] for r in rows):.2f} s per essay")


# The body cosine from which a drafted motion matches its reference. It was the 95th percentile of
# cosines between drafted motions and *other* essays' references (a chance match passes 1 time in 20),
# recomputed on every run, so adding essays or changing the drafter moved it and flipped essays whose
# motion had not changed (dev read 64% before batch 17 joined held-out and 68% after). Pinned on
# 2026-12-06 at that percentile over the whole corpus of 165 texts; each run still prints the percentile
# it measures, so drift shows.
MATCH_COSINE = 0.52


def refused_references(refs: list[dict[str, Any]]) -> None:
    """The line "complete references refused by the checks": reference motions (complete by our own reading)
    that structure.problem() would refuse, dev and held-out apart; dev ones named with the reason."""
    counts = []
    for split in ("dev", "held-out"):
        motions = [r for r in refs if r["split"] == split and r["motion"] != NO_PROPOSAL]
        refused = [(r, problem(r["motion"])) for r in motions if problem(r["motion"]) is not None]
        counts.append(f"{split} {len(refused)}/{len(motions)}")
        for ref, why in refused if split == "dev" else []:
            print(f"  refused dev reference {ref['essay']}: {ref['motion']} ({why})")
    print("complete references refused by the checks: " + ", ".join(counts))
    if not judge_available():
        return
    counts = []
    for split in ("dev", "held-out"):
        motions = [r for r in refs if r["split"] == split and r["motion"] != NO_PROPOSAL]
        judged = [(r, complete(r["motion"])) for r in motions]
        refused = [(r, why) for r, why in judged if why is not None]
        counts.append(f"{split} {len(motions) - len(refused)}/{len(motions)} passed")
        for ref, why in refused if split == "dev" else []:
            print(f"  judged incomplete, dev reference {ref['essay']}: {ref['motion']} ({why})")
    print("reference motions the clause judge passes: " + ", ".join(counts))


def corpus(refs: list[dict[str, Any]]) -> None:
    """Figures on the real-text corpus, dev and held-out separately, for the speeches, the broader
    texts and the whole."""
    runs = []
    for ref in refs:
        text = (ESSAYS / ref["essay"]).read_text(encoding="utf-8")
        draft, seconds = timed(text, ref["essay"])
        runs.append((ref, draft, seconds))
    proposals = [r for r in refs if r["motion"] != NO_PROPOSAL]
    mismatched = sorted(
        body_cosine(m.text, other["motion"])
        for ref, draft, _ in runs for m in draft.motions for other in proposals if other is not ref
    )
    chance = mismatched[int(0.95 * (len(mismatched) - 1))] if mismatched else 1.0
    threshold = MATCH_COSINE
    print(f"\ncorpus: {len(refs)} real texts; 'matches' = body cosine >= {threshold:.2f} (pinned; the 95th "
          f"percentile against other essays' references is {chance:.3f} on this run) or content-word F1 >= "
          "0.5; a 'no clear proposal' reference is met by no motion")
    print("clause judge (tests/bench/clause_judge.py): " + (
        "on" if judge_available() else
        "OFF (spaCy or its small English model is missing): acceptable rests on the drafter's own check alone"
    ))
    print(f"{'essay':34} {'split':8} {'s':>5} {'cos':>5} {'F1':>5} {'ok':>3} {'recall':>6}  best motion")
    table: dict[tuple[str, str], list[Row]] = {}
    for ref, draft, seconds in runs:
        group = "broader" if "source" in ref else "speeches"
        rows = table.setdefault((group, ref["split"]), [])
        fragments = sum(1 for m in draft.motions if problem(m.text) is not None)
        judged = sum(1 for m in draft.motions if complete(m.text) is not None)
        honest = ref["motion"] == NO_PROPOSAL
        refused = not honest and problem(ref["motion"]) is not None
        if not draft.motions:
            rows.append((False, honest, None if honest else 0.0, 0, True, seconds, refused, 0))
            print(f"{ref['essay'][-34:]:34} {ref['split']:8} {seconds:5.2f} {'':11} "
                  f"{'yes' if honest else 'no':>3} {'':6}  no clear proposal: "
                  f"{draft.nearest[0][:60] if draft.nearest else ''}")
            continue
        if honest:
            rows.append((True, False, None, fragments, False, seconds, refused, judged))
            print(f"{ref['essay'][-34:]:34} {ref['split']:8} {seconds:5.2f} {'':11} {'no':>3} {'':6}  "
                  f"(expected no motion) {draft.motions[0].text[:60]}")
            continue
        best = max(range(len(draft.motions)), key=lambda i: body_cosine(draft.motions[i].text, ref["motion"]))
        motion = draft.motions[best].text
        c, f = body_cosine(motion, ref["motion"]), word_f1(motion, ref["motion"])
        verdict = complete(motion)
        ok = problem(motion) is None and verdict is None and (c >= threshold or f >= 0.5)
        r = recall(draft, best, ref["key_points"])
        rows.append((True, ok, r, fragments, False, seconds, refused, judged))
        print(f"{ref['essay'][-34:]:34} {ref['split']:8} {seconds:5.2f} {c:5.2f} {f:5.2f} "
              f"{'yes' if ok else 'no':>3} {r:6.2f}  {motion[:80]}"
              + (f"  [judged incomplete: {verdict}]" if verdict else ""))
    for group in ("speeches", "broader", "whole"):
        for split in ("dev", "held-out"):
            rows = [row for (g, s), rs in table.items() if s == split and group in (g, "whole") for row in rs]
            _summary(f"{group} {split}", rows)
    refused_references(refs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--long-words", type=int, default=30_000, help="size of the long essay (words)")
    parser.add_argument(
        "--texts", choices=("all", "speeches", "broader"), default="all",
        help="corpus texts to measure: all, the State of the Union set only, or the broader texts only "
        "(the 'matches' threshold is pinned, MATCH_COSINE)",
    )
    parser.add_argument(
        "--split", choices=("all", "dev", "held-out"), default="all",
        help="corpus rows to measure: all, dev only (tune without touching held-out rows), or held-out",
    )
    parser.add_argument("--corpus-only", action="store_true", help="skip the test essays and the long essay")
    args = parser.parse_args()
    refs = {r["essay"]: r for r in yaml.safe_load(REFS.read_text(encoding="utf-8"))}
    paths = sorted(p for p in ESSAYS.iterdir() if p.suffix in (".txt", ".md", ".html") and p.stem != "README")
    paths += [essay_path(n) for n in refs if n.startswith("../")]
    get_encoder().encode(["warm up"])  # load the model before timing
    print(f"encoder: {get_encoder().name}; motion parse (the `parse` extra): "
          f"{'on' if parse_available() else 'off'}")
    header = (f"{'essay':42} {'words':>6} {'ms':>7} {'motions':>7} {'cos':>5} {'F1':>5} {'recall':>6} "
              f"{'lifted':>6}")
    print(header + "  first motion")
    cosines, f1s, recalls, lifts = [], [], [], []
    for path in [] if args.corpus_only else paths:
        if not path.exists():
            print(f"{path.name:42} (absent, skipped)")
            continue
        text = path.read_text(encoding="utf-8")
        try:
            draft, seconds = timed(text, path.name)
        except EssayError as exc:
            print(f"{path.name:42} {len(text.split()):>6} {'':>7} {'-':>7}  refused: {str(exc)[:50]}")
            continue
        if not draft.motions:
            print(f"{path.name:42} {len(text.split()):>6} {seconds * 1000:7.0f} {0:>7}  no clear proposal")
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
    if CORPUS_REFS.exists():
        texts = yaml.safe_load(CORPUS_REFS.read_text(encoding="utf-8"))
        if args.texts != "all":
            texts = [r for r in texts if ("source" in r) == (args.texts == "broader")]
        if args.split != "all":
            texts = [r for r in texts if r["split"] == args.split]
        corpus(texts)
    if args.corpus_only:
        return 0
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
