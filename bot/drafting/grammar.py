"""The closed word classes of a motion's grammar, and where its finite verb is.

Shared by the structural checks (`structure.py`) and the referent checks (`referents.py`).
"""

from __future__ import annotations

import re

from bot.drafting.cues import MORE_VERBS
from bot.drafting.finding import POLICY_VERBS

# Verbs a House may do that neither list holds, found refused in complete reference motions ("divide the
# powers of government", "find work for the soldiers", "hand the programmes back to the states").
HOUSE_VERBS = frozenset(["divide", "find", "hand", "leave", "meet", "spread", "split", "shift", "turn"])
VERBS = frozenset(POLICY_VERBS) | MORE_VERBS | HOUSE_VERBS
FINITE = frozenset(
    [
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "does", "do", "did", "can",
        "could", "will", "would", "shall", "should", "must", "may", "might", "ought", "cannot", "won't",
        "can't", "isn't", "aren't", "doesn't", "don't", "wasn't", "weren't", "hasn't", "haven't"
    ]
)
MODALS = frozenset([
    "can", "could", "will", "would", "shall", "should", "must", "may", "might", "ought", "cannot"
])
PREPOSITIONS = frozenset(
    [
        "of", "to", "in", "on", "at", "by", "for", "with", "from", "into", "onto", "upon", "about",
        "over", "under", "between", "among", "through", "during", "before", "after", "against",
        "without", "within", "toward", "towards", "than", "as", "via", "like", "per", "respecting",
        "regarding", "concerning", "beyond", "across", "along", "around", "behind", "beneath", "beside",
        "besides", "despite", "until", "till", "since"
    ]
)
CONJUNCTIONS = frozenset([
    "and", "or", "but", "nor", "yet", "so", "that", "which", "who", "whom", "whose", "whether", "if",
    "because", "while"
])
DETERMINERS = frozenset(
    [
        "the", "a", "an", "its", "their", "his", "her", "our", "your", "my", "this", "these", "those",
        "every", "each", "some", "any", "no", "such", "either", "neither", "both"
    ]
)
DANGLING_ADVERBS = frozenset(
    [
        "also", "too", "even", "only", "not", "so", "very", "more", "most", "rather", "therefore",
        "thus", "then", "however", "indeed", "again", "still"
    ]
)
DANGLING = PREPOSITIONS | CONJUNCTIONS | DETERMINERS | DANGLING_ADVERBS | FINITE | {"being", "having"}
# Words that cannot open a proposition: it would start mid-sentence.
MID_START = frozenset(
    [
        "and", "or", "but", "nor", "yet", "so", "also", "too", "then", "thus", "therefore", "hence",
        "which", "who", "whom", "whose", "whereof", "whereas", "wherein", "where", "when", "while",
        "because", "since", "although", "though", "than", "as", "that", "whether", "not", "nay", "even",
        "still", "moreover", "furthermore", "besides", "likewise", "how", "what", "why", "all", "none",
        "both", "either", "neither"
    ]
)
PRONOUNS_NEED_REFERENT = frozenset(["it", "its", "they", "them", "their", "he", "him", "his", "she", "her",
                                     "itself", "themselves", "himself", "herself"])
DEMONSTRATIVES = frozenset(["this", "that", "these", "those"])
SECOND_FIRST_PERSON = frozenset([
    "i", "me", "my", "mine", "myself", "you", "your", "yours", "yourself", "yourselves", "us", "ourselves"
])
PLURALS = frozenset(["people", "children", "men", "women", "police", "clergy", "youth", "cattle", "folk"])
# Adjectives that, after "the", name a class of people and take "they": "the young … their own enthusiasms".
PEOPLE_ADJECTIVES = frozenset([
    "young", "old", "poor", "rich", "weak", "strong", "elderly", "sick", "wealthy", "powerful", "unemployed",
    "jobless", "homeless", "disabled", "aged", "needy", "working", "idle", "wise", "ignorant",
])
# Nouns of a person, which "he", "his", "himself", "she" or "her" may stand for: "the person himself".
PERSONS = frozenset([
    "person", "man", "woman", "individual", "citizen", "child", "author", "worker", "voter", "prisoner",
    "owner", "king", "queen", "ruler", "judge", "member", "president", "parent", "mother", "father", "boy",
    "girl", "wife", "husband", "student", "teacher", "employer", "employee", "borrower", "lender", "farmer",
    "soldier", "officer", "minister", "landlord", "tenant", "buyer", "seller", "merchant", "reader", "writer",
    "nurse", "doctor", "patient", "pupil", "resident", "neighbour", "driver", "passenger", "customer",
    "visitor", "priest", "lawyer", "manager", "nobody", "somebody", "everybody", "anybody", "someone",
    "everyone", "anyone",
])
# Verbs common in claims ("children need to play") that no policy list holds.
CLAIM_VERBS = frozenset(
    [
        "need", "want", "deserve", "matter", "harm", "help", "hurt", "cost", "work", "learn", "play",
        "live", "depend", "remain", "become", "seem", "lead", "give", "take", "get", "know", "mean",
        "rest", "rely", "thrive", "suffer", "fail", "succeed", "grow", "lose", "win", "belong", "exist",
        "make", "do", "come", "go", "arise", "spring", "flow", "rise", "fall", "stand", "lie"
    ]
)
COMPARATIVES = re.compile(r"^(?:more|less|fewer|rather|other|otherwise|else|\w+er)$")
IRREGULAR_PAST = frozenset(
    [
        "made", "found", "gave", "took", "kept", "held", "brought", "paid", "sold", "built", "spent",
        "sent", "told", "left", "became", "began", "grew", "knew", "saw", "thought", "meant", "felt",
        "led", "lost", "won", "stood", "said", "got", "put", "set", "cut", "let", "shut"
    ]
)
MAX_BODY_WORDS = 28
# Finite verbs of older English: "he that hath wife and children hath given hostages to fortune".
ARCHAIC_FINITE = frozenset(["hath", "doth", "hast", "dost", "shalt", "wilt", "canst", "wouldst",
                            "shouldst", "couldst", "mayst", "mightst"])
