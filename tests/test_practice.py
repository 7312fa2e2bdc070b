"""The solo practice service: draw, sides, prep timers, speech, scoring, history, forgetting."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from sqlite_utils import Database

from bot.clock import FakeClock
from bot.config import Settings
from bot.motions import Bank, KeyPoint, Motion, SideName, Source
from bot.practice import (
    AttemptNotFound,
    Draw,
    NoActiveAttempt,
    NoMatch,
    Practice,
    PracticeError,
    ScoreRequest,
    ScoringFailed,
    SettingValueError,
    SpeechError,
)
from bot.scoring.card import CriterionScore, Scorecard
from bot.speech_limits import MAX_SPEECH_WORDS
from bot.storage import open_database
from bot.storage.practice import PERSON_TABLES


def motion(mid: str, *tags: str) -> Motion:
    return Motion(
        id=mid, text=f"This House would {mid.replace('-', ' ')}", type="policy",
        info_slide="A short context.", source=Source(title="An essay"), tags=tags,
        prop=(KeyPoint("It helps people", "because of a mechanism"),),
        opp=(KeyPoint("It harms people", "because of a cost"),),
    )


BANK = Bank((
    motion("ban-cars", "transport", "cities"),
    motion("tax-sugar", "health"),
    motion("free-transit", "transport"),
))


def fake_scorer(speech: str, m: Motion, side: SideName, rubric: str) -> Scorecard:
    """Points grow with the speech's length, so different speeches get different totals."""
    words = len(speech.split())
    return Scorecard(
        motion=m.text, side=side, rubric=rubric, total=60.0 + min(words, 30), scale=(50.0, 100.0),
        criteria=(
            CriterionScore("matter", "Matter", 3, 20.0 + min(words, 10), "reason", "strength", "next"),
            CriterionScore("manner", "Manner", 2, 10.0, "reason", "strength", "next"),
        ),
        scorer_version="fake-1",
    )


def broken_scorer(speech: str, m: Motion, side: SideName, rubric: str) -> Scorecard:
    raise RuntimeError("model file missing")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def db() -> Database:
    return open_database(":memory:")


@pytest.fixture
def practice(clock: FakeClock) -> Practice:
    return Practice(BANK, Settings(prep_minutes=5), clock, fake_scorer, rng=random.Random(7))


def drawn(result: Draw | NoMatch) -> Draw:
    assert isinstance(result, Draw), result
    return result


def speak(practice: Practice, db: Database, person_key: str = "tg:1", words: int = 12) -> int:
    """Draw, submit and score one speech; the attempt id."""
    person = practice.person(db, person_key, "Ada")
    draw = drawn(practice.draw(db, person))
    practice.submit(db, person, " ".join(["argument"] * words))
    return practice.score_attempt(db, draw.attempt_id).id


def test_person_is_created_once_and_keeps_the_latest_name(practice: Practice, db: Database) -> None:
    first = practice.person(db, "tg:42", "Ada")
    again = practice.person(db, "tg:42", "Ada L.")
    assert again.id == first.id
    assert again.name == "Ada L."
    assert (again.rubric, again.prep_minutes) == ("practice", 5)


def test_draw_gives_a_motion_a_side_and_why(practice: Practice, db: Database) -> None:
    person = practice.person(db, "tg:1", "Ada")
    draw = drawn(practice.draw(db, person))
    assert draw.motion in BANK.motions
    assert draw.side in ("prop", "opp")
    assert "coin toss" in draw.side_reason
    active = practice.active(db, person)
    assert active is not None and active.id == draw.attempt_id and active.state == "drafted"


def test_draw_by_id_tag_and_side(practice: Practice, db: Database) -> None:
    person = practice.person(db, "tg:1", "Ada")
    by_id = drawn(practice.draw(db, person, "tax-sugar"))
    assert by_id.motion.id == "tax-sugar"
    for _ in range(5):
        assert "transport" in drawn(practice.draw(db, person, "transport")).motion.tags
    chosen = drawn(practice.draw(db, person, motion_id="ban-cars", side="opp"))
    assert (chosen.motion.id, chosen.side, chosen.side_reason) == ("ban-cars", "opp", "You chose Opposition.")


