"""The bot's own word-piece tokenizer reads text exactly as the models were trained to read it."""

from __future__ import annotations

import importlib.util

import pytest

from bot.scoring.encoder import MODEL_DIR as STATIC_DIR
from bot.scoring.reader import MODEL_DIR as READER_DIR
from bot.scoring.wordpiece import WordPiece

READER = WordPiece.from_file(READER_DIR / "tokenizer.json")
TEXTS = (
    "The House should ban advertising aimed at children under twelve.",
    "Unaffordable rents, skyrocketing prices — and wages that haven't moved since 2008!",
    "Café owners in Zürich say naïve résumés don't help.",
    "Tabs\tand\nnewlines\r\nand\u00a0non-breaking spaces.",
    "Control\x00chars\x07vanish\ufffd here.",
    "東京 and 北京 are capitals.",
    "A [SEP] inside a speech, and [CLS] too.",
    "a" * 150,
    "😀 An emoji, and ﬁ ligatures.",
    "",
)


def _tokens(text: str) -> list[str]:
    return [READER.id_to_token(i) or "?" for i in READER.ids(text)]


def test_words_are_lower_cased_split_at_punctuation_and_stripped_of_accents() -> None:
    assert _tokens("Hello, World!") == ["hello", ",", "world", "!"]
    assert READER.ids("Café NAÏVE") == READER.ids("cafe naive")
    assert READER.ids("Control\x00chars\x07") == READER.ids("Controlchars")


def test_rare_words_become_pieces_and_a_word_with_no_pieces_is_unknown() -> None:
    pieces = _tokens("unaffordability")
    assert len(pieces) > 1 and all(p.startswith("##") for p in pieces[1:])
    assert "".join(p.removeprefix("##") for p in pieces) == "unaffordability"
    assert _tokens("a" * 150) == ["[UNK]"]


def test_a_pair_is_framed_by_cls_and_sep_and_only_the_sentence_is_cut() -> None:
    motion = "This House would ban advertising aimed at children."
    encoding = READER.pair(motion, "word " * 400, 128)
    assert len(encoding.ids) == 128
    assert encoding.ids[0] == READER.token_to_id("[CLS]") and encoding.ids[-1] == READER.token_to_id("[SEP]")
    first = len(READER.ids(motion)) + 2
    assert encoding.ids[1:first - 1] == READER.ids(motion)
    assert encoding.type_ids == [0] * first + [1] * (128 - first)


@pytest.mark.skipif(importlib.util.find_spec("tokenizers") is None, reason="tokenizers is not installed")
@pytest.mark.parametrize("folder", [READER_DIR, STATIC_DIR], ids=["reader", "static"])
def test_the_same_ids_as_the_tokenizers_package(folder: object) -> None:
    from tokenizers import Tokenizer

    path = str(folder) + "/tokenizer.json"
    reference, ours = Tokenizer.from_file(path), WordPiece.from_file(path)
    reference.no_padding()
    reference.no_truncation()
    for text in TEXTS:
        assert ours.ids(text) == reference.encode(text, add_special_tokens=False).ids, text
    if folder == READER_DIR:
        reference.enable_truncation(128, strategy="only_second")
        for text in TEXTS:
            expected = reference.encode("We should ban boxing.", text or " ")
            pair = ours.pair("We should ban boxing.", text or " ", 128)
            assert (pair.ids, pair.type_ids) == (expected.ids, expected.type_ids), text
