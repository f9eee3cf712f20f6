"""Rules tuned in the forty-fifth stop, from the misses of the batch fx1277-fx1284: a bill's history told as a dated
timeline (its title in capitals, "It was referred to the ... Committee", a conference committee appointed and its
report adopted, the second chamber's override that makes the bill law, not the rule of how a veto is overridden), a
duty to tell ICE "before it releases" a person, the day of a saying for what is said to come, a law that creates a
unit to help ICE, a portal for videos of arrests, a wish told as a cleft ("What I want is for Congress to ..."), a
law's short title passed again, a newsletter's item headings, a report taken back, agents arriving as a time
clause, and a headline above a byline.

Every sentence is invented for these tests (real US places, made-up people, offices and laws).
"""
import datetime as dt

import pytest
from action_helpers import dated_rows, of_type as _of_type, rows

from analysis import segment
from analysis.extract import run
from analysis.extract.base import parse_text

pytestmark = pytest.mark.usefixtures("rules_only")


# ------------------------------------------------------------------ a bill's timeline

_HISTORY = ("KANSAS LEGISLATIVE RESEARCH DEPARTMENT\n\n"
            "SENATE BILL 77 (2028 SESSION)\n\n"
            "WHAT THE ACT DOES\n\n"
            "- Section 1 requires every county jail to honor an ICE detainer for up to 48 hours.\n\n"
            "- Section 2 requires a jail to notify ICE at least 24 hours before it releases a person named in a "
            "detainer.\n\n"
            "TIMELINE\n\n"
            "January 9, 2028. Sen. Odalys Brennan-Whitlock introduced SB 77. It was referred to the Senate Judiciary "
            "Committee the following day.\n\n"
            "March 6, 2028. The House refused to concur, and a conference committee was appointed.\n\n"
            "March 27, 2028. The conference committee filed its report, keeping the penalty but delaying it until "
            "January 1, 2029. The Senate adopted the report 26-11 the same day. The House adopted it 60-36 the next "
            "day.\n\n"
            "April 13, 2028. The House voted 85-39 to override the veto. In Kansas, a two-thirds majority of both "
            "chambers overrides a veto.\n\n"
            "April 14, 2028. The Senate overrode the veto 27-13, and SB 77 became law.\n")


def _step(text):
    got = [r for r in dated_rows(_HISTORY, "2028-05-02") if text in r["evidence"]]
    return [(r["action_type"], r["status"], r["rule"], r["date"]) for r in got]


def test_a_title_in_capitals_names_the_bill_whose_steps_follow():
    assert _step("introduced SB 77") == [("expand_cooperation", "proposed", "bill_step", "2028-01-09")]


def test_a_bill_referred_to_a_committee_is_a_step_dated_by_its_entry():
    assert _step("It was referred") == [("expand_cooperation", "proposed", "bill_step", "2028-01-10")]


def test_a_conference_committee_appointed_is_a_step_though_a_chamber_refused():
    assert _step("a conference committee was appointed") == [
        ("expand_cooperation", "proposed", "bill_step", "2028-03-06")]


def test_a_conference_report_filed_and_adopted_are_steps_dated_when_they_happened():
    assert _step("filed its report") == [("expand_cooperation", "proposed", "bill_step", "2028-03-27")]
    assert _step("The Senate adopted the report") == [("expand_cooperation", "proposed", "bill_step", "2028-03-27")]
    assert _step("The House adopted it") == [("expand_cooperation", "proposed", "bill_step", "2028-03-28")]


def test_one_chamber_overriding_is_proposed_the_second_making_it_law_is_enacted():
    assert _step("The House voted 85-39") == [("expand_cooperation", "proposed", "bill_step", "2028-04-13")]
    assert _step("The Senate overrode the veto") == [("expand_cooperation", "enacted", "bill_step", "2028-04-14")]


def test_how_a_veto_is_overridden_is_no_step():
    assert _step("a two-thirds majority") == []


def test_a_referral_to_the_ballot_is_no_step():
    text = ("Rep. Ines Carvajal-Moody introduced House Bill 41, which would require every sheriff in Missouri to "
            "honor ICE detainers. Should that fail, supporters might refer the measure to the ballot.")
    assert [r for r in rows(text) if "ballot" in r["evidence"]] == []


