"""Whether a drafted motion is a complete proposition: a structural test run on every candidate.

No parser is installed, so this is a shallow grammar of motions: the House opening, then for a
policy motion a verb and its object, for a belief motion a subject, a finite verb and what it
claims. It refuses the fragments long sentences break into: a "would" with no verb, an ending on a
preposition or "also", a pronoun with nothing to refer to, a clause that starts mid-sentence,
quoted pieces, the tail of a clause ("quietly, by degrees …"), a participle left alone between commas, a
consequence cut before its object ("…, making it possible"), a claim inside another person's frame ("X
might have added that …"), a giving verb without its "to". `problem(text)` names what is wrong, or is
None for a motion a coach would accept. What a complete motion may do is accepted by shape, not by word: an
infinitive or a fronted phrase or clause before the claim's subject ("to err is human", "in times of war the
law falls silent", "where the law ends, tyranny begins"), "all" as a determiner, a free relative as the
subject, a verb the House's list lacks when its object follows, the parliamentary "That this House …"; the
motions of `tests/test_drafting_wellformed.py` must all pass.
The word classes are in `grammar.py`; pronouns and pointers are checked in `referents.py`; a motion cut
short of what its source sentence goes on to say, in `cuts.py`; a "not only … but to …" pair rewritten for one
half, in `correlatives.py`; a bare "the work" the motion never says, in `definites.py`; a heading glued to its
sentence or a noun phrase whose only verb is a participle, in `pieces.py`; a figure of speech read as a
policy, in `figures.py` (through `objects.py`).
"""

from __future__ import annotations

import re

from bot.drafting.address import address_problem
from bot.drafting.claimheads import head_problem
from bot.drafting.clauseless import clauseless_problem
from bot.drafting.conjoined import mixed_forms_problem
from bot.drafting.correlatives import correlative_problem
from bot.drafting.cues import NOUN_MODIFIERS
from bot.drafting.definites import bare_definite_problem
from bot.drafting.discourse import move_problem
from bot.drafting.duties import duty_problem
from bot.drafting.existential import frame_left
from bot.drafting.grammar import (
    COMPARATIVES,
    DANGLING,
    DEMONSTRATIVES,
    DETERMINERS,
    EMPTY_PARTICIPLES,
    FINITE,
    LY_VERBS,
    MAX_BODY_WORDS,
    MID_START,
    MODALS,
    PARTICLES,
    PREPOSITIONS,
    PRONOUNS_NEED_REFERENT,
    REFLEXIVES,
    SUBJECT_PRONOUNS,
    VERBS,
    finite_at,
    tokens,
)
from bot.drafting.objects import (
    BE_FORMS,
    NOUN_ENDINGS,
    STRANDED,
    SUBORDINATORS,
    contact_relative,
    policy_problem,
    pronoun_object,
)
from bot.drafting.openers import opener_problem
from bot.drafting.outside import outside_problem
from bot.drafting.parse import parse_problem
from bot.drafting.pieces import piece_problem
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
_MODALS_AND_EVER = frozenset(["can", "could", "will", "would", "may", "might", "must", "should", "ever"])
_PREDICATE_PARTICLES = frozenset(["over", "through", "past"])


# Adjectives that, after "a" or "an" ("the new" may be a noun), end a piece of a sentence whose noun was
# cut off ("… knights of a new").
_BARE_ADJECTIVES = frozenset(
    ["new", "old", "great", "good", "whole", "same", "other", "last", "first", "own", "very", "such", "free",
     "true", "real", "common", "general", "public", "single", "little", "large", "small", "higher", "lower"]
)


# Verbs of saying that need what is said after them: "… it is fair to say".
_SAYING = frozenset(["say", "add", "observe", "remark", "state", "mention", "note", "admit", "confess",
                     "declare", "affirm", "assert", "maintain", "suggest", "argue"])
# Words of DANGLING that are also nouns: "the till", "a while", "the present".
_NOUN_AFTER_ARTICLE = frozenset(["till", "while", "present", "last", "rest", "lot", "like"])

_PHRASAL_PARTICLES = PARTICLES | {"in", "over", "on"}  # "… before they move in"


def _phrasal_close(lowered: list[str]) -> bool:
    """Whether the motion ends on a pronoun subject's verb and its particle ("before they move in", "until we
    sign up"): a whole clause, not a preposition waiting for its object."""
    if len(lowered) < 3 or lowered[-1] not in _PHRASAL_PARTICLES or lowered[-3] not in SUBJECT_PRONOUNS:
        return False
    verb = lowered[-2]  # "move", "moves", "moved", "signed"
    return any(form in VERBS for form in (verb, verb[:-1], verb[:-2]))


