"""The demo precinct: a realistic rural precinct for first start, training and benchmarks.

Other modules extend the demo by adding a part to :data:`DEMO_PARTS`; each part fills
its own records through services (audit and outbox included) and returns a summary.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from inspector_desk.progress import NO_PROGRESS, Progress
from inspector_desk.services.accounts import NewOfficer, UnlockedStore, add_officer, create_database
from inspector_desk.services.session import Session
from inspector_desk.store.keyring import KdfParams

DEMO_LOGIN = "demo"
DEMO_PASSWORD = "demo"
PRECINCT = "Қарасу ауылдық округі, №7 әкімшілік учаске"
DISTRICT = "Алматы облысы, Қарасай ауданы"


@dataclass(frozen=True, slots=True)
class DemoSize:
    """How big a demo precinct is (see domain guide §8)."""

    name: str
    residents: int
    households: int
    register_entries: int
    years_of_history: int


SIZES = {
    "small": DemoSize("small", 400, 120, 20, 1),
    "large": DemoSize("large", 10_000, 3_000, 400, 5),
    "huge": DemoSize("huge", 200_000, 60_000, 4_000, 5),
}

DemoPart = Callable[[Session, DemoSize, random.Random, Progress], str]

#: Parts run in order after the officers exist, as "module:function"; a part whose module
#: is not there yet is skipped. Each part writes through services (audit and outbox).
DEMO_PARTS: list[str] = [
    "inspector_desk.services.register_demo:demo_register",
    "inspector_desk.services.receptions_demo:demo_receptions",
    "inspector_desk.services.protocols_demo:demo_protocols",
]


def _parts() -> list[DemoPart]:
    import importlib
    import importlib.util

    found = []
    for target in DEMO_PARTS:
        module, _, name = target.partition(":")
        if importlib.util.find_spec(module) is not None:
            found.append(getattr(importlib.import_module(module), name))
    return found


def create_demo(
    path: Path,
    *,
    size: str = "small",
    seed: int = 7,
    password: str = DEMO_PASSWORD,
    kdf: KdfParams | None = None,
    progress: Progress = NO_PROGRESS,
) -> tuple[UnlockedStore, list[str]]:
    """Create the demo precinct at ``path``; returns it unlocked and a summary per part.

    The demo password may be short (it is a demo); real accounts need 8 characters.
    """
    spec = SIZES[size]
    rng = random.Random(seed)
    progress.update(0, 0, "officers")
    store = create_database(
        path,
        officer=NewOfficer(full_name="Сейтқали Айдос Бауыржанұлы", login=DEMO_LOGIN,
                           role="inspector", rank="полиция капитаны",
                           position="учаскелік полиция инспекторы"),
        password=password, precinct_name=PRECINCT, district=DISTRICT,
        kdf=kdf, min_password=1,
    )
    session = store.session()
    summary = ["2 officers"]
    try:
        add_officer(
            session, store,
            NewOfficer(full_name="Жұмабаева Әлия Серікқызы", login="demo-assistant",
                       role="assistant", rank="полиция лейтенанты",
                       position="учаскелік инспектордың көмекшісі"),
            password=password, kdf=kdf, min_password=1,
        )
        for part in _parts():
            summary.append(part(session, spec, rng, progress))
    finally:
        session.close()
    return store, summary
