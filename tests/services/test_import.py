"""Issue 3: persons import/export per persons-import.md (CSV dialects, xlsx, bad input)."""

from __future__ import annotations

import datetime as dt
import io
import os
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from inspector_desk.domain.iin import make_iin
from inspector_desk.services.person_import import (
    ImportFileError,
    export_rows,
    import_persons,
    write_export,
)


def iins(n, year=1980):
    out, serial = [], 0
    while len(out) < n:
        born = dt.date(year + len(out) % 30, 1 + len(out) % 12, 1 + len(out) % 28)
        iin = make_iin(born, "M" if len(out) % 2 else "F", serial % 10000)
        serial += 1
        if iin and iin not in out:
            out.append(iin)
    return out


HEADER_RU = "ИИН;Фамилия;Имя;Отчество;Телефон;Категория учета;Основание;Начало учета\n"


def _count(session, table):
    return session.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_windows_1251_semicolon_csv_with_russian_headers_imports(session, tmp_path):
    a, b = iins(2)
    body = (HEADER_RU + f"{a};Жұмабаева;Әлия;Серікқызы;87011234567;Защитное предписание;"
            f"Предписание № 5;01.10.2026\n{b};Иванов;Сергей;;;;;\n")
    body = body.replace("Жұмабаева", "Жумабаева").replace("Әлия", "Алия").replace(
        "Серікқызы", "Сериковна")  # cp1251 has no Kazakh letters
    path = tmp_path / "list.csv"
    path.write_bytes(body.encode("cp1251"))
    result = import_persons(session, path, today=dt.date(2026, 11, 1))
    assert result.summary() == {"imported": 2, "updated": 0, "rejected": []}
    assert result.entries == 1
    assert session.db.execute("SELECT phone FROM persons WHERE iin=?", [a]).fetchone()[0] == \
        "+77011234567"
    end = session.db.execute("SELECT end_on FROM register_entries").fetchone()[0]
    assert end == "2026-10-31"  # 30 days from the category
    again = import_persons(session, path, today=dt.date(2026, 11, 1))
    assert (again.imported, again.updated, again.entries) == (0, 0, 0)


def test_bulk_write_one_op_per_row_and_a_repeated_new_iin_is_one_person(session, tmp_path):
    from inspector_desk.services.register import search_persons

    a, b, c = iins(3)
    before = _count(session, "persons")
    session.db.execute("INSERT INTO persons (id, updated_at, device_id, iin, last_name, "
                       "first_name, search_key) VALUES ('old', 't', 'd', ?, 'Оспанов', 'Ерлан', "
                       "'оспанов ерлан')", [c])
    body = (HEADER_RU
            + f"{a};Жұмабаева;Әлия;;87011234567;Защитное предписание;Предписание № 5;01.10.2026\n"
            + f"{b};Иванов;Сергей;;;;;\n"
            + f"{a};Жұмабаева;Әлия;Серікқызы;87011234568;Судимость;Приговор;01.09.2026\n"
            + f"{c};Оспанов;Ерлан;Нұрланұлы;;Судимость;Приговор;01.08.2026\n")
    path = tmp_path / "list.csv"
    path.write_text(body, encoding="utf-8")
    ops = _count(session, "outbox")
    result = import_persons(session, path, today=dt.date(2026, 11, 1))
    assert (result.imported, result.updated, result.entries) == (2, 1, 3)
    assert _count(session, "persons") == before + 3
    row = session.db.execute("SELECT id, patronymic, phone, search_key FROM persons "
                             "WHERE iin = ?", [a]).fetchone()
    assert row[1:] == ("Серікқызы", "+77011234568", "жумабаева алия сериккызы")
    # 2 new persons + 1 update + 3 entries: one outbox op each
    assert _count(session, "outbox") == ops + 6
    owners = [r[0] for r in session.db.execute("SELECT person_id FROM register_entries "
                                               "ORDER BY start_on")]
    assert owners == ["old", row[0], row[0]]
    assert [r.id for r in search_persons(session, "алия сер")] == [row[0]]
    assert [r.id for r in search_persons(session, "оспанов нурланулы")] == ["old"]


def test_utf8_bom_comma_csv_with_kazakh_headers(session, tmp_path):
    (a,) = iins(1)
    path = tmp_path / "тізім.csv"
    path.write_text(f"ЖСН,Тегі,Аты,Әкесінің аты\n{a},Жұмабаева,Әлия,Серікқызы\n",
                    encoding="utf-8-sig")
    assert import_persons(session, path).imported == 1


def test_every_invalid_row_is_reported_and_nothing_is_written_by_default(session, tmp_path):
    good, other = iins(2)
    path = tmp_path / "bad.csv"
    path.write_text(
        "iin,last_name,first_name,register_category,register_basis,register_start,"
        "register_end\n"
        f"{good},Ok,Person,,,,\n"
        "12345,Short,Iin,,,,\n"
        f"{other[:-1]}{(int(other[-1]) + 1) % 10},Bad,Check,,,,\n"
        f"{iins(3)[2]},End,Before,official_warning,doc,2025-02-01,2025-01-01\n"
        f"{iins(4)[3]},Future,Start,official_warning,doc,2099-01-01,\n",
        encoding="utf-8")
    result = import_persons(session, path, lang="ru")
    assert result.written is False and _count(session, "persons") == 0
    assert [(p.row, p.column) for p in result.rejected] == [
        (3, "iin"), (4, "iin"), (5, "register_end"), (6, "register_start")]
    assert "ровно из 12 цифр" in result.rejected[0].error
    assert "контрольная цифра" in result.rejected[1].error
    kk = import_persons(session, path, lang="kk")
    assert "бақылау цифры" in kk.rejected[1].error


