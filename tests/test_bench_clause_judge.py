"""The drafting bench's clause judge (tests/bench/clause_judge.py): it passes complete motions in all five
forms and refuses the fragment shapes the drafter's own check has let through. Skipped without spaCy."""

from __future__ import annotations

import pytest
from bench.clause_judge import available, complete

pytestmark = pytest.mark.skipif(not available(), reason="spaCy or its small English model is not installed")

COMPLETE = [
    # "This House would …"
    "This House would ban private cars from city centres",
    "This House would make national service compulsory for school leavers",
    "This House would intervene",
    "This House would lower the voting age to sixteen and let councils set their own budgets",
    "This House would give every pensioner a free bus pass",
    "This House would continue and expand the school meals programme",
    "This House would make it illegal to sell energy drinks to children",
    "This House would introduce a guarantee of work for the long-term unemployed",
    "This House would build more homes for the people who need them",
    "This House would cap rents at a fifth of local incomes",
    "This House would build bridges so that villages can trade",
    # "This House believes that …"
    "This House believes that tourism does more harm than good to small islands",
    "This House believes that it is wrong to keep animals in zoos",
    "This House believes that judges should be elected by the people they serve",
    "This House believes that every voter should be able to check how their ballot was counted",
    "This House believes that the press has too much power, and that it abuses it",
    "This House believes that if taxes rise, growth will slow",
    "This House believes that a village that loses its post office rarely gets it back",
    # opposes / supports / regrets / prefers
    "This House opposes the privatisation of water companies",
    "This House opposes banning violent video games",
    "This House supports a four-day working week",
    "This House supports lowering the drinking age",
    "This House regrets the rise of celebrity politicians",
    "This House regrets that social media has replaced the town square",
    "This House prefers local shops to supermarket chains",
    "This House prefers a world without nuclear weapons",
]

FRAGMENTS = [
    # a "would" clause joined to a clause with its own subject
    ("This House would make sport compulsory and the school day feels longer", "own subject"),
    ("This House would ban advertising and the children see fewer sweets", "own subject"),
    # "would" followed by adjectives, no verb
    ("This House would mandatory weekly voting", "not a base-form verb"),
    ("This House would stricter tougher sentences", "not a base-form verb"),
    ("This House would better and fairer", "not a base-form verb"),
    # ending on a preposition, conjunction or auxiliary
    ("This House would examine the evidence in", "preposition"),
    ("This House would ban smoking in", "preposition"),
    ("This House believes that the council should be abolished because", "ends on"),
    ("This House believes that the state must", "auxiliary"),
    ("This House believes that the real problem is", "stops at its verb"),
    # a subordinate clause with no main clause
    ("This House believes that if rents were capped", "no main clause"),
    # a "that" or "so that" clause cut before its verb
    ("This House would widen the roads so that lorries", "has no verb"),
    ("This House would require that every landlord", "has no verb"),
    # "believes that" with a clause starting mid-sentence, ending on this/also, or with no subject
    ("This House believes that and the prices rose sharply", "mid-sentence"),
    ("This House believes that which the council chose to ignore", "mid-sentence"),
    ("This House believes that schools should teach this", "ends on 'this'"),
    ("This House believes that voters have been misled also", "ends on 'also'"),
    ("This House believes that make schools smaller", "no subject"),
    # a bare pronoun with nothing to refer to
    ("This House would ban them", "refer"),
    ("This House would tax it heavily", "refer"),
    ("This House believes that they should pay more", "refer"),
    ("This House believes that he should resign", "refer"),
    ("This House supports them", "refer"),
    ("This House believes that parents should ban it", "refer"),
    # an object noun whose defining words were cut
    ("This House would adopt a legal guarantee", "does not say"),
    ("This House would introduce a new policy", "does not say"),
    ("This House supports a ban", "does not say"),
    ("This House would grant a right", "does not say"),
    # the wrong kind of phrase after opposes/supports
    ("This House opposes the government cuts taxes", "clause"),
    ("This House supports to build more houses", "not a noun"),
    # a modal with no verb after it, an unclosed quote
    ("This House believes that a bridge over the bay should river crossed", "not a verb"),
    ('This House would fund "free museums', "unbalanced"),
]


@pytest.mark.parametrize("motion", COMPLETE)
def test_complete_motions_pass(motion: str) -> None:
    assert complete(motion) is None


@pytest.mark.parametrize(("motion", "reason"), FRAGMENTS)
def test_fragments_are_refused_with_their_reason(motion: str, reason: str) -> None:
    found = complete(motion)
    assert found is not None and reason in found, found


def test_every_form_is_covered() -> None:
    openings = {m.split()[2] for m in COMPLETE}
    assert openings == {"would", "believes", "opposes", "supports", "regrets", "prefers"}
    assert len(COMPLETE) >= 15 and len(FRAGMENTS) >= 15
