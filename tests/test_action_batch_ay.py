"""Rules tuned after the thirty-ninth stop's batch of official texts (fx1133-fx1140): federal money promised only
while a place keeps cooperating, holds placed on drawdowns, state penalties in bills, ballot titles, rights a notice
gives anyone, requests left unanswered, a federal statute told as a definition, and places named inside the names of
federal offices.

Every sentence is invented for these tests (real US places, made-up people and offices).
"""
import pytest
from action_helpers import of_type as _of_type, rows

pytestmark = pytest.mark.usefixtures("rules_only")


def test_reimbursement_said_to_continue_only_while_troopers_stay_is_a_funding_threat():
    text = ("On January 12, ICE Field Office Director Leopold Stanbury-Oyo wrote to the Tennessee Highway Patrol. "
            "His letter warned that federal overtime reimbursement \"will continue only while the Patrol keeps at least "
            "twenty troopers assigned.\"")
    got = _of_type(text, "withhold_funding")
    assert [r["status"] for r in got] == ["threatened"], rows(text)


def test_a_county_warning_about_its_own_budget_is_no_federal_threat():
    text = ("The Knox County, Tennessee finance director warned that reimbursement will continue only if the "
            "commission approves the transfer.")
    assert not _of_type(text, "withhold_funding"), rows(text)


def test_a_hold_placed_on_drawdowns_of_a_grant_withholds_funding():
    text = ("Effective today, the Office of Justice Programs has placed a hold on further drawdowns from the State of "
            "New Mexico's Byrne JAG award.")
    assert [r["status"] for r in _of_type(text, "withhold_funding")] == ["enacted"], rows(text)


def test_a_bill_section_letting_the_state_withhold_sales_tax_distributions_is_the_states():
    text = ("WHEREAS, Section 6 of SB 731 would authorize the Attorney General to withhold state sales-tax "
            "distributions from any city that keeps a policy limiting such cooperation; and")
    got = _of_type(text, "expand_cooperation")
    assert [r["status"] for r in got] == ["proposed"], rows(text)


def test_state_aid_withheld_from_any_county_city_or_village_that_does_not_comply_expands_cooperation():
    text = ("The initiative would write a new statute for Nebraska. Section 6 would authorize the Attorney General to "
            "withhold state aid from any county, city or village that does not comply.")
    assert [r["status"] for r in _of_type(text, "expand_cooperation")] == ["proposed"], rows(text)


def test_a_vote_for_a_ballot_measure_tells_what_the_measure_would_do():
    text = ("A vote FOR this measure would enact a statute banning sanctuary policies in Nebraska counties, cities "
            "and villages.")
    assert [r["status"] for r in _of_type(text, "expand_cooperation")] == ["proposed"], rows(text)


def test_a_right_to_appeal_any_person_has_is_no_court_action():
    text = ("Any person aggrieved by this Nebraska ballot title may appeal to the district court within ten days.")
    assert not _of_type(text, "court_action"), rows(text)


def test_a_city_appealing_is_still_a_court_action():
    text = "The City of Lincoln, Nebraska appealed the ruling to the Nebraska Supreme Court on Monday."
    assert _of_type(text, "court_action"), rows(text)


def test_a_city_asking_a_named_county_court_to_rewrite_a_ballot_title_goes_to_court():
    text = ("On August 3, 2028, the City of Lincoln, Nebraska asked the Lancaster County District Court to rewrite the "
            "ballot title.")
    assert [r["jurisdiction"] for r in _of_type(text, "court_action")] == ["us-ne-lincoln"], rows(text)


def test_a_justice_department_named_before_a_state_city_does_not_move_the_city_to_illinois():
    text = ("The Nebraska Attorney General wrote to Lincoln last week. In March 2027, the U.S. Department of Justice "
            "suspended a $415,000 public-safety grant to the City of Lincoln, citing the city's ordinance on police "
            "cooperation with ICE.")
    got = _of_type(text, "withhold_funding")
    assert [r["target_jurisdiction"] for r in got] == ["us-ne-lincoln"], rows(text)


def test_a_city_council_named_with_city_is_the_citys_own_not_a_small_town_called_city():
    text = ("According to the Nebraska complaint, the Lincoln City Council adopted an ordinance in June 2026 barring "
            "city police from helping ICE make civil arrests.")
    got = _of_type(text, "bar_local_cooperation")
    assert [r["jurisdiction"] for r in got] == ["us-ne-lincoln"], rows(text)


