"""Reading and verifying the hash-chained audit log."""

from __future__ import annotations

from dataclasses import dataclass

from inspector_desk.messages import text
from inspector_desk.services.session import AUDIT_FIELDS, GENESIS_HASH, Session, audit_hash


@dataclass(frozen=True, slots=True)
class AuditVerdict:
    """Result of :func:`verify_audit`: ``broken_at`` is the first bad entry's seq, or None."""

    count: int
    broken_at: int | None = None
    reason: str | None = None  # "hash" | "link" | "head"

    @property
    def ok(self) -> bool:
        return self.broken_at is None

    def message(self, lang: str = "en") -> str:
        if self.ok:
            return text("audit.ok", lang, count=self.count)
        return text("audit.broken", lang, seq=self.broken_at,
                    reason=text(f"audit.reason.{self.reason}", lang))


def verify_audit(session: Session) -> AuditVerdict:
    """Walk the chain from the first entry; report the first broken link.

    A changed entry breaks its own hash; a removed or inserted one breaks the link of the
    next; entries cut from the end are caught against the head recorded in ``meta``.
    """
    cols = ", ".join((*AUDIT_FIELDS, "prev_hash", "hash"))
    prev, expected_seq, count = GENESIS_HASH, 1, 0
    last_seq, last_hash = 0, GENESIS_HASH
    for values in session.db.execute(f"SELECT {cols} FROM audit ORDER BY seq"):
        row = dict(zip((*AUDIT_FIELDS, "prev_hash", "hash"), values, strict=True))
        if row["seq"] != expected_seq or row["prev_hash"] != prev:
            return AuditVerdict(count, row["seq"], "link")
        if audit_hash(prev, row) != row["hash"]:
            return AuditVerdict(count, row["seq"], "hash")
        prev, expected_seq, count = row["hash"], row["seq"] + 1, count + 1
        last_seq, last_hash = row["seq"], row["hash"]
    head = session.meta("audit_head")
    if head:
        head_seq, _, head_hash = head.partition(":")
        if int(head_seq) != last_seq or head_hash != last_hash:
            return AuditVerdict(count, last_seq, "head")
    return AuditVerdict(count)


def recent_entries(session: Session, limit: int = 200) -> list[dict]:
    """The latest audit entries, newest first (no personal data is ever stored in them)."""
    cur = session.db.execute(
        "SELECT seq, at, officer_id, action, entity, entity_id, summary FROM audit "
        "ORDER BY seq DESC LIMIT ?", [limit])
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
