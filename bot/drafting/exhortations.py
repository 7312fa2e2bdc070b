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
from collections.abc import Callable

from bot.drafting.baseforms import IRREGULAR, base_verb
from bot.drafting.cues import MORE_VERBS
from bot.drafting.verbforms import PAST_FORMS
from bot.drafting.wording import strip_openers

_TIME = r"(?:(?:high|about|full|now|surely|long past|past)\s+)*time"
# "it is high time that X repealed Y", "'tis time the people took …", "is it not high time that …?"
_TIME_THAT = re.compile(
    r"^(?:(?:and|but|so|then|now|surely|well|yes),?\s+)*"
    rf"(?:it\s+is|it['’]s|'tis|is\s+it\s+not|isn['’]t\s+it|is\s+not\s+this)\s+{_TIME}\s+(?:that\s+)?"
    r"(?P<body>(?!to\b|for\b).+)$",
    re.I,
)
# Who should act, at the head of the wish: "we", "the town council", "every landlord in town", "Parliament".
_WISH_ACTOR = re.compile(
    r"^(?:we|they|you|(?:the|our|every|each|all|both|its|their|local|this|these)\s+[\w'-]+(?:\s+[\w'-]+){0,6}"
    r"|[A-Z][\w'-]+(?:\s+[\w'-]+){0,6}|[a-z][\w'-]*[a-z]s(?:\s+[\w'-]+){0,6})$"
)
_WISH_VERB = re.compile(
    r"^(?:(?P<modal>should\s+|were\s+to\s+)|(?P<not>did\s+not\s+|ceased\s+|stopped\s+)|"
    r"(?P<passive>was\s+|were\s+)(?=[a-z]+(?:ed|en|t)\b))?(?P<verb>[a-z]+)\b(?P<rest>.*)$",
)
# ", and enforced it": a second past verb of the same subject, at the end.
_SECOND_PAST = re.compile(r"^(.*?,?\s+and\s+)([a-z]{3,}ed)\b(?=\s+(?:it|them)\s*$|\s*$)")
# "… for a proper overlap, and recorded handover as working time": after a comma, a second act in the past
# with its own object (without the comma "and qualified staff" is as likely an adjective)
_SECOND_PAST_ACT = re.compile(r"^(.*?,\s+and\s+)([a-z]{3,}ed)\b(?=\s+\S)")
# "… and started working with them": the act turned to after "stopped V-ing …".
_TURN = re.compile(
    r"^(?P<first>.*?,?\s+and\s+)(?P<past>(?:started|began|begun)|[a-z]{3,}ed)\b(?P<rest>\s+\S.*)$")