def test_an_order_barring_officers_from_answering_ice_requests_limits_cooperation():
    text = ("Since February 2026, an Albuquerque Police Department special order has barred officers from answering "
            "ICE requests for a person's home address.")
    assert [r["jurisdiction"] for r in _of_type(text, "bar_local_cooperation")] == ["us-nm-albuquerque"], rows(text)


def test_a_jail_leaving_ice_requests_unanswered_limits_cooperation():
    text = ("According to ICE, the Bernalillo County, New Mexico jail left 37 ICE requests for release dates "
            "unanswered in 2026.")
    got = _of_type(text, "bar_local_cooperation")
    assert [(r["status"], r["jurisdiction"]) for r in got] == [("reported", "us-nm-bernalillo-county")], rows(text)


def test_a_suit_against_the_department_named_before_is_against_the_federal_government():
    text = ("The U.S. Department of Justice wrote to the Governor of New Mexico on May 11. Attorney General Ignatius "
            "Valdespino-Trelawney will file suit on the State's behalf against the Department in the District "
            "Court for the District of New Mexico.")
    assert [r["status"] for r in _of_type(text, "sue_federal_government")] == ["announced"], rows(text)


def test_a_federal_statute_told_as_a_definition_is_no_act():
    text = ("Section 1373 provides that a State or local government may not prohibit its officials from sending "
            "information about immigration status to ICE.")
    assert not rows(text), rows(text)


def test_is_and_will_remain_a_sanctuary_state_is_so_now():
    text = ("On April 20, 2027, the Governor stated publicly that New Mexico \"is and will remain a sanctuary state "
            "for as long as I am governor.\"")
    assert [r["status"] for r in _of_type(text, "affirm_sanctuary")] == ["enacted"], rows(text)


def test_will_remain_a_sanctuary_city_is_still_announced():
    text = "The Mayor said Santa Fe, New Mexico will remain a sanctuary city."
    assert [r["status"] for r in _of_type(text, "affirm_sanctuary")] == ["announced"], rows(text)


def test_a_row_of_counts_in_a_table_is_no_act():
    text = ("MONROE COUNTY SHERIFF'S OFFICE\nBloomington, Indiana\n\nJail ICE detainer log, February 2028\n\n"
            "| Measure | January | February | Year to date |\n|---|---|---|---|\n| Detainers received | 21 | 19 | 40 |\n"
            "| Release notices sent to ICE | 9 | 7 | 16 |\n")
    assert not [r for r in rows(text) if "Release notices" in r["evidence"]], rows(text)


def test_a_jail_that_no_longer_sends_release_notices_limits_cooperation():
    text = ("On February 14, the Monroe County, Indiana sheriff amended the directive so that the jail no longer sends "
            "release notices for people held only on misdemeanor charges.")
    assert [r["status"] for r in _of_type(text, "bar_local_cooperation")] == ["enacted"], rows(text)


def test_release_notices_kept_from_a_probation_office_are_no_limit_on_ice():
    text = "The Monroe County, Indiana jail does not send release notices to the probation office."
    assert not _of_type(text, "bar_local_cooperation"), rows(text)


def test_a_resolution_condemning_an_arrest_takes_no_code_of_a_bill_told_after():
    text = ("On February 22, the Bloomington, Indiana Common Council adopted a resolution condemning the arrest, and "
            "its president called it \"an ambush staged on a city sidewalk in broad daylight.\"\n\nSenate Bill 377, "
            "introduced in January, would require every Indiana sheriff to honor all ICE detainers.")
    got = [r for r in rows(text) if "Bloomington" in r["evidence"]]
    assert [r["action_type"] for r in got] == ["condemn_federal_action"], rows(text)


def test_holding_no_287g_agreement_is_no_help():
    text = "The Monroe County, Indiana Sheriff's Office holds no 287(g) agreement with ICE and will not seek one."
    assert not _of_type(text, "assist_ice"), rows(text)


