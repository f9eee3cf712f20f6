"""Places, headings and dates, as the forty-fourth stop's batches (fx1253-fx1268) showed them: "the Boulder City
Council" in a Colorado text, a headline that ends on "287(g)", the date in force in a letter reproduced in a text
and in a compiled record's parts.

Every sentence is invented for these tests (real US places, made-up people, offices and laws).
"""
from __future__ import annotations

import datetime as dt

from analysis import segment
from analysis.extract import entities, places
from analysis.extract.base import parse_text
from analysis.extract.dates import extract_dates


def place_ids(text: str) -> list:
    pdoc = parse_text(text, doc_id="d")
    return [r["jurisdiction_id"] for r in places.extract_places(pdoc, entities.extract_mentions(pdoc))]


def test_the_council_of_a_city_in_the_texts_state_is_that_citys():
    text = ("DENVER, Colorado - The governor answered the federal letter on Monday. On Tuesday evening, the Boulder "
            "City Council adopted a resolution supporting the reply.")
    ids = place_ids(text)
    assert "us-co-boulder" in ids and "us-nv-boulder-city" not in ids, ids


def test_a_city_named_city_keeps_its_council_in_its_own_state():
    text = "CARSON CITY, Nevada - The Carson City Council voted 4-1 on Thursday to end the jail's contract with ICE."
    assert "us-nv-carson-city" in place_ids(text), place_ids(text)


def test_a_headline_ending_on_a_programs_letter_is_a_heading():
    text = ("THE RIDGE AND VALLEY DISPATCH\nSunday, May 16, 2027\n\nWhere your county stands on 287(g)\n\n"
            "Signed, renewed, ended: a county-by-county guide to jail agreements with ICE\n\nBy Staff Writer\n\n"
            "The sheriff signed the agreement in March.\n")
    heads = [p.text for p in segment.paragraphs(text) if p.is_heading]
    assert "Where your county stands on 287(g)" in heads, heads
    assert "Signed, renewed, ended: a county-by-county guide to jail agreements with ICE" in heads, heads


def test_a_sentence_ending_on_a_parenthesis_is_no_heading():
    assert not segment.is_heading_line("The jail joined the program under Section 287(g) (2019)")


def _bases(text: str, date: dt.date) -> dict:
    """Sentence text -> the date in force there, as the dates stage tells it."""
    pdoc = parse_text(text, date=date)
    bases: dict = {}
    extract_dates(pdoc, bases)
    return {s.text: bases[s.sentence_id] for s in pdoc.sentences}


def test_the_dates_stage_tells_the_date_in_force_in_a_letter_reproduced():
    text = ("OFFICE OF THE GOVERNOR\nMay 5, 2027\n\nThe Governor today released the letter below.\n\n---\n\n"
            "April 6, 2027\n\nDear Governor Quill-Adebayo:\n\nThe State has ignored our requests.\n\n"
            "Sincerely,\nLucan Whitlock-Oduya\n")
    by_text = _bases(text, dt.date(2027, 5, 5))
    assert by_text["The Governor today released the letter below."] == dt.date(2027, 5, 5), by_text
    assert by_text["The State has ignored our requests."] == dt.date(2027, 4, 6), by_text


def test_a_part_with_its_own_date_line_is_dated_by_it_and_a_later_part_is_not():
    text = ("COMPILED RECORD\nIssued: April 9, 2027\n\n----------\n\nRESOLUTION NO. 27-213\n\n"
            "The Council declares the city a welcoming city.\n\nDate adopted: March 16, 2027\n\n----------\n\n"
            "CLERK'S NOTE\n\nThe Mayor spoke at the signing.\n")
    by_text = _bases(text, dt.date(2027, 4, 9))
    assert by_text["The Council declares the city a welcoming city."] == dt.date(2027, 3, 16), by_text
    assert by_text["The Mayor spoke at the signing."] == dt.date(2027, 4, 9), by_text


def _months(text: str, date: str) -> dict:
    rows = extract_dates(parse_text(text, date=dt.date.fromisoformat(date)))
    return {r["date_text"]: r["date"] for r in rows}


def test_months_that_records_show_are_past_months():
    got = _months("The records show nine transfers in September, seven in October and six in November.", "2028-03-09")
    assert (got.get("September"), got.get("October"), got.get("November")) == (
        "2027-09-01", "2027-10-01", "2027-11-01"), got


def test_a_month_a_council_meets_in_is_still_ahead():
    got = _months("The council meets in October to vote on the jail contract.", "2028-03-09")
    assert got.get("October") == "2028-10-01", got
