"""The gold fixtures are well-formed and agree with their articles; the quality
scorer (benchmarks/quality.py) scores hand-made tables as expected."""
from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pandas as pd
import pytest

from analysis import gazetteer, vocabulary
from benchmarks import quality

FIXTURES = Path(__file__).parent / "fixtures"
ARTICLES = sorted((FIXTURES / "articles").glob("*.txt"))
GOLD_FILES = sorted((FIXTURES / "gold").glob("*.json"))
#: held-out set (tests/fixtures/heldout/README.md): same format, checked file by file like the dev set
HELDOUT_ARTICLES = sorted((FIXTURES / "heldout" / "articles").glob("*.txt"))
HELDOUT_GOLD_FILES = sorted((FIXTURES / "heldout" / "gold").glob("*.json"))
#: blind set (tests/fixtures/blind/README.md): a second held-out set, checked the same way
BLIND_ARTICLES = sorted((FIXTURES / "blind" / "articles").glob("*.txt"))
BLIND_GOLD_FILES = sorted((FIXTURES / "blind" / "gold").glob("*.json"))

TOP_KEYS = {"doc_id", "date", "people", "jurisdictions", "quotes", "actions", "dates"}
ITEM_KEYS = {
    "people": {"name", "role", "level", "jurisdiction"},
    "jurisdictions": {"name", "kind", "state"},
    "quotes": {"speaker", "quote_start"},
    "actions": {"action_type", "status", "jurisdiction", "sentence_contains", "date"},
    "dates": {"text", "date", "precision"},
}
OPEN_QUOTES = "\"\u201c\u2018'"
#: names the house rules keep out of fixtures (seed-specific)
BANNED = ["Spanberger", "Krasner", "Bilal", "Michelle Wu", "Frey", "Letitia James", "Hochul", "Healey",
          "Beshear", "Pritzker", "Lightfoot", "Salazar", "Mamdani", "Noem", "Stephen Miller", "Snyder",
          "Godar", "DeBerry", "Goldstein", "Renee Good", "Pretti", "Trinitarios", "Midway Blitz",
          "Operation Salvo", "Canal Street", "purple vests", "State Futures"]


def _load(path: Path) -> tuple[dict, str]:
    gold = json.loads(path.read_text(encoding="utf-8"))
    text = (path.parent.parent / "articles" / f"{path.stem}.txt").read_text(encoding="utf-8")
    return gold, text


def _iso(value: str) -> bool:
    try:
        dt.date.fromisoformat(value)
        return True
    except (TypeError, ValueError):
        return False


ALL_GOLD_FILES = GOLD_FILES + HELDOUT_GOLD_FILES + BLIND_GOLD_FILES
ALL_ARTICLES = ARTICLES + HELDOUT_ARTICLES + BLIND_ARTICLES
gold_params = pytest.mark.parametrize("path", ALL_GOLD_FILES, ids=[p.stem for p in ALL_GOLD_FILES])


# --------------------------------------------------------------------------- the set

def test_dev_articles_each_with_gold():
    assert len(ARTICLES) >= 8
    assert [p.stem for p in ARTICLES] == [p.stem for p in GOLD_FILES]
    assert all(re.fullmatch(r"fx\d{2,4}_[a-z0-9_]+", p.stem) for p in ARTICLES)


def test_four_heldout_articles_each_with_gold_and_no_dev_overlap():
    assert len(HELDOUT_ARTICLES) == 4
    assert [p.stem for p in HELDOUT_ARTICLES] == [p.stem for p in HELDOUT_GOLD_FILES]
    assert all(re.fullmatch(r"hx0[1-4]_[a-z0-9_]+", p.stem) for p in HELDOUT_ARTICLES)
    dev_people = {p["name"] for path in GOLD_FILES for p in _load(path)[0]["people"]}
    held_people = {p["name"] for path in HELDOUT_GOLD_FILES for p in _load(path)[0]["people"]}
    assert not dev_people & held_people


def test_four_blind_articles_each_with_gold_and_no_overlap():
    assert len(BLIND_ARTICLES) == 4
    assert [p.stem for p in BLIND_ARTICLES] == [p.stem for p in BLIND_GOLD_FILES]
    assert all(re.fullmatch(r"bx0[1-4]_[a-z0-9_]+", p.stem) for p in BLIND_ARTICLES)
    other_people = {p["name"] for path in GOLD_FILES + HELDOUT_GOLD_FILES for p in _load(path)[0]["people"]}
    blind_people = {p["name"] for path in BLIND_GOLD_FILES for p in _load(path)[0]["people"]}
    assert not other_people & blind_people


@pytest.mark.parametrize("path", ALL_ARTICLES, ids=[p.stem for p in ALL_ARTICLES])
def test_article_length_and_no_seed_names(path):
    text = path.read_text(encoding="utf-8")
    assert 350 <= len(text.split()) <= 700
    for name in BANNED:
        assert name.lower() not in text.lower(), name


