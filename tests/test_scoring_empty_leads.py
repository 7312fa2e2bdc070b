"""Words with no content that open a sentence earn nothing: a connective ("Hence, …", "Which is why
…"), an evidence marker that names no evidence ("It has been shown that …", "Any economist will
tell you that …") or a stock weighing reason ("… because it is the gravest and the surest").

They are not reasons, they do not make an off-topic sentence about the motion, and a reason cue
inside the claim they open ("… none of this means …") is read as if the marker were not there.
Speeches and wordings here are written for these tests; the robustness bench uses others.
"""

from __future__ import annotations

import importlib

import pytest
from bench.robustness_speeches import prefix_sentences

from bot.motions import Motion, load_bank
from bot.scoring import score
from bot.scoring.analyses.base import build_context
from bot.scoring.analyses.signals import as_read, empty_lead
from bot.scoring.speech import read_speech

reasoning = importlib.import_module("bot.scoring.analyses.reasoning")

PADDING_MAX_GAIN = 3.0
HUNTING_ID = "salt-sport-hunting"
ROBOT_TAX_ID = "butler-robot-tax"

HUNTING_OPP = """\
Banning sport hunting would hand the countryside to those who have never had to manage it. Deer have \
no natural predators left in most of Britain, and without culling they strip young woodland bare.

Paying hunters fund much of that culling. A stalker who pays for a season does work that the state \
would otherwise have to buy, and estates spend the income on keepers, fences and habitat.

The ban would also fall on small places. Shooting days fill village pubs and guesthouses in the \
quiet months, when walkers and tourists stay away, and beaters and loaders are often local teenagers \
earning their first wages.

Cruelty laws already punish those who wound or torment animals, and they can be enforced harder. \
A clumsy ban punishes the careful and the careless alike.

Keep hunting legal, and regulate it properly.
"""

ROBOT_TAX_PROP = """\
Companies that replace workers with machines should pay a tax on those machines. When a warehouse \
swaps two hundred pickers for robots, the wages disappear and so do the income tax and national \
insurance that came with them.

Public services are paid for by taxes on work. If work is done by machines that pay nothing, the \
schools and hospitals those workers relied on lose their funding at the very moment demand rises.

A modest levy slows the switch just enough for retraining to keep up. Firms still automate where a \
robot is far better, but not merely to save the payroll tax on a person.

The money can fund wage insurance and training for the workers displaced, so the gains of automation \
are shared instead of kept by shareholders alone.
"""

TOMATOES = "my grandmother grew tomatoes on her balcony every summer."
SOUP = "the canteen on the third floor serves the best soup in the building."
CONNECTIVES = ("Hence,", "Which is why", "For this reason,", "Accordingly,")
MARKERS = ("It has been shown that", "Any economist will tell you that", "Countless reports confirm that",
           "The science is settled:")


@pytest.fixture(scope="module")
def motions() -> dict[str, Motion]:
    bank = load_bank()
    return {m.id: m for m in bank.motions if m.id in (HUNTING_ID, ROBOT_TAX_ID)}


CASES = [(HUNTING_ID, "opp", HUNTING_OPP), (ROBOT_TAX_ID, "prop", ROBOT_TAX_PROP)]


@pytest.mark.parametrize("plans", [
    [(CONNECTIVES, 2, 0)], [(MARKERS, 3, 1)], [(MARKERS, 3, 1), (CONNECTIVES, 2, 0)]],
    ids=["connectives", "markers", "both"])
@pytest.mark.parametrize(("motion_id", "side", "text"), CASES, ids=["hunting", "robot-tax"])
def test_connectives_and_empty_markers_earn_at_most_three_points(
        motions: dict[str, Motion], plans: list, motion_id: str, side: str, text: str) -> None:
    motion = motions[motion_id]
    padded_text = prefix_sentences(text, plans)
    assert padded_text != text
    base = score(text, motion, side)  # type: ignore[arg-type]
    padded = score(padded_text, motion, side)  # type: ignore[arg-type]
    assert padded.total - base.total <= PADDING_MAX_GAIN, (base.total, padded.total)
    assert set(padded.flags) <= set(base.flags)


@pytest.mark.parametrize(("motion_id", "side", "text"), CASES, ids=["hunting", "robot-tax"])
def test_padding_adds_no_reasoning_link(
        motions: dict[str, Motion], motion_id: str, side: str, text: str) -> None:
    motion = motions[motion_id]
    padded_text = prefix_sentences(text, [(MARKERS, 3, 1), (CONNECTIVES, 2, 0)])
    base = reasoning.find_links(build_context(read_speech(text), motion, side))  # type: ignore[arg-type]
    padded = reasoning.find_links(build_context(read_speech(padded_text), motion, side))  # type: ignore[arg-type]
    assert len([link for link in padded if link.stated]) <= len([link for link in base if link.stated])