def test_unknown_topic_is_no_match_with_suggestions(practice: Practice, db: Database) -> None:
    person = practice.person(db, "tg:1", "Ada")
    result = practice.draw(db, person, "transprot")
    assert isinstance(result, NoMatch)
    assert "transport" in result.suggestions
    assert result.tags == ["cities", "health", "transport"]
    assert isinstance(practice.draw(db, person, motion_id="no-such-motion"), NoMatch)
    assert practice.active(db, person) is None


def test_empty_bank_says_so(clock: FakeClock, db: Database) -> None:
    service = Practice(Bank(()), Settings(), clock, fake_scorer)
    result = service.draw(db, service.person(db, "tg:1", "Ada"))
    assert isinstance(result, NoMatch) and "empty" in result.message


def test_a_new_draw_cancels_the_unfinished_attempt(practice: Practice, db: Database) -> None:
    person = practice.person(db, "tg:1", "Ada")
    first = drawn(practice.draw(db, person))
    practice.start_prep(db, person, first.attempt_id, chat_id=9)
    second = drawn(practice.draw(db, person))
    old = practice.attempt(db, person, first.attempt_id)
    assert old is not None and old.state == "cancelled"
    assert practice.pending_timers(db) == []
    active = practice.active(db, person)
    assert active is not None and active.id == second.attempt_id


def test_sides_balance_over_several_speeches(practice: Practice, db: Database) -> None:
    person = practice.person(db, "tg:1", "Ada")
    for _ in range(6):
        speak(practice, db)
    stats = practice.stats(db, person)
    assert (stats.prop, stats.opp) == (3, 3)


def test_the_side_argued_less_comes_next(practice: Practice, db: Database) -> None:
    person = practice.person(db, "tg:1", "Ada")
    for _ in range(2):
        drawn(practice.draw(db, person, side="prop"))
        practice.submit(db, person, "We propose this.")
    draw = drawn(practice.draw(db, person))
    assert draw.side == "opp"
    assert "proposed twice and opposed 0 times" in draw.side_reason


def test_unpractised_motions_come_first(practice: Practice, db: Database) -> None:
    seen = set()
    person = practice.person(db, "tg:1", "Ada")
    for _ in range(3):
        draw = drawn(practice.draw(db, person))
        seen.add(draw.motion.id)
        practice.submit(db, person, "A speech.")
    assert seen == {m.id for m in BANK.motions}


def test_prep_timers_use_the_time_scale_and_fire_once(clock: FakeClock, db: Database) -> None:
    service = Practice(BANK, Settings(prep_minutes=5, time_scale=0.5), clock, fake_scorer)
    person = service.person(db, "tg:1", "Ada")
    draw = drawn(service.draw(db, person))
    timers = service.start_prep(db, person, draw.attempt_id, chat_id=77)
    assert [(t.kind, t.due_at - clock.now(), t.chat_id) for t in timers] == [
        ("prep_reminder", 120.0, 77), ("prep_end", 150.0, 77),
    ]
    assert service.pending_timers(db) == timers
    clock.advance(120)
    assert service.fire_timer(db, timers[0].id) == timers[0]
    assert service.fire_timer(db, timers[0].id) is None
    assert service.pending_timers(db) == timers[1:]
    service.begin_speech(db, person, draw.attempt_id)
    assert service.fire_timer(db, timers[1].id) is None
    assert service.pending_timers(db) == []


def test_short_or_no_prep(practice: Practice, db: Database) -> None:
    person = practice.person(db, "tg:1", "Ada")
    draw = drawn(practice.draw(db, person))
    assert [t.kind for t in practice.start_prep(db, person, draw.attempt_id, 1, minutes=1)] == ["prep_end"]
    assert practice.start_prep(db, person, draw.attempt_id, 1, minutes=0) == []


def test_speech_parts_are_stored_as_they_arrive(practice: Practice, db: Database) -> None:
    person = practice.person(db, "tg:1", "Ada")
    drawn(practice.draw(db, person))
    practice.add_speech_part(db, person, "First, the harm.")
    attempt = practice.add_speech_part(db, person, "Second, the fix.")
    assert attempt.state == "speaking"
    assert attempt.speech == "First, the harm.\n\nSecond, the fix."
    submitted = practice.submit(db, person, "Finally, we weigh.")
    assert submitted.state == "submitted"
    assert submitted.speech.endswith("Second, the fix.\n\nFinally, we weigh.")


