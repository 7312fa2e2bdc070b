"""Reading an essay: plain text, Markdown or HTML into paragraphs and sentences."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

import yaml

_BLOCK_TAGS = {
    "p",
    "div",
    "br",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "tr",
    "blockquote",
    "section",
    "article",
    "header",
    "footer",
    "pre",
    "figcaption",
    "dd",
    "dt",
    "table",
    "ul",
    "ol",
    "hr",
}
_SKIP_TAGS = {"script", "style", "nav", "aside", "noscript", "svg", "form", "button", "iframe", "template"}
_ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
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


# ---------------------------------------------------------------- formats


class _TextOfHtml(HTMLParser):
    """Collects visible text, breaking paragraphs at block tags, plus title/author/date."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.in_title = False
        self.in_h1 = False
        self.meta: dict[str, str] = {}
        self.h1 = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag in _SKIP_TAGS:
            self.skip += 1
        elif tag == "title":
            self.in_title = True
        elif tag == "h1":
            self.in_h1 = True
        elif tag == "meta":
            key = (values.get("name") or values.get("property") or "").lower()
            if values.get("content"):
                self.meta[key] = values["content"]
        elif tag == "time" and values.get("datetime"):
            self.meta.setdefault("time", values["datetime"])
        if tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS and self.skip:
            self.skip -= 1
        elif tag == "title":
            self.in_title = False
        elif tag == "h1":
            self.in_h1 = False
        if tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.meta["title"] = self.meta.get("title", "") + data
            return
        if self.skip:
            return
        if self.in_h1:
            self.h1 += data
        self.parts.append(data)


def looks_like_html(text: str) -> bool:
    """True when the text is an HTML page or fragment rather than prose."""
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head or len(re.findall(r"</?(?:p|div|h\d|br)\b", head)) >= 2


def _from_html(text: str) -> tuple[str, dict[str, str]]:
    parser = _TextOfHtml()
    parser.feed(text)
    parser.close()
    meta: dict[str, str] = {}
    title = (parser.h1 or parser.meta.get("og:title") or parser.meta.get("title") or "").strip()
    if title:
        meta["title"] = " ".join(title.split())
    if parser.meta.get("author"):
        meta["author"] = parser.meta["author"].strip()
    for key in ("article:published_time", "date", "time"):
        if parser.meta.get(key):
            meta["date"] = parser.meta[key].strip()[:10]
            break
    if parser.meta.get("og:site_name"):
        meta["publication"] = parser.meta["og:site_name"].strip()
    if parser.meta.get("og:url"):
        meta["address"] = parser.meta["og:url"].strip()
    body = "".join(parser.parts)
    if meta.get("title"):  # the h1 is the title, not the first paragraph
        body = body.replace(parser.h1, "\n\n", 1) if parser.h1 else body
    return body, meta


def _from_markdown(text: str) -> tuple[str, dict[str, str]]:
    meta: dict[str, str] = {}
    front = re.match(r"^---\s*\n(.*?)\n---\s*\n", text, re.S)
    if front:
        try:
            data = yaml.safe_load(front.group(1))
        except yaml.YAMLError:
            data = None
        if isinstance(data, dict):
            meta = {k: str(v) for k, v in data.items() if k in ("title", "author", "date") and v}
        text = text[front.end() :]
    lines = []
    in_code = False
    for line in text.splitlines():
        if line.strip().startswith("```"):
            in_code = not in_code
            continue
        if in_code:
            continue
        heading = re.match(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$", line)
        if heading:
            if heading.group(1) == "#" and "title" not in meta:
                meta["title"] = heading.group(2)
                lines.append("")
                continue
            lines += ["", heading.group(2), ""]
            continue
        line = re.sub(r"^\s{0,3}>\s?", "", line)
        line = re.sub(r"^\s*(?:[-*+]|\d+[.)])\s+", "", line)
        lines.append(line)
    body = "\n".join(lines)
    body = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", body)
    body = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", body)
    body = re.sub(r"(\*\*|__)(.+?)\1", r"\2", body)
    body = re.sub(r"(?<![\w*])[*_](?=\S)(.+?)(?<=\S)[*_](?![\w*])", r"\1", body)
    body = re.sub(r"`([^`]*)`", r"\1", body)
    return body, meta


def looks_like_markdown(text: str) -> bool:
    """True when the text uses Markdown headings, emphasis or links."""
    return bool(re.search(r"^\s{0,3}#{1,6}\s|\[[^\]]+\]\([^)]+\)|^---\s*$", text[:5000], re.M))


# ---------------------------------------------------------------- sentences


def split_sentences(paragraph: str) -> list[str]:
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
            if word in _ABBREVIATIONS:
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
    return [c for p in pieces for c in _chunks(p) if re.search(r"[A-Za-z]", c)]


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
    paragraphs = []
    for block in blocks:
        lines = [ln.strip() for ln in block.split("\n") if ln.strip()]
        if not lines:
            continue
        # Hard-wrapped prose joins into one paragraph; a block of short lines stays apart.
        if (
            len(lines) > 1
            and all(len(ln) < 60 for ln in lines[:-1])
            and not any(ln.endswith((".", ",", ";")) for ln in lines[:-1])
        ):
            paragraphs += lines
        else:
            paragraphs.append(" ".join(" ".join(lines).split()))
    return paragraphs


def _is_title(paragraph: str) -> bool:
    words = paragraph.split()
    return 0 < len(words) <= 16 and not paragraph.rstrip().endswith((".", "?", "!", ":", ";"))


def read_essay(text: str, fmt: str | None = None) -> Essay:
    """Parse an essay; `fmt` is "text", "markdown" or "html" (guessed when None).

    Raises EssayError when the text is empty, too short to hold an argument, or too long.
    """
    text = text.lstrip("\ufeff")
    fmt = fmt or ("html" if looks_like_html(text) else "markdown" if looks_like_markdown(text) else "text")
    meta: dict[str, str] = {}
    if fmt == "html":
        text, meta = _from_html(text)
    elif fmt == "markdown":
        text, meta = _from_markdown(text)
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
        if byline and len(first.split()) <= 14:
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
    sentences: list[Sentence] = []
    for number, paragraph in enumerate(paragraphs):
        found = split_sentences(paragraph)
        for text_ in found:
            heading = len(found) == 1 and len(text_.split()) <= 16
            sentences.append(Sentence(len(sentences), number, text_, standalone=heading))
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


_COMMON = frozenset((
    "the", "a", "an", "and", "or", "of", "to", "in", "is", "are", "was", "that", "it", "for", "on", "with",
    "as", "be", "this", "not", "by",
))


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
