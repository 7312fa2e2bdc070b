"""Drills: the service (setting, judging, points coming back, forgetting) and `debate-bot drill`."""

from __future__ import annotations

import io
import random
from pathlib import Path

import pytest
from botrunner import shipped_bank
from sqlite_utils import Database

from bot.cli.drill import drill_in_terminal
from bot.clock import FakeClock
from bot.config import Settings
from bot.drills import Drill, Drills, kind_for_criterion
from bot.motions import other_side
from bot.practice import Practice
from bot.scoring.card import CriterionScore, Scorecard
from bot.storage import open_database

MOTION = "swift-landlord-duties"
UNRELATED = "I like cats, and the weather was lovely at the seaside today."


@pytest.fixture
def db() -> Database:
    return open_database(":memory:")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def drills(clock: FakeClock) -> Drills:
    return Drills(shipped_bank(), Settings(), clock, rng=random.Random(3))


@pytest.fixture
def practice(clock: FakeClock) -> Practice:
    return Practice(shipped_bank(), Settings(), clock, rng=random.Random(3))


def set_drill(drills: Drills, db: Database, practice: Practice, kind: str,
              query: str | None = MOTION) -> Drill:
    found = drills.set(db, practice.person(db, "tg:1", "Ada"), kind, query)  # type: ignore[arg-type]
    assert isinstance(found, Drill)
    return found


def rebuttal_answer(drill: Drill) -> str:
    """An answer that names the point set, says why it fails, and weighs."""
    assert drill.point is not None
    own = drill.motion.points(drill.side)[0]
    return (f"They tell you that {drill.point.claim[0].lower()}{drill.point.claim[1:]} But that is wrong, "
            f"because {own.claim[0].lower()}{own.claim[1:].rstrip('.')}, and this matters far more than "
            "their worry, because it lasts for years.")


def test_a_rebuttal_drill_judges_engagement_and_shows_the_banks_responses(drills, db, practice):
    drill = set_drill(drills, db, practice, "rebuttal")
    assert drill.point in drill.motion.points(other_side(drill.side))
    person = practice.person(db, "tg:1", "Ada")
    result = drills.answer(db, person, rebuttal_answer(drill))
    assert result.judgement.passed and "takes on the point set" in result.judgement.found
    own = {p.claim for p in drill.motion.points(drill.side)}
    assert result.judgement.model and set(result.judgement.model) <= own
    assert (result.summary.done, result.summary.passed) == (1, 1) and not result.comes_back


def test_a_point_left_standing_comes_back_in_the_next_rebuttal_drill(drills, db, practice, clock):
    person = practice.person(db, "tg:1", "Ada")
    first = set_drill(drills, db, practice, "rebuttal")
    failed = drills.answer(db, person, UNRELATED)
    assert not failed.judgement.passed and failed.comes_back
    set_drill(drills, db, practice, "case")
    drills.answer(db, person, UNRELATED)
    clock.advance(3600)
    again = set_drill(drills, db, practice, "rebuttal", None)
    assert again.returning and (again.motion.id, again.point) == (first.motion.id, first.point)
    answered = drills.answer(db, person, rebuttal_answer(again))
    assert answered.judgement.passed
    assert (answered.summary.done, answered.summary.passed) == (2, 1)
    assert not set_drill(drills, db, practice, "rebuttal", None).returning  # answered: it stays away


def test_case_building_finds_the_banks_points_by_meaning(drills, db, practice):
    drill = set_drill(drills, db, practice, "case")
    person = practice.person(db, "tg:1", "Ada")
    points = drill.motion.points(drill.side)
    answer = "\n".join(f"{p.claim.rstrip('.')}, because {p.reasoning[0].lower()}{p.reasoning[1:]}"
                       for p in points[:3])
    result = drills.answer(db, person, answer)
    assert result.judgement.passed and len(result.judgement.found) >= 2
    assert set(result.judgement.found) <= {p.claim for p in points}
    assert set(result.judgement.missed).isdisjoint(result.judgement.found)
    poor = set_drill(drills, db, practice, "case")
    result = drills.answer(db, person, UNRELATED)
    assert not result.judgement.found and result.judgement.missed and not result.judgement.passed
    assert poor.motion.id == MOTION


