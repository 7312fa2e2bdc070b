"""The fitted scoring models on hand-written cases: quality, stance, key-point matching."""

from __future__ import annotations

import numpy as np
import pytest

from bot.scoring import encoder, keypoints, quality, weights
from bot.scoring import stance as stance_model
from bot.scoring.motion_frame import claim_push, read_motion
from bot.scoring.reader import shipped_reader
from bot.scoring.stance import on_topic, stance

ZOO_UNITS = [
    "Captive breeding in zoos has brought species such as the Arabian oryx back from extinction.",
    "Locked in small enclosures, elephants and big cats suffer stress and pace in circles all day.",
    "School trips to the zoo give children a first real encounter with wild animals and a reason "
    "to care about them.",
]
ZOO_MOTION = "This House would ban zoos"
ZOO_POINTS = [
    "Zoos save endangered species through breeding programmes",
    "Animals suffer in captivity",
    "Zoos teach children about wildlife",
]


@pytest.mark.parametrize(("motion", "subject", "direction"), [
    ("This House would ban zoos", "zoos", -1),
    ("We should abolish capital punishment", "capital punishment", -1),
    ("This House regrets the rise of the gig economy", "the rise of the gig economy", -1),
    ("This House believes that social media does more harm than good", "social media", -1),
    ("Payday loans should be banned", "Payday loans", -1),
    ("Assisted suicide should be a criminal offence", "Assisted suicide", -1),
    ("This House would not legalise cannabis", "cannabis", -1),
    ("THW abolish the monarchy", "monarchy", -1),
    ("We should fight for the abolition of nuclear weapons", "nuclear weapons", -1),
    ("We should subsidize space exploration", "space exploration", 1),
    ("This House supports universal basic income", "universal basic income", 1),
    ("This House believes that zoos do more good than harm", "zoos", 1),
    ("Entrapment should be legalized", "Entrapment", 1),
    ("We should introduce compulsory voting", "compulsory voting", 1),
    ("This House believes that the internet has done more harm than good to our capacity for deep thought",
     "the internet", -1),
    ("This House believes that universities should divest from fossil fuel companies.",
     "fossil fuel companies", -1),
    ("This House would withdraw US forces from Iraq", "us forces from iraq", -1),
])
def test_motion_subject_and_direction(motion: str, subject: str, direction: int) -> None:
    frame = read_motion(motion)
    assert (frame.subject, frame.direction) == (subject, direction)


def test_claim_push_reads_negation() -> None:
    assert claim_push("Zoos should be banned.") < 0
    assert claim_push("Zoos should not be banned.") > 0


@pytest.mark.parametrize("motion", [
    "This House would ban zoos",
    "This House regrets the existence of zoos",
    "Zoos should be abolished",
])
def test_stance_against_zoos_motions(motion: str) -> None:
    """Cruelty supports a ban; conservation and education oppose it."""
    leanings = stance(ZOO_UNITS, motion)
    assert leanings[1] > 0.2
    assert leanings[0] < 0 and leanings[2] < 0


# Known limit of the reader (see bot/scoring/reader_model/README.md): trained on motions that
# mostly ask for less of something, it does not yet turn its reading round for these two.
@pytest.mark.xfail(strict=True, reason="the reader does not yet flip its stance for 'more of X' motions")
@pytest.mark.parametrize("motion", [
    "We should subsidize zoos",
    "This House believes that zoos do more good than harm",
])
def test_stance_flips_when_the_motion_wants_more_of_the_thing(motion: str) -> None:
    leanings = stance(ZOO_UNITS, motion)
    assert leanings[1] < -0.2
    assert leanings[0] > 0 and leanings[2] > 0


def test_stance_is_bounded_and_handles_empty_input() -> None:
    leanings = stance([*ZOO_UNITS, "", "Yes."], "This House would ban zoos")
    assert leanings.shape == (5,)
    assert np.all(np.abs(leanings) <= 1.0)
    assert stance([], "This House would ban zoos").shape == (0,)


def test_restating_the_motion_supports_it_and_denying_it_opposes_it() -> None:
    for motion in ("We should ban homework", "This House would ban homework"):
        pro, con = stance(["Homework should be banned because it steals children's sleep.",
                           "Homework should not be banned, because practice at home builds skills."], motion)
        assert pro > 0 > con


