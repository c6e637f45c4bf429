"""Import and export of persons and register entries (contract ``persons-import.md`` v1).

Reading: ``.csv`` in UTF-8 (with or without BOM) or Windows-1251, ``,``/``;``/tab
delimited, or ``.xlsx`` (first sheet). The header row (the first row naming the IIN and
name columns, within the first ten) is required; Russian and Kazakh header names are
aliases. Every invalid row is reported with its row number (as Excel shows it), column
(as written in the file) and the reason in the user's language.

Writing: one transaction for the whole file. ``abort`` (default) writes nothing when any
row is invalid; ``skip`` imports the valid rows and writes ``NAME.rejected.csv`` beside
the file with a reason column. Importing the same file twice changes nothing.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from inspector_desk.domain.register import default_end
from inspector_desk.domain.textfold import fold_tokens
from inspector_desk.messages import text
from inspector_desk.progress import NO_PROGRESS, Progress
from inspector_desk.services.persons import (
    PERSON_FIELDS,
    RegisterError,
    check_person,
    search_key,
)
from inspector_desk.services.register import (
    Category,
    basis_text,
    categories_by_id,
    find_category,
    list_categories,
)
from inspector_desk.services.session import Session

#: The columns of the format, in the order export writes them.
COLUMNS = ("iin", "last_name", "first_name", "patronymic", "birth_date", "sex", "document",
           "phone", "settlement", "street", "house", "apartment", "register_category",
           "register_basis", "register_start", "register_end", "notes")
REQUIRED_COLUMNS = ("iin", "last_name", "first_name")
ALIASES: dict[str, tuple[str, ...]] = {
    "iin": ("иин", "жсн", "иин жсн", "жсн иин"),
    "last_name": ("фамилия", "тегі"),
    "first_name": ("имя", "аты"),
    "patronymic": ("отчество", "әкесінің аты", "экесинин аты"),
    "birth_date": ("дата рождения", "туған күні", "туылған күні"),
    "sex": ("пол", "жынысы"),
    "document": ("документ", "құжат", "удостоверение личности", "жеке куәлік"),
    "phone": ("телефон", "тел"),
    "settlement": ("населенный пункт", "населённый пункт", "елді мекен", "село", "ауыл"),
    "street": ("улица", "көше", "көшесі"),
    "house": ("дом", "үй"),
    "apartment": ("квартира", "кв", "пәтер"),
    "register_category": ("категория учета", "категория", "есеп санаты", "санат"),
    "register_basis": ("основание учета", "основание", "есеп негізі", "негіз"),
    "register_start": ("начало учета", "дата постановки на учет", "есептің басталуы",
                       "есепке қойылған күні", "есепке қою күні"),
    "register_end": ("окончание учета", "дата снятия с учета", "есептің аяқталуы"),
    "notes": ("примечания", "примечание", "ескертпелер", "ескертпе"),
}
MAX_BYTES = 64 * 1024 * 1024
HEADER_SEARCH_ROWS = 10


def _key(name: str) -> str:
    return " ".join(fold_tokens(name.replace("_", " ")))


_HEADER: dict[str, str] = {}
for _col in COLUMNS:
    _HEADER[_key(_col)] = _col
    for _alias in ALIASES.get(_col, ()):
        _HEADER[_key(_alias)] = _col


class ImportFileError(RegisterError):
    """The file as a whole cannot be imported (encoding, not a table, merged header…)."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(f"import.{code}", None, **params)


@dataclass(frozen=True, slots=True)
class RowProblem:
    """One reason a row is invalid: row number as in the file, column as in its header."""

    row: int
    column: str
    error: str

    def as_dict(self) -> dict[str, Any]:
        return {"row": self.row, "column": self.column, "error": self.error}


@dataclass(slots=True)
class Table:
    """A read file: header cells as written, the column each maps to, data rows."""

    header: list[str]
    columns: list[str | None]
    rows: list[tuple[int, list[str]]]
    delimiter: str = ","


@dataclass(slots=True)
class ImportResult:
    imported: int = 0
    updated: int = 0
    entries: int = 0
    unchanged: int = 0
    rejected: list[RowProblem] = field(default_factory=list)
    rejected_rows: int = 0
    rejected_path: Path | None = None
    dry_run: bool = False
    written: bool = False
    preview: list[dict[str, str]] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        """The CLI contract's JSON summary."""
        return {"imported": self.imported, "updated": self.updated,
                "rejected": [p.as_dict() for p in self.rejected]}