# "… the cost to the people of the valley is far greater": greater than what the sentence before said.
_BARE_COMPARISON = re.compile(
    r"\b(?:is|are|was|were|be|seems?)\s+(?:far|much|even|still|vastly|considerably|rather)?\s*"
    r"(?:greater|larger|smaller|higher|lower|bigger|heavier|lighter|cheaper|dearer|worse|better)$"
    # "… one clause is even more explicit": "even" compares it with what the essay said before
    r"|\b(?:is|are|was|were|be|seems?)\s+(?:even|still)\s+(?:more|less)\s+[a-z]+$", re.I)


def _comparison_problem(words: list[str]) -> str | None:
    """A claim ending on a comparative with nothing compared ("… the cost to the valley is far greater")."""
    if _BARE_COMPARISON.search(" ".join(words)):
        return f"ends on '{words[-1]}' with nothing compared: what it is compared with is in the essay"
    return None


_GAPPED_VERBS = frozenset(["have", "do", "get", "make", "own", "offer", "give", "buy", "find", "ask", "hold",
                           "keep", "need", "want", "afford", "build", "run", "provide"])
_RELATIVE_SUBJECTS = frozenset(["we", "they", "you", "people", "anyone", "everyone"])


def _gapped_relative(lowered: list[str]) -> bool:
    """Whether the motion ends on a relative clause whose object is the noun before it, with no "that": "…
    the best thing a parent can do", "… the only help they can get"."""
    if len(lowered) < 5 or lowered[-1] not in _GAPPED_VERBS or lowered[-2] not in _MODALS_AND_EVER:
        return False
    if lowered[-3] in _RELATIVE_SUBJECTS:
        subject_at = len(lowered) - 3
    elif lowered[-4] in ("a", "an", "the", "any", "every", "one", "no") and lowered[-3].isalpha() and (
            lowered[-3] not in DANGLING):
        subject_at = len(lowered) - 4
    else:
        return False
    head = lowered[subject_at - 1]
    return head.isalpha() and head not in DANGLING and head not in PREPOSITIONS and head not in FINITE


# A lead cut at its colon: "… benefits our visitors by providing:", "… the main reasons are as follows:".
_TAKING_GERUNDS = ("providing", "offering", "giving", "making", "ensuring", "creating", "including", "using",
                   "adding", "introducing", "requiring", "allowing", "supplying", "delivering")
_LIST_LEADS = frozenset([(p, g) for p in ("by", "for", "of", "in", "through") for g in _TAKING_GERUNDS]
                        + [("as", "follows"), ("the", "following")])


def _possessive_end(words: list[str]) -> bool:
    """Whether the motion ends on "one's" with no noun after it ("as on all similar one's"): the pronoun's
    possessive always owns a noun. A named owner may stand for its thing ("a scheme such as Mr. Hare's", "the
    last word should be the town's")."""
    return len(words) > 1 and re.fullmatch(r"ones?['’]s?", words[-1].lower()) is not None


