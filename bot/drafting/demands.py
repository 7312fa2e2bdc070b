"""What others would need to be satisfied, told as a list of musts: "What will convince them? This, and this
only: cease to call slavery wrong … We must pull down our free State constitutions."

After a question that asks what would satisfy, convince or content someone else, or what they want or
demand, the "we must" sentences of the same paragraph are their price, set out to show how unreasonable it
is: not the author's proposal.
"""

from __future__ import annotations

import re

from bot.drafting.reading import Essay

_THEIR_PRICE = re.compile(
    r"\bwhat\s+(?:(?:will|would|could|can|shall)\s+(?:ever\s+)?(?:satisfy|content|convince|please|appease"
    r"|placate|pacify)|(?:do|does|did|will|would)\s+(?:they|he|she|these\s+\w+|those\s+\w+|the\s+\w+)\s+"
    r"(?:want|demand|ask|require|expect|insist\s+on))\b[^?]*\?",
    re.I,
)
REACH = 8  # sentences after the question that may still set out the price


def others_price(essay: Essay, index: int) -> bool:
    """Whether the sentence at `index` follows, in its paragraph, a question asking what others want."""
    sentence = essay.sentences[index]
    for back in range(index - 1, max(-1, index - 1 - REACH), -1):
        before = essay.sentences[back]
        if before.paragraph != sentence.paragraph:
            return False
        if _THEIR_PRICE.search(before.text):
            return True
    return False
