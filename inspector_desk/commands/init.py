"""``inspector-desk init``: create an encrypted precinct database with its first officer."""

from __future__ import annotations

import argparse
import sys

from inspector_desk.commands.common import add_db, db_path, read_password, resolve_lang


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init", help="create an encrypted precinct database with its first officer")
    add_db(p)
    p.add_argument("--login", required=True)
    p.add_argument("--full-name", required=True)
    p.add_argument("--precinct", required=True)
    p.add_argument("--rank", default="")
    p.add_argument("--position", default="")
    p.add_argument("--role", default="inspector",
                   choices=("inspector", "assistant", "supervisor", "trainer", "trainee"))
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from inspector_desk.cli import UsageError
    from inspector_desk.messages import text
    from inspector_desk.services.accounts import AccountError, NewOfficer, create_database
    from inspector_desk.store.errors import StoreError

    lang = resolve_lang(args)
    path = db_path(args)
    officer = NewOfficer(full_name=args.full_name, login=args.login, role=args.role,
                         rank=args.rank, position=args.position)
    try:
        create_database(path, officer=officer, password=read_password(args),
                        precinct_name=args.precinct)
    except (StoreError, AccountError) as exc:
        raise UsageError(exc.message(lang)) from None
    print(text("cli.created", lang, path=path, precinct=args.precinct, login=args.login),
          file=sys.stderr)
    return 0
