"""Telegram HTML and keyboards for club rounds; every user-supplied string is escaped here."""

from __future__ import annotations

import time
from collections.abc import Sequence
from html import escape
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.card_render import html as card_html
from bot.card_render import layout
from bot.chat.batching import LIMIT, Block, flow, size, speech_blocks
from bot.club import BallotState, Closed, ClubTeam, MotionStat, Participant, Round, Speech, Standing
from bot.draw import RoundDraw, describe_balance
from bot.motions import SIDE_LABELS, Motion
from bot.scoring.card import Scorecard

STAGE_NAMES = {
    "signup": "Sign-up open", "prep": "Prep", "speeches": "Speeches", "rebuttal": "Replies",
    "adjudication": "Adjudication", "done": "Finished", "cancelled": "Cancelled",
}
SIDE_SHORT = {"prop": "Prop", "opp": "Opp"}


def until(deadline: float | None, now: float) -> str:
    """'18:45 UTC, in 12 min' (seconds when short, as in tests with a tiny time scale)."""
    if deadline is None:
        return ""
    left = max(0.0, deadline - now)
    clock = time.strftime("%H:%M UTC", time.gmtime(deadline))
    span = f"{round(left)} s" if left < 90 else f"{round(left / 60)} min"
    return f"{clock}, in {span}"


def minutes(seconds: float) -> str:
    """A timer length for people: '8 min' or '30 s'."""
    return f"{round(seconds)} s" if seconds < 90 else f"{round(seconds / 60)} min"


def seat(p: Participant) -> str:
    """'Prop 1 · Ada' (escaped)."""
    if p.side is None:
        return escape(p.name)
    return f"{SIDE_SHORT[p.side]} {p.position} · {escape(p.name)}"


# ------------------------------------------------------------------ the round's status message


def status(rnd: Round, motion: Motion, now: float) -> str:
    """The message the bot keeps editing: motion, format, stage, who is in, who has handed in."""
    lines = [
        f"<b>Club round #{rnd.id}</b> · {escape(rnd.format.name)} ({escape(rnd.format.description)})",
        f"<b>{escape(motion.text)}</b>",
    ]
    if motion.info_slide:
        lines.append(f"<i>{escape(motion.info_slide)}</i>")
    stage = STAGE_NAMES[rnd.stage]
    if rnd.stage_deadline is not None:
        stage += f" until {until(rnd.stage_deadline, now)}"
    lines += ["", f"<b>Stage:</b> {stage}"]
    if rnd.stage == "signup":
        lines.append(
            f"Timers: prep {minutes(rnd.prep_seconds)}, speeches {minutes(rnd.speech_seconds)}"
            + (f", replies {minutes(rnd.reply_seconds)}" if rnd.reply_seconds else "")
        )
        speakers = rnd.speakers()
        names = ", ".join(escape(p.name) + (f" ({escape(p.team)})" if p.team else "") for p in speakers)
        cap = rnd.format.max_speakers
        lines.append(f"<b>Speakers</b> ({len(speakers)}{f'/{cap}' if cap else ''}): {names or '—'}")
        if rnd.format.team_size:
            lines.append("Joining with a partner? Both send /team NAME (kept for later rounds) and the draw "
                         "keeps you together.")
    else:
        for side in ("prop", "opp"):
            members = [p for p in rnd.speakers() if p.side == side]
            lines.append(f"<b>{SIDE_LABELS[side]}</b>")
            lines += [f"  {_speaker_line(rnd, p)}" for p in members]
    if rnd.winner is not None:
        lines.append(f"🏁 <b>{SIDE_LABELS[rnd.winner]} won</b> (the result is posted below)")
    adjudicators = rnd.adjudicators()
    if adjudicators:
        done = set(rnd.ballots_in)
        lines.append("<b>Adjudicators:</b> " + ", ".join(
            escape(a.name) + (" ✅" if a.user_id in done else "") for a in adjudicators))
    elif rnd.stage in ("signup", "prep"):
        lines.append("<b>Adjudicators:</b> none yet (the bot's scores decide without them)")
    return "\n".join(lines)


def _speaker_line(rnd: Round, p: Participant) -> str:
    text = seat(p)
    if p.skipped:
        return text + " — skipped"
    speech = rnd.speech(p.user_id)
    if speech is not None:
        text += " ✅" + (" (late)" if speech.late else "")
    elif p.user_id in rnd.drafting:
        text += " ✍️ writing"
    elif rnd.stage == "speeches":
        text += " ⏳"
    elif rnd.stage not in ("prep", "signup"):
        text += " — no speech"
    reply = rnd.reply(p.side) if p.side else None
    if reply is not None and reply.user_id == p.user_id:
        text += " · reply ✅"
    return text


