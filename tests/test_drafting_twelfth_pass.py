"""The fragment classes found on the eleventh batch of unseen texts (issue 11, twelfth pass), each handled by
class: a command that shows the reader a passage or an example ("Read …", "let us take another …") is no
request; an aside between dashes is taken out whole or the motion refused; "these" + adjective + noun keeps
its pointer unless the motion says which; a policy is not cut before its restrictive condition; a subject is
not printed as a claim when its verb comes after a long aside; a verb after a listed subject is no command.
Real sentences from the corpus and our own examples; complete motions of the same shapes must still pass."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.drafting import draft_essay
from bot.drafting.actions import _BACK_REFERENCE, _the_unless_bare
from bot.drafting.boundaries import boundary_problem
from bot.drafting.cuts import cut_problem
from bot.drafting.grammar import VERBS
from bot.drafting.periods import unwind
from bot.drafting.proposals import parse_recommendation
from bot.drafting.structure import problem

CORPUS = Path(__file__).parent / "data" / "essays" / "corpus"
KNOWN = set(VERBS)


@pytest.mark.parametrize(
    "sentence",
    [
        "Read the language of these wandering eyebeams.",  # Emerson, Friendship
        "Let us take another society of the same kind, that of the Red Cross.",  # Kropotkin, Free Agreement
        "Consider the fate of the weavers of the northern towns.",
        "Look at the railways of the Continent, built without a minister.",
        "Let us take, for example, the lifeboat association of the coast.",
        "Take the case of a farmer who has no credit at the bank.",
        "Now compare the cost of the two systems in the last ten years.",
    ],
)
def test_a_command_that_shows_the_reader_something_is_no_proposal(sentence: str) -> None:
    assert parse_recommendation(sentence, KNOWN) is None


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        ("Let us take the lead in building a lasting peace.", "take the lead in building a lasting peace"),
        ("Let us take another step toward free trade.", "take another step toward free trade"),
        ("Take the duty off imported wool at once.", "take the duty off imported wool at once"),
        ("Abolish the tax on windows.", "abolish the tax on windows"),
    ],
)
def test_commands_to_act_are_still_proposals(sentence: str, action: str) -> None:
    found = parse_recommendation(sentence, KNOWN)
    assert found is not None and found.actions[0] == action


def test_the_predicate_of_a_listed_subject_is_no_command() -> None:
    sentence = "Free agreement, free organization, replace that noxious and costly system, and do better."
    assert parse_recommendation(sentence, KNOWN) is None  # Kropotkin: the subjects do it, nobody is asked


def test_an_aside_between_double_hyphens_is_taken_out_whole() -> None:
    period = ("It is evident that in present society, based on individual property--that is to say, on "
              "plunder, and on a narrow-minded, and therefore foolish individualism--facts of this kind are "
              "necessarily limited; but they are many.")
    assert "plunder" not in unwind(period) and "foolish" not in unwind(period) and "--" not in unwind(period)
    assert "facts of this kind are necessarily limited" in unwind(period)


@pytest.mark.parametrize(
    ("motion", "source"),
    [
        ("This House believes that in present society, based on individual property--that is to say and on a "
         "narrow-minded",
         "It is evident that in present society, based on individual property--that is to say, on plunder, "
         "and on a narrow-minded, and therefore foolish individualism--facts of this kind are necessarily "
         "limited."),
        ("This House would fund the harbours — those at least which",
         "We should fund the harbours — those at least which serve the fisheries — before the forts."),
    ],
)
def test_half_an_aside_is_refused(motion: str, source: str) -> None:
    assert cut_problem(motion, source) is not None


def test_a_motion_with_a_whole_aside_or_a_closing_dash_passes() -> None:
    source = "We should fund the harbours — those which serve the fisheries — before the forts."
    assert cut_problem("This House would fund the harbours before the forts", source) is None
    source = "The tariff must go — and go now."
    assert cut_problem("This House believes that the tariff must go", source) is None


@pytest.mark.parametrize(
    ("action", "expected"),
    [
        ("read the language of these wandering eyebeams", "read the language of these wandering eyebeams"),
        ("ban these new taxes", "ban these new taxes"),
        ("tax these agricultural products of the West", "tax the agricultural products of the West"),
        ("close these small schools that the counties cannot staff",
         "close the small schools that the counties cannot staff"),
    ],
)
def test_these_with_an_adjective_becomes_the_only_when_said_which(action: str, expected: str) -> None:
    assert _BACK_REFERENCE.sub(_the_unless_bare, action) == expected


def test_a_kept_these_is_refused_as_a_pointer() -> None:
    assert problem("This House would ban these new taxes") is not None


@pytest.mark.parametrize(
    ("motion", "source"),
    [
        ("This House would allow no line to land on the shores of the US",  # Grant 1875
         "No line should be allowed to land on the shores of the United States under the concession from "
         "another power which does not admit the right of any other line to land."),
        ("This House would allow no line to land on the shores of the US",  # Grant 1875
         "No line should be allowed to land on the shores of the United States which is not, by treaty "
         "stipulation, prohibited from consolidating with any other cable telegraph line."),
        ("This House would abolish the duty on wool",
         "We should abolish the duty on wool unless the revenue falls short of the estimates."),
        ("This House would admit foreign ships to the coasting trade",
         "We should admit foreign ships to the coasting trade so long as our own are kept out of theirs."),
        ("This House would lend to the railway companies",
         "The State should lend to the railway companies, except where a private bank will do so."),
    ],
)
def test_a_policy_is_not_cut_before_its_restrictive_condition(motion: str, source: str) -> None:
    assert boundary_problem(motion, source) is not None


@pytest.mark.parametrize(
    ("motion", "source"),
    [
        ("This House would abolish the duty on wool",
         "We should abolish the duty on wool, and cut the tax on tea as well."),
        ("This House would adopt a new program that will assure health insurance to millions of Americans",
         "I shall propose a new program that will assure health insurance to millions of Americans who "
         "cannot now obtain it."),
        ("This House would build more schools in the towns",
         "We should build more schools in the towns before the winter comes."),
    ],
)
def test_a_policy_that_ends_before_a_plain_modifier_passes(motion: str, source: str) -> None:
    assert boundary_problem(motion, source) is None


def test_a_subject_cut_before_its_verb_past_a_long_aside_is_refused() -> None:
    source = ("This immense network of railways connected together, and the enormous traffic it has given "
              "rise to, no doubt constitutes the most striking trait of the nineteenth century.")
    motion = "This House believes that this immense network of railways connected together"
    assert boundary_problem(motion, source) is not None


def test_a_whole_claim_before_a_long_aside_passes() -> None:
    source = ("The railways were built by agreement, and the traffic they carry grew without a minister, as "
              "all know.")
    assert boundary_problem("This House believes that the railways were built by agreement", source) is None


_FRAGMENTS = {
    "emerson-1841-friendship.txt": [r"\bread the language\b", r"\bthe wandering eyebeams\b"],
    "kropotkin-1892-free-agreement.txt": [r"\btake another society\b", r"--", r"\breplace that noxious\b",
                                          r"connected together$"],
    "sotu-1875-grant.txt": [r"allow no line to land on the shores of the US$"],
}


@pytest.mark.parametrize("name", sorted(_FRAGMENTS))
def test_the_batch_eleven_fragments_are_no_longer_printed(name: str) -> None:
    draft = draft_essay((CORPUS / name).read_text(encoding="utf-8"))
    assert draft.motions, name
    for motion in draft.motions:
        for pattern in _FRAGMENTS[name]:
            assert not re.search(pattern, motion.text), motion.text
