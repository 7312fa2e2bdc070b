"""One set of speech limits (bot.speech_limits) for every way a speech arrives: the checks
themselves, and solo practice and club rounds taking and refusing exactly the same inputs."""

from __future__ import annotations

import random
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from clubfake import BANK, CRITERIA, NIGHT_TRAINS, fake_score, whole_bot
from fakebot import FakeBotApi, FakeUser
from sqlite_utils import Database

from bot import club
from bot.clock import FakeClock
from bot.config import Settings
from bot.practice import Draw, Person, Practice, PracticeError
from bot.speech_limits import (
    MAX_SPEECH_CHARS,
    MAX_SPEECH_FILE_BYTES,
    MAX_SPEECH_WORDS,
    SpeechInputError,
    check_speech_part,
    check_speech_text,
    decode_speech_bytes,
    document_problem,
    read_speech_file,
)
from bot.storage import open_database

SPEECH = "Night trains win because emissions fall, but journeys get slower. " * 20
T0 = 1_800_000_000.0

# (what, text, taken?) for whole speeches handed in at once
TEXTS = [
    ("a speech", SPEECH, True),
    ("two words", "In time.", True),
    ("exactly the word limit", "word " * MAX_SPEECH_WORDS, True),
    ("one word over", "word " * (MAX_SPEECH_WORDS + 1), False),
    ("too many characters", "x" * (MAX_SPEECH_CHARS + 1), False),
    ("105,000 words", "word " * 105_000, False),
    ("empty", "", False),
    ("whitespace", " \n\t \n ", False),
    ("a NUL byte", SPEECH + "\x00", False),
    ("NULs only", "\x00" * 50, False),
    ("control characters", "\x01\x02\x03\x1b\x7f ab" * 40, False),
    ("a stray escape in a speech", SPEECH + "\x1b", True),
]


# ------------------------------------------------------------------ the checks


@pytest.mark.parametrize(("what", "text", "taken"), TEXTS, ids=[t[0] for t in TEXTS])
def test_check_speech_text_says_why_in_one_sentence(what: str, text: str, taken: bool) -> None:
    problem = check_speech_text(text, "Your speech")
    if taken:
        assert problem is None, what
        return
    assert problem is not None and problem.startswith("Your speech ")
    assert "\n" not in problem and problem.endswith(".")


def test_the_messages_name_the_limit() -> None:
    too_long = check_speech_text("word " * 7000, "speech.txt")
    assert too_long == ("speech.txt is 7,000 words, over the 6,000-word limit: "
                        "please shorten it and try again.")
    wide = check_speech_text("x" * (MAX_SPEECH_CHARS + 1))
    assert wide is not None and "over the 60,000-character limit" in wide
    assert "empty" in (check_speech_text("   ") or "")
    assert "isn't readable text" in (check_speech_text("a\x00b") or "")


def test_a_part_that_would_break_a_limit_is_not_added() -> None:
    assert check_speech_part("", "First point.") is None
    assert check_speech_part("word " * 5999, "one") is None
    over = check_speech_part("word " * 5999, "one two", "reply")
    assert over is not None and "With this part your reply would be 6,001 words" in over
    assert "not added" in over
    binary = check_speech_part("A fine start.", "a\x00b")
    assert binary is not None and "not added" in binary


def test_file_bytes_are_decoded_or_refused_with_a_reason() -> None:
    assert decode_speech_bytes("\ufeffCafé speech".encode()) == "Café speech"  # BOM dropped
    cases = {
        b"": "empty", b"  \r\n\t ": "empty", b"speech\x00speech": "binary",
        bytes(range(256)) * 4: "binary", random.Random(3).randbytes(3000): "binary",
        "caf\xe9 au lait".encode("latin-1"): "encoding",
        b"word " * (MAX_SPEECH_FILE_BYTES // 5 + 1): "too_big",
        b"word " * 105_000: "too_long",
    }
    for data, reason in cases.items():
        with pytest.raises(SpeechInputError) as caught:
            decode_speech_bytes(data)
        assert caught.value.reason == reason, data[:20]
        assert caught.value.message.startswith("That file ")
    with pytest.raises(SpeechInputError, match="UTF-8"):
        decode_speech_bytes("caf\xe9".encode("latin-1"))


def test_files_on_disk(tmp_path: Path) -> None:
    good = tmp_path / "speech.md"
    good.write_text(SPEECH, encoding="utf-8")
    assert read_speech_file(good) == SPEECH
    with pytest.raises(SpeechInputError, match="is a folder, not a speech file") as caught:
        read_speech_file(tmp_path)
    assert caught.value.reason == "folder"
    with pytest.raises(SpeechInputError, match="no such file"):
        read_speech_file(tmp_path / "nope.txt")
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * (3 * 1024 * 1024))
    with pytest.raises(SpeechInputError, match=r"big.txt is 3.0 MB, but a speech file must be under 1 MB"):
        read_speech_file(big)


