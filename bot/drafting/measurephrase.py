"""Whether a noun phrase names a measure the House could adopt, and that phrase without its explanation.

"a zebra crossing by the school gate, with a twenty mile an hour limit from the bend to the shops", "a legal
guarantee that every child learns to swim", "free school meals for every child in the borough" name
measures; "no", "silence", "a fair point", "more complicated than that", "it" name none. What follows a
colon, a dash, "because" or ", which" only explains the measure and is left off; a "that" clause or a
", with …" phrase belongs to it (it is often the point).
"""

from __future__ import annotations

import re

# What a measure opens with: an article or quantity word, or a modifier before a plural head.
_OPENERS = r"(?:a|an|the|more|fewer|less|some|proper|real|new|free)"
_MEASURE_START = re.compile(rf"^{_OPENERS}\s+\w", re.I)
_PLURAL_HEAD = re.compile(r"^(?:[a-z][\w'-]*\s+){1,3}[a-z][\w'-]*[^s\W]s$")
# Heads that name no measure: abstract wants, verdicts, and "one" ("the answer is a simple one").
ABSTRACT = frozenset([
    "time", "money", "help", "answers", "courage", "leadership", "change", "action", "debate", "discussion",
    "conversation", "people", "leaders", "hope", "patience", "honesty", "faith", "vision", "ideas", "clarity",
    "reassurance", "support", "thought", "unity", "moment", "look", "word", "break", "rest", "climate",
    "spirit", "mood", "attitude", "culture", "mindset", "approach", "direction", "outlook",
    "confidence", "sense",
])
_VERDICTS = frozenset([
    "one", "ones", "no", "yes", "mystery", "matter", "question", "puzzle", "failure", "disaster", "success",
    "mistake", "myth", "lie", "joke", "shame", "pity", "scandal", "same", "point", "thing", "things", "idea",
    "problem", "start", "beginning", "lot", "bit", "deal", "kind", "sort", "part", "other",
    "others", "chaos", "silence", "nothing", "shrug",
])
_PRONOUN = re.compile(
    r"^(?:it|them|this|that|these|those|him|her|you|us|one|something|somebody|someone|nothing|no|yes)\b", re.I
)
# Where the explanation after the measure starts.
_EXPLAINED = re.compile(
    r"\s*[:;]\s+|\s+[–—-]{1,2}\s+|(?<=\w)[–—-]{1,2}(?=(?:a|an|the)\s)|"
    r",\s+(?:which|so that|and|because|so|since|as|but)\b|\s+(?:which|so that|because)\b"
)
# A finite verb in the head: the phrase is a clause ("a crossing is needed"), not a noun phrase.
_FINITE = re.compile(
    r"\b(?:is|are|was|were|will|would|can|could|should|must|has|have|had|do|does|did|shall|may|might)\b", re.I
)
_HEAD_END = re.compile(r"\s+(?:of|for|on|in|at|from|to|with|by|near|outside|inside|around|across|along|"
                       r"between|which|that|who|where|before|after|until|under|over|as|than)\s+|,")
_LISTED = re.compile(
    r"^(?:a|an|the|our|their|its|his|her|my|your|every|no|and|or|nor|one|ones|that|this)\b", re.I
)
MAX_WORDS = 30
# A measure whose content follows a colon: "a legal guarantee: every child … gets a seat on the bus".
_CONTENT_COLON = re.compile(
    r"^(?P<head>(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:guarantee|rule|law|duty|right|requirement|promise|pledge))"
    r"\s*:\s+(?P<clause>[a-z][^:;]+)$",
    re.I,
)
# A clause's verb after its subject: "every child … gets", "no pupil will".
_CLAUSE_VERB = re.compile(
    r"^(?:\S+\s+){1,10}?(?:[a-z]{2,}s|is|are|will|shall|must|may|can|should)\s+\S", re.I)


def content_joined(text: str) -> str:
    """ "a legal guarantee: every child gets X" as "a legal guarantee that every child gets X": the clause
    after the colon is what the guarantee holds, not an explanation of it; unchanged otherwise."""
    found = _CONTENT_COLON.match(text.strip().rstrip(".!"))
    if found is None or not _CLAUSE_VERB.match(found.group("clause")):
        return text
    return f"{found.group('head')} that {found.group('clause')}"


