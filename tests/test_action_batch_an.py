"""Rules tuned on the batch fx933-fx940, eight official texts (a civil grand jury report with the required
responses, a library board's policy with a director's memo, a city's complaint against DHS, a joint statement of
mayors with a governor's and ICE's replies, a sheriff's budget request with the budget hearing's minutes, a county
health department's guidance with a hospital group's letter and ICE's reply, an inspector general's report
summary, a faculty senate resolution with a chancellor's reply), and on what scoring the dev set after them showed.

Every sentence is invented for these tests (real US places, made-up people, laws and offices).
"""
import pytest
from action_helpers import rows, statuses, types

pytestmark = pytest.mark.usefixtures("rules_only")


def _rows_of(text, atype):
    return [r for r in rows(text) if r["action_type"] == atype]


# ---------------------------------------------------------------- what the law allows is no act


def test_an_opinion_that_a_county_may_end_its_agreement_ends_nothing():
    text = ("It is my opinion that Bastrop County and its Sheriff may end the 287(g) agreement and that the "
            "Commissioners Court may refuse to fund 287(g) duties.")
    assert "end_formal_agreement" not in types(text)


def test_a_county_that_may_decline_detainers_under_an_opinion_bars_nothing():
    text = "A Vermont county may decline to hold a person on an ICE detainer that a judge has not signed."
    assert "bar_local_cooperation" not in types(text)


def test_a_rule_that_lets_officers_in_only_with_a_warrant_still_restricts():
    text = "ICE officers may enter the jail's secure areas only to serve a warrant signed by a judge."
    assert types(text) == ["bar_local_cooperation"]


def test_what_a_county_did_end_is_still_an_ending():
    text = "On May 3, Bastrop County ended its 287(g) agreement with ICE."
    assert "end_formal_agreement" in types(text)


# ---------------------------------------------------------------- options not taken, laws in force


def test_an_amendment_considered_and_rejected_declares_nothing():
    text = "An amendment to declare Kenmore State a sanctuary campus was considered and rejected, 9-31."
    assert "affirm_sanctuary" not in types(text)


def test_a_law_in_force_that_forbids_limits_on_cooperation_expands_it():
    text = ("WHEREAS, Senate Bill 4410, in force since July 1, 2026, forbids Alabama's public universities to limit "
            "cooperation with federal immigration authorities; and")
    got = {(r["action_type"], r["status"]) for r in rows(text)}
    assert got == {("expand_cooperation", "enacted")}, got


# ---------------------------------------------------------------- who speaks, and of what


def test_accusing_leaders_of_choosing_politics_is_criticism_not_praise():
    text = ("On Saturday an ICE spokesperson said that Tacoma's library leadership had chosen politics over "
            "public safety.")
    assert types(text) == ["federal_criticism"]


def test_ice_thanks_a_department_read_as_a_noun_phrase_is_praise():
    text = "ICE thanks the Pima County Department of Corrections for its professional partnership."
    got = _rows_of(text, "praise_enforcement")
    assert got and got[0]["actor_level"] == "federal", rows(text)


def test_masked_agents_read_as_a_verb_still_make_an_operation():
    text = ("On May 5, masked ICE agents in an unmarked van detained a school custodian in the parking lot of a "
            "Nashua elementary school as children arrived for class.")
    assert "federal_enforcement_operation" in types(text)


def test_an_operation_praised_inside_a_state_officials_quotation_is_praise():
    text = ('"Operation Ridgeline took dangerous offenders off Vermont streets, and the Governor is grateful to '
            'every ICE officer involved," said Oriel Penhallow-Dunne, press secretary to the Governor.')
    got = types(text)
    assert "praise_enforcement" in got and "federal_enforcement_operation" not in got, got


