"""A paragraph drafted behind an opening that proposes nothing, for the drafting generality sets
(test_drafting_generality.py, test_drafting_broad.py, test_drafting_nineteenth.py and the
paragraph tests of test_drafting_occasions.py, _set_off.py, _calls.py and _pointing.py)."""

from __future__ import annotations

import re

from bot.drafting import draft_essay
from bot.drafting.ranking import content_stems

# The first sentences of an opening that proposes nothing: a talk given at a community centre.
TALK_OPENING = (
    "This piece was first given as a short talk at the community centre on a wet Thursday evening in "
    "November. About forty people came, which is more than the organisers had chairs for, and several "
    "of them stayed afterwards to ask questions over tea. A few of those questions are answered in what "
    "follows, and the figures have been checked against the annual reports that the library keeps on its "
    "reference shelf. The writer has lived in the district for most of her life and has served on two "
    "of its parish committees, though she writes here for herself alone and not for either committee. "
)

# A closing sentence that proposes nothing, so that a short paragraph makes an essay long enough to draft.
CLOSING = (
    " Those who came to the talk raised the same point again and again, and the questions were fair ones "
    "that deserve a plain reply from everyone concerned with the matter."
)

# The share of the expected motion's content words a drafted motion must carry.
THRESHOLD = 0.6


def drafted_after(opening: str, paragraph: str) -> list[str]:
    """The motions the drafter prints for an essay of the opening and then the paragraph."""
    return [m.text for m in draft_essay(opening + "\n\n" + paragraph + "\n").motions]


def carries(motion: str, expected: str, lead: str = r"^This House would ") -> bool:
    """Whether a motion carries most of the expected motion's content words (`lead` taken off)."""
    wanted = content_stems(re.sub(lead, "", expected))
    return bool(wanted) and len(wanted & content_stems(motion)) / len(wanted) >= THRESHOLD
