"""Telegram HTML for practice: greetings, help, motion cards, prompts, settings; splitting.

Scorecards, history and stats are in bot/chat/cards.py.

Every string that did not come from this module (motion text, names, speeches, feedback)
goes through `esc`. Long texts are split with `split_message` so no message passes
Telegram's 4096-character limit.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence

from bot.club import Forgotten
from bot.motions import SIDE_LABELS, Motion
from bot.practice import Draw, NoMatch, Person
from bot.text_render import rubric_title
from bot.voice.limits import limits_text  # voice (issue 16)

MESSAGE_LIMIT = 4096
PRACTICE_START = "practice"  # the deep link's payload: /start practice draws a motion at once
QUOTE_LIMIT = 280


def esc(value: object) -> str:
    """Escape any text for Telegram HTML."""
    return html.escape(str(value), quote=False)


def number(value: float) -> str:
    """A number without a needless '.0'."""
    return f"{value:.1f}".removesuffix(".0")


def quote(text: str, limit: int = QUOTE_LIMIT) -> str:
    """User text on one line, shortened to `limit` characters and escaped."""
    text = " ".join(text.split())
    return esc(text if len(text) <= limit else text[: limit - 1].rstrip() + "…")


def side_label(side: str) -> str:
    """'Proposition' or 'Opposition'."""
    return SIDE_LABELS.get(side, side)


def _utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


# ------------------------------------------------------------------ splitting


def split_message(text: str, limit: int = MESSAGE_LIMIT) -> list[str]:
    """Split HTML into messages of at most `limit` characters, at paragraph then line breaks.

    A single line longer than the limit loses its tags and is cut between characters (never
    inside an HTML entity).
    """
    if _utf16(text) <= limit:
        return [text]
    parts: list[str] = []
    current = ""
    for paragraph in _pieces(text, limit):
        joined = f"{current}\n\n{paragraph}" if current else paragraph
        if _utf16(joined) <= limit:
            current = joined
        else:
            if current:
                parts.append(current)
            current = paragraph
    if current:
        parts.append(current)
    return parts


def _pieces(text: str, limit: int) -> Iterable[str]:
    for paragraph in text.split("\n\n"):
        if _utf16(paragraph) <= limit:
            yield paragraph
            continue
        line_buffer = ""
        for line in paragraph.split("\n"):
            for chunk in _cut(line, limit):
                joined = f"{line_buffer}\n{chunk}" if line_buffer else chunk
                if _utf16(joined) <= limit:
                    line_buffer = joined
                else:
                    yield line_buffer
                    line_buffer = chunk
        if line_buffer:
            yield line_buffer


def _cut(line: str, limit: int) -> Iterable[str]:
    if _utf16(line) <= limit:
        yield line
        return
    plain = re.sub(r"<[^>]+>", "", line)
    while plain:
        end = min(len(plain), limit // 2)  # a UTF-16 safe bound for any characters
        amp = plain.rfind("&", max(0, end - 10), end)
        if amp != -1 and ";" not in plain[amp:end]:
            end = amp
        yield plain[:end]
        plain = plain[end:]


# ------------------------------------------------------------------ help and greetings


COMMAND_HELP = (
    ("practice", "draw a motion (add a topic or motion id: /practice climate)"),
    ("motions", "browse motions (add a topic: /motions environment)"),
    ("done", "hand in your speech"),
    ("cancel", "drop the current motion"),
    ("history", "your recent speeches and their scorecards"),
    ("stats", "your progress: averages, sides, trend"),
    ("rubric", "choose how speeches are marked"),
    ("settings", "prep time and rubric"),
    ("forget", "delete everything I store about you"),
    ("help", "this list"),
)


def welcome(name: str) -> str:
    """The greeting for /start."""
    return (
        f"Hi {esc(name)}! I'm your debate practice partner.\n\n"
        "I draw a <b>motion</b>, give you a <b>side</b>, time your prep, read your speech and "
        "send back a <b>scorecard</b> with what to practise next.\n\n"
        "Send /practice to begin, or /help to see everything I can do."
    )


def help_text(more: Sequence[tuple[str, str]] = (), in_groups: Sequence[tuple[str, str]] = ()) -> str:
    """The command list, with other features' commands (`more`) and group commands after it."""
    known = {name for name, _ in COMMAND_HELP}
    lines = [f"/{name} — {esc(what)}" for name, what in COMMAND_HELP]
    lines += [f"/{name} — {esc(what)}" for name, what in more if name not in known]
    text = (
        "<b>How it works</b>: /practice draws a motion. Prep, then send your speech as one or more "
        "messages (or a .txt file) and finish with /done.\n\n" + "\n".join(lines)
    )
    # voice (issue 16): spoken speeches and their limits
    text += ("\n\n<b>Speaking it</b>: send voice messages or audio files instead of text and I'll transcribe "
             f"them. {esc(limits_text())}")
    if in_groups:
        names = " ".join(f"/{name}" for name, _ in in_groups)
        text += f"\n\n<b>In a club's group chat</b>: add me there and use {esc(names)}."
    return text


