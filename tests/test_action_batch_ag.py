"""Rules tuned on the batches fx653-fx684 (a city attorney's options memo, a radio newscast transcript, a sheriff's
social-media post, a fiscal note, a year in review, an oversight commission's summary, an ICE release, a
superintendent's letter, a staff report on plate readers, an appellate syllabus, letters to the editor, a podcast
transcript, a counties' association newsletter, a campaign release, a live blog, an after-action report, a sheriff's
annual report, a wire story on a state ruling, a candidate questionnaire, a faith leaders' story, an auditor's
highlights, a border-county story, a detainer explainer, a state-of-the-city speech, a jail inspection, a political
column, a chancellor's memo, a recall story, a hospital story, a lawsuit tracker, a call-in show summary, a senate
journal).

Every sentence is invented for these tests (real US places, made-up people, laws and offices).
"""
import pytest
from action_helpers import assert_type_coded_and_readings_refused, rows, statuses, types

pytestmark = pytest.mark.usefixtures("rules_only")


def test_a_vote_against_renewing_ends_the_contract():
    text = ("CONWAY, Ark. \u2014 The quorum court voted nine to four on Monday against renewing the jail's contract "
            "with Immigration and Customs Enforcement when it runs out in June.")
    assert types(text) == ["end_formal_agreement"], types(text)


def test_a_vote_against_joining_is_still_no_act():
    assert types("CONWAY, Ark. \u2014 The quorum court voted against joining the 287(g) task force model.") == []


def test_calling_ice_before_a_release_is_help():
    text = ("YAKIMA, Wash. \u2014 Sheriff Orla Brandvold said her deputies will keep calling ICE before they release "
            "anyone the agency has flagged.")
    assert "assist_ice" in types(text)


@pytest.mark.parametrize("sentence", [
    "The mayor called ICE's courthouse arrests a disgrace.",
    "The council called on ICE to release the two students.",
])
def test_calling_ice_names_is_no_help(sentence):
    assert "assist_ice" not in types("YAKIMA, Wash. \u2014 " + sentence)


@pytest.mark.parametrize("sentence", [
    "Starting Monday, Bentonville officers will no longer direct traffic or hold a perimeter for immigration "
    "arrests.",
    "The chief said officers will not close lanes or hold traffic for ICE.",
    "The police department turned down ICE's request to close three blocks of Walnut Street during the sweep.",
])
def test_traffic_help_withheld_is_a_bar(sentence):
    assert_type_coded_and_readings_refused("BENTONVILLE, Ark. \u2014 " + sentence, "bar_local_cooperation",
                                           ["assist_ice", "condemn_federal_action"])


def test_a_rejected_recommendation_is_no_refusal_of_traffic_help():
    text = ("BENTONVILLE, Ark. \u2014 The chief rejected Recommendation B, writing that officers will go on directing "
            "traffic around federal operations when asked.")
    assert "bar_local_cooperation" not in types(text)


def test_a_refused_invitation_is_not_the_act_invited():
    assert "enter_formal_agreement" not in types(
        "BENTONVILLE, Ark. \u2014 The sheriff declined an invitation to join the 287(g) task force model.")


def test_officers_sent_as_ice_and_cbp_are_a_deployment():
    text = ("RENO, Nev. \u2014 About 90 additional ICE and CBP officers were sent to Reno and Sparks in early June.")
    targets = {r["target_jurisdiction"] for r in rows(text) if r["action_type"] == "federal_deployment"}
    assert {"us-nv-reno", "us-nv-sparks"} <= targets, targets


def test_shifting_agents_into_a_county_is_a_deployment():
    assert "federal_deployment" in types("YUMA, Ariz. \u2014 Border Patrol said it has shifted about 80 more agents "
                                         "into Yuma County since March 3.")


def test_a_governors_order_to_honor_detainers_expands_cooperation():
    text = ("BOISE, Idaho \u2014 On Monday, Gov. Halvard Penrose signed an executive order directing the Idaho State "
            "Police to honor ICE detainers.")
    assert types(text) == ["expand_cooperation"], types(text)


def test_a_governors_order_to_help_ice_operations_is_the_states_help():
    text = ("BATON ROUGE, La. \u2014 Gov. Evander Thibodaux-Lyle signed an executive order directing Louisiana State "
            "Police troopers to help ICE with traffic control during enforcement operations.")
    assert "assist_ice" in types(text), types(text)


def test_an_act_a_deadline_asks_to_certify_is_no_help():
    text = ("LAS VEGAS \u2014 On May 2, a Justice Department letter gave Henderson 30 days to certify that city "
            "employees share immigration-status information with federal agents.")
    assert types(text) == ["federal_ultimatum"], types(text)


def test_a_judge_named_as_a_case_report_names_one_is_a_court():
    text = ("Superior Court: The Superior Court for Yakima County, No. 24-2-00911-39, Hon. Petra Lindqvist-Amado, J., "
            "on March 3, 2026, granted summary judgment to the plaintiff.")
    assert "court_action" in types(text)


def test_a_court_in_a_county_name_is_read_in_the_documents_state():
    text = ("IN THE COURT OF APPEALS OF THE STATE OF WASHINGTON\n\nYakima, Washington. The respondent sued in "
            "Franklin County Superior Court in 2025. Pasco and Kennewick filed briefs.\n\nOn February 9, 2026, "
            "Sheriff Odell Brask-Imura issued a directive ending all detainer holds at the Franklin County jail.")
    places = {r["jurisdiction"] for r in rows(text) if r["action_type"] == "bar_local_cooperation"}
    assert places == {"us-wa-franklin-county"}, places