def test_bad_speeches_get_a_friendly_error(practice: Practice, db: Database) -> None:
    person = practice.person(db, "tg:1", "Ada")
    with pytest.raises(NoActiveAttempt, match="draw one first"):
        practice.submit(db, person, "A speech with no motion.")
    drawn(practice.draw(db, person))
    with pytest.raises(SpeechError, match="empty"):
        practice.submit(db, person, "   ")
    with pytest.raises(SpeechError, match="shorten"):
        practice.submit(db, person, "word " * (MAX_SPEECH_WORDS + 1))
    active = practice.active(db, person)
    assert active is not None and active.state == "drafted"


def test_submit_stores_the_speech_before_scoring(clock: FakeClock, tmp_path: Path) -> None:
    path = tmp_path / "debate.db"
    db = open_database(path)
    failing = Practice(BANK, Settings(), clock, broken_scorer)
    person = failing.person(db, "tg:1", "Ada")
    draw = drawn(failing.draw(db, person))
    failing.submit(db, person, "Our case stands on two points.")
    with pytest.raises(ScoringFailed, match="saved"):
        failing.score_attempt(db, draw.attempt_id)
    db.close()

    restarted_db = open_database(path)
    restarted = Practice(BANK, Settings(), clock, fake_scorer)
    assert restarted.unscored(restarted_db) == [draw.attempt_id]
    scored = restarted.score_attempt(restarted_db, draw.attempt_id)
    assert scored.state == "scored" and scored.card is not None
    assert scored.card.scorer_version == "fake-1"
    assert scored.speech == "Our case stands on two points."
    assert restarted.unscored(restarted_db) == []
    assert restarted.score_attempt(restarted_db, draw.attempt_id).scored_at == scored.scored_at


def test_pending_timers_survive_a_restart(clock: FakeClock, tmp_path: Path) -> None:
    path = tmp_path / "debate.db"
    db = open_database(path)
    service = Practice(BANK, Settings(prep_minutes=3), clock, fake_scorer)
    person = service.person(db, "tg:1", "Ada")
    timers = service.start_prep(db, person, drawn(service.draw(db, person)).attempt_id, chat_id=5)
    db.close()
    again = Practice(BANK, Settings(prep_minutes=3), clock, fake_scorer)
    assert again.pending_timers(open_database(path)) == timers


def test_overdue_timers_after_a_long_outage(clock: FakeClock, db: Database) -> None:
    service = Practice(BANK, Settings(prep_minutes=10), clock, fake_scorer)
    person = service.person(db, "tg:1", "Ada")
    reminder, end = service.start_prep(db, person, drawn(service.draw(db, person)).attempt_id, chat_id=5)
    clock.advance(9.5 * 60)
    assert service.pending_timers(db) == [reminder, end]
    clock.advance(60)
    assert service.pending_timers(db) == [end]
    clock.advance(2 * 3600)
    assert service.pending_timers(db) == []


def test_late_when_handed_in_after_prep_and_speaking_time(clock: FakeClock, db: Database) -> None:
    service = Practice(BANK, Settings(prep_minutes=2, speech_minutes=7), clock, fake_scorer)
    person = service.person(db, "tg:1", "Ada")
    on_time = drawn(service.draw(db, person))
    service.start_prep(db, person, on_time.attempt_id, 1)
    clock.advance(2 * 60 + 6 * 60)
    assert service.submit(db, person, "In time.").late is False
    late = drawn(service.draw(db, person))
    service.start_prep(db, person, late.attempt_id, 1)
    clock.advance(2 * 60 + 8 * 60)
    assert service.submit(db, person, "Too slow.").late is True


