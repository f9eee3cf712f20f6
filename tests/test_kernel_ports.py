"""Kernels started by different report workers take ports from disjoint sets."""
import random
import socket
from itertools import islice

import pytest

from analysis import kernel_ports as kp
from analysis import report


@pytest.fixture
def restore_port_cache():
    from jupyter_client.connect import LocalPortCache

    saved = LocalPortCache._instance
    yield
    LocalPortCache._instance = saved
    for cls in LocalPortCache.__subclasses__():
        cls._instance = None


def test_slot_ports_stay_in_their_slot_and_range():
    for slot in (0, 5, kp.SLOTS - 1):
        ports = list(islice(kp.slot_ports(slot, random.Random(slot)), 500))
        assert all(p % kp.SLOTS == slot and kp.LOW <= p < kp.HIGH for p in ports)
        assert len(set(ports)) > 300  # drawn at random from ~800, not one port over and over


def test_two_slots_never_share_a_port():
    a = set(islice(kp.slot_ports(1, random.Random(0)), 3000))
    b = set(islice(kp.slot_ports(2, random.Random(0)), 3000))
    assert a and b and not a & b


def test_slot_out_of_range_is_refused():
    with pytest.raises(ValueError):
        next(kp.slot_ports(kp.SLOTS, random.Random(0)))


def test_pick_port_skips_ports_in_use_and_ports_taken():
    used = {16}
    taken = {32}
    port = kp.pick_port("127.0.0.1", iter([16, 32, 48, 64]), used, free=lambda ip, p: p not in taken)
    assert port == 48 and used == {16, 48}
    assert kp.pick_port("127.0.0.1", iter([16, 32]), used, free=lambda ip, p: p not in taken) is None


def test_pick_port_gives_up_after_its_tries():
    seen = []
    endless = iter(lambda: 99, None)
    assert kp.pick_port("127.0.0.1", endless, set(), free=lambda ip, p: seen.append(p) or False, tries=7) is None
    assert len(seen) == 7


def test_a_listening_port_is_not_free():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        assert not kp.is_free("127.0.0.1", s.getsockname()[1])


def test_use_slot_gives_jupyter_client_ports_of_the_slot(restore_port_cache):
    from jupyter_client.connect import LocalPortCache

    assert kp.current_slot() is None
    kp.use_slot(3, seed=1)
    cache = LocalPortCache.instance()
    ports = [cache.find_available_port("127.0.0.1") for _ in range(20)]
    assert kp.current_slot() == 3
    assert all(p % kp.SLOTS == 3 for p in ports) and len(set(ports)) == 20  # none handed out twice


def test_a_kernel_binds_the_ports_of_its_slot(restore_port_cache):
    from jupyter_client.manager import start_new_kernel

    kp.use_slot(6)
    km, kc = start_new_kernel(kernel_name=report.KERNEL, startup_timeout=60)
    try:
        ports = [km.shell_port, km.iopub_port, km.stdin_port, km.hb_port, km.control_port]
        assert kc.kernel_info(reply=True, timeout=30)["content"]["status"] == "ok"
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
    assert all(p % kp.SLOTS == 6 for p in ports)


def test_report_workers_claim_different_slots():
    pool = report.start_workers(3)
    try:
        slots = {}
        for _ in range(30):
            pid, slot = pool.submit(_pid_and_slot).result(timeout=60)
            slots[pid] = slot
        assert len(slots) >= 2 and len(set(slots.values())) == len(slots)  # one slot per worker
        assert all(s is not None for s in slots.values())
    finally:
        pool.shutdown()


def _pid_and_slot():
    import os
    import time

    time.sleep(0.02)  # let other workers take tasks too
    return os.getpid(), kp.current_slot()
