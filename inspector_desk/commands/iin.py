"""``inspector-desk iin IIN…``: validate IINs, one JSON object a line (CLI contract v1).

Each line is ``{"iin", "valid", "birth_date", "sex", "error"}``; ``error`` is null or the
reason in the ``--lang`` language. With no IIN (or ``-``) the IINs are read from stdin,
one a line, blank lines skipped. Exit 0 when all are valid, 1 when any is not.
"""

from __future__ import annotations

import argparse
import json
import sys

from inspector_desk.commands.common import add_lang, resolve_lang
from inspector_desk.domain.iin import InvalidIin, parse_iin, reason_text

_NO_INPUT = {
    "en": "no IIN given: pass them as arguments or on stdin",
    "ru": "ИИН не указаны: передайте их аргументами или через stdin",
    "kk": "ЖСН берілмеген: оларды аргумент ретінде немесе stdin арқылы беріңіз",
}


def add_parser(subparsers) -> None:
    """Register the ``iin`` subcommand."""
    parser = subparsers.add_parser("iin", help="validate IINs (one JSON object a line)")
    parser.add_argument("iins", nargs="*", metavar="IIN", help="IINs; none or '-' reads stdin")
    add_lang(parser)
    parser.set_defaults(run=run)


def check(value: str, lang: str) -> dict:
    """The contract's JSON object for one IIN."""
    iin = value.strip()
    try:
        info = parse_iin(iin)
    except InvalidIin as exc:
        error = reason_text(exc.code, lang)
        return {"iin": iin, "valid": False, "birth_date": None, "sex": None, "error": error}
    return {
        "iin": info.iin,
        "valid": True,
        "birth_date": info.birth_date.isoformat(),
        "sex": info.sex,
        "error": None,
    }


def _inputs(args: argparse.Namespace, lang: str) -> list[str]:
    """The IINs to check: the arguments, with ``-`` (or no argument) standing for stdin."""
    if not args.iins and sys.stdin.isatty():
        from inspector_desk.cli import UsageError

        raise UsageError(_NO_INPUT[lang])
    values: list[str] = []
    for arg in args.iins or ["-"]:
        if arg == "-":
            values.extend(line for line in sys.stdin.read().splitlines() if line.strip())
        else:
            values.append(arg)
    return values


def run(args: argparse.Namespace) -> int:
    """Print one result a line; 0 all valid, 1 any invalid."""
    lang = resolve_lang(args)
    values = _inputs(args, lang)
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")  # JSON is UTF-8, whatever the console
    ok = True
    for value in values:
        result = check(value, lang)
        ok = ok and result["valid"]
        print(json.dumps(result, ensure_ascii=False))
    return 0 if ok else 1
