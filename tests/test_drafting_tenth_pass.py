"""The fragment classes found on the ninth batch of unseen texts (issue 11, tenth pass), each refused or
rewritten by class: a "not only to V, but to W" pair rewritten for one half, a bare definite subject the
motion never says ("the work must be our work now"), the conceded half before "; but …", a figure of speech
read as a policy, and the pieces found beside them (a pronoun with nothing to refer to, "So far" losing its
"So", a heading glued to its sentence, a noun phrase whose only verb is a participle). Real sentences from
the corpus and our own examples; complete motions of the same shapes must still pass."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.drafting import draft_essay
from bot.drafting.cuts import cut_problem
from bot.drafting.requests import parse_request
from bot.drafting.structure import problem
from bot.drafting.wording import strip_openers

CORPUS = Path(__file__).parent / "data" / "essays" / "corpus"


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        ("I will ask the Congress not only to continue, but to speed up the war on poverty.",
         "continue and speed up the war on poverty"),  # Johnson 1966
        ("I urge the Parliament not only to freeze rents, but also to build homes for the young.",
         "freeze rents and build homes for the young"),
    ],
)
def test_a_not_only_pair_of_infinitives_is_rewritten_whole(sentence: str, action: str) -> None:
    found = parse_request(sentence, set())
    assert found is not None and found.actions == (action,)
    assert found.actor.split()[-1] in ("Congress", "Parliament")  # "not only" is no part of who is asked


@pytest.mark.parametrize(
    "motion",
    [
        "This House believes that the Congress not only should continue, but to speed up the war on poverty",
        "This House believes that councils not only should freeze rents, but also to build homes",
    ],
)
def test_a_pair_rewritten_for_one_half_only_is_refused(motion: str) -> None:
    assert problem(motion) is not None


@pytest.mark.parametrize(
    "motion",
    [
        "This House believes that the work must be our work now",  # Johnson 1966
        "This House believes that in the transfer the beneficent intention of the Government to supply homes "
        "to the industrious is often frustrated",  # Cleveland 1893
        "This House believes that the program itself comes from the American people",  # Roosevelt 1934
        "This House believes that the task will take a generation",
        "This House believes that the scheme must fail",
    ],
)
def test_a_bare_definite_subject_the_motion_never_says_is_refused(motion: str) -> None:
    assert problem(motion) is not None


@pytest.mark.parametrize(
    "motion",
    [
        "This House believes that the state should leave private morals alone",
        "This House believes that the press is the fourth estate",
        "This House believes that the rich owe more to society than they repay",
        "This House believes that the task of our generation is to end poverty",
        "This House believes that the task is to rebuild the cities",
        "This House believes that the plan of the committee is sound",
        "This House believes that in the transfer of public land to settlers the intention of the law is "
        "often frustrated",
    ],
)
def test_a_definite_subject_that_is_a_kind_or_says_which_passes(motion: str) -> None:
    assert problem(motion) is None


def test_the_conceded_half_before_but_is_not_the_thesis() -> None:
    source = ("The demand for equal rights in every vocation of life is just and fair; but, after all, the "
              "most vital right is the right to love and be loved.")  # Goldman 1911
    motion = "This House believes that the demand for equal rights in every vocation of life is just and fair"
    assert cut_problem(motion, source) is not None
    own = "This House believes that cars are convenient"
    assert cut_problem(own, "Cars are convenient, but after all they choke the cities we live in.")
    assert cut_problem(own, "Cars are convenient; yet the price is paid by everyone who breathes.")


def test_a_claim_qualified_by_but_without_a_turn_stays_whole() -> None:
    motion = "This House believes that a simple manly character need never make an apology"
    source = ("A simple manly character need never make an apology, but should regard its past action with "
              "the calmness of Phocion.")  # Emerson 1841: it adds, it does not grant
    assert cut_problem(motion, source) is None


@pytest.mark.parametrize(
    "motion",
    [
        "This House would cultivate the soil where the good seed is sprouting and the plant is reaching up "
        "to mature growth",  # Roosevelt 1934
        "This House would kindle the torch of liberty in every land",
        "This House would steer the ship of state through the storm",
    ],
)
def test_a_figure_of_speech_is_not_a_policy(motion: str) -> None:
    assert problem(motion) is not None


@pytest.mark.parametrize(
    "motion",
    [
        "This House would ban the sale of patented seed to smallholders",
        "This House would build roads and harbors in the western territories",
        "This House would break up the great landed estates",
    ],
)
def test_a_literal_policy_with_such_words_stays_a_policy(motion: str) -> None:
    assert problem(motion) is None


@pytest.mark.parametrize(
    "motion",
    [
        # Goldman 1911: "her" is the woman the essay speaks of, never named in the motion
        "This House believes that everything within her that craves assertion and activity should reach its "
        "fullest expression",
        # Johnson 1966: "it" cannot stand for "we"
        "This House believes that we will not heed those who wring it from the hopes of the unfortunate",
        "This House believes that THE UN But arms alone are not enough to keep the peace",  # a heading
        "This House believes that the appropriations made by Congress for public works",  # no verb
    ],
)
def test_pieces_found_beside_them_are_refused(motion: str) -> None:
    assert problem(motion) is not None


@pytest.mark.parametrize(
    "motion",
    [
        "This House believes that the laws made by Parliament bind every citizen",
        "This House believes that the taxes paid by the poor fund the comforts of the rich",
        "This House believes that woman's true emancipation must begin within herself, not with the vote or "
        "paid work",
        "This House believes that he that hath ears should listen to the warnings",
    ],
)
def test_complete_claims_of_the_same_shapes_pass(motion: str) -> None:
    assert problem(motion) is None


def test_so_far_keeps_its_so() -> None:
    assert strip_openers("So far we have received no response.").startswith("So far")
    assert strip_openers("So we must act now.") == "we must act now."


@pytest.mark.parametrize(
    ("name", "never"),
    [
        ("sotu-1966-johnson.txt", ("not only should", "the work must", "far we have", "wring it")),
        ("goldman-1911-tragedy-of-womans-emancipation.txt", ("just and fair", "within her that")),
        ("sotu-1934-roosevelt.txt", ("cultivate the soil", "the program itself")),
    ],
)
def test_the_tenth_pass_fragments_are_no_longer_printed(name: str, never: tuple[str, ...]) -> None:
    draft = draft_essay((CORPUS / name).read_text(encoding="utf-8"))
    assert draft.motions
    for motion in draft.motions:
        assert problem(motion.text) is None
        assert not any(piece in motion.text for piece in never), motion.text
