"""``inspector-desk sync``: enrol (first time, with the token) and sync once.

Prints ``{"pushed","pulled","conflicts","duration_s"}``. Exit 0 synced; 1 synced but
open conflicts or refused changes wait for a person; 2 unusable input or a failure
(network, auth, server), with the reason on stderr. Published protocol forms this program
cannot use are named on stderr (the sync itself succeeded).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from inspector_desk.commands.common import add_db, add_login, open_store, resolve_lang


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("sync", help="enrol (first time) and sync once with the server")
    add_db(p)
    add_login(p)
    p.add_argument("--server", default=None, help="server URL (remembered after enrolment)")
    p.add_argument("--token", default=None, help="one-time enrolment token (first sync)")
    p.add_argument("--allow-plain-http", action="store_true",
                   help="allow sending the device secret over plain HTTP to a non-loopback host")
    p.add_argument("--export", type=Path, default=None, metavar="FILE",
                   help="no connection: write the outbox to FILE for a USB stick")
    p.add_argument("--import", dest="import_", type=Path, default=None, metavar="FILE",
                   help="no connection: apply the server's answer FILE")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from inspector_desk.cli import UsageError
    from inspector_desk.messages import text
    from inspector_desk.sync.client import SyncClient, SyncError

    lang = resolve_lang(args)
    store = open_store(args)
    session = store.session()
    allow = True if args.allow_plain_http else None  # None: as the environment says
    try:
        if args.export or args.import_:
            from inspector_desk.sync import usb

            try:
                if args.export:
                    summary = usb.export_outbox(session, args.export, token=args.token)
                else:
                    summary = usb.import_answer(session, args.import_.read_bytes())
            except (OSError, usb.UsbError) as exc:
                reason = exc.message(lang) if isinstance(exc, usb.UsbError) else str(exc)
                raise UsageError(text("sync.usb_failed", lang, reason=reason)) from None
            if summary.get("revoked"):  # the department's answer: this device is locked
                raise UsageError(text("sync.revoked", lang))
            print(json.dumps(summary, ensure_ascii=False))
            _warn_refused_forms(session, lang)
            return 1 if _waiting_for_a_person(session) else 0
        client = SyncClient(session, url=args.server, allow_plain_http=allow)
        try:
            report = client.sync(token=args.token)
        except SyncError as exc:
            if exc.reason == "revoked":
                raise UsageError(text("sync.revoked", lang)) from None
            raise UsageError(text(f"sync.error.{exc.kind}", lang, reason=exc.reason)) from None
        finally:
            client.close()
        print(json.dumps(report.as_json()))
        _warn_refused_forms(session, lang)
        return 1 if report.conflicts or report.rejected or _waiting_for_a_person(session) \
            else 0
    finally:
        session.close()


def _waiting_for_a_person(session) -> bool:
    """Whether conflicts or refused changes wait for a person (exit status 1)."""
    from inspector_desk.services.sync_service import sync_overview

    overview = sync_overview(session)
    return bool(overview.open_conflicts or overview.open_quarantine)


def _warn_refused_forms(session, lang: str) -> None:
    """Name on stderr the published forms this program cannot use (as the Sync page does)."""
    from inspector_desk.messages import text
    from inspector_desk.services.published_forms import refused

    names = [name for name, _ in refused(session)]
    if names:
        print(text("sync.forms_refused", lang, names=", ".join(names)), file=sys.stderr)
