"""`debate-bot export`: a club's record (rounds, speeches, scorecards, ballots, standings, teams)."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path
from typing import Any

from bot.club.exporting import TABLES, export_tables, has_club
from bot.config import SettingsError, load_settings
from bot.storage import open_database

EPILOG = """\
examples:
  debate-bot export --chat -1001234567890                  CSV files in the current folder
  debate-bot export --chat -1001234567890 --format json --out backups/
The chat id is the group's Telegram id (negative for groups); the bot's log shows it.
A CSV text cell that starts with = + - @ (or a tab or carriage return) gets a ' in front,
so a spreadsheet shows it as text instead of running it as a formula.
"""

# What makes a spreadsheet read a cell as a formula (OWASP, "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def register(subparsers: Any) -> None:
    """Add `export` to the CLI."""
    parser = subparsers.add_parser(
        "export", help="export a club's rounds, speeches, scorecards, ballots, standings and teams",
        description=__doc__.split(":", 1)[1].strip() if __doc__ else None, epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--chat", type=int, required=True, metavar="ID", help="the group chat's id")
    parser.add_argument("--format", choices=("csv", "json"), default="csv",
                        help="csv files (default) or one json file")
    parser.add_argument("--out", type=Path, default=Path("."), metavar="FOLDER",
                        help="where to write (created if missing; default: here)")
    parser.add_argument("--db", metavar="PATH", help="the database (default: $DEBATE_BOT_DB or debate.db)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Write the export; print the files written. Exit 1 with a message on a user error."""
    try:
        db_path = Path(args.db or load_settings().db_path)
    except SettingsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if not db_path.is_file():
        print(f"error: no database at {db_path}; pass --db PATH", file=sys.stderr)
        return 1
    db = open_database(db_path)
    try:
        if not has_club(db, args.chat):
            print(f"error: chat {args.chat} has no club rounds or teams in {db_path}", file=sys.stderr)
            return 1
        tables = export_tables(db, args.chat)
    finally:
        db.close()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    writer = write_json if args.format == "json" else write_csv
    written = writer(tables, out, args.chat)
    for path in written:
        print(path)
    return 0


def write_csv(tables: dict[str, list[dict[str, Any]]], out: Path, chat_id: int) -> list[Path]:
    """One CSV per table, header row first (an empty table still gets its file)."""
    written = []
    for name in TABLES:
        rows = tables[name]
        path = out / f"club{chat_id}-{name}.csv"
        columns: list[str] = []
        for row in rows:
            columns += [k for k in row if k not in columns]
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=columns, restval="")
            writer.writeheader()
            writer.writerows({k: spreadsheet_safe(v) for k, v in row.items()} for row in rows)
        written.append(path)
    return written


def spreadsheet_safe(value: Any) -> Any:
    """The cell as a spreadsheet should show it: text that would start a formula gets a quote
    in front (numbers, negative ones too, stay numbers)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return f"'{value}"
    return value


def write_json(tables: dict[str, list[dict[str, Any]]], out: Path, chat_id: int) -> list[Path]:
    """Every table in one JSON file."""
    path = out / f"club{chat_id}.json"
    data = {"chat_id": chat_id, **tables}
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return [path]
