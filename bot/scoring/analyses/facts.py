"""Specific facts in a sentence: figures and proper names, not counts of the speech's own points."""

from __future__ import annotations

import re

from bot.scoring.analyses.cues import NUMBER
from bot.scoring.speech import content_words

_COUNTING = re.compile(
    r"(?:\w+ )?(arguments?|points?|reasons?|things?|issues?|ways?|parts?|sides?|minutes?|speakers?)\b",
    re.IGNORECASE,
)
_PROPER = re.compile(r"(?<=[a-z,;:] )([A-Z][a-zA-Z'.-]+(?: [A-Z][a-zA-Z'.-]+)*)")
_NOT_NAMES = {"I", "I'm", "I'll", "I've", "Opposition", "Proposition", "House", "Government", "Prime",
              "Minister", "Firstly", "Secondly", "Finally", "The", "This", "We", "They", "It", "So", "But"}


def specifics(unit: str, known: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """Figures and names in a unit (not counts of the speech's own arguments, nor names in `known`)."""
    found: list[str] = []
    for match in NUMBER.finditer(unit):
        tail = unit[match.end(): match.end() + 24]
        if not _COUNTING.match(tail.strip()) and not re.fullmatch(r"(?:one|1)", match.group(0).strip(), re.I):
            found.append(match.group(0).strip())
    for match in _PROPER.finditer(unit):
        name = match.group(1)
        if name.split()[0] not in _NOT_NAMES and not set(content_words(name)) <= known:
            found.append(name)
    return found


_ADJECTIVAL = re.compile(r"(?:an|ese|ish|i)$")


def weight(unit: str, known: set[str] | frozenset[str] = frozenset()) -> float:
    """How telling a unit's specifics are: figures and full names count, "American aid" hardly does."""
    total = 0.0
    for found in specifics(unit, known):
        if found[0].isdigit() or NUMBER.fullmatch(found):
            total += 2.0
        elif " " in found:
            total += 1.5
        else:
            after = unit[unit.find(found) + len(found):][:2]
            adjective = bool(_ADJECTIVAL.search(found)) and after[:1] == " " and after[1:2].islower()
            total += 0.2 if adjective else 1.0
    return total
