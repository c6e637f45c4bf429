"""The planted defects of training exercises (domain guide §7) are caught with the right norm:
missing witness signatures, unsealed items, night search without urgency, no copy handed
over, contradictory times — in the exercise files and in every form they apply to."""

from __future__ import annotations

import pytest

from inspector_desk.domain.forms import Citation, read_protocol
from tests.domain.forms.helpers import DATA, hits, role_indexes, run, sample

K, U = "КоАП", "УПК"

#: exercise file → the only error findings it may produce: (rule, citation)
EXERCISES = {
    "koap-791.witness-signatures-missing.json": {("signatures.witnesses", Citation(K, 791, 12))},
    "koap-791.copy-not-handed.json": {("copy.handed", Citation(K, 791, 10))},
    "koap-791.belongings-without-witnesses.json": {
        ("witnesses.count_belongings", Citation(K, 791, 6))
    },
    "upk-254.item-not-sealed.json": {("items.sealed", Citation(U, 254, 14))},
    "upk-254.night-without-urgency.json": {("night.urgency", Citation(U, 197, 2))},
    "upk-255.contradictory-times.json": {("times.end_after_start", Citation(U, 199, 3))},
}


def test_every_exercise_file_is_listed():
    assert sorted(p.name for p in (DATA / "defects").glob("*.json")) == sorted(EXERCISES)


@pytest.mark.parametrize("name", sorted(EXERCISES))
def test_exercise_file_yields_exactly_its_planted_defect(name):
    result = run(read_protocol(DATA / "defects" / name).data)
    assert not result.compliant
    assert {(f.rule, f.citation) for f in result.errors} == EXERCISES[name]


WITNESS_SIGNATURE = {
    "koap-791": Citation(K, 791, 12),
    "koap-793": Citation(K, 794, 1),
    "koap-795": Citation(K, 795, 4),
    "upk-254": Citation(U, 199, 7),
    "upk-255": Citation(U, 199, 7),
}
SEALED = {
    "koap-793": Citation(K, 794, 7),
    "upk-253": Citation(U, 254, 15),
    "upk-254": Citation(U, 254, 14),
    "upk-255": Citation(U, 254, 14),
}
COPY = {
    "koap-791": Citation(K, 791, 10),
    "koap-793": Citation(K, 794, 10),
    "koap-795": Citation(K, 795, 2),
    "koap-803": Citation(K, 803, 8),
    "upk-253": Citation(U, 256, 4),
    "upk-254": Citation(U, 256, 4),
    "upk-255": Citation(U, 256, 4),
}
END_BEFORE_START = {
    "koap-791": Citation(K, 791, 10),
    "koap-793": Citation(K, 794, 1),
    "koap-795": Citation(K, 795, 2),
    "upk-253": Citation(U, 199, 3),
    "upk-254": Citation(U, 199, 3),
    "upk-255": Citation(U, 199, 3),
}


def _only(doc, rule, citation):
    found = hits(doc, rule)
    assert found and {f.citation for f in found} == {citation}
    assert {f.rule for f in run(doc).errors} == {rule}


@pytest.mark.parametrize("form", sorted(WITNESS_SIGNATURE))
def test_missing_witness_signatures(form):
    doc = sample(form)
    for i in role_indexes(doc, "witness"):
        doc["participants"][i]["signed"] = False
    _only(doc, "signatures.witnesses", WITNESS_SIGNATURE[form])
    assert len(hits(doc, "signatures.witnesses")) == len(role_indexes(doc, "witness"))


def test_a_witness_refusing_to_sign_does_not_make_up_for_the_signature():
    doc = sample("upk-254")
    doc["participants"][0]["signed"] = False
    doc["refusals"] = [{"who": "witness:0", "reason": "не захотел"}]
    assert [f.field for f in hits(doc, "signatures.witnesses")] == ["participants[0].signed"]


@pytest.mark.parametrize("form", sorted(SEALED))
def test_unsealed_items(form):
    doc = sample(form)
    doc["items"][-1]["packed_sealed"] = False
    doc["items"][-1]["seal"] = "пакет № 4"
    _only(doc, "items.sealed", SEALED[form])


@pytest.mark.parametrize("form", ["upk-253", "upk-254", "upk-255"])
@pytest.mark.parametrize(
    ("start", "end"), [("22:10", "23:00"), ("05:20", "06:30"), ("21:00", "22:01")]
)
def test_night_search_without_urgency(form, start, end):
    doc = sample(form)
    doc["start_time"], doc["end_time"] = start, end
    doc["copy_handed"]["at"] = f"{doc['date']}T23:30"
    _only(doc, "night.urgency", Citation(U, 197, 2))
    doc["night_urgency"] = "имелась реальная угроза уничтожения наркотических средств"
    assert run(doc).compliant


@pytest.mark.parametrize("form", ["upk-253", "upk-254", "upk-255"])
@pytest.mark.parametrize(("start", "end"), [("06:00", "09:00"), ("20:00", "22:00")])
def test_daytime_search_needs_no_urgency(form, start, end):
    doc = sample(form)
    doc["start_time"], doc["end_time"] = start, end
    doc["copy_handed"]["at"] = f"{doc['date']}T22:30"
    assert hits(doc, "night.urgency") == []


@pytest.mark.parametrize("form", sorted(COPY))
def test_missing_copy_handed_over(form):
    doc = sample(form)
    doc.pop("copy_handed")
    _only(doc, "copy.handed", COPY[form])


@pytest.mark.parametrize("form", sorted(END_BEFORE_START))
def test_contradictory_times(form):
    doc = sample(form)
    doc["end_time"] = "08:00"
    _only(doc, "times.end_after_start", END_BEFORE_START[form])


def test_copy_handed_before_the_search_ended_is_contradictory():
    doc = sample("upk-254")
    doc["copy_handed"]["at"] = "2026-03-20T11:00"
    _only(doc, "times.copy_after_end", Citation(U, 256, 4))


def test_search_past_midnight_is_consistent_with_its_end_date_but_needs_urgency():
    doc = sample("upk-254")
    doc.update(start_time="23:40", end_time="01:15", end_date="2026-03-21")
    doc["copy_handed"]["at"] = "2026-03-21T01:20"
    assert {f.rule for f in run(doc).errors} == {"night.urgency"}
