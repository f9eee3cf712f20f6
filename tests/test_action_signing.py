"""State penalties on places that limit cooperation, signings whose content is told in a
neighbouring sentence, and courses of action that are only weighed (options in a staff
report, proposals dropped, consequences, "no member has proposed").

Every sentence is invented for these tests (real US places, made-up people and bills).
"""
import pytest

from analysis.extract import run
from analysis.extract.base import parse_text

# what the rules code; the classifier's rows are tested in test_classifier.py
pytestmark = pytest.mark.usefixtures("rules_only")


def rows(text):
    """Action rows with every earlier stage run, as in a build."""
    return run.extract_document(parse_text(text, doc_id="t"))["actions"]


def codes(text):
    return sorted({r["action_type"] for r in rows(text)})


def in_sentence(text, words):
    """Codes of the rows whose evidence contains ``words``."""
    return sorted({r["action_type"] for r in rows(text) if words in r["evidence"]})


# ------------------------------------------------------------ state penalties
@pytest.mark.parametrize("text", [
    "The bill would also cut state shared revenue to any town that keeps federal agents off town property.",
    "A county that the Attorney General finds in violation of this section shall be ineligible for state "
    "grants for two fiscal years.",
    "The measure would withhold a city's share of state sales tax until it repeals any policy that limits "
    "detainers.",
    "Lawmakers sent the governor a bill that would cut off state-shared tax revenue to any county that "
    "limits cooperation with immigration agents.",
])
def test_a_state_penalty_on_limiting_places_expands_cooperation(text):
    assert codes(text) == ["expand_cooperation"]


def test_a_state_suing_a_city_or_district_enforces_state_law():
    text = ("Attorney General Wes Harlan of Oklahoma warned the Norman City Council on Tuesday that the state "
            "would sue the city if it adopts an ordinance limiting police cooperation with ICE.")
    r = [r for r in rows(text) if r["action_type"] == "expand_cooperation"]
    assert r and r[0]["status"] == "threatened"
    assert "sue_federal_government" not in codes(text)
    text = ("Texas Attorney General Dana Pruett said his office would sue the school district unless trustees "
            "rescind the resolution.")
    assert codes(text) == ["expand_cooperation"]
    # suing the federal government is still a suit against it
    assert codes("The state of Oregon sued the Department of Homeland Security on Friday.") == \
        ["sue_federal_government"]


def test_a_state_withholding_its_own_grants_is_no_federal_cut():
    text = ("The law allowed the Attorney General to withhold state public safety grants from counties whose "
            "sheriffs refuse detainers.")
    assert codes(text) == ["expand_cooperation"]


def test_a_court_in_a_statute_condition_is_no_court_act():
    text = ("Section 4 makes a town that a court finds in violation of the section ineligible for any state "
            "grant until the policy is repealed.")
    assert codes(text) == ["expand_cooperation"]


def test_a_prenominal_participle_is_no_act():
    # "shared" modifies "revenue": nothing is shared with ICE
    assert "assist_ice" not in codes(
        "The proposal would cut state shared revenue to any city that keeps ICE agents off city land.")


# ------------------------------------------------------------ signings
def test_a_signed_act_takes_the_content_told_in_the_next_sentence():
    text = ("Gov. Marisol Quintana signed the Jail Contracts Act in May 2025. The Act bars Nevada counties "
            "and cities from renting jail space to ICE.")
    signed = [r for r in rows(text) if r["evidence"].startswith("Gov. Marisol Quintana signed")]
    assert [r["action_type"] for r in signed] == ["bar_local_cooperation"]
    assert signed[0]["status"] == "enacted" and signed[0]["actor"] == "Marisol Quintana"
    assert signed[0]["rule"] == "signed_content"


def test_an_introduced_bill_told_next_is_proposed():
    text = ("State Sen. Owen Talbert introduced House Bill 221 in February. It would bar state agencies from "
            "sharing driver records with ICE.")
    signed = [r for r in rows(text) if r["evidence"].startswith("State Sen.")]
    assert [(r["action_type"], r["status"]) for r in signed] == [("bar_local_cooperation", "proposed")]


