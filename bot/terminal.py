"""Terminal practice: the same loop as the Telegram bot, typed at a prompt. Only I/O lives here.

Motion card, side and why, an optional prep countdown (Enter skips it), the speech typed (a
line with a single "." or Ctrl-D ends it; Ctrl-C asks before discarding it) or read from a
file, then the whole scorecard, and "Again?" until q or Ctrl-D. Piped input is read as the
speech; the card is printed and the command exits.
"""

from __future__ import annotations

import getpass
import os
import select
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TextIO

from bot.clock import Clock, SystemClock
from bot.config import Settings
from bot.motions import Bank, BankError, SideName, load_bank
from bot.practice import Draw, NoMatch, Person, Practice, PracticeError, Scorer
from bot.speech_limits import SpeechInputError, read_speech_file, read_speech_stream
from bot.storage import Store
from bot.text_render import render_motion, render_scorecard

# Wait up to this many seconds; the line typed meanwhile ("" for a bare Enter), or None.
Waiter = Callable[[float], str | None]

END_OF_SPEECH = "."
REFUSED = 2  # the exit code when a speech file or piped speech is refused
AGAIN_ANSWERS = {
    "": "new", "y": "new", "yes": "new", "n": "new", "new": "new",
    "r": "retry", "retry": "retry", "q": "quit", "quit": "quit",
}
AGAIN_HINT = "Type Enter for another motion, r to retry this one, or q to quit."
# Terminal controls for the live prep countdown (DEC save/restore cursor, cursor up, clear line).
_SAVE_CURSOR, _RESTORE_CURSOR, _LINE_UP, _CLEAR_TO_END = "\x1b7", "\x1b8", "\x1b[A", "\x1b[K"
TIMER_MESSAGES = {
    "prep_reminder": "One minute of prep left.",
    "prep_end": "Time! Prep is over: start your speech. Hand it in within {speaking} or it counts as late.",
}


@dataclass(frozen=True)
class Options:
    """What the debater asked for on the command line."""

    motion_id: str | None = None
    side: SideName | None = None
    speech_file: Path | None = None
    rubric: str | None = None
    prep_minutes: float | None = None  # None: the debater's own setting; 0: no prep
    name: str | None = None


def wait_for_enter(stdin: TextIO) -> Waiter:
    """A Waiter over a real terminal (select on stdin); elsewhere it just sleeps."""
    def wait(seconds: float) -> str | None:
        try:
            ready, _, _ = select.select([stdin], [], [], max(seconds, 0.0))
        except (OSError, ValueError, TypeError):  # not a real file: nothing can be pressed
            time.sleep(max(seconds, 0.0))
            return None
        return stdin.readline() if ready else None
    return wait


def _countdown(seconds: float, note: str = "") -> str:
    return f"  prep left {_clock_text(seconds)}" + (f"   {note}" if note else "")


def _clock_text(seconds: float) -> str:
    seconds = max(0, round(seconds))
    return f"{seconds // 60}:{seconds % 60:02d}"