def test_a_sheriffs_letter_is_not_placed_in_the_state_of_an_ice_field_office_city():
    text = ("MONROE COUNTY SHERIFF'S OFFICE\nBloomington, Indiana\n\nMarch 3, 2028\n\nIn a letter dated February 16, "
            "2028, Field Office Director Cornelius Ashgrove-Mbeki of ICE's Chicago Field Office called the Monroe County "
            "jail's release of a man \"a reckless gamble with public safety.\"")
    got = _of_type(text, "federal_criticism")
    assert [r["target_jurisdiction"] for r in got] == ["us-in-monroe-county"], rows(text)


def test_an_ice_director_calling_troopers_the_backbone_of_enforcement_praises_them():
    text = ("On January 12, ICE Field Office Director Leopold Stanbury-Oyo called Tennessee's troopers \"the backbone of "
            "interstate enforcement in the Southeast.\"")
    assert _of_type(text, "praise_enforcement"), rows(text)


def test_a_member_thanking_troopers_on_a_task_force_praises_them():
    text = ("Rep. Cordell Amberly-Nash of Tennessee said: I thank the colonel and every trooper on that task force, "
            "who took 41 wanted fugitives off Interstate 24 last year.")
    assert _of_type(text, "praise_enforcement"), rows(text)


def test_ice_agents_beginning_arrests_at_homes_is_an_operation():
    text = "On Monday, May 10, 2027, ICE officers began arrests at homes and a car wash in Allentown, Pennsylvania."
    got = _of_type(text, "federal_enforcement_operation")
    assert [r["target_jurisdiction"] for r in got] == ["us-pa-allentown"], rows(text)


_NETWORK = ("This report concerns the Allentown, Pennsylvania Rapid Response Network (the \"Network\"). ")


def test_a_rapid_response_network_named_by_its_short_name_is_still_documenting():
    text = _NETWORK + "The Commission activated the Network at 6:40 a.m. and opened the hotline around the clock."
    got = [r for r in _of_type(text, "document_misconduct") if "activated" in r["evidence"]]
    assert [r["jurisdiction"] for r in got] == ["us-pa-allentown"], rows(text)


def test_a_network_of_another_kind_named_in_a_text_without_one_is_no_documenting():
    text = "The Allentown, Pennsylvania Commission activated the Network of neighborhood libraries in May."
    assert not _of_type(text, "document_misconduct"), rows(text)


def test_what_a_report_reviews_is_no_act_of_its_own():
    text = _NETWORK + ("This report reviews the Commission's activation of the Network during the federal immigration "
                       "operation of May 10-13, 2027.")
    assert not [r for r in rows(text) if "reviews" in r["evidence"]], rows(text)


def test_a_defined_term_of_a_report_is_no_act():
    text = _NETWORK + ("As used in this report, \"activation\" means opening the hotline around the clock and "
                       "dispatching trained observers.")
    assert not [r for r in rows(text) if "As used" in r["evidence"]], rows(text)


def test_what_would_happen_without_an_agreement_is_no_act():
    text = ("Without the agreement, North Carolina law would still have Henderson County deputies notifying ICE on "
            "every detainer.")
    assert not _of_type(text, "assist_ice"), rows(text)


def test_what_a_lawsuits_complaint_says_deputies_did_is_reported():
    text = ("In November 2026, a roofer sued the Henderson County, North Carolina sheriff. His complaint says deputies "
            "kept him in the jail for three days on an ICE detainer.")
    got = [r for r in _of_type(text, "assist_ice") if "complaint" in r["evidence"]]
    assert [r["status"] for r in got] == ["reported"], rows(text)


def test_deputies_holding_people_for_ice_are_still_enacted_help():
    text = "That night, Henderson County, North Carolina deputies booked 19 of them into the jail and held them for ICE."
    assert [r["status"] for r in _of_type(text, "assist_ice")] == ["enacted"], rows(text)


def test_ice_asking_commissioners_to_approve_a_renewal_renews_nothing():
    text = ("HENDERSONVILLE, N.C. - The Henderson County commissioners vote on Thursday. On May 7, ICE field office "
            "director Odalys Vashchenko-Price wrote to the commissioners asking them to approve the renewal and to "
            "reply by May 19.")
    got = rows(text)
    assert not [r for r in got if r["action_type"] == "keep_formal_agreement"], got
    assert [r["target_jurisdiction"] for r in got if r["action_type"] == "federal_ultimatum"] == [
        "us-nc-henderson-county"], got


