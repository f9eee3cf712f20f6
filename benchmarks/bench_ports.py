"""Port clashes between report workers' kernels, with and without port slots.

Each worker process does what jupyter_client does for a kernel, many times
over: pick five free ports, wait while the kernel starts, bind them, hold them a
moment, let them go. A bind that fails is a clash: a kernel that dies with
"Address already in use". Printed for jupyter_client's own choice and for the
report's slots (analysis/kernel_ports.py); the target is no clash with slots.

    python -m benchmarks.bench_ports [--workers 3] [--rounds 3000]
"""
from __future__ import annotations

import argparse
import multiprocessing
import socket
import time
from concurrent.futures import ProcessPoolExecutor


def _init(counter, use_slots: bool) -> None:
    if use_slots:
        from analysis.kernel_ports import claim_slot

        claim_slot(counter)


def _kernel_starts(rounds: int) -> int:
    from jupyter_client.connect import LocalPortCache

    cache, clashes = LocalPortCache.instance(), 0
    for _ in range(rounds):
        ports = [cache.find_available_port("127.0.0.1") for _ in range(5)]
        time.sleep(0.002)                       # the kernel process starting
        socks = []
        for port in ports:
            sock = socket.socket()
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)   # as ZMQ binds
            try:
                sock.bind(("127.0.0.1", port))
                sock.listen()
                socks.append(sock)
            except OSError:
                clashes += 1
                sock.close()
        time.sleep(0.005)
        for sock in socks:
            sock.close()
        for port in ports:
            cache.return_port(port)
    return clashes


def clashes(workers: int, rounds: int, use_slots: bool) -> int:
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init,
                             initargs=(ctx.Value("i", 0), use_slots)) as pool:
        return sum(pool.map(_kernel_starts, [rounds] * workers))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workers", type=int, default=3, help="worker processes (the report uses 3 on 2 cores)")
    ap.add_argument("--rounds", type=int, default=3000, help="simulated kernel starts per worker")
    args = ap.parse_args(argv)
    starts = args.workers * args.rounds
    own = clashes(args.workers, args.rounds, False)
    slots = clashes(args.workers, args.rounds, True)
    print(f"{starts} simulated kernel starts in {args.workers} workers")
    print(f"  jupyter_client's own port choice: {own} port clashes ({own / starts:.3%} of starts)")
    print(f"  port slots per worker:            {slots} port clashes (target 0)")
    return 0 if slots == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
