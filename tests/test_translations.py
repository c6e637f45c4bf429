"""Translations: every .ts is complete and up to date with the code; the .qm files load."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from inspector_desk.paths import I18N, ROOT

LANGS = ("kk", "ru", "en")


def _messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message.findtext("source") or "", message))
    return found


@pytest.mark.parametrize("lang", LANGS)
def test_ts_file_has_no_unfinished_or_empty_entries(lang):
    unfinished = []
    for context, source, message in _messages(I18N / f"inspector_desk_{lang}.ts"):
        translation = message.find("translation")
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(
            (f or "").strip() for f in forms
        ):
            unfinished.append(f"{context}: {source}")
    assert unfinished == []


def test_ts_files_cover_every_string_in_the_code(tmp_path):
    """A string added to the UI without `make ts` and a translation fails here."""
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert lupdate, "pyside6-lupdate is part of PySide6 and must be installed"
    sources = sorted(str(p) for p in (ROOT / "inspector_desk" / "ui").rglob("*.py"))
    fresh = tmp_path / "fresh_kk.ts"
    subprocess.run([lupdate, "-locations", "none", *sources, "-ts", str(fresh)], check=True,
                   capture_output=True)
    wanted = {(c, s) for c, s, _ in _messages(fresh)}
    for lang in LANGS:
        have = {(c, s) for c, s, _ in _messages(I18N / f"inspector_desk_{lang}.ts")}
        assert sorted(wanted - have) == [], f"run `make ts` and translate ({lang})"


@pytest.mark.parametrize("lang", LANGS)
def test_compiled_translation_loads(qapp, lang):
    from PySide6.QtCore import QTranslator

    assert QTranslator().load(str(I18N / f"inspector_desk_{lang}.qm"))


@pytest.mark.parametrize("lang", ("kk", "ru"))
def test_kazakh_and_russian_are_not_english_copies(lang):
    """Guards against a .ts filled with the English source by mistake."""
    same_as_source = {"Inspector Desk", "{0}"}
    copied = [source for _, source, message in _messages(I18N / f"inspector_desk_{lang}.ts")
              if (message.find("translation").text or "") == source
              and source not in same_as_source and any(c.isalpha() for c in source)
              and "(*." not in source]  # file-type filters like "PDF (*.pdf)" read the same
    assert copied == []


def test_no_translatable_string_hides_inside_an_f_string():
    """lupdate cannot see ``tr("…")`` inside the braces of an f-string; such text stays English."""
    import re

    pattern = re.compile(r"""f["'][^"']*\{[^{}]*\b(tr|translate)\(""")
    offenders = [f"{path.name}:{n}" for path in (ROOT / "inspector_desk" / "ui").rglob("*.py")
                 for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                 if pattern.search(line)]
    assert offenders == []


def test_translations_name_their_context_explicitly_outside_the_class():
    """``other.tr("…")`` is looked up under the runtime class of ``other``, but lupdate files it
    under the variable's name: such strings are never translated. Use ``self.tr`` or
    ``QCoreApplication.translate("Context", …)``."""
    import re

    pattern = re.compile(r"\b(?!self\b)[A-Za-z_]\w*\.tr\(")
    offenders = [f"{path.name}:{n}" for path in (ROOT / "inspector_desk" / "ui").rglob("*.py")
                 for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                 if pattern.search(line)]
    assert offenders == []
