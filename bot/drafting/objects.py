"""A policy verb and its object: "abolish the tariff" is whole, "abolish" alone, "abolish them",
"give high priority the bill" or "appoint three" are not. `policy_problem` names what is missing from
the verb phrase of a drafted policy motion, or is None; `structure.problem` calls it.
"""

from __future__ import annotations

import re

from bot.drafting.figures import figurative_problem
from bot.drafting.grammar import (
    DANGLING,
    DANGLING_ADVERBS,
    DETERMINERS,
    ENACTMENTS,
    FINITE,
    IRREGULAR_PAST,
    LY_VERBS,
    MID_START,
    MODALS,
    PARTICLES,
    PREPOSITIONS,
    PRONOUNS_NEED_REFERENT,
    REFLEXIVES,
    SUBJECT_PRONOUNS,
    VERBS,
    is_verb,
)

STRANDED = frozenset(["from", "to", "of", "for", "with", "in", "on", "at", "by", "about", "into", "off",
                      "out", "up", "against", "under", "over", "behind", "through"])
_OPEN_TIMES = frozenset(["whenever", "wherever", "once", "where"])


def contact_relative(rest: list[str], i: int) -> bool:
    """Is the be-form at `i` in a relative clause without 'that', closed by a stranded preposition
    ("… to the countries they were taken from", "… the land it was built on")?"""
    if i < 2 or rest[i - 1] not in SUBJECT_PRONOUNS:
        return False
    tail = rest[i + 1 : i + 5]
    return any(
        tail[k].endswith(("ed", "en")) and tail[k + 1] in STRANDED
        and (k + 2 == len(tail) or tail[k + 2] in SUBORDINATORS | _OPEN_TIMES or k + 2 + i + 1 == len(rest))
        for k in range(len(tail) - 1)
    )


# A relative clause without "that" whose verb is a modal's: "cap the rent a landlord may charge at …" (no
# comma between the two noun phrases, so not two sentences spliced).
_MODAL_RELATIVE = re.compile(
    r"\b(?:the|a|an|any|every|each|all|no)\s+(?:[a-z]+\s+){0,2}?[a-z]+\s+(?:a|an|the|each|every|any|its|their|they|we"
    r"|you|he|she|it)\s+(?:[a-z]+\s+)?(?:may|can|could|might|must|will|would|shall|should|cannot)\s+[a-z]+\b")


# Verbs that make a whole predicate alone after a named subject and a modal: "the tariff must go".
_INTRANSITIVE = frozenset(["go", "end", "fall", "rise", "stay", "remain", "change", "wait", "fail", "succeed",
                           "win", "lose", "stop", "die", "yield", "prevail", "vanish", "disappear", "perish",
                           "last", "grow", "shrink", "resign", "retire", "cease", "continue", "matter",
                           "disarm", "adapt", "reform", "unite", "compromise", "withdraw", "leave"])
_OBJECT_HEADS = frozenset(["the", "a", "an", "our", "its", "their", "every", "all", "each", "no", "this",
                           "these"])


# A verb by its ending ("emphasize", "digitise", "standardise"): too many to list; nouns in "-ise" aside.
_SUFFIX_VERB = re.compile(
    r"^(?!(?:enterprise|franchise|expertise|merchandise|otherwise|paradise|premise|demise|exercise|"
    r"treatise|reprise|likewise|clockwise|precise|concise)$)[a-z]{3,}(?:[iy]ze|ise|ify)$"
)


def _verb_by_object(words: list[str], at: int) -> bool:
    """A word no list holds that can only be the verb after "would": a plain lower-case word (no noun, adverb
    or participle ending) followed by its object, a determiner or a name ("admit Texas to the Union",
    "outlaw the practice")."""
    word = words[at]
    low = word.lower()
    if not (word.isalpha() and word.islower()) or at + 1 >= len(words) or low in DANGLING or low in MID_START:
        return False
    if low.endswith(("ly", "ing", "ed", "en", "s", "al", "ous", "ive", "ful", "ic")) or any(
            low.endswith(ending) and len(low) > len(ending) + 2 for ending in NOUN_ENDINGS):
        return False  # a noun's ending, not the whole word: "leadership" is no verb, "ship" may be
    nxt = words[at + 1]
    if low in ("see", "have", "get") and any(_participle(w.lower()) for w in words[at + 2 : at + 6]):
        return True  # "see corrupt officials punished": a causative, its object and what is done to it
    if low in _ADJECTIVES:
        return False  # "would new schools": no verb
    follows = nxt.lower()
    # "scale back the tests": a particle (a bare plural after it may be a noun compound: "enterprise zones")
    return follows in _OBJECT_HEADS or follows in PARTICLES or (nxt[:1].isupper() and nxt.isalpha())