def _ending_problem(words: list[str]) -> str | None:
    last = words[-1].lower()
    if last == "not" and len(words) > 2 and words[-2].lower() in FINITE:
        return None  # "… than those who do not"
    if last in FINITE and len(words) > 2 and words[-2].lower() in ("they", "we", "you", "others", "people"):
        return None  # "… for the work they do"
    if last in ("both", "all") and len(words) > 2 and words[-2].lower() not in DANGLING:
        return None  # "… soon loses both": the pronoun, the two things it counts named before it
    if last in ("is", "are", "stands", "stand") and len(words) > 3 and (
            words[-2].lower() in ("it", "they") and words[-3].lower() in ("as", "where")):
        return None  # "keep the bandstand where it is", "leave the rules as they are": the state kept
    if last in FINITE and any(w.lower() in ("than", "as") for w in words[-4:-1]):
        return None  # "… does more for the poor than aid does": the comparison's verb, elided
    if last == "only" and len(words) > 3 and words[-2].lower() not in DANGLING and any(
            w.lower() in PREPOSITIONS for w in words[-4:-2]):
        return None  # "on Sundays only", "for three years only": a limit on a phrase, not a cut "only …"

    if len(words) > 2 and (words[-2].lower(), last) in _LIST_LEADS:
        return f"ends on '{words[-2]} {words[-1]}': what it leads to (a list after a colon) is missing"
    if _possessive_end(words):
        return f"ends on the possessive '{words[-1]}': what it owns is missing"  # "as on all similar one's"
    if _gapped_relative([w.lower() for w in words]):
        return None  # "the most democratic institution a town can have": the relative's object is the noun

    if last in _SAYING and len(words) > 2 and words[-2].lower() == "to" and re.search(
            r"\bit\s+(?:is|was|seems|would be|may be|must be)\b", " ".join(words), re.I):
        return f"ends on 'to {words[-1]}': what is said is missing"  # "it is very intelligible to say"
    if last in _NOUN_AFTER_ARTICLE and len(words) > 2 and words[-2].lower() in ("the", "a", "every", "each"):
        return None  # "… added at the till": a noun after its article, not a conjunction
    if last in _PREDICATE_PARTICLES and len(words) > 2 and words[-2].lower() in _COPULAS:
        return None  # "… the era of big government is over": a predicate, not a preposition
    lowered = [w.lower() for w in words]
    stranded = (last in STRANDED and lowered[-2].endswith(("ed", "en"))
                and any(w in SUBJECT_PRONOUNS for w in lowered[-5:-2]))  # "… the land it was built on"
    stranded = stranded or (last in STRANDED and any(  # "… the rivers they draw water from"
        w in SUBJECT_PRONOUNS and lowered[k - 1] not in DANGLING and lowered[k - 1] not in MID_START
        for k, w in enumerate(lowered[-5:-1], start=len(lowered) - 5) if k > 0))
    stranded = stranded or words[-1] == "May"  # "… from next May": the month
    stranded = stranded or _phrasal_close(lowered)  # "… before they move in": a verb and its particle
    if (last in PRONOUNS_NEED_REFERENT - REFLEXIVES - {"it", "them"} or last in DANGLING) and not stranded:
        return f"ends on '{words[-1]}': the sentence is unfinished"
    if len(words) > 2 and lowered[-2] in ("a", "an") and last in _BARE_ADJECTIVES:
        return f"ends on '{words[-2]} {words[-1]}': an adjective waiting for its noun"  # "knights of a new"
    if last == "one" and len(words) > 2 and lowered[-2] in ("like", "as", "such", "this", "that", "itself",
                                                             "themselves", "another", "on", "onto", "into",
                                                             "from", "off", "inside", "under", "without",
                                                             "near", "beside", "behind", "past"):
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
                    "although", "though", "if", "when", "whereas", "as", "since", "for", "even", "before",
                    "after", "until", "unless", "lest", "once", "whenever", "wherever", "where",
                    # "…, than by compelling each …": the second term of a comparison, no clause of its own
                    "than"])


# Two adjectives before one noun, parted by a comma ("useful, pleasant work", "open, interoperable
# platforms"): each has an adjective's ending or is a common adjective.
_COORDINATE_ADJECTIVES = re.compile(
    r"\b([a-z]+(?:ful|ous|ive|able|ible|ant|ent|less|ic|al)|open|free|fair|safe|clean|cheap|warm|small|large)"
    r",\s+((?:[a-z]+(?:ful|ous|ive|able|ible|ant|ent|less|ic|al))|open|free|fair|safe|clean|cheap|warm|small"
    r"|large)(?=\s+[a-z]+)")
# A fronted phrase whose noun is a bare pronoun: "for these, …", "of those, …", "with them, …".
_FRONTED_POINTER = re.compile(r"^(?:[a-z]+\s+){1,3}?(?:these|those|them|this|that|it)\s*,", re.I)


def _spliced(words: list[str], body: str, verbs: frozenset[str]) -> bool:
    """Two full clauses joined by a bare comma ("visitors can travel, loans can be arranged")."""
    body = _COORDINATE_ADJECTIVES.sub(r"\1 \2", body)  # "useful, pleasant work": one noun phrase
    parts = [part.split() for part in body.split(",")]
    if len(parts) == 2 and parts[0] and parts[0][0].lower() in _FRONTED_CLAUSES:
        return False  # "where the law ends, tyranny begins": a subordinate clause, then the main one
    return len(parts) > 1 and all(_clause_of_its_own(part, verbs) for part in parts if part) and any(
        part and part[0].lower() not in _LINKS for part in parts[1:])


