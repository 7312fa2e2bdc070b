"""One renderer for every scorecard: the terminal, Telegram's short card and full feedback, clubs.

`layout` decides what a card says, in which order, from the card's model alone: total, flags, the
coach's priority (fix first, at most two next steps, the strongest moment), a line per criterion
and the key points. The terminal and Telegram differ only in markup (`plain`, `html`); the
short card keeps a shorter selection of the same lines.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from html import escape

from bot.motions import SIDE_LABELS
from bot.practice.timing import timing_note
from bot.rubric import RubricError, load_rubric
from bot.scoring.card import FLAGS, Advice, CriterionScore, Scorecard, with_sentence
from bot.scoring.feedback import NO_STRENGTH
from bot.voice.delivery import delivery_lines  # voice (issue 16): the Delivery section

WIDTH = 80
SHORT_POINTS = 3  # key points listed per heading, except in full
DETAILS = ("short", "card", "full")
PLACEHOLDER_STEPS = ("Nothing to add here.", "Keep doing this.")


@dataclass(frozen=True)
class Line:
    """One line of a card: its kind (which sets its mark and markup), a label and the text."""

    kind: str
    text: str
    label: str = ""


def _number(value: float) -> str:
    return f"{value:.1f}".removesuffix(".0")


def rubric_title(rubric_id: str) -> str:
    """The rubric's display name ("World Schools (WSDC)"), or its id if it no longer loads."""
    try:
        return load_rubric(rubric_id).name
    except (RubricError, OSError):  # an unknown or club rubric file: show what was stored
        return rubric_id


def total_band(card: Scorecard) -> str:
    """The label of the speaker-scale band the total falls in, or ""."""
    try:
        band = load_rubric(card.rubric).total_band(card.total)
    except (RubricError, OSError):  # an unknown or club rubric: the card still renders without a band
        return ""
    return band.label if band else ""


def _shared_step(card: Scorecard) -> str:
    """A step several criteria of an older card share (a flag's advice): said once, first."""
    steps = [c.next_step.strip() for c in card.criteria if c.next_step.strip()]
    repeated = [s for s in dict.fromkeys(steps) if steps.count(s) > 1 and s not in PLACEHOLDER_STEPS]
    return repeated[0] if repeated else ""


def coaching(card: Scorecard) -> tuple[Advice | None, tuple[Advice, ...], Advice | None]:
    """(fix first, next steps, strongest): the card's own, or for a card stored before cards
    carried them, the shared step or the weakest criterion's step and its best strength."""
    if card.fix_first or card.next_steps or card.strongest:
        return card.fix_first, card.next_steps, card.strongest
    shared = _shared_step(card)
    fix: Advice | None = Advice("", shared) if shared else None
    if fix is None:
        with_step = [c for c in card.criteria if c.next_step.strip() not in ("", *PLACEHOLDER_STEPS)]
        weakest = min(with_step, key=lambda c: (c.band, c.points), default=None)
        fix = Advice(weakest.name, weakest.next_step) if weakest else None
    quoted = [c for c in card.criteria if c.strength.strip() not in ("", NO_STRENGTH) and c.band >= 2]
    best = max(quoted, key=lambda c: (c.band, c.points), default=None)
    return fix, (), Advice(best.name, best.strength) if best else None


def _findings(card: Scorecard, c: CriterionScore) -> str:
    """What the analyses found for a criterion, without the rubric's band description in front
    (the band says that); a capped criterion keeps the line that explains the cap."""
    try:
        criterion = load_rubric(card.rubric).criterion(c.id)
    except (RubricError, OSError):  # an unknown or club rubric: show the reason as stored
        criterion = None
    heading = criterion.bands.get(c.band, "") if criterion else ""
    return c.reason.removeprefix(heading).strip() if heading else c.reason


def _criterion(card: Scorecard, c: CriterionScore, findings: bool) -> Line:
    text = f"{c.band}/5 · {_number(c.points)} points"
    found = _findings(card, c) if findings else ""
    return Line("criterion", f"{text}: {found}" if found else text, c.name)


