"""Rules tuned on the batch fx957-fx964, eight official texts (a board of supervisors' resolution ending a jail
contract with the sheriff's letter, a state house floor amendment sheet, a police department's compliance audit, a
federal court's order on a motion to dismiss, a county commission's work session notes, a state education
department's guidance with a federal reply, a released e-mail chain over a detainer, a tribal council resolution),
and on what scoring the dev set after them showed.

Every sentence is invented for these tests (real US places, made-up people, laws and offices).
"""
import pytest
from action_helpers import coded, rows, statuses, types

pytestmark = pytest.mark.usefixtures("rules_only")


def _rows_of(text, atype):
    return [r for r in rows(text) if r["action_type"] == atype]


# ---------------------------------------------------------------- an e-mail chain: each message its sender's

_CHAIN = ("COUNTY SHERIFF'S OFFICE\nResponse to Data Request No. 42\nDate released: February 22, 2028\n\n"
          "From: Quillfeather, Odo (ICE ERO)\nSent: Tuesday, January 18, 2028 8:42 AM\nTo: Brask, Ilse (Jail "
          "Commander)\nSubject: Detainer\n\nCommander Brask,\n\nI am asking the Dakota County jail to honor the attached "
          "detainer and to confirm by 4:00 p.m. on Thursday that you will notify this office before his release.\n\n"
          "Odo Quillfeather\nDeportation Officer\n\n----------\n"
          "From: Marrow-Okonjo, Tobias (Sheriff)\nSent: Monday, January 24, 2028 11:30 AM\nTo: Quillfeather, Odo (ICE "
          "ERO)\nSubject: RE: Detainer\n\nOfficer Quillfeather,\n\nI have directed the jail commander not to hold him "
          "past his release time on the detainer alone.\n\nSheriff Tobias Marrow-Okonjo\n")


def test_an_ice_officers_email_asking_a_jail_to_honor_a_detainer_by_a_deadline_is_an_ultimatum():
    got = {(r["action_type"], r["actor_level"]) for r in rows(_CHAIN)}
    assert ("federal_ultimatum", "federal") in got, got
    assert not any(r["action_type"] == "assist_ice" for r in rows(_CHAIN)), rows(_CHAIN)


def test_the_sheriffs_reply_in_the_chain_is_still_the_sheriffs():
    bars = _rows_of(_CHAIN, "bar_local_cooperation")
    assert bars and all(r["actor_level"] == "county" for r in bars), bars


def test_a_deadline_told_by_the_clock_is_a_deadline():
    text = ("ICE Deportation Officer Odo Quillfeather asked that the sheriff tell him by 9:00 a.m. tomorrow whether the "
            "jail will transfer the man to ICE officers inside the facility.")
    assert "federal_ultimatum" in types(text)


def test_an_arrest_the_city_police_made_targets_no_official():
    text = "He was booked on Saturday after a Rochester Police Department arrest on a felony assault charge."
    assert "target_local_officials" not in types(text)


def test_the_arrest_of_a_sheriff_still_targets_an_official():
    text = "ICE announced the arrest of the Milwaukee County Sheriff on Monday."
    assert "target_local_officials" in types(text)


# ---------------------------------------------------------------- help, and help made to wait


def test_people_held_on_detainers_are_held_for_ice():
    text = ("ICE lodged a detainer with the Olmsted County jail. Winona County's jail, by contrast, still holds inmates "
            "on detainers for up to 48 hours, according to its jail administrator.")
    assert [(r["action_type"], r["status"]) for r in rows(text) if "Winona" in r["evidence"]] == [
        ("assist_ice", "reported")]


def test_a_hearing_on_detainers_holds_no_one():
    assert types("ICE lodged a detainer. The board held a hearing on detainers on Monday.") == []
    assert types("ICE lodged a detainer. A jail that holds someone on a detainer alone can be sued.") == []


def test_a_stop_drawn_out_until_ice_arrived_is_help():
    text = ("On June 14, 2027, Officer Benedikt Szabo-Wetherell kept a driver stopped on Westnedge Avenue for 40 "
            "minutes after the citation was complete, until two ICE officers arrived.")
    assert types(text) == ["assist_ice"]


def test_an_address_emailed_to_ice_is_help():
    assert types("The deputy emailed the inmate's home address to an ICE officer.") == ["assist_ice"]


