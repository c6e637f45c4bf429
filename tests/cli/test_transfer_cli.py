"""Issue 3: `inspector-desk import persons` / `export persons` per the CLI contract."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.conftest import PASSWORD


def _run(args, db_path, **kw):
    env = {**os.environ, "INSPECTOR_DESK_PASSWORD": PASSWORD}
    return subprocess.run([sys.executable, "-m", "inspector_desk", *args, "--db", str(db_path),
                           "--lang", "en"], capture_output=True, text=True, env=env,
                          timeout=120, **kw)


def test_import_export_round_trip_and_exit_codes(store, db_path, tmp_path):
    good = tmp_path / "list.csv"
    good.write_text("ИИН;Фамилия;Имя;Категория учета;Основание;Начало учета\n"
                    "920704301801;Қасымов;Нұрлан;parole;Қаулы № 1;01.02.2025\n", encoding="utf-8")
    dry = _run(["import", "persons", str(good), "--dry-run"], db_path)
    assert dry.returncode == 0, dry.stderr
    assert json.loads(dry.stdout) == {"imported": 1, "updated": 0, "rejected": []}
    done = _run(["import", "persons", str(good)], db_path)
    assert json.loads(done.stdout)["imported"] == 1
    out = _run(["export", "persons"], db_path)
    assert out.returncode == 0
    assert out.stdout.splitlines()[0].startswith("iin,last_name,first_name")
    assert "920704301801,Қасымов,Нұрлан" in out.stdout and ",parole," in out.stdout
    as_json = json.loads(_run(["export", "persons", "--format", "json"], db_path).stdout)
    assert as_json[0]["register_start"] == "2025-02-01"
    exported = tmp_path / "export.csv"
    exported.write_text(out.stdout, encoding="utf-8")
    again = _run(["import", "persons", str(exported)], db_path)
    assert json.loads(again.stdout) == {"imported": 0, "updated": 0, "rejected": []}
    bad = tmp_path / "bad.csv"
    bad.write_text("iin,last_name,first_name\n920704301802,X,Y\n", encoding="utf-8")
    rejected = _run(["import", "persons", str(bad)], db_path)
    assert rejected.returncode == 1
    assert json.loads(rejected.stdout)["rejected"][0]["row"] == 2
    garbage = tmp_path / "g.csv"
    garbage.write_bytes(bytes(range(256)) * 100)
    unusable = _run(["import", "persons", str(garbage)], db_path)
    assert unusable.returncode == 2 and "neither UTF-8" in unusable.stderr
    assert "Traceback" not in unusable.stderr
