"""Protocols (issue 5): drafts, finalize and seal, amend, void, lists, exchange import/export.

The lifecycle::

    pid = create_draft(session, "koap-791", "ru")            # a draft, pinned to the latest
    save_draft(session, pid, {"place": "…", "date": "…"})   # autosave: only what changed
    finalize(session, pid)                                   # re-checked; sealed; immutable
    new = amend(session, pid, reason="…")                    # a new linked draft; original stays
    void(session, pid, reason="…")                           # an append-only event

A draft's document lives in ``protocol_fields`` (one row per top-level field), so an
autosave writes and syncs only the fields that changed, and a save with nothing changed
opens no transaction at all. Finalizing stores the whole document in ``protocols.data`` with
its seal (SHA-256 of the canonical JSON pinned to the form version); triggers in the store
keep that row immutable, and the service refuses before the trigger would. Every action is
one ``with session.write() as tx`` with an audit entry that names the form and the action,
never a person. Every export calls :meth:`Session.record_access`.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from inspector_desk.domain.forms import (
    CheckResult,
    Finding,
    ProtocolRefused,
    check,
    citation_label,
    dumps_protocol,
    form_for,
    parse_protocol,
    seal_hash,
    with_form_version,
)
from inspector_desk.domain.forms.exchange import EXCHANGE_VERSION, FORMAT, MAX_BYTES
from inspector_desk.messages import text
from inspector_desk.services.session import Changes, Session, Tx

ENTITY = "protocols"
FIELDS = "protocol_fields"
EVENTS = "protocol_events"
LANGUAGES = ("kk", "ru")
#: Roles that may not write real protocols (exercises belong to training).
WRITING_ROLES = ("inspector", "assistant", "supervisor", "trainer", "trainee")
MAX_REASON = 2000
_FIELD_NS = uuid.UUID("6f1c7f5e-4a51-4a3c-9b1e-5d0f1d8b2c11")


class ProtocolError(ValueError):
    """A lifecycle action refused; ``code`` names the message (``protocols.<code>``)."""

    def __init__(self, code: str, *, findings: Iterable[Finding] = (), **params: object) -> None:
        super().__init__(code)
        self.code, self.params = code, params
        self.findings = tuple(findings)

    def message(self, lang: str = "en") -> str:
        params = dict(self.params)
        if self.code == "finalize_blocked":
            params["count"] = len(self.findings)
            params["list"] = "; ".join(
                f"{f.message} [{f.field} — {citation_label(f.citation, lang)}]"
                for f in self.findings[:8]
            ) + ("; …" if len(self.findings) > 8 else "")
        return text(f"protocols.{self.code}", lang, **params)

    def __str__(self) -> str:
        return self.message("en")


# --- records ---------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class ProtocolSummary:
    """One line of the protocols list."""

    id: str
    form: str
    form_version: int
    language: str
    status: str  # draft | finalized | amended | voided
    title: str
    action_date: str | None
    place: str | None
    updated_at: str
    seal: str | None
    amends_id: str | None
    errors: int | None
    warnings: int | None


@dataclass(frozen=True, slots=True)
class ProtocolRecord:
    """A protocol with its document (a dict in the exchange format) and its history."""

    id: str
    form: str
    form_version: int
    language: str
    status: str
    stored_status: str  # draft | finalized (what the row says; status adds events)
    document: dict[str, Any]
    seal: str | None
    created_at: str
    finalized_at: str | None
    amends_id: str | None
    amend_reason: str | None
    amended_by: tuple[str, ...] = ()
    void_reason: str | None = None
    voided_at: str | None = None
    source: str = "typed"

    @property
    def finalized(self) -> bool:
        return self.stored_status == "finalized"


@dataclass(slots=True)
class ImportResult:
    """What :func:`import_protocol` made: the new record, its status and findings."""

    id: str
    status: str
    form: str
    form_version: int
    findings: tuple[Finding, ...] = ()
    seal_verified: bool = False
    seal_mismatch: bool = False
    changes: Changes = field(default_factory=Changes)


# --- helpers ---------------------------------------------------------------------------------

def _now_iso() -> str:
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


def _require_role(session: Session) -> None:
    role = session.actor.role if session.actor else "?"
    if role not in WRITING_ROLES:
        raise ProtocolError("not_allowed", role=role)


def _field_id(protocol_id: str, key: str) -> str:
    return str(uuid.uuid5(_FIELD_NS, f"{protocol_id}\x1f{key}"))


def _dump_value(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, allow_nan=False)


def _title(doc: Mapping[str, Any]) -> str:
    """A short name for the list: the subject's surname and initials (or the place)."""
    subject = doc.get("subject")
    if isinstance(subject, Mapping):
        last = subject.get("last_name") if isinstance(subject.get("last_name"), str) else ""
        initials = "".join(
            f"{v[0]}." for k in ("first_name", "patronymic")
            if isinstance(v := subject.get(k), str) and v
        )
        name = f"{last} {initials}".strip()
        if name:
            return name[:200]
    return ""