def test_each_letter_of_a_packet_is_its_own_signers():
    text = ("MINNESOTA SENATE\n\nNovember 3, 2027\n\nDear Director Halloway-Brant:\n\nWe ask that your officers "
            "stay out of patient areas.\n\nSincerely,\n\nState Senator Ruth Edelmann-Ochoa\n\n* * *\n\n"
            "U.S. Immigration and Customs Enforcement\nSt. Paul Field Office\n\nNovember 10, 2027\n\nDear Senator "
            "Edelmann-Ochoa:\n\nThank you for your letter.\n\nWe also thank the Anoka County Sheriff's Office, a "
            "steady partner of this office.\n\nRespectfully,\n\nCorvin Halloway-Brant\nField Office Director\n\ncc: "
            "Governor Annelise Storberg-Vik\n")
    got = _rows_of(text, "praise_enforcement")
    assert got and got[0]["actor_level"] == "federal" and got[0]["target_jurisdiction"] == "us-mn-anoka-county", rows(text)


def test_a_press_release_after_a_time_phrase_with_no_comma_is_its_subject():
    text = 'The following day an ICE press release called Fresno "a sanctuary city in all but name."'
    got = _rows_of(text, "federal_criticism")
    assert got and got[0]["target_jurisdiction"] == "us-ca-fresno", rows(text)


def test_funds_a_federal_writer_says_could_be_withheld_are_threatened():
    text = ("A week later, ICE wrote that the County's federal inmate-housing reimbursements could be withheld if "
            "the order stays in force.")
    assert statuses(text, "withhold_funding") == {"threatened"}


def test_funds_an_analyst_says_could_be_withheld_are_no_threat():
    text = "Budget analysts said the county's grants could be withheld if the policy stays in force."
    assert "withhold_funding" not in types(text)


# ---------------------------------------------------------------- what a complaint challenges


def test_the_designation_a_complaint_sets_aside_is_no_new_designation():
    text = ("The City of Durham and Durham County bring this action to set aside unlawful grant conditions and a "
            "sanctuary designation.")
    assert "federal_ultimatum" not in types(text)


def test_a_prayer_to_enjoin_enforcing_a_designation_is_no_designation():
    text = "B. Enjoin Defendants from enforcing the sanctuary designation against Plaintiffs;"
    assert "federal_ultimatum" not in types(text)


def test_a_designation_of_the_city_and_the_county_targets_each():
    text = ("CITY OF GREENSBORO and GUILFORD COUNTY, Plaintiffs, v. DEPARTMENT OF HOMELAND SECURITY\n\n"
            "1. The City of Greensboro and Guilford County bring this action.\n\n"
            '2. On September 30, 2027, DHS placed the City and the County on its published list of "sanctuary '
            'jurisdictions."')
    got = sorted(r["target_jurisdiction"] for r in _rows_of(text, "federal_ultimatum")
                 if "placed" in r["evidence"])
    assert got == ["us-nc-greensboro", "us-nc-guilford-county"], rows(text)


# ---------------------------------------------------------------- limits on local help


def test_no_county_money_for_task_force_patrols_bars_cooperation():
    text = ("The Board then voted 3-2 that no general-fund money may be spent on 287(g) task-force patrol "
            "operations during the budget year.")
    assert types(text) == ["bar_local_cooperation"]


def test_a_county_that_spent_no_money_on_an_ice_contract_bars_nothing():
    text = "The county spent no money on the ICE agreement last year."
    assert "bar_local_cooperation" not in types(text)


def test_staff_who_shall_not_disclose_patients_data_to_agents_bar_cooperation():
    text = ("Staff shall not disclose any patient's name, address, appointment time or immigration status to "
            "immigration agents absent a court order.")
    assert types(text) == ["bar_local_cooperation"]


def test_a_sheriff_who_did_not_share_records_states_a_fact_not_a_rule():
    text = "The sheriff did not share the records with ICE."
    assert "bar_local_cooperation" not in types(text)


def test_a_law_barring_clinics_from_disclosing_status_bars_cooperation_not_sites():
    text = ("Since April 1, 2027, Oregon's Patient Privacy Act has barred licensed clinics from disclosing a "
            "patient's immigration status without a court order.")
    assert types(text) == ["bar_local_cooperation"]


def test_staff_who_shall_not_admit_agents_to_exam_rooms_restrict_sites():
    text = ("Staff shall not admit an immigration agent to an exam room, laboratory, pharmacy or staff area unless "
            "the agent presents a warrant signed by a judge.")
    assert types(text) == ["restrict_enforcement_sites"]


