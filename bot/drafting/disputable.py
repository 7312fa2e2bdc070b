"""Whether a belief motion takes a side someone could dispute, or only reports what happened.

"This House believes that the lives of many citizens have thus been sacrificed" is a report: both
benches would agree on it, and "thus" leans on a sentence the motion does not hold. A past event is
debatable only when the motion judges it ("the war was a mistake"). Used on drafted belief motions;
a report is dropped, and with nothing else left the draft says "no clear proposal".
"""

from __future__ import annotations

import re

from bot.drafting.cues import EVALUATIVE

_BODY = re.compile(r"^This House believes that\s+", re.I)
# A finite verb that reports: past tense or present perfect.
_REPORTING_VERB = re.compile(
    r"\b(?:was|were|had|did|(?:has|have)\s+(?:\w+\s+){0,2}?(?:been|had|become|shown|proved|grown)|"
    r"(?:has|have)\s+(?:\w+\s+){0,2}?(?:\w+ed|paid|made|done|given|taken|brought|kept|held|sent|sold|built"
    r"|won|lost|spent|met|led|begun|fought|seen|known|found))\b",
    re.I,
)
# A finite verb of argument: present, future or modal.
_ARGUING_VERB = re.compile(
    r"\b(?:is|are|am|must|should|shall|will|would|can|could|may|might|ought|need|needs|cannot)\b", re.I
)
# Words EVALUATIVE counts that negate or limit a verb ("was never", "were not realized"): an adverb is no
# judgement; the tense and the want of a general claim decide.
_MERE_MARKERS = frozenset(["not", "never", "only"])
# A past or perfect verb dated by its own adverb of time: "have recently shown", "was lately opened".
_LATELY = re.compile(r"^\w+\s+(?:\w+\s+)?(?:recently|lately|just|already|hitherto|formerly|latterly)\b", re.I)
# Words that lean on an earlier sentence: "have thus been sacrificed", "was thereby lost".
_ANAPHORIC = re.compile(r"\b(?:thus|thereby|hence|therein|thereupon|likewise)\b"
                        r"|\b(?:this|that|such)\s+being\s+(?:so|the\s+case)\b"  # "this being so, …"
                        # "from the same source, …": the source was named in the sentence before
                        r"|\b(?:from|by|for|of|on)\s+the\s+same\s+(?:source|cause|reason|means|principle|token"
                        r"|grounds?)\b", re.I)

# Hearsay: "the general opinion is supposed to be that …", "it is thought to be necessary".
_HEARSAY = re.compile(
    r"\b(?:is|are|was|were|(?:may|might|can|could)\s+be)\s+(?:\w+ly\s+)?(?:supposed|said|thought|believed|held"
    r"|reputed|alleged|reported)\s+to\s+(?:be|have)\b"
    # "it is presumed that the work will be concluded": an expectation reported, not a claim argued
    r"|^it\s+(?:is|was)\s+(?:\w+ly\s+)?(?:presumed|expected|hoped|anticipated|understood|supposed|said|reported)"
    r"\s+that\b"
    # "we are told there is no alternative": what others tell the speaker, set up to be answered
    r"|^(?:we|I|you)\s+(?:are|were|have\s+been|keep\s+being|am)\s+(?:\w+ly\s+)?(?:told|assured|promised|warned)\b"
    # the same said in an aside: "the duty was laid, we were told, to protect the farmer"
    r"|,\s+(?:we|I|you)\s+(?:are|were|have\s+been)\s+(?:told|assured|promised),"
    r"|,\s+(?:it\s+is\s+said|it\s+was\s+said|they\s+say|we\s+hear),\s"
    # common opinion reported: "experience has come to be considered the best school", "is widely regarded as"
    r"|\b(?:has|have|had)\s+come\s+to\s+be\s+(?:\w+ly\s+)?(?:considered|regarded|seen|thought|accepted|viewed"
    r"|looked\s+upon|recogni[sz]ed|treated)\b"
    r"|\b(?:is|are|was|were)\s+(?:generally|commonly|widely|usually|often|universally|popularly)\s+(?:considered"
    r"|regarded|accepted|held|thought|believed|seen|viewed|looked\s+upon|acknowledged|recogni[sz]ed|assumed)\b"
    # what unnamed others hold or want: "some would have the remedy lie in …", "others fancy that …", "there
    # are those who think …" (not "many would lose their homes": a loss foretold is the author's claim)
    r"|^(?:some|others|many|certain\s+\w+|(?:some|many|most)\s+(?:people|men|women|persons|writers|critics)"
    r"|there\s+are\s+(?:those|some|many|people)\s+who)(?:,[^,]{1,160},)?\s+(?:\w+ly\s+)?"
    r"(?:would\s+(?:have|like|rather|prefer|wish|see)|hold|think|believe|fancy|imagine|suppose|suggest|propose"
    r"|prefer|wish|want|maintain|contend|hope|fear|tell\s+us|will\s+(?:tell|say|object|reply|answer)"
    # their leaning: "others, though content with the mode proposed, are averse to …"
    r"|(?:are|were)\s+(?:\w+ly\s+)?(?:averse|opposed|inclined|disposed|displeased|dissatisfied|hostile|partial"
    r"|reluctant|unwilling|eager|anxious|apt)\b)\b",
    re.I,
)

