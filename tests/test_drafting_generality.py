"""A generality set for drafting (issue 11, sixteenth pass): one explicit proposal per short op-ed.

Each case is a paragraph of our own with ONE explicit proposal in a different shape (a modal, "I would urge X
to V", "it is time X V-ed", "what we need is", "nothing short of X will do", "the answer is to V", "my
recommendation is that", a numbered recommendation, "X ought to be V-ed", first or last sentence, a long
subject, two coordinated verbs, a trailing modifier), and the motion a coach would word from it. The essay
is the paragraph after a short opening that argues nothing. The first printed motion must carry most of
the expected motion's content words and be a complete proposition.
"""

from __future__ import annotations

import pytest
from _pytest.mark.structures import ParameterSet
from paragraph_drafts import carries, drafted_after

from bot.drafting.structure import problem

OPENING = (
    "I have lived in this town for twenty-two years. For most of that time I have read this paper every "
    "morning over breakfast, and I have written to it only twice before. Both letters were about the "
    "pavements on the high street, and neither of them was printed. The subject of this letter is a "
    "different one. Readers will find the argument below, with the figures I could gather from the "
    "council's own reports and from the neighbours who were kind enough to talk to me. Some of them have "
    "lived here longer than I have, and one of them keeps a diary of every meeting the council has held "
    "since the new hall opened. I thank them all for their patience with my questions."
)