def test_documents_are_judged_by_type_and_size_before_download() -> None:
    for name, mime in (("speech.txt", None), ("Speech.MD", "application/octet-stream"),
                       ("notes.text", None), ("speech", "text/plain"), ("s", "text/markdown; charset=utf-8")):
        assert document_problem(name, mime, 2_000) is None, name
    for name, mime in (("speech.pdf", "application/pdf"), ("speech.docx", None), ("page.html", "text/html")):
        assert "plain text" in (document_problem(name, mime, 2_000) or ""), name
    assert "under 1 MB" in (document_problem("speech.txt", "text/plain", 25 * 1024 * 1024) or "")


# ------------------------------------------------------------------ solo and club take the same


@pytest.fixture
def db() -> Iterator[Database]:
    database = open_database(":memory:")
    yield database
    database.conn.close()


def _solo(db: Database) -> tuple[Practice, Person]:
    practice = Practice(BANK, Settings(prep_minutes=5), FakeClock(), fake_score, rng=random.Random(1))
    person = practice.person(db, "tg:1", "Ada")
    assert isinstance(practice.draw(db, person), Draw)
    return practice, person


def _club(db: Database) -> int:
    """A running round (speeches open) with member 11 about to hand in; its id."""
    rnd = club.create_round(db, -100, "Club", 1, NIGHT_TRAINS, "open", "practice", CRITERIA,
                            lambda minutes: minutes * 60.0, T0)
    for uid, name in ((11, "Ada"), (12, "Ben")):
        club.join(db, rnd.id, uid, name, "speaker", T0)
    club.start(db, rnd.id, T0, seed=1)
    club.open_private(db, rnd.id, 11, T0 + 10)
    return rnd.id


def _solo_takes(db: Database, text: str) -> tuple[bool, str]:
    practice, person = _solo(db)
    try:
        practice.submit(db, person, text)
    except PracticeError as exc:
        return False, exc.message
    return True, ""


def _club_takes(db: Database, text: str) -> tuple[bool, str]:
    _club(db)
    try:
        got = club.hand_in(db, 11, T0 + 20, BANK, fake_score, text)
    except club.ClubError as exc:
        return False, str(exc)
    assert got is not None and got.speech is not None
    return True, ""


@pytest.mark.parametrize(("what", "text", "taken"), TEXTS, ids=[t[0] for t in TEXTS])
def test_solo_and_club_take_and_refuse_the_same_speeches(what: str, text: str, taken: bool) -> None:
    solo_db, club_db = open_database(":memory:"), open_database(":memory:")
    try:
        solo, solo_says = _solo_takes(solo_db, text)
        in_club, club_says = _club_takes(club_db, text)
    finally:
        solo_db.conn.close()
        club_db.conn.close()
    assert solo is in_club is taken, (what, solo_says, club_says)
    if not taken and text.strip():  # an empty hand-in keeps each side's own "nothing yet" hint
        assert solo_says == club_says, what


