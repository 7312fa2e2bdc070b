"""BERT's word-piece tokenizer, read from a `tokenizer.json`, in plain Python.

The reader and the static encoder both use MiniLM's lower-casing BERT vocabulary. This does what
the `tokenizers` package does with such a file (its BertNormalizer, BertPreTokenizer, WordPiece
model and the [CLS] A [SEP] B [SEP] template), so the bot needs neither that package nor the model
hub client it pulls in (about 37 MB of the install). On 23,000 real texts (ArgQ and ArgKP
arguments, rated speeches, the essay corpus) it gives exactly the ids `tokenizers` gives, single
and paired; on random code points from recent Unicode blocks the two may split a word
differently (both read it as [UNK]), since each carries its own Unicode tables.
`tests/test_wordpiece.py` checks the same where that package is installed.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

CONTINUES = "##"
# CJK ideographs get spaces around them, as BERT's normalizer does.
_CJK = ((0x4E00, 0x9FFF), (0x3400, 0x4DBF), (0x20000, 0x2A6DF), (0x2A700, 0x2B73F), (0x2B740, 0x2B81F),
        (0x2B820, 0x2CEAF), (0xF900, 0xFAFF), (0x2F800, 0x2FA1F))
_OTHER = frozenset(["Cc", "Cf", "Cs", "Co"])  # not Cn: a code point newer than this Python stays in its word


@dataclass(frozen=True)
class Encoding:
    """Token ids of one text or pair, and which of the two each id belongs to."""

    ids: list[int]
    type_ids: list[int]


def _whitespace(char: str) -> bool:
    return char in "\t\n\r" or char.isspace()


def _control(char: str) -> bool:
    return char not in "\t\n\r" and unicodedata.category(char) in _OTHER


def _punctuation(char: str) -> bool:
    code = ord(char)
    if 33 <= code <= 47 or 58 <= code <= 64 or 91 <= code <= 96 or 123 <= code <= 126:
        return True
    return unicodedata.category(char).startswith("P")


def _cjk(char: str) -> bool:
    code = ord(char)
    return any(low <= code <= high for low, high in _CJK)


def normalise(text: str) -> str:
    """BERT's normalizer: drop control characters, spaces for any whitespace, CJK set apart,
    accents stripped, lower case."""
    out = []
    for char in text:
        if char in ("\x00", "\ufffd") or _control(char):
            continue
        if _whitespace(char):
            out.append(" ")
        elif _cjk(char):
            out.append(f" {char} ")
        else:
            out.append(char)
    decomposed = unicodedata.normalize("NFD", "".join(out))
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn").lower()


def words(text: str) -> list[str]:
    """BERT's pre-tokenizer: split on whitespace, and every punctuation mark is a word of its own."""
    out: list[str] = []
    current: list[str] = []
    for char in text:
        if _whitespace(char) or _punctuation(char):
            if current:
                out.append("".join(current))
                current = []
            if not _whitespace(char):
                out.append(char)
        else:
            current.append(char)
    if current:
        out.append("".join(current))
    return out


class WordPiece:
    """Greedy longest-match word pieces over a fixed vocabulary, with BERT's special tokens."""

    def __init__(self, vocab: dict[str, int], unknown: str = "[UNK]", max_word_chars: int = 100,
                 specials: Sequence[str] = ()) -> None:
        self.vocab = vocab
        self.unknown = unknown
        self.unknown_id = vocab[unknown]
        self.max_word_chars = max_word_chars
        self._tokens = {i: t for t, i in vocab.items()}
        ordered = sorted(specials, key=len, reverse=True)
        self._specials = re.compile("|".join(re.escape(s) for s in ordered)) if ordered else None
        self._cls, self._sep = vocab.get("[CLS]"), vocab.get("[SEP]")
        self._pieces = lru_cache(maxsize=65536)(self._word_pieces)

    @classmethod
    def from_file(cls, path: str | Path) -> WordPiece:
        """Read a `tokenizers` JSON file of a BERT WordPiece model."""
        spec = json.loads(Path(path).read_text(encoding="utf-8"))
        model = spec["model"]
        if model.get("type") != "WordPiece":
            raise ValueError(f"{path}: not a WordPiece tokenizer")
        specials = [t["content"] for t in spec.get("added_tokens", []) if t.get("special")]
        return cls(dict(model["vocab"]), model.get("unk_token", "[UNK]"),
                   int(model.get("max_input_chars_per_word", 100)), specials)

    def vocab_size(self) -> int:
        return len(self.vocab)

    def token_to_id(self, token: str) -> int | None:
        return self.vocab.get(token)

    def id_to_token(self, token_id: int) -> str | None:
        return self._tokens.get(token_id)

    def _word_pieces(self, word: str) -> tuple[int, ...]:
        if len(word) > self.max_word_chars:
            return (self.unknown_id,)
        pieces: list[int] = []
        start = 0
        while start < len(word):
            end = len(word)
            found = None
            while start < end:
                piece = word[start:end] if start == 0 else CONTINUES + word[start:end]
                if piece in self.vocab:
                    found = self.vocab[piece]
                    break
                end -= 1
            if found is None:
                return (self.unknown_id,)
            pieces.append(found)
            start = end
        return tuple(pieces)

    def ids(self, text: str) -> list[int]:
        """Word-piece ids of a text, without [CLS] or [SEP]."""
        out: list[int] = []
        at = 0
        spans = list(self._specials.finditer(text)) if self._specials else []
        for match in [*spans, None]:
            chunk = text[at: match.start()] if match else text[at:]
            for word in words(normalise(chunk)):
                out.extend(self._pieces(word))
            if match:
                out.append(self.vocab[match.group(0)])
                at = match.end()
        return out

    def pair(self, first: str, second: str, max_tokens: int) -> Encoding:
        """[CLS] first [SEP] second [SEP], cutting the second text to fit max_tokens (then the first)."""
        if self._cls is None or self._sep is None:
            raise ValueError("this vocabulary has no [CLS] and [SEP]")
        a, b = self.ids(first), self.ids(second)
        room = max_tokens - 3
        b = b[: max(0, room - len(a))]
        a = a[: max(0, room - len(b))]
        ids = [self._cls, *a, self._sep, *b, self._sep]
        return Encoding(ids, [0] * (len(a) + 2) + [1] * (len(b) + 1))
