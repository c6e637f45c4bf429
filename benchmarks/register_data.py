"""The cached demo databases the register benchmarks use (``benchmarks/.data/``, git-ignored).

``dataset("huge")`` builds ``register-huge.idb`` once (200,000 persons; a minute or two)
and reuses it afterwards; the password is ``demo``. Delete the file to rebuild it. A file
built by an older schema is migrated when opened (migration 0009 builds the search terms of
200,000 persons in about 15 s, once).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

DATA = Path(__file__).resolve().parent / ".data"
PASSWORD = "demo"


def dataset(size: str = "huge"):
    """The unlocked demo store of ``size`` (built on first use)."""
    from inspector_desk.services.accounts import unlock
    from inspector_desk.services.demo import create_demo
    from inspector_desk.store.keyring import KdfParams

    DATA.mkdir(exist_ok=True)
    path = DATA / f"register-{size}.idb"
    if not path.exists():
        started = time.perf_counter()
        _, summary = create_demo(path, size=size, password=PASSWORD, kdf=KdfParams.fast())
        print(f"built {path.name} in {time.perf_counter() - started:.1f} s: {summary}",
              file=sys.stderr)
    started = time.perf_counter()
    store = unlock(path, "demo", PASSWORD)
    if time.perf_counter() - started > 2:
        print(f"opened (and migrated) {path.name} in {time.perf_counter() - started:.1f} s",
              file=sys.stderr)
    return store


if __name__ == "__main__":
    dataset(sys.argv[1] if len(sys.argv) > 1 else "huge")
