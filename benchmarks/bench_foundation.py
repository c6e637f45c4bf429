"""Issue 2 bars: cold start to the unlock screen (vs a bare PySide6 window, same run),
unlock (Argon2id + open + migration check), a service write, and 10,000 writes in a batch.

Run: ``.venv/bin/python benchmarks/bench_foundation.py`` (offscreen Qt).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import fmt_ms, machine, run_python, stats  # noqa: E402

BARE_WINDOW = """
import os, time
t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget
from PySide6.QtCore import QTimer
app = QApplication([])
w = QWidget(); lay = QVBoxLayout(w)
for x in (QLabel("Login"), QLineEdit(), QLineEdit(), QPushButton("Unlock")): lay.addWidget(x)
w.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""


def cold_start(rounds: int = 15) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # installed programs have their bytecode cached
    home = tempfile.mkdtemp()
    env.update(XDG_CONFIG_HOME=home, XDG_DATA_HOME=home, INSPECTOR_DESK_STARTUP_PROBE="1")
    run_python(["-m", "inspector_desk"], env)  # warm the bytecode cache and the page cache
    run_python(["-c", BARE_WINDOW], env)
    app, bare = [], []
    for _ in range(rounds):  # interleaved so machine noise hits both alike
        bare.append(run_python(["-c", BARE_WINDOW], env))
        app.append(run_python(["-m", "inspector_desk"], env))
    a, b = stats(app), stats(bare)
    return {"app": a, "bare": b, "ratio": a["median"] / b["median"]}


def unlock_and_writes() -> dict:
    from inspector_desk.services.accounts import NewOfficer, create_database, unlock

    folder = Path(tempfile.mkdtemp())
    path = folder / "bench.idb"
    create_database(path, officer=NewOfficer("Бенчмарк Б.", "bench"), password="password-1",
                    precinct_name="№1")  # real Argon2id parameters
    unlocks = []
    for _ in range(7):
        started = time.perf_counter()
        store = unlock(path, "bench", "password-1")
        unlocks.append(time.perf_counter() - started)
    session = store.session()

    def one_write(i: int) -> None:
        with session.write() as tx:
            rid = tx.insert("precincts", {"name": f"Учаске {i}", "district": "Қарасай"})
            tx.update("precincts", rid, {"district": "Талғар"})
            tx.audit("precinct.add", "precincts", rid, "bench write")

    for i in range(50):
        one_write(i)
    singles = []
    for i in range(500):
        started = time.perf_counter()
        one_write(i)
        singles.append(time.perf_counter() - started)
    started = time.perf_counter()
    with session.write() as tx:
        for i in range(10_000):
            tx.insert("precincts", {"name": f"Импорт {i}", "district": "Қарасай"})
        tx.audit("precinct.import", "precincts", None, "10000 rows imported")
    batch = time.perf_counter() - started
    session.close()
    return {"unlock": stats(unlocks), "write": stats(singles), "batch_10k": batch}


def main() -> None:
    print("machine:", machine())
    cs = cold_start()
    print(f"cold start to unlock screen: median {fmt_ms(cs['app']['median'])} "
          f"(p95 {fmt_ms(cs['app']['p95'])}); bare PySide6 window median "
          f"{fmt_ms(cs['bare']['median'])}; ratio {cs['ratio']:.2f}  [bars: ≤ 1000 ms, ≤ 2.0×]")
    w = unlock_and_writes()
    print(f"unlock (Argon2id t=3 m=64MiB p=2 + open + migrate check): median "
          f"{fmt_ms(w['unlock']['median'])} (max {fmt_ms(w['unlock']['max'])})  [bar ≤ 800 ms]")
    print(f"service write (insert + update + audit + 2 outbox, one transaction): median "
          f"{fmt_ms(w['write']['median'])}, p95 {fmt_ms(w['write']['p95'])}  [bar ≤ 2 ms]")
    print(f"10,000 writes in one batch: {w['batch_10k']:.2f} s  [bar ≤ 3 s]")


if __name__ == "__main__":
    main()
