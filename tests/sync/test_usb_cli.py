"""USB transfer (no connection) and the CLI contract: serve/enroll/sync/revoke."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys

import pytest

from inspector_desk.services import receptions as svc
from inspector_desk.services.sync_service import list_quarantine, sync_overview
from inspector_desk.sync import usb
from inspector_desk.sync.server.storage import AuthError, StorageError
from tests.sync.helpers import add_person, client, edit, local_records
from tests.sync.test_calendar_sync import _right_due, _take, _working


def test_usb_round_trip_for_a_device_that_never_connected(tmp_path, sqlite_storage, make_device,
                                                         live_server):
    live_server.use(sqlite_storage)
    online = make_device("online").session()
    client(online, live_server.url).sync(token=sqlite_storage.issue_token("Қарасу №7"))
    add_person(online, "Online")
    client(online, live_server.url).sync()
    offline = make_device("offline", precinct="Далёкий").session()
    rid = add_person(offline, "Offline")
    token = sqlite_storage.issue_token("Қарасу №7")
    out, answer = tmp_path / "out.idsync", tmp_path / "answer.idsync"
    assert usb.export_outbox(offline, out, token=token)["exported"] == 3
    blob = out.read_bytes()
    assert b"Offline" not in blob  # encrypted
    summary = usb.server_import(sqlite_storage, blob, answer)
    assert summary["ops"] == 2 and summary["refused"] == 0
    # a tampered file is refused
    forged = json.loads(blob)
    forged["data"] = forged["data"][:-8] + "AAAAAAA="
    with pytest.raises(usb.UsbError):
        usb.server_import(sqlite_storage, json.dumps(forged).encode(), tmp_path / "x")
    assert sync_overview(offline).last_sync_at is None
    result = usb.import_answer(offline, answer.read_bytes())
    assert result["results"] == 2
    assert sync_overview(offline).last_sync_at is not None  # "Last sync" in the status bar
    assert offline.db.execute("SELECT count(*) FROM outbox WHERE state='pending'").fetchone()[0] \
        == 0
    client(online, live_server.url).sync()
    assert ("officers", rid) in local_records(online)
    # the device now has its own secret: the second file is signed with it
    add_person(offline, "Second")
    usb.export_outbox(offline, out)
    assert usb.server_import(sqlite_storage, out.read_bytes(), answer)["ops"] == 1
    usb.import_answer(offline, answer.read_bytes())
    client(online, live_server.url).sync()
    assert local_records(online) == local_records(offline)


def _cli(*args, env=None, check=True):
    full = {**os.environ, "INSPECTOR_DESK_PASSWORD": "correct horse", **(env or {})}
    r = subprocess.run([sys.executable, "-m", "inspector_desk", *args], capture_output=True,
                       text=True, env=full, timeout=60)
    if check:
        assert r.returncode == 0, r.stderr
    return r


def test_cli_enroll_sync_revoke(tmp_path, sqlite_storage, make_device, live_server):
    live_server.use(sqlite_storage)
    store_url = f"sqlite:///{sqlite_storage.path}"
    token = _cli("server", "enroll", "--store", store_url, "--precinct", "Қарасу №7").stdout.strip()
    assert token.startswith("idt1.")
    dev = make_device("cli")
    s = dev.session()
    add_person(s, "Cli")
    s.close()
    r = _cli("sync", "--db", str(dev.path), "--server", live_server.url, "--token", token)
    report = json.loads(r.stdout)
    assert set(report) == {"pushed", "pulled", "conflicts", "duration_s"}
    assert report["pushed"] == 2 and report["conflicts"] == 0
    again = json.loads(_cli("sync", "--db", str(dev.path)).stdout)
    assert again["pushed"] == 0
    devices = [json.loads(line) for line in
               _cli("server", "devices", "--store", store_url).stdout.splitlines()]
    assert len(devices) == 1
    _cli("server", "revoke", "--store", store_url, devices[0]["device_id"])
    r = _cli("sync", "--db", str(dev.path), "--lang", "en", check=False)
    assert r.returncode == 2 and "revoked" in r.stderr and "Traceback" not in r.stderr
    r = _cli("sync", "--db", str(dev.path), "--server", "http://10.9.9.9:1", "--token", "x",
             check=False)
    assert r.returncode == 2


def test_cli_sync_names_published_forms_this_program_cannot_use(tmp_path, sqlite_storage,
                                                               make_device, live_server):
    from tests.sync.helpers import UNREADABLE_FORM, put_published_forms

    live_server.use(sqlite_storage)
    dev = make_device("cli")
    s = dev.session()
    put_published_forms(s, {"koap-791.v6.toml": UNREADABLE_FORM})
    s.close()
    r = _cli("sync", "--db", str(dev.path), "--server", live_server.url, "--token",
             sqlite_storage.issue_token("Қарасу №7"), "--lang", "ru")
    assert set(json.loads(r.stdout)) == {"pushed", "pulled", "conflicts", "duration_s"}
    assert "koap-791.v6.toml" in r.stderr and "Обновите программу" in r.stderr
    quiet = make_device("quiet")
    r = _cli("sync", "--db", str(quiet.path), "--server", live_server.url, "--token",
             sqlite_storage.issue_token("Қарасу №7"))
    assert r.stderr.strip() == ""


def test_a_usb_file_with_a_change_the_server_refuses_is_answered_and_the_rest_applied(
        tmp_path, sqlite_storage, make_device):
    """A device used alone changed a default category, then is enrolled for a precinct by
    USB: the department's import answers the file (the category change refused with its
    reason, set aside on the device), and everything else is applied."""
    from inspector_desk.services import register
    from inspector_desk.services.sync_service import list_quarantine

    dev = make_device("alone", login="chief", role="supervisor").session()
    parole = register.find_category(dev, "parole")
    register.update_category(dev, parole.id, {"check_interval_days": 11})
    rid = add_person(dev, "Alone")
    out, answer = tmp_path / "out.idsync", tmp_path / "answer.idsync"
    usb.export_outbox(dev, out, token=sqlite_storage.issue_token("Қарасу №7"))
    summary = usb.server_import(sqlite_storage, out.read_bytes(), answer)
    assert summary["refused"] == 1 and summary["ops"] >= 1
    usb.import_answer(dev, answer.read_bytes())
    [item] = list_quarantine(dev)
    assert (item.entity, item.reason) == ("register_categories", "reference_record")
    assert dev.db.execute("SELECT count(*) FROM outbox WHERE state = 'pending'").fetchone()[0] \
        == 0
    assert ("officers", rid) in {k[:2] for k in sqlite_storage.snapshot()}
    assert sqlite_storage.snapshot()[("register_categories", parole.id)]["data"][
        "check_interval_days"] == parole.check_interval_days


# -- found by a scenario hunt: enrolment tokens over USB, refused files, hooks --------------
def _round(dev, storage, tmp_path, token=None, name="x"):
    out, answer = tmp_path / f"{name}.out", tmp_path / f"{name}.ans"
    usb.export_outbox(dev, out, token=token)
    summary = usb.server_import(storage, out.read_bytes(), answer)
    return summary, answer


def _pending(dev):
    return dev.db.execute("SELECT count(*) FROM outbox WHERE state IN ('pending','sent')"
                          ).fetchone()[0]


def test_a_file_whose_every_change_is_refused_sets_them_aside(tmp_path, sqlite_storage,
                                                              make_device):
    """Only refused ops in the file: the answer has no results; the device must still set
    them aside (as the HTTP path does) instead of keeping them pending forever."""
    from inspector_desk.services import register

    dev = make_device("u").session()
    _, ans = _round(dev, sqlite_storage, tmp_path, token=sqlite_storage.issue_token("P"),
                    name="enrol")
    usb.import_answer(dev, ans.read_bytes())
    assert _pending(dev) == 0
    parole = register.find_category(dev, "parole")
    # a change the server will never take from a precinct's device (written below the
    # service, as a device enrolled by USB from a database changed before would hold it)
    edit(dev, "register_categories", parole.id, check_interval_days=11)
    summary, ans = _round(dev, sqlite_storage, tmp_path, name="second")
    assert summary["refused"] == 1 and summary["ops"] == 0
    result = usb.import_answer(dev, ans.read_bytes())
    assert [q.reason for q in list_quarantine(dev)] == ["reference_record"], result
    assert _pending(dev) == 0


def test_two_exports_before_enrolment_answered_do_not_lock_the_device_out(
        tmp_path, sqlite_storage, make_device, live_server):
    """The device exported twice with its token (the first answer not yet back); the
    department imports both files. The device imports both answers, then goes online."""
    live_server.use(sqlite_storage)
    dev = make_device("u").session()
    add_person(dev, "First")
    token = sqlite_storage.issue_token("P")
    s1, a1 = _round(dev, sqlite_storage, tmp_path, token=token, name="one")
    add_person(dev, "Second")
    s2, a2 = _round(dev, sqlite_storage, tmp_path, token=token, name="two")
    assert s1["ops"] >= 1 and s2["ops"] >= 1
    usb.import_answer(dev, a1.read_bytes())
    usb.import_answer(dev, a2.read_bytes())  # sealed with the token too: it opens
    assert _pending(dev) == 0
    client(dev, live_server.url).sync()  # the device's secret is still valid


def test_a_transfer_that_arrives_by_usb_recounts_the_terms(tmp_path, sqlite_storage,
                                                           make_device):
    """As over HTTP (tests/sync/test_calendar_sync.py), a decreed transfer in an answer file
    recounts the precinct's running appeal terms."""
    dev = make_device("u").session()
    _, ans = _round(dev, sqlite_storage, tmp_path, token=sqlite_storage.issue_token("P"),
                    name="enrol")
    usb.import_answer(dev, ans.read_bytes())
    appeal = _take(dev)
    _, ans = _round(dev, sqlite_storage, tmp_path, name="appeal")
    usb.import_answer(dev, ans.read_bytes())
    before = svc.get_appeal(dev, appeal).due_on
    day = _working(before - dt.timedelta(days=3), -1)
    sqlite_storage.put_reference("calendar_overrides", "0190c0de-0000-7000-8000-0000000ca001",
                                 {"day": day.isoformat(), "kind": "day_off", "decree": "D7",
                                  "note": "", "cancelled_on": None, "cancel_reason": None})
    _, ans = _round(dev, sqlite_storage, tmp_path, name="decree")
    usb.import_answer(dev, ans.read_bytes())
    after = svc.get_appeal(dev, appeal).due_on
    assert after == _right_due(dev, appeal) and after > before


