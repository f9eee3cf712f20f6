"""Rules tuned on the batches fx789-fx804 (a jail's standard operating procedure, a council work-session
transcript, a state representative's newsletter, a retiring sheriff's profile, an attorney general's press
conference, letters to the editor, a grant-conditions story, a candidate questionnaire, a jail dashboard's notes,
a tribal nation's statement, an appeals argument recap, a fire district's policy, a State of the City speech, a
public-comment digest, a podcast's show notes, an after-action report).

Every sentence is invented for these tests (real US places, made-up people, laws and offices).
"""
import pytest
from action_helpers import rows, types

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize("text", [
    "He said the office weighed applying for a 287(g) jail agreement and decided against it.",
    "The board weighed ending the detention contract and chose not to.",
])
def test_an_idea_weighed_and_dropped_is_no_act(text):
    assert not types(text)


def test_an_idea_weighed_and_then_taken_up_is_still_coded():
    assert "enter_formal_agreement" in types(
        "The sheriff's office weighed its options and decided to apply for a 287(g) jail agreement.")


@pytest.mark.parametrize("text", [
    "Springfield's council repealed its detainer limits in December.",
    "The council voted 5-4 on Monday to repeal the city's limits on helping ICE.",
    "Mayor Ines Okafor-Brandt filed a resolution that would repeal the city's 2017 directive limiting police "
    "cooperation with ICE.",
])
def test_repealing_local_limits_on_helping_ice_helps_ice(text):
    assert "assist_ice" in types(text)


@pytest.mark.parametrize("text", [
    "She said the city would have to repeal parts of Ordinance No. 1331 if the bill became law.",
    "As passed, the bill would withhold a city's share of state sales tax until it repeals any policy that limits "
    "cooperation with ICE.",
    "The council voted to end its parking contract downtown, lifting the limits on overnight stays.",
])
def test_a_repeal_as_a_condition_or_of_other_limits_is_no_help_to_ice(text):
    assert "assist_ice" not in types(text)


@pytest.mark.parametrize("text", [
    "Congress should tear ICE down and rebuild it.",
    "Congress ought to take civil immigration detention out of county jails.",
    "Congress should pull ICE away from fairgrounds and schools.",
])
def test_what_congress_should_do_to_ice_is_a_call_for_reform(text):
    assert "call_to_abolish_or_reform" in types(text)


def test_congress_taking_up_a_bill_is_no_call():
    assert "call_to_abolish_or_reform" not in types("Congress should take up the ICE funding bill next week.")


REPORT = """STATE OFFICE OF EMERGENCY PREPAREDNESS
After-action report, November 19, 2027

3. FINDINGS

3.1 The city opened a hotline for reporting encounters with federal immigration agents on September 18.

4. RECOMMENDATIONS

4.1 Declare state shelters closed to civil immigration enforcement absent a judicial warrant. Responsible: Mass Care Branch.
4.2 Open a confidential hotline for reporting encounters with federal immigration agents at shelters. Responsible: Mass Care Branch.
"""


def test_items_under_a_recommendations_heading_are_proposed_and_findings_stay_done():
    got = {(r["action_type"], r["status"]) for r in rows(REPORT)}
    assert ("restrict_enforcement_sites", "proposed") in got
    assert ("document_misconduct", "proposed") in got          # the recommended hotline
    assert ("document_misconduct", "enacted") in got           # the finding: a hotline the city opened
    assert ("restrict_enforcement_sites", "enacted") not in got


def test_a_list_under_another_heading_keeps_its_status():
    text = REPORT.replace("4. RECOMMENDATIONS", "4. ACTIONS TAKEN").replace("4.1 Declare", "4.1 The state declared")
    assert ("restrict_enforcement_sites", "proposed") not in {(r["action_type"], r["status"]) for r in rows(text)}


def test_that_memorandum_is_the_agreement_named_before():
    text = ("The county signed a 287(g) memorandum of agreement with ICE in 2019. Last month county commissioners "
            "extended that memorandum through 2030.")
    assert "keep_formal_agreement" in types(text)


@pytest.mark.parametrize("text", [
    "Illinois and the City of Chicago sued the Defense Department on Thursday.",
    "The State of Illinois and the City of Chicago sued the Defense Department on Thursday.",
])
def test_a_state_and_the_city_of_a_place_suing_together_give_a_row_each(text):
    got = {(r["action_type"], r["jurisdiction"]) for r in rows(text)}
    assert {("sue_federal_government", "us-il"), ("sue_federal_government", "us-il-chicago")} <= got


GRAND_JURY = """COUNTY CIVIL GRAND JURY
Final Report No. 9
Report filed with the Presiding Judge: June 14, 2027

RECOMMENDATIONS

R1. By October 1, 2027, the Sheriff should bar ICE interviews in housing units unless the inmate has signed a consent form.

R2. The Board should let the detention agreement with ICE lapse at the end of its current term rather than renew it.

OPINION

The county should end its contract with ICE, one supervisor said.
"""


def test_should_in_a_recommendation_recommends_and_elsewhere_supposes():
    got = {(r["action_type"], r["status"]) for r in rows(GRAND_JURY)}
    assert ("bar_local_cooperation", "proposed") in got and ("end_formal_agreement", "proposed") in got
    assert len([r for r in rows(GRAND_JURY) if r["action_type"] == "end_formal_agreement"]) == 1  # not the opinion


def test_charges_brought_against_any_officer_who_acts_are_a_threat():
    got = {(r["action_type"], r["status"]) for r in rows(
        "On Tuesday, the county attorney wrote to ICE that her office will bring charges against any officer who "
        "seizes a witness on the way to court.")}
    assert ("threaten_prosecution", "threatened") in got
    assert "threaten_prosecution" not in types("The sheriff brought charges against two protesters on Friday.")


@pytest.mark.parametrize("text", [
    "Director Anand Markstrom said he would never support a policy that treats federal officers as enemies of ICE.",
    "I would never support arresting a federal agent over a face covering.",
])
def test_would_never_is_a_hypothetical_not_a_pledge(text):
    assert "affirm_sanctuary" not in types(text)


def test_will_never_help_ice_is_still_a_pledge():
    assert ("affirm_sanctuary", "announced") in {(r["action_type"], r["status"]) for r in rows(
        "The sheriff said on Tuesday that his deputies will never help ICE.")}


@pytest.mark.parametrize("text", [
    "On October 9, Homeland Security gave Dane County until November 15 to honor detainers or be listed as "
    "non-cooperative.",
    "A Justice Department letter gave Suffolk County 30 days to certify that its jail honors detainers.",
])
def test_an_ultimatum_is_made_when_it_is_sent(text):
    got = {(r["action_type"], r["status"]) for r in rows(text)}
    assert ("federal_ultimatum", "enacted") in got and ("federal_ultimatum", "threatened") not in got
