"""Each analysis credits what it names and not the words around it."""

from __future__ import annotations

from scoring_samples import STRONG_OPP, STRONG_PROP, embassy_motion

from bot.motions import Motion
from bot.scoring.analyses import build_context, run_all
from bot.scoring.analyses.base import Context
from bot.scoring.analyses.evidence import evidence
from bot.scoring.analyses.reasoning import find_links, reasoning
from bot.scoring.analyses.statements import declared_side
from bot.scoring.analyses.structure import signposts
from bot.scoring.speech import read_speech

MOTION = Motion.ad_hoc("We should abolish capital punishment")


def context(text: str, motion: Motion = MOTION, side: str = "prop") -> Context:
    return build_context(read_speech(text), motion, side)  # type: ignore[arg-type]


def test_a_because_that_restates_the_claim_is_not_a_reason() -> None:
    circular = context("Capital punishment is wrong because the death penalty is wrong.")
    real = context("Capital punishment is wrong because innocent prisoners are executed after flawed trials.")
    assert find_links(circular) == []
    assert len(find_links(real)) == 1


def test_reasons_that_carry_on_count_as_a_mechanism() -> None:
    chain = context(
        "We should abolish capital punishment because juries convict innocent people. "
        "This means the state kills people who did nothing, which destroys trust in the courts. "
        "As a result, witnesses stop coming forward and more crimes go unsolved."
    )
    bare = context("We should abolish capital punishment. It is bad. It is very bad. It must end.")
    assert reasoning(chain).details["mechanisms"] >= 1
    assert reasoning(chain).score > reasoning(bare).score + 0.5


def test_figures_and_named_cases_are_evidence_but_studies_show_is_not() -> None:
    specific = context(
        "Capital punishment does not deter crime because states without it have lower murder rates. "
        "In Texas, 13 people sentenced to death were later exonerated."
    )
    vague = context("Capital punishment is wrong because studies show it. Research proves the penalty fails.")
    assert evidence(specific).score > evidence(vague).score + 0.3
    assert evidence(vague).score < 0.2


def test_declared_side_reads_the_motions_own_policy() -> None:
    assert declared_side(context("We should abolish capital punishment. It kills innocents."))[0] == 1
    assert declared_side(context("We should not abolish capital punishment. It deters murder."))[0] == -1
    assert declared_side(context("We must keep capital punishment for the worst murderers."))[0] == -1
    assert declared_side(context("I am proud to oppose the motion today."))[0] == -1
    # describing a law is not declaring a side
    assert declared_side(context("The new bill will not abolish capital punishment in Texas."))[0] == 0


def test_a_side_is_stated_by_backing_or_refusing_the_policy_by_name_or_ordering_it() -> None:
    ban = Motion.ad_hoc("We should ban private jets")
    close = Motion.ad_hoc("We should close coal power stations")
    welcome = Motion.ad_hoc("We should let refugees vote in local elections")

    def stated(text: str, motion: Motion) -> float:
        return declared_side(context(text, motion))[0]

    assert stated("Our bench backs this prohibition without hesitation. Jets burn fuel.", ban) == 1
    assert stated("I cannot accept such a closure while bills are rising. Coal is cheap.", close) == -1
    assert stated("Prices matter. So shut the coal power stations down this decade.", close) == 1
    assert stated("Never close a working plant in a cold winter. Coal is reliable.", close) == -1
    # Everyday imperatives and -ing subjects are not side statements.
    assert stated("Let me explain the stakes. Refugees pay local taxes.", welcome) == 0
    assert stated("Banning private jets would hit air ambulances. Jets save lives.", ban) == 0
    # The speaker's own backing counts even where it sounds like a report; a concession does not.
    assert stated("Frankly, my side wholeheartedly endorses this prohibition. Jets burn fuel.", ban) == 1
    assert stated("We welcome this ban's aims, but it would ground air ambulances. Jets help.", ban) == 0
    # Someone else's backing is not the speaker's.
    assert stated("They support the ban because it polls well. Jets are a tiny share.", ban) == 0


def test_signposts_count_only_when_content_follows_in_order() -> None:
    real = context(
        "First, capital punishment executes innocent people because trials make mistakes. "
        "Second, the death penalty costs more than life imprisonment in appeals and trials."
    )
    empty = context("Firstly. Secondly. Thirdly. Finally, capital punishment.")
    assert len(signposts(real)) == 2
    assert len(signposts(empty)) == 0


def test_every_analysis_explains_itself_on_a_real_speech() -> None:
    motion = embassy_motion()
    for text, side in ((STRONG_PROP, "prop"), (STRONG_OPP, "opp")):
        findings = run_all(context(text, motion, side))
        for name, finding in findings.items():
            assert 0.0 <= finding.score <= 1.0, name
            assert finding.reason and finding.tip, name
            assert all(0 <= i < len(read_speech(text).units) for i in finding.units), name
