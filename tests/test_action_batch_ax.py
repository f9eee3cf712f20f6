"""Rules tuned after the thirty-eighth stop's batch of official texts (fx1117-fx1124): warrants federal agents
carry out, officers who hold someone for ICE or telephone ICE, what the public expects of its sheriff, reports of
agents' requests, places closed to agents without a judicial warrant, and the steps of a bill told apart from what
the bill does.

Every sentence is invented for these tests (real US places, made-up people and offices).
"""
import pytest
from action_helpers import of_type as _of_type, rows

pytestmark = pytest.mark.usefixtures("rules_only")


def test_agents_executing_a_search_warrant_at_a_plant_is_an_operation_there():
    text = ("Yesterday morning, agents of Homeland Security Investigations executed a federal criminal search warrant "
            "at a beef plant on the east side of Emporia, Kansas.")
    got = _of_type(text, "federal_enforcement_operation")
    assert [(r["status"], r["target_jurisdiction"]) for r in got] == [("enacted", "us-ks-emporia")], rows(text)


def test_local_officers_serving_a_search_warrant_are_no_federal_operation():
    text = "Emporia, Kansas police officers served a search warrant at a house on Tuesday."
    assert not _of_type(text, "federal_enforcement_operation"), rows(text)


def test_an_officer_keeping_a_driver_at_the_roadside_for_ice_helps_ice():
    text = ("The complaint alleges that a Madison, Wisconsin officer kept the driver at the roadside for ICE after "
            "the traffic matter was complete.")
    assert [r["status"] for r in _of_type(text, "assist_ice")] == ["reported"], rows(text)


def test_a_ban_on_holding_anyone_for_ice_is_still_no_help():
    text = "The Madison, Wisconsin ordinance bars officers from holding anyone for ICE."
    assert not _of_type(text, "assist_ice"), rows(text)


def test_an_officer_calling_an_ice_tip_line_about_a_driver_helps_ice():
    text = ("At 11:09 p.m., a Madison, Wisconsin police officer called an ICE tip line from his department phone and "
            "read out the driver's name.")
    assert [r["status"] for r in _of_type(text, "assist_ice")] == ["enacted"], rows(text)


def test_a_mayor_calling_ices_field_office_to_protest_is_no_help():
    text = "The mayor of Madison, Wisconsin called ICE's field office to protest the arrests."
    assert not _of_type(text, "assist_ice"), rows(text)


def test_a_call_the_following_day_asking_for_a_meeting_sets_no_deadline():
    text = ("On September 27, ICE sent the Lyon County, Kansas sheriff a letter. An ICE deputy field office director "
            "called the following day to ask for a meeting.")
    assert not _of_type(text, "federal_ultimatum"), rows(text)


def test_days_given_to_comply_are_still_an_ultimatum():
    text = "ICE gave the Lyon County, Kansas sheriff ten days to honor every detainer."
    assert _of_type(text, "federal_ultimatum"), rows(text)


def test_what_the_public_expects_of_its_sheriff_is_no_act():
    text = "Kansans expect their sheriff to work with federal officers, not around them."
    assert not _of_type(text, "assist_ice"), rows(text)


def test_a_quarterly_report_of_agent_requests_is_a_reporting_commitment():
    text = ("Under section 3.27.7, the Executive Director of the King County Library System will present the first "
            "quarterly report of agent requests in October 2027.")
    assert [r["status"] for r in _of_type(text, "records_request")] == ["announced"], rows(text)


def test_agents_without_a_judicial_warrant_may_not_enter_workrooms():
    text = ("3.27.4 Non-public areas. Agents without a judicial warrant may not enter workrooms, offices, storage "
            "rooms or loading docks of the King County Library System in Washington.")
    assert _of_type(text, "restrict_enforcement_sites"), rows(text)


def test_officers_without_a_warrant_entering_a_home_is_no_site_rule():
    text = "Officers without a warrant may not enter a home in Seattle, Washington, the court said."
    assert not _of_type(text, "restrict_enforcement_sites"), rows(text)


_NOTE = ("OHIO GENERAL ASSEMBLY\nOFFICE OF BILL REVIEW\n\nFISCAL NOTE\n\nBill: H.B. 512\nDate: March 16, 2028\n\n"
         "Rep. Cornelia Ashgrove-Bankole introduced H.B. 512 on January 11, 2028. On February 29, the House "
         "Public Safety Committee adopted a substitute bill and reported it favorably by a vote of 9-6.\n\n"
         "H.B. 512 would require every county sheriff in Ohio who runs a jail to apply to ICE for a 287(g) "
         "agreement by January 1, 2029.\n")


