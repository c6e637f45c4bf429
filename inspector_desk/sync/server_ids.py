"""Ids and keys derived from an enrolment token or a device secret, shared by the server and
the USB transfer."""

from __future__ import annotations

import hashlib


def token_id(token: str) -> str:
    return hashlib.sha256(("id:" + token).encode()).hexdigest()


def token_usb_key(token: str) -> str:
    return hashlib.sha256(("usb:" + token).encode()).hexdigest()


def secret_hash(secret: str) -> str:
    """What the server stores of a device's secret (and, once, a USB file's shared key)."""
    return hashlib.sha256(secret.encode()).hexdigest()


def enrol_proof_message(tid: str, device_id: str) -> bytes:
    """What a device signs (its Ed25519 key) when it enrols over HTTP: shows a re-sent
    enrolment comes from the device that made the first."""
    return f"inspector-desk-enrol|{tid}|{device_id}".encode()
