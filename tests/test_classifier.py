"""The action-type classifier: masking, features, training, the model file, and how
``extract_actions`` uses it next to the rules.

Training data here are invented sentences; the shipped model is trained on the
annotated fixture articles (``make classifier``).
"""
import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from analysis import vocabulary
from analysis.extract import classifier as C
from analysis.extract import run
from analysis.extract.base import parse_text
from analysis.tables import Corpus


# ------------------------------------------------------------------ text -> terms
def test_masked_text_replaces_names_by_placeholders():
    text = "Sheriff Ada Quill said Travis County ended it."
    # document offsets: the sentence starts at 100
    spans = [(108, 117, "zzperson"), (123, 136, "zzplacecounty")]
    assert C.masked_text(text, 100, spans) == "Sheriff  zzperson  said  zzplacecounty  ended it."


def test_masked_text_keeps_the_first_of_overlapping_spans_and_ignores_spans_outside():
    text = "Mayor Lin Ortiz of Dayton spoke."
    spans = [(6, 15, "zzperson"), (10, 25, "zzplacecity"), (40, 50, "zzperson"), (-5, 2, "zzperson")]
    assert C.masked_text(text, 0, spans) == "Mayor  zzperson  of Dayton spoke."


def test_a_resolved_place_wins_over_the_raw_entity_on_the_same_words():
    text = "Dayton sued."
    spans = C.mask_spans(places=[{"start": 0, "end": 6, "kind": "city"}], mentions=[{"start": 0, "end": 6, "label": "GPE"}])
    assert C.masked_text(text, 0, spans) == " zzplacecity  sued."
    assert C.masked_text(text, 0, list(reversed(spans))) == " zzplace  sued."


def test_capitalized_words_rare_in_english_are_masked_as_names_common_ones_are_not():
    text = 'Officials said Oyelaran-Baptiste met the Sheriff of Whitfield County and ICE in Chicago on Monday.'
    assert C.mask_rare_names(text) == ("Officials said  zzname  met the Sheriff of  zzname  County and ICE "
                                       "in Chicago on Monday.")
    # the first word is masked only when it is no English word at all (a sentence may open with a rare one)
    assert C.mask_rare_names("Quillfeather said no.") == " zzname  said no."
    assert C.mask_rare_names("Notwithstanding the order, ICE agents may enter.") == \
        "Notwithstanding the order, ICE agents may enter."
    # ... or almost none (a surname wordfreq has seen a few times: "Lindqvist", Zipf 1.7)
    assert C.mask_rare_names("Lindqvist said the state would not back down.") == \
        " zzname  said the state would not back down."
    assert C.mask_rare_names("Lindqvist-Amaro would not say.") == " zzname  would not say."
    assert C.mask_rare_names("Thereafter the board voted.") == "Thereafter the board voted."
    # ... or a rare first word a name's comma, colon or speech verb follows (a first name wordfreq knows: "Priya")
    assert C.mask_rare_names("Priya said the county must stop.") == " zzname  said the county must stop."
    assert C.mask_rare_names("Priya: the county must stop.") == " zzname : the county must stop."
    assert C.mask_rare_names("Thereafter, the board voted.") == "Thereafter, the board voted."
    # a name in capitals: a transcript's double surname or speaker label, not an agency's initials
    assert C.mask_rare_names("OYELARAN-MARSH: Under the plan, DHS and ICE would pay.") == \
        " zzname : Under the plan, DHS and ICE would pay."
    assert C.mask_rare_names("QUILLFEATHER: Thank you. HOST: Next caller.") == \
        " zzname : Thank you. HOST: Next caller."
    # a surname that is a rare English word but no unknown one ("Okafor"), in capitals: still a name
    assert C.mask_rare_names("OKAFOR-REYES: We will. OKAFOR: No. DHS: Yes. SHERIFF: Fine.") == \
        " zzname : We will.  zzname : No. DHS: Yes. SHERIFF: Fine."
    # a double surname whose second half is a common word is still a name; a compound of common words is not
    assert C.mask_rare_names("The order Gov. Eamon Quillfeather-Pratt signed.") == \
        "The order Gov.  zzname   zzname  signed."
    assert C.mask_rare_names("The anti-sanctuary bill passed.") == "The anti-sanctuary bill passed."


def test_mask_spans_from_entity_rows():
    spans = C.mask_spans(people=[{"start": 0, "end": 5}], places=[{"start": 9, "end": 14, "kind": "city"}],
                         mentions=[{"start": 20, "end": 24, "label": "PERSON"}, {"start": 30, "end": 33, "label": "ORG"},
                                   {"start": 40, "end": 44, "label": "GPE"}])
    assert spans == [(0, 5, "zzperson"), (9, 14, "zzplacecity"), (20, 24, "zzperson"), (40, 44, "zzplace")]


def test_terms_are_lowercased_words_and_word_pairs_without_accents():
    assert C.terms("El Condado DEMANDÓ a ICE") == ["el", "condado", "demando", "ice",
                                                   "el condado", "condado demando", "demando ice"]


