"""What a motion's body may not open on: a command after "believes that", or a heading set in capitals.

"This House believes that seek not proud riches, …" puts the essay's own counsel ("Seek not proud riches")
where a claim belongs: a command is no belief. "This House would TAX REDUCTION As a result of …" reads a
section heading ("TAX REDUCTION") glued to the next sentence as a policy. `opener_problem` names either.
"""

from __future__ import annotations

import re

from bot.drafting.grammar import VERBS

# Words after a bare verb that make it a command: a negation ("seek not") or its object's determiner
# (or a gerund, see below).
_COMMAND_NEXT = frozenset(["not", "never", "the", "a", "an", "thy", "thine", "your", "our", "all", "no",
                           "every", "this", "these", "those", "them", "him", "her", "it", "me", "us",
                           "thyself",
                           "yourself", "yourselves", "ye", "thou", "you"])
_FIRST_TWO = re.compile(r"^([a-z]+)\s+([a-z]+)\b")
# Two words in capitals or more at the start: "TAX REDUCTION As a result …".
_HEADING = re.compile(r"^(?:[A-Z]{2,}[A-Z'-]*\s+){1,}[A-Z]{2,}[A-Z'-]*\b(?!\s*$)")


def opener_problem(opening: str, body: str, verbs: frozenset[str]) -> str | None:
    """Why a motion's body opens on a command or a heading, or None."""
    heading = _HEADING.match(body)
    if heading:
        return f"opens on '{heading.group(0)}', a heading in capitals run into the sentence after it"
    if not opening.startswith("This House believes"):
        return None
    first = _FIRST_TWO.match(body)
    if first is None:
        return None
    verb, nxt = first.group(1), first.group(2)
    bare = not verb.endswith(("s", "ed", "ing"))
    # ("make voting compulsory and …": a bare verb and its gerund object)
    gerund = nxt.endswith("ing") and len(nxt) > 5
    if bare and verb in VERBS | verbs and (nxt in _COMMAND_NEXT or gerund):
        return f"a command ('{verb} {nxt} …') after 'believes that': the essay's counsel, not a claim"
    return None
