"""The draw for a club round: who proposes, who opposes, in which speaking position.

Tabbycat's side-balancing rule, for a club: whoever has proposed less in this club proposes;
ties are broken at random from a seed that is stored with the round, so any draw can be
replayed and checked. Teams that joined together stay together on one side.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations

from bot.motions import SideName


class DrawError(ValueError):
    """The joined speakers cannot be drawn into this format; the message says why."""


@dataclass(frozen=True)
class History:
    """A member's record in one club: rounds proposed, opposed, and times speaking first."""

    prop: int = 0
    opp: int = 0
    led: int = 0

    @property
    def balance(self) -> int:
        """Proposed minus opposed: below zero means they owe a round in Proposition."""
        return self.prop - self.opp


@dataclass(frozen=True)
class Entrant:
    """A speaker who joined the round, with the team they joined with (if any)."""

    user_id: int
    name: str
    team: str | None = None


@dataclass(frozen=True)
class Seat:
    """One speaker's place in the draw and why they got that side."""

    user_id: int
    name: str
    side: SideName
    position: int
    team: str | None
    prop_before: int
    opp_before: int
    reason: str


@dataclass(frozen=True)
class RoundDraw:
    """The allocation of a club round (sides and speaking positions), reproducible from `seed`."""

    seed: int
    seats: tuple[Seat, ...]

    def side(self, side: SideName) -> list[Seat]:
        """The seats of one side in speaking order."""
        return sorted((s for s in self.seats if s.side == side), key=lambda s: s.position)


def make_draw(
    entrants: Sequence[Entrant], history: Mapping[int, History], team_size: int | None, seed: int,
) -> RoundDraw:
    """Allocate sides and positions. `team_size` None means an open round (any even-ish split)."""
    rng = random.Random(seed)
    if team_size is None:
        sides = _split_open(entrants, history, rng)
    else:
        sides = _split_teams(entrants, history, team_size, rng)
    seats: list[Seat] = []
    for side in ("prop", "opp"):
        members = sides[side]
        order = _speaking_order(members, history, rng)
        named = sorted({e.team for e in members if e.team})
        team = " + ".join(named) if named else None
        for position, entrant in enumerate(order, start=1):
            record = history.get(entrant.user_id, History())
            seats.append(Seat(
                user_id=entrant.user_id, name=entrant.name, side=side, position=position,
                team=team, prop_before=record.prop, opp_before=record.opp,
                reason=_reason(side, record),
            ))
    return RoundDraw(seed=seed, seats=tuple(seats))


def _reason(side: SideName, record: History) -> str:
    if record.balance == 0:
        return "even record, side drawn at random"
    owed: SideName = "prop" if record.balance < 0 else "opp"
    if owed == side:
        return f"had {'proposed' if side == 'prop' else 'opposed'} less"
    return "sides must be even this round"


def _ranked(entrants: Sequence[Entrant], history: Mapping[int, History], rng: random.Random) -> list[Entrant]:
    """Entrants from most owed a Proposition round to least, ties in random order."""
    tiebreak = {e.user_id: rng.random() for e in entrants}
    return sorted(entrants, key=lambda e: (_balance(history, e.user_id), tiebreak[e.user_id]))


def _balance(history: Mapping[int, History], user_id: int) -> int:
    return history.get(user_id, History()).balance


def _split_open(
    entrants: Sequence[Entrant], history: Mapping[int, History], rng: random.Random,
) -> dict[SideName, list[Entrant]]:
    if len(entrants) < 2:
        raise DrawError("An open round needs at least 2 speakers.")
    ranked = _ranked(entrants, history, rng)
    half = len(ranked) // 2
    prop, opp = ranked[:half], ranked[len(ranked) - half:]
    if len(ranked) % 2:
        middle = ranked[half]
        balance = _balance(history, middle.user_id)
        if balance < 0 or (balance == 0 and rng.random() < 0.5):
            prop.append(middle)
        else:
            opp.append(middle)
    return {"prop": prop, "opp": opp}


def _split_teams(
    entrants: Sequence[Entrant], history: Mapping[int, History], team_size: int, rng: random.Random,
) -> dict[SideName, list[Entrant]]:
    needed = 2 * team_size
    if len(entrants) != needed:
        raise DrawError(f"This format needs exactly {needed} speakers; {len(entrants)} joined.")
    units: list[list[Entrant]] = []
    teams: dict[str, list[Entrant]] = {}
    for entrant in _ranked(entrants, history, rng):
        if entrant.team:
            key = entrant.team.casefold()
            if key not in teams:
                teams[key] = []
                units.append(teams[key])
            teams[key].append(entrant)
        else:
            units.append([entrant])
    for members in teams.values():
        if len(members) > team_size:
            raise DrawError(
                f"Team {members[0].team} has {len(members)} speakers; this format seats {team_size}."
            )
    best: tuple[float, float, list[int]] | None = None
    for count in range(1, len(units) + 1):
        for chosen in combinations(range(len(units)), count):
            if sum(len(units[i]) for i in chosen) != team_size:
                continue
            cost = sum(_balance(history, e.user_id) for i in chosen for e in units[i])
            candidate = (float(cost), rng.random(), list(chosen))
            if best is None or candidate[:2] < best[:2]:
                best = candidate
    if best is None:
        raise DrawError("The teams cannot be split into two sides of equal size.")
    prop = [e for i in best[2] for e in units[i]]
    opp = [e for i, unit in enumerate(units) if i not in best[2] for e in unit]
    return {"prop": prop, "opp": opp}


def _speaking_order(
    members: Sequence[Entrant], history: Mapping[int, History], rng: random.Random,
) -> list[Entrant]:
    """Whoever has opened least often speaks first; ties at random."""
    tiebreak = {e.user_id: rng.random() for e in members}
    return sorted(members, key=lambda e: (history.get(e.user_id, History()).led, tiebreak[e.user_id]))


def describe_balance(seat: Seat) -> str:
    """'proposed 2, opposed 3' for the draw announcement."""
    return f"proposed {seat.prop_before}, opposed {seat.opp_before}"


__all__ = ["DrawError", "Entrant", "History", "RoundDraw", "Seat", "describe_balance", "make_draw"]
