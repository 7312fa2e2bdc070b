"""A broad reading of deontic and recommending sentences: a clause governed by a word of obligation, of
recommendation or of necessity, restated as the plain "ACTOR should VP" the proposal parser reads.

One reader for the whole class rather than one module per phrasing. The governor may be
- an adjective of necessity: "it is essential / imperative / vital / high time / well that X V", "it is
  essential for X to V", "it is incumbent on X to V";
- a verb or noun of obligation: "it behoves X to V", "it falls to X to V", "X has a duty / an obligation to
  V", "X is under an obligation to V", "X would do well to V", "we owe it to Y to V", "X is urged / called
  upon to V";
- the author's own recommending verb: "I appeal to X to V", "I would have X V", "we need X to V";
- a stated demand: "our demand / my plea / the remedy is that X V", "what I am asking is that X V", "the
  only responsible course is for X to V", "the hour has come for X to V", "the least X can do is V".

The clause after "that" may be subjunctive ("that the authority dredge the harbour"), indicative ("that
the county reopens the line") or already modal ("that Parliament should enact …"); its subject is the
shortest head that a verb follows. Every reading is an act of someone the House can stand for; a governor
that only predicts ("prices are bound to rise") is not one of them.
"""

from __future__ import annotations

import re

from bot.drafting.cues import STOPWORDS
from bot.drafting.leadins import verb_aside

_ADVERBS = (
    r"(?:(?:\w+ly|therefore|also|now|surely|then|thus|hence|so|still|most|absolutely|more\s+than\s+ever)\s+)*"
)
_NECESSARY = (
    r"(?:essential|necessary|imperative|vital|crucial|urgent|indispensable|needful|requisite|high\s+time|"
    r"well|fitting|meet|incumbent\s+(?:up)?on\s+(?P<on>[^,;:]{2,60}?))"
)
# "it is essential that X V", "it were well that X should V", "it is vital for X to V", "it is incumbent on X
# to V"
_IMPERSONAL = re.compile(
    r"^it\s+(?:is|were|would\s+be|will\s+be|remains|seems|becomes)\s+" + _ADVERBS + _NECESSARY
    + r"\s*,?\s+(?:that\s+(?P<clause>.+)|for\s+(?P<actor>[^,;:]{2,60}?)\s+to\s+(?P<vp>[a-z].+)|"
    r"to\s+(?P<own>[a-z].+))$",
    re.I,
)
# "it behoves X to V", "it falls to X to V", "it is for X to V", "it is up to X to V", "it rests with X to V",
# "it is the plain duty of X to V"
_FALLS_TO = re.compile(
    r"^it\s+(?:now\s+)?(?:behoo?ve(?:s|th|d)?|falls\s+to|fell\s+to|is\s+(?:now\s+)?(?:for|up\s+to)|"
    # "it is therefore the plain duty of the legislature to forbid …"
    r"is\s+(?:therefore\s+|now\s+|then\s+|thus\s+|clearly\s+)?(?:the|a)\s+(?:[\w-]+\s+)?(?:duty|obligation|"
    r"business|responsibility|task|office)\s+of|"
    r"rests\s+(?:with|on|upon)|lies\s+with)\s+(?P<actor>[^,;:]{2,60}?)\s+to\s+(?P<vp>[a-z].+)$",
    re.I,
)
# "X has a duty to V", "X is under an obligation to V", "X would do well to V", "we owe it to Y to V", "X is
# urged to V"
_OBLIGED = re.compile(
    r"^(?P<actor>[^,;:]{2,70}?)\s+(?:(?:has|have|bears?)\s+(?:a|an|the|every|its|their|our|a\s+clear)\s+"
    r"(?:\w+\s+)?(?:duty|obligation|responsibility)|(?:is|are)\s+(?:now\s+)?under\s+(?:a|an|the)\s+(?:\w+\s+)?"
    r"(?:duty|obligation)|(?:is|are)\s+(?:duty-bound|in\s+duty\s+bound|" + _ADVERBS
    + r"(?:urged|called\s+(?:up)?on|requested|implored|entreated|invited|asked))|would\s+do\s+well|"
    r"owes?\s+it\s+to\s+[^,;:]{2,60}?)\s*,?\s+to\s+(?P<vp>[a-z].+)$",
    re.I,
)
# "I appeal to X to V", "we need X to V", "I would have X V"
_APPEAL = re.compile(
    r"^(?:I|[Ww]e)\s+(?:would\s+|do\s+|must\s+|therefore\s+|now\s+|\w+ly\s+)*(?:appeal\s+to|exhort|entreat|"
    r"beseech|charge|need|want)\s+(?P<actor>(?:the|our|every|each|all|this|these|its|their|[A-Z])[^,;:]{1,60}?)"
    r"\s+to\s+(?P<vp>[a-z].+)$"
)
_HAVE = re.compile(
    r"^(?:I|[Ww]e)\s+would\s+(?:\w+ly\s+|therefore\s+|rather\s+)?have(?:,\s*(?:therefore|then|thus),)?\s+"
    r"(?P<clause>.+)$")
