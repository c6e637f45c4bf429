"""``inspector-desk protocol import FILE`` / ``protocol export ID``: lossless, clear refusals."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import PASSWORD

DATA = Path(__file__).resolve().parents[1] / "data" / "protocols"


def cli(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    env = dict(os.environ, INSPECTOR_DESK_PASSWORD=PASSWORD)
    return subprocess.run([sys.executable, "-m", "inspector_desk", "protocol", *args],
                          input=stdin, capture_output=True, env=env, timeout=120)


def test_import_then_export_is_lossless(store, db_path, tmp_path):
    doc = json.loads((DATA / "upk-254.json").read_text(encoding="utf-8"))
    doc["trainer_note"] = "қосымша өріс сақталады"
    source = tmp_path / "in.json"
    source.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    imported = cli("import", str(source), "--db", str(db_path), "--lang", "kk")
    assert imported.returncode == 0, imported.stderr.decode()
    summary = json.loads(imported.stdout)
    assert summary["status"] == "draft" and summary["form"] == "upk-254"
    assert summary["compliant"] is True
    out = tmp_path / "out.json"
    exported = cli("export", summary["id"], "--db", str(db_path), "--out", str(out))
    assert exported.returncode == 0, exported.stderr.decode()
    assert json.loads(out.read_text(encoding="utf-8")) == doc
    to_stdout = cli("export", summary["id"], "--db", str(db_path))
    assert json.loads(to_stdout.stdout) == doc


def test_import_from_stdin_of_a_defective_protocol_keeps_it_as_a_draft(store, db_path):
    raw = (DATA / "defects" / "koap-791.copy-not-handed.json").read_bytes()
    result = cli("import", "-", "--db", str(db_path), "--lang", "ru", stdin=raw)
    assert result.returncode == 0, result.stderr.decode()
    summary = json.loads(result.stdout)
    assert summary["compliant"] is False
    assert any(f["citation"]["article"] == 791 for f in summary["findings"])


def test_unusable_input_is_exit_2_with_a_message(store, db_path, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{oops", encoding="utf-8")
    result = cli("import", str(bad), "--db", str(db_path), "--lang", "ru")
    assert result.returncode == 2
    assert "JSON" in result.stderr.decode() and b"Traceback" not in result.stderr
    unknown = tmp_path / "unknown.json"
    unknown.write_text(json.dumps({"format": "inspector-desk.protocol", "version": 1,
                                   "form": "koap-000"}), encoding="utf-8")
    result = cli("import", str(unknown), "--db", str(db_path), "--lang", "kk")
    assert result.returncode == 2 and "koap-000" in result.stderr.decode()
    missing = cli("export", "no-such-id", "--db", str(db_path), "--lang", "ru")
    assert missing.returncode == 2 and "не найден" in missing.stderr.decode()
    assert b"Traceback" not in missing.stderr
