"""Wrongful refusals and the fragment classes of the sixth pass.

A check that refuses a complete motion hides a good candidate as surely as a missing rewrite does. The bench
(tests/bench/drafting.py) counts the reference motions `problem()` refuses as "complete references refused by
the checks"; here are the dev references it once refused and our own good motions of each kind, with the
fragments that must stay refused beside them.

The fragment classes come from five texts first run unseen (Van Buren 1840, Mill's "Of the Mode of Voting",
Emerson's "Compensation"; public domain): a present-perfect report ("nothing has occurred to disturb …"), a
bare noun of discourse as the subject ("the subject is one of general interest …") and a conditional
imperative read as a proposal ("Treat men as pawns …, and you shall suffer …").
"""

from __future__ import annotations

import pytest

from bot.drafting.disputable import report_not_thesis
from bot.drafting.finding import POLICY_VERBS
from bot.drafting.proposals import parse_recommendation
from bot.drafting.structure import problem

VERBS = set(POLICY_VERBS) | {"treat"}


@pytest.mark.parametrize(
    "motion",
    [
        # dev references the checks refused
        "This House believes that progress comes from bold minorities, not from the majority",
        "This House would divide the powers of government among departments able to check one another",
        "This House believes that society should not punish conduct that concerns only the person himself",
        "This House would find work and land for the soldiers returning from the war",
        "This House would hand federal welfare programmes back to the states",
        "This House believes that the young should follow their own enthusiasms rather than the prudence of "
        "the old",
        "This House believes that justice is done in this life, every gain being paid for and every loss "
        "made good",
        # our own good motions of the same kinds
        "This House would tax the rich as they do in Sweden",
        "This House believes that the poor should keep their own allotments",
        "This House believes that a man should answer for his own debts",
        "This House would reduce the taxes of the Nation now as much as prudence will permit",
        "This House would split the ministry of transport in two",
    ],
)
def test_a_complete_motion_is_not_refused(motion: str) -> None:
    assert problem(motion) is None


@pytest.mark.parametrize(
    ("motion", "because"),
    [
        ("This House would tax the rich as they do", "actor the motion left out"),
        ("This House would enact such legislation as may be required", "second clause"),
        ("This House believes that the subject is one of general interest to the community", "'the subject'"),
        ("This House believes that the matter is urgent", "'the matter'"),
        ("This House believes that the choice is an important one", "'the choice'"),  # Van Buren, 1840
        ("This House believes that another objection to a new debt is its tendency to foster extravagance",
         "'another objection'"),  # Van Buren, 1840
        ("This House believes that other smaller vessels are employed in the surveys of the coast",
         "'other smaller'"),
        ("This House opposes deluding ourselves that safety grows with spending", "'ourselves'"),  # 1957
        ("This House believes that having now been for some time under its advisement, a speedy answer may "
         "be confidently expected", "participle clause"),  # Van Buren, 1840
        ("This House believes that their own enthusiasms should be followed", "'their'"),
        ("This House would punish him", "pronoun"),
    ],
)
def test_a_fragment_of_the_same_shape_stays_refused(motion: str, because: str) -> None:
    found = problem(motion)
    assert found is not None and because in found, found


def test_a_noun_of_discourse_with_its_complement_names_something() -> None:
    assert problem("This House believes that the subject of education is a national concern") is None


@pytest.mark.parametrize(
    "motion",
    [
        "This House believes that nothing has occurred to disturb the harmony of our relations with the "
        "different Governments of South America",  # Van Buren, 1840
        # Mill, Of the Mode of Voting
        "This House believes that there has never yet been any real and serious attempt to prevent bribery",
        "This House believes that no change has taken place in the harbour dues",  # our own
        "This House believes that it is presumed that the work will be concluded in the present season",
        # Van Buren, 1840: a story told in the past; progress on a work under way
        "This House believes that the Indians, having been defeated in every engagement, dispersed in small "
        "bands throughout the country",
        "This House believes that the removal of the Indians from within our settled borders is nearly "
        "completed",
    ],
)
def test_a_present_perfect_report_is_no_thesis(motion: str) -> None:
    assert report_not_thesis(motion) is not None


def test_a_judgement_in_the_present_perfect_stays_a_thesis() -> None:
    assert report_not_thesis("This House believes that the tariff has failed the farmer") is None
    assert report_not_thesis("This House believes that the era of big Government is now over") is None


def test_a_conditional_imperative_is_no_proposal() -> None:
    threat = "Treat men as pawns and ninepins, and you shall suffer as well as they."
    assert parse_recommendation(threat, VERBS) is None
    assert parse_recommendation("Lend to every rogue who asks, or your purse will be empty.", VERBS) is None


def test_an_imperative_with_its_good_effect_stays_a_proposal() -> None:
    rec = parse_recommendation("Abolish the duty on salt, and the poor will eat better.", VERBS)
    assert rec is not None and rec.actions[0] == "abolish the duty on salt"
