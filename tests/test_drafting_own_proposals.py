"""The author's own explicit proposal is found, worded whole and ranked first (issue 11, fourteenth pass).

Classes: a proposal after a short lead-in and a colon ("The case is plain: X should V"); an adverb
between the modal and its verb ("ought without delay to V"); "I propose that X be Ved" with a long
subject; the passive duty "X should be required (by law) / obliged / compelled to V", which keeps its
infinitive or is refused; "it is time for X to V", "we need to V", "let the legislature V"; the second
half of a compound sentence whose pronoun stands for the first half's subject ("X harm …, and they
should be taxed"); old connectives ("Wherefore"). Our own excerpts in several styles (periodic prose,
speeches, op-eds), and the lead's five.
A motion matches when it holds the expected act, as "would V …" or "believes that X should V …", and is a
complete proposition.
"""

from __future__ import annotations

import re

import pytest

from bot.drafting import draft_essay
from bot.drafting.grammar import VERBS
from bot.drafting.leadins import after_leadin, pronoun_subject
from bot.drafting.proposals import parse_recommendation
from bot.drafting.requests import parse_request
from bot.drafting.structure import problem
from bot.drafting.wording import value_motion

KNOWN = set(VERBS)

# (name, essay, the motion we expect; its act after "would" must appear in a drafted motion)
EXCERPTS = [
    (
        "ferries",  # modern op-ed, colon lead-in
        "Every winter the island ferries are cancelled for days at a time, and every winter the same "
        "families miss hospital appointments, exams and funerals. The boats are forty years old. Spare "
        "parts have to be made by hand in a yard on the mainland, and the crews who know the engines are "
        "retiring. The operator blames the weather, but newer vessels on the next route sail in the same "
        "storms. My conclusion is simple: the government should replace the island ferry fleet within "
        "five years. A new fleet would cost less than the subsidies now spent keeping old hulls afloat, "
        "and it would burn a third less fuel. Islanders do not ask for luxury; they ask to reach a doctor "
        "on the day they were told to come. Tourism, fishing and the small schools all depend on a "
        "crossing that runs when the timetable says it will. Reliable boats are what keep an island alive "
        "through the winter months.",
        "This House would replace the island ferry fleet within five years",
    ),
    (
        "sugar",  # modern, compound sentence with pronoun
        "Sweet drinks are the largest single source of added sugar in the diet of teenagers. A can of "
        "cola holds more sugar than a nutritionist would allow in a whole day. Dentists in poorer "
        "districts now pull more children's teeth than they fill, and the waiting lists for general "
        "anaesthetic grow every year. Advertising aimed at children makes these drinks look like a reward "
        "for sport. The plain fact is that sugary drinks harm children's health, and they should be taxed "
        "at the point of sale. Countries that have done so saw makers cut the sugar in their recipes "
        "within two years, which is the point: the tax changes the product, not only the price. The money "
        "raised could pay for water fountains in every school playground and for free dental checks in "
        "the neighbourhoods with the worst decay. Children cannot weigh these risks for themselves, which "
        "is exactly why adults must weigh them on their behalf.",
        "This House would tax sugary drinks at the point of sale",
    ),
    (
        "township",  # nineteenth-century periodic prose, Wherefore + ought ADV to
        "It has been the boast of this commonwealth that no citizen is denied the protection of its laws; "
        "yet the roads by which the farmer carries his grain to market are, for half the year, impassable "
        "to any wheeled carriage. The merchant pays in delay what he might have paid in tolls, and the "
        "labourer loses the wages of many days in mud and flood. Private companies have been chartered "
        "for the purpose, and have failed, for no company will build where the traffic is thin though the "
        "need is great. The burden of bad roads falls heaviest upon those least able to bear it. "
        "Wherefore the legislature ought without delay to construct a system of public highways "
        "connecting every county seat with the capital. Such works will repay their cost many times over "
        "in the quickened commerce of the state, and in the union of its scattered people. The roads of a "
        "free people are the veins through which its prosperity flows.",
        "This House would construct a system of public highways connecting every county seat with the "
        "capital",
    ),
    (
        "apprentices",  # passive obliged to V, I propose that
        "Young people who leave school at sixteen are too often left to find their own way into work. "
        "Large employers complain that they cannot find skilled staff, yet most of them have stopped "
        "training anyone. The levy introduced to fund apprenticeships sits unspent in many company "
        "accounts, because it is easier to pay the charge than to take on a trainee. I propose that every "
        "firm with more than two hundred staff be obliged to take on one apprentice for every fifty "
        "employees. The duty would fall on those who can best afford it, and who gain most from a skilled "
        "workforce. Smaller firms could join it freely. A trade learned on the job lasts a lifetime; a "
        "levy paid to avoid the trouble buys nothing. Countries with strong apprenticeships have lower "
        "youth unemployment and fewer young people drifting between short contracts. Good intentions have "
        "had twenty years to fill the gap, and they have failed to fill it.",
        "This House would oblige every firm with more than two hundred staff to take on one apprentice "
        "for every fifty employees",
    ),
    (
        "helmets",  # passive be compelled by law to V
        "Cycling to work is good for the heart, the lungs and the city. It is also, on our crowded roads, "
        "a risk that falls hardest on children. Most serious injuries to young cyclists are injuries to "
        "the head, and a helmet costing less than a school trip reduces them sharply. Parents mean well "
        "but forget, and children who see older friends riding bareheaded soon do the same. I therefore "
        "propose that all riders under sixteen be compelled by law to wear a helmet on public roads. "
        "Enforcement need not be harsh; a warning and a free helmet would do for a first offence. Other "
        "countries that took this step saw head injuries among children fall within a few years, with no "
        "lasting drop in the number who ride. A rule that saves children's lives at so small a cost is "
        "one we should not hesitate over. We already require seat belts in cars, and no one now thinks "
        "that rule an insult.",
        "This House would compel all riders under sixteen to wear a helmet on public roads",
    ),
    (
        "museums",  # it is time for X to V, speech
        "Friends, our city keeps its treasures behind a ticket desk. The paintings in the municipal "
        "gallery were given by citizens, bought with our taxes and cleaned by our council's staff, yet a "
        "family of five must pay more than a day's wages to see them. Attendance has fallen for ten "
        "years. Schools no longer bring classes, because the fees for a class would buy its books for a "
        "term. When other cities opened their doors for free, visitors doubled and the cafes and shops "
        "paid back much of the cost. It is time for the council to abolish entry charges at the municipal "
        "gallery. Let every child in this city grow up knowing that the finest things we own belong to "
        "all of us. Art that only the comfortable can see teaches the rest of us that it was never meant "
        "for them. Free doors would cost the council less than the road repairs it approves every spring "
        "without debate.",
        "This House would abolish entry charges at the municipal gallery",
    ),
    (
        "spending",  # we need to V
        "Campaign spending has doubled in a decade. Candidates now spend more of their time raising money "
        "than meeting voters, and the donors who pay for the advertising expect to be heard when the laws "
        "are written. Small parties cannot compete, and whole regions hear only the messages that the "
        "wealthy choose to fund. Voluntary codes have been tried and ignored. We need to cap spending by "
        "each candidate in a parliamentary election at a fixed sum per voter. A cap levels the field "
        "between rich and poor candidates, cuts the hours wasted on fundraising and weakens the hold of "
        "large donors on the policies that follow. Several neighbouring democracies have such limits and "
        "their elections are no less lively for it. A democracy where money speaks loudest is one where "
        "most citizens stop listening. Elections should be won by arguments and volunteers on doorsteps, "
        "not by the size of a war chest built on favours.",
        "This House would cap spending by each candidate in a parliamentary election at a fixed sum per "
        "voter",
    ),
    (
        "poorlaw",  # let the legislature V, old style
        "The present law for the relief of the poor was framed for a nation of villages, where every man "
        "knew his neighbour and every parish could judge who wanted bread. It is now applied to great "
        "manufacturing towns, in which thousands are thrown out of work in a single week by the failure "
        "of a distant market. The parish cannot bear such a charge, nor is it just that the ratepayers of "
        "one town should bear alone a calamity that falls upon the trade of the whole kingdom. Let the "
        "legislature charge the relief of the unemployed poor upon the general revenue of the nation. The "
        "burden will then fall equally upon all who profit by the commerce that, in its seasons of "
        "distress, leaves these men idle; and the poor will no longer be driven from town to town in "
        "search of a parish that will own them. Justice to the ratepayer and mercy to the poor here point "
        "the same way.",
        "This House would charge the relief of the unemployed poor upon the general revenue of the nation",
    ),
    (
        "lighthouse",  # colon lead-in in old prose, ought to
        "The coast between the two harbours has, within the memory of men now living, swallowed more than "
        "forty vessels and some hundreds of lives. The merchants of both towns have petitioned, and the "
        "pilots have given their evidence, and nothing has been done, because each town waits upon the "
        "other to bear the cost. The danger is not in the open sea but upon a single reef, which in thick "
        "weather no master can see until he is upon it. The remedy admits of no dispute: the government "
        "ought to build a lighthouse upon the northern reef at the public charge. A light there would "
        "serve the shipping of the whole coast and not of one harbour alone; it is therefore a national "
        "work, and should be paid for by the nation, and not left to the jealousy of two towns, each of "
        "which reckons the cost to itself and not the lives lost to all.",
        "This House believes that the government ought to build a lighthouse upon the northern reef at "
        "the public charge",
    ),
    (
        "zoning",  # compound with 'it', modern
        "House prices in the capital have risen three times faster than wages for twenty years. Young "
        "teachers and nurses commute two hours a day or leave. The cause is no mystery: most residential "
        "land is zoned for detached houses only, so a plot that could hold six flats may hold one home. "
        "Every attempt to build more densely is fought street by street. Single-family zoning keeps the "
        "young out of the city, and it must be repealed. Allowing small blocks of flats on any "
        "residential street would add homes where the jobs are, without towers and without concrete over "
        "the green belt. Cities that have made this change have seen rents rise more slowly than their "
        "neighbours within a few years. A city that cannot house its own teachers is no longer working "
        "for the people who keep it running. Planning rules written for a country of cheap land and small "
        "towns cannot serve a crowded modern capital.",
        "This House would repeal single-family zoning",
    ),
    (
        "oath",  # 18th-century, it is time to V? use "must at once"
        "Nothing is more certain than that an oath, frequently required upon trifling occasions, loses "
        "its solemnity, and with it its use. The officers of the customs are sworn a dozen times in a "
        "week to the value of goods they have scarce looked upon; the witness who has seen a clerk swear "
        "carelessly learns to swear carelessly himself. Thus the bond by which justice holds the "
        "consciences of men is loosened by the very hands that ought to keep it fast. The remedy is "
        "plain: Parliament must at once abolish every oath required by the revenue laws. A declaration, "
        "with a penalty for falsehood, would secure the revenue as well as an oath now does, and would "
        "leave the oath itself to the courts, where alone it is solemn, and where alone it ought to be "
        "heard. A law that makes perjury common makes honesty rare, and no revenue is worth that price.",
        "This House would abolish every oath required by the revenue laws",
    ),
    (
        "nightbuses",  # modern blog, "we need to" after colon? plain should
        "If you finish a shift at two in the morning in this city, your choices are a taxi you cannot "
        "afford or a long walk along unlit roads. Cleaners, bar staff, nurses and security guards keep "
        "the city running at night, yet the last bus leaves before midnight. Women tell us again and "
        "again that the walk home is the most frightening part of their working week. The council runs "
        "buses when offices empty, not when hospitals change shifts. The answer is obvious: the transport "
        "authority should run night buses on every main route between midnight and five. The cost is "
        "modest beside the daytime network, and the passengers are there already, waiting in the cold. A "
        "transport system that serves only the daytime economy quietly tells its night workers that they "
        "matter less. Safe journeys home after dark should not depend on the size of a worker's pay "
        "packet.",
        "This House would run night buses on every main route between midnight and five",
    ),
    (
        "payday",  # compound with 'they' and passive
        "Payday lenders charge interest that would have been called usury a century ago. Borrowers who "
        "take out a small loan to cover a broken boiler end the year owing three times as much. "
        "Advertising for these loans fills the breaks of daytime television, aimed at people at home "
        "because they are ill or out of work. Debt charities report that a third of their clients owe "
        "money to such lenders. In short, payday loans trap the poorest households in debt, and they "
        "should be capped at twice the sum borrowed. No borrower would then repay more than double what "
        "they took, however long they took to pay. Where such a cap was introduced, the worst lenders "
        "left the market and the number of people seeking help with these debts fell within two years. "
        "Credit for emergencies is needed, but it should never cost a family its future or its home.  "
        "Honest lenders have nothing to fear from such a rule.",
        "This House would cap payday loans at twice the sum borrowed",
    ),
    (
        "smoking",  # 19th-century speech: "I propose that X be prohibited"
        "Gentlemen, you have heard it said that the sale of spirits to the labouring man is a matter for "
        "his own conscience. I answer that it is a matter for ours, when the spirit shop stands open at "
        "the factory gate on the evening that the week's wages are paid. The wife who waits at home for "
        "bread money, the children who go barefoot into the winter, have no voice in that bargain. I have "
        "seen whole streets ruined in a single season. I propose that the sale of spirits on the day on "
        "which wages are paid be prohibited in every manufacturing town. This is no attack on any man's "
        "liberty to drink; it is a protection for the wages that feed his family. The magistrates have "
        "the means, if Parliament gives them the power, and the workmen themselves, I am persuaded, would "
        "bless the law within a year.",
        "This House would prohibit the sale of spirits on the day on which wages are paid in every "
        "manufacturing town",
    ),
    (
        "rivers",  # op-ed: "governments must" after "The lesson is this:" plus passive required
        "Sewage was released into our rivers on more than three hundred thousand occasions last year. "
        "Anglers find dead fish on the banks, and swimmers fall ill at spots where their grandparents "
        "learned to swim. The water companies have paid out billions to shareholders while their pipes "
        "leaked and their overflows ran. Fines are small beside the profits, and they are paid by "
        "customers in the end. The lesson is this: water companies must be required to monitor every "
        "storm overflow and publish the results within a day. Once the public can see every release, the "
        "pressure to fix the pipes will be constant, and regulators will no longer rely on the companies' "
        "own reports. Rivers that people can swim in again are not a luxury; they are a sign that a "
        "country takes care of what it shares. Clean water is something we all paid for, and we are "
        "entitled to know what is done with it.",
        "This House would require water companies to monitor every storm overflow and publish the results "
        "within a day",
    ),
    (
        "forest",  # 18th-century: "Let the Crown V" variant + compound
        "The royal forests, which once furnished oak for the fleet, are now so wasted by neglect that a "
        "ship of the line can scarce be built from their timber. The keepers sell the young trees for "
        "firewood, the deer browse what the keepers spare, and the commons are enclosed by any neighbour "
        "bold enough to set a fence. The navy buys its timber from the Baltic at a great price, and in a "
        "war may buy none at all. Let the Crown plant ten thousand acres of the royal forests with oak, "
        "and fence them against the deer. The charge will be small, and the timber will be ready when the "
        "nation has need of it, though not in our time; but a wise state labours for its grandchildren as "
        "a prudent man labours for his heirs. The oak is a slow tree, and those who would have timber "
        "tomorrow must plant it today.",
        "This House would plant ten thousand acres of the royal forests with oak",
    ),
    (
        "benefitcap",  # a campaign speech: "The time has come to V"
        "Friends, I have spent this year in food banks, school halls and doctors' waiting rooms, and "
        "everywhere I hear the same story. A mother with a third child is told that the state will help "
        "with two of her children and not with the third, as if that child were worth less than its "
        "brothers and sisters. The rule saves the Treasury a small sum and costs the country a great "
        "deal: children who grow up hungry learn less, fall ill more and earn less when they are grown. "
        "Teachers see it in the classroom every Monday morning. Charities say the rule has pushed "
        "hundreds of thousands of children below the poverty line. The time has come to scrap the "
        "two-child limit on family benefits. No other single measure would lift so many children out of "
        "poverty so quickly, and no decent country should ask a child to pay for the size of the family "
        "it was born into.",
        "This House would scrap the two-child limit on family benefits",
    ),
    (
        "enclosures",  # nineteenth-century pamphlet: "Let Parliament V"
        "Within the last thirty years the commons of this county have been enclosed, parish by parish, "
        "until the labourer who once kept a cow and a few geese upon the waste has nothing left but his "
        "wages, and those wages are the lowest in the kingdom. The great proprietors have added field to "
        "field; the cottager has lost his garden, his fuel and his pasture, and with them the "
        "independence that made him a good citizen. The poor rate rises every year, and the farmers who "
        "pay it complain that the labourer has grown idle, when he has only grown hopeless. Let "
        "Parliament set apart, in every parish hereafter enclosed, a portion of the common for allotments "
        "to the labouring poor. A rood of ground would do more for the morals of the village than a dozen "
        "sermons, and would cost the landowner little that he ever truly possessed. The experiment has "
        "been tried on a few estates, and has never failed.",
        "This House would set apart, in every parish hereafter enclosed, a portion of the common for "
        "allotments to the labouring poor",
    ),
]


