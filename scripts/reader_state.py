"""The shipped reader's weights back as a torch state, so that training can go on from it.

`model.onnx` is int8: every quantised matrix comes back as (q − zero point) × scale, the rest as
it is. What comes back is the model the bot runs, up to rounding, so a run resumed from it
(`train_reader.py --resume-onnx`) starts from the shipped reader rather than from a `.pt` state
that the repository does not keep.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import onnx
import torch
from onnx import numpy_helper

QUANTISATION_PARTS = ("_scale", "_zero_point", "_quantized")


def _dequantised(values: dict[str, np.ndarray], stem: str) -> np.ndarray:
    q = values[f"{stem}_quantized"].astype(np.float32)
    scale, zero = values[f"{stem}_scale"], values[f"{stem}_zero_point"].astype(np.float32)
    return (q - zero) * scale  # per tensor, or per output column (the last axis) for a matrix


def _module(node_name: str) -> str:
    """The module a node belongs to: '/encoder/encoder/layer.0/attention/self/query/MatMul_quant' is
    'encoder.encoder.layer.0.attention.self.query'."""
    return ".".join(node_name.strip("/").split("/")[:-1])


def onnx_state(path: Path) -> dict[str, torch.Tensor]:
    """The torch state (Reader's parameter names) that the int8 graph at `path` computes with."""
    graph = onnx.load(str(path)).graph
    values = {i.name: numpy_helper.to_array(i) for i in graph.initializer}
    state: dict[str, np.ndarray] = {}
    for name, value in values.items():
        stem = name.removesuffix("_quantized")
        if name.endswith("_quantized") and name.startswith("encoder.embeddings."):
            state[stem] = _dequantised(values, stem)
        elif not name.startswith(("onnx::", "/")) and not name.endswith(QUANTISATION_PARTS):
            state[name] = value  # biases and layer norms, kept in float
    for node in graph.node:
        if node.op_type != "MatMulInteger":
            continue
        stem = node.input[1].removesuffix("_quantized")
        # ONNX multiplies by the weight's transpose ([in, out]); torch keeps [out, in].
        state[f"{_module(node.name)}.weight"] = _dequantised(values, stem).T
    return {name: torch.from_numpy(np.ascontiguousarray(v, dtype=np.float32)) for name, v in state.items()}


def load_onnx_state(model: torch.nn.Module, path: Path, point_scale: float, point_bias: float) -> None:
    """Load the int8 reader at `path` into `model`; the key-point constants come from its config."""
    state = onnx_state(path)
    state["point_scale"] = torch.tensor(point_scale)
    state["point_bias"] = torch.tensor(point_bias)
    missing, unexpected = model.load_state_dict(state, strict=False)
    # The pooler is not part of the reader (it pools by mean) and position ids are a buffer the
    # encoder builds itself; nothing else may be missing.
    missing = [m for m in missing if not m.endswith("position_ids") and ".pooler." not in m]
    if missing or unexpected:
        raise SystemExit(f"{path}: missing {missing}, unexpected {unexpected}")
