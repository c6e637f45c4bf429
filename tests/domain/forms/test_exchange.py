"""The exchange format: lossless round trips, canonical JSON and seal, and bad input that is
refused clearly or reported as field-level findings — never a crash."""

from __future__ import annotations

import copy
import hashlib
import json
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from inspector_desk.domain.forms import (
    ProtocolRefused,
    canonical_json,
    check,
    dumps_protocol,
    exchange,
    parse_protocol,
    read_protocol,
    seal_hash,
    with_form_version,
)
from inspector_desk.domain.forms.messages import REFUSALS
from tests.domain.forms.helpers import DATA, FORMS, run, sample

# --- round trip -------------------------------------------------------------------------------


@pytest.mark.parametrize("form", FORMS)
def test_samples_round_trip_exactly(form):
    text = (DATA / f"{form}.json").read_text(encoding="utf-8")
    protocol = parse_protocol(text)
    assert protocol.data == json.loads(text)
    assert parse_protocol(dumps_protocol(protocol)) == protocol
    assert dumps_protocol(protocol) + "\n" == text  # key order and characters kept
    assert parse_protocol(canonical_json(protocol)) == protocol


json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(2**53), 2**53)
    | st.text(max_size=30)
    | st.floats(allow_nan=False, allow_infinity=False)
)
json_values = st.recursive(
    json_scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=12,
)
extra_keys = st.text(min_size=1, max_size=16).map(lambda k: f"x_{k}")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    form=st.sampled_from(FORMS),
    top=st.dictionaries(extra_keys, json_values, max_size=4),
    person=st.dictionaries(extra_keys, json_values, max_size=3),
    item=st.dictionaries(extra_keys, json_values, max_size=3),
)
def test_unknown_extra_fields_survive_and_do_not_change_the_verdict(form, top, person, item):
    doc = sample(form)
    baseline = [f.to_dict() for f in run(doc).findings]
    doc.update(top)
    doc["subject"].update(person)
    for p in doc["participants"]:
        p.update(person)
    doc.setdefault("items", [{}])
    doc["items"][0].update(item)
    text = dumps_protocol(doc)
    back = parse_protocol(text)
    assert back.data == doc
    assert parse_protocol(dumps_protocol(back)).data == doc
    assert parse_protocol(canonical_json(doc)).data == doc
    assert seal_hash(back, 1) == seal_hash(doc, 1)
    assert [f.to_dict() for f in check(back).findings] == baseline


# --- canonical JSON and seal --------------------------------------------------------------------


def test_canonical_json_sorts_keys_without_whitespace_in_utf8():
    doc = {"б": 1, "a": {"z": [1, 2.5, None], "y": "Қарасу ә ғ қ ң ө ұ ү һ і"}}
    raw = canonical_json(doc)
    assert raw == '{"a":{"y":"Қарасу ә ғ қ ң ө ұ ү һ і","z":[1,2.5,null]},"б":1}'.encode()
    assert canonical_json(dict(reversed(list(doc.items())))) == raw


def test_seal_is_sha256_of_the_canonical_document_pinned_to_its_version():
    doc = sample("upk-254")
    doc.pop("form_version")
    seal = seal_hash(doc, 1)
    assert seal == hashlib.sha256(canonical_json({**doc, "form_version": 1})).hexdigest()
    assert len(seal) == 64 and seal == seal.lower()
    assert seal_hash(json.loads(json.dumps(doc, indent=4)), 1) == seal


def test_seal_changes_with_any_field_and_with_the_form_version():
    doc = sample("koap-803")
    seal = seal_hash(doc, 1)
    changed = copy.deepcopy(doc)
    changed["participants"][0]["address"] += " "
    assert seal_hash(changed, 1) != seal
    assert seal_hash(doc, 2) != seal


def test_a_pinned_protocol_cannot_be_sealed_under_another_version():
    doc = sample("koap-791")  # pinned to version 1
    with pytest.raises(ValueError):
        seal_hash(doc, 2)
    with pytest.raises(ValueError):
        with_form_version(doc, 2)
    assert with_form_version(doc, 1) == doc


