"""A broad proposal reading (drafting round 18): proposals stated in ways the narrow modules never named.

Each case is a short paragraph of our own, in one of several registers (old prose, op-ed, a letter to a
council, a speech), that states ONE proposal through an obligation, a recommending verb or an adjective of
necessity in a shape no earlier test set names ("it behoves X to V", "X would do well to V", "it is
essential that X V", "X has a duty to V", "it falls to X to V", "our demand is that …", "I would have X V").
The essay is the paragraph after a short opening that argues nothing; the first printed motion must carry
most of the expected motion's content words and be a complete proposition.
"""

from __future__ import annotations

import pytest
from _pytest.mark.structures import ParameterSet
from paragraph_drafts import TALK_OPENING, carries, drafted_after

from bot.drafting.structure import problem

OPENING = TALK_OPENING + "Thanks are due to the librarian and to the caretaker, who stayed late to lock up."


# (register, paragraph, expected motion)
CASES: list[tuple[str, str, str]] = [
    ("old prose",
     "Wherefore it behoveth the magistrates of every borough to provide a free school for the poor "
     "children within their walls. Ignorance breeds idleness, and idleness breeds the gaol. A few pounds "
     "spent on a schoolmaster save many pounds spent on the turnkey.",
     "This House would provide a free school for the poor children of every borough"),
    ("op-ed",
     "Ministers would do well to cap the rents charged for student housing. Students in the city now pay "
     "more for a single room than their parents paid for a flat. Many of them work two jobs on top of "
     "their studies just to keep a roof over their heads.",
     "This House would cap the rents charged for student housing"),
    ("council letter",
     "It is essential that the county reopens the branch line to the coast. The road is jammed every "
     "summer weekend, and the buses take twice as long as the trains once did. The track bed is still "
     "there, under the brambles.",
     "This House would reopen the branch line to the coast"),
    ("op-ed",
     "It is imperative that every care home be inspected without notice at least twice a year. Announced "
     "visits show inspectors only what managers want them to see. Families deserve to know what happens "
     "on an ordinary Tuesday.",
     "This House would inspect every care home without notice twice a year"),
    ("speech",
     "We owe it to our grandchildren to clean up the river before another summer passes. Our parents "
     "swam in it; our children are warned to keep out of it. The factories upstream have had their "
     "warnings for long enough.",
     "This House would clean up the river"),
    ("council letter",
     "The city has a duty to provide clean public toilets in every park. Older people and parents with "
     "small children stay away from parks that have none. A park that half the town cannot use is only "
     "half a park.",
     "This House would provide clean public toilets in every park"),
    ("op-ed",
     "The least the government can do is fund free school meals for every child whose family claims "
     "benefits. Hungry children cannot learn. The cost is small beside the cost of the failure that "
     "follows.",
     "This House would fund free school meals for every child whose family claims benefits"),
    ("council letter",
     "It falls to the county council to repair the footbridge over the river before the winter floods. "
     "The handrail has been loose since March, and children use the bridge every school day. A repair now "
     "costs far less than an inquest later.",
     "This House would repair the footbridge over the river"),
    ("speech",
     "Our demand is that the port authority dredge the harbour before the winter storms. Two boats ran "
     "aground at low water last month. The fishermen cannot wait for another season of reports.",
     "This House would dredge the harbour"),
    ("old prose",
     "I would have the state give every labourer an acre of ground to till for his own family. A man who "
     "owns a garden has a stake in the peace of the parish. He will not lightly join a mob that might "
     "trample his own cabbages.",
     "This House would give every labourer an acre of ground"),
    ("op-ed",
     "The ministry is under an obligation to publish every school inspection report in full. Parents "
     "read summaries that leave out the worst findings. A report kept in a drawer protects nobody but "
     "the people it criticises.",
     "This House would publish every school inspection report in full"),
    ("council letter",
     "Surely the time is ripe for the county to abolish parking charges at its hospitals. Patients who "
     "are already ill should not have to feed a meter. Visitors to the dying are fined when a visit runs "
     "long.",
     "This House would abolish parking charges at hospitals"),
    ("old prose",
     "Every landlord ought, in common justice, to return a tenant's deposit within fourteen days of the "
     "lease ending. The money is the tenant's and not the landlord's. To keep it for months is a loan "
     "that nobody agreed to make.",
     "This House would make landlords return deposits within fourteen days"),
    ("speech",
     "So I say to this assembly: give the farmers of the valley a fair price for their milk. They rise "
     "before dawn and sell at a loss. A country that cannot feed itself is at the mercy of any blockade.",
     "This House would give the farmers a fair price for their milk"),
    ("op-ed",
     "We need the railway company to run a later train from the city on Friday nights. The last train "
     "now leaves at a quarter to eleven. Anyone who stays for the end of a concert must pay for a taxi or "
     "sleep on a friend's floor.",
     "This House would run a later train from the city on Friday nights"),
    ("old prose",
     "It were well that Parliament should enact a law for the registering of every birth in the kingdom. "
     "Without such a register no man can prove his age or his inheritance. Disputes that now last for "
     "years would be settled in an afternoon.",
     "This House would enact a law for the registering of every birth"),
    ("council letter",
     "The board is urged to extend the library's opening hours until eight o'clock on weekdays. Working "
     "people cannot reach the library before it shuts at five. A library open only to the retired is a "
     "poor use of public money.",
     "This House would extend the library's opening hours until eight o'clock"),
    ("op-ed",
     "The only responsible course is for the water company to fix its leaking pipes before it asks "
     "anyone to ration their baths. A quarter of the water it treats never reaches a tap. Customers are "
     "told to save water that the company itself pours into the ground.",
     "This House would make the water company fix its leaking pipes"),
    ("speech",
     "Friends, the hour has come for this nation to guarantee a pension to every worker who reaches the "
     "age of seventy. Too many of our old people end their days in the workhouse. They built this "
     "country, and they should not be shamed for growing old in it.",
     "This House would guarantee a pension to every worker who reaches seventy"),
    ("council letter",
     "What I am asking is that the highways committee put a pedestrian crossing outside the primary "
     "school on Mill Lane. Cars come round the bend at forty miles an hour. A lollipop warden can only "
     "do so much.",
     "This House would put a pedestrian crossing outside the primary school on Mill Lane"),
    ("old prose",
     "Let it therefore be enacted that no child under ten years of age shall be employed in any mill or "
     "factory. The little ones fall asleep at the looms and are maimed by the machinery. No profit can "
     "justify such a trade in the bodies of infants.",
     "This House would forbid the employment of children under ten in any mill or factory"),
    ("op-ed",
     "It is high time that the government banned the sale of disposable vapes. Millions are thrown away "
     "every week, each with a battery inside. They litter the gutters and start fires in the bin lorries.",
     "This House would ban the sale of disposable vapes"),
    ("speech",
     "I appeal to every member of this chamber to vote for the bill that lowers the voting age to "
     "sixteen. Young people can work and pay taxes at sixteen. They should have a say in how those taxes "
     "are spent.",
     "This House would lower the voting age to sixteen"),
    ("council letter",
     "The council is bound to keep the public footpaths across the common open to walkers. The new owner "
     "has put up gates and signs that tell people to keep out. Those paths have been walked for three "
     "hundred years.",
     "This House would keep the public footpaths across the common open to walkers"),
]


