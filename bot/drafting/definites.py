"""A bare definite subject that points outside the motion: "the work must be our work now".

"The work", "the transfer", "the task", "the plan" name one thing the essay spoke of before; lifted alone,
the motion never says which, so no side could dispute it. Nouns for institutions and kinds ("the state",
"the press", "the rich", "the law") are understood without the essay and are not listed. The noun is
defined, and the motion whole, when something follows it that says which ("the work of reconstruction",
"the plan which the committee drew up") or when the predicate itself says what it is ("the task is to
rebuild the cities", "the question is whether …"). `bare_definite_problem(body)` names the pointing
noun, or is None.
"""

from __future__ import annotations

import re

from bot.drafting.grammar import FINITE, MODALS, VERBS, finite_at, tokens

# Nouns that, as a bare "the N", stand for something the essay described before: a piece of work, a step, a
# proposal, an outcome. Kept to words with no generic reading as a subject.
POINTING_NOUNS = frozenset(
    ["work", "task", "tasks", "transfer", "plan", "plans", "measure", "measures", "change", "changes",
     "result", "results", "matter", "problem", "bill", "proposal", "proposals", "proposition", "scheme",
     "step", "steps", "effort", "efforts", "project", "programme", "program", "undertaking", "experiment",
     "enterprise", "attempt", "outcome", "situation", "case", "reform", "amendment", "arrangement",
     "decision",
     "latter", "former", "same", "rest", "remainder", "thing", "job", "course", "business", "affair", "issue",
     "question", "point", "fact", "subject", "one", "trend", "pattern", "figure", "figures", "numbers"]
)
# Fronted prepositions whose "the N" may be a bare pointer: "in the transfer the intention … is frustrated".
_FRONTING = frozenset(["in", "by", "for", "with", "through", "during", "after", "under", "upon", "on", "from",
                       "at", "before", "since", "until", "without"])
# What may follow the noun and say which one it is: a complement, a relative clause, an apposition.
_DEFINING = frozenset(["of", "which", "that", "who", "whom", "whose", "to", "for", "where", "whereby", "in",
                       "on", "at", "before", "now", "we", "they", "you", "i", "he", "she"])
# A predicate that states what the thing is: "the task is to …", "the question is whether …".
_DEFINING_PREDICATE = re.compile(
    r"^(?:is|was|are|were|remains)\s+(?:not\s+|simply\s+|rather\s+|still\s+)?(?:to|that|whether|how|what|why)\b"
)


def _finite_next(words: list[str], at: int) -> bool:
    """A finite verb or modal at `at`, perhaps after an adverb ("the plan often fails")."""
    if at < len(words) and words[at].endswith("ly") and at + 1 < len(words):
        at += 1
    return at < len(words) and (words[at] in FINITE or words[at] in MODALS or finite_at(words, VERBS) == at)


def bare_definite_problem(body: str) -> str | None:
    """The bare "the N" a belief motion's subject (or fronted phrase) rests on with nothing saying which, or
    None."""
    set_off = re.match(r"^([^,]{1,30}),\s+(?=the\s)", body, re.I)
    if set_off and finite_at(tokens(set_off.group(1)), VERBS) < 0:
        body = body[set_off.end() :]  # "on the whole, the result has been good": the subject after the aside
    words = [w.lower() for w in tokens(body)]
    if len(words) < 3:
        return None
    at = 3 if words[2] in ("itself", "themselves") else 2  # "the program itself comes from …"
    if words[0] == "the" and words[1] in POINTING_NOUNS and _finite_next(words, at):
        rest = " ".join(words[at:])
        if _DEFINING_PREDICATE.match(rest):
            return None
        return (f"'the {words[1]}' is never said: it points at something in the essay the motion does not "
                "hold, so no side could dispute it")
    if words[0] in _FRONTING and words[1] == "the" and words[2] in POINTING_NOUNS and len(words) > 4 and (
        words[3] not in _DEFINING
    ) and (words[3] in ("the", "a", "an", "our", "its", "their", "this", "it", "there") or
           re.match(rf"^\w+\s+the\s+{words[2]}\s*,", body, re.I)):
        return (f"'{words[0]} the {words[2]}' is never said: it points at something in the essay the motion "
                "does not hold")
    return None
