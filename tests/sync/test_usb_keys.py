"""USB transfer files: encrypted for the recipient's key and signed by the sender's, so a
file cannot be read by anyone else nor forged — not even with what the server stores."""

from __future__ import annotations

import json

import pytest

from inspector_desk.sync import usb, usb_crypto
from inspector_desk.sync.server.storage import StorageError
from inspector_desk.sync.server_ids import (
    enrol_proof_message,
    secret_hash,
    token_id,
    token_usb_key,
)
from inspector_desk.sync.state import _state_set, state_get
from tests.sync.helpers import add_person, client, local_records


def _header(path) -> dict:
    return json.loads(json.loads(path.read_bytes())["header"])


def _pending(session) -> int:
    return session.db.execute("SELECT count(*) FROM outbox WHERE state = 'pending'"
                              ).fetchone()[0]


def _as_older_program(session, storage) -> None:
    """As if an older program had enrolled the device: neither side knows the other's keys."""
    with session.write() as tx:
        _state_set(tx.db, "usb_server_keys", None)
    with storage._tx(write=True) as c:
        c.q("UPDATE devices SET usb_public = NULL")


@pytest.fixture
def online(live_server, storage, make_device):
    """A device enrolled over HTTP (it then works without a connection), both engines."""
    live_server.use(storage)
    session = make_device("a").session()
    client(session, live_server.url).sync(token=storage.issue_token("Қарасу №7"))
    return session


def test_a_device_enrolled_over_http_seals_its_files_for_the_servers_key(
        tmp_path, storage, online):
    add_person(online, "Жұмабаев")
    out, answer = tmp_path / "out.idsync", tmp_path / "answer.idsync"
    usb.export_outbox(online, out)
    assert _header(out)["seal"] == "key" and "Жұмабаев".encode() not in out.read_bytes()
    assert usb.server_import(storage, out.read_bytes(), answer)["ops"] == 1
    assert _header(answer)["seal"] == "key"
    usb.import_answer(online, answer.read_bytes())
    assert _pending(online) == 0
    snapshot = storage.snapshot()
    assert any(str(r["data"].get("full_name")).startswith("Жұмабаев") for r in snapshot.values())


def test_what_the_server_stores_cannot_forge_a_devices_file(tmp_path, storage, online,
                                                            make_device):
    """Someone with a copy of the server's database (the devices' secret hashes and public
    keys, the server's own seed) still cannot write a file the server takes as the
    device's: sealed with the secret's hash it is refused once the device's keys are known,
    and signed with any other key it does not match."""
    device_id = online.device_id
    digest, registered = storage.usb_key(device_id)
    assert registered == usb_crypto.public_keys(usb.device_seed(online))
    before = storage.snapshot()
    forger = usb_crypto.new_seed()
    payload = usb._pack({"ops": [], "cursor": None, "precinct_id": None})
    server = usb_crypto.public_keys(storage.usb_seed())
    for n, (mode, claimed, code) in enumerate([
            ("secret", usb_crypto.public_keys(forger), "keys_changed"),
            ("key", usb_crypto.public_keys(forger), "keys_changed"),
            ("key", registered, "bad_signature")]):  # the device's keys, not its signature
        forged = usb_crypto.seal({"kind": "outbox", "device_id": device_id, "seal": mode,
                                  "keys": claimed}, payload, signer_seed=forger,
                                 shared_key=bytes.fromhex(digest),
                                 recipient=server if mode == "key" else None)
        with pytest.raises(usb.UsbError) as err:
            usb.server_import(storage, forged, tmp_path / f"a{n}")
        assert err.value.code == code and not (tmp_path / f"a{n}").exists()
    assert storage.snapshot() == before
    assert storage.usb_key(device_id)[1] == registered  # keys not replaced


