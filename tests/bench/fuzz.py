"""Benchmark: thousands of random and malformed updates through the whole bot, end to end.

    python tests/bench/fuzz.py [--updates 5000] [--seed 1] [--batch 25] [--telegram-limits]

Runs the real Application (bot.chat.app: solo practice, speeches, club rounds, drafting, drills)
against the fake Bot API on 127.0.0.1, with a small motion bank and a transparent scorer, and
sends it updates mixing real use with abuse: random commands with odd arguments (huge and
negative numbers, superscript and Arabic-Indic digits, 5,000-character arguments, /start deep
links to rounds that never existed), random text and unicode (right-to-left marks, zero-width
joiners, emoji, lone surrogates' neighbours, control characters), edited commands, documents
with odd names and sizes, presses of real buttons and forged ones (unknown prefixes, fields out
of range, too many or too few fields, over 64 bytes, no data at all, inline messages), ids
beyond 64 bits, unknown groups, service messages and chat_member updates. It prints:

* unhandled exceptions: errors that reached the application's error handlers (target 0);
* unanswered presses: callback queries never answered, and presses answered twice (target 0);
* apologies: "Sorry, something went wrong" messages or alerts (the bot's own failures);
* reply latency p50/p95: from an update to the bot's first answer in its chat.

The fake does not enforce Telegram's flood limits, so by default the bot's rate limiter is
relaxed (a reply to a group would otherwise wait 3 s for each message past 20 a minute);
`--telegram-limits` keeps the real ones. It is a script, not a test.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import random
import statistics
import sys
import tempfile
import time
import traceback
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from botrunner import RunningBot, simple_scorer  # noqa: E402
from clubfake import BANK  # noqa: E402
from fakebot import FakeBotApi, FakeUser  # noqa: E402
from fakebot_api import FakeChat  # noqa: E402
from telegram.ext import Application, ContextTypes  # noqa: E402

from bot.chat import app as app_module  # noqa: E402
from bot.chat.errors import SORRY  # noqa: E402
from bot.chat.rate_limits import MessageRateLimiter  # noqa: E402

COMMANDS = (
    "start", "help", "practice", "done", "cancel", "motions", "settings", "rubric", "forget", "stats",
    "history", "progress", "drill", "draft", "session", "round", "extend", "skip", "team", "organisers",
    "standings", "motionstats", "nonsense", "Start", "practice@debate_practice_test_bot", "done@other_bot",
)
WEIRD = (
    "", "0", "-1", "1e309", "nan", "inf", "-inf", "²", "٣", "１２", "9" * 25, str(2**63), str(2**64),
    "-" + "9" * 19,
    "@", "@" * 40, "@ana", "@bea", "add", "remove", "add @", "add @x y z", "off", "2v2", "3v3", "open",
    "economy", "night-trains", "ban-homework", "transport", "<b>", "</i>", "&amp;", "&", "<", "a" * 5000,
    "\u202e\u202dreversed", "zero\u200bwidth", "\u0000null", "emoji 🧑‍🤝‍🧑🏳️‍🌈", "\ufeffbom",
    "tab\tline\nbreak",
    "round-1", "round-99999999999999999999", "round-²", "round--5", "round-0", f"round-{2**63 - 1}",
)
TEXTS = (
    "Because rail emits less, night trains win.", "but journeys get slower", "?", "…", " ", "\n\n",
    "<script>alert(1)</script>", "=HYPERLINK(\"http://x\")", "😀" * 300, "ب" * 200, "word " * 900,
    "x" * 4096, "\u0301\u0301\u0301", "\u200f\u200e", "ok", "/", "//", "/ done", "#done", "don't",
)
PREFIXES = ("pr", "club", "dr", "draft", "x", "", "PR", "club ", "ｐｒ")
ACTIONS = ("prep", "ready", "redraw", "retry", "full", "open", "submit", "new", "forget-yes", "forget-no",
           "set-prep", "set-rubric", "join", "start", "cancel", "done", "b", "ba", "w", "sub", "redo", "??")
FIELDS = ("1", "0", "-1", "2", "5", "6", "63", "64", "s", "a", "prop", "opp", "draw", "²", "٣", "",
          str(2**63 - 1), str(2**63), "9" * 30, "wsdc", "practice", "../x", "1.5", " 1")
FILE_NAMES = ("speech.txt", "speech.md", "essay.pdf", "", "..txt", "a" * 300 + ".txt", "ok.TXT", "x.exe")


def percentile(values: list[float], share: float) -> float:
    """The value below which `share` of the values fall (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))] if ordered else 0.0


