"""Writing a draft as motion-bank YAML, with "# CHECK:" comments where a person must look."""

from __future__ import annotations

import json
import re
import tempfile
import textwrap
from pathlib import Path
from typing import Any

import yaml

from bot.bank import AREAS
from bot.bank_check import AREA_OF_TAG, NOTES_FIELD
from bot.drafting.model import Draft, DraftMotion
from bot.drafting.points import DraftPoint
from bot.motions import Problem, parse_file

WIDTH = 100
_PLAIN = re.compile(r"^[A-Za-z0-9][\w .,'()/&-]*$")


def _scalar(value: str, indent: int, key_width: int) -> str:
    """A YAML scalar: plain when safe and short, folded (>-) when long, else double-quoted."""
    value = " ".join(value.split())
    if len(value) + indent + key_width > WIDTH:
        lines = textwrap.wrap(value, width=WIDTH - indent - 2, break_long_words=False, break_on_hyphens=False)
        pad = " " * (indent + 2)
        return ">-\n" + "\n".join(pad + line for line in lines)
    if (
        _PLAIN.match(value)
        and value.lower() not in ("yes", "no", "true", "false", "null", "on", "off", "~")
        and not re.fullmatch(r"[\d.\-]+", value)
        and ": " not in value
        and " #" not in value
    ):
        return value
    return json.dumps(value, ensure_ascii=False)


def _comments(checks: tuple[str, ...] | list[str], indent: int) -> list[str]:
    pad = " " * indent
    out = []
    for check in checks:
        lines = textwrap.wrap(check, width=WIDTH - indent - 10) or [""]
        out.append(f"{pad}# CHECK: {lines[0]}")
        out += [f"{pad}#        {line}" for line in lines[1:]]
    return out


def _field(key: str, value: str, indent: int, dash: bool = False) -> str:
    prefix = " " * indent + ("- " if dash else "")
    inner = indent + (2 if dash else 0)
    return f"{prefix}{key}: {_scalar(value, inner, len(key) + 2)}"


def _area(motion: DraftMotion) -> str:
    """The motion's area, guessed from its area tag ("" when it has none)."""
    return next((AREA_OF_TAG[t] for t in motion.tags if t in AREA_OF_TAG), "")


def _citation(source: dict[str, str]) -> dict[str, Any] | None:
    """The essay itself as the citation of evidence drawn from it, when its year is known."""
    year = re.search(r"\b(1[5-9]\d\d|20\d\d)\b", source.get("date", ""))
    name = ", ".join(p for p in (source.get("author"), source.get("title")) if p)
    if not year or not name:
        return None
    cited: dict[str, Any] = {"source": name, "year": int(year.group(1))}
    if source.get("address"):
        cited["url"] = source["address"]
    return cited


def _point(point: DraftPoint, indent: int, citation: dict[str, Any] | None) -> list[str]:
    lines = _comments([point.check] if point.check else [], indent)
    lines.append(_field("claim", point.claim, indent, dash=True))
    lines.append(_field("reasoning", point.reasoning, indent + 2))
    if point.evidence and citation:
        lines.append(" " * (indent + 2) + "evidence:")
        lines.append(_field("text", point.evidence, indent + 4))
        lines.append(_field("source", citation["source"], indent + 4))
        lines.append(" " * (indent + 4) + f"year: {citation['year']}")
        if citation.get("url"):
            lines.append(_field("url", citation["url"], indent + 4))
    elif point.evidence:
        lines.append(_field("evidence", point.evidence, indent + 2))
    return lines


def _motion(motion: DraftMotion, citation: dict[str, Any] | None) -> list[str]:
    area_note = ("area: guessed from the essay's words; check it" if _area(motion)
                 else f"area: add one of {', '.join(AREAS)}")
    lines = _comments([*motion.checks, area_note], 2)
    lines.append(_field("id", motion.id, 2, dash=True))
    lines.append(_field("text", motion.text, 4))
    lines.append(f"    type: {motion.type}")
    lines.append(f"    difficulty: {motion.difficulty}")
    if _area(motion):
        lines.append(f"    area: {_area(motion)}")
    lines.append("    tags: [" + ", ".join(_scalar(t, 0, 0) for t in motion.tags) + "]")
    lines.append(_field("info_slide", motion.info_slide, 4))
    if motion.definitions:
        lines.append("    definitions:")
        lines += [_field(json.dumps(k, ensure_ascii=False), v, 6) for k, v in motion.definitions.items()]
    lines.append("    sides:")
    for side, points in (("prop", motion.prop), ("opp", motion.opp)):
        lines.append(f"      {side}:")
        for point in points:
            lines += _point(point, 8, citation)
    return lines