def _text_or_none(value: Any, limit: int) -> str | None:
    return value[:limit] if isinstance(value, str) and value else None


def _officer_author(session: Session) -> dict[str, Any]:
    """The acting officer as the protocol's author (position, rank, surname, initials)."""
    if session.actor is None:
        return {}
    row = session.db.execute(
        "SELECT full_name, position, rank FROM officers WHERE id = ?", [session.actor.officer_id]
    ).fetchone()
    full = (row[0] if row else session.actor.full_name) or ""
    parts = full.split()
    author: dict[str, Any] = {
        "position": (row[1] if row else None) or "",
        "rank": (row[2] if row else None) or "",
        "last_name": parts[0] if parts else "",
        "initials": "".join(f"{p[0]}." for p in parts[1:3]),
    }
    return author


def _precinct_id(session: Session) -> str | None:
    return session.meta("precinct_id")


def _row(session: Session, protocol_id: str) -> dict[str, Any]:
    cur = session.db.execute("SELECT * FROM protocols WHERE id = ? AND deleted_at IS NULL",
                             [protocol_id])
    row = cur.fetchone()
    if row is None:
        raise ProtocolError("not_found")
    return dict(zip([d[0] for d in cur.description], row, strict=True))


def _draft_document(session: Session, protocol_id: str) -> dict[str, Any]:
    rows = session.db.execute(
        "SELECT key, value FROM protocol_fields WHERE protocol_id = ? AND deleted_at IS NULL "
        "ORDER BY position, key", [protocol_id]).fetchall()
    return {k: json.loads(v) for k, v in rows if v is not None}


def _events(session: Session, protocol_id: str) -> tuple[str | None, str | None]:
    row = session.db.execute(
        "SELECT reason, at FROM protocol_events WHERE protocol_id = ? AND kind = 'void' "
        "AND deleted_at IS NULL ORDER BY at LIMIT 1", [protocol_id]).fetchone()
    return (row[0], row[1]) if row else (None, None)


def _status(stored: str, voided: bool, amended: bool) -> str:
    if voided:
        return "voided"
    if stored == "finalized" and amended:
        return "amended"
    return stored


def _check_language(value: Any) -> str:
    if value not in LANGUAGES:
        raise ProtocolError("bad_language", value=str(value)[:20])
    return value


def _check_reason(reason: str) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise ProtocolError("reason_required")
    if len(reason) > MAX_REASON:
        raise ProtocolError("reason_long", n=MAX_REASON)
    return reason


def _derived(doc: Mapping[str, Any]) -> dict[str, Any]:
    """The list columns a document determines."""
    return {
        "title": _title(doc),
        "action_date": _text_or_none(doc.get("date"), 40),
        "place": _text_or_none(doc.get("place"), 500),
    }


# --- reading ---------------------------------------------------------------------------------

