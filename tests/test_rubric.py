"""Rubrics: the shipped presets with their real scales, club rubric files, and clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from scoring_samples import STRONG_PROP, WEAK_PROP, embassy_motion

from bot.rubric import ANALYSIS_IDS, RubricError, load_rubric, parse_rubric, rubric_names
from bot.scoring import score
from bot.scoring.analyses import ANALYSES

CLUB_RUBRIC = """\
id: club
name: Club night
description: Our club's two-criterion sheet.
scale: [0, 10]
step: 0.5
criteria:
  - id: case
    name: Case
    weight: 70
    analyses: {reasoning: 2, evidence: 1}
    bands: {1: Weak, 2: Thin, 3: Fair, 4: Good, 5: Great}
  - id: clash
    name: Clash
    weight: 30
    analyses: {engagement: 1}
    bands: {1: None, 2: Little, 3: Some, 4: Much, 5: Decisive}
"""


def test_presets_are_listed_default_first() -> None:
    names = rubric_names()
    assert names[0] == "practice"
    assert {"practice", "wsdc", "australs", "bp", "pf"} <= set(names)


@pytest.mark.parametrize(("name", "scale", "criteria"), [
    ("practice", (0, 100), 7),
    ("wsdc", (60, 80), 3),
    ("australs", (70, 80), 3),
    ("bp", (50, 100), 3),
    ("pf", (25, 30), 3),
])
def test_each_preset_has_its_real_scale(name: str, scale: tuple[float, float], criteria: int) -> None:
    rubric = load_rubric(name)
    assert rubric.scale == scale
    assert len(rubric.criteria) == criteria
    assert abs(sum(c.weight for c in rubric.criteria) - 1) < 1e-9
    assert all(sorted(c.bands) == [1, 2, 3, 4, 5] for c in rubric.criteria)


def test_wsdc_and_australs_weights_match_the_formats() -> None:
    wsdc = {c.name: load_rubric("wsdc").criterion_range(c) for c in load_rubric("wsdc").criteria}
    assert wsdc == {"Content": (24, 32), "Style": (24, 32), "Strategy": (12, 16)}
    australs = {c.name: c.weight for c in load_rubric("australs").criteria}
    assert australs == {"Matter": 0.4, "Manner": 0.4, "Method": 0.2}


def test_written_speech_rubrics_say_what_text_cannot_show() -> None:
    for name in ("wsdc", "australs"):
        note = load_rubric(name).text_note
        assert "Voice" in note and "not marked" in note


def test_every_analysis_a_rubric_names_exists() -> None:
    assert set(ANALYSIS_IDS) == set(ANALYSES)


@pytest.mark.parametrize("name", ["practice", "wsdc", "australs", "bp", "pf"])
def test_totals_land_on_the_scale_and_steps(name: str) -> None:
    rubric = load_rubric(name)
    strong = score(STRONG_PROP, embassy_motion(), "prop", rubric)
    weak = score(WEAK_PROP, embassy_motion(), "prop", name)
    low, high = rubric.scale
    for card in (strong, weak):
        assert low <= card.total <= high
        assert card.scale == rubric.scale and card.rubric == name
        assert abs(card.total / rubric.step - round(card.total / rubric.step)) < 1e-9
    assert strong.total > weak.total


def test_pf_moves_by_halves_and_bp_names_a_speaker_band() -> None:
    pf = load_rubric("pf")
    assert {pf.to_scale(q / 20) for q in range(21)} <= {25 + k / 2 for k in range(11)}
    card = score(STRONG_PROP, embassy_motion(), "prop", "bp")
    assert card.extras["total_band"]


def test_a_club_rubric_loads_from_a_path(tmp_path: Path) -> None:
    path = tmp_path / "club.yaml"
    path.write_text(CLUB_RUBRIC, encoding="utf-8")
    rubric = load_rubric(str(path))
    assert [c.weight for c in rubric.criteria] == [0.7, 0.3]
    card = score(STRONG_PROP, embassy_motion(), "prop", str(path))
    assert card.rubric == "club" and 0 <= card.total <= 10
    assert [c.id for c in card.criteria] == ["case", "clash"]


def test_unknown_rubric_names_the_choices() -> None:
    with pytest.raises(RubricError, match="practice"):
        load_rubric("nonsense")
    with pytest.raises(RubricError, match="does not exist"):
        load_rubric("/no/such/rubric.yaml")


@pytest.mark.parametrize(("change", "message"), [
    (("weight: 30", "weight: 20"), "add up to 90"),
    (("engagement: 1", "charisma: 1"), "unknown analysis"),
    (("5: Decisive", "6: Decisive"), "each band 1, 2, 3, 4 and 5"),
    (("scale: [0, 10]", "scale: [10, 0]"), "scale"),
    (("    name: Case\n", ""), "name: missing"),
])
def test_bad_rubric_files_say_what_to_fix(tmp_path: Path, change: tuple[str, str], message: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(CLUB_RUBRIC.replace(*change), encoding="utf-8")
    with pytest.raises(RubricError, match=message):
        load_rubric(str(path))


def test_broken_yaml_and_wrong_shape_are_errors(tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text("id: [unclosed", encoding="utf-8")
    with pytest.raises(RubricError, match="not valid YAML"):
        load_rubric(str(path))
    with pytest.raises(RubricError, match="mapping"):
        parse_rubric(["not", "a", "mapping"])
