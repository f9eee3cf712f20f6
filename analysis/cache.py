"""Content-addressed cache of per-document extraction results.

A document's rows are stored under a key made of the rules version (a hash of
the package's code and data files and the spaCy model), the doc_id, the hash
of its cleaned text and its effective date. Unchanged documents are not
re-processed; any change to the rules invalidates every entry.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Optional

from . import config

PACKAGE_DIR = Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def rules_version() -> str:
    """Hash of every .py/.json/.txt/.csv file of the package and the spaCy model name/version."""
    h = hashlib.blake2b(digest_size=12)
    for path in sorted(PACKAGE_DIR.rglob("*")):
        if path.is_file() and path.suffix in (".py", ".json", ".txt", ".csv", ".tsv") \
                and "__pycache__" not in path.parts:
            h.update(str(path.relative_to(PACKAGE_DIR)).encode())
            h.update(path.read_bytes())
    try:
        from importlib.metadata import version

        h.update(f"{config.SPACY_MODEL}={version(config.SPACY_MODEL.replace('_', '-'))}".encode())
        h.update(f"spacy={version('spacy')}".encode())
    except Exception:  # pragma: no cover - metadata missing
        h.update(config.SPACY_MODEL.encode())
    return h.hexdigest()


def document_key(doc_id: str, text: str, date) -> str:
    h = hashlib.blake2b(digest_size=16)
    for part in (rules_version(), doc_id, str(date or ""), text):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return h.hexdigest()


class ExtractionCache:
    """One pickle file per document result, written atomically."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pkl"

    def get(self, key: str) -> Optional[dict]:
        try:
            with open(self._path(key), "rb") as fh:
                return pickle.load(fh)
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError):
            return None

    def put(self, key: str, value: dict) -> None:
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