def get_protocol(session: Session, protocol_id: str) -> ProtocolRecord:
    """The protocol with its document; a draft's document is assembled from its fields."""
    row = _row(session, protocol_id)
    finalized = row["status"] == "finalized"
    doc = json.loads(row["data"]) if finalized else _draft_document(session, protocol_id)
    amended_by = tuple(r[0] for r in session.db.execute(
        "SELECT id FROM protocols WHERE amends_id = ? AND deleted_at IS NULL ORDER BY created_at",
        [protocol_id]).fetchall())
    void_reason, voided_at = _events(session, protocol_id)
    amended_final = bool(session.db.execute(
        "SELECT 1 FROM protocols WHERE amends_id = ? AND status = 'finalized' "
        "AND deleted_at IS NULL", [protocol_id]).fetchone())
    return ProtocolRecord(
        id=row["id"], form=row["form"], form_version=row["form_version"],
        language=row["language"], status=_status(row["status"], voided_at is not None,
                                                 amended_final),
        stored_status=row["status"], document=doc, seal=row["seal"],
        created_at=row["created_at"], finalized_at=row["finalized_at"],
        amends_id=row["amends_id"], amend_reason=row["amend_reason"], amended_by=amended_by,
        void_reason=void_reason, voided_at=voided_at, source=row["source"],
    )


def document(session: Session, protocol_id: str) -> dict[str, Any]:
    """Just the exchange-format document of a protocol."""
    return get_protocol(session, protocol_id).document


_LIST_SQL = """
SELECT p.id, p.form, p.form_version, p.language, p.status, p.title, p.action_date, p.place,
       p.updated_at, p.seal, p.amends_id, p.errors, p.warnings,
       EXISTS (SELECT 1 FROM protocol_events e WHERE e.protocol_id = p.id AND e.kind = 'void'
               AND e.deleted_at IS NULL) AS voided,
       EXISTS (SELECT 1 FROM protocols a WHERE a.amends_id = p.id AND a.status = 'finalized'
               AND a.deleted_at IS NULL) AS amended
FROM protocols p WHERE p.deleted_at IS NULL
"""


def list_protocols(session: Session, *, status: str | None = None, form: str | None = None,
                   search: str = "", limit: int = 5000) -> list[ProtocolSummary]:
    """Protocols newest first; ``status`` is draft, finalized, amended or voided."""
    sql, params = _LIST_SQL, []
    if form:
        sql += " AND p.form = ?"
        params.append(form)
    sql += " ORDER BY coalesce(p.action_date, '') DESC, p.updated_at DESC"
    needle = search.strip().casefold()
    out = []
    for r in session.db.execute(sql, params).fetchall():
        st = _status(r[4], bool(r[13]), bool(r[14]))
        if status and st != status:
            continue
        if needle and not any(needle in (v or "").casefold() for v in (r[1], r[5], r[6], r[7])):
            continue
        if len(out) >= limit:
            break
        out.append(ProtocolSummary(r[0], r[1], r[2], r[3], st, r[5], r[6], r[7], r[8], r[9],
                                   r[10], r[11], r[12]))
    return out


def unfinished_drafts(session: Session) -> list[ProtocolSummary]:
    """Drafts not finalized (and not voided): lines for Today."""
    return [p for p in list_protocols(session, status="draft")]


def check_protocol(session: Session, protocol_id: str, *, lang: str = "ru") -> CheckResult:
    """The findings of a protocol as it is now."""
    return check(document(session, protocol_id), lang=lang)


def verify_seal(session: Session, protocol_id: str) -> bool:
    """Whether a finalized protocol's document still matches its seal."""
    record = get_protocol(session, protocol_id)
    if not record.finalized or not record.seal:
        return False
    return seal_hash(record.document, record.form_version) == record.seal


# --- writing ---------------------------------------------------------------------------------

#: the position of a field added to a draft that already has fields (see _write_fields)
ADDED_FIELD_POSITION = 1_000_000


def _write_fields(tx: Tx, protocol_id: str, doc: Mapping[str, Any],
                  existing: Mapping[str, tuple[int, str | None]] | None = None) -> int:
    """Write the top-level fields of ``doc`` that differ from ``existing``; returns the count."""
    existing = existing or {}
    written = 0
    # a draft's first fields in the document's order; a field added later goes after them
    # at one position for all (then by key), the same on every device: two devices that
    # add the same field to a draft offline write the same record, no conflict
    next_pos = 0 if not existing else ADDED_FIELD_POSITION
    for key, value in doc.items():
        if not isinstance(key, str) or not key:
            raise ProtocolError("bad_field", key=str(key)[:40])
        raw = _dump_value(value)
        if key in existing:
            if existing[key][1] == raw:
                continue
            tx.update(FIELDS, _field_id(protocol_id, key), {"value": raw})
        else:
            tx.insert(FIELDS, {"protocol_id": protocol_id, "key": key, "position": next_pos,
                               "value": raw}, record_id=_field_id(protocol_id, key))
            if next_pos < ADDED_FIELD_POSITION:
                next_pos += 1
        written += 1
    return written


