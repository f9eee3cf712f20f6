"""Rules tuned after the thirty-sixth stop's batch of official texts: rules with "no" on their subject, signed
arguments of a voter pamphlet, a state's "Department", counts of detainers published, help given at ICE's request,
agreement tables, and a few cues.

Every sentence is invented for these tests (real US places, made-up people and offices).
"""
import pytest
from action_helpers import of_type as _of_type, rows, statuses

pytestmark = pytest.mark.usefixtures("rules_only")


def test_no_facility_will_release_a_person_to_ice_without_a_warrant_limits_help():
    text = ("The Department accepts Recommendation 4.2: effective May 1, 2028, no facility will release a person to "
            "ICE without a judicial warrant.")
    assert [r["action_type"] for r in rows(text)] == ["bar_local_cooperation"], rows(text)


def test_deputies_who_will_release_a_person_to_ice_still_help():
    text = "Washoe County Sheriff Idris Pell-Marchetti said deputies will release the man to ICE on Friday."
    assert [r["action_type"] for r in rows(text)] == ["assist_ice"], rows(text)


def test_a_jail_that_will_not_release_a_person_to_ice_limits_help():
    text = ("Washoe County Sheriff Idris Pell-Marchetti said the county jail will not release a person to ICE without "
            "a judicial warrant.")
    assert [r["action_type"] for r in rows(text)] == ["bar_local_cooperation"], rows(text)


def test_a_library_that_will_release_no_patrons_data_limits_help():
    text = ("2.2 The Boise Public Library will release no patron's registration data or checkout history to "
            "immigration agents without a court order.")
    got = rows(text)
    assert [r["action_type"] for r in got] == ["bar_local_cooperation"], got


def test_a_recommended_quarterly_count_of_detainers_is_a_proposed_records_duty():
    text = ("STATE OF NEVADA\nOFFICE OF THE INSPECTOR GENERAL\n\n5. RECOMMENDATIONS\n\n5.1 The Department should "
            "publish a quarterly count of detainers received, honored and declined.")
    got = _of_type(text, "records_request")
    assert [r["status"] for r in got] == ["proposed"], rows(text)


def test_a_count_of_federal_requests_for_student_records_is_a_records_duty():
    text = "Beginning in January 2029, the university will publish each semester a count of federal requests for student records."
    got = _of_type(text, "records_request")
    assert [r["status"] for r in got] == ["announced"], rows(text)


def test_the_department_of_a_state_report_stays_the_states_after_the_justice_department_is_named():
    text = ("STATE OF NEVADA\nOFFICE OF THE INSPECTOR GENERAL\n\nReview of Corrections Department Handling of ICE "
            "Detainers\n\nThe Department notified ICE of 90 releases in 2027. In May, the Justice Department suspended "
            "a grant to the Department.\n\n5. RECOMMENDATIONS\n\n5.1 The Department should publish a quarterly count "
            "of detainers received, honored and declined.")
    got = _of_type(text, "records_request")
    assert [r["actor_level"] for r in got] == ["state"], rows(text)


def test_each_signed_argument_of_a_pamphlet_is_its_signers():
    text = ("PLACER COUNTY VOTER GUIDE\nMeasure R\n\nARGUMENT IN FAVOR OF MEASURE R\n\nWe commend the ICE officers who "
            "made last month's arrests in Placer County.\n\nVote YES.\n\nHollis Brandt-Okoro, Supervisor, Second "
            "District, Placer County\n\nARGUMENT AGAINST MEASURE R\n\nWe condemn the ICE raids that frightened "
            "families in Roseville.\n\nVote NO.\n\nMarisela Quint-Adeyemi, Mayor, City of Roseville\n")
    praise = _of_type(text, "praise_enforcement")
    condemn = _of_type(text, "condemn_federal_action")
    assert [r["actor"] for r in praise] == ["Hollis Brandt-Okoro"], rows(text)
    assert [(r["actor"], r["jurisdiction"]) for r in condemn] == [("Marisela Quint-Adeyemi", "us-ca-roseville")], rows(text)


