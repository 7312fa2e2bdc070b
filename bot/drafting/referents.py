"""Whether every pronoun and pointer in a drafted motion finds what it refers to inside the motion.

A motion is read alone, so "it", "they", "this scheme", "the former" or "the evils just mentioned"
must point at a noun the motion itself names; one that points back into the essay makes a fragment.
`referent_problem(words, verbs)` names the first that does not, or is None.
"""

from __future__ import annotations

import re

from bot.drafting.control import second_pronoun
from bot.drafting.grammar import (
    DANGLING,
    DANGLING_ADVERBS,
    DEMONSTRATIVES,
    DETERMINERS,
    ENACTMENTS,
    FINITE,
    IRREGULAR_PAST,
    MODALS,
    PARTICLES,
    PEOPLE_ADJECTIVES,
    PERSONS,
    PLURALS,
    PREPOSITIONS,
    PRONOUNS_NEED_REFERENT,
    SECOND_FIRST_PERSON,
    SUBJECT_PRONOUNS,
    finite_at,
)

# A noun phrase that points back into the essay: "the former", "of the two", "the first is …".
_BACKWARD = re.compile(
    r"\bthe (?:former|latter)\b|\bof the (?:two|three|four)\b"
    r"|^the (?:first|second|third|last|same|other|one|two) (?:is|are|was|were|would|will|should|must|can|may"
    r"|has|have)\b")
# A noun phrase marked as said before: "the two cases referred to may …", "the evils just mentioned".
_MENTIONED = re.compile(
    r"\b(?:referred|alluded)\s+to\b(?=\s+(?:is|are|was|were|has|have|had|may|might|must|will|would|can|could"
    r"|should|shall|do|does|did)\b|\s*$)"
    r"|\b(?:just|above|already|previously|before|last|heretofore)[\s-](?:mentioned|named|described|cited|noticed)\b"
    r"|\b(?:aforementioned|above-mentioned|aforesaid)\b"
    r"|\b(?:last|first|former|previous|preceding|above|latter)\s+(?:\w+\s+)?(?:given|named|stated|cited|quoted"
    r"|mentioned|described)\b"
    # "a tag in the form described above", "the steps listed below"
    r"|\b(?:described|mentioned|given|shown|listed|outlined|noted|set\s+out|explained)\s+(?:above|below|earlier)\b"
)


# A noun of kind with nothing after it to say which kind: "claims of the description", "a measure of the
# sort",
# "the foregoing": each stands for what the essay described before.
_KIND_POINTER = re.compile(
    r"\b(?:of|in)\s+(?:the|that|this|like)\s+(?:description|kind|sort|character|nature|stamp|type)\b"
    r"(?!\s+(?:of|that|which|who|whom|as|to|in|we|i)\b)"
    r"|\bthe\s+foregoing\b"
    # "counted that way, the buses save money", "kept this way": the manner is the one just described
    r"|\b(?:in\s+)?(?:that|this)\s+way\b(?!\s+(?:of|that|which|as|to|in|we|i|it|they|he|she)\b)",
)


def _such_problem(words: list[str], lowered: list[str]) -> str | None:
    """ "such collision", "no such law": "such" before a noun with no "as" or "that" after it to say what kind
    points back into the essay."""
    for i, low in enumerate(lowered[:-1]):
        if low != "such":
            continue
        nxt = lowered[i + 1]
        if nxt in ("as", "that") or nxt in FINITE:
            continue
        if not any(w in ("as", "that") for w in lowered[i + 2 : i + 8]):
            return f"'such {words[i + 1]}' points back into the essay: what kind is not said"
    return None


# Where a place word stands for a place named outside the motion: "bring there store of biscuit", "those who
# live there". "There" before its verb ("there is …", "that there should be …") opens a clause instead.
_PLACE_WORDS = frozenset(["there", "thither", "hither", "thence", "therein"])


def _place_problem(words: list[str], lowered: list[str], verbs: frozenset[str]) -> str | None:
    """A place word after a verb, standing for a place the essay named before."""
    for i, low in enumerate(lowered[1:], start=1):
        if low not in _PLACE_WORDS:
            continue
        nxt = lowered[i + 1] if i + 1 < len(lowered) else ""
        if nxt in FINITE or nxt in MODALS or nxt in ("be", "being", "been", "to"):
            continue  # "that there should be …", "there to be …"
        if lowered[i - 1] in verbs or lowered[i - 1] in FINITE or lowered[i - 1].endswith(("ed", "ing")):
            return f"'{words[i]}' stands for a place outside the motion"
    return None


