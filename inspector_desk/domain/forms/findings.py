"""What a check reports: citations, findings and the result of checking one protocol."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

#: The codes a citation may name (CLI contract v1).
CODES = ("КоАП", "УПК", "АППК")
SEVERITIES = ("error", "warning")


@dataclass(frozen=True, slots=True)
class Citation:
    """The legal norm a rule enforces; ``part`` is ``None`` when the whole article is meant."""

    code: str
    article: int
    part: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "article": self.article, "part": self.part}


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem in a protocol: which rule, how bad, which norm, where, and why (localized)."""

    rule: str
    severity: str
    citation: Citation
    field: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "severity": self.severity,
            "citation": self.citation.to_dict(),
            "field": self.field,
            "message": self.message,
        }


@dataclass(frozen=True, slots=True)
class CheckResult:
    """The findings for one protocol checked against one form version."""

    form: str
    form_version: int
    findings: tuple[Finding, ...]

    @property
    def compliant(self) -> bool:
        """True when no finding is an ``error`` (warnings do not block finalizing)."""
        return not any(f.severity == "error" for f in self.findings)

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity == "error")

    def to_dict(self) -> dict[str, Any]:
        """The ``protocol check`` output of the CLI contract."""
        return {
            "form": self.form,
            "compliant": self.compliant,
            "findings": [f.to_dict() for f in self.findings],
        }