# "our demand is that X V", "the remedy is for X to V", "what I am asking is that X V"
_DEMAND = re.compile(
    r"^(?:(?:our|my|the|their|this|his|her)\s+(?:\w+\s+)?(?:demand|plea|request|call|petition|prayer|"
    r"proposal|suggestion|recommendation|remedy)"
    # "Now as to the Proposal, it is to erect a Monastery": the proposal named first, then given
    r"|(?:now\s+)?as\s+(?:to|for)\s+(?:the|my|our)\s+(?:proposal|plan|scheme|remedy),\s+it|what\s+(?:I|we)\s+(?:am\s+|are\s+)?(?:ask|demand|propose|"
    r"urge|want|asking|demanding|proposing|urging|pressing|pleading)(?:\s+for)?)\s+(?:is|remains),?\s+"
    # "The remedy is plain, and requireth no new law …: that X be Ved": a verdict on it before the colon
    r"(?:(?:plain|simple|clear|obvious|short|easy)(?:,[^:;]{0,120})?\s*:\s*)?"
    r"(?:simply\s+|only\s+|this\s*:\s*)?(?:that\s+(?P<clause>.+)|for\s+(?P<actor>[^,;:]{2,60}?)\s+to\s+"
    r"(?P<vp>[a-z].+)|to\s+(?P<own>[a-z].+))$",
    re.I,
)
# "the only responsible course is for X to V", "the hour has come for X to V", "the time is ripe for X to V"
_COURSE = re.compile(
    r"^(?:(?:the|our)\s+(?:only|best|wisest|right|responsible|sensible|proper|obvious|honest|one)\s+(?:\w+\s+)?"
    r"(?:course|thing|step|policy|answer|way)(?:\s+(?:left|open))?(?:\s+to\s+\w+)?\s+(?:is|would\s+be|remains)|"
    # ("the time has come for X to V" is the plain parser's, `proposals.py`)
    r"the\s+(?:time\s+is\s+ripe|(?:hour|moment|day)\s+(?:is\s+ripe|has\s+(?:now\s+)?come|has\s+arrived|is\s+come)))\s+"
    r"for\s+(?P<actor>[^,;:]{2,60}?)\s+to\s+(?P<vp>[a-z].+)$",
    re.I,
)
# "X ought, in common justice, to V", "X must, above all, V": a modal with an aside before its verb
_MODAL_ASIDE = re.compile(
    r"^(?P<actor>[^,;:]{2,70}?)\s+(?:ought|must|should)\s*,\s*[^,;:]{2,50},\s+(?:to\s+)?(?P<vp>[a-z].+)$"
)
# "I say to this assembly: give X Y", "we say to the minister: V": an imperative addressed by name
_SAY_TO = re.compile(
    r"^(?:I|[Ww]e)\s+(?:now\s+|therefore\s+)?(?:say|declare|appeal|cry)\s+to\s+(?P<actor>[^,;:]{2,60}?)\s*[:,]\s+"
    r"(?P<vp>[a-z].+)$"
)
# "the least the government can do is (to) V"
_LEAST = re.compile(
    r"^the\s+least\s+(?P<actor>[^,;:]{2,60}?)\s+(?:can|could|should|must)\s+do\s+(?:is|would\s+be)\s+"
    r"(?:to\s+)?(?P<vp>[a-z].+)$",
    re.I,
)

# A noun of action after a recommending verb or a modal "be": "I favor (the) further expansion of X", "one of
# its features should be a reduction in X", "it should be, in the first place, the total abolition of X".
_NOMINAL = re.compile(
    r"(?:^(?:I|[Ww]e)\s+(?:\w+ly\s+|therefore\s+|also\s+|now\s+)*(?:favou?r|advocate|propose|recommend|urge|"
    r"support|press\s+for|call\s+for|ask\s+for|demand)|\b(?:should|must|ought\s+to)\s+be)"
    r"(?:\s*,\s*[^,;:]{2,40},)?\s+(?:(?:the|an?)\s+)?(?:(?:still|further|early|immediate|speedy|prompt|gradual|"
    r"complete|total|general|entire|temporary|substantial|large|great|considerable|permanent)\s+){0,3}"
    r"(?P<noun>[a-z]+(?:tion|sion|ment|al|ase|eal))\s+(?P<prep>of|in)\s+(?P<object>(?!(?:it|them|this|that|these|those|"
    r"such)\b)[^,;:]{3,90}?)\s*(?:[,;:]|$)"
)

