"""Rules tuned after the thirty-fifth stop's second and third batches: operations carried on to another place,
sections the parser read as nouns, removal flights, welcoming towns, certified copies and court verbs.

Every sentence is invented for these tests (real US places, made-up people and offices).
"""
import datetime as dt

import pytest
from action_helpers import of_type as _of_type, rows

from analysis.corpus import byline_date

pytestmark = pytest.mark.usefixtures("rules_only")


def test_an_operation_extended_to_another_county_is_an_operation_there_too():
    text = ("WHEREAS, U.S. Immigration and Customs Enforcement launched Operation Buckeye Lantern in Franklin County, "
            "Ohio on August 23, 2027, and extended it to Hamilton County the following day;")
    got = _of_type(text, "federal_enforcement_operation")
    assert sorted(r["target_jurisdiction"] for r in got) == ["us-oh-franklin-county", "us-oh-hamilton-county"], got


def test_an_operation_launched_in_one_county_is_still_one_row():
    text = ("U.S. Immigration and Customs Enforcement launched Operation Buckeye Lantern in Franklin County, Ohio on "
            "August 23, 2027, and ended it on August 30.")
    got = _of_type(text, "federal_enforcement_operation")
    assert [r["target_jurisdiction"] for r in got] == ["us-oh-franklin-county"], got


def test_a_section_that_voids_each_ice_agreement_ends_them():
    text = ("1.1 Section 3 voids each intergovernmental service agreement under which a county or a private operator "
            "detains people for ICE.")
    assert [r["action_type"] for r in rows(text)] == ["end_formal_agreement"], rows(text)


def test_a_section_that_forbids_jails_to_hold_people_on_detainers_limits_help():
    text = ("1.3 Section 5 forbids county jails to hold anyone past release solely on an ICE detainer or to admit ICE "
            "agents to jail interviews without a judicial warrant.")
    assert [r["action_type"] for r in rows(text)] == ["bar_local_cooperation"], rows(text)


def test_removal_flights_counted_as_flown_are_an_operation():
    text = ("According to fixed-base operator logs, ICE Air Operations ran 41 removal charter flights from Stewart "
            "International Airport between July 1 and December 31, 2027.")
    assert [r["action_type"] for r in rows(text)] == ["federal_enforcement_operation"], rows(text)


def test_removal_flights_a_board_withdraws_support_from_are_no_operation():
    text = "The Authority voted 5-2 to withdraw airport police support from removal flights at the county airport."
    assert not _of_type(text, "federal_enforcement_operation"), rows(text)


def test_a_judge_dissolving_an_order_is_a_ruling():
    text = ("On January 20, 2028, a federal district judge halted the removal of two men scheduled to leave on a charter "
            "flight. The judge dissolved the order the following day.")
    got = [r for r in _of_type(text, "court_action") if r["evidence"].startswith("The judge dissolved")]
    assert len(got) == 1, rows(text)


def test_a_town_adopting_a_similar_welcoming_ordinance_affirms_sanctuary():
    text = ("The town school board closed school buildings last month to immigration agents who lack a judicial "
            "warrant. Lebanon, New Hampshire, adopted a similar welcoming ordinance in November 2027.")
    got = [r["action_type"] for r in rows(text) if "similar" in r["evidence"]]
    assert got == ["affirm_sanctuary"], rows(text)


def test_a_bylaw_that_would_declare_a_welcoming_town_is_proposed_sanctuary():
    text = "Section 1 would declare Montpelier a welcoming town."
    assert [(r["action_type"], r["status"]) for r in rows(text)] == [("affirm_sanctuary", "proposed")], rows(text)


_SECTIONS = "".join(f"Section {k}. The Airport Manager shall report item {k} to the Board each quarter.\n\n"
                    for k in range(1, 45))


def test_a_certified_copy_of_a_resolution_is_dated_by_its_certification():
    text = ("DUTCHESS COUNTY AIRPORT AUTHORITY\nBoard of Directors\n\nRESOLUTION NO. 2028-03\nAdopted: March 6, 2028\n\n"
            + _SECTIONS +
            "On Wednesday, ICE called the vote reckless.\n\n"
            "I certify that the foregoing is a true copy of Resolution No. 2028-03.\n\n"
            "Ottoline Brisbane-Achterberg, Secretary\nDated: March 9, 2028\n")
    assert byline_date(text, 0) == dt.date(2028, 3, 9)


def test_an_adopted_resolution_without_a_certified_copy_is_still_dated_by_its_adoption():
    text = ("DUTCHESS COUNTY AIRPORT AUTHORITY\nBoard of Directors\n\nRESOLUTION NO. 2028-03\nAdopted: March 6, 2028\n\n"
            + _SECTIONS +
            "Ottoline Brisbane-Achterberg, Secretary\nDated: March 9, 2028\n")
    assert byline_date(text, 0) == dt.date(2028, 3, 6)


def test_a_competing_measure_is_not_the_welcoming_resolution_told_before():
    text = ("The trustees voted 3-2 on Tuesday to adopt a \"welcoming township\" resolution. Rep. Garrison Veldt-Oyo said "
            "Friday he will file a competing measure next month cutting state revenue-sharing payments to any "
            "township that limits cooperation with immigration agents.")
    got = {r["action_type"] for r in rows(text) if "competing" in r["evidence"]}
    assert "affirm_sanctuary" not in got, rows(text)


def test_a_judge_postponing_a_subpoenas_return_date_is_a_ruling():
    text = "Late Wednesday, U.S. District Judge Anselm Farquhar-Obi postponed the return date until a hearing on November 3."
    assert [r["action_type"] for r in rows(text)] == ["court_action"], rows(text)
