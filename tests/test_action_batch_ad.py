"""Rules tuned on the batches fx597-fx604 and fx605-fx612 (a records officer's letter, a conference committee report,
a TV fact check, a school board story, a sheriff's release with reactions, a transit board resolution, a legal aid
policy tracker, a congressional field hearing summary; a county agenda item, a supreme court argument recap, a police
training bulletin, a ballot measure explainer, a chronology sidebar, a student paper story, a courthouse story, a
signing statement): a roundup's section heading places the officials below it; a list item's run-in place places the
person after it; a resolution's "ADOPTED" line outranks its attached staff report's "Date:"; a dateline's city counts
wherever the text names it again; idioms of help, deployment, retort and deadline.

Every sentence is invented for these tests (real US places, made-up people, laws and offices).
"""
import datetime as dt

import pytest
from action_helpers import rows, types

from analysis.corpus import byline_date
from analysis.extract import run
from analysis.extract.base import parse_text

pytestmark = pytest.mark.usefixtures("rules_only")

TRACKER = """PIEDMONT IMMIGRANT LAW CENTER
Durham, North Carolina

POLICY WATCH | Published March 3, 2027

WAKE COUNTY

1. Feb. 4 | Jail contract
The Wake County commissioners voted 4-3 to renew the detention contract with ICE.

ORANGE COUNTY

2. Feb. 9 | Sheriff signs on
The signing drew a crowd. Advocates held a vigil outside. Speakers took turns for an hour.
Sheriff Percival Oduya-Brandt signed a 287(g) warrant service officer agreement with ICE.

WHAT TO WATCH

- Johnston County: Sheriff Ottoline Vasquez-Reyes has asked the commissioners to approve a 287(g) agreement.
"""


def _people(text):
    return {p["name"]: (p["jurisdiction"], p["jurisdiction_source"])
            for p in run.extract_document(parse_text(text, doc_id="t"))["people_mentions"]}


def test_a_sheriff_below_a_roundups_county_heading_is_that_countys():
    got = _people(TRACKER)
    assert got["Percival Oduya-Brandt"] == ("us-nc-orange-county", "dateline"), got
    rows_ = [r for r in rows(TRACKER) if r["evidence"].startswith("Sheriff Percival")]
    assert rows_ and {r["jurisdiction"] for r in rows_} == {"us-nc-orange-county"}, rows_


def test_a_list_items_run_in_place_places_the_person_after_it():
    got = _people(TRACKER)
    assert got["Ottoline Vasquez-Reyes"][0] == "us-nc-johnston-county", got


def test_one_dateline_does_not_place_a_sheriff_by_section():
    # a story with a single dateline is no roundup: the sheriff keeps the county the story names
    text = ("RALEIGH, N.C. \u2014 Wake County commissioners met Tuesday. Wake County officials said the jail is full.\n\n"
            "Sheriff Percival Oduya-Brandt signed a 287(g) agreement with ICE.")
    assert _people(text)["Percival Oduya-Brandt"][0] == "us-nc-wake-county"


def test_the_adoption_line_dates_a_resolution_with_a_staff_report_attached():
    text = ("TRI-COUNTY TRANSIT AUTHORITY\nBoard of Directors\n\nRESOLUTION NO. 2027-14\n\n"
            "A RESOLUTION ON TRANSIT POLICE AND FEDERAL IMMIGRATION AGENTS\n\n"
            "WHEREAS, the Authority serves three counties; and\n\nWHEREAS, riders have asked for clear rules;\n\n"
            "NOW, THEREFORE, BE IT RESOLVED:\n\n1. Transit officers shall not ask riders about immigration status.\n\n"
            "ADOPTED Thursday, June 10, 2027, by a vote of 5-2.\n\nSTAFF REPORT\n\nTo: Board of Directors\n"
            "Date: June 3, 2027\n\nStaff recommends adoption.\n")
    assert byline_date(text, 0) == dt.date(2027, 6, 10)


