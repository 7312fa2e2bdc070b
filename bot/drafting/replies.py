"""An order given as the author's reply to a question: "What is the first step towards a better state of
things? We reply, emancipate girls."

The frame ("we reply", "I answer", "our answer is", "to this I say") marks what follows as the author's own
answer, so its first word is read as a verb even when no list knows it ("emancipate"): the reply is the
author's proposal, as "we should emancipate girls".
"""

from __future__ import annotations

import re

from bot.drafting.cues import STOPWORDS
from bot.drafting.reading import Essay

_REPLY = re.compile(
    r"^(?:and\s+|so\s+|then\s+)?(?:(?:we|i)\s+(?:would\s+|shall\s+|must\s+)?(?:reply|answer|respond|say)"
    r"|(?:our|my|the)\s+(?:reply|answer|response)\s+is(?:\s+(?:simple|plain|short|this))?"
    r"|to\s+(?:this|that|which|these)\s+(?:we|i)\s+(?:reply|answer|say))\s*[,:;]\s*"
    r"(?P<order>[A-Za-z][^.!?]{3,200})[.!]?$",
    re.I,
)
# Words that open no verb phrase: a noun phrase or a clause follows the frame instead ("we reply, the law …").
_NOT_A_VERB = STOPWORDS | frozenset(["yes", "no", "nay", "certainly", "never", "because", "nothing"])
LOOK_BACK = 2  # sentences before the reply searched for the question it answers


def replied_order(essay: Essay, index: int) -> str | None:
    """ "We should V …" for the author's reply "We reply, V …" to a question asked just before; None when the
    sentence is no such reply or what follows the frame does not open with a verb."""
    sentence = essay.sentences[index]
    reply = _REPLY.match(sentence.text.strip())
    if reply is None:
        return None
    order = reply["order"].strip()
    first = order.split()[0]
    low = first.lower().strip(",;:")
    capital = first[:1].isupper() and ":" not in reply.group(0)  # "we say, Parliament …": a clause follows
    if low in _NOT_A_VERB or low.endswith(("ly", "ing")) or capital:
        return None
    before = range(max(0, index - LOOK_BACK), index)
    asked = any(essay.sentences[i].text.rstrip().endswith("?") for i in before)
    return f"We should {low} {' '.join(order.split()[1:])}".rstrip() + "." if asked else None
