"""Rules tuned on the batch fx525-fx532 (a jail's notice to families, a TV newscast transcript, a police thread, a
senate committee's minutes, a fact check, a consent decree, a county's release on ending a contract, a timeline
explainer): a chronology's year headings, a post's "·"-separated date, a call to ICE before a release, and an
option a body weighed and turned down.

Every sentence is invented for these tests (real US places, made-up people, laws and offices).
"""
import datetime as dt

import pytest
from action_helpers import rows

from analysis.corpus import byline_date
from analysis.extract.actions import _option_refused
from analysis.extract.base import parse_text
from analysis.extract.dates import extract_dates

pytestmark = pytest.mark.usefixtures("rules_only")

TIMELINE = """THE VALLEY COURIER
EXPLAINER | Sunday, April 11, 2027

How we got here

Below, the key moments.

2017

Feb. 14 — The mayor signs an executive order on status questions.

August — A Justice Department letter gives the city until Oct. 27 to certify its policies.

2022

May — The sheriff extends the jail's contract renting 40 beds to ICE.

What's next

In May, the council votes again.
"""


def _dates(text, date=None):
    doc = parse_text(text, doc_id="t")
    doc.date = date
    return {(d["date_text"], d["date"]) for d in extract_dates(doc)}


def test_what_a_turned_down_term_would_have_required_is_no_act():
    text = ("Consent decree\n\nCOLUMBUS, Ohio (AP) \u2014 The Parties weighed, and did not adopt, a term that would "
            "have required the Sheriff to end the jail's contract with ICE.")
    assert not rows(text)


def test_a_chronologys_year_heading_gives_its_entries_their_year():
    got = _dates(TIMELINE, dt.date(2027, 4, 11))
    for pair in [("Feb. 14", "2017-02-14"), ("August", "2017-08-01"), ("Oct. 27", "2017-10-27"),
                 ("2022", "2022-01-01"), ("May", "2022-05-01")]:
        assert pair in got, (pair, sorted(got))


def test_a_date_below_the_chronology_is_the_texts_time_again():
    got = _dates(TIMELINE, dt.date(2027, 4, 11))
    assert ("In May", "2027-05-01") in got or ("May", "2027-05-01") in got, sorted(got)


def test_entries_of_a_chronology_without_year_headings_keep_the_texts_years():
    text = ("Timeline\n\nJan. 11 — The governor signs an order directing troopers to help ICE.\n\n"
            "March 2 — The city sues.\n")
    got = _dates(text, dt.date(2027, 4, 11))
    assert ("Jan. 11", "2027-01-11") in got and ("March 2", "2027-03-02") in got, sorted(got)


def test_a_posts_header_date_between_middle_dots_dates_the_text():
    text = ("Kenosha Police Department @KenoshaPD \u00b7 Apr 12, 2027 \u00b7 10:02 AM\nPinned\n\n"
            "1/8 THREAD: What we did, and did not do, during this weekend's arrests.\n")
    assert byline_date(text) == dt.date(2027, 4, 12)


@pytest.mark.parametrize("sentence, coded", [
    ("The Concord jail still calls ICE before releasing anyone with a detainer.", True),
    ("Mayor Ruiz called the sheriff before the men were released.", False),
])
def test_a_call_to_ice_before_a_release_is_a_notice(sentence, coded):
    text = f"Jail\n\nCONCORD, N.C. (AP) — {sentence}"
    assert ("assist_ice" in {r["action_type"] for r in rows(text)}) is coded


@pytest.mark.parametrize("sentence, refused", [
    ("Commissioners weighed and turned down a staff alternative that would have extended the ICE contract.", True),
    ("The parties weighed and did not adopt a term that would have required the Sheriff to end the contract.", True),
    ("The board rejected an amendment that would have kept the contract for a year.", True),
    ("Commissioners weighed, and turned down, a staff alternative that would have extended the contract.", True),
    ("The Parties weighed, and did not adopt, a term that would have required the Sheriff to end the contract.", True),
    ("The county declined ICE's request for more jail space.", False),    # a refusal of ICE's is an act
    ("Commissioners adopted a staff alternative that extends the ICE contract.", False),
])
def test_an_option_turned_down_is_no_act(sentence, refused):
    doc = parse_text(f"Minutes\n\n{sentence}", doc_id="t")
    sent = next(s for s in doc.sentences if s.text == sentence)
    root = next(t for t in sent.doc if t.dep_ == "ROOT")
    assert _option_refused(root) is refused


# ------------------------------------------------------------------ from fx533-fx540
@pytest.mark.parametrize("sentence, atype, coded", [
    ("We also priced out renting ICE a block of beds at a daily rate, and we passed on it.", "assist_ice", False),
    ("We also rent ICE a block of beds at a daily rate.", "assist_ice", True),
    ("DHS is not, at this time, seeking to withhold disaster relief funds from any jurisdiction on this list.",
     "withhold_funding", False),
    ("DHS is seeking to withhold disaster relief funds from Provo.", "withhold_funding", True),
])
def test_an_option_passed_on_and_a_progressive_split_by_commas_deny_the_act(sentence, atype, coded):
    text = f"Year-end briefing\n\nPROVO, Utah (AP) \u2014 {sentence}"
    assert (atype in {r["action_type"] for r in rows(text)}) is coded
