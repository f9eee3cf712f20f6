"""Tokens with lemmas: the one table every count, KWIC and lexicon match reads.

Choice (pinned): spaCy's own tokenizer, tagger and rule lemmatizer from the
project model (``analysis.nlp.get_nlp()``), run through ``nlp.pipe`` with the
parser and NER disabled; about 9k words/s on one core, three times the full
pipeline. ``lemmas=False`` runs the tokenizer only (lemma = lower case, no
part of speech; hundreds of thousands of words/s) for quick looks.

The table is computed once per distinct sentences table and memoised in the
process, and every function accepts ``tokens=`` so a notebook passes it
around; :func:`from_parsed` builds it from documents the extraction stage
already parsed, so a build need not parse twice.

It is also kept on disk (one pickle per sentences table, in
``data/.cache/tokens/`` or the folder named by ``LOCAL_POWER_TOKEN_CACHE``;
set that variable to an empty string to turn the disk cache off). The key is
the sentences' ids, offsets and text plus :func:`analysis.cache.rules_version`
(the package's code and data files and the spaCy model version), so a fresh
kernel reading unchanged tables never loads spaCy, and any change to the
text, the code or the model recomputes the table. A missing, unwritable or
damaged cache only costs the parse.

Columns: doc_id, sentence_id, i (token number in the sentence), start, end
(offsets into the document text), text, lower, lemma, term (what counts:
lower-cased lemma, or lower-cased text for proper nouns; apostrophes
straightened), pos (universal tag, "" without lemmas), is_word (has a letter
or digit), is_heading.
"""
from __future__ import annotations

import hashlib
import os
from collections import OrderedDict
from pathlib import Path
from typing import Any, Iterable

import pandas as pd

from . import inputs
from .stopwords import normalise

COLUMNS = ["doc_id", "sentence_id", "i", "start", "end", "text", "lower", "lemma", "term", "pos",
           "is_word", "is_heading"]
#: the spaCy components needed for lemmas (the rule lemmatizer needs the tagger's POS)
LEMMA_PIPES = ("tok2vec", "tagger", "attribute_ruler", "lemmatizer")
_MEMO: "OrderedDict[str, pd.DataFrame]" = OrderedDict()
_MEMO_SIZE = 4
CACHE_ENV = "LOCAL_POWER_TOKEN_CACHE"
#: bump when the token table's layout changes (old cache files are then ignored)
_CACHE_FORMAT = "tokens-1"


def empty() -> pd.DataFrame:
    """An empty token table with the right columns."""
    return pd.DataFrame({c: pd.Series(dtype="int64" if c in ("i", "start", "end") else
                                      ("bool" if c in ("is_word", "is_heading") else "object"))
                         for c in COLUMNS})


def _fingerprint(sents: pd.DataFrame, lemmas: bool) -> str:
    h = hashlib.sha1(b"lemmas" if lemmas else b"plain")
    heads = sents["is_heading"].fillna(False).astype(bool)
    for doc, sid, start, head, text in zip(sents["doc_id"].astype(str), sents["sentence_id"].astype(str),
                                           sents["start"], heads, sents["text"]):
        h.update(f"{doc}\0{sid}\0{start}\0{int(head)}\0{text}\1".encode("utf-8", "replace"))
    return h.hexdigest()


def _add(cols: dict, doc_id, sentence_id, base: int, is_heading: bool, doc) -> None:
    i = 0
    for t in doc:
        if t.is_space:
            continue
        text = t.text
        lower = normalise(text)
        lemma = t.lemma_ or text
        pos = t.pos_ or ""
        term = lower if pos == "PROPN" or not t.lemma_ else normalise(lemma)
        cols["doc_id"].append(doc_id)
        cols["sentence_id"].append(sentence_id)
        cols["i"].append(i)
        cols["start"].append(base + t.idx)
        cols["end"].append(base + t.idx + len(text))
        cols["text"].append(text)
        cols["lower"].append(lower)
        cols["lemma"].append(lemma)
        cols["term"].append(term)
        cols["pos"].append(pos)
        cols["is_word"].append(any(c.isalnum() for c in text))
        cols["is_heading"].append(is_heading)
        i += 1


def _frame(cols: dict) -> pd.DataFrame:
    if not cols["doc_id"]:
        return empty()
    df = pd.DataFrame(cols, columns=COLUMNS)
    return df.astype({"i": "int64", "start": "int64", "end": "int64", "is_word": bool, "is_heading": bool})