def _relative_referent(actor: list[str], vp: list[str]) -> bool:
    """Whether a pronoun object of the verb phrase has its noun in a relative clause of the actor: "a man
    who owns books … lend them", "a town that keeps a library … keep it open"."""
    low = [w.lower() for w in actor]
    at = next((i for i, w in enumerate(low) if w in ("who", "that", "which", "whose")), -1)
    if at < 0:
        return False
    nouns = [w for w in low[at + 1:] if w.isalpha() and w not in DANGLING and w not in PRONOUNS_NEED_REFERENT]
    said = {w.lower() for w in vp}
    if said & {"them", "they", "their"}:
        return any(w.endswith("s") and not w.endswith("ss") and w not in FINITE for w in nouns[1:])
    return "it" in said and len(nouns) > 1


def _lost_conjunct(body: str, verbs: frozenset[str]) -> bool:
    """A series of clauses whose last item is a bare noun phrase: "the doors remain chained, the sign remains
    up, and the stallholders" (the last clause cut after its subject)."""
    parts = [part.split() for part in body.split(",")]
    last = parts[-1]
    if len(parts) < 3 or len(last) < 2 or last[0].lower() not in ("and", "or", "but"):
        return False
    if last[1].lower() not in _SUBJECT_OPENERS or finite_at(last[1:], verbs) >= 0:
        return False
    # each clause before it opens on its own subject ("the sign remains up"), as the last one did
    return all(part and part[0].lower() in _SUBJECT_OPENERS and _clause_of_its_own(part, verbs)
               for part in parts[:-1])


def _clause_of_its_own(part: list[str], verbs: frozenset[str]) -> bool:
    """Whether a comma-separated piece has a finite verb of its own; an absolute phrase ("every gain being
    paid for and every loss made good") has a participle instead, and hangs on the main clause. A contrast
    tail (", not with the vote or paid work") negates a phrase of the clause before: no clause of its own."""
    if len(part) > 1 and part[0].lower() == "not" and part[1].lower() in PREPOSITIONS:
        return False
    if part[-1].lower() in ("alike", "both", "included", "excepted"):
        return False  # "…, private and hired alike": the object's range, no clause
    at = finite_at(part, verbs)
    if at >= 0 and part[at].lower().endswith(("ed", "en")) and all(
            w.lower().endswith("ly") or w.lower() in ("well", "once", "so", "thus", "ill", "not", "newly")
            for w in part[:at]):
        return False  # "properly funded, the libraries would …": a fronted participle, no subject of its own
    return at >= 0 and not any(w.lower() in ("being", "having") for w in part[:at])


# Subordinate clauses that may stand before the main clause: "where the law ends, tyranny begins".
_FRONTED_CLAUSES = frozenset(["if", "unless", "when", "whenever", "where", "wherever", "once", "while",
                              "although", "though", "because", "since", "until", "as"])
# A clause that is itself the subject: "what cannot be measured cannot be managed".
_FREE_RELATIVES = frozenset(["what", "whatever", "whoever", "whichever"])
# What may open a claim's subject after a fronted phrase: "in times of war the law falls silent".
_SUBJECT_OPENERS = frozenset(["the", "a", "an", "our", "their", "its", "his", "her", "this", "these", "every",
                              "each", "no", "all", "some", "many", "most", "we", "they", "he", "she", "it",
                              "there", "one", "nothing", "none", "few"])
# Finite verbs that can follow an infinitive subject: "to travel hopefully is better than to arrive".
_INFINITIVE_PREDICATES = FINITE - frozenset(["be", "been", "have", "do"])


def quantified_subject(words: list[str]) -> bool:
    """ "all government rests on violence", "all men are mortal": "all" as the determiner of a claim's subject
    (not "all of which", "all the more", "all this"; "both X" counts on a pair the essay named)."""
    lowered = [w.lower() for w in words[:3]]
    if len(lowered) < 3 or lowered[0] != "all":
        return False
    nxt = lowered[1]
    if nxt in ("of", "that", "which", "who", "whom", "this", "these", "those", "but", "at", "in", "is", "are",
               "was", "were", "and", "or", "such", "alike", "together"):
        return False
    return not (nxt == "the" and lowered[2] in ("more", "less", "same", "better", "worse", "while"))


