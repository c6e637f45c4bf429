"""Issue 3: the person card PDF in kk/ru, read back; printing is audited."""

from __future__ import annotations

import datetime as dt

from pypdf import PdfReader

from inspector_desk.reports.person_card import person_card
from inspector_desk.services import persons, register


def test_card_in_kazakh_and_russian(session, tmp_path):
    pid = next(iter(persons.add_person(session, {
        "last_name": "Жұмабаев", "first_name": "Нұрлан", "patronymic": "Серікұлы",
        "iin": "920704301801", "settlement": "Қарасу", "street": "Абай көшесі",
        "house": "12"}).ids))
    cat = register.find_category(session, "parole")
    start = dt.date.today() - dt.timedelta(days=40)
    register.add_entry(session, pid, {"category_id": cat.id, "basis_document": "Сот қаулысы",
                                      "basis_number": "12", "start_on": start.isoformat()})
    eid = session.db.execute("SELECT id FROM register_entries").fetchone()[0]
    register.record_check(session, eid, checked_on=start + dt.timedelta(days=3),
                          kind="home_visit", result="Үйінде болды")
    for lang, words in (("kk", ["Профилактикалық есеп карточкасы", "ЖСН", "үйіне бару",
                                "Қызмет бабында пайдалану үшін"]),
                        ("ru", ["Карточка профилактического учёта", "ИИН", "посещение на дому",
                                "Условно-досрочное освобождение"])):
        path = tmp_path / f"card-{lang}.pdf"
        path.write_bytes(person_card(session, pid, lang=lang))
        text = "".join(page.extract_text() for page in PdfReader(path).pages)
        for word in [*words, "Жұмабаев Нұрлан Серікұлы", "920704301801", "Үйінде болды"]:
            assert word in text, (lang, word)
    prints = session.db.execute("SELECT count(*) FROM audit WHERE action='person.print'")
    assert prints.fetchone()[0] == 2
