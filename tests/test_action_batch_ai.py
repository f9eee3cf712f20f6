"""Rules tuned on the batches fx741-fx756 (a council meeting live blog, an attorney general's advisory opinion, a
fact check, a county executive's Q&A, a governor's press release, a timeline explainer, a school board story, a
transit agency story, a translated radio script, a sheriff's annual report, a state supreme court opinion, a podcast
transcript, a budget hearing story, a hospital memo, a mayoral debate, a capitol bureau's week in review).

Every sentence is invented for these tests (real US places, made-up people, laws and offices).
"""
import pytest
from action_helpers import assert_type_coded_and_readings_refused, rows, statuses, types

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize("text", [
    "State Rep. Dana Ortiz-Weller on Wednesday asked the Department of Public Safety for every record of troopers "
    "turning people over to ICE since January 2027.",
    "Council member Rhea Lindgren-Obi has filed a motion asking the sheriff to tell the council each quarter how "
    "many people deputies hand to ICE.",
])
def test_what_requested_records_are_about_is_no_help_to_ice(text):
    assert_type_coded_and_readings_refused(text, "records_request", ["assist_ice"])


def test_officers_arresting_according_to_an_ice_release_are_an_operation():
    assert "federal_enforcement_operation" in types(
        "According to an ICE news release, officers detained 19 people in Tulsa and Broken Arrow from May 2 to 4.")


@pytest.mark.parametrize("text, court", [
    ("The circuit court entered summary judgment for the county.", True),
    ("On Wednesday, Judge Ilse Marrow-Tate set a hearing for November 9.", True),
    ("A judge set bail on May 26, and the county released him the next day.", False),
    ("Notice is given that the chief judge has entered an order restricting civil immigration arrests in the "
     "courthouse.", False),
    ("On April 11 the Pulaski County Quorum Court passed an ordinance forbidding jail staff from holding anyone "
     "for ICE.", False),
])
def test_a_court_enters_judgment_and_sets_hearings(text, court):
    assert ("court_action" in types(text)) is court


def test_a_bill_whose_duty_has_run_since_a_date_is_law():
    assert statuses("Since July 1, 2025, Senate Bill 44, the Jail Notice Act, has obliged every Kansas jail to hold "
                    "people named in ICE detainers.", "expand_cooperation") == {"enacted"}
    assert statuses("Senate Bill 44 would oblige every Kansas jail to hold people named in ICE detainers.",
                    "expand_cooperation") == {"proposed"}


ORDINANCE = ("Tonight's main item: the Neighbor Trust Ordinance, file 2027-0412. The measure, which Council Member "
             "Ada Voss-Kimura introduced in March, would forbid city employees from opening city databases to ICE. "
             "Public comment ran for two hours. ")


def test_an_ordinance_adopted_by_name_is_what_the_measure_before_it_would_do():
    got = [r for r in rows(ORDINANCE + "On a 9-4 roll call, the council adopted the Neighbor Trust Ordinance "
                                       "tonight.") if "adopted" in r["evidence"]]
    assert [(r["action_type"], r["status"]) for r in got] == [("bar_local_cooperation", "enacted")]


def test_an_ordinance_adopted_only_in_a_condition_is_not_enacted():
    got = [r for r in rows(ORDINANCE + "If the council adopted the Neighbor Trust Ordinance, the county could lose "
                                       "$2 million in state aid.") if "If the council" in r["evidence"]]
    assert not any(r["action_type"] == "bar_local_cooperation" and r["status"] == "enacted" for r in got)


def test_a_states_help_to_ice_in_several_of_its_cities_is_one_act():
    got = rows("COLUMBIA, S.C. \u2014 Governor Amos Whitlock-Reyes today signed Executive Order No. 2027-9, putting "
               "up to 300 soldiers of the South Carolina National Guard on state active duty to support ICE in "
               "Charleston, Columbia and Greenville.")
    assert [(r["action_type"], r["jurisdiction"]) for r in got] == [("assist_ice", "us-sc")]
    assert got[0]["target_jurisdiction"] in ("us-sc-charleston", "us-sc-columbia", "us-sc-greenville")


BILL = "House Bill 418 would require every sheriff to honor ICE detainers. "


