"""Progress as a picture: one PNG, readable on a phone, drawn with matplotlib's headless backend.

Four panels: totals over time on one 0–100 scale (with the running average), each criterion's
trend, speeches per side, and drill results. Text versions of the same figures are in
`progress_lines`, for the terminal and as the photo's caption.
"""

from __future__ import annotations

import io

from bot.practice import Progress

SPARKS = "▁▂▃▄▅▆▇█"
SIDE_NAMES = {"prop": "Proposition", "opp": "Opposition"}
DRILL_NAMES = {"rebuttal": "Rebuttal", "case": "Case building", "weighing": "Weighing"}
TREND_LENGTH = 12  # speeches shown in a text trend
STANDINGS_SHOWN = 25  # members on the standings chart


def spark(values: list[float] | tuple[float, ...]) -> str:
    """A one-line trend of 0–100 values."""
    return "".join(SPARKS[min(len(SPARKS) - 1, max(0, round(v / 100 * (len(SPARKS) - 1))))] for v in values)


def progress_lines(progress: Progress) -> list[str]:
    """The chart's figures as short text lines: totals, each criterion, sides, drills."""
    if progress.empty:
        return ["No scored speeches or drills yet, so there is no progress to show. Practise first."]
    lines = []
    totals = [t for _, t, _ in progress.totals]
    if totals:
        recent = totals[-TREND_LENGTH:]
        average = sum(totals) / len(totals)
        lines.append(f"Totals (0–100, last {len(recent)}): {spark(recent)}  "
                     f"{recent[0]:.0f} → {recent[-1]:.0f}  (average {average:.0f})")
        for name, marks in progress.criteria.items():
            shown = marks[-TREND_LENGTH:]
            lines.append(f"  {name}: {spark(shown)}  {shown[-1]:.0f}")
        sides = {side: sum(1 for *_, s in progress.totals if s == side) for side in SIDE_NAMES}
        lines.append("Sides: " + " · ".join(f"{SIDE_NAMES[s]} {n}" for s, n in sides.items()))
    if progress.drills:
        lines.append("Drills: " + " · ".join(f"{DRILL_NAMES.get(k, k)} {passed}/{done} passed"
                                             for k, (done, passed) in progress.drills.items()))
    return lines


def progress_png(progress: Progress) -> bytes:
    """The progress chart as PNG bytes (about 900 × 1000 pixels)."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot as plt

    figure, axes = plt.subplots(2, 2, figsize=(6, 6.6), dpi=150,
                                gridspec_kw={"height_ratios": [1.3, 1]}, layout="constrained")
    try:
        _totals(axes[0][0], progress)
        _criteria(axes[0][1], progress)
        _sides(axes[1][0], progress)
        _drills(axes[1][1], progress)
        figure.suptitle("Your progress (one 0–100 scale)", fontsize=11)
        out = io.BytesIO()
        figure.savefig(out, format="png")
        return out.getvalue()
    finally:
        plt.close(figure)


def standings_png(rows: list[tuple[str, float, int, int]]) -> bytes:
    """A club's standings as PNG bytes: each member's average score on 0–100 (bands 1–5 spread
    over the scale), labelled with wins and rounds; `rows` is (name, average 0–100, wins, rounds),
    best first."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot as plt

    shown = rows[:STANDINGS_SHOWN]
    height = max(2.5, 0.4 * len(shown) + 1.2)
    figure, ax = plt.subplots(figsize=(6, height), dpi=150, layout="constrained")
    try:
        names = [name[:20] for name, *_ in shown][::-1]
        values = [average for _, average, *_ in shown][::-1]
        bars = ax.barh(names, values, color="#4c72b0")
        for bar, (_, _, wins, rounds) in zip(bars, shown[::-1], strict=True):
            ax.text(bar.get_width() + 1, bar.get_y() + bar.get_height() / 2, f"{wins} wins / {rounds} rounds",
                    va="center", fontsize=6)
        ax.set_xlim(0, 115)
        ax.set_xlabel("average score (0–100)", fontsize=7)
        ax.set_title("Club standings", fontsize=10)
        ax.tick_params(labelsize=7)
        out = io.BytesIO()
        figure.savefig(out, format="png")
        return out.getvalue()
    finally:
        plt.close(figure)


def _totals(ax, progress: Progress) -> None:  # type: ignore[no-untyped-def]
    totals = [t for _, t, _ in progress.totals]
    numbers = list(range(1, len(totals) + 1))
    ax.plot(numbers, totals, marker="o", markersize=3, linewidth=1.2, label="total")
    if len(totals) >= 3:
        windows = [totals[max(0, k - 2): k + 1] for k in range(len(totals))]
        running = [sum(w) / len(w) for w in windows]
        ax.plot(numbers, running, linewidth=2, alpha=0.6, label="average of 3")
        ax.legend(fontsize=6, loc="lower right")
    ax.set_ylim(0, 100)
    ax.set_title("Totals", fontsize=9)
    ax.set_xlabel("speech", fontsize=7)
    ax.tick_params(labelsize=6)
    ax.grid(alpha=0.3)


def _criteria(ax, progress: Progress) -> None:  # type: ignore[no-untyped-def]
    for name, marks in progress.criteria.items():
        ax.plot(range(1, len(marks) + 1), marks, linewidth=1, marker=".", markersize=3, label=name[:18])
    ax.set_ylim(0, 100)
    ax.set_title("Each criterion", fontsize=9)
    ax.tick_params(labelsize=6)
    ax.grid(alpha=0.3)
    if progress.criteria:
        ax.legend(fontsize=5, loc="lower left", ncol=2)


def _sides(ax, progress: Progress) -> None:  # type: ignore[no-untyped-def]
    counts = [sum(1 for *_, s in progress.totals if s == side) for side in SIDE_NAMES]
    ax.bar(list(SIDE_NAMES.values()), counts, color=["#4c72b0", "#dd8452"])
    ax.set_title("Speeches per side", fontsize=9)
    ax.tick_params(labelsize=7)


def _drills(ax, progress: Progress) -> None:  # type: ignore[no-untyped-def]
    kinds = list(progress.drills)
    done = [progress.drills[k][0] for k in kinds]
    passed = [progress.drills[k][1] for k in kinds]
    labels = [DRILL_NAMES.get(k, k) for k in kinds]
    ax.bar(labels, done, color="#cccccc", label="done")
    ax.bar(labels, passed, color="#55a868", label="passed")
    ax.set_title("Drills", fontsize=9)
    ax.tick_params(labelsize=7)
    if kinds:
        ax.legend(fontsize=6)
    else:
        ax.text(0.5, 0.5, "no drills yet", ha="center", va="center", fontsize=8, transform=ax.transAxes)
