"""Appeals under the АППК: kinds, formats, lifecycle, validation and terms (pure, no I/O).

Primary text: ``reference/legal/appk_rk.md`` (arts. 62–65, 76). The lifecycle is

    registered → in_work → (forwarded | extended) → decided → closed

with two side paths: a report of an offence is ``handed_over`` to the duty unit (УПК 181/185)
and then closed; any open appeal may be ``cancelled`` with a reason (nothing is deleted).
Every check raises :class:`AppealError` naming the form field, so a form can show the
problem beside it and keep what was typed.

Registration numbers (see ``docs/receptions.md``): ``YYYY-PPP-NNNN`` — year, the device's
prefix, and a gap-free sequence per device and year; a clash that arrives by sync is
resolved by :func:`resolve_number_clashes` (deterministic, both records kept).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from inspector_desk.domain.iin import InvalidIin, parse_iin, reason_text
from inspector_desk.domain.kz_calendar import WorkCalendar
from inspector_desk.messages import text

KINDS = ("complaint", "statement", "proposal", "request", "offence_report")
FORMATS = ("precinct_point", "post_24h", "courtyard", "roadside", "joint_council", "phone",
           "messenger", "written")
OUTCOMES = ("satisfied", "partly_satisfied", "refused", "explained")
ANSWER_VIA = ("in_person", "written", "electronic", "phone")
LANGS = ("kk", "ru")

STATUSES = ("registered", "in_work", "forwarded", "extended", "decided", "handed_over",
            "closed", "cancelled")
#: Statuses whose decision term is still running on us.
OPEN = ("registered", "in_work", "extended")
#: Allowed moves of the lifecycle.
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "registered": ("in_work", "forwarded", "extended", "decided", "handed_over", "cancelled"),
    "in_work": ("forwarded", "extended", "decided", "handed_over", "cancelled"),
    "extended": ("decided", "cancelled"),
    "forwarded": ("closed",),
    "decided": ("closed",),
    "handed_over": ("closed",),
    "closed": (),
    "cancelled": (),
}
#: Kinds an applicant may leave anonymous: only a report of an offence, which must be taken
#: to the duty unit whoever brings it (АППК 64 p.7-2; УПК 181). An appeal under the АППК
#: needs the applicant's name and address (АППК 63 p.2).
ANONYMOUS_KINDS = ("offence_report",)

MAX_SUMMARY = 4000
DUE_SOON_DAYS = 3  # Today lists appeals due within this many working days


class AppealError(ValueError):
    """Input an officer must correct; ``code`` names the message, ``field`` the form field."""

    def __init__(self, code: str, field: str | None = None, **params: object) -> None:
        super().__init__(code)
        self.code, self.field, self.params = code, field, params

    def message(self, lang: str = "en") -> str:
        params = {k: (f"{v:%d.%m.%Y}" if isinstance(v, dt.date) else v)
                  for k, v in self.params.items()}
        if self.code == "bad_iin":
            params["reason"] = reason_text(str(params["reason"]), lang)
        if self.code == "bad_transition":
            for key in ("status", "target"):
                params[key] = text(f"receptions.status.{params[key]}", lang)
        return text(f"receptions.{self.code}", lang, **params)

    def __str__(self) -> str:
        return self.message("en")


# --- taking an appeal --------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class AppealDraft:
    """What the "new appeal" form asks; ``received_at`` is local time at the precinct."""

    received_at: dt.datetime
    kind: str
    format: str
    summary: str
    applicant_name: str = ""
    applicant_iin: str = ""
    applicant_address: str = ""
    applicant_phone: str = ""
    applicant_lang: str = "kk"
    anonymous: bool = False
    attachments: tuple[str, ...] = ()
    person_id: str | None = None


def validate_draft(draft: AppealDraft, now: dt.datetime) -> None:
    """Raise :class:`AppealError` for the first problem of a new appeal, naming the field."""
    if draft.received_at > now + dt.timedelta(minutes=5):
        raise AppealError("future_registration", "received_at", when=draft.received_at.date())
    if draft.kind not in KINDS:
        raise AppealError("field_required", "kind")
    if draft.format not in FORMATS:
        raise AppealError("field_required", "format")
    if not draft.summary.strip():
        raise AppealError("summary_required", "summary")
    if len(draft.summary) > MAX_SUMMARY:
        raise AppealError("summary_long", "summary", n=MAX_SUMMARY)
    if draft.applicant_lang not in LANGS:
        raise AppealError("field_required", "applicant_lang")
    if draft.anonymous:
        if draft.kind not in ANONYMOUS_KINDS:
            raise AppealError("anonymous_not_allowed", "anonymous")
        return
    if not draft.applicant_name.strip():
        raise AppealError("applicant_required", "applicant_name")
    if draft.applicant_iin.strip():
        try:
            parse_iin(draft.applicant_iin, today=now.date())
        except InvalidIin as exc:
            raise AppealError("bad_iin", "applicant_iin", reason=exc.code) from None


def check_move(status: str, target: str) -> None:
    """Raise unless the lifecycle allows ``status`` → ``target``."""
    if target not in TRANSITIONS.get(status, ()):
        raise AppealError("bad_transition", None, status=status, target=target)


# --- terms -------------------------------------------------------------------------------

def check_forward(*, registered: dt.date, forwarded_on: dt.date, today: dt.date,
                  body: str, outgoing_number: str, late_reason: str,
                  calendar: WorkCalendar) -> bool:
    """Validate a forwarding (АППК 65); returns True when it is late (> 3 working days).

    Late forwarding is allowed, but only with the reason for the delay.
    """
    if not body.strip():
        raise AppealError("body_required", "body")
    if forwarded_on < registered:
        raise AppealError("before_registration", "forwarded_on", registered=registered)
    if forwarded_on > today:
        raise AppealError("date_in_future", "forwarded_on")
    if not outgoing_number.strip():
        raise AppealError("outgoing_required", "outgoing_number")
    due = calendar.forward_due(registered)
    late = forwarded_on > due
    if late and not late_reason.strip():
        raise AppealError("late_reason_required", "late_reason", due=due)
    return late


def check_extension(*, registered: dt.date, current_due: dt.date, decided_on: dt.date,
                    new_due: dt.date, today: dt.date, reason: str,
                    calendar: WorkCalendar) -> dt.date:
    """Validate an extension (АППК 76 p.3); returns the day the applicant must be told by."""
    if decided_on < registered:
        raise AppealError("before_registration", "extended_on", registered=registered)
    if decided_on > today:
        raise AppealError("date_in_future", "extended_on")
    if not reason.strip():
        raise AppealError("extension_reason_required", "extension_reason")
    if new_due <= current_due:
        raise AppealError("extension_not_later", "new_due", due=current_due)
    limit = calendar.extension_limit(decided_on)
    if new_due > limit:
        raise AppealError("extension_too_long", "new_due", limit=limit)
    return calendar.extension_notice_due(decided_on)


def check_decision(*, registered: dt.date, decided_on: dt.date, answered_on: dt.date | None,
                   today: dt.date, outcome: str, answer_via: str) -> None:
    """Validate a decision and how the answer was given."""
    if decided_on < registered:
        raise AppealError("before_registration", "decided_on", registered=registered)
    if decided_on > today:
        raise AppealError("date_in_future", "decided_on")
    if outcome not in OUTCOMES:
        raise AppealError("field_required", "outcome")
    if answer_via not in ANSWER_VIA:
        raise AppealError("field_required", "answer_via")
    if answered_on is not None:
        if answered_on < decided_on:
            raise AppealError("answer_before_decision", "answered_on")
        if answered_on > today:
            raise AppealError("date_in_future", "answered_on")


@dataclass(frozen=True, slots=True)
class DueState:
    """Where an appeal stands against its term on ``today``.

    ``level``: ``overdue`` / ``today`` / ``soon`` (within :data:`DUE_SOON_DAYS`) / ``ok`` /
    ``done`` (not running on us). ``days`` are working days left (negative when overdue;
    at least −1 once the term has passed, even on a day off right after it).
    """

    level: str
    days: int


def due_state(status: str, due: dt.date | None, today: dt.date,
              calendar: WorkCalendar) -> DueState:
    """The :class:`DueState` of an appeal with ``status`` and term ``due``."""
    if status not in OPEN or due is None:
        return DueState("done", 0)
    days = calendar.days_left(due, today)
    if due < today:  # on a day off after the term, no working day has passed yet: still late
        return DueState("overdue", min(days, -1))
    if days == 0:
        return DueState("today", 0)
    return DueState("soon" if days <= DUE_SOON_DAYS else "ok", days)


def officer_initials(full_name: str) -> str:
    """"Сейтқали Айдос Бауыржанұлы" → "Сейтқали А. Б." (surname and initials, АППК 64 p.2)."""
    parts = full_name.split()
    if not parts:
        return ""
    return " ".join([parts[0], *(f"{p[0]}." for p in parts[1:3])])


# --- registration numbers ----------------------------------------------------------------

_PREFIX_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no 0/O, 1/I: read aloud and copied


def default_prefix(device_id: str) -> str:
    """A 3-character prefix derived from the device id's random tail (changeable)."""
    digits = "".join(c for c in device_id.lower() if c in "0123456789abcdef")
    value = int(digits[-8:] or "0", 16)
    out = []
    for _ in range(3):
        value, rest = divmod(value, len(_PREFIX_ALPHABET))
        out.append(_PREFIX_ALPHABET[rest])
    return "".join(out)