def test_match_picks_the_key_point_each_unit_makes() -> None:
    probabilities = keypoints.match(ZOO_UNITS, ZOO_POINTS, ZOO_MOTION)
    assert probabilities.shape == (3, 3)
    assert np.all((probabilities >= 0) & (probabilities <= 1))
    assert list(probabilities.argmax(axis=0)) == [0, 1, 2]


def test_match_of_an_unrelated_sentence_stays_below_threshold() -> None:
    bus = ["The bus to the stadium leaves at nine on Saturdays."]
    probabilities = keypoints.match(bus, ZOO_POINTS, ZOO_MOTION)
    assert np.all(probabilities < keypoints.match_threshold())


def test_match_with_nothing_to_match() -> None:
    assert keypoints.match([], ZOO_POINTS, ZOO_MOTION).shape == (3, 0)
    assert keypoints.match(ZOO_UNITS, [], ZOO_MOTION).shape == (0, 3)


@pytest.mark.parametrize(("motion", "bare", "reasoned"), [
    ("We should ban homework", "Homework should be banned.",
     "Homework should be banned because it takes away time children need for sleep and play, "
     "and studies find little learning gain from it for young pupils."),
    ("This House would ban zoos", "Zoos are bad.",
     "Zoos should close because keeping wild animals in small enclosures causes chronic stress, "
     "which shows in the repetitive pacing keepers record."),
    ("We should expand nuclear power", "Nuclear power good.",
     "Nuclear power should be expanded because it gives reliable electricity without carbon "
     "emissions, which makes it essential for meeting climate targets."),
])
def test_reasoned_argument_scores_higher_than_bare_assertion(motion: str, bare: str, reasoned: str) -> None:
    low, high = quality.argument_quality([bare, reasoned], motion)
    assert 0.0 <= low < high <= 1.0
    assert high - low > 0.2


def test_quality_of_empty_unit_is_zero() -> None:
    scores = quality.argument_quality(["", ZOO_UNITS[0]], "This House would ban zoos")
    assert scores[0] == 0.0 and scores[1] > 0.0


def test_models_ignore_a_swapped_in_test_encoder() -> None:
    """Weights were fitted on the shipped encoder's vectors, so a test encoder must not change them."""
    before = keypoints.match(ZOO_UNITS, ZOO_POINTS, ZOO_MOTION)
    encoder.use_encoder(encoder.HashingEncoder(dims=16))
    try:
        assert np.allclose(keypoints.match(ZOO_UNITS, ZOO_POINTS, ZOO_MOTION), before)
    finally:
        encoder.use_encoder(None)


def test_sentences_not_about_the_motion_take_no_side() -> None:
    motion = "This House would ban zoos"
    filler = ["Thank you, chair.", "Let me turn to my second point.",
              "In conclusion, we are proud to propose."]
    assert np.all(np.abs(stance(filler, motion)) < 0.15)
    assert np.all(on_topic(filler, motion) < 0.2)
    assert np.all(on_topic(ZOO_UNITS, motion) > 0.5)


STATIC_MODELS = ["quality", "stance"]


@pytest.mark.parametrize("name", STATIC_MODELS)
def test_static_weights_were_fitted_on_the_shipped_encoder(name: str) -> None:
    assert weights.load(name).meta["encoder"] == encoder.shipped_encoder().name


def test_reader_calibration_was_made_with_the_shipped_reader() -> None:
    assert weights.load("reader").meta["model"] == shipped_reader().name


def test_models_version_carries_the_date_of_the_newest_weights() -> None:
    """Retraining must bump MODELS_VERSION, so stored scorecards say which models scored them."""
    dates = [str(weights.load(name).meta.get("trained") or weights.load(name).meta.get("built"))
             for name in (*STATIC_MODELS, "reader")]
    assert encoder.MODELS_VERSION.endswith(f"+weights-{max(dates)}")


@pytest.mark.parametrize(("motion", "claim", "framed"), [
    ("This House would ban zoos", "Zoos keep wild animals in cramped pens where they suffer.",
     "My opponent keeps insisting that zoos keep wild animals in cramped pens where they suffer."),
    ("We should subsidize public transport", "Cheap buses let poorer workers reach better jobs.",
     "Those across the room like to say that cheap buses let poorer workers reach better jobs."),
])
def test_a_claim_put_in_the_other_sides_mouth_is_read_as_reported(
        motion: str, claim: str, framed: str) -> None:
    own, theirs = stance_model.reported([claim, framed], motion)
    assert theirs > 0.5 > own
    assert abs(float(stance([framed], motion)[0])) < abs(float(stance([claim], motion)[0]))
