"""The annotated articles' gold files (``tests/fixtures/**/gold/*.json``): how they are read and how
their text is matched to the tables' text. Used by the quality benchmark (``benchmarks.quality``)
and by the action classifier's training (``analysis.extract.classifier``)."""
from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Callable, Optional

_QUOTE_CHARS = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})


def norm(text) -> str:
    """Lowercase, accents and punctuation removed, spaces collapsed ('' for None/NaN)."""
    if text is None or (isinstance(text, float) and text != text):
        return ""
    s = unicodedata.normalize("NFKD", str(text).translate(_QUOTE_CHARS))
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"[^a-z0-9]+", " ", s).strip()
    return s


def load(gold_dir, warn: Optional[Callable[[str], None]] = None) -> dict[str, dict]:
    """Gold files keyed by doc_id, in file-name order. An unreadable file raises, or, with ``warn``,
    is skipped with a warning naming it."""
    out = {}
    for p in sorted(Path(gold_dir).glob("*.json")):
        try:
            g = json.loads(p.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            if warn is None:
                raise
            warn(f"warning: {p.name} skipped ({exc})")
            continue
        out[g.get("doc_id") or p.stem] = g
    return out
