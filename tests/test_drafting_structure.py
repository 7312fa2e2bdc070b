"""Drafted motions are complete propositions; when none is, the draft says so and drafts none."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.cli import main
from bot.drafting import draft_essay, render_yaml
from bot.drafting.finding import known_verbs
from bot.drafting.reading import read_essay
from bot.drafting.structure import is_complete, problem
from bot.drafting.writing import no_motion_message

ESSAYS = Path(__file__).parent / "data" / "essays"
WET_SUMMER = ESSAYS / "no-proposal" / "wet-summer.txt"  # written for this test: musing, no proposal


@pytest.mark.parametrize(("motion", "why"), [
    # "would" followed by adjectives and no verb
    ("This House would fairer and more humane", "not a verb"),
    ("This House would prudent and timely", "not a verb"),
    # ending on a preposition or another function word
    ("This House would fund the claims raised in", "ends on 'in'"),
    ("This House would fund the new harbour and also", "ends on 'also'"),
    ("This House believes that the tariff is a burden to", "ends on 'to'"),
    # "believes that" + a clause starting mid-sentence, or ending on "this"
    ("This House believes that which the assembly had resolved upon was wise", "mid-sentence"),
    ("This House believes that and the farmers suffered for it", "mid-sentence"),
    ("This House believes that the farmers were ruined by this", "ends on 'this'"),
    ("This House believes that of the towns already named, two", "no main clause"),
    # a verb phrase lifted from a long period: a second clause runs in, or a comparison without a term
    ("This House would repeal duties should be lowered within the year", "second clause"),
    ("This House would build harbours than have been built in any decade", "'than'"),
    # a short policy whose object is undefined
    ("This House would adopt it", "no object"),
    ("This House would abolish them", "no object"),
    ("This House would end this", "no object"),
    # pronouns with nothing to refer to, the author's voice, quotations
    ("This House believes that their claims on the river are unjust", "refers to something outside"),
    ("This House would give them the vote", "nothing in the motion to refer to"),
    ("This House believes that you cannot tax a ruined farmer", "speaks to or as a person"),
    ('This House believes that the "great experiment" has failed', "quotation"),
    ("This House believes that necessary is it that we count the cost", "inverted"),
    # a demonstrative standing for a claim made elsewhere; two clauses spliced by a comma
    ("This House believes that much of this is exaggerated", "refers to something outside"),
    ("This House believes that tolls cut traffic, shops lose trade", "joined by a comma"),
    # a noun phrase pointing back into the essay; the head of an enumeration
    ("This House believes that the latter deserves the larger share of the revenue",
     "refers to something outside"),
    ("This House believes that the second is far the weightier, for a city at war",
     "refers to something outside"),
    ("This House believes that the harms of the lottery are, first, that it taxes hope", "opens a list"),
])
def test_fragments_are_refused_with_a_reason(motion: str, why: str) -> None:
    found = problem(motion)
    assert found is not None and why in found, found


@pytest.mark.parametrize("motion", [
    "This House would ban private cars from city centres",
    "This House would declare war on the empire",
    "This House would abolish slavery",
    "This House opposes subsidising regional airports",
    "This House believes that homework does more harm than good",
    "This House believes that children need to play",
    "This House believes that it is unjust to tax the poor for the wars of the rich",
    "This House believes that councils should not sell their libraries",
    "This House believes that teenagers who keep phones in their bedrooms sleep less than those who do not",
    "This House believes that the first duty of a city is to keep its water clean",
])
def test_complete_propositions_pass(motion: str) -> None:
    assert is_complete(motion), problem(motion)


def test_no_complete_candidate_means_no_motion_and_the_nearest_sentences() -> None:
    draft = draft_essay(WET_SUMMER.read_text(encoding="utf-8"))
    assert draft.motions == ()
    assert len(draft.nearest) == 3
    body = {s.text for s in read_essay(WET_SUMMER.read_text(encoding="utf-8")).sentences}
    assert set(draft.nearest) <= body  # whole sentences of the essay, never pieces
    text = render_yaml(draft)
    assert "no motion drafted" in text and yaml.safe_load(text)["motions"] == []
    message = no_motion_message(draft)
    assert message.startswith("I found no clear proposal") and all(s in message for s in draft.nearest)


def test_the_cli_says_no_motion_plainly(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["motions", "draft", str(WET_SUMMER)]) == 0
    captured = capsys.readouterr()
    assert "I found no clear proposal" in captured.err and "Drafted" not in captured.err
    assert "motions: []" in captured.out


def test_claims_and_reasons_are_whole_sentences() -> None:
    """A run-on period cut into pieces for reading never lends a piece to a key point."""
    long_period = (
        "The harbour board, having weighed the petitions of the merchants, the complaints of the "
        "fishermen, the reports of the engineers, the warnings of the insurers, the accounts of the "
        "treasurer, the opinions of the pilots, the memorials of the townspeople, the letters of the "
        "neighbouring boroughs, the evidence of the customs officers, the surveys of the coast, the "
        "records of the wrecks of 1851, the tables of the tides, the charts of the sandbanks, the "
        "ledgers of the dock company, the petitions of the ferrymen, the tallies of the herring fleet, "
        "and its own minutes of twenty years, resolved to dredge the channel."
    )
    text = (ESSAYS / "homework.txt").read_text(encoding="utf-8").replace("\n\n", f"\n\n{long_period}\n\n", 2)
    draft = draft_essay(text)
    essay = read_essay(text)
    pieces = {s.text for s in essay.sentences if s.part}
    assert pieces
    for motion in draft.motions:
        for point in (*motion.prop, *motion.opp):
            assert point.claim not in pieces and point.reasoning not in pieces
            assert not point.reasoning.startswith(("1851", "and its"))


@pytest.mark.parametrize("path", sorted((ESSAYS / "corpus").glob("sotu-18*.txt")), ids=lambda p: p.stem)
def test_real_long_period_speeches_give_only_complete_motions(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    draft = draft_essay(text)
    assert draft.motions or draft.nearest
    verbs = known_verbs(read_essay(text))
    for motion in draft.motions:
        assert problem(motion.text, verbs) is None, motion.text


@pytest.mark.parametrize("motion", [
    "This House would give the families back the farms they were driven off",
    "This House believes that councils should rebuild the bridges they were warned about when the river rose",
])
def test_a_relative_clause_without_that_is_a_complete_proposition(motion: str) -> None:
    assert problem(motion) is None, problem(motion)


@pytest.mark.parametrize("motion", [
    "This House believes that still, the old rules served the town well",
    "This House believes that maybe, the tax has gone too far",
    "This House believes that a council that sells its parks cannot keep calling itself one",
    "This House believes that a school without a library is like one without a roof as one",
])
def test_a_hedge_at_the_head_or_a_trailing_one_is_refused(motion: str) -> None:
    assert problem(motion) is not None
