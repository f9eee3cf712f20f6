"""Summaries quoted in the notebooks' prose."""
import shutil

import analysis
from analysis import summary


def test_summary_counts(foundation_dir, tmp_path):
    for name in ("excerpt_source.txt", "excerpt_copy.txt", "glued_article.txt"):
        shutil.copy(foundation_dir / name, tmp_path)
    corpus = analysis.build(tmp_path, extract=False)
    s = summary.corpus_summary(corpus)
    assert s["documents"] == 3 and s["excerpts"] == 1 and s["inherited_dates"] == 1
    assert s["first_date"] == "2026-03-09" and s["last_date"] == "2026-04-14"
    assert s["words"] == int(corpus.documents.word_count.sum())
    by_kind = summary.fixes_by_kind(corpus).set_index("kind")
    assert by_kind.loc["glued_words", "fixes"] == 2
    ctx = summary.fixes_in_context(corpus, "glued_words")
    assert ctx["in context"].str.contains("sheriff said").any()
    ex = summary.excerpts(corpus)
    assert ex.iloc[0]["excerpt"] == "excerpt_copy" and ex.iloc[0]["of"] == "excerpt_source"