def _one_problem(words: list[str], lowered: list[str], verbs: frozenset[str]) -> str | None:
    """ "a reader who pays for one should …": "one" standing alone for a thing the essay named before (a
    thing the motion names first may be its referent: "give every child a card and teach them to use one")."""
    for i, low in enumerate(lowered[1:], start=1):
        if low != "one" or lowered[i - 1] in ("no", "every", "any", "each", "the", "this", "that", "which"):
            continue
        nxt = lowered[i + 1] if i + 1 < len(lowered) else ""
        things = [n for n in _singular_nouns(words[:i], verbs) if n.lower() not in PERSONS]
        if not things and (lowered[i - 1] in PREPOSITIONS or lowered[i - 1] in verbs) and (
                not nxt or nxt in MODALS or nxt in FINITE):
            return f"'{words[i - 1]} {words[i]}': 'one' stands for something named outside the motion"
    return None


# "maintain so much", "prove so much in order to …": "so much" as the object stands for what was said before.
_ARGUING = frozenset(["prove", "show", "maintain", "say", "grant", "admit", "concede", "claim", "assert",
                      "allow", "argue", "establish", "demonstrate", "affirm", "deny", "suppose", "assume"])
_SO_MUCH = re.compile(
    r"\b(?P<verb>\w+)\s+so\s+much\b(?=\s*$|\s+(?:in\s+order|for|to\s+\w+\s+that|as\s+to|\W))")


def _likeness_problem(words: list[str], lowered: list[str]) -> str | None:
    """ "a similar time", "a like measure": one thing likened, with no "to"/"as" after it to say what to, is
    likened to something outside the motion ("similar cases should be treated alike" speaks of a kind, and
    "the same sentence" most often looks back within the motion itself)."""
    for i, low in enumerate(lowered[1:-1], start=1):
        if low not in ("similar", "like") or lowered[i - 1] not in ("a", "an") or lowered[i + 1] in (
                "to", "as"):
            continue
        if not any(w in ("to", "as", "with") for w in lowered[i + 2 : i + 8]):
            return f"'{words[i - 1]} {words[i]} {words[i + 1]}' likens it to something outside the motion"
    return None


# The head of an enumeration: "the discommodities of usury are first that …".
_LIST_HEAD = re.compile(r"\b(?:are|is|were|was|be) (?:first|firstly|in the first place)\b")


_SINGULAR_PRONOUNS = frozenset(["it", "its", "itself"])
# The verbs of an impersonal "it": "it is unjust to …", "it would be wise that …", "it seems clear that …".
_IMPERSONAL_VERBS = frozenset(["is", "was", "be", "been", "seems", "seemed", "appears", "appeared", "remains",
                               "becomes", "became", "isn't", "wasn't"])
_IMPERSONAL_LINKS = frozenset(["to", "that", "whether", "for", "if", "when"])
# Participles of will whose "it is … to" is impersonal ("it is proposed to build"), unlike "it is designed".
_WILLED = frozenset(["proposed", "hoped", "expected", "planned", "desired", "wished", "decided", "resolved",
                     "agreed", "needed", "required", "intended", "deemed", "considered", "thought"])


def _extraposed(lowered: list[str], i: int) -> bool:
    """Is the "it" at `i` the object of "make"/"render" standing for the infinitive after it ("make it
    illegal to sell X to children")?"""
    from bot.drafting.objects import EXTRAPOSED_IT  # here: objects reads grammar, as this module does

    return i > 0 and lowered[i - 1] in ("make", "makes", "making", "made", "render") and bool(
        EXTRAPOSED_IT.match(" ".join(lowered[i:])))


