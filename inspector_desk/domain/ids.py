"""Record ids: UUIDv7 strings made on the device (time-ordered, never reused across devices)."""

from __future__ import annotations

from typing import NewType

import uuid_utils

RecordId = NewType("RecordId", str)


def new_id() -> RecordId:
    """A fresh UUIDv7 as its canonical 36-character string."""
    return RecordId(str(uuid_utils.uuid7()))
