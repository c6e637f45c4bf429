"""USB transfer files: encrypted for the recipient's key and signed by the sender's, so a
file cannot be read by anyone else nor forged — not even with what the server stores."""

from __future__ import annotations

import json

import pytest

from inspector_desk.sync import usb, usb_crypto
from inspector_desk.sync.server_ids import secret_hash
from inspector_desk.sync.state import _state_set, state_get
from tests.sync.helpers import add_person, client, local_records


def _header(path) -> dict:
    return json.loads(json.loads(path.read_bytes())["header"])


def _pending(session) -> int:
    return session.db.execute("SELECT count(*) FROM outbox WHERE state = 'pending'"
                              ).fetchone()[0]


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
    by_hash = usb_crypto.seal({"kind": "outbox", "device_id": device_id, "seal": "secret",
                               "keys": usb_crypto.public_keys(forger)}, payload,
                              signer_seed=forger, shared_key=bytes.fromhex(digest))
    with pytest.raises(usb.UsbError) as err:
        usb.server_import(storage, by_hash, tmp_path / "a1")
    assert err.value.code == "keys_changed"
    other_signer = usb_crypto.seal({"kind": "outbox", "device_id": device_id, "seal": "key"},
                                   payload, signer_seed=forger,
                                   recipient=usb_crypto.public_keys(storage.usb_seed()))
    with pytest.raises(usb.UsbError) as err:
        usb.server_import(storage, other_signer, tmp_path / "a2")
    assert err.value.code == "bad_signature"
    assert storage.snapshot() == before
    assert storage.usb_key(device_id)[1] == registered  # keys not replaced
    assert not (tmp_path / "a1").exists() and not (tmp_path / "a2").exists()


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
    """An older program enrolled without keys: the device's first file is sealed with its
    secret's hash and carries its public keys; the answer brings the server's, and from
    then on files are sealed for keys — a second file sealed with the hash is refused."""
    with online.write() as tx:
        _state_set(tx.db, "usb_server_keys", None)
    with storage._tx(write=True) as c:
        c.q("UPDATE devices SET usb_public = NULL")
    add_person(online, "Ахметов")
    out, answer = tmp_path / "out.idsync", tmp_path / "answer.idsync"
    usb.export_outbox(online, out)
    assert _header(out)["seal"] == "secret"
    first = out.read_bytes()
    assert usb.server_import(storage, first, answer)["ops"] == 1
    assert storage.usb_key(online.device_id)[1] == usb_crypto.public_keys(
        usb.device_seed(online))
    usb.import_answer(online, answer.read_bytes())
    assert json.loads(state_get(online.db, "usb_server_keys")) == usb_crypto.public_keys(
        storage.usb_seed())
    add_person(online, "Бекова")
    usb.export_outbox(online, out)
    assert _header(out)["seal"] == "key"
    assert usb.server_import(storage, out.read_bytes(), answer)["ops"] == 1
    with pytest.raises(usb.UsbError) as err:  # the first file, replayed
        usb.server_import(storage, first, tmp_path / "again")
    assert err.value.code == "keys_changed"
    usb.import_answer(online, answer.read_bytes())
    other = client(online, live_server.url)
    other.sync()
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
