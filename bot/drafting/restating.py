"""How often an essay states a proposal again: other sentences that make the same proposal.

An author makes the main proposal more than once (in the opening, again after the argument, again in the
close), while a side proposal or an aside is made once. A sentence restates a proposal when it stands apart
from the proposal's own sentence (not next to it), repeats at least SHARED of the proposal's content words,
and is close to it in meaning under the static sentence encoder (cosine at least COSINE). The credit grows
with the logarithm of the number of restatements and stops at CAP, so an address that names its topic in
every paragraph does not run away with it. A proposal of fewer than SHARED content words gets no credit.

Measured on the dev split of the drafting bench (round 21; tuned there, never on held-out rows): the first
motion changed in 7 of 134 essays: 3 for the better (the address's main measure instead of a minor one), 1
for the worse, 3 about the same; the share of acceptable essays stayed the same (64 %). A sentence's closeness
to the essay's mean vector was tried as well and left out: it did not tell main proposals from side ones.
"""

from __future__ import annotations

import math

from bot.drafting.ranking import Centrality, content_stems

SHARED = 2  # content words a sentence must repeat from the proposal to restate it
COSINE = 0.5  # closeness in meaning a restating sentence must reach
CAP = 5  # restatements past which the credit stops growing
WEIGHT = 0.2  # how much full credit adds to a proposal's ranking score (finding.py)


def restatements(centrality: Centrality, action: str, index: int) -> int:
    """The number of sentences, not next to sentence `index`, that make the proposal `action` again."""
    stems = content_stems(action)
    if len(stems) < SHARED:
        return 0
    similar = centrality.similar_to(action)
    return sum(
        1
        for j, other in enumerate(centrality.stems)
        if abs(j - index) > 1 and len(stems & other) >= SHARED and float(similar[j]) >= COSINE
    )


def restatement_credit(centrality: Centrality, action: str, index: int) -> float:
    """Credit in [0, 1] for how often the essay makes this proposal again elsewhere."""
    return min(1.0, math.log1p(restatements(centrality, action, index)) / math.log1p(CAP))
