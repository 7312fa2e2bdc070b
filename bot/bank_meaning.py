"""Craft checks that read meaning: one debate set twice, and an info slide that takes a side.

Both give warnings only (bot/bank_craft.py gathers them). The same-debate check compares
motions with the shipped static sentence encoder (bot/scoring/encoder.py), which loads in a
fraction of a second; the slant check reads cue words, since the reader's stance head, trained
on speeches, leans on plain facts too often to judge an info slide.
"""

from __future__ import annotations

import re

import numpy as np

from bot.bank import Bank, Motion
from bot.bank_check import Problem, house_form

# Cosine of two motions' propositions at or above which they are likely one debate. On the
# 109-motion bank of December 2026 the closest distinct pair (faith-school funding and
# single-sex-school funding) sat at 0.79; paraphrases of one motion scored 0.8 to 0.96.
SAME_DEBATE = 0.8
_OPENING = re.compile(r"^This House (?:would|believes that|regrets|supports|opposes|prefers) ")
# Words that judge rather than inform: an info slide states facts and lets both sides argue.
_LOADED = re.compile(
    r"\b(?:clearly|obviously|undeniabl[ey]|unquestionabl[ey]|of course|rightly|wrongly|sadly|"
    r"unfortunately|thankfully|shameful(?:ly)?|disgraceful|disastrous(?:ly)?|absurd(?:ly)?|"
    r"indefensibl[ey]|outrageous(?:ly)?|it is time|no one can deny)\b", re.I,
)
_NORMATIVE = re.compile(r"\b(?:should|ought to)\b", re.I)
# A sentence that reports someone's view, or poses the motion's question, does not take a side.
_REPORTED = re.compile(
    r"\b(?:argue[sd]?|argues|arguing|held|holds|says?|said|claims?|claimed|believes?|believed|"
    r"suggest(?:s|ed)?|urge[sd]?|propose[sd]?|called for|calls for|contends?|insists?|"
    r"according to|repl(?:y|ies|ied)|warn(?:s|ed)?|wrote|writes|lists?|feared|asks?|whether|"
    r"motion|critics|supporters|advocates|opponents|in \w+'s (?:terms|view))\b", re.I,
)


def _proposition(text: str) -> str:
    """What a motion proposes, without its House opening ('ban boxing', 'X should Y')."""
    return _OPENING.sub("", house_form(text))


def same_debates(bank: Bank, threshold: float = SAME_DEBATE) -> list[Problem]:
    """Pairs of motions whose propositions mean nearly the same: one debate set twice."""
    from bot.scoring.encoder import shipped_encoder

    motions = bank.motions
    if len(motions) < 2:
        return []
    vectors = shipped_encoder().encode([_proposition(m.text) for m in motions])
    cosines = vectors @ vectors.T
    found = []
    for i, j in zip(*np.triu_indices(len(motions), k=1), strict=True):
        if cosines[i, j] >= threshold:
            first, second = motions[int(i)], motions[int(j)]
            found.append(Problem(bank.file_of(first), first.id, "text",
                                 f"may be the same debate as {second.id} "
                                 f"(similarity {cosines[i, j]:.2f}): make them distinct"))
    return found


def slanted_sentences(motion: Motion) -> list[str]:
    """Sentences of the info slide that argue in their own voice rather than inform."""
    sentences = re.split(r"(?<=[.!?])\s+", motion.info_slide)
    return [
        s for s in sentences
        if (_LOADED.search(s) or _NORMATIVE.search(s)) and not _REPORTED.search(s)
        and '"' not in s and "“" not in s
    ]


def one_sided_slides(bank: Bank) -> list[Problem]:
    """Info slides with a sentence that takes a side ('clearly', an unattributed 'should')."""
    found = []
    for motion in bank.motions:
        if slanted := slanted_sentences(motion):
            quoted = slanted[0] if len(slanted[0]) <= 90 else slanted[0][:87] + "…"
            found.append(Problem(bank.file_of(motion), motion.id, "info_slide",
                                 f"may argue one side: “{quoted}” — state facts and let the "
                                 "sides argue"))
    return found
