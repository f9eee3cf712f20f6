"""Term frequencies, keyness (log-likelihood) and TF-IDF, per document or group.

Every count here leaves out punctuation and the global stopword list
(:mod:`analysis.language.stopwords`) and counts ``field`` of the token table
(``"term"``: lower-cased lemma, the default; ``"lower"``: the word as written).

Keyness is Dunning's log-likelihood G² as used in corpus linguistics (Rayson
& Garside 2000): for a term seen ``a`` times in a target of ``c`` tokens and
``b`` times in a reference of ``d`` tokens, ``E1 = c(a+b)/(c+d)``,
``E2 = d(a+b)/(c+d)``, ``G² = 2(a ln(a/E1) + b ln(b/E2))``; ``p_value`` from
the chi-squared distribution with one degree of freedom (3.84 ~ p 0.05,
6.63 ~ p 0.01). ``log_ratio`` is Hardie's effect size, log2 of the ratio of
relative frequencies, zeros replaced by 0.5.

TF-IDF: ``tf`` = count / content tokens of the group, ``idf = ln((1+n)/(1+df)) + 1``
(n groups, df groups containing the term; the smoothed form scikit-learn uses).
"""
from __future__ import annotations

import math
from typing import Any

import pandas as pd

from . import inputs, stopwords as _stopwords
from .tokenization import content, resolve


def _counted(corpus, tokens_df, stopwords, field: str, include_stopwords: bool) -> pd.DataFrame:
    tok = resolve(corpus, tokens_df)
    if field not in tok.columns:
        raise ValueError(f"no token column {field!r}; use 'term' or 'lower'")
    if include_stopwords:
        tok = tok[tok["is_word"].astype(bool)]
    else:
        tok = content(tok, _stopwords.load(stopwords))
    return tok


def term_frequencies(corpus: Any, by=None, *, field: str = "term", tokens=None, stopwords=None,
                     include_stopwords: bool = False, min_count: int = 1) -> pd.DataFrame:
    """How often each term occurs, in the whole corpus (``by=None``) or per group.

    ``by``: None, ``"doc_id"``, a documents column (``"genre"``) or a doc_id -> group
    mapping. Columns: [group], term, count, per_1000 (per thousand counted tokens of
    the group), documents (how many documents use it). Sorted by count, then term.
    """
    tok = _counted(corpus, tokens, stopwords, field, include_stopwords)
    gcol = None
    if by is not None:
        tok, gcol = inputs.attach_group(tok, corpus, by)
    keys = ([] if gcol is None else ["_group"]) + [field]
    cols = ([] if gcol is None else [gcol]) + ["term", "count", "per_1000", "documents"]
    if not len(tok):
        return pd.DataFrame({c: pd.Series(dtype="object") for c in cols})
    g = tok.groupby(keys, sort=False).agg(count=("doc_id", "size"), documents=("doc_id", "nunique")).reset_index()
    totals = tok.groupby("_group").size() if gcol else None
    if gcol is None:
        g["per_1000"] = 1000.0 * g["count"] / len(tok)
    else:
        g["per_1000"] = 1000.0 * g["count"] / g["_group"].map(totals)
    g = g[g["count"] >= min_count].rename(columns={field: "term"})
    if gcol is not None:
        g = g.rename(columns={"_group": gcol})
        g = g.sort_values([gcol, "count", "term"], ascending=[True, False, True], kind="mergesort")
    else:
        g = g.sort_values(["count", "term"], ascending=[False, True], kind="mergesort")
    g["per_1000"] = g["per_1000"].round(3)
    return g[cols].reset_index(drop=True)


def log_likelihood(a: float, b: float, c: float, d: float) -> float:
    """Dunning's G² for ``a`` of ``c`` tokens (target) against ``b`` of ``d`` (reference)."""
    if c <= 0 or d <= 0 or a + b <= 0:
        return 0.0
    e1 = c * (a + b) / (c + d)
    e2 = d * (a + b) / (c + d)
    g2 = 0.0
    if a > 0:
        g2 += a * math.log(a / e1)
    if b > 0:
        g2 += b * math.log(b / e2)
    return 2.0 * g2


def chi2_sf_1df(x: float) -> float:
    """Survival function of chi-squared with one degree of freedom (no SciPy needed)."""
    return math.erfc(math.sqrt(max(x, 0.0) / 2.0))


def log_ratio(a: float, b: float, c: float, d: float) -> float:
    """Hardie's log ratio: log2 of relative frequency in target over reference (zeros -> 0.5)."""
    if c <= 0 or d <= 0:
        return 0.0
    return math.log2(((a or 0.5) / c) / ((b or 0.5) / d))


KEYNESS_COLUMNS = ["term", "target_count", "reference_count", "target_per_1000", "reference_per_1000",
                   "log_likelihood", "p_value", "log_ratio", "direction"]


def _keyness_table(target: pd.Series, reference: pd.Series, min_count: int) -> pd.DataFrame:
    c, d = float(target.sum()), float(reference.sum())
    terms = sorted(set(target.index) | set(reference.index))
    rows = []
    for t in terms:
        a, b = float(target.get(t, 0)), float(reference.get(t, 0))
        if a + b < min_count:
            continue
        ll = log_likelihood(a, b, c, d)
        over = (a / c if c else 0.0) >= (b / d if d else 0.0)
        rows.append((t, int(a), int(b), round(1000 * a / c, 3) if c else 0.0, round(1000 * b / d, 3) if d else 0.0,
                     round(ll, 4), chi2_sf_1df(ll), round(log_ratio(a, b, c, d), 4), "over" if over else "under"))
    df = pd.DataFrame(rows, columns=KEYNESS_COLUMNS)
    return df.sort_values(["log_likelihood", "term"], ascending=[False, True], kind="mergesort").reset_index(drop=True)


