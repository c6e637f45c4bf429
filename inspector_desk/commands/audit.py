"""``inspector-desk audit verify``: check the audit log's hash chain."""

from __future__ import annotations

import argparse

from inspector_desk.commands.common import add_db, add_login, open_store, resolve_lang


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("audit", help="audit log tools")
    verbs = p.add_subparsers(dest="verb", required=True)
    v = verbs.add_parser("verify", help="verify the hash chain; exit 1 at the first broken link")
    add_db(v)
    add_login(v)
    v.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from inspector_desk.services.audit import verify_audit

    store = open_store(args)
    session = store.session()
    try:
        verdict = verify_audit(session)
    finally:
        session.close()
    print(verdict.message(resolve_lang(args)))
    return 0 if verdict.ok else 1
