"""The one parser for button data, and the handler filters that keep edited commands from running."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from clubfake import BANK, fake_score
from telegram import InlineKeyboardMarkup, Update
from telegram.ext import Application, CommandHandler, MessageHandler

from bot.chat import club_render, keyboards
from bot.chat.app import build_application
from bot.chat.callback_data import MAX_ID, ButtonExpired, Press, expect, parse
from bot.club import Criterion, Participant, Round
from bot.club.ballots import BallotState
from bot.club.model import FORMATS
from bot.config import Settings
from bot.rubric import rubric_names

FORGED = [
    None, "", "pr", "pr:", "pr:ready", "pr:ready:", "pr:ready:²", "pr:ready:٣", "pr:ready:-1", "pr:ready:0",
    "pr:ready:+1", "pr:ready: 1", "pr:ready:1\n", "pr:ready:1_000", "pr:ready:0x1f",
    "pr:ready:99999999999999999999", f"pr:ready:{MAX_ID + 1}", "pr:ready:1:2", "pr:submit:1", "pr:zzz",
    "pr:set-prep:nan", "pr:set-prep:1e3", "pr:set-prep:61", "pr:set-prep:-0", "pr:set-rubric:../x",
    "pr:set-rubric:BP", "pr:set-rubric:", "club", "club:join:1", "club:join:1:x", "club:join:abc:s",
    "club:start:", "club:b:1:2:3", "club:b:1:2:0:6", "club:b:1:2:64:3", "club:ba:1:x:3", "club:w:1:draw",
    "club:w:1", "club:sub:²", "club:nope:1", "x" * 65, "🙂:🙂", "pr:ready:" + "1" * 60,
]


def buttons(markup: InlineKeyboardMarkup | None) -> list[str]:
    return [str(b.callback_data) for row in (markup.inline_keyboard if markup else ()) for b in row]


def ballot_states() -> list[BallotState]:
    criteria = (Criterion("reasoning", "Reasoning"), Criterion("rebuttal", "Rebuttal"))
    rnd = Round(
        id=9_007_199_254_740_993, chat_id=-1001, motion_id="m", motion_text="This House would test",
        format=FORMATS["open"], rubric="practice", criteria=criteria, stage="adjudication", created_by=1,
        stage_deadline=None, status_message_id=None, prep_seconds=1, speech_seconds=1, reply_seconds=None,
        adjudication_seconds=1,
        participants=(Participant(8_000_000_001, "Bea", "speaker", "prop", 1),
                      Participant(-2, "(removed)", "speaker", "opp", 1), Participant(5, "Jo", "adjudicator")),
    )
    all_bands = {(s, c.id): 3 for s in (8_000_000_001, -2) for c in criteria}
    return [BallotState(rnd, 5, {}, None, "", False, None),
            BallotState(rnd, 5, {(8_000_000_001, "reasoning"): 3, (8_000_000_001, "rebuttal"): 2,
                                 (-2, "reasoning"): 4}, None, "", False, None),
            BallotState(rnd, 5, all_bands, None, "", False, None),
            BallotState(rnd, 5, all_bands, "prop", "", False, None)]


def test_every_button_the_bot_makes_parses_to_its_layout():
    names = rubric_names()
    markups = [
        keyboards.motion_card(MAX_ID, 15), keyboards.prepping(1), keyboards.speech_draft(),
        keyboards.scorecard(7), keyboards.scorecard(7, full_shown=True), keyboards.history([(3, "#3")]),
        keyboards.forget(), keyboards.settings(15, "practice", names), keyboards.rubrics("bp", names),
        club_render.signup_keyboard(12), club_render.draft_received(12, "speech", 40)[1],
        club_render.draft_received(12, "reply", 40)[1],
        *(club_render.ballot_message(state)[1] for state in ballot_states()),
    ]
    seen = {data for markup in markups for data in buttons(markup)}
    assert len(seen) > 30
    for data in seen:
        assert parse(data) is not None, data
    assert {parse(d).action for d in seen if d.startswith("club:")} == {  # type: ignore[union-attr]
        "join", "start", "cancel", "done", "b", "ba", "w", "sub", "redo"}


def test_a_press_has_typed_bounded_fields():
    assert parse(f"pr:ready:{MAX_ID}") == Press("pr", "ready", (MAX_ID,))
    assert parse("pr:set-prep:0") == Press("pr", "set-prep", (0,))
    assert parse("pr:set-rubric:wsdc") == Press("pr", "set-rubric", ("wsdc",))
    press = parse("club:b:7:-3:1:5")
    assert press == Press("club", "b", (7, -3, 1, 5))
    assert press is not None and press.number(1) == -3 and isinstance(press.number(3), int)
    assert parse("club:w:7:opp") == Press("club", "w", (7, "opp"))
    with pytest.raises(TypeError):
        Press("club", "w", (7, "opp")).number(1)


@pytest.mark.parametrize("data", FORGED)
def test_forged_or_malformed_data_fits_no_layout(data: str | None):
    assert parse(data) is None
    with pytest.raises(ButtonExpired):
        expect(data, "pr", "ready")


def test_expect_wants_the_feature_and_one_of_the_actions():
    assert expect("club:sub:4", "club", "b", "sub").number() == 4
    with pytest.raises(ButtonExpired):
        expect("club:sub:4", "club", "join")
    with pytest.raises(ButtonExpired):
        expect("pr:ready:4", "club", "ready")


def test_building_a_button_that_would_not_parse_fails_loudly():
    with pytest.raises(ValueError):
        keyboards.data(keyboards.READY, "²")
    with pytest.raises(ValueError):
        keyboards.data("unknown-action")


# ------------------------------------------------------------------ edited commands, per handler


@pytest.fixture
def application(tmp_path: Path) -> Any:
    settings = Settings(token="123:TEST", db_path=str(tmp_path / "bot.db"))
    app = build_application(settings, bank=BANK, scorer=fake_score)
    yield app
    app.bot_data["services"].store.close()


def update(
    app: Application, text: str, chat: dict[str, Any], *, edited: bool, document: bool = False,
) -> Update:
    message: dict[str, Any] = {"message_id": 5, "date": 1, "chat": chat,
                               "from": {"id": 42, "is_bot": False, "first_name": "Ada"}}
    if document:
        message.update(document={"file_id": "F", "file_unique_id": "f", "file_name": "s.txt"}, caption=text)
    else:
        message["text"] = text
        if text.startswith("/"):
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
    if edited:
        message["edit_date"] = 2
    return Update.de_json({"update_id": 1, ("edited_message" if edited else "message"): message}, app.bot)


PRIVATE = {"id": 42, "type": "private", "first_name": "Ada"}
GROUP = {"id": -1001, "type": "supergroup", "title": "Club"}


def test_no_command_handler_takes_an_edited_message(application: Application):
    handlers = [h for group in application.handlers.values() for h in group]
    commands = [h for h in handlers if isinstance(h, CommandHandler)]
    assert len(commands) > 20
    for handler in commands:
        for name in handler.commands:
            text = f"/{name} round-1" if name == "start" else f"/{name} 1"
            new = [bool(handler.filters.check_update(update(application, text, chat, edited=False)))
                   for chat in (PRIVATE, GROUP)]
            assert any(new), f"/{name} ({handler.callback.__name__}) takes no new message"
            for chat in (PRIVATE, GROUP):
                again = handler.filters.check_update(update(application, text, chat, edited=True))
                assert not again, f"/{name} ({handler.callback.__name__}) reruns, edited in {chat['type']}"


def test_only_the_edit_notes_take_an_edited_message(application: Application):
    handlers = [h for group in application.handlers.values() for h in group if isinstance(h, MessageHandler)]
    for chat in (PRIVATE, GROUP):
        for text, document in (("/practice", False), ("/draft", True), ("My first argument.", False),
                               ("speech text", True)):
            edited = update(application, text, chat, edited=True, document=document)
            takers = {h.callback.__name__ for h in handlers if h.check_update(edited)}
            speech_part = chat is PRIVATE and not document and not text.startswith("/")
            allowed = {"note_edit"} if speech_part else set()
            assert takers == allowed, (text, chat["type"], takers)
