"""Ranking an essay's thesis by meaning with the scorer's reader (bot/drafting/meaning.py).

The ranking is off by default (the corpus bench found no gain for its cost; see finding.CENTRAL_WEIGHT);
these tests switch it on where they need it. The essays are the short ones written for the ranking tests
(tests/data/essays/weighing; invented places, our own sentences).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

import bot.drafting.finding as finding
from bot.drafting import draft_essay
from bot.drafting.finding import Findings, find
from bot.drafting.meaning import read_meaning
from bot.drafting.ranking import Centrality
from bot.drafting.reading import read_essay
from bot.drafting.structure import problem

WEIGHING = Path(__file__).parent / "data" / "essays" / "weighing"


@pytest.fixture
def meaning_on(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The weights measured on the dev texts (central 0.3, leaning 0.1)."""
    monkeypatch.setattr(finding, "CENTRAL_WEIGHT", 0.3)
    monkeypatch.setattr(finding, "LEAN_WEIGHT", 0.1)
    yield


def findings(name: str) -> Findings:
    essay = read_essay((WEIGHING / name).read_text(encoding="utf-8"))
    return find(essay, Centrality([s.text for s in essay.sentences]))


def test_the_reader_is_not_run_for_ranking_by_default() -> None:
    assert findings("night-buses.txt").meaning is None


def test_every_measure_of_meaning_is_in_range(meaning_on: None) -> None:
    found = findings("night-buses.txt")
    meaning = found.meaning
    assert meaning is not None
    n = len(found.essay.sentences)
    assert meaning.argued.shape == meaning.central.shape == (n,)
    assert np.all((meaning.argued > 0) & (meaning.argued < 1))
    assert np.all((meaning.central >= 0) & (meaning.central <= 1))
    index = next(s.index for s in found.essay.sentences if s.text.startswith("The night bus is a lifeline"))
    lean = meaning.lean("The night bus is a lifeline for shift workers", index)
    assert 0.0 <= lean <= 1.0


def test_a_concession_never_gains_from_meaning_over_the_authors_own_verdict(meaning_on: None) -> None:
    """The granted half of "Night buses are indeed costly …, but …" is the essay's most central sentence by
    its words; it is not the author's case, so meaning adds nothing to it and the verdict stays above it."""
    order = [s.text for s, _ in findings("night-buses.txt").theses]
    verdict = next(i for i, t in enumerate(order) if t.startswith("The night bus is a lifeline"))
    conceded = next(i for i, t in enumerate(order) if t.startswith("Night buses are indeed costly"))
    assert verdict < conceded


def test_a_long_sentence_is_not_central_for_its_length_alone() -> None:
    """Centrality has what length explains taken out: across an essay it does not rise with word count."""
    texts = [
        "The council wants to close the library on Sundays.",
        "The library is where the town's children do their homework when their homes are too crowded.",
        "On a wet Sunday in March the reading room was full by ten, with pensioners reading the papers, "
        "students at every desk, two toddlers at the story corner and a queue for the computers.",
        "A town that closes its library on its one free day closes it to the people who need it most.",
        "Sunday is the only day many parents who work shifts can bring their children to the library.",
        "The saving is small beside what the town loses when its children lose a quiet place to study.",
        "The library should stay open on Sundays.",
    ]
    centrality = Centrality(texts)
    meaning = read_meaning(texts, centrality.vectors, "Keep the Library Open")
    lengths = np.log([len(t.split()) for t in texts])
    assert abs(float(np.corrcoef(lengths, meaning.central)[0, 1])) < 0.2


def test_the_drafts_of_these_essays_are_complete_with_meaning_on(meaning_on: None) -> None:
    for path in sorted(WEIGHING.glob("*.txt")):
        draft = draft_essay(path.read_text(encoding="utf-8"), origin=path.name)
        assert draft.motions, path.name
        assert all(problem(m.text) is None for m in draft.motions), path.name