def test_weighing_rewards_comparison_over_restating(drills, db, practice):
    person = practice.person(db, "tg:1", "Ada")
    drill = set_drill(drills, db, practice, "weighing")
    assert drill.own_point is not None and drill.point is not None
    restated = drills.answer(db, person, drill.own_point.claim)
    set_drill(drills, db, practice, "weighing")
    compared = drills.answer(db, person, (
        f"{drill.own_point.claim} This harm is far bigger than theirs because it hits more people, "
        "it is likelier to happen, and it is irreversible: a family that loses its home cannot undo it "
        "for years, while their cost is temporary."))
    assert compared.judgement.passed and compared.judgement.score > restated.judgement.score
    assert any("reversibility" in f for f in compared.judgement.found)


def test_no_kind_given_picks_the_drill_for_the_weakest_criterion(drills, db, practice):
    assert kind_for_criterion("practice", "engagement") == "rebuttal"
    assert kind_for_criterion("practice", "impact") == "weighing"
    assert kind_for_criterion("practice", "relevance") == "case"
    person = practice.person(db, "tg:1", "Ada")
    assert drills.choose_kind(db, person)[0] == "rebuttal"  # nothing scored, nothing drilled
    drawn = practice.draw(db, person)
    practice.submit(db, person, "A speech.")
    practice.store_card(db, drawn.attempt_id, Scorecard(  # type: ignore[union-attr]
        motion="m", side="prop", rubric="practice", total=50.0, scale=(0.0, 100.0), criteria=(
            CriterionScore("relevance", "Relevance", 4, 16.0, "", "", ""),
            CriterionScore("impact", "Impact and weighing", 1, 1.0, "", "", ""),
            CriterionScore("engagement", "Engagement", 3, 5.0, "", "", ""))))
    kind, why = drills.choose_kind(db, person)
    assert kind == "weighing" and "Impact and weighing" in why
    chosen = drills.set(db, person)
    assert isinstance(chosen, Drill) and chosen.kind == "weighing"


def test_forget_deletes_drills(drills, db, practice):
    person = practice.person(db, "tg:1", "Ada")
    set_drill(drills, db, practice, "case")
    drills.answer(db, person, UNRELATED)
    set_drill(drills, db, practice, "rebuttal")
    assert db.execute("SELECT COUNT(*) FROM drills").fetchone()[0] == 2
    practice.forget(db, person)
    assert db.execute("SELECT COUNT(*) FROM drills").fetchone()[0] == 0


def test_debate_bot_drill_in_the_terminal(tmp_path: Path):
    settings = Settings(db_path=str(tmp_path / "debate.db"))
    motion = shipped_bank().get(MOTION)
    assert motion is not None
    answer = "\n".join(p.claim for p in motion.prop[:3]) + "\n.\n"
    out = io.StringIO()
    code = drill_in_terminal(settings, "case", MOTION, "ada", stdin=io.StringIO(answer), stdout=out)
    text = out.getvalue()
    assert code == 0 and "🎯 Case building drill" in text and motion.text in text
    assert "📋 Case building drill ·" in text and "Cases built this week: 1" in text

    out = io.StringIO()
    code = drill_in_terminal(settings, "rebuttal", MOTION, "ada", stdin=io.StringIO(UNRELATED), stdout=out)
    assert code == 0 and "comes back in your next rebuttal drill" in out.getvalue()
    assert "Rebuttals this week: 1, answered 0" in out.getvalue()
    out = io.StringIO()
    assert drill_in_terminal(settings, "rebuttal", None, "ada", stdin=io.StringIO(""), stdout=out) == 1
    assert "Back again" in out.getvalue() and "No answer came in" in out.getvalue()
