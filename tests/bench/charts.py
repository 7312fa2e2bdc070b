"""Benchmark: drawing the progress chart (/progress, `debate-bot progress --out`).

    python tests/bench/charts.py [--speeches 50] [--runs 20]

Prints the time to draw one chart (first, and p50 of the next runs), its size in bytes, and how
much the process's peak memory grows from importing matplotlib and drawing. A script, not a test.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bot.practice import Progress  # noqa: E402


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--speeches", type=int, default=50)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args(argv)
    n = args.speeches
    progress = Progress(
        totals=tuple((float(k), 40 + (k * 7) % 45, "prop" if k % 2 else "opp") for k in range(n)),
        criteria={name: tuple(float(30 + (k * s) % 60) for k in range(n))
                  for s, name in enumerate(("Relevance and side", "Reasoning", "Evidence", "Engagement",
                                            "Impact and weighing", "Structure", "Clarity"), start=3)},
        drills={"rebuttal": (12, 7), "case": (5, 3), "weighing": (4, 2)},
    )
    before = peak_mb()
    from bot.charts import progress_png

    started = time.perf_counter()
    size = len(progress_png(progress))
    first = time.perf_counter() - started
    times = []
    for _ in range(args.runs):
        started = time.perf_counter()
        progress_png(progress)
        times.append(time.perf_counter() - started)
    print(f"chart of {n} speeches: first {first * 1000:.0f} ms (imports matplotlib), then p50 "
          f"{statistics.median(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms; {size:,} bytes")
    print(f"peak memory: {before:.0f} MB before, {peak_mb():.0f} MB after (+{peak_mb() - before:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
