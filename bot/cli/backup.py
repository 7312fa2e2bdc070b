"""`debate-bot backup`: copy the database to a file, safely while the bot is running."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from bot.config import SettingsError, load_settings
from bot.storage.backup import BackupError, backup_database

EPILOG = """\
examples:
  debate-bot backup backups/debate-2025-01-31.db
  DEBATE_BOT_DB=/var/lib/debate-bot/debate.db debate-bot backup /srv/backups/debate.db --force
To restore: stop the bot, copy the backup over the database file (DEBATE_BOT_DB), start it.
"""


def register(subparsers: Any) -> None:
    """Add `backup` to the CLI."""
    parser = subparsers.add_parser(
        "backup", help="copy the database to FILE (safe while the bot runs)",
        description=__doc__.split(":", 1)[1].strip() if __doc__ else None, epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("file", type=Path, metavar="FILE", help="where to write the copy")
    parser.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    parser.add_argument("--db", metavar="PATH", help="the database (default: $DEBATE_BOT_DB or debate.db)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Write the backup and print where and how big; exit 1 with a message when refused."""
    try:
        source = Path(args.db or load_settings().db_path)
        size = backup_database(source, args.file, force=args.force)
    except (SettingsError, BackupError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"Backed up {source.resolve()} to {args.file.resolve()} ({size:,} bytes).")
    return 0
