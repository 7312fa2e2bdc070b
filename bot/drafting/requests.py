"""Requests: what an author asks for in so many words, the commonest proposal in speeches.

"I recommend that the Congress declare …" (a subjunctive: no modal), "I urge you to pass …",
"I call on Congress to …", "I recommend the adoption of …" (a noun for the act; of two, "the
reconsideration and passage of …", the last), "I recommend, as soon as X, that Y" (an aside before the
clause), and the author's own preference ("I favor the expansion of X", "we are in favour of repealing X").
Each becomes a Recommendation with `asked` set, so ranking can weigh the author's explicit ask; an ask inside
someone else's quotation, or a preference granted in a "while" clause, is none.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.drafting.conclusions import RESOLVED
from bot.drafting.correlatives import unpair_request
from bot.drafting.cues import MORE_VERBS
from bot.drafting.leadins import main_words
from bot.drafting.measures import base_of_gerund
from bot.drafting.nominals import noun_verb
from bot.drafting.proposals import OWN_RELATIVE, Recommendation, build_recommendation, parse_recommendation
from bot.drafting.wording import strip_openers

_ASK = re.compile(
    r"(?:^|[,;:]\s+|\s)(?:I|we),?\s+(?:(?:\w+ly|very|most|so|again|therefore|do|now|also|shall|will|must|would|"
    r"venture to|wish to|want to|would like to|have to)\s+)*"
    r"(?P<verb>recommend|propose|urge|request|suggest|ask|call\s+(?:on|upon)|invite|advise|press)"
    r"(?:\s+(?:again|therefore|now|also|once more|earnestly|respectfully|strongly))*,?\s+(?P<rest>.+)$",
    re.I,
)
_BODIES = (
    r"(?:you|(?:the|this|our|the present)\s+(?:Congress|Senate|House|Parliament|Legislature|Assembly)"
    r"|Congress|Parliament)"
)
_TO_WHOM = rf"(?:(?:to|of|upon)\s+{_BODIES}\s+)?"
_ADDRESSEE = re.compile(
    r"^(?P<who>you|them|us|(?:the\s+|all\s+|every\s+|our\s+)?(?:[\w'-]+\s+){0,4}?[\w'-]+)"
    r",?\s+(?:again\s+|now\s+|once more\s+|therefore\s+)?to\s+(?P<vp>.+)$"
)
# "So what I am asking tonight is that …", "What we are asking for is that …": a request put as a cleft.
_ASKED_CLEFT = re.compile(
    r"^(?:(?:so|and|but|now)\s*,?\s+)?what\s+(?P<who>I|we)\s+(?:am|are|'m|'re)\s+(?:asking|proposing)(?:\s+for)?"
    r"(?:\s+(?:tonight|today|here|now|of\s+you))*\s+is\s+(?P<rest>that\s+.+)$", re.I)
# "I will be writing to the minister, on behalf of this city, to ask that …": the letter is how; the asking is
# the request.
_WRITING_TO_ASK = re.compile(
    r"\b(?P<who>I|we)\s+(?:will\s+|shall\s+|am\s+going\s+to\s+|are\s+going\s+to\s+|'ll\s+)?(?:be\s+)?"
    r"(?:write|writing|go|going|turn|turning|appeal|appealing)\s+to\s+[^.;:]{2,100}?,?\s+to\s+"
    r"(?P<verb>ask|urge|request|propose|press)\s+(?=that\b|[a-z])", re.I)
_ASKING_PEOPLE = ("urge", "ask", "request", "call on", "call upon", "invite", "press", "advise")
# "the borough not to sell the site": a request that someone not do a thing.
_ADDRESSEE_NOT = re.compile(
    r"^(?P<who>you|them|(?:the\s+|our\s+)?(?:[\w'-]+\s+){0,4}?[\w'-]+),?\s+not\s+to\s+(?P<vp>[^,;]+)"
)
_AS_ACTOR = {"you": "we", "them": "they"}
# An aside set off between the one asked and what they are asked to do: "the board, when it meets on the 14th,
# to postpone …", "the council, at its next meeting, not to sell …".
_ADDRESSEE_ASIDE = re.compile(
    r"^(?P<who>(?:the\s+|all\s+|every\s+|our\s+)?(?:[\w'-]+\s+){0,4}?[\w'-]+),\s+"
    r"(?:when|whenever|once|before|after|at|in|on|during|while|as\s+soon\s+as|this|next|by)\b[^,;:]{2,80},\s+"
    r"(?P<vp>(?:not\s+)?to\s+[a-z].+)$",
    re.I,
)
# A meeting's resolution: "Resolved, That the common lands ought to remain open", "Be it resolved that …".
_RESOLVED = re.compile("^" + RESOLVED, re.I)
# Nouns that name the asking itself, not who is asked: "I urge action to aid …", "I urge prompt steps to …".
_ACTION_NOUNS = frozenset(["action", "actions", "steps", "step", "measures", "legislation", "efforts",
                           "effort", "haste", "speed"])
# Nouns for the act asked for: "the adoption of X" → "adopt X".
_ACT_NOUNS = {
    "adoption": "adopt", "abolition": "abolish", "creation": "create", "establishment": "establish",
    "reduction": "reduce", "extension": "extend", "enactment": "enact", "passage": "pass",
    "expansion": "expand", "ratification": "ratify", "repeal": "repeal", "review": "review",
    "revision": "revise", "increase": "increase", "reform": "reform", "reorganization": "reorganize",
    "reorganisation": "reorganise", "elimination": "eliminate", "construction": "construct",
    "improvement": "improve", "protection": "protect", "prohibition": "prohibit", "amendment": "amend",
    "restoration": "restore", "removal": "remove", "suspension": "suspend", "limitation": "limit",
    "simplification": "simplify", "modification": "modify", "appointment": "appoint",
    "continuation": "continue", "strengthening": "strengthen", "lifting": "lift", "raising": "raise",
}
_NOMINAL = re.compile(
    rf"^{_TO_WHOM}(?:the|a|an)\s+(?:(?:prompt|early|immediate|speedy|careful|thorough|complete|general|"
    r"gradual|further|careful|serious)\s+)?(?:\w+\s+and\s+(?:the\s+)?)?(?P<noun>\w+)\s+of\s+(?P<object>.+)$",
    re.I,
)
# "I will propose a National Foundation on the Arts", "I recommend a new program for schools": the
# measure named as a noun; the House adopts a scheme and establishes a body.
_MEASURE_NP = re.compile(rf"^{_TO_WHOM}(?P<np>(?:a|an)\s+.+)$", re.I)
_NP_STOP = frozenset(
    ["of", "to", "for", "on", "in", "with", "that", "which", "who", "by", "at", "from", "and"]
)
_SCHEMES = frozenset([
    "program", "programme", "plan", "policy", "law", "bill", "amendment", "treaty", "tax", "budget", "code",
    "reform", "system", "scheme", "measure",
])
_BODIES_FOUNDED = frozenset([
    "foundation", "department", "agency", "commission", "fund", "office", "corps", "bank", "university",
    "academy", "board", "council", "court", "service", "institute", "school", "library", "hospital",
])
_ADVERB = re.compile(r"^(?:\w+ly|now|at once|forthwith|together|also|again|therefore|then)$", re.I)
_NOT_SUBJECT = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|do|does|did)\b")


# Words after which a bare form is a noun, never the subjunctive's verb.
_BEFORE_NOUN = frozenset([
    "the", "a", "an", "our", "their", "its", "his", "her", "my", "your", "this", "these", "those", "of",
    "for", "in", "on", "with", "by", "to", "from", "at",
])


def _subjunctive(clause: str, known: set[str], negative: bool) -> Recommendation | None:
    """ "the Congress immediately declare X" (a verb in its bare form after the subject)."""
    words = clause.split()
    passive = _passive_at(words)
    for i, word in enumerate(words[1:9], start=1):
        if passive and i < passive:
            continue  # "that the field force … be brought": "force" is the subject's noun, "be" the verb
        low = word.lower().strip(",")
        if re.search(r"[:;()]", word):
            return None
        if low != "be" and words[i - 1].lower() in _BEFORE_NOUN:
            continue  # "the benefits of our land laws": after "our" or "of", "land" is a noun
        if low == "be" or (low in known and word.islower() and not low.endswith("s")):
            subject = words[:i]
            while subject and subject[-1].islower() and _ADVERB.match(subject[-1].strip(",")):
                subject = subject[:-1]
            if not subject or _NOT_SUBJECT.search(" ".join(subject)) or "," in " ".join(subject):
                return None
            if low == "be":  # "that provision be made for …": as "provision should be made for …"
                found = parse_recommendation(" ".join(subject) + " should " + " ".join(words[i:]), known)
                return replace(found, negative=negative) if found else None
            return build_recommendation(" ".join(subject), " ".join(words[i:]), negative, known, False)
    return _long_subject(words, known, negative)


def _long_subject(words: list[str], known: set[str], negative: bool) -> Recommendation | None:
    """ "that the sale of spirits on the day on which wages are paid be prohibited …": a subject longer than
    the first eight words, its own verbs only inside a relative clause, before a passive "be Ved"."""
    for i in range(9, min(len(words) - 1, 25)):
        if words[i].lower() != "be" or not re.match(r"^[a-z]+(?:ed|en|t)\b", words[i + 1]):
            continue
        subject = " ".join(words[:i])
        if re.search(r"[,:;()]", subject) or _NOT_SUBJECT.search(main_words(subject)):
            return None
        found = parse_recommendation(f"{subject} should {' '.join(words[i:])}", known)
        return replace(found, negative=negative) if found else None
    return None


def _passive_at(words: list[str]) -> int:
    """Index of a subjunctive passive's "be" ("the field force for X be brought …") when no comma or clause
    opener comes before it, else 0."""
    for i, word in enumerate(words[1:9], start=1):
        low = word.lower()
        if word.endswith(",") or low in ("that", "which", "who", "whom", "whether", "if", "when", "where"):
            return 0
        if low == "be" and i + 1 < len(words) and re.match(r"^[a-z]+(?:ed|en|t)\b", words[i + 1]):
            return i
    return 0


# "I recommend, as soon as the receipts suffice, that X", "I propose, therefore, that X": an aside between the
# verb of asking and its clause (a time, a condition, a connective), with no "that" of its own.
_ASIDE = re.compile(
    r"^(?P<aside>(?:as\s+soon\s+as|so\s+(?:far|long)\s+as|in\s+view\s+of|above\s+all|as|when|whenever|if|"
    r"unless|once|after|before|until|while|in|at|for|by|with|upon|on|under|without|therefore|also|again|"
    r"accordingly|moreover|further|furthermore|however|then|now|first|finally)\b(?:(?!\bthat\b)[^;:\"“”]){0,200}?)"
    r",\s+that\s+(?P<clause>.+)$",
    re.I,
)
# Verbs that give a quotation to its speaker: "… 'I recommend that X,' the minister wrote".
_SAYING = re.compile(
    r"\b(?:said|says|wrote|writes|declared|declares|told|replied|added|insisted|urged|announced)\b", re.I
)


def _quoted(text: str, at: int) -> bool:
    """Whether the asking "I" at `at` stands inside a quotation that someone else is said to say."""
    before = text[:at]
    opened = before.count("“") > before.count("”") or before.count('"') % 2 == 1
    return opened and bool(_SAYING.search(text))


def parse_request(sentence: str, known: set[str]) -> Recommendation | None:
    """The recommendation an author asks for explicitly in this sentence, or None."""
    text = strip_openers(sentence).rstrip(".!")
    if text.endswith("?"):
        return None
    known = known | MORE_VERBS
    text = _ASKED_CLEFT.sub(r"\g<who> ask \g<rest>", text)  # "what I am asking is that X" = "I ask that X"
    text = _RESOLVED.sub("We propose that ", text)  # "Resolved, That X ought to …": the meeting's own call
    text = _WRITING_TO_ASK.sub(r"\g<who> \g<verb> ", text)  # "I write to the minister to ask that X"
    match = _ASK.search(text)
    if match is None:
        return preferred(text, known)
    if re.search(r"\b(?:not|never)\s+" + re.escape(match.group("verb")), text, re.I) or _quoted(
        text, match.start("verb")
    ):
        return None
    verb, rest = match.group("verb").lower(), unpair_request(match.group("rest").strip())
    aside = _ASIDE.match(rest) if not rest.lower().startswith("that ") else None
    if aside:  # "as soon as the receipts suffice, that X" reads as "that X"
        rest = "that " + aside.group("clause")
    # "I urge the board, when it meets on the 14th, to postpone …": the aside is the occasion, not the act
    between = _ADDRESSEE_ASIDE.match(rest)
    if between:
        rest = f"{between.group('who')} {between.group('vp')}"
    if re.match(rf"^(?:{_BODIES}|it|them)\s+to\s+(?:consider|look|think|remember)\b", rest, re.I):
        return None  # "I ask you to consider …": attention, not a proposal
    found: Recommendation | None = None
    that = re.match(rf"^{_TO_WHOM}that\s+(?P<clause>.+)$", rest, re.I)
    addressee = _ADDRESSEE.match(rest)
    nominal = _NOMINAL.match(rest)
    if that:
        # after a verb of asking, "that X shall be Ved" is the mandative "should" ("I recommend that such
        # notes shall be kept apart")
        clause = re.sub(r"\bshall\b", "should", OWN_RELATIVE.sub("", that.group("clause")))
        clause = re.split(r",?\s+and\s+that\s+", clause, maxsplit=1)[0]  # "that X be V-ed, and that Y …": X
        # "that the voting age, general elections included, be lowered": an aside set off inside the subject
        clause = re.sub(r"^([^,]{3,100}),\s+[^,]{2,50},\s+(?=be\s)", r"\1 ", clause)
        # "that the corporation do forthwith provide lamps": the old emphatic "do" before an adverb and a verb
        clause = re.sub(
            r"\b(?:do|doth)\s+((?:forthwith|immediately|at\s+once|now|henceforth|hereafter|\w+ly)\s+)"
            r"(?=[a-z]{3,}\b)", r"\1", clause, count=1, flags=re.I)
        found = parse_recommendation(clause, known) or _subjunctive(clause, known, False)
    elif (refused := _ADDRESSEE_NOT.match(rest)) and verb in _ASKING_PEOPLE:
        # "we would urge the borough not to sell the site": the author asks that it not be done
        actor = _AS_ACTOR.get(refused.group("who").lower(), refused.group("who"))
        found = build_recommendation(actor, refused.group("vp"), True, known, False)
    elif addressee and verb in _ASKING_PEOPLE:
        who = addressee.group("who")
        if re.search(r"\b(?:attention|consideration|thought)\b", who, re.I):
            return None  # "I ask the attention of Congress to …"
        if re.search(r"\bfor\b", who, re.I):
            return None  # "I shall ask the council for powers to V": the powers' act is read by announced.py
        if who.lower().split()[-1] in _ACTION_NOUNS:
            who = "you"  # "I urge action to aid X": the action asked for is to aid X, done by the House
        actor = _AS_ACTOR.get(who.lower(), who)
        found = build_recommendation(actor, addressee.group("vp"), False, known, False)
        if found is not None and any(re.search(r"\band\s+to\s+[a-z]", a) for a in found.actions):
            # "to vote against it, and to ask officers for a plan": the second "to" joins a second act
            vp = re.sub(r"(,?)\s+and\s+to\s+(?=[a-z])", r"\1 and ", addressee.group("vp"))
            found = build_recommendation(actor, vp, False, known, False) or found
    elif nominal and verb in ("recommend", "propose", "urge", "request", "suggest", "advise"):
        noun = nominal.group("noun").lower()
        act = _ACT_NOUNS.get(noun) or (noun[:-3] if noun.endswith("ing") and noun[:-3] in known else None)
        if act:
            found = build_recommendation("we", f"{act} {nominal.group('object')}", False, known, False)
    if found is None and verb in ("recommend", "propose", "suggest", "advise"):
        found = _measure(rest, known)
    if found is not None and aside and re.match(r"(?:if|unless)\b", aside.group("aside"), re.I):
        found = replace(found, conditional=True)  # "I recommend, if the revenue allows, that X"
    return replace(found, asked=True) if found else None


def _measure(rest: str, known: set[str]) -> Recommendation | None:
    """A measure asked for by name: "a new program for schools" → "adopt a new program for schools"."""
    match = _MEASURE_NP.match(rest)
    if match is None:
        return None
    act, np_words = None, match.group("np").split()
    head = 0
    for word in np_words[1:7]:  # the head noun comes before any preposition
        head += 1
        low = word.lower().strip(",.;:")
        if low in _NP_STOP or word.endswith(","):
            break
        act = "adopt" if low in _SCHEMES else "establish" if low in _BODIES_FOUNDED else None
        if act:
            break
    if act is None:
        return None  # "a careful study of …", "a toast": no measure named
    found = build_recommendation("we", f"{act} {match.group('np')}", False, known, False)
    if found is not None and len(found.actions[0].split()) > LONG_MEASURE:
        # "a $10 billion clean waters program to put … in every place …": the name says what it is
        return build_recommendation("we", f"{act} {' '.join(np_words[: head + 1])}", False, known, False)
    return found


LONG_MEASURE = 20  # words in a named measure's action beyond which the motion keeps its name only


# "I favor still further expansion of X", "we are strongly in favour of repealing X", "I advocate a tariff
# board": the author's own preference, as plain a proposal as a request. Present tense only ("I once favored
# X" is a report), never negated ("I do not favor X").
_PREFER = re.compile(
    r"(?:^|[,;:]\s+|\s)(?:I|we),?\s+(?:(?:\w+ly|very|most|still|also|therefore|now|do|would|should|always)\s+)*"
    r"(?P<verb>favou?r|advocate|(?:am|are)\s+(?:\w+ly\s+|very\s+much\s+|all\s+)?in\s+favou?r\s+of)"
    r",?\s+(?P<rest>.+)$",
    re.I,
)
# "still further temporary expansion of X", "the early repeal of X": a noun of action, a few words before it.
_PREFERRED_ACT = re.compile(
    r"^(?:(?:the|an?)\s+)?(?P<mods>(?:(?!of\b|to\b|for\b|and\b|in\b)[a-z-]+\s+){0,3}?)"
    r"(?P<noun>[a-z]+(?:tion|sion|ment|al|ance|ence|ure)|repeal|increase|reform|purchase)\s+of\s+(?P<object>.+)$",
    re.I,
)
_GRANTED = re.compile(r"^\s*(?:while|whilst|although|though|even\s+though|much\s+as)\b", re.I)
_GERUND = re.compile(r"^(?P<gerund>[a-z]+ing)\s+(?P<object>.+)$")


def preferred(text: str, known: set[str]) -> Recommendation | None:
    """The measure an author says they favour ("I favor the repeal of X" → "we should repeal X"), or None."""
    match = _PREFER.search(text)
    if match is None or re.search(r"\b(?:not|never|no\s+longer)\b", text[: match.start("verb")], re.I):
        return None
    if _quoted(text, match.start("verb")) or _GRANTED.match(text[: match.start("verb")]):
        return None  # "While I favor X, there is no reason why Y …": granted, and the point is Y
    rest = match.group("rest").strip()
    act = _PREFERRED_ACT.match(rest)
    gerund = _GERUND.match(rest)
    found: Recommendation | None = None
    if act:
        verb = _ACT_NOUNS.get(act.group("noun").lower()) or noun_verb(act.group("noun"), known)
        if verb:
            found = build_recommendation("we", f"{verb} {act.group('object')}", False, known, False)
    elif gerund:
        verb = base_of_gerund(gerund.group("gerund"), known)
        if verb and verb in known:
            found = build_recommendation("we", f"{verb} {gerund.group('object')}", False, known, False)
    else:
        found = _measure(rest, known)
    return replace(found, asked=True) if found else None