# A span of time as the subject of what happened in it: "the year has been marked by two agreements", "the
# past session witnessed …", "this decade has seen …". A chronicle of events, not a claim.
_EVENTFUL = re.compile(
    r"^(?:the|this|that|last|our)\s+(?:\w+\s+){0,2}?(?:year|years|session|sessions|decade|month|months|period"
    r"|week|weeks|century|quarter|season|summer|winter|spring|autumn)\s+"
    r"(?:(?:has|have|had|was|were|is|will)\s+)?(?:\w+\s+)?(?:been\s+)?"
    r"(?:marked|witnessed|seen|saw|sees|characterized|characterised|distinguished|signalized|signalised"
    r"|notable|memorable|eventful|brought|produced|closed|opened)\b",
    re.I,
)
# An event told in the passive: "a convention was signed", "the treaty has been ratified". Judged or not by an
# adjective in the subject ("important resolutions were passed"), it reports what was done.
_EVENT_PASSIVE = re.compile(
    r"^(?!.*\b(?:should|must|ought|will|would|can|cannot|is|are)\b.*\b(?:was|were|has been|have been)\b)"
    r"[^,;]*?\b(?:was|were|has been|have been|had been)\s+(?:\w+ly\s+)?"
    r"(?:signed|concluded|ratified|held|opened|passed|adopted|established|appointed|created|organized|organised|launched|begun|completed|founded"
    r"|enacted|negotiated|reached|submitted|received|sent|issued|announced|published|convened|elected|introduced"
    r"|inaugurated|celebrated|promulgated|exchanged|proclaimed|resumed)\b(?!\s+(?:to|in order|so as|that)\b)",
    re.I,
)

# Attribution: "the chief executive says the trust has no view", "officers estimate that …", "according to X".
# Only verbs that are seldom nouns or adjectives ("the claims of labour", "the added cost" take a side);
# "the said act" is old legal prose, not a saying.
_ATTRIBUTED = re.compile(
    r"^(?!(?:we|i)\b)[^,;:]{2,80}?\s(?<!\bthe\s)(?:says|said|argues|argued|claimed|tells|told|insists|insisted|"
    r"estimated|warns|warned|admits|admitted|explains|explained|predicts|predicted|believes|believed"
    # plural subjects too: "the banks say the same thing every time" (not "people who say no", "trains say
    # more about a nation")
    r"|(?<!\bwho\s)(?<!\bthat\s)(?:say|claim|argue|insist|warn|admit|predict)"
    r"(?!\s+(?:more|less|much|little|nothing|something|a\s+lot)\s+about))\b"
    r"|\baccording to\b"
    # "the finance committee reported last year that …", "a review found that …": a finding reported
    r"|\b(?:reported|reports|announced|announces|stated|concluded|found|noted|wrote|estimated|calculated|"
    r"recorded)\s+(?:[\w-]+\s+){0,3}?that\b"
    # "the borough council is proposing to ban …": someone's plan told, not the author's claim
    r"|^(?!(?:we|i)\b)[^,;:]{2,60}?\s(?:is|are)\s+(?:now\s+)?(?:proposing|planning|preparing|considering|"
    r"consulting\s+on)\b|^(?!(?:we|i)\b)[^,;:]{2,60}?\s(?:proposes|plans|intends)\s+to\b",
    re.I,
)