def tokens(corpus: Any, *, lemmas: bool = True, batch_size: int = 512) -> pd.DataFrame:
    """The token table of ``corpus`` (a Corpus or its sentences DataFrame); memoised."""
    sents = inputs.sentences(corpus)
    if not len(sents):
        return empty()
    key = _fingerprint(sents, lemmas)
    if key in _MEMO:
        _MEMO.move_to_end(key)
        return _MEMO[key].copy()
    out = _disk_get(key)
    if out is None:
        out = _parse(sents, lemmas, batch_size)
        _disk_put(key, out)
    _MEMO[key] = out
    while len(_MEMO) > _MEMO_SIZE:
        _MEMO.popitem(last=False)
    return out.copy()


def cache_dir() -> Path | None:
    """The folder of the on-disk token cache, or None when it is turned off.

    ``LOCAL_POWER_TOKEN_CACHE`` if set (empty = off); else ``data/.cache/tokens``
    of the project, used only when that ``data/`` folder exists.
    """
    env = os.environ.get(CACHE_ENV)
    if env is not None:
        return Path(env) if env.strip() else None
    from .. import config

    return config.DATA_DIR / ".cache" / "tokens" if config.DATA_DIR.is_dir() else None


def _disk_key(key: str) -> tuple | None:
    """(store, hashed key) of the token cache, or None when it is off."""
    folder = cache_dir()
    if folder is None:
        return None
    from ..cache import PickleStore, rules_version

    h = hashlib.sha1(f"{_CACHE_FORMAT}\0{rules_version()}\0{key}".encode()).hexdigest()
    return PickleStore(folder, fanout=False), h


def _disk_get(key: str) -> pd.DataFrame | None:
    found = _disk_key(key)
    df = found[0].get(found[1]) if found else None   # damaged or foreign file: None, parse again
    if not isinstance(df, pd.DataFrame) or list(df.columns) != COLUMNS:
        return None
    return df


def _disk_put(key: str, df: pd.DataFrame) -> None:
    found = _disk_key(key)
    if found is None:
        return
    try:
        found[0].put(found[1], df)
    except OSError:  # read-only checkout, full disk: keep going without the cache
        pass


def _parse(sents: pd.DataFrame, lemmas: bool, batch_size: int) -> pd.DataFrame:
    """Run spaCy (the process-wide pipeline, loaded on first use) over the sentences."""
    from ..nlp import get_nlp

    nlp = get_nlp()
    if lemmas:
        disable = [p for p in nlp.pipe_names if p not in LEMMA_PIPES]
        docs = nlp.pipe(sents["text"].tolist(), disable=disable, batch_size=batch_size)
    else:
        docs = (nlp.make_doc(t) for t in sents["text"].tolist())
    cols = {c: [] for c in COLUMNS}
    starts = pd.to_numeric(sents["start"], errors="coerce").fillna(0).astype(int).tolist()
    heads = sents["is_heading"].fillna(False).astype(bool).tolist()
    for doc_id, sid, base, head, doc in zip(sents["doc_id"], sents["sentence_id"], starts, heads, docs):
        _add(cols, doc_id, sid, base, head, doc)
    return _frame(cols)


def from_parsed(pdocs: Iterable) -> pd.DataFrame:
    """The token table from ``ParsedDocument`` objects whose sentences are already parsed.

    Reuses ``Sentence.doc`` (the extraction stage's parse), so a build can
    save the token table without parsing the corpus a second time.
    """
    cols = {c: [] for c in COLUMNS}
    for pdoc in pdocs:
        for s in pdoc.sentences:
            if s.doc is not None:
                _add(cols, s.doc_id, s.sentence_id, int(s.start), bool(s.is_heading), s.doc)
    return _frame(cols)


def resolve(corpus: Any, tokens_df=None) -> pd.DataFrame:
    """``tokens_df`` if given (checked for the needed columns), else :func:`tokens` of corpus."""
    if tokens_df is None:
        return tokens(corpus)
    missing = [c for c in ("doc_id", "sentence_id", "i", "start", "end", "text", "lower", "term")
               if c not in tokens_df.columns]
    if missing:
        raise ValueError(f"token table lacks columns {missing}; build it with analysis.language.tokens()")
    df = tokens_df
    for col, default in (("pos", ""), ("lemma", None), ("is_heading", False)):
        if col not in df.columns:
            df = df.assign(**{col: default if col != "lemma" else df["lower"]})
    if "is_word" not in df.columns:
        df = df.assign(is_word=df["text"].map(lambda t: any(c.isalnum() for c in str(t))))
    return df


def content(tok: pd.DataFrame, stops: frozenset) -> pd.DataFrame:
    """Tokens that count: words (a letter or digit) that are not stopwords."""
    if not len(tok):
        return tok
    from .stopwords import is_stop

    keep = [bool(w) and not is_stop(lo, le if isinstance(le, str) else lo, tx, stops)
            for w, lo, le, tx in zip(tok["is_word"], tok["lower"], tok["lemma"], tok["text"])]
    return tok[keep]
