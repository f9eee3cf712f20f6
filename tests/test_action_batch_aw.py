"""Rules tuned after the thirty-seventh stop's batch of official texts (fx1093-fx1100): an auditor's report on a
state department, recommendations numbered "Recommendation 2.", release notices and detainers in a text about ICE,
private suits against counties, orders to leave a task force, calls on Congress parsed as adverbial clauses, federal
ends of contracts, and a few cues.

Every sentence is invented for these tests (real US places, made-up people and offices).
"""
import pytest
from action_helpers import of_type as _of_type, rows

pytestmark = pytest.mark.usefixtures("rules_only")

_AUDIT = ("OFFICE OF THE STATE AUDITOR\nSTATE OF UTAH\nSalt Lake City, Utah\n\nPERFORMANCE AUDIT\n"
          "Department of Corrections: Transfers to ICE\nMarch 3, 2028\n\n")


def test_the_department_of_an_auditors_report_stays_the_states_after_the_justice_department_is_named():
    text = _AUDIT + ("ICE warned that it would ask the Department of Justice to cut a grant. The Department will "
                     "continue to transfer inmates who have a removal order to ICE on an administrative warrant.")
    got = _of_type(text, "assist_ice")
    assert [(r["status"], r["actor_level"]) for r in got] == [("announced", "state")], rows(text)


def test_an_item_numbered_recommendation_under_the_recommendations_heading_is_proposed():
    text = _AUDIT + ("RECOMMENDATIONS AND RESPONSES\n\nRecommendation 1. The Department should stop sending release "
                     "notices to ICE for inmates who have no removal order.\n\nResponse: Agree.")
    got = rows(text)
    assert [(r["action_type"], r["status"]) for r in got] == [("bar_local_cooperation", "proposed")], got


def test_should_outside_recommendations_still_gives_no_row():
    text = "Critics say the Department should stop sending release notices to ICE."
    assert not _of_type(text, "bar_local_cooperation"), rows(text)


def test_limiting_release_notices_in_a_text_about_ice_limits_help():
    text = ("In May, ICE asked the prison system for earlier notice. The Department answered on June 2, 2028, that it "
            "would keep limiting release notices to inmates with a final order of removal.")
    got = _of_type(text, "bar_local_cooperation")
    assert [r["status"] for r in got] == ["announced"], rows(text)


def test_limiting_release_notices_in_a_text_that_never_names_ice_gives_no_row():
    text = ("The Department answered on June 2, 2028, that it would keep limiting release notices to inmates with a "
            "final order of removal.")
    assert not _of_type(text, "bar_local_cooperation"), rows(text)


def test_approving_an_agreements_limits_on_detainer_holds_limits_help():
    text = ("ICE lodged 90 detainers at the jail last year. On May 2, 2028, the Board of Commissioners of Lane County "
            "voted 3-2 to approve the settlement and its limits on detainer holds.")
    assert [r["status"] for r in _of_type(text, "bar_local_cooperation")] == ["enacted"], rows(text)


def test_asking_the_justice_department_to_reduce_a_states_award_is_a_funding_threat():
    text = ("The ICE letter warned that ICE would ask the Department of Justice to reduce Utah's federal "
            "inmate-reimbursement award if the Department did not comply.")
    got = _of_type(text, "withhold_funding")
    assert [r["status"] for r in got] == ["threatened"], rows(text)


def test_funds_that_may_be_reconsidered_are_a_funding_threat():
    text = ("ICE Field Office Director Quentin Marlowe-Abiola wrote that the county's jail-reimbursement funds "
            "\"may be reconsidered if notifications decline further.\"")
    assert [r["status"] for r in _of_type(text, "withhold_funding")] == ["threatened"], rows(text)


def test_conducting_an_audit_is_no_review_of_misconduct():
    text = ("We conducted this performance audit under Section 63-9-101 in accordance with generally accepted "
            "government auditing standards.")
    assert not _of_type(text, "investigate_misconduct"), rows(text)


