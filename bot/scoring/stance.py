"""Stance: does a sentence argue for the motion (> 0), against it (< 0), or neither?

The reader (reader.py) reads each (motion, sentence) pair in context: "they will tell you that
X" or "we accept that X" is someone else's claim, not the speaker's, and leans little either
way. A small model (weights/stance.npz, fitted by scripts/train_stance.py), trained to tell the
motion's own arguments from other motions' arguments, shrinks the stance of sentences that are
not about the motion ("Thank you, chair") towards 0. It reads sentences or argument units, not
a whole speech.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from bot.scoring import weights
from bot.scoring.encoder import StaticEncoder, shipped_encoder
from bot.scoring.motion_frame import read_motion
from bot.scoring.reader import read


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
    """Per unit, in [-1, 1]: > 0 argues for the motion, < 0 against it.

    P(for) − P(against) from the reader (a reported or conceded claim leans little), shrunk by
    `on_topic`: its sign is the model's call, its size how sure the model is that the speaker
    argues it, and how much the unit is about the motion at all.
    """
    if not len(units):
        return np.zeros(0, dtype=np.float32)
    return (read(motion_text, units).leaning * on_topic(units, motion_text)).astype(np.float32)


def leaning(units: Sequence[str], motion_text: str, keep: bool = False) -> np.ndarray:
    """Per unit, in [-1, 1]: the reader's P(for) − P(against), not shrunk by topicality (a side
    statement such as "we are proud to propose" names no subject, yet says which way it points).
    `keep`: the units are the motion's own key points (see Reader.read)."""
    if not len(units):
        return np.zeros(0, dtype=np.float32)
    return read(motion_text, units, keep).leaning


def reported(units: Sequence[str], motion_text: str) -> np.ndarray:
    """Per unit, 0..1: how likely it reports or concedes a claim instead of making it."""
    if not len(units):
        return np.zeros(0, dtype=np.float32)
    return read(motion_text, units).reported


# Below this separation of the two sides' key points the reader cannot tell the motion's sides
# apart, and its leanings are not used for the side at all.
MIN_SEPARATION = 0.1
# Below this share of the motion's own key points read on the right side the reader's leanings
# carry no weight; from TRUST_FULL they carry all of it.
TRUST_FROM = 0.6
TRUST_FULL = 0.9


def anchor(leanings: np.ndarray, prop_points: np.ndarray, opp_points: np.ndarray) -> np.ndarray:
    """Leanings re-centred on the motion's own key points, whose sides are known.

    On a long or unusual motion the reader can lean one way for everything said about it; the
    midpoint between its reading of the Proposition's points and of the Opposition's is that
    motion's zero, and half their distance its unit. Both sides need points; a motion the reader
    cannot separate gives zeros (no evidence), never a reversed reading.
    """
    if not prop_points.size or not opp_points.size:
        return leanings
    high, low = float(prop_points.mean()), float(opp_points.mean())
    spread, middle = (high - low) / 2, (high + low) / 2
    if spread < MIN_SEPARATION:
        return np.zeros_like(leanings)
    return (trust(prop_points, opp_points, middle)
            * np.clip((leanings - middle) / max(spread, 0.5), -1.0, 1.0)).astype(np.float32)


def trust(prop_points: np.ndarray, opp_points: np.ndarray, middle: float) -> float:
    """How far the reader's leanings can be trusted on this motion, 0..1: the share of its own
    key points it puts on their side of the middle, from chance-like (TRUST_FROM) to TRUST_FULL."""
    placed = int((prop_points > middle).sum()) + int((opp_points < middle).sum())
    right = placed / (prop_points.size + opp_points.size)
    return float(np.clip((right - TRUST_FROM) / (TRUST_FULL - TRUST_FROM), 0.0, 1.0))


# A reader that leans at least this far the right way on a motion's wording and on its negation
# is trusted fully on that motion.
SELF_SURE = 0.5


def self_trust(motion_leaning: float, negation_leaning: float) -> float:
    """How far to trust the reader on a motion without key points, 0..1: how surely it reads the
    motion's own wording as for the motion and its negation as against (the weaker of the two)."""
    return float(np.clip(min(motion_leaning, -negation_leaning) / SELF_SURE, 0.0, 1.0))
