"""/forget in the whole bot: a member who spoke in a club round and practised solo leaves no trace."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from clubfake import Club, ClubBot, drawn_round, hand_in, in_group, whole_bot
from fakebot import FakeBotApi

from bot.chat.club_runtime import runtime

CLUB_SPEECH = "Bea's own club line: emissions fall because rail is cleaner, but journeys get slower."
SOLO_SPEECH = "Bea's private practice speech about night trains because sleepers matter."
COMMENT = "Bea judged this one because she was asked to"


@pytest.fixture
async def whole_club(tmp_path: Path) -> AsyncIterator[Club]:
    """The whole bot (practice and club handlers) with a club: Ana organises, Bea, Cal and Dot."""
    async with FakeBotApi() as fake, whole_bot(fake, tmp_path / "bot.db") as app:
        bot = ClubBot(fake, tmp_path / "bot.db")
        bot.app, bot.store = app, runtime(app).store  # ClubBot.fire needs only these two
        admin = fake.user("Ana", "ana")
        speakers = [fake.user(n, n.lower()) for n in ("Bea", "Cal", "Dot")]
        group = fake.group("Debate Club", admins=[admin])
        yield Club(fake, bot, group, admin, speakers, fake.user("Jo", "jo"))


async def _play_round(room: Club, speakers: list[Any], judge: Any, speeches: dict[int, str]) -> int:
    """A round from sign-up to the result, with a ballot and a comment from `judge`."""
    fake, bot = room.fake, room.bot
    _card, rid, _draw = await drawn_round(room, speakers, judge)
    await bot.fire(rid, "prep_end")
    for user in speakers:
        await hand_in(room, user, rid, speeches[user.id])
    await bot.fire(rid, "speeches_end")
    ballot = await fake.wait_for("sendMessage", chat_id=judge.id, predicate=lambda c: "Ballot" in c.text)
    for _ in speakers:
        fake.press(judge, ballot, "all 4")
        await fake.wait_for("editMessageText", chat_id=judge.id)
    fake.press(judge, ballot, "Opposition")
    await fake.wait_for("editMessageText", chat_id=judge.id, predicate=lambda c: "Winner" in c.text)
    fake.message(judge, COMMENT if judge.first_name == "Bea" else "Clear clash on cost.")
    await fake.wait_for("sendMessage", chat_id=judge.id, predicate=lambda c: "Comment saved" in c.text)
    fake.press(judge, ballot, "Hand in")
    await fake.wait_for("sendMessage", predicate=in_group(room, "🏁"))
    return rid


def _traces(db: Any, user_id: int, texts: tuple[str, ...]) -> list[str]:
    """Every cell in every table that holds the user id or one of the texts."""
    found = []
    own_id = re.compile(rf"(?<![\d.]){user_id}(?![\d.])")
    tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()]
    for table in tables:
        cursor = db.execute(f"SELECT * FROM [{table}]")
        columns = [d[0] for d in cursor.description]
        for row in cursor.fetchall():
            for column, value in zip(columns, row, strict=True):
                text = str(value)
                if value == user_id or (isinstance(value, str) and (
                        own_id.search(text) or any(t in text for t in texts))):
                    found.append(f"{table}.{column} = {text[:80]}")
    return found


async def test_forget_removes_club_and_practice_data_and_keeps_others_results(whole_club: Club) -> None:
    room, fake = whole_club, whole_club.fake
    bea, cal, dot = room.speakers
    fake.command(room.admin, "/organisers add @bea", chat=room.group)
    await fake.wait_for("sendMessage", predicate=in_group(room, "bea"))
    first = await _play_round(room, [bea, cal], room.judge, {
        bea.id: CLUB_SPEECH,
        cal.id: "Cal answers: journeys get slower but tickets cost more, because berths.",
    })
    second = await _play_round(room, [cal, dot], bea, {
        cal.id: "Cal again because city centres connect.",
        dot.id: "Dot says tickets cost more but rail wins.",
    })
    fake.command(bea, "/practice")
    await fake.wait_for("sendMessage", chat_id=bea.id, predicate=lambda c: "Start prep" in str(c.buttons))
    fake.message(bea, SOLO_SPEECH)
    await fake.wait_for("sendMessage", chat_id=bea.id, predicate=lambda c: "words so far" in c.text)
    fake.command(bea, "/done")
    await fake.wait_for("sendMessage", chat_id=bea.id, predicate=lambda c: "Scorecard" in c.text)
    store = room.bot.store
    assert store is not None
    texts = (CLUB_SPEECH, SOLO_SPEECH, COMMENT)
    assert len(await store.run(_traces, bea.id, texts)) > 5, "the scan finds what is stored about Bea"

    fake.command(bea, "/forget")
    confirm = await fake.wait_for("sendMessage", chat_id=bea.id, predicate=lambda c: "club" in c.text)
    fake.press(bea, confirm, "Yes, delete")
    done = await fake.wait_for("editMessageText", chat_id=bea.id, predicate=lambda c: "deleted" in c.text)

    assert "1 club speeches" in done.text and "1 organiser roles" in done.text
    assert "In 2 club round(s)" in done.text and "(removed)" in done.text
    assert await store.run(_traces, bea.id, texts) == []
    for rid, others in ((first, [cal]), (second, [cal, dot])):
        rnd = room.bot.round(rid)
        assert rnd.stage == "done" and [p.name for p in rnd.participants].count("(removed)") == 1
        assert {s.user_id for s in rnd.speeches} == {u.id for u in others}, "others' speeches stay"
    fake.command(room.admin, "/standings", chat=room.group)
    table = await fake.wait_for("sendMessage", predicate=in_group(room, "Cal"))
    assert re.search(r"Cal</b>: 2 rounds", table.text) and "Dot</b>: 1 rounds" in table.text
    assert "Bea" not in table.text and "(removed)" not in table.text
    fake.command(room.admin, "/organisers", chat=room.group)
    listing = await fake.wait_for("sendMessage", predicate=in_group(room, "rganiser"))
    assert "bea" not in listing.text.lower()
