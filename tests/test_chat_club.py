"""Club rounds end to end: the real PTB Application against the fake Bot API, a group of members."""

from __future__ import annotations

import re
from pathlib import Path

from clubfake import Club, ClubBot, drawn_round, group_text, hand_in, in_group, join, open_round, room, start
from fakebot import FakeBotApi

from bot import club

__all__ = ["room"]  # the fixture


async def test_full_open_round_with_four_speakers_and_an_adjudicator(room: Club) -> None:
    fake, bot = room.fake, room.bot
    card, rid, draw = await drawn_round(room, room.speakers, room.judge)
    assert "This House would replace short-haul flights with night trains" in card.text
    for user in room.speakers:
        assert re.search(rf"{user.first_name} \(proposed 0, opposed 0", draw.text)
    seed = bot.store.call(lambda db: db.execute("SELECT seed FROM club_draws").fetchone()[0])
    assert f"seed {seed}" in draw.text, "the tie-break seed is recorded and shown"
    assert draw.buttons[0].url == f"https://t.me/{fake.bot['username']}?start=round-{rid}"

    await bot.fire(rid, "prep_end")
    await fake.wait_for("sendMessage", predicate=in_group(room, "Speeches are open"))
    secrets = {u.id: f"Secret line {u.first_name} because emissions fall but journeys get slower." for u in
               room.speakers}
    for user in room.speakers:
        got = await hand_in(room, user, rid, secrets[user.id])
        assert "It is marked late" not in got.text
    status = await fake.wait_for("editMessageText", chat_id=room.group.id,
                                 predicate=lambda c: c.text.count("✅") == 4)
    assert "⏳" not in status.text
    assert not any(s in group_text(fake, room.group.id) for s in secrets.values()), "speech leaked early"

    await bot.fire(rid, "speeches_end")
    reveal = await fake.wait_for("sendMessage", predicate=in_group(room, "📜 Speeches"))
    assert all(s in reveal.text for s in secrets.values())
    await fake.wait_for("sendMessage", predicate=in_group(room, "Adjudication until"))
    for user in room.speakers:
        await fake.wait_for("sendMessage", chat_id=user.id, predicate=lambda c: "Your scorecard" in c.text)
    ballot = await fake.wait_for("sendMessage", chat_id=room.judge.id, predicate=lambda c: "Ballot" in c.text)

    sides = {p.user_id: p.side for p in bot.round(rid).speakers()}
    for user in room.speakers:
        fake.press(room.judge, ballot, "all 5" if sides[user.id] == "opp" else "all 2")
        await fake.wait_for("editMessageText", chat_id=room.judge.id)
    fake.press(room.judge, ballot, "Opposition")
    await fake.wait_for("editMessageText", chat_id=room.judge.id, predicate=lambda c: "Winner" in c.text)
    fake.message(room.judge, "Opposition <weighed> & won")
    await fake.wait_for("sendMessage", chat_id=room.judge.id, predicate=lambda c: "Comment saved" in c.text)
    fake.press(room.judge, ballot, "Hand in")
    result = await fake.wait_for("sendMessage", predicate=in_group(room, "🏁"))
    assert "Opposition wins" in result.text and "adjudicators' majority, 0–1" in result.text
    seen = room.fake.current(room.group.id, result.message_id)["text"]
    assert "Best speaker" in seen and "Jo: Opposition <weighed> & won" in seen, "escaped, shown as typed"
    assert "emissions fall" in result.text

    fake.command(room.admin, "/standings", chat=room.group)
    table = await fake.wait_for("sendMessage", chat_id=room.group.id)
    for user in room.speakers:
        assert re.search(rf"{user.first_name}</b>: 1 rounds, {int(sides[user.id] == 'opp')} wins", table.text)
    fake.command(room.admin, "/standings chart", chat=room.group)
    chart = await fake.wait_for("sendPhoto", chat_id=room.group.id, timeout=30)
    _name, picture = chart.files["photo"]
    assert picture[:8] == b"\x89PNG\r\n\x1a\n" and len(picture) > 10_000 and "0–100" in chart.text
    await fake.wait_for("sendMessage", chat_id=room.group.id, predicate=lambda c: "Standings" in c.text,
                        since=chart.index)  # the table follows the picture
    fake.command(room.admin, "/motionstats", chat=room.group)
    stats = await fake.wait_for("sendMessage", chat_id=room.group.id)
    assert "1 rounds, Prop 0 – Opp 1" in stats.text