# Something that did or did not happen, in the present perfect: "nothing has occurred to disturb …", "no
# change has taken place", "there has never yet been any serious attempt to …". What the judging words in
# its object say ("the harmony of our relations") is not a claim the author argues.
_OCCURRED = re.compile(
    r"^(?:nothing|no\s+(?:\w+\s+){0,2}?\w+|little|something)\s+(?:has|have|had)\s+(?:\w+\s+){0,2}?"
    r"(?:occurred|happened|taken\s+place|arisen|transpired|intervened|been\s+done)\b"
    r"|^there\s+(?:has|have|had)\s+(?:\w+\s+){0,2}?been\s+(?:\w+\s+){0,4}?(?:attempts?|efforts?|instances?"
    r"|cases?|occasions?|changes?|disturbances?|interruptions?|complaints?|progress)\b",
    re.I,
)


# Progress on a work under way: "the removal of the Indians … is nearly completed", "the survey is now
# finished".
_PROGRESS = re.compile(
    r"\b(?:is|are)\s+(?:now\s+|nearly\s+|almost\s+|all\s+but\s+|at\s+last\s+|fully\s+|well\s+)+"
    r"(?:completed|finished|accomplished|concluded|done)\b",
    re.I,
)


# Narrative: "the Indians, having been defeated in every engagement, dispersed …": a perfect participle
# clause, then a verb in the simple past.
_NARRATIVE = re.compile(
    r",\s+having\s+(?:been\s+)?[a-z]+(?:ed|en)\b[^,;]*,\s+[a-z]+ed\b"
    # a story's opening: "there lived and worked in Barcelona a man …", "there once came a stranger"
    r"|^there\s+(?:once\s+)?(?:lived|dwelt|lay|stood|came|arose|appeared|worked|ruled|reigned)\b"
    # a charge reported: "Ferrer is charged with undermining the army", "was accused of …"
    r"|^[^,;]{2,60}?\b(?:is|are|was|were|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:charged|accused|suspected"
    r"|indicted|convicted|acquitted)\s+(?:with|of)\b", re.I)


# A deed told in the simple past: "our newly appointed minister by his timely good offices aided in a peaceful
# adjustment …", "his government sent a squadron to …". The subject is someone's (a possessive), or the deed
# is
# dated ("last year", "in 1893"); both benches would agree it happened.
_PAST_DEED = re.compile(
    r"^(?:(?:our|his|her|their|its|my)\s+(?:[\w-]+\s+){0,8}?|(?:[\w-]+\s+){1,8}?)"
    r"(?P<verb>(?!(?:need|indeed|hundred|exceed|proceed|succeed|bed|red|seed|speed|creed|shed)\b)[a-z]{3,}ed|"
    r"sent|gave|took|made|brought|paid|sold|built|led|won|lost|began|fought|kept|held|met)\s+"
    r"(?:in|to|the|a|an|our|his|her|their|its|with|on|at|upon|by|for|from|into|over|him|them|it|us)\b"
)
_DATED = re.compile(
    r"\b(?:last\s+(?:year|month|week|session|summer|winter|spring|autumn)|this\s+(?:year|session|month)"
    r"|(?:in|since|during)\s+(?:1[5-9]|20)\d\d|yesterday|recently|lately|(?:\w+\s+)?(?:years?|months?|weeks?)"
    r"\s+ago)\b", re.I)


# The speaker's side telling its own deeds: "we have plowed the furrow and planted the good seed".
_OWN_DEEDS = re.compile(
    r"^we\s+(?:have|had)\s+(?:\w+ly\s+|now\s+|already\s+|at\s+last\s+)?(?:[a-z]+ed|made|done|built|brought"
    r"|given|taken|kept|held|sent|paid|won|begun|fought|set|put|laid|sown|grown)\b", re.I)