# --- refusals: not a protocol at all ------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        (b'{"form": "koap-791",', "format.json"),
        (b"", "format.json"),
        (b"[1, 2]", "format.not_object"),
        (b'"koap-791"', "format.not_object"),
        (b"\xff\xfe{}", "format.encoding"),
        (b'{"form": "koap-791", "x": NaN}', "format.json"),
        (b'{"form": "koap-791", "x": Infinity}', "format.json"),
        (
            b'{"form": "koap-791", "date": "2026-01-01", "date": "2026-01-02"}',
            "format.duplicate_key",
        ),
        (b'{"form": "koap-791", "x": "\\ud800"}', "format.encoding"),
        (b"[" * 100_000 + b"]" * 100_000, "format.json"),
        (b'{"format": "something-else", "form": "koap-791"}', "format.unsupported"),
        (
            b'{"format": "inspector-desk.protocol", "version": 2, "form": "koap-791"}',
            "format.unsupported",
        ),
        (
            b'{"format": "inspector-desk.protocol", "version": true, "form": "koap-791"}',
            "format.unsupported",
        ),
    ],
)
def test_unusable_input_is_refused_with_a_reason(raw, code):
    with pytest.raises(ProtocolRefused) as caught:
        parse_protocol(raw)
    assert caught.value.code == code


@pytest.mark.parametrize(
    ("doc", "code"),
    [
        ({"format": "inspector-desk.protocol", "version": 1}, "format.no_form"),
        ({"form": "koap-999"}, "format.unknown_form"),
        ({"form": 791}, "format.unknown_form"),
        ({"form": "koap-791", "form_version": 7}, "format.unknown_version"),
        ({"form": "koap-791", "form_version": "1"}, "format.unknown_version"),
        ({"form": "koap-791", "form_version": True}, "format.unknown_version"),
    ],
)
def test_unknown_form_or_version_is_refused(doc, code):
    with pytest.raises(ProtocolRefused) as caught:
        check(doc)
    assert caught.value.code == code


def test_too_large_a_file_is_refused_before_reading(tmp_path, monkeypatch):
    monkeypatch.setattr(exchange, "MAX_BYTES", 1000)
    path = tmp_path / "big.json"
    path.write_text(json.dumps({"form": "koap-791", "place": "ы" * 1000}), encoding="utf-8")
    with pytest.raises(ProtocolRefused) as caught:
        read_protocol(path)
    assert caught.value.code == "format.too_large"


def test_missing_file_is_refused(tmp_path):
    with pytest.raises(ProtocolRefused) as caught:
        read_protocol(tmp_path / "absent.json")
    assert caught.value.code == "file.unreadable"


def test_a_utf8_bom_is_accepted():
    text = (DATA / "koap-793.json").read_text(encoding="utf-8")
    assert parse_protocol(b"\xef\xbb\xbf" + text.encode()).data == json.loads(text)


@pytest.mark.parametrize("code", sorted(REFUSALS))
def test_every_refusal_speaks_three_languages(code):
    exc = ProtocolRefused(
        code, detail="x", size=2, limit=1, key="k", form="f", version=9, known="1"
    )
    texts = {lang: exc.message(lang) for lang in ("kk", "ru", "en")}
    assert len(set(texts.values())) == 3
    assert all(t and "{" not in t for t in texts.values())


# --- findings: a protocol with bad content ------------------------------------------------------


