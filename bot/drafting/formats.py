"""Essay formats: visible text and metadata from HTML pages and Markdown files."""

from __future__ import annotations

import re
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


def from_html(text: str) -> tuple[str, dict[str, str]]:
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


def from_markdown(text: str) -> tuple[str, dict[str, str]]:
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
