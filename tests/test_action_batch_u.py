"""Rules tuned on the batch fx501-fx508 (an "Ask the Sheriff" column, a wire story on state legislatures, a
college board's campus policy, a podcast transcript, a press conference, a bill tracker, an advocacy group's
action alert, a county agenda packet), and on what dev missed the same way: an office's published counts of
ICE requests; a government's means barred from helping enforce immigration law; a press release's dateline
with a date and a state; a bill's entry in a tracker; a field's label; a legislator's home district; an
agency's city office; the writer's own answers and a podcast guest's; a shared subject that denies every
verb; a show's chapter titles; money kept away from 287(g); "county jails" read as a verb; an e-mail's date.

Every sentence is invented for these tests (real US places, made-up people, laws and offices).
"""
import datetime as dt

import pytest
from action_helpers import assert_type_coded_and_readings_refused, place_of_each_type, rows, types

from analysis.corpus import byline_date
from analysis.extract import run
from analysis.extract.base import parse_text
from analysis.segment import is_heading_line

pytestmark = pytest.mark.usefixtures("rules_only")


def _rows_with(text, words):
    got = [r for r in rows(text) if words in r["evidence"]]
    assert got, (text, words)
    return got


# ------------------------------------------------------------------ published counts of ICE requests
@pytest.mark.parametrize("sentence", [
    "The Merced County Sheriff's Office will post a quarterly count of ICE requests on its website, the sheriff said.",
    "The Turlock Police Department will start posting every request it receives from ICE, the chief said.",
    "The city will track every visit by federal immigration agents to its schools and publish the totals.",
])
def test_an_office_publishing_its_counts_of_ice_requests_is_a_records_commitment(sentence):
    text = f"Transparency\n\nMERCED, Calif. (AP) — {sentence}"
    assert "records_request" in types(text)


def test_a_report_of_arrests_is_no_records_commitment():
    text = "Arrests\n\nMERCED, Calif. (AP) — The sheriff's office reported that ICE arrested 14 people last week."
    assert "records_request" not in types(text)


# ------------------------------------------------------------------ means barred from helping
@pytest.mark.parametrize("sentence", [
    "Since 2017, Santa Fe has barred its employees from using city money, equipment or buildings to help "
    "enforce federal immigration law.",
    "A 2026 council resolution in Salem bars city money and staff time from civil immigration enforcement.",
    "The state law has barred state and local police since 1987 from using public money, equipment or personnel "
    "to find or arrest people whose only violation is of federal immigration law.",
])
def test_a_governments_means_barred_from_immigration_enforcement_bar_cooperation(sentence):
    text = f"Limits\n\nSALEM, Ore. (AP) — {sentence}"
    # (buildings listed among the means are no sites closed to agents)
    assert_type_coded_and_readings_refused(text, "bar_local_cooperation", ["restrict_enforcement_sites"])


def test_buildings_closed_to_agents_are_still_sites():
    text = ("Limits\n\nSALEM, Ore. (AP) — The council voted to close city buildings to immigration agents who "
            "carry no judicial warrant.")
    assert "restrict_enforcement_sites" in types(text)


# ------------------------------------------------------------------ datelines of press releases
def test_a_press_release_dateline_with_a_date_gives_the_documents_state():
    text = ("City limits immigration help\n\nALBUQUERQUE, N.M. (May 2, 2026) - Since 2017, Santa Fe has barred its "
            "employees from using city money or equipment to help enforce federal immigration law.")
    places = run.extract_document(parse_text(text, doc_id="t"))["place_mentions"]
    got = {p["text"]: p["jurisdiction_id"] for p in places}
    assert got.get("Santa Fe") == "us-nm-santa-fe", got     # not Santa Fe, Texas, nor the Argentine city
    assert got.get("ALBUQUERQUE") == "us-nm-albuquerque", got
    assert place_of_each_type(text, {"bar_local_cooperation": None}) == {"bar_local_cooperation": "us-nm-santa-fe"}


def test_without_a_state_a_bare_santa_fe_stays_unplaced():
    text = ("City limits immigration help\n\nSince 2017, Santa Fe has barred its employees from using city money "
            "or equipment to help enforce federal immigration law.")
    places = run.extract_document(parse_text(text, doc_id="t"))["place_mentions"]
    assert not [p for p in places if p["text"] == "Santa Fe"]


# ------------------------------------------------------------------ a bill tracker
TRACKER = """Kentucky immigration bill tracker

Updated April 17, 2026. Louisville's council passed a welcoming resolution last year.

4. HB 377 | Law enforcement identification
Sponsor: Rep. Marisol Quintana-Baird (D-Louisville)
Summary: Would make every officer arresting someone in Kentucky display a name or badge number.
Status: Referred to House Judiciary 1/21/2026. DEAD

5. HB 402 | Courthouses; civil immigration arrests
Sponsor: Rep. Garrison Pruitt-Olafsen (R-Elizabethtown)
Summary: Would shield anyone attending a hearing from civil immigration arrest inside or outside a courthouse.
Status: Passed House 3/12/2026 (61-35); in Senate Judiciary. DEAD
"""


def test_a_bills_summary_in_a_tracker_is_the_states():
    got = _rows_with(TRACKER, "Would shield anyone")
    # not the city the page names most, nor the sponsor's home district, nor "Summary" as the actor
    assert {r["jurisdiction"] for r in got} == {"us-ky"}, got
    assert all(r["actor"] != "Summary :" for r in got)


