"""``inspector-desk protocol ACTION``: protocols in the exchange format (CLI contract v1).

``protocol check FILE [--lang kk|ru|en]`` prints ``{"form","compliant","findings":[…]}`` and
exits 0 when compliant, 1 when not, 2 when the file is unreadable or its form unknown.
Further actions (``import``, ``export``) register themselves in :data:`ACTIONS`.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable

from inspector_desk.commands.common import add_lang, resolve_lang

#: action name → function(args) -> exit status
ACTIONS: dict[str, Callable[[argparse.Namespace], int]] = {}


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("protocol", help="protocols in the exchange format")
    actions = parser.add_subparsers(dest="protocol_action", metavar="ACTION")
    check = actions.add_parser("check", help="check a protocol against its form's legal rules")
    check.add_argument(
        "file", metavar="FILE", help="protocol in the exchange format (JSON); - for stdin"
    )
    add_lang(check)
    from inspector_desk.commands.common import add_db, add_login

    imp = actions.add_parser("import", help="import a protocol in the exchange format")
    imp.add_argument("file", metavar="FILE", help="protocol (JSON); - for stdin")
    add_db(imp)
    add_login(imp)
    exp = actions.add_parser("export", help="export a protocol in the exchange format")
    exp.add_argument("id", metavar="ID", help="the protocol's id")
    exp.add_argument("--out", default=None, help="write to this file instead of stdout")
    add_db(exp)
    add_login(exp)
    parser.set_defaults(run=run, protocol_parser=parser)


def run(args: argparse.Namespace) -> int:
    action = ACTIONS.get(getattr(args, "protocol_action", None) or "")
    if action is None:
        args.protocol_parser.print_help(sys.stderr)
        return 2
    return action(args)


def run_check(args: argparse.Namespace) -> int:
    """Check one protocol file and print the findings as JSON."""
    from inspector_desk.cli import UsageError
    from inspector_desk.domain.forms import ProtocolRefused, check, parse_protocol, read_protocol

    lang = resolve_lang(args)
    try:
        protocol = (
            parse_protocol(sys.stdin.buffer.read())
            if args.file == "-"
            else read_protocol(args.file)
        )
        result = check(protocol, lang=lang)
    except ProtocolRefused as exc:
        raise UsageError(exc.message(lang)) from None
    json.dump(result.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0 if result.compliant else 1


ACTIONS["check"] = run_check


def run_import(args: argparse.Namespace) -> int:
    """Import one protocol; prints ``{"id","status","form","form_version","compliant",
    "findings"}``. Exit 0 when imported (a draft with findings is still imported)."""
    from inspector_desk.cli import UsageError
    from inspector_desk.commands.common import open_store
    from inspector_desk.domain.forms import ProtocolRefused, parse_protocol, read_protocol
    from inspector_desk.services.protocols import ProtocolError, import_protocol

    lang = resolve_lang(args)
    try:
        protocol = (parse_protocol(sys.stdin.buffer.read()) if args.file == "-"
                    else read_protocol(args.file))
    except ProtocolRefused as exc:
        raise UsageError(exc.message(lang)) from None
    store = open_store(args)
    session = store.session()
    try:
        result = import_protocol(session, protocol.data, lang=lang)
    except (ProtocolRefused, ProtocolError) as exc:
        raise UsageError(exc.message(lang)) from None
    finally:
        session.close()
    out = {"id": result.id, "status": result.status, "form": result.form,
           "form_version": result.form_version,
           "compliant": not any(f.severity == "error" for f in result.findings),
           "seal_verified": result.seal_verified, "seal_mismatch": result.seal_mismatch,
           "findings": [f.to_dict() for f in result.findings]}
    json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


def run_export(args: argparse.Namespace) -> int:
    """Export one protocol in the exchange format to stdout (or ``--out``)."""
    from pathlib import Path

    from inspector_desk.cli import UsageError
    from inspector_desk.commands.common import open_store
    from inspector_desk.services.protocols import ProtocolError, export_protocol

    lang = resolve_lang(args)
    store = open_store(args)
    session = store.session()
    try:
        text = export_protocol(session, args.id)
    except ProtocolError as exc:
        raise UsageError(exc.message(lang)) from None
    finally:
        session.close()
    if args.out:
        try:
            Path(args.out).write_text(text + "\n", encoding="utf-8")
        except OSError as exc:
            raise UsageError(f"{args.out}: {exc.strerror or exc}") from None
    else:
        sys.stdout.write(text + "\n")
    return 0


ACTIONS["import"] = run_import
ACTIONS["export"] = run_export
