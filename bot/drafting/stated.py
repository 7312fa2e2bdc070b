"""The motion a debate speech states in so many words: "The motion before us tonight is that this House would
return cultural artefacts …", "The motion tonight is that this House would make voting compulsory." A speech
for either side debates that motion; which side the speaker takes is the checks' business, not the motion's.
"""

from __future__ import annotations

import re

from bot.drafting.finding import Findings
from bot.drafting.opposed import AGAINST_PLAN
from bot.drafting.reading import Essay
from bot.drafting.structure import is_complete

_STATED = re.compile(
    r"\b(?:the|tonight['’]s|today['’]s|this\s+(?:evening|afternoon)['’]s)\s+motion(?:\s+(?:before|for|under|on)\s+(?:us|the\s+house|debate|the\s+floor|the\s+table)"
    r"|\s+(?:we\s+(?:are|will\s+be)\s+debating|being\s+debated))?(?:\s+(?:tonight|today|this\s+(?:evening|"
    r"afternoon|morning)))?\s+(?:is|reads)\s*[:,]?\s*(?:that\s+)?[\"“]?(?P<motion>this\s+house\s+(?:would|"
    r"believes\s+that|opposes|supports|regrets)\s+[^\"”;:]{6,160}?)[\"”]?\s*[.!]?$",
    re.I,
)
STATED_WITHIN = 12  # sentences from the start in which a speech states its motion


def stated_motion(essay: Essay) -> str | None:
    """The motion a speech names as the one it debates, worded "This House …"; None when it names none."""
    for sentence in essay.sentences[:STATED_WITHIN]:
        found = _STATED.search(sentence.text.strip())
        if found:
            motion = " ".join(found.group("motion").split()).rstrip(".!")
            return "This House" + motion[len("this house") :]
    return None


# The speaker on the Opposition: "We on the Opposition oppose this motion", "I rise to oppose the motion".
_OPPOSING = re.compile(
    r"\b(?:(?:I|we)\s+(?:on\s+the\s+opposition\s+)?(?:\w+\s+)?(?:to\s+)?oppose\s+(?:this|the)\s+motion"
    r"|(?:open(?:ing)?|speak(?:ing)?|case)\s+for\s+the\s+opposition)\b",
    re.I,
)


def speaks_against(essay: Essay) -> bool:
    """Whether the speech argues against the motion it states."""
    return any(_OPPOSING.search(s.text) for s in essay.sentences)


def stated(findings: Findings) -> list[tuple[str, str, list[str], set[int]]]:
    """The motion a debate speech says it debates, with its kind and checks; on the Opposition's side when the
    speaker opposes it (its points are then the Opposition's). Empty when the speech states none."""
    motion = stated_motion(findings.essay)
    if motion is None or not is_complete(motion):
        return []
    kind = "policy" if motion.startswith("This House would") else "value"
    if speaks_against(findings.essay):
        return [(motion, kind, [AGAINST_PLAN], set())]
    return [(motion, kind, ["the motion the speech says it debates, for the Proposition: check it"], set())]
