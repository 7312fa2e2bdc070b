"""A request made with a noun phrase: "All we ask is a fair hearing for …", "Our demand is simple: free
school meals for every child", "The answer is a permanent ban on …", "The solution: a levy on …", "Our
request to the council is a dog-free area in the park", and the same frame closed by a verdict with the
measure in the next sentence: "What we are asking for is modest. A zebra crossing by the school gate, …".

The measure becomes "we should introduce NP" ("impose" for a ban, levy or cap). "What we saw was chaos",
"The answer is no" and "All we heard was silence" name no measure (`measurephrase.measure_phrase`).
"""

from __future__ import annotations

import re

from bot.drafting.measurephrase import adopted, measure_phrase

# The author's side: "we", "I", "our village", "this town", "the town" (not "the developers": a view
# reported).
_PLACES = (
    r"(?:town|city|village|country|county|borough|district|nation|community|school|street|estate|parish)"
)
_ASKER = rf"(?:we|I|(?:this|our)\s+[a-z]+(?:\s+[a-z]+)?|the\s+(?:[a-z]+\s+)?{_PLACES})"
_ASKING = (
    r"(?:really\s+|simply\s+|only\s+|now\s+|do\s+|does\s+|still\s+|most\s+)*"
    r"(?:(?:am|are|is)\s+)?(?:(?:really|simply|only|now|still)\s+)?"
    r"(?:ask(?:s|ing)?(?:\s+for)?|want(?:s|ing)?|need(?:s|ing)?|demand(?:s|ing)?|propos(?:e|es|ing)|"
    r"request(?:s|ing)?|seek(?:s|ing)?|call(?:s|ing)?\s+for|urg(?:e|es|ing)|press(?:es|ing)?\s+for|"
    r"plead(?:s|ing)?\s+for|would\s+like|hope\s+for|hoping\s+for|campaign(?:s|ing)?\s+for)"
)
# "All we ask is", "What we are asking for (of the council) is", "What this town needs is"
_CLEFT = re.compile(
    rf"^(?:(?:so|and|but|now|then|in short|in the end),?\s+)?(?:all|what)\s+{_ASKER}\s+{_ASKING}"
    r"(?:\s+(?:of|from)\s+[^,:;]{2,40}?)?\s+(?:is|remains)\s*(?P<rest>.*)$",
    re.I,
)
# "Our demand is", "The answer is", "The solution:", "Our request to the council is", "My one plea is";
# a plan or proposal only as the author's own ("the proposal is a car park" may be what the author fights).
_NOUN_FRAME = re.compile(
    r"^(?:(?:so|and|but|now|then|in short),?\s+)?(?:(?:our|my)\s+(?P<own>)|the\s+)"
    r"(?:(?:one|only|first|main|single|simple|modest|central|key|chief|real|obvious|best|proper|"
    r"practical|sensible|immediate|whole)\s+)*"
    r"(?:answer|solution|remedy|fix|cure|(?(own)(?:demand|request|ask|proposal|plea|plan|recommendation|"
    r"suggestion|call|wish|petition)|(?!)))s?(?:\s+(?:to|of|for)\s+[^,:;]{2,40}?)?"
    r"\s*(?:\bis\b|\bremains\b|:|[–—])\s*(?P<rest>.*)$",
    re.I,
)
# "There is one fix: a drain under the playground", "There is a simple answer to this: …"
_THERE_IS = re.compile(
    r"^(?:(?:so|and|but|now|then),?\s+)?there\s+is\s+(?:only\s+|just\s+)?(?:one|a|an)\s+"
    r"(?:(?:simple|obvious|cheap|easy|real|single|sensible|practical|quick)\s+)*(?:answer|fix|solution|remedy|cure)"
    r"(?:\s+(?:to|for)\s+[^,:;]{2,40}?)?\s*(?::|[–—])\s*(?P<rest>.*)$",
    re.I,
)
# What the frame says of the request before naming it: "is modest", "is simple:", "is this".
_VERDICT = re.compile(
    r"^(?:(?:very|quite|really|fairly|perfectly|pretty|entirely)\s+)?(?:modest|simple|small|clear|"
    r"straightforward|obvious|plain|reasonable|short|this|as\s+follows|easy|cheap|not\s+much|little|tiny)\s*(?:[:.!–—-]|$)",
    re.I,
)
# Frames of fact, not of request: "the answer is that …" is a clause (the deontic reader's).
_CLAUSE = re.compile(r"^(?:that|for|to|whether|if|how|why|what|when|where|because)\b", re.I)


def _rest_of(sentence: str) -> str | None:
    """What follows a request frame, or None when the sentence has none."""
    text = sentence.strip()
    if text.endswith("?"):
        return None
    match = _CLEFT.match(text) or _NOUN_FRAME.match(text) or _THERE_IS.match(text)
    return None if match is None else match.group("rest").strip()


# A frame asked as a question and answered by the next sentence: "The answer? A toll on the bridge.", "So what
# do we need? A crossing by the school."
_QUESTION_FRAME = re.compile(
    r"^(?:(?:so|and|but|now|then|well),?\s+)?(?:(?:the|our|my)\s+(?:(?:one|only|real|obvious|simple|best|"
    r"sensible|practical)\s+)*(?:answer|solution|remedy|fix|cure)(?:\s+(?:to|for)\s+[^?]{2,40})?"
    r"|what\s+(?:do|does)\s+(?:we|this\s+[a-z]+|the\s+[a-z]+)\s+(?:really\s+)?need|what\s+is\s+needed)\?$",
    re.I,
)


def asked_measure(sentence: str, following: str = "") -> str | None:
    """ "All we ask is NP" → "we should introduce NP"; a frame closed by a verdict ("What we ask is modest.")
    or asked as a question ("The answer? …") takes its measure from the next sentence, a bare noun phrase.
    None when neither names a measure."""
    rest = "" if _QUESTION_FRAME.match(sentence.strip()) else _rest_of(sentence)
    if rest is None:
        return None
    verdict = _VERDICT.match(rest)
    if verdict:
        rest = rest[verdict.end() :].strip()
    if not rest:  # "What we are asking for is modest.", "The answer?" — the measure in the next sentence
        rest = following.strip()
        if not rest or rest.endswith("?") or _rest_of(rest) is not None:
            return None
    rest = re.sub(r"^(?:simply|just|only|merely|quite\s+simply)\s*,?\s+", "", rest.lstrip(":–— "), flags=re.I)
    if _CLAUSE.match(rest) or re.match(r"(?:not|neither|never|no\s+longer)\b", rest, re.I):
        return None  # "the answer is not higher walls": a measure refused, not one asked for
    measure = measure_phrase(rest)
    if measure is not None and re.fullmatch(r"the\s+\S+(?:\s+\S+)?", measure, re.I):
        return None  # "the council", "the same": a thing named, not a measure described
    return None if measure is None else f"we should {adopted(measure)}"
