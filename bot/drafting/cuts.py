"""Whether a drafted motion was cut short of what its source sentence goes on to say.

Read in the source sentence itself, not from lists of words: a definite noun whose complement the
source goes on with ("the encouragement which it deserves"), a motion that opens on the tail of an
introductory phrase or stops inside a coordinated list, and a claim cut before its point
(`truncation.py`), or one that ends where the source's own clause does not (`boundaries.py`).
`cut_problem(motion, source)` names the cut, or is None when the motion is whole.
"""

from __future__ import annotations

import re

from bot.drafting.boundaries import boundary_problem
from bot.drafting.dashes import dash_problem
from bot.drafting.grammar import DANGLING, FINITE, VERBS, tokens
from bot.drafting.truncation import truncation_problem

# Words that open the complement a definite noun was completed with: "the encouragement which it deserves",
# "the power to tax", "the duty of giving".
_COMPLEMENT_OPENERS = frozenset(["which", "that", "who", "whom", "whose", "of", "to", "where", "whereby",
                                 "wherein", "for"])


def _tokens(text: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.%$]*|[,;:.!?()—–]", text)]


# Words that may stand before a clause's first word without belonging to an introductory phrase.
_JOINERS = frozenset(
    ["and", "but", "so", "yet", "or", "for", "nor", "now", "then", "thus", "that", "if", "when"]
)
_MOTION_BODY = re.compile(r"^This House (?:would|believes that|opposes|supports|regrets|prefers)\s+")


def _find(words: list[str], within: list[str]) -> int:
    """Where a run of tokens first occurs in another, or -1."""
    n = len(words)
    return next((k for k in range(len(within) - n + 1) if within[k : k + n] == words), -1)


def _opening_cut(motion: str, source: str) -> str | None:
    """A motion whose first words, up to a comma, are the end of a longer phrase in the source: "things, good
    policy is to be used …" from "Above all things, good policy …"."""
    if not motion.startswith("This House believes that "):
        return None  # a policy's body opens on its verb, worded anew
    body = _tokens(_MOTION_BODY.sub("", motion))
    comma = body.index(",") if "," in body[1:4] else -1
    if comma < 1:
        return None
    source_words = _tokens(source)
    k = _find(body[: comma + 1], source_words)
    if k > 0 and source_words[k - 1].isalpha() and source_words[k - 1] not in _JOINERS:
        return (f"opens on '{' '.join(body[:comma])},', the tail of the phrase '{source_words[k - 1]} "
                f"{' '.join(body[:comma])}' in the essay: cut at a comma")
    return None


_LIST_WORDS = frozenset(["and", "or", "nor"])
_CLAUSE_SUBJECTS = frozenset(["it", "they", "we", "he", "she", "i", "you", "this", "there"])
# What opens an exception set off after an object: ", apart from reading", ", except on Sundays".
_EXCEPTING = frozenset(
    ["apart", "except", "save", "aside", "excepting", "excluding", "bar", "barring", "other"])


