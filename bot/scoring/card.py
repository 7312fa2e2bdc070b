"""The scorecard: what the scorer returns and every adapter renders."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

FLAGS: dict[str, str] = {
    "wrong_side": "argues the other side",
    "off_topic": "is not about this motion",
    "too_short": "is too short to judge fully",
    "repetitive": "repeats itself",
    "padding": "is mostly connectives and stock phrases",
    "not_english": "is not in English (the scorer reads English only)",
    "copied": "copies the source material",
    "garbage": "is not readable text",
}


@dataclass(frozen=True)
class CriterionScore:
    """One rubric criterion: band 1-5, points on the rubric's scale, and feedback."""

    id: str
    name: str
    band: int
    points: float
    reason: str
    strength: str
    next_step: str


@dataclass(frozen=True)
class Advice:
    """One line of coaching: what to do (or keep), and the criterion it concerns ("" for the whole
    speech)."""

    criterion: str
    text: str

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> Advice | None:
        """Rebuild advice stored with `asdict`, or None."""
        return cls(data.get("criterion", ""), data["text"]) if data and data.get("text") else None


@dataclass(frozen=True)
class Scorecard:
    """A speech's result against one rubric. `to_json()` gives the stable --json shape."""

    motion: str
    side: str
    rubric: str
    total: float
    scale: tuple[float, float]
    criteria: tuple[CriterionScore, ...]
    flags: tuple[str, ...] = ()
    key_points_made: tuple[str, ...] = ()
    key_points_missed: tuple[str, ...] = ()
    opposing_answered: tuple[str, ...] = ()
    opposing_standing: tuple[str, ...] = ()
    scorer_version: str = ""
    extras: dict[str, Any] = field(default_factory=dict)
    # The coach's priority: one fix first, at most two next steps, the strongest moment.
    fix_first: Advice | None = None
    next_steps: tuple[Advice, ...] = ()
    strongest: Advice | None = None

    def to_json(self) -> dict[str, Any]:
        """The card as plain JSON values with the documented stable keys."""
        return {
            "motion": self.motion,
            "side": self.side,
            "rubric": self.rubric,
            "total": self.total,
            "scale": list(self.scale),
            "criteria": [asdict(c) for c in self.criteria],
            "flags": list(self.flags),
            "key_points": {"made": list(self.key_points_made), "missed": list(self.key_points_missed)},
            "opposing_points": {
                "answered": list(self.opposing_answered),
                "standing": list(self.opposing_standing),
            },
            "scorer_version": self.scorer_version,
            "coaching": {
                "fix_first": asdict(self.fix_first) if self.fix_first else None,
                "next": [asdict(a) for a in self.next_steps],
                "strongest": asdict(self.strongest) if self.strongest else None,
            },
            **({"extras": self.extras} if self.extras else {}),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Scorecard:
        """Rebuild a card stored with `to_json()` (cards stored before coaching existed have none)."""
        coaching = data.get("coaching") or {}
        return cls(
            motion=data["motion"], side=data["side"], rubric=data["rubric"],
            total=data["total"], scale=(data["scale"][0], data["scale"][1]),
            criteria=tuple(CriterionScore(**c) for c in data["criteria"]),
            flags=tuple(data.get("flags", ())),
            key_points_made=tuple(data.get("key_points", {}).get("made", ())),
            key_points_missed=tuple(data.get("key_points", {}).get("missed", ())),
            opposing_answered=tuple(data.get("opposing_points", {}).get("answered", ())),
            opposing_standing=tuple(data.get("opposing_points", {}).get("standing", ())),
            scorer_version=data.get("scorer_version", ""),
            extras=dict(data.get("extras", {})),
            fix_first=Advice.from_json(coaching.get("fix_first")),
            next_steps=tuple(a for a in map(Advice.from_json, coaching.get("next", [])) if a),
            strongest=Advice.from_json(coaching.get("strongest")),
        )


def with_sentence(card: Scorecard, points: tuple[str, ...]) -> list[str]:
    """Each key point followed by the sentence of the speech that made or answered it, if known."""
    sentences = card.extras.get("point_sentences") or {}
    return [f"{p} ← {sentences[p]}" if p in sentences else p for p in points]