def test_an_expired_token_is_refused_over_usb_as_over_http(tmp_path, sqlite_storage, make_device):
    dev = make_device("u").session()
    add_person(dev, "Late")
    token = sqlite_storage.issue_token("P", ttl_days=-1)  # expired yesterday
    out = tmp_path / "late.out"
    usb.export_outbox(dev, out, token=token)
    with pytest.raises(AuthError, match="token_expired"):
        usb.server_import(sqlite_storage, out.read_bytes(), tmp_path / "late.ans")
    assert ("officers", "x") not in sqlite_storage.snapshot() and not any(
        k[0] == "officers" for k in sqlite_storage.snapshot())


def test_a_used_token_replayed_over_usb_does_not_replace_the_devices_secret(
        tmp_path, sqlite_storage, make_device, live_server):
    """The device enrolled over HTTP with its token; an old USB file made with the same token
    (or anyone holding the token and the device id) is imported later."""
    live_server.use(sqlite_storage)
    dev = make_device("u").session()
    token = sqlite_storage.issue_token("P")
    out = tmp_path / "old.out"
    usb.export_outbox(dev, out, token=token)        # made first, carried to the department
    client(dev, live_server.url).sync(token=token)  # meanwhile the device got a connection
    with pytest.raises(StorageError, match="token_used"):
        usb.server_import(sqlite_storage, out.read_bytes(), tmp_path / "old.ans")
    client(dev, live_server.url).sync()  # still able to sync: its secret was not replaced