def test_a_review_of_the_conduct_of_ice_agents_is_still_one():
    text = "The Provo City Council will review the conduct of ICE agents at the courthouse."
    assert _of_type(text, "investigate_misconduct"), rows(text)


def test_a_section_that_remains_in_force_is_no_use_of_force_reviewed():
    text = ("The letter also states that ICE \"will recommend a review of every federal grant the Department receives\" "
            "if that section remains in force.")
    assert not _of_type(text, "investigate_misconduct"), rows(text)


def test_a_federal_officials_words_about_people_who_break_our_laws_criticize_the_city():
    text = ("On Monday, ICE Deputy Field Office Director Osric Penhallow-Dade wrote to Mayor Liesl Varga-Moreau that "
            "the new policy \"puts the City of Duluth on the side of people who break our laws.\"")
    assert _of_type(text, "federal_criticism"), rows(text)


def test_a_sheriff_calling_ice_a_partner_that_kept_dangerous_people_off_the_streets_praises_it():
    text = ("On May 8, 2028, St. Louis County Sheriff Arvid Kettering-Osei told the county board that ICE is \"a partner "
            "that has kept dangerous people off our streets.\"")
    assert _of_type(text, "praise_enforcement"), rows(text)


def test_careful_courteous_partners_praise_ice():
    text = '"ICE\'s officers have been careful, courteous partners inside this jail," the Marin County Sheriff wrote.'
    assert _of_type(text, "praise_enforcement"), rows(text)


def test_a_private_suit_against_two_counties_is_a_case_in_each():
    text = ("The Willamette Justice Project of Salem, Oregon, said on Monday that it plans to file class actions against "
            "Marion County and Polk County.")
    got = _of_type(text, "court_action")
    assert sorted(r["jurisdiction"] for r in got) == ["us-or-marion-county", "us-or-polk-county"], rows(text)


def test_a_residents_suit_against_a_county_is_placed_in_the_county_not_her_city():
    text = ("On November 9, 2026, Marisol Tenby-Okoro, a roofer from Salem, Oregon, filed a class action in federal "
            "court in Portland against Marion County and its sheriff.")
    got = _of_type(text, "court_action")
    assert [r["jurisdiction"] for r in got] == ["us-or-marion-county"], rows(text)


def test_what_a_county_chose_instead_of_working_with_ice_is_no_help():
    text = ("An ICE spokesperson said the ruling \"rewards a county that chose to release dangerous offenders instead of "
            "working with federal officers.\"")
    got = rows(text)
    assert not [r for r in got if r["action_type"] in ("assist_ice", "expand_cooperation")], got


def test_a_warning_that_ice_will_make_arrests_threatens_an_operation_in_each_city():
    text = ("ICE spokesperson Tobias Kerrigan-Lund criticized the county on Thursday. He warned that ICE will conduct "
            "at-large arrests in Hillsboro and Beaverton neighborhoods.")
    got = rows(text)
    ops = [r for r in got if r["action_type"] == "federal_enforcement_operation"]
    assert sorted((r["target_jurisdiction"], r["status"]) for r in ops) == [
        ("us-or-beaverton", "threatened"), ("us-or-hillsboro", "threatened")], got
    assert not [r for r in got if r["action_type"] == "threaten_prosecution"], got


def test_a_mayor_warning_that_officers_will_arrest_agents_still_threatens_prosecution():
    text = "Mayor Ines Calloway-Brandt warned that city officers will arrest any ICE agent who breaks state law."
    assert _of_type(text, "threaten_prosecution"), rows(text)


def test_directing_the_state_police_to_leave_an_ice_task_force_ends_the_agreement():
    text = ("The budget secretary wrote that Governor Marguerite Osei-Lindqvist will direct the State Police to leave "
            "the ICE-led Chesapeake Interagency Task Force on July 1, 2028.")
    got = rows(text)
    assert [(r["action_type"], r["status"]) for r in got] == [("end_formal_agreement", "announced")], got