def test_an_answer_is_readable_only_by_its_device_and_only_as_the_server_wrote_it(
        tmp_path, storage, online, make_device):
    add_person(online, "Сейітова")
    out, answer = tmp_path / "out.idsync", tmp_path / "answer.idsync"
    usb.export_outbox(online, out)
    usb.server_import(storage, out.read_bytes(), answer)
    blob = answer.read_bytes()
    header = _header(answer)
    server_keys = usb_crypto.public_keys(storage.usb_seed())
    with pytest.raises(usb_crypto.SealError):  # another device's key does not open it
        usb_crypto.open_sealed(blob, header, signer=server_keys,
                               reader_seed=usb_crypto.new_seed())
    # the header altered (e.g. another device id): the signature no longer matches
    outer = json.loads(blob)
    outer["header"] = outer["header"].replace('"seal": "key"', '"seal": "key", "x": 1')
    with pytest.raises(usb.UsbError) as err:
        usb.import_answer(online, json.dumps(outer).encode())
    assert err.value.code == "bad_signature"
    assert _pending(online) == 1  # nothing applied
    usb.import_answer(online, blob)
    assert _pending(online) == 0


def test_a_device_enrolled_by_an_older_program_registers_its_keys_once(
        tmp_path, storage, online, live_server):
    """An older program enrolled without keys: the device's files are sealed with its
    secret's hash and carry its public keys until an answer brings the server's — an answer
    lost on the way changes nothing — and from then on files are sealed for keys; a file
    sealed with the hash but other keys is refused, as only a copy of the server's
    database could make it."""
    _as_older_program(online, storage)
    add_person(online, "Ахметов")
    out, answer = tmp_path / "out.idsync", tmp_path / "answer.idsync"
    usb.export_outbox(online, out)
    assert _header(out)["seal"] == "secret"
    assert usb.server_import(storage, out.read_bytes(), tmp_path / "lost")["ops"] == 1
    assert storage.usb_key(online.device_id)[1] == usb_crypto.public_keys(
        usb.device_seed(online))
    add_person(online, "Бекова")  # the answer never came back: the next file, as before
    usb.export_outbox(online, out)
    assert _header(out)["seal"] == "secret"
    results = usb.server_import(storage, out.read_bytes(), answer)
    assert results["ops"] == 2
    usb.import_answer(online, answer.read_bytes())
    assert _pending(online) == 0
    assert json.loads(state_get(online.db, "usb_server_keys")) == usb_crypto.public_keys(
        storage.usb_seed())
    before = storage.snapshot()
    digest = storage.usb_key(online.device_id)[0]
    forger = usb_crypto.new_seed()
    forged = usb_crypto.seal({"kind": "outbox", "device_id": online.device_id,
                              "seal": "secret", "keys": usb_crypto.public_keys(forger)},
                             usb._pack({"ops": [], "cursor": None, "precinct_id": None}),
                             signer_seed=forger, shared_key=bytes.fromhex(digest))
    with pytest.raises(usb.UsbError) as err:
        usb.server_import(storage, forged, tmp_path / "forged")
    assert err.value.code == "keys_changed" and storage.snapshot() == before
    add_person(online, "Қасымов")
    usb.export_outbox(online, out)
    assert _header(out)["seal"] == "key"
    assert usb.server_import(storage, out.read_bytes(), answer)["ops"] == 1
    usb.import_answer(online, answer.read_bytes())
    client(online, live_server.url).sync()
    assert _pending(online) == 0 and len(local_records(online)) > 0


def test_a_file_of_the_older_format_says_which_program_to_update(tmp_path, make_device,
                                                                sqlite_storage):
    session = make_device("a").session()
    old = json.dumps({"header": json.dumps({"format": "inspector-desk-usb/1", "kind": "answer",
                                            "device_id": session.device_id}),
                      "nonce": "", "data": "", "mac": ""}).encode()
    with pytest.raises(usb.UsbError) as err:
        usb.import_answer(session, old)
    assert err.value.code == "old_format"
    assert "старой версией" in err.value.message("ru")
    assert "ескі нұсқасы" in err.value.message("kk")
    with pytest.raises(usb.UsbError) as err:
        usb.server_import(sqlite_storage, old, tmp_path / "a")
    assert err.value.code == "old_format"


