"""Pieces of text that look like a claim but are not one: a heading run into the next sentence, and a noun
phrase whose only verb is a participle with its agent.

"THE UN But arms alone are not enough …" is a section heading ("THE UN") glued to the sentence after it;
"the appropriations made by Congress for public works" names something and says nothing of it ("made by
Congress" describes the appropriations). `piece_problem(words)` names the piece, or is None.
"""

from __future__ import annotations

from bot.drafting.grammar import DANGLING, FINITE, IRREGULAR_PAST, MODALS, finite_at

# Words that open a sentence; capitalised in the middle of a motion, they show where a new one began.
_SENTENCE_OPENERS = frozenset(["But", "And", "Yet", "So", "The", "We", "It", "This", "Our", "In", "For"])


def _heading(words: list[str]) -> str | None:
    """Two capitalised words or more in a row, then a sentence opener: a heading glued to its sentence."""
    for i in range(len(words) - 2):
        if words[i].isupper() and len(words[i]) > 1 and words[i].isalpha() and words[i + 1].isupper() and (
            words[i + 2] in _SENTENCE_OPENERS
        ):
            return f"'{words[i]} {words[i + 1]} {words[i + 2]}': a heading run into the sentence after it"
    return None


def _participle_only(words: list[str], verbs: frozenset[str]) -> str | None:
    """ "the appropriations made by Congress for public works": the only verb is a participle followed by
    its agent ("by …"), so it describes the subject; no finite verb says anything of it."""
    lowered = [w.lower() for w in words]
    at = finite_at(words, verbs)
    if at < 1 or at + 1 >= len(words) or lowered[at + 1] != "by":
        return None
    if not (lowered[at].endswith("ed") or lowered[at] in IRREGULAR_PAST) or lowered[at] in FINITE:
        return None
    later = lowered[at + 2 :]
    if any(w in FINITE or w in MODALS or w in IRREGULAR_PAST for w in later) or any(
        # a verb after the agent: a bare one ("… by Parliament bind every citizen"), or one in -s/-ed that
        # does not end the motion ("public works" at the end is a noun)
        (w in verbs and w.isalpha()) or (w.endswith(("s", "ed")) and k < len(later) - 1
                                        and (w[:-1] in verbs or w[:-2] in verbs))
        for k, w in enumerate(later)
    ) or any(  # a plain word after a named agent: "… by Parliament bind …"
        words[j - 1][:1].isupper() and w.isalpha() and w not in DANGLING
        and not w.endswith(("s", "ly", "ing"))
        for j, w in enumerate(lowered[at + 3 :], start=at + 3)
    ):
        return None
    return f"'{words[at]} by …' describes the subject; no verb says anything of it: not a claim"


def piece_problem(words: list[str], verbs: frozenset[str]) -> str | None:
    """Why a claim's words are a glued heading or a verbless noun phrase, or None."""
    return _heading(words) or _participle_only(words, verbs)
