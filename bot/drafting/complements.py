"""Proposals that stand in the place of a complement, restated as "ACTOR should VP" for the parser.

- A recommendation with its actor after "let": "So let the water board pay the farmers" (let + noun phrase +
  bare verb) → "the water board should pay the farmers". "Let us …", "let me …", "let it be …" and "let
  the reader judge" are not proposals of this kind.
- A recommendation as the complement of a noun of remedy: "The sensible course is to cap lets" →
  "we should cap lets"; "Our best hope lies in reopening the line" → "we should reopen the line";
  "The fairest remedy is a deposit on cans" → "we should introduce a deposit on cans". Whether the subject
  names a remedy (and not an effect, a purpose or a problem: "the effect of the tax is to raise prices")
  is judged by meaning: a short list of heads, else the static sentence encoder, which must place the
  subject nearer to remedies than to effects and purposes.
- A recommendation with its judgement put first: "It would be wise to repeal the duty" → "we should repeal
  the duty"; "it is desirable that the county should buy the land" → "the county should buy the land"; in a
  state paper's hedged request, "I recommend … how far it may be expedient to extend the post roads" too.
"""

from __future__ import annotations

import re

import numpy as np

from bot.drafting.actions import SUPPOSED
from bot.drafting.aims import names_measure
from bot.drafting.cues import MORE_VERBS
from bot.drafting.leadins import verb_aside
from bot.drafting.measurephrase import adopted
from bot.drafting.measures import base_of_gerund
from bot.scoring.encoder import Encoder, get_encoder

# Verbs that do not make a proposal after "let X …" or "the answer is to …": they think, see or wait.
_NOT_ACTS = frozenset([
    "be", "have", "judge", "consider", "imagine", "suppose", "remember", "note", "observe", "see", "think",
    "know", "say", "ask", "look", "wonder", "learn", "hope", "wait", "pass", "go", "come", "rest", "speak",
    "tell", "answer", "feel", "believe", "doubt", "read",
])
_DETERMINERS = frozenset([
    "the", "our", "every", "each", "all", "this", "that", "these", "those", "its", "their", "no", "any", "a",
    "an",
])
# "let the city restore …": a noun phrase of up to six words, then the verb; never a pronoun.
_LET = re.compile(
    r"^(?:(?:so|then|now|therefore|instead|rather|first|and|but|yes|no),?\s+)*let\s+(?P<rest>.+)$", re.I
)
# Those the author addresses: "let the reader judge" asks nothing of anyone who could act.
_AUDIENCE = re.compile(r"\b(?:reader|readers|audience|listener|listeners|hearer|hearers|you)\b", re.I)
_PRONOUNS = frozenset([
    "us", "me", "him", "her", "them", "it", "there", "one", "no", "nobody", "nothing", "anyone", "everyone",
])
# A verb ending that shows a word is not in its base form (so cannot follow "let X").
_INFLECTED = re.compile(r"(?:ing|ed|ly)$")


# Verbs of choosing and running that no policy list holds: "let the voters decide", "let parents choose".
_CHOICES = frozenset([
    "decide", "choose", "elect", "vote", "set", "run", "own", "govern", "pick", "keep", "spend",
])


def _is_act(word: str, known: set[str]) -> bool:
    """Whether a word is a base verb of action (`known` holds the policy verbs and the essay's own); a
    known verb with "re-" ("rejoin", "reinstate") is one too."""
    low = word.lower()
    if not low.isalpha() or low in _NOT_ACTS:
        return False
    acts = MORE_VERBS | known | _CHOICES
    return low in acts or (low.startswith("re") and low[2:] in acts and len(low) > 5)


# A short lead-in of the author's own before a colon: "So here is my suggestion, after all that: let …".
_LEADIN = re.compile(r"^(?P<lead>[^:;\"“”]{3,90}):\s+(?P<rest>let\s.+)$", re.I)
_SAID = re.compile(
    r"\b(?:says?|(?<!been )said|ask(?:s|ed)?|tells?|told|cry|cries|cried|shout\w*|writes?|wrote)\b", re.I
)


def _after_leadin(text: str) -> str:
    """The order after a short lead-in and a colon, or "" when there is none or the lead-in reports speech
    ("The crowd cried: let them eat …")."""
    match = _LEADIN.match(text)
    return match.group("rest") if match and not _SAID.search(match.group("lead")) else ""


