"""The CLI contract for the foundation: --version, init, demo, audit verify, exit codes."""

from __future__ import annotations

import os
import subprocess
import sys

import inspector_desk


def cli(*args: str, password: str | None = None, **env: str) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("INSPECTOR_DESK")}
    if password is not None:
        environment["INSPECTOR_DESK_PASSWORD"] = password
    environment.update(env)
    return subprocess.run([sys.executable, "-m", "inspector_desk", *args], capture_output=True,
                          text=True, env=environment, timeout=120, stdin=subprocess.DEVNULL)


def test_version():
    result = cli("--version")
    assert result.returncode == 0
    assert inspector_desk.__version__ in result.stdout


def test_init_then_audit_verify(tmp_path):
    db = tmp_path / "p.idb"
    made = cli("init", "--db", str(db), "--login", "aidos", "--full-name", "Сейтқали Айдос",
               "--precinct", "Қарасу №7", "--lang", "kk", password="password-1")
    assert made.returncode == 0, made.stderr
    assert "Қарасу №7" in made.stderr
    verified = cli("audit", "verify", "--db", str(db), "--lang", "ru", password="password-1")
    assert verified.returncode == 0, verified.stderr
    assert "Журнал аудита цел" in verified.stdout


def test_wrong_password_is_exit_2_with_a_message_and_no_traceback(tmp_path):
    db = tmp_path / "p.idb"
    cli("init", "--db", str(db), "--login", "aidos", "--full-name", "А Б", "--precinct", "№1",
        password="password-1")
    result = cli("audit", "verify", "--db", str(db), "--lang", "ru", password="wrong")
    assert result.returncode == 2
    assert "Неверный логин или пароль" in result.stderr
    assert "Traceback" not in result.stderr


def test_foreign_file_is_exit_2(tmp_path):
    junk = tmp_path / "junk.idb"
    junk.write_bytes(os.urandom(4096))
    result = cli("audit", "verify", "--db", str(junk), "--lang", "en", password="x")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and "key file" in result.stderr


def test_no_password_and_no_terminal_is_exit_2(tmp_path):
    db = tmp_path / "p.idb"
    cli("init", "--db", str(db), "--login", "aidos", "--full-name", "А Б", "--precinct", "№1",
        password="password-1")
    result = cli("audit", "verify", "--db", str(db))
    assert result.returncode == 2 and "INSPECTOR_DESK_PASSWORD" in result.stderr


def test_demo_creates_a_database_the_demo_login_opens(tmp_path):
    db = tmp_path / "demo.idb"
    result = cli("demo", "--db", str(db), "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert "Login demo" in result.stderr
    verified = cli("audit", "verify", "--db", str(db), "--login", "demo", password="demo")
    assert verified.returncode == 0, verified.stderr
    again = cli("demo", "--db", str(db), "--lang", "en")
    assert again.returncode == 2 and "already exists" in again.stderr
