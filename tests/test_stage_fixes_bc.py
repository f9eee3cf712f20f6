"""People, places, dates and the parser's view of a line, as the forty-third stop's batches (fx1229-fx1244) showed them:
a measure or a place read as a person, a state lawmaker's comma-set party and hometown, a state trial court's judge,
an assistant attorney general, a letterhead whose county name keeps a small word ("Fond du Lac"), "the County of X",
a "since" clause's date, a plural noun the tagger read as a verb, and list bullets and transcript time stamps.

Every sentence is invented for these tests (real US places, made-up people, offices and laws).
"""
from __future__ import annotations

import pytest

from analysis.extract import actors, entities, places
from analysis.extract.base import parse_text
from analysis.extract.dates import extract_dates
from analysis.extract.places import letterhead_place
from analysis.nlp import for_parser


def people(text: str):
    pdoc = parse_text(text, doc_id="d")
    m = entities.extract_mentions(pdoc)
    return actors.extract_people(pdoc, m, places.extract_places(pdoc, m))


def names(text: str) -> set:
    return {r["name"] for r in people(text)}


def person(text: str, name: str) -> dict:
    hits = [r for r in people(text) if r["name"] == name]
    assert hits, sorted(names(text))
    return hits[0]


def place_ids(text: str) -> list:
    pdoc = parse_text(text, doc_id="d")
    return [(r["text"], r["jurisdiction_id"]) for r in places.extract_places(pdoc, entities.extract_mentions(pdoc))]


# ----------------------------------------------------------------------------- people
def test_a_draft_ordinance_is_no_person():
    text = ("OFFICE OF THE CITY ATTORNEY\nCity of Bozeman, Montana\n\n1. Draft Ordinance 2028-14, attached, would "
            "repeal Section 3 and allow City employees to answer ICE requests.")
    assert not {n for n in names(text) if "Ordinance" in n}


def test_a_city_the_text_names_as_a_place_is_no_person_when_the_model_tags_it_so():
    text = ("Bozeman, Montana 59715\n\nIn September 2019, the Council adopted the Ordinance, declaring Bozeman a "
            "welcoming city. Last month, the Department of Justice placed Bozeman on its list of noncompliant "
            "jurisdictions.")
    assert "Bozeman" not in names(text)


def test_a_place_name_ending_as_no_name_ends_is_no_person():
    text = ("[00:03:05] HOST: And in Idaho Falls, ICE says its agents arrested 31 people at a dairy. Idaho Falls Mayor "
            "Rosalind Tennant-Mbeki said the arrests were cruel.")
    got = names(text)
    assert "Idaho Falls" not in got and "Rosalind Tennant-Mbeki" in got


def test_a_newspaper_after_the_is_no_person():
    text = "Welcome to The Sagebrush Dispatch, your weekly look at local news. I'm Thessaly Orcutt-Nwosu."
    assert "Sagebrush Dispatch" not in names(text)


def test_a_senator_set_off_with_a_party_and_a_hometown_is_a_state_senator():
    text = ('MADISON - "Every sheriff should play by the same rules," said the bill\'s sponsor, Sen. Evadne '
            'Tostrup-Achebe, R-Brookfield.')
    p = person(text, "Evadne Tostrup-Achebe")
    assert (p["role"], p["level"]) == ("state senator", "state")


def test_a_senator_set_off_with_a_party_and_a_state_stays_in_congress():
    text = 'WASHINGTON - "Every sheriff should play by the same rules," said Sen. Evadne Tostrup-Achebe, R-Texas.'
    assert person(text, "Evadne Tostrup-Achebe")["level"] == "federal"


def test_a_judge_of_a_numbered_judicial_district_court_is_a_state_judge():
    text = ("On Tuesday, Judge Ignatius Fennick-Tallbear of the Eighteenth Judicial District Court in Gallatin County "
            "ruled that the county may decline ICE detainers.")
    assert person(text, "Ignatius Fennick-Tallbear")["level"] == "state"


def test_an_assistant_attorney_general_keeps_the_word_assistant():
    text = "Assistant Attorney General Lucan Ferrant-Oduya called Raleigh a sanctuary for criminals."
    assert person(text, "Lucan Ferrant-Oduya")["role"] == "assistant attorney general"


