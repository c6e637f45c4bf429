"""The sync server's ASGI app (Starlette): enrolment, push, pull, records, hello.

Every refusal is an HTTP error whose JSON body names a machine-readable ``reason``; it is
logged with the device id and the reason only (never a body, never personal data), and
nothing is written. Storage calls are synchronous and run in the thread pool.
"""

from __future__ import annotations

import ipaddress
import logging
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.routing import Route

from inspector_desk.sync import usb_crypto, wire
from inspector_desk.sync.server.storage import Device, Storage, StorageError

log = logging.getLogger("inspector_desk.sync.server")


class Refused(Exception):
    def __init__(self, status: int, reason: str, **extra: Any) -> None:
        super().__init__(reason)
        self.status, self.reason, self.extra = status, reason, extra


def _is_loopback(host: str | None) -> bool:
    if not host:
        return False
    if host in ("localhost", "testclient"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def respond(obj: dict[str, Any], status: int = 200, *,
            version: int = wire.PROTOCOL_VERSION) -> Response:
    return gzip_response(wire.dumps(obj), version, status)


def gzip_response(raw: bytes, version: int, status: int = 200) -> Response:
    """A JSON body already serialised, gzip-compressed, answered in protocol ``version``."""
    return Response(wire.compress(raw), status_code=status,
                    headers={**wire.BODY_HEADERS, wire.PROTOCOL_HEADER: str(version)})


def parse_ops(raw: list[Any], version: int) -> tuple[list[dict[str, Any]], list[dict]]:
    """The batch's ops as objects, and ``[{op_id, reason}]`` of the malformed ones.
    Protocol 2 sends arrays (``wire.OP_ROW``; objects are read too), protocol 1 objects."""
    ops, bad = [], []
    for item in raw:
        if version >= 2 and type(item) is not dict:
            op = wire.op_from_row(item)
            reason = op if type(op) is str else None
            op_id = item[0] if type(item) is list and item else None
        else:
            reason = wire.validate_op(item)
            op = item
            op_id = item.get("op_id") if isinstance(item, dict) else None
        if reason:
            bad.append({"op_id": op_id if isinstance(op_id, str) else None, "reason": reason})
        else:
            ops.append(op)
    return ops, bad


def _clean(result: dict[str, Any]) -> bool:
    """An answer that says only "applied, version N" (protocol 2 sends just N)."""
    return result["status"] == "applied" and result.get("merged") is False and len(result) == 4


def create_app(storage: Storage, *, allow_plain_http: bool = False,
               max_body: int = wire.MAX_BODY_BYTES) -> Starlette:
    """The app over ``storage``; ``allow_plain_http`` accepts secrets over non-loopback HTTP."""

    async def read_json(request: Request) -> dict[str, Any]:
        declared = request.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > max_body:
            raise Refused(413, "too_large")
        body = bytearray()
        async for chunk in request.stream():
            body.extend(chunk)
            if len(body) > max_body:
                raise Refused(413, "too_large")
        try:
            return wire.decode_body(bytes(body), request.headers.get("content-encoding"))
        except wire.WireError as exc:
            raise Refused(413 if exc.reason == "too_large" else 400, exc.reason) from None

    def check_protocol(request: Request) -> int:
        """The request's protocol version (the answer is given in the same version)."""
        raw = request.headers.get(wire.PROTOCOL_HEADER)
        if raw is None or not raw.isdigit():
            raise Refused(400, "protocol_missing")
        version = int(raw)
        if version > wire.PROTOCOL_VERSION or version < wire.MIN_PROTOCOL_VERSION:
            raise Refused(426, "protocol_unsupported", server=wire.PROTOCOL_VERSION,
                          min=wire.MIN_PROTOCOL_VERSION)
        return version

    def check_transport(request: Request) -> None:
        if request.url.scheme == "https" or allow_plain_http:
            return
        if not _is_loopback(request.client.host if request.client else None):
            raise Refused(400, "tls_required")

    async def authenticate(request: Request) -> Device:
        check_transport(request)
        header = request.headers.get("authorization", "")
        scheme, _, value = header.partition(" ")
        device_id, _, secret = value.partition(":")
        if scheme != wire.AUTH_SCHEME or not device_id or not secret:
            raise Refused(401, "no_credentials")
        if not wire.UUID_RE.match(device_id) or len(secret) > 200:
            raise Refused(401, "bad_secret")
        request.state.device = device_id
        return await run_in_threadpool(request.app.state.storage.authenticate, device_id, secret)

    async def hello(request: Request) -> Response:
        return respond({"protocol": wire.PROTOCOL_VERSION,
                        "min_protocol": wire.MIN_PROTOCOL_VERSION})

    async def enrol(request: Request) -> Response:
        check_protocol(request)
        check_transport(request)
        body = await read_json(request)
        token, device_id = body.get("token"), body.get("device_id")
        if not isinstance(token, str) or not isinstance(device_id, str) \
                or not wire.UUID_RE.match(device_id):
            raise Refused(400, "malformed")
        request.state.device = device_id
        name = body.get("name") if isinstance(body.get("name"), str) else ""
        usb_public = body.get("usb_keys")
        if usb_public is not None and not usb_crypto.valid_public_keys(usb_public):
            raise Refused(400, "malformed")
        proof = body.get("proof") if isinstance(body.get("proof"), str) else None
        result = await run_in_threadpool(request.app.state.storage.enrol, token, device_id, name,
                                         usb_public, proof)
        log.info("enrolled device=%s role=%s", device_id[:8], result["role"])
        return respond(result)

    async def push(request: Request) -> Response:
        version = check_protocol(request)
        device = await authenticate(request)
        body = await read_json(request)
        raw_ops = body.get("ops")
        if not isinstance(raw_ops, list) or len(raw_ops) > wire.MAX_OPS_PER_BATCH:
            raise Refused(400, "malformed")
        ops, bad = parse_ops(raw_ops, version)
        if bad:
            raise Refused(400, "malformed_op", ops=bad)
        results = await run_in_threadpool(request.app.state.storage.push, device, ops)
        log.info("push device=%s ops=%d", device.id[:8], len(ops))
        if version == 1:
            return respond({"results": results}, version=1)
        return gzip_response(b'{"results":[' + b",".join(
            str(r["version"]).encode() if _clean(r) else wire.dumps(r) for r in results)
            + b"]}", version)

    async def pull(request: Request) -> Response:
        version = check_protocol(request)
        device = await authenticate(request)
        body = await read_json(request)
        cursor = body.get("cursor")
        limit = body.get("limit", 1000)
        if (cursor is not None and not isinstance(cursor, str)) or not isinstance(limit, int) \
                or isinstance(limit, bool):
            raise Refused(400, "malformed")
        page = await run_in_threadpool(request.app.state.storage.pull, device, cursor,
                                       max(1, min(limit, wire.MAX_PAGE)), version >= 2,
                                       version >= 3)
        return gzip_response(
            b'{"changes":[' + ",".join(page.changes).encode() + b'],"cursor":'
            + wire.dumps(page.cursor) + b',"more":' + (b"true" if page.more else b"false")
            + b"}", version)

    async def records(request: Request) -> Response:
        """Whole records by (entity, id), for deltas whose base a device lacks (3)."""
        version = check_protocol(request)
        device = await authenticate(request)
        body = await read_json(request)
        keys = body.get("keys")
        if (not isinstance(keys, list) or len(keys) > wire.MAX_RECORDS
                or not all(type(k) is list and len(k) == 2
                           and isinstance(k[0], str) and wire.ENTITY_RE.match(k[0])
                           and isinstance(k[1], str) and 0 < len(k[1]) <= 200 for k in keys)):
            raise Refused(400, "malformed")
        found = await run_in_threadpool(request.app.state.storage.records, device,
                                        [(k[0], k[1]) for k in keys], version >= 2)
        log.info("records device=%s asked=%d found=%d", device.id[:8], len(keys), len(found))
        return gzip_response(b'{"changes":[' + ",".join(found).encode() + b"]}", version)

    async def status(request: Request) -> Response:
        check_protocol(request)
        device = await authenticate(request)
        return respond({"device_id": device.id, "role": device.role,
                        "precinct_id": device.precinct_id, "district": device.district})

    def endpoint(handler):
        async def wrapped(request: Request) -> Response:
            try:
                return await handler(request)
            except Refused as exc:
                return refusal(request, exc.status, exc.reason, exc.extra)
            except ClientDisconnect:  # the link dropped mid-upload: nothing was written
                return refusal(request, 400, "client_disconnected", {})
            except StorageError as exc:
                return refusal(request, exc.status, exc.reason, exc.extra)
            except wire.WireError as exc:
                return refusal(request, 400, exc.reason, {})
            except Exception as exc:  # noqa: BLE001 - a fault answers 500, never a traceback
                log.error("server fault %s: %s", request.url.path, type(exc).__name__)
                return refusal(request, 500, "server_fault", {})
        return wrapped

    def refusal(request: Request, status: int, reason: str, extra: dict[str, Any]) -> Response:
        device = getattr(request.state, "device", None)
        log.warning("refused %s %s reason=%s device=%s", status, request.url.path, reason,
                    device[:8] if isinstance(device, str) else "-")
        return respond({"error": reason, "protocol": wire.PROTOCOL_VERSION, **extra}, status)

    app = Starlette(routes=[
        Route("/v1/hello", endpoint(hello), methods=["GET"]),
        Route("/v1/enrol", endpoint(enrol), methods=["POST"]),
        Route("/v1/push", endpoint(push), methods=["POST"]),
        Route("/v1/pull", endpoint(pull), methods=["POST"]),
        Route("/v1/records", endpoint(records), methods=["POST"]),
        Route("/v1/status", endpoint(status), methods=["GET"]),
    ])
    app.state.storage = storage
    return app
