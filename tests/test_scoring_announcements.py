"""A side announced in the speaker's own words is read the right way, and only the speaker's own.

"I'm here to argue that P", "I stand against X", "I'm on the side that wants X", "our side's answer
is to V" and "V-ing X would be a mistake" are rewritten as the plain statement they make (announcements.py,
verdicts.py) and read against the motion like any other: a misread (the wrong side) is worse than a
miss. Motions are bank motions with no speech in scripts/reader_speeches and none in the probes the
scorer was tuned on, plus one motion that opposes a thing (a ban) made from a bank motion; the
wordings are written for these tests.
"""

from __future__ import annotations

import pytest
from scoring_samples import PHONE_BAN_OPPOSED, opening_side

from bot.scoring.analyses.announcements import announced, judged, settled

PHONES = "carr-phones-in-schools"  # would ban smartphones in schools
DEFAMATION = "zola-criminal-defamation"  # would abolish criminal defamation laws
WARNINGS = "coddling-content-warnings"  # would end content warnings in university teaching
ASYLUM = "kant-asylum-right-to-work"  # would let asylum seekers work from day one
FAITH = "voltaire-end-funding-faith-schools"  # would end state funding for religious schools
SERVICE = "james-civilian-service"  # would require a year of civilian service
LIFE = "beccaria-whole-life-sentences"  # regrets sentences with no prospect of release
MEMORY = "carr-memorisation"  # regrets the decline of memorisation in education
WAGES = "goldman-prison-wages"  # would pay prisoners the minimum wage
PHONE_BAN = PHONE_BAN_OPPOSED  # opposes the ban on smartphones in schools (scoring_samples)
side = opening_side


@pytest.mark.parametrize(("motion_id", "opening", "expected"), [
    # A claim announced as the speaker's case, in the motion's words or its opposite.
    (PHONES, "I'm here to argue that smartphones should be banned from schools.", 1.0),
    (PHONES, "Tonight I'm going to argue that smartphones must stay allowed in schools.", -1.0),
    (DEFAMATION, "My position tonight is that criminal defamation laws should go.", 1.0),
    (DEFAMATION, "I'm here to argue that criminal defamation laws must stay on the books.", -1.0),
    (PHONE_BAN, "I'm here to argue that the smartphone ban in schools should be lifted.", 1.0),
    (PHONE_BAN, "We are here to argue that the school smartphone ban must stay.", -1.0),
    (FAITH, "I'm going to argue that the state should stop funding religious schools.", 1.0),
    (PHONES, "I'm here to argue that schools should stop allowing smartphones in class.", 1.0),
    (PHONES, "I'm here to argue that schools should stop banning smartphones.", -1.0),
    # A stance on a thing: "against X", "the case for X", "the side that wants X".
    (PHONES, "I stand against banning smartphones in schools.", -1.0),
    (DEFAMATION, "I'll be making the case for abolishing criminal defamation laws.", 1.0),
    (DEFAMATION, "I'm, I'm going to argue against scrapping criminal defamation laws, and here's why.",
     -1.0),
    (PHONE_BAN, "I stand tonight against lifting the smartphone ban in schools.", -1.0),
    (WARNINGS, "So I'm on the side that wants content warnings kept in university teaching.", -1.0),
    (WARNINGS, "I'm on the side that wants universities to end content warnings in teaching.", 1.0),
    (ASYLUM, "Our side's answer is to let asylum seekers work from the day they arrive.", 1.0),
    (LIFE, "I'm here to argue that handing out sentences with no prospect of release is a mistake.", 1.0),
    # A course of action judged a mistake, a disaster or the right call.
    (PHONES, "Banning smartphones in schools would be a mistake.", -1.0),
    (PHONES, "Banning smartphones in schools would be the right call.", 1.0),
    (DEFAMATION, "Scrapping criminal defamation laws would be a grave error.", -1.0),
    (PHONE_BAN, "Lifting the smartphone ban in schools would be a disaster.", -1.0),
    (PHONE_BAN, "Keeping the smartphone ban in schools would be a mistake.", 1.0),
    (PHONE_BAN, "Allowing smartphones back into schools would be the right call.", 1.0),
    (SERVICE, "Forcing every young adult into a year of civilian service would be a mistake.", -1.0),
    (LIFE, "Handing out prison sentences with no prospect of release is a mistake.", 1.0),
    (LIFE, "Handing out prison sentences with no prospect of release is the right call.", -1.0),
    (MEMORY, "Dropping memorisation from our classrooms was a grave mistake.", 1.0),
    # On a motion that regrets a loss, keeping or bringing back what was lost shares the regret.
    (MEMORY, "Bringing memorisation back into our classrooms would be the right call.", 1.0),
    (MEMORY, "Reviving memorisation in our classrooms would be a mistake.", -1.0),
    (MEMORY, "Keeping memorisation at the heart of education would be the right call.", 1.0),
    (LIFE, "Keeping prison sentences with no prospect of release would be the right call.", -1.0),
])
def test_an_announced_side_is_read_the_right_way(motion_id: str, opening: str, expected: float) -> None:
    assert side(motion_id, opening) * expected > 0