def signup_keyboard(round_id: int) -> InlineKeyboardMarkup:
    """Join as speaker or adjudicator; start or cancel (organisers)."""
    return InlineKeyboardMarkup([
        [InlineKeyboardButton("🎤 Join as speaker", callback_data=f"club:join:{round_id}:s"),
         InlineKeyboardButton("⚖️ Join as adjudicator", callback_data=f"club:join:{round_id}:a")],
        [InlineKeyboardButton("▶️ Start", callback_data=f"club:start:{round_id}"),
         InlineKeyboardButton("✖️ Cancel", callback_data=f"club:cancel:{round_id}")],
    ])


def private_keyboard(bot_username: str, round_id: int, label: str) -> InlineKeyboardMarkup:
    """A button that opens the private chat on this round (a t.me deep link)."""
    return InlineKeyboardMarkup([[InlineKeyboardButton(
        label, url=f"https://t.me/{bot_username}?start=round-{round_id}")]])


def team_message(team: ClubTeam, *, chosen: bool = False) -> str:
    """A member's club team, with their teammates, and whether it applies to the round in sign-up."""
    if team.name is None:
        return "You have no team here. Set one with /team NAME; it stays until you change it or /team off."
    mates = f" with {', '.join(escape(m) for m in team.mates)}" if team.mates else ""
    lines = [f"{'You are now' if chosen else 'You are'} in team <b>{escape(team.name)}</b>{mates}."]
    if team.round is not None:
        lines.append(f"You joined round #{team.round.id} as a speaker in it.")
    lines.append("In 2v2 and 3v3 rounds the draw keeps teammates together. Leave with /team off.")
    return "\n".join(lines)


def draft_received(round_id: int, purpose: str, words: int) -> tuple[str, InlineKeyboardMarkup]:
    """Acknowledges the parts of a speech (or reply) received so far, with its Submit button."""
    what = "reply" if purpose == "reply" else "speech"
    text = f"Got it: {words:,} words so far. Send more, or /done to hand in your {what}."
    button = InlineKeyboardButton(f"✅ Submit {what}", callback_data=f"club:done:{round_id}")
    return text, InlineKeyboardMarkup([[button]])


PLURALS = {"speech": "speeches", "reply": "replies"}


def closed_notice(closed: Closed) -> str:
    """A message came after the stage it was for had closed: say so, and what was handed in."""
    rnd = closed.round
    if rnd.stage == "cancelled":
        return f"Round #{rnd.id} was cancelled, so that message is not recorded."
    if closed.purpose == "comment":
        return f"Adjudication of round #{rnd.id} is over, so that comment is not on your ballot."
    what = "reply" if closed.purpose == "reply" else "speech"
    lines = [f"The {PLURALS[what]} of round #{rnd.id} closed at the deadline, so that message came too "
             f"late and is not in your {what}."]
    if closed.speech is not None:
        words = len(closed.speech.text.split())
        lines.append(f"What you had sent before it was handed in ({words:,} words).")
    else:
        lines.append(f"No {what} of yours was handed in.")
        if what == "speech" and rnd.stage in ("rebuttal", "adjudication"):
            lines.append(f"You can still hand one in, marked late: send /start round-{rnd.id}")
    return " ".join(lines)


def running_keyboard(rnd: Round, bot_username: str) -> InlineKeyboardMarkup | None:
    """The status message's buttons while the round runs."""
    if rnd.stage in ("prep", "speeches"):
        return private_keyboard(bot_username, rnd.id, "✍️ Hand in my speech (private)")
    if rnd.stage == "rebuttal":
        return private_keyboard(bot_username, rnd.id, "✍️ Hand in our reply (private)")
    if rnd.stage == "adjudication":
        return private_keyboard(bot_username, rnd.id, "⚖️ Open my ballot (private)")
    return None


# ------------------------------------------------------------------ announcements


def draw_message(rnd: Round, draw: RoundDraw) -> str:
    """The draw with each speaker's side balance and the reason for their side."""
    lines = [f"<b>The draw</b> (round #{rnd.id}, seed {draw.seed})"]
    for side in ("prop", "opp"):
        seats = draw.side(side)
        team = f" — {escape(seats[0].team)}" if seats and seats[0].team else ""
        lines.append(f"<b>{SIDE_LABELS[side]}</b>{team}")
        lines += [f"  {s.position}. {escape(s.name)} ({describe_balance(s)}; {escape(s.reason)})"
                  for s in seats]
    lines.append(f"\nPrep starts now: {minutes(rnd.prep_seconds)}. Hand in your speech privately with the "
                 "button below; nobody sees it before the deadline.")
    return "\n".join(lines)


