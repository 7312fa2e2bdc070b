"""Drafting round 19: proposal shapes and false proposals that batch 16 of the corpus showed, as classes.

Each case is a short paragraph of our own (other topics, other words than the corpus texts): a third-party
"let" order, a proposal named as a noun phrase after "we need", a named actor's "should" behind "that is
why I believe" with a condition, and, on the other side, sentences that must never become a motion: the
first half of a "Do A, and you B" conditional, a noun subject read as a command ("Reform keeps …"), a
reader told to look ("Consider what …").
"""

from __future__ import annotations

import pytest
from paragraph_drafts import TALK_OPENING, carries, drafted_after

from bot.drafting import draft_essay
from bot.drafting.structure import problem

OPENING = TALK_OPENING + "The hall was warm, and the urn was kept full until the end of the evening."


def _motions(paragraph: str) -> list[str]:
    return drafted_after(OPENING, paragraph)


def _matches(motion: str, expected: str) -> bool:
    return carries(motion, expected, lead=r"^This House (?:would|believes that) ")


# (class, paragraph, expected first motion)
FOUND: list[tuple[str, str, str]] = [
    ("let after a lead-in",
     "So here is my proposal, plainly put: let every secondary school open its sports hall to families on "
     "Saturday mornings. The halls stand empty from Friday evening until Monday. Parents have nowhere dry "
     "to take small children in winter, and the fees would cover the caretaker.",
     "This House would open every secondary school sports hall to families on Saturday mornings"),
    ("let at the start",
     "Let each county council publish the salaries of its ten best-paid officers every April. Taxpayers "
     "fund those salaries. They are entitled to know what they buy, and the officers have nothing to fear "
     "from a published figure.",
     "This House would publish the salaries of each county council's ten best-paid officers"),
    ("let in old prose",
     "My humble advice is this, and after all that has been said: let every parish maintain a fire engine "
     "and a man to keep it in order. Half the village burned last summer while the engine was fetched "
     "from the town. A few shillings a year would have saved it.",
     "This House would have every parish maintain a fire engine"),
    ("we need NP with a colon",
     "We need a deposit on glass bottles: twenty pence a bottle, paid back at any shop that sells them. "
     "The verges are littered with bottles. A small deposit would make every one of them worth picking up, "
     "and children would soon clear the lanes.",
     "This House would introduce a deposit on glass bottles"),
    ("we need a bare plural NP",
     "So I will say it plainly. We need car-free school streets: the road outside each primary school "
     "closed to traffic for half an hour at the start and end of the day. Parents would walk, the air "
     "would be cleaner, and nobody would be hit by a reversing van.",
     "This House would introduce car-free school streets"),
    ("what we need is NP",
     "What we need is a night bus from the station to the outer estates. The last train arrives after "
     "midnight. Nurses and cleaners on late shifts walk home for an hour in the dark, and some of them "
     "have stopped taking the late shifts at all.",
     "This House would run a night bus from the station to the outer estates"),
    ("that is why I believe X should V unless",
     "Fines have not worked, because the operators pay them and sail on. That is why I believe the port "
     "authority should suspend the licence of any ferry operator unless its boats pass an annual safety "
     "inspection. Nothing else will make the owners spend money on their hulls.",
     "This House would suspend the licence of any ferry operator whose boats fail an annual safety "
     "inspection"),
    ("X should V, with a participle's aside on how",
     "Plastic forks blow out of every bin on the high street. Every takeaway in the borough should charge "
     "ten pence for each plastic fork, printed on the receipt and paid into the litter fund. Most customers "
     "have a fork at home, and the rest will soon learn to carry one.",
     "This House would have every takeaway in the borough charge ten pence for each plastic fork"),
    ("this is why X should V unless",
     "Warnings are ignored and fines are written off as a cost of business. This is why the county should "
     "close any care home to new residents unless it passes its next inspection. Families deserve to know "
     "that a home is safe before they choose it.",
     "This House would close any care home to new residents unless it passes its next inspection"),
]


@pytest.mark.parametrize(("kind", "paragraph", "expected"), FOUND, ids=[c[0] for c in FOUND])
def test_the_proposal_is_printed_first_and_whole(kind: str, paragraph: str, expected: str) -> None:
    motions = _motions(paragraph)
    assert motions, "no motion printed"
    assert problem(motions[0]) is None, motions[0]
    assert _matches(motions[0], expected), motions[0]


