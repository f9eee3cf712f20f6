"""Where per-document extraction runs: this process, a pool of processes, or Dask.

Every engine returns one result per document, in the input order, so the
tables are identical whichever engine made them.
"""
from __future__ import annotations

import multiprocessing as mp
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from typing import Callable, Optional

from .extract.base import ParsedDocument

ENGINES = ("local", "dask")
#: documents parsed together in one process before their rows are extracted and parses freed
BATCH_DOCS = 64


def _chunks(pdocs: list[ParsedDocument], n: int) -> list[list[int]]:
    """Indices split into ``n`` groups of similar sentence counts (deterministic)."""
    groups: list[list[int]] = [[] for _ in range(max(1, n))]
    loads = [0] * len(groups)
    order = sorted(range(len(pdocs)), key=lambda i: (-len(pdocs[i].sentences), i))
    for i in order:
        g = loads.index(min(loads))
        groups[g].append(i)
        loads[g] += len(pdocs[i].sentences) + 1
    return [sorted(g) for g in groups if g]


def _work(pdocs: list[ParsedDocument]):
    from .extract.run import extract_documents

    out: list = []
    for start in range(0, len(pdocs), BATCH_DOCS):
        out.extend(extract_documents(pdocs[start:start + BATCH_DOCS]))
    return out


def run_local(pdocs: list[ParsedDocument], jobs: int = 1,
              progress: Optional[Callable[[str], None]] = None) -> list[dict]:
    """In this process (jobs=1) or in ``jobs`` worker processes, each loading spaCy once."""
    if not pdocs:
        return []
    if jobs <= 1 or len(pdocs) < 2:
        # batches of documents, so that only one batch of spaCy parses is alive at a time
        from .extract.run import extract_documents

        out: list = []
        t0 = time.perf_counter()
        for start in range(0, len(pdocs), BATCH_DOCS):
            out.extend(extract_documents(pdocs[start:start + BATCH_DOCS]))
            if progress and len(pdocs) > BATCH_DOCS:
                progress(f"extracted {len(out):,}/{len(pdocs):,} documents ({time.perf_counter() - t0:.1f} s)")
        return out
    groups = _chunks(pdocs, jobs * 4)
    results: list = [None] * len(pdocs)
    t0 = time.perf_counter()
    ctx = mp.get_context("forkserver")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx) as pool:
        futures = {pool.submit(_work, [pdocs[i] for i in g]): g for g in groups}
        done = 0
        for fut in as_completed(futures):
            for i, res in zip(futures[fut], fut.result()):
                results[i] = res
            done += len(futures[fut])
            if progress:
                progress(f"extracted {done:,}/{len(pdocs):,} documents ({time.perf_counter() - t0:.1f} s)")
    return results


def run_dask(pdocs: list[ParsedDocument], scheduler: Optional[str] = None, jobs: int = 2,
             progress: Optional[Callable[[str], None]] = None) -> list[dict]:
    """A Dask bag over document partitions on a ``distributed`` cluster.

    ``scheduler`` is a scheduler address (``tcp://host:8786``); without one a
    LocalCluster with ``jobs`` single-threaded worker processes is started.
    """
    if not pdocs:
        return []
    import dask.bag as db
    from dask.distributed import Client, LocalCluster

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=max(1, jobs), threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=40)
        client = Client(cluster)
    try:
        groups = _chunks(pdocs, max(1, jobs) * 4)
        bag = db.from_sequence([[pdocs[i] for i in g] for g in groups], npartitions=len(groups))
        if progress:
            progress(f"dask: {len(groups)} partitions on {client.scheduler.address if hasattr(client.scheduler, 'address') else 'cluster'}")
        parts = bag.map(_work).compute(scheduler=client)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    results: list = [None] * len(pdocs)
    for g, part in zip(groups, parts):
        for i, res in zip(g, part):
            results[i] = res
    return results
