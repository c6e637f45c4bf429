"""Register search (issue 3): a term table for search-as-you-type, replacing ``persons_fts``.

``person_terms(term, key, rid)`` holds, for every live person (``deleted_at IS NULL``) and
every word of ``persons.search_key`` (the folded name, see
:mod:`inspector_desk.domain.textfold`), the word's first 1, 2 and 3 letters and the whole
word, each with the person's sort key and rowid. The primary key ``(term, key, rid)``
(``WITHOUT ROWID``) makes

- a query word of up to 3 letters one exact term whose persons come out already in name
  order: the first page of a search costs the page, however many persons match;
- a longer word a range ``term >= w AND term < w || char(0x10FFFF)`` over whole words only (the
  prefix terms are too short to fall in it), cheap to count and to sort when small.

Triggers keep it in step with any writer (services, import, sync apply): insert, update of
``search_key``/``deleted_at`` (a tombstone drops the person's terms, an undelete brings them
back) and delete. Words are split in SQL (see :func:`_terms_of`), so a key of any content
is safe. The table is local (never synced); the FTS5 table of migration 0002 is dropped:
nothing reads it any more and its triggers cost every write. An index on
``persons(iin, search_key)`` serves IIN prefixes with a few thousand matches.
"""

SINCE_APP = "0.1.0"


def _words(row: str) -> str:
    """``json_each`` over the words of ``row.search_key`` (``value`` is a word).

    The key is quoted as a JSON string with each space turned into ``","``: ``json_quote``
    escapes whatever the key holds, so any text splits safely (and quicker than a recursive
    CTE; a cross join of words and prefix lengths was four times slower still).
    """
    return f"json_each('[' || replace(json_quote({row}.search_key), ' ', '\",\"') || ']')"


#: A word's terms: its first 1, 2 and 3 letters and the whole word.
TERMS = ("substr(value, 1, 1)", "substr(value, 1, 2)", "substr(value, 1, 3)", "value")


def _terms_of(row: str) -> str:
    """A SELECT of the terms (``t``) of the person ``new`` or ``old``."""
    return " UNION ALL ".join(f"SELECT {term} AS t FROM {_words(row)} WHERE value <> ''"
                              for term in TERMS)


STATEMENTS = [
    "DROP TRIGGER IF EXISTS persons_fts_insert",
    "DROP TRIGGER IF EXISTS persons_fts_delete",
    "DROP TRIGGER IF EXISTS persons_fts_update",
    "DROP TABLE IF EXISTS persons_fts",
    # IIN prefixes with a few thousand matches: read (iin, key) in IIN order and sort them
    # by name without touching the table
    "CREATE INDEX persons_iin_search_key ON persons(iin, search_key) "
    "WHERE deleted_at IS NULL AND iin IS NOT NULL",
    """CREATE TABLE person_terms (
        term TEXT NOT NULL,
        key TEXT NOT NULL,
        rid INTEGER NOT NULL,
        PRIMARY KEY (term, key, rid)) WITHOUT ROWID""",
    f"""CREATE TRIGGER person_terms_insert AFTER INSERT ON persons
        WHEN new.deleted_at IS NULL BEGIN
        INSERT OR IGNORE INTO person_terms (term, key, rid)
            SELECT t, new.search_key, new.rowid FROM ({_terms_of("new")});
    END""",
    f"""CREATE TRIGGER person_terms_update AFTER UPDATE OF search_key, deleted_at ON persons
        WHEN old.search_key IS NOT new.search_key
          OR (old.deleted_at IS NULL) <> (new.deleted_at IS NULL) BEGIN
        DELETE FROM person_terms WHERE old.deleted_at IS NULL AND key = old.search_key
            AND rid = old.rowid AND term IN ({_terms_of("old")});
        INSERT OR IGNORE INTO person_terms (term, key, rid)
            SELECT t, new.search_key, new.rowid FROM ({_terms_of("new")})
            WHERE new.deleted_at IS NULL;
    END""",
    f"""CREATE TRIGGER person_terms_delete AFTER DELETE ON persons
        WHEN old.deleted_at IS NULL BEGIN
        DELETE FROM person_terms WHERE key = old.search_key AND rid = old.rowid
            AND term IN ({_terms_of("old")});
    END""",
]


def apply(db) -> None:
    for statement in STATEMENTS:
        db.execute(statement)
    # the existing persons in one statement, sorted by the primary key: the b-tree is
    # written by appending (unsorted, 200,000 persons take four times as long)
    terms = " UNION ALL ".join(
        f"SELECT {term} AS term, p.search_key AS key, p.rowid AS rid FROM persons p, "
        f"{_words('p')} WHERE p.deleted_at IS NULL AND value <> ''" for term in TERMS)
    db.execute(f"INSERT OR IGNORE INTO person_terms (term, key, rid) "
               f"SELECT * FROM ({terms}) ORDER BY 1, 2, 3")
