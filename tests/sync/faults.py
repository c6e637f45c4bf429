"""Deterministic fault injection between a sync client and a real server.

:class:`FaultTransport` wraps httpx's real transport and, driven by a seeded RNG, drops a
request before it reaches the server, drops the response after the server committed,
delivers a request twice, or re-delivers an old request later (reordering).
"""

from __future__ import annotations

import random
from collections.abc import Callable

import httpx

FAULTS = ("drop_request", "drop_response", "duplicate", "reorder", "restart")


class SimulatedCrash(Exception):
    """The client process 'died' here (its open transaction is rolled back)."""


class FaultTransport(httpx.BaseTransport):
    def __init__(self, rng: random.Random, rate: float = 0.3,
                 restart: Callable[[], None] | None = None) -> None:
        self.inner = httpx.HTTPTransport()
        self.rng = rng
        self.rate = rate
        self.restart = restart
        self.enabled = True
        self.stash: list[httpx.Request] = []
        self.log: list[str] = []

    @staticmethod
    def _copy(request: httpx.Request) -> httpx.Request:
        return httpx.Request(request.method, request.url, headers=request.headers,
                             content=request.content)

    def _send(self, request: httpx.Request) -> httpx.Response:
        resp = self.inner.handle_request(request)
        resp.read()
        return resp

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        if not self.enabled or self.rng.random() >= self.rate:
            if self.stash and self.rng.random() < 0.5:
                self._send(self.stash.pop(0))  # a stale copy arrives late
            return self._send(request)
        fault = self.rng.choice(FAULTS)
        self.log.append(fault)
        if fault == "drop_request":
            raise httpx.ConnectError("injected: request dropped")
        if fault == "drop_response":
            self._send(request)
            raise httpx.ReadError("injected: response dropped")
        if fault == "duplicate":
            self._send(self._copy(request))
            return self._send(request)
        if fault == "reorder":
            self.stash.append(self._copy(request))
            return self._send(request)
        if self.restart is not None:
            self.restart()
        return self._send(request)

    def close(self) -> None:
        self.inner.close()


class MidBatchCrash:
    """A storage fault hook: the server 'dies' in the middle of applying one batch."""

    def __init__(self) -> None:
        self.armed = False

    def __call__(self, stage: str, index: int) -> None:
        if self.armed and stage == "apply" and index >= 1:
            self.armed = False
            raise RuntimeError("injected: server restart mid-batch")
