"""The reader: a small transformer that reads each sentence of a speech against the motion.

`bot/scoring/reader_model/` holds all-MiniLM-L6-v2 fine-tuned by scripts/train_reader.py and
quantised to int8, run by ONNX Runtime (no torch at run time). It reads a (motion, sentence)
pair in context, so "they will tell you that X" and "X" read differently, and gives per
sentence:
- `stance`: probabilities that the sentence argues against the motion, for it, or reports
  or concedes someone else's claim (not the speaker's own stance);
- `quality`: the fitted ArgQ argument-quality score (uncalibrated);
- `vectors`: a unit vector of the sentence's meaning; a key point made in other words sits
  close to it (see keypoints.py).
Readings are remembered per (motion, sentence), so a motion's key points are read once.
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from bot.scoring.wordpiece import WordPiece

MODEL_DIR = Path(__file__).resolve().parent / "reader_model"
CON, PRO, REPORTED = 0, 1, 2
CACHE_SIZE = 4096
# Readings of the bank's key points (a few dozen texts per motion), kept for the whole run.
KEPT_SIZE = 20000


@dataclass(frozen=True)
class Reading:
    """What the reader makes of a list of sentences on one motion (one row per sentence)."""

    stance: np.ndarray  # (n, 3) probabilities: con, pro, reported
    quality: np.ndarray  # (n,)
    vectors: np.ndarray  # (n, d), L2-normalised

    @property
    def leaning(self) -> np.ndarray:
        """P(for) − P(against) per sentence: the speaker's own push on the motion, in [-1, 1]."""
        return (self.stance[:, PRO] - self.stance[:, CON]).astype(np.float32)

    @property
    def reported(self) -> np.ndarray:
        """P(the sentence reports or concedes a claim rather than making it)."""
        return self.stance[:, REPORTED].astype(np.float32)


class Reader:
    """An ONNX Runtime session over the shipped model, with a tokenizer and a small cache."""

    def __init__(self, folder: Path = MODEL_DIR, threads: int = 1) -> None:
        import onnxruntime as ort

        self.config: dict[str, Any] = json.loads((folder / "config.json").read_text(encoding="utf-8"))
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        self.session = ort.InferenceSession(str(folder / "model.onnx"), options,
                                            providers=["CPUExecutionProvider"])
        self.tokenizer = WordPiece.from_file(folder / "tokenizer.json")
        self.max_tokens = int(self.config.get("max_tokens", 128))
        self.name = str(self.config.get("name", "reader"))
        self.point_scale = float(self.config["point_scale"])
        self.point_bias = float(self.config["point_bias"])
        self._cache: OrderedDict[tuple[str, str], tuple[np.ndarray, float, np.ndarray]] = OrderedDict()
        self._kept: OrderedDict[tuple[str, str], tuple[np.ndarray, float, np.ndarray]] = OrderedDict()
        self._lock = threading.Lock()

    def read(self, motion: str, sentences: Sequence[str], keep: bool = False) -> Reading:
        """Read each sentence against the motion (remembered readings are not recomputed).

        `keep`: the sentences are part of the motion itself (its key points), read once per
        process and kept apart from the speeches' readings, which a busy bot evicts.
        """
        keys = [(motion, s) for s in sentences]
        with self._lock:
            known = {k: self._kept[k] if k in self._kept else self._cache[k]
                     for k in keys if k in self._kept or k in self._cache}
        missing = [k for k in dict.fromkeys(keys) if k not in known]
        if missing:
            fresh = self._run(motion, [s for _, s in missing])
            store = self._kept if keep else self._cache
            with self._lock:
                for key, row in zip(missing, fresh, strict=True):
                    store[key] = row
                    known[key] = row
                for memory, size in ((self._cache, CACHE_SIZE), (self._kept, KEPT_SIZE)):
                    while len(memory) > size:
                        memory.popitem(last=False)
        rows = [known[k] for k in keys]
        if not rows:
            width = int(self.session.get_outputs()[2].shape[-1] or 384)
            return Reading(np.zeros((0, 3), np.float32), np.zeros(0, np.float32),
                           np.zeros((0, width), np.float32))
        return Reading(np.stack([r[0] for r in rows]), np.array([r[1] for r in rows], dtype=np.float32),
                       np.stack([r[2] for r in rows]))

    def point_probability(self, cosines: np.ndarray) -> np.ndarray:
        """Cosine of sentence and key point → P(the sentence makes the point)."""
        return (1.0 / (1.0 + np.exp(-(self.point_scale * cosines + self.point_bias)))).astype(np.float32)

    def _run(self, motion: str, sentences: list[str]) -> list[tuple[np.ndarray, float, np.ndarray]]:
        """Run the model one pair at a time: int8 activations are quantised per call, so a batch
        would make a sentence's reading depend on the sentences read beside it."""
        out = []
        for encoding in (self.tokenizer.pair(motion, s or " ", self.max_tokens) for s in sentences):
            ids = np.asarray([encoding.ids], dtype=np.int64)
            logits, quality, vectors = self.session.run(None, {
                "input_ids": ids, "attention_mask": np.ones_like(ids),
                "token_type_ids": np.asarray([encoding.type_ids], dtype=np.int64)})
            shifted = np.exp(logits[0] - logits[0].max())
            out.append(((shifted / shifted.sum()).astype(np.float32), float(quality[0]),
                        vectors[0].astype(np.float32)))
        return out

    def clear_cache(self, kept: bool = True) -> None:
        """Forget remembered readings (for benchmarks that time a fresh speech); `kept=False`
        keeps the motions' own key points, as a running bot does."""
        with self._lock:
            self._cache.clear()
            if kept:
                self._kept.clear()


@cache
def shipped_reader() -> Reader:
    """The shipped reader, loaded once per process."""
    return Reader()


def read(motion: str, sentences: Sequence[str], keep: bool = False) -> Reading:
    """Read sentences against a motion with the shipped reader (`keep`: the motion's own key points)."""
    return shipped_reader().read(motion, sentences, keep)
