"""Claims cut short of their point: the source sentence goes on where the motion stopped.

Five shapes, read in the source sentence itself (see `cuts.cut_problem`):
- a coordinated predicate that shares the claim's subject: "the courts are confined to their first form"
  from "… confined to their first form, and are now not adequate to the wants of the country" (the point is
  in the predicate left out);
- a comparison period ("so … that …", "such … that …") cut mid-way: "X is so far advanced" when the source
  goes on ", that Y", or "X is so far advanced, that Y" when it goes on "; and Z", the second half of
  the consequence;
- one item of a parallel series, the same opening repeated after the semicolon ("to spend too much time in
  studies is sloth; to use them too much for ornament, is affectation; …");
- an announcement cut before what it announces: "there is only one wish realisable on the earth" from "…; only
  one thing that can be perfectly attained: Death" (the point comes after the semicolon or colon);
- a concession before its "but": "the demand for equal rights is just and fair" from "…; but, after all, the
  most vital right is …" (the author grants the first half to make the second; the thesis is after "but").
"""

from __future__ import annotations

import re

from bot.drafting.grammar import FINITE

_BELIEF = "This House believes that "
# Adverbs that may stand between the conjunction and the shared predicate's verb: ", and are now not …".
_BETWEEN = frozenset(["now", "still", "yet", "also", "so", "thus", "therefore", "then", "often", "always",
                      "never", "not", "even", "already", "moreover", "further", "too", "indeed"])
# Words that announce what a sentence goes on to name: "there is only one wish …: Death", "this much is:".
_ANNOUNCER = re.compile(
    r"\b(?:only|but|just)\s+(?:one|two|three)\b|\bone\s+(?:thing|way|course|wish|rule|remedy)\b|\bthis\s+much\b"
    r"|\bthe\s+following\b|\bas\s+follows\b|\b(?:two|three|four)\s+things\b|\bthe\s+only\s+(?:one|thing)\b",
    re.I)
_CORRELATIVE = re.compile(r"\b(?:so|such)\s+(?!that\b|as\b|far as\b|long as\b)[a-z]", re.I)


def _tokens(text: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.%$]*|[,;:.!?()—–]", text)]


def _after(body: list[str], source: list[str]) -> list[str] | None:
    """What the source says after the motion's last words (the last match), or None when they are not
    found there."""
    tail = body[-4:]
    n = len(tail)
    for k in range(len(source) - n, -1, -1):
        if source[k : k + n] == tail:
            return source[k + n :]
    return None


def _predicate_cut(after: list[str]) -> bool:
    """ ", and are now not adequate …": "and", then a finite verb with no subject of its own."""
    rest = after[1:] if after[:1] == [","] else after
    if not rest or rest[0] != "and":  # ", but does not impair …" qualifies a claim already whole
        return False
    k = 1
    while k < len(rest) and rest[k] in _BETWEEN:
        k += 1
    return k < len(rest) and rest[k] in FINITE and len(rest) > k + 1


_ACT_MODALS = frozenset(["ought", "should", "must", "shall"])


def _second_act(body: str, after: list[str]) -> bool:
    """ "the law ought to forbid X, and ought to limit Y": a proposal that goes on to a second act of its own
    is whole without it."""
    rest = [w for w in after if w not in (",", "and")]
    return bool(rest) and rest[0] in _ACT_MODALS and bool(re.search(r"\b(?:should|must|ought|shall)\b", body))


def _correlative_cut(body: str, after: list[str]) -> str | None:
    """A "so … that" period cut before its consequence or in the middle of it."""
    found = _CORRELATIVE.search(body)
    if found is None:
        return None
    rest = after[1:] if after[:1] in ([","], [";"]) else after
    if " that " not in body[found.end() :] + " ":
        if rest[:1] in (["that"], ["as"]):
            return f"'{found.group(0)}…' stops before the 'that …' the comparison leads to: cut mid-way"
        return None
    if after[:1] in ([";"], [","], [":"]) and rest[:1] in (["and"], ["but"], ["nor"]) and len(rest) > 3:
        return "'so … that …' stops after the first half of its consequence: half a period"
    return None


# What turns a granted first half to the author's point: "; but", "; yet", "— but", ", but after all".
_CONCEDED_TURN = frozenset(["but", "yet", "still", "nevertheless", "however"])
_AFTER_ALL = (["after", "all"], ["at", "bottom"], ["in", "truth"], ["in", "the", "end"])


def _concession_cut(after: list[str]) -> str | None:
    """A claim the source goes on to turn against: "X is just; but, after all, Y": the first half granted."""
    if len(after) < 4 or after[1] not in _CONCEDED_TURN:
        return None
    rest = [w for w in after[2:8] if w != ","]
    if after[0] in (";", ":", "—", "–") or (
        after[0] == "," and after[1] == "but" and any(rest[: len(t)] == list(t) for t in _AFTER_ALL)
    ):
        return (f"the first half of a concession ('…{after[0]} {after[1]} …'): the essay grants it to make "
                "the point that follows, so it is not the author's thesis")
    return None


def truncation_problem(motion: str, source: str) -> str | None:
    """Why a belief motion stops short of its source sentence's point, or None."""
    if not motion.startswith(_BELIEF):
        return None
    body = motion[len(_BELIEF) :]
    after = _after(_tokens(body), _tokens(source))
    if not after or after[:1] in (["."], ["!"], ["?"]):
        return None
    if _predicate_cut(after) and not _second_act(body, after):
        return "stops before the coordinated predicate (', and are …') that carries the claim's point"
    said = _tokens(body)
    if after[:1] == [";"] and len(after) > 3 and said and after[1] == said[0] and said[0].isalpha():
        # "to spend too much time in studies is sloth; to use them too much for ornament, is affectation; …"
        return f"one item of a parallel series ('{said[0]} …; {after[1]} …'): the claim is the whole series"
    announcer = _ANNOUNCER.search(body)
    named = after[:1] == [":"] or any(w in (":", "—", "–") for w in after) or after[1:3] in (
        ["it", "is"], ["that", "is"], ["it", "was"], ["and", "that"]) or after[1:2] == ["namely"]
    if announcer and after[:1] in ([";"], [":"], ["—"], ["–"]) and named:
        return (f"'{announcer.group(0)}' announces what the essay names only after the "
                f"{'colon' if after[0] == ':' else 'semicolon'}: the claim stops before its point")
    return _correlative_cut(body, after) or _concession_cut(after)
