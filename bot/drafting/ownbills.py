"""A bill the author sends, described by what it will do: its effect is the proposal.

Speeches announce a measure ("I shall shortly send to the Congress a new Trade Expansion Act") and then say
what it does in the future tense ("The bill will permit the gradual elimination of tariffs …"). That second
sentence says what the House would do by passing it: "we should permit the gradual elimination of tariffs".

Only the author's own bill counts: the sentence calls it "my", "our" or "this Administration's" bill, or the
author announces sending or proposing a measure a few sentences before, and no sentence near it opposes the
bill ("I will veto it", "vote it down"). The verb must be one the House can do (`known`); a prediction about
the bill's fate ("the bill will fail in the Senate") is none.
"""

from __future__ import annotations

import re

from bot.drafting.reading import Essay

_BILL = (
    r"(?:bill|measure|act|legislation|program|programme|plan|proposal|amendment|treaty|scheme|reform)"
)
_EFFECT = re.compile(
    rf"^(?:(?:and|also|moreover|further|furthermore|finally|first|second|third),?\s+)?"
    rf"(?:(?:on|for|in|under|at|with)\s+[^,;:]{{2,40}}?,?\s+)?"
    rf"(?P<owner>the|this|my|our|that|(?:this|the)\s+Administration's)\s+(?:new\s+|proposed\s+)?{_BILL}\s+"
    rf"will\s+(?:also\s+|thus\s+|then\s+|therefore\s+)?(?P<verb>[a-z]+)\s+(?P<object>[^;:]{{6,}})$",
    re.I,
)
# "I shall shortly send to the Congress a new Act", "we are proposing legislation", "I will submit a bill".
_ANNOUNCED = re.compile(
    r"\b(?:I|we)\s+(?:(?:shall|will|am|are|have|today|now|also|\w+ly)\s+){0,3}"
    r"(?:send(?:ing)?|sent|submit(?:ting|ted)?|propos(?:e|ing|ed)|present(?:ing|ed)?|introduc(?:e|ing|ed)|"
    r"recommend(?:ing|ed)?|lay(?:ing)?\s+before)\b",
    re.I,
)
_AGAINST = re.compile(
    r"\b(?:oppose|opposing|veto|vetoing|reject|rejecting|defeat|vote\s+(?:it\s+)?(?:down|against)|"
    r"kill|bad\s+bill|dangerous|mistake)\b",
    re.I,
)
_ASIDE_OR_RELATIVE = r"\s+[-–—]|—|,?\s+(?:(?:in|on|of|for|by|to)\s+)?(?:which|whom|whose)\b"
ANNOUNCED_WITHIN = 5  # sentences before the effect in which the author's announcement may stand


def own_bill_effect(essay: Essay, index: int, known: set[str]) -> str | None:
    """ "The bill will permit X" after the author's "I shall send a bill" → "we should permit X", or None."""
    text = essay.sentences[index].text.strip().rstrip(".!")
    match = _EFFECT.match(text)
    if match is None or text.endswith("?"):
        return None
    verb = match.group("verb").lower()
    if verb not in known or verb in ("be", "have", "do"):
        return None
    near = [s.text for s in essay.sentences[max(0, index - ANNOUNCED_WITHIN) : index + 3]]
    if any(_AGAINST.search(t) for t in near):
        return None  # the bill is one the author argues against
    owned = match.group("owner").lower() not in ("the", "this", "that")
    if not owned and not any(_ANNOUNCED.search(t) for t in near[: min(index, ANNOUNCED_WITHIN) + 1]):
        return None
    # the effect without its dashed aside or a relative clause on its last noun ("on those items in which …")
    obj = re.split(_ASIDE_OR_RELATIVE, match.group("object"))[0]
    # "… on those items" only pointed to the relative clause just cut: without it, it points nowhere
    obj = re.sub(r"\s+\w+\s+(?:those|these|such)\s+\w+\s*$", "", obj).strip(" ,")
    return f"we should {verb} {obj}" if len(obj.split()) >= 2 else None