def test_a_first_person_line_far_above_a_signature_block_is_not_the_signers():
    text = ("PLACER COUNTY VOTER GUIDE\n\nWe condemn the ICE raids that frightened families in Roseville.\n\n"
            "ANALYSIS\n\nThe measure would repeal an ordinance.\n\nVote NO.\n\nThe county counsel wrote this.\n\n"
            "Argument filed by\n\nMarisela Quint-Adeyemi, Mayor, City of Roseville\n")
    assert not any(r["actor"] == "Marisela Quint-Adeyemi" for r in rows(text)), rows(text)


def test_condemning_a_federal_attempt_to_coerce_a_state_is_condemnation():
    text = ("Attorney General Delphine Okafor-Reyes said: I condemn the Department's attempt to coerce New Jersey by "
            "threatening the grants that pay for police overtime.")
    assert [r["action_type"] for r in rows(text)] == ["condemn_federal_action"], rows(text)


def test_a_table_of_counties_with_signed_agreements_enters_them():
    text = ("3. COUNTIES WITH AGREEMENTS\n\n| County | 287(g) model | Signed |\n|---|---|---|\n"
            "| Pinal County | Jail Enforcement | March 2025 |\n| Yavapai County | Task Force | August 2026 |\n")
    got = _of_type(text, "enter_formal_agreement")
    assert sorted(r["jurisdiction"] for r in got) == ["us-az-pinal-county", "us-az-yavapai-county"], rows(text)


def test_a_table_of_counties_with_agreement_costs_enters_no_agreement():
    text = ("3. COSTS\n\n| County | 287(g) model | County cost |\n|---|---|---|\n"
            "| Pinal County | Jail Enforcement | $210,000 |\n| Yavapai County | Task Force | $98,000 |\n")
    assert not _of_type(text, "enter_formal_agreement"), rows(text)


def test_police_closing_a_lot_at_ices_request_help_ice():
    text = ("According to the branch manager, Boise police officers closed the library parking lot for an hour at "
            "ICE's request.")
    got = rows(text)
    assert [r["action_type"] for r in got] == ["assist_ice"], got


def test_police_closing_a_lot_to_ice_still_restrict_sites():
    text = "Boise police officers closed the library parking lot to ICE vehicles after the arrests."
    assert not _of_type(text, "assist_ice"), rows(text)


def test_a_sergeant_holding_a_train_at_an_ice_officers_request_helps_ice():
    text = ("The Cleveland transit police report states that a transit sergeant, at an ICE officer's request, held a "
            "westbound train for six minutes.")
    got = _of_type(text, "assist_ice")
    assert len(got) == 1 and "ICE" not in (got[0]["actor"] or ""), rows(text)


def test_telling_a_governor_to_rescind_an_order_by_a_date_is_an_ultimatum():
    text = ("DHS has told the Governor of Arizona to rescind Sections 1 and 3 of the Order by April 7, 2028, or see "
            "Arizona listed as a non-cooperating jurisdiction.")
    assert _of_type(text, "federal_ultimatum"), rows(text)


def test_telling_a_county_that_its_grant_is_at_risk_is_no_ultimatum_by_telling():
    text = "On January 12, 2028, DHS told the county in writing that its award would be reviewed by March 1."
    assert not [r for r in _of_type(text, "federal_ultimatum") if r["rule"] == "request_deadline"], rows(text)


def test_a_review_of_whether_an_agent_drew_a_firearm_investigates_misconduct():
    text = ("Acting on the commission's referral, the Montgomery County, Ohio Prosecutor's Office opened a review into "
            "whether one ICE agent unlawfully drew a firearm.")
    assert _of_type(text, "investigate_misconduct"), rows(text)


def test_officers_not_subject_to_municipal_rules_claim_immunity():
    text = ("A DHS spokesperson said ICE officers are not subject to municipal identification rules and will not "
            "display names for Dayton officials.")
    assert _of_type(text, "immunity_claim"), rows(text)


def test_a_council_that_directed_agencies_not_to_give_ice_addresses_limits_help():
    text = ("In October 2027 the Indianapolis City-County Council reaffirmed Indianapolis as a welcoming city by a "
            "17-8 vote and directed city agencies not to give ICE any resident's address without a court order.")
    got = {r["action_type"] for r in rows(text)}
    assert "bar_local_cooperation" in got and "expand_cooperation" not in got, rows(text)


