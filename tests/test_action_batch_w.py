"""Rules tuned on the batch fx517-fx524 (a legal newsletter's docket watch, a mayor's e-newsletter, a floor-debate
transcript, an investigative story, an ICE letter with a county's reply, a school board summary, a radio interview
with a governor, a business journal story): a heading line that closes with a weekday and a date, the cases of a
docket summary, the body that votes for an ordinance described in a relative clause, a vote on first reading, and
people handed "to U.S. Immigration and Customs Enforcement".

Every sentence is invented for these tests (real US places, made-up people, laws and offices).
"""
import datetime as dt

import pytest
from action_helpers import rows

from analysis.corpus import byline_date
from analysis.extract.caption import case_sections

pytestmark = pytest.mark.usefixtures("rules_only")


# ------------------------------------------------------------------ a heading line's weekday and date
@pytest.mark.parametrize("line, expected", [
    ("House Chamber, Lansing, Wednesday, May 12, 2027.", dt.date(2027, 5, 12)),
    ("Regular Business Meeting, Tuesday, October 26, 2027, 5:30 p.m.", dt.date(2027, 10, 26)),
])
def test_a_heading_line_closing_with_a_weekday_and_date_dates_the_text(line, expected):
    text = f"STATE OF MICHIGAN\nJOURNAL OF THE HOUSE\n\n{line}\nThe House was called to order.\n\nThe bill passed on Tuesday.\n"
    assert byline_date(text) == expected


def test_a_sentence_with_a_weekday_date_below_the_top_is_not_the_texts_date():
    text = ("MEMO\n\nTo the council:\n\nOn this matter we met often.\nWe have more to say.\nAnd more.\nStill more.\n"
            "The hearing, which the clerk set for the council's chamber, Tuesday, May 11, 2027, drew a crowd.\n")
    assert byline_date(text) is None


# ------------------------------------------------------------------ a docket summary's cases
DOCKET = """THE PIEDMONT DOCKET
DOCKET WATCH | Friday, May 14, 2027

1. State of North Carolina v. U.S. Department of Homeland Security, No. 5:27-cv-00088 (E.D.N.C.)

Filing. The attorney general's office went to court on January 21, asking that frozen grants be released.

Latest. On March 3, Judge Amos Reyes refused to dismiss the case.

2. United States v. City of Durham, No. 1:27-cv-00214 (M.D.N.C.)

Background. Durham's ordinance forbids its police to pass release times to ICE. Durham is the city most named here, and Durham's mayor spoke.

Latest. Judge Patrice Lund heard argument on the city's motion to dismiss last month.

3. Pineda v. Dunaway, No. 3:26-cv-00731 (W.D.N.C.)

Latest. On April 20, Magistrate Judge Felicity Arm recommended certifying the class.
"""


def test_each_case_of_a_docket_summary_names_its_government():
    assert [jid for _, jid in case_sections(DOCKET)] == ["us-nc", "us-nc-durham", None]


def test_a_ruling_in_a_docket_summary_is_its_cases_government():
    got = {r["evidence"]: r["jurisdiction"] for r in rows(DOCKET) if r["action_type"] == "court_action"}
    # the state's case, not Durham, the place the page names most; the second case's hearing is Durham's
    assert [j for e, j in got.items() if "refused to dismiss" in e] == ["us-nc"], got
    assert [j for e, j in got.items() if "heard argument" in e] == ["us-nc-durham"], got


# ------------------------------------------------------------------ an ordinance voted on
def test_an_ordinance_described_in_a_relative_clause_is_the_voting_bodys():
    text = ("CITY OF CEDAR RAPIDS\nThe Mayor's Weekly\n\nIowa lawmakers return in January.\n\nOn Tuesday night the City "
            "Council voted 6-3 on first reading for the Community Trust Ordinance, which would bar city employees from "
            "holding anyone "
            "for ICE without a judicial warrant.")
    got = [r for r in rows(text) if r["action_type"] == "bar_local_cooperation"]
    assert {(r["actor"], r["jurisdiction"]) for r in got} == {("City Council", "us-ia-cedar-rapids")}, got


@pytest.mark.parametrize("sentence, status", [
    ("On Tuesday the City Council voted 6-3 on first reading for an ordinance that bars city employees from holding "
     "anyone for ICE.", "proposed"),
    ("On Tuesday the City Council voted 6-3 on second reading for an ordinance that bars city employees from holding "
     "anyone for ICE, after approving it on first reading in May.", "enacted"),
])
def test_a_vote_on_first_reading_is_a_proposal(sentence, status):
    text = f"Council\n\nCEDAR RAPIDS, Iowa (AP) — {sentence}"
    got = {r["status"] for r in rows(text) if r["action_type"] == "bar_local_cooperation"}
    assert got == {status}, rows(text)


# ------------------------------------------------------------------ handed to ICE, by its full name
def test_people_handed_to_us_immigration_and_customs_enforcement_are_help_to_ice():
    text = ("Jail\n\nCONCORD, N.C. (AP) — Over five years the Cabarrus County jail handed 1,212 people to U.S. "
            "Immigration and Customs Enforcement.")
    assert "assist_ice" in {r["action_type"] for r in rows(text)}
