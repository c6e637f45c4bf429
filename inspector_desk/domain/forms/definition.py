"""Protocol forms as data: load and validate ``resources/forms/<id>.v<version>.toml``.

A form file holds the form's id, version, trilingual title, the code and article it rests
on, its sections, its fields (typed, labelled and explained in kk/ru/en) and its rules (each
with a kind, parameters, severity, citation and a kk/ru/en message). A protocol keeps the
version it began under, so old versions stay loadable next to new ones.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from inspector_desk import paths
from inspector_desk.domain.forms.conditions import Condition, ConditionError, compile_condition
from inspector_desk.domain.forms.findings import CODES, SEVERITIES, Citation
from inspector_desk.domain.forms.messages import LANGS, LocalText, UnknownForm
from inspector_desk.domain.forms.rules import PATH_PARAMS, Check, RuleParamsError, compile_rule

FIELD_TYPES = (
    "text",
    "date",
    "time",
    "datetime",
    "choice",
    "yes_no",
    "number",
    "person",
    "group",
    "participant_list",
    "item_table",
    "list",
)
#: Types whose value is an object with sub-fields, and those whose value is a list of objects.
OBJECT_TYPES = ("person", "group")
LIST_TYPES = ("participant_list", "item_table", "list")
FILE_NAME = re.compile(r"(?P<id>[a-z]+-\d+)\.v(?P<version>[1-9]\d*)\.toml", re.ASCII)
DEFAULT_MAX_LENGTH = 10_000


class FormDefinitionError(ValueError):
    """A form file is malformed; the message names the file and the place."""


@dataclass(frozen=True, slots=True)
class Option:
    value: str
    label: LocalText


@dataclass(frozen=True, slots=True)
class FieldDef:
    """One field: ``name`` inside its parent, ``type`` from :data:`FIELD_TYPES`."""

    name: str
    type: str
    label: LocalText
    help: LocalText | None = None
    section: str | None = None
    options: tuple[Option, ...] = ()
    multiple: bool = False
    min: float | None = None
    max: float | None = None
    max_length: int = DEFAULT_MAX_LENGTH
    fields: tuple[FieldDef, ...] = ()

    def option(self, value: Any) -> Option | None:
        return next((o for o in self.options if o.value == value), None)


@dataclass(frozen=True, slots=True)
class Section:
    id: str
    title: LocalText


@dataclass(frozen=True, slots=True)
class RuleDef:
    """One rule; ``check`` is its compiled kind, ``when``/``unless`` its compiled conditions."""

    id: str
    kind: str
    severity: str
    citation: Citation
    message: LocalText
    params: Mapping[str, Any]
    check: Check = field(repr=False, compare=False)
    when: Condition | None = field(default=None, repr=False, compare=False)
    unless: Condition | None = field(default=None, repr=False, compare=False)


@dataclass(frozen=True, slots=True)
class FormDefinition:
    """A form at one version; ``citation`` is the article the whole form rests on."""

    id: str
    version: int
    title: LocalText
    citation: Citation
    sections: tuple[Section, ...]
    fields: tuple[FieldDef, ...]
    rules: tuple[RuleDef, ...]
    source: Path | None = None

    def field_at(self, path: str) -> FieldDef | None:
        """The definition of a field path (indexes and ``[*]`` ignored), else ``None``."""
        names = [n for n in re.split(r"\.|\[[^\]]*\]", path) if n]
        fields, found = self.fields, None
        for name in names:
            found = next((f for f in fields if f.name == name), None)
            if found is None:
                return None
            fields = found.fields
        return found

    def option_label(self, path: str, value: str) -> LocalText | None:
        f = self.field_at(path)
        option = f.option(value) if f else None
        return option.label if option else None

    def rule(self, rule_id: str) -> RuleDef:
        return next(r for r in self.rules if r.id == rule_id)


# --- loading --------------------------------------------------------------------------------


class _Reader:
    """Reads one parsed TOML table with error messages that say where the problem is."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, where: str, what: str) -> FormDefinitionError:
        return FormDefinitionError(f"{self.source}: {where}: {what}")

    def get(
        self,
        table: Mapping,
        key: str,
        kind: type | tuple[type, ...],
        where: str,
        default: Any = ...,
    ) -> Any:
        if key not in table:
            if default is ...:
                raise self.fail(where, f"missing {key!r}")
            return default
        value = table[key]
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise self.fail(where, f"{key!r} has the wrong type")
        return value

    def text(
        self, table: Mapping, key: str, where: str, *, optional: bool = False
    ) -> LocalText | None:
        if optional and key not in table:
            return None
        value = self.get(table, key, dict, where)
        missing = [
            lang
            for lang in LANGS
            if not isinstance(value.get(lang), str) or not value[lang].strip()
        ]
        if missing or set(value) - set(LANGS):
            raise self.fail(where, f"{key!r} needs kk, ru and en text (missing {missing})")
        return {lang: value[lang] for lang in LANGS}

    def citation(self, table: Mapping, where: str) -> Citation:
        code = self.get(table, "code", str, where)
        if code not in CODES:
            raise self.fail(where, f"unknown code {code!r}")
        article = self.get(table, "article", int, where)
        part = self.get(table, "part", int, where, default=None)
        return Citation(code, article, part)


