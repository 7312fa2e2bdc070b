"""A fake Telegram Bot API on 127.0.0.1 for end-to-end tests of the real PTB Application.

Start it, point an Application at it, push updates as users, wait for what the bot sends::

    async with FakeBotApi() as fake:                     # an aiohttp server on a free port
        app = (ApplicationBuilder().token(fake.token)
               .base_url(fake.base_url).base_file_url(fake.file_url).build())
        ...start polling...
        alice = fake.user("Alice")                       # her private chat id == her user id
        fake.command(alice, "/practice economy")        # an update with the bot_command entity
        card = await fake.wait_for("sendMessage", chat_id=alice.id)
        fake.press(alice, card, "Start prep")           # a callback query on that message's button
        fake.forged_press(alice, "pr:ready:²", message_id=card.message_id)   # data no button has
        await fake.wait_for("answerCallbackQuery")
        sent = fake.message(alice, "My first argument ...")
        fake.edit(alice, sent, "My first argument, corrected")   # an edited_message update
        fake.document(alice, b"My speech", file_name="speech.txt")
        club = fake.group("Debate Club", admins=[alice])   # a supergroup; alice is an admin
        fake.set_member(club, bob, "kicked")               # getChatMember: bob is banned from it
        fake.leave(club, bob)                              # ...or left it, with the service message

What it implements: getMe (with username), deleteWebhook, getUpdates (long poll honouring
`timeout`; `offset` confirms earlier updates), setMyCommands/getMyCommands, sendMessage,
editMessageText, editMessageReplyMarkup, deleteMessage, answerCallbackQuery, sendDocument,
getFile and downloads under /file/bot<TOKEN>/<path>, getChatMember (everyone is a member of
every group unless `set_member` says otherwise), getChatAdministrators, sendChatAction. Like
Telegram it rejects, with HTTP 400 and a description: HTML that Telegram could not parse
(parse_mode=HTML), text over 4096 characters, empty text, callback_data over 64 bytes, edits
that change nothing, files over 20 MB. Unknown methods get 404; a wrong token 401.
`fake.fail(method, ...)` makes the next call(s) fail, e.g. 403 "bot was blocked by the user"; with
`when=` only calls whose params match (e.g. the scorecard, not the message before it).

Every call is recorded as a `Call` (method, decoded params, result) in `fake.calls`; the token
never appears in a Call. `wait_for` looks only at calls made since the last pushed update unless
`since=` says otherwise (`fake.mark()` gives the current position), and fails with a readable
list of what the bot did send instead. The Bot API methods themselves live in fakebot_api.py.
Import it as `from fakebot import FakeBotApi` (tests/ is on sys.path under pytest).

To run the whole bot (bot.chat.app) against it, use the `telegram_bot` fixture (conftest.py) or
`botrunner.RunningBot(fake, db_path, scorer=...)`, which also restarts on the same database.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import secrets
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web
from fakebot_api import (
    TEXT_PARAMS,
    ApiError,
    BotApiMethods,
    Button,
    FakeChat,
    FakeUser,
    api_error,
    keyboard_buttons,
)

__all__ = ["ApiError", "Button", "Call", "FakeBotApi", "FakeChat", "FakeUser", "keyboard_buttons"]

@dataclass
class Call:
    """One Bot API call the bot made: method, decoded params, uploaded files, result."""

    index: int
    method: str
    params: dict[str, Any]
    files: dict[str, tuple[str, bytes]] = field(default_factory=dict)
    result: Any = None
    error: str | None = None
    at: float = field(default_factory=time.monotonic)

    @property
    def chat_id(self) -> int | str | None:
        return self.params.get("chat_id")

    @property
    def text(self) -> str:
        """The text or caption sent ("" if none)."""
        return str(self.params.get("text") or self.params.get("caption") or "")

    @property
    def message_id(self) -> int | None:
        """The id of the message this call created or edited."""
        if isinstance(self.result, dict) and "message_id" in self.result:
            return int(self.result["message_id"])
        mid = self.params.get("message_id")
        return int(mid) if mid is not None else None

    @property
    def buttons(self) -> list[Button]:
        """The inline keyboard buttons sent with this call, row by row."""
        return keyboard_buttons(self.params.get("reply_markup"))

    def __str__(self) -> str:
        text = self.text.replace("\n", " ")
        shown = f"{text[:80]}…" if len(text) > 80 else text
        extra = f" buttons={[b.text for b in self.buttons]}" if self.buttons else ""
        failed = f" -> ERROR {self.error}" if self.error else ""
        return f"#{self.index} {self.method}(chat={self.chat_id}) {shown!r}{extra}{failed}"


class FakeBotApi(BotApiMethods):
    """The fake server plus helpers that play users. Use `async with FakeBotApi() as fake:`."""

    def __init__(self, *, username: str = "debate_practice_test_bot", bot_id: int = 7000001) -> None:
        self.token = f"{bot_id}:{secrets.token_urlsafe(24)}"
        self.bot = {"id": bot_id, "is_bot": True, "first_name": "Debate Practice",
                    "username": username, "can_join_groups": True,
                    "can_read_all_group_messages": False, "supports_inline_queries": False}
        self.calls: list[Call] = []
        self.commands: dict[str, list[dict[str, Any]]] = {}
        self.messages: dict[tuple[int, int], dict[str, Any]] = {}
        self.files: dict[str, tuple[bytes, int, str]] = {}   # file_id -> (content, size, path)
        self.admins: dict[int, list[int]] = {}               # chat id -> admin user ids, owner first
        self.memberships: dict[tuple[int, int], str] = {}    # (chat id, user id) -> status; else "member"
        self.users: dict[int, FakeUser] = {}
        self.groups: dict[int, FakeChat] = {}
        self.port = 0
        self._updates: list[dict[str, Any]] = []
        self._next_update = itertools.count(1)
        self._next_message: dict[int, itertools.count[int]] = {}
        self._next_user = itertools.count(100001)
        self._next_group = itertools.count(1001)
        self._next_query = itertools.count(1)
        self._failures: dict[str, list[tuple[ApiError, Callable[[dict[str, Any]], bool] | None]]] = {}
        self._mark = 0
        self._changed = asyncio.Condition()
        self._closing = False
        self._runner: web.AppRunner | None = None

    # ------------------------------------------------------------------ lifecycle

    @property
    def base_url(self) -> str:
        """For ApplicationBuilder().base_url(...)."""
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def file_url(self) -> str:
        """For ApplicationBuilder().base_file_url(...)."""
        return f"http://127.0.0.1:{self.port}/file/bot"

    async def start(self) -> None:
        """Listen on 127.0.0.1 on a free port."""
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_post("/{bot}/{method}", self._handle_call)
        app.router.add_get("/file/{bot}/{path:.+}", self._handle_download)
        self._runner = web.AppRunner(app, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def stop(self) -> None:
        """Wake pending long polls and shut the server down."""
        self._closing = True
        await self._notify()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeBotApi:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    # ------------------------------------------------------------------ playing users

    def user(self, first_name: str = "Alice", username: str | None = None) -> FakeUser:
        """A new user (fresh id each time)."""
        user = FakeUser(next(self._next_user), first_name, username)
        self.users[user.id] = user
        return user

    def group(self, title: str = "Debate Club", admins: Iterable[FakeUser] = ()) -> FakeChat:
        """A new supergroup; `admins` (first one is the owner) answer getChatMember as admins."""
        chat = FakeChat(-1_000_000_000_000 - next(self._next_group), title)
        self.admins[chat.id] = [u.id for u in admins]
        self.groups[chat.id] = chat
        return chat

    def set_member(self, chat: FakeChat, user: FakeUser, status: str = "member") -> None:
        """What getChatMember says about `user` in `chat` from now on: "member" (the default for
        everyone), "left", "kicked", "restricted" (muted, still in the group), "restricted-left"
        (restricted and not in it) or "unknown" (400 "user not found"). Admins stay admins
        unless set otherwise."""
        if status == "member":
            self.memberships.pop((chat.id, user.id), None)
        else:
            self.memberships[(chat.id, user.id)] = status

    def leave(self, chat: FakeChat, user: FakeUser, status: str = "left") -> dict[str, Any]:
        """`user` leaves `chat` (or is banned: status "kicked"): getChatMember says so from now on,
        and the group gets Telegram's service message (left_chat_member). Returns the update."""
        self.set_member(chat, user, status)
        return self.push({"message": self._incoming(user, chat, left_chat_member=user.to_dict())})

    def join_group(self, chat: FakeChat, user: FakeUser) -> dict[str, Any]:
        """`user` (re)joins `chat`: a member again, with the new_chat_members service message."""
        self.set_member(chat, user, "member")
        return self.push({"message": self._incoming(user, chat, new_chat_members=[user.to_dict()])})

    def rename(self, user: FakeUser, username: str | None) -> FakeUser:
        """`user` takes another @username (or none); returns them as they are now."""
        renamed = FakeUser(user.id, user.first_name, username, user.language_code)
        self.users[user.id] = renamed
        return renamed

    def push(self, update: dict[str, Any]) -> dict[str, Any]:
        """Queue a raw update (update_id is added) and move the wait_for mark here."""
        update = {"update_id": next(self._next_update), **update}
        self._updates.append(update)
        self._mark = len(self.calls)
        asyncio.get_running_loop().create_task(self._notify())
        return update

    def message(
        self, user: FakeUser, text: str, *, chat: FakeChat | None = None,
        entities: list[dict[str, Any]] | None = None, reply_to: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """A text message from `user` (in their private chat unless `chat`); returns the message."""
        msg = self._incoming(user, chat, text=text)
        if entities:
            msg["entities"] = entities
        if reply_to:
            msg["reply_to_message"] = reply_to
        self.push({"message": msg})
        return msg

    def edit(self, user: FakeUser, message: dict[str, Any], text: str) -> dict[str, Any]:
        """The user edits one of their messages (an `edited_message` update); returns it. Like
        Telegram, the edited text gets its own command entity (a command stays a command)."""
        edited = {**message, "text": text, "edit_date": int(time.time())}
        edited.pop("entities", None)
        if text.startswith("/"):
            length = len(text.split(maxsplit=1)[0])
            edited["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
        self.messages[(edited["chat"]["id"], edited["message_id"])] = edited
        self.push({"edited_message": edited})
        return edited

    def command(self, user: FakeUser, text: str, *, chat: FakeChat | None = None) -> dict[str, Any]:
        """A command such as "/practice economy" (with its bot_command entity)."""
        if not text.startswith("/"):
            raise ValueError("a command starts with /")
        length = len(text.split(maxsplit=1)[0])
        return self.message(user, text, chat=chat,
                            entities=[{"type": "bot_command", "offset": 0, "length": length}])

    def document(
        self, user: FakeUser, content: bytes, *, file_name: str = "speech.txt",
        mime_type: str = "text/plain", chat: FakeChat | None = None, caption: str | None = None,
        declared_size: int | None = None,
    ) -> dict[str, Any]:
        """A document message; `declared_size` pretends the file is that big (e.g. over 20 MB)."""
        file_id = self.add_file(content, file_name, declared_size)
        size = self.files[file_id][1]
        msg = self._incoming(user, chat, document={
            "file_id": file_id, "file_unique_id": f"u{file_id}", "file_name": file_name,
            "mime_type": mime_type, "file_size": size,
        })
        if caption is not None:
            msg["caption"] = caption
        self.push({"message": msg})
        return msg

    def press(
        self, user: FakeUser, message: Call | dict[str, Any] | int, label: str | None = None,
        *, data: str | None = None, chat: FakeChat | None = None,
    ) -> dict[str, Any]:
        """Press a button of a bot message (as it is now, after edits) by label substring or data."""
        chat_id = chat.id if chat else user.id
        if isinstance(message, Call):
            chat_id = int(message.chat_id) if message.chat_id is not None else chat_id
            message = message.message_id or 0
        mid = message if isinstance(message, int) else int(message["message_id"])
        stored = self.messages.get((chat_id, mid))
        if stored is None:
            raise LookupError(f"no message {mid} in chat {chat_id}")
        buttons = keyboard_buttons(stored.get("reply_markup"))
        found = [b for b in buttons if (data is not None and b.data == data)
                 or (data is None and label is not None and label.lower() in b.text.lower())]
        if not found or found[0].data is None:
            labels = [b.text for b in buttons]
            raise LookupError(f"no button {label or data!r} on message {mid}; it has {labels}")
        query = {"id": f"q{next(self._next_query)}", "from": user.to_dict(),
                 "chat_instance": f"ci{chat_id}", "message": dict(stored), "data": found[0].data}
        return self.push({"callback_query": query})

    def forged_press(
        self, user: FakeUser | dict[str, Any], data: str | None, *, message_id: int | None = None,
        chat: FakeChat | None = None,
    ) -> dict[str, Any]:
        """A callback query with any `data` (None: none at all), as a modified client could send it:
        on the bot's message `message_id` in the chat, or with no message (an inline message's
        press). `user` may be a raw user dict (e.g. an impossible id). Returns the update."""
        sender = user if isinstance(user, dict) else user.to_dict()
        chat_id = chat.id if chat else int(sender["id"])
        query: dict[str, Any] = {"id": f"q{next(self._next_query)}", "from": sender,
                                 "chat_instance": f"ci{chat_id}"}
        if message_id is None:
            query["inline_message_id"] = f"inline{query['id']}"
        else:
            stored = self.messages.get((chat_id, message_id))
            if stored is None:
                raise LookupError(f"no message {message_id} in chat {chat_id}")
            query["message"] = dict(stored)
        if data is not None:
            query["data"] = data
        return self.push({"callback_query": query})

    def answers_to(self, update: dict[str, Any]) -> list[Call]:
        """The answerCallbackQuery calls for the press in `update`."""
        query_id = update["callback_query"]["id"]
        return [c for c in self.calls_to("answerCallbackQuery")
                if c.params.get("callback_query_id") == query_id]

    # ------------------------------------------------------------------ looking at what the bot did

    def mark(self) -> int:
        """The current position in `calls`, for wait_for(since=...)."""
        return len(self.calls)

    def calls_to(self, method: str, *, chat_id: int | None = None, since: int = 0) -> list[Call]:
        """Successful calls to `method` (optionally in one chat) from position `since`."""
        return [c for c in self.calls[since:]
                if c.method == method and c.error is None and (chat_id is None or c.chat_id == chat_id)]

    def sent_texts(self, chat_id: int, since: int = 0) -> list[str]:
        """Texts of messages sent to a chat, oldest first."""
        return [c.text for c in self.calls_to("sendMessage", chat_id=chat_id, since=since)]

    def current(self, chat_id: int, message_id: int) -> dict[str, Any]:
        """A message as it is now (after edits); its raw sent text is under "raw_text"."""
        return self.messages[(chat_id, message_id)]

    async def wait_for(
        self, method: str, *, chat_id: int | None = None,
        predicate: Callable[[Call], bool] | None = None, timeout: float = 5.0, since: int | None = None,
    ) -> Call:
        """The first successful call to `method` since the last pushed update (or `since`)
        matching chat_id and predicate; AssertionError after `timeout` seconds."""
        start = self._mark if since is None else since

        def find() -> Call | None:
            for call in self.calls_to(method, chat_id=chat_id, since=start):
                if predicate is None or predicate(call):
                    return call
            return None

        async with self._changed:
            try:
                await asyncio.wait_for(self._changed.wait_for(lambda: find() is not None), timeout)
            except TimeoutError:
                seen = "\n  ".join(str(c) for c in self.calls[start:]) or "(nothing)"
                raise AssertionError(
                    f"no {method} to chat {chat_id} matching within {timeout}s; the bot did:\n  {seen}"
                ) from None
        found = find()
        assert found is not None
        return found

    def fail(self, method: str, status: int = 400, description: str = "Bad Request: test failure",
             *, times: int = 1, retry_after: int | None = None,
             when: Callable[[dict[str, Any]], bool] | None = None) -> None:
        """Make the next `times` calls to `method` (those whose decoded params satisfy `when`, if
        given) fail with this status and description."""
        self._failures.setdefault(method, []).extend(
            (ApiError(status, description, retry_after), when) for _ in range(times))

    # ------------------------------------------------------------------ internals

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    def _incoming(self, user: FakeUser, chat: FakeChat | None, **content: Any) -> dict[str, Any]:
        chat_dict = chat.to_dict() if chat else user.chat()
        msg = {"message_id": self._message_id(chat_dict["id"]), "date": int(time.time()),
               "chat": chat_dict, "from": user.to_dict(), **content}
        self.messages[(chat_dict["id"], msg["message_id"])] = msg
        return msg

    @staticmethod
    def _decode(form: Any) -> tuple[dict[str, Any], dict[str, tuple[str, bytes]]]:
        params: dict[str, Any] = {}
        files: dict[str, tuple[str, bytes]] = {}
        for key, value in form.items():
            if isinstance(value, web.FileField):
                files[key] = (value.filename, value.file.read())
            elif key in TEXT_PARAMS:
                params[key] = value
            else:
                try:
                    params[key] = json.loads(value)
                except (TypeError, ValueError):
                    params[key] = value
        return params, files

    async def _handle_call(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        if request.match_info["bot"] != f"bot{self.token}":
            return api_error(ApiError(401, "Unauthorized"))
        params, files = self._decode(await request.post())
        call = Call(len(self.calls), method, params, files)
        try:
            failures = self._failures.get(method) or []
            for n, (error, when) in enumerate(failures):
                if when is None or when(params):
                    del failures[n]
                    raise error
            if method == "getUpdates":
                call.result = await self._get_updates(params)
            else:
                handler = getattr(self, f"_api_{method}", None)
                if handler is None:
                    raise ApiError(404, f"Not Found: the fake Bot API has no method {method}")
                call.result = handler(params, files)
        except ApiError as exc:
            call.error = exc.description
            self._record(call)
            return api_error(exc)
        if method != "getUpdates":
            self._record(call)
        return web.json_response({"ok": True, "result": call.result})

    def _record(self, call: Call) -> None:
        call.index = len(self.calls)
        self.calls.append(call)
        asyncio.get_running_loop().create_task(self._notify())

    async def _handle_download(self, request: web.Request) -> web.Response:
        if request.match_info["bot"] != f"bot{self.token}":
            return web.Response(status=401, text="Unauthorized")
        path = request.match_info["path"]
        for content, _size, file_path in self.files.values():
            if file_path == path:
                return web.Response(body=content, content_type="application/octet-stream")
        return web.Response(status=404, text="Not Found")

    async def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        limit = int(params.get("limit") or 100)
        if offset:
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
        deadline = float(params.get("timeout") or 0)
        async with self._changed:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(
                    self._changed.wait_for(lambda: bool(self._updates) or self._closing), deadline)
        return self._updates[:limit]

