"""The lead a listed item hangs on: "these are the problems that are mentioned: / ads are annoying; /
privacy violations; / distribution of malware and scams;". An item under a lead that names problems, harms
or complaints is one of them, not a measure proposed, though it is worded as a noun of action.
"""

from __future__ import annotations

import re

from bot.drafting.baseforms import EVERYDAY, STATIVE
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


# A heading over the options the author set aside: "Rejected Ideas", "Alternatives considered", "Objections".
_SET_ASIDE = re.compile(
    r"^(?:(?:rejected|discarded|dismissed|abandoned)\s+(?:ideas?|alternatives?|options?|proposals?|approaches?)|"
    r"(?:other\s+)?alternatives?\s+(?:considered|rejected)|alternatives?|objections?(?:\s+and\s+replies)?|"
    r"counter-?arguments?|arguments?\s+against|what\s+we\s+(?:rejected|ruled\s+out)|options?\s+ruled\s+out|"
    r"why\s+not\s+.+|ideas?\s+not\s+(?:taken|pursued)|criticisms?|concerns?\s+raised|open\s+issues|"
    r"(?:common\s+|anticipated\s+)?objections?\s+answered|frequently\s+asked\s+questions|faqs?)[.:]?$", re.I)
HEADINGS = 8  # headings looked back over for the section's own
# A heading that opens the author's own part again: "Conclusion", "Rationale", "The proposal".
_OWN_PART = re.compile(
    r"^(?:conclusions?|summary|(?:the\s+|our\s+)?proposals?|recommendations?|specification|rationale|motivation|"
    r"abstract|introduction|background|discussion)[.:]?$", re.I)


def in_set_aside_section(essay: Essay, index: int) -> bool:
    """Whether the sentence at `index` stands in a section headed as options rejected ("Rejected Ideas /
    Keep the current 18 month release cadence / This is undesirable …"): a heading worded as an order there
    names an option the author turns down. The section's heading is the nearest heading before it that is
    no order itself; any heading that is not set aside ends the search."""
    from bot.drafting.grammar import VERBS  # here: grammar reads the finder, which reads this module

    seen = 0
    for back in range(index - 1, -1, -1):
        sentence = essay.sentences[back]
        text = sentence.text.strip()
        if not sentence.standalone or text.endswith((":", ";")) or re.match(r"[-–—*•·+]\s", text):
            continue  # prose, a list's lead or one of its items: no heading
        seen += 1
        if _SET_ASIDE.match(sentence.text.strip()):
            return True
        first = sentence.text.split()[0].lower() if sentence.text.split() else ""
        if seen >= HEADINGS or not (first in VERBS or first in EVERYDAY or first in STATIVE):
            return False  # a section of its own: the set-aside one, if any, ended before it
    return False


def heading_under_set_aside(essay: Essay, index: int) -> bool:
    """Whether the sentence at `index` is a heading in a section of views the author answers ("Criticism /
    Mercurial is better than Git / Whether Mercurial or Git is better …"): the heading states the view
    answered, not the author's claim."""
    if not essay.sentences[index].standalone:
        return False
    seen = 0
    for back in range(index - 1, -1, -1):
        sentence = essay.sentences[back]
        text = sentence.text.strip()
        if not sentence.standalone or text.endswith((":", ";")):
            continue
        if _SET_ASIDE.match(text):
            return True
        seen += 1
        if seen >= HEADINGS or _OWN_PART.match(text):
            return False
    return False
