"""Drafting round 24: an order that closes a short letter, as a class.

A letter may end on a bare order to the body it names ("Pay for the scheme from the school's own budget"),
often just after a rhetorical question ("Is there really a choice here at all?"); the question is a cue,
and a letter told mostly in the past still asks for what it orders. The order may also come after a colon
("It is time it did the same for them: restore the evening service", "There is one fix: lay a drain …"),
with the lead-in's own verb never the order ("Consider the figures: …"). Look-alikes: a rhetorical
question with no order after it, a colon before a list of facts, a rule someone else used to say.
Every letter is our own.
"""

from __future__ import annotations

import pytest
from paragraph_drafts import carries

from bot.drafting import draft_essay
from bot.drafting.structure import problem

# A paragraph that proposes nothing, set after a letter's first paragraph to give it an essay's length.
ASIDE = (
    "I have lived in this part of the county for almost thirty years, first as a young teacher and later as "
    "a grandmother who walks the same streets with a pushchair. I write as an ordinary resident, not for any "
    "party or group, and I have checked the figures below against the published papers, which anyone can "
    "read in the library. Neighbours I spoke to in the shop and at the surgery said much the same as I do "
    "here. My late husband wrote to this paper too, usually about the roads, and he was rarely printed. I am "
    "grateful to the paper for giving space to letters like this one, week after week."
)


def letter(*paragraphs: str) -> str:
    """A letter of the paragraphs, the neutral aside after the first."""
    return "\n\n".join([paragraphs[0], ASIDE, *paragraphs[1:]]) + "\n"


def motions(*paragraphs: str) -> list[str]:
    """The motions drafted from a letter of the paragraphs."""
    return [m.text for m in draft_essay(letter(*paragraphs)).motions]


def matches(motion: str, expected: str) -> bool:
    """Whether a motion carries most of the expected motion's content words."""
    return carries(motion, expected, lead=r"^This House (?:would|believes that) ")


# (case, the letter's paragraphs, the expected first motion)
ORDERS: list[tuple[str, tuple[str, ...], str]] = [
    ("after a question, told in the past",
     ("Last year the school applied for a grant to keep its reading scheme going. The application was turned "
      "down in March, and the scheme stopped at Easter. The teachers who ran it went back to their classes.",
      "Over the summer the governors approved a new sports pavilion and bought laptops for every classroom. "
      "Parents were told there was no money left for reading. Is there really a choice to be made here at "
      "all? Pay for the reading scheme from the school's own budget, and find the money in the equipment "
      "line."),
     "This House would pay for the reading scheme from the school's own budget"),
    ("after a 'who decided' question",
     ("In January the council closed the public toilets in Market Street to save eleven thousand pounds a "
      "year. Older shoppers and parents with small children stopped coming into town on market days. Three "
      "stalls gave up their pitches by June.",
      "The council found twice that sum for hanging baskets and a new sign at the bypass. Who decided that "
      "flowers matter more than dignity? Reopen the toilets before Christmas, and charge twenty pence to "
      "cover the cleaning."),
     "This House would reopen the toilets before Christmas"),
    ("with 'please', to the body named",
     ("The footbridge over the canal at Mill Lane was closed fourteen months ago. Children walking to the "
      "academy took a path along the main road instead, with no pavement for half a mile.",
      "The council spent more than the repair would cost on new planters for the market square. What could "
      "matter more than a child's safe walk to school? Please repair the footbridge before the autumn term."),
     "This House would repair the footbridge before the autumn term"),
    ("an idiom before the order",
     ("In January the council closed the public toilets in Market Street to save eleven thousand pounds a "
      "year. Older shoppers and parents with small children stopped coming into town on market days.",
      "The council found twice that sum for hanging baskets. Why should a grandmother plan her shopping "
      "around the opening hours of a café? Do the decent thing and reopen the toilets before Christmas."),
     "This House would reopen the toilets before Christmas"),
    ("a vocative and a colon before the order",
     ("In January the council closed the public toilets in Market Street to save eleven thousand pounds a "
      "year. Older shoppers and parents with small children stopped coming into town on market days.",
      "The council found twice that sum for hanging baskets. Is that really the best use of public money? "
      "So, councillors: reopen the toilets before Christmas."),
     "This House would reopen the toilets before Christmas"),
    ("after a colon, the body named before",
     ("The last bus from the hospital to Northside leaves at twenty to seven in the evening. Nurses and "
      "porters on the late shift either pay for a taxi or walk two miles home in the dark.",
      "The transport authority found money last year to run extra buses to the football ground on match "
      "days. It is time it did the same for the people who staff our wards: restore an hourly evening "
      "service between the hospital and Northside from next May."),
     "This House would restore an hourly evening service between the hospital and Northside"),
    ("after 'there is one fix:'",
     ("The playground at Riverside Park floods every time it rains, and the swings stand in a pond for days. "
      "Parents have stopped taking toddlers there from October to March.",
      "There is one fix: lay a proper drain under the playground before the winter."),
     "This House would lay a proper drain under the playground"),
    ("after 'there is one fix:', a noun phrase",
     ("The playground at Riverside Park floods every time it rains, and the swings stand in a pond for days. "
      "Parents have stopped taking toddlers there from October to March.",
      "There is one fix: a proper drain under the playground, dug before the winter."),
     "This House would introduce a proper drain under the playground"),
    ("after 'our request is simple:', an order",
     ("The lane behind the primary school has no lights. Children who stay for the after-school club walk "
      "home along it in the dark from November onwards, and two of them were clipped by a van last year.",
      "Our request is simple: put street lights along the school lane before the clocks go back."),
     "This House would put street lights along the school lane"),
]


