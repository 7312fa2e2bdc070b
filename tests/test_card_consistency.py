"""A scorecard never advises what the speech already does, and leads with one priority.

Each class of contradiction a coach would notice gets its own speech, written for these tests:
the contradicting tip must be absent from everything the card shows, and advice that fits the
speech must be there instead. The last tests run the cards bench's checker over speeches of
this repository, so a new tip that forgets its premise shows up here.
"""

from __future__ import annotations

import pytest
from bench.card_checks import contradictions, generic_priorities
from bench.robustness_speeches import SPEECHES
from scoring_samples import STRONG_OPP, STRONG_PROP, WEAK_OPP, WEAK_PROP, embassy_motion

from bot.motions import Motion, load_bank
from bot.scoring import Scorecard, score
from bot.scoring.analyses.base import Finding, Praise, Tip
from bot.scoring.analyses.moves import EVIDENCE, FRAMING, KEY_POINT, ROADMAP, WEIGHING
from bot.scoring.coaching import MAX_NEXT
from bot.scoring.consistency import Moves, reconcile

EMBASSY = embassy_motion()


def advice(card: Scorecard) -> list[str]:
    """Every next step the card carries: its priorities and each criterion's own."""
    shown = [a.text for a in (card.fix_first, *card.next_steps) if a]
    return shown + [c.next_step for c in card.criteria]


def criterion(card: Scorecard, name: str) -> str:
    return next(c.next_step for c in card.criteria if c.name == name)


MAPPED_AND_STATED = (
    "We on the Proposition back this motion: the embassy in Baghdad should close until the militias are "
    "purged. Three things tonight: the danger to our diplomats, the leverage we lose by staying, and "
    "why the Opposition's fear of Iran gets the situation backwards. First, the danger. The compound sits "
    "behind checkpoints that militias loyal to Tehran control, so every diplomat inside can be taken the "
    "day Iran wants a hostage. Second, leverage. Iraqi ministers accept American aid while protecting "
    "those militias, because they assume the United States will stay whatever they do. Third, Iran. "
    "The Opposition will say an empty embassy hands Iraq to Iran, but Iran already holds the ministries "
    "and the checkpoints, so staying buys no influence, only exposure. The harm we avoid is larger, far "
    "likelier and cannot be undone: a murdered diplomat cannot be brought back, while a closed embassy "
    "can reopen the week the militias are gone. Close the embassy."
)


@pytest.fixture(scope="module")
def mapped() -> Scorecard:
    return score(MAPPED_AND_STATED, EMBASSY, "prop")


def test_a_speech_with_a_roadmap_and_a_side_statement_is_not_asked_for_either(mapped: Scorecard) -> None:
    for step in advice(mapped):
        assert "arguments you will make" not in step
        assert "saying plainly that you" not in step and "which side you argue" not in step
    side = mapped.extras["analyses"]["side"]
    assert "never states the side" not in side["reason"]
    assert mapped.fix_first is not None and mapped.fix_first.text  # something useful leads instead


def test_weighing_in_plain_comparatives_is_recognised_and_built_on(mapped: Scorecard) -> None:
    assert not any(step.startswith("Compare: say why") for step in advice(mapped))
    step = criterion(mapped, "Impact and weighing")
    assert step.startswith("You weigh here:") and "larger" in step


def test_a_late_side_statement_is_moved_up_not_asked_for() -> None:
    late = (
        "Militias loyal to Tehran guard the roads around the compound, so our staff live inside a trap that "
        "Iran can close whenever it likes. Iraqi leaders keep taking American aid while shielding those "
        "militias, because they are sure the United States will never leave. Walking out would change that "
        "calculation overnight. For these reasons this House should close the embassy in Baghdad."
    )
    card = score(late, EMBASSY, "prop")
    steps = advice(card)
    assert not any("saying plainly" in s or s.startswith("Open by stating your side") for s in steps)
    assert any(s.startswith("Say your side in your first sentence, not only later") for s in steps)


