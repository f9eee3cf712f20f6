"""Small, tested summaries that notebooks print (so notebooks only narrate)."""
from __future__ import annotations

import pandas as pd


def corpus_summary(corpus) -> dict:
    """Counts and ranges that the corpus notebook's prose quotes."""
    d = corpus.documents
    dated = d[d["date"].notna()]
    return {
        "documents": int(len(d)),
        "words": int(d["word_count"].fillna(0).sum()) if len(d) else 0,
        "sentences": int(len(corpus.sentences)),
        "headings": int(corpus.sentences["is_heading"].fillna(False).astype(bool).sum()) if len(corpus.sentences) else 0,
        "dated": int(len(dated)),
        "inherited_dates": int(d["date_source"].fillna("").str.startswith("inherited").sum()) if len(d) else 0,
        "first_date": dated["date"].min() if len(dated) else None,
        "last_date": dated["date"].max() if len(dated) else None,
        "excerpts": int(d["duplicate_of"].notna().sum()) if len(d) else 0,
        "fixes": int(len(corpus.fixes)),
        "warnings": int(len(corpus.warnings)),
        "genres": {k: int(v) for k, v in d["genre"].value_counts().sort_index().items()} if len(d) else {},
    }


def fixes_by_kind(corpus) -> pd.DataFrame:
    """Number of cleaning fixes per kind and the documents they touch."""
    f = corpus.fixes
    if not len(f):
        return pd.DataFrame({"kind": pd.Series(dtype=str), "fixes": pd.Series(dtype=int),
                             "documents": pd.Series(dtype=int)})
    g = f.groupby("kind").agg(fixes=("doc_id", "size"), documents=("doc_id", "nunique")).reset_index()
    return g.sort_values(["fixes", "kind"], ascending=[False, True]).reset_index(drop=True)


def fixes_in_context(corpus, kind: str | None = None, width: int = 25) -> pd.DataFrame:
    """Fixes with the cleaned text around them, for reading what the cleaner did."""
    f = corpus.fixes if kind is None else corpus.fixes[corpus.fixes["kind"] == kind]
    texts = dict(zip(corpus.documents["doc_id"], corpus.documents.get("text", pd.Series(dtype=str))))
    rows = []
    for r in f.itertuples():
        t = texts.get(r.doc_id) or ""
        a, b = int(r.clean_start), int(r.clean_end)
        rows.append({"doc_id": r.doc_id, "kind": r.kind, "before": r.before, "after": r.after,
                     "in context": ("…" + t[max(0, a - width):b + width].replace("\n", " ⏎ ") + "…") if t else ""})
    return pd.DataFrame(rows, columns=["doc_id", "kind", "before", "after", "in context"])


def excerpts(corpus) -> pd.DataFrame:
    """Documents that are excerpts (or copies) of another, with the date each carries."""
    d = corpus.documents
    ex = d[d["duplicate_of"].notna()]
    src = d.set_index("doc_id")
    return pd.DataFrame({
        "excerpt": ex["doc_id"].values,
        "of": ex["duplicate_of"].values,
        "excerpt words": ex["word_count"].values,
        "source words": [src.loc[s, "word_count"] for s in ex["duplicate_of"]],
        "date": ex["date"].values,
        "source date": [src.loc[s, "date"] for s in ex["duplicate_of"]],
        "source date from": [src.loc[s, "date_source"] for s in ex["duplicate_of"]],
    })