def _insert_protocol(tx: Tx, session: Session, doc: Mapping[str, Any], *, form: str,
                     form_version: int, language: str, source: str,
                     amends_id: str | None = None, amend_reason: str | None = None) -> str:
    pid = tx.insert(ENTITY, {
        "precinct_id": _precinct_id(session), "form": form, "form_version": form_version,
        "language": language, "status": "draft", "data": None, "seal": None,
        "author_id": session.actor.officer_id if session.actor else None,
        "created_at": _now_iso(), "amends_id": amends_id, "amend_reason": amend_reason,
        "source": source, **_derived(doc),
    })
    _write_fields(tx, pid, doc)
    return pid


def _size_guard(doc: Mapping[str, Any]) -> None:
    size = len(dumps_protocol(doc, indent=None).encode("utf-8"))
    if size > MAX_BYTES:
        raise ProtocolError("too_large", size=size, limit=MAX_BYTES)


def new_document(session: Session, form: str, language: str, *,
                 form_version: int | None = None) -> dict[str, Any]:
    """The skeleton a new draft starts from: header, language, the officer as author."""
    definition = form_for({"form": form, "form_version": form_version})
    return {
        "format": FORMAT, "version": EXCHANGE_VERSION, "form": definition.id,
        "form_version": definition.version, "language": language,
        "date": dt.date.today().isoformat(),
        "author": _officer_author(session),
    }


def create_draft(session: Session, form: str, language: str, *, form_version: int | None = None,
                 initial: Mapping[str, Any] | None = None) -> str:
    """Begin a protocol of ``form`` in ``language`` (kk|ru); returns its id.

    The draft is pinned to ``form_version`` (default: the latest), which it keeps for life.
    Raises :class:`ProtocolRefused` for an unknown form or version.
    """
    _require_role(session)
    _check_language(language)
    doc = new_document(session, form, language, form_version=form_version)
    if initial:
        doc.update(initial)
    _size_guard(doc)
    with session.write() as tx:
        pid = _insert_protocol(tx, session, doc, form=doc["form"],
                               form_version=doc["form_version"], language=language,
                               source="typed")
        tx.audit("protocol.draft", ENTITY, pid, f"draft {doc['form']} v{doc['form_version']}")
    return pid


def save_draft(session: Session, protocol_id: str, changes: Mapping[str, Any] | None = None,
               *, removed: Iterable[str] = (), document: Mapping[str, Any] | None = None
               ) -> Changes:
    """Autosave: set the top-level fields in ``changes``, drop those in ``removed``.

    Or pass the whole ``document``: fields absent from it are dropped. Only fields whose
    value really changed are written; when nothing changed no transaction is opened (an
    autosave every few seconds costs one read). The form and its version cannot move.
    """
    row = _row(session, protocol_id)
    if row["status"] != "draft":
        raise ProtocolError("sealed")
    existing = {k: (p, v) for k, p, v in session.db.execute(
        "SELECT key, position, value FROM protocol_fields WHERE protocol_id = ? "
        "AND deleted_at IS NULL", [protocol_id]).fetchall()}
    if document is not None:
        updates = dict(document)
        drop = {k for k, (_, v) in existing.items() if v is not None and k not in document}
    else:
        updates = dict(changes or {})
        drop = set(removed)
    for pinned in ("form", "form_version"):
        if pinned in updates and updates[pinned] != row[pinned]:
            updates[pinned] = row[pinned]  # a protocol keeps its form and version for life
    updates = {k: v for k, v in updates.items()
               if not (k in existing and existing[k][1] == _dump_value(v))}
    drop = {k for k in drop if k in existing and existing[k][1] is not None
            and k not in updates}
    if not updates and not drop:
        return Changes()
    merged = _draft_document(session, protocol_id)
    merged.update(updates)
    for k in drop:
        merged.pop(k, None)
    _size_guard(merged)
    language = merged.get("language")
    with session.write() as tx:
        count = _write_fields(tx, protocol_id, updates, existing)
        for k in drop:
            tx.update(FIELDS, _field_id(protocol_id, k), {"value": None})
        row_values = _derived(merged)
        if language in LANGUAGES:
            row_values["language"] = language
        tx.update(ENTITY, protocol_id, row_values)
        tx.audit("protocol.save", ENTITY, protocol_id,
                 f"draft {row['form']}: {count + len(drop)} field(s)")
        return tx.changes


