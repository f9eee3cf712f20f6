"""Saving and loading: Parquet + CSV + DuckDB, byte-identical on rebuild."""
import hashlib

import duckdb

import analysis
from analysis.tables import SCHEMAS


def digest(folder, suffixes=(".parquet", ".csv")):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.iterdir()) if p.suffix in suffixes}


def test_save_load_roundtrip_and_determinism(foundation_dir, tmp_path):
    corpus = analysis.build(foundation_dir, extract=False)
    a, b = tmp_path / "a", tmp_path / "b"
    corpus.save(a)
    analysis.build(foundation_dir, extract=False).save(b)
    assert digest(a) == digest(b)
    for table in SCHEMAS:
        assert (a / f"{table}.parquet").exists() and (a / f"{table}.csv").exists()
    loaded = analysis.Corpus.load(a)
    assert loaded.documents.doc_id.tolist() == corpus.documents.doc_id.tolist()
    assert loaded.sentences.text.tolist() == corpus.sentences.text.tolist()
    assert loaded.fixes["after"].tolist() == corpus.fixes["after"].tolist()
    con = duckdb.connect(str(a / "corpus.duckdb"), read_only=True)
    n = con.execute("select count(*) from sentences").fetchone()[0]
    assert n == len(corpus.sentences)


def test_contract_columns_present_even_when_empty(foundation_dir, tmp_path):
    corpus = analysis.build(foundation_dir, extract=False)
    for table, cols in SCHEMAS.items():
        assert list(getattr(corpus, table).columns[: len(cols)]) == cols


def test_offsets_index_the_cleaned_text(foundation_dir):
    corpus = analysis.build(foundation_dir, extract=False)
    for s in corpus.sentences.itertuples():
        assert corpus.text_of(s.doc_id)[s.start:s.end] == s.text


def _stamps(folder):
    return {p.name: (p.stat().st_ino, p.stat().st_mtime_ns) for p in sorted(folder.iterdir()) if p.is_file()}


def test_saving_the_same_tables_again_writes_nothing(foundation_dir, tmp_path):
    corpus = analysis.build(foundation_dir, extract=False)
    corpus.save(tmp_path)
    before = _stamps(tmp_path)
    assert (tmp_path / ".tables.sha256").is_file() and "corpus.duckdb" in before
    analysis.build(foundation_dir, extract=False).save(tmp_path)
    assert _stamps(tmp_path) == before


def test_changed_tables_or_a_missing_file_are_written_again(foundation_dir, tmp_path):
    corpus = analysis.build(foundation_dir, extract=False)
    corpus.save(tmp_path)
    digest_before = (tmp_path / ".tables.sha256").read_text()
    # one sentence fewer: every format follows, and the digest changes
    corpus.sentences = corpus.sentences.iloc[1:].reset_index(drop=True)
    corpus.save(tmp_path)
    assert (tmp_path / ".tables.sha256").read_text() != digest_before
    assert len(analysis.Corpus.load(tmp_path).sentences) == len(corpus.sentences)
    con = duckdb.connect(str(tmp_path / "corpus.duckdb"), read_only=True)
    assert con.execute("select count(*) from sentences").fetchone()[0] == len(corpus.sentences)
    con.close()
    # a deleted table is written again even though the digest still matches
    (tmp_path / "sentences.csv").unlink()
    corpus.save(tmp_path)
    assert (tmp_path / "sentences.csv").is_file()
    # a damaged digest file never causes a skip
    (tmp_path / ".tables.sha256").write_bytes(b"\xff\xfe")
    before = (tmp_path / "documents.parquet").stat().st_ino
    corpus.save(tmp_path)
    assert (tmp_path / "documents.parquet").stat().st_ino != before


def test_saved_tables_are_readable_by_others_under_the_usual_umask(foundation_dir, tmp_path):
    analysis.build(foundation_dir, extract=False).save(tmp_path)
    from analysis import store
    for p in tmp_path.iterdir():
        if p.is_file():
            assert p.stat().st_mode & 0o777 == 0o666 & ~store._UMASK, p.name