def test_a_duty_to_tell_ice_before_a_release_is_help_not_a_limit():
    got = _of_type(_HISTORY, "bar_local_cooperation")
    assert got == [], got
    assert [r["action_type"] for r in rows(_HISTORY) if r["evidence"].startswith("- Section 2")] == [
        "expand_cooperation"]


def test_a_timeline_day_keeps_a_day_without_year_in_the_documents_year():
    text = ("April 14, 2028. The Senate overrode the veto 27-13. Had it fallen short, the bill would have died when "
            "the session ended on April 15.")
    doc = parse_text(text, doc_id="t", date=dt.date(2028, 5, 2))
    days = {d["date_text"]: d["date"] for d in run.extract_document(doc)["dates"]}
    assert days.get("April 15") == "2028-04-15", days


# ------------------------------------------------------------------ what is said to come is dated by the saying

def test_an_announced_act_is_dated_by_the_saying_not_by_its_start():
    text = ("Community Corrections Director Leopold Stanfill-Oduya said on April 18 that the Lexington jail will "
            "begin honoring ICE detainers on July 14.")
    got = dated_rows(text, "2028-05-02")
    assert [(r["action_type"], r["status"], r["date"]) for r in got] == [
        ("assist_ice", "announced", "2028-04-18")], got


def test_a_past_act_keeps_its_own_day():
    text = "Sheriff Leopold Stanfill-Oduya said on April 18 that the jail began honoring ICE detainers on March 2."
    got = dated_rows(text, "2028-05-02")
    assert [(r["action_type"], r["date"]) for r in got] == [("assist_ice", "2028-03-02")], got


# ------------------------------------------------------------------ laws, portals, calls

def test_a_law_that_creates_a_unit_to_help_ice_expands_cooperation():
    text = ("The Interior Enforcement Partnership Act, signed by Governor Ambrose Tillinghast-Mabry on June 30, 2026, "
            "created a unit within the State Highway Patrol to help ICE locate and detain people subject to removal.")
    assert [r["action_type"] for r in rows(text)] == ["expand_cooperation"], rows(text)


def test_a_sheriff_who_creates_a_unit_to_help_ice_helps():
    text = "In 2026 Sheriff Ambrose Tillinghast-Mabry created a unit to help ICE locate people in Jasper County."
    assert "expand_cooperation" not in {r["action_type"] for r in rows(text)}, rows(text)


def test_a_portal_for_videos_of_arrests_documents_them():
    text = "COLUMBUS, Ohio - Last Friday the city opened an online portal where residents can upload video of arrests."
    assert [r["action_type"] for r in rows(text)] == ["document_misconduct"], rows(text)


def test_no_portal_is_no_portal():
    text = "COLUMBUS, Ohio - The city has no portal, and residents cannot upload video of arrests."
    assert rows(text) == []


def test_a_wish_told_as_a_cleft_is_a_call_on_congress():
    text = ("COLUMBUS, Ohio - What I want is for Congress to require every ICE officer to wear a visible badge "
            "number and a body camera, the mayor said.")
    assert [r["action_type"] for r in rows(text)] == ["call_to_abolish_or_reform"], rows(text)


def test_a_laws_short_title_passed_is_the_law_told_before():
    text = ("The Detainer Compliance and Jail Safety Act, which took effect on December 1, 2026, requires every North "
            "Carolina sheriff to hold a person named in an ICE detainer for up to 48 hours. The General Assembly "
            "passed the Act over the Governor's veto in August 2026.")
    got = [r for r in rows(text) if "passed the Act" in r["evidence"]]
    assert [(r["action_type"], r["status"], r["date"]) for r in got] == [
        ("expand_cooperation", "enacted", "2026-08-01")], rows(text)


def test_an_act_of_cruelty_is_no_law():
    text = ("The Detainer Compliance and Jail Safety Act requires every North Carolina sheriff to hold a person named "
            "in an ICE detainer for up to 48 hours. The mayor passed the act of signing it to her deputy.")
    assert [r for r in rows(text) if "mayor passed" in r["evidence"]] == []


# ------------------------------------------------------------------ places of items, corrections, releases

