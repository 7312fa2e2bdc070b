"""`debate-bot export`: a club's record as CSV files or one JSON file."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from clubfake import BANK, CRITERIA, NIGHT_TRAINS, fake_score

from bot import club
from bot.cli import main
from bot.storage import open_database

CHAT = -1001
T0 = 1_800_000_000.0
SPEAKERS = {11: "Ada", 12: "Ben"}
JUDGE = 21


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "debate.db"
    db = open_database(path)
    rnd = club.create_round(db, CHAT, "Club", 1, NIGHT_TRAINS, "open", "practice", CRITERIA,
                            lambda m: m * 60, T0)
    for uid, name in SPEAKERS.items():
        club.join(db, rnd.id, uid, name, "speaker", T0)
    club.join(db, rnd.id, JUDGE, "Judge", "adjudicator", T0)
    club.start(db, rnd.id, T0, seed=77)
    for timer in club.pending(db):
        if timer.kind == "prep_end":
            club.fire_timer(db, timer.id, T0 + 900)
    club.submit_speech(db, rnd.id, 11, "Emissions fall, because rail is clean, and that matters.", "speech",
                       T0 + 950, BANK, fake_score)
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
    db.close()
    return path


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_csv_export_writes_every_table(db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    out = tmp_path / "export"
    assert main(["export", "--chat", str(CHAT), "--db", str(db_path), "--out", str(out)]) == 0
    printed = capsys.readouterr().out.split()
    assert len(printed) == 5
    rounds = read(out / f"club{CHAT}-rounds.csv")
    assert [(r["stage"], r["draw_seed"], r["decided_by"]) for r in rounds] == [
        ("done", "77", "adjudicators"), ("cancelled", "", "")]
    speeches = read(out / f"club{CHAT}-speeches.csv")
    assert [(s["name"], s["kind"], s["late"]) for s in speeches] == [("Ada", "speech", "False")]
    assert "rail is clean" in speeches[0]["text"]
    cards = read(out / f"club{CHAT}-scorecards.csv")
    assert {c["criterion"] for c in cards} == {"reasoning", "rebuttal"}
    ballots = read(out / f"club{CHAT}-ballots.csv")
    assert len(ballots) == 4 and {b["comment"] for b in ballots} == {"Clear, with one good mechanism"}
    table = {r["name"]: r for r in read(out / f"club{CHAT}-standings.csv")}
    ada = table["Ada"]
    assert (ada["wins"], ada["average"], ada["avg_reasoning"]) == ("1", "4.0", "4.0")
    assert table["Ben"]["wins"] == "0"


def test_json_export_is_one_file(db_path: Path, tmp_path: Path) -> None:
    assert main(["export", "--chat", str(CHAT), "--db", str(db_path), "--format", "json",
                 "--out", str(tmp_path)]) == 0
    data = json.loads((tmp_path / f"club{CHAT}.json").read_text(encoding="utf-8"))
    assert set(data) == {"chat_id", "rounds", "speeches", "scorecards", "ballots", "standings"}
    assert data["rounds"][0]["winner"] in ("prop", "opp")
    assert data["standings"][0]["name"] == "Ada"


def test_export_errors_say_what_to_do(db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["export", "--chat", "-5", "--db", str(db_path), "--out", str(tmp_path)]) == 1
    assert "has no club rounds" in capsys.readouterr().err
    missing = tmp_path / "nope.db"
    assert main(["export", "--chat", str(CHAT), "--db", str(missing)]) == 1
    assert "no database" in capsys.readouterr().err
    assert not missing.exists(), "export must not create a database"
