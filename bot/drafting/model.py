"""What a draft is: source metadata, motions, key points, and the notes a curator must check."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.drafting.points import DraftPoint


@dataclass(frozen=True)
class SourceMeta:
    """Source details given by the person (command-line flags); each overrides the text's own."""

    title: str | None = None
    author: str | None = None
    publication: str | None = None
    date: str | None = None
    address: str | None = None


@dataclass(frozen=True)
class DraftMotion:
    """One drafted motion in the bank's shape, with what to check."""

    id: str
    text: str
    type: str
    info_slide: str
    tags: tuple[str, ...]
    difficulty: str
    prop: tuple[DraftPoint, ...]
    opp: tuple[DraftPoint, ...]
    definitions: dict[str, str] = field(default_factory=dict)
    checks: tuple[str, ...] = ()


@dataclass(frozen=True)
class Draft:
    """A motion file's draft: source fields (title, summary, …), motions and file-level notes.

    With no motions, the essay held no proposal that makes a complete motion; `nearest` then holds
    the essay's sentences closest to a thesis, whole, for the curator to word a motion from.
    """

    source: dict[str, str]
    motions: tuple[DraftMotion, ...]
    source_checks: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    nearest: tuple[str, ...] = ()
