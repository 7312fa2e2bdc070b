"""An author's own proposal behind a lead-in: the clause a motion is worded from.

Three shapes hide an explicit "X should V" from the parser, whatever the wording:
- a short lead-in before a colon ("The case is plain: governments should …", "My remedy is simple: …");
- an adverb between the modal and its verb ("ought forthwith to establish", "must at once repeal");
- a proposal in the second half of a compound sentence whose subject is a pronoun for the first half's
  subject ("exam fees shut poorer pupils out, and they should be abolished" → "exam fees should be
  abolished").
"""

from __future__ import annotations

import re

from bot.drafting.cues import STOPWORDS

# "ought forthwith to", "should at once", "must, in justice, …": the adverb goes, the modal stays.
_MODAL_ADVERB = re.compile(
    r"\b(?P<modal>should|must|shall|ought)\s*,?\s+(?:forthwith|at once|without (?:any |further |more )?delay|"
    r"at (?:long )?last|in (?:good )?time|henceforth|in justice|in fairness|in all fairness|"
    r"in common justice|in reason|by all means|surely|really|clearly|certainly|"
    r"plainly|therefore|now|also)\s*,?\s+(?P<to>to\s+)?",
    re.I,
)
# A short lead-in before a colon, with no verb of saying and no quotation: the author's own frame.
_LEADIN = re.compile(r"^(?P<lead>[A-Z][^:;\"“”]{2,60}?):\s+(?P<clause>[A-Za-z].+)$")
_SAYING = re.compile(
    r"\b(?:says?|said|argue[sd]?|claims?|claimed|writes?|wrote|asks?|asked|replie[sd]|reply|tells?|told|"
    r"insists?|insisted|objects?|objected|critics|opponents|they|he|she|you)\b",
    re.I,
)
_OWN_SAYING = re.compile(
    r"(?:and\s+|so\s+)?(?:I|we)\s+(?:therefore\s+|now\s+|simply\s+)?(?:say|ask|argue|insist)(?:\s+(?:this|again|plainly))?",
    re.I)
_MODAL_AHEAD = re.compile(r"\b(?:should|must|ought|need|needs|has to|have to|let)\b", re.I)

# "A …, and they/it should …": the second half's pronoun stands for the first half's subject.
_COMPOUND = re.compile(
    r"^(?P<first>[^,;:]{6,160}?),?\s+and\s+(?P<pron>they|it)\s+(?P<rest>(?:should|must|ought\s+to|need\s+to|"
    r"needs\s+to)\s.+)$",
    re.I,
)
_DETERMINER = r"(?:the|our|all|such|these|those|this|its|their|every|each|many|most|some)"
_AUXILIARY = frozenset([
    "is", "are", "was", "were", "has", "have", "had", "do", "does", "did", "can", "cannot", "will", "would",
    "may", "might", "could", "keep", "keeps",
])
# Subjects that act rather than undergo: never the thing a passive second half does something to.
_AGENTS = re.compile(
    r"\b(?:people|men|women|we|government|governments|council|councils|parliament|congress|ministers?|"
    r"state|states|employers|workers|citizens|voters|critics|officials|authorities)\b",
    re.I,
)


def plain_modal(text: str) -> str:
    """The sentence with an adverb between a modal and its verb taken out ("ought forthwith to" → "ought
    to")."""
    return _MODAL_ADVERB.sub(lambda m: f"{m.group('modal')} {m.group('to') or ''}", text)


# Words of someone's saying before a colon: what follows quotes them ("my mother said: never trust …",
# "the packet's instructions were clear: take two tablets"); "my rule", "our advice" are the author's.
QUOTING = re.compile(
    r"(?:\b(?:said|says|say|told|tells|tell|asked|asks|wrote|writes|replied|answered|shouted|warned|warns|"
    r"advised|advises)|(?<!my\s)(?<!our\s)\b(?:advice|instructions?|orders|motto|slogan|rule|sign|notice|"
    r"label))\b[^:]*:\s*$",
    re.I,
)

# An order after the colon: a bare verb, in lower case, that is not a call for attention ("Consider the
# figures: …" is the lead-in's own verb, not the clause's).
_ATTENTION = frozenset(["consider", "look", "note", "see", "remember", "think", "imagine", "take", "mark"])
# the longest lead-in before an order ("It is time it did the same for the people …: restore …")
ORDER_LEAD = 16


# A call put to those addressed: "my challenge to every employer", "my plea to every landlord reading this".
ADDRESS = r"my\s+(?:challenge|plea|appeal|message|request|ask|advice|call)\s+to\s+"
ADDRESSED = re.compile(r"\b" + ADDRESS, re.I)


