"""Stock phrases earn nothing: fillers ("to be honest", "needless to say"), a stock weighing line that
names nothing of the debate, and the other bench's concession reported as if it were their case.

Each speech here is written for these tests, on motions no bench uses; the edits use wordings the
robustness bench (tests/bench/robustness.py) does not.
"""

from __future__ import annotations

import pytest
from bench.robustness_speeches import insert_after, prefix_sentences

from bot.motions import Motion, load_bank
from bot.scoring import score
from bot.scoring.analyses.base import build_context
from bot.scoring.analyses.clash import exchanges
from bot.scoring.analyses.impact import impact
from bot.scoring.analyses.signals import as_read
from bot.scoring.speech import read_speech

PADDING_MAX_GAIN = 3.0
MEANING_MAX_MOVE = 6.0
HUNTING_ID = "salt-sport-hunting"
ROBOT_TAX_ID = "butler-robot-tax"

# A middling Proposition speech with no exchange with the other side: the kind a filler can inflate.
HUNTING_PROP = """\
Hunting for fun should end. An animal shot for a trophy dies so that someone can enjoy the chase, and \
that is not a good enough reason to take a life.

Animals feel pain and fear. A deer that is wounded and not killed can run for hours before it dies, and \
hunters miss more often than they admit. Foxes chased by hounds are exhausted long before they are caught.

Sport hunting also harms the countryside. Estates breed pheasants by the million and release them for a \
single season, and gamekeepers kill the buzzards and stoats that would eat the birds. The balance of \
whole valleys is set by what makes a good day's shooting.

Rural jobs can come from walking, wildlife tourism and photography instead. People travel a long way to \
watch eagles and otters, and they spend money in the same villages.

A country that protects pets from cruelty should not allow cruelty to wild animals as a pastime.
"""

# An Opposition speech on the robot tax that answers nobody.
ROBOT_TAX_OPP = """\
Taxing companies for using machines would punish the firms that make a country richer. Automation is \
how a bakery, a warehouse or a hospital does more with the same staff.

When a factory buys a robot arm, it can often keep making things at home instead of moving the line \
abroad, so the jobs that remain stay here. A tax on that machine pushes the whole factory towards \
cheaper countries.

Nobody can say where a machine ends and a tool begins. A spreadsheet replaced thousands of clerks, and \
so did the self-service till. Tax officials would spend years arguing about definitions while lawyers \
found ways around them.

Workers who lose their jobs need help, but that help should come from retraining and from the general \
tax system, paid for by everyone, not from a levy on progress itself.
"""

FILLERS = ("To be honest,", "Needless to say,", "At the end of the day,", "Frankly,")


@pytest.fixture(scope="module")
def motions() -> dict[str, Motion]:
    bank = load_bank()
    return {m.id: m for m in bank.motions if m.id in (HUNTING_ID, ROBOT_TAX_ID)}


@pytest.mark.parametrize(("motion_id", "side", "text"), [
    (HUNTING_ID, "prop", HUNTING_PROP), (ROBOT_TAX_ID, "opp", ROBOT_TAX_OPP)])
def test_fillers_before_sentences_earn_at_most_three_points(
        motions: dict[str, Motion], motion_id: str, side: str, text: str) -> None:
    base = score(text, motions[motion_id], side)  # type: ignore[arg-type]
    padded = score(prefix_sentences(text, [(FILLERS, 2, 0)]), motions[motion_id], side)  # type: ignore[arg-type]
    assert padded.total - base.total <= PADDING_MAX_GAIN, (base.total, padded.total)
    assert set(padded.flags) <= set(base.flags)


@pytest.mark.parametrize("line", [
    "Our harms are bigger in scale, likelier to happen and longer lasting in time, so they come first.",
    "On every measure of scope, severity and probability, what we have said outweighs the other side.",
])
@pytest.mark.parametrize(("motion_id", "side", "text"), [
    (HUNTING_ID, "prop", HUNTING_PROP), (ROBOT_TAX_ID, "opp", ROBOT_TAX_OPP)])
