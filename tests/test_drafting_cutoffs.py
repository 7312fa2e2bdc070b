"""Fragment classes the drafter printed on five unseen State of the Union addresses (1850 Fillmore, 1880
Hayes, 1953 Eisenhower; public domain), and the appeal it could not word (Douglass, 1846), each fixed by
class:

- a demonstrative noun phrase ("this great success") that the motion never named before;
- a motion ending on a definite noun that the source sentence went on completing ("… the encouragement
  which it so well deserves"), read at the cut point in the source sentence;
- a garbled quantity ("increase two in the number of …", from "an increase of two in the number …") and a
  noun read as the verb ("the field should force for … be brought", "should respect of labor");
- an appeal "I call upon X to look at this, and to do Y" worded as "X should do Y", with the speaker's own
  aside ("the influence I am about to show they possess") taken out;
- a question of use ("To what objects shall these surpluses be appropriated?") answered a few sentences
  later ("… their application to the great purposes of public education, roads …"): one proposal;
- from five more addresses (1827 J. Q. Adams, 1870 Grant, 1906 T. Roosevelt, 1930 Hoover): "such X" and "the
  X referred to" pointing back, a noun read as the verb before a second "has", "nor" with no negative, "the
  own" left where "its own" was worded, and an inquiry into nothing.

The quoted motions and sentences from the addresses are what the drafter once printed or read; the rest
are our own examples.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.drafting import draft_essay
from bot.drafting.cuts import cut_problem
from bot.drafting.finding import POLICY_VERBS
from bot.drafting.questions import answered_use
from bot.drafting.requests import parse_request
from bot.drafting.structure import problem
from bot.drafting.wording import policy_motion

CORPUS = Path(__file__).parent / "data" / "essays" / "corpus"
VERBS = set(POLICY_VERBS)


@pytest.mark.parametrize(
    "motion",
    [
        # 1880 Hayes, printed as a motion: "this great success" is something the speech told of before
        "This House believes that the results of this great success can not but be advantageous to this "
        "important and growing industry",
        "This House would extend this excellent scheme to every county",
        "This House believes that these new rules harm small shops",
        "This House believes that those old arguments are wrong",
    ],
)
def test_a_demonstrative_noun_the_motion_never_named_is_refused(motion: str) -> None:
    found = problem(motion)
    assert found is not None and "points back into the essay" in found, found


@pytest.mark.parametrize(
    "motion",
    [
        "This House would levy a tax on coal and spend this tax on schools",
        "This House would fund those schools which take in refugees",
        "This House would do without all these advisory quangos",
    ],
)
def test_a_demonstrative_with_its_antecedent_or_defining_clause_is_accepted(motion: str) -> None:
    assert problem(motion) is None


FILLMORE = (
    "As this can not be done by the ordinary modes of legislation, I respectfully recommend the "
    "establishment of an agricultural bureau, to be charged with the duty of giving to this leading branch "
    "of American industry the encouragement which it so well deserves."
)


def test_a_definite_noun_whose_complement_was_cut_off_is_refused() -> None:
    """1850: the motion stopped on "the encouragement"; the sentence went on "which it so well deserves"."""
    printed = (
        "This House would establish an agricultural bureau, to be charged with the duty of giving to the "
        "leading branch of American industry the encouragement"
    )
    found = cut_problem(printed, FILLMORE)
    assert found is not None and "'which …'" in found, found
    assert cut_problem("This House would establish an agricultural bureau", FILLMORE) is None


@pytest.mark.parametrize(
    ("motion", "source", "cut"),
    [
        ("This House would give the harbour board the power",
         "We should give the harbour board the power to borrow against its dues.", True),
        ("This House would give the harbour board the power to borrow against its dues",
         "We should give the harbour board the power to borrow against its dues.", False),
        ("This House would repeal the duty",
         "The council should repeal the duty of tonnage on small boats.", True),
        # a comma: what follows is an aside, the noun was already whole
        ("This House would repeal the levy",
         "The council should repeal the levy, which nobody has defended.", False),
        # a modifier already says which: "the present laws"
        ("This House would enforce the present laws",
         "The board should enforce the present laws which the inspectors have found wanting.", False),
    ],
)
def test_the_cut_point_is_read_in_the_source_sentence(motion: str, source: str, cut: bool) -> None:
    assert (cut_problem(motion, source) is not None) is cut


@pytest.mark.parametrize(
    ("motion", "because"),
    [
        # 1953 Eisenhower: "an immediate increase of two in the number of District Commissioners"
        ("This House would increase two in the number of District Commissioners to broaden representation of "
         "all elements of our local population", "garbled quantity"),
        ("This House would raise ten in the mooring fees", "garbled quantity"),
        # 1923 Coolidge: "that the field force for prohibition enforcement be brought within …"
        ("This House believes that the field should force for prohibition enforcement be brought within the "
         "classified civil service", "the verb was a noun"),
        # 1953 Eisenhower: "It must enjoy the confidence and respect of labor and industry"
        ("This House believes that the Department should respect of labor and industry", "not a verb"),
    ],
)
def test_a_garbled_quantity_or_a_noun_read_as_a_verb_is_refused(motion: str, because: str) -> None:
    found = problem(motion)
    assert found is not None and because in found, found


@pytest.mark.parametrize(
    "motion",
    [
        "This House would appoint two more judges",
        "This House would cut 10 per cent of the road budget",
        "This House would reduce usury to five in the hundred",
        "This House would appoint three to the harbour board",
        "This House would build two of the planned bridges",
    ],
)
def test_a_counted_number_or_a_verb_taking_of_is_accepted(motion: str) -> None:
    assert problem(motion) is None


@pytest.mark.parametrize(
    ("sentence", "motion"),
    [
        # Douglass, 1846 (reception speech, London)
        ("Hence, I call upon the people of Britain to look at this matter, and to exert the influence I am "
         "about to show they possess, for the removal of slavery from America.",
         "This House believes that the people of Britain should exert the influence for the removal of "
         "slavery from America"),
        ("I call upon the parish councils to consider this report, and to open their halls to the night "
         "shelter.",
         "This House believes that the parish councils should open their halls to the night shelter"),
    ],
)
def test_an_appeal_to_others_is_worded_as_what_they_should_do(sentence: str, motion: str) -> None:
    found = parse_request(sentence, VERBS)
    assert found is not None
    text, _ = policy_motion(found, [0], frozenset())
    assert text == motion
    assert problem(text) is None


def test_an_appeal_for_attention_alone_is_no_proposal() -> None:
    assert parse_request("I call upon the council to look at this matter.", VERBS) is None


@pytest.mark.parametrize(
    ("essay", "fragment"),
    [
        ("sotu-1850-fillmore.txt", "the encouragement"),
        ("sotu-1880-hayes.txt", "this great success"),
        ("sotu-1953-eisenhower.txt", "increase two"),
    ],
)
def test_the_addresses_no_longer_print_their_fragments(essay: str, fragment: str) -> None:
    draft = draft_essay((CORPUS / essay).read_text(encoding="utf-8"))
    assert draft.motions, "a complete motion should have taken the fragment's place"
    for motion in draft.motions:
        assert fragment not in motion.text
        assert problem(motion.text) is None, motion.text


JEFFERSON_QUESTION = (
    "The question therefore now comes forward, To what other objects shall these surpluses be appropriated, "
    "and the whole surplus of impost, after the entire discharge of the public debt, and during those "
    "intervals when the purposes of war shall not call for them?"
)
JEFFERSON_ANSWER = (
    "Their patriotism would certainly prefer its continuance and application to the great purposes of the "
    "public education, roads, rivers, canals, and such other objects of public improvement as it may be "
    "thought proper to add to the constitutional enumeration of Federal powers."
)


def test_a_question_of_use_is_read_with_the_answer_that_follows() -> None:
    """1806 Jefferson: the question is asked, one sentence intervenes, then the answer."""
    between = "Shall we suppress the impost and give that advantage to foreign over domestic manufactures?"
    found = answered_use(JEFFERSON_QUESTION, [between, JEFFERSON_ANSWER], VERBS)
    assert found == "we should appropriate these surpluses to public education, roads, rivers and canals"
    own = answered_use(
        "To what purposes should the harbour fund be devoted?",
        ["The council should see it devoted to dredging, new moorings, and a lifeboat station."],
        VERBS,
    )
    assert own == "we should devote the harbour fund to dredging, new moorings and a lifeboat station"


def test_a_question_left_unanswered_proposes_nothing() -> None:
    unanswered = ["Shall we suppress the impost?", "Nobody can yet say."]
    assert answered_use(JEFFERSON_QUESTION, unanswered, VERBS) is None
    assert answered_use("To what purposes should the fund be applied?", ["The fund stands at four million."],
                        VERBS) is None


def test_the_address_drafts_the_answered_question() -> None:
    text = (CORPUS / "sotu-1806-jefferson.txt").read_text(encoding="utf-8")
    motions = [m.text for m in draft_essay(text).motions]
    wanted = "This House would appropriate the surpluses to public education, roads, rivers and canals"
    assert wanted in motions


@pytest.mark.parametrize(
    ("motion", "because"),
    [
        ("This House believes that such collision has, never the less, recently taken place by occurrences "
         "the precise character of which has not yet been ascertained", "'such collision' points back"),
        ("This House believes that the two cases referred to may not be in real conflict with each other",
         "points at something said earlier"),
        ("This House believes that the evils just mentioned must be cured",
         "points at something said earlier"),
        ("This House would reform in the management of Indian affairs has received the special attention "
         "of the Administration", "a second clause"),
        ("This House opposes loaning the US credit in aid of any enterprise undertaken by States or "
         "corporations, nor grant lands in any instance", "'nor' with no negative"),
        ("This House would authorize the building by the Government of the own facilities",
         "possessive lost"),
        ("This House would direct an inquiry", "left undefined"),
        ("This House would conduct a survey", "left undefined"),
    ],
)
def test_more_pointers_and_broken_joins_are_refused(motion: str, because: str) -> None:
    found = problem(motion)
    assert found is not None and because in found, found


@pytest.mark.parametrize(
    "motion",
    [
        "This House would authorize the building by the Government of its own facilities",
        "This House would direct an inquiry into the working of the antitrust laws",
        "This House believes that the town should not borrow for the canal nor tax the farmers",
        "This House believes that such taxes as fall on bread are unjust",
        "This House would submit the dispute to arbitration",
    ],
)
def test_the_same_words_in_a_whole_proposition_are_accepted(motion: str) -> None:
    assert problem(motion) is None
