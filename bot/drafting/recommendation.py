"""The parsed proposal: who should act, and what they should do."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Recommendation:
    """A sentence that says what should be done, parsed into actor and action."""

    actor: str
    actions: tuple[str, ...]
    negative: bool
    passive: bool = False
    conditional: bool = False
    details: tuple[str, ...] = ()  # qualifications cut from the actions ("with exceptions for …")
    asked: bool = False  # the author asks for it in so many words ("I recommend that …", "I urge …")
