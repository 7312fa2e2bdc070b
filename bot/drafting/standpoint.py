"""The author's own stance on a thing near the start: "I oppose the second runway, and I think the council
should too." The debate is over the thing, and the author says which side they are on in so many words, so
"This House opposes the second runway" is the motion and comes first.

Only a sentence that opens on the stance counts, and only "oppose", "support" and "be against". The scorer's
reader of stances (`bot/scoring/analyses/stances.stance_on`) finds one anywhere in a unit and in many more
words; put in its place here it changed the drafts of six State of the Union addresses, one of them to the
fragment "This House opposes the 45-", so the drafter keeps its narrower reading."""

from __future__ import annotations

import re

from bot.drafting.reading import Essay
from bot.drafting.structure import is_complete
from bot.drafting.wording import tidy

_STANCE = re.compile(
    r"^(?:(?:so|and|but|yet|let me be clear)\s*,?\s+)?(?:I|we)\s+"
    r"(?:(?:firmly|strongly|therefore|wholeheartedly)\s+)?"
    r"(?P<stance>oppose|support|am\s+against|are\s+against)\s+(?P<np>(?:the|a|an|any|all)\s+[^,;:.!?]{3,80}?)"
    r"(?=\s*[,.;:!]|\s+(?:and|because|but|as|since)\b|\s*$)", re.I)
STANCE_WITHIN = 2  # paragraphs from the start in which the author's stance counts as the thesis


def stance_motion(essay: Essay) -> list[tuple[str, str, list[str], set[int]]]:
    """[(motion, type, checks, sentences used)] for the author's stance near the start ("This House opposes
    / supports X"), or [] where the essay opens on none."""
    for s in essay.sentences:
        if s.paragraph >= STANCE_WITHIN:
            break
        found = _STANCE.match(s.text.strip())
        if found is None:
            continue
        verb = "supports" if found.group("stance").lower() == "support" else "opposes"
        motion = tidy(f"This House {verb} {found.group('np')}")
        if is_complete(motion):
            return [(motion, "policy", ["the author's own stance, in the author's words: check its wording"],
                     {s.index})]
    return []
