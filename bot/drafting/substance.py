"""How much a proposal gives a debate to argue: a concrete measure, a mere aim, or a procedural step.

A motion needs an Opposition. "Lift the standard of living for all our people" or "achieve world peace" is
an aim nobody opposes; "adopt a comprehensive insurance system" or "lift the minimum wage to 75 cents an
hour" is a measure with a cost, which someone can oppose. "Appoint a small joint committee to consider
offers" only studies a question. Among an address's many proposals, the measures outrank the aims and the
procedural steps (`substance`, added to the proposal's score in `finding.py`): a bare aim loses much, a
study a little; a measure keeps its score (an instrument or a sum exempts a verb of aim: "lift the minimum
wage to 75 cents" is a measure).
"""

from __future__ import annotations

import re

# Nouns of an instrument of policy: what a measure sets up, changes or pays for.
_INSTRUMENT = re.compile(
    r"\b(?:program(?:me)?s?|system|laws?|act|amendment|insurance|tax(?:es|ation)?|tariffs?|duty|duties|wages?"
    r"|treaty|fund|banks?|bill|code|courts?|corps|schools?|hospitals?|university|academy|navy|army|ships?"
    r"|railroads?|railways?|roads?|canal|dams?|bonds?|securities|notes|currency|coinage|gold|silver|rates?"
    r"|budget|debt|pensions?|votes?|ballot|licen[cs]es?|subsid(?:y|ies)|loans?|prices?|rent|housing|homes?"
    r"|lands?)\b",
    re.I,
)
_AMOUNT = re.compile(
    r"\$\s?\d|\b\d[\d,.]*\s*(?:per\s*cent|percent|cents?|dollars?|billion|million|hundred)\b", re.I
)
# A step that only studies or tries: "a committee to consider offers", "make a painstaking effort".
_PROCEDURE = re.compile(
    r"\b(?:to|and)\s+(?:consider|study|inquire|investigate|examine|report|look\s+into|review)\b"
    r"|\bmake\s+(?:a|an|every)\s+(?:\w+\s+){0,2}efforts?\b|\bconduct\s+negotiations\b"
    r"|\bgive\s+(?:\w+\s+)?consideration\b",
    re.I,
)
# Verbs of an aim: what any side would want, unless an instrument says how.
_AIM = re.compile(
    r"^(?:\w+ly\s+)?(?:achieve|lift|raise|promote|develop|strengthen|secure|improve|foster|advance|conserve"
    r"|protect|enhance|ensure|maintain|preserve|attain|seek|strive)\b",
    re.I,
)

AIM_ONLY = 0.5  # an aim with no instrument: below an ordinary measure asked for in the same words
PROCEDURAL = 0.2  # a step that only studies, tries or negotiates


def substance(action: str) -> float:
    """What the proposal's kind takes off its score: much for a bare aim, a little for a procedural step,
    nothing for a measure."""
    concrete = bool(_AMOUNT.search(action) or _INSTRUMENT.search(action))
    score = 0.0
    if not concrete and _AIM.match(action.strip()):
        score -= AIM_ONLY
    if _PROCEDURE.search(action):
        score -= PROCEDURAL
    return score
