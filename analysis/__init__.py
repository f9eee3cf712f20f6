"""local-power notebooks: news articles about local cooperation with, or
resistance to, federal immigration enforcement -> tidy pandas tables.

    import analysis
    corpus = analysis.build("seeds")      # or analysis.build(paths=[...])
    corpus.actions.head()
    corpus.save("data"); analysis.Corpus.load("data")

Heavy libraries (spaCy, pandas) load on first use, so ``import analysis`` is fast.
"""
from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["build", "Corpus", "NoArticlesError", "__version__"]


def __getattr__(name):
    if name == "build":
        from .pipeline import build

        return build
    if name == "Corpus":
        from .tables import Corpus

        return Corpus
    if name == "NoArticlesError":
        from .corpus import NoArticlesError

        return NoArticlesError
    raise AttributeError(f"module 'analysis' has no attribute {name!r}")