# ------------------------------------------------------------------ training
SUE = ["The state sued the federal government over the raids.",
       "The city sued the Department of Homeland Security on Monday.",
       "The county sued the federal government in federal court.",
       "Our state sued DHS over the grant conditions.",
       "The attorney general sued the federal government again."]
RAID = ["Federal agents arrested 40 workers at a farm.",
        "ICE agents arrested dozens of people at a car wash.",
        "Immigration agents arrested 12 people near the market.",
        "Federal agents arrested three men outside a church.",
        "ICE agents arrested 9 people in a morning sweep."]
NONE = ["The weather was mild and the council adjourned early.",
        "The library will close at noon on the holiday.",
        "The council approved the budget for the parks department.",
        "Residents asked about the new bus schedule on the east side.",
        "The meeting ended at nine in the evening."]


def _fit(**kw):
    texts = SUE + RAID + NONE
    labels = [["sue_federal_government"]] * 5 + [["federal_enforcement_operation"]] * 5 + [[]] * 5
    docs = [f"d{i}" for i in range(15)]
    return C.fit(texts, labels, docs, min_documents=2, iterations=300, **kw)


def test_fit_learns_types_from_words_and_leaves_other_sentences_alone():
    m = _fit()
    assert m.labels == ["federal_enforcement_operation", "sue_federal_government"]
    (t1, p1), (t2, p2), (_, p3) = m.best(["The governor sued the federal government on Friday.",
                                          "Federal agents arrested 7 people at dawn.",
                                          "The parks department opened a pool."])
    assert t1 == "sue_federal_government" and p1 > 0.5
    assert t2 == "federal_enforcement_operation" and p2 > 0.5
    assert p3 < 0.5


def test_terms_seen_in_too_few_documents_are_not_learned():
    m = _fit()
    assert "sued" in m.vocab and "arrested" in m.vocab
    assert "car wash" not in m.vocab        # one document only
    assert "dhs" not in m.vocab


def test_training_is_deterministic_and_the_model_file_round_trips():
    a, b = _fit(), _fit()
    assert a.to_json() == b.to_json()
    again = C.Model.from_json(a.to_json())
    texts = ["The city sued the federal government.", "Agents arrested 5 people."]
    assert np.allclose(again.predict_proba(texts), a.predict_proba(texts), atol=2e-3)


def test_weights_are_stored_as_hex_digits_and_the_older_base64_file_still_loads():
    import base64

    model = _fit()
    obj = json.loads(model.to_json())
    # hexadecimal cannot spell a name by chance, as base64 can
    assert obj["format"] == C.FORMAT and set(obj["coef_float16_hex"]) <= set("0123456789abcdef")
    old = dict(obj, format=1, coef_float16_base64=base64.b64encode(bytes.fromhex(obj.pop("coef_float16_hex"))).decode())
    old.pop("coef_float16_hex", None)
    assert np.array_equal(C.Model.from_json(json.dumps(old)).coef, model.coef.astype("<f2").astype(np.float64))


def test_a_model_file_of_another_format_is_refused():
    obj = json.loads(_fit().to_json())
    obj["format"] = 99
    with pytest.raises(ValueError, match="format"):
        C.Model.from_json(json.dumps(obj))


def test_training_set_masks_names_and_labels_sentences_from_gold():
    sents = pd.DataFrame({"sentence_id": ["d:0", "d:1", "d:2"], "doc_id": ["d"] * 3, "paragraph": [0, 1, 1],
                          "is_heading": [True, False, False], "start": [0, 10, 60],
                          "end": [9, 59, 90], "text": ["Headline.", "Mayor Ana Ruiz said Reno would sue DHS soon.",
                                                      "It rained all day long."]})
    people = pd.DataFrame({"doc_id": ["d"], "sentence_id": ["d:1"], "start": [16], "end": [24], "text": ["Ana Ruiz"]})
    places = pd.DataFrame({"doc_id": ["d"], "sentence_id": ["d:1"], "start": [30], "end": [34], "text": ["Reno"],
                           "kind": ["city"]})
    corpus = Corpus(sentences=sents, people_mentions=people, place_mentions=places)
    gold = {"d": {"actions": [{"action_type": "sue_federal_government", "sentence_contains": "would sue DHS soon"}]}}
    texts, labels, docs = C.training_set(corpus, gold)
    assert texts == ["Mayor  zzperson  said  zzplacecity  would sue DHS soon.", "It rained all day long."]
    assert labels == [["sue_federal_government"], []]
    assert docs == ["d", "d"]


# ------------------------------------------------------------------ the shipped model
def test_the_shipped_model_loads_and_codes_only_vocabulary_types():
    m = C.load()
    assert m is not None, "analysis/data/action_classifier.json is missing: run make classifier"
    assert set(m.labels) <= set(vocabulary.ACTION_TYPES)
    assert m.coef.shape == (len(m.vocab), len(m.labels))
    assert m.info["articles"] >= 100
    # names are masked: no placeholder-free person token survives as a frequent term
    assert C.PERSON_TOKEN in m.vocab


