"""Frames around an explicit proposal, rewritten to the plain "ACTOR should VP" the parser reads.

"I would urge ministers to V" → "ministers should V"; "It is time the council made X Y" → "the council should
make X Y"; "My recommendation is that X should V" and "It is my firm opinion, …, that X ought to V" → the
clause; "that X be established" → "X should be established"; "Nothing short of a ban on X will do" → "we
should impose a ban on X"; "Instead of V-ing A, X should V B" → "X should V B"; "X should stop A and should
instead V B" → one modal for both verbs. A sentence with none of these frames comes back unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_READERS = re.compile(r"^(?:you|the reader|readers|everyone|anyone|all of you|each of you)\b", re.I)
_URGE = re.compile(
    r"^I\s+(?:would\s+|should\s+|do\s+|must\s+)?(?:strongly\s+|therefore\s+|now\s+)?"
    r"(?:urge|ask|call\s+(?:up)?on|implore|beg|press)\s+(?P<actor>(?!(?:a|an|that|this|it|leave|indulgence|permission|pardon|attention|patience|your)\b)[^,;:]{2,60}?)\s+"
    r"to\s+(?P<vp>\w.+)$",
    re.I,
)
_PAST_IRREGULAR = {
    "made": "make", "took": "take", "gave": "give", "put": "put", "set": "set", "brought": "bring",
    "paid": "pay", "built": "build", "cut": "cut", "began": "begin", "did": "do", "kept": "keep",
    "sold": "sell", "shut": "shut", "let": "let", "held": "hold", "got": "get", "found": "find",
    "spent": "spend", "stood": "stand", "left": "leave",
}
_TIME = re.compile(
    r"^(?i:it is|it's)\s+(?:high\s+|about\s+|surely\s+|now\s+)?time\s+(?:that\s+)?"
    r"(?P<actor>(?!to\b|for\b)[A-Za-z][^,;:]{1,80}?)\s+"
    r"(?:(?P<passive>was|were)\s+(?P<part>[a-z]+(?:ed|en|t))|(?P<verb>[a-z]{2,}ed|"
    + "|".join(_PAST_IRREGULAR) + r"))\b(?P<rest>.*)$",
)
_OPINION = re.compile(
    r"^(?:(?:my|our)\s+(?:\w+\s+)?(?:recommendation|proposal|suggestion|advice|view|opinion|belief|conviction|"
    r"contention|submission)\s+is,?\s+(?:\w+\s+)?that"
    r"|it\s+is\s+(?:my|our)\s+(?:\w+\s+)?(?:opinion|view|belief|conviction|recommendation|contention)"
    r"(?:,[^,]{2,90},)?\s+that"
    r"|I\s+(?:would\s+)?(?:\w+ly\s+)?(?:propose|suggest|recommend|submit)\s+that)\s+(?P<clause>.+)$",
    re.I,
)
_SUBJUNCTIVE = re.compile(r"^(?P<actor>[^,;:]{2,90}?)\s+be\s+(?P<part>[a-z]+(?:ed|en|t))\b(?P<rest>.*)$")
_NOTHING_SHORT = re.compile(
    r"^(?:[^;:]{2,200}?(?:,\s+and|;)\s+)?nothing\s+(?:short\s+of|less\s+than)\s+(?P<np>(?:a|an|the)\s+.{3,140}?)\s+(?:will|would|can|could)\s+"
    r"(?:do|suffice|serve|work)$",
    re.I,
)
_IMPOSED = re.compile(
    r"^(?:a|an|the)\s+(?:\w+\s+)?(?:ban|cap|limit|tax|levy|duty|moratorium|curfew|charge)\b", re.I)
_WHETHER_ASIDE = re.compile(
    r",\s+whether\s+[^,;:]{1,40}(?:,\s+[^,;:]{1,40})*?\s+or\s+[^,;:]{1,40},(?=\s)", re.I)
_INSTEAD_OPENER = re.compile(r"^(?:instead of|rather than)\s+\w+ing\b[^,;]{0,90},\s*(?=\S)", re.I)
_SECOND_MODAL = re.compile(
    r"^(?P<first>[^,;:]{2,90}?\b(?:should|must)\s+\w[^;:]*?),?\s+and\s+(?:should|must)\s+(?P<adv>instead\s+|also\s+)?"
    r"(?=[a-z])",
    re.I,
)


def _past_to_base(word: str, base: Callable[[str], str]) -> str | None:
    """The base form of a simple past ("made" → "make", "banned" → "ban"), or None when it is not one."""
    if word in _PAST_IRREGULAR:
        return _PAST_IRREGULAR[word]
    return base(word) if word.endswith("ed") and len(word) > 4 else None


def unframe(text: str, base: Callable[[str], str]) -> str:
    """The sentence with a proposal's frame rewritten to "ACTOR should VP" (`base`: a participle's base form);
    unchanged when it has none of the frames above."""
    text = _INSTEAD_OPENER.sub("", text, count=1)
    text = _WHETHER_ASIDE.sub("", text, count=1)  # "Every container, whether glass or can, should …"
    urged = _URGE.match(text)
    if urged and not _READERS.match(urged.group("actor")):
        return f"{urged.group('actor')} should {urged.group('vp')}"
    opinion = _OPINION.match(text)
    if opinion:
        text = opinion.group("clause")
        subjunctive = _SUBJUNCTIVE.match(text)
        modal = re.search(r"\b(?:should|must|shall|will|would|may|ought)\b", subjunctive["actor"]) if (
            subjunctive) else None
        if subjunctive and not modal:
            text = f"{subjunctive['actor']} should be {subjunctive['part']}{subjunctive['rest']}"
    time = _TIME.match(text)
    if time:
        if time.group("passive"):
            return f"{time.group('actor')} should be {time.group('part')}{time.group('rest')}"
        plain = _past_to_base(time.group("verb"), base)
        if plain:  # ", and enforced it": a second past verb of the same subject
            rest = re.sub(r"^(.*?,?\s+and\s+)([a-z]{3,}ed)\b(?=\s+(?:it|them)\s*$|\s*$)",
                          lambda m: m.group(1) + (_past_to_base(m.group(2), base) or m.group(2)),
                          time.group("rest"))
            return f"{time.group('actor')} should {plain}{rest}"
    short = _NOTHING_SHORT.match(text)
    if short:
        verb = "impose" if _IMPOSED.match(short.group("np")) else "introduce"
        return f"we should {verb} {short.group('np')}"
    return text


def one_modal(text: str) -> str:
    """"X should stop A and should instead V B" → "X should stop A and instead V B"."""
    return _SECOND_MODAL.sub(lambda m: f"{m.group('first')} and {m.group('adv') or ''}", text, count=1)


_OWN = re.compile(r"^(?:I\b|my\b|our\b|it\s+is\s+(?:my|our)\b|it\s+is\s+(?:high\s+|about\s+)?time\b|"
                  r"it's\s+time\b|(?:[^;:]{2,200}?(?:,\s+and|;)\s+)?nothing\s+(?:short\s+of|less\s+than)\b)",
                  re.I)


def own_frame(text: str) -> bool:
    """Whether the frame around a proposal is the author's own call ("I would urge …", "It is time …")."""
    return bool(_OWN.match(text))
