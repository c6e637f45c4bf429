"""The short switch interval of a running sync is the process's own again afterwards."""

from __future__ import annotations

import sys

import pytest

from inspector_desk.sync.handoff import SYNC_SWITCH_INTERVAL, quick_handoff


@pytest.fixture
def interval():
    saved = sys.getswitchinterval()
    sys.setswitchinterval(0.005)
    yield
    sys.setswitchinterval(saved)


def test_the_interval_is_short_while_syncs_run_and_restored_after_the_last(interval):
    with quick_handoff():
        assert sys.getswitchinterval() == pytest.approx(SYNC_SWITCH_INTERVAL)
        with quick_handoff():  # a second sync at the same time
            assert sys.getswitchinterval() == pytest.approx(SYNC_SWITCH_INTERVAL)
        assert sys.getswitchinterval() == pytest.approx(SYNC_SWITCH_INTERVAL)
    assert sys.getswitchinterval() == pytest.approx(0.005)


def test_a_failed_sync_restores_the_interval_and_a_shorter_one_is_kept(interval):
    with pytest.raises(RuntimeError), quick_handoff():
        raise RuntimeError("the link dropped")
    assert sys.getswitchinterval() == pytest.approx(0.005)
    sys.setswitchinterval(0.0002)
    with quick_handoff():
        assert sys.getswitchinterval() == pytest.approx(0.0002, abs=1e-5)
    assert sys.getswitchinterval() == pytest.approx(0.0002, abs=1e-5)
