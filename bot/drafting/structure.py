"""Whether a drafted motion is a complete proposition: a structural test run on every candidate.

No parser is installed, so this is a shallow grammar of motions: the House opening, then for a
policy motion a verb and its object, for a belief motion a subject, a finite verb and what it
claims. It refuses the fragments long sentences break into: a "would" with no verb, an ending on a
preposition or "also", a pronoun with nothing to refer to, a clause that starts mid-sentence,
quoted pieces, the tail of a clause ("quietly, by degrees …"), a participle left alone between commas, a
consequence cut before its object ("…, making it possible"), a claim inside another person's frame ("X
might have added that …"), a giving verb without its "to". `problem(text)` names what is wrong, or is
None for a motion a coach would accept.
The word classes are in `grammar.py`; pronouns and pointers are checked in `referents.py`; a motion cut
short of what its source sentence goes on to say, in `cuts.py`.
"""

from __future__ import annotations

import re

from bot.drafting.discourse import move_problem
from bot.drafting.grammar import (
    COMPARATIVES,
    DANGLING,
    DANGLING_ADVERBS,
    DEMONSTRATIVES,
    DETERMINERS,
    EMPTY_PARTICIPLES,
    ENACTMENTS,
    FINITE,
    IRREGULAR_PAST,
    LY_VERBS,
    MAX_BODY_WORDS,
    MID_START,
    MODALS,
    PREPOSITIONS,
    PRONOUNS_NEED_REFERENT,
    REFLEXIVES,
    SUBJECT_PRONOUNS,
    VERBS,
    finite_at,
    is_verb,
    tokens,
)
from bot.drafting.parse import parse_problem
from bot.drafting.pointers import pointer_problem
from bot.drafting.proposals import base_verb
from bot.drafting.referents import referent_problem

_OPENINGS = {
    "This House would ": "policy",
    "This House opposes ": "gerund",
    "This House supports ": "gerund",
    "This House regrets ": "gerund",
    "This House prefers ": "gerund",
    "This House believes that ": "claim",
}

_COPULAS = frozenset(["is", "are", "was", "were"])
_PREDICATE_PARTICLES = frozenset(["over", "through", "past"])


# Adjectives that, after "a" or "an" ("the new" may be a noun), end a piece of a sentence whose noun was
# cut off ("… knights of a new").
_BARE_ADJECTIVES = frozenset(
    ["new", "old", "great", "good", "whole", "same", "other", "last", "first", "own", "very", "such", "free",
     "true", "real", "common", "general", "public", "single", "little", "large", "small", "higher", "lower"]
)


def _ending_problem(words: list[str]) -> str | None:
    last = words[-1].lower()
    if last == "not" and len(words) > 2 and words[-2].lower() in FINITE:
        return None  # "… than those who do not"
    if last in FINITE and len(words) > 2 and words[-2].lower() in ("they", "we", "you", "others", "people"):
        return None  # "… for the work they do"
    if last in _PREDICATE_PARTICLES and len(words) > 2 and words[-2].lower() in _COPULAS:
        return None  # "… the era of big government is over": a predicate, not a preposition
    lowered = [w.lower() for w in words]
    stranded = (last in _STRANDED and lowered[-2].endswith(("ed", "en"))
                and any(w in SUBJECT_PRONOUNS for w in lowered[-5:-2]))  # "… the land it was built on"
    if (last in PRONOUNS_NEED_REFERENT - REFLEXIVES - {"it", "them"} or last in DANGLING) and not stranded:
        return f"ends on '{words[-1]}': the sentence is unfinished"
    if len(words) > 2 and lowered[-2] in ("a", "an") and last in _BARE_ADJECTIVES:
        return f"ends on '{words[-2]} {words[-1]}': an adjective waiting for its noun"  # "knights of a new"
    if last == "one" and len(words) > 2 and lowered[-2] in ("like", "as", "such", "this", "that", "itself",
                                                             "themselves", "another"):
        # "… cannot keep acting like one", "… calling itself one": one stands for a noun said elsewhere
        return f"ends on '{words[-2]} one', which refers to something outside the motion"
    return None


def _than_problem(words: list[str]) -> str | None:
    lowered = [w.lower() for w in words]
    for i, low in enumerate(lowered):
        if low == "than" and not any(COMPARATIVES.match(w) for w in lowered[max(0, i - 12) : i]):
            return "'than' with nothing compared: the motion joins two pieces of a sentence"
    return None


_LINKS = frozenset(["and", "but", "or", "nor", "so", "yet", "which", "who", "that", "because", "while",
                    "although", "though", "if", "when", "whereas", "as", "since", "for", "even"])


def _spliced(words: list[str], body: str, verbs: frozenset[str]) -> bool:
    """Two full clauses joined by a bare comma ("visitors can travel, loans can be arranged")."""
    parts = [part.split() for part in body.split(",")]
    return len(parts) > 1 and all(_clause_of_its_own(part, verbs) for part in parts if part) and any(
        part and part[0].lower() not in _LINKS for part in parts[1:])


def _clause_of_its_own(part: list[str], verbs: frozenset[str]) -> bool:
    """Whether a comma-separated piece has a finite verb of its own; an absolute phrase ("every gain being
    paid for and every loss made good") has a participle instead, and hangs on the main clause."""
    at = finite_at(part, verbs)
    return at >= 0 and not any(w.lower() in ("being", "having") for w in part[:at])


