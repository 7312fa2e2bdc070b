"""Whether a goal the author names is a measure to adopt or a state of affairs to aim at.

"Our aim must be a national insurance system" names a measure the House can adopt or pursue; "our goal must be
a reasonable equilibrium in our balance of payments" names a state the nation hopes to reach, which no House
adopts: it is an aim, not a policy.
"""

from __future__ import annotations

import re

# Head nouns of a measure that can be adopted or set up: a scheme, a body, or a noun of action.
_MEASURE_HEADS = frozenset([
    "program", "programme", "plan", "policy", "law", "act", "bill", "amendment", "treaty", "tax", "tariff",
    "budget", "code", "reform", "system", "scheme", "measure", "fund", "department", "agency", "commission",
    "board", "bank", "university", "academy", "institute", "school", "court", "council", "corps", "service",
    "ban", "levy", "duty", "subsidy", "loan", "grant", "charter", "convention", "union", "league", "alliance",
    "authority", "office", "register", "network", "insurance", "pension", "allowance", "inquiry",
])
_NP_HEAD_STOP = frozenset(["of", "in", "to", "for", "on", "with", "that", "which", "who", "by", "at", "from",
                           "and", "or", "between", "among"])


def names_measure(np_: str) -> bool:
    """Whether a noun phrase names a measure one could adopt ("a national health programme", "the
    abolition of X") rather than a state of affairs aimed at ("a reasonable equilibrium in our balance of
    payments", "peace")."""
    head = ""
    for word in re.findall(r"[a-z'-]+", np_.lower())[1:8]:
        if word in _NP_HEAD_STOP:
            break
        head = word
    return head.rstrip("s") in _MEASURE_HEADS or head in _MEASURE_HEADS or head.endswith(
        ("tion", "ment", "sion"))