# Common adjectives that a bare word after "would" may be instead of a verb ("would new schools").
_ADJECTIVES = frozenset([
    "new", "old", "more", "less", "few", "many", "other", "such", "same", "big", "small", "great", "high",
    "low",
    "young", "full", "fair", "good", "bad", "best", "poor", "rich", "real", "true", "whole", "main", "major",
    "minor", "long", "short", "strong", "weak", "wise", "just", "safe", "cheap", "dear", "better", "worse",
    "fewer", "most", "least"])
# Prefixes that make a verb of a listed verb: "reintroduce", "defund", "disapply", "outspend".
_VERB_PREFIXES = ("re", "de", "dis", "un", "co", "over", "under", "out", "mis")


def _verb_by_form(word: str, after: str) -> bool:
    """A verb no list holds, known by its form: a listed verb with a prefix ("reintroduce", "defund"), or a
    hyphenated compound before its object ("ring-fence the budget", "means-test the pension")."""
    low = word.lower()
    if any(low.startswith(p) and len(low) - len(p) >= 3 and low[len(p):] in VERBS for p in _VERB_PREFIXES):
        return True
    parts = low.split("-")
    return (len(parts) == 2 and all(p.isalpha() and len(p) >= 2 for p in parts) and word.islower()
            and not parts[1].endswith(("ed", "ing", "ly")) and after.lower() in _OBJECT_HEADS)


# Verbs of change that, followed by "in" or "by", tell how their subject changes ("costs increase in
# number", "prices rose by a third") rather than what is done to an object.
_CHANGES_OF_STATE = frozenset(["increase", "decrease", "grow", "rise", "fall", "decline", "expand", "shrink",
                               "improve", "worsen", "diminish", "multiply", "vary", "differ"])


# Verbs a House may do that the finder does not look for (they open too many sentences that propose nothing:
# "add to this, that …"), accepted when a motion already stands on one: "inoculate children against smallpox".
_ALSO_ACTS = frozenset(["add", "supply", "confine", "inoculate", "vaccinate", "reshape", "rename", "elect",
                        "dismiss", "recruit", "deprecate", "migrate", "diffuse", "drain", "pave", "ration",
                        "amend", "ratify", "veto", "disarm", "irrigate"])
# Words after which a modal belongs to a clause inside the object ("ways of life whose worth we cannot see").
_OPENS_CLAUSE = frozenset(["that", "which", "who", "whom", "whose", "where", "whereby", "if", "when", "so",
                           "unless", "until", "than"])


