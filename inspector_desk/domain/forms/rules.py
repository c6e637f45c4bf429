"""The declarative rule kinds a form file may use.

Each kind compiles its ``params`` once (when the form is loaded) into a check: a function
from :class:`~inspector_desk.domain.forms.context.Context` to hits ``(field path, message
parameters)``. Checks never raise on odd documents: what does not fit the expected shape is
treated as not recorded. ``when`` / ``unless`` are applied by the engine for every kind.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

from inspector_desk.domain.forms.conditions import compile_condition, same
from inspector_desk.domain.forms.context import Context
from inspector_desk.domain.forms.fieldpath import FieldPath, is_present, walk
from inspector_desk.domain.forms.timing import age_on, parse_date
from inspector_desk.domain.iin import REASONS as IIN_REASONS
from inspector_desk.domain.iin import InvalidIin, parse_iin

Hit = tuple[str, Mapping[str, Any] | None]
Check = Callable[[Context], Iterable[Hit]]
#: Looks up the localized label of a choice value: ``(field path, value) -> LocalText | None``.
OptionLabel = Callable[[str, str], Mapping[str, str] | None]


class RuleParamsError(ValueError):
    """A rule's parameters in a form file are malformed."""


_KINDS: dict[str, tuple[Callable[..., Check], frozenset[str], frozenset[str]]] = {}
#: Parameters that hold field paths (the loader checks them against the form's fields).
PATH_PARAMS = ("field", "first", "then", "after", "reason_field", "persons", "report")


def kind(name: str, *, required: tuple[str, ...] = (), optional: tuple[str, ...] = ()):
    """Register a rule kind with the parameters it requires and allows."""

    def register(fn: Callable[..., Check]) -> Callable[..., Check]:
        _KINDS[name] = (fn, frozenset(required), frozenset(required + optional))
        return fn

    return register


def kinds() -> tuple[str, ...]:
    """The names of every rule kind."""
    return tuple(_KINDS)


def compile_rule(kind_name: str, params: Mapping[str, Any], option_label: OptionLabel) -> Check:
    """The check for one rule; raises :class:`RuleParamsError` if the kind or params are wrong."""
    if kind_name not in _KINDS:
        raise RuleParamsError(f"unknown rule kind {kind_name!r}")
    fn, required, allowed = _KINDS[kind_name]
    missing = required - set(params)
    unknown = set(params) - allowed
    if missing or unknown:
        raise RuleParamsError(
            f"{kind_name}: missing parameters {sorted(missing)}, unknown {sorted(unknown)}"
        )
    try:
        return fn(option_label=option_label, **params)
    except (TypeError, ValueError, KeyError) as exc:
        raise RuleParamsError(f"{kind_name}: {exc}") from None