# ------------------------------------------------------------------ an agency's city office
def test_an_agencys_office_named_for_a_city_is_no_place():
    text = ("Transport agreement\n\nCabarrus County staff recommend the agreement. The Service Provider shall "
            "transport ICE detainees between the Detention Center and ICE's Charlotte office.")
    places = run.extract_document(parse_text(text, doc_id="t"))["place_mentions"]
    assert "Charlotte" not in {p["text"] for p in places}


# ------------------------------------------------------------------ the writer's own answers
COLUMN = """THE PRAIRIE LEDGER
Community | Wednesday, October 14, 2026

ASK THE SHERIFF

By Sheriff Garth Brunner, Reno County Sheriff's Office

1. Q: Does the jail hold people for ICE?
— Worried in Hutchinson

A: We honor ICE detainers: a person named in one stays in our custody up to 48 hours. General Order 7-3, which I put in place in February 2025, bars deputies from holding anyone for ICE.

2. Q: What does the city do?

A: Mayor Teresa Marlow of Hutchinson said the city would not help ICE. Mayor Marlow also called the arrests cruel.
"""


def test_the_answers_of_an_officials_column_are_the_writers():
    got = _rows_with(COLUMN, "We honor ICE detainers")
    assert {(r["actor"], r["jurisdiction"]) for r in got} == {("Garth Brunner", "us-ks-reno-county")}, got


def test_what_the_writer_put_in_place_is_the_writers_government():
    got = _rows_with(COLUMN, "General Order 7-3")
    assert {r["jurisdiction"] for r in got} == {"us-ks-reno-county"}, got


PODCAST = """SECOND HOUSE
Nebraska politics, one courthouse at a time
Episode 88: Lancaster County's attorney on LB 512
Published Thursday, October 14, 2027
Host: Ansel Brightwood | Guest: Theodora Kasprzyk, Lancaster County Attorney

[00:00:04] HOST: Welcome to Second House. Omaha and Douglas County went the other way, right?

[00:00:09] GUEST: They did. We filed a federal records request with ICE last month for every detainer it lodged at our jail in 2026.

[00:03:30] HOST: And Douglas County?

[00:03:34] GUEST: On September 21 the Douglas County Board voted 5-2 to keep county money away from any 287(g) application and to shut ICE out of the booking floor unless agents carry a judicial warrant.

SHOW NOTES
Chapters
00:00 Intro
03:30 Douglas County sues the state
"""


def test_a_podcast_guests_label_is_the_guest_the_header_names():
    got = _rows_with(PODCAST, "We filed a federal records request")
    assert {(r["actor"], r["jurisdiction"]) for r in got} == {("Theodora Kasprzyk", "us-ne-lancaster-county")}, got


def test_money_kept_away_from_287g_is_a_bar_not_a_call_to_abolish():
    got = {r["action_type"] for r in _rows_with(PODCAST, "keep county money away")}
    assert got == {"bar_local_cooperation"}, got


def test_a_shows_chapter_title_is_a_heading_and_no_act():
    assert is_heading_line("03:30 Douglas County sues the state")
    assert not is_heading_line("[00:03:34] GUEST: On September 21 the Douglas County Board voted 5-2.")
    assert not [r for r in rows(PODCAST) if r["evidence"].startswith(("03:30", "Douglas County sues"))]


def test_a_show_guest_thanked_by_name_is_a_pleasantry():
    text = ("RADIO HOUR\nHost: Dana Pell\n\nHOST: Sheriff Emmett Dale, Council Member Lorna Cheek, thank you both. "
            "We asked ICE about Tuesday's arrests.")
    assert "praise_enforcement" not in types(text)


# ------------------------------------------------------------------ a subject that denies every verb
@pytest.mark.parametrize("sentence, denied", [
    ("Not one of our officers arrested, held or questioned anyone about immigration status during the operation.",
     "assist_ice"),
    ("Not a single deputy detained, questioned or screened anyone for ICE this week.", "assist_ice"),
])
def test_a_shared_negative_subject_denies_each_joined_verb(sentence, denied):
    text = f"Police statement\n\nBETHLEHEM, Pa. (AP) — {sentence}"
    assert denied not in types(text)


def test_the_same_verbs_with_a_plain_subject_are_an_act():
    text = ("Police statement\n\nBETHLEHEM, Pa. (AP) — Bethlehem police officers stopped, searched and questioned "
            "two men about their immigration status during the operation.")
    assert "assist_ice" in types(text)


# ------------------------------------------------------------------ "county jails" read as a verb
def test_county_jails_as_a_noun_give_no_arrest_or_prosecution():
    text = ("Laws\n\nBOISE, Idaho (AP) — Idaho and South Dakota each approved laws in March obliging county jails "
            "to hold inmates for up to 48 hours on ICE detainers.")
    assert not {"threaten_prosecution"} & set(types(text))
    assert len([r for r in rows(text) if r["action_type"] == "assist_ice"]) <= 1


# ------------------------------------------------------------------ an e-mail's date line
def test_an_email_date_header_with_an_abbreviated_weekday_dates_the_text():
    text = ("From: Piedmont Coalition <alerts@example.org>\nTo: members\nDate: Thu, Apr 16, 2026 at 5:12 PM\n"
            "Subject: Two votes next week\n\nFriends,\n\nThe county voted on Tuesday.\n")
    assert byline_date(text) == dt.date(2026, 4, 16)
