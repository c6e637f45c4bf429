"""The interpreter settings of a running sync are the process's own again afterwards."""

from __future__ import annotations

import gc
import sys
import weakref

import pytest

from inspector_desk.sync.tuning import (
    SYNC_GC_THRESHOLD,
    SYNC_SWITCH_INTERVAL,
    settle_server_heap,
    sync_tuning,
)


@pytest.fixture
def settings():
    saved = sys.getswitchinterval(), gc.get_threshold()
    sys.setswitchinterval(0.005)
    gc.set_threshold(700, 10, 10)
    assert gc.get_freeze_count() == 0
    yield
    gc.unfreeze()
    sys.setswitchinterval(saved[0])
    gc.set_threshold(*saved[1])


def test_the_interval_is_short_while_syncs_run_and_restored_after_the_last(settings):
    with sync_tuning():
        assert sys.getswitchinterval() == pytest.approx(SYNC_SWITCH_INTERVAL)
        with sync_tuning():  # a second sync at the same time
            assert sys.getswitchinterval() == pytest.approx(SYNC_SWITCH_INTERVAL)
        assert sys.getswitchinterval() == pytest.approx(SYNC_SWITCH_INTERVAL)
    assert sys.getswitchinterval() == pytest.approx(0.005)


def test_a_failed_sync_restores_the_interval_and_a_shorter_one_is_kept(settings):
    with pytest.raises(RuntimeError), sync_tuning():
        raise RuntimeError("the link dropped")
    assert sys.getswitchinterval() == pytest.approx(0.005)
    sys.setswitchinterval(0.0002)
    with sync_tuning():
        assert sys.getswitchinterval() == pytest.approx(0.0002, abs=1e-5)
    assert sys.getswitchinterval() == pytest.approx(0.0002, abs=1e-5)


def test_the_heap_is_frozen_while_syncs_run_and_thawed_after_the_last(settings):
    with sync_tuning():
        assert gc.get_freeze_count() > 0
        assert gc.get_threshold() == (SYNC_GC_THRESHOLD, 10, 10)
        with sync_tuning():
            assert gc.get_freeze_count() > 0
        assert gc.get_threshold()[0] == SYNC_GC_THRESHOLD
    assert gc.get_freeze_count() == 0  # nothing stays out of the collector's reach
    assert gc.get_threshold() == (700, 10, 10)
    with pytest.raises(RuntimeError), sync_tuning():
        raise RuntimeError("the link dropped")
    assert gc.get_freeze_count() == 0 and gc.get_threshold() == (700, 10, 10)


def test_garbage_made_before_a_sync_is_collected_at_its_start_or_after_it(settings):
    """Young garbage goes when the sync starts; older garbage (frozen with the heap) is
    left alone while it runs and collected after it."""
    class Node:
        pass

    def cycle(holder: list) -> weakref.ref:
        a, b = Node(), Node()
        a.other, b.other = b, a
        holder.append(a)
        return weakref.ref(a)

    gc.collect()
    gc.disable()
    try:
        old_holder: list = []
        old = cycle(old_holder)
        gc.collect()  # survives into the oldest generation, then becomes garbage
        old_holder.clear()
        young = cycle([])
        with sync_tuning():
            assert young() is None  # collected as the sync started
            gc.collect()
            assert old() is not None  # frozen: left alone while the sync runs
        gc.collect()
        assert old() is None
    finally:
        gc.enable()


def test_settings_changed_during_a_sync_are_kept(settings):
    with sync_tuning():
        gc.set_threshold(30_000, 50, 50)
        sys.setswitchinterval(0.002)
    assert gc.get_threshold() == (30_000, 50, 50)
    assert sys.getswitchinterval() == pytest.approx(0.002)


def test_a_server_keeps_its_own_freeze_through_syncs_in_its_process(settings):
    settle_server_heap()
    frozen = gc.get_freeze_count()
    assert frozen > 0 and gc.get_threshold()[0] == SYNC_GC_THRESHOLD
    with sync_tuning():
        pass
    # still frozen (a thaw would leave none; a few frozen objects may have been freed)
    assert gc.get_freeze_count() > frozen // 2
    assert gc.get_threshold()[0] == SYNC_GC_THRESHOLD