def test_a_bills_introduction_takes_the_type_of_what_the_bill_would_do():
    got = [r for r in _of_type(_NOTE, "expand_cooperation") if r["rule"] == "bill_step"]
    assert [(r["status"], r["jurisdiction"], r["date"]) for r in got] == [
        ("proposed", "us-oh", "2028-01-11"), ("proposed", "us-oh", "2028-02-29")], rows(_NOTE)


def test_a_bill_step_is_a_proposal_to_come_when_it_is_promised():
    text = ("Senate Bill 77 would bar every Oregon jail from holding a person on an ICE detainer. It died in the "
            "Senate this year. Sen. Idris Wellcome-Tate said he will introduce the bill again in January.")
    got = [r for r in _of_type(text, "bar_local_cooperation") if r["rule"] == "bill_step"]
    assert [r["status"] for r in got] == ["announced"], rows(text)


def test_a_step_that_did_not_happen_gives_no_row():
    text = ("Senate Bill 77 would bar every Oregon jail from holding a person on an ICE detainer. The Judiciary "
            "Committee did not advance the bill before the deadline.")
    assert not [r for r in rows(text) if r["rule"] == "bill_step"], rows(text)


def test_a_bill_whose_content_no_rule_coded_gives_no_step():
    text = ("Rep. Cornelia Ashgrove-Bankole introduced H.B. 512 on January 11, 2028. H.B. 512 would rename the "
            "state fair grounds in Columbus, Ohio.")
    assert not [r for r in rows(text) if r["rule"] == "bill_step"], rows(text)


def test_a_committee_adopting_its_agenda_is_no_step_of_the_bill():
    text = ("Senate Bill 77 would bar every Oregon jail from holding a person on an ICE detainer. On May 2, the "
            "Judiciary Committee adopted its agenda and heard from the public.")
    assert not [r for r in rows(text) if r["rule"] == "bill_step"], rows(text)


def test_federal_awards_that_require_help_with_ice_are_grants_conditioned_on_it():
    text = ("On January 12, 2027, the Office of Justice Programs issued awards of $1.4 million to Syracuse and "
            "$310,000 to Ithaca that, for the first time, required each city to give ICE 48 hours' notice before "
            "releasing any person named in a detainer.")
    got = rows(text)
    assert sorted((r["action_type"], r["target_jurisdiction"]) for r in got) == [
        ("withhold_funding", "us-ny-ithaca"), ("withhold_funding", "us-ny-syracuse")], got


def test_a_city_joining_a_suit_as_a_plaintiff_sues():
    text = ("Syracuse sued the Justice Department over the grant conditions in March. Ithaca, New York intervened as "
            "a plaintiff on June 1, 2027.")
    got = [r for r in _of_type(text, "sue_federal_government") if "intervened" in r["evidence"]]
    assert [(r["jurisdiction"], r["date"]) for r in got] == [("us-ny-ithaca", "2027-06-01")], rows(text)


def test_joining_a_suit_against_the_sheriff_as_a_plaintiff_is_no_suit_against_the_government():
    text = "Ithaca, New York joined as a plaintiff in the suit against the sheriff on June 1, 2027."
    assert not _of_type(text, "sue_federal_government"), rows(text)


def test_an_amendment_the_committee_adopted_is_no_step_of_the_bill():
    text = ("Senate Bill 206 would require every Nevada county jail to honor ICE detainers for 48 hours. At the April "
            "6 work session, Senator Lorna Brassington offered an amendment to remove Section 5, and the committee "
            "adopted it without objection.")
    assert not [r for r in rows(text) if r["rule"] == "bill_step"], rows(text)


def test_a_records_request_filed_under_a_records_law_is_no_step_of_a_bill():
    text = ("Senate Bill 206 would require every Nevada county jail to honor ICE detainers for 48 hours. On Monday "
            "the county filed a Freedom of Information Act request with ICE for its detainer records.")
    assert not [r for r in rows(text) if r["rule"] == "bill_step"], rows(text)