def test_sealing_round_trips_and_refuses_any_change():
    sender, recipient = usb_crypto.new_seed(), usb_crypto.new_seed()
    them, me = usb_crypto.public_keys(recipient), usb_crypto.public_keys(sender)
    blob = usb_crypto.seal({"kind": "x"}, b"plain text", signer_seed=sender, recipient=them)
    header = json.loads(json.loads(blob)["header"])
    assert usb_crypto.open_sealed(blob, header, signer=me, reader_seed=recipient) \
        == b"plain text"
    shared = usb_crypto.seal({"kind": "x"}, b"plain", signer_seed=sender, shared_key=b"k" * 32)
    assert usb_crypto.open_sealed(shared, {}, signer=me, shared_key=b"k" * 32) == b"plain"
    with pytest.raises(usb_crypto.SealError):
        usb_crypto.open_sealed(shared, {}, signer=me, shared_key=b"j" * 32)
    outer = json.loads(blob)
    for part in ("data", "nonce", "sig"):
        raw = bytearray(__import__("base64").b64decode(outer[part]))
        raw[0] ^= 1
        bad = json.dumps({**outer, part: __import__("base64").b64encode(bytes(raw)).decode()})
        with pytest.raises(usb_crypto.SealError):
            usb_crypto.open_sealed(bad.encode(), header, signer=me, reader_seed=recipient)
    with pytest.raises(usb_crypto.SealError):  # signed by someone else
        usb_crypto.open_sealed(blob, header, signer=them, reader_seed=recipient)
    assert usb_crypto.valid_public_keys(me) and not usb_crypto.valid_public_keys(
        {"x25519": me["x25519"], "ed25519": "AAAA"})
    assert secret_hash("s") != secret_hash("t")


# -- found by a second review: each failed before its fix -------------------------------------
def _first_token_file(tmp_path, storage, make_device):
    """A device that never connected, its first file (sealed with a token) imported at the
    department: (session, token, the answer file, not yet applied)."""
    dev = make_device("usb", precinct="Далёкий").session()
    add_person(dev, "Offline")
    token = storage.issue_token("Қарасу №7")
    out, ans = tmp_path / "t_out", tmp_path / "t_ans"
    usb.export_outbox(dev, out, token=token)
    usb.server_import(storage, out.read_bytes(), ans)
    return dev, token, ans


def _usb_enrolled(tmp_path, storage, make_device):
    """A device enrolled over USB with a token, its first answer applied: (session, token,
    that answer)."""
    dev, token, ans = _first_token_file(tmp_path, storage, make_device)
    first = ans.read_bytes()
    usb.import_answer(dev, first)
    return dev, token, first


def _token_file(device_id: str, token: str, seed: str, kind: str = "outbox", **extra) -> bytes:
    head = {"kind": kind, "device_id": device_id, "seal": "token", "token_id": token_id(token),
            **extra}
    if kind == "outbox":
        head["keys"] = usb_crypto.public_keys(seed)
    body = {"ops": [], "cursor": None, "precinct_id": None} if kind == "outbox" else {
        "results": [], "refused": {}, "changes": [], "cursor": None,
        "enrolment": {"device_id": device_id, "secret": "attacker-chosen", "role": "inspector",
                      "precinct": {"id": "evil", "name": "Evil", "district": ""}}}
    return usb_crypto.seal(head, usb._pack(body), signer_seed=seed,
                           shared_key=bytes.fromhex(token_usb_key(token)))


def test_an_unused_token_never_takes_over_a_device_the_server_knows(tmp_path, storage, online):
    """Any device's id travels in the records it wrote; a token (of any precinct) with that
    id in a USB file must not replace the device's secret or keys."""
    before = storage.usb_key(online.device_id)
    forged = _token_file(online.device_id, storage.issue_token("Басқа учаске"),
                         usb_crypto.new_seed())
    with pytest.raises(usb.UsbError) as err:
        usb.server_import(storage, forged, tmp_path / "a")
    assert err.value.code == "device_exists" and not (tmp_path / "a").exists()
    assert storage.usb_key(online.device_id) == before


def test_a_token_file_with_other_keys_does_not_replace_the_registered_ones(
        tmp_path, storage, make_device):
    dev, token, _ = _usb_enrolled(tmp_path, storage, make_device)
    registered = storage.usb_key(dev.device_id)[1]
    with pytest.raises(usb.UsbError) as err:
        usb.server_import(storage, _token_file(dev.device_id, token, usb_crypto.new_seed()),
                          tmp_path / "a")
    assert err.value.code == "keys_changed"
    assert storage.usb_key(dev.device_id)[1] == registered


