"""Per-officer settings kept on this device (language, idle lock, text size)."""

from __future__ import annotations

from dataclasses import dataclass

from inspector_desk.services.session import Session

LANGUAGES = ("kk", "ru", "en")


@dataclass(frozen=True, slots=True)
class OfficerSettings:
    language: str = "kk"
    idle_lock_minutes: int = 10
    text_scale: int = 100  # percent


def load_settings(session: Session) -> OfficerSettings:
    """The acting officer's settings, with defaults for anything never set."""
    rows = dict(session.db.execute(
        "SELECT key, value FROM officer_settings WHERE officer_id = ?",
        [session.actor.officer_id]).fetchall())
    base = OfficerSettings()
    return OfficerSettings(
        language=rows.get("language") if rows.get("language") in LANGUAGES else base.language,
        idle_lock_minutes=_int(rows.get("idle_lock_minutes"), base.idle_lock_minutes, 1, 240),
        text_scale=_int(rows.get("text_scale"), base.text_scale, 80, 200),
    )


def save_settings(session: Session, settings: OfficerSettings) -> OfficerSettings:
    """Store the acting officer's settings (values clamped to their allowed ranges)."""
    if settings.language not in LANGUAGES:
        raise ValueError(f"unknown language {settings.language!r}")
    clean = OfficerSettings(
        language=settings.language,
        idle_lock_minutes=_int(settings.idle_lock_minutes, 10, 1, 240),
        text_scale=_int(settings.text_scale, 100, 80, 200),
    )
    with session.write() as tx:
        for key in ("language", "idle_lock_minutes", "text_scale"):
            tx.execute_local(
                "INSERT INTO officer_settings (officer_id, key, value) VALUES (?, ?, ?) "
                "ON CONFLICT(officer_id, key) DO UPDATE SET value = excluded.value",
                [session.actor.officer_id, key, str(getattr(clean, key))],
            )
        tx.audit("settings.save", "officer_settings", session.actor.officer_id, "settings changed")
    return clean


def _int(value: object, default: int, low: int, high: int) -> int:
    try:
        return max(low, min(high, int(value)))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default
