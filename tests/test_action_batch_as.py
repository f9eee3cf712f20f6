"""Rules tuned after the thirty-third stop: who acts when a transcript's question addresses the person asked.

Every sentence is invented for these tests (real US places, made-up people and offices).
"""
import pytest
from action_helpers import rows

pytestmark = pytest.mark.usefixtures("rules_only")


def test_a_title_a_reporter_addresses_is_not_the_subject_of_the_councils_vote():
    text = ("TRANSCRIPT\n\nMARGUERITE OKAFOR-LIND (Valley Public Radio): Governor, on May 4 the Fresno City Council "
            "voted 5-2 to bar city police from helping with civil immigration arrests. What is "
            "your answer to them?\n")
    got = [r for r in rows(text) if r["action_type"] == "bar_local_cooperation"]
    assert [(r["actor"], r["jurisdiction"]) for r in got] == [("Fresno City Council", "us-ca-fresno")], got


def test_a_named_official_before_a_comma_is_still_the_subject():
    text = "Sheriff Dalmont-Reyes, on May 4, ended the county jail's agreement to hold people for ICE in Fresno County."
    got = [r for r in rows(text) if r["action_type"] == "end_formal_agreement"]
    assert [r["jurisdiction"] for r in got] == ["us-ca-fresno-county"], got


def _of_type(text, atype):
    return [r for r in rows(text) if r["action_type"] == atype]


def test_the_letter_is_the_federal_writer_named_since_the_councils_act():
    text = ("The Tacoma City Council adopted a resolution on May 2 condemning the arrests. The Department received a "
            "letter from Odalys Brenner-Kahale, the ICE field office director for Washington, on May 9. The letter "
            "asks the Department to confirm in writing by June 1 that it will notify ICE before every release.")
    got = _of_type(text, "federal_ultimatum")
    assert [r["actor_level"] for r in got] == ["federal"], rows(text)


def test_an_operation_a_speaker_calls_names_is_no_second_operation():
    text = ('ICE officers arrested 38 people in Yakima on May 3 in what the agency calls "Operation Dry Creek." '
            'She called Operation Dry Creek "a cruel show of force that terrified every family in Yakima."')
    assert len(_of_type(text, "federal_enforcement_operation")) == 1, rows(text)


def test_an_operations_name_is_coded_on_its_head_word():
    text = "ICE agents carried out Operation Lakeshore Sweep in Mentor on April 22-24, 2027."
    got = _of_type(text, "federal_enforcement_operation")
    assert [r["target_jurisdiction"] for r in got] == ["us-oh-mentor"], rows(text)


def test_a_law_forbidding_cities_to_limit_communication_is_a_mandate():
    text = ("Senate Bill 88 took effect on July 1, 2027; it requires every jail in Georgia to honor ICE detainers and "
            "forbids any city to limit communication with federal immigration authorities.")
    got = {r["action_type"] for r in rows(text)}
    assert "expand_cooperation" in got and "bar_local_cooperation" not in got, rows(text)


def test_a_mayor_saying_an_operation_terrified_families_condemns_it():
    text = ('Between May 8 and 12, 2028, ICE agents arrested 41 people in Macon. Two days later, Mayor Quist-Ebube said '
            'the operation "terrified families who have done nothing wrong."')
    assert [r["jurisdiction"] for r in _of_type(text, "condemn_federal_action")] == ["us-ga-macon"], rows(text)


def test_a_federal_list_named_in_quotation_marks_is_a_designation():
    text = ("On January 24, 2028, the Department of Justice wrote to the Mayor of Macon about its grant. The same letter "
            'placed Macon on a federal list of "jurisdictions under compliance review."')
    assert len(_of_type(text, "federal_ultimatum")) == 1, rows(text)


def test_an_audits_recommendations_between_management_responses_are_proposed():
    text = ("GEAUGA COUNTY AUDITOR\n\n4. RECOMMENDATIONS AND MANAGEMENT RESPONSE\n\nThe Sheriff's written response "
            "follows each recommendation.\n\nR1. Reconcile all invoices with ICE.\nResponse: Agree. The Office sent "
            "corrected invoices on December 1, 2027.\n\nR2. The Sheriff should stop holding inmates on ICE detainers "
            "past their release date without a judicial warrant.\nResponse: Disagree.\n")
    got = _of_type(text, "bar_local_cooperation")
    assert [r["status"] for r in got] == ["proposed"], rows(text)


