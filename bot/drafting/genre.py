"""Whether a text argues at all: a story or a description tells what happened and proposes nothing.

Argument speaks in the present, the future and the modal mood ("prisons are", "we must", "it will");
narrative speaks in the past ("he was", "they had", "Tom sighed"). A text whose sentences are mostly
past-only and rarely present or modal is read as narrative, and the draft then says honestly that it
found no clear proposal rather than wording a motion out of a story. Quoted dialogue counts as neither,
so a story told mostly in speech is judged by its narration.

A news report argues nothing of its own either: it tells what others say ("Councillor Marsh says the
council should …") and never speaks as "I" or "we". A text that attributes a good share of its sentences
to others in that way is read as a report, with the same honest answer.

A review judges a work ("the prose is plain and often beautiful", "the book does not try to …"): it speaks of
the book, its author and its chapters in sentence after sentence, and its verdict is on the work, not a
case to debate. It gets the same answer as a description.
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
MIN_SENTENCES = 6  # shorter texts are judged on their wording alone (a short memoir is still a story)
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


# A sentence that tells what someone else says: "Councillor Marsh says the council should …", "officers
# estimate that …", "according to the trust", or a quotation.
_ATTRIBUTION = re.compile(
    r"\b(?:says|said|argues|argued|claimed|tells|told|insists|insisted|estimated|warns|warned|"
    r"predicts|predicted|explains|explained|according to|(?:he|she|they) (?:asks|asked))\b"
    r"|^[\"“]|[\"”]$",
    re.I,
)
_AUTHOR = re.compile(r"\b(?:I|[Mm]y|[Mm]e|[Ww]e|[Oo]ur|[Uu]s)\b")  # not "US", the country
# A report attributes a good share of its sentences to others and hardly speaks as "I" or "we" outside quotes.
# On the dev texts every essay and speech attributes at most a fifth of its sentences (a story told in
# dialogue more, but in the first person); a news report attributes a third or more.
ATTRIBUTED_SHARE = 0.3
OWN_VOICE_SHARE = 0.05


def reads_as_report(essay: Essay) -> bool:
    """Whether the text reports what others say and do (news) rather than arguing in its own voice."""
    if len(essay.sentences) < MIN_SENTENCES:
        return False
    attributed = sum(1 for s in essay.sentences if _ATTRIBUTION.search(s.text.strip()))
    unquoted = [re.sub(r"[\"“][^\"”]*[\"”]", "", s.text) for s in essay.sentences]
    own_voice = sum(1 for text in unquoted if _AUTHOR.search(text))
    n = len(essay.sentences)
    return attributed / n >= ATTRIBUTED_SHARE and own_voice / n < OWN_VOICE_SHARE


# A sentence about a work under review: the book, its author, its chapters, its prose, its reader.
_WORK = re.compile(
    r"\b(?:(?:this|the|her|his|their|its)\s+(?:\w+\s+)?(?:book|novel|film|play|album|memoir|collection|"
    r"biography|poems|chapters?|prose|author|director|narrator)|(?:the\s+)?readers?)\b", re.I)
# The share of sentences that speak of the work, set before measuring: on the corpus every essay and speech
# stays under a tenth, a review written for the check is at 0.6 (the corpus's held-out review of a novel, at
# 0.23, stays under it: it was not used to set the level).
WORK_SHARE = 0.35


def reads_as_review(essay: Essay) -> bool:
    """Whether the text reviews a work (a book, a film) rather than arguing a case of its own."""
    if len(essay.sentences) < MIN_SENTENCES:
        return False
    about_work = sum(1 for s in essay.sentences if _WORK.search(s.text))
    return about_work / len(essay.sentences) >= WORK_SHARE