def test_once_the_device_holds_the_servers_keys_only_they_sign_an_answer(
        tmp_path, storage, make_device):
    """The token (or a secret's hash) alone no longer makes an answer the device takes, and a
    replayed first answer does not enrol the device again."""
    dev, token, first = _usb_enrolled(tmp_path, storage, make_device)
    keys, secret = state_get(dev.db, "usb_server_keys"), state_get(dev.db, "device_secret")
    evil = usb_crypto.new_seed()
    forged = _token_file(dev.device_id, token, evil, kind="answer",
                         server_keys=usb_crypto.public_keys(evil))
    with pytest.raises(usb.UsbError) as err:
        usb.import_answer(dev, forged)
    assert err.value.code == "bad_signature"
    with dev.write() as tx:
        _state_set(tx.db, "role", "supervisor")
    usb.import_answer(dev, first)  # from the stick again, months later
    assert state_get(dev.db, "role") == "supervisor"  # not enrolled again
    assert (state_get(dev.db, "usb_server_keys"), state_get(dev.db, "device_secret")) \
        == (keys, secret)


def test_the_first_answer_is_readable_only_by_the_device_not_by_the_token(
        tmp_path, storage, make_device):
    dev, token, ans = _first_token_file(tmp_path, storage, make_device)
    header = _header(ans)
    with pytest.raises(usb_crypto.SealError):  # it carries the device's new secret
        usb_crypto.open_sealed(ans.read_bytes(), header, signer=header["server_keys"],
                               shared_key=bytes.fromhex(token_usb_key(token)))
    usb.import_answer(dev, ans.read_bytes())
    assert _pending(dev) == 0


@pytest.mark.parametrize("older", [False, True])
def test_a_revoked_devices_file_changes_nothing_and_its_answer_locks_the_device(
        tmp_path, storage, online, older):
    """As over HTTP, the next contact tells a revoked device to lock — here the answer to
    its file; nothing of the file is taken and its keys are not registered."""
    if older:
        _as_older_program(online, storage)
    keys_before = storage.usb_key(online.device_id)[1]
    add_person(online, "After revocation")
    storage.revoke(online.device_id)
    before = storage.snapshot()
    out, answer = tmp_path / "o", tmp_path / "a"
    usb.export_outbox(online, out)
    summary = usb.server_import(storage, out.read_bytes(), answer)
    assert summary["revoked"] and summary["ops"] == 0
    assert storage.snapshot() == before and storage.usb_key(online.device_id)[1] == keys_before
    assert usb.import_answer(online, answer.read_bytes())["revoked"]
    assert state_get(online.db, "revoked") and state_get(online.db, "device_secret") is None
    assert _pending(online) == 1  # the change stays on the device
    with pytest.raises(usb.UsbError) as err:  # locked: no more files
        usb.export_outbox(online, out)
    assert err.value.code == "revoked" and "отозвало" in err.value.message("ru")


def test_keys_of_small_order_and_deeply_nested_files_are_refused_cleanly(tmp_path,
                                                                        sqlite_storage,
                                                                        make_device):
    keys = usb_crypto.public_keys(usb_crypto.new_seed())
    assert not usb_crypto.valid_public_keys({**keys, "x25519": usb_crypto._b64(bytes(32))})
    blob = b"[" * 200_000
    with pytest.raises(usb.UsbError):
        usb.server_import(sqlite_storage, blob, tmp_path / "a")
    with pytest.raises(usb.UsbError):
        usb.import_answer(make_device("n").session(), blob)


# -- found by a third review: each failed before its fix --------------------------------------
def _empty_outbox(device_id: str, seed: str, digest: str, mode: str = "secret", **payload):
    body = {"ops": [], "cursor": None, "precinct_id": None, **payload}
    return usb_crypto.seal({"kind": "outbox", "device_id": device_id, "seal": mode,
                            "keys": usb_crypto.public_keys(seed)}, usb._pack(body),
                           signer_seed=seed, shared_key=bytes.fromhex(digest))