def _clause_problem(words: list[str], verbs: frozenset[str]) -> str | None:
    """A claim: subject, finite verb, complement; a fronted phrase or condition needs its main clause."""
    lowered = [w.lower() for w in words]
    first = lowered[0]
    if first in FINITE:
        return f"starts with '{words[0]}': an inverted clause, not a claim"
    if first in MID_START or (first == "now" and len(words) > 1):
        return f"starts mid-sentence ('{words[0]}')"
    if first in PREPOSITIONS or first in ("if", "unless", "when", "once", "to"):
        return f"starts with '{words[0]}' and has no main clause of its own"
    if (first in PRONOUNS_NEED_REFERENT and first != "it") or (first in DEMONSTRATIVES and (
        len(lowered) > 1 and lowered[1] in FINITE
    )):
        return f"starts with '{words[0]}', which refers to something outside the motion"
    if len(lowered) > 2 and lowered[1] in FINITE and lowered[2] in ("it", "there", "they", "we"):
        return "an inverted clause ('" + " ".join(words[:3]) + "'): a piece of a longer period"
    at = _finite_not_infinitive(words, verbs)
    if at < 0:
        return "no finite verb: not a full claim"
    if at == len(words) - 1 and lowered[at] in FINITE:
        return "the claim stops at its verb"
    relative = at >= 2 and (lowered[at - 1] in ("which", "who", "that") or (  # "… in which we live"
        at >= 3 and lowered[at - 2] in ("which", "whom") and lowered[at - 1] in SUBJECT_PRONOUNS))
    if relative and finite_at(words[at:], verbs) < 0:
        # "a law which should guarantee liberty to all": the verb belongs to the relative clause
        return f"the only verb ('{words[at]}') is inside a relative clause: the subject has none of its own"
    for k, word in enumerate(lowered[1:-1], start=1):  # "some of that is true": that stands for a claim
        if word in DEMONSTRATIVES and lowered[k - 1] == "of" and lowered[k + 1] in FINITE:
            return f"'{words[k]}' refers to something outside the motion"
    return None


def _finite_not_infinitive(words: list[str], verbs: frozenset[str]) -> int:
    """The first finite verb, passing over an infinitive's "be", "have" or "do" ("scarce to be perceived")."""
    start = 0
    while True:
        at = finite_at(words[start:], verbs)
        if at < 0:
            return -1
        at += start
        if words[at - 1].lower() != "to" or words[at].lower() not in ("be", "have", "do"):
            return at
        start = at


# Words in -ly that are no adverb: "family, assembly, supply …" may open a claim's subject.
_LY_NOUNS = frozenset(["family", "assembly", "monopoly", "supply", "ally", "july", "italy", "anomaly",
                       "homily", "lily", "folly", "melancholy", "jolly", "holy", "ugly", "early", "only",
                       "likely", "lonely", "lovely", "friendly", "elderly", "orderly", "costly", "daily",
                       "weekly", "yearly", "monthly", "timely", "kindly", "manly", "comely", "seemly"])


def _tail_problem(body: str, verbs: frozenset[str]) -> str | None:
    """A claim that opens on an adverb and then a phrase with no subject and finite verb of its own ("quietly,
    by degrees scarce to be perceived"): the tail of a clause whose main verb was left behind."""
    head = re.match(r"^([A-Za-z]+ly)\b\s*(,?)\s*(.*)$", body)
    if head is None or head.group(1).lower() in LY_VERBS | _LY_NOUNS:
        return None
    rest = tokens(head.group(3))
    if not rest:
        return f"'{head.group(1)}' alone: an adverb, not a claim"
    opens_phrase = rest[0].lower() in PREPOSITIONS
    if opens_phrase or (head.group(2) and _finite_not_infinitive(rest, verbs) < 0):
        return (f"opens on '{head.group(1)}' and a phrase with no subject and finite verb of its own: "
                "the tail of a clause, not a claim")
    return None


# "X, constituted, does …": a participle alone between commas, the word that governed it ("thus", "so",
# "when", "as") taken out; it modifies nothing the motion states.
_LONE_PARTICIPLE = re.compile(r"^[^,]{1,60},\s+(?P<word>[a-z]+(?:ed|en))\s*,\s+\S")
# "… to the present level, making it possible": what the participle makes possible was cut off.
_CUT_CONSEQUENCE = re.compile(
    r"(?:\b(?:mak|render)(?:e|es|ing)|\bmade|\brendered)\s+(?:it\s+)?(?:possible|necessary|easier|easy|"
    r"harder|hard|difficult|impossible|certain|likely|feasible|practicable|needful)\s*$"
    r"|,\s+(?:thus\s+|thereby\s+|so\s+)?[a-z]+ing\s*$",
    re.I,
)
# A claim said inside another person's frame: "Mr. Burglum might have added that …", "Others hold that …",
# "…, as Carlyle says, …". The author reports it; it is not the author's own thesis.
_REPORTING_VERBS = (r"(?:added|add|adds|said|say|says|argued|argue|argues|claimed|claims|claim|observed"
                    r"|observes"
                    r"|remarked|remarks|noted|notes|stated|states|declared|declares|insisted|insists|maintained"
                    r"|maintains|thought|thinks|think|held|holds|hold|wrote|writes|contended|contends|believed"
                    r"|believes|believe|told|tells|assured|assures|asserted|asserts|replied|replies|answered)")
