"""The lead a listed item hangs on: "these are the problems that are mentioned: / ads are annoying; /
privacy violations; / distribution of malware and scams;". An item under a lead that names problems, harms
or complaints is one of them, not a measure proposed, though it is worded as a noun of action.
"""

from __future__ import annotations

import re

from bot.drafting.reading import Essay

# A lead naming what is wrong, or what others say is wrong.
_TROUBLES = re.compile(
    r"\b(?:problems?|harms?|dangers?|risks?|complaints?|concerns?|issues?|objections?|drawbacks?|downsides?"
    r"|costs?|faults?|evils?|symptoms?|abuses?|failings?|grievances?|threats?|worries|criticisms?)\b[^:]*:\s*$",
    re.I)
ITEMS = 12  # listed items looked back over for the lead


def under_troubles(essay: Essay, index: int) -> bool:
    """Whether the sentence at `index` is an item of a list whose lead names problems or harms."""
    for back in range(index - 1, max(-1, index - 1 - ITEMS), -1):
        text = essay.sentences[back].text.strip()
        if text.endswith(":"):
            return bool(_TROUBLES.search(text))
        if not text.endswith((";", ",")) and len(text.split()) > 14:
            return False  # prose, not a list item: the list, if any, began after it
    return False