def test_a_law_forbidding_agreements_under_section_1357g_limits_help():
    text = ("House Bill 1184, signed by Governor Ingrid Hallow-Tsosie of Colorado on May 21, 2027, forbids any county, "
            "sheriff or municipality to enter into an agreement under 8 U.S.C. 1357(g).")
    assert _of_type(text, "bar_local_cooperation"), rows(text)


def test_filing_a_bill_about_every_detainer_is_no_records_duty():
    text = ("State Senator Odile Farrant-Mbeki of Missouri said he plans to file a bill in January reimbursing counties "
            "for every detainer they honor.")
    assert not _of_type(text, "records_request"), rows(text)


def test_a_duty_under_a_statute_cited_by_section_is_the_states_mandate():
    text = ("ARIZONA STATE SENATE\nBill analysis\n\nUnder A.R.S. \u00a7 31-1187, enacted by H.B. 2290, county jails "
            "in Arizona must notify ICE at least 48 hours before releasing a person named in a detainer.")
    got = rows(text)
    assert [(r["action_type"], r["actor_level"]) for r in got] == [("expand_cooperation", "state")], got


def test_a_statute_section_number_is_no_date():
    text = "Under A.R.S. \u00a7 31-1187, county jails in Arizona must notify ICE before releasing anyone."
    assert all(not str(r["date"] or "").startswith("1187") for r in rows(text)), rows(text)


def test_a_council_that_reaffirms_sanctuary_and_directs_staff_not_to_assist_ice_expands_nothing():
    text = ("The Ann Arbor City Council reaffirms Ann Arbor's status as a sanctuary city and directs staff not to "
            "assist ICE with civil immigration enforcement.")
    got = {r["action_type"] for r in rows(text)}
    assert got == {"affirm_sanctuary"}, rows(text)


def test_a_city_that_has_called_itself_a_sanctuary_city_affirms_sanctuary():
    text = "Jersey City has called itself a sanctuary city since 2017."
    got = rows(text)
    assert [(r["action_type"], r["jurisdiction"]) for r in got] == [("affirm_sanctuary", "us-nj-jersey-city")], got


def test_a_mayor_who_called_the_city_a_sanctuary_for_criminals_still_affirms_nothing():
    text = "Jersey City Council member Pat Ossory-Lind called the city a sanctuary for criminals."
    assert not _of_type(text, "affirm_sanctuary"), rows(text)


def test_a_sheriffs_office_that_notifies_ice_about_violent_offenders_documents_no_misconduct():
    text = ("By contrast, the Department of Justice commends the Cape May County Sheriff's Office, which has notified "
            "ICE before releasing inmates convicted of violent crimes since 2026.")
    assert not _of_type(text, "document_misconduct"), rows(text)


def test_a_law_requiring_jails_to_give_a_consent_form_before_an_ice_interview_limits_help():
    text = ("Assembly Bill 2210, the Custody Interview Notice Act, took effect on January 1, 2027, and requires every "
            "California jail to give a person a written consent form before any ICE interview.")
    got = {r["action_type"] for r in rows(text)}
    assert got == {"bar_local_cooperation"}, rows(text)


def test_deputies_handing_the_consent_form_to_people_ice_asks_to_interview_limit_help():
    text = ("Stanislaus County Sheriff Ruperta Vance-Oduya said: Effective November 1, deputies will hand every person "
            "ICE asks to interview the consent form in English and Spanish.")
    got = {r["action_type"] for r in rows(text)}
    assert got == {"bar_local_cooperation"}, rows(text)


def test_a_law_requiring_jails_to_give_ice_release_dates_still_expands_cooperation():
    text = ("Assembly Bill 2210 took effect on January 1, 2027, and requires every California jail to give ICE the "
            "release date of any person named in a detainer.")
    assert _of_type(text, "expand_cooperation"), rows(text)


def test_deputies_who_will_no_longer_escort_ice_officers_limit_help():
    text = ("Stanislaus County Sheriff Ruperta Vance-Oduya said deputies will no longer escort ICE officers into "
            "housing units.")
    assert [r["action_type"] for r in rows(text)] == ["bar_local_cooperation"], rows(text)