def let_actor(sentence: str, known: set[str]) -> str | None:
    """ "Let the city restore the night buses" → "the city should restore the night buses"; None for
    "let us …", "let it be …", "let X be Ved" (read by measures.jussive) and questions."""
    text = sentence.strip()
    if text.endswith("?"):
        return None
    match = _LET.match(text.rstrip(".!")) or _LET.match(_after_leadin(text).rstrip(".!"))
    if match is None:
        return None
    words = match.group("rest").split()
    if not words or words[0].lower().strip(",") in _PRONOUNS or SUPPOSED.match(f"let {match.group('rest')}"):
        return None  # "let us …"; "let society once cancel that verdict, and …": a supposition
    for k in range(1, min(7, len(words) - 1)):
        actor, verb = words[:k], words[k]
        if any(w.endswith((",", ";", ":")) for w in actor):
            return None  # the noun phrase cannot run over a comma
        if k == 1 and actor[0].lower() in _DETERMINERS:
            continue  # "let the …": a determiner alone is not an actor
        low = verb.lower()
        if low == "have" and len(words) - k >= 3 and not _AUDIENCE.search(" ".join(actor)):
            return f"we should give {' '.join(actor)} {' '.join(words[k + 1:])}"  # "let every child have X"
        if low in _NOT_ACTS:
            return None  # "let the reader judge", "let X be Y": the clause's verb is no act
        if _INFLECTED.search(low) or not verb.islower():
            continue
        aside = verb.endswith(",") and _is_act(verb.rstrip(","), known)  # "refuse, at the sessions, to …"
        if (_is_act(verb, known) or aside) and len(words) - k >= 2 and not _AUDIENCE.search(" ".join(actor)):
            return f"{' '.join(actor)} should {verb_aside(' '.join(words[k:]))}"
    return None


# Heads that name a remedy in so many words; others are judged by the encoder.
_REMEDY_HEADS = frozenset([
    "answer", "remedy", "solution", "cure", "fix", "step", "course", "way", "option", "choice", "plan",
    "policy", "priority", "task", "duty", "job", "move", "measure", "approach", "reform", "response",
    "alternative", "recipe", "prescription", "thing", "hope", "path",
])
# Heads that name a goal: the author's own ("our aim") proposes; a text's ("the aim of this book") does not.
_GOALS = frozenset(["aim", "goal", "objective", "object", "purpose", "target", "ambition", "task", "duty"])
# The subject: a determiner or possessive, up to four modifiers, the head, then an optional "of/for" phrase
# ("the answer to the housing crisis") or a clause ending on "do" ("the best thing the council could do").
_SUBJECT = (
    r"(?P<subject>(?:the|our|my|your|their|its|one|a|an)\s+(?:[\w'-]+\s+){0,4}?(?P<head>[a-z]+)"
    r"(?:\s+or\s+[a-z]+)?"  # "the first remedy or prevention"
    # "the duty which we owe the people"
    r"(?:\s+(?:which|that)\s+(?:we|I|you)\s+(?:owe|have|bear|must\s+\w+)(?:\s+[\w']+){0,3}?(?=\s+is\b))?"
    r"(?:\s+(?:for|to|of|on)\s+(?:(?!\b(?:is|are|was|were|that|which|would|will)\b)[^,;:]){2,60}?"
    r"|\s+(?:that\s+)?(?P<doer>[\w' ]{2,40}?)\s+(?:can|could|should|must|might|may)\s+do)?)"
)
_LINK = r"(?:,\s*(?:then|surely|therefore|of course|I think|I suggest|in short),\s*)?\s*"
_COPULA = (
    r"(?:is|remains|must be|should be|would be|will be|may be|can only be|is surely|is clearly|is simply)"
)
_TO_VP = re.compile(
    rf"^{_SUBJECT}{_LINK}\s+{_COPULA}\s+(?:simply\s+|just\s+|surely\s+|clearly\s+|plainly\s+|therefore\s+)?"
    r"(?:for\s+(?P<actor>[^,;:]{2,50}?)\s+)?to\s+(?P<vp>.+)$",  # "the answer is for the council to buy it"
    re.I,
)
# "The cure is simple: tax sugar", "the way forward is clear: the county must reopen the line".
_PLAIN_COLON = re.compile(
    rf"^{_SUBJECT}{_LINK}\s+(?:is|seems|looks)\s+(?:\w+\s+)?(?:simple|clear|obvious|plain|easy)\s*:\s*(?P<rest>.+)$",
    re.I,
)
_LIES_IN = re.compile(
    rf"^{_SUBJECT}{_LINK}\s+(?:lies|lie|rests)\s+in\s+(?P<gerund>\w+ing)\s+(?P<rest>.+)$", re.I
)
_IS_NP = re.compile(  # a measure named as a noun needs a definite subject: "the remedy is a deposit"
    rf"^(?=(?:the|our|your|their)\s){_SUBJECT}{_LINK}\s+{_COPULA}\s+(?:simply\s+|surely\s+|clearly\s+)?"
    r"(?P<np>(?:a|an)\s+[\w'-]+.*)$",
    re.I,
)
_REMEDIES = (
    "the remedy", "the solution", "the answer", "the right step", "the best course of action", "the cure",
    "what we should do",
)
_OTHERS = ("the effect", "the result", "the purpose of this essay", "the problem", "the consequence",
           "the question", "the aim of the book", "the difficulty", "the reason")
