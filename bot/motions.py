"""The motion bank: motions drawn from essays, loaded from YAML and validated."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import yaml

SideName = Literal["prop", "opp"]
SIDES: tuple[SideName, SideName] = ("prop", "opp")
SIDE_LABELS: dict[str, str] = {"prop": "Proposition", "opp": "Opposition"}
MOTION_TYPES = ("policy", "value", "actor", "regret")
DIFFICULTIES = ("novice", "intermediate", "open")
MOTION_OPENINGS = (
    "This House would ",
    "This House believes that ",
    "This House regrets ",
    "This House supports ",
    "This House opposes ",
    "This House prefers ",
)
INFO_SLIDE_MAX = 700
MOTION_TEXT_MAX = 300
TEXT_FIELD_MAX = 1200
MIN_KEY_POINTS = 1
ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
BANK_ENV = "DEBATE_BOT_MOTIONS"

_SOURCE_KEYS = {"title", "author", "publication", "date", "address", "summary"}
_MOTION_KEYS = {
    "id", "text", "type", "info_slide", "tags", "difficulty", "definitions", "sides",
}
_POINT_KEYS = {"claim", "reasoning", "evidence"}


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
        """A one-line citation: title, author, publication, date."""
        parts = [f"“{self.title}”"]
        parts += [p for p in (self.author, self.publication, self.date) if p]
        return ", ".join(parts)


@dataclass(frozen=True)
class KeyPoint:
    """One argument a side can make: the claim, why it holds, what shows it."""

    claim: str
    reasoning: str = ""
    evidence: str = ""

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
    definitions: Mapping[str, str] = field(default_factory=dict)
    prop: tuple[KeyPoint, ...] = ()
    opp: tuple[KeyPoint, ...] = ()

    def points(self, side: SideName) -> tuple[KeyPoint, ...]:
        """The key points of one side."""
        return self.prop if side == "prop" else self.opp

    @classmethod
    def ad_hoc(cls, text: str) -> Motion:
        """A motion typed by a user: no info slide, no key points."""
        return cls(
            id="custom", text=text.strip(), type="policy", info_slide="",
            source=Source(title="(typed by the user)"),
        )


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a motion file."""

    file: str
    motion_id: str | None
    field: str
    message: str

    def __str__(self) -> str:
        where = self.file + (f" [{self.motion_id}]" if self.motion_id else "")
        return f"{where} {self.field}: {self.message}"


class BankError(Exception):
    """The motion bank has problems; `problems` lists every one."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@dataclass(frozen=True)
class Bank:
    """Every motion of the bank, in file order, looked up by id."""

    motions: tuple[Motion, ...]

    def get(self, motion_id: str) -> Motion | None:
        """The motion with this id, or None."""
        wanted = motion_id.strip().lower()
        return next((m for m in self.motions if m.id == wanted), None)

    def tags(self) -> list[str]:
        """Every tag used in the bank, sorted."""
        return sorted({t for m in self.motions for t in m.tags})

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


# ---------------------------------------------------------------- validation


class _Checker:
    """Collects problems while turning one file's YAML into Motions."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[Problem] = []

    def add(self, motion_id: str | None, field_name: str, message: str) -> None:
        self.problems.append(Problem(self.file, motion_id, field_name, message))

    def text(
        self, data: Mapping[str, Any], key: str, mid: str | None, prefix: str = "",
        *, required: bool = True, limit: int = TEXT_FIELD_MAX,
    ) -> str:
        value = data.get(key)
        name = prefix + key
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.add(mid, name, "missing")
            return ""
        if isinstance(value, int | float) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str):
            self.add(mid, name, f"should be text, not {type(value).__name__}")
            return ""
        value = " ".join(value.split())
        if len(value) > limit:
            self.add(mid, name, f"is {len(value)} characters; the limit is {limit}")
        return value

    def unknown(self, data: Mapping[str, Any], allowed: set[str], mid: str | None, prefix: str) -> None:
        for key in data:
            if key not in allowed:
                self.add(mid, f"{prefix}{key}", f"unknown key (allowed: {', '.join(sorted(allowed))})")

    def source(self, data: Any) -> Source:
        if not isinstance(data, Mapping):
            self.add(None, "source", "missing or not a mapping")
            return Source(title="?")
        self.unknown(data, _SOURCE_KEYS, None, "source.")
        return Source(
            title=self.text(data, "title", None, "source."),
            author=self.text(data, "author", None, "source.", required=False) or None,
            publication=self.text(data, "publication", None, "source.", required=False) or None,
            date=self.text(data, "date", None, "source.", required=False) or None,
            address=self.text(data, "address", None, "source.", required=False) or None,
            summary=self.text(data, "summary", None, "source."),
        )

    def points(self, data: Any, mid: str, side: str) -> tuple[KeyPoint, ...]:
        name = f"sides.{side}"
        if not isinstance(data, list) or not data:
            self.add(mid, name, "needs at least one key point")
            return ()
        points = []
        for i, raw in enumerate(data):
            prefix = f"{name}[{i}]."
            if not isinstance(raw, Mapping):
                self.add(mid, f"{name}[{i}]", "should be a mapping with claim and reasoning")
                continue
            self.unknown(raw, _POINT_KEYS, mid, prefix)
            points.append(KeyPoint(
                claim=self.text(raw, "claim", mid, prefix),
                reasoning=self.text(raw, "reasoning", mid, prefix),
                evidence=self.text(raw, "evidence", mid, prefix, required=False),
            ))
        return tuple(points)

    def motion(self, raw: Any, index: int, source: Source) -> Motion | None:
        if not isinstance(raw, Mapping):
            self.add(None, f"motions[{index}]", "should be a mapping")
            return None
        mid = raw.get("id")
        if not isinstance(mid, str) or not ID_PATTERN.match(mid):
            self.add(None, f"motions[{index}].id", "missing or not a slug (a-z, 0-9, dashes)")
            mid = f"motions[{index}]"
        self.unknown(raw, _MOTION_KEYS, mid, "")
        text = self.text(raw, "text", mid, limit=MOTION_TEXT_MAX)
        if text and not text.startswith(MOTION_OPENINGS):
            self.add(mid, "text", "should open with a standard form such as 'This House would'")
        mtype = self.text(raw, "type", mid)
        if mtype and mtype not in MOTION_TYPES:
            self.add(mid, "type", f"'{mtype}' is not one of {', '.join(MOTION_TYPES)}")
        difficulty = self.text(raw, "difficulty", mid)
        if difficulty and difficulty not in DIFFICULTIES:
            self.add(mid, "difficulty", f"'{difficulty}' is not one of {', '.join(DIFFICULTIES)}")
        info = self.text(raw, "info_slide", mid, limit=INFO_SLIDE_MAX)
        tags = raw.get("tags") or []
        if not isinstance(tags, list) or not all(isinstance(t, str) and t.strip() for t in tags):
            self.add(mid, "tags", "should be a list of words")
            tags = []
        if not tags:
            self.add(mid, "tags", "needs at least one tag")
        definitions = raw.get("definitions") or {}
        if not isinstance(definitions, Mapping):
            self.add(mid, "definitions", "should map a term to its meaning")
            definitions = {}
        sides = raw.get("sides")
        if not isinstance(sides, Mapping):
            self.add(mid, "sides", "missing: needs prop and opp key points")
            sides = {}
        self.unknown(sides, set(SIDES), mid, "sides.")
        return Motion(
            id=mid, text=text, type=mtype, info_slide=info, source=source,
            tags=tuple(t.strip().lower() for t in tags), difficulty=difficulty,
            definitions={str(k): str(v) for k, v in definitions.items()},
            prop=self.points(sides.get("prop"), mid, "prop"),
            opp=self.points(sides.get("opp"), mid, "opp"),
        )


