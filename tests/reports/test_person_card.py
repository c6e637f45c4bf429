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


def test_card_prints_the_photo_scaled_into_its_box(session, tmp_path):
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QImage

    from inspector_desk.reports.person_card import PHOTO_BOX, photo_flowable

    image = QImage(300, 400, QImage.Format.Format_RGB32)
    image.fill(0x2255AA)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    png = bytes(buffer.data())
    pid = next(iter(persons.add_person(session, {
        "last_name": "Жұмабаев", "first_name": "Нұрлан", "iin": "920704301801",
        "photo": png}).ids))
    other = next(iter(persons.add_person(session, {
        "last_name": "Омаров", "first_name": "Ерлан", "iin": "920704418018"}).ids))
    flowable = photo_flowable(png)
    assert flowable.drawWidth <= PHOTO_BOX[0] + 0.01 and flowable.drawHeight <= PHOTO_BOX[1] + 0.01
    assert abs(flowable.drawWidth / flowable.drawHeight - 0.75) < 0.01  # aspect kept
    assert photo_flowable(b"\x89PNG\r\n\x1a\nbroken") is None  # a damaged photo is left out
    with_photo = tmp_path / "with.pdf"
    with_photo.write_bytes(person_card(session, pid, lang="kk"))
    without = tmp_path / "without.pdf"
    without.write_bytes(person_card(session, other, lang="ru"))
    page = PdfReader(with_photo).pages[0]
    assert len(page.images) == 1 and "Жұмабаев Нұрлан" in page.extract_text()
    assert len(PdfReader(without).pages[0].images) == 0