def test_help_narrowed_to_some_inmates_by_order_is_a_limit():
    text = ("On July 21, 2028, the Sheriff ordered staff to send release notifications to ICE only for inmates "
            "with a qualifying conviction.")
    assert types(text) == ["bar_local_cooperation"]


def test_an_order_to_honor_every_detainer_still_expands_cooperation():
    text = "The governor ordered every sheriff to honor ICE detainers."
    assert types(text) == ["expand_cooperation"]


def test_a_log_of_encounters_with_agents_keeps_no_one_out():
    text = ("That the Senate's Committee on Faculty Welfare shall keep a confidential log of encounters between "
            "immigration agents and members of the campus community.")
    assert "restrict_enforcement_sites" not in types(text)


def test_keeping_agents_out_of_schools_still_restricts_sites():
    text = "The district will keep immigration agents out of its schools."
    assert "restrict_enforcement_sites" in types(text)


def test_the_public_that_cannot_see_jail_data_is_no_limit_on_ice():
    text = "The public cannot see how often the jail cooperates with ICE."
    assert "bar_local_cooperation" not in types(text)


def test_an_office_that_keeps_no_record_refuses_nothing():
    text = "The Sheriff's Office keeps no record of what ICE officers view in the jail records system."
    assert "bar_local_cooperation" not in types(text)


def test_a_witness_telling_a_grand_jury_opens_no_investigation():
    text = ("ICE arrested nine people near Lindsay in March. Undersheriff Marisol Quennell-Ahn told the Grand Jury "
            "that two deputies closed a county road for the operation.")
    assert "investigate_misconduct" not in types(text)


# ---------------------------------------------------------------- help given, counts published


def test_read_only_accounts_issued_to_ice_officers_are_help():
    text = ("In November 2027 the Sheriff's Office issued two ICE officers read-only accounts to the jail records "
            "system.")
    assert types(text) == ["assist_ice"]


def test_an_opinion_issued_gives_ice_no_access():
    text = ("On Thursday, Attorney General Miriam Ferrante-Ilori issued a formal opinion on ICE detainers and jail "
            "records.")
    assert "assist_ice" not in types(text)


def test_requiring_the_sheriff_to_present_quarterly_ice_counts_is_a_records_request():
    text = "On Tuesday the Board voted 3-2 to require the Sheriff to present the quarterly ICE counts at a public meeting."
    assert types(text) == ["records_request"]


def test_an_official_copied_on_a_letter_is_not_its_signer():
    text = ("U.S. Immigration and Customs Enforcement\nDenver Field Office\n\nFebruary 2, 2028\n\nDear Commissioners:\n\n"
            "ICE asks the County to honor its detainers.\n\nSincerely,\n\nField Office Director Odile Brandvold-Achebe\n\n"
            "* * *\n\nFebruary 7, 2028\n\nDear Director Brandvold-Achebe:\n\nWe ask ICE to stop making civil "
            "immigration arrests at the Justice Center and at every other courthouse in the county.\n\n"
            "Very truly yours,\n\n/s/\nYsolde Marchetti-Quarshie\nAdams County Attorney\n\n"
            "cc: Genoveva Tillinghast-Mbeki, Attorney General of Colorado\n")
    got = [r for r in rows(text) if "stop making" in r["evidence"]]
    assert got and all(r["actor_level"] != "state" for r in got), got


def test_a_judge_who_ordered_ice_not_to_move_a_man_made_a_ruling():
    text = ("The following day, a federal judge in Milwaukee ordered ICE not to move him out of Wisconsin while his "
            "habeas petition is heard.")
    assert types(text) == ["court_action"]


def test_keeping_ices_accounts_open_is_help():
    text = "The Sheriff will keep the two ICE accounts open because they show no more than the public booking log."
    assert statuses(text, "assist_ice") == {"announced"}


def test_a_log_of_ice_requests_keeps_nothing_open():
    text = "The jail keeps a log of ICE access requests."
    assert "assist_ice" not in types(text)


# ---------------------------------------------------------------- tuned on fx941-fx948 after their score


