"""The card tells the truth about the speech: what it credits is there, what it asks for is missing."""

from __future__ import annotations

import re

import pytest
from scoring_samples import (
    AID_MOTION,
    CHAINED_PROP,
    CLIMATE_PROP,
    EXPLAINED_AID_PROP,
    EXTRACTION_MOTION,
    PHONES_MOTION,
    PHONES_PROP,
    STRONG_OPP,
    STRONG_PROP,
    bank_motion,
    embassy_motion,
)

from bot.scoring import Scorecard, score
from bot.scoring.analyses import build_context
from bot.scoring.analyses.evidence import evidence
from bot.scoring.analyses.quality import quality
from bot.scoring.analyses.reasoning import chains, find_links, reasoning
from bot.scoring.analyses.relevance import relevance
from bot.scoring.card import CriterionScore
from bot.scoring.speech import read_speech


def criterion(card: Scorecard, criterion_id: str) -> CriterionScore:
    return next(c for c in card.criteria if c.id == criterion_id)


def quoted(text: str) -> str:
    """The words inside the first “…” quote, without a trailing ellipsis."""
    found = re.search(r"“(.*?)”", text)
    return found.group(1).rstrip(" …") if found else ""


def test_conditions_and_causal_verbs_build_mechanisms() -> None:
    ctx = build_context(read_speech(CHAINED_PROP), embassy_motion(), "prop")
    links = find_links(ctx)
    cues = {link.cue for link in links}
    assert {"because", "as long as", "which means"} <= cues
    assert len(chains(ctx, links)) >= 2


def test_reasoning_next_step_names_a_claim_without_a_reason() -> None:
    step = criterion(score(CHAINED_PROP, embassy_motion(), "prop"), "reasoning").next_step
    target = quoted(step)
    assert target, step
    for explained in ("outweigh a symbolic embassy", "which means money", "because the Iraqi government",
                      "As long as", "removes that lifeline"):
        assert explained not in target, step


def test_weighing_then_a_short_call_to_act_is_a_conclusion() -> None:
    for text, motion in ((CHAINED_PROP, embassy_motion()), (PHONES_PROP, bank_motion(*PHONES_MOTION))):
        card = score(text, motion, "prop")
        details = card.extras["analyses"]["structure"]["details"]
        assert details["conclusion"], text[:40]
        assert "no conclusion" not in criterion(card, "structure").reason


def test_we_support_banning_is_an_opening_line_and_first_heads_an_argument() -> None:
    card = score(PHONES_PROP, bank_motion(*PHONES_MOTION), "prop")
    details = card.extras["analyses"]["structure"]["details"]
    assert details["opening"]
    assert details["signposts"] == 2


def test_evidence_next_step_does_not_ask_to_explain_an_explained_fact() -> None:
    card = score(EXPLAINED_AID_PROP, bank_motion(*AID_MOTION), "prop")
    step = criterion(card, "evidence").next_step
    units = read_speech(EXPLAINED_AID_PROP).units
    target = quoted(step)
    if target:
        where = next(i for i, u in enumerate(units) if u.startswith(target[:40]))
        follower = units[where + 1] if where + 1 < len(units) else ""
        assert not follower.startswith(("This shows", "That is", "This tells")), step
        assert "outweigh" not in target, step


def test_evidence_next_step_points_to_the_argument_without_support() -> None:
    step = criterion(score(PHONES_PROP, bank_motion(*PHONES_MOTION), "prop"), "evidence").next_step
    assert "bullying" in quoted(step), step


def test_each_criterion_praises_a_different_sentence() -> None:
    for text, motion in ((CHAINED_PROP, embassy_motion()), (EXPLAINED_AID_PROP, bank_motion(*AID_MOTION))):
        quotes = [quoted(c.strength) for c in score(text, motion, "prop").criteria if quoted(c.strength)]
        assert len(quotes) >= 5
        assert len(set(quotes)) == len(quotes), quotes


def test_a_speech_about_the_motion_in_other_words_is_not_off_topic() -> None:
    card = score(CLIMATE_PROP, bank_motion(*EXTRACTION_MOTION), "prop")
    assert "off_topic" not in card.flags
    relevance = next(c for c in card.criteria if c.id == "relevance").reason
    assert re.search(r"(\d+)% stays close to it in meaning", relevance), relevance
    assert int(re.findall(r"(\d+)% stays close to it in meaning", relevance)[0]) >= 50


@pytest.mark.xfail(reason="the reader places this motion's own key points at chance, so its stance is not "
                   "used and the side rests on which side's key points each sentence sits nearest; here "
                   "that leans just past the wrong-side level (-0.20)", strict=False)
def test_a_speech_about_the_motion_in_other_words_keeps_its_side() -> None:
    card = score(CLIMATE_PROP, bank_motion(*EXTRACTION_MOTION), "prop")
    assert "wrong_side" not in card.flags and card.total >= 30


def test_praised_evidence_is_a_figure_or_a_name_not_a_nationality() -> None:
    card = score(CHAINED_PROP, embassy_motion(), "prop")
    praised = quoted(criterion(card, "evidence").strength)
    assert re.search(r"\d", praised), praised


def test_weakest_argument_is_never_the_other_sides_case_or_a_fact() -> None:
    ctx = build_context(read_speech(PHONES_PROP), bank_motion(*PHONES_MOTION), "prop")
    target = quoted(quality(ctx).tip)
    assert target
    assert not target.startswith("The other side will say"), target
    assert "Hampshire" not in target, target


def test_stuffed_causal_words_build_no_mechanism() -> None:
    stuffed = (
        "We should close the embassy in Baghdad. As long as this is true, it forces the point. "
        "This removes the argument and allows the case. If the case is true, it prevents the problem. "
        "By closing the embassy in Baghdad, we stop it, which drives the issue and pushes the point. "
        "Without the embassy, the argument is true, and this is how it works."
    )
    ctx = build_context(read_speech(stuffed), embassy_motion(), "prop")
    assert find_links(ctx) == []
    assert reasoning(ctx).score == 0.0


def test_tips_never_target_the_side_statement_or_a_heading() -> None:
    for text, side in ((STRONG_OPP, "opp"), (STRONG_PROP, "prop")):
        ctx = build_context(read_speech(text), embassy_motion(), side)  # type: ignore[arg-type]
        for tip in (quality(ctx).tip, evidence(ctx).tip):
            target = quoted(tip)
            assert not target.startswith(("We should", "I oppose", "My first argument")), tip


def test_a_speech_on_the_motion_throughout_is_not_told_to_name_the_motion() -> None:
    ctx = build_context(read_speech(CHAINED_PROP), embassy_motion(), "prop")
    assert "should name what the motion is about" not in relevance(ctx).tip


def test_a_side_judged_only_by_the_subject_of_its_arguments_says_how_to_settle_it() -> None:
    """An Opposition speech that never states its side, scored for the Proposition on a motion whose
    own key points the reader cannot place: the card says what it went by and how to settle it."""
    from test_scoring_robustness import PLAIN_ID, PLAIN_UNDECLARED

    motion = bank_motion(PLAIN_ID, "")
    card = score(PLAIN_UNDECLARED, motion, "prop")
    side = card.extras["analyses"]["side"]
    assert "wrong_side" in card.flags and side["details"]["by_subject"]
    assert card.fix_first is not None and "saying plainly that you support the motion" in card.fix_first.text
    assert "never states its side" in side["reason"]
    stated = score("We support this motion. " + PLAIN_UNDECLARED, motion, "prop")
    assert not stated.extras["analyses"]["side"]["details"]["by_subject"]