def unknown_command(command: str, menu: Sequence[tuple[str, str]] = COMMAND_HELP) -> str:
    """The reply to a command the bot does not know, listing the `menu`."""
    names = " ".join(f"/{name}" for name, _ in menu)
    return f"I don't know {esc(command)}. Try one of these: {names}"


def private_only(bot_username: str) -> str:
    """The reply to a solo-practice command sent in a group."""
    return (
        "Solo practice happens in a private chat, so your speeches stay yours: "
        f'<a href="https://t.me/{esc(bot_username)}?start={PRACTICE_START}">message me directly</a>.'
    )


# ------------------------------------------------------------------ motions


def motion_card(draw: Draw, prep_minutes: float) -> str:
    """The drawn motion: text, info slide, definitions, source, side and why, target length."""
    motion = draw.motion
    lines = [f"🏛 <b>{esc(motion.text)}</b>"]
    if motion.info_slide:
        lines.append(f"<i>Info slide:</i> {esc(motion.info_slide)}")
    if motion.definitions:
        terms = motion.definitions.items()
        lines.append("\n".join(f"• <i>{esc(term)}</i>: {esc(meaning)}" for term, meaning in terms))
    lines.append(_source(motion))
    low, high = draw.target_words
    lines.append(f"Your side: <b>{esc(side_label(draw.side))}</b>. {esc(draw.side_reason)}")
    prep = f"Prep: {prep_minutes:g} minutes." if prep_minutes > 0 else "No prep time: speak when ready."
    lines.append(f"Aim for {low}–{high} words. {prep}")
    return "\n\n".join(line for line in lines if line)


def _source(motion: Motion) -> str:
    if motion.id == "custom" or not motion.source.title:
        return ""
    address = motion.source.address or ""
    if address.startswith(("https://", "http://")):  # the link carries the address; the text stays readable
        plain = motion.source.citation().removesuffix(f" <{address}>")
        return f'📖 From: <a href="{html.escape(address, quote=True)}">{esc(plain)}</a>'
    return f"📖 From: {esc(motion.source.citation())}"


def no_match(result: NoMatch) -> str:
    """Why no motion was drawn and what to try."""
    text = esc(result.message)
    if result.tags and "Topics:" not in result.message:
        text += "\n\nTopics: " + ", ".join(f"<code>{esc(t)}</code>" for t in result.tags)
    return text + "\n\nSend /practice for any motion, or /motions to browse."


def motion_list(motions: Sequence[Motion], tag: str | None, tags: Sequence[str]) -> str:
    """The motions of the bank (or of one topic), each with the command that draws it."""
    if not motions:
        topics = ", ".join(f"<code>{esc(t)}</code>" for t in tags) or "none yet"
        wanted = f" tagged “{esc(tag)}”" if tag else ""
        return f"No motions{wanted}. Topics: {topics}"
    title = f"Motions on <b>{esc(tag)}</b>" if tag else "<b>Motions</b>"
    # Telegram links only "/practice" of "/practice motion-id"; as code the whole line copies on a tap.
    blocks = [f"{title} ({len(motions)}). Tap a <code>/practice …</code> line to copy it, then send it."]
    blocks += [f"• {esc(m.text)}\n<code>/practice {esc(m.id)}</code>" for m in motions]
    if not tag and tags:
        blocks.append("Topics (send <code>/motions topic</code>): "
                      + ", ".join(f"<code>{esc(t)}</code>" for t in tags))
    return "\n\n".join(blocks)  # one paragraph per motion, so a long list never splits inside one


def _speaking_time(speech_minutes: float | None) -> str:
    if not speech_minutes:
        return ""
    return f" You then have {speech_minutes:g} minutes to hand in your speech; after that it counts as late."


