"""A body asked to petition the House: "this Association (should) petition Parliament for the total and
immediate repeal of the duties on imported corn" is a campaign for Parliament's act, and the motion is that
act: "Parliament should repeal the duties on imported corn". "X (should) ask the council to V" likewise gives
"the council should V".
"""

from __future__ import annotations

import re

_PETITIONED = re.compile(
    r"^(?P<who>[^,;:]{2,60}?)\s+(?:should\s+)?(?:petition|ask|press|lobby|memoriali[sz]e|call\s+(?:up)?on|urge)\s+"
    r"(?P<body>Parliament|Congress|the\s+(?:government|legislature|crown|council|assembly|house|minister|"
    r"secretary\s+of\s+state)(?:\s+of\s+[A-Z]\w+)?)\s+"
    r"(?:for\s+(?:the\s+)?(?:(?:total|immediate|complete|speedy|early|entire|prompt|full)\s+(?:and\s+)?)*"
    r"(?P<noun>[a-z]+)\s+of\s+(?P<object>[^,;:]+)|to\s+(?P<vp>[a-z][^;:]+))",
    re.I,
)


def petitioned(text: str) -> str | None:
    """ "X (should) petition Parliament for the repeal of Y" as "Parliament should repeal Y", "X (should) ask
    the council to V" as "the council should V"; None for any other clause or a noun of no act."""
    from bot.drafting.grammar import VERBS  # here: grammar reads the modules that read this one
    from bot.drafting.nominals import noun_verb

    found = _PETITIONED.match(text.strip())
    if found is None:
        return None
    if found.group("vp"):
        return f"{found.group('body')} should {found.group('vp')}"
    verb = noun_verb(found.group("noun"), set(VERBS))
    return f"{found.group('body')} should {verb} {found.group('object').strip()}" if verb else None