def test_answers_to_ice_that_need_a_supervisors_approval_first_are_a_limit():
    text = "Beginning March 1, 2028, officers will need a supervisor's written approval before answering any ICE request."
    assert types(text) == ["bar_local_cooperation"]
    assert types("The jail will answer ICE requests within a day.") == ["assist_ice"]


def test_the_department_of_a_police_departments_own_report_is_the_police():
    text = ("KALAMAZOO POLICE DEPARTMENT\nOffice of Professional Standards\nKalamazoo, Michigan\n\n"
            "In October, the Department of Justice warned that the city's grant could be withheld.\n\n"
            "In 2027 the Department declined all 23 detainer requests it received.")
    bars = _rows_of(text, "bar_local_cooperation")
    assert bars and bars[0]["actor_level"] == "city" and bars[0]["jurisdiction"] == "us-mi-kalamazoo", bars


# ---------------------------------------------------------------- laws and their sections


def test_a_bill_signed_under_its_other_name_is_the_signers():
    text = ("On March 9, 2027, Governor Perpetua Quintana-Ashdown of New Mexico signed House Bill 212, the Community "
            "Trust Act (the \"Act\"), which took effect on July 1, 2027 and limits the assistance state and local "
            "officers may give federal immigration authorities.")
    bars = _rows_of(text, "bar_local_cooperation")
    assert bars and bars[0]["actor"] and "Quintana-Ashdown" in bars[0]["actor"], bars


def test_a_section_of_the_law_just_told_is_that_laws_government():
    text = ("Governor Ana Ruiz-Talavera of New Mexico signed House Bill 212, which limits the assistance local officers "
            "may give ICE. Bernalillo County is the largest county in the state. Section 5 bars civil immigration "
            "arrests inside public schools, hospitals and courthouses.")
    sites = _rows_of(text, "restrict_enforcement_sites")
    assert sites and sites[0]["jurisdiction"] == "us-nm", sites


def test_an_amendment_on_a_bill_sheet_is_proposed():
    text = ("Substitute House Bill 311 - Local Immigration Cooperation Act\n\nAM-311-1. Offered by Rep. Thaddeus "
            "Kell-Abara. The amendment requires each county sheriff to hold a person named in an ICE detainer for up to "
            "48 hours. ADOPTED, 61-35.")
    assert statuses(text, "expand_cooperation") == {"proposed"}


# ---------------------------------------------------------------- a court's own order


_ORDER = ("UNITED STATES DISTRICT COURT\nFOR THE DISTRICT OF NEW MEXICO\n\nUNITED STATES OF AMERICA,\nPlaintiff,\n"
          "v. No. 1:27-cv-00814\nSTATE OF NEW MEXICO; and BOARD OF COUNTY COMMISSIONERS OF BERNALILLO COUNTY,\n"
          "Defendants.\n\nMEMORANDUM OPINION AND ORDER\n\nBernalillo County's jail has refused ICE detainers since "
          "2014.\n\nIT IS THEREFORE ORDERED:\n\n1. Defendants' Motion to Dismiss (Doc. 27) is GRANTED IN PART.\n\n"
          "2. Count I is DISMISSED WITH PREJUDICE.\n\n3. Bernalillo County is terminated as a party.\n")


def test_an_orders_decretal_lines_are_its_courts_rulings_in_the_case_of_its_caption():
    court = _rows_of(_ORDER, "court_action")
    assert len(court) == 3, court
    assert all(r["actor"] == "Court" for r in court), court
    assert [r["jurisdiction"] for r in court[:2]] == ["us-nm", "us-nm"], court


def test_a_caption_with_the_docket_number_beside_the_versus_is_read():
    from analysis.extract.caption import case_government
    assert case_government(_ORDER) == "us-nm"


def test_a_county_joining_a_motion_acts_in_court():
    assert types("Bernalillo County joined the motion the next day.") == ["court_action"]


def test_a_federal_officials_written_demand_misparsed_as_a_subject_is_still_a_demand_made():
    text = ("On April 20, 2027, Associate Attorney General Cornelius Vandermeer-Oyelaran wrote to the Governor "
            "demanding written assurance within thirty days that New Mexico jails would honor ICE detainers.")
    assert coded(text) == [("federal_ultimatum", "enacted")]


def test_what_the_state_says_ice_did_is_reported_ice_action():
    text = "According to the State, ICE officers arrested forty-one people in Albuquerque between September 7 and 10, 2027."
    assert coded(text) == [("federal_enforcement_operation", "reported")]