def valid_prefix(prefix: str) -> bool:
    """1–4 characters of the prefix alphabet (Latin capitals and digits without 0/O/1/I)."""
    return 1 <= len(prefix) <= 4 and all(c in _PREFIX_ALPHABET for c in prefix)


def format_number(year: int, prefix: str, seq: int, suffix: int = 0) -> str:
    """``2026-K7A-0015``, or ``2026-K7A-0015/2`` for the second record of a clash."""
    base = f"{year}-{prefix}-{seq:04d}"
    return f"{base}/{suffix}" if suffix else base


@dataclass(frozen=True, slots=True)
class Renumbering:
    """One record of a clash that gets a suffix: ``id``, its old and its new number."""

    id: str
    old_number: str
    new_number: str
    kept_by: str  # the id of the record that keeps the plain number


def resolve_number_clashes(rows: Iterable[Mapping[str, object]]) -> list[Renumbering]:
    """Deterministically resolve registration numbers used by more than one record.

    ``rows`` need ``id``, ``precinct_id``, ``reg_year``, ``reg_prefix``, ``reg_seq``,
    ``reg_suffix``, ``received_at``. Records sharing (precinct, year, prefix, seq) are
    ordered by (``received_at``, ``id``): the first keeps its number, the others get
    suffixes /2, /3 … in that order. Every device computes the same answer from the same
    set of records, whatever order they arrived in; nothing is dropped. Records already
    renumbered keep their suffix unless it now clashes too.
    """
    groups: dict[tuple, list[Mapping[str, object]]] = {}
    for row in rows:
        key = (row["precinct_id"], row["reg_year"], row["reg_prefix"], row["reg_seq"])
        groups.setdefault(key, []).append(row)
    changes: list[Renumbering] = []
    for (_, year, prefix, seq), members in sorted(groups.items(), key=lambda kv: str(kv[0])):
        if len(members) < 2:
            continue
        members.sort(key=lambda r: (str(r["received_at"]), str(r["id"])))
        first = str(members[0]["id"])
        for position, row in enumerate(members):
            want = 0 if position == 0 else position + 1
            have = int(row.get("reg_suffix") or 0)
            if want != have:
                changes.append(Renumbering(
                    id=str(row["id"]),
                    old_number=format_number(int(year), str(prefix), int(seq), have),
                    new_number=format_number(int(year), str(prefix), int(seq), want),
                    kept_by=first,
                ))
    return changes
