"""One set of limits for a speech, however it arrives: typed or piped in the terminal, a file for
`debate-bot score` or `debate-bot practice --file`, messages or a document in Telegram (solo
practice and club rounds alike).

A speech is refused, with one friendly sentence saying why, when it is empty or only
whitespace, when it is not readable text (NUL bytes, mostly control characters, or a file that
is not UTF-8), or when it is too long. This module imports nothing from the rest of the bot, so
every adapter (cli, terminal, chat, club, practice) can use it.
"""

from __future__ import annotations

import re
from pathlib import Path

# A 15-minute speech is about 2,500 words spoken; these limits leave room for notes and long
# written practice without letting a book (or a log file) reach the scorer.
MAX_SPEECH_WORDS = 6_000
MAX_SPEECH_CHARS = 60_000
MAX_SPEECH_FILE_BYTES = 1024 * 1024  # "under 1 MB"; 6,000 words of text is about 40 KB
SPEECH_FILE_SUFFIXES = (".txt", ".md", ".text")  # plain text or Markdown
SPEECH_FILE_MIME_TYPES = ("text/plain", "text/markdown", "text/x-markdown")

# Control characters other than tabs and line breaks, lone surrogates (undecodable bytes read
# with surrogateescape) and NUL: text with more than 1 in MAX_ODD_SHARE of these is binary.
_ODD = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\ud800-\udfff]")
MAX_ODD_SHARE = 10


class SpeechInputError(ValueError):
    """A speech (or speech file) that cannot be taken; `message` is one sentence to show as-is.

    `reason` says which limit: 'empty', 'binary', 'encoding', 'too_long', 'too_big', 'missing',
    'folder' or 'unreadable'."""

    def __init__(self, message: str, reason: str = "") -> None:
        self.message = message
        self.reason = reason
        super().__init__(message)


def looks_binary(text: str) -> bool:
    """True for text holding a NUL, or with more than 1 in MAX_ODD_SHARE odd characters."""
    if "\x00" in text:
        return True
    odd = sum(1 for _ in _ODD.finditer(text))
    return odd > 0 and odd * MAX_ODD_SHARE > len(text)


def not_text(what: str) -> str:
    return (f"{what} isn't readable text (it looks like a binary file, such as a Word document or a PDF): "
            "save the speech as plain UTF-8 text (.txt or .md) and try again.")


def not_utf8(what: str) -> str:
    return (f"{what} isn't UTF-8 text, so some letters would come out wrong: save it as plain text "
            "with UTF-8 encoding (.txt or .md) and try again.")


def empty(what: str) -> str:
    return f"{what} is empty: there is nothing in it to score."


def nothing_sent(noun: str = "speech") -> str:
    """The answer to /done before any part has arrived, the same in solo practice and club rounds."""
    return (f"Nothing to hand in yet: send your {noun} as one or more messages (or a .txt file) first, "
            "then /done.")


def length_problem(text: str, opening: str) -> str | None:
    """'<opening> 6,100 words, over the 6,000-word limit' when the text is too long, else None."""
    words = len(text.split())
    if words > MAX_SPEECH_WORDS:
        return f"{opening} {words:,} words, over the {MAX_SPEECH_WORDS:,}-word limit"
    if len(text) > MAX_SPEECH_CHARS:
        return f"{opening} {len(text):,} characters, over the {MAX_SPEECH_CHARS:,}-character limit"
    return None


def speech_text_error(text: str, what: str = "The speech") -> SpeechInputError | None:
    """The error for text that cannot be taken as a whole speech, or None if it can."""
    if looks_binary(text):
        return SpeechInputError(not_text(what), "binary")
    if not text.strip():
        return SpeechInputError(empty(what), "empty")
    too_long = length_problem(text.strip(), f"{what} is")
    return SpeechInputError(f"{too_long}: please shorten it and try again.", "too_long") if too_long else None


def check_speech_text(text: str, what: str = "The speech") -> str | None:
    """Why this text cannot be taken as a whole speech (one sentence), or None if it can.

    `what` names it in the sentence: "Your speech", "That file", "speech.txt"."""
    error = speech_text_error(text, what)
    return error.message if error else None


def require_speech_text(text: str, what: str = "The speech") -> str:
    """The text, if it can be taken as a whole speech; else SpeechInputError saying why."""
    error = speech_text_error(text, what)
    if error:
        raise error
    return text


