"""Drafting: a review judges a work, not a case, and gets the honest answer: no motion, the nearest sentences.

The review below is our own, of an invented book; an op-ed that quotes a book now and then still argues.
"""

from __future__ import annotations

from bot.drafting import draft_essay

REVIEW = """Review: The Long Tide

This is a quiet book, and it knows it. The author spent a winter on a tidal island with a lighthouse keeper
and his dog, and the book follows the three of them from the first gales of November to the thaw.

The prose is spare and at its best very fine. A chapter on a night of fog is the high point, and the author
lets it run without comment. Elsewhere the book loses its way: a long middle section on the history of the
light reads like a guidebook, and readers may skim it.

The keeper himself is drawn with great care. The author never mocks him, and his silences say more than
most characters' speeches. The dog, it must be said, nearly steals the book.

The book does not take a side on the plan to automate the light, which it mentions twice. Readers who want
that argument will not find it here. For anyone who has stood on a cold shore at dusk, this is a fine
companion, and the last chapter is as good as anything the author has written.
"""

OP_ED = """The Library Should Open on Sundays

The town library closes on Sundays, the one day many working families could use it. A book I read last
year, a history of public libraries, argues that they were built for exactly these families. The council
says the cost is too high, but a Sunday opening would cost less than the new signs it bought last spring.
Children need somewhere warm and quiet to read at the weekend, and parents need the computers to apply for
jobs. The building stands empty while the demand is there. Other towns of our size have opened on Sundays
and found the rooms full. Staff have said they would work the shift if it were paid at the usual weekend
rate, and volunteers from the reading group have offered to help at the desk. The cost, spread across the
council tax, would be a few pence a year for each household, far less than the cost of the children who fall
behind because they have nowhere to study. The council should open the library on Sunday afternoons from
next month.
"""


def test_a_review_gets_no_motion_and_the_nearest_sentences() -> None:
    draft = draft_essay(REVIEW)
    assert not draft.motions
    assert draft.nearest and all(sentence in REVIEW.replace("\n", " ") for sentence in draft.nearest)


def test_an_op_ed_that_mentions_a_book_still_argues() -> None:
    draft = draft_essay(OP_ED)
    assert draft.motions and "library" in draft.motions[0].text.lower()
