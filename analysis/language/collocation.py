"""Collocations: word pairs that occur side by side more often than chance.

Pairs are adjacent words inside one sentence; punctuation between two words
breaks the pair, and pairs with a stopword (the global list) are dropped
after pairing, so "Department of Justice" never yields "department justice".
For a pair (x, y) seen ``o11`` times among ``N`` adjacent pairs, with ``x``
first in ``r1`` pairs and ``y`` second in ``c1`` pairs:

- ``pmi = log2(o11 * N / (r1 * c1))`` (pointwise mutual information; favours
  rare pairs, hence ``min_count``),
- ``log_likelihood``: Dunning's G² over the 2x2 table of pair positions
  (o11, r1 - o11, c1 - o11, N - r1 - c1 + o11).
"""
from __future__ import annotations

import math
from collections import Counter
from typing import Any

import pandas as pd

from . import stopwords as _stopwords
from .stopwords import is_stop
from .tokenization import resolve

COLUMNS = ["collocation", "w1", "w2", "count", "w1_count", "w2_count", "pmi", "log_likelihood"]


def _g2(o11: int, o12: int, o21: int, o22: int) -> float:
    n = o11 + o12 + o21 + o22
    if n <= 0:
        return 0.0
    r = (o11 + o12, o21 + o22)
    c = (o11 + o21, o12 + o22)
    total = 0.0
    for obs, ri, ci in ((o11, 0, 0), (o12, 0, 1), (o21, 1, 0), (o22, 1, 1)):
        exp = r[ri] * c[ci] / n
        if obs > 0 and exp > 0:
            total += obs * math.log(obs / exp)
    return 2.0 * total


def adjacent_pairs(tok: pd.DataFrame, field: str, stops: frozenset):
    """Yield (doc_id, x, y, counted) for adjacent word tokens of one sentence;
    ``counted`` is False when either word is a stopword."""
    if not len(tok):
        return
    tok = tok.sort_values(["doc_id", "sentence_id", "i"], kind="mergesort")
    prev_sid, prev = None, None
    for doc, sid, w, val, lo, le, tx in zip(tok["doc_id"], tok["sentence_id"], tok["is_word"], tok[field],
                                            tok["lower"], tok["lemma"], tok["text"]):
        cur = (val, is_stop(lo, le if isinstance(le, str) else lo, tx, stops)) if w else None
        if prev is not None and cur is not None and sid == prev_sid:
            yield doc, prev[0], cur[0], not prev[1] and not cur[1]
        prev_sid, prev = sid, cur


def collocations(corpus: Any, *, measure: str = "pmi", min_count: int = 3, field: str = "lower",
                 tokens=None, stopwords=None, top: int | None = None) -> pd.DataFrame:
    """Adjacent word pairs seen at least ``min_count`` times, strongest first.

    ``measure``: "pmi" or "log_likelihood" (the sort key; both are reported).
    ``field``: "lower" (as written, default) or "term" (lemmas: "sanctuary
    city" and "sanctuary cities" together). Columns: collocation, w1, w2, count,
    w1_count (pairs with w1 first), w2_count (pairs with w2 second), pmi, log_likelihood.
    """
    if measure not in ("pmi", "log_likelihood"):
        raise ValueError("measure must be 'pmi' or 'log_likelihood'")
    tok = resolve(corpus, tokens)
    pairs: Counter = Counter()
    first: Counter = Counter()
    second: Counter = Counter()
    n = 0
    for _doc, x, y, counted in adjacent_pairs(tok, field, _stopwords.load(stopwords)):
        n += 1
        first[x] += 1
        second[y] += 1
        if counted:
            pairs[(x, y)] += 1
    rows = []
    for (x, y), o11 in pairs.items():
        if o11 < min_count:
            continue
        r1, c1 = first[x], second[y]
        pmi = math.log2(o11 * n / (r1 * c1))
        ll = _g2(o11, r1 - o11, c1 - o11, n - r1 - c1 + o11)
        rows.append((f"{x} {y}", x, y, o11, r1, c1, round(pmi, 4), round(ll, 4)))
    df = pd.DataFrame(rows, columns=COLUMNS)
    if len(df):
        df = df.sort_values([measure, "count", "collocation"], ascending=[False, False, True], kind="mergesort")
    df = df.reset_index(drop=True)
    return df.head(top) if top else df
