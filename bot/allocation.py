"""Fair side allocation: whoever has proposed less proposes; an even record is a coin toss.

Tabbycat's side-balancing rule for one speaker: over time each debater should argue both
sides about equally often, so the side they have argued less is the one they get next.
"""

from __future__ import annotations

import random

from bot.motions import SIDE_LABELS, SideName


def _times(n: int) -> str:
    return "once" if n == 1 else "twice" if n == 2 else f"{n} times"


def choose_side(prop_count: int, opp_count: int, rng: random.Random) -> tuple[SideName, str]:
    """The side to argue next and a one-sentence reason a debater can read.

    `prop_count` and `opp_count` are the speeches already given on each side.
    """
    if prop_count < 0 or opp_count < 0:
        raise ValueError("side counts cannot be negative")
    if prop_count == opp_count:
        side: SideName = "prop" if rng.random() < 0.5 else "opp"
        label = SIDE_LABELS[side]
        if prop_count == 0:
            return side, f"It is your first speech, so a coin toss put you in {label}."
        return side, (
            f"You have argued each side {_times(prop_count)}, so a coin toss put you in {label}."
        )
    side = "prop" if prop_count < opp_count else "opp"
    return side, (
        f"You have proposed {_times(prop_count)} and opposed {_times(opp_count)}, "
        f"so you argue {SIDE_LABELS[side]} this time."
    )


def chosen_side_reason(side: SideName) -> str:
    """The reason shown when the debater picked the side themselves."""
    return f"You chose {SIDE_LABELS[side]}."


__all__ = ["choose_side", "chosen_side_reason"]
