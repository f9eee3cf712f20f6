"""Dates tuned in the forty-sixth stop: a heading's day in capitals ("MONDAY, SEPT. 13"), a heading that is only a
month ("MARCH"), "the previous Tuesday", a budget year that begins in October.

Every sentence is invented for these tests.
"""
import datetime as dt

from date_helpers import date_rows


def _dates(text, date):
    return {(r["date_text"], r["date"], r["date_precision"]) for r in date_rows(text, date)}


def test_a_day_in_capitals_heading_a_calendar_entry_is_that_day():
    text = ("THE WEEK AHEAD\n\nMONDAY, SEPT. 13\n\nCity Council, 6 p.m. Item 4: a vote on renewing the county's "
            "287(g) agreement.\n\nTUESDAY, SEPT. 14\n\nSchool Board, 7 p.m.\n")
    got = _dates(text, "2027-09-12")
    assert ("MONDAY, SEPT. 13", "2027-09-13", "day") in got
    assert ("TUESDAY, SEPT. 14", "2027-09-14", "day") in got


def test_a_heading_that_is_only_a_month_is_that_month_of_the_year_told():
    text = ("THE YEAR IN REVIEW\n\nMARCH\n\nThe county ended its jail contract with ICE.\n\nOCTOBER\n\nThe city "
            "council adopted a welcoming ordinance.\n")
    got = _dates(text, "2027-12-20")
    assert ("MARCH", "2027-03-01", "month") in got
    assert ("OCTOBER", "2027-10-01", "month") in got


def test_a_march_in_a_sentence_is_no_heading():
    got = _dates("Protesters will march on city hall.", "2027-12-20")
    assert not any(t.lower() == "march" for t, _d, _p in got)


def test_the_previous_weekday_is_the_one_before_the_day_told():
    text = "Hearing Date: Tuesday, March 23, 2027\n\nHe said the commission voted the previous Tuesday to bar it."
    assert ("the previous Tuesday", "2027-03-16", "day") in _dates(text, "2027-03-23")


def test_a_budget_year_that_begins_in_october_is_read_so():
    text = "FY 2027-28 BUDGET\n\nThe sheriff asked for 80 more ICE beds. The new budget year begins Oct. 1."
    assert ("FY 2027-28", "2027-10-01", "range") in _dates(text, "2027-07-20")


def test_a_witness_clause_on_the_nth_day_dates_an_executive_order():
    from analysis import corpus

    text = ("EXECUTIVE ORDER NO. 28-04\n\nWHEREAS the State Highway Patrol holds a 287(g) agreement with ICE;\n\n"
            "1. The Patrol shall end the agreement.\n\nIN WITNESS WHEREOF, I have hereunto set my hand at Topeka on "
            "the 14th day of March, 2028.\n")
    assert corpus.byline_date(text) == dt.date(2028, 3, 14)


def test_a_bills_introduction_line_dates_the_bill():
    from analysis import corpus

    text = ("State of Wisconsin\n2027 - 2028 LEGISLATURE\n\n2027 ASSEMBLY BILL 412\n\nNovember 3, 2027 - Introduced "
            "by Representatives THORNE and KRUEGER, cosponsored by Senator DOBBS. Referred to Committee on Criminal "
            "Justice and Public Safety.\n\nAN ACT relating to cooperation with federal immigration authorities.\n")
    assert corpus.byline_date(text) == dt.date(2027, 11, 3)


def test_a_day_in_a_sentence_is_no_introduction_line():
    from analysis import corpus

    text = "Council notes\n\nThe ordinance was discussed at length by members of the public and the council.\n"
    assert corpus.byline_date(text) is None