def _past_deed(claim: str) -> bool:
    """Whether a claim tells what someone did: a simple past verb of action, not judged, by someone's agent
    ("our minister aided in …") or on a date ("the fleet sailed in 1893"); no present or modal verb first."""
    deed = _PAST_DEED.match(claim)
    if deed is None or _ARGUING_VERB.search(claim[: deed.start("verb")]):
        return False
    possessed = re.match(r"(?:our|his|her|their|its|my)\s", claim, re.I) is not None
    if not (possessed or _DATED.search(claim)):
        return False
    predicate = claim[deed.start("verb") :]
    judging = _judging(predicate)
    return not judging and not _ARGUING_VERB.search(predicate)


# "there is a second thing", "there is a fairness point as well": a signpost, not a claim.
_SIGNPOST = re.compile(
    r"^there\s+(?:is|are)\s+(?:a|an|one|another|two|three)\s+(?:\w+\s+)?(?:things?|points?|questions?|problems?"
    r"|issues?|matters?|reasons?|cases?|aspects?|words?|arguments?)(?:\s+(?:as\s+well|too|here|also|to\s+make))?$",
    re.I)
# "there is what the blowers do to the garden", "there is also the question of cost": the next topic named.
_NEXT_TOPIC = re.compile(
    r"^(?:then\s+|and\s+)?there\s+(?:is|are)\s+(?:also\s+|still\s+)?(?:what|how|why|who|the\s+(?:question|matter"
    r"|issue|problem|point)\s+of)\b", re.I)
# A figure or a date: "starts have fallen by a third over the decade", "the council meets on 12 June".
# A number in words counts things too: "most journeys are under three miles".
_FIGURE = re.compile(
    r"\d|\b(?:hundred|thousand|million|billion|per\s+cent|percent|a\s+third|a\s+quarter|half)\b"
    r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy"
    r"|eighty|ninety)\s+(?!(?:was|has|does|is)\b)[a-z]+s\b"
    # a rate: "one household in five", "nine in ten"
    r"|\b(?:one|two|three|four|five|six|seven|eight|nine)\s+(?:[a-z]+\s+)?in\s+(?:two|three|four|five|six|seven|"
    r"eight|nine|ten|twenty|a\s+hundred)\b", re.I)
# A figure weighed: "twelve jurors are too many for a minor trial".
# A figure that measures a quality weighs it too: "half as wise as it might be", "three times as likely".
_EXCESS = re.compile(
    r"\btoo\s+(?:many|much|few|little|high|low|long|short|large|small|big|young|old)\b"
    r"|\b(?:half|twice|thrice|(?:two|three|four|five|ten|\d+)\s+times)\s+(?:as|more|less)\s+[a-z]{3,}", re.I)
# The speaker's side speaking of its own request: "we are not asking for …", "what we ask is …".
# An idea named and not stated: "there is an idea", "there are certain doctrines" (what it holds was cut).
_BARE_IDEA = re.compile(
    r"^there\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:an?|the|some|certain|one|another)\s+(?:\w+\s+)?"
    r"(?:idea|notion|opinion|view|belief|doctrine|theory|argument|claim|objection|maxim|saying|principle"
    r"|question|feeling|sentiment|impression|prejudice)s?$", re.I)
# The author telling what the text does next: "we provide some background", "we come next to enquire".
_EXPOSITION = re.compile(
    r"^(?:[^,]{0,120},\s*)?(?:we|I)\s+(?:shall\s+|will\s+|now\s+|first\s+|next\s+|then\s+|briefly\s+)*"
    r"(?:(?:provide|give|offer|present|sketch|outline)\s+(?:(?:some|a|an|the|brief|short|little|more)\s+)*"
    r"(?:background|overview|summary|account|sketch|examples?|outline|survey|history|definitions?|context)"
    r"|come\s+(?:now\s+|next\s+)?to\s+(?:enquire|inquire|consider|examine|speak|discuss))\b", re.I)
_OWN_REQUEST = re.compile(
    r"^(?:we|I)\s+(?:are|am|were|was)\s+(?:not\s+)?(?:asking|proposing|saying|arguing|here)\b", re.I)


