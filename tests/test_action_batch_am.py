"""Rules tuned on the batch fx909-fx916, eight official texts (a federal court's injunction order, a state fiscal
note, a sheriff's general order, a school superintendent's letter, an ICE notice with a county's reply, a state
attorney general's opinion, a congressional letter with ICE's reply, a state comptroller's withholding letter).

Every sentence is invented for these tests (real US places, made-up people, laws and offices).
"""
import pytest
from action_helpers import rows, statuses, types

pytestmark = pytest.mark.usefixtures("rules_only")


def _places(text, atype):
    return sorted(r["jurisdiction"] for r in rows(text) if r["action_type"] == atype)


def test_a_ruling_on_the_motion_of_two_governments_is_a_ruling_for_each():
    text = ("ORDER GRANTING PRELIMINARY INJUNCTION\n\nThe motion of Lane County and the City of Eugene is GRANTED "
            "as to the detainer condition.")
    assert _places(text, "court_action") == ["us-or-eugene", "us-or-lane-county"]


def test_an_injunction_against_withholding_from_two_governments_is_a_ruling_for_each():
    text = ("ORDER\n\nDefendants are ENJOINED from withholding grant funds from Lane County or Eugene on the basis "
            "of the detainer condition.")
    assert _places(text, "court_action") == ["us-or-eugene", "us-or-lane-county"]


def test_a_judge_seated_in_one_city_ruling_for_a_man_from_another_is_one_ruling():
    text = ("On Tuesday, U.S. District Judge Orla Venn-Castaneda in Cincinnati granted summary judgment to Dario "
            "Mbeki-Rowe, a landscaper from Hamilton, holding that an ICE detainer gives a sheriff no power to arrest.")
    assert len(_places(text, "court_action")) == 1


def test_barring_detention_operators_from_287g_agreements_bars_cooperation_not_enforcement_sites():
    text = ("House Bill 274 would prohibit any county, sheriff or detention facility operator from entering into "
            "an agreement under Section 287(g) of the federal Immigration and Nationality Act.")
    assert types(text) == ["bar_local_cooperation"]


def test_a_bill_closing_detention_facilities_to_ice_still_restricts_sites():
    text = "The ordinance bars ICE from using any city detention facility."
    assert "restrict_enforcement_sites" in types(text)


def test_reimbursement_that_would_be_withdrawn_is_a_funding_threat():
    text = ("ICE wrote to every sheriff in New Mexico. It warned that federal reimbursement for transporting "
            "detainees would be withdrawn from any county that ends its agreement.")
    assert statuses(text, "withhold_funding") == {"threatened"}


def test_walking_away_from_a_contract_withholds_no_funds():
    text = ('Commissioner Hal Bryce-Oduya voted no. "Walking away from this ICE contract costs us one point nine '
            'million dollars a year," he said.')
    assert "withhold_funding" not in types(text)


def test_an_agreement_that_expires_and_will_not_be_renewed_ends():
    text = ("The Sheriff's agreement with the HSI-led Border Crimes Task Force expires June 30, 2028, and will not "
            "be renewed.")
    assert "end_formal_agreement" in types(text)


def test_a_bill_that_was_withdrawn_ends_no_agreement():
    text = ("HB 1045 of 2026, which would also have banned 287(g) agreements in Maryland, received a hearing but "
            "was withdrawn.")
    assert "end_formal_agreement" not in types(text)


def test_keeping_on_declining_ice_requests_is_no_help_to_ice():
    text = ("She added that the Burlington Police Department will keep declining ICE requests to hold people or to "
            "help with civil immigration arrests.")
    assert types(text) == ["bar_local_cooperation"]


def test_a_federal_spokesperson_calling_our_policy_a_haven_for_lawbreakers_criticizes_the_writer():
    text = ('On Wednesday, a Department of Homeland Security spokesperson called our policy "a welcome mat for '
            'people who break the law."')
    assert types(text) == ["federal_criticism"]


def test_ice_requests_that_a_county_confirm_by_a_date_is_an_ultimatum():
    text = ("ICE requests that the County confirm in writing, no later than March 3, 2028, that it will honor all "
            "detainers and notify this office 48 hours before each release.")
    assert types(text) == ["federal_ultimatum"]


def test_a_city_releasing_arrestees_without_notice_to_ice_does_not_help_ice():
    text = ("The Department is deeply troubled by Tucson's policy of releasing arrestees without notice to ICE, "
            "which returned 37 people with detainers to the streets last year.")
    assert "assist_ice" not in types(text)
    assert "bar_local_cooperation" in types(text)


def test_pulling_a_citys_own_patrol_officers_is_no_call_to_withdraw_agents():
    text = ('Oklahoma City Police Chief Teo Banda-Whitt states that enforcing Section 3 "would pull patrol officers '
            'off 911 calls for hours at a time."')
    assert "call_to_abolish_or_reform" not in types(text)