def prep_started(minutes: float, speech_minutes: float | None = None) -> str:
    """After Start prep: when the reminder comes, how long the speech may take, how to send it."""
    return (
        f"⏱ Prep started: {minutes:g} minutes. I'll remind you a minute before the end."
        f"{_speaking_time(speech_minutes)} Send your speech as messages (or a .txt file), then /done."
    )


def _on_motion(motion: str) -> str:
    motion = motion.strip().rstrip(".")
    return f" on <b>{esc(motion)}</b>" if motion else ""


def prep_reminder(motion: str) -> str:
    """A minute of prep left on this motion (HTML)."""
    return f"⏳ One minute of prep left{_on_motion(motion)}. Get your opening line ready."


def prep_over(motion: str, speech_minutes: float | None = None) -> str:
    """Prep time is up on this motion, and how long the speech may take (HTML)."""
    deadline = f" within {speech_minutes:g} minutes" if speech_minutes else " now"
    return (f"🔔 Prep time is over{_on_motion(motion)}. Send your speech{deadline} (one or more "
            "messages, or a .txt file), then /done.")


def draft_in_the_way(motion: str, words: int) -> str:
    """Plain text (it also shows as a button's alert): a new motion would drop the speech so far."""
    motion = " ".join(motion.split())
    shown = motion if len(motion) <= 70 else motion[:69].rstrip() + "…"
    return (f"You're in the middle of a speech ({words:,} words) on “{shown}”. Send /done to hand it in "
            "or /cancel to drop it, then draw a new motion.")


def speaking_now() -> str:
    """After I'm ready."""
    return "🎤 Go ahead: send your speech as one or more messages (or a .txt file), then /done."


def part_received(words: int) -> str:
    """Acknowledges the parts of the speech received so far."""
    return f"Got it: {words:,} words so far. Send more, or /done to hand it in."


def scoring(words: int) -> str:
    """The speech is stored and being scored."""
    return f"📝 Your speech is saved ({words:,} words). Scoring it now…"


# ------------------------------------------------------------------ settings and forgetting


def _rubric(rubric_id: str) -> str:
    """The rubric's name, with the id to type after it when they differ."""
    title = rubric_title(rubric_id)
    if title.lower() == rubric_id.lower():
        return esc(title)
    return f"{esc(title)} (<code>{esc(rubric_id)}</code>)"


def settings(person: Person) -> str:
    """The debater's current settings."""
    prep = "no prep" if person.prep_minutes == 0 else f"{person.prep_minutes:g} minutes"
    return (
        f"⚙️ <b>Settings</b>\nPrep time: {prep}\nRubric: {_rubric(person.rubric)}\n\n"
        "Tap to change, or type e.g. <code>/settings prep 10</code>."
    )


def rubric_set(person: Person) -> str:
    """After /rubric NAME."""
    return f"Rubric set to <b>{_rubric(person.rubric)}</b>. Your next scorecards use it."


def rubric_choice(person: Person, names: Sequence[str]) -> str:
    """The current rubric and the ones on offer, each with its full name."""
    lines = [f"Your rubric: <b>{_rubric(person.rubric)}</b>. Available:"]
    lines += [f"• {_rubric(name)}" for name in names]
    lines.append("Tap one, or send <code>/rubric name</code>, e.g. <code>/rubric wsdc</code>.")
    return "\n".join(lines)


def forget_confirm() -> str:
    """Asks before deleting everything."""
    return ("This deletes every speech, scorecard and setting I store about you, in practice and in "
            "club rounds (your club speeches, ballot comments, memberships and organiser roles). "
            "It cannot be undone. Are you sure?")


def forgotten(rows: int, in_clubs: Forgotten | None = None) -> str:
    """After deleting: what went, practice and club."""
    lines = [f"Done: I deleted everything about you ({rows} practice records)."]
    if in_clubs is not None and in_clubs.total:
        parts = [f"{n} {label}" for n, label in (
            (in_clubs.speeches, "club speeches"), (in_clubs.ballots, "ballots' comments"),
            (in_clubs.memberships, "club memberships"), (in_clubs.organiser_roles, "organiser roles"),
        ) if n]
        if parts:
            lines.append("From clubs: " + ", ".join(parts) + ".")
        if in_clubs.rounds:
            lines.append(f"In {in_clubs.rounds} club round(s) your seat now shows as “(removed)”, "
                         "so other members' results still add up.")
        if in_clubs.left_rounds:
            lines.append(f"You left {len(in_clubs.left_rounds)} running round(s) you were adjudicating: "
                         "they no longer wait for your ballot.")
    lines.append("Send /start if you want to begin again.")
    return "\n".join(lines)
