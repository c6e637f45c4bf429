"""The shared PDF base: Kazakh letters survive, every page says "page x of y"."""

from __future__ import annotations

import io

from pypdf import PdfReader
from reportlab.platypus import PageBreak, Paragraph

from inspector_desk.reports.pdf import PageFrame, render, styles, table


def _text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def test_kazakh_text_and_page_numbers():
    st = styles()
    story = [Paragraph("Әлия Қайратқызы Ғабитова, Өскемен, Ұлытау, Үшарал, Һ, Іле", st["body"]),
             PageBreak(), table([["Аты", "Саны"], ["қару", "1"]])]
    pages = _text(render(story, PageFrame(lang="kk", footer_left="Қарасу №7 · 21.11.2026")))
    assert len(pages) == 2
    assert "Әлия Қайратқызы Ғабитова" in pages[0] and "Һ" in pages[0] and "Іле" in pages[0]
    assert "2 беттің 1-беті" in pages[0] and "2 беттің 2-беті" in pages[1]
    assert "Қарасу №7" in pages[1]


def test_russian_footer_and_official_use_mark():
    pages = _text(render([Paragraph("Текст", styles()["body"])],
                         PageFrame(lang="ru", header="Для служебного пользования")))
    assert "Страница 1 из 1" in pages[0] and "Для служебного пользования" in pages[0]
