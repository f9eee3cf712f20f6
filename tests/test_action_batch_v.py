"""Rules tuned on the batch fx509-fx516 (a sheriff's detainer statistics report, a TV live blog, a letters page, an
attorney general's release, a State of the State address, a translated Spanish-language article, a student
newspaper story, work-session minutes): a Spanish masthead's date, a live blog's update lines, an instrument's
number that is no range of years, a campus police department named for no town, the sponsor of a state bill in a
text that names Congress, and the counts an office will post.

Every sentence is invented for these tests (real US places, made-up people, laws and offices).
"""
import datetime as dt

import pytest
from action_helpers import rows, types

from analysis.corpus import byline_date, spanish_date
from analysis.extract import run
from analysis.extract.base import parse_text
from analysis.extract.dates import extract_dates
from analysis.extract.places import jurisdiction_in_name
from analysis.segment import is_heading_line

pytestmark = pytest.mark.usefixtures("rules_only")


# ------------------------------------------------------------------ a Spanish-language paper's masthead
def test_a_spanish_masthead_date_dates_the_text():
    text = ("LA VOZ DE LA FRONTERA\nPeriódico comunitario · Yakima, Washington · Jueves 15 de abril de 2027\n\n"
            "NOTA DEL TRADUCTOR: This article was translated from Spanish.\n\nThe council voted on Tuesday.\n")
    assert byline_date(text) == dt.date(2027, 4, 15)


@pytest.mark.parametrize("field, expected", [
    ("Jueves 15 de abril de 2027", dt.date(2027, 4, 15)),
    ("3 de setiembre de 2026", dt.date(2026, 9, 3)),
    ("sábado, 1 de mayo de 2027", dt.date(2027, 5, 1)),
    ("31 de febrero de 2027", None),                    # no such day
    ("Jueves 15 de abril de 2027 en Yakima", None),     # a date inside a sentence is not the field
])
def test_spanish_dates_are_read_as_whole_fields(field, expected):
    assert spanish_date(field) == expected


# ------------------------------------------------------------------ a live blog's update lines
@pytest.mark.parametrize("line", [
    "4:32 p.m. — Commissioner moves to drop ICE contract",
    "10:05 a.m. ET — Sheriff says deputies had no role",
])
def test_a_live_blogs_update_line_is_a_heading(line):
    assert is_heading_line(line)


def test_a_sentence_with_a_time_is_no_heading():
    assert not is_heading_line("At 4:32 p.m. the commissioner moved to drop the contract")
    text = ("LIVE: Raid at a poultry plant\n\n4:32 p.m. — Commissioner moves to drop ICE contract\n"
            "Commissioner Rosa Teal has put an item on the board's April 5 agenda to give ICE 90 days' notice "
            "that the jail contract is ending.")
    assert not [r for r in rows(text) if r["evidence"].startswith("4:32")]


# ------------------------------------------------------------------ an instrument's number
def test_a_session_laws_number_is_no_range_of_years():
    doc = parse_text("Law\n\nThe Jail Detainer Compliance Act (Session Law 2026-58) took effect in July.", doc_id="t")
    assert not [d for d in extract_dates(doc) if d["date_precision"] == "range"]


def test_a_two_year_span_is_still_a_range():
    doc = parse_text("Budget\n\nThe county's budget for 2025-26 was adopted in June.", doc_id="t")
    assert [(d["date"], d["date_end"]) for d in extract_dates(doc) if d["date_precision"] == "range"] \
        == [("2025-01-01", "2026-12-31")]


# ------------------------------------------------------------------ a campus police department
@pytest.mark.parametrize("name, expected", [
    ("University Police Department", None),             # a campus's, not University, Florida's
    ("College Station Police Department", "us-tx-college-station"),
    ("Independence Police Department", "us-mo-independence"),
])
def test_an_institution_word_in_a_name_is_no_town(name, expected):
    assert jurisdiction_in_name(name) == expected


# ------------------------------------------------------------------ a state bill's sponsor
def test_a_state_bills_sponsor_is_a_state_lawmaker_where_congress_is_named_elsewhere():
    text = ("State of the State\n\nCOLUMBUS, Ohio (AP) — House Bill 166, introduced on Tuesday by Representative "
            "Delia Ruhl of Lebanon, would oblige every county sheriff to apply for a 287(g) agreement by January 1, "
            "2028.\n\nThe minority leader said House Democrats would ask Congress to put body cameras on every ICE "
            "officer.")
    got = [r for r in rows(text) if "House Bill 166" in r["evidence"]]
    assert {(r["action_type"], r["actor_level"], r["jurisdiction"]) for r in got} \
        == {("expand_cooperation", "state", "us-oh")}, got


def test_a_representative_in_congress_stays_federal():
    text = ("Delegation letter\n\nWASHINGTON (AP) — Representative Delia Ruhl of Lebanon wrote to the Department of "
            "Homeland Security about House Bill 166 in Congress, asking ICE to stop arrests near schools.")
    people = run.extract_document(parse_text(text, doc_id="t"))["people_mentions"]
    got = {p["level"] for p in people if p["name"] == "Delia Ruhl"}
    assert got == {"federal"}, people


# ------------------------------------------------------------------ counts an office will post
def test_a_promise_to_post_how_many_arrests_is_a_records_commitment_not_an_arrest():
    text = ("Campus police\n\nSTATESBORO, Ga. (AP) — Starting this semester, the department will post online "
            "how many arrests its task-force officers make for HSI.")
    got = types(text)
    assert "records_request" in got and "threaten_prosecution" not in got, got
