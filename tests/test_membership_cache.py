"""The membership cache: answers expire (members later than outsiders), stay bounded, and a
ChatMember counts as in the group only while it is."""

from __future__ import annotations

from telegram import ChatMember

from bot.chat.membership import Memberships, is_current_member


class Clock:
    def __init__(self) -> None:
        self.t = 100.0

    def __call__(self) -> float:
        return self.t


def test_answers_expire_members_later_than_outsiders() -> None:
    clock = Clock()
    cache = Memberships(member_seconds=600, outsider_seconds=30, clock=clock)
    cache.remember(-1, 1, True)
    cache.remember(-1, 2, False)
    assert (cache.cached(-1, 1), cache.cached(-1, 2), cache.cached(-2, 1)) == (True, False, None)
    clock.t += 31
    assert (cache.cached(-1, 1), cache.cached(-1, 2)) == (True, None)
    clock.t += 600
    assert cache.cached(-1, 1) is None and len(cache) == 0
    cache.remember(-1, 1, True)
    cache.drop(-1, 1)
    assert cache.cached(-1, 1) is None


def test_the_cache_is_bounded_dropping_expired_then_oldest_answers() -> None:
    clock = Clock()
    cache = Memberships(member_seconds=600, outsider_seconds=30, limit=3, clock=clock)
    cache.remember(-1, 1, False)
    cache.remember(-1, 2, True)
    cache.remember(-1, 3, True)
    clock.t += 60  # user 1's answer has expired: it goes first
    cache.remember(-1, 4, True)
    assert len(cache) == 3 and cache.cached(-1, 2) and cache.cached(-1, 4)
    cache.remember(-1, 5, True)  # nothing expired: the oldest goes
    assert len(cache) == 3 and cache.cached(-1, 2) is None and cache.cached(-1, 5)


def _member(status: str, **extra: object) -> ChatMember:
    data = {"status": status, "user": {"id": 7, "is_bot": False, "first_name": "Bo"}, **extra}
    found = ChatMember.de_json(data, None)
    assert found is not None
    return found


def test_who_is_in_the_group() -> None:
    rights = dict.fromkeys((
        "can_send_messages", "can_send_audios", "can_send_documents", "can_send_photos", "can_send_videos",
        "can_send_video_notes", "can_send_voice_notes", "can_send_polls", "can_send_other_messages",
        "can_add_web_page_previews", "can_change_info", "can_invite_users", "can_pin_messages",
        "can_manage_topics", "can_edit_tag", "can_react_to_messages"), False)
    assert is_current_member(_member("member"))
    assert is_current_member(_member("creator", is_anonymous=False))
    assert not is_current_member(_member("left"))
    assert not is_current_member(_member("kicked", until_date=0))
    assert is_current_member(_member("restricted", is_member=True, until_date=0, **rights))
    assert not is_current_member(_member("restricted", is_member=False, until_date=0, **rights))
