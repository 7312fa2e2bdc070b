"""Stances on a thing: the speaker, in the first person, for or against something they name.

"I'm against unpaid internships", "we proudly oppose trophy hunting", "I won't defend cash bail",
"count me in for free school meals": the stance and the thing it is on. What the stance says of the
motion depends on what the thing is to it (statements.py): being against what a ban removes backs
the ban. A claim ("the idea that P"), a person or group ("those who …") and a question are no thing.
"""

from __future__ import annotations

import re

_WHO = (r"(?:^|[.;:!]\s+|\b(?:and|so|but|frankly|honestly|tonight|today|personally),?\s+)"
        r"(?:i|we|my (?:team|side|bench)|our (?:team|side|bench))")
# What may stand between the speaker and the stance: "am proudly", "are here to", "will always".
_BETWEEN = (r"(?:'m|'re|'ll|'d|\s+am|\s+are|\s+is|\s+will|\s+would|\s+shall)?(?:\s+\w+ly)?"
            r"(?:\s+(?:here|proud|honou?red|glad|happy|delighted|determined|going|always|still|firmly)"
            r"(?:\s+to)?)?(?:\s+\w+ly)?")
_NOT = r"(?:\s+(not|never|cannot|can't|won't|don't|do not|will not|would never|refuse to|am not|are not))?"
_FOR = (r"support|back|defend|champion|favou?r|welcome|(?:(?:be|am|are|is) )?(?:all )?for(?! one\b)"
        r"|stand (?:up )?for|stand (?:\w+ly )?(?:with|behind)|side with|(?:(?:be|am|are|is) )?in favou?r of"
        r"|(?:(?:be|am|are|is) )?on the side of")
_AGAINST = (r"oppose|reject|object to|(?:(?:be|am|are|is) )?(?:dead )?against|stand against"
            r"|(?:(?:be|am|are|is) )?opposed to")
_STANCE = re.compile(
    rf"{_WHO}{_BETWEEN}{_NOT}\s+(?:({_FOR})|({_AGAINST}))\s+(?P<thing>[^,;:.!?]+)"
    r"|\bcount (?:me|us) (?:\w+ly )?(?:(in|behind)(?: for| on)?|(out)(?: of| on)?)\s+(?P<counted>[^,;:.!?]+)",
    re.IGNORECASE)
# Where the thing ends: a reason, a contrast or a clause of the speaker's own.
_THING_ENDS = re.compile(r"\s+(?:because|since|as|when|while|and|but|so|or|until|unless|if)\b.*$",
                         re.IGNORECASE)
# Words that close a stance without naming anything: "I support it fully", "… tonight".
_LAST_WORDS = re.compile(r"(?:\s+(?:\w+ly|tonight|today|here|now|all the way|wholeheartedly))+\s*$",
                         re.IGNORECASE)
# No thing: a claim, the motion itself, an act ("shutting gamers out"), people, something described
# by what it does ("the museums that insist on …"), or a pointer with nothing named.
_NO_THING = re.compile(r"^(?:the|this|that)\s+(?:idea|claim|view|notion|belief|argument|case|motion"
                       r"|resolution|proposal)\b|^(?:those|people|anyone|everyone|all)\b|^\w+ing\b"
                       r"|\b(?:who|whom|that|which)\b|^(?:it|this|that|them|him|her|you)$", re.IGNORECASE)


def stance_on(unit: str) -> tuple[float, str] | None:
    """The speaker's stance (+1 for, -1 against) and what it is on, whatever that is ("unpaid
    internships", "ending cash bail", "the workers who …", "this motion"); None where the unit takes
    no such stance."""
    text = " ".join(unit.split())
    if text.endswith("?"):
        return None
    match = _STANCE.search(text)
    if match is None:
        return None
    aimed = _LAST_WORDS.sub("", _THING_ENDS.sub("", match.group("thing") or match.group("counted"))).strip()
    if not aimed:
        return None
    backs = bool(match.group(2) or match.group(5))
    negated = bool(match.group(1))
    return (1.0 if backs != negated else -1.0), aimed


def names_a_thing(aimed: str) -> bool:
    """What a stance is on is a thing: not a claim, an act, people, or something described by what
    it does."""
    return not _NO_THING.search(aimed)
