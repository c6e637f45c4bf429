"""Records named for the Sync page: which person, appeal or protocol a conflict is about;
naming persons is audited without the names."""

from __future__ import annotations

import datetime as dt

from inspector_desk.domain.appeals import AppealDraft
from inspector_desk.domain.iin import make_iin
from inspector_desk.services import persons, receptions, register
from inspector_desk.services.record_titles import record_titles


def _audits(session) -> list[str]:
    return [r[0] for r in session.db.execute(
        "SELECT summary FROM audit WHERE action = 'sync.records.view' ORDER BY seq")]


def test_records_are_named_in_the_interface_language(session):
    iin = next(i for n in range(1, 50) if (i := make_iin(dt.date(1990, 5, 4), "F", n)))
    [pid] = persons.add_person(session, {"last_name": "Жұмабаева", "first_name": "Әлия",
                                         "iin": iin}).ids
    parole = register.find_category(session, "parole")
    [eid] = register.add_entry(session, pid, {"category_id": parole.id,
                                              "start_on": "2026-01-05",
                                              "basis_document": "Қаулы 1"}).ids
    [cid] = register.record_check(session, eid, checked_on=dt.date(2026, 2, 3),
                                  kind="home_visit", result="Үйінде").ids
    titles = record_titles(session, [("persons", pid), ("register_entries", eid),
                                     ("checks", cid), ("persons", "not-here"),
                                     ("outbox", "x")], "ru")
    assert titles == {("persons", pid): "Жұмабаева Әлия",
                      ("register_entries", eid): f"Жұмабаева Әлия — {parole.name_ru}",
                      ("checks", cid): "Жұмабаева Әлия — 03.02.2026"}
    [summary] = _audits(session)
    assert summary == "names of 3 records shown on the Sync page"


def test_an_appeal_is_named_by_its_number_and_that_is_not_a_personal_view(session):
    when = dt.datetime(2026, 3, 3, 11, 0)
    draft = AppealDraft(received_at=when, kind="complaint", format="courtyard",
                        summary="Түнгі шу", applicant_name="Жұмабаева Әлия", applicant_iin="")
    appeal = receptions.take_appeal(session, draft, now=when)
    titles = record_titles(session, [("appeals", appeal.id)], "kk")
    assert titles == {("appeals", appeal.id): f"№ {appeal.number}"}
    assert _audits(session) == []