def keyness(corpus: Any, target, *, by="doc_id", reference=None, field: str = "term", tokens=None,
            stopwords=None, min_count: int = 2) -> pd.DataFrame:
    """Terms over- and under-used in ``target`` compared with ``reference``.

    ``target`` and ``reference`` are group labels of ``by`` (a doc_id, a genre...)
    or lists of them; ``reference=None`` means every other group. Terms seen fewer
    than ``min_count`` times in both together are skipped. Columns: term,
    target_count, reference_count, target_per_1000, reference_per_1000,
    log_likelihood, p_value, log_ratio, direction ("over"/"under"); sorted by
    log_likelihood.
    """
    tok = _counted(corpus, tokens, stopwords, field, False)
    tok, _ = inputs.attach_group(tok, corpus, by)
    targets = set(target) if isinstance(target, (list, tuple, set)) else {target}
    in_target = tok["_group"].isin(targets)
    if reference is None:
        in_ref = ~in_target
    else:
        refs = set(reference) if isinstance(reference, (list, tuple, set)) else {reference}
        in_ref = tok["_group"].isin(refs) & ~in_target
    return _keyness_table(tok[in_target][field].value_counts(), tok[in_ref][field].value_counts(), min_count)


def tfidf(corpus: Any, by="doc_id", *, field: str = "term", tokens=None, stopwords=None,
          min_count: int = 1) -> pd.DataFrame:
    """TF-IDF of every term in every group. Columns: group, term, count, tf, df, idf, tfidf."""
    tok = _counted(corpus, tokens, stopwords, field, False)
    tok, gcol = inputs.attach_group(tok, corpus, by)
    cols = [gcol, "term", "count", "tf", "df", "idf", "tfidf"]
    if not len(tok):
        return pd.DataFrame({c: pd.Series(dtype="object") for c in cols})
    g = tok.groupby(["_group", field]).size().rename("count").reset_index()
    n = g["_group"].nunique()
    totals = g.groupby("_group")["count"].sum()
    dfreq = g.groupby(field)["_group"].nunique()
    g["tf"] = g["count"] / g["_group"].map(totals)
    g["df"] = g[field].map(dfreq).astype(int)
    g["idf"] = ((1.0 + n) / (1.0 + g["df"])).map(math.log) + 1.0
    g["tfidf"] = g["tf"] * g["idf"]
    g = g[g["count"] >= min_count].rename(columns={"_group": gcol, field: "term"})
    for c in ("tf", "idf", "tfidf"):
        g[c] = g[c].round(6)
    g = g.sort_values([gcol, "tfidf", "term"], ascending=[True, False, True], kind="mergesort")
    return g[cols].reset_index(drop=True)


def distinctive_terms(corpus: Any, by="doc_id", *, method: str = "log_likelihood", top: int = 10,
                      field: str = "term", tokens=None, stopwords=None, min_count: int = 2) -> pd.DataFrame:
    """The ``top`` terms that set each group apart from the rest of the corpus.

    ``method="log_likelihood"``: over-used terms by G² against all other groups
    (needs at least two groups); ``method="tfidf"``: highest TF-IDF. Columns:
    group, rank, term, count, score, method (+ p_value and log_ratio for
    log-likelihood). Terms seen fewer than ``min_count`` times in the group are skipped.
    """
    if method not in ("log_likelihood", "tfidf"):
        raise ValueError("method must be 'log_likelihood' or 'tfidf'")
    tok = _counted(corpus, tokens, stopwords, field, False)
    tok, gcol = inputs.attach_group(tok, corpus, by)
    cols = [gcol, "rank", "term", "count", "score", "method"] + (["p_value", "log_ratio"] if method == "log_likelihood" else [])
    rows = []
    if method == "tfidf":
        t = tfidf(corpus, by, field=field, tokens=tokens, stopwords=stopwords, min_count=min_count)
        for grp, sub in t.groupby(gcol, sort=True):
            for r, rec in enumerate(sub.head(top).itertuples(index=False), 1):
                rows.append((grp, r, rec.term, int(rec.count), float(rec.tfidf), method))
    else:
        counts = tok.groupby(["_group", field]).size()
        groups = sorted(tok["_group"].unique(), key=str)
        total = tok[field].value_counts()
        for grp in groups:
            tgt = counts.loc[grp]
            ref = total.sub(tgt, fill_value=0)
            ref = ref[ref > 0]
            k = _keyness_table(tgt, ref, 1)
            k = k[(k["direction"] == "over") & (k["target_count"] >= min_count)]
            if len(groups) < 2:
                k = k.iloc[0:0]
            for r, rec in enumerate(k.head(top).itertuples(index=False), 1):
                rows.append((grp, r, rec.term, int(rec.target_count), float(rec.log_likelihood), method,
                             float(rec.p_value), float(rec.log_ratio)))
    if not rows:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in cols})
    return pd.DataFrame(rows, columns=cols)