# -- reading ---------------------------------------------------------------------------------
def read_table(path: Path) -> Table:
    """Read a ``.csv`` or ``.xlsx`` file into a :class:`Table` (``ImportFileError`` if not)."""
    path = Path(path)
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise ImportFileError("too_large", size=size // (1024 * 1024), limit=MAX_BYTES // 2**20)
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        return _read_xlsx(path)
    if suffix in (".csv", ".txt"):
        return _read_csv(path.read_bytes())
    raise ImportFileError("unsupported")


def _decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for encoding in ("utf-8", "cp1251"):
        try:
            content = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        bad = sum(1 for c in content[:200_000] if ord(c) < 32 and c not in "\t\r\n")
        if bad:
            break
        return content
    raise ImportFileError("unknown_encoding")


def _read_csv(data: bytes) -> Table:
    content = _decode(data)
    lines = content.splitlines()
    head = [line for line in lines[:HEADER_SEARCH_ROWS] if line.strip()]
    if not head:
        raise ImportFileError("not_a_table")
    delimiter = max((";", ",", "\t"), key=lambda d: max(line.count(d) for line in head))
    reader = csv.reader(io.StringIO(content, newline=""), delimiter=delimiter)
    rows: list[tuple[int, list[str]]] = []
    header_at = None
    for number, cells in enumerate(reader, start=1):
        if header_at is None:
            if number > HEADER_SEARCH_ROWS:
                raise ImportFileError("not_a_table")
            if _is_header(cells):
                header_at = number
                header = [c.strip() for c in cells]
            continue
        rows.append((reader.line_num, cells))
    if header_at is None:
        raise ImportFileError("not_a_table")
    table = Table(header, _map_header(header), rows, delimiter)
    return table


def _is_header(cells: list[str]) -> bool:
    mapped = {_HEADER.get(_key(c)) for c in cells if c.strip()}
    return "iin" in mapped and ("last_name" in mapped or "first_name" in mapped)


def _map_header(header: list[str]) -> list[str | None]:
    columns: list[str | None] = []
    for cell in header:
        col = _HEADER.get(_key(cell)) if cell.strip() else None
        if col is not None and col in columns:
            raise ImportFileError("duplicate_column", column=cell)
        columns.append(col)
    for col in REQUIRED_COLUMNS:
        if col not in columns:
            raise ImportFileError("missing_column", column=text(f"register.field.{col}", "ru")
                                  + f" / {col}")
    return columns


def _cell(value: Any, column: str | None) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        s = str(value)
        # Excel drops the leading zero of an IIN born in 2000–2009 stored as a number
        return s.zfill(12) if column == "iin" and len(s) < 12 else s
    return str(value)


def _read_xlsx(path: Path) -> Table:
    import zipfile

    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
        sheet = book.worksheets[0]
        all_rows = list(sheet.iter_rows(values_only=True))
        merged = _merged_ranges(path, book)
        book.close()
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, IndexError, TypeError):
        raise ImportFileError("bad_xlsx") from None
    header_at = None
    for number, cells in enumerate(all_rows[:HEADER_SEARCH_ROWS], start=1):
        if _is_header([_cell(c, None) for c in cells]):
            header_at = number
            break
    if header_at is None:
        raise ImportFileError("not_a_table")
    in_header = [ref for ref in merged if _rows_of(ref)[0] <= header_at <= _rows_of(ref)[1]]
    if in_header:
        raise ImportFileError("merged_header", cells=", ".join(in_header))
    header = [_cell(c, None).strip() for c in all_rows[header_at - 1]]
    while header and not header[-1]:
        header.pop()
    columns = _map_header(header)
    rows = [(number, [_cell(v, columns[i] if i < len(columns) else None)
                      for i, v in enumerate(cells)])
            for number, cells in enumerate(all_rows[header_at:], start=header_at + 1)]
    return Table(header, columns, rows, ",")


def _merged_ranges(path: Path, book) -> list[str]:
    """The merged cell ranges of the first sheet (read-only mode does not expose them)."""
    import re
    import zipfile

    sheet_xml = getattr(book.worksheets[0], "_worksheet_path", None) or "xl/worksheets/sheet1.xml"
    with zipfile.ZipFile(path) as archive:
        name = sheet_xml.lstrip("/")
        if name not in archive.namelist():
            return []
        data = archive.read(name)
    return [m.decode() for m in re.findall(rb'<(?:\w+:)?mergeCell ref="([A-Z0-9:]+)"', data)]


