"""A proposal worded as a mere possibility: "Or, and I offer this only as a wild thought, the council could
simply repair the roof this summer" → "the council could simply repair …" read as "the council should repair
…". "Could" alone describes what is possible ("the town could lose its bank"); "could simply", "could just",
"might instead" said of a body that a proposal can call on is the author's suggestion, often the plain ask
at the end of a satire.
"""

from __future__ import annotations

import re

from bot.drafting.actions import house_verbs
from bot.drafting.wording import can_be_called_on

# The author's modest aside before the suggestion: "Or, and I offer this only as a wild thought, …".
_MODEST_ASIDE = re.compile(
    r"^(?:(?:or|and|but|so)\s*,?\s*)?(?:and\s+)?I\s+(?:only\s+)?(?:offer|suggest|say|put|mention|float|throw\s+out)"
    r"\s+(?:this|it)\b[^,]{0,60},\s*",
    re.I,
)
_SUGGESTED = re.compile(
    r"^(?:or\s+)?(?P<actor>[^,;:]{2,60}?)\s+(?:could|might)\s+(?:simply|just|instead|always|easily)\s+"
    r"(?P<vp>[a-z].+)$",
    re.I,
)


def suggested(text: str) -> str:
    """"X could simply V" (X a body a proposal can call on, not "I"; V a verb the House can do) as "X should
    V"; any other sentence unchanged."""
    found = _SUGGESTED.match(_MODEST_ASIDE.sub("", text, count=1))
    if found is None or re.match(r"^I\b", found.group("actor")) or not can_be_called_on(found.group("actor")):
        return text
    if found.group("vp").split()[0].lower() not in house_verbs():
        return text  # "the town could simply lose its bank": what may befall it, nothing it could be asked
    if re.search(r",\s+but\b", found.group("vp")):
        return text  # "the council could simply sell it, but …": a possibility weighed, not asked
    return f"{found.group('actor')} should {found.group('vp')}"
