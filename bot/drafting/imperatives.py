"""Imperative proposals: "Enough talk – end the mission", "Do not raise the fares"; and the verb phrases
that only look like commands (a subject's predicate, a threat, a list)."""

from __future__ import annotations

import re

from bot.drafting.actions import build_recommendation, without_empty_act
from bot.drafting.baseforms import EVERYDAY, STATIVE, is_verb_like, opens_command
from bot.drafting.cues import MODALS, STOPWORDS, WEAK_MODALS
from bot.drafting.keeping import unlet
from bot.drafting.leadins import ADDRESSED, QUOTING
from bot.drafting.predicates import series_predicate
from bot.drafting.presenting import presenting
from bot.drafting.recommendation import Recommendation
from bot.drafting.subjects import AUXILIARIES
from bot.drafting.wording import lower_first


def plain_order(text: str) -> str:
    """ "Do the decent thing and reopen the toilets" → "reopen the toilets"; the text unchanged otherwise."""
    return without_empty_act(re.sub(r"^please\s+", "", text.strip(), flags=re.I))


def imperative(text: str, known: set[str], conditional: bool) -> Recommendation | None:
    """The command in a sentence with no subject and modal: its first clause that opens with a verb."""
    if _THREAT.match(text):
        return None  # "Treat men as pawns, and you shall suffer as well as they": a warning, not a proposal
    for clause in re.split(r"\s+[–—-]{1,2}\s+|,\s+|:\s+", text):
        before = text[: text.find(clause)]
        modal = rf"(?:{AUXILIARIES.pattern}|{MODALS}|{WEAK_MODALS})"
        if re.search(rf"{modal}(?:\s+[^,;:]{{0,40}})?\s*,(?:[^,]{{0,40}},)?\s*$", before, re.I):
            # "It will, in fact, give X", "X will in the near future, though not at once, produce Y": the verb
            # phrase of a subject and modal, not a command
            break
        if QUOTING.search(before):
            break  # "I remember what my mother said: never trust …": someone else's words, not an order
        if PLACE_BEFORE.match(before):
            break  # "On his right, spread out the broad savannahs": a scene told with its verb first
        if ADDRESSED.search(before) and before.rstrip().endswith(":"):
            break  # "here's my challenge to every employer: give …": theirs to do (`framing.unframe`)
        if _THAT_CLAUSE_BEFORE.search(before) or _SUBJECT_AND_VERB.match(before):
            # "I would propose that the Council build a bath-house, open every day", "the Council be required
            # to build a bath-house, open every day": the piece belongs to a clause with its own subject
            break
        if (
            _SUBJECT_BEFORE.search(before) or _opening_subject(text, clause) or _LISTED_SUBJECT.match(before)
            or series_predicate(text, clause)
        ):
            break  # "These laws, as their effect, raise the price": the predicate of a subject, not a command
        clause = _with_next_act(text, clause, known)  # "Reopen it, and fund it properly": both acts
        words = clause.split()
        negated = _NEGATED_IMPERATIVE.match(clause)
        if negated and before.strip() and clause.lower().startswith("nor "):
            break  # "even though it be turned to no account, nor subserve any end": the clause's own subject
        if negated:  # "Do not raise the fares", "Read not to contradict": never turned positive
            return _negated_command(negated, known, conditional)
        if len(words) >= 3 and opens_command(words, known) and not _finite_after(words):
            lead = before.strip().replace("’", "'")
            announced = _PLAIN_LEAD.match(lead) or _ANNOUNCING_LEAD.match(lead)
            if not is_verb_like(words[0], known) and not announced:
                continue  # an everyday verb after a lead ("Either way, put the phone down"): the reader's act
            if presenting(clause):
                return None  # "Read the language of these eyebeams": shows the reader a passage, asks no act
            # an everyday verb's later acts may be everyday too ("Bring the ferry back, and run it hourly")
            split_by = known if is_verb_like(words[0], known) else known | EVERYDAY
            return build_recommendation("we", lower_first(clause), False, split_by, conditional)
    return None


# A place fronted before the verb of a scene ("On his right, spread out the savannahs", "Beyond them, rose the
# hills"): the place is someone's side or a pronoun's, and the verb's subject follows it. No order is given.
PLACE_BEFORE = re.compile(
    r"^(?:and\s+)?(?:on|at|to|before|behind|beyond|around|round|above|below|beneath|over|under|across|along"
    r"|near|beside|about)\s+(?:(?:his|her|their|its|my|our|your)\s+(?:right|left|side|feet|head|back)(?:\s+hand)?"
    r"|(?:him|her|them|it|us|me))\s*,\s*(?=$|[a-z])", re.I)


