"""A solo speech typed but not handed in is kept (across a restart) and offered back on the next
/practice, or on the group's "practise" link, with a button to hand it in; /done hands it in."""

from __future__ import annotations

from botrunner import RunningBot
from fakebot import Call, FakeBotApi, FakeUser

from bot.chat import render

PART = "Night trains cut emissions because rail is clean, and sleepers save a hotel night."


async def said(fake: FakeBotApi, user: FakeUser, needle: str, since: int | None = None) -> Call:
    """The bot's first private message to `user` containing `needle`."""
    return await fake.wait_for("sendMessage", chat_id=user.id, since=since,
                               predicate=lambda c: needle in c.text)


async def test_a_kept_draft_is_offered_back_on_practice_after_a_restart_and_handed_in_by_its_button(
    telegram_bot: RunningBot,
) -> None:
    fake = telegram_bot.fake
    lea = fake.user("Lea")
    fake.command(lea, "/practice")
    card = await said(fake, lea, "Your side")
    fake.message(lea, PART)
    await said(fake, lea, "words so far")

    await telegram_bot.restart()
    mark = fake.mark()
    fake.command(lea, "/practice")
    offer = await said(fake, lea, "middle of a speech", since=mark)
    words = len(PART.split())
    assert f"({words} words)" in offer.text and "/done" in offer.text and "/cancel" in offer.text
    assert [b.text for b in offer.buttons] == ["✅ Submit speech"]
    assert not [t for t in fake.sent_texts(lea.id, since=mark) if "Your side" in t], "no motion drawn over it"

    fake.press(lea, offer, "Submit speech")
    await said(fake, lea, f"saved ({words} words)", since=mark)
    scored = await said(fake, lea, "Scorecard", since=mark)
    assert scored.index > card.index


async def test_the_practise_link_offers_the_draft_back_instead_of_dropping_it(
    telegram_bot: RunningBot,
) -> None:
    fake = telegram_bot.fake
    max_ = fake.user("Max")
    fake.command(max_, "/practice")
    await said(fake, max_, "Your side")
    fake.message(max_, PART)
    await said(fake, max_, "words so far")
    mark = fake.mark()
    fake.command(max_, f"/start {render.PRACTICE_START}")  # the group's "message me directly" link
    await said(fake, max_, "middle of a speech", since=mark)
    assert not [t for t in fake.sent_texts(max_.id, since=mark) if "Your side" in t]
    fake.command(max_, "/done")
    await said(fake, max_, f"saved ({len(PART.split())} words)", since=mark)