_OTHERS_FRAME = re.compile(
    r"^(?:(?:Mr|Mrs|Dr|Professor|Prof|Lord|Sir|St)\.?\s+)?(?:[A-Z][\w'’-]*\.?\s+){0,3}?"
    r"(?:[A-Z][\w'’-]+|he|she|they|others|some|critics|opponents|objectors|the\s+objectors)\s+"
    r"(?:(?:might|may|could|would|will|should|must|did|does|do)\s+(?:well\s+|also\s+)?(?:have\s+)?)?"
    rf"{_REPORTING_VERBS}\s+(?:us\s+|me\s+)?that\b"
    rf"|(?:^|,\s*)as\s+(?:(?:Mr|Mrs|Dr|Lord|Sir)\.?\s+)?(?:[A-Z][\w'’-]+\s+){{1,3}}(?:has\s+|had\s+)?"
    rf"(?:{_REPORTING_VERBS}|puts\s+it|put\s+it|shown|showed|shows)\b")


def _frame_problem(body: str) -> str | None:
    """A claim reported inside someone else's frame, or a connective's removal that left a participle
    dangling or a consequence cut before its object."""
    if _OTHERS_FRAME.search(body):
        return ("a claim reported inside another person's frame ('X might have added that …'): not the "
                "author's thesis")
    lone = _LONE_PARTICIPLE.match(body)
    if lone and lone.group("word") not in _NOT_PAST:
        return (f"'{lone.group('word')}' stands alone between commas: a participle whose governing word was "
                "taken out, modifying nothing the motion states")
    cut = _CUT_CONSEQUENCE.search(body)
    if cut:
        return (f"ends on '{cut.group(0).strip(' ,')}': a participle phrase whose object (what it makes "
                "possible or does) was cut off")
    return None


_STRANDED = frozenset(["from", "to", "of", "for", "with", "in", "on", "at", "by", "about", "into", "off",
                       "out", "up", "against", "under", "over", "behind", "through"])
_OPEN_TIMES = frozenset(["whenever", "wherever", "once", "where"])


def _contact_relative(rest: list[str], i: int) -> bool:
    """Is the be-form at `i` in a relative clause without 'that', closed by a stranded preposition
    ("… to the countries they were taken from", "… the land it was built on")?"""
    if i < 2 or rest[i - 1] not in SUBJECT_PRONOUNS:
        return False
    tail = rest[i + 1 : i + 5]
    return any(
        tail[k].endswith(("ed", "en")) and tail[k + 1] in _STRANDED
        and (k + 2 == len(tail) or tail[k + 2] in _SUBORDINATORS | _OPEN_TIMES or k + 2 + i + 1 == len(rest))
        for k in range(len(tail) - 1)
    )


def _policy_problem(words: list[str], verbs: frozenset[str], actor: bool = False) -> str | None:
    """A policy: a verb the House would do, then its object; with `actor`, the verb phrase of a named actor
    ("the people of Britain should exert …"), whose verb may be any the essay shows to be one."""
    lowered = [w.lower() for w in words]
    adverb = lowered[0].endswith("ly") and lowered[0] not in LY_VERBS
    start = 1 if adverb and len(words) > 1 else 0  # "immediately abolish …"
    verb = lowered[start]
    if lowered[start : start + 2] == ["do", "without"] and len(words) > start + 2:
        start, verb = start + 1, "do without"  # "do without the internal taxes": a phrasal verb
    elif not is_verb(verb, verbs if actor else VERBS):  # the House's verb: the fixed list, never the essay's
        return f"'{words[start]}' is not a verb the House can do: no proposal"
    rest = lowered[start + 1 :]
    if not rest:
        return f"'{words[start]}' has no object: what is to be done is undefined"
    if rest[:2] == ["to", "be"] or verb in ("be", "become", "seem", "appear"):
        return f"'{words[start]} {' '.join(rest[:2])}' describes a state, not something the House would do"
    nxt = rest[0]
    if nxt in FINITE or nxt in ("they", "he", "she", "we", "i") or nxt in (
        "before", "after", "until", "since", "during", "than", "also", "as", "by", "with"
    ) or (nxt == "of" and verb not in _OF_VERBS):  # "respect of labor": a noun read as a verb
        return f"'{words[start]} {words[start + 1]}' is not a verb with its object"
    missing = _missing_preposition(verb, rest)
    if missing:
        return missing
    counted = _bare_quantity(rest)
    if counted:
        return f"'{words[start]} {counted}': a number with nothing counted, a garbled quantity"
    pronoun = _pronoun_object(rest)  # "drop it", "abolish them": refused below, once the clause is checked
    content = [w for w in rest if w not in DANGLING and w not in PRONOUNS_NEED_REFERENT - REFLEXIVES]
    if not content and not pronoun:
        return f"'{words[start]}' has no object: what is to be done is undefined"
    for i, word in enumerate(rest):
        subordinate = any(w in ("that", "which", "who", "if", "when", "so", "unless", "until", "than")
                          for w in rest[:i]) or re.search(r"\bas \w+ as\b", " ".join(rest[:i]))  # "as much"
        if word in MODALS and not subordinate:
            return f"a second clause ('{word}') runs into the proposal: two sentences joined"
        if (word == "be" and i > 0 and i + 1 < len(rest) and _participle(rest[i + 1])
                and not any(w in _SUBORDINATORS | MODALS | {"to"} for w in rest[:i])):
            # "force for prohibition enforcement be brought within …": the subject's noun read as the verb
            return f"a second verb ('be {rest[i + 1]}') runs into the proposal: the verb was a noun"
        if (word in _BE_FORMS | {"has", "had"} and i > 0 and not any(w in _SUBORDINATORS for w in rest[:i])
                and not _contact_relative(rest, i)):
            return f"a second clause ('{rest[i - 1]} {word}') runs into the proposal: two sentences joined"
    if pronoun:
        return (f"'{words[start]}' has no object but a pronoun ('{pronoun}') with nothing in the motion "
                "to refer to: what is to be done is undefined")
    return _object_problem(words[start], rest)