def _names(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise ValueError(f"role must be a role or a list of roles: {value!r}")


def _paths(value: Any) -> list[FieldPath]:
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not items:
        raise ValueError(f"expected a field path or a list of them: {value!r}")
    return [FieldPath.compile(v) for v in items]


def _persons(ctx: Context, paths: list[FieldPath]) -> Iterator[tuple[str, dict]]:
    """``(path, person object)`` for each path (wildcards expand to every element)."""
    for path in paths:
        if path.is_wildcard:
            for i, element in path.elements(ctx.doc):
                if isinstance(element, dict):
                    yield path.element_path(i), element
        else:
            person = path.get(ctx.doc)
            if isinstance(person, dict):
                yield path.text, person


# --- presence -----------------------------------------------------------------------------


_ANY = object()


@kind("required", required=("field",), optional=("where", "must_be", "allowed"))
def _required(
    *,
    option_label: OptionLabel,
    field: Any,
    where: Any = None,
    must_be: Any = _ANY,
    allowed: Any = None,
) -> Check:
    """Each path is recorded (and equals ``must_be`` / is one of ``allowed`` when given).

    ``field`` is one path or a list; with a ``[*]`` path, ``where`` filters the elements.
    """
    paths = _paths(field)
    keep = compile_condition(where) if where is not None else None
    if allowed is not None and not isinstance(allowed, list):
        raise ValueError("allowed takes a list")

    def wrong(value: Any) -> bool:
        if not is_present(value):
            return True
        if must_be is not _ANY and not same(value, must_be):
            return True
        return allowed is not None and not any(same(value, a) for a in allowed)

    def check(ctx: Context) -> Iterator[Hit]:
        for path in paths:
            if not path.is_wildcard:
                if wrong(path.get(ctx.doc)):
                    yield path.text, None
                continue
            for i, element in path.elements(ctx.doc):
                if keep is not None and not (isinstance(element, dict) and keep(ctx, element)):
                    continue
                if wrong(walk(element, path.tail)):
                    yield path.concrete(i), None

    return check


#: ``required`` under a ``when`` condition (the loader insists on one).
kind("required_if", required=("field",), optional=("where", "must_be", "allowed"))(_required)


@kind("any_of", required=("conditions", "field"))
def _any_of(*, option_label: OptionLabel, conditions: Any, field: str) -> Check:
    """At least one of ``conditions`` holds; otherwise one hit at ``field``."""
    if not isinstance(conditions, list) or not conditions:
        raise ValueError("conditions takes a non-empty list")
    tests = [compile_condition(c) for c in conditions]
    FieldPath.compile(field)

    def check(ctx: Context) -> Iterator[Hit]:
        if not any(t(ctx, None) for t in tests):
            yield field, None

    return check


# --- participants ---------------------------------------------------------------------------


@kind("participant_count", required=("role", "min"), optional=("field",))
def _participant_count(
    *, option_label: OptionLabel, role: Any, min: int, field: str = "participants"
) -> Check:
    """At least ``min`` participants have the role (one of the roles)."""
    roles = _names(role)
    if not isinstance(min, int) or min < 1:
        raise ValueError("min must be a positive integer")

    def check(ctx: Context) -> Iterator[Hit]:
        count = len(ctx.with_role(roles))
        if count < min:
            yield field, {"min": min, "count": count}

    return check


@kind("same_sex", optional=("who", "role"))
def _same_sex(*, option_label: OptionLabel, who: str | None = None, role: Any = None) -> Check:
    """The author (``who = "author"``) or every participant with ``role`` is of the subject's sex.

    Silent while the subject's sex is not recorded; a missing sex of the other person is a hit.
    """
    if (who is None) == (role is None) or who not in (None, "author"):
        raise ValueError('give either who = "author" or role')
    roles = _names(role) if role is not None else ()

    def check(ctx: Context) -> Iterator[Hit]:
        subject = ctx.subject_sex
        if subject is None:
            return
        if who == "author":
            if walk(ctx.doc, ("author", "sex")) != subject:
                yield "author.sex", None
            return
        for i, p in ctx.with_role(roles):
            if p.get("sex") != subject:
                yield f"participants[{i}].sex", None

    return check


@kind("participant_age", required=("role", "check"), optional=("min_age",))
def _participant_age(
    *, option_label: OptionLabel, role: Any, check: str, min_age: int = 18
) -> Check:
    """``check = "adult"``: aged ``min_age`` or more on the protocol date (from ``birth_date``,
    else from the IIN); ``check = "known"``: the age can be established at all."""
    roles = _names(role)
    if check not in ("adult", "known"):
        raise ValueError('check is "adult" or "known"')

    def check_fn(ctx: Context) -> Iterator[Hit]:
        for i, p in ctx.with_role(roles):
            born = birth_date_of(p)
            if check == "known":
                if born is None:
                    yield f"participants[{i}].birth_date", None
            elif born is not None and ctx.date is not None and age_on(born, ctx.date) < min_age:
                yield (
                    f"participants[{i}].birth_date",
                    {"age": age_on(born, ctx.date), "min_age": min_age},
                )

    return check_fn


def birth_date_of(person: Mapping[str, Any]) -> dt.date | None:
    """The birth date recorded for a person, else the one its valid IIN encodes."""
    born = parse_date(person.get("birth_date"))
    if born is not None:
        return born
    iin = person.get("iin")
    if isinstance(iin, str):
        try:
            return parse_iin(iin).birth_date
        except InvalidIin:
            return None
    return None


@kind("participant_flags", required=("role", "flags"))
def _participant_flags(*, option_label: OptionLabel, role: Any, flags: Any) -> Check:
    """No participant with the role carries any of ``flags`` (in its ``flags`` list)."""
    roles = _names(role)
    banned = tuple(_names(flags))

    def check(ctx: Context) -> Iterator[Hit]:
        for i, p in ctx.with_role(roles):
            own = p.get("flags")
            if not isinstance(own, list):
                continue
            for flag in banned:
                if flag in own:
                    label = option_label("participants[*].flags", flag)
                    yield f"participants[{i}].flags", {"flag": label or flag}

    return check


@kind("occupation_hint", required=("role", "keywords"))
def _occupation_hint(*, option_label: OptionLabel, role: Any, keywords: Any) -> Check:
    """The free-text ``occupation`` hints at a flag the participant does not carry.

    ``keywords`` maps a flag to lower-case word stems (e.g. ``police = ["полиц"]``).
    """
    roles = _names(role)
    if not isinstance(keywords, dict) or not keywords:
        raise ValueError("keywords maps flags to lists of word stems")
    stems = {flag: tuple(s.casefold() for s in _names(words)) for flag, words in keywords.items()}

    def check(ctx: Context) -> Iterator[Hit]:
        for i, p in ctx.with_role(roles):
            occupation = p.get("occupation")
            if not isinstance(occupation, str) or not occupation:
                continue
            text = occupation.casefold()
            own = p.get("flags") if isinstance(p.get("flags"), list) else ()
            for flag, words in stems.items():
                if flag not in own and any(w in text for w in words):
                    label = option_label("participants[*].flags", flag)
                    yield f"participants[{i}].occupation", {"flag": label or flag}
                    break

    return check


# --- signatures -----------------------------------------------------------------------------


@kind("signature", required=("who",), optional=("refusal_ok",))
def _signature(*, option_label: OptionLabel, who: Any, refusal_ok: bool = True) -> Check:
    """``who = "author"``, ``"subject"`` or roles: signed, or (``refusal_ok``) refusal recorded."""
    if who in ("author", "subject"):
        roles: tuple[str, ...] = ()
    else:
        roles = _names(who)

    def check(ctx: Context) -> Iterator[Hit]:
        signatures = ctx.doc.get("signatures")
        signatures = signatures if isinstance(signatures, dict) else {}
        if who in ("author", "subject"):
            if signatures.get(who) is not True and not (refusal_ok and who in ctx.refused):
                yield f"signatures.{who}", None
            return
        refused = ctx.refused
        for i, p in ctx.with_role(roles):
            if p.get("signed") is True:
                continue
            if refusal_ok and (i in refused or (p.get("role") == "owner" and "owner" in refused)):
                continue
            yield f"participants[{i}].signed", None

    return check


# --- time -------------------------------------------------------------------------------------


@kind("night_time", required=("require",), optional=("reason_field", "field"))
def _night_time(
    *,
    option_label: OptionLabel,
    require: str,
    reason_field: str | None = None,
    field: str = "start_time",
) -> Check:
    """``require = "reason"``: an action touching 22:00–06:00 records ``reason_field``;
    ``require = "night"``: the action really took place at night (checked against ``field``)."""
    if require == "reason":
        if not reason_field:
            raise ValueError("reason_field is needed")
        reason = FieldPath.compile(reason_field)

        def check(ctx: Context) -> Iterator[Hit]:
            if ctx.night and not is_present(reason.get(ctx.doc)):
                yield reason.text, None

        return check
    if require == "night":

        def check_night(ctx: Context) -> Iterator[Hit]:
            if ctx.start is not None and not ctx.night:
                yield field, None

        return check_night
    raise ValueError('require is "reason" or "night"')


def _as_datetime(moment: dt.date | dt.datetime) -> dt.datetime:
    if isinstance(moment, dt.datetime):
        return moment
    return dt.datetime.combine(moment, dt.time(0, 0))


@kind("deadline", required=("field", "after"), optional=("hours", "days", "report"))
def _deadline(
    *,
    option_label: OptionLabel,
    field: str,
    after: str,
    hours: int | None = None,
    days: int | None = None,
    report: str | None = None,
) -> Check:
    """``field`` is no later than ``hours`` (or calendar ``days``) after ``after``; a hit is
    reported at ``report`` (default ``field``).

    Silent while either moment is not recorded. A date without time counts in its favour.
    """
    if (hours is None) == (days is None):
        raise ValueError("give hours or days")
    for ref in (field, after, report):
        if ref and not ref.startswith("@"):
            FieldPath.compile(ref)
    where = report or (field if not field.startswith("@") else after)

    def check(ctx: Context) -> Iterator[Hit]:
        value, anchor = ctx.moment(field), ctx.moment(after)
        if value is None or anchor is None:
            return
        if days is not None:
            late = (_day(value) - _day(anchor)).days > days
            params = {"days": days}
        else:
            limit = _as_datetime(anchor) + dt.timedelta(hours=hours)
            late = value > limit if isinstance(value, dt.datetime) else value > limit.date()
            params = {"hours": hours}
        if late:
            yield where, params

    return check


def _day(moment: dt.date | dt.datetime) -> dt.date:
    return moment.date() if isinstance(moment, dt.datetime) else moment


@kind("order", required=("first", "then"), optional=("field",))
def _order(*, option_label: OptionLabel, first: str, then: str, field: str | None = None) -> Check:
    """``then`` is not earlier than ``first`` (by day when either has no time of day)."""
    for ref in (first, then):
        if not ref.startswith("@"):
            FieldPath.compile(ref)
    report = field or then

    def check(ctx: Context) -> Iterator[Hit]:
        a, b = ctx.moment(first), ctx.moment(then)
        if a is None or b is None:
            return
        if isinstance(a, dt.datetime) and isinstance(b, dt.datetime):
            wrong = b < a
        else:
            wrong = _day(b) < _day(a)
        if wrong:
            yield report, None

    return check


# --- identity -------------------------------------------------------------------------------


@kind("iin", required=("persons", "check"))
def _iin(*, option_label: OptionLabel, persons: Any, check: str) -> Check:
    """For each person with an ``iin``: ``check = "valid"`` (checksum, date, century);
    ``"birth_date"`` / ``"sex"``: the IIN agrees with the recorded birth date / sex."""
    paths = _paths(persons)
    if check not in ("valid", "birth_date", "sex"):
        raise ValueError('check is "valid", "birth_date" or "sex"')

    def check_fn(ctx: Context) -> Iterator[Hit]:
        for base, person in _persons(ctx, paths):
            iin = person.get("iin")
            if not isinstance(iin, str) or not iin.strip():
                continue
            try:
                info = parse_iin(iin)
            except InvalidIin as exc:
                if check == "valid":
                    yield f"{base}.iin", {"reason": IIN_REASONS[exc.code]}
                continue
            if check == "birth_date":
                born = parse_date(person.get("birth_date"))
                if born is not None and born != info.birth_date:
                    yield f"{base}.birth_date", {"iin_birth_date": info.birth_date.isoformat()}
            elif check == "sex":
                sex = person.get("sex")
                if sex in ("M", "F") and sex != info.sex:
                    yield f"{base}.sex", None

    return check_fn


@kind("birth_date", required=("persons", "check"))
def _birth_date(*, option_label: OptionLabel, persons: Any, check: str) -> Check:
    """``check = "past"``: born before the protocol date; ``"age"``: a recorded ``age`` matches
    the birth date on the protocol date."""
    paths = _paths(persons)
    if check not in ("past", "age"):
        raise ValueError('check is "past" or "age"')

    def check_fn(ctx: Context) -> Iterator[Hit]:
        if ctx.date is None:
            return
        for base, person in _persons(ctx, paths):
            born = parse_date(person.get("birth_date"))
            if born is None:
                continue
            if check == "past":
                if born > ctx.date:
                    yield f"{base}.birth_date", None
            else:
                age = person.get("age")
                if isinstance(age, int) and not isinstance(age, bool):
                    actual = age_on(born, ctx.date)
                    if age != actual:
                        yield f"{base}.age", {"age": actual}

    return check_fn


# --- language -------------------------------------------------------------------------------


@kind("language_support", required=("check",))
def _language_support(*, option_label: OptionLabel, check: str) -> Check:
    """When ``subject.language`` differs from the proceedings' ``language``:
    ``check = "interpreter"`` — an interpreter takes part; ``"copy"`` — the copy handed over is
    in the subject's language (``copy_handed.language``)."""
    if check not in ("interpreter", "copy"):
        raise ValueError('check is "interpreter" or "copy"')

    def check_fn(ctx: Context) -> Iterator[Hit]:
        own = walk(ctx.doc, ("subject", "language"))
        if not isinstance(own, str) or not own.strip() or own == ctx.doc.get("language"):
            return
        shown = own[:40]
        if check == "interpreter":
            if not ctx.with_role(("interpreter",)):
                yield "participants", {"language": shown}
            return
        copy = ctx.doc.get("copy_handed")
        handed = isinstance(copy, dict) and copy.get("refused") is not True
        if handed and copy.get("language") != own:
            yield "copy_handed.language", {"language": shown}

    return check_fn