def test_detention_officers_checking_status_are_the_countys_jail_staff():
    text = ("HENDERSONVILLE, N.C. - The Henderson County sheriff signed a 287(g) agreement in 2019. Under it, six "
            "detention officers check the immigration status of everyone booked into the jail.")
    got = _of_type(text, "assist_ice")
    assert got and all(r["jurisdiction"] != "us-nc-hendersonville" for r in got), got


def test_a_chief_justice_saying_something_in_a_statement_issued_rules_nothing():
    text = ("STATE OF WASHINGTON\nADMINISTRATIVE OFFICE OF THE COURTS\n\n\"A courthouse must be a place where a "
            "frightened witness can walk in and walk out again,\" Chief Justice Rosalind Ashcroft-Okafor said in a "
            "statement issued with the memo.")
    assert not _of_type(text, "court_action"), rows(text)


def test_a_memo_that_mentions_a_senate_bill_is_no_bill_and_its_instructions_are_in_force():
    background = ("1. Background\n\n" + "Court staff reported civil immigration arrests in or near Washington court "
                  "facilities to this office, and presiding judges asked for guidance on what staff may do. " * 8 + "\n\n")
    text = ("STATE OF WASHINGTON\nMEMORANDUM\nTO: Presiding Judges\n\n" + background + "3. Instructions to court staff\n\n(b) Court "
            "staff shall not share nonpublic case information, including home addresses and unposted hearing times, "
            "with immigration officers.\n\nSenate Bill 5871, introduced in January 2027 by Senator Ambrose "
            "Ketteridge-Nwosu, would change the rule.")
    got = [r for r in _of_type(text, "bar_local_cooperation") if "(b)" in r["evidence"]]
    assert [r["status"] for r in got] == ["enacted"], rows(text)


def test_deputies_transporting_people_ice_arrested_help_ice_and_tell_no_operation():
    text = ("According to its Sheriff's Office, Lawrence County, Missouri deputies already transport people arrested by "
            "ICE when the field office asks.")
    got = rows(text)
    assert [(r["action_type"], r["status"]) for r in got] == [("assist_ice", "reported")], got


def test_ice_arresting_people_at_a_plant_is_still_an_operation():
    text = "ICE agents arrested 40 people at a plant in Springfield, Missouri on Tuesday."
    assert _of_type(text, "federal_enforcement_operation"), rows(text)


_AGREEMENT = ("OZARK CORRIDOR MUTUAL AID AGREEMENT\nFOR FEDERAL IMMIGRATION OPERATIONS SUPPORT\n\n"
              "The sheriffs of Stone County and Taney County, Missouri signed the Agreement in Branson on February 24, "
              "2028.\n")


def test_signing_the_agreement_a_text_holds_about_immigration_operations_enters_it():
    got = _of_type(_AGREEMENT, "enter_formal_agreement")
    assert sorted(r["jurisdiction"] for r in got) == ["us-mo-stone-county", "us-mo-taney-county"], rows(_AGREEMENT)


def test_signing_an_agreement_of_a_text_about_something_else_enters_none():
    text = _AGREEMENT.replace("FOR FEDERAL IMMIGRATION OPERATIONS SUPPORT", "FOR WILDFIRE RESPONSE")
    assert not _of_type(text, "enter_formal_agreement"), rows(text)


_SESSION = ("KANSAS HOUSE MAJORITY CAUCUS\nCAPITOL REPORT\nFriday, May 5, 2028\n\n"
            "The House voted 85-39 on Wednesday, April 26, to override the Governor's veto of House Bill 2571, the "
            "Prairie Sentinel Jail Cooperation Act. The Senate completed the override the following day by a vote of "
            "28-12.\n\nThe House first passed the bill 86-38 in February. The Senate approved it 27-13 on March 23.\n\n"
            "The act's main provisions:\n\n- Section 2 requires every sheriff and jail administrator to honor ICE "
            "detainers for up to 48 hours.\n")


def test_a_bill_made_law_over_a_veto_takes_its_steps_one_chambers_vote_proposes_and_the_last_enacts():
    got = {r["evidence"][:24].strip(): r["status"] for r in _of_type(_SESSION, "expand_cooperation")
           if r.get("rule") == "bill_step"}
    assert got == {"The House voted 85-39 on": "proposed", "The Senate completed the": "enacted",
                   "The House first passed t": "proposed", "The Senate approved it 2": "proposed"}, got