def test_of_two_imports_at_once_with_different_keys_only_the_first_registers(
        tmp_path, storage, online, monkeypatch):
    """The device's own file and one made from a copy of the server's database, imported at
    the same time: the second to register is refused, whatever order they checked in."""
    _as_older_program(online, storage)
    mine = tmp_path / "mine"
    usb.export_outbox(online, mine)
    forged = _empty_outbox(online.device_id, usb_crypto.new_seed(),
                           storage.usb_key(online.device_id)[0])
    register = storage.register_usb_public

    def meanwhile(device_id, keys):  # the device's import runs between check and write
        monkeypatch.setattr(storage, "register_usb_public", register)
        usb.server_import(storage, mine.read_bytes(), tmp_path / "answer")
        return register(device_id, keys)

    monkeypatch.setattr(storage, "register_usb_public", meanwhile)
    with pytest.raises(usb.UsbError) as err:
        usb.server_import(storage, forged, tmp_path / "forged")
    assert err.value.code == "keys_changed" and not (tmp_path / "forged").exists()
    assert storage.usb_key(online.device_id)[1] == usb_crypto.public_keys(
        usb.device_seed(online))
    usb.import_answer(online, (tmp_path / "answer").read_bytes())
    assert _pending(online) == 0


def test_a_replayed_first_answer_does_not_enrol_a_revoked_device_again(
        tmp_path, storage, make_device, live_server):
    from inspector_desk.sync.client import SyncError

    live_server.use(storage)
    dev, _, first = _usb_enrolled(tmp_path, storage, make_device)
    storage.revoke(dev.device_id)
    with pytest.raises(SyncError):
        client(dev, live_server.url).sync()  # told at its next contact: it locks
    cursor = state_get(dev.db, "cursor")
    with pytest.raises(usb.UsbError) as err:  # a locked device takes no answer at all
        usb.import_answer(dev, first)
    assert err.value.code == "revoked" and state_get(dev.db, "cursor") == cursor
    assert state_get(dev.db, "revoked") and not state_get(dev.db, "device_secret")


def test_a_second_token_typed_before_the_first_answer_does_not_lock_the_device_out(
        tmp_path, storage, make_device):
    """The first token thought lost, a second one typed: the department imports the first
    file (the second is then refused: the device is enrolled), and the device still takes
    the first file's answer — every token it used is kept."""
    dev = make_device("u", precinct="Далёкий").session()
    add_person(dev, "Pending")
    t1, t2 = storage.issue_token("Қарасу №7"), storage.issue_token("Қарасу №7")
    f1, f2, a1 = tmp_path / "f1", tmp_path / "f2", tmp_path / "a1"
    usb.export_outbox(dev, f1, token=t1)
    usb.export_outbox(dev, f2, token=t2)
    usb.server_import(storage, f1.read_bytes(), a1)
    with pytest.raises(usb.UsbError) as err:
        usb.server_import(storage, f2.read_bytes(), tmp_path / "a2")
    assert err.value.code == "device_exists"
    usb.import_answer(dev, a1.read_bytes())
    assert _pending(dev) == 0 and state_get(dev.db, "device_secret")


@pytest.mark.parametrize("content", [{"ops": [1]}, {"ops": 5}, {"ops": [{"op_id": ["x"]}]},
                                     {"cursor": "!!not-a-cursor"}, {"cursor": 7}])
def test_a_signed_file_with_bad_content_is_damaged_and_changes_nothing(
        tmp_path, storage, online, content):
    add_person(online, "Applied")
    out = tmp_path / "out"
    usb.export_outbox(online, out)
    seed = usb.device_seed(online)
    digest = bytes.fromhex(storage.usb_key(online.device_id)[0])
    payload = usb._unpack(usb_crypto.open_sealed(
        out.read_bytes(), _header(out), signer=usb_crypto.public_keys(seed),
        reader_seed=storage.usb_seed(), shared_key=digest))
    before = storage.snapshot()
    bad = usb_crypto.seal({"kind": "outbox", "device_id": online.device_id, "seal": "key",
                           "keys": usb_crypto.public_keys(seed)}, usb._pack({**payload,
                                                                          **content}),
                          signer_seed=seed, recipient=usb_crypto.public_keys(storage.usb_seed()),
                          shared_key=digest)
    with pytest.raises(usb.UsbError) as err:
        usb.server_import(storage, bad, tmp_path / "a")
    assert err.value.code == "damaged" and storage.snapshot() == before
    assert not (tmp_path / "a").exists()


