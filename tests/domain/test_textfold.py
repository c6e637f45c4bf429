"""Search keys: case, diacritics and Kazakh letters folded (Алия finds Әлия)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from inspector_desk.domain.textfold import fold, fold_tokens


def test_aliya_finds_aeliya_in_any_case():
    assert fold("Әлия") == fold("әлия") == fold("ӘЛИЯ") == fold("Алия") == "алия"


@pytest.mark.parametrize(("kazakh", "russian"), list(zip("әғқңөұүһі", "агкноуухи", strict=True)))
def test_each_kazakh_letter_folds_to_its_russian_neighbour(kazakh, russian):
    assert fold(kazakh) == russian
    assert fold(kazakh.upper()) == russian


def test_yo_and_short_i_fold_to_ye_and_i():
    assert fold("Пётр Йодов") == "петр иодов"
    assert fold("Ёлкин") == fold("Елкин")
    assert fold("Андрей") == fold("Андреи")


def test_latin_diacritics_and_compatibility_forms_fold():
    assert fold("Crème Brûlée") == "creme brulee"
    assert fold("Straße") == "strasse"
    assert fold("ﬁle") == "file"
    assert fold("№5") == "no5"
    assert fold("Jusupbekuly Qanat Ğalym") == "jusupbekuly qanat galym"


def test_already_decomposed_marks_are_dropped():
    assert fold("и\u0306") == fold("й") == "и"
    assert fold("e\u0301") == "e"


def test_kazakh_full_names_match_their_russian_spelling():
    assert fold("Құнанбаев Абай Өскенбайұлы") == fold("Кунанбаев Абай Оскенбайулы")
    assert fold("Жұмабекова Әлия Серікқызы") == "жумабекова алия сериккызы"


def test_ascii_is_just_casefolded():
    assert fold("IVANOV Ivan") == "ivanov ivan"
    assert fold("") == ""


def test_tokens_split_on_anything_but_letters_and_digits():
    tokens = fold_tokens("Абай-Құнанбаев, д.5_к2 O'Neil")
    assert tokens == ["абаи", "кунанбаев", "д", "5", "к2", "o", "neil"]
    assert fold_tokens(" ,.- ") == []
    assert fold_tokens("") == []


kz_ru_latin = st.text(
    alphabet="АӘБВГҒДЕЁЖЗИЙІКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя"
    "әғқңөұүһіABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzéèüöäñ0123456789 -'.",
)


@given(kz_ru_latin)
def test_fold_ignores_case(text):
    assert fold(text.upper()) == fold(text.lower()) == fold(text)


@given(st.text())
def test_fold_is_idempotent(text):
    assert fold(fold(text)) == fold(text)


@given(kz_ru_latin)
def test_folded_text_has_no_kazakh_letters_or_capitals(text):
    folded = fold(text)
    assert not set(folded) & set("әғқңөұүһіёй")
    assert folded == folded.lower()


@given(st.text())
def test_tokens_are_the_folded_words(text):
    tokens = fold_tokens(text)
    assert all(tokens)
    assert all(t in fold(text) for t in tokens)
