"""The Bot API surface of the fake server: method handlers and Telegram's validation rules.

`BotApiMethods` is mixed into `fakebot.FakeBotApi`; each `_api_<method>(params, files)` returns
the `result` Telegram would return or raises `ApiError(status, description)`.
"""

from __future__ import annotations

import itertools
import json
import re
import time
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any

from aiohttp import web

MAX_TEXT = 4096
MAX_CAPTION = 1024
MAX_CALLBACK_DATA = 64
MAX_DOWNLOAD = 20 * 1024 * 1024
# Parameters whose value is text as-is; every other value arrives JSON-encoded.
TEXT_PARAMS = {
    "text", "caption", "parse_mode", "callback_query_id", "file_id", "action", "url",
    "language_code", "inline_message_id", "business_connection_id", "message_effect_id",
    "custom_title", "emoji",
}
# The rights a "restricted" ChatMember carries (all False in the fake).
RESTRICTED_RIGHTS = (
    "can_send_messages", "can_send_audios", "can_send_documents", "can_send_photos", "can_send_videos",
    "can_send_video_notes", "can_send_voice_notes", "can_send_polls", "can_send_other_messages",
    "can_add_web_page_previews", "can_change_info", "can_invite_users", "can_pin_messages",
    "can_manage_topics", "can_edit_tag", "can_react_to_messages",
)
HTML_TAGS = {
    "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a",
    "code", "pre", "blockquote", "tg-emoji",
}


class ApiError(Exception):
    """A Bot API error: the HTTP status and Telegram's description."""

    def __init__(self, status: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.status, self.description, self.retry_after = status, description, retry_after


@dataclass(frozen=True)
class FakeUser:
    """A Telegram user; their private chat with the bot has the same id."""

    id: int
    first_name: str
    username: str | None = None
    language_code: str = "en"

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "is_bot": False, "first_name": self.first_name,
                                "language_code": self.language_code}
        if self.username:
            data["username"] = self.username
        return data

    def chat(self) -> dict[str, Any]:
        """The private chat between this user and the bot."""
        return {"id": self.id, "type": "private", "first_name": self.first_name}


@dataclass(frozen=True)
class FakeChat:
    """A group chat (a supergroup, negative id)."""

    id: int
    title: str
    type: str = "supergroup"

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "type": self.type, "title": self.title}


@dataclass(frozen=True)
class Button:
    """One inline keyboard button."""

    text: str
    data: str | None
    url: str | None


def keyboard_buttons(markup: Any) -> list[Button]:
    """The buttons of an inline keyboard markup (dict or JSON text)."""
    if isinstance(markup, str):
        markup = json.loads(markup)
    if not isinstance(markup, dict):
        return []
    return [
        Button(b.get("text", ""), b.get("callback_data"), b.get("url"))
        for row in markup.get("inline_keyboard", []) for b in row
    ]


