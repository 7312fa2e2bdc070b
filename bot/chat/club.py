"""Club rounds in group chats: /session, sign-up buttons, the draw, organiser controls, records.

Works with privacy mode on: everything is a command, a button or a private message. Handlers
sit in handler group CLUB_GROUP, before solo practice, and only match group chats (or, in
private, club deep links and the club's buttons); what members send privately for a round
comes through the private-message router (bot/chat/focus.py, declared in club_private.py)."""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Callable, Coroutine
from html import escape
from typing import Any

from telegram import Message, Update, User
from telegram.constants import ChatMemberStatus, MessageEntityType
from telegram.ext import (
    Application,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    ChatMemberHandler,
    MessageHandler,
    filters,
)

from bot import club
from bot.charts import standings_png
from bot.chat import club_private, membership
from bot.chat import club_render as render
from bot.chat.callback_data import EXPIRED, ButtonExpired, Press, expect
from bot.chat.club_runtime import (
    CLUB_TIMERS,
    LAST_MINUTE_WARNINGS,
    advance,
    club_of,
    refresh_status,
    resume,
    schedule_status,
    settle_scoring,
)
from bot.chat.context import DebateContext, chat_id_of, chat_of, message_of, query_of, user_of
from bot.chat.guards import command
from bot.chat.jobs import keep

log = logging.getLogger(__name__)

CLUB_GROUP = -1
MEMBERSHIP_GROUP = -9  # after the guards, before every feature: sees joins and departures, stops nothing
DEFAULT_EXTEND_MINUTES = 2.0
Callback = Callable[[Update, DebateContext], Coroutine[Any, Any, None]]


def replies_club_errors(handler: Callback) -> Callback:
    """Turn a ClubError into a friendly reply (or a button alert), and a forged or out-of-date
    button into a short "expired" answer; the update stops here, so later handler groups (solo
    practice's "use a private chat" hint, the fallback for presses) do not answer it too."""

    @functools.wraps(handler)
    async def wrapper(update: Update, context: DebateContext) -> None:
        try:
            await handler(update, context)
        except ButtonExpired:
            if update.callback_query is not None:
                await query_of(update).answer(EXPIRED)
        except club.ClubError as exc:
            if update.callback_query is not None:
                await query_of(update).answer(str(exc)[:200], show_alert=True)
            elif update.effective_message is not None:
                await message_of(update).reply_text(str(exc))
        raise ApplicationHandlerStop

    return wrapper


async def may_run(update: Update, context: DebateContext) -> bool:
    """Chat administrators and the club's organisers (by user id, while in the group) may start,
    cancel or change rounds. Telegram is asked afresh: rights must be current."""
    chat, user, svc = chat_of(update), user_of(update), context.services
    member = await membership.lookup(context.bot, club_of(context).members, chat.id, user.id)
    if member is None or not membership.is_current_member(member):
        return False
    if member.status in (ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER):
        return True
    return await svc.store.run(club.is_organiser, chat.id, user.id)


async def require_organiser(update: Update, context: DebateContext, action: str) -> None:
    """Raise a ClubError unless the member may run rounds here."""
    if not await may_run(update, context):
        raise club.ClubError(f"Only chat administrators and organisers can {action}.")


async def _active(context: DebateContext, chat_id: int) -> club.Round:
    return await context.services.store.run(club.active_round, chat_id)


# ------------------------------------------------------------------ starting a round


@replies_club_errors
async def session(update: Update, context: DebateContext) -> None:
    """/session [motion id or tag] [format]: open sign-up for a round."""
    await require_organiser(update, context, "start a round")
    svc, rt = context.services, club_of(context)
    chat, user = chat_of(update), user_of(update)
    fmt, wanted = "open", []
    for arg in context.args or []:
        if arg.lower() in club.FORMATS:
            fmt = arg.lower()
        else:
            wanted.append(arg)
    if len(wanted) > 1:
        raise club.ClubError("Use /session [motion id or tag] [format], e.g. /session economy 2v2")
    motion = await svc.store.run(club.pick_motion, chat.id, svc.bank, wanted[0] if wanted else None, rt.rng)
    rnd = await svc.store.run(club.create_round, chat.id, chat.title or "", user.id, motion, fmt,
                              svc.settings.rubric, rt.criteria, svc.settings.seconds, svc.clock.now())
    message = await message_of(update).reply_html(
        render.status(rnd, motion, svc.clock.now()), reply_markup=render.signup_keyboard(rnd.id))
    await svc.store.run(club.set_status_message, rnd.id, message.message_id)


