"""The speech scorer as a student meets it: strong beats weak, gaming does not pay, bad input is flagged."""

from __future__ import annotations

import json

import pytest
from scoring_samples import (
    OFF_TOPIC,
    REPETITIVE,
    STITCHED,
    STRONG_OPP,
    STRONG_PROP,
    STUFFED,
    WEAK_OPP,
    WEAK_PROP,
    embassy_motion,
)

from bot.motions import Motion
from bot.scoring import FLAGS, SCORER_VERSION, Scorecard, score
from bot.scoring.encoder import MODELS_VERSION
from bot.text_render import render_scorecard

MOTION = embassy_motion()


@pytest.fixture(scope="module")
def cards() -> dict[tuple[str, str], Scorecard]:
    """Each sample speech scored once for each side."""
    speeches = {
        "strong_prop": STRONG_PROP, "weak_prop": WEAK_PROP, "strong_opp": STRONG_OPP,
        "weak_opp": WEAK_OPP, "off_topic": OFF_TOPIC, "stuffed": STUFFED, "repetitive": REPETITIVE,
        "stitched": STITCHED,
    }
    return {(name, side): score(text, MOTION, side)  # type: ignore[arg-type]
            for name, text in speeches.items() for side in ("prop", "opp")}


def test_strong_speech_outranks_weak_on_both_sides(cards: dict[tuple[str, str], Scorecard]) -> None:
    assert cards["strong_prop", "prop"].total > cards["weak_prop", "prop"].total + 20
    assert cards["strong_opp", "opp"].total > cards["weak_opp", "opp"].total + 20


def test_strong_speeches_get_clean_cards_with_high_bands(cards: dict[tuple[str, str], Scorecard]) -> None:
    for key in (("strong_prop", "prop"), ("strong_opp", "opp")):
        card = cards[key]
        assert card.flags == ()
        assert sum(c.band for c in card.criteria) / len(card.criteria) >= 4


def test_speech_for_the_other_side_is_flagged_wrong_side(cards: dict[tuple[str, str], Scorecard]) -> None:
    for key in (("strong_prop", "opp"), ("strong_opp", "prop")):
        card = cards[key]
        assert "wrong_side" in card.flags
        assert card.total < 30
        assert all(c.band <= 2 for c in card.criteria)


def test_wrong_side_is_caught_from_key_points_when_the_side_is_never_stated() -> None:
    undeclared = "\n\n".join(STRONG_OPP.split("\n\n")[1:-1])  # drop the opening and the close
    assert "oppose" not in undeclared and "not close" not in undeclared
    assert "wrong_side" in score(undeclared, MOTION, "prop").flags
    assert "wrong_side" not in score(undeclared, MOTION, "opp").flags


def test_gaming_and_drifting_rank_below_a_competent_speech(cards: dict[tuple[str, str], Scorecard]) -> None:
    competent = cards["strong_prop", "prop"].total
    for name in ("off_topic", "stuffed", "repetitive"):
        assert cards[name, "prop"].total < competent - 30, name
    assert "off_topic" in cards["off_topic", "prop"].flags
    assert "repetitive" in cards["repetitive", "prop"].flags


def test_a_stitched_list_of_one_liners_loses_to_a_coherent_speech(
    cards: dict[tuple[str, str], Scorecard],
) -> None:
    stitched = cards["stitched", "prop"]
    assert stitched.total < cards["strong_prop", "prop"].total - 30
    structure = next(c for c in stitched.criteria if c.id == "structure")
    assert structure.band <= 2
    assert "list" in structure.reason


def test_naming_the_motion_once_does_not_make_a_speech_relevant() -> None:
    card = score("We should close the US embassy in Baghdad. " + OFF_TOPIC, MOTION, "prop")
    assert "off_topic" in card.flags and card.total < 20


def test_padding_a_speech_does_not_raise_its_score() -> None:
    padded = "\n\n".join([STRONG_PROP, WEAK_PROP, STITCHED])
    assert score(padded, MOTION, "prop").total <= score(STRONG_PROP, MOTION, "prop").total


def test_keyword_stuffing_earns_no_reasoning_or_evidence(cards: dict[tuple[str, str], Scorecard]) -> None:
    stuffed = {c.id: c for c in cards["stuffed", "prop"].criteria}
    honest = {c.id: c for c in cards["strong_prop", "prop"].criteria}
    for criterion in ("reasoning", "evidence", "engagement", "impact"):
        assert stuffed[criterion].band <= 2 < honest[criterion].band, criterion


