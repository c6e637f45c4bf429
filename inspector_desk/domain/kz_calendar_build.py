"""Generate ``resources/calendar/kz_calendar.json`` from the ``holidays`` package (KZ).

Run ``python -m inspector_desk.domain.kz_calendar_build`` after upgrading ``holidays``;
``--check`` exits 1 when the committed file differs from what the package gives now.
The output is deterministic (sorted, no timestamp), so a regenerated file diffs cleanly.

What the file records, per the package's own ``is_working_day``: Monday–Friday dates that
are days off (public holidays, their observed days, decreed substitute days off) and
Saturday/Sunday dates that are working days (the weekend day a decree moved a day off
from). Dates the package only estimates (Kurban Ait until decreed) are "provisional".
Every holiday of the package (weekends included) is listed with its kk and en names
(the package has no Russian names).
This module is the only one that imports ``holidays``; the app reads the JSON.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from inspector_desk.domain.kz_calendar import calendar_path

FIRST_YEAR = 2000
LAST_YEAR = 2040
FORMAT = 1


def build(first_year: int = FIRST_YEAR, last_year: int = LAST_YEAR) -> dict:
    """The calendar table as a JSON-ready dict (see the module docstring)."""
    import holidays

    # One year either side, so decreed transfers that cross New Year are known.
    years = range(first_year - 1, last_year + 2)
    kk = holidays.country_holidays("KZ", years=years, language="kk")
    en = holidays.country_holidays("KZ", years=years, language="en_US")
    plain = holidays.country_holidays(
        "KZ", years=years, language="kk", islamic_show_estimated=False
    )

    days_off: list[str] = []
    working_days: list[str] = []
    day = dt.date(first_year, 1, 1)
    last = dt.date(last_year, 12, 31)
    while day <= last:
        working = kk.is_working_day(day)
        if day.weekday() < 5 and not working:
            days_off.append(day.isoformat())
        elif day.weekday() >= 5 and working:
            working_days.append(day.isoformat())
        day += dt.timedelta(days=1)

    in_range = sorted(d for d in kk if first_year <= d.year <= last_year)
    # The package appends "(estimated)" to a name only when the date is an estimate.
    provisional = [d.isoformat() for d in in_range if kk[d] != plain.get(d)]
    name_index: dict[tuple[str, str], int] = {}
    for d in in_range:
        name_index.setdefault((kk[d], en[d]), len(name_index))
    return {
        "format": FORMAT,
        "generator": "inspector_desk.domain.kz_calendar_build",
        "source": f"holidays {holidays.__version__}, country KZ",
        "first_year": first_year,
        "last_year": last_year,
        "weekend": [5, 6],
        "days_off": days_off,
        "working_days": working_days,
        "provisional": provisional,
        # date → index into holiday_names (names repeat every year; the index keeps it small)
        "holidays": {d.isoformat(): name_index[kk[d], en[d]] for d in in_range},
        "holiday_names": [{"kk": k, "en": e} for k, e in name_index],
    }


def render(table: dict) -> str:
    """The file text: one entry a line, UTF-8, trailing newline."""
    return json.dumps(table, ensure_ascii=False, indent=1) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write (or with ``--check`` compare) the calendar file; 0 ok, 1 out of date."""
    parser = argparse.ArgumentParser(prog="python -m inspector_desk.domain.kz_calendar_build")
    parser.add_argument("--out", type=Path, default=None, help="output file")
    parser.add_argument("--check", action="store_true", help="only compare with the file")
    args = parser.parse_args(argv)
    path = args.out or calendar_path()
    text = render(build())
    if args.check:
        current = path.read_text(encoding="utf-8") if path.exists() else ""
        if current != text:
            print(f"{path} is out of date: run {parser.prog}", file=sys.stderr)
            return 1
        return 0
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="\n")
    print(f"wrote {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
