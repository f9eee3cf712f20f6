"""Wording of orders, memos and court summaries: telling ICE of a release, a prohibition that
spans a subordinate clause, court filings, agents sent back in greater numbers, and calls to
"fix" ICE.

Every sentence is invented for these tests (real US places, made-up people and bills).
"""
import pytest

from analysis.extract import run
from analysis.extract.base import parse_text

# what the rules code; the classifier's rows are tested in test_classifier.py
pytestmark = pytest.mark.usefixtures("rules_only")


def coded(text):
    return sorted({(r["action_type"], r["status"]) for r in run.extract_document(parse_text(text, doc_id="t"))["actions"]})


def types(text):
    return sorted({t for t, _ in coded(text)})


def test_telling_ice_of_a_release_is_help_and_forbidding_it_is_a_limit():
    assert types("The jail tells ICE when an inmate will be released.") == ["assist_ice"]
    assert types("Deputies shall not tell ICE when an inmate will be released.") == ["bar_local_cooperation"]


def test_telling_a_city_something_is_not_telling_ice():
    text = "In May the department told Urbana that its grant would be withheld unless the jail held people for ICE."
    assert "assist_ice" not in types(text)
    assert types("The mayor told reporters that ICE had released a statement.") == []


def test_a_prohibition_reaches_the_verb_after_a_when_clause():
    # the parser hangs "give" on "released"; the "may not" of "tell" still governs it
    text = ("Agencies may not tell ICE when a person will be released from custody, or give ICE a home address "
            "without a judicial warrant.")
    assert types(text) == ["bar_local_cooperation"]


@pytest.mark.parametrize("text", [
    "On July 23, 2026, the United States filed a notice of appeal to the Second Circuit.",
    "The State filed its opposition to the motion on July 28, 2026.",
])
def test_filings_in_a_case_are_court_actions(text):
    assert types(text) == ["court_action"]


def test_time_allowed_to_file_is_not_a_filing():
    assert types("The department has 60 days to file a notice of appeal.") == []


def test_agents_sent_back_in_greater_numbers_is_a_deployment():
    text = "If the county keeps releasing people, ICE will return to Cumberland County with additional officers."
    assert coded(text) == [("federal_deployment", "threatened")]
    assert types("The agents returned with more questions than answers.") == []


def test_a_call_to_fix_ice_is_a_call_to_reform_it():
    assert types('Advocates urged lawmakers to "ask Congress to fix ICE."') == ["call_to_abolish_or_reform"]
    assert types("The county will fix the jail roof before ICE inspects it.") == []
    assert types("Fixing a broken federal agency is a job for Washington, not for our council.") == []


@pytest.mark.parametrize("text", [
    "No political subdivision shall adopt, enact, or enforce a sanctuary policy, and any such policy in effect "
    "on the effective date of this Act is void.",
    "(2) No county, city or town may adopt a sanctuary policy.",
])
def test_a_prohibition_of_sanctuary_policies_expands_cooperation(text):
    assert types(text) == ["expand_cooperation"]


def test_a_body_adopting_a_sanctuary_policy_still_affirms_sanctuary():
    assert types("The council will adopt a sanctuary policy next month.") == ["affirm_sanctuary"]


def test_no_action_taken_on_a_proposal_is_no_act():
    assert types("The Court takes no action at this time on a proposal to rent detention beds to ICE.") == []


@pytest.mark.parametrize("text", [
    '(3) "Sanctuary policy" means any ordinance, order or practice that restricts communication with ICE.',
    "The Department has not decided whether to sue the City, and nothing in this letter requires any City "
    "officer to enforce federal immigration law.",
    "WHEREAS, nothing in that Act requires a county to rent jail space to the federal government; and",
])
def test_definitions_and_savings_clauses_are_no_acts(text):
    assert types(text) == []


def test_a_law_explained_is_not_a_definition():
    assert types("The law means that sheriffs must honor ICE detainers.") != []


