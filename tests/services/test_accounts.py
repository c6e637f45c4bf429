"""Officer accounts: first officer, more officers on one file, roles, throttling."""

from __future__ import annotations

import pytest

from inspector_desk.services.accounts import (
    AccountError,
    NewOfficer,
    UnlockThrottle,
    add_officer,
    create_database,
    unlock,
)
from inspector_desk.store.errors import StoreError
from tests.conftest import PASSWORD


def test_assistant_unlocks_the_same_file_with_own_password(store, session, db_path, kdf):
    add_officer(session, store, NewOfficer("Жұмабаева Әлия", "aliya", role="assistant"),
                "assistant-pw", kdf=kdf)
    assistant = unlock(db_path, "aliya", "assistant-pw")
    assert assistant.actor.role == "assistant"
    assert assistant.key == store.key
    assert unlock(db_path, "aidos", PASSWORD).actor.login == "aidos"


def test_assistant_may_not_add_officers(store, session, db_path, kdf):
    add_officer(session, store, NewOfficer("Жұмабаева Әлия", "aliya", role="assistant"),
                "assistant-pw", kdf=kdf)
    assistant = unlock(db_path, "aliya", "assistant-pw")
    s = assistant.session()
    with pytest.raises(AccountError) as err:
        add_officer(s, assistant, NewOfficer("Someone", "someone"), "password-1", kdf=kdf)
    s.close()
    assert err.value.code == "not_allowed"


def test_login_must_be_unique(store, session, kdf):
    with pytest.raises(AccountError) as err:
        add_officer(session, store, NewOfficer("Другой", "aidos"), "password-2", kdf=kdf)
    assert err.value.code == "login_taken" and err.value.field == "login"


@pytest.mark.parametrize(
    ("officer", "password", "code", "field"),
    [
        (NewOfficer("", "aidos"), "password-1", "field_required", "full_name"),
        (NewOfficer("Сейтқали А.", "айдос"), "password-1", "bad_login", "login"),
        (NewOfficer("Сейтқали А.", "aidos"), "short", "password_short", "password"),
    ],
)
def test_first_start_form_problems_name_their_field(tmp_path, kdf, officer, password, code, field):
    path = tmp_path / "x.idb"
    with pytest.raises(AccountError) as err:
        create_database(path, officer=officer, password=password, precinct_name="№1", kdf=kdf)
    assert (err.value.code, err.value.field) == (code, field)
    assert not path.exists()
    assert err.value.message("kk") and err.value.message("ru") != err.value.message("en")


def test_creating_over_an_existing_file_is_refused(store, db_path, kdf):
    with pytest.raises(StoreError) as err:
        create_database(db_path, officer=NewOfficer("X Y", "xy"), password="password-1",
                        precinct_name="№1", kdf=kdf)
    assert err.value.code == "exists"


def test_three_tries_then_a_growing_delay():
    now = [1000.0]
    throttle = UnlockThrottle(clock=lambda: now[0])

    def wrong():
        raise StoreError("wrong_password")

    for _ in range(2):
        with pytest.raises(StoreError):
            throttle.attempt(wrong)
        assert throttle.wait_seconds() == 0
    with pytest.raises(StoreError):
        throttle.attempt(wrong)
    first = throttle.wait_seconds()
    assert first > 0
    with pytest.raises(StoreError) as err:
        throttle.attempt(wrong)  # refused without even trying
    assert err.value.code == "throttled"
    now[0] += first
    with pytest.raises(StoreError):
        throttle.attempt(wrong)
    assert throttle.wait_seconds() > first
    now[0] += 1000
    assert throttle.attempt(lambda: "ok") == "ok"
    assert throttle.failures == 0


def test_default_kdf_unlock_is_interactive(tmp_path):
    """The real Argon2id parameters (not the fast test ones) still unlock promptly."""
    import time

    path = tmp_path / "real.idb"
    create_database(path, officer=NewOfficer("Сейтқали А.", "aidos"), password="password-1",
                    precinct_name="№1")
    started = time.perf_counter()
    unlock(path, "aidos", "password-1")
    assert time.perf_counter() - started < 3.0  # the bar (0.8 s) is measured in benchmarks/