# (paragraph, expected motion)
CASES: list[tuple[str, str]] = [
    # modal, first sentence
    ("Schools should ban mobile phones from the start of the day until the final bell. Pupils who check "
     "their phones in lessons learn less, and teachers spend hours policing screens. Several schools in "
     "the county have already tried it and report calmer corridors.",
     "This House would ban mobile phones in schools"),
    ("The council must build a protected cycle lane along the whole of the London Road. Two cyclists have "
     "been killed there in three years. Painted lines do not stop lorries, and kerbs do.",
     "This House would build a protected cycle lane along the London Road"),
    # two coordinated verbs
    ("Supermarkets should stop throwing away edible food and should instead give it to local food banks. "
     "Every night tonnes of bread and fruit go into skips. Food banks in the town are short of exactly "
     "these things, and the law already protects donors.",
     "This House would require supermarkets to give edible food to food banks instead of throwing it away"),
    # I would urge X to V
    ("I would urge the government to raise the minimum wage to twelve pounds an hour. Rents have risen by a "
     "third in five years while pay has not. A worker on the present minimum cannot afford a room in most "
     "of our cities.",
     "This House would raise the minimum wage to twelve pounds an hour"),
    ("I call on the health secretary to put a sugar tax on sweetened milkshakes. The tax on fizzy drinks "
     "worked: makers cut the sugar rather than pay. Milkshakes were left out, and some hold more sugar than "
     "cola.",
     "This House would tax sweetened milkshakes"),
    # it is time (that) X V-ed
    ("It is time the water companies were taken back into public ownership. They have paid billions to "
     "shareholders while pumping sewage into our rivers. No private owner has been made to answer for it.",
     "This House would take the water companies into public ownership"),
    ("It is time that parliament lowered the voting age to sixteen. Sixteen-year-olds can work, pay tax and "
     "join the army. They already vote in Scotland and Wales, and turnout among them has been high.",
     "This House would lower the voting age to sixteen"),
    # what we need is
    ("What we need is a national register of private landlords. Tenants cannot check who owns their home or "
     "whether the owner has been fined before. A register would let councils find the worst landlords "
     "quickly.",
     "This House would create a national register of private landlords"),
    # nothing short of X will do
    ("Warnings and voluntary codes have failed for twenty years. Nothing short of a complete ban on junk "
     "food advertising before nine in the evening will do. Children see thousands of these adverts every "
     "year.",
     "This House would ban junk food advertising before nine in the evening"),
    # the answer is to V
    ("Hospital car parks charge the sick and their visitors by the hour. The answer is to scrap parking "
     "charges at every NHS hospital. Wales and Scotland did so years ago, and their hospitals have not run "
     "short of money.",
     "This House would scrap parking charges at NHS hospitals"),
    # my recommendation is that
    ("My recommendation is that the county should reopen the branch railway line to Hexley. The road is "
     "jammed every morning and the buses are slow. The old track bed is still there, owned by the council.",
     "This House would reopen the railway line to Hexley"),
    # numbered recommendation
    ("The report makes a single recommendation. 1. Every new house built in the district should have solar "
     "panels fitted on its roof. Fitting them during building costs a fraction of fitting them later, and "
     "the owners save on their bills from the first day.",
     "This House would require solar panels on every new house"),
    # X ought to be V-ed
    ("Single-use plastic cutlery ought to be banned outright. Most of it is used for a few minutes and "
     "lasts for centuries. Wooden and reusable cutlery is cheap and already on sale everywhere.",
     "This House would ban single-use plastic cutlery"),
    ("Fireworks ought to be sold only to licensed public displays. Every November pets are terrified and "
     "veterans are distressed by bangs at all hours. Organised displays give the same pleasure with a "
     "fraction of the noise.",
     "This House would sell fireworks only to licensed public displays"),
    # proposal as the last sentence
    ("Last winter the library closed three days a week to save money. Students lost the only quiet place "
     "they had to work, and older readers lost the warmth. The savings were tiny beside the council's "
     "budget. The council should restore the library's full opening hours.",
     "This House would restore the library's full opening hours"),
    # long subject
    ("Every company with more than two hundred and fifty employees in this country should publish the pay "
     "gap between its highest and lowest paid staff. Shareholders and workers would then see what the "
     "firm values. Firms that pay fairly have nothing to fear.",
     "This House would require large companies to publish the gap between their highest and lowest pay"),
    # trailing "with …" modifier
    ("The government should introduce a four-day working week in the civil service, with no loss of pay. "
     "Trials abroad found staff as productive in four days as in five. Fewer sick days and cheaper offices "
     "would pay for much of the change.",
     "This House would introduce a four-day working week in the civil service"),
    # trailing "phased in …"
    ("Petrol and diesel cars should be banned from the city centre, phased in over five years. The air on "
     "the ring road breaks the legal limit most days. Traders feared the pedestrian streets too, and they "
     "now have more customers.",
     "This House would ban petrol and diesel cars from the city centre"),
    # we must / we should
    ("We must give every child free school meals, whatever their parents earn. Hungry children cannot "
     "learn, and the means test leaves out thousands of poor families. The cost is small beside what "
     "poor schooling costs later.",
     "This House would give every child free school meals"),
    # I propose that
    ("I propose that the town centre should be closed to traffic every Sunday. Families could walk and "
     "cycle safely, and the market could spread into the street. Other towns that tried it kept it.",
     "This House would close the town centre to traffic on Sundays"),
    # the government must + adverb
    ("The government must urgently fund a new generation of council houses. Waiting lists are longer than "
     "at any time since the war. Private builders will not build homes that ordinary families can rent.",
     "This House would fund a new generation of council houses"),
    # ministers should make it illegal to
    ("Ministers should make it illegal to keep dogs in cages for more than eight hours a day. Rescue "
     "centres see dogs that have barely left a crate in their lives. Most owners mean well, and a clear law "
     "would tell them where the line is.",
     "This House would make it illegal to keep dogs in cages for more than eight hours a day"),
    # should be required to
    ("Landlords should be required to fit carbon monoxide alarms in every rented home. The gas cannot be "
     "seen or smelled, and it kills tenants every winter. An alarm costs less than twenty pounds.",
     "This House would require landlords to fit carbon monoxide alarms in rented homes"),
    # there should be
    ("There should be a ban on selling puppies in pet shops. Puppies sold this way come from farms where "
     "mothers are bred until they collapse. A ban would send buyers to breeders they can visit.",
     "This House would ban selling puppies in pet shops"),
    # let
    ("Let the city give its empty offices to artists and small charities at a peppercorn rent. The "
     "buildings are decaying while groups pay ruinous rents across town. A tenant keeps a building warm, "
     "dry and safe.",
     "This House would give empty council offices to artists and charities at a peppercorn rent"),
    # we need to
    ("We need to put a cap on the number of holiday lets in the old town. Whole streets are now empty for "
     "ten months of the year. Local families cannot buy or rent the houses their grandparents lived in.",
     "This House would cap the number of holiday lets in the old town"),
    # the best course is to
    ("The best course would be to abolish the charge for a first driving test. Young people in villages "
     "need a licence to reach work, and many cannot afford the fees. The test itself would stay as hard "
     "as it is.",
     "This House would abolish the charge for a first driving test"),
    # old: ought to be, with long period
    ("It is my firm opinion, after long reflection upon the matter, that the turnpike tolls upon the "
     "northern road ought to be abolished. The carriers who bring corn to market are burdened beyond "
     "bearing. The trusts have repaid their debts many times over, and the roads are no better kept for "
     "it.",
     "This House would abolish the turnpike tolls on the northern road"),
    # old: let the legislature
    ("Let the legislature forbid the employment of children under ten years of age in the mills. The "
     "children of the poor are worn out before they are grown. No profit of the manufacturer can "
     "justify so great an injury to the nation.",
     "This House would forbid the employment of children under ten in the mills"),
    # old: I would humbly propose
    ("I would humbly propose that a public school be established in every parish of the kingdom. The "
     "labouring people would be more sober and more industrious if they could read. The expense would be "
     "trifling when shared by the whole parish.",
     "This House would establish a public school in every parish"),
    # surely we should
    ("Surely the county should pay carers at least the same as hospital cleaners. Care homes lose a third "
     "of their staff every year to better paid work. Residents suffer most from the constant change of "
     "faces.",
     "This House would pay carers at least the same as hospital cleaners"),
    # the council has to
    ("The council has to stop selling off school playing fields. Once a field is built on it never comes "
     "back. Children already have too few places to run about.",
     "This House would stop the sale of school playing fields"),
    # should no longer be allowed to
    ("Airlines should no longer be allowed to charge passengers for carrying a small bag on board. The "
     "fee is a hidden part of the fare. Travellers only find it at the last step of booking.",
     "This House would stop airlines charging passengers for a small bag on board"),
    # imperative to rulers: should be made to
    ("Social media companies should be made to verify the age of every user. Children of nine and ten "
     "have accounts on sites that claim a minimum age of thirteen. Banks check a customer's age in seconds, "
     "and these firms could too.",
     "This House would make social media companies verify the age of their users"),
    # the government should, long object with "and"
    ("The government should extend free childcare to every child from the age of nine months, and pay "
     "nurseries what it actually costs. Parents cannot return to work when a place costs more than their "
     "wage. Nurseries are closing because the state pays them too little.",
     "This House would extend free childcare to every child from nine months"),
    # it would be wise to
    ("It would be wise to bring back the school nurse in every secondary school. Teachers are dealing "
     "with anxiety, self-harm and asthma they were never trained for. A nurse on site would spot trouble "
     "early.",
     "This House would bring back a school nurse in every secondary school"),
    # I believe X should
    ("I believe the government should give every household a free home energy check. Most families have "
     "no idea where their heat is escaping. A simple visit would point them to cheap repairs that cut "
     "their bills.",
     "This House would give every household a free home energy check"),
    # instead of … should
    ("Instead of building another bypass, the county should spend the money on buses. A new road fills "
     "with cars within a few years. Buses carry forty people in the space of two cars.",
     "This House would spend the bypass money on buses"),
    # must be: passive proposal
    ("Zero-hours contracts must be outlawed. Workers on them cannot plan a week ahead or get a mortgage. "
     "Employers who need flexibility can offer contracts with a guaranteed minimum of hours.",
     "This House would outlaw zero-hours contracts"),
    # proposal in the middle, after a problem
    ("Most of the town's bus shelters have no timetable and no roof. The county should install a roofed "
     "shelter with a live timetable at every stop on the main routes. Older passengers wait in the rain "
     "not knowing whether a bus will come. A shelter costs less than a single bus.",
     "This House would install a roofed shelter with a live timetable at every stop on the main routes"),
    # negative proposal
    ("The council should not sell the old swimming baths to a developer. The building is the last public "
     "pool in the east of the town. Once it becomes flats, no child there will learn to swim.",
     "This House would not sell the old swimming baths to a developer"),
]

