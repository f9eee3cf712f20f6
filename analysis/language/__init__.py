"""Language, framing and voices: the text-analysis side of the notebooks.

Every function takes the corpus tables (an :class:`analysis.Corpus`, or for
sentence-level functions just its ``sentences`` DataFrame) and returns a tidy
DataFrame. Functions that count words accept ``tokens=`` (the table from
:func:`tokens`), so a notebook tokenises once::

    from analysis import language as lang
    tok = lang.tokens(corpus)                       # spaCy tagger + lemmatizer, memoised
    lang.term_frequencies(corpus, by="doc_id", tokens=tok)
    lang.distinctive_terms(corpus, by="genre", tokens=tok)         # log-likelihood keyness
    lang.collocations(corpus, min_count=3, tokens=tok)
    lang.kwic(corpus, "detainer", window=6, tokens=tok)
    lang.kwic_explorer(corpus, tokens=tok)          # type a term, see lines
    lang.framing(corpus, tokens=tok)                # frame + triggering words per sentence
    lang.tone(corpus)                               # VADER compound: tone, never stance
    lang.readability(corpus); lang.quotation_share(corpus); lang.voices(corpus)
    lang.markers(corpus, tokens=tok)                # attribution and hedging words
    lang.trace_claim(corpus, "body cameras", tokens=tok)   # every article reporting a phrase

Editable data: ``analysis/data/stopwords.txt`` (every count) and
``analysis/data/framing_lexicon.json`` (frames and markers).
"""
from __future__ import annotations

from .attribution import marker_summary, markers
from .claims import shared_phrases, trace_claim
from .collocation import collocations
from .concordance import KwicExplorer, kwic, kwic_explorer
from .frame_labels import frame_shares, frames, framing
from .frequencies import distinctive_terms, keyness, log_likelihood, term_frequencies, tfidf
from .lexicon import load as load_lexicon
from .quoting import quotation_share, quote_voices, voices
from .reading import readability
from .stopwords import load as load_stopwords
from .tokenization import from_parsed as tokens_from_parsed
from .tokenization import tokens
from .vader import tone, tone_summary

__all__ = [
    "tokens", "tokens_from_parsed", "load_stopwords", "load_lexicon",
    "term_frequencies", "keyness", "tfidf", "distinctive_terms", "log_likelihood", "collocations",
    "kwic", "kwic_explorer", "KwicExplorer",
    "framing", "frame_shares", "frames", "tone", "tone_summary",
    "readability", "quotation_share", "quote_voices", "voices", "markers", "marker_summary",
    "trace_claim", "shared_phrases",
]
