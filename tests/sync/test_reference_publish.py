"""Reference records published by the department reach every device (issue 6, item 3)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.sync.helpers import UNREADABLE_FORM, client, put_published_forms


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
        assert db.execute("SELECT count(*) FROM records WHERE device_id <> 'seed'"
                          ).fetchone()[0] == 0


# -- protocol forms flow from the server -----------------------------------------------------

def _new_version(tmp_path, version: int = 2, title_ru: str = "Протокол досмотра (ред. 2)"):
    from inspector_desk import paths

    text = (paths.FORMS / "koap-791.v1.toml").read_text(encoding="utf-8")
    text = text.replace("version = 1", f"version = {version}", 1)
    text = text.replace('title.ru = "Протокол личного досмотра и досмотра вещей, находящихся '
                        'при физическом лице"', f'title.ru = "{title_ru}"', 1)
    path = tmp_path / f"koap-791.v{version}.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_published_form_version_reaches_a_device_and_is_used(tmp_path, live_server,
                                                               make_device):
    """The department publishes koap-791 v2 with ``server publish``; after the next sync the
    device offers it (new protocols start on it), the shipped v1 stays as shipped, and the
    form is there again after the next unlock."""
    from inspector_desk.domain.forms.definition import default_registry
    from inspector_desk.services.accounts import unlock
    from inspector_desk.sync.server.storage_sqlite import SqliteStorage

    registry = default_registry()
    store_path = tmp_path / "server.sqlite"
    storage = SqliteStorage(store_path)
    storage.migrate()
    live_server.use(storage)
    dev = make_device("a")
    device = dev.session()
    mine = client(device, live_server.url)
    mine.sync(token=storage.issue_token("Қарасу №7"))
    try:
        form_file = _new_version(tmp_path)
        result = _cli("server", "publish", "--store", f"sqlite:///{store_path}", str(form_file))
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout) == {"published": 1}
        assert 2 not in registry.available()["koap-791"]
        mine.sync()
        assert registry.available()["koap-791"] == [1, 2]
        assert registry.get("koap-791").title["ru"] == "Протокол досмотра (ред. 2)"
        assert registry.get("koap-791", 1).title["ru"].startswith("Протокол личного досмотра")
        registry.forget_published()
        unlock(dev.path, "off_a", "correct horse")  # a later start of the program
        assert registry.latest_version("koap-791") == 2
    finally:
        registry.forget_published()
        mine.close()
        device.close()


def test_a_broken_or_shipped_form_is_refused_by_publish_and_nothing_written(tmp_path):
    import sqlite3

    from inspector_desk import paths
    from inspector_desk.sync.server.storage_sqlite import SqliteStorage

    store_path = tmp_path / "server.sqlite"
    SqliteStorage(store_path).migrate()
    broken = tmp_path / "koap-791.v3.toml"
    broken.write_text('id = "koap-791"\nversion = 3\n', encoding="utf-8")
    result = _cli("server", "publish", "--store", f"sqlite:///{store_path}", str(broken))
    assert result.returncode == 2 and "not a valid form" in result.stderr
    shipped = tmp_path / "koap-791.v1.toml"
    shipped.write_text((paths.FORMS / "koap-791.v1.toml").read_text(encoding="utf-8"),
                       encoding="utf-8")
    good = _new_version(tmp_path, 4)
    result = _cli("server", "publish", "--store", f"sqlite:///{store_path}", str(good),
                  str(shipped))
    assert result.returncode == 2 and "publish a new version number" in result.stderr
    assert "Traceback" not in result.stderr
    with sqlite3.connect(store_path) as db:  # the good file before it was not written either
        assert db.execute("SELECT count(*) FROM records WHERE device_id <> 'seed'"
                          ).fetchone()[0] == 0


def test_a_published_form_this_program_cannot_read_is_skipped_not_fatal(tmp_path, make_device):
    from inspector_desk.domain.forms.definition import FormRegistry
    from inspector_desk.services.published_forms import install

    session = make_device("a").session()
    good = _new_version(tmp_path, 5).read_text(encoding="utf-8")
    put_published_forms(session, {"koap-791.v5.toml": good,
                                  "koap-791.v6.toml": UNREADABLE_FORM})
    registry = FormRegistry()
    result = install(session.db, registry)
    assert result.added == ("koap-791.v5.toml",)
    assert [name for name, _ in result.refused] == ["koap-791.v6.toml"]
    assert registry.available()["koap-791"] == [1, 5]
    session.close()