def test_retry_and_redraw(practice: Practice, db: Database) -> None:
    person = practice.person(db, "tg:1", "Ada")
    first = practice.attempt(db, person, speak(practice, db))
    assert first is not None
    again = practice.retry(db, person, first.id)
    assert (again.motion.id, again.side) == (first.motion_id, first.side)
    other = drawn(practice.redraw(db, person, again.attempt_id))
    assert other.motion.id != first.motion_id and other.side == first.side
    cancelled = practice.attempt(db, person, again.attempt_id)
    assert cancelled is not None and cancelled.state == "cancelled"


def test_history_and_attempts_are_private(practice: Practice, db: Database) -> None:
    ada = practice.person(db, "tg:1", "Ada")
    ids = [speak(practice, db, "tg:1", words=n) for n in (3, 6, 9)]
    bob_id = speak(practice, db, "tg:2")
    assert [a.id for a in practice.history(db, ada)] == ids[::-1]
    assert [a.id for a in practice.history(db, ada, limit=2)] == ids[:0:-1]
    assert practice.attempt(db, ada, bob_id) is None
    with pytest.raises(AttemptNotFound):
        practice.retry(db, ada, bob_id)


def test_stats_sum_up_progress(practice: Practice, db: Database) -> None:
    ada = practice.person(db, "tg:1", "Ada")
    for words in (2, 4, 6):
        speak(practice, db, words=words)
    stats = practice.stats(db, ada)
    assert (stats.attempts, stats.scored) == (3, 3)
    assert stats.trend == [62.0, 64.0, 66.0]  # the practice rubric's 0–100 is already the shared scale
    assert stats.average_total == pytest.approx(64.0)
    assert stats.per_criterion == {"Matter": 50.0, "Manner": 25.0}  # not in the rubric: by band
    assert stats.weakest == "Manner"
    assert stats.prop + stats.opp == 3
    empty = practice.stats(db, practice.person(db, "tg:3", "Cy"))
    assert (empty.attempts, empty.average_total, empty.trend) == (0, None, [])


def test_stats_put_every_rubric_on_one_scale(practice: Practice, db: Database) -> None:
    ada = practice.person(db, "tg:1", "Ada")
    for rubric, total, points in (("wsdc", 70.0, 28.0), ("australs", 80.0, 32.0), ("practice", 40.0, 8.0)):
        practice.update_settings(db, ada, rubric=rubric)
        ada = practice.person(db, "tg:1", "Ada")
        draw = drawn(practice.draw(db, ada))
        practice.submit(db, ada, "A speech.")
        criterion = {"wsdc": "content", "australs": "matter", "practice": "reasoning"}[rubric]
        practice.store_card(db, draw.attempt_id, Scorecard(
            motion=draw.motion.text, side=draw.side, rubric=rubric, total=total, scale=(0.0, 1.0),
            criteria=(CriterionScore(criterion, "Content", 3, points, "", "", ""),)))
    stats = practice.stats(db, ada)
    assert stats.trend == [50.0, 100.0, 40.0]  # WSDC 70 of 60–80, Australs 80 of 70–80, practice 40
    assert stats.average_total == pytest.approx(190 / 3, abs=0.01)
    # WSDC content 28 of 24–32 is 50; Australs matter 32 of 28–32 is 100; practice reasoning 8 of 20 is 40
    assert stats.per_criterion == {"Content": pytest.approx(190 / 3, abs=0.01)}


def test_settings_change_and_bad_values_are_refused(practice: Practice, db: Database) -> None:
    person = practice.person(db, "tg:1", "Ada")
    updated = practice.update_settings(db, person, prep_minutes=0)
    assert (updated.prep_minutes, updated.rubric) == (0, "practice")
    updated = practice.update_settings(db, updated, rubric="WSDC")
    assert (updated.prep_minutes, updated.rubric) == (0, "wsdc")
    with pytest.raises(SettingValueError, match="between 0 and 60"):
        practice.update_settings(db, person, prep_minutes=500)
    with pytest.raises(SettingValueError):
        practice.update_settings(db, person, rubric="no-such-rubric")
    draw = drawn(practice.draw(db, updated))
    practice.submit(db, updated, "A speech.")
    scored = practice.score_attempt(db, draw.attempt_id)
    assert scored.card is not None and scored.card.rubric == "wsdc"


