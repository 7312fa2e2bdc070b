"""`debate-bot motions check` on the bank v2 rules: cited evidence, areas, and the craft checks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.bank import AREAS, Citation
from bot.cli import main
from bot.cli.motions import render_motion
from bot.motions import check_folders, load_bank, shipped_folder

CITED = {"text": "Nine in ten pupils own a phone.", "source": "Office for National Statistics",
         "year": 2024}


def point(claim: str, evidence: Any = None) -> dict[str, Any]:
    out: dict[str, Any] = {"claim": claim, "reasoning": f"Because {claim.lower()} follows from incentives."}
    if evidence is not None:
        out["evidence"] = evidence
    return out


def motion(motion_id: str = "ban-phones", **changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": motion_id,
        "text": "This House would ban smartphones in schools.",
        "type": "policy",
        "difficulty": "novice",
        "area": "education",
        "tags": ["schools"],
        "info_slide": "As of 2025, several countries restrict phones in schools.",
        "sides": {
            "prop": [point("Phones distract pupils", CITED), point("Bullying moves online")],
            "opp": [point("Parents want contact", CITED), point("Phones can teach")],
        },
    }
    data.update(changes)
    return data


def write(folder: Path, *motions: dict[str, Any]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    data = {"source": {"title": "Phones Down", "date": "2024", "summary": "An essay."},
            "motions": list(motions)}
    (folder / "phones.yaml").write_text(yaml.safe_dump(data, sort_keys=False), "utf-8")
    return folder


def check(folder: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["motions", "check", str(folder)])
    return code, capsys.readouterr().out


def sides(prop: list[Any], opp: list[Any]) -> dict[str, Any]:
    return {"prop": [point(f"Prop point {n}", e) for n, e in enumerate(prop)],
            "opp": [point(f"Opp point {n}", e) for n, e in enumerate(opp)]}


# ---------------------------------------------------------------- citations


def test_a_cited_evidence_item_keeps_its_text_and_carries_its_citation(tmp_path: Path) -> None:
    evidence = {**CITED, "url": "https://www.ons.gov.uk/", "as_of": "2024-06"}
    write(tmp_path, motion(sides=sides([evidence], [CITED])))
    bank, problems = check_folders([tmp_path])
    assert problems == []
    first = bank.motions[0].prop[0]
    assert first.evidence == "Nine in ten pupils own a phone."
    assert first.citation == Citation("Office for National Statistics", 2024, "https://www.ons.gov.uk/",
                                      "2024-06")
    shown = render_motion(bank.motions[0], width=200)
    assert "Evidence: Nine in ten pupils own a phone. (Office for National Statistics, 2024)" in shown
    assert "(Office for National Statistics, 2024)" in bank.motions[0].points_text("prop")


@pytest.mark.parametrize(("evidence", "field", "says"), [
    ({"text": "A fact.", "year": 2024}, "source", "missing"),
    ({"text": "A fact.", "source": "ONS"}, "year", "missing"),
    ({"text": "A fact.", "source": "ONS", "year": 20245}, "year", "is not a year"),
    ({"text": "A fact.", "source": "ONS", "year": "last year"}, "year", "is not a year"),
    ({"text": "A fact.", "source": "ONS", "year": 2024, "url": "www.ons.gov.uk"}, "url", "https://"),
    ({"text": "A fact.", "source": "ONS", "year": 2024, "as_of": "June 2024"}, "as_of", "YYYY-MM"),
    ({"text": "A fact.", "source": "ONS", "year": 2024, "page": 4}, "page", "unknown key"),
])
def test_a_malformed_citation_is_a_problem_naming_its_field(
    tmp_path: Path, evidence: dict[str, Any], field: str, says: str,
) -> None:
    write(tmp_path, motion(sides=sides([evidence], [CITED])))
    problems = check_folders([tmp_path])[1]
    assert [p.field for p in problems] == [f"sides.prop[0].evidence.{field}"]
    assert says in problems[0].message


def test_plain_evidence_still_loads_but_fails_the_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    write(tmp_path, motion(sides=sides(["Nine in ten pupils own a phone."], [CITED])))
    assert load_bank(f"={tmp_path}").motions[0].prop[0].evidence == "Nine in ten pupils own a phone."
    code, out = check(tmp_path, capsys)
    assert code == 1
    assert "phones.yaml [ban-phones] sides.prop[0].evidence: evidence without a citation" in out


# ---------------------------------------------------------------- areas


@pytest.mark.parametrize(("area", "says"), [(None, "area: missing"), ("sport", "'sport' is not one of")])
def test_a_motion_needs_an_area_from_the_list(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], area: str | None, says: str,
) -> None:
    write(tmp_path, motion(area=area))
    code, out = check(tmp_path, capsys)
    assert code == 1 and says in out


def test_the_whole_bank_warns_about_thin_areas_but_passes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    write(tmp_path, motion())
    monkeypatch.setenv("DEBATE_BOT_MOTIONS", f"={tmp_path}")
    assert main(["motions", "check"]) == 0
    out = capsys.readouterr().out
    assert "area education: has 1 motion(s); a season needs 6" in out
    assert "area education: has no intermediate or open motion" in out
    assert "area health: has 0 motion(s)" in out


def test_a_clean_check_prints_areas_per_difficulty_and_citation_coverage(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    harm = motion("phones-harm", difficulty="open", type="value",
                  text="This House believes that smartphones harm children.",
                  sides=sides([CITED], [CITED, CITED]))
    write(tmp_path, motion(), harm)
    code, out = check(tmp_path, capsys)
    lines = out.splitlines()
    assert code == 0 and lines[0] == "Motion bank OK: 2 motions, 1 source, 1 tag."
    assert "Essays: 1." in lines
    education = next(line for line in lines if line.strip().startswith("education"))
    assert education.split() == ["education", "2", "(1", "/", "0", "/", "1)"]
    assert len([line for line in lines if line.startswith("  ") and line.split()[0] in AREAS]) == len(AREAS)
    assert "Citations: 5 of 5 evidence items cited (100%)." in lines


# ---------------------------------------------------------------- motion types


@pytest.mark.parametrize(("text", "mtype"), [
    ("This House would ban smartphones in schools.", "value"),
    ("This House regrets the spread of smartphones in schools.", "policy"),
    ("This House believes that smartphones harm children.", "regret"),
    ("This House believes that smartphones harm children.", "policy"),
    ("This House, as a head teacher, would ban smartphones in school.", "policy"),
    ("This House prefers a world where children have no smartphones.", "policy"),
    ("Resolved: Smartphones do more harm than good to children.", "actor"),
])
def test_a_type_the_wording_contradicts_is_a_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, mtype: str,
) -> None:
    write(tmp_path, motion(text=text, type=mtype))
    code, out = check(tmp_path, capsys)
    assert code == 1
    assert f"[ban-phones] type: '{mtype}' does not match the wording" in out


@pytest.mark.parametrize(("text", "mtype"), [
    ("This House, as a head teacher, would ban smartphones in school.", "actor"),
    ("Resolved: The United Kingdom should ban smartphones in schools.", "policy"),
    ("Resolved: Smartphones do more harm than good to children.", "value"),
    ("This House believes that schools should ban smartphones.", "actor"),
    ("This House supports a ban on smartphones in schools.", "policy"),
])
def test_every_form_clubs_use_passes_with_its_type(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, mtype: str,
) -> None:
    write(tmp_path, motion(text=text, type=mtype))
    code, out = check(tmp_path, capsys)
    assert code == 0, out


# ---------------------------------------------------------------- warnings


def test_two_motions_that_are_one_debate_are_warned_about_by_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    write(tmp_path, motion(),
          motion("outlaw-phones", text="This House would prohibit smartphones in schools."),
          motion("fund-tutors", text="This House would abolish school uniforms."))
    code, out = check(tmp_path, capsys)
    assert code == 0
    assert "[ban-phones] text: may be the same debate as outlaw-phones" in out
    assert "fund-tutors" not in out


def test_sides_far_apart_in_evidence_are_warned_about(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    write(tmp_path, motion(sides=sides([CITED, CITED, CITED], [None, None, None])))
    code, out = check(tmp_path, capsys)
    assert code == 0
    assert "[ban-phones] sides: evidence on 3 Proposition and 0 Opposition point(s)" in out


@pytest.mark.parametrize("slide", [
    "Phones clearly ruin concentration, and schools have let pupils down.",
    "Many schools allow phones. Governments should act before another year is lost.",
])
def test_an_info_slide_that_argues_a_side_is_warned_about(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], slide: str,
) -> None:
    write(tmp_path, motion(info_slide=slide))
    code, out = check(tmp_path, capsys)
    assert code == 0
    assert "[ban-phones] info_slide: may argue one side" in out


def test_an_info_slide_that_reports_views_is_not_warned_about(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    write(tmp_path, motion(info_slide="As of 2025, the essay argues that schools should ban phones; "
                                      "unions reply that teachers can manage them. The motion asks "
                                      "whether a ban should be law."))
    code, out = check(tmp_path, capsys)
    assert code == 0 and "warning" not in out


# ---------------------------------------------------------------- the shipped bank


def test_the_shipped_bank_passes_the_check(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.delenv("DEBATE_BOT_MOTIONS", raising=False)
    code = main(["motions", "check"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert out.startswith("Motion bank OK: ")
    assert str(shipped_folder()) not in out  # no problem lines
