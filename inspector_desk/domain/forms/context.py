"""The facts a check computes once and every rule shares: the document, its moments, people."""

from __future__ import annotations

import datetime as dt
from functools import cached_property
from typing import Any

from inspector_desk.domain.forms.fieldpath import MISSING, FieldPath, walk
from inspector_desk.domain.forms.timing import (
    overlaps_night,
    parse_date,
    parse_moment,
    parse_time,
)

#: Pseudo-fields rules may name instead of a path.
ANCHORS = ("@date", "@start", "@end", "@end_or_start", "@night")


class Context:
    """A protocol document seen through the eyes of the rules.

    ``@date`` is the protocol date; ``@start``/``@end`` the action's start and end
    (``end_date`` when the action ran past midnight, else ``date``); ``@night`` whether the
    action touched night time.
    """

    def __init__(self, doc: Any) -> None:
        self.doc = doc if isinstance(doc, dict) else {}
        self._paths: dict[str, FieldPath] = {}

    @cached_property
    def date(self) -> dt.date | None:
        return parse_date(self.doc.get("date"))

    @cached_property
    def start(self) -> dt.datetime | None:
        clock = parse_time(self.doc.get("start_time"))
        if self.date is None or clock is None:
            return None
        return dt.datetime.combine(self.date, clock)

    @cached_property
    def end(self) -> dt.datetime | None:
        clock = parse_time(self.doc.get("end_time"))
        raw = self.doc.get("end_date")
        day = parse_date(raw) if raw is not None else self.date
        if day is None or clock is None:
            return None
        return dt.datetime.combine(day, clock)

    @cached_property
    def night(self) -> bool:
        if self.start is None:
            return False
        end = self.end if self.end is not None and self.end > self.start else None
        return overlaps_night(self.start, end)

    @cached_property
    def participants(self) -> list[tuple[int, dict]]:
        """``(index, participant)`` for every participant that is an object."""
        seq = self.doc.get("participants")
        if not isinstance(seq, list):
            return []
        return [(i, p) for i, p in enumerate(seq) if isinstance(p, dict)]

    @cached_property
    def subject_sex(self) -> str | None:
        sex = walk(self.doc, ("subject", "sex"))
        return sex if sex in ("M", "F") else None

    @cached_property
    def refused(self) -> set[str | int]:
        """Who refused to sign: ``"author"``, ``"subject"``, ``"owner"`` or participant indexes."""
        out: set[str | int] = set()
        refusals = self.doc.get("refusals")
        for r in refusals if isinstance(refusals, list) else ():
            if isinstance(r, dict) and isinstance(r.get("who"), str):
                ref = self.person_ref(r["who"])
                if ref is not None:
                    out.add(ref)
        return out

    def person_ref(self, ref: str) -> str | int | None:
        """``author``/``subject``/``owner`` as is; ``ROLE:INDEX`` → a participant index; else None.

        INDEX is read as an index into ``participants`` when that participant has ROLE,
        otherwise as the INDEX-th participant with ROLE (the contract allows both readings).
        """
        if ref in ("author", "subject", "owner"):
            return ref
        role, sep, index = ref.partition(":")
        if not sep or not index.isascii() or not index.isdigit():
            return None
        n = int(index)
        seq = self.doc.get("participants")
        if (
            isinstance(seq, list)
            and n < len(seq)
            and isinstance(seq[n], dict)
            and (seq[n].get("role") == role)
        ):
            return n
        same_role = self.with_role((role,))
        return same_role[n][0] if n < len(same_role) else None

    def with_role(self, roles: tuple[str, ...]) -> list[tuple[int, dict]]:
        return [(i, p) for i, p in self.participants if p.get("role") in roles]

    def value(self, ref: str, element: Any = None) -> Any:
        """The value of a path or anchor; a relative path when ``element`` is given."""
        if ref.startswith("@"):
            return self.anchor(ref)
        path = self._paths.get(ref)
        if path is None:
            path = self._paths[ref] = FieldPath.compile(ref)
        return path.get(element if element is not None else self.doc)

    def anchor(self, name: str) -> Any:
        if name == "@date":
            return self.date
        if name == "@start":
            return self.start
        if name == "@end":
            return self.end
        if name == "@end_or_start":
            return self.end or self.start or self.date
        if name == "@night":
            return self.night
        return MISSING

    def moment(self, ref: str, element: Any = None) -> dt.datetime | dt.date | None:
        """A path or anchor as a datetime or date (``None`` if absent or malformed)."""
        value = self.value(ref, element)
        if isinstance(value, dt.date):
            return value
        return parse_moment(value)