async def test_two_v_two_keeps_teams_together_and_takes_replies(room: Club) -> None:
    fake, bot = room.fake, room.bot
    card, rid = await open_round(room, "2v2")
    assert "2v2" in card.text
    for user in room.speakers[:2]:
        fake.command(user, "/team Owls", chat=room.group)
        await fake.wait_for("sendMessage", chat_id=room.group.id, predicate=lambda c: "team" in c.text)
    for user in room.speakers[2:]:
        await join(room, card, user)
    fake.press(room.judge, card, "Join as speaker", chat=room.group)
    alert = await fake.wait_for("answerCallbackQuery")
    assert "taken" in alert.params.get("text", "")
    draw = await start(room, card)
    assert "Owls" in draw.text
    seats = {p.user_id: p for p in bot.round(rid).speakers()}
    owls = [seats[u.id] for u in room.speakers[:2]]
    assert owls[0].side == owls[1].side and sorted(p.position for p in owls) == [1, 2]

    await bot.fire(rid, "prep_end")
    for user in room.speakers:
        await hand_in(room, user, rid, f"{user.first_name} argues because it matters.")
    await bot.fire(rid, "speeches_end")
    await fake.wait_for("sendMessage", predicate=in_group(room, "Replies are open"))
    got = await hand_in(room, room.speakers[0], rid, "Our reply: they never answered because they could not.")
    assert "reply" in got.text
    await bot.fire(rid, "rebuttal_end")
    replies = await fake.wait_for("sendMessage", predicate=in_group(room, "↩️ Replies"))
    assert "they never answered" in replies.text
    result = await fake.wait_for("sendMessage", predicate=in_group(room, "🏁"))
    assert "decided by the bot's totals" in result.text


async def test_non_admins_cannot_start_or_cancel_until_made_organisers(room: Club) -> None:
    fake = room.fake
    member = room.speakers[0]
    fake.command(member, "/session", chat=room.group)
    refusal = await fake.wait_for("sendMessage", chat_id=room.group.id)
    assert "Only chat administrators and organisers" in refusal.text
    card, _rid = await open_round(room)
    await join(room, card, member)
    await join(room, card, room.speakers[1])
    fake.press(member, card, "Start", chat=room.group)
    alert = await fake.wait_for("answerCallbackQuery")
    assert "Only chat administrators and organisers" in alert.params["text"]
    fake.command(member, "/cancel", chat=room.group)
    refusal = await fake.wait_for("sendMessage", chat_id=room.group.id)
    assert "Only chat administrators and organisers" in refusal.text

    fake.command(member, "/organisers add @bea", chat=room.group)
    assert "Only chat administrators" in (await fake.wait_for("sendMessage", chat_id=room.group.id)).text
    fake.command(room.admin, "/organisers add @bea", chat=room.group)
    assert "@bea is now an organiser" in (await fake.wait_for("sendMessage", chat_id=room.group.id)).text
    fake.command(member, "/cancel", chat=room.group)
    cancelled = await fake.wait_for("sendMessage", chat_id=room.group.id)
    assert "is cancelled (by Bea)" in cancelled.text


async def test_a_member_without_a_username_is_made_organiser_by_replying_to_their_message(room: Club) -> None:
    fake = room.fake
    quiet = fake.user("Quinn", None)
    said = fake.message(quiet, "Can I run tonight's round?", chat=room.group)
    fake.command(room.admin, "/organisers add", chat=room.group)
    usage = await fake.wait_for("sendMessage", chat_id=room.group.id)
    assert "reply to the member's message" in usage.text
    fake.message(room.admin, "/organisers add", chat=room.group, reply_to=said,
                 entities=[{"type": "bot_command", "offset": 0, "length": len("/organisers")}])
    added = await fake.wait_for("sendMessage", chat_id=room.group.id)
    assert "Quinn is now an organiser" in added.text
    fake.command(room.admin, "/organisers", chat=room.group)
    assert "Quinn" in (await fake.wait_for("sendMessage", chat_id=room.group.id)).text
    card, rid = await open_round(room, who=quiet)
    assert f"Club round #{rid}" in card.text, "the organiser without a username runs a round"
    fake.message(room.admin, "/organisers remove", chat=room.group, reply_to=said,
                 entities=[{"type": "bot_command", "offset": 0, "length": len("/organisers")}])
    removed = await fake.wait_for("sendMessage", chat_id=room.group.id)
    assert "Quinn is no longer an organiser" in removed.text
    fake.command(quiet, "/cancel", chat=room.group)
    assert "Only chat administrators and organisers" in (
        await fake.wait_for("sendMessage", chat_id=room.group.id)).text


