"""Key-point matching: the probability that a sentence (argument unit) makes a key point.

A logistic regression (weights/keypoints.npz, fitted by scripts/train_keypoints.py on ArgKP
with whole topics held out) reads pair features: the cosine of unit and key point, how that
cosine stands against the unit's cosines to the *other* key points, shared content words and
the element-wise product of the two embeddings. Pass all of a motion's key points for a side
together: a unit that sits closest to one of them is more likely to make that one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

import numpy as np

from bot.scoring import weights
from bot.scoring.encoder import StaticEncoder, shipped_encoder

# Probability from which a key point counts as made (best F1 on held-out ArgKP topics).
MATCH_THRESHOLD = 0.3

_CONTENT = re.compile(r"[a-z]{4,}")
_STOP = {"that", "this", "with", "have", "from", "they", "their", "there", "would", "should", "which",
         "will", "been", "were", "more", "than", "them", "what", "when", "also", "into", "because",
         "being", "does", "could", "about", "other", "only", "some", "such", "very", "many", "much"}


_STOP_PIECES = _STOP | {"the", "and", "are", "for", "not", "but", "can", "has", "its", "was", "who",
                        "our", "you", "all", "any", "out", "too", "how", "why", "may", "one", "his",
                        "her", "she", "him", "own", "get", "got", "let", "did", "nor", "yet"}


def stems(text: str) -> set[str]:
    """Content words of a text, cut to their first five letters (a crude stemmer)."""
    return {word[:5] for word in _CONTENT.findall(text.lower()) if word not in _STOP}


@cache
def _content_pieces(encoder: StaticEncoder) -> np.ndarray:
    """Mask over the vocabulary: word pieces that carry content (not stop words or punctuation)."""
    vocab = encoder.tokenizer.get_vocab()
    mask = np.zeros(encoder.table.shape[0], dtype=bool)
    for piece, index in vocab.items():
        word = piece.removeprefix("##")
        mask[index] = index < mask.size and word.isalpha() and len(word) > 2 and word not in _STOP_PIECES
    return mask


def soft_overlap(units: Sequence[str], key_points: Sequence[str], encoder: StaticEncoder) -> np.ndarray:
    """For each (key point, unit): how well the key point's content words are each matched by
    some word of the unit (mean of best word cosines), shape (len(key_points), len(units))."""
    mask = _content_pieces(encoder)
    unit_ids = [ids[mask[ids]] for ids in encoder.token_ids(list(units))]
    point_ids = [ids[mask[ids]] for ids in encoder.token_ids(list(key_points))]
    out = np.zeros((len(key_points), len(units)), dtype=np.float32)
    if not any(ids.size for ids in unit_ids) or not any(ids.size for ids in point_ids):
        return out
    unit_rows = _unit(encoder.table[np.concatenate(unit_ids)].astype(np.float32))
    point_rows = _unit(encoder.table[np.concatenate(point_ids)].astype(np.float32))
    similarity = point_rows @ unit_rows.T
    unit_starts = np.cumsum([0] + [ids.size for ids in unit_ids[:-1]])
    point_starts = np.cumsum([0] + [ids.size for ids in point_ids[:-1]])
    filled_units = np.array([ids.size > 0 for ids in unit_ids])
    best_per_unit = np.zeros((similarity.shape[0], len(units)), dtype=np.float32)
    best_per_unit[:, filled_units] = np.maximum.reduceat(similarity, unit_starts[filled_units], axis=1)
    for row, (start, ids) in enumerate(zip(point_starts, point_ids, strict=True)):
        if ids.size:
            out[row] = best_per_unit[start:start + ids.size].mean(axis=0)
    return out


def pair_features(units: Sequence[str], key_points: Sequence[str], encoder: StaticEncoder) -> np.ndarray:
    """Features of every (key point, unit) pair: shape (len(key_points), len(units), k)."""
    unit_vectors = encoder.encode(list(units))
    point_vectors = encoder.encode(list(key_points))
    cosines = point_vectors @ unit_vectors.T
    # Words of the topic itself (shared by everything said about it) pull every unit towards
    # every key point; taking out the common centre leaves what tells the points apart.
    centre = 0.5 * (point_vectors.mean(axis=0) + unit_vectors.mean(axis=0))
    centred = _unit(point_vectors - centre) @ _unit(unit_vectors - centre).T
    best = cosines.max(axis=0, keepdims=True)
    mean = cosines.mean(axis=0, keepdims=True)
    spread = cosines.std(axis=0, keepdims=True) + 0.05
    unit_stems = [stems(unit) for unit in units]
    point_stems = [stems(point) for point in key_points]
    shared = np.array([[len(p & u) for u in unit_stems] for p in point_stems], dtype=np.float32)
    covered = shared / np.array([[max(1, len(p))] for p in point_stems], dtype=np.float32)
    jaccard = shared / np.maximum(
        1.0, np.array([[len(p | u) for u in unit_stems] for p in point_stems], dtype=np.float32)
    )
    soft = soft_overlap(units, key_points, encoder)
    scalars = np.stack([
        cosines,
        cosines - best,
        centred,
        centred - centred.max(axis=0, keepdims=True),
        # How this unit stands among all the units against the same key point.
        (centred - centred.mean(axis=1, keepdims=True)) / (centred.std(axis=1, keepdims=True) + 0.05),
        (cosines - mean) / spread,
        (cosines == best).astype(np.float32),
        covered,
        jaccard,
        soft,
        soft - soft.max(axis=0, keepdims=True),
        np.broadcast_to(np.float32(np.log(len(key_points))), cosines.shape),
    ], axis=-1)
    products = point_vectors[:, None, :] * unit_vectors[None, :, :]
    return np.concatenate([scalars, products], axis=-1).astype(np.float32)


def _unit(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.where(norms == 0, 1.0, norms)


def match(units: Sequence[str], key_points: Sequence[str]) -> np.ndarray:
    """P(unit makes key point), shape (len(key_points), len(units)), values in 0..1."""
    if not len(units) or not len(key_points):
        return np.zeros((len(key_points), len(units)), dtype=np.float32)
    model = weights.load("keypoints")
    logits = pair_features(units, key_points, shipped_encoder()) @ model["coef"] + model.scalar("bias")
    probabilities = 1.0 / (1.0 + np.exp(-logits))
    probabilities[:, [not unit.strip() for unit in units]] = 0.0
    return probabilities.astype(np.float32)