@pytest.mark.parametrize("sentence", [
    "Senate Bill 612, introduced in January by Senator Marit Olafsen-Diaz, would let sheriffs honor detainers for "
    "up to 48 hours.",
    "Representative Ansel Vukovich has requested a bill draft that would make every county jail in the state hold "
    "a 287(g) agreement.",
])
def test_a_bill_letting_or_making_jails_help_expands_cooperation(sentence):
    assert_type_coded_and_readings_refused(sentence, "expand_cooperation", ["assist_ice"])


def test_funds_held_back_are_withheld():
    text = ("BALTIMORE \u2014 Since March, the Justice Department has held back $2.1 million in public-safety grants "
            "from Annapolis.")
    assert "withhold_funding" in types(text)


@pytest.mark.parametrize("sentence", [
    "The county will hold a hearing on the federal grants next week.",
    "The attorney general sued to challenge the department's decision to hold back $9 million in police grants.",
])
def test_holding_a_hearing_or_a_decision_to_hold_back_is_no_cut(sentence):
    assert "withhold_funding" not in types("BALTIMORE \u2014 " + sentence)


def test_a_bill_docking_state_money_expands_cooperation():
    text = ("MADISON, Wis. \u2014 Rep. Idris Vollan has filed Assembly Bill 52, which would dock the state aid of any "
            "city that refuses ICE detainers.")
    assert "expand_cooperation" in types(text)
    assert statuses(text, "expand_cooperation") == {"proposed"}


@pytest.mark.parametrize("sentence", [
    "A floor amendment that would also have barred deputies from asking anyone about immigration status went down, "
    "eleven to four.",
    "The board dropped a draft section that would have made jails notify ICE before releasing anyone.",
])
def test_what_a_failed_amendment_would_have_done_is_no_act(sentence):
    assert types("LITTLE ROCK, Ark. \u2014 " + sentence) == []


def test_what_a_vetoed_bills_section_would_have_done_is_the_bill():
    text = ("LITTLE ROCK, Ark. \u2014 Section 5 would have barred county jails from holding anyone on an ICE detainer "
            "alone.")
    assert "bar_local_cooperation" in types(text)


def test_lending_deputies_to_ice_is_help():
    assert "assist_ice" in types("FLORENCE, Ariz. \u2014 The Pinal County Sheriff's Office lent ICE four deputies "
                                 "for the operation.")


def test_a_contract_allowed_to_lapse_ends_and_is_no_help():
    text = ("TRAVERSE CITY, Mich. \u2014 Our contract to house ICE detainees will be allowed to lapse when its term "
            "runs out on December 31.")
    assert types(text) == ["end_formal_agreement"], types(text)


def test_no_one_kept_past_release_is_a_bar():
    text = ("TRAVERSE CITY, Mich. \u2014 Starting October 1, no one will be kept in our jail beyond his or her release "
            "time on an ICE detainer alone.")
    assert types(text) == ["bar_local_cooperation"], types(text)


def test_deputies_holding_the_perimeter_during_an_operation_help():
    text = ("GOSHEN, Ind. \u2014 During the ICE operation, Elkhart County deputies held the perimeter and booked those "
            "arrested.")
    assert "assist_ice" in types(text)


def test_a_town_hall_held_is_no_hold():
    assert "assist_ice" not in types("GOSHEN, Ind. \u2014 The sheriff will hold a town hall on the ICE operation.")


def test_what_a_bill_makes_jails_do_expands_cooperation():
    text = ("LITTLE ROCK, Ark. \u2014 Under the bill, any county jail with more than 200 beds would have to apply for "
            "a 287(g) jail enforcement agreement by July 1, 2028.")
    assert_type_coded_and_readings_refused(text, "expand_cooperation", ["enter_formal_agreement"])


def test_an_act_a_letter_gives_until_a_date_is_no_act():
    text = ("BETHLEHEM, Pa. \u2014 The letter gives the city until March 29 to certify in writing that it shares "
            "immigration status information with ICE.")
    assert types(text) == ["federal_ultimatum"], types(text)


def test_a_candidates_should_supposition_is_no_act_but_an_agencys_should_threat_is():
    assert types("LANSING, Mich. \u2014 Should voters send him to the office in November, he said he would end the "
                 "287(g) agreement.") == []
    text = ("LANSING, Mich. \u2014 Should the county walk away from the agreement, the agency would move to cut off "
            "its share of federal jail-reimbursement money.")
    assert "withhold_funding" in types(text)


@pytest.mark.parametrize("sentence", [
    "He said the city had weighed suing North Dakota but decided the odds were too long.",
    "The board weighed, but set aside, a proposal to close township parks to ICE staging.",
])
def test_an_idea_weighed_and_set_aside_is_no_act(sentence):
    assert types("FARGO, N.D. \u2014 " + sentence) == []


def test_going_on_alerting_ice_before_a_release_is_help():
    text = ("MADISON, Wis. \u2014 The sheriff added that the county jail would go on alerting ICE before it releases "
            "anyone with a detainer.")
    assert "assist_ice" in types(text)