def test_a_mayor_demanding_that_ice_pull_its_officers_out_still_calls_for_withdrawal():
    assert "call_to_abolish_or_reform" in types("The mayor demanded that ICE pull its officers out of Omaha.")


_COMPTROLLER = ("STATE OF TENNESSEE\nCOMPTROLLER OF THE TREASURY\nNashville, Tennessee 37243\n\nMarch 14, 2028\n\n"
                "The Honorable Ada Quill-Marrow, Mayor\nChattanooga, Tennessee\n\nDear Mayor Quill-Marrow:\n\n{body}\n\n"
                "Sincerely,\n\nAmbrose Kettle-Nakagawa\nComptroller of the Treasury\n")


def test_a_state_writers_this_office_withholding_a_citys_grant_is_a_state_penalty():
    text = _COMPTROLLER.format(body="Effective today, this Office is withholding the state grant payment owed to "
                                    "the City of Chattanooga under the state's sanctuary law.")
    assert types(text) == ["expand_cooperation"]


def test_what_a_city_must_do_to_cure_is_a_demand_not_its_act():
    text = _COMPTROLLER.format(body="To cure the violation, the City must repeal Section 4 of its sanctuary ordinance "
                                    "by April 28, 2028; otherwise, this Office will also withhold the installment "
                                    "due June 30, 2028.")
    assert "assist_ice" not in types(text)
    assert {"expand_cooperation", "withhold_funding"} & set(types(text))     # the threat of the Office's own


def test_this_office_in_a_signed_federal_letter_is_the_writers_office():
    text = ("U.S. Immigration and Customs Enforcement\nDenver Field Office\n\nFebruary 7, 2028\n\nBoard of County "
            "Commissioners\nAdams County, Colorado\n\nDear Chair Wren-Tolliver:\n\nIf the County does not give that "
            "assurance by the deadline, this office will refer the Commissioners and the Sheriff to the U.S. "
            "Department of Justice for investigation of possible violations of federal law.\n\nSincerely,\n\n"
            "Lucan Perro-Odhiambo\nField Office Director\n")
    assert types(text) == ["target_local_officials"]
    assert statuses(text, "target_local_officials") == {"threatened"}


def test_an_agreement_that_expires_and_will_be_renewed_is_kept_not_ended():
    text = "That agreement with ICE expires this summer, and I will renew it."
    assert "end_formal_agreement" not in types(text)


# --- tuned on fx917-fx924 (a transit board's resolution, a hospital district's directive, a state DMV notice, a
# voter pamphlet, a state appellate opinion, a governor's Guard proclamation, airport commission minutes, an IGSA
# modification)


def test_a_jail_housing_ice_detainees_helps_ice_even_under_an_agreement_named_with_it():
    text = ("Since 2019, the Yuba County Jail in Marysville has housed ICE detainees under an intergovernmental "
            "service agreement with the federal government.")
    assert "assist_ice" in types(text)


def test_a_jail_housing_detainees_without_an_escape_still_housed_them():
    assert types("Last year the county jail housed 412 ICE detainees without a single escape or lawsuit.") == [
        "assist_ice"]


def test_a_contract_housing_ice_detainees_named_in_passing_is_no_act_of_housing():
    text = ("In Washington County, the quorum court voted 8-7 in November to let the jail's contract housing ICE "
            "detainees lapse on Dec. 31.")
    assert "assist_ice" not in types(text)


def test_ice_officers_making_counted_arrests_in_two_cities_is_an_operation_in_each():
    text = ("According to ICE, its officers made 41 arrests in Minneapolis and Saint Paul from February 7 to "
            "February 18.")
    got = sorted(r["target_jurisdiction"] for r in rows(text) if r["action_type"] == "federal_enforcement_operation")
    assert got == ["us-mn-minneapolis", "us-mn-saint-paul"]


def test_deputies_making_immigration_arrests_under_287g_is_no_federal_operation():
    text = ("During 2026, the 41 deputies certified under the task force model joined ICE in 14 federal operations "
            "and made 309 civil immigration arrests.")
    assert "federal_enforcement_operation" not in types(text)


def test_calling_on_ice_to_keep_its_agents_off_buses_is_a_call_for_reform():
    text = "The council called on ICE to keep its agents off city buses and trains."
    assert types(text) == ["call_to_abolish_or_reform"]


def test_a_duty_not_to_answer_an_immigration_officers_questions_bars_help():
    text = ("3.1 Staff shall not answer an immigration officer's questions about any patient and shall refer the "
            "officer at once to the Office of Legal Affairs.")
    assert "bar_local_cooperation" in types(text)