def _fields(reader: _Reader, raw: Any, where: str, sections: set[str]) -> tuple[FieldDef, ...]:
    if not isinstance(raw, list):
        raise reader.fail(where, "fields must be an array of tables")
    out: list[FieldDef] = []
    for n, f in enumerate(raw):
        at = f"{where}[{n}]"
        name = reader.get(f, "name", str, at)
        at = f"{where}.{name}"
        ftype = reader.get(f, "type", str, at)
        if ftype not in FIELD_TYPES:
            raise reader.fail(at, f"unknown field type {ftype!r}")
        section = reader.get(f, "section", str, at, default=None)
        if section is not None and section not in sections:
            raise reader.fail(at, f"unknown section {section!r}")
        options = tuple(
            Option(reader.get(o, "value", str, f"{at}.options"), reader.text(o, "label", at))
            for o in reader.get(f, "options", list, at, default=[])
        )
        if ftype == "choice" and not options:
            raise reader.fail(at, "a choice needs options")
        subfields = _fields(reader, f.get("fields", []), at, sections)
        if (ftype in OBJECT_TYPES or ftype in LIST_TYPES) and not subfields:
            raise reader.fail(at, f"a {ftype} needs fields")
        out.append(
            FieldDef(
                name=name,
                type=ftype,
                label=reader.text(f, "label", at),
                help=reader.text(f, "help", at, optional=True),
                section=section,
                options=options,
                multiple=reader.get(f, "multiple", bool, at, default=False),
                min=reader.get(f, "min", (int, float), at, default=None),
                max=reader.get(f, "max", (int, float), at, default=None),
                max_length=reader.get(f, "max_length", int, at, default=DEFAULT_MAX_LENGTH),
                fields=subfields,
            )
        )
    names = [f.name for f in out]
    if len(names) != len(set(names)):
        raise reader.fail(where, "field names repeat")
    return tuple(out)


def _rule_paths(params: Mapping[str, Any]) -> Iterator[str]:
    for key in PATH_PARAMS:
        value = params.get(key)
        for v in [value] if isinstance(value, str) else value or ():
            if isinstance(v, str) and not v.startswith("@"):
                yield v


def parse_form(data: Mapping[str, Any], source: str = "<form>") -> FormDefinition:
    """Build and validate a form from its parsed TOML; raises :class:`FormDefinitionError`."""
    r = _Reader(source)
    form_id = r.get(data, "id", str, "form")
    version = r.get(data, "version", int, "form")
    if version < 1:
        raise r.fail("form", "version starts at 1")
    sections = tuple(
        Section(r.get(s, "id", str, "sections"), r.text(s, "title", "sections"))
        for s in r.get(data, "sections", list, "form")
    )
    form_citation = Citation(r.get(data, "code", str, "form"), r.get(data, "article", int, "form"))
    if form_citation.code not in CODES:
        raise r.fail("form", f"unknown code {form_citation.code!r}")
    fields = _fields(r, data.get("fields"), "fields", {s.id for s in sections})
    form = FormDefinition(
        id=form_id,
        version=version,
        title=r.text(data, "title", "form"),
        citation=form_citation,
        sections=sections,
        fields=fields,
        rules=(),
    )
    rules: list[RuleDef] = []
    for n, raw in enumerate(r.get(data, "rules", list, "form")):
        rule_id = r.get(raw, "id", str, f"rules[{n}]")
        at = f"rule {rule_id}"
        kind = r.get(raw, "kind", str, at)
        severity = r.get(raw, "severity", str, at)
        if severity not in SEVERITIES:
            raise r.fail(at, f"severity is error or warning, not {severity!r}")
        params = dict(r.get(raw, "params", dict, at, default={}))
        when_spec, unless_spec = params.pop("when", None), params.pop("unless", None)
        if kind == "required_if" and when_spec is None:
            raise r.fail(at, "required_if needs a when condition")
        for path in _rule_paths(params):
            if form.field_at(path) is None:
                raise r.fail(at, f"field {path!r} is not defined in the form")
        try:
            check = compile_rule(kind, params, form.option_label)
            when = compile_condition(when_spec) if when_spec is not None else None
            unless = compile_condition(unless_spec) if unless_spec is not None else None
        except (RuleParamsError, ConditionError) as exc:
            raise r.fail(at, str(exc)) from None
        rules.append(
            RuleDef(
                id=rule_id,
                kind=kind,
                severity=severity,
                citation=r.citation(r.get(raw, "citation", dict, at), at),
                message=r.text(raw, "message", at),
                params=params,
                check=check,
                when=when,
                unless=unless,
            )
        )
    ids = [rule.id for rule in rules]
    if len(ids) != len(set(ids)):
        raise r.fail("rules", f"rule ids repeat: {sorted({i for i in ids if ids.count(i) > 1})}")
    return replace(form, rules=tuple(rules))


