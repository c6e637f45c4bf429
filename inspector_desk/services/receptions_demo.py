"""Demo part: a year of appeals of a rural precinct, through the real services.

Spread over the last twelve months (working days, reception hours), with the lifecycle
played out: most decided and closed, some forwarded (a few late), some extended, a few
reports of offences handed to the duty unit, and a handful still running or overdue.
"""

from __future__ import annotations

import datetime as dt
import random

from inspector_desk.domain.appeals import FORMATS, AppealDraft
from inspector_desk.domain.iin import make_iin
from inspector_desk.progress import Progress
from inspector_desk.services import receptions as svc
from inspector_desk.services.calendar_overrides import precinct_calendar

SURNAMES = ["Жұмабаев", "Сәрсенбаев", "Қасымов", "Өтегенов", "Нұрланов", "Иванов", "Ким",
            "Әбдірахманов", "Ғалымжанов", "Тоқтаров", "Петров", "Үсенов"]
NAMES_M = ["Ерлан", "Асқар", "Нұрлан", "Бауыржан", "Сергей", "Дәурен", "Ғани"]
NAMES_F = ["Әлия", "Гүлнар", "Айгүл", "Мәдина", "Ольга", "Жанар", "Сәуле"]
VILLAGES = ["Қарасу ауылы", "Ақжар ауылы", "Жаңатұрмыс ауылы", "Көкөзек ауылы"]
STREETS = ["Абай к-сі", "Төле би к-сі", "Наурызбай батыр к-сі", "Бейбітшілік к-сі"]
SUMMARIES = [
    ("complaint", "Көршінің иті байлаусыз жүреді, балаларды қорқытады."),
    ("complaint", "Түнде көшеде жастар шулайды, ұйықтауға мүмкіндік жоқ."),
    ("statement", "Сарайдан екі қап ұн жоғалды, тексеруді сұраймын."),
    ("request", "Қоғамдық тәртіп туралы анықтама беруді сұраймын."),
    ("proposal", "Мектеп маңына жол белгісін қою туралы ұсыныс."),
    ("complaint", "Жер учаскесінің шекарасы бойынша көршімен дау (әкімдіктің құзыреті)."),
    ("statement", "Прошу принять меры к соседу, который паркует грузовик на тротуаре."),
    ("offence_report", "Көлік ұрланғаны туралы хабар."),
]
OUTCOMES = ["explained", "explained", "satisfied", "partly_satisfied", "refused"]


def demo_receptions(session, size, rng: random.Random, progress: Progress) -> str:
    """Fill the demo precinct with a year of appeals; returns a summary line."""
    count = {"small": 60, "large": 400, "huge": 2000}.get(size.name, 60)
    cal = precinct_calendar(session)
    today = dt.date.today()
    days = [today - dt.timedelta(days=i) for i in range(365)]
    days = sorted(d for d in days if cal.is_working_day(d))
    picks = sorted(rng.choice(days) for _ in range(count))
    for n, day in enumerate(picks):
        if n % 50 == 0:
            progress.update(n, count, "receptions")
        kind, summary = rng.choice(SUMMARIES)
        female = rng.random() < 0.5
        name = (f"{rng.choice(SURNAMES)}{'а' if female else ''} "
                f"{rng.choice(NAMES_F if female else NAMES_M)}")
        iin = ""
        if rng.random() < 0.5:
            born = dt.date(rng.randint(1950, 2004), rng.randint(1, 12), rng.randint(1, 28))
            iin = make_iin(born, "F" if female else "M", rng.randint(1, 9999)) or ""
        anonymous = kind == "offence_report" and rng.random() < 0.3
        received = dt.datetime.combine(day, dt.time(17, rng.randint(0, 59)))
        if day == today:
            received = min(received, dt.datetime.now().replace(second=0, microsecond=0))
        taken = svc.take_appeal(session, AppealDraft(
            received_at=received, kind=kind, format=rng.choice(FORMATS), summary=summary,
            applicant_name="" if anonymous else name, applicant_iin="" if anonymous else iin,
            applicant_address=f"{rng.choice(VILLAGES)}, {rng.choice(STREETS)}, "
                              f"{rng.randint(1, 120)}",
            applicant_phone=f"+7 70{rng.randint(0, 9)} {rng.randint(100, 999)} "
                            f"{rng.randint(10, 99)} {rng.randint(10, 99)}",
            applicant_lang="ru" if rng.random() < 0.3 else "kk", anonymous=anonymous),
            calendar=cal)
        a = svc.get_appeal(session, taken.id)
        age = cal.working_days_between(a.registered_on, today)
        if kind == "offence_report":
            svc.hand_over_offence(session, a.id, duty_unit="Қарасай АПБ кезекші бөлімі",
                                  handed_on=received.date(), reference=f"КУИ № {1000 + n}",
                                  today=today)
            continue
        if age < 3 or rng.random() < 0.05:
            continue  # still registered (some of them overdue)
        if "әкімдік" in summary and age >= 3:
            fwd = cal.add_working_days(a.registered_on, rng.choice([1, 2, 3, 3, 4]))
            late = fwd > a.forward_due_on
            svc.forward_appeal(session, a.id, body="Қарасай ауданының әкімдігі",
                               forwarded_on=min(fwd, today), outgoing_number=f"27-{n:03d}",
                               late_reason="жауапты орган кеш анықталды" if late else "",
                               today=today, calendar=cal)
            if rng.random() < 0.8:
                svc.close_appeal(session, a.id, closed_on=min(fwd, today))
            continue
        svc.start_work(session, a.id)
        if age < 12:
            continue
        decided = cal.add_working_days(a.registered_on, rng.randint(5, 15))
        if rng.random() < 0.08 and decided < today:
            ext_on = cal.add_working_days(a.registered_on, 10)
            svc.extend_appeal(session, a.id, decided_on=ext_on,
                              new_due=cal.extension_limit(ext_on),
                              reason="сараптама қорытындысы күтілуде", today=today,
                              calendar=cal)
        if decided <= today:
            svc.decide_appeal(session, a.id, decided_on=decided, outcome=rng.choice(OUTCOMES),
                              answer_via=rng.choice(["written", "in_person", "electronic"]),
                              answered_on=decided, today=today)
            if rng.random() < 0.9:
                svc.close_appeal(session, a.id, closed_on=decided)
    progress.update(count, count, "receptions")
    return f"{count} appeals"