@pytest.mark.parametrize(("case", "paragraphs", "expected"), ORDERS, ids=[o[0] for o in ORDERS])
def test_an_order_closing_a_letter_is_its_motion(
    case: str, paragraphs: tuple[str, ...], expected: str
) -> None:
    found = motions(*paragraphs)
    assert found, "no motion printed"
    assert problem(found[0]) is None, found[0]
    assert matches(found[0], expected), found


# (case, the letter's paragraphs, a motion's opening that must never be printed)
LOOKALIKES: list[tuple[str, tuple[str, ...], str]] = [
    ("a question with no order after it",
     ("In January the council closed the public toilets in Market Street to save eleven thousand pounds a "
      "year. Older shoppers and parents with small children stopped coming into town on market days. Three "
      "stalls gave up their pitches by June.",
      "The council found twice that sum for hanging baskets and a new sign at the bypass. Who decided that "
      "flowers matter more than dignity? Nobody will say, and the minutes have not been published."),
     "This House would"),
    ("'consider the figures:' before a fact",
     ("The council spent two million pounds on consultants last year. Consider the figures: the libraries "
      "lost a quarter of their staff in the same year, and two branches now open only in the mornings.",
      "The money went somewhere, and readers deserve to know where it went."),
     "This House would consider"),
    ("a colon before a list of facts",
     ("The village has changed a great deal since I was a child. Three things stand out: the shop has "
      "closed, the school has halved in size, and the bus runs twice a week.",
      "Young families no longer stay, and the old ones move to the town when they can no longer drive."),
     "This House would"),
    ("an order someone else gave, told as a story",
     ("The yard flooded on the last day of the season in 1987. My brother and I were the youngest on the "
      "crew, and we had never seen water come up so fast.",
      "The foreman looked at the sky and then at the river. He told us plainly: clear the yard by noon. We "
      "cleared it by eleven, and the river came over the wall at half past twelve."),
     "This House would clear"),
    ("a rule someone else used to say",
     ("The mill closed in 1982 and the town has never quite recovered. My father worked there for thirty "
      "years.",
      "He used to say there was one rule on the shop floor: look after the man beside you. Everyone knew "
      "it and nobody wrote it down. When the mill shut, the rule went with it."),
     "This House would look after"),
]


@pytest.mark.parametrize(("case", "paragraphs", "never"), LOOKALIKES, ids=[c[0] for c in LOOKALIKES])
def test_a_look_alike_orders_nothing(case: str, paragraphs: tuple[str, ...], never: str) -> None:
    assert not [m for m in motions(*paragraphs) if m.startswith(never)]


@pytest.mark.parametrize(("sentence", "order"), [
    ("It is time it did the same for the nurses: restore the evening bus.", "restore the evening bus"),
    ("There is one fix: repair the drain under the playground.", "repair the drain under the playground"),
    ("Consider the figures: the council spent two million pounds.", None),
    ("He told them plainly: leave the keys at the desk.", None),
    ("Three things stand out: the shop has closed.", None),
    ("My rule is simple: ban phones at lunch.", "ban phones at lunch"),
    ("I remember what my mother said: never trust a man in a hurry.", None),
    ("The rule on the site is simple: wear a helmet at all times.", None),
    ("The instructions on the packet were clear: take two tablets with water.", None),
])
def test_an_order_after_a_colon_is_read(sentence: str, order: str | None) -> None:
    from bot.drafting.grammar import VERBS
    from bot.drafting.proposals import parse_recommendation

    rec = parse_recommendation(sentence, set(VERBS))
    assert (rec.actions[0] if rec else None) == order


@pytest.mark.parametrize(("sentence", "measure"), [
    ("There is one fix: a proper drain under the playground.", "we should introduce a proper drain"),
    ("There is a simple answer to this: free bus passes for carers.", "we should introduce free bus passes"),
    ("Our request is simple: a grit bin at the top of the hill.", "we should introduce a grit bin"),
    ("There is one problem: the money has run out.", None),
    ("There is an answer: nobody knows it.", None),
    ("There is one fix: lay a drain under the playground.", None),  # an order: the proposal reader's
])
def test_a_noun_phrase_after_a_colon_is_a_measure(sentence: str, measure: str | None) -> None:
    from bot.drafting.asks import asked_measure

    found = asked_measure(sentence)
    assert (found is None) if measure is None else (found is not None and found.startswith(measure)), found
