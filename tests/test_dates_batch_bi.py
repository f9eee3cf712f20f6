"""Dates tuned in the forty-eighth stop: a span of months that runs over the new year ("from November through
January"), told in the new year after a date of that year.

Every sentence is invented for these tests.
"""
import pytest

from date_helpers import date_rows

pytestmark = pytest.mark.usefixtures("rules_only")


def _dates(text, date):
    return {(r["date_text"], r["date"], r["date_precision"]) for r in date_rows(text, date)}


def test_a_span_over_the_new_year_told_just_after_it_is_the_winter_past():
    text = ("February 8, 2028\n\nVolunteers in Jerome logged 38 ICE arrests from November through January.")
    assert ("from November through January", "2027-11-01", "range") in _dates(text, "2028-02-08")


def test_a_span_within_one_year_keeps_its_reading():
    text = "February 8, 2028\n\nVolunteers in Jerome logged 12 ICE arrests from February through March."
    got = {d for t, d, p in _dates(text, "2028-02-08") if t.endswith("March")}
    assert got and "2027-11-01" not in got


def test_a_month_under_a_report_verb_in_the_present_is_the_one_past():
    text = ("April 13, 2028\n\nThe Huron Valley Immigrant Defense Network says it has logged two other arrests near "
            "courthouses this year: one outside the district court in Ypsilanti in January and one in Ann Arbor on "
            "March 28.")
    assert ("January", "2028-01-01", "month") in _dates(text, "2028-04-13")


def test_a_month_of_what_a_sheriff_says_will_happen_is_still_ahead():
    text = "April 13, 2028\n\nThe Kent County sheriff says the jail will stop holding people for ICE in January."
    assert ("January", "2029-01-01", "month") in _dates(text, "2028-04-13")
