"""Progress on one scale: every total and criterion average as 0–100, whatever rubric marked it.

A rubric's lowest mark becomes 0 and its highest 100 (WSDC's 70 of 60–80 is 50), so speeches
marked with different rubrics can be averaged and compared. Cards keep the rubric's own figure.
"""

from __future__ import annotations

from functools import lru_cache

from bot.rubric import Rubric, RubricError, load_rubric

ONE_SCALE = (0.0, 100.0)
SCALE_NOTE = "Totals are on one 0–100 scale: each rubric's lowest mark is 0 and its highest 100."
BANDS = (1, 5)


def on_one_scale(value: float, scale: tuple[float, float]) -> float:
    """`value` on `scale` as 0–100, clamped."""
    low, high = scale
    share = (value - low) / ((high - low) or 1.0)
    return round(100.0 * min(1.0, max(0.0, share)), 2)


@lru_cache(maxsize=32)
def _rubric(rubric_id: str) -> Rubric | None:
    try:
        return load_rubric(rubric_id)
    except (RubricError, OSError):
        return None


def total_on_one_scale(total: float, rubric_id: str, card_scale: tuple[float, float] | None = None) -> float:
    """A speech's total as 0–100: through its rubric's scale, else the scale its card was marked on."""
    rubric = _rubric(rubric_id) if rubric_id else None
    scale = rubric.scale if rubric is not None else card_scale or ONE_SCALE
    return on_one_scale(total, scale)


def criterion_on_one_scale(points: float, band: int, rubric_id: str, criterion_id: str) -> float:
    """A criterion's points as 0–100 of the points it can earn; its 1–5 band when the rubric no
    longer has that criterion (every rubric shares the bands)."""
    rubric = _rubric(rubric_id) if rubric_id else None
    criterion = rubric.criterion(criterion_id) if rubric is not None else None
    if rubric is None or criterion is None:
        return on_one_scale(float(band), (float(BANDS[0]), float(BANDS[1])))
    return on_one_scale(points, rubric.criterion_range(criterion))
