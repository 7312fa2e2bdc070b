"""Drafting on six short essays written for these tests (tests/data/essays/fresh), each a class of text
the drafter once got wrong: a proposal as "let X do Y", a proposal as the complement of a noun of remedy,
a memoir, a news report, a value claim with no policy, and a proposal stated only in the conclusion.
Plus the sentence forms behind them, read one at a time."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.drafting import Draft, draft_essay, render_yaml
from bot.drafting.complements import complement_proposal, let_actor
from bot.drafting.disputable import report_not_thesis
from bot.drafting.finding import POLICY_VERBS
from bot.drafting.measures import pseudo_cleft
from bot.drafting.proposals import parse_recommendation
from bot.drafting.structure import is_complete, problem
from bot.drafting.wording import resolve_pronouns, value_motion

FRESH = Path(__file__).parent / "data" / "essays" / "fresh"
VERBS = set(POLICY_VERBS)
_drafts: dict[str, Draft] = {}


def drafted(name: str) -> Draft:
    """The draft of one fresh essay, made once per run."""
    if name not in _drafts:
        _drafts[name] = draft_essay((FRESH / name).read_text(encoding="utf-8"), origin=name)
    return _drafts[name]


def first_motion(name: str) -> str:
    draft = drafted(name)
    assert draft.motions, f"{name}: no motion drafted; nearest: {draft.nearest}"
    return draft.motions[0].text


@pytest.mark.parametrize("name", sorted(p.name for p in FRESH.glob("*.txt")))
def test_fresh_essays_are_150_to_400_words_and_every_motion_is_complete(name: str) -> None:
    words = len((FRESH / name).read_text(encoding="utf-8").split())
    assert 150 <= words <= 400
    for motion in drafted(name).motions:
        assert problem(motion.text) is None, motion.text


def test_let_with_its_actor_is_the_proposal() -> None:
    # "So let the water board pay the upstream farmers to keep their meadows wet."
    motion = first_motion("wet-meadows.txt")
    assert "water board should pay the upstream farmers" in motion
    assert "meadows wet" in motion


def test_a_remedy_named_as_a_complement_is_the_proposal() -> None:
    # "The sensible course is to cap the letting of any home to visitors at ninety nights a year."
    motion = first_motion("holiday-lets.txt")
    assert motion.startswith("This House would cap the letting of any home")
    assert "ninety nights a year" in motion


def test_a_proposal_in_the_last_sentence_of_an_essay_told_in_the_past() -> None:
    # Most of the essay tells the line's history; only its last sentence proposes.
    motion = first_motion("branch-line.txt")
    assert motion.startswith(
        "This House believes that the county council should rebuild the railway from Marrow to Ashby"
    )
    assert "county council's" not in motion  # "its old trackbed" is the railway's, not the council's


def test_a_value_claim_with_no_policy_gives_a_belief_motion() -> None:
    draft = drafted("boredom.txt")
    assert draft.motions[0].text == "This House believes that boredom is good for children"
    assert not any(m.text.startswith("This House would") for m in draft.motions)


@pytest.mark.parametrize("name", ["flood-summer.txt", "harbour-car-park.txt"])
def test_a_memoir_and_a_news_report_get_the_honest_answer(name: str) -> None:
    draft = drafted(name)
    assert draft.motions == ()
    assert len(draft.nearest) == 3
    text = (FRESH / name).read_text(encoding="utf-8")
    assert all(sentence in text for sentence in draft.nearest)  # whole sentences, as the text has them
    assert "no clear proposal" in render_yaml(draft).lower()


NEWS_IN_THE_PRESENT = """Council Puts Off Tram Decision

Fenwick council puts off its decision on a tram line to the hospital until the spring, after a meeting that
runs late into Tuesday night. The plan would lay four miles of track from the station to the hospital gates.

Councillor Ada Marsh says the council should build the tram line before the new wing opens. She says buses
are full by seven in the morning and that nurses wait forty minutes at the station.