def load_form(path: Path) -> FormDefinition:
    """Load one form file; its name must be ``<id>.v<version>.toml`` and agree with its content."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise FormDefinitionError(f"{path.name}: {exc}") from None
    return replace(load_form_text(text, path.name), source=path)


def load_form_text(text: str, name: str) -> FormDefinition:
    """A form from its TOML text; ``name`` (``<id>.v<version>.toml``) must agree with it.
    Raises :class:`FormDefinitionError` naming what is wrong."""
    m = FILE_NAME.fullmatch(name)
    if not m:
        raise FormDefinitionError(f"{name}: a form file is named <id>.v<version>.toml")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise FormDefinitionError(f"{name}: {exc}") from None
    form = parse_form(data, name)
    if (form.id, form.version) != (m["id"], int(m["version"])):
        raise FormDefinitionError(f"{name}: id/version inside do not match the file name")
    return form


class FormRegistry:
    """The forms in a directory (shipped with the program), loaded on first use, plus the
    forms the department published through sync; picked by id and version.

    A published form only adds: a form id or a version the program does not ship. A
    version the program ships is never replaced (protocols written on it must keep being
    checked by the same rules)."""

    def __init__(self, directory: Path | None = None) -> None:
        self.directory = directory or paths.FORMS
        self._loaded: dict[tuple[str, int], FormDefinition] = {}
        self._files: dict[str, dict[int, Path]] | None = None
        self._published: dict[tuple[str, int], FormDefinition] = {}

    def available(self) -> dict[str, list[int]]:
        """Form id → its versions, ascending."""
        found = {form_id: set(v) for form_id, v in self._index().items()}
        for form_id, version in self._published:
            found.setdefault(form_id, set()).add(version)
        return {form_id: sorted(v) for form_id, v in sorted(found.items())}

    def latest_version(self, form_id: str) -> int:
        versions = self.available().get(form_id)
        if not versions:
            raise UnknownForm("format.unknown_form", form=form_id[:60])
        return max(versions)

    def get(self, form_id: str, version: int | None = None) -> FormDefinition:
        """The form at ``version`` (latest when ``None``); raises :class:`UnknownForm`."""
        versions = self.available().get(form_id)
        if not versions:
            raise UnknownForm("format.unknown_form", form=form_id[:60])
        if version is None:
            version = max(versions)
        if version not in versions:
            known = ", ".join(str(v) for v in versions)
            raise UnknownForm("format.unknown_version", form=form_id, version=version, known=known)
        key = (form_id, version)
        published = self._published.get(key)
        if published is not None:
            return published
        if key not in self._loaded:
            self._loaded[key] = load_form(self._index()[form_id][version])
        return self._loaded[key]

    def all(self) -> list[FormDefinition]:
        """Every version of every form (loads them all)."""
        return [self.get(i, v) for i, vs in self.available().items() for v in vs]

    def ships(self, form_id: str, version: int) -> bool:
        """Whether the program itself carries this form version."""
        return version in self._index().get(form_id, {})

    def read_published(self, text: str, name: str) -> FormDefinition | None:
        """A published form (TOML ``text``, file ``name``) as this registry would use it;
        ``None`` when the program ships that version (it stays as shipped). Raises
        :class:`FormDefinitionError` if it is invalid. Changes nothing."""
        form = load_form_text(text, name)
        return None if self.ships(form.id, form.version) else form

    def set_published(self, forms: list[FormDefinition]) -> None:
        """Use exactly ``forms`` as the published ones (swapped in one step: a sync in a
        worker thread may call this while the window reads the registry)."""
        self._published = {(f.id, f.version): f for f in forms}

    def forget_published(self) -> None:
        """Drop every published form (another database is opened, tests)."""
        self._published = {}

    def _index(self) -> dict[str, dict[int, Path]]:
        if self._files is None:
            files: dict[str, dict[int, Path]] = {}
            for path in sorted(self.directory.glob("*.toml")):
                m = FILE_NAME.fullmatch(path.name)
                if m:
                    files.setdefault(m["id"], {})[int(m["version"])] = path
            self._files = files
        return self._files


@lru_cache(maxsize=1)
def default_registry() -> FormRegistry:
    """The forms shipped in ``resources/forms`` (and those published, once loaded)."""
    return FormRegistry()
