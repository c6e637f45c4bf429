"""Fill unfinished entries of a Qt .ts file from a JSON dictionary (a translator's tool).

Usage: python tools/ts_fill.py resources/i18n/inspector_desk_kk.ts translations.json
The JSON maps a source text (or "Context|source" to single out one context) to its
translation; a numerus message takes a list of plural forms. For English, pass --identity
to copy every source as its own translation. Entries already finished are left alone.
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

PLURAL_FORMS = {"kk": 2, "ru": 3, "en": 2}


def fill(ts_path: Path, table: dict[str, object], identity: bool = False) -> list[str]:
    """Fill ``ts_path`` in place; returns the sources still unfinished."""
    tree = ET.parse(ts_path)
    root = tree.getroot()
    lang = (root.get("language") or "en").split("_")[0]
    missing: list[str] = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            if translation.get("type") not in ("unfinished", None) or (
                translation.get("type") is None and (translation.text or list(translation))
            ):
                continue
            value = table.get(f"{name}|{source}", table.get(source))
            if value is None and identity:
                value = source
                if message.get("numerus") == "yes":  # "%n day(s)" → "%n day", "%n days"
                    value = [source.replace("(s)", ""), source.replace("(s)", "s")]
            if value is None:
                missing.append(f"{name}|{source}")
                continue
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                forms = value if isinstance(value, list) else [value] * PLURAL_FORMS.get(lang, 2)
                translation.text = None
                for child in list(translation):
                    translation.remove(child)
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = str(value)
    ET.indent(tree)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("ts", type=Path)
    parser.add_argument("table", type=Path, nargs="?")
    parser.add_argument("--identity", action="store_true")
    args = parser.parse_args()
    table = json.loads(args.table.read_text(encoding="utf-8")) if args.table else {}
    missing = fill(args.ts, table, args.identity)
    for source in missing:
        print("unfinished:", source, file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