def event_line(
    event: str, rnd: Round, now: float, details: dict[str, Any], by: str | None = None,
) -> str | None:
    """One line for an event of the round (None: the event has its own message)."""
    who = f" (by {escape(by)})" if by else ""
    if event == "prep_half":
        return f"⏱ Half of prep is gone: speeches open at {until(rnd.stage_deadline, now)}."
    if event == "speeches_open":
        return (f"🎤 Prep is over. Speeches are open until {until(rnd.stage_deadline, now)}. "
                "Hand yours in privately with the button.")
    if event == "speeches_reminder":
        missing = ", ".join(escape(p.name) for p in rnd.missing())
        return (f"⏱ Speeches close at {until(rnd.stage_deadline, now)}."
                + (f" Still waiting for: {missing}." if missing else " Everyone has handed in."))
    if event == "rebuttal_open":
        return (f"↩️ Replies are open until {until(rnd.stage_deadline, now)}: one per side answers "
                "the speeches above.")
    if event == "adjudication_open":
        return (f"⚖️ Adjudication until {until(rnd.stage_deadline, now)}. Adjudicators, open your ballot "
                "with the button. Speakers get the bot's scorecard privately.")
    if event == "cancelled":
        return f"✖️ Round #{rnd.id} is cancelled{who}. It does not count in the standings."
    if event == "extended":
        return (f"⏱ Extended by {minutes(details['extra_seconds'])}{who}: {STAGE_NAMES[rnd.stage]} now "
                f"ends at {until(rnd.stage_deadline, now)}.")
    if event == "skipped":
        return f"⏭ {escape(details['skipped'])} is skipped in this round{who}."
    return None


def reveal_blocks(rnd: Round, speeches: Sequence[Speech], heading: str) -> list[Block]:
    """All revealed speeches under a heading, as blocks for `batching.flow`."""
    blocks = [Block(f"<b>{heading}</b>")]
    for speech in sorted(speeches, key=lambda s: _order(rnd, s)):
        who = rnd.participant(speech.user_id)
        label = seat(who) if who else "?"
        blocks += speech_blocks(f"<b>{label}</b>{' (late)' if speech.late else ''}", speech.text)
    missing = [seat(p) for p in rnd.missing()] if heading.startswith("📜 Speeches") else []
    if missing:
        blocks.append(Block("No speech from: " + ", ".join(missing)))
    if len(blocks) == 1:
        return [Block(f"<b>{heading}</b>\n(nothing was handed in)")]
    return blocks


def _order(rnd: Round, speech: Speech) -> tuple[int, int]:
    who = rnd.participant(speech.user_id)
    return (0 if speech.side == "prop" else 1, who.position or 0 if who else 0)


def result_blocks(rnd: Round, result: dict[str, Any]) -> list[str]:
    """The result: winner and how it was decided, speaker scores, best speaker, points, clashes
    (one block, or a block per line when it is longer than a message)."""
    winner = SIDE_LABELS[result["winner"]]
    votes = result["votes"]
    how = {
        "adjudicators": f"adjudicators' majority, {votes['prop']}–{votes['opp']}",
        "split": f"adjudicators split {votes['prop']}–{votes['opp']}; the bot's totals decided",
        "bot": "decided by the bot's totals: no adjudicator handed in a ballot",
    }[result["source"]]
    totals = result["bot_totals"]
    lines = [f"🏁 <b>Round #{rnd.id}: {winner} wins</b> ({how})",
             f"Bot totals per seat: Prop {totals['prop']:g} · Opp {totals['opp']:g}",
             "", "<b>Speakers</b> (average band 1–5)"]
    for line in result["speakers"]:
        label = f"{SIDE_SHORT.get(line['side'], '?')} {line['position']} · {escape(line['name'])}"
        if line["skipped"]:
            lines.append(f"  {label}: skipped")
            continue
        score = f"{line['score']:.2f}" if line["score"] is not None else "no score"
        by = f" by {line['scored_by']}" if line["scored_by"] else ""
        bot = f", bot {line['bot_total']:g}" if line["bot_total"] is not None else ""
        note = "" if line["spoke"] else " (no speech)"
        lines.append(f"  {label}: {score}{by}{bot}{' (late)' if line['late'] else ''}{note}")
    best = next((s for s in result["speakers"] if s["user_id"] == result["best_speaker"]), None)
    if best:
        lines.append(f"🏅 Best speaker: <b>{escape(best['name'])}</b>")
    for side in ("prop", "opp"):
        made = result["key_points"].get(side) or []
        points = "; ".join(escape(p) for p in made) or "no key point"
        lines.append(f"<b>{SIDE_LABELS[side]} made:</b> {points}")
    clashes = result["clashes"]
    if clashes:
        lines.append("<b>Clashes</b>")
        lines += [f"  {escape(c['point'])} → {SIDE_LABELS[c['won_by']]} ({c['how']})" for c in clashes]
    for comment in result["comments"]:
        lines.append(f"💬 {escape(comment['adjudicator'])}: {escape(comment['comment'])}")
    whole = "\n".join(lines)
    return [whole] if size(whole) < LIMIT else lines


