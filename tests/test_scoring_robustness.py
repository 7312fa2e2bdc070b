"""The scorer as a student meets it when rewording a speech: the side is read from what the speech
argues, one extra honest sentence barely moves the total, and empty padding earns nothing.

The speeches here are written for these tests and differ (motions and wordings) from those of the
robustness bench, tests/bench/robustness.py, whose text transforms they reuse.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from bench.robustness_speeches import insert_after, pad_both, pad_connectives, pad_evidence_markers

from bot.motions import Motion, load_bank
from bot.scoring import Scorecard, score

MEANING_MAX_MOVE = 6.0
PADDING_MAX_GAIN = 3.0

WORKERS_ID = "friedman-worker-directors"
DIVEST_ID = "mckibben-university-divestment"
PLAIN_ID = "orwell-plain-language-law"
REPARATIONS_ID = "reparations-universities"

WORKERS_PROP = """\
I support this motion: large companies should be required to give their workers seats on the board. I \
will make two arguments, about who carries the risk of a company's decisions and about what boards fail \
to see, and then answer the case against.

First, risk. A shareholder who owns a sliver of a thousand companies barely notices when one of them \
closes a factory. The machinist who has spent twenty years on that factory's equipment loses her income, \
her pension contributions and often her town's best employer in one stroke, and her skills may be worth \
little anywhere else. People with that much at stake deserve a vote where the decision is made, not a \
letter afterwards.

Second, knowledge. Directors usually hear about the shop floor through layers of managers whose careers \
depend on good news. A worker director hears about the faulty valve, the skipped safety check and the \
supplier who keeps sending parts late, because colleagues tell her directly. In Germany, where employees \
elect half the supervisory board in big firms, companies have tended to keep investing in plants and \
training rather than cutting them at the first bad quarter.

The case against says owners must control what they own. But the owners would still hold a majority, and \
in Germany the shareholders' chair keeps the casting vote. Worker directors add a voice, not a veto. We \
also hear that decisions will slow down. A board that hears objections before a restructuring is \
announced avoids the strikes that stop a company for far longer.

So workers carry real risk, they see what boards miss, and the design keeps owners in charge. That is why \
this House should make worker directors the law.
"""

# Argues the Proposition's case on divestment without ever naming a side or the motion.
DIVEST_UNDECLARED = """\
Universities exist to serve the future: they train the scientists who measure the warming climate and \
the engineers who will build whatever replaces coal and oil. Holding shares in companies whose value \
depends on burning reserves that those same scientists say must stay in the ground is a contradiction \
that students notice.

The money matters less than the message. When a respected university sells its oil and gas holdings, it \
tells the public that these firms' plans are not normal business but a danger. That kind of stigma made \
it harder for tobacco companies to lobby and to hire bright graduates, and the campaign against firms \
working in apartheid South Africa helped push Congress towards sanctions in 1986.

There is a prudent financial case as well. As governments tighten climate rules, reserves that cannot be \
burned lose their value, and an endowment that must last for centuries should not be holding assets that \
may be stranded within decades.

Engagement has been tried. For years investors filed resolutions and held polite meetings while the \
companies expanded drilling. Selling the shares is the clearest signal left, and it frees the money for \
clean energy, which is where a university's own research is pointing anyway.

A university that teaches the science of climate change while profiting from ignoring it loses the trust \
of its own students. Selling these holdings is how it keeps that trust.
"""

# Argues the Opposition's case on plain-language law without naming a side.
PLAIN_UNDECLARED = """\
Official letters are often hard to read, and nobody defends jargon for its own sake. But turning clear \
writing into a legal duty is the wrong tool for the job.

Legal and technical words exist because everyday words are loose. A benefit letter that says you may \
lose some money, instead of naming the exact deduction and the rule behind it, can be easier to read and \
harder to rely on. When a simplified notice and the regulation underneath it say slightly different \
things, the citizen ends up in a dispute about which one counts.

Plainness is also impossible to define in a statute. A sentence that is clear to a lawyer baffles a \
teenager, and one that suits a teenager patronises a pensioner. Any legal test will fall back on \
readability formulas, which reward short sentences whether or not they say anything, so offices will \
learn to game the score instead of writing better.

Where such laws exist, they have changed little. America's Plain Writing Act of 2010 gives citizens no \
right to sue, so in practice it produces reports about compliance. A version with penalties would produce \
lawsuits over wording rather than better letters.

