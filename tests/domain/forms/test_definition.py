"""Form files: they load and validate, cite only norms that exist in the shipped legal texts,
cover the requirements of the domain guide §5, use the glossary's terms, and keep versions."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from inspector_desk import paths
from inspector_desk.domain.forms import (
    Citation,
    FormDefinitionError,
    FormRegistry,
    ProtocolRefused,
    check,
    citation_text,
    default_registry,
    load_form,
)
from tests.domain.forms.helpers import FORMS, sample

K, U = "КоАП", "УПК"
ALL_RULES = [(form, rule) for form in default_registry().all() for rule in form.rules]


def test_the_seven_forms_ship_at_version_1():
    assert default_registry().available() == {form: [1] for form in FORMS}


@pytest.mark.parametrize(("form", "rule"), ALL_RULES, ids=[f"{f.id}:{r.id}" for f, r in ALL_RULES])
def test_every_citation_points_to_words_of_the_law(form, rule):
    assert rule.citation.code == form.citation.code or rule.citation.code in (K, U)
    text = citation_text(rule.citation)
    assert text, f"{rule.citation} is not in resources/legal"


def test_forms_cite_only_the_articles_of_their_brief():
    allowed = {
        K: {738, 755, 791, 793, 794, 795, 803, 806},
        U: {7, 30, 82, 90, 123, 197, 199, 252, 253, 254, 255, 256},
    }
    for form, rule in ALL_RULES:
        assert rule.citation.article in allowed[rule.citation.code], (form.id, rule.id)


#: Domain guide §5, requirement by requirement: (form, rule, citation).
GUIDE = [
    # КоАП 791
    ("koap-791", "author.same_sex", Citation(K, 791, 4)),
    ("koap-791", "witnesses.same_sex", Citation(K, 791, 4)),
    ("koap-791", "witnesses.count", Citation(K, 791, 4)),
    ("koap-791", "owner.present", Citation(K, 791, 6)),
    ("koap-791", "witnesses.count_belongings", Citation(K, 791, 6)),
    ("koap-791", "without_witnesses.prosecutor_24h", Citation(K, 791, 7)),
    ("koap-791", "without_witnesses.recording", Citation(K, 791, 8)),
    ("koap-791", "protocol.date", Citation(K, 791, 10)),
    ("koap-791", "protocol.start_time", Citation(K, 791, 10)),
    ("koap-791", "protocol.place", Citation(K, 791, 10)),
    ("koap-791", "author.identity", Citation(K, 791, 10)),
    ("koap-791", "subject.identity", Citation(K, 791, 10)),
    ("koap-791", "items.quantity", Citation(K, 791, 10)),
    ("koap-791", "items.features", Citation(K, 791, 10)),
    ("koap-791", "items.weapon", Citation(K, 791, 10)),
    ("koap-791", "items.ammunition", Citation(K, 791, 10)),
    ("koap-791", "recording.means", Citation(K, 791, 11)),
    ("koap-791", "recording.attached", Citation(K, 791, 11)),
    ("koap-791", "signatures.author", Citation(K, 791, 12)),
    ("koap-791", "signatures.subject", Citation(K, 791, 12)),
    ("koap-791", "signatures.owner", Citation(K, 791, 12)),
    ("koap-791", "signatures.witnesses", Citation(K, 791, 12)),
    ("koap-791", "copy.handed", Citation(K, 791, 10)),
    # КоАП 793–795
    ("koap-793", "witnesses.count", Citation(K, 794, 2)),
    ("koap-793", "items.sealed", Citation(K, 794, 7)),
    ("koap-793", "copy.handed", Citation(K, 794, 10)),
    ("koap-795", "witnesses.count", Citation(K, 795, 1)),
    ("koap-795", "without_witnesses.recording", Citation(K, 795, 1)),
    ("koap-795", "items.weapon", Citation(K, 795, 3)),
    ("koap-795", "copy.handed", Citation(K, 795, 2)),
    # КоАП 803, 806
    ("koap-803", "subject.identity", Citation(K, 803, 2)),
    ("koap-803", "iin.valid", Citation(K, 803, 2)),
    ("koap-803", "protocol.language", Citation(K, 803, 3)),
    ("koap-803", "rights.explained", Citation(K, 803, 3)),
    ("koap-803", "hearing.recorded", Citation(K, 803, 2)),
    ("koap-803", "copy.handed", Citation(K, 803, 8)),
    ("koap-803", "copy.receipt", Citation(K, 803, 8)),
    ("koap-803", "deadline.immediate", Citation(K, 806, 1)),
    ("koap-803", "deadline.clarification", Citation(K, 806, 6)),
    # УПК 252–256 with 197, 199, 123, 82/90, 30
    ("upk-254", "protocol.place", Citation(U, 199, 3)),
    ("upk-254", "protocol.start_time", Citation(U, 199, 3)),
    ("upk-254", "protocol.end_time", Citation(U, 199, 3)),
    ("upk-254", "author.identity", Citation(U, 199, 3)),
    ("upk-254", "participants.names", Citation(U, 199, 3)),
    ("upk-254", "night.urgency", Citation(U, 197, 2)),
    ("upk-254", "witnesses.adult", Citation(U, 82, 2)),
    ("upk-254", "witnesses.excluded", Citation(U, 90, 2)),
    ("upk-254", "witnesses.count", Citation(U, 82, 3)),
    ("upk-254", "basis.resolution", Citation(U, 254, 1)),
    ("upk-254", "basis.sanction", Citation(U, 254, 1)),
    ("upk-254", "basis.judge_notified_24h", Citation(U, 254, 3)),
    ("upk-254", "resolution.presented", Citation(U, 254, 7)),
    ("upk-254", "surrender.offered", Citation(U, 254, 8)),
    ("upk-254", "surrender.answer", Citation(U, 254, 8)),
    ("upk-254", "items.found", Citation(U, 256, 2)),
    ("upk-254", "items.voluntary", Citation(U, 256, 2)),
    ("upk-254", "items.quantity", Citation(U, 256, 2)),
    ("upk-254", "items.weight", Citation(U, 256, 2)),
    ("upk-254", "items.features", Citation(U, 256, 2)),
    ("upk-254", "items.value", Citation(U, 256, 2)),
    ("upk-254", "items.sealed", Citation(U, 254, 14)),
    ("upk-254", "recording.announced", Citation(U, 199, 5)),
    ("upk-254", "recording.means", Citation(U, 199, 5)),
    ("upk-254", "remarks.recorded", Citation(U, 199, 6)),
    ("upk-254", "corrections.noted", Citation(U, 123, 4)),
    ("upk-254", "pages.signed", Citation(U, 123, 5)),
    ("upk-254", "signatures.subject", Citation(U, 199, 7)),
    ("upk-254", "copy.receipt", Citation(U, 256, 4)),
    ("upk-254", "language.translated_copy", Citation(U, 30, 5)),
    ("upk-253", "recording.required", Citation(U, 254, 4)),
    ("upk-253", "items.sealed", Citation(U, 254, 15)),
    ("upk-255", "author.same_sex", Citation(U, 255, 2)),
    ("upk-255", "witnesses.same_sex", Citation(U, 255, 2)),
    ("upk-255", "witnesses.count", Citation(U, 255, 2)),
    # Language of proceedings (УПК 30, КоАП 738)
    ("koap-791", "protocol.language", Citation(K, 738, 1)),
    ("koap-791", "language.translated_copy", Citation(K, 738, 5)),
    ("upk-255", "protocol.language", Citation(U, 30, 1)),
]


@pytest.mark.parametrize(("form", "rule", "citation"), GUIDE, ids=[f"{f}:{r}" for f, r, _ in GUIDE])
def test_each_requirement_of_the_guide_has_its_rule(form, rule, citation):
    assert default_registry().get(form).rule(rule).citation == citation


@pytest.mark.parametrize(
    ("form", "kk_words"),
    [
        ("koap-791", ("хаттама",)),
        ("koap-793", ("қарап-тексеру", "хаттама")),
        ("koap-795", ("алып қою", "хаттама")),
        ("koap-803", ("хаттама",)),
        ("upk-253", ("алу", "хаттама")),
        ("upk-254", ("тінту", "хаттама")),
        ("upk-255", ("жеке тінту", "хаттама")),
    ],
)
def test_kazakh_titles_use_the_glossary_terms(form, kk_words):
    title = default_registry().get(form).title["kk"].lower()
    assert all(word in title for word in kk_words)


@pytest.mark.parametrize("form", FORMS)
def test_attesting_witness_is_kuager_not_kua(form):
    roles = default_registry().get(form).field_at("participants[*].role")
    assert roles.option("witness").label == {
        "kk": "куәгер",
        "ru": "понятой",
        "en": "attesting witness",
    }


@pytest.mark.parametrize("form", FORMS)
def test_every_field_is_labelled_in_three_languages(form):
    def walk(fields):
        for f in fields:
            assert all(f.label[lang].strip() for lang in ("kk", "ru", "en")), f.name
            for option in f.options:
                assert all(option.label[lang].strip() for lang in ("kk", "ru", "en")), option.value
            walk(f.fields)

    walk(default_registry().get(form).fields)


# --- versions ---------------------------------------------------------------------------------


@pytest.fixture
def two_versions(tmp_path: Path) -> FormRegistry:
    """koap-791 at v1 (shipped) and a v2 that adds a rule demanding the rank."""
    shutil.copy(paths.FORMS / "koap-791.v1.toml", tmp_path)
    text = (paths.FORMS / "koap-791.v1.toml").read_text(encoding="utf-8")
    text = (
        text.replace("version = 1\n", "version = 2\n", 1)
        + """
