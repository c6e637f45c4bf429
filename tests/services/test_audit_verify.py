"""`audit verify` finds the first broken link of the hash chain."""

from __future__ import annotations

from inspector_desk.services.audit import verify_audit


def _write_some(session, n=5):
    for i in range(n):
        with session.write() as tx:
            rid = tx.insert("precincts", {"name": f"P{i}"})
            tx.audit("precinct.add", "precincts", rid, f"added {i}")


def _drop_guards(session):
    session.db.execute("DROP TRIGGER audit_no_update")
    session.db.execute("DROP TRIGGER audit_no_delete")


def test_intact_chain_verifies(session):
    _write_some(session)
    verdict = verify_audit(session)
    assert verdict.ok and verdict.count == 6
    assert "6" in verdict.message("ru")


def test_audit_rows_cannot_be_changed_through_sql(session):
    _write_some(session, 1)
    import pytest

    from inspector_desk.store.db import IntegrityError

    with pytest.raises(IntegrityError):
        session.db.execute("UPDATE audit SET summary = 'x' WHERE seq = 1")
    with pytest.raises(IntegrityError):
        session.db.execute("DELETE FROM audit WHERE seq = 1")


def test_edited_entry_is_found(session):
    _write_some(session)
    _drop_guards(session)
    session.db.execute("UPDATE audit SET summary = 'nothing happened' WHERE seq = 3")
    verdict = verify_audit(session)
    assert (verdict.broken_at, verdict.reason) == (3, "hash")
    assert "3" in verdict.message("kk")


def test_removed_entry_breaks_the_next_link(session):
    _write_some(session)
    _drop_guards(session)
    session.db.execute("DELETE FROM audit WHERE seq = 4")
    verdict = verify_audit(session)
    assert (verdict.broken_at, verdict.reason) == (5, "link")


def test_cut_off_tail_is_found(session):
    _write_some(session)
    _drop_guards(session)
    session.db.execute("DELETE FROM audit WHERE seq = (SELECT max(seq) FROM audit)")
    verdict = verify_audit(session)
    assert verdict.reason == "head" and verdict.broken_at == 5
