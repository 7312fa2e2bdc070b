"""Reading an essay: plain text, Markdown or HTML into paragraphs and sentences."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.drafting.formats import from_html, from_markdown, looks_like_html, looks_like_markdown
from bot.drafting.headings import strip_inline_heading

_ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "messrs",
    "mme",
    "mlle",
    "hon",
    "rev",
    "esq",
    "dr",
    "prof",
    "st",
    "sr",
    "jr",
    "vs",
    "etc",
    "e.g",
    "i.e",
    "no",
    "gen",
    "col",
    "lt",
    "sgt",
    "capt",
    "rep",
    "sen",
    "gov",
    "inc",
    "ltd",
    "co",
    "corp",
    "fig",
    "approx",
    "al",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "mt",
    "ft",
}
# Words that start a new sentence after an initialism such as "U.S." ("… the U.S. The …").
_STARTERS = {
    "the",
    "this",
    "that",
    "these",
    "those",
    "it",
    "in",
    "but",
    "a",
    "an",
    "and",
    "as",
    "if",
    "we",
    "they",
    "he",
    "she",
    "i",
    "there",
    "its",
    "their",
    "our",
    "so",
    "yet",
    "when",
    "while",
    "after",
    "before",
    "for",
    "however",
    "instead",
    "still",
    "such",
    "what",
    "why",
    "how",
    "to",
    "by",
    "on",
}
_BOUNDARY = re.compile(r"([.!?]+[\"'”’)\]]*)\s+(?=[\"'“‘(\[]?[A-Z0-9])")
_DATE = re.compile(
    r"\b(?:(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\.?(?:\s+\d{1,2},?)?\s+\d{4}|\d{4}-\d{2}-\d{2})\b"
)
_BYLINE = re.compile(
    r"^(?:[Bb]y|[Ww]ritten by)\s+([A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|van|von|al-?\w*)){0,4})"
)
# A byline of a name and a year: "Alexander Hamilton, 1788", "Free Software Foundation Europe (FSFE), 2022".
_NAME_YEAR = re.compile(
    r"^(?P<author>[A-Z][\w.'’()-]*(?:\s+[\w.'’()&-]+){0,7}),\s+(?P<year>1[5-9]\d\d|20\d\d)\b")
MIN_WORDS = 150
LONG_SENTENCE = 80  # words; longer runs are cut into pieces
MAX_WORDS = 40_000


class EssayError(ValueError):
    """The text cannot be drafted from; the message says what to do."""


@dataclass(frozen=True)
class Sentence:
    """One sentence of the essay and where it stands."""

    index: int
    paragraph: int
    text: str
    standalone: bool = False  # a short paragraph on its own: a heading or slogan
    part: bool = False  # a piece of a run-on sentence cut at a clause break: never a claim or reason


@dataclass(frozen=True)
class Essay:
    """An essay's body as sentences, with whatever metadata the text itself gives."""

    sentences: tuple[Sentence, ...]
    paragraphs: int
    words: int
    title: str | None = None
    author: str | None = None
    date: str | None = None
    publication: str | None = None
    address: str | None = None
    notes: tuple[str, ...] = field(default_factory=tuple)
    names: frozenset[str] = frozenset()  # lowercased words the essay only ever writes capitalised

    def paragraph(self, number: int) -> list[Sentence]:
        """The sentences of one paragraph."""
        return [s for s in self.sentences if s.paragraph == number]


