"""Appeal rules (issue 4): lifecycle, bad input, terms, and the number-clash resolution."""

from __future__ import annotations

import datetime as dt
import itertools
import random

import pytest

from inspector_desk.domain import appeals as rules
from inspector_desk.domain.appeals import AppealDraft, AppealError
from inspector_desk.domain.kz_calendar import load_calendar

CAL = load_calendar()
NOW = dt.datetime(2026, 3, 4, 18, 0)


def _draft(**kw) -> AppealDraft:
    base = dict(received_at=dt.datetime(2026, 3, 4, 17, 30), kind="complaint",
                format="courtyard", summary="Шу", applicant_name="Әлия")
    base.update(kw)
    return AppealDraft(**base)


def test_registration_in_the_future_is_refused_in_the_users_language():
    with pytest.raises(AppealError) as err:
        rules.validate_draft(_draft(received_at=dt.datetime(2026, 3, 6, 10, 0)), NOW)
    assert err.value.field == "received_at"
    assert "06.03.2026" in err.value.message("ru") and "болашақ" in err.value.message("kk")


def test_anonymous_only_for_a_report_of_an_offence():
    with pytest.raises(AppealError) as err:
        rules.validate_draft(_draft(anonymous=True, applicant_name=""), NOW)
    assert err.value.code == "anonymous_not_allowed"
    rules.validate_draft(_draft(anonymous=True, applicant_name="", kind="offence_report"), NOW)


def test_bad_iin_names_the_reason():
    with pytest.raises(AppealError) as err:
        rules.validate_draft(_draft(applicant_iin="123"), NOW)
    assert err.value.field == "applicant_iin" and "12" in err.value.message("kk")


def test_lifecycle_moves():
    rules.check_move("registered", "in_work")
    rules.check_move("extended", "decided")
    with pytest.raises(AppealError) as err:
        rules.check_move("closed", "decided")
    assert "закрыто" in err.value.message("ru")


def test_forwarding_after_three_working_days_needs_a_reason():
    reg = dt.date(2026, 3, 4)  # Wed; 3 working days → Tue 10 March (9 March is a day off)
    kwargs = dict(registered=reg, today=dt.date(2026, 3, 20), body="Әкімдік",
                  outgoing_number="1", calendar=CAL)
    assert rules.check_forward(forwarded_on=dt.date(2026, 3, 10), late_reason="", **kwargs) \
        is False
    with pytest.raises(AppealError) as err:
        rules.check_forward(forwarded_on=dt.date(2026, 3, 11), late_reason="", **kwargs)
    assert err.value.field == "late_reason" and "10.03.2026" in err.value.message("en")
    assert rules.check_forward(forwarded_on=dt.date(2026, 3, 11), late_reason="себебі", **kwargs)


def test_extension_at_most_two_months_from_the_decision():
    reg = dt.date(2026, 3, 4)
    kwargs = dict(registered=reg, current_due=dt.date(2026, 3, 31), reason="сараптама",
                  today=dt.date(2026, 3, 20), calendar=CAL)
    notice = rules.check_extension(decided_on=dt.date(2026, 3, 20),
                                   new_due=dt.date(2026, 5, 20), **kwargs)
    assert notice == CAL.extension_notice_due(dt.date(2026, 3, 20))
    with pytest.raises(AppealError) as err:
        rules.check_extension(decided_on=dt.date(2026, 3, 20), new_due=dt.date(2026, 5, 21),
                              **kwargs)
    assert err.value.code == "extension_too_long" and "20.05.2026" in err.value.message("ru")


def test_decision_before_registration_is_refused():
    with pytest.raises(AppealError) as err:
        rules.check_decision(registered=dt.date(2026, 3, 4), decided_on=dt.date(2026, 3, 3),
                             answered_on=None, today=dt.date(2026, 3, 10),
                             outcome="explained", answer_via="written")
    assert err.value.code == "before_registration"


def test_due_state_in_words_and_levels():
    due = dt.date(2026, 3, 31)
    assert rules.due_state("in_work", due, dt.date(2026, 3, 31), CAL) == rules.DueState("today", 0)
    assert rules.due_state("in_work", due, dt.date(2026, 4, 2), CAL).days == -2
    assert rules.due_state("in_work", due, dt.date(2026, 3, 27), CAL).level == "soon"
    assert rules.due_state("decided", due, dt.date(2026, 4, 2), CAL).level == "done"
    # the Saturday after a Friday term: overdue, not "due today"
    assert rules.due_state("in_work", dt.date(2026, 3, 27), dt.date(2026, 3, 28),
                           CAL).level == "overdue"


def test_officer_initials():
    assert rules.officer_initials("Сейтқали Айдос Бауыржанұлы") == "Сейтқали А. Б."


def _row(rid: str, seq: int = 5, at: str = "2026-03-04T10:00", suffix: int = 0) -> dict:
    return {"id": rid, "precinct_id": "p", "reg_year": 2026, "reg_prefix": "K7A",
            "reg_seq": seq, "reg_suffix": suffix, "received_at": at}


def test_number_clash_is_resolved_the_same_whatever_the_arrival_order():
    rows = [_row("b", at="2026-03-04T11:00"), _row("a", at="2026-03-04T10:00"),
            _row("c", at="2026-03-04T10:00"), _row("d", seq=6)]
    answers = set()
    for order in itertools.permutations(rows):
        plan = rules.resolve_number_clashes(order)
        answers.add(tuple((c.id, c.new_number) for c in plan))
    assert answers == {(("c", "2026-K7A-0005/2"), ("b", "2026-K7A-0005/3"))}
    plan = rules.resolve_number_clashes(rows)
    assert all(c.kept_by == "a" and c.old_number == "2026-K7A-0005" for c in plan)


def test_number_clash_resolution_is_stable_once_applied():
    rng = random.Random(4)
    rows = [_row(f"id{i}", seq=rng.randint(1, 3), at=f"2026-03-0{rng.randint(1, 9)}T10:00")
            for i in range(30)]
    plan = {c.id: c for c in rules.resolve_number_clashes(rows)}
    applied = [{**r, "reg_suffix": int(plan[r["id"]].new_number.rpartition("/")[2])
                if r["id"] in plan and "/" in plan[r["id"]].new_number else r["reg_suffix"]}
               for r in rows]
    assert rules.resolve_number_clashes(applied) == []
    numbers = [rules.format_number(2026, "K7A", r["reg_seq"], r["reg_suffix"]) for r in applied]
    assert len(set(numbers)) == len(numbers)


def test_default_prefix_is_valid_and_stable():
    prefix = rules.default_prefix("01a2009f-1299-715a-aa51-4ee8811e1681")
    assert rules.valid_prefix(prefix) and prefix == rules.default_prefix(
        "01a2009f-1299-715a-aa51-4ee8811e1681")
    assert not rules.valid_prefix("O1") and not rules.valid_prefix("ABCDE")
