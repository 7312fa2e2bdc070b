"""Condensing an essay's sentence into a summary line: the asides, hedges and framing go.

Only words are dropped (and "our" becomes "the"): names, numbers, dates and the claim itself stay,
so nothing is said that the essay did not say.
"""

from __future__ import annotations

import re

# Hedges and intensifiers that colour a claim without changing what it says.
_HEDGES = re.compile(
    r"\b(?:perhaps|arguably|probably|possibly|surely|certainly|clearly|obviously|undoubtedly|"
    r"frankly|honestly|simply|really|truly|very|quite|rather(?! than)|pretty much|essentially|"
    r"basically|literally|actually|indeed|of course|in many ways|to some extent|in a sense|"
    r"to a large extent|in fact|at least in part|after all)\b,?\s*",
    re.I,
)
# "It is likely that X" → "X"; "It seems that X" → "X".
_HEDGE_FRAMES = re.compile(
    r"^(?:it (?:is|seems|appears) (?:likely|clear|obvious|evident|plain|true|fair to say) that|"
    r"it (?:seems|appears)(?: that)?|there is (?:little|no) doubt that|no doubt)\s+",
    re.I,
)
# Asides between dashes or brackets, and non-restrictive "who/which" clauses between commas.
_DASH_ASIDE = re.compile(r"\s+[–—]\s+[^–—]{3,90}?\s+[–—]\s+|\s*--\s+[^-]{3,90}?\s+--\s+")
_BRACKETS = re.compile(r"\s*\([^()]{1,120}\)|\s*\[[^\[\]]{1,120}\]")
_RELATIVE = re.compile(r",\s+(?:who|which|whose)\s+[^,;:]{3,90},")
# "…, he said." / "…, she argues." at the end of a sentence.
_ATTRIBUTION = re.compile(
    r",?\s+(?:he|she|they|it) (?:said|says|added|adds|argued|argues|wrote|writes|noted|notes)"
    r"(?=[.!?]?$)",
    re.I,
)
# Wordy phrases and their plain forms (same meaning).
_PLAIN = (
    (r"\bin order to\b", "to"),
    (r"\bdue to the fact that\b", "because"),
    (r"\bdespite the fact that\b", "although"),
    (r"\bin spite of\b", "despite"),
    (r"\bin the event that\b", "if"),
    (r"\bprior to\b", "before"),
    (r"\bsubsequent to\b", "after"),
    (r"\bat this point in time\b", "now"),
    (r"\b(?:is|are) able to\b", "can"),
    (r"\bwas able to\b", "could"),
    (r"\ba (?:large )?number of\b", "many"),
    (r"\bthe (?:vast )?majority of\b", "most"),
    (r"\bon a (daily|weekly|monthly|yearly) basis\b", r"\1"),
    (r"\bwith regard to\b|\bwith respect to\b|\bin relation to\b", "on"),
    (r"\bper ?cent\b", "%"),
    (r"\s+%", "%"),
)
# "According to X, Y." → "Y (X)."
_ACCORDING = re.compile(r"^according to (?P<who>[^,]{3,60}),\s*(?P<rest>.+?)(?P<end>[.!]?)$", re.I)
# The author's possessive: "our schools" → "the schools" ("our own" simply goes).
_OUR = re.compile(r"\b([Oo])ur\s+(own\s+)?")


def condense(text: str) -> str:
    """The sentence without hedges, asides and the author's possessives; its claim unchanged."""
    out = _HEDGE_FRAMES.sub("", text.strip())
    out = _DASH_ASIDE.sub(" ", out)
    out = _BRACKETS.sub("", out)
    out = _RELATIVE.sub("", out)
    out = _ATTRIBUTION.sub("", out)
    out = re.sub(r",\s*(" + _HEDGES.pattern + r")\s*,\s*", " ", out, flags=re.I)  # "has, in fact, lost"
    out = _HEDGES.sub("", out)
    for pattern, plain in _PLAIN:
        out = re.sub(pattern, plain, out, flags=re.I)
    source = _ACCORDING.match(out)
    if source:
        rest = source.group("rest")
        out = f"{rest[:1].upper()}{rest[1:]} ({source.group('who')}){source.group('end') or '.'}"
    out = _OUR.sub(lambda m: "The " if m.group(1) == "O" else "the ", out)
    out = re.sub(r"\s+([,.;:!?])", r"\1", " ".join(out.split()))
    out = re.sub(r",\s*,", ",", out).strip(" ,")
    if len(out.split()) < 4:  # too little left: keep the sentence as it was
        return text.strip()
    return out[:1].upper() + out[1:] if text[:1].isupper() else out
