"""Attribution and hedging markers, for journalism classes.

Finds, per sentence, the words that attribute a statement ("said",
"according to"), loaded reporting verbs ("claimed", "admitted", "insisted"),
hedges ("allegedly", "reportedly", "may") and anonymous sourcing ("sources",
"familiar with"). The lists are the ``markers`` section of the editable
lexicon file; an entry can be limited to parts of speech, so "may" counts as
a hedge only as a modal verb, never the month.
"""
from __future__ import annotations

from typing import Any

import pandas as pd

from . import inputs, lexicon as _lexicon
from .tokenization import resolve

COLUMNS = ["doc_id", "sentence_id", "start", "end", "text", "marker", "kind", "label"]


def markers(corpus: Any, *, tokens=None, lexicon=None) -> pd.DataFrame:
    """One row per marker found. Columns: doc_id, sentence_id, start, end (document
    offsets of the words), text (as written), marker (the lexicon entry), kind
    (attribution, loaded_attribution, hedge, anonymous_source), label."""
    lex = _lexicon.load(lexicon)
    matcher = _lexicon.marker_matcher(lex)
    labels = {k: v.get("label", k) for k, v in lex.get("markers", {}).items()}
    sents = inputs.sentences(corpus)
    if not len(sents):
        return pd.DataFrame({c: pd.Series(dtype="object") for c in COLUMNS})
    rows = []
    for rec, ws, found in _lexicon.sentence_matches(sents, resolve(corpus, tokens), matcher):
        for term, i, j in found:
            rows.append((rec.doc_id, rec.sentence_id, ws[i][3], ws[j - 1][4],
                         _lexicon.surface(rec.text, int(rec.start), ws, i, j),
                         term.term, term.label, labels.get(term.label, term.label)))
    df = pd.DataFrame(rows, columns=COLUMNS)
    return df.sort_values(["doc_id", "start", "kind"], kind="mergesort").reset_index(drop=True)


def marker_summary(corpus: Any, by="doc_id", *, markers_df=None, tokens=None, lexicon=None) -> pd.DataFrame:
    """Markers per group and kind: count and per_1000 words (word tokens of the group).

    Every kind appears for every group, zeros included.
    """
    lex = _lexicon.load(lexicon)
    kinds = sorted(lex.get("markers", {}))
    tok = resolve(corpus, tokens)
    m = markers_df if markers_df is not None else markers(corpus, tokens=tok, lexicon=lexicon)
    tok, gcol = inputs.attach_group(tok[tok["is_word"].astype(bool)] if len(tok) else tok, corpus, by)
    cols = [gcol, "kind", "count", "per_1000", "examples"]
    if not len(tok):
        return pd.DataFrame({c: pd.Series(dtype="object") for c in cols})
    words = tok.groupby("_group").size()
    m, _ = inputs.attach_group(m, corpus, by) if len(m) else (m.assign(_group=None), gcol)
    rows = []
    for grp in sorted(words.index, key=str):
        for kind in kinds:
            sub = m[(m["_group"] == grp) & (m["kind"] == kind)] if len(m) else m
            ex = sub["text"].str.lower().value_counts() if len(sub) else pd.Series(dtype=int)
            ex = sorted(ex.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
            rows.append((grp, kind, len(sub), round(1000 * len(sub) / int(words[grp]), 3), ", ".join(w for w, _ in ex)))
    return pd.DataFrame(rows, columns=cols)
