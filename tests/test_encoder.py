"""The shipped sentence encoder: loads offline, normalised, deterministic, meaningful."""

from __future__ import annotations

import json

import numpy as np
import pytest

from bot.scoring import encoder as enc


@pytest.fixture(scope="module")
def shipped() -> enc.StaticEncoder:
    return enc.load_static_encoder()


def test_shipped_model_gives_unit_vectors(shipped: enc.StaticEncoder) -> None:
    vectors = shipped.encode(["Factory farming should be banned.", "Homework wastes children's evenings."])
    assert vectors.shape == (2, shipped.dims)
    assert vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_encoding_is_deterministic_and_order_independent(shipped: enc.StaticEncoder) -> None:
    texts = ["Nuclear power cuts emissions.", "A ban drives the trade underground.", "Yes."]
    once = shipped.encode(texts)
    again = shipped.encode(list(reversed(texts)))[::-1]
    assert np.array_equal(once, shipped.encode(texts))
    assert np.allclose(once, again, atol=1e-6)


def test_similar_sentences_are_closer_than_unrelated_ones(shipped: enc.StaticEncoder) -> None:
    motion, paraphrase, unrelated = shipped.encode([
        "We should ban factory farming.",
        "Intensive livestock farms ought to be outlawed.",
        "The orchestra tuned up before the concert began.",
    ])
    assert motion @ paraphrase > motion @ unrelated + 0.2


def test_empty_text_gives_a_zero_row_not_an_error(shipped: enc.StaticEncoder) -> None:
    vectors = shipped.encode(["", "   ", "Prisons should rehabilitate."])
    assert not vectors[:2].any()
    assert np.linalg.norm(vectors[2]) == pytest.approx(1.0, abs=1e-5)
    assert shipped.encode([]).shape == (0, shipped.dims)


def test_long_text_is_truncated_not_rejected(shipped: enc.StaticEncoder) -> None:
    speech = "Taxes on sugar reduce obesity among children. " * 400
    assert shipped.encode([speech]).shape == (1, shipped.dims)


def test_get_encoder_loads_shipped_model_and_can_be_swapped() -> None:
    enc.use_encoder(None)
    try:
        assert enc.get_encoder().name == json.loads((enc.MODEL_DIR / "config.json").read_text())["name"]
        fake = enc.HashingEncoder(dims=32)
        enc.use_encoder(fake)
        assert enc.get_encoder() is fake
    finally:
        enc.use_encoder(None)


def test_models_version_names_the_shipped_reader_and_encoder() -> None:
    from bot.scoring.reader import MODEL_DIR as READER_DIR

    static = json.loads((enc.MODEL_DIR / "config.json").read_text())["name"]
    reader = json.loads((READER_DIR / "config.json").read_text())["name"]
    assert enc.MODELS_VERSION.startswith(f"{reader}+{static}+weights-")