def _fronted_then_clause(words: list[str], verbs: frozenset[str], comma: int = -1) -> bool:
    """A claim that opens on a phrase and then states its own subject and finite verb: an infinitive as the
    subject ("to spend too much time in studies is sloth") or a fronted phrase before the subject ("in times
    of war the law falls silent", "for a small country neutrality is …", "without X, no election can …").
    The phrase's own noun is never read as the subject: "in the reforms proposed by …" has none."""
    lowered = [w.lower() for w in words]
    at = _finite_not_infinitive(words, verbs)
    if at < 2 or any(w in ("which", "who", "whom", "whose", "that") for w in lowered[:at]):
        return False
    if lowered[0] == "for" and (lowered[1] in MID_START | PREPOSITIONS or lowered[1] in FINITE):
        return False  # "for as for the first wrong, …": "for" the conjunction, the reason for a claim outside
    if lowered[0] == "to" and lowered[1] not in DETERMINERS and lowered[1] not in PREPOSITIONS:
        if lowered[at - 1] in SUBJECT_PRONOUNS | {"there"}:
            return False  # "to make a tariff uniform it is necessary …": a purpose, then a clause of its own
        return lowered[at] in _INFINITIVE_PREDICATES or (
            lowered[at].endswith("s") and lowered[at - 1] not in ("and", "or"))
    if 1 < comma < at:  # "for a small country, neutrality is …": the main clause after the comma
        return finite_at(words[comma:], verbs) == at - comma and lowered[comma] not in MID_START
    content = [not (w in DANGLING or w in MID_START) for w in lowered]
    opener = next((j for j in range(2, at) if lowered[j] in _SUBJECT_OPENERS and content[j - 1]), -1)
    # "for a small country neutrality is …"; never after "for", which may be the conjunction ("for expert men
    # can execute …")
    bare = (at >= 4 and content[at - 1] and content[at - 2] and lowered[at - 1] not in verbs
            and lowered[0] != "for")
    return (opener > 0 or bare) and not lowered[at].endswith("ed")


def _clause_problem(words: list[str], verbs: frozenset[str], body: str = "") -> str | None:
    """A claim: subject, finite verb, complement; a fronted phrase or condition needs its main clause. `body`,
    the claim's text with its commas, tells where a fronted phrase or clause ends."""
    lowered = [w.lower() for w in words]
    first = lowered[0]
    if first in ("only", "even", "just") and len(words) > 2 and lowered[1] in _FRONTED_CLAUSES:
        # "only when the needs are met, …": the clause is judged as "when the needs are met, …"
        return _clause_problem(words[1:], verbs, body.split(None, 1)[1] if body.strip() else body)
    comma = len(tokens(body.split(",", 1)[0])) if "," in body else -1
    if first in _FRONTED_CLAUSES and 2 < comma < len(words) - 1:
        # "where the law ends, tyranny begins": a clause of its own, then the main clause, judged alone
        main = words[comma:]
        if finite_at(words[:comma], verbs) > 0 and main[0].lower() not in MID_START | {"let", "then"}:
            return _clause_problem(main, verbs, body.split(",", 1)[1].strip())
    if first in _FREE_RELATIVES and len(words) > 3:
        at = finite_at(words, verbs)  # "what cannot be measured cannot be managed": the clause is the subject
        later = range(at + 1, len(words)) if at > 0 else range(0)
        second = next((j for j in later if lowered[j] in FINITE - {"be", "been"}), -1)
        if second > 0:
            return None if second + 1 < len(words) else "the claim stops at its verb"
    if first in FINITE:
        return f"starts with '{words[0]}': an inverted clause, not a claim"
    if (first in MID_START and not quantified_subject(words)) or (first == "now" and len(words) > 1):
        return f"starts mid-sentence ('{words[0]}')"
    if first in ("if", "unless", "when", "once") or (
        (first in PREPOSITIONS or first == "to") and not _fronted_then_clause(words, verbs, comma)
    ):
        return f"starts with '{words[0]}' and has no main clause of its own"
    generic = first in ("he", "she", "they") and len(lowered) > 1 and lowered[1] in ("who", "that", "whom")
    if (first in PRONOUNS_NEED_REFERENT and first != "it" and not generic) or (first in DEMONSTRATIVES and (
        len(lowered) > 1 and lowered[1] in FINITE
    )):
        return f"starts with '{words[0]}', which refers to something outside the motion"
    pointed = _FRONTED_POINTER.match(body)
    if pointed:  # "for these, the President will find …"
        return f"opens on '{pointed.group(0).rstrip(', ')}', which refers to something outside the motion"
    if len(lowered) > 2 and lowered[1] in FINITE and lowered[2] in ("it", "there", "they", "we"):
        return "an inverted clause ('" + " ".join(words[:3]) + "'): a piece of a longer period"
    at = _finite_not_infinitive(words, verbs)
    if at == 1 and lowered[0] in NOUN_MODIFIERS and lowered[1].endswith("s"):
        head_verb = _finite_not_infinitive(words[1:], verbs)  # "great mistakes in …": no verb
        at = head_verb + 1 if head_verb > 0 else -1
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
    if _REASON_FIRST.match(body):
        return ("opens on its reason ('because …, X'): a motion states the claim alone; the reason belongs "
                "in the info slide")
    return None