def as_data(draft: Draft) -> dict[str, Any]:
    """The draft as the plain mapping its YAML holds."""

    citation = _citation(draft.source)

    def point(p: DraftPoint) -> dict[str, Any]:
        out: dict[str, Any] = {"claim": p.claim, "reasoning": p.reasoning}
        if p.evidence:
            out["evidence"] = {"text": p.evidence, **citation} if citation else p.evidence
        return out

    motions = []
    for m in draft.motions:
        entry: dict[str, Any] = {
            "id": m.id,
            "text": m.text,
            "type": m.type,
            "difficulty": m.difficulty,
            **({"area": _area(m)} if _area(m) else {}),
            "tags": list(m.tags),
            "info_slide": m.info_slide,
        }
        if m.definitions:
            entry["definitions"] = dict(m.definitions)
        entry["sides"] = {"prop": [point(p) for p in m.prop], "opp": [point(p) for p in m.opp]}
        motions.append(entry)
    return {"source": dict(draft.source), "motions": motions}


def _normalised(data: Any) -> Any:
    if isinstance(data, dict):
        return {str(k): _normalised(v) for k, v in data.items()}
    if isinstance(data, list):
        return [_normalised(v) for v in data]
    return " ".join(data.split()) if isinstance(data, str) else data


def no_motion_message(draft: Draft) -> str:
    """What to tell the person when the draft has no motion: why, and the sentences nearest a thesis."""
    lines = [
        "I found no clear proposal in this essay that makes a complete motion, so I drafted none "
        "rather than a broken one. The sentences closest to a thesis:"
    ]
    lines += [f"{n}. {sentence}" for n, sentence in enumerate(draft.nearest, start=1)]
    lines.append("Word a motion from them yourself (This House would … / This House believes that …).")
    return "\n".join(lines)


def _nearest(draft: Draft) -> list[str]:
    lines = _comments(["no motion drafted: no candidate was a complete proposition"], 0)
    lines.append("# The sentences closest to a thesis:")
    for n, sentence in enumerate(draft.nearest, start=1):
        wrapped = textwrap.wrap(" ".join(sentence.split()), width=WIDTH - 6) or [""]
        lines.append(f"#  {n}. {wrapped[0]}")
        lines += [f"#     {line}" for line in wrapped[1:]]
    return lines


def render_yaml(draft: Draft) -> str:
    """The draft as a commented YAML motion file that reads back to exactly the same data."""
    lines = [f"# {note}" for note in draft.notes]
    lines += _comments(draft.source_checks, 0)
    if not draft.motions:
        lines += _nearest(draft)
    lines.append("source:")
    for key in ("title", "author", "publication", "date", "address", "summary"):
        if draft.source.get(key):
            lines.append(_field(key, draft.source[key], 2))
    lines.append("")
    lines.append("motions:" if draft.motions else "motions: []")
    for motion in draft.motions:
        lines += _motion(motion, _citation(draft.source))
        lines.append("")
    text = "\n".join(lines).rstrip() + "\n"
    if _normalised(yaml.safe_load(text)) != _normalised(as_data(draft)):
        # Never hand out a file that says something other than the draft: fall back to plain YAML.
        text = (
            "\n".join(f"# {n}" for n in draft.notes)
            + "\n"
            + yaml.safe_dump(
                as_data(draft),
                allow_unicode=True,
                sort_keys=False,
                width=WIDTH,
            )
        )
    return text


def problems_in(text: str) -> list[Problem]:
    """What `debate-bot motions check` would say about this draft besides its CHECK notes (which the
    check refuses until a person has acted on them and deleted them)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "draft.yaml"
        path.write_text(text, encoding="utf-8")
        return [p for p in parse_file(path)[1] if p.field != NOTES_FIELD]