@replies_club_errors
async def show_round(update: Update, context: DebateContext) -> None:
    """/round: post the running round's status again (when it has scrolled away)."""
    svc = context.services
    rnd = await _active(context, chat_id_of(update))
    keyboard = (render.signup_keyboard(rnd.id) if rnd.stage == "signup"
                else render.running_keyboard(rnd, context.bot.username))
    message = await message_of(update).reply_html(
        render.status(rnd, club.motion_of(rnd, svc.bank), svc.clock.now()), reply_markup=keyboard)
    await svc.store.run(club.set_status_message, rnd.id, message.message_id)


def _round_of(update: Update, action: str) -> tuple[int, Press]:
    """The round id of a sign-up button's press, and the press (ButtonExpired if it is forged)."""
    press = expect(query_of(update).data, "club", action)
    return press.number(0), press


async def _checked_round(update: Update, context: DebateContext, round_id: int) -> club.Round:
    rnd = await context.services.store.run(club.load_round, round_id)
    chat = update.effective_chat  # None for a press on an inline message
    if chat is None or rnd.chat_id != chat.id:
        raise club.ClubError("That button belongs to another chat.")
    return rnd


NOT_A_MEMBER = ("Only members of this group can join its rounds, and Telegram says you're not in it "
                "(any more). Join the group again to take part.")


@replies_club_errors
async def pressed_join(update: Update, context: DebateContext) -> None:
    """A member of the group joins (or leaves) as speaker or adjudicator."""
    round_id, press = _round_of(update, "join")
    rnd = await _checked_round(update, context, round_id)
    svc, user = context.services, user_of(update)
    role = "speaker" if press.word(1) == "s" else "adjudicator"
    current = rnd.participant(user.id)
    if current is None or current.role != role:  # pressing again to leave needs no check
        members = club_of(context).members
        await membership.require_member(context.bot, members, rnd.chat_id, user.id, NOT_A_MEMBER)
    _, joined = await svc.store.run(club.join, round_id, user.id, user.full_name, role, svc.clock.now(),
                                    user.username)
    await query_of(update).answer(f"You're in as {role}." if joined else f"You left the {role}s.")
    schedule_status(context.application, round_id)


@replies_club_errors
async def pressed_start(update: Update, context: DebateContext) -> None:
    """An organiser starts the round: the draw is made and posted, prep begins."""
    round_id, _ = _round_of(update, "start")
    await _checked_round(update, context, round_id)
    await require_organiser(update, context, "start the round")
    svc = context.services
    now, seed = svc.clock.now(), club_of(context).rng.randrange(2**31)
    await advance(context.application, lambda db: club.start(db, round_id, now, seed))
    await query_of(update).answer("Round started.")
    await refresh_status(context.application, round_id)


@replies_club_errors
async def pressed_cancel(update: Update, context: DebateContext) -> None:
    """An organiser cancels the round from its button."""
    round_id, _ = _round_of(update, "cancel")
    await _checked_round(update, context, round_id)
    await require_organiser(update, context, "cancel the round")
    await query_of(update).answer("Cancelled.")
    await _cancel(update, context, round_id)


async def _cancel(update: Update, context: DebateContext, round_id: int) -> None:
    now = context.services.clock.now()
    await advance(context.application, lambda db: club.cancel(db, round_id, now),
                  by=user_of(update).full_name)
    await refresh_status(context.application, round_id)


# ------------------------------------------------------------------ organiser controls


@replies_club_errors
async def cancel(update: Update, context: DebateContext) -> None:
    """/cancel: an organiser cancels the running round."""
    rnd = await _active(context, chat_id_of(update))
    await require_organiser(update, context, "cancel a round")
    await _cancel(update, context, rnd.id)


