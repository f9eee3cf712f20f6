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
