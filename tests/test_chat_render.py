"""Telegram HTML rendering: escaped, valid for Telegram's parser, and within 4096 characters."""

from __future__ import annotations

from dataclasses import replace

import pytest
from botrunner import simple_scorer
from fakebot_api import ApiError, visible_text

from bot.chat import cards, keyboards, render
from bot.chat.callback_data import Press, parse
from bot.motions import KeyPoint, Motion, Source
from bot.practice import Attempt, Draw, Stats
from bot.scoring.card import CriterionScore, Scorecard

MOTION = Motion(
    id="commons-quotas", text="This House would cap <every> shared fishery & pasture", type="policy",
    info_slide="Herders <share> a field; each gains from one more cow.",
    source=Source(title="The Tragedy of the Commons", author="G. Hardin", address="https://example.org/a?b=1&c=2"),
    tags=("environment",), definitions={"cap": "a hard <limit>"},
    prop=(KeyPoint("Open access ruins the resource", "each user gains all, pays a share"),),
    opp=(KeyPoint("Communities manage commons well", "norms and monitoring work"),),
)


def attempt_with(card: Scorecard, speech: str = "") -> Attempt:
    return Attempt(7, 1, MOTION.id, "prop", "scored", speech, 0.0, 1.0, 2.0, card, False, MOTION.text)


def test_the_motion_card_escapes_the_bank_and_parses_as_telegram_html():
    text = render.motion_card(Draw(3, MOTION, "opp", "You have proposed twice & opposed once."), 15)
    shown = visible_text(text, "HTML")
    assert "cap <every> shared fishery & pasture" in shown
    assert "Opposition" in shown and "a hard <limit>" in shown and "450–900 words" in shown
    assert 'href="https://example.org/a?b=1&amp;c=2"' in text
    assert "From: “The Tragedy of the Commons”, G. Hardin\n" in shown  # the address is the link, not text


def test_a_huge_scorecard_is_cut_into_valid_messages_under_the_limit():
    long = "A very long <reason> & more. " * 400
    criteria = tuple(CriterionScore(f"c{i}", f"Criterion <{i}>", 3, 10.0, long, long, long) for i in range(8))
    card = Scorecard(MOTION.text, "prop", "practice", 61.5, (0.0, 100.0), criteria,
                     flags=("too_short", "mystery_flag"), key_points_made=(long,) * 12,
                     key_points_missed=("x < y",) * 40, opposing_standing=("a & b",))
    short = cards.scorecard(card, attempt_with(card))
    assert len(short) <= render.MESSAGE_LIMIT
    assert "…and 37 more" in short and "mystery flag" in short
    parts = render.split_message(cards.full_feedback(card, attempt_with(card)))
    assert len(parts) > 1
    for part in parts:
        assert len(part.encode("utf-16-le")) // 2 <= render.MESSAGE_LIMIT
        visible_text(part, "HTML")  # raises ApiError if Telegram could not parse it


