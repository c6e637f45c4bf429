"""Receptions: appeals (АППК), decreed calendar transfers, the precinct's reception hours.

The applicant is stored on the appeal itself (the register of persons may link it later
through ``person_id``, which has no foreign key on purpose: the persons table arrives in
another migration and may be absent). Registration numbers are not a unique index: a clash
can arrive by sync and both records are kept (see ``domain.appeals.resolve_number_clashes``).
"""

from inspector_desk.store.schema import SYNC_COLUMNS

SINCE_APP = "0.1.0"


def apply(db) -> None:
    for statement in STATEMENTS:
        db.execute(statement)


STATEMENTS = [
    f"""CREATE TABLE appeals ({SYNC_COLUMNS},
        precinct_id TEXT,
        reg_number TEXT NOT NULL,
        reg_year INTEGER NOT NULL,
        reg_prefix TEXT NOT NULL,
        reg_seq INTEGER NOT NULL,
        reg_suffix INTEGER NOT NULL DEFAULT 0,
        number_note TEXT,
        received_at TEXT NOT NULL,
        registered_on TEXT NOT NULL,
        receiving_officer_id TEXT,
        receiving_officer_name TEXT NOT NULL,
        receiving_officer_position TEXT,
        receiving_officer_rank TEXT,
        format TEXT NOT NULL,
        kind TEXT NOT NULL,
        anonymous INTEGER NOT NULL DEFAULT 0,
        applicant_name TEXT,
        applicant_iin TEXT,
        applicant_address TEXT,
        applicant_phone TEXT,
        applicant_lang TEXT NOT NULL DEFAULT 'kk',
        person_id TEXT,
        summary TEXT NOT NULL,
        attachments TEXT NOT NULL DEFAULT '[]',
        status TEXT NOT NULL,
        due_on TEXT,
        forward_due_on TEXT,
        forwarded_to TEXT,
        forwarded_on TEXT,
        forwarded_number TEXT,
        forwarded_late INTEGER NOT NULL DEFAULT 0,
        forward_late_reason TEXT,
        extended_on TEXT,
        extension_reason TEXT,
        extension_notice_due TEXT,
        decided_on TEXT,
        outcome TEXT,
        answer_via TEXT,
        answered_on TEXT,
        decision_summary TEXT,
        handed_to TEXT,
        handed_on TEXT,
        handed_reference TEXT,
        closed_on TEXT,
        cancelled_on TEXT,
        cancel_reason TEXT)""",
    "CREATE INDEX appeals_number ON appeals(precinct_id, reg_year, reg_prefix, reg_seq)",
    "CREATE INDEX appeals_due ON appeals(status, due_on)",
    "CREATE INDEX appeals_registered ON appeals(registered_on)",
    f"""CREATE TABLE calendar_overrides ({SYNC_COLUMNS},
        day TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('day_off','working_day')),
        decree TEXT NOT NULL,
        note TEXT,
        cancelled_on TEXT,
        cancel_reason TEXT)""",
    "CREATE INDEX calendar_overrides_day ON calendar_overrides(day)",
    f"""CREATE TABLE reception_hours ({SYNC_COLUMNS},
        precinct_id TEXT,
        schedule TEXT NOT NULL,
        place TEXT,
        phone TEXT,
        note TEXT)""",
]
