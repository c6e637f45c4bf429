"""Persons of the precinct: validation shared by forms and import, add, update, view.

A person's IIN is validated (check digit, birth date and sex derived); a birth date or sex
that contradicts the IIN is refused with the reason. ``persons.search_key`` holds the
folded name (Kazakh letters to Russian, case and diacritics away) for search-as-you-type;
the ``person_terms`` table follows it through triggers (see migration 0009).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from inspector_desk.domain.iin import InvalidIin, parse_iin, reason_text
from inspector_desk.domain.register import normalize_phone, parse_date, parse_sex
from inspector_desk.domain.textfold import fold_tokens
from inspector_desk.messages import text
from inspector_desk.services.session import Changes, Session

#: The person fields a form or an import row may carry (all given as text).
PERSON_FIELDS = ("iin", "last_name", "first_name", "patronymic", "birth_date", "sex",
                 "document", "phone", "settlement", "street", "house", "apartment", "notes")
REQUIRED = ("iin", "last_name", "first_name")
_NAME = re.compile(r"^[^\W\d_]+(?:[ \-'’.][^\W\d_]+)*\.?$")
_MAX_LEN = {"notes": 4000, "document": 200}
_DEFAULT_MAX = 120
#: The largest photo a person may carry (the file as chosen: JPEG or PNG).
PHOTO_MAX_BYTES = 2 * 1024 * 1024


class RegisterError(ValueError):
    """Input an officer must correct; ``field`` names the form field or import column."""

    def __init__(self, code: str, field: str | None = None, **params: object) -> None:
        super().__init__(code)
        self.code, self.field, self.params = code, field, params

    def message(self, lang: str = "en") -> str:
        params = dict(self.params)
        if self.code == "field_required":
            params["field"] = field_label(self.field or "", lang)
        if self.code == "iin_invalid":
            params["reason"] = reason_text(str(params.pop("reason_code")), lang)
        if self.code == "iin_sex":
            params["derived"] = text(f"register.sex.{params['derived']}", lang)
        return text(f"register.{self.code}", lang, **params)

    def __str__(self) -> str:
        return self.message("en")


def field_label(name: str, lang: str) -> str:
    """The name of a field or import column in ``lang``."""
    try:
        return text(f"register.field.{name}", lang)
    except KeyError:
        return name


def search_key(last_name: str, first_name: str, patronymic: str = "") -> str:
    """The folded name words, last name first (what search and sorting use)."""
    return " ".join(fold_tokens(f"{last_name} {first_name} {patronymic}"))


def check_person(raw: Mapping[str, Any], *, today: dt.date | None = None,
                 partial: bool = False) -> tuple[dict[str, Any], list[RegisterError]]:
    """Clean the person fields in ``raw``; returns the values and every problem found.

    With ``partial`` (an import updating a person) missing fields are simply left out;
    otherwise the required ones must be there. Text is stripped; dates become ISO.
    """
    today = today or dt.date.today()
    values: dict[str, Any] = {}
    problems: list[RegisterError] = []
    given = {k: ("" if raw.get(k) is None else str(raw.get(k)).strip()) for k in PERSON_FIELDS
             if k in raw}
    for name in REQUIRED:
        if not given.get(name) and not partial:
            problems.append(RegisterError("field_required", name))
    info = None
    if given.get("iin"):
        try:
            info = parse_iin(given["iin"], today=today)
            values["iin"] = info.iin
        except InvalidIin as exc:
            problems.append(RegisterError("iin_invalid", "iin", reason_code=exc.code))
    for name in ("last_name", "first_name", "patronymic"):
        value = " ".join(given.get(name, "").split())
        if name in given:
            if value and not _NAME.match(value):
                problems.append(RegisterError("bad_name", name))
            elif len(value) > _DEFAULT_MAX:
                problems.append(RegisterError("too_long", name, n=_DEFAULT_MAX))
            elif value or not partial:
                values[name] = value
    if given.get("birth_date"):
        try:
            born = parse_date(given["birth_date"])
        except ValueError:
            problems.append(RegisterError("bad_date", "birth_date", value=given["birth_date"]))
        else:
            if born > today:
                problems.append(RegisterError("birth_future", "birth_date"))
            elif info and born != info.birth_date:
                problems.append(RegisterError("iin_birth_date", "birth_date",
                                              given=f"{born:%d.%m.%Y}",
                                              derived=f"{info.birth_date:%d.%m.%Y}"))
            else:
                values["birth_date"] = born.isoformat()
    if given.get("sex"):
        sex = parse_sex(given["sex"])
        if sex is None:
            problems.append(RegisterError("bad_sex", "sex", value=given["sex"]))
        elif info and sex != info.sex:
            problems.append(RegisterError("iin_sex", "sex", derived=info.sex))
        else:
            values["sex"] = sex
    if info:
        values.setdefault("birth_date", info.birth_date.isoformat())
        values.setdefault("sex", info.sex)
    if given.get("phone"):
        phone = normalize_phone(given["phone"])
        if phone is None:
            problems.append(RegisterError("bad_phone", "phone", value=given["phone"]))
        else:
            values["phone"] = phone
    elif "phone" in given and not partial:
        values["phone"] = ""
    for name in ("document", "settlement", "street", "house", "apartment", "notes"):
        if name not in given or (partial and not given[name]):
            continue
        limit = _MAX_LEN.get(name, _DEFAULT_MAX)
        if len(given[name]) > limit:
            problems.append(RegisterError("too_long", name, n=limit))
        else:
            values[name] = given[name] if name == "notes" else " ".join(given[name].split())
    return values, problems


def photo_kind(data: bytes) -> str | None:
    """``"jpeg"`` or ``"png"`` when ``data`` begins like one, else ``None``."""
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    return None


def check_photo(data: Any) -> bytes | None:
    """The photo to store (``None`` or empty: no photo); refused when too large or not a
    JPEG/PNG image."""
    if data is None or data == b"":
        return None
    if not isinstance(data, bytes | bytearray | memoryview):
        raise RegisterError("photo_not_image", "photo")
    data = bytes(data)
    if len(data) > PHOTO_MAX_BYTES:
        raise RegisterError("photo_too_big", "photo", mb=PHOTO_MAX_BYTES // (1024 * 1024))
    if photo_kind(data) is None:
        raise RegisterError("photo_not_image", "photo")
    return data


def _validated(raw: Mapping[str, Any], *, partial: bool = False) -> dict[str, Any]:
    values, problems = check_person(raw, partial=partial)
    if problems:
        raise problems[0]
    return values


def _ensure_iin_free(session: Session, iin: str | None, except_id: str | None = None) -> None:
    if not iin:
        return
    row = session.db.execute(
        "SELECT id FROM persons WHERE iin = ? AND deleted_at IS NULL", [iin]).fetchone()
    if row and row[0] != except_id:
        raise RegisterError("iin_taken", "iin")


def add_person(session: Session, data: Mapping[str, Any]) -> Changes:
    """Add a person (form input as text, an optional ``photo`` as JPEG/PNG bytes);
    ``Changes.ids`` holds the new id."""
    values = _validated(data)
    photo = check_photo(data.get("photo"))
    if photo is not None:
        values["photo"] = photo
    with session.write() as tx:
        _ensure_iin_free(session, values.get("iin"))
        values["search_key"] = search_key(values["last_name"], values["first_name"],
                                          values.get("patronymic", ""))
        pid = tx.insert("persons", values)
        tx.audit("person.add", "persons", pid, "person added")
    return tx.changes


def update_person(session: Session, person_id: str, data: Mapping[str, Any]) -> Changes:
    """Change the fields given in ``data`` (the others stay).

    ``photo`` given as bytes replaces the photo, given as ``None`` removes it; absent, the
    photo stays."""
    values = _validated(data, partial=True)
    if "photo" in data:
        values["photo"] = check_photo(data["photo"])
    for name in REQUIRED:
        if name in data and not str(data[name] or "").strip():
            raise RegisterError("field_required", name)
    with session.write() as tx:
        current = _get_live(tx, person_id)
        _ensure_iin_free(session, values.get("iin"), except_id=person_id)
        merged = {**current, **values}
        values["search_key"] = search_key(merged["last_name"], merged["first_name"],
                                          merged.get("patronymic") or "")
        old = tx.update("persons", person_id, values)
        if old:
            fields = ", ".join(sorted(k for k in old if k != "search_key"))
            tx.audit("person.update", "persons", person_id, f"fields changed: {fields}")
    return tx.changes


def remove_person(session: Session, person_id: str) -> Changes:
    """Tombstone a person with no open register entry (their IIN becomes free again)."""
    with session.write() as tx:
        _get_live(tx, person_id)
        if tx.db.execute("SELECT 1 FROM register_entries WHERE person_id = ? AND status = "
                         "'active' AND deleted_at IS NULL LIMIT 1", [person_id]).fetchone():
            raise RegisterError("on_register")
        tx.delete("persons", person_id)
        tx.audit("person.remove", "persons", person_id, "person removed")
    return tx.changes


def _get_live(tx, person_id: str) -> dict[str, Any]:
    try:
        row = tx.get("persons", person_id)
    except KeyError:
        raise RegisterError("not_found") from None
    if row.get("deleted_at"):
        raise RegisterError("not_found")
    return row


def full_name(person: Mapping[str, Any]) -> str:
    """"Last First Patronymic" as written."""
    return " ".join(p for p in (person.get("last_name"), person.get("first_name"),
                                person.get("patronymic")) if p)


def plain_address(person: Mapping[str, Any]) -> str:
    """The plain address of a person (until the precinct's address book links a household)."""
    parts = [person.get("settlement") or "", person.get("street") or ""]
    house = person.get("house") or ""
    if person.get("apartment"):
        house = f"{house}, кв. {person['apartment']}" if house else f"кв. {person['apartment']}"
    parts.append(house)
    return ", ".join(p for p in parts if p)
