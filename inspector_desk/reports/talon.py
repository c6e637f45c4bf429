"""The talon handed to an applicant (АППК 64 p.2): unique number, date and time of receipt,
surname, initials and position of the officer who accepted the appeal.

A small page (A6) in the applicant's language (kk or ru), pure function → PDF bytes.
"""

from __future__ import annotations

from reportlab.lib.pagesizes import A6
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from inspector_desk.domain.appeals import officer_initials
from inspector_desk.i18n import long_date, short_date
from inspector_desk.messages import text
from inspector_desk.reports.pdf import SANS, SANS_BOLD, PageFrame, escape, render, styles


def _officer_line(appeal) -> str:
    parts = [appeal.receiving_officer_rank or "", appeal.receiving_officer_position or "",
             officer_initials(appeal.receiving_officer_name).replace(" ", "\u00a0")]
    return ", ".join(p for p in parts if p)


def talon_pdf(appeal, *, precinct: str, lang: str) -> bytes:
    """The talon of ``appeal`` (a :class:`~inspector_desk.services.receptions.Appeal`)."""
    lang = lang if lang in ("kk", "ru") else "ru"
    st = styles()

    def t(key: str, **params: object) -> str:
        return text(f"receptions.{key}", lang, **params)

    small = ParagraphStyle("talon_small", parent=st["small"], fontName=SANS, fontSize=7.5,
                           leading=9.5)
    cell = ParagraphStyle("talon_cell", parent=st["cell"], fontSize=8.5, leading=10.5)
    cell_bold = ParagraphStyle("talon_bold", parent=st["cell_bold"], fontSize=8.5, leading=10.5)
    number_style = ParagraphStyle("talon_number", parent=cell_bold, fontSize=11, leading=13)
    applicant = (t("talon.anonymous") if appeal.anonymous
                 else escape(appeal.applicant_name or ""))
    rows = [
        (t("talon.number"), Paragraph(escape(appeal.reg_number), number_style)),
        (t("talon.date"), Paragraph(escape(long_date(appeal.received_at.date(), lang)),
                                    cell_bold)),
        (t("talon.time"), Paragraph(f"{appeal.received_at:%H:%M}", cell_bold)),
        (t("talon.kind"), Paragraph(escape(t(f"kind.{appeal.kind}")), cell)),
        (t("talon.applicant"), Paragraph(applicant, cell)),
        (t("talon.received_by"), Paragraph(escape(_officer_line(appeal)), cell)),
    ]
    grid = Table([[Paragraph(escape(k), cell), v] for k, v in rows],
                 colWidths=[24 * mm, 59 * mm])
    grid.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, "#000000"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("FONTNAME", (0, 0), (-1, -1), SANS),
        ("BACKGROUND", (0, 0), (0, -1), "#eeeeee"),
    ]))
    title = ParagraphStyle("talon_title", parent=st["title"], fontName=SANS_BOLD, fontSize=13,
                           leading=15, spaceAfter=1)
    subtitle = ParagraphStyle("talon_sub", parent=small, alignment=1, spaceAfter=4)
    story = [
        Paragraph(escape(precinct), ParagraphStyle("talon_body", parent=small, alignment=1)),
        Spacer(1, 2 * mm),
        Paragraph(t("talon.title"), title),
        Paragraph(escape(t("talon.subtitle")), subtitle),
        grid,
        Spacer(1, 3 * mm),
    ]
    if appeal.kind == "offence_report" or appeal.due_on is None:
        story.append(Paragraph(escape(t("talon.offence")), small))
    else:
        story.append(Paragraph(escape(t("talon.due", due=short_date(appeal.due_on))), small))
    story += [Spacer(1, 6 * mm),
              Paragraph(escape(t("talon.signature")) + " ______________________", small)]
    frame = PageFrame(lang=lang, footer_left=short_date(appeal.received_at.date()),
                      page_size=A6, left_margin=10 * mm, right_margin=10 * mm,
                      top_margin=9 * mm, bottom_margin=17 * mm)
    return render(story, frame, title=f"{t('talon.title')} {appeal.reg_number}")
