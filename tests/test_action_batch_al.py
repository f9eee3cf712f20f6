"""Rules tuned on the batch fx885-fx892, eight official texts (a state corrections directive, a state auditor's
audit, a county hearing transcript, a mayor's press conference transcript, a Justice Department grant notice with
a city's reply, a state senate journal, a county attorney's memo, a governor's address).

Every sentence is invented for these tests (real US places, made-up people, laws and offices).
"""
import pytest
from action_helpers import rows, statuses, types

pytestmark = pytest.mark.usefixtures("rules_only")


def _targets(text, atype):
    return {r["target_jurisdiction"] for r in rows(text) if r["action_type"] == atype}


def test_a_field_office_director_is_a_federal_official():
    text = ("In a letter dated March 3, Field Office Director Ilse Marrow-Quaday asked Linn County to confirm within "
            "thirty days that it will keep its jail agreement with ICE.")
    assert types(text) == ["federal_ultimatum"]


def test_the_answer_a_deadline_asks_for_is_no_act_of_the_one_asked():
    text = ("ICE asked Linn County to confirm within thirty days that it will keep its jail agreement with ICE.")
    assert "keep_formal_agreement" not in types(text)
    assert "federal_ultimatum" in types(text)


def test_a_county_directed_to_end_an_agreement_by_a_deadline_still_ends_it():
    text = ("The City Manager is directed to terminate the intergovernmental agreement with ICE within 30 days of "
            "the adoption of this resolution.")
    assert "end_formal_agreement" in types(text)


def test_her_letter_is_the_letter_of_the_writer_just_named_not_of_the_last_person_named():
    text = ("On March 3, ICE Field Office Director Ilse Marrow-Quaday wrote to Sheriff Tobias Wren-Ekwall demanding "
            "that release notices resume within 21 days. Her letter adds that Linn County's federal jail grant may be "
            "cut off.")
    assert "withhold_funding" in types(text)


def test_his_letter_asking_by_a_deadline_is_the_writers_ultimatum():
    text = ("On Thursday, ICE Field Office Director Oren Blackwood-Asante wrote that Ames has chosen to protect "
            "criminals. His letter asked the City to state within 30 days whether its officers would honor ICE "
            "requests.")
    assert "federal_ultimatum" in types(text)


def test_a_federal_quotation_running_into_a_second_sentence_is_read_there_too():
    text = ("On Thursday I received a letter from ICE. Field Office Director Ilse Marrow-Quaday writes, and I quote: "
            "\"The Linn County Sheriff's Office has been an exemplary partner. By contrast, Johnson County and the "
            "City of Iowa City continue to release criminal aliens onto the streets.\"")
    assert "praise_enforcement" in types(text)
    assert _targets(text, "federal_criticism") == {"us-ia-johnson-county", "us-ia-iowa-city"}


def test_directing_notice_of_termination_ends_the_agreement_the_text_is_about():
    text = ("The County signed an intergovernmental service agreement with ICE in 2019 to rent jail beds. "
            "On March 21, the Board voted 5-3 to direct the Jail Board to give notice of termination.")
    assert statuses(text, "end_formal_agreement") == {"enacted"}


def test_a_recommended_notice_of_termination_is_proposed_and_no_help_to_ice():
    text = ("The County signed an intergovernmental service agreement with ICE in 2019 to rent jail beds. "
            "We recommend that the Board direct the Jail Board to give ICE ninety days' notice of termination.")
    assert statuses(text, "end_formal_agreement") == {"proposed"}
    assert "assist_ice" not in types(text)
    assert "expand_cooperation" not in types(text)


def test_a_resolution_filed_in_a_participle_clause_is_proposed():
    text = ("The county has rented jail beds to ICE under a contract since 2020. Commissioner Delia Hart-Obuya went "
            "further on February 23, filing a resolution to give ICE formal notice of termination.")
    assert statuses(text, "end_formal_agreement") == {"proposed"}


def test_a_call_on_ice_reaches_its_second_conjunct():
    text = "I am calling on ICE to unmask its agents and to stop worksite raids in Provo."
    assert "call_to_abolish_or_reform" in types(text)


def test_a_complaint_being_drafted_against_dhs_is_a_proposed_suit():
    text = "City Attorney Leon Farrow-Adeyemi is also drafting a complaint against DHS over the warrantless search."
    assert statuses(text, "sue_federal_government") == {"proposed"}


def test_a_county_challenging_federal_conditions_in_its_own_case_sues():
    text = ("King County challenged the grant conditions in King County v. Harwell-Osei, filed December 14, 2027 in "
            "federal district court in Seattle.")
    assert "sue_federal_government" in types(text)
    assert "court_action" not in types(text)


def test_joining_a_suit_as_a_co_plaintiff_sues():
    text = ("King County sued the Justice Department over the grant conditions in December. Last month, Attorney "
            "General Rowan Castellane-Ibe joined Washington to that suit as a co-plaintiff.")
    assert len([r for r in rows(text) if r["action_type"] == "sue_federal_government"]) == 2


