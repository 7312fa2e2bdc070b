"""A policy cut before the condition that restricts it.

"No line should be allowed to land on the shores of the United States under the concession from another
power which does not admit …" bans only the lines landing on those terms; "This House would allow no line to
land on the shores of the US" bans them all. A policy motion may end before a modifier the source goes on
with (most do, and stay whole), but not before a restrictive condition: "unless", "except", "until", "so long
as", "if", "provided", "under" a concession, licence or terms, or a negated relative clause with no comma
("… which is not prohibited from …"). `condition_problem(said, after)` names it.
"""

from __future__ import annotations

_CONDITIONS = frozenset(["unless", "except", "until", "till", "if", "provided", "providing", "save"])
_PAIRS = frozenset([("so", "long"), ("as", "long"), ("only", "if"), ("only", "when"), ("on", "condition"),
                    ("except", "for"), ("excepting", "where")])
_RELATIVES = frozenset(["which", "who", "that"])
_NEGATED = frozenset(["is", "are", "does", "do", "has", "have", "was", "were", "shall", "will", "can"])
_GRANTS = frozenset(["concession", "concessions", "licence", "license", "licenses", "licences", "terms",
                     "condition", "conditions", "charter", "grant", "permit", "franchise"])


def condition_problem(after: list[str]) -> str | None:
    """Why a policy motion stops where the source (tokens after the cut) goes on with a restrictive
    condition, or None."""
    words = after[1:] if after[:1] == [","] else after
    if not words:
        return None
    first = words[0]
    if after[0] in _RELATIVES and after[1:2] and after[1] in _NEGATED and after[2:3] == ["not"]:
        # "no line … which is not prohibited from …": a negated restrictive relative, no comma, excludes cases
        return (f"cut before '{' '.join(after[:3])} …', the relative clause that says which: without it the "
                "motion asks for more than the essay does")
    under = first == "under" and any(w in _GRANTS for w in words[1:5])
    if first in _CONDITIONS or tuple(words[:2]) in _PAIRS or under:
        return (f"cut before '{' '.join(words[:3])} …', the condition that restricts the policy: without it "
                "the motion asks for more than the essay does")
    return None