def _rows_of(ref: str) -> tuple[int, int]:
    import re

    nums = [int(n) for n in re.findall(r"\d+", ref)]
    return (nums[0], nums[-1]) if nums else (0, 0)


# -- validating and planning -----------------------------------------------------------------
@dataclass(slots=True)
class _Row:
    number: int
    cells: list[str]
    values: dict[str, str]
    person: dict[str, Any] = field(default_factory=dict)
    entry: dict[str, Any] | None = None


def _problem(row: int, table: Table, column: str | None, error: RegisterError,
             lang: str) -> RowProblem:
    label = column or "?"
    if column and column in table.columns:
        label = table.header[table.columns.index(column)] or column
    return RowProblem(row, label, error.message(lang))


_ENTRY_FIELD_TO_COLUMN = {"category": "register_category", "start_on": "register_start",
                          "end_on": "register_end"}


def _check_rows(session: Session, table: Table, lang: str, today: dt.date,
                progress: Progress) -> tuple[list[_Row], list[RowProblem], set[int]]:
    categories = list_categories(session, include_inactive=True)
    cat_cache: dict[str, Category | None] = {}
    good: list[_Row] = []
    problems: list[RowProblem] = []
    bad_rows: set[int] = set()
    existing = _existing_iins(session, table)
    for index, (number, cells) in enumerate(table.rows):
        if index % 1000 == 0:
            progress.update(index, len(table.rows), "check")
        if not any(c.strip() for c in cells):
            continue
        values = {col: cells[i].strip() for i, col in enumerate(table.columns)
                  if col and i < len(cells)}
        row_problems: list[RowProblem] = []
        iin = values.get("iin", "")
        person, errors = check_person(values, today=today,
                                      partial=bool(iin and iin in existing))
        if iin and iin in existing:
            for name in ("last_name", "first_name"):
                values.setdefault(name, "")
        row_problems += [_problem(number, table, e.field, e, lang) for e in errors]
        entry = None
        code = values.get("register_category", "")
        if code:
            if code not in cat_cache:
                cat_cache[code] = next((c for c in categories if c.code == code), None) or \
                    find_category(session, code)
            cat = cat_cache[code]
            if cat is None:
                row_problems.append(_problem(number, table, "register_category", RegisterError(
                    "unknown_category", value=code), lang))
            entry, entry_problems = _check_entry_cells(values, cat, today)
            row_problems += [_problem(number, table, col, e, lang) for col, e in entry_problems]
        else:
            for col in ("register_basis", "register_start", "register_end"):
                if values.get(col):
                    row_problems.append(_problem(number, table, "register_category",
                                                 RegisterError("field_required",
                                                               "register_category"), lang))
                    break
        if row_problems:
            problems += row_problems
            bad_rows.add(number)
        else:
            good.append(_Row(number, cells, values, person, entry))
    return good, problems, bad_rows


def _check_entry_cells(values: Mapping[str, str], cat: Category | None,
                       today: dt.date) -> tuple[dict[str, Any] | None,
                                                list[tuple[str, RegisterError]]]:
    from inspector_desk.domain.register import parse_date

    problems: list[tuple[str, RegisterError]] = []
    dates: dict[str, dt.date | None] = {}
    for col in ("register_start", "register_end"):
        raw = values.get(col, "")
        dates[col] = None
        if raw:
            try:
                dates[col] = parse_date(raw)
            except ValueError:
                problems.append((col, RegisterError("bad_date", col, value=raw)))
    start, end = dates["register_start"], dates["register_end"]
    if not values.get("register_basis"):
        problems.append(("register_basis", _MessageError("register.import.basis_required")))
    if not values.get("register_start"):
        problems.append(("register_start", _MessageError("register.import.start_required")))
    elif start and start > today:
        problems.append(("register_start", RegisterError("start_future", "register_start")))
    if start and end and end < start:
        problems.append(("register_end", RegisterError("end_before_start", "register_end")))
    if problems or cat is None or start is None:
        return None, problems
    end = end or default_end(start, cat.period_days)
    return {"category_id": cat.id, "start_on": start.isoformat(),
            "end_on": end.isoformat() if end else None,
            "basis_document": " ".join(values["register_basis"].split()),
            "check_interval_days": cat.check_interval_days}, []


