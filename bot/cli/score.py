"""`debate-bot score`: score a written speech for one side of a motion and print the card."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from bot.motions import BankError, Motion, load_bank
from bot.rubric import DEFAULT_RUBRIC, RubricError, load_rubric, rubric_names
from bot.speech_limits import MAX_SPEECH_WORDS, SpeechInputError, read_speech_file, read_speech_stream

EPILOG = f"""\
examples:
  debate-bot score --motion iraq-end-baghdad-mission --side prop speech.txt
  debate-bot score --motion-text "This House would ban zoos" --side opp - < speech.txt
  debate-bot score --motion ID --side opp --rubric wsdc --json speech.txt
  debate-bot score --motion ID --side prop --rubric ./club-rubric.yaml speech.txt
  debate-bot score --motion ID --side opp --audio speech.ogg   a recording (needs the voice extra)

The speech must be UTF-8 text of at most {MAX_SPEECH_WORDS:,} words (files under 1 MB), the same limits as
in Telegram; anything else is refused with one line on stderr and exit status 2.

A club rubric is a YAML file like the shipped bot/rubrics/practice.yaml: a scale, and
criteria with weights, the analyses they draw on and a descriptor for each band 1-5.
"""


def register(subparsers: Any) -> None:
    """Add the `score` verb."""
    parser = subparsers.add_parser(
        "score", help="score a written speech and print its scorecard",
        description="Score a speech for one side of a motion against a rubric.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--motion", metavar="ID", help="a motion from the bank (`debate-bot motions list`)")
    which.add_argument("--motion-text", metavar="TEXT", help="score against a motion typed here instead")
    parser.add_argument("--side", required=True, choices=("prop", "opp"), help="the side the speech argues")
    parser.add_argument(
        "--rubric", default=DEFAULT_RUBRIC, metavar="NAME|PATH",
        help=f"a shipped rubric ({', '.join(rubric_names())}) or a rubric YAML file",
    )
    parser.add_argument("--json", action="store_true", help="print the scorecard as JSON")
    parser.add_argument("speech", metavar="FILE|-", nargs="?",
                        help="the speech as a text file, or - for standard input")
    parser.add_argument("--audio", metavar="FILE",  # voice (issue 16)
                        help="a recorded speech (OGG/Opus, MP3, M4A, WAV), scored with delivery")
    parser.set_defaults(func=run_score)


def _fail(message: str) -> int:
    print(f"debate-bot score: {message}", file=sys.stderr)
    return 2


def _read_speech(where: str) -> str:
    """The checked speech from a file or standard input; SpeechInputError saying why if refused
    (empty, not text, too long: the limits of bot.speech_limits)."""
    if where == "-":
        return read_speech_stream(sys.stdin)
    return read_speech_file(where)


def _motion(args: argparse.Namespace) -> Motion | str:
    """The motion to score against, or a message saying what went wrong."""
    if args.motion_text is not None:
        text = " ".join(args.motion_text.split())
        return Motion.ad_hoc(text) if text else "--motion-text is empty: type the motion in quotes."
    try:
        bank = load_bank()
    except BankError as exc:
        return f"the motion bank has problems:\n{exc}"
    motion = bank.get(args.motion)
    if motion is None:
        return (f"no motion with id '{args.motion}'. See `debate-bot motions list`, "
                "or use --motion-text \"This House would …\".")
    return motion


def run_score(args: argparse.Namespace) -> int:
    """Score the speech and print the card (text or JSON)."""
    motion = _motion(args)
    if isinstance(motion, str):
        return _fail(motion)
    try:
        rubric = load_rubric(args.rubric)
    except RubricError as exc:
        return _fail(str(exc))
    if (args.speech is None) == (args.audio is None):
        return _fail("give the speech as a text file (or -) or as --audio FILE, not both or neither.")
    if args.audio is not None:  # voice (issue 16)
        return _score_audio(args, motion, rubric)
    try:
        speech = _read_speech(args.speech)
    except SpeechInputError as exc:
        return _fail(exc.message)
    from bot.scoring_worker import SpeechToScore, score_speech  # the bot's workers score through it too
    from bot.text_render import render_scorecard

    # the rubric loaded above was only checked; the scorer loads it by its name or path again
    card = score_speech(SpeechToScore(speech, motion, args.side, args.rubric))
    if args.json:
        print(json.dumps(card.to_json(), ensure_ascii=False, indent=2))
    else:
        print(render_scorecard(card))
        note = card.extras.get("note") or card.extras.get("key_points_note")
        if note:
            print(note)
    return 0


def _score_audio(args: argparse.Namespace, motion: Motion, rubric: Any) -> int:
    """Transcribe a recorded speech, score the transcript and add the Delivery section."""
    from bot.cli.audio import transcribe_speech, transcript_note
    from bot.voice import AudioProblem

    try:
        transcript = transcribe_speech(args.audio)
    except (AudioProblem, SpeechInputError) as exc:
        return _fail(exc.message)
    from bot.config import SettingsError, load_settings
    from bot.scoring import score
    from bot.text_render import render_scorecard
    from bot.voice.delivery import allowed_seconds, analyse, with_delivery

    try:
        minutes = load_settings().speech_minutes
    except SettingsError:
        minutes = 7.0
    card = score(transcript.text, motion, args.side, rubric)
    allowed = allowed_seconds(card.rubric, minutes)
    card = with_delivery(card, analyse([transcript], allowed))
    if args.json:
        data = card.to_json()
        data["extras"] = {**data.get("extras", {}), "transcript": transcript.to_json()}
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(transcript_note(transcript))
        print(render_scorecard(card))
    return 0
