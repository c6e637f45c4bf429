"""Forms the department published (synced table ``form_definitions``) made usable.

:func:`install` puts every published form of a database into the form registry: at
unlock and after a pull that brought form definitions. A definition this program cannot
read (broken, or written for a newer program) is skipped and reported, never fatal; a
version the program ships is kept as shipped.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from inspector_desk.domain.forms.definition import (
    FormDefinitionError,
    FormRegistry,
    default_registry,
    load_form_text,
)


@dataclass(frozen=True, slots=True)
class Installed:
    added: tuple[str, ...]  # file names now usable
    shipped: tuple[str, ...]  # versions the program ships (kept as shipped)
    refused: tuple[tuple[str, str], ...]  # (file name, why)


def install(db, registry: FormRegistry | None = None) -> Installed:
    """Make the published forms of ``db`` (a store connection) usable in ``registry``
    (the default one) — replacing those of a database opened before."""
    registry = registry or default_registry()
    forms, added, shipped, refused = [], [], [], []
    for name, text in _published(db):
        try:
            form = registry.read_published(text, name)
        except FormDefinitionError as exc:
            refused.append((name, str(exc)))
            continue
        if form is None:
            shipped.append(name)
        else:
            forms.append(form)
            added.append(name)
    registry.set_published(forms)
    return Installed(tuple(added), tuple(shipped), tuple(refused))


def refused(session) -> tuple[tuple[str, str], ...]:
    """The published forms of the session's database this program cannot use, as
    (file name, why — technical, for the department's administrator), in name order; the
    Sync page shows them so that a person asks for an update instead of wondering why a
    new form version never appears. Reads only; no personal data."""
    return tuple((name, why) for name, text in _published(session.db)
                 if (why := _why_unusable(text, name)) is not None)


def _published(db) -> list[tuple[str, str]]:
    """(file name, source) of every published form not deleted, in name order."""
    return db.execute("SELECT id, source FROM form_definitions WHERE deleted_at IS NULL "
                      "ORDER BY id").fetchall()


@lru_cache(maxsize=128)
def _why_unusable(text: str, name: str) -> str | None:
    try:
        load_form_text(text, name)
    except FormDefinitionError as exc:
        return str(exc)
    return None


def after_pull(session) -> None:
    """The after-pull hook of ``form_definitions`` (see ``inspector_desk.sync.hooks``)."""
    install(session.db)