# (paragraph, expected motion): the seventeenth pass's shapes, measured before the code changed (17/22)
NEW_CASES: list[tuple[str, str] | ParameterSet] = [
    # let us resolve to V, in a speech
    ("Friends, we have argued about the old mill for a decade while its roof fell in. Tonight let us "
     "resolve to turn the old mill into a public library. Our children deserve a place to read that is "
     "warm and quiet and free.",
     "This House would turn the old mill into a public library"),
    ("The river has given this valley its work and its bread for two hundred years. Let us strive to "
     "clean the river of sewage before the next summer comes. We owe it that much.",
     "This House would clean the river of sewage"),
    # you should vote to approve X and V Y: the second act is still lost (its words echo nowhere else)
    pytest.param(
        "The referendum on Thursday asks a plain question. You should vote to approve the housing bond and "
        "build three hundred homes for rent on the depot site. Rents here have doubled in ten years.",
        "This House would approve the housing bond and build homes for rent on the depot site",
        marks=pytest.mark.xfail(strict=True, reason="the second act is dropped: its words echo nowhere else"),
    ),
    # conditional promise
    ("If the council pays for new goalposts and opens the school pitches at weekends, it will give every "
     "child in the ward somewhere safe to play. At present the pitches sit locked from Friday to Monday. "
     "The parks are crowded and the roads are not safe.",
     "This House would open the school pitches at weekends"),
    # let every X V
    ("Most adults could not tell you how to put someone in the recovery position. Let every primary "
     "school teach basic swimming before pupils leave at eleven. Drowning is still a leading cause of "
     "accidental death among children.",
     "This House would have every primary school teach basic swimming"),
    # heading plus a would paragraph
    ("The Proposal: A Register of Private Landlords\n\nEvery landlord who lets a home in the borough "
     "would enter their name and address on a public register. Tenants would check it before signing a "
     "lease, and landlords would pay a modest fee to keep the register running.",
     "This House would create a register of private landlords"),
    # the only sensible course is to V
    ("The pier has been closed for three winters and the repair bill grows every year. The only "
     "sensible course is to demolish the pier and build a new one. Patching the old iron only delays "
     "the bill.",
     "This House would demolish the pier and build a new one"),
    # we must stop V-ing
    ("Every summer the county sprays the verges with weedkiller. We must stop spraying weedkiller on "
     "roadside verges. Bees and butterflies depend on the flowers that grow there.",
     "This House would stop spraying weedkiller on roadside verges"),
    # we call on X to V
    ("We call on the health board to reopen the maternity unit at the cottage hospital. Mothers now "
     "travel forty miles to give birth. Two babies were born in ambulances last year.",
     "This House would reopen the maternity unit at the cottage hospital"),
    # X needs to V
    ("The government needs to raise the carer's allowance to the level of the minimum wage. Carers "
     "save the health service billions each year. Many of them are themselves living in poverty.",
     "This House would raise the carer's allowance to the level of the minimum wage"),
    # imperative at the close
    ("Cars idle outside the school gates every afternoon while children breathe the fumes. The police "
     "cannot be there every day. Close the road outside every primary school at drop-off and pick-up.",
     "This House would close the road outside every primary school at drop-off and pick-up"),
    # I want to see X V-ed
    ("Our village shop closed in March. I want to see the empty shop bought by the parish and run as a "
     "community cooperative. Villages across the county have done it and their shops are thriving.",
     "This House would buy the empty shop and run it as a community cooperative"),
    # the least X could do is V
    ("The railway company has cut the evening trains twice this year. The least the company could do "
     "is restore the last train from the city after ten o'clock. Shift workers have no other way home.",
     "This House would restore the last train from the city"),
    # surely X should V
    ("Hospitals charge patients and visitors up to twenty pounds a day to park. Surely the health "
     "service should abolish parking charges at hospitals. Nobody chooses to be ill.",
     "This House would abolish parking charges at hospitals"),
    # we need X to V
    ("Fly-tipping on the farm lanes has trebled since the tip began charging. We need the council to "
     "scrap the charge for dumping household rubbish at the tip. The clean-up costs more than the "
     "charge raises.",
     "This House would scrap the charge for dumping household rubbish at the tip"),
    # the way forward is to V
    ("Arguments about the bypass have gone on for thirty years. The way forward is to build the tram "
     "line that the city first proposed in 1990. A tram moves more people on less land.",
     "This House would build the tram line"),
    # X has to V
    ("Parliament has to lower the voting age to sixteen. Sixteen-year-olds pay tax, can leave school "
     "and can join the army. They should have a say in who governs them.",
     "This House would lower the voting age to sixteen"),
    # it would be better if X V-ed
    ("It would be far better if the county gave every library a budget for longer opening hours. "
     "Working families cannot visit a library that closes at five. Books do no good on locked shelves.",
     "This House would give every library a budget for longer opening hours"),
    # our proposal is simple: X should V
    ("Our proposal is simple: the city should plant a tree on every residential street that has none. "
     "Trees cool streets in summer and slow floodwater in winter. A sapling costs less than a lamp post.",
     "This House would plant a tree on every residential street"),
    # I ask the minister to V
    ("I ask the minister to fund a nurse in every secondary school. Pupils now wait months to see "
     "anyone about their health. A nurse on site would see them the same day.",
     "This House would fund a nurse in every secondary school"),
    # the sensible thing would be for X to V
    ("The sensible thing would be for the water company to fit meters in every home. People who can "
     "see what they use, use less. The reservoirs were nearly empty last August.",
     "This House would fit water meters in every home"),
    # X ought to be banned from V-ing
    ("Plastic cutlery litters every beach in the county. Takeaways ought to be banned from handing out "
     "plastic cutlery. Wooden forks cost a penny more and rot away in weeks.",
     "This House would ban takeaways from handing out plastic cutlery"),
]



