"""The motion bank's values: a motion, its source essay, its key points, the bank itself.

Loading them from YAML (and checking the files) is in bot/bank_check.py; bot.motions gathers both.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

SideName = Literal["prop", "opp"]
SIDES: tuple[SideName, SideName] = ("prop", "opp")
SIDE_LABELS: dict[str, str] = {"prop": "Proposition", "opp": "Opposition"}
# The fixed list of subject areas; every motion belongs to exactly one.
AREAS: tuple[str, ...] = (
    "ai-technology", "criminal-justice", "economics", "education", "elections", "environment",
    "ethics", "gender", "health", "international", "media", "migration", "religion", "rights",
    "science", "sport-arts",
)


def other_side(side: SideName) -> SideName:
    """The side that argues against `side`."""
    return "opp" if side == "prop" else "prop"


@dataclass(frozen=True)
class Source:
    """The essay a motion is drawn from."""

    title: str
    author: str | None = None
    publication: str | None = None
    date: str | None = None
    address: str | None = None
    summary: str = ""

    def citation(self) -> str:
        """A one-line citation: title, author, publication, date (and address if known)."""
        parts = [f"“{self.title}”"]
        parts += [p for p in (self.author, self.publication, self.date) if p]
        text = ", ".join(parts)
        return f"{text} <{self.address}>" if self.address else text


@dataclass(frozen=True)
class Citation:
    """Where an evidence item can be checked: the publication or body, its year, maybe more."""

    source: str
    year: int
    url: str = ""
    as_of: str = ""  # for a time-bound fact: when it was true (YYYY, YYYY-MM or YYYY-MM-DD)

    def short(self) -> str:
        """The citation as a debater sees it after the fact: "(Source, year)"."""
        return f"({self.source}, {self.year})"


@dataclass(frozen=True)
class KeyPoint:
    """One argument a side can make: the claim, why it holds, what shows it."""

    claim: str
    reasoning: str = ""
    evidence: str = ""
    citation: Citation | None = None

    def cited_evidence(self) -> str:
        """The evidence with its short citation appended, or "" when there is none."""
        if not self.evidence:
            return ""
        return f"{self.evidence} {self.citation.short()}" if self.citation else self.evidence

    def text(self) -> str:
        """The point as one passage, for matching against a speech."""
        return " ".join(p for p in (self.claim, self.reasoning, self.evidence) if p)


@dataclass(frozen=True)
class Motion:
    """A debate motion with its context and each side's key points."""

    id: str
    text: str
    type: str
    info_slide: str
    source: Source
    tags: tuple[str, ...] = ()
    difficulty: str = "intermediate"
    area: str = ""  # one of AREAS; "" while a file has not been given one
    definitions: Mapping[str, str] = field(default_factory=dict)
    prop: tuple[KeyPoint, ...] = ()
    opp: tuple[KeyPoint, ...] = ()

    def points(self, side: SideName) -> tuple[KeyPoint, ...]:
        """The key points of one side."""
        return self.prop if side == "prop" else self.opp

    def card(self) -> str:
        """The motion as plain text: motion, info slide, definitions and source."""
        lines = [self.text]
        if self.info_slide:
            lines += ["", self.info_slide]
        if self.definitions:
            lines += ["", "Definitions:"]
            lines += [f"• {term}: {meaning}" for term, meaning in self.definitions.items()]
        lines += ["", f"Source: {self.source.citation()}"]
        return "\n".join(lines)

    def points_text(self, side: SideName) -> str:
        """One side's key points as plain text, a numbered list."""
        lines = [f"{SIDE_LABELS[side]} key points:"]
        for n, point in enumerate(self.points(side), 1):
            lines.append(f"{n}. {point.claim}")
            lines += [f"   {part}" for part in (point.reasoning, point.cited_evidence()) if part]
        return "\n".join(lines)

    @classmethod
    def ad_hoc(cls, text: str) -> Motion:
        """A motion typed by a user: no info slide, no key points."""
        return cls(
            id="custom", text=text.strip(), type="policy", info_slide="",
            source=Source(title="(typed by the user)"),
        )


@dataclass(frozen=True)
class Bank:
    """Every motion of the bank, in file order, looked up by id."""

    motions: tuple[Motion, ...]
    files: Mapping[str, str] = field(default_factory=dict)  # motion id -> its file's name

    def file_of(self, motion: Motion) -> str:
        """The name of the file a motion came from (its essay's title if not known)."""
        return self.files.get(motion.id, motion.source.title)

    def get(self, motion_id: str) -> Motion | None:
        """The motion with this id, or None."""
        wanted = motion_id.strip().lower()
        return next((m for m in self.motions if m.id == wanted), None)

    def ids(self) -> list[str]:
        """Every motion id, in bank order."""
        return [m.id for m in self.motions]

    def tags(self) -> list[str]:
        """Every tag used in the bank, sorted."""
        return sorted({t for m in self.motions for t in m.tags})

    def popular_tags(self) -> list[str]:
        """Every tag, those on the most motions first (ties alphabetical)."""
        uses: dict[str, int] = {}
        for tag in (t for m in self.motions for t in m.tags):
            uses[tag] = uses.get(tag, 0) + 1
        return sorted(uses, key=lambda tag: (-uses[tag], tag))

    def sources(self) -> list[Source]:
        """The distinct source essays."""
        seen: dict[str, Source] = {}
        for m in self.motions:
            seen.setdefault(m.source.title, m.source)
        return list(seen.values())

    def filter(self, tag: str | None = None, difficulty: str | None = None) -> list[Motion]:
        """Motions with this tag and difficulty (either may be None)."""
        tag = tag.lower() if tag else None
        return [
            m for m in self.motions
            if (tag is None or tag in m.tags) and (difficulty is None or m.difficulty == difficulty)
        ]