def test_after_reset_keys_the_devices_next_file_registers_its_keys_again(tmp_path, storage,
                                                                         online):
    """Even a device that holds the server's keys (it writes files sealed for them): the
    secret authenticates the keys its file carries."""
    assert storage.forget_usb_public(online.device_id)
    add_person(online, "After reset")
    out, answer = tmp_path / "out", tmp_path / "answer"
    usb.export_outbox(online, out)
    assert _header(out)["seal"] == "key"
    assert usb.server_import(storage, out.read_bytes(), answer)["ops"] == 1
    assert storage.usb_key(online.device_id)[1] == usb_crypto.public_keys(
        usb.device_seed(online))
    usb.import_answer(online, answer.read_bytes())
    assert _pending(online) == 0


def test_a_token_file_for_a_device_id_that_is_not_a_uuid_is_refused(tmp_path, sqlite_storage):
    seed, token = usb_crypto.new_seed(), sqlite_storage.issue_token("P")
    with pytest.raises(usb.UsbError) as err:
        usb.server_import(sqlite_storage, _token_file("server", token, seed), tmp_path / "a")
    assert err.value.code == "not_outbox"


# -- found by a fourth review: each failed before its fix -------------------------------------
def test_a_device_revoked_before_its_first_answer_is_told_to_lock_by_its_token_file(
        tmp_path, storage, make_device):
    dev, _, a1 = _first_token_file(tmp_path, storage, make_device)
    f2, a2 = tmp_path / "f2", tmp_path / "a2"
    add_person(dev, "Before the answer came back")
    usb.export_outbox(dev, f2)  # sealed with the token again
    storage.revoke(dev.device_id)
    before = storage.snapshot()
    assert usb.server_import(storage, f2.read_bytes(), a2)["revoked"]
    assert storage.snapshot() == before
    assert usb.import_answer(dev, a2.read_bytes())["revoked"]
    with pytest.raises(usb.UsbError) as err:  # the older answer: no longer taken
        usb.import_answer(dev, a1.read_bytes())
    assert err.value.code == "revoked" and state_get(dev.db, "device_secret") is None


def test_an_enrolment_whose_answer_was_lost_is_answered_again(live_server, storage,
                                                              make_device):
    """The device re-sends its enrolment (a read timeout after the server committed): the
    same device with the same token, before it used its secret, gets the same secret."""
    import httpx

    class LoseTheFirstEnrolAnswer(httpx.HTTPTransport):
        lost = False

        def handle_request(self, request):
            response = super().handle_request(request)
            if request.url.path == "/v1/enrol" and not self.lost:
                response.read()
                self.lost = True
                raise httpx.ReadTimeout("answer lost", request=request)
            return response

    live_server.use(storage)
    dev = make_device("a").session()
    add_person(dev, "Enrolled")
    token = storage.issue_token("Қарасу №7")
    client(dev, live_server.url, transport=LoseTheFirstEnrolAnswer()).sync(token=token)
    assert _pending(dev) == 0 and [d["device_id"] for d in storage.devices()] == [
        dev.device_id]
    with pytest.raises(StorageError) as err:  # once it used its secret, the token is spent
        storage.enrol(token, dev.device_id)
    assert err.value.reason == "token_used"