def test_directing_the_state_police_to_join_an_ice_task_force_still_expands_cooperation():
    text = ("Governor Marguerite Osei-Lindqvist directed the State Police to join the ICE-led Chesapeake Interagency "
            "Task Force on July 1, 2028.")
    assert not _of_type(text, "end_formal_agreement"), rows(text)


def test_language_adopted_about_detention_under_an_agreement_enters_no_agreement():
    text = ("The conference report adopts language providing that no appropriated funds may be used to detain any "
            "person under an agreement with U.S. Immigration and Customs Enforcement (ICE).")
    assert not _of_type(text, "enter_formal_agreement"), rows(text)


def test_a_county_body_named_in_a_maryland_text_is_marylands_county():
    text = ("BUDGET COMMITTEE NOTE\nAnnapolis, Maryland\n\nHoward County ended detainer holds in June 2026. According "
            "to the Department of Legislative Services, the Frederick County Adult Detention Center held 180 people for "
            "ICE in 2026.")
    got = _of_type(text, "assist_ice")
    assert [r["jurisdiction"] for r in got] == ["us-md-frederick-county"], rows(text)


def test_calling_on_congress_to_end_ice_removal_flights_is_a_call_for_reform():
    text = "The Yakima City Council also calls on Congress to end ICE Air removal flights."
    assert _of_type(text, "call_to_abolish_or_reform"), rows(text)


def test_a_federal_official_who_wrote_and_asked_for_confirmation_by_a_date_sets_an_ultimatum():
    text = ("On September 2, 2027, Cassius Delacroix-Hale, Regional Administrator of the Federal Aviation "
            "Administration, wrote that the airport cannot refuse service and asked the Commission to confirm by "
            "October 1, 2027, that ICE charters would still be served.")
    got = _of_type(text, "federal_ultimatum")
    assert [r["date"] for r in got] == ["2027-10-01"], rows(text)


def test_a_draft_policy_that_would_bar_help_is_proposed():
    text = ("A separate draft leasing policy, introduced by Commissioner Rosalind Achterberg-Yuen last month, would "
            "bar the Commission from leasing hangar space to ICE.")
    got = _of_type(text, "bar_local_cooperation")
    assert [r["status"] for r in got] == ["proposed"], rows(text)


def test_a_definition_of_enforcement_gives_no_row():
    text = ("The ordinance defines \"civil immigration enforcement\" as any effort to detain a person for a violation "
            "of federal immigration law that is not a crime.")
    assert rows(text) == []


def test_ice_terminating_a_countys_agreement_withholds_funding():
    text = ("Dougherty County rents ICE forty jail beds under an intergovernmental service agreement. If the County "
            "fails to cure by that date, ICE will terminate the Agreement effective July 12, 2027.")
    got = [r for r in rows(text) if "terminate" in r["evidence"]]
    assert [(r["action_type"], r["status"]) for r in got] == [("withhold_funding", "threatened")], got


def test_a_county_terminating_its_agreement_with_ice_still_ends_it():
    text = "Accordingly, Dougherty County hereby terminates its detention agreement with ICE, effective August 25, 2027."
    assert _of_type(text, "end_formal_agreement"), rows(text)


def test_regarding_a_federal_threat_as_an_unlawful_attempt_condemns_it():
    text = ("The County regards DHS's threat to its homeland security grant as an unlawful attempt to coerce a local "
            "government.")
    assert _of_type(text, "condemn_federal_action"), rows(text)


def test_a_promise_kept_is_no_agreement_kept():
    text = ("The Dougherty County Board of Commissioners voted 4-2 on Tuesday to end its detention agreement with ICE. "
            "\"This board made a promise to the families of the people in our jail, and tonight we kept it,\" the "
            "chairman said.")
    assert not _of_type(text, "keep_formal_agreement"), rows(text)