def policy_problem(words: list[str], verbs: frozenset[str], actor: bool = False) -> str | None:
    """A policy: a verb the House would do, then its object; with `actor`, the verb phrase of a named actor
    ("the people of Britain should exert …"), whose verb may be any the essay shows to be one."""
    lowered = [w.lower() for w in words]
    adverb = lowered[0].endswith("ly") and lowered[0] not in LY_VERBS
    start = 1 if adverb and len(words) > 1 else 0  # "immediately abolish …"
    verb = lowered[start]
    if lowered[start : start + 2] == ["do", "without"] and len(words) > start + 2:
        start, verb = start + 1, "do without"  # "do without the internal taxes": a phrasal verb
    elif verb == "rather" and "than" in lowered[start + 2 :]:
        # "would rather keep A than B", "would rather be A than B"
        return None if lowered[start + 1] == "be" else policy_problem(words[start + 1 :], verbs, actor)
    elif not (is_verb(verb, (verbs if actor else VERBS) | _ALSO_ACTS) or _verb_by_object(words, start)
              or _SUFFIX_VERB.match(verb)
              or _verb_by_form(words[start], words[start + 1] if start + 1 < len(words) else "")):
        # the House's verb: the fixed list (never the essay's), or a word that can only be a verb here
        return f"'{words[start]}' is not a verb the House can do: no proposal"
    rest = lowered[start + 1 :]
    if not rest and actor and verb in _INTRANSITIVE:
        return None  # "the tariff must go", "the monarchy should end": a named subject's whole predicate
    if not rest:
        return f"'{words[start]}' has no object: what is to be done is undefined"
    if rest[:2] == ["to", "be"] or verb in ("be", "become", "seem", "appear"):
        return f"'{words[start]} {' '.join(rest[:2])}' describes a state, not something the House would do"
    nxt = rest[0]
    if nxt in FINITE or nxt in ("they", "he", "she", "we", "i") or nxt in (
        "before", "after", "until", "since", "during", "than", "also", "as", "by", "with"
    ) or (nxt == "of" and verb not in _OF_VERBS):  # "respect of labor": a noun read as a verb
        return f"'{words[start]} {words[start + 1]}' is not a verb with its object"
    if verb in _CHANGES_OF_STATE and nxt in ("in", "by") and not actor:
        # "increase in scope and availability": the thing that grows is the subject, left outside the motion
        return f"'{words[start]} {words[start + 1]}' tells how something changes, not what the House would do"
    missing = _missing_preposition(verb, rest)
    if missing:
        return missing
    counted = _bare_quantity(rest)
    if counted:
        return f"'{words[start]} {counted}': a number with nothing counted, a garbled quantity"
    pronoun = pronoun_object(rest)  # "drop it", "abolish them": refused below, once the clause is checked
    content = [w for w in rest if w not in DANGLING and w not in PRONOUNS_NEED_REFERENT - REFLEXIVES]
    if not content and not pronoun:
        return f"'{words[start]}' has no object: what is to be done is undefined"
    for i, word in enumerate(rest):
        subordinate = any(w in _OPENS_CLAUSE for w in rest[:i]) or re.search(
            r"\bas \w+ as\b", " ".join(rest[:i]))  # "as much as"
        relative = i >= 3 and (rest[i - 1] in SUBJECT_PRONOUNS or rest[i - 2] in DETERMINERS) and (
            _MODAL_RELATIVE.search(" ".join(rest[: i + 2])) is not None)
        month = word == "may" and words[start + 1 + i] == "May"  # "from next May": the month, not a modal
        if word in MODALS and not subordinate and not relative and not month:
            return f"a second clause ('{word}') runs into the proposal: two sentences joined"
        if (word == "be" and i > 0 and i + 1 < len(rest) and _participle(rest[i + 1])
                and not any(w in SUBORDINATORS | MODALS | {"to"} for w in rest[:i])):
            # "force for prohibition enforcement be brought within …": the subject's noun read as the verb
            return f"a second verb ('be {rest[i + 1]}') runs into the proposal: the verb was a noun"
        if (word in BE_FORMS | {"has", "had"} and i > 0 and not any(w in SUBORDINATORS for w in rest[:i])
                and not contact_relative(rest, i)):
            return f"a second clause ('{rest[i - 1]} {word}') runs into the proposal: two sentences joined"
    if pronoun:
        return (f"'{words[start]}' has no object but a pronoun ('{pronoun}') with nothing in the motion "
                "to refer to: what is to be done is undefined")
    return _object_problem(words[start], rest) or figurative_problem(verb, rest, is_verb(verb, VERBS))


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
NOUN_ENDINGS = ("ness", "tion", "sion", "ment", "ity", "ance", "ence", "ship", "hood", "ism", "ist")
# Verbs a House may do that take "of" at once: "dispose of the public lands".
_OF_VERBS = frozenset(["dispose", "approve", "disapprove", "partake", "avail", "repent", "beware", "consist"])


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


# "make it illegal to sell X", "make it a crime for A to V": an "it" whose meaning follows in the motion
EXTRAPOSED_IT = re.compile(
    r"^it (?:(?:illegal|unlawful|legal|lawful|compulsory|mandatory|possible|easier|harder|cheaper|free|"
    r"impossible|an offence|a crime|a criminal offence|a duty|a requirement|a condition)\s+(?:to|for)\s+\w+)"
)


def pronoun_object(rest: list[str]) -> str | None:
    """The pronoun a policy's verb takes as its object, when it takes one (`rest`: lower-cased words
    after the verb)."""
    if not rest:
        return None
    first = rest[0]
    if first == "it" and EXTRAPOSED_IT.match(" ".join(rest)):
        return None  # "make it illegal to sell X": "it" stands for the infinitive that follows
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
BE_FORMS = frozenset(["is", "are", "was", "were", "am"])
SUBORDINATORS = frozenset([
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
    # "change the law so that X": what the change does says which law, and how
    changed = verb in ("change", "amend", "reform", "rewrite", "alter") and rest[2:4] == ["so", "that"]
    if pointed and not changed and (len(rest) == 2 or rest[2] not in _SAYS_WHICH):
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
