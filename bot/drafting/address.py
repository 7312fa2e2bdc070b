"""The speaker's address to an audience: vocatives ("sir,", "Mr. President,", "gentlemen,") and the
author's own possessions ("my country", "our steps"). Neither belongs in a motion."""

from __future__ import annotations

import re

_TITLE = r"(?:mr\.?|madam|madame|mister)\s+(?:president|speaker|chairman|chair|mayor|secretary)"
VOCATIVE = (
    r"(?:" + _TITLE + r"|sir|sirs|madam|gentlemen|ladies and gentlemen|my lords?|my friends|my dear friends|"
    r"my (?:fellow[- ])?(?:citizens|countrymen|americans)|fellow[- ]citizens|fellow[- ]countrymen|"
    r"brethren|my brethren|friends)"
)
# A vocative opening the sentence ("Sir, we …"), between commas ("I repeat it, sir, we must …") or closing it.
_OPENING = re.compile(r"^" + VOCATIVE + r"\s*[,!]\s*", re.I)
_INSIDE = re.compile(r",\s*" + VOCATIVE + r"\s*(?=[,.!?;]|$)", re.I)
# "my country", "our steps": the author's or the audience's own, which "This House" cannot take over. A
# nation's "our" (our citizens, our commerce) is the House's own and stays.
_AUTHORS = re.compile(
    r"\b(?:my|mine)\b|\bour\s+(?:own\s+)?(?:steps|hearts?|minds?|eyes|ears|hands|feet|souls?|thoughts|"
    r"readers?|lives|selves|battles|brethren|chains|fathers|children|homes?|friends)\b",
    re.I,
)


def strip_vocatives(text: str) -> str:
    """The sentence without its vocatives: "Besides, sir, we shall …" → "Besides, we shall …"."""
    text = _INSIDE.sub("", text)
    return _OPENING.sub("", text.strip())


def address_problem(body: str) -> str | None:
    """Why a motion's body speaks to or for a particular audience, or None."""
    vocative = re.search(r"(?:^|,\s*)" + VOCATIVE + r"\s*(?:[,!]|$)", body, re.I)
    if vocative:
        return f"keeps a vocative ('{vocative.group(0).strip(' ,!')}'): a speech's address, not a proposition"
    own = _AUTHORS.search(body)
    if own:
        return f"keeps the author's own '{own.group(0)}': the House cannot speak of the author's possessions"
    return None


def addresses_audience(sentence: str) -> bool:
    """Whether the sentence speaks to its audience by a vocative ("Therefore, my friends, refuse …"): a
    command so addressed is the author's own ask, not a report."""
    return bool(re.search(r"(?:^|[,;]\s*)" + VOCATIVE + r"\s*[,!]", sentence, re.I))


_SPEECH = re.compile(
    r"^(?:(?:my\s+)?fellow[- ](?:countrymen|citizens|members|delegates)|ladies and gentlemen|my friends)"
    r"\s*[:,!]"
    r"|\blet us\s+(?:\w+ly\s+)?(?:resolve|strive|determine|pledge|work|go|not)\b",
    re.I,
)


def reads_as_speech(texts: list[str]) -> bool:
    """Whether a text speaks to its hearers ("FELLOW-COUNTRYMEN:", "let us strive …"): a speech, no story."""
    return any(_SPEECH.search(t) for t in texts)
