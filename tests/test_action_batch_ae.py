"""Rules tuned on the batch fx613-fx620 (a sheriff's "myths vs. facts" page, a council work session summary, a
national story on a multi-defendant suit, an editorial with the sheriff's guest column, a federal court roundup, an
inspector general's report summary, a jail's monthly statistics, a TV station's questions-and-answers page): a guest
column below an editorial is its writer's, a "MYTH:" line is a claim refuted, an object set off by commas, an
advocacy group's suit, "picked up 96 people", "bring its own case against".

Every sentence is invented for these tests (real US places, made-up people, laws and offices).
"""
import pytest
from action_helpers import rows, types

pytestmark = pytest.mark.usefixtures("rules_only")

OPINION_PAGE = """THE LAKESHORE COURIER
Opinion | Sunday, October 10, 2027

OUR VIEW

End the jail's ICE contract

The county should let its detention contract with ICE expire next year. Our readers deserve a jail that serves the
county, and the contract has made the county a partner in arrests its residents oppose. The commissioners vote in
November, and they should vote no. The numbers in the county's own reports make the case plainly enough.

The contract pays well, but money is not the measure of a jail. Families wait for hours in the lobby, lawyers drive
across the state to reach clients moved without notice, and the county has no say over who is held or for how long.
Other counties have walked away from such deals and balanced their budgets anyway. This one can too.

— The Courier Editorial Board

GUEST COLUMN

The contract keeps our county safe

By Marguerite Okonjo-Wells

My office honors ICE detainers on people booked for crimes.

Marguerite Okonjo-Wells has been sheriff of Ottawa County, Michigan, since 2019.
"""


def test_a_guest_column_below_an_editorial_is_its_writers():
    got = [r for r in rows(OPINION_PAGE) if r["evidence"].startswith("My office honors")]
    assert got and got[0]["action_type"] == "assist_ice", got
    assert got[0]["actor"] == "Marguerite Okonjo-Wells" and got[0]["jurisdiction"] == "us-mi-ottawa-county", got


def test_a_myth_line_is_a_claim_refuted():
    text = ("KNOX COUNTY SHERIFF'S OFFICE\nMyths vs. Facts\n\n"
            "MYTH #4: Deputies hand victims' and witnesses' information to ICE.\n"
            "FACT: No deputy shares a victim's or witness's information with any federal agency.\n\n"
            "MYTH #5: Deputies helped ICE with last fall's worksite arrests.\n"
            "FACT: The jail turned 377 people over to ICE custody last year.\n")
    got = [r for r in rows(text) if r["action_type"] == "assist_ice"]
    assert [r["evidence"][:8] for r in got] == ["FACT: Th"], got


def test_an_agreement_set_off_by_commas_is_still_what_is_renewed():
    text = ("MUSKEGON COUNTY JAIL\nMonthly report\n\n5.2 On March 24, the Board of Commissioners voted 5-4 to renew, "
            "through December 2028, the intergovernmental service agreement under which the jail rents up to 20 beds "
            "to ICE.")
    assert types(text) == ["keep_formal_agreement"]


def test_an_advocacy_groups_suit_is_a_case_in_court_not_a_governments_suit():
    text = ("JACKSON, Miss. \u2014 The Magnolia Immigrant Rights Project sued in federal court in Jackson on June 14, "
            "arguing that the law violates the Constitution.")
    got = types(text)
    assert "court_action" in got and "sue_federal_government" not in got, got


def test_a_city_suing_the_department_is_still_a_suit_against_it():
    # the advocacy rule needs a group's name: a city the NER tags as an organization still sues
    assert "sue_federal_government" in types("URBANA, Ill. \u2014 Urbana sued the Justice Department over the "
                                             "grant conditions in February.")


@pytest.mark.parametrize("sentence, wanted", [
    ("ICE said its agents picked up 96 people in Allentown and Reading.", "federal_enforcement_operation"),
    ("The mayor said Baltimore intends to bring its own case against the Justice Department.",
     "sue_federal_government"),
])
def test_idioms(sentence, wanted):
    assert wanted in types("BALTIMORE \u2014 " + sentence)


@pytest.mark.parametrize("sentence", [
    "ICE agents picked up the paperwork at the jail.",
    "ICE came here to pick up people with criminal records, the sheriff said.",
    "The city filed a case in state court over a zoning dispute.",
])
def test_near_misses(sentence):
    assert not {"federal_enforcement_operation", "sue_federal_government"} & set(types("BALTIMORE \u2014 " + sentence))
