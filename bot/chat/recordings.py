"""What every spoken path shares: the recording's bytes, and the sentences about transcribing.

Solo speeches (voice.py), club speeches (voice_club.py) and drill answers (voice_drill.py) keep a
recording's Telegram file id on arrival and its bytes once downloaded, each in its own table with
the same `audio_of` / `keep_audio` pair, so a restart never downloads twice.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlite_utils import Database
from telegram.ext import Application

from bot.storage import Store

TRANSCRIBING = "🎙 Transcribing your {length} speech… I'll show you the text when it's ready."
COULD_NOT_TRANSCRIBE = ("Sorry, I couldn't transcribe that recording just now. Please send it again, or send "
                        "your speech as text.")

AudioOf = Callable[[Database, int], "bytes | None"]
KeepAudio = Callable[[Database, int, bytes], None]


async def recording_bytes(app: Application, store: Store, key: int, file_id: str,
                          audio_of: AudioOf, keep_audio: KeepAudio) -> bytes:
    """The recording's bytes: as kept in the database, or downloaded from Telegram once and kept."""
    data = await store.run(audio_of, key)
    if data is None:
        file = await app.bot.get_file(file_id)
        data = bytes(await file.download_as_bytearray())
        await store.run(keep_audio, key, data)
    return data