def finalize(session: Session, protocol_id: str, *, lang: str = "ru") -> str:
    """Re-check the draft under its form version; seal and freeze it. Returns the seal.

    Refused with every remaining error named (``finalize_blocked``); warnings do not block.
    """
    _require_role(session)
    row = _row(session, protocol_id)
    if row["status"] != "draft":
        raise ProtocolError("sealed")
    if _events(session, protocol_id)[1] is not None:
        raise ProtocolError("already_voided")
    doc = with_form_version(_draft_document(session, protocol_id), row["form_version"])
    result = check(doc, lang=lang)
    if result.errors:
        raise ProtocolError("finalize_blocked", findings=result.errors)
    seal = seal_hash(doc, row["form_version"])
    language = doc.get("language") if doc.get("language") in LANGUAGES else row["language"]
    with session.write() as tx:
        tx.update(ENTITY, protocol_id, {
            "status": "finalized", "data": dumps_protocol(doc, indent=None), "seal": seal,
            "finalized_at": _now_iso(),
            "finalized_by": session.actor.officer_id if session.actor else None,
            "errors": 0, "warnings": len(result.findings), "language": language,
            **_derived(doc),
        })
        tx.audit("protocol.finalize", ENTITY, protocol_id,
                 f"finalized {row['form']} v{row['form_version']} seal {seal[:12]}")
    return seal


def amend(session: Session, protocol_id: str, *, reason: str) -> str:
    """A new draft linked to a finalized protocol, with the reason; the original stays."""
    _require_role(session)
    reason = _check_reason(reason)
    record = get_protocol(session, protocol_id)
    if not record.finalized:
        raise ProtocolError("not_finalized")
    if record.voided_at:
        raise ProtocolError("already_voided")
    doc = dict(record.document)
    with session.write() as tx:
        new_id = _insert_protocol(tx, session, doc, form=record.form,
                                  form_version=record.form_version, language=record.language,
                                  source="amendment", amends_id=protocol_id,
                                  amend_reason=reason)
        tx.audit("protocol.amend", ENTITY, new_id,
                 f"amendment of {protocol_id} ({record.form})")
    return new_id


def void(session: Session, protocol_id: str, *, reason: str) -> Changes:
    """Void a protocol with a reason: an append-only event; the sealed row is untouched."""
    _require_role(session)
    reason = _check_reason(reason)
    row = _row(session, protocol_id)
    if _events(session, protocol_id)[1] is not None:
        raise ProtocolError("already_voided")
    with session.write() as tx:
        tx.insert(EVENTS, {"protocol_id": protocol_id, "kind": "void", "reason": reason,
                           "at": _now_iso(),
                           "officer_id": session.actor.officer_id if session.actor else None})
        tx.audit("protocol.void", ENTITY, protocol_id, f"voided {row['form']} ({row['status']})")
        tx.changes.entities.add(ENTITY)
        tx.changes.ids.add(protocol_id)
        return tx.changes


# --- exchange --------------------------------------------------------------------------------

SEAL_KEY = "sealed"


def export_document(session: Session, protocol_id: str) -> dict[str, Any]:
    """The protocol in the exchange format; a finalized one carries ``sealed`` (an extra
    field: ``{"hash", "form_version", "finalized_at"}``). Audited as an export."""
    record = get_protocol(session, protocol_id)
    doc = dict(record.document)
    if record.finalized:
        doc[SEAL_KEY] = {"hash": record.seal, "form_version": record.form_version,
                         "finalized_at": record.finalized_at}
    session.record_access("protocol.export", ENTITY, protocol_id,
                          f"exported {record.form} ({record.status})")
    return doc


