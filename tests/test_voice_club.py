"""Voice speeches in club rounds, end to end through the whole bot and the fake Bot API: a member
sends their speech as a voice message, /done waits for the transcript, and the card they get at
adjudication has a Delivery section; a written speech's card has none."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from pathlib import Path

from clubfake import CRITERIA, NIGHT_TRAINS, whole_bot
from fakebot import Call, FakeBotApi, FakeUser
from telegram.ext import Application

from bot import club
from bot.chat.context import services_of
from bot.chat.voice import DESK_KEY, VoiceDesk, resume, shut_down
from bot.storage import open_database
from bot.voice import club_records
from bot.voice.transcript import Transcript, Word

SPOKEN = ("Night trains should be funded, because rail is clean and a night spent asleep is not lost. "
          "But the other side will say it is slower, and that misses the point.")


def spoken_transcript(text: str = SPOKEN, seconds_per_word: float = 0.4) -> Transcript:
    """What the recognizer would hear: the words at a steady pace (0.4 s a word: 150 a minute)."""
    words = tuple(Word(w, i * seconds_per_word, i * seconds_per_word + seconds_per_word * 0.8)
                  for i, w in enumerate(text.split()))
    return Transcript(text, words, words[-1].end + 0.5)


def says(needle: str) -> Callable[[Call], bool]:
    return lambda call: needle in call.text


async def _fire(app: Application, round_id: int, kind: str) -> None:
    """Run the round's stored timer of this kind now, through its armed job."""
    store = services_of(app).store
    for _ in range(250):
        timers = [t for t in await store.run(club.pending) if t.round_id == round_id and t.kind == kind]
        jobs = [j for t in timers for j in app.job_queue.get_jobs_by_name(f"club-timer-{t.id}")]
        if jobs:
            await jobs[0].run(app)
            return
        await asyncio.sleep(0.02)
    raise AssertionError(f"no armed {kind} timer")


async def _round(fake: FakeBotApi, speakers: list[FakeUser]) -> int:
    admin = fake.user("Ana", "ana")
    group = fake.group("Club", admins=[admin])
    fake.command(admin, "/session night-trains", chat=group)
    card = await fake.wait_for("sendMessage", chat_id=group.id)
    for user in speakers:
        fake.press(user, card, "Join as speaker", chat=group)
        await fake.wait_for("answerCallbackQuery")
    fake.press(admin, card, "Start", chat=group)
    await fake.wait_for("sendMessage", predicate=lambda c: c.chat_id == group.id and "The draw" in c.text)
    return 1


async def test_a_voice_speech_in_a_round_reaches_a_card_with_a_delivery_section(tmp_path: Path) -> None:
    release = threading.Event()

    def transcribe(data: bytes) -> Transcript:  # held until /done has come, to show it waits
        release.wait(10)
        return spoken_transcript()

    async with FakeBotApi() as fake, whole_bot(fake, tmp_path / "bot.db") as app:
        app.bot_data[DESK_KEY] = VoiceDesk(transcribe=transcribe, available=lambda: True)
        bea, cal = fake.user("Bea", "bea"), fake.user("Cal", "cal")
        rid = await _round(fake, [bea, cal])
        fake.command(bea, f"/start round-{rid}")
        await fake.wait_for("sendMessage", chat_id=bea.id, predicate=says("Send "))
        fake.recording(bea, b"OggS voice", duration=12)
        await fake.wait_for("sendMessage", chat_id=bea.id, predicate=says("Transcribing your 12-second"))
        fake.command(bea, "/done")
        await fake.wait_for("sendMessage", chat_id=bea.id, predicate=says("still transcribing"))
        release.set()
        shown = await fake.wait_for("sendMessage", chat_id=bea.id, predicate=says("Part 1 transcribed"))
        assert "<blockquote expandable>" in shown.params["text"] and "Night trains" in shown.text
        got = await fake.wait_for("sendMessage", chat_id=bea.id, predicate=says("Got your speech"))
        assert f"({len(SPOKEN.split())} words)" in got.text

        fake.command(cal, f"/start round-{rid}")
        await fake.wait_for("sendMessage", chat_id=cal.id, predicate=says("Send "))
        fake.message(cal, "Night trains are slow, because sleeper berths cost more than flights.")
        fake.command(cal, "/done")
        await fake.wait_for("sendMessage", chat_id=cal.id, predicate=says("Got your speech"))

        await _fire(app, rid, "prep_end")
        await _fire(app, rid, "speeches_end")
        card = await fake.wait_for("sendMessage", chat_id=bea.id, predicate=says("Your scorecard"))
        assert "Delivery" in card.text
        assert "words a minute" in card.text and "Time: you spoke for" in card.text
        written = await fake.wait_for("sendMessage", chat_id=cal.id, predicate=says("Your scorecard"))
        assert "Delivery" not in written.text
        stored = await services_of(app).store.run(lambda db: club.load_round(db, rid).speech(bea.id))
        assert stored is not None and stored.text == SPOKEN