def _impersonal_it(lowered: list[str], i: int) -> bool:
    """Is the "it" at `i` the empty subject of a fixed impersonal construction: it, then a form of "be" (or
    "seems", "appears", "remains"; after a modal or "not"), then at most four words with no verb among them,
    then "to", "that", "whether" or "for"? ("it is time to …", "it would not be wise that …"; not "it has
    done honour to …", whose verb is not a copula.)"""
    k = i + 1
    while k < len(lowered) and (
        lowered[k] in MODALS or lowered[k] in ("not", "never", "has", "have", "had")
    ):
        k += 1
    if k >= len(lowered) or lowered[k] not in _IMPERSONAL_VERBS or (
        k == i + 1 and lowered[k] in ("be", "been")
    ):
        return False
    if k + 2 < len(lowered) and lowered[k + 2] == "to" and lowered[k + 1].endswith("ed") and (
            lowered[k + 1] not in _WILLED):
        return False  # "it is designed to save …": a passive whose "it" is a thing, not an impersonal frame
    for j in range(k + 1, min(k + 6, len(lowered))):
        if lowered[j] in _IMPERSONAL_LINKS:
            return j > k + 1  # something between the verb and "to": "it is time to", not "it is to"
        if lowered[j] in FINITE or lowered[j] in PRONOUNS_NEED_REFERENT:
            return False
    return False


# Words that follow a noun phrase without heading one: "all stocks now held by it".
_NOT_NOUNS = frozenset([
    "now", "here", "there", "all", "once", "soon", "already", "long", "well", "ever", "never", "much", "less",
    "least", "first", "last", "whole", "own", "same", "other", "else", "alone", "whether", "where", "when",
    "what", "who", "which", "whose", "how", "why", "nor", "either", "neither",
    "almost", "quite", "rather", "very", "too", "often", "always", "seldom", "perhaps",
])
# A verb and a bare noun that together make one verb ("make provision to …"): the noun stands for nothing.
_LIGHT_VERB_NOUNS = frozenset(["make provision", "take care", "make use", "take place", "give way",
                               "take part",
                               "pay attention", "take advantage", "make way", "take action", "give notice"])
_NOUN_OPENERS = DETERMINERS | frozenset(["one", "all", "many", "much", "whole", "public", "national"])


def _singular_nouns(words: list[str], verbs: frozenset[str]) -> list[str]:
    """Singular nouns among `words` that an "it" after them could stand for: the motion's first word (its
    subject, "democracy needs its critics"), a capitalised name, or the head of a phrase opened by a
    determiner ("the levy", "a national bank"); not a bare noun after a verb ("make provision to …")."""
    found = []
    lowered = [w.lower() for w in words]
    head_from = None  # where the modifiers of the phrase now read began: "edible" in "edible food"
    for j, said in enumerate(lowered):
        start, head_from = (j if head_from is None else head_from), None
        low = re.sub(r"['’]s$", "", said)  # "Ukraine's decision to give up its weapons"
        after_determiner = j > 0 and lowered[j - 1] in DETERMINERS  # "the levy", "a ban": nouns
        if (low in DANGLING or low in PRONOUNS_NEED_REFERENT or low in SECOND_FIRST_PERSON
                or low in SUBJECT_PRONOUNS  # "we will not heed those who wring it …": "it" is not "we"
                or low in _NOT_NOUNS
                or (low in verbs and not after_determiner)
                or low.endswith(("ly", "ing")) or (low.endswith("s") and not low.endswith(("ss", "us", "is")))
                # "a people" is one
                or (low in PLURALS and not (j > 0 and lowered[j - 1] in ("a", "an", "each", "every")))
                or low in FINITE or low in IRREGULAR_PAST):
            continue
        nxt = lowered[j + 1] if j + 1 < len(lowered) else ""
        if j > 0 and nxt.isalpha() and not words[j][:1].isupper() and not nxt.endswith("s") and not (
                nxt in DANGLING or nxt in PRONOUNS_NEED_REFERENT or nxt in SUBJECT_PRONOUNS or nxt in FINITE
                or nxt in verbs or nxt.endswith("ly") or nxt in _NOT_NOUNS):
            head_from = start
            continue  # "an almost perpetual circulation": a word before the phrase's head only modifies it
        window = lowered[max(0, start - 3) : start]
        opened = any(w in _NOUN_OPENERS for w in window) or (  # "rationing health care … rationing it"
            any(w in verbs or w.endswith("ing") for w in window[-2:])
            and " ".join([*window[-1:], low]) not in _LIGHT_VERB_NOUNS
        )
        if j == 0 or words[j][:1].isupper() or opened:
            found.append(low)
    return found


