"""Side statements the scorer used to misread or miss: a stance on a claim named as such, a guess
about what the listener expects, "X should go from Y", and a regret restated by its own verb.

"I stand against the idea that P" takes P's side turned round, and none where P's own words say
nothing (the reader hears P, not the stance on it); "You might think I'm here to argue that P" is the
listener's guess and states no side. A misread (the wrong side) is worse than a miss. The wordings
are written for these tests; one motion that opposes a thing (a ban) is made from a bank motion.
"""

from __future__ import annotations

import pytest
from scoring_samples import PHONE_BAN_OPPOSED, opening_side

from bot.scoring.analyses.announcements import belongs, disputed, settled

PHONES = "carr-phones-in-schools"  # would ban smartphones in schools
BOXING = "mill-ban-boxing"  # would ban professional boxing
FARMING = "salt-factory-farming"  # would ban factory farming
SCIENCE = "huxley-science-to-eighteen"  # would make science compulsory until eighteen
DOPING = "coubertin-performance-enhancing-drugs"  # opposes the ban on doping in elite sport
GERMANY = "ritchie-germany-nuclear-exit"  # regrets Germany's decision to close its nuclear plants
PHONE_BAN = PHONE_BAN_OPPOSED  # opposes the ban on smartphones in schools (scoring_samples)
side = opening_side


@pytest.mark.parametrize(("motion_id", "opening", "expected"), [
    # Against (or for) a claim that a thing belongs where the motion would remove it from.
    (PHONES, "I stand against the idea that smartphones belong in schools.", 1.0),
    (PHONES, "I stand for the idea that phones have a place in every classroom.", -1.0),
    (PHONES, "We reject the claim that phones have no place in a classroom.", -1.0),
    (BOXING, "I stand firmly behind the view that boxing has no place in modern sport.", 1.0),
    (FARMING, "We reject the notion that factory farms belong in a decent food system.", 1.0),
    # Against (or for) a claim the scorer reads by its own words.
    (BOXING, "I stand against the notion that boxing should be outlawed.", -1.0),
    (FARMING, "I'm here to argue for the idea that factory farming should be banned.", 1.0),
    (DOPING, "I stand against the idea that the doping ban should go.", -1.0),
    (GERMANY, "We reject the idea that Germany should regret closing its plants.", -1.0),
])
def test_a_stance_on_a_claim_takes_the_claims_side_turned_round(
        motion_id: str, opening: str, expected: float) -> None:
    assert side(motion_id, opening) == expected


@pytest.mark.parametrize(("motion_id", "opening"), [
    (PHONES, "I stand against the idea that smartphones are a harmless part of school life."),
    (PHONES, "I stand for the idea that smartphones are a harmless part of school life."),
    (PHONE_BAN, "I stand against the idea that smartphones belong in schools."),
    (BOXING, "We accept the premise that boxing is dangerous, but adults may choose it."),
])
def test_a_stance_on_a_claim_the_words_do_not_place_is_never_misread(motion_id: str, opening: str) -> None:
    expected = {(PHONES, True): 1.0, (PHONES, False): -1.0}.get((motion_id, "against" in opening))
    assert side(motion_id, opening) in (0.0, expected)


@pytest.mark.parametrize(("motion_id", "opening"), [
    (PHONES, "You might think I'm here to argue that phones should be banned."),
    (PHONES, "You may expect me to argue that smartphones must stay in schools."),
    (BOXING, "Some of you probably think I'm here to argue that boxing should be outlawed."),
    (FARMING, "Some of you will assume I'm going to defend factory farming."),
    (DOPING, "You might expect me to argue that the doping ban should go."),
])
def test_a_guess_at_what_the_listener_expects_states_no_side(motion_id: str, opening: str) -> None:
    assert side(motion_id, opening) == 0.0


@pytest.mark.parametrize(("motion_id", "opening", "expected"), [
    (BOXING, "I'm here to argue that boxing should go from our television screens.", 1.0),
    (PHONES, "My position is that smartphones should go from our classrooms.", 1.0),
    (GERMANY, "Germany should regret closing its nuclear plants.", 1.0),
])
def test_a_thing_gone_from_somewhere_and_a_regret_restated(
        motion_id: str, opening: str, expected: float) -> None:
    assert side(motion_id, opening) == expected


def test_the_claim_is_cut_at_its_clause_and_a_concession_is_no_stance() -> None:
    assert disputed("I stand against the idea that phones help learning, and I'll show why.") == (
        "phones help learning", -1.0)
    assert disputed("We accept the claim that phones can distract, but a ban goes too far.") is None
    assert disputed("I stand against banning phones.") is None


def test_belonging_is_read_as_keeping() -> None:
    assert belongs("smartphones belong in schools") == "we should keep smartphones in schools."
    assert belongs("boxing has no place in modern sport") == "we should not keep boxing in modern sport."
    assert belongs("boxing is dangerous") is None
    assert settled("the subsidies should go from city budgets") == "we should end the subsidies."