def _act(motion: str) -> str:
    """The act a motion asks for: "This House would V …" → "V …"; "… believes that X should V …" → "V …"."""
    return re.sub(r"^This House (?:would|believes that .+? (?:should|ought to|must)) ", "", motion)


def _found(essay: str, expected: str) -> list[str]:
    motions = [m.text for m in draft_essay(essay).motions]
    assert all(problem(m) is None for m in motions)
    act = _act(expected)
    return [m for m in motions if _act(m).startswith(act)]


@pytest.mark.parametrize(("name", "essay", "expected"), EXCERPTS, ids=[e[0] for e in EXCERPTS])
def test_the_authors_own_proposal_is_drafted_whole(name: str, essay: str, expected: str) -> None:
    assert _found(essay, expected), name


@pytest.mark.parametrize(("name", "essay", "expected"), EXCERPTS, ids=[e[0] for e in EXCERPTS])
def test_the_proposal_comes_first(name: str, essay: str, expected: str) -> None:
    first = draft_essay(essay).motions[0].text
    assert _act(first).startswith(_act(expected)), name


# The lead's short essays (issue 11): each body is followed by its supporting paragraph, twice.
_LIBRARIES = (
    "Public libraries are closing across the country. Every closure removes a warm, free place where a "
    "child can read and an adult can apply for work. Councils say they cannot afford them, yet the sums "
    "involved are small beside road budgets. I propose that every town of more than ten thousand people "
    "be required by law to keep a public library open at least five days a week. Without that duty the "
    "slow closures will go on until whole regions have none."
)
_LIBRARIES_MORE = (
    " Libraries also hold local history, host homework clubs and lend laptops. Rural areas suffer most, "
    "since the nearest branch may be an hour away by bus. A statutory minimum would stop councils from "
    "treating libraries as the first saving in every budget round. Critics say the duty would burden "
    "small councils; the national government can fund the shortfall, as it already does for schools. "
    "Opening hours matter as much as buildings: a library open one afternoon a week serves nobody who "
    "works."
)
_IRONY = (
    "By all means let us keep charging students for every exam they sit; nothing teaches the value of "
    "learning like an invoice. And why stop there? Charge them for the chairs. The truth is that exam "
    "fees shut poorer pupils out, and they should be abolished."
)
_IRONY_MORE = (
    " Fees of forty pounds a paper add up to hundreds for a pupil taking a full set of exams. Schools in "
    "poorer areas enter fewer pupils for extra subjects because families cannot pay. Talent goes "
    "unrecognised not because it is absent but because the entry form costs money. Other countries fund "
    "their exams from general taxation and have lost nothing by it. A modest increase in the education "
    "budget would cover every fee in the country."
)
_OLDSTYLE = (
    "It is the duty of every free people to look to the education of its children; for a nation that "
    "neglects its schools prepares its own decay. Wherefore the legislature ought forthwith to establish, "
    "in every township, a common school supported by a general tax."
)
_OLDSTYLE_MORE = (
    " Ignorance is the ally of tyranny, and knowledge the guardian of liberty. The children of the poor "
    "are as capable of instruction as those of the rich, and the commonwealth loses whatever talent it "
    "leaves untaught. A tax laid upon all for the schooling of all is no burden but an investment, repaid "
    "many times over in honest citizens and skilled labour. Private charity has tried and failed to "
    "supply the want; the task belongs to the public."
)
_FOURDAY = (
    "Productivity has stalled while hours have not. Trials in Iceland and Britain found that staff "
    "working four days kept their output and took fewer sick days. Employers worried about cost found "
    "that recruitment got easier. The case is plain: governments should make the thirty-two hour week the "
    "legal standard for full-time work, phased in over five years."
)
_FOURDAY_MORE = (
    " Shorter weeks also spread work more evenly and let parents share care. Companies in the trials "
    "reported fewer resignations and better focus in meetings. Some sectors, such as hospitals, would "
    "need more staff, and the phase-in gives them time to train them. Critics warn of lost output, but "
    "the evidence so far points the other way. A legal standard matters because individual firms fear "
    "being first; a common rule removes that fear and lets everyone gain."
)
_RIVER = (
    "The river rose in the night. By morning the lower streets were under water and the baker had moved "
    "his ovens upstairs. Nobody spoke much. The boats came at noon, and by evening the water had begun to "
    "fall."
)
_RIVER_MORE = (
    " The schoolhouse on the hill stayed dry, and families slept on its benches. Children played with the "
    "floating apples in the yard until their mothers called them in. The old ferryman said he had seen "
    "worse in his boyhood, though no one could remember when. Two days later the mud lay thick on every "
    "step, and the town began to scrub. The baker lit his ovens again, and the smell of bread went down "
    "the street."
)
LEADS = [
    (
        "libraries",
        _LIBRARIES + _LIBRARIES_MORE + " " + _LIBRARIES_MORE,
        "This House would require every town of more than ten thousand people to keep a public library "
        "open at least five days a week",
    ),
    ("irony", _IRONY + _IRONY_MORE + " " + _IRONY_MORE, "This House would abolish exam fees"),
    (
        "oldstyle",
        _OLDSTYLE + _OLDSTYLE_MORE + " " + _OLDSTYLE_MORE,
        "This House would establish in every township a common school supported by a general tax",
    ),
    (
        "fourday",
        _FOURDAY + _FOURDAY_MORE + " " + _FOURDAY_MORE,
        "This House would make the thirty-two hour week the legal standard for full-time work, phased in "
        "over five years",
    ),
]


