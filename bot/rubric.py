"""Rubrics: criteria, weights, 1-5 band descriptors and a speaker scale, loaded from YAML.

A rubric file (see bot/rubrics/) names its scale, and for each criterion its weight, the
analyses that feed it and a descriptor for every band. Clubs can write their own file and
load it by path.

Quality (0..1) becomes points through the rubric's `anchors`: a monotonic piecewise-linear
curve, so a format's floor, average and top sit where its judges put them (WSDC: a
non-speech at 60-61, a mediocre speech at 70). Without anchors the mapping is a straight
line from the scale's lowest to its highest mark. Bands 1-5 are fixed quality ranges
(`BAND_FLOORS`): 3 is a competent, average speech and 5 is kept for excellent work.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
RUBRIC_DIR = Path(__file__).parent / "rubrics"
DEFAULT_RUBRIC = "practice"
BANDS = (1, 2, 3, 4, 5)
# The lowest quality that earns bands 2, 3, 4 and 5: band 3 holds an average speech (quality
# about 0.4-0.6) and band 5 needs excellent work, well above what a mediocre speech reaches.
BAND_FLOORS = (0.2, 0.4, 0.6, 0.85)
# The analyses a criterion may draw on (bot/scoring/analyses/).
ANALYSIS_IDS = (
    "relevance", "side", "coverage", "reasoning", "evidence", "engagement",
    "impact", "structure", "clarity", "quality",
)
_RUBRIC_KEYS = {
    "id", "name", "description", "scale", "step", "anchors", "text_note", "criteria", "total_bands",
}
_CRITERION_KEYS = {"id", "name", "weight", "analyses", "bands", "text_note"}


class RubricError(ValueError):
    """A rubric that cannot be loaded; the message says what to fix."""


@dataclass(frozen=True)
class RubricCriterion:
    """One thing the adjudicator judges, with its share of the total."""

    id: str
    name: str
    weight: float
    analyses: Mapping[str, float]
    bands: Mapping[int, str]
    text_note: str = ""

    def band_for(self, quality: float) -> int:
        """The 1-5 band for a quality in 0..1 (see BAND_FLOORS)."""
        return 1 + sum(quality >= floor - 1e-9 for floor in BAND_FLOORS)


@dataclass(frozen=True)
class TotalBand:
    """A range of the speaker scale with what it means (e.g. WUDC speaker bands)."""

    low: float
    high: float
    label: str


@dataclass(frozen=True)
class Rubric:
    """A marking scheme: criteria with weights summing to 1 and a speaker scale."""

    id: str
    name: str
    description: str
    scale: tuple[float, float]
    step: float
    criteria: tuple[RubricCriterion, ...]
    anchors: tuple[tuple[float, float], ...] = ()
    text_note: str = ""
    total_bands: tuple[TotalBand, ...] = ()
    source: str = ""
    extra: Mapping[str, Any] = field(default_factory=dict)

    def criterion(self, criterion_id: str) -> RubricCriterion | None:
        """The criterion with this id, or None."""
        return next((c for c in self.criteria if c.id == criterion_id), None)

    def to_scale(self, quality: float) -> float:
        """Map an overall quality in 0..1 to the speaker scale, rounded to the rubric's step."""
        return self.round(self.points_for(quality))

    def points_for(self, quality: float) -> float:
        """The unrounded mark for a quality in 0..1: through the anchors, else a straight line."""
        quality = min(1.0, max(0.0, quality))
        points = self.anchors or ((0.0, self.scale[0]), (1.0, self.scale[1]))
        xs = [p[0] for p in points]
        ys = [p[1] for p in points]
        return float(_interp(quality, xs, ys))

    def criterion_range(self, criterion: RubricCriterion) -> tuple[float, float]:
        """The points a criterion spans: its weight's share of the scale."""
        low, high = self.scale
        return low * criterion.weight, high * criterion.weight

    def criterion_points(self, criterion: RubricCriterion, quality: float) -> float:
        """A criterion's points for its quality: its weight's share of the mark that quality
        earns overall, so equal qualities add up to the total (WSDC Style at 0.45: 28 of 32)."""
        return criterion.weight * self.points_for(quality)

    def round(self, value: float) -> float:
        """Round to the rubric's step and clamp to the scale."""
        stepped = round(value / self.step) * self.step
        return float(round(min(self.scale[1], max(self.scale[0], stepped)), 2))

    def total_band(self, total: float) -> TotalBand | None:
        """The band of the speaker scale this total falls in, if the rubric has bands."""
        return next((b for b in self.total_bands if b.low <= total <= b.high), None)