# (class, paragraph, a motion's opening that must never be printed)
NEVER: list[tuple[str, str, str]] = [
    ("conditional imperative with 'you'",
     "A small parish cannot pay for its own fire engine, and a quarrel in it soon divides every family. "
     "Widen the district, and you take in a greater variety of trades and interests. A larger district is "
     "harder for any one family to rule, and its council is more likely to be fair.",
     "This House would widen the district"),
    ("conditional imperative, old prose",
     "Consider the smaller towns first. Enlarge the circle of electors, and you find fewer men of one "
     "trade among them. A wide circle cannot easily be led by a single master, nor bought by one purse.",
     "This House would enlarge the circle"),
    ("noun subject read as a command",
     "Reform keeps many dozens of clerks in the ministry busy all year. Nothing changes for the people who "
     "queue at the counter. The forms grow longer every spring, and the queues grow with them.",
     "This House would reform keeps"),
    ("noun subject read as a command, second",
     "Progress means something different in every valley. Change comes slowly to the farms above the "
     "river, and nobody there trusts a plan drawn up in the city. The old ways have kept them fed.",
     "This House would change comes"),
    ("adjective and noun before 'is'",
     "Clean air is not free, and nobody pretends it is. Every filter on every chimney in the valley was "
     "paid for by somebody, and the mills passed the cost on to their customers. The river is cleaner "
     "than it has been for a century.",
     "This House would clean air"),
    ("attention verb 'consider'",
     "Finally, consider what the closure does to the village. Older residents have no other way to "
     "collect their pensions. The nearest branch is eleven miles away, and the bus runs twice a week.",
     "This House believes that consider"),
    ("attention verb 'think about'",
     "Think about the last time the market was full. Stalls ran the length of the square, and every cafe "
     "had a queue. The town felt alive, and the shops took more that day than in the rest of the month.",
     "This House believes that think"),
    ("attention verb 'look at'",
     "Look at the smoke from the plant at the other end of the county. It fails its tests every winter. "
     "The people downwind have learned to keep their windows shut from November to March.",
     "This House believes that look"),
]


@pytest.mark.parametrize(("kind", "paragraph", "never"), NEVER, ids=[c[0] for c in NEVER])
def test_a_false_proposal_is_never_a_motion(kind: str, paragraph: str, never: str) -> None:
    motions = _motions(paragraph)
    assert not [m for m in motions if m.startswith(never)], motions


@pytest.mark.parametrize("body", [
    "install solar panels on every school roof",
    "install speed cameras outside every primary school",
])
def test_installing_is_an_act_the_house_can_propose(body: str) -> None:
    assert problem(f"This House would {body}") is None


@pytest.mark.parametrize("body", [
    "consider what the closure does to the village",
    "look at the smoke from the plant",
    "think about the last time the market was full",
])
def test_a_belief_that_tells_the_reader_to_look_is_no_motion(body: str) -> None:
    assert problem(f"This House believes that {body}") is not None


# (paragraph, the plan the author opposes: the motion, with the author on the Opposition)
OPPOSED: list[tuple[str, str]] = [
    ("The county wants to build a waste incinerator beside the reservoir. The plan goes to the planning "
     "board in May, and it would burn two hundred thousand tonnes of rubbish a year. Supporters call it "
     "clean energy. It is neither clean nor cheap, and the board ought to throw it out. The county should "
     "instead collect food waste from every house and compost it.",
     "This House would build a waste incinerator beside the reservoir"),
    ("The university plans to close its campus nursery at the end of the summer term. Managers say the "
     "building is needed for offices. Young lecturers and students with children would have nowhere to "
     "leave them during the day, and many would give up. The governors should reject the plan when they "
     "meet in June. They could move the offices into the empty library annexe instead.",
     "This House would close the campus nursery"),
]


@pytest.mark.parametrize(("paragraph", "expected"), OPPOSED, ids=[e[17:50] for _, e in OPPOSED])
def test_an_essay_against_a_plan_drafts_the_plan_with_the_author_opposed(
    paragraph: str, expected: str
) -> None:
    draft = draft_essay(OPENING + "\n\n" + paragraph + "\n")
    assert draft.motions, "no motion printed"
    first = draft.motions[0]
    assert problem(first.text) is None, first.text
    assert _matches(first.text, expected), first.text
    assert any("AGAINST" in c for c in first.checks), first.checks


