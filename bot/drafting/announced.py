"""A measure the speaker announces he will lay before a body: the proposal behind an address's future tense.

- "I shall (shortly) send to the council a new dredging plan, …" / "I will propose to this assembly a ten-year
  programme to V" → "we should adopt NP": the measure, when the noun phrase names one (`aims.names_measure`).
- "I will ask the council to V" / "I am asking the council to V" → "the council should V".
- "I shall ask the council for authority to V" → "we should V": the power asked for is the act it allows.

"I shall send you the figures", "I shall submit the accounts in my next report" and "I will ask you to
consider …" name no measure and come back as None.
"""

from __future__ import annotations

import re

from bot.drafting.aims import names_measure
from bot.drafting.measurephrase import adopted, measure_phrase

# a short purpose or time before the speaker: "To seize that chance, I shall …", "In the new year, I will …"
_LEAD = r"^(?:(?:to|in\s+order\s+to|in|at|within|early|later|next)\b[^,;:]{3,60},\s*)?"
_FUTURE = _LEAD + r"I\s+(?:shall|will|'ll|am\s+going\s+to|intend\s+to|mean\s+to)\s+"
_SOON = r"(?:(?:shortly|soon|also|now|again|therefore|presently|accordingly)\s+)?"
# the body the measure goes to: "to the Congress", "this assembly", "you", "to the Board of Health"
_BODY = (
    r"(?:to\s+)?(?:you|(?:the|this|our)\s+(?:[A-Z][\w-]*|council|house|assembly|parliament|legislature|committee|"
    r"board|senate|congress|meeting|chamber)(?:\s+(?:of\s+)?[A-Z][\w-]*){0,2})\s+"
)
_LAY_BEFORE = re.compile(
    _FUTURE + _SOON + r"(?:propose|send|submit|present|introduce|lay\s+before)\s+(?:" + _BODY + r")?"
    r"(?P<np>(?:a|an|the)\s+.+)$",
    re.I,
)
_ASKER = (
    _LEAD + r"I\s+(?:(?:shall|will|'ll|am\s+going\s+to|intend\s+to)\s+" + _SOON + r"ask|am\s+" + _SOON
    + r"asking)\s+"
)
_NOT_ACTOR = r"(?!(?:you|the reader|readers|everyone|anyone|leave|permission|pardon|your|that|this|it)\b)"
_ASK_TO = re.compile(_ASKER + _NOT_ACTOR + r"(?P<actor>[^,;:]{2,60}?)\s+to\s+(?P<vp>\w.+)$", re.I)
_ASK_FOR = re.compile(
    _ASKER + r"(?:" + _BODY + r")?for\s+(?:(?:new|increased|wider|further|full|greater|the|an?)\s+){0,2}"
    r"(?:authority|power|powers|leave|permission|discretion)\s+to\s+(?P<vp>\w.+)$",
    re.I,
)


def announced_measure(text: str) -> str | None:
    """ "ACTOR should VP" or "we should VP" for a measure the speaker says he will lay before a body or ask
    it for; None when the sentence announces none."""
    text = text.strip().rstrip(".!")
    power = _ASK_FOR.match(text)
    if power:
        return f"we should {power.group('vp')}"
    asked = _ASK_TO.match(text)
    if asked and not re.search(r"\bfor\b", asked.group("actor"), re.I):
        return f"{asked.group('actor')} should {asked.group('vp')}"
    laid = _LAY_BEFORE.match(text)
    if laid:
        measure = measure_phrase(laid.group("np"))
        if measure is not None and names_measure(measure):
            return f"we should {adopted(measure)}"
    return None