@pytest.mark.parametrize("moved", [
    "The Senate approved it 16-14 on March 24.",
    "On Tuesday the House Judiciary Committee voted 8-5 to send House Bill 418 to the floor.",
    "The House Education Committee advanced the measure 9-4 on Tuesday.",
    "House Bill 418 cleared the Senate Judiciary Committee last month.",
])
def test_a_chamber_or_committee_moving_the_bill_on_is_the_bill_still_proposed(moved):
    got = [r for r in rows(BILL + moved) if r["evidence"] == moved]
    assert [(r["action_type"], r["status"]) for r in got] == [("expand_cooperation", "proposed")]


@pytest.mark.parametrize("moved", [
    "If the House passes it, the county will see the state in court.",
    "The committee did not send it to the floor.",
])
def test_a_bill_moved_on_only_in_a_condition_or_a_denial_gives_no_row(moved):
    assert not [r for r in rows(BILL + moved) if r["evidence"] == moved and r["action_type"] == "expand_cooperation"]


def test_a_jail_calling_ice_before_discharging_someone_helps_ice():
    assert "assist_ice" in types("The jail still calls ICE before discharging anyone held on a detainer.")


@pytest.mark.parametrize("text", [
    "In June the Plymouth County Sheriff's Department renewed its contract to house ICE detainees at the county jail.",
    "Cobb County commissioners voted 3-2 to renew the jail's contract to hold detainees for ICE.",
])
def test_what_a_renewed_contract_is_for_is_no_second_act(text):
    assert types(text) == ["keep_formal_agreement"]


def test_a_city_extending_its_bar_on_helping_ice_bars_cooperation():
    assert_type_coded_and_readings_refused(
        "Last month the Seattle City Council extended the city's bar on helping with civil immigration arrests.",
        "bar_local_cooperation", ["assist_ice"])


def test_days_behind_bars_are_no_bar():
    assert "bar_local_cooperation" not in types(
        "The City of Lawrence will pay $185,000 to a roofer who spent four extra days behind bars on a federal "
        "immigration detainer.")


def test_a_reason_cited_for_a_grant_freeze_is_no_act_of_its_own():
    assert_type_coded_and_readings_refused(
        "Last month the Justice Department froze $11 million in public safety grants to Denver, citing the city's "
        "limits on helping ICE.", "withhold_funding", ["bar_local_cooperation"])


@pytest.mark.parametrize("text", [
    "Administrator Ombongi-Reyes listed three options: (a) resume honoring every detainer; (b) keep the warrant "
    "rule; (c) end release calls to ICE.",
    "The council may (a) adopt the ordinance barring ICE detainers as drafted, (b) adopt it with Section 4 "
    "narrowed, or (c) postpone it.",
])
def test_options_set_out_in_one_sentence_are_no_acts(text):
    assert types(text) == []


@pytest.mark.parametrize("text", [
    "The same motion obliges the sheriff to file quarterly counts of ICE detainees and detainer requests with the "
    "board.",
    "The ordinance also obliges the police chief to give the council a quarterly count of every ICE request.",
])
def test_a_duty_to_report_counts_to_a_local_body_is_a_reporting_mandate(text):
    assert_type_coded_and_readings_refused(text, "records_request", ["expand_cooperation"])


@pytest.mark.parametrize("text", [
    "The bill would oblige every sheriff to honor ICE detainers.",
    "A directive the sheriff issued in March 2021 instructs jail staff to answer every ICE request for release "
    "dates.",
])
def test_a_duty_to_help_ice_still_expands_cooperation(text):
    assert "expand_cooperation" in types(text)


LETTER = ("The chair read into the record a March 3, 2027 letter from Lucan Severance-Obi, ICE Field Office Director. "
          "The letter asks the county to honor all detainers and to answer in writing within 30 days.")


def test_a_letter_from_a_federal_official_named_just_before_is_his():
    got = [r for r in rows(LETTER) if r["evidence"].startswith("The letter")]
    assert [(r["action_type"], r["actor"]) for r in got] == [("federal_ultimatum", "Lucan Severance-Obi")]


def test_a_letter_after_a_local_official_is_not_made_federal():
    text = ("Mayor Ines Baldwin-Roe answered on Friday. The letter asks the county to honor all detainers and to "
            "answer in writing within 30 days.")
    assert "federal_ultimatum" not in types(text)