# A reason fronted before the claim: "because our problems are deeply rooted, we must stick to the plan".
_REASON_FIRST = re.compile(r"^because\s+[^,;:]{3,160},\s+", re.I)


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


# A command to look or think, which opens no claim: "consider what …", "look at …", "think about …".
_ATTENTION = re.compile(
    r"^(?:now\s+|just\s+|then\s+)?(?:consider|imagine|suppose|remember|contemplate|behold|observe|compare|"
    r"examine|look\s+(?:at|around|again|back)|think\s+(?:about|of|back|again|how|what)|"
    # nouns too ("notice periods", "recall petitions"): only before what they show
    r"(?:see|notice|recall|note)\s+(?:how|what|whether|that|when)|picture\s+(?:the|a|what|how))\b",
    re.I,
)

# "Take X" to bring up an example: "take our own Spanish-American war, supposedly a great event", "take the
# case of …", "take, for instance, …". It shows something; it asks nothing.
_EXAMPLE = re.compile(
    r"^take\s*(?:,?\s*for\s+(?:example|instance)\b|(?:the|a|an)\s+(?:case|example|instance)\s+of\b"
    r"|(?:our|the|a|an|this|that|his|her|their)\s+[^,;]{2,60},\s+(?:supposedly|say|for\s+(?:example|instance)"
    r"|a|an|the|which|who|where|when|once|now)\b)"
    # "Take Richardson's novels.", "Take Milton": a named work or author held up as the example
    r"|^take\s+(?:the\s+)?(?-i:[A-Z])[\w’'-]*(?:\s+[\w’'-]+){0,2}$"
    # "take the sketch of social life as it appears in the papers": a thing held up to look at
    r"|^take\s+(?:the|a|an|our|this|that)\s+[^,;]{2,80}?\s+as\s+(?:it|they|he|she)\s+(?:appears?|stands?|is|are"
    r"|exists?)\b",
    re.I,
)


