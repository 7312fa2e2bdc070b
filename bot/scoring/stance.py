"""Stance: does a sentence support the motion (> 0) or oppose it (< 0)?

A logistic regression (weights/stance.npz, fitted by scripts/train_stance.py on ArgQ) learns
which way a sentence feels about *the thing the motion is about*, across topics; the motion's
direction (see motion_frame) then turns that into support or opposition: a sentence that is
negative about X supports "We should ban X" and opposes "We should subsidise X". A second small
model, fitted to tell the motion's own arguments from other motions' arguments, shrinks the
stance of sentences that are not about the motion ("Thank you, chair") towards 0. It reads
sentences or argument units, not a whole speech.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from bot.scoring import weights
from bot.scoring.encoder import StaticEncoder, shipped_encoder
from bot.scoring.motion_frame import NEGATIONS, claim_push, read_motion, words


def dense_features(units: Sequence[str], motion_text: str, encoder: StaticEncoder) -> np.ndarray:
    """Per-unit features, already multiplied by the motion's direction where that applies."""
    frame = read_motion(motion_text)
    direction = float(frame.direction)
    vectors = encoder.encode(list(units))
    motion_vector, subject_vector = encoder.encode([motion_text, frame.subject])
    push = np.array([claim_push(unit) for unit in units], dtype=np.float32)
    negations = np.array(
        [sum(token in NEGATIONS for token in words(unit)) for unit in units], dtype=np.float32
    )
    return np.hstack([
        direction * vectors,
        direction * vectors * subject_vector,
        np.stack([
            direction * push,
            push,
            np.log1p(negations),
            vectors @ motion_vector,
            vectors @ subject_vector,
            direction * np.ones(len(units), dtype=np.float32),
        ], axis=1),
    ]).astype(np.float32)


# Word-piece pairs ("not good", "should ban") are hashed into this many slots after the vocabulary.
BIGRAM_SLOTS = 2**17


def token_features(units: Sequence[str], encoder: StaticEncoder) -> list[np.ndarray]:
    """Indices of each unit's word pieces and hashed word-piece pairs (their learned weights
    are flipped by the motion's direction)."""
    vocab = int(encoder.table.shape[0])
    out = []
    for ids in encoder.token_ids(list(units)):
        pairs = vocab + (ids[:-1] * 1_000_003 + ids[1:]) % BIGRAM_SLOTS
        out.append(np.concatenate([ids, pairs]))
    return out


def token_space(encoder: StaticEncoder) -> int:
    """Number of token-feature slots: vocabulary plus hashed pairs."""
    return int(encoder.table.shape[0]) + BIGRAM_SLOTS


def topic_features(units: Sequence[str], motion_text: str, encoder: StaticEncoder) -> np.ndarray:
    """Cosines of each unit with the motion and with its subject."""
    vectors = encoder.encode(list(units))
    motion_vector, subject_vector = encoder.encode([motion_text, read_motion(motion_text).subject])
    return np.stack([vectors @ motion_vector, vectors @ subject_vector], axis=1)


def on_topic(units: Sequence[str], motion_text: str) -> np.ndarray:
    """Per unit, 0..1: how likely it is an argument about this motion rather than about another."""
    if not len(units):
        return np.zeros(0, dtype=np.float32)
    model = weights.load("stance")
    cosines = topic_features(units, motion_text, shipped_encoder())
    logits = cosines @ model["topic"] + model.scalar("topic_bias")
    return (1.0 / (1.0 + np.exp(-logits))).astype(np.float32)


def stance(units: Sequence[str], motion_text: str) -> np.ndarray:
    """Per unit, in [-1, 1]: > 0 supports the motion, < 0 opposes it.

    (2·P(support) − 1), shrunk by `on_topic`: its sign is the model's call, its size how sure
    the model is and how much the unit is about the motion at all.
    """
    if not len(units):
        return np.zeros(0, dtype=np.float32)
    model = weights.load("stance")
    encoder = shipped_encoder()
    direction = float(read_motion(motion_text).direction)
    logits = dense_features(units, motion_text, encoder) @ model["dense"] + model.scalar("bias")
    token_weights = model["tokens"]
    for row, ids in enumerate(token_features(units, encoder)):
        if ids.size:
            logits[row] += direction * float(token_weights[ids].sum()) / np.sqrt(ids.size)
    leaning = 2.0 / (1.0 + np.exp(-logits)) - 1.0
    return (leaning * on_topic(units, motion_text)).astype(np.float32)
