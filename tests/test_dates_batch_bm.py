"""Dates tuned in the fifty-second stop: a dashed date on a dated field's line ("Hearing Dates: 2-27-28 and 3-12-28",
"Date Completed: 3-14-28") is its day, and a bill analysis's "Date Completed:" line dates the text; a dashed number
elsewhere (a vote, an order's number) is none.

Every line is invented for these tests.
"""
import datetime as dt

import pytest

from date_helpers import date_rows

from analysis.corpus import byline_date

pytestmark = pytest.mark.usefixtures("rules_only")


def _dates(text, date):
    return {r["date_text"]: str(r["date"]) for r in date_rows(text, date)}


def test_dashed_dates_on_a_dated_field_line_are_days():
    text = ("BILL ANALYSIS\n\n"
            "Senate Bill 208 (as introduced)\n"
            "Hearing Dates: 1-16-28 and 2-6-28\n"
            "Date Completed: 2-9-28\n\n"
            "The bill would require every officer to wear a visible badge number.")
    got = _dates(text, "2028-02-09")
    assert got.get("1-16-28") == "2028-01-16" and got.get("2-6-28") == "2028-02-06", got
    assert got.get("2-9-28") == "2028-02-09", got


def test_a_dashed_vote_or_number_is_no_date():
    text = ("MINUTES\n\n"
            "The motion carried 6-1-0. Ordinance 12-4-27 was read a second time, and Resolution 3-11-28 was tabled.")
    got = _dates(text, "2028-02-09")
    assert not [t for t in got if t in ("6-1-0", "12-4-27", "3-11-28")], got


def test_a_bill_analysis_is_dated_by_its_date_completed_line():
    text = ("STATE SENATE\n"
            "BILL ANALYSIS\n\n"
            "Senate Bill 208 (as introduced)\n"
            "Date Completed: 2-9-28\n\n"
            "The bill would require every officer to wear a visible badge number.")
    assert byline_date(text) == dt.date(2028, 2, 9)
