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
