"""Wording debate motions: actor → This House, modal → would, pronouns resolved."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.drafting.address import strip_vocatives
from bot.drafting.condensing import condense
from bot.drafting.cues import DISCOURSE_OPENERS, STOPWORDS, VIEW_HEAD
from bot.drafting.evidence import strip_evidence
from bot.drafting.existential import strip_certainty
from bot.drafting.oldstyle import modernise
from bot.drafting.periods import unwind

if TYPE_CHECKING:
    from bot.drafting.proposals import Recommendation

_SHORT_NAMES = {
    "united states of america": "US",
    "united states": "US",
    "u.s.a.": "US",
    "u.s.": "US",
    "united kingdom": "UK",
    "u.k.": "UK",
    "european union": "EU",
    "e.u.": "EU",
    "united nations": "UN",
    "u.n.": "UN",
}
# Actors for whom "This House would …" is the standard form: governments, legislatures (the House sits in
# their seat), the public, "we".
_GOVERNING = re.compile(
    r"^(?:we|us|society|the world|the international community|washington|whitehall|brussels|"
    r"(?:(?:the|our|your|every|each|this|national|federal|central|all)\s+)?(?:\w+\s+)?"
    r"(?:governments?|states?|administrations?|congress|senate|assembl(?:y|ies)|parliaments?|west|public|country|countries|"
    r"nations?|eu|un|us|uk|lawmakers|legislators|legislatures?|law|laws|legislation|"
    r"policy-?makers|democracies|ministers?|officials)"
    r"(?:\s+of\s+(?:this|the|our)\s+(?:province|state|country|nation|kingdom|realm|commonwealth|colony|county))?)$",
    re.I,
)
# Institutions that act in their own name: a motion about what the council should do keeps the council.
INSTITUTION = (
    r"(?:councils?|cit(?:y|ies)|counties|county|towns?|boroughs?|parish(?:es)?|vestry|authority|authorities|"
    r"boards?|corporations?|trusts?|ministry|ministries|departments?|commissions?|committees?|mayors?|"
    r"magistrates?|police|universit(?:y|ies)|colleges?|schools?|regulators?|companies|company|firms?|"
    r"employers?|hospitals?|courts?)"
)
_INSTITUTIONAL = re.compile(
    r"^(?:(?:the|our|your|every|each|this|local|all|its)\s+)?(?:[\w'-]+\s+){0,3}" + INSTITUTION + r"$", re.I
)
_POSSESSIVES = re.compile(r"\b(its|their)\b", re.I)


# A prepositional phrase after a noun phrase's head: "tests at eleven", "a car park on the old cattle market".
_AFTER_HEAD = re.compile(
    r"\s+(?:at|in|of|on|for|from|with|by|under|over|to|near|beside|behind|along|across)\s.*$", re.I)


def head_noun(phrase: str) -> str:
    """The head noun of a noun phrase, before any prepositional phrase after it ("tests at eleven" → "tests",
    "a car park on the green" → "park")."""
    words = _AFTER_HEAD.sub("", phrase.strip()).split()
    return words[-1] if words else ""


def can_be_called_on(actor: str) -> bool:
    """Whether an actor is one a proposal can call on: the speaker's side ("we"), a government or an
    institution, not someone whose hardship is described ("the children who walk have to squeeze …")."""
    actor = actor.strip()
    return bool(re.match(r"^(?:we|us|you|let's|let us|i)\b", actor, re.I) or _GOVERNING.match(actor)
                or _INSTITUTIONAL.match(actor))
# The author's framing of a claim: "In my view, X", "I am convinced that X", "My argument is that X".
_FIRST_PERSON_FRAMES = re.compile(
    r"^(?:(?:in my (?:view|opinion|experience|judgement|judgment)|to my mind|for my part|as i see it|"
    r"personally|frankly|honestly|if you ask me),?\s+|"
    r"(?:i|we) (?:am|are|'m|'re|remain|have become) (?:now )?(?:convinced|sure|certain|persuaded|confident) "
    r"that\s+|"
    r"(?:i|we) (?:(?:do|now|still|firmly|strongly|really) )?(?:believe|think|argue|contend|hold|maintain|"
    r"suspect|submit|feel|would argue|would say|must conclude|conclude|am arguing|want to argue) "
    r"(?:that\s+)?|"
    # "I say to you plainly, that …", "we declare, once more, that …"
    r"(?:i|we) (?:(?:do|now|still|therefore|then) )?(?:say|declare|affirm|insist|assert|repeat|tell you)"
    r"(?:,? (?:to you|to this \w+|to the \w+|plainly|frankly|again|once more|therefore|then|here|now))*"
    r",? that\s+|"
    r"it seems to me(?: that)?\s+|"
    # "my argument is that X", "My point is simple: X", "It is my firm persuasion, after long thought, that X"
    + VIEW_HEAD + r"(?:(?:\s*,[^,]{2,90},)?\s*,?\s+that\s+|\s+simple:\s*|\s+))",
    re.I,
)
# The author judging "it" ("I hold it to be neither just nor prudent that X", "we think it right to Y"): the
# judgement is the claim, "it is neither just nor prudent that X".
_JUDGED_IT = re.compile(
    r"^(?:i|we) (?:(?:do|now|still|firmly|strongly|really) )?(?:hold|think|consider|deem|judge|count|reckon"
    r"|believe|find|esteem|account) it (?:to be )?(?=(?:[\w-]+,? ){1,6}?(?:that|to|for)\b)",
    re.I,
)
# A belief the author denies: "It must not be imagined that a walking tour is merely …", "Let it not be
# supposed that X can …": the claim is X with its first auxiliary negated.
_DENIED = re.compile(
    r"^(?:it\s+(?:must|should|cannot|can\s+not|is)\s+not\s+be|let\s+it\s+not\s+be|it\s+is\s+not\s+to\s+be)"
    r"\s+(?:\w+ly\s+)?(?:imagined|supposed|thought|assumed|believed|inferred|concluded|understood|fancied)"
    r"\s+that\s+(?P<claim>.+)$",
    re.I,
)
_AUXILIARY = re.compile(
    r"\b(?P<aux>is|are|was|were|can|could|will|would|shall|should|must|may|might|has|have|had)\b(?!\s+not\b)",
    re.I,
)


def denied(text: str) -> str:
    """ "It must not be imagined that X is merely Y" → "X is not merely Y"; unchanged when no auxiliary
    in X can carry the "not"."""
    match = _DENIED.match(text.strip())
    if match is None:
        return text
    claim = re.sub(r",\s+as\s+[^,;]{1,60},\s+", " ", match.group("claim"))  # ", as some would have it,"
    aux = _AUXILIARY.search(claim)
    if aux is None or re.search(r"\b(?:not|never|no|nothing|nobody|none|neither|nor)\b", claim, re.I):
        return text
    if aux.group("aux").lower() == "can":
        return f"{claim[: aux.start()]}cannot{claim[aux.end():]}"
    return f"{claim[: aux.end()]} not{claim[aux.end():]}"


FIRST_PERSON = re.compile(r"\b(?:I|me|my|myself|mine)\b|\bI'(?:m|ve|d|ll)\b")


def short_names(text: str) -> str:
    """Debate style for common initialisms: "the United States" → "the US", "U.S." → "US"."""
    for long, short in _SHORT_NAMES.items():
        text = re.sub(rf"(?<![\w.]){re.escape(long)}(?![\w])", short, text, flags=re.I)
    text = re.sub(r"\bUS\s*\.(?=\w)", "US ", text)
    return text.replace("’", "'").replace("‘", "'")


def lower_first(text: str, names: frozenset[str] = frozenset()) -> str:
    """Lower-case the first word unless it is a name, an acronym or "I"."""
    match = re.match(r"[A-Za-z][\w'’-]*", text)
    if not match:
        return text
    word = re.sub(r"['’]s$", "", match.group(0))  # "America's best": the name without its possessive
    if word.lower() in names or (len(word) > 1 and word.isupper()) or word == "I":
        return text
    return text[0].lower() + text[1:]


def upper_first(text: str) -> str:
    """Capitalise the first letter."""
    return text[:1].upper() + text[1:]


def strip_openers(text: str) -> str:
    """Drop discourse openers ("Therefore, ", "Simply put, "), frames of certainty and evidence ("There is
    no doubt that", "Experience has shown that") and parenthetical ", therefore,"."""
    before = None
    while before != text:  # "Besides, sir, there is no doubt that X": each frame in turn
        before = text
        text = strip_evidence(strip_certainty(strip_vocatives(DISCOURSE_OPENERS.sub("", text.strip()))))
    return re.sub(
        r",\s*(?:therefore|thus|then|however|of course|in turn|too|also|indeed|in truth|in fact|in short|"
        r"after all|no doubt|to be sure|certainly|surely),\s*",
        " ",
        text,
        flags=re.I,
    ).strip()


def gerund(verb: str) -> str:
    """The -ing form: "subsidise" → "subsidising", "ban" → "banning", "fund" → "funding"."""
    low = verb.lower()
    if low.endswith("ie"):
        return low[:-2] + "ying"
    if low.endswith("e") and not low.endswith(("ee", "ye", "oe")):
        return low[:-1] + "ing"
    if re.fullmatch(r"[^aeiou]*[aeiou][bdgmnpt]", low):
        return low + low[-1] + "ing"
    return low + "ing"

def gerund_phrase(action: str) -> str:
    """The action with its verb in -ing: "ban X" → "banning X", "blindly hate X" → "blindly hating X"."""
    return re.sub(r"^((?:\w+ly\s+)?)(\w+)", lambda m: m.group(1) + gerund(m.group(2)), action, count=1)


_INFINITIVE_BEFORE = re.compile(r"^\w+\s+\S.*\bto\s+[a-z]+\s*$")  # "require A to give" + "their"


def resolve_pronouns(action: str, actor: str) -> str:
    """Replace "its/their" (the actor's) with the actor: "halt its mission" → "halt the US mission"."""
    name = short_names(actor).strip()
    bare = re.sub(r"^(?:the|our|your)\s+", "", name, flags=re.I)
    if name.lower() in ("we", "us", "it"):
        return action
    if bare.isupper():  # an initialism works as an adjective: "the US mission"
        owner = f"the {bare}"
    elif bare[:1].isupper() and not re.search(r"[^s]s$", bare):  # "Britain's", not "Secondary schools's"
        owner = f"{bare}'s"
    elif bare[:1].isupper() and " " in bare:  # a plural noun phrase capitalised at the sentence's start
        owner = f"the {bare[0].lower()}{bare[1:]}'"
    else:
        owner = f"the {bare}'" if bare.lower().endswith("s") else f"the {bare}'s"
    itself = f"the {bare}" if bare.isupper() or not bare[:1].isupper() else bare

    def swap(match: re.Match[str]) -> str:
        before = action[: match.start()]
        # "require large supermarkets to give their food": the infinitive's own subject owns it
        if re.search(r"\b(?:the|a|an)\s+[a-z]", before, re.I) or _INFINITIVE_BEFORE.search(before):
            # a noun stands between the verb and the possessive: "rebuild the railway on its old trackbed"
            # means the railway's trackbed, not the actor's; "their" after a plural noun is that noun's
            if match.group(1).lower() == "its":  # "its own facilities" keeps "its": "the own" is no English
                return "its" if re.match(r"\s+own\b", action[match.end() :]) else "the"
            return match.group(0)
        return owner if match.group(1).lower() in ("its", "their") else match.group(0)

    action = _POSSESSIVES.sub(swap, action)
    return re.sub(r"\bitself\b|\bthemselves\b", itself, action)


def policy_motion(
    rec: Recommendation,
    pick: list[int] | None = None,
    names: frozenset[str] | None = None,
) -> tuple[str, str]:
    """The motion text and type for a recommendation, using the chosen actions (indices).

    Governments, legislatures and "we" become "This House would …" ("… opposes X-ing" when the essay
    argues against something); other actors, institutions among them, keep their name: "This House
    believes that the council should …".
    `names` are the essay's proper names (None: unknown, so only plural nouns lose their capital).
    """
    chosen = [modernise(short_names(rec.actions[i])) for i in (pick or [0])]
    actor = short_names(rec.actor)
    if (_GOVERNING.match(actor) and not _INSTITUTIONAL.match(actor)) or rec.actor == "it":
        actions = [lower_first(resolve_pronouns(a, rec.actor), names or frozenset()) for a in chosen]
        if rec.negative:
            actions = [gerund_phrase(a) for a in actions]
            return tidy("This House opposes " + " and ".join(actions)), "policy"
        return tidy("This House would " + " and ".join(actions)), "policy"
    if _INSTITUTIONAL.match(actor):  # "our council" is the author's; the motion names "the council"
        actor = re.sub(r"^(?:our|your|this)\s+", "the ", actor, flags=re.I)
    first = actor.split()[0]
    if names is not None or first.lower() in STOPWORDS or (first.endswith("s") and not first.isupper()):
        actor = lower_first(actor, names or frozenset())
    neg = "not " if rec.negative else ""
    return tidy(f"This House believes that {actor} should {neg}{' and '.join(chosen)}"), "actor"


_FINITE_SOON = re.compile(
    r"^(?:\S+\s+){0,7}?(?:is|are|was|were|has|have|had|will|would|can|could|should|must|may|might|do|does|did)\b"
    # "…, and it deserves the protection …": a pronoun and its own verb open a second clause
    r"|^(?:it|they|this|he|she|we)\s+(?:\w+ly\s+)?[a-z]{3,}(?:s|ed)\b(?<!ss)",
    re.I,
)


# A second gerund phrase of the subject, set off by commas before the verb they share: "…, and putting
# themselves under government, is the preservation of their property".
_SHARED_VERB = re.compile(
    r"^(?P<phrase>[a-z]+ing\b[^,;:]{0,60}),\s+(?P<verb>(?:is|are|was|were|has|have)\b.+)$"
)


def _main_clause(text: str) -> str:
    """The first clause of "A, and B" / "A; B" / "A, but B" when it can stand alone.

    Not when B is only a list's next item ("of business, of labor, and of agriculture") or the
    second half of "not X but Y": cutting there would leave half a sentence.
    """
    parts = re.split(r"(,\s+(?:and|but|yet|so)\s+|;\s+|\s+[–—]\s+)", text, maxsplit=1)
    if len(parts) == 3 and len(parts[0].split()) >= 5:
        first, joint, rest = parts
        shared = _SHARED_VERB.match(rest) if joint.strip(" ,") == "and" else None
        if shared:  # "the end of uniting into X, and putting themselves under Y, is Z": one subject, one verb
            return f"{first} and {shared['phrase']} {shared['verb']}"
        if joint.strip(" ,") in ("and", "but", "yet", "so") and not _FINITE_SOON.match(rest):
            return text
        if joint.strip(" ,") == "but" and re.search(r"\bnot\b", first, re.I):
            return text
        return first
    return text


def impersonal(text: str) -> str:
    """A claim without the author's framing: "In my view, X" / "I am convinced that X" → "X"."""
    before = None
    while before != text:
        before = text
        text = denied(_FIRST_PERSON_FRAMES.sub("", _JUDGED_IT.sub("it is ", strip_openers(text))).strip())
    return upper_first(text) if text != before or text[:1].isupper() else text


def first_person(text: str) -> bool:
    """Whether a text still speaks as the author ("I", "me", "my")."""
    return bool(FIRST_PERSON.search(text.replace("’", "'")))


# words of a claim past which its motion ("that" + claim) is refused (grammar.MAX_BODY_WORDS)
LONG_PERIOD = 27


def value_motion(sentence: str, names: frozenset[str] = frozenset()) -> str:
    """A belief motion from a thesis sentence: "X is Y" → "This House believes that X is Y"."""
    text = modernise(impersonal(sentence))
    if len(text.split()) > LONG_PERIOD:  # a long period: its asides out, down to the main clause
        text = unwind(text)
    text = re.sub(r"\s*\([^)]*\)", "", text)
    # "restore to the Union what the banks took from it: a common money" names the "what" after the colon
    text = re.sub(r"\bwhat\s+[^:;]{3,90}:\s+(?=(?:a|an|the|its|their|our)\s)", "", text, count=1)
    # a short aside ("give the masses, as they call them, a food …") goes whole, not with all that follows it
    text = re.sub(r",\s+as\s+(?:\w+\s+){0,7}\w+,\s+(?=[a-z])", " ", text)
    text = _without_trailing_aside(text)
    text = _main_clause(short_names(text)).rstrip(".!?;: ")
    if re.search(r"\bonly\b", text):  # "only through A, and not through B": "only" already says "not B"
        text = re.sub(r",\s+(?:and\s+)?not\s+[^,;]+$", "", text)
    if len(text.split()) > 40:
        text = " ".join(text.split()[:40]).rstrip(",;") + " …"
    return tidy(f"This House believes that {lower_first(text, names)}")


# A closing aside: ", which …", ", because …", ", as …" to the end of the sentence.
_TRAILING_ASIDE = re.compile(r",\s+(?P<word>which|who|thereby|as|because|since|whilst|while|whereas)\b.*$")
# A head the relative clause restricts, however it is punctuated: "there is no disease, …, which a plain diet
# has not mitigated", "nothing, which …", "every man, who …". Without its clause the claim says the opposite.
_RESTRICTED_HEAD = re.compile(
    r"\b(?:there\s+(?:is|are|was|were|be|exists?)\s+(?:no|not|none|nothing|never|scarcely|hardly|few|many|some)|"
    r"no|none|nothing|nobody|no\s+one|every|everything|everyone|those)\b", re.I)
_HEAD_REACH = 60  # characters before the comma where the restricted head must stand


def _without_trailing_aside(text: str) -> str:
    """The sentence without a closing aside; a relative clause after a restricted head stays."""
    aside = _TRAILING_ASIDE.search(text)
    if aside is None:
        return text
    if aside.group("word") in ("which", "who") and _RESTRICTED_HEAD.search(
            text[max(0, aside.start() - _HEAD_REACH) : aside.start()]):
        return text
    return text[: aside.start()]


# A word or two in quotation marks that the author holds at arm's length: the "people", so-called "reforms".
_SCARE_QUOTED = re.compile(r"[\"“]([A-Za-z][\w’'-]*(?:\s[A-Za-z][\w’'-]*){0,2})[\"”]")


def unquote_terms(sentence: str) -> str:
    """The sentence with the quotation marks around a term of one to three words left out: the "people" who
    exercise the power → the people who exercise the power. A longer quotation stays, to be refused as a
    piece of someone's words."""
    return _SCARE_QUOTED.sub(r"\1", sentence)


def compress(sentence: str, limit: int = 320) -> str:
    """A sentence made fit for a key point or slide: condensed (openers, the author's framing,
    hedges and asides gone), length capped."""
    text = condense(impersonal(sentence))
    text = upper_first(short_names(text))
    if len(text) > limit:
        text = text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + " …"
    return text


# Three or more words in capitals running together: printed loud for emphasis, not names ("NEVER TAKE ANY
# SUBSTANCE INTO THE STOMACH"); an acronym alone ("NATO", "the BBC") is no run and stays.
_SHOUTED = re.compile(r"\b[A-Z][A-Z'’-]*(?:[\s,;]+[A-Z][A-Z'’-]*){2,}\b")


def tidy(text: str) -> str:
    """Single spaces, no space before punctuation, no trailing full stop, no capitals for emphasis."""
    text = _SHOUTED.sub(lambda m: m.group(0).lower() if re.search(r"[A-Z]{5}", m.group(0)) else m.group(0),
                        " ".join(text.split()))  # a long word in the run: prose, not a row of acronyms
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    text = _without_lone_comma(_EMPHASIS.sub(r"\1", text))  # "expropriation _could_ be …": no italics marks
    return text.rstrip(" .,;:")


# Italics marked in plain text: "_could_", "*never*".
_EMPHASIS = re.compile(r"(?<!\w)[_*]([^_*\s](?:[^_*]*[^_*\s])?)[_*](?!\w)")
# A subordinate clause first, its comma closing it: "when the river rises, is the bridge …".
_SUBORDINATE_FIRST = re.compile(
    r"^(?:This House \w+(?: that)?\s+)?(?:\S+\s+){0,3}?(?:if|when|whenever|while|although|though|because|"
    r"unless|as|since|where|after|before|until|once)\b", re.I)
_VERB_AFTER = re.compile(r"^(?:is|are|was|were|ought|should|must|will|would|shall|can|may)\s+[a-z]")
_COPULA_BEFORE = re.compile(r"\b(?:is|are|was|were)$")


def _without_lone_comma(text: str) -> str:
    """The text without a lone comma that only points a long subject before its verb ("The victual in
    plantations, ought to be expended …") or stands between a copula and what it says ("… is, supreme
    wisdom"): the old habit of pointing, no clause boundary. A text with any other comma keeps its own."""
    if text.count(",") != 1:
        return text
    before, after = text.split(",")
    after = after.lstrip()
    if _SUBORDINATE_FIRST.match(before):
        return text  # "when the river rises, is the bridge …": the comma closes a subordinate clause
    lone = before[-1:].isalpha() and before[-1:].islower() and (
        _VERB_AFTER.match(after) is not None or (_COPULA_BEFORE.search(before) is not None
                                                 and re.match(r"^[a-z]+\s+[a-z]", after) is not None))
    return f"{before} {after}" if lone else text


def slug(text: str, taken: set[str], limit: int = 48) -> str:
    """A motion id from its text's content words, unique among `taken`."""
    body = re.sub(r"^This House (?:would|believes that|regrets|supports|opposes|prefers)\s+", "", text)
    tokens = re.findall(r"[A-Za-z0-9]+", body.replace("'", ""))
    words = [w.lower() for w in tokens if w.lower() not in STOPWORDS or (len(w) > 1 and w.isupper())]
    out = ""
    for word in words:
        if len(out) + len(word) + 1 > limit:
            break
        out = f"{out}-{word}" if out else word
    out = out if out and out != "custom" else "draft-motion"
    candidate, n = out, 2
    while candidate in taken:
        candidate, n = f"{out}-{n}", n + 1
    taken.add(candidate)
    return candidate
