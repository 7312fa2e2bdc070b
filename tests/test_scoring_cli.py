"""`debate-bot score`: readable card, --json with stable keys, ad-hoc motions, friendly errors."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from scoring_samples import MOTION_ID, STRONG_PROP, embassy_motion

from bot.cli import main
from bot.motions import load_bank


@pytest.fixture
def speech_file(tmp_path: Path) -> Path:
    path = tmp_path / "speech.txt"
    path.write_text(STRONG_PROP, encoding="utf-8")
    return path


def _in_bank() -> bool:
    try:
        return load_bank().get(MOTION_ID) is not None
    except Exception:  # a broken bank is the bank tests' business
        return False


needs_bank_motion = pytest.mark.skipif(not _in_bank(), reason="the seed motion is not in the bank")


@needs_bank_motion
def test_prints_a_readable_card(speech_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["score", "--motion", MOTION_ID, "--side", "prop", str(speech_file)]) == 0
    out = capsys.readouterr().out
    assert "Total:" in out and "Reasoning" in out and "Fix first" in out
    assert embassy_motion().text[:40] in " ".join(out.split())


@needs_bank_motion
def test_json_has_the_stable_keys(speech_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["score", "--motion", MOTION_ID, "--side", "prop", "--rubric", "wsdc", "--json",
                 str(speech_file)])
    assert code == 0
    card = json.loads(capsys.readouterr().out)
    assert {"motion", "side", "rubric", "total", "scale", "criteria", "flags", "key_points",
            "opposing_points", "scorer_version"} <= set(card)
    assert set(card["criteria"][0]) == {"id", "name", "band", "points", "reason", "strength", "next_step"}
    assert set(card["key_points"]) == {"made", "missed"}
    assert set(card["opposing_points"]) == {"answered", "standing"}
    assert card["rubric"] == "wsdc" and 60 <= card["total"] <= 80


def test_motion_text_reads_standard_input(monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(STRONG_PROP))
    code = main(["score", "--motion-text", "This House would close the US embassy in Baghdad",
                 "--side", "prop", "--json", "-"])
    assert code == 0
    card = json.loads(capsys.readouterr().out)
    assert card["key_points"] == {"made": [], "missed": []}
    assert card["flags"] == []


def test_unknown_motion_is_a_friendly_error(speech_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["score", "--motion", "no-such-motion", "--side", "prop", str(speech_file)]) == 2
    err = capsys.readouterr().err
    assert "no motion with id 'no-such-motion'" in err and "motions list" in err


def test_missing_file_and_bad_rubric_exit_2(speech_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["score", "--motion-text", "This House would ban zoos", "--side", "opp", "nope.txt"]) == 2
    assert "no such file" in capsys.readouterr().err
    code = main(["score", "--motion-text", "This House would ban zoos", "--side", "opp",
                 "--rubric", "nonsense", str(speech_file)])
    assert code == 2
    assert "Try one of" in capsys.readouterr().err


# ------------------------------------------------------------------ refused input (bot.speech_limits)

ZOOS = ["score", "--motion-text", "This House would ban zoos", "--side", "prop"]
REFUSED_FILES = {
    "empty": (b"", "is empty"),
    "whitespace": (b"  \n\t\n  ", "is empty"),
    "nul-filled": (b"\x00" * 4096, "isn't readable text"),
    "nul-in-speech": (b"We win because zoos harm animals.\x00", "isn't readable text"),
    "random-binary": (bytes(range(256)) * 16, "isn't readable text"),
    "latin-1": ("Les zoos sont cruels, café compris.".encode("latin-1"), "isn't UTF-8 text"),
    "105000-words": (b"word " * 105_000, "105,000 words, over the 6,000-word limit"),
    "over-1-mb": (b"x" * (1024 * 1024 + 10), "a speech file must be under 1 MB"),
}


def _one_line_error(capsys: pytest.CaptureFixture[str]) -> str:
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("debate-bot score: ") and captured.err.count("\n") == 1, captured.err
    assert "Traceback" not in captured.err
    return captured.err


@pytest.mark.parametrize("name", REFUSED_FILES)
def test_a_file_that_is_not_a_speech_is_one_line_and_exit_2(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    data, says = REFUSED_FILES[name]
    path = tmp_path / f"{name}.txt"
    path.write_bytes(data)
    assert main([*ZOOS, str(path)]) == 2
    assert says in _one_line_error(capsys)


@pytest.mark.parametrize("name", REFUSED_FILES)
def test_standard_input_that_is_not_a_speech_is_one_line_and_exit_2(
    name: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    data, says = REFUSED_FILES[name]
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    assert main([*ZOOS, "-"]) == 2
    err = _one_line_error(capsys)
    assert "standard input" in err
    assert says.replace("a speech file must be under 1 MB", "over 1 MB") in err


def test_piped_text_without_bytes_is_checked_too(monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("   \n"))
    assert main([*ZOOS, "-"]) == 2
    assert "is empty" in _one_line_error(capsys)


def test_a_folder_is_not_a_speech_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*ZOOS, str(tmp_path)]) == 2
    assert "is a folder, not a speech file" in _one_line_error(capsys)