def test_a_dateline_city_counts_where_the_text_names_it_again():
    # the small model tags a lone city name as an organization; the dateline vouches for it
    text = ("NAMPA, Idaho - The Nampa School District board voted 4-1 on Tuesday to keep immigration agents out of "
            "classrooms.\n\nTrustees in Nampa said the rule takes effect in April. Canyon County Sheriff Dell "
            "Harrow-Quist said Canyon County deputies would not enforce it. Canyon County officials declined to "
            "comment.\n\nNampa families packed the meeting, and Nampa parents spoke for hours.")
    places = run.extract_document(parse_text(text, doc_id="t"))["place_mentions"]
    nampa = [p for p in places if p["jurisdiction_id"] == "us-id-nampa"]
    assert len(nampa) >= 3, places


@pytest.mark.parametrize("sentence, wanted", [
    ("The Lynn City Council voted 7-2 to forbid city police from supplying officers or vehicles to federal civil "
     "immigration operations.", "bar_local_cooperation"),
    ("The county jail tipped off ICE ahead of 52 inmate releases last year.", "assist_ice"),
    ("Eleven of those people were handed to ICE officers at the jail, police records show.", "assist_ice"),
    ("Roughly 150 Border Patrol agents were sent into Lowell in January.", "federal_deployment"),
    ("Her jail quit honoring warrantless detainers in 2024.", "bar_local_cooperation"),
    ("The county first contracted with ICE to house federal immigration detainees in October 2015.",
     "enter_formal_agreement"),
    ("Massachusetts law has forbidden local limits on cooperation with federal immigration officials since 2019.",
     "expand_cooperation"),
    ("The governor signed a bill which narrows the help that Massachusetts jails and police may give to federal civil "
     "immigration enforcement.", "bar_local_cooperation"),
])
def test_idioms_of_help_limits_and_deployment(sentence, wanted):
    assert wanted in types("WORCESTER, Mass. \u2014 " + sentence)


@pytest.mark.parametrize("sentence, unwanted", [
    # an order telling staff to give agents no help is no mandate to cooperate
    ("The policy directs office staff to keep any immigration officer in the front office and to give agents no help "
     "in finding a student.", {"expand_cooperation", "assist_ice"}),
    # police closing a street is no call to shut ICE down
    ("On July 19, Lowell police officers shut two blocks of Gorham Street while ICE officers took a man into custody.",
     {"call_to_abolish_or_reform"}),
    # a retort is no arrest
    ("The field office director, Anselm Kray-Odum, shot back that Lowell leaders care more about headlines than "
     "about crime.", {"federal_enforcement_operation"}),
    # volunteers stationed by a group are no federal deployment
    ("The Merrimack Valley Immigrant Alliance said it will station volunteers outside the jail's release door.",
     {"federal_deployment"}),
    # the act a deadline demands is not done
    ("In a July 30 letter, the attorney general gave the city 60 days to rescind the mayor's order or face a lawsuit.",
     {"assist_ice"}),
    # a group's petition for an end is no end
    ("The Merrimack Valley Immigrant Alliance delivered a petition urging the board to let the ICE agreement expire.",
     {"end_formal_agreement"}),
    # a law that leaves an agreement intact ends nothing
    ("Sheriff Dale Mwangi-Ross said the new law leaves the county's 287(g) agreement with ICE intact.",
     {"end_formal_agreement"}),
])
def test_readings_refused(sentence, unwanted):
    assert not set(types("WORCESTER, Mass. \u2014 " + sentence)) & unwanted


def test_a_deployment_goes_to_where_officers_are_sent_not_where_from():
    got = [r for r in rows("DETROIT \u2014 ICE said more officers will be moved from Detroit into Washtenaw County.")
           if r["action_type"] == "federal_deployment"]
    assert [r["target_jurisdiction"] for r in got] == ["us-mi-washtenaw-county"], got


def test_a_council_asking_for_an_end_is_still_coded():
    # the outsiders rule is for groups outside government: a council's request stays a (proposed) act
    assert "end_formal_agreement" in types("WORCESTER, Mass. \u2014 The council asked the sheriff to end the 287(g) "
                                           "agreement.")
