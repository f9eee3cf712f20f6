"""Disjoint port sets for the kernels the report's workers start at the same time.

jupyter_client picks a kernel's five ports by binding a socket to port 0 and
closing it; the kernel binds them a moment later. Its cache of ports in use
(``LocalPortCache``) lives in one process, so two report workers starting
kernels at once can be handed the same free port, and one kernel then dies with
ZMQ's "Address already in use" traceback on the console (the worker starts it
again, but the traceback is noise in an unattended run).

Here each worker process claims a slot (0 to ``SLOTS - 1``) and its kernels
take only ports ``p`` with ``p % SLOTS == slot``, drawn at random from
``LOW..HIGH`` (below Linux's default ephemeral range, so outgoing connections do
not take them either) and checked free by binding them, as jupyter_client does.
Two workers of one report never share a port; two reports at once collide no
more often than jupyter_client's own choice would.
"""
from __future__ import annotations

import random
import socket
from typing import Callable, Iterable, Optional

#: how many workers get disjoint port sets (a worker started later reuses slot ``n % SLOTS``)
SLOTS = 16
#: the ports drawn from: below Linux's default ephemeral range (32768-60999)
LOW, HIGH = 20000, 32768
#: how many candidates a slot tries before giving the choice back to the operating system
TRIES = 200


def slot_ports(slot: int, rng: random.Random, low: int = LOW, high: int = HIGH) -> Iterable[int]:
    """Random candidate ports of ``slot``: each ``p`` in ``low..high-1`` has ``p % SLOTS == slot``."""
    if not 0 <= slot < SLOTS:
        raise ValueError(f"slot must be in 0..{SLOTS - 1}, not {slot}")
    first = low + (slot - low) % SLOTS
    count = len(range(first, high, SLOTS))
    while True:
        yield first + SLOTS * rng.randrange(count)


def is_free(ip: str, port: int) -> bool:
    """Whether ``port`` can be bound on ``ip`` now (the same test jupyter_client makes)."""
    sock = socket.socket()
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\0" * 8)
        sock.bind((ip, port))
        return True
    except OSError:
        return False
    finally:
        sock.close()


def pick_port(ip: str, candidates: Iterable[int], used: set[int], free: Callable[[str, int], bool] = is_free,
              tries: int = TRIES) -> Optional[int]:
    """The first candidate not in ``used`` and free on ``ip`` (added to ``used``); None after ``tries``."""
    for _, port in zip(range(tries), candidates):
        if port not in used and free(ip, port):
            used.add(port)
            return port
    return None


def use_slot(slot: int, seed: Optional[int] = None) -> None:
    """Make this process's kernels take their ports from ``slot`` (jupyter_client's port cache replaced)."""
    from jupyter_client.connect import LocalPortCache

    rng = random.Random(seed)
    candidates = slot_ports(slot, rng)

    class SlotPortCache(LocalPortCache):
        def find_available_port(self, ip: str) -> int:
            port = pick_port(ip, candidates, self.currently_used_ports)
            # every candidate taken (a crowded machine): fall back to the operating system's choice
            return port if port is not None else super().find_available_port(ip)

    cache = SlotPortCache()
    cache.slot = slot
    for cls in (LocalPortCache, SlotPortCache):  # what LocalPortCache.instance() returns from now on
        cls._instance = cache


def current_slot() -> Optional[int]:
    """The slot this process's kernels use, or None (jupyter_client's own choice)."""
    import sys

    if "jupyter_client" not in sys.modules:
        return None
    from jupyter_client.connect import LocalPortCache

    return getattr(LocalPortCache._instance, "slot", None)


def claim_slot(counter) -> int:
    """Take the next slot from ``counter`` (a ``multiprocessing.Value('i')`` shared by the workers) and use it."""
    with counter.get_lock():
        slot = counter.value % SLOTS
        counter.value += 1
    use_slot(slot)
    return slot
