"""The light part of accounts, importable before unlocking: the officer form, its checks,
and the unlock throttle. Nothing here opens the database.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from inspector_desk.messages import text
from inspector_desk.store.errors import StoreError

T = TypeVar("T")

ROLES = ("inspector", "assistant", "supervisor", "trainer", "trainee")
#: Roles that may add officers to a device and change settings of the precinct.
MANAGING_ROLES = ("inspector", "supervisor")
MIN_PASSWORD = 8
_LOGIN = re.compile(r"^[A-Za-z0-9._-]{2,32}$")


class AccountError(ValueError):
    """Input an officer must correct; ``code`` names the message, ``field`` the form field."""

    def __init__(self, code: str, field: str | None = None, **params: object) -> None:
        super().__init__(code)
        self.code, self.field, self.params = code, field, params

    def message(self, lang: str = "en") -> str:
        params = dict(self.params)
        if self.code == "field_required":
            params["what"] = text(f"field.{self.field}", lang)
        return text(f"accounts.{self.code}", lang, **params)


@dataclass(frozen=True, slots=True)
class NewOfficer:
    """What the first-start form asks for an officer."""

    full_name: str
    login: str
    role: str = "inspector"
    rank: str = ""
    position: str = ""


def validate_new_officer(
    officer: NewOfficer, password: str, repeat: str | None = None, *, min_password: int = MIN_PASSWORD
) -> None:
    """Raise :class:`AccountError` for the first problem in the form, naming the field."""
    if not officer.full_name.strip():
        raise AccountError("field_required", "full_name")
    if not _LOGIN.match(officer.login):
        raise AccountError("bad_login", "login")
    if officer.role not in ROLES:
        raise AccountError("field_required", "role")
    if len(password) < min_password:
        raise AccountError("password_short", "password", n=min_password)
    if repeat is not None and repeat != password:
        raise AccountError("passwords_differ", "repeat")


class UnlockThrottle:
    """Three free tries, then a delay that doubles with each further wrong password."""

    FREE_TRIES = 3
    MAX_DELAY = 300.0

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self.failures = 0
        self._not_before = 0.0

    def wait_seconds(self) -> float:
        """Seconds until the next try is allowed (0 when allowed now)."""
        return max(0.0, self._not_before - self._clock())

    def failed(self) -> None:
        self.failures += 1
        if self.failures >= self.FREE_TRIES:
            delay = min(self.MAX_DELAY, 2.0 ** (self.failures - self.FREE_TRIES + 1))
            self._not_before = self._clock() + delay

    def succeeded(self) -> None:
        self.failures = 0
        self._not_before = 0.0

    def attempt(self, action: Callable[[], T]) -> T:
        """Run ``action`` unless throttled; count a wrong password as a failure."""
        wait = self.wait_seconds()
        if wait > 0:
            raise StoreError("throttled", seconds=int(wait + 0.999))
        try:
            result = action()
        except StoreError as exc:
            if exc.code == "wrong_password":
                self.failed()
            raise
        self.succeeded()
        return result