def test_a_commission_that_voted_not_to_seek_an_agreement_and_directed_police_to_release_people_acted():
    text = ("On July 20, 2026, the Deltona City Commission voted 4-3 not to seek an agreement and directed city police "
            "to release anyone due for release rather than hold them on an ICE request lacking a judicial warrant.")
    assert statuses(text, "bar_local_cooperation") == {"enacted"}, rows(text)


def test_an_ice_inquiry_routed_through_an_office_is_no_investigation():
    text = ("Dane County Supervisor Ines Sobotka-Rey filed an amendment that would route every ICE inquiry through the "
            "county attorney's office.")
    assert not _of_type(text, "investigate_misconduct"), rows(text)


_SUMMARY = ("SUPREME COURT OF APPEALS OF WEST VIRGINIA\nPublic Information Office\n\nCASE SUMMARY\nReleased: June 16, 2028"
            "\n\n{caption}, No. 28-0117\n\nIn December 2027, the circuit court ruled that the state act did not reach "
            "the city's ordinance. On March 2, 2028, the Intermediate Court of Appeals reversed. This Court heard "
            "argument on May 9, 2028.\n")


def test_the_rulings_in_a_state_courts_summary_of_a_citys_case_are_the_citys():
    text = _SUMMARY.format(caption="City of Fairmont v. Ashgrove-Lindqvist")
    got = _of_type(text, "court_action")
    assert got and {r["jurisdiction"] for r in got} == {"us-wv-fairmont"}, rows(text)


def test_a_syllabus_caption_without_a_period_after_v_names_the_county():
    text = _SUMMARY.format(caption="MARRANO-DUNLEAVY v KANAWHA COUNTY SHERIFF")
    got = _of_type(text, "court_action")
    assert got and {r["jurisdiction"] for r in got} == {"us-wv-kanawha-county"}, rows(text)


def test_the_rulings_in_a_summary_of_a_case_between_people_are_not_moved_to_a_city():
    text = _SUMMARY.format(caption="Ashgrove-Lindqvist v. Marrano-Dunleavy")
    assert not any((r["jurisdiction"] or "").count("-") >= 2 for r in _of_type(text, "court_action")), rows(text)


def test_a_small_city_named_as_the_city_of_is_that_city():
    from analysis.extract.places import jurisdiction_in_name

    assert jurisdiction_in_name("City of Fairmont", ("WV",)) == "us-wv-fairmont"
    assert jurisdiction_in_name("Fairmont", ("WV",)) is None     # (a bare small-town name is still no place)


def test_a_summary_of_a_countys_case_against_the_attorney_general_is_not_moved_to_the_county():
    text = _SUMMARY.format(caption="Kanawha County Commission v. Attorney General of West Virginia")
    assert "us-wv-kanawha-county" not in {r["jurisdiction"] for r in _of_type(text, "court_action")}, rows(text)


def test_deputies_who_escorted_ice_agents_without_a_consent_form_still_helped():
    text = ("In 2026, San Bernardino County deputies escorted ICE agents into housing units for 340 interviews, 95 "
            "without a signed consent form.")
    assert [r["action_type"] for r in rows(text)] == ["assist_ice"], rows(text)


def test_troopers_who_staffed_an_ice_operation_in_a_city_are_the_states_help():
    text = ("Nine troopers staffed traffic perimeters and transported detainees during Operation Dry Creek, which ICE "
            "conducted in Las Vegas, Nevada from April 12 to 15, 2027.")
    got = _of_type(text, "assist_ice")
    assert [(r["actor_level"], r["jurisdiction"]) for r in got] == [("state", "us-nv")], rows(text)


def test_the_division_of_a_state_bodys_own_report_is_the_states():
    from analysis.extract.actions import _short_names

    text = "NEVADA DIVISION OF HIGHWAY TROOPERS\n2027 ANNUAL REPORT\n\nThe Division assigned 14 troopers to the task force."
    assert _short_names(text) == {"division": "state"}
    assert _short_names(text.replace("NEVADA DIVISION", "CLARK COUNTY DIVISION")) != {"division": "state"}