def test_a_legislator_filing_his_own_bill_files_no_step_of_the_bill_named_before():
    text = ("Senate Bill 206 would require every Nevada county jail to honor ICE detainers for 48 hours. Sen. Hollis "
            "Grantham-Oyelowo said he will file his own bill in February.")
    assert not [r for r in rows(text) if r["rule"] == "bill_step"], rows(text)


def test_a_committee_step_is_the_states_even_where_the_bill_names_a_city():
    text = ("House Bill 318 would require the Louisville Metro jail in Kentucky to honor every ICE detainer. On "
            "February 3, 2027, the House Judiciary Committee reported the bill favorably.")
    got = [r for r in rows(text) if r["rule"] == "bill_step"]
    assert [(r["jurisdiction"], r["status"]) for r in got] == [("us-ky", "proposed")], rows(text)


def test_the_public_asked_to_call_an_ice_tip_line_is_no_help_by_a_government():
    text = ("Members of the public with information about a person wanted in Portland, Maine can call the ICE tip "
            "line at any hour.")
    assert not _of_type(text, "assist_ice"), rows(text)


def test_calling_ices_field_office_a_partner_is_praise_not_a_call():
    text = "The Story County, Iowa sheriff called ICE's field office \"a dependable partner in keeping us safe.\""
    assert not [r for r in _of_type(text, "assist_ice") if r["rule"] == "phone_ice"], rows(text)


def test_a_resolution_that_no_city_property_shall_be_used_to_detain_persons_for_ice_is_no_help():
    text = ("BE IT FURTHER RESOLVED that no property owned or leased by the City of Calhoun, Georgia shall be used to "
            "detain persons for ICE.")
    assert not _of_type(text, "assist_ice"), rows(text)


def test_a_step_of_a_bill_read_as_help_by_jails_is_a_states_expansion():
    text = ("The forum turned on Senate Bill 1442, introduced in February by state Sen. Thora Lindqvist-Amado, which "
            "would make every county jail in Arizona hold people up to 48 hours on an ICE detainer. The Senate "
            "approved it 16-14 on March 24; the House adjourned without taking it up.")
    got = [r for r in rows(text) if r["rule"] == "bill_step"]
    assert [(r["action_type"], r["jurisdiction"]) for r in got] == [("expand_cooperation", "us-az")], rows(text)


_DHS_STATEMENT = (
    "Written statement: Cornelius Whitfield-Barrow, Deputy Assistant Secretary, U.S. Department of Homeland Security "
    "(against). In a statement dated February 26, 2027, Whitfield-Barrow called the Ottawa County, Michigan jail \"a "
    "model of what a federal and local partnership should look like.\" The statement also criticized Washtenaw County "
    "by name. It warned that Michigan's federal detention-reimbursement grants could be reduced if the bill becomes "
    "law.")


def test_a_deputy_assistant_secretary_of_homeland_security_speaks_for_the_federal_government():
    got = {(r["action_type"], r["target_jurisdiction"]) for r in rows(_DHS_STATEMENT)}
    assert got == {("praise_enforcement", "us-mi-ottawa-county"), ("federal_criticism", "us-mi-washtenaw-county"),
                   ("withhold_funding", "us-mi")}, rows(_DHS_STATEMENT)


def test_he_after_a_sentence_is_its_subject_not_the_person_named_last():
    text = ("Lysander Voss-Amberley, Director of the Office of Justice Programs, signed the notice. On February 3, "
            "2027, Director Voss-Amberley wrote to Mayor Benedetta Quill-Marchant of Syracuse, New York that the award "
            "would be suspended. The next day, he told reporters that \"Syracuse has chosen criminal aliens over its "
            "own residents.\"")
    got = [r for r in _of_type(text, "federal_criticism") if "told reporters" in r["evidence"]]
    assert [(r["actor"], r["target_jurisdiction"]) for r in got] == [
        ("Lysander Voss-Amberley", "us-ny-syracuse")], rows(text)


def test_a_recommendation_to_bar_officers_from_calling_ice_is_proposed():
    text = ("Recommendation 1. The Board recommends that the Madison, Wisconsin Police Department amend its procedure "
            "to bar officers from calling ICE during any traffic stop.")
    assert [r["status"] for r in _of_type(text, "bar_local_cooperation")] == ["proposed"], rows(text)


def test_a_procedure_the_department_will_amend_to_bar_calls_to_ice_is_announced():
    text = ("On Tuesday, the chief informed the Board that the Madison, Wisconsin Police Department will amend its "
            "procedure by January 2028 to bar calls to ICE from traffic stops.")
    assert [r["status"] for r in _of_type(text, "bar_local_cooperation")] == ["announced"], rows(text)