# Nouns of quantity or money: what pays for or measures a thing, never the thing an infinitive after them
# acts on ("an appropriation of the amount necessary to carry it into effect": "it" is something else).
_QUANTITIES = frozenset([
    "amount", "sum", "money", "fund", "cost", "number", "quantity", "portion", "part", "share",
    "appropriation", "means", "expense", "outlay", "price", "total", "balance", "surplus", "deficit",
])
# Nouns that can be carried, put or brought into effect besides the enactments (grammar.ENACTMENTS).
_ENACTED = frozenset([
    "agreement", "decision", "principle", "recommendation", "arrangement", "contract", "decree", "order",
    "design", "purpose", "proposal", "project", "idea", "compact", "pledge", "promise", "will", "intention",
    "constitution", "rule", "ruling", "judgment", "sentence", "verdict", "award", "settlement",
])
_INTO_FORCE = re.compile(r"^(?:into|in)\s+(?:effect|execution|operation|force|practice)\b")


_IT_PERSONS = frozenset(["child", "baby", "infant"])


def _fitting_referents(nouns: list[str], lowered: list[str], i: int) -> list[str]:
    """The nouns before an "it" at `i` that it can stand for, given what is done to it: not a person; in
    "to V it" a noun of quantity ("the amount necessary to carry it …") is not what is acted on, and what is
    carried into effect is an enactment or an agreement, not a sum."""
    # "no nurse will do it": "it" is not the nurse (a child or a baby may be "it")
    nouns = [n for n in nouns if n not in PERSONS or n in _IT_PERSONS]
    infinitive = i >= 2 and lowered[i - 2] == "to"
    if infinitive:
        nouns = [n for n in nouns if n not in _QUANTITIES]
    if _INTO_FORCE.match(" ".join(lowered[i + 1 : i + 3])):
        nouns = [n for n in nouns if n in _ENACTED or n in ENACTMENTS]
    if i >= 2 and lowered[i] == "it" and lowered[i - 1] == "of":  # "a circulation of it": not the circulation
        nouns = [n for n in nouns if n != lowered[i - 2]]
    return nouns


_THAT_LINKS = frozenset(["in", "except", "but", "so", "now", "given", "save", "than", "like", "besides",
                         "since"])
_RESTRICTIVE = frozenset(["who", "whom", "whose", "which", "that", "of", "where", "whereby"])


_PRESENT_WORLD = frozenset(["life", "world", "earth"])
# "this year", "this winter", "these days": a time, counted from when the motion is debated.
_PRESENT_TIME = frozenset([
    "year", "month", "week", "weekend", "term", "semester", "session", "season", "spring", "summer", "autumn",
    "winter", "decade", "century", "days", "weeks", "months", "years",
])
# Singular count nouns that stand bare after "that" only as its object: "that sum", "that course", "that
# measure" point back into the essay (a clause "that X …" would need "the X" or "a X").
_POINTED_NOUNS = frozenset([
    "sum", "amount", "figure", "total", "course", "measure", "plan", "scheme", "proposal", "step", "object",
    "purpose", "goal", "aim", "principle", "method", "bill", "act", "treaty", "provision", "question",
    "point", "rate", "level", "limit", "estimate", "period", "date", "year", "quarter", "branch",
    "institution", "department", "country", "nation", "party", "kind", "sort", "view", "decision", "choice",
    "change", "reform", "promise", "commitment",
    # ways of doing a thing, named before: "expand that approach to all students"
    "approach", "idea", "policy", "practice", "strategy", "programme", "program", "solution", "option",
    "model", "arrangement", "experiment", "initiative",
])


# Quantities that stand alone for a noun the essay named: "some ban them outright; others …".
_PRONOUN_QUANTITIES = frozenset(["some", "others", "many", "most", "several", "both", "few"])


