"""``inspector-desk serve``: run the department sync server (uvicorn)."""

from __future__ import annotations

import argparse
import logging


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("serve", help="run the sync server")
    p.add_argument("--store", required=True, help="sqlite:///PATH or postgresql://…")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8765)
    p.add_argument("--allow-plain-http", action="store_true",
                   help="accept device secrets over plain HTTP from other hosts "
                        "(only behind a TLS-terminating proxy)")
    p.add_argument("--forwarded-allow-ips", default="127.0.0.1",
                   help="proxies trusted for X-Forwarded-Proto")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from inspector_desk.cli import UsageError

    try:
        import uvicorn

        from inspector_desk.sync.server import open_storage
        from inspector_desk.sync.server.app import create_app
        from inspector_desk.sync.tuning import settle_server_heap
    except ImportError as exc:  # pragma: no cover - the "server" extra is missing
        raise UsageError(f"the server needs the 'server' extra: {exc.name}") from None
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    try:
        storage = open_storage(args.store)
    except Exception as exc:  # noqa: BLE001 - a clear message, no traceback
        raise UsageError(f"cannot open store: {type(exc).__name__}: {exc}") from None
    app = create_app(storage, allow_plain_http=args.allow_plain_http)
    settle_server_heap()
    uvicorn.run(app, host=args.host, port=args.port, proxy_headers=True,
                forwarded_allow_ips=args.forwarded_allow_ips, access_log=False)
    storage.close()
    return 0
