"""Preventive register (issue 3): categories, persons, register entries, checks; name search (FTS5).

``persons.search_key`` holds the folded name (see :mod:`inspector_desk.domain.textfold`),
filled by the service; the FTS5 table ``persons_fts`` indexes it through triggers, so any
writer (service, import, sync) keeps search in step. The table is local (never synced).
"""

from inspector_desk.domain.register import DEFAULT_CATEGORIES, SEED_DEVICE, SEED_STAMP
from inspector_desk.store.schema import SYNC_COLUMNS

SINCE_APP = "0.1.0"


def apply(db) -> None:
    for statement in STATEMENTS:
        db.execute(statement)
    # The default categories have fixed ids and version 0 on every device: the same rows
    # everywhere, so they need no outbox entry and never duplicate on sync.
    for order, cat in enumerate(DEFAULT_CATEGORIES):
        db.execute(
            "INSERT INTO register_categories (id, version, updated_at, device_id, code, name_kk, "
            "name_ru, name_en, legal_basis, period_days, check_interval_days, kind, sort_order) "
            "VALUES (?,0,?,?,?,?,?,?,?,?,?,?,?)",
            [cat.seed_id, SEED_STAMP, SEED_DEVICE, cat.code, cat.name_kk, cat.name_ru,
             cat.name_en, cat.legal_basis, cat.period_days, cat.check_interval_days, cat.kind,
             order],
        )


STATEMENTS = [
    f"""CREATE TABLE register_categories ({SYNC_COLUMNS},
        code TEXT NOT NULL,
        name_kk TEXT NOT NULL,
        name_ru TEXT NOT NULL,
        name_en TEXT NOT NULL,
        legal_basis TEXT NOT NULL DEFAULT '',
        period_days INTEGER CHECK (period_days IS NULL OR period_days > 0),
        check_interval_days INTEGER NOT NULL CHECK (check_interval_days > 0),
        kind TEXT NOT NULL DEFAULT 'legal' CHECK (kind IN ('legal','attention')),
        sort_order INTEGER NOT NULL DEFAULT 0,
        active INTEGER NOT NULL DEFAULT 1)""",
    "CREATE UNIQUE INDEX register_categories_code ON register_categories(code) "
    "WHERE deleted_at IS NULL",
    f"""CREATE TABLE persons ({SYNC_COLUMNS},
        iin TEXT,
        last_name TEXT NOT NULL,
        first_name TEXT NOT NULL,
        patronymic TEXT NOT NULL DEFAULT '',
        birth_date TEXT,
        sex TEXT CHECK (sex IS NULL OR sex IN ('M','F')),
        document TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        settlement TEXT NOT NULL DEFAULT '',
        street TEXT NOT NULL DEFAULT '',
        house TEXT NOT NULL DEFAULT '',
        apartment TEXT NOT NULL DEFAULT '',
        household_id TEXT,
        address_review INTEGER NOT NULL DEFAULT 0,
        photo BLOB,
        notes TEXT NOT NULL DEFAULT '',
        search_key TEXT NOT NULL DEFAULT '')""",
    "CREATE UNIQUE INDEX persons_iin ON persons(iin) WHERE deleted_at IS NULL AND iin IS NOT NULL",
    # covering (search_key, iin): search scans it in name order and tests IIN prefixes
    # without touching the table
    "CREATE INDEX persons_search_key ON persons(search_key, iin) WHERE deleted_at IS NULL",
    "CREATE INDEX persons_settlement ON persons(settlement, street) WHERE deleted_at IS NULL",
    "CREATE INDEX persons_household ON persons(household_id) WHERE household_id IS NOT NULL",
    """CREATE VIRTUAL TABLE persons_fts USING fts5(
        search_key, content='persons', content_rowid='rowid',
        tokenize='unicode61 remove_diacritics 2', prefix='2 3')""",
    """CREATE TRIGGER persons_fts_insert AFTER INSERT ON persons BEGIN
        INSERT INTO persons_fts(rowid, search_key) VALUES (new.rowid, new.search_key);
    END""",
    """CREATE TRIGGER persons_fts_delete AFTER DELETE ON persons BEGIN
        INSERT INTO persons_fts(persons_fts, rowid, search_key)
            VALUES ('delete', old.rowid, old.search_key);
    END""",
    """CREATE TRIGGER persons_fts_update AFTER UPDATE OF search_key ON persons BEGIN
        INSERT INTO persons_fts(persons_fts, rowid, search_key)
            VALUES ('delete', old.rowid, old.search_key);
        INSERT INTO persons_fts(rowid, search_key) VALUES (new.rowid, new.search_key);
    END""",
    f"""CREATE TABLE register_entries ({SYNC_COLUMNS},
        person_id TEXT NOT NULL REFERENCES persons(id),
        category_id TEXT NOT NULL REFERENCES register_categories(id),
        basis_document TEXT NOT NULL DEFAULT '',
        basis_number TEXT NOT NULL DEFAULT '',
        basis_date TEXT,
        basis_authority TEXT NOT NULL DEFAULT '',
        start_on TEXT NOT NULL,
        end_on TEXT,
        check_interval_days INTEGER NOT NULL CHECK (check_interval_days > 0),
        officer_id TEXT REFERENCES officers(id),
        status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active','closed')),
        close_reason TEXT CHECK (close_reason IS NULL OR close_reason IN
            ('expired','court_cancelled','moved','died','other')),
        closed_on TEXT,
        close_note TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        CHECK (end_on IS NULL OR end_on >= start_on))""",
    "CREATE INDEX register_entries_person ON register_entries(person_id)",
    "CREATE INDEX register_entries_status ON register_entries(status, category_id)",
    f"""CREATE TABLE checks ({SYNC_COLUMNS},
        entry_id TEXT NOT NULL REFERENCES register_entries(id),
        person_id TEXT NOT NULL REFERENCES persons(id),
        checked_on TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('home_visit','talk','summons','phone','other')),
        result TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        officer_id TEXT REFERENCES officers(id),
        round_visit_id TEXT)""",
    "CREATE INDEX checks_entry ON checks(entry_id, checked_on)",
    "CREATE INDEX checks_person ON checks(person_id, checked_on)",
]