class Fuzzer:
    """Makes random updates and pushes them; remembers what each one expects back."""

    def __init__(self, fake: FakeBotApi, rng: random.Random) -> None:
        self.fake, self.rng = fake, rng
        self.admin = fake.user("Ana", "ana")
        self.users = [self.admin] + [fake.user(self._name(), self._username()) for _ in range(30)]
        self.groups = [fake.group("Debate Club", admins=[self.admin]),
                       fake.group("Second \u202eClub", admins=[self.users[1]])]
        self.presses: list[dict[str, Any]] = []
        self.pushed: list[tuple[float, int | None, str | None]] = []  # (time, chat id, query id)
        self.sent_messages: list[dict[str, Any]] = []

    def _name(self) -> str:
        return self.rng.choice(("Bea", "Cal", "\u202eDot", "Eli 🧑‍🏫", "Zoë", "李", "ب", "A" * 64, "<b>x</b>",
                                "&"))

    def _username(self) -> str | None:
        return self.rng.choice((None, f"user{self.rng.randrange(10**6)}", "bea", "ana"))

    def user(self) -> FakeUser:
        return self.rng.choice(self.users)

    def chat(self, user: FakeUser) -> FakeChat | None:
        roll = self.rng.random()
        if roll < 0.55:
            return None  # private
        if roll < 0.95:
            return self.rng.choice(self.groups)
        return FakeChat(-1_000_000_000_000 - self.rng.randrange(10**6), "Unknown group")

    def _note(self, update: dict[str, Any], chat_id: int | None, query: str | None = None) -> None:
        self.pushed.append((time.monotonic(), chat_id, query))
        if "callback_query" in update:
            self.presses.append(update)

    def one(self) -> None:
        """Push one random update."""
        kind = self.rng.choices(
            ("command", "text", "edit", "press", "forged", "document", "huge", "service", "member", "odd"),
            weights=(30, 18, 5, 14, 16, 4, 3, 3, 2, 5))[0]
        getattr(self, f"_{kind}")()

    def _command(self) -> None:
        user, chat = self.user(), None
        chat = self.chat(user)
        name = self.rng.choice(COMMANDS)
        args = " ".join(self.rng.choice(WEIRD) for _ in range(self.rng.choice((0, 0, 1, 1, 2, 3))))
        text = f"/{name} {args}".strip() if args.strip() else f"/{name}"
        msg = self.fake.command(user, text[:4096], chat=chat)
        self.sent_messages.append(msg)
        self._note({}, msg["chat"]["id"])

    def _text(self) -> None:
        user = self.user()
        msg = self.fake.message(user, self.rng.choice(TEXTS) or ".", chat=self.chat(user))
        self.sent_messages.append(msg)
        self._note({}, msg["chat"]["id"])

    def _edit(self) -> None:
        if not self.sent_messages:
            return self._command()
        old = self.rng.choice(self.sent_messages)
        user = self.fake.users.get(old["from"]["id"])
        if user is None:
            return None
        text = self.rng.choice(("/practice", "/extend 1", "/cancel", "/skip @bea", "fixed text", "/done"))
        edited = self.fake.edit(user, old, text)
        self._note({}, edited["chat"]["id"])
        return None

    def _press(self) -> None:
        """A real button of a message the bot sent (as it is now)."""
        candidates = [(k, m) for k, m in self.fake.messages.items() if m.get("reply_markup")]
        if not candidates:
            return self._forged()
        (chat_id, message_id), msg = self.rng.choice(candidates)
        buttons = [b for row in msg["reply_markup"].get("inline_keyboard", []) for b in row
                   if b.get("callback_data")]
        if not buttons:
            return self._forged()
        user = self.fake.users.get(chat_id) if chat_id > 0 else self.user()
        group = next((g for g in self.groups if g.id == chat_id), None)
        if user is None or (chat_id < 0 and group is None):
            return self._forged()
        update = self.fake.press(user, message_id, data=self.rng.choice(buttons)["callback_data"], chat=group)
        self._note(update, chat_id, update["callback_query"]["id"])
        return None

    def _forged(self) -> None:
        user = self.user()
        fields = [self.rng.choice(FIELDS) for _ in range(self.rng.choice((0, 1, 2, 3, 4, 5, 9)))]
        data: str | None = ":".join([self.rng.choice(PREFIXES), self.rng.choice(ACTIONS), *fields])
        roll = self.rng.random()
        if roll < 0.05:
            data = None
        elif roll < 0.1:
            data = "club:join:" + "1" * 70  # over 64 bytes
        own = [mid for (cid, mid) in self.fake.messages if cid == user.id]
        groups = [(g, mid) for g in self.groups for (cid, mid) in self.fake.messages if cid == g.id]
        where = self.rng.random()
        if where < 0.45 and own:
            update = self.fake.forged_press(user, data, message_id=self.rng.choice(own))
            chat_id: int | None = user.id
        elif where < 0.8 and groups:
            group, mid = self.rng.choice(groups)
            update = self.fake.forged_press(user, data, message_id=mid, chat=group)
            chat_id = group.id
        else:
            update = self.fake.forged_press(user, data)  # an inline message's press
            chat_id = None
        self._note(update, chat_id, update["callback_query"]["id"])

    def _document(self) -> None:
        user = self.user()
        name = self.rng.choice(FILE_NAMES)
        content = self.rng.choice((b"A speech because reasons.", b"\xff\xfe\x00bad", b"",
                                   "é".encode("latin-1")))
        size = self.rng.choice((None, 0, 2**40, -1, 5))
        msg = self.fake.document(user, content, file_name=name, declared_size=size)
        self._note({}, msg["chat"]["id"])

    def _huge(self) -> None:
        """Ids no Telegram user or chat can have."""
        big = self.rng.choice((2**63, 2**64, -(2**63) - 1, 10**30))
        sender = {"id": big, "is_bot": False, "first_name": "Big"}
        if self.rng.random() < 0.5:
            entities = [{"type": "bot_command", "offset": 0, "length": 9}]
            update = self.fake.push({"message": {
                "message_id": self.rng.randrange(1, 10**6), "date": 0, "chat": {"id": big, "type": "private"},
                "from": sender, "text": "/practice", "entities": entities}})
            self._note(update, None)
        else:
            update = self.fake.forged_press(sender, "pr:new")
            self._note(update, None, update["callback_query"]["id"])

    def _service(self) -> None:
        group, user = self.rng.choice(self.groups), self.user()
        if self.rng.random() < 0.5:
            self.fake.leave(group, user, self.rng.choice(("left", "kicked")))
        else:
            self.fake.join_group(group, user)
        self._note({}, None)

    def _member(self) -> None:
        group, user = self.rng.choice(self.groups), self.user()
        status = self.rng.choice(("member", "left", "kicked", "administrator", "restricted"))
        new: dict[str, Any] = {"status": status, "user": user.to_dict()}
        if status == "kicked":
            new["until_date"] = 0
        if status == "administrator":
            new.update(can_be_edited=False, is_anonymous=False, can_manage_chat=True,
                       can_delete_messages=False, can_manage_video_chats=False, can_restrict_members=False,
                       can_promote_members=False, can_change_info=False, can_invite_users=False,
                       can_post_stories=False, can_edit_stories=False, can_delete_stories=False)
        if status == "restricted":
            new = {"status": "left", "user": user.to_dict()}
        self.fake.push({"chat_member": {"chat": group.to_dict(), "from": self.admin.to_dict(), "date": 0,
                                        "old_chat_member": {"status": "member", "user": user.to_dict()},
                                        "new_chat_member": new}})
        self._note({}, None)

    def _odd(self) -> None:
        """Updates with nothing a handler expects: a sticker, a channel post, an empty message."""
        user = self.user()
        chat = self.rng.choice([None, *self.groups])
        content = self.rng.choice((
            {"sticker": {"file_id": "S1", "file_unique_id": "u", "width": 1, "height": 1,
                         "is_animated": False, "is_video": False, "type": "regular"}},
            {"caption": "/done"},
            {"text": "/start round-1", "entities": [{"type": "bot_command", "offset": 0, "length": 6}]},
            {"text": "/", "entities": [{"type": "bot_command", "offset": 0, "length": 1}]},
            {"text": "@debate_practice_test_bot hi",
             "entities": [{"type": "mention", "offset": 0, "length": 25}]},
        ))
        msg = self.fake._incoming(user, chat, **content)
        key = self.rng.choice(("message", "message", "channel_post"))
        if key == "channel_post":
            msg = {**msg, "chat": {"id": -100777, "type": "channel", "title": "News"}}
            msg.pop("from", None)
        self._note(self.fake.push({key: msg}), None)


