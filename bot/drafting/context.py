"""The context around a motion: info slide, definitions, tags, difficulty, source summary."""

from __future__ import annotations

import re
from collections import Counter

from bot.drafting.cues import MODALS, STOPWORDS
from bot.drafting.finding import Findings, evidence_weight
from bot.drafting.reading import Essay
from bot.drafting.wording import compress
from bot.motions import AREA_TAGS, INFO_SLIDE_MAX, TEXT_FIELD_MAX

# Area tags (exactly one per motion, from the bank's list) and the words that point to them.
SLIDE_SENTENCE_MAX = 380  # characters; longer sentences crowd out the rest of the slide
_AREAS: dict[str, tuple[str, ...]] = {
    "international-relations": (
        "diplomat",
        "embassy",
        "sanction",
        "foreign",
        "treaty",
        "alliance",
        "ally",
        "nato",
        "united nations",
        "ambassador",
        "regime",
        "proxy",
        "proxies",
        "military",
        "troops",
        "war",
        "militia",
        "terror",
        "missile",
    ),
    "economics": (
        "economy",
        "economic",
        "tax",
        "budget",
        "trade",
        "market",
        "price",
        "wage",
        "inflation",
        "growth",
        "subsid",
        "debt",
        "company",
        "companies",
        "business",
        "profit",
        "shareholder",
    ),
    "environment": (
        "climate",
        "carbon",
        "emission",
        "pollution",
        "environment",
        "fossil",
        "renewable",
        "wildlife",
        "energy",
        "traffic",
        "car",
        "cars",
    ),
    "education": (
        "school",
        "pupil",
        "student",
        "teacher",
        "university",
        "homework",
        "exam",
        "classroom",
        "curriculum",
        "education",
        "lesson",
    ),
    "health": ("health", "hospital", "patient", "doctor", "disease", "vaccine", "medical", "obesity"),
    "technology": (
        "technology",
        "internet",
        "online",
        "social media",
        "algorithm",
        "artificial intelligence",
        "smartphone",
        "app",
        "platform",
        "digital",
        "screen",
    ),
    "justice": ("prison", "police", "crime", "court", "sentence", "justice", "offender", "law"),
    "civil-liberties": ("freedom", "privacy", "surveillance", "speech", "censor", "protest", "rights"),
    "ethics": ("moral", "ethic", "duty", "virtue", "wrong", "obligation", "responsib"),
    "culture": ("art", "museum", "music", "literature", "culture", "film", "heritage", "sport", "media"),
}
# Free topical tags added next to the area.
_TOPICS: dict[str, tuple[str, ...]] = {
    "security": ("military", "troops", "militia", "terror", "soldier", "army", "weapon", "rocket", "attack"),
    "sanctions": ("sanction",),
    "diplomacy": ("diplomat", "embassy", "ambassador"),
    "cities": ("city", "cities", "urban", "street", "commute"),
    "transport": ("traffic", "car", "cars", "bus", "transport", "cycling", "road"),
    "social-media": ("social media", "platform", "algorithm", "feed"),
    "democracy": ("vote", "election", "democracy", "parliament", "referendum"),
    "business": ("company", "companies", "corporation", "shareholder", "profit"),
    "schools": ("school", "pupil", "homework", "classroom"),
}


def definitions(essay: Essay, texts: list[str]) -> dict[str, str]:
    """Acronyms spelled out in the essay and used in these texts: {"PMU": "Popular Mobilization Units"}."""
    body = " ".join(s.text for s in essay.sentences)
    found: dict[str, str] = {}
    for match in re.finditer(r"((?:[A-Z][\w’'-]+\s+){1,6}?(?:[A-Za-z][\w’'-]+))\s+\(([A-Z]{2,6})\)", body):
        words, acronym = match.group(1).split(), match.group(2)
        initials = [w for w in words if w[0].isupper()]
        expansion = " ".join(words[-len(acronym) :]) if len(initials) >= len(acronym) else " ".join(words)
        if acronym not in found and any(re.search(rf"\b{acronym}\b", t) for t in texts):
            found[acronym] = expansion.rstrip("’'s").strip()
    return found


