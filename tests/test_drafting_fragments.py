"""Fragment classes the drafter printed as motions on unseen State of the Union addresses, each refused by
the structural check (bot/drafting/structure.py) or never built (bot/drafting/proposals.py):

- a pronoun with nothing in the motion to refer to, anywhere in it ("… stocks now held by it", "… as it
  does other public works", "… done honour to themselves", "from that to the Pacific", "these means"),
  while the fixed impersonal "it is … to/that" stays, recognised by its shape;
- an "opposes X-ing" clause that is not a whole gerund phrase ("opposes trusting the laws aware that these
  to moral restraints only, have …");
- a garbled coordinated object ("build the ships and the men trained long in advance");
- a dangling participle clause or a predicate cut from its subject ("…, entitled them to …").

The motions quoted from real addresses (1806 Jefferson, 1832 Jackson, 1901 T. Roosevelt; public domain)
are what the drafter once printed; the rest are our own. `fragments/harbour-works.txt` is a short essay
written for these tests (an invented port) holding one sentence of each class and one clean proposal.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.drafting import draft_essay
from bot.drafting.finding import POLICY_VERBS
from bot.drafting.proposals import parse_recommendation
from bot.drafting.structure import problem
from bot.drafting.wording import policy_motion

FRAGMENTS = Path(__file__).parent / "data" / "essays" / "fragments"
VERBS = set(POLICY_VERBS)


def refused(motion: str, because: str) -> None:
    found = problem(motion)
    assert found is not None, f"printed as complete: {motion}"
    assert because in found, found


def test_a_partitive_that_lost_its_defining_clause_is_refused() -> None:
    """1901: "… aiding those of these men who are crippled in the service …" was cut before "who"."""
    refused(
        "This House would empower the Secretary of War to take some systematic action in the way of aiding "
        "those of the men",
        "clause that says which",
    )
    assert (
        problem("This House would fund pensions for those of the soldiers who were crippled in the service")
        is None
    )


@pytest.mark.parametrize(
    ("motion", "because"),
    [
        # printed on the 1832 and 1901 addresses: the pronoun stands for the government the House replaced
        (
            "This House would make provision to dispose of all stocks now held by it in "
            "corporations, whether "
            "created by the General or State Governments",
            "'it'",
        ),
        ("This House would maintain the reservoirs as it does other public works", "'it'"),
        ("This House would maintain the new channel as it does its other roads", "left out"),
        # printed on the 1806 address: "it" is no impersonal subject before "has done", "themselves" has
        # nothing
        (
            "This House believes that it has done honor to themselves, entitled them to the "
            "confidence of their "
            "fellow citizens in every part of the Union",
            "'it'",
        ),
        ("This House believes that the scheme failed because they had no money", "'they'"),
        # demonstratives that point back into the essay
        (
            "This House believes that the best communication from that to the Pacific Ocean has "
            "had all the success "
            "expected",
            "'that'",
        ),
        (
            "This House believes that much will depend on the promptitude with which these means can be used",
            "'these means'",
        ),
        ("This House believes that the nature of that country requires cavalry", "'that country'"),
    ],
)
def test_a_pronoun_without_a_referent_anywhere_in_the_motion_is_refused(motion: str, because: str) -> None:
    refused(motion, because)


@pytest.mark.parametrize(
    "motion",
    [
        "This House believes that it is time to abolish the levy",
        "This House believes that it is unjust to tax the poor",
        "This House believes that it would be wise to cut the tariff",
        "This House believes that it is not even necessary to keep a standing army",
        "This House believes that democracy needs its critics",
        "This House would abolish the Senate and give its powers to the House",
        "This House believes that a nation that forgets its history repeats it",
        "This House prefers rationing health care openly by cost-effectiveness to rationing it "
        "by ability to pay",
        "This House regrets Ukraine's decision to give up its nuclear weapons in the 1990s",
        "This House would protect those nations which keep the peace",
        "This House would do without all these advisory quangos",
        "This House believes that a more efficient organization of our militia system is "
        "essential to that security "
        "which is one of the principal objects of all governments",
    ],
)
def test_a_pronoun_with_its_referent_or_an_impersonal_it_is_accepted(motion: str) -> None:
    assert problem(motion) is None


def test_an_opposes_clause_that_is_not_a_whole_gerund_phrase_is_refused() -> None:
    """Printed on the 1806 address, from "The laws, however, aware that these should not be trusted to moral
    restraints only, have wisely provided punishment …"."""
    assert (
        problem(
            "This House opposes trusting the laws aware that these to moral restraints only, have wisely "
            "provided punishment for the crimes when committed"
        )
        is not None
    )
    refused("This House opposes trusting the laws aware that the crimes to moral restraints", "no verb")
    refused("This House opposes taxing the farms, have ruined the county", "second clause")
    rec = parse_recommendation(
        "The laws, however, aware that these should not be trusted to moral restraints "
        "only, have wisely provided punishment for these crimes when committed.",
        VERBS,
    )
    assert rec is None


@pytest.mark.parametrize(
    "motion",
    [
        "This House opposes taxing children's books",
        "This House opposes building the bypass so that lorries can avoid the town",
        "This House supports lowering the voting age to sixteen",
    ],
)
def test_a_whole_gerund_phrase_is_accepted(motion: str) -> None:
    assert problem(motion) is None


def test_a_gapped_passive_is_read_as_two_actions_not_a_garbled_object() -> None:
    """1901: "The ships must be built and the men trained long in advance" was printed as "This House would
    build the ships and the men trained long in advance"."""
    refused("This House would build the ships and the men trained long in advance", "coordinated object")
    rec = parse_recommendation("The ships must be built and the men trained long in advance.", VERBS)
    assert rec is not None
    motion, _ = policy_motion(rec, list(range(len(rec.actions))))
    assert motion == "This House would build the ships and train the men long in advance"
    assert problem(motion) is None


def test_a_passive_whose_agent_is_not_the_house_is_not_made_active() -> None:
    """1901: "The National Government should be represented by a full and complete set of exhibits" was
    printed as "This House would represent the National Government"."""
    rec = parse_recommendation(
        "The National Government should be represented by a full set of exhibits.", VERBS
    )
    assert rec is None
    rec = parse_recommendation("The tax on salt should be repealed by Congress.", VERBS)
    assert rec is not None and rec.actions == ("repeal the tax on salt",)


@pytest.mark.parametrize(
    ("motion", "because"),
    [
        (
            "This House believes that the militia has done honour to the state, entitled the "
            "men to the thanks of "
            "the Union",
            "no subject",
        ),
        ("This House believes that considering the cost, the army should be smaller", "participle clause"),
    ],
)
def test_a_dangling_participle_or_a_predicate_cut_from_its_subject_is_refused(
    motion: str, because: str
) -> None:
    refused(motion, because)


def test_an_essay_of_fragment_shaped_sentences_prints_only_complete_motions() -> None:
    draft = draft_essay((FRAGMENTS / "harbour-works.txt").read_text(encoding="utf-8"), origin="harbour-works")
    texts = [m.text for m in draft.motions]
    assert (
        "This House believes that the county should pay for a deeper harbour channel at Port Ellery" in texts
    )
    for text in texts:
        assert problem(text) is None, text
        assert "held by it" not in text and "aware that" not in text and "honour to itself," not in text
        assert "and the channel dredged" not in text
