"""Plain-text rendering of a drawn motion and a scorecard, for the terminal and `--text` output."""

from __future__ import annotations

import textwrap

from bot.card_render import WIDTH, layout, plain, rubric_title
from bot.motions import SIDE_LABELS, Motion
from bot.scoring.card import Scorecard


def _wrap(text: str, indent: str = "", first: str | None = None) -> list[str]:
    return textwrap.wrap(
        " ".join(text.split()), WIDTH, initial_indent=indent if first is None else first,
        subsequent_indent=indent,
    ) or [first if first is not None else indent]


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


def render_scorecard(card: Scorecard, *, late: bool = False) -> str:
    """The whole scorecard as plain text: the same lines as Telegram's full feedback."""
    return plain(layout(card, detail="card", late=late))


__all__ = ["render_motion", "render_scorecard", "rubric_title"]