def test_split_message_cuts_one_endless_line_without_breaking_entities():
    line = "&amp;" * 3000 + "😀" * 3000
    parts = render.split_message(line, limit=1000)
    assert all(len(p.encode("utf-16-le")) // 2 <= 1000 for p in parts)
    assert "".join(visible_text(p, "HTML") for p in parts) == "&" * 3000 + "😀" * 3000


def test_the_fake_rejects_what_telegram_rejects():
    with pytest.raises(ApiError):
        visible_text("<b>unclosed", "HTML")
    with pytest.raises(ApiError):
        visible_text("1 < 2", "HTML")


def test_stats_history_and_the_strongest_point():
    card = simple_scorer("Grazing rights need limits. Otherwise the field dies.", MOTION, "prop", "practice")
    short = cards.scorecard(card, attempt_with(card))
    assert "Strongest" in short and "Grazing rights need limits" in short and "Fix first" in short
    stats = cards.stats(Stats(4, 3, 62.25, {"Reasoning <R>": 20.5}, 3, 1, [50.0, 60.0, 76.75]))
    assert "Proposition 3 · Opposition 1" in stats and "Reasoning &lt;R&gt;" in stats and "50 → 76.8" in stats
    assert "No speeches yet" in cards.stats(Stats(0, 0, None, {}, 0, 0, []))
    assert "#7" in cards.history([attempt_with(card)])


def test_callback_data_round_trips_and_stays_under_64_bytes():
    assert parse(keyboards.data(keyboards.OPEN_ATTEMPT, 123456789)) == Press("pr", "open", (123456789,))
    assert parse(keyboards.data(keyboards.SUBMIT)) == Press("pr", "submit", ())
    with pytest.raises(ValueError):
        keyboards.data(keyboards.SET_RUBRIC, "x" * 70)


def test_prep_timers_name_their_motion_escaped():
    for message in (render.prep_reminder(MOTION.text), render.prep_over(MOTION.text)):
        shown = visible_text(message, "HTML")
        assert MOTION.text in shown
        assert "&lt;every&gt;" in message and "&amp; pasture" in message
    assert "on <b>" not in render.prep_over("")  # an attempt without a motion text still reads well


def wrong_side_card() -> Scorecard:
    """A card as the scorer gives it for a speech on the wrong side: no strength anywhere and
    the flag's advice as every criterion's next step."""
    fix = "Argue the side you were given; swap your arguments for that side's case."
    none = "Not shown yet in this speech."
    criteria = tuple(CriterionScore(f"c{i}", name, 2, 4.0, f"Why {name}.", none, fix)
                     for i, name in enumerate(("Relevance and side", "Reasoning", "Evidence")))
    return Scorecard(MOTION.text, "prop", "practice", 20.0, (0.0, 100.0), criteria, flags=("wrong_side",))


def test_a_wrong_side_card_praises_nothing_and_gives_its_fix_once():
    card = wrong_side_card()
    short = visible_text(cards.scorecard(card, attempt_with(card)), "HTML")
    assert "Strongest" not in short and "Not shown yet" not in short
    assert "Fix first: Argue the side you were given" in short
    full = visible_text(cards.full_feedback(card, attempt_with(card)), "HTML")
    assert full.count("Argue the side you were given") == 1 and "Not shown yet" not in full
    assert "Good:" not in full and "Why Evidence." in full


def test_a_long_motion_list_splits_between_motions_and_each_id_copies_whole():
    text = "This House would do thing number {} " + "and more " * 12
    motions = [Motion(id=f"m-{i}-long-motion-id", text=text.format(i), type="policy",
                      info_slide="", source=Source(title="S"), tags=("t",),
                      prop=MOTION.prop, opp=MOTION.opp) for i in range(60)]
    parts = render.split_message(render.motion_list(motions, None, ["t"]))
    assert len(parts) > 1
    for part in parts:
        shown = visible_text(part, "HTML")
        items = [line for line in shown.split("\n") if line.startswith("• ")]
        ids = [line for line in shown.split("\n") if line.startswith("/practice ")]
        assert len(items) == len(ids)  # no motion is cut from its command
    assert "<code>/practice m-0-long-motion-id</code>" in parts[0]


def test_history_buttons_tell_motions_apart():
    card = simple_scorer("Grazing rights need limits.", MOTION, "prop", "practice")
    first = attempt_with(card)
    other = Attempt(8, 1, "x", "opp", "submitted", "", 0.0, 1.0, 2.0, None, False,
                    "This House believes that charitable donors should give only where it does most good.")
    labels = [cards.history_label(a) for a in (first, other)]
    assert labels[0].startswith(f"#7 · {card.total:g} · Cap <every> shared fishery")
    assert labels[1] == "#8 · not scored · Charitable donors should give only wher…"


def test_the_help_examples_name_topics_of_the_shipped_bank():
    from botrunner import shipped_bank

    tags = shipped_bank().tags()
    examples = [what.rsplit(": ", 1)[1].rstrip(")") for _, what in render.COMMAND_HELP if ": /" in what]
    assert examples and all(example.split()[1] in tags for example in examples), examples


def test_stats_say_every_figure_is_on_one_scale():
    result = Stats(2, 2, 70.0, {"Evidence": 34.0, "Reasoning": 90.0, "Matter <old>": 50.0}, 1, 1, [60.0, 8.0])
    text = cards.stats(result)
    assert "Average total: <b>70</b> of 100" in text and "<b>Average per criterion</b> (of 100)" in text
    assert "• Evidence: 34" in text and "• Matter &lt;old&gt;: 50" in text
    assert "Weakest: Evidence." in text and "one 0–100 scale" in text and "rubric's own figure" in text


def test_history_shows_one_scale_and_the_rubrics_own_figure():
    card = replace(simple_scorer("Grazing rights need limits.", MOTION, "prop", "wsdc"), total=70.0,
                   scale=(60.0, 80.0))
    text = cards.history([replace(attempt_with(card), rubric="wsdc")])
    assert "50/100 (70 on wsdc)" in text and "one 0–100 scale" in text
    assert cards.history_label(replace(attempt_with(card), rubric="wsdc")).startswith("#7 · 50 · ")
