"""Proposals: sentences that say what should be done, parsed into actor and actions.

The parts live in their own modules: `recommendation.py` (the result), `actions.py` (the verb phrase into
acts), `passives.py` ("X should be Ved"), `imperatives.py` (commands), `subjects.py` (who may act),
`baseforms.py` (verb base forms and the everyday verbs a command may open with), `challenges.py` ("If X
means what she says, she will V": X should V; a warning of harm is no proposal).
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.drafting.actions import OWN_RELATIVE, TAIL_CUTS, build_recommendation, house_verbs
from bot.drafting.asking import asked_policy
from bot.drafting.baseforms import base_verb, is_verb_like
from bot.drafting.challenges import challenge, foretells_harm, granted_for_argument
from bot.drafting.cues import MODALS
from bot.drafting.discourse import discourse_step
from bot.drafting.framing import one_modal, own_frame, plain_resolve, unframe
from bot.drafting.imperatives import PLACE_BEFORE, imperative, plain_order
from bot.drafting.keeping import refused_let, stay_as_keep, unlet
from bot.drafting.leadins import after_leadin, plain_modal, pronoun_subject
from bot.drafting.obligations import flatters, plain_obligation
from bot.drafting.passives import PASSIVE, passive_recommendation
from bot.drafting.periods import subject_aside
from bot.drafting.petitions import petitioned
from bot.drafting.recommendation import Recommendation
from bot.drafting.subjects import AUXILIARIES, NOT_ACTORS, QUANTIFIED, REPORTING
from bot.drafting.suggestions import suggested
from bot.drafting.wording import can_be_called_on, head_noun, lower_first, strip_openers

__all__ = [
    "OWN_RELATIVE",
    "Recommendation",
    "base_verb",
    "build_recommendation",
    "is_verb_like",
    "parse_recommendation",
]


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


# A measure commended in the passive: "A winter timetable with two crossings a day is recommended (by …)".
_COMMENDED = re.compile(
    r"^(?P<measure>(?:a|an|the|this|our)\s+[^,;:]{3,100}?)\s+(?:is|are)\s+(?:(?:therefore|strongly|also|now|"
    r"hereby|warmly)\s+)?(?:recommended|advised|commended)(?:\s+by\s+[^,;:]{3,80})?$",
    re.I,
)

FRAMED_WORDS = 35  # the longest proposal read inside a frame


def parse_recommendation(sentence: str, known_verbs: set[str]) -> Recommendation | None:
    """Parse "ACTOR should VP", "we must VP", "let's VP", "ACTOR must be Ved", imperatives,
    and "I propose that X may/should be Ved"; failing those, the proposal inside a frame ("I would urge X
    to V", "It is time X V-ed", "Nothing short of X will do": `framing.py`), the author's own call."""
    if granted_for_argument(strip_openers(sentence)):
        return None  # "If this ground were tenable, we should find …": a reductio, not a call
    dared = challenge(strip_openers(sentence))  # "If X means what she says, she will V": X should V
    if dared is not None:
        found = _parse_plain(dared, known_verbs)
        if found is not None:  # the author's own dare, as plain as a request
            return replace(found, asked=True, conditional=False)
    found = _parse_plain(plain_resolve(sentence), known_verbs)
    if found is not None and found.actor.lower() == "we" and _RELAYED.match(found.actions[0]):
        # "We have to tell Congress it's time to V": the call relayed is Congress's act, not ours
        relayed = unframe(strip_openers(sentence).rstrip(".!").strip(), lambda w: base_verb(w, known_verbs))
        found = _parse_plain(relayed, known_verbs) or found
    if found is not None:
        return None if _listed_predicate(sentence, found) else found
    if foretells_harm(strip_openers(sentence)):
        return None  # "If the council closes the library, the village will lose …": a warning, not a call
    text = strip_openers(sentence).rstrip(".!").strip()
    framed = unframe(text, lambda w: base_verb(w, known_verbs), lambda w: w in known_verbs)
    framed = petitioned(framed) or framed  # "… petition Parliament for the repeal of X": Parliament's act
    tail = TAIL_CUTS.search(framed)  # ", running every hour …": a detail, cut from the act anyway
    if framed == text or len((framed[: tail.start()] if tail else framed).split()) > FRAMED_WORDS:
        return None  # a long period inside a frame would word no motion, and would hide a shorter proposal
    found = _parse_plain(framed, known_verbs)
    return replace(found, asked=found.asked or own_frame(text)) if found is not None else None


# An act of passing a call on: "tell Congress (it's time) to V", "urge the council to V".
_RELAYED = re.compile(
    r"^(?:tell|urge|ask|remind|press|implore|beg|call\s+(?:up)?on)\s+\S.*\bto\s+[a-z]", re.I)


def _hardship(modal: str, actor: str, vp: str) -> bool:
    """ "X have to / need to V" said of someone no proposal calls on, doing what no House does: what they
    must put up with, not what the author asks of them."""
    words = vp.split()
    return (bool(re.fullmatch(r"(?:has|have|needs?)\s+to", modal, re.I)) and not can_be_called_on(actor)
            and bool(words) and words[0].lower() not in house_verbs())


def _listed_predicate(sentence: str, found: Recommendation) -> bool:
    """Whether an imperative is only a later predicate in a list whose subject was stated before it ("each
    landlord would join a register, pay a modest fee, and give …": not "pay a modest fee"; "men sink into
    indolence, lose all the enjoyment of life, …", which the parse reads as told, not ordered)."""
    if found.actor != "we" or not found.actions:
        return False
    from bot.drafting.parse import told_not_ordered  # here: the parser's module reads the grammar lists

    verb = found.actions[0].split()[0]
    at = re.search(rf",\s+(?:and\s+|or\s+)?(?P<verb>{re.escape(verb)})\b", sentence)
    if at is None or re.search(r"\b(?:we|us|let's)\b", sentence[: at.start()], re.I):
        return False
    return bool(re.search(r"\b(?:would|will|should|must|shall|could|can|may)\s+(?:not\s+)?[a-z]{2,}\b",
                          sentence[: at.start()])) or told_not_ordered(sentence, at.start("verb"))


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
    if len(text.split()) < 3 or PLACE_BEFORE.match(strip_openers(sentence)):
        return None  # too short, or "On his right, spread out the savannahs": a scene, its verb first
    text = _SEE_THAT.sub(r"\g<modal> ensure that", text)  # "we must see that every family has a home"
    text = suggested(text)  # "the council could simply repair the roof" → "the council should repair …"
    text = plain_modal(text)  # "ought forthwith to establish" → "ought to establish"
    text = refused_let(text)  # "we cannot let them close it" → "we must not let them close it"
    text = one_modal(text)  # "should stop A and should instead V B": one modal for both verbs
    text = subject_aside(text)  # "the ordinance, passed long ago, ought to be repealed"
    # "The case is plain: X should V", "It is time it did the same: restore the service"
    for clause in (after_leadin(text, known_verbs), pronoun_subject(text, known_verbs)):
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
    commended = _COMMENDED.match(text)
    if commended:  # "A winter timetable … is recommended by the engineers": the House would adopt it
        return build_recommendation("we", "adopt " + lower_first(commended.group("measure")), False,
                                    known_verbs | {"adopt"}, conditional)
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
        rf"^(?P<actor>[^,;:]{{2,110}}?)\s+(?P<modal>{MODALS})\s+(?P<neg>not\s+|never\s+|no longer\s+)?"
        r"(?P<adv>(?:also|now|immediately|urgently|simply|finally|quickly|at last|instead|first|"
        r"\w+ly\s+(?:or|and)\s+\w+ly)\s+)?"  # "must swiftly or slowly be broken up"
        r"(?P<vp>.+)$",
        text,
        re.I,
    )
    if (match and len(match.group("actor")) > 70 and not QUANTIFIED.match(match.group("actor"))
            and not (PASSIVE.match(match.group("vp")) and _NOUN_PHRASE_OPENING.match(match.group("actor")))):
        match = None  # a long subject only when it names a class, or is the thing acted on: "The laws
        # which at present restrain … ought to be repealed"
    if match:
        actor = _ACTOR_ADVERB.sub("", match.group("actor").strip())  # "the council really ought to"
        if re.search(r"\b(?:do|does|did)(?:n't|n’t|\s+not)$", actor, re.I):
            return None  # "we don't have to turn to our history books": no obligation, no proposal
        # ", and education authorities should give them …": another actor's part, not this proposal
        vp = _OTHER_ACTOR.split(match.group("vp"), maxsplit=1)[0]
        vp = _SHARED_MODAL.sub(" and ", vp)  # "submit to this, in order to …: And must cultivate X": two acts
        if _hardship(match.group("modal"), actor, vp):
            return None  # "the children who walk have to squeeze between bumpers": a hardship, not a call
        if _TOLD_TO_KNOW.match(vp):
            return None  # "Now you must know, that the half-pence pass for …": a fact told, not an act asked
        if _NECESSITY.match(vp) or _NECESSITY.match(match.group("adv") or ""):
            return None  # "The food must necessarily be distributed …": a consequence foreseen
        negative = bool(match.group("neg"))
        if negative and unlet(vp):  # "we must not let them close the pool": the author opposes closing it
            vp = unlet(vp) or vp
        kept = stay_as_keep(actor, vp, negative)
        if kept is not None:  # "the pool must stay open": keep it; "the pool must not close": closing opposed
            return build_recommendation("we", kept[0], kept[1], known_verbs, conditional)
        passive = PASSIVE.match(vp)
        if passive:
            return passive_recommendation(actor, passive, negative, known_verbs, conditional)
        if (
            NOT_ACTORS.match(actor)
            or len(actor.split()) > (16 if QUANTIFIED.match(actor) else 8)  # "every firm with more than …"
            or AUXILIARIES.search(actor)
            or REPORTING.search(actor)
            or _SUBORDINATE_SUBJECT.search(actor)
            or _foretold(actor, vp)
        ):
            return None  # … or "the hope of cooperation must remain dim": a state foretold, not an act asked
        return build_recommendation(actor, vp, negative, known_verbs, conditional)
    # An imperative slogan: "Enough talk – end the mission in X."; "Do the right thing and V": V
    return imperative(plain_order(text), known_verbs, conditional)


