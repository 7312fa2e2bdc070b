"""Fitting a found proposal into a whole motion: the clause its object needs put back, the modifiers set off
after it left to the info slide, and a campaigner's "demand a law" made the House's own act.

"Hospitals should give free taxis home to any member of staff who finishes a night shift" is cut by the
proposal reader before "who …", and the motion cut there ends inside the sentence's clause: the defining
clause goes back (`restore_clause`). "… fund a support officer for the villages, on foot and on a bicycle,
based in the village hall …" is too long with its modifiers and whole without them (`without_modifiers`).
"Let us demand a law that …" is what campaigners do; the House would introduce the law (`as_house_act`).
"Reject the lease tonight", "for a year only, and no longer": the speech's occasion and its emphasis are no
part of the motion (`without_occasion`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.drafting.finding import FoundRecommendation
from bot.drafting.grammar import OCCASIONS

# What opens a defining clause the proposal needs: "any member of staff who finishes a night shift …", "change
# the policy so that only the blazer carries the badge" ("which", "where" and "when" as often open an aside).
_RESTRICTIVE = ("who ", "that ", "whose ", "so that ")
_EXCEPTIONS = ("except where ", "except when ", "except for ", "except in ", "unless ")
# What campaigners do to get a measure, which the House would simply bring in: "demand a law that …".
_ASKED_FOR = re.compile(
    r"^(?P<house>This House would) (?:demand|call for|campaign for|press for|push for|lobby for)"
    r" (?=(?:a|an) (?:new )?(?:law|ban|tax|levy|cap|limit|duty|right|scheme|fund)\b)")
# A modifier set off after the proposal's object: "…, on foot and on a bicycle, based in the village hall",
# "…, to be maintained by a rate upon the houses".
_SET_OFF = re.compile(
    r",\s+(?:(?:on|in|at|with|by|from|under|within|without|during|through|subject\s+to|provided|except"
    r"|including|excluding)\s|[a-z]{3,}(?:ed|en)\s"
    r"|to\s+be\s+(?:[a-z]{3,}(?:ed|en)|paid|run|built|kept|held|set|met|made|given|done|borne|sold|bought)\s)")
# The occasion of a speech at the end of what it asks ("reject the lease of the north quay tonight"), or an
# emphasis that adds nothing to it ("for three years only, and no longer").
_OCCASION = re.compile(r"\s+(?:" + "|".join(o.replace(" ", r"\s+") for o in OCCASIONS) + r")$", re.I)
_EMPHASIS = re.compile(r",?\s+and\s+(?:no|not\s+a\s+day)\s+(?:longer|more|less|further|sooner|later)$", re.I)


def restore_clause(found: FoundRecommendation, text: str, checks: list[str]) -> tuple[str, list[str]]:
    """The policy motion with the clause its object needs put back. Only a clause that follows the picked
    act word for word in the source sentence goes back (a purpose clause up to its first comma); the motion
    and checks unchanged otherwise."""
    if len(found.picked) != 1:
        return text, checks
    act = " ".join(found.rec.actions[found.picked[0]].lower().split())
    source = " ".join(found.sentence.text.lower().split())
    for detail in found.rec.details:
        clause = " ".join(detail.split())
        if clause.lower().startswith("so that "):  # the purpose, up to its first comma
            clause = clause.split(",")[0]
        if clause.lower().startswith(_RESTRICTIVE) and f"{act} {clause.lower()}" in source:
            kept = [c for c in checks if not c.startswith("the essay qualifies this")]
            return f"{text} {clause}", kept
        # "ban the sale of playing fields outright, except where a new field is provided …": the exception
        # limits the policy, so it goes back with it (the structural check refuses a motion grown too long)
        excepted = clause.lower().startswith(_EXCEPTIONS) and f"{act}, {clause.lower()}" in source
        if excepted:
            kept = [c for c in checks if not c.startswith("the essay qualifies this")]
            return f"{text}, {clause}", kept
    return text, checks


def without_modifiers(text: str) -> str:
    """A policy motion without the modifiers set off by commas after its object (the essay's detail, for the
    info slide); the motion unchanged where none follows."""
    found = _SET_OFF.search(text)
    return text[: found.start()] if found else text


# Where a long act may end: before a phrase of means or time.
_ACT_ENDS = re.compile(r"\s(?=(?:by|before|after|until|within|under|through)\s)")


def core_act(text: str, is_whole: Callable[[str], bool]) -> str | None:
    """The longest opening of a policy motion too long to print that is itself whole (`is_whole`), cut
    before a phrase of means or time ("require every employer … to commission an independent audit of the
    system's outcomes by sex, ethnicity, age and disability" from "… before it is used, and every year
    afterwards, and to publish …"); None when no opening of at least eight words is."""
    for cut in sorted((m.start() for m in _ACT_ENDS.finditer(text)), reverse=True):
        opening = text[:cut].rstrip(" ,")
        if len(opening.split()) >= 8 and is_whole(opening):
            return opening
    return None


def without_occasion(text: str) -> str:
    """A policy motion without the speech's occasion at its end ("… tonight", "… today"), kept where it
    closes a comparison ("… than we are paying today"), and without an emphasis ("…, and no longer")."""
    text = _EMPHASIS.sub("", text)
    if re.search(r"\b(?:than|as)\s+(?:\w+\s+){0,6}\w+\s+\w+$", text, re.I):
        return text
    return _OCCASION.sub("", text)


def as_house_act(text: str) -> str:
    """ "This House would demand a law that …" as "This House would introduce a law that …"."""
    return _ASKED_FOR.sub(r"\g<house> introduce ", text)
