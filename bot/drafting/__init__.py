"""Drafting motions from an essay: read it, find its thesis and proposals, word motions, write YAML.

The public face: `draft_essay(text, meta) -> Draft`, `render_yaml(draft) -> str`, `EssayError`.
"""

from bot.drafting.compose import draft_essay
from bot.drafting.model import Draft, DraftMotion, SourceMeta
from bot.drafting.points import DraftPoint
from bot.drafting.reading import EssayError, read_essay
from bot.drafting.writing import render_yaml

__all__ = [
    "Draft",
    "DraftMotion",
    "DraftPoint",
    "EssayError",
    "SourceMeta",
    "draft_essay",
    "read_essay",
    "render_yaml",
]