def test_skip_imports_valid_rows_and_writes_rejected_csv(session, tmp_path):
    (good,) = iins(1)
    path = tmp_path / "mixed.csv"
    path.write_text(f"iin;last_name;first_name\n{good};Ok;Person\n999;Bad;Row\n",
                    encoding="utf-8")
    result = import_persons(session, path, on_error="skip", lang="en")
    assert result.imported == 1 and len(result.rejected) == 1
    rejected = (tmp_path / "mixed.rejected.csv").read_text(encoding="utf-8-sig")
    assert "999;Bad;Row;iin: The IIN is not valid" in rejected


def test_dry_run_counts_but_writes_nothing(session, tmp_path):
    (a,) = iins(1)
    path = tmp_path / "d.csv"
    path.write_text(f"iin,last_name,first_name\n{a},A,B\n", encoding="utf-8")
    result = import_persons(session, path, dry_run=True)
    assert result.imported == 1 and _count(session, "persons") == 0


def test_xlsx_import_including_iin_stored_as_a_number(session, tmp_path):
    from openpyxl import Workbook

    young = next(i for i in iins(400, year=2000) if i.startswith("0"))
    book = Workbook()
    sheet = book.active
    sheet.append(["Тізім"])
    sheet.append(["ИИН", "Фамилия", "Имя", "Дата рождения"])
    sheet.append([int(young), "Сәрсенбаев", "Ұлан", None])
    sheet.append(["920704301801", "Қасымов", "Нұрлан", dt.datetime(1992, 7, 4)])
    path = tmp_path / "list.xlsx"
    book.save(path)
    result = import_persons(session, path)
    assert result.summary() == {"imported": 2, "updated": 0, "rejected": []}
    assert session.db.execute("SELECT count(*) FROM persons WHERE iin=?", [young]).fetchone()[0]


def test_merged_header_cells_are_rejected_clearly(session, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["ИИН", "ФИО", "", "Фамилия", "Имя"])
    sheet.merge_cells("B1:C1")
    path = tmp_path / "merged.xlsx"
    book.save(path)
    with pytest.raises(ImportFileError) as err:
        import_persons(session, path)
    assert "B1:C1" in err.value.message("ru") and "объединённые" in err.value.message("ru")


def test_garbage_and_unknown_encoding_are_rejected_without_writing(session, tmp_path):
    garbage = tmp_path / "garbage.csv"
    garbage.write_bytes(os.urandom(50 * 1024 * 1024))
    started = time.perf_counter()
    with pytest.raises(ImportFileError) as err:
        import_persons(session, garbage)
    assert err.value.code == "import.unknown_encoding"
    assert time.perf_counter() - started < 5
    utf16 = tmp_path / "utf16.csv"
    utf16.write_text("iin,last_name,first_name\n", encoding="utf-16")
    with pytest.raises(ImportFileError):
        import_persons(session, utf16)
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"not a zip")
    with pytest.raises(ImportFileError) as err:
        import_persons(session, fake)
    assert "Excel" in err.value.message("en")
    text_garbage = tmp_path / "words.csv"
    text_garbage.write_text("hello world\n" * 1000, encoding="utf-8")
    with pytest.raises(ImportFileError) as err:
        import_persons(session, text_garbage)
    assert err.value.code == "import.not_a_table"
    assert _count(session, "persons") == 0


def test_ten_thousand_rows_import_fast_and_export_reimport_changes_nothing(session, tmp_path):
    rows = iins(10_000, year=1950)
    lines = ["iin;last_name;first_name;patronymic;phone;settlement;register_category;"
             "register_basis;register_start"]
    for n, iin in enumerate(rows):
        cat = "criminal_record;Приговор;01.02.2024" if n % 25 == 0 else ";;"
        surname = ("Сүлейменов", "Қасымов", "Иванов", "Әлімжанов")[n % 4]
        lines.append(f"{iin};{surname};Әлихан;Ғалымұлы;+7701{n:07d};Қарасу;{cat}")
    path = tmp_path / "big.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    started = time.perf_counter()
    result = import_persons(session, path)
    elapsed = time.perf_counter() - started
    assert (result.imported, result.entries, result.rejected) == (10_000, 400, [])
    assert elapsed < 10, elapsed  # bar 5 s: measured by benchmarks/bench_register.py
    buf = io.StringIO()
    write_export(export_rows(session), "csv", buf)
    exported = tmp_path / "export.csv"
    exported.write_text(buf.getvalue(), encoding="utf-8")
    outbox = _count(session, "outbox")
    again = import_persons(session, exported)
    assert (again.imported, again.updated, again.entries, again.rejected) == (0, 0, 0, [])
    assert _count(session, "outbox") == outbox


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cells=st.lists(st.text(max_size=20), min_size=3, max_size=3))
def test_any_row_is_imported_or_explained_never_crashes(session, tmp_path, cells):
    import csv

    path = tmp_path / "h.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["iin", "last_name", "first_name"])
        writer.writerow(cells)
    before = _count(session, "persons")
    try:
        result = import_persons(session, path, dry_run=True)
    except ImportFileError:
        return
    assert result.imported + result.unchanged + result.updated + len(result.rejected) >= 0
    assert _count(session, "persons") == before
    for problem in result.rejected:
        assert problem.row >= 2 and problem.column and problem.error
