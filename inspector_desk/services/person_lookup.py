"""Persons from the register (and, later, the address book) for other features' forms:
a short list to pick from, and one person's details in the protocol exchange shape."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from inspector_desk.services.persons import full_name, plain_address
from inspector_desk.services.register import person_detail, search_persons
from inspector_desk.services.session import Session


@dataclass(frozen=True, slots=True)
class PersonChoice:
    """One line of a picker: enough to tell people apart, nothing more."""

    id: str
    name: str
    birth_date: str | None
    address: str


def find_persons(session: Session, query: str, limit: int = 20) -> list[PersonChoice]:
    """Persons whose name or IIN starts with the words of ``query`` (folded, as in the register)."""
    if not query.strip():
        return []
    rows = search_persons(session, query, offset=0, limit=limit)
    return [PersonChoice(r.id, r.name, r.birth_date, r.address) for r in rows]


def protocol_person(session: Session, person_id: str) -> dict[str, Any]:
    """A person as the protocol exchange format writes a subject or participant.

    Reading personal data for a protocol is audited (``person.view``, purpose protocol).
    """
    person = person_detail(session, person_id, purpose="protocol").person
    values: dict[str, Any] = {
        "last_name": person.get("last_name"),
        "first_name": person.get("first_name"),
        "patronymic": person.get("patronymic") or None,
        "iin": person.get("iin") or None,
        "birth_date": person.get("birth_date") or None,
        "sex": person.get("sex") or None,
        "address": plain_address(person) or None,
        "document": person.get("document") or None,
    }
    return {k: v for k, v in values.items() if v}


__all__ = ["PersonChoice", "find_persons", "protocol_person", "full_name"]
