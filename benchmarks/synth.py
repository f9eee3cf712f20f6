"""A synthetic corpus for benchmarks: fixture sentences recombined into N documents.

Deterministic (seeded). Sentences come from the articles under
tests/fixtures/ (written for this project, not the seeds). Each sentence gets a
dated lead-in ("On March 4, the county ...") so that documents do not share
whole sentences with hundreds of others: a real corpus repeats sentences only
between an article and its excerpts, and the duplicate detector should see
that shape, not a pool of 259 sentences reused 40,000 times.
"""
from __future__ import annotations

import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
#: sentence-initial words that are lower-cased after a lead-in (not proper nouns)
_FUNCTION_WORDS = {"The", "A", "An", "In", "Under", "For", "About", "But", "One", "Her", "His",
                   "Their", "Its", "It", "This", "That", "These", "Those", "Not", "According",
                   "After", "At", "By", "Some", "Many", "Most", "Several", "Two", "Three", "When"}


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


def vary(sentence: str, rng: random.Random) -> str:
    """The sentence with a dated lead-in (quotations are left as they are)."""
    if sentence[:1] in "\"“'‘":
        return sentence
    first, _, rest = sentence.partition(" ")
    if first in _FUNCTION_WORDS:
        first = first.lower()
    return f"On {rng.choice(MONTHS)} {rng.randint(1, 28)}, {first} {rest}"


def make_corpus(folder: Path, n_docs: int, words_per_doc: int = 500, seed: int = 7) -> int:
    """Write ``n_docs`` articles to ``folder``; return the total word count."""
    rng = random.Random(seed)
    pool = fixture_sentences()
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(n_docs):
        paras, words = [], 0
        while words < words_per_doc:
            para = " ".join(vary(rng.choice(pool), rng) for _ in range(rng.randint(2, 4)))
            paras.append(para)
            words += len(para.split())
        day = 1 + i % 28
        text = f"date: 2026-{1 + i % 12:02d}-{day:02d}\n" + "\n\n".join(paras) + "\n"
        (folder / f"synth_{i:06d}.txt").write_text(text, encoding="utf-8")
        total += words
    return total