def test_detainees_accepted_under_a_jails_own_agreement_still_enter_no_agreement():
    text = ("ICE said the Reno County jail in Hutchinson accepted 23 of the detainees under its bed-space agreement with "
            "the agency.")
    assert not _of_type(text, "enter_formal_agreement"), rows(text)


def test_a_vote_to_rent_beds_to_ice_under_a_service_agreement_still_enters_one():
    text = ("That June, the Sandoval County Commission voted 3-2 to rent 40 beds to ICE under an intergovernmental "
            "service agreement.")
    assert _of_type(text, "enter_formal_agreement"), rows(text)


def test_detectives_who_helped_hsi_carry_out_arrests_tell_no_federal_operation():
    text = "Two Grand Rapids detectives assigned under the agreement helped HSI carry out those arrests."
    assert not _of_type(text, "federal_enforcement_operation"), rows(text)


def test_an_ordinance_that_had_barred_holds_before_its_repeal_is_no_limit():
    text = ("ICE praised the vote. Facing the loss of $6 million a year, the Mankato council voted in December to "
            "scrap a 2021 ordinance that had barred police from holding people on detainers.")
    assert not _of_type(text, "bar_local_cooperation"), rows(text)


def test_a_warning_that_federal_agents_who_break_the_law_will_answer_for_it_still_threatens_them():
    text = ("On Tuesday, Mayor Ines Calloway-Brandt warned that federal agents who detain people without legal "
            "authority will answer to state kidnapping charges.")
    assert _of_type(text, "threaten_prosecution"), rows(text)


def test_grants_reduced_in_proportion_by_a_state_law_are_no_federal_cut():
    text = ("If more counties apply than the appropriation can cover, grants would be reduced in proportion to each "
            "county's detainer count.")
    assert not _of_type(text, "withhold_funding"), rows(text)


def test_a_countys_contract_with_ice_that_lapsed_still_ends_it():
    text = ("Milwaukee County housed ICE detainees for a decade. The county's bed-rental contract with ICE actually "
            "lapsed on July 31, after the county board declined to renew it.")
    got = rows(text)
    assert "end_formal_agreement" in {r["action_type"] for r in got}, got
    assert "withhold_funding" not in {r["action_type"] for r in got}, got


def test_a_suit_filed_against_a_city_in_a_federal_court_is_not_placed_at_the_courts_seat():
    text = ("His lawyers, for a Lawrence, Kansas man, filed suit against the City of Lawrence in U.S. District Court in "
            "Topeka on May 3, 2027.")
    got = _of_type(text, "court_action")
    assert got and "us-ks-topeka" not in {r["jurisdiction"] for r in got}, rows(text)


def test_a_notice_of_termination_ordered_after_a_rescinded_approval_still_ends_the_agreement():
    text = ("Linn County houses ICE detainees under the agreement. The Board rescinds its approval of the agreement and "
            "directs the Chair to give ICE the ninety days' written notice of termination required by Article IX.")
    assert _of_type(text, "end_formal_agreement"), rows(text)


def test_a_resolution_that_also_calls_on_congress_to_require_body_cameras_calls_for_reform():
    text = ("The Student Senate voted 27-4 on Wednesday night for a resolution that condemns ICE arrests on college "
            "campuses and calls on Congress to require immigration agents to wear body cameras.")
    assert _of_type(text, "call_to_abolish_or_reform"), rows(text)


_PACKET = ("STATE OF TENNESSEE\nOFFICE OF THE GOVERNOR\n\nFOR IMMEDIATE RELEASE\nThursday, May 13, 2027\n\n"
           "NASHVILLE — Governor Silas Whitcombe-Odum today ordered 90 Tennessee Highway Patrol troopers to support "
           "Operation Copper Hollow, which U.S. Immigration and Customs Enforcement (ICE) began in Knoxville and "
           "Nashville on Monday.\n\nThe Governor met Nashville officers at the Nashville staging area. Nashville "
           "police closed two streets for the operation.\n\n###\n\nCITY OF KNOXVILLE\nOFFICE OF THE MAYOR\n\nStatement of Mayor Delphine "
           "Arkwright-Sato\nFriday, May 14, 2027\n\n\"Sending troopers to help federal agents sweep through our "
           "neighborhoods betrays every family in this city,\" Mayor Delphine Arkwright-Sato said.\n\n"
           "Beginning Monday, May 17, the City will run a hotline for residents to report the conduct of federal "
           "agents.\n")


