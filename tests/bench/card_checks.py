"""Reading a scorecard the way a coach would: advice whose premise the speech contradicts.

`contradictions(card, motion)` lists every tip or praise on a card that the card's own analyses
(its `extras["analyses"]` details, its key-point lists, its quoted sentences) or a plain reading
of the quoted sentence show to be false: "never states the side" beside a stated side, "weigh"
after weighing, "answer X" when X is answered, "tie this back" quoting a sentence that carries a
key point. The cards bench counts them; the tests assert on single classes. This module checks
the card only: it never imports the scorer's analyses, so it cannot agree with them by
construction.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from bot.motions import Motion
from bot.scoring import Scorecard

# What a speech does, read from a sentence by plain cues written for these checks.
_STATES_SIDE = re.compile(
    r"\b(?:i|we)(?: (?:on|in) (?:the )?(?:proposition|opposition|government)(?: bench)?,?)?"
    r"(?: (?:are|am|stand|rise))?(?: (?:proud|here|glad|pleased))?(?: to)?"
    r" (?:support|oppose|propose|reject|back|defend|argue (?:for|against))(?:s|ing)? (?:this|the) motion\b"
    r"|\b(?:this house|we) (?:should|must) (?:not )?\w+",
    re.IGNORECASE,
)
_MAPS = re.compile(
    r"\b(?:two|three|four|2|3|4) (?:main |key |central )?(?:arguments|points|reasons|issues|parts|strands"
    r"|questions|claims|contentions)\b"
    r"|\bi will (?:make|give|argue|show|explain)\b|\bfirst(?:ly)?,? .{5,120}\bsecond(?:ly)?\b",
    re.IGNORECASE,
)
_WEIGHS = re.compile(
    r"\b(?:outweigh|more important|matters? more|larger|bigger|greater|worse|irreversible"
    r"|impossible to (?:reverse|undo)|more likely|even if|on balance)\w*",
    re.IGNORECASE,
)
_GIVES_REASON = re.compile(r"\b(?:because|since|which means|so that|therefore|as a result|leads? to)\b",
                           re.IGNORECASE)
_HAS_FACT = re.compile(r"\d|\b(?:in|since) (?:1[89]|20)\d\d\b")
_DEFINES = re.compile(r"^\W*(?:by [\w\s]{2,40}(?:we|i) mean|we define|(?:let me|i will|we will) define"
                      r"|for the purposes? of this debate)", re.IGNORECASE)
_QUOTED = re.compile(r"“([^”]+?)(?: …)?”")

# Advice that fits any speech: it never earns a place among a card's priorities.
GENERIC_ADVICE = re.compile(
    r"^(?:keep doing this|keep every argument pointing back|prefer short, concrete words|nothing to add"
    r"|keep building each claim|close each argument by saying|go deeper on your strongest"
    r"|take on the \w+'s strongest argument)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Problem:
    """One piece of advice that the card's own reading of the speech contradicts."""

    rule: str
    where: str
    text: str


def sentences(text: str) -> list[str]:
    """The speech split into sentences, roughly (enough for cue checks)."""
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+", " ".join(text.split())) if s.strip()]


def shown_steps(card: Scorecard) -> list[tuple[str, str]]:
    """(where, text) of every next step the rendered card shows."""
    coaching = card.to_json().get("coaching")
    if coaching:
        chosen = [coaching.get("fix_first"), *coaching.get("next", [])]
        return [(f"priority/{c['criterion']}", c["text"]) for c in chosen if c]
    return [(f"next/{c.name}", c.next_step) for c in card.criteria if c.next_step]


def shown_praise(card: Scorecard) -> list[tuple[str, str]]:
    """(where, text) of every strength the rendered card quotes."""
    praise = [(f"good/{c.name}", c.strength) for c in card.criteria if "“" in c.strength]
    strongest = (card.to_json().get("coaching") or {}).get("strongest")
    if strongest:
        praise.append((f"strongest/{strongest['criterion']}", strongest["text"]))
    return praise


def _quote(text: str) -> str:
    found = _QUOTED.search(text)
    return found.group(1).strip() if found else ""


def _is_sentence(quote: str, candidates: list[str]) -> bool:
    """Whether a (possibly shortened) quote is one of `candidates`, also shortened quotes."""
    quote = quote.rstrip(" …")
    return bool(quote) and any(c.rstrip(" …").startswith(quote[:60]) or quote.startswith(c.rstrip(" …")[:60])
                               for c in candidates if c)


def _details(card: Scorecard, analysis: str) -> dict:
    return ((card.extras.get("analyses") or {}).get(analysis) or {}).get("details") or {}


