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