# Nouns of change whose "in" names what changes ("a reduction in fares" → "reduce fares"); after any other
# noun "in" tells how or where ("an investigation in due form").
_CHANGE_IN = frozenset(["reduction", "increase", "decrease", "improvement", "investment", "adjustment",
                        "rise", "cut", "fall", "change", "reversal"])

# The head of a clause that may act: "we", "the borough council", "every landlord in town", "Parliament".
_ACTOR = re.compile(
    r"^(?:we|they|(?:the|our|every|each|all|both|its|their|local|this|these|no|any)\s+[\w'-]+(?:\s+[\w'-]+){0,6}"
    r"|[A-Z][\w'-]+(?:\s+[\w'-]+){0,6}|[a-z][\w'-]*[a-z]s(?:\s+[\w'-]+){0,6})$"
)
_MODAL = re.compile(r"\b(?:should|must|ought\s+to|shall)\b")
_LEAD = re.compile(
    r"^(?:(?:and|but|so|now|then|therefore|thus|hence|surely|wherefore|indeed|yes|friends|sir|gentlemen),?\s+)+",
    re.I,
)


def _verb(word: str, known: set[str]) -> str | None:
    """The base form of a verb opening a clause ("reopen", "reopens" → "reopen"), or None."""
    from bot.drafting.grammar import VERBS  # here: grammar reads the module that reads this one

    if word in VERBS or word in known:
        return word
    for cut in (1, 2):  # "reopens" → "reopen", "finishes" → "finish"
        if word.endswith("s") and (word[:-cut] in VERBS or word[:-cut] in known):
            return word[:-cut]
    return None


# What opens an object after a verb the lexicon lacks: "that the authority dredge the harbour".
_OBJECT = re.compile(r"^(?:the|a|an|our|its|their|every|all|this|these|those|his|her|some|no)\s", re.I)
# Verbs of state, thought or speech: what they ask is no act ("it is essential to remember …").
_STATES = frozenset(["be", "have", "know", "think", "believe", "remember", "understand", "feel", "see", "say",
                     "recognise", "recognize", "realise", "realize", "consider", "accept", "note", "admit"])


# The audience addressed, for whom the House stands: "every member of this chamber", "honourable members".
_AUDIENCE = re.compile(
    r"^(?:(?:every|each|all(?:\s+the)?)\s+(?:members?|one)\s+of\s+(?:this|the)\s+(?:chamber|house|assembly|"
    r"meeting|council|congress|senate|parliament)|(?:the\s+)?(?:honourable|honorable)\s+members)$",
    re.I,
)
# A question left open: "decide whether …", "judge how far …".
_DEFERRED = re.compile(
    r"^(?:decide|judge|determine|say|choose|consider|weigh)\s+(?:whether|if|how|what|which|who)\b"
)


def _bare(word: str) -> bool:
    """Whether a word the lexicon lacks may be a bare verb: lower case, no function word, no -ly/-ed/-ing."""
    return word.isalpha() and word.islower() and word not in STOPWORDS and not word.endswith(
        ("ly", "ed", "ing", "s"))


_RELATIVE_END = re.compile(r"\s(?:who|which|that|whom)$", re.I)


def _clause(clause: str, known: set[str]) -> str | None:
    """A "that" clause as "X should VP": kept when it has its modal ("shall" read as "should"); its subject
    found as the shortest head a verb follows when it is subjunctive or indicative."""
    clause = clause.strip()
    modal = _MODAL.search(clause)
    if modal and _ACTOR.match(clause[: modal.start()].strip()):
        return clause[: modal.start()] + re.sub(r"^shall\b", "should", clause[modal.start() :])
    words = clause.split()
    for k in range(1, min(9, len(words) - 1)):
        actor, word = " ".join(words[:k]), words[k]
        if not _ACTOR.match(actor) or re.search(r"[,;:]", actor) or _RELATIVE_END.search(actor):
            continue  # "the poor who apply for relief be set to work": the relative's verb is not the clause
        rest = " ".join(words[k + 1 :])
        if word == "be" and rest:  # "that every care home be inspected …"
            return f"{actor} should be {rest}"
        if word == "not" and _verb(words[k + 1], known):  # "that the council not sell …"
            return f"{actor} should not {' '.join(words[k + 1:])}"
        verb = _verb(word, known) or (word if _OBJECT.match(rest) and _bare(word) else None)
        if verb is not None and rest:
            return f"{actor} should {verb} {rest}"
    return None


