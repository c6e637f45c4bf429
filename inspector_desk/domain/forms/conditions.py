"""Declarative conditions used by rules (``when``, ``unless``, ``where``, ``any_of``).

A condition is a table, or a list of tables that must all hold:

- ``{field = "scope", contains = "person"}`` — also ``equals``, ``not_equals``, ``in``,
  ``not_in``, ``present = true|false``; ``field`` may be an anchor such as ``@night``;
- ``{role = "witness", at_least = 2}`` — how many participants have the role (or roles);
- ``{all = [...]}``, ``{any = [...]}``, ``{not = {...}}``.

In ``where`` the paths are relative to the list element being filtered.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from inspector_desk.domain.forms.context import ANCHORS, Context
from inspector_desk.domain.forms.fieldpath import is_present, parse_tokens, walk

Condition = Callable[[Context, Any], bool]
_OPS = ("equals", "not_equals", "in", "not_in", "contains", "present")


class ConditionError(ValueError):
    """A condition in a form file is malformed."""


def same(a: Any, b: Any) -> bool:
    """Equality that keeps ``true`` apart from ``1`` (JSON booleans are not numbers)."""
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    return a == b


def _check_ref(ref: Any) -> str:
    if not isinstance(ref, str):
        raise ConditionError(f"field must be text: {ref!r}")
    if ref.startswith("@"):
        if ref not in ANCHORS:
            raise ConditionError(f"unknown anchor {ref!r}")
    else:
        try:
            parse_tokens(ref)
        except ValueError as exc:
            raise ConditionError(str(exc)) from None
    return ref


def compile_condition(spec: Any) -> Condition:
    """Compile a condition spec; raises :class:`ConditionError` when it is malformed."""
    if isinstance(spec, list):
        parts = [compile_condition(s) for s in spec]
        return lambda ctx, el: all(p(ctx, el) for p in parts)
    if not isinstance(spec, dict):
        raise ConditionError(f"a condition is a table or a list of tables: {spec!r}")
    if "all" in spec or "any" in spec:
        key = "all" if "all" in spec else "any"
        if not isinstance(spec[key], list) or len(spec) != 1:
            raise ConditionError(f"{key} takes a list and nothing else: {spec!r}")
        parts = [compile_condition(s) for s in spec[key]]
        if key == "all":
            return lambda ctx, el: all(p(ctx, el) for p in parts)
        return lambda ctx, el: any(p(ctx, el) for p in parts)
    if "not" in spec:
        if len(spec) != 1:
            raise ConditionError(f"not takes one condition and nothing else: {spec!r}")
        inner = compile_condition(spec["not"])
        return lambda ctx, el: not inner(ctx, el)
    if "role" in spec:
        return _role_count(spec)
    return _field_test(spec)


def _role_count(spec: dict) -> Condition:
    roles = spec["role"]
    roles = (roles,) if isinstance(roles, str) else tuple(roles)
    at_least = spec.get("at_least")
    if set(spec) != {"role", "at_least"} or not isinstance(at_least, int):
        raise ConditionError(f"a role condition is {{role, at_least}}: {spec!r}")
    return lambda ctx, el: len(ctx.with_role(roles)) >= at_least


def _field_test(spec: dict) -> Condition:
    ref = _check_ref(spec.get("field"))
    ops = [op for op in spec if op != "field"]
    if len(ops) != 1 or ops[0] not in _OPS:
        raise ConditionError(f"a field condition has exactly one of {_OPS}: {spec!r}")
    op, arg = ops[0], spec[ops[0]]
    if op in ("in", "not_in") and not isinstance(arg, list):
        raise ConditionError(f"{op} takes a list: {spec!r}")
    if op == "present" and not isinstance(arg, bool):
        raise ConditionError(f"present takes true or false: {spec!r}")

    tokens = None if ref.startswith("@") else parse_tokens(ref)

    def test(ctx: Context, element: Any) -> bool:
        if tokens is None:
            value = ctx.anchor(ref)
        else:
            value = walk(element if element is not None else ctx.doc, tokens)
        if op == "present":
            return is_present(value) is arg
        if op == "equals":
            return same(value, arg)
        if op == "not_equals":
            return not same(value, arg)
        if op == "in":
            return any(same(value, a) for a in arg)
        if op == "not_in":
            return not any(same(value, a) for a in arg)
        return isinstance(value, list) and any(same(v, arg) for v in value)  # contains

    return test
