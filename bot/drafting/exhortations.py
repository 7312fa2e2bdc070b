"""Proposals in other clothes, restated as "ACTOR should VP" so the proposal parser can read them.

- "It is high time that the city repealed the tax" (a past-tense verb in a present wish) →
  "the city should repeal the tax"; "It is (high) time to repeal …" → "we should repeal …";
  "It is time we repealed …" → "we should repeal …".
- Rhetorical questions that ask for an act: "Why should we not repeal the tax?", "Why not repeal the
  tax?", "Is it not (high) time that / to …?", "Should we not repeal …?", "Ought we not to …?".

The restatement keeps the author's words for the act; only the frame changes.
"""

from __future__ import annotations

import re

from bot.drafting.cues import MORE_VERBS
from bot.drafting.proposals import base_verb
from bot.drafting.verbforms import PAST_FORMS
from bot.drafting.wording import strip_openers

_TIME = r"(?:(?:high|about|full|now|surely|long past|past)\s+)*time"
# "it is high time that X repealed Y", "'tis time the people took …", "is it not high time that …?"
_TIME_THAT = re.compile(
    rf"^(?:it\s+is|it's|'tis|is\s+it\s+not|isn't\s+it)\s+{_TIME}\s+(?:that\s+)?(?P<body>.+)$", re.I
)
# Who should act, at the head of the wish: "we", "the town council", "our magistrates", "Parliament".
_WISH_ACTOR = re.compile(
    r"^(?:we|they|(?:the|our)\s+[\w'-]+(?:\s+[\w'-]+){0,3}|[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})$"
)
_WISH_VERB = re.compile(
    r"^(?:should\s+|were\s+to\s+|(?P<not>did\s+not\s+|ceased\s+|stopped\s+))?(?P<verb>[a-z]+)\s+(?P<rest>.+)$",
    re.I,
)
# "it is high time to repeal Y", "it is time for the city to repeal Y", "is it not time to …?"
_TIME_TO = re.compile(
    rf"^(?:it\s+is|it's|'tis|is\s+it\s+not|isn't\s+it)\s+{_TIME}\s+"
    r"(?:for\s+(?P<actor>[^,;:]{2,50}?)\s+)?to\s+(?P<vp>.+)$",
    re.I,
)
# "why should we not repeal …?", "why do we not …?", "why not repeal …?"
_WHY_NOT = re.compile(
    r"^why\s+(?:(?:should|do|shall|can|could|will|would)\s+(?P<actor>we|they|you|the\s+[\w'-]+(?:\s+[\w'-]+){0,2})"
    r"\s+not|(?:should|do|shall|can|could|will|would)n't\s+(?P<actor2>we|they|you)|not)\s+(?P<vp>.+)$",
    re.I,
)
# "should we not repeal …?", "ought we not to repeal …?", "must we not …?"
_SHOULD_NOT = re.compile(
    r"^(?:should|ought|must|shall)\s+(?P<actor>we|they|you|the\s+[\w'-]+(?:\s+[\w'-]+){0,2})\s+not\s+"
    r"(?:to\s+)?(?P<vp>.+)$",
    re.I,
)
# "I have said that X must …": the author's own earlier claim, restated.
_OWN_SAYING = re.compile(
    r"^(?:I|we)\s+(?:have\s+|had\s+)?(?:(?:already|often|repeatedly|\w+ly)\s+(?:and\s+\w+ly\s+)?)?"
    r"(?:said|argued|shown|maintained|insisted|urged|held)"
    r"(?:\s+(?:already|before|above|elsewhere))?\s*,?\s+that\s+(?P<clause>.+)$",
    re.I,
)
# "there should be a redistribution of property", "there must be an end to X": the act as a noun.
_THERE_BE = re.compile(
    r"^there\s+(?P<modal>should|must|ought\s+to|shall)\s+(?P<neg>not\s+)?be\s+(?:an?\s+)?"
    r"(?:(?:general|complete|thorough|immediate|gradual|fair|just|wide|great)\s+)?"
    r"(?P<noun>[a-z]+)\s+(?:of|to)\s+(?P<object>.+)$",
    re.I,
)
# "we must see (to it) that X", "we must make sure that X": a duty to bring X about.
_SEE_THAT = re.compile(
    r"^(?:(?:within|by|in|over|during|for|at|before)\b[^,]{2,60},\s*)?"
    r"(?P<actor>we|the\s+[\w'-]+(?:\s+[\w'-]+){0,2}?|[A-Z][\w'-]+)\s+(?:must|should|ought\s+to|need\s+to|have\s+to)\s+"
    r"(?:see\s+(?:to\s+it\s+)?|make\s+sure\s+|make\s+certain\s+)that\s+(?P<clause>.+)$",
    re.I,
)
# "this condition demands a national health program": the need names the measure.
_DEMANDS = re.compile(
    r"^(?:this|that|the|our|such)\s+[^,;:]{0,60}?\s+(?:demands|requires|calls\s+for|cries\s+out\s+for)\s+"
    r"(?P<np>(?:a|an)\s+(?:[\w-]+\s+){0,4}?(?:program|programme|policy|plan|law|scheme|system|service|"
    r"treaty|amendment|fund|inquiry|commission|tribunal|court|tax|ban|budget|reform|code)s?\b.*)$",
    re.I,
)
_ACTOR_AS = {"you": "we"}
_PRONOUN_ACTORS = re.compile(r"^(?:it|this|that|there|he|she|i)$", re.I)


