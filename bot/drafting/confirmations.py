"""A proposal put as a question and confirmed: "So your recommendation to this Committee is that the
Government should commit to a five-year settlement? / Mrs Patel: Yes." In an interview or a committee's
evidence the questioner often words the witness's proposal best, and the witness's "Yes" makes it theirs.
"""

from __future__ import annotations

import re

from bot.drafting.reading import Essay

# The question: someone's recommendation, proposal or view restated, its clause carrying a modal.
_RESTATED = re.compile(
    r"^(?:so\s*,?\s+|then\s*,?\s+|and\s+)?(?:(?:your|the|their|his|her)\s+(?:\w+\s+)?(?:recommendation|proposal|"
    r"suggestion|view|answer|ask|advice|position)(?:\s+to\s+[^,?]{2,50}?)?|what\s+you\s+(?:are|were)\s+"
    r"(?:proposing|recommending|suggesting|asking\s+for|saying))\s+is\s+that\s+"
    r"(?P<clause>[^?]{6,}?\b(?:should|must|ought\s+to)\b[^?]+)\?$",
    re.I,
)
# The answer: a speaker's label at most, then "Yes" (or "That's right", "Exactly").
_YES = re.compile(
    r"^(?:[A-Z][\w.' -]{1,40}(?:\([^)]{1,60}\))?\s*:\s*)?(?:yes|that's right|exactly|indeed|correct)\b", re.I)


def confirmed_proposal(essay: Essay, index: int) -> str | None:
    """The clause of a proposal the sentence at `index` restates as a question, when the next sentence
    answers "Yes"; None otherwise."""
    asked = _RESTATED.match(essay.sentences[index].text.strip())
    if asked is None or index + 1 >= len(essay.sentences):
        return None
    return asked.group("clause") if _YES.match(essay.sentences[index + 1].text.strip()) else None