def mandative_clause(clause: str, known: set[str]) -> str | None:
    """A "that" clause after a verb of proposing ("I move that this Association petition Parliament …") as
    "X should VP", or None (see `_clause`)."""
    return _clause(clause, known)


def _act(actor: str, vp: str, known: set[str]) -> str | None:
    """ "ACTOR should VP" when the verb phrase opens with a verb (after "to" any word that is no function word
    or adverb) and the actor may act."""
    vp = verb_aside(vp)  # "forbid, by statute, the employment …": the aside's commas go
    first = vp.split()[0] if vp.split() else ""
    if not (first.isalpha() and first.islower()) or first in STOPWORDS | _STATES or first.endswith("ly"):
        return None
    if _DEFERRED.match(vp):
        return None  # "It is for Congress to decide whether …": the choice left to others, no proposal
    actor = re.sub(r"^(?:this|these)\s+(?=\w)", "the ", actor.strip())  # "this nation" → "the nation"
    if re.fullmatch(r"(?:it|this|that|there|he|she|him|her|them|me|us)", actor, re.I):
        return None
    return f"{'we' if actor.lower() in ('us', 'you') or _AUDIENCE.match(actor) else actor} should {vp}"


def deontic_proposal(sentence: str, known: set[str]) -> str | None:
    """The sentence as "ACTOR should VP" when a word of obligation, recommendation or necessity governs its
    clause (see the module's docstring); None for any other sentence, a question or a negated governor."""
    text = _LEAD.sub("", " ".join(sentence.split())).rstrip(".!").strip()
    if text.endswith("?") or len(text.split()) < 5:
        return None
    match = _IMPERSONAL.match(text)
    if match:
        if match.group("clause"):
            return _clause(match.group("clause"), known)
        on = match.group("on") or match.group("actor")
        return _act(on or "we", match.group("vp") or match.group("own"), known) if on else None
    for pattern in (_FALLS_TO, _OBLIGED, _APPEAL, _COURSE, _LEAST, _MODAL_ASIDE, _SAY_TO):
        match = pattern.match(text)
        if match and not re.search(r"\b(?:not|never|no)\b", match.group("actor")):
            return _act(match.group("actor"), match.group("vp"), known)
    match = _DEMAND.match(text)
    if match:
        if match.group("clause"):
            return _clause(match.group("clause"), known)
        if match.group("own"):  # "My proposal is to erect a school": the author's, so the House's
            # ("the proposal is to …" may be anyone's)
            owned = re.match(r"(?:now\s+)?(?:my|our|as\s+(?:to|for))\b", text, re.I)
            return _act("we", match.group("own"), known) if owned else None

        return _act(match.group("actor"), match.group("vp"), known)
    match = _HAVE.match(text)
    if match:
        return _clause(match.group("clause"), known) or _had(match.group("clause"))
    return _nominal(text)


def _had(clause: str) -> str | None:
    """ "I would have a school in every parish, supported by a rate" (a thing wished into being, with no verb
    of its own) as "we should build a school in every parish"; None when the clause opens on no "a"/"an"."""
    from bot.drafting.measurephrase import adopted  # here: measurephrase reads the modules that read this one

    thing = re.match(r"^(?:a|an)\s+[^,;:]{3,80}", clause, re.I)
    return f"we should {adopted(thing.group(0).strip())}" if thing else None


def _nominal(text: str) -> str | None:
    """ "we should VERB X" for a noun of action after a recommending verb or a modal "be", when its verb is
    one the House can do ("reduction in X" → "reduce X"); None otherwise."""
    from bot.drafting.grammar import VERBS  # here: grammar reads the module that reads this one
    from bot.drafting.nominals import noun_verb

    match = _NOMINAL.search(text)
    if match is None or re.search(r"\b(?:not|never|no)\b", text[: match.start("noun")]):
        return None
    if match.group("prep") == "in" and match.group("noun") not in _CHANGE_IN:
        return None  # "an investigation in due form": how it is done, not what it acts on
    verb = noun_verb(match.group("noun"), set(VERBS))
    return f"we should {verb} {match.group('object').strip()}" if verb in VERBS else None


def impersonal_governor(sentence: str) -> bool:
    """Whether the sentence opens on an impersonal governor of necessity or duty ("It is essential that …",
    "It falls to X to …", "The only responsible course is for X to …"): the author's own voice, as "I
    recommend" is, with no one else's view reported before it."""
    text = _LEAD.sub("", " ".join(sentence.split())).rstrip(".!").strip()
    return any(p.match(text) for p in (_IMPERSONAL, _FALLS_TO, _COURSE, _LEAST))
