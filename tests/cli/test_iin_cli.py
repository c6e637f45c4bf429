"""``inspector-desk iin`` per the CLI contract: JSON lines, exit 0/1/2."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

from inspector_desk.domain.iin import make_iin, reason_text

KEYS = {"iin", "valid", "birth_date", "sex", "error"}


def run_iin(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "inspector_desk", "iin", *args],
        input=stdin if stdin is not None else "",
        capture_output=True,
        encoding="utf-8",
        timeout=60,
    )


def lines(result: subprocess.CompletedProcess[str]) -> list[dict]:
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_valid_iin_prints_its_facts_and_exits_0():
    result = run_iin("920704301801", "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert lines(result) == [
        {
            "iin": "920704301801",
            "valid": True,
            "birth_date": "1992-07-04",
            "sex": "M",
            "error": None,
        }
    ]


def test_a_woman_is_F():
    iin = make_iin(dt.date(2003, 11, 30), "F", 42) or make_iin(dt.date(2003, 11, 30), "F", 43)
    [row] = lines(run_iin(iin))
    assert (row["valid"], row["sex"], row["birth_date"]) == (True, "F", "2003-11-30")


def test_any_invalid_exits_1_with_the_reason_in_the_chosen_language():
    result = run_iin("920704301801", "920704301802", "12", "--lang", "kk")
    assert result.returncode == 1
    rows = lines(result)
    assert [r["valid"] for r in rows] == [True, False, False]
    assert all(set(r) == KEYS for r in rows)
    assert rows[1] == {
        "iin": "920704301802",
        "valid": False,
        "birth_date": None,
        "sex": None,
        "error": reason_text("check_digit", "kk"),
    }
    assert rows[2]["error"] == reason_text("length", "kk")
    assert "бақылау" in result.stdout  # not \\u-escaped


def test_reason_in_russian():
    [row] = lines(run_iin("920704301802", "--lang", "ru"))
    assert row["error"] == "контрольная цифра не совпадает"


def test_reads_stdin_when_no_iin_is_given():
    result = run_iin("--lang", "en", stdin="920704301801\n\n 920704301802 \n")
    assert result.returncode == 1
    assert [(r["iin"], r["valid"]) for r in lines(result)] == [
        ("920704301801", True),
        ("920704301802", False),
    ]


def test_dash_reads_stdin_in_its_place():
    result = run_iin("920704301802", "-", stdin="920704301801\n")
    assert [r["iin"] for r in lines(result)] == ["920704301802", "920704301801"]


def test_all_valid_from_stdin_exits_0():
    result = run_iin(stdin="920704301801\n920704301801\n")
    assert result.returncode == 0
    assert len(lines(result)) == 2


def test_bad_arguments_exit_2_without_traceback():
    result = run_iin("920704301801", "--lang", "fr")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
