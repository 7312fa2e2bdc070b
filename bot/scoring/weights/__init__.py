"""Small fitted weights, one .npz per model (made by scripts/train_*.py): the scoring models and the
drafting shortlist."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import numpy as np

WEIGHTS_DIR = Path(__file__).resolve().parent


class Weights:
    """Arrays of one fitted model plus its metadata (training topics, figures, date)."""

    def __init__(self, arrays: dict[str, np.ndarray], meta: dict[str, object]) -> None:
        self.arrays = arrays
        self.meta = meta

    def __getitem__(self, key: str) -> np.ndarray:
        return self.arrays[key]

    def scalar(self, key: str) -> float:
        """A single number stored as a 0-d array."""
        return float(self.arrays[key])


@cache
def load(name: str) -> Weights:
    """Load `<name>.npz` shipped beside this module (cached: loaded once per process)."""
    with np.load(WEIGHTS_DIR / f"{name}.npz", allow_pickle=False) as data:
        # Stored as float16 where that is enough; computed with in float32.
        arrays = {key: np.asarray(data[key], dtype=np.float32) if data[key].dtype == np.float16
                  else np.asarray(data[key]) for key in data.files if key != "meta"}
        meta = json.loads(str(data["meta"])) if "meta" in data.files else {}
    return Weights(arrays, meta)


def save(path: Path, arrays: dict[str, np.ndarray], meta: dict[str, object]) -> None:
    """Write a weights file (used by the training scripts)."""
    everything = {"meta": np.array(json.dumps(meta, sort_keys=True)), **arrays}
    np.savez_compressed(path, allow_pickle=False, **everything)
