"""Shared helpers for the training scripts: data paths, reading the shared data, saving weights."""

from __future__ import annotations

import csv
import datetime as dt
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data"
WEIGHTS = ROOT / "bot" / "scoring" / "weights"


def read_rows(path: Path) -> list[dict[str, str]]:
    """All rows of a CSV file as dicts (exits with a hint when the file is missing)."""
    if not path.exists():
        raise SystemExit(f"{path} not found: put the shared data in ../shared/data or pass its path")
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def token_matrix(token_ids: Sequence[np.ndarray], vocab_size: int, scale: np.ndarray | None = None):  # type: ignore[no-untyped-def]
    """Sparse bag of word pieces, each row divided by sqrt(its length) (as the runtime does)."""
    from scipy import sparse

    rows, cols, vals = [], [], []
    for row, ids in enumerate(token_ids):
        if not ids.size:
            continue
        factor = 1.0 / np.sqrt(ids.size) * (1.0 if scale is None else float(scale[row]))
        rows.extend([row] * ids.size)
        cols.extend(ids.tolist())
        vals.extend([factor] * ids.size)
    return sparse.csr_matrix((vals, (rows, cols)), shape=(len(token_ids), vocab_size), dtype=np.float32)


def today() -> str:
    """The training date stamped into weights files."""
    return dt.date.today().isoformat()