def first_motion(paragraph: str) -> str:
    """The first motion the drafter prints for the paragraph, or "" when it prints none."""
    return next(iter(drafted_after(OPENING, paragraph)), "")


def matches(motion: str, expected: str) -> bool:
    """Whether a motion carries most of the expected motion's content words."""
    return carries(motion, expected)


def test_the_set_is_large_and_varied() -> None:
    assert len(CASES) >= 40
    assert len({p.split()[0] for p, _ in CASES}) >= 15


@pytest.mark.parametrize(("paragraph", "expected"), CASES, ids=[e[17:60] for _, e in CASES])
def test_an_explicit_proposal_is_printed_first_and_whole(paragraph: str, expected: str) -> None:
    motion = first_motion(paragraph)
    assert motion, "no motion printed"
    assert problem(motion) is None, motion
    assert matches(motion, expected), motion


@pytest.mark.parametrize(("paragraph", "expected"), NEW_CASES)
def test_the_seventeenth_shapes_are_printed_first_and_whole(paragraph: str, expected: str) -> None:
    test_an_explicit_proposal_is_printed_first_and_whole(paragraph, expected)


def test_the_new_shapes_are_many() -> None:
    assert len(NEW_CASES) >= 20


def test_a_listed_predicate_loses_no_subject() -> None:
    """A later predicate of "each landlord would join …, pay a modest fee, and give …" is not the policy."""
    paragraph = (
        "Under the scheme, each private landlord in the borough would join a public register before letting "
        "a home, pay a modest fee, and give a contact address. Good landlords have nothing to fear from it."
    )
    assert "modest fee" not in first_motion(paragraph)


