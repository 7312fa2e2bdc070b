"""Drafting on old argumentative prose: long periods, old spelling, a thesis put as a rhetorical
question, a thesis stated only as the conclusion, and a piece of a sentence ending on "a new".

Excerpts are from public-domain texts (The Federalist No. 84, 1788; Madison's No. 51) or our own
sentences in the old manner."""

from __future__ import annotations

from bot.drafting import draft_essay
from bot.drafting.compose import _belief
from bot.drafting.conclusions import concluded
from bot.drafting.oldstyle import modernise
from bot.drafting.periods import unwind
from bot.drafting.questions import assertion
from bot.drafting.structure import is_complete, problem

FEDERALIST_84 = (
    "I go further, and affirm that bills of rights, in the sense and to the extent in which they are "
    "contended for, are not only unnecessary in the proposed Constitution, but would even be dangerous."
)


# --- long periods -----------------------------------------------------------------------------------------


def test_an_aside_between_subject_and_verb_is_taken_out_of_a_period() -> None:
    assert unwind(FEDERALIST_84.split("that ", 1)[1]) == (
        "bills of rights are not only unnecessary in the proposed Constitution, but would even be dangerous."
    )


def test_a_comma_between_a_long_subject_and_its_verb_is_dropped() -> None:
    period = (
        "the great security against a gradual concentration of the powers, consists in giving each the means"
    )
    assert unwind(period) == (
        "the great security against a gradual concentration of the powers consists in giving each the means"
    )


def test_a_dashed_aside_and_an_opening_concession_are_taken_out() -> None:
    assert (
        unwind("Though the charter is old, it is just and ought to stand") == "it is just and ought to stand"
    )
    assert unwind("a man must walk four hours a day—and it is commonly more than that—in the woods") == (
        "a man must walk four hours a day in the woods"
    )


def test_a_long_periodic_thesis_becomes_a_complete_motion_instead_of_being_dropped() -> None:
    motion = _belief(FEDERALIST_84, frozenset())
    assert motion == (
        "This House believes that bills of rights are not only unnecessary in the proposed Constitution, "
        "but would even be dangerous"
    )
    assert is_complete(motion)


def test_federalist_84_is_drafted_on_its_thesis() -> None:
    essay = "\n\n".join(
        [
            "Objections to the Constitution Considered",
            "The most considerable of the remaining objections is that "
            "the plan of the convention contains no "
            "bill of rights. Among other answers given to this, it has "
            "been upon different occasions remarked "
            "that the constitutions of several of the States are in a similar predicament.",
            FEDERALIST_84 + " They would contain various exceptions to powers not granted; and, on this very "
            "account, would afford a colorable pretext to claim more than were granted. For why declare that "
            "things shall not be done which there is no power to do? Bills of rights are in their origin "
            "stipulations between kings and their subjects, abridgments "
            "of prerogative in favor of privilege.",
            "The truth is, after all the declamations we have heard, "
            "that the Constitution is itself, in every "
            "rational sense, and to every useful purpose, a bill of rights. A minute detail of particular "
            "rights is certainly far less applicable to a Constitution like that under consideration.",
        ]
    )
    draft = draft_essay(essay)
    assert draft.motions, "a thesis in a long period must not be lost"
    assert any("bills of rights are not only unnecessary" in m.text for m in draft.motions)
    assert all(problem(m.text) is None for m in draft.motions)


# --- old spelling ----------------------------------------------------------------------------------------


def test_old_verb_forms_and_spellings_are_modernised() -> None:
    assert modernise("'Tis plain that the law hath shewn its connexion") == (
        "It is plain that the law has shown its connection"
    )
    assert modernise("Power maketh men bold and giveth them no rest; it doth harm") == (
        "Power makes men bold and gives them no rest; it does harm"
    )
    assert modernise("the twentieth year, beneath our teeth") == "the twentieth year, beneath our teeth"


def test_a_thesis_in_old_spelling_becomes_a_complete_motion() -> None:
    motion = _belief("A standing army hath ever been the instrument of tyranny.", frozenset())
    assert motion == "This House believes that a standing army has ever been the instrument of tyranny"
    assert is_complete(motion)


# --- rhetorical questions --------------------------------------------------------------------------------


