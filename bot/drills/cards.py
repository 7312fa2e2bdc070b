"""A drill's prompt and its result card as plain lines; the terminal prints them, Telegram escapes them.

The first line of each is its title.
"""

from __future__ import annotations

from bot.drills.values import KIND_LABELS, Drill, DrillResult, Summary
from bot.motions import SIDE_LABELS, other_side
from bot.practice.timing import clock

QUOTE = 300
WEEK_WORDS = {"rebuttal": ("rebuttals", "answered"), "case": ("cases built", "with two key points or more"),
              "weighing": ("weighing drills", "with a real comparison")}


def _quote(text: str, limit: int = QUOTE) -> str:
    text = " ".join(text.split())
    return "“" + (text if len(text) <= limit else text[: limit - 1].rstrip() + "…") + "”"


def prompt(drill: Drill, seconds: float) -> list[str]:
    """What the debater must do, on which motion and side, in how long."""
    them = SIDE_LABELS[other_side(drill.side)]
    lines = [f"🎯 {KIND_LABELS[drill.kind]} drill · {clock(seconds)}", drill.motion.text,
             f"You are {drill.side_label}."]
    if drill.why:
        lines.append(drill.why)
    if drill.kind == "rebuttal" and drill.point is not None:
        said = " ".join(p for p in (drill.point.claim, drill.point.reasoning) if p)
        lines += [f"The {them} says: {_quote(said)}",
                  "Answer this point: say why it is wrong or matters less, and why."]
    elif drill.kind == "case":
        lines.append(f"Give the three strongest points for {drill.side_label}, one a line, "
                     "each with its reason.")
    elif drill.point is not None and drill.own_point is not None:
        lines += [f"Your impact: {_quote(drill.own_point.claim)}",
                  f"Their impact: {_quote(drill.point.claim)}",
                  "Say why yours matters more: compare scale, likelihood, time frame or reversibility."]
    return lines


def summary_line(summary: Summary) -> str:
    """"Rebuttals this week: 6, answered 4"."""
    done, passed = WEEK_WORDS[summary.kind]
    return f"{done.capitalize()} this week: {summary.done}, {passed} {summary.passed}"


def result(found: DrillResult) -> list[str]:
    """The drill's card: score, the answer quoted, what it did and missed, the bank's best, the week."""
    drill, judgement = found.drill, found.judgement
    lines = [f"📋 {KIND_LABELS[drill.kind]} drill · {judgement.score:g} of 100",
             f"You wrote: {_quote(found.answer)}"]
    if judgement.found:
        lines.append(("Found: " if drill.kind == "case" else "✓ ") + "; ".join(judgement.found))
    if judgement.missed:
        label = "Strong points you missed: " if drill.kind == "case" else "✗ Not yet: "
        lines.append(label + "; ".join(judgement.missed))
    if judgement.extra:
        lines.append("Your own points the bank lacks: " + "; ".join(judgement.extra))
    if judgement.model:
        lines.append("Strongest responses from the bank: " + "; ".join(judgement.model))
    if judgement.advice:
        lines.append(f"Next: {judgement.advice}")
    timing = "late" if found.late else "in time"
    lines.append(f"Answered in {clock(found.used_seconds)} of {clock(found.allowed_seconds)} ({timing}).")
    if found.comes_back:
        lines.append("This point comes back in your next rebuttal drill.")
    lines.append(summary_line(found.summary))
    return lines