def info_slide(findings: Findings, skip: set[int]) -> str:
    """Context a debater needs: the essay's factual sentences, the opening scene and central facts first."""
    essay = findings.essay
    last = max(1, len(essay.sentences) - 1)
    candidates = []
    for s in essay.sentences:
        text = compress(s.text, limit=INFO_SLIDE_MAX)
        if s.index in skip or s.standalone or s.text.endswith("?") or not 6 <= len(text.split()) <= 70:
            continue
        if _LEANING.match(text):  # needs what came before
            continue
        # the author speaking, not a fact
        if re.search(rf"\b{MODALS}\b|\b(?:will|would)\b", s.text, re.I) or _SPEAKING.search(s.text):
            continue
        facts = evidence_weight(s.text)
        opening = s.paragraph == 0
        if facts < (0.0 if opening else 0.25) or len(text) > SLIDE_SENTENCE_MAX:
            continue
        score = (
            0.4 * facts + 0.4 * float(findings.centrality.scores[s.index]) + 0.3 * (1 - s.index / last)
            + (0.3 if opening else 0.0)
        )
        candidates.append((score, s.index, text))
    candidates.sort(key=lambda c: -c[0])
    chosen, length = [], 0
    for _, index, text in candidates:
        if length + len(text) + 1 > INFO_SLIDE_MAX - 20:
            continue
        chosen.append((index, text))
        length += len(text) + 1
        if length > INFO_SLIDE_MAX * 0.75:
            break
    chosen.sort()
    slide = " ".join(t if t.endswith((".", "…", "!")) else t + "." for _, t in chosen)
    if slide:
        return slide
    # no fact to give: the first sentence that is not the speaker addressing the room ("Gentlemen, I shall
    # not detain you long …")
    plain = next((s for s in essay.sentences if not s.standalone and not s.text.endswith("?")
                  and len(s.text.split()) >= 6 and not (_SPEAKING.search(s.text) or _TO_YOU.search(s.text))
                  and not (_LEANING.match(s.text) or _WHATEVER.match(s.text))), essay.sentences[0])
    return compress(plain.text, limit=INFO_SLIDE_MAX - 20)


# A sentence that needs the one before it ("They …", "This …"), and one in the author's voice ("I", "we").
_LEANING = re.compile(r"(?:they|it|this|these|those|he|she|that)\b", re.I)
_WHATEVER = re.compile(r"(?:whatever|whoever)\b", re.I)
_SPEAKING = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|us|[Mm]y)\b")
_TO_YOU = re.compile(r"\b(?:[Yy]ou|[Yy]our)\b")


def _rates(text: str, words: int, table: dict[str, tuple[str, ...]]) -> dict[str, float]:
    return {
        name: 1000 * sum(len(re.findall(rf"\b{re.escape(w)}", text)) for w in cues) / max(1, words)
        for name, cues in table.items()
    }


def tags(essay: Essay, limit: int = 5) -> list[str]:
    """Exactly one area tag, then topical tags and the names the essay talks about most."""
    text = " ".join(s.text for s in essay.sentences).lower()
    areas = _rates(text, essay.words, _AREAS)
    area = max(AREA_TAGS, key=lambda a: areas.get(a, 0.0))
    if areas.get(area, 0.0) == 0:
        area = "ethics"
    topics = [
        t for t, rate in sorted(_rates(text, essay.words, _TOPICS).items(), key=lambda p: -p[1]) if rate >= 3
    ][:2]
    names: Counter[str] = Counter()
    for s in essay.sentences:
        for word in re.findall(r"(?<=[a-z,;] )([A-Z][a-z]{3,})\b", s.text):
            names[word.lower()] += 1
    common = {w.lower() for s in essay.sentences for w in re.findall(r"\b[a-z]{4,}\b", s.text)}
    found = [area, *topics]
    for name, count in names.most_common(8):
        if (
            count >= 3
            and name not in common
            and name not in STOPWORDS
            and not any(name.startswith(t) or t.startswith(name) for t in found)
        ):
            found.append(name)
    return [t for t in found if t == area or t not in AREA_TAGS][:limit]


def difficulty(essay: Essay) -> str:
    """novice, intermediate or open, from sentence length, long words and named entities."""
    words = [w for s in essay.sentences for w in s.text.split()]
    per_sentence = len(words) / max(1, len(essay.sentences))
    long_share = sum(1 for w in words if len(w.strip(".,;:!?\"'()")) >= 10) / max(1, len(words))
    names = len(set(re.findall(r"(?<=[a-z,] )[A-Z][\w’'-]+", " ".join(s.text for s in essay.sentences))))
    per_thousand = 1000 * names / max(1, len(words))
    level = (per_sentence > 22) + (long_share > 0.07) + (per_thousand > 25) + (per_sentence > 28)
    return "novice" if level == 0 else "intermediate" if level <= 2 else "open"


def summary(thesis: str, proposals: list[str], opposed: list[str] | None = None) -> str:
    """The source's summary: what the essay argues and proposes, and the plan it argues against (`opposed`:
    each worded "to V …" or "that X should V …")."""
    parts = [f"The essay argues that {thesis}".rstrip(".") + "."]
    if opposed:  # each "to V …" or "that X should V …"
        parts.append("It argues against the proposal " + ", and ".join(opposed).rstrip(".") + ".")
    if proposals:
        parts.append("It proposes to " + ", and to ".join(proposals).rstrip(".") + ".")
    text = " ".join(parts)
    return text if len(text) <= TEXT_FIELD_MAX else text[: TEXT_FIELD_MAX - 2].rsplit(" ", 1)[0] + " …"


def unargued_summary(opening: str, narrative: bool) -> str:
    """The summary of a text that argues no case: what kind of text it is and how it opens, never "the essay
    argues that" before a sentence of story or report."""
    kind = "tells a story or describes a scene" if narrative else "reports what others say or did"
    # The opening is the text's own words: quoted, so the curator rewrites it before anything is published.
    text = f"The text {kind} and argues no case of its own. It opens: “{opening.strip()}”"
    return text if len(text) <= TEXT_FIELD_MAX else text[: TEXT_FIELD_MAX - 2].rsplit(" ", 1)[0] + " …"
