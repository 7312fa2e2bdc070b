"""An essay read by meaning with the scorer's reader: which sentences argue, and what the argument
comes back to.

The reader (bot/scoring/reader.py, a fine-tuned MiniLM) reads each sentence in context against a
motion (here the essay's title, or its first sentence) and gives a unit vector of its meaning, an
argument-quality score and stance probabilities. Two measures come from it:

- **argued** (per sentence, in (0, 1)): how much a sentence argues rather than tells or describes: the
  reader's quality score, standardised within the essay and squashed by a logistic.
- **central** (per sentence, in [0, 1]): how much of the essay's *argument* comes back to a sentence,
  LexRank-style (degree centrality): the mean cosine of its vector with every other sentence's, each
  weighted by how much that sentence argues, so a story or a description around a claim counts little.
  The vectors are the static sentence encoder's (Centrality.vectors) centred on the essay's mean, so
  what every sentence shares counts for nothing; a sentence's neighbours in the text (one each side)
  are left out, since a sentence always resembles the next; and what length alone explains is taken
  out (a long sentence shares words with more of the essay). On the dev texts this ranked the reference
  motion's sentence better than the same measure on the reader's own vectors (which sat near chance)
  or without the weighting.
- **leaning** (`lean`, per candidate): the sentences nearest a candidate in meaning, read against the
  candidate as if it were the motion; a thesis is what they take a clear side on, so the mean of
  |P(for) − P(against)| is high. One reading per sentence per candidate, so only a few candidates are
  read, `LEAN_SENTENCES` sentences each.

Long essays are read in part: every sentence up to `MAX_READ`, past that the candidates asked for and an
even sample of the rest (unread sentences count as arguing middlingly), so an essay costs well under a
second on one core.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from bot.scoring.reader import Reader, shipped_reader

MAX_READ = 160  # sentences read for their quality and vectors; more are sampled evenly
MAX_WORDS = 90  # words of a sentence the reader sees (the model reads 128 word pieces of the pair)
MOTION_WORDS = 40  # words of a motion (a title, a candidate) the reader sees
LEAN_SENTENCES = 8  # sentences read against each candidate for its leaning


def _clip(text: str, words: int) -> str:
    return " ".join(text.split()[:words])


def _unit(vectors: np.ndarray, centre: bool) -> np.ndarray:
    out = np.asarray(vectors, dtype=np.float64)
    if centre:
        out = out - out.mean(axis=0)
    return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)


@dataclass(frozen=True)
class Meaning:
    """The reader's view of an essay, sentence by sentence (see the module's docstring)."""

    argued: np.ndarray  # (n,) in (0, 1)
    central: np.ndarray  # (n,) in [0, 1]
    nearest: np.ndarray  # (n, n) reader-vector cosines, neighbours in the text at -inf; unread rows -inf
    texts: tuple[str, ...]
    reader: Reader

    def lean(self, motion: str, index: int) -> float:
        """How clearly the sentences nearest to sentence `index` in meaning take a side on `motion`:
        the mean of |P(for) − P(against)|, in [0, 1]; 0 when there is nothing to read."""
        row = self.nearest[index] if 0 <= index < len(self.texts) else np.full(0, -np.inf)
        chosen = [int(j) for j in np.argsort(-row)[:LEAN_SENTENCES] if np.isfinite(row[j])]
        if not chosen:
            return 0.0
        texts = [_clip(self.texts[j], MAX_WORDS) for j in chosen]
        reading = self.reader.read(_clip(motion, MOTION_WORDS), texts)
        return float(np.abs(reading.leaning).mean())


def _sample(n: int, wanted: Iterable[int]) -> list[int]:
    """Indexes to read: all when few, else the wanted ones and an even sample up to MAX_READ."""
    if n <= MAX_READ:
        return list(range(n))
    keep = {i for i in wanted if 0 <= i < n}
    room = max(0, MAX_READ - len(keep))
    if room:
        keep |= {round(float(x)) for x in np.linspace(0, n - 1, room)}
    return sorted(keep)


def read_meaning(
    texts: Sequence[str],
    vectors: np.ndarray,
    topic: str,
    wanted: Iterable[int] = (),
    reader: Reader | None = None,
) -> Meaning:
    """Read an essay's sentences (`vectors`: their static-encoder vectors, one row each) against its
    topic; `wanted`: sentences to read whatever the essay's length (the candidates)."""
    reader = reader or shipped_reader()
    n = len(texts)
    argued = np.full(n, 0.5)
    nearest = np.full((n, n), -np.inf)
    if n < 3 or vectors.shape[0] != n:
        return Meaning(argued, np.zeros(n), nearest, tuple(texts), reader)
    read = np.asarray(_sample(n, wanted))
    reading = reader.read(_clip(topic, MOTION_WORDS), [_clip(texts[i], MAX_WORDS) for i in read])
    quality = np.asarray(reading.quality, dtype=np.float64)
    z = (quality - quality.mean()) / max(float(quality.std()), 1e-6)
    argued[read] = 1.0 / (1.0 + np.exp(-z))
    positions = np.arange(n)
    beside = np.abs(positions[:, None] - positions[None, :]) <= 1  # itself and its neighbours
    static = _unit(vectors, centre=True)
    weighted = np.where(beside, 0.0, (static @ static.T) * argued[None, :])
    counted = np.where(beside, 0.0, argued[None, :]).sum(axis=1)
    raw = weighted.sum(axis=1) / np.maximum(counted, 1e-9)
    # a long sentence shares words with more of the essay: its length's share of the measure is taken out
    # (the residual of a least-squares line on log word count), so a long description does not pass for
    # the thesis
    length = np.log([max(1, len(t.split())) for t in texts])
    design = np.column_stack([length, np.ones(n)])
    raw = raw - design @ np.linalg.lstsq(design, raw, rcond=None)[0]
    low, high = float(raw.min()), float(raw.max())
    central = (raw - low) / (high - low) if high > low else np.zeros(n)
    own = _unit(reading.vectors, centre=True)
    sub = own @ own.T
    sub[np.abs(read[:, None] - read[None, :]) <= 1] = -np.inf
    nearest[np.ix_(read, read)] = sub
    return Meaning(argued, central, nearest, tuple(texts), reader)