def _list_cut(motion: str, source: str) -> str | None:
    """A motion that stops inside a coordinated list the source goes on with: "a policy of strength, fairness"
    from "a policy of strength, fairness, and balance"; "a policy of strength" from "… of strength, fairness,
    and balance"."""
    said = _tokens(_MOTION_BODY.sub("", motion))
    tail = said[-3:]
    source_words = _tokens(source)
    k = _find(tail, source_words) if len(tail) == 3 else -1
    if k < 0:
        return None
    after = source_words[k + 3 : k + 12]
    if not after or after[0] not in ("," , *_LIST_WORDS):
        return None
    last_item = said[len(said) - said[::-1].index(",") :] if "," in said else []
    if last_item and (last_item[0] in _EXCEPTING or last_item[0] == "not"):
        # "abolish homework, apart from reading, and give …": an exception, not a list item; "a discipline,
        # not a feeling, and …": a contrast
        last_item = []
    joined = after[1:3] if after[0] == "," else after[:2]
    if len(joined) == 2 and joined[0] in _LIST_WORDS and joined[1] in _CLAUSE_SUBJECTS:
        return None  # "…, and it is the one you will most need": a new clause, not the list's next item
    if 0 < len(last_item) <= 3 and (after[0] in _LIST_WORDS or (after[1:2] and after[1] in _LIST_WORDS)):
        return "stops inside a list ('…, X' and the essay goes on with 'and …'): cut mid-list"
    # "of strength" + ", fairness, and balance": one to three words between commas, then "and"/"or"
    rest = after[1:] if after[0] == "," else []
    for n in range(1, 4):
        items = rest[:n]
        closes = len(rest) > n + 1 and (
            (rest[n] == "," and rest[n + 1] in _LIST_WORDS) or (rest[n] in _LIST_WORDS and n <= 2)
        )
        nouns = all(w.isalpha() and w not in _LIST_WORDS and w not in VERBS for w in items)
        # ", this year, and find the money": a time set off, then the second act; no list item
        when = len(items) == 2 and items[0] in ("this", "next", "every") and items[1] in _PERIODS
        if closes and nouns and items[0] not in _JOINERS and not when:
            return "stops before the rest of a list the essay goes on with: cut mid-list"
    return None


_RELATIVES = frozenset(["which", "that", "who", "whom", "whose", "where", "whereby", "wherein"])
_PERIODS = frozenset(["year", "month", "week", "term", "session", "spring", "summer", "autumn", "winter"])


def _demonstrative_cut(motion: str, source: str) -> str | None:
    """A motion ending in a noun phrase opened by "those" or "these" ("the elimination of those new forms of
    crime") where the source goes straight on with the restrictive clause that says which ("… which came from
    the illegal traffic in liquor"): the clause is what gives the demonstrative its meaning."""
    said = _tokens(_MOTION_BODY.sub("", motion))
    tail = said[-6:]
    at = max((k for k, w in enumerate(tail) if w in ("those", "these")), default=-1)
    if at < 0 or any(w in FINITE or w in ("," , "and", "or") for w in tail[at + 1 :]):
        return None
    source_words = _tokens(source)
    end = said[-3:]
    k = _find(end, source_words)
    after = source_words[k + len(end) : k + len(end) + 1] if k >= 0 else []
    if after and after[0] in _RELATIVES:
        return (f"'{' '.join(tail[at:])}' stops before the clause that says which ('{after[0]} …'): the "
                "demonstrative points at nothing the motion holds")
    return None


def cut_problem(motion: str, source: str) -> str | None:
    """Whether the motion ends where its source sentence went on completing the last noun: a definite noun
    ("the encouragement", "the great duty") after which the source, with no punctuation between, goes on with
    the clause or phrase that said which one ("… the encouragement which it so well deserves"). The cut
    point is read in the source sentence itself, not from a list of nouns. None when the end is whole.
    Also refused: a claim cut short of its point (`truncation.py`), a motion that opens on the tail of an
    introductory phrase ("things, good policy is …" from
    "Above all things, good policy is …") and one that stops inside a coordinated list (see `_list_cut`)."""
    opening = (_opening_cut(motion, source) or _list_cut(motion, source) or _demonstrative_cut(motion, source)
               or truncation_problem(motion, source) or boundary_problem(motion, source)
               or dash_problem(motion, source))
    if opening:
        return opening
    said = tokens(motion)
    if len(said) < 3:
        return None
    lowered = [w.lower() for w in said]
    # the motion's last noun phrase: "the" and a bare noun; a modifier ("the present laws") already says which
    head = len(lowered) - 2
    if lowered[head] != "the" or lowered[-1] in DANGLING:
        return None
    tail = lowered[head + 1 :]
    source_words = _tokens(source)
    for k in range(len(source_words) - len(tail), 0, -1):
        if source_words[k : k + len(tail)] == tail:
            after = source_words[k + len(tail) : k + len(tail) + 1]
            if after and after[0] in _COMPLEMENT_OPENERS:
                return (f"ends on 'the {' '.join(said[head + 1 :])}', which the essay completes with "
                        f"'{after[0]} …': the noun's complement was cut off")
            return None
    return None