def report_not_thesis(motion: str) -> str | None:
    """Why a belief motion reports rather than argues, or None when it takes a side."""
    match = _BODY.match(motion)
    if match is None:
        return None
    claim = motion[match.end() :]
    if _SIGNPOST.match(claim.strip()) or _NEXT_TOPIC.match(claim.strip()) or _vague(claim):
        return "it only says there is a point to make ('there is a second thing'): a signpost, not a claim"
    if _BARE_IDEA.match(claim.strip()):
        return "it names an idea ('there is an idea') without saying what the idea holds"
    if _EXPOSITION.match(claim):
        return "it tells what the text does next ('we provide some background'): a signpost, not a claim"
    if _OWN_REQUEST.match(claim):
        return "it tells what the speaker is or is not asking for: the speaker's frame, not a claim"
    if _FIGURE.search(claim) and not judges(claim) and not _EXCESS.search(claim):
        return "it states a figure or a date and judges nothing: both sides would agree"
    if _OWN_DEEDS.match(claim) and not _ARGUING_VERB.search(claim):
        return "it tells what the speaker's side has done ('we have planted …'): a report, not a thesis"
    if _past_deed(claim):
        return "it tells what someone did ('our minister aided in …'): a report, not a thesis"
    if _NARRATIVE.search(claim):
        return "it tells a story in the past ('X, having been …, dispersed'): a report, not a thesis"
    if _PROGRESS.search(claim):
        return "it tells how far a work has gone ('is nearly completed'): a report, not a thesis"
    if _OCCURRED.search(claim):
        return "it tells what has or has not happened ('nothing has occurred to …'): a report, not a thesis"
    if _EVENTFUL.search(claim):
        return "it chronicles a span of time ('the year has been marked by …'): a report, not a thesis"
    if _EVENT_PASSIVE.search(claim):
        return "it tells of an event ('a convention was signed'): a report, not a thesis"
    if _ANAPHORIC.search(claim):
        return "it leans on an earlier sentence ('thus', 'thereby'): a report, not a thesis"
    if _ATTRIBUTED.search(claim):
        return "it reports what someone says ('X says …'): not the author's claim"
    if _HEARSAY.search(claim):
        return "it reports what others hold ('is supposed to be'): not the author's claim"
    reporting = _REPORTING_VERB.search(claim)
    if reporting is None or _ARGUING_VERB.search(claim[: reporting.start()]):
        return None
    predicate = claim[reporting.start() :]  # "have failed" judges; "was closed in 1850" reports
    if _LATELY.match(predicate):
        return "it tells what was lately done ('have recently shown …'): a report, not a thesis"
    judging = _judging(predicate)
    # a relative clause's verb ("difficulties which even now can only be overcome") is not the claim's
    main = re.sub(r",?\s*\b(?:which|who|whom|whose)\b.*$", "", predicate)
    if judging or _ARGUING_VERB.search(main):
        return None  # "the war was a mistake" judges; "was never more flattering", "were not realized" report

    return "it tells what happened and judges nothing: both sides would agree"


_MODAL = re.compile(r"\b(?:should|must|ought|need|needs|cannot|can't|will\s+not|won't|would)\b", re.I)


def judges(claim: str) -> bool:
    """Whether a claim judges or prescribes (a word of judgement or a modal), not only reports."""
    return bool(_MODAL.search(claim)) or _judging(claim)


def _judging(text: str) -> bool:
    """Whether a text holds a word of judgement ("a mistake", "unjust"), not only a negation or "only"."""
    return any(w.lower() not in _MERE_MARKERS for w in EVALUATIVE.findall(text))


# Words that name no subject of their own: "the first thing is the big thing" says nothing to debate.
_VAGUE = frozenset([
    "the", "a", "an", "is", "are", "was", "this", "that", "it", "thing", "things", "point", "points",
    "question", "first", "second", "third", "last", "next", "big", "real", "main", "one", "way", "part",
    "same", "other", "another", "only", "just", "also", "too", "here", "there", "what", "matter", "issue",
    "really", "simple", "important"])


def _vague(claim: str) -> bool:
    """Whether every word of a claim is one that names nothing ("the first thing is the big thing")."""
    words = re.findall(r"[a-z']+", claim.lower())
    return bool(words) and all(w in _VAGUE for w in words)
