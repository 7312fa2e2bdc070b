"""Where a clause cut out of a longer period may end: where the source's own clause ends.

Read in the source sentence (see `cuts.cut_problem`). A cut is refused when the source goes on, past at
most one aside between commas, with the verb the motion's last clause was waiting for ("… that a walking
tour, as some would have us fancy, is merely …"); when it stops before the last item of a list (", and
advices,"); when a participle tail that points back at the motion's own words changes what it says
("…, looking at that only"); and when it is one short item of a series of counsels separated by semicolons.
`boundary_problem(motion, source)` names the cut, or is None.
"""

from __future__ import annotations

import re

from bot.drafting.conditions import condition_problem
from bot.drafting.cues import SCHEDULE_WORDS
from bot.drafting.grammar import ARCHAIC_FINITE, FINITE, MODALS, OCCASIONS, VERBS

_AUXILIARIES = FINITE | MODALS | ARCHAIC_FINITE
_BODY = re.compile(r"^This House (?:would|believes that|opposes|supports|regrets|prefers)\s+")
_PUNCT = frozenset([",", ";", ":", ".", "!", "?", "(", ")", "—", "–"])
_BACK_POINTERS = frozenset(["that", "this", "it", "them", "these", "those", "only", "alone"])


def _tokens(text: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.%$]*|[,;:.!?()—–]", text)]


def _after(said: list[str], source: list[str]) -> list[str] | None:
    """What the source says after the motion's last three words (their last match), or None."""
    tail = said[-3:]
    for k in range(len(source) - len(tail), -1, -1):
        if source[k : k + len(tail)] == tail:
            return source[k + len(tail) :]
    return None


def _last_clause_verbless(said: list[str], limit: int = 5) -> bool:
    """Whether the few words (at most `limit`) after the motion's last "that"/"which"/"when" hold no
    auxiliary."""
    at = max((i for i, w in enumerate(said) if w in ("that", "which", "when", "whether", "if")), default=-1)
    rest = said[at + 1 :] if at >= 0 else said
    return 0 < len(rest) <= limit and not any(w in _AUXILIARIES for w in rest)


def _before_verb(said: list[str], after: list[str]) -> bool:
    """The source goes on, straight or past one aside between commas, with a finite verb."""
    if after[:1] and after[0] in _AUXILIARIES:
        return True
    if after[:1] != [","]:
        return False
    close = next((i for i in range(1, min(len(after), 13)) if after[i] in _PUNCT), -1)
    if close <= 1 or after[close] != "," or close + 1 >= len(after):
        return False
    rest = after[close + 1 :]
    hedged = False
    while rest[:2] == ["no", "doubt"] or (rest[:1] and rest[0] in _ADVERBS):  # ", no doubt constitutes"
        rest, hedged = (rest[2:] if rest[0] == "no" else rest[1:]), True
    if not rest:
        return False
    # after a hedge ("no doubt", "indeed") a word in -s can only be the verb; bare, it must be a known verb
    return rest[0] in _AUXILIARIES or _third_person(rest[0]) or (hedged and rest[0].endswith("s")
                                                                   and not rest[0].endswith("ss"))


_ADVERBS = frozenset(["also", "therefore", "thus", "indeed", "certainly", "surely", "still", "now", "then"])


def _third_person(word: str) -> bool:
    """ "constitutes", "makes", "carries": a verb's present third person, read from the verb list."""
    return word.endswith("s") and (word[:-1] in VERBS or (word.endswith("es") and word[:-2] in VERBS))


def _list_left(after: list[str]) -> bool:
    """ ", and advices, …": one more item of the list, then punctuation."""
    if len(after) < 3 or after[0] != "," or after[1] not in ("and", "or", "nor"):
        return False
    return after[2].isalpha() and after[2] not in VERBS and (len(after) == 3 or after[3] in _PUNCT)


def _pointing_tail(after: list[str]) -> bool:
    """ ", looking at that only": a participle whose phrase points back at the motion's own words."""
    if len(after) < 3 or after[0] != "," or not after[1].endswith("ing") or after[1] in _LIMITING:
        return False  # (", keeping only the glasshouses closed" limits the act; its "only" is its own)
    phrase = []
    for w in after[2:]:
        if w in _PUNCT:
            break
        phrase.append(w)
    return len(phrase) <= 5 and any(w in _BACK_POINTERS for w in phrase)


# What may follow a comma where a top-level clause ends: a conjunction, a relative or an aside's opener.
_CLAUSE_JOINS = frozenset([
    "and", "but", "or", "nor", "for", "yet", "so", "while", "whilst", "whereas", "because", "since", "though",
    "although", "if", "unless", "as", "which", "who", "whom", "whose", "where", "when", "than", "not",
    "until", "till", "lest", "even", "that", "however", "therefore", "indeed", "then", "now", "in", "at",
    "by", "with", "without", "to", "after", "before", "on", "upon", "from", "under", "through",
])
# What may follow the cut with no comma and still leave the motion a clause of its own.
_BETWEEN = frozenset(["then", "also", "so", "not", "never", "thus", "therefore", "still", "yet"])
_STRAIGHT_JOINS = frozenset(["because", "since", "if", "unless", "when",
                             "whenever", "while", "though", "although", "lest", "until", "till", "whereas"])
