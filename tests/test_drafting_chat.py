"""/draft in Telegram, end to end: the real bot against the fake Bot API."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from botrunner import RunningBot

from bot.chat import drafting
from bot.drafting import draft_essay
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
        "This House believes that the council should ban private cars from the city centre inside the "
        "ring road"
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


async def test_an_essay_pasted_in_several_messages_is_drafted_on_done(telegram_bot: RunningBot) -> None:
    fake = telegram_bot.fake
    erin = fake.user("Erin")
    paragraphs = essay("homework.txt").decode("utf-8").split("\n\n")
    half = len(paragraphs) // 2
    fake.command(erin, "/draft")
    await fake.wait_for("sendMessage", chat_id=erin.id)
    mark = fake.mark()
    fake.message(erin, "\n\n".join(paragraphs[:half]))
    fake.message(erin, "\n\n".join(paragraphs[half:]))
    ack = await fake.wait_for("sendMessage", chat_id=erin.id, since=mark)
    assert "/done" in ack.params["text"] and "words so far" in ack.params["text"]
    fake.command(erin, "/done")
    sent = await fake.wait_for("sendDocument", chat_id=erin.id, timeout=DRAFT_WAIT)
    text = sent.files["document"][1].decode("utf-8")
    assert problems_in(text) == []
    data = yaml.safe_load(text)
    # the whole essay was read, not only the first message: the same draft as from the file
    whole = draft_essay("\n\n".join(paragraphs))
    assert [m["text"] for m in data["motions"]] == [m.text for m in whole.motions]
    claims = [p["claim"] for p in data["motions"][0]["sides"]["prop"]]
    assert claims == [p.claim for p in whole.motions[0].prop]
    assert any(p.sentence >= 0 and p.claim in "\n\n".join(paragraphs[half:]) for p in whole.motions[0].prop)
    fake.message(erin, "Just chatting now.")  # no longer gathering an essay: solo practice answers
    reply = await fake.wait_for("sendMessage", chat_id=erin.id)
    assert not fake.calls_to("sendDocument", chat_id=erin.id, since=reply.index)


async def test_an_essay_pasted_with_draft_is_drafted_after_a_quiet_spell(
    telegram_bot: RunningBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(drafting, "QUIET_SECONDS", 2.0)
    fake = telegram_bot.fake
    fay = fake.user("Fay")
    fake.command(fay, "/draft " + essay("runways.html").decode("utf-8"))
    sent = await fake.wait_for("sendDocument", chat_id=fay.id, timeout=DRAFT_WAIT)
    assert "opposes subsidising new runways" in sent.files["document"][1].decode("utf-8")


async def test_done_without_a_pasted_essay_is_left_to_the_speech_flow(telegram_bot: RunningBot) -> None:
    fake = telegram_bot.fake
    gus = fake.user("Gus")
    fake.command(gus, "/done")
    reply = await fake.wait_for("sendMessage", chat_id=gus.id)
    assert "draft" not in reply.params["text"].lower()
    assert not fake.calls_to("sendDocument", chat_id=gus.id)


async def test_an_essay_without_a_clear_proposal_gets_the_honest_answer_and_no_file(
    telegram_bot: RunningBot,
) -> None:
    fake = telegram_bot.fake
    dora = fake.user("Dora")
    fake.document(dora, (ESSAYS / "no-proposal" / "wet-summer.txt").read_bytes(),
                  file_name="summer.txt", caption="/draft")
    reply = await fake.wait_for("sendMessage", chat_id=dora.id, timeout=DRAFT_WAIT)
    assert reply.params["text"].startswith("I found no clear proposal")
    assert "1. " in reply.params["text"] and "3. " in reply.params["text"]
    assert not fake.calls_to("sendDocument", chat_id=dora.id)
