"""/progress in a private chat: the progress chart as a photo, its figures as the caption."""

from __future__ import annotations

import asyncio

from telegram import Update
from telegram.ext import Application, filters

from bot.charts import progress_lines, progress_png

from .context import DebateContext, message_of
from .guards import command
from .speech import person_of

PRIVATE_COMMANDS = [("progress", "Your progress as a chart")]
CAPTION_LIMIT = 1024  # Telegram's limit for a photo caption


async def show_progress(update: Update, context: DebateContext) -> None:
    """Send the chart (drawn off the event loop), or say there is nothing to draw yet."""
    svc = context.services
    person = await person_of(update, svc)
    found = await svc.store.run(svc.practice.progress, person)
    lines = progress_lines(found)
    message = message_of(update)
    if found.empty:
        await message.reply_text(lines[0])
        return
    picture = await asyncio.to_thread(progress_png, found)
    caption = "\n".join(lines)
    if len(caption) > CAPTION_LIMIT:
        caption = caption[: CAPTION_LIMIT - 1].rsplit("\n", 1)[0]
    await message.reply_photo(picture, caption=caption)


def register(application: Application) -> None:
    """/progress in private chats."""
    application.add_handler(command("progress", show_progress, filters.ChatType.PRIVATE))
