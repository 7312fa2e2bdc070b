"""Whether a sentence stands inside a quotation opened before it: someone else's words, not the author's.

"Indignantly he asked, "Who can own a human being save God? … Command the brute creation; that is well.":
the order is the quoted speaker's, spoken inside quotation marks that opened a sentence or more earlier. A
sentence is inside such a quotation when a sentence shortly before it in the paragraph leaves a quotation
open, none between closes it, and one shortly after (or the sentence itself) does close it. Both ends are
looked for nearby only: in a long address set down as one block, a stray mark pages away says nothing.
"""

from __future__ import annotations

import re

from bot.drafting.reading import Essay

BACK = 8  # sentences searched before for the mark that opens the quotation
AHEAD = 16  # and after, for the one that closes it (a quoted sermon may run a dozen sentences)


def _leaves_open(text: str) -> bool:
    """Whether a sentence opens a quotation it does not close."""
    return text.count("“") > text.count("”") or (text.count('"') % 2 == 1 and _opens_first(text))


def _closes(text: str) -> bool:
    """Whether a sentence closes a quotation opened before it."""
    return text.count("”") > text.count("“") or (text.count('"') % 2 == 1 and not _opens_first(text))


def _opens_first(text: str) -> bool:
    """Whether a sentence's first straight mark opens a quotation (space or start before it, a word after)."""
    at = text.find('"')
    return (at == 0 or not text[at - 1].isalnum()) and at + 1 < len(text) and text[at + 1].isalnum()


def inside_quotation(essay: Essay, index: int) -> bool:
    """Whether the sentence at `index` opens inside a quotation begun shortly before it in its paragraph."""
    sentences = essay.sentences
    paragraph = sentences[index].paragraph
    opened = False
    for back in range(index - 1, max(-1, index - 1 - BACK), -1):
        if sentences[back].paragraph != paragraph:
            return False
        text = sentences[back].text
        if _leaves_open(text):
            opened = True
            break
        if '"' in text or "”" in text or "“" in text:
            return False  # a sentence between with marks of its own: no quotation runs through
    if not opened:
        return False
    for ahead in range(index, min(len(sentences), index + 1 + AHEAD)):
        if sentences[ahead].paragraph != paragraph:
            return False
        if _closes(sentences[ahead].text):
            return True
        if _leaves_open(sentences[ahead].text):
            return False
    return False


def opens_quoted(text: str) -> bool:
    """Whether a sentence opens on someone's quoted words, four or more ("'The ACIO Office is already working
    towards agile,' explained …"): a quoted speaker's sentence, not the author's."""
    found = re.match(r"^[\"“]([^\"”]*)", text.strip())
    return found is not None and len(found.group(1).split()) >= 4


# A lead that hands what follows its colon to someone else: "… and they'll give you a simple answer: V",
# "Ask any planner and she will tell you: V", "The economists' reply is always the same: V".
_THEIR_ANSWER = re.compile(
    r"\b(?:they|he|she|everyone|anyone|any\s+\w+|every\s+\w+|most\s+\w+|\w+s)\s*(?:['’]ll|will|would|can|could|"
    r"always|usually|often)?\s+(?:say|tell\s+(?:you|us)|give\s+(?:you|us)\s+(?:a|an|the)\s+(?:\w+\s+)?"
    r"(?:answer|reply|response)|reply|answer|respond)\b[^:]{0,40}:\s*\S",
    re.I)


def their_answer(text: str) -> bool:
    """Whether what follows the sentence's colon is an answer put in someone else's mouth ("Ask your local
    economist how to get less of something, and they'll give you a simple answer: change the price")."""
    return _THEIR_ANSWER.search(text) is not None
