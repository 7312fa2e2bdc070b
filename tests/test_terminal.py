"""Terminal practice driven through scripted input and output streams."""

from __future__ import annotations

import io
import random
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

import bot.practice.service
from bot.cli import main
from bot.clock import FakeClock
from bot.config import Settings
from bot.motions import Bank, KeyPoint, Motion, SideName, Source
from bot.practice import Practice
from bot.rubric import rubric_names
from bot.scoring.card import CriterionScore, Scorecard
from bot.storage import Store
from bot.terminal import Options, Terminal
from bot.text_render import render_scorecard

MOTION = Motion(
    id="ban-cars", text="This House would ban private cars from city centres", type="policy",
    info_slide="Many cities are choked by traffic.", source=Source(title="Streets for people"),
    tags=("transport",), definitions={"city centre": "the historic core of a city"},
    prop=(KeyPoint("Cleaner air", "fewer exhaust fumes"),),
    opp=(KeyPoint("Access", "people need to reach work"),),
)
OTHER = Motion(
    id="tax-sugar", text="This House would tax sugary drinks", type="policy", info_slide="",
    source=Source(title="Sweet tax"), tags=("health",),
    prop=(KeyPoint("Health", "less sugar"),), opp=(KeyPoint("Cost", "hits the poor"),),
)
SPEECH = "Cars poison the air we breathe.\nBanning them makes streets safe for children.\n"


def card(speech: str, motion: Motion, side: SideName, rubric: str) -> Scorecard:
    return Scorecard(
        motion=motion.text, side=side, rubric=rubric, total=71.5, scale=(50.0, 100.0),
        criteria=(CriterionScore(
            "matter", "Matter", 3, 28.0, "Two reasons, one example.", "Clear harm to children.",
            "Explain why a ban beats a charge.",
        ),),
        flags=("too_short",), key_points_made=("Cleaner air",), key_points_missed=("Safer streets",),
        opposing_standing=("People need to reach work",), scorer_version="fake-2",
    )


class Script:
    """A terminal session: scripted input, captured output, a clock the waiter moves."""

    def __init__(self, tmp_path: Path, text: str, *, interactive: bool, enter_after: float | None = None):
        self.clock = FakeClock()
        self.store = Store(tmp_path / "debate.db")
        self.practice = Practice(
            Bank((MOTION, OTHER)), Settings(prep_minutes=3, time_scale=0.5), self.clock, card,
            rng=random.Random(1),
        )
        self.out = io.StringIO()
        self.waited = 0.0
        self.enter_after = enter_after
        self.terminal = Terminal(
            self.practice, self.store, io.StringIO(text), self.out, interactive=interactive, wait=self.wait,
        )

    def wait(self, seconds: float) -> str | None:
        """Time passes; after `enter_after` seconds the debater presses Enter (the next input line)."""
        if self.enter_after is not None and self.waited >= self.enter_after:
            return self.terminal.stdin.readline()
        self.clock.advance(seconds)
        self.waited += seconds
        return None

    def rows(self, sql: str) -> list[tuple[object, ...]]:
        return self.store.call(lambda db: db.execute(sql).fetchall())


@pytest.fixture
def scripts(tmp_path: Path) -> Iterator[list[Script]]:
    made: list[Script] = []
    yield made
    for script in made:
        script.store.close()


def session(
    scripts: list[Script], tmp_path: Path, text: str, *, interactive: bool, enter_after: float | None = None,
) -> Script:
    script = Script(tmp_path, text, interactive=interactive, enter_after=enter_after)
    scripts.append(script)
    return script


def test_piped_speech_is_scored_and_printed(scripts: list[Script], tmp_path: Path) -> None:
    s = session(scripts, tmp_path, SPEECH, interactive=False)
    assert s.terminal.run(Options(motion_id="ban-cars", side="prop")) == 0
    out = s.out.getvalue()
    for expected in (
        MOTION.text, "Info slide:", "city centre: the historic core", "Your side: PROPOSITION",
        "You chose Proposition.", "Total: 71.5 on 50–100", "Matter 3/5 · 28 points: Two reasons",
        "Fix first", "Explain why a ban", "Key points: you made 1 of your side's 2", "- Safer streets",
        "! People need to reach work", "is too short to judge fully",
    ):
        assert expected in out
    assert s.waited == 0  # no prep when the speech is piped
    stored = s.rows("SELECT state, speech, scorer_version FROM attempts")
    assert stored == [("scored", SPEECH.strip(), "fake-2")]


