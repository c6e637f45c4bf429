"""``inspector-desk`` (no arguments) or ``inspector-desk gui``: start the desktop program."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("gui", help="start the desktop program (the default)")
    p.add_argument("--db", type=Path, default=None)
    p.add_argument("--lang", choices=("kk", "ru", "en"), default=None)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from inspector_desk.ui.app import run_app

    return run_app(db=args.db, lang=args.lang)
