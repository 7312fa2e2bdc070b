"""Who is in a group now, as Telegram says (getChatMember): only current members take part in its rounds.

A current member is the owner, an administrator, a member, or a restricted (muted) user who is
still in the group (`is_member`); "left" and "kicked" (banned) are not. Telegram is asked once
per person and group, and the answer is kept for a while: MEMBER_SECONDS for a member,
OUTSIDER_SECONDS for anyone else (so someone who has just joined is not kept out for long). The
group's own news drops it sooner: a "joined" or "left" service message, or a chat_member update
(sent to bots that are administrators). If Telegram answers 400 ("user not found") the person is
not a member; if it cannot be asked (a network error, a flood wait) nothing is cached and the
person is told to try again, never let in unchecked.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from telegram import Bot, ChatMember, ChatMemberRestricted, ChatMemberUpdated
from telegram.constants import ChatMemberStatus
from telegram.error import BadRequest, TelegramError

from bot.club import ClubError

log = logging.getLogger(__name__)

MEMBER_SECONDS = 600.0
OUTSIDER_SECONDS = 30.0
LIMIT = 10_000  # people remembered at most; expired answers go first, then the oldest
CANNOT_CHECK = ("I couldn't check with Telegram that you're in this group just now. "
                "Please try again in a minute.")
IN_THE_GROUP = (ChatMemberStatus.OWNER, ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.MEMBER)


def is_current_member(member: ChatMember) -> bool:
    """Whether this ChatMember is in the group now (a restricted one only if `is_member`)."""
    if isinstance(member, ChatMemberRestricted):
        return bool(member.is_member)
    return member.status in IN_THE_GROUP


@dataclass
class Memberships:
    """Recent answers to "is this person in this group?", each kept until it expires."""

    member_seconds: float = MEMBER_SECONDS
    outsider_seconds: float = OUTSIDER_SECONDS
    limit: int = LIMIT
    clock: Callable[[], float] = time.monotonic
    _answers: dict[tuple[int, int], tuple[bool, float]] = field(default_factory=dict)

    def cached(self, chat_id: int, user_id: int) -> bool | None:
        """The answer still fresh for this person in this group, or None."""
        found = self._answers.get((chat_id, user_id))
        if found is None:
            return None
        if found[1] <= self.clock():
            del self._answers[(chat_id, user_id)]
            return None
        return found[0]

    def remember(self, chat_id: int, user_id: int, member: bool) -> None:
        """Keep Telegram's answer for this person in this group."""
        now = self.clock()
        if len(self._answers) >= self.limit:
            self._answers = {k: v for k, v in self._answers.items() if v[1] > now}
            while len(self._answers) >= self.limit:  # dicts keep insertion order: oldest first
                del self._answers[next(iter(self._answers))]
        self._answers.pop((chat_id, user_id), None)
        keep = self.member_seconds if member else self.outsider_seconds
        self._answers[(chat_id, user_id)] = (member, now + keep)

    def drop(self, chat_id: int, user_id: int) -> None:
        """Forget the answer for this person in this group (they joined or left)."""
        self._answers.pop((chat_id, user_id), None)

    def __len__(self) -> int:
        return len(self._answers)


async def lookup(bot: Bot, cache: Memberships, chat_id: int, user_id: int) -> ChatMember | None:
    """Ask Telegram now (and remember the answer); None when Telegram says 400, e.g. "user not
    found". ClubError(CANNOT_CHECK) when Telegram cannot be asked."""
    try:
        member = await bot.get_chat_member(chat_id, user_id)
    except BadRequest as exc:
        log.info("getChatMember in chat %s: %s", chat_id, exc)
        cache.remember(chat_id, user_id, False)
        return None
    except TelegramError as exc:  # network, flood wait, the bot removed from the group
        log.warning("could not check membership in chat %s: %s", chat_id, exc)
        raise ClubError(CANNOT_CHECK) from None
    cache.remember(chat_id, user_id, is_current_member(member))
    return member


async def is_member(bot: Bot, cache: Memberships, chat_id: int, user_id: int) -> bool:
    """Whether this person is in this group now (a cached answer if fresh)."""
    found = cache.cached(chat_id, user_id)
    if found is None:
        member = await lookup(bot, cache, chat_id, user_id)
        found = member is not None and is_current_member(member)
    return found


async def require_member(bot: Bot, cache: Memberships, chat_id: int, user_id: int, refusal: str) -> None:
    """Raise ClubError(refusal) unless this person is in this group now."""
    if not await is_member(bot, cache, chat_id, user_id):
        raise ClubError(refusal)


def note_change(cache: Memberships, changed: ChatMemberUpdated) -> None:
    """A chat_member update: keep the new status as the answer."""
    new = changed.new_chat_member
    cache.remember(changed.chat.id, new.user.id, is_current_member(new))