def test_a_duty_laid_on_every_sheriff_is_a_state_mandate_not_one_agreement():
    text = ("(B) Not later than January 1, 2027, the sheriff of each parish that operates a jail shall enter into "
            "an agreement with ICE under Section 287(g).")
    assert types(text) == ["expand_cooperation"]
    assert types("Sheriff Ada Brill signed an agreement with ICE under Section 287(g) on Monday.") == \
        ["enter_formal_agreement"]


def test_a_state_attorney_generals_suit_against_a_locality_enforces_state_law():
    text = ("(A) The attorney general may bring a civil action in district court to enjoin a political subdivision "
            "that violates this Section.")
    assert types(text) == ["expand_cooperation"]


def test_the_department_of_a_federal_letter_is_federal():
    text = ("U.S. Department of Justice\nOffice of the Associate Attorney General\n\nMay 12, 2026\n\n"
            "Dear Mayor Ilse Brandt:\n\nAccordingly, the Department directs the City to produce, no later than "
            "June 11, 2026, all written policies on cooperation with ICE.\n")
    assert types(text) == ["federal_ultimatum"]


def test_the_most_responsive_partner_is_praise():
    text = ('WHEREAS, Sheriff Lyle Gatlin told this Court that ICE had been "the most responsive federal partner our '
            'jail has ever worked with"; and')
    assert types(text) == ["praise_enforcement"]


def test_barring_police_from_directing_traffic_for_agents_is_a_limit():
    text = ("The council voted on March 4 to bar city police from directing traffic for federal immigration "
            "operations.")
    assert types(text) == ["bar_local_cooperation"]
    assert types("The city bars trucks from the downtown streets during ICE protests.") == []


def test_barring_help_to_the_federal_operation_is_a_limit_not_a_second_raid():
    text = ("On March 2, the governor signed Executive Order 26-05, which bars state agencies from assisting the "
            "federal operation.")
    assert types(text) == ["bar_local_cooperation"]


@pytest.mark.parametrize("text", [
    "The contract allows either side to cancel it with 90 days' notice.",
    "Sheriff Dale Brunsvold, who had urged the board to keep the contract with ICE, said the lost revenue would hurt.",
    "The governor today signed two bills that give New Yorkers a way to report misconduct by federal agents to "
    "the state.",
])
def test_what_a_text_permits_background_advocacy_and_gifts_to_residents_are_not_acts(text):
    assert not {"end_formal_agreement", "keep_formal_agreement", "assist_ice"} & set(types(text))


def test_help_given_to_ice_is_still_help():
    assert types("Eleven offices went further, giving ICE officers their own log-ins to county jail systems.") == \
        ["assist_ice"]


def test_naming_an_operation_already_reported_is_no_second_operation():
    text = '"The agency is calling it Operation Crown Crossing," the mayor said.'
    assert "federal_enforcement_operation" not in types(text)


@pytest.mark.parametrize("text, expected", [
    ("Officers shall not stop, detain or arrest any person for a civil immigration violation.", "bar_local_cooperation"),
    ("No officer shall prolong a stop or delay the release of any person in order to allow ICE agents to arrive.",
     "bar_local_cooperation"),
    ("Department stations and parking lots shall not be used for staging in civil immigration enforcement.",
     "restrict_enforcement_sites"),
])
def test_rules_of_a_police_order(text, expected):
    assert types(text) == [expected]


def test_a_report_that_police_made_no_immigration_arrest_is_no_rule():
    assert types("Police did not arrest anyone for immigration violations during the protest.") == []


def test_a_letter_to_ice_asking_for_names_is_a_records_request_not_help():
    text = "She said she sent a letter Thursday to ICE's field office asking for the names of everyone detained."
    assert types(text) == ["records_request"]


