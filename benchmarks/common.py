"""Helpers shared by the benchmarks: timing statistics and a machine description."""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable


def machine() -> str:
    """A one-line description of this machine for docs/benchmarks.md."""
    cpu = "?"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            cpu = next((line.split(":", 1)[1].strip() for line in info
                        if line.startswith("model name")), cpu)
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"


def python_speed() -> float:
    """Seconds a fixed pure-Python loop takes now (lower is faster): printed beside a
    benchmark so runs on this shared, noisy machine can be compared."""
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        total = 0
        for i in range(2_000_000):
            total += i
        best = min(best, time.perf_counter() - started)
    return best


def stats(samples: list[float]) -> dict[str, float]:
    """Median, p95, min and max of ``samples`` (seconds)."""
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return {"median": statistics.median(ordered), "p95": p95, "min": ordered[0],
            "max": ordered[-1], "n": len(ordered)}


def fmt_ms(value: float) -> str:
    return f"{value * 1000:.1f} ms"


def timed(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def run_python(code_or_args: list[str], env: dict[str, str] | None = None) -> float:
    """Wall time of a fresh interpreter running ``code_or_args``."""
    started = time.perf_counter()
    subprocess.run([sys.executable, *code_or_args], check=True, env=env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started