# Verbs that give a thing to a recipient, and the things given that never stand as the recipient: "give high
# priority the bill" lost the "to" of "give high priority to the bill" ("give workers the vote" is whole).
_GIVING = frozenset(["give", "grant", "accord", "assign", "attach", "pay", "lend", "afford", "extend",
                     "devote", "allot", "allow", "offer"])
_GIVEN_THINGS = frozenset(["priority", "precedence", "preference", "attention", "consideration", "emphasis",
                           "weight", "support", "heed", "thought", "encouragement", "protection", "aid",
                           "assistance", "relief", "recognition", "notice", "credit", "effect", "force",
                           "importance", "time", "study", "care", "sanction", "approval", "place"])
_RECIPIENT_HEADS = frozenset(["the", "a", "an", "our", "this", "these", "those", "its", "their", "every",
                              "all"])


def _missing_preposition(verb: str, rest: list[str]) -> str | None:
    """A giving verb whose thing given runs straight into a second noun phrase with no "to": garbled."""
    if verb not in _GIVING:
        return None
    for i, word in enumerate(rest[:4]):
        if word in _GIVEN_THINGS and i + 1 < len(rest) and rest[i + 1] in _RECIPIENT_HEADS:
            before = rest[:i]
            if all(w not in _RECIPIENT_HEADS and w not in PREPOSITIONS for w in before):
                return (f"'{verb} {' '.join(rest[: i + 2])} …': the preposition before the second noun "
                        "phrase ('to') is missing, a garbled object")
    return None


# Endings of nouns, never of a bare verb: "the board should happiness …" is no proposal.
_NOUN_ENDINGS = ("ness", "tion", "sion", "ment", "ity", "ance", "ence", "ship", "hood", "ism", "ist")
# Verbs a House may do that take "of" at once: "dispose of the public lands".
_OF_VERBS = frozenset(["dispose", "approve", "disapprove", "partake", "avail", "repent", "beware"])


def _participle(word: str) -> bool:
    return word.endswith(("ed", "en")) or word in IRREGULAR_PAST


_NUMBER_WORDS = frozenset([
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "million", "billion", "dozen", "half",
    "several", "few",
])
# What may follow a number and still count something: "10 per cent", "five in the hundred" is a rate only
# after a noun ("reduce usury to five in the hundred"), never as the verb's whole object.
_COUNTED_AFTER = frozenset(["per", "percent", "of", "to", "for", "from"])  # "appoint three to the board"


def _bare_quantity(rest: list[str]) -> str | None:
    """The verb's object when it is a bare number followed by a preposition or nothing: "increase two in the
    number of commissioners" (from "an increase of two in the number …"), "raise ten in the fees". None
    otherwise."""
    if not rest:
        return None
    first = rest[0]
    number = first in _NUMBER_WORDS or bool(re.fullmatch(r"\d[\d,.]*", first))
    if not number:
        return None
    if len(rest) == 1 or (rest[1] in PREPOSITIONS and rest[1] not in _COUNTED_AFTER):
        return " ".join(rest[:3])
    return None


# Pronouns that stand for the object itself ("drop it", "abolish them"); a demonstrative or "her" is one
# only when no noun follows ("ban these at once", not "ban these fees").
_OBJECT_PRONOUNS = frozenset(["it", "them", "him"])
_DETERMINER_OR_PRONOUN = frozenset(["this", "that", "these", "those", "her"])


def _pronoun_object(rest: list[str]) -> str | None:
    """The pronoun a policy's verb takes as its object, when it takes one (`rest`: lower-cased words
    after the verb)."""
    if not rest:
        return None
    first = rest[0]
    if first in _OBJECT_PRONOUNS:
        return first
    # "ban these at once" (a preposition, an adverb or the end next), not "ensure that the poor are fed"
    if first in _DETERMINER_OR_PRONOUN and (
        len(rest) == 1 or rest[1] in PREPOSITIONS or rest[1] in DANGLING_ADVERBS or rest[1] in ("and", "or")
    ):
        return first
    return None


