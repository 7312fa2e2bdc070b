"""Checking motion files: YAML in, Motions out, with every problem found on the way.

The bank's format rules (lengths, motion types, area tags, allowed keys) live here; the values
themselves are in bot/bank.py. Everything public is importable from bot.motions too.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bot.bank import SIDES, Bank, Citation, KeyPoint, Motion, Source

MOTION_TYPES = ("policy", "value", "actor", "regret")
DIFFICULTIES = ("novice", "intermediate", "open")
MOTION_OPENINGS = (*(f"This House {verb} " for verb in (
    "would", "believes that", "regrets", "supports", "opposes", "prefers",
)), "This House, as ", "Resolved: ")
ACTOR_OPENING = re.compile(r"^This House, as ([^,]+), would ")  # "This House, as X, would ..."
RESOLVED = "Resolved: "  # a Public Forum resolution
# A motion without an `area:` (the old form) carries exactly one of these among its tags.
AREA_TAGS = (
    "international-relations", "economics", "technology", "education", "civil-liberties",
    "health", "environment", "justice", "ethics", "culture",
)
# The area a motion in the old form belongs to, from its area tag (a first guess for a draft).
AREA_OF_TAG = {
    "international-relations": "international", "economics": "economics",
    "technology": "ai-technology", "education": "education", "civil-liberties": "rights",
    "health": "health", "environment": "environment", "justice": "criminal-justice",
    "ethics": "ethics", "culture": "sport-arts",
}
INFO_SLIDE_MAX = 700
MOTION_TEXT_MAX = 300
TEXT_FIELD_MAX = 1200
MESSAGE_MAX = 4096  # a Telegram message: a motion card and each side's points must fit
ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_SOURCE_KEYS = {"title", "author", "publication", "date", "address", "summary"}
_MOTION_KEYS = {
    "id", "text", "type", "info_slide", "tags", "area", "difficulty", "definitions", "sides",
}
_POINT_KEYS = {"claim", "reasoning", "evidence"}
_EVIDENCE_KEYS = {"text", "source", "year", "url", "as_of"}
YEAR_RANGE = (1500, dt.date.today().year + 1)  # a source's year outside this is a typo
AS_OF_PATTERN = re.compile(r"^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$")



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

# A curator's note left in a draft by `debate-bot motions draft` ("# CHECK: …", "TODO", "FIXME").
NOTES_FIELD = "notes"  # the field named in the problem a draft's unfinished notes raise
_MARKER = re.compile(r"^\s*#\s*(?:CHECK|TODO|FIXME|XXX)\b", re.M)


def _fragment(text: str) -> str | None:
    """What makes a motion's text a fragment rather than a complete proposition, or None."""
    from bot.drafting.structure import problem  # imported here: bot.drafting itself imports bot.motions

    return problem(house_form(text).rstrip(" ."))


