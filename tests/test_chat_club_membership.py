"""Membership and identity end to end: only current members of a group join its rounds (Telegram's
getChatMember, cached), and organisers are user ids whose @username only shows them."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from clubfake import Club, drawn_round, join, open_round, room, whole_bot
from fakebot import Call, FakeBotApi, FakeUser

from bot import club
from bot.chat.membership import CANNOT_CHECK

__all__ = ["room"]  # the fixture

REFUSED = "Only members of this group can join its rounds"


def lookups(fake: FakeBotApi, user: FakeUser) -> list[Call]:
    return [c for c in fake.calls_to("getChatMember") if c.params.get("user_id") == user.id]


async def press_join(room: Club, card: Call, user: FakeUser, label: str = "Join as speaker") -> str:
    update = room.fake.press(user, card, label, chat=room.group)
    await room.fake.wait_for("answerCallbackQuery", predicate=lambda c: c.params["callback_query_id"]
                             == update["callback_query"]["id"])
    answers = room.fake.answers_to(update)
    assert len(answers) == 1, "every press is answered once"
    return str(answers[0].params.get("text") or "")


def seated(room: Club, round_id: int) -> set[int]:
    return {p.user_id for p in room.bot.round(round_id).participants}


async def test_only_current_members_join_and_the_refusal_says_why(room: Club) -> None:
    fake = room.fake
    card, rid = await open_round(room)
    left, banned, muted, muted_out, unknown = room.speakers[0], room.speakers[1], room.speakers[2], \
        room.speakers[3], room.judge
    fake.set_member(room.group, left, "left")
    fake.set_member(room.group, banned, "kicked")
    fake.set_member(room.group, muted, "restricted")  # muted, but still in the group
    fake.set_member(room.group, muted_out, "restricted-left")  # restricted and gone
    fake.set_member(room.group, unknown, "unknown")  # Telegram: 400 "user not found"

    for user in (left, banned, muted_out):
        assert REFUSED in await press_join(room, card, user)
    assert REFUSED in await press_join(room, card, unknown, "Join as adjudicator")
    assert "You're in as speaker" in await press_join(room, card, muted)
    assert seated(room, rid) == {muted.id}
    assert not fake.calls_to("sendMessage", chat_id=room.group.id, since=0)[1:], "refusals are alerts only"


async def test_the_answer_is_cached_until_the_group_says_someone_left(room: Club) -> None:
    fake = room.fake
    bea = room.speakers[0]
    card, rid = await open_round(room)
    assert "You're in" in await press_join(room, card, bea)
    assert "You left" in await press_join(room, card, bea)  # leaving the round needs no check
    assert "You're in" in await press_join(room, card, bea)
    assert len(lookups(fake, bea)) == 1, "one getChatMember for three presses"

    fake.leave(room.group, bea)  # the service message drops the cached answer
    assert "You left" in await press_join(room, card, bea), "a member who left may still leave the round"
    assert REFUSED in await press_join(room, card, bea)
    assert len(lookups(fake, bea)) == 2
    assert REFUSED in await press_join(room, card, bea)
    assert len(lookups(fake, bea)) == 2, "a refusal is cached too"

    fake.join_group(room.group, bea)
    assert "You're in" in await press_join(room, card, bea), "back in the group, back in the round"
    assert seated(room, rid) == {bea.id}


async def test_a_chat_member_update_replaces_the_cached_answer(room: Club) -> None:
    fake = room.fake
    bea = room.speakers[0]
    card, _rid = await open_round(room)
    assert "You're in" in await press_join(room, card, bea, "Join as adjudicator")
    assert "You left" in await press_join(room, card, bea, "Join as adjudicator")
    fake.set_member(room.group, bea, "kicked")
    fake.push({"chat_member": {  # what an administrator bot hears when someone is banned
        "chat": room.group.to_dict(), "from": room.admin.to_dict(), "date": 0,
        "old_chat_member": {"status": "member", "user": bea.to_dict()},
        "new_chat_member": {"status": "kicked", "user": bea.to_dict(), "until_date": 0},
    }})
    assert REFUSED in await press_join(room, card, bea, "Join as adjudicator")
    assert len(lookups(fake, bea)) == 1, "the update's new status was the answer; Telegram not asked"


async def test_when_telegram_cannot_be_asked_nobody_is_let_in_unchecked(room: Club) -> None:
    fake = room.fake
    bea = room.speakers[0]
    card, rid = await open_round(room)
    fake.fail("getChatMember", 502, "Bad Gateway")
    assert CANNOT_CHECK[:40] in await press_join(room, card, bea)
    assert seated(room, rid) == set()
    assert "You're in" in await press_join(room, card, bea), "a failed check is not remembered"


async def test_a_speaker_who_left_the_group_is_refused_by_the_deep_link(room: Club) -> None:
    fake = room.fake
    bea, cal = room.speakers[:2]
    _card, rid, _draw = await drawn_round(room, [bea, cal])
    fake.leave(room.group, bea)
    fake.command(bea, f"/start round-{rid}")
    refusal = await fake.wait_for("sendMessage", chat_id=bea.id)
    assert f"Round #{rid} belongs to a group you're no longer in" in refusal.text
    assert room.bot.store.call(club.focus, bea.id) is None, "nothing waits for her speech"
    fake.command(cal, f"/start round-{rid}")
    assert "Send your speech" in (await fake.wait_for("sendMessage", chat_id=cal.id)).text
    stranger = fake.user("Zed", "zed")
    fake.command(stranger, f"/start round-{rid}")
    assert "You are not in this round" in (await fake.wait_for("sendMessage", chat_id=stranger.id)).text
    assert lookups(fake, stranger) == [], "someone outside the round costs no lookup"


# ------------------------------------------------------------------ organisers are user ids


async def test_an_organiser_is_a_user_id_not_a_username(room: Club) -> None:
    fake = room.fake
    bea = room.speakers[0]
    fake.command(bea, "/standings", chat=room.group)  # the bot sees Bea, then @bea
    await fake.wait_for("sendMessage", chat_id=room.group.id)
    fake.command(room.admin, "/organisers add @bea", chat=room.group)
    assert "@bea is now an organiser" in (await fake.wait_for("sendMessage", chat_id=room.group.id)).text

    bea = fake.rename(bea, "bea_debates")  # Bea changes her @username; Telegram gives @bea away
    impostor = fake.user("Not Bea", "bea")
    fake.command(impostor, "/session", chat=room.group)
    assert "Only chat administrators and organisers" in (
        await fake.wait_for("sendMessage", chat_id=room.group.id)).text
    _card, rid = await open_round(room, who=bea)
    assert room.bot.round(rid).created_by == bea.id, "Bea still runs rounds under her new name"
    fake.command(room.admin, "/organisers", chat=room.group)
    listing = await fake.wait_for("sendMessage", chat_id=room.group.id)
    assert "@bea_debates" in listing.text and "@bea," not in listing.text + ","

    fake.command(room.admin, "/organisers add @bea", chat=room.group)  # the @bea seen now: the new one
    assert "is now an organiser" in (await fake.wait_for("sendMessage", chat_id=room.group.id)).text
    assert room.bot.store.call(club.is_organiser, room.group.id, impostor.id), \
        "seen in the group as @bea just now, and Telegram agrees: this @bea is who was meant"


async def test_adding_by_username_checks_the_name_is_still_theirs(room: Club) -> None:
    fake = room.fake
    cal = room.speakers[1]
    fake.command(room.admin, "/organisers add @cal", chat=room.group)
    unknown = await fake.wait_for("sendMessage", chat_id=room.group.id)
    assert "can't tell who @cal is" in unknown.text and "Reply to one of their messages" in unknown.text
    fake.command(cal, "/standings", chat=room.group)
    await fake.wait_for("sendMessage", chat_id=room.group.id)
    fake.rename(cal, "cal_now")  # Telegram would tell the bot about her new name, not the old one
    fake.command(room.admin, "/organisers add @cal", chat=room.group)
    assert "can't tell who @cal is" in (await fake.wait_for("sendMessage", chat_id=room.group.id)).text
    fake.leave(room.group, cal)
    fake.command(room.admin, "/organisers add @cal_now", chat=room.group)
    assert "can't tell who @cal_now is" in (await fake.wait_for("sendMessage", chat_id=room.group.id)).text
    assert room.bot.store.call(club.organisers, room.group.id) == []


async def test_a_member_picked_from_telegrams_list_is_added_by_id(room: Club) -> None:
    fake = room.fake
    quinn = fake.user("Quinn", None)  # no @username: the admin picks Quinn from the list
    text = "/organisers add Quinn"
    entities: list[dict[str, Any]] = [
        {"type": "bot_command", "offset": 0, "length": len("/organisers")},
        {"type": "text_mention", "offset": text.index("Quinn"), "length": 5, "user": quinn.to_dict()},
    ]
    fake.message(room.admin, text, chat=room.group, entities=entities)
    assert "Quinn is now an organiser" in (await fake.wait_for("sendMessage", chat_id=room.group.id)).text
    text = text.replace("add", "remove")
    entities[1] = {**entities[1], "offset": text.index("Quinn")}
    fake.message(room.admin, text, chat=room.group, entities=entities)
    removed = await fake.wait_for("sendMessage", chat_id=room.group.id)
    assert "Quinn is no longer an organiser" in removed.text


async def test_an_organiser_who_left_the_group_runs_nothing(room: Club) -> None:
    fake = room.fake
    bea = room.speakers[0]
    said = fake.message(bea, "I'll run tonight", chat=room.group)
    fake.message(room.admin, "/organisers add", chat=room.group, reply_to=said,
                 entities=[{"type": "bot_command", "offset": 0, "length": len("/organisers")}])
    await fake.wait_for("sendMessage", chat_id=room.group.id)
    card, _rid = await open_round(room, who=bea)
    await join(room, card, room.speakers[1])
    await join(room, card, room.speakers[2])
    fake.leave(room.group, bea)
    fake.press(bea, card, "Start", chat=room.group)
    alert = await fake.wait_for("answerCallbackQuery")
    assert "Only chat administrators and organisers" in alert.params["text"]


async def test_membership_lookups_do_not_use_up_the_groups_message_budget(tmp_path: Path) -> None:
    async with FakeBotApi() as fake, whole_bot(fake, tmp_path / "bot.db") as app:
        group = fake.group("Big Club")
        people = [fake.user(f"P{n}") for n in range(30)]
        started = asyncio.get_running_loop().time()
        for person in people:  # the group allows 20 messages a minute: lookups are not messages
            await asyncio.wait_for(app.bot.get_chat_member(group.id, person.id), 5)
        assert asyncio.get_running_loop().time() - started < 5
