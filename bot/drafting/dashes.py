"""An aside between dashes is taken out whole or not at all.

"in present society, based on individual property--that is to say, on plunder, …--facts of this kind are
limited": a motion that keeps the opening dash of such an aside but not the closing one ("… property--that is
to say and on a narrow-minded") is half an aside with no main clause. `dash_problem(motion, source)` names it.
"""

from __future__ import annotations

import re

# A dash that opens or closes an aside: ASCII "--", an em dash, or a spaced en dash.
_DASH = re.compile(r"--|—|\s–\s")


def dash_problem(motion: str, source: str) -> str | None:
    """Why a motion keeps one dash of an aside the source closes later, or None."""
    opened = len(_DASH.findall(motion))
    if opened % 2 == 0 or len(_DASH.findall(source)) <= opened:
        return None
    return "keeps the opening dash of an aside but not its close: an aside is taken out whole or not at all"