def test_an_override_that_failed_makes_no_step():
    text = _SESSION.replace("The Senate completed the override the following day by a vote of 28-12.",
                            "The Senate failed to complete the override the following day.")
    got = [r for r in _of_type(text, "expand_cooperation") if r.get("rule") == "bill_step"
           and "Senate failed" in r["evidence"]]
    assert not got, got


def test_an_agencys_field_office_named_after_a_city_is_federal():
    from analysis.extract.organizations import classify
    assert classify("Chicago Field Office")[1] == "federal"
    assert classify("Chicago Police Department")[1] == "city"


def test_the_office_of_a_sheriffs_letter_is_not_the_ice_field_office_named_before():
    text = ("MONROE COUNTY SHERIFF'S OFFICE\nBloomington, Indiana\n\nMarch 3, 2028\n\nThe director of ICE's Chicago Field "
            "Office wrote to me in February. Beginning with the March log, the Office will also list the charge for "
            "each person whose detainer was honored or declined.")
    got = _of_type(text, "records_request")
    assert [r["jurisdiction"] for r in got] == ["us-in-monroe-county"], rows(text)


def test_an_act_signed_by_a_named_governor_is_law_and_its_sections_are_in_force():
    text = ("ALTAMAHA STATE UNIVERSITY SYSTEM\nOffice of the General Counsel\nRE: House Bill 1187 and campus police\n\n"
            "House Bill 1187 was signed by Governor Tamsin Okafor-Lindell on May 6, 2027. Section 3 of the Act "
            "requires every campus police department in Georgia to honor ICE detainers.")
    got = [r for r in _of_type(text, "expand_cooperation") if r["evidence"].startswith("Section 3")]
    assert [r["status"] for r in got] == ["enacted"], rows(text)


def test_filing_an_application_to_join_287g_is_a_proposal():
    text = ("On August 23, 2027, the Valdosta, Georgia campus police department filed an application with ICE to join "
            "the 287(g) program under the task force model.")
    assert [r["status"] for r in _of_type(text, "enter_formal_agreement")] == ["proposed"], rows(text)


def test_a_general_assembly_passing_an_act_is_no_single_chambers_vote():
    text = ("In April 2027 the Maryland General Assembly passed the Detention Contracts Act, which bars any Maryland "
            "county from signing or renewing a contract to hold people for ICE.")
    assert [r["status"] for r in _of_type(text, "bar_local_cooperation")] == ["enacted"], rows(text)


def test_the_state_senate_passing_a_bill_is_still_a_proposal():
    text = ("The Maryland Senate passed a bill on Tuesday that bars any county from signing a contract to hold people "
            "for ICE.")
    assert [r["status"] for r in _of_type(text, "bar_local_cooperation")] == ["proposed"], rows(text)


def test_the_states_suit_against_a_city_told_again_enforces_state_law():
    text = ("On March 2, 2027, the Utah Attorney General filed suit against Ogden City in state court. The suit asks "
            "the court to declare the ordinance void and to fine the city $5,000 for each day it stays in force.")
    got = [r for r in rows(text) if r["evidence"].startswith("The suit")]
    assert [r["action_type"] for r in got] == ["expand_cooperation"], rows(text)


def test_a_will_after_a_present_with_its_own_subject_is_still_announced():
    text = "It is the law in Marion County, Florida, and we will keep honoring every ICE detainer that comes into our jail."
    assert [r["status"] for r in _of_type(text, "assist_ice")] == ["announced"], rows(text)


def test_a_contract_let_lapse_after_a_county_has_had_no_agreement_still_ends_it():
    text = ("Weld County, Colorado has had no 287(g) agreement since 2019, when the sheriff's office let its jail "
            "contract with ICE lapse.")
    assert _of_type(text, "end_formal_agreement"), rows(text)


def test_what_a_numbered_state_bill_does_in_a_city_story_is_the_states():
    text = ("DENVER - The city council met on Tuesday.\n\nSB 311 also prohibits federal immigration officers from making "
            "civil arrests in or near state courthouses and public schools.")
    got = _of_type(text, "restrict_enforcement_sites")
    assert [r["jurisdiction"] for r in got] == ["us-co"], rows(text)
