"""A proposal whose object is a pronoun ("we should drop it", "the council should abolish them") is worded
with the noun phrase the pronoun stands for when that is unambiguous, and refused otherwise: a motion is
never printed with a bare pronoun object.

Resolving is off by default (referents.RESOLVE; the corpus bench found no gain), so a bare pronoun object
is refused; the tests that resolve switch it on.

The essays (tests/data/essays/referents) are short texts written for these tests, with invented towns:
one whose "it" has a single referent in the sentence before, one whose "them" does, one whose "it" could
mean two things, and one whose "them" names nothing before it but the title ("Against Zoos").
"""

from __future__ import annotations

from pathlib import Path

import pytest

import bot.drafting.referents as referents
from bot.drafting import Draft, draft_essay
from bot.drafting.finding import POLICY_VERBS
from bot.drafting.proposals import parse_recommendation
from bot.drafting.referents import resolve_in_claim, resolve_object, title_subject
from bot.drafting.structure import problem
from bot.drafting.wording import policy_motion

REFERENTS = Path(__file__).parent / "data" / "essays" / "referents"
VERBS = set(POLICY_VERBS)
_drafts: dict[tuple[str, bool], Draft] = {}


@pytest.fixture
def resolving(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(referents, "RESOLVE", True)


def drafted(name: str) -> Draft:
    key = (name, referents.RESOLVE)
    if key not in _drafts:
        _drafts[key] = draft_essay((REFERENTS / name).read_text(encoding="utf-8"), origin=name)
    return _drafts[key]


@pytest.mark.parametrize("motion", [
    "This House would drop it",
    "This House would abolish them",
    "This House would scrap these at once",
    "This House would give them the vote",
    "This House believes that parents should ban it at home",
    "This House believes that the council should end it",
    "This House believes that the council should drop these before the summer",
])
def test_a_pronoun_object_is_refused(motion: str) -> None:
    found = problem(motion)
    assert found is not None and "pronoun" in found, found


@pytest.mark.parametrize("motion", [
    "This House would ban these fees",
    "This House would drop the levy",
    "This House believes that the state should fund the arts rather than tax them",
])
def test_a_determiner_or_a_pronoun_with_its_noun_in_the_motion_is_accepted(motion: str) -> None:
    assert problem(motion) is None


def test_a_demonstrative_pronoun_is_not_turned_into_a_dangling_article() -> None:
    """"We must scrap these at once" was once worded "This House would scrap the at once" and passed."""
    rec = parse_recommendation("We must scrap these at once.", VERBS)
    assert rec is not None
    motion, _ = policy_motion(rec, [0])
    assert "the at once" not in motion
    assert problem(motion) is not None


@pytest.mark.parametrize(("action", "previous", "title", "actor", "worded"), [
    # one singular noun phrase in the sentence before
    ("drop it", "The levy has changed nothing.", "", "We", "drop the levy"),
    # the subject that opens the sentence before, plural for "them"; "the town" is singular
    ("abolish them", "Parking meters cost the town more than they earn.", "", "The council",
     "abolish parking meters"),
    # two singular noun phrases: "it" could be either, so nothing is guessed
    ("end it", "The ban on street music has emptied the old market.", "", "The council", "end it"),
    # nothing of the pronoun's number before it: the title names the subject
    ("close them", "It is time to admit the truth.", "Against Zoos", "We", "close zoos"),
    ("ban it", "Nobody asked for this.", "The Case Against Homework", "We", "ban homework"),
    # the proposal's own actor is not what it acts on
    ("drop them", "The council should think again about the new fares.", "", "The council",
     "drop the new fares"),
    # a demonstrative followed by its noun is a determiner: nothing to resolve
    ("scrap these fees", "The fees hurt the villages.", "", "We", "scrap these fees"),
])
def test_a_pronoun_object_is_resolved_only_when_one_referent_fits(
    action: str, previous: str, title: str, actor: str, worded: str, resolving: None
) -> None:
    assert resolve_object(action, previous, title, actor, verbs=VERBS) == worded


def test_a_belief_motion_with_a_pronoun_object_is_resolved_from_the_sentence_before(resolving: None) -> None:
    motion = "This House believes that parents should ban it at bedtime"
    previous = "The phone keeps children awake long after the lights are out."
    worded = "This House believes that parents should ban the phone at bedtime"
    assert resolve_in_claim(motion, previous, "") == worded


@pytest.mark.parametrize(("title", "subject"), [
    ("Against Zoos", ("zoos", True)),
    ("The Case Against Homework", ("homework", False)),
    ("Parking Meters", ("parking meters", True)),
])
def test_a_short_title_names_its_subject(title: str, subject: tuple[str, bool]) -> None:
    assert title_subject(title) == subject


def test_a_long_or_sentence_title_names_no_subject() -> None:
    assert title_subject("Why the Council Should Think Again About Parking") is None
    assert title_subject("We Must Act") is None


def test_by_default_a_pronoun_object_is_left_as_it_is_and_the_motion_refused() -> None:
    assert resolve_object("drop it", "The levy has changed nothing.", "", "We") == "drop it"
    texts = [m.text for m in drafted("bag-levy.txt").motions]
    assert not any(t.startswith("This House would drop") for t in texts)


def test_drop_it_is_drafted_as_drop_the_levy(resolving: None) -> None:
    texts = [m.text for m in drafted("bag-levy.txt").motions]
    assert "This House would drop the levy" in texts


def test_abolish_them_is_drafted_with_what_them_means(resolving: None) -> None:
    texts = [m.text for m in drafted("parking-meters.txt").motions]
    assert "This House believes that the council should abolish parking meters" in texts


def test_an_ambiguous_it_is_never_printed(resolving: None) -> None:
    """"The council should end it": the ban, or the old market? The drafter does not guess."""
    texts = [m.text for m in drafted("street-music.txt").motions]
    assert not any(t.endswith(("end it", "end the ban on street music")) for t in texts)
    assert not any("the old market" in t and "end" in t for t in texts)


def test_a_plural_pronoun_is_resolved_from_the_title(resolving: None) -> None:
    texts = [m.text for m in drafted("zoos.txt").motions]
    assert any(t.startswith("This House would close zoos") for t in texts)


@pytest.mark.parametrize("resolve", [False, True])
@pytest.mark.parametrize("name", sorted(p.name for p in REFERENTS.glob("*.txt")))
def test_no_drafted_motion_keeps_a_bare_pronoun_object(
    name: str, resolve: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(referents, "RESOLVE", resolve)
    for motion in drafted(name).motions:
        assert problem(motion.text) is None
        assert not any(motion.text.endswith(f" {p}") for p in ("it", "them", "these", "those"))
