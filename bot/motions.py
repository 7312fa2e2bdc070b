"""The motion bank: motions drawn from essays, loaded from YAML and validated.

The values are in bot/bank.py and the checking of motion files in bot/bank_check.py; this module
finds the bank's folders, loads it, and re-exports both so callers need one import.
"""

from __future__ import annotations

import os
from pathlib import Path

from bot.bank import (
    AREAS,
    SIDE_LABELS,
    SIDES,
    Bank,
    Citation,
    KeyPoint,
    Motion,
    SideName,
    Source,
    other_side,
)
from bot.bank_check import (
    AREA_TAGS,
    DIFFICULTIES,
    ID_PATTERN,
    INFO_SLIDE_MAX,
    MESSAGE_MAX,
    MOTION_OPENINGS,
    MOTION_TEXT_MAX,
    MOTION_TYPES,
    TEXT_FIELD_MAX,
    BankError,
    Problem,
    check_folders,
    parse_file,
)

__all__ = [
    "AREAS",
    "AREA_TAGS",
    "BANK_ENV",
    "DIFFICULTIES",
    "ID_PATTERN",
    "INFO_SLIDE_MAX",
    "MESSAGE_MAX",
    "MOTION_OPENINGS",
    "MOTION_TEXT_MAX",
    "MOTION_TYPES",
    "SIDES",
    "SIDE_LABELS",
    "TEXT_FIELD_MAX",
    "Bank",
    "BankError",
    "Citation",
    "KeyPoint",
    "Motion",
    "Problem",
    "SideName",
    "Source",
    "bank_folders",
    "check_folders",
    "load_bank",
    "other_side",
    "parse_file",
    "shipped_folder",
]

BANK_ENV = "DEBATE_BOT_MOTIONS"


def shipped_folder() -> Path:
    """The motion bank that ships with the package (or the repo's motions/)."""
    installed = Path(__file__).parent / "_bank"
    return installed if installed.is_dir() else Path(__file__).parent.parent / "motions"


def bank_folders(extra: str | None = None) -> list[Path]:
    """The folders to load: the shipped bank, then a club's folder.

    `extra` (default: $DEBATE_BOT_MOTIONS) adds a folder; prefix it with `=` to replace the
    shipped bank instead (`DEBATE_BOT_MOTIONS==/srv/club-motions`).
    """
    setting = extra if extra is not None else os.environ.get(BANK_ENV, "")
    if not setting:
        return [shipped_folder()]
    if setting.startswith("="):
        return [Path(setting[1:]).expanduser()]
    return [shipped_folder(), Path(setting).expanduser()]


def load_bank(extra: str | None = None) -> Bank:
    """Load the bank; raise BankError listing every problem if it is not clean."""
    bank, problems = check_folders(bank_folders(extra))
    if problems:
        raise BankError(problems)
    return bank
