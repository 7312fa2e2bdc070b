"""Telegram HTML for practice: motion cards, scorecards, history, stats, help.

Every string that did not come from this module (motion text, names, speeches, feedback)
goes through `esc`. Long texts are split with `split_message` so no message passes
Telegram's 4096-character limit.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Iterable, Sequence

from bot.motions import SIDE_LABELS, Motion
from bot.practice import Attempt, Draw, NoMatch, Person, Stats
from bot.rubric import load_rubric
from bot.scoring.card import FLAGS, CriterionScore, Scorecard

MESSAGE_LIMIT = 4096
QUOTE_LIMIT = 280
SPARKS = "▁▂▃▄▅▆▇█"


def esc(value: object) -> str:
    """Escape any text for Telegram HTML."""
    return html.escape(str(value), quote=False)


def _number(value: float) -> str:
    return f"{value:.1f}".removesuffix(".0")


def _quote(text: str, limit: int = QUOTE_LIMIT) -> str:
    text = " ".join(text.split())
    return esc(text if len(text) <= limit else text[: limit - 1].rstrip() + "…")


def _side(side: str) -> str:
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
    ("practice", "draw a motion (add a topic or motion id: /practice economy)"),
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


def help_text() -> str:
    """The command list."""
    lines = [f"/{name} — {esc(what)}" for name, what in COMMAND_HELP]
    return (
        "<b>How it works</b>: /practice draws a motion. Prep, then send your speech as one or more "
        "messages (or a .txt file) and finish with /done.\n\n" + "\n".join(lines)
    )


def unknown_command(command: str) -> str:
    """The reply to a command the bot does not know."""
    names = " ".join(f"/{name}" for name, _ in COMMAND_HELP)
    return f"I don't know {esc(command)}. Try one of these: {names}"


def private_only(bot_username: str) -> str:
    """The reply to a solo-practice command sent in a group."""
    return (
        "Solo practice happens in a private chat, so your speeches stay yours: "
        f'<a href="https://t.me/{esc(bot_username)}?start=practice">message me directly</a>.'
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
    lines.append(f"Your side: <b>{esc(_side(draw.side))}</b>. {esc(draw.side_reason)}")
    prep = f"Prep: {prep_minutes:g} minutes." if prep_minutes > 0 else "No prep time: speak when ready."
    lines.append(f"Aim for {low}–{high} words. {prep}")
    return "\n\n".join(line for line in lines if line)


def _source(motion: Motion) -> str:
    if motion.id == "custom" or not motion.source.title:
        return ""
    citation = esc(motion.source.citation())
    address = motion.source.address or ""
    if address.startswith(("https://", "http://")):
        return f'📖 From: <a href="{html.escape(address, quote=True)}">{citation}</a>'
    return f"📖 From: {citation}"


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
    lines = [f"{title} ({len(motions)})"]
    lines += [f"• {esc(m.text)}\n   /practice {esc(m.id)}" for m in motions]
    if not tag and tags:
        lines.append("Topics: " + ", ".join(f"<code>{esc(t)}</code>" for t in tags))
    return "\n".join(lines)


def prep_started(minutes: float) -> str:
    """After Start prep."""
    return (
        f"⏱ Prep started: {minutes:g} minutes. I'll remind you a minute before the end. "
        "Write your speech whenever you like; send it as messages, then /done."
    )


def prep_reminder() -> str:
    """A minute of prep left."""
    return "⏳ One minute of prep left. Get your opening line ready."


def prep_over() -> str:
    """Prep time is up."""
    return "🔔 Prep time is over. Send your speech now (one or more messages, or a .txt file), then /done."


def speaking_now() -> str:
    """After I'm ready."""
    return "🎤 Go ahead: send your speech as one or more messages (or a .txt file), then /done."


def part_received(words: int) -> str:
    """Acknowledges the parts of the speech received so far."""
    return f"Got it: {words:,} words so far. Send more, or /done to hand it in."