@pytest.mark.parametrize(("motion_id", "opening"), [
    (PHONES, "Some argue that smartphones should be banned in schools."),
    (PHONES, "My opponents will argue that banning smartphones would be a mistake."),
    (PHONES, "The other side is here to argue that phones should be banned in schools."),
    (PHONES, "Would banning smartphones in schools be a mistake?"),
    (PHONES, "If banning smartphones in schools would be a mistake, we should hear why."),
    (PHONES, "I'm going to argue about three things today."),
    (DEFAMATION, "Banning nothing would be a mistake, and criminal defamation laws are no exception."),
    (DEFAMATION, "Whether criminal defamation laws should go is the question tonight."),
    (DEFAMATION, "They think I'm here to argue that criminal defamation laws should go."),
    (DEFAMATION, "Scrapping criminal defamation laws would not be a mistake in every country."),
    (PHONE_BAN, "Sure, lifting the smartphone ban in schools would be a mistake in some places."),
    (WAGES, "I will argue three points tonight about prisons and work."),
    (WAGES, "It would be a mistake to think this is only about money."),
])
def test_a_look_alike_announces_nothing(motion_id: str, opening: str) -> None:
    assert side(motion_id, opening) == 0.0


@pytest.mark.parametrize(("motion_id", "opening", "wrong"), [
    # A miss is tolerable on these; the wrong side is not.
    (PHONES, "I'm on the side that wants smartphones kept in schools.", 1.0),
    (PHONE_BAN, "I'm on the side that wants the smartphone ban in schools kept.", 1.0),
    (PHONE_BAN, "I'm here to argue that the school smartphone ban should go.", -1.0),
    (WARNINGS, "I'll be defending the view that content warnings should stay in teaching.", 1.0),
    (LIFE, "I'm going to argue that sentences with no prospect of release must stay.", 1.0),
    (FAITH, "The state should not stop paying for religious schools, and I will argue that.", 1.0),
    # The speaker backs the motion's own action on "them": the reader may not read it the other way.
    (WAGES, "Prisons are workplaces, and I stand firmly with the case for paying them properly.", -1.0),
    (PHONES, "I'm proud to make the case for banning them outright.", -1.0),
    # Backing an action on what a motion bans says nothing of the ban unless it keeps or lets it be.
    (PHONES, "Using smartphones in schools would be the right call.", 1.0),
    (PHONES, "Allowing smartphones in schools would be a mistake.", -1.0),
    (FAITH, "Funding religious schools with public money is a mistake.", -1.0),
])
def test_an_announcement_is_never_read_the_wrong_way(motion_id: str, opening: str, wrong: float) -> None:
    assert side(motion_id, opening) * wrong <= 0


@pytest.mark.parametrize(("sentence", "expected"), [
    ("I'm here to argue that the tax should go.", ("the tax should go", 0.0)),
    ("So tonight I'll be arguing against the tax, and I have two reasons.", ("the tax", -1.0)),
    ("I'm going to make the case for a new tax.", ("a new tax", 1.0)),
    ("I'm on the side that wants the tax scrapped.", ("the tax should be scrapped", 0.0)),
    ("That is why I'm arguing tonight that the tax is unfair.", ("the tax is unfair", 0.0)),
    ("The idea that the tax is fair is exactly what I'm here to argue against.",
     ("The idea that the tax is fair", -1.0)),
    ("My opponents are here to argue that the tax should go.", None),
    ("I'm not here to argue that the tax should go.", None),
    ("Am I here to argue that the tax should go?", None),
])
def test_an_announcement_is_unwrapped(sentence: str, expected: tuple[str, float] | None) -> None:
    assert announced(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Raising the tax would be a mistake.", ("Raising the tax", -1.0)),
    ("Raising the tax was exactly the right call.", ("Raising the tax", 1.0)),
    ("It would be a disaster to raise the tax.", ("to raise the tax", -1.0)),
    ("Raising the tax would not be a mistake.", None),
    ("Raising the tax would be a mistake, but so would cutting it.", None),
    ("Critics say raising the tax would be a mistake.", None),
])
def test_a_course_of_action_is_judged(sentence: str, expected: tuple[str, float] | None) -> None:
    assert judged(sentence) == expected


@pytest.mark.parametrize(("claim", "plain"), [
    ("the tax should go", "we should end the tax."),
    ("the tax should not go", "we should not end the tax."),
    ("the tax must stay in place", "we should keep the tax in place."),
    ("towns should stop paying for it", "we support ending paying for it."),
    ("towns should stop banning it", "we oppose banning it."),
    ("it should go", None),
    ("the tax should rise", None),
])
def test_a_claim_is_settled_in_plain_words(claim: str, plain: str | None) -> None:
    assert settled(claim) == plain