def measure_phrase(text: str, limit: int = MAX_WORDS) -> str | None:
    """The measure a noun phrase names, its explanation left off, or None (see the module's docstring)."""
    # "A crossing …" opening a sentence of its own
    text = content_joined(re.sub(rf"^{_OPENERS}\b", lambda m: m.group(0).lower(), text.strip(), flags=re.I))
    rest = _EXPLAINED.split(text.rstrip(".!"))[0].strip().rstrip(",")
    if not rest or _PRONOUN.match(rest) or rest.endswith("?"):
        return None
    # after a comma, ", with …" belongs to the measure, a second noun phrase makes rhetoric ("the storm, the
    # whirlwind"), and anything else describes it ("a toilet, open until ten") and is left off
    parts = rest.split(",")
    for n, part in enumerate(parts[1:], start=1):
        if _LISTED.match(part.strip()):
            return None
        if not part.strip().lower().startswith("with "):
            rest = ",".join(parts[:n])
            break
    head = _HEAD_END.split(rest)[0]
    words = head.lower().split()
    if len(words) < 2 or len(words) > 8 or words[-1] in ABSTRACT or words[-1] in _VERDICTS:
        return None
    if _FINITE.search(head) or re.search(r"\bthan\b", rest):  # "more complicated than that"
        return None
    if words[0] in ("more", "less", "fewer") and len(words) == 2 and not words[1].endswith("s"):
        return None  # "more complicated", "less obvious": an adjective, not a measure
    if len(rest.split()) > limit:
        return None
    if not (_MEASURE_START.match(head) or _PLURAL_HEAD.match(head)):
        return None
    return re.sub(r",\s+with\b", " with", rest, flags=re.I)  # one phrase: a comma would end the measure


_IMPOSED = re.compile(
    r"^(?:a|an|the)\s+(?:\w+\s+){0,2}(?:ban|cap|limit|tax|levy|duty|moratorium|curfew|charge|fine|toll)\b",
    re.I,
)


# What is granted to someone rather than brought in: "a fair hearing", "a say in …", "a vote on …".
_GRANTED = re.compile(
    r"^(?:a|an|the)\s+(?:\w+\s+){0,2}(?:hearing|say|voice|vote|chance|reprieve|pardon|amnesty|exemption|"
    r"extension|licence|license|seat|place)\b",
    re.I,
)


# What is adopted rather than brought in: a system, a programme, a policy ("adopt a comprehensive insurance
# system", "adopt a national health programme").
_ADOPTED = re.compile(
    r"^(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:system|systems|program|programs|programme|programmes|policy|"
    r"policies|code|charter|principle|resolution|constitution|treaty|strategy|plan)\b",
    re.I,
)


# What is built: "a northern bypass", "a third runway", "an incinerator at Marsh Lane", "a school in every
# parish".
_BUILT = re.compile(
    r"^(?:a|an|the)\s+(?:(?!(?:on|of|for|in|at|to|with|from|by)\b)[\w-]+\s+){0,3}(?:road|bypass|relief\s+road|motorway|runway|bridge|tunnel|airport|"
    r"stadium|incinerator|dam|reservoir|pipeline|railway|wall|car\s+park|estate|tower|power\s+station|"
    r"terminal|marina|barrage|flyover|ring\s+road|school|hospital|library|clinic|infirmary|bath-house|"
    r"wash-house|museum|hall|room|centre|center|shelter|pool)s?\b",
    re.I,
)


def adopted(measure: str) -> str:
    """The act that brings a measure in: "impose a levy on X", "grant a fair hearing", "adopt an insurance
    system", "build a northern bypass", "introduce a bus"."""
    verb = (
        "impose" if _IMPOSED.match(measure)
        else "grant" if _GRANTED.match(measure)
        else "adopt" if _ADOPTED.match(measure)
        else "build" if _BUILT.match(measure)
        else "introduce"
    )
    return f"{verb} {measure}"
