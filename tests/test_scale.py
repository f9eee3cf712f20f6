"""Scale: the per-document cache, parallel and Dask engines give the same tables.

Every test builds from copies of 24 fixture articles (tests/fixtures/articles)
in a temporary folder; the fixtures themselves are never modified. Whether a
document was extracted is observed by counting calls of the per-document
extractor, never by timing.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest
from pandas.testing import assert_frame_equal

import analysis
from analysis import cache as cache_mod
from analysis.extract import run as run_mod

ARTICLES = Path(__file__).parent / "fixtures" / "articles"
#: the test corpus: the first 24 fixture articles (enough genres for the engines to differ if they can;
#: the fixture set keeps growing, and each test here builds it again)
CORPUS_FILES = sorted(ARTICLES.glob("*.txt"))[:24]
N = len(CORPUS_FILES)


def assert_same_tables(a, b) -> None:
    ta, tb = a.tables(), b.tables()
    assert list(ta) == list(tb)
    for name in ta:
        try:
            assert_frame_equal(ta[name], tb[name], check_dtype=True)
        except AssertionError as exc:  # say which table differs
            raise AssertionError(f"table {name!r} differs: {exc}") from None


@pytest.fixture
def extracted(monkeypatch) -> list[str]:
    """doc_ids passed to the per-document extractor (in this process), in call order."""
    seen: list[str] = []
    real = run_mod.extract_document

    def counting(pdoc):
        seen.append(pdoc.doc_id)
        return real(pdoc)

    monkeypatch.setattr(run_mod, "extract_document", counting)
    return seen


@pytest.fixture
def assembled(monkeypatch) -> list[int]:
    """Number of documents of each corpus-level assembly run, in call order."""
    calls: list[int] = []
    real = run_mod.assemble

    def counting(per_doc, documents, progress=None):
        calls.append(len(per_doc))
        return real(per_doc, documents, progress=progress)

    monkeypatch.setattr(run_mod, "assemble", counting)
    return calls


@pytest.fixture
def cleaned(monkeypatch) -> list[int]:
    """Lengths of the texts passed to the cleaner (one call per document cleaned)."""
    from analysis import pipeline

    calls: list[int] = []
    real = pipeline.clean_mod.clean

    def counting(text, body_start=0):
        calls.append(len(text))
        return real(text, body_start)

    monkeypatch.setattr(pipeline.clean_mod, "clean", counting)
    return calls


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("articles")
    for p in CORPUS_FILES:
        shutil.copy(p, folder / p.name)
    return folder


@pytest.fixture(scope="module")
def serial(corpus_dir):
    """The reference: serial build, no cache."""
    return analysis.build(corpus_dir, jobs=1)


@pytest.fixture(scope="module")
def warm_cache(corpus_dir, tmp_path_factory) -> Path:
    """A cache filled by one build of the fixture corpus (copied before each use)."""
    folder = tmp_path_factory.mktemp("cache")
    analysis.build(corpus_dir, cache_dir=folder)
    return folder


def copy_of(folder: Path, tmp_path: Path, name: str) -> Path:
    dest = tmp_path / name
    shutil.copytree(folder, dest)
    return dest


# --------------------------------------------------------------------------- cache


def test_cached_rebuild_extracts_nothing_and_gives_identical_tables(corpus_dir, serial, tmp_path, extracted):
    cache_dir = tmp_path / "cache"
    messages: list[str] = []
    first = analysis.build(corpus_dir, cache_dir=cache_dir)
    assert sorted(extracted) == sorted(serial.documents["doc_id"])
    extracted.clear()
    second = analysis.build(corpus_dir, cache_dir=cache_dir, progress=messages.append)
    assert extracted == []
    assert any(f"{N} document(s) unchanged, 0 to extract" in m for m in messages), messages
    assert_same_tables(first, serial)
    assert_same_tables(second, serial)


def test_modified_document_is_the_only_one_reextracted(corpus_dir, warm_cache, tmp_path, extracted,
                                                       assembled, cleaned):
    docs = copy_of(corpus_dir, tmp_path, "docs")
    cache_dir = copy_of(warm_cache, tmp_path, "cache")
    target = docs / "fx05_nj_ag_release.txt"
    target.write_text(target.read_text(encoding="utf-8")
                      + "\nThe county clerk said the office would publish the new guidance online.\n",
                      encoding="utf-8")
    incremental = analysis.build(docs, cache_dir=cache_dir)
    assert extracted == ["fx05_nj_ag_release"]
    assert assembled == [N]         # corpus-level steps re-run over every document
    assert len(cleaned) == 1        # the other, unchanged files came from the prepared cache
    extracted.clear()
    fresh = analysis.build(docs)
    assert_same_tables(incremental, fresh)


def test_changed_rules_version_invalidates_the_cache(corpus_dir, warm_cache, tmp_path, extracted, monkeypatch):
    cache_dir = copy_of(warm_cache, tmp_path, "cache")
    analysis.build(corpus_dir, cache_dir=cache_dir)
    assert extracted == []
    monkeypatch.setattr(cache_mod, "rules_version", lambda: "rules-of-another-release")
    analysis.build(corpus_dir, cache_dir=cache_dir)
    assert len(extracted) == N


def test_rules_version_follows_package_files(tmp_path, monkeypatch):
    pkg = tmp_path / "pkg"
    (pkg / "extract").mkdir(parents=True)
    rule = pkg / "extract" / "rules.json"
    rule.write_text('{"verbs": ["end"]}', encoding="utf-8")
    (pkg / "notes.bin").write_bytes(b"ignored")
    monkeypatch.setattr(cache_mod, "PACKAGE_DIR", pkg)
    compute = cache_mod.rules_version.__wrapped__
    before = compute()
    assert compute() == before
    (pkg / "notes.bin").write_bytes(b"still ignored")
    assert compute() == before
    rule.write_text('{"verbs": ["end", "terminate"]}', encoding="utf-8")
    assert compute() != before


def test_document_key_depends_on_text_date_and_id():
    import datetime as dt

    base = cache_mod.document_key("a", "Some text.", dt.date(2026, 3, 4))
    assert cache_mod.document_key("a", "Some text.", dt.date(2026, 3, 4)) == base
    assert cache_mod.document_key("a", "Some text!", dt.date(2026, 3, 4)) != base
    assert cache_mod.document_key("a", "Some text.", dt.date(2026, 3, 5)) != base
    assert cache_mod.document_key("a", "Some text.", None) != base
    assert cache_mod.document_key("b", "Some text.", dt.date(2026, 3, 4)) != base


def test_unreadable_cache_entry_is_recomputed(corpus_dir, warm_cache, tmp_path, extracted):
    cache_dir = copy_of(warm_cache, tmp_path, "cache")
    entries = sorted((cache_dir / "extract").rglob("*.pkl"))
    assert len(entries) == N
    entries[0].write_bytes(b"not a pickle")
    # the tables of the last build are kept too: without them the corrupt entry is read
    shutil.rmtree(cache_dir / "corpus")
    analysis.build(corpus_dir, cache_dir=cache_dir)
    assert len(extracted) == 1


def test_new_document_joins_cached_people_and_excerpts(corpus_dir, warm_cache, serial, tmp_path, extracted):
    """Corpus-level steps re-run over cached rows: a new article naming a cached
    person by surname only is merged into that actor; an excerpt of a cached
    article is found as its duplicate."""
    docs = copy_of(corpus_dir, tmp_path, "docs")
    cache_dir = copy_of(warm_cache, tmp_path, "cache")
    (docs / "zz_followup.txt").write_text(
        "date: 2026-04-02\n"
        "Sheriff keeps jail policy after county vote\n\n"
        "Whitcomb told county supervisors on Wednesday that her deputies would keep "
        "screening inmates without federal help.\n\n"
        "“Nothing about our jail changes this week,” Whitcomb said.\n",
        encoding="utf-8")
    source = (corpus_dir / "fx03_nyc_operation.txt").read_text(encoding="utf-8")
    paragraphs = [p for p in source.split("\n\n") if p.strip()]
    body = "\n\n".join(p for p in paragraphs[1:5] if not p.lower().startswith("date"))
    (docs / "zz_excerpt.txt").write_text(body + "\n", encoding="utf-8")

    incremental = analysis.build(docs, cache_dir=cache_dir)
    assert sorted(extracted) == ["zz_excerpt", "zz_followup"]

    # the surname-only mentions of the new article join the person named in full before
    before = serial.actors.set_index("actor_id")
    after = incremental.actors.set_index("actor_id")
    full = [n for n in before["name"] if n.split()[-1] == "Whitcomb" and " " in n]
    assert len(full) == 1
    row_before = before[before["name"] == full[0]].iloc[0]
    row_after = after[after["name"] == full[0]].iloc[0]
    assert "zz_followup" in row_after["doc_ids"].split(";")
    assert "zz_followup" not in row_before["doc_ids"].split(";")
    assert row_after["mentions"] > row_before["mentions"]
    assert "Whitcomb" not in set(after["name"])

    # the excerpt is recognised as one, against a document that came from the cache
    docs_table = incremental.documents.set_index("doc_id")
    assert docs_table.loc["zz_excerpt", "duplicate_of"] == "fx03_nyc_operation"
    assert docs_table.loc["zz_excerpt", "date"] == docs_table.loc["fx03_nyc_operation", "date"]

    extracted.clear()
    fresh = analysis.build(docs)
    assert_same_tables(incremental, fresh)


def test_cache_hit_reuses_the_corpus_tables(corpus_dir, serial, tmp_path, extracted, assembled, cleaned):
    cache_dir = tmp_path / "cache"
    analysis.build(corpus_dir, cache_dir=cache_dir)
    assert assembled == [N] and len(cleaned) == N
    extracted.clear(), assembled.clear(), cleaned.clear()
    messages: list[str] = []
    again = analysis.build(corpus_dir, cache_dir=cache_dir, progress=messages.append)
    assert (extracted, assembled, cleaned) == ([], [], [])
    assert any("corpus tables reused" in m for m in messages), messages
    assert_same_tables(again, serial)
    # the returned tables are the caller's own: changing them does not change the next build
    again.actors.drop(again.actors.index, inplace=True)
    assert_same_tables(analysis.build(corpus_dir, cache_dir=cache_dir), serial)


def test_changed_metadata_reruns_assembly_only(corpus_dir, warm_cache, tmp_path, extracted, assembled, cleaned):
    docs = copy_of(corpus_dir, tmp_path, "docs")
    cache_dir = copy_of(warm_cache, tmp_path, "cache")
    (docs / "metadata.csv").write_text("doc_id,title\nfx05_nj_ag_release,A title from the metadata file\n",
                                       encoding="utf-8")
    incremental = analysis.build(docs, cache_dir=cache_dir)
    assert extracted == [] and cleaned == []   # text and dates unchanged: per-document caches hold
    assert assembled == [N]
    titles = incremental.documents.set_index("doc_id")["title"]
    assert titles["fx05_nj_ag_release"] == "A title from the metadata file"
    assert_same_tables(incremental, analysis.build(docs))
    # and the next build with the same metadata reuses the corpus tables
    assembled.clear()
    assert_same_tables(analysis.build(docs, cache_dir=cache_dir), incremental)
    assert assembled == []


def test_corrupt_corpus_entry_is_rebuilt_from_document_entries(corpus_dir, warm_cache, serial, tmp_path,
                                                                extracted, assembled):
    cache_dir = copy_of(warm_cache, tmp_path, "cache")
    entries = list((cache_dir / "corpus").glob("*.pkl"))
    assert len(entries) == 1
    entries[0].write_bytes(entries[0].read_bytes()[:100])
    rebuilt = analysis.build(corpus_dir, cache_dir=cache_dir)
    assert extracted == [] and assembled == [N]
    assert_same_tables(rebuilt, serial)
    assert len(list((cache_dir / "corpus").glob("*.pkl"))) == 1


def test_corpus_cache_hit_keeps_the_warnings(tmp_path, caplog):
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(ARTICLES / "fx02_illinois_mask_ban.txt", docs / "a.txt")
    (docs / "empty.txt").write_text("  \n", encoding="utf-8")
    first = analysis.build(docs, extract=False, cache_dir=tmp_path / "cache")
    assert len(first.warnings) == 1 and "empty.txt" in first.warnings[0]
    caplog.clear()
    with caplog.at_level("WARNING", logger="analysis"):
        second = analysis.build(docs, extract=False, cache_dir=tmp_path / "cache")
    assert second.warnings == first.warnings
    assert [r.getMessage() for r in caplog.records] == first.warnings
    assert_same_tables(second, first)
    # a renamed file is a different input: the corpus tables are rebuilt with the new path
    (docs / "a.txt").rename(docs / "b.txt")
    third = analysis.build(docs, extract=False, cache_dir=tmp_path / "cache")
    assert list(third.documents["doc_id"]) == ["b"]


def test_cache_never_touches_inputs(corpus_dir, tmp_path):
    docs = copy_of(corpus_dir, tmp_path, "docs")
    before = {p.name: p.read_bytes() for p in docs.iterdir()}
    analysis.build(docs, cache_dir=tmp_path / "cache")
    assert {p.name: p.read_bytes() for p in docs.iterdir()} == before


# --------------------------------------------------------------------------- engines


def test_two_jobs_give_the_serial_tables(corpus_dir, serial):
    parallel = analysis.build(corpus_dir, jobs=2)
    assert_same_tables(parallel, serial)


def test_chunks_cover_every_document_once():
    from analysis.engines import _chunks
    from analysis.extract.base import ParsedDocument, Sentence

    pdocs = [ParsedDocument(doc_id=f"d{i}", text="x",
                            sentences=[Sentence(f"d{i}:{k}", f"d{i}", 0, False, 0, 1, "x") for k in range(i % 5)])
             for i in range(23)]
    groups = _chunks(pdocs, 4)
    assert len(groups) == 4
    flat = sorted(i for g in groups for i in g)
    assert flat == list(range(23))
    assert _chunks(pdocs, 4) == groups  # deterministic


def test_dask_engine_on_a_scheduler_address_gives_the_serial_tables(corpus_dir, serial):
    from dask.distributed import LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                      dashboard_address=None) as cluster:
        messages: list[str] = []
        on_dask = analysis.build(corpus_dir, engine="dask", scheduler=cluster.scheduler_address,
                                 progress=messages.append)
    assert any(m.startswith("dask:") for m in messages), messages
    assert_same_tables(on_dask, serial)


def test_dask_engine_default_local_cluster(corpus_dir, tmp_path):
    docs = tmp_path / "two"
    docs.mkdir()
    for name in ("fx02_illinois_mask_ban.txt", "fx07_texas_287g_mandate.txt"):
        shutil.copy(corpus_dir / name, docs / name)
    on_dask = analysis.build(docs, engine="dask", jobs=1)
    assert_same_tables(on_dask, analysis.build(docs))


def test_unknown_engine_is_a_clear_error(corpus_dir):
    with pytest.raises(ValueError, match="unknown engine"):
        analysis.build(corpus_dir, engine="spark")


def test_cli_build_uses_the_cache(corpus_dir, tmp_path, capsys):
    from analysis.cli import main

    out = tmp_path / "out"
    assert main(["build", str(corpus_dir), "--out", str(out), "--jobs", "1"]) == 0
    assert any((out / ".cache").rglob("*.pkl"))
    capsys.readouterr()
    assert main(["build", str(corpus_dir), "--out", str(out)]) == 0
    err = capsys.readouterr().err
    assert f"{N} document(s) unchanged, 0 to extract" in err
    assert main(["build", str(corpus_dir), "--out", str(out), "--no-cache"]) == 0
    assert "unchanged" not in capsys.readouterr().err