def test_a_mayor_signing_the_ordinance_the_council_passed():
    text = ("The Ithaca Common Council voted 8-2 on Monday to bar city police from holding people on ICE "
            "detainers. Mayor Ruth Okafor signed the ordinance Thursday.")
    assert in_sentence(text, "Mayor Ruth Okafor signed") == ["bar_local_cooperation"]


def test_a_signing_with_nothing_said_of_the_content_gets_no_row():
    text = ("Gov. Marisol Quintana signed the Jail Contracts Act in May 2025. Reporters asked about the "
            "weather.")
    assert rows(text) == []
    # a named Act is not an agreement with ICE, whatever words its name holds
    assert "enter_formal_agreement" not in codes("Gov. Marisol Quintana signed the Detention Contracts Act.")


def test_a_bill_sent_to_the_governor_is_not_sent_to_ice():
    assert "assist_ice" not in codes(
        "Legislators sent the governor a bill that would require jails to notify ICE before releasing people.")


# ------------------------------------------------------------ courses only weighed
def test_options_of_a_staff_report_are_not_acts():
    text = ("OPTIONS CONSIDERED\n\nOption 2: Renew the agreement with ICE for one year. Not recommended. This "
            "option keeps revenue but leaves the city holding ICE detainees.\n\nOption 3: Keep the agreement "
            "but accept only people with pending criminal charges.\n")
    assert rows(text) == []


def test_staff_recommending_a_resolution_to_terminate_the_igsa():
    text = ("Staff recommends that Council adopt the attached resolution directing the City Manager to "
            "terminate the IGSA effective October 1, 2026.")
    r = rows(text)
    assert [(x["action_type"], x["status"]) for x in r] == [("end_formal_agreement", "proposed")]


@pytest.mark.parametrize("text", [
    "A proposal to require federal agents to show identification inside city limits was dropped in 2023.",
    "No member of the board has proposed renewing the jail agreement with ICE.",
    "Ending the detention agreement with ICE on June 30 would reduce revenue by an estimated $90,000.",
])
def test_dropped_proposals_absent_proposers_and_weighed_consequences(text):
    assert rows(text) == []


def test_a_rule_with_no_laid_down_by_shall_still_counts():
    # "No officer shall ..." is an operative rule, not a negated report
    assert codes("No officer shall hold a person on an ICE detainer without a judicial warrant.") == \
        ["bar_local_cooperation"]


def test_a_directive_not_to_help_agents_affirms_sanctuary():
    text = "The new school policy instructs teachers and office staff not to help immigration agents find any student."
    assert codes(text) == ["affirm_sanctuary"]


def test_congress_ought_to_require_is_a_call_for_reform():
    text = "Congress ought to require ICE to get a judge's signature on every detainer, Mayor Lina Voss said."
    assert codes(text) == ["call_to_abolish_or_reform"]


def test_a_demand_on_named_cities_police_departments_is_an_ultimatum():
    text = ("The Department of Homeland Security sent letters on March 3. Those letters demand that Bridgeport "
            "and Stamford each certify, within thirty days, that their police departments will honor "
            "immigration detainers.")
    assert "federal_ultimatum" in codes(text)
    assert "assist_ice" not in codes(text)


def test_leaving_positions_unfilled_is_no_call_to_withdraw_agents():
    text = ("Chief Ana Ruiz has advised that the jail can absorb the change by leaving two vacant detention "
            "officer positions unfilled.")
    assert "call_to_abolish_or_reform" not in codes(text)


# ------------------------------------------------------------ limits on ICE inside a law
@pytest.mark.parametrize("text", [
    "Section 3 would require ICE officers to obtain an inmate's written consent before any interview.",
    "Section 1 would direct the county jail to release any person held solely on an ICE detainer.",
    "As adopted, the ordinance bars ICE officers from interviewing any inmate of the city jail.",
])
def test_what_a_measure_demands_of_ice_or_of_the_jail_limits_cooperation(text):
    assert codes(text) == ["bar_local_cooperation"]
    # a duty laid on the sheriff is still cooperation required
    assert codes("The act requires the sheriff of each county that runs a jail to notify ICE before releasing "
                 "a person named in a detainer.") == ["expand_cooperation"]