# ---------------------------------------------------------------- schools, calls and letters


def test_staff_bound_to_ask_agents_for_a_badge_require_identification():
    text = "The principal or a designee must ask every agent to show a badge and state a name and agency."
    assert types(text) == ["require_agent_identification"]
    assert types("The reporter asked the agent to state his name.") == []


def test_an_agent_to_be_kept_out_of_classrooms_is_a_site_restriction_not_the_agents_act():
    text = ("Staff may not consent to entry; an agent without a warrant signed by a judge is to be kept out of "
            "classrooms, hallways and buses.")
    sites = _rows_of(text, "restrict_enforcement_sites")
    assert sites and sites[0]["actor_level"] != "federal", sites


def test_a_duty_to_report_every_enforcement_contact_is_a_records_mandate():
    text = "Within 24 hours, the district must report every enforcement contact at a school to this Office."
    assert types(text) == ["records_request"]


def test_a_safe_haven_resolution_reaffirmed_is_sanctuary():
    text = "Last month the Saint Paul school board voted 7-0 to reaffirm the safe-haven resolution it adopted in 2017."
    assert types(text) == ["affirm_sanctuary"]


def test_a_board_urging_congress_to_bar_ice_calls_for_reform_and_bars_nothing():
    text = "Section 5. The Board urges Congress to bar ICE from holding people with no criminal record in county jails."
    assert types(text) == ["call_to_abolish_or_reform"]


def test_residents_favoring_an_end_end_nothing():
    text = ("Linn County's agreement with ICE took effect in 2019. WHEREAS, 51 of the 63 residents who spoke at a "
            "public hearing last month favored ending the agreement; and")
    assert "end_formal_agreement" not in {r["action_type"] for r in rows(text) if "favored" in r["evidence"]}


def test_a_letter_asking_an_office_to_withdraw_its_memorandum_is_one_ultimatum_made():
    text = ("UNITED STATES DEPARTMENT OF HOMELAND SECURITY\n\nSeptember 24, 2027\n\nDear Commissioner Oyelaran-Voss:\n\n"
            "We ask that your Office withdraw the memorandum by October 15, 2027, or Minnesota will be added to the "
            "list of jurisdictions obstructing enforcement.\n\nSincerely,\n\nMarisol Tennant-Okafor\n"
            "Assistant Secretary, Department of Homeland Security\n")
    assert coded(text) == [("federal_ultimatum", "enacted")]


def test_a_spokesperson_naming_a_citys_letter_criticizes_and_demands_nothing():
    text = ("On Monday, a DHS spokesperson called the letter \"sanctuary grandstanding by a city that would rather "
            "shelter criminals than fill jobs.\"")
    assert types(text) == ["federal_criticism"]


def test_departments_that_wrote_a_letter_praise_as_federal_writers():
    text = ("UNITED STATES DEPARTMENT OF EDUCATION\nUNITED STATES DEPARTMENT OF HOMELAND SECURITY\n\n"
            "The Department of Homeland Security has reviewed the memorandum.\n\nThe Departments commend Sheriff Barnaby "
            "Quist-Oyelowo of Anoka County for honoring ICE detainers.")
    praise = _rows_of(text, "praise_enforcement")
    assert praise and praise[0]["actor_level"] == "federal", praise


def test_a_portal_where_residents_upload_photos_of_agents_gives_ice_nothing():
    text = ("On June 1 the city opened an online form where residents can upload photos and video of federal "
            "immigration agents.")
    assert "assist_ice" not in types(text)


def test_a_department_pulling_its_own_officer_from_an_ice_team_calls_on_no_one():
    text = ("DURHAM POLICE DEPARTMENT\nDurham, North Carolina\n\n4.7 The Department will pull its one officer from the "
            "ICE-led Carolina Fugitive Operations Team and let that team's agreement lapse on October 31, 2027.")
    assert "call_to_abolish_or_reform" not in types(text)


def test_a_congress_call_on_a_pobj_is_still_a_call():
    text = "She called on Congress to end ICE's reliance on for-profit detention companies."
    assert types(text) == ["call_to_abolish_or_reform"]


def test_that_request_filed_after_the_directive_is_a_request_made():
    text = ("The board directed the Solicitor to file a Freedom of Information Act request with ICE for inspection "
            "reports. The Solicitor filed that request on Wednesday.")
    assert len(_rows_of(text, "records_request")) == 2