# Participles that make no claim after "should be": "sailors should be had", "it must be got".
EMPTY_PARTICIPLES = frozenset(["had", "got", "gotten", "been", "done", "gone", "come"])
# Verbs that end like adverbs ("apply" is not "immediately").
LY_VERBS = frozenset(["apply", "supply", "reply", "rely", "comply", "multiply", "ally", "rally", "bully"])


def tokens(text: str) -> list[str]:
    return re.findall(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.%$]*|\$[\d,.]+", text)


def is_verb(word: str, verbs: frozenset[str]) -> bool:
    return word.lower() in verbs


def finite_at(words: list[str], verbs: frozenset[str]) -> int:
    """Index of the first finite verb after the subject (not the first word), or -1."""
    verbs = verbs | CLAIM_VERBS
    for i, word in enumerate(words[1:], start=1):
        low = word.lower().replace("’", "'")
        if low in FINITE or low in IRREGULAR_PAST or low in ARCHAIC_FINITE:
            return i
        before = words[i - 1].lower()
        if low.endswith("eth") and len(low) > 5 and before not in DANGLING:
            return i  # the old third person: "reading maketh a full man"
        if (i >= 2 and words[i - 2].lower() == "the" and before in PEOPLE_ADJECTIVES and word.islower()
                and low not in DANGLING and not low.endswith("ly")):
            return i  # "the rich owe more …": a class of people and its bare verb
        if low in CLAIM_VERBS and before not in DANGLING and before not in verbs:
            return i  # a plural subject and a bare verb: "children need"
        if (before in PLURALS and word.islower() and low not in DANGLING
                and not low.endswith(("ly", "s", "ing"))):
            return i  # "men decline when …": an irregular plural and its bare verb
        if (
            before.endswith("s") and before not in DANGLING and word.islower() and low not in DANGLING
            and not low.endswith(("ly", "s", "ing"))
        ):
            return i  # "amateur choirs waste …"
        for base in (low[:-1] if low.endswith("s") else "", low[:-2] if low.endswith(("es", "ed")) else "",
                     low[:-1] if low.endswith("ed") else "", low[:-3] + "y" if low.endswith("ies") else ""):
            if base and base in verbs and len(low) > 3:
                return i
    return _singular_verb_at(words)


# What follows a verb in -s that a plural noun seldom has after it: "liberty consists in …", "power tends to".
_AFTER_VERB = frozenset(["in", "to", "on", "upon", "into", "from", "with", "that", "absolutely", "only", "no",
                         "nothing", "everything", "all", "its", "their", "our", "his", "her", "every"])


_ARTICLES = frozenset(["a", "an", "the"])
_QUANTIFIERS = frozenset(["many", "some", "few", "all", "most", "such", "other", "several", "both"])


def _singular_verb_at(words: list[str]) -> int:
    """A last resort when no known verb is found: a short subject at the head of the clause, then a verb in -s
    ("liberty consists in …", "absolute power corrupts absolutely"); -1 when none."""
    lowered = [w.lower() for w in words]
    for i in range(1, min(4, len(lowered))):
        if any(w in DANGLING for w in lowered[1:i]):
            break
        low, before = lowered[i], lowered[i - 1]
        # what follows: a word a verb takes, an article ("intelligence poses a threat"), or nothing at all in
        # a clause of two or three words ("power corrupts")
        after = lowered[i + 1] in _AFTER_VERB | _ARTICLES if i + 1 < len(lowered) else (
            len(lowered) <= 3 and lowered[0] not in DETERMINERS | _QUANTIFIERS)  # not "the social elements"
        if (low.endswith("s") and not low.endswith(("ss", "us", "is", "ous", "ics")) and len(low) > 3
                and words[i].islower() and before not in DANGLING and not before.endswith(("s", "ly"))
                and after):
            return i
    for i in range(2, len(lowered) - 1):  # "the banks, not the government, caused the crisis"
        low, before = lowered[i], lowered[i - 1]
        if (low.endswith("ed") and len(low) > 4 and words[i].islower() and before not in DANGLING
                and lowered[i + 1] in ("the", "a", "an", "its", "their", "our", "his", "her", "every")):
            return i
    return -1


REFLEXIVES = frozenset(["itself", "themselves", "himself", "herself"])
SUBJECT_PRONOUNS = frozenset(["they", "we", "he", "she", "it", "you", "i"])

# Nouns of enactment that say what is to be done only with a complement: "pass a general act" (about
# what?), "make an appropriation" (for what?), "introduce a bill".
ENACTMENTS = frozenset([
    "act", "law", "measure", "bill", "appropriation", "statute", "enactment", "provision", "resolution",
    "amendment", "ordinance", "regulation", "grant", "loan", "commission", "inquiry", "reform", "change",
    "plan", "policy", "program", "programme", "scheme", "system", "step", "sum", "fund", "treaty",
    "convention",
])

# Particles of a phrasal verb: "scale back", "sell off", "open up", "strips that away", "set aside".
PARTICLES = frozenset(["back", "out", "up", "down", "off", "away", "aside"])
# The occasion a speech is given on, which a motion leaves out: "refuse the licence tonight".
OCCASIONS = ("tonight", "today", "this evening", "this afternoon", "this morning", "here and now")
