"""/forget in the whole bot: a member who spoke in a club round and practised solo leaves no trace."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from clubfake import Club, ClubBot, drawn_round, hand_in, in_group, join, open_round, start, whole_bot
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
    first = await _play_round(room, [bea, cal], room.judge, {
        bea.id: CLUB_SPEECH,
        cal.id: "Cal answers: journeys get slower but tickets cost more, because berths.",
    })
    fake.command(room.admin, "/organisers add @bea", chat=room.group)  # the bot has seen Bea join
    await fake.wait_for("sendMessage", predicate=in_group(room, "@bea is now an organiser"))
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


async def _forget(room: Club, user: Any) -> Any:
    room.fake.command(user, "/forget")
    confirm = await room.fake.wait_for("sendMessage", chat_id=user.id, predicate=lambda c: "club" in c.text)
    room.fake.press(user, confirm, "Yes, delete")
    return await room.fake.wait_for("editMessageText", chat_id=user.id,
                                    predicate=lambda c: "deleted" in c.text)


def _sent_to_nobody(fake: FakeBotApi, room: Club) -> list[str]:
    """Messages the bot sent (or owes) to a chat that is neither the group nor a person."""
    sent = [str(c) for c in fake.calls if c.method == "sendMessage" and isinstance(c.chat_id, int)
            and c.chat_id <= 0 and c.chat_id != room.group.id]
    owed = room.bot.store.call(lambda db: db.execute(
        "SELECT chat_id FROM outbox WHERE chat_id <= 0 AND chat_id != ?", (room.group.id,)).fetchall())
    return sent + [str(row) for row in owed]


async def test_an_adjudicator_who_forgets_mid_adjudication_no_longer_holds_up_the_result(
    whole_club: Club,
) -> None:
    room, fake = whole_club, whole_club.fake
    bea, cal, dot = room.speakers
    card, rid = await open_round(room)
    for user, role in ((cal, "speaker"), (dot, "speaker"), (room.judge, "adjudicator"), (bea, "adjudicator")):
        await join(room, card, user, f"Join as {role}")
    await start(room, card)
    await room.bot.fire(rid, "prep_end")
    for user in (cal, dot):
        await hand_in(room, user, rid, f"{user.first_name} speaks because emissions fall.")
    await room.bot.fire(rid, "speeches_end")
    ballots = {}
    for judge in (room.judge, bea):
        ballots[judge.id] = await fake.wait_for(
            "sendMessage", chat_id=judge.id, predicate=lambda c: "Ballot" in c.text, since=0)
    jo_ballot = ballots[room.judge.id]
    for _ in (cal, dot):
        fake.press(room.judge, jo_ballot, "all 4")
        await fake.wait_for("editMessageText", chat_id=room.judge.id)
    fake.press(room.judge, jo_ballot, "Proposition")
    await fake.wait_for("editMessageText", chat_id=room.judge.id, predicate=lambda c: "Winner" in c.text)
    fake.press(room.judge, jo_ballot, "Hand in")
    await fake.wait_for("answerCallbackQuery", predicate=lambda c: "handed in" in c.text)
    fake.press(bea, ballots[bea.id], "all 2")  # Bea starts her ballot, then asks to be forgotten
    await fake.wait_for("editMessageText", chat_id=bea.id)
    assert room.bot.round(rid).stage == "adjudication", "the round waits for Bea's ballot"

    done = await _forget(room, bea)

    assert "You left 1 running round(s) you were adjudicating" in done.text
    result = await fake.wait_for("sendMessage", predicate=in_group(room, "🏁"))
    assert "Proposition wins" in result.text, "decided by the one ballot in, at once, not at the timer"
    rnd = room.bot.round(rid)
    assert rnd.stage == "done" and [p.user_id for p in rnd.adjudicators()] == [room.judge.id]
    assert _sent_to_nobody(fake, room) == []
    for user in (cal, dot):
        cards = [c for c in fake.calls_to("sendMessage", chat_id=user.id) if "Your scorecard" in c.text]
        assert len(cards) == 1, "each scorecard once, not again with the result"


async def test_an_adjudicator_who_forgets_before_adjudication_is_sent_no_ballot(whole_club: Club) -> None:
    room, fake = whole_club, whole_club.fake
    bea, cal, dot = room.speakers
    _card, rid, _draw = await drawn_round(room, [cal, dot], bea)
    await room.bot.fire(rid, "prep_end")
    done = await _forget(room, bea)
    assert "You left 1 running round(s)" in done.text
    for user in (cal, dot):
        await hand_in(room, user, rid, f"{user.first_name} speaks because emissions fall.")
    await room.bot.fire(rid, "speeches_end")
    result = await fake.wait_for("sendMessage", predicate=in_group(room, "🏁"))
    assert "decided by the bot's totals" in result.text
    assert _sent_to_nobody(fake, room) == []
    assert not [c for c in fake.calls_to("sendMessage", since=0) if "Ballot" in c.text], "no ballot to anyone"


async def test_a_refused_forged_ballot_press_leaves_no_row(whole_club: Club) -> None:
    room, fake = whole_club, whole_club.fake
    bea, cal, dot = room.speakers
    _card, rid, _draw = await drawn_round(room, [cal, dot], room.judge)
    await room.bot.fire(rid, "prep_end")
    for user in (cal, dot):
        await hand_in(room, user, rid, f"{user.first_name} speaks because emissions fall.")
    await room.bot.fire(rid, "speeches_end")
    await fake.wait_for("sendMessage", chat_id=room.judge.id, predicate=lambda c: "Ballot" in c.text, since=0)
    fake.command(bea, "/help")
    help_ = await fake.wait_for("sendMessage", chat_id=bea.id)
    for data in (f"club:ba:{rid}:{cal.id}:3", f"club:b:{rid}:{cal.id}:0:3", f"club:w:{rid}:prop",
                 f"club:redo:{rid}", f"club:sub:{rid}"):
        update = fake.forged_press(bea, data, message_id=help_.message_id)
        await fake.wait_for("answerCallbackQuery", predicate=lambda c, u=update: c.params["callback_query_id"]
                            == u["callback_query"]["id"])
        assert "Only this round's adjudicators" in fake.answers_to(update)[0].text
    rows = room.bot.store.call(lambda db: db.execute(
        "SELECT adjudicator_id FROM club_ballots WHERE round_id = ?", (rid,)).fetchall())
    assert rows == [(room.judge.id,)], "only the real adjudicator's ballot"
