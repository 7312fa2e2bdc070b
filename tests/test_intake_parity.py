"""Solo practice and a club speech take the same speeches and refuse the same ones, with the same
sentence: the same inputs go through both paths of one running bot (bot/chat/intake.py and
bot/speech_limits.py), one debater practising alone and one club member writing a round's speech."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from clubfake import whole_bot
from fakebot import FakeBotApi, FakeUser

from bot.speech_limits import MAX_SPEECH_CHARS, MAX_SPEECH_FILE_BYTES, MAX_SPEECH_WORDS

Send = Callable[[FakeBotApi, FakeUser], object]


@dataclass
class Speakers:
    fake: FakeBotApi
    solo: FakeUser  # has drawn a motion with /practice
    member: FakeUser  # has opened the round's link; the round waits for their speech
    round_id: int

    async def reply(self, user: FakeUser, send: Send, expect: str | None = None) -> str:
        """What the bot answers `user` after `send` (the first answer, or the first containing `expect`)."""
        send(self.fake, user)
        call = await self.fake.wait_for("sendMessage", chat_id=user.id, timeout=10,
                                        predicate=None if expect is None else lambda c: expect in c.text)
        return call.text

    async def both(self, send: Send, expect: str | None = None) -> tuple[str, str]:
        return await self.reply(self.solo, send, expect), await self.reply(self.member, send, expect)


@pytest.fixture
async def speakers(tmp_path: Path) -> AsyncIterator[Speakers]:
    async with FakeBotApi() as fake, whole_bot(fake, tmp_path / "bot.db"):
        admin, solo = fake.user("Ana", "ana"), fake.user("Sol", "sol")
        member, other = fake.user("Mem", "mem"), fake.user("Oto", "oto")
        group = fake.group("Debate Club", admins=[admin])

        fake.command(solo, "/practice")
        await fake.wait_for("sendMessage", chat_id=solo.id)

        fake.command(admin, "/session night-trains", chat=group)
        card = await fake.wait_for("sendMessage", chat_id=group.id,
                                   predicate=lambda c: "Club round #" in c.text)
        found = re.search(r"Club round #(\d+)", card.text)
        assert found
        for user in (member, other):
            fake.press(user, card, "Join as speaker", chat=group)
            await fake.wait_for("answerCallbackQuery")
        fake.press(admin, card, "Start", chat=group)
        await fake.wait_for("sendMessage", chat_id=group.id, predicate=lambda c: "The draw" in c.text)
        fake.command(member, f"/start round-{found.group(1)}")
        await fake.wait_for("sendMessage", chat_id=member.id, predicate=lambda c: "Send " in c.text)
        yield Speakers(fake, solo, member, int(found.group(1)))


def document(content: bytes, name: str = "speech.txt", mime: str = "text/plain",
             declared_size: int | None = None) -> Send:
    return lambda fake, user: fake.document(user, content, file_name=name, mime_type=mime,
                                            declared_size=declared_size)


def message(text: str) -> Send:
    return lambda fake, user: fake.message(user, text)


def words(n: int, word: str = "argument") -> str:
    return " ".join([word] * n)


# (what is sent, a phrase of the refusal both paths must give word for word)
REFUSED: list[tuple[str, Send, str]] = [
    ("a binary file", document(bytes(range(256)) * 4), "isn't readable text"),
    ("a text file with a NUL byte", document(b"Night trains win because emissions fall.\x00" * 5),
     "isn't readable text"),
    ("a Latin-1 file", document("Caf\xe9 culture needs night trains.".encode("latin-1")), "isn't UTF-8"),
    ("a PDF", document(b"%PDF-1.4 speech", "speech.pdf", "application/pdf"), "plain text"),
    ("a Word document", document(b"PK\x03\x04 speech", "speech.docx",
                                 "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
     "plain text"),
    ("a file said to be 25 MB", document(b"short", declared_size=25 * 1024 * 1024), "under 1 MB"),
    ("a file just over 1 MB", document(b"a " * (MAX_SPEECH_FILE_BYTES // 2 + 1)), "under 1 MB"),
    ("a file of whitespace", document(b"  \n\t \r\n "), "is empty"),
    ("a file over the word limit", document(words(MAX_SPEECH_WORDS + 1).encode()),
     f"{MAX_SPEECH_WORDS + 1:,} words"),
    ("a file over the character limit", document(b"x" * (MAX_SPEECH_CHARS + 1)),
     f"{MAX_SPEECH_CHARS + 1:,} characters"),
    ("a message with a NUL", message("My speech\x00"), "isn't readable text"),
    ("a message of control characters", message("\x01\x02\x03\x04 ab"), "isn't readable text"),
    ("a message over the word limit", message(words(MAX_SPEECH_WORDS + 1)), "shorten it"),
]


async def test_the_same_inputs_are_refused_with_the_same_sentence(speakers: Speakers) -> None:
    for what, send, phrase in REFUSED:
        solo, club = await speakers.both(send)
        assert phrase in solo, f"{what}: {solo}"
        assert solo == club, f"{what}: solo and club differ"
    getfile = len(speakers.fake.calls_to("getFile"))
    assert getfile == 2 * 6, "types and sizes are judged before a download, in both paths"


async def test_done_before_any_part_gets_the_same_answer_in_both_paths(speakers: Speakers) -> None:
    solo, club = await speakers.both(lambda fake, user: fake.command(user, "/done"))
    assert solo == club and "Nothing to hand in yet" in solo and "then /done" in solo


async def test_the_same_draft_limits_and_hand_in_in_both_paths(speakers: Speakers) -> None:
    so_far = words(MAX_SPEECH_WORDS - 1000, "because")
    solo, club = await speakers.both(message(so_far), expect="so far")
    assert f"Got it: {MAX_SPEECH_WORDS - 1000:,} words so far." in solo
    assert f"Got it: {MAX_SPEECH_WORDS - 1000:,} words so far." in club

    # a part that would take the draft over the limit is not added, in either path
    solo, club = await speakers.both(message(words(1001)))
    assert solo == club and f"{MAX_SPEECH_WORDS + 1:,} words" in solo and "not added" in solo

    # a file handed in after the draft is judged with the draft: too long as a whole
    solo, club = await speakers.both(document(words(1500).encode()))
    assert solo == club, "the whole speech's refusal is the same"
    assert f"Your speech is {MAX_SPEECH_WORDS + 500:,} words" in solo

    # a Markdown file that fits (saved with a byte-order mark) is taken after the draft, in both paths
    fits = "# Night trains\n\n" + words(200, "emissions")
    markdown = document(fits.encode("utf-8-sig"), "speech.md", "text/markdown")
    solo = await speakers.reply(speakers.solo, markdown, expect="saved")
    club = await speakers.reply(speakers.member, markdown, expect="Got your speech")
    total = MAX_SPEECH_WORDS - 1000 + len(fits.split())
    assert f"({total:,} words)" in solo and f"({total:,} words)" in club
