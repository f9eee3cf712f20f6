"""Framing per sentence from a transparent, editable lexicon.

Each sentence gets one row per frame whose terms it contains, with the
words that triggered it, so every label can be checked by eye. The frames
and their words are in ``analysis/data/framing_lexicon.json`` (see
:mod:`analysis.language.lexicon` for the matching rules). Word lists are
blind to negation, irony and who is speaking: a frame says what vocabulary
a sentence uses, not what anyone believes.
"""
from __future__ import annotations

from collections import Counter
from typing import Any

import pandas as pd

from . import inputs, lexicon as _lexicon
from .tokenization import resolve

COLUMNS = ["doc_id", "sentence_id", "frame", "label", "triggers", "n_triggers", "start", "end", "text"]


def frames(lexicon=None) -> pd.DataFrame:
    """The frames of the lexicon: frame, label, description, n_terms, terms."""
    lex = _lexicon.load(lexicon)
    rows = [(k, v.get("label", k), v.get("description", ""), len(v["terms"]),
             ", ".join(t["term"] if isinstance(t, dict) else str(t) for t in v["terms"]))
            for k, v in sorted(lex.get("frames", {}).items())]
    return pd.DataFrame(rows, columns=["frame", "label", "description", "n_terms", "terms"])


def framing(corpus: Any, *, tokens=None, lexicon=None, include_headings: bool = True) -> pd.DataFrame:
    """One row per (sentence, frame) triggered. Columns: doc_id, sentence_id, frame,
    label, triggers (the words, in order, comma-separated), n_triggers, start, end
    (the sentence's document offsets), text."""
    lex = _lexicon.load(lexicon)
    matcher = _lexicon.frame_matcher(lex)
    labels = {k: v.get("label", k) for k, v in lex.get("frames", {}).items()}
    sents = inputs.sentences(corpus, include_headings=include_headings)
    if not len(sents):
        return pd.DataFrame({c: pd.Series(dtype="object") for c in COLUMNS})
    rows = []
    for rec, ws, found in _lexicon.sentence_matches(sents, resolve(corpus, tokens), matcher):
        hits: dict[str, list[tuple[int, str]]] = {}
        for term, i, j in found:
            surface = _lexicon.surface(rec.text, int(rec.start), ws, i, j)
            hits.setdefault(term.label, []).append((ws[i][3], surface))
        for frame in sorted(hits):
            trig = [s for _, s in sorted(hits[frame])]
            rows.append((rec.doc_id, rec.sentence_id, frame, labels.get(frame, frame), ", ".join(trig), len(trig),
                         rec.start, rec.end, rec.text))
    return pd.DataFrame(rows, columns=COLUMNS)


def frame_shares(corpus: Any, by="doc_id", *, framing_df=None, tokens=None, lexicon=None) -> pd.DataFrame:
    """How many of each group's body sentences use each frame.

    Columns: group column, frame, label, sentences (with the frame), share (of
    the group's non-heading sentences), top_triggers (the commonest trigger
    words, most frequent first). Every frame appears for every group, zeros included.
    """
    lex = _lexicon.load(lexicon)
    labels = {k: v.get("label", k) for k, v in sorted(lex.get("frames", {}).items())}
    fr = framing_df if framing_df is not None else framing(corpus, tokens=tokens, lexicon=lexicon,
                                                            include_headings=False)
    sents = inputs.sentences(corpus, include_headings=False)
    sents, gcol = inputs.attach_group(sents, corpus, by)
    cols = [gcol, "frame", "label", "sentences", "share", "top_triggers"]
    if not len(sents):
        return pd.DataFrame({c: pd.Series(dtype="object") for c in cols})
    group_of = dict(zip(sents["sentence_id"], sents["_group"]))
    totals = sents.groupby("_group").size()
    fr = fr[fr["sentence_id"].isin(group_of)] if len(fr) else fr
    rows = []
    for grp in sorted(totals.index, key=str):
        sub = fr[fr["sentence_id"].map(group_of) == grp] if len(fr) else fr
        for frame, label in labels.items():
            f = sub[sub["frame"] == frame] if len(sub) else sub
            n = int(f["sentence_id"].nunique()) if len(f) else 0
            trig = Counter(w.strip().lower() for t in (f["triggers"] if len(f) else []) for w in t.split(","))
            top = ", ".join(w for w, _ in sorted(trig.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
            rows.append((grp, frame, label, n, round(n / int(totals[grp]), 4), top))
    return pd.DataFrame(rows, columns=cols)