# "it is high time to repeal Y", "it is time for the city to repeal Y", "is it not time to …?"
_TIME_TO = re.compile(
    rf"^(?:it\s+is|it's|'tis|is\s+it\s+not|isn't\s+it)\s+{_TIME}\s+"
    r"(?:for\s+(?P<actor>[^,;:]{2,50}?)\s+)?to\s+(?P<vp>.+)$",
    re.I,
)
# "why should we not repeal …?", "why do we not …?", "why not repeal …?"
_WHY_NOT = re.compile(
    r"^why\s+(?:(?:should|do|shall|can|could|will|would)\s+(?P<actor>we|they|you|the\s+[\w'-]+(?:\s+[\w'-]+){0,2})"
    r"\s+not|(?:should|do|shall|can|could|will|would)n't\s+(?P<actor2>we|they|you)|not)"
    r"(?:\s+(?:simply|just|instead|then|now|at\s+once))?\s+(?P<vp>.+)$",  # "Why not simply require …?"
    re.I,
)
# "Why, then, does the government still refuse to V …?": a question that holds the act to be overdue.
_WHY_REFUSE = re.compile(
    r"^why\s*,?\s*(?:then\s*,?\s*|on\s+earth\s+)?(?:does|do|did|should|would|must)\s+"
    r"(?P<actor>(?!I\b|you\b)[\w'-]+(?:\s+[\w'-]+){0,3}?)\s+(?:still\s+|continue\s+to\s+)?"
    r"(?:refuse|fail|hesitate|decline|delay|wait)\s+to\s+(?P<vp>[a-z].+)$",
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


def _past_base(word: str, base: Callable[[str], str]) -> str | None:
    """The base form of a simple past ("made" → "make", "banned" → "ban"), or None when it is not one. An
    irregular past is a verb by the table; a regular one by its ending."""
    if word in PAST_FORMS:
        return PAST_FORMS[word]
    return base(word) if word.endswith("ed") and len(word) > 4 else None


def time_wish(sentence: str, base: Callable[[str], str], is_verb: Callable[[str], bool]) -> str | None:
    """ "It is (high) time (that) ACTOR V-ed REST" and its question "Is it not time ACTOR V-ed REST?" as
    "ACTOR should V REST"; "… ACTOR were Ved …" as "ACTOR should be Ved …"; "… ACTOR did not V / stopped
    V-ing …" as "ACTOR should not V …". The actor is the shortest head that a verb of the right form follows.
    `base` gives a past form's or participle's base; `is_verb` tells whether a base form is a verb (after
    "should"/"did not", and a passive's: "the lamps were lit" reports the hour). An irregular past is a verb
    by the table (`verbforms.PAST_FORMS`), a regular one by its "-ed". None for any other sentence."""
    text = " ".join(sentence.split()).rstrip(".!?").strip()
    match = _TIME_THAT.match(text)
    if match is None:
        return None
    words = match.group("body").split()
    for k in range(1, min(9, len(words))):
        actor, tail = " ".join(words[:k]), " ".join(words[k:])
        if not _WISH_ACTOR.match(actor) or _PRONOUN_ACTORS.match(actor) or re.search(r"[,;:]", actor):
            continue
        verb_match = _WISH_VERB.match(tail)
        if verb_match is None:
            continue
        verb, rest = verb_match.group("verb").lower(), verb_match.group("rest")
        if verb_match.group("passive"):  # "the old rules were scrapped", not "the lamps were lit": an act
            act = verb in IRREGULAR or is_verb(base(verb))  # "taken" is a verb by the table of participles
            return f"{_actor(actor)} should be {verb}{rest}" if act else None
        negative = verb_match.group("not")
        turn = _TURN.match(rest) if negative and not negative.startswith("did") else None
        again = _past_base(turn.group("past"), base) if turn and verb.endswith("ing") else None
        if turn and again:
            # "stopped fighting our rivers and started working with them": a turn from one act to another
            return f"{_actor(actor)} should stop {verb}{turn.group('first')}{again}{turn.group('rest')}"
        if negative and not negative.startswith("did") and verb.endswith("ing"):  # "stopped taxing bread"
            verb = verb[:-3] + "ed"
        plain = verb_match.group("modal") or (negative or "").startswith("did")  # a base form already
        found = verb if plain and is_verb(verb) else None if plain else _past_base(verb, base)
        if not found:
            continue
        second = _SECOND_PAST.match(rest)  # "… made the rule, and enforced it"
        if second is None:
            second = _SECOND_PAST_ACT.match(rest)
            second = second if second and is_verb(_past_base(second.group(2), base) or "") else None
        if second:
            again = _past_base(second.group(2), base) or second.group(2)
            rest = second.group(1) + again + rest[second.end() :]
        return f"{_actor(actor)} should {'not ' if negative else ''}{found}{rest}"
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
    wish = time_wish(text, lambda w: base_verb(w, known), lambda w: w in known)
    if wish is not None:
        return wish
    if not question:
        return None
    # "Why, then, does our government still refuse to tax sugary drinks?" (read before openers are stripped)
    refusing = _WHY_REFUSE.match(sentence.strip().rstrip(".!?").strip())
    if refusing and refusing.group("vp").split()[0].lower() in known:
        return f"{_actor(refusing.group('actor'))} should {refusing.group('vp')}"
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