def _demonstrative_problem(words: list[str], lowered: list[str]) -> str | None:
    """A demonstrative that points back into the essay: a pronoun ("from that to the Pacific", "drop these
    at once") or "this"/"these"/"those" before a noun ("this great success", "these means") that the motion
    has not named before and no clause after it says which ("those nations which …"). Generic "those who
    …", "those in need" and "that of …" are kept."""
    for i, low in enumerate(lowered[:-1]):
        if low not in DEMONSTRATIVES:
            continue
        nxt = lowered[i + 1]
        if low == "those" and nxt == "of" and len(lowered) - i <= 5:  # "aiding those of the men" [who …]
            return f"'{' '.join(words[i:])}' lost the clause that says which"
        if nxt in _RESTRICTIVE or (low == "this" and nxt in _PRESENT_WORLD):
            continue  # "those which …"; "in this life", "in this world": the present world, not a pointer
        if low in ("this", "these") and nxt in _PRESENT_TIME:
            continue  # "into allotments this year": a time, not a pointer
        pronoun = (nxt in PREPOSITIONS or nxt in DANGLING_ADVERBS or nxt in FINITE
                   or nxt in ("and", "or", "but"))
        if low == "that":  # a complementizer or relative ("believes that …", "laws that are …"), unless
            # after a preposition ("from that to") or as an object before its particle ("strips that away")
            particle = nxt in PARTICLES and lowered[i + 2 : i + 3] != ["to"]  # not "that up to now"
            pronoun = (pronoun and i > 0 and lowered[i - 1] in PREPOSITIONS) or particle
        elif low == "those":
            pronoun = pronoun and nxt not in PREPOSITIONS  # "those in power"
        if pronoun:
            return f"'{words[i]}' stands for something outside the motion"
        # "this great success", "these means": whatever the determiner, the noun it heads points back into
        # the essay unless the motion itself named it before ("a levy … this levy"); "all these quangos"
        # is a whole
        determiner = (low in ("this", "these", "those") and nxt not in FINITE and nxt not in DANGLING
                      and not (i > 0 and lowered[i - 1] == "all"))
        determiner = determiner or (  # "the nature of that country": not "in that", "so that"
            low == "that" and i > 0 and lowered[i - 1] in PREPOSITIONS - _THAT_LINKS
            and nxt not in FINITE and nxt not in PRONOUNS_NEED_REFERENT and nxt not in SUBJECT_PRONOUNS
        ) or (  # "will not exceed that sum", "adopt that course": a count noun no clause could open on bare
            low == "that" and nxt in _POINTED_NOUNS and i > 0
            and lowered[i + 2 : i + 3] not in ([w] for w in FINITE)  # "ensure that policy is …": a clause
        ) or (  # "in that kingdom, …": not "in that the law is …", whose clause has its own verb
            low == "that" and i > 0 and lowered[i - 1] == "in" and nxt.isalpha() and nxt not in FINITE
            and nxt not in DETERMINERS and nxt not in SUBJECT_PRONOUNS and nxt not in PRONOUNS_NEED_REFERENT
            and lowered[i + 2 : i + 3] not in ([w] for w in FINITE) and words[i + 1][:1].islower()
        )
        # a clause that says which: "those nations which …", "that part of the law that …"
        says_which = any(w in _RESTRICTIVE - {"that"} for w in lowered[i + 2 : i + 5]) or (
            lowered[i + 2 : i + 3] == ["that"])
        phrase = []  # the noun phrase after the determiner, up to a joint or a verb: "this purpose, and …"
        for w in lowered[i + 1 : i + 4]:
            if w in ("and", "or", "but", "nor") or w in FINITE or w in PREPOSITIONS:
                break
            phrase.append(w)
        named_before = any(w in lowered[:i] for w in phrase if w not in DANGLING)
        if determiner and not says_which and not named_before:
            return f"'{words[i]} {words[i + 1]}' points back into the essay"
    return None


# A noun of discourse as the claim's subject, with nothing after it to say which: "the subject is one of
# general interest", "the matter is urgent". It stands for whatever the essay was talking about.
_DISCOURSE_NOUNS = frozenset([
    "subject", "matter", "question", "point", "topic", "case", "affair", "issue", "proposition", "thing",
    "business", "choice", "decision", "step", "measure", "plan", "course", "proposal", "change", "policy",
])
_SAYS_WHICH = frozenset(["of", "that", "which", "who", "to", "for", "in", "on", "about", "before", "whether",
                         "at", "under", "between", "now", "here"])


