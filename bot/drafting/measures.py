"""Proposals in the forms of drafted law and of old prose, restated so the proposal parser can read them.

- A quoted measure: "I recommend the adoption of the following resolution: … Every State which shall abolish
  slavery … shall receive compensation from the United States" proposes what its first provision says.
- A noun of action standing for the act, in a list or after a colon: "…summed up in the single sentence:
  Abolition of private property." proposes to abolish private property.
- The jussive of old prose: "let usury in general be reduced to five in the hundred" proposes to reduce it.
"""

from __future__ import annotations

import re

from bot.drafting.baseforms import known_gerund_base
from bot.drafting.cues import MORE_VERBS
from bot.drafting.exhortations import act_verb
from bot.drafting.measurephrase import adopted, content_joined
from bot.drafting.proposals import Recommendation, build_recommendation
from bot.drafting.reading import Essay
from bot.drafting.wording import lower_first

# "the following resolution", "the following articles": the measure is quoted after the sentence.
_FOLLOWING = re.compile(
    r"\bthe following\s+(?:resolutions?|articles?|amendments?|measures?|bills?|plan|proposals?|laws?)\b", re.I
)
QUOTED_WITHIN = 6  # sentences after the announcing one in which the quoted measure's first provision stands
_ARTICLE = re.compile(
    r"^(?:ART(?:ICLE)?\b\.?\s*[IVX\d]*\.?\s*[-–—]*\s*|Section \d+\.?\s*|Resolved,?\s*)", re.I
)
_SUBJECT = re.compile(r"^(?:every|each|all|any|no)\s+\w+", re.I)
_RELATIVE_BEFORE = re.compile(r"\b(?:which|that|who|whom|whose)\s*$", re.I)
_TIME_TAIL = re.compile(r",?\s+(?:at any time|on or before|before the|after the|within)\b.*$", re.I)
_TAIL = re.compile(r"(?:,|\s+(?:as follows|to wit|as aforesaid|in the manner|according to)\b).*$", re.I)
_WHEREIN = re.compile(
    r"\b(?:wherein|where|in which)\s+(?P<np>\w+(?:\s+\w+)?)\s+(?:now\s+)?(?:exists?|is|are|remains?)\b"
)


def _third_person(verb: str) -> str:
    if verb.endswith(("sh", "ch", "s", "x", "z")):
        return verb + "es"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


def provision(text: str) -> tuple[str, str] | None:
    """(subject, verb phrase) of a drafted provision "Every X which shall do Y … shall Z", or None."""
    text = _ARTICLE.sub("", text.strip())
    if not _SUBJECT.match(text):
        return None
    for match in re.finditer(r"\bshall\s+", text):
        subject = text[: match.start()].rstrip(" ,")
        if _RELATIVE_BEFORE.search(subject):
            continue  # "which shall abolish": the relative clause's verb, not the main one
        vp = _TAIL.sub("", text[match.end() :].split(";")[0].split(":")[0]).strip()
        if len(vp.split()) < 2:
            return None
        subject = _TIME_TAIL.sub("", subject)
        same = _WHEREIN.search(subject)
        if same:  # "wherein slavery exists which shall abolish the same therein" → "… abolishes slavery"
            subject = re.sub(r"\bthe same\b", same.group("np"), subject).replace(" therein", "")
            subject = subject[: same.start()].rstrip() + subject[same.end() :].replace(" now", "", 1)
        subject = re.sub(  # "which shall abolish" → "that abolishes" (a restrictive clause the motion keeps)
            r"\b(?:which|that) shall (\w+)", lambda m: f"that {_third_person(m.group(1))}", subject
        )
        if re.search(r"\b(?:the same|such|said|aforesaid)\b", subject, re.I):
            return None
        return subject, vp
    return None


