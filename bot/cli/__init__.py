"""The `debate-bot` command: run, practice, score, motions, export."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

# Each verb lives in its own module under bot/cli/ with `register(subparsers)`; the module
# sets `func` on its parser, called with the parsed arguments and returning an exit code.
VERBS = ("run", "practice", "score", "motions", "export")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every verb registered."""
    parser = argparse.ArgumentParser(
        prog="debate-bot",
        description="Debate practice: motions from essays, sides, speeches, scorecards.",
    )
    subparsers = parser.add_subparsers(dest="verb", metavar="VERB")
    for verb in VERBS:
        try:  # TEMPORARY while the verbs are being written in parallel; the lead removes this
            module = importlib.import_module(f"bot.cli.{verb}")
        except ModuleNotFoundError as exc:
            if exc.name != f"bot.cli.{verb}":
                raise
            continue
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; with no verb it runs the bot (or terminal practice without a token)."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args = parser.parse_args(args_list or ["run"])
    return int(args.func(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