# -- found by a fifth review: each failed before its fix --------------------------------------
def test_a_spent_token_and_a_devices_file_do_not_give_its_secret_over_http(
        tmp_path, storage, make_device):
    """A USB-enrolled device's id and public keys are in its files' headers; whoever holds its
    token as well must still not get its secret from ``/v1/enrol``: a re-sent enrolment
    needs the device's signature, and a valid token."""
    dev, token, _ = _usb_enrolled(tmp_path, storage, make_device)
    keys = usb_crypto.public_keys(usb.device_seed(dev))
    forged = usb_crypto.sign(usb_crypto.new_seed(),
                             enrol_proof_message(token_id(token), dev.device_id))
    for proof in (None, forged):
        with pytest.raises(StorageError) as err:
            storage.enrol(token, dev.device_id, usb_public=keys, proof=proof)
        assert err.value.reason == "token_used"
    real = usb_crypto.sign(usb.device_seed(dev),
                           enrol_proof_message(token_id(token), dev.device_id))
    assert storage.enrol(token, dev.device_id, usb_public=keys, proof=real)["secret"] \
        == state_get(dev.db, "device_secret")  # the device itself, its answer lost
    with storage._tx(write=True) as c:  # … but not once the token expired
        c.q("UPDATE enrolments SET expires_at = '2026-01-01T00:00:00+00:00'")
    with pytest.raises(StorageError) as err:
        storage.enrol(token, dev.device_id, usb_public=keys, proof=real)
    assert err.value.reason == "token_used"


def test_clearing_the_due_hooks_keeps_what_another_connection_added_meanwhile(
        online, monkeypatch):
    from inspector_desk.sync import hooks
    from inspector_desk.sync.client import SyncClient, hooks_due

    with online.write() as tx:
        hooks_due(tx.db, [["persons", "x"]])

    def meanwhile(session, entities):  # another sync of the same file commits a page
        with online.write() as tx:
            hooks_due(tx.db, [["appeals", "y"]])

    monkeypatch.setattr(hooks, "run_after_pull", meanwhile)
    SyncClient(online)._run_due_hooks()
    assert "appeals" in json.loads(state_get(online.db, "hooks_due"))["entities"]


def test_clearing_the_due_hooks_keeps_a_page_of_an_entity_already_due(online, monkeypatch):
    from inspector_desk.sync import hooks
    from inspector_desk.sync.client import SyncClient, hooks_due

    with online.write() as tx:
        hooks_due(tx.db, [["persons", "x"]])

    def meanwhile(session, entities):  # another page of persons commits meanwhile
        with online.write() as tx:
            hooks_due(tx.db, [["persons", "z"]])

    monkeypatch.setattr(hooks, "run_after_pull", meanwhile)
    SyncClient(online)._run_due_hooks()
    assert state_get(online.db, "hooks_due") is not None  # its hooks still due


# -- found by a sixth review: each failed before its fix --------------------------------------
@pytest.mark.parametrize("how", ["older_client", "keys_forgotten"])
def test_a_spent_token_never_enrols_a_known_device_without_keys_again(tmp_path, storage, how):
    """A device with no registered keys (enrolled by an older client, or its keys forgotten
    by ``server reset-keys`` before it used its secret) cannot be shown to be itself: a
    token file naming it (its id travels in its records) gets nothing."""
    from inspector_desk.domain.ids import new_id

    token, device_id = storage.issue_token("Қарасу №7"), new_id()
    mine = usb_crypto.public_keys(usb_crypto.new_seed())
    storage.enrol(token, device_id, usb_public=None if how == "older_client" else mine)
    if how == "keys_forgotten":
        storage.forget_usb_public(device_id)
    before = storage.usb_key(device_id)
    with pytest.raises(StorageError) as err:
        usb.server_import(storage, _token_file(device_id, token, usb_crypto.new_seed()),
                          tmp_path / "a")
    assert err.value.reason == "token_used" and not (tmp_path / "a").exists()
    assert storage.usb_key(device_id) == before


@pytest.mark.parametrize("stored", ['["persons"]', "{not json", '{"entities": 5}'])
def test_a_due_hooks_record_of_another_shape_never_blocks_a_pull(online, live_server, stored):
    """A value written by an earlier build (a bare list) or damaged: read as well as it can
    be, then cleared; pulls go on."""
    from inspector_desk.sync.client import SyncClient

    with online.write() as tx:
        _state_set(tx.db, "hooks_due", stored)
    SyncClient(online)._run_due_hooks()
    assert state_get(online.db, "hooks_due") is None
    add_person(online, "After")
    client(online, live_server.url).sync()
    assert _pending(online) == 0
