"""Proposals an essay states without a verb of asking, restated as "we should VP" for the proposal parser.

- A noun of action judged good: "The acquisition of San Domingo is desirable" → "we should acquire San
  Domingo"; "Another reform which is urgent is the abolition of the right to issue tax-exempt securities" →
  "we should abolish the right to issue tax-exempt securities".
- A maxim named by its gerund: "among the maxims … is that of keeping the expenditures of the year within
  the limits of its receipts" → "we should keep the expenditures of the year within …".
- The jussive of old prose with "there": "let there be certain persons licensed, to lend to known merchants"
  → "we should license certain persons to lend to known merchants".
- A policy the author rejects by name: "the Federal Governments should refrain from creating a national
  debt" → "the Federal Governments should not create a national debt"; "there can be no justification for the
  creation of a permanent debt by the Federal Government" → "we should not create a permanent debt" (worded
  "This House opposes creating …", the side the essay takes).
- A rhetorical question whose condition is the proposal: "unless we create a merchant marine, where can we
  find the seamen?" → "we should create a merchant marine".

Each returns None unless the verb is one the House can do and its object is a noun phrase of its own; the
motion worded from it still passes the structural checks before it is printed.
"""

from __future__ import annotations

import re

from bot.drafting.cues import MORE_VERBS
from bot.drafting.exhortations import act_verb
from bot.drafting.measures import base_of_gerund

# Nouns of action whose verb the suffix rules of exhortations.act_verb do not find.
_ACT_NOUNS = {
    "acquisition": "acquire", "annexation": "annex", "purchase": "purchase", "repeal": "repeal",
    "abolition": "abolish", "reduction": "reduce", "passage": "pass", "extension": "extend",
    "removal": "remove", "revision": "revise", "revisal": "revise", "expansion": "expand",
    "prohibition": "prohibit", "establishment": "establish", "creation": "create", "restoration": "restore",
    "construction": "construct", "adoption": "adopt", "enactment": "enact", "limitation": "limit",
}
# Judgements that recommend an act: "is desirable", "is urgently needed".
_GOOD = (
    r"(?:desirable|necessary|essential|expedient|urgent|indispensable|advisable|imperative|needful|"
    r"(?:urgently\s+|much\s+|greatly\s+|sorely\s+)?(?:needed|required|called\s+for)|of\s+the\s+(?:first|highest|"
    r"utmost)\s+importance)"
)
_QUALIFIERS = (
    r"(?:(?:therefore|now|also|highly|most|very|clearly|plainly|still|equally|in\s+my\s+judgment),?\s+)*"
)
_OBJECT = r"(?P<object>(?!(?:it|them|this|that|these|those|such)\b)[^,;:]{3,90}?)"
_NOUN = r"(?P<noun>[a-z]+(?:tion|sion|ment|al|ase|eal))"
# "The acquisition of San Domingo is desirable …"
_VALUED = re.compile(
    rf"^(?:(?:but|and|so|now|hence|therefore|thus),?\s+)?(?:the|an?)\s+(?:(?:early|immediate|speedy|prompt|"
    rf"gradual|complete|general|further|entire)\s+)?{_NOUN}\s+of\s+{_OBJECT}\s+(?:is|would\s+be|will\s+be|"
    rf"seems|appears|becomes)\s+{_QUALIFIERS}{_GOOD}\b",
    re.I,
)
# "Another reform which is urgent in our fiscal system is the abolition of X", "the first remedy is the
# repeal of X": a noun of remedy, then "is the N of X".
_REMEDY_IS = re.compile(
    rf"^(?:(?:but|and|so|now|hence|therefore|thus),?\s+)?(?:another|the|one|a|our)\s+(?:[\w'-]+\s+){{0,3}}?"
    rf"(?:reform|remedy|measure|step|change|improvement|need|duty|task|safeguard|cure)"
    rf"(?:\s+(?:which|that)\s+(?:is|seems|appears)\s+(?:\w+\s+){{0,2}}?(?:urgent|necessary|needed|desirable|"
    rf"essential|pressing|required)\b[^,;:]{{0,50}}?)?\s+is\s+(?:the|an?)\s+(?:(?:early|immediate|speedy|"
    rf"prompt|complete|general|further)\s+)?{_NOUN}\s+of\s+{_OBJECT}(?:[.;:,]|$)",
    re.I,
)
# "… among the maxims of political economy … is that of keeping X": a maxim, rule or duty named by a gerund.
_MAXIM = re.compile(
    r"\b(?:maxims?|principles?|rules?|duties|duty)\b[^;:?]{0,160}?\b(?:is|are|be)\s+that\s+of\s+"
    r"(?P<gerund>[a-z]+ing)\s+(?P<object>(?!(?:it|them|this|that|these|those)\b)[^;:]{3,120}?)\s*$",
    re.I,
)
# "let there be certain persons licensed, to lend to known merchants": old prose's "there should be X Ved".
_LET_THERE = re.compile(
    r"^(?:(?:first(?:ly)?|secondly|thirdly|lastly|and|so|then|therefore),?\s+)*let\s+there\s+be\s+"
    r"(?P<np>(?:certain|some|a|an|two|three|several|more|no)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+)\s+"
    r"(?P<participle>[a-z]+ed),?\s+(?P<rest>(?:to|for|in|by|with|upon)\s+[^;:]+)",
    re.I,
)
# "unless we create a merchant marine, where can we find …?": the condition is what the author proposes.
_UNLESS = re.compile(
    r"(?:^|,\s+)(?:unless|except)\s+(?:we|the\s+(?:nation|country|state|government|congress))\s+"
    r"(?P<vp>[a-z]+\s+[^,;:?]{3,80}?),\s+(?:where|how|what|who|whence)\b[^?]*\?$",
    re.I,
)