Finally, the money. Rewriting and testing every form, notice and guidance page costs staff time that could \
go into answering phones or processing claims faster, which helps confused citizens far more directly.

Good writing comes from training, careful editors and managers who care about readers. Keep the courts out \
of it.
"""

# Argues the Proposition's case on university reparations without naming a side.
REPARATIONS_UNDECLARED = """\
In 1838 the Jesuits who ran Georgetown sold more than two hundred men, women and children to plantations \
in Louisiana and used part of the money to clear the college's debts. That college is now a wealthy \
university, and its wealth did not appear from nowhere: money saved in one decade earns returns in every \
decade after it. When an institution has benefited from a wrong and still exists, the debt still stands.

Unlike a national scheme, a university knows exactly whom it harmed. The sale records list names, and \
genealogists have already traced thousands of living descendants. Paying them does not require anyone to \
sort citizens by race; it requires following a paper trail the university itself created.

The cost is small next to the means. Harvard's endowment is above fifty billion dollars, so a fund of a \
hundred million is a fraction of a single year's returns, and scholarships and teaching need not suffer at \
all.

There is also the example a university sets. Institutions that ask students to face hard truths about \
history cannot refuse to open their own books. And while Congress has debated a study commission for more \
than thirty years without passing it, a university can act this year and show what repair looks like in \
practice.

A debt that is known, traceable and affordable is a debt that ought to be settled.
"""

# Wordings of their own (the bench pads with "Therefore,", "Studies show that" …).
CONNECTIVES = ("Thus,", "Hence,", "For this reason,", "It follows that", "Accordingly,")
MARKERS = ("Numerous studies confirm that", "Scientists have shown that", "It is well documented that",
           "Statistics prove that")


@pytest.fixture(scope="module")
def motions() -> dict[str, Motion]:
    bank = load_bank()
    found = {i: bank.get(i) for i in (WORKERS_ID, DIVEST_ID, PLAIN_ID, REPARATIONS_ID)}
    assert all(found.values()), found
    return found  # type: ignore[return-value]


def declared(card: Scorecard) -> float:
    """The side the scorer read from the speech's own statement: +1 Proposition, -1 Opposition, 0 none."""
    return float(card.extras["analyses"]["side"]["details"]["declared"])


ONE_SENTENCE_EDITS: dict[str, Callable[[str], str]] = {
    "names_opposition_midway": insert_after(
        "Worker directors add a voice, not a veto.",
        "The Opposition has to explain why a voice for the people who run the machines is more dangerous "
        "than a board that never hears from them."),
    "names_opposition_at_close": insert_after(
        "the design keeps owners in charge.",
        "Nothing the Opposition has said shows that owners would lose control of their own companies."),
    "concedes_then_answers": insert_after(
        "in Germany the shareholders' chair keeps the casting vote.",
        "Admittedly, a worker director may sometimes resist a painful closure; yet the owners still hold "
        "the majority, so the board can still decide, only now with the full cost in view."),
}


@pytest.mark.parametrize("edit", list(ONE_SENTENCE_EDITS))
def test_one_sentence_naming_the_opposition_or_conceding_keeps_the_side_and_the_score(
    edit: str, motions: dict[str, Motion],
) -> None:
    motion = motions[WORKERS_ID]
    base = score(WORKERS_PROP, motion, "prop")
    edited = score(ONE_SENTENCE_EDITS[edit](WORKERS_PROP), motion, "prop")
    assert "wrong_side" not in base.flags
    assert "wrong_side" not in edited.flags
    assert set(edited.flags) <= set(base.flags)
    assert abs(edited.total - base.total) <= MEANING_MAX_MOVE, (base.total, edited.total)


@pytest.mark.parametrize(("motion_id", "text", "argued"), [
    (DIVEST_ID, DIVEST_UNDECLARED, "prop"),
    (PLAIN_ID, PLAIN_UNDECLARED, "opp"),
    (REPARATIONS_ID, REPARATIONS_UNDECLARED, "prop"),
    (WORKERS_ID, WORKERS_PROP, "prop"),
], ids=["divest", "plain_language", "reparations", "workers_declared"])
def test_a_whole_speech_scored_for_the_other_side_is_flagged_wrong_side(
    motion_id: str, text: str, argued: str, motions: dict[str, Motion],
) -> None:
    motion = motions[motion_id]
    other = "opp" if argued == "prop" else "prop"
    own = score(text, motion, argued)  # type: ignore[arg-type]
    flipped = score(text, motion, other)  # type: ignore[arg-type]
    assert "wrong_side" not in own.flags
    assert "wrong_side" in flipped.flags
    assert flipped.total < own.total


