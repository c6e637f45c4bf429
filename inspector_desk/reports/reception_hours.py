"""The precinct's reception hours for the notice board, in Kazakh and Russian on one page.

Pure function → PDF bytes; weekday names come from Babel with an explicit locale.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import HRFlowable, KeepTogether, Paragraph, Spacer

from inspector_desk.i18n import long_date, weekday_names
from inspector_desk.messages import text
from inspector_desk.reports.pdf import SANS, SANS_BOLD, PageFrame, escape, render, styles, table


def hours_pdf(hours, *, precinct: str, officer_name: str, officer_rank: str = "",
              langs: Sequence[str] = ("kk", "ru"), printed_on: dt.date | None = None) -> bytes:
    """The notice of ``hours`` (a :class:`~inspector_desk.services.receptions.ReceptionHours`)."""
    st = styles()
    big = ParagraphStyle("hours_big", parent=st["title"], fontName=SANS_BOLD, fontSize=18,
                         leading=22, spaceAfter=3)
    who = ParagraphStyle("hours_who", parent=st["center"], fontName=SANS, fontSize=13,
                         leading=17)
    note = ParagraphStyle("hours_note", parent=st["body"], fontName=SANS, fontSize=11,
                          leading=14, spaceBefore=3)
    cell = ParagraphStyle("hours_cell", parent=st["cell"], fontSize=12, leading=14)
    story: list = []
    for index, lang in enumerate(langs):
        def t(key: str, _lang: str = lang, **params: object) -> str:
            return text(f"receptions.hours.{key}", _lang, **params)

        if index:
            story += [Spacer(1, 5 * mm), HRFlowable(width="100%", dash=(3, 3)),
                      Spacer(1, 5 * mm)]
        block: list = []
        block += [Paragraph(escape(t("title")), big),
                  Paragraph(escape(t("officer")), who),
                  Paragraph(escape(" ".join(p for p in (officer_rank, officer_name) if p)), who),
                  Paragraph(escape(precinct), who), Spacer(1, 5 * mm)]
        names = weekday_names(lang)
        rows = [[Paragraph(escape(t("day")), cell), Paragraph(escape(t("time")), cell)]]
        for day in range(7):
            span = hours.days.get(day)
            value = f"{span[0]}–{span[1]}" if span else t("closed")
            rows.append([Paragraph(escape(names[day]), cell), Paragraph(escape(value), cell)])
        grid = table(rows, [70 * mm, 70 * mm])
        grid.hAlign = "CENTER"
        block += [grid, Spacer(1, 3 * mm)]
        if hours.place:
            block.append(Paragraph(escape(t("place", place=hours.place)), note))
        if hours.phone:
            block.append(Paragraph(escape(t("phone", phone=hours.phone)), note))
        if hours.note:
            block.append(Paragraph(escape(hours.note), note))
        block += [Paragraph(escape(t("holidays")), note), Paragraph(escape(t("refusal")), note)]
        story.append(KeepTogether(block))
    printed = printed_on or dt.date.today()
    frame = PageFrame(lang=langs[0], footer_left=f"{precinct} · {long_date(printed, langs[0])}")
    return render(story, frame, title=text("receptions.hours.title", langs[0]))


__all__ = ["hours_pdf", "weekday_names"]