def test_a_letter_dated_and_from_an_ice_official_is_the_officials():
    text = ('A letter dated March 27, 2028 from ICE Deputy Field Office Director Hortensia Vandermolen-Achebe says City '
            'Council "has chosen slogans over the safety of Reading families."')
    got = _rows_of(text, "federal_criticism")
    assert got and got[0]["actor_level"] == "federal", rows(text)


def test_an_ice_director_writing_that_a_bill_makes_a_state_a_sanctuary_for_offenders_criticizes_it():
    text = ('On Tuesday, ICE Field Office Director Leopold Haverkamp-Osei wrote to the Committee that the bill would '
            'make Vermont "a sanctuary for people who skip their court dates."')
    assert "federal_criticism" in types(text)


def test_grants_a_federal_letter_says_could_be_withheld_are_threatened():
    text = ("The Justice Department wrote to the Committee on February 22. The same letter stated that federal "
            "justice assistance grants to Vermont could be withheld if county jails limit ICE interviews.")
    assert statuses(text, "withhold_funding") == {"threatened"}


def test_a_coalition_named_for_court_access_is_no_court():
    text = "The Green Mountain Court Access Coalition writes that sheriffs and judges need one clear statewide rule."
    assert "court_action" not in types(text)


def test_adopting_an_ordinance_that_bars_ice_contract_facilities_enters_no_agreement():
    text = ("On March 7, 2028, City Council adopted Ordinance No. 14-2028, which bars detention facilities operated "
            "under contract with a federal immigration agency from every zoning district in the City.")
    got = types(text)
    assert "enter_formal_agreement" not in got and "restrict_enforcement_sites" in got, got


def test_adopting_a_resolution_approving_a_287g_agreement_still_enters_it():
    text = "The commissioners adopted a resolution approving the sheriff's 287(g) agreement with ICE."
    assert "enter_formal_agreement" in types(text)


def test_a_sheriff_supporting_a_detention_permit_application_is_no_help_given():
    text = ('Sheriff Ansel Brightwater-Okonkwo supported the application in a letter of March 24, 2028, calling ICE '
            '"a disciplined and dependable partner to this county."')
    assert types(text) == ["praise_enforcement"]


def test_a_bill_items_prohibits_from_holding_is_no_help_to_ice():
    text = ("1) Prohibits, since June 2027, state and county officers from holding any person past release solely on "
            "an ICE detainer that lacks a judicial warrant.")
    assert "assist_ice" not in types(text)


def test_keeping_in_force_an_order_under_which_officers_do_not_share_is_a_limit():
    text = ("I have directed Chief Rutherford Amankwah-Beale to keep in force General Order 600-14, under which "
            "officers do not share the immigration status of victims or witnesses with ICE.")
    assert types(text) == ["bar_local_cooperation"]


def test_a_criminal_complaint_is_no_lawsuit():
    text = ("A federal criminal complaint unsealed today charges Philippa Drummond-Oyelaran, 52, of Ypsilanti, chief "
            "deputy clerk of the Washtenaw County Trial Court, with conspiring to impede federal officers.")
    got = types(text)
    assert "federal_lawsuit" not in got and "target_local_officials" in got, got


def test_court_records_kept_from_ice_are_no_enforcement_site():
    text = ("In March 2025, the Board declared Washtenaw a welcoming county and barred county employees from sharing "
            "nonpublic court records with ICE without a judge's order.")
    got = types(text)
    assert "restrict_enforcement_sites" not in got and "bar_local_cooperation" in got, got


def test_an_arrest_by_ice_called_a_show_for_the_cameras_is_still_condemned():
    text = ('"ICE agents handcuffing a county employee in a busy courthouse was a show staged for the cameras," '
            'Commissioner Lionel Fairbairn-Achebe said.')
    assert "condemn_federal_action" in types(text)


def test_a_us_attorneys_surname_after_his_quote_still_criticizes():
    text = ("DETROIT - A complaint unsealed today charges a county clerk, United States Attorney Cassius Wendover-Mbeki "
            'announced.\n\n"Washtenaw County officials have made no secret of their contempt for federal immigration '
            'officers, and this complaint shows where that leads," Wendover-Mbeki said.')
    got = [r for r in _rows_of(text, "federal_criticism") if "no secret" in r["evidence"]]
    assert got and got[0]["actor_level"] == "federal", rows(text)


