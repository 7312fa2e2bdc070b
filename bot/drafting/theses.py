"""Thesis statements read into motions: what the author declares, not what he asks for.

- "The era of X is over" (or "has passed", "is at an end") → "This House believes that the era of X is
  over": a value motion; so is a plain verdict ("Zoos have had their day", "X was a costly mistake":
  `verdicts.py`).
- "X must end" / "X must come to an end" → "This House would end X".
- "Our aim (goal, object, purpose, task) must be to X" → "This House would X".
- "We may (now) dispense with X" / "X can be dispensed with" → "This House would do without X".

The policy forms become a Recommendation with `asked` set: a declared aim weighs like an explicit request.
"""

from __future__ import annotations

import re

from bot.drafting.aims import names_measure
from bot.drafting.cues import VIEW_HEAD
from bot.drafting.pointers import OWN_PLACES
from bot.drafting.proposals import Recommendation, build_recommendation, parse_recommendation
from bot.drafting.verdicts import verdict
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
    r"^(?:and\s+|so\s+)?(?:our|the|your)\s+(?:(?:first|chief|main|great|only|whole|ultimate|immediate|national"
    r"|common|final|highest)\s+)?"
    r"(?:aim|goal|object|objective|purpose|task|duty|mission|end)\s+(?:must|should|shall|ought to)\s+be\s+"
    r"(?:to\s+(?P<vp>.+)|(?P<np>(?:a|an)\s+(?!\w+\s+(?:of|that|which|who)\b).+))$",
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


# A title that states a claim: "Prisons: A Social Crime and Failure", "Luxury: the Ruin of Nations".
_TITLE_CLAIM = re.compile(
    r"^(?P<subject>[A-Z][\w'’-]+(?:\s+[\w'’-]+){0,3}?)\s*[:—–-]\s+(?P<np>(?:an?|the)\s+[\w'’-]+(?:[\s,]+[\w'’-]+){0,7})$",
    re.I,
)
_TITLE_NOT_CLAIM = re.compile(r"^(?:chapter|part|book|section|letter|essay|speech|address|volume)\b", re.I)


# A title that is itself a claim, after an optional series label: "The Federalist No. 51: The Structure of
# the Government Must Furnish the Proper Checks …" → "the structure of the government must furnish …".
_TITLE_SENTENCE = re.compile(
    r"^(?:[^:]{2,40}:\s+)?(?P<subject>(?:The|A|An|Our|All|Every|No)\s+[\w'’-]+(?:\s+[\w'’-]+){0,5}?)\s+"
    r"(?P<verb>Must|Should|Ought\s+to|Cannot|Can\s+Not|Need\s+Not|Is|Are)\s+(?P<rest>[\w'’-]+(?:\s+[\w'’,-]+){2,14})$",
)


def _title_sentence(text: str, names: frozenset[str]) -> tuple[str, str] | None:
    """(belief motion, subject) for a title written as a whole claim with its verb, or None."""
    match = _TITLE_SENTENCE.match(text)
    if match is None:
        return None
    words = f"{match.group('subject')} {match.group('verb')} {match.group('rest')}".split()
    clause = " ".join(w if w.lower().strip(",") in names else w.lower() for w in words)
    return tidy(f"This House believes that {clause}"), match.group("subject").split(None, 1)[1]


def title_states_claim(title: str) -> bool:
    """Whether a title is a whole claim with its verb ("The Structure of the Government Must Furnish …")."""
    return _TITLE_SENTENCE.match(title.strip().rstrip(".")) is not None


def title_thesis(title: str | None, names: frozenset[str] = frozenset()) -> tuple[str, str] | None:
    """(belief motion, subject) for a title that states a claim ("X: A Y" → "X is a Y", or a whole claim
    with its verb, "The Structure of the Government Must Furnish …"), or None."""
    text = (title or "").strip().rstrip(".")
    sentence = _title_sentence(text, names)
    if sentence is not None:
        return sentence
    match = _TITLE_CLAIM.match(text)
    if match is None or _TITLE_NOT_CLAIM.match(text) or re.search(r"\d", text):
        return None
    subject = match.group("subject").strip()
    last = subject.split()[-1].lower()
    verb = "are" if last.endswith("s") and not last.endswith(("ss", "ics", "ness", "sis", "us")) else "is"
    np = lower_first(match.group("np").strip())
    return tidy(f"This House believes that {subject.lower()} {verb} {np.lower()}"), subject


