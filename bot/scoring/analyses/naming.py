"""Naming: where a sentence names the motion's subject in other words.

"capital punishment" names "the death penalty", "intensive livestock farming" names "factory
farming": a run of one to three words whose meaning (the shipped static encoder's vector) sits
close to the motion's subject phrase (motion_frame.read_motion). A side statement that restates
the motion in its own grammar ("America should end capital punishment") is then read like one in
the motion's words.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from bot.scoring.encoder import shipped_encoder
from bot.scoring.motion_frame import read_motion
from bot.scoring.speech import STOPWORDS, stem, words

# Cosine from which a run of words names the subject, chosen on the dev half of
# tests/bench/statements.py ("capital punishment" and "death penalty" sit at 0.45; unrelated
# phrases on the same motion below 0.3).
NAMES_SUBJECT = 0.45


@lru_cache(maxsize=256)
def _subject_vector(motion_text: str) -> np.ndarray:
    return shipped_encoder().encode([read_motion(motion_text).subject])[0]


def subject_named(text: str, motion_text: str) -> set[str]:
    """Stems of the words in `text` that name the motion's subject in other words (empty if none)."""
    tokens = words(text)
    runs = [" ".join(tokens[i:i + n]) for n in (1, 2, 3) for i in range(len(tokens) - n + 1)
            if tokens[i] not in STOPWORDS and tokens[i + n - 1] not in STOPWORDS]
    if not runs:
        return set()
    closeness = shipped_encoder().encode(runs) @ _subject_vector(motion_text)
    return {stem(w) for run, near in zip(runs, closeness, strict=True) if near >= NAMES_SUBJECT
            for w in run.split() if w not in STOPWORDS}
