"""An act whose object pointed back at an earlier sentence ("submit to this fatigue" → "submit to the
fatigue"): worded alone, its "the" names nothing. When the same sentence proposes another act, that one is
tried first."""

from __future__ import annotations

import re


def points_back(action: str, sentence: str) -> bool:
    """Whether a "the N" of the act was "this/that/these/those N" in its sentence."""
    for noun in re.findall(r"\bthe\s+([a-z][\w-]*)", action, re.I):
        if re.search(rf"\b(?:this|that|these|those)\s+{re.escape(noun)}\b", sentence, re.I):
            return True
    return False
