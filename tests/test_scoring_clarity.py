"""Clarity as a listener hears it: a speech that loops the same phrase says nothing new, and a
speech whose sentences all run the same length reads like a recited list.

The speeches here are written for these tests; none is in a bench.
"""

from __future__ import annotations

from scoring_samples import PHONES_MOTION, PHONES_PROP, bank_motion

from bot.scoring import score
from bot.scoring.analyses import build_context, run_all
from bot.scoring.speech import read_speech

PHONES = bank_motion(*PHONES_MOTION)

LOOP = ("And the phones keep buzzing and the pupils keep looking, and the phones keep buzzing and the "
        "pupils keep looking, and the phones keep buzzing and the pupils keep looking, and the phones "
        "keep buzzing and the pupils keep looking, and the phones keep buzzing and the pupils keep looking.")


def _clarity(text: str) -> tuple[float, tuple[str, ...]]:
    findings = run_all(build_context(read_speech(text), PHONES, "prop"))
    found = findings["clarity"]
    return found.score, tuple(tip.text for tip in found.tips)


def test_a_speech_that_loops_a_phrase_is_flagged_and_told_which_phrase() -> None:
    looping = PHONES_PROP.replace("Ban the phones.", f"{LOOP} {LOOP} Ban the phones.")
    plain, looped = score(PHONES_PROP, PHONES, "prop"), score(looping, PHONES, "prop")
    assert "repetitive" not in plain.flags
    assert "repetitive" in looped.flags
    assert looped.total < plain.total - 10
    _, tips = _clarity(looping)
    looped_tips = [tip for tip in tips if "comes back again and again" in tip]
    assert looped_tips
    quoted = looped_tips[0].split("“")[1].split("”")[0]
    assert len(quoted.split()) == 4 and quoted in LOOP.lower()


def test_a_phrase_said_twice_for_effect_costs_nothing() -> None:
    echoed = PHONES_PROP.replace("Ban the phones.", "Protect their attention. Protect their safety. "
                                 "Ban the phones, and protect their attention.")
    score_plain, _ = _clarity(PHONES_PROP)
    score_echoed, tips = _clarity(echoed)
    assert not any("again and again" in tip for tip in tips)
    assert score_echoed >= score_plain - 0.05


SAME_LENGTH = (
    "We support a ban on smartphones in every school in this country today. "
    "A phone in a pocket pulls the attention of a pupil away from the lesson. "
    "Schools that locked phones away reported calmer classrooms within one term. "
    "Cruel messages and secret photos travel from desk to desk during the day. "
    "Without phones in the building that harassment stops at the school gate. "
    "The school office has always had a telephone for a family in an emergency. "
    "A little parental convenience cannot outweigh the attention of every pupil. "
)
VARIED = (
    "We support a ban on smartphones in every school in this country today. "
    "Why? A phone in a pocket pulls the attention of a pupil away from the lesson, and schools that "
    "locked phones away reported calmer classrooms within one term. "
    "Then there is bullying. Cruel messages and secret photos travel from desk to desk during the day; "
    "without phones in the building that harassment stops at the school gate. "
    "Parents worry. The school office has always had a telephone for a family in an emergency. "
    "A little parental convenience cannot outweigh the attention of every pupil. "
)


def test_varied_sentence_lengths_read_clearer_than_a_list_of_equal_sentences() -> None:
    flat, _ = _clarity(SAME_LENGTH)
    varied, _ = _clarity(VARIED)
    assert varied > flat + 0.05


def test_padding_sentences_do_not_buy_rhythm() -> None:
    padded = SAME_LENGTH.replace(" A phone", " Therefore, as a result. A phone").replace(
        " Cruel", " Indeed, clearly. Cruel")
    flat, _ = _clarity(SAME_LENGTH)
    with_padding, _ = _clarity(padded)
    assert with_padding <= flat + 0.01
