"""The text of a cited article or part, from the legal texts shipped in ``resources/legal``.

"Article text one click away": a finding's citation resolves to the words of the law it
enforces. The texts are the Russian consolidated excerpts; an article absent from the
excerpts gives ``None``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from inspector_desk import paths
from inspector_desk.domain.forms.findings import Citation

FILES = {"КоАП": "koap_rk.md", "УПК": "upk_rk.md", "АППК": "appk_rk.md"}
#: How each code is abbreviated in each language (kk abbreviations as the codes' Kazakh titles).
ABBREVIATIONS = {
    "КоАП": {"kk": "ӘҚБтК", "ru": "КоАП РК", "en": "CAO RK (КоАП)"},
    "УПК": {"kk": "ҚПК", "ru": "УПК РК", "en": "CPC RK (УПК)"},
    "АППК": {"kk": "ӘРПК", "ru": "АППК РК", "en": "APPC RK (АППК)"},
}
_ARTICLE = re.compile(r"Статья (\d+)\.\s*(.*)")
_PART = re.compile(r"\s?(\d+)\.\s")
_POINT = re.compile(r"\s?(\d+)\)\s")


@dataclass(frozen=True, slots=True)
class Article:
    """One article: its title, its numbered parts (or points, where it has no parts), its text."""

    code: str
    number: int
    title: str
    parts: dict[int, str]
    text: str
    numbered_by_points: bool = False


def _parse(text: str, code: str) -> dict[int, Article]:
    articles: dict[int, Article] = {}
    current: tuple[int, str] | None = None
    lines: list[str] = []

    def close() -> None:
        if current is not None:
            articles[current[0]] = _article(code, current[0], current[1], lines)

    for line in text.splitlines():
        m = _ARTICLE.match(line)
        if m:
            close()
            current, lines = (int(m.group(1)), m.group(2).strip()), []
        elif current is not None and not line.startswith(("Глава ", " Глава ", "#")):
            lines.append(line)
    close()
    return articles


def _article(code: str, number: int, title: str, lines: list[str]) -> Article:
    body = [ln for ln in lines if ln.strip()]
    by_points = not any(_PART.match(ln) for ln in body)
    marker = _POINT if by_points else _PART
    parts: dict[int, list[str]] = {}
    current: int | None = None
    for ln in body:
        m = marker.match(ln)
        if m and int(m.group(1)) > (current or 0):
            current = int(m.group(1))
            parts[current] = []
        if current is not None:
            parts[current].append(ln.strip())
    return Article(
        code=code,
        number=number,
        title=title,
        parts={n: "\n".join(p) for n, p in parts.items()},
        text="\n".join(ln.strip() for ln in body),
        numbered_by_points=by_points,
    )


@lru_cache(maxsize=8)
def _library(code: str, directory: Path) -> dict[int, Article]:
    path = directory / FILES[code]
    try:
        return _parse(path.read_text(encoding="utf-8"), code)
    except OSError:
        return {}


def article(code: str, number: int, *, directory: Path | None = None) -> Article | None:
    """The article from the shipped excerpts, or ``None`` if the code or article is not there."""
    if code not in FILES:
        return None
    return _library(code, directory or paths.LEGAL).get(number)


def citation_text(citation: Citation, *, directory: Path | None = None) -> str | None:
    """The words of the cited part (the whole article when ``part`` is ``None``), or ``None``."""
    found = article(citation.code, citation.article, directory=directory)
    if found is None:
        return None
    if citation.part is None:
        return f"Статья {found.number}. {found.title}\n{found.text}"
    return found.parts.get(citation.part)


def citation_label(citation: Citation, lang: str) -> str:
    """A short human reference: ``КоАП РК, ст. 791, ч. 4`` / ``ӘҚБтК, 791-бап, 4-бөлік`` / …"""
    code = ABBREVIATIONS.get(citation.code, {}).get(lang, citation.code)
    found = article(citation.code, citation.article)
    point = found is not None and found.numbered_by_points
    a, p = citation.article, citation.part
    if lang == "kk":
        label = f"{code}, {a}-бап"
        return label if p is None else f"{label}, {p}-{'тармақ' if point else 'бөлік'}"
    if lang == "en":
        label = f"{code}, art. {a}"
        return label if p is None else f"{label}, {'point' if point else 'part'} {p}"
    label = f"{code}, ст. {a}"
    return label if p is None else f"{label}, {'п.' if point else 'ч.'} {p}"
