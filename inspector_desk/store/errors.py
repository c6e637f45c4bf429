"""Errors of the store, each with a stable code and a message in kk/ru/en.

The UI and the CLI show ``error.message(lang)``; no store error ever carries personal data.
"""

from __future__ import annotations

from inspector_desk.messages import text


class StoreError(Exception):
    """A store failure the user can understand; ``code`` names the message in ``messages``."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params

    def message(self, lang: str = "en") -> str:
        """The message in ``lang`` with its parameters filled in."""
        return text(f"store.{self.code}", lang, **self.params)

    def __str__(self) -> str:
        return self.message("en")
