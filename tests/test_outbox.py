"""The outbox's records (bot/outbox.py) and the batching of group announcements."""

from __future__ import annotations

from html import unescape
from pathlib import Path

from sqlite_utils import Database

from bot import outbox
from bot.chat import club_render
from bot.chat.batching import LIMIT, flow, size
from bot.chat.outbox import owe_html
from bot.club import FORMATS, Participant, Round, Speech
from bot.storage import open_database
from bot.storage.outbox import migrations


def db(tmp_path: Path) -> Database:
    return open_database(tmp_path / "bot.db")


def test_the_outbox_migration_is_frozen_sql_and_applies_once(tmp_path: Path) -> None:
    base = db(tmp_path)
    assert [m.name for m in migrations.applied(base)] == ["m001_outbox"]
    columns = {c.name for c in base["outbox"].columns}
    assert {"chat_id", "text", "reply_markup", "kind", "ref", "key", "not_before", "sent_at", "failed_at",
            "last_error", "message_id"} <= columns
    base.close()
    assert migrations.pending(open_database(tmp_path / "bot.db")) == []


def test_each_chat_is_served_in_order_and_a_key_is_owed_once(tmp_path: Path) -> None:
    base = db(tmp_path)
    with base.atomic():
        first = outbox.owe(base, 1, "one", 0.0, key="k:1")
        outbox.owe(base, 1, "two", 0.0)
        outbox.owe(base, -5, "group", 0.0)
        assert outbox.owe(base, 1, "one again", 0.0, key="k:1") is None, "a key is owed once"
    assert first is not None
    assert [(o.chat_id, o.text) for o in outbox.due(base)] == [(1, "one"), (-5, "group")]
    outbox.postpone(base, first, 99.0, "RetryAfter: wait")
    head = outbox.next_in(base, 1)
    assert head is not None and head.text == "one" and head.not_before == 99.0 and head.tries == 1, \
        "a postponed message keeps its place: the chat waits rather than overtakes it"
    assert outbox.mark_sent(base, first, 100.0, 42)
    assert not outbox.mark_sent(base, first, 101.0, 43), "sent once"
    assert base.execute("SELECT text, message_id FROM outbox WHERE id = ?", [first]).fetchone() == ("", 42)
    second = outbox.next_in(base, 1)
    assert second is not None and second.text == "two"
    outbox.give_up(base, second.id, 5.0, "Forbidden: bot was blocked by the user")
    assert outbox.next_in(base, 1) is None
    assert outbox.forget_chat(base, 1) == 2


def test_a_long_message_is_owed_in_parts_with_the_keyboard_on_the_last(tmp_path: Path) -> None:
    from telegram import InlineKeyboardButton, InlineKeyboardMarkup

    base = db(tmp_path)
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("Full feedback", callback_data="pr:full:1")]])
    text = "\n\n".join(f"Paragraph {n}: " + "word " * 150 for n in range(12))
    with base.atomic():
        parts = owe_html(base, 7, text, 0.0, markup=markup, kind="scorecard", ref="attempt:1", key="card:1")
        assert owe_html(base, 7, text, 0.0, markup=markup, key="card:1") == 0
    rows = base.execute("SELECT text, reply_markup FROM outbox ORDER BY id").fetchall()
    assert parts == len(rows) > 1
    assert all(size(t) <= 4096 for t, _ in rows)
    assert [m is not None for _, m in rows] == [False] * (parts - 1) + [True]
    assert outbox.outcome(base, "scorecard", "attempt:1") == (parts, 0, 0)


def _round(speeches: int, words: int) -> Round:
    people = tuple(Participant(n, f"Speaker {n}", "speaker", "prop" if n % 2 else "opp", (n + 1) // 2)
                   for n in range(1, speeches + 1))
    text = "Speaker {} argues & " + "ok " * words
    said = tuple(Speech(p.user_id, "speech", p.side or "opp", text.format(p.user_id),
                        0.0, False, None) for p in people)
    return Round(1, -100, "m", "This House would", FORMATS["open"], "practice", (), "adjudication", 1, None,
                 None, 1.0, 1.0, None, 1.0, participants=people, speeches=said)


def test_a_forty_speaker_reveal_is_packed_into_few_full_messages() -> None:
    rnd = _round(40, 100)
    messages = flow(club_render.reveal_blocks(rnd, rnd.speeches, "📜 Speeches, round #1"))
    assert len(messages) <= 6, len(messages)  # each speech once was its own message: 40 and more
    assert all(size(m) <= LIMIT for m in messages)
    shown = unescape("\n".join(messages))
    assert all(f"Speaker {n} argues & ok" in shown for n in range(1, 41)), "nothing lost, escaped once"


def test_a_speech_longer_than_a_message_continues_under_its_label() -> None:
    rnd = _round(2, 1500)  # 4,500 characters each
    messages = flow(club_render.reveal_blocks(rnd, rnd.speeches, "📜 Speeches, round #1"))
    assert all(size(m) <= LIMIT for m in messages)
    assert sum("(cont.)" in m for m in messages) >= 2
    assert all(m.startswith(("<b>📜", "<b>Prop", "<b>Opp")) for m in messages)