def test_a_procedure_amended_to_bar_calls_to_ice_is_still_enacted():
    text = ("In March, the Madison, Wisconsin Police Department amended its procedure to bar calls to ICE from "
            "traffic stops.")
    assert [r["status"] for r in _of_type(text, "bar_local_cooperation")] == ["enacted"], rows(text)


def test_troopers_guarding_loading_docks_in_ices_account_is_help_it_reports():
    text = ("ICE's news release says Kansas Highway Patrol troopers guarded the plant's loading docks in Emporia, "
            "Kansas during Wednesday's operation.")
    assert [r["status"] for r in _of_type(text, "assist_ice")] == ["reported"], rows(text)


def test_deputies_closing_roads_in_the_sheriffs_own_account_are_still_enacted_help():
    text = ("Sheriff Augusta Marlowe-Okafor said four Lyon County, Kansas deputies closed the frontage road during "
            "the ICE operation.")
    assert [r["status"] for r in _of_type(text, "assist_ice")] == ["enacted"], rows(text)


def test_a_letter_asking_a_sheriff_to_honor_detainers_starting_on_a_date_is_an_ultimatum():
    text = ("On September 27, ICE sent my office a letter asking us to honor every administrative detainer starting "
            "November 1, the Lyon County, Kansas sheriff said.")
    assert [r["status"] for r in _of_type(text, "federal_ultimatum")] == ["enacted"], rows(text)


# ---- after the second batch of this stop (fx1125-fx1132)

def test_an_award_letter_that_conditions_payment_on_honoring_detainers_is_a_condition_not_help():
    text = ("The Justice Department's award letter dated March 8, 2027 conditions payment on a certification that "
            "the City of Lansing, Michigan will honor ICE detainers.")
    got = rows(text)
    assert [r["action_type"] for r in got] == ["withhold_funding"], got


def test_a_supposed_passage_gives_no_row():
    text = ("DODGE COUNTY, WISCONSIN\n\nOn Tuesday, Supervisor Hattie Castell-Wyke filed Amendment 2028-07, which would "
            "direct the sheriff to honor every ICE detainer. If the amendment passes, the 2028 levy would rise by about "
            "$3.2 million.")
    assert not [r for r in rows(text) if "levy" in r["evidence"]], rows(text)


def test_a_justice_center_declining_detainers_is_no_court():
    text = ("WHEREAS, according to ICE, the St. Louis City Justice Center in Missouri declined 22 ICE detainers between "
            "January and March 2027.")
    got = rows(text)
    assert [(r["action_type"], r["status"]) for r in got] == [("bar_local_cooperation", "reported")], got


def test_a_monthly_count_of_agent_visits_is_a_reporting_commitment():
    text = "Beginning next month, the Irving, Texas school district will post a monthly count of agent visits."
    assert [r["status"] for r in _of_type(text, "records_request")] == ["announced"], rows(text)


def test_bus_doors_kept_closed_to_immigration_agents_restrict_a_site_and_require_no_cooperation():
    text = ("Since September 2027, Irving, Texas district bus drivers have been instructed to keep their doors closed "
            "to immigration agents.")
    got = rows(text)
    assert [r["action_type"] for r in got] == ["restrict_enforcement_sites"], got


def test_notice_ending_a_contract_with_ice_ends_it_and_withholds_nothing():
    text = ("DODGE COUNTY, WISCONSIN\n\nSince 2016 the county jail has held ICE detainees under an intergovernmental "
            "service agreement. On Tuesday, Supervisor Hattie Castell-Wyke filed Amendment 2028-07, which would direct "
            "me to give ICE 90 days' notice ending the contract on March 31, 2028.")
    got = [r for r in rows(text) if "90 days" in r["evidence"]]
    assert [(r["action_type"], r["status"]) for r in got] == [("end_formal_agreement", "proposed")], got


def test_a_bill_signed_after_it_cleared_a_chamber_gives_no_step_of_a_proposal():
    text = ("House Bill 1009 would require every Mississippi sheriff to honor ICE detainers. Gov. Bartholomew "
            "Crayford-Ashe put his signature on the bill April 8 after it cleared the Senate 31-19.")
    assert not [r for r in rows(text) if r["rule"] == "bill_step"], rows(text)