# ----------------------------------------------------------------------------- places
def test_a_capitals_letterhead_keeps_the_small_word_of_a_county_name():
    text = ("FOND DU LAC COUNTY BOARD OF SUPERVISORS\n160 South Macy Street, Fond du Lac, Wisconsin 54935\n\n"
            "The Board voted Tuesday to keep its jail agreement with ICE.")
    pdoc = parse_text(text, doc_id="d")
    found = places.extract_places(pdoc, entities.extract_mentions(pdoc))
    assert letterhead_place(text, found) == "us-wi-fond-du-lac-county"


def test_the_county_of_a_name_is_the_county_not_the_city():
    got = place_ids("The State of California and the County of Santa Clara filed briefs as amici curiae.")
    assert ("Santa Clara", "us-ca-santa-clara-county") in got


def test_the_city_and_county_of_denver_stays_the_city():
    got = place_ids("The City and County of Denver filed a brief supporting the State of Colorado.")
    assert ("Denver", "us-co-denver") in got


# ----------------------------------------------------------------------------- dates
def _date_of(text: str, date_text: str, date="2027-05-14"):
    rows = extract_dates(parse_text(text, date=__import__("datetime").date.fromisoformat(date)))
    got = [r["date"] for r in rows if r["date_text"] == date_text]
    assert got, [(r["date_text"], r["date"]) for r in rows]
    return str(got[0])[:10]


def test_a_since_clause_lends_no_year_to_the_day_after_it():
    text = ("We honor ICE detainers, and we've done that since I took office in January 2025. On May 3, ICE asked us "
            "to take 12 people, and we booked all 12 the same day.")
    assert _date_of(text, "May 3") == "2027-05-03"


def test_a_year_told_plainly_still_lends_its_year():
    text = "The county signed the agreement in January 2025. On May 3, the sheriff renewed it."
    assert _date_of(text, "May 3") == "2025-05-03"


def test_a_plural_noun_read_as_a_verb_does_not_put_a_month_ahead():
    text = "The jail held an average of 51 ICE detainees a day in April."
    assert _date_of(text, "April") == "2027-04-01"


# ----------------------------------------------------------------------------- what the parser sees
@pytest.mark.parametrize("line, expected", [
    ("\u2022 Aug. 20, 2026 \u2014 A federal judge orders the grants restored.",
     "  Aug. 20, 2026 \u2014 A federal judge orders the grants restored."),
    ("[00:08:36] SHERIFF: We honor ICE detainers.", "           SHERIFF: We honor ICE detainers."),
    ("- Yesenia Orcutt-Amado, Lawrence: said ICE officers detained four workers.",
     "  Yesenia Orcutt-Amado, Lawrence: said ICE officers detained four workers."),
    ("Officers - not agents - made the arrests.", "Officers - not agents - made the arrests."),
])
def test_a_lines_bullet_or_time_stamp_is_blanked_for_the_parser_only(line, expected):
    assert for_parser(line) == expected and len(for_parser(line)) == len(line)


def test_a_list_items_speaker_is_found_after_its_dash():
    text = ("- Yesenia Orcutt-Amado, Lawrence, Kaw River Immigrant Network: said ICE officers detained four workers "
            "at a Lawrence car wash on Tuesday.")
    assert "Yesenia Orcutt-Amado" in names(text)


# ----------------------------------------------------------------------------- second batch (fx1245-fx1252)
def test_an_organization_span_stops_before_a_verb_the_tagger_took_in():
    pdoc = parse_text("On February 22, the Department placed Boston and Worcester on its list of sanctuary "
                      "jurisdictions.", doc_id="d")
    orgs = [m["text"] for m in entities.extract_mentions(pdoc) if m["label"] == "ORG"]
    assert not [o for o in orgs if "placed" in o], orgs


def test_a_village_header_takes_the_state_on_the_line_below():
    text = ("VILLAGE OF ANTIOCH\nLAKE COUNTY, ILLINOIS\n\nMINUTES OF THE REGULAR MEETING OF THE BOARD OF TRUSTEES\n"
            "Monday, March 6, 2028\n\nThe Board met at Village Hall.")
    assert ("ANTIOCH", "us-il-antioch") in place_ids(text)