PADDINGS: dict[str, Callable[[str], str]] = {
    "connectives": lambda text: pad_connectives(text, CONNECTIVES),
    "evidence_markers": lambda text: pad_evidence_markers(text, MARKERS),
    "both": lambda text: pad_both(text, CONNECTIVES, MARKERS),
}


@pytest.mark.parametrize("padding", list(PADDINGS))
@pytest.mark.parametrize(("motion_id", "text", "side"), [
    (WORKERS_ID, WORKERS_PROP, "prop"),
    (PLAIN_ID, PLAIN_UNDECLARED, "opp"),
], ids=["workers", "plain_language"])
def test_padding_with_connectives_and_empty_evidence_markers_gains_at_most_three_points(
    motion_id: str, text: str, side: str, padding: str, motions: dict[str, Motion],
) -> None:
    padded = PADDINGS[padding](text)
    assert padded != text and len(padded.split()) > len(text.split()) + 5
    base = score(text, motions[motion_id], side)  # type: ignore[arg-type]
    card = score(padded, motions[motion_id], side)  # type: ignore[arg-type]
    assert card.total - base.total <= PADDING_MAX_GAIN, (base.total, card.total)


@pytest.mark.parametrize(("motion_id", "statement", "body", "side"), [
    (PLAIN_ID, "We on the Opposition bench reject a law that would turn plain English into a legal duty.",
     PLAIN_UNDECLARED, "opp"),
    (PLAIN_ID, "Count this bench among the opponents of tonight's motion.", PLAIN_UNDECLARED, "opp"),
    (REPARATIONS_ID, "I am proud to propose that universities built on the sale of human beings compensate "
     "the descendants of the people they sold.", REPARATIONS_UNDECLARED, "prop"),
    (REPARATIONS_ID, "We are wholeheartedly behind this motion.",
     REPARATIONS_UNDECLARED, "prop"),
    # Backing or refusing the motion restated in the speaker's own words, whatever the verb.
    (REPARATIONS_ID, "Universities that grew rich on slavery ought to pay the families of the people they "
     "enslaved, and my side stands squarely behind that obligation.", REPARATIONS_UNDECLARED, "prop"),
    (PLAIN_ID, "I rise in opposition to making plain English a legal duty for every official letter.",
     PLAIN_UNDECLARED, "opp"),
    (REPARATIONS_ID, "Madam Speaker, I rise to propose tonight's motion.", REPARATIONS_UNDECLARED, "prop"),
], ids=["opposition_bench_rejects", "among_the_opponents", "proud_to_propose", "wholeheartedly_behind",
        "behind_a_restatement", "in_opposition_to_a_restatement", "rise_to_propose"])
def test_unusual_side_statements_are_read_as_that_side(
    motion_id: str, statement: str, body: str, side: str, motions: dict[str, Motion],
) -> None:
    card = score(f"{statement} {body}", motions[motion_id], side)  # type: ignore[arg-type]
    assert "wrong_side" not in card.flags
    assert declared(card) == (1.0 if side == "prop" else -1.0)


@pytest.mark.parametrize(("motion_id", "statement", "body", "side"), [
    (PLAIN_ID, "Let me begin by saying I stand in firm opposition to the motion that public bodies should be "
     "legally required to write to citizens in plain language.", PLAIN_UNDECLARED, "opp"),
    (PLAIN_ID, "We are here to reject today's motion, that the law should force plain language on every "
     "public body.", PLAIN_UNDECLARED, "opp"),
    (REPARATIONS_ID, "My team is glad to defend the resolution: universities that profited from slavery "
     "should "
     "fund payments for the descendants of the people they enslaved.", REPARATIONS_UNDECLARED, "prop"),
], ids=["opposition_to_the_motion_quoted", "reject_the_motion_restated", "defend_the_resolution_quoted"])
def test_a_motion_quoted_inside_a_side_statement_takes_the_statements_side(
    motion_id: str, statement: str, body: str, side: str, motions: dict[str, Motion],
) -> None:
    """Quoting the motion's own words ("the motion that we should …") names the debate: the side is
    the frame's ("in opposition to"), not the quoted policy's."""
    card = score(f"{statement} {body}", motions[motion_id], side)  # type: ignore[arg-type]
    assert "wrong_side" not in card.flags
    assert declared(card) == (1.0 if side == "prop" else -1.0)


