"""``inspector-desk deadline --from YYYY-MM-DD [--working-days N]`` (CLI contract v1).

Prints the day by which an appeal registered on that date must be decided (АППК 76:
15 working days from the next day, Kazakhstan calendar). A date that is not a working
day is first moved to its registration day (АППК 64 p.3), with a note on stderr; so is a
term that crosses an estimated holiday. Kept fast: no ``holidays``, database or Qt import.
The shipped calendar only: decreed transfers a supervisor added in a database are not
read here.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from inspector_desk.commands.common import add_lang, resolve_lang

MESSAGES: dict[str, dict[str, str]] = {
    "bad_date": {
        "en": "--from: '{value}' is not a date in the form YYYY-MM-DD",
        "ru": "--from: «{value}» не является датой в формате ГГГГ-ММ-ДД",
        "kk": "--from: «{value}» ЖЖЖЖ-АА-КК түріндегі күн емес",
    },
    "bad_days": {
        "en": "--working-days must be 0 or more, not {value}",
        "ru": "--working-days должно быть не меньше 0, а не {value}",
        "kk": "--working-days 0-ден кем болмауы керек, ал берілгені {value}",
    },
    "range": {
        "en": "{day} is outside the working-day calendar ({first}–{last})",
        "ru": "{day} — вне календаря рабочих дней ({first}–{last})",
        "kk": "{day} жұмыс күндерінің күнтізбесінен тыс ({first}–{last})",
    },
    "moved": {
        "en": "note: {day} is not a working day; the appeal is registered on {reg} "
        "(АППК art. 64 p. 3)",
        "ru": "примечание: {day} — нерабочий день; обращение регистрируется {reg} "
        "(АППК, ст. 64 ч. 3)",
        "kk": "ескерту: {day} жұмыс күні емес; жолданым {reg} тіркеледі (ӘРПК 64-бап 3-бөлік)",
    },
    "provisional": {
        "en": "note: the term crosses an estimated holiday; the date may change",
        "ru": "примечание: срок проходит через праздник с предварительной датой; "
        "дата может измениться",
        "kk": "ескерту: мерзім күні болжамды мерекеден өтеді; күн өзгеруі мүмкін",
    },
}


def add_parser(subparsers) -> None:
    """Register the ``deadline`` subcommand."""
    parser = subparsers.add_parser("deadline", help="the day an appeal must be decided by")
    parser.add_argument(
        "--from",
        dest="registered",
        required=True,
        metavar="YYYY-MM-DD",
        help="registration date of the appeal",
    )
    parser.add_argument(
        "--working-days", type=int, default=15, metavar="N", help="term (default 15, АППК 76)"
    )
    add_lang(parser)
    parser.set_defaults(run=run)


def parse_date(value: str) -> dt.date | None:
    """``YYYY-MM-DD`` strictly (no other ISO forms), or None."""
    if len(value) != 10 or value[4] != "-" or value[7] != "-":
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def run(args: argparse.Namespace) -> int:
    """Print the due date; bad input raises :class:`~inspector_desk.cli.UsageError`."""
    from inspector_desk.cli import UsageError
    from inspector_desk.domain.kz_calendar import CalendarRangeError, load_calendar

    lang = resolve_lang(args)
    registered = parse_date(args.registered)
    if registered is None:
        raise UsageError(MESSAGES["bad_date"][lang].format(value=args.registered))
    if args.working_days < 0:
        raise UsageError(MESSAGES["bad_days"][lang].format(value=args.working_days))
    calendar = load_calendar()
    try:
        reg = calendar.registration_day(registered)
        due = calendar.decision_due(registered, args.working_days)
        provisional = calendar.provisional_between(reg, due)
    except CalendarRangeError as exc:
        first, last = calendar.first.year, calendar.last.year
        message = MESSAGES["range"][lang].format(day=exc.day, first=first, last=last)
        raise UsageError(message) from None
    if reg != registered:
        print(MESSAGES["moved"][lang].format(day=registered, reg=reg), file=sys.stderr)
    if provisional:
        print(MESSAGES["provisional"][lang], file=sys.stderr)
    print(due.isoformat())
    return 0
