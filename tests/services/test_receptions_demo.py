"""The demo part fills a realistic year of appeals through the services."""

from __future__ import annotations

import random

from inspector_desk.progress import Progress
from inspector_desk.services import receptions as svc
from inspector_desk.services.demo import SIZES
from inspector_desk.services.receptions_demo import demo_receptions


def test_demo_receptions(session):
    summary = demo_receptions(session, SIZES["small"], random.Random(7), Progress())
    assert summary == "60 appeals"
    statuses = {a.status for a in svc.list_appeals(session, svc.AppealFilter(), limit=100)}
    assert {"closed", "handed_over"} <= statuses
    assert session.db.execute("SELECT count(*) FROM audit WHERE action = 'appeal.take'"
                              ).fetchone()[0] == 60
