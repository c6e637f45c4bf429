"""The CLI sync and server commands on bad input or a strange server: exit 2 with a clear
message (no traceback), exit 1 while conflicts or refused changes wait for a person."""

from __future__ import annotations

import gzip
import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from inspector_desk.sync import usb
from tests.sync.helpers import add_person, client, edit
from tests.sync.test_usb_cli import _cli


def _fake_server(status: int, body: dict):
    class H(BaseHTTPRequestHandler):
        def _answer(self):
            n = int(self.headers.get("content-length") or 0)
            self.rfile.read(n)
            raw = gzip.compress(json.dumps(body).encode())
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(raw)))
            self.end_headers()
            self.wfile.write(raw)

        do_GET = do_POST = _answer

        def log_message(self, *a):
            pass

    srv = HTTPServer(("127.0.0.1", 0), H)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    return srv, f"http://127.0.0.1:{srv.server_address[1]}"


def _sync_against(make_device, status: int, body: dict):
    """``inspector-desk sync`` of a new device against a server answering ``status, body``."""
    srv, url = _fake_server(status, body)
    try:
        dev = make_device("cli")
        return _cli("sync", "--db", str(dev.path), "--server", url, "--token", "idt1.x",
                    "--lang", "en", check=False)
    finally:
        srv.shutdown()


def test_a_server_of_a_newer_protocol_says_update_the_program(make_device):
    r = _sync_against(make_device, 426, {"error": "protocol_unsupported", "server": 3,
                                         "min": 3, "protocol": 3})
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert "Update the program" in r.stderr, r.stderr


def test_a_url_of_another_json_service_is_a_clear_error(make_device):
    r = _sync_against(make_device, 200, {"ok": True})
    assert r.returncode == 2 and "Traceback" not in r.stderr, r.stderr


@pytest.mark.parametrize("content", [b'{"header": "[1]"}', b'[]', b'{"header": "{\\"format\\": 5}"}',
                                     b"\xff\xfe garbage"])
def test_a_foreign_answer_file_is_exit_2(tmp_path, make_device, content):
    dev = make_device("cli")
    f = tmp_path / "foreign.idsync"
    f.write_bytes(content)
    r = _cli("sync", "--db", str(dev.path), "--import", str(f), "--lang", "ru", check=False)
    assert r.returncode == 2 and "Traceback" not in r.stderr, r.stderr


@pytest.mark.parametrize("content", [b'{"header": "[1]"}', b"\xff\xfe garbage"])
def test_a_foreign_file_for_server_import_is_exit_2(tmp_path, sqlite_storage, content):
    f = tmp_path / "foreign.idsync"
    f.write_bytes(content)
    r = _cli("server", "import", "--store", f"sqlite:///{sqlite_storage.path}", str(f),
             "--answer", str(tmp_path / "a"), check=False)
    assert r.returncode == 2 and "Traceback" not in r.stderr, r.stderr


def test_refused_changes_still_waiting_make_the_next_sync_exit_1(
        sqlite_storage, make_device, live_server):
    """Exit 1: 'synced but open conflicts or refused changes wait for a person'."""
    from inspector_desk.services import register
    from inspector_desk.services.sync_service import list_quarantine

    live_server.use(sqlite_storage)
    dev = make_device("cli")
    s = dev.session()
    client(s, live_server.url).sync(token=sqlite_storage.issue_token("P"))
    parole = register.find_category(s, "parole")
    edit(s, "register_categories", parole.id, check_interval_days=11)
    s.close()
    r1 = _cli("sync", "--db", str(dev.path), check=False)
    r2 = _cli("sync", "--db", str(dev.path), check=False)
    s = dev.session()
    assert len(list_quarantine(s)) == 1
    assert (r1.returncode, r2.returncode) == (1, 1)


def test_usb_import_with_conflicts_is_exit_1(tmp_path, sqlite_storage, make_device, live_server):
    live_server.use(sqlite_storage)
    a = make_device("a").session()
    ca = client(a, live_server.url)
    ca.sync(token=sqlite_storage.issue_token("P"))
    rid = add_person(a, "Shared")
    ca.sync()
    dev = make_device("u")
    u = dev.session()
    out, ans = tmp_path / "o", tmp_path / "a"
    usb.export_outbox(u, out, token=sqlite_storage.issue_token("P"))
    usb.server_import(sqlite_storage, out.read_bytes(), ans)
    usb.import_answer(u, ans.read_bytes())
    edit(u, "officers", rid, rank="mine")
    edit(a, "officers", rid, rank="theirs")
    ca.sync()
    usb.export_outbox(u, out)
    usb.server_import(sqlite_storage, out.read_bytes(), ans)
    u.close()
    r = _cli("sync", "--db", str(dev.path), "--import", str(ans), check=False)
    assert json.loads(r.stdout)["conflicts"] == 1
    assert r.returncode == 1


def test_a_revoked_device_is_told_it_is_locked_not_to_ask_for_a_token(sqlite_storage,
                                                                     make_device, live_server):
    live_server.use(sqlite_storage)
    dev = make_device("cli")
    s = dev.session()
    client(s, live_server.url).sync(token=sqlite_storage.issue_token("P"))
    s.close()
    [d] = sqlite_storage.devices()
    sqlite_storage.revoke(d["device_id"])
    r = _cli("sync", "--db", str(dev.path), "--lang", "en", check=False)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert "locked" in r.stderr and "new enrolment token" not in r.stderr, r.stderr


def test_a_transfer_file_problem_is_told_in_the_officers_language(tmp_path, make_device):
    dev = make_device("cli")
    f = tmp_path / "foreign.idsync"
    f.write_bytes(b'{"header": "[1]"}')
    r = _cli("sync", "--db", str(dev.path), "--import", str(f), "--lang", "kk", check=False)
    assert r.returncode == 2
    assert "бұл Inspector Desk тасымалдау файлы емес" in r.stderr, r.stderr
    assert "not an Inspector Desk" not in r.stderr
