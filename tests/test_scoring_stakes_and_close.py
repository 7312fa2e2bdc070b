"""Stakes named in everyday words, and a closing call that says what to do about the motion.

"Hundreds of families would lose their wages" names what is at stake as surely as "harm" does; a
speech that ends "Keep the tax as one part of a wider system, not the whole of it" closes with a call
to act, however long the sentence. The speeches are written for these tests.
"""

from __future__ import annotations

import pytest

from bot.motions import Motion, load_bank
from bot.scoring.analyses.base import build_context
from bot.scoring.analyses.impact import impact
from bot.scoring.analyses.structure import structure
from bot.scoring.speech import read_speech

ROBOT_TAX_ID = "butler-robot-tax"

BODY = """\
A tax on machines that replace workers would slow automation in the warehouses and call centres where \
it is fastest. Firms would still buy robots where they are far better than people, but not merely to \
escape the payroll costs of employing someone.

The revenue can pay for retraining. A warehouse picker who has done the same job for twenty years \
needs months of paid training to move into maintenance or logistics planning, and nobody offers that \
today.

Public budgets rely on taxes on work. When work moves to machines that pay no income tax, the schools \
and clinics those workers use lose money just as demand for them grows.
"""


@pytest.fixture(scope="module")
def motion() -> Motion:
    found = load_bank().get(ROBOT_TAX_ID)
    assert found is not None
    return found


@pytest.mark.parametrize("stakes", [
    "In towns built around one distribution centre, hundreds of families would lose their wages in a year.",
    "Pickers forced into rushed shifts beside fast machines already suffer more injuries and accidents.",
    "Workers whose jobs go to automation fall into debt, and some into despair.",
])
def test_stakes_named_in_everyday_words_count(motion: Motion, stakes: str) -> None:
    plain = impact(build_context(read_speech(BODY), motion, "prop"))
    named = impact(build_context(read_speech(BODY.rstrip() + " " + stakes + "\n"), motion, "prop"))
    assert named.details["stakes"] == plain.details["stakes"] + 1


@pytest.mark.parametrize("close", [
    "Tax the machines that replace workers, and spend every penny on the people they replace.",
    "Make the firms that automate pay their share, so the gains of the robots reach those who lost out.",
])
def test_a_long_call_to_act_on_the_motion_closes_the_speech(motion: Motion, close: str) -> None:
    assert not structure(build_context(read_speech(BODY), motion, "prop")).details["conclusion"]
    closed = structure(build_context(read_speech(BODY.rstrip() + " " + close + "\n"), motion, "prop"))
    assert closed.details["conclusion"], closed.reason


def test_a_long_imperative_off_the_motion_is_no_close(motion: Motion) -> None:
    aside = "Put the kettle on before you sit down to read the long report from the committee tonight."
    ctx = build_context(read_speech(BODY.rstrip() + " " + aside + "\n"), motion, "prop")
    assert ctx.on_topic[-1] == 0
    assert not structure(ctx).details["conclusion"]