def _points(title: str, items: list[str], mark: str, limit: int | None) -> list[Line]:
    if not items:
        return []
    shown = items if limit is None else items[:limit]
    lines = [Line("heading", title), *(Line(mark, item) for item in shown)]
    if len(items) > len(shown):
        lines.append(Line("more", f"…and {len(items) - len(shown)} more"))
    return lines


def _key_points(card: Scorecard, detail: str) -> list[Line]:
    """The key points: three of each heading on a short card; on the terminal card a count of
    those made and answered, then what is still to do; in full, every point with its sentence."""
    if detail == "full":
        return [
            *_points("Key points you made", with_sentence(card, card.key_points_made), "made", None),
            *_points("Key points you missed", list(card.key_points_missed), "missed", None),
            *_points("Opposing points you answered", with_sentence(card, card.opposing_answered), "answered",
                     None),
            *_points("Opposing points left standing", list(card.opposing_standing), "standing", None),
        ]
    if detail == "short":
        return [
            *_points("Key points you made", list(card.key_points_made), "made", SHORT_POINTS),
            *_points("Key points you missed", list(card.key_points_missed), "missed", SHORT_POINTS),
            *_points("Opposing points left standing", list(card.opposing_standing), "standing", SHORT_POINTS),
        ]
    own = len(card.key_points_made) + len(card.key_points_missed)
    theirs = len(card.opposing_answered) + len(card.opposing_standing)
    counts = [f"you made {len(card.key_points_made)} of your side's {own}" if own else "",
              f"answered {len(card.opposing_answered)} of their {theirs}" if theirs else ""]
    summary = "Key points: " + " and ".join(c for c in counts if c) + "."
    return [
        *([Line("heading", summary)] if own or theirs else []),
        *_points("Still to make", list(card.key_points_missed), "missed", SHORT_POINTS),
        *_points("Still to answer", list(card.opposing_standing), "standing", SHORT_POINTS),
    ]


def _delivery(card: Scorecard) -> list[Line]:
    """A spoken speech's Delivery section (bot/voice/delivery.py); a written speech has none."""
    found = card.extras.get("delivery")
    if not isinstance(found, dict):
        return []
    return [Line("heading", "Delivery"), *(Line("note", text) for text in delivery_lines(found))]


def layout(card: Scorecard, *, detail: str = "card", late: bool = False, title: str = "Scorecard",
           ) -> list[list[Line]]:
    """The card as blocks of lines, at one of three details: "short" (Telegram's card, clubs),
    "card" (the terminal: every criterion's findings, the key points still to do) or "full"
    (Telegram's full feedback: every key point with the sentence that made it). `title` heads it."""
    if detail not in DETAILS:
        raise ValueError(f"detail should be one of {', '.join(DETAILS)}, not {detail!r}")
    low, high = card.scale
    band = total_band(card)
    side = SIDE_LABELS.get(card.side, card.side)
    head = [Line("title", f"{side} · rubric: {rubric_title(card.rubric)}", title),
            Line("motion", card.motion)]
    words, target = card.extras.get("word_count"), list(card.extras.get("target_words") or ())
    shows_length = bool(words) and len(target) == 2 and detail != "short"
    length = f" · {words:,} words (aim {target[0]}–{target[1]})" if shows_length else ""
    total = [Line("total", f"on {_number(low)}–{_number(high)}" + (f" ({band})" if band else "") + length,
                  _number(card.total))]
    total += [Line("flag", f"Your speech {FLAGS.get(f, f.replace('_', ' '))}.") for f in card.flags]
    timing = card.extras.get("timing")
    if isinstance(timing, dict) and {"used_seconds", "allowed_seconds"} <= timing.keys():
        total.append(Line("late" if late or timing.get("late") else "note", timing_note(timing)))
    elif late:
        total.append(Line("late", "Handed in after the speaking time."))
    fix, steps, best = coaching(card)
    coach = [Line("fix", fix.text, fix.criterion)] if fix else []
    coach += [Line("next", a.text, a.criterion) for a in steps]
    if best:
        coach.append(Line("strongest", best.text, best.criterion))
    criteria = [_criterion(card, c, detail != "short") for c in card.criteria]
    notes = []
    if detail != "short" and card.extras.get("note"):
        notes.append(Line("note", str(card.extras["note"])))
    if detail == "full" and card.scorer_version:
        notes.append(Line("version", f"scorer {card.scorer_version}"))
    blocks = (head, total, coach, criteria, _delivery(card), _key_points(card, detail), notes)
    return [block for block in blocks if block]


