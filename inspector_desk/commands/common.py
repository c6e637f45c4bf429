"""Options and helpers shared by the subcommands (CLI contract v1: --db, password, --lang)."""

from __future__ import annotations

import argparse
import locale
import os
import sys
from pathlib import Path

LANGS = ("kk", "ru", "en")


def add_lang(parser: argparse.ArgumentParser) -> None:
    """``--lang kk|ru|en`` for messages."""
    parser.add_argument("--lang", choices=LANGS, default=None, help="language of messages")


def add_db(parser: argparse.ArgumentParser) -> None:
    """``--db PATH`` and ``--password-file F`` (the password is never an argument)."""
    parser.add_argument("--db", type=Path, default=None, help="database file (env INSPECTOR_DESK_DB)")
    parser.add_argument("--password-file", type=Path, default=None, help="file holding the password")
    add_lang(parser)


def resolve_lang(args: argparse.Namespace) -> str:
    """The language for messages: ``--lang``, else the system locale, else Russian."""
    if getattr(args, "lang", None):
        return args.lang
    env = os.environ.get("LC_ALL") or os.environ.get("LC_MESSAGES") or os.environ.get("LANG") or ""
    code = (env or (locale.getlocale()[0] or "")).split("_")[0].lower()
    return code if code in LANGS else "ru"


def db_path(args: argparse.Namespace) -> Path:
    """The database path: ``--db``, else ``INSPECTOR_DESK_DB``, else the per-user data file."""
    if getattr(args, "db", None):
        return Path(args.db)
    env = os.environ.get("INSPECTOR_DESK_DB")
    if env:
        return Path(env)
    from inspector_desk.store.location import default_db_path

    return default_db_path()


def read_password(args: argparse.Namespace, *, prompt: str = "Password: ", default: str | None = None) -> str:
    """The password: env ``INSPECTOR_DESK_PASSWORD``, else ``--password-file``, else a terminal prompt."""
    env = os.environ.get("INSPECTOR_DESK_PASSWORD")
    if env is not None:
        return env
    if getattr(args, "password_file", None):
        return Path(args.password_file).read_text(encoding="utf-8").rstrip("\r\n")
    if default is not None:
        return default
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass(prompt)
    from inspector_desk.cli import UsageError

    raise UsageError("no password: set INSPECTOR_DESK_PASSWORD or use --password-file")


def add_login(parser: argparse.ArgumentParser) -> None:
    """``--login L`` (env ``INSPECTOR_DESK_LOGIN``; default: the only officer of the device)."""
    parser.add_argument("--login", default=None, help="officer login (env INSPECTOR_DESK_LOGIN)")


def open_store(args: argparse.Namespace):
    """Unlock the database named by the arguments; any failure becomes a clear UsageError."""
    from inspector_desk.cli import UsageError
    from inspector_desk.services.accounts import unlock
    from inspector_desk.store.errors import StoreError
    from inspector_desk.store.keyring import Keyring

    lang = resolve_lang(args)
    path = db_path(args)
    try:
        login = getattr(args, "login", None) or os.environ.get("INSPECTOR_DESK_LOGIN")
        if not login:
            logins = sorted(Keyring.load(path).entries) if path.exists() else []
            login = logins[0] if len(logins) == 1 else ("demo" if "demo" in logins else "")
        return unlock(path, login, read_password(args))
    except StoreError as exc:
        raise UsageError(exc.message(lang)) from None