def problem(text: str, verbs: frozenset[str] | set[str] = frozenset()) -> str | None:
    """What makes a motion an incomplete proposition, or None when it is complete.

    `verbs` are extra base verbs known from the essay (those it also uses with -ing or -ed).
    """
    if text.startswith("That this House "):  # the parliamentary form: "That this House would …"
        text = text[len("That t") - 1 :].replace("this House", "This House", 1)
    if text.startswith("This House believes that, "):  # "believes that, in the long run, …"
        text = "This House believes that " + text[len("This House believes that, ") :]
    opening = next((o for o in _OPENINGS if text.startswith(o)), None)
    if opening is None:
        return "does not open with a motion's wording (This House would / believes that / …)"
    body = text[len(opening) :].strip()
    if re.search(r"[\"“”«»]|(?:^|\s)'|(?<!s)'(?:\s|$)|[([{]|\.\.\.|…", body):
        return "holds a quotation, bracket or ellipsis: a piece of the essay, not a proposition"
    # a hyphen inside a word ("park-and-ride") joins nothing
    if re.search(r"[;:]|\s[–—-]{1,2}\s|\w[–—]\w|[\w,]--\w|"
                 r"\w-(?:the|a|an|that|which|and|or|but|as|more|even)\b(?!-)",
                 body):
        return "joins several clauses (semicolon, colon or dash): not one proposition"
    if re.search(r"\b[a-z]{4,}\.\s+[A-Z]", body):
        return "holds a full stop: two sentences, not one proposition"
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
    if opening.startswith("This House believes") and _ATTENTION.match(body):
        return "an imperative to the reader ('consider …', 'look at …') after 'believes that': no claim"
    head = head_problem(opening, body)  # "weaken the power …", "this kind of work", "here, …"
    if head:
        return head
    if opening == "This House would " and _EXAMPLE.match(body):
        return "'take …' brings up an example ('take the case of …'): it shows something, it asks nothing"
    negated = re.match(r"^(?:not|never|no\s+longer)\s+(?=[a-z])", body)
    if opening == "This House would " and negated:
        body = body[negated.end() :]  # "would not intervene in …": the act refused, judged as any act
    words = tokens(body)
    if len(words) < 2:
        return "too short to say anything"
    if len(words) > MAX_BODY_WORDS:
        return f"{len(words)} words: a long period lifted from the essay, not a motion"
    known = VERBS | frozenset(v.lower() for v in verbs)
    opener = opener_problem(opening, body, known)
    if opener:
        return opener
    if body[:1].islower() and words[0].lower() in MID_START and not (
        opening == "This House regrets " and words[0] == "that"
    ) and not quantified_subject(words) and not (
        opening == "This House believes that " and words[0].lower() in _FRONTED_CLAUSES | _FREE_RELATIVES
    ):  # "where the law ends, …", "what cannot be measured …": judged as clauses below
        return f"starts mid-sentence ('{words[0]}')"
    kind = _OPENINGS[opening]
    if kind == "policy":
        found = (move_problem(body) or duty_problem(body) or policy_problem(words, known)
                 or mixed_forms_problem(words))
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
        found = (_tail_problem(body, known) or piece_problem(words, known)
                 or clauseless_problem(words, body, known) or _clause_problem(words, known, body))
        if found is None and _spliced(words, body, known):
            found = "two clauses joined by a comma: not one proposition"
        if found is None and _lost_conjunct(body, known):
            found = "a series of clauses ends on 'and' with a noun and no verb: the last clause was cut"
        modal = next((i for i, w in enumerate(words) if w.lower() in ("should", "must")), -1)
        if found is None and 0 < modal < len(words) - 1:  # "X should VP": the VP as a policy
            after = words[modal + 1 :]
            while len(after) > 1 and (
                after[0].lower() in ("not", "never", "neither", "henceforth", "hereafter", "always", "now",
                                     "therefore")
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
                          and (not verb.endswith(NOUN_ENDINGS) or verb.endswith(("sist", "xist"))))
                # ("consist", "exist", "resist" end as "socialist" does, yet follow "should" as verbs)
                found = policy_problem(after, known | {verb} if shaped else known, actor=shaped)
                if found and "but a pronoun" in found and _relative_referent(words[:modal], after):
                    found = None  # "a man who owns books should lend them freely": them, the books
    # a policy motion opens on its verb ("punish the master who breaks it"), never on a noun "it" could mean
    referring = known | {words[0].lower()} if kind == "policy" else known
    return (found or _frame_problem(body) or _ending_problem(words) or referent_problem(words, referring)
            or _than_problem(words)
            or _garbled_problem(words, body, kind, known) or _broken_word_problem(words)
            or _comparison_problem(words)
            or pointer_problem(body) or correlative_problem(body) or bare_definite_problem(body)
            or outside_problem(body, kind == "policy") or address_problem(body) or frame_left(body)
            or parse_problem(text))  # the parse: only with the `parse` extra


def is_complete(text: str, verbs: frozenset[str] | set[str] = frozenset()) -> bool:
    """Whether a motion is a complete proposition (see `problem`)."""
    return problem(text, verbs) is None


def _gerund_problem(words: list[str], verbs: frozenset[str]) -> str | None:
    """"opposes/supports X-ing …": the gerund must head a whole verb phrase, as a policy's verb does (its
    object, no second clause running in, no pronoun object)."""
    rest = [w.lower() for w in words[1:]]
    pronoun = pronoun_object(rest)
    if pronoun:
        return (f"'{words[0]}' has no object but a pronoun ('{pronoun}') with nothing in the motion to "
                "refer to")
    for i, word in enumerate(rest):
        if word in MODALS and not any(w in SUBORDINATORS for w in rest[:i]):
            return f"a second clause ('{word}') runs into the gerund phrase: not one proposition"
        if (word in BE_FORMS | {"has", "have", "had"} and i > 0
                and not any(w in SUBORDINATORS for w in rest[:i])
                and not contact_relative(rest, i)):
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
# An opening participle or absolute phrase, then a pronoun subject: "viewed in the large, it is designed …",
# "this done, they …", "habitually looking at things as fixed, they never see …". The pronoun's referent is
# the sentence before; the phrase hangs on it (its own nouns are what the pronoun's person looks at).
_DANGLING_OPENER = re.compile(
    r"^(?:(?:this|that|which|the\s+\w+)\s+|[a-z]+ly\s+)?"
    r"(?P<participle>[A-Za-z]+(?:ed|en|ing)|done|made|said|seen)\b"
    r"[^,;:]{0,120},\s+(?P<pronoun>it|they|he|she|this|these|those)\s", re.I)
