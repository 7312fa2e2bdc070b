"""Speech analyses: each takes a prepared Context and returns a Finding (score 0..1 and why)."""

from __future__ import annotations

from collections.abc import Callable

from bot.scoring.analyses.base import Context, Finding, build_context
from bot.scoring.analyses.clarity import clarity
from bot.scoring.analyses.coverage import coverage
from bot.scoring.analyses.engagement import engagement
from bot.scoring.analyses.evidence import evidence
from bot.scoring.analyses.impact import impact
from bot.scoring.analyses.quality import quality
from bot.scoring.analyses.reasoning import reasoning
from bot.scoring.analyses.relevance import relevance
from bot.scoring.analyses.side import side
from bot.scoring.analyses.structure import structure

ANALYSES: dict[str, Callable[[Context], Finding]] = {
    "relevance": relevance,
    "side": side,
    "coverage": coverage,
    "reasoning": reasoning,
    "evidence": evidence,
    "engagement": engagement,
    "impact": impact,
    "structure": structure,
    "clarity": clarity,
    "quality": quality,
}


def run_all(ctx: Context) -> dict[str, Finding]:
    """Every analysis of one speech, by id."""
    return {name: analyse(ctx) for name, analyse in ANALYSES.items()}


__all__ = ["ANALYSES", "Context", "Finding", "build_context", "run_all"]
