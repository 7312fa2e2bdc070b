"""A description in the present tense: it shows a scene ("the buyers walk along the rows …"), argues nothing.

Its verbs are present, so `genre.reads_as_narrative` (which looks for the past) misses it. What marks it is
what it lacks: hardly a sentence that weighs or asks (a modal of obligation, a reason, a condition, a
contrast of argument, a question) and no author speaking as "I" or "we".
"""

from __future__ import annotations

import re

from bot.drafting.reading import Essay

_ARGUING = re.compile(
    r"\b(?:should|must|ought|need(?:s)? to|have to|has to|let us|let's|would|could|cannot|can't|because|"
    r"therefore|"
    r"thus|hence|since|if|unless|however|although|though|yet|instead|rather than|I|we|our|us|you|your|"
    r"true|false|wrong|right|better|worse|best|worst|reason|argue|argues|claim|should)\b|\?",
)
MIN_SENTENCES = 10
# On the dev texts every essay, speech or op-ed weighs, reasons or asks in at least a fifth of its sentences,
# and the test essays in at least a ninth (a plain present-tense op-ed); the one present-tense description (a
# harbour morning) in none. The line sits well below the argued texts.
ARGUING_SHARE = 0.05


def arguing_share(essay: Essay) -> float:
    """Share of the text's sentences that weigh, reason or ask."""
    texts = [s.text for s in essay.sentences]
    return sum(1 for t in texts if _ARGUING.search(t)) / len(texts) if texts else 0.0


def reads_as_description(essay: Essay) -> bool:
    """Whether the text only describes (long enough, and almost no sentence weighs, reasons or asks)."""
    return len(essay.sentences) >= MIN_SENTENCES and arguing_share(essay) < ARGUING_SHARE
