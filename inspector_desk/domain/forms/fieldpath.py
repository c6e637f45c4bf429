"""Field paths into a protocol: ``date``, ``items[*].weapon.number``, ``participants[1].sex``.

A path has at most one ``[*]`` wildcard; resolving it yields one concrete path per list element.
Resolution never raises: anything that does not fit the shape resolves to :data:`MISSING`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

_TOKEN = re.compile(r"([^.\[\]]+)|\[(\d+|\*)\]", re.ASCII)


class _Missing:
    __slots__ = ()

    def __repr__(self) -> str:
        return "MISSING"

    def __bool__(self) -> bool:
        return False


#: The value of a path that leads nowhere (absent key, wrong type on the way, index out of range).
MISSING: Any = _Missing()

Token = str | int


def parse_tokens(path: str) -> tuple[Token, ...]:
    """``"a.b[2].c"`` → ``("a", "b", 2, "c")`` (``[*]`` → ``"*"``); ValueError if malformed."""
    tokens: list[Token] = []
    pos = 0
    for m in _TOKEN.finditer(path):
        gap = path[pos : m.start()]
        if gap not in ("", "."):
            raise ValueError(f"malformed field path: {path!r}")
        key, index = m.groups()
        if key is not None:
            tokens.append(key)
        else:
            tokens.append("*" if index == "*" else int(index))
        pos = m.end()
    if not tokens or pos != len(path):
        raise ValueError(f"malformed field path: {path!r}")
    return tuple(tokens)


def walk(value: Any, tokens: tuple[Token, ...]) -> Any:
    """Follow ``tokens`` (no wildcard) from ``value``; :data:`MISSING` where the shape differs."""
    for token in tokens:
        if isinstance(token, int):
            if isinstance(value, list) and 0 <= token < len(value):
                value = value[token]
            else:
                return MISSING
        elif isinstance(value, dict):
            value = value.get(token, MISSING)
        else:
            return MISSING
    return value


def is_present(value: Any) -> bool:
    """Recorded: not missing, not null, not blank text, not an empty list or object."""
    if value is MISSING or value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, list | dict):
        return bool(value)
    return True


def _text(tokens: tuple[Token, ...]) -> str:
    out = ""
    for t in tokens:
        out += f"[{t}]" if isinstance(t, int) else (f".{t}" if out else t)
    return out


@dataclass(frozen=True, slots=True)
class FieldPath:
    """A compiled path; :meth:`resolve` yields ``(concrete path, value, element)`` triples.

    ``element`` is the list element a wildcard path went through (else ``None``), so that a
    rule can filter elements (e.g. only witnesses) before looking at the value.
    """

    text: str
    head: tuple[Token, ...]
    tail: tuple[Token, ...] | None  # None: no wildcard

    @classmethod
    def compile(cls, path: str) -> FieldPath:
        tokens = parse_tokens(path)
        if tokens.count("*") > 1:
            raise ValueError(f"at most one [*] in a field path: {path!r}")
        if "*" in tokens:
            i = tokens.index("*")
            return cls(path, tokens[:i], tokens[i + 1 :])
        return cls(path, tokens, None)

    @property
    def is_wildcard(self) -> bool:
        return self.tail is not None

    def get(self, doc: Any) -> Any:
        """The value of a path without wildcard."""
        return walk(doc, self.head)

    def elements(self, doc: Any) -> Iterator[tuple[int, Any]]:
        """For a wildcard path: ``(index, element)`` of the list before ``[*]``."""
        seq = walk(doc, self.head)
        if isinstance(seq, list):
            yield from enumerate(seq)

    def element_path(self, index: int) -> str:
        """The concrete path of one element of a wildcard path's list."""
        return f"{_text(self.head)}[{index}]"

    def concrete(self, index: int) -> str:
        """The concrete path through element ``index`` of a wildcard path."""
        tail = _text(self.tail or ())
        sep = "" if not tail or tail.startswith("[") else "."
        return f"{self.element_path(index)}{sep}{tail}"

    def resolve(self, doc: Any) -> Iterator[tuple[str, Any, Any]]:
        if self.tail is None:
            yield self.text, walk(doc, self.head), None
            return
        for i, element in self.elements(doc):
            yield self.concrete(i), walk(element, self.tail), element
