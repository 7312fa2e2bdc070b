"""Fragment classes seen on five unseen texts (Jackson 1835, Reagan 1982, Bacon's "Of Seditions and Troubles",
Goldman's "Marriage and Love", Stevenson's "Crabbed Age and Youth"), each refused by class: a list cut
mid-list, a copula ("X is a policy of …") read as "adopt", a "let us" that moves through the essay's own
text, a claim opening on the tail of an introductory phrase, and a past-tense report taken for a thesis.
Our own examples sit beside the real ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.drafting import draft_essay
from bot.drafting.complements import complement_proposal
from bot.drafting.cuts import cut_problem
from bot.drafting.discourse import discourse_step
from bot.drafting.disputable import report_not_thesis
from bot.drafting.finding import POLICY_VERBS
from bot.drafting.proposals import parse_recommendation
from bot.drafting.structure import problem

CORPUS = Path(__file__).parent / "data" / "essays" / "corpus"
KNOWN = set(POLICY_VERBS) | {"balance", "tax"}


# --- a coordinated list is never cut mid-list

@pytest.mark.parametrize(
    ("motion", "source"),
    [
        # Reagan 1982
        ("This House would adopt a policy of strength, fairness",
         "Our foreign policy is a policy of strength, fairness, and balance."),
        ("This House would adopt a policy of strength",
         "Our foreign policy is a policy of strength, fairness, and balance."),
        # our own
        ("This House would abolish the duty on tea", "We should abolish the duty on tea, coffee and sugar."),
        ("This House would fund libraries, museums", "The city should fund libraries, museums, or parks."),
    ],
)
def test_a_motion_that_stops_inside_a_list_is_refused(motion: str, source: str) -> None:
    assert "list" in (cut_problem(motion, source) or "")


@pytest.mark.parametrize(
    ("motion", "source"),
    [
        ("This House would abolish the tax on salt",
         "We should abolish the tax on salt, and the people will thank us."),
        ("This House would abolish the duty on tea, coffee and sugar",
         "We should abolish the duty on tea, coffee and sugar."),
    ],
)
def test_a_whole_list_or_a_following_clause_is_not_a_cut(motion: str, source: str) -> None:
    assert cut_problem(motion, source) is None


def test_the_last_item_of_a_list_of_nouns_is_not_read_as_a_new_action() -> None:
    rec = parse_recommendation("We must adopt a policy of strength, fairness, and balance.", KNOWN)
    assert rec is not None and rec.actions == ("adopt a policy of strength, fairness, and balance",)
    rec = parse_recommendation("We must tax wine, beer, and spirits, and ban tobacco advertising.", KNOWN)
    assert rec is not None and rec.actions == ("tax wine, beer, and spirits", "ban tobacco advertising")


# --- a copula is not a proposal to adopt

@pytest.mark.parametrize(
    "sentence",
    [
        "Our foreign policy is a policy of strength, fairness, and balance.",  # Reagan 1982
        "Our policy must be a policy of peace.",
        "The approach of the council is a kind of patient bargaining.",
    ],
)
def test_a_copula_that_says_what_something_is_proposes_nothing(sentence: str) -> None:
    assert complement_proposal(sentence, KNOWN) is None


def test_a_remedy_named_by_a_noun_is_still_a_proposal() -> None:
    found = complement_proposal("The fairest remedy is a deposit on cans.", KNOWN)
    assert found == "we should introduce a deposit on cans"


# --- "let us" about the essay's own discourse is not a policy

@pytest.mark.parametrize(
    "sentence",
    [
        # Bacon, Of Seditions and Troubles
        "But let us pass from this part of predictions; and let us speak first, of the materials of "
        "seditions.",
        "Let us now turn to the remedies.",
        "Let us consider the causes of the distress.",
        "Let us return to our subject.",
        "Let us speak of the motives of them.",
    ],
)
def test_a_move_in_the_text_is_not_a_recommendation(sentence: str) -> None:
    assert parse_recommendation(sentence, KNOWN) is None


@pytest.mark.parametrize(
    "sentence",
    ["Let us pass the bill this session.", "Let us return to the gold standard.", "Let us build the dam."],
)
def test_a_let_us_that_asks_for_an_act_is_still_a_recommendation(sentence: str) -> None:
    assert not discourse_step(sentence[len("Let us "):])
    assert parse_recommendation(sentence, KNOWN) is not None


@pytest.mark.parametrize(
    "motion",
    [
        "This House would pass from the part of predictions",  # Bacon
        "This House would turn now to the remedies",
        "This House would speak first of the materials of seditions",
    ],
)
def test_a_policy_motion_that_moves_through_the_text_is_refused(motion: str) -> None:
    assert "step in the essay" in (problem(motion) or "")


# --- a candidate never opens on the tail of an introductory phrase

def test_a_claim_opening_on_the_tail_of_an_introductory_phrase_is_refused() -> None:
    source = ("Above all things, good policy is to be used, that the treasure and moneys, in a state, be not "
              "gathered into few hands.")  # Bacon
    motion = ("This House believes that things, good policy is to be used, that the treasure and moneys, "
              "in a state, be not gathered into few hands")
    assert "tail of the phrase" in (cut_problem(motion, source) or "")
    ours = "In the long run, cities must tax cars."
    assert cut_problem("This House believes that run, cities must tax cars", ours) is not None
    whole = "This House believes that in the long run, cities must tax cars"
    assert cut_problem(whole, "But in the long run, cities must tax cars.") is None


# --- a past-tense statement about events is a report

@pytest.mark.parametrize(
    "motion",
    [
        # Jackson 1835
        "This House believes that the condition of the public finances was never more flattering than at the "
        "present period",
        "This House believes that the expectations justly founded upon the promises solemnly made to this "
        "Government by that of France were not realized",
        "This House believes that the higher officers of the local government have recently shown an anxious "
        "desire to facilitate the selection of all we have a right to claim",
        # our own
        "This House believes that the ferry was not running in the winter of that year",
    ],
)
def test_a_past_tense_report_is_not_a_thesis(motion: str) -> None:
    assert report_not_thesis(motion) is not None


@pytest.mark.parametrize(
    "motion",
    [
        "This House believes that the war was a mistake",
        "This House believes that the old poor laws did nothing for the poor",
        "This House believes that a free press is never a danger to a just state",
    ],
)
def test_a_judgement_or_a_general_claim_stays_a_thesis(motion: str) -> None:
    assert report_not_thesis(motion) is None


def test_no_obligation_is_not_a_proposal() -> None:
    assert parse_recommendation("We don't have to turn to our history books for heroes.", KNOWN) is None


# --- the five texts, whole: none of the fragments comes back, and no motion is a fragment

@pytest.mark.parametrize(
    ("name", "pieces"),
    [
        ("sotu-1982-reagan.txt", ["strength, fairness", "don't should"]),
        ("bacon-1625-of-seditions.txt", ["pass from", "that things,"]),
        ("sotu-1835-jackson.txt", ["never more flattering", "were not realized", "recently shown"]),
    ],
)
def test_the_real_fragments_are_not_printed(name: str, pieces: list[str]) -> None:
    draft = draft_essay((CORPUS / name).read_text(encoding="utf-8"))
    for motion in draft.motions:
        assert problem(motion.text) is None, motion.text
        assert not any(piece in motion.text for piece in pieces), (name, motion.text)
    assert draft.motions or draft.nearest  # a motion, or the honest answer with the nearest sentences


# --- the same classes, found again on dev texts already in the corpus

def test_a_verdict_after_a_copula_is_not_a_measure() -> None:
    assert complement_proposal("The whole thing is a cruel farce.", KNOWN) is None  # Goldman, Prisons
    assert complement_proposal("The new scheme is a sham.", KNOWN) is None


@pytest.mark.parametrize(
    "motion",
    [
        # Bacon, Of Usury: "The one, that the tooth of usury be grinded …; the other, that …"
        "This House believes that the one, that the tooth of usury be grinded, that it bite not too much",
        "This House believes that secondly, that the county buy the land",
        "This House believes that the fifth, that it beats down the price of land",  # Bacon, Of Usury
    ],
)
def test_an_item_of_the_essays_own_list_is_refused(motion: str) -> None:
    assert "item of a list" in (problem(motion) or "")


def test_a_report_whose_only_present_verb_is_in_a_relative_clause_is_a_report() -> None:
    motion = (  # Madison 1815
        "This House believes that the execution of the act for fixing the military peace establishment has "
        "been attended with difficulties which even now can only be overcome by legislative aid"
    )
    assert report_not_thesis(motion) is not None
    judged = "This House believes that the last year has confirmed that the Bank was never necessary"
    assert report_not_thesis(judged) is None


# Our own text: every sentence that looks like a proposal or a thesis belongs to one of the five classes.
_ONLY_TRAPS = """The Old Mill Road

