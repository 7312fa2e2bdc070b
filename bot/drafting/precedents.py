"""A proposal that follows an example: "Scotland abolished the charge years ago. England should do the same."

The call names no act of its own ("do the same", "follow suit", "do likewise", "follow their lead"); the act
is the one the example set, told just before in the past or the perfect ("have begun to ask passengers to
…"). The call is read as the example's act done by the actor it calls on: "England should abolish the
charge". What comes after a colon ("should do the same: put up the signs, …") only lists ways of doing it.
"""

from __future__ import annotations

import re

from bot.drafting.baseforms import IRREGULAR, SIMPLE_PAST, base_verb
from bot.drafting.narration import NOT_FINITE_BEFORE, PRESENT_OR_MODAL
from bot.drafting.reading import Essay
from bot.drafting.wording import strip_openers

LOOK_BACK = 3  # sentences before the call searched for the example, nearest first

_FOLLOW = re.compile(
    r"^(?P<actor>[^,;:]{2,60}?)\s+(?:should|must|ought\s+to|needs?\s+to|has\s+to|have\s+to)\s+"
    r"(?:now\s+|simply\s+|also\s+|surely\s+|at\s+last\s+)?"
    r"(?:do\s+(?:the\s+same(?:\s+thing)?|likewise|so\s+too|as\s+much)|follow\s+(?:suit|(?:their|its|his|her|that"
    r"|this|the\s+same)\s+(?:example|lead|path))|go\s+the\s+same\s+way)"
    r"(?:\s+(?:without\s+delay|at\s+once|now|soon|too|as\s+well))?\s*(?:[.!:]|$)",
    re.I,
)
_NOT_AN_ACTOR = frozenset(["i", "we", "you", "it", "this", "that", "there", "they", "he", "she", "one"])

_HAVE = frozenset(["have", "has", "had"])
_ADVERBS = frozenset(["now", "already", "recently", "just", "quietly", "since", "long", "also", "lately"])
# Verbs of starting or choosing before the act itself: "have begun to ask", "voted to scrap".
_BEGUN = frozenset(["begun", "began", "started", "chosen", "chose", "decided", "voted", "agreed", "moved",
                    "managed", "learned", "learnt", "tried"])

SUBJECT_WORDS = 12  # words searched for the deed's verb


def _base(word: str) -> str | None:
    """The base form of a simple past or past participle, or None when the word is neither."""
    if word in SIMPLE_PAST:
        return SIMPLE_PAST[word]
    if word in IRREGULAR:
        return IRREGULAR[word]
    if word.endswith("ed") and len(word) > 4:
        return base_verb(word, set())
    return None


# What tells when or how it went: dropped from the act ("years ago", "in 2019", "and have not looked back").
_WHEN = re.compile(
    r"\s+(?:(?:(?:a\s+few|few|many|some|several|two|three|four|five|six|seven|eight|nine|ten|twenty|\d+|a)\s+)?"
    r"(?:years?|months?|decades?|weeks?)\s+ago|(?:in|since|by)\s+(?:the\s+)?(?:\d{4}s?|spring|summer"
    r"|autumn|winter)|last\s+(?:year|month|spring|summer|autumn|winter|week)|long\s+ago|recently|already"
    r"|with\s+(?:great\s+|some\s+)?success)\b", re.I)
# How it was done, set off by commas: "ask passengers, through signs and announcements, to use …".
_ASIDE = re.compile(r",\s+(?:through|by|with|via|in|after|at|for|over)\s+[^,]{2,60},(?=\s)")
_THEN = re.compile(r"(?:,\s*|\s+)(?:and|but|with\s+the\s+result)\s+(?:have|has|had|are|is|were|was|it|they"
                   r"|the|their|its|now|since|nobody|no\s+one)\b.*$|[;:].*$", re.I)


def _deed(text: str) -> str | None:
    """The act a sentence tells someone did, as a verb phrase in the base form, or None."""
    words = strip_openers(text.strip()).rstrip(".!").split()
    if not words or words[0].lower() in _NOT_AN_ACTOR:
        return None
    for i in range(1, min(len(words), SUBJECT_WORDS)):
        low = words[i].lower()
        if low in PRESENT_OR_MODAL - _HAVE or words[i - 1].endswith((",", ";", ":")):
            return None  # an argument, or an aside before any verb: no deed told
        at = i + 1 if low in _HAVE else i
        while at < len(words) and words[at].lower() in _ADVERBS:
            at += 1
        if at + 2 < len(words) and words[at].lower() in _BEGUN and words[at + 1].lower() == "to":
            verb: str | None = words[at + 2].lower()
            at += 3
        elif at < len(words) and words[i - 1].lower() not in NOT_FINITE_BEFORE and (
            low in _HAVE or low in SIMPLE_PAST or low in IRREGULAR or low.endswith("ed")
        ):
            verb = _base(words[at].lower().strip(","))
            at += 1
        else:
            continue
        if verb is None:
            return None
        rest = _WHEN.sub("", _THEN.sub("", _ASIDE.sub("", " ".join(words[at:])))).strip(" ,")
        return f"{verb} {rest}" if rest else None
    return None


def followed_example(essay: Essay, index: int) -> str | None:
    """The call at `index` to follow an example ("England should do the same"), worded with the example's act
    ("England should abolish the charge"); None when the sentence is no such call or no example is told."""
    sentence = essay.sentences[index]
    call = _FOLLOW.match(strip_openers(sentence.text.strip()))
    if call is None or call["actor"].split()[0].lower() in _NOT_AN_ACTOR - {"they"}:
        return None
    for back in range(index - 1, max(-1, index - 1 - LOOK_BACK), -1):
        before = essay.sentences[back]
        if sentence.paragraph - before.paragraph > 1:
            break
        act = _deed(before.text)
        if act is not None:
            return f"{call['actor']} should {act}."
    return None