def test_help_kept_as_an_agreement_permits_is_no_agreement_kept():
    text = "The Sheriff's Office will continue to honor ICE detainers for up to 48 hours, as the IGSA permits."
    got = {r["action_type"] for r in rows(text)}
    assert got == {"assist_ice"}, rows(text)


def test_a_policy_at_its_first_reading_is_proposed():
    text = ("CHERRY CREEK SCHOOL DISTRICT\nAGENDA ITEM 6.1 - POLICY FIRST READING\n\nPolicy JRA-3\n\n"
            "3.1 No immigration enforcement officer shall enter any school building or school bus without a judicial "
            "warrant.\n")
    assert {r["status"] for r in _of_type(text, "restrict_enforcement_sites")} == {"proposed"}, rows(text)


def test_a_state_education_departments_memo_is_the_states():
    text = ("In February 2028, the Colorado Department of Education issued Guidance Memo 28-04, which tells districts "
            "to keep immigration agents out of classrooms. The memo also directs districts to withhold student records "
            "from immigration authorities.")
    got = [(r["action_type"], r["jurisdiction"]) for r in rows(text)]
    assert ("restrict_enforcement_sites", "us-co") in got and ("bar_local_cooperation", "us-co") in got, got


def test_the_council_under_a_statement_heading_is_the_body_it_names():
    text = ("STATEMENT OF THE JACKSON COUNTY LEGISLATURE\nAdopted April 11, 2028\n\nThe Legislature reaffirms Jackson "
            "County, Missouri as a welcoming county.\n\nThe Legislature condemns the Field Office's letter as an "
            "attempt to pressure county employees.\n")
    got = [(r["action_type"], r["actor_level"], r["jurisdiction"]) for r in rows(text)]
    assert ("condemn_federal_action", "county", "us-mo-jackson-county") in got, got


def test_the_body_told_to_report_ice_requests_is_no_documentation_body():
    text = "The County Council directs the Justice Center to report every ICE request to the Council each month."
    assert {r["action_type"] for r in rows(text)} == {"records_request"}, rows(text)


def test_arrests_at_a_justice_center_are_no_documentation_body():
    text = ("3. Courthouse arrests. In January, ICE officers arrested two people in the lobby of the Adams County Justice "
            "Center. The County condemns those arrests. We ask ICE to stop making civil immigration arrests at the "
            "Justice Center and at every other county building.")
    got = {r["action_type"] for r in rows(text)}
    assert "call_to_abolish_or_reform" in got and "document_misconduct" not in got, rows(text)


def test_a_state_agency_telling_districts_to_answer_ice_is_a_mandate():
    text = ("On January 20, the Iowa Department of Education sent every superintendent guidance telling districts to "
            "answer ICE requests for student directory information within ten days.")
    assert [(r["action_type"], r["jurisdiction"]) for r in rows(text)] == [("expand_cooperation", "us-ia")], rows(text)


def test_a_letter_that_does_not_ask_officers_to_enforce_is_no_refusal():
    text = "5. This letter does not ask St. Louis County officers to enforce federal immigration law."
    assert rows(text) == []


def test_a_bill_requiring_counties_to_end_their_agreements_ends_them():
    text = ("House Bill 207 would require every county that holds an intergovernmental service agreement with ICE to "
            "terminate it by June 30, 2028.")
    got = {r["action_type"] for r in rows(text)}
    assert "end_formal_agreement" in got and "expand_cooperation" not in got, rows(text)


def test_a_county_that_declined_to_renew_its_agreement_ended_it():
    text = "In March, Cibola County declined to renew its ICE agreement."
    assert [(r["action_type"], r["jurisdiction"]) for r in rows(text)] == [
        ("end_formal_agreement", "us-nm-cibola-county")], rows(text)


def test_what_a_letter_demanded_in_a_fiscal_note_is_done_not_proposed():
    text = ("FISCAL NOTE\nHouse Bill 207\n\nAGENCY COMMENTS\n\nICE wrote to the committee on January 25, 2028. It "
            "demanded that the committee identify, by February 15, 2028, every county contract in New Mexico.")
    assert {r["status"] for r in _of_type(text, "federal_ultimatum")} == {"enacted"}, rows(text)


