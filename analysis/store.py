"""Saving and loading a :class:`~analysis.tables.Corpus`: Parquet + CSV per
table and one DuckDB file. Writes go to a temporary name first, then replace
the old file, so a reader never sees half a table. Parquet and CSV output is
byte-identical for identical tables.
"""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import pandas as pd

from .tables import SCHEMAS, TABLES, frame

DUCKDB_FILE = "corpus.duckdb"


def _atomic_write(path: Path, write) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    os.close(fd)
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _for_storage(df: pd.DataFrame) -> pd.DataFrame:
    """Object columns holding mixed values become strings (Parquet needs one type)."""
    out = df.copy()
    for c in out.columns:
        if out[c].dtype == object:
            vals = out[c].dropna()
            kinds = {type(v) for v in vals}
            if len(kinds) > 1 or (kinds and not kinds <= {str}):
                if kinds <= {int, float, bool} and bool not in kinds:
                    out[c] = pd.to_numeric(out[c])
                else:
                    out[c] = out[c].map(lambda v: None if v is None or (isinstance(v, float) and pd.isna(v)) else str(v))
    return out


def save(corpus, out_dir: Path, formats=("parquet", "csv", "duckdb")) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    stored = {name: _for_storage(df) for name, df in corpus.tables().items()}
    for name, df in stored.items():
        if "parquet" in formats:
            _atomic_write(out_dir / f"{name}.parquet",
                          lambda tmp, df=df: df.to_parquet(tmp, index=False, engine="pyarrow",
                                                           compression="zstd"))
        if "csv" in formats:
            _atomic_write(out_dir / f"{name}.csv",
                          lambda tmp, df=df: df.to_csv(tmp, index=False, lineterminator="\n"))
    if "duckdb" in formats:
        import duckdb

        def write_db(tmp):
            os.unlink(tmp)  # duckdb wants to create the file itself
            con = duckdb.connect(tmp)
            try:
                for name, df in stored.items():
                    con.register("_df", df)
                    con.execute(f'CREATE TABLE "{name}" AS SELECT * FROM _df')
                    con.unregister("_df")
            finally:
                con.close()

        _atomic_write(out_dir / DUCKDB_FILE, write_db)
    _atomic_write(out_dir / "warnings.json",
                  lambda tmp: Path(tmp).write_text(json.dumps(list(corpus.warnings), indent=1) + "\n"))
    return out_dir


def load(cls, data_dir: Path):
    if not data_dir.is_dir():
        raise FileNotFoundError(f"{data_dir}: no saved corpus here (run `local-power build`)")
    tables = {}
    for name in TABLES:
        path = data_dir / f"{name}.parquet"
        tables[name] = pd.read_parquet(path) if path.exists() else frame(name)
        for c in SCHEMAS[name]:
            if c not in tables[name].columns:
                tables[name][c] = None
    warn_path = data_dir / "warnings.json"
    warnings = json.loads(warn_path.read_text()) if warn_path.exists() else []
    return cls(**tables, warnings=warnings)