def _quotes(card: Scorecard, analysis: str) -> list[str]:
    return [q.strip("“”").rstrip(" …") for q in ((card.extras.get("analyses") or {}).get(analysis) or {})
            .get("quotes", [])]


def contradictions(card: Scorecard, motion: Motion, speech: str) -> list[Problem]:
    """Every shown tip or praise whose premise the speech, as the card reads it, contradicts."""
    return list(_step_problems(card, speech)) + list(_praise_problems(card, motion))


def _step_problems(card: Scorecard, speech: str) -> Iterator[Problem]:
    said = sentences(speech)
    opening = said[:3]
    sign = 1 if card.side == "prop" else -1
    side, structure = _details(card, "side"), _details(card, "structure")
    states = (side.get("declared", 0) * sign > 0 and structure.get("opening", False)) or any(
        _STATES_SIDE.search(s) for s in opening)
    maps = structure.get("roadmap", False) or any(_MAPS.search(s) for s in said[:4])
    weighs = _details(card, "impact").get("weighing", 0) > 0 or any(
        _WEIGHS.search(s) and not _DEFINES.search(s) and "we mean" not in s.lower() for s in said)
    made_or_answered = [q.strip("“”") for q in (card.extras.get("point_sentences") or {}).values()]
    for where, text in shown_steps(card):
        low = text.lower()
        quote = _quote(text)
        if states and ("states the side outright" in low or "saying plainly that you" in low
                       or "open by stating your side" in low):
            yield Problem("side_statement", where, text)
        if maps and ("name the two or three arguments" in low or "arguments you will make" in low):
            yield Problem("roadmap", where, text)
        if weighs and (low.startswith("compare: say why") or "weigh explicitly" in low):
            yield Problem("weighing", where, text)
        if low.startswith("answer the") and any(text.endswith(p) for p in card.opposing_answered):
            yield Problem("answered_point", where, text)
        if low.startswith("add the point") and any(text.endswith(p) for p in card.key_points_made):
            yield Problem("made_point", where, text)
        if structure.get("conclusion") and low.startswith("end with a one-sentence summary"):
            yield Problem("conclusion", where, text)
        if structure.get("signposts", 0) >= 2 and low.startswith("signpost each argument"):
            yield Problem("signposts", where, text)
        if _details(card, "clarity").get("address_per_100", 0) >= 2 and low.startswith("speak to the room"):
            yield Problem("address", where, text)
        if quote and "tie this back" in low and _is_sentence(quote, made_or_answered):
            yield Problem("cuts_an_argument", where, text)
        if quote and ("back this claim" in low or "make this specific" in low) and (
                _HAS_FACT.search(quote) or _is_sentence(quote, _quotes(card, "evidence"))):
            yield Problem("asks_evidence_of_evidence", where, text)
        if quote and low.startswith("say why this is true") and _GIVES_REASON.search(quote):
            yield Problem("asks_reason_of_reason", where, text)


def _praise_problems(card: Scorecard, motion: Motion) -> Iterator[Problem]:
    framing = [motion.info_slide, *motion.definitions.values()]
    framing_words = [set(re.findall(r"[a-z]{3,}", f.lower())) for f in framing if f]
    for where, text in shown_praise(card):
        quote = _quote(text)
        if not quote:
            continue
        said = set(re.findall(r"[a-z]{3,}", quote.lower()))
        copies = any(len(said & f) >= 0.7 * len(said) for f in framing_words if said)
        if ("weighs the stakes" in text.lower() or "names what is at stake" in text.lower()) and (
                copies or _DEFINES.search(quote)):
            yield Problem("praises_framing", where, text)
        own_view = re.search(r"\b(?:we|i|our)\b", quote, re.IGNORECASE) and re.search(
            r"\b(?:support|oppose|propose|proud|motion|should|must|beg|urge|ask|wish|want|call)\b", quote,
            re.IGNORECASE)
        normative = re.search(r"\b(?:should|must|ought to|it is time to)\b", quote, re.IGNORECASE)
        stated = _STATES_SIDE.search(quote) or own_view or normative
        if text.lower().startswith("states the side") and not stated:
            yield Problem("praises_no_side", where, text)


def generic_priorities(card: Scorecard) -> list[str]:
    """Steps the card shows that would fit any speech."""
    return [text for _, text in shown_steps(card) if GENERIC_ADVICE.search(text)]


def missing_length_priority(card: Scorecard) -> bool:
    """A speech under half the target length whose card does not lead with that."""
    low, _ = card.extras.get("target_words", (450, 900))
    words = card.extras.get("word_count", 0)
    if not words or words >= low / 2 or "too_short" in card.flags or card.flags:
        return False
    steps = shown_steps(card)
    return not steps or "words" not in steps[0][1]
