"""Rules tuned on the batch fx973-fx980, eight official texts (a jail standards board's inspection report, a
mayor's executive order with a council resolution, a legislative fiscal analysis of a 287(g) mandate, a U.S.
Attorney's release on an indictment with a county's statement, a police chief's monthly report to a commission, a
state supreme court's order adopting a courthouse arrest rule, a board of health resolution with an attorney
general's letter, a council of governments' survey report).

Every sentence is invented for these tests (real US places, made-up people, laws and offices).
"""
import pytest
from action_helpers import rows, types

pytestmark = pytest.mark.usefixtures("rules_only")


def test_a_plea_before_a_judge_is_a_court_step():
    text = "Sefton-Marwick pleaded not guilty on Wednesday before U.S. Magistrate Judge Orla Quennevik."
    assert types(text) == ["court_action"]


def test_a_report_that_must_list_every_ice_arrest_is_a_records_mandate():
    text = "Under the new rule, the monthly report must also list every ICE arrest in the city that the Department learns of."
    assert types(text) == ["records_request"]


def test_a_court_that_accepted_comments_and_held_a_hearing_acted_in_both():
    text = ("The Court accepted written comments on the petition from May 1 through September 30, 2027, and held a public "
            "hearing on September 14, 2027.")
    assert types(text) == ["court_action"]


def test_a_records_unit_declining_an_ero_request_for_an_address_is_a_limit():
    text = "On February 3, the Records Unit declined an ERO request for the home address of a man named in a civil warrant."
    assert types(text) == ["bar_local_cooperation"]


def test_a_chief_directed_to_tell_ero_what_the_department_will_do_is_no_mandate_to_help():
    text = ("The commission directed the chief to tell ERO that the Department will keep declining civil detainers not "
            "signed by a judge.")
    assert types(text) == ["bar_local_cooperation"]


def test_a_man_released_without_notice_to_ero_was_not_handed_over():
    text = ("ICE lodged a detainer. The Department refused the detainer, which no judge had signed, and released him on "
            "the magistrate's order without notifying ERO.")
    assert types(text) == ["bar_local_cooperation"]