# A change of mind rather than an act: "stop treating X as Y", "start thinking of X", "see X as Y".
_REGARD = re.compile(
    r"^(?:(?:stop|start|begin|cease|quit)\s+)?(?:treat(?:ing)?|think(?:ing)?|see(?:ing)?|regard(?:ing)?|"
    r"view(?:ing)?|talk(?:ing)?|pretend(?:ing)?|worry(?:ing)?|ask(?:ing)?|admit(?:ting)?|accept(?:ing)?)\b",
    re.I,
)
MARGIN = 0.03  # how much nearer to the remedies than to the others a subject must be


_PROTOTYPES: dict[int, tuple[np.ndarray, np.ndarray]] = {}


def _prototypes(encoder: Encoder) -> tuple[np.ndarray, np.ndarray]:
    """The mean vectors of the remedies and of the others, under this encoder (computed once)."""
    if id(encoder) not in _PROTOTYPES:
        _PROTOTYPES[id(encoder)] = (
            encoder.encode(list(_REMEDIES)).mean(axis=0), encoder.encode(list(_OTHERS)).mean(axis=0)
        )
    return _PROTOTYPES[id(encoder)]


def names_remedy(subject: str, head: str, encoder: Encoder | None = None) -> bool:
    """Whether a subject ("the obvious step", "the effect of the tax") names a remedy, by its head or its
    meaning."""
    if head.lower() in _REMEDY_HEADS and not re.search(r"\b(?:of|on)\s+(?:the|this|that)\s+\w+", subject):
        return True  # "the answer", but not "the answer of the critics" (judged by meaning below)
    if head.lower() in _GOALS and re.match(r"^our\b", subject, re.I):
        return True  # "our ultimate aim must be …": the author's own goal ("the aim of the book" is not)
    encoder = encoder or get_encoder()
    remedy, other = _prototypes(encoder)
    vector = encoder.encode([subject])[0]
    return float(vector @ remedy) - float(vector @ other) >= MARGIN


_NO_DOER = re.compile(r"^(?:we|you|i|one|they|anyone|anybody|everyone|he|she|it)$", re.I)


def _doer(match: re.Match[str]) -> str:
    """Who is to act: the one the subject names ("the best thing the council could do" → "the council"),
    else "we"."""
    doer = (match.groupdict().get("doer") or "").strip()
    last = re.search(  # the noun phrase that ends the clause: "thing the council" → "the council"
        r"(?:^|\s)((?:the|our|your|their|this|every|each)\s+[\w' -]+|[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*|\w+)$",
        doer,
    )
    doer = last.group(1) if last else ""
    return doer if doer and not _NO_DOER.match(doer) and doer.lower() not in _REMEDY_HEADS else "we"


