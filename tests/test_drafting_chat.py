"""/draft in Telegram, end to end: the real bot against the fake Bot API."""

from __future__ import annotations

from pathlib import Path

import yaml
from botrunner import RunningBot

from bot.drafting.writing import problems_in

ESSAYS = Path(__file__).parent / "data" / "essays"
DRAFT_WAIT = 30.0  # drafting runs the embedding model: generous on a busy 2-core machine


def essay(name: str) -> bytes:
    return (ESSAYS / name).read_bytes()


async def test_a_document_captioned_draft_comes_back_as_a_motion_file(telegram_bot: RunningBot) -> None:
    fake = telegram_bot.fake
    alice = fake.user("Alice")
    fake.document(alice, essay("homework.txt"), file_name="homework.txt", caption="/draft")
    sent = await fake.wait_for("sendDocument", chat_id=alice.id, timeout=DRAFT_WAIT)
    name, content = sent.files["document"]
    assert name.endswith(".yaml")
    text = content.decode("utf-8")
    assert problems_in(text) == []
    data = yaml.safe_load(text)
    assert data["motions"][0]["text"].startswith("This House believes that homework")
    assert "homework" in sent.params["caption"].lower() and "# CHECK" in sent.params["caption"]
    assert not fake.calls_to("sendMessage", chat_id=alice.id)  # not mistaken for a speech


async def test_draft_then_a_document(telegram_bot: RunningBot) -> None:
    fake = telegram_bot.fake
    bob = fake.user("Bob")
    fake.command(bob, "/draft")
    asked = await fake.wait_for("sendMessage", chat_id=bob.id)
    assert ".txt" in asked.params["text"]
    fake.document(bob, essay("car-free-centres.md"), file_name="cars.md", mime_type="text/markdown")
    sent = await fake.wait_for("sendDocument", chat_id=bob.id, timeout=DRAFT_WAIT)
    data = yaml.safe_load(sent.files["document"][1])
    assert data["motions"][0]["text"] == (
        "This House would ban private cars from the city centre inside the ring road"
    )
    assert data["source"]["author"] == "Hannah Okafor"


async def test_bad_essays_get_a_clear_reply_and_no_file(telegram_bot: RunningBot) -> None:
    fake = telegram_bot.fake
    carol = fake.user("Carol")
    fake.document(carol, essay("too-short.txt"), file_name="short.txt", caption="/draft")
    reply = await fake.wait_for("sendMessage", chat_id=carol.id, timeout=DRAFT_WAIT)
    assert "only 14 words" in reply.params["text"]
    fake.document(carol, b"\x89PNG\x00\x00binary", file_name="essay.txt", caption="/draft")
    reply = await fake.wait_for("sendMessage", chat_id=carol.id)
    assert "not text" in reply.params["text"]
    fake.document(carol, b"%PDF-1.4", file_name="essay.pdf", mime_type="application/pdf", caption="/draft")
    reply = await fake.wait_for("sendMessage", chat_id=carol.id)
    assert ".txt" in reply.params["text"]
    assert not fake.calls_to("sendDocument", chat_id=carol.id)


async def test_draft_in_a_group_points_to_a_private_chat(telegram_bot: RunningBot) -> None:
    fake = telegram_bot.fake
    dan = fake.user("Dan")
    club = fake.group("Debate Club", admins=[dan])
    fake.command(dan, "/draft", chat=club)
    reply = await fake.wait_for("sendMessage", chat_id=club.id)
    assert "private chat" in reply.params["text"]


async def test_an_essay_pasted_after_draft_or_with_it(telegram_bot: RunningBot) -> None:
    fake = telegram_bot.fake
    erin = fake.user("Erin")
    text = essay("homework.txt").decode("utf-8")
    fake.command(erin, "/draft")
    await fake.wait_for("sendMessage", chat_id=erin.id)
    fake.message(erin, text)
    sent = await fake.wait_for("sendDocument", chat_id=erin.id, timeout=DRAFT_WAIT)
    assert problems_in(sent.files["document"][1].decode("utf-8")) == []
    fake.command(erin, "/draft " + essay("runways.html").decode("utf-8"))
    sent = await fake.wait_for("sendDocument", chat_id=erin.id, timeout=DRAFT_WAIT)
    assert "opposes subsidising new runways" in sent.files["document"][1].decode("utf-8")
    fake.message(erin, "Just chatting now.")  # no longer waiting for an essay: solo practice answers
    reply = await fake.wait_for("sendMessage", chat_id=erin.id)
    assert not fake.calls_to("sendDocument", chat_id=erin.id, since=reply.index)