@replies_club_errors
async def extend(update: Update, context: DebateContext) -> None:
    """/extend [minutes]: an organiser gives the running stage more time."""
    rnd = await _active(context, chat_id_of(update))
    await require_organiser(update, context, "extend a timer")
    svc = context.services
    raw = (context.args or [str(DEFAULT_EXTEND_MINUTES)])[0]
    try:
        extra = float(raw)
    except ValueError:
        extra = -1.0
    if not 0 < extra <= 60:
        raise club.ClubError("Use /extend MINUTES with a number from 1 to 60, e.g. /extend 3")
    seconds, now = svc.settings.seconds(extra), svc.clock.now()
    await advance(context.application, lambda db: club.extend(db, rnd.id, seconds, now),
                  by=user_of(update).full_name)


@replies_club_errors
async def skip(update: Update, context: DebateContext) -> None:
    """/skip @name (or as a reply to their message): stop waiting for a speaker."""
    rnd = await _active(context, chat_id_of(update))
    await require_organiser(update, context, "skip a speaker")
    svc = context.services
    reply = message_of(update).reply_to_message
    if reply is not None and reply.from_user is not None and not reply.from_user.is_bot:
        user_id = reply.from_user.id
    elif context.args:
        found = await svc.store.run(club.find_member, rnd.chat_id, " ".join(context.args))
        if found is None:
            raise club.ClubError("I don't know that member. Use /skip @username or reply to their message.")
        user_id = found[0]
    else:
        raise club.ClubError("Who should I skip? Use /skip @username or reply to their message with /skip.")
    await settle_scoring(context.application, rnd.id)  # skipping the last speaker may give the result
    now = svc.clock.now()
    await advance(context.application, lambda db: club.skip(db, rnd.id, user_id, now),
                  by=user_of(update).full_name)


@replies_club_errors
async def team(update: Update, context: DebateContext) -> None:
    """/team NAME: keep a team in this club (and join a 2v2/3v3 round in it); /team shows it;
    /team off leaves it."""
    svc, user, chat = context.services, user_of(update), chat_of(update)
    typed = " ".join(context.args or []).strip()
    if not typed:
        mine = await svc.store.run(club.team_of, chat.id, user.id)
        await message_of(update).reply_html(render.team_message(mine))
        return
    if typed.lower() == "off":
        left = await svc.store.run(club.leave_team, chat.id, user.id)
        await message_of(update).reply_html(f"You've left team <b>{escape(left.name or '')}</b>.")
    else:
        left = await svc.store.run(club.choose_team, chat.id, user.id, user.full_name, user.username, typed,
                                   svc.clock.now())
        await message_of(update).reply_html(render.team_message(left, chosen=True))
    if left.round is not None:
        schedule_status(context.application, left.round.id)


ORGANISERS_USAGE = ("Use /organisers, /organisers add @username or /organisers remove @username "
                    "(or reply to the member's message with /organisers add or /organisers remove)")
UNKNOWN_HANDLE = ("I can't tell who @{name} is: Telegram doesn't let bots look people up by @username, and "
                  "nobody in this group has shown me that name. Reply to one of their messages with "
                  "/organisers add instead.")


def _text_mention(message: Message) -> User | None:
    """The person a message names by picking them from Telegram's list (a "text mention", for
    members without a @username): the entity carries their user id."""
    for entity in message.entities or ():
        user = entity.user if entity.type == MessageEntityType.TEXT_MENTION else None
        if user is not None and not user.is_bot:
            return user
    return None


async def _member_named(update: Update, context: DebateContext, handle: str) -> User:
    """The group member named: picked from Telegram's list (a text mention carries the user), or
    by @username, the member last seen here with it, checked with Telegram (still in the group,
    still called that). ClubError otherwise."""
    svc, chat = context.services, chat_of(update)
    picked = _text_mention(message_of(update))
    if picked is not None:
        return picked
    name = club.organiser_handle(handle)
    user_id = await svc.store.run(club.member_by_username, chat.id, name)
    members = club_of(context).members
    member = await membership.lookup(context.bot, members, chat.id, user_id) if user_id else None
    if (member is None or not membership.is_current_member(member)
            or (member.user.username or "").lower() != name):
        raise club.ClubError(UNKNOWN_HANDLE.format(name=name))
    return member.user