def test_the_server_commands_refuse_a_store_a_newer_program_migrated(sqlite_storage):
    with sqlite_storage._tx(write=True) as c:
        c.q("INSERT INTO schema_migrations VALUES (99, '2027-01-01')")
    r = _cli("server", "devices", "--store", f"sqlite:///{sqlite_storage.path}", check=False)
    assert r.returncode == 2 and "schema 99" in r.stderr and "Traceback" not in r.stderr


def test_a_device_restored_from_a_backup_without_its_keys_is_let_back_by_reset_keys(
        tmp_path, sqlite_storage, make_device, live_server):
    """The backup predates the device's keys: its file comes with new keys, which the server
    refuses until the administrator forgets the old ones; nothing is lost meanwhile."""
    from inspector_desk.sync.state import _state_set

    live_server.use(sqlite_storage)
    store_url = f"sqlite:///{sqlite_storage.path}"
    dev = make_device("restored")
    s = dev.session()
    client(s, live_server.url).sync(token=sqlite_storage.issue_token("Қарасу №7"))
    with s.write() as tx:  # as restored: no keys of its own, none of the server's
        _state_set(tx.db, "usb_seed", None)
        _state_set(tx.db, "usb_server_keys", None)
    add_person(s, "Restored")
    s.close()
    out, answer = tmp_path / "out.idsync", tmp_path / "answer.idsync"
    _cli("sync", "--db", str(dev.path), "--export", str(out))
    r = _cli("server", "import", "--store", store_url, str(out), "--answer", str(answer),
             check=False)
    assert r.returncode == 2 and "reset-keys" in r.stderr and "Traceback" not in r.stderr
    assert not answer.exists()
    r = _cli("server", "reset-keys", "--store", store_url, "no-such-device", check=False)
    assert r.returncode == 2 and "no such device" in r.stderr
    _cli("server", "reset-keys", "--store", store_url, dev.session().device_id)
    _cli("server", "import", "--store", store_url, str(out), "--answer", str(answer))
    _cli("sync", "--db", str(dev.path), "--import", str(answer))
    s = dev.session()
    assert s.db.execute("SELECT count(*) FROM outbox WHERE state = 'pending'").fetchone()[0] == 0
    _cli("sync", "--db", str(dev.path), "--export", str(out))  # now sealed for keys
    assert json.loads(json.loads(out.read_bytes())["header"])["seal"] == "key"


def test_a_revoked_device_is_told_to_lock_by_the_answer_file(tmp_path, sqlite_storage,
                                                            make_device, live_server):
    live_server.use(sqlite_storage)
    store_url = f"sqlite:///{sqlite_storage.path}"
    dev = make_device("revoked")
    s = dev.session()
    client(s, live_server.url).sync(token=sqlite_storage.issue_token("Қарасу №7"))
    add_person(s, "Late")
    device_id = s.device_id
    s.close()
    _cli("server", "revoke", "--store", store_url, device_id)
    out, answer = tmp_path / "out.idsync", tmp_path / "answer.idsync"
    _cli("sync", "--db", str(dev.path), "--export", str(out))
    r = _cli("server", "import", "--store", store_url, str(out), "--answer", str(answer))
    assert json.loads(r.stdout)["revoked"] and "is revoked" in r.stderr
    r = _cli("sync", "--db", str(dev.path), "--import", str(answer), "--lang", "ru",
             check=False)
    assert r.returncode == 2 and "отозвало" in r.stderr and "Traceback" not in r.stderr
    r = _cli("sync", "--db", str(dev.path), "--export", str(out), "--lang", "en", check=False)
    assert r.returncode == 2 and "revoked" in r.stderr