def test_declining_to_answer_a_reporters_questions_about_ice_is_no_bar():
    assert "bar_local_cooperation" not in types("The sheriff did not answer questions about the ICE agreement.")


def test_a_jail_accepting_a_man_at_ices_request_helps_ice():
    text = ("The following day, the Dallas County Sheriff's Office accepted him into the county jail at ICE's "
            "request, according to a jail spokesperson.")
    assert statuses(text, "assist_ice") == {"reported"}


def test_accepting_a_grant_for_ice_training_is_no_help_to_ice():
    assert "assist_ice" not in types("The city accepted a grant for ICE training.")


def test_barring_immigration_officers_from_city_owned_garages_restricts_sites():
    text = ("Last month the Dallas City Council voted to bar immigration officers from staging in city-owned "
            "garages downtown.")
    assert "restrict_enforcement_sites" in types(text)


def test_approving_a_numbered_modification_of_an_igsa_keeps_the_agreement():
    text = ("The County has housed ICE detainees under an intergovernmental service agreement with ICE since 2019.\n\n"
            "At its regular meeting of February 15, 2028, the Board approved Modification No. 3 by a 4-1 vote and "
            "authorized the Chair to sign it.")
    got = {(r["action_type"], r["evidence"][:20]) for r in rows(text)}
    assert ("keep_formal_agreement", "At its regular meeti") in got, got
    assert not any(t == "enter_formal_agreement" for t, _ in got), got


def test_a_sheriff_signing_a_renewal_keeps_the_agreement():
    text = "In February, Sheriff Wendell Paxford signed a one-year renewal of his office's 287(g) agreement."
    assert types(text) == ["keep_formal_agreement"]


def test_a_phone_extension_is_no_agreement_extension():
    text = ("The county's 287(g) agreement with ICE runs through 2028.\n\nSince Friday, the city attorney's office has "
            "kept a staff line, extension 6140, for logging calls about ICE.")
    kept = [r["evidence"] for r in rows(text) if r["action_type"] == "keep_formal_agreement"]
    assert not any("extension 6140" in e for e in kept), kept


def test_barring_officers_from_running_checks_for_immigration_agents_bars_help():
    text = ("The Denver Police Department has barred its officers from running portal checks for immigration agents "
            "since 2018.")
    assert types(text) == ["bar_local_cooperation"]


def test_subpoenas_threatened_on_a_state_divisions_officials_target_them():
    text = ("The spokesperson warned that DHS will serve administrative subpoenas on Division officials if ICE's "
            "access is not restored by November 1.")
    assert statuses(text, "target_local_officials") == {"threatened"}


def test_an_ice_letter_that_holds_must_resume_by_a_date_is_an_ultimatum():
    text = ('Three days later, the ICE field office director wrote to the sheriff that holds must resume by March 1, '
            '2028, "or Stearns County will be treated as a non-cooperative jurisdiction."')
    assert "federal_ultimatum" in types(text)


def test_an_ice_letter_saying_a_report_was_due_is_no_ultimatum():
    assert "federal_ultimatum" not in types("The ICE director wrote to the sheriff that his report was due by March 1.")


# --- tuned on fx925-fx932 (an emergency management situation report, a police union's statement with the city
# manager's reply, a state bar ethics opinion, a municipal court's standing order, a council committee hearing
# transcript, a state corrections release, a council member's newsletter, a sheriff's press conference)


def test_a_transcript_speakers_next_paragraph_is_still_the_speakers():
    text = ("CITY COUNCIL PUBLIC SAFETY COMMITTEE\nTRANSCRIPT OF PROCEEDINGS\n\nWITNESSES: Bart Kessing-Vaal, Field "
            "Office Director, U.S. Immigration and Customs Enforcement\n\nCHAIR STRICKLAND-OBI: Good afternoon. We "
            "asked the Director here to answer questions.\n\nDIRECTOR KESSING-VAAL: Thank you, Madam Chair. Our "
            "officers arrested 214 people in Charlotte last month.\n\nThe City of Charlotte, by contrast, has chosen "
            "to put politics ahead of public safety.\n\nCHAIR STRICKLAND-OBI: Thank you, Director.\n")
    got = [(r["action_type"], r["actor_level"]) for r in rows(text) if "politics ahead" in r["evidence"]]
    assert ("federal_criticism", "federal") in got, got


def test_ice_officers_barred_from_civil_arrests_inside_city_hall_restricts_sites():
    text = "Under Section (c), ICE officers may not make civil arrests inside City Hall without a judicial warrant."
    assert types(text) == ["restrict_enforcement_sites"]


def test_police_barred_from_arrests_at_city_hall_during_a_festival_is_no_ice_rule():
    assert "restrict_enforcement_sites" not in types("Police may not make arrests inside City Hall during the festival.")