async def test_a_recording_for_a_round_is_finished_after_a_restart(tmp_path: Path) -> None:
    """The bot stops while a member's recording is being transcribed, after their /done: the next
    start transcribes it, adds it to the draft and hands the speech in."""
    release = threading.Event()

    def stuck(data: bytes) -> Transcript:
        release.wait(10)
        raise RuntimeError("the process was stopped")

    async with FakeBotApi() as fake:
        bea, cal = fake.user("Bea", "bea"), fake.user("Cal", "cal")
        async with whole_bot(fake, tmp_path / "bot.db") as app:
            app.bot_data[DESK_KEY] = VoiceDesk(transcribe=stuck, available=lambda: True)
            rid = await _round(fake, [bea, cal])
            fake.command(bea, f"/start round-{rid}")
            await fake.wait_for("sendMessage", chat_id=bea.id, predicate=says("Send "))
            fake.recording(bea, b"OggS voice", duration=12)
            await fake.wait_for("sendMessage", chat_id=bea.id, predicate=says("Transcribing"))
            fake.command(bea, "/done")
            waiting = await fake.wait_for("sendMessage", chat_id=bea.id, predicate=says("still transcribing"))
            await shut_down(app)  # what stopping the bot does (post_shutdown): the work in hand is dropped
        release.set()
        mark = fake.mark()
        async with whole_bot(fake, tmp_path / "bot.db") as app:
            app.bot_data[DESK_KEY] = VoiceDesk(transcribe=lambda _: spoken_transcript(),
                                               available=lambda: True)
            await resume(app)  # what starting the bot does (post_init)
            await fake.wait_for("sendMessage", chat_id=bea.id, predicate=says("Part 1 transcribed"),
                                since=max(mark, waiting.index), timeout=10)
            await fake.wait_for("sendMessage", chat_id=bea.id, predicate=says("Got your speech"), timeout=10)
            assert sum("Part 1 transcribed" in t for t in fake.sent_texts(bea.id)) == 1


async def test_submit_waits_for_a_recording_and_a_late_one_is_not_lost_silently(tmp_path: Path) -> None:
    """A typed part, then a recording: Submit pressed while it is transcribed waits for it, and the
    speech holds both. A recording still being transcribed when the deadline closes the stage is
    not added to anything, and the member is told."""
    first, second = threading.Event(), threading.Event()
    gates = iter([first, second])
    heard = iter([spoken_transcript(), spoken_transcript("A closing line that came too late.")])

    def transcribe(data: bytes) -> Transcript:
        next(gates).wait(10)
        return next(heard)

    async with FakeBotApi() as fake, whole_bot(fake, tmp_path / "bot.db") as app:
        app.bot_data[DESK_KEY] = VoiceDesk(transcribe=transcribe, available=lambda: True)
        bea, cal = fake.user("Bea", "bea"), fake.user("Cal", "cal")
        rid = await _round(fake, [bea, cal])
        fake.command(bea, f"/start round-{rid}")
        await fake.wait_for("sendMessage", chat_id=bea.id, predicate=says("Send "))
        fake.message(bea, "Opening: we propose night trains.")
        ack = await fake.wait_for("sendMessage", chat_id=bea.id, predicate=says("words so far"))
        fake.recording(bea, b"OggS voice", duration=12)
        await fake.wait_for("sendMessage", chat_id=bea.id, predicate=says("Transcribing"))
        fake.press(bea, ack, "Submit speech")
        await fake.wait_for("sendMessage", chat_id=bea.id, predicate=says("still transcribing"))
        first.set()
        await fake.wait_for("sendMessage", chat_id=bea.id, predicate=says("Got your speech"))
        stored = await services_of(app).store.run(lambda db: club.load_round(db, rid).speech(bea.id))
        assert stored is not None and stored.text == f"Opening: we propose night trains.\n\n{SPOKEN}"

        fake.command(cal, f"/start round-{rid}")
        await fake.wait_for("sendMessage", chat_id=cal.id, predicate=says("Send "))
        fake.recording(cal, b"OggS voice", duration=5)
        await fake.wait_for("sendMessage", chat_id=cal.id, predicate=says("Transcribing"))
        await _fire(app, rid, "prep_end")
        await _fire(app, rid, "speeches_end")  # the stage closes while Cal's recording is transcribed
        second.set()
        told = await fake.wait_for("sendMessage", chat_id=cal.id, predicate=says("no longer takes your"))
        assert f"round #{rid}" in told.text
        left = await services_of(app).store.run(
            lambda db: db.execute("SELECT COUNT(*) FROM club_voice_parts").fetchone())
        assert left == (0,)


def test_a_drafts_recordings_go_with_the_draft() -> None:
    """A transcribed part lives in the member's draft: when the draft goes (e.g. /forget), so does
    it; one still being transcribed stays (it is told the stage has gone when it is done)."""
    db = open_database(":memory:")
    rnd = club.create_round(db, -5, "Club", 1, NIGHT_TRAINS, "open", "practice", CRITERIA,
                            lambda minutes: minutes * 60.0, 0.0)
    db.execute("INSERT INTO club_drafts (round_id, user_id, stage, text, updated_at) "
               "VALUES (?, 7, 'speech', 'draft', 0)", [rnd.id])
    part = club_records.add_part(db, rnd.id, 7, "speech", 7, "f", 10.0, 0.0)
    club_records.finish(db, part, spoken_transcript(), 1.0)
    club_records.add_part(db, rnd.id, 7, "speech", 7, "g", 10.0, 0.0)  # still being transcribed
    db.execute("DELETE FROM club_drafts WHERE user_id = 7")
    assert [r[0] for r in db.execute("SELECT state FROM club_voice_parts").fetchall()] == ["received"]
