"""Whether a text argues at all: a story or a description tells what happened and proposes nothing.

Argument speaks in the present, the future and the modal mood ("prisons are", "we must", "it will");
narrative speaks in the past ("he was", "they had", "Tom sighed"). A text whose sentences are mostly
past-only and rarely present or modal is read as narrative, and the draft then says honestly that it
found no clear proposal rather than wording a motion out of a story. Quoted dialogue counts as neither,
so a story told mostly in speech is judged by its narration.
"""

from __future__ import annotations

import re

from bot.drafting.reading import Essay

# A finite verb of argument: present tense, modal, or an exhortation.
_PRESENT = re.compile(
    r"\b(?:is|are|am|has|have|do|does|must|should|shall|will|can|may|ought|need|needs|let us|let's|"
    r"cannot|can't|won't|isn't|aren't|doesn't|don't)\b",
    re.I,
)
# A finite verb of narration: past tense (regular verbs by their ending, with the commonest irregulars).
_PAST = re.compile(
    r"\b(?:was|were|had|did|said|went|came|took|saw|made|got|gave|found|thought|told|knew|sat|stood|"
    r"began|felt|left|brought|ran|lay|rose|\w{3,}ed)\b",
    re.I,
)
_DIALOGUE = re.compile(r"^[\"“‘']|[\"”’']$")
MIN_SENTENCES = 12  # shorter texts are judged on their wording alone
# How far the share of argumentative sentences must lead the share of narrative ones, and the share of
# past-only sentences that marks a story. On the dev texts every argued essay or speech leads by 0.2 or
# more with at most a quarter past-only (an op-ed in the simple present, "cars clog the streets", shows
# few auxiliaries); the two stories lead by 0.06 or less with over 0.4 past-only.
ARGUMENT_LEAD = 0.25
PAST_FLOOR = 0.3


def tense_shares(essay: Essay) -> tuple[float, float]:
    """(share of present or modal sentences, share of past-only sentences), dialogue left out."""
    told = [s.text for s in essay.sentences if not _DIALOGUE.search(s.text.strip())]
    if not told:
        return 0.0, 0.0
    present = sum(1 for text in told if _PRESENT.search(text))
    past = sum(1 for text in told if _PAST.search(text) and not _PRESENT.search(text))
    return present / len(told), past / len(told)


def reads_as_narrative(essay: Essay) -> bool:
    """Whether the text tells or describes rather than argues (too few present or modal sentences)."""
    if len(essay.sentences) < MIN_SENTENCES:
        return False
    present, past = tense_shares(essay)
    return past >= PAST_FLOOR and present - past < ARGUMENT_LEAD
