"""``analysis.build``: read -> clean -> segment -> document facts -> extract -> tables.

Each stage only reads the output of the one before. Bad files become warnings
(kept in ``corpus.warnings`` and logged); only an input with nothing readable
raises :class:`~analysis.corpus.NoArticlesError`.
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Callable, Iterable, Optional

from . import clean as clean_mod
from . import config, documents, segment
from .corpus import RawDocument, read_corpus
from .extract.base import ParsedDocument
from .tables import Corpus, frame

log = logging.getLogger("analysis")


@dataclass
class Prepared:
    """One document after reading, cleaning and segmenting, with its text-only facts."""
    raw: RawDocument
    cleaned: clean_mod.CleanResult
    parsed: ParsedDocument
    genre: str = ""
    genre_cues: str = ""
    word_count: int = 0
    hashes: Optional[list] = None     # sentence hashes (headings left out) for duplicate detection


def prepare(raw: RawDocument, cache=None) -> Prepared:
    """Clean, segment and measure one document; ``cache`` (a :class:`~analysis.cache.PreparedCache`)
    holds the result under the hash of the file's bytes, so an unchanged file is not redone."""
    date = raw.meta.get("date")
    key = None
    if cache is not None:
        from .cache import prepared_key

        key = prepared_key(raw.doc_id, raw.sha256)
        hit = cache.get(key)
        if isinstance(hit, tuple) and len(hit) == 6:
            cleaned, sents, genre, cues, words, hashes = hit
            parsed = ParsedDocument(doc_id=raw.doc_id, text=cleaned.text, date=date, sentences=sents)
            return Prepared(raw, cleaned, parsed, genre, cues, words, hashes)
    cleaned = clean_mod.clean(raw.text, raw.body_start)
    sents = segment.sentences(raw.doc_id, cleaned.text)
    genre, cues = documents.classify_genre(cleaned.text)
    words = documents.word_count(cleaned.text)
    hashes = documents.sentence_hashes(s for s in sents if not s.is_heading)
    if key is not None:
        cache.put(key, (cleaned, sents, genre, cues, words, hashes))
    parsed = ParsedDocument(doc_id=raw.doc_id, text=cleaned.text, date=date, sentences=sents)
    return Prepared(raw, cleaned, parsed, genre, cues, words, hashes)


def document_rows(prepared: list[Prepared]) -> list[dict]:
    """The documents table, with duplicates found and dates inherited."""
    dup = documents.find_duplicates({p.raw.doc_id: p.hashes for p in prepared})
    by_id = {p.raw.doc_id: p for p in prepared}
    rows = []
    for p in prepared:
        raw, meta = p.raw, p.raw.meta
        title, title_source = documents.title_of(p.parsed.sentences, meta.get("title"))
        genre, cues = p.genre, p.genre_cues
        if meta.get("genre"):
            genre, cues = meta["genre"], "metadata"
        outlets = list(p.cleaned.outlets)
        if meta.get("outlet"):
            outlets = [meta["outlet"]] + [o for o in outlets if o != meta["outlet"]]
        date, date_source = meta.get("date"), raw.meta_source.get("date", "none")
        rows.append(dict(
            doc_id=raw.doc_id, path=raw.path, sha256=raw.sha256, title=title,
            title_source=title_source, date=date.isoformat() if date else None,
            date_source=date_source if date else "none", genre=genre, genre_cues=cues,
            word_count=p.word_count, duplicate_of=dup.get(raw.doc_id),
            outlets="; ".join(outlets) if outlets else None, encoding=raw.encoding,
            url=meta.get("url"), warnings=" | ".join(raw.warnings) if raw.warnings else None,
            text=p.cleaned.text,
        ))
    # date inheritance between a document and its excerpt (either way round)
    row_by_id = {r["doc_id"]: r for r in rows}
    for child, source in sorted(dup.items()):
        a, b = row_by_id[child], row_by_id[source]
        for dated, undated in ((a, b), (b, a)):
            if dated["date"] and not undated["date"]:
                undated["date"] = dated["date"]
                undated["date_source"] = f"inherited:{dated['doc_id']}"
                by_id[undated["doc_id"]].parsed.date = by_id[dated["doc_id"]].parsed.date
    return rows


