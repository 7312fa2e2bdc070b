"""The draw: side balance from history, recorded seeds, teams kept together."""

from __future__ import annotations

import pytest

from bot.draw import DrawError, Entrant, History, make_draw

PEOPLE = [Entrant(i, f"Member {i}") for i in range(1, 7)]


def test_whoever_proposed_less_proposes() -> None:
    history = {1: History(prop=3, opp=1), 2: History(prop=1, opp=3), 3: History(), 4: History(prop=2, opp=2)}
    draw = make_draw(PEOPLE[:4], history, None, seed=7)
    sides = {s.user_id: s.side for s in draw.seats}
    assert sides[2] == "prop"
    assert sides[1] == "opp"
    assert [s.reason for s in draw.seats if s.user_id == 2] == ["had proposed less"]
    assert sum(s.side == "prop" for s in draw.seats) == 2


def test_same_seed_same_draw_and_seed_recorded() -> None:
    first = make_draw(PEOPLE, {}, None, seed=1234)
    again = make_draw(PEOPLE, {}, None, seed=1234)
    assert first == again
    assert first.seed == 1234
    assert all(s.reason == "even record, side drawn at random" for s in first.seats)
    others = {
        tuple(s.side for s in sorted(make_draw(PEOPLE, {}, None, seed=n).seats, key=lambda s: s.user_id))
        for n in range(20)
    }
    assert len(others) > 1, "ties must really be broken at random"


def test_odd_open_round_gives_the_extra_seat_to_who_owes_it() -> None:
    history = {1: History(prop=0, opp=2), 2: History(prop=1, opp=1), 3: History(prop=2, opp=0)}
    draw = make_draw(PEOPLE[:3], history, None, seed=3)
    assert {s.user_id for s in draw.side("prop")} == {1, 2} or {s.user_id for s in draw.side("prop")} == {1}
    assert {s.user_id: s.side for s in draw.seats}[3] == "opp"


def test_positions_number_each_side_from_one_and_rotate_the_lead() -> None:
    history = {1: History(prop=1, opp=1, led=2), 2: History(prop=1, opp=1, led=0)}
    draw = make_draw([Entrant(1, "A", "Owls"), Entrant(2, "B", "Owls"), Entrant(3, "C"), Entrant(4, "D")],
                     history, 2, seed=5)
    for side in ("prop", "opp"):
        assert [s.position for s in draw.side(side)] == [1, 2]
    owls = [s for s in draw.seats if s.user_id in (1, 2)]
    assert owls[0].side == owls[1].side, "a team stays together"
    assert next(s for s in owls if s.user_id == 2).position == 1


def test_team_formats_need_exactly_their_speakers() -> None:
    with pytest.raises(DrawError, match="exactly 4"):
        make_draw(PEOPLE[:3], {}, 2, seed=1)
    with pytest.raises(DrawError, match="at least 2"):
        make_draw(PEOPLE[:1], {}, None, seed=1)
    crowded = [Entrant(i, f"M{i}", "Owls") for i in range(1, 5)]
    with pytest.raises(DrawError, match="Owls"):
        make_draw(crowded, {}, 2, seed=1)


@pytest.mark.parametrize("team_size", [None, 2])
def test_six_rounds_keep_everyone_within_one_of_even(team_size: int | None) -> None:
    history: dict[int, History] = {}
    people = PEOPLE[:4] if team_size else PEOPLE[:5]
    for n in range(6):
        draw = make_draw(people, history, team_size, seed=100 + n)
        for seat in draw.seats:
            old = history.get(seat.user_id, History())
            history[seat.user_id] = History(
                prop=old.prop + (seat.side == "prop"), opp=old.opp + (seat.side == "opp"),
                led=old.led + (seat.position == 1),
            )
        assert all(abs(h.balance) <= 1 for h in history.values()), history