class Terminal:
    """Drives the practice service from text streams; tests pass StringIO and a fake waiter."""

    def __init__(
        self, practice: Practice, store: Store, stdin: TextIO, stdout: TextIO, *,
        interactive: bool, wait: Waiter | None = None, stderr: TextIO | None = None,
    ) -> None:
        self.practice = practice
        self.store = store
        self.stdin = stdin
        self.stdout = stdout
        self.stderr = stderr or stdout  # where a refused speech file or pipe is reported
        self.interactive = interactive
        self.wait = wait or wait_for_enter(stdin)

    @property
    def clock(self) -> Clock:
        return self.practice.clock

    def say(self, text: str = "") -> None:
        self.stdout.write(text + "\n")
        self.stdout.flush()

    def refuse(self, message: str) -> None:
        """One line saying why a speech file or piped speech was not taken."""
        self.stdout.flush()
        self.stderr.write(message + "\n")
        self.stderr.flush()

    def ask(self, prompt: str) -> str | None:
        """One line of answer, or None at end of input."""
        self.stdout.write(prompt)
        self.stdout.flush()
        line = self.stdin.readline()
        return None if line == "" else line.strip()

    # ------------------------------------------------------------------ the loop

    def run(self, options: Options) -> int:
        """Practise until the debater quits; the exit code."""
        person = self.store.call(self.practice.person, _key(options), _name(options))
        self.score_leftovers(person)
        if options.rubric:
            person = replace(person, rubric=options.rubric)
        result = self.store.call(
            self.practice.draw, person, None, motion_id=options.motion_id, side=options.side,
        )
        while True:
            if isinstance(result, NoMatch):
                self.say(result.message)
                return 1
            code = self.round(person, result, options)
            if not self.interactive or code == REFUSED:  # the same file would be refused again
                return code
            choice = self.again()
            if choice == "retry":
                result = self.store.call(self.practice.retry, person, result.attempt_id)
            elif choice == "new":
                result = self.store.call(self.practice.draw, person, None, side=options.side)
            else:
                self.say("Good practice. Your speeches are saved.")
                return 0

    def again(self) -> str:
        """'new', 'retry' or 'quit'. Only q/quit or end of input quits; an unknown answer asks again."""
        prompt = "\nAgain? [Enter] new motion / [r]etry same motion / [q]uit: "
        while True:
            answer = self.ask(prompt)
            if answer is None:
                self.say()  # Ctrl-D leaves the cursor after the prompt
                return "quit"
            choice = AGAIN_ANSWERS.get(answer.lower())
            if choice is not None:
                return choice
            self.say(AGAIN_HINT)
            prompt = "Again? "

    def score_leftovers(self, person: Person) -> None:
        """Score speeches submitted before a crash or a scorer failure; mention the debater's own."""
        for attempt_id in self.store.call(self.practice.unscored):
            try:
                attempt = self.store.call(self.practice.score_attempt, attempt_id)
            except PracticeError:
                continue
            if attempt.person_id == person.id and attempt.card is not None:
                self.say(f"Your earlier speech on “{attempt.motion_text}” is now scored:")
                self.say(render_scorecard(attempt.card, late=attempt.late))

    def round(self, person: Person, draw: Draw, options: Options) -> int:
        """One motion: card, prep, speech, scorecard. The exit code if it were the last."""
        self.say(render_motion(draw.motion, draw.side, draw.side_reason, draw.target_words))
        minutes = person.prep_minutes if options.prep_minutes is None else options.prep_minutes
        typed_early = ""
        if self.interactive and options.speech_file is None and minutes > 0:
            typed_early = self.prep(person, draw, minutes)
        self.store.call(self.practice.begin_speech, person, draw.attempt_id)
        try:
            speech = self.read_speech(options, typed_early)
        except KeyboardInterrupt:  # discarded: nothing half-done is left
            self.store.call(self.practice.cancel, person)
            raise
        except SpeechInputError as error:  # a file or a pipe that is not a speech: nothing to retry
            self.store.call(self.practice.cancel, person)
            self.refuse(error.message)
            return REFUSED
        if not speech.strip():
            self.store.call(self.practice.cancel, person)
            self.say(
                "\nNo speech came in, so there is nothing to score. Pipe one in "
                "(debate-bot practice --side prop < speech.txt) or run this in a terminal to type it."
                if not self.interactive else
                "\nNo speech typed, so there is nothing to score. Retry to have another go at this motion."
            )
            return 0
        try:  # the service checks a typed speech against the same limits
            attempt = self.store.call(self.practice.submit, person, speech)
            self.say(f"\nScoring your {attempt.words}-word speech…")
            attempt = self.store.call(self.practice.score_attempt, attempt.id)
        except PracticeError as error:
            self.say(error.message)
            return 1
        assert attempt.card is not None
        self.say(render_scorecard(attempt.card, late=attempt.late))
        return 0

    def prep(self, person: Person, draw: Draw, minutes: float) -> str:
        """Count the prep down, announcing each stored timer; Enter starts the speech early.

        A line typed during prep is not lost: it is returned as the speech's first line. On a
        terminal the countdown is redrawn in place on its own line, above the line the debater
        types on, so what they type never runs into it.
        """
        timers = self.store.call(self.practice.start_prep, person, draw.attempt_id, None, minutes)
        if not timers:
            return ""
        total = timers[-1].due_at - self.clock.now()
        self.say(f"\nPrep: {_clock_text(total)}. Plan your case; press Enter to start speaking early.")
        live = self.stdout.isatty() and os.environ.get("TERM") != "dumb"
        note = ""
        if live:
            self.say(_countdown(total))  # the cursor waits on the line below it
        for timer in timers:
            while (left := timer.due_at - self.clock.now()) > 0:
                if live:
                    self.redraw_countdown(_countdown(timers[-1].due_at - self.clock.now(), note))
                typed = self.wait(min(1.0, left))
                if typed is not None:  # the debater's Enter already moved to a fresh line
                    self.say("Prep skipped: over to you.")
                    return "" if typed.strip() == END_OF_SPEECH else typed.lstrip("\n")
            if self.store.call(self.practice.fire_timer, timer.id) is None:
                continue
            message = TIMER_MESSAGES[timer.kind].format(
                speaking=_clock_text(self.practice.settings.seconds(self.practice.settings.speech_minutes)))
            if live and timer.kind == "prep_reminder":
                note = message  # shown beside the countdown until prep ends
                continue
            if live:
                self.redraw_countdown(_countdown(0))
            self.say(message)
        return ""

    def redraw_countdown(self, text: str) -> None:
        """Rewrite the countdown line just above the cursor, then put the cursor back."""
        self.stdout.write(f"{_SAVE_CURSOR}{_LINE_UP}\r{text}{_CLEAR_TO_END}{_RESTORE_CURSOR}")
        self.stdout.flush()

    def read_speech(self, options: Options, typed_early: str = "") -> str:
        """The speech from the file, typed lines, or all of piped stdin.

        A file or a pipe is checked against the speech limits (bot.speech_limits) and refused
        with SpeechInputError, except that an empty pipe comes back as "" (a hint follows)."""
        if options.speech_file is not None:
            return read_speech_file(options.speech_file)
        if not self.interactive:
            try:
                return read_speech_stream(self.stdin, "The piped speech")
            except SpeechInputError as error:
                if error.reason == "empty":
                    return ""
                raise
        self.say(f'\nType your speech. End it with a line holding a single "{END_OF_SPEECH}" (or Ctrl-D).')
        lines = [typed_early] if typed_early.strip() else []
        while True:
            try:
                line = self.stdin.readline()
            except KeyboardInterrupt:
                self.keep_or_discard(lines)
                continue
            if not line or line.strip() == END_OF_SPEECH:
                return "".join(lines)
            lines.append(line)

    def keep_or_discard(self, lines: list[str]) -> None:
        """Ctrl-C while typing: ask before throwing the typed lines away.

        Yes, or a second Ctrl-C, raises KeyboardInterrupt again; any other answer keeps them."""
        words = len("".join(lines).split())
        if not words:
            raise KeyboardInterrupt
        count = f"{words:,} word{'s' if words != 1 else ''}"
        try:
            answer = self.ask(f"\nDiscard the speech you have typed ({count})? [y/N] ")
        except KeyboardInterrupt:
            self.say("\nSpeech discarded.")
            raise
        if answer is not None and answer.lower() in ("y", "yes"):
            self.say("Speech discarded.")
            raise KeyboardInterrupt
        self.say(("\n" if answer is None else "") + f"Kept your {count}: carry on typing on the next line.")