async def test_restart_during_prep_and_during_adjudication(room: Club) -> None:
    fake, bot = room.fake, room.bot
    _card, rid, _draw = await drawn_round(room, room.speakers[:2], room.judge)
    await bot.restart()
    assert bot.round(rid).stage == "prep"
    await bot.fire(rid, "prep_end")
    await fake.wait_for("sendMessage", predicate=in_group(room, "Speeches are open"))
    for user in room.speakers[:2]:
        await hand_in(room, user, rid, f"{user.first_name} speaks because reasons exist.")
    await bot.fire(rid, "speeches_end")
    ballot = await fake.wait_for("sendMessage", chat_id=room.judge.id, predicate=lambda c: "Ballot" in c.text)
    first = bot.round(rid).speakers()[0]
    fake.press(room.judge, ballot, "all 3")
    await fake.wait_for("editMessageText", chat_id=room.judge.id)

    await bot.restart()
    again = bot.round(rid)
    assert again.stage == "adjudication" and len(again.speeches) == 2 and len(again.participants) == 3
    state = bot.store.call(club.ballot, rid, room.judge.id)
    assert {band for (speaker, _c), band in state.bands.items() if speaker == first.user_id} == {3}
    fake.press(room.judge, ballot, "all 4")
    await fake.wait_for("editMessageText", chat_id=room.judge.id)
    fake.press(room.judge, ballot, "Proposition")
    await fake.wait_for("editMessageText", chat_id=room.judge.id, predicate=lambda c: "Winner" in c.text)
    fake.press(room.judge, ballot, "Hand in")
    result = await fake.wait_for("sendMessage", predicate=in_group(room, "🏁"))
    assert "Proposition wins" in result.text


async def test_a_member_who_never_submits_and_real_timers(tmp_path: Path) -> None:
    async with FakeBotApi() as fake:
        admin = fake.user("Ana", "ana")
        speakers = [fake.user(n, n.lower()) for n in ("Bea", "Cal", "Dot", "Eli")]
        group = fake.group("Quick Club", admins=[admin])
        bot = await ClubBot(fake, tmp_path / "quick.db", time_scale=0.002).start()
        room = Club(fake, bot, group, admin, speakers, speakers[0])
        try:
            _card, rid, _draw = await drawn_round(room, speakers)
            for user in speakers[:3]:
                await hand_in(room, user, rid, f"{user.first_name} is on time because prep is for writing.")
            await fake.wait_for("sendMessage", predicate=in_group(room, "Speeches are open"), timeout=5)
            reveal = await fake.wait_for("sendMessage", predicate=in_group(room, "📜 Speeches"), timeout=5)
            assert "No speech from: " in reveal.text and "Eli" in reveal.text.split("No speech from:")[1]
            result = await fake.wait_for("sendMessage", predicate=in_group(room, "🏁"), timeout=5)
            assert re.search(r"Eli: .*\(no speech\)", result.text)
            fake.command(speakers[3], f"/start round-{rid}")
            late = await fake.wait_for("sendMessage", chat_id=speakers[3].id)
            assert "This round is over" in late.text
        finally:
            await bot.stop()


async def test_side_balance_over_six_rounds(room: Club) -> None:
    fake, bot = room.fake, room.bot
    for _ in range(6):
        _card, rid, _draw = await drawn_round(room, room.speakers)
        await bot.fire(rid, "prep_end")
        await bot.fire(rid, "speeches_end")
        await fake.wait_for("sendMessage", predicate=in_group(room, "🏁"))
    balance = bot.store.call(club.history, room.group.id)
    assert len(balance) == 4
    assert all(abs(h.prop - h.opp) <= 1 and h.prop + h.opp == 6 for h in balance.values()), balance
    fake.command(room.admin, "/standings", chat=room.group)
    table = await fake.wait_for("sendMessage", chat_id=room.group.id)
    assert table.text.count("6 rounds") == 4
    fake.command(room.admin, "/standings chart", chat=room.group)
    unscored = await fake.wait_for("sendMessage", chat_id=room.group.id)
    assert "no scores yet" in unscored.text and not fake.calls_to("sendPhoto", chat_id=room.group.id)
