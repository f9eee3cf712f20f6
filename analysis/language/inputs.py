"""Accept a corpus object or plain DataFrames, the way every language function does.

``corpus`` may be an :class:`analysis.Corpus`, anything with the same table
attributes (``types.SimpleNamespace(sentences=df, ...)``), or, for the
functions that only need sentences, the ``sentences`` DataFrame itself.
"""
from __future__ import annotations

from typing import Any

import pandas as pd

SENTENCE_COLUMNS = ["sentence_id", "doc_id", "paragraph", "is_heading", "start", "end", "text"]


def table(corpus: Any, name: str, required: tuple[str, ...] = ()) -> pd.DataFrame:
    """The table ``name`` of ``corpus`` (an empty frame if it has none).

    A DataFrame passed as ``corpus`` is taken to be the ``sentences`` table.
    Missing ``required`` columns are added empty, so odd inputs never crash.
    """
    if corpus is None:
        df = None
    elif isinstance(corpus, pd.DataFrame):
        df = corpus if name == "sentences" else None
    elif isinstance(corpus, dict):
        df = corpus.get(name)
    else:
        df = getattr(corpus, name, None)
    if df is None:
        df = pd.DataFrame()
    for col in required:
        if col not in df.columns:
            df = df.assign(**{col: pd.Series([None] * len(df), index=df.index, dtype=object)})
    return df


def sentences(corpus: Any, include_headings: bool = True) -> pd.DataFrame:
    """The sentences table in reading order (doc_id, start), headings optionally dropped."""
    df = table(corpus, "sentences", tuple(SENTENCE_COLUMNS))
    if not len(df):
        return df.reset_index(drop=True)
    df = df[df["text"].map(lambda t: isinstance(t, str))]
    if not include_headings:
        df = df[~df["is_heading"].fillna(False).astype(bool)]
    start = pd.to_numeric(df["start"], errors="coerce").fillna(0)
    return (df.assign(_s=start).sort_values(["doc_id", "_s", "sentence_id"], kind="mergesort")
              .drop(columns="_s").reset_index(drop=True))


def group_map(corpus: Any, by) -> tuple[str, dict]:
    """(column name, doc_id -> group) for ``by``.

    ``by`` is ``"doc_id"``, a column of the documents table (``"genre"``,
    ``"date"``...), a dict or a Series mapping doc_id to a group label.
    Documents without a group are left out of grouped counts.
    """
    if isinstance(by, pd.Series):
        return (by.name if isinstance(by.name, str) else "group"), {k: v for k, v in by.items() if pd.notna(v)}
    if isinstance(by, dict):
        return "group", {k: v for k, v in by.items() if v is not None}
    if by == "doc_id":
        return "doc_id", None  # identity
    docs = table(corpus, "documents", ("doc_id", by))
    return by, {d: g for d, g in zip(docs["doc_id"], docs[by]) if isinstance(g, str) or pd.notna(g)}


def attach_group(df: pd.DataFrame, corpus: Any, by) -> tuple[pd.DataFrame, str]:
    """``df`` (with a doc_id column) plus a group column named for ``by``; unmapped rows dropped."""
    name, mapping = group_map(corpus, by)
    if mapping is None:
        return df.assign(_group=df["doc_id"]), name
    g = df["doc_id"].map(mapping)
    return df.assign(_group=g)[g.notna()], name