def test_framing_is_never_praised_as_weighing_or_substance() -> None:
    slide_sentence = EMBASSY.info_slide.split(". ")[0].rstrip(".") + "."
    speech = (
        f"{slide_sentence} By suspend diplomatic relations we mean pulling the ambassador and staff home "
        "without a permanent break. We support this motion because the staff are hostages: the militias that "
        "besieged the gates in 2019 still control the roads, so the next siege could end in deaths that "
        "outweigh anything the embassy achieves. Leaving also forces Iraq's leaders to choose between "
        "American support and the militias, which matters more than a building."
    )
    card = score(speech, EMBASSY, "prop")
    praised = [c.strength for c in card.criteria] + ([card.strongest.text] if card.strongest else [])
    framing = (slide_sentence[:40], "By suspend diplomatic relations")
    for text in praised:
        if text.startswith(("Weighs the stakes", "Names what is at stake", "Specific support", "Builds")):
            assert not any(f in text for f in framing), text


def test_an_answered_point_is_not_asked_for_and_another_one_is() -> None:
    speech = (
        "We oppose this motion. The Proposition will tell you that walking away has gone badly before is "
        "the Opposition's fear, but they are wrong about what we fear: when the US left Iraq in 2011, ISIS "
        "took a third of the country within three years, and an empty embassy would repeat that mistake. "
        "Our diplomats are the only channel to the reformers and protesters who want Iran out, and "
        "abandoning them tells every Iraqi that America's word lasts only until it becomes inconvenient."
    )
    card = score(speech, EMBASSY, "opp")
    for answered in card.opposing_answered:
        assert not any(step.endswith(answered) for step in advice(card))
    engagement = criterion(card, "Engagement")
    assert engagement.startswith("Answer the Proposition's point:") or "Proposition" in engagement


def test_evidence_tips_never_ask_for_facts_on_a_sentence_of_facts() -> None:
    speech = (
        "Madam Speaker, the embassy was built in 2008 for about 750 million dollars on 104 acres of Baghdad. "
        "We propose closing it because the militias that ring the compound answer to Tehran, and every "
        "diplomat inside is a hostage in waiting. Iraq's leaders would finally have to choose between "
        "American support and those militias. That choice is the only pressure that has ever worked."
    )
    card = score(speech, EMBASSY, "prop")
    for step in advice(card):
        if step.startswith(("Back this claim", "Make this specific")):
            assert "750 million" not in step and "2008" not in step, step


def test_priorities_are_one_fix_and_at_most_two_specific_next_steps(mapped: Scorecard) -> None:
    for card in (mapped, score(WEAK_PROP, EMBASSY, "prop"), score(STRONG_OPP, EMBASSY, "opp", "wsdc")):
        assert card.fix_first is not None
        assert len(card.next_steps) <= MAX_NEXT
        assert not generic_priorities(card)
        texts = [a.text for a in (card.fix_first, *card.next_steps)]
        assert len(set(texts)) == len(texts)


def test_a_flagged_card_explains_the_cap_and_gives_only_its_fix() -> None:
    lunches = (
        "School lunches should be free for every child. Hungry children cannot concentrate, and a hot meal "
        "at noon is the cheapest way to raise attainment that any education ministry has found. Finland has "
        "served free lunches since 1948 and its pupils eat together with their teachers every day. Families "
        "on low incomes would save hundreds of pounds a year, and the stigma of a separate queue would end."
    )
    card = score(lunches, EMBASSY, "prop")
    assert "off_topic" in card.flags
    assert card.fix_first is not None and "about this motion" in card.fix_first.text
    assert card.next_steps == ()
    capped = [c for c in card.criteria if c.reason.startswith("Capped:")]
    assert capped and not any("Argues for the Proposition" in c.reason for c in capped)


def test_a_speech_far_over_the_target_is_told_after_its_priorities() -> None:
    long_speech = " ".join([STRONG_PROP] * 6)
    card = score(long_speech, EMBASSY, "prop")
    assert card.next_steps and "well over" in card.next_steps[-1].text
    assert card.fix_first is not None and "well over" not in card.fix_first.text


# ------------------------------------------------------------------------- the mechanism itself


