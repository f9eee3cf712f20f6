"""Trace a claim: every article that reports a phrase, in date order, with how it is sourced.

Built for the classroom exercise "trace a claim to every article that
reports it": the concordance lines of a phrase, each with its article's
date and title, the attribution and hedging words of the same sentence
("according to", "allegedly"), the speakers quoted in that sentence, and
whether the phrase itself sits inside a direct quotation.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Any

import pandas as pd

from . import inputs, stopwords as _stopwords
from .collocation import adjacent_pairs
from .concordance import kwic
from .attribution import markers
from .tokenization import resolve

TRACE_COLUMNS = ["doc_id", "title", "date", "sentence_id", "left", "term", "right", "start", "end",
                 "in_quote", "speakers", "attribution", "hedges", "first_report"]


def trace_claim(corpus: Any, phrase: str, *, window: int = 8, tokens=None, lexicon=None) -> pd.DataFrame:
    """Every occurrence of ``phrase`` with its sourcing, earliest article first.

    Columns: doc_id, title, date, sentence_id, left, term, right, start, end,
    in_quote (the match lies inside a quotation), speakers (quoted in that
    sentence), attribution (attribution and loaded-attribution words of the
    sentence), hedges, first_report (True on the lines of the earliest dated
    article). Undated articles come last.
    """
    tok = resolve(corpus, tokens)
    lines = kwic(corpus, phrase, window=window, tokens=tok)
    if not len(lines):
        return pd.DataFrame({c: pd.Series(dtype="bool" if c in ("in_quote", "first_report") else "object")
                             for c in TRACE_COLUMNS})
    docs = inputs.table(corpus, "documents", ("doc_id", "date"))
    dates = {d: (str(v)[:10] if v is not None and not (isinstance(v, float) and pd.isna(v)) and str(v) not in ("", "NaT", "None") else None)
             for d, v in zip(docs["doc_id"], docs["date"])}
    sids = set(lines["sentence_id"])
    m = markers(corpus, tokens=tok[tok["sentence_id"].isin(sids)], lexicon=lexicon)
    attrib, hedges = defaultdict(list), defaultdict(list)
    for sid, kind, text in zip(m["sentence_id"], m["kind"], m["text"]):
        if kind in ("attribution", "loaded_attribution", "anonymous_source"):
            attrib[sid].append(text)
        elif kind == "hedge":
            hedges[sid].append(text)
    q = inputs.table(corpus, "quotes", ("doc_id", "sentence_id", "speaker", "start", "end"))
    spans = defaultdict(list)
    speakers = defaultdict(set)
    for d, sid, sp, s, e in zip(q["doc_id"], q["sentence_id"], q["speaker"], q["start"], q["end"]):
        if pd.notna(s) and pd.notna(e):
            spans[d].append((int(s), int(e)))
        if isinstance(sp, str) and sp.strip():
            speakers[sid].add(sp.strip())
    out = lines.assign(
        date=lines["doc_id"].map(dates),
        in_quote=[any(s <= a and b <= e for s, e in spans.get(d, ())) for d, a, b in
                  zip(lines["doc_id"], lines["start"], lines["end"])],
        speakers=lines["sentence_id"].map(lambda s: "; ".join(sorted(speakers.get(s, ())))),
        attribution=lines["sentence_id"].map(lambda s: "; ".join(attrib.get(s, []))),
        hedges=lines["sentence_id"].map(lambda s: "; ".join(hedges.get(s, []))))
    out = out.assign(_nodate=out["date"].isna(), _d=out["date"].fillna(""))
    out = out.sort_values(["_nodate", "_d", "doc_id", "start"], kind="mergesort").drop(columns=["_nodate", "_d"])
    dated = out["date"].dropna()
    earliest = dated.min() if len(dated) else None
    out["first_report"] = out["date"].eq(earliest) if earliest is not None else False
    return out[TRACE_COLUMNS].reset_index(drop=True)


def shared_phrases(corpus: Any, *, min_docs: int = 2, min_count: int = 2, top: int = 15, field: str = "lower",
                   tokens=None, stopwords=None) -> pd.DataFrame:
    """Two-word phrases (no stopwords) used by at least ``min_docs`` articles: candidates
    for tracing. Columns: phrase, count, documents, doc_ids (``;``-separated)."""
    tok = resolve(corpus, tokens)
    counts, docs = defaultdict(int), defaultdict(set)
    for doc, x, y, counted in adjacent_pairs(tok, field, _stopwords.load(stopwords)):
        if counted:
            counts[(x, y)] += 1
            docs[(x, y)].add(doc)
    rows = [(f"{x} {y}", c, len(docs[(x, y)]), ";".join(sorted(map(str, docs[(x, y)]))))
            for (x, y), c in counts.items() if c >= min_count and len(docs[(x, y)]) >= min_docs]
    df = pd.DataFrame(rows, columns=["phrase", "count", "documents", "doc_ids"])
    if len(df):
        df = df.sort_values(["documents", "count", "phrase"], ascending=[False, False, True], kind="mergesort")
    return df.head(top).reset_index(drop=True)