# The author vouches for a claim: "It is surely beyond a doubt that X", "I hold that X", "There can be
# no doubt that X". The claim, X, is the thesis.
_VOUCHED = re.compile(
    # "Yet I hold …", "And so I have come to believe …": a connective may open the sentence
    r"^(?:(?:yet|but|and|so|still|now|therefore|thus|hence|and\s+so|and\s+yet)\s*,?\s+)?"
    r"(?:(?:it\s+is|it's)\s+(?:surely\s+|quite\s+|very\s+|perfectly\s+|now\s+)?"
    r"(?:beyond\s+(?:a|all|any)\s+doubt|certain|evident|undeniable|indisputable|self-evident)|"
    r"there\s+(?:can\s+be|is)\s+no\s+(?:doubt|question)|"
    r"(?:I|we)\s+(?:\w+ly\s+|therefore\s+|then\s+|now\s+|thus\s+)?(?:hold|maintain|contend|affirm|submit|declare"
    r"|insist|conceive|apprehend)"
    r"|(?:I|we)\s+(?:am|are)\s+(?:\w+ly\s+|therefore\s+|still\s+)?(?:convinced|persuaded|satisfied|"
    r"of\s+(?:the\s+)?(?:opinion|mind|view))|"  # "Yet I am of opinion that …"
    # "I say to you plainly, that …", "we say, once more, that …": what the speaker says, in so many words
    r"(?:I|we)\s+(?:therefore\s+|then\s+|now\s+)?(?:say|tell\s+you)"
    r"(?:\s+(?:to\s+you|to\s+this\s+\w+|plainly|frankly|again|once\s+more|here))*|"
    r"(?:I|we)\s+(?:have\s+)?come\s+to\s+(?:believe|think|see)|"
    + VIEW_HEAD + r")"
    # "I hold, therefore, that …", "I have come to believe, slowly, that …": an aside before the clause
    r"(?:\s*,\s*[^,]{1,60},)?\s*,?\s+that\s+(?P<claim>.+)$",
    re.I,
)
# A principle the author asserts inside a longer period: "… the occasion has been judged proper for
# asserting, as a principle in which our rights are involved, that X".
_ASSERTED = re.compile(
    r"\b(?:assert|asserting|declare|declaring|affirm|affirming|lay(?:ing)?\s+it\s+down)"
    r"(?:\s*,\s*as\s+a\s+(?:principle|maxim|rule)[^,]{0,100},)?\s+that\s+(?P<claim>[^;:]+)$",
    re.I,
)
# ("this island ought to …" names the author's own place, which the motion calls "the island")
_CLAIM_OPENS_BADLY = re.compile(
    rf"^(?:it|this(?!\s+(?:{OWN_PLACES})\b)|that|these|those|they|he|she|I|we|you|there|such)\b", re.I)
# "the continents, by the condition which they have assumed, are …": an aside between subject and verb.
_ASIDE = re.compile(
    r"^(?P<subject>(?:the|our|all|every|no)\s+[^,]{2,50}?),\s+[^,]{3,100},\s+"
    r"(?P<verb>(?:is|are|was|were|has|have|must|should|will|can|may|ought)\b.*)$",
    re.I,
)
# "X are henceforth not to be considered as Y": a rule laid down, read as "should".
_DEONTIC = re.compile(
    r"\b(?:is|are)\s+(?P<when>(?:henceforth|hereafter|now|therefore|always)\s+)?(?P<neg>not\s+)?to\s+be\b",
    re.I,
)


def vouched_claim(sentence: str, names: frozenset[str] = frozenset()) -> str | None:
    """The belief motion for a claim the author vouches for ("it is beyond a doubt that X") or
    asserts as a principle ("… for asserting, as a principle, that X"), or None. `names`: the essay's
    proper names, which keep their capital."""
    claim = vouched_clause(sentence)
    return tidy(f"This House believes that {lower_first(claim, names)}") if claim else None


def vouched_clause(sentence: str) -> str | None:
    """The clause X of a claim the author vouches for ("Yet I hold that X, and that Y"), or None: read as a
    proposal where it has one ("the Free Library ought to be opened on Sundays")."""
    text = _clean(sentence)
    if text.endswith("?"):
        return None
    match = _VOUCHED.match(text) or _ASSERTED.search(text)
    if match is None:
        return None
    # "that X, and that Y": the first claim is the thesis; the second is read on its own
    claim = re.split(r",?\s+and\s+that\s+", match.group("claim").strip(), maxsplit=1)[0]
    if _CLAIM_OPENS_BADLY.match(claim) or len(claim.split()) < 4:
        return None
    aside = _ASIDE.match(claim)
    if aside:
        claim = f"{aside.group('subject')} {aside.group('verb')}"
    claim = re.sub(rf"^this\s+(?=(?:{OWN_PLACES})\b)", "the ", claim, flags=re.I)  # the author's own place
    return _DEONTIC.sub(lambda m: f"should {m.group('when') or ''}{m.group('neg') or ''}be", claim, count=1)


