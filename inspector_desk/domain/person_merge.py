"""Two records of one person (the same IIN), registered on two devices while offline, merged
the same way on every device: the first registered record (the smaller id — ids are
UUIDv7, ordered by creation) stays; it takes the other's values for the fields it has
empty; the other's register entries, checks and appeals move to it; the other is removed
with ``merged_into`` naming the one that stays. Nothing of the other record is lost: its
values that differ stay in its removed row, and the audit names both.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

#: fields a merge fills on the remaining record when it has none
FILLED = ("patronymic", "birth_date", "sex", "document", "phone", "settlement", "street",
          "house", "apartment", "household_id", "photo", "notes")


@dataclass(frozen=True, slots=True)
class PersonMerge:
    stays: str  # the id of the record that remains
    goes: str  # the id of the record merged into it
    fill: dict[str, Any] = field(default_factory=dict)  # values ``stays`` takes from ``goes``


def plan_merges(persons: Iterable[Mapping[str, Any]]) -> list[PersonMerge]:
    """The merges of live ``persons`` (rows with ``id``, ``iin`` and the :data:`FILLED`
    fields) that share an IIN; the same list for the same rows in any order."""
    by_iin: dict[str, list[Mapping[str, Any]]] = {}
    for person in persons:
        if person.get("iin"):
            by_iin.setdefault(person["iin"], []).append(person)
    merges = []
    for iin in sorted(by_iin):
        group = sorted(by_iin[iin], key=lambda p: p["id"])
        stays = dict(group[0])
        for goes in group[1:]:
            fill = {name: goes[name] for name in FILLED
                    if _empty(stays.get(name)) and not _empty(goes.get(name))}
            stays.update(fill)
            merges.append(PersonMerge(stays["id"], goes["id"], fill))
    return merges


def _empty(value: Any) -> bool:
    return value is None or value == ""