def check_speech_part(draft: str, part: str, noun: str = "speech") -> str | None:
    """Why a part sent as a message cannot be added to the draft, or None.

    Nothing is added when this says no, and the sentence says so."""
    if looks_binary(part):
        return ("That message isn't readable text, so it was not added to your "
                f"{noun}: send the {noun} as plain text.")
    whole = f"{draft}\n\n{part.strip()}" if draft and part.strip() else draft or part.strip()
    too_long = length_problem(whole, f"With this part your {noun} would be")
    if too_long:
        return f"{too_long}, so this part was not added: shorten it, or send /done to hand in the rest."
    return None


def file_size_problem(size: int, what: str = "That file") -> str | None:
    """Why a file of `size` bytes is too big for a speech, or None."""
    if size <= MAX_SPEECH_FILE_BYTES:
        return None
    megabytes = size / (1024 * 1024)
    shown = f"{megabytes:.1f} MB" if megabytes >= 1.05 else "over 1 MB"  # a stream is read to 1 MB + 1 byte
    return (f"{what} is {shown}, but a speech file must be under 1 MB "
            f"({MAX_SPEECH_WORDS:,} words is about 40 KB): please send a shorter one.")


def document_problem(file_name: str | None, mime_type: str | None, size: int | None) -> str | None:
    """Why an uploaded document cannot be a speech, judged before it is downloaded, or None."""
    name = (file_name or "").lower()
    mime = (mime_type or "").lower().split(";")[0].strip()
    if not (name.endswith(SPEECH_FILE_SUFFIXES) or mime in SPEECH_FILE_MIME_TYPES):
        return ("I can read speeches sent as plain text (a .txt or .md file) or as messages. "
                "Please send it that way.")
    return file_size_problem(size or 0)


def decode_speech_bytes(data: bytes, what: str = "That file") -> str:
    """The speech in a file's bytes, checked; SpeechInputError with the reason if refused."""
    problem = file_size_problem(len(data), what)
    if problem:
        raise SpeechInputError(problem, "too_big")
    if b"\x00" in data:
        raise SpeechInputError(not_text(what), "binary")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        loose = data.decode("utf-8", errors="replace")
        if loose.count("\ufffd") * MAX_ODD_SHARE > len(loose):
            raise SpeechInputError(not_text(what), "binary") from None
        raise SpeechInputError(not_utf8(what), "encoding") from None
    return require_speech_text(text, what)


def read_speech_file(path: Path | str) -> str:
    """The checked speech in a file on disk; SpeechInputError with one sentence if refused.

    At most MAX_SPEECH_FILE_BYTES + 1 bytes are read, so a huge file is refused quickly."""
    path = Path(path).expanduser()
    try:
        if path.is_dir():
            raise IsADirectoryError(path)
        problem = file_size_problem(path.stat().st_size, str(path))  # 0 for a pipe: read and see
        if problem:
            raise SpeechInputError(problem, "too_big")
        with path.open("rb") as stream:
            data = stream.read(MAX_SPEECH_FILE_BYTES + 1)
    except FileNotFoundError:
        raise SpeechInputError(f"I could not read {path}: there is no such file.", "missing") from None
    except IsADirectoryError:
        raise SpeechInputError(f"{path} is a folder, not a speech file: give the path of a .txt or .md file.",
                               "folder") from None
    except OSError as exc:
        raise SpeechInputError(f"I could not read {path}: {exc.strerror or exc.__class__.__name__}.",
                               "unreadable") from None
    return decode_speech_bytes(data, str(path))


def read_speech_stream(stream: object, what: str = "The speech on standard input") -> str:
    """The checked speech from a stream (stdin): its bytes when it has a binary buffer, so that
    binary and non-UTF-8 input is refused like a file's; else its text."""
    buffer = getattr(stream, "buffer", None)
    if buffer is not None and hasattr(buffer, "read"):
        return decode_speech_bytes(buffer.read(MAX_SPEECH_FILE_BYTES + 1), what)
    read = getattr(stream, "read", None)
    if read is None:
        raise TypeError("not a readable stream")
    text = read()
    if not isinstance(text, str):
        return decode_speech_bytes(bytes(text), what)
    return require_speech_text(text, what)


__all__ = [
    "MAX_SPEECH_CHARS", "MAX_SPEECH_FILE_BYTES", "MAX_SPEECH_WORDS", "SPEECH_FILE_MIME_TYPES",
    "SPEECH_FILE_SUFFIXES", "SpeechInputError", "check_speech_part", "check_speech_text",
    "decode_speech_bytes", "document_problem", "file_size_problem", "looks_binary",
    "read_speech_file", "read_speech_stream", "require_speech_text", "speech_text_error",
]
