"""Demo part of the preventive register: households of a rural okrug, their residents
with valid IINs, register entries across the categories and years of check history.

Rows go through :class:`~inspector_desk.services.session.Tx` (outbox and audit included),
in batches of a few thousand with one audit entry per batch, so ``huge`` stays quick.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from inspector_desk.domain.iin import make_iin
from inspector_desk.domain.register import CHECK_KINDS, default_end
from inspector_desk.progress import Progress
from inspector_desk.services.persons import search_key
from inspector_desk.services.register import list_categories, officers
from inspector_desk.services.session import Session

SETTLEMENTS = ("Қарасу", "Көктөбе", "Жаңаталап", "Өрнек", "Ақсай", "Шұғыла")
STREETS = ("Абай", "Төле би", "Наурызбай батыр", "Жамбыл", "Қабанбай батыр", "Бейбітшілік",
           "Орталық", "Мектеп", "Жастар", "Ғабит Мүсірепов", "Құрманғазы", "Мұхтар Әуезов",
           "Сәкен Сейфуллин", "Шоқан Уәлиханов", "Тәуелсіздік", "Ыбырай Алтынсарин",
           "Пушкин", "Гагарин", "Садовая", "Степная")
KZ_SURNAMES = ("Жұмабаев", "Сәрсенбаев", "Қасымов", "Төлеуов", "Әбдірахманов", "Нұрланов",
               "Үсенов", "Оспанов", "Ғабдуллин", "Мұқанов", "Ілиясов", "Байжанов", "Серікбаев",
               "Шәкенов", "Құрманов", "Тоқтаров", "Омаров", "Әлімжанов", "Бекмұхамедов",
               "Дүйсенов", "Есенғалиев", "Жақсылықов", "Қалиев", "Мәметов", "Нұрғалиев",
               "Өтегенов", "Рахымжанов", "Сүлейменов", "Тұрсынов", "Шаһмарданов", "Ысқақов")
KZ_MALE = ("Айдос", "Нұрлан", "Ерлан", "Дәурен", "Бауыржан", "Ғалым", "Қайрат", "Асқар",
           "Әділет", "Мұрат", "Серік", "Дәулет", "Жандос", "Ілияс", "Өркен", "Ержан",
           "Талғат", "Нұрсұлтан", "Ақылбек", "Ұлан", "Мәди", "Шаһмардан", "Жиһан", "Бекзат")
KZ_FEMALE = ("Әлия", "Айгүл", "Гүлнар", "Динара", "Жұлдыз", "Мөлдір", "Ләззат", "Сәуле",
             "Айжан", "Назерке", "Ұлжан", "Құралай", "Іңкәр", "Әйгерім", "Шынар", "Гүлмира",
             "Ақмарал", "Айнұр", "Мәдина", "Перизат", "Зәуре", "Үміт", "Жансая", "Шаһизада")
RU_SURNAMES = ("Иванов", "Петров", "Смирнов", "Кузнецов", "Попов", "Волков", "Соколов",
               "Лебедев", "Новиков", "Морозов", "Федоров", "Ковалев")
RU_PLAIN = ("Ким", "Ли", "Цой", "Шевченко", "Бондаренко", "Ткаченко", "Гейер", "Шмидт")
RU_MALE = ("Сергей", "Андрей", "Дмитрий", "Александр", "Владимир", "Николай", "Игорь",
           "Евгений", "Виктор", "Олег", "Артём", "Юрий")
RU_FEMALE = ("Ольга", "Наталья", "Елена", "Татьяна", "Ирина", "Светлана", "Анна", "Мария",
             "Людмила", "Юлия", "Екатерина", "Галина")
RU_PATRONYMIC = {"Сергей": "Сергеев", "Андрей": "Андреев", "Дмитрий": "Дмитриев",
                 "Александр": "Александров", "Владимир": "Владимиров", "Николай": "Николаев",
                 "Игорь": "Игорев", "Евгений": "Евгеньев", "Виктор": "Викторов",
                 "Олег": "Олегов", "Артём": "Артёмов", "Юрий": "Юрьев"}
CATEGORY_WEIGHTS = {"protective_order": 14, "special_requirements": 8, "official_warning": 12,
                    "parole": 10, "administrative_supervision": 8, "probation": 10,
                    "criminal_record": 22, "juvenile": 10, "risk_group": 6}
RESULTS = ("Үйінде болды, ескерту жасалды", "Дома, нарушений нет", "Жұмыста, туысымен сөйлестік",
           "Не застал, оставлена повестка", "Профилактикалық әңгіме жүргізілді",
           "Бұзушылық жоқ", "Жалоба соседей на шум, проведена беседа")
MOBILE = ("700", "701", "702", "705", "707", "747", "771", "775", "777", "778")
BATCH = 5_000


@dataclass(slots=True)
class _Resident:
    values: dict
    age: int


def _female(surname: str) -> str:
    if surname.endswith(("ов", "ев", "ин", "ёв")):
        return surname + "а"
    if surname.endswith("ский"):
        return surname[:-2] + "ая"
    return surname


def _household(rng: random.Random, today: dt.date, used: set[str]) -> list[_Resident]:
    kazakh = rng.random() < 0.72
    size = max(1, min(8, int(rng.gauss(3.3, 1.6))))
    surname = rng.choice(KZ_SURNAMES if kazakh else RU_SURNAMES + RU_PLAIN)
    father = rng.choice(KZ_MALE if kazakh else RU_MALE)
    grand = rng.choice(KZ_MALE if kazakh else RU_MALE)
    head_age = rng.randint(24, 78)
    people = []
    for i in range(size):
        if i == 0:
            sex, age, first, dad = "M", head_age, father, grand
        elif i == 1:
            sex, age = "F", max(18, head_age + rng.randint(-8, 3))
            first, dad = rng.choice(KZ_FEMALE if kazakh else RU_FEMALE), rng.choice(
                KZ_MALE if kazakh else RU_MALE)
        else:
            sex = rng.choice("MF")
            age = max(0, head_age - rng.randint(20, 32))
            first = rng.choice((KZ_MALE if sex == "M" else KZ_FEMALE) if kazakh
                               else (RU_MALE if sex == "M" else RU_FEMALE))
            dad = father
        if kazakh:
            last = surname if sex == "M" else _female(surname)
            patronymic = dad + ("ұлы" if sex == "M" else "қызы")
        else:
            last = surname if sex == "M" else _female(surname)
            stem = RU_PATRONYMIC[dad]
            patronymic = (stem + "ич") if sex == "M" else (stem + "на")
        born = today - dt.timedelta(days=age * 365 + rng.randint(0, 364))
        iin = None
        while iin is None or iin in used:
            iin = make_iin(born, sex, rng.randint(0, 9999))
        used.add(iin)
        phone = f"+7{rng.choice(MOBILE)}{rng.randint(0, 9999999):07d}" if age >= 16 else ""
        people.append(_Resident({
            "iin": iin, "last_name": last, "first_name": first, "patronymic": patronymic,
            "birth_date": born.isoformat(), "sex": sex, "phone": phone,
            "document": f"ЖК № {rng.randint(10**8, 10**9 - 1)}" if age >= 16 else "",
            "search_key": search_key(last, first, patronymic)}, age))
    return people


def demo_register(session: Session, size, rng: random.Random, progress: Progress) -> str:
    """Fill the register part of the demo precinct; returns a one-line summary."""
    today = dt.date.today()
    used: set[str] = set()
    adults: list[tuple[str, int]] = []
    addresses: set[tuple[str, str, str, str]] = set()
    households = []
    while len(households) < size.households:
        settlement = rng.choices(SETTLEMENTS, weights=(40, 15, 15, 12, 10, 8))[0]
        street = rng.choice(STREETS) + (" көшесі" if rng.random() < 0.8 else "")
        flat = rng.random() < 0.2
        address = (settlement, street, str(rng.randint(1, 160)),
                   str(rng.randint(1, 60)) if flat else "")
        if address not in addresses:
            addresses.add(address)
            households.append(address)
    total = size.residents
    written = 0
    pending: list[tuple[dict, int]] = []

    def flush() -> None:
        nonlocal written
        if not pending:
            return
        with session.write() as tx:
            for values, age in pending:
                pid = tx.insert("persons", values)
                if 16 <= age <= 70:
                    adults.append((pid, age))
            tx.audit("demo.persons", "persons", None, f"demo persons added: {len(pending)}")
        written += len(pending)
        pending.clear()
        progress.update(written, total, "persons")

    index = 0
    while written + len(pending) < total:
        settlement, street, house, flat = households[index % len(households)]
        index += 1
        for person in _household(rng, today, used):
            if written + len(pending) >= total:
                break
            person.values.update(settlement=settlement, street=street, house=house,
                                 apartment=flat)
            pending.append((person.values, person.age))
            if len(pending) >= BATCH:
                flush()
    flush()
    entries, checks = _demo_entries(session, size, rng, today, adults, progress)
    return (f"{written} persons in {len(households)} households, {entries} register entries, "
            f"{checks} checks")


def _demo_entries(session: Session, size, rng: random.Random, today: dt.date,
                  adults: list[tuple[str, int]], progress: Progress) -> tuple[int, int]:
    cats = {c.code: c for c in list_categories(session)}
    codes = [c for c in CATEGORY_WEIGHTS if c in cats]
    weights = [CATEGORY_WEIGHTS[c] for c in codes]
    staff = [oid for oid, _ in officers(session)] or [None]
    earliest = today - dt.timedelta(days=365 * size.years_of_history)
    n_checks = 0
    made = 0
    chosen = rng.sample(adults, min(len(adults), size.register_entries))
    while made < size.register_entries:
        with session.write() as tx:
            for _ in range(min(1000, size.register_entries - made)):
                pid, age = chosen[made % len(chosen)]
                code = rng.choices(codes, weights=weights)[0]
                if code == "juvenile":
                    code = "criminal_record" if age > 18 else code
                cat = cats[code]
                span = (today - earliest).days
                # recent entries are more likely to still be open
                start = today - dt.timedelta(days=int(span * rng.random() ** 1.6))
                end = default_end(start, cat.period_days)
                if end is None and rng.random() < 0.6:
                    end = start + dt.timedelta(days=rng.choice((180, 365, 730, 1095)))
                closed = end is not None and end < today
                officer = rng.choice(staff)
                eid = tx.insert("register_entries", {
                    "person_id": pid, "category_id": cat.id,
                    "basis_document": rng.choice(("Сот қаулысы", "Постановление суда",
                                                  "Защитное предписание", "Приговор суда",
                                                  "Ресми ескерту")),
                    "basis_number": f"{rng.randint(1, 999)}-{start:%y}",
                    "basis_date": start.isoformat(),
                    "basis_authority": rng.choice(("Қарасай аудандық соты",
                                                   "Қарасайский районный суд",
                                                   "Қарасай АПБ", "Каскеленский УПП")),
                    "start_on": start.isoformat(), "end_on": end.isoformat() if end else None,
                    "check_interval_days": cat.check_interval_days, "officer_id": officer,
                    "status": "closed" if closed else "active",
                    "close_reason": "expired" if closed else None,
                    "closed_on": end.isoformat() if closed else None})
                stop = min(end, today) if closed else today
                day = start + dt.timedelta(days=rng.randint(0, cat.check_interval_days))
                # some open entries lag behind: their last checks were skipped (overdue)
                lag = rng.randint(10, 60) if (not closed and rng.random() < 0.2) else 0
                while day <= stop - dt.timedelta(days=lag):
                    tx.insert("checks", {
                        "entry_id": eid, "person_id": pid, "checked_on": day.isoformat(),
                        "kind": rng.choices(CHECK_KINDS, weights=(50, 25, 10, 12, 3))[0],
                        "result": rng.choice(RESULTS), "notes": "", "officer_id": officer})
                    n_checks += 1
                    day += dt.timedelta(days=max(1, cat.check_interval_days
                                                 - rng.randint(0, cat.check_interval_days // 3)))
                made += 1
            tx.audit("demo.register", "register_entries", None, "demo register entries added")
        progress.update(made, size.register_entries, "register")
    return made, n_checks