@pytest.mark.parametrize("text", [
    "The Salem City Council voted 5-2 on Monday to ask ICE for the number of arrests made within city limits.",
    "On Thursday the Marion County Board of Commissioners voted to ask ICE for the warrants behind the arrests.",
])
def test_asking_ice_for_figures_or_warrants_is_a_records_request(text):
    assert codes(text) == ["records_request"]


# ------------------------------------------------------------ who acts
def test_a_court_administrator_is_no_court():
    text = "Chief Court Administrator Lena Ostrow barred civil immigration arrests inside Vermont courthouses."
    assert codes(text) == ["restrict_enforcement_sites"]


def test_a_group_suing_a_sheriff_is_a_court_case_not_a_suit_against_ice():
    text = ("Sheriff Dale Pruett of Ashe County signed the agreement with ICE on March 2. On Wednesday the "
            "Blue Ridge Immigrant Defense Project filed suit against Pruett in Ashe County Superior Court, "
            "arguing the 287(g) agreement violates state law.")
    assert in_sentence(text, "filed suit") == ["court_action"]


def test_ero_officers_are_ice():
    assert "assist_ice" in codes("Lake County deputies helped ERO officers locate and arrest six people with "
                                 "removal orders.")


def test_people_described_as_arrested_are_no_threat():
    assert rows("Those arrested will remain in ICE custody pending hearings before an immigration judge.") == []


# ------------------------------------------------------------ operative rules of an order or policy
@pytest.mark.parametrize("text,code", [
    ("Officers of the Erie Police Department shall not stop any person solely to determine immigration status "
     "and shall not take part in any ICE operation.", "bar_local_cooperation"),
    ("(b) City parks and parking garages shall not be made available as staging areas for civil immigration "
     "operations.", "restrict_enforcement_sites"),
    ("- Immigration officers may not enter classrooms, buses or playgrounds without a warrant signed by a judge.",
     "restrict_enforcement_sites"),
    ("- Staff may not ask about or record the immigration status of students, and student records will be "
     "released only under a court order.", "bar_local_cooperation"),
])
def test_operative_rules_of_an_order_or_policy(text, code):
    assert codes(text) == [code]


def test_a_report_that_agents_did_not_enter_is_no_rule():
    assert rows("ICE agents did not enter the school on Monday.") == []


def test_severability_boilerplate_is_no_act():
    assert rows("If any provision of this Order is held invalid, the remaining provisions shall remain in effect, "
                "including the limits on cooperation with ICE.") == []


# ------------------------------------------------------------ calls, harsh words, agreements told before
@pytest.mark.parametrize("text", [
    "Congress should make ICE go back to focusing on people who are a danger, Sheriff Lee Wegman said.",
    "Congress should rein in ICE, Mayor Dora Penn said.",
])
def test_what_congress_should_do_to_ice_is_a_call_for_reform(text):
    assert codes(text) == ["call_to_abolish_or_reform"]
    assert "call_to_abolish_or_reform" not in codes("Congress passed a law in 1996 that made ICE the lead agency.")


def test_a_suit_against_the_us_attorney_general_is_against_the_federal_government():
    assert codes("Spokane sued the department and U.S. Attorney General Ada Voss in March.") == \
        ["sue_federal_government"]


def test_signing_the_agreement_described_before():
    text = ("Lamar County Sheriff Wyatt Hollis announced today that his office has entered into a 287(g) "
            "agreement with ICE under the task force model. Sheriff Hollis signed the memorandum of agreement "
            "on August 27.")
    assert in_sentence(text, "signed the memorandum") == ["enter_formal_agreement"]
    # ICE signing a contract with a company, or praise "for signing the agreement", is no local agreement
    text2 = ("The county ended its 287(g) agreement with ICE in 2025. ICE then signed a contract directly with "
             "the jail's private operator.")
    assert in_sentence(text2, "ICE then signed") == []


def test_a_suit_in_a_state_court_is_a_court_case_not_a_suit_against_ice():
    assert codes("The city of Macon filed suit Tuesday in Bibb County Superior Court, arguing the state law "
                 "violates home rule.") == ["court_action"]
    assert codes("Oregon sued the Department of Homeland Security in federal district court.") == \
        ["sue_federal_government"]
