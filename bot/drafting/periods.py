"""Long periods of old prose read down to the proposition they carry.

Eighteenth- and nineteenth-century argument states its thesis in one long period: an aside between
the subject and its verb ("bills of rights, in the sense and to the extent in which they are contended
for, are …"), a comma between a long subject and its verb ("the great security …, consists in …"), a
dashed aside, an opening concessive clause ("Though X, Y"). `unwind` takes these out and leaves the main
clause; the motion's structural check still decides whether what is left is a complete proposition.
A proposal's subject may carry an aside too ("the ordinance forbidding X, passed in another age, ought to be
repealed"): `subject_aside` takes it out before the proposal is read.
"""

from __future__ import annotations

import re

# "--", "—" or "–" around an aside of at most a dozen words: "at least—and it is commonly more than that—".
# A lone hyphen inside the aside ("narrow-minded") belongs to it; only a double one closes it.
_DASHED = re.compile(r"\s*(?:--|[—–])\s*(?:[^—–\-;:]|-(?!-)){1,120}?\s*(?:--|[—–])\s*")
# A dash that opens an afterthought running to the end of the period.
_TRAILING_DASH = re.compile(r"\s*,?\s*(?:--|[—–])\s*[^—–]*$")
# An aside set off by commas that opens on a preposition, a connective or a hedge: ", in the sense …, ".
_ASIDE = re.compile(
    r",\s+(?:in|by|at|for|with|without|on|from|under|after|before|upon|through|within|amidst|amid|among|"
    r"according to|as it were|perhaps|perchance|indeed|however|whatever|whoever|whichever|therefore|then|"
    r"moreover|at least|of course|"
    r"in short|in fact|no doubt|it is true|I say|so to speak|to be sure|I think|I believe|we may say)\b"
    r"(?!\s+(?:which|whom|whose)\b)"  # ", in which …,": a relative clause runs on past the comma
    r"[^,;:]{0,90},\s+",
    re.I,
)
# An aside of likeness that closes on its verb (", as the greater part of them now are,", ", as they call
# it,"): what follows it belongs to the main clause ("bred up, as most now are, in ignorance of …").
_AS_ASIDE = re.compile(
    r",\s+as\s+(?:[\w'-]+\s+){0,7}?(?:are|is|was|were|do|does|did|have|has|had|say|said|calls?|called"
    r"|think|thought|know|knew|see|saw|happens|happened|were)\s*,\s+(?=[a-z])",
    re.I,
)
# A closing concession: "…, whatever the reasons given", "…, however it is dressed up".
_TRAILING_CONCESSION = re.compile(r",\s+(?:whatever|however|whoever|whichever|wherever)\b[^,;:]{2,60}$", re.I)
# An opening concession or ground: "Though the law is old, it is just" → "it is just".
_OPENING_CLAUSE = re.compile(
    r"^(?:though|although|while|whilst|since|because|whereas|notwithstanding that)\b[^,;:]{3,140},\s+(?=\w)",
    re.I,
)
# Words that open a predicate after an old-style comma between subject and verb.
_PREDICATE_START = re.compile(
    r"^(?:is|are|was|were|has|have|hath|had|will|would|shall|should|must|may|might|can|cannot|could|"
    r"consists|lies|depends|rests|belongs|requires|remains|seems|appears|becomes|follows|arises|proceeds|"
    r"means|makes|gives|tends|ought)\b",
    re.I,
)
_CLAUSE_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|hath|had|will|would|shall|should|must|may|might|can|cannot|could|do|does|"
    r"did|doth)\b",
    re.I,
)


def _subject_comma(text: str) -> str:
    """Drop a comma that parts a long subject from its verb ("the great security …, consists in …")."""
    head, sep, rest = text.partition(", ")
    if sep and len(head.split()) >= 4 and not _CLAUSE_VERB.search(head) and _PREDICATE_START.match(rest):
        return f"{head} {rest}"
    return text


def unwind(text: str) -> str:
    """The period with its asides, an opening or closing concession and a subject-verb comma taken out."""
    before = None
    while before != text:
        before = text
        text = _DASHED.sub(" ", text, count=1)
    trailing = _TRAILING_DASH.search(text)  # "never to return,—prepared to send back …": an afterthought
    if trailing and _CLAUSE_VERB.search(text[: trailing.start()]):
        text = text[: trailing.start()]
    text = _AS_ASIDE.sub(" ", text)
    before = None
    while before != text:
        before = text
        text = _ASIDE.sub(" ", text, count=1)
    text = without_closing_concession(text)
    opening = _OPENING_CLAUSE.match(text)
    if opening and _CLAUSE_VERB.search(text[opening.end() :]):
        text = text[opening.end() :]
    return " ".join(_subject_comma(text).split())


# An aside between a proposal's subject and its modal: ", passed in a different age for reasons no one
# recalls," or ", in my view,". It opens on a participle, a relative word or a preposition, never on a noun:
# "Bread, milk and eggs should be free" is a list, not an aside.
_SUBJECT_ASIDE = re.compile(
    r"^(?P<subject>[^,;:]{2,110}?),\s+(?:[a-z]{3,}(?:ed|en|ing)|which|who|whose|whatever|however|though|although"
    r"|once|still|long|in|by|at|for|with|without|on|from|under|after|before|upon|through|within|like|as"
    r"|of\s+course|perhaps|I\s+think|I\s+believe)\b(?![^,;:]*\band\s*$)[^,;:]{2,140},\s+"
    r"(?P<rest>(?:should|ought\s+to)\b.+)$",  # "must" after an aside is as often necessity as a call
    re.I,
)


def subject_aside(text: str) -> str:
    """A proposal without an aside between its subject and its modal ("X, passed long ago, ought to be
    repealed" → "X ought to be repealed"); unchanged when it has none."""
    found = _SUBJECT_ASIDE.match(text)
    return f"{found.group('subject')} {found.group('rest')}" if found else text


def without_closing_concession(text: str) -> str:
    """A claim without the concession that closes it ("…, whatever the reasons given")."""
    found = _TRAILING_CONCESSION.search(text.rstrip(".!"))
    return text[: found.start()] if found else text