# The author announces the thesis: "The object of this Essay is to explain … an opinion …: That X".
_ANNOUNCED = re.compile(
    r"\b(?:object|purpose|aim|design|intention|business)\s+(?:of\s+(?:this|the\s+present|my|our)\s+"
    r"(?:essay|paper|book|treatise|chapter|address|letter|work|inquiry|discourse)|(?:here\s+)?)\s*is\s+to\s+"
    r"(?:explain|show|prove|demonstrate|maintain|argue|establish|set\s+out|defend)\b[^;]{0,500}?"
    r"(?::\s*|\s+)that\s+(?P<claim>.+)$",
    re.I,
)
# "the principle which regulates X—the legal subordination of Y—is wrong": the aside names the subject.
_DASHED_SUBJECT = re.compile(r"^[^—–]{3,120}?[—–]\s*(?P<named>[^—–]{3,80}?)\s*[—–]\s*(?P<rest>.+)$")
_CLAIM_END = re.compile(r"(?:,\s+and\s+|;\s*|:\s*|,\s+(?:but|while|which)\s+).*$", re.I)


_LATER_CLAIM = re.compile(r"[;,]\s*and\s+that\s+(?P<clause>.+)$", re.I)

_PLAIN_SUBJECT = re.compile(
    r"^(?:that\s+)?(?P<subject>(?:the|this|our|a|an)\s+[^,;:]{3,100}?)\s+(?:is|are)\s+", re.I
)


def announced_policy(period: str, known: set[str]) -> Recommendation | None:
    """The policy in a later clause of an announced thesis ("…; and that it ought to be replaced by
    Y"), its "it" read as the thesis's subject, or None."""
    text = " ".join(period.split())
    match = _ANNOUNCED.search(text)
    if match is None:
        return None
    claim = match.group("claim")
    later = _LATER_CLAIM.search(claim)
    if later is None:
        return None
    dashed = _DASHED_SUBJECT.match(claim)
    plain = _PLAIN_SUBJECT.match(claim)  # "that the rule which … is wrong in itself; and that it …"
    # a relative clause stays with the belief; the policy names its head ("the rule of the road")
    head = re.sub(r"\s+(?:which|that|who|whose)\s.*$", "", plain.group("subject")) if plain else ""
    subject = dashed.group("named") if dashed else head
    clause = later.group("clause").rstrip(".!")
    if re.match(r"^(?:it|they)\b", clause, re.I):
        if not subject:
            return None
        clause = re.sub(r"^(?:it|they)\b", subject, clause, count=1, flags=re.I)
    found = parse_recommendation(clause, known)
    return Recommendation(found.actor, found.actions, found.negative, found.passive, details=found.details,
                          asked=True) if found else None


def announced_thesis(period: str) -> str | None:
    """The belief motion for a thesis the author announces ("the object of this essay is to explain
    … that X"), or None."""
    match = _ANNOUNCED.search(" ".join(period.split()))
    if match is None:
        return None
    claim = match.group("claim").strip()
    dashed = _DASHED_SUBJECT.match(claim)
    if dashed:
        claim = f"{dashed.group('named')} {dashed.group('rest')}"
    claim = _CLAIM_END.sub("", claim).rstrip(".!,")
    if _CLAIM_OPENS_BADLY.match(claim) or len(claim.split()) < 4:
        return None
    return tidy(f"This House believes that {lower_first(claim)}")


def value_thesis(sentence: str, names: frozenset[str] = frozenset()) -> str | None:
    """A value motion for a declared thesis ("The era of X is over", "it is beyond doubt that X", a verdict:
    "Zoos have had their day"), or None; `names` keep their capital."""
    text = _clean(sentence)
    if text.endswith("?"):
        return None
    match = _ERA.match(text)
    if match is None:
        judged = verdict(text)  # "Zoos have had their day", "The new stadium was a costly mistake"
        declared = tidy(f"This House believes that {lower_first(judged, names)}") if judged else None
        return vouched_claim(sentence, names) or declared
    verb = match.group("verb").lower()
    rest = match.group("rest").lower()
    if verb in ("has", "have") and rest not in ("passed", "ended", "gone"):
        return None
    if verb in ("is", "are") and rest in ("passed", "ended"):
        return None
    subject = lower_first(match.group("subject"), names)
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
    if aim and aim.group("vp"):
        found = build_recommendation("we", aim.group("vp"), False, known, False)
    elif aim and names_measure(aim.group("np")):
        # "our ultimate aim must be a comprehensive insurance system …": the goal is to be pursued; "our goal
        # must be a reasonable equilibrium in …" names a state to reach, not a policy (dropped)
        found = build_recommendation("we", f"pursue {aim.group('np')}", False, known, False)
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