def house_form(text: str) -> str:
    """An actor motion or a PF resolution in the plain House form the structure check reads."""
    if actor := ACTOR_OPENING.match(text):
        return f"This House believes that {actor.group(1)} should {text[actor.end():]}"
    if text.startswith(RESOLVED):
        body = text[len(RESOLVED):]
        if body[:1].isupper() and body[1:2].islower():
            body = body[0].lower() + body[1:]  # "The state should ..." reads mid-sentence
        return "This House believes that " + body
    return text


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
        if isinstance(value, dt.date):  # YAML reads 2020-05-01 as a date
            value = value.isoformat()
        elif isinstance(value, int | float) and not isinstance(value, bool):
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
        address = self.text(data, "address", None, "source.", required=False)
        if address and not address.startswith(("https://", "http://")):
            self.add(None, "source.address", "should be a web address starting with https://")
        return Source(
            title=self.text(data, "title", None, "source."),
            author=self.text(data, "author", None, "source.", required=False) or None,
            publication=self.text(data, "publication", None, "source.", required=False) or None,
            date=self.text(data, "date", None, "source.", required=False) or None,
            address=address or None,
            summary=self.text(data, "summary", None, "source."),
        )

    def points(self, data: Any, mid: str, side: str) -> tuple[KeyPoint, ...]:
        name = f"sides.{side}"
        if not isinstance(data, list) or not data:
            self.add(mid, name, "needs at least one key point")
            return ()
        points: list[KeyPoint] = []
        for i, raw in enumerate(data):
            prefix = f"{name}[{i}]."
            if not isinstance(raw, Mapping):
                self.add(mid, f"{name}[{i}]", "should be a mapping with claim and reasoning")
                continue
            self.unknown(raw, _POINT_KEYS, mid, prefix)
            evidence, citation = self.evidence(raw, mid, prefix)
            point = KeyPoint(
                claim=self.text(raw, "claim", mid, prefix),
                reasoning=self.text(raw, "reasoning", mid, prefix),
                evidence=evidence, citation=citation,
            )
            if point.claim and any(p.claim.lower() == point.claim.lower() for p in points):
                self.add(mid, f"{prefix}claim", "repeats an earlier claim of this side")
            points.append(point)
        return tuple(points)

    def evidence(self, point: Mapping[str, Any], mid: str, prefix: str) -> tuple[str, Citation | None]:
        """A point's evidence: plain text (the old form, uncited) or a mapping with its citation."""
        raw = point.get("evidence")
        if not isinstance(raw, Mapping):
            return self.text(point, "evidence", mid, prefix, required=False), None
        prefix = f"{prefix}evidence."
        self.unknown(raw, _EVIDENCE_KEYS, mid, prefix)
        text = self.text(raw, "text", mid, prefix)
        source = self.text(raw, "source", mid, prefix)
        year = raw.get("year")
        if year is None:
            self.add(mid, f"{prefix}year", "missing: the year of the source")
            year = 0
        elif isinstance(year, bool) or not isinstance(year, int) or not (
            YEAR_RANGE[0] <= year <= YEAR_RANGE[1]
        ):
            self.add(mid, f"{prefix}year", f"{year!r} is not a year between {YEAR_RANGE[0]} and "
                     f"{YEAR_RANGE[1]}")
            year = 0
        url = self.text(raw, "url", mid, prefix, required=False)
        if url and not url.startswith(("https://", "http://")):
            self.add(mid, f"{prefix}url", "should be a web address starting with https://")
        as_of = self.text(raw, "as_of", mid, prefix, required=False)
        if as_of and not AS_OF_PATTERN.match(as_of):
            self.add(mid, f"{prefix}as_of", f"'{as_of}' should be a date: YYYY, YYYY-MM or YYYY-MM-DD")
        return text, Citation(source=source, year=year, url=url, as_of=as_of)

    def area(self, raw: Any, mid: str) -> str:
        """The motion's area, lowercased; whether it is one of AREAS is a craft check."""
        if raw is None:
            return ""
        if not isinstance(raw, str):
            self.add(mid, "area", "should be one word from the list of areas")
            return ""
        return raw.strip().lower()

    def tags(self, raw: Any, mid: str, *, has_area: bool = False) -> tuple[str, ...]:
        """The motion's tags; one of them must be an old area tag unless it has an `area:`."""
        if not isinstance(raw, list) or not all(isinstance(t, str) and t.strip() for t in raw):
            self.add(mid, "tags", "should be a list of words")
            return ()
        tags = tuple(dict.fromkeys(t.strip().lower() for t in raw))
        if not tags:
            self.add(mid, "tags", "needs at least one tag")
            return ()
        for tag in tags:
            if not ID_PATTERN.match(tag):
                self.add(mid, "tags", f"'{tag}' should be one lowercase word or hyphenated words")
        areas = [t for t in tags if t in AREA_TAGS]
        if not has_area and len(areas) != 1:
            found = f"has {', '.join(areas)}" if areas else "has none"
            self.add(mid, "tags", f"needs exactly one area tag ({found}); one of {', '.join(AREA_TAGS)}")
        return tags

    def definitions(self, raw: Any, mid: str) -> dict[str, str]:
        if raw is None:
            return {}
        if not isinstance(raw, Mapping):
            self.add(mid, "definitions", "should map a term to its meaning")
            return {}
        found = {}
        for term in raw:
            if not isinstance(term, str) or not term.strip():
                self.add(mid, "definitions", f"term {term!r} should be text")
                continue
            found[term.strip()] = self.text(raw, term, mid, "definitions.")
        return found

    def fits(self, motion: Motion) -> None:
        """Check that the motion card and each side's points fit one Telegram message."""
        for name, text in [("card", motion.card()), *[(f"sides.{s}", motion.points_text(s)) for s in SIDES]]:
            if len(text) > MESSAGE_MAX:
                self.add(motion.id, name, f"renders to {len(text)} characters; a Telegram message "
                         f"holds {MESSAGE_MAX}: shorten it")

    def motion(self, raw: Any, index: int, source: Source) -> Motion | None:
        if not isinstance(raw, Mapping):
            self.add(None, f"motions[{index}]", "should be a mapping")
            return None
        mid = raw.get("id")
        if not isinstance(mid, str) or not ID_PATTERN.match(mid):
            self.add(None, f"motions[{index}].id", "missing or not a slug (a-z, 0-9, dashes)")
            mid = f"motions[{index}]"
        elif mid == Motion.ad_hoc("").id:
            self.add(mid, "id", "is kept for motions typed by users; choose another")
        self.unknown(raw, _MOTION_KEYS, mid, "")
        text = self.text(raw, "text", mid, limit=MOTION_TEXT_MAX)
        if text and not text.startswith(MOTION_OPENINGS):
            self.add(mid, "text", "should open with a standard form such as 'This House would', "
                     "'This House, as X, would' or 'Resolved:'")
        elif text and len(text) <= MOTION_TEXT_MAX and (fragment := _fragment(text)):
            self.add(mid, "text", f"is not a complete proposition: {fragment}")
        mtype = self.text(raw, "type", mid)
        if mtype and mtype not in MOTION_TYPES:
            self.add(mid, "type", f"'{mtype}' is not one of {', '.join(MOTION_TYPES)}")
        difficulty = self.text(raw, "difficulty", mid)
        if difficulty and difficulty not in DIFFICULTIES:
            self.add(mid, "difficulty", f"'{difficulty}' is not one of {', '.join(DIFFICULTIES)}")
        info = self.text(raw, "info_slide", mid, limit=INFO_SLIDE_MAX)
        tags = self.tags(raw.get("tags"), mid, has_area=raw.get("area") is not None)
        definitions = self.definitions(raw.get("definitions"), mid)
        sides = raw.get("sides")
        if not isinstance(sides, Mapping):
            self.add(mid, "sides", "missing: needs prop and opp key points")
            sides = {}
        self.unknown(sides, set(SIDES), mid, "sides.")
        motion = Motion(
            id=mid, text=text, type=mtype, info_slide=info, source=source, tags=tags,
            area=self.area(raw.get("area"), mid), difficulty=difficulty, definitions=definitions,
            prop=self.points(sides.get("prop"), mid, "prop"),
            opp=self.points(sides.get("opp"), mid, "opp"),
        )
        self.fits(motion)
        return motion


def parse_file(path: Path) -> tuple[list[Motion], list[Problem]]:
    """Motions of one YAML file, with every problem found in it."""
    checker = _Checker(path.name)
    try:
        raw_text = path.read_text(encoding="utf-8")
        data = yaml.safe_load(raw_text)
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        checker.add(None, "file", f"is not valid YAML: {exc}")
        return [], checker.problems
    markers = _MARKER.findall(raw_text)
    if markers:
        checker.add(None, NOTES_FIELD, f"still has {len(markers)} curator note(s) ('# CHECK: …'): "
                    "an unfinished draft. Act on each note and delete it")
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
    return Bank(tuple(motions), files=seen), problems
