"""`debate-bot run`: start the Telegram bot (long polling), or terminal practice without a token."""

from __future__ import annotations

import argparse
import logging
import sys
from typing import Any

from bot.config import Settings, SettingsError, load_settings

NO_TOKEN = """\
No Telegram bot token is set, so I can't connect to Telegram.

To get one: open Telegram, message @BotFather, send /newbot and follow the steps. It replies
with a token like 123456789:AA...; then run

    TELEGRAM_BOT_TOKEN=<your token> debate-bot run

Meanwhile you can practise right here in the terminal (`debate-bot practice`)."""

NOT_A_TERMINAL = "Standard input is not a terminal, so terminal practice is not starting here."


def register(subparsers: Any) -> None:
    """Add the `run` verb."""
    parser = subparsers.add_parser(
        "run", help="start the Telegram bot (terminal practice if no token is set)",
        description="Start the bot with long polling. Settings come from the environment "
                    "(TELEGRAM_BOT_TOKEN, DEBATE_BOT_DB, ...); flags override them.",
    )
    parser.add_argument("--db", metavar="PATH", help="database file (default: $DEBATE_BOT_DB or debate.db)")
    parser.add_argument("--time-scale", type=float, metavar="X",
                        help="multiply every timer by X, e.g. 0.1 for a quick trial (default 1)")
    parser.add_argument("--motions", metavar="FOLDER", help="extra motion folder (=FOLDER: replace)")
    parser.add_argument("--api-base-url", metavar="URL", help="the Bot API base URL (a local Bot API server)")
    parser.add_argument("--verbose", action="store_true", help="log more (never the token)")
    parser.set_defaults(func=run)


def settings_from(args: argparse.Namespace) -> Settings:
    """The settings from the environment with the flags applied; SettingsError if a flag is wrong."""
    if args.time_scale is not None and not args.time_scale > 0:
        raise SettingsError("--time-scale should be greater than 0")
    if args.api_base_url is not None and not args.api_base_url.startswith(("http://", "https://")):
        raise SettingsError("--api-base-url should be an http(s) address such as http://127.0.0.1:8081/bot")
    return load_settings().with_overrides(
        db_path=args.db, time_scale=args.time_scale, motions=args.motions, api_base_url=args.api_base_url,
    )


def run(args: argparse.Namespace) -> int:
    """Run the bot; without a token explain how to get one and practise in the terminal."""
    try:
        settings = settings_from(args)
    except SettingsError as error:
        print(f"debate-bot run: {error}", file=sys.stderr)
        return 2
    if not settings.token:
        print(NO_TOKEN)
        if not sys.stdin.isatty():
            print(NOT_A_TERMINAL)
            return 0
        from bot.terminal import Options, practise_in_terminal

        print()
        return practise_in_terminal(settings, Options())
    logging.basicConfig(
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        level=logging.DEBUG if args.verbose else logging.INFO,
    )
    from bot.chat.app import run_bot
    from bot.motions import BankError

    try:
        run_bot(settings)
    except BankError as error:
        print(f"The motion bank has problems; fix them and try again:\n{error}", file=sys.stderr)
        return 1
    return 0
