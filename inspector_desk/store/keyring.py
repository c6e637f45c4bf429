"""The key file beside a database: the random database key wrapped once per officer.

The database key (32 random bytes) never touches the disk in clear. For each login
the file holds ``wrapped = key XOR K₁`` and ``tag = HMAC-SHA256(K₂, context ‖ wrapped)``
where ``K₁ ‖ K₂`` is 64 bytes of Argon2id over the password with a fresh random salt.
A fresh salt per wrap makes ``K₁`` a one-time key; the tag tells a wrong password from
a right one without touching the database. Changing a password re-wraps the same key
(the database is not re-encrypted). The file is replaced atomically.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

from inspector_desk.store.errors import StoreError

FORMAT = "inspector-desk.keyring"
KEY_BYTES = 32


@dataclass(frozen=True, slots=True)
class KdfParams:
    """Argon2id cost. The default keeps unlock well under 0.8 s on a modest laptop."""

    time_cost: int = 3
    memory_kib: int = 65536
    parallelism: int = 2

    @classmethod
    def fast(cls) -> KdfParams:
        """Cheap parameters for tests and throw-away demo data only."""
        return cls(time_cost=1, memory_kib=1024, parallelism=1)


def keyring_path(db_path: Path) -> Path:
    """The key file that belongs to ``db_path``."""
    return db_path.with_name(db_path.name + ".keys")


def new_database_key() -> bytes:
    """A fresh random database key."""
    return secrets.token_bytes(KEY_BYTES)


def _derive(password: str, salt: bytes, params: KdfParams) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(
        password.encode("utf-8"),
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=2 * KEY_BYTES,
        type=Type.ID,
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _tag(mac_key: bytes, db_id: str, login: str, wrapped: bytes) -> bytes:
    context = f"{FORMAT}|{db_id}|{login}|".encode()
    return hmac.new(mac_key, context + wrapped, hashlib.sha256).digest()


@dataclass(slots=True)
class Keyring:
    """The parsed key file: database id, and one wrap entry per login."""

    db_id: str
    entries: dict[str, dict]

    # -- reading and writing ------------------------------------------------------------
    @classmethod
    def load(cls, db_path: Path) -> Keyring:
        """Read the key file of ``db_path``; :class:`StoreError` if missing or damaged."""
        path = keyring_path(db_path)
        if not path.exists():
            raise StoreError("keyring_missing", path=db_path.name, keys=path.name)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("format") != FORMAT or not isinstance(data.get("officers"), dict):
                raise ValueError("format")
            return cls(db_id=str(data["db_id"]), entries=dict(data["officers"]))
        except (ValueError, KeyError, UnicodeDecodeError, AttributeError):
            raise StoreError("keyring_corrupt", keys=path.name) from None

    def save(self, db_path: Path) -> None:
        """Replace the key file atomically (write, fsync, rename)."""
        path = keyring_path(db_path)
        payload = {"format": FORMAT, "version": 1, "db_id": self.db_id, "officers": self.entries}
        fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(payload, fh, ensure_ascii=False, indent=1, sort_keys=True)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    # -- wrapping -------------------------------------------------------------------------
    def wrap(self, login: str, password: str, db_key: bytes, params: KdfParams) -> None:
        """Add or replace the wrap of ``db_key`` for ``login`` under ``password``."""
        salt = secrets.token_bytes(16)
        derived = _derive(password, salt, params)
        wrapped = bytes(a ^ b for a, b in zip(db_key, derived[:KEY_BYTES], strict=True))
        self.entries[login] = {
            "kdf": "argon2id",
            "params": asdict(params),
            "salt": _b64(salt),
            "wrapped": _b64(wrapped),
            "tag": _b64(_tag(derived[KEY_BYTES:], self.db_id, login, wrapped)),
        }

    def unwrap(self, login: str, password: str) -> bytes | None:
        """The database key if ``password`` is right for ``login``, else ``None``."""
        entry = self.entries.get(login)
        if entry is None:
            # Spend the same time as a real attempt so a login cannot be probed by timing.
            _derive(password, b"\0" * 16, KdfParams())
            return None
        try:
            params = KdfParams(**entry["params"])
            salt, wrapped, tag = (_unb64(entry[k]) for k in ("salt", "wrapped", "tag"))
        except (KeyError, TypeError, ValueError):
            raise StoreError("keyring_corrupt", keys="") from None
        derived = _derive(password, salt, params)
        if not hmac.compare_digest(tag, _tag(derived[KEY_BYTES:], self.db_id, login, wrapped)):
            return None
        return bytes(a ^ b for a, b in zip(wrapped, derived[:KEY_BYTES], strict=True))

    def remove(self, login: str) -> None:
        """Forget the wrap for ``login`` (the officer can no longer unlock this device)."""
        self.entries.pop(login, None)
