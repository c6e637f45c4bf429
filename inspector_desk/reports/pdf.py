"""The shared base of every printed document: fonts with Kazakh letters, A4 page frame,
header/footer with "page x of y", and paragraph styles.

A document is a pure function from a model to PDF bytes: build a list of flowables with
the styles from :func:`styles`, then call :func:`render`. The language is a parameter;
dates and numbers go through :mod:`inspector_desk.i18n` (Babel, explicit locale).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, SimpleDocTemplate, Table, TableStyle

from inspector_desk.paths import FONTS

SANS, SANS_BOLD, SERIF, SERIF_BOLD = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSerif", "DejaVuSerif-Bold"

#: "Page {page} of {pages}" in each language.
PAGE_OF = {"kk": "{pages} беттің {page}-беті", "ru": "Страница {page} из {pages}",
           "en": "Page {page} of {pages}"}


@cache
def register_fonts() -> None:
    """Register the shipped DejaVu fonts (full Kazakh Cyrillic) once per process."""
    for name in (SANS, SANS_BOLD, SERIF, SERIF_BOLD):
        pdfmetrics.registerFont(TTFont(name, str(FONTS / f"{name}.ttf")))
    pdfmetrics.registerFontFamily(SERIF, normal=SERIF, bold=SERIF_BOLD, italic=SERIF,
                                  boldItalic=SERIF_BOLD)
    pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=SANS_BOLD, italic=SANS,
                                  boldItalic=SANS_BOLD)


@cache
def styles() -> dict[str, ParagraphStyle]:
    """Paragraph styles: body, small, title, heading, right, center, cell, cell_bold."""
    register_fonts()
    body = ParagraphStyle("body", fontName=SERIF, fontSize=11, leading=14)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8.5, leading=10.5),
        "title": ParagraphStyle("title", parent=body, fontName=SERIF_BOLD, fontSize=14,
                                leading=18, alignment=TA_CENTER, spaceAfter=6),
        "heading": ParagraphStyle("heading", parent=body, fontName=SERIF_BOLD, fontSize=12,
                                  leading=15, spaceBefore=8, spaceAfter=4),
        "right": ParagraphStyle("right", parent=body, alignment=TA_RIGHT),
        "center": ParagraphStyle("center", parent=body, alignment=TA_CENTER),
        "cell": ParagraphStyle("cell", parent=body, fontName=SANS, fontSize=8.5, leading=10.5),
        "cell_bold": ParagraphStyle("cell_bold", parent=body, fontName=SANS_BOLD, fontSize=8.5,
                                    leading=10.5),
    }


@dataclass(frozen=True, slots=True)
class PageFrame:
    """What every page carries: footer text (precinct, date), marks, an optional seal line."""

    lang: str
    footer_left: str = ""
    footer_right: str = ""
    header: str = ""  # e.g. "For official use" on annexes
    seal: str = ""  # e.g. the protocol's seal hash
    page_size: tuple[float, float] = A4
    left_margin: float = 25 * mm  # room for a binder
    right_margin: float = 15 * mm
    top_margin: float = 18 * mm
    bottom_margin: float = 22 * mm


def _page_decorator(frame: PageFrame, total_pages: int):
    def draw(canvas, doc) -> None:
        register_fonts()
        width, height = frame.page_size
        canvas.saveState()
        canvas.setFont(SANS, 7.5)
        canvas.setFillColor(colors.black)
        if frame.header:
            canvas.setFont(SANS_BOLD, 8)
            canvas.drawRightString(width - frame.right_margin, height - 10 * mm, frame.header)
            canvas.setFont(SANS, 7.5)
        y = 12 * mm
        canvas.drawString(frame.left_margin, y, frame.footer_left[:120])
        page_text = PAGE_OF.get(frame.lang, PAGE_OF["en"]).format(page=doc.page,
                                                                  pages=total_pages)
        canvas.drawRightString(width - frame.right_margin, y, page_text)
        if frame.footer_right:
            canvas.drawCentredString(width / 2, y, frame.footer_right[:80])
        if frame.seal:
            canvas.setFont(SANS, 6.5)
            canvas.drawString(frame.left_margin, y - 4 * mm, frame.seal[:160])
        extra = getattr(doc, "page_extra", None)
        if extra:
            extra(canvas, doc)
        canvas.restoreState()

    return draw


def render(story: Sequence[Flowable], frame: PageFrame, *, title: str = "",
           page_extra=None) -> bytes:
    """Lay ``story`` out on A4 pages with the frame's header and footer; returns PDF bytes.

    Laid out twice: the first pass counts pages so every footer can say "page x of y".
    ``page_extra(canvas, doc)`` may draw more on every page (e.g. signature lines).
    """
    register_fonts()
    total = _layout(list(story), frame, title, page_extra, total_pages=0)[1]
    return _layout(list(story), frame, title, page_extra, total_pages=total)[0]


def _layout(story, frame: PageFrame, title: str, page_extra, total_pages: int):
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=frame.page_size, leftMargin=frame.left_margin,
        rightMargin=frame.right_margin, topMargin=frame.top_margin,
        bottomMargin=frame.bottom_margin, title=title, author="Inspector Desk",
        lang=frame.lang,
    )
    doc.page_extra = page_extra
    decorate = _page_decorator(frame, total_pages)
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return buffer.getvalue(), doc.page


def table(rows: Sequence[Sequence[object]], col_widths: Sequence[float] | None = None, *,
          header_rows: int = 1, zebra: bool = False) -> Table:
    """A grid table whose header rows repeat on every page; cells may be Paragraphs."""
    t = Table(list(map(list, rows)), colWidths=col_widths, repeatRows=header_rows)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), SANS),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if header_rows:
        style += [("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#e6e6e6")),
                  ("FONTNAME", (0, 0), (-1, header_rows - 1), SANS_BOLD)]
    if zebra:
        for r in range(header_rows, len(rows), 2):
            style.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#f6f6f6")))
    t.setStyle(TableStyle(style))
    return t


def escape(text: object) -> str:
    """Text made safe for a reportlab Paragraph (which parses a little XML)."""
    return (str(text if text is not None else "").replace("&", "&amp;").replace("<", "&lt;")
            .replace(">", "&gt;"))
