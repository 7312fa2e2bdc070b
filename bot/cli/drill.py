"""`debate-bot drill`: a short drill in the terminal (rebuttal, case building, weighing)."""

from __future__ import annotations

import argparse
import sys
from typing import Any, TextIO

from bot.clock import Clock, SystemClock
from bot.config import Settings, SettingsError, load_settings
from bot.drills import KINDS, DrillError, DrillKind, DrillNoMatch, Drills, cards
from bot.practice import Practice
from bot.storage import Store
from bot.terminal import END_OF_SPEECH, Options, _key, _name, bank_or_problems

EPILOG = """\
examples:
  debate-bot drill                        the kind that trains your weakest criterion
  debate-bot drill rebuttal               answer one point of the other side
  debate-bot drill case --motion ID       the three strongest points for your side
  echo "Their harm is smaller because …" | debate-bot drill weighing   piped: the answer
"""


def register(subparsers: Any) -> None:
    """Add the `drill` verb."""
    parser = subparsers.add_parser(
        "drill", help="a short drill aimed at your weakest skill",
        description="A one-to-three-minute drill: rebut a point, build a case, or weigh two impacts.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("kind", nargs="?", choices=KINDS,
                        help="the kind (default: the one for your weakest criterion)")
    parser.add_argument("--motion", metavar="ID_OR_TOPIC", help="a motion id or topic")
    parser.add_argument("--name", help="whose practice this is (default: your login name)")
    parser.add_argument("--db", metavar="PATH",
                        help="the database file (default: $DEBATE_BOT_DB or debate.db)")
    parser.set_defaults(func=drill)


def drill(args: argparse.Namespace) -> int:
    """Run one drill with the flags given."""
    try:
        settings = load_settings().with_overrides(db_path=args.db)
    except SettingsError as error:
        print(f"debate-bot drill: {error}", file=sys.stderr)
        return 2
    return drill_in_terminal(settings, args.kind, args.motion, args.name)


def drill_in_terminal(
    settings: Settings, kind: DrillKind | None, query: str | None, name: str | None, *,
    stdin: TextIO | None = None, stdout: TextIO | None = None, clock: Clock | None = None,
) -> int:
    """Set a drill, read the answer (typed up to a "." line, or piped), print its card; the exit code."""
    stdin, stdout = stdin or sys.stdin, stdout or sys.stdout
    bank = bank_or_problems(settings, stdout)
    if bank is None:
        return 2
    clock = clock or SystemClock()
    practice, drills = Practice(bank, settings, clock), Drills(bank, settings, clock)
    store = Store(settings.db_path)
    try:
        options = Options(name=name)
        person = store.call(practice.person, _key(options), _name(options))
        found = store.call(drills.set, person, kind, query)
        if isinstance(found, DrillNoMatch):
            stdout.write(found.message + "\n")
            return 1
        stdout.write("\n".join(cards.prompt(found, found.due_at - found.created_at)) + "\n")
        if stdin.isatty():
            stdout.write(f'Type your answer. End it with a line holding "{END_OF_SPEECH}" (or Ctrl-D).\n')
        stdout.flush()
        answer = _read_answer(stdin)
        if not answer.strip():
            store.call(drills.cancel, person)
            stdout.write("No answer came in, so the drill is dropped.\n")
            return 1
        try:
            result = store.call(drills.answer, person, answer)
        except DrillError as error:
            stdout.write(error.message + "\n")
            return 1
        stdout.write("\n" + "\n".join(cards.result(result)) + "\n")
        return 0
    except KeyboardInterrupt:
        stdout.write("\nStopped. The drill is dropped.\n")
        return 130
    finally:
        store.close()


def _read_answer(stdin: TextIO) -> str:
    lines = []
    for line in stdin:
        if line.strip() == END_OF_SPEECH:
            break
        lines.append(line)
    return "".join(lines)