def quoted_measure(rec: Recommendation, essay: Essay, index: int, known: set[str]) -> Recommendation | None:
    """The recommendation of "the following resolution …", read from the measure's first provision."""
    if not any(_FOLLOWING.search(a) for a in rec.actions):
        return None
    for sentence in essay.sentences[index + 1 : index + 1 + QUOTED_WITHIN]:
        found = provision(sentence.text)
        if found is None:
            continue
        subject, vp = found
        receive = re.match(r"^receive\s+(?P<what>.+?)(?:\s+from\s+.+)?$", vp, re.I)
        if receive:  # "X shall receive compensation from the United States" → "give compensation to X"
            action = f"give {receive.group('what')} to {lower_first(subject)}"
        elif vp.lower().startswith("be "):
            return None  # a passive provision names no actor to give the motion
        else:
            action = f"ensure that {lower_first(subject)} {vp}"
        found_rec = build_recommendation("we", action, False, known, False)
        if found_rec is not None:
            return Recommendation(found_rec.actor, found_rec.actions, False, asked=rec.asked)
    return None


_FINITE = re.compile(
    r"\b(?:is|are|was|were|be|been|will|would|shall|should|must|can|may|has|have|had|does|do|did)\b", re.I
)
_NOUN_OF = re.compile(r"^(?:\(?\d+[.)]\s*)?(?P<noun>[A-Za-z]+(?:tion|sion|ment))\s+of\s+(?P<object>.+)$")


# "the theory … may be summed up in the single sentence: Abolition of private property": the author's own
# statement of the proposal, as explicit as "I propose".
_SUMMED = re.compile(
    r"\b(?:summed up|expressed|stated|put|comprised)\s+in\s+(?:a|one|the)\s+(?:single\s+)?"
    r"(?:sentence|word|phrase)\s*:"
    r"|^(?:in (?:a word|short|sum|brief)|briefly)\s*:",
    re.I,
)


def sums_up(sentence: str) -> bool:
    """Whether the sentence announces the author's whole proposal in a phrase after a colon."""
    return bool(_SUMMED.search(sentence))


# A noun of action as what ought to exist: "there should be a redistribution of property".
_THERE_SHOULD_BE = re.compile(
    r"(?:^|[;,]\s+)there\s+(?:should|must|ought\s+to)\s+be\s+(?:an?\s+)?(?:(?:general|complete|gradual|new|"
    r"thorough|just|fair|wider|immediate)\s+)?(?P<noun>[a-z]+(?:tion|sion|ment))\s+of\s+(?P<object>[^;,]+)",
    re.I,
)


def nominal_proposal(sentence: str, known: set[str]) -> str | None:
    """ "Abolition of private property." (a list item, or after a colon) → "we should abolish private
    property"; None when the sentence is not a bare noun of action with its object."""
    text = sentence.strip().rstrip(".!")
    if text.endswith("?"):
        return None
    there = _THERE_SHOULD_BE.search(text)  # "…, there should be a redistribution of property; …"
    if there:
        text = f"{there.group('noun')} of {there.group('object')}"
    tail = text.rsplit(": ", 1)[1] if ": " in text else text
    match = _NOUN_OF.match(tail.strip())
    if match is None or _FINITE.search(tail):
        return None
    verb = act_verb(match.group("noun"), known | MORE_VERBS)
    if verb is None:
        return None
    cut = r"[,;]|\s+and\s+\w+(?:tion|sion|ment)\s+of\b|\s+by means of\b"  # the next noun of action, a means
    obj = re.split(cut, match.group("object"))[0].strip()
    if len(obj.split()) < 2 and not re.match(r"^[a-z]+$", obj):
        return None
    return f"we should {verb} {obj}"


_JUSSIVE = re.compile(
    r"^(?:[A-Z]\w*,\s*)*(?:\w+,\s*)?let\s+(?P<np>(?!us\b|there\b|me\b|him\b|her\b|them\b)[^;:]{2,60}?),?\s+be\s+"
    r"(?P<rest>[^;:]+)",
    re.I,
)


def jussive(sentence: str) -> str | None:
    """ "First, let usury in general be reduced to five in the hundred; …" → "usury should be reduced to five
    in the hundred" ("in general" adds nothing to a motion)."""
    match = _JUSSIVE.match(sentence.strip())
    if match is None:
        return None
    subject = re.sub(r",?\s+in general\b", "", match.group("np").strip(" ,"))
    return f"{subject} should be {match.group('rest').strip(' ,.')}"


