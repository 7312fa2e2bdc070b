"""An author who says outright that they recommend nothing ("I am not going to recommend either course",
"I leave the choice to the reader"): a weighing of both sides, whose honest draft has no motion."""

from __future__ import annotations

import re

from bot.drafting.reading import Essay

_DECLINED = re.compile(
    r"\b(?:I|we)\s+(?:am|are)\s+not\s+going\s+to\s+(?:recommend|choose|take\s+(?:a\s+)?sides?|pick)\b|"
    r"\b(?:I|we)\s+(?:will|shall|do|can)\s*(?:not|n['’]t)\s+(?:recommend|choose\s+between|take\s+(?:a\s+)?sides?|"
    r"come\s+down\s+on\s+either)\s+(?:either|one|any|a\s+side|between|on)\b|"
    r"\b(?:I|we)\s+leave\s+(?:the\s+)?(?:choice|decision|verdict|question)\s+to\s+(?:you|the\s+reader|readers)\b",
    re.I,
)


def declines_to_recommend(essay: Essay) -> bool:
    """Whether the author says, outside quotation marks, that they will recommend neither side."""
    return any(_DECLINED.search(s.text) and not re.search(r"[\"“”]", s.text) for s in essay.sentences)
