"""Tone per sentence: VADER's compound score (vaderSentiment 3.3.2).

Tone is how a sentence *sounds* (word valence, negation, intensifiers,
punctuation), from -1 (negative) to +1 (positive). It is never a stance:
"the sheriff proudly signed the agreement" sounds positive whatever one
thinks of the agreement, and a quote's tone is the speaker's, not the
article's. Labels follow VADER's documented cut-offs: compound >= 0.05
positive, <= -0.05 negative, else neutral.
"""
from __future__ import annotations

from typing import Any

import pandas as pd

from . import inputs

COLUMNS = ["doc_id", "sentence_id", "is_heading", "tone", "tone_label", "positive", "neutral", "negative", "text"]
_ANALYZER = None


def analyzer():
    """The process-wide VADER analyzer (loads its lexicon once)."""
    global _ANALYZER
    if _ANALYZER is None:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        _ANALYZER = SentimentIntensityAnalyzer()
    return _ANALYZER


def tone_label(compound: float) -> str:
    return "positive" if compound >= 0.05 else ("negative" if compound <= -0.05 else "neutral")


def tone(corpus: Any, *, include_headings: bool = True) -> pd.DataFrame:
    """Per sentence: tone (VADER compound), tone_label, positive/neutral/negative shares."""
    sents = inputs.sentences(corpus, include_headings=include_headings)
    if not len(sents):
        return pd.DataFrame({c: pd.Series(dtype="object") for c in COLUMNS})
    va = analyzer()
    rows = []
    for rec in sents.itertuples(index=False):
        s = va.polarity_scores(rec.text)
        rows.append((rec.doc_id, rec.sentence_id, bool(rec.is_heading) if pd.notna(rec.is_heading) else False,
                     s["compound"], tone_label(s["compound"]), s["pos"], s["neu"], s["neg"], rec.text))
    return pd.DataFrame(rows, columns=COLUMNS)


def tone_summary(corpus: Any, by="doc_id", *, tone_df=None) -> pd.DataFrame:
    """Per group (body sentences only): sentences, mean_tone, share_negative, share_positive."""
    t = tone_df if tone_df is not None else tone(corpus, include_headings=False)
    if len(t) and "is_heading" in t.columns:
        t = t[~t["is_heading"].astype(bool)]
    t, gcol = inputs.attach_group(t, corpus, by) if len(t) else (t, inputs.group_map(corpus, by)[0])
    cols = [gcol, "sentences", "mean_tone", "share_negative", "share_positive"]
    if not len(t):
        return pd.DataFrame({c: pd.Series(dtype="object") for c in cols})
    g = t.groupby("_group").agg(sentences=("tone", "size"), mean_tone=("tone", "mean"),
                                share_negative=("tone_label", lambda s: (s == "negative").mean()),
                                share_positive=("tone_label", lambda s: (s == "positive").mean()))
    g = g.round(4).reset_index().rename(columns={"_group": gcol})
    return g.sort_values(gcol, kind="mergesort")[cols].reset_index(drop=True)
