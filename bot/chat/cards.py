"""Telegram HTML for looking back: scorecards (short and full), history and stats.

Every string from the speech, the scorer or the bank goes through `esc`/`quote`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence

from bot.practice import Attempt, Stats
from bot.rubric import load_rubric
from bot.scoring.card import FLAGS, CriterionScore, Scorecard, with_sentence
from bot.text_render import rubric_title, shared_step, step_of, strength_of

from .render import esc, number, quote, side_label

SPARKS = "▁▂▃▄▅▆▇█"


def _band(c: CriterionScore) -> str:
    return "●" * c.band + "○" * (5 - c.band)


def _total_line(card: Scorecard) -> str:
    low, high = card.scale
    band = ""
    try:
        found = load_rubric(card.rubric).total_band(card.total)
        band = f" — {esc(found.label)}" if found else ""
    except Exception:  # a rubric that no longer loads: the card shows without its band label
        band = ""
    return f"<b>Total: {number(card.total)}</b> on {number(low)}–{number(high)}{band}"


def _strongest(card: Scorecard) -> CriterionScore | None:
    """The best criterion with a strength to quote; none when every band is the lowest."""
    with_strength = [c for c in card.criteria if strength_of(c) and c.band >= 2]
    return max(with_strength, key=lambda c: (c.band, c.points), default=None)


def _fix_next(card: Scorecard) -> str:
    """The one thing to practise: advice the scorer gave every criterion (e.g. argue your
    side) comes first; otherwise the weakest criterion's own next step, named."""
    shared = shared_step(card)
    if shared:
        return f"🎯 <b>Fix next</b>: {quote(shared)}"
    with_step = [c for c in card.criteria if step_of(c)]
    weakest = min(with_step, key=lambda c: (c.band, c.points), default=None)
    if weakest is None:
        return ""
    return f"🎯 <b>Fix next</b> ({esc(weakest.name)}): {quote(step_of(weakest))}"


def _list(title: str, items: Iterable[str], mark: str, limit: int | None = None) -> str:
    items = list(items)
    if not items:
        return ""
    shown = items if limit is None else items[:limit]
    more = f"\n   …and {len(items) - len(shown)} more" if len(items) > len(shown) else ""
    return f"<b>{title}</b>\n" + "\n".join(f"{mark} {quote(i, 320)}" for i in shown) + more


def _flags(card: Scorecard) -> str:
    if not card.flags:
        return ""
    return "\n".join(f"⚠️ Your speech {esc(FLAGS.get(f, f.replace('_', ' ')))}." for f in card.flags)


def scorecard(card: Scorecard, attempt: Attempt) -> str:
    """The short card: total, a band per criterion, strongest point, the fix, points, flags."""
    head = (f"🏅 <b>Scorecard</b> · {esc(side_label(card.side))} · {esc(rubric_title(card.rubric))}\n"
            f"<i>{quote(card.motion, 200)}</i>")
    criteria = "\n".join(f"{_band(c)} {esc(c.name)} {c.band}/5" for c in card.criteria)
    blocks = [head, _total_line(card), criteria, _flags(card)]
    if attempt.late:
        blocks.append("⌛ Handed in after the speaking time.")
    best = _strongest(card)
    if best:
        blocks.append(f"💪 <b>Strongest</b> ({esc(best.name)}): {quote(strength_of(best))}")
    blocks.append(_fix_next(card))
    blocks.append(_list("Key points you made", card.key_points_made, "✅", 3))
    blocks.append(_list("Key points you missed", card.key_points_missed, "➕", 3))
    blocks.append(_list("Opposing points left standing", card.opposing_standing, "❗", 3))
    return "\n\n".join(b for b in blocks if b)