class _TelegramHtml(HTMLParser):
    """Checks text the way Telegram's HTML parse mode does and measures what users see."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.visible: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in HTML_TAGS:
            raise ApiError(400, f'Bad Request: can\'t parse entities: Unsupported start tag "{tag}"')
        self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.open or self.open[-1] != tag:
            raise ApiError(400, f'Bad Request: can\'t parse entities: Unexpected end tag "{tag}"')
        self.open.pop()

    def handle_data(self, data: str) -> None:
        self.visible.append(data)


def visible_text(text: str, parse_mode: str | None) -> str:
    """What the user would see; raises ApiError(400) where Telegram would refuse the text."""
    if not parse_mode:
        return text
    if parse_mode.upper() != "HTML":
        raise ApiError(400, f"Bad Request: the fake only speaks HTML, not {parse_mode}")
    if re.search(r"<(?![a-zA-Z/])", text) or re.search(r"&(?!(lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);)", text):
        raise ApiError(400, "Bad Request: can't parse entities: unescaped < or & in the text")
    parser = _TelegramHtml()
    parser.feed(text)
    parser.close()
    if parser.open:
        tag = parser.open[-1]
        raise ApiError(400, f'Bad Request: can\'t parse entities: can\'t find end tag for "{tag}"')
    return "".join(parser.visible)


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


class BotApiMethods:
    """The Bot API methods the fake implements, over the state FakeBotApi keeps."""

    bot: dict[str, Any]
    commands: dict[str, list[dict[str, Any]]]
    messages: dict[tuple[int, int], dict[str, Any]]
    files: dict[str, tuple[bytes, int, str]]
    admins: dict[int, list[int]]
    memberships: dict[tuple[int, int], str]
    users: dict[int, FakeUser]
    groups: dict[int, FakeChat]
    _updates: list[dict[str, Any]]
    _next_message: dict[int, itertools.count[int]]

    def add_file(self, content: bytes, file_name: str = "file.bin", declared_size: int | None = None) -> str:
        """Store a file the bot can getFile and download; returns its file_id."""
        n = len(self.files) + 1
        suffix = file_name.rsplit(".", 1)[-1] if "." in file_name else "bin"
        file_id = f"FILE{n:06d}"
        self.files[file_id] = (content, declared_size or len(content), f"documents/file_{n}.{suffix}")
        return file_id

    def recording(
        self, user: FakeUser, content: bytes, *, duration: int, kind: str = "voice",
        file_name: str = "speech.mp3", mime_type: str = "audio/ogg", declared_size: int | None = None,
    ) -> dict[str, Any]:
        """A voice message (kind "voice", OGG/Opus) or an audio file (kind "audio") from `user` in
        their private chat, `duration` seconds long as Telegram declares it; the bot can getFile it."""
        file_id = self.add_file(content, "voice.ogg" if kind == "voice" else file_name, declared_size)
        media: dict[str, Any] = {"file_id": file_id, "file_unique_id": f"u{file_id}", "duration": duration,
                                 "mime_type": mime_type, "file_size": self.files[file_id][1]}
        if kind == "audio":
            media["file_name"] = file_name
        msg = self._incoming(user, None, **{kind: media})  # type: ignore[attr-defined]
        self.push({"message": msg})  # type: ignore[attr-defined]
        return msg

    def _message_id(self, chat_id: int) -> int:
        return next(self._next_message.setdefault(chat_id, itertools.count(1)))

    def _chat(self, chat_id: Any) -> dict[str, Any]:
        if not isinstance(chat_id, int):
            raise ApiError(400, "Bad Request: chat not found")
        if chat_id > 0:
            user = self.users.get(chat_id)
            return user.chat() if user else {"id": chat_id, "type": "private", "first_name": "?"}
        group = self.groups.get(chat_id)
        return group.to_dict() if group else {"id": chat_id, "type": "supergroup", "title": "Group"}

    def _bot_message(self, chat_id: Any, **content: Any) -> dict[str, Any]:
        chat = self._chat(chat_id)
        msg = {"message_id": self._message_id(chat["id"]), "date": int(time.time()),
               "chat": chat, "from": dict(self.bot), **content}
        self.messages[(chat["id"], msg["message_id"])] = msg
        return msg

    @staticmethod
    def _check_markup(markup: Any) -> dict[str, Any] | None:
        if markup is None:
            return None
        for button in keyboard_buttons(markup):
            if not button.text:
                raise ApiError(400, "Bad Request: text buttons are unallowed in the inline keyboard")
            data = button.data
            if data is not None and not 1 <= len(data.encode()) <= MAX_CALLBACK_DATA:
                raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
        return dict(markup) if isinstance(markup, dict) else None

    @staticmethod
    def _check_text(text: Any, parse_mode: str | None, limit: int = MAX_TEXT) -> str:
        if not isinstance(text, str) or not text.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        shown = visible_text(text, parse_mode)
        if not shown.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        if _utf16_len(shown) > limit:
            raise ApiError(400, "Bad Request: message is too long")
        return shown

    # ------------------------------------------------------------------ Bot API methods

    def _api_getMe(self, params: dict[str, Any], files: dict[str, Any]) -> dict[str, Any]:
        return dict(self.bot)

    def _api_deleteWebhook(self, params: dict[str, Any], files: dict[str, Any]) -> bool:
        if params.get("drop_pending_updates"):
            self._updates.clear()
        return True

    def _api_setMyCommands(self, params: dict[str, Any], files: dict[str, Any]) -> bool:
        scope = json.dumps(params.get("scope") or {"type": "default"}, sort_keys=True)
        self.commands[scope] = list(params.get("commands") or [])
        return True

    def _api_getMyCommands(self, params: dict[str, Any], files: dict[str, Any]) -> list[dict[str, Any]]:
        return self.commands.get(json.dumps(params.get("scope") or {"type": "default"}, sort_keys=True), [])

    def _api_sendMessage(self, params: dict[str, Any], files: dict[str, Any]) -> dict[str, Any]:
        shown = self._check_text(params.get("text"), params.get("parse_mode"))
        markup = self._check_markup(params.get("reply_markup"))
        msg = self._bot_message(params.get("chat_id"), text=shown, raw_text=params["text"])
        if markup:
            msg["reply_markup"] = markup
        return {k: v for k, v in msg.items() if k != "raw_text"}

    def _stored(self, params: dict[str, Any]) -> dict[str, Any]:
        key = (params.get("chat_id"), params.get("message_id"))
        msg = self.messages.get(key)  # type: ignore[arg-type]
        if msg is None:
            raise ApiError(400, "Bad Request: message to edit not found")
        return msg

    def _api_editMessageText(self, params: dict[str, Any], files: dict[str, Any]) -> dict[str, Any]:
        msg = self._stored(params)
        shown = self._check_text(params.get("text"), params.get("parse_mode"))
        markup = self._check_markup(params.get("reply_markup"))
        if params["text"] == msg.get("raw_text") and markup == msg.get("reply_markup"):
            raise ApiError(400, "Bad Request: message is not modified: specified new message content "
                                "and reply markup are exactly the same as a current content and reply "
                                "markup of the message")
        msg.update(text=shown, raw_text=params["text"], edit_date=int(time.time()))
        msg.pop("reply_markup", None)
        if markup:
            msg["reply_markup"] = markup
        return {k: v for k, v in msg.items() if k != "raw_text"}

    def _api_editMessageReplyMarkup(self, params: dict[str, Any], files: dict[str, Any]) -> dict[str, Any]:
        msg = self._stored(params)
        markup = self._check_markup(params.get("reply_markup"))
        if markup == msg.get("reply_markup"):
            raise ApiError(400, "Bad Request: message is not modified: specified new message content "
                                "and reply markup are exactly the same as a current content and reply "
                                "markup of the message")
        msg.pop("reply_markup", None)
        if markup:
            msg["reply_markup"] = markup
        return {k: v for k, v in msg.items() if k != "raw_text"}

    def _api_deleteMessage(self, params: dict[str, Any], files: dict[str, Any]) -> bool:
        if self.messages.pop((params.get("chat_id"), params.get("message_id")), None) is None:  # type: ignore[arg-type]
            raise ApiError(400, "Bad Request: message to delete not found")
        return True

    def _api_answerCallbackQuery(self, params: dict[str, Any], files: dict[str, Any]) -> bool:
        if len(str(params.get("text") or "")) > 200:
            raise ApiError(400, "Bad Request: MESSAGE_TOO_LONG")
        return True

    def _api_sendChatAction(self, params: dict[str, Any], files: dict[str, Any]) -> bool:
        self._chat(params.get("chat_id"))
        return True

    def _api_sendPhoto(
        self, params: dict[str, Any], files: dict[str, tuple[str, bytes]],
    ) -> dict[str, Any]:
        if "photo" not in files:
            raise ApiError(400, "Bad Request: there is no photo in the request")
        name, content = files["photo"]
        if len(content) > 10 * 1024 * 1024:
            raise ApiError(400, "Bad Request: PHOTO_INVALID_DIMENSIONS")
        caption = params.get("caption")
        if caption is not None:
            self._check_text(caption, params.get("parse_mode"), MAX_CAPTION)
        file_id = self.add_file(content, name)
        msg = self._bot_message(params.get("chat_id"), photo=[{
            "file_id": file_id, "file_unique_id": f"u{file_id}", "width": 900, "height": 990,
            "file_size": len(content)}])
        if caption:
            msg["caption"] = visible_text(caption, params.get("parse_mode"))
        return msg

    def _api_sendDocument(
        self, params: dict[str, Any], files: dict[str, tuple[str, bytes]],
    ) -> dict[str, Any]:
        if "document" not in files:
            raise ApiError(400, "Bad Request: there is no document in the request")
        name, content = files["document"]
        caption = params.get("caption")
        if caption is not None:
            self._check_text(caption, params.get("parse_mode"), MAX_CAPTION)
        file_id = self.add_file(content, name)
        msg = self._bot_message(params.get("chat_id"), document={
            "file_id": file_id, "file_unique_id": f"u{file_id}", "file_name": name,
            "file_size": len(content)})
        if caption:
            msg["caption"] = visible_text(caption, params.get("parse_mode"))
        markup = self._check_markup(params.get("reply_markup"))
        if markup:
            msg["reply_markup"] = markup
        return msg

    def _api_getFile(self, params: dict[str, Any], files: dict[str, Any]) -> dict[str, Any]:
        file_id = str(params.get("file_id"))
        if file_id not in self.files:
            raise ApiError(400, "Bad Request: invalid file_id")
        _content, size, path = self.files[file_id]
        if size > MAX_DOWNLOAD:
            raise ApiError(400, "Bad Request: file is too big")
        return {"file_id": file_id, "file_unique_id": f"u{file_id}", "file_size": size, "file_path": path}

    def _member(self, chat_id: int, user_id: int) -> dict[str, Any]:
        user = (dict(self.bot) if user_id == self.bot["id"]
                else self.users[user_id].to_dict() if user_id in self.users
                else {"id": user_id, "is_bot": False, "first_name": "?"})
        admins = self.admins.get(chat_id, [])
        status = self.memberships.get((chat_id, user_id))
        if status in ("left", "kicked"):
            return {"status": status, "user": user, **({"until_date": 0} if status == "kicked" else {})}
        if status in ("restricted", "restricted-left"):  # muted; "restricted-left": and no longer in it
            return {"status": "restricted", "user": user, "is_member": status == "restricted",
                    "until_date": 0, **dict.fromkeys(RESTRICTED_RIGHTS, False)}
        if chat_id > 0 or (admins and admins[0] == user_id):
            return {"status": "creator", "user": user, "is_anonymous": False}
        if user_id in admins:
            rights = ("can_be_edited", "is_anonymous", "can_manage_chat", "can_delete_messages",
                      "can_manage_video_chats", "can_restrict_members", "can_promote_members",
                      "can_change_info", "can_invite_users", "can_post_stories", "can_edit_stories",
                      "can_delete_stories")
            return {"status": "administrator", "user": user, **dict.fromkeys(rights, False),
                    "can_manage_chat": True, "can_delete_messages": True}
        return {"status": "member", "user": user}

    def _api_getChatMember(self, params: dict[str, Any], files: dict[str, Any]) -> dict[str, Any]:
        chat_id, user_id = int(params["chat_id"]), int(params["user_id"])
        if self.memberships.get((chat_id, user_id)) == "unknown":
            raise ApiError(400, "Bad Request: user not found")
        return self._member(chat_id, user_id)

    def _api_getChatAdministrators(
        self, params: dict[str, Any], files: dict[str, Any],
    ) -> list[dict[str, Any]]:
        chat_id = int(params["chat_id"])
        return [self._member(chat_id, uid) for uid in self.admins.get(chat_id, [])]


def api_error(exc: ApiError) -> web.Response:
    body: dict[str, Any] = {"ok": False, "error_code": exc.status, "description": exc.description}
    if exc.retry_after is not None:
        body["parameters"] = {"retry_after": exc.retry_after}
    return web.json_response(body, status=exc.status)