# A finite "be" inside a policy needs a word that opens a clause before it ("fund the schools that
# are closing"); without one, a second sentence has run in ("put it was necessary that …").
_BE_FORMS = frozenset(["is", "are", "was", "were", "am"])
_SUBORDINATORS = frozenset([
    "that", "which", "who", "whom", "whose", "where", "when", "while", "as", "if", "than", "because",
    "unless", "until", "what", "whether", "how", "whoever", "whatever", "wherever", "so", "since",
    "though", "although", "once", "after", "before",
])
# Objects that say only that something is to be done: "adopt every measure", "pass suitable legislation".
_GENERIC_OBJECTS = frozenset([
    "measure", "measures", "legislation", "law", "laws", "step", "steps", "action", "actions", "means",
    "resolution", "resolutions", "proposal", "proposals", "bill", "bills", "policy", "policies", "plan",
    "plans", "program", "programs", "programme", "programmes", "course", "remedy", "remedies", "reform",
    "reforms", "provision", "provisions", "change", "changes", "thing", "things", "effort", "efforts",
    "matter", "matters", "subject", "question", "issue", "issues", "case", "affair", "affairs", "inquiry",
    "investigation", "study", "survey", "examination",
])
_VAGUE_MODIFIERS = frozenset([
    "every", "all", "such", "suitable", "necessary", "appropriate", "proper", "further", "needed",
    "needful", "requisite", "adequate", "effective", "prompt", "immediate", "early", "wise", "some",
    "any", "other", "new", "more", "additional", "certain", "various", "several", "these", "those",
    "the", "a", "an", "this", "that", "at", "once", "now", "promptly", "forthwith", "speedily", "and",
])
# Words that point at text outside the motion: "the following resolution", "the said act".
_POINTING = frozenset(["following", "foregoing", "aforesaid", "said", "above", "above-mentioned", "same"])


def _object_problem(verb: str, rest: list[str]) -> str | None:
    """A policy's object that names nothing: only generic nouns and vague modifiers, or a pointer."""
    if rest[:2] in (["the", "following"], ["the", "foregoing"], ["the", "aforesaid"], ["the", "said"]):
        return f"'{verb}' points at something outside the motion ('{rest[1]}')"
    if any(w in _GENERIC_OBJECTS for w in rest) and all(
        w in _GENERIC_OBJECTS or w in _VAGUE_MODIFIERS for w in rest
    ):
        return f"'{verb} {' '.join(rest)}': the object is left undefined"
    pointed = len(rest) >= 2 and rest[0] == "the" and (
        rest[1] in _GENERIC_OBJECTS or rest[1] in ("rule", "principle", "recommendation", "act"))
    if pointed and (len(rest) == 2 or rest[2] not in _SAYS_WHICH):
        return f"'{verb} the {rest[1]}': which {rest[1]} is said only earlier in the essay"
    return _indefinite_object(verb, rest)


# What opens a complement that says what such a noun is about: "a law against …", "an act providing …".
_ABOUT = frozenset([
    "of", "for", "to", "on", "upon", "about", "against", "concerning", "respecting", "regarding", "which",
    "that", "whereby", "under", "with", "in", "by", "from", "at", "as", "so",
])


# What says which one after "the bill": "the bill of rights", "the bill now before Congress", "the act which".
_SAYS_WHICH = (_ABOUT - {"as", "so", "at", "in", "with", "by", "from"}) | frozenset([
    "now", "before", "pending", "proposed", "introduced", "passed", "submitted", "known", "called", "named"])


def _indefinite_object(verb: str, rest: list[str]) -> str | None:
    """ "pass a general act", "make an appropriation": an indefinite noun of enactment, its modifiers only
    adjectives, and nothing after it that says what it is about ("authorize the appointment of a commission
    by the President": who appoints it is said, not what it is for)."""
    if len(rest) > 3 and rest[0] == "the" and rest[1] in _SETTING_UP and rest[2] == "of":
        rest = rest[3:]  # "the appointment of a commission": the commission is what must be defined
    if not rest or rest[0] not in ("a", "an", "some", "any", "certain"):
        return None
    if rest[0] == "certain" and len(rest) > 1 and rest[1].rstrip("s") in ENACTMENTS and (
        rest[2:3] not in (["of"], ["in"], ["under"], ["on"], ["for"])
    ):  # "change certain provisions where they …": provisions of which law is not said
        return f"'{verb} certain {rest[1]}': which {rest[1]}, of what, is not said"
    for i, word in enumerate(rest[1:], start=1):
        if word in ENACTMENTS:
            after = rest[i + 1 :]
            agent_only = after[:1] == ["by"] and len(after) <= 4 and not any(
                w in _ABOUT - {"by"} for w in after)
            if not after or agent_only or (
                after[0] in ("and", "or", "at", "now", "forthwith", "promptly", "immediately")
                and not any(w in _ABOUT - {"at"} for w in after)
            ):
                return f"'{verb} {' '.join(rest[: i + 1])}': what the {word} is about is not said"
            return None
        if word not in _EMPTY_ADJECTIVES:
            return None  # a modifier that says what: "a tariff law", "a national bank"
    return None


# Nouns of setting up, before "of" and the thing set up: "the appointment of a commission".
_SETTING_UP = frozenset(["appointment", "creation", "establishment", "formation", "institution", "passage",
                         "adoption", "enactment", "organization", "organisation", "constitution"])
# Adjectives that leave a noun of enactment as undefined as before: "a general act", "a suitable law".
_EMPTY_ADJECTIVES = _VAGUE_MODIFIERS | frozenset([
    "general", "special", "comprehensive", "liberal", "sufficient", "large", "small", "permanent",
    "temporary", "separate", "single", "suitable", "proper", "careful", "thorough", "full", "complete",
    "definite", "distinct", "specific", "modest", "moderate", "reasonable", "just", "fair", "good", "better",
    "great", "important", "substantial", "considerable", "generous", "sweeping", "major", "bold",
    "simple", "clear",
])