# --------------------------------------------------------------------------- structure and codes

@gold_params
def test_keys_and_codes(path):
    gold, _ = _load(path)
    assert set(gold) == TOP_KEYS
    assert gold["doc_id"] == path.stem
    assert gold["date"] is None or _iso(gold["date"])
    for section, keys in ITEM_KEYS.items():
        assert isinstance(gold[section], list) and gold[section], section
        for item in gold[section]:
            assert set(item) == keys, (section, item)
    for p in gold["people"]:
        assert p["level"] in vocabulary.LEVELS
        assert p["role"] == p["role"].strip().lower()
    for j in gold["jurisdictions"]:
        assert j["kind"] in vocabulary.JURISDICTION_KINDS
        assert (j["state"] is None) == (j["kind"] == "country")
    for a in gold["actions"]:
        assert a["action_type"] in vocabulary.ACTION_TYPES
        assert a["status"] in vocabulary.STATUSES
        assert a["date"] is None or re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", a["date"])
    for d in gold["dates"]:
        assert d["precision"] in vocabulary.DATE_PRECISIONS
        assert _iso(d["date"])


@gold_params
def test_no_duplicates(path):
    gold, _ = _load(path)
    names = [p["name"] for p in gold["people"]]
    assert len(names) == len(set(names))
    places = [(j["name"], j["kind"], j["state"]) for j in gold["jurisdictions"]]
    assert len(places) == len(set(places))
    actions = [(a["action_type"], a["sentence_contains"], a["jurisdiction"]) for a in gold["actions"]]
    assert len(actions) == len(set(actions))


# --------------------------------------------------------------------------- agreement with the text

@gold_params
def test_people_occur_in_text(path):
    gold, text = _load(path)
    low = text.lower()
    for p in gold["people"]:
        assert p["name"].lower() in low or p["name"].split()[-1].lower() in low, p["name"]


@gold_params
def test_quotes_start_a_quotation(path):
    gold, text = _load(path)
    for q in gold["quotes"]:
        start = q["quote_start"]
        assert len(start.split()) >= 5, start
        at = text.find(start)
        assert at > 0, start
        assert text[at - 1] in OPEN_QUOTES, f"{start!r} is not right after an opening quote mark"


@gold_params
def test_action_evidence_in_one_sentence(path):
    gold, text = _load(path)
    for a in gold["actions"]:
        s = a["sentence_contains"]
        assert s in text, s
        assert "\n" not in s
        assert 5 <= len(s.split()) <= 12, s


@gold_params
def test_date_texts_occur(path):
    gold, text = _load(path)
    for d in gold["dates"]:
        assert d["text"] in text, d["text"]


@gold_params
def test_jurisdictions_are_gazetteer_places(path):
    gold, _ = _load(path)
    G = gazetteer.load()
    for j in gold["jurisdictions"]:
        options = {(p.name, p.kind, p.state) for p in (G.lookup(j["name"]) or [])}
        if j["kind"] == "country":
            assert any(k == "country" for _, k, _ in options), j
        else:
            assert (j["name"], j["kind"], j["state"]) in options, j


@gold_params
def test_referenced_jurisdictions_are_listed(path):
    gold, _ = _load(path)
    names = {j["name"] for j in gold["jurisdictions"]}
    for row in gold["people"] + gold["actions"]:
        assert row["jurisdiction"] is None or row["jurisdiction"] in names, row


def test_set_covers_the_vocabulary_it_claims():
    golds = [_load(p)[0] for p in GOLD_FILES]
    types = {a["action_type"] for g in golds for a in g["actions"]}
    statuses = {a["status"] for g in golds for a in g["actions"]}
    assert len(types) >= 20
    assert statuses == set(vocabulary.STATUSES)
    assert {"day", "month", "year", "range"} <= {d["precision"] for g in golds for d in g["dates"]}
    assert {j["kind"] for g in golds for j in g["jurisdictions"]} >= {"state", "county", "city"}


# --------------------------------------------------------------------------- the scorer

@pytest.fixture(scope="module")
def gold():
    return quality.load_gold(FIXTURES / "gold")


def test_perfect_output_scores_one(gold):
    scores = quality.score_corpus(quality.corpus_from_gold(gold), gold)
    for name in ("people", "jurisdictions", "jurisdictions+state", "quotes", "actions"):
        assert scores[name]["precision"] == 1.0 and scores[name]["recall"] == 1.0, name
    assert scores["people"]["role_accuracy"] == 1.0
    assert scores["quotes"]["speaker_accuracy"] == 1.0
    assert scores["actions"]["status_accuracy"] == 1.0
    assert scores["dates"]["recall"] == 1.0
    assert scores["document_dates"]["recall"] == 1.0


