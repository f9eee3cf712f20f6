"""Dates tuned in the fifty-first stop: a calendar quarter ("Q3 2028", "THIRD QUARTER 2028", "the fourth quarter of
2027") is its three months; two weekdays ("between Sunday and Tuesday") are the days between them.

Every line is invented for these tests.
"""
import pytest

from date_helpers import date_rows

pytestmark = pytest.mark.usefixtures("rules_only")


def _dates(text, date):
    return {r["date_text"]: (str(r["date"]), str(r["date_end"]), r["date_precision"]) for r in date_rows(text, date)}


def test_a_quarter_is_its_three_months():
    text = ("NETWORK REPORT\n\nTHIRD QUARTER 2028\n\n"
            "Arrests rose from Q2 2028 to Q3 2028, after they fell in the fourth quarter of 2027.")
    got = _dates(text, "2028-10-10")
    assert got["THIRD QUARTER 2028"] == ("2028-07-01", "2028-09-30", "range")
    assert got["Q2 2028"] == ("2028-04-01", "2028-06-30", "range")
    assert got["fourth quarter of 2027"] == ("2027-10-01", "2027-12-31", "range")


def test_a_quarter_without_a_year_is_no_date_of_its_own():
    got = _dates("NOTES\n\nThe county pays ICE's invoices each quarter.", "2028-10-10")
    assert not any("quarter" in k for k in got)


def test_two_weekdays_are_a_span_of_days():
    text = ("OFFICE OF THE GOVERNOR\n\nVolunteer observers reported arrests in two cities between Sunday and Tuesday, "
            "the governor said.")
    assert _dates(text, "2028-08-16")["between Sunday and Tuesday"] == ("2028-08-13", "2028-08-15", "range")


def test_a_weekday_before_a_full_date_is_no_span():
    text = "NOTES\n\nThe hearing ran between Monday and Tuesday, May 9, 2028, the clerk said."
    assert "between Monday and Tuesday" not in _dates(text, "2028-05-12")