def parse_file(path: Path) -> tuple[list[Motion], list[Problem]]:
    """Motions of one YAML file, with every problem found in it."""
    checker = _Checker(path.name)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        checker.add(None, "file", f"is not valid YAML: {exc}")
        return [], checker.problems
    if not isinstance(data, Mapping):
        checker.add(None, "file", "should be a mapping with 'source' and 'motions'")
        return [], checker.problems
    checker.unknown(data, {"source", "motions"}, None, "")
    source = checker.source(data.get("source"))
    raw_motions = data.get("motions")
    if not isinstance(raw_motions, list) or not raw_motions:
        checker.add(None, "motions", "needs at least one motion")
        raw_motions = []
    motions = [m for i, raw in enumerate(raw_motions) if (m := checker.motion(raw, i, source))]
    return motions, checker.problems


def check_folders(folders: Iterable[Path]) -> tuple[Bank, list[Problem]]:
    """Load every *.yaml file of the folders; return the bank and all problems."""
    motions: list[Motion] = []
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    for folder in folders:
        if not folder.is_dir():
            problems.append(Problem(str(folder), None, "folder", "does not exist"))
            continue
        for path in sorted([*folder.glob("*.yaml"), *folder.glob("*.yml")]):
            found, file_problems = parse_file(path)
            problems += file_problems
            for motion in found:
                if motion.id in seen:
                    problems.append(Problem(
                        path.name, motion.id, "id", f"duplicate: already used in {seen[motion.id]}",
                    ))
                    continue
                seen[motion.id] = path.name
                motions.append(motion)
    return Bank(tuple(motions)), problems


def shipped_folder() -> Path:
    """The motion bank that ships with the package (or the repo's motions/)."""
    installed = Path(__file__).parent / "_bank"
    return installed if installed.is_dir() else Path(__file__).parent.parent / "motions"


def bank_folders(extra: str | None = None) -> list[Path]:
    """The folders to load: the shipped bank, then a club's folder.

    `extra` (default: $DEBATE_BOT_MOTIONS) adds a folder; prefix it with `=` to replace the
    shipped bank instead (`DEBATE_BOT_MOTIONS==/srv/club-motions`).
    """
    setting = extra if extra is not None else os.environ.get(BANK_ENV, "")
    if not setting:
        return [shipped_folder()]
    if setting.startswith("="):
        return [Path(setting[1:]).expanduser()]
    return [shipped_folder(), Path(setting).expanduser()]


def load_bank(extra: str | None = None) -> Bank:
    """Load the bank; raise BankError listing every problem if it is not clean."""
    bank, problems = check_folders(bank_folders(extra))
    if problems:
        raise BankError(problems)
    return bank