def test_a_stock_weighing_line_at_the_end_earns_no_close_and_no_reason(
        motions: dict[str, Motion], line: str, motion_id: str, side: str, text: str) -> None:
    base = score(text, motions[motion_id], side)  # type: ignore[arg-type]
    padded = score(text.rstrip() + " " + line + "\n", motions[motion_id], side)  # type: ignore[arg-type]
    assert padded.total - base.total <= PADDING_MAX_GAIN, (base.total, padded.total)
    structure = next(c for c in padded.criteria if c.id == "structure")
    before = next(c for c in base.criteria if c.id == "structure")
    assert ("a conclusion" in structure.reason) == ("a conclusion" in before.reason), structure.reason


@pytest.mark.parametrize("concession", [
    "Even the Opposition's own first speaker conceded that shooting estates pay for some conservation.",
    "Our opponents have already admitted that rural traditions can change with the times.",
    "The other side accepted in their opening that the line between sport and culling is hard to draw.",
])
def test_the_other_bench_conceding_a_point_is_not_their_case_to_answer(
        motions: dict[str, Motion], concession: str) -> None:
    text = insert_after("hunters miss more often than they admit.", concession)(HUNTING_PROP)
    ctx = build_context(read_speech(text), motions[HUNTING_ID], "prop")
    where = next(i for i, unit in enumerate(ctx.units) if unit.startswith(concession[:20]))
    assert all(statement != where for statement, _ in exchanges(ctx))
    base = score(HUNTING_PROP, motions[HUNTING_ID], "prop")
    edited = score(text, motions[HUNTING_ID], "prop")
    assert abs(edited.total - base.total) <= MEANING_MAX_MOVE, (base.total, edited.total)
    assert set(edited.flags) <= set(base.flags)


@pytest.mark.parametrize("statement", [
    "Members opposite keep insisting that hunting keeps the deer population healthy.",
    "Our friends opposite have been claiming that shooting estates protect the moorland.",
    "Those opposite told us that hunting brings money into poor villages.",
])
def test_the_other_bench_by_its_other_names_puts_their_case(
        motions: dict[str, Motion], statement: str) -> None:
    answer = "That is not true: the money from wildlife tourism is larger and it lasts all year round."
    text = insert_after("and they spend money in the same villages.", f"{statement} {answer}")(HUNTING_PROP)
    ctx = build_context(read_speech(text), motions[HUNTING_ID], "prop")
    where = next(i for i, unit in enumerate(ctx.units) if unit.startswith(statement[:20]))
    assert any(i == where for i, _ in exchanges(ctx)), ctx.units[where]


@pytest.mark.parametrize(("said", "claim"), [
    ("To be honest, deer that are wounded can run for hours.", "Deer that are wounded can run for hours."),
    ("Needless to say, the estates breed pheasants by the million.",
     "The estates breed pheasants by the million."),
    ("It goes without saying that foxes suffer when hounds chase them.",
     "Foxes suffer when hounds chase them."),
    ("Like most rural pastimes, shooting has its own customs.",
     "Like most rural pastimes, shooting has its own customs."),
])
def test_a_filler_opening_a_sentence_is_not_read_as_part_of_its_claim(said: str, claim: str) -> None:
    assert as_read([said]) == [claim]


@pytest.mark.parametrize("filler", ["At the end of the day,", "When all is said and done,", "To be honest,"])
def test_a_filler_is_not_weighing(motions: dict[str, Motion], filler: str) -> None:
    sentence = "oxes chased by hounds are exhausted long before they are caught."
    text = HUNTING_PROP.replace(f"F{sentence}", f"{filler} f{sentence}")
    base = impact(build_context(read_speech(HUNTING_PROP), motions[HUNTING_ID], "prop"))
    padded = impact(build_context(read_speech(text), motions[HUNTING_ID], "prop"))
    assert padded.details["weighing"] == base.details["weighing"]
