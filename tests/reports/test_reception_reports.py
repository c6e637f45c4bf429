"""Talon, journal and hours PDFs read back with pypdf (issue 4)."""

from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader

from inspector_desk.domain.appeals import AppealDraft
from inspector_desk.reports.reception_hours import hours_pdf
from inspector_desk.reports.reception_journal import journal_pdf
from inspector_desk.reports.talon import talon_pdf
from inspector_desk.services import receptions as svc


def _pages(pdf: bytes) -> list[str]:
    return [p.extract_text().replace("\xa0", " ") for p in PdfReader(io.BytesIO(pdf)).pages]


def _appeal(session, **kw):
    base = dict(received_at=dt.datetime(2026, 3, 4, 17, 30), kind="complaint",
                format="courtyard", summary="Түнгі шу", applicant_name="Жұмабаева Әлия")
    base.update(kw)
    now = max(dt.datetime(2026, 3, 4, 18), base["received_at"] + dt.timedelta(hours=1))
    taken = svc.take_appeal(session, AppealDraft(**base), now=now)
    return svc.get_appeal(session, taken.id)


def test_talon_in_kazakh_and_russian_has_what_appk_64_requires(session):
    a = _appeal(session)
    (kk,) = _pages(talon_pdf(a, precinct="Қарасу №7", lang="kk"))
    assert a.reg_number in kk and "2026 ж. 4 наурыз" in kk and "17:30" in kk
    assert "Сейтқали А. Б." in kk and "полиция капитаны" in kk and "31.03.2026" in kk
    assert "ТАЛОН" in kk and "жолданым" in kk
    (ru,) = _pages(talon_pdf(a, precinct="Қарасу №7", lang="ru"))
    assert "4 марта 2026" in ru and "Принял" in ru and "жалоба" in ru


def test_talon_of_an_anonymous_offence_report(session):
    a = _appeal(session, kind="offence_report", anonymous=True, applicant_name="")
    (ru,) = _pages(talon_pdf(a, precinct="Қарасу №7", lang="ru"))
    assert "не указан" in ru and "дежурную часть" in ru


def test_journal_lists_the_period_with_results(session):
    a = _appeal(session)
    svc.forward_appeal(session, a.id, body="Әкімдік", forwarded_on=dt.date(2026, 3, 12),
                       outgoing_number="12/4", late_reason="кеш", today=dt.date(2026, 3, 12))
    _appeal(session, received_at=dt.datetime(2026, 3, 5, 10), applicant_name="Петров Пётр")
    rows = svc.journal_appeals(session, dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    text = "\n".join(_pages(journal_pdf(rows, start=dt.date(2026, 3, 1),
                                        end=dt.date(2026, 3, 31), precinct="Қарасу №7",
                                        lang="ru")))
    assert "Журнал учёта обращений граждан" in text and "Петров Пётр" in text
    assert "перенаправлено" in text and "опозданием" in text
    assert "Обращений за период: 2" in text and "Страница 1 из 1" in text


def test_long_journal_repeats_headers_and_counts_pages(session):
    from types import SimpleNamespace

    base = _appeal(session)
    rows = [SimpleNamespace(**{**{f: getattr(base, f) for f in svc.Appeal.__dataclass_fields__},
                               "reg_number": f"2026-X-{i:04d}", "summary": "сөз " * 60})
            for i in range(1, 121)]
    pages = _pages(journal_pdf(rows, start=dt.date(2026, 1, 1), end=dt.date(2026, 12, 31),
                               precinct="Қарасу №7", lang="kk"))
    assert len(pages) > 3
    assert all("Тірк. нөмірі" in p for p in pages)
    assert f"{len(pages)} беттің {len(pages)}-беті" in pages[-1]
    assert "2026-X-0120" in pages[-1]


def test_hours_notice_in_both_languages(session):
    hours = svc.ReceptionHours({0: ("17:00", "20:00"), 5: ("10:00", "13:00")}, place="УПП",
                               phone="+7 727 000 00 00")
    (page,) = _pages(hours_pdf(hours, precinct="Қарасу №7", officer_name="Сейтқали Айдос"))
    assert "Дүйсенбі" in page and "Понедельник" in page and "Суббота" in page
    assert "10:00–13:00" in page and "қабылдау жоқ" in page and "приёма нет" in page
