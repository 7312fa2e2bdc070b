"""The fake Bot API behaves like Telegram for a plain PTB Application (no bot code involved)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from fakebot import FakeBotApi
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import BadRequest, Forbidden
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)


async def _echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.message.reply_text(f"you said {len(update.message.text)} characters")


async def _menu(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Start prep", callback_data="prep:1")]])
    await update.message.reply_html("<b>Motion</b> &lt;card&gt;", reply_markup=keyboard)


async def _pressed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.callback_query.answer("ok")
    await update.callback_query.edit_message_text(f"pressed {update.callback_query.data}")


async def _document(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    file = await update.message.document.get_file()
    data = await file.download_as_bytearray()
    await update.message.reply_text(data.decode())


@pytest.fixture
async def plain_app() -> AsyncIterator[tuple[FakeBotApi, Application]]:
    async with FakeBotApi() as fake:
        app = (ApplicationBuilder().token(fake.token).base_url(fake.base_url)
               .base_file_url(fake.file_url).build())
        app.add_handler(CommandHandler("menu", _menu))
        app.add_handler(CallbackQueryHandler(_pressed))
        app.add_handler(MessageHandler(filters.Document.ALL, _document))
        app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, _echo))
        await app.initialize()
        await app.updater.start_polling(timeout=1, poll_interval=0)
        await app.start()
        try:
            yield fake, app
        finally:
            await app.updater.stop()
            await app.stop()
            await app.shutdown()


async def test_messages_commands_buttons_and_documents_round_trip(plain_app):
    fake, _app = plain_app
    alice = fake.user("Alice")
    fake.message(alice, "hello")
    reply = await fake.wait_for("sendMessage", chat_id=alice.id)
    assert reply.text == "you said 5 characters"

    fake.command(alice, "/menu")
    card = await fake.wait_for("sendMessage", chat_id=alice.id)
    assert [b.text for b in card.buttons] == ["Start prep"]
    assert fake.current(alice.id, card.message_id)["text"] == "Motion <card>"

    fake.press(alice, card, "start prep")
    await fake.wait_for("answerCallbackQuery")
    edit = await fake.wait_for("editMessageText", chat_id=alice.id)
    assert edit.text == "pressed prep:1"
    assert "reply_markup" not in fake.current(alice.id, card.message_id)

    fake.document(alice, "Speech café".encode(), file_name="speech.txt")
    echoed = await fake.wait_for("sendMessage", chat_id=alice.id)
    assert echoed.text == "Speech café"


async def test_telegram_errors_arrive_as_http_statuses(plain_app):
    fake, app = plain_app
    bob = fake.user("Bob")
    with pytest.raises(BadRequest, match="parse entities"):
        await app.bot.send_message(bob.id, "a <bad> tag", parse_mode="HTML")
    with pytest.raises(BadRequest, match="too long"):
        await app.bot.send_message(bob.id, "x" * 4097)
    with pytest.raises(BadRequest, match=r"(?i)button_data_invalid"):
        await app.bot.send_message(bob.id, "hi", reply_markup=InlineKeyboardMarkup(
            [[InlineKeyboardButton("x", callback_data="y" * 65)]]))
    fake.fail("sendMessage", 403, "Forbidden: bot was blocked by the user")
    with pytest.raises(Forbidden):
        await app.bot.send_message(bob.id, "hi")
    sent = await app.bot.send_message(bob.id, "hi")
    with pytest.raises(BadRequest, match="not modified"):
        await app.bot.edit_message_text("hi", chat_id=bob.id, message_id=sent.message_id)


async def test_group_admins_and_long_poll_timeout(plain_app):
    fake, app = plain_app
    owner, member = fake.user("Olga"), fake.user("Max")
    club = fake.group("Club", admins=[owner])
    admins = await app.bot.get_chat_administrators(club.id)
    assert [a.user.id for a in admins] == [owner.id]
    assert (await app.bot.get_chat_member(club.id, member.id)).status == "member"
    assert "token" not in repr(fake.calls) and fake.token not in repr(fake.calls)
    with pytest.raises(AssertionError, match="no sendMessage"):
        await fake.wait_for("sendMessage", chat_id=member.id, timeout=0.3)
