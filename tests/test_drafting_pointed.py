"""Fragment classes the drafter printed on five texts it had not seen (the eighth pass: 1825 J. Q. Adams, 1962
Kennedy, Bacon's "Of Custom and Education", Goldman's "Anarchism", Stevenson's "Aes Triplex"), each fixed by
class:

- a bare demonstrative before a noun ("exceed that sum", "pursue that course") whose referent is outside the
  motion;
- a claim cut before the coordinated predicate that carries its point (", and are now not adequate …");
- a comparison period ("so … that …") cut before its consequence or after half of it;
- an aim ("our goal must be a reasonable equilibrium in …") worded as "adopt X" or "pursue X";
- "I urge action to aid X" worded with "action" as the actor;
- and the thesis slot: a claim the essay takes up again in several paragraphs is preferred (`returns.py`).

The quoted motions and sentences from the texts are what the drafter once printed or read; the rest are our
own examples.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.drafting import draft_essay
from bot.drafting.complements import complement_proposal
from bot.drafting.cuts import cut_problem
from bot.drafting.finding import POLICY_VERBS
from bot.drafting.ranking import Centrality, content_stems
from bot.drafting.reading import read_essay
from bot.drafting.requests import parse_request
from bot.drafting.returns import by_return, returned_to
from bot.drafting.structure import problem
from bot.drafting.theses import policy_thesis
from bot.drafting.wording import policy_motion

CORPUS = Path(__file__).parent / "data" / "essays" / "corpus"
VERBS = set(POLICY_VERBS)


@pytest.mark.parametrize(
    "motion",
    [
        # 1825 J. Q. Adams, printed: "that sum" is a figure the address gave a sentence before
        "This House believes that the expenditures of the year will not exceed that sum more than $2,000,000",
        "This House would pursue that course without delay",
        "This House would cap the county's borrowing at that figure",
        "This House would spend no more than that amount on the stadium",
        "This House would raise this amount by a tax on land",
        "This House would adopt such a course",
    ],
)
def test_a_demonstrative_whose_referent_is_outside_the_motion_is_refused(motion: str) -> None:
    assert problem(motion) is not None


@pytest.mark.parametrize(
    "motion",
    [
        "This House would reduce the debt so that interest payments fall",
        "This House believes that state power should be limited",
        "This House believes that the law should protect the weak",
        "This House would raise the levy and spend that levy on buses",
    ],
)
def test_that_as_a_conjunction_or_a_named_noun_is_kept(motion: str) -> None:
    assert problem(motion) is None


@pytest.mark.parametrize(
    ("motion", "source"),
    [
        (  # 1825 J. Q. Adams, printed: the point is that the departments are no longer adequate
            "This House believes that the executive and, still more, the judiciary departments are yet in a "
            "great measure confined to their primitive organization",
            "But the executive and, still more, the judiciary departments are yet in a great measure "
            "confined to their primitive organization, and are now not adequate to the urgent wants of a "
            "still growing community.",
        ),
        (
            "This House believes that the county's ferries were built for a smaller town",
            "The county's ferries were built for a smaller town, and are now far too slow for the crowds "
            "that use them.",
        ),
    ],
)
def test_a_claim_cut_before_its_coordinated_predicate_is_refused(motion: str, source: str) -> None:
    assert problem(motion) is None  # complete as words ...
    assert cut_problem(motion, source) is not None  # ... but cut short of what the sentence says


def test_a_claim_whose_but_clause_only_qualifies_it_is_kept() -> None:
    motion = "This House believes that the right goal is a law which bans secondary boycotts"
    source = ("The right goal is a law which bans secondary boycotts, but does not impair the right of a "
              "union to exist.")
    assert cut_problem(motion, source) is None


@pytest.mark.parametrize(
    ("motion", "source"),
    [
        (  # Bacon, Of Custom and Education, printed: half a period
            "This House believes that only superstition is now so well advanced, that men of the first "
            "blood, are as firm as butchers by occupation",
            "Only superstition is now so well advanced, that men of the first blood, are as firm as butchers "
            "by occupation; and votary resolution, is made equipollent to custom, even in matter of blood.",
        ),
        (
            "This House believes that the river is so badly polluted",
            "The river is so badly polluted, that no child may swim in it and no angler may eat what he "
            "catches.",
        ),
    ],
)
def test_a_comparison_period_cut_mid_way_is_refused(motion: str, source: str) -> None:
    assert cut_problem(motion, source) is not None


def test_a_whole_comparison_period_is_kept() -> None:
    motion = "This House believes that the river is so badly polluted that no child may swim in it"
    assert cut_problem(motion, "The river is so badly polluted that no child may swim in it.") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Our goal must be a reasonable equilibrium in our balance of payments.",  # Kennedy, 1962
        "Our aim must be a lasting peace between the two valleys.",
    ],
)
def test_an_aim_at_a_state_of_things_is_no_policy(sentence: str) -> None:
    assert policy_thesis(sentence, VERBS) is None
    assert complement_proposal(sentence, VERBS, None) is None


def test_an_aim_that_names_a_measure_stays_a_policy() -> None:
    rec = policy_thesis("Our chief aim must be a regional transport authority for the three towns.", VERBS)
    assert rec is not None
    motion = policy_motion(rec, [0])[0]
    assert motion == "This House would pursue a regional transport authority for the three towns"


@pytest.mark.parametrize(
    ("sentence", "motion"),
    [
        (  # Kennedy, 1962: printed as "action should aid medical and dental colleges and scholarships"
            "To relieve the critical shortage of doctors and dentists, I urge action to aid medical and "
            "dental colleges and scholarships.",
            "This House would aid medical and dental colleges and scholarships",
        ),
        (
            "I urge prompt steps to reopen the branch line to the coast.",
            "This House would reopen the branch line to the coast",
        ),
    ],
)
def test_urging_action_to_do_something_makes_the_house_do_it(sentence: str, motion: str) -> None:
    found = parse_request(sentence, VERBS)
    assert found is not None
    text, _ = policy_motion(found, [0], frozenset())
    assert text == motion
    assert problem(text) is None


@pytest.mark.parametrize(
    ("essay", "fragment"),
    [
        ("sotu-1825-adams.txt", "that sum"),
        ("sotu-1825-adams.txt", "primitive organization"),
        ("bacon-1625-of-custom-and-education.txt", "butchers by occupation"),
        ("sotu-1962-kennedy.txt", "equilibrium"),
        ("sotu-1962-kennedy.txt", "action should"),
    ],
)
def test_the_texts_no_longer_print_their_fragments(essay: str, fragment: str) -> None:
    draft = draft_essay((CORPUS / essay).read_text(encoding="utf-8"))
    assert not any(fragment in m.text for m in draft.motions)
    assert all(problem(m.text) is None for m in draft.motions)


class _Stems(Centrality):
    """The content words of each sentence, without the encoder: all that `returns.py` reads."""

    def __init__(self, texts: list[str]) -> None:  # no encoder: the stems alone
        self.stems = [content_stems(t) for t in texts]


_ESSAY = """Why the Valley Needs Its Ferries