def _interp(x: float, xs: list[float], ys: list[float]) -> float:
    """Piecewise-linear interpolation through sorted anchor points."""
    if x <= xs[0]:
        return ys[0]
    for (x0, y0), (x1, y1) in zip(zip(xs, ys, strict=True), zip(xs[1:], ys[1:], strict=True), strict=False):
        if x <= x1:
            return y0 + (y1 - y0) * (x - x0) / (x1 - x0 or 1.0)
    return ys[-1]


# ---------------------------------------------------------------- loading


def rubric_names() -> list[str]:
    """The rubrics that ship with the bot, default first."""
    names = sorted(p.stem for p in RUBRIC_DIR.glob("*.yaml"))
    return sorted(names, key=lambda n: (n != DEFAULT_RUBRIC, n))


def load_rubric(name_or_path: str | Path = DEFAULT_RUBRIC) -> Rubric:
    """A shipped rubric by name (`practice`, `wsdc` …) or a club's rubric file by path."""
    text = str(name_or_path).strip()
    if not text:
        raise RubricError("No rubric given: name one of " + ", ".join(rubric_names()) + " or a file.")
    shipped = RUBRIC_DIR / f"{text.lower()}.yaml"
    if "/" not in text and "\\" not in text and not text.endswith((".yaml", ".yml")):
        if not shipped.is_file():
            raise RubricError(f"No rubric called '{text}'. Try one of: {', '.join(rubric_names())}.")
        path = shipped
    else:
        path = Path(text).expanduser()
        if not path.is_file():
            raise RubricError(f"Rubric file {path} does not exist.")
    try:
        stamp = path.stat().st_mtime_ns
    except OSError as exc:
        raise RubricError(f"Cannot read rubric file {path}: {exc}") from exc
    return _load_file(str(path.resolve()), stamp)


@lru_cache(maxsize=32)
def _load_file(path_text: str, stamp: int) -> Rubric:
    """Parse one rubric file; cached until the file changes (`stamp` is its mtime)."""
    path = Path(path_text)
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
    except (yaml.YAMLError, UnicodeDecodeError, OSError) as exc:
        raise RubricError(f"{path.name} is not valid YAML: {exc}") from exc
    return parse_rubric(data, path.name)


def parse_rubric(data: Any, where: str = "rubric") -> Rubric:
    """Validate a rubric's YAML data; raise RubricError listing every problem."""
    problems: list[str] = []
    if not isinstance(data, Mapping):
        raise RubricError(f"{where}: should be a mapping with id, name, scale and criteria.")
    for key in data:
        if key not in _RUBRIC_KEYS:
            problems.append(f"unknown key '{key}' (allowed: {', '.join(sorted(_RUBRIC_KEYS))})")
    rid = _text(data, "id", problems)
    name = _text(data, "name", problems)
    scale = _scale(data.get("scale"), problems)
    step = data.get("step", 1)
    if not _number(step) or step <= 0:
        problems.append("step: should be a positive number such as 1 or 0.5")
        step = 1
    criteria = tuple(
        c for i, raw in enumerate(_list(data.get("criteria"), "criteria", problems))
        if (c := _criterion(raw, i, problems))
    )
    ids = [c.id for c in criteria]
    if len(set(ids)) != len(ids):
        problems.append("criteria: two criteria share an id")
    total_weight = sum(c.weight for c in criteria)
    if criteria and abs(total_weight - 1.0) > 1e-6 and abs(total_weight - 100.0) > 1e-6:
        problems.append(f"criteria: weights add up to {total_weight:g}; they should add up to 1 (or 100)")
    if criteria and abs(total_weight - 100.0) <= 1e-6:
        criteria = tuple(_reweigh(c, c.weight / 100.0) for c in criteria)
    anchors = _anchors(data.get("anchors"), scale, problems)
    bands = _total_bands(data.get("total_bands"), problems)
    if problems:
        raise RubricError(f"{where} has problems:\n- " + "\n- ".join(problems))
    return Rubric(
        id=rid, name=name, description=str(data.get("description") or "").strip(),
        scale=scale, step=float(step), criteria=criteria, anchors=anchors,
        text_note=str(data.get("text_note") or "").strip(), total_bands=bands, source=where,
    )


