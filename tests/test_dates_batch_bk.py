"""Dates tuned in the fiftieth stop: a day without a year that opens a sentence telling a past act ("On the morning of
March 9, ICE officers ... arrested ...") or dates a letter ("a letter dated January 22"), read in the year before a
text written after it; a bill's "Introduced in the House:" line and a judge's dated signature line, which date their
documents.

Every line is invented for these tests.
"""
import datetime as dt

import pytest

from date_helpers import date_rows

from analysis.corpus import byline_date

pytestmark = pytest.mark.usefixtures("rules_only")


def _dates(text, date):
    return {r["date_text"]: r["date"] for r in date_rows(text, date)}


def test_a_past_act_told_on_a_day_without_a_year_is_in_the_year_before_a_later_text():
    text = ("Why our police stay out of it\n\nThe limits were tested this spring. On the morning of March 9, ICE "
            "officers arrested a house painter outside a church. In a letter dated January 22, the attorney general "
            "wrote that the city must repeal its ordinance.")
    got = _dates(text, "2028-10-15")
    assert str(got["March 9"]) == "2028-03-09"
    assert str(got["January 22"]) == "2028-01-22"


def test_a_day_ahead_without_a_year_stays_ahead():
    text = "Notes\n\nThe contract expires March 9, and the board was told it may not be renewed."
    assert str(_dates(text, "2028-10-15")["March 9"]) == "2029-03-09"


def test_a_bills_introduced_in_the_house_line_dates_it():
    text = ("Second Regular Session\nSTATE OF COLORADO\n\nINTRODUCED\n\nHOUSE BILL 28-1187\n\n"
            "Introduced in the House: January 21, 2028\n\nA BILL FOR AN ACT\nCONCERNING IMMIGRATION DETAINERS IN "
            "COUNTY JAILS.\n\nThe bill requires each sheriff to keep an agreement.\n")
    assert byline_date(text) == dt.date(2028, 1, 21)


def test_a_judges_dated_signature_line_dates_the_order():
    text = ("UNITED STATES DISTRICT COURT\nDISTRICT OF MASSACHUSETTS\n\nCITY OF HOLYOKE, Plaintiff,\n\nv.\n\n"
            "UNITED STATES DEPARTMENT OF JUSTICE, Defendant.\n\nMEMORANDUM AND ORDER\n\n"
            "The City of Holyoke asks the Court to bar the Department from enforcing the conditions it attached to the "
            "city's grant, which require the police to give federal immigration officers access to the jail and notice "
            "of releases. For the reasons below, the motion is ALLOWED.\n\n"
            "SO ORDERED.\n\nMarch 10, 2028                          /s/ Rosamund T. Okafor\n"
            "                                        United States District Judge\n")
    assert byline_date(text) == dt.date(2028, 3, 10)


def test_a_deadline_a_letter_dated_earlier_set_has_passed():
    text = ("Release\n\nIn a letter dated March 30, the Deputy Secretary asked the Governor to place 350 Guard members on "
            "duty beginning April 17 and to reply by April 6.")
    assert str(_dates(text, "2028-04-13")["April 6"]) == "2028-04-06"