@pytest.mark.parametrize(("sentence", "command"), [
    ("Reform keeps many clerks busy all year", False),
    ("Change comes slowly to the farms above the river", False),
    ("Clean air is not free in any city", False),
    ("Public money is scarce in a hard winter", False),
    ("Cut taxes for the poorest families this spring", True),
    ("Ban cars from the market square on Saturdays", True),
    ("Fund libraries as well as schools", True),
])
def test_a_noun_subject_is_not_read_as_a_command(sentence: str, command: bool) -> None:
    from bot.drafting.grammar import VERBS
    from bot.drafting.imperatives import imperative

    assert (imperative(sentence, set(VERBS), False) is not None) is command


@pytest.mark.parametrize(("sentence", "reading"), [
    ("So we urgently need proper cycle lanes on the ring road.",
     "we should introduce proper cycle lanes on the ring road"),
    ("We need a levy on empty shops: two pounds a square metre, paid quarterly.",
     "we should impose a levy on empty shops"),
    ("We need more time.", None),
    ("We need answers from the minister.", None),
    ("We need the council to act before the winter.", None),  # an actor asked to act: the deontic reader's
    ("We need to talk about the budget.", None),
    ("Do we need a new bridge?", None),
    ("We need the storm, the whirlwind and the flood.", None),
])
def test_we_need_a_noun_phrase_reads_as_a_measure(sentence: str, reading: str | None) -> None:
    from bot.drafting.needs import needed_measure

    assert needed_measure(sentence) == reading


@pytest.mark.parametrize(("body", "complete"), [
    ("emphasize aid to poorer nations", True),
    ("incentivize home insulation for landlords", True),
    ("digitise court records in every county", True),
    ("standardise phone chargers across all brands", True),
    ("enterprise zones in every county", False),
    ("merchandise sold at every stadium", False),
])
def test_a_verb_by_its_suffix_is_an_act_the_house_can_do(body: str, complete: bool) -> None:
    """Verbs in "-ize", "-ise" and "-ify" are too many to list: the ending marks them (nouns aside)."""
    assert (problem(f"This House would {body}") is None) is complete


@pytest.mark.parametrize("body", [
    "start the primary school day no earlier than nine",
    "open the library no later than eight each morning",
])
def test_a_time_noun_after_the_verb_is_its_object(body: str) -> None:
    """"start the school day": the parser may take "day" for a time adverbial; right after the verb, with
    its article, it is the object."""
    assert problem(f"This House would {body}") is None


@pytest.mark.parametrize(("vp", "action"), [
    ("carry a refundable deposit of ten pence, stamped on the lid and repaid at the counter",
     "carry a refundable deposit of ten pence"),
    ("provide a secure bicycle store, paid for by the developer and checked by the council",
     "provide a secure bicycle store"),
    ("publish every contract over ten thousand pounds, listed by supplier", "publish every contract over ten "
     "thousand pounds"),
    ("ban idling engines outside schools", "ban idling engines outside schools"),
])
def test_a_trailing_participle_aside_is_a_detail(vp: str, action: str) -> None:
    """", printed on the label and added at the till": how the measure is carried out, not the measure."""
    from bot.drafting.actions import build_recommendation
    from bot.drafting.grammar import VERBS

    rec = build_recommendation("every shop", vp, False, set(VERBS), False)
    assert rec is not None and rec.actions[0] == action


@pytest.mark.parametrize("paragraph", [
    "The council wants to build a new swimming pool beside the park. The old baths closed four years ago, "
    "and children now learn to swim twenty miles away. The council should go ahead, and it should open the "
    "pool to schools free of charge on weekday mornings.",
    "The health board plans to open a walk-in clinic on the estate next spring. Residents have waited a "
    "decade for it. Whatever the objectors say, the board must not drop it now that the money is found.",
])
def test_a_plan_the_author_supports_is_not_turned_round(paragraph: str) -> None:
    draft = draft_essay(OPENING + "\n\n" + paragraph + "\n")
    assert not [m for m in draft.motions if any("AGAINST this plan" in c for c in m.checks)]


@pytest.mark.parametrize("body", [
    "notice periods should be longer for tenants",
    "recall petitions should need fewer signatures",
])
def test_a_noun_like_notice_still_opens_a_claim(body: str) -> None:
    assert problem(f"This House believes that {body}") is None
