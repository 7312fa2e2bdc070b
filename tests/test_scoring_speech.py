"""Reading a speech: cleaning, sentence splitting, argument units and the cap on long speeches."""

from __future__ import annotations

from bot.scoring.speech import MAX_UNITS, clean, content_words, read_speech, split_sentences, stem


def test_cleaning_normalises_quotes_controls_and_spaces() -> None:
    assert clean("  “We   should”\x07 act ’now’ \r\n\r\n  today. ") == "\"We should\" act 'now'\ntoday."


def test_sentences_split_at_full_stops_but_not_abbreviations_or_decimals() -> None:
    text = ("Dr. Smith met the U.S. envoy at 3.5 p.m. on Monday. Costs rose 2.5% e.g. in Basra! "
            "Did it work? Yes.")
    assert split_sentences(text) == [
        "Dr. Smith met the U.S. envoy at 3.5 p.m. on Monday.",
        "Costs rose 2.5% e.g. in Basra!",
        "Did it work?",
        "Yes.",
    ]


def test_paragraph_breaks_end_sentences() -> None:
    assert split_sentences(clean("First point without a stop\nSecond point.")) == [
        "First point without a stop", "Second point.",
    ]


def test_units_join_fragments_and_split_run_ons() -> None:
    speech = read_speech("Why? Because militias control the checkpoints around the embassy. " + "and " * 150)
    assert speech.units[0].startswith("Why? Because militias")
    assert all(len(u.split()) <= 60 for u in speech.units[1:])


def test_long_speeches_are_cut_to_the_unit_cap() -> None:
    speech = read_speech("The embassy is exposed to rocket fire every week. " * (MAX_UNITS + 50))
    assert len(speech.units) == MAX_UNITS and speech.truncated
    assert speech.word_count == 9 * (MAX_UNITS + 50)


def test_stems_match_word_forms() -> None:
    assert stem("punishment") == stem("punish")
    assert stem("believes") == stem("believe")
    assert stem("countries") == stem("country")
    assert content_words("The sanctions are hurting the economy") == [stem("sanctions"), stem("hurting"),
                                                                     stem("economy")]


def test_empty_text_reads_as_an_empty_speech() -> None:
    assert read_speech("").is_empty and read_speech("   \n ").word_count == 0