def test_missing_or_empty_tables_score_zero(gold):
    for corpus in (None, object(), quality.SimpleNamespace(actors=pd.DataFrame(), actions="not a frame")):
        scores = quality.score_corpus(corpus, gold)
        assert all(s["matched"] == 0 for s in scores.values())
        assert scores["actions"]["recall"] == 0.0 and scores["actions"]["status_accuracy"] is None
    out = quality.format_table(quality.score_corpus(None, gold))
    assert "actions" in out and "people" in out


def _one(doc="fx01_maricopa_287g"):
    return {doc: quality.load_gold(FIXTURES / "gold")[doc]}


def test_people_matching_and_roles():
    g = _one()
    actors = pd.DataFrame([
        dict(name="Dolores Whitcomb", role="Sheriff", doc_ids="fx01_maricopa_287g; other_doc"),
        dict(name="Walter Brandt", role="sheriff", doc_ids=["fx01_maricopa_287g"]),
        dict(name="Marcus Hale", role="mayor", doc_ids=("fx01_maricopa_287g",)),
        dict(name="Maricopa", role="", doc_ids="fx01_maricopa_287g"),         # spurious
        dict(name="Kessler", role="sheriff", doc_ids="fx01_maricopa_287g"),   # surname only: not a full match
    ])
    s = quality.score_people(g, actors)
    assert (s["matched"], s["system"], s["gold"]) == (3, 5, 7)
    assert s["role_accuracy"] == round(2 / 3, 3)
    assert "fx01_maricopa_287g: maricopa" in s["spurious"]


def test_jurisdiction_kind_and_state_matter():
    g = _one("fx08_kansas_city_doj_suit")
    places = pd.DataFrame([
        dict(name="Kansas City", kind="city", state="MO", doc_ids="fx08_kansas_city_doj_suit"),
        dict(name="Missouri", kind="city", state="MO", doc_ids="fx08_kansas_city_doj_suit"),   # wrong kind
        dict(name="Washington", kind="state", state="WA", doc_ids="fx08_kansas_city_doj_suit"),  # wrong place
        dict(name="Washington, D.C.", kind="city", state="DC", doc_ids="fx08_kansas_city_doj_suit"),
    ])
    s = quality.score_jurisdictions(g, places)
    assert s["matched"] == 2 and s["system"] == 4 and s["gold"] == 6      # two Kansas Cities share a key
    s2 = quality.score_jurisdictions(g, places, with_state=True)
    assert s2["matched"] == 2 and s2["gold"] == 7


def test_quotes_found_and_speakers():
    g = _one("fx05_nj_ag_release")
    quotes = pd.DataFrame([
        dict(doc_id="fx05_nj_ag_release", speaker="Benedetti",
             quote="Our courthouses must be open to everyone who needs them \u2014 victims, witnesses"),
        dict(doc_id="fx05_nj_ag_release", speaker="a DHS spokesperson",
             quote="A state cannot tell federal officers where they may or may not enforce federal law"),
        dict(doc_id="fx05_nj_ag_release", speaker="Lucia Benedetti", quote="Our jail should not be a line item"),
        dict(doc_id="fx05_nj_ag_release", speaker="X", quote="too short"),
    ])
    s = quality.score_quotes(g, quotes)
    assert s["matched"] == 3 and s["recall"] == 1.0
    assert s["speaker_accuracy"] == round(2 / 3, 3)
    assert s["system"] == 3 and s["precision"] == 1.0                     # the short quote is not counted


def test_actions_need_type_and_evidence():
    g = _one("fx06_oregon_guard_order")
    ev = ("Plaintiff State of Oregon and Plaintiff City of Portland (together, \"Plaintiffs\") challenge "
          "the federalization of 200 members of the Oregon National Guard")
    actions = pd.DataFrame([
        dict(doc_id="fx06_oregon_guard_order", action_type="sue_federal_government", status="enacted",
             jurisdiction="us-or", evidence=ev, date=None),
        dict(doc_id="fx06_oregon_guard_order", action_type="sue_federal_government", status="announced",
             jurisdiction="Portland", evidence=ev, date=None),
        dict(doc_id="fx06_oregon_guard_order", action_type="sue_federal_government", status="enacted",
             jurisdiction="Portland", evidence=ev, date=None),                    # a third row: spurious
        dict(doc_id="fx06_oregon_guard_order", action_type="court_action", status="enacted",
             jurisdiction="Oregon", evidence="The Court held a hearing on October 3, 2025.", date="2025-10-03"),
        dict(doc_id="fx06_oregon_guard_order", action_type="federal_deployment", status="enacted",
             jurisdiction="Portland", evidence="The Court held a hearing on October 3, 2025.", date=None),
    ])
    s = quality.score_actions(g, actions)
    assert (s["matched"], s["system"], s["gold"]) == (3, 5, 10)
    assert s["status_accuracy"] == round(2 / 3, 3)
    assert s["date_accuracy"] == 1.0
    assert s["per_type"]["federal_deployment"]["matched"] == 0