# --------------------------------------------------------------------------- plain text

_PLAIN_LABELS = {"fix": "Fix first", "next": "Next", "strongest": "Strongest"}
_PLAIN_MARKS = {"made": "+", "missed": "-", "answered": "✓", "standing": "!", "flag": "!"}


def _wrap(text: str, first: str, indent: str) -> list[str]:
    lines = textwrap.wrap(" ".join(text.split()), WIDTH, initial_indent=first, subsequent_indent=indent)
    return lines or [first]


def _plain_line(line: Line) -> list[str]:
    if line.kind == "title":
        return ["-" * WIDTH, *_wrap(f"{line.label.upper()}  ·  {line.text}", "", "  ")]
    if line.kind == "motion":
        return [*_wrap(line.text, "  ", "  "), "-" * WIDTH]
    if line.kind == "total":
        return _wrap(f"Total: {line.label} {line.text}", "", "  ")
    if line.kind in _PLAIN_LABELS:
        label = _PLAIN_LABELS[line.kind] + (f" ({line.label})" if line.label else "") + ": "
        return _wrap(line.text, label, "    ")
    if line.kind == "criterion":
        return _wrap(line.text, f"  {line.label} ", "      ")
    if line.kind == "heading":
        return _wrap(line.text if line.text.endswith(".") else line.text + ":", "", "  ")
    if line.kind in _PLAIN_MARKS:
        return _wrap(line.text, f"  {_PLAIN_MARKS[line.kind]} ", "    ")
    if line.kind == "version":
        return [f"({line.text})"]
    return _wrap(line.text, "  " if line.kind == "more" else "", "  ")


def plain(blocks: list[list[Line]]) -> str:
    """The card as plain text for an 80-column terminal."""
    out: list[str] = []
    for k, block in enumerate(blocks):
        if k > 1:
            out.append("")
        for line in block:
            out += _plain_line(line)
    return "\n".join([*out, "-" * WIDTH])


# --------------------------------------------------------------------------- Telegram HTML

_HTML_MARKS = {"made": "✅", "missed": "➕", "answered": "🛡", "standing": "❗", "flag": "⚠️", "late": "⌛"}
_HTML_LABELS = {"fix": "🎯 <b>Fix first</b>", "next": "➡️ <b>Next</b>", "strongest": "💪 <b>Strongest</b>"}


def _dots(text: str) -> str:
    band = int(text.split("/", 1)[0]) if text[:1].isdigit() else 0
    return "●" * band + "○" * (5 - band)


def _html_line(line: Line, limit: int) -> str:
    text = escape(line.text if len(line.text) <= limit else line.text[: limit - 1].rstrip() + "…")
    if line.kind == "title":
        return f"<b>{escape(line.label)}</b> · {text}"
    if line.kind == "motion":
        return f"<i>{text}</i>"
    if line.kind == "total":
        return f"<b>Total: {escape(line.label)}</b> {text}"
    if line.kind in _HTML_LABELS:
        label = _HTML_LABELS[line.kind] + (f" ({escape(line.label)})" if line.label else "")
        return f"{label}: {text}"
    if line.kind == "criterion":
        return f"{_dots(line.text)} <b>{escape(line.label)}</b> {text}"
    if line.kind == "heading":
        return f"\n<b>{text}</b>"
    if line.kind in _HTML_MARKS:
        return f"{_HTML_MARKS[line.kind]} {text}"
    if line.kind == "version":
        return f"<i>{text}</i>"
    return text


def html(blocks: list[list[Line]], limit: int = 600) -> str:
    """The card as Telegram HTML; every string from the card is escaped, each cut at `limit`."""
    parts = ["\n".join(_html_line(line, limit) for line in block).strip("\n") for block in blocks]
    return "\n\n".join(p for p in parts if p)


__all__ = ["Line", "coaching", "html", "layout", "plain", "rubric_title", "total_band"]
