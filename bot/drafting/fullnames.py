"""A thing the essay named in full and then by its head noun alone, named in full in the motion.

"The salary cap arrived five seasons ago … So what should the league do? Scrap the cap": lifted alone,
"scrap the cap" never says which cap. Where every earlier mention that qualifies the noun qualifies it the
same way ("the salary cap", "a salary cap"), the motion's bare "the cap" takes that word back: "scrap the
salary cap". Two different qualifiers ("the district council", "the county council") leave it as it is.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from bot.drafting.cues import STOPWORDS
from bot.drafting.reading import Essay
from bot.drafting.recommendation import Recommendation

# A bare "the N" that nothing after it defines: at the end, or before a preposition of time, place or manner.
_BARE_THE = re.compile(
    r"\bthe\s+(?P<noun>[a-z]{3,})\b(?=\s*$|\s*,|\s+(?:in|at|on|for|from|by|before|after|and|or|to|with|within|"
    r"altogether|entirely|outright|now|today|immediately|at\s+once)\b)")
# Qualifiers that say nothing of which thing: "the same cap", "the new cap", "the whole scheme".
_GENERIC_TEXT = """
new old same whole present first last next other only current existing proposed own great little big small
good bad main real entire full single one two three such very few many much latter former said above
year years day days week month time times
"""
_GENERIC = frozenset(_GENERIC_TEXT.split())


# Endings of words that describe rather than classify: "the aggressive program", "the internal clocks".
_DESCRIBING = re.compile(r"(?:ly|'s|ive|ous|ful|less|able|ible|al|ic|ent|ant|ed|ing|ish|est|er)$")


def _qualifiers(noun: str, texts: list[str]) -> Counter[str]:
    """How often each one-word qualifier stands before `noun` after a determiner in `texts`; empty unless the
    noun's first mention is qualified (a thing first named bare is already named)."""
    pattern = re.compile(
        rf"\b(?i:the|a|an|this|that|our|their|its|his|her|your)\s+(?P<mod>[a-z][a-z-]{{2,}})\s+{noun}\b(?!-)")
    found: Counter[str] = Counter()
    first = next((m for t in texts for m in [re.search(rf"\b{noun}\b", t)] if m), None)
    if first is None or not pattern.search(first.string[max(0, first.start() - 40): first.end()]):
        return found
    for text in texts:
        for match in pattern.finditer(text):
            word = match.group("mod")
            if word in STOPWORDS or word in _GENERIC or _DESCRIBING.search(word):
                continue
            found[word] += 1
    return found


def full_name(action: str, earlier: list[str]) -> str:
    """`action` with each bare "the N" named as the essay named it before (`earlier`: the essay's text up to
    the proposal), where the essay qualified N one way only."""
    def named(match: re.Match[str]) -> str:
        noun = match.group("noun")
        if noun in STOPWORDS or noun in _GENERIC:
            return match.group(0)
        qualifiers = _qualifiers(noun, earlier)
        if len(qualifiers) != 1:
            return match.group(0)
        return f"the {next(iter(qualifiers))} {noun}"

    return _BARE_THE.sub(named, action)


def named_in_full(rec: Recommendation, essay: Essay, index: int) -> Recommendation:
    """The recommendation at sentence `index` with its bare "the N" objects named in full (`full_name`)."""
    earlier = [essay.title or ""] + [s.text for s in essay.sentences[:index]]
    actions = tuple(full_name(a, earlier) for a in rec.actions)
    return rec if actions == rec.actions else replace(rec, actions=actions)
