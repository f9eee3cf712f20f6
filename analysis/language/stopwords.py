"""The one editable stopword list, applied to every count in :mod:`analysis.language`.

The list is the file ``analysis/data/stopwords.txt`` (one word per line,
``#`` comments), or the file named by the environment variable
``LOCAL_POWER_STOPWORDS``. It is re-read whenever the file changes, so an
edit takes effect on the next call without restarting the kernel.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable, Union

from .. import config

DEFAULT_PATH = config.PACKAGE_DATA / "stopwords.txt"
ENV_VAR = "LOCAL_POWER_STOPWORDS"
_CACHE: dict[tuple[str, float], frozenset] = {}

Stopwords = Union[None, str, Path, Iterable[str]]


def path() -> Path:
    """The stopword file in use (environment variable first, else the packaged one)."""
    env = os.environ.get(ENV_VAR)
    return Path(env) if env else DEFAULT_PATH


def normalise(word: str) -> str:
    """Lower case, curly apostrophes made straight: the form stopwords are compared in."""
    return word.lower().replace("\u2019", "'").replace("\u2018", "'")


def load(source: Stopwords = None) -> frozenset:
    """The stopwords as a frozenset.

    ``source`` is None (the global file), a path to another file, or an
    iterable of words (used as is, after :func:`normalise`).
    """
    if source is not None and not isinstance(source, (str, Path)):
        return frozenset(normalise(w) for w in source if w)
    p = Path(source) if source is not None else path()
    try:
        key = (str(p.resolve()), p.stat().st_mtime)
    except OSError as exc:
        raise FileNotFoundError(f"stopword file not found: {p}") from exc
    if key not in _CACHE:
        words = set()
        for line in p.read_text(encoding="utf-8").splitlines():
            w = "" if line.lstrip().startswith("#") else line.split(" #", 1)[0].strip()
            if w:
                words.add(normalise(w))
        _CACHE.clear()
        _CACHE[key] = frozenset(words)
    return _CACHE[key]


def is_stop(lower: str, lemma: str, text: str, stops: frozenset) -> bool:
    """A token is a stopword if its lower form or lemma is listed; acronyms ("US") never are."""
    if len(text) > 1 and text.isupper() and any(c.isalpha() for c in text):
        return False
    return normalise(lower) in stops or normalise(lemma) in stops
