"""Key-point matching: the probability that a sentence (argument unit) makes a key point.

The reader (reader.py) puts a sentence and the key point it makes close together, whatever the
wording: both are read against the motion, and the cosine of their vectors is turned into a
probability by the constants fitted with the reader on ArgKP (scripts/train_reader.py). The
threshold from which a point counts as made was chosen on dev topics
(scripts/calibrate_reader.py, weights/reader.npz).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from bot.scoring import weights
from bot.scoring.reader import shipped_reader


def match_threshold() -> float:
    """P(match) from which a unit makes a key point (best F1 on dev ArgKP topics)."""
    return weights.load("reader").scalar("point_threshold")


def match(units: Sequence[str], key_points: Sequence[str], motion_text: str) -> np.ndarray:
    """P(unit makes key point), shape (len(key_points), len(units)), values in 0..1."""
    if not len(units) or not len(key_points):
        return np.zeros((len(key_points), len(units)), dtype=np.float32)
    reader = shipped_reader()
    unit_vectors = reader.read(motion_text, units).vectors
    point_vectors = reader.read(motion_text, key_points, keep=True).vectors
    probabilities = reader.point_probability(point_vectors @ unit_vectors.T)
    probabilities[:, [not unit.strip() for unit in units]] = 0.0
    return probabilities
