"""A pronoun used twice across a verb and its infinitive: "gives them time to train them".

In "V them (N) to V2 them" the first pronoun is the doer of V2, so the second one cannot mean the same thing
(that would be "themselves"): it points at something else, which the motion read alone does not name.
"""

from __future__ import annotations

import re

_TWICE = re.compile(r"\b(?P<p>them|him|her|it)\b(?:\s+[a-z-]+){0,3}?\s+to\s+[a-z]+\s+(?:\w+\s+)?(?P=p)\b")


def second_pronoun(body: str) -> str | None:
    """What is wrong when the same object pronoun comes back after an infinitive whose doer it is; None
    otherwise."""
    found = _TWICE.search(body)
    if found is None:
        return None
    return (f"'{found.group(0)}': the second '{found.group('p')}' cannot be the first, so it refers to "
            "something outside the motion")
