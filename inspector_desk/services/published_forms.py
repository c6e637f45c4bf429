"""Forms the department published (synced table ``form_definitions``) made usable.

:func:`install` puts every published form of a database into the form registry: at
unlock and after a pull that brought form definitions. A definition this program cannot
read (broken, or written for a newer program) is skipped and reported, never fatal; a
version the program ships is kept as shipped.
"""

from __future__ import annotations

from dataclasses import dataclass

from inspector_desk.domain.forms.definition import (
    FormDefinitionError,
    FormRegistry,
    default_registry,
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
    for name, text in db.execute(
            "SELECT id, source FROM form_definitions WHERE deleted_at IS NULL ORDER BY id"
    ).fetchall():
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


def after_pull(session) -> None:
    """The after-pull hook of ``form_definitions`` (see ``inspector_desk.sync.hooks``)."""
    install(session.db)
