"""Dates tuned in the forty-ninth stop: a press release's dateline that carries the date ("SPRINGFIELD, Mo., March 3,
2028 -"), which dates the document.

Every line is invented for these tests.
"""
import datetime as dt

import pytest

from analysis.corpus import byline_date


@pytest.mark.parametrize("line", [
    "SPRINGFIELD, Mo., March 3, 2028 \u2014 City leaders met with the sheriff.",
    "SPRINGFIELD, Mo. (March 3, 2028) \u2013 City leaders met with the sheriff.",
    "AUSTIN, Texas -- Friday, March 3, 2028 -- City leaders met with the sheriff.",
    "ST. LOUIS, March 3, 2028 /PRNewswire/ -- City leaders met with the sheriff.",
    "SPRINGFIELD, Mo. (March 3, 2028) - City leaders met with the sheriff.",
])
def test_a_dateline_with_its_date_dates_the_release(line):
    text = f"Mayor meets sheriff over ICE requests\n\n{line}\n\nThe meeting lasted an hour.\n"
    assert byline_date(text) == dt.date(2028, 3, 3)


def test_a_blog_posts_long_posted_line_with_dotted_fields_dates_it():
    text = ("RIVER OAKS NEIGHBORHOOD ASSOCIATION\nIrving, Texas\n\nHome | Events | Meeting Notes\n\n"
            "Recap: our meeting about ICE arrests\n\n"
            "Posted on March 16, 2028 by Ada Lindqvist-Moreno, Communications Chair \u00b7 Categories: Community "
            "Meetings, Safety \u00b7 1 Comment\n\nFor anyone who missed it, here are our notes from Tuesday night.\n")
    assert byline_date(text) == dt.date(2028, 3, 16)
