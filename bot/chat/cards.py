"""Telegram HTML for looking back: scorecards (short and full), history and stats.

Every string from the speech, the scorer or the bank goes through `esc`/`quote`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from bot.card_render import html as card_html
from bot.card_render import layout
from bot.practice import Attempt, Stats
from bot.practice.progress import SCALE_NOTE, total_on_one_scale
from bot.scoring.card import Scorecard

from .render import esc, number, quote, side_label

SPARKS = "▁▂▃▄▅▆▇█"


def scorecard(card: Scorecard, attempt: Attempt) -> str:
    """The short card: total, a band per criterion, fix first, next steps, the strongest moment,
    key points (three of each)."""
    return card_html(layout(card, detail="short", late=attempt.late, title="🏅 Scorecard"), limit=320)


def full_feedback(card: Scorecard, attempt: Attempt) -> str:
    """The whole card, as the terminal shows it: each criterion's reason, every point with the
    sentence that made it (may need splitting)."""
    return card_html(layout(card, detail="full", late=attempt.late, title="📋 Full feedback"))


def scoring_failed(message: str) -> str:
    """The scorer broke; the speech is kept."""
    return f"😕 {esc(message)}"


# ------------------------------------------------------------------ history and stats


def _when(timestamp: float | None) -> str:
    if timestamp is None:
        return ""
    return dt.datetime.fromtimestamp(timestamp, dt.UTC).strftime("%d %b")


def _shared_total(card: Scorecard, attempt: Attempt) -> float:
    return total_on_one_scale(card.total, attempt.rubric or card.rubric, card.scale)


def on_one_scale(attempt: Attempt) -> str:
    """The attempt's total on the shared 0–100 scale, and the rubric's own figure when it differs."""
    if attempt.card is None:
        return "not scored yet"
    card, shared = attempt.card, _shared_total(attempt.card, attempt)
    own = "" if number(shared) == number(card.total) else f" ({number(card.total)} on {esc(card.rubric)})"
    return f"{number(shared)}/100{own}"


def history(attempts: Sequence[Attempt]) -> str:
    """Recent speeches, newest first, totals on one 0–100 scale."""
    if not attempts:
        return "No speeches yet. Send /practice to draw your first motion."
    lines = ["<b>Your recent speeches</b> (tap one to see its scorecard)"]
    for a in attempts:
        lines.append(f"#{a.id} · {_when(a.submitted_at)} · {esc(side_label(a.side))} · {on_one_scale(a)}\n"
                     f"   {quote(a.motion_text, 120)}")
    lines.append(f"<i>{esc(SCALE_NOTE)} Each card keeps its rubric's own figure.</i>")
    return "\n".join(lines)


MOTION_OPENING = re.compile(r"^this house (would|believes that|believes|regrets|prefers|supports)\s+", re.I)
LABEL_WORDS = 40


def history_label(attempt: Attempt) -> str:
    """A short button label for one attempt: the motion without "This House believes that",
    which every motion shares and which would leave all the buttons alike."""
    score = number(_shared_total(attempt.card, attempt)) if attempt.card else "not scored"
    gist = MOTION_OPENING.sub("", " ".join(attempt.motion_text.split())).rstrip(".")
    gist = gist[:1].upper() + gist[1:]
    if len(gist) > LABEL_WORDS:
        gist = gist[:LABEL_WORDS - 1].rstrip() + "…"
    return f"#{attempt.id} · {score} · {gist}"


def stats(result: Stats) -> str:
    """Attempts, sides, and on one 0–100 scale: the average total, each criterion, the trend."""
    if not result.attempts:
        return "No speeches yet, so no stats. Send /practice to start."
    lines = [
        "📈 <b>Your progress</b>",
        f"Speeches: {result.attempts} ({result.scored} scored)",
        f"Sides: Proposition {result.prop} · Opposition {result.opp}",
    ]
    if result.average_total is not None:
        lines.append(f"Average total: <b>{number(result.average_total)}</b> of 100")
    if result.per_criterion:
        lines.append("\n<b>Average per criterion</b> (of 100)")
        lines += [f"• {esc(name)}: {number(points)}" for name, points in result.per_criterion.items()]
        lines.append(f"Weakest: {esc(result.weakest)}. /drill practises it.")
    if len(result.trend) >= 2:
        low, high = min(result.trend), max(result.trend)
        span = (high - low) or 1.0
        spark = "".join(SPARKS[round((t - low) / span * (len(SPARKS) - 1))] for t in result.trend)
        first, last = number(result.trend[0]), number(result.trend[-1])
        lines.append(f"\nTrend (last {len(result.trend)}): {spark}  {first} → {last}")
    lines.append(f"\n<i>{esc(SCALE_NOTE)} Each card keeps its rubric's own figure.</i>")
    return "\n".join(lines)