def _reweigh(c: RubricCriterion, weight: float) -> RubricCriterion:
    return RubricCriterion(c.id, c.name, weight, c.analyses, c.bands, c.text_note)


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _text(data: Mapping[str, Any], key: str, problems: list[str], prefix: str = "") -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        problems.append(f"{prefix}{key}: missing (should be text)")
        return ""
    return " ".join(value.split())


def _list(value: Any, name: str, problems: list[str]) -> list[Any]:
    if not isinstance(value, list) or not value:
        problems.append(f"{name}: needs a list with at least one entry")
        return []
    return value


def _scale(value: Any, problems: list[str]) -> tuple[float, float]:
    if (
        isinstance(value, list) and len(value) == 2 and all(_number(v) for v in value)
        and value[0] < value[1]
    ):
        return float(value[0]), float(value[1])
    problems.append("scale: should be [lowest, highest], e.g. [60, 80]")
    return 0.0, 1.0


def _criterion(raw: Any, index: int, problems: list[str]) -> RubricCriterion | None:
    where = f"criteria[{index}]."
    if not isinstance(raw, Mapping):
        problems.append(f"criteria[{index}]: should be a mapping with id, name, weight, analyses, bands")
        return None
    for key in raw:
        if key not in _CRITERION_KEYS:
            problems.append(f"{where}{key}: unknown key (allowed: {', '.join(sorted(_CRITERION_KEYS))})")
    cid = _text(raw, "id", problems, where)
    name = _text(raw, "name", problems, where)
    weight = raw.get("weight")
    if not _number(weight) or float(weight or 0) <= 0:
        problems.append(f"{where}weight: should be a positive number")
        weight = 0.0
    weight = float(weight or 0.0)
    analyses = raw.get("analyses")
    clean: dict[str, float] = {}
    if not isinstance(analyses, Mapping) or not analyses:
        problems.append(f"{where}analyses: should map analyses ({', '.join(ANALYSIS_IDS)}) to weights")
    else:
        for key, share in analyses.items():
            if key not in ANALYSIS_IDS:
                known = ", ".join(ANALYSIS_IDS)
                problems.append(f"{where}analyses.{key}: unknown analysis (use one of {known})")
            elif not _number(share) or share <= 0:
                problems.append(f"{where}analyses.{key}: should be a positive number")
            else:
                clean[str(key)] = float(share)
    bands = raw.get("bands")
    descriptors: dict[int, str] = {}
    if not isinstance(bands, Mapping) or sorted(bands) != list(BANDS):
        problems.append(f"{where}bands: needs a descriptor for each band 1, 2, 3, 4 and 5")
    else:
        for band, text in bands.items():
            if not isinstance(text, str) or not text.strip():
                problems.append(f"{where}bands.{band}: missing descriptor")
            else:
                descriptors[int(band)] = " ".join(text.split())
    total = sum(clean.values()) or 1.0
    return RubricCriterion(
        id=cid, name=name, weight=float(weight),
        analyses={k: v / total for k, v in clean.items()}, bands=descriptors,
        text_note=" ".join(str(raw.get("text_note") or "").split()),
    )


def _anchors(value: Any, scale: tuple[float, float], problems: list[str]) -> tuple[tuple[float, float], ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or len(value) < 2:
        problems.append("anchors: should list at least two [quality, points] pairs")
        return ()
    pairs: list[tuple[float, float]] = []
    for pair in value:
        if not (isinstance(pair, list) and len(pair) == 2 and all(_number(v) for v in pair)):
            problems.append("anchors: each entry should be [quality 0..1, points]")
            return ()
        pairs.append((float(pair[0]), float(pair[1])))
    xs = [p[0] for p in pairs]
    ys = [p[1] for p in pairs]
    if xs != sorted(xs) or ys != sorted(ys) or xs[0] != 0.0 or xs[-1] != 1.0:
        problems.append("anchors: qualities should rise from 0 to 1 and points should not fall")
    if ys[0] < scale[0] or ys[-1] > scale[1]:
        problems.append("anchors: points should stay within the scale")
    return tuple(pairs)


def _total_bands(value: Any, problems: list[str]) -> tuple[TotalBand, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        problems.append("total_bands: should be a list of {low, high, label}")
        return ()
    out = []
    for i, raw in enumerate(value):
        if not (isinstance(raw, Mapping) and _number(raw.get("low")) and _number(raw.get("high"))
                and isinstance(raw.get("label"), str)):
            problems.append(f"total_bands[{i}]: needs low, high and label")
            continue
        out.append(TotalBand(float(raw["low"]), float(raw["high"]), " ".join(raw["label"].split())))
    return tuple(out)