def decode_essay(data: bytes) -> str:
    """The text of an essay file; EssayError for binary files or unknown encodings."""
    if b"\x00" in data[:4096]:
        raise EssayError(
            "That file is not text (it looks binary). Send the essay as a .txt, .md or .html file."
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise EssayError("That file is not UTF-8 text. Save it as UTF-8 and try again.") from None


# ---------------------------------------------------------------- sentences


def split_sentences(paragraph: str) -> list[str]:
    """Sentences of one paragraph; run-ons over LONG_SENTENCE words come back in pieces."""
    return [piece for whole in _whole_sentences(paragraph) for piece in _chunks(whole)]


def _whole_sentences(paragraph: str) -> list[str]:
    """Sentences of one paragraph, keeping abbreviations and initialisms ("U.S.") whole."""
    pieces: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(paragraph):
        before = paragraph[start : match.start()].rsplit(None, 1)
        last = before[-1] if before else ""
        word = last.rstrip(".").lstrip("(\"'“‘").lower()
        following = paragraph[match.end() :].split(None, 1)
        nxt = following[0].strip("\"'“‘(").lower() if following else ""
        punct = match.group(1)
        if punct.startswith(".") and not punct.startswith("..."):
            # "No. 10" is a number; "No. Privately owned scooters …" answers a question
            numbered = word != "no" or bool(re.match(r"[\dIVXLC]+\b", following[0] if following else ""))
            if word in _ABBREVIATIONS and numbered:
                continue
            if re.fullmatch(r"(?:[a-z]\.)+[a-z]?", word) and nxt not in _STARTERS:
                continue  # "U.S. Marines", "J. K. Rowling"
            if len(word) == 1 and word.isalpha() and nxt not in _STARTERS:
                continue
        pieces.append(paragraph[start : match.end(1)].strip())
        start = match.end()
    tail = paragraph[start:].strip()
    if tail:
        pieces.append(tail)
    return [p for p in pieces if re.search(r"[A-Za-z]", p)]


def _chunks(sentence: str, most: int = LONG_SENTENCE) -> list[str]:
    """A run-on "sentence" (no full stops for pages) cut at clause breaks, else every `most` words."""
    words = sentence.split()
    if len(words) <= most:
        return [sentence]
    out: list[str] = []
    current: list[str] = []
    for word in words:
        current.append(word)
        if len(current) >= most or (len(current) >= most // 2 and word.endswith((";", ":", ","))):
            out.append(" ".join(current))
            current = []
    if current:
        out.append(" ".join(current))
    return out


def _paragraphs(body: str) -> list[str]:
    text = body.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    blocks = re.split(r"\n\s*\n", text)
    paragraphs: list[str] = []
    for block in blocks:
        lines = [ln.strip() for ln in block.split("\n") if ln.strip()]
        if not lines:
            continue
        # Hard-wrapped prose joins into one paragraph; a block of short lines stays apart, and so does a
        # heading over its byline ("Open letter for the right to … / Free Software Foundation Europe, 2022")
        if (not paragraphs and _heading_block(lines)) or (
            len(lines) > 1
            and all(len(ln) < 60 for ln in lines[:-1])
            and not any(ln.endswith((".", ",", ";")) for ln in lines[:-1])
            and not any(ln[:1].islower() for ln in lines[1:])  # "… he has of / innocent delights, …"
        ):
            paragraphs += lines
        else:
            paragraphs.append(" ".join(" ".join(lines).split()))
    return paragraphs


def _heading_block(lines: list[str]) -> bool:
    """Whether a text's first block is a heading over a byline or a date: two or three short lines, none
    closed by a stop, the last naming a year or opening "By"."""
    return (1 < len(lines) <= 3 and all(len(ln.split()) <= 16 for ln in lines)
            and not any(ln.endswith((".", "?", "!", ";", ":")) for ln in lines)
            and bool(re.search(r"\b(?:1[5-9]\d\d|20\d\d)\b|^[Bb]y\s", lines[-1])))


def _is_title(paragraph: str) -> bool:
    """A short line with no closing stop, or a longer one set in title case (an old-style long title:
    "The Federalist No. 51: The Structure of the Government Must Furnish …")."""
    words = paragraph.split()
    if not words or paragraph.rstrip().endswith((".", "?", "!", ":", ";")):
        return False
    long_words = [w for w in words if len(w) > 3]
    title_case = len(words) <= 30 and bool(long_words) and (
        sum(w[:1].isupper() for w in long_words) >= 0.8 * len(long_words)
    )
    return len(words) <= 16 or title_case


def _plain_opening(paragraph: str, text: str) -> str:
    """A paragraph's opening word set in capitals by the printer ("REVENGE is a kind of …"), in plain case
    when the text also prints it in lower case; an acronym ("NATO") is never printed so, and stays."""
    match = re.match(r"^([A-Z]{2,})\b", paragraph)
    if match is None or not re.search(rf"\b{match.group(1).lower()}\b", text):
        return paragraph
    word = match.group(1)
    return word[0] + word[1:].lower() + paragraph[len(word):]


def read_essay(text: str, fmt: str | None = None) -> Essay:
    """Parse an essay; `fmt` is "text", "markdown" or "html" (guessed when None).

    Raises EssayError when the text is empty, too short to hold an argument, or too long.
    """
    text = text.lstrip("\ufeff")
    fmt = fmt or ("html" if looks_like_html(text) else "markdown" if looks_like_markdown(text) else "text")
    meta: dict[str, str] = {}
    if fmt == "html":
        text, meta = from_html(text)
    elif fmt == "markdown":
        text, meta = from_markdown(text)
    paragraphs = _paragraphs(text)
    notes: list[str] = []
    if paragraphs and "title" not in meta and _is_title(paragraphs[0]) and len(paragraphs) > 2:
        meta["title"] = paragraphs.pop(0)
        notes.append("title taken from the first line")
    for _ in range(3):  # byline and date lines under the title
        if not paragraphs:
            break
        first = paragraphs[0]
        byline = _BYLINE.match(first)
        date = _DATE.search(first)
        dated = _NAME_YEAR.match(first)
        if dated and len(first.split()) <= 14 and not byline:  # "Alexander Hamilton, 1788"
            meta.setdefault("author", dated.group("author").strip())
            meta.setdefault("date", dated.group("year"))
            paragraphs.pop(0)
        elif byline and len(first.split()) <= 14:
            meta.setdefault("author", byline.group(1).strip())
            if date:
                meta.setdefault("date", date.group(0))
            paragraphs.pop(0)
        elif date and len(first.split()) <= 8:
            meta.setdefault("date", date.group(0))
            paragraphs.pop(0)
        else:
            break
    title_key = re.sub(r"\W+", " ", meta.get("title", "")).strip().lower()
    paragraphs = [
        p for p in paragraphs if re.sub(r"\W+", " ", p).strip().lower() != title_key or not title_key
    ]
    paragraphs = [_plain_opening(p, text) for p in paragraphs]
    sentences: list[Sentence] = []
    for number, paragraph in enumerate(paragraphs):
        wholes = [strip_inline_heading(whole, text) for whole in _whole_sentences(paragraph)]
        found = [(piece, len(whole.split()) > LONG_SENTENCE) for whole in wholes for piece in _chunks(whole)]
        for text_, part in found:
            heading = len(found) == 1 and len(text_.split()) <= 16
            sentences.append(Sentence(len(sentences), number, text_, standalone=heading, part=part))
    words = sum(len(s.text.split()) for s in sentences)
    if words < MIN_WORDS:
        raise EssayError(
            f"That text has only {words} words. A draft needs an essay that argues a case "
            f"(at least {MIN_WORDS} words, ideally 500 or more): send the whole essay."
        )
    _check_prose(" ".join(s.text for s in sentences), words)
    if words > MAX_WORDS:
        raise EssayError(
            f"That text has {words:,} words; the limit is {MAX_WORDS:,}. Send one essay or chapter at a time."
        )
    return Essay(
        sentences=tuple(sentences),
        paragraphs=len(paragraphs),
        words=words,
        title=meta.get("title"),
        author=meta.get("author"),
        date=meta.get("date"),
        publication=meta.get("publication"),
        address=meta.get("address"),
        notes=tuple(notes),
        names=proper_names(sentences),
    )


_COMMON = frozenset(
    (
        "the",
        "a",
        "an",
        "and",
        "or",
        "of",
        "to",
        "in",
        "is",
        "are",
        "was",
        "that",
        "it",
        "for",
        "on",
        "with",
        "as",
        "be",
        "this",
        "not",
        "by",
    )
)


def _check_prose(text: str, words: int) -> None:
    """Refuse text that is not English prose: no sentence ends, or hardly any common words."""
    tokens = re.findall(r"[a-z']+", text.lower())
    if sum(1 for t in tokens if t in _COMMON) < 0.15 * max(1, len(tokens)):
        raise EssayError("That doesn't read as English prose. I can draft motions from English essays only.")
    if len(re.findall(r"[.!?](?:\s|$)", text)) < words / 120:
        raise EssayError(
            "That text has almost no full stops, so I can't tell its sentences apart. "
            "Send the essay as written, in full sentences."
        )


def proper_names(sentences: list[Sentence]) -> frozenset[str]:
    """Words written with a capital inside sentences and never in lower case: names, places."""
    capital, lower = set(), set()
    for s in sentences:
        words = re.findall(r"[A-Za-z][\w’'-]*", s.text)
        for i, word in enumerate(words):
            if word[0].isupper():
                if i > 0:
                    capital.add(word.lower())
            else:
                lower.add(word.lower())
    return frozenset(capital - lower)
