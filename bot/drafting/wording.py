"""Wording debate motions: actor → This House, modal → would, pronouns resolved."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.drafting.cues import DISCOURSE_OPENERS, MODALS, STOPWORDS

_SHORT_NAMES = {
    "united states of america": "US", "united states": "US", "u.s.a.": "US", "u.s.": "US",
    "united kingdom": "UK", "u.k.": "UK", "european union": "EU", "e.u.": "EU",
    "united nations": "UN", "u.n.": "UN",
}
# Actors for whom "This House would …" is the standard form (governments, the public, "we").
_GOVERNING = re.compile(
    r"^(?:we|us|society|the (?:\w+ )?(?:government|state|administration|congress|parliament|west|"
    r"public|country|nation|authorities|council|city|eu|un|us|uk)|(?:\w+ )?governments|states|countries|"
    r"nations|cities|councils|lawmakers|legislators|policymakers|policy-makers|regulators|democracies|"
    r"the international community|the world|congress|parliament|washington|whitehall|brussels)$",
    re.I,
)
_NOT_ACTORS = re.compile(
    r"^(?:it|this|that|these|those|there|which|what|who|one|he|she|i|they|you|nothing|everything|"
    r"something|anyone|everyone|nobody|no one|all|if|when|while|as|because)\b", re.I,
)
_STATIVE = {
    "be", "feel", "know", "understand", "remember", "realise", "realize", "recognise", "recognize",
    "accept", "see", "face", "learn", "expect", "wonder", "ask", "admit", "note", "consider", "think",
    "believe", "bear", "keep", "have", "get", "go", "come", "look",
}
_IRREGULAR = {
    "taken": "take", "given": "give", "made": "make", "held": "hold", "brought": "bring", "kept": "keep",
    "paid": "pay", "sold": "sell", "built": "build", "shut": "shut", "set": "set", "put": "put",
    "cut": "cut", "spent": "spend", "sent": "send", "told": "tell", "left": "leave", "done": "do",
    "forbidden": "forbid", "withdrawn": "withdraw", "frozen": "freeze", "broken": "break",
    "written": "write", "chosen": "choose", "driven": "drive", "laid": "lay", "met": "meet",
}
_TAIL_CUTS = re.compile(
    r"(?:,?\s+(?:in the same way|just as|in an effort to|in order to|so that|so as to|because|since|"
    r"thereby|which|who|whereas|while|as it has|as they have|as we have|rather than|instead of|"
    r"all the while|even if|even though|although|specifically|especially|particularly|including)\b|"
    r"\s+by\s+\w+ing\b|\s+[–—-]{1,2}\s+|;|:|\s\().*$",
    re.I,
)
_PRONOUNS_POSSESSIVE = re.compile(r"\b(its|their|our)\b", re.I)


@dataclass(frozen=True)
class Recommendation:
    """A sentence that says what should be done, parsed into actor and action."""

    actor: str
    actions: tuple[str, ...]
    negative: bool
    passive: bool = False
    conditional: bool = False


def short_names(text: str) -> str:
    """Debate style for common initialisms: "the United States" → "the US", "U.S." → "US"."""
    for long, short in _SHORT_NAMES.items():
        text = re.sub(rf"(?<![\w.]){re.escape(long)}(?![\w])", short, text, flags=re.I)
    text = re.sub(r"\bUS\s*\.(?=\w)", "US ", text)
    return text.replace("’", "'").replace("‘", "'")


def strip_openers(text: str) -> str:
    """Drop discourse openers ("Therefore, ", "Simply put, ") and parenthetical ", therefore,"."""
    text = DISCOURSE_OPENERS.sub("", text.strip())
    text = re.sub(r",\s*(?:therefore|thus|then|however|of course|in turn|too|also|indeed),\s*", " ", text, flags=re.I)
    return text.strip()


def _strip_purpose(text: str) -> str:
    """Drop a leading purpose or condition clause: "To avoid war, the US must …" → "the US must …"."""
    match = re.match(r"^(?:to|in order to|if|once|when|unless|after|before|until|with)\b[^,]{3,160},\s*(.+)$", text, re.I)
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


def is_verb_like(word: str, known: set[str]) -> bool:
    """Whether a word can open a verb phrase: a bare verb seen elsewhere as -ing/-ed or known."""
    low = word.lower().strip("'’\"“”")
    if not low.isalpha() or low in STOPWORDS or word[:1].isupper():
        return False
    return low in known


def parse_recommendation(sentence: str, known_verbs: set[str]) -> Recommendation | None:
    """Parse "ACTOR should VP", "we must VP", "let's VP", "ACTOR must be Ved", imperatives."""
    text = _strip_purpose(strip_openers(sentence)).rstrip(".!").strip()
    if text.endswith("?") or len(text.split()) < 3:
        return None
    conditional = bool(re.match(r"^(?:if|unless|when)\b", sentence.strip(), re.I))
    match = re.match(r"^(?:let'?s|let us)\s+(?P<vp>.+)$", text.replace("’", "'"), re.I)
    if match:
        return _build("we", match.group("vp"), False, known_verbs, conditional=conditional)
    match = re.match(
        r"^(?:the time has come|it is time|now is the time|it's time)\s+for\s+(?P<actor>.{2,60}?)\s+to\s+"
        r"(?P<vp>.+)$", text, re.I,
    )
    if match:
        return _build(match.group("actor"), match.group("vp"), False, known_verbs, conditional=conditional)
    match = re.match(
        rf"^(?P<actor>[^,;:]{{2,70}}?)\s+{MODALS}\s+(?P<neg>not\s+|never\s+|no longer\s+)?"
        rf"(?P<adv>(?:also|now|immediately|urgently|simply|finally|quickly|at last|instead|first)\s+)?(?P<vp>.+)$",
        text, re.I,
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
            rest = passive.group("rest")
            if rest.lower().startswith("by "):
                rest = ""
            action = " ".join(p for p in ((passive.group("adv") or "").strip(), verb, actor, rest) if p)
            rec = _build("it", action, negative, known_verbs, conditional=conditional)
            return Recommendation(rec.actor, rec.actions, negative, True, conditional) if rec else None
        if _NOT_ACTORS.match(actor) or len(actor.split()) > 8 or re.search(r"\b(?:is|are|was|were|has|had|will|would|can|could|may|might|shall|do|does|did)\b", actor):
            return None
        return _build(actor, vp, negative, known_verbs, conditional=conditional)
    # An imperative slogan: "Enough talk – end the mission in X."
    for clause in re.split(r"\s+[–—-]{1,2}\s+|,\s+|:\s+", text):
        words = clause.split()
        if len(words) >= 3 and is_verb_like(words[0].lower(), known_verbs) and words[0][0].isalpha():
            return _build("we", clause[0].lower() + clause[1:], False, known_verbs, conditional=conditional)
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


def _build(actor: str, vp: str, negative: bool, known: set[str], *, conditional: bool) -> Recommendation | None:
    vp = vp.strip().rstrip(".!")
    first = vp.split()[0].lower() if vp.split() else ""
    if not first or first in _STATIVE or first in STOPWORDS:
        return None
    actions = _split_actions(vp, known)
    cleaned = []
    for action in actions:
        action = _TAIL_CUTS.sub("", action).strip(" ,")
        if len(action.split()) >= 2:
            cleaned.append(action)
    if not cleaned:
        return None
    return Recommendation(actor.strip(), tuple(cleaned), negative, conditional=conditional)


def resolve_pronouns(action: str, actor: str) -> str:
    """Replace "its/their" (the actor's) with the actor: "halt its mission" → "halt the US mission"."""
    name = short_names(actor).strip()
    bare = re.sub(r"^the\s+", "", name, flags=re.I)
    if name.lower() in ("we", "us", "it"):
        return action
    proper = bare[:1].isupper()
    owner = f"the {bare}" if proper else f"{name}'s" if not name.lower().endswith("s") else f"{name}'"

    def swap(match: re.Match[str]) -> str:
        return owner if match.group(1).lower() in ("its", "their") else match.group(0)

    action = _PRONOUNS_POSSESSIVE.sub(swap, action)
    return re.sub(r"\bitself\b|\bthemselves\b", name if not proper else f"the {bare}", action)


def policy_motion(rec: Recommendation, pick: list[int] | None = None) -> tuple[str, str]:
    """The motion text and type for a recommendation, using the chosen actions (indices)."""
    chosen = [rec.actions[i] for i in (pick or [0])]
    actions = [resolve_pronouns(short_names(a), rec.actor) for a in chosen]
    action = " and ".join(actions)
    action = action[0].lower() + action[1:] if action[:2] != action[:2].upper() else action
    neg = "not " if rec.negative else ""
    actor = short_names(rec.actor)
    if _GOVERNING.match(actor) or rec.actor == "it":
        return tidy(f"This House would {neg}{action}"), "policy"
    actor = actor[0].lower() + actor[1:] if actor.split()[0].lower() in STOPWORDS else actor
    return tidy(f"This House believes that {actor} should {neg}{action}"), "actor"


def value_motion(sentence: str) -> str:
    """A belief motion from a thesis sentence: "X is Y" → "This House believes that X is Y"."""
    text = strip_openers(sentence)
    text = re.sub(r"\s*\([^)]*\)", "", text)
    text = re.sub(r",\s+(?:which|who|thereby)\b.*$", "", text)
    text = short_names(text).rstrip(".!?;: ")
    if len(text.split()) > 40:
        text = " ".join(text.split()[:40]).rstrip(",;") + " …"
    first = text.split()[0] if text.split() else ""
    if first.lower() in STOPWORDS or first.lower() in ("today", "now", "here"):
        text = text[0].lower() + text[1:]
    return tidy(f"This House believes that {text}")


def compress(sentence: str, limit: int = 320) -> str:
    """A sentence made fit for a key point: openers and parentheticals gone, length capped."""
    text = strip_openers(sentence)
    text = re.sub(r"\s*\((?:[^)]{1,60})\)", "", text)
    text = short_names(text)
    text = text[0].upper() + text[1:] if text else text
    if len(text) > limit:
        cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:")
        text = cut + " …"
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
    out = out or "draft-motion"
    candidate, n = out, 2
    while candidate in taken:
        candidate, n = f"{out}-{n}", n + 1
    taken.add(candidate)
    return candidate
