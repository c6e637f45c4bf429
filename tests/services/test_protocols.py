"""Protocol lifecycle (issue 5): drafts, autosave, finalize and seal, amend, void, exchange."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlcipher3.dbapi2 import DatabaseError

from inspector_desk.domain.forms import ProtocolRefused, check, seal_hash
from inspector_desk.services import protocols as svc
from inspector_desk.services.protocols import ProtocolError

DATA = Path(__file__).resolve().parents[1] / "data" / "protocols"


def sample(form: str = "koap-791") -> dict:
    return json.loads((DATA / f"{form}.json").read_text(encoding="utf-8"))


def outbox_count(session) -> int:
    return session.db.execute("SELECT count(*) FROM outbox").fetchone()[0]


def audit_rows(session) -> list[tuple]:
    return session.db.execute("SELECT action, entity, summary FROM audit ORDER BY seq").fetchall()


def test_create_draft_pins_form_version_and_takes_the_officer_as_author(session):
    pid = svc.create_draft(session, "koap-791", "kk")
    record = svc.get_protocol(session, pid)
    assert record.status == "draft" and record.form_version == 1 and record.language == "kk"
    doc = record.document
    assert doc["format"] == "inspector-desk.protocol" and doc["form_version"] == 1
    assert doc["author"]["last_name"] == "Сейтқали"
    assert doc["author"]["initials"] == "А.Б."
    assert doc["author"]["position"] == "учаскелік полиция инспекторы"


def test_unknown_form_and_bad_language_are_refused_in_words(session):
    with pytest.raises(ProtocolRefused) as exc:
        svc.create_draft(session, "koap-999", "ru")
    assert "koap-999" in exc.value.message("ru")
    with pytest.raises(ProtocolError) as exc2:
        svc.create_draft(session, "koap-791", "de")
    assert "казахский" in exc2.value.message("ru")


def test_autosave_writes_only_changed_fields_and_nothing_when_unchanged(session):
    pid = svc.create_draft(session, "koap-791", "ru")
    before = outbox_count(session)
    svc.save_draft(session, pid, {"place": "с. Қарасу", "date": "2026-03-14"})
    assert outbox_count(session) == before + 3  # two fields + the list columns
    audits = len(audit_rows(session))
    changes = svc.save_draft(session, pid, {"place": "с. Қарасу", "date": "2026-03-14"})
    assert not changes.entities
    assert outbox_count(session) == before + 3 and len(audit_rows(session)) == audits
    svc.save_draft(session, pid, {"place": "с. Қарасу, ул. Абая, 12"})
    ops = session.db.execute(
        "SELECT entity, fields FROM outbox ORDER BY seq DESC LIMIT 2").fetchall()
    assert {e for e, _ in ops} == {"protocol_fields", "protocols"}
    assert "2026-03-14" not in ops[1][1] and "2026-03-14" not in ops[0][1]


def test_nothing_typed_is_lost_even_bad_values(session):
    pid = svc.create_draft(session, "koap-791", "ru")
    bad = {"start_time": "25:70", "items": [{"name": "нож", "kind": "other", "quantity": -3}],
           "place": "x" * 10_000_000, "extra_field": {"kept": [1, 2]}}
    svc.save_draft(session, pid, bad)
    doc = svc.document(session, pid)
    for key, value in bad.items():
        assert doc[key] == value
    rules = {(f.rule, f.field) for f in check(doc, lang="kk").findings}
    assert ("format.time", "start_time") in rules
    assert ("format.range", "items[0].quantity") in rules
    assert ("format.too_long", "place") in rules


def test_removed_fields_disappear_and_come_back(session):
    pid = svc.create_draft(session, "koap-791", "ru")
    svc.save_draft(session, pid, {"end_time": "14:40"})
    svc.save_draft(session, pid, removed=["end_time"])
    assert "end_time" not in svc.document(session, pid)
    svc.save_draft(session, pid, {"end_time": "14:50"})
    assert svc.document(session, pid)["end_time"] == "14:50"


def test_whole_document_save_keeps_the_form_version(session):
    pid = svc.create_draft(session, "koap-791", "ru")
    doc = sample()
    doc["form_version"] = 7
    svc.save_draft(session, pid, document=doc)
    saved = svc.document(session, pid)
    assert saved["form_version"] == 1
    assert {k: v for k, v in saved.items() if k != "form_version"} == \
        {k: v for k, v in doc.items() if k != "form_version"}


def test_finalize_is_refused_while_errors_remain_naming_them(session):
    pid = svc.create_draft(session, "koap-791", "ru")
    doc = sample()
    doc["participants"] = doc["participants"][:1]
    svc.save_draft(session, pid, document=doc)
    with pytest.raises(ProtocolError) as exc:
        svc.finalize(session, pid, lang="ru")
    message = exc.value.message("ru")
    assert "witnesses.count" in {f.rule for f in exc.value.findings}
    assert "ст. 791" in message
    assert svc.get_protocol(session, pid).status == "draft"


def test_finalize_seals_and_the_sealed_row_is_immutable(session):
    pid = svc.create_draft(session, "koap-791", "ru")
    doc = sample()
    svc.save_draft(session, pid, document=doc)
    seal = svc.finalize(session, pid)
    record = svc.get_protocol(session, pid)
    assert record.status == "finalized" and record.seal == seal
    assert seal == seal_hash(doc, 1)
    assert svc.verify_seal(session, pid)
    with pytest.raises(ProtocolError) as exc:
        svc.save_draft(session, pid, {"place": "другое место"})
    assert exc.value.code == "sealed"
    with pytest.raises(ProtocolError):
        svc.finalize(session, pid)
    # The store itself refuses, whatever the caller.
    for sql in ("UPDATE protocols SET data = '{}' WHERE id = ?",
                "UPDATE protocols SET seal = 'x' WHERE id = ?",
                "UPDATE protocols SET deleted_at = 'x' WHERE id = ?",
                "DELETE FROM protocols WHERE id = ?",
                "UPDATE protocol_fields SET value = '1' WHERE protocol_id = ?"):
        with pytest.raises(DatabaseError, match="sealed"):
            session.db.execute(sql, [pid])
    # What sync maintains may still move.
    session.db.execute("UPDATE protocols SET version = 5 WHERE id = ?", [pid])
    assert svc.verify_seal(session, pid)
    actions = [a for a, _, _ in audit_rows(session)]
    assert "protocol.finalize" in actions


def test_amend_creates_a_linked_draft_and_the_original_stays(session):
    pid = svc.create_draft(session, "koap-791", "ru")
    svc.save_draft(session, pid, document=sample())
    seal = svc.finalize(session, pid)
    with pytest.raises(ProtocolError) as exc:
        svc.amend(session, pid, reason="  ")
    assert exc.value.code == "reason_required"
    new = svc.amend(session, pid, reason="неверно указан номер пистолета")
    amendment = svc.get_protocol(session, new)
    assert amendment.status == "draft" and amendment.amends_id == pid
    assert amendment.amend_reason == "неверно указан номер пистолета"
    items = amendment.document["items"]
    items[0]["weapon"]["number"] = "1235"
    svc.save_draft(session, new, {"items": items})
    svc.finalize(session, new)
    original = svc.get_protocol(session, pid)
    assert original.status == "amended" and original.seal == seal and svc.verify_seal(session, pid)
    assert original.document["items"][0]["weapon"]["number"] == "1234"
    assert original.amended_by == (new,)
    with pytest.raises(ProtocolError) as exc2:
        svc.amend(session, new if False else svc.create_draft(session, "koap-791", "ru"),
                  reason="x")
    assert exc2.value.code == "not_finalized"


def test_void_is_an_event_and_the_sealed_row_is_untouched(session):
    pid = svc.create_draft(session, "koap-791", "ru")
    svc.save_draft(session, pid, document=sample())
    svc.finalize(session, pid)
    row_before = session.db.execute("SELECT * FROM protocols WHERE id = ?", [pid]).fetchone()
    svc.void(session, pid, reason="составлен по ошибке в отношении другого лица")
    assert session.db.execute("SELECT * FROM protocols WHERE id = ?", [pid]).fetchone() == \
        row_before
    record = svc.get_protocol(session, pid)
    assert record.status == "voided" and record.void_reason.startswith("составлен")
    with pytest.raises(ProtocolError) as exc:
        svc.void(session, pid, reason="ещё раз")
    assert exc.value.code == "already_voided"
    with pytest.raises(ProtocolError):
        svc.amend(session, pid, reason="x")
    with pytest.raises(DatabaseError, match="append-only"):
        session.db.execute("DELETE FROM protocol_events")
    assert [p.status for p in svc.list_protocols(session, status="voided")] == ["voided"]


def test_lists_and_today_drafts(session):
    a = svc.create_draft(session, "koap-791", "ru")
    svc.save_draft(session, a, document=sample())
    b = svc.create_draft(session, "upk-254", "kk")
    svc.finalize(session, a)
    assert {p.id for p in svc.unfinished_drafts(session)} == {b}
    assert {p.id for p in svc.list_protocols(session, form="koap-791")} == {a}
    found = svc.list_protocols(session, search="өтепберген")
    assert [p.id for p in found] == [a] and found[0].title == "Өтепбергенов Н.Қ."


def test_audit_summaries_hold_no_personal_data(session):
    pid = svc.create_draft(session, "koap-791", "ru")
    svc.save_draft(session, pid, document=sample())
    svc.finalize(session, pid)
    svc.export_protocol(session, pid)
    text = json.dumps(audit_rows(session), ensure_ascii=False)
    for personal in ("Өтепбергенов", "850312312006", "Қарасу", "Жақыпов"):
        assert personal not in text


@pytest.mark.parametrize("form", ["koap-791", "koap-793", "koap-795", "koap-803", "upk-253",
                                  "upk-254", "upk-255"])
def test_import_export_round_trip_is_lossless(session, form):
    doc = sample(form)
    doc["an_unknown_extra"] = {"nested": ["kept", 1, None, True]}
    result = svc.import_protocol(session, json.dumps(doc, ensure_ascii=False))
    assert result.status == "draft" and result.form == form
    assert json.loads(svc.export_protocol(session, result.id)) == doc


def test_finalized_export_carries_the_seal_and_reimports_sealed(session):
    pid = svc.create_draft(session, "koap-791", "ru")
    svc.save_draft(session, pid, document=sample())
    seal = svc.finalize(session, pid)
    exported = svc.export_protocol(session, pid)
    data = json.loads(exported)
    assert data["sealed"]["hash"] == seal
    again = svc.import_protocol(session, exported)
    assert again.status == "finalized" and again.seal_verified
    assert svc.get_protocol(session, again.id).seal == seal
    assert json.loads(svc.export_protocol(session, again.id)) == data
    tampered = dict(data, place="другое место")
    result = svc.import_protocol(session, json.dumps(tampered, ensure_ascii=False))
    assert result.status == "draft" and result.seal_mismatch
    assert svc.document(session, result.id) == tampered  # kept as it came
    accesses = [a for a, _, _ in audit_rows(session) if a == "protocol.export"]
    assert len(accesses) == 2


@pytest.mark.parametrize("raw, code", [
    (b"{not json", "format.json"),
    (b"[1, 2]", "format.not_object"),
    (json.dumps({"format": "inspector-desk.protocol", "version": 1, "form": "koap-1"}),
     "format.unknown_form"),
    (json.dumps({"format": "inspector-desk.protocol", "version": 1, "form": "koap-791",
                 "form_version": 9}), "format.unknown_version"),
    (json.dumps({"version": 2, "form": "koap-791"}), "format.unsupported"),
])
def test_import_refuses_what_is_not_a_protocol_clearly(session, raw, code):
    before = outbox_count(session)
    with pytest.raises(ProtocolRefused) as exc:
        svc.import_protocol(session, raw)
    assert exc.value.code == code
    assert exc.value.message("kk") and exc.value.message("ru")
    assert outbox_count(session) == before


def test_import_of_wrong_types_keeps_everything_and_reports_findings(session):
    doc = sample()
    doc["items"][0]["quantity"] = "один"
    doc["start_time"] = "25:70"
    doc["participants"][0]["signed"] = "да"
    result = svc.import_protocol(session, json.dumps(doc, ensure_ascii=False), lang="kk")
    assert svc.document(session, result.id) == doc
    fields = {f.field for f in result.findings}
    assert {"items[0].quantity", "start_time", "participants[0].signed"} <= fields


def test_every_write_is_audited_and_queued_for_sync(session):
    pid = svc.create_draft(session, "koap-791", "ru")
    svc.save_draft(session, pid, document=sample())
    svc.finalize(session, pid)
    svc.void(session, pid, reason="ошибка")
    entities = {r[0] for r in session.db.execute("SELECT DISTINCT entity FROM outbox")}
    assert {"protocols", "protocol_fields", "protocol_events"} <= entities
    actions = [a for a, _, _ in audit_rows(session)]
    for action in ("protocol.draft", "protocol.save", "protocol.finalize", "protocol.void"):
        assert action in actions
