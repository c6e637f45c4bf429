"""``inspector-desk demo``: create an encrypted demo precinct with realistic data."""

from __future__ import annotations

import argparse
import os
import sys

from inspector_desk.commands.common import add_db, db_path, resolve_lang


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help="create a demo precinct (login demo)")
    add_db(p)
    p.add_argument("--size", choices=("small", "large", "huge"), default="small")
    p.add_argument("--seed", type=int, default=7)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from inspector_desk.cli import UsageError
    from inspector_desk.messages import text
    from inspector_desk.services.accounts import AccountError
    from inspector_desk.services.demo import create_demo
    from inspector_desk.store.errors import StoreError

    lang = resolve_lang(args)
    path = db_path(args)
    password = os.environ.get("INSPECTOR_DESK_PASSWORD", "demo")
    try:
        _, summary = create_demo(path, size=args.size, seed=args.seed, password=password)
    except (StoreError, AccountError) as exc:
        raise UsageError(exc.message(lang)) from None
    print(text("cli.demo_created", lang, path=path, size=args.size, summary="; ".join(summary)),
          file=sys.stderr)
    return 0