def test_reaffirming_an_immigrant_friendly_ordinance_affirms_sanctuary():
    text = "The Albuquerque City Council voted 7-2 to reaffirm the city's immigrant-friendly ordinance."
    assert [r["jurisdiction"] for r in _of_type(text, "affirm_sanctuary")] == ["us-nm-albuquerque"], rows(text)


def test_a_town_read_inside_an_agencys_name_lends_no_state():
    text = ("DURHAM POLICE DEPARTMENT\nGENERAL ORDER 4.19\n\n1.1 According to the Department of Homeland Security, ICE "
            'officers arrested 64 people in Durham and Raleigh during "Operation Longleaf Harvest," conducted January 9 '
            "through 11, 2028.\n")
    got = {r["target_jurisdiction"] for r in _of_type(text, "federal_enforcement_operation")}
    assert "us-nc-durham" in got and "us-ca-durham" not in got, rows(text)


def test_a_small_town_of_another_state_is_no_place_of_the_texts_state():
    text = ("Salt Lake City, Utah. On the morning of October 14, federal immigration agents arrested 31 people at the "
            "North Temple light-rail station and at a laundromat on Redwood Road.")
    got = {r["target_jurisdiction"] for r in _of_type(text, "federal_enforcement_operation")}
    assert "us-tx-temple" not in got, rows(text)


def test_an_ice_letter_under_a_mixed_case_letterhead_is_ices_and_the_reply_is_not():
    text = ("ST. LOUIS COUNTY COUNCIL\nCorrespondence Packet\n\n---\n\nImmigration and Customs Enforcement\n"
            "Enforcement and Removal Operations, Chicago Field Office\n\nMarch 20, 2028\n\n"
            "Dear County Executive Okonkwo-Baird:\n\nI ask that you confirm in writing, no later than April 10, 2028, "
            "that the Justice Center will honor ICE detainers.\n\nSincerely,\n\n/s/ Peregrine Aldana-Voss\n"
            "Field Office Director\n\n---\n\nST. LOUIS COUNTY\nOffice of the County Executive\n\nApril 7, 2028\n\n"
            "Dear Director Aldana-Voss:\n\nI condemn the March 7 arrest of a school crossing guard by masked officers "
            "in Florissant.\n\nSincerely,\n\n/s/ Ignatia Okonkwo-Baird\nCounty Executive\n")
    got = {(r["action_type"], r["actor_level"]) for r in rows(text)}
    assert ("federal_ultimatum", "federal") in got, got
    assert not any(t == "condemn_federal_action" and lvl == "federal" for t, lvl in got), got


def test_arrests_told_after_an_operation_in_two_cities_are_placed_in_both():
    text = ("WISCONSIN STATE PATROL\nAnnual Report\n\nFrom May 17 to May 21, 2027, ICE conducted Operation Harbor "
            "Lantern in Milwaukee and Kenosha and arrested 338 people.\n")
    got = {r["target_jurisdiction"] for r in _of_type(text, "federal_enforcement_operation")}
    assert got == {"us-wi-milwaukee", "us-wi-kenosha"}, rows(text)


def test_an_operation_placed_in_its_counties_gets_no_row_for_the_state_too():
    text = ("GEORGIA COMMISSION ON LOCAL DETENTION STANDARDS\nInspection Report No. 2028-017\n\nFacility: Whitfield "
            "County Jail, Dalton, Georgia\n\nICE carried out Operation Ridgeline in Whitfield County and Murray County "
            "from January 16 to 19, 2028, arresting 31 people.\n")
    got = {r["target_jurisdiction"] for r in _of_type(text, "federal_enforcement_operation")}
    assert "us-ga" not in got and "us-ga-whitfield-county" in got, rows(text)


def test_help_given_during_that_operation_tells_no_new_operation():
    text = ("ICE arrested 30 people in Dalton in January. According to the Sheriff's Office, deputies staffed traffic "
            "checkpoints for ICE agents during that operation.")
    assert len(_of_type(text, "federal_enforcement_operation")) == 1, rows(text)


def test_a_city_that_sued_the_department_named_before_sued_the_federal_government():
    text = ("On January 10, the U.S. Department of Justice suspended Tucson's public-safety grant. Tucson sued the "
            "Department on February 2, 2028, in the U.S. District Court for the District of Arizona.")
    assert [r["jurisdiction"] for r in _of_type(text, "sue_federal_government")] == ["us-az-tucson"], rows(text)