# "Socialism, by converting private property into public wealth, … will restore society to health": the
# author argues for the means by the good it will do. Only outcomes that are goods count; "by raising taxes,
# will ruin the economy" argues against its means.
_BENEFITS = (
    r"restore|insure|ensure|secure|improve|save|free|liberate|relieve|cure|heal|protect|strengthen|enrich|"
    r"raise|lift|bring|give|end|abolish|promote|benefit"
)
_BY_MEANS = re.compile(
    r"^(?P<actor>[^;:]{2,120}?),\s+by\s+(?P<means>\w+ing\b[^;:]+?),\s+(?:will|would|can|could|shall)\s+"
    rf"(?:\w+ly\s+)?(?:{_BENEFITS})\b",
    re.I,
)


def _base_of(gerund: str, known: set[str]) -> str | None:
    known_base = known_gerund_base(gerund, known.__contains__)
    if known_base:
        return known_base
    stem = gerund.lower()[:-3]
    if len(stem) < 3 or not stem.isalpha():
        return None
    if stem[-1] == stem[-2] and stem[-1] not in "lsz":  # "banning" → "ban"
        return stem[:-1]
    if stem.endswith(("ut", "at", "iz", "is", "ur", "ar", "v", "c", "g", "us")):  # "substituting"
        return stem + "e"
    return stem


def base_of_gerund(gerund: str, known: set[str]) -> str | None:
    """The base verb of an "-ing" form: "reopening" → "reopen", "banning" → "ban"."""
    return _base_of(gerund, known) if gerund.lower().endswith("ing") else None


# A recommended means named by a noun of action: "I recommend … how far it may be expedient to guard against
# these contingencies by such encouragements to our own navigation as will render our commerce … less
# dependent on foreign bottoms" → "we should encourage our own navigation so as to render …".
_RECOMMENDING = re.compile(
    r"\b(?:I|we)\s+(?:\w+\s+)?(?:recommend|suggest|submit|propose)\b"
    r"|\bit\s+(?:may|might|would|will|must)\s+be\s+(?:\w+\s+)?(?:expedient|wise|proper|advisable|necessary|right)\b",
    re.I,
)
_BY_SUCH = re.compile(
    r"\bby\s+(?:such\s+|a\s+|an\s+)?(?:\w+\s+)?(?P<noun>[a-z]+(?:ment|tion|sion))s?\s+(?:to|of|for)\s+"
    r"(?P<object>[^,;]{3,60}?)\s+as\s+(?:will|may|shall|would|might)\s+(?P<result>[^,;]{6,120})",
)


def recommended_means(sentence: str, known: set[str]) -> str | None:
    """The means a recommendation names by a noun of action, as a proposal with its purpose; or None."""
    if not _RECOMMENDING.search(sentence):
        return None
    match = _BY_SUCH.search(sentence)
    if match is None:
        return None
    verb = act_verb(match.group("noun"), known | MORE_VERBS)
    if verb is None:
        return None
    return f"we should {verb} {match.group('object').strip()} so as to {match.group('result').strip(' .')}"


def means_of_benefit(sentence: str, known: set[str]) -> str | None:
    """ "X, by converting A into B, and substituting C for D, will restore society …" → "we should convert A
    into B, and substitute C for D"; None unless every means names a known verb."""
    match = _BY_MEANS.match(sentence.strip())
    if match is None:
        return None
    acts = []
    for piece in re.split(r",?\s+and\s+(?=\w+ing\b)|,\s+(?=\w+ing\b)", match.group("means")):
        words = piece.split()
        verb = _base_of(words[0], known | MORE_VERBS) if words and words[0].lower().endswith("ing") else None
        if verb is None or len(words) < 2:
            return None
        acts.append(" ".join([verb, *words[1:]]))
    return "we should " + ", and ".join(acts)


# "…; for since there must be borrowing and lending, and men are so hard of heart, as they will not lend
# freely, usury must be permitted": a long period whose reasons come first and whose proposal closes it.
_REASONS_FIRST = re.compile(
    r"^(?:(?:consequently|therefore|hence|accordingly|so|and|but),?\s+)?(?:for\s+)?"
    r"(?:since|as|because|seeing that|forasmuch as|whereas|even as|while|whilst|although|though)\b",
    re.I,
)