def test_a_tip_is_dropped_when_its_premise_is_shown_and_the_next_one_is_used() -> None:
    finding = Finding("structure", 0.4, (), "Structure.", "", tips=(
        Tip("Name the arguments you will make.", lacks=(ROADMAP,)),
        Tip("Cut this: “Our first point is safety.”", quotes=(2,), quoted_not=(KEY_POINT,)),
        Tip("End with a summary."),
    ))
    kept = reconcile(finding, Moves({ROADMAP: frozenset({1}), KEY_POINT: frozenset({2})}))
    assert kept.tip == "End with a summary." and len(kept.tips) == 1


def test_praise_stands_only_for_a_sentence_that_does_the_praised_thing() -> None:
    finding = Finding("impact", 0.6, (), "Impact.", "Weigh.", praise=(
        Praise(0, "Weighs the stakes: “the info slide”", WEIGHING),
        Praise(3, "Weighs the stakes: “not weighing”", WEIGHING),
        Praise(5, "Weighs the stakes: “a real comparison”", WEIGHING),
        Praise(6, "Specific support: “a definition”", EVIDENCE),
    ))
    moves = Moves({WEIGHING: frozenset({0, 5}), EVIDENCE: frozenset({6}), FRAMING: frozenset({0, 6})})
    kept = reconcile(finding, moves)
    assert [p.unit for p in kept.praise] == [5] and kept.strength == "Weighs the stakes: “a real comparison”"


# ------------------------------------------------------------------------- over many speeches


def _own_cards() -> list[tuple[Scorecard, Motion, str]]:
    bank = load_bank()
    found = []
    for base in SPEECHES:
        motion = bank.get(base.motion_id)
        if motion is not None:
            found.append((score(base.text, motion, base.side), motion, base.text))  # type: ignore[arg-type]
    for text, side in ((STRONG_PROP, "prop"), (WEAK_PROP, "prop"), (STRONG_OPP, "opp"), (WEAK_OPP, "opp"),
                       (MAPPED_AND_STATED, "prop")):
        found.append((score(text, EMBASSY, side, "wsdc"), EMBASSY, text))  # type: ignore[arg-type]
    return found


def test_no_card_contradicts_the_speech_it_scores() -> None:
    problems = [(card.side, p) for card, motion, text in _own_cards()
                for p in contradictions(card, motion, text)]
    assert problems == []


def test_terminal_telegram_and_club_cards_give_the_same_priorities() -> None:
    from types import SimpleNamespace

    from fakebot_api import visible_text

    from bot.chat import cards
    from bot.chat.club_render import scorecard_message
    from bot.practice import Attempt
    from bot.text_render import render_scorecard

    card = score(WEAK_OPP + " " + STRONG_OPP, EMBASSY, "opp", "bp")
    attempt = Attempt(1, 1, EMBASSY.id, "opp", "scored", "", 0.0, 0.0, 0.0, card, False)
    shown = {
        "terminal": render_scorecard(card),
        "telegram card": visible_text(cards.scorecard(card, attempt), "HTML"),
        "telegram full": visible_text(cards.full_feedback(card, attempt), "HTML"),
        "club": visible_text(scorecard_message(SimpleNamespace(id=3), card), "HTML"),  # type: ignore[arg-type]
    }
    priorities = [a.text for a in (card.fix_first, *card.next_steps, card.strongest) if a]
    assert len(priorities) >= 2
    for surface, text in shown.items():
        flat = " ".join(text.split())
        for line in priorities:
            assert " ".join(line.split())[:60] in flat, (surface, line)
        assert f"Total: {card.total:g}" in flat, surface


@pytest.mark.parametrize(("motion_id", "side", "opening"), [
    ("carr-phones-in-schools", "opp", "This bench rejects the ban outright."),
    ("george-land-value-tax", "prop", "Shift the tax from buildings to land, that is our position."),
])
def test_a_side_stated_through_the_speakers_position_is_read_as_stated(
    motion_id: str, side: str, opening: str,
) -> None:
    motion = load_bank().get(motion_id)
    assert motion is not None
    body = (" The rule costs the people it claims to help, because it takes a choice away from them. "
            "Those who pay most are the ones with least, and the harm outlasts any gain.")
    card = score(opening + body, motion, side)  # type: ignore[arg-type]
    assert "never states the side" not in card.extras["analyses"]["side"]["reason"]
    assert not any("saying plainly" in step for step in advice(card))