# A reply, exclamation or hedge at the head of a clause: "yes, …", "well, …", "perhaps, but …".
_PARTICLE = re.compile(r"^(yes|no|nay|aye|ay|well|oh|o|ah|alas|why|indeed|sure|surely|okay|ok|perhaps|maybe"
                       r"|besides|anyway|still|but|and|yet|so|then)\s*[,!]", re.I)
# The speaker's own frame kept inside a belief motion: "we do not believe that …", "I think …".
_SPEAKER_FRAME = re.compile(
    r"^(?:we|i)\s+(?:do\s+not\s+|don't\s+|do\s+|still\s+|firmly\s+)?"
    r"(?:believe|think|hold|know|feel|trust|hope|maintain|contend|say)\b",
    re.I,
)


# An item of an enumeration, pointing back at the list it belongs to: "the one, that the tooth of usury be
# grinded", "the other, that …", "secondly, that …".
_ITEM = re.compile(
    r"^(?:the\s+)?(?:one|other|former|latter|first|second|third|last|next|(?:four|fif|six|seven|eigh|nin|ten)th|"
    r"firstly|secondly|thirdly|fourthly|fifthly|lastly)"
    r"\s*,\s*(?:that|to|how|whether|by)\b",
    re.I,
)


def problem(text: str, verbs: frozenset[str] | set[str] = frozenset()) -> str | None:
    """What makes a motion an incomplete proposition, or None when it is complete.

    `verbs` are extra base verbs known from the essay (those it also uses with -ing or -ed).
    """
    opening = next((o for o in _OPENINGS if text.startswith(o)), None)
    if opening is None:
        return "does not open with a motion's wording (This House would / believes that / …)"
    body = text[len(opening) :].strip()
    if re.search(r"[\"“”«»]|(?:^|\s)'|(?<!s)'(?:\s|$)|[([{]|\.\.\.|…", body):
        return "holds a quotation, bracket or ellipsis: a piece of the essay, not a proposition"
    if re.search(r"[;:]|\s[–—-]{1,2}\s|\w[–—]\w|\w-(?:the|a|an|that|which|and|or|but|as|more|even)\b", body):
        return "joins several clauses (semicolon, colon or dash): not one proposition"
    item = _ITEM.match(body)
    if item:
        return f"opens on '{item.group(0).strip()}', an item of a list the essay made: not a proposition"
    particle = _PARTICLE.match(body)
    if particle:
        return f"starts with the discourse particle '{particle.group(1)}': a reply, not a proposition"
    if _SPEAKER_FRAME.match(body):
        return "keeps the speaker's frame ('we believe that …'): the House would believe a belief"
    # "believes that let there be …"
    if opening.startswith("This House believes") and re.match(r"^(?:that\s+)?let(?:'s|’s)?\s", body, re.I):
        return "an imperative ('let …') after 'believes that': a command, not a claim"
    words = tokens(body)
    if len(words) < 2:
        return "too short to say anything"
    if len(words) > MAX_BODY_WORDS:
        return f"{len(words)} words: a long period lifted from the essay, not a motion"
    known = VERBS | frozenset(v.lower() for v in verbs)
    if body[:1].islower() and words[0].lower() in MID_START and not (
        opening == "This House regrets " and words[0] == "that"
    ):
        return f"starts mid-sentence ('{words[0]}')"
    kind = _OPENINGS[opening]
    if kind == "policy":
        found = move_problem(body) or _policy_problem(words, known)
    elif kind == "gerund" and opening == "This House regrets " and words[0] == "that" and len(words) > 2:
        found = _clause_problem(words[1:], known)  # "This House regrets that X has Y"
    elif kind == "gerund":
        first = words[0].lower()
        named = first.endswith("ing") or words[0][:1].isupper() or first in ("the", "a", "an") or (
            first not in DANGLING and first not in MID_START and len(words) > 1  # "race-conscious X"
        )
        found = None if named else f"'{words[0]}' does not name what is opposed or supported"
        if found is None and first.endswith("ing") and len(words) > 1:
            found = _gerund_problem(words, known)
    else:
        found = _tail_problem(body, known) or _clause_problem(words, known)
        if found is None and _spliced(words, body, known):
            found = "two clauses joined by a comma: not one proposition"
        modal = next((i for i, w in enumerate(words) if w.lower() in ("should", "must")), -1)
        if found is None and 0 < modal < len(words) - 1:  # "X should VP": the VP as a policy
            after = words[modal + 1 :]
            while len(after) > 1 and (
                after[0].lower() in ("not", "never", "henceforth", "hereafter", "always", "now", "therefore")
                or (after[0].lower().endswith("ly") and after[0].lower() not in VERBS | known | LY_VERBS)
            ):
                after = after[1:]  # "should henceforth not be …", "must gradually end …"
            # "X should be idle", "X must be a free gift": a predicate, not something to do
            predicate = bool(after) and after[0].lower() == "be"
            if predicate and len(after) > 1 and after[1].lower() in EMPTY_PARTICIPLES:
                return f"'be {after[1]}' says nothing the House could do or judge"
            if after and not predicate and not after[0].lower().endswith(("ed", "en")):
                verb = after[0].lower()  # an actor may "campaign for …": any verb
                shaped = (verb not in DANGLING and verb not in PRONOUNS_NEED_REFERENT and verb.isalpha()
                          and not verb.endswith(_NOUN_ENDINGS))
                found = _policy_problem(after, known | {verb} if shaped else known, actor=shaped)
    return (found or _frame_problem(body) or _ending_problem(words) or referent_problem(words, known)
            or _than_problem(words)
            or _garbled_problem(words, body, kind, known) or _broken_word_problem(words)
            or pointer_problem(body) or parse_problem(text))  # the parse: only with the `parse` extra


