"""One parser for every button's callback data: "<feature>:<action>" then ":<field>" per field.

Each (feature, action) has a layout of typed, bounded fields, and `parse` gives a Press only when
the data fits its layout exactly. A forged, truncated or out-of-date button is therefore one
None (answered with EXPIRED) rather than an IndexError, ValueError or OverflowError deep in a
handler. Numbers are ASCII digits only (a superscript "²" passes str.isdigit(), and int("٣") is
3) and fit SQLite's 64-bit integers. Solo practice builds its data with bot/chat/keyboards.py,
club rounds with bot/chat/club_render.py; a test checks that every button they make parses.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

EXPIRED = "This button has expired."
MAX_ID = 2**63 - 1  # SQLite's largest INTEGER; a larger value raises OverflowError when bound
MAX_BYTES = 64  # Telegram's limit on callback data

_UNSIGNED = re.compile(r"[0-9]{1,19}", re.ASCII)
_SIGNED = re.compile(r"-?[0-9]{1,19}", re.ASCII)
_NAME = re.compile(r"[a-z0-9][a-z0-9_-]{0,31}", re.ASCII)

Field = Callable[[str], int | str]  # the field's value; ValueError when the text does not fit


class ButtonExpired(Exception):
    """A press whose data fits no button this bot makes (answer it with EXPIRED)."""


def _integer(low: int, high: int) -> Field:
    pattern = _SIGNED if low < 0 else _UNSIGNED

    def field(text: str) -> int:
        if not pattern.fullmatch(text) or not low <= int(text) <= high:
            raise ValueError(text)
        return int(text)

    return field


def _choice(*options: str) -> Field:
    def field(text: str) -> str:
        if text not in options:
            raise ValueError(text)
        return text

    return field


def _name(text: str) -> str:
    if not _NAME.fullmatch(text):
        raise ValueError(text)
    return text


ROW_ID = _integer(1, MAX_ID)  # a round or an attempt
MEMBER = _integer(-MAX_ID, MAX_ID)  # a speaker's seat: a Telegram id, or a forgotten member's stand-in
BAND = _integer(1, 5)

LAYOUTS: dict[tuple[str, str], tuple[Field, ...]] = {
    # solo practice (bot/chat/keyboards.py)
    ("pr", "prep"): (ROW_ID,), ("pr", "ready"): (ROW_ID,), ("pr", "redraw"): (ROW_ID,),
    ("pr", "retry"): (ROW_ID,), ("pr", "full"): (ROW_ID,), ("pr", "open"): (ROW_ID,),
    ("pr", "submit"): (), ("pr", "new"): (), ("pr", "forget-yes"): (), ("pr", "forget-no"): (),
    ("pr", "set-prep"): (_integer(0, 60),), ("pr", "set-rubric"): (_name,),
    # club rounds (bot/chat/club_render.py)
    ("club", "join"): (ROW_ID, _choice("s", "a")), ("club", "start"): (ROW_ID,),
    ("club", "cancel"): (ROW_ID,), ("club", "done"): (ROW_ID,),
    ("club", "b"): (ROW_ID, MEMBER, _integer(0, 63), BAND), ("club", "ba"): (ROW_ID, MEMBER, BAND),
    ("club", "w"): (ROW_ID, _choice("prop", "opp")), ("club", "sub"): (ROW_ID,), ("club", "redo"): (ROW_ID,),
}


@dataclass(frozen=True)
class Press:
    """A button press whose data fits its layout: the feature, the action and the typed fields."""

    feature: str
    action: str
    fields: tuple[int | str, ...]

    def number(self, index: int = 0) -> int:
        """The field at `index`, which the layout makes an integer."""
        value = self.fields[index]
        if not isinstance(value, int):
            raise TypeError(f"field {index} of {self.feature}:{self.action} is not a number")
        return value

    def word(self, index: int = 0) -> str:
        """The field at `index`, which the layout makes a string."""
        value = self.fields[index]
        if not isinstance(value, str):
            raise TypeError(f"field {index} of {self.feature}:{self.action} is not text")
        return value


def parse(data: str | None) -> Press | None:
    """The press behind `data`, or None when it fits no layout (unknown, forged or malformed)."""
    if not data or len(data.encode()) > MAX_BYTES:
        return None
    feature, _, rest = data.partition(":")
    action, *texts = rest.split(":")
    layout = LAYOUTS.get((feature, action))
    if layout is None or len(texts) != len(layout):
        return None
    try:
        return Press(feature, action, tuple(field(text) for field, text in zip(layout, texts, strict=True)))
    except ValueError:
        return None


def expect(data: str | None, feature: str, *actions: str) -> Press:
    """The press behind `data` if it is one of `feature`'s `actions`; else ButtonExpired."""
    press = parse(data)
    if press is None or press.feature != feature or press.action not in actions:
        raise ButtonExpired(data)
    return press
