"""Drafting motions from essays: what an organiser gets back from `motions draft`."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from bot.drafting import Draft, EssayError, SourceMeta, draft_essay, render_yaml
from bot.drafting.writing import as_data, problems_in
from bot.motions import AREA_TAGS, INFO_SLIDE_MAX, MOTION_OPENINGS

ESSAYS = Path(__file__).parent / "data" / "essays"
SEED = (
    Path(__file__).resolve().parent.parent.parent
    / "shared"
    / "seeds"
    / "lets-end-the-losing-cycle-in-iraq.txt"
)
DRAFTABLE = sorted(
    p for p in ESSAYS.iterdir()
    if p.suffix in (".txt", ".md", ".html") and p.name not in ("too-short.txt", "README.md")
)
_cache: dict[str, Draft] = {}


def draft_of(path: Path, meta: SourceMeta | None = None) -> Draft:
    """Draft an essay once per test run (drafting is deterministic)."""
    key = f"{path}|{meta}"
    if key not in _cache:
        _cache[key] = draft_essay(path.read_text(encoding="utf-8"), meta, origin=path.name)
    return _cache[key]


def prop_text(draft: Draft, motion: int = 0) -> str:
    """Every Proposition key point of one motion as lowercase text."""
    return " ".join(f"{p.claim} {p.reasoning} {p.evidence}" for p in draft.motions[motion].prop).lower()


@pytest.mark.parametrize("path", DRAFTABLE, ids=lambda p: p.name)
def test_every_draft_passes_the_bank_check(path: Path) -> None:
    draft = draft_of(path)
    text = render_yaml(draft)
    assert problems_in(text) == []
    assert 1 <= len(draft.motions) <= 3
    for motion in draft.motions:
        assert motion.text.startswith(MOTION_OPENINGS)
        assert len(motion.info_slide) <= INFO_SLIDE_MAX
        assert len([t for t in motion.tags if t in AREA_TAGS]) == 1
        assert motion.prop and motion.opp
    assert yaml.safe_load(text) == as_data(draft)


@pytest.mark.parametrize("path", DRAFTABLE, ids=lambda p: p.name)
def test_motions_are_worded_not_lifted(path: Path) -> None:
    draft = draft_of(path)
    body = " ".join(path.read_text(encoding="utf-8").split()).lower()
    for motion in draft.motions:
        assert motion.text.lower() not in body
        assert not re.search(r"\b(?:should|must|ought to)\b", motion.text.split(" should ")[0])


def test_a_policy_essay_keeps_its_actor_with_the_essays_objections_for_opposition() -> None:
    draft = draft_of(ESSAYS / "car-free-centres.md")
    first = draft.motions[0]
    # "Our council should ban …": the council acts in its own name, so the motion keeps it
    assert first.text == (
        "This House believes that the council should ban private cars from the city centre inside the "
        "ring road"
    )
    assert first.type == "actor"
    opp = " ".join(p.claim for p in first.opp).lower()
    assert "shopkeepers will lose trade" in opp
    assert "congestion on the ring road" in opp
    assert "initially" not in opp  # "will initially lead to" becomes the other side's plain claim
    yaml_text = render_yaml(draft)
    assert "# CHECK: the essay qualifies this: with exceptions for residents' permits" in yaml_text


def test_front_matter_gives_the_source_and_flags_override_it() -> None:
    draft = draft_of(ESSAYS / "car-free-centres.md")
    assert draft.source["title"] == "Give the Centre Back to People"
    assert draft.source["author"] == "Hannah Okafor"
    assert draft.source["date"] == "2024-03-18"
    flagged = draft_of(
        ESSAYS / "car-free-centres.md",
        SourceMeta(
            title="Cars Out",
            author="H. O.",
            publication="Marrowby Post",
            address="https://example.org/cars",
        ),
    )
    assert flagged.source["title"] == "Cars Out"
    assert flagged.source["publication"] == "Marrowby Post"
    assert flagged.source["address"] == "https://example.org/cars"


def test_an_essay_without_a_proposal_gets_a_belief_motion() -> None:
    draft = draft_of(ESSAYS / "homework.txt")
    assert draft.motions[0].type == "value"
    assert (
        draft.motions[0].text
        == "This House believes that homework in primary school does more harm than good"
    )
    assert draft.source["author"] == "Daniel Reyes"
    opp = " ".join(p.claim for p in draft.motions[0].opp).lower()
    assert "homework teaches discipline" in opp  # "defenders of homework argue that it …" resolved


def test_an_essay_against_something_gets_an_opposes_motion_marked_for_checking() -> None:
    draft = draft_of(ESSAYS / "runways.html")
    assert draft.motions[0].text == "This House opposes subsidising new runways at regional airports"
    assert "the essay argues AGAINST this" in render_yaml(draft)


def test_html_is_stripped_and_its_metadata_used() -> None:
    draft = draft_of(ESSAYS / "runways.html")
    assert draft.source["title"] == "No More Runways on the Public Purse"
    assert draft.source["author"] == "Priya Lindqvist"
    assert draft.source["publication"] == "The Ledger"
    assert draft.source["date"] == "2023-09-02"
    text = render_yaml(draft)
    assert "tracking" not in text and "Copyright" not in text and "<p>" not in text


def test_satire_is_drafted_as_what_it_attacks_not_what_it_says() -> None:
    draft = draft_of(ESSAYS / "productive-playgrounds.txt")
    text = render_yaml(draft)
    assert "# CHECK: read as satire" in text and "'modest proposal'" in text
    motions = [m.text for m in draft.motions]
    assert "This House believes that schools should not replace recess with spreadsheet training" in motions
    assert "This House believes that children need to play" in motions
    # the objections the narrator mocks argue for the motion; the narrator's case argues against it
    first = draft.motions[0]
    assert "need to play" in " ".join(p.claim for p in first.prop).lower()
    assert "pivot table" in " ".join(p.claim + p.reasoning for p in first.opp).lower()


def test_swifts_modest_proposal_drafts_the_remedies_the_narrator_dismisses() -> None:
    draft = draft_of(ESSAYS / "a-modest-proposal.txt")
    assert draft.source["author"] == "Jonathan Swift"
    first = draft.motions[0]
    assert first.type == "policy"
    assert first.text == "This House would tax the absentees at five shillings a pound"
    assert any("read as satire" in check and "pretends to dismiss" in check for check in first.checks)
    remedies = " ".join(p.claim for p in first.prop).lower()
    assert "teach landlords" in remedies
    # the literal proposal survives only reversed
    assert all("would offer" not in m.text for m in draft.motions)
    reversed_ = "This House opposes offering the remaining hundred thousand"
    assert any(m.text.startswith(reversed_) for m in draft.motions)


def test_a_modern_satire_yields_its_real_remedy_first() -> None:
    draft = draft_of(ESSAYS / "sell-the-libraries.txt")
    texts = [m.text for m in draft.motions]
    assert texts[0] == (
        "This House would fund the libraries from the parking fines the council already collects"
    )
    assert any("should not sell all eleven library buildings" in t for t in texts)
    assert "children without books at home depend on the libraries" in " ".join(texts)
    assert all(any("read as satire" in c for c in m.checks) for m in draft.motions)


def test_a_couple_of_satire_markers_alone_only_flag_the_draft() -> None:
    essay = (ESSAYS / "car-free-centres.md").read_text(encoding="utf-8")
    plain = draft_essay(essay)
    asides = "\n\nBest of all, what could possibly go wrong?\n\n"
    marked = draft_essay(essay.replace("\n\n", asides, 1))
    assert [m.text for m in marked.motions] == [m.text for m in plain.motions]
    assert any("may be satire" in c for c in marked.motions[0].checks)


def test_several_theses_give_several_belief_motions_marked_for_checking() -> None:
    draft = draft_of(ESSAYS / "two-theses.txt")
    assert len(draft.motions) >= 2 and {m.type for m in draft.motions} == {"value"}
    texts = " ".join(m.text for m in draft.motions).lower()
    assert "sleep" in texts and "friend" in texts
    assert "more than one thesis" in render_yaml(draft)


def test_very_short_text_gets_a_clear_message_instead_of_a_draft() -> None:
    with pytest.raises(EssayError, match=r"only 14 words.*send the whole essay"):
        draft_essay((ESSAYS / "too-short.txt").read_text(encoding="utf-8"))
    with pytest.raises(EssayError, match="only 0 words"):
        draft_essay("   \n\n  ")


@pytest.mark.parametrize(("text", "message"), [
    (" ".join(["the state of the roads is a matter for the council and it is bad"] * 300), "no full stops"),
    (" ".join(f"qzx{i} vrb{i} klm{i}." for i in range(300)), "English"),
    ("\n".join(f"- item {i} is good." for i in range(400)), "couldn't find an argument"),
])
def test_text_that_is_not_an_essay_gets_a_clear_message(text: str, message: str) -> None:
    with pytest.raises(EssayError, match=message):
        draft_essay(text)


def test_motion_ids_avoid_those_already_in_the_bank() -> None:
    text = (ESSAYS / "homework.txt").read_text(encoding="utf-8")
    first = draft_essay(text).motions[0].id
    again = draft_essay(text, taken_ids={first}).motions[0].id
    assert again != first and again.startswith(first)


def test_a_30000_word_essay_is_drafted_within_the_limits() -> None:
    paragraphs = [
        p
        for path in DRAFTABLE
        for p in path.read_text(encoding="utf-8").split("\n\n")
        if len(p.split()) > 30 and "<" not in p and "---" not in p
    ]
    text = "Long Essay\n\n" + "\n\n".join(
        paragraphs * (30_000 // sum(len(p.split()) for p in paragraphs) + 1)
    )
    draft = draft_essay(text)
    assert problems_in(render_yaml(draft)) == []


@pytest.mark.skipif(not SEED.exists(), reason="the seed essay lives in ../shared/seeds")
def test_seed_essay_draft_reaches_the_quality_bar() -> None:
    draft = draft_of(SEED)
    first = draft.motions[0]
    assert first.type == "policy"
    assert "diplomatic mission" in first.text and "sanction" in first.text
    assert first.text.startswith("This House would halt the US diplomatic mission in Baghdad")
    points = prop_text(draft)
    assert "target" in points  # Iranian proxies' access to targets
    assert "waiver" in points  # sanctions waivers that fund Iran
    assert "complicity" in points  # the Iraqi government's complicity
    opp = " ".join(p.claim for p in first.opp).lower()
    assert "chaos" in opp  # "will initially lead to some chaos" turned into the other side's claim
    assert problems_in(render_yaml(draft)) == []
