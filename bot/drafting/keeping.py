"""Proposals to keep things as they are: "keep the pool open", "the library must stay", "we must not let them
close the park".

A call to keep, preserve or undo is a proposal like any other, but its verbs look like something else:
"keep" is mostly an idiom ("keep in mind", "keep quiet"), "stay" and "remain" mostly describe ("the shop stays
open until nine"), and "let" mostly asks leave. Here the readings that ask an act:
- `keeps_thing`: "keep" with a thing as its object, alone or with the state it is kept in ("keep the lido
  open", "keep the green belt", "keep fares as they are"); not "keep in mind", "keep the peace";
- `stay_as_keep`: a thing that must stay or remain, bare or in a state ("the post office must stay (open)")
  → "keep the post office (open)";
- `unlet`: "(not) let them close X", "(not) allow them to close X" → "close X": the act let happen or not.
"""

from __future__ import annotations

import re

# What a thing is kept in or as: open, running, free, where it is.
_STATE = (
    r"(?:open|running|going|free|public|local|alive|intact|unchanged|safe|staffed|funded|available|"
    r"in\s+(?:place|service|use|operation|public\s+hands|business)|where\s+(?:it|they)\s+(?:is|are|stands?)|"
    r"as\s+(?:it|they)\s+(?:is|are|stands?))"
)
# Objects of "keep" that make an idiom, not a thing kept: "keep the peace", "keep an eye on", "keep our word".
_IDIOM_OBJECTS = (
    r"(?:peace|faith|promises?|word|eyes?|pace|track|count|watch|score|secrets?|calm|heads?|minds?|distance|"
    r"change|record|books|silence|quiet|touch|time|company|order|guard|step|house|hold|grip|tabs|balance|"
    r"lid|lights?|receipts?|notes?|diary|flag|fingers?|spirits?|temper|cool|wolf)"
)
_KEEP_THING = re.compile(
    r"^(?:keep|preserve|retain|maintain)\s+(?P<np>(?:the|our|their|its|this|that|these|those|every|all|each|"
    r"both|[A-Z][\w'-]*)\b(?:\s+[\w'-]+){0,6}?)"
    rf"(?:\s+{_STATE}\b.*|\s+(?:for|at|on|in|within|across|throughout|from)\b.*|\s*)$",
)
# The state or place a thing must stay in, after "stay" or "remain" ("stay open", "remain where it is").
_STAY = re.compile(
    rf"^(?:stay|remain)(?:\s+(?P<state>{_STATE}|put))?(?P<rest>(?:\s+(?:all|every|on|in|at|for|until|"
    r"throughout|after|beyond|seven)\b.*)?)$",
    re.I,
)
# Who is let: a pronoun or a short noun phrase, then the act let happen ("let them close", "allow the council
# to sell off").
_LET = re.compile(
    r"^(?:let|allow|permit)\s+(?P<who>them|it|anyone|anybody|others|(?:the|our|this|that|any)\s+[\w'-]+"
    r"(?:\s+[\w'-]+){0,2}?)\s+(?:to\s+)?"
    # "let it happen", "let this go", "let it continue": no act to oppose, only a course of events
    r"(?P<act>(?!(?:to|happen|go|pass|continue|stand|slip|drift|rest|lie|be)\b)[a-z]+\b.*)$",
    re.I,
)


def keeps_thing(vp: str) -> bool:
    """Whether "keep" (or "preserve", "retain", "maintain") in a verb phrase asks to keep a thing ("keep the
    lido open", "keep our libraries"), not an idiom ("keep in mind", "keep the peace", "keep quiet")."""
    match = _KEEP_THING.match(vp.strip().rstrip(".!"))
    if match is None:
        return False
    words = match.group("np").split()
    return not any(re.fullmatch(_IDIOM_OBJECTS, w, re.I) for w in words) and not re.fullmatch(
        r"(?:it|them|up|on|in|out|off|away|going|quiet|silent|calm)", words[0], re.I
    )


def stay_as_keep(actor: str, vp: str, negative: bool = False) -> tuple[str, bool] | None:
    """A thing that must stay or remain, as the act of keeping it ("the pool must stay open all year" → "keep
    the pool open all year"); a thing that must not close, as closing it opposed ("the pool must not close" →
    "close the pool", negative). None when the subject is no thing (a person or "we"), or the verb phrase says
    more than a state ("remain a problem")."""
    text = vp.strip().rstrip(".!")
    if not re.match(_DEFINITE, actor, re.I):
        return None  # "Museums must remain free", "Teachers must stay": the subject's case stays as written
    thing = actor[0].lower() + actor[1:]
    closing = _CLOSE.match(text)
    if closing is not None:  # "must not close / shut (down) / disappear"
        if not negative:
            return None
        return " ".join(w for w in ("close", thing, closing.group("rest").strip()) if w), True
    match = _STAY.match(text)
    if match is None or negative:
        return None
    state = match.group("state") or ""
    if state.lower() == "put":
        state = ""
    return " ".join(w for w in ("keep", thing, state, match.group("rest").strip()) if w), False


_DEFINITE = r"^(?:The|Our|Their|Its|This|That|These|Those)\b"
# A thing's closing, intransitive: "the pool must not close", "… shut down", "… be allowed to close".
_CLOSE = re.compile(
    r"^(?:be\s+allowed\s+to\s+)?(?:close|shut|disappear|vanish|go)(?:\s+(?:down|for\s+good))?"
    r"(?P<rest>(?:\s+(?:in|on|at|this|next|after|before)\b.*)?)$",
    re.I,
)


# A refusal to let something happen, in any modal: "we cannot let them …", "we can't allow the board to …",
# "we will not let …": the same call as "we must not let them …".
# Only the author's side refuses: "the council will not allow the market to open" reports a refusal.
_REFUSED_LET = re.compile(
    r"\b(?P<who>we|I|you)\s+(?:simply\s+|really\s+|just\s+|surely\s+)?(?:cannot|can\s+not|can['’]t|will\s+not|"
    r"won['’]t|must\s+never|should\s+never|can\s+never|dare\s+not)\s+(?=(?:let|allow|permit)\s)",
    re.I,
)


def refused_let(text: str) -> str:
    """ "We cannot let them close the pool" → "We must not let them close the pool" (a refusal to let, by the
    author's side)."""
    return _REFUSED_LET.sub(lambda m: f"{m.group('who')} must not ", text)


def unlet(vp: str) -> str | None:
    """The act let happen in "let them close the pool" or "allow the board to sell the field" → "close the
    pool", "sell the field"; None when the verb phrase does not open with "let" (or "allow") and someone."""
    match = _LET.match(vp.strip())
    if match is None or _IDLE_COURSE.fullmatch(match.group("act")):
        return None  # "let the old ways go": the subject's last word taken for a verb, and a course of events
    return match.group("act")


_IDLE_COURSE = re.compile(r"[\w'-]+\s+(?:go|happen|pass|continue|stand|slip|drift|rest|lie|be)", re.I)
