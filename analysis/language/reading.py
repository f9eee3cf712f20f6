"""Readability per document, pinned to textstat 0.7.3 with Pyphen syllables.

Pinned choice: ``textstat==0.7.3`` (needs ``setuptools<81`` for its
``pkg_resources`` import) counts syllables with Pyphen's ``en_US``
hyphenation dictionary (``pyphen==0.17.2``), fully offline (checked in a
fresh virtual environment with the network cut off). Newer textstat (after
its pull request #201, e.g. 0.7.13) counts English syllables with the CMU
dictionary, which it downloads through NLTK on first use (impossible
offline) and which gives different syllable counts, hence different
scores: compare numbers only across the same pin. See docs/classroom.md.

Scores are computed on the body text (headings dropped), one sentence per
line. textstat counts a sentence at every ``.``, ``!`` or ``?``, so
abbreviations ("U.S.", "Gov.") add sentences and make text look easier;
``sentences`` and ``words_per_sentence`` here come from the project's own
sentence splitter instead.
"""
from __future__ import annotations

import warnings
from typing import Any

import pandas as pd

from . import inputs

SCORES = ("flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "smog_index", "coleman_liau_index")
COLUMNS = ["doc_id", "words", "sentences", "words_per_sentence", "syllables_per_word", *SCORES]
_TEXTSTAT = None


def textstat():
    """The textstat module (imported once, its pkg_resources deprecation warning silenced)."""
    global _TEXTSTAT
    if _TEXTSTAT is None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            import textstat as ts
        ts.set_lang("en_US")
        _TEXTSTAT = ts
    return _TEXTSTAT


def scores(text: str) -> dict:
    """textstat's scores of one text (NaN for an empty text)."""
    ts = textstat()
    if not text or not any(c.isalpha() for c in text):
        return {k: float("nan") for k in SCORES}
    return {k: float(getattr(ts, k)(text)) for k in SCORES}


def readability(corpus: Any) -> pd.DataFrame:
    """Per document: words, sentences (body), words_per_sentence, syllables_per_word and
    textstat's flesch_reading_ease, flesch_kincaid_grade, gunning_fog, smog_index,
    coleman_liau_index."""
    sents = inputs.sentences(corpus, include_headings=False)
    if not len(sents):
        return pd.DataFrame({c: pd.Series(dtype="object") for c in COLUMNS})
    ts = textstat()
    rows = []
    for doc_id, sub in sents.groupby("doc_id", sort=True):
        text = "\n".join(t.strip() for t in sub["text"])
        words = int(ts.lexicon_count(text))
        syl = int(ts.syllable_count(text))
        n = len(sub)
        rows.append({"doc_id": doc_id, "words": words, "sentences": n,
                     "words_per_sentence": round(words / n, 2) if n else float("nan"),
                     "syllables_per_word": round(syl / words, 3) if words else float("nan"),
                     **scores(text)})
    return pd.DataFrame(rows, columns=COLUMNS)