def after_leadin(text: str, known: frozenset[str] | set[str] = frozenset()) -> str | None:
    """The clause after a short lead-in and a colon ("The case is plain: X should V" → "X should V"; "It is
    time it did the same for them: restore the service" → "restore the service"), when the lead-in is the
    author's own frame and the clause carries the modal or opens with a known verb; None otherwise."""
    found = _LEADIN.match(text)
    # "We say: cap the fares": the author's own saying, not someone else's words
    if found is None:
        return None
    lead = found.group("lead")
    if (_SAYING.search(lead) and not _OWN_SAYING.fullmatch(lead.strip())) or ADDRESSED.search(lead):
        return None  # "here's my plea to every landlord: fix your …": theirs to do (`framing.unframe`)
    words = len(found.group("lead").split())
    clause = found.group("clause")
    if _MODAL_AHEAD.search(clause) and words <= 8:
        return clause
    if QUOTING.search(lead + ":") and not _OWN_SAYING.fullmatch(lead.strip()):
        return None  # "The rule was simple: look after the man beside you": someone's words
    first = clause.split()[0]
    ordered = first.islower() and first in known and first not in _ATTENTION and first not in STOPWORDS
    return clause if ordered and words <= ORDER_LEAD else None


def _weak_verb(head: str, verb: str, singular: bool) -> bool:
    """Whether a word not known as a verb still reads as the first half's verb: a past form; a form in -s
    after a singular subject; a bare word after a plural head ("sugary drinks harm …")."""
    if verb.endswith("ed"):
        return True
    if singular:
        return verb.endswith("s") and not verb.endswith("ss")
    plural_head = head.endswith("s") or head in ("people", "children", "men", "women")
    return plural_head and verb.isalpha() and not verb.endswith("s") and verb not in STOPWORDS


def _subject(first: str, known: set[str], singular: bool) -> str | None:
    """The first half's subject: the words before its verb, at most six, none of them a verb itself. The verb
    is a known verb or an auxiliary; failing that, a word that reads as one (`_weak_verb`)."""
    words = first.split()
    start = 1 if re.fullmatch(_DETERMINER, words[0], re.I) else 0
    ends = range(start + 1, min(len(words), start + 6))
    for strong in (True, False):
        for end in ends:
            head, verb = words[start:end], words[end].lower()
            if any(w.lower() in known | _AUXILIARY or not w.replace("-", "").isalpha() for w in head):
                break
            weak = not strong and _weak_verb(head[-1].lower(), verb, singular)
            if verb in known or verb in _AUXILIARY or weak:
                return " ".join(words[:end])
    return None


def pronoun_subject(text: str, known: set[str]) -> str | None:
    """ "X VERB …, and they should V" → "X should V": the second half's pronoun replaced by the first half's
    subject, with agreement ("they" a plural, "it" a singular); None when the subject cannot be told, or
    when a passive second half would act on an agent ("the council failed, and it should be abolished"
    stays unparsed: the council is the doer, and the reading is unsure)."""
    found = _COMPOUND.match(text)
    if found is None:
        return None
    singular = found.group("pron").lower() == "it"
    subject = _subject(found.group("first"), known, singular)
    if subject is None:
        return None
    plural = bool(re.search(r"(?:s|people|children|men|women)$", subject, re.I))
    if plural == singular:
        return None
    rest = found.group("rest")
    if re.search(r"\bbe\s+\w+(?:ed|en)\b", rest) and _AGENTS.search(subject):
        return None
    return f"{subject} {rest}"


# "establish, in every township, a common school": a short phrase of place or time set off between the verb
# and its object.
_VERB_ASIDE = re.compile(
    r"^(?P<verb>[a-z]+),\s+(?!(?:for example|for instance|in short|in fact|in particular|at least)\b)"
    r"(?P<aside>(?:in|at|on|for|by|under|throughout|within|across|from|without)\s[^,;:]{2,40}),\s+"
    r"(?P<object>(?:a|an|the|every|each|all|some|one|such|our|their|its|[a-z]+s)\b.+)$",
)


def verb_aside(vp: str) -> str:
    """The verb phrase with the commas round an aside between verb and object dropped ("establish, in every
    township, a common school" → "establish in every township a common school"; a means goes after the
    object: "forbid, by statute, X" → "forbid X by statute"), so the object is not cut off as a tail;
    unchanged otherwise."""
    found = _VERB_ASIDE.match(vp)
    if found and found["aside"].startswith(("by ", "under ")):  # "forbid X by statute"
        head, comma, tail = found["object"].partition(",")
        return f"{found['verb']} {head} {found['aside']}{comma}{tail}"
    return f"{found['verb']} {found['aside']} {found['object']}" if found else vp


# A relative clause inside a subject: "the sale of spirits on the day on which wages are paid".
_RELATIVE = re.compile(
    r"\s+(?:(?:on|in|at|by|for|from|under|with|during|to)\s+)?(?:which|whom|whose|who|when)\b.*$", re.I
)


def main_words(subject: str) -> str:
    """A subject without its relative clause, whose own verbs ("on which wages are paid") are not the
    subject's verb."""
    return _RELATIVE.sub("", subject)