def test_empty_pipe_gives_a_hint_and_stores_nothing(scripts: list[Script], tmp_path: Path) -> None:
    s = session(scripts, tmp_path, "", interactive=False)
    assert s.terminal.run(Options()) == 0
    assert "No speech came in" in s.out.getvalue()
    assert s.rows("SELECT state FROM attempts") == [("cancelled",)]


def test_an_empty_typed_speech_is_dropped_and_retry_works(scripts: list[Script], tmp_path: Path) -> None:
    s = session(scripts, tmp_path, ".\nr\n" + SPEECH + ".\nq\n", interactive=True)
    assert s.terminal.run(Options(motion_id="ban-cars", prep_minutes=0)) == 0
    out = s.out.getvalue()
    assert "No speech typed, so there is nothing to score." in out and "Your speech is empty" not in out
    assert s.rows("SELECT state FROM attempts ORDER BY id") == [("cancelled",), ("scored",)]


def test_interactive_prep_speech_retry_and_quit(scripts: list[Script], tmp_path: Path) -> None:
    text = SPEECH + ".\n" + "r\n" + "A second, better speech.\n.\n" + "q\n"
    s = session(scripts, tmp_path, text, interactive=True)
    assert s.terminal.run(Options(motion_id="ban-cars", side="opp")) == 0
    out = s.out.getvalue()
    assert "Prep: 1:30" in out
    reminder, end = out.index("One minute of prep left."), out.index("Time! Prep is over")
    assert reminder < end < out.index("Type your speech")
    assert "Hand it in within 3:30 or it counts as late." in out  # 7 speaking minutes at time scale 0.5
    assert out.count("SCORECARD") == 2
    assert "Same motion, same side (Opposition)" in out
    assert out.rstrip().endswith("Good practice. Your speeches are saved.")
    assert s.waited == pytest.approx(2 * 90)
    assert s.rows("SELECT motion_id, side, state FROM attempts") == [("ban-cars", "opp", "scored")] * 2
    assert s.rows("SELECT COUNT(*) FROM timers WHERE fired_at IS NULL AND cancelled_at IS NULL") == [(0,)]


def test_enter_skips_prep(scripts: list[Script], tmp_path: Path) -> None:
    s = session(scripts, tmp_path, "\n" + SPEECH + ".\nq\n", interactive=True, enter_after=10)
    assert s.terminal.run(Options(prep_minutes=5)) == 0
    out = s.out.getvalue()
    assert "Prep skipped" in out and "One minute of prep left." not in out
    assert s.rows("SELECT COUNT(*) FROM timers WHERE cancelled_at IS NOT NULL") == [(2,)]
    assert s.rows("SELECT speech FROM attempts") == [(SPEECH.strip(),)]


def test_a_line_typed_during_prep_starts_the_speech(scripts: list[Script], tmp_path: Path) -> None:
    s = session(scripts, tmp_path, SPEECH + ".\nq\n", interactive=True, enter_after=3)
    assert s.terminal.run(Options(prep_minutes=5)) == 0
    assert s.rows("SELECT speech, state FROM attempts") == [(SPEECH.strip(), "scored")]


def test_new_motion_and_end_of_input(scripts: list[Script], tmp_path: Path) -> None:
    s = session(scripts, tmp_path, SPEECH + ".\nn\n" + SPEECH, interactive=True)
    assert s.terminal.run(Options(motion_id="ban-cars", prep_minutes=0)) == 0
    motions = s.rows("SELECT motion_id, state FROM attempts ORDER BY id")
    assert motions == [("ban-cars", "scored"), ("tax-sugar", "scored")]