def export_protocol(session: Session, protocol_id: str) -> str:
    """:func:`export_document` as exchange-format JSON text."""
    return dumps_protocol(export_document(session, protocol_id))


def import_protocol(session: Session, source: bytes | str | Mapping[str, Any], *,
                    lang: str = "ru") -> ImportResult:
    """Bring in a protocol in the exchange format, losslessly (unknown fields kept).

    A document whose ``sealed.hash`` matches its content and that has no errors becomes a
    finalized record with the same seal; anything else becomes a draft (an unverified
    ``sealed`` block is kept as it came and reported). Raises :class:`ProtocolRefused` for
    input that is not a protocol at all (bad JSON, unknown form or version, …).
    """
    _require_role(session)
    data = dict(source) if isinstance(source, Mapping) else parse_protocol(source).data
    form = form_for(data)
    sealed = data.get(SEAL_KEY)
    content = {k: v for k, v in data.items() if k != SEAL_KEY}
    verified = mismatch = False
    if isinstance(sealed, Mapping) and isinstance(sealed.get("hash"), str):
        version = sealed.get("form_version") if isinstance(sealed.get("form_version"), int) \
            else form.version
        try:
            verified = seal_hash(content, version) == sealed["hash"] and version == form.version
        except ValueError:
            verified = False
        mismatch = not verified
    doc = content if verified else data
    language = data.get("language") if data.get("language") in LANGUAGES else "ru"
    result = check(doc, lang=lang)
    if verified and result.errors:
        verified, mismatch, doc = False, True, data
    _size_guard(doc)
    with session.write() as tx:
        pid = _insert_protocol(tx, session, doc, form=form.id, form_version=form.version,
                               language=language, source="imported")
        status = "draft"
        if verified:
            pinned = with_form_version(content, form.version)
            tx.update(ENTITY, pid, {
                "status": "finalized", "data": dumps_protocol(pinned, indent=None),
                "seal": sealed["hash"],
                "finalized_at": str(sealed.get("finalized_at") or _now_iso())[:40],
                "finalized_by": None, "errors": 0, "warnings": len(result.findings),
            })
            status = "finalized"
        tx.audit("protocol.import", ENTITY, pid, f"imported {form.id} v{form.version} ({status})")
        changes = tx.changes
    return ImportResult(pid, status, form.id, form.version, result.findings, verified, mismatch,
                        changes)


__all__ = [
    "ImportResult",
    "ProtocolError",
    "ProtocolRecord",
    "ProtocolRefused",
    "ProtocolSummary",
    "amend",
    "check_protocol",
    "create_draft",
    "document",
    "export_document",
    "export_protocol",
    "finalize",
    "get_protocol",
    "import_protocol",
    "list_protocols",
    "new_document",
    "print_protocol",
    "save_draft",
    "unfinished_drafts",
    "verify_seal",
    "void",
]


# --- printing --------------------------------------------------------------------------------

def print_protocol(session: Session, protocol_id: str, *, lang: str | None = None) -> bytes:
    """The protocol as PDF in its language, or the translated copy in ``lang``; audited."""
    from inspector_desk.reports.protocol_pdf import PrintInfo, protocol_pdf

    record = get_protocol(session, protocol_id)
    amends_seal = None
    if record.amends_id:
        row = session.db.execute("SELECT seal FROM protocols WHERE id = ?",
                                 [record.amends_id]).fetchone()
        amends_seal = row[0] if row else None
    precinct = session.db.execute(
        "SELECT name FROM precincts WHERE id = (SELECT value FROM meta WHERE key='precinct_id')"
    ).fetchone()
    info = PrintInfo(status=record.status if record.finalized else "draft", seal=record.seal,
                     precinct=precinct[0] if precinct else "", amends_seal=amends_seal,
                     amend_reason=record.amend_reason, void_reason=record.void_reason)
    data = protocol_pdf(record.document, lang=lang, info=info)
    own = record.document.get("language")
    kind = "translated copy" if lang and lang != own else "original"
    session.record_access("protocol.print", ENTITY, protocol_id,
                          f"printed {record.form} ({record.status}, {kind})")
    return data