def complement_proposal(sentence: str, known: set[str], encoder: Encoder | None = None) -> str | None:
    """ "The sensible course is to cap lets" → "we should cap lets"; "the remedy is a deposit on cans" →
    "we should introduce a deposit on cans"; None unless the subject names a remedy and the complement an
    act."""
    text = sentence.strip()
    if text.endswith("?") and _ASKED_JUDGEMENT.match(text):  # "Would it not be wiser to V?": it would be
        text = _ASKED_JUDGEMENT.sub("it would be ", text).rstrip("?").strip()
    if text.endswith("?"):
        return None
    text = re.sub(
        r"^(?:(?:so|and|but|then|therefore|thus|in short|in the end|surely),?\s+)+", "", text.rstrip(".!"),
        flags=re.I,
    )
    to_vp, lies, is_np = _TO_VP.match(text), _LIES_IN.match(text), _IS_NP.match(text)
    colon = _PLAIN_COLON.match(text)
    match = to_vp or lies or is_np or colon
    if match is None or re.search(r"\bnot\b", match.group("subject"), re.I):
        return None
    if re.search(r"\b(?:is|lies|must\s+be|would\s+be)\s+(?:not|neither|never|no\s+longer)\b", text, re.I):
        return None  # "the answer is not higher walls": a remedy refused, not one proposed
    if not names_remedy(match.group("subject"), match.group("head"), encoder):
        return None
    if to_vp:
        vp = _named_after(to_vp.group("vp"))
        if _REGARD.match(vp):
            return None  # "the first step is to stop treating the phone as …": a change of mind, not an act
        first = vp.split()[0] if vp.split() else ""
        actor = to_vp.group("actor") or _doer(to_vp)
        return f"{actor} should {vp}" if _is_act(first, known) else None
    if colon:  # an imperative after the colon, or a clause with its own modal
        rest = colon.group("rest").strip()
        first = rest.split()[0] if rest.split() else ""
        if _is_act(first, known) and first.islower():
            return f"{_doer(colon)} should {rest}"
        return rest if re.search(r"\b(?:should|must|ought to)\b", rest) else None
    if lies:
        verb = base_of_gerund(lies.group("gerund"), known | MORE_VERBS)
        if verb and _is_act(verb, known | {verb}):
            return f"{_doer(lies)} should {verb} {lies.group('rest')}"
        return None
    np_ = is_np.group("np") if is_np else ""
    if re.match(
        r"^(?:a|an)\s+(?:\w+\s+){0,2}?(?:matter|question|problem|sign|result|product|mistake|pity|shame|farce|"
        r"disgrace|scandal|failure|crime|folly|sham|fraud|tragedy|disaster|myth|lie|delusion|joke|absurdity|"
        r"outrage|insult|curse|evil|blessing|success|comedy|mockery|"
        # what a thing is or belongs to: "the right to exclude aliens is an attribute of sovereignty"
        r"attribute|property|feature|characteristic|mark|part|element|instance|example|consequence|essence|badge"
        r"|token|symbol|function|outgrowth|symptom)\b",
        np_,
        re.I,
    ):
        return None  # "the answer is a matter of taste", "the whole thing is a cruel farce": a verdict
    if is_np and _describes(is_np.group("head"), np_):
        return None  # "our foreign policy is a policy of strength": what it is, not a measure to adopt
    if is_np and is_np.group("head").lower() in _GOALS and not names_measure(np_):
        return None  # "our goal must be a reasonable equilibrium in …": a state aimed at, not a measure
    return f"{_doer(is_np) if is_np else 'we'} should {adopted(np_)}"


# An aside set off by commas between the verb and its object: "remove, by all means possible, X".
_VERB_ASIDE = re.compile(
    r"^(?P<verb>[a-z]+),\s+(?:by all (?:possible )?means(?: possible)?|by every means|at once|if possible|"
    r"as far as possible|in time|without delay|first of all),\s+", re.I)
# An object that points back ("that material cause of sedition whereof we spake") and is then named after
# a semicolon ("; which is, want and poverty in the estate"): the named thing is the object.
_POINTED_THEN_NAMED = re.compile(
    r"^(?P<verb>[a-z]+)\s+(?:that|those|the)\s+[^;]{2,80}?\b(?:whereof|of which|which|that)\s+(?:we|I)\s+"
    r"(?:spake|spoke|have\s+spoken|mentioned|have\s+mentioned|named|noted)\b[^;]*;\s*(?:which|that)\s+"
    r"(?:is|are|was|were),?\s+(?P<named>[^;]+)$", re.I)


def _named_after(vp: str) -> str:
    """The verb phrase with an aside after its verb taken out, and an object that points back into the essay
    replaced by what the period names it as after a semicolon."""
    vp = _VERB_ASIDE.sub(lambda m: f"{m.group('verb')} ", vp.strip(), count=1)
    named = _POINTED_THEN_NAMED.match(vp)
    return f"{named.group('verb')} {named.group('named').strip()}" if named else vp


# A complement that characterises its subject: "a policy of strength", "a course of patience", "a kind of …".
_CHARACTER = re.compile(
    r"^(?:a|an)\s+(?:[\w'-]+\s+){0,2}?(?:policy|course|plan|programme|program|approach|way|kind|sort|spirit|"
    r"mixture|combination|matter|question)\s+of\b",
    re.I,
)


def _describes(head: str, np_: str) -> bool:
    """Whether "SUBJECT is NP" says what the subject is rather than names a measure: the complement repeats
    the subject's head ("our policy is a policy of …") or names a manner ("a policy of strength")."""
    words = re.findall(r"[a-z]+", np_.lower())
    return head.lower() in words[:4] or _CHARACTER.match(np_) is not None


