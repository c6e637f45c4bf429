"""A person's preventive register card (PDF, kk/ru/en): identity, address, every register
entry with its basis, period, status and next due check, and the check history.

A pure function of :class:`~inspector_desk.services.register.PersonDetail`; the service
:func:`person_card` gathers the data (recording the access as a print) and calls it.
"""

from __future__ import annotations

import datetime as dt
import io

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Image, KeepTogether, Paragraph, Spacer, Table, TableStyle

from inspector_desk.i18n import long_date, short_date
from inspector_desk.reports.pdf import PageFrame, escape, render, styles, table
from inspector_desk.services.persons import full_name, plain_address
from inspector_desk.services.register import PersonDetail, person_detail
from inspector_desk.services.session import Session

LABELS: dict[str, dict[str, str]] = {
    "title": {"kk": "Профилактикалық есеп карточкасы", "ru": "Карточка профилактического учёта",
              "en": "Preventive register card"},
    "dsp": {"kk": "Қызмет бабында пайдалану үшін", "ru": "Для служебного пользования",
            "en": "For official use"},
    "person": {"kk": "Адам туралы мәліметтер", "ru": "Сведения о лице", "en": "Person"},
    "name": {"kk": "Тегі, аты, әкесінің аты", "ru": "Фамилия, имя, отчество", "en": "Full name"},
    "iin": {"kk": "ЖСН", "ru": "ИИН", "en": "IIN"},
    "born": {"kk": "Туған күні", "ru": "Дата рождения", "en": "Born"},
    "sex": {"kk": "Жынысы", "ru": "Пол", "en": "Sex"},
    "M": {"kk": "ер", "ru": "мужской", "en": "male"},
    "F": {"kk": "әйел", "ru": "женский", "en": "female"},
    "document": {"kk": "Құжат", "ru": "Документ", "en": "Document"},
    "phone": {"kk": "Телефон", "ru": "Телефон", "en": "Phone"},
    "address": {"kk": "Мекенжайы", "ru": "Адрес", "en": "Address"},
    "notes": {"kk": "Ескертпелер", "ru": "Примечания", "en": "Notes"},
    "entries": {"kk": "Есеп жазбалары", "ru": "Записи учёта", "en": "Register entries"},
    "none": {"kk": "Есепте тұрмайды.", "ru": "На учёте не состоит.",
             "en": "Not on the register."},
    "category": {"kk": "Санат", "ru": "Категория", "en": "Category"},
    "attention": {"kk": "назардағы тізім, есеп емес", "ru": "группа внимания, не учёт",
                  "en": "attention list, not a legal register"},
    "basis": {"kk": "Негіз", "ru": "Основание", "en": "Basis"},
    "period": {"kk": "Мерзімі", "ru": "Срок", "en": "Period"},
    "open_end": {"kk": "шешім бойынша", "ru": "по решению", "en": "as decided"},
    "status": {"kk": "Мәртебесі", "ru": "Статус", "en": "Status"},
    "active": {"kk": "есепте", "ru": "на учёте", "en": "active"},
    "closed": {"kk": "есептен шығарылды", "ru": "снят с учёта", "en": "closed"},
    "officer": {"kk": "Жауапты қызметкер", "ru": "Ответственный сотрудник",
                "en": "Responsible officer"},
    "interval": {"kk": "Тексеру аралығы", "ru": "Периодичность проверок",
                 "en": "Check interval"},
    "days": {"kk": "{n} күн сайын", "ru": "каждые {n} дн.", "en": "every {n} days"},
    "next_due": {"kk": "Келесі тексеру", "ru": "Следующая проверка", "en": "Next check"},
    "overdue": {"kk": "мерзімі {n} күнге өтті", "ru": "просрочена на {n} дн.",
                "en": "{n} days overdue"},
    "checks": {"kk": "Тексерулер тарихы", "ru": "История проверок", "en": "Check history"},
    "no_checks": {"kk": "Тексерулер жоқ.", "ru": "Проверок не было.", "en": "No checks yet."},
    "date": {"kk": "Күні", "ru": "Дата", "en": "Date"},
    "kind": {"kk": "Түрі", "ru": "Вид", "en": "Kind"},
    "result": {"kk": "Нәтижесі", "ru": "Результат", "en": "Result"},
    "printed": {"kk": "Басып шығарылды", "ru": "Распечатано", "en": "Printed"},
    "home_visit": {"kk": "үйіне бару", "ru": "посещение на дому", "en": "home visit"},
    "talk": {"kk": "профилактикалық әңгімелесу", "ru": "профилактическая беседа",
             "en": "preventive talk"},
    "summons": {"kk": "УПП-ға шақыру", "ru": "вызов в УПП", "en": "summons to the precinct point"},
    "phone_check": {"kk": "телефон арқылы", "ru": "по телефону", "en": "by phone"},
    "other": {"kk": "басқа", "ru": "иное", "en": "other"},
    "expired": {"kk": "мерзімі өтті", "ru": "истёк срок", "en": "expired"},
    "court_cancelled": {"kk": "сот күшін жойды", "ru": "отменено судом",
                        "en": "cancelled by court"},
    "moved": {"kk": "көшіп кетті", "ru": "выбыл", "en": "moved away"},
    "died": {"kk": "қайтыс болды", "ru": "умер", "en": "died"},
}


def _t(key: str, lang: str, **params: object) -> str:
    entry = LABELS[key]
    return (entry.get(lang) or entry["en"]).format(**params)


