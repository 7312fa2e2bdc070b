"""Drafting round 24: a plain modal proposal in a short letter, as a class.

"The county council ought to stop all verge mowing between April and July, as farmers are already required
to do, and reseed the strip it scraped bare." A comparison set off by commas (", as other towns have done",
", like Scotland did") says where else the measure is found and leaves the motion; a coordinated second
order stays an act of its own; the closing paragraph's proposal by the body the letter names comes before
its general remarks ("once a meadow is ploughed it takes decades to recover"). Every letter is our own.
"""

from __future__ import annotations

import pytest
from test_drafting_closing_orders import matches, motions

from bot.drafting.grammar import VERBS
from bot.drafting.proposals import parse_recommendation
from bot.drafting.structure import problem

# (case, the letter's paragraphs, the expected first motion, words the motion must not carry)
PLAIN: list[tuple[str, tuple[str, ...], str, str]] = [
    ("ought to, a comparison, a second order",
     ("Every spring the verges along the Fenwick road are cut to the ground just as the cowslips flower. The "
      "contractor's machines leave a brown strip of stubble for miles.",
      "Once a meadow is ploughed it takes decades to recover. The verges are now the last scrap of old "
      "grassland in the parish, and the bees that depend on them have nowhere else to go.",
      "The county council ought to stop all verge mowing between April and July, as farmers are already "
      "required to do, and reseed the strip it scraped bare last year."),
     "This House believes that the county council should stop all verge mowing between April and July",
     "farmers"),
    ("should, 'as other towns have done'",
     ("Our town centre has lost four bank branches in three years. Older shoppers now travel to the city to "
      "pay in cash, and small traders keep their takings in a tin overnight.",
      "A high street without a bank slowly dies, because the shoppers who come for the bank stay for the "
      "baker and the chemist.",
      "The borough council should open a shared banking hub in the empty post office, as other towns have "
      "done, and keep it open on Saturday mornings."),
     "This House believes that the borough council should open a shared banking hub in the empty post office",
     "towns"),
    ("ought to, a long period shortened by its comparison",
     ("The bypass has taken the lorries out of the village but not the speed. Drivers coming off the "
      "roundabout still reach fifty as they pass the school.",
      "Speed is a habit that signs alone rarely break.",
      "The parish council ought to install a speed camera at the school gate, as neighbouring villages have "
      "done, and paint the road red for the length of the school railings."),
     "This House believes that the parish council should install a speed camera at the school gate",
     "neighbouring"),
    ("'it should' opening the closing paragraph, the body named once before",
     ("The district council mows the grass on the Common every fortnight from March to October. Orchids "
      "that grew there when I was a girl have gone, and so have the skylarks.",
      "A meadow left alone for a few summers recovers far faster than people imagine.",
      "It should leave the far half of the Common uncut until August, as the wildlife trust has asked it "
      "to do for years."),
     "This House believes that the district council should leave the far half of the Common uncut",
     "wildlife"),
]


@pytest.mark.parametrize(("case", "paragraphs", "expected", "left"), PLAIN, ids=[p[0] for p in PLAIN])
def test_a_plain_proposal_beats_the_side_remarks(
    case: str, paragraphs: tuple[str, ...], expected: str, left: str
) -> None:
    found = motions(*paragraphs)
    assert found, "no motion printed"
    assert problem(found[0]) is None, found[0]
    assert matches(found[0], expected), found
    assert left not in found[0]


def test_it_is_not_given_a_body_when_the_letter_names_two() -> None:
    from test_drafting_closing_orders import letter

    from bot.drafting.actors import with_actor
    from bot.drafting.reading import read_essay

    essay = read_essay(letter(
        "The district council mows the Common every fortnight, and the parish council cuts the churchyard "
        "every week from March to October. Orchids that grew in both places have gone.",
        "It should leave the far half of the Common uncut until August.",
    ), None)
    closing = next(s for s in essay.sentences if s.text.startswith("It should"))
    assert with_actor(essay, closing) is None


@pytest.mark.parametrize(("sentence", "actions"), [
    ("The board should open a hub, as other towns have done.", ("open a hub",)),
    ("Wales should ban the sale, like Scotland did, and fine any shop that breaks it.",
     ("ban the sale", "fine any shop that breaks it")),
    ("The council ought to stop mowing, as farmers are already required to do.", ("stop mowing",)),
    ("Highways England ought to stop mowing the verges, as it promised in 2019.",
     ("stop mowing the verges",)),
    # an adverb by the modal: the same proposal, the same actor
    ("The council really ought to stop mowing the verges.", ("stop mowing the verges",)),
    ("The council ought surely to stop mowing the verges.", ("stop mowing the verges",)),
    ("The council ought, in all fairness, to stop mowing the verges.", ("stop mowing the verges",)),
    # look-alikes: no comparison to take out
    ("The board should fund the library as well as the pool.", ("fund the library as well as the pool",)),
    ("The council should mend the road as soon as it can.", ("mend the road as soon as it can",)),
])
def test_a_comparison_aside_leaves_the_proposal(sentence: str, actions: tuple[str, ...]) -> None:
    rec = parse_recommendation(sentence, set(VERBS))
    assert rec is not None and rec.actions == actions, rec
    assert not rec.actor.endswith("really"), rec.actor


@pytest.mark.parametrize(("motion", "whole"), [
    ("This House would restore the evening service from next May", True),
    ("This House would introduce a park-and-ride service on Saturdays", True),
    ("This House would publish a day-to-day record of repairs", True),
    ("This House would fund the library-and the pool", False),
])
def test_a_month_and_a_hyphenated_word_are_not_breaks(motion: str, whole: bool) -> None:
    assert (problem(motion) is None) is whole, problem(motion)
