"""Thesis statements read into motions: what the author declares, not what he asks for.

- "The era of X is over" (or "has passed", "is at an end") → "This House believes that the era of X is
  over": a value motion.
- "X must end" / "X must come to an end" → "This House would end X".
- "Our aim (goal, object, purpose, task) must be to X" → "This House would X".
- "We may (now) dispense with X" / "X can be dispensed with" → "This House would do without X".

The policy forms become a Recommendation with `asked` set: a declared aim weighs like an explicit request.
"""

from __future__ import annotations

import re

from bot.drafting.proposals import Recommendation, build_recommendation
from bot.drafting.wording import lower_first, strip_openers, tidy

# "I say again, …", "Let me say it plainly: …": the author's framing of the thesis.
_FRAMING = re.compile(
    r"^(?:(?:and|so|but)\s+)?(?:I|we)\s+(?:say|repeat|declare|tell you|said)"
    r"(?:\s+(?:it\s+)?(?:again|once more|plainly|today|tonight))*\s*[,:]\s*(?:that\s+)?",
    re.I,
)
_ERA = re.compile(
    r"^(?P<subject>(?:the|an?|our)\s+(?:era|age|day|days|time|times|reign|rule)\s+of\s+[^,;:]{2,60}?)\s+"
    r"(?P<verb>is|are|has|have)\s+(?P<rest>over|past|gone|passed|ended|at an end)$",
    re.I,
)
_MUST_END = re.compile(
    r"^(?P<subject>(?:the|this|our|all|such)\s+[^,;:]{2,60}?)\s+(?:must|should|shall)\s+"
    r"(?:end|cease|stop|come to an end|be brought to an end)(?:\s+(?:now|at once|here|today))?$",
    re.I,
)
_AIM = re.compile(
    r"^(?:and\s+|so\s+)?(?:our|the|your)\s+(?:first\s+|chief\s+|main\s+|great\s+|only\s+|whole\s+)?"
    r"(?:aim|goal|object|objective|purpose|task|duty|mission|end)\s+(?:must|should|shall|ought to)\s+be\s+"
    r"to\s+(?P<vp>.+)$",
    re.I,
)
_DISPENSE = re.compile(
    r"(?:^|\bthat\s+|,\s+)(?:(?:I|we)\s+(?:\w+\s+){0,2}?(?:may|can|could|might|shall|should|must)\s+"
    r"(?:now\s+|safely\s+|well\s+|at once\s+|henceforth\s+|therefore\s+)*dispense\s+with\s+(?P<object>.+)$)",
    re.I,
)
_DISPENSED = re.compile(
    r"^(?P<object>(?:the|all|our|these|such|many|most)\s+[^,;:]{2,60}?)\s+(?:may|can|could|might|should|must)\s+"
    r"(?:now\s+|safely\s+|well\s+)*be\s+dispensed\s+with$",
    re.I,
)
_DENIED = re.compile(r"\b(?:not|never|no longer)\s+(?:be\s+)?(?:dispense|end|to)\b", re.I)
_OBJECT_CUT = re.compile(
    r"(?:,|;|:|\s+[–—-]{1,2}\s+|"
    r"\s+(?:and that|which|who|so that|in order to|because|since|while|whereas)\b).*$",
    re.I,
)


def _clean(text: str) -> str:
    text = _FRAMING.sub("", strip_openers(text.strip()))
    return text.rstrip(".!;: ").strip()


def value_thesis(sentence: str) -> str | None:
    """A value motion for a declared thesis ("The era of X is over"), or None."""
    text = _clean(sentence)
    if text.endswith("?"):
        return None
    match = _ERA.match(text)
    if match is None:
        return None
    verb = match.group("verb").lower()
    rest = match.group("rest").lower()
    if verb in ("has", "have") and rest not in ("passed", "ended", "gone"):
        return None
    if verb in ("is", "are") and rest in ("passed", "ended"):
        return None
    subject = lower_first(match.group("subject"))
    return tidy(f"This House believes that {subject} {verb} {rest}")


def policy_thesis(sentence: str, known: set[str]) -> Recommendation | None:
    """The policy a thesis statement declares ("our aim must be to X", "we may dispense with X",
    "X must end"), as a Recommendation by the House, or None."""
    text = _clean(sentence)
    if text.endswith("?") or _DENIED.search(text):
        return None
    found: Recommendation | None = None
    aim = _AIM.match(text)
    dispense = _DISPENSE.search(text) or _DISPENSED.match(text)
    ending = _MUST_END.match(text)
    if aim:
        found = build_recommendation("we", aim.group("vp"), False, known, False)
    elif dispense:
        thing = _OBJECT_CUT.sub("", dispense.group("object")).strip()
        if len(thing.split()) >= 2 and not re.match(r"^(?:it|them|this|that|these|those)\b", thing, re.I):
            found = Recommendation("we", (f"do without {lower_first(thing)}",), False)
    elif ending:
        subject = ending.group("subject")
        if not re.match(r"^(?:this|that)\s+(?:\w+\s+)?(?:is|was|must|should)\b", subject, re.I):
            found = build_recommendation("we", f"end {lower_first(subject)}", False, known, False)
    if found is None:
        return None
    return Recommendation(found.actor, found.actions, False, details=found.details, asked=True)