# "It would be wise to repeal the duty", "it seems expedient to regulate …", "I recommend to your reflection
# how far it may be expedient to …": a recommendation with its judgement put first and no actor.
_JUDGED = (
    r"(?:the\s+)?(?:more\s+)?(?:expedient|advisable|desirable|necessary|needful|proper|wise|prudent|right|best|"
    r"essential|urgent|imperative|high time|good|better|wiser|kinder|fairer|safer|cheaper|sensible|sounder)"
    r"(?:\s+(?:course|plan|policy|step|way|thing))?"  # "it would be the wiser course to …"
)
# The same judgement asked as a question that expects yes: "Would it not be the wiser course to V?"
_ASKED_JUDGEMENT = re.compile(r"^(?:would|will|is|were|might)\s+it\s+not\s+(?:be\s+)?(?=\S)", re.I)
_IMPERSONAL = re.compile(
    r"(?:^|\b(?:how far|whether)\b[^.;:]{0,40}?)\bit\s+(?:seems|is|would be|will be|may be|might be|appears|"
    r"would seem|must be|were|becomes)\s+(?:(?:therefore|then|now|highly|very|most|surely|clearly|also|still|"
    r"certainly|equally|particularly|more than ever|at once)\s+)*" + _JUDGED
    + r"(?:\s*,[^,]{2,40},)?\s+(?:for\s+(?P<actor>[^,;:]{2,50}?)\s+to|that\s+(?P<subject>[^,;:]{2,50}?)\s+"
    r"(?:should|must|shall|would)|to)\s+(?P<vp>.+)$",  # "it were good that men would …" (old subjunctive)
    re.I,
)
_ASKING_LEAD = re.compile(r"^(?:I|we)\b[^.;:]{0,40}?\b(?:recommend|submit|commend|suggest|propose)\b", re.I)


def impersonal_proposal(sentence: str, known: set[str]) -> str | None:
    """ "It would be wise to repeal the duty on salt" → "we should repeal the duty on salt"; "it is
    desirable that the county should buy the land" → "the county should buy the land"; None for a
    question, a negation, or a verb of thought ("it is necessary to remember …")."""
    text = sentence.strip()
    if text.endswith("?") and _ASKED_JUDGEMENT.match(text):  # "Would it not be wiser to V?": it would be
        text = _ASKED_JUDGEMENT.sub("it would be ", text).rstrip("?").strip()
    if text.endswith("?"):
        return None
    text = re.sub(
        r"^(?:(?:so|and|but|then|therefore|thus|now|surely),?\s+)+", "", text.rstrip(".!"), flags=re.I
    )
    match = _IMPERSONAL.search(text)
    if match is None or (match.start() > 0 and not _ASKING_LEAD.match(text)):
        return None  # "how far it may be expedient to …" only inside the author's own recommendation
    if re.search(r"\bnot\b|\bnever\b", text[: match.start("vp")], re.I):
        return None
    vp = re.split(r",?\s+(?:rather\s+)?than\s+(?:to\s+)?[a-z]", match.group("vp").strip(), maxsplit=1)[0]
    vp = re.sub(r",?\s+and\s+to\s+(?=[a-z])", ", and ", vp)  # "to set apart A, and to let B …": two acts
    first = vp.split()[0] if vp.split() else ""
    actor = (match.group("actor") or match.group("subject") or "we").strip()
    return f"{actor} should {vp}" if _is_act(first, known) and first.islower() else None


# "The parish would be better served by opening the school car park": the author's alternative, a proposal.
_BETTER_SERVED = re.compile(
    r"^(?P<actor>(?:the|our|this|its|their|[A-Z][\w'-]*)\s+[^,;:]{1,60}?)\s+would\s+be\s+"
    r"(?:(?:far|much|better|best|well)\s+)?(?:better|best)\s+served\s+by\s+(?P<gerund>[a-z]+ing)\s+(?P<rest>.+)$",
    re.I,
)


def better_served(sentence: str, known: set[str]) -> str | None:
    """ "The parish would be better served by opening the car park" → "the parish should open the car park";
    None otherwise, or when the "-ing" word is no act."""
    text = re.sub(r"^(?:(?:so|and|but|instead),?\s+)+", "", sentence.strip().rstrip(".!"), flags=re.I)
    match = _BETTER_SERVED.match(text)
    if match is None or re.search(r"\bnot\b", match.group("actor"), re.I):
        return None
    verb = base_of_gerund(match.group("gerund"), known | MORE_VERBS)
    if not verb or not _is_act(verb, known | MORE_VERBS):
        return None
    return f"{match.group('actor')} should {verb} {match.group('rest')}"