async def settle(fake: FakeBotApi, quiet: float = 0.3, limit: float = 60.0) -> None:
    """Wait until the bot has taken every update and made no call for `quiet` seconds."""
    deadline = time.monotonic() + limit
    count = -1
    while time.monotonic() < deadline:
        if not fake._updates and len(fake.calls) == count:
            return
        count = len(fake.calls)
        await asyncio.sleep(quiet)


def latencies(fake: FakeBotApi, pushed: list[tuple[float, int | None, str | None]]) -> list[float]:
    """Seconds from each update to the bot's first answer in its chat (or to its press)."""
    found = []
    calls = fake.calls
    for at, chat_id, query in pushed:
        for call in calls:
            if call.at < at:
                continue
            if (query is not None and call.params.get("callback_query_id") == query) or (
                    query is None and chat_id is not None and call.chat_id == chat_id):
                found.append(call.at - at)
                break
    return found


async def main(updates: int, seed: int, batch: int, telegram_limits: bool, show: int = 0) -> int:
    errors: list[str] = []

    async def count_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        errors.append(f"{type(context.error).__name__}: {context.error}")
        if len(errors) <= show:
            traceback.print_exception(context.error)
            print("    update:", str(update)[:600], file=sys.stderr)

    logged: list[logging.LogRecord] = []

    class Catch(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            if record.levelno >= logging.ERROR:
                logged.append(record)

    logging.getLogger().addHandler(Catch())
    if not telegram_limits:  # the fake enforces no flood limits: do not wait for them either
        app_module.MessageRateLimiter = lambda max_retries: MessageRateLimiter(  # type: ignore[misc,assignment]
            overall_max_rate=0, group_max_rate=0, max_retries=max_retries)
    rng = random.Random(seed)
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as folder:
        async with FakeBotApi() as fake:
            bot = await RunningBot(fake, Path(folder) / "fuzz.db", scorer=simple_scorer, bank=BANK).start()
            app: Application = bot.app  # type: ignore[assignment]
            app.add_error_handler(count_error)
            fuzzer = Fuzzer(fake, rng)
            try:
                for n in range(updates):
                    fuzzer.one()
                    if (n + 1) % batch == 0:
                        await asyncio.sleep(0)  # let the bot poll while more arrive
                    if (n + 1) % (batch * 8) == 0:
                        await settle(fake, quiet=0.1)
                await settle(fake)
            finally:
                await bot.stop()
            unanswered = [p for p in fuzzer.presses if not fake.answers_to(p)]
            twice = [p for p in fuzzer.presses if len(fake.answers_to(p)) > 1]
            apologies = [c for c in fake.calls if SORRY in c.text]
            seconds = latencies(fake, fuzzer.pushed)
    elapsed = time.monotonic() - started
    print(f"updates sent:             {updates:,} in {elapsed:.0f} s (seed {seed})")
    print(f"presses:                  {len(fuzzer.presses):,}")
    print(f"unhandled exceptions:     {len(errors)}")
    for line in sorted(set(errors))[:10]:
        print(f"    {line[:150]}")
    print(f"error log records:        {len(logged)}")
    print(f"unanswered presses:       {len(unanswered)}")
    for press in unanswered[:5]:
        print(f"    {press['callback_query'].get('data')!r}")
    print(f"presses answered twice:   {len(twice)}")
    print(f"apologies sent:           {len(apologies)}")
    if seconds:
        print(f"reply latency:            p50 {statistics.median(seconds) * 1000:.0f} ms, "
              f"p95 {percentile(seconds, 0.95) * 1000:.0f} ms over {len(seconds):,} replies")
    return 1 if errors or unanswered or twice else 0


def _args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--updates", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--batch", type=int, default=25, help="updates pushed before the bot may poll")
    parser.add_argument("--telegram-limits", action="store_true", help="keep Telegram's flood limits")
    parser.add_argument("--show", type=int, default=0, help="print the traceback of the first N errors")
    return parser.parse_args()


if __name__ == "__main__":
    options = _args()
    sys.exit(asyncio.run(main(options.updates, options.seed, options.batch, options.telegram_limits,
                              options.show)))
