"""Issue 3 bars on the ``huge`` demo (200,000 persons; built once into benchmarks/.data/):
search-as-you-type per keystroke (service layer), Register page open to first paint,
typing in the GUI (longest frame), and importing 10,000 rows (+ export → re-import).

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_register.py``.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import fmt_ms, machine, stats  # noqa: E402
from benchmarks.register_data import dataset  # noqa: E402

#: What an inspector types: Kazakh and Russian spellings of names, and IIN prefixes.
WORDS = ("Әлия", "Алия Жумабаева", "Нұрлан", "нурлан", "Сәрсенбаев", "Қасымова Айгүл",
         "Иванов Сергей", "Шаһмарданов", "Ерлан Оспанов", "Гүлнар", "Ким", "Ткаченко",
         "Мөлдір Серікбаева", "880512", "0105", "79", "Ілиясов", "Құралай", "Ұлжан", "Дәурен")


def keystroke_queries() -> list[str]:
    return [w[:n] for w in WORDS for n in range(1, len(w) + 1) if w[:n].strip()]


def bench_search(session) -> tuple[dict[str, float], dict[str, float]]:
    """Per keystroke: the first page (200 rows, name order) and the count capped at 1,000
    (what a "1,000+" label would show)."""
    from inspector_desk.services.register import count_persons, search_persons

    queries = keystroke_queries()
    for q in queries[:20]:  # warm the page cache like a running program
        search_persons(session, q, limit=200)
    samples, counts = [], []
    for q in queries:
        started = time.perf_counter()
        search_persons(session, q, limit=200)
        samples.append(time.perf_counter() - started)
        started = time.perf_counter()
        count_persons(session, q, cap=1000)
        counts.append(time.perf_counter() - started)
    return stats(samples), stats(counts)


def bench_page(store) -> tuple[float, float]:
    from PySide6.QtWidgets import QApplication

    from benchmarks.common import timed  # noqa: F401
    from inspector_desk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    window = MainWindow(store)
    window.show()
    app.processEvents()
    page = window.page_by_key["register"]
    started = time.perf_counter()
    page.reload()
    window.show_page("register")
    page.table.viewport().repaint()
    app.processEvents()
    opened = time.perf_counter() - started
    longest = 0.0
    from tests.ui.keys import type_text

    for word in ("Алия Жумабаева", "Нұрлан Сәрсенбаев"):
        page.search.clear()
        for char in word:
            started = time.perf_counter()
            type_text(page.search, char)
            page.refresh_table()  # what the debounce timer does after the keystroke
            page.table.viewport().repaint()
            app.processEvents()
            longest = max(longest, time.perf_counter() - started)
    window.close()
    return opened, longest


def bench_import() -> tuple[float, int]:
    from inspector_desk.domain.iin import make_iin
    from inspector_desk.services.accounts import NewOfficer, create_database
    from inspector_desk.services.person_import import export_rows, import_persons, write_export
    from inspector_desk.store.keyring import KdfParams

    tmp = Path(tempfile.mkdtemp())
    store = create_database(tmp / "i.idb", officer=NewOfficer("Бенч Бенчұлы", "bench"),
                            password="benchmark", precinct_name="Bench",
                            kdf=KdfParams.fast())
    session = store.session()
    lines = ["ИИН;Фамилия;Имя;Отчество;Телефон;Населённый пункт;Улица;Дом;Категория учета;"
             "Основание;Начало учета"]
    serial, n = 0, 0
    while n < 10_000:
        iin = make_iin(dt.date(1950 + n % 50, 1 + n % 12, 1 + n % 28), "MF"[n % 2], serial)
        serial = (serial + 1) % 10_000
        if iin is None:
            continue
        cat = "Судимость;Приговор суда № 5;01.03.2024" if n % 25 == 0 else ";;"
        lines.append(f"{iin};Қасымов;Ерлан;Серікұлы;+7701{n:07d};Қарасу;Абай;{n % 300};{cat}")
        n += 1
    path = tmp / "list.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    started = time.perf_counter()
    result = import_persons(session, path)
    elapsed = time.perf_counter() - started
    assert result.imported == 10_000 and not result.rejected, result.summary()
    buf = io.StringIO()
    write_export(export_rows(session), "csv", buf)
    (tmp / "export.csv").write_text(buf.getvalue(), encoding="utf-8")
    again = import_persons(session, tmp / "export.csv")
    changed = again.imported + again.updated + again.entries
    session.close()
    return elapsed, changed


def main() -> None:
    store = dataset("huge")
    session = store.session()
    s, c = bench_search(session)
    session.close()
    print(f"machine: {machine()}")
    print(f"search per keystroke on huge (n={s['n']}): median {fmt_ms(s['median'])}, "
          f"p95 {fmt_ms(s['p95'])}, max {fmt_ms(s['max'])}  (bars 15 / 40 ms)")
    print(f"count capped at 1,000 per keystroke: median {fmt_ms(c['median'])}, "
          f"p95 {fmt_ms(c['p95'])}, max {fmt_ms(c['max'])}")
    opened, longest = bench_page(store)
    print(f"register page open to first paint on huge: {fmt_ms(opened)} (bar 300 ms); "
          f"longest keystroke frame while typing: {fmt_ms(longest)} (bar 100 ms)")
    took, changed = bench_import()
    print(f"import 10,000 rows: {took:.2f} s (bar 5 s); export → re-import changed: {changed}")


if __name__ == "__main__":
    main()
