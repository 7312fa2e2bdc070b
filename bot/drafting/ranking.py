"""How central each sentence is to the essay: embeddings and repeated words, TextRank-style."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

import numpy as np

from bot.drafting.cues import STOPWORDS
from bot.scoring.encoder import Encoder, get_encoder

_SUFFIXES = ("ations", "ation", "ings", "ing", "ions", "ion", "ies", "ied", "ers", "ed", "es", "s", "ly")


def stem(word: str) -> str:
    """A crude stem, enough to match "sanctions", "sanctioned" and "sanctioning"."""
    word = word.lower().replace("’", "'").removesuffix("'s")
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def content_stems(text: str) -> set[str]:
    """Stems of the content words of a text."""
    return {
        stem(w)
        for w in re.findall(r"[A-Za-z][A-Za-z'’-]+", text)
        if w.lower() not in STOPWORDS and len(w) > 2
    }


def overlap(a: set[str], b: set[str]) -> float:
    """Share of the smaller set found in the other (0 when either is empty)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def textrank(similarity: np.ndarray, damping: float = 0.85, rounds: int = 60) -> np.ndarray:
    """PageRank over a sentence-similarity graph, scaled so the top sentence is 1."""
    n = similarity.shape[0]
    if n == 0:
        return np.zeros(0)
    weights = np.clip(similarity, 0.0, None).astype(np.float64)
    np.fill_diagonal(weights, 0.0)
    totals = weights.sum(axis=1, keepdims=True)
    transition = np.divide(weights, totals, out=np.full_like(weights, 1.0 / n), where=totals > 0)
    rank = np.full(n, 1.0 / n)
    for _ in range(rounds):
        new = (1 - damping) / n + damping * transition.T @ rank
        if np.abs(new - rank).sum() < 1e-9:
            rank = new
            break
        rank = new
    top = rank.max()
    return rank / top if top > 0 else rank


class Centrality:
    """Sentence embeddings, their similarities, and each sentence's centrality in [0, 1]."""

    def __init__(self, texts: Sequence[str], encoder: Encoder | None = None) -> None:
        self.encoder = encoder or get_encoder()
        self.vectors = self.encoder.encode(list(texts)) if texts else np.zeros((0, 1), dtype=np.float32)
        self.similarity = self.vectors @ self.vectors.T
        self.stems = [content_stems(t) for t in texts]
        counts = Counter(s for stems in self.stems for s in stems)
        lexical = np.array(
            [
                float(np.mean([np.log1p(counts[s] - 1) for s in stems])) if stems else 0.0
                for stems in self.stems
            ]
        )
        lexical = lexical / lexical.max() if len(lexical) and lexical.max() > 0 else lexical
        graph = textrank(self.similarity)
        self.scores = 0.5 * graph + 0.5 * lexical

    def similar_to(self, text: str) -> np.ndarray:
        """Cosine similarity of every sentence to a text."""
        vector = self.encoder.encode([text])[0]
        return np.asarray(self.vectors @ vector, dtype=np.float64)

    def coverage(self, text: str, skip: int = -1) -> float:
        """How much of the essay speaks of this text: mean cosine of its nearest sentences (one in 20,
        at least 3), the sentence it came from (`skip`) left out."""
        similar = self.similar_to(text)
        if 0 <= skip < len(similar):
            similar[skip] = -1.0
        k = max(3, len(similar) // 20)
        return float(np.sort(similar)[::-1][:k].mean()) if len(similar) else 0.0

    def cosine(self, a: int, b: int) -> float:
        """Similarity of two sentences by index."""
        return float(self.similarity[a, b])