Opponents argue that the council must repair the roads first. Dan Okafor, who runs a taxi firm on the route,
says the works would close Hill Street for a year. A petition against the scheme has 900 names.

The council's finance officer tells the meeting that the line would cost 48 million pounds, of which the
government would pay about half. A decision is now expected in March, when officers report on the cost of
an electric bus route instead. The hospital's chief executive says the trust has no view on the choice.
"""


def test_a_news_report_in_the_present_tense_proposes_nothing_of_its_own() -> None:
    """The reader reads "Councillor X says the council should …" as reported, not argued: no motion."""
    draft = draft_essay(NEWS_IN_THE_PRESENT, origin="news")
    assert draft.motions == ()
    assert draft.nearest


SHORT_MEMOIR = """The Blue Bicycle

My father bought me a blue bicycle the spring I turned eight. It had a bell shaped like a snail and a
basket that rattled on every cobble. He walked beside me along the canal path for a whole Sunday, one hand
on the saddle, saying nothing at all. I did not notice when he let go. I rode on alone as far as the lock,
turned round, and saw him standing a long way back with his hands in his pockets. Neither of us mentioned it
at supper, and my mother, who had watched from the kitchen window, only smiled and passed the potatoes. The
bicycle rusted in my aunt's shed years ago, but I can still hear that bell when a child rides past my gate on
a summer evening. My father was not a man for speeches, and that afternoon he did not need one.
"""


def test_a_short_memoir_is_still_a_story() -> None:
    draft = draft_essay(SHORT_MEMOIR, origin="memoir")
    assert draft.motions == ()
    assert draft.nearest


@pytest.mark.parametrize(("sentence", "restated"), [
    ("Let the city restore the night buses.", "the city should restore the night buses"),
    ("So let every school open its playing fields in the evening.",
     "every school should open its playing fields in the evening"),
    ("Let Parliament repeal the act.", "Parliament should repeal the act"),
    ("Let every child have a free school meal.", "we should give every child a free school meal"),
    ("Let Britain rejoin the customs union.", "Britain should rejoin the customs union"),  # re- + known verb
])
def test_let_with_an_actor_and_a_bare_verb_is_restated(sentence: str, restated: str) -> None:
    assert let_actor(sentence, VERBS) == restated


@pytest.mark.parametrize("sentence", [
    "Let us suppose that the tax is taken away.",  # an invitation to think, not a proposal
    "Let the reader judge.",  # a verb of thought
    "Let the reader decide the matter.",  # the audience, not an actor
    "Let the buses be free.",  # a state, not an act
    "Let them eat cake.",  # a pronoun with nothing to stand for
    "Let usury in general be reduced to five in the hundred.",  # the passive form, read elsewhere
    "Let the city restore the night buses?",
])
def test_let_that_is_not_a_proposal_with_its_actor(sentence: str) -> None:
    assert let_actor(sentence, VERBS) is None


@pytest.mark.parametrize(("sentence", "restated"), [
    ("The obvious step is to raise the levy.", "we should raise the levy"),
    ("The only way forward, surely, is to abolish the tax.", "we should abolish the tax"),
    ("Our best hope lies in reopening the line.", "we should reopen the line"),
    ("The fairest remedy is a deposit on every can.", "we should introduce a deposit on every can"),
    ("A better way is to fund the clinics directly.", "we should fund the clinics directly"),
    ("The answer is for the council to buy the land.", "the council should buy the land"),
    ("The best thing the council could do is to reopen the pool.", "the council should reopen the pool"),
    ("The cure is simple: tax sugar.", "we should tax sugar"),
    ("The way forward is clear: the county must reopen the line.", "the county must reopen the line"),
])
def test_a_remedy_as_a_complement_is_restated(sentence: str, restated: str) -> None:
    assert complement_proposal(sentence, VERBS) == restated


@pytest.mark.parametrize("sentence", [
    "The effect of the tax is to raise prices.",  # an effect, judged by meaning
    "The aim of this chapter is to show that the law is unjust.",  # a purpose of the text
    "The trouble is to find the money.",
    "The answer is a matter of taste.",
    "The answer is not to ban the car.",
    "Is the answer to ban the car?",
    "But the first step is to stop treating the phone as a single thing.",  # a change of mind, not an act
    "The trouble is simple: nobody pays.",
])
def test_a_complement_that_names_no_remedy_is_not_a_proposal(sentence: str) -> None:
    assert complement_proposal(sentence, VERBS) is None


def test_a_fronted_phrase_before_the_actor_is_set_aside() -> None:
    rec = parse_recommendation("For all these reasons, the county should rebuild the old line.", VERBS)
    assert rec is not None and rec.actor == "the county" and rec.actions == ("rebuild the old line",)


@pytest.mark.parametrize("motion", [
    "This House believes that yes, in our time all these things must be cleared away",
    "This House believes that well, the tax is unjust",
    "This House believes that we do not believe that men exist merely to strengthen the state",
])
def test_a_reply_particle_or_the_speakers_frame_is_refused(motion: str) -> None:
    assert not is_complete(motion)


def test_a_reply_particle_is_dropped_when_wording_a_belief() -> None:
    motion = value_motion("Yes, the old privileges of the nobles must be abolished.")
    assert motion == "This House believes that the old privileges of the nobles must be abolished"
    assert is_complete(motion)


def test_a_possessive_after_the_object_is_not_the_actors() -> None:
    assert resolve_pronouns("halt its mission", "the US") == "halt the US mission"
    assert resolve_pronouns("rebuild the railway on its old trackbed", "the county") == (
        "rebuild the railway on the old trackbed"
    )


def test_the_authors_goal_named_as_a_noun_is_a_proposal() -> None:
    aim = "Our ultimate aim must be a national insurance system for the sick."
    assert complement_proposal(aim, VERBS) == "we should adopt a national insurance system for the sick"
    assert complement_proposal("The aim of this book is a history of the port.", VERBS) is None


def test_a_contrast_that_only_already_says_is_dropped_from_a_belief() -> None:
    motion = value_motion("Progress will come only through bold minorities, and not through the mass.")
    assert motion == "This House believes that progress will come only through bold minorities"


OF_A_VIRTUE = """Of Patience