def test_a_part_under_a_city_letterhead_in_a_packet_is_that_citys():
    got = _of_type(_PACKET, "document_misconduct")
    assert [r["jurisdiction"] for r in got] == ["us-tn-knoxville"], rows(_PACKET)


def test_the_mayor_of_a_part_under_a_city_letterhead_speaks_for_that_city():
    got = _of_type(_PACKET, "condemn_federal_action")
    assert [r["jurisdiction"] for r in got] == ["us-tn-knoxville"], rows(_PACKET)


def test_help_named_as_what_a_mayor_judges_is_no_help():
    assert not [r for r in _of_type(_PACKET, "assist_ice") if "betrays" in r["evidence"]], rows(_PACKET)


def test_an_operation_told_in_a_clause_of_an_order_to_support_it_is_an_operation_in_each_city():
    got = _of_type(_PACKET, "federal_enforcement_operation")
    assert sorted(r["target_jurisdiction"] for r in got) == ["us-tn-knoxville", "us-tn-nashville"], rows(_PACKET)


def test_an_advocate_condemning_arrests_in_two_cities_condemns_them_in_each():
    text = ("In the same letter, coalition director Henrietta Osgood-Ibarra condemned the February 9 arrests in "
            "Gastonia and Belmont, North Carolina, as \"a raid that emptied two job sites of fathers.\"")
    got = _of_type(text, "condemn_federal_action")
    assert sorted(r["jurisdiction"] for r in got) == ["us-nc-belmont", "us-nc-gastonia"], rows(text)


def test_condemning_it_after_naming_an_arrest_condemns_the_arrest():
    text = ("Mayor Lucinda Grayfield-Osei said ICE arrested two parents at Glen Flora Elementary. Arresting a parent at "
            "the schoolhouse door, in front of children, is wrong, and I condemn it.")
    assert _of_type(text, "condemn_federal_action"), rows(text)


def test_condemning_it_after_naming_no_enforcement_condemns_nothing():
    text = "The council voted to support the new stadium, and I condemn it."
    assert not _of_type(text, "condemn_federal_action"), rows(text)


def test_an_arrest_that_makes_no_child_safer_is_condemned():
    text = ("Mayor Tobias Wrenfield-Osei of Waukegan said on Wednesday, \"Putting handcuffs on a parent at school "
            "drop-off makes no child and no neighborhood safer.\"")
    assert _of_type(text, "condemn_federal_action"), rows(text)


def test_a_subpoena_served_on_a_general_manager_targets_a_local_official():
    text = ("On April 14, 2027, ICE served an administrative subpoena on the General Manager of the Salem Area "
            "Mass Transit District for the trip histories of 40 riders.")
    assert _of_type(text, "target_local_officials"), rows(text)


def test_a_prohibition_with_an_exception_for_court_orders_is_in_force_not_threatened():
    text = ("Section 3. No County employee may give ICE or any other immigration agency a patient's name, address or "
            "immigration status unless a court orders it.")
    got = _of_type(text, "bar_local_cooperation")
    assert got and {r["status"] for r in got} == {"enacted"}, rows(text)


def test_a_disposition_line_remanding_for_trial_is_the_courts_ruling():
    text = ("IN THE COURT OF APPEALS OF THE STATE OF OREGON\n\nJUAN ESTEBAN-MORROW, Appellant,\nv.\nMARION COUNTY, "
            "Respondent.\n\nThe county held the appellant on an ICE detainer for two days.\n\nReversed and remanded for "
            "trial on damages.")
    got = [r for r in _of_type(text, "court_action") if r["evidence"].startswith("Reversed")]
    assert got, rows(text)