def test_deputies_who_texted_booking_data_to_ice_officers_helped_ice():
    text = ("From March through October 2027, eleven Washtenaw County deputies texted booking photographs, charges and "
            "release times of 63 inmates to ICE officers' personal phones.")
    assert _of_type(text, "assist_ice"), rows(text)


def test_a_board_reaffirming_its_schools_as_welcoming_places_for_all_families_affirms_sanctuary():
    text = ("The Moses Lake School Board reaffirms its 2017 resolution declaring every district school a welcoming place "
            "for all families.")
    assert _of_type(text, "affirm_sanctuary"), rows(text)


def test_a_superintendent_notifying_families_of_an_arrest_gives_ice_no_help():
    text = ("Section 2. The Moses Lake Superintendent shall notify affected families within two hours of any "
            "immigration arrest at or near a bus stop.")
    assert not _of_type(text, "assist_ice"), rows(text)


def test_a_jail_that_shall_notify_ice_of_a_release_still_helps():
    text = "The Grant County jail shall notify ICE within two hours of any inmate's release."
    assert _of_type(text, "assist_ice"), rows(text)


def test_agents_with_no_duty_to_identify_themselves_claim_immunity():
    text = ("A DHS spokesperson said that ICE officers wear masks to avoid being doxxed and have no duty to identify "
            "themselves to Tucson officials.")
    assert _of_type(text, "immunity_claim"), rows(text)


def test_the_states_of_a_court_summarys_head_do_not_read_west_virginia_as_virginia():
    from analysis.extract.caption import head_states

    assert head_states("SUPREME COURT OF APPEALS OF WEST VIRGINIA\nCASE SUMMARY\n") == ("WV",)
    assert head_states("The courts of West Virginia and Virginia\n") == ("VA", "WV")


def test_a_statement_signed_by_three_mayors_condemns_in_each_city():
    text = ("JOINT STATEMENT ON THE FEDERAL SURGE\n\nFor immediate release: September 13, 2028\n\n"
            "We condemn the surge of masked federal agents into Columbus, Cleveland and Cincinnati.\n\n"
            "Ezinne Marlow-Oyelaran, Mayor of Columbus\nThaddeus Brankovic-Lyle, Mayor of Cleveland\n"
            "Marisol Okafor-Hague, Mayor of Cincinnati\n")
    got = _of_type(text, "condemn_federal_action")
    assert sorted(r["jurisdiction"] for r in got) == ["us-oh-cincinnati", "us-oh-cleveland", "us-oh-columbus"], rows(text)


def test_a_statement_signed_by_one_mayor_still_condemns_once():
    text = ("STATEMENT ON THE FEDERAL SURGE\n\nFor immediate release: September 13, 2028\n\n"
            "We condemn the surge of masked federal agents into Columbus, Cleveland and Cincinnati.\n\n"
            "Ezinne Marlow-Oyelaran, Mayor of Columbus\n")
    got = _of_type(text, "condemn_federal_action")
    assert [r["jurisdiction"] for r in got] == ["us-oh-columbus"], rows(text)


def test_a_statement_signed_by_a_supervisor_and_a_council_member_condemns_not_twice():
    text = ("ARGUMENT AGAINST MEASURE W\n\nWe condemn the April raids in Stanislaus County, in which masked agents "
            "arrested parents outside grocery stores.\n\nMarisela Okonkwo-Birch, Supervisor, District 5, Stanislaus "
            "County\nAnselm Rutherford-Ibar, Council Member, City of Modesto\n")
    got = _of_type(text, "condemn_federal_action")
    assert [r["jurisdiction"] for r in got] == ["us-ca-stanislaus-county"], rows(text)


def test_a_law_forbidding_counties_to_adopt_a_policy_limiting_cooperation_expands_it():
    text = ("WEST VIRGINIA\n\nSenate Bill 611, the Local Immigration Cooperation Act, signed on April 28, 2027 and in "
            "force since July 1, 2027, forbids any county or municipality to adopt a policy limiting cooperation with "
            "federal immigration authorities and cuts state road funds to any city that keeps one.")
    got = {r["action_type"] for r in rows(text)}
    assert "expand_cooperation" in got and "bar_local_cooperation" not in got, rows(text)