_CLAUSE_ENDS = frozenset([".", ";", ":", "!", "?", ")", "(", "—", "–"])


_OCCASIONS = [occasion.split() for occasion in OCCASIONS]


def _occasion(after: list[str]) -> bool:
    """The source goes on only with the occasion it is said on ("refuse the licence" + "tonight."), which
    `fitting.without_occasion` leaves out of a motion."""
    return any(after[: len(o)] == o and (len(after) == len(o) or after[len(o)] in _CLAUSE_ENDS)
               for o in _OCCASIONS)


def _mid_clause(after: list[str]) -> bool:
    """The source goes on inside the same clause: no punctuation at the cut ("the tariff" + "on wool"), or a
    comma and then a participle or a bare word that continues it (", making it possible …")."""
    if not after or after[0] in _CLAUSE_ENDS or _occasion(after):
        return False
    if after[0] in ("and", "or", "nor", "but"):  # "… repair the culvert and rebuild the weir": a second
        # predicate may be left out, not a second object ("the confidence and respect of labor")
        verb = after[1] in VERBS and after[2:3] != ["of"]  # "respect of labor": a noun
        return len(after) > 1 and not (verb or after[1] in _AUXILIARIES or after[1] in _BETWEEN)
    if after[0] != ",":
        return after[0] not in _STRAIGHT_JOINS
    nxt = after[1] if len(after) > 1 else ""
    return nxt.isalpha() and nxt not in _CLAUSE_JOINS and nxt.endswith(("ing", "ed"))


# Participles that limit an act rather than give its result: ", keeping only a charge for lost books".
_LIMITING = frozenset(["keeping", "retaining", "sparing", "exempting", "excluding", "excepting", "saving",
                       "reserving", "preserving"])
_ASIDE_PREPOSITIONS = frozenset(
    ["on", "at", "by", "for", "from", "under", "with", "to"]
)


def _how_aside(said: list[str], after: list[str]) -> bool:
    """A proposal ("X should V …") cut before a participle's aside on how it is done (", printed on the label
    and added at the till"): the proposal is whole without it (`actions.TAIL_CUTS` cuts the same)."""
    # ", starting with the busiest routes": where to begin, an aside on how as well
    begun = len(after) > 2 and after[1] in ("starting", "beginning") and after[2] in ("with", "from", "in")
    # ", running every hour from midnight": when it runs, an aside on how as well
    begun = begun or (len(after) > 2 and after[1].endswith("ing") and after[2] in SCHEDULE_WORDS)
    # ", keeping only a replacement charge for lost books": a participle that limits the act, cut from a
    # policy motion the same way (", making it possible to balance the budget" gives its point: not cut)
    begun = begun or (len(after) > 2 and after[1] in _LIMITING)
    return (
        any(w in ("should", "must") for w in said)
        and len(after) > 2 and ((after[1].endswith("ed") and after[2] in _ASIDE_PREPOSITIONS) or begun)
    )


def _counsel_item(said: list[str], source: str) -> bool:
    """One short item of a series of counsels: "give easy access" from "For delays: give easy access; keep
    times appointed; …"."""
    items = [_tokens(part) for part in re.split(r"[;:]", source)]
    return len(items) >= 3 and len(said) <= 4 and any(item == said for item in items)


def _passive_source(said: list[str], after: list[str]) -> bool:
    """Whether the motion was made active from a passive call, so the essay's clause goes on with the verb
    the motion already holds: "scrap the tests at eleven" from "The tests at eleven should be scrapped …"."""
    if len(after) < 3 or after[0] not in ("should", "must", "ought", "shall") or "be" not in after[:4]:
        return False
    participle = after[after.index("be") + 1] if after.index("be") + 1 < len(after) else ""
    return any(len(w) >= 3 and participle.startswith(w[: max(3, len(w) - 1)]) for w in said[:4])


def boundary_problem(motion: str, source: str) -> str | None:
    """Why a motion cut from its source ends where the source's clause does not, or None."""
    said = _tokens(_BODY.sub("", motion))
    if len(said) < 2:
        return None
    if _counsel_item(said, source):
        return "one short item of a series of counsels: it governs nothing the motion holds"
    if said[-2:] == ["the", "us"]:  # the motion's "the US" for the source's "the United States"
        said = [*said[:-1], "united", "states"]
    after = _after(said, _tokens(source))
    if not after or _passive_source(said, after):
        return None
    if not motion.startswith("This House believes that ") and condition_problem(after):
        return condition_problem(after)
    believed = motion.startswith("This House believes that ")
    if believed and _mid_clause(after) and not _how_aside(said, after):
        return "ends inside a clause the essay goes on with: a cut must end where the source's clause ends"
    # past an aside the subject may be longer ("this immense network of railways connected together, …, no
    # doubt constitutes …"); straight before the verb, only a short one is surely its subject
    if _before_verb(said, after) and _last_clause_verbless(said, 8 if after[0] == "," else 5):
        return "cut before its own verb: the essay's clause goes on to say what the motion only names"
    if _list_left(after):
        return "stops before the last item of a list the essay goes on with: cut mid-list"
    if _pointing_tail(after):
        return (f"cut before ', {after[1]} …', a tail that points back at the motion's words and changes "
                "what it says")
    return None
