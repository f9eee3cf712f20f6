"""Rules tuned on the batch fx557-fx564 (a jail inspection report, a TV station's fact sheet on a state law, a city
council resolution's text, an ICE news release with local responses, a nonprofit's sheriff scorecard, live coverage of
a state-court hearing, a weekly's public-safety briefs, a governor's veto message): idioms of signing, suing and
leaving ("put ... in place", "took the city to court", "walked away from", "re-signed"), "her office" after the person
named, a judge named by surname, a mandate on every jail the parser split, a web page's "RELATED:" link, and ideas
weighed but set aside ("considered ..., but", "instead of renewing", "ruled out applying").

Every sentence is invented for these tests (real US places, made-up people, laws and offices).
"""
import pytest
from action_helpers import rows, types

from analysis.extract import run
from analysis.extract.base import parse_text

pytestmark = pytest.mark.usefixtures("rules_only")


def _coded(text):
    return {(r["action_type"], r["jurisdiction"]) for r in rows(text)}


def test_agreements_put_in_place_are_entered_one_row_per_county():
    got = _coded("FORT SMITH, Ark. \u2014 Benton County and Sebastian County put 287(g) jail agreements in place "
                 "last year.")
    assert {("enter_formal_agreement", "us-ar-benton-county"),
            ("enter_formal_agreement", "us-ar-sebastian-county")} <= got, got


def test_a_re_signed_agreement_is_kept_not_entered():
    got = types("LANCASTER, Pa. \u2014 The Lancaster County Sheriff's Office re-signed its 287(g) task force model "
                "agreement with ICE on Monday.")
    assert "keep_formal_agreement" in got and "enter_formal_agreement" not in got, got


def test_walking_away_from_an_agreement_ends_it():
    assert "end_formal_agreement" in types("ASHEVILLE, N.C. \u2014 The sheriff walked away from the county's 287(g) "
                                           "agreement in 2025.")


@pytest.mark.parametrize("text, wanted", [
    ("COLUMBUS, Ohio \u2014 Attorney General Corwin Ashby-Pell took the city of Dayton to court in January over its "
     "sanctuary ordinance.", "expand_cooperation"),
    ("BOISE, Idaho \u2014 The city council voted on Monday to take DHS to federal court over the grant cuts.",
     "sue_federal_government"),
])
def test_taking_someone_to_court_is_suing_them(text, wanted):
    assert wanted in types(text)


def test_asking_a_court_to_compel_a_release_is_a_suit():
    assert "sue_federal_government" in types("RALEIGH, N.C. \u2014 The State will ask a federal court to compel "
                                             "their release from ICE custody.")


def test_her_office_is_the_office_of_the_person_just_named():
    text = ("LITTLE ROCK, Ark. \u2014 Attorney General Marisol Trent-Okafor said the law is clear. On Tuesday her office "
            "mailed letters to Fayetteville and Little Rock giving each city until May 1 to repeal its sanctuary policy.")
    got = [r for r in rows(text) if "her office" in r["evidence"] and r["action_type"] == "expand_cooperation"]
    assert got and {r["jurisdiction"] for r in got} == {"us-ar"}, rows(text)


def test_a_judge_named_by_surname_rules():
    text = ("DAYTON, Ohio \u2014 Judge Marisol Trevathan-Kuhn heard the state's motion on Tuesday.\n\n"
            "Trevathan-Kuhn granted the motion in part, enjoining Dayton from enforcing the detainer section of its "
            "ordinance.")
    got = [r for r in rows(text) if r["evidence"].startswith("Trevathan-Kuhn")]
    assert {r["action_type"] for r in got} == {"court_action"}, got


def test_a_floor_address_is_no_judge():
    text = ("REP. OSTRANDER: Madam Speaker, the Justice Department wrote Iowa City on March 2 and put it on notice "
            "that the city will land on the federal sanctuary list.")
    assert "court_action" not in types(text)
    people = run.extract_document(parse_text(text, doc_id="t"))["people_mentions"]
    assert not [p for p in people if p["role"] == "justice"], people   # "the Justice Department" names no justice


def test_a_mandate_on_every_jail_split_by_the_parser_is_the_states():
    text = ("RALEIGH, N.C. \u2014 Under a statute enacted in 2022, every jail must ask ICE about any person charged "
            "with a felony and honor a resulting detainer.")
    got = types(text)
    assert "expand_cooperation" in got and "assist_ice" not in got, got


def test_a_related_story_link_is_no_act():
    text = ("FORT SMITH, Ark. \u2014 The sheriff spoke on Monday.\n\n"
            "RELATED: Sebastian County sheriff signs ICE jail deal\n\n"
            "The council voted to bar ICE from city parks.")
    assert types(text) == ["restrict_enforcement_sites"]


@pytest.mark.parametrize("sentence", [
    "I considered directing the State Bureau of Investigation to review Tuesday's ICE arrests, but the facts must "
    "come first.",
    "Sheriff Tomas Haldane-Mensah of Walworth County ruled out applying for a 287(g) agreement, calling one a cost "
    "this county does not need.",
])
def test_an_idea_set_aside_is_no_act(sentence):
    assert not types("RALEIGH, N.C. \u2014 " + sentence)


def test_what_was_done_instead_of_renewing_is_the_only_act():
    got = types("LAFAYETTE, Ind. \u2014 Tippecanoe County let its detention bed contract with ICE lapse on June 30, "
                "2026 instead of renewing it.")
    assert got == ["end_formal_agreement"], got


def test_an_additional_fugitive_operations_team_is_a_deployment():
    assert "federal_deployment" in types("NORRISTOWN, Pa. \u2014 Beginning next week, ICE will station an additional "
                                         "fugitive operations team in Norristown through the end of June.")
