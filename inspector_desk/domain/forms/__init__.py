"""Protocol forms that enforce the law: form files, the rule engine and the exchange format.

Typical use::

    protocol = read_protocol("search.json")          # or parse_protocol(text)
    result = check(protocol, lang="kk")              # findings with citations
    result.compliant, [f.to_dict() for f in result.findings]
    seal = seal_hash(protocol, result.form_version)  # when finalizing
"""

from inspector_desk.domain.forms.definition import (
    FieldDef,
    FormDefinition,
    FormDefinitionError,
    FormRegistry,
    RuleDef,
    default_registry,
    load_form,
)
from inspector_desk.domain.forms.engine import check, form_for
from inspector_desk.domain.forms.exchange import (
    Protocol,
    canonical_json,
    dumps_protocol,
    parse_protocol,
    read_protocol,
    seal_hash,
    with_form_version,
)
from inspector_desk.domain.forms.findings import CheckResult, Citation, Finding
from inspector_desk.domain.forms.legal import citation_label, citation_text
from inspector_desk.domain.forms.messages import ProtocolRefused, UnknownForm

__all__ = [
    "CheckResult",
    "Citation",
    "FieldDef",
    "Finding",
    "FormDefinition",
    "FormDefinitionError",
    "FormRegistry",
    "Protocol",
    "ProtocolRefused",
    "RuleDef",
    "UnknownForm",
    "canonical_json",
    "check",
    "citation_label",
    "citation_text",
    "default_registry",
    "dumps_protocol",
    "form_for",
    "load_form",
    "parse_protocol",
    "read_protocol",
    "seal_hash",
    "with_form_version",
]