def first_motion(paragraph: str) -> str:
    """The first motion the drafter prints for the paragraph, or "" when it prints none."""
    return next(iter(drafted_after(OPENING, paragraph)), "")


def matches(motion: str, expected: str) -> bool:
    """Whether a motion carries most of the expected motion's content words."""
    return carries(motion, expected)


def test_the_set_is_large_and_varied() -> None:
    assert len(CASES) >= 20
    assert {register for register, _, _ in CASES} == {"old prose", "op-ed", "council letter", "speech"}


# Cases the reading finds but a later stage still loses (left visible, not tuned away).
KNOWN_GAPS = {
    "This House would give every labourer an acre of ground":
        "the tail 'to till for his own family' stays, and 'his' refers to nothing in the motion",
    "This House would forbid the employment of children under ten in any mill or factory":
        "an enactment formula ('let it be enacted that no X shall be Ved') is read as 'enact it': refused",
}


def _case(case: tuple[str, str, str]) -> ParameterSet:
    gap = KNOWN_GAPS.get(case[2])
    marks = [pytest.mark.xfail(reason=gap, strict=True)] if gap else []
    return pytest.param(*case, marks=marks, id=case[2][17:60])


@pytest.mark.parametrize(("register", "paragraph", "expected"), [_case(c) for c in CASES])
def test_a_proposal_in_a_broad_shape_is_printed_first_and_whole(
    register: str, paragraph: str, expected: str
) -> None:
    motion = first_motion(paragraph)
    assert motion, "no motion printed"
    assert problem(motion) is None, motion
    assert matches(motion, expected), motion


# The sentence reader on its own: (sentence, the plain proposal it reads).
READINGS: list[tuple[str, str]] = [
    ("It is vital for the trust to publish its waiting times every month.",
     "the trust should publish its waiting times every month"),
    ("It is incumbent on the county to keep the ferry running in winter.",
     "the county should keep the ferry running in winter"),
    ("It rests with the vestry to mend the churchyard wall.", "the vestry should mend the churchyard wall"),
    ("The landlord has a clear duty to fit a smoke alarm in every flat.",
     "The landlord should fit a smoke alarm in every flat"),
    ("My plea is that the college open its library to the town.",
     "the college should open its library to the town"),
    ("Were I to recommend a remedy, it should be the repeal of the window tax.",
     "we should repeal the window tax"),
    ("Our first step must be a reduction in the duty on salt.", "we should reduce the duty on salt"),
]
# Sentences with a governor that asks nothing of anyone.
NO_READINGS = [
    "Prices are bound to rise when the harvest fails.",
    "It was necessary that the old bridge be closed in 1921.",
    "It is for Congress to decide whether the purchase shall be sanctioned.",
    "The time has come for schools to end the tyranny of play.",  # the plain parser's, with its own weight
    "It is essential to remember that the tax was never popular.",
    "Our answer should not be the abolition of the tax.",
]


@pytest.mark.parametrize(("sentence", "plain"), READINGS)
def test_a_deontic_governor_is_read_as_should(sentence: str, plain: str) -> None:
    from bot.drafting.deontics import deontic_proposal
    from bot.drafting.grammar import VERBS

    assert deontic_proposal(sentence, set(VERBS)) == plain


@pytest.mark.parametrize("sentence", NO_READINGS)
def test_a_governor_that_asks_nothing_is_not_read(sentence: str) -> None:
    from bot.drafting.deontics import deontic_proposal
    from bot.drafting.grammar import VERBS

    assert deontic_proposal(sentence, set(VERBS)) is None