def test_forget_removes_everything_about_the_person(practice: Practice, db: Database) -> None:
    ada = practice.person(db, "tg:1", "Ada")
    practice.update_settings(db, ada, prep_minutes=3)
    speak(practice, db, "tg:1")
    draw = drawn(practice.draw(db, ada))
    practice.start_prep(db, ada, draw.attempt_id, chat_id=1)
    speak(practice, db, "tg:2")
    before = {t: db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in PERSON_TABLES}

    deleted = practice.forget(db, ada)

    after = {t: db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in PERSON_TABLES}
    assert deleted == sum(before.values()) - sum(after.values())
    assert after == {"drills": 0, "timers": 0, "criterion_scores": 2, "attempts": 1, "person_settings": 0,
                     "people": 1}
    assert db.execute("SELECT COUNT(*) FROM attempts WHERE person_id = ?", [ada.id]).fetchone()[0] == 0


def test_scoring_an_unsubmitted_attempt_is_refused(practice: Practice, db: Database) -> None:
    person = practice.person(db, "tg:1", "Ada")
    draw = drawn(practice.draw(db, person))
    with pytest.raises(PracticeError, match="not been submitted"):
        practice.score_attempt(db, draw.attempt_id)
    assert practice.cancel(db, person) is not None
    assert practice.cancel(db, person) is None


def test_scoring_in_steps_keeps_the_first_card(practice: Practice, db: Database) -> None:
    person = practice.person(db, "tg:1", "Ada")
    draw = drawn(practice.draw(db, person))
    practice.submit(db, person, "Three short words here.")
    request = practice.speech_to_score(db, draw.attempt_id)
    assert isinstance(request, ScoreRequest)
    assert (request.attempt.id, request.motion) == (draw.attempt_id, draw.motion)
    first = practice.run_scorer(request)
    second = fake_scorer("a much longer speech than the first one was", draw.motion, draw.side, "practice")
    stored = practice.store_card(db, draw.attempt_id, first)
    again = practice.store_card(db, draw.attempt_id, second)
    assert stored.card == again.card == first
    assert practice.stats(db, person).per_criterion == {"Matter": 50.0, "Manner": 25.0}
    assert practice.speech_to_score(db, draw.attempt_id) == again


def test_a_speech_knows_its_debater_and_only_the_chat_adapter_reads_telegram_keys(
    practice: Practice, db: Database,
) -> None:
    from bot.chat.speech import private_chat

    on_telegram = speak(practice, db, "tg:4242")
    at_terminal = speak(practice, db, "terminal:ada")
    assert practice.owner_key(db, on_telegram) == "tg:4242"
    assert private_chat(practice.owner_key(db, on_telegram)) == 4242
    assert private_chat(practice.owner_key(db, at_terminal)) is None
    assert practice.owner_key(db, 999_999) is None and private_chat(None) is None
    assert private_chat("tg:²42") is None and private_chat("tg:1" + "0" * 30) is None


def test_a_timed_speech_card_says_how_the_speaking_time_was_used(clock: FakeClock, db: Database) -> None:
    from bot.text_render import render_scorecard

    service = Practice(BANK, Settings(prep_minutes=2, speech_minutes=7), clock, fake_scorer)
    person = service.person(db, "tg:1", "Ada")
    on_time = drawn(service.draw(db, person))
    service.start_prep(db, person, on_time.attempt_id, 1)
    clock.advance(2 * 60 + 6 * 60 + 12)
    card = service.score_attempt(db, service.submit(db, person, "In time.").id).card
    assert card is not None and "Handed in 6:12 into your 7:00 of speaking time." in render_scorecard(card)

    late = drawn(service.draw(db, person))
    service.start_prep(db, person, late.attempt_id, 1)
    clock.advance(2 * 60 + 8 * 60)
    card = service.score_attempt(db, service.submit(db, person, "Too slow.").id).card
    assert card is not None
    assert "Handed in 1:00 after your 7:00 of speaking time ran out." in render_scorecard(card)

    untimed = drawn(service.draw(db, person))
    card = service.score_attempt(db, service.submit(db, person, "No clock.").id).card
    assert untimed and card is not None and "timing" not in card.extras
    assert "speaking time" not in render_scorecard(card)