def test_speech_from_a_file_and_a_missing_file(scripts: list[Script], tmp_path: Path) -> None:
    speech = tmp_path / "speech.txt"
    speech.write_text(SPEECH, encoding="utf-8")
    s = session(scripts, tmp_path, "", interactive=False)
    assert s.terminal.run(Options(speech_file=speech, rubric="wsdc")) == 0
    assert s.rows("SELECT rubric, state FROM attempts") == [("wsdc", "scored")]
    assert "rubric: World Schools (WSDC)" in s.out.getvalue()
    missing = session(scripts, tmp_path / "other", "", interactive=False)
    assert missing.terminal.run(Options(speech_file=tmp_path / "nope.txt")) == 2
    assert "I could not read" in missing.out.getvalue()


def test_unknown_motion_and_too_long_speech(scripts: list[Script], tmp_path: Path) -> None:
    s = session(scripts, tmp_path, "", interactive=False)
    assert s.terminal.run(Options(motion_id="ban-bikes")) == 1
    assert "There is no motion “ban-bikes”" in s.out.getvalue()
    long = session(scripts, tmp_path / "long", "word " * 7000, interactive=False)
    assert long.terminal.run(Options()) == 2  # a refused pipe, like a refused file
    assert "7,000 words, over the 6,000-word limit: please shorten it" in long.out.getvalue()
    assert long.rows("SELECT state FROM attempts") == [("cancelled",)]


def test_a_speech_left_unscored_is_scored_next_time(scripts: list[Script], tmp_path: Path) -> None:
    s = session(scripts, tmp_path, "", interactive=False)
    person = s.store.call(s.practice.person, "terminal:ada", "Ada")
    s.store.call(s.practice.draw, person, None, motion_id="tax-sugar")
    s.store.call(s.practice.submit, person, "Sugar is a slow poison.")
    assert s.terminal.run(Options(name="Ada")) == 0
    out = s.out.getvalue()
    assert out.index("Your earlier speech on “This House would tax sugary drinks”") < out.index("MOTION")
    assert s.rows("SELECT COUNT(*) FROM attempts WHERE state = 'scored'") == [(1,)]


def test_late_speech_says_so() -> None:
    text = render_scorecard(card("", MOTION, "prop", "practice"), late=True)
    assert "Handed in after the speaking time" in text


def test_a_wrong_side_card_gives_its_fix_once_and_praises_nothing() -> None:
    fix = "Argue the side you were given; swap your arguments for that side's case."
    none = "Not shown yet in this speech."
    criteria = tuple(CriterionScore(name.lower(), name, 2, 4.0, f"Why {name}.", none, fix)
                     for name in ("Reasoning", "Evidence", "Clarity"))
    wrong = Scorecard(MOTION.text, "opp", "practice", 14.0, (0.0, 100.0), criteria, flags=("wrong_side",))
    text = render_scorecard(wrong)
    assert text.count("Argue the side you were given") == 1 and "Fix first:" in text
    assert "Not shown yet" not in text and "Strongest" not in text and "Why Clarity." in text
    assert "rubric: Practice" in text
    long = replace(wrong, criteria=tuple(replace(c, next_step=fix * 3) for c in criteria))
    wrapped = render_scorecard(long).split("Fix first: ", 1)[1].split("\n")
    assert wrapped[1].startswith(" " * 4) and not wrapped[1].startswith(" " * 5)  # indented under the advice


