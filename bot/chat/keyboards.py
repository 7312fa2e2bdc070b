"""Inline keyboards of solo practice and the callback data behind their buttons.

Callback data is "pr:<action>" or "pr:<action>:<argument>" (under Telegram's 64 bytes); other
features use their own prefix (e.g. "club:"), so each module's CallbackQueryHandler pattern
sees only its own buttons. Every action's argument has a typed layout in bot/chat/callback_data.py,
which parses presses; `data` refuses to build a button that would not parse.
"""

from __future__ import annotations

from collections.abc import Sequence

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.text_render import rubric_title

from .callback_data import parse

PREFIX = "pr"
PATTERN = rf"^{PREFIX}:"
PREP_CHOICES = (0, 5, 10, 15, 20)

# Actions
START_PREP = "prep"
READY = "ready"
REDRAW = "redraw"
SUBMIT = "submit"
RETRY = "retry"
NEW_MOTION = "new"
FULL_CARD = "full"
OPEN_ATTEMPT = "open"
FORGET_YES = "forget-yes"
FORGET_NO = "forget-no"
SET_PREP = "set-prep"
SET_RUBRIC = "set-rubric"


def data(action: str, argument: object | None = None) -> str:
    """The callback data for an action (and its argument)."""
    text = f"{PREFIX}:{action}" if argument is None else f"{PREFIX}:{action}:{argument}"
    if parse(text) is None:
        raise ValueError(f"callback data fits no layout in bot/chat/callback_data.py: {text!r}")
    return text


def _action(button: InlineKeyboardButton) -> str | None:
    press = parse(str(button.callback_data))
    return press.action if press is not None else None


def _button(label: str, action: str, argument: object | None = None) -> InlineKeyboardButton:
    return InlineKeyboardButton(label, callback_data=data(action, argument))


def motion_card(attempt_id: int, prep_minutes: float) -> InlineKeyboardMarkup:
    """Under a drawn motion: start prep, skip to speaking, or draw another."""
    rows = []
    if prep_minutes > 0:
        rows.append([_button(f"⏱ Start prep ({prep_minutes:g} min)", START_PREP, attempt_id)])
    rows.append([_button("🎤 I'm ready to speak", READY, attempt_id)])
    rows.append([_button("🔀 Another motion", REDRAW, attempt_id)])
    return InlineKeyboardMarkup(rows)


def prepping(attempt_id: int) -> InlineKeyboardMarkup:
    """While prep runs: stop early and speak."""
    return InlineKeyboardMarkup([[_button("🎤 I'm ready to speak", READY, attempt_id)]])


def speech_draft() -> InlineKeyboardMarkup:
    """Under the acknowledgement of a speech part: hand the speech in."""
    return InlineKeyboardMarkup([[_button("✅ Submit speech", SUBMIT)]])


def scorecard(attempt_id: int, *, full_shown: bool = False) -> InlineKeyboardMarkup:
    """Under a scorecard: the full feedback, the same motion again, or a new one."""
    rows = [] if full_shown else [[_button("📋 Full feedback", FULL_CARD, attempt_id)]]
    rows.append([_button("🔁 Try again", RETRY, attempt_id), _button("🆕 New motion", NEW_MOTION)])
    return InlineKeyboardMarkup(rows)


def after_next_motion(markup: InlineKeyboardMarkup | None) -> InlineKeyboardMarkup | None:
    """A scorecard's keyboard once its Try again / New motion was used: Full feedback stays."""
    rows = [[b for b in row if _action(b) == FULL_CARD]
            for row in (markup.inline_keyboard if markup else ())]
    rows = [row for row in rows if row]
    return InlineKeyboardMarkup(rows) if rows else None


def history(attempts: Sequence[tuple[int, str]]) -> InlineKeyboardMarkup | None:
    """One button per (attempt id, label) to open that speech's card again."""
    if not attempts:
        return None
    return InlineKeyboardMarkup([[_button(label, OPEN_ATTEMPT, aid)] for aid, label in attempts])


def forget() -> InlineKeyboardMarkup:
    """Confirm or keep: deleting everything cannot be undone."""
    return InlineKeyboardMarkup([
        [_button("🗑 Yes, delete everything", FORGET_YES)],
        [_button("Keep my data", FORGET_NO)],
    ])


def settings(prep_minutes: float, rubric: str, rubrics: Sequence[str]) -> InlineKeyboardMarkup:
    """Prep time and rubric choices; the current ones are ticked."""
    prep_row = [
        _button(("✓ " if m == prep_minutes else "") + ("no prep" if m == 0 else f"{m} min"), SET_PREP, m)
        for m in PREP_CHOICES
    ]
    rubric_rows = [[_button(("✓ " if r == rubric else "") + rubric_title(r), SET_RUBRIC, r)] for r in rubrics]
    return InlineKeyboardMarkup([prep_row, *rubric_rows])


def rubrics(current: str, names: Sequence[str]) -> InlineKeyboardMarkup:
    """One button per rubric."""
    return InlineKeyboardMarkup(
        [[_button(("✓ " if n == current else "") + rubric_title(n), SET_RUBRIC, n)] for n in names])
