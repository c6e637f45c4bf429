"""`inspector-desk`: the GUI by default, plus the subcommands of the CLI contract (v1).

Each subcommand lives in ``inspector_desk.commands.<module>`` and exposes
``add_parser(subparsers)`` and ``run(args) -> int``. Modules are imported only when
their command runs, so that fast commands (``deadline``, ``iin``) start quickly.
Exit status: 0 success, 1 the operation found problems, 2 unusable input.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import sys

from inspector_desk import __version__

#: command name → module in ``inspector_desk.commands``; help text is given by the module.
COMMANDS: dict[str, str] = {
    "init": "init",
    "demo": "demo",
    "audit": "audit",
    "iin": "iin",
    "deadline": "deadline",
    "import": "transfer",
    "export": "transfer",
    "protocol": "protocol",
    "report": "report",
    "serve": "serve",
    "server": "server",
    "sync": "sync",
    "gui": "gui",
}


class UsageError(Exception):
    """Unusable input or arguments: the CLI prints the message and exits with 2."""


def _command_module(name: str):
    return importlib.import_module(f"inspector_desk.commands.{COMMANDS[name]}")


def _available(name: str) -> bool:
    return importlib.util.find_spec(f"inspector_desk.commands.{COMMANDS[name]}") is not None


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The argument parser; with ``only`` just that subcommand's module is imported."""
    parser = argparse.ArgumentParser(prog="inspector-desk", description="Inspector Desk")
    parser.add_argument("--version", action="version", version=f"inspector-desk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    names = [only] if only else list(COMMANDS)
    seen: set[str] = set()
    for name in names:
        module_name = COMMANDS[name]
        if module_name in seen or not _available(name):
            continue
        seen.add(module_name)
        _command_module(name).add_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script; returns the exit status."""
    argv = sys.argv[1:] if argv is None else argv
    first = next((a for a in argv if not a.startswith("-")), None)
    if not argv:
        argv = ["gui"]
        first = "gui"
    parser = build_parser(first if first in COMMANDS and _available(first) else None)
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args.run(args) or 0)
    except UsageError as exc:
        print(f"inspector-desk: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
