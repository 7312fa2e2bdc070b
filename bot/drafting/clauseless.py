"""Claims with no main clause of their own, whatever path produced them.

Three shapes: a sentence-opening "For" (the conjunction, "because") kept after "believes that" ("for good
thoughts yet, towards men, are little better than good dreams"), where the verb either has no comma-free
subject before it or follows a comma straight after the fronted words; a verbless exclamation, a noun phrase
and a "when" clause ("changed times when we should sit all night, beside the fire"); and a "that" clause cut
before its verb ("it must not be imagined that a walking tour"). `clauseless_problem(words, body)` names the
shape, or is None. A fourth: a noun of content and the "that" clause it holds, with no verb of its own
("the danger that the present course of civilisation will destroy the beauty of life").
"""

from __future__ import annotations

import re

from bot.drafting.grammar import ARCHAIC_FINITE, DETERMINERS, FINITE, MODALS, finite_at

_AUXILIARIES = FINITE | MODALS | ARCHAIC_FINITE
# Nouns an exclamation names before its "when": "changed times when …", "happy days when …".
_EXCLAIMED = frozenset(["times", "days", "age", "ages", "world", "hour", "hours", "years", "moment",
                        "moments", "sight", "spectacle", "state", "pass"])
_SUBORDINATORS = frozenset(["when", "where", "whereby", "wherein", "while"])
# A "that" clause opened by a determiner: its noun phrase is the subject, and a verb must follow it.
_CLAUSE_OPENERS = DETERMINERS - frozenset(["that", "this", "these", "those"])


def _conjunction_for(words: list[str], body: str, verbs: frozenset[str]) -> str | None:
    """ "for X are Y": "for" the conjunction, the reason for a claim the motion does not hold."""
    if words[0].lower() != "for":
        return None
    verb = next((i for i, w in enumerate(words) if w.lower() in _AUXILIARIES), -1)
    plain = [w for w in words[1:] if "'" not in w and "’" not in w]  # "man's" is a possessive here
    if verb < 0 and "," in body and finite_at(plain, verbs) < 0:  # "for ill, to man's nature"
        return "opens on 'for' and holds no verb: a piece of a longer period"
    if verb < 2:
        return None
    before = body[: re.search(r"\b" + re.escape(words[verb]) + r"\b", body).start()]  # type: ignore[union-attr]
    # "for good thoughts yet, towards men, are …": the verb follows a comma straight after the fronted words
    glued = re.search(r",\s*(?:[a-z]+\s+){0,3}[a-z]+\s*,\s*$|,\s*$", before, re.I)
    bare = "," not in before and len(before.split()) <= 5 and words[1].lower() not in (
        "a", "an", "the", "every", "all", "most", "many", "some", "each", "any", "this", "our")
    if glued or bare:
        return "opens on 'for', the conjunction: the reason for a claim the motion does not hold"
    return None


def _exclamation(words: list[str]) -> str | None:
    """ "changed times when we should sit …": a noun phrase and a "when" clause, no main verb."""
    lowered = [w.lower() for w in words]
    at = next((i for i, w in enumerate(lowered[:5]) if w in _SUBORDINATORS), -1)
    if at < 1 or lowered[at - 1] not in _EXCLAIMED or any(w in _AUXILIARIES for w in lowered[:at]):
        return None
    return f"'{' '.join(words[:at])} {words[at]} …' is an exclamation with no main verb: not a claim"


def _that_without_verb(words: list[str], verbs: frozenset[str]) -> str | None:
    """ "it must not be imagined that a walking tour": the last "that" opens a clause with no verb."""
    lowered = [w.lower() for w in words]
    at = max((i for i, w in enumerate(lowered) if w == "that"), default=-1)
    if at < 2 or at + 1 >= len(words) or lowered[at + 1] not in _CLAUSE_OPENERS:
        return None
    rest = words[at + 1 :]
    if any(w.lower() in _AUXILIARIES for w in rest) or finite_at(rest, verbs) >= 0:
        return None
    return f"'that {' '.join(rest)}' stops before its verb: a broken piece of a sentence"


def clauseless_problem(words: list[str], body: str, verbs: frozenset[str]) -> str | None:
    """Why a belief motion's words hold no main clause of their own, or None."""
    if len(words) < 3:
        return None
    return (_conjunction_for(words, body, verbs) or _exclamation(words) or _that_without_verb(words, verbs)
            or _content_noun_alone(words))


# Nouns whose "that" clause says what they hold: "the danger that …", "the hope that …".
_CONTENT_NOUNS = frozenset(["danger", "fear", "hope", "fact", "idea", "belief", "notion", "claim", "risk",
                            "chance", "likelihood", "prospect", "thought", "view", "suggestion",
                            "possibility", "certainty", "assurance", "news", "rumour", "rumor", "dread",
                            "expectation"])


def _content_noun_alone(words: list[str]) -> str | None:
    """ "the danger that the present course of civilisation will destroy the beauty of life": a noun and the
    "that" clause it holds, with no verb of its own after them (one auxiliary in all, the clause's, and no
    word in -s after its verb that could be the main verb)."""
    lowered = [w.lower() for w in words]
    if len(lowered) < 5 or lowered[0] != "the" or "that" not in lowered[1:4]:
        return None
    at = lowered.index("that", 1)
    if lowered[at - 1] not in _CONTENT_NOUNS:
        return None
    auxiliaries = [k for k in range(at + 1, len(lowered)) if lowered[k] in _AUXILIARIES]
    if len(auxiliaries) != 1:
        return None  # none to go by, or a second verb ("the fear that prices will rise is overblown")
    # a word in -s after the clause's verb may be the main verb ("… will reopen keeps the town alive")
    if any(w.endswith("s") and not w.endswith("ss") for w in lowered[auxiliaries[0] + 2 :]):
        return None
    return f"'{' '.join(words[:at + 1])} …' holds a clause but no verb of its own: not a claim"

