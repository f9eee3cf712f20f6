"""Rules tuned on the batch fx637-fx644 (an election-night story, a public defender's annual report section, a city
manager's memo on impound data, a wire story on the Guard helping ICE, a coalition's open letter, a TV follow-up
investigation, a committee's testimony summary, a neighborhood explainer): what a contract does is no act of its own
("cancel the contract renting 20 jail beds to ICE"), and a motion that died is no act, even when the parser reads its
verb as the sentence's.

Every sentence is invented for these tests (real US places, made-up people, laws and offices).
"""
import pytest
from action_helpers import types

pytestmark = pytest.mark.usefixtures("rules_only")


def test_a_contract_renting_beds_is_described_not_done():
    got = types("MISSOULA, Mont. \u2014 On April 23 the commissioners voted 2-1 to cancel the contract renting 20 jail "
                "beds to ICE, effective July 1.")
    assert got == ["end_formal_agreement"], got


@pytest.mark.parametrize("sentence", [
    "A motion to have county counsel sue the Department of Homeland Security died for lack of a second.",
    "A motion by Council Member Dale Oyelowo to have the city sue the Department of Homeland Security failed 2-5.",
])
def test_a_motion_that_died_is_no_act(sentence):
    assert "sue_federal_government" not in types("SACRAMENTO \u2014 " + sentence)


def test_a_motion_that_passed_is_still_an_act():
    assert "end_formal_agreement" in types("SACRAMENTO \u2014 A motion to end the 287(g) agreement passed 4-1, and "
                                           "the sheriff dropped his appeal.")


@pytest.mark.parametrize("sentence, generic", [
    ("Sanctuary policies aim to reassure all residents that police focus on criminal conduct.", True),
    ("Such agreements let deputies question inmates about their status.", True),
    ("The city's policies bar officers from asking about immigration status.", False),
    ("Two agreements let deputies question inmates about their status.", False),
    ("The council adopted a policy barring officers from asking about status.", False),
])
def test_a_kind_of_policy_spoken_of_in_general_is_no_learned_act(sentence, generic):
    # the classifier's rows skip what a bare plural subject says of a kind of policy (seed-like commentary)
    from analysis.extract import actions
    from analysis.extract.base import parse_text
    doc = parse_text(sentence, doc_id="t").sentences[0].doc
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert actions._generic_policies(root) is generic
