"""The rate limiter: Telegram's limits on messages, not on looking things up.

AIORateLimiter holds every request that names a chat to the overall pace (30 a second) and, when
the chat is a group, to that group's (20 a minute). Telegram's group limit is on messages sent,
though, and a group's 20 a minute are precious: a reveal, the result, the status edits. Asking
whether someone is in the group (getChatMember, a club's membership check) is not a message, so
`MessageRateLimiter` counts lookups only against the overall limit, never against the group's.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from telegram.ext import AIORateLimiter

# Bot API methods that read, and send nothing to the chat they name.
LOOKUPS = frozenset({"getChatMember", "getChatAdministrators", "getChat", "getChatMemberCount"})


class MessageRateLimiter(AIORateLimiter):
    """AIORateLimiter whose per-chat limits count messages, not lookups."""

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        """Pace the request; a lookup only within the overall limit (the request is unchanged)."""
        if endpoint in LOOKUPS:  # AIORateLimiter: any chat id is the overall limit, a negative one a group's
            data = {**data, "chat_id": 0}
        return await super().process_request(callback, args, kwargs, endpoint, data, rate_limit_args)