def scoring(words: int) -> str:
    """The speech is stored and being scored."""
    return f"📝 Your speech is saved ({words:,} words). Scoring it now…"


# ------------------------------------------------------------------ scorecards


def _band(c: CriterionScore) -> str:
    return "●" * c.band + "○" * (5 - c.band)


def _rubric_name(rubric_id: str) -> str:
    try:
        return load_rubric(rubric_id).name
    except Exception:  # a rubric that no longer loads: show its id
        return rubric_id


def _total_line(card: Scorecard) -> str:
    low, high = card.scale
    band = ""
    try:
        found = load_rubric(card.rubric).total_band(card.total)
        band = f" — {esc(found.label)}" if found else ""
    except Exception:  # a rubric that no longer loads: the card shows without its band label
        band = ""
    return f"<b>Total: {_number(card.total)}</b> on {_number(low)}–{_number(high)}{band}"


def _strongest(card: Scorecard) -> CriterionScore | None:
    """The best criterion with a strength to quote; none when every band is the lowest."""
    with_strength = [c for c in card.criteria if c.strength and c.band >= 2]
    return max(with_strength, key=lambda c: (c.band, c.points), default=None)


def _weakest(card: Scorecard) -> CriterionScore | None:
    with_step = [c for c in card.criteria if c.next_step]
    return min(with_step, key=lambda c: (c.band, c.points), default=None)


def _list(title: str, items: Iterable[str], mark: str, limit: int | None = None) -> str:
    items = list(items)
    if not items:
        return ""
    shown = items if limit is None else items[:limit]
    more = f"\n   …and {len(items) - len(shown)} more" if len(items) > len(shown) else ""
    return f"<b>{title}</b>\n" + "\n".join(f"{mark} {_quote(i, 200)}" for i in shown) + more


def _flags(card: Scorecard) -> str:
    if not card.flags:
        return ""
    return "\n".join(f"⚠️ Your speech {esc(FLAGS.get(f, f.replace('_', ' ')))}." for f in card.flags)


def scorecard(card: Scorecard, attempt: Attempt) -> str:
    """The short card: total, a band per criterion, strongest point, the fix, points, flags."""
    head = (f"🏅 <b>Scorecard</b> · {esc(_side(card.side))} · {esc(_rubric_name(card.rubric))}\n"
            f"<i>{_quote(card.motion, 200)}</i>")
    criteria = "\n".join(f"{_band(c)} {esc(c.name)} {c.band}/5" for c in card.criteria)
    blocks = [head, _total_line(card), criteria, _flags(card)]
    if attempt.late:
        blocks.append("⌛ Handed in after the speaking time.")
    best, fix = _strongest(card), _weakest(card)
    if best:
        blocks.append(f"💪 <b>Strongest</b> ({esc(best.name)}): {_quote(best.strength)}")
    if fix:
        blocks.append(f"🎯 <b>Fix next</b> ({esc(fix.name)}): {_quote(fix.next_step)}")
    blocks.append(_list("Key points you made", card.key_points_made, "✅", 3))
    blocks.append(_list("Key points you missed", card.key_points_missed, "➕", 3))
    blocks.append(_list("Opposing points left standing", card.opposing_standing, "❗", 3))
    return "\n\n".join(b for b in blocks if b)


def full_feedback(card: Scorecard, attempt: Attempt) -> str:
    """Every criterion's reason, strength and next step, and every point (may need splitting)."""
    blocks = [f"📋 <b>Full feedback</b> · {esc(_side(card.side))}\n<i>{_quote(card.motion, 300)}</i>",
              _total_line(card), _flags(card)]
    for c in card.criteria:
        lines = [f"<b>{esc(c.name)}</b> {_band(c)} {c.band}/5 · {_number(c.points)} points"]
        if c.reason:
            lines.append(f"Why: {_quote(c.reason, 600)}")
        if c.strength:
            lines.append(f"Good: {_quote(c.strength, 600)}")
        if c.next_step:
            lines.append(f"Next: {_quote(c.next_step, 600)}")
        blocks.append("\n".join(lines))
    blocks.append(_list("Key points you made", card.key_points_made, "✅"))
    blocks.append(_list("Key points you missed", card.key_points_missed, "➕"))
    blocks.append(_list("Opposing points you answered", card.opposing_answered, "🛡"))
    blocks.append(_list("Opposing points left standing", card.opposing_standing, "❗"))
    if card.scorer_version:
        blocks.append(f"<i>scorer {esc(card.scorer_version)}</i>")
    return "\n\n".join(b for b in blocks if b)