def _name(options: Options) -> str:
    if options.name and options.name.strip():
        return options.name.strip()
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "debater"


def _key(options: Options) -> str:
    return f"terminal:{_name(options).lower()}"


def bank_or_problems(settings: Settings, stdout: TextIO) -> Bank | None:
    """The motion bank, or None after listing its problems for a terminal user to fix."""
    try:
        return load_bank(settings.motions)
    except BankError as error:
        stdout.write("The motion bank has problems; fix them and try again:\n")
        stdout.write("".join(f"  {p}\n" for p in error.problems))
        return None


def practise_in_terminal(
    settings: Settings, options: Options, *, stdin: TextIO | None = None, stdout: TextIO | None = None,
    clock: Clock | None = None, scorer: Scorer | None = None, wait: Waiter | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Load the bank, open the database and practise; the exit code. `run` calls this without a token."""
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    stderr = stderr or (sys.stderr if stdout is sys.stdout else stdout)
    bank = bank_or_problems(settings, stdout)
    if bank is None:
        return 2
    practice = Practice(bank, settings, clock or SystemClock(), scorer)
    store = Store(settings.db_path)
    terminal = Terminal(practice, store, stdin, stdout, interactive=stdin.isatty(), wait=wait, stderr=stderr)
    try:
        return terminal.run(options)
    except KeyboardInterrupt:
        stdout.write("\nStopped. Everything you submitted is saved.\n")
        return 130
    finally:
        store.close()


__all__ = ["Options", "Terminal", "practise_in_terminal", "wait_for_enter"]
