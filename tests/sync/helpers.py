"""Helpers for sync tests: devices as sessions with a client, data comparison."""

from __future__ import annotations

import json
from typing import Any

from inspector_desk.services.session import Session
from inspector_desk.sync.client import SyncClient, synced_tables

SKIP_COLS = ("version",)


def add_person(session: Session, last: str, first: str = "Aidos", **extra: Any) -> str:
    with session.write() as tx:
        rid = tx.insert("precincts", {"name": last, "district": first, **extra}) \
            if False else tx.insert("officers", {
                "login": extra.pop("login", f"l{last.lower()}"[:30]), "full_name": f"{last} {first}",
                "rank": extra.get("rank", ""), "position": "", "role": "assistant",
                "precinct_id": session.meta("precinct_id")})
        tx.audit("test.add", "officers", rid, "test record")
    return rid


def put_published_forms(session: Session, forms: dict[str, str]) -> None:
    """Store published form definitions (file name → TOML) as a pull writes them: server
    records, no outbox op."""
    with session.write() as tx:
        for name, text in forms.items():
            form_id, _, version = name.removesuffix(".toml").rpartition(".v")
            tx.execute_local(
                "INSERT INTO form_definitions (id, version, updated_at, device_id, form_id, "
                "form_version, source) VALUES (?, 1, '2026-06-01T10:00:00.000Z/0000', 'server', "
                "?, ?, ?)", [name, form_id, int(version), text])
        tx.audit("test.forms", "form_definitions", None, f"{len(forms)} published forms")


UNREADABLE_FORM = 'id = "koap-791"\nversion = 6\n[[new_kind]]\n'


def edit(session: Session, entity: str, rid: str, **values: Any) -> None:
    with session.write() as tx:
        tx.update(entity, rid, values)
        tx.audit("test.edit", entity, rid, "test edit")


def delete(session: Session, entity: str, rid: str) -> None:
    with session.write() as tx:
        tx.delete(entity, rid)
        tx.audit("test.delete", entity, rid, "test delete")


def local_records(session: Session) -> dict[tuple[str, str], dict[str, Any]]:
    """Every synced record of a device: (entity, id) → its data fields and tombstone."""
    out = {}
    for table, cols in synced_tables(session.db).items():
        names = [c for c in cols if c not in ("updated_by", "device_id", "updated_at")]
        for row in session.db.execute(
                f"SELECT {', '.join(f'[{c}]' for c in names)} FROM [{table}]").fetchall():
            rec = dict(zip(names, row, strict=True))
            out[(table, rec["id"])] = rec
    return out


def client(session: Session, url: str, **kw: Any) -> SyncClient:
    kw.setdefault("sleep", lambda s: None)
    return SyncClient(session, url=url, **kw)


def enrolled_pair(server, storage, make_device, precinct: str = "Қарасу №7"):
    """Devices a and b of one precinct, enrolled and synced once: (a, b, their clients)."""
    a, b = make_device("a").session(), make_device("b").session()
    ca, cb = client(a, server.url), client(b, server.url)
    ca.sync(token=storage.issue_token(precinct))
    cb.sync(token=storage.issue_token(precinct))
    return a, b, ca, cb


def open_conflicts(session: Session) -> list[dict[str, Any]]:
    rows = session.db.execute(
        "SELECT op_id, entity, entity_id, field, mine, theirs FROM conflicts "
        "WHERE state = 'open'").fetchall()
    return [{"op_id": r[0], "entity": r[1], "id": r[2], "field": r[3],
             "mine": json.loads(r[4]), "theirs": json.loads(r[5])} for r in rows]
