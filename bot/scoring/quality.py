"""Argument quality of single sentences or argument units, 0..1, calibrated on ArgQ (WA).

The reader (reader.py) gives each (motion, unit) pair a quality score; an older static model is
blended in at the share chosen on dev topics (weights/reader.npz, scripts/calibrate_reader.py):
two ridge regressions (weights/quality.npz, scripts/train_quality.py), one on the unit's static
embedding and surface traits, one giving each word piece a weight. The blend is mapped through
the quantiles of the training labels, so 0.8 means "as good as a typical argument that crowd
raters scored 0.8".
Score units, never a whole speech: the models were fitted on one-to-three-sentence arguments.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from bot.scoring import weights
from bot.scoring.encoder import StaticEncoder, shipped_encoder
from bot.scoring.reader import read

# Words that join a claim to its reason, its evidence or its consequence.
LINKS = (
    "because", "since", "therefore", "thus", "so that", "which means", "leads to", "lead to",
    "results in", "as a result", "causes", "for example", "for instance", "such as", "studies",
    "research", "evidence", "percent", "%", "if ", "when ", "would ", "could ", "however",
    "although", "while ", "instead",
)
_SENTENCE_END = re.compile(r"[.!?]+(\s|$)")
_CAPITALS = re.compile(r"[A-Z]")
_DIGIT = re.compile(r"[0-9]")
# Length bands in characters: raters liked arguments of some length, but not without limit.
LENGTH_EDGES = np.array([50, 70, 90, 110, 130, 150, 170, 190])
# Weight of the word-piece regression in the blend (chosen by grouped cross-validation on train).
WORD_PIECE_SHARE = 0.5


def surface_features(units: Sequence[str], encoder: StaticEncoder) -> np.ndarray:
    """Length, shape and linking-word traits of each unit."""
    rows = []
    for unit, ids in zip(units, encoder.token_ids(list(units)), strict=True):
        text = unit.strip()
        lower = f" {text.lower()} "
        word_count = max(1, len(text.split()))
        pieces = max(1, int(ids.size))
        continued = encoder.continuations(ids)
        rows.append([
            np.log1p(word_count),
            len(text) / word_count / 5.0,
            np.log1p(text.count(",")),
            np.log1p(len(_SENTENCE_END.findall(text))),
            len(_CAPITALS.findall(text)) / max(1, len(text)),
            continued / pieces,
            float(text[:1].isupper()),
            float(_DIGIT.search(text) is not None),
            np.log1p(sum(lower.count(link) for link in LINKS)),
            float("!" in text),
            float("?" in text),
            *np.eye(len(LENGTH_EDGES) + 1)[int(np.searchsorted(LENGTH_EDGES, len(text)))],
        ])
    return np.asarray(rows, dtype=np.float32).reshape(len(units), -1)


def features(units: Sequence[str], motion_text: str, encoder: StaticEncoder) -> np.ndarray:
    """Embedding, embedding × motion, cosine to the motion, surface traits."""
    vectors = encoder.encode(list(units))
    motion_vector = encoder.encode([motion_text])[0]
    return np.hstack([
        vectors,
        vectors * motion_vector,
        (vectors @ motion_vector)[:, None],
        surface_features(units, encoder),
    ]).astype(np.float32)


def word_piece_score(units: Sequence[str], encoder: StaticEncoder, token_weights: np.ndarray) -> np.ndarray:
    """Sum of the units' word-piece weights over sqrt(length) (the second regression, no bias)."""
    scores = np.zeros(len(units), dtype=np.float32)
    for row, ids in enumerate(encoder.token_ids(list(units))):
        if ids.size:
            scores[row] = float(token_weights[ids].sum()) / np.sqrt(ids.size)
    return scores


def raw_quality(units: Sequence[str], motion_text: str) -> np.ndarray:
    """The blended regressions' output before calibration."""
    model = weights.load("quality")
    encoder = shipped_encoder()
    x = features(units, motion_text, encoder)
    dense = (x - model["mean"]) / model["scale"] @ model["coef"] + model.scalar("bias")
    pieces = word_piece_score(units, encoder, model["tokens"]) + model.scalar("tokens_bias")
    return np.asarray(dense + WORD_PIECE_SHARE * pieces)


def argument_quality(units: Sequence[str], motion_text: str) -> np.ndarray:
    """Quality of each unit in 0..1 (an empty unit scores 0)."""
    if not len(units):
        return np.zeros(0, dtype=np.float32)
    calibration = weights.load("reader")
    raw_mean, raw_std = calibration["raw_norm"]
    blend = (read(motion_text, units).quality - raw_mean) / raw_std
    share = calibration.scalar("static_share")
    if share:
        static_mean, static_std = calibration["static_norm"]
        static = (raw_quality(units, motion_text) - static_mean) / static_std
        blend = (1 - share) * blend + share * static
    scores = np.interp(blend, calibration["blend_quantiles"], calibration["label_quantiles"])
    scores[[not unit.strip() for unit in units]] = 0.0
    return scores.astype(np.float32)