# What may stand before a command with an everyday verb: nothing, or a plain connective ("So, bring it back").
_PLAIN_LEAD = re.compile(r"^(?:(?:so|now|then|and|please|instead|first|finally|simply|today)\s*,?)?$", re.I)


# A lead that announces the author's own proposal: "Here's what I'd do:", "My answer is simple:".
_ANNOUNCING_LEAD = re.compile(
    r"^(?:so\s+|and\s+)?(?:here(?:'s|\s+is)\s+(?:what\s+(?:I|we)(?:'d|\s+would|\s+propose|\s+suggest)(?:\s+do)?"
    r"|my\s+(?:proposal|suggestion|plan|answer|fix|idea))"
    r"|(?:my|our|the)\s+(?:proposal|suggestion|plan|answer|fix|solution|remedy)(?:\s+is)?(?:\s+simple)?)\s*:$",
    re.I)


# A short command, then another act joined to it after a comma: "Reopen it, and fund it properly".
SHORT_ACT = 6  # words of a command that a second act may join ("Bring the ferry back, and run it …")
_NEXT_ACT = re.compile(r"^,\s+and\s+(?P<verb>[a-z]+)\s+\S", re.I)


def _with_next_act(text: str, clause: str, known: set[str]) -> str:
    """A short command that opens the sentence with the act joined to it after a comma ("Reopen it, and fund
    it properly"), so the pair is read as one command; the clause unchanged otherwise."""
    at = text.find(clause)
    if len(clause.split()) > SHORT_ACT or not opens_command(clause.split(), known) or not _PLAIN_LEAD.match(
        text[:at].strip()
    ):
        return clause  # only a short command that opens the sentence; a longer one is read as before
    rest = text[at + len(clause):]
    joined = _NEXT_ACT.match(rest)
    if joined is None or not (is_verb_like(joined.group("verb"), known) or joined.group("verb") in EVERYDAY):
        return clause
    return clause + rest



# A subject given as a list of short noun phrases, no verb: "Free agreement, free organization, replace that
# system": the verb after it is their predicate, not a command.
_LISTED_SUBJECT = re.compile(r"^(?:[A-Za-z'-]+\s+){0,3}[A-Za-z'-]+,\s+(?:(?:and\s+)?(?:[A-Za-z'-]+\s+){0,3}"
                             r"[A-Za-z'-]+,\s+)+$")


# A command in the negative: "Do not / Don't / Never V …", and the older "V not …" ("Read not to contradict").
_NEGATED_IMPERATIVE = re.compile(
    r"^(?:(?:do\s+not|don['’]t|never|nor)\s+(?P<verb>[a-z]+)|(?P<old>[A-Za-z]+)\s+not)\b\s*(?P<rest>.*)$",
    re.I)


def _negated_command(
    negated: re.Match[str], known: set[str], conditional: bool
) -> Recommendation | None:
    """What a negative command asks: the same act, marked negative ("Do not raise the fares" → opposes raising
    the fares), its object kept and the clause cut at the first semicolon or colon (what follows is another
    command). None when the command is not an act the House could oppose: no verb, no object, or a purpose
    ("Read not to contradict": not an act on a thing)."""
    verb = (negated.group("verb") or negated.group("old") or "").lower()
    rest_words = negated.group("rest").split()
    if not opens_command([verb, *rest_words[:1]], known) or verb in STATIVE | STOPWORDS:
        return None
    rest = re.split(r"\s*[;:]\s*", negated.group("rest"), maxsplit=1)[0].strip()
    if verb in ("let", "allow", "permit") and unlet(f"{verb} {rest}"):  # "Don't let them close the pool"
        act = unlet(f"{verb} {rest}") or rest
        verb, rest = act.split()[0].lower(), " ".join(act.split()[1:])
        if not is_verb_like(verb, known) or verb in STATIVE | STOPWORDS:
            return None
    if len(rest.split()) < 2 or rest.lower().startswith(("to ", "in order", "for ", "nor ")):
        return None
    return build_recommendation("we", f"{verb} {rest}", True, known, conditional)