def _d(value: str | None) -> str:
    return short_date(dt.date.fromisoformat(value)) if value else ""


#: The photo's box on the card (a passport photo is 35 × 45 mm).
PHOTO_BOX = (35 * mm, 45 * mm)


def photo_flowable(data: bytes | None, box: tuple[float, float] = PHOTO_BOX) -> Image | None:
    """The photo (JPEG/PNG bytes) scaled to fit ``box``, aspect kept; ``None`` when there is
    no photo or it cannot be read (the card is printed without it)."""
    if not data:
        return None
    try:
        width, height = ImageReader(io.BytesIO(data)).getSize()
    except Exception:  # noqa: BLE001 - a damaged photo must not stop the card
        return None
    if not width or not height:
        return None
    scale = min(box[0] / width, box[1] / height)
    return Image(io.BytesIO(data), width=width * scale, height=height * scale)


def render_person_card(detail: PersonDetail, *, lang: str, precinct: str = "",
                       printed_on: dt.date | None = None) -> bytes:
    """The card as PDF bytes."""
    today = printed_on or dt.date.today()
    st = styles()
    p = detail.person
    cell = st["cell"]

    def para(value: object, style=cell) -> Paragraph:
        return Paragraph(escape(value), style)

    story: list = [Paragraph(escape(_t("title", lang)), st["title"]),
                   Paragraph(escape(full_name(p)), st["center"]), Spacer(1, 4 * mm),
                   Paragraph(escape(_t("person", lang)), st["heading"])]
    sex = _t(p["sex"], lang) if p.get("sex") in ("M", "F") else ""
    facts = [(_t("name", lang), full_name(p)), (_t("iin", lang), p.get("iin") or ""),
             (_t("born", lang), _d(p.get("birth_date"))), (_t("sex", lang), sex),
             (_t("document", lang), p.get("document") or ""),
             (_t("phone", lang), p.get("phone") or ""),
             (_t("address", lang), plain_address(p)), (_t("notes", lang), p.get("notes") or "")]
    photo = photo_flowable(detail.photo)
    fact_rows = [[para(k, st["cell_bold"]), para(v)] for k, v in facts if v]
    if photo is None:
        story.append(table(fact_rows, [45 * mm, 125 * mm], header_rows=0))
    else:  # the facts on the left, the photo on the right, tops aligned
        beside = Table([[table(fact_rows, [40 * mm, 90 * mm], header_rows=0), photo]],
                       colWidths=[133 * mm, 37 * mm])
        beside.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                    ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
        story.append(beside)
    story.append(Paragraph(escape(_t("entries", lang)), st["heading"]))
    if not detail.entries:
        story.append(Paragraph(escape(_t("none", lang)), st["body"]))
    for entry in detail.entries:
        name = entry.category.name(lang)
        if entry.category.kind == "attention":
            name += f" ({_t('attention', lang)})"
        period = f"{_d(entry.start_on)} — {_d(entry.end_on) or _t('open_end', lang)}"
        status = _t(entry.status, lang)
        if entry.status == "closed":
            reason = _t(entry.close_reason, lang) if entry.close_reason else ""
            status += f" {_d(entry.closed_on)}" + (f" ({reason})" if reason else "")
        rows = [(_t("category", lang), name), (_t("basis", lang), entry.basis),
                (_t("period", lang), period), (_t("status", lang), status),
                (_t("officer", lang), entry.officer),
                (_t("interval", lang), _t("days", lang, n=entry.check_interval_days))]
        if entry.next_due:
            due = _d(entry.next_due)
            late = (today - dt.date.fromisoformat(entry.next_due)).days
            if late > 0:
                due += f" — {_t('overdue', lang, n=late)}"
            rows.append((_t("next_due", lang), due))
        block = [Spacer(1, 2 * mm),
                 table([[para(k, st["cell_bold"]), para(v)] for k, v in rows if v],
                       [45 * mm, 125 * mm], header_rows=0),
                 Spacer(1, 1.5 * mm)]
        if entry.checks:
            head = [para(_t(k, lang), st["cell_bold"]) for k in ("date", "kind", "result",
                                                                 "officer")]
            body = [[para(_d(c.checked_on)),
                     para(_t("phone_check" if c.kind == "phone" else c.kind, lang)),
                     para(" ".join(x for x in (c.result, c.notes) if x)), para(c.officer)]
                    for c in entry.checks]
            block.append(table([head, *body], [22 * mm, 38 * mm, 70 * mm, 40 * mm]))
        else:
            block.append(Paragraph(escape(_t("no_checks", lang)), st["small"]))
        story.append(KeepTogether(block[:3]))
        story.extend(block[3:])
    printed = f"{_t('printed', lang)}: {long_date(today, lang)}"
    frame = PageFrame(lang=lang, footer_left=f"{precinct} · {printed}" if precinct else printed,
                      header=_t("dsp", lang))
    return render(story, frame, title=_t("title", lang))


def person_card(session: Session, person_id: str, *, lang: str,
                printed_on: dt.date | None = None) -> bytes:
    """Gather a person's card and render it; the print is audited."""
    detail = person_detail(session, person_id, purpose="print")
    row = session.db.execute("SELECT name FROM precincts WHERE id = ?",
                             [session.meta("precinct_id")]).fetchone()
    return render_person_card(detail, lang=lang, precinct=row[0] if row else "",
                              printed_on=printed_on)
