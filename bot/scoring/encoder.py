"""Sentence embeddings behind one small interface, loaded once and lazily.

The shipped model (bot/scoring/model/, built by scripts/build_encoder.py) is a static
embedding table distilled from all-MiniLM-L6-v2: a sentence is the mean of its word pieces'
vectors. It needs only numpy and the word-piece tokenizer in wordpiece.py. Tests may swap in
any object with the same `encode` via `use_encoder`.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Protocol

import numpy as np

from bot.scoring.wordpiece import WordPiece

MODEL_DIR = Path(__file__).resolve().parent / "model"

# The reader's and the static encoder's names + date the fitted weights (bot/scoring/weights/)
# were made; stored with every scorecard so that scores from different models are never compared.
MODELS_VERSION = "minilm-l6-reader-int8+minilm-l6-static-256+weights-2026-12-05"


class Encoder(Protocol):
    """Turns texts into L2-normalised float32 vectors, one row per text."""

    name: str

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...


class HashingEncoder:
    """A tiny deterministic encoder (hashed word and character n-grams), for tests."""

    name = "hashing-256"

    def __init__(self, dims: int = 256) -> None:
        self.dims = dims

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dims), dtype=np.float32)
        for row, text in enumerate(texts):
            words = re.findall(r"[a-z0-9']+", text.lower())
            grams = words + [w[i:i + 4] for w in words for i in range(max(1, len(w) - 3))]
            for gram in grams:
                digest = hashlib.blake2b(gram.encode(), digest_size=4).digest()
                out[row, int.from_bytes(digest, "little") % self.dims] += 1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.where(norms == 0, 1.0, norms)


_current: Encoder | None = None


def use_encoder(encoder: Encoder | None) -> None:
    """Replace the encoder (None: go back to the shipped model on next use)."""
    global _current
    _current = encoder


def get_encoder() -> Encoder:
    """The encoder in use, loading the shipped model the first time."""
    global _current
    if _current is None:
        _current = shipped_encoder()
    return _current


@cache
def shipped_encoder() -> StaticEncoder:
    """The shipped model, loaded once; the fitted models (quality, stance, key points) always use
    it, since their weights were fitted on its vectors, whatever encoder a test swaps in."""
    return load_static_encoder()


class StaticEncoder:
    """Mean of static word-piece vectors, L2-normalised (an empty text gives a zero row)."""

    def __init__(self, table: np.ndarray, tokenizer: WordPiece, name: str, max_tokens: int = 512) -> None:
        self.table = table
        self.tokenizer = tokenizer
        self.name = name
        self.max_tokens = max_tokens
        self.dims = int(table.shape[1])
        self._unknown = tokenizer.token_to_id("[UNK]")
        self.cache_size = 4096
        self._ids_cache: dict[str, np.ndarray] = {}
        self._continuation = np.array(
            [(tokenizer.id_to_token(i) or "").startswith("##") for i in range(tokenizer.vocab_size())]
        )

    def continuations(self, ids: np.ndarray) -> int:
        """How many word pieces continue a word ("##ing"): many hint at rare or misspelt words."""
        return int(self._continuation[ids].sum())

    def token_ids(self, texts: Sequence[str]) -> list[np.ndarray]:
        """Word-piece ids of each text, without special or unknown tokens.

        Recent texts are remembered, so the quality, stance and key-point models reading the
        same sentences of a speech tokenise them once.
        """
        cache = self._ids_cache
        missing = [text for text in dict.fromkeys(texts) if text not in cache]
        if missing:
            for text in missing:
                cache[text] = self._clean(self.tokenizer.ids(text))
            while len(cache) > self.cache_size:
                try:  # oldest first; another scoring thread may be changing the cache too
                    cache.pop(next(iter(cache)), None)
                except (RuntimeError, StopIteration):
                    break
        out = []
        for text in texts:
            ids = cache.get(text)  # another thread may have pushed it out of the cache
            out.append(ids if ids is not None else self._clean(self.tokenizer.ids(text)))
        return out

    def _clean(self, ids: list[int]) -> np.ndarray:
        array = np.asarray(ids[: self.max_tokens], dtype=np.int64)
        return array[array != self._unknown] if self._unknown is not None else array

    def clear_cache(self) -> None:
        """Forget remembered tokenisations (for benchmarks that time a fresh speech)."""
        self._ids_cache.clear()

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dims), dtype=np.float32)
        if not len(texts):
            return out
        ids = self.token_ids(texts)
        lengths = np.array([len(row) for row in ids])
        filled = np.flatnonzero(lengths)
        if filled.size:
            vectors = self.table[np.concatenate([ids[i] for i in filled])].astype(np.float32)
            starts = np.concatenate([[0], np.cumsum(lengths[filled])[:-1]])
            out[filled] = np.add.reduceat(vectors, starts, axis=0) / lengths[filled, None]
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.where(norms == 0, 1.0, norms)


def load_static_encoder(folder: Path = MODEL_DIR) -> StaticEncoder:
    """Load a static model folder (embeddings.npy, tokenizer.json, config.json)."""
    config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    table = np.load(folder / "embeddings.npy", mmap_mode="r")
    return StaticEncoder(table, WordPiece.from_file(folder / "tokenizer.json"), name=str(config["name"]))


def load_default_encoder() -> Encoder:
    """The shipped static embedding model."""
    return shipped_encoder()
