"""Reference records published by the department reach every device (issue 6, item 3)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.sync.helpers import client


def _cli(*args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("INSPECTOR_DESK")}
    return subprocess.run([sys.executable, "-m", "inspector_desk", *args], capture_output=True,
                          text=True, env=env, timeout=120)


def test_a_published_category_reaches_a_device(tmp_path, live_server, make_device):
    from inspector_desk.sync.server.storage_sqlite import SqliteStorage

    store_path = tmp_path / "server.sqlite"
    storage = SqliteStorage(store_path)
    storage.migrate()
    live_server.use(storage)
    device = make_device("a").session()
    mine = client(device, live_server.url)
    mine.sync(token=storage.issue_token("Қарасу №7"))
    category = {"code": "domestic_violence_watch", "name_kk": "Тұрмыстық зорлық-зомбылық",
                "name_ru": "Бытовое насилие (наблюдение)", "name_en": "Domestic violence watch",
                "legal_basis": "", "period_days": None, "check_interval_days": 14,
                "kind": "attention", "sort_order": 90, "active": 1}
    publish = tmp_path / "reference.jsonl"
    publish.write_text(json.dumps({"entity": "register_categories",
                                   "id": "0190c0de-0000-7000-8000-00000000a001",
                                   "data": category}, ensure_ascii=False) + "\n",
                       encoding="utf-8")
    result = _cli("server", "publish", "--store", f"sqlite:///{store_path}", str(publish))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"published": 1}
    mine.sync()
    row = device.db.execute("SELECT code, check_interval_days, kind FROM register_categories "
                            "WHERE id = ?", ["0190c0de-0000-7000-8000-00000000a001"]).fetchone()
    assert row == ("domestic_violence_watch", 14, "attention")
    mine.close()
    device.close()


def test_publishing_a_non_reference_table_is_refused_and_writes_nothing(tmp_path):
    from inspector_desk.sync.server.storage_sqlite import SqliteStorage

    store_path = tmp_path / "server.sqlite"
    SqliteStorage(store_path).migrate()
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"entity": "register_categories", "id": "x", "data": {}}\n'
                   '{"entity": "persons", "id": "y", "data": {"iin": "920704301801"}}\n',
                   encoding="utf-8")
    result = _cli("server", "publish", "--store", f"sqlite:///{store_path}", str(bad))
    assert result.returncode == 2
    assert "line 2" in result.stderr and "not a reference table" in result.stderr
    assert "Traceback" not in result.stderr
    import sqlite3

    with sqlite3.connect(store_path) as db:  # the first, valid line was not written either
        assert db.execute("SELECT count(*) FROM records").fetchone()[0] == 0
