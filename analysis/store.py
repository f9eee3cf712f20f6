"""Saving and loading a :class:`~analysis.tables.Corpus`: Parquet + CSV per
table and one DuckDB file. Writes go to a temporary name first, then replace
the old file, so a reader never sees half a table. Parquet and CSV output is
byte-identical for identical tables.

A save of the same tables into a folder that already holds them writes
nothing (a regeneration with unchanged articles, as from cron): a digest of
the tables (their CSV text and column types), the warnings and the writers'
versions is kept in ``.tables.sha256``, removed before any file is replaced
and written after the last one, so a half-finished save is never skipped.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from importlib import metadata
from pathlib import Path

import pandas as pd

from .tables import SCHEMAS, TABLES, frame

DUCKDB_FILE = "corpus.duckdb"
DIGEST_FILE = ".tables.sha256"
_UMASK = os.umask(0)  # read once, at import: setting it is process-wide
os.umask(_UMASK)


def _atomic_write(path: Path, write) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    os.close(fd)
    try:
        write(tmp)
        os.chmod(tmp, 0o666 & ~_UMASK)  # mkstemp makes it private; a table is for reading
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


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return ""


def _digest(csv_text: dict, stored: dict, warnings: str, formats) -> str:
    h = hashlib.sha256()
    h.update(json.dumps({"formats": sorted(formats), "warnings": warnings,
                         "versions": [_version(d) for d in ("pandas", "pyarrow", "duckdb")]},
                        sort_keys=True).encode())
    for name in sorted(csv_text):
        h.update(f"\0{name}\0{[(c, str(t)) for c, t in stored[name].dtypes.items()]}\0".encode())
        h.update(csv_text[name].encode("utf-8"))
    return h.hexdigest()


def _outputs(out_dir: Path, names, formats) -> list[Path]:
    files = [out_dir / "warnings.json"]
    for name in names:
        files += [out_dir / f"{name}.{ext}" for ext in ("parquet", "csv") if ext in formats]
    if "duckdb" in formats:
        files.append(out_dir / DUCKDB_FILE)
    return files


def save(corpus, out_dir: Path, formats=("parquet", "csv", "duckdb")) -> Path:
    """Write every table as Parquet, CSV and one DuckDB file; nothing if the folder already holds them."""
    out_dir.mkdir(parents=True, exist_ok=True)
    stored = {name: _for_storage(df) for name, df in corpus.tables().items()}
    csv_text = {name: df.to_csv(index=False, lineterminator="\n") for name, df in stored.items()}
    warnings = json.dumps(list(corpus.warnings), indent=1) + "\n"
    digest = _digest(csv_text, stored, warnings, formats)
    digest_path = out_dir / DIGEST_FILE
    try:
        unchanged = digest_path.read_text(encoding="ascii").strip() == digest
    except (OSError, UnicodeDecodeError):
        unchanged = False
    if unchanged and all(p.is_file() for p in _outputs(out_dir, stored, formats)):
        return out_dir
    digest_path.unlink(missing_ok=True)
    for name, df in stored.items():
        if "parquet" in formats:
            _atomic_write(out_dir / f"{name}.parquet",
                          lambda tmp, df=df: df.to_parquet(tmp, index=False, engine="pyarrow",
                                                           compression="zstd"))
        if "csv" in formats:
            _atomic_write(out_dir / f"{name}.csv",
                          lambda tmp, text=csv_text[name]: Path(tmp).write_text(text, encoding="utf-8",
                                                                                 newline=""))
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
    _atomic_write(out_dir / "warnings.json", lambda tmp: Path(tmp).write_text(warnings, encoding="utf-8"))
    _atomic_write(digest_path, lambda tmp: Path(tmp).write_text(digest + "\n", encoding="ascii"))
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