def test_the_panel_line_of_an_opinion_is_no_ruling():
    text = ("IN THE COURT OF APPEALS OF THE STATE OF OREGON\n\nConsidered by Judges Imelda Fairweather-Oduya, Ansel "
            "Kirkby-Tran and Odile Marchetti-Lowe.\n\nThe county held the appellant on an ICE detainer for two days.")
    assert not [r for r in _of_type(text, "court_action") if "Considered" in r["evidence"]], rows(text)


_COUNTY_THEN_DOJ = ("CITY COURT OF THE CITY OF ITHACA\nIthaca, New York\n\nADMINISTRATIVE ORDER NO. 2028-03\n\nNo person may "
                    "be arrested for civil immigration violations in the courthouse.\n\n* * *\n\nTOMPKINS COUNTY SHERIFF'S "
                    "OFFICE\nCourt Security Unit\n\nDeputies will post the order at the entrance.\n\n* * *\n\nU.S. "
                    "DEPARTMENT OF JUSTICE\nCivil Division\n\nWe ask that the Court rescind the Order by April 28, 2028. "
                    "If it does not, the Department will sue to enjoin it.\n")


def test_a_federal_letter_after_a_county_part_of_a_packet_is_not_the_countys():
    got = [r for r in rows(_COUNTY_THEN_DOJ) if r["actor_level"] == "federal" or r["direction"] == "federal_pressure"]
    assert got and "us-ny-tompkins-county" not in {r["target_jurisdiction"] for r in got}, rows(_COUNTY_THEN_DOJ)


def test_part_letterheads_read_a_letterhead_below_a_line_that_introduces_the_part():
    from analysis.extract.places import part_letterheads
    text = ("The Governor signed the bills today.\n\n###\n\nThe following statement was issued by the sheriff.\n\n"
            "WELD COUNTY SHERIFF'S OFFICE\nStatement of the Sheriff\n\nOur office will follow the law.\n\n* * *\n\n"
            "U.S. DEPARTMENT OF JUSTICE\nCivil Division\n\nWe will review the law.\n")
    got = part_letterheads(text, ("CO",))
    assert [(jid, kind) for _, jid, kind in got] == [("us-co-weld-county", "county"), (None, None)]
    assert text[got[0][0]:].startswith("The following statement")


def test_part_letterheads_of_a_text_with_no_local_letterhead_are_none():
    from analysis.extract.places import part_letterheads
    text = "The Governor signed the bills today.\n\n###\n\nU.S. DEPARTMENT OF JUSTICE\nCivil Division\n\nWe will review it.\n"
    assert part_letterheads(text, ("CO",)) == []


def test_a_letters_warning_that_a_city_will_lose_a_grant_after_a_federal_demand_is_a_funding_threat():
    text = ("In a letter dated September 2, 2028, DHS asked the Boulder County Sheriff to state in writing by October 1, "
            "2028, whether the county jail will honor ICE detainers. The letter also warned that Boulder will lose its $850,000 Safe Corridors Policing grant if the "
            "city does not rescind its sanctuary resolution.")
    got = [r for r in _of_type(text, "withhold_funding") if "lose" in r["evidence"]]
    assert [r["status"] for r in got] == ["threatened"], rows(text)


def test_a_city_that_will_lose_a_grant_with_no_federal_demand_told_still_gives_no_federal_cut():
    text = ("The council met on Tuesday. The memo also warned that Boulder will lose its $850,000 parks grant if the city "
            "does not finish the trail by June.")
    assert not _of_type(text, "withhold_funding"), rows(text)


def test_ice_stopping_payment_of_a_countys_invoices_is_a_funding_threat():
    text = ("ICE Field Office Director Garrick Holloway-Nash issued a statement. It warned that ICE would stop paying "
            "Pinal County's invoices if the suspension remained in place after that date.")
    assert [r["status"] for r in _of_type(text, "withhold_funding")] == ["threatened"], rows(text)