# ------------------------------------------------------------------ private messages


def scorecard_message(rnd: Round, card: Scorecard) -> str:
    """A speaker's scorecard for a club speech: the short card every surface shows, one message."""
    text = card_html(layout(card, detail="short", title=f"🏅 Your scorecard · round #{rnd.id}"), limit=320)
    return text if len(text) < LIMIT else text[:LIMIT].rsplit("\n", 1)[0]


def ballot_message(state: BallotState) -> tuple[str, InlineKeyboardMarkup | None]:
    """The ballot as it stands, with the buttons for its next question."""
    rnd = state.round
    lines = [f"<b>Ballot</b> · round #{rnd.id}", f"<i>{escape(rnd.motion_text)}</i>", ""]
    for speaker in state.speakers():
        bands = [str(state.bands.get((speaker.user_id, c.id), "·")) for c in rnd.criteria]
        lines.append(f"{seat(speaker)}: {' '.join(bands)}")
    lines.append("Criteria: " + ", ".join(escape(c.name) for c in rnd.criteria))
    rid = rnd.id
    if state.submitted:
        lines.append("\n✅ Handed in. Thank you!")
        return "\n".join(lines), None
    question = state.next_band()
    if question is not None:
        speaker, criterion = question
        index = [c.id for c in rnd.criteria].index(criterion.id)
        lines.append(f"\n<b>{seat(speaker)}</b> — <b>{escape(criterion.name)}</b>: choose a band (1 weak, 5 "
                     "excellent), or give all their remaining criteria one band.")
        keyboard = [
            [InlineKeyboardButton(str(b), callback_data=f"club:b:{rid}:{speaker.user_id}:{index}:{b}")
             for b in range(1, 6)],
            [InlineKeyboardButton(f"all {b}", callback_data=f"club:ba:{rid}:{speaker.user_id}:{b}")
             for b in range(1, 6)],
        ]
        return "\n".join(lines), InlineKeyboardMarkup(keyboard)
    if state.winner is None:
        lines.append("\n<b>Who won?</b>")
        return "\n".join(lines), InlineKeyboardMarkup([[
            InlineKeyboardButton("Proposition", callback_data=f"club:w:{rid}:prop"),
            InlineKeyboardButton("Opposition", callback_data=f"club:w:{rid}:opp"),
        ]])
    lines.append(f"\nWinner: <b>{SIDE_LABELS[state.winner]}</b>")
    lines.append(f"Comment: {escape(state.comment)}" if state.comment else
                 "Send a comment as a message if you like (optional), then hand in the ballot.")
    return "\n".join(lines), InlineKeyboardMarkup([[
        InlineKeyboardButton("✅ Hand in ballot", callback_data=f"club:sub:{rid}"),
        InlineKeyboardButton("↺ Start again", callback_data=f"club:redo:{rid}"),
    ]])


# ------------------------------------------------------------------ records


def standings_message(rows: Sequence[Standing], criteria_names: dict[str, str]) -> str:
    """The club's standings: rounds, wins, average band, per criterion, side balance."""
    if not rows:
        return "No finished rounds yet. Start one with /session."
    lines = ["<b>Standings</b> (average band 1–5)"]
    for n, row in enumerate(rows, start=1):
        average = f"{row.average:.2f}" if row.average is not None else "—"
        lines.append(f"{n}. <b>{escape(row.name)}</b>: {row.rounds} rounds, {row.wins} wins, avg {average}, "
                     f"Prop {row.prop} / Opp {row.opp}")
        per = row.criterion_averages()
        if per:
            names = (f"{escape(criteria_names.get(c, c))} {v:.1f}" for c, v in per.items())
            lines.append("   " + ", ".join(names))
    return flow(lines)[0]


def motionstats_message(rows: Sequence[MotionStat]) -> str:
    """Per motion: rounds and wins by side."""
    if not rows:
        return "No finished rounds yet. Start one with /session."
    lines = ["<b>Motions debated here</b>"]
    lines += [f"• {escape(r.text)} (<code>{escape(r.motion_id)}</code>): {r.rounds} rounds, "
              f"Prop {r.prop_wins} – Opp {r.opp_wins}" for r in rows]
    return flow(lines)[0]
