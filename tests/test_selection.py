"""Choosing a motion for a person: by id, tag, difficulty or words, least practised first."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from bot.motions import Bank, KeyPoint, Motion, Source
from bot.selection import Choice, choose_motion, suggest

ESSAY = Source(title="Test essay", summary="A test.")


def make(motion_id: str, text: str, tags: tuple[str, ...], difficulty: str = "intermediate",
         info: str = "") -> Motion:
    point = (KeyPoint("A claim", "A reason"),)
    return Motion(motion_id, text, "policy", info, ESSAY, tags, difficulty, prop=point, opp=point)


@pytest.fixture
def bank() -> Bank:
    return Bank((
        make("ban-homework", "This House would ban homework.", ("education", "schools"), "novice"),
        make("free-university", "This House would make university free.", ("education", "economics"),
             "intermediate", info="Tuition fees have risen in many countries."),
        make("sugar-tax", "This House would tax sugary drinks.", ("health", "economics"), "open"),
        make("iraq-oil-sanctions", "This House would sanction Iraq's oil sector.",
             ("international-relations", "sanctions", "oil"), "open"),
    ))


def rng() -> random.Random:
    return random.Random(7)


def drawn_id(choice: Choice) -> str:
    assert choice.motion is not None, choice.message()
    return choice.motion.id


def test_an_exact_id_wins_over_every_filter(bank: Bank) -> None:
    choice = choose_motion(bank, {"sugar-tax": 3}, tag="schools", difficulty="novice", query=" Sugar-Tax ",
                           rng=rng())
    assert choice.motion is not None and choice.motion.id == "sugar-tax"
    assert choice.matched_by == "id" and choice.times_practised == 3 and not choice.fresh


def test_unpractised_motions_come_first(bank: Bank) -> None:
    practised = {"ban-homework", "free-university", "sugar-tax"}
    for seed in range(20):
        choice = choose_motion(bank, practised, rng=random.Random(seed))
        assert choice.motion is not None and choice.motion.id == "iraq-oil-sanctions"
        assert choice.fresh and choice.matched_by == "any"


def test_then_the_least_practised(bank: Bank) -> None:
    practised = {"ban-homework": 4, "free-university": 1, "sugar-tax": 2, "iraq-oil-sanctions": 1}
    picked = {drawn_id(choose_motion(bank, practised, rng=random.Random(seed))) for seed in range(30)}
    assert picked == {"free-university", "iraq-oil-sanctions"}
    assert choose_motion(bank, practised, rng=rng()).times_practised == 1


def test_ties_are_drawn_at_random_but_reproducibly(bank: Bank) -> None:
    drawn = Counter(drawn_id(choose_motion(bank, {}, rng=random.Random(seed))) for seed in range(200))
    assert set(drawn) == set(bank.ids())
    first = choose_motion(bank, {}, rng=random.Random(5)).motion
    assert choose_motion(bank, {}, rng=random.Random(5)).motion == first


def test_tag_and_difficulty_filter_together(bank: Bank) -> None:
    choice = choose_motion(bank, set(), tag="Economics", difficulty="open", rng=rng())
    assert choice.motion is not None and choice.motion.id == "sugar-tax"
    assert choice.matched_by == "tag" and choice.pool == ("sugar-tax",)
    assert choice.difficulties == ("intermediate", "open")


def test_a_query_can_be_a_tag_or_a_difficulty(bank: Bank) -> None:
    by_tag = choose_motion(bank, set(), query="schools", rng=rng())
    assert by_tag.matched_by == "tag" and by_tag.pool == ("ban-homework",)
    by_level = choose_motion(bank, set(), query="Novice", rng=rng())
    assert by_level.pool == ("ban-homework",)


def test_free_words_pick_the_best_matching_motions(bank: Bank) -> None:
    choice = choose_motion(bank, set(), query="give me a motion about oil sanctions", rng=rng())
    assert choice.matched_by == "words" and choice.pool == ("iraq-oil-sanctions",)
    # words from the info slide count too, but less than words of the motion itself
    assert choose_motion(bank, set(), query="tuition fees", rng=rng()).pool == ("free-university",)
    assert choose_motion(bank, set(), query="drink tax", rng=rng()).pool == ("sugar-tax",)


def test_a_mistyped_tag_gets_close_matches_and_the_tags_there_are(bank: Bank) -> None:
    choice = choose_motion(bank, set(), tag="economcs", rng=rng())
    assert choice.motion is None and not choice.found and choice.miss == "unknown-tag"
    assert choice.suggestions == ("economics",)
    assert choice.tags == tuple(bank.tags())
    assert choice.topics[:2] == ("economics", "education")  # on two motions each, so named first
    assert choice.message().startswith("No motion tagged “economcs”. Did you mean: economics?")


def test_a_mistyped_query_gets_close_matches(bank: Bank) -> None:
    choice = choose_motion(bank, set(), query="sanctons", rng=rng())
    assert choice.motion is None and choice.miss == "no-match"
    assert "sanctions" in choice.suggestions
    # a mistyped id still finds its motion through the words it shares with it
    assert drawn_id(choose_motion(bank, set(), query="ban-homewrk", rng=rng())) == "ban-homework"
    assert suggest(bank, "ban-homewrk") == ("ban-homework",)


def test_words_that_match_nothing_still_return_a_choice(bank: Bank) -> None:
    choice = choose_motion(bank, set(), query="space exploration", rng=rng())
    tags, topics = tuple(bank.tags()), tuple(bank.popular_tags())
    expected = Choice(None, "words", miss="no-match", tags=tags, topics=topics, asked="space exploration")
    assert choice == expected
    assert "Topics: economics, education" in choice.message()


def test_no_motion_at_that_difficulty_says_which_there_are(bank: Bank) -> None:
    choice = choose_motion(bank, set(), tag="education", difficulty="open", rng=rng())
    assert choice.motion is None and choice.miss == "no-difficulty"
    assert choice.difficulties == ("novice", "intermediate")
    assert choice.message() == "No open motions on “education” yet. Try novice or intermediate."


def test_an_empty_bank_never_fails() -> None:
    choice = choose_motion(Bank(()), {}, query="anything", rng=rng())
    assert choice.motion is None and choice.miss == "empty-bank"
    assert "empty" in choice.message()


def test_a_found_motion_has_no_message(bank: Bank) -> None:
    assert choose_motion(bank, {}, rng=rng()).message() == ""


def test_suggest_for_ids_only_leaves_out_tags(bank: Bank) -> None:
    assert suggest(bank, "oil") == ("oil", "iraq-oil-sanctions")
    assert suggest(bank, "oil", tags=False) == ("iraq-oil-sanctions",)
    assert suggest(bank, "zzz") == ()


def test_an_unknown_difficulty_lists_every_level_on_offer(bank: Bank) -> None:
    choice = choose_motion(bank, {}, difficulty="hard", rng=rng())
    assert choice.miss == "no-difficulty"
    assert choice.message() == "No hard motions yet. Try novice, intermediate or open."


def test_a_miss_names_only_the_most_used_topics() -> None:
    many = Bank(tuple(make(f"m{n}", "This House would act.", ("ethics", f"topic-{n:02}")) for n in range(20)))
    message = choose_motion(many, {}, tag="nothing", rng=rng()).message()
    assert "Topics: ethics, topic-00, topic-01," in message
    assert message.endswith("topic-10 and 9 more.")


def test_a_topic_in_the_query_narrows_the_tag_asked_for(bank: Bank) -> None:
    both = choose_motion(bank, {}, tag="economics", query="health", rng=rng())
    assert drawn_id(both) == "sugar-tax" and both.matched_by == "tag"
    neither = choose_motion(bank, {}, tag="schools", query="health", rng=rng())
    assert neither.miss == "no-match"
    assert neither.message().startswith("No motion matches “schools and health”.")


def test_a_mistyped_id_of_common_words_draws_nothing() -> None:
    from bot.motions import load_bank

    choice = choose_motion(load_bank(), set(), query="no-such-motion-id", rng=rng())
    assert choice.motion is None
    assert "no-such-motion-id" in choice.message()
