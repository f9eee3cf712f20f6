"""Drawn charts kept between runs, so an unchanged chart is not drawn again.

A report regenerated with unchanged articles (cron, CI) would otherwise import
matplotlib and render every chart again in every notebook kernel, for files
byte-identical to the last run's (charts are deterministic, see
:mod:`analysis.charts`). :func:`analysis.charts.draw` asks this cache first.

The key is everything the files depend on: the chart function's name, every
argument (DataFrames by their columns, dtypes and values), the package's code
and data (:func:`analysis.cache.rules_version`, which covers the style in
``charts.py``) and the versions of matplotlib, pandas and numpy. Any change
draws the chart again. An entry holds the PNG, SVG and CSV bytes. The folder
is ``data/.cache/charts/`` of the project, or the one named by
``LOCAL_POWER_CHART_CACHE`` (empty: cache off); the report points its kernels
at the cache beside its own tables. Only the most recently used
:data:`KEEP` entries are kept. A missing, damaged or unwritable cache only
costs the drawing.
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any, Optional

import numpy as np
import pandas as pd

CACHE_ENV = "LOCAL_POWER_CHART_CACHE"
#: bump when an entry's layout changes (old entries are then ignored)
FORMAT = "charts-1"
#: entries kept (most recently used); a report of the seeds draws about 30 charts
KEEP = 500
EXTENSIONS = ("png", "svg", "csv")


class Unkeyable(TypeError):
    """An argument this cache cannot fingerprint: the chart is drawn, not looked up."""


def cache_dir() -> Optional[Path]:
    """The cache folder, or None when off (``LOCAL_POWER_CHART_CACHE`` empty, or no ``data/``)."""
    env = os.environ.get(CACHE_ENV)
    if env is not None:
        return Path(env) if env.strip() else None
    from . import config

    return config.DATA_DIR / ".cache" / "charts" if config.DATA_DIR.is_dir() else None


def _update(h, value: Any) -> None:
    """Feed ``value`` to the hash, tagged by type, so different values never collide."""
    kind = type(value)          # exact types: a subclass (a defaultdict of colours...) may draw differently
    if kind is pd.DataFrame:
        h.update(b"F")
        h.update(repr([(str(c), str(t)) for c, t in value.dtypes.items()]).encode())
        h.update(repr(list(map(str, value.index))).encode() if not isinstance(value.index, pd.RangeIndex)
                 else repr((value.index.start, value.index.stop, value.index.step)).encode())
        h.update(value.to_csv(index=False, lineterminator="\n").encode("utf-8", "surrogatepass"))
    elif kind is pd.Series:
        _update(h, value.to_frame(name=str(value.name)))
    elif value is None or kind in (bool, int, float, str):
        h.update(f"{kind.__name__}:{value!r}".encode("utf-8", "surrogatepass"))
    elif isinstance(value, np.generic):
        h.update(f"{value.dtype}:{value!r}".encode())
    elif kind in (list, tuple):
        h.update(f"{type(value).__name__}[{len(value)}".encode())
        for v in value:
            _update(h, v)
    elif kind is dict:
        h.update(f"dict[{len(value)}".encode())
        for k in sorted(value, key=repr):
            _update(h, k)
            _update(h, value[k])
    else:
        raise Unkeyable(type(value).__name__)
    h.update(b"\x00")


def _versions() -> str:
    from importlib.metadata import version

    from .cache import rules_version

    return "|".join([FORMAT, rules_version()] + [f"{p}={version(p)}" for p in ("matplotlib", "pandas", "numpy")])


def key(chart: str, args: tuple, kwargs: dict) -> Optional[str]:
    """The cache key of drawing ``chart(*args, **kwargs)``, or None if an argument cannot be keyed."""
    h = hashlib.blake2b(digest_size=20)
    h.update(_versions().encode())
    h.update(chart.encode())
    try:
        _update(h, list(args))
        _update(h, dict(kwargs))
    except Unkeyable:
        return None
    return h.hexdigest()


def _store():
    folder = cache_dir()
    if folder is None:
        return None
    from .cache import PickleStore

    return PickleStore(folder, fanout=False)


def get(k: Optional[str]) -> Optional[dict[str, bytes]]:
    """The files of entry ``k`` ({"png", "svg", "csv"} -> bytes), or None."""
    store = _store() if k else None
    entry = store.get(k) if store is not None else None
    if not isinstance(entry, dict) or not all(isinstance(entry.get(x), bytes) for x in EXTENSIONS):
        return None
    try:
        os.utime(store._path(k))          # recently used: kept by the pruning
    except OSError:
        pass
    return entry


def put(k: Optional[str], files: dict[str, bytes]) -> None:
    """Keep ``files`` under ``k``; drop the least recently used entries beyond :data:`KEEP`."""
    store = _store() if k else None
    if store is None:
        return
    try:
        store.put(k, {x: files[x] for x in EXTENSIONS})
        entries = sorted(store.folder.glob("*.pkl"), key=lambda p: (p.stat().st_mtime, p.name), reverse=True)
        for old in entries[KEEP:]:
            old.unlink()
    except OSError:   # read-only checkout, full disk, a file removed by another run: no cache
        pass