def is_complete(text: str, verbs: frozenset[str] | set[str] = frozenset()) -> bool:
    """Whether a motion is a complete proposition (see `problem`)."""
    return problem(text, verbs) is None


def _gerund_problem(words: list[str], verbs: frozenset[str]) -> str | None:
    """"opposes/supports X-ing …": the gerund must head a whole verb phrase, as a policy's verb does (its
    object, no second clause running in, no pronoun object)."""
    rest = [w.lower() for w in words[1:]]
    pronoun = _pronoun_object(rest)
    if pronoun:
        return (f"'{words[0]}' has no object but a pronoun ('{pronoun}') with nothing in the motion to "
                "refer to")
    for i, word in enumerate(rest):
        if word in MODALS and not any(w in _SUBORDINATORS for w in rest[:i]):
            return f"a second clause ('{word}') runs into the gerund phrase: not one proposition"
        if (word in _BE_FORMS | {"has", "have", "had"} and i > 0
                and not any(w in _SUBORDINATORS for w in rest[:i])
                and not _contact_relative(rest, i)):
            return (f"a second clause ('{rest[i - 1]} {word}') runs into the gerund phrase: not one "
                    "proposition")
    return None


# Words after which "that" opens a clause ("aware that …", "so that …"), not a noun phrase ("that income").
_THAT_CLAUSE_HEADS = frozenset(["aware", "sure", "certain", "clear", "so", "provided", "given", "except",
                                "knowing", "proving", "insisting", "claiming", "pretending", "demanding",
                                "assuming", "believing", "ensuring", "conscious", "convinced", "satisfied"])
# Heads of a "that" clause besides the essay's verbs: "take care that …", "see that …".
_THAT_VERBS = frozenset(["care", "see", "ensure", "insure", "provide", "require", "direct", "order", "enact",
                         "declare", "resolve", "demand", "insist", "urge", "recommend", "hold", "hope"])


_QUANTIFIERS = frozenset(["all", "many", "most", "some", "no", "every", "each", "there", "few", "several"])
# "the river floods the town": a determiner, a noun and its verb in -s (not "the great interests of …").
_AGREEING = re.compile(
    r"(?:the|a|an|this|every|each|no|our|its|his|her|their)\s+[a-z]+\s+[a-z]+s\b"
    r"(?!\s+(?:of|and|or|in|for|to|on|with|at|by|from)\b)")


def _subject_lost(clause: list[str], verbs: frozenset[str]) -> str | None:
    """Why a "that" clause is not a clause of its own: no finite verb, or its first verb joined by "and" to
    a subject that never had one ("that all the great interests of the country and derive …"). None when a
    subject and its finite verb are there."""
    if len(clause) < 2:
        return None  # "ensure that outcome": a demonstrative, judged elsewhere
    lowered = [w.lower() for w in clause]
    first = lowered[0]
    subject = first in DETERMINERS or first in SUBJECT_PRONOUNS or first in _QUANTIFIERS
    if not (subject or clause[0][:1].isupper()):
        return None  # "laws that are unjust", "issues that affect …": a relative clause, its subject before
    at = finite_at(clause, verbs)
    if at < 0 and any(w in verbs and lowered[i - 1] not in DANGLING and lowered[i - 1] not in verbs
                      for i, w in enumerate(lowered[1:], start=1)):
        return None  # "that all the interests of the country derive …": a plural subject and its verb
    if at < 0:
        bare = next((i for i, w in enumerate(lowered[1:], start=1)
                     if lowered[i - 1] in ("and", "or") and w in verbs), -1)
        if bare > 0:
            return f"its subject lost its verb: '{clause[bare - 1]} {clause[bare]}' has no subject of its own"
        return "the clause has no finite verb: a broken piece of a sentence"
    if lowered[at - 1] in ("and", "or") and lowered[at] not in FINITE:
        return f"its subject lost its verb: '{clause[at - 1]} {clause[at]}' has no subject of its own"
    return None


# "…, entitled them to …": a verb with its object after a comma, and no subject for it.
_SUBJECTLESS_PREDICATE = re.compile(
    r",\s+([a-z]+ed)\s+(?:them|it|him|her|us|the|a|an|their|its|our|his|this|these|those)\b")
# "build the ships and the men trained long in advance": a gapped passive ("the ships must be built and the
# men trained …") read as a coordinated object; the second noun keeps a verb that lost its auxiliary.
_GAPPED_OBJECT = re.compile(
    r"\band\s+(?:the|a|an|our|all|their|its|his|her|these|those)\s+(?:[a-z]+\s+){0,2}?[a-z]+\s+"
    r"(?P<participle>[a-z]+(?:ed|en))(?=\s+(?:long|well|early|first|at\s+once|in\s+advance|now|soon|promptly"
    r"|properly|regularly|forthwith|immediately|without\s+delay)\b|\s*$)")