def build(source=None, *, paths: Optional[Iterable] = None, extract: bool = True,
          max_bytes: int = config.MAX_FILE_BYTES, jobs: int = 1, engine: str = "local",
          scheduler: Optional[str] = None, cache_dir=None,
          progress: Optional[Callable[[str], None]] = None, n_process: Optional[int] = None) -> Corpus:
    """Build every table from a folder of articles (default ``seeds/``) or a list of paths.

    ``jobs``: worker processes for extraction (identical tables to ``jobs=1``).
    ``engine``: ``"local"`` or ``"dask"`` (``scheduler`` = address of a running
    cluster, else a LocalCluster). ``cache_dir``: a folder for the per-document
    cache (unchanged documents are not re-processed); None disables it.
    """
    t0 = time.perf_counter()
    jobs = n_process or jobs
    say = progress or (lambda msg: log.info(msg))
    from . import engines

    if engine not in engines.ENGINES:
        raise ValueError(f"unknown engine {engine!r}; choose from {', '.join(engines.ENGINES)}")
    prep_cache = corpus_cache = ckey = None
    if cache_dir:
        from .cache import CorpusCache, PreparedCache, corpus_key
        from .corpus import find_articles

        prep_cache, corpus_cache = PreparedCache(cache_dir), CorpusCache(cache_dir)
        try:
            files, meta_path = find_articles(paths if paths is not None else (source or config.SEEDS_DIR))
            ckey = corpus_key(files, meta_path, f"extract={bool(extract)}", max_bytes) if files else None
        except Exception:  # the uncached build below reports the problem
            ckey = None
        hit = corpus_cache.get(ckey) if ckey else None
        if isinstance(hit, Corpus):
            # every input is as in the last build: its tables are this build's tables
            for w in hit.warnings:
                log.warning(w)
            n = len(hit.documents)
            say(f"read {n} document(s)" + (f", {len(hit.warnings)} warning(s)" if hit.warnings else ""))
            say(f"cache: {n:,} document(s) unchanged, 0 to extract; "
                "corpus tables reused from the last build (inputs and rules unchanged)")
            say(f"built in {time.perf_counter() - t0:.1f} s")
            return hit
    warnings: list[str] = []
    raws = read_corpus(source, paths=paths, max_bytes=max_bytes, warnings=warnings)
    say(f"read {len(raws)} document(s)" + (f", {len(warnings)} warning(s)" if warnings else ""))
    prepared = [prepare(r, prep_cache) for r in raws]
    doc_rows = document_rows(prepared)
    sentence_rows, fix_rows = [], []
    for p in prepared:
        for s in p.parsed.sentences:
            sentence_rows.append(dict(sentence_id=s.sentence_id, doc_id=s.doc_id, paragraph=s.paragraph,
                                      is_heading=s.is_heading, start=s.start, end=s.end, text=s.text))
        for f in p.cleaned.fixes:
            fix_rows.append(dict(doc_id=p.raw.doc_id, kind=f.kind, start=f.start, end=f.end,
                                 before=f.before, after=f.after, clean_start=f.clean_start,
                                 clean_end=f.clean_end))
    corpus = Corpus(documents=frame("documents", doc_rows), sentences=frame("sentences", sentence_rows),
                    fixes=frame("fixes", fix_rows), warnings=warnings)
    say(f"cleaned and segmented: {len(sentence_rows):,} sentences, {len(fix_rows):,} fixes")
    if extract and prepared:
        from .extract import run as run_mod

        per_doc = extract_all([p.parsed for p in prepared], jobs=jobs, engine=engine,
                              scheduler=scheduler, cache_dir=cache_dir, progress=say)
        for name, df in run_mod.assemble(per_doc, corpus.documents, progress=say).items():
            setattr(corpus, name, df)
    if corpus_cache is not None and ckey:
        corpus_cache.put(ckey, corpus)
    say(f"built in {time.perf_counter() - t0:.1f} s")
    return corpus


def extract_all(pdocs: list[ParsedDocument], jobs: int = 1, engine: str = "local",
                scheduler: Optional[str] = None, cache_dir=None,
                progress: Optional[Callable[[str], None]] = None) -> list[dict]:
    """Per-document extraction results (cached ones reused), in document order."""
    from . import engines
    from .cache import ExtractionCache, document_key

    if engine not in engines.ENGINES:
        raise ValueError(f"unknown engine {engine!r}; choose from {', '.join(engines.ENGINES)}")
    cache = ExtractionCache(cache_dir) if cache_dir else None
    keys = [document_key(p.doc_id, p.text, p.date) for p in pdocs] if cache else [None] * len(pdocs)
    results: list = [cache.get(k) if cache else None for k in keys]
    todo = [i for i, r in enumerate(results) if r is None]
    if cache:
        say = progress or (lambda m: None)
        say(f"cache: {len(pdocs) - len(todo):,} document(s) unchanged, {len(todo):,} to extract")
    if todo:
        batch = [pdocs[i] for i in todo]
        if engine == "dask":
            fresh = engines.run_dask(batch, scheduler=scheduler, jobs=max(jobs, 1), progress=progress)
        else:
            fresh = engines.run_local(batch, jobs=jobs, progress=progress)
        for i, res in zip(todo, fresh):
            results[i] = res
            if cache:
                cache.put(keys[i], res)
    return results
