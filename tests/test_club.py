"""The club service: a round from sign-up to result, controls, records (in-memory database)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from clubfake import BANK, CRITERIA, NIGHT_TRAINS, fake_score
from sqlite_utils import Database

from bot import club
from bot.club.records import ensure_member
from bot.storage import open_database

CHAT = -100
ORGANISER = 1
SPEAKERS = {11: "Ada", 12: "Ben", 13: "Cleo", 14: "Dev"}
ADJ = 21
T0 = 1_800_000_000.0


@pytest.fixture
def db() -> Iterator[Database]:
    database = open_database(":memory:")
    yield database
    assert not database.conn.in_transaction, "every change is committed as it happens"


def seconds(minutes: float) -> float:
    return minutes * 60.0


def new_round(db: Database, fmt: str = "open", speakers: dict[int, str] = SPEAKERS, adjudicate: bool = True,
              chat: int = CHAT) -> club.Round:
    rnd = club.create_round(db, chat, "Club", ORGANISER, NIGHT_TRAINS, fmt, "practice", CRITERIA, seconds, T0)
    for uid, name in speakers.items():
        club.join(db, rnd.id, uid, name, "speaker", T0, username=name.lower())
    if adjudicate:
        club.join(db, rnd.id, ADJ, "Judge", "adjudicator", T0)
    return club.load_round(db, rnd.id)


def fire(db: Database, rnd: club.Round, kind: str, now: float = T0 + 10_000) -> club.Transition:
    timer = next(t for t in club.pending(db) if t.round_id == rnd.id and t.kind == kind)
    step = club.fire_timer(db, timer.id, now)
    assert step is not None
    assert not db.conn.in_transaction
    return step


def speak(db: Database, rnd: club.Round, uid: int, text: str, now: float = T0 + 100) -> club.Received:
    club.open_private(db, rnd.id, uid, now)
    assert isinstance(club.receive_text(db, uid, text, now), club.Drafted)
    got = club.hand_in(db, uid, now, BANK, fake_score)
    assert got is not None
    assert not db.conn.in_transaction
    return got


def test_full_open_round_with_an_adjudicator(db: Database) -> None:
    rnd = new_round(db)
    step = club.start(db, rnd.id, T0, seed=42)
    assert step.round.stage == "prep"
    assert {t.kind for t in step.timers} == {"prep_half", "prep_end"}
    assert sorted(p.side for p in step.round.speakers()) == ["opp", "opp", "prop", "prop"]
    assert fire(db, rnd, "prep_half").events == ("prep_half",)
    assert fire(db, rnd, "prep_end").events == ("speeches_open",)

    sides = {p.user_id: p.side for p in club.load_round(db, rnd.id).speakers()}
    for uid in SPEAKERS:
        got = speak(db, rnd, uid, "We win because emissions fall, but journeys get slower.")
        assert not got.late and not got.replaced
    again = speak(db, rnd, 11, "A better speech because because because emissions fall.")
    assert again.replaced
    assert club.load_round(db, rnd.id).speech(11).text.startswith("A better speech")

    step = fire(db, rnd, "speeches_end")
    assert step.events == ("revealed", "adjudication_open")
    assert len(step.revealed) == 4

    club.open_ballot(db, rnd.id, ADJ)
    state = club.ballot(db, rnd.id, ADJ)
    while (question := state.next_band()) is not None:
        speaker, criterion = question
        state = club.set_band(db, rnd.id, ADJ, speaker.user_id, criterion.id,
                              5 if sides[speaker.user_id] == "opp" else 2)
    with pytest.raises(club.ClubError, match="pick the winner"):
        club.submit_ballot(db, rnd.id, ADJ, T0)
    club.set_winner(db, rnd.id, ADJ, "opp", T0)
    club.receive_text(db, ADJ, "Opposition <b>weighed</b> better.", T0)
    state, done = club.submit_ballot(db, rnd.id, ADJ, T0 + 20_000)
    assert done is not None and done.events == ("result",)
    result = done.details["result"]
    assert result["winner"] == "opp" and result["source"] == "adjudicators"
    assert result["votes"] == {"prop": 0, "opp": 1}
    best = next(s for s in result["speakers"] if s["user_id"] == result["best_speaker"])
    assert best["side"] == "opp" and best["score"] == 5.0
    assert result["comments"] == [{"adjudicator_id": ADJ, "adjudicator": "Judge",
                                   "comment": "Opposition <b>weighed</b> better."}]
    assert "emissions fall" in result["key_points"]["prop"] or "emissions fall" in result["key_points"]["opp"]
    assert club.load_round(db, rnd.id).stage == "done"
    assert not club.pending(db)


def test_without_adjudicators_the_bot_decides_and_says_so(db: Database) -> None:
    rnd = new_round(db, adjudicate=False)
    club.start(db, rnd.id, T0, seed=1)
    fire(db, rnd, "prep_end")
    sides = {p.user_id: p.side for p in club.load_round(db, rnd.id).speakers()}
    for uid in SPEAKERS:
        strong = "because " * 4 if sides[uid] == "prop" else ""
        speak(db, rnd, uid, f"My case is simple {strong} and that is all.")
    step = fire(db, rnd, "speeches_end")
    assert step.events == ("revealed", "result")
    assert step.details["result"]["source"] == "bot"
    assert step.details["result"]["winner"] == "prop"


def test_team_round_has_replies_and_late_speeches_are_marked(db: Database) -> None:
    rnd = new_round(db, "2v2")
    with pytest.raises(club.ClubError, match="taken"):
        club.join(db, rnd.id, 15, "Eve", "speaker", T0)
    club.start(db, rnd.id, T0, seed=9)
    fire(db, rnd, "prep_end")
    on_time = [11, 12, 13]
    for uid in on_time:
        speak(db, rnd, uid, "Short but sound because reasons matter.")
    step = fire(db, rnd, "speeches_end")
    assert step.events == ("revealed", "rebuttal_open")
    late = speak(db, rnd, 14, "Sorry I am late because the bus broke.")
    assert late.late and late.purpose == "speech"
    reply = speak(db, rnd, 11, "In reply, they never answered us because they could not.")
    assert reply.purpose == "reply" and not reply.late
    side = club.load_round(db, rnd.id).participant(11).side
    speakers = club.load_round(db, rnd.id).speakers()
    teammate = next(p.user_id for p in speakers if p.side == side and p.user_id != 11)
    club.open_private(db, rnd.id, teammate, T0)
    assert club.focus(db, teammate) == (rnd.id, "reply")
    club.receive_text(db, teammate, "Our reply, take two, because it is better.", T0)
    club.hand_in(db, teammate, T0, BANK, fake_score)
    assert club.load_round(db, rnd.id).reply(side).user_id == teammate
    assert len([s for s in club.load_round(db, rnd.id).speeches if s.stage == "reply"]) == 1
    step = fire(db, rnd, "rebuttal_end")
    assert step.events == ("replies_revealed", "adjudication_open")


def test_one_round_per_chat_and_chats_are_independent(db: Database) -> None:
    first = new_round(db)
    with pytest.raises(club.ClubError, match="already running"):
        new_round(db)
    other = new_round(db, chat=-200)
    club.cancel(db, first.id, T0)
    assert club.load_round(db, other.id).stage == "signup"
    assert club.active_round_id(db, CHAT) is None
    assert club.active_round_id(db, -200) == other.id


def test_joining_again_leaves_and_roles_are_exclusive_after_the_draw(db: Database) -> None:
    rnd = new_round(db)
    rnd, joined = club.join(db, rnd.id, 11, "Ada", "speaker", T0)
    assert not joined and rnd.participant(11) is None
    club.join(db, rnd.id, 11, "Ada", "speaker", T0)
    club.start(db, rnd.id, T0, seed=1)
    with pytest.raises(club.ClubError, match="next round"):
        club.join(db, rnd.id, 30, "Late Larry", "speaker", T0)
    with pytest.raises(club.ClubError, match="cannot adjudicate"):
        club.join(db, rnd.id, 11, "Ada", "adjudicator", T0)
    club.join(db, rnd.id, 31, "Second judge", "adjudicator", T0)
    assert len(club.load_round(db, rnd.id).adjudicators()) == 2


def test_start_needs_enough_speakers(db: Database) -> None:
    rnd = new_round(db, "3v3")
    with pytest.raises(club.ClubError, match="needs 6 speakers; 4 joined"):
        club.start(db, rnd.id, T0, seed=1)


def test_extend_and_skip(db: Database) -> None:
    rnd = new_round(db, adjudicate=False)
    club.start(db, rnd.id, T0, seed=1)
    step = club.extend(db, rnd.id, 120, T0 + 60)
    assert step.round.stage_deadline == T0 + 15 * 60 + 120
    assert [t.kind for t in club.pending(db)] == ["prep_end"]
    fire(db, rnd, "prep_end")
    for uid in (11, 12, 13):
        speak(db, rnd, uid, "A complete speech because it has reasons.")
    step = club.skip(db, rnd.id, 14, T0 + 200)
    assert step.events[0] == "skipped" and "revealed" in step.events
    assert step.details["skipped"] == "Dev"
    result = step.round.result
    assert result is not None
    assert [s["skipped"] for s in result["speakers"] if s["user_id"] == 14] == [True]
    with pytest.raises(club.ClubError, match="no longer takes"):
        club.submit_speech(db, rnd.id, 14, "Too late now because skipped.", "speech", T0, BANK, fake_score)


def test_stale_timers_do_nothing(db: Database) -> None:
    rnd = new_round(db)
    club.start(db, rnd.id, T0, seed=1)
    prep_end = next(t for t in club.pending(db) if t.kind == "prep_end")
    club.cancel(db, rnd.id, T0)
    assert club.fire_timer(db, prep_end.id, T0 + 1000) is None
    assert club.load_round(db, rnd.id).stage == "cancelled"


def test_only_adjudicators_fill_ballots(db: Database) -> None:
    rnd = new_round(db)
    club.start(db, rnd.id, T0, seed=1)
    with pytest.raises(club.ClubError, match="not started"):
        club.open_ballot(db, rnd.id, ADJ)
    fire(db, rnd, "prep_end")
    fire(db, rnd, "speeches_end")
    with pytest.raises(club.ClubError, match="Only this round's adjudicators"):
        club.set_band(db, rnd.id, 11, 12, "reasoning", 5)
    with pytest.raises(club.ClubError, match="1 to 5"):
        club.set_band(db, rnd.id, ADJ, 12, "reasoning", 9)


def test_organisers_are_user_ids_and_their_username_only_shows_them(db: Database) -> None:
    assert club.add_organiser(db, CHAT, 31, "Alex K", "Alex_K", ORGANISER, T0) == "@alex_k"
    assert club.is_organiser(db, CHAT, 31)
    assert not club.is_organiser(db, -200, 31), "organisers belong to one club"
    assert not club.is_organiser(db, CHAT, 32)
    assert club.organisers(db, CHAT) == ["@alex_k"]
    ensure_member(db, CHAT, 31, "Alex K", "alex_renamed")
    assert club.organisers(db, CHAT) == ["@alex_renamed"], "the shown @username follows the member"
    ensure_member(db, CHAT, 32, "Someone Else", "alex_k")  # Telegram gave the old name away
    assert not club.is_organiser(db, CHAT, 32), "a @username passed on passes on nothing"
    assert club.member_by_username(db, CHAT, "@ALEX_K") == 32
    with pytest.raises(club.ClubError, match="@username"):
        club.organiser_handle("not a name!")
    club.remove_organiser(db, CHAT, "@alex_renamed")
    assert not club.is_organiser(db, CHAT, 31)
    with pytest.raises(club.ClubError, match="not an organiser"):
        club.remove_organiser(db, CHAT, "alex_renamed")


def test_member_by_username_needs_exactly_one_member_with_it(db: Database) -> None:
    assert club.member_by_username(db, CHAT, "bo") is None
    ensure_member(db, CHAT, 41, "Bo", "bo")
    assert club.member_by_username(db, CHAT, "@Bo") == 41
    assert club.member_by_username(db, -200, "bo") is None, "members of another club do not count"
    db.execute("INSERT INTO club_members (chat_id, user_id, name, username) VALUES (?, 42, 'Bo Two', 'bo')",
               (CHAT,))
    assert club.member_by_username(db, CHAT, "bo") is None, "two members last seen with it: ambiguous"
    db.conn.commit()


def test_organisers_without_a_username_are_known_by_user_id(db: Database) -> None:
    assert club.add_organiser(db, CHAT, 77, "Zoë No-Handle", None, ORGANISER, T0) == "Zoë No-Handle"
    assert club.is_organiser(db, CHAT, 77)
    assert not club.is_organiser(db, CHAT, 78)
    club.add_organiser(db, CHAT, 78, "Bo", "bo", ORGANISER, T0)
    assert club.organisers(db, CHAT) == ["@bo", "Zoë No-Handle"]
    assert club.add_organiser(db, CHAT, 78, "Bo", "Bo", ORGANISER, T0) == "@bo"
    assert club.organisers(db, CHAT) == ["@bo", "Zoë No-Handle"], "the same member, not a second entry"
    club.remove_organiser_member(db, CHAT, 77, "Zoë No-Handle", None)
    assert not club.is_organiser(db, CHAT, 77)
    with pytest.raises(club.ClubError, match="Zoë No-Handle is not an organiser"):
        club.remove_organiser_member(db, CHAT, 77, "Zoë No-Handle", None)


def _club_at(tmp_path: Path, stop_before: str) -> Database:
    from bot.storage import club as club_tables
    old = Database(tmp_path / "old.db")
    club_tables.migrations.apply(old, stop_before=stop_before)
    old.execute("INSERT INTO club_chats (chat_id, title, created_at) VALUES (?, 'Club', 0)", (CHAT,))
    return old


def test_organisers_added_by_username_keep_running_rounds_where_their_id_is_known(tmp_path: Path) -> None:
    old = _club_at(tmp_path, "m009_organisers_by_user_id")
    members = [(5, "Alex", "alex"), (6, "Bo", "bo"), (7, "Bo Again", "bo")]  # two members last seen as @bo
    old.conn.executemany("INSERT INTO club_members (chat_id, user_id, name, username) VALUES (?, ?, ?, ?)",
                         [(CHAT, *m) for m in members])
    old.conn.executemany("INSERT INTO club_organisers (chat_id, username, user_id, added_by, added_at) "
                         "VALUES (?, ?, ?, 1, 0)",
                         [(CHAT, "alex", None), (CHAT, "bo", None), (CHAT, "cy", None), (CHAT, "dee", 9)])
    old.conn.commit()
    old.close()
    upgraded = open_database(tmp_path / "old.db")
    assert club.is_organiser(upgraded, CHAT, 5), "@alex was member 5: still an organiser"
    assert club.is_organiser(upgraded, CHAT, 9), "a user id stored with the name carries over"
    assert not any(club.is_organiser(upgraded, CHAT, uid) for uid in (6, 7)), "@bo is ambiguous"
    assert club.organisers(upgraded, CHAT) == ["@alex", "@dee"]
    assert club.unlinked_organisers(upgraded, CHAT) == ["@bo", "@cy"]
    club.add_organiser(upgraded, CHAT, 6, "Bo", "bo", 1, T0)  # an administrator adds Bo again by reply
    assert club.unlinked_organisers(upgraded, CHAT) == ["@cy"]
    club.remove_organiser(upgraded, CHAT, "@cy")
    assert club.unlinked_organisers(upgraded, CHAT) == []
    upgraded.close()


def test_organisers_named_by_reply_before_the_upgrade_stay_organisers(tmp_path: Path) -> None:
    old = _club_at(tmp_path, "m012_organisers_are_user_ids")
    old.execute("INSERT INTO club_organisers (chat_id, username, user_id, name, added_by, added_at) "
                "VALUES (?, NULL, 77, 'Zoë', 1, 0)", (CHAT,))
    old.conn.commit()
    old.close()
    upgraded = open_database(tmp_path / "old.db")
    assert club.is_organiser(upgraded, CHAT, 77) and club.organisers(upgraded, CHAT) == ["Zoë"]
    upgraded.close()


def test_pick_motion_by_id_tag_or_least_debated(db: Database) -> None:
    rng = random.Random(0)
    assert club.pick_motion(db, CHAT, BANK, "ban-homework", rng).id == "ban-homework"
    assert club.pick_motion(db, CHAT, BANK, "transport", rng).id == "night-trains"
    with pytest.raises(club.ClubError, match="No motion or tag"):
        club.pick_motion(db, CHAT, BANK, "astrology", rng)
    new_round(db)  # night-trains has now been used here
    assert club.pick_motion(db, CHAT, BANK, None, rng).id == "ban-homework"


def play(db: Database, seed: int, ballot_winner: str | None) -> club.Round:
    rnd = new_round(db, adjudicate=ballot_winner is not None)
    club.start(db, rnd.id, T0, seed=seed)
    fire(db, rnd, "prep_end")
    for uid in SPEAKERS:
        speak(db, rnd, uid, "Because of this, and because of that, we are right.")
    fire(db, rnd, "speeches_end")
    if ballot_winner:
        state = club.ballot(db, rnd.id, ADJ)
        while (question := state.next_band()) is not None:
            state = club.set_band(db, rnd.id, ADJ, question[0].user_id, question[1].id, 4)
        club.set_winner(db, rnd.id, ADJ, ballot_winner, T0)  # type: ignore[arg-type]
        club.submit_ballot(db, rnd.id, ADJ, T0)
    return club.load_round(db, rnd.id)


def test_standings_and_motion_stats_over_six_rounds(db: Database) -> None:
    for n in range(6):
        done = play(db, seed=n, ballot_winner="prop" if n % 3 else "opp")
        assert done.stage == "done"
    table = club.standings(db, CHAT)
    assert {s.name for s in table} == set(SPEAKERS.values())
    for row in table:
        assert row.rounds == 6
        assert abs(row.prop - row.opp) <= 1
        assert row.average == 4.0
        assert row.criterion_averages() == {"reasoning": 4.0, "rebuttal": 4.0}
    assert sum(s.wins for s in table) == 6 * 2
    [stat] = club.motion_stats(db, CHAT)
    assert (stat.motion_id, stat.rounds, stat.prop_wins, stat.opp_wins) == ("night-trains", 6, 4, 2)


def test_a_restart_keeps_the_round_and_its_timers(tmp_path: Path) -> None:
    path = tmp_path / "club.db"
    db = open_database(path)
    rnd = new_round(db)
    club.start(db, rnd.id, T0, seed=1)
    fire(db, rnd, "prep_end")
    speak(db, rnd, 11, "Saved before the crash because it matters.")
    db.close()
    db = open_database(path)
    again = club.load_round(db, rnd.id)
    assert again.stage == "speeches" and again.speech(11) is not None
    assert {t.kind for t in club.pending(db)} == {"speeches_reminder", "speeches_end"}
    assert len(again.participants) == 5


def test_a_scorer_failure_keeps_the_speech_and_a_restart_scores_it(db: Database) -> None:
    rnd = new_round(db)
    club.start(db, rnd.id, T0, seed=1)

    def broken(*_args: object) -> club.Speech:
        raise RuntimeError("model file missing")

    got = club.submit_speech(db, rnd.id, 11, "Stored even if scoring fails, because it matters.", "speech",
                             T0, BANK, broken)  # type: ignore[arg-type]
    assert got.speech is not None and got.speech.card is None
    assert club.score_missing(db, BANK, fake_score) == 1
    assert club.load_round(db, rnd.id).speech(11).card is not None
    assert club.score_missing(db, BANK, fake_score) == 0


def test_forgetting_a_member_mid_round_skips_their_seat_and_drops_their_sign_ups(db: Database) -> None:
    running = new_round(db, adjudicate=False)
    club.start(db, running.id, T0, seed=1)
    fire(db, running, "prep_end")
    speak(db, running, 11, "Ada speaks first because she is ready.")
    club.open_private(db, running.id, 12, T0 + 110)  # Ben is about to write his speech
    signing_up = new_round(db, speakers={12: "Ben", 15: "Eve"}, adjudicate=False, chat=-200)

    gone = club.forget_member(db, 12, "ben")

    assert (gone.rounds, gone.speeches, gone.memberships) == (1, 0, 2)
    assert club.focus(db, 12) is None
    assert [p.user_id for p in club.load_round(db, signing_up.id).participants] == [15]
    seat = next(p for p in club.load_round(db, running.id).participants if p.name == "(removed)")
    assert seat.user_id < 0 and seat.skipped
    for uid in (13, 14):
        speak(db, running, uid, "A complete speech because it has reasons.")
    assert club.load_round(db, running.id).missing() == [], "nobody waits for the forgotten speaker"
    result = fire(db, running, "speeches_end").round.result
    assert result is not None
    assert [s["skipped"] for s in result["speakers"] if s["name"] == "(removed)"] == [True]
    assert 12 not in {s["user_id"] for s in result["speakers"]}


def test_a_speech_gathers_parts_until_handed_in_and_a_draft_left_is_handed_in_at_the_deadline(
    db: Database,
) -> None:
    rnd = new_round(db)
    club.start(db, rnd.id, T0, seed=3)
    fire(db, rnd, "prep_end", now=T0 + 60)
    club.open_private(db, rnd.id, 11, T0 + 70)
    first = club.receive_text(db, 11, "Rail is clean because it runs on power.", T0 + 70)
    second = club.receive_text(db, 11, "  And stations are central.  ", T0 + 80)
    assert isinstance(second, club.Drafted) and isinstance(first, club.Drafted)
    assert (first.words, second.words) == (8, 12)
    assert club.load_round(db, rnd.id).speech(11) is None, "parts are not a speech until handed in"
    club.open_private(db, rnd.id, 12, T0 + 90)
    with pytest.raises(club.ClubError, match="Nothing to hand in yet"):
        club.hand_in(db, 12, T0 + 90, BANK, fake_score)
    club.receive_text(db, 12, "Flights are faster but trains are kinder.", T0 + 95)

    got = club.hand_in(db, 11, T0 + 100, BANK, fake_score)
    assert got is not None and not got.late
    assert got.speech.text == "Rail is clean because it runs on power.\n\nAnd stations are central."
    assert club.draft_text(db, rnd.id, 11, "speech") == ""

    timer = next(t for t in club.pending(db) if t.round_id == rnd.id and t.kind == "speeches_end")
    handed = club.hand_in_at_deadline(db, timer.id, BANK, fake_score)
    assert [h.speech.user_id for h in handed if h.speech] == [12]
    club.fire_timer(db, timer.id, T0 + 10_000)
    speech = club.load_round(db, rnd.id).speech(12)
    assert speech is not None and not speech.late and speech.submitted_at == T0 + 95
    assert club.hand_in_at_deadline(db, timer.id, BANK, fake_score) == [], "a fired timer hands in nothing"
    club.open_private(db, rnd.id, 13, T0 + 10_001)
    club.receive_text(db, 13, "Too late and never handed in.", T0 + 10_001)
    club.cancel(db, rnd.id, T0 + 10_002)
    assert club.draft_text(db, rnd.id, 13, "speech") == "", "a round that ends drops its drafts"


def _judged_by_two(db: Database, comment: str) -> club.Round:
    """A finished round whose two adjudicators both wrote `comment`."""
    rnd = new_round(db)
    club.join(db, rnd.id, 22, "Judge Two", "adjudicator", T0)
    club.start(db, rnd.id, T0, seed=1)
    fire(db, rnd, "prep_end")
    for uid in SPEAKERS:
        speak(db, rnd, uid, "We win because emissions fall, but journeys get slower.")
    fire(db, rnd, "speeches_end")
    for adj in (ADJ, 22):
        club.open_ballot(db, rnd.id, adj)
        for uid in SPEAKERS:
            club.set_speaker_bands(db, rnd.id, adj, uid, 3)
        club.set_winner(db, rnd.id, adj, "prop", T0)
        club.receive_text(db, adj, comment, T0)
        club.submit_ballot(db, rnd.id, adj, T0 + 20_000)
    done = club.load_round(db, rnd.id)
    assert done.stage == "done" and done.result is not None
    return done


def test_forgetting_an_adjudicator_drops_their_comment_only_even_if_another_wrote_the_same(
    db: Database,
) -> None:
    rnd = _judged_by_two(db, "Close round.")
    club.forget_member(db, ADJ, "judge")
    left = club.load_round(db, rnd.id).result
    assert left is not None
    assert left["comments"] == [{"adjudicator_id": 22, "adjudicator": "Judge Two", "comment": "Close round."}]


def test_results_stored_before_comment_ids_drop_the_comment_by_name_and_text(db: Database) -> None:
    import json

    rnd = _judged_by_two(db, "Close round.")
    old = dict(rnd.result or {})
    old["comments"] = [{k: v for k, v in c.items() if k != "adjudicator_id"} for c in old["comments"]]
    with db.conn:
        db.execute("UPDATE club_rounds SET result = ? WHERE id = ?", (json.dumps(old), rnd.id))
    club.forget_member(db, 22, None)
    left = club.load_round(db, rnd.id).result
    assert left is not None
    assert left["comments"] == [{"adjudicator": "Judge", "comment": "Close round."}]


def test_a_club_team_is_kept_across_rounds_and_the_draw_keeps_it_together(db: Database) -> None:
    assert club.team_of(db, CHAT, 11).name is None
    club.choose_team(db, CHAT, 11, "Ada", "ada", "  Night   Owls ", T0)
    mine = club.choose_team(db, CHAT, 12, "Ben", "ben", "night owls", T0 + 1)
    assert mine.name == "night owls" and mine.mates == ("Ada",) and mine.round is None
    assert club.team_of(db, CHAT, 11).mates == ("Ben",)
    club.choose_team(db, CHAT, 13, "Cleo", "cleo", "Night Owls", T0 + 2)  # three Owls; 2v2 seats two
    assert club.team_of(db, -200, 11).name is None, "teams belong to one club"

    sides_together = 0
    for n in range(3):
        rnd = new_round(db, "2v2", adjudicate=False)
        assert [p.team for p in rnd.speakers()] == ["Night Owls", "night owls", None, None]
        step = club.start(db, rnd.id, T0 + n, seed=n)
        sides = {p.user_id: p.side for p in step.round.speakers()}
        sides_together += sides[11] == sides[12]
        club.cancel(db, rnd.id, T0 + n)
    assert sides_together == 3

    left = club.leave_team(db, CHAT, 11)
    assert left.name == "Night Owls"
    assert club.team_of(db, CHAT, 11).name is None
    with pytest.raises(club.ClubError, match="not in a team"):
        club.leave_team(db, CHAT, 11)
    rnd = new_round(db, "2v2", adjudicate=False)
    assert [p.team for p in rnd.speakers()] == [None, "night owls", "Night Owls", None]


def test_choosing_a_team_during_sign_up_joins_the_round_in_it(db: Database) -> None:
    rnd = club.create_round(db, CHAT, "Club", ORGANISER, NIGHT_TRAINS, "2v2", "practice", CRITERIA, seconds,
                            T0)
    chosen = club.choose_team(db, CHAT, 11, "Ada", "ada", "Owls", T0)
    assert chosen.round is not None and chosen.round.participant(11).team == "Owls"
    club.choose_team(db, CHAT, 12, "Ben", "ben", "Owls", T0)
    with pytest.raises(club.ClubError, match=r"(?i)team owls is full"):
        club.choose_team(db, CHAT, 13, "Cleo", "cleo", "owls", T0)
    assert club.team_of(db, CHAT, 13).name is None, "a refused team is not kept"
    club.leave_team(db, CHAT, 12)
    assert club.load_round(db, rnd.id).participant(12).team is None, "left in the round being signed up too"


def _ballot_rows(db: Database) -> list[tuple[int, int]]:
    return [tuple(r) for r in db.execute("SELECT round_id, adjudicator_id FROM club_ballots").fetchall()]


def test_a_refused_ballot_press_leaves_no_row(db: Database) -> None:
    rnd = new_round(db)
    club.start(db, rnd.id, T0, seed=1)
    fire(db, rnd, "prep_end")
    fire(db, rnd, "speeches_end")
    stranger, speaker = 99, 11
    for who in (stranger, speaker):
        with pytest.raises(club.ClubError, match="Only this round's adjudicators"):
            club.set_speaker_bands(db, rnd.id, who, 12, 3)
        with pytest.raises(club.ClubError, match="Only this round's adjudicators"):
            club.set_band(db, rnd.id, who, 12, "reasoning", 3)
        with pytest.raises(club.ClubError, match="Only this round's adjudicators"):
            club.set_winner(db, rnd.id, who, "prop", T0)
        with pytest.raises(club.ClubError, match="Only this round's adjudicators"):
            club.restart_ballot(db, rnd.id, who)
    with pytest.raises(club.ClubError, match="not on this ballot"):
        club.set_band(db, rnd.id, ADJ, 2**40, "reasoning", 3)
    with pytest.raises(club.ClubError, match="Proposition or Opposition"):
        club.set_winner(db, rnd.id, ADJ, "both", T0)  # type: ignore[arg-type]
    assert _ballot_rows(db) == [], "nothing was entered, so no ballot row"
    assert club.ballot(db, rnd.id, stranger).bands == {}, "reading a ballot writes nothing"
    assert _ballot_rows(db) == []
    club.set_band(db, rnd.id, ADJ, 12, "reasoning", 3)
    assert _ballot_rows(db) == [(rnd.id, ADJ)]


def _in_adjudication(db: Database) -> club.Round:
    rnd = new_round(db)
    club.join(db, rnd.id, 22, "Judge Two", "adjudicator", T0)
    club.start(db, rnd.id, T0, seed=1)
    fire(db, rnd, "prep_end")
    for uid in SPEAKERS:
        speak(db, rnd, uid, "We win because emissions fall, but journeys get slower.")
    fire(db, rnd, "speeches_end")
    return club.load_round(db, rnd.id)


def test_an_adjudicator_forgotten_mid_adjudication_leaves_the_count(db: Database) -> None:
    rnd = _in_adjudication(db)
    club.open_ballot(db, rnd.id, 22)
    for uid in SPEAKERS:
        club.set_speaker_bands(db, rnd.id, 22, uid, 4)
    club.set_winner(db, rnd.id, 22, "opp", T0)
    _state, step = club.submit_ballot(db, rnd.id, 22, T0 + 20_000)
    assert step is None, "the round waits for the other adjudicator"
    club.open_ballot(db, rnd.id, ADJ)
    club.set_speaker_bands(db, rnd.id, ADJ, 11, 2)

    gone = club.forget_member(db, ADJ, "judge")

    assert gone.left_rounds == (rnd.id,) and gone.rounds == 0
    left = club.load_round(db, rnd.id)
    assert [p.user_id for p in left.adjudicators()] == [22], "no stand-in seat waits for a ballot"
    assert _ballot_rows(db) == [(rnd.id, 22)]
    scores = db.execute("SELECT COUNT(*) FROM club_ballot_scores WHERE adjudicator_id = ?", (ADJ,)).fetchone()
    assert scores == (0,), "their bands went with their seat"
    step = club.close_adjudication_if_complete(db, rnd.id, T0 + 20_001)
    assert step is not None and "result" in step.events
    done = club.load_round(db, rnd.id)
    assert done.stage == "done" and done.winner == "opp"


def test_an_adjudicator_who_handed_in_and_is_forgotten_still_counts_anonymously(db: Database) -> None:
    rnd = _in_adjudication(db)
    club.open_ballot(db, rnd.id, ADJ)
    for uid in SPEAKERS:
        club.set_speaker_bands(db, rnd.id, ADJ, uid, 4)
    club.set_winner(db, rnd.id, ADJ, "prop", T0)
    club.submit_ballot(db, rnd.id, ADJ, T0 + 20_000)

    gone = club.forget_member(db, ADJ, "judge")

    assert gone.left_rounds == () and gone.rounds == 1
    left = club.load_round(db, rnd.id)
    assert len(left.adjudicators()) == 2 and len(left.ballots_in) == 1, "their ballot stays, anonymous"
    assert all(p.user_id != ADJ for p in left.participants)


def test_an_adjudicator_forgotten_before_adjudication_is_owed_no_ballot(db: Database) -> None:
    rnd = new_round(db)
    club.start(db, rnd.id, T0, seed=1)
    fire(db, rnd, "prep_end")
    gone = club.forget_member(db, ADJ, None)
    assert gone.left_rounds == (rnd.id,)
    for uid in SPEAKERS:
        speak(db, rnd, uid, "We win because emissions fall.")
    step = fire(db, rnd, "speeches_end")
    assert "adjudication_open" not in step.events and "result" in step.events, "no adjudicator to wait for"
