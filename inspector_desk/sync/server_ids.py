"""Ids derived from an enrolment token, shared by the server and the USB transfer."""

from __future__ import annotations

import hashlib


def token_id(token: str) -> str:
    return hashlib.sha256(("id:" + token).encode()).hexdigest()


def token_usb_key(token: str) -> str:
    return hashlib.sha256(("usb:" + token).encode()).hexdigest()