def test_date_precision_rules():
    assert quality.date_match("2025-10-01", "month", "2025-10-17")
    assert not quality.date_match("2025-10-01", "month", "2025-11-01")
    assert quality.date_match("2019-01-01", "range", "2019-06-01")
    assert quality.date_match("2026-03-03", "day", "2026-03-03")
    assert not quality.date_match("2026-03-03", "day", "2026-03-04")
    assert quality.date_match("2020-08", None, "2020-08-01")
    assert not quality.date_match("2020-08", None, None)
    g = _one()
    dates = pd.DataFrame([dict(doc_id="fx01_maricopa_287g", date="2026-03-03"),
                          dict(doc_id="fx01_maricopa_287g", date="2019-05-01")])
    s = quality.score_dates(g, pd.DataFrame(), dates)
    assert s["matched"] == 3 and s["gold"] == len(g["fx01_maricopa_287g"]["dates"])  # Tuesday, this month, 2019 range


def test_normalizing():
    assert quality.norm("Gov. Raymond  Ellery\u2019s") == "gov raymond ellery"
    assert quality.norm_place("St. Louis") == quality.norm_place("Saint Louis")
    assert quality.doc_ids_of('["a", "b"]') == ["a", "b"]
    assert quality.doc_ids_of("a;b") == ["a", "b"]
    assert quality.doc_ids_of(float("nan")) == []
    assert quality.speaker_match("Dolores Whitcomb", "Whitcomb")
    assert not quality.speaker_match("Dolores Whitcomb", "Walter Brandt")
    assert quality.role_match("former sheriff", "sheriff") and not quality.role_match("", "mayor")


def test_sets_scored_separately_and_combined(tmp_path, capsys):
    out = tmp_path / "q.json"
    assert quality.main(["--self-check", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "== dev (" in printed and "== heldout (4 documents) ==" in printed
    res = json.loads(out.read_text(encoding="utf-8"))
    assert "== blind (4 documents) ==" in printed
    assert set(res) == {"dev", "heldout", "blind", "all"}
    assert res["all"]["documents"] == sorted(res["dev"]["documents"] + res["heldout"]["documents"]
                                             + res["blind"]["documents"])
    acts = {k: res[k]["summary"]["actions"] for k in res}
    assert acts["all"]["gold"] == acts["dev"]["gold"] + acts["heldout"]["gold"] + acts["blind"]["gold"]
    assert acts["all"]["matched"] == acts["all"]["gold"] and acts["all"]["precision"] == 1.0
    assert quality.main(["--set", "dev", "--self-check", "--out", str(out)]) == 0
    assert not capsys.readouterr().out.startswith("==")          # one set: the table alone, as before
    assert set(json.loads(out.read_text(encoding="utf-8"))) == {"dev", "heldout", "blind"}   # stale 'all' dropped
    merged = quality.merge_corpora([None, quality.corpus_from_gold(quality.load_gold(quality.HELDOUT_GOLD))])
    assert len(merged.actions) == acts["heldout"]["gold"] and merged.quotes.columns.size > 0


def test_dates_by_text_need_the_dates_own_words_and_day():
    g = {"fx_demo": {"dates": [dict(text="On Wednesday", date="2027-05-12", precision="day"),
                               dict(text="in 2026", date="2026-01-01", precision="year"),
                               dict(text="the same day", date="2027-05-10", precision="day")]}}
    dates = pd.DataFrame([dict(doc_id="fx_demo", date_text="Wednesday", date="2027-06-16"),   # wrong day
                          dict(doc_id="fx_demo", date_text="May 12", date="2027-05-12"),       # that day, other words
                          dict(doc_id="fx_demo", date_text="2026", date="2026-01-01")])
    lenient = quality.score_dates(g, pd.DataFrame(), dates)
    strict = quality.score_dates_by_text(g, dates)
    assert lenient["matched"] == 2             # "On Wednesday" passes on the May 12 of another sentence
    assert strict["matched"] == 1 and strict["found"] == 2 and strict["gold"] == 3
    assert any("On Wednesday" in m and "2027-06-16" in m for m in strict["missed"])
    assert any("the same day" in m and "not found" in m for m in strict["missed"])


def test_a_span_told_as_two_dates_is_found_by_its_start():
    g = {"fx_demo": {"dates": [dict(text="October 18 through December 31", date="2027-10-18", precision="range")]}}
    dates = pd.DataFrame([dict(doc_id="fx_demo", date_text="October 18", date="2027-10-18"),
                          dict(doc_id="fx_demo", date_text="December 31", date="2027-12-31")])
    assert quality.score_dates_by_text(g, dates)["matched"] == 1