def full_feedback(card: Scorecard, attempt: Attempt) -> str:
    """Every criterion's reason, strength and next step, and every point (may need splitting)."""
    blocks = [f"📋 <b>Full feedback</b> · {esc(side_label(card.side))}\n<i>{quote(card.motion, 300)}</i>",
              _total_line(card), _flags(card)]
    shared = shared_step(card)
    if shared:
        blocks.append(f"🎯 <b>Fix first</b>: {quote(shared, 600)}")
    for c in card.criteria:
        lines = [f"<b>{esc(c.name)}</b> {_band(c)} {c.band}/5 · {number(c.points)} points"]
        if c.reason:
            lines.append(f"Why: {quote(c.reason, 600)}")
        if strength_of(c):
            lines.append(f"Good: {quote(strength_of(c), 600)}")
        if step_of(c, shared):
            lines.append(f"Next: {quote(step_of(c, shared), 600)}")
        blocks.append("\n".join(lines))
    blocks.append(_list("Key points you made", with_sentence(card, card.key_points_made), "✅"))
    blocks.append(_list("Key points you missed", card.key_points_missed, "➕"))
    blocks.append(_list("Opposing points you answered", with_sentence(card, card.opposing_answered), "🛡"))
    blocks.append(_list("Opposing points left standing", card.opposing_standing, "❗"))
    if card.scorer_version:
        blocks.append(f"<i>scorer {esc(card.scorer_version)}</i>")
    return "\n\n".join(b for b in blocks if b)


def scoring_failed(message: str) -> str:
    """The scorer broke; the speech is kept."""
    return f"😕 {esc(message)}"


# ------------------------------------------------------------------ history and stats


def _when(timestamp: float | None) -> str:
    if timestamp is None:
        return ""
    return dt.datetime.fromtimestamp(timestamp, dt.UTC).strftime("%d %b")


def history(attempts: Sequence[Attempt]) -> str:
    """Recent speeches, newest first."""
    if not attempts:
        return "No speeches yet. Send /practice to draw your first motion."
    lines = ["<b>Your recent speeches</b> (tap one to see its scorecard)"]
    for a in attempts:
        score = f"{number(a.card.total)}" if a.card else "not scored yet"
        lines.append(f"#{a.id} · {_when(a.submitted_at)} · {esc(side_label(a.side))} · {score}\n"
                     f"   {quote(a.motion_text, 120)}")
    return "\n".join(lines)


MOTION_OPENING = re.compile(r"^this house (would|believes that|believes|regrets|prefers|supports)\s+", re.I)
LABEL_WORDS = 40


def history_label(attempt: Attempt) -> str:
    """A short button label for one attempt: the motion without "This House believes that",
    which every motion shares and which would leave all the buttons alike."""
    score = number(attempt.card.total) if attempt.card else "not scored"
    gist = MOTION_OPENING.sub("", " ".join(attempt.motion_text.split())).rstrip(".")
    gist = gist[:1].upper() + gist[1:]
    if len(gist) > LABEL_WORDS:
        gist = gist[:LABEL_WORDS - 1].rstrip() + "…"
    return f"#{attempt.id} · {score} · {gist}"


def _criterion_most(rubric_id: str | None) -> dict[str, float]:
    """The most points each criterion of the rubric can earn, by criterion name."""
    if not rubric_id:
        return {}
    try:
        rubric = load_rubric(rubric_id)
    except Exception:  # a rubric that no longer loads: averages show without their maximum
        return {}
    return {c.name: rubric.criterion_range(c)[1] for c in rubric.criteria}


def stats(result: Stats, rubric_id: str | None = None) -> str:
    """Attempts, averages per criterion (out of the most `rubric_id` gives each), sides, trend."""
    if not result.attempts:
        return "No speeches yet, so no stats. Send /practice to start."
    lines = [
        "📈 <b>Your progress</b>",
        f"Speeches: {result.attempts} ({result.scored} scored)",
        f"Sides: Proposition {result.prop} · Opposition {result.opp}",
    ]
    if result.average_total is not None:
        lines.append(f"Average total: <b>{number(result.average_total)}</b>")
    if result.per_criterion:
        lines.append("\n<b>Average points per criterion</b>")
        most = _criterion_most(rubric_id)
        lines += [f"• {esc(name)}: {number(points)}" + (f" of {number(most[name])}" if name in most else "")
                  for name, points in result.per_criterion.items()]
    if len(result.trend) >= 2:
        low, high = min(result.trend), max(result.trend)
        span = (high - low) or 1.0
        spark = "".join(SPARKS[round((t - low) / span * (len(SPARKS) - 1))] for t in result.trend)
        first, last = number(result.trend[0]), number(result.trend[-1])
        lines.append(f"\nTrend (last {len(result.trend)}): {spark}  {first} → {last}")
    return "\n".join(lines)
