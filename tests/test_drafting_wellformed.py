"""Complete, well-formed motions the fragment checks must never refuse.

A hundred and thirty motions written for this test in the styles a curator's reference takes (policy and
belief, regret, preference, comparison, long and short, old-fashioned wording, relative clauses, fronted
phrases and clauses, the parliamentary "That this House …"), none taken from the corpus. The first hundred
were written in three batches, each run only after it was written: before the ninth pass the checks refused
14 of the first 51, 8 of the next 19 and 5 of the last 30 (27 of 100); every refusal was a check fitted too
closely to the wording it was built on, and each was fixed by class (an infinitive or a fronted phrase as
the head of a claim, "all" as a determiner, a verb the House's list lacks, a contact relative clause, an
elided verb after "than", …). A fourth batch of 30, written after those fixes, was refused 5 times, the same
five by the old checks and the fixed ones (a causative "see X punished", "neither … nor" after "should",
"would no longer", a free relative "what the poor need is …", "a man's … his"); those classes were fixed
too. Goldman-style general claims ("all government rests on violence") are among them.
"""

from __future__ import annotations

import pytest

from bot.drafting.structure import problem

WELL_FORMED = [
    "This House would ban private cars from city centres on weekdays",
    "This House would abolish the monarchy",
    "This House would make voting compulsory for all adult citizens",
    "This House would require every school to teach a second language from the age of seven",
    "This House would tax sugary drinks and spend the revenue on school sport",
    "This House would give the vote to sixteen-year-olds",
    "This House would nationalise the railways",
    "This House would allow prisoners to vote in national elections",
    "This House would pay farmers to let their fields flood in wet winters",
    "This House would forbid the sale of arms to governments that imprison journalists",
    "This House would repeal the laws that make begging a crime",
    "This House would grant asylum to every refugee who reaches its shores",
    "This House opposes the building of a third runway at the airport",
    "This House supports the use of juries in civil trials",
    "This House regrets the rise of celebrity culture",
    "This House regrets that the internet was ever commercialised",
    "This House prefers a world without nuclear weapons",
    "This House opposes raising the fares on night buses",
    "This House believes that all government rests on violence",
    "This House believes that patriotism is a menace to liberty",
    "This House believes that prisons are a social crime and failure",
    "This House believes that idleness is a virtue",
    "This House believes that a free press is the best guardian of a free people",
    "This House believes that to travel hopefully is better than to arrive",
    "This House believes that to be truly happy is a question of how we begin",
    "This House believes that studies perfect nature and are perfected by experience",
    "This House believes that political violence is the result of social pressure, not of any creed",
    "This House believes that history is written by the victors",
    "This House believes that the rich owe more to society than the poor",
    "This House believes that the Treaty of Versailles made a second war likely",
    "This House believes that Prohibition failed to reduce drinking",
    "This House believes that no man is good enough to govern another without his consent",
    "This House believes that a bad peace is better than a good war",
    "This House believes that cities are better places to grow up than villages",
    "This House believes that free trade does more for the poor than aid does",
    "This House believes that revenge is a kind of wild justice",
    "This House believes that he that hath wife and children hath given hostages to fortune",
    "This House believes that riches are the baggage of virtue",
    "This House believes that in the pursuit of wealth the nation has neglected the welfare of its children",
    "This House believes that the ends of government are best served by a small standing army",
    "This House believes that a nation which cannot feed itself cannot defend itself",
    "This House believes that those who cannot remember the past are condemned to repeat it",
    "This House would punish the companies that pollute the rivers they draw water from",
    "This House believes that the countries which gained most from the slave trade should pay reparations",
    "This House believes that a law that cannot be enforced brings every law into contempt",
    "This House believes that in times of war the law falls silent",
    "This House believes that without a free press no election can be fair",
    "This House believes that for a small country, neutrality is the wisest policy",
    "That this House would lower the voting age to sixteen",
    "That this House believes that the welfare state has failed the poor",
    "That this House regrets the decline of the public library",
    "This House would cap the rent a landlord may charge at a fixed share of the tenant's income",
    "This House would break up the largest technology companies",
    "This House would forbid members of parliament to hold second jobs",
    "This House believes that every child deserves a teacher who knows its name",
    "This House believes that the state has no business in the bedrooms of the nation",
    "This House believes that what cannot be measured cannot be managed",
    "This House believes that liberty consists in doing what one desires",
    "This House believes that men are more easily governed through their vices than through their virtues",
    "This House believes that power tends to corrupt and absolute power corrupts absolutely",
    "This House regrets the abolition of grammar schools",
    "This House supports a universal basic income",
    "This House prefers a written constitution to an unwritten one",
    "This House believes that the workers of the world have nothing to lose but their chains",
    "This House believes that, in the long run, free markets reward the patient",
    "This House believes that by taxing land rather than labour a nation grows richer",
    "This House believes that where the law ends, tyranny begins",
    "That this House would return the Elgin Marbles to Greece",
    "This House believes that it is better to be feared than loved",
    "This House believes that there is no such thing as a just war",
    "This House would lower the tariff so that it raises revenue rather than protects industry",
    "This House would spend the surplus on schools rather than cut taxes",
    "This House would leave the regulation of marriage to the states",
    "This House would make the sale of alcohol a crime",
    "This House would not intervene in the civil wars of other nations",
    "This House believes that the federal government should never borrow in time of peace",
    "This House believes that the government ought to guarantee work to every citizen who seeks it",
    "This House believes that women should have the same political rights as men",
    "This House believes that the nation's defence depends more on its economy than on its army",
    "This House believes that self-government is better than good government",
    "This House would raise the school-leaving age to eighteen",
    "This House would spend one per cent of national income on foreign aid",
    "This House would build two hundred thousand homes a year for ten years",
    "This House believes that the U.S. should join the League of Nations",
    "This House believes that Britain's empire did more harm than good",
    "This House would settle the boundary dispute with Britain by arbitration",
    "This House would admit Texas to the Union",
    "This House believes that slavery should be abolished throughout the United States",
    "This House believes that the banks, not the government, caused the crisis",
    "This House believes that a standing army is a danger to liberty in time of peace",
    "This House would replace the income tax with a tax on land values",
    "This House believes that public servants should be appointed for merit and not for party service",
    "This House believes that prisons make criminals worse, not better",
    "This House believes that it is wrong to punish a man for his opinions",
    "This House believes that nations, like men, decline when they stop working",
    "This House believes that no nation can remain half slave and half free",
    "This House would give the President a line-item veto",
    "This House believes that the pursuit of happiness is the proper end of government",
    "This House believes that a people that values its privileges above its principles soon loses both",
    "This House believes that education, more than law, is the remedy for crime",
    # a fourth batch, written and run after the fixes for the first three
    "This House would require that every employer publish the pay gap between men and women",
    "This House would see corrupt officials punished whatever their rank",
    "This House would let cities set their own speed limits",
    "This House would allow parents to choose their children's school",
    "This House supports the right of workers to strike",
    "This House believes that the state should neither fund nor forbid religious schools",
    "This House would invest in rail so as to take lorries off the roads",
    "This House believes that a tax, however small, on knowledge is a tax on progress",
    "This House believes that Britain was right to abolish the slave trade in 1807",
    "This House believes that the death penalty is never justified",
    "This House would treat drug addiction as a disease rather than a crime",
    "This House believes that it was a mistake to invade Iraq",
    "This House would no longer subsidise the burning of coal",
    "This House would hold referendums on all constitutional changes",
    "This House believes that what the poor need is money, not advice",
    "This House believes that one cannot be free while others are enslaved",
    "This House would ensure that every worker earns a living wage",
    "This House believes that taxation without representation is tyranny",
    "This House believes that the pen is mightier than the sword",
    "This House would make the polluter pay",
    "This House believes that the colonies ought to be free and independent states",
    "This House believes that the people, and not their rulers, are sovereign",
    "This House would have the national government own the telegraph lines",
    "This House believes that the railways should be run for the public, not for profit",
    "This House would spend $50 billion a year on clean energy",
    "This House believes that 5% of national income is too little to spend on schools",
    "This House would join NATO",
    "This House believes that a man's home is his castle",
    "This House believes that the greatest happiness of the greatest number is the measure of right and "
    "wrong",
    "This House would forgive the debts of the poorest countries",
]


@pytest.mark.parametrize("motion", WELL_FORMED)
def test_a_complete_motion_is_never_refused(motion: str) -> None:
    assert problem(motion) is None


def test_the_table_is_varied() -> None:
    openings = {m.split(" ", 3)[2] for m in WELL_FORMED}
    assert {"would", "believes", "opposes", "supports", "regrets", "prefers"} <= openings
    assert len(WELL_FORMED) >= 40
    assert sum(m.startswith("That this House") for m in WELL_FORMED) >= 3
