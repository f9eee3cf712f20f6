"""Where an action happened when its sentence names no place: the letterhead of an official text,
the level of the body that acts ("the jail", "lawmakers"), a statute's state, and the speaker
who praises ICE in a quotation.

Every sentence is invented for these tests (real US places, made-up people and bills).
"""
import pytest

from analysis.extract import run
from analysis.extract.base import parse_text

# what the rules code; the classifier's rows are tested in test_classifier.py
pytestmark = pytest.mark.usefixtures("rules_only")


def rows(text):
    return run.extract_document(parse_text(text, doc_id="t"))["actions"]


def places(text, action_type):
    return [(r["jurisdiction"], r["actor_level"]) for r in rows(text) if r["action_type"] == action_type]


def test_a_sheriffs_general_order_is_the_countys_not_the_city_named_most():
    text = ("MARION COUNTY SHERIFF'S OFFICE\nSalem, Oregon\n\nGENERAL ORDER 12\n\n"
            "This order applies to the jail in Salem. Salem police bring most arrestees to the jail in Salem.\n\n"
            "Staff shall not notify ICE of an inmate's release date or home address.\n")
    assert [j for j, _ in places(text, "bar_local_cooperation")] == ["us-or-marion-county"]


def test_the_letterhead_county_is_the_boards_even_when_another_county_is_named():
    text = ("MOHAVE COUNTY BOARD OF SUPERVISORS\n700 West Beale Street, Kingman, Arizona 86401\n\n"
            "AGENDA ITEM STAFF REPORT\n\n"
            "Staff recommends that the Board of Supervisors not renew the detention agreement with ICE.\n\n"
            "Navajo County approved a 40-bed agreement with ICE in November 2026. Navajo County officials "
            "said the beds pay for two deputies.\n")
    assert [j for j, _ in places(text, "end_formal_agreement")] == ["us-az-mohave-county"]


def test_a_county_named_in_the_caption_bodies_is_the_courts_focus():
    # the county appears only inside the names of the bodies; the city is named on its own, twice
    text = ("UNITED STATES OF AMERICA, Plaintiff, v. BERKS COUNTY BOARD OF COMMISSIONERS and the BERKS COUNTY "
            "JAIL SYSTEM, Defendants.\n\nORDER\n\n"
            "1. The City of Reading, as amicus, supports the Resolution. Reading police bring arrestees to the jail.\n\n"
            "2. On January 13, 2026, the Berks County Board of Commissioners voted 2-1 to adopt the Resolution. The "
            "Berks County Jail System has followed it since.\n\n"
            "3. Section 2 of the Resolution directs the jail not to hold any person on an ICE detainer.\n")
    assert [j for j, _ in places(text, "bar_local_cooperation")] == ["us-pa-berks-county"]


def test_a_letterhead_county_that_several_states_share_is_the_one_the_text_names():
    text = ("JEFFERSON COUNTY COMMISSION\n\nRESOLUTION 2026-14\n\n"
            "WHEREAS, the jail of Jefferson County, Alabama, holds people for many agencies; and\n\n"
            "The Sheriff shall not hold any person solely on an ICE detainer.\n")
    assert [j for j, _ in places(text, "bar_local_cooperation")] == ["us-al-jefferson-county"]


def test_a_newspaper_name_is_not_a_letterhead():
    # "OREGON VALLEY COURIER" names no government body: the story's own place is used
    text = ("OREGON VALLEY COURIER\n\nBy Dana Ives\n\nThe Eugene City Council met on Tuesday. "
            "Council members in Eugene spoke for an hour. Eugene residents filled the room.\n\n"
            "Staff may not ask about the immigration status of anyone who calls for help.\n")
    assert [j for j, _ in places(text, "bar_local_cooperation")] == ["us-or-eugene"]


def test_the_jail_is_the_countys_even_when_the_city_is_named_more():
    text = ("Lawrence, Kansas, has grown fast. Lawrence leaders want a new library, and Lawrence voters approved it. "
            "Douglas County runs the only jail.\n\n"
            "Last year the jail honored 30 ICE detainers.\n")
    assert [j for j, _ in places(text, "assist_ice")] == ["us-ks-douglas-county"]


def test_a_state_law_is_the_states_not_the_city_named_before_it():
    text = ("The agency asked a federal judge in Charleston, West Virginia, to release the grants.\n\n"
            "Gov. Ada Brill signed the Driver Records Act in 2025. The law bars state agencies from giving federal "
            "immigration authorities the records of drivers without a judicial warrant.\n")
    got = [(j, lvl) for j, lvl in places(text, "bar_local_cooperation")]
    assert got and all(j == "us-wv" for j, _ in got)


def test_an_ordinance_is_not_read_as_a_state_statute():
    text = ("The Tacoma City Council met on Monday. The ordinance bars city employees from asking about "
            "immigration status.\n")
    assert [j for j, _ in places(text, "bar_local_cooperation")] == ["us-wa-tacoma"]


def test_praise_of_ice_inside_a_quotation_is_the_speakers():
    text = ('"ICE has been a good partner to this office for fifteen years," said Sheriff Rowan Pettit of '
            'Cass County, Nebraska.\n')
    got = [(r["actor"], r["actor_level"], r["jurisdiction"]) for r in rows(text)
           if r["action_type"] == "praise_enforcement"]
    assert got == [("Rowan Pettit", "county", "us-ne-cass-county")]


@pytest.mark.parametrize("text", [
    "Democrats have called for reforms of ICE.",
    "Officials in those areas have condemned the raids as cruel.",
])
def test_actors_of_no_one_place_get_no_place(text):
    body = "The Denver City Council met on Monday. Denver officials spoke.\n\n" + text + "\n"
    got = [r["jurisdiction"] for r in rows(body) if r["evidence"].startswith(text[:20])]
    assert got and all(j is None for j in got)


def test_federal_words_about_a_named_sheriff_aim_at_the_sheriffs_county():
    text = ("Sangamon County Sheriff Dana Colt stopped honoring ICE detainers in May. Springfield police "
            "did the same. Springfield residents cheered.\n\n"
            '"Sheriff Colt has chosen to put criminal aliens back on the streets," '
            "a Homeland Security spokesperson said on Friday.\n")
    got = [r["target_jurisdiction"] for r in rows(text) if r["action_type"] == "federal_criticism"]
    assert got == ["us-il-sangamon-county"]


def test_a_place_named_saint_is_not_a_person():
    text = "Minneapolis and Saint Paul sued the Department of Justice over the grant conditions in August."
    assert sorted(j for j, _ in places(text, "sue_federal_government")) == ["us-mn-minneapolis", "us-mn-saint-paul"]


@pytest.mark.parametrize("text", [
    "Buena Vista County Sheriff Ada Kruse said the raid went smoothly. The county jail in Storm Lake held 14 of the "
    "workers overnight for ICE.",
    "Buena Vista County commissioners met on Monday. The county filed suit in federal court in Storm Lake against "
    "the Department of Homeland Security.",
])
def test_a_county_body_in_its_city_is_the_countys(text):
    got = [j for j, level in [(r["jurisdiction"], r["actor_level"]) for r in rows(text)] if level == "county"]
    assert got and set(got) == {"us-ia-buena-vista-county"}
