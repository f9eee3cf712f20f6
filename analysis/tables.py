"""The :class:`Corpus`: the tidy tables of DESIGN.md, and how they are saved.

Column names are part of the public API. List-valued cells (``doc_ids``,
``outlets``, ``action_ids``) are stored as ``;``-separated strings, sorted, so
Parquet, CSV and DuckDB all hold the same plain values.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import pandas as pd

#: table -> contract columns, in order (extra columns follow them)
SCHEMAS: dict[str, list[str]] = {
    "documents": ["doc_id", "path", "sha256", "title", "title_source", "date", "date_source",
                  "genre", "genre_cues", "word_count", "duplicate_of", "outlets", "encoding",
                  "url", "warnings", "text"],
    "sentences": ["sentence_id", "doc_id", "paragraph", "is_heading", "start", "end", "text"],
    "mentions": ["doc_id", "sentence_id", "start", "end", "text", "label", "canonical"],
    "actors": ["actor_id", "name", "role", "level", "jurisdiction", "organization", "doc_ids", "mentions"],
    "organizations": ["org_id", "name", "acronym", "kind", "level", "doc_ids", "mentions"],
    "jurisdictions": ["jurisdiction_id", "name", "kind", "state", "lat", "lon", "doc_ids", "mentions", "stance"],
    "actions": ["action_id", "doc_id", "sentence_id", "actor", "actor_level", "jurisdiction",
                "target_jurisdiction", "action_type", "direction", "status", "instrument",
                "date_text", "date", "date_precision", "confidence", "evidence", "start", "end"],
    "events": ["event_id", "name", "place", "date", "date_precision", "doc_ids", "action_ids"],
    "instruments": ["instrument_id", "name", "kind", "jurisdiction", "doc_ids"],
    "quotes": ["quote_id", "doc_id", "sentence_id", "speaker", "quote", "cue", "start", "end"],
    "fixes": ["doc_id", "kind", "start", "end", "before", "after", "clean_start", "clean_end"],
    # mention-level rows behind the aggregated tables (provenance for actors, places...)
    "people_mentions": ["doc_id", "sentence_id", "start", "end", "text", "name", "role", "level",
                        "jurisdiction", "organization"],
    "place_mentions": ["doc_id", "sentence_id", "start", "end", "text", "jurisdiction_id", "name",
                       "kind", "state", "lat", "lon"],
    "org_mentions": ["doc_id", "sentence_id", "start", "end", "text", "name", "acronym", "kind",
                     "level", "jurisdiction"],
    "dates": ["doc_id", "sentence_id", "start", "end", "date_text", "date", "date_end", "date_precision"],
}
TABLES = tuple(SCHEMAS)
LIST_SEP = ";"
_LIST_TYPES = (list, tuple, set)


def frame(table: str, rows=None) -> pd.DataFrame:
    """A DataFrame for ``table`` with the contract columns first (empty if no rows)."""
    cols = SCHEMAS[table]
    if rows is None or (isinstance(rows, list) and not rows):
        return pd.DataFrame({c: pd.Series(dtype="object") for c in cols})
    df = rows.copy() if isinstance(rows, pd.DataFrame) else pd.DataFrame(list(rows))
    for c in cols:
        if c not in df.columns:
            df[c] = None
    extra = [c for c in df.columns if c not in cols]
    df = df[cols + extra]
    for c in df.columns:
        col = df[c]
        # only object columns can hold lists; a plain scan of the values is much cheaper than .map
        if col.dtype == object and any(isinstance(v, _LIST_TYPES) for v in col.to_numpy()):
            df[c] = col.map(join_list)
    return df.reset_index(drop=True)


def join_list(value) -> Optional[str]:
    if isinstance(value, (list, tuple, set)):
        return LIST_SEP.join(sorted({str(v) for v in value if v is not None and v != ""}))
    return value


def split_list(value) -> list[str]:
    """Inverse of :func:`join_list`: ``"a;b"`` -> ``["a", "b"]``."""
    if value is None or (isinstance(value, float) and pd.isna(value)) or value == "":
        return []
    return [v for v in str(value).split(LIST_SEP) if v]


@dataclass
class Corpus:
    """The tables of one build. Every attribute is a pandas DataFrame."""

    documents: pd.DataFrame = field(default_factory=lambda: frame("documents"))
    sentences: pd.DataFrame = field(default_factory=lambda: frame("sentences"))
    mentions: pd.DataFrame = field(default_factory=lambda: frame("mentions"))
    actors: pd.DataFrame = field(default_factory=lambda: frame("actors"))
    organizations: pd.DataFrame = field(default_factory=lambda: frame("organizations"))
    jurisdictions: pd.DataFrame = field(default_factory=lambda: frame("jurisdictions"))
    actions: pd.DataFrame = field(default_factory=lambda: frame("actions"))
    events: pd.DataFrame = field(default_factory=lambda: frame("events"))
    instruments: pd.DataFrame = field(default_factory=lambda: frame("instruments"))
    quotes: pd.DataFrame = field(default_factory=lambda: frame("quotes"))
    fixes: pd.DataFrame = field(default_factory=lambda: frame("fixes"))
    people_mentions: pd.DataFrame = field(default_factory=lambda: frame("people_mentions"))
    place_mentions: pd.DataFrame = field(default_factory=lambda: frame("place_mentions"))
    org_mentions: pd.DataFrame = field(default_factory=lambda: frame("org_mentions"))
    dates: pd.DataFrame = field(default_factory=lambda: frame("dates"))
    warnings: list = field(default_factory=list)

    def tables(self) -> dict[str, pd.DataFrame]:
        return {name: getattr(self, name) for name in TABLES}

    def __repr__(self) -> str:
        sizes = ", ".join(f"{n}={len(df)}" for n, df in self.tables().items() if len(df))
        return f"<Corpus {sizes}>"

    def text_of(self, doc_id: str) -> str:
        """The cleaned text of a document: every ``start``/``end`` offset indexes it."""
        row = self.documents[self.documents.doc_id == doc_id]
        if not len(row):
            raise KeyError(f"no document {doc_id!r}")
        return row.iloc[0]["text"]

    # ------------------------------------------------------------------ storage
    def save(self, out_dir, formats=("parquet", "csv", "duckdb")) -> Path:
        """Write ``<table>.parquet`` and ``<table>.csv`` per table and ``corpus.duckdb``."""
        from . import store

        return store.save(self, Path(out_dir), formats=formats)

    @classmethod
    def load(cls, data_dir) -> "Corpus":
        """Read a saved corpus back (from Parquet)."""
        from . import store

        return store.load(cls, Path(data_dir))

    def to_json_summary(self) -> str:
        return json.dumps({n: len(df) for n, df in self.tables().items()}, sort_keys=True)
