"""Messages the core shows to people (CLI output, errors raised to the GUI), in kk/ru/en.

Qt-free on purpose: the GUI's own strings live in Qt ``.ts`` files; these are the core's,
kept per feature in :mod:`inspector_desk.catalog`. ``tests/test_messages.py`` fails if a
language or a placeholder is missing for any id.
"""

from __future__ import annotations

import importlib
import pkgutil

from inspector_desk import catalog

_catalog: dict[str, dict[str, str]] | None = None


def all_messages() -> dict[str, dict[str, str]]:
    """Every message of every feature catalog (loaded once)."""
    global _catalog
    if _catalog is None:
        merged: dict[str, dict[str, str]] = {}
        for info in pkgutil.iter_modules(catalog.__path__):
            module = importlib.import_module(f"{catalog.__name__}.{info.name}")
            for key, entry in module.MESSAGES.items():
                if key in merged:
                    raise RuntimeError(f"message id {key} defined twice")
                merged[key] = entry
        _catalog = merged
    return _catalog


def text(message_id: str, lang: str = "en", **params: object) -> str:
    """The message ``message_id`` in ``lang`` (falls back to English), formatted with ``params``."""
    entry = all_messages()[message_id]
    template = entry.get(lang) or entry["en"]
    return template.format(**params) if params else template
