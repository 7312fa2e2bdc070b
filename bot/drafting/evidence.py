"""Frames of evidence around a claim: "Experience has shown that X", "History teaches us that X", "It has
been proved beyond doubt that X", "Nothing is more certain than that X". The claim is X; the frame only
says where the author found it, and a motion worded with the frame reads as a remark about the evidence.

A frame names an impersonal source (experience, history, the past, the facts, life, time, events); a
person or party who "has shown that X" is reported, not the author's own evidence, and stays.
"""

from __future__ import annotations

import re

# the few words allowed before the source: determiners and plain adjectives, never a verb or a clause
_BEFORE = (
    r"(?:(?:the|all|our|this|that|such|long|recent|bitter|sad|hard|practical|actual|real|human|common|"
    r"universal|whole|past|later|subsequent|every\s*-?\s*day|everyday|way|lessons?|course|teaching|voice|"
    r"of|a|an)\s+){0,4}"
)
_SOURCE = (
    r"(?:experience|history|life|(?:the\s+)?past|events|facts|time|record|practice|observation|trial|"
    r"experiment|reality)"
)
# "of the last ten years", "of every nation": a short qualifier of the source
_QUALIFIER = r"(?:\s+of\s+[^,;:]{2,40}?)?"
_ADVERB = (
    r"(?:again|already|amply|abundantly|clearly|fully|long\s+since|long|now|often|repeatedly|sufficiently|"
    r"conclusively|always|plainly|invariably|everywhere|once\s+more)"
)
_VERB = (
    r"(?:shows?|shown|showed|proves?|proved|proven|demonstrates?|demonstrated|confirms?|confirmed|"
    r"teaches|taught|establishe[sd]|tells|told)"
)
_AFTER = (
    r"(?:(?:clearly|plainly|beyond\s+(?:all\s+)?(?:doubt|question)|conclusively|abundantly|amply)\s*,?\s+)?"
)
_SOURCE_FRAME = re.compile(
    r"^" + _BEFORE + _SOURCE + _QUALIFIER + r"\s+(?:(?:has|have|had)\s+)?(?:" + _ADVERB + r"\s+){0,2}"
    + _VERB + r"\s+(?:(?:us|me|mankind|men)\s+)?" + _AFTER + r"that\s+(?=\S)",
    re.I,
)
# "It has been proved (beyond doubt) (by experience) that X", "It is now shown that X"
_PASSIVE_FRAME = re.compile(
    r"^it\s+(?:has|had|is|was)\s+(?:(?:long|often|now|again|already|amply|abundantly|repeatedly|clearly|fully)"
    r"\s+)*(?:been\s+)?(?:shown|proved|proven|demonstrated|established|confirmed)"
    r"(?:\s+(?:beyond|past)\s+(?:all\s+)?(?:doubt|question))?"
    r"(?:\s+by\s+" + _BEFORE + _SOURCE + _QUALIFIER + r")?\s*,?\s+that\s+(?=\S)",
    re.I,
)
# "There is nothing so evident (in life) as that X", "Nothing is more certain than that X"
_NOTHING_SO = re.compile(
    r"^(?:there\s+is\s+)?nothing\s+(?:is\s+)?(?:so|more)\s+(?:evident|certain|clear|plain|obvious|sure|true|"
    r"manifest)(?:\s+(?:in|about|of)\s+[^,;:]{2,30}?)?\s+(?:as|than)\s+that\s+(?=\S)",
    re.I,
)


def strip_evidence(text: str) -> str:
    """The claim inside a frame of evidence: "Experience has shown that X" → "X"; other text unchanged."""
    text = text.strip()
    for frame in (_SOURCE_FRAME, _PASSIVE_FRAME, _NOTHING_SO):
        match = frame.match(text)
        if match and len(text[match.end():].split()) >= 3:
            return text[match.end():]
    return text