@pytest.mark.parametrize(("name", "essay", "expected"), LEADS, ids=[e[0] for e in LEADS])
def test_the_leads_essays_print_their_proposal_first(name: str, essay: str, expected: str) -> None:
    motions = [m.text for m in draft_essay(essay).motions]
    assert motions[0] == expected, name


def test_a_story_is_not_summarised_as_an_argument_and_lists_no_sentence_twice() -> None:
    draft = draft_essay(_RIVER + _RIVER_MORE + " " + _RIVER_MORE)
    assert draft.motions == ()
    assert "argues that" not in draft.source["summary"]
    assert "argues no case" in draft.source["summary"]
    assert len(draft.nearest) == len(set(draft.nearest)) == 3


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        (
            "Every landlord should be required by law to register each rented flat with the council.",
            "require every landlord to register each rented flat with the council",
        ),
        (
            "All parties must be obliged to publish the names of their donors.",
            "oblige all parties to publish the names of their donors",
        ),
        (
            "Large shops ought to be compelled by statute to take back their packaging.",
            "compel large shops to take back their packaging",
        ),
    ],
)
def test_a_passive_duty_keeps_its_infinitive(sentence: str, action: str) -> None:
    found = parse_recommendation(sentence, KNOWN)
    assert found is not None and found.actions[0] == action