@pytest.mark.parametrize("marker", [
    "It has been shown that", "Any economist will tell you that", "Countless reports confirm that",
    "It is a well-known fact that", "Everybody knows that", "According to a growing body of research,",
])
def test_a_claim_behind_an_empty_marker_is_read_as_the_claim(marker: str) -> None:
    claim = "automation shrinks the tax base that pays for hospitals."
    assert as_read([f"{marker} {claim}"]) == ["Automation shrinks the tax base that pays for hospitals."]
    assert empty_lead(f"{marker} {claim}") == len(marker) + 1


@pytest.mark.parametrize("sentence", [
    "Researchers at the university found a cheaper way to train warehouse staff.",
    "Surveys of the villages show empty guesthouses in winter.",
    "It rained for most of the shooting season.",
])
def test_a_sentence_that_reports_a_finding_keeps_its_own_words(sentence: str) -> None:
    """Where the "marker" is the sentence's subject and carries its content, nothing is stripped."""
    assert empty_lead(sentence) == 0 or len(sentence[empty_lead(sentence):].split()) >= 3
    assert as_read([sentence])[0].rstrip(".") in sentence


@pytest.mark.parametrize("line", [
    "This is the gravest issue in the debate because it is the most severe and the most certain.",
    "Our point matters most because it affects the largest number of people for the longest time.",
])
def test_a_stock_weighing_reason_is_not_a_reason(motions: dict[str, Motion], line: str) -> None:
    text = ROBOT_TAX_PROP.rstrip() + " " + line + "\n"
    ctx = build_context(read_speech(text), motions[ROBOT_TAX_ID], "prop")
    last = len(ctx.units) - 1
    assert all(link.unit != last for link in reasoning.find_links(ctx)), ctx.units[last]


@pytest.mark.parametrize("marker", ["Every expert will confirm that", "It has been demonstrated that"])
def test_a_reason_cue_just_after_a_marker_still_opens_the_sentence(
        motions: dict[str, Motion], marker: str) -> None:
    """ "None of this means …" joins to the sentence before; put behind a marker, it still does."""
    sentence = "none of this means machines should be banned from warehouses."
    text = ROBOT_TAX_PROP.rstrip() + f" {marker} {sentence}\n"
    ctx = build_context(read_speech(text), motions[ROBOT_TAX_ID], "prop")
    last = len(ctx.units) - 1
    assert all(link.unit != last for link in reasoning.find_links(ctx)), ctx.units[last]


@pytest.mark.parametrize(("opener", "aside"), [
    ("So,", TOMATOES), ("That is why", TOMATOES), ("Hence,", TOMATOES),
    ("It has been proven that", SOUP), ("Any economist will tell you that", SOUP),
])
def test_a_connective_or_marker_does_not_make_an_off_topic_sentence_about_the_motion(
        motions: dict[str, Motion], opener: str, aside: str) -> None:
    text = ROBOT_TAX_PROP.replace("Public services are paid", f"{opener} {aside} Public services are paid")
    ctx = build_context(read_speech(text), motions[ROBOT_TAX_ID], "prop")
    where = next(i for i, unit in enumerate(ctx.units) if aside[:12] in unit)
    assert ctx.on_topic[where] == 0, ctx.units[where]


def test_a_sentence_that_refers_back_carries_the_topic_on(motions: dict[str, Motion]) -> None:
    follow = "So, they would need a new job within months."
    text = ROBOT_TAX_PROP.replace("Public services are paid", f"{follow} Public services are paid")
    ctx = build_context(read_speech(text), motions[ROBOT_TAX_ID], "prop")
    where = next(i for i, unit in enumerate(ctx.units) if unit.startswith("So, they"))
    assert ctx.on_topic[where] > 0, ctx.units[where]


@pytest.mark.parametrize("opener", ["That is why", "Which is why"])
def test_a_connective_near_the_end_is_no_conclusion(motions: dict[str, Motion], opener: str) -> None:
    structure = importlib.import_module("bot.scoring.analyses.structure")
    last = "The money can fund wage insurance and training"
    text = ROBOT_TAX_PROP.replace(last, f"{opener} the money can fund wage insurance and training")
    assert text != ROBOT_TAX_PROP
    ctx = build_context(read_speech(text), motions[ROBOT_TAX_ID], "prop")
    assert not structure.structure(ctx).details["conclusion"]
