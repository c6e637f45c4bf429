"""A process killed in the middle of a write: reopening shows the state before the write."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

from inspector_desk.services.accounts import unlock
from inspector_desk.services.audit import verify_audit
from tests.conftest import PASSWORD

CHILD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from inspector_desk.services.accounts import unlock
    store = unlock(Path(sys.argv[1]), "aidos", sys.argv[2])
    session = store.session()
    with session.write() as tx:
        for i in range(3000):
            rid = tx.insert("precincts", {"name": f"half-written {i}", "district": "x" * 200})
            if i == 2500:
                tx.audit("precinct.add", "precincts", rid, "bulk")
                print("in-the-middle", flush=True)
                time.sleep(60)
""")


def _counts(store):
    s = store.session()
    try:
        return [s.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("precincts", "audit", "outbox")]
    finally:
        s.close()


def test_kill_during_a_write_loses_only_that_write(store, db_path):
    before = _counts(store)
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(db_path), PASSWORD],
                             stdout=subprocess.PIPE, text=True,
                             env={**os.environ, "PYTHONPATH": os.getcwd()})
    try:
        assert child.stdout.readline().strip() == "in-the-middle"
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    reopened = unlock(db_path, "aidos", PASSWORD)
    after = _counts(reopened)
    assert after[0] == before[0] and after[2] == before[2]
    assert after[1] == before[1] + 2  # only the two unlocks (child, then us) were audited
    s = reopened.session()
    assert verify_audit(s).ok
    with s.write() as tx:  # and the database takes new writes
        rid = tx.insert("precincts", {"name": "after the crash"})
        tx.audit("precinct.add", "precincts", rid, "after crash")
    s.close()