def test_what_ice_asks_a_county_to_do_is_not_the_countys_act():
    text = "The same day, the ICE field office sent me a letter asking the county to resume honoring detainers."
    assert "assist_ice" not in types(text)
    # a sheriff asking his own county to keep a contract is still coded
    assert types("The sheriff has asked the County Commission to renew the jail's contract with ICE.") == \
        ["keep_formal_agreement"]


def test_a_front_that_opened_gives_ice_nothing_and_the_court_seat_is_not_a_target():
    text = "The newest front opened on Tuesday, when the Justice Department sued Oregon in federal court in Portland."
    rows = run.extract_document(parse_text(text, doc_id="t"))["actions"]
    assert [(r["action_type"], r["target_jurisdiction"]) for r in rows] == [("federal_lawsuit", "us-or")]


def test_a_suit_in_a_case_against_a_sheriff_is_a_court_action():
    caption = ("IN THE UNITED STATES DISTRICT COURT\nFOR THE WESTERN DISTRICT OF TEXAS\n\n"
               "ANA ROE, on behalf of herself and all others similarly situated,\nPlaintiffs,\n\nv.\n\n"
               "JOHN DOE, in his official capacity as Sheriff of Bexar County, Texas,\nDefendants.\n\n")
    assert types(caption + "Plaintiffs filed this action on October 6, 2025.\n") == ["court_action"]
    federal = caption.replace("JOHN DOE, in his official capacity as Sheriff of Bexar County, Texas",
                              "UNITED STATES DEPARTMENT OF HOMELAND SECURITY")
    assert types(federal + "Plaintiffs filed this action on October 6, 2025.\n") == ["sue_federal_government"]


def test_what_a_law_permits_is_its_content():
    assert types("The statute allows sheriffs to arrest any federal officer who violates it.") == \
        ["threaten_prosecution"]


def test_no_civil_immigration_arrests_at_a_site_is_a_site_rule():
    text = ("Under the Courthouse Access Act, which the Legislature passed in 2025, no one may be arrested on a civil "
            "immigration warrant inside a courthouse.")
    assert types(text) == ["restrict_enforcement_sites"]


def test_a_state_threat_to_sue_counties_that_keep_helping_ice_enforces_a_limit():
    text = ("The attorney general warned in a letter last month that his office would sue any county still holding "
            "ICE detainees after July 1.")
    assert coded(text) == [("bar_local_cooperation", "threatened")]
    text2 = ("The attorney general said the state would sue the city if it adopts an ordinance limiting police "
             "cooperation with ICE.")
    assert coded(text2) == [("expand_cooperation", "threatened")]


@pytest.mark.parametrize("text", [
    "On Monday, Virginia Attorney General Thaddeus Rourke sent Fairfax County a letter warning that he will sue the "
    "county in 30 days unless its jail starts holding people on immigration detainers.",
    "In a letter to the city last week, Utah's attorney general wrote that his office will sue St. George if its "
    "police department adopts a written policy against asking drivers about immigration status.",
])
def test_a_state_threat_to_sue_until_a_place_helps_ice_pushes_cooperation(text):
    # the help is what the state demands ("unless ... starts holding"), or the policy it sues over is against it
    assert ("expand_cooperation", "threatened") in coded(text)
    assert "bar_local_cooperation" not in {t for t, _ in coded(text)}


@pytest.mark.parametrize("text, status", [
    ("On March 15, the California attorney general's office asked the court to dismiss the suit outright.", "enacted"),
    ("Sheriff Bram Kallstrom of Benton County said Tuesday that he will ask the full Ninth Circuit to rehear the case.",
     "announced"),
    ("The Sheriff of Jefferson County moved to dismiss on August 14, 2026, arguing that federal law authorized the "
     "hold.", "enacted"),
])
def test_a_partys_motion_in_a_case_is_a_court_action(text, status):
    assert coded(text) == [("court_action", status)]


def test_asking_a_council_to_review_is_no_motion():
    assert coded("The mayor of Tulsa asked the council to review the ICE contract.") == []