def _discourse_subject(words: list[str], lowered: list[str]) -> str | None:
    """ "the subject is …": a bare noun of discourse opening the claim, followed at once by its verb; or a
    subject that counts on one said before ("another objection … is", "a further reason is")."""
    if len(lowered) > 2 and (lowered[0] in ("another", "other") or lowered[:2] in (["a", "further"],
                                                                               ["the", "other"])):
        return f"'{' '.join(words[:2])}' counts on one the essay named before: the motion leans on it"
    if len(lowered) > 2 and lowered[0] == "the" and lowered[1] in _DISCOURSE_NOUNS and (
        lowered[2] in FINITE and lowered[2] not in _SAYS_WHICH
    ):
        return f"'{words[0]} {words[1]}' stands for whatever the essay was discussing: it names nothing"
    return None


def _agent_outside(words: list[str], i: int, verbs: frozenset[str]) -> bool:
    """ "all the great interests of the country are … protected by it": a pronoun as the agent of a passive
    after the claim's finite verb, with every noun it could stand for inside the subject, before that verb
    (the subject is what is acted on; what acts on it is named elsewhere)."""
    at = finite_at(words, verbs)
    if at < 0 or i <= at:
        return False
    predicate = words[at + 1 : i]
    nouns = [n for n in _singular_nouns(words[at:i], verbs) if n != words[at].lower()]
    return not any(w.lower() in PLURALS or w[:1].isupper() for w in predicate) and not nouns and not any(
        w.lower().endswith("s") and w.lower() not in DANGLING and len(w) > 3 for w in predicate)


# Indefinite pronouns a relative clause after "within her that …" belongs to: the pronoun is not generic.
_INDEFINITES = frozenset(["everything", "something", "nothing", "anything", "all", "much", "whatever"])


# Words in -s that are no plural noun: "perhaps they do …", "the progress of their navigation …".
_NOT_PLURAL = frozenset(["perhaps", "always", "sometimes", "towards", "afterwards", "besides", "whereas",
                         "as", "was", "has", "does", "its", "his", "hers", "ours", "yours", "theirs",
                         "nevertheless", "regardless", "unless", "thus", "this", "is", "us"])


def _plural_like(word: str) -> bool:
    """Whether a word may be a plural noun, a referent for "they": it ends in -s, but not in -ss, -us or
    -is (progress, status, crisis) and is no adverb, verb or pronoun in -s. A plural possessive counts
    ("wives' dependence on their husbands")."""
    word = word.rstrip("'’")
    return word.endswith("s") and not word.endswith(("ss", "us", "is")) and word not in _NOT_PLURAL


def _first_verb(lowered: list[str], end: int) -> int | None:
    """Where the first modal or finite verb before `end` stands, or None."""
    return next((j for j, w in enumerate(lowered[:end]) if w in MODALS or w in FINITE), None)


def _object_of_own_subject(lowered: list[str], i: int) -> bool:
    """Whether "him"/"her" at i is the object of a clause whose only person is its own subject ("every parent
    should write to her"): a pronoun there cannot stand for the subject ("herself" would), so it points
    outside the motion. "Her" before a noun is a possessive and may ("every mother should vote her mind")."""
    low = lowered[i]
    possessive = low == "her" and i + 1 < len(lowered) and lowered[i + 1] not in DANGLING
    if low not in ("him", "her") or possessive:
        return False
    verb_at = _first_verb(lowered, i)
    if verb_at is None:
        return False
    persons = [j for j, w in enumerate(lowered[:i]) if re.sub(r"['’]s$", "", w) in PERSONS]
    return bool(persons) and all(j < verb_at for j in persons)


_CLAUSE_JOINTS = frozenset(["and", "but", "or", "so", "that", "which", "who", "because", "when", "if",
                            "unless", "while", "than", "as", "where", "until", "before", "after", "since"])


def _clause_verb(lowered: list[str], i: int) -> int | None:
    """Where the first verb stands of the one clause whose main verb has the pronoun at i as its object
    ("the law of property would not allow it"), or None when the pronoun stands elsewhere."""
    verb_at = _first_verb(lowered, i)
    if verb_at is None or verb_at == 0 or any(w in _CLAUSE_JOINTS for w in lowered[verb_at:i]):
        return None
    if lowered[i - 1] in PREPOSITIONS:
        return None  # "the adults in charge of it": inside a phrase, it may stand for the subject's school
    chain = lowered[verb_at + 1 : i - 1]  # between the first verb and the one the pronoun is the object of
    if any(not (w in MODALS or w in FINITE or w in ("not", "never", "be", "been", "have") or w.endswith("ly"))
           for w in chain):
        return None  # "free itself only by refusing …, not by using it": a later verb's object
    return verb_at


