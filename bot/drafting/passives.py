"""Passive proposals: "X should be repealed" → the House would repeal X."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.drafting.actions import TAIL_CUTS, build_recommendation
from bot.drafting.baseforms import IRREGULAR, base_verb
from bot.drafting.duties import OBLIGING, after_agent, duty_lost
from bot.drafting.leadins import main_words
from bot.drafting.recommendation import Recommendation
from bot.drafting.subjects import AUXILIARIES, CONTENT_CLAUSE, REPORTING
from bot.drafting.wording import head_noun, lower_first

# "be (widely) repealed …" after the modal: the participle, and what follows it.
PASSIVE = re.compile(
    r"^be\s+(?P<adv>\w+ly\s+)?(?P<verb>[a-z]+(?:ed|en|t)|"
    + "|".join(IRREGULAR)
    + r")\b\s*(?P<rest>.*)$",
    re.I,
)


def passive_recommendation(
    actor: str, passive: re.Match[str], negative: bool, known: set[str], conditional: bool
) -> Recommendation | None:
    """ "ACTOR should be Ved REST" as the House's act "V ACTOR REST"; None when the subject is no thing acted
    on or the verb is not one the House can do."""
    if (
        AUXILIARIES.search(main_words(actor))  # "the sale … on the day on which wages are paid"
        or REPORTING.search(main_words(actor))
        or re.fullmatch(r"(?:they|it|he|she|we|you|i|this|that|these|those)", actor, re.I)
        or CONTENT_CLAUSE.search(actor)  # "The opinion that the lands should be regarded …"
    ):
        return None  # "It is inevitable that they should be moved": a clause, not the thing acted on
    if re.search(r"\b(?:they|it|he|she|this|that|these|those|them)$", actor, re.I):
        return None  # "the laws, aware that these should not be trusted": the subject is a pronoun
    verb = base_verb(passive.group("verb"), known)
    if not (verb in known or passive.group("verb").lower() in IRREGULAR or verb in OBLIGING):
        return None
    rest = _ungapped(passive.group("rest"), known)
    if rest is None:
        return None
    # "…be reduced now as much as prudence will permit, and expenditures must be reduced accordingly":
    # a second clause with its own subject and modal is not part of this act
    rest = _SECOND_CLAUSE.split(rest, maxsplit=1)[0]
    rest = rest.split(";", maxsplit=1)[0]  # "…; and I state the proposition thus baldly": the author's aside
    if rest.lower().startswith("by "):  # the agent goes; "replaced by Y" keeps what replaces it
        if verb in ("replace", "supplant", "supersede"):
            rest = "with " + rest[3:]
        elif agent := _GOVERNING_AGENT.match(rest):
            rest = after_agent(rest, agent)  # "by law to keep X": the duty stays
        else:  # "the Government should be represented by a set of exhibits": the House is not the
            # doer
            return None
    tail = TAIL_CUTS.search(rest)  # ", with reading encouraged but never marked": a qualification, cut later
    second = _SECOND_PASSIVE.search(rest[: tail.start()] if tail else rest)
    if second:  # "be scrapped, and replaced with X" → "scrap X and replace them with …"
        rest = _second_act(rest, second, actor, known)
        if rest is None:
            return None  # "be taken out … or administered on …": the second verb would stay passive
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
    if verb in _GIVING_PASSIVE and recipient and _receives(actor):
        # "Every pensioner should be given a free bus pass": the subject is who receives it
        given = f"{verb} {_object_of(rest)} to {lower_first(actor)}{_tail_of(rest)}"
        found = build_recommendation("it", given, negative, known, conditional)
        return replace(found, passive=True) if found else None
    if verb in _GIVING_PASSIVE and recipient:
        rest = "to " + rest  # "a hearing should be given the bill" (older usage): "give … to the bill"
    subject = lower_first(actor)
    if re.search(r"\b(?:I|me|my)\b", subject):
        return None  # "I hold it to be unkind that the orphans …": the author's frame, not the thing acted on
    defined = _DEFINING_RELATIVE.search(subject)  # "the laws which restrain …": the clause says which laws
    action = " ".join(p for p in (adverb, verb, _SUBJECT if defined else subject, rest) if p)
    rec = build_recommendation("it", action, negative, known, conditional)
    if rec is None:
        return None
    actions = tuple(a.replace(_SUBJECT, subject) for a in rec.actions)
    return Recommendation(rec.actor, actions, negative, True, conditional, rec.details)


# A relative clause with no comma before it, inside a passive's subject: it defines the thing acted on, so
# no cut of the act may fall inside it; the subject stands in the act as one word while the act is cut.
_DEFINING_RELATIVE = re.compile(r"(?<=[a-z])\s+(?:which|that|who|whom|whose)\s+(?=[a-z])", re.I)
_SUBJECT = "thesubjectnamed"


# Verbs whose passive may keep the recipient without "to": "high priority should be given the school bill".
_GIVING_PASSIVE = frozenset(["give", "grant", "accord", "assign", "allot", "afford", "extend"])
# What is given, not who receives it, as the subject of "be given the bill" (the older usage).
_GIVEN_THINGS = frozenset([
    "hearing", "consideration", "attention", "priority", "support", "preference", "effect", "force",
    "encouragement", "aid", "assistance", "protection", "time", "precedence", "weight", "notice", "scope",
    "room", "place", "power", "powers", "authority", "money", "funds", "funding", "credit", "relief",
    "sanction", "approval", "assent"])
# Where the given thing ends and a phrase about the whole act begins: "the rights to sports days from 2026".
_TAIL = re.compile(r"\s+(?=(?:from|by|within|until|before|after|in)\s)")


def _receives(actor: str) -> bool:
    """Whether the subject of "X should be given Y" is who receives Y (people, firms, every child), not the
    thing given ("a hearing", "priority")."""
    words = [w.lower() for w in re.findall(r"[A-Za-z'-]+", actor)]
    return bool(words) and words[-1] not in _GIVEN_THINGS


def _object_of(rest: str) -> str:
    """The thing given, up to a phrase about the whole act."""
    return _TAIL.split(rest, maxsplit=1)[0]


def _tail_of(rest: str) -> str:
    """What follows the thing given ("from 2026"), with its space, or ""."""
    parts = _TAIL.split(rest, maxsplit=1)
    return f" {parts[1]}" if len(parts) > 1 else ""


# An agent the House can stand for: "… should be repealed by Congress", "… be forbidden by law".
_GOVERNING_AGENT = re.compile(
    r"^by\s+(?:(?:the|our|this|an?|each|every)\s+)?(?:(?:national|federal|general|state|central|local)\s+)?"
    r"(?:law|laws|statute|legislation|act|acts|congress|parliament|legislature|government|governments|state|states"
    r"|nation|public|house|senate|council|executive|treasury|administration|authorities)\b",
    re.I,
)
_GAPPED = re.compile(
    r"^,?\s*and\s+(?P<object>(?:the|a|an|our|all|their|its|his|her|these|those)\s+(?:[a-z]+\s+){0,2}?[a-z]+)\s+"
    r"(?P<participle>[a-z]+(?:ed|en|t))\b\s*(?P<tail>.*)$",
    re.I,
)


# A second passive verb joined by "and" or "or" after the first one's complement: "… from under all military
# control and administered entirely on the civil side", "[hated] or blamed for it": followed by an adverb, a
# preposition or nothing.
_SECOND_PASSIVE = re.compile(
    r"\b(?:and|or)\s+(?:\w+ly\s+)?(?P<participle>[a-z]+(?:ed|en)|[a-z]*(?:built|sold|kept|sent|spent|lent|made|paid|"
    r"held|set|run|cut|put|shut|split|bought|brought|taught|left|laid))\b(?=\s*$|\s+(?:\w+ly|in|on|by|from|to|with|at|for|"
    r"under|as|into|through|without)\b)",
    re.I,
)
# A sentence adverb the passive's subject carried in: "Now the worker must be made to see …".
_LEAD_ADVERB = re.compile(r"^(?:now|then|so|thus|hence|therefore|also|still|again)\s*,?\s+", re.I)
_SECOND_CLAUSE = re.compile(
    r",?\s+(?:and|but)\s+(?:the\s+|our\s+|all\s+)?[a-z]+(?:\s+[a-z]+)?\s+(?:must|should|shall|ought\s+to|will)\s+be\b",
    re.I)


def _second_act(rest: str, second: re.Match[str], actor: str, known: set[str]) -> str | None:
    """`rest` with a second participle of the same subject made a second act ("…, and replaced with X" →
    "… and replace them with X"), or None when it is joined by "or" or is no verb the House can do."""
    participle = second.group("participle")
    verb = base_verb(participle, known)
    if not second.group(0).lower().lstrip(", ").startswith("and") or not (
            verb in known or participle.lower() in IRREGULAR):
        return None
    from bot.drafting.grammar import PERSONS  # here: grammar reads the modules that read this one

    head = head_noun(actor).lower()
    plural = head.endswith("s") and not head.endswith("ss")
    pronoun = "them" if plural or head in PERSONS else "it"  # "a girl …, and held to …": "hold them to …"
    lead = rest[: second.start()].rstrip(" ,")
    return f"{lead} and {verb} {pronoun}{rest[second.end():]}"


def _ungapped(rest: str, known: set[str]) -> str | None:
    """What follows a passive's verb, a gapped second passive made active: "[built] and the men trained long
    in advance" → "and train the men long in advance"; None when the gapped verb is not one the House can
    do (the object would be garbled)."""
    gapped = _GAPPED.match(rest)
    if not gapped:
        return rest
    verb = base_verb(gapped.group("participle"), known)
    if verb not in known and gapped.group("participle").lower() not in IRREGULAR:
        return None
    return " ".join(p for p in ("and", verb, gapped.group("object"), gapped.group("tail")) if p)