PATIENCE is a kind of quiet courage; and the more a man has of it, the less he needs of any other. The hasty
man spends his strength on the first blow and has none left for the last. He that can wait sees his enemy
tire, his debts shrink with the seasons, and his quarrels settle without a word from him. Some will say that
patience is only slowness under a better name. But the slow man does nothing, while the patient man does the
right thing at the right hour, and that is the whole of the art.

A merchant who holds his goods until the market
turns makes more than three who sell in a fright. A judge who hears both sides to the end is seldom reversed.
Patience in small things is the school of patience in great ones; and a man who cannot bear a late dinner will
not bear a long siege. Therefore let a man practise it daily, in trifles, that he may have it in trials.
"""


def test_an_essay_titled_by_its_subject_opens_on_its_thesis() -> None:
    """ "Of X" names the subject; the opening definition of X, printed in capitals, is the thesis."""
    draft = draft_essay(OF_A_VIRTUE, origin="of-patience")
    texts = [m.text for m in draft.motions]
    assert "This House believes that patience is a kind of quiet courage" in texts


def test_what_a_named_place_needs_is_its_proposal() -> None:
    cap = pseudo_cleft("What Porthmellow needs is a cap on holiday lets.")
    assert cap == "we should impose a cap on holiday lets"
    assert pseudo_cleft("What anyone needs is a rest.") is None


@pytest.mark.parametrize(("motion", "reported"), [
    ("This House believes that the hospital's chief executive says the trust has no view", True),
    ("This House believes that officials warned the bridge would close", True),
    ("This House believes that the said act is void", False),  # old legal prose, not a saying
    ("This House believes that the claims of labour are just", False),
])
def test_a_belief_that_reports_what_someone_says_is_no_thesis(motion: str, reported: bool) -> None:
    assert (report_not_thesis(motion) is not None) is reported