_NEWSLETTER = ("THIS WEEK IN IMMIGRATION ENFORCEMENT\n\n"
               "1. JAIL CONTRACT | Brown County\n"
               "Monday, March 6\n"
               "The Brown County Board of Supervisors voted 17-8 on Monday to renew the county's contract to hold ICE "
               "detainees at its jail.\n\n"
               "2. LAWSUIT FILED | Milwaukee County\n"
               "Wednesday, March 8\n"
               "The county sued the Department of Homeland Security on Wednesday. DHS suspended the county's "
               "emergency-management grants on January 19.\n\n"
               "3. BILL HEARING | State Capitol\n"
               "A committee heard testimony on Assembly Bill 512.\n")


def test_a_newsletter_items_heading_places_the_item():
    got = [r for r in dated_rows(_NEWSLETTER, "2028-03-10") if r["action_type"] == "withhold_funding"]
    assert [r["target_jurisdiction"] for r in got] == ["us-wi-milwaukee-county"], got


def test_a_report_taken_back_is_no_act():
    text = ("In our March 3 issue, we incorrectly reported that the Eau Claire City Council had adopted a "
            "welcoming-city resolution.")
    assert rows(text) == []


def test_a_report_not_taken_back_stands():
    text = ("In our March 3 issue, we reported that the Eau Claire City Council had adopted a welcoming-city "
            "resolution.")
    assert [r["action_type"] for r in rows(text)] == ["affirm_sanctuary"], rows(text)


def test_agents_arriving_after_a_hold_is_no_deployment():
    text = ("YUMA, Ariz. - The same office said a campus officer had held the student in a patrol car for about 40 "
            "minutes until the agents arrived.")
    assert "federal_deployment" not in {r["action_type"] for r in rows(text)}, rows(text)


def test_agents_arriving_in_a_city_are_still_a_deployment():
    text = "YUMA, Ariz. - About 200 federal agents arrived in Yuma on Monday, the mayor said."
    assert "federal_deployment" in {r["action_type"] for r in rows(text)}, rows(text)


# ------------------------------------------------------------------ a headline above its byline

def test_a_headline_above_a_byline_is_a_heading_whatever_its_punctuation():
    text = ("NEWS | March 10, 2028\n\nThe regents voted on Thursday.\n\n"
            "Regents rein in campus police on immigration; senator threatens $38 million cut\n\n"
            "By Marisol Quenneville-Dabrowski, Senior Staff Writer\n\nThe board voted 7-4.\n")
    paras = {p.text: p.is_heading for p in segment.paragraphs(text)}
    assert paras["Regents rein in campus police on immigration; senator threatens $38 million cut"] is True
    assert paras["The regents voted on Thursday."] is False


def test_an_order_kept_in_force_that_tells_its_own_content_is_that_order():
    text = ("Iowa's preemption act bars any city from limiting cooperation with ICE. CHIEF KOWALCZYK-TEMBO: Mayor, for "
            "the record, my general order barring officers from sharing arrestees' home addresses with ICE will stay "
            "in place.")
    got = [r for r in rows(text) if "stay in place" in r["evidence"]]
    assert [r["action_type"] for r in got] == ["bar_local_cooperation"], got


def test_an_agreement_renewal_taken_back_is_no_end_either():
    text = ("A May 9 story about Albuquerque police and ICE incorrectly reported that Sandoval County renewed its "
            "agreement to hold ICE detainees at its jail in April.")
    assert rows(text) == []


# ------------------------------------------------------------------ one row per place of a list

@pytest.mark.parametrize("subject", ["Greene, Jasper and Boone counties", "Greene County, Jasper County and Boone County"])
def test_each_county_of_a_list_signing_gets_its_row(subject):
    text = f"JEFFERSON CITY, Mo. - {subject} signed 287(g) agreements with ICE in February 2027."
    got = sorted(r["jurisdiction"] for r in rows(text) if r["action_type"] == "enter_formal_agreement")
    assert got == ["us-mo-boone-county", "us-mo-greene-county", "us-mo-jasper-county"], rows(text)


def test_a_county_and_its_state_are_no_list():
    text = "Greene County, Missouri, signed a 287(g) agreement with ICE in February 2027."
    assert [r["jurisdiction"] for r in rows(text)] == ["us-mo-greene-county"], rows(text)


