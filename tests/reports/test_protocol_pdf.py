"""The printed protocol: paper layout, both languages, translated copy, signatures on every
page, page x of y, the seal in the footer; printing is audited."""

from __future__ import annotations

import copy
import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from inspector_desk.reports.protocol_pdf import PrintInfo, protocol_pdf
from inspector_desk.services import protocols as svc

DATA = Path(__file__).resolve().parents[1] / "data" / "protocols"
SEAL = "5f" * 32


def sample(form: str = "koap-791") -> dict:
    return json.loads((DATA / f"{form}.json").read_text(encoding="utf-8"))


def pages(pdf: bytes) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages]


def test_russian_protocol_reads_as_the_paper_form():
    text = "\n".join(pages(protocol_pdf(sample(), info=PrintInfo(seal=SEAL,
                                                                   precinct="Қарасу №7"))))
    for words in ("ПРОТОКОЛ ЛИЧНОГО ДОСМОТРА", "КоАП РК, ст. 791", "14 марта 2026",
                  "Начато в 14:05, окончено в 14:40", "Протокол составил",
                  "капитан полиции", "Понятой", "права и обязанности разъяснены",
                  "Ход действия", "Обнаружены (изъяты)", "калибр: 9 мм", "номер: 1234",
                  "патрон 9×18 мм", "Замечаний от участников не поступило",
                  "Копия протокола вручена", "Копию получил", "Печать (SHA-256)",
                  "Страница 1 из"):
        assert words in text, words


def test_kazakh_protocol_uses_the_glossary_terms():
    doc = sample()
    doc["language"] = "kk"
    text = "\n".join(pages(protocol_pdf(doc, info=PrintInfo(seal=SEAL))))
    for words in ("ХАТТАМАСЫ", "ӘҚБтК, 791-бап", "2026 ж.", "Куәгер", "Ескертпелер",
                  "табыс етілді", "беттің"):
        assert words in text, words
    assert "Понятой" not in text


def test_translated_copy_is_marked_on_every_page():
    doc = sample()
    doc["items"] = doc["items"] * 8
    text = pages(protocol_pdf(doc, lang="kk", info=PrintInfo(seal=SEAL)))
    assert len(text) > 1
    for page in text:
        assert "АУДАРМА" in page and "738-бап" in page


@pytest.mark.parametrize("form", ["koap-791", "koap-793", "koap-795", "koap-803", "upk-253",
                                  "upk-254", "upk-255"])
def test_every_form_prints_with_signature_lines_on_every_page(form):
    doc = sample(form)
    if isinstance(doc.get("items"), list) and doc["items"]:
        doc["items"] = doc["items"] * 10
    text = pages(protocol_pdf(doc, info=PrintInfo(seal=SEAL)))
    names = [p["last_name"] for p in doc.get("participants") or [] if p.get("last_name")]
    for n, page in enumerate(text, 1):
        assert f"Страница {n} из {len(text)}" in page or f"{len(text)} беттің {n}-беті" in page
        assert "SHA-256" in page
        for name in names:
            assert name in page, (form, n, name)


def test_draft_and_bad_values_print_without_crashing():
    doc = copy.deepcopy(sample())
    doc["start_time"] = "25:70"
    doc["items"][0]["quantity"] = -3
    doc["items"].append("not an object")
    doc["participants"][0]["signed"] = "да"
    doc["unknown_extra"] = {"a": 1}
    doc["date"] = "14/03/2026"
    text = "\n".join(pages(protocol_pdf(doc, info=PrintInfo(status="draft"))))
    assert "ЧЕРНОВИК" in text and "25:70" in text and "14/03/2026" in text
    assert "unknown_extra" in text


def test_printing_is_audited_and_shows_void_and_amendment(session):
    pid = svc.import_protocol(session, json.dumps(sample(), ensure_ascii=False)).id
    seal = svc.finalize(session, pid)
    new = svc.amend(session, pid, reason="уточнение")
    svc.void(session, pid, reason="заменён исправлением")
    text = "\n".join(pages(svc.print_protocol(session, pid)))
    assert "АННУЛИРОВАН" in text and seal[:24] in text
    text2 = "\n".join(pages(svc.print_protocol(session, new, lang="kk")))
    assert "түзетеді" in text2 and "АУДАРМА" in text2
    actions = [r[0] for r in session.db.execute(
        "SELECT summary FROM audit WHERE action = 'protocol.print'").fetchall()]
    assert len(actions) == 2 and "translated copy" in actions[1]
