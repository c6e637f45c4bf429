"""Every rule of every form: a protocol that breaks it gets a finding with the rule's severity,
citation and field; a protocol that meets it (with its condition active) gets none."""

from __future__ import annotations

import pytest

from inspector_desk.domain.forms import default_registry
from tests.domain.forms.helpers import FORMS, hits, run, sample
from tests.domain.forms.rule_cases import CASES

PAIRS = [(form.id, rule.id) for form in default_registry().all() for rule in form.rules]


def test_every_rule_of_every_form_has_a_case():
    assert sorted({rule for _, rule in PAIRS} - set(CASES)) == []
    assert sorted(set(CASES) - {rule for _, rule in PAIRS}) == []


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_compliant_samples_have_no_findings(form, lang):
    result = run(sample(form), lang)
    assert result.compliant
    assert [f.to_dict() for f in result.findings] == []


@pytest.mark.parametrize(("form", "rule"), PAIRS, ids=[f"{f}:{r}" for f, r in PAIRS])
def test_rule_catches_the_defect_and_passes_when_met(form, rule):
    case = CASES[rule]
    definition = default_registry().get(form).rule(rule)

    broken = sample(form)
    case.fail(broken)
    found = hits(broken, rule)
    assert found, f"{rule} did not fire on {form}"
    for finding in found:
        assert (finding.severity, finding.citation) == (definition.severity, definition.citation)
    if case.field is not None:
        expected = case.field(broken) if callable(case.field) else case.field
        assert expected in [f.field for f in found]

    met = sample(form)
    if case.ok is not None:
        case.ok(met)
    assert hits(met, rule) == []


@pytest.mark.parametrize(("form", "rule"), PAIRS[::5], ids=[f"{f}:{r}" for f, r in PAIRS[::5]])
@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_messages_are_filled_in_every_language(form, rule, lang):
    broken = sample(form)
    CASES[rule].fail(broken)
    for finding in hits(broken, rule, lang):
        assert finding.message.strip()
        assert "{" not in finding.message and "}" not in finding.message
