"""`debate-bot practice`: solo practice in the terminal, no Telegram token needed."""

from __future__ import annotations

import argparse
import sys
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

from bot.config import Settings, SettingsError, check_rubric, load_settings
from bot.motions import Motion, SideName
from bot.rubric import rubric_names
from bot.scoring.card import Scorecard
from bot.speech_limits import SpeechInputError, read_speech_file
from bot.terminal import Options, practise_in_terminal

EPILOG = """\
examples:
  debate-bot practice                          draw a motion, prep, type your speech
  debate-bot practice --motion ID --side opp   a chosen motion and side
  debate-bot practice --no-prep --file my.txt  score a speech you wrote earlier
  debate-bot practice --side prop < my.txt     piped: read the speech, print the card, exit
  debate-bot practice --no-prep --audio my.ogg a recorded speech (needs the voice extra)

Set DEBATE_BOT_TIME_SCALE=0.1 to make every timer ten times shorter.
"""


def register(subparsers: Any) -> None:
    """Add the `practice` verb."""
    parser = subparsers.add_parser(
        "practice", help="practise a speech in the terminal",
        description="Draw a motion, get a side, prepare, give your speech and read its scorecard.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--motion", metavar="ID", help="the motion's id (see `debate-bot motions list`)")
    parser.add_argument("--side", choices=("prop", "opp"), help="argue this side (default: the fair one)")
    given = parser.add_mutually_exclusive_group()
    given.add_argument("--file", type=Path, metavar="SPEECH.txt", help="read the speech from this file")
    given.add_argument("--audio", type=Path, metavar="RECORDING",  # voice (issue 16)
                       help="a recorded speech (OGG/Opus, MP3, M4A, WAV), with delivery feedback")
    parser.add_argument(
        "--rubric", metavar="NAME", help=f"score with this rubric ({', '.join(rubric_names())})",
    )
    prep = parser.add_mutually_exclusive_group()
    prep.add_argument("--prep", type=float, metavar="MINUTES", help="prep time in minutes (default 15)")
    prep.add_argument("--no-prep", action="store_true", help="skip prep and speak at once")
    parser.add_argument("--name", help="whose practice this is (default: your login name)")
    parser.add_argument(
        "--db", metavar="PATH", help="the database file (default: $DEBATE_BOT_DB or debate.db)",
    )
    parser.set_defaults(func=practice)


def options_from(args: argparse.Namespace) -> Options:
    """Check the flags a user typed; raise SettingsError saying what to change."""
    if args.prep is not None and not 0 <= args.prep <= 60:
        raise SettingsError("--prep should be between 0 and 60 minutes.")
    rubric = check_rubric(args.rubric, "--rubric") if args.rubric is not None else None
    return Options(
        motion_id=args.motion, side=args.side, speech_file=args.file, rubric=rubric,
        prep_minutes=0.0 if args.no_prep else args.prep, name=args.name,
    )


def practice(args: argparse.Namespace) -> int:
    """Run terminal practice with the flags given."""
    try:
        settings = load_settings().with_overrides(db_path=args.db)
        options = options_from(args)
    except SettingsError as error:
        print(f"debate-bot practice: {error}", file=sys.stderr)
        return 2
    if options.speech_file is not None:
        try:  # refuse a file that is not a speech before a motion is drawn for it
            read_speech_file(options.speech_file)
        except SpeechInputError as error:
            print(f"debate-bot practice: {error.message}", file=sys.stderr)
            return 2
    if getattr(args, "audio", None) is not None:  # voice (issue 16)
        return _practise_spoken(settings, options, args.audio)
    return practise_in_terminal(settings, options)


def _practise_spoken(settings: Settings, options: Options, recording: Path) -> int:
    """Transcribe the recording first (refused before any motion is drawn), then practise with the
    transcript as the speech; the card gains the Delivery section."""
    from bot.cli.audio import transcribe_speech, transcript_note
    from bot.voice import AudioProblem
    from bot.voice.delivery import allowed_seconds, analyse, with_delivery

    try:
        transcript = transcribe_speech(recording)
    except (AudioProblem, SpeechInputError) as error:
        print(f"debate-bot practice: {error.message}", file=sys.stderr)
        return 2
    print(transcript_note(transcript))

    def score_spoken(speech: str, motion: Motion, side: SideName, rubric: str) -> Scorecard:
        from bot.scoring import score

        card: Scorecard = score(speech, motion, side, rubric)
        allowed = allowed_seconds(card.rubric, settings.speech_minutes)
        return with_delivery(card, analyse([transcript], allowed))

    with tempfile.TemporaryDirectory(prefix="debate-voice-") as folder:
        text = Path(folder) / "transcript.txt"
        text.write_text(transcript.text, encoding="utf-8")
        return practise_in_terminal(settings, replace(options, speech_file=text), scorer=score_spoken)