def test_a_date_before_an_agency_in_a_docket_entry_is_not_its_name():
    text = ("According to the complaint, on 8/30/2027 the Office of Justice Programs conditioned the Byrne JAG award "
            "of Tompkins County on honoring ICE detainers.")
    got = _rows_of(text, "withhold_funding")
    assert got and got[0]["actor_level"] == "federal", rows(text)


def test_ice_thanks_a_sheriff_and_his_office_read_as_a_noun_is_praise():
    text = ("ICE thanks Sheriff Tolliver-Eskildsen and the Waukesha County Sheriff's Office for standing by their "
            "287(g) partnership.")
    got = _rows_of(text, "praise_enforcement")
    assert got and got[0]["target_jurisdiction"] == "us-wi-waukesha-county", rows(text)


def test_a_payment_held_until_access_is_given_is_a_funding_threat_not_an_ultimatum():
    text = ("In a letter of January 11, 2028, Field Office Director Evander Quist-Mbeki wrote that ICE will hold the "
            "December payment until the County gives its officers after-hours access to the jail's booking system.")
    got = {(r["action_type"], r["status"]) for r in rows(text)}
    assert ("withhold_funding", "threatened") in got and not any(t == "federal_ultimatum" for t, _ in got), got


def test_a_demand_sent_to_ice_is_no_help():
    text = "The Treasurer sent ICE a demand for late-payment interest under Article VI of the jail agreement."
    assert "assist_ice" not in types(text)


def test_the_detainers_a_governor_praises_sheriffs_for_honoring_are_no_new_help():
    text = ("In her signing statement, the Governor praised the sheriffs of Horry and Spartanburg counties for "
            'honoring ICE detainers "without waiting for a law to tell them to."')
    got = types(text)
    assert "praise_enforcement" in got and "assist_ice" not in got, got


def test_refusing_ices_request_for_access_is_a_limit_on_help():
    text = ("The Board voted 2-1 to keep the agreement in force and to refuse ICE's request for after-hours access to "
            "the booking system.")
    assert "bar_local_cooperation" in types(text)


def test_a_mayor_who_refuses_to_cooperate_still_affirms_sanctuary():
    text = "The mayor refused to cooperate with ICE."
    assert types(text) == ["affirm_sanctuary"]


def test_deputies_driving_ice_detainees_help_ice():
    text = ("The Strafford County Sheriff's Office drove ICE detainees to the ICE office in Burlington on 52 occasions "
            "during the quarter.")
    assert types(text) == ["assist_ice"]


def test_deputies_who_will_no_longer_transport_detainer_holds_limit_help():
    text = "Deputies will no longer transport people held on ICE detainers."
    assert types(text) == ["bar_local_cooperation"]


def test_courthouse_arrests_in_three_cities_are_an_operation_in_each():
    text = ("According to the sponsor, ICE officers arrested at least 14 people at courthouses in Portland, Lewiston "
            "and Biddeford, Maine, between September and December 2027.")
    got = sorted(r["target_jurisdiction"] for r in _rows_of(text, "federal_enforcement_operation"))
    assert got == ["us-me-biddeford", "us-me-lewiston", "us-me-portland"], rows(text)



def test_a_governors_words_beside_an_uncoded_act_are_no_condemnation():
    text = ("Governor Imelda Roskilde-Vance said the raids were cruel and that she had considered ordering state "
            "troopers to keep federal agents off state property.")
    assert "condemn_federal_action" not in types(text)


# ---------------------------------------------------------------- tuned on fx949-fx956 after their score


def test_an_order_not_to_renew_an_agreement_ends_it():
    text = "The order also instructed the Department not to renew its 287(g) agreement."
    assert types(text) == ["end_formal_agreement"]


def test_an_order_not_to_hold_people_on_detainers_is_still_a_limit():
    text = "The governor directed the state police not to hold anyone on ICE detainers."
    assert types(text) == ["bar_local_cooperation"]
