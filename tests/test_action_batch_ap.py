"""Rules tuned on the batch fx965-fx972, eight official texts (a state attorney general's release on a petition
against a sheriff, a council's special meeting transcript after a raid, an ICE contracting officer's cure notice
with the county's reply, a legislative audit committee's hearing summary, a police general order on task forces, a
DHS notice of designations with public comments, a sheriff's forum handout, an appeals court's opinion summary).

Every sentence is invented for these tests (real US places, made-up people, laws and offices).
"""
import pytest
from action_helpers import rows, types

pytestmark = pytest.mark.usefixtures("rules_only")


def _rows_of(text, atype):
    return [r for r in rows(text) if r["action_type"] == atype]


def test_the_office_of_an_attorney_generals_release_is_the_states_and_makes_no_federal_demand():
    text = ("OFFICE OF THE ATTORNEY GENERAL\nSTATE OF WASHINGTON\n\nNEWS RELEASE\n\nOn March 1, the Office sent letters "
            "to the sheriffs of Franklin, Grant and Yakima counties directing each to stop any detainer holds and to "
            "confirm by March 31 that they have done so.")
    assert "federal_ultimatum" not in types(text)


def test_a_hotline_to_report_what_residents_saw_agents_do_documents_misconduct():
    text = ("From March 10 through April 30, my office will staff a hotline where residents can report what they saw "
            "federal agents do.")
    assert types(text) == ["document_misconduct"]


def test_a_resolution_that_would_bar_holds_and_reaffirm_a_welcoming_city_does_both():
    text = ("I am introducing Resolution 2028-17. It would bar city police from holding anyone solely on an ICE "
            "detainer and reaffirm Hazleton as a welcoming city.")
    assert {r["action_type"] for r in rows(text)} == {"bar_local_cooperation", "affirm_sanctuary"}


def test_an_order_that_officers_give_no_traffic_control_is_a_limit():
    text = ("Effective today, I have ordered that officers provide no traffic control or perimeter support for civil "
            "immigration operations unless a life is at risk.")
    assert types(text) == ["bar_local_cooperation"]


def test_staff_told_to_give_agents_no_help_at_all_is_still_no_limit_coded_here():
    assert types("The principal directed office staff to give agents no help in finding a student.") == []


def test_a_cap_on_ice_detainees_is_a_limit():
    text = ("On Tuesday, the Board of Commissioners adopted Resolution 2028-31, which caps ICE detainees at the facility "
            "at 40 per day effective April 1, 2028.")
    assert types(text) == ["bar_local_cooperation"]


def test_our_office_in_a_sheriffs_statement_under_a_governors_letterhead_is_still_not_the_state():
    text = ("OFFICE OF GOVERNOR MARISA ASHWORTH\nSTATE OF COLORADO\n\nStatement of the Weld County Sheriff\n\n"
            "Our office will keep allowing ICE officers to interview inmates in the Weld County jail.")
    got = _rows_of(text, "assist_ice")
    assert got and all(r["actor_level"] != "state" for r in got), got


def test_a_call_on_ice_to_end_arrests_and_require_badges_is_still_one_call():
    text = ("The group's report makes one recommendation: ICE must end civil arrests at Washoe County courthouses and "
            "require its officers to identify themselves.")
    assert "require_agent_identification" not in types(text)
