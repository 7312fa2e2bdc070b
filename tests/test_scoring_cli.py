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
    assert "Total:" in out and "Reasoning" in out and "Next:" in out
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
