"""Sentence embeddings behind one small interface, loaded once and lazily.

The shipped model is a static embedding table (see scripts/); tests may swap in any object
with the same `encode` via `use_encoder`.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from typing import Protocol

import numpy as np


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
        _current = load_default_encoder()
    return _current


def load_default_encoder() -> Encoder:
    """The shipped static embedding model (replaced by the real loader in scoring work)."""
    return HashingEncoder()
