"""Sample protocols and small editing helpers shared by the form tests."""

from __future__ import annotations

import copy
import datetime as dt
import json
from functools import cache
from pathlib import Path
from typing import Any

from inspector_desk.domain.forms import CheckResult, Finding, check

DATA = Path(__file__).resolve().parents[2] / "data" / "protocols"
FORMS = ("koap-791", "koap-793", "koap-795", "koap-803", "upk-253", "upk-254", "upk-255")


@cache
def _raw(form: str) -> str:
    return (DATA / f"{form}.json").read_text(encoding="utf-8")


def sample(form: str) -> dict[str, Any]:
    """A fresh copy of the compliant sample protocol of ``form``."""
    return json.loads(_raw(form))


def run(doc: dict[str, Any], lang: str = "ru") -> CheckResult:
    return check(copy.deepcopy(doc), lang=lang)


def hits(doc: dict[str, Any], rule: str, lang: str = "ru") -> list[Finding]:
    """The findings of one rule."""
    return [f for f in run(doc, lang).findings if f.rule == rule]


def role_indexes(doc: dict[str, Any], role: str) -> list[int]:
    return [i for i, p in enumerate(doc.get("participants") or []) if p.get("role") == role]


def witness(doc: dict[str, Any], n: int = 0) -> int:
    """Index of the ``n``-th witness, adding two eligible ones if the protocol has none."""
    if len(role_indexes(doc, "witness")) <= n:
        ensure_witnesses(doc)
    return role_indexes(doc, "witness")[n]


def other_sex(sex: str) -> str:
    return "F" if sex == "M" else "M"


def ensure_witnesses(doc: dict[str, Any]) -> None:
    """Give the protocol two adult, eligible, signed witnesses of the subject's sex."""
    sex = doc["subject"]["sex"]
    doc.setdefault("participants", [])
    for last, first in (("Тәжібаев", "Болат"), ("Құрманова", "Әйгерім"))[
        : 2 - len(role_indexes(doc, "witness"))
    ]:
        doc["participants"].append(
            {
                "role": "witness",
                "last_name": last,
                "first_name": first,
                "sex": sex,
                "birth_date": "1986-06-01",
                "address": "с. Ақжар, ул. Бірлік, 4",
                "occupation": "фермер",
                "rights_explained": True,
                "signed": True,
            }
        )


def shift_date(day: str, days: int) -> str:
    return (dt.date.fromisoformat(day) + dt.timedelta(days=days)).isoformat()


def at(doc: dict[str, Any], clock: str, days: int = 0) -> str:
    """A datetime on the protocol's date (plus ``days``)."""
    return f"{shift_date(doc['date'], days)}T{clock}"


def weapon_item(**weapon: Any) -> dict[str, Any]:
    full = {
        "type": "пистолет",
        "make": "Baikal",
        "model": "МР-654К",
        "calibre": "4,5 мм",
        "series": "Т",
        "number": "0457812",
    }
    full.update(weapon)
    return {
        "name": "пневматический пистолет",
        "kind": "weapon",
        "quantity": 1,
        "unit": "шт",
        "weight": "0,7 кг",
        "value": "около 40 000 тенге",
        "features": "чёрный, царапины на рукояти",
        "found_where": "рюкзак",
        "circumstances": "при досмотре рюкзака",
        "voluntary": False,
        "seized": True,
        "packed_sealed": True,
        "seal": "пакет № 9",
        "weapon": {k: v for k, v in full.items() if v is not None},
    }