def test_a_speech_is_not_a_story_and_no_title_is_quoted() -> None:
    from bot.drafting.address import reads_as_speech
    from bot.drafting.compose import _first_sentence
    from bot.drafting.reading import read_essay

    assert reads_as_speech(["FELLOW-COUNTRYMEN:", "The war came."])
    assert reads_as_speech(["With firmness in the right, let us strive on to finish the work."])
    assert not reads_as_speech(["The war came, and the harvest failed that year."])
    essay = read_essay("A Day at the Fair\n\nJane Smith\n\n" + OPENING + "\n\n" + OPENING + "\n")
    assert _first_sentence(essay.sentences).startswith("I have lived")


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        ("I would urge ministers to make it illegal to sell energy drinks to children",
         "ministers should make it illegal to sell energy drinks to children"),
        ("It is time the borough council made twenty miles an hour the limit on every street, "
         "and enforced it",
         "the borough council should make twenty miles an hour the limit on every street, and enforce it"),
        ("It is time the water companies were taken back into public ownership",
         "the water companies should be taken back into public ownership"),
        ("None of it has worked, and nothing short of a complete ban on betting adverts will do",
         "we should impose a complete ban on betting adverts"),
        ("My recommendation is that the county should reopen the railway line",
         "the county should reopen the railway line"),
        ("I would humbly propose that a school be established in every parish",
         "a school should be established in every parish"),
        ("Instead of building another bypass, the county should spend the money on buses",
         "the county should spend the money on buses"),
    ],
)
def test_a_frame_around_a_proposal_is_read_through(sentence: str, plain: str) -> None:
    from bot.drafting.framing import unframe

    assert unframe(sentence, lambda w: {"made": "make", "enforced": "enforce"}.get(w, w[:-2])) == plain


