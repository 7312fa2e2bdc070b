"""Plain-text rendering of a drawn motion and a scorecard, for the terminal and `--text` output."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable

from bot.motions import SIDE_LABELS, Motion
from bot.scoring.card import FLAGS, CriterionScore, Scorecard, with_sentence
from bot.scoring.feedback import NO_STRENGTH

WIDTH = 80
PLACEHOLDER_STEPS = ("Nothing to add here.",)


def strength_of(criterion: CriterionScore) -> str:
    """The criterion's quoted strength, or "" when the scorer found none to quote."""
    text = criterion.strength.strip()
    return "" if text == NO_STRENGTH else text


def shared_step(card: Scorecard) -> str:
    """A next step the scorer gave to several criteria (a flag's advice, e.g. argue your side):
    the card says it once, first, instead of under every criterion."""
    steps = [c.next_step.strip() for c in card.criteria if c.next_step.strip()]
    repeated = [s for s in dict.fromkeys(steps) if steps.count(s) > 1 and s not in PLACEHOLDER_STEPS]
    return repeated[0] if repeated else ""


def step_of(criterion: CriterionScore, shared: str = "") -> str:
    """The criterion's own next step: "" when it is the shared one or a placeholder."""
    text = criterion.next_step.strip()
    return "" if text in (shared, *PLACEHOLDER_STEPS) else text


def rubric_title(rubric_id: str) -> str:
    """The rubric's display name ("World Schools (WSDC)"), or its id if it no longer loads."""
    try:
        from bot.rubric import load_rubric

        return load_rubric(rubric_id).name
    except Exception:  # an unknown or club rubric file: show what was stored
        return rubric_id


def _wrap(text: str, indent: str = "", first: str | None = None) -> list[str]:
    return textwrap.wrap(
        " ".join(text.split()), WIDTH, initial_indent=indent if first is None else first,
        subsequent_indent=indent,
    ) or [first if first is not None else indent]


def _number(value: float) -> str:
    return f"{value:.1f}".removesuffix(".0")


def _bullets(title: str, items: Iterable[str], mark: str) -> list[str]:
    items = list(items)
    if not items:
        return []
    lines = ["", title]
    for item in items:
        lines += _wrap(item, "    ", f"  {mark} ")
    return lines


def render_motion(motion: Motion, side: str, side_reason: str, target_words: tuple[int, int]) -> str:
    """The motion card shown before prep: motion, context, definitions, source, side and why."""
    lines = ["=" * WIDTH, *_wrap(motion.text, "  ", "MOTION  "), "=" * WIDTH]
    if motion.info_slide:
        lines += ["", "Info slide:", *_wrap(motion.info_slide, "  ")]
    if motion.definitions:
        lines += ["", "Definitions:"]
        for term, meaning in motion.definitions.items():
            lines += _wrap(f"{term}: {meaning}", "    ", "  ")
    if motion.source.title and motion.id != "custom":
        lines += ["", *_wrap(f"From: {motion.source.citation()}", "  ")]
    low, high = target_words
    lines += [
        "", f"Your side: {SIDE_LABELS.get(side, side).upper()}", *_wrap(side_reason, "  "),
        f"Aim for {low}–{high} words.",
    ]
    return "\n".join(lines)


def _total_band(card: Scorecard) -> str:
    """The speaker-scale band the total falls in, when the rubric names one."""
    try:
        from bot.rubric import load_rubric

        band = load_rubric(card.rubric).total_band(card.total)
    except Exception:  # an unknown or club rubric: the card still renders without a band
        return ""
    return f" ({band.label})" if band else ""


def render_scorecard(card: Scorecard, *, late: bool = False) -> str:
    """The whole scorecard as plain text: total, every criterion, key points, flags."""
    low, high = card.scale
    lines = [
        "-" * WIDTH,
        f"SCORECARD  ·  {SIDE_LABELS.get(card.side, card.side)}  ·  rubric: {rubric_title(card.rubric)}",
        *_wrap(card.motion, "  "),
        "-" * WIDTH,
        f"Total: {_number(card.total)} on a {_number(low)}–{_number(high)} scale{_total_band(card)}",
    ]
    if late:
        lines.append("Handed in late: past the speaking time after prep.")
    if card.flags:
        lines += ["", "Flags:"]
        for flag in card.flags:
            lines += _wrap(f"Your speech {FLAGS.get(flag, flag.replace('_', ' '))}.", "    ", "  ! ")
    shared = shared_step(card)
    if shared:
        lines += ["", *_wrap(shared, " " * len("Fix first: "), "Fix first: ")]
    for c in card.criteria:
        lines += ["", f"{c.name}: band {c.band}/5, {_number(c.points)} points"]
        lines += _wrap(c.reason, "      ", "  Why:  ")
        if strength_of(c):
            lines += _wrap(strength_of(c), "      ", "  Good: ")
        if step_of(c, shared):
            lines += _wrap(step_of(c, shared), "      ", "  Next: ")
    lines += _bullets("Key points you made:", with_sentence(card, card.key_points_made), "+")
    lines += _bullets("Key points you missed:", card.key_points_missed, "-")
    lines += _bullets("Opposing points you answered:", with_sentence(card, card.opposing_answered), "✓")
    lines += _bullets("Opposing points left standing:", card.opposing_standing, "!")
    if card.scorer_version:
        lines += ["", f"(scorer {card.scorer_version})"]
    lines.append("-" * WIDTH)
    return "\n".join(lines)


__all__ = ["render_motion", "render_scorecard", "rubric_title", "shared_step", "step_of", "strength_of"]