@pytest.mark.parametrize(("draft", "part", "taken"), [
    ("A fine start.", "And a fine middle.", True),
    ("word " * (MAX_SPEECH_WORDS - 2), "one two", True),
    ("word " * (MAX_SPEECH_WORDS - 2), "one two three", False),
    ("x" * (MAX_SPEECH_CHARS - 10), "y" * 20, False),
    ("A fine start.", "bad\x00part", False),
])
def test_solo_and_club_add_the_same_parts(db: Database, draft: str, part: str, taken: bool) -> None:
    practice, person = _solo(db)
    practice.add_speech_part(db, person, draft)
    round_id = _club(db)
    assert isinstance(club.receive_text(db, 11, draft, T0 + 11), club.Drafted)
    try:
        practice.add_speech_part(db, person, part)
        solo, solo_says = True, ""
    except PracticeError as exc:
        solo, solo_says = False, exc.message
    try:
        club.receive_text(db, 11, part, T0 + 12)
        in_club, club_says = True, ""
    except club.ClubError as exc:
        in_club, club_says = False, str(exc)
    assert solo is in_club is taken
    assert solo_says == club_says
    if not taken:  # the refused part is explained, and the draft before it is kept
        assert "not added" in solo_says
        active = practice.active(db, person)
        assert active is not None and active.speech == draft.strip()
        assert club.draft_text(db, round_id, 11, "speech") == draft.strip()


# ------------------------------------------------------------------ the same over Telegram


@pytest.fixture
async def whole_bot_api(tmp_path: Path) -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi() as fake, whole_bot(fake, tmp_path / "bot.db"):
        yield fake


async def _club_member_waiting(fake: FakeBotApi) -> FakeUser:
    admin, bea, cal = fake.user("Ana", "ana"), fake.user("Bea", "bea"), fake.user("Cal", "cal")
    group = fake.group("Club", admins=[admin])
    fake.command(admin, "/session night-trains", chat=group)
    card = await fake.wait_for("sendMessage", chat_id=group.id)
    for user in (bea, cal):
        fake.press(user, card, "Join as speaker", chat=group)
        await fake.wait_for("answerCallbackQuery")
    fake.press(admin, card, "Start", chat=group)
    await fake.wait_for("sendMessage", chat_id=group.id, predicate=lambda c: "The draw" in c.text)
    fake.command(bea, "/start round-1")
    await fake.wait_for("sendMessage", chat_id=bea.id, predicate=lambda c: ".txt file" in c.text)
    return bea


async def test_solo_and_club_documents_get_the_same_answers(whole_bot_api: FakeBotApi) -> None:
    fake = whole_bot_api
    member = await _club_member_waiting(fake)
    solo = fake.user("Sol", "sol")
    fake.command(solo, "/practice night-trains")
    await fake.wait_for("sendMessage", chat_id=solo.id)

    refused = [
        ("a PDF", b"%PDF-1.4 binary", "speech.pdf", "application/pdf", None, "plain text"),
        ("too big", b"big", "speech.txt", "text/plain", 25 * 1024 * 1024, "under 1 MB"),
        ("empty", b"", "speech.txt", "text/plain", None, "empty"),
        ("whitespace", b" \n\n\t ", "speech.md", "text/markdown", None, "empty"),
        ("NUL bytes", b"My speech\x00\x00\x00", "speech.txt", "text/plain", None, "isn't readable text"),
        ("binary", random.Random(5).randbytes(2000), "speech.txt", "text/plain", None, "isn't readable text"),
        ("latin-1", "caf\xe9 speech".encode("latin-1"), "speech.txt", "text/plain", None, "UTF-8"),
        ("105,000 words", b"word " * 105_000, "speech.txt", "text/plain", None, "6,000-word limit"),
    ]
    for what, data, name, mime, size, needle in refused:
        answers = []
        for user in (solo, member):
            fake.document(user, data, file_name=name, mime_type=mime, declared_size=size)
            answers.append((await fake.wait_for("sendMessage", chat_id=user.id)).text)
        assert answers[0] == answers[1], what
        assert needle in answers[0], (what, answers[0])

    good = SPEECH.encode()
    fake.document(solo, good, file_name="speech.md", mime_type="text/markdown")
    assert "Your speech is saved" in (await fake.wait_for("sendMessage", chat_id=solo.id)).text
    fake.document(member, good, file_name="speech.md", mime_type="text/markdown")
    assert "Got your speech" in (await fake.wait_for("sendMessage", chat_id=member.id)).text
