"""Boundaries that must hold: the core imports without Qt; the GUI never writes SQL."""

from __future__ import annotations

import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import inspector_desk

ROOT = Path(inspector_desk.__file__).parent

BLOCK_QT = """
import sys
class BlockQt:
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('PySide6', 'shiboken6', 'PyQt5', 'PyQt6'):
            raise ImportError('Qt is not allowed in the core: ' + name)
sys.meta_path.insert(0, BlockQt())
import importlib, pkgutil, inspector_desk
for info in pkgutil.walk_packages(inspector_desk.__path__, 'inspector_desk.'):
    if info.name.startswith('inspector_desk.ui') or info.name == 'inspector_desk.__main__':
        continue
    importlib.import_module(info.name)
print('core-ok', flush=True)
"""


def test_core_imports_without_qt():
    result = subprocess.run([sys.executable, "-c", BLOCK_QT], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert "core-ok" in result.stdout


def test_only_the_ui_package_mentions_qt():
    offenders = [
        str(path.relative_to(ROOT))
        for path in ROOT.rglob("*.py")
        if "ui" not in path.relative_to(ROOT).parts[:1]
        and re.search(r"^\s*(from|import)\s+PySide6", path.read_text(encoding="utf-8"), re.M)
    ]
    assert offenders == []


def test_gui_writes_no_sql():
    sql = re.compile(r"\b(INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|\.execute\()", re.I)
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "ui").rglob("*.py")
        if sql.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_every_command_module_is_documented_in_the_cli_help():
    from inspector_desk.cli import COMMANDS, build_parser

    helptext = build_parser().format_help()
    for name, module in COMMANDS.items():
        if pkgutil.find_loader(f"inspector_desk.commands.{module}"):
            assert name in helptext