def test_a_rhetorical_question_is_read_as_the_claim_it_makes() -> None:
    assert assertion("Is it not evident, then, that a standing army is dangerous to liberty?") == (
        "A standing army is dangerous to liberty."
    )
    assert assertion("And who can doubt that the colonies will resist?") == "The colonies will resist."
    assert assertion("Can it be doubted that slavery corrupts the master?") == "Slavery corrupts the master."
    assert assertion(
        "But what is government itself, but the greatest of all reflections on human nature?"
    ) == ("Government itself is the greatest of all reflections on human nature.")


def test_a_real_question_is_no_claim() -> None:
    assert assertion("Now, what is this system of slavery?") is None
    assert assertion("What would become of us, if we walked only in a garden?") is None
    assert assertion("What is it but a snare?") is None  # its subject is a pronoun


def test_a_rhetorical_question_thesis_becomes_a_belief_motion() -> None:
    motion = _belief("Who can deny that a free press is the guardian of every other liberty?", frozenset())
    assert motion == "This House believes that a free press is the guardian of every other liberty"


# --- a thesis stated only as the conclusion --------------------------------------------------------------


def test_a_conclusion_frame_gives_the_claim_inside_it() -> None:
    assert (
        concluded(
            "It results from the preceding considerations, that there is "
            "in reality nothing desired except happiness."
        )
        == "There is in reality nothing desired except happiness."
    )
    assert concluded("Upon the whole, the plan of the convention deserves our support.") == (
        "The plan of the convention deserves our support."
    )
    assert concluded("It is raining today.") is None


def test_a_conclusion_frame_is_not_worded_into_the_motion() -> None:
    motion = _belief(
        "We must conclude, then, that the public credit is the strength of the Union.", frozenset()
    )
    assert motion == "This House believes that the public credit is the strength of the Union"


def test_a_thesis_stated_only_in_the_closing_paragraph_is_drafted() -> None:
    essay = "\n\n".join(
        [
            "Of Turnpike Tolls",
            "The roads of this county were once mended by the labour of the parishes through which they ran. "
            "Each parish sent its men for six days in the year, and each parish did the work as ill as it "
            "could. The carters complained, the farmers complained, and "
            "the roads grew worse with every winter.",
            "The trusts that took the roads in hand raised gates and took a toll of every waggon. They paid "
            "surveyors who knew their trade, and the surveyors laid stone where the parishes had laid mud. "
            "Within ten years a journey of two days was made in one.",
            "Some will say the toll is a burden on the poor carrier. Yet the carrier now spends less on his "
            "horses than the toll costs him, for a good road spares a horse more than a gate can take.",
            "It follows from all that has been said, that the turnpike toll is the cheapest way a county can "
            "keep its roads in repair.",
        ]
    )
    draft = draft_essay(essay)
    assert any("turnpike toll is the cheapest way" in m.text for m in draft.motions)
    assert all("follows" not in m.text for m in draft.motions)


def test_the_authors_declared_answer_is_read_as_the_thesis() -> None:
    assert concluded(
        "My answer is, first, that slavery is the common enemy of mankind, and all mankind should know it."
    ) == "Slavery is the common enemy of mankind, and all mankind should know it."
    motion = _belief(
        "The West of which I speak is but another name for the Wild; and what I have been preparing to say "
        "is, that in Wildness is the preservation of the World.",
        frozenset(),
    )
    assert motion == "This House believes that the preservation of the World is in Wildness"


def test_a_dashed_afterthought_closing_a_period_is_cut() -> None:
    period = (
        "we should go forth on the shortest walk in the spirit of undying adventure, never to return,"
        "—prepared to send back our embalmed hearts only as relics to our desolate kingdoms"
    )
    assert unwind(period) == (
        "we should go forth on the shortest walk in the spirit of undying adventure, never to return"
    )


# --- fragments -------------------------------------------------------------------------------------------


def test_a_piece_ending_on_an_article_and_adjective_is_refused() -> None:
    assert problem("This House would take pleasure in fancying ourselves knights of a new") is not None
    assert problem("This House believes that the old order must give way to the new") is None


def test_an_imperative_after_believes_that_is_refused() -> None:
    assert problem("This House believes that let there be certain persons licensed to lend") is not None
    assert problem("This House would let the water board pay the farmers") is None