def closing_clause(sentence: str) -> str | None:
    """The main clause that closes a period opened by its reasons ("since A, and B, X must be Ved"), or
    None when the period does not open with a reason."""
    last = sentence.strip().rstrip(".!").split(";")[-1].strip()
    if not _REASONS_FIRST.match(last) or ", " not in last:
        return None
    clause = last.rsplit(", ", 1)[1]
    return clause if re.search(r"\b(?:must|should|ought to)\b", clause) and len(clause.split()) >= 3 else None


# "What we do want is so to arrange things that …", "What this city needs is a tram line": a pseudo-cleft
# names the author's proposal; "what we want is not X" names what the author rejects.
_CLEFT = re.compile(
    r"^what\s+(?P<actor>we|this \w+|the \w+|our \w+|(?-i:[A-Z][\w'-]+)(?:\s+(?-i:[A-Z][\w'-]+))?)\s+"
    r"(?:really\s+|do\s+|does\s+|most\s+)?"
    r"(?:want|wants|need|needs|ask|demand|demands|propose)\s+is\s+(?!not\b)(?:so\s+)?(?P<rest>.+)$",
    re.I,
)


def pseudo_cleft(sentence: str) -> str | None:
    """ "What we do want is so to arrange things that X" → "we should arrange things so that X"; "What the
    city needs is a tram line" → "we should introduce a tram line" (`measurephrase.adopted`)."""
    match = _CLEFT.match(sentence.strip().rstrip(".!"))
    if match is None or sentence.strip().endswith("?"):
        return None
    rest = match.group("rest").strip()
    if rest.lower().startswith("to "):  # "so to arrange things that X" → "arrange things so that X"
        return "we should " + re.sub(r"^(\w+ \w+) that\b", r"\1 so that", rest[3:])
    if re.match(r"^(?:a|an|the|more|less|fewer|some)\s+\w+", rest, re.I):
        return f"we should {adopted(content_joined(rest))}"  # "a guarantee: every child …" holds a clause
    return None


# "Phasing out free parking for all staff is a great way to start", "Reopening the line is the only answer":
# an act named by its gerund, judged good as a means. A judgement against it ("is a mistake", "is not the
# answer") names what the author opposes, and is not read here.
_GERUND_JUDGED = re.compile(
    r"^(?:(?:while|though|although|as)\s+[^,;:]{3,60},\s+)?(?P<gerund>[A-Za-z]+ing)\s+(?P<object>[^;:]{3,120}?)\s+"
    r"(?:is|would\s+be|will\s+be|remains)\s+(?:(?:surely|clearly|simply|certainly|still)\s+)?"
    r"(?:(?:a|an|the|our)\s+(?:(?:great|good|better|best|simple|simplest|sensible|cheap|cheapest|obvious|only|"
    r"right|first|fair|fairest|quick|quickest|easy|easiest|surest|proven|practical|effective|natural)\s+)+"
    r"(?:way|step|start|answer|solution|remedy|fix|cure|measure|course|place\s+to\s+start|thing\s+to\s+do)|"
    r"(?:essential|necessary|vital|overdue|long\s+overdue|urgent|the\s+answer|the\s+way\s+forward|"
    r"the\s+remedy|the\s+solution|worth\s+doing))\b",
    re.I,
)


def judged_means(sentence: str, known: set[str]) -> str | None:
    """ "Phasing out free parking for all staff is a great way to start" → "we should phase out free parking
    for all staff"; None unless the gerund is a known verb's and the judgement is for it."""
    found = _GERUND_JUDGED.match(sentence.strip())
    if found is None or re.search(r"\b(?:not|never|no)\b", found.group("object")):
        return None
    verb = base_of_gerund(found.group("gerund"), known | MORE_VERBS)
    if verb is None or verb not in known | MORE_VERBS:
        return None
    return f"we should {verb} {found.group('object').strip()}"