@pytest.mark.parametrize(
    "sentence",
    [
        "I beg indulgence to discuss these proposed articles at some length",
        "I would ask you to bear with me for a moment",
        "It is time to look at the figures",
        "The committee will meet on 4 March",
    ],
)
def test_no_frame_no_rewrite(sentence: str) -> None:
    from bot.drafting.framing import unframe

    assert unframe(sentence, lambda w: w) == sentence


@pytest.mark.parametrize(
    "motion",
    [
        # batch 14 (Newman): a belief ending on a verb of saying
        "This House believes that surely it is very intelligible to say",
        "This House believes that it is only fair to add",
        "This House would make it illegal",
    ],
)
def test_fragments_of_batch_fourteen_are_refused(motion: str) -> None:
    assert problem(motion) is not None


@pytest.mark.parametrize(
    "motion",
    [
        "This House would make it illegal to sell energy drinks to anyone under sixteen",
        "This House believes that every container should carry a deposit, added at the till",
        "This House believes that children deserve a chance to ask",
    ],
)
def test_complete_motions_of_these_shapes_pass(motion: str) -> None:
    assert problem(motion) is None


def test_an_invitation_to_the_reader_is_not_the_policy() -> None:
    paragraph = (
        "Watch a televised football match this weekend and try counting the betting brands. They are on "
        "the shirts, the boards and the half-time adverts. Clubs have promised to do better for years, and "
        "nothing short of a complete ban on betting adverts in sport will do."
    )
    motion = first_motion(paragraph)
    assert "watch" not in motion.lower()
    assert matches(motion, "This House would ban betting adverts in sport"), motion


def test_a_subjectless_nor_clause_is_not_a_command() -> None:
    from bot.drafting.finding import POLICY_VERBS
    from bot.drafting.proposals import parse_recommendation

    sentence = "even though it be turned to no further account, nor subserve any direct end."
    assert parse_recommendation(sentence, set(POLICY_VERBS) | {"subserve"}) is None
