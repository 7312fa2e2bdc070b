"""Per-unit model signals (argument quality, stance, key-point match) with offline fallbacks.

The models layer (bot.scoring.quality / stance / keypoints) is used when it is installed; if a
module is missing, a transparent fallback built on the encoder and cue words takes its place,
so the scorer always works.
"""

from __future__ import annotations

import importlib
import logging
import re
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from bot.motions import KeyPoint
from bot.scoring.analyses.cues import NEGATION
from bot.scoring.encoder import get_encoder
from bot.scoring.speech import content_words

log = logging.getLogger(__name__)
_WARNED: set[str] = set()
FALLBACK_MATCH_THRESHOLD = 0.5
SUPPORT_WORDS = 8  # sharing this many words of a point's reasoning counts as retelling it
SUPPORT_SHARE = 0.7
MODEL_SHARE = 0.35

# Motions whose Proposition wants something removed or stopped: supporting arguments are
# negative about the thing named.
AGAINST_VERBS = re.compile(
    r"\b(ban|bans|banning|abolish|abolishing|end|ending|prohibit|outlaw|limit|restrict|cut|stop|close"
    r"|withdraw|suspend|oppose|disband|remove|reduce|criminali[sz]e|regret|scrap|leave|sanction)\b",
    re.IGNORECASE,
)
_POSITIVE = re.compile(
    r"\b(good|great|benefit\w*|help\w*|improv\w*|protect\w*|save[sd]?|saving|positive|valuable|better"
    r"|effective|successful|safe|fair|right|necessary|essential|important|support\w*|useful|progress)\b",
    re.IGNORECASE,
)
_NEGATIVE = re.compile(
    r"\b(bad|harm\w*|hurt\w*|damag\w*|danger\w*|risk\w*|kill\w*|worse|fail\w*|negative|unfair|wrong"
    r"|corrupt\w*|cruel\w*|costly|expensive|abus\w*|threat\w*|problem\w*|suffer\w*|violat\w*|destroy\w*"
    r"|undermin\w*|unjust|ineffective|useless|waste\w*|crisis|violence)\b",
    re.IGNORECASE,
)


def _optional(module: str, name: str) -> Callable[..., Any] | None:
    """A function from the models layer, or None when that module is not there."""
    try:
        found = getattr(importlib.import_module(module), name, None)
    except ImportError:
        return None
    return found if callable(found) else None


def _run(module: str, name: str, *args: Any) -> np.ndarray | None:
    """Call a models-layer function; None if it is missing or fails (the fallback takes over)."""
    model = _optional(module, name)
    if model is None or not args[0]:
        return None
    try:
        return np.asarray(model(*args), dtype=np.float32)
    except Exception as exc:  # a half-installed model (missing weights) must not stop scoring
        if module not in _WARNED:
            _WARNED.add(module)
            log.warning("%s failed (%s); scoring with the fallback instead", module, exc)
        return None


def models_version() -> str:
    """The models layer's version string, or 'fallback'."""
    try:
        encoder_module = importlib.import_module("bot.scoring.encoder")
    except ImportError:  # pragma: no cover - the encoder module always ships
        return "fallback"
    return str(getattr(encoder_module, "MODELS_VERSION", "fallback"))


def argument_quality(units: Sequence[str], motion_text: str) -> np.ndarray:
    """Quality 0..1 per unit, from the models layer or a plain length-and-content proxy."""
    found = _run("bot.scoring.quality", "argument_quality", list(units), motion_text)
    if found is not None:
        return np.clip(found, 0.0, 1.0)
    out = []
    for unit in units:
        n = len(content_words(unit))
        out.append(min(1.0, n / 12.0) * (0.6 if n > 35 else 1.0))
    return np.asarray(out, dtype=np.float32)


def stance(units: Sequence[str], motion_text: str) -> np.ndarray:
    """Stance per unit in [-1, 1]: above zero supports the motion."""
    found = _run("bot.scoring.stance", "stance", list(units), motion_text)
    if found is not None:
        return np.clip(found, -1.0, 1.0)
    return np.asarray([cue_stance(u, motion_text) for u in units], dtype=np.float32)


def cue_stance(unit: str, motion_text: str) -> float:
    """A cue-based stance guess: sentiment about the motion's subject times its direction."""
    direction = -1.0 if AGAINST_VERBS.search(motion_text) else 1.0
    positive = len(_POSITIVE.findall(unit))
    negative = len(_NEGATIVE.findall(unit))
    polarity = float(np.tanh((positive - negative) / 2.0))
    if NEGATION.search(unit) and positive > negative:
        polarity *= 0.3
    return direction * polarity


def _model_threshold() -> float | None:
    try:
        module = importlib.import_module("bot.scoring.keypoints")
    except ImportError:
        return None
    value = getattr(module, "MATCH_THRESHOLD", None)
    return float(value) if value is not None else None


def match_threshold() -> float:
    """The score above which a unit makes a key point (the blend's share of each threshold)."""
    model = _model_threshold()
    if model is None:
        return FALLBACK_MATCH_THRESHOLD
    return MODEL_SHARE * model + (1 - MODEL_SHARE) * FALLBACK_MATCH_THRESHOLD


def match(units: Sequence[str], points: Sequence[KeyPoint]) -> np.ndarray:
    """Match score 0..1 of each key point (rows) against each unit (columns).

    The key-point model was trained on one-sentence arguments; on speech units it is blended
    with the plain cosine-and-shared-words match, which tells a developed point from a passing
    mention more reliably.
    """
    if not units or not points:
        return np.zeros((len(points), len(units)), dtype=np.float32)
    plain = _fallback_match(units, points)
    found = _run("bot.scoring.keypoints", "match", list(units), [p.claim for p in points])
    if found is not None and found.shape == plain.shape and _model_threshold() is not None:
        blend = MODEL_SHARE * np.clip(found, 0.0, 1.0) + (1 - MODEL_SHARE) * plain
        return np.asarray(blend, dtype=np.float32)
    return plain


def _fallback_match(units: Sequence[str], points: Sequence[KeyPoint]) -> np.ndarray:
    """Cosine of each key point with each unit, blended with the words they share.

    Shared words count from the claim, or from the reasoning and evidence behind it (a speech
    that retells the reasoning makes the point); words common to most points count for none.
    """
    encoder = get_encoder()
    unit_vectors = encoder.encode(list(units))
    point_vectors = encoder.encode([p.claim + " " + p.reasoning for p in points])
    cosines = np.clip(point_vectors @ unit_vectors.T, 0.0, 1.0)
    overlap = np.zeros_like(cosines)
    unit_words = [set(content_words(u)) for u in units]
    claims = [set(content_words(p.claim)) for p in points]
    behind = [set(content_words(p.reasoning + " " + p.evidence)) for p in points]
    counts = Counter(s for words in (*claims, *behind) for s in words)
    common = {s for s, n in counts.items() if n > max(2, len(points))}
    for row in range(len(points)):
        claim, support = claims[row] - common, behind[row] - common
        for col, found in enumerate(unit_words):
            by_claim = len(claim & found) / len(claim) if claim else 0.0
            by_support = len(support & found) / min(len(support), SUPPORT_WORDS) if support else 0.0
            overlap[row, col] = max(by_claim, SUPPORT_SHARE * min(1.0, by_support))
    return np.asarray(0.5 * cosines + 0.5 * np.minimum(1.0, overlap * 1.6), dtype=np.float32)
