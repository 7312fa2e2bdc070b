"""Wording debate motions: actor → This House, modal → would, pronouns resolved."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.drafting.cues import DISCOURSE_OPENERS, MODALS, STOPWORDS

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
# Actors for whom "This House would …" is the standard form (governments, the public, "we").
_GOVERNING = re.compile(
    r"^(?:we|us|society|the world|the international community|washington|whitehall|brussels|"
    r"(?:(?:the|our|your|every|each|this|local|national|federal|central|all)\s+)?(?:\w+\s+)?"
    r"(?:governments?|states?|administrations?|congress|parliaments?|west|public|country|countries|"
    r"nations?|authorities|councils?|cit(?:y|ies)|eu|un|us|uk|lawmakers|legislators|legislatures?|"
    r"policy-?makers|regulators?|democracies|ministers?|officials))$",
    re.I,
)
_NOT_ACTORS = re.compile(
    r"^(?:it|this|that|these|those|there|which|what|who|one|he|she|i|they|you|nothing|everything|"
    r"something|anyone|everyone|nobody|no one|all|if|when|while|as|because)\b",
    re.I,
)
_AUXILIARIES = re.compile(r"\b(?:is|are|was|were|has|had|will|would|can|could|may|might|shall|do|does|did)\b")
# "Critics say we should …" reports someone else's proposal.
_REPORTING = re.compile(
    r"\b(?:says?|said|argue[sd]?|claim(?:s|ed)?|think|thinks|believe[sd]?|insist(?:s|ed)?|suggest(?:s|ed)?|"
    r"worr(?:y|ies|ied)|fear(?:s|ed)?|warn(?:s|ed)?|propose[sd]?|want(?:s|ed)?)\b", re.I,
)
_STATIVE = {
    "be",
    "feel",
    "know",
    "understand",
    "remember",
    "realise",
    "realize",
    "recognise",
    "recognize",
    "accept",
    "see",
    "face",
    "learn",
    "expect",
    "wonder",
    "ask",
    "admit",
    "note",
    "consider",
    "think",
    "believe",
    "bear",
    "keep",
    "have",
    "get",
    "go",
    "come",
    "look",
}
_IRREGULAR = {
    "taken": "take",
    "given": "give",
    "made": "make",
    "held": "hold",
    "brought": "bring",
    "kept": "keep",
    "paid": "pay",
    "sold": "sell",
    "built": "build",
    "shut": "shut",
    "set": "set",
    "put": "put",
    "cut": "cut",
    "spent": "spend",
    "sent": "send",
    "told": "tell",
    "left": "leave",
    "done": "do",
    "forbidden": "forbid",
    "withdrawn": "withdraw",
    "frozen": "freeze",
    "broken": "break",
    "written": "write",
    "chosen": "choose",
    "driven": "drive",
    "laid": "lay",
    "met": "meet",
}
_TAIL_CUTS = re.compile(
    r"(?:,?\s+(?:in the same way|just as|in an effort to|in order to|so that|so as to|because|since|"
    r"thereby|which|who|whereas|while|as it has|as they have|as we have|rather than|instead of|"
    r"all the while|even if|even though|although|specifically|especially|particularly|including)\b|"
    r",\s+(?:with|except|unless|provided|from|for)\b|"
    r"\s+by\s+\w+ing\b|\s+[–—-]{1,2}\s+|;|:|\s\().*$",
    re.I,
)
_POSSESSIVES = re.compile(r"\b(its|their)\b", re.I)


@dataclass(frozen=True)
class Recommendation:
    """A sentence that says what should be done, parsed into actor and action."""

    actor: str
    actions: tuple[str, ...]
    negative: bool
    passive: bool = False
    conditional: bool = False
    details: tuple[str, ...] = ()  # qualifications cut from the actions ("with exceptions for …")


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
    word = match.group(0)
    if word.lower() in names or (len(word) > 1 and word.isupper()) or word == "I":
        return text
    return text[0].lower() + text[1:]


def upper_first(text: str) -> str:
    """Capitalise the first letter."""
    return text[:1].upper() + text[1:]


def strip_openers(text: str) -> str:
    """Drop discourse openers ("Therefore, ", "Simply put, ") and parenthetical ", therefore,"."""
    text = DISCOURSE_OPENERS.sub("", text.strip())
    return re.sub(
        r",\s*(?:therefore|thus|then|however|of course|in turn|too|also|indeed),\s*",
        " ",
        text,
        flags=re.I,
    ).strip()


def _strip_purpose(text: str) -> str:
    """Drop a leading purpose or condition clause: "To avoid war, the US must …" → "the US must …"."""
    match = re.match(
        r"^(?:to|in order to|if|once|when|unless|after|before|until|with)\b[^,]{3,160},\s*(.+)$",
        text,
        re.I,
    )
    return match.group(1) if match else text


def base_verb(word: str, known: set[str]) -> str:
    """The base form of a past participle: "sanctioned" → "sanction", "banned" → "ban"."""
    low = word.lower()
    if low in _IRREGULAR:
        return _IRREGULAR[low]
    if low.endswith("ied"):
        return low[:-3] + "y"
    if low.endswith("ed"):
        stem = low[:-2]
        for candidate in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""):
            if candidate and candidate in known:
                return candidate
        if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
            return stem[:-1]
        if stem.endswith(("s", "v", "z", "c", "g", "u", "at", "iz", "ur", "ar")) and not stem.endswith("ss"):
            return stem + "e"
        return stem
    if low.endswith("en") and low[:-1] in known:
        return low[:-1]
    return low


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


def is_verb_like(word: str, known: set[str]) -> bool:
    """Whether a word can open a verb phrase: a bare verb seen elsewhere as -ing/-ed or known."""
    low = word.lower().strip("'’\"“”")
    if not low.isalpha() or low in STOPWORDS or word[:1].isupper():
        return False
    return low in known


_PROPOSING = re.compile(
    r"^(?:(?:i|we)\b[^,]{0,40}?\b(?:propose|recommend|suggest|urge|offer it to [\w ]+?consideration),?"
    r"\s+that|that)\s+(?P<clause>.+)$", re.I,
)


def parse_recommendation(sentence: str, known_verbs: set[str]) -> Recommendation | None:
    """Parse "ACTOR should VP", "we must VP", "let's VP", "ACTOR must be Ved", imperatives,
    and "I propose that X may/should be Ved"."""
    text = _strip_purpose(strip_openers(sentence)).rstrip(".!").strip()
    if text.endswith("?") or len(text.split()) < 3:
        return None
    conditional = bool(re.match(r"^(?:if|unless|when)\b", sentence.strip(), re.I))
    proposal = _PROPOSING.match(text)
    if proposal:  # "… that of the children, already counted, ten may, at a year old, be offered …"
        clause = proposal.group("clause")
        clause = re.sub(r"^(?:of|among|from|for)\b[^,]{3,80},(?:[^,]{3,40},)?\s*", "", clause)
        clause = re.sub(r"\b(may|should|must|shall)\s*,[^,]{1,40},\s*", r"\1 ", clause)
        clause = re.sub(r"\b(?:may|shall)\s+be\b", "should be", clause)
        found = parse_recommendation(clause, known_verbs)
        if found is not None:
            return found
    match = re.match(r"^(?:let'?s|let us)\s+(?P<vp>.+)$", text.replace("’", "'"), re.I)
    if match:
        return _build("we", match.group("vp"), False, known_verbs, conditional)
    match = re.match(
        r"^(?:the time has come|it is time|now is the time|it's time)\s+for\s+(?P<actor>.{2,60}?)\s+to\s+"
        r"(?P<vp>.+)$",
        text,
        re.I,
    )
    if match:
        return _build(match.group("actor"), match.group("vp"), False, known_verbs, conditional)
    match = re.match(
        rf"^(?P<actor>[^,;:]{{2,70}}?)\s+{MODALS}\s+(?P<neg>not\s+|never\s+|no longer\s+)?"
        r"(?P<adv>(?:also|now|immediately|urgently|simply|finally|quickly|at last|instead|first)\s+)?"
        r"(?P<vp>.+)$",
        text,
        re.I,
    )
    if match:
        actor = match.group("actor").strip()
        vp = match.group("vp")
        negative = bool(match.group("neg"))
        passive = re.match(r"^be\s+(?P<adv>\w+ly\s+)?(?P<verb>[a-z]+(?:ed|en|t))\b\s*(?P<rest>.*)$", vp, re.I)
        if passive:
            verb = base_verb(passive.group("verb"), known_verbs)
            if not (verb in known_verbs or passive.group("verb").lower() in _IRREGULAR):
                return None
            rest = "" if passive.group("rest").lower().startswith("by ") else passive.group("rest")
            adverb = (passive.group("adv") or "").strip()
            action = " ".join(p for p in (adverb, verb, lower_first(actor), rest) if p)
            rec = _build("it", action, negative, known_verbs, conditional)
            return (
                Recommendation(rec.actor, rec.actions, negative, True, conditional, rec.details)
                if rec
                else None
            )
        if _NOT_ACTORS.match(actor) or len(actor.split()) > 8 or _AUXILIARIES.search(actor) \
                or _REPORTING.search(actor):
            return None
        return _build(actor, vp, negative, known_verbs, conditional)
    # An imperative slogan: "Enough talk – end the mission in X."
    for clause in re.split(r"\s+[–—-]{1,2}\s+|,\s+|:\s+", text):
        words = clause.split()
        if len(words) >= 3 and is_verb_like(words[0].lower(), known_verbs):
            return _build("we", lower_first(clause), False, known_verbs, conditional)
    return None


def _split_actions(vp: str, known: set[str]) -> list[str]:
    """Split "halt X, withdraw Y, and sanction Z" into its verb phrases."""
    pieces = re.split(r"(,\s*(?:and\s+|or\s+)?|\s+and\s+(?=\w))", vp)
    actions: list[str] = []
    for i in range(0, len(pieces), 2):
        part, sep = pieces[i].strip(), pieces[i - 1] if i else ""
        first = part.split()[0] if part.split() else ""
        if actions and not is_verb_like(first, known):
            actions[-1] = actions[-1] + sep + part
        elif part:
            actions.append(part)
    return actions


def _build(actor: str, vp: str, negative: bool, known: set[str], conditional: bool) -> Recommendation | None:
    vp = vp.strip().rstrip(".!")
    first = vp.split()[0].lower() if vp.split() else ""
    if not first or first in _STATIVE or first in STOPWORDS or first == "let":
        return None
    if re.search(r"\b(?:I|me|my|myself)\b", vp):  # the author's own doings are not a motion
        return None
    cleaned, details = [], []
    for action in _split_actions(vp, known):
        cut = _TAIL_CUTS.search(action)
        if cut:
            tail = cut.group(0).strip(" ,;:–—-()")
            if len(tail.split()) >= 3:
                details.append(tail)
            action = action[: cut.start()]
        action = action.strip(" ,")
        if len(action.split()) >= 2:
            cleaned.append(action)
    if not cleaned:
        return None
    return Recommendation(
        actor.strip(), tuple(cleaned), negative, conditional=conditional, details=tuple(details)
    )


def resolve_pronouns(action: str, actor: str) -> str:
    """Replace "its/their" (the actor's) with the actor: "halt its mission" → "halt the US mission"."""
    name = short_names(actor).strip()
    bare = re.sub(r"^(?:the|our|your)\s+", "", name, flags=re.I)
    if name.lower() in ("we", "us", "it"):
        return action
    if bare.isupper():  # an initialism works as an adjective: "the US mission"
        owner = f"the {bare}"
    elif bare[:1].isupper():
        owner = f"{bare}'s"
    else:
        owner = f"the {bare}'" if bare.lower().endswith("s") else f"the {bare}'s"
    itself = f"the {bare}" if bare.isupper() or not bare[:1].isupper() else bare

    def swap(match: re.Match[str]) -> str:
        return owner if match.group(1).lower() in ("its", "their") else match.group(0)

    action = _POSSESSIVES.sub(swap, action)
    return re.sub(r"\bitself\b|\bthemselves\b", itself, action)


def policy_motion(
    rec: Recommendation, pick: list[int] | None = None, names: frozenset[str] | None = None,
) -> tuple[str, str]:
    """The motion text and type for a recommendation, using the chosen actions (indices).

    Governments and "we" become "This House would …" ("… opposes X-ing" when the essay argues
    against something); other actors keep their name: "This House believes that schools should …".
    `names` are the essay's proper names (None: unknown, so only plural nouns lose their capital).
    """
    chosen = [short_names(rec.actions[i]) for i in (pick or [0])]
    actor = short_names(rec.actor)
    if _GOVERNING.match(actor) or rec.actor == "it":
        actions = [lower_first(resolve_pronouns(a, rec.actor), names or frozenset()) for a in chosen]
        if rec.negative:
            actions = [re.sub(r"^\w+", lambda m: gerund(m.group(0)), a, count=1) for a in actions]
            return tidy("This House opposes " + " and ".join(actions)), "policy"
        return tidy("This House would " + " and ".join(actions)), "policy"
    first = actor.split()[0]
    if names is not None or first.lower() in STOPWORDS or (first.endswith("s") and not first.isupper()):
        actor = lower_first(actor, names or frozenset())
    neg = "not " if rec.negative else ""
    return tidy(f"This House believes that {actor} should {neg}{' and '.join(chosen)}"), "actor"


def _main_clause(text: str) -> str:
    """The first clause of "A, and B" / "A; B" / "A, but B" when it can stand alone."""
    parts = re.split(r",\s+(?:and|but|yet|so)\s+|;\s+|\s+[–—]\s+", text, maxsplit=1)
    if len(parts) == 2 and len(parts[0].split()) >= 5:
        return parts[0]
    return text


def value_motion(sentence: str, names: frozenset[str] = frozenset()) -> str:
    """A belief motion from a thesis sentence: "X is Y" → "This House believes that X is Y"."""
    text = strip_openers(sentence)
    text = re.sub(r"\s*\([^)]*\)", "", text)
    text = re.sub(r",\s+(?:which|who|thereby|as|because|since)\b.*$", "", text)
    text = _main_clause(short_names(text)).rstrip(".!?;: ")
    if len(text.split()) > 40:
        text = " ".join(text.split()[:40]).rstrip(",;") + " …"
    return tidy(f"This House believes that {lower_first(text, names)}")


def compress(sentence: str, limit: int = 320) -> str:
    """A sentence made fit for a key point: openers and parentheticals gone, length capped."""
    text = strip_openers(sentence)
    text = re.sub(r"\s*\((?:[^)]{1,60})\)", "", text)
    text = upper_first(short_names(text))
    if len(text) > limit:
        text = text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + " …"
    return text


def tidy(text: str) -> str:
    """Single spaces, no space before punctuation, no trailing full stop."""
    text = " ".join(text.split())
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    return text.rstrip(" .,;:")


def slug(text: str, taken: set[str], limit: int = 48) -> str:
    """A motion id from its text's content words, unique among `taken`."""
    body = re.sub(r"^This House (?:would|believes that|regrets|supports|opposes|prefers)\s+", "", text)
    words = [w for w in re.findall(r"[a-z0-9]+", body.lower().replace("'", "")) if w not in STOPWORDS]
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
