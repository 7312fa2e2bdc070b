"""`debate-bot progress`: your progress as a text trend, and with --out as a PNG chart."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, TextIO

from bot.charts import progress_lines, progress_png
from bot.clock import SystemClock
from bot.config import Settings, SettingsError, load_settings
from bot.motions import BankError, load_bank
from bot.practice import Practice
from bot.storage import Store
from bot.terminal import Options, _key, _name


def register(subparsers: Any) -> None:
    """Add the `progress` verb."""
    parser = subparsers.add_parser(
        "progress", help="your totals, criteria, sides and drills over time",
        description="Your progress on one 0–100 scale: a text trend, and a PNG chart with --out.")
    parser.add_argument("--out", metavar="FILE.png", type=Path, help="also write the chart to this PNG file")
    parser.add_argument("--name", help="whose practice this is (default: your login name)")
    parser.add_argument("--db", metavar="PATH",
                        help="the database file (default: $DEBATE_BOT_DB or debate.db)")
    parser.set_defaults(func=progress)


def progress(args: argparse.Namespace) -> int:
    """Print the trend (and write the chart) with the flags given."""
    try:
        settings = load_settings().with_overrides(db_path=args.db)
    except SettingsError as error:
        print(f"debate-bot progress: {error}", file=sys.stderr)
        return 2
    return show_progress(settings, args.name, args.out)


def show_progress(
    settings: Settings, name: str | None, out: Path | None, *, stdout: TextIO | None = None,
) -> int:
    """Print the text trend; with `out`, write the chart there. The exit code."""
    stdout = stdout or sys.stdout
    if out is not None and (out.is_dir() or not out.parent.is_dir()):
        print(f"debate-bot progress: cannot write {out}: give a file in an existing folder.", file=sys.stderr)
        return 2
    try:
        bank = load_bank(settings.motions)
    except BankError:
        print("debate-bot progress: the motion bank has problems; run `debate-bot motions check`.",
              file=sys.stderr)
        return 2
    practice = Practice(bank, settings, SystemClock())
    store = Store(settings.db_path)
    try:
        options = Options(name=name)
        person = store.call(practice.person, _key(options), _name(options))
        found = store.call(practice.progress, person)
    finally:
        store.close()
    stdout.write("\n".join(progress_lines(found)) + "\n")
    if out is not None and not found.empty:
        out.write_bytes(progress_png(found))
        stdout.write(f"Chart written to {out}.\n")
    return 0