def _it_of_own_subject(words: list[str], lowered: list[str], i: int, verbs: frozenset[str]) -> bool:
    """Whether "it" at i is the object of a one-clause claim whose only singular nouns stand in its subject
    ("the law of property would not allow it"): "it" cannot be that subject, so it points outside."""
    verb_at = _clause_verb(lowered, i)
    return verb_at is not None and (
        _singular_nouns(words[:i], verbs) == _singular_nouns(words[:verb_at], verbs))


def _them_of_own_subject(lowered: list[str], i: int) -> bool:
    """Whether "them" at i is the object of a one-clause claim whose only plurals stand in its subject
    ("the planters would not teach them"): "themselves" would stand for the subject, so it points outside."""
    verb_at = _clause_verb(lowered, i)
    if verb_at is None or any(w in ("who", "which", "that", "whose", "whom") for w in lowered[:verb_at]):
        return False  # "anyone who keeps bees should register them": a noun of the subject's own clause
    plurals = [j for j, w in enumerate(lowered[:i]) if _plural_like(w) or w in PLURALS]
    return bool(plurals) and all(j < verb_at for j in plurals)


_RELATIVES = frozenset(["who", "whom", "whose", "which", "that", "where", "when", "whereby"])


def _after_fronted_phrase(lowered: list[str], i: int, verbs: frozenset[str]) -> bool:
    """Whether the subject pronoun at i follows only a fronted prepositional phrase ("to the reverend form of
    Female Eld he would yield …"): the phrase's nouns are what the subject acts on, never the subject. A verb
    in the phrase ("in the ward where Mrs Hale lives", "after the strike ended") makes it a clause, whose
    noun may be the pronoun's; a word in -ed that is a known verb is taken for one."""
    return (i > 1 and lowered[0] in PREPOSITIONS and lowered[0] not in ("like", "unlike", "as")
            and not any(w in MODALS or w in FINITE or w in _CLAUSE_JOINTS or w in _RELATIVES
                        or (w.endswith("ed") and w in verbs) for w in lowered[1:i]))


_CONTRACTION = re.compile(r"['’](?:ll|re|ve|d|m|s)$", re.I)
_CONTRACTED_VERBS = {"ll": "will", "re": "are", "ve": "have", "d": "would", "m": "am", "s": "is"}


def _uncontracted(word: str) -> list[str]:
    """A pronoun and its contracted verb as two words ("you'll" → "you", "will"; "it's" → "it", "is"), so the
    pronoun is judged as any other; any other word as it is."""
    found = _CONTRACTION.search(word)
    stem = word[: found.start()] if found else word
    low = stem.lower()
    pronoun = low in PRONOUNS_NEED_REFERENT or low in SECOND_FIRST_PERSON or low in SUBJECT_PRONOUNS
    if found is None or not pronoun:
        return [word]
    return [stem, _CONTRACTED_VERBS[found.group(0)[1:].lower()]]


