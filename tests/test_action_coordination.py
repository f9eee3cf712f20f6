"""Acts whose parse hides them: a second verb of a clause read as a noun ("and notifies ICE"), one
negated verb and one not, a locative "in X and Y counties" naming one acting place each, a judge named
as "he", "took part in" and "helped agents", detainers "turned away", help given "only with" a court's
or a parent's say-so, a referral "for prosecution", a city asking a judge to block a federal act, and
"by the end of October" (a time, not an ending).

Every sentence is invented for these tests (real US places, made-up people, laws and offices).
"""
import pytest
from action_helpers import coded, rows, types

# what the rules code; the classifier's rows are tested in test_classifier.py
pytestmark = pytest.mark.usefixtures("rules_only")


def test_a_second_verb_read_as_a_noun_is_an_act_and_the_first_verbs_not_is_its_own():
    text = ("Chelan County, which runs the only jail in the valley, is not bound by the ordinance and notifies ICE "
            "of release dates on request, according to court filings.")
    assert coded(text) == [("assist_ice", "reported")]
    # a "not" shared by both verbs still negates the second
    assert types("The jail does not hold people on detainers or notify ICE of release dates.") == []


@pytest.mark.parametrize("text, expected", [
    ("Two sheriffs, in Yuma and Pinal counties, signed 287(g) agreements with ICE in 2025.",
     ["us-az-pinal-county", "us-az-yuma-county"]),
    ("At least two other Idaho sheriffs, in Ada and Canyon counties, signed 287(g) agreements in 2025.",
     ["us-id-ada-county", "us-id-canyon-county"]),
])
def test_a_locative_pair_of_counties_gives_one_row_per_county(text, expected):
    got = sorted(r["jurisdiction"] for r in rows(text) if r["action_type"] == "enter_formal_agreement")
    assert got == expected


def test_a_jail_model_agreement_is_an_ice_agreement_but_a_jail_contract_is_not_named_one():
    assert types("Two sheriffs signed jail-model agreements in 2025, according to the agency's public list.") \
        == ["enter_formal_agreement"]


def test_a_judge_named_as_he_rules_and_a_mayor_named_as_she_does_not():
    text = ("U.S. District Judge Omar Vance heard the case in Tacoma in October. On November 20, 2026, he dismissed "
            "the case, writing that the ordinance governs only city employees.")
    assert [r["evidence"][:20] for r in rows(text) if r["action_type"] == "court_action"] \
        == ["U.S. District Judge ", "On November 20, 2026"]
    text = "Mayor Dana Whitfield spoke at the hearing. On Monday she rejected the council's plan to join the 287(g) program."
    assert "court_action" not in types(text)


@pytest.mark.parametrize("text", [
    "According to department records, certified officers took part in 14 ICE operations in Butler County last year.",
    "Sheriff Dana Ruiz said her deputies took part in the ICE sweep in Yakima last week.",
])
def test_local_officers_taking_part_in_ice_operations_assist_ice(text):
    assert "assist_ice" in types(text)
    # the operation they took part in is the object of their act, not a row of its own
    assert "federal_enforcement_operation" not in types(text)


def test_protesters_taking_part_in_a_march_against_ice_assist_nobody():
    assert types("Several hundred protesters took part in a march against ICE on Saturday.") == []


def test_deputies_helping_agents_assist_ice_but_police_helping_with_a_robbery_do_not():
    text = ("In Spartanburg County, sheriff's deputies helped agents at two checkpoints in Spartanburg on Wednesday, "
            "the sheriff said.")
    assert types(text) == ["assist_ice"]
    assert types("Police officers helped arrest a robbery suspect downtown on Friday.") == []
    # help asked for is not help given
    assert "assist_ice" not in types("The police department declined two ICE requests in February for officers to "
                                     "help at arrest scenes.")


def test_detainers_turned_away_are_refused_and_inmates_turned_over_are_handed_to_ice():
    assert coded("The Clackamas County jail turned away 212 detainers last year.") \
        == [("bar_local_cooperation", "enacted")]
    assert types("The jail turned over 12 inmates to ICE on detainers last year.") == ["assist_ice"]


@pytest.mark.parametrize("text", [
    "Under the new policy, the district will release a student's records to immigration authorities only with "
    "written parental consent, a judicial subpoena or a court order.",
    "The Onondaga County jail honors ICE detainers only when a judge has signed them.",
])
def test_help_only_with_a_judges_or_parents_say_so_is_a_limit(text):
    assert types(text) == ["bar_local_cooperation"]


def test_a_referral_for_prosecution_of_officials_who_hide_people_is_a_threat_to_officials():
    text = ('"Any official in Denver or Boulder County who hides a wanted alien from ICE will be referred to the '
            'Justice Department for prosecution," the DHS spokesperson said.')
    got = sorted((r["target_jurisdiction"], r["status"]) for r in rows(text)
                 if r["action_type"] == "target_local_officials")
    assert got == [("us-co-boulder-county", "threatened"), ("us-co-denver", "threatened")]
    assert types("The sheriff referred questions to the agency's press office.") == []


def test_a_city_asking_a_judge_to_block_a_deployment_sues_the_federal_government():
    text = "The City of Atlanta asked a federal judge on September 6 to block the deployment of Guard troops."
    assert "sue_federal_government" in types(text)
    # a motion in a case under way stays a court action
    assert types("The city asked the judge to dismiss the case on Monday.") == ["court_action"]


def test_the_end_of_a_month_is_a_time_not_the_end_of_an_agreement():
    text = "The sheriff promised to sign a 287(g) agreement with ICE by the end of October."
    assert coded(text) == [("enter_formal_agreement", "announced")]
    assert types("The council voted to put an end to the county's 287(g) agreement with ICE.") \
        == ["end_formal_agreement"]
