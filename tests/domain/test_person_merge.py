"""Persons registered twice under one IIN: which record stays and what it takes."""

from __future__ import annotations

from inspector_desk.domain.person_merge import PersonMerge, plan_merges


def _p(rid, iin, **values):
    return {"id": rid, "iin": iin, **values}


def test_the_first_registered_stays_and_fills_only_its_empty_fields():
    rows = [_p("01b", "880502300109", phone="+77020000002", document="N 1", notes=""),
            _p("01a", "880502300109", phone="+77010000001", document="", notes=None),
            _p("01c", "900101400123", phone="")]
    merges = plan_merges(rows)
    assert merges == [PersonMerge("01a", "01b", {"document": "N 1"})]
    assert plan_merges(reversed(rows)) == merges  # the same on every device


def test_three_records_of_one_person_merge_into_the_first_in_turn():
    rows = [_p("03", "880502300109", street="Абай", house="5"),
            _p("02", "880502300109", street="Абай", phone="+77010000001"),
            _p("01", "880502300109")]
    assert plan_merges(rows) == [
        PersonMerge("01", "02", {"street": "Абай", "phone": "+77010000001"}),
        PersonMerge("01", "03", {"house": "5"})]


def test_persons_without_an_iin_are_never_merged():
    assert plan_merges([_p("01", None), _p("02", None), _p("03", "")]) == []
