"""A speech as the scorer sees it: cleaned text, sentences, argument units and content words."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# A 20,000-word speech is cut to its first MAX_UNITS units so scoring stays fast.
MAX_UNITS = 240
MAX_UNIT_WORDS = 60
MIN_UNIT_WORDS = 4

_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "st", "vs", "etc", "e.g", "i.e", "eg", "ie", "no", "fig",
    "u.s", "u.k", "u.n", "inc", "ltd", "co", "jr", "sr", "approx", "cf", "al", "mt", "gen", "sen",
}
_SPLIT = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.]*%?")
# A fragment opening like this ("First, attention.") heads the argument after it, not the one before.
_HEADING = re.compile(r"^\W*(?:first|second|third|fourth|next|finally|lastly)(?:ly)?\b", re.IGNORECASE)
_CONTROL = re.compile(r"[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]")


def word_list(text: str) -> frozenset[str]:
    """A set of words written as one whitespace-separated block."""
    return frozenset(text.split())


STOPWORDS = word_list("""
a about above after again against all also am an and any are aren't as at be because been before
being below between both but by can can't cannot could couldn't did didn't do does doesn't doing
don't down during each even ever every few for from further get gets getting go goes going got had
hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself him himself his
how how's however i i'd i'll i'm i've if in into is isn't it it's its itself just let's like lot lots
make makes many may me might more most much must mustn't my myself need no nor not now of off on once
one only or other ought our ours ourselves out over own really said same say says see shan't she she'd
she'll she's should shouldn't so some such than that that's the their theirs them themselves then
there there's these they they'd they'll they're they've thing things think this those though through
thus to too under until up upon us very was wasn't way we we'd we'll we're we've well were weren't
what what's when when's where where's whether which while who who's whom why why's will with won't
would wouldn't yes yet you you'd you'll you're you've your yours yourself yourselves also actually
going want wants today
""")


@dataclass(frozen=True)
class ParsedSpeech:
    """A cleaned speech split into sentences and argument units (capped at MAX_UNITS)."""

    text: str
    sentences: tuple[str, ...]
    units: tuple[str, ...]
    word_count: int
    truncated: bool

    @property
    def is_empty(self) -> bool:
        """True when there is nothing to read."""
        return not self.units


def clean(text: str) -> str:
    """Normalise unicode, strip control characters and collapse whitespace within lines."""
    text = unicodedata.normalize("NFKC", text or "")
    text = _CONTROL.sub(" ", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return "\n".join(line for line in lines if line).strip()


def split_sentences(text: str) -> list[str]:
    """Split text into sentences, keeping abbreviations and decimals together."""
    out: list[str] = []
    for paragraph in text.split("\n"):
        pieces = _SPLIT.split(paragraph.strip())
        buffer = ""
        for piece in pieces:
            buffer = f"{buffer} {piece}".strip() if buffer else piece.strip()
            last = buffer.rsplit(" ", 1)[-1].rstrip(".").lower()
            if last in _ABBREVIATIONS or re.fullmatch(r"[a-z]", last):
                continue
            if buffer:
                out.append(buffer)
            buffer = ""
        if buffer:
            out.append(buffer)
    return out


def words(text: str) -> list[str]:
    """The words (and numbers) of a text, lower-cased."""
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light suffix-stripping stem, enough to match 'punishment' with 'punish'."""
    w = word.lower().removesuffix("'s").strip("'")
    for suffix in ("ational", "ization", "isation", "fulness", "ousness", "iveness", "ments", "ment",
                   "ness", "ings", "ing", "ities", "ity", "ions", "ion", "ies", "ied", "ed", "es",
                   "ly", "al", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            w = w[: -len(suffix)]
            break
    if w.endswith(("e", "y")) and len(w) > 4:
        w = w[:-1]
    return w[:7]


def content_words(text: str) -> list[str]:
    """Stems of the words that carry meaning (no stopwords, no short words)."""
    return [stem(w) for w in words(text) if w not in STOPWORDS and len(w) > 2 and not w[0].isdigit()]


def _units(sentences: list[str]) -> list[str]:
    """Argument units: long sentences split at ';' or ':', tiny fragments joined to a neighbour."""
    units: list[str] = []
    pending = ""
    for sentence in sentences:
        parts = [sentence]
        if len(sentence.split()) > MAX_UNIT_WORDS:
            parts = [p.strip() for p in re.split(r"(?<=[;:])\s+", sentence) if p.strip()]
            chunks: list[str] = []
            for part in parts:
                tokens = part.split()
                step = MAX_UNIT_WORDS
                chunks += [" ".join(tokens[i:i + step]) for i in range(0, len(tokens), step)]
            parts = chunks
        for part in parts:
            if pending:
                part, pending = f"{pending} {part}", ""
            if len(part.split()) >= MIN_UNIT_WORDS:
                units.append(part)
            elif _HEADING.match(part):
                pending = part
            elif units and len(units[-1].split()) < MAX_UNIT_WORDS:
                units[-1] = f"{units[-1]} {part}"
            else:
                pending = part  # a fragment that opens the speech joins the sentence after it
    if pending:
        units.append(pending)
    return units


def read_speech(text: str, max_units: int = MAX_UNITS) -> ParsedSpeech:
    """Clean and split a speech; keep at most `max_units` argument units."""
    cleaned = clean(text)
    sentences = split_sentences(cleaned)
    units = _units(sentences)
    truncated = len(units) > max_units
    return ParsedSpeech(
        text=cleaned, sentences=tuple(sentences), units=tuple(units[:max_units]),
        word_count=len(cleaned.split()), truncated=truncated,
    )