def test_cli_practice_reads_a_piped_speech(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(bot.practice.service, "_default_scorer", card)
    monkeypatch.setattr("sys.stdin", io.StringIO(SPEECH))
    monkeypatch.delenv("DEBATE_BOT_MOTIONS", raising=False)
    code = main(["practice", "--db", str(tmp_path / "cli.db"), "--side", "opp", "--name", "Ada"])
    out = capsys.readouterr().out
    if "motion bank is empty" in out:
        pytest.skip("no motions shipped yet")
    assert code == 0, out
    assert "Your side: OPPOSITION" in out and "SCORECARD" in out


def test_cli_refuses_bad_flags(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["practice", "--db", str(tmp_path / "x.db"), "--prep", "90"]) == 2
    assert "between 0 and 60" in capsys.readouterr().err
    assert main(["practice", "--db", str(tmp_path / "x.db"), "--rubric", "nope"]) == 2
    known = ", ".join(rubric_names())
    said = capsys.readouterr().err
    assert said == f"debate-bot practice: --rubric: there is no rubric called 'nope'. I know {known}.\n"
    with pytest.raises(SystemExit):
        main(["practice", "--prep", "5", "--no-prep"])


# ------------------------------------------------------------------ refused speeches (bot.speech_limits)

REFUSED = {
    "whitespace": (b" \n\t\n ", "No speech came in"),  # the empty-pipe hint, as for nothing at all
    "nul-bytes": (b"Cars poison the air.\x00\x00", "isn't readable text"),
    "invalid-binary": (bytes(range(128, 256)) * 8, "isn't readable text"),
    "latin-1": ("Caf\xe9s need parking.".encode("latin-1"), "isn't UTF-8 text"),
    "oversized": (b"word " * 6001, "6,001 words, over the 6,000-word limit"),
}


@pytest.mark.parametrize("name", REFUSED)
def test_a_piped_speech_that_is_not_a_speech_is_refused(
    name: str, scripts: list[Script], tmp_path: Path,
) -> None:
    data, says = REFUSED[name]
    s = session(scripts, tmp_path, "", interactive=False)
    s.terminal.stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")  # real stdin has bytes
    err = io.StringIO()
    s.terminal.stderr = err
    code = s.terminal.run(Options(motion_id="ban-cars"))
    assert s.rows("SELECT state FROM attempts") == [("cancelled",)], "nothing half-done is left"
    if name == "whitespace":
        assert code == 0 and says in s.out.getvalue()
        return
    assert code == 2
    assert err.getvalue().count("\n") == 1 and says in err.getvalue(), "one line on stderr"
    assert says not in s.out.getvalue()


def test_a_typed_speech_over_the_limit_can_be_retried(scripts: list[Script], tmp_path: Path) -> None:
    s = session(scripts, tmp_path, "word " * 6001 + "\n.\nr\n" + SPEECH + ".\nq\n", interactive=True)
    assert s.terminal.run(Options(motion_id="ban-cars", prep_minutes=0)) == 0
    out = s.out.getvalue()
    assert "Your speech is 6,001 words, over the 6,000-word limit: please shorten it" in out
    assert s.rows("SELECT state FROM attempts ORDER BY id") == [("cancelled",), ("scored",)]


@pytest.mark.parametrize("name", ["empty", "whitespace", "nul-bytes", "invalid-binary", "oversized",
                                  "folder"])
def test_cli_practice_file_that_is_not_a_speech_is_one_line_and_exit_2(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / f"{name}.txt"
    if name == "folder":
        path.mkdir()
        says = "is a folder, not a speech file"
    elif name == "empty":
        path.write_bytes(b"")
        says = "is empty"
    else:
        data, says = REFUSED[name]
        path.write_bytes(data)
        says = "is empty" if name == "whitespace" else says
    db = tmp_path / "cli.db"
    assert main(["practice", "--db", str(db), "--no-prep", "--file", str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == "", "no motion is drawn for a file that cannot be scored"
    assert captured.err.startswith("debate-bot practice: ") and captured.err.count("\n") == 1
    assert says in captured.err and "Traceback" not in captured.err
    assert not db.exists()


# ------------------------------------------------------------------ how a debater drives the loop

def test_again_prompt_only_q_or_end_of_input_quits(scripts: list[Script], tmp_path: Path) -> None:
    text = SPEECH + ".\n" + "x\n" + "\n" + SPEECH + ".\n" + "yes\n" + SPEECH + ".\n" + "Q\n"
    s = session(scripts, tmp_path, text, interactive=True)
    assert s.terminal.run(Options(motion_id="ban-cars", prep_minutes=0)) == 0
    out = s.out.getvalue()
    assert out.count("Type Enter for another motion, r to retry this one, or q to quit.") == 1  # after "x"
    assert out.count("SCORECARD") == 3, "Enter and yes each went on to another motion"
    assert out.rstrip().endswith("Good practice. Your speeches are saved.")
    assert s.rows("SELECT state FROM attempts ORDER BY id") == [("scored",)] * 3
    for quit_with in ("quit\n", ""):  # the word, or Ctrl-D
        done = session(scripts, tmp_path / quit_with.strip(), SPEECH + ".\n" + quit_with, interactive=True)
        assert done.terminal.run(Options(motion_id="ban-cars", prep_minutes=0)) == 0
        assert done.out.getvalue().count("SCORECARD") == 1
        assert done.out.getvalue().rstrip().endswith("Good practice. Your speeches are saved.")


class Keys(io.StringIO):
    """Typed input where KEYBOARD_INTERRUPT stands for the debater pressing Ctrl-C."""

    def __init__(self, *typed: str) -> None:
        super().__init__()
        self.typed = list(typed)

    def readline(self, size: int | None = -1) -> str:
        if not self.typed:
            return ""
        key = self.typed.pop(0)
        if key == CTRL_C:
            raise KeyboardInterrupt
        return key


CTRL_C = "<Ctrl-C>"


def test_ctrl_c_while_typing_asks_and_keeps_the_speech(scripts: list[Script], tmp_path: Path) -> None:
    first, rest = SPEECH.splitlines(keepends=True)
    s = session(scripts, tmp_path, "", interactive=True)
    s.terminal.stdin = Keys(first, CTRL_C, "n\n", rest, ".\n", "q\n")
    try:
        assert s.terminal.run(Options(motion_id="ban-cars", prep_minutes=0)) == 0
    except KeyboardInterrupt:  # never let it stop the test run
        pytest.fail("Ctrl-C threw the typed speech away without asking")
    out = s.out.getvalue()
    assert "Discard the speech you have typed (6 words)? [y/N] " in out
    assert "Kept your 6 words: carry on typing" in out and "SCORECARD" in out
    assert s.rows("SELECT speech, state FROM attempts") == [(SPEECH.strip(), "scored")], "nothing lost"


@pytest.mark.parametrize("answer", ["y\n", CTRL_C])
def test_ctrl_c_then_yes_or_a_second_ctrl_c_discards(
    answer: str, scripts: list[Script], tmp_path: Path,
) -> None:
    s = session(scripts, tmp_path, "", interactive=True)
    s.terminal.stdin = Keys("Cars poison the air.\n", CTRL_C, answer, "never read\n")
    with pytest.raises(KeyboardInterrupt):  # practise_in_terminal says "Stopped." and exits 130
        s.terminal.run(Options(motion_id="ban-cars", prep_minutes=0))
    out = s.out.getvalue()
    assert "Discard the speech you have typed (4 words)? [y/N] " in out
    assert "Speech discarded." in out and "SCORECARD" not in out
    assert s.rows("SELECT state FROM attempts") == [("cancelled",)]


def test_ctrl_c_before_typing_anything_stops_at_once(scripts: list[Script], tmp_path: Path) -> None:
    s = session(scripts, tmp_path, "", interactive=True)
    s.terminal.stdin = Keys(CTRL_C, "never read\n")
    with pytest.raises(KeyboardInterrupt):
        s.terminal.run(Options(motion_id="ban-cars", prep_minutes=0))
    assert "Discard" not in s.out.getvalue()


class Screen(io.StringIO):
    """A terminal's screen: output and the debater's echoed typing land at the cursor.

    Understands what the prep countdown writes: \\r, \\n, save/restore cursor, cursor up, clear."""

    def __init__(self) -> None:
        super().__init__()
        self.lines: list[list[str]] = [[]]
        self.row = self.col = 0
        self.saved = (0, 0)

    def isatty(self) -> bool:
        return True

    def write(self, text: str) -> int:
        i = 0
        while i < len(text):
            for control in ("\x1b7", "\x1b8", "\x1b[A", "\x1b[K"):
                if text.startswith(control, i):
                    self.control(control)
                    i += len(control)
                    break
            else:
                self.put(text[i])
                i += 1
        return super().write(text)

    def control(self, control: str) -> None:
        if control == "\x1b7":
            self.saved = (self.row, self.col)
        elif control == "\x1b8":
            self.row, self.col = self.saved
        elif control == "\x1b[A":
            self.row = max(0, self.row - 1)
        else:
            del self.lines[self.row][self.col:]

    def put(self, char: str) -> None:
        if char == "\r":
            self.col = 0
        elif char == "\n":
            self.row, self.col = self.row + 1, 0
            if self.row == len(self.lines):
                self.lines.append([])
        else:
            line = self.lines[self.row]
            line.extend(" " * (self.col - len(line)))
            line[self.col:self.col + 1] = [char]
            self.col += 1

    def text(self) -> list[str]:
        return ["".join(line).rstrip() for line in self.lines]


def test_typing_during_the_prep_countdown_never_shares_its_line(
    scripts: list[Script], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TERM", "xterm")
    s = session(scripts, tmp_path, "", interactive=True)
    screen = Screen()
    s.terminal.stdout = screen
    typed = "Cars poison the air we breathe."
    s.terminal.stdin = io.StringIO(SPEECH.split("\n", 1)[1] + ".\nq\n")

    def wait(seconds: float) -> str | None:
        """The debater types a line from 74 seconds on; the terminal echoes it at the cursor."""
        if s.waited == 74:
            screen.write(typed[:10])  # halfway through the line a second ticks by
        elif s.waited == 75:
            screen.write(typed[10:] + "\n")
            return typed + "\n"
        s.clock.advance(seconds)
        s.waited += seconds
        return None

    s.terminal.wait = wait
    assert s.terminal.run(Options(motion_id="ban-cars")) == 0  # 3 minutes at time scale 0.5
    lines = screen.text()
    countdown = [line for line in lines if "prep left" in line]
    assert countdown == ["  prep left 0:15   One minute of prep left."], "one line, redrawn in place"
    assert typed in lines, "the typed line is whole, on a line of its own"
    assert lines.index(typed) == lines.index(countdown[0]) + 1
    assert lines[lines.index(typed) + 1] == "Prep skipped: over to you."
    assert s.rows("SELECT speech FROM attempts") == [(SPEECH.strip(),)], "the typed line starts the speech"


def test_the_countdown_runs_out_on_its_own_line(
    scripts: list[Script], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TERM", "xterm")
    s = session(scripts, tmp_path, SPEECH + ".\nq\n", interactive=True)
    screen = Screen()
    s.terminal.stdout = screen
    assert s.terminal.run(Options(motion_id="ban-cars")) == 0
    lines = screen.text()
    assert [line for line in lines if "prep left" in line] == ["  prep left 0:00"]
    after = lines[lines.index("  prep left 0:00") + 1]
    assert after.startswith("Time! Prep is over: start your speech.")
    assert "One minute of prep left." not in "\n".join(lines), "the reminder was shown beside the clock"
    assert "\x1b" not in s.out.getvalue(), "the plain output (not a terminal) has no controls"


def test_a_folder_given_as_the_speech_file_says_so(scripts: list[Script], tmp_path: Path) -> None:
    folder = tmp_path / "speeches"
    folder.mkdir()
    s = session(scripts, tmp_path, "", interactive=True)
    err = io.StringIO()
    s.terminal.stderr = err
    assert s.terminal.run(Options(motion_id="ban-cars", speech_file=folder)) == 2
    said = f"{folder} is a folder, not a speech file: give the path of a .txt or .md file.\n"
    assert err.getvalue() == said, "one line on stderr"
    assert "Again?" not in s.out.getvalue(), "no 'Again?' that would read the same folder again"
    assert s.rows("SELECT state FROM attempts") == [("cancelled",)]


@pytest.mark.parametrize("verb", ["practice", "run"])
def test_an_unknown_rubric_in_the_environment_is_a_clear_error(
    verb: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("DEBATE_BOT_RUBRIC", "nope")
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    assert main([verb, "--db", str(tmp_path / "x.db")]) == 2
    captured = capsys.readouterr()
    assert captured.err == (f"debate-bot {verb}: DEBATE_BOT_RUBRIC: there is no rubric called 'nope'. "
                            f"I know {', '.join(rubric_names())}.\n")
    assert "practice, " in captured.err
    assert captured.out == "" and not (tmp_path / "x.db").exists()