By a walker

The old mill road runs for four miles along the river, from the weir to the bridge at Amble. In \
spring the banks were thick with primroses, and the water ran high and brown after the rains.

Our foreign policy was, in those days, a policy of quiet, patience, and thrift. The condition of the \
parish finances was never more comfortable than in that year. The hopes founded upon the promises of \
the mill owners were not realized.

But let us pass from this part of the story, and let us speak first of the mill itself. The mill \
stood on a bend of the river, where the current was strongest. Its wheel turned day and night \
through the autumn, and the miller kept his accounts in a green ledger.

Above all things, the miller was careful with his money. The wheel was mended twice, once in 1840 \
and once in 1851. The last sack of flour left the mill in the winter of 1860, and the roof fell a \
few years later."""


def test_a_text_of_traps_alone_gets_the_honest_answer() -> None:
    draft = draft_essay(_ONLY_TRAPS)
    assert draft.motions == ()
    assert draft.nearest  # the sentences nearest to a thesis, whole, for the curator
    assert all(s.endswith((".", "!", "?")) for s in draft.nearest)


# Our own op-ed: the traps come first, the proposal after them.
_TRAPS_THEN_PROPOSAL = """Save the Mill

By a neighbour

Our heritage policy is a policy of neglect, delay, and excuses. The mill at Amble has stood empty \
for twenty years, and every winter takes more of its roof. Visitors who come down to the river on a \
summer afternoon find only a fence, a padlock and a faded warning sign.

But let us pass from this sorry history, and let us turn to what can be done. Above all things, a \
building of this kind needs use. An empty mill decays; a working mill pays its way, teaches children \
how flour is made, and brings visitors to the shops of the village.

The council should restore the mill as a working museum. The cost is modest beside the cost of \
letting it fall, and grants for such work are open to any council that asks. Let us pass from words \
to deeds: the council must restore the mill before another winter."""


def test_refused_candidates_fall_back_to_the_real_proposal() -> None:
    texts = [m.text for m in draft_essay(_TRAPS_THEN_PROPOSAL).motions]
    assert "This House believes that the council should restore the mill as a working museum" in texts
    assert not any("policy of neglect" in t or "pass from" in t or "turn to" in t for t in texts), texts
    assert all(problem(t) is None for t in texts)
