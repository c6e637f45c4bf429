"""The reception journal for a period: the paper journal an inspector is asked to show.

A4 landscape, one row per appeal in registration order, headers repeated on every page,
"page x of y" and the precinct in the footer; kk or ru. Pure function → PDF bytes.
Built for speed (2,000 appeals ≤ 3 s, ``benchmarks/bench_receptions.py``): body cells are
plain text wrapped here with cached glyph widths (a reportlab Paragraph per cell is ~10×
slower), and rows are laid out in tables of :data:`CHUNK` rows (reportlab splits a long
table in quadratic time); each chunk repeats the header on a page break.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from types import SimpleNamespace

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from inspector_desk.domain.appeals import officer_initials
from inspector_desk.i18n import long_date, short_date
from inspector_desk.messages import text
from inspector_desk.reports.pdf import (
    SANS,
    PageFrame,
    _page_decorator,
    escape,
    register_fonts,
    styles,
    table,
)

CHUNK = 200
FONT_SIZE = 7.5
LEADING = 9
PAD = 3  # the table's left and right cell padding (points)
SUMMARY_CHARS = 260
WIDTHS = [8, 29, 42, 32, 62, 24, 19, 0]  # mm; the last (result) takes what is left


class _Wrapper:
    """Greedy word wrap with per-character widths cached (fast enough for 2,000 rows)."""

    def __init__(self, font: str = SANS, size: float = FONT_SIZE) -> None:
        register_fonts()
        self.font, self.size = font, size
        self._widths: dict[str, float] = {}

    def width(self, s: str) -> float:
        w = self._widths
        total = 0.0
        for ch in s:
            cw = w.get(ch)
            if cw is None:
                cw = w[ch] = stringWidth(ch, self.font, self.size)
            total += cw
        return total

    def wrap(self, s: str, limit: float) -> str:
        lines: list[str] = []
        for para in s.splitlines() or [""]:
            line, line_w = "", 0.0
            space = self.width(" ")
            for word in para.split():
                ww = self.width(word)
                while ww > limit:  # a word longer than the cell: cut it
                    cut = len(word)
                    while cut > 1 and self.width(word[:cut]) > limit:
                        cut -= 1
                    if line:
                        lines.append(line)
                        line, line_w = "", 0.0
                    lines.append(word[:cut])
                    word = word[cut:]
                    ww = self.width(word)
                if line and line_w + space + ww > limit:
                    lines.append(line)
                    line, line_w = word, ww
                else:
                    line, line_w = (f"{line} {word}", line_w + space + ww) if line else (word, ww)
            lines.append(line)
        return "\n".join(lines)


def _result(a, lang: str) -> str:
    def t(key: str, **params: object) -> str:
        return text(f"receptions.{key}", lang, **params)

    parts = []
    if a.forwarded_on:
        parts.append(t("journal.forwarded_to", body=a.forwarded_to or "",
                       date=short_date(a.forwarded_on), number=a.forwarded_number or ""))
        if a.forwarded_late:
            parts[-1] += f" ({t('journal.late')})"
    if a.extended_on:
        parts.append(t("journal.extended_to", date=short_date(a.due_on)))
    if a.decided_on:
        via = t(f"answer.{a.answer_via}") if a.answer_via else ""
        when = short_date(a.answered_on) if a.answered_on else ""
        parts.append(t("journal.decided", outcome=t(f"outcome.{a.outcome}"),
                       date=short_date(a.decided_on), via=f"{via} {when}".strip()))
    if a.handed_on:
        parts.append(t("journal.handed", unit=a.handed_to or "", date=short_date(a.handed_on),
                       reference=a.handed_reference or ""))
    if a.cancelled_on:
        parts.append(t("journal.cancelled", reason=a.cancel_reason or ""))
    if not parts:
        parts.append(t(f"status.{a.status}"))
    return "; ".join(parts)


def journal_pdf(appeals: Sequence, *, start: dt.date, end: dt.date, precinct: str,
                lang: str, printed_on: dt.date | None = None) -> bytes:
    """The journal of ``appeals`` (registered between ``start`` and ``end``)."""
    lang = lang if lang in ("kk", "ru") else "ru"
    st = styles()

    def t(key: str, **params: object) -> str:
        return text(f"receptions.{key}", lang, **params)

    page_w = landscape(A4)[0] - 25 * mm - 15 * mm - 12  # the frame pads 6 pt a side
    widths = [w * mm for w in WIDTHS[:-1]]
    widths.append(page_w - sum(widths))
    header = [t(f"journal.col_{c}") for c in
              ("n", "number", "applicant", "kind", "summary", "officer", "due", "result")]
    header = [Paragraph(escape(h), st["cell_bold"]) for h in header]
    anonymous = t("journal.anonymous")
    wrapper = _Wrapper()
    limits = [w - 2 * PAD - 0.5 for w in widths]
    rows = []
    for n, a in enumerate(appeals, start=1):
        who = anonymous if a.anonymous else (a.applicant_name or "")
        if a.applicant_address:
            who = f"{who}, {a.applicant_address}"
        summary = a.summary if len(a.summary) <= SUMMARY_CHARS else \
            a.summary[:SUMMARY_CHARS].rstrip() + "…"
        cells = [
            str(n),
            f"{a.reg_number}\n{a.received_at:%d.%m.%Y %H:%M}",
            who,
            f"{t('kind.' + a.kind)}; {t('format.' + a.format)}",
            summary,
            officer_initials(a.receiving_officer_name),
            short_date(a.due_on) if a.due_on else "—",
            _result(a, lang),
        ]
        rows.append([wrapper.wrap(c, lim) for c, lim in zip(cells, limits, strict=True)])
    story = [Paragraph(escape(t("journal.title")), st["title"]),
             Paragraph(escape(f"{precinct} · " + t("journal.period", start=short_date(start),
                                                       end=short_date(end))), st["center"]),
             Spacer(1, 4 * mm)]
    for i in range(0, max(len(rows), 1), CHUNK):
        chunk = table([header, *rows[i:i + CHUNK]], widths, zebra=False)
        chunk.setStyle([("FONTSIZE", (0, 1), (-1, -1), FONT_SIZE),
                        ("LEADING", (0, 1), (-1, -1), LEADING)])
        story.append(chunk)
    story += [Spacer(1, 3 * mm), Paragraph(escape(t("journal.total", n=len(rows))), st["body"])]
    printed = long_date(printed_on or dt.date.today(), lang)
    frame = PageFrame(lang=lang, footer_left=f"{precinct} · {printed}",
                      page_size=landscape(A4), top_margin=14 * mm, bottom_margin=18 * mm)
    return render_one_pass(story, frame, title=t("journal.title"))


def render_one_pass(story: list, frame: PageFrame, *, title: str = "") -> bytes:
    """Like :func:`inspector_desk.reports.pdf.render`, but laid out once.

    The page footers ("page x of y") are drawn when the document is saved, from the page
    states the canvas kept (reportlab's deferred page-number recipe): half the time of a
    two-pass layout, which matters for a year's journal.
    """
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=frame.page_size, leftMargin=frame.left_margin,
        rightMargin=frame.right_margin, topMargin=frame.top_margin,
        bottomMargin=frame.bottom_margin, title=title, author="Inspector Desk", lang=frame.lang)

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._saved: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab API
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            decorate = _page_decorator(frame, total)
            for number, state in enumerate(self._saved, start=1):
                self.__dict__.update(state)
                decorate(self, SimpleNamespace(page=number))
                Canvas.showPage(self)
            Canvas.save(self)

    doc.build(story, canvasmaker=NumberedCanvas)
    return buffer.getvalue()