# A subject left before a comma, with no verb of its own: "These laws, …", "but the great majority of our
# citizens, who buy …, …". The verb phrase after it is that subject's predicate (a description), not an
# imperative. A vocative ("My friends, …") is not a subject.
# The author's "that"-clause, already open: what follows a comma in it belongs to it.
_THAT_CLAUSE_BEFORE = re.compile(
    r"\b(?:I|we)\s+(?:\w+\s+){0,3}?(?:propose|suggest|recommend|ask|urge|submit|move|demand|insist|request)"
    r"\s+that\b", re.I)
_SUBJECT_AND_VERB = re.compile(
    r"^(?:the|a|an|every|each|our|this|these|those|all|its|their)\s+[^,;:]{1,60}?\s+"
    r"(?:be|should|must|shall|will|would|is|are|was|were|has|have|had)\s", re.I)
_SUBJECT_BEFORE = re.compile(
    r"(?:^|,\s+(?:but|and|yet|while|whereas)\s+|;\s+)(?:(?:all|most|many|some|both)\s+(?:of\s+)?)?"
    r"(?:the|these|those|this|that|our|their|its|his|her|such)\s+(?:[a-z-]+\s+){0,5}?"
    r"(?:[a-z-]+s|people|men|women|majority|minority|government|law|system|policy|tariff|state|nation"
    r"|country|public|treasury|congress|court)\s*,",
    re.I,
)


_DETERMINER_START = re.compile(
    r"^(?:the|these|those|this|that|our|their|its|such|all|most|many|every|each)\s", re.I
)
_AUXILIARY_WORD = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|do|does|did|will|would|shall|should|must|can|could|may|might"
    r"|let|let's)\b",
    re.I,
)


def _opening_subject(text: str, clause: str) -> bool:
    """Whether the sentence opens with a noun phrase and a comma ("Our relations with France, as well as …,
    continue …"), with no verb of its own before `clause`: the clause is its predicate."""
    head = text.split(",", 1)[0]
    if head == text or not _DETERMINER_START.match(head) or _AUXILIARY_WORD.search(head):
        return False
    return len(head.split()) <= 14 and text.find(clause) > len(head)



# A conditional imperative said to a person: "Do X, and you shall suffer", "Lend freely, or your heart will
# harden": the imperative states a condition whose consequence follows; the author proposes nothing. ("Abolish
# the duty, and the poor will eat better" names a policy's good effect and stays a proposal.)
# "Extend the district, and you take in more interests": a present tense after "you" states the consequence
# too; "…, and you should also V" is a second command.
_THREAT = re.compile(
    r"^[^;:?]{3,160}?,?\s+(?:and|or)\s+(?:then\s+)?(?:(?:you|thou|ye)\s+(?!(?:should|must|ought|need|have\s+to)\b)"
    r"[a-z]|(?:he|she|your\s+\w+|his\s+\w+)\s+(?:shall|shalt|will|wilt|must|may)\s)", re.I)


# A noun that is also a verb, as the subject of a finite verb: "Reform keeps many clerks busy", "Change comes
# slowly": the second word is a verb in the third person, not the command's object.
_FINITE = frozenset([
    "keeps", "makes", "gives", "takes", "brings", "leaves", "comes", "goes", "means", "becomes", "remains",
    "lies", "stands", "holds", "grows", "tends", "gets", "puts", "runs", "says", "shows", "tells", "turns",
])
_BE = frozenset(["is", "are", "was", "were", "has", "does", "seems", "can", "will", "must", "should", "may"])
_OBJECT_OPENING = re.compile(
    r"^(?:the|a|an|many|much|more|most|some|few|no|every|each|all|us|them|it|him|her|me|something|nothing|"
    r"everything|anything|[a-z]+ly|that|this|these|those|its|their|our|his)$"
)


def _finite_after(words: list[str]) -> bool:
    """Whether the word after a clause's first word is a finite verb of that word as subject ("Reform keeps
    many …"), not the object of a command ("Cut taxes now")."""
    second, third = words[1].lower(), words[2].lower()
    if second in _BE or (third in _BE and second.isalpha() and second not in STOPWORDS):
        return True  # "Reform is …", "Clean air is not free": an adjective or noun, then its verb
    return second in _FINITE and bool(_OBJECT_OPENING.match(words[2].lower().strip(",.;:")))

