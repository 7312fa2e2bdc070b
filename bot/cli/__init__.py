"""The `debate-bot` command: run, practice, drill, progress, score, motions, export, backup."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from bot.cli import backup, drill, export, motions, practice, progress, run, score

# Each verb lives in its own module with `register(subparsers)`; the module sets `func` on its
# parser, called with the parsed arguments and returning an exit code.
VERBS = (run, practice, drill, progress, score, motions, export, backup)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every verb registered."""
    parser = argparse.ArgumentParser(
        prog="debate-bot",
        description="Debate practice: motions from essays, sides, speeches, scorecards. "
        "With no verb it runs the bot (or, without a token, the terminal practice).",
    )
    subparsers = parser.add_subparsers(dest="verb", metavar="VERB")
    for verb in VERBS:
        verb.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; with no verb it runs the bot (or terminal practice without a token)."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    args = build_parser().parse_args(args_list or ["run"])
    try:
        return int(args.func(args) or 0)
    except BrokenPipeError:  # `debate-bot motions show X | head`: the reader left; say nothing
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("\nStopped.", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
