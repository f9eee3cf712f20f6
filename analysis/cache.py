"""Content-addressed build cache: three levels, all keyed by the rules version.

* ``extract/``: a document's extraction rows, keyed by the rules version (a
  hash of the package's code and data files and the spaCy model), the doc_id,
  the hash of its cleaned text and its effective date.
* ``prepared/``: a document after cleaning, segmenting and its text-only facts
  (genre, word count, sentence hashes), keyed by the rules version, the doc_id
  and the sha256 of the file's bytes: an unchanged file costs one read.
* ``corpus/``: the tables of the last build, keyed by every input of the build
  (each file's path, size and sha256, metadata.csv, the options that change
  the tables). Only the last build is kept.

Unchanged documents are not re-processed; any change to the rules invalidates
every entry. A corrupt or unreadable entry counts as missing.
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


def _key(*parts: str) -> str:
    h = hashlib.blake2b(digest_size=16)
    for part in parts:
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return h.hexdigest()


def document_key(doc_id: str, text: str, date) -> str:
    """Key of a document's extraction rows."""
    return _key(rules_version(), doc_id, str(date or ""), text)


def prepared_key(doc_id: str, sha256: str) -> str:
    """Key of a document's cleaned, segmented form: its doc_id and the hash of its bytes."""
    return _key(rules_version(), "prepared", doc_id, sha256)


def corpus_key(files: list[Path], metadata: Optional[Path], options: str,
               max_bytes: int) -> Optional[str]:
    """Key of a whole build: every file's path, size and content hash, metadata.csv and
    ``options``. None when a file cannot be read (the build then runs uncached and warns)."""
    h = hashlib.blake2b(digest_size=16)
    h.update(f"{rules_version()}\x00corpus\x00{options}\x00{max_bytes}\x00".encode())
    try:
        for path in files:
            size = path.stat().st_size
            # a file over the limit is skipped unread by the build: its size is enough
            digest = hashlib.sha256(path.read_bytes()).hexdigest() if size <= max_bytes else "-"
            h.update(f"{path}\x00{size}\x00{digest}\x00".encode("utf-8", "surrogatepass"))
        if metadata is not None:
            h.update(b"metadata\x00" + str(metadata).encode("utf-8", "surrogatepass") + b"\x00")
            h.update(hashlib.sha256(metadata.read_bytes()).digest())
    except OSError:
        return None
    return h.hexdigest()


class PickleStore:
    """One pickle file per key under ``folder``, written atomically."""

    def __init__(self, folder: Path, fanout: bool = True):
        self.folder = Path(folder)
        self.fanout = fanout

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pkl" if self.fanout else self.folder / f"{key}.pkl"

    def get(self, key: str):
        try:
            with open(self._path(key), "rb") as fh:
                return pickle.load(fh)
        except Exception:  # missing, truncated, corrupt or from another version: recompute
            return None

    def put(self, key: str, value) -> Path:
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
        return path


class ExtractionCache(PickleStore):
    """Per-document extraction rows: ``<cache>/extract/ab/abcdef….pkl``."""

    def __init__(self, cache_dir: Path):
        super().__init__(Path(cache_dir) / "extract")


class PreparedCache(PickleStore):
    """Per-document cleaned and segmented form: ``<cache>/prepared/ab/abcdef….pkl``."""

    def __init__(self, cache_dir: Path):
        super().__init__(Path(cache_dir) / "prepared")


class CorpusCache(PickleStore):
    """The tables of the last build: ``<cache>/corpus/<key>.pkl`` (older ones removed)."""

    def __init__(self, cache_dir: Path):
        super().__init__(Path(cache_dir) / "corpus", fanout=False)

    def put(self, key: str, value) -> Path:
        path = super().put(key, value)
        for old in self.folder.glob("*.pkl"):
            if old != path:
                try:
                    old.unlink()
                except OSError:
                    pass
        return path
