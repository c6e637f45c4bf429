from inspector_desk.domain.hlc import HybridClock, format_stamp, parse_stamp


def test_stamps_increase_even_when_the_wall_clock_goes_back():
    wall = [1_800_000_000_000]
    clock = HybridClock(wall_ms=lambda: wall[0])
    a = clock.now()
    wall[0] -= 86_400_000  # clock skew: a day back
    b = clock.now()
    wall[0] += 2 * 86_400_000
    c = clock.now()
    assert a < b < c


def test_observed_remote_stamp_orders_later_local_stamps():
    clock = HybridClock(wall_ms=lambda: 1_000)
    remote = format_stamp(5_000_000, 3)
    clock.observe(remote)
    assert clock.now() > remote


def test_state_survives_a_restart():
    clock = HybridClock(wall_ms=lambda: 2_000)
    last = clock.now()
    again = HybridClock(last, wall_ms=lambda: 1_000)
    assert again.now() > last


def test_round_trip():
    assert parse_stamp(format_stamp(1_795_000_000_123, 42)) == (1_795_000_000_123, 42)
