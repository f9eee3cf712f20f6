"""Document dates tuned in the fifty-third stop: a station's web story dated "Wed, April 12th 2028, 5:41 PM EDT" (an
ordinal day, an abbreviated weekday), a journal's running head set in columns ("Montpelier, Vt.     Tuesday, February
8, 2028     Journal No. 9"), and a resolution's "Meeting: Regular Meeting, Tuesday, ..." field above the "For release:"
line of a statement printed below it.

Every line is invented for these tests.
"""
import datetime as dt

from date_helpers import date_rows

from analysis.corpus import byline_date, parse_date_value


def test_an_ordinal_day_is_read():
    assert parse_date_value("April 12th 2028") == dt.date(2028, 4, 12)
    assert parse_date_value("March 3rd, 2028") == dt.date(2028, 3, 3)


def test_a_web_storys_date_line_with_an_ordinal_day_and_a_short_weekday():
    text = ("KXQT 7 NEWS | Local News\n\n"
            "County jail ends ICE contract\n\n"
            "by Odile Farnsworth-Achebe, KXQT 7 Reporter\n"
            "Wed, April 12th 2028, 5:41 PM EDT\n"
            "Updated: Wed, April 12th 2028, 10:03 PM EDT\n\n"
            "The county jail will stop renting beds to ICE, the sheriff said on Monday.")
    assert byline_date(text) == dt.date(2028, 4, 12)


def test_a_running_head_set_in_columns():
    text = ("STATE OF VERMONT\n"
            "HOUSE OF REPRESENTATIVES\n\n"
            "HOUSE JOURNAL\n"
            "Montpelier, Vt.          Tuesday, February 8, 2028          Journal No. 9\n\n"
            "The House met at 10:00 a.m. The committee reported the bill on Thursday.")
    assert byline_date(text) == dt.date(2028, 2, 8)


def test_a_line_of_columns_without_a_date_cell_dates_nothing():
    text = ("STATE OF VERMONT\n\n"
            "Montpelier, Vt.          Journal No. 9          Page 4\n\n"
            "The House met at 10:00 a.m.")
    assert byline_date(text) is None


def test_a_resolutions_meeting_field_dates_it_before_a_statement_printed_below():
    body = "\n\n".join(f"WHEREAS, clause {k} of the resolution is read into the record; and" for k in range(30))
    text = ("AUGUSTA COUNTY BOARD OF SUPERVISORS\n"
            "RESOLUTION R-2028-04\n\n"
            "Meeting: Regular Meeting, Tuesday, March 14, 2028\n"
            "Agenda Item: 7.B\n\n" + body + "\n\n* * *\n\n"
            "STATEMENT OF THE SHERIFF\n"
            "For release: Thursday, March 16, 2028\n\n"
            "I respect the Board's vote.")
    assert byline_date(text) == dt.date(2028, 3, 14)


def test_a_fiscal_impact_statement_is_dated_by_its_impact_date():
    text = ("SOUTH CAROLINA REVENUE AND FISCAL AFFAIRS OFFICE\n"
            "FISCAL IMPACT STATEMENT\n\n"
            "Bill Number: H. 4512 Introduced on January 18, 2028\n"
            "Author: Marsh-Adebayo\n"
            "Impact Date: February 16, 2028\n\n"
            "The bill would require every sheriff to request a 287(g) agreement.")
    assert byline_date(text) == dt.date(2028, 2, 16)


def _dates(text, date):
    return {r["date_text"]: (str(r["date"]), str(r.get("date_end"))) for r in date_rows(text, date, parse=True)}


def test_two_days_joined_by_and_are_a_span():
    got = _dates("ICE reported arrests in Chico and Oroville on February 8 and 9, 2028.", "2028-04-11")
    assert got.get("February 8 and 9, 2028") == ("2028-02-08", "2028-02-09"), got


def test_a_things_date_in_a_participle_lends_no_year():
    text = ("Executive Order 41, issued by the Governor in March 2026, bars troopers from sharing immigration status. "
            "Your request was received on October 17, and the Division will answer it.")
    got = _dates(text, "2028-10-19")
    assert got.get("October 17") == ("2028-10-17", "None"), got


def test_a_date_told_as_the_storys_time_still_lends_its_year():
    got = _dates("In March 2026, the county ended its contract. On October 17, the sheriff renewed it.", "2028-10-19")
    assert got.get("October 17") == ("2026-10-17", "None"), got


def test_a_social_media_posts_time_stamp_dates_its_today():
    text = ("Published May 9, 2029 at 6:00 a.m. MST\n\nElmore County Sheriff's Office\n"
            "May 2, 2029 at 9:12 AM \u00b7 Edited\n"
            "Today the Sheriff signed a 287(g) agreement with ICE.\n\n"
            "Elmore County Sheriff's Office\nMay 6, 2029 at 8:03 PM\n"
            "Our deputies did not take part in Saturday's arrests.\n\n"
            "The sheriff, reached Wednesday, declined to release the agreement.")
    got = _dates(text, "2029-05-09")
    assert got.get("Today") == ("2029-05-02", "None"), got
    assert got.get("Saturday") == ("2029-05-05", "None"), got
    assert got.get("Wednesday") == ("2029-05-09", "None"), got     # the story's own day again, after the posts


def test_a_span_of_two_days_with_their_weekdays_is_one_range():
    got = _dates("Reporting period: Sunday, May 6, 2029 - Saturday, May 12, 2029\n\nThe jail held 14 people for ICE.",
                 "2029-05-15")
    assert got.get("Sunday, May 6, 2029 - Saturday, May 12, 2029") == ("2029-05-06", "2029-05-12"), got
    assert "Sunday" not in got, got
