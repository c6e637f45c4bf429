"""``inspector-desk protocol check FILE`` per the CLI contract: JSON verdict, exit 0/1/2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "data" / "protocols"
KEYS = {"form", "compliant", "findings"}
FINDING_KEYS = {"rule", "severity", "citation", "field", "message"}


def protocol_check(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "inspector_desk", "protocol", "check", *args],
        input=stdin if stdin is not None else b"",
        capture_output=True,
        timeout=60,
    )


def verdict(result: subprocess.CompletedProcess[bytes]) -> dict:
    return json.loads(result.stdout.decode("utf-8"))


@pytest.mark.parametrize("form", ["koap-791", "koap-803", "upk-254"])
def test_compliant_protocol_exits_0(form):
    result = protocol_check(str(DATA / f"{form}.json"))
    assert result.returncode == 0, result.stderr.decode()
    assert verdict(result) == {"form": form, "compliant": True, "findings": []}


def test_defective_protocol_exits_1_with_cited_findings_in_kazakh():
    result = protocol_check(
        str(DATA / "defects" / "upk-254.night-without-urgency.json"), "--lang", "kk"
    )
    assert result.returncode == 1, result.stderr.decode()
    out = verdict(result)
    assert set(out) == KEYS and out["compliant"] is False
    [finding] = out["findings"]
    assert set(finding) == FINDING_KEYS
    assert finding["rule"] == "night.urgency"
    assert finding["citation"] == {"code": "УПК", "article": 197, "part": 2}
    assert finding["field"] == "night_urgency"
    assert "түнгі уақытта" in finding["message"]
    assert "түнгі уақытта" in result.stdout.decode("utf-8")  # not \u-escaped


def test_language_switches_messages():
    path = str(DATA / "defects" / "koap-791.copy-not-handed.json")
    messages = {
        lang: verdict(protocol_check(path, "--lang", lang))["findings"][0]["message"]
        for lang in ("kk", "ru", "en")
    }
    assert len(set(messages.values())) == 3
    assert "копия" in messages["ru"].lower() and "copy" in messages["en"].lower()


def test_warnings_alone_keep_a_protocol_compliant(tmp_path):
    doc = json.loads((DATA / "koap-803.json").read_text(encoding="utf-8"))
    doc["subject"]["workplace"] = None
    path = tmp_path / "p.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    result = protocol_check(str(path))
    assert result.returncode == 0
    assert [f["severity"] for f in verdict(result)["findings"]] == ["warning"]


def test_stdin_dash():
    result = protocol_check("-", stdin=(DATA / "upk-255.json").read_bytes())
    assert result.returncode == 0 and verdict(result)["form"] == "upk-255"


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        (b'{"form": "koap-791", ', "JSON"),
        (b'{"format": "inspector-desk.protocol", "version": 1, "form": "koap-000"}', "koap-000"),
        (b'{"form": "koap-791", "form_version": 9}', "9"),
        (b"\x00\xff\xfe", "UTF-8"),
        (b"[]", "JSON"),
    ],
)
def test_unusable_file_exits_2_with_a_message_and_no_traceback(tmp_path, content, needle):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    result = protocol_check(str(path), "--lang", "ru")
    assert result.returncode == 2
    assert result.stdout == b""
    err = result.stderr.decode("utf-8")
    assert needle in err and "Traceback" not in err


def test_missing_file_exits_2_in_the_chosen_language(tmp_path):
    result = protocol_check(str(tmp_path / "нет.json"), "--lang", "kk")
    assert result.returncode == 2
    err = result.stderr.decode("utf-8")
    assert "Файлды оқу мүмкін емес" in err and "Traceback" not in err


def test_bad_content_is_findings_not_a_crash(tmp_path):
    doc = json.loads((DATA / "upk-254.json").read_text(encoding="utf-8"))
    doc.update(start_time="25:70", date=12)
    doc["items"][0]["quantity"] = -5
    path = tmp_path / "p.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    result = protocol_check(str(path), "--lang", "en")
    assert result.returncode == 1
    found = {(f["rule"], f["field"]) for f in verdict(result)["findings"]}
    assert {
        ("format.time", "start_time"),
        ("format.type", "date"),
        ("format.range", "items[0].quantity"),
    } <= found


def test_protocol_without_action_is_a_usage_error():
    result = subprocess.run(
        [sys.executable, "-m", "inspector_desk", "protocol"], capture_output=True, timeout=60
    )
    assert result.returncode == 2