def test_the_most_dependable_partners_is_praise():
    text = ("On December 14, ICE Field Office Director Oren Blackwood-Asante wrote to me that Iowa's troopers are "
            "\"the most dependable partners this field office has ever had.\"")
    assert "praise_enforcement" in types(text)


def test_departments_that_stay_silent_ask_no_court_for_a_stay():
    text = ("The letter asks each department to state in writing by June 1 whether it will give ICE notice of "
            "releases, and warns that departments that stay silent will be listed as non-cooperating.")
    assert "federal_lawsuit" not in types(text)


def test_a_departments_own_facilities_releasing_to_ice_help_ice():
    text = "4.2 Facilities shall release such an inmate directly to ICE officers at the front gate."
    assert "assist_ice" in types(text)
    assert "expand_cooperation" not in types(text)


def test_a_law_binding_every_sheriff_is_still_a_state_mandate():
    text = "Sheriffs shall release such an inmate directly to ICE officers at the jail's front gate."
    assert "expand_cooperation" in types(text)


@pytest.mark.parametrize("text,praised", [
    ("On September 28, a DHS spokesperson called the Center \"the model every state in the country should copy.\"",
     True),
    ("Then last month, on a talk radio show, the ICE director called me \"the best friend a repeat drunk driver "
     "ever had.\"", False),
])
def test_a_federal_officials_warm_words_about_a_body_praise_it(text, praised):
    assert ("praise_enforcement" in types(text)) is praised


# ------------------------------------------------------------------ fx893-fx900

def test_a_list_of_non_cooperative_jurisdictions_designates_each_place():
    text = "On January 28, DHS placed Pima County and the City of Tucson on its list of non-cooperative jurisdictions."
    assert _targets(text, "federal_ultimatum") == {"us-az-pima-county", "us-az-tucson"}


def test_notifying_ice_of_releases_in_a_year_helps_ice():
    text = "According to figures his office released last month, the jail notified ICE of 2,140 scheduled releases in 2027."
    assert "assist_ice" in types(text)


@pytest.mark.parametrize("text", [
    "On Wednesday, Police Chief Rafael Ortega-Lund notified ICE in writing that the department was withdrawing.",
    "This directive sets out the limited cases in which the Department notifies U.S. Immigration and Customs "
    "Enforcement of a release.",
])
def test_a_message_to_ice_or_the_cases_a_rule_covers_are_no_release_notice(text):
    assert "assist_ice" not in types(text)


def test_a_witness_thanking_a_committee_praises_no_one_and_a_how_clause_is_a_topic():
    text = ("Chairman Avery Stroud-Nakamura, Ranking Member Ines Dorsey-Pohl, and members of the Subcommittee: thank "
            "you for the opportunity to describe how Houston works with federal immigration authorities.")
    assert types(text) == []


def test_ice_flying_officers_into_a_city_deploys_them():
    text = "ICE flew about 150 additional officers into Houston on February 6 for that operation."
    assert "federal_deployment" in types(text)


def test_no_funds_withheld_is_no_withholding():
    text = ("Section 10 of the Act provides that no funds shall be withheld from any sheriff who declines to join the "
            "287(g) program.")
    assert types(text) == []


def test_states_submitting_a_brief_as_amici_curiae_act_in_court():
    text = ("The States of Illinois, New Jersey and Oregon submit this brief as amici curiae under Federal Rule of "
            "Appellate Procedure 29(a)(2).")
    assert {r["jurisdiction"] for r in rows(text) if r["action_type"] == "court_action"} == {"us-il", "us-nj", "us-or"}


def test_a_letter_giving_notice_that_the_city_terminates_the_mou_ends_it():
    text = ("1. PURPOSE. This MOU places the Grand Rapids Police Department in the HSI-led West Michigan Task Force. "
            "Nothing in this MOU authorizes police personnel to enforce civil immigration law. This MOU shall not be "
            "construed to require the department to take part in any operation whose primary purpose is civil "
            "immigration enforcement.\n\nUnder Section 5 of the MOU, this letter gives HSI thirty days' written "
            "notice that the City of Grand Rapids terminates the MOU.")
    assert "end_formal_agreement" in types(text)
    assert "federal_ultimatum" not in types(text)
    assert "bar_local_cooperation" not in types(text)


def test_thanks_for_a_renewal_is_praise_not_a_renewal():
    text = ("ICE Field Office Director Garrick Lund-Osei thanked the Sheriff's Office for the renewal of its 287(g) "
            "agreement.")
    assert types(text) == ["praise_enforcement"]


def test_leaving_out_a_contracts_terms_quits_nothing():
    text = ("The county renewed its jail-bed contract with ICE in March. The board's case leaves out what the "
            "contract actually does.")
    assert "end_formal_agreement" not in types(text)


# ------------------------------------------------------------------ fx901-fx908 (after their score)

@pytest.mark.parametrize("text", [
    "Our auditors confirmed that no release notice was sent to ICE after that date.",
    "Neither complaint was sustained and no discipline was imposed.",
])
def test_a_thing_denied_in_a_finding_is_no_act(text):
    assert types(text) == []


def test_a_rule_that_no_notice_shall_be_sent_still_bars_help():
    assert "bar_local_cooperation" in types("No release notice shall be sent to ICE without a judicial warrant.")
