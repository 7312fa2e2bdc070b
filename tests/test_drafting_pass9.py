"""Fragment classes the drafter printed on five texts it had not seen (the ninth pass: Cleveland 1893, F. D.
Roosevelt 1934, Bacon's "Of Studies", Stevenson's "El Dorado", Goldman's "The Psychology of Political
Violence"), each fixed by class:

- a negated command ("Read not to contradict …", "Do not raise …") turned positive;
- a pointer to a kind ("claims of this description") rewritten to "the", hiding its referent;
- "those X" cut before the restrictive clause that says which ("… which came from the illegal traffic");
- a participle or absolute phrase opening a claim whose subject is a pronoun with its referent outside;
- an "only one X" claim cut at the semicolon or colon before what it announces;
- a deed told in the simple past ("our minister aided in …");
and, found on the way, a call for illustration ("take the three most notorious examples of …") read as a
policy, "X is an attribute of Y" read as "adopt X", and a predicate after "will …, though …," read as a
command.
A refused candidate falls back to the next one, or to the honest "no clear proposal".

The quoted motions and sentences from the texts are what the drafter once printed or read; the rest are our
own examples.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.drafting import draft_essay
from bot.drafting.complements import complement_proposal
from bot.drafting.cuts import cut_problem
from bot.drafting.disputable import report_not_thesis
from bot.drafting.finding import POLICY_VERBS
from bot.drafting.proposals import parse_recommendation
from bot.drafting.questions import exclaimed
from bot.drafting.requests import parse_request
from bot.drafting.structure import problem
from bot.drafting.wording import policy_motion

CORPUS = Path(__file__).parent / "data" / "essays" / "corpus"
KNOWN = set(POLICY_VERBS) | {"read", "raise", "sell", "close", "produce"}


# --- a negated command is never turned positive ----------------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "motion"),
    [
        ("Do not raise the fares on the night buses.",
         "This House opposes raising the fares on the night buses"),
        ("Never sell the town library to developers.",
         "This House opposes selling the town library to developers"),
        ("Don't close the branch line.", "This House opposes closing the branch line"),
    ],
)
def test_a_negative_command_becomes_opposition(sentence: str, motion: str) -> None:
    found = parse_recommendation(sentence, KNOWN)
    assert found is not None and found.negative
    assert policy_motion(found)[0] == motion


@pytest.mark.parametrize(
    "sentence",
    [
        # Bacon, "Of Studies": once drafted as "This House would take for granted"
        "Read not to contradict and confute; nor to believe and take for granted; nor to find talk and "
        "discourse; "
        "but to weigh and consider.",
        "Judge not by the first report, nor by the loudest.",  # a purpose or manner, no act on a thing
    ],
)
def test_a_negated_purpose_is_no_proposal(sentence: str) -> None:
    found = parse_recommendation(sentence, KNOWN)
    assert found is None or found.negative


# --- a pointer to a kind keeps its pointer, and is refused -----------------------------------------

@pytest.mark.parametrize(
    "motion",
    [
        # Cleveland 1893: "of this description" was rewritten to "of the description"
        "This House would provide every possible safeguard against the enforcement of unjust and fictitious "
        "claims "
        "of the description",
        "This House would provide every possible safeguard against the enforcement of unjust and fictitious "
        "claims "
        "of this description",
        "This House would forbid any scheme of the sort",
        "This House believes that the foregoing measures will pay for themselves",
    ],
)
def test_a_pointer_to_a_kind_is_refused(motion: str) -> None:
    assert problem(motion) is not None


def test_the_kind_named_in_the_motion_is_kept() -> None:
    assert problem("This House would ban weapons of the kind that kill indiscriminately") is None


def test_a_recommendation_keeps_this_description() -> None:
    found = parse_request(
        "I recommend that every possible safeguard be provided against claims of this description.", KNOWN)
    assert found is not None
    motion = policy_motion(found)[0]
    assert "the description" not in motion and problem(motion) is not None


# --- "those X" keeps the clause that says which ----------------------------------------------------

def test_those_cut_before_its_relative_clause_is_refused() -> None:
    # F. D. Roosevelt 1934
    source = ("The adoption of the Twenty-first Amendment should give material aid to the elimination of "
              "those new "
              "forms of crime which came from the illegal traffic in liquor.")
    motion = ("This House believes that the adoption of the Twenty-first Amendment should give material aid "
              "to the "
              "elimination of those new forms of crime")
    assert cut_problem(motion, source) is not None


def test_those_with_nothing_after_it_is_kept() -> None:
    source = "We should help those new farmers, who struggle more than anyone."
    assert cut_problem("This House would help those new farmers", source) is None
    assert cut_problem("This House would close these loopholes in the tax code",
                       "We must close these loopholes in the tax code which the rich exploit.") is not None


# --- a participle opener hanging on a pronoun ------------------------------------------------------

@pytest.mark.parametrize(
    "motion",
    [
        # F. D. Roosevelt 1934
        "This House believes that viewed in the large, it is designed to save from destruction and to keep "
        "for the "
        "future the genuinely important values created by modern society",
        "This House believes that seen from the harbour, they look like a single town",
        "This House believes that having failed twice, it should be abandoned",
        "This House believes that it is designed to save the values of society",
    ],
)
def test_a_participle_opener_on_a_pronoun_is_refused(motion: str) -> None:
    assert problem(motion) is not None


def test_an_impersonal_frame_after_a_participle_is_kept() -> None:
    assert problem("This House believes that seen from abroad, it is plain that the tariff must go") is None
    assert problem("This House believes that it is proposed to build a canal across the isthmus") is None


# --- an announcement cut before what it announces --------------------------------------------------

@pytest.mark.parametrize(
    ("motion", "source"),
    [
        # Stevenson, "El Dorado"
        ("This House believes that there is only one wish realisable on the earth",
         "There is only one wish realisable on the earth; only one thing that can be perfectly attained: "
         "Death."),
        ("This House believes that there is only one remedy for poverty",
         "There is only one remedy for poverty; it is work."),
        ("This House believes that this much is certain", "This much is certain: the tax must go."),
    ],
)
def test_an_announcement_cut_before_its_point_is_refused(motion: str, source: str) -> None:
    assert cut_problem(motion, source) is not None


def test_a_claim_that_names_what_it_announces_is_kept() -> None:
    source = "There is only one remedy for poverty, and that remedy is work; all else is charity."
    motion = "This House believes that there is only one remedy for poverty, and that remedy is work"
    assert cut_problem(motion, source) is None


# --- a deed told in the past is a report -----------------------------------------------------------

@pytest.mark.parametrize(
    "claim",
    [
        # Cleveland 1893
        "our newly appointed minister by his timely good offices aided in a peaceful adjustment of the "
        "controversy",
        "his government sent a squadron to the coast",
        "the fleet sailed to the islands in 1893",
        "several nations, acknowledging the debt, have paid in small part",  # F. D. Roosevelt 1934
        "we have plowed the furrow and planted the good seed",  # F. D. Roosevelt 1934: the speaker's deeds
    ],
)
def test_a_past_deed_is_a_report(claim: str) -> None:
    assert report_not_thesis(f"This House believes that {claim}") is not None


@pytest.mark.parametrize(
    "claim",
    ["Prohibition failed to reduce drinking", "the Treaty of Versailles made a second war likely",
     "our ancestors fought for liberty and we must defend it", "our schools need more money"],
)
def test_a_judged_past_or_a_present_claim_is_a_thesis(claim: str) -> None:
    assert report_not_thesis(f"This House believes that {claim}") is None


# --- found on the way ------------------------------------------------------------------------------

def test_a_call_for_illustration_is_no_policy() -> None:
    # Goldman, "The Psychology of Political Violence"
    assert problem("This House would take the three most notorious examples of political parties goaded into "
                   "violence during the last fifty years") is not None
    assert problem("This House would take the railways into public ownership") is None


def test_what_a_thing_is_is_not_a_measure_to_adopt() -> None:
    # Cleveland 1893: once "This House would adopt an attribute of sovereignty"
    assert complement_proposal("The right to exclude any or all classes of aliens is an attribute of "
                               "sovereignty.",
                               KNOWN) is None


def test_a_predicate_after_a_modal_and_asides_is_no_command() -> None:
    # Cleveland 1893: once "This House would produce sufficient revenue to meet the needs of the Government"
    sentence = ("I am satisfied that the reduced tariff duties provided for in the proposed legislation, "
                "added to "
                "existing internal-revenue taxation, will in the near future, though perhaps not "
                "immediately, "
                "produce sufficient revenue to meet the needs of the Government.")
    found = parse_recommendation(sentence, KNOWN)
    assert found is None or not any(a.startswith("produce") for a in found.actions)


def test_an_exclamation_states_its_claim() -> None:
    # Goldman: "And how utterly fallacious the stereotyped notion that …"
    claim = exclaimed("And how utterly fallacious the notion that the teachings of Anarchism are "
                      "responsible for "
                      "the acts of political violence.")
    assert claim == ("The notion that the teachings of Anarchism are responsible for the acts of political "
                     "violence "
                     "is utterly fallacious.")
    assert exclaimed("How many men died in the war!") is None


# --- on the texts themselves: no fragment is printed -----------------------------------------------

FRAGMENTS = ["take for granted", "of the description", "those new forms of crime", "viewed in the large",
             "aided in a peaceful adjustment", "only one wish realisable", "attribute of sovereignty"]


@pytest.mark.parametrize(
    "name",
    ["bacon-1625-of-studies", "sotu-1893-cleveland", "sotu-1934-roosevelt", "stevenson-1878-el-dorado",
     "goldman-1911-psychology-of-political-violence"],
)
def test_the_ninth_pass_texts_print_no_fragment(name: str) -> None:
    draft = draft_essay((CORPUS / f"{name}.txt").read_text())
    for motion in draft.motions:
        assert problem(motion.text) is None
        assert not any(fragment in motion.text for fragment in FRAGMENTS), motion.text


def test_one_item_of_a_parallel_series_is_refused() -> None:
    # Bacon, "Of Studies": the first of three parallel judgements, once ranked above the opening claim
    source = ("To spend too much time in studies is sloth; to use them too much for ornament, is "
              "affectation; to make judgment wholly by their rules, is the humor of a scholar.")
    motion = "This House believes that to spend too much time in studies is sloth"
    assert cut_problem(motion, source) is not None
    whole = "Rents are high; wages are low."
    assert cut_problem("This House believes that rents are high", whole) is None
