"""``check()``: a protocol against the rules of its form version, findings in one language."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from inspector_desk.domain.forms.context import Context
from inspector_desk.domain.forms.definition import FormDefinition, FormRegistry, default_registry
from inspector_desk.domain.forms.findings import CheckResult, Finding
from inspector_desk.domain.forms.messages import FORMAT_FINDINGS, LANGS, ProtocolRefused, render
from inspector_desk.domain.forms.typecheck import check_format


def form_for(doc: Mapping[str, Any], registry: FormRegistry | None = None) -> FormDefinition:
    """The form version a protocol is written under: its ``form_version``, else the latest.

    Raises :class:`~inspector_desk.domain.forms.messages.ProtocolRefused` when the document
    names no form, or a form or version this program does not know.
    """
    registry = registry or default_registry()
    form_id = doc.get("form")
    if form_id is None:
        raise ProtocolRefused("format.no_form")
    if not isinstance(form_id, str):
        raise ProtocolRefused("format.unknown_form", form=repr(form_id)[:40])
    version = doc.get("form_version")
    if version is not None and (isinstance(version, bool) or not isinstance(version, int)):
        known = ", ".join(str(v) for v in registry.available().get(form_id, []))
        raise ProtocolRefused(
            "format.unknown_version", form=form_id[:40], version=repr(version)[:40], known=known
        )
    return registry.get(form_id, version)


def check(protocol: Any, *, lang: str = "ru", registry: FormRegistry | None = None) -> CheckResult:
    """Check a protocol (a :class:`~inspector_desk.domain.forms.exchange.Protocol` or its dict).

    Format findings (``format.*``, cited to the form's article as a whole) come first, then the
    form's rules in file order. Raises
    :class:`ProtocolRefused` only when the form cannot be determined; never for odd content.
    """
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {LANGS}")
    doc = getattr(protocol, "data", protocol)
    if not isinstance(doc, Mapping):
        raise ProtocolRefused("format.not_object")
    form = form_for(doc, registry)
    ctx = Context(doc if isinstance(doc, dict) else dict(doc))
    findings: list[Finding] = []
    for rule_id, field, params in check_format(ctx.doc, form, ctx):
        message = render(FORMAT_FINDINGS[rule_id], lang, dict(params))
        findings.append(Finding(rule_id, "error", form.citation, field, message))
    for rule in form.rules:
        if rule.when is not None and not rule.when(ctx, None):
            continue
        if rule.unless is not None and rule.unless(ctx, None):
            continue
        for field, params in rule.check(ctx):
            message = render(rule.message, lang, dict(params) if params else None)
            findings.append(Finding(rule.id, rule.severity, rule.citation, field, message))
    return CheckResult(form.id, form.version, tuple(findings))