@replies_club_errors
async def organisers(update: Update, context: DebateContext) -> None:
    """/organisers [add|remove @name]: list, or (administrators) change, the club's organisers.
    As a reply to a member's message, add or remove names that member (no @username needed).
    Organisers are kept by user id; the @username is only how they are shown."""
    svc = context.services
    chat, user, message = chat_of(update), user_of(update), message_of(update)
    args = context.args or []
    if args and args[0].lower() in ("add", "remove"):
        member = await membership.lookup(context.bot, club_of(context).members, chat.id, user.id)
        if member is None or member.status not in (ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER):
            raise club.ClubError("Only chat administrators can change the organisers.")
        adding = args[0].lower() == "add"
        replied = message.reply_to_message.from_user if message.reply_to_message else None
        picked = _text_mention(message)
        named = len(args) == 2 or (len(args) > 2 and picked is not None)  # a picked name may have spaces
        if named and not adding and picked is None:
            label = await svc.store.run(club.remove_organiser, chat.id, args[1])
        elif named or (len(args) == 1 and replied is not None and not replied.is_bot):
            who = replied if not named and replied is not None else \
                await _member_named(update, context, " ".join(args[1:]))
            label = await (
                svc.store.run(club.add_organiser, chat.id, who.id, who.full_name, who.username, user.id,
                              svc.clock.now()) if adding
                else svc.store.run(club.remove_organiser_member, chat.id, who.id, who.full_name,
                                   who.username))
        else:
            raise club.ClubError(ORGANISERS_USAGE)
        await message.reply_html(f"{escape(label)} is now an organiser: they can run rounds." if adding
                                 else f"{escape(label)} is no longer an organiser.")
        return
    if args:
        raise club.ClubError(ORGANISERS_USAGE)
    names = await svc.store.run(club.organisers, chat.id)
    waiting = await svc.store.run(club.unlinked_organisers, chat.id)
    text = ("Organisers: " + ", ".join(escape(n) for n in names) if names
            else "No organisers yet; chat administrators can add one with /organisers add @username, "
                 "or by replying to the member's message with /organisers add")
    if waiting:
        text += ("\nAdded by @username before organisers were kept by Telegram id, and not matched to a "
                 "member since, so they can't run rounds until an administrator replies to one of their "
                 "messages with /organisers add: " + ", ".join(escape(n) for n in waiting))
    await message.reply_html(text)


# ------------------------------------------------------------------ records


@replies_club_errors
async def standings(update: Update, context: DebateContext) -> None:
    """/standings: each member's rounds, wins, scores and side balance; `/standings chart` adds
    the same as a picture."""
    svc = context.services
    rows = await svc.store.run(club.standings, chat_id_of(update))
    names = {c.id: c.name for c in club_of(context).criteria}
    text = render.standings_message(rows, names)
    args = context.args or []
    wants_chart = bool(args) and args[0].lower() == "chart"
    scored = [(r.name, 25.0 * (r.average - 1), r.wins, r.rounds) for r in rows if r.average is not None]
    if wants_chart and scored:
        picture = await asyncio.to_thread(standings_png, scored)
        await message_of(update).reply_photo(picture, caption="Standings: each member's average "
                                                   "score on one 0–100 scale (band 1 is 0, band 5 is 100).")
    elif wants_chart:
        text += "\n\n(There are no scores yet, so no chart: scored rounds come first.)"
    await message_of(update).reply_html(text)


@replies_club_errors
async def motionstats(update: Update, context: DebateContext) -> None:
    """/motionstats: per motion, rounds and wins by side."""
    svc = context.services
    rows = await svc.store.run(club.motion_stats, chat_id_of(update))
    await message_of(update).reply_html(render.motionstats_message(rows))


