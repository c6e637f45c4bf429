"""``inspector-desk server enroll|revoke|reset-keys|devices|import|publish``: administer the
sync server."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("server", help="administer the sync server")
    verbs = p.add_subparsers(dest="verb", metavar="VERB", required=True)
    e = verbs.add_parser("enroll", help="issue a one-time enrolment token")
    e.add_argument("--store", required=True)
    e.add_argument("--precinct", required=True)
    e.add_argument("--district", default="")
    e.add_argument("--role", default="inspector", choices=("inspector", "supervisor"))
    e.add_argument("--days", type=int, default=14, help="days the token stays valid")
    e.set_defaults(run=run)
    r = verbs.add_parser("revoke", help="revoke a device (it locks at its next contact)")
    r.add_argument("--store", required=True)
    r.add_argument("device_id")
    r.set_defaults(run=run)
    k = verbs.add_parser("reset-keys", help="forget a device's keys for USB files (a device "
                         "restored from an old backup: its next file registers new ones)")
    k.add_argument("--store", required=True)
    k.add_argument("device_id")
    k.set_defaults(run=run)
    d = verbs.add_parser("devices", help="list enrolled devices (JSON lines)")
    d.add_argument("--store", required=True)
    d.set_defaults(run=run)
    i = verbs.add_parser("import", help="import a device's USB file; write the answer file")
    i.add_argument("--store", required=True)
    i.add_argument("file", type=Path)
    i.add_argument("--answer", type=Path, required=True)
    i.set_defaults(run=run)
    u = verbs.add_parser("publish", help="publish reference records every device pulls: "
                         "JSON lines ({\"entity\", \"id\", \"data\"}) or protocol form "
                         "files (<form>.v<version>.toml)")
    u.add_argument("--store", required=True)
    u.add_argument("file", type=Path, nargs="+")
    u.set_defaults(run=run)

#: Tables the department may publish to every device (a supervisor's device may also change
#: categories and transfers; see ``storage.SHARED``).
REFERENCE_ENTITIES = ("register_categories", "calendar_overrides", "form_definitions")


def _published(paths: list[Path]) -> list[tuple[str, str, dict]]:
    """Every file read and checked before anything is written: a form file is checked by
    the same loader devices use, and a version the program ships is refused."""
    records = []
    for path in paths:
        records.extend(_form_record(path) if path.suffix == ".toml"
                       else _reference_records(path))
    return records


def _form_record(path: Path) -> list[tuple[str, str, dict]]:
    from inspector_desk.cli import UsageError
    from inspector_desk.domain.forms.definition import (
        FormDefinitionError,
        default_registry,
        load_form_text,
    )

    try:
        text = path.read_text(encoding="utf-8")
        form = load_form_text(text, path.name)
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read {path}: {exc}") from None
    except FormDefinitionError as exc:
        raise UsageError(f"not a valid form: {exc}") from None
    if default_registry().ships(form.id, form.version):
        raise UsageError(f"{path.name}: the program ships {form.id} version {form.version}; "
                         "publish a new version number")
    return [("form_definitions", path.name,
             {"form_id": form.id, "form_version": form.version, "source": text})]


def _reference_records(path: Path) -> list[tuple[str, str, dict]]:
    """Read and check the publish file completely before anything is written."""
    from inspector_desk.cli import UsageError

    records = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read {path}: {exc}") from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            entity, rid, data = item["entity"], item["id"], item["data"]
        except (ValueError, KeyError, TypeError):
            raise UsageError(f"{path.name}, line {number}: expected "
                             '{"entity": …, "id": …, "data": {…}}') from None
        if entity not in REFERENCE_ENTITIES:
            raise UsageError(f"{path.name}, line {number}: {entity!r} is not a reference table "
                             f"({', '.join(REFERENCE_ENTITIES)})")
        if not isinstance(rid, str) or not rid or not isinstance(data, dict):
            raise UsageError(f"{path.name}, line {number}: id must be text, data an object")
        records.append((entity, rid, data))
    return records


def run(args: argparse.Namespace) -> int:
    from inspector_desk.cli import UsageError
    from inspector_desk.sync.server import open_storage
    from inspector_desk.sync.server.storage import StorageError

    published = _published(args.file) if args.verb == "publish" else []
    try:
        storage = open_storage(args.store)
    except Exception as exc:  # noqa: BLE001 - a clear message, no traceback
        raise UsageError(f"cannot open store: {type(exc).__name__}: {exc}") from None
    try:
        if args.verb == "enroll":
            print(storage.issue_token(args.precinct, args.role, args.district, args.days))
        elif args.verb == "revoke":
            if not storage.revoke(args.device_id):
                raise UsageError(f"no such device: {args.device_id}")
            print(f"revoked {args.device_id}", file=sys.stderr)
        elif args.verb == "reset-keys":
            if not storage.forget_usb_public(args.device_id):
                raise UsageError(f"no such device: {args.device_id}")
            print(f"USB keys of {args.device_id} forgotten: its next file registers new ones",
                  file=sys.stderr)
        elif args.verb == "devices":
            for device in storage.devices():
                print(json.dumps(device, ensure_ascii=False))
        elif args.verb == "import":
            from inspector_desk.sync import usb

            try:
                summary = usb.server_import(storage, args.file.read_bytes(), args.answer)
            except (OSError, usb.UsbError) as exc:
                raise UsageError(f"cannot import {args.file}: {exc}") from None
            if summary.get("revoked"):
                print(f"device {summary['device_id']} is revoked: nothing was taken; the "
                      "answer tells it to lock", file=sys.stderr)
            print(json.dumps(summary, ensure_ascii=False))
        elif args.verb == "publish":
            for entity, rid, data in published:
                storage.put_reference(entity, rid, data)
            print(json.dumps({"published": len(published)}))
    except StorageError as exc:
        raise UsageError(exc.reason) from None
    finally:
        storage.close()
    return 0
