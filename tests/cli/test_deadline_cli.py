"""``inspector-desk deadline`` per the CLI contract: a date on stdout, exit 0 or 2."""

from __future__ import annotations

import subprocess
import sys

import pytest


def run_deadline(
    *args: str, env_python_flags: tuple[str, ...] = ()
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *env_python_flags, "-m", "inspector_desk", "deadline", *args],
        capture_output=True,
        encoding="utf-8",
        timeout=60,
    )


def test_guide_example_prints_31_march_2026():
    result = run_deadline("--from", "2026-03-04")
    assert (result.returncode, result.stdout, result.stderr) == (0, "2026-03-31\n", "")


def test_working_days_option():
    assert run_deadline("--from", "2026-03-04", "--working-days", "3").stdout == "2026-03-10\n"
    assert run_deadline("--from", "2026-03-04", "--working-days", "0").stdout == "2026-03-04\n"


def test_day_off_registers_on_the_next_working_day_with_a_note():
    result = run_deadline("--from", "2026-03-07", "--lang", "en")
    assert (result.returncode, result.stdout) == (0, "2026-04-03\n")
    assert "2026-03-10" in result.stderr and "64" in result.stderr


def test_term_over_an_estimated_holiday_gets_a_note():
    result = run_deadline("--from", "2026-05-20", "--lang", "en")
    assert result.returncode == 0
    assert "estimated" in result.stderr


@pytest.mark.parametrize("value", ["2026-02-30", "04.03.2026", "2026-3-4", "20260304", "tomorrow"])
def test_bad_date_exits_2_with_a_clear_message(value):
    result = run_deadline("--from", value, "--lang", "en")
    assert result.returncode == 2
    assert result.stdout == ""
    assert "YYYY-MM-DD" in result.stderr and value in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_date_message_in_russian():
    result = run_deadline("--from", "2026-13-01", "--lang", "ru")
    assert result.returncode == 2
    assert "ГГГГ-ММ-ДД" in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["--from"],
        ["--from", "2026-03-04", "--working-days", "x"],
        ["--from", "2026-03-04", "--working-days", "-1"],
        ["--from", "1999-12-31"],
        ["--from", "2040-12-20"],
    ],
)
def test_unusable_arguments_exit_2(args):
    result = run_deadline(*args, "--lang", "en")
    assert result.returncode == 2
    assert result.stdout == ""
    assert "Traceback" not in result.stderr


def test_fast_path_imports_no_heavy_package():
    result = run_deadline("--from", "2026-03-04", env_python_flags=("-X", "importtime"))
    assert result.returncode == 0
    imported = {
        line.rsplit("|", 1)[-1].strip().split(".")[0]
        for line in result.stderr.splitlines()
        if line.startswith("import time:")
    }
    assert imported, "no -X importtime output"
    assert not imported & {
        "holidays",
        "PySide6",
        "shiboken6",
        "babel",
        "sqlcipher3",
        "sqlite_utils",
        "reportlab",
        "sqlite3",
    }