_NOT_PAST = frozenset(["indeed", "hundred", "succeed", "proceed", "exceed", "agreed", "naked", "sacred",
                       "wicked",
                       "wretched", "learned", "beloved", "aged", "ragged", "rugged", "crooked", "kindred"])
# In a policy motion, a pronoun that is the subject of a comparison or the agent of a participle stands for
# the actor the essay named, whom the House replaced: "maintain the reservoirs as it does other works".
_ACTOR_LEFT_BEHIND = re.compile(
    r"\b(?:as|than|like)\s+(?:it|they)\s+(?:now\s+)?(?:does|do|did|has|have|had|is|are|was|were|can|could|will"
    r"|would|should|must|may|might)\b|\b[a-z]+(?:ed|en)\s+by\s+(?:it|them)\b")
_PARTICIPLE_OPENERS = frozenset(["having", "being", "considering", "seeing", "granting", "admitting",
                                 "judging",
                                 "speaking", "looking", "taking", "leaving", "weighing", "allowing"])


def _garbled_problem(words: list[str], body: str, kind: str, verbs: frozenset[str]) -> str | None:
    """A clause broken when lifted from its period: a "that" clause with no verb ("aware that these to …"),
    a verb and its object after a comma with no subject, a gapped passive read as a coordinated object, or
    an opening participle clause whose subject the motion never states."""
    lowered = [w.lower() for w in words]
    lowered_body = body.lower()
    for head in re.finditer(r"\b([a-z]+) that\s+([^,;]*)", lowered_body):
        clause = head.group(2)
        agreeing = re.match(  # "aware that the river floods": a noun and its verb in -s
            r"(?:the|a|an|this|every|each|no|our|its|his|her|their)\s+[a-z]+\s+[a-z]+s\b", clause)
        if head.group(1) in _THAT_CLAUSE_HEADS and not agreeing and finite_at(tokens(clause), verbs) < 0:
            return f"'{head.group(1)} that' opens a clause with no verb: a broken piece of a sentence"
        said = head.group(1)
        if said in _THAT_VERBS or said in verbs or (said.endswith("s") and said[:-1] in verbs | _THAT_VERBS):
            # "take care that X …", "ensure that X …", "requires that X …"
            lost = _subject_lost(tokens(clause), verbs)
            if lost and not (_AGREEING.match(clause) and "and" not in clause.split()[:8]):
                return f"'{head.group(1)} that …': {lost}"
    subjectless = _SUBJECTLESS_PREDICATE.search(lowered_body)
    if subjectless and len(subjectless.group(1)) > 4 and subjectless.group(1) not in _NOT_PAST:
        return (f"'{subjectless.group(1)}' after a comma has no subject: a second predicate cut from its "
                "clause")
    if kind in ("policy", "gerund"):  # the actor was dropped for the House: "maintain X as it does Y"
        actor = _ACTOR_LEFT_BEHIND.search(lowered_body)
        # "as they do in Sweden": "they" are the people of the place named, not the actor left out
        elsewhere = actor is not None and re.match(r"\s+(?:in|across|throughout)\s+(?:the\s+)?[A-Z]",
                                                   body[actor.end():])
        if actor and not elsewhere:
            return f"'{actor.group(0)}' refers to the actor the motion left out"
    if kind in ("policy", "gerund") or " should " in f" {lowered_body} ":
        gapped = _GAPPED_OBJECT.search(lowered_body)
        if gapped and base_verb(gapped.group("participle"), set(verbs)) in verbs:
            return (f"'… and {gapped.group(0)[4:].strip()}': a second object with a verb of its own, "
                    "not a coordinated object")
    if kind == "claim" and (lowered[0] in _PARTICIPLE_OPENERS or (
        lowered[0].endswith("ing") and (lowered[0][:-3] in verbs or lowered[0][:-3] + "e" in verbs)
    )):
        opening = body.split(",", 1)[0]
        # "having now been for some time under advisement, …": "been" belongs to the participle clause
        perfect = lowered[0] == "having" and "been" in lowered[1:4]
        if "," in body and (perfect or finite_at(opening.split(), verbs) < 0):
            return f"opens with a participle clause ('{words[0]} …,') whose subject the motion does not state"
    return None


_NEGATIVES = frozenset(["not", "no", "never", "neither", "none", "nothing", "nobody", "cannot", "can't",
                        "won't", "don't", "doesn't", "isn't", "aren't", "without", "nowhere"])


def _broken_word_problem(words: list[str]) -> str | None:
    """Words that cannot stand together in English, left where a sentence was cut or a word replaced: "the own
    facilities" (from "its own"), "…, nor grant lands" with no negative before "nor"."""
    lowered = [w.lower() for w in words]
    for i, low in enumerate(lowered[1:], start=1):
        if low == "own" and lowered[i - 1] in ("the", "a", "an"):
            return f"'{words[i - 1]} own': a possessive lost when the motion was worded"
        if low == "nor" and not any(w in _NEGATIVES or w.endswith("n't") for w in lowered[:i]):
            return "'nor' with no negative before it: a piece of a longer sentence"
    return None