# "X should refrain from creating Y": the author asks that X not do it.
_REFRAIN = re.compile(
    r"\b(?P<actor>(?:the|our|this|every|all)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+)\s+(?:should|must|ought\s+to|will)\s+"
    r"(?:\w+ly\s+)?(?:refrain|abstain|desist|forbear)\s+from\s+(?P<gerund>[a-z]+ing)\s+(?P<object>[^,;:]{3,80})",
    re.I,
)
# "there can be no justification for the creation of a permanent debt by the Federal Government"
_UNJUSTIFIED = re.compile(
    r"\bthere\s+(?:can|could|is|should|will)(?:\s*,[^,]{2,30},)?\s+(?:be\s+)?no\s+"
    rf"(?:justification|excuse|warrant|reason|need)\s+(?:whatever\s+)?for\s+(?:the|any|a)\s+{_NOUN}\s+of\s+"
    r"(?P<object>(?!(?:it|them|this|that|these|those|such)\b)[^,;:]{3,80}?)(?:\s+by\s+[^,;:]+)?\s*[.;:,]?$",
    re.I,
)


def noun_verb(noun: str, known: set[str]) -> str | None:
    """The verb a noun of action names ("abolition" → "abolish", "reduction" → "reduce"), or None."""
    return _ACT_NOUNS.get(noun.lower()) or act_verb(noun, known | MORE_VERBS)


_verb = noun_verb


def valued_act(sentence: str, known: set[str]) -> str | None:
    """ "The acquisition of X is desirable" or "another reform which is urgent is the abolition of X" →
    "we should acquire X" / "we should abolish X"; None for a question, a denial or an unknown noun."""
    text = sentence.strip()
    if text.endswith("?"):
        return None
    match = _VALUED.match(text) or _REMEDY_IS.match(text)
    if match is None or re.search(r"\b(?:not|never|no longer|hardly)\b", text[: match.end()], re.I):
        return None
    verb = _verb(match.group("noun"), known)
    obj = match.group("object").strip()
    if verb is None or (len(obj.split()) < 2 and not obj[:1].isupper()):
        return None
    return f"we should {verb} {obj}"


def maxim(sentence: str, known: set[str]) -> str | None:
    """ "… among the maxims … is that of keeping X within Y" → "we should keep X within Y"."""
    text = sentence.strip().rstrip(".!")
    if text.endswith("?"):
        return None
    match = _MAXIM.search(text)
    if match is None or re.search(r"\b(?:not|never)\b", text[: match.start("gerund")][-40:], re.I):
        return None
    verb = base_of_gerund(match.group("gerund"), known | MORE_VERBS)
    if verb is None or verb not in known | MORE_VERBS:
        return None
    return f"we should {verb} {match.group('object').strip()}"


def existential_jussive(sentence: str, known: set[str]) -> str | None:
    """ "Let there be certain persons licensed, to lend to known merchants, upon usury at a higher rate" →
    "we should license certain persons to lend to known merchants, upon usury at a higher rate"."""
    match = _LET_THERE.match(sentence.strip())
    if match is None:
        return None
    participle = match.group("participle").lower()
    stem = participle[:-2]
    verb = next((v for v in (stem, stem + "e", participle[:-1], stem[:-1]) if v in known | MORE_VERBS), None)
    if verb is None:
        return None
    return f"we should {verb} {match.group('np').strip()} {match.group('rest').strip(' ,.')}"


def rejected(sentence: str, known: set[str]) -> str | None:
    """ "X should refrain from creating Y" → "X should not create Y"; "there can be no justification for the
    creation of Y" → "we should not create Y"; None for a question."""
    text = sentence.strip()
    if text.endswith("?"):
        return None
    refrain = _REFRAIN.search(text)
    if refrain:
        verb = base_of_gerund(refrain.group("gerund"), known | MORE_VERBS)
        if verb is None or verb not in known | MORE_VERBS:
            return None
        return f"{refrain.group('actor')} should not {verb} {refrain.group('object').strip()}"
    unjustified = _UNJUSTIFIED.search(text)
    if unjustified:
        verb = _verb(unjustified.group("noun"), known)
        obj = unjustified.group("object").strip()
        return f"we should not {verb} {obj}" if verb and len(obj.split()) >= 2 else None
    return None


def implied_by_question(sentence: str, known: set[str]) -> str | None:
    """ "Unless we create a merchant marine, where can we find the seamen?" → "we should create a merchant
    marine": a rhetorical question whose only answer is the condition's act."""
    match = _UNLESS.search(sentence.strip())
    if match is None:
        return None
    vp = match.group("vp").strip()
    first = vp.split()[0].lower()
    if first not in known | MORE_VERBS:
        return None
    return f"we should {vp}"


def stated_proposal(sentence: str, known: set[str]) -> str | None:
    """The proposal of any form above, or None."""
    return (
        valued_act(sentence, known)
        or maxim(sentence, known)
        or existential_jussive(sentence, known)
        or rejected(sentence, known)
        or implied_by_question(sentence, known)
    )