class _MessageError(RegisterError):
    def __init__(self, message_id: str) -> None:
        super().__init__(message_id)
        self.message_id = message_id

    def message(self, lang: str = "en") -> str:
        return text(self.message_id, lang)


def _existing_iins(session: Session, table: Table) -> dict[str, dict[str, Any]]:
    if "iin" not in table.columns:
        return {}
    col = table.columns.index("iin")
    iins = sorted({cells[col].strip() for _, cells in table.rows if col < len(cells)} - {""})
    found: dict[str, dict[str, Any]] = {}
    names = ("id", *PERSON_FIELDS)
    for start in range(0, len(iins), 500):
        chunk = iins[start:start + 500]
        cur = session.db.execute(
            f"SELECT {', '.join(names)} FROM persons WHERE deleted_at IS NULL AND iin IN "
            f"({','.join('?' * len(chunk))})", chunk)
        for row in cur.fetchall():
            found[row[1]] = dict(zip(names, row, strict=True))
    return found


def import_persons(session: Session, path: Path, *, on_error: str = "abort",
                   dry_run: bool = False, lang: str = "ru", today: dt.date | None = None,
                   progress: Progress = NO_PROGRESS, preview_rows: int = 0) -> ImportResult:
    """Import ``path`` (see the module docstring); returns counts and every rejected row.

    Raises :class:`ImportFileError` when the file as a whole cannot be read.
    """
    today = today or dt.date.today()
    table = read_table(Path(path))
    good, problems, bad_rows = _check_rows(session, table, lang, today, progress)
    result = ImportResult(rejected=problems, rejected_rows=len(bad_rows), dry_run=dry_run)
    result.preview = [r.values for r in good[:preview_rows]]
    if problems and on_error == "abort":
        _plan_and_apply(session, good, result, write=False, progress=progress)
        return result
    _plan_and_apply(session, good, result, write=not dry_run, progress=progress)
    if problems and on_error == "skip" and not dry_run:
        result.rejected_path = write_rejected(Path(path), table, problems, bad_rows, lang)
    return result


def _plan_and_apply(session: Session, rows: list[_Row], result: ImportResult, *, write: bool,
                    progress: Progress) -> None:
    """Work out (and with ``write`` apply, in one transaction) what the rows change."""
    existing = {}
    if rows:
        fake = Table(["iin"], ["iin"], [(r.number, [r.values.get("iin", "")]) for r in rows])
        existing = _existing_iins(session, fake)
    entries = _existing_entries(session, [p["id"] for p in existing.values()])
    created: dict[str, str] = {}
    if not write:
        _plan(rows, existing, entries, result, None, created)
        return
    with session.write() as tx:
        officer_id = session.actor.officer_id if session.actor else None
        _plan(rows, existing, entries, result, tx, created, progress, officer_id)
        if result.imported or result.updated or result.entries:
            result.written = True
            tx.audit("persons.import", "persons", None,
                     f"import: {result.imported} new, {result.updated} updated, "
                     f"{result.entries} register entries, {result.rejected_rows} rows rejected")


def _plan(rows, existing, entries, result: ImportResult, tx, created: dict[str, str],
          progress: Progress = NO_PROGRESS, officer_id: str | None = None) -> None:
    """Count (and with ``tx`` write) what ``rows`` change. New persons and register entries
    are collected and written in bulk at the end (:meth:`Tx.insert_many`); a new person's
    id is ``new:IIN`` until then, and a later row for the same new IIN changes the values
    to insert instead of updating a just-inserted row."""
    new_persons: dict[str, dict[str, Any]] = {}  # IIN → values, in file order
    new_entries: list[dict[str, Any]] = []
    for index, row in enumerate(rows):
        if tx is not None and index % 500 == 0:
            progress.update(index, len(rows), "write")
        iin = row.person["iin"]
        current = existing.get(iin)
        if current is None:
            values = dict(row.person)
            values["search_key"] = search_key(values["last_name"], values["first_name"],
                                              values.get("patronymic", ""))
            new_persons[iin] = values
            existing[iin] = {"id": f"new:{iin}", **values}
            result.imported += 1
            pid = existing[iin]["id"]
        else:
            pid = current["id"]
            changed = {k: v for k, v in row.person.items()
                       if v not in ("", None) and current.get(k) != v}
            if changed:
                merged = {**current, **changed}
                if {"last_name", "first_name", "patronymic"} & set(changed):
                    changed["search_key"] = search_key(merged["last_name"], merged["first_name"],
                                                       merged.get("patronymic") or "")
                if iin in new_persons:
                    new_persons[iin].update(changed)
                else:
                    if tx is not None:
                        tx.update("persons", pid, changed)
                    result.updated += 1
                existing[iin] = {**merged, **changed}
            else:
                result.unchanged += 1
        if row.entry is not None:
            key = (pid, row.entry["category_id"], row.entry["start_on"])
            if key not in entries:
                entries.add(key)
                result.entries += 1
                new_entries.append({**row.entry, "person_id": pid, "status": "active",
                                    "officer_id": officer_id})
    if tx is None:
        return
    ids = tx.insert_many("persons", new_persons.values())
    created.update(zip(new_persons, ids, strict=True))
    for entry in new_entries:
        if entry["person_id"].startswith("new:"):
            entry["person_id"] = created[entry["person_id"][4:]]
    tx.insert_many("register_entries", new_entries)


