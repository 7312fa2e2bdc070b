"""Packing an announcement's blocks into as few Telegram messages as fit.

A group may get about 20 messages a minute, so a round's reveal, notices and result are laid
end to end and cut only where a message is full: between blocks, and inside a long speech
between its paragraphs (or, for one longer than a message, between characters). A message
that starts in the middle of a speech repeats the speaker's label with "(cont.)".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from html import escape, unescape

LIMIT = 3900  # visible characters per message: under Telegram's 4096, with room to spare
ROOM = LIMIT - 200  # the most plain text one block of a speech carries


@dataclass(frozen=True)
class Block:
    """HTML to lay out; `label` (HTML) heads the message when a message starts with this block."""

    text: str
    label: str | None = None


def size(html_text: str) -> int:
    """What Telegram counts: the visible text's length in UTF-16 code units."""
    return len(unescape(re.sub(r"<[^>]+>", "", html_text)).encode("utf-16-le")) // 2


def speech_blocks(label: str, text: str) -> list[Block]:
    """A speech under its label: a block per paragraph, a paragraph longer than ROOM cut into
    pieces (cut before escaping, so never inside an entity)."""
    blocks: list[Block] = []
    for paragraph in [p for p in text.split("\n\n") if p.strip()] or [""]:
        for start in range(0, max(1, len(paragraph)), ROOM):
            piece = escape(paragraph[start:start + ROOM], quote=False)
            blocks.append(Block(f"{label}\n{piece}" if not blocks else piece, label))
    return blocks


def _fitting(blocks: Iterable[Block | str], limit: int) -> Iterable[Block]:
    """Every block as a Block no longer than a message (a long plain one split at its lines)."""
    from .render import split_message  # render imports the club package; keep this module light

    for block in blocks:
        block = Block(block) if isinstance(block, str) else block
        if block.label is None and size(block.text) > limit:
            yield from (Block(part) for part in split_message(block.text, limit))
        else:
            yield block


def flow(blocks: Iterable[Block | str], limit: int = LIMIT) -> list[str]:
    """Join blocks with blank lines into messages of at most `limit` visible characters."""
    messages: list[str] = []
    current = ""
    for block in _fitting(blocks, limit):
        if current and size(current) + 2 + size(block.text) > limit:
            messages.append(current)
            current = ""
        text = block.text
        if not current and block.label is not None and not text.startswith(block.label):
            text = f"{block.label} (cont.)\n{text}"
        current = f"{current}\n\n{text}" if current else text
    if current:
        messages.append(current)
    return messages
