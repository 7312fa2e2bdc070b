"""What a motion asks for: its subject and its direction (more of the subject, or less).

"We should ban X", "This House would abolish X", "X brings more harm than good" and "This House
regrets X" all want *less* X (direction -1), so an argument that is negative about X supports
them. "We should subsidise X", "This House believes that X" want more X (direction +1).
The same reading applied to one sentence of a speech tells which way that sentence pushes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Verbs (and their nouns) that ask for less of what follows them.
ACT_AGAINST = {
    "ban", "bans", "banned", "banning", "abolish", "abolished", "abolishing", "abolition", "end",
    "ended", "ending", "prohibit", "prohibited", "prohibiting", "prohibition", "abandon",
    "abandoned", "abandoning", "stop", "stopped", "stopping", "fight", "fighting", "oppose",
    "opposes", "opposed", "opposing", "limit", "limited", "limiting", "cancel", "cancelled",
    "canceled", "close", "closed", "closing", "closure", "outlaw", "outlawed", "restrict",
    "restricted", "restricting", "criminalise", "criminalize", "criminalised", "criminalized",
    "reduce", "reduced", "eliminate", "eliminated", "remove", "removed", "scrap", "scrapped",
    "boycott", "reject", "rejected", "regret", "regrets", "dismantle", "dismantled", "cap", "curb",
    "curbed", "forbid", "forbidden", "illegal", "criminal", "phase", "shut", "discourage", "tax",
    "withdraw", "withdrawn", "suspend", "suspended", "disband", "divest", "leave", "sanction",
}
# Verbs (and their nouns) that ask for more of what follows them.
ACT_FOR = {
    "adopt", "adopted", "adopting", "legalize", "legalise", "legalized", "legalised", "legal",
    "legalizing", "legalising", "legalization", "legalisation", "subsidize", "subsidise",
    "subsidized", "subsidised", "subsidizing", "subsidy", "subsidies", "introduce", "introduced",
    "support", "supports", "supported", "supporting", "allow", "allowed", "allowing", "permit",
    "permitted", "increase", "increased", "expand", "expanded", "fund", "funded", "funding",
    "promote", "promoted", "encourage", "encouraged", "create", "protect", "protected", "build",
    "prefer", "prefers", "keep", "kept", "maintain", "pursue", "embrace", "welcome", "celebrate",
    "invest", "grant", "extend", "make", "give", "pay", "provide", "implement", "require", "mandate",
}
# Judgements that say a thing is good or bad (used for sentences, not to find a subject).
JUDGE_AGAINST = {"harmful", "harm", "harms", "dangerous", "bad", "wrong", "worse", "offence",
                 "offense", "unfair", "unjust", "immoral", "unethical", "damaging", "hurts", "risk"}
JUDGE_FOR = {"good", "beneficial", "benefit", "benefits", "better", "right", "fair", "moral",
             "ethical", "necessary", "essential", "important", "helps", "useful", "valuable"}
AGAINST = ACT_AGAINST | JUDGE_AGAINST
FOR = ACT_FOR | JUDGE_FOR
NEGATIONS = {"not", "no", "never", "n't", "nor", "cannot", "without"}
_ABBREVIATIONS = {"thw": "this house would", "thbt": "this house believes that",
                  "thr": "this house regrets", "ths": "this house supports", "tho": "this house opposes",
                  "thp": "this house prefers"}
# Framing words that carry no direction of their own.
_FRAMES = re.compile(
    r"^(this house|we|the government|governments|states|society|you)\s+"
    r"(would|should|believes? that|believes? in|will|must|ought to)?\s*",
    re.IGNORECASE,
)
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|n't")
_FILLER = {"the", "a", "an", "of", "on", "to", "for", "be", "is", "are", "should", "would", "we",
           "that", "in", "its", "all", "use", "any", "more"}
_DOES = r"\s(brings?|brought|does|do|did|has done|have done|causes?|caused|is doing|are doing)"
_HARM_FORMS = re.compile(_DOES + r" more harm than good|\s(is|are) harmful", re.I)
_GOOD_FORMS = re.compile(_DOES + r" more good than harm|\s(is|are) beneficial", re.I)


@dataclass(frozen=True)
class MotionFrame:
    """The thing a motion is about and whether it wants more (+1) or less (-1) of it."""

    subject: str
    direction: int


def words(text: str) -> list[str]:
    """Lower-case words, with "n't" split off as its own negation."""
    return _WORD.findall(text.lower().replace("n't", " n't").replace("’", "'"))


def read_motion(motion_text: str) -> MotionFrame:
    """Subject and direction of a motion ("This House would ban X" -> X, -1)."""
    text = motion_text.strip().rstrip(".!?")
    first, _, rest = text.partition(" ")
    text = f"{_ABBREVIATIONS.get(first.lower(), first)} {rest}".strip()
    text = re.sub(r"\b(fight|campaign|argue|push) for\b", "pursue", text, flags=re.I)
    text = _FRAMES.sub("", text)
    if _HARM_FORMS.search(text):
        return MotionFrame(_HARM_FORMS.split(text)[0].strip(), -1)
    if _GOOD_FORMS.search(text):
        return MotionFrame(_GOOD_FORMS.split(text)[0].strip(), 1)
    regrets = re.match(r"^(this house\s+|we\s+)?regrets?\s+(that\s+)?(.*)$", text, re.I)
    if regrets:
        return MotionFrame(regrets.group(3), -1)
    tokens = words(text)
    # "X should (not) be banned": the subject comes first, the verb last.
    passive = re.match(r"^(.*?)\s+(?:should|must|ought to|would|will)\s+(not\s+)?be\s+(.*)$", text, re.I)
    if passive:
        direction = -1 if passive.group(2) else 1
        return MotionFrame(passive.group(1).strip(), direction * _sign_of(words(passive.group(3))))
    # "Universities should divest from X": a clause whose verb asks for less of its object.
    clause = re.match(r"^(.*?)\s+(?:should|must|ought to|would|will)\s+(not\s+)?(\w+)\s+(.*)$", text, re.I)
    if clause and clause.group(3).lower() in ACT_AGAINST:
        subject = re.sub(r"^(from|on|with|of|the|all|any)\s+", "", clause.group(4), flags=re.I)
        return MotionFrame(subject.strip(), 1 if clause.group(2) else -1)
    direction = 1
    subject_start = 0
    for index, token in enumerate(tokens):
        if token in NEGATIONS or token in ACT_AGAINST:
            direction = -direction
        elif token in ACT_FOR or token in _FILLER or token.endswith("ly"):
            pass
        else:
            break
        subject_start = index + 1
    subject = " ".join(tokens[subject_start:]) or text
    return MotionFrame(subject, direction)


def _sign_of(tokens: list[str]) -> int:
    """+1 or -1: the direction that the first verb or judgement of a phrase asks for."""
    sign = 1
    for token in tokens:
        if token in NEGATIONS:
            sign = -sign
        elif token in AGAINST:
            return -sign
        elif token in FOR:
            return sign
    return sign


def claim_push(sentence: str) -> float:
    """Which way a sentence pushes the thing it talks about: the count of 'more' words minus
    'less' words, each flipped by a negation in the three words before it, scaled to -1..1."""
    tokens = words(sentence)
    total = 0.0
    for index, token in enumerate(tokens):
        polarity = 1 if token in FOR else -1 if token in AGAINST else 0
        if polarity and any(t in NEGATIONS for t in tokens[max(0, index - 3):index]):
            polarity = -polarity
        total += polarity
    return float(total / (1.0 + abs(total)))
