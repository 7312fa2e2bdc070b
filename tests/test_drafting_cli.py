"""`debate-bot motions draft`: files in, a checked motion file out, clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli import main
from bot.motions import check_folders

ESSAYS = Path(__file__).parent / "data" / "essays"


def test_draft_writes_a_file_that_motions_check_accepts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "bank" / "runways.yaml"
    code = main(["motions", "draft", str(ESSAYS / "runways.html"), "--out", str(out),
                 "--url", "https://example.org/runways"])
    assert code == 0
    said = capsys.readouterr().err
    bank, problems = check_folders([out.parent])
    # the rules' two motions, and a third from the shortlist where the checks in use pass it
    assert f"Drafted {len(bank.motions)} motion(s)" in said and len(bank.motions) >= 2
    assert [p.field for p in problems] == ["notes"]  # an unfinished draft: its CHECK notes are refused
    assert bank.motions[0].source.address == "https://example.org/runways"
    assert main(["motions", "check", str(out.parent)]) == 1
    out.write_text("".join(ln for ln in out.read_text().splitlines(keepends=True)
                           if not ln.lstrip().startswith("#")), encoding="utf-8")
    assert main(["motions", "check", str(out.parent)]) == 0  # the curator has acted on the notes


def test_draft_prints_yaml_without_out(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["motions", "draft", str(ESSAYS / "homework.txt"), "--title", "Homework Reconsidered"]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith("# Draft motions from homework.txt")
    assert "title: Homework Reconsidered" in printed


@pytest.mark.parametrize(("args", "message"), [
    (["missing.txt"], "There is no file"),
    ([str(ESSAYS / "too-short.txt")], "only 14 words"),
    ([str(ESSAYS / "homework.txt"), "--url", "example.org"], "https://"),
])
def test_draft_errors_say_what_to_do(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["motions", "draft", *args]) == 1
    assert message in capsys.readouterr().err


def test_draft_will_not_overwrite_without_force(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "draft.yaml"
    out.write_text("mine", encoding="utf-8")
    assert main(["motions", "draft", str(ESSAYS / "homework.txt"), "--out", str(out)]) == 1
    assert "--force" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "mine"
    assert main(["motions", "draft", str(ESSAYS / "homework.txt"), "--out", str(out), "--force"]) == 0
    assert out.read_text(encoding="utf-8").startswith("# Draft motions")


def test_binary_files_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    binary = tmp_path / "essay.txt"
    binary.write_bytes(b"\x89PNG\x00\x00\x00binary")
    assert main(["motions", "draft", str(binary)]) == 1
    assert "not text" in capsys.readouterr().err