def test_announcing_the_motion_states_no_side(motions: dict[str, Motion]) -> None:
    """"The motion for today's debate is that …" announces the debate; it is not the speaker's position."""
    statement = ("The motion for today's debate is that public bodies should be legally required to write to "
                 "citizens in plain language.")
    card = score(f"{statement} {PLAIN_UNDECLARED}", motions[PLAIN_ID], "opp")
    assert declared(card) == 0.0
    assert "wrong_side" not in card.flags


@pytest.mark.parametrize(("motion_id", "statement", "body", "side"), [
    (PLAIN_ID, "On behalf of the Opposition: this duty would do more harm than good.", PLAIN_UNDECLARED,
     "opp"),
    (PLAIN_ID, "I will not be supporting a legal duty to write in plain language.", PLAIN_UNDECLARED, "opp"),
    (REPARATIONS_ID, "My vote goes firmly for funding payments to the descendants of the people these "
     "universities enslaved.",
     REPARATIONS_UNDECLARED, "prop"),
    (PLAIN_ID, "I'll be voting this requirement down.", PLAIN_UNDECLARED, "opp"),
    (PLAIN_ID, "Our bench can't endorse any legal duty of plain language.", PLAIN_UNDECLARED, "opp"),
    (PLAIN_ID, "I cannot champion this requirement in any form.", PLAIN_UNDECLARED, "opp"),
], ids=["on_behalf_of_the_opposition", "not_supporting_the_policy_by_name", "vote_for_the_policy_by_name",
        "voting_the_policy_down", "a_contracted_refusal", "cannot_as_one_word"])
def test_backing_or_refusing_the_policy_by_name_states_a_side(
    motion_id: str, statement: str, body: str, side: str, motions: dict[str, Motion],
) -> None:
    """A first-person sentence that backs or refuses the motion's own policy, named in the speaker's
    words, states the side even without the words "motion" or "propose"."""
    card = score(f"{statement} {body}", motions[motion_id], side)  # type: ignore[arg-type]
    assert "wrong_side" not in card.flags
    assert declared(card) == (1.0 if side == "prop" else -1.0)


def test_a_claim_behind_the_speakers_own_evidence_keeps_its_side(motions: dict[str, Motion]) -> None:
    """"Experts agree that X" is the speaker's claim X with a source in front, not someone else's
    claim reported: the speech's side and total hardly move, whether or not the source is real."""
    leads = ("Experts agree that", "Study after study has found that", "The data now show that")
    padded = pad_evidence_markers(PLAIN_UNDECLARED, leads, every=2)
    assert padded != PLAIN_UNDECLARED
    base = score(PLAIN_UNDECLARED, motions[PLAIN_ID], "opp")
    card = score(padded, motions[PLAIN_ID], "opp")
    assert "wrong_side" not in card.flags
    assert abs(card.total - base.total) <= PADDING_MAX_GAIN, (base.total, card.total)
    side = card.extras["analyses"]["side"]["details"]
    assert side["lean"] >= base.extras["analyses"]["side"]["details"]["lean"] - 0.15


REGRET_ID = "ritchie-germany-nuclear-exit"  # "This House regrets the decision of Germany to close …"
NEUTRAL_BODY = ("Germany switched off its last three reactors in April 2023. The argument about that choice "
                "has not gone away, and it turns on carbon, cost and risk.")


@pytest.mark.parametrize(("statement", "side"), [
    ("My team stands behind the decision to shut those reactors.", "opp"),
    ("Speaking plainly, we regret it, and so should this House.", "prop"),
    ("We have no regrets at all about the nuclear exit.", "opp"),
    ("I will be voting against this motion.", "opp"),
], ids=["backs_the_regretted_action", "shares_the_regret", "refuses_the_regret", "against_the_motion"])
def test_on_a_motion_that_regrets_an_action_backing_the_action_opposes_it(statement: str, side: str) -> None:
    """Backing what the motion regrets is opposing the motion; sharing the regret is supporting it."""
    motion = load_bank().get(REGRET_ID)
    assert motion is not None
    card = score(f"{statement} {NEUTRAL_BODY}", motion, side)  # type: ignore[arg-type]
    assert declared(card) == (1.0 if side == "prop" else -1.0)
