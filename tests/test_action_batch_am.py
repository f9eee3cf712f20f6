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