def _actor(text: str | None) -> str:
    actor = (text or "we").strip()
    return _ACTOR_AS.get(actor.lower(), actor)


def act_verb(noun: str, known: set[str]) -> str | None:
    """The verb a noun of action names: "redistribution" → "redistribute", "end" → "end"."""
    low = noun.lower()
    if low in ("end", "stop", "halt", "ban", "cap", "limit", "freeze", "tax", "boycott"):
        return low
    for suffix, endings in (("ution", ("ute",)), ("ation", ("ate", "e", "")), ("ition", ("ish", "ite")),
                            ("ment", ("",)), ("al", ("e", "")), ("ion", ("e", ""))):
        if low.endswith(suffix):
            stem = low[: -len(suffix)]
            for ending in endings:
                if stem + ending in known:
                    return stem + ending
    return None


def _wish(body: str, known: set[str]) -> str | None:
    """ "the town council repealed the tax" (after "it is high time that") → "the town council should
    repeal the tax"; the actor is the shortest head that a verb of the right form follows."""
    words = body.split()
    for k in range(1, min(6, len(words) - 1)):
        actor, tail = " ".join(words[:k]), " ".join(words[k:])
        if not _WISH_ACTOR.match(actor) or _PRONOUN_ACTORS.match(actor):
            continue
        match = _WISH_VERB.match(tail)
        if match is None:
            continue
        verb = match.group("verb").lower()
        if match.group("not") and verb.endswith("ing"):  # "stopped taxing bread"
            verb = verb[:-3] + "ed"
        did_not = (match.group("not") or "").lower().startswith("did")
        plain = did_not or tail.lower().startswith(("should ", "were to "))  # the verb is in its base form
        past = PAST_FORMS.get(verb) or (base_verb(verb, known) if verb.endswith("ed") else "")
        base = verb if plain else past
        if base in known:
            negative = "not " if match.group("not") else ""
            return f"{_actor(actor)} should {negative}{base} {match.group('rest')}"
    return None


def is_call(sentence: str) -> bool:
    """Whether the sentence calls for the act in so many words ("it is high time …", "why not …?",
    "I have urged that …"), as an explicit request does; "we must see that …" is only a modal."""
    text = strip_openers(sentence.strip()).rstrip(".!?").strip()
    question = sentence.strip().endswith("?")
    return bool(
        _TIME_TO.match(text)
        or _TIME_THAT.match(text)
        or _OWN_SAYING.match(text)
        or (question and (_WHY_NOT.match(text) or _SHOULD_NOT.match(text)))
    )


def restate(sentence: str, known: set[str]) -> str | None:
    """The sentence as "ACTOR should VP" when it proposes an act in another form, else None."""
    text = strip_openers(sentence.strip()).rstrip(".!?").strip()
    question = sentence.strip().endswith("?")
    own = _OWN_SAYING.match(text)
    if own and not question:
        clause = own.group("clause")
        return restate(clause, known) or clause  # "I have said that X must go" → "X must go"
    see = _SEE_THAT.match(text)
    if see and not question:
        return f"{_actor(see.group('actor'))} should ensure that {see.group('clause')}"
    demands = _DEMANDS.match(text)
    if demands and not question:
        return f"we should adopt {demands.group('np')}"
    there = _THERE_BE.match(text)
    if there and not question:
        verb = act_verb(there.group("noun"), known | MORE_VERBS)
        if verb:
            negative = "not " if there.group("neg") else ""
            return f"we should {negative}{verb} {there.group('object')}"
    match = _TIME_TO.match(text)
    if match:
        return f"{_actor(match.group('actor'))} should {match.group('vp')}"
    match = _TIME_THAT.match(text)
    wish = _wish(match.group("body"), known) if match else None
    if wish is not None:
        return wish
    if not question:
        return None
    for pattern in (_WHY_NOT, _SHOULD_NOT):
        match = pattern.match(text)
        if match:
            groups = match.groupdict()
            vp = match.group("vp")
            first = vp.split()[0].lower() if vp.split() else ""
            if first not in known:
                return None
            return f"{_actor(groups.get('actor') or groups.get('actor2'))} should {vp}"
    return None