# Words in -ed, -en or -ing that are no participle: "often, it …", "during the war, they …".
_NOT_PARTICIPLES = frozenset([
    "often", "even", "seven", "eleven", "heaven", "children", "women", "citizen", "garden", "golden",
    "sudden", "token", "indeed", "hundred", "exceed", "proceed", "succeed", "agreed", "during",
    "notwithstanding",
    "nothing", "something", "anything", "everything", "morning", "evening", "spring", "thing", "things",
    "according", "concerning", "regarding", "respecting", "including", "excepting", "pending",
])
# An impersonal "it" is no pronoun: "seen so, it is plain that …" (but "it is designed to …" is one).
_IMPERSONAL_IT = re.compile(
    r"it\s+(?:is|was|seems|seemed|appears|would\s+be|must\s+be)\s+(?!\w+ed\b)(?:\w+\s+){0,3}?"
    r"(?:that|whether)\b", re.I)
_PARTICIPLE_OPENERS = frozenset(["having", "being", "considering", "seeing", "granting", "admitting",
                                 "judging",
                                 "speaking", "looking", "taking", "leaving", "weighing", "allowing"])


# "… and started working with them" in a gerund motion: the second verb kept its tense.
_PAST_BESIDE_GERUND = re.compile(r"\band\s+(?:began|begun|[a-z]{3,}ed)\s+(?:[a-z]+ing|to\s+[a-z]+)\b")


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
    # "the banks, not the government, caused …": an aside closed, not a predicate cut from its clause
    aside = subjectless is not None and re.search(
        r",\s*(?:not|like|unlike|rather\s+than|as\s+well\s+as|and\s+not|but\s+not|together\s+with|along\s+with)"
        r"\s[^,]*$", lowered_body[: subjectless.start()])
    if subjectless and len(subjectless.group(1)) > 4 and subjectless.group(1) not in _NOT_PAST and not aside:
        return (f"'{subjectless.group(1)}' after a comma has no subject: a second predicate cut from its "
                "clause")
    if kind == "gerund" and _PAST_BESIDE_GERUND.search(lowered_body):
        # "opposes fighting our rivers and started working with them": a past verb where a gerund belongs
        return "a past-tense verb joined to the motion's gerund: a clause turned half way"
    if kind in ("policy", "gerund"):  # the actor was dropped for the House: "maintain X as it does Y"
        actor = _ACTOR_LEFT_BEHIND.search(lowered_body)
        # "as they do in Sweden": "they" are the people of the place named, not the actor left out
        elsewhere = actor is not None and re.match(r"\s+(?:in|across|throughout)\s+(?:the\s+)?[A-Z]",
                                                   body[actor.end():])
        # "leave the footbridge as it is" at the end: the state of the thing kept, not the actor's doing
        kept_state = actor is not None and actor.group(0).endswith((" is", " are")) and not (
            body[actor.end():].strip(" .!"))
        if actor and not elsewhere and not kept_state:
            return f"'{actor.group(0)}' refers to the actor the motion left out"
    if kind in ("policy", "gerund") or " should " in f" {lowered_body} ":
        gapped = _GAPPED_OBJECT.search(lowered_body)
        if gapped and base_verb(gapped.group("participle"), set(verbs)) in verbs:
            return (f"'… and {gapped.group(0)[4:].strip()}': a second object with a verb of its own, "
                    "not a coordinated object")
    dangling = _DANGLING_OPENER.match(body)
    leading = dangling.group("participle").lower() if dangling else ""
    if kind == "claim" and dangling and leading not in _NOT_PARTICIPLES and len(leading) > 4 and not (
            _IMPERSONAL_IT.match(body[dangling.start("pronoun") :])):
        return (f"opens with a participle or absolute phrase ('{dangling.group(0).rstrip(', ')}') whose "
                f"subject, '{dangling.group('pronoun')}', stands for something outside the motion")
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
