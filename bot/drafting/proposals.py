"""Proposals: sentences that say what should be done, parsed into actor and actions."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bot.drafting.asking import asked_policy
from bot.drafting.cues import MODALS, STOPWORDS, WEAK_MODALS
from bot.drafting.discourse import discourse_step
from bot.drafting.duties import OBLIGING, after_agent, duty_lost, second_duty
from bot.drafting.framing import one_modal, own_frame, plain_resolve, unframe
from bot.drafting.leadins import after_leadin, main_words, plain_modal, pronoun_subject, verb_aside
from bot.drafting.obligations import flatters, plain_obligation
from bot.drafting.predicates import series_predicate
from bot.drafting.presenting import presenting
from bot.drafting.qualified import unqualified_phrase
from bot.drafting.wording import lower_first, strip_openers

_NOT_ACTORS = re.compile(
    r"^(?:it|this|that|these|those|there|which|what|who|one|he|she|i|they|you|nothing|everything|"
    r"something|anyone|everyone|nobody|no one|all|if|when|while|as|because)\b",
    re.I,
)
_AUXILIARIES = re.compile(r"\b(?:is|are|was|were|has|had|will|would|can|could|may|might|shall|do|does|did)\b")
# "Critics say we should …" reports someone else's proposal.
_REPORTING = re.compile(
    r"\b(?:says?|said|argue[sd]?|claim(?:s|ed)?|think|thinks|believe[sd]?|insist(?:s|ed)?|suggest(?:s|ed)?|"
    r"worr(?:y|ies|ied)|fear(?:s|ed)?|warn(?:s|ed)?|propose[sd]?|want(?:s|ed)?)\b",
    re.I,
)
_STATIVE = {
    "be",
    "feel",
    "know",
    "understand",
    "remember",
    "realise",
    "realize",
    "recognise",
    "recognize",
    "accept",
    "see",
    "face",
    "learn",
    "expect",
    "wonder",
    "ask",
    "admit",
    "note",
    "consider",
    "think",
    "believe",
    "bear",
    "keep",
    "have",
    "get",
    "go",
    "come",
    "look",
}
_IRREGULAR = {
    "taken": "take",
    "given": "give",
    "made": "make",
    "held": "hold",
    "brought": "bring",
    "kept": "keep",
    "paid": "pay",
    "sold": "sell",
    "bought": "buy",
    "built": "build",
    "shut": "shut",
    "set": "set",
    "put": "put",
    "cut": "cut",
    "spent": "spend",
    "sent": "send",
    "told": "tell",
    "left": "leave",
    "done": "do",
    "forbidden": "forbid",
    "withdrawn": "withdraw",
    "frozen": "freeze",
    "broken": "break",
    "written": "write",
    "chosen": "choose",
    "driven": "drive",
    "laid": "lay",
    "met": "meet",
}
_TAIL_CUTS = re.compile(
    r"(?:,?\s+(?:in the same way|just as|in an effort to|in order to|so that|so as to|because|since|"
    r"thereby|which|who|whose|whereas|while|as it has|as they have|as we have|rather than|instead of|"
    r"all the while|even if|even though|although|specifically|especially|particularly|including)\b|"
    r",\s+(?:with|except|unless|provided|from|for|if|[a-z]{3,}ing)\b|"
    r"\s+by\s+\w+ing\b|\s+[–—-]{1,2}\s+|(?<=\w)[–—-](?=(?:for|the|a|an|that|which|and|or|but|as|on|to|in|it)\b)|"
    r";|:|\s\().*$",
    re.I,
)

# "the measures that I have proposed" → "the measures": the author's aside, not the proposal.
OWN_RELATIVE = re.compile(
    r"\s+(?:that|which)\s+(?:I|we)\s+(?:have\s+|had\s+|shall\s+|will\s+|am\s+|now\s+)*\w+(?:ed|ing|se|nd)\b",
    re.I,
)
# "explore this bill of rights" → "the bill of rights": in a motion "this" points at nothing.
# Only a determiner: "scrap these at once" keeps its pronoun (resolved or refused later), not "the at once".
_BACK_REFERENCE = re.compile(
    r"\b(?:this|these)\b(?=\s+(?!(?:at|in|on|by|for|with|from|to|of|and|or|but|now|once|too|also|again|"
    r"forthwith|altogether|entirely|completely|outright|immediately|soon|today|here|there)\b)"
    # a noun of kind is all pointer ("claims of this description"): it stays, for the checks to refuse
    r"(?!(?:description|descriptions|kind|kinds|sort|sorts|character|nature|type|types|class|stamp)\b)[a-z])"
)


# What may follow "this"/"these" + one noun without saying which: a preposition other than "of" or a modal.
_NOT_QUALIFYING = re.compile(
    r"^(?:by|from|to|in|on|at|for|with|into|under|over|up|down|off|out|away|back|aside|"
    r"should|must|shall|will|would|may|ought|be|is|are)$",
    re.I,
)
_VERB_AFTER = re.compile(r"^(?:should|must|shall|will|would|may|ought|be|is|are)$", re.I)


@dataclass(frozen=True)
class Recommendation:
    """A sentence that says what should be done, parsed into actor and action."""

    actor: str
    actions: tuple[str, ...]
    negative: bool
    passive: bool = False
    conditional: bool = False
    details: tuple[str, ...] = ()  # qualifications cut from the actions ("with exceptions for …")
    asked: bool = False  # the author asks for it in so many words ("I recommend that …", "I urge …")



def _the_unless_bare(match: re.Match[str]) -> str:
    """ "these agricultural products" → "the agricultural products", but "for these people" at the end keeps
    its pointer (refused later): "the people" alone never says which people."""
    rest = match.string[match.end() :].split()
    if match.group(0) == "these" and (len(rest) == 1 or unqualified_phrase(rest)):
        return match.group(0)  # "these wandering eyebeams": the motion never says which
    # "this property by the Government": one noun, named in the sentences before; "the property" never says
    # which. A plural may read as the kind ("appropriate these surpluses to …"), unless a verb follows.
    follows = rest[1] if len(rest) > 1 else ""
    plural = match.group(0) == "these"
    bare = (_VERB_AFTER if plural else _NOT_QUALIFYING).match(follows)  # at the end: "the budget"
    if rest and rest[0].isalpha() and bare:
        return match.group(0)
    return "the"

def _strip_purpose(text: str) -> str:
    """Drop a leading purpose or condition clause: "To avoid war, the US must …" → "the US must …"."""
    match = re.match(
        r"^(?:to|in order to|if|once|when|unless|after|before|until|with)\b[^,]{3,160},\s*(.+)$",
        text,
        re.I,
    ) or _FRONTED.match(text)
    return match.group(1) if match else text


# A short fronted phrase before the subject: "For all these reasons, the county should …", "In the end, …".
_FRONTED = re.compile(
    r"^(?:for|in|on|at|by|above|from|during|through|within|over|despite|given|beyond|of|like|without)\s+"
    r"(?:[\w'-]+\s+){0,5}[\w'-]+,\s*(?P<rest>(?:the|our|we|every|each|all|[A-Z][\w'-]+)\b.+)$",
    re.I,
)


def base_verb(word: str, known: set[str]) -> str:
    """The base form of a past participle: "sanctioned" → "sanction", "banned" → "ban"."""
    low = word.lower()
    if low in _IRREGULAR:
        return _IRREGULAR[low]
    if low.endswith("ied"):
        return low[:-3] + "y"
    if low.endswith("ed"):
        stem = low[:-2]
        for candidate in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""):
            if candidate and candidate in known:
                return candidate
        if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
            return stem[:-1]
        if stem.endswith(("s", "v", "z", "c", "g", "u", "at", "iz", "ur", "ar")) and not stem.endswith("ss"):
            return stem + "e"
        return stem
    if low.endswith("en") and low[:-1] in known:
        return low[:-1]
    return low


def is_verb_like(word: str, known: set[str]) -> bool:
    """Whether a word can open a verb phrase: a bare verb seen elsewhere as -ing/-ed or known."""
    low = word.lower().strip("'’\"“”")
    if not low.isalpha() or low in STOPWORDS or word[:1].isupper():
        return False
    return low in known


# A goal stated as seeing to a state of things: "we must see (to it) that X", "make sure that X".
_SEE_THAT = re.compile(
    rf"\b(?P<modal>{MODALS})\s+(?:see\s+(?:to\s+it\s+)?|make\s+(?:sure|certain)\s+|take\s+care\s+)that\b",
    re.I,
)
_PROPOSING = re.compile(
    r"^(?:(?:i|we)\b[^,]{0,40}?\b(?:propose|recommend|suggest|urge|offer it to [\w ]+?consideration),?"
    r"\s+that|that)\s+(?P<clause>.+)$",
    re.I,
)


FRAMED_WORDS = 35  # the longest proposal read inside a frame


def parse_recommendation(sentence: str, known_verbs: set[str]) -> Recommendation | None:
    """Parse "ACTOR should VP", "we must VP", "let's VP", "ACTOR must be Ved", imperatives,
    and "I propose that X may/should be Ved"; failing those, the proposal inside a frame ("I would urge X
    to V", "It is time X V-ed", "Nothing short of X will do": `framing.py`), the author's own call."""
    found = _parse_plain(plain_resolve(sentence), known_verbs)
    if found is not None:
        return None if _listed_predicate(sentence, found) else found
    text = strip_openers(sentence).rstrip(".!").strip()
    framed = unframe(text, lambda w: base_verb(w, known_verbs))
    if framed == text or len(framed.split()) > FRAMED_WORDS:
        return None  # a long period inside a frame would word no motion, and would hide a shorter proposal
    found = _parse_plain(framed, known_verbs)
    return replace(found, asked=found.asked or own_frame(text)) if found is not None else None


def _listed_predicate(sentence: str, found: Recommendation) -> bool:
    """Whether an imperative is only a later predicate in a list whose subject was stated before it ("each
    landlord would join a register, pay a modest fee, and give …": not "pay a modest fee")."""
    if found.actor != "we" or not found.actions:
        return False
    verb = found.actions[0].split()[0]
    at = re.search(rf",\s+(?:and\s+|or\s+)?{re.escape(verb)}\b", sentence)
    if at is None or re.search(r"\b(?:we|us|let's)\b", sentence[: at.start()], re.I):
        return False
    return bool(re.search(r"\b(?:would|will|should|must|shall|could|can|may)\s+(?:not\s+)?[a-z]{2,}\b",
                          sentence[: at.start()]))


def _parse_plain(sentence: str, known_verbs: set[str]) -> Recommendation | None:
    """The plain forms of `parse_recommendation`, frames aside."""
    # "If X are serious about Y, they should make it a duty for A to V": "X should require A to V"
    text = _strip_purpose(plain_obligation(strip_openers(sentence))).rstrip(".!").strip()
    if text.endswith("?"):  # "Is it not time we banned X?": the proposal the question asks for
        from bot.drafting.grammar import VERBS  # here: grammar reads this module's callers

        asked = asked_policy(
            text, lambda w: w in VERBS or is_verb_like(w, known_verbs), lambda w: base_verb(w, known_verbs)
        )
        return parse_recommendation(asked, known_verbs) if asked else None
    if len(text.split()) < 3:
        return None
    text = _SEE_THAT.sub(r"\g<modal> ensure that", text)  # "we must see that every family has a home"
    text = plain_modal(text)  # "ought forthwith to establish" → "ought to establish"
    text = one_modal(text)  # "should stop A and should instead V B": one modal for both verbs
    for clause in (after_leadin(text), pronoun_subject(text, known_verbs)):  # "The case is plain: X should V"
        inner = parse_recommendation(clause, known_verbs) if clause else None
        if inner is not None:
            return inner
    conditional = bool(re.match(r"^(?:if|unless|when)\b", sentence.strip(), re.I)) and not flatters(sentence)
    proposal = _PROPOSING.match(text)
    if proposal:  # "… that of the children, already counted, ten may, at a year old, be offered …"
        clause = proposal.group("clause")
        clause = re.sub(r"^(?:of|among|from|for)\b[^,]{3,80},(?:[^,]{3,40},)?\s*", "", clause)
        clause = re.sub(r"\b(may|should|must|shall)\s*,[^,]{1,40},\s*", r"\1 ", clause)
        clause = re.sub(r"\b(?:may|shall)\s+be\b", "should be", clause)
        found = parse_recommendation(clause, known_verbs)
        if found is not None:
            return found
    match = re.match(r"^(?:let'?s|let us)\s+(?P<vp>.+)$", text.replace("’", "'"), re.I)
    if match:
        if discourse_step(match.group("vp")):
            return None  # "let us pass from this part …": a move in the text, not a policy
        return build_recommendation("we", match.group("vp"), False, known_verbs, conditional)
    match = re.match(
        r"^(?:the time has come|it is time|now is the time|it's time)\s+for\s+(?P<actor>.{2,60}?)\s+to\s+"
        r"(?P<vp>.+)$",
        text,
        re.I,
    )
    if match:
        return build_recommendation(match.group("actor"), match.group("vp"), False, known_verbs, conditional)
    match = re.match(  # "The time has come to repeal the act": the House's own act
        r"^(?:the time has (?:now )?come|it is (?:high |now )?time|now is the time|it's time)\s+to\s+"
        r"(?P<vp>.+)$",
        text,
        re.I,
    )
    if match:
        return build_recommendation("we", match.group("vp"), False, known_verbs, conditional)
    match = re.match(
        rf"^(?P<actor>[^,;:]{{2,110}}?)\s+{MODALS}\s+(?P<neg>not\s+|never\s+|no longer\s+)?"
        r"(?P<adv>(?:also|now|immediately|urgently|simply|finally|quickly|at last|instead|first|"
        r"\w+ly\s+(?:or|and)\s+\w+ly)\s+)?"  # "must swiftly or slowly be broken up"
        r"(?P<vp>.+)$",
        text,
        re.I,
    )
    if match and len(match.group("actor")) > 70 and not _QUANTIFIED.match(match.group("actor")):
        match = None  # a long subject only when it names a class: "every firm with more than …"
    if match:
        actor = match.group("actor").strip()
        if re.search(r"\b(?:do|does|did)(?:n't|n’t|\s+not)$", actor, re.I):
            return None  # "we don't have to turn to our history books": no obligation, no proposal
        # ", and education authorities should give them …": another actor's part, not this proposal
        vp = _OTHER_ACTOR.split(match.group("vp"), maxsplit=1)[0]
        vp = _SHARED_MODAL.sub(" and ", vp)  # "submit to this, in order to …: And must cultivate X": two acts
        if _TOLD_TO_KNOW.match(vp):
            return None  # "Now you must know, that the half-pence pass for …": a fact told, not an act asked
        if _NECESSITY.match(vp) or _NECESSITY.match(match.group("adv") or ""):
            return None  # "The food must necessarily be distributed …": a consequence foreseen
        negative = bool(match.group("neg"))
        passive = re.match(
            r"^be\s+(?P<adv>\w+ly\s+)?(?P<verb>[a-z]+(?:ed|en|t)|"
            + "|".join(_IRREGULAR)
            + r")\b\s*(?P<rest>.*)$",
            vp,
            re.I,
        )
        if passive:
            if (
                _AUXILIARIES.search(main_words(actor))  # "the sale … on the day on which wages are paid"
                or _REPORTING.search(main_words(actor))
                or re.fullmatch(r"(?:they|it|he|she|we|you|i|this|that|these|those)", actor, re.I)
                or _CONTENT_CLAUSE.search(actor)  # "The opinion that the lands should be regarded …"
            ):
                return None  # "It is inevitable that they should be moved": a clause, not the thing acted on
            if re.search(r"\b(?:they|it|he|she|this|that|these|those|them)$", actor, re.I):
                return None  # "the laws, aware that these should not be trusted": the subject is a pronoun
            verb = base_verb(passive.group("verb"), known_verbs)
            if not (verb in known_verbs or passive.group("verb").lower() in _IRREGULAR or verb in OBLIGING):
                return None
            rest = _ungapped(passive.group("rest"), known_verbs)
            if rest is None:
                return None
            # "…be reduced now as much as prudence will permit, and expenditures must be reduced accordingly":
            # a second clause with its own subject and modal is not part of this act
            rest = _SECOND_CLAUSE.split(rest, maxsplit=1)[0]
            if rest.lower().startswith("by "):  # the agent goes; "replaced by Y" keeps what replaces it
                if verb in ("replace", "supplant", "supersede"):
                    rest = "with " + rest[3:]
                elif agent := _GOVERNING_AGENT.match(rest):
                    rest = after_agent(rest, agent)  # "by law to keep X": the duty stays
                else:  # "the Government should be represented by a set of exhibits": the House is not the
                    # doer
                    return None
            if _SECOND_PASSIVE.search(rest):
                return None  # "be taken out … and administered on …": the second verb would stay passive
            if duty_lost(verb, rest):
                return None  # "be required by law" with no "to V": whom to require, never what
            if verb == "make" and rest.lower().startswith("to "):
                rest = rest[3:]  # "the worker must be made to see" → "make the worker see"
                actor = _LEAD_ADVERB.sub("", actor)
            adverb = (passive.group("adv") or "").strip()
            particle = re.match(r"^(up|down|off|out|away|back|aside)\b\s*(.*)$", rest, re.I)
            if particle:  # "be broken up" → "break up X", not "break X up"
                verb, rest = f"{verb} {particle.group(1).lower()}", particle.group(2)
            recipient = re.match(r"(?:the|a|an|our|this|these|those|its|their)\s", rest, re.I)
            if verb in _GIVING_PASSIVE and recipient:
                rest = "to " + rest  # "X should be given the bill" (American usage): "give X to the bill"
            action = " ".join(p for p in (adverb, verb, lower_first(actor), rest) if p)
            rec = build_recommendation("it", action, negative, known_verbs, conditional)
            return (
                Recommendation(rec.actor, rec.actions, negative, True, conditional, rec.details)
                if rec
                else None
            )
        if (
            _NOT_ACTORS.match(actor)
            or len(actor.split()) > (16 if _QUANTIFIED.match(actor) else 8)  # "every firm with more than …"
            or _AUXILIARIES.search(actor)
            or _REPORTING.search(actor)
        ):
            return None
        return build_recommendation(actor, vp, negative, known_verbs, conditional)
    # An imperative slogan: "Enough talk – end the mission in X."
    if _THREAT.match(text):
        return None  # "Treat men as pawns, and you shall suffer as well as they": a warning, not a proposal
    for clause in re.split(r"\s+[–—-]{1,2}\s+|,\s+|:\s+", text):
        before = text[: text.find(clause)]
        modal = rf"(?:{_AUXILIARIES.pattern}|{MODALS}|{WEAK_MODALS})"
        if re.search(rf"{modal}(?:\s+[^,;:]{{0,40}})?\s*,(?:[^,]{{0,40}},)?\s*$", before, re.I):
            # "It will, in fact, give X", "X will in the near future, though not at once, produce Y": the verb
            # phrase of a subject and modal, not a command
            break
        if (
            _SUBJECT_BEFORE.search(before) or _opening_subject(text, clause) or _LISTED_SUBJECT.match(before)
            or series_predicate(text, clause)
        ):
            break  # "These laws, as their effect, raise the price": the predicate of a subject, not a command
        words = clause.split()
        negated = _NEGATED_IMPERATIVE.match(clause)
        if negated and before.strip() and clause.lower().startswith("nor "):
            break  # "even though it be turned to no account, nor subserve any end": the clause's own subject
        if negated:  # "Do not raise the fares", "Read not to contradict": never turned positive
            return _negated_command(negated, known_verbs, conditional)
        if len(words) >= 3 and is_verb_like(words[0].lower(), known_verbs):
            if presenting(clause):
                return None  # "Read the language of these eyebeams": shows the reader a passage, asks no act
            return build_recommendation("we", lower_first(clause), False, known_verbs, conditional)
    return None


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
    if not is_verb_like(verb, known) or verb in _STATIVE | STOPWORDS:
        return None
    rest = re.split(r"\s*[;:]\s*", negated.group("rest"), maxsplit=1)[0].strip()
    if len(rest.split()) < 2 or rest.lower().startswith(("to ", "in order", "for ", "nor ")):
        return None
    return build_recommendation("we", f"{verb} {rest}", True, known, conditional)


# Verbs whose passive may keep the recipient without "to": "high priority should be given the school bill".
_GIVING_PASSIVE = frozenset(["give", "grant", "accord", "assign", "allot", "afford", "extend"])


# A subject left before a comma, with no verb of its own: "These laws, …", "but the great majority of our
# citizens, who buy …, …". The verb phrase after it is that subject's predicate (a description), not an
# imperative. A vocative ("My friends, …") is not a subject.
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


# An agent the House can stand for: "… should be repealed by Congress", "… be forbidden by law".
_GOVERNING_AGENT = re.compile(
    r"^by\s+(?:(?:the|our|this|an?|each|every)\s+)?(?:(?:national|federal|general|state|central|local)\s+)?"
    r"(?:law|laws|statute|legislation|act|acts|congress|parliament|legislature|government|governments|state|states"
    r"|nation|public|house|senate|council|executive|treasury|administration|authorities)\b",
    re.I,
)
_GAPPED = re.compile(
    r"^and\s+(?P<object>(?:the|a|an|our|all|their|its|his|her|these|those)\s+(?:[a-z]+\s+){0,2}?[a-z]+)\s+"
    r"(?P<participle>[a-z]+(?:ed|en|t))\b\s*(?P<tail>.*)$",
    re.I,
)


# A second passive verb joined by "and" after the first one's complement: "… from under all military control
# and administered entirely on the civil side": followed by an adverb, a preposition or nothing.
_SECOND_PASSIVE = re.compile(
    r"\band\s+(?:\w+ly\s+)?(?P<participle>[a-z]+(?:ed|en))\b(?=\s*$|\s+(?:\w+ly|in|on|by|from|to|with|at|for|"
    r"under|as|into|through|without)\b)",
    re.I,
)
# A sentence adverb the passive's subject carried in: "Now the worker must be made to see …".
_CONTENT_CLAUSE = re.compile(
    r"\b(?:opinion|view|idea|belief|notion|claim|fact|hope|fear|doctrine|theory|assumption)\s+that\b", re.I)
_QUANTIFIED = re.compile(r"^(?:every|each|all|any|no)\s+[a-z]", re.I)  # a long subject that names a class
_LEAD_ADVERB = re.compile(r"^(?:now|then|so|thus|hence|therefore|also|still|again)\s*,?\s+", re.I)


def _ungapped(rest: str, known: set[str]) -> str | None:
    """What follows a passive's verb, a gapped second passive made active: "[built] and the men trained long
    in advance" → "and train the men long in advance"; None when the gapped verb is not one the House can
    do (the object would be garbled)."""
    gapped = _GAPPED.match(rest)
    if not gapped:
        return rest
    verb = base_verb(gapped.group("participle"), known)
    if verb not in known and gapped.group("participle").lower() not in _IRREGULAR:
        return None
    return " ".join(p for p in ("and", verb, gapped.group("object"), gapped.group("tail")) if p)


def _split_actions(vp: str, known: set[str]) -> list[str]:
    """Split "halt X, withdraw Y, and sanction Z" into its verb phrases; a list of nouns stays whole ("a
    policy of strength, fairness, and balance": once a comma has joined a noun, the list's last item after
    "and" is a noun too, not a new verb)."""
    pieces = re.split(r"(,\s*(?:and\s+|or\s+)?|\s+and\s+(?=\w))", vp)
    actions: list[str] = []
    in_list = False  # the last action already holds a list of nouns joined at a comma
    for i in range(0, len(pieces), 2):
        part, sep = pieces[i].strip(), pieces[i - 1] if i else ""
        words = part.split()
        if actions and len(words) > 2 and words[0].lower() == "to" and is_verb_like(words[1].lower(), known):
            part = " ".join(words[1:])  # "reduce taxation … and to restore the money": a second act
        first = part.split()[0] if part.split() else ""
        closing = in_list and sep.strip(", ") in ("and", "or") and len(part.split()) == 1
        if actions and (closing or not is_verb_like(first, known) or second_duty(actions[-1], sep)):
            in_list = in_list or sep.startswith(",")
            actions[-1] = actions[-1] + sep + part
        elif part:
            in_list = False
            actions.append(part)
    return actions


# "… on which", "… in whom": a relative clause after its preposition belongs to the noun before it.
_PREPOSED_RELATIVE = re.compile(r"\s(?:on|in|at|by|for|from|under|with|during|to|of)$", re.I)
_WHICH = re.compile(r"\s+(?:which|whom)\b")


# A relative clause in the speaker's voice after a noun, up to and with the next comma, or the end: "the
# influence (that) I am about to show they possess, for …", "the reforms which I have named". The noun stays.
_SPEAKERS_RELATIVE = re.compile(
    r"\b(?P<np>(?:the|this|that|these|those)\s+[a-z][\w'-]*)\s+(?:that\s+|which\s+|whom\s+)?I\s+[^,.;:]+(?:,(?=\s))?",
)


_ATTENTION = frozenset(["look", "consider", "think", "remember", "note", "see", "bear", "reflect", "ponder"])
# "look at this matter, and to exert …": an appeal for attention first, then the act asked for.
_ATTENTION_THEN = re.compile(
    r"^(?P<first>\w+)\b[^,;]*,\s*and\s+(?P<to>to\s+)?(?P<act>\w+)\b(?P<rest>.*)$", re.I
)


def _after_attention(vp: str, known: set[str]) -> str:
    """The act in an appeal that opens with a call for attention ("look at this matter, and (to) exert your
    influence …" → "exert your influence …"); the verb phrase unchanged otherwise."""
    found = _ATTENTION_THEN.match(vp)
    if found is None or found.group("first").lower() not in _ATTENTION:
        return vp
    act = found.group("act")
    marked = bool(found.group("to")) and act.isalpha() and act.islower()  # "and to exert": "to" marks a verb
    if not (marked or is_verb_like(act, known)) or act.lower() in _STATIVE | STOPWORDS:
        return vp
    return act + found.group("rest")


# A conditional imperative said to a person: "Do X, and you shall suffer", "Lend freely, or your heart will
# harden": the imperative states a condition whose consequence follows; the author proposes nothing. ("Abolish
# the duty, and the poor will eat better" names a policy's good effect and stays a proposal.)
_THREAT = re.compile(
    r"^[^;:?]{3,160}?,?\s+(?:and|or)\s+(?:you|thou|ye|he|she|your\s+\w+|his\s+\w+)\s+"
    r"(?:shall|shalt|will|wilt|must|may)\s", re.I)
# A second conjunct with its own subject and modal, in the active: ", and education authorities should give
# them …". The first conjunct is the proposal; the second is someone else's part in it.
_OTHER_ACTOR = re.compile(
    r",\s+(?:and|but)\s+(?:the\s+|our\s+|all\s+|local\s+)?[a-z]+(?:\s+[a-z]+){0,2}\s+"
    r"(?:must|should|shall|ought\s+to|will\s+have\s+to)\s+(?!be\b)[a-z]+\b",
)
# The same subject's second act after its modal again: "V X, in order to …: And must V Y".
_SHARED_MODAL = re.compile(
    r"(?:,\s*in\s+order\s+to\s+[^,:;]{3,80})?\s*[,:;]\s*and\s+(?:must|should|ought\s+to)\s+(?=[a-z])", re.I
)
_TOLD_TO_KNOW = re.compile(
    r"^(?:know|understand|remember|observe|note|recollect|be assured|be told|be informed|learn)"
    r"\s*,?\s+that\b",
    re.I,
)
_NECESSITY = re.compile(
    r"^(?:necessarily|inevitably|unavoidably|needs|of necessity|infallibly|undoubtedly|doubtless|"
    r"certainly)\b",
    re.I,
)
_SECOND_CLAUSE = re.compile(
    r",?\s+(?:and|but)\s+(?:the\s+|our\s+|all\s+)?[a-z]+(?:\s+[a-z]+)?\s+(?:must|should|shall|ought\s+to|will)\s+be\b",
    re.I)
# "keep the expenditures of the year within the limits of its receipts": "keep" with an object and a bound
# is an act ("keep in mind", "keep silent" are not).
_KEEP_BOUND = re.compile(
    r"^keep\s+(?:the|our|all|every|public|national|federal)\s+[^,;]{2,60}?\s+(?:within|under|below|out\s+of)\s+"
    r"(?:the|its|their|our|a)\b", re.I)


def build_recommendation(
    actor: str, vp: str, negative: bool, known: set[str], conditional: bool
) -> Recommendation | None:
    """A recommendation from its actor and verb phrase: actions split, qualifying tails cut off."""
    vp = verb_aside(_after_attention(OWN_RELATIVE.sub("", vp.strip().rstrip(".!")), known))
    first = vp.split()[0].lower() if vp.split() else ""
    if not first or (first in _STATIVE and not _KEEP_BOUND.match(vp)) or first in STOPWORDS or first == "let":
        return None
    # "exert the influence I am about to show they possess, for …": the aside goes, its comma with it
    vp = _SPEAKERS_RELATIVE.sub(r"\g<np>", vp)
    if re.search(r"\b(?:I|me|my|myself)\b", vp):  # the author's own doings are not a motion
        return None
    cleaned, details = [], []
    for action in _split_actions(vp, known):
        cut = _TAIL_CUTS.search(action)
        if cut and _PREPOSED_RELATIVE.search(action[: cut.start()]) and _WHICH.match(cut[0]):
            cut = None  # "on the day on which wages are paid": a cut there leaves "… on"
        if cut:
            tail = cut.group(0).strip(" ,;:–—-()")
            if len(tail.split()) >= 3:
                details.append(tail)
            action = action[: cut.start()]
        action = _BACK_REFERENCE.sub(_the_unless_bare, action.strip(" ,"))
        if len(action.split()) >= 2:
            cleaned.append(action)
    if not cleaned:
        return None
    return Recommendation(
        actor.strip(), tuple(cleaned), negative, conditional=conditional, details=tuple(details)
    )
