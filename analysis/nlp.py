"""The spaCy pipeline, loaded once per process and only when first needed.

``import analysis`` must stay fast, so nothing here imports spaCy at module
import time. Domain rules (titles, agencies, US places) are added to the
pipeline by :mod:`analysis.extract.entities`.
"""
from __future__ import annotations

import threading
from typing import Iterable

from . import config

_NLP = None
_LOCK = threading.Lock()

#: components the extractors never use
_UNUSED = ()


def get_nlp():
    """Return the process-wide spaCy ``Language`` (loaded lazily, with domain rules)."""
    global _NLP
    if _NLP is None:
        with _LOCK:
            if _NLP is None:
                import spacy

                try:
                    nlp = spacy.load(config.SPACY_MODEL, exclude=list(_UNUSED))
                except OSError as exc:  # model package missing
                    raise RuntimeError(
                        f"spaCy model {config.SPACY_MODEL!r} is not installed; run `make env`"
                    ) from exc
                try:
                    from .extract.entities import add_rules
                except ImportError:  # pragma: no cover - during bootstrap only
                    add_rules = None
                if add_rules is not None:
                    add_rules(nlp)
                _NLP = nlp
    return _NLP


def parse(texts: Iterable[str], batch_size: int = 256, n_process: int = 1):
    """Parse many short texts (sentences) in one streamed pass."""
    nlp = get_nlp()
    return nlp.pipe(texts, batch_size=batch_size, n_process=n_process)