# An "actor" that ends a main clause and opens a subordinate one: "the people commit blunder on blunder when
# they (have to choose …)": the modal is the subordinate clause's, and no one is asked to do anything.
_SUBORDINATE_SUBJECT = re.compile(
    r"\s(?:when|whenever|if|unless|because|while|whilst|although|though|since|until|once)\s+\S+$", re.I)


# A state an abstraction must stay in or come to ("must remain dim", "will prove illusory"): no act.
_FORETOLD_STATE = re.compile(r"^(?:remain|stay|become|prove|seem|appear|grow|continue)\b", re.I)
# The head of such an abstraction: a hope, a prospect, a result, or a noun of quality or process.
_ABSTRACT = re.compile(
    r"^(?:hopes?|prospects?|chances?|outlook|future|dangers?|risks?|results?|outcomes?|consequences?|effects?"
    r"|peace|progress|truth|prosperity|liberty|freedom|power)$"
    # a noun of quality or process, not a body of people ("the union", "the nation", "the community")
    r"|^(?!(?:union|nation|population|federation|corporation|association|institution|organi[sz]ation|coalition"
    r"|generation|opposition|administration|commission|congregation|community|university|authority|charity"
    r"|municipality|majority|minority|society|government|parliament|department|management)s?$)"
    r"\w+(?:ion|ity|ness|ance|ence|ment|ism)s?$",
    re.I)


def _foretold(actor: str, vp: str) -> bool:
    """ "The hope of cooperation must remain dim": an abstraction in a state to come, no body's act."""
    abstract = bool(_ABSTRACT.search(head_noun(actor)))
    return bool(_FORETOLD_STATE.match(vp)) and abstract and not can_be_called_on(actor)


# How a long subject named as the thing acted on opens: a determiner, never a preposition ("Out of the
# discussion … some measure ought to be perfected").
_NOUN_PHRASE_OPENING = re.compile(
    r"(?:the|a|an|all|every|any|each|such|those|these|this|that|our|their|its|his|her|no)\s", re.I)
# An adverb between the subject and its modal: "the council really ought to", "the board surely must".
_ACTOR_ADVERB = re.compile(
    r"(?<=\w)\s+(?:really|surely|clearly|simply|certainly|plainly|obviously|therefore|now|also|still|"
    r"honestly|frankly)$",
    re.I,
)
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
