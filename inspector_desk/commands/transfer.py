"""``inspector-desk import persons FILE`` and ``inspector-desk export persons`` (CLI v1).

Import prints the JSON summary ``{"imported","updated","rejected":[{"row","column","error"}]}``
and exits 0 when every row was valid, 1 when rows were rejected (with ``abort`` nothing was
written), 2 when the file cannot be read at all. Export writes the persons with their
register entries to stdout as CSV (the import columns) or JSON.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from inspector_desk.commands.common import add_db, add_login, open_store, resolve_lang


def add_parser(sub: argparse._SubParsersAction) -> None:
    imp = sub.add_parser("import", help="import persons and register entries (CSV/XLSX)")
    imp_sub = imp.add_subparsers(dest="what", metavar="WHAT", required=True)
    persons = imp_sub.add_parser("persons", help="persons and register entries from a file")
    persons.add_argument("file", type=Path, metavar="FILE")
    persons.add_argument("--dry-run", action="store_true", help="check and count, write nothing")
    persons.add_argument("--on-error", choices=("abort", "skip"), default="abort",
                         help="abort (default): nothing is imported if any row is invalid; "
                              "skip: import the valid rows, write NAME.rejected.csv")
    add_db(persons)
    add_login(persons)
    persons.set_defaults(run=run_import)
    exp = sub.add_parser("export", help="export persons and register entries to stdout")
    exp_sub = exp.add_subparsers(dest="what", metavar="WHAT", required=True)
    ep = exp_sub.add_parser("persons", help="persons with their register entries")
    ep.add_argument("--format", choices=("csv", "json"), default="csv")
    add_db(ep)
    add_login(ep)
    ep.set_defaults(run=run_export)


def _utf8_stdout() -> None:
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8", newline="\n")


def run_import(args: argparse.Namespace) -> int:
    from inspector_desk.cli import UsageError
    from inspector_desk.services.person_import import import_persons
    from inspector_desk.services.persons import RegisterError
    from inspector_desk.store.errors import StoreError

    lang = resolve_lang(args)
    if not args.file.is_file():
        raise UsageError(f"{args.file}: not a file")
    store = open_store(args)
    session = store.session()
    try:
        result = import_persons(session, args.file, on_error=args.on_error,
                                dry_run=args.dry_run, lang=lang)
    except (RegisterError, StoreError) as exc:
        raise UsageError(exc.message(lang)) from None
    finally:
        session.close()
    _utf8_stdout()
    print(json.dumps(result.summary(), ensure_ascii=False))
    if result.rejected_path is not None:
        print(str(result.rejected_path), file=sys.stderr)
    return 1 if result.rejected else 0


def run_export(args: argparse.Namespace) -> int:
    from inspector_desk.services.person_import import export_rows, write_export

    store = open_store(args)
    session = store.session()
    try:
        rows = export_rows(session)
    finally:
        session.close()
    _utf8_stdout()
    write_export(rows, args.format, sys.stdout)
    return 0
