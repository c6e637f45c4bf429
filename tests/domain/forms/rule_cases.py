"""For every rule id: how to break a compliant sample (``fail``) and, where the rule is
conditional, how to meet it once its condition is active (``ok``). ``field`` is the path the
finding must name (a string, or a function of the broken document)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from tests.domain.forms.helpers import (
    at,
    ensure_witnesses,
    other_sex,
    role_indexes,
    shift_date,
    weapon_item,
    witness,
)

Doc = dict[str, Any]


@dataclass(frozen=True)
class Case:
    fail: Callable[[Doc], Any]
    ok: Callable[[Doc], Any] | None = None
    field: str | Callable[[Doc], str] | None = None


def _set(**values: Any) -> Callable[[Doc], None]:
    """Set dotted paths: ``_set(**{"author.sex": "F"})``."""

    def apply(doc: Doc) -> None:
        for path, value in values.items():
            *parents, last = path.split(".")
            target = doc
            for p in parents:
                if not isinstance(target.get(p), dict):
                    target[p] = {}
                target = target[p]
            target[last] = value

    return apply


def _all(*steps: Callable[[Doc], Any]) -> Callable[[Doc], None]:
    def apply(doc: Doc) -> None:
        for step in steps:
            step(doc)

    return apply


def _scope_person(doc: Doc) -> None:
    """Inspection forms judge the person only when the person is in scope."""
    if doc["form"] == "koap-793":
        doc["scope"] = ["person", "vehicle"]


def _witnesses_required(doc: Doc) -> None:
    """A personal search on detention may do without witnesses (УПК 255 p.3): use another ground."""
    if doc["form"] == "upk-255":
        doc["grounds"] = "during_search"


def _scope_belongings_only(doc: Doc) -> None:
    doc["scope"] = ["belongings"]


def _witness_set(key: str, value: Any) -> Callable[[Doc], None]:
    def apply(doc: Doc) -> None:
        doc["participants"][witness(doc)][key] = value

    return apply


def _witness_field(name: str) -> Callable[[Doc], str]:
    return lambda doc: f"participants[{role_indexes(doc, 'witness')[0]}].{name}"


def _drop_witness(doc: Doc) -> None:
    ensure_witnesses(doc)
    del doc["participants"][role_indexes(doc, "witness")[0]]


def _append(item: Doc) -> Callable[[Doc], None]:
    return lambda doc: doc["items"].append(dict(item))


def _last_item(name: str) -> Callable[[Doc], str]:
    return lambda doc: f"items[{len(doc['items']) - 1}].{name}"


def _first_other_participant(doc: Doc) -> int:
    """The first participant who is not an attesting witness (adding a specialist if none)."""
    for i, p in enumerate(doc["participants"]):
        if p["role"] != "witness":
            return i
    doc["participants"].append(
        {
            "role": "specialist",
            "last_name": "Әлібеков",
            "first_name": "Қанат",
            "sex": doc["subject"]["sex"],
            "rights_explained": True,
            "signed": True,
        }
    )
    return len(doc["participants"]) - 1


def _other_unsigned(doc: Doc) -> None:
    doc["participants"][_first_other_participant(doc)]["signed"] = False


def _other_refused(doc: Doc) -> None:
    i = _first_other_participant(doc)
    doc["participants"][i]["signed"] = False
    doc["refusals"] = [{"who": f"{doc['participants'][i]['role']}:{i}", "reason": "не согласен"}]


def _urgent(
    *, notified: str | None = "12:00", reason: str | None = "подозреваемый мог скрыться"
) -> Callable:
    def apply(doc: Doc) -> None:
        _by_resolution(doc)
        basis = doc["basis"]
        basis.pop("sanction", None)
        basis["urgent"] = True
        if reason:
            basis["urgency_reason"] = reason
        if notified:
            days, clock = (
                (1, "09:00")
                if notified == "+1d"
                else (3, "09:00")
                if notified == "+3d"
                else (0, notified)
            )
            basis["judge_notified_at"] = at(doc, clock, days)
        if doc.get("premises") == "dwelling":
            doc["against_will"] = True

    return apply


def _by_resolution(doc: Doc) -> None:
    if doc["form"] == "upk-255":
        doc["grounds"] = "resolution"
        doc["resolution_presented"] = True
        doc.setdefault(
            "basis",
            {
                "resolution_number": "ЕРДР № 264300011000051",
                "resolution_date": shift_date(doc["date"], -1),
                "sanction": {"judge": "Қожахметова А.С.", "date": doc["date"]},
            },
        )


def _needs_sanction(doc: Doc) -> None:
    _by_resolution(doc)
    if doc["form"] == "upk-253":
        doc["premises"], doc["against_will"] = "dwelling", True


def _no_sanction(doc: Doc) -> None:
    _needs_sanction(doc)
    doc["basis"].pop("sanction", None)


def _absent(doc: Doc) -> None:
    doc["subject_absent"] = True
    doc["copy_handed"] = None
    doc["signatures"]["subject"] = False


def _late_offence(days: int, reason: str | None = None, established: int | None = None) -> Callable:
    def apply(doc: Doc) -> None:
        doc["offence"]["date"] = shift_date(doc["date"], -days)
        if reason:
            doc["delay"] = {"reason": reason}
            if established is not None:
                doc["delay"]["established_on"] = shift_date(doc["date"], -established)

    return apply


def _allowed_without_witnesses(doc: Doc) -> None:
    """The one lawful way each form has to do without (enough) attesting witnesses."""
    _scope_person(doc)
    _drop_witness(doc)
    if doc["form"].startswith("koap"):
        reason = "weapon_suspected" if doc["form"] != "koap-795" else "remote_area"
        doc["without_witnesses"] = {"reason": reason, "prosecutor_notified_at": at(doc, "20:00")}
        doc["recording"] = {
            "used": True,
            "means": "видеорегистратор № 12",
            "announced": True,
            "materials_attached": True,
        }
    elif doc["form"] == "upk-255":
        doc["grounds"] = "detention"
    else:  # a search always needs two witnesses: meet the rule instead
        ensure_witnesses(doc)


def _organisation_with_representative(doc: Doc) -> None:
    doc["premises"] = "organisation"
    if not role_indexes(doc, "organisation_representative"):
        doc["participants"].append(
            {
                "role": "organisation_representative",
                "last_name": "Жансүгіров",
                "first_name": "Ілияс",
                "signed": True,
                "rights_explained": True,
            }
        )


_OWNER = {
    "role": "owner",
    "last_name": "Бекжанова",
    "first_name": "Сәуле",
    "sex": "F",
    "birth_date": "1975-02-14",
    "rights_explained": True,
    "signed": False,
}
_AMMO = {
    "name": "патроны",
    "kind": "ammunition",
    "quantity": 5,
    "unit": "шт",
    "features": "латунные",
    "found_where": "карман",
    "circumstances": "досмотр",
    "voluntary": False,
    "seized": True,
    "packed_sealed": True,
    "seal": "пакет № 7",
    "ammunition": {"kind": "патрон 5,45×39"},
}
_DRUG = {
    "name": "порошок",
    "kind": "drug",
    "quantity": 1,
    "unit": "свёрток",
    "features": "белый порошок",
    "found_where": "карман",
    "circumstances": "обыск",
    "voluntary": False,
    "packed_sealed": True,
    "seal": "пакет № 8",
}
_OTHER = {
    "name": "нож",
    "kind": "other",
    "quantity": 1,
    "unit": "шт",
    "features": "складной, рукоять чёрная",
    "found_where": "карман",
    "circumstances": "обыск",
    "voluntary": False,
    "packed_sealed": True,
    "seal": "пакет № 9",
}

CASES: dict[str, Case] = {
    # --- header -----------------------------------------------------------------------------
    "protocol.date": Case(lambda d: d.pop("date"), field="date"),
    "protocol.place": Case(_set(place="   "), field="place"),
    "protocol.start_time": Case(lambda d: d.pop("start_time"), field="start_time"),
    "protocol.end_time": Case(_set(end_time=None), field="end_time"),
    "protocol.language": Case(lambda d: d.pop("language"), field="language"),
    "author.identity": Case(_set(**{"author.position": ""}), field="author.position"),
    "subject.identity": Case(
        _all(_scope_person, lambda d: d["subject"].pop("last_name")),
        ok=_scope_person,
        field="subject.last_name",
    ),
    "subject.workplace": Case(_set(**{"subject.workplace": None}), field="subject.workplace"),
    "scope.recorded": Case(_set(scope=[]), field="scope"),
    "case.opened": Case(_set(case=None), field="case.number"),
    "case.offence": Case(_set(**{"case.offence": ""}), field="case.offence"),
    "grounds.recorded": Case(_set(grounds=None), field="grounds"),
    "grounds.details": Case(_set(grounds_details=None), field="grounds_details"),
    # --- time -------------------------------------------------------------------------------
    "times.end_after_start": Case(
        _set(start_time="14:05", end_time="13:50"),
        ok=lambda d: d.update(
            start_time="23:30",
            end_time="00:40",
            end_date=shift_date(d["date"], 1),
            night_urgency="риск уничтожения",
        ),
        field="end_time",
    ),
    "times.copy_after_end": Case(
        lambda d: d["copy_handed"].update(at=at(d, "00:05")), field="copy_handed.at"
    ),
    "night.urgency": Case(
        _set(start_time="21:30", end_time="22:40"),
        ok=_set(
            start_time="21:30",
            end_time="22:40",
            night_urgency="имелись сведения о подготовке к сбыту",
        ),
        field="night_urgency",
    ),
    "times.offence_before_protocol": Case(
        lambda d: d["offence"].update(date=shift_date(d["date"], 1)), field="offence.date"
    ),
    "times.hearing_after_protocol": Case(
        lambda d: d["hearing"].update(at=at(d, "09:00", -1)), field="hearing.at"
    ),
    "times.resolution_before_action": Case(
        _all(_by_resolution, lambda d: d["basis"].update(resolution_date=shift_date(d["date"], 1))),
        ok=_by_resolution,
        field="basis.resolution_date",
    ),
    "times.sanction_before_action": Case(
        _all(
            _needs_sanction,
            lambda d: d["basis"].update(
                sanction={"judge": "Әлімжанова Г.Қ.", "date": shift_date(d["date"], 2)}
            ),
        ),
        ok=_needs_sanction,
        field="basis.sanction.date",
    ),
    "deadline.immediate": Case(
        _late_offence(1), ok=_late_offence(2, "additional_clarification", 1), field="delay.reason"
    ),
    "deadline.clarification": Case(
        _late_offence(6, "additional_clarification", 5),
        ok=_late_offence(6, "additional_clarification", 3),
        field="date",
    ),
    "deadline.expertise": Case(
        _late_offence(6, "expert_opinion", 3),
        ok=_late_offence(6, "expert_opinion", 2),
        field="date",
    ),
    "delay.established_on": Case(
        _late_offence(2, "expert_opinion"),
        ok=_late_offence(2, "expert_opinion", 1),
        field="delay.established_on",
    ),
    # --- identity ---------------------------------------------------------------------------
    "iin.valid": Case(
        lambda d: d["subject"].update(
            iin=d["subject"]["iin"][:11] + str((int(d["subject"]["iin"][11]) + 1) % 10)
        ),
        field="subject.iin",
    ),
    "iin.birth_date": Case(
        lambda d: d["subject"].update(birth_date=shift_date(d["subject"]["birth_date"], 1)),
        field="subject.birth_date",
    ),
    "iin.sex": Case(
        lambda d: d["subject"].update(sex=other_sex(d["subject"]["sex"])), field="subject.sex"
    ),
    "birth_date.past": Case(
        lambda d: d["subject"].update(birth_date=shift_date(d["date"], 1), iin=None),
        field="subject.birth_date",
    ),
    "birth_date.age": Case(
        lambda d: d["participants"][0].update(birth_date="1990-01-01", age=99),
        ok=lambda d: d["participants"][0].update(birth_date="1990-01-01", age=36),
        field="participants[0].age",
    ),
    # --- same sex ---------------------------------------------------------------------------
    "author.same_sex": Case(
        _all(_scope_person, lambda d: d["author"].update(sex=other_sex(d["subject"]["sex"]))),
        ok=_scope_person,
        field="author.sex",
    ),
    "witnesses.same_sex": Case(
        _all(_scope_person, lambda d: _witness_set("sex", other_sex(d["subject"]["sex"]))(d)),
        ok=_scope_person,
        field=_witness_field("sex"),
    ),
    "specialists.same_sex": Case(
        lambda d: d["participants"].append(
            {
                "role": "specialist",
                "last_name": "Бақытов",
                "first_name": "Ақан",
                "sex": other_sex(d["subject"]["sex"]),
                "signed": True,
                "rights_explained": True,
            }
        ),
        field=lambda d: f"participants[{len(d['participants']) - 1}].sex",
    ),
    # --- witnesses --------------------------------------------------------------------------
    "witnesses.count": Case(
        _all(_scope_person, _witnesses_required, _drop_witness),
        ok=lambda d: _allowed_without_witnesses(d),
        field="participants",
    ),
    "witnesses.count_belongings": Case(
        _all(_scope_belongings_only, _drop_witness), ok=_scope_belongings_only, field="participants"
    ),
    "witnesses.count_place": Case(_drop_witness, field="participants"),
    "witnesses.adult": Case(
        lambda d: (
            _witness_set("birth_date", shift_date(d["date"], -17 * 365))(d)
            or _witness_set("iin", None)(d)
        ),
        ok=lambda d: (
            _witness_set("birth_date", shift_date(d["date"], -18 * 366))(d)
            or _witness_set("iin", None)(d)
        ),
        field=_witness_field("birth_date"),
    ),
    "witnesses.age_known": Case(
        _all(_witness_set("birth_date", None), _witness_set("iin", None)),
        ok=_all(_witness_set("birth_date", None), _witness_set("iin", "901102312009")),
        field=_witness_field("birth_date"),
    ),
    "witnesses.interested": Case(
        _witness_set("flags", ["interested"]), field=_witness_field("flags")
    ),
    "witnesses.staff": Case(
        _witness_set("flags", ["law_enforcement_staff"]), field=_witness_field("flags")
    ),
    "witnesses.excluded": Case(
        _witness_set("flags", ["on_probation"]),
        ok=_witness_set("flags", []),
        field=_witness_field("flags"),
    ),
    "witnesses.independent": Case(
        _witness_set("flags", ["police_volunteer"]), field=_witness_field("flags")
    ),
    "witnesses.occupation": Case(
        _witness_set("occupation", "участковый инспектор полиции"),
        ok=_witness_set("occupation", "тракторист"),
        field=_witness_field("occupation"),
    ),
    "participants.names": Case(_witness_set("first_name", ""), field=_witness_field("first_name")),
    "participants.eyewitnesses": Case(
        lambda d: d["participants"][role_indexes(d, "eyewitness")[0]].update(address=None),
        field=lambda d: f"participants[{role_indexes(d, 'eyewitness')[0]}].address",
    ),
    "participants.rights": Case(
        lambda d: d["participants"][0].update(rights_explained=False),
        field="participants[0].rights_explained",
    ),
    # --- without witnesses (КоАП) ----------------------------------------------------------
    "without_witnesses.prosecutor": Case(
        _set(without_witnesses={"reason": "weapon_suspected"}),
        ok=lambda d: d.update(
            without_witnesses={
                "reason": "weapon_suspected",
                "prosecutor_notified_at": at(d, "18:00"),
            }
        ),
        field="without_witnesses.prosecutor_notified_at",
    ),
    "without_witnesses.prosecutor_24h": Case(
        lambda d: d.update(
            without_witnesses={
                "reason": "weapon_suspected",
                "prosecutor_notified_at": at(d, "09:00", 2),
            }
        ),
        ok=lambda d: d.update(
            without_witnesses={
                "reason": "weapon_suspected",
                "prosecutor_notified_at": at(d, "09:00", 1),
            }
        ),
        field="without_witnesses.prosecutor_notified_at",
    ),
    "without_witnesses.recording": Case(
        lambda d: d.update(without_witnesses={"reason": "remote_area"}, recording={"used": False}),
        ok=lambda d: d.update(
            without_witnesses={"reason": "remote_area"},
            recording={
                "used": True,
                "means": "видеорегистратор № 12",
                "announced": True,
                "materials_attached": True,
            },
        ),
        field="recording.used",
    ),
    "without_witnesses.night_real": Case(
        _set(without_witnesses={"reason": "night"}),
        ok=_set(without_witnesses={"reason": "night"}, start_time="23:05", end_time="23:40"),
        field="start_time",
    ),
    "without_witnesses.allowed_person": Case(
        _set(scope=["person"], without_witnesses={"reason": "remote_area"}),
        ok=lambda d: d.update(
            scope=["person"],
            without_witnesses={
                "reason": "weapon_suspected",
                "prosecutor_notified_at": at(d, "15:00"),
            },
        ),
        field="without_witnesses.reason",
    ),
    "without_witnesses.allowed_place": Case(
        _set(without_witnesses={"reason": "weapon_suspected"}),
        ok=_set(without_witnesses={"reason": "no_communication"}),
        field="without_witnesses.reason",
    ),
    "owner.present": Case(
        _all(_scope_belongings_only, _set(owner_present=False)),
        ok=_all(_scope_belongings_only, _set(owner_present=True)),
        field="owner_present",
    ),
    # --- items ------------------------------------------------------------------------------
    "items.kind": Case(lambda d: d["items"][0].update(kind=None), field="items[0].kind"),
    "items.quantity": Case(
        lambda d: d["items"][0].update(quantity=None), field="items[0].quantity"
    ),
    "items.features": Case(lambda d: d["items"][0].update(features=""), field="items[0].features"),
    "items.weapon": Case(
        _append(weapon_item(number=None)),
        ok=_append(weapon_item()),
        field=_last_item("weapon.number"),
    ),
    "items.ammunition": Case(
        _append(_AMMO),
        ok=_append({**_AMMO, "ammunition": {"kind": "патрон", "quantity": 5}}),
        field=_last_item("ammunition.quantity"),
    ),
    "items.sealed": Case(
        lambda d: d["items"][0].update(packed_sealed=False), field="items[0].packed_sealed"
    ),
    "items.seal_described": Case(lambda d: d["items"][0].update(seal=None), field="items[0].seal"),
    "items.presented": Case(_set(presented_to_witnesses=False), field="presented_to_witnesses"),
    "items.found": Case(
        lambda d: d["items"][0].update(found_where=None), field="items[0].found_where"
    ),
    "items.voluntary": Case(
        lambda d: d["items"][0].update(voluntary=None), field="items[0].voluntary"
    ),
    "items.drug_weight": Case(
        _append(_DRUG), ok=_append({**_DRUG, "weight": "1,1 г"}), field=_last_item("weight")
    ),
    "items.weight": Case(
        _append(_OTHER),
        ok=_append({**_OTHER, "weight": "90 г", "value": "3 000 тенге"}),
        field=_last_item("weight"),
    ),
    "items.value": Case(
        _append(_OTHER),
        ok=_append({**_OTHER, "weight": "90 г", "value": "3 000 тенге"}),
        field=_last_item("value"),
    ),
    # --- recording --------------------------------------------------------------------------
    "recording.means": Case(
        lambda d: d.update(recording={"used": True, "means": None}), field="recording.means"
    ),
    "recording.attached": Case(
        lambda d: d["recording"].update(materials_attached=False),
        field="recording.materials_attached",
    ),
    "recording.announced": Case(
        lambda d: d["recording"].update(announced=False), field="recording.announced"
    ),
    "recording.required": Case(
        _set(**{"recording.used": False}),
        ok=lambda d: (d["recording"].update(used=False), ensure_witnesses(d)),
        field="recording.used",
    ),
    # --- УПК procedure ----------------------------------------------------------------------
    "basis.resolution": Case(
        _all(_by_resolution, lambda d: d["basis"].update(resolution_number="")),
        ok=_by_resolution,
        field="basis.resolution_number",
    ),
    "basis.sanction": Case(_no_sanction, ok=_urgent(), field="basis.sanction"),
    "basis.sanction_details": Case(
        _all(_needs_sanction, lambda d: d["basis"].update(sanction={"judge": "Әлімжанова Г.Қ."})),
        ok=_needs_sanction,
        field="basis.sanction.date",
    ),
    "basis.urgency_reason": Case(_urgent(reason=None), ok=_urgent(), field="basis.urgency_reason"),
    "basis.judge_notified": Case(
        _urgent(notified=None), ok=_urgent(), field="basis.judge_notified_at"
    ),
    "basis.judge_notified_24h": Case(
        _urgent(notified="+3d"), ok=_urgent(notified="+1d"), field="basis.judge_notified_at"
    ),
    "resolution.presented": Case(
        _all(_by_resolution, _set(resolution_presented=False)),
        ok=_by_resolution,
        field="resolution_presented",
    ),
    "surrender.offered": Case(
        lambda d: d["voluntary_surrender"].update(offered=False),
        field="voluntary_surrender.offered",
    ),
    "surrender.answer": Case(
        lambda d: d["voluntary_surrender"].update(answer=" "), field="voluntary_surrender.answer"
    ),
    "premises.dwelling": Case(
        lambda d: (
            d.update(premises="dwelling"),
            d.update(
                participants=[
                    p
                    for p in d["participants"]
                    if p["role"] not in ("family_member", "adult_resident")
                ]
            ),
        ),
        ok=lambda d: (
            d.update(premises="dwelling"),
            d["participants"].append(
                {
                    "role": "akimat_representative",
                    "last_name": "Мәуленов",
                    "first_name": "Бақыт",
                    "signed": True,
                    "rights_explained": True,
                }
            ),
        ),
        field="participants",
    ),
    "premises.organisation": Case(
        lambda d: (
            d.update(premises="organisation"),
            d.update(
                participants=[
                    p for p in d["participants"] if p["role"] != "organisation_representative"
                ]
            ),
        ),
        ok=_organisation_with_representative,
        field="participants",
    ),
    "rights.explained": Case(_set(rights_explained=False), field="rights_explained"),
    "remarks.recorded": Case(
        _set(remarks=[], no_remarks=False),
        ok=_set(
            remarks=[{"by": "subject", "text": "Ескертпем жоқ емес: құлып сындырылды."}],
            no_remarks=False,
        ),
        field="no_remarks",
    ),
    "corrections.noted": Case(
        _set(corrections_noted=False), ok=_set(corrections_noted=True), field="corrections_noted"
    ),
    "pages.signed": Case(_set(pages_signed=False), field="pages_signed"),
    # --- signatures -------------------------------------------------------------------------
    "signatures.author": Case(_set(**{"signatures.author": False}), field="signatures.author"),
    "signatures.subject": Case(
        _all(_scope_person, _set(**{"signatures.subject": False})),
        ok=_all(
            _scope_person,
            _set(
                **{"signatures.subject": False},
                refusals=[{"who": "subject", "reason": "отказался без объяснения причин"}],
            ),
        ),
        field="signatures.subject",
    ),
    "signatures.owner": Case(
        lambda d: d["participants"].append(dict(_OWNER)),
        ok=lambda d: (
            d["participants"].append(dict(_OWNER)),
            d.update(refusals=[{"who": "owner", "reason": "не пожелала"}]),
        ),
        field=lambda d: f"participants[{len(d['participants']) - 1}].signed",
    ),
    "signatures.witnesses": Case(_witness_set("signed", False), field=_witness_field("signed")),
    "signatures.participants": Case(
        _other_unsigned,
        ok=lambda d: _other_refused(d) if d["form"].startswith("upk") else None,
        field=lambda d: f"participants[{_first_other_participant(d)}].signed",
    ),
    # --- copy -------------------------------------------------------------------------------
    "copy.handed": Case(
        _set(copy_handed=None),
        ok=lambda d: (
            d.update(copy_handed={"refused": True, "noted_by_author": True})
            if d["form"] != "koap-795"
            else d.update(copy_handed=None, recorded_in_offence_protocol="№ 000451")
        ),
        field="copy_handed",
    ),
    "copy.recipient": Case(
        lambda d: d["copy_handed"].update(to="specialist"), field="copy_handed.to"
    ),
    "copy.receipt": Case(
        lambda d: d["copy_handed"].update(receipt_signed=False), field="copy_handed.receipt_signed"
    ),
    "copy.refusal_noted": Case(
        _set(copy_handed={"refused": True}),
        ok=_set(copy_handed={"refused": True, "noted_by_author": True}),
        field="copy_handed.noted_by_author",
    ),
    "victims.copy": Case(
        lambda d: d["participants"][role_indexes(d, "victim")[0]].update(copy_received=False),
        field=lambda d: f"participants[{role_indexes(d, 'victim')[0]}].copy_received",
    ),
    "absent.copy_sent": Case(
        _absent,
        ok=lambda d: (_absent(d), d.update(copy_sent_at=at(d, "10:00", 1))),
        field="copy_sent_at",
    ),
    "absent.copy_sent_48h": Case(
        lambda d: (_absent(d), d.update(copy_sent_at=at(d, "10:00", 3))),
        ok=lambda d: (_absent(d), d.update(copy_sent_at=at(d, "10:00", 1))),
        field="copy_sent_at",
    ),
    # --- language ---------------------------------------------------------------------------
    "language.interpreter": Case(
        lambda d: d["subject"].update(language="uz"),
        ok=lambda d: (
            d["subject"].update(language="uz"),
            d["participants"].append(
                {
                    "role": "interpreter",
                    "last_name": "Юсупов",
                    "first_name": "Бахтияр",
                    "sex": "M",
                    "signed": True,
                    "rights_explained": True,
                }
            ),
        ),
        field="participants",
    ),
    "language.translated_copy": Case(
        lambda d: d["subject"].update(language="uz"),
        ok=lambda d: (d["subject"].update(language="uz"), d["copy_handed"].update(language="uz")),
        field="copy_handed.language",
    ),
    # --- КоАП 803 content ---------------------------------------------------------------------
    "offence.details": Case(lambda d: d["offence"].update(place=""), field="offence.place"),
    "offence.article": Case(lambda d: d["offence"].update(article=None), field="offence.article"),
    "explanation.recorded": Case(_set(explanation=None), field="explanation"),
    "technical_means.details": Case(
        _set(technical_means={"name": "измеритель скорости «Арена»"}),
        ok=_set(
            technical_means={
                "name": "измеритель скорости «Арена»",
                "number": "1204",
                "verification_date": "2025-11-01",
                "reading": "87 км/ч",
            }
        ),
        field="technical_means.number",
    ),
    "hearing.recorded": Case(lambda d: d["hearing"].update(at=None), field="hearing.at"),
}
