"""Dates tuned in the forty-seventh stop: a chronology's year heading over entries in bold, a range under it, a
fiscal year told with the day it begins, "two weeks from today", a law that takes effect on a weekday to come, a quarter
written out ("October through December 2027"), a dated update note whose text runs in after the colon, a policy's
"Approval Date" line, a timeline's day headings without a year, and the day of a chronology's entry for the rest of
its paragraph.

Every sentence is invented for these tests.
"""
import datetime as dt

import pytest
from action_helpers import dated_rows
from date_helpers import date_rows

from analysis import corpus

pytestmark = pytest.mark.usefixtures("rules_only")


def _dates(text, date):
    return {(r["date_text"], r["date"], r["date_precision"]) for r in date_rows(text, date)}


_CHRONOLOGY = ("HOW WE GOT HERE\n\nHere are the key moments.\n\n2026\n\n**March 3** \u2014 The council votes 8-4 to adopt "
               "the Open Door Ordinance. Its main section bars city police from holding anyone on an ICE detainer "
               "without a judge's warrant.\n\n**August** \u2014 Missoula County commissioners adopt a rule on "
               "detainers.\n\n2027\n\n**March 6-9** \u2014 ICE officers arrest 31 people in Missoula and Bozeman.\n\n"
               "**June 9** \u2014 The Supreme Court hears arguments in Helena.\n")


def test_entries_in_bold_under_a_year_heading_are_dates_of_that_year():
    got = _dates(_CHRONOLOGY, "2028-02-27")
    assert ("March 3", "2026-03-03", "day") in got
    assert ("August", "2026-08-01", "month") in got
    assert ("June 9", "2027-06-09", "day") in got


def test_a_range_under_a_year_heading_is_in_that_year():
    assert ("March 6-9", "2027-03-06", "range") in _dates(_CHRONOLOGY, "2028-02-27")


def test_an_entrys_day_dates_what_the_rest_of_its_paragraph_tells():
    got = [r["date"] for r in dated_rows(_CHRONOLOGY, "2028-02-27") if r["evidence"].startswith("Its main section")]
    assert got == ["2026-03-03"]


def test_a_fiscal_year_told_with_the_day_it_begins_starts_that_day():
    text = "(B) For fiscal year 2028, which begins July 1, 2027, the Tax Commissioner shall withhold half the fund."
    assert ("fiscal year 2028", "2027-07-01", "range") in _dates(text, "2027-06-24")


def test_weeks_from_today_count_from_the_texts_day():
    text = "Supervisor Ann Medina said he will introduce a resolution at the meeting two weeks from today."
    assert ("two weeks from today", "2028-03-28", "day") in _dates(text, "2028-03-14")


def test_a_law_to_take_effect_on_a_weekday_takes_effect_on_the_next_one():
    text = "A federal judge on Tuesday blocked two sections of the law but allowed the rest to take effect Friday."
    got = _dates(text, "2028-02-16")
    assert ("Friday", "2028-02-18", "day") in got
    assert ("Tuesday", "2028-02-15", "day") in got


def test_a_law_that_took_effect_on_a_weekday_is_in_the_past():
    assert ("Friday", "2028-02-11", "day") in _dates("The law took effect Friday.", "2028-02-16")


def test_a_quarter_written_out_is_a_range():
    text = "e. Figures for October through December 2027 were revised on April 3, 2028."
    assert ("October through December 2027", "2027-10-01", "range") in _dates(text, "2028-04-14")


def test_a_dated_update_note_with_its_text_run_in_dates_its_weekdays():
    text = ("CAPITOL UPDATE\n\nFriday, February 5, 2027\n\nThe committee voted on Wednesday.\n\nMore news.\n\n"
            "Contact the office.\n\nThank you.\n\nUPDATE, February 11, 2027: On Wednesday night, the Grand Forks City "
            "Council voted 5-2 for a resolution.\n")
    got = _dates(text, "2027-02-05")
    assert ("Wednesday", "2027-02-03", "day") in got
    assert ("Wednesday", "2027-02-10", "day") in got


def test_a_policys_approval_date_line_dates_it():
    text = ("TAMARISK VALLEY HOSPITAL DISTRICT\n\nBOARD OF DIRECTORS POLICY\n\nPolicy Number: BD-4.17\n"
            "Approval Date: March 9, 2028 (Resolution No. 2028-06)\nNext Review Date: March 2030\n\n1. PURPOSE\n\n"
            "The District treats every patient.\n")
    assert corpus.byline_date(text) == dt.date(2028, 3, 9)


_TIMELINE = ("AFTER-ACTION REPORT\n\n1. SUMMARY\n\nThe operation ran for three days.\n\n2. TIMELINE\n\n"
             "Tuesday, March 14\n06:30  At ICE's request, sheriff's deputies closed two county roads around the plant.\n"
             "14:30  The county jail accepted 23 of the arrestees on ICE detainers.\n\n"
             "Wednesday, March 15\n08:10  Iowa State Patrol troopers escorted two ICE buses to Des Moines.\n\n"
             "3. FINDINGS\n\nOn March 17, the county filed a records request with ICE.\n")


def test_a_timelines_day_headings_without_a_year_date_its_hours():
    got = {r["evidence"][:12]: r["date"] for r in dated_rows(_TIMELINE, "2028-04-20")}
    assert got["06:30  At IC"] == "2028-03-14"
    assert got["08:10  Iowa "] == "2028-03-15"


def test_the_section_after_a_timeline_is_back_in_the_texts_time():
    got = [r["date"] for r in dated_rows(_TIMELINE, "2028-04-20") if r["evidence"].startswith("On March 17")]
    assert got == ["2028-03-17"]


def test_a_weekday_and_day_that_do_not_match_is_no_heading():
    text = "AFTER-ACTION REPORT\n\nMonday, March 14\n06:30  Deputies closed two roads for ICE.\n"
    got = [r["date"] for r in dated_rows(text, "2028-04-20") if r["evidence"].startswith("06:30")]
    assert got != ["2028-03-14"]