def test_attorneys_general_who_join_a_brief_each_act():
    text = ("Colorado Attorney General Marisol Feeney-Okafor, joined by the attorneys general of New Mexico, Oregon and "
            "Vermont, filed an amicus brief Wednesday supporting Denver's lawsuit against the U.S. Department of "
            "Justice over suspended public-safety grants.")
    got = {r["jurisdiction"] for r in _of_type(text, "court_action")}
    assert got == {"us-co", "us-nm", "us-or", "us-vt"}, rows(text)
    assert not _of_type(text, "sue_federal_government"), rows(text)


def test_a_call_on_the_states_congressional_delegation_is_a_call_for_reform():
    text = ("Council Member Salcedo-Brannagh of Missoula urged the state's congressional delegation to require ICE to "
            "obtain a judicial warrant before requesting local plate data.")
    assert {r["action_type"] for r in rows(text)} == {"call_to_abolish_or_reform"}, rows(text)


def test_an_ice_email_and_the_answer_to_it():
    text = ("The City Attorney's office received an email on Monday from Thaddeus Ravensworth-Mbeki, a deputy field "
            "office director of ICE Enforcement and Removal Operations. The email asks the department to restore ICE's "
            "access to plate data by March 1. The email called Missoula's cutoff \"a reckless choice that puts "
            "officers and the public at risk.\" Council Member Nakamura-Lisle called the email \"an attempt to bully a "
            "small city into serving as a surveillance subcontractor.\"")
    got = {r["action_type"] for r in rows(text)}
    assert "document_misconduct" not in got, rows(text)
    assert {"federal_criticism", "condemn_federal_action"} <= got, rows(text)


def test_a_police_department_that_did_not_assist_on_one_day_pledges_nothing():
    text = "The Omaha Police Department did not assist ICE on October 5 and has no plans to seek a 287(g) agreement."
    assert rows(text) == []


def test_a_call_on_congress_to_end_287g_ends_no_agreement():
    text = ("Marisol Quint, director of the Kansas Immigrant Defense Coalition, testified against the bill. She urged "
            "Congress to end the 287(g) program and to bar ICE from making arrests at courthouses.")
    assert {r["action_type"] for r in rows(text)} == {"call_to_abolish_or_reform"}, rows(text)


def test_he_is_the_federal_liaison_not_the_city_named_like_a_person():
    text = ("Deputy Field Office Director Cornelius Stroudwater-Ibarguen of ICE testified as the agency's liaison in "
            "Topeka, Kansas. He said the City of Lawrence has chosen to put criminals back on the street. He said that if "
            "Lawrence keeps its detainer policy, ICE will ask the Department of Justice to withhold grants from the "
            "city. He asked that Wyandotte County tell ICE in writing by March 15, 2028 whether its jail will again "
            "honor detainers.")
    got = [(r["action_type"], r["actor_level"]) for r in rows(text) if "Wyandotte" in r["evidence"]]
    assert got == [("federal_ultimatum", "federal")], got


def test_calling_a_sheriff_the_kind_of_partner_we_need_is_a_warm_description():
    from analysis import nlp
    from analysis.extract.actions import _warm_description
    doc = nlp.get_nlp()('In the same statement he called the Lorain County sheriff "exactly the kind of partner we need."')
    called = next(t for t in doc if t.lower_ == "called")
    assert _warm_description(called)


@pytest.mark.parametrize("name, expected", [
    ("Colorado Department of Education", ("state_agency", "state")),
    ("California Department of Justice", ("state_agency", "state")),
    ("U.S. Department of Education", ("federal_agency", "federal")),
    ("Department of Education", ("federal_agency", "federal")),
])
def test_a_states_department_named_like_a_federal_one_is_the_states(name, expected):
    from analysis.extract.organizations import classify
    assert classify(name) == expected


def test_the_board_under_a_heading_naming_the_board_of_supervisors_of_a_county_is_that_board():
    text = ("RESOLUTION OF THE BOARD OF SUPERVISORS OF YOLO COUNTY\nAdopted March 2, 2028\n\nThe Board condemns the "
            "federal raids in Woodland and Davis.\n")
    got = [(r["action_type"], r["actor_level"], r["jurisdiction"]) for r in rows(text)]
    assert ("condemn_federal_action", "county", "us-ca-yolo-county") in got, got
