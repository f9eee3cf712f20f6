"""Events linked across articles: named operations, incidents by place and date."""
import datetime as dt

import pandas as pd
import pytest

from analysis.extract.actions import extract_actions
from analysis.extract.base import parse_text
from analysis.extract.events import COLUMNS, link_events, operation_name

# what the rules code; the classifier's rows are tested in test_classifier.py
pytestmark = pytest.mark.usefixtures("rules_only")


def action(aid, doc, atype="federal_enforcement_operation", **kw):
    row = dict(action_id=aid, doc_id=doc, sentence_id=f"{doc}:0", action_type=atype, jurisdiction=None,
               target_jurisdiction=None, date=None, date_text=None, date_precision=None, date_source=None,
               evidence="", operation=None, incident=None, incident_place=None)
    row.update(kw)
    return row


def docs(**dates):
    return pd.DataFrame({"doc_id": list(dates), "date": list(dates.values())})


def test_empty_input_gives_the_columns():
    for df in (link_events(pd.DataFrame(), docs()), link_events(pd.DataFrame([action("a1", "d1", atype="sue_federal_government")]), docs(d1="2026-01-05"))):
        assert list(df.columns) == COLUMNS and len(df) == 0


def test_named_operation_is_an_event_even_in_one_article():
    acts = pd.DataFrame([action("a1", "d1", target_jurisdiction="Charlotte", operation="Operation Lantern",
                                date="2026-01-03", date_text="January 3", date_precision="day", date_source="sentence")])
    ev = link_events(acts, docs(d1="2026-01-10"))
    assert ev.to_dict("records") == [{
        "event_id": ev.event_id[0], "name": "Operation Lantern", "place": "Charlotte", "date": "2026-01-03",
        "date_precision": "day", "doc_ids": "d1", "action_ids": "a1"}]
    assert ev.event_id[0].startswith("ev_")


def test_operation_name_read_from_evidence_when_column_missing():
    assert operation_name('Agents ended the "Harbor Sweep" operation on Friday.') == "Harbor Sweep"
    acts = pd.DataFrame([action("a1", "d1", evidence="Agents launched Operation Lantern in Charlotte.")]).drop(
        columns=["operation"])
    assert link_events(acts, docs(d1="2026-01-10")).name.tolist() == ["Operation Lantern"]


def test_same_incident_in_two_articles_links_by_place_and_date():
    acts = pd.DataFrame([
        action("a1", "d1", atype="condemn_federal_action", jurisdiction="Austin", incident="shooting",
               incident_place="Minneapolis"),
        action("a2", "d2", atype="investigate_misconduct", jurisdiction="Hennepin County", incident="killing",
               incident_place="Minneapolis"),
        action("a3", "d3", atype="condemn_federal_action", incident="shooting", incident_place="Minneapolis"),
        action("a4", "d4", atype="condemn_federal_action", incident="shooting", incident_place="Tulsa"),
    ])
    ev = link_events(acts, docs(d1="2026-01-08", d2="2026-01-12", d3="2026-05-01", d4="2026-01-09"))
    assert len(ev) == 1
    e = ev.iloc[0]
    assert (e["name"], e["place"], e["doc_ids"], e["action_ids"]) == ("shooting in Minneapolis", "Minneapolis",
                                                                      "d1;d2", "a1;a2")
    assert e["date"] == "2026-01-08" and e["date_precision"] is None


def test_min_docs_and_gap_are_parameters():
    acts = pd.DataFrame([action("a1", "d1", target_jurisdiction="Portland", atype="federal_deployment"),
                         action("a2", "d2", target_jurisdiction="Portland", atype="federal_deployment")])
    assert len(link_events(acts, docs(d1="2026-01-01", d2="2026-03-01"))) == 0
    assert len(link_events(acts, docs(d1="2026-01-01", d2="2026-03-01"), max_gap_days=90)) == 1
    assert len(link_events(acts.iloc[:1], docs(d1="2026-01-01"), min_docs=1)) == 1


def test_ids_are_stable_when_other_events_appear():
    base = [action("a1", "d1", target_jurisdiction="Portland", atype="federal_deployment"),
            action("a2", "d2", target_jurisdiction="Portland", atype="federal_deployment")]
    more = base + [action("a3", "d3", operation="Operation Lantern")]
    d = docs(d1="2026-01-01", d2="2026-01-02", d3="2026-01-03")
    first = link_events(pd.DataFrame(base), d)
    second = link_events(pd.DataFrame(more), d)
    assert first.event_id[0] in set(second.event_id)
    assert second.equals(link_events(pd.DataFrame(more), d))


def test_from_extracted_actions_of_two_articles():
    a = parse_text("Governor Maya Lund of Wisconsin condemned the Minneapolis shooting by an ICE officer.",
                   doc_id="A", date=dt.date(2026, 1, 9))
    b = parse_text("The Hennepin County attorney opened an investigation into the shooting of a nurse by an ICE "
                   "agent in Minneapolis.", doc_id="B", date=dt.date(2026, 1, 11))
    rows = extract_actions(a, [], [], [], [], []) + extract_actions(b, [], [], [], [], [])
    acts = pd.DataFrame(rows)
    acts.insert(0, "action_id", [f"a{i}" for i in range(1, len(acts) + 1)])
    ev = link_events(acts, docs(A="2026-01-09", B="2026-01-11"))
    assert len(ev) == 1
    assert ev.doc_ids[0] == "A;B" and ev.place[0] == "Minneapolis"
