"""A spoken speech's delivery informs the rubric's manner (or style) criterion.

Adjudicators mark manner by ear, so where a rubric has such a criterion (Australs' Manner, WSDC's
Style) the delivery figures of a spoken speech move its band: each problem an adjudicator would
hear (a pace outside the comfortable range, many fillers, several long pauses, running over
time) is named, and one or two of them lower the band a step, three or more two steps (never
below 1); the criterion's points and the total follow the band, and its next step becomes the
delivery habit to fix. A clean delivery leaves the band as the text earned it. Written speeches
have no delivery and are never touched. Plain values in and out: no database, no Telegram.
`bot.voice.delivery.with_delivery` calls it, so every spoken path (Telegram solo and club, the
terminal's --audio) gets it.
"""

from __future__ import annotations

from dataclasses import replace

from bot.rubric import BAND_FLOORS, RubricError, load_rubric
from bot.scoring.card import Advice, CriterionScore, Scorecard
from bot.voice.delivery import COMFORTABLE_WPM, OVERTIME_GRACE_SECONDS, Delivery

MANNER_CRITERIA = ("manner", "style")  # criterion ids that judge how a speech is delivered
FILLERS_PER_MINUTE = 2.0  # at least this many (and MIN_FILLERS in all) is "many"
MIN_FILLERS = 3
MANY_PAUSES = 2  # long pauses (bot.voice.delivery.LONG_PAUSE_SECONDS) that an adjudicator notices
MANNER_KEY = "manner"  # in extras["delivery"]: the sentence saying how delivery moved the criterion


def problems(d: Delivery) -> list[tuple[str, str]]:
    """(what an adjudicator hears, what to practise) for each delivery problem, in that order:
    pace, fillers, pauses, time."""
    found: list[tuple[str, str]] = []
    low, high = COMFORTABLE_WPM
    if d.words and not low <= d.wpm <= high:
        found.append((f"a pace of {d.wpm:.0f} words a minute ({low}–{high} is comfortable)",
                      "slow down on your key lines" if d.wpm > high else "pick up the pace"))
    minutes = max(d.spoken_seconds / 60, 1 / 60)
    if d.filler_count >= MIN_FILLERS and d.filler_count / minutes >= FILLERS_PER_MINUTE:
        found.append((f"{d.filler_count} fillers ({d.filler_count / minutes:.1f} a minute)",
                      "replace fillers with a brief pause"))
    if len(d.long_pauses) >= MANY_PAUSES:
        found.append((f"{len(d.long_pauses)} long pauses", "keep a signpost ready so you never stall"))
    if d.spoken_seconds > d.allowed_seconds + OVERTIME_GRACE_SECONDS:
        found.append(("running over time", "finish within your time"))
    return found


def _middle(band: int) -> float:
    """A typical quality for a band (the middle of its range of qualities)."""
    edges = (0.0, *BAND_FLOORS, 1.0)
    return (edges[band - 1] + edges[band]) / 2


def inform_manner(card: Scorecard, delivery: Delivery) -> Scorecard:
    """The card with its manner criterion informed by the delivery (unchanged if the rubric has
    no manner criterion or the delivery has no problem)."""
    index = next((i for i, c in enumerate(card.criteria) if c.id in MANNER_CRITERIA), None)
    heard = problems(delivery)
    if index is None or not heard or MANNER_KEY in card.extras.get("delivery", {}):  # once per card
        return card
    try:
        rubric = load_rubric(card.rubric)
    except (RubricError, OSError):
        return card
    rule = rubric.criterion(card.criteria[index].id)
    if rule is None:
        return card
    old = card.criteria[index]
    band = max(1, old.band - (2 if len(heard) >= 3 else 1))
    said = "; ".join(what for what, _ in heard)
    step = "Delivery: " + ", and ".join(fix for _, fix in heard) + "."
    if band == old.band:
        note = f" Delivery: {said} (already the lowest band)."
        sentence = f"{old.name} heard {said}; it is already at its lowest band."
    else:
        note = f" Delivery: {said}, so the band drops from {old.band} to {band}."
        sentence = f"{old.name} heard {said}, so its band drops from {old.band} to {band}."
    lost = rule.weight * (rubric.points_for(_middle(old.band)) - rubric.points_for(_middle(band)))
    heading_old, heading_new = rule.bands.get(old.band, ""), rule.bands.get(band, "")
    reason = old.reason
    if heading_old and reason.startswith(heading_old):
        reason = heading_new + reason[len(heading_old):]
    moved = replace(old, band=band, points=round(max(0.0, old.points - lost), 1),
                    reason=(reason + note).strip(), next_step=step)
    criteria = (*card.criteria[:index], moved, *card.criteria[index + 1:])
    total = rubric.round(card.total - lost)
    extras = {**card.extras, "delivery": {**card.extras.get("delivery", {}), MANNER_KEY: sentence}}
    total_band = rubric.total_band(total)
    if total_band is not None and "total_band" in extras:
        extras["total_band"] = total_band.label
    return replace(card, criteria=criteria, total=total, extras=extras,
                   fix_first=_restep(card.fix_first, moved),
                   next_steps=tuple(a for a in (_restep(a, moved) for a in card.next_steps) if a))


def _restep(advice: Advice | None, moved: CriterionScore) -> Advice | None:
    """Advice about the manner criterion now names the delivery habit to fix."""
    if advice is None or advice.criterion != moved.name:
        return advice
    return replace(advice, text=moved.next_step)
