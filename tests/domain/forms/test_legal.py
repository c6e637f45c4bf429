"""Article text one click away: citations resolve to the words of the shipped legal texts."""

from __future__ import annotations

import pytest

from inspector_desk.domain.forms import Citation, citation_label, citation_text
from inspector_desk.domain.forms.legal import article


def test_a_part_resolves_to_its_own_words():
    text = citation_text(Citation("КоАП", 791, 4))
    assert text.startswith("4. Личный досмотр может производиться лицом одного пола")
    assert "5." not in text.split("\n")[0][:3]


def test_a_part_keeps_its_unnumbered_paragraphs():
    text = citation_text(Citation("КоАП", 794, 1))
    assert "Протокол осмотра подписывается" in text


def test_the_whole_article_when_no_part_is_cited():
    text = citation_text(Citation("УПК", 253, None))
    assert text.startswith("Статья 253. Выемка")


def test_points_stand_in_for_parts_where_an_article_has_no_parts():
    assert "ночное время" in citation_text(Citation("УПК", 7, 51))


def test_articles_not_in_the_excerpts_give_none():
    assert citation_text(Citation("КоАП", 1, 1)) is None
    assert citation_text(Citation("УПК", 254, 99)) is None
    assert article("ГК", 1) is None


def test_article_title_and_parts():
    a = article("УПК", 254)
    assert a.title == "Порядок производства обыска и выемки"
    assert sorted(a.parts) == list(range(1, 17))


@pytest.mark.parametrize(
    ("citation", "lang", "label"),
    [
        (Citation("КоАП", 791, 4), "ru", "КоАП РК, ст. 791, ч. 4"),
        (Citation("КоАП", 791, 4), "kk", "ӘҚБтК, 791-бап, 4-бөлік"),
        (Citation("УПК", 197, 2), "en", "CPC RK (УПК), art. 197, part 2"),
        (Citation("УПК", 7, 51), "ru", "УПК РК, ст. 7, п. 51"),
        (Citation("УПК", 253, None), "kk", "ҚПК, 253-бап"),
    ],
)
def test_citation_labels(citation, lang, label):
    assert citation_label(citation, lang) == label