def test_key_points_made_and_opposing_points_answered(cards: dict[tuple[str, str], Scorecard]) -> None:
    card = cards["strong_prop", "prop"]
    claims = [p.claim for p in MOTION.prop]
    assert set(card.key_points_made) | set(card.key_points_missed) == set(claims)
    assert len(card.key_points_made) >= 2
    opposing = [p.claim for p in MOTION.opp]
    assert set(card.opposing_answered) | set(card.opposing_standing) == set(opposing)
    assert card.opposing_answered  # the speech answers "an empty embassy hands Iraq to Iran"
    assert len(cards["weak_prop", "prop"].key_points_made) < len(card.key_points_made)


def test_feedback_quotes_the_speech_and_names_a_next_step(cards: dict[tuple[str, str], Scorecard]) -> None:
    card = cards["strong_prop", "prop"]
    quoted = [c.strength for c in card.criteria if "“" in c.strength]
    assert len(quoted) >= 5
    for strength in quoted:
        fragment = strength.split("“", 1)[1].rstrip("”").rstrip(" …")[:40]
        assert fragment in " ".join(STRONG_PROP.split()), strength
    weak = cards["weak_prop", "prop"]
    shown = " ".join(render_scorecard(weak).split())
    assert "Still to make:" in shown and any(p.claim in shown for p in MOTION.prop)  # names a missing point
    assert all(c.next_step for c in weak.criteria)


def test_card_records_versions_and_round_trips_json(cards: dict[tuple[str, str], Scorecard]) -> None:
    card = cards["strong_prop", "prop"]
    assert card.scorer_version == f"{SCORER_VERSION}+{MODELS_VERSION}"
    data = json.loads(json.dumps(card.to_json()))
    assert Scorecard.from_json(data) == card
    assert {"motion", "side", "rubric", "total", "scale", "criteria", "flags", "key_points",
            "opposing_points", "scorer_version"} <= set(data)


def test_an_unknown_side_is_refused() -> None:
    with pytest.raises(ValueError, match="prop, opp"):
        score(STRONG_PROP, MOTION, "government")  # type: ignore[arg-type]


def test_scoring_is_deterministic() -> None:
    assert score(STRONG_PROP, MOTION, "prop") == score(STRONG_PROP, MOTION, "prop")


def test_ad_hoc_motion_without_key_points_still_scores() -> None:
    motion = Motion.ad_hoc("This House would close the US embassy in Baghdad")
    card = score(STRONG_PROP, motion, "prop")
    assert card.key_points_made == () and card.key_points_missed == ()
    assert "no key points" in card.extras["key_points_note"]
    assert card.total > score(WEAK_PROP, motion, "prop").total + 20
    assert "wrong_side" in score(STRONG_PROP, motion, "opp").flags


@pytest.mark.parametrize(("speech", "expected"), [
    ("", {"too_short"}),
    ("Embassy.", {"too_short"}),
    ("🙂🙂🔥🔥 👍👍👍 🎉🎉", {"garbage"}),
    ("asdkjh qwpoeiru zxmcnv lkjhg qwerty " * 20, {"garbage"}),
    ("Nous devons fermer l'ambassade à Bagdad parce que les milices iraniennes menacent nos diplomates "
     "chaque jour et le gouvernement irakien ne fait rien pour les arrêter. " * 4, {"not_english"}),
    ("Мы должны закрыть посольство в Багдаде, потому что иранские ополченцы угрожают дипломатам. " * 5,
     {"not_english"}),
])
def test_unusable_input_returns_a_flagged_card(speech: str, expected: set[str]) -> None:
    card = score(speech, MOTION, "prop")
    assert expected <= set(card.flags)
    assert set(card.flags) <= set(FLAGS)
    assert card.total <= 40
    assert len(card.criteria) == 7 and all(c.next_step for c in card.criteria)


def test_copying_the_motion_material_is_flagged() -> None:
    copied = " ".join(p.text() for p in MOTION.prop)
    assert "copied" in score(copied, MOTION, "prop").flags
    assert "copied" not in score(STRONG_PROP, MOTION, "prop").flags


def test_twenty_thousand_words_is_capped_and_quick() -> None:
    speech = " ".join([STRONG_PROP] * 65)
    assert len(speech.split()) > 20_000
    card = score(speech, MOTION, "prop")  # its time is measured by tests/bench/scoring.py
    assert "only the first" in card.extras["note"]
    assert "repetitive" in card.flags


def test_a_speech_under_half_the_target_length_is_told_so_first() -> None:
    first_half = " ".join(STRONG_PROP.split()[:170])
    card = score(first_half, MOTION, "prop")
    assert card.fix_first is not None
    assert "170 words" in card.fix_first.text and "450–900" in card.fix_first.text
    full = score(STRONG_PROP, MOTION, "prop")
    assert full.fix_first is not None and "words, under half" not in full.fix_first.text
    assert "length_note" not in full.extras