def test_a_federal_threat_to_prosecute_any_city_employee_who_hides_someone_targets_officials():
    text = ("COLUMBUS, Ohio - The acting Homeland Security secretary, Corwin Ashdale-Byrne, said on Tuesday that "
            "Columbus is running a sanctuary city. He also said that any city employee who hides a suspect from his "
            "officers will be prosecuted.")
    got = [r for r in rows(text) if "any city employee" in r["evidence"]]
    assert [(r["action_type"], r["status"]) for r in got] == [("target_local_officials", "threatened")], got


def test_a_mayor_warning_city_employees_targets_no_one():
    text = "COLUMBUS, Ohio - The mayor said that any city employee who hides a suspect from police will be prosecuted."
    assert "target_local_officials" not in {r["action_type"] for r in rows(text)}


_CAPTION = ("UNITED STATES DISTRICT COURT\nWESTERN DISTRICT OF WASHINGTON\n\nUNITED STATES OF AMERICA,\n"
            "                Plaintiff,\n        v.                                      Case No. 2:28-cv-00431\n"
            "CITY OF BELLINGHAM, a municipal corporation,\n                Defendant.\n\n"
            "ORDER ON PLAINTIFF'S MOTION\n\n")


def test_the_united_states_filing_this_action_sues_the_captions_government():
    text = _CAPTION + "The United States filed this action on March 2, 2028. The Court heard argument on March 8."
    got = [r for r in rows(text) if r["action_type"] == "federal_lawsuit"]
    assert [r["target_jurisdiction"] for r in got] == ["us-wa-bellingham"], got


# ------------------------------------------------------------------ a state official's letter

def test_a_state_attorney_generals_warning_in_a_letter_is_no_federal_ultimatum():
    text = ("JACKSON, Miss. - Attorney General Percy Lusk warned Sheriff Ona Fairchild in a letter last week that the "
            "state would sue Hinds County if the directive was found to violate Mississippi's ban on sanctuary "
            "policies.")
    assert "federal_ultimatum" not in {r["action_type"] for r in rows(text)}, rows(text)


def test_an_ice_directors_letter_with_a_deadline_is_still_an_ultimatum():
    text = ("JACKSON, Miss. - In a letter, ICE Field Office Director Percy Lusk gave Hinds County 30 days to rescind "
            "its directive limiting cooperation with ICE.")
    assert "federal_ultimatum" in {r["action_type"] for r in rows(text)}, rows(text)


def test_a_letter_from_ice_read_by_a_clerk_is_still_ices_demand():
    text = ("GRAND ISLAND, Neb. - Clerk Ona Pospisil read into the record a letter dated April 8 from an ICE deputy "
            "field office director asking the Board to confirm in writing within 21 days that the Hall County Jail "
            "will honor immigration detainers.")
    assert "federal_ultimatum" in {r["action_type"] for r in rows(text)}, rows(text)


# ------------------------------------------------------------------ a grant's conditions

@pytest.mark.parametrize("sentence", [
    "Condition 41 of that award requires the City to give ICE access to inmates at the city jail.",
    "The Department wrote the conditions into the award documents last June, requiring city police to give ICE 48 "
    "hours' notice before releasing anyone the agency wanted.",
])
def test_a_grant_conditioned_on_cooperation_is_funding_pressure(sentence):
    text = "AURORA, Colo. - The Justice Department awarded the city $1.2 million in 2026. " + sentence
    got = [r for r in rows(text) if r["evidence"] == sentence]
    assert [r["action_type"] for r in got] == ["withhold_funding"], rows(text)


def test_a_designation_under_a_grant_condition_is_still_a_designation():
    text = ("SANTA FE, N.M. - Having reviewed the Act, the Office of Justice Programs has designated New Mexico a "
            "noncompliant jurisdiction under Special Condition 52 of the award.")
    assert "federal_ultimatum" in {r["action_type"] for r in rows(text)}, rows(text)


def test_a_city_honoring_a_grant_condition_still_helps():
    text = ("AURORA, Colo. - Under Condition 41 of its justice grant, the Aurora Police Department gave ICE officers "
            "access to 12 inmates in March.")
    assert "withhold_funding" not in {r["action_type"] for r in rows(text)}, rows(text)