@replies_club_errors
async def point_to_group(update: Update, context: DebateContext) -> None:
    """A club command sent in private: say where it works."""
    await message_of(update).reply_text(
        "Club rounds run in group chats: add me to your club's group and use this command there. "
        "Here you can practise on your own with /practice.")


HANDLERS: dict[str, Callback] = {
    "session": session, "round": show_round, "cancel": cancel, "extend": extend, "skip": skip,
    "team": team, "organisers": organisers, "standings": standings, "motionstats": motionstats,
}
# Telegram's command menu in groups (read by bot.chat.app).
GROUP_COMMANDS = [
    ("session", "Start a club round: /session [motion or tag] [open|1v1|2v2|3v3]"),
    ("round", "Show the running round again"),
    ("team", "Your team in this club (2v2, 3v3): /team NAME, /team, /team off"),
    ("extend", "Organisers: give the running stage more minutes"),
    ("skip", "Organisers: stop waiting for a speaker"),
    ("cancel", "Organisers: cancel the running round"),
    ("standings", "The club's standings (/standings chart: as a picture)"),
    ("motionstats", "How each motion has gone here"),
    ("organisers", "List or change the club's organisers"),
]


async def membership_changed(update: Update, context: DebateContext) -> None:
    """Someone joined or left the group (a service message or a chat_member update): the
    remembered answer for them there is out of date, and who joined is noted as a member. The
    update goes on to other handlers."""
    members, chat = club_of(context).members, chat_of(update)
    if update.chat_member is not None:
        membership.note_change(members, update.chat_member)
        return
    message = message_of(update)
    for user in [*(message.new_chat_members or ()), message.left_chat_member]:
        if user is not None:
            members.drop(chat.id, user.id)
    await _note(context, chat.id, list(message.new_chat_members or ()))


async def seen_in_group(update: Update, context: DebateContext) -> None:
    """A member used a command in the group: note their user id and current @username there (what
    /organisers add @name looks up). The update goes on to the command's handler."""
    await _note(context, chat_id_of(update), [update.effective_user] if update.effective_user else [])


async def _note(context: DebateContext, chat_id: int, users: list[User]) -> None:
    people = [(u.id, u.full_name, u.username) for u in users if u is not None and not u.is_bot]
    if people:
        await context.services.store.run(club.note_members, chat_id, people)


def register(application: Application) -> None:
    """Add the club handlers (before solo practice) and re-arm stored timers at start-up."""
    groups = filters.ChatType.GROUPS
    for name, callback in HANDLERS.items():
        application.add_handler(command(name, callback, groups), group=CLUB_GROUP)
    group_only = [name for name in HANDLERS if name != "cancel"]  # /cancel in private is solo practice's
    application.add_handler(command(group_only, point_to_group, filters.ChatType.PRIVATE), group=CLUB_GROUP)
    application.add_handler(CallbackQueryHandler(pressed_join, pattern=r"^club:join:"), group=CLUB_GROUP)
    application.add_handler(CallbackQueryHandler(pressed_start, pattern=r"^club:start:"), group=CLUB_GROUP)
    application.add_handler(CallbackQueryHandler(pressed_cancel, pattern=r"^club:cancel:"), group=CLUB_GROUP)
    club_private.register(application, CLUB_GROUP)
    changes = filters.StatusUpdate.NEW_CHAT_MEMBERS | filters.StatusUpdate.LEFT_CHAT_MEMBER
    application.add_handler(MessageHandler(groups & changes, membership_changed), group=MEMBERSHIP_GROUP)
    new_command = filters.UpdateType.MESSAGE & filters.COMMAND & groups
    application.add_handler(MessageHandler(new_command, seen_in_group), group=MEMBERSHIP_GROUP)
    application.add_handler(ChatMemberHandler(membership_changed, ChatMemberHandler.CHAT_MEMBER),
                            group=MEMBERSHIP_GROUP)
    keep(application, CLUB_TIMERS)  # stage reminders and deadlines: re-armed from the database at start-up
    keep(application, LAST_MINUTE_WARNINGS)  # "your draft will be handed in as it stands", a minute before
    if application.job_queue is not None:
        application.job_queue.run_once(resume, 0, name="club-resume")