def scoring_failed(message: str) -> str:
    """The scorer broke; the speech is kept."""
    return f"😕 {esc(message)}"


# ------------------------------------------------------------------ history, stats, settings


def _when(timestamp: float | None) -> str:
    if timestamp is None:
        return ""
    return dt.datetime.fromtimestamp(timestamp, dt.UTC).strftime("%d %b")


def history(attempts: Sequence[Attempt]) -> str:
    """Recent speeches, newest first."""
    if not attempts:
        return "No speeches yet. Send /practice to draw your first motion."
    lines = ["<b>Your recent speeches</b> (tap one to see its scorecard)"]
    for a in attempts:
        score = f"{_number(a.card.total)}" if a.card else "not scored yet"
        lines.append(f"#{a.id} · {_when(a.submitted_at)} · {esc(_side(a.side))} · {score}\n"
                     f"   {_quote(a.motion_text, 120)}")
    return "\n".join(lines)


def history_label(attempt: Attempt) -> str:
    """A short button label for one attempt."""
    score = _number(attempt.card.total) if attempt.card else "…"
    return f"#{attempt.id} {score} · {attempt.motion_text[:36]}"


def stats(result: Stats) -> str:
    """Attempts, averages per criterion, side balance and the trend of totals."""
    if not result.attempts:
        return "No speeches yet, so no stats. Send /practice to start."
    lines = [
        "📈 <b>Your progress</b>",
        f"Speeches: {result.attempts} ({result.scored} scored)",
        f"Sides: Proposition {result.prop} · Opposition {result.opp}",
    ]
    if result.average_total is not None:
        lines.append(f"Average total: <b>{_number(result.average_total)}</b>")
    if result.per_criterion:
        lines.append("\n<b>Average points per criterion</b>")
        lines += [f"• {esc(name)}: {_number(points)}" for name, points in result.per_criterion.items()]
    if len(result.trend) >= 2:
        low, high = min(result.trend), max(result.trend)
        span = (high - low) or 1.0
        spark = "".join(SPARKS[round((t - low) / span * (len(SPARKS) - 1))] for t in result.trend)
        first, last = _number(result.trend[0]), _number(result.trend[-1])
        lines.append(f"\nTrend (last {len(result.trend)}): {spark}  {first} → {last}")
    return "\n".join(lines)


def settings(person: Person) -> str:
    """The debater's current settings."""
    prep = "no prep" if person.prep_minutes == 0 else f"{person.prep_minutes:g} minutes"
    return (
        f"⚙️ <b>Settings</b>\nPrep time: {prep}\nRubric: {esc(person.rubric)}\n\n"
        "Tap to change, or type e.g. <code>/settings prep 10</code>."
    )


def rubric_choice(person: Person, names: Sequence[str]) -> str:
    """The current rubric and the ones on offer."""
    return (
        f"Your rubric: <b>{esc(person.rubric)}</b>. Available: {', '.join(esc(n) for n in names)}.\n"
        "Tap one, or send <code>/rubric name</code>."
    )


def forget_confirm() -> str:
    """Asks before deleting everything."""
    return ("This deletes every speech, scorecard and setting I store about you. "
            "It cannot be undone. Are you sure?")


def forgotten(rows: int) -> str:
    """After deleting."""
    return f"Done: I deleted everything about you ({rows} records). Send /start if you want to begin again."
