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
# A count is no qualifier: "our twenty-three branch libraries" says how many, not which kind.
_COUNTED = re.compile(r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|\w+teen)(?:-\w+)?$|"
                      r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$")


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
            if word in STOPWORDS or word in _GENERIC or _DESCRIBING.search(word) or _COUNTED.match(word):
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


# "build those routes": a plural the essay named just before with what kind it is ("A safe route to school
# is not an expensive thing"); the motion names the kind, "build safe routes to school".
_THOSE = re.compile(r"\b(?:those|these)\s+(?P<noun>[a-z]{3,})s\b")
# "that lesson" as the act's object, at its end or before a phrase of time or place
_THAT = re.compile(
    r"\bthat\s+(?P<noun>[a-z]{2,}[a-rt-z])\b(?=\s*$|\s+(?:to|for|in|on|at|every|each|before|after)\b)")


def kind_named(action: str, earlier: list[str], sentence: str = "") -> str:
    """`action` with "those/these Ns" named by the latest earlier mention of N, when that mention stands alone
    in its sentence with one qualifier and, if any, a short phrase after it ("a safe route to school" → "safe
    routes to school"); unchanged otherwise, and when `sentence` names N before its "those Ns"."""
    def named(match: re.Match[str]) -> str:
        noun = match.group("noun")
        said = re.search(rf"\b(?:those|these)\s+{noun}s\b", sentence)
        if said and re.search(rf"\b{noun}s?\b", sentence[: said.start()]):
            return match.group(0)  # "the schools of the District … these schools": named in the sentence
        mention = re.compile(
            rf"\b(?i:a|an|the|every|each)\s+(?P<mod>[a-z][a-z-]{{2,}})\s+{noun}s?\b"
            # a short phrase, whole: the clause's verb or a stop comes next
            r"(?P<phrase>\s+(?:to|for|of|in|on|at)\s+(?:the\s+)?[a-z]{3,}"
            r"(?=\s+(?:is|are|was|were|would|will|can|could|should|must|has|have|and|or)\b|\s*[,.;:]|\s*$))?")
        latest = next((t for t in reversed(earlier) if re.search(rf"\b{noun}s?\b", t)), "")
        if len(re.findall(rf"\b{noun}s?\b", latest)) != 1:
            return match.group(0)  # "those nations which are at war with aggressor nations": which is meant?
        found = mention.search(latest)
        if found is None or found.group("mod") in STOPWORDS | _GENERIC:
            return match.group(0)
        return f"{found.group('mod')} {noun}s{found.group('phrase') or ''}"

    def one_named(match: re.Match[str]) -> str:  # "give its pupils that lesson" after "a cooking lesson"
        noun = match.group("noun")
        latest = next((t for t in reversed(earlier) if re.search(rf"\b{noun}\b", t)), "")
        found = re.search(
            rf"\b(?P<det>an?)\s+(?:proper\s+|good\s+|real\s+)?(?P<mod>[a-z][a-z-]{{2,}})\s+{noun}\b",
            latest, re.I)
        if len(re.findall(rf"\b{noun}\b", latest)) != 1 or found is None or found.group("mod") in STOPWORDS:
            return match.group(0)
        article = "an" if found.group("mod")[0] in "aeiou" else "a"
        return f"{article} {found.group('mod')} {noun}"

    return _THAT.sub(one_named, _THOSE.sub(named, action))


# "increase this age to eighteen": "this N" as the act's object, at its end or before a phrase
_THIS = re.compile(
    r"\bthis\s+(?P<noun>[a-z]{3,})\b(?=\s*$|\s*,|\s+(?:to|for|in|on|at|by|from|with|before|after|and|or|"
    r"altogether|entirely|outright|now|today|immediately|at\s+once)\b)")
# How many sentences back "this N" may reach for the mention that names it.
_THIS_REACH = 3


def this_named(action: str, earlier: list[str], sentence: str = "") -> str:
    """`action` with "this N" named as the sentence just before named N, once, with one qualifier ("the
    congestion charge") or an "of" phrase ("The “Age of Consent”, so called, stands at fourteen … Increase
    this age to eighteen" → "increase the age of consent to eighteen"); unchanged when that mention is
    bare, generic, doubled or a count ("the age of fourteen"), or when `sentence` names N before."""
    def named(match: re.Match[str]) -> str:
        noun = match.group("noun")
        said = re.search(rf"\bthis\s+{noun}\b", sentence, re.I)
        if noun in STOPWORDS or noun in _GENERIC or (
                said and re.search(rf"\b{noun}\b", sentence[: said.start()], re.I)):
            return match.group(0)
        latest = next((t for t in reversed(earlier[-_THIS_REACH:]) if re.search(rf"\b{noun}\b", t, re.I)), "")
        if len(re.findall(rf"\b{noun}s?\b", latest, re.I)) != 1:
            return match.group(0)
        mention = re.search(
            rf"\b(?:the|an?)\s+(?:so-called\s+)?[“\"‘']?(?:(?P<mod>[a-z][a-z-]{{2,}})\s+)?{noun}"
            rf"(?:\s+of\s+(?P<of>[a-z]{{3,}}))?\b(?!\s+(?:of|and)\b)", latest, re.I)
        if mention is None:
            return match.group(0)
        mod, of = (mention.group("mod") or "").lower(), (mention.group("of") or "").lower()
        if bool(mod) == bool(of):
            return match.group(0)  # bare, or both: "the legal age of marriage" is left as the essay had it
        word = mod or of
        if word in STOPWORDS or word in _GENERIC or _COUNTED.match(word) or (mod and _DESCRIBING.search(mod)):
            return match.group(0)
        return f"the {mod} {noun}" if mod else f"the {noun} of {of}"

    return _THIS.sub(named, action)


# "Start your project out in the open": advice to any reader, whose "your" the motion cannot keep.
_YOUR = re.compile(r"\byour\s+(?P<noun>[a-z]{3,})\b(?!['’])")


def _plural(noun: str) -> str:
    """The regular plural of a noun: "project" → "projects", "company" → "companies", "box" → "boxes"."""
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("s", "x", "z", "ch", "sh")) else "s")


def readers_own(action: str, text: str) -> str:
    """`action` with the reader's "your N" as the essay's own plural "Ns" ("start your project out in the
    open" → "start projects out in the open", where the essay writes "projects"); a noun the essay never
    writes in the plural (a mass noun, "your time") leaves the action as it was, to be refused."""
    def general(match: re.Match[str]) -> str:
        noun = match.group("noun")
        plural = _plural(noun)
        return plural if re.search(rf"\b{plural}\b", text, re.I) else match.group(0)

    return _YOUR.sub(general, action)


def named_in_full(rec: Recommendation, essay: Essay, index: int) -> Recommendation:
    """The recommendation at sentence `index` with its bare "the N" objects named in full (`full_name`) and
    its "those Ns" by their kind (`kind_named`), its "this N" as just named (`this_named`)."""
    earlier = [essay.title or ""] + [s.text for s in essay.sentences[:index]]
    source = essay.sentences[index].text
    whole = " ".join(s.text for s in essay.sentences)
    actions = tuple(
        readers_own(this_named(kind_named(full_name(a, earlier), earlier, source), earlier, source), whole)
        for a in rec.actions)
    return rec if actions == rec.actions else replace(rec, actions=actions)
