"""Folding: any keyboard, any normal form, finds the name."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from kgvn.text import fold, fold_with_offsets, folded_contains, words


def test_vietnamese_d_with_stroke_folds_to_d() -> None:
    assert fold("Nguyễn Khắc Định") == "nguyen khac dinh"
    assert fold("ĐÀ NẴNG") == "da nang"


def test_nfc_and_nfd_fold_alike() -> None:
    name = "Phạm Minh Chính"
    assert fold(unicodedata.normalize("NFD", name)) == fold(unicodedata.normalize("NFC", name))


def test_curly_apostrophes_fold_to_straight_ones() -> None:
    assert fold("Kyrgyzstan’s") == "kyrgyzstan's"


def test_words_drop_punctuation() -> None:
    assert words("Việt Nam–Kyrgyzstan, 2025!") == ["viet", "nam", "kyrgyzstan", "2025"]


def test_folded_contains_takes_word_prefixes() -> None:
    assert folded_contains("Adylbek Kasymaliev", "kasym")
    assert not folded_contains("Adylbek Kasymaliev", "aliev")


def test_offsets_point_back_into_the_original() -> None:
    folded, origins = fold_with_offsets("Đinh ß")
    assert folded == "dinh ss"
    assert origins == [0, 1, 2, 3, 4, 5, 5]


@given(st.text())
def test_folding_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


@given(st.text())
def test_offsets_have_one_origin_per_folded_character(text: str) -> None:
    folded, origins = fold_with_offsets(text)
    assert len(folded) == len(origins)
    assert origins == sorted(origins)
