"""A synthetic corpus for benchmarks: fixture sentences recombined into N documents.

Deterministic (seeded). Sentences come from the articles under
tests/fixtures/ (written for this project, not the seeds).
"""
from __future__ import annotations

import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"


def fixture_sentences() -> list[str]:
    from analysis.segment import sentences

    out = []
    for path in sorted(FIXTURES.rglob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        text = re.sub(r"^(date|title|source)\s*:?[^\n]*\n", "", text, flags=re.I | re.M)
        out.extend(s.text for s in sentences("x", text) if not s.is_heading and len(s.text.split()) >= 6)
    if not out:
        raise SystemExit("no fixture sentences found under tests/fixtures")
    return out


def make_corpus(folder: Path, n_docs: int, words_per_doc: int = 500, seed: int = 7) -> int:
    """Write ``n_docs`` articles to ``folder``; return the total word count."""
    rng = random.Random(seed)
    pool = fixture_sentences()
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(n_docs):
        paras, words = [], 0
        while words < words_per_doc:
            para = " ".join(rng.choice(pool) for _ in range(rng.randint(2, 4)))
            paras.append(para)
            words += len(para.split())
        day = 1 + i % 28
        text = f"date: 2026-{1 + i % 12:02d}-{day:02d}\n" + "\n".join(paras) + "\n"
        (folder / f"synth_{i:06d}.txt").write_text(text, encoding="utf-8")
        total += words
    return total