[[rules]]
id = "author.rank"
kind = "required"
severity = "error"
citation = { code = "КоАП", article = 791, part = 10 }
params.field = "author.rank"
message.kk = "Атағын көрсетіңіз."
message.ru = "Укажите звание."
message.en = "Record the rank."
"""
    )
    (tmp_path / "koap-791.v2.toml").write_text(text, encoding="utf-8")
    return FormRegistry(tmp_path)


def test_a_protocol_keeps_the_version_it_began_under(two_versions):
    doc = sample("koap-791")
    doc["author"].pop("rank")
    assert two_versions.available() == {"koap-791": [1, 2]}
    pinned = check(doc, registry=two_versions)
    assert (pinned.form_version, pinned.compliant) == (1, True)
    doc.pop("form_version")
    latest = check(doc, registry=two_versions)
    assert latest.form_version == 2
    assert [f.rule for f in latest.findings] == ["author.rank"]


def test_unknown_version_names_the_known_ones(two_versions):
    doc = sample("koap-791")
    doc["form_version"] = 3
    with pytest.raises(ProtocolRefused) as caught:
        check(doc, registry=two_versions)
    assert "1, 2" in caught.value.message("ru")


# --- validation of form files -------------------------------------------------------------------

GOOD_RULE = """
[[rules]]
id = "protocol.date"
kind = "required"
severity = "error"
citation = { code = "КоАП", article = 791, part = 10 }
params.field = "date"
message.kk = "к"
message.ru = "р"
message.en = "e"
"""
GOOD = """
id = "koap-791"
version = 1
code = "КоАП"
article = 791
title = { kk = "хаттама", ru = "протокол", en = "record" }
[[sections]]
id = "header"
title = { kk = "а", ru = "б", en = "c" }
[[fields]]
name = "date"
type = "date"
section = "header"
label = { kk = "Күні", ru = "Дата", en = "Date" }
"""


def _load(tmp_path: Path, text: str, name: str = "koap-791.v1.toml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_form(path)


def test_a_minimal_form_loads(tmp_path):
    form = _load(tmp_path, GOOD + GOOD_RULE)
    assert [r.id for r in form.rules] == ["protocol.date"]


@pytest.mark.parametrize(
    ("change", "complaint"),
    [
        (lambda t: t.replace('kind = "required"', 'kind = "magic"'), "unknown rule kind"),
        (lambda t: t.replace('message.en = "e"\n', ""), "kk, ru and en"),
        (lambda t: t.replace('params.field = "date"', 'params.field = "dtae"'), "not defined"),
        (
            lambda t: t.replace('params.field = "date"', 'params.feild = "date"'),
            "missing parameters",
        ),
        (lambda t: t.replace('kind = "required"', 'kind = "required_if"'), "needs a when"),
        (lambda t: t.replace('severity = "error"', 'severity = "fatal"'), "severity"),
        (
            lambda t: t.replace(
                'code = "КоАП", article = 791, part', 'code = "ГК", article = 791, part'
            ),
            "unknown code",
        ),
        (lambda t: t.replace('type = "date"', 'type = "calendar"'), "unknown field type"),
        (lambda t: t + GOOD_RULE, "repeat"),
        (
            lambda t: t.replace(
                'params.field = "date"', 'params.field = "date"\nparams.when = { field = "date" }'
            ),
            "exactly one of",
        ),
        (lambda t: t.replace("version = 1", "version = 2"), "do not match the file name"),
        (lambda t: t + "[[[", "koap-791.v1.toml"),
    ],
)
def test_malformed_form_files_are_rejected_with_the_place(tmp_path, change, complaint):
    with pytest.raises(FormDefinitionError, match=complaint):
        _load(tmp_path, change(GOOD + GOOD_RULE))


def test_a_form_file_needs_its_proper_name(tmp_path):
    with pytest.raises(FormDefinitionError, match="named"):
        _load(tmp_path, GOOD + GOOD_RULE, name="koap791.toml")