@pytest.mark.parametrize(
    "sentence",
    [
        "Every landlord should be required by law.",
        "The largest employers must be compelled by the government.",
    ],
)
def test_a_passive_duty_without_its_infinitive_is_refused(sentence: str) -> None:
    found = parse_recommendation(sentence, KNOWN)
    assert found is None or all(" to " in a for a in found.actions)


@pytest.mark.parametrize(
    "motion",
    [
        "This House would require every town of more than ten thousand people",
        "This House would compel the largest employers",
        "This House believes that some sectors, such as hospitals, would need more staff, and the "
        "phase-in gives them time to train them",
        "This House believes that the grant lets it hire staff to run it",
        "This House believes that otherwise, we will end up with bad money and bad programs",
        "This House believes that if not, the mills will close within the year",
    ],
)
def test_a_duty_without_its_act_and_a_pronoun_pointing_outside_are_refused(motion: str) -> None:
    assert problem(motion) is not None


@pytest.mark.parametrize(
    "motion",
    [
        "This House would require that every employer publish the pay gap between men and women",
        "This House would require a licence for every gun",
        "This House believes that otherwise decent people break bad laws",
        "This House would scrap the two-child limit on family benefits",
        "This House would give councils the money to keep their libraries open",
        "This House would oblige every firm with more than two hundred staff to take on one apprentice",
    ],
)
def test_complete_motions_of_these_shapes_still_pass(motion: str) -> None:
    assert problem(motion) is None


