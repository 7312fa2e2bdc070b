"""A second verb joined to the House's verb in another form: "would cap rents and banned evictions".

A policy motion's verbs share the House's "would": "legalise and tax cannabis", "cap rents and ban
evictions". A verb after "and" / "or" in -ed, -ing or -s, with its own object after it ("… and banned
the evictions", "… or subsidises the rents"), belongs to the sentence the motion was cut from.
"""

from __future__ import annotations

from bot.drafting.baseforms import base_verb, known_gerund_base
from bot.drafting.grammar import VERBS

# What opens the second verb's object: a determiner or possessive (a bare plural after a participle is more
# often a noun it describes: "related weapons", "training courses").
_OBJECT_OPENERS = frozenset(["the", "a", "an", "its", "their", "our", "his", "her", "every", "all", "this",
                             "these", "those", "them", "it"])


# A relative clause may join verbs of its own form: "an employer that takes on an apprentice and keeps them".
_RELATIVES = frozenset(["that", "who", "which", "whom", "whose", "where", "when"])


def _inflected(word: str) -> bool:
    """Whether a word is a listed verb in -ed, -ing or -s."""
    low = word.lower()
    if low.endswith("ed") and len(low) > 4:
        return base_verb(low, set(VERBS)) in VERBS
    if low.endswith("ing") and len(low) > 5:
        return known_gerund_base(low, VERBS.__contains__) is not None
    if low.endswith("s") and not low.endswith("ss") and len(low) > 3:
        return low[:-1] in VERBS or (low.endswith("es") and low[:-2] in VERBS)
    return False


def mixed_forms_problem(words: list[str]) -> str | None:
    """Why a policy's words join its base-form verb to another verb of a different form, or None. `words`
    is the motion's body after "This House would"."""
    lowered = [w.lower() for w in words]
    if not lowered or lowered[0] not in VERBS:
        return None
    for i in range(1, len(lowered) - 2):
        if lowered[i] in _RELATIVES:
            return None  # "… an employer that takes on an apprentice and keeps them": its own verbs
        if lowered[i] in ("and", "or") and _inflected(lowered[i + 1]) and lowered[i + 2] in _OBJECT_OPENERS:
            return (f"'{words[i + 1]}' joined to '{words[0]}' is not a verb of the same form: "
                    "a piece of the sentence the motion was cut from")
    return None
