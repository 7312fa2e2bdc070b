"""Steps in the essay's own discourse, which propose nothing: "let us pass from this part of predictions",
"let us now turn to the remedies", "let us consider the causes", "let us return to our subject".

An author who says "let us pass from X" moves the reader to another part of the text; "let us pass the bill"
asks for a law. The verb alone does not decide: "pass", "turn", "come", "go" and "return" are moves in the
text when a preposition of direction follows them (or, for "return", when what is returned to is a part of
the argument), while verbs of looking and speaking ("consider", "speak of", "examine") always are.
"""

from __future__ import annotations

import re

from bot.drafting.presenting import presenting

# Verbs that, after "let us", always look at or speak about the text's subject rather than act on it.
_LOOKING = (
    r"consider|examine|inquire|enquire|observe|note|remark|reflect|see(?!\s+(?:that|to)\b)|look(?!\s+(?:to|after)\b)|speak|talk|say|hear|recall|"
    r"remember|suppose|imagine|review|glance|dwell|pause|proceed|begin|conclude|recapitulate|sum up|"
    # a supposition granted for the argument's sake: "let us assume that …", "let us grant, for argument, …"
    r"assume|presume|postulate|posit|concede|admit(?=\s*(?:that|,))|grant(?=\s*(?:that|for|,))|allow(?=\s+that)|"
    r"take (?:a|another) look|now see|ask (?:ourselves|what|whether|why|how)"
)
# Verbs of movement that are a move in the text when a preposition of direction follows.
_MOVING = r"pass|turn|come|go|move|get back|go back|now pass|now turn|now come"
# Parts of an argument that one "returns to" in a text: "return to our subject", "to the point".
_PARTS = (
    r"subject|question|point|argument|matter|topic|theme|case|part|head|remedies|causes|inquiry|enquiry|"
    r"discussion|story|text|beginning|former|first"
)
_STEP = re.compile(
    rf"^(?:now\s+|then\s+|next\s+|first\s+|further\s+|briefly\s+|again\s+|also\s+|for\s+a\s+moment\s+)*(?:"
    rf"(?:{_LOOKING})\b"
    rf"|(?:{_MOVING})\s+(?:now\s+|then\s+|next\s+)?(?:from|to|on|over|by|aside|back|onward|onwards|now)\b"
    rf"|return\s+(?:now\s+)?to\s+(?:the|our|my|this|that|its)\s+(?:\w+\s+)?(?:{_PARTS})\b"
    r")",
    re.I,
)

# In a motion, only the unmistakable moves: "would pass from the part of predictions", "would turn to …",
# "would speak of …", "would return to our subject" ("would review the tariff" may be a policy).
_MOVE = re.compile(
    rf"^(?:now\s+|then\s+|next\s+|first\s+)*(?:"
    rf"(?:{_MOVING})\s+(?:now\s+|then\s+|next\s+)?(?:from|to|on|over|by|aside|back|onward|onwards)\b"
    rf"|return\s+(?:now\s+)?to\s+(?:the|our|my|this|that|its)\s+(?:\w+\s+)?(?:{_PARTS})\b"
    r"|(?:speak|talk)\s+(?:\w+\s+)?(?:of|about)\b"
    # a report of what others say, cut from its inversion: "… , say the anthropologists"
    r"|say\s+(?:the|that|so|this|it|they)\b"
    # a note to the reader: "would take into consideration that …", "would bear in mind that …"
    r"|(?:take\s+into\s+(?:consideration|account)|bear\s+in\s+mind|keep\s+in\s+mind|note|remember)\s+that\b"
    # a supposition for the argument's sake: "would assume that the county has not grown poorer"
    r"|(?:assume|suppose|presume|imagine|grant|admit|concede|postulate)\s+(?:for\s+(?:a|the)\s+\w+(?:\s+of\s+\w+)?\s+)?that\b"
    # "take the three most notorious examples of …", "take, for instance, …": an illustration called up
    r"|take\s+(?:for\s+(?:example|instance)\b|(?:\w+\s+){0,5}?(?:examples?|instances?|cases?)\s+of\b)"
    r")",
    re.I,
)


def move_problem(body: str) -> str | None:
    """Why a policy motion's body is a move in the essay's discourse ("pass from the part of predictions"),
    or None."""
    found = _MOVE.match(body.strip())
    return None if found is None else f"'{found.group(0)}' is a step in the essay's own text, not a policy"


def discourse_step(vp: str) -> bool:
    """Whether a verb phrase after "let us" moves through the text ("pass from this part", "turn to the
    remedies", "consider the causes") rather than asking for an act ("pass the bill")."""
    return _STEP.match(vp.strip()) is not None or presenting(vp)
