"""Protocol check bar: a protocol with 50 items and 10 participants checked in ≤ 20 ms.

Times ``check()`` (all rules of upk-254, the form with the most item rules) over 200 runs, with
baselines from the same run: ``json.loads`` of the same document and ``parse_protocol``.
Run: ``.venv/bin/python benchmarks/bench_protocol_check.py``.
"""

from __future__ import annotations

import copy
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import fmt_ms, machine, stats  # noqa: E402
from inspector_desk.domain.forms import FormRegistry, check, parse_protocol  # noqa: E402

SAMPLE = Path(__file__).resolve().parent.parent / "tests" / "data" / "protocols" / "upk-254.json"
RUNS = 200
BAR = 0.020


def big_protocol() -> dict:
    """The upk-254 sample grown to 50 items (weapons, ammunition, drugs, …) and 10 participants."""
    doc = json.loads(SAMPLE.read_text(encoding="utf-8"))
    weapon = {
        "name": "пистолет",
        "kind": "weapon",
        "quantity": 1,
        "unit": "шт",
        "weight": None,
        "value": "около 150 000 тенге",
        "features": "следы коррозии",
        "found_where": "сейф",
        "circumstances": "обнаружен при обыске",
        "voluntary": False,
        "packed_sealed": True,
        "seal": "пакет",
        "weapon": {
            "type": "пистолет",
            "make": "ИМЗ",
            "model": "ПМ",
            "calibre": "9 мм",
            "series": "АК",
            "number": "1234",
        },
    }
    ammo = {
        **weapon,
        "name": "патроны",
        "kind": "ammunition",
        "quantity": 16,
        "weapon": None,
        "ammunition": {"kind": "патрон 9×18", "quantity": 16},
    }
    kinds = [weapon, ammo, *doc["items"]]
    doc["items"] = []
    for i in range(50):
        item = copy.deepcopy(kinds[i % len(kinds)])
        item["seal"] = f"сейф-пакет № {124500 + i}"
        doc["items"].append(item)
    people = doc["participants"]
    while len(people) < 10:
        extra = copy.deepcopy(people[len(people) % 4])
        extra["role"] = "specialist" if len(people) % 2 else "interpreter"
        extra["last_name"] += f"-{len(people)}"
        people.append(extra)
    return doc


def timed_runs(fn, runs: int = RUNS) -> list[float]:
    for _ in range(10):  # warm-up
        fn()
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - started)
    return samples


def main() -> None:
    doc = big_protocol()
    text = json.dumps(doc, ensure_ascii=False)
    started = time.perf_counter()
    registry = FormRegistry()
    form = registry.get("upk-254")
    load = time.perf_counter() - started
    protocol = parse_protocol(text)
    result = check(protocol, registry=registry)
    assert result.compliant, [f.to_dict() for f in result.errors]

    baseline = stats(timed_runs(lambda: json.loads(text)))
    parse = stats(timed_runs(lambda: parse_protocol(text)))
    checks = stats(timed_runs(lambda: check(protocol, registry=registry)))
    both = stats(timed_runs(lambda: check(parse_protocol(text), registry=registry)))

    print(f"machine: {machine()}")
    print(
        f"document: {len(doc['items'])} items, {len(doc['participants'])} participants, "
        f"{len(text.encode()):,} bytes; form upk-254 v1 with {len(form.rules)} rules "
        f"(loaded from TOML in {fmt_ms(load)})"
    )
    for name, s in (
        ("json.loads (baseline)", baseline),
        ("parse_protocol", parse),
        ("check()", checks),
        ("parse + check", both),
    ):
        print(
            f"  {name:<22} median {fmt_ms(s['median']):>9}  p95 {fmt_ms(s['p95']):>9}  (n={s['n']})"
        )
    print(
        f"check() / json.loads: {checks['median'] / baseline['median']:.1f}×; "
        f"bar {fmt_ms(BAR)}: {'met' if checks['p95'] <= BAR else 'MISSED'} at p95"
    )


if __name__ == "__main__":
    main()
