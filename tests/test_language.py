"""analysis.language on texts written for these tests (tests/fixtures/language/), with known answers."""
from __future__ import annotations

import importlib.util
import json
import math
import os
from pathlib import Path

import pandas as pd
import pytest

from analysis import language as lang
from analysis import segment
from analysis.language import lexicon as lexmod
from analysis.language import stopwords as stopmod
from analysis.language import quoting as voicemod
from analysis.language import tokenization as tokmod
from analysis.tables import Corpus, frame

FIX = Path(__file__).parent / "fixtures" / "language"


def _load_fixture_module():
    spec = importlib.util.spec_from_file_location("language_corpus_fixture", FIX / "corpus_fixture.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(autouse=True, scope="module")
def _token_cache(tmp_path_factory):
    """Keep the on-disk token cache of these tests out of the project's data/."""
    mp = pytest.MonkeyPatch()
    mp.setenv(tokmod.CACHE_ENV, str(tmp_path_factory.mktemp("token-cache")))
    yield
    mp.undo()


@pytest.fixture(scope="module")
def corpus():
    return _load_fixture_module().build()


@pytest.fixture(scope="module")
def tok(corpus):
    return lang.tokens(corpus)


def corpus_of(texts: dict, **tables) -> Corpus:
    """A Corpus with documents and sentences for {doc_id: text} (sentences by analysis.segment)."""
    docs, sents = [], []
    for doc_id, text in texts.items():
        docs.append(dict(doc_id=doc_id, title=text.splitlines()[0], text=text, date=tables.pop(f"date_{doc_id}", None)))
        for s in segment.sentences(doc_id, text):
            sents.append(dict(sentence_id=s.sentence_id, doc_id=doc_id, paragraph=s.paragraph,
                              is_heading=s.is_heading, start=s.start, end=s.end, text=s.text))
    return Corpus(documents=frame("documents", docs), sentences=frame("sentences", sents),
                  **{k: frame(k, v) for k, v in tables.items()})


# ----------------------------------------------------------------------------- tokens
def test_token_offsets_index_the_document_text(corpus, tok):
    texts = dict(zip(corpus.documents.doc_id, corpus.documents.text))
    assert len(tok) > 300
    for rec in tok.itertuples(index=False):
        assert texts[rec.doc_id][rec.start:rec.end] == rec.text
    assert set(lang.tokens(corpus).columns) >= {"doc_id", "sentence_id", "i", "lemma", "term", "pos", "is_word"}


def test_lemmas_and_terms(tok):
    row = tok[tok.text == "detainer"].iloc[0]
    assert row.term == "detainer"
    assert set(tok[tok.text == "children"].term) == {"child"}
    assert set(tok[tok.text == "honored"].term) == {"honor"}
    assert tok[tok.text == "sheriff’s"].empty and "’s" in set(tok.text)   # the clitic is its own token
    assert "'s" in set(tok.lower) and "’s" not in set(tok.lower)         # curly apostrophes straightened


def test_tokens_memoised_and_returned_as_copies(corpus):
    a = lang.tokens(corpus)
    a.loc[:, "term"] = "changed"
    b = lang.tokens(corpus)
    assert "changed" not in set(b.term)


def test_token_table_is_cached_on_disk_and_reused_without_spacy(tmp_path, monkeypatch):
    text = "Deputies honored seven detainers.\nThe county ended the agreement.\n"
    c = corpus_of({"dc": text})
    monkeypatch.setenv(tokmod.CACHE_ENV, str(tmp_path / "cache"))
    calls = []
    real = tokmod._parse
    monkeypatch.setattr(tokmod, "_parse", lambda *a, **k: calls.append(1) or real(*a, **k))
    tokmod._MEMO.clear()
    first = lang.tokens(c)
    assert calls == [1] and len(list((tmp_path / "cache").glob("*.pkl"))) == 1
    # a changed sentence is another key: parsed again, never served stale
    tokmod._MEMO.clear()
    changed = lang.tokens(corpus_of({"dc": text.replace("seven", "nine")}))
    assert calls == [1, 1] and "nine" in set(changed.text) and "seven" not in set(changed.text)
    tokmod._MEMO.clear()  # as in a new process: only the disk copy is left
    import analysis.nlp

    monkeypatch.setattr(analysis.nlp, "get_nlp", lambda: pytest.fail("spaCy loaded despite the disk cache"))
    again = lang.tokens(c)
    assert calls == [1, 1] and again.equals(first)


def test_token_disk_cache_ignores_damaged_files_and_can_be_off(tmp_path, monkeypatch):
    c = corpus_of({"dd": "The sheriffs signed it.\n"})
    monkeypatch.setenv(tokmod.CACHE_ENV, str(tmp_path))
    tokmod._MEMO.clear()
    good = lang.tokens(c)
    (path,) = tmp_path.glob("*.pkl")
    path.write_bytes(b"not a pickle")
    tokmod._MEMO.clear()
    assert lang.tokens(c).equals(good)                     # parsed again, file rewritten
    assert lang.tokens(c)["term"].tolist() == good["term"].tolist()
    monkeypatch.setenv(tokmod.CACHE_ENV, "")
    assert tokmod.cache_dir() is None
    tokmod._MEMO.clear()
    other = corpus_of({"de": "Commissioners voted twice.\n"})
    lang.tokens(other)
    assert len(list(tmp_path.glob("*.pkl"))) == 1          # nothing written with the cache off


def test_tokens_from_parsed_matches_tokens():
    from analysis.extract.base import parse_text

    text = "Commissioners voted to end the detainer agreement.\nThe sheriff said the jail would comply."
    pdoc = parse_text(text, doc_id="p1")
    a = lang.tokens_from_parsed([pdoc])
    sents = pd.DataFrame([dict(sentence_id=s.sentence_id, doc_id="p1", paragraph=s.paragraph,
                               is_heading=s.is_heading, start=s.start, end=s.end, text=s.text)
                          for s in pdoc.sentences])
    b = lang.tokens(sents)
    assert a[["sentence_id", "start", "end", "text"]].equals(b[["sentence_id", "start", "end", "text"]])
    assert (a.term.values == b.term.values).mean() > 0.9


def test_empty_inputs_give_empty_tables():
    empty = Corpus()
    assert lang.tokens(empty).empty and "term" in lang.tokens(empty).columns
    for f in (lang.term_frequencies, lang.collocations, lang.framing, lang.tone, lang.readability,
              lang.markers, lang.quotation_share, lang.voices, lang.quote_voices, lang.shared_phrases,
              lang.frame_shares, lang.marker_summary, lang.tone_summary, lang.tfidf, lang.distinctive_terms):
        out = f(empty)
        assert isinstance(out, pd.DataFrame) and out.empty, f.__name__
    assert lang.kwic(empty, "x").empty
    assert lang.keyness(empty, "a").empty
    assert lang.trace_claim(empty, "x").empty


# ------------------------------------------------------------------------- stopwords
def test_default_stopwords_and_their_limits():
    stops = lang.load_stopwords()
    assert {"the", "of", "be", "'s", "according"} <= stops
    assert not {"say", "said", "not", "sheriff"} & stops
    assert stopmod.is_stop("us", "we", "us", stops)
    assert not stopmod.is_stop("us", "us", "US", stops)  # acronyms are never stopwords
    assert stopmod.is_stop("were", "be", "were", stops)  # by lemma


def test_edited_stopword_file_applies_everywhere(tmp_path, monkeypatch):
    c = corpus_of({"d": "Sheriffs said the detainer policy said nothing new.\n"})
    f = tmp_path / "stop.txt"
    f.write_text("# mine\nthe\n", encoding="utf-8")
    monkeypatch.setenv(stopmod.ENV_VAR, str(f))
    terms = set(lang.term_frequencies(c).term)
    assert "say" in terms and "nothing" in terms and "the" not in terms
    f.write_text("the\nsay\nnothing\n", encoding="utf-8")
    st = f.stat()
    os.utime(f, (st.st_atime, st.st_mtime + 5))
    terms = set(lang.term_frequencies(c).term)
    assert "say" not in terms and "nothing" not in terms and "detainer" in terms
    assert "say" not in set(lang.collocations(c, min_count=1).w1)


# ----------------------------------------------------------------- frequencies, keyness
def test_term_frequencies_known_counts():
    c = corpus_of({"a": "The sheriff signed the detainer. Sheriffs sign detainers.\n",
                   "b": "A detainer arrived.\n"})
    tf = lang.term_frequencies(c)
    counts = dict(zip(tf.term, tf["count"]))
    assert counts["sheriff"] == 2 and counts["sign"] == 2 and counts["detainer"] == 3
    assert "the" not in counts and "a" not in counts
    assert tf.iloc[0].term == "detainer" and tf.iloc[0].documents == 2
    per_doc = lang.term_frequencies(c, by="doc_id")
    row = per_doc[(per_doc.doc_id == "a") & (per_doc.term == "detainer")].iloc[0]
    assert row["count"] == 2 and row.per_1000 == pytest.approx(1000 * 2 / 6)
    with_stops = lang.term_frequencies(c, include_stopwords=True)
    assert dict(zip(with_stops.term, with_stops["count"]))["the"] == 2
    assert set(lang.term_frequencies(c, field="lower").term) >= {"sheriffs", "detainers"}


def test_log_likelihood_known_values():
    # a=10 of 100 vs b=0 of 100: E1 = 5, G2 = 2 * 10 * ln 2
    assert lang.log_likelihood(10, 0, 100, 100) == pytest.approx(20 * math.log(2))
    # equal relative frequencies: no keyness
    assert lang.log_likelihood(5, 10, 100, 200) == pytest.approx(0.0)
    # a=30 of 1000 vs b=10 of 1000: E = 20 each
    assert lang.log_likelihood(30, 10, 1000, 1000) == pytest.approx(2 * (30 * math.log(1.5) + 10 * math.log(0.5)))


def test_keyness_target_against_rest(corpus, tok):
    k = lang.keyness(corpus, "lf02_families_wait", tokens=tok)
    top = k.iloc[0]
    assert top.term == "family" and top.direction == "over"
    assert top.target_count == 4 and top.reference_count == 0
    assert top.p_value < 0.05
    assert list(k.log_likelihood) == sorted(k.log_likelihood, reverse=True)
    by_genre = lang.keyness(corpus, "feature", by="genre", tokens=tok)
    assert by_genre.iloc[0].term == "family"


def test_distinctive_terms_both_methods(corpus, tok):
    ll = lang.distinctive_terms(corpus, tokens=tok, top=3)
    fam = ll[ll.doc_id == "lf02_families_wait"]
    assert list(fam["rank"]) == [1, 2, 3] and fam.iloc[0].term == "family"
    assert "child" in set(fam.term)
    tf = lang.distinctive_terms(corpus, method="tfidf", tokens=tok, top=2)
    assert tf[tf.doc_id == "lf02_families_wait"].iloc[0].term == "family"
    table = lang.tfidf(corpus, tokens=tok)
    fam = table[(table.doc_id == "lf02_families_wait") & (table.term == "family")].iloc[0]
    assert fam.df == 1 and fam.idf == pytest.approx(math.log(4 / 2) + 1)
    with pytest.raises(ValueError):
        lang.distinctive_terms(corpus, method="chi", tokens=tok)


def test_collocations_min_count_and_pmi():
    text = ("Officers wore body cameras at the jail.\nBody cameras were required.\n"
            "The board bought body cameras.\nPublic safety matters.\n")
    c = corpus_of({"d": text})
    col = lang.collocations(c, min_count=3)
    assert list(col.collocation) == ["body cameras"]
    r = col.iloc[0]
    # adjacent word pairs: 6 + 3 + 4 + 2 = 15; "body" first 3 times, "cameras" second 3 times
    assert (r["count"], r.w1_count, r.w2_count) == (3, 3, 3)
    assert r.pmi == pytest.approx(math.log2(3 * 15 / (3 * 3)), abs=1e-3)
    assert "public safety" in set(lang.collocations(c, min_count=1).collocation)
    assert "the jail" not in set(lang.collocations(c, min_count=1).collocation)  # stopword pair
    lemmas = lang.collocations(corpus_of({"d": "A sanctuary city.\nTwo sanctuary cities.\n"}), min_count=2, field="term")
    assert list(lemmas.collocation) == ["sanctuary city"]


# --------------------------------------------------------------------------- KWIC
def test_kwic_lines(corpus, tok):
    lines = lang.kwic(corpus, "agreement", window=3, tokens=tok)
    assert list(lines.columns[:6]) == ["doc_id", "title", "sentence_id", "left", "term", "right"]
    first = lines.iloc[0]
    assert (first.left, first.term, first.right) == ("sheriff ends jail", "agreement", "with ICE")
    assert first.title == "Washtenaw County sheriff ends jail agreement with ICE"
    assert len(lines) == 7
    texts = dict(zip(corpus.documents.doc_id, corpus.documents.text))
    assert all(texts[d][s:e].lower().startswith("agreement") for d, s, e in zip(lines.doc_id, lines.start, lines.end))
    assert len(lang.kwic(corpus, "child", tokens=tok)) == 3          # lemma: children
    assert len(lang.kwic(corpus, "famil*", tokens=tok)) == 6         # prefix
    phrase = lang.kwic(corpus, "public safety", window=2, tokens=tok)
    assert list(phrase.term) == ["public safety"] and phrase.iloc[0].left == "on local"
    assert lang.kwic(corpus, "   ", tokens=tok).empty


def test_kwic_explorer_updates_on_typing(corpus, tok):
    ex = lang.kwic_explorer(corpus, tokens=tok, window=4)
    ex.text.value = "sheriff"
    assert len(ex.table) == len(lang.kwic(corpus, "sheriff", tokens=tok)) > 0
    assert "<b>sheriff</b>" in ex.lines.value.lower() and "document" in ex.count.value
    ex.text.value = "<script>"
    assert ex.table.empty and "<script>" not in ex.count.value


# ----------------------------------------------------------------------- framing
def test_framing_triggers_on_written_sentences():
    c = corpus_of({"d": ("The judge ruled the law unconstitutional.\n"
                         "Law enforcement officers arrived.\n"
                         "The Department of Public Safety issued a statement.\n"
                         "The Tenth Amendment bars commandeering county jails.\n"
                         "Families fear the raids will separate children from parents.\n")})
    f = lang.framing(c)
    got = {(r.sentence_id, r.frame): r.triggers for r in f.itertuples()}
    assert got[("d:0", "legal")] == "judge, law, unconstitutional"
    assert got[("d:1", "public_safety")] == "Law enforcement"
    assert ("d:1", "legal") not in got                    # longest match wins
    assert not any(sid == "d:2" for sid, _ in got)        # agency name is a proper noun
    assert got[("d:3", "legal")] == "Tenth Amendment"
    assert got[("d:3", "federal_power")] == "Tenth Amendment, commandeering"
    assert got[("d:4", "humanitarian")] == "Families, fear, children, parents"
    assert set(f.label) >= {"Legal and constitutional", "Humanitarian and moral"}


def test_frame_shares_per_article(corpus, tok):
    shares = lang.frame_shares(corpus, tokens=tok)
    assert len(shares) == 3 * len(lang.frames())
    fam = shares[(shares.doc_id == "lf02_families_wait") & (shares.frame == "humanitarian")].iloc[0]
    assert fam.sentences == 7 and fam.share == pytest.approx(7 / 8, abs=1e-4)
    assert fam.top_triggers.split(", ")[:2] == ["children", "families"]   # 3 each, ties alphabetical
    legal = shares[shares.frame == "legal"].set_index("doc_id").sentences
    assert legal["lf03_federal_warning"] > legal["lf02_families_wait"]


def test_lexicon_is_editable(tmp_path, monkeypatch):
    c = corpus_of({"d": "The county closed the border crossing.\nNothing else happened.\n"})
    custom = {"frames": {"borders": {"label": "Borders", "terms": ["border crossing"]}}}
    f = lang.framing(c, lexicon=custom)
    assert list(f.frame) == ["borders"] and f.iloc[0].triggers == "border crossing"
    path = tmp_path / "lex.json"
    path.write_text(json.dumps(custom), encoding="utf-8")
    monkeypatch.setenv(lexmod.ENV_VAR, str(path))
    assert list(lang.framing(c).frame) == ["borders"]
    path.write_text("{not json", encoding="utf-8")
    st = path.stat()
    os.utime(path, (st.st_atime, st.st_mtime + 5))
    with pytest.raises(ValueError, match="lex.json"):
        lang.framing(c)


# -------------------------------------------------------------------------- tone
def test_tone_is_vader_compound_not_stance():
    c = corpus_of({"d": "The volunteers were wonderful and kind.\nThe raid was cruel and terrifying.\n"
                        "The board met on Tuesday.\n"})
    t = lang.tone(c)
    assert "stance" not in " ".join(t.columns)
    assert list(t.tone_label) == ["positive", "negative", "neutral"]
    assert t.tone.iloc[0] > 0.5 and t.tone.iloc[1] < -0.5 and t.tone.iloc[2] == 0.0
    s = lang.tone_summary(c)
    assert s.iloc[0].sentences == 3 and s.iloc[0].share_negative == pytest.approx(1 / 3, abs=1e-4)


# -------------------------------------------------------------------- readability
def test_readability_pinned_and_ordered():
    easy = "The cat sat. The dog ran. We had fun in the sun."
    from analysis.language.reading import scores

    # textstat 0.7.3 + pyphen 0.17.2 (en_US): 14 words, 1 sentence, 21 syllables by Pyphen, so
    # 206.835 - 1.015 * 14 - 84.6 * 21 / 14 = 65.73 (a dictionary count of 23 syllables would give 53.6)
    pinned = scores("The county jail will stop holding people for federal agents when the agreement expires.")
    assert pinned["flesch_reading_ease"] == pytest.approx(65.73, abs=0.01)
    hard = ("Constitutional jurisprudence concerning intergovernmental immunity necessitates "
            "extraordinarily comprehensive administrative deliberation.")
    c = corpus_of({"easy": "Easy Words For Kids\n" + easy + "\n", "hard": hard + "\n"})
    r = lang.readability(c).set_index("doc_id")
    assert r.loc["easy", "flesch_reading_ease"] > 90 > r.loc["hard", "flesch_reading_ease"]
    assert r.loc["easy", "words"] == 12 and r.loc["easy", "sentences"] == 3  # heading left out


# ------------------------------------------------------------------ quotes, voices
def test_quotation_share_counts_overlaps_once():
    text = "x" * 100
    c = Corpus(documents=frame("documents", [dict(doc_id="d", text=text), dict(doc_id="e", text="y" * 50)]),
               quotes=frame("quotes", [dict(quote_id="q1", doc_id="d", start=10, end=30, speaker="A"),
                                       dict(quote_id="q2", doc_id="d", start=20, end=40, speaker="A")]))
    q = lang.quotation_share(c).set_index("doc_id")
    assert q.loc["d", "quoted_characters"] == 30 and q.loc["d", "quoted_share"] == 0.3
    assert q.loc["d", "quotes"] == 2 and q.loc["d", "speakers"] == 1
    assert q.loc["e", "quoted_share"] == 0.0


def test_quotation_share_on_fixture(corpus):
    q = lang.quotation_share(corpus).set_index("doc_id")
    doc = corpus.documents.set_index("doc_id").loc["lf02_families_wait", "text"]
    quoted = sum(len(x) for x in corpus.quotes[corpus.quotes.doc_id == "lf02_families_wait"].quote)
    assert q.loc["lf02_families_wait", "quoted_share"] == pytest.approx(quoted / len(doc), abs=1e-4)


def test_voices_by_level(corpus):
    v = lang.voices(corpus)
    got = {(r.doc_id, r.voice): r.quotes for r in v.itertuples()}
    assert got[("lf01_county_ends_agreement", "federal")] == 1
    assert got[("lf01_county_ends_agreement", "local")] == 1
    assert got[("lf02_families_wait", "other")] == 2
    assert got[("lf03_federal_warning", "state")] == 1
    assert sum(got.values()) == len(corpus.quotes)
    assert set(v.voice) == {"federal", "state", "local", "other"}


def test_speaker_level_fallbacks():
    orgs = frame("organizations", [dict(org_id="o1", name="Immigration and Customs Enforcement", acronym="ICE",
                                        kind="federal_agency", level="federal")])
    actors = frame("actors", [dict(actor_id="p1", name="Lena Ortiz", level="city", doc_ids="d")])
    idx = voicemod._level_index(Corpus(actors=actors, organizations=orgs))
    assert voicemod.speaker_level("ICE", "d", idx) == ("federal", "name")
    assert voicemod.speaker_level("Ortiz", "d", idx) == ("city", "surname")
    assert voicemod.speaker_level("Ortiz", "other-doc", idx)[0] == "unknown"
    assert voicemod.speaker_level("a spokesperson for the mayor", "d", idx) == ("local", "title")
    assert voicemod.speaker_level("Gov. Ann Lee", "d", idx) == ("state", "title")
    assert voicemod.speaker_level("state Sen. Bo Park", "d", idx) == ("state", "title")
    assert voicemod.speaker_level("the council president", "d", idx) == ("local", "title")
    assert voicemod.speaker_level("", "d", idx) == ("unknown", "unattributed")


# ----------------------------------------------------------------------- markers
def test_attribution_and_hedging_markers(corpus, tok):
    m = lang.markers(corpus, tokens=tok)
    kinds = {(r.text.lower(), r.kind) for r in m.itertuples()}
    assert ("claimed", "loaded_attribution") in kinds
    assert ("allegedly", "hedge") in kinds and ("reportedly", "hedge") in kinds
    assert ("according to", "attribution") in kinds and ("familiar with", "anonymous_source") in kinds
    assert ("noted", "attribution") in kinds and ("may", "hedge") in kinds
    texts = dict(zip(corpus.documents.doc_id, corpus.documents.text))
    assert all(texts[d][s:e] == t for d, s, e, t in zip(m.doc_id, m.start, m.end, m.text))
    c = corpus_of({"d": "On May 5 the council met.\nThe council may vote.\n"})
    mm = lang.markers(c)
    assert list(mm.sentence_id) == ["d:1"] and list(mm.kind) == ["hedge"]   # the month is not a hedge
    s = lang.marker_summary(corpus, tokens=tok)
    row = s[(s.doc_id == "lf01_county_ends_agreement") & (s.kind == "hedge")].iloc[0]
    assert row["count"] == 2 and "allegedly" in row.examples


# ------------------------------------------------------------------- trace a claim
def test_trace_claim_in_date_order(corpus, tok):
    t = lang.trace_claim(corpus, "jail agreement", tokens=tok)
    assert list(t.doc_id.drop_duplicates()) == ["lf01_county_ends_agreement", "lf02_families_wait",
                                                "lf03_federal_warning"]
    assert set(t[t.first_report].doc_id) == {"lf01_county_ends_agreement"}
    quoted = lang.trace_claim(corpus, "holding cell", tokens=tok).iloc[0]
    assert bool(quoted.in_quote) and quoted.speakers == "Dolores Whitcomb"
    hedged = lang.trace_claim(corpus, "constitutional", tokens=tok).iloc[0]
    assert hedged.hedges == "reportedly" and "told" in hedged.attribution
    sp = lang.shared_phrases(corpus, tokens=tok)
    assert sp.iloc[0].phrase == "jail agreement" and sp.iloc[0].documents == 3


def test_outputs_are_deterministic(corpus, tok):
    assert lang.framing(corpus, tokens=tok).equals(lang.framing(corpus, tokens=tok))
    assert lang.collocations(corpus, tokens=tok, min_count=2).equals(lang.collocations(corpus, tokens=tok, min_count=2))


def test_framing_precision_recall_on_gold_sentences():
    """Sentences written and labelled for the tests (framing_gold.tsv): micro P and R >= 0.8."""
    rows = [line.split("\t") for line in (FIX / "framing_gold.tsv").read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    sents = pd.DataFrame([dict(sentence_id=f"g{i}:0", doc_id=f"g{i}", paragraph=0, is_heading=False, start=0,
                               end=len(t), text=t) for i, (t, _) in enumerate(rows)])
    f = lang.framing(sents)
    pred = {sid: set(g.frame) for sid, g in f.groupby("sentence_id")}
    tp = fp = fn = 0
    for i, (_, gold) in enumerate(rows):
        g = set() if gold.strip() == "-" else set(gold.strip().split(","))
        p = pred.get(f"g{i}:0", set())
        tp, fp, fn = tp + len(g & p), fp + len(p - g), fn + len(g - p)
    assert len(rows) >= 25
    assert tp / (tp + fp) >= 0.8 and tp / (tp + fn) >= 0.8, (tp, fp, fn)