def _existing_entries(session: Session, person_ids: list[str]) -> set[tuple[str, str, str]]:
    found: set[tuple[str, str, str]] = set()
    for start in range(0, len(person_ids), 500):
        chunk = person_ids[start:start + 500]
        for row in session.db.execute(
                "SELECT person_id, category_id, start_on FROM register_entries WHERE "
                f"deleted_at IS NULL AND person_id IN ({','.join('?' * len(chunk))})", chunk):
            found.add((row[0], row[1], row[2]))
    return found


def write_rejected(path: Path, table: Table, problems: list[RowProblem], bad_rows: set[int],
                   lang: str) -> Path:
    """``NAME.rejected.csv`` beside ``path``: the rejected rows as read, plus a reason column."""
    target = path.with_name(f"{path.stem}.rejected.csv")
    reasons: dict[int, list[str]] = {}
    for p in problems:
        reasons.setdefault(p.row, []).append(f"{p.column}: {p.error}")
    with target.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=table.delimiter if table.delimiter != "\t" else ";")
        writer.writerow([*table.header, text("register.import.reason_column", lang)])
        for number, cells in table.rows:
            if number in bad_rows:
                padded = list(cells) + [""] * (len(table.header) - len(cells))
                writer.writerow([*padded[:len(table.header)], "; ".join(reasons[number])])
    return target


# -- export ----------------------------------------------------------------------------------
def export_rows(session: Session) -> list[dict[str, str]]:
    """Every person with each register entry as a row of the import format (audited)."""
    codes = {cid: c.code for cid, c in categories_by_id(session).items()}
    cur = session.db.execute(
        f"SELECT p.id, {', '.join('p.' + f for f in PERSON_FIELDS)} FROM persons p "
        "WHERE p.deleted_at IS NULL ORDER BY p.search_key, p.id")
    persons = cur.fetchall()
    by_person: dict[str, list[dict[str, Any]]] = {}
    ecur = session.db.execute("SELECT * FROM register_entries WHERE deleted_at IS NULL "
                              "ORDER BY start_on, id")
    cols = [d[0] for d in ecur.description]
    for r in ecur.fetchall():
        e = dict(zip(cols, r, strict=True))
        by_person.setdefault(e["person_id"], []).append(e)
    out: list[dict[str, str]] = []
    for row in persons:
        base = {f: ("" if v is None else str(v)) for f, v in zip(PERSON_FIELDS, row[1:],
                                                                  strict=True)}
        base_row = {c: base.get(c, "") for c in COLUMNS}
        entries = by_person.get(row[0], [])
        if not entries:
            out.append(base_row)
        for e in entries:
            out.append({**base_row, "register_category": codes.get(e["category_id"], ""),
                        "register_basis": basis_text(e), "register_start": e["start_on"],
                        "register_end": e["end_on"] or ""})
    session.record_access("persons.export", "persons", None,
                          f"persons exported: {len(persons)}")
    return out


def write_export(rows: Iterable[Mapping[str, str]], fmt: str, out) -> None:
    """Write export rows as ``csv`` (header = the import columns) or ``json`` to ``out``."""
    if fmt == "json":
        json.dump(list(rows), out, ensure_ascii=False, indent=1)
        out.write("\n")
        return
    writer = csv.DictWriter(out, fieldnames=list(COLUMNS), lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow(row)
