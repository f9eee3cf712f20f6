"""Wording of orders, memos and court summaries: telling ICE of a release, a prohibition that
spans a subordinate clause, court filings, agents sent back in greater numbers, and calls to
"fix" ICE.

Every sentence is invented for these tests (real US places, made-up people and bills).
"""
import pytest

from analysis.extract import run
from analysis.extract.base import parse_text


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