# ------------------------------------------------------------------ inside extract_actions
@pytest.fixture
def toy_model(monkeypatch):
    """A model that knows one made-up word: 'zorbled' means a records request."""
    texts = [f"The council {v} the agency {w}." for v in ("zorbled", "will zorble")
             for w in ("today", "again", "twice", "on tuesday", "next week")] + NONE
    labels = [["records_request"]] * 10 + [[]] * 5
    m = C.fit(texts, labels, [f"d{i % 5}" for i in range(15)], min_documents=2, iterations=500, c=100.0)
    assert m.best(["The council zorbled the agency on Tuesday."])[0][1] >= C.THRESHOLD
    monkeypatch.setattr(C, "load", lambda path=None: m)
    return m


def _rows(text, **kw):
    return run.extract_document(parse_text(text, doc_id="t"))["actions"]


def test_a_sentence_the_rules_miss_gets_the_classifier_type_with_actor_status_and_evidence(toy_model):
    rows = _rows("The Denver City Council zorbled the agency on Tuesday.")
    learned = [r for r in rows if r["rule"] == "classifier"]
    assert [(r["action_type"], r["status"]) for r in learned] == [("records_request", "enacted")]
    r = learned[0]
    assert r["jurisdiction"] == "us-co-denver"
    assert r["evidence"].startswith("The Denver City Council zorbled")
    assert 0.4 <= r["confidence"] <= 0.5        # half the probability
    assert r["trigger"] == "zorble" or r["trigger"].startswith("zorbl")


def test_the_classifier_row_takes_status_from_the_wording(toy_model):
    rows = _rows("The Denver City Council will zorble the agency next week.")
    assert [(r["action_type"], r["status"]) for r in rows if r["rule"] == "classifier"] == \
        [("records_request", "announced")]


@pytest.mark.parametrize("text", [
    "Will the Denver City Council zorble the agency again?",
    "The Denver City Council would never zorble the agency.",
    "If the mayor asks, the Denver City Council will zorble the agency.",
    "The Denver City Council did not zorble the agency.",
])
def test_questions_negations_and_if_give_no_classifier_row(toy_model, text):
    assert [r for r in _rows(text) if r["rule"] == "classifier"] == []


def test_no_classifier_row_without_a_model(monkeypatch):
    monkeypatch.setattr(C, "load", lambda path=None: None)
    assert [r for r in _rows("The Denver City Council zorbled the agency on Tuesday.")] == []


def test_a_sentence_a_rule_coded_is_not_read_again_by_the_classifier(monkeypatch):
    # the rules read a limit; a classifier reading "more cooperation" in the same sentence is not asked
    text = "The Denver City Council voted on Tuesday to end the city's 287(g) agreement with ICE."
    texts = [f"The council voted {w} to end the city's 287(g) agreement with ICE."
             for w in ("today", "again", "on tuesday", "on monday", "last week")] + NONE
    m = C.fit(texts, [["assist_ice"]] * 5 + [[]] * 5, [f"d{i}" for i in range(10)],
              min_documents=2, iterations=500, c=100.0)
    assert m.best([text])[0][0] == "assist_ice" and m.best([text])[0][1] >= C.THRESHOLD
    monkeypatch.setattr(C, "load", lambda path=None: m)
    assert [(r["action_type"], r["rule"] == "classifier") for r in _rows(text)] == [("end_formal_agreement", False)]


def test_the_shipped_model_has_learned_no_names_of_the_people_it_was_trained_on():
    # names are masked and a term must occur in several articles: the fixtures' invented people
    # (their uncommon name words) must not be features
    from wordfreq import zipf_frequency

    m = C.load()
    words = set()
    for p in (Path(__file__).parent / "fixtures" / "gold").glob("*.json"):
        for person in json.loads(p.read_text(encoding="utf-8")).get("people", []):
            words.update(w for w in C.terms(person["name"]) if " " not in w and len(w) >= 4)
    rare = {w for w in words if zipf_frequency(w, "en") < 3.0}
    assert len(rare) > 200      # the check has something to check
    assert sorted(rare & set(m.vocab)) == []


def test_a_mask_takes_in_the_other_half_of_a_hyphenated_name():
    text = "Mayor Ines Torres-Lindqvist and Sen. Abe Marsh-Oduya-Kemp spoke; Winston-Salem voted."
    spans = [(6, 17, "zzperson"), (47, 57, "zzperson")]     # "Ines Torres", "Oduya-Kemp"
    assert C.masked_text(text, 0, spans) == "Mayor  zzperson  and Sen. Abe  zzperson  spoke; Winston-Salem voted."


def test_gold_files_are_read_strictly_for_scores_and_with_a_warning_for_training(tmp_path):
    from analysis import gold

    (tmp_path / "a.json").write_text('{"doc_id": "a", "actions": []}', encoding="utf-8")
    (tmp_path / "b.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ValueError):
        gold.load(tmp_path)
    said = []
    assert list(gold.load(tmp_path, warn=said.append)) == ["a"]
    assert said and "b.json" in said[0]