The valley ferries carry workers across the river every morning. A new bridge would take a decade to build.

Nobody on the east bank remembers a winter without the boats. The old landing stage is part of the town's
picture of itself, painted on its postcards and its pub signs.

Without the ferries, workers from the east bank would lose an hour each way. The council pays for the roads.

An hour is a long time for a nurse finishing a night shift, or for a baker who starts before dawn. Tired
people make mistakes, and the hospital has said so in writing.

The ferries carry workers who keep the town's shops open. The saving in the draft budget is small.

It is smaller than what the market stalls pay in rent each spring. A spreadsheet does not show what a town
loses when its high street empties.

The river is wide and cold in winter. The crews know every sandbank, and in forty years they have lost no
passenger to the water.

Their pay is modest and their boats are old. Repairs could be spread over five years at little cost.

So the valley ferries must keep running, because the workers depend on them.
"""


def test_a_claim_the_essay_keeps_returning_to_wins_the_thesis_slot() -> None:
    essay = read_essay(_ESSAY)
    stems = _Stems([s.text for s in essay.sentences])
    claim = next(s for s in essay.sentences if s.text.startswith("So the valley ferries"))
    remark = next(s for s in essay.sentences if s.text.startswith("The council pays"))
    assert returned_to(essay, stems, claim) > 0.3  # "ferries" and "workers" come back in three paragraphs
    assert returned_to(essay, stems, remark) == 0.0  # said once
    ranked = by_return(essay, stems, [(remark, 1.0), (claim, 0.8)])
    assert ranked[0][0] is claim


def test_a_claim_taken_up_once_or_twice_gets_no_credit() -> None:
    essay = read_essay(_ESSAY)
    stems = _Stems([s.text for s in essay.sentences])
    bridge = next(s for s in essay.sentences if s.text.startswith("A new bridge"))
    assert returned_to(essay, stems, bridge) == 0.0