def _format_findings(doc):
    return {(f.rule, f.field) for f in run(doc, "en").findings if f.rule.startswith("format.")}


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (lambda d: d.update(start_time="25:70"), ("format.time", "start_time")),
        (lambda d: d.update(end_time="9:05"), ("format.time", "end_time")),
        (lambda d: d.update(date="2026-02-30"), ("format.date", "date")),
        (lambda d: d.update(date=20260320), ("format.type", "date")),
        (
            lambda d: d["copy_handed"].update(at="2026-03-20 12:45"),
            ("format.datetime", "copy_handed.at"),
        ),
        (lambda d: d["items"][0].update(quantity=-1), ("format.range", "items[0].quantity")),
        (lambda d: d["items"][1].update(quantity="два"), ("format.type", "items[1].quantity")),
        (lambda d: d["items"][1].update(quantity=True), ("format.type", "items[1].quantity")),
        (lambda d: d["items"][0].update(kind="bomb"), ("format.choice", "items[0].kind")),
        (lambda d: d["items"].append("пистолет"), ("format.type", "items[3]")),
        (lambda d: d.update(participants={"role": "witness"}), ("format.type", "participants")),
        (
            lambda d: d["participants"][0].update(signed="да"),
            ("format.type", "participants[0].signed"),
        ),
        (
            lambda d: d["participants"][0].update(role="понятой"),
            ("format.choice", "participants[0].role"),
        ),
        (lambda d: d["subject"].update(iin=780625312002), ("format.type", "subject.iin")),
        (lambda d: d.update(author="Төлеубаев Н.М."), ("format.type", "author")),
        (lambda d: d.update(language="en"), ("format.choice", "language")),
        (lambda d: d.update(place="ө" * 10_000_000), ("format.too_long", "place")),
        (
            lambda d: d.update(refusals=[{"who": "witness:9"}]),
            ("format.reference", "refusals[0].who"),
        ),
        (
            lambda d: d.update(remarks=[{"by": "nobody", "text": "…"}]),
            ("format.reference", "remarks[0].by"),
        ),
        (lambda d: (d.pop("format"), d.pop("version")), ("format.header", "format")),
    ],
)
def test_bad_content_is_a_field_level_error(edit, expected):
    doc = sample("upk-254")
    edit(doc)
    assert expected in _format_findings(doc)
    findings = [f for f in run(doc, "kk").findings if (f.rule, f.field) == expected]
    assert findings[0].severity == "error" and findings[0].message


def test_ten_megabyte_text_is_reported_quickly():
    doc = sample("koap-791")
    doc["items"][0]["features"] = "қ" * 10_000_000
    raw = json.dumps(doc, ensure_ascii=False).encode()
    started = time.perf_counter()
    result = check(parse_protocol(raw))
    assert time.perf_counter() - started < 2.0
    assert ("format.too_long", "items[0].features") in {(f.rule, f.field) for f in result.findings}


paths = st.sampled_from(
    [
        "date",
        "start_time",
        "end_time",
        "end_date",
        "language",
        "place",
        "author",
        "subject",
        "participants",
        "items",
        "recording",
        "copy_handed",
        "signatures",
        "refusals",
        "remarks",
        "basis",
        "scope",
        "case",
        "without_witnesses",
        "offence",
        "hearing",
        "delay",
        "voluntary_surrender",
        "grounds",
        "premises",
    ]
)


@settings(max_examples=300, deadline=None)
@given(
    form=st.sampled_from(FORMS),
    edits=st.dictionaries(paths, json_values, max_size=5),
    nested=st.dictionaries(
        st.sampled_from(
            [
                "sex",
                "birth_date",
                "iin",
                "role",
                "signed",
                "flags",
                "kind",
                "quantity",
                "weapon",
                "ammunition",
                "packed_sealed",
                "who",
            ]
        ),
        json_values,
        max_size=4,
    ),
)
def test_any_json_in_any_field_gives_findings_not_a_crash(form, edits, nested):
    doc = sample(form)
    doc.update(edits)
    for key in ("participants", "items", "refusals"):
        if isinstance(doc.get(key), list):
            for element in doc[key]:
                if isinstance(element, dict):
                    element.update(nested)
    result = check(parse_protocol(dumps_protocol(doc)), lang="kk")
    for finding in result.findings:
        assert finding.message and finding.field