def test_a_lead_in_that_reports_others_is_not_the_authors_proposal() -> None:
    assert after_leadin("Critics say: the state should ban all advertising") is None
    assert after_leadin("My answer is simple: the state should ban all advertising") == (
        "the state should ban all advertising"
    )


def test_a_pronoun_for_an_agent_is_not_made_the_thing_acted_on() -> None:
    assert pronoun_subject("The council failed the town, and it should be abolished", KNOWN) is None
    assert pronoun_subject("Tolls punish the poorest drivers, and they should be scrapped", KNOWN) == (
        "Tolls should be scrapped"
    )


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        (
            "I recommend that the benefits of our land laws be extended to the settlers of the western "
            "territories.",
            "extend the benefits of our land laws to the settlers of the western territories",
        ),
        (
            "I propose that the sale of spirits on the day on which wages are paid be prohibited in every "
            "manufacturing town.",
            "prohibit the sale of spirits on the day on which wages are paid in every manufacturing town",
        ),
    ],
)
def test_a_long_subject_before_a_subjunctive_passive_is_kept_whole(sentence: str, action: str) -> None:
    found = parse_request(sentence, KNOWN)
    assert found is not None and found.actions == (action,)


def test_a_subject_of_two_gerund_phrases_keeps_its_verb() -> None:
    motion = value_motion(
        "The chief aim of taxing great fortunes, and spending the proceeds on schools, is the widening of "
        "chances."
    )
    assert motion == (
        "This House believes that the chief aim of taxing great fortunes and spending the proceeds on "
        "schools is the widening of chances"
    )
    assert problem(motion) is None