def referent_problem(words: list[str], verbs: frozenset[str]) -> str | None:
    """A pronoun that has no noun before it in the motion to refer to."""
    words = [part for word in words for part in _uncontracted(word)]  # "it's" → "it", "is"
    lowered = [w.lower() for w in words]
    discourse = _discourse_subject(words, lowered)
    if discourse:
        return discourse
    for i, low in enumerate(lowered):
        if low in SECOND_FIRST_PERSON and words[i] != "US":
            return f"speaks to or as a person ('{words[i]}')"
        generic = (low in ("he", "him", "she", "her", "they", "them") and lowered[i + 1 : i + 2] in (
            ["who"], ["whom"], ["that"]) and (i == 0 or lowered[i - 1] in PREPOSITIONS)
            and not (i > 1 and lowered[i - 2] in _INDEFINITES))  # "everything within her that craves …"
        if low in PRONOUNS_NEED_REFERENT and not generic:  # "he that hath …", "to him who …": anyone
            before = [
                w for w in lowered[:i]
                if w not in DANGLING and w not in PRONOUNS_NEED_REFERENT and w not in verbs
            ]
            if low in ("they", "them", "their", "themselves"):  # a plural, or "the young", "the poor"
                before = [w for w in before if _plural_like(w) or w in PLURALS] + [
                    w for j, w in enumerate(lowered[1:i], start=1)
                    if w in PEOPLE_ADJECTIVES and lowered[j - 1] == "the"] + [
                    # "every child … when they start school": "they" for anyone of a class of people
                    w for j, w in enumerate(lowered[1:i], start=1)
                    if w in PERSONS and lowered[j - 1] in ("every", "each", "any", "no")]
                if low == "them" and _them_of_own_subject(lowered, i):
                    before = []
            elif low in ("he", "him", "his", "she", "her", "himself", "herself"):  # a person named before
                before = [w for j, w in enumerate(words[1:i], start=1) if w[:1].isupper()] + [
                    w for w in lowered[:i] if re.sub(r"['’]s$", "", w) in PERSONS]  # "a man's home … his"
                if _object_of_own_subject(lowered, i):
                    before = []  # "every parent should write to her": not the parent ("herself" would be)
            elif low in _SINGULAR_PRONOUNS:  # a singular noun: "the reservoirs … as it does" has none
                before = _fitting_referents(_singular_nouns(words[:i], verbs), lowered, i)
                if low == "it" and _it_of_own_subject(words, lowered, i, verbs):
                    before = []  # "the law of property would not allow it": not the law ("itself" would be)
            if low in ("he", "she", "they") and _after_fronted_phrase(lowered, i, verbs):
                before = []  # "to the reverend form of Female Eld he would yield": not Eld, someone before
            if not before and not (low == "it" and (_impersonal_it(lowered, i) or _extraposed(lowered, i))):
                return f"'{words[i]}' has nothing in the motion to refer to"
            if low in ("it", "them") and i > 0 and lowered[i - 1] == "by" and _agent_outside(words, i, verbs):
                return (f"'by {words[i]}': the agent of the claim's own verb cannot be its subject, so it "
                        "stands for something outside the motion")
    if len(lowered) > 1 and lowered[0] in ("these", "those") and lowered[1] in verbs:
        return f"'{words[0]}' stands for something outside the motion"  # "these teach that …": a subject
    if len(lowered) > 2 and lowered[0] in _PRONOUN_QUANTITIES and lowered[1] in verbs and (
            lowered[2] not in FINITE and lowered[2] not in verbs):
        return f"'{words[0]}' stands for something outside the motion"  # "some ban them": some what?
    pointer = _demonstrative_problem(words, lowered)
    if pointer:
        return pointer
    body = " ".join(lowered)
    twice = second_pronoun(body)  # "gives them time to train them"
    if twice:
        return twice
    backward = _BACKWARD.search(body)
    if backward:
        return f"'{backward.group(0)}' refers to something outside the motion"
    mentioned = _MENTIONED.search(body)
    if mentioned:
        return f"'{mentioned.group(0)}' points at something said earlier in the essay"
    such = _such_problem(words, lowered)
    if such:
        return such
    place = _place_problem(words, lowered, verbs) or _one_problem(words, lowered, verbs)
    if place:
        return place
    so_much = _SO_MUCH.search(body)
    if so_much and (so_much.group("verb") in verbs or so_much.group("verb") in _ARGUING):
        return "'so much' stands for something said outside the motion"
    likeness = _likeness_problem(words, lowered)
    if likeness:
        return likeness
    kind = _KIND_POINTER.search(body)
    if kind:
        return f"'{kind.group(0).strip()}' points at a kind or passage described outside the motion"
    if _LIST_HEAD.search(body):
        return "opens a list ('…, first, …'): the motion holds its first item only"
    if lowered and lowered[-1] in DEMONSTRATIVES:
        return f"ends on '{words[-1]}', which refers to something outside the motion"
    if len(lowered) >= 2 and lowered[-2] in ("that", "those") and lowered[-1] not in DANGLING:
        return f"'{words[-2]} {words[-1]}' refers to something outside the motion"
    return None
