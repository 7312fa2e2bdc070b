"""Words in a motion that point back into the essay: "then", "further", "also", "thus", "likewise".

Lifted from a speech, "the policies which were right then are obsolete today" leans on a time the
essay named before, and "the year has further been marked by …" on a list the motion does not hold.
`strip_pointers` takes such a word out when the clause stands without it; `pointer_problem` names one
that is left, so that `structure.problem` refuses the motion.
"""

from __future__ import annotations

import re

# Adverbs that point back: "also" (not the "but also" of "not only … but also"), "likewise", "thus", ….
_ALWAYS = r"(?<!\bbut )also|likewise|thus|moreover|furthermore|accordingly|thereby|therefore|hence"
# "further" as an adverb: after an auxiliary ("has further been"), before "been"/"be", or between commas.
_AUXILIARIES = ("has", "have", "had", "is", "are", "was", "were", "be", "been", "will", "would", "shall",
                "should", "must", "may", "can", "could")
_FURTHER = (
    "(?:" + "|".join(rf"(?<=\b{a} )" for a in _AUXILIARIES) + r")further(?= )|further(?= (?:be|been)\b)"
)
# "then" as a time ("right then", "since then", "until then"), not the "then" of "if … then" or "and then".
_THEN_TIME = r"(?:since|until|till|by|from|even) then\b"
_CONDITION = re.compile(r"\b(?:if|when|whenever|once|unless|until|after|before|first)\b", re.I)
_POINTER = re.compile(rf",?\s*\b(?:{_ALWAYS}|{_FURTHER}|(?<![\w,] )further(?=,))\b,?(?=\s|$)", re.I)
_BODY = re.compile(r"^(This House (?:would|believes that|opposes|supports|regrets|prefers) )(.*)$", re.S)


def _then_pointer(body: str) -> re.Match[str] | None:
    """A "then" that names a time outside the motion: any "then" with no condition or sequence before it."""
    for then in re.finditer(r"\bthen\b", body, re.I):
        before = body[: then.start()]
        if re.search(_THEN_TIME + r"$", body[: then.end()], re.I):
            return then
        if _CONDITION.search(before) or re.search(r"\band\s*,?\s*$", before, re.I):
            continue  # "if X, then Y"; "train them and then send them"
        return then
    return None


def pointer_problem(body: str) -> str | None:
    """The word in a motion's body that points back into the essay, or None."""
    found = _POINTER.search(body)
    if found:
        return f"'{found.group(0).strip(' ,')}' points back to something the motion does not hold"
    then = _then_pointer(body)
    if then:
        return "'then' names a time the motion does not state"
    return None


# A consequence appended to a whole clause: "…, thus making it possible to balance the budget".
_TRAILING_CONSEQUENCE = re.compile(
    r",\s*(?:and\s+)?(?:thus|thereby|hence|therefore)\s+[a-z]+ing\b[^;:]*$", re.I
)
# A participle the pointer governs: "thus constituted", "so amended".
_PARTICIPLE = re.compile(
    r"\s*(?!(?:been|even|often|then|when|seven|ten|men|women|children|open|being|nothing"
    r"|anything|everything|something|king|thing|bring|during)\b)"
    r"([a-z]+(?:ed|en|ing)|made|done|held|kept|left|set|built|taken|given)\b",
    re.I,
)


def _without(pointer: re.Match[str], body: str) -> str:
    """What a pointer is replaced with: nothing, a comma, or itself where taking it out would leave a
    participle dangling ("Democracy, thus constituted, does …" → "Democracy, constituted, does …") or a
    phrase orphaned after a comma ("…, thus the best course, …"); a pointer left in is refused by
    `pointer_problem`."""
    found = pointer.group(0)
    after = body[pointer.end() :]
    if _PARTICIPLE.match(after) and not found.rstrip().endswith(","):
        return found
    if found.lstrip().startswith(",") and not found.rstrip().endswith(",") and after.strip():
        return found  # ", thus X": X would be left as an appositive hanging on the comma
    return "," if re.match(r",[^,]*$", found) else ""


_HERE = re.compile(
    r"\s+in this (?:country|nation|land|kingdom)\b(?=\s+(?:should|must|ought|would|is|are|to|for|from|by|at"
    r"|on|within|until|before|after)\b|[,.]|$)", re.I)

_HERE_ASIDE = re.compile(r",\s+in this (?:country|nation|land|kingdom),(?=\s)", re.I)


# The author's own place named with "this" after a preposition: "every office of this city" is the city the
# essay is about, which the motion names as "the city".
OWN_PLACES = ("city|town|township|borough|county|parish|state|country|nation|kingdom|district|village|island"
              "|province|colony|valley|republic|commonwealth")
_OWN_PLACE = re.compile(
    rf"(?:\b(?P<prep>of|for|to|across|throughout|within|into|in|from|upon|on|at|over|beyond)\s+|^)this\s+"
    rf"(?P<place>{OWN_PLACES})\b", re.I)


def strip_pointers(motion: str) -> str:
    """The motion without the words that point back into the essay ("has further been" → "has been",
    "were right then are" → "were right are"); unchanged when it holds none. A pointer that cannot be
    taken out cleanly is left for `pointer_problem` to refuse."""
    match = _BODY.match(motion)
    if match is None:
        return motion
    opening, body = match.groups()
    body = _TRAILING_CONSEQUENCE.sub("", body)  # "…, thus making it possible …": the main clause stands alone
    body = _HERE_ASIDE.sub("", body)  # "every question, in this country, comes back …": the aside goes whole
    body = _HERE.sub("", body)  # "every firm in this country should …": the author's own country goes
    # "every office of this city" → "… of the city"; "this island ought to …" → "the island ought to …"
    body = _OWN_PLACE.sub(lambda m: f"{m['prep'] + ' ' if m['prep'] else ''}the {m['place']}", body)
    body = _POINTER.sub(lambda m: _without(m, body), body)
    then = _then_pointer(body)
    if then and not re.search(_THEN_TIME + r"$", body[: then.end()], re.I):
        body = body[: then.start()] + body[then.end() :]
    elif then:  # "since then", "until then": the phrase goes with it
        phrase = re.search(_THEN_TIME + r"$", body[: then.end()], re.I)
        if phrase:
            body = body[: phrase.start()] + body[then.end() :]
    body = re.sub(r"\s{2,}", " ", body).replace(" ,", ",").strip(" ,")
    return opening + body
