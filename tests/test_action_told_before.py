"""Acts that lean on what was told before them, or that hide a second act inside: an operation's arrests
counted per town ("26 of the arrests were made in X"), "According to ICE, its officers ...", "stopped
honoring detainers" (one act), an agreement signed "to hold detainees" (one act), people released although
ICE asked for them to be held, a law "similar" to the one just described adopted by another body, a class
action by private plaintiffs (or a city) against local governments, and headlines with "287(g)" or a vote
tally. Places named bare as the subject of a government's act, in a story about their state, are places.

Every sentence is invented for these tests (real US places, made-up people, laws and offices).
"""
import pytest
from action_helpers import coded, rows, types

from analysis.segment import is_heading_line

pytestmark = pytest.mark.usefixtures("rules_only")

OPERATION = ("ICE officers arrested 61 people across Oregon last week in an operation the agency called "
             "Cedar Gate.\n\n")


def _places(text, atype):
    return sorted(r["target_jurisdiction"] or r["jurisdiction"] for r in rows(text) if r["action_type"] == atype
                  and r["start"] > len(OPERATION))


def test_an_operations_arrests_counted_per_town_are_the_operation_in_each():
    text = OPERATION + "Thirty-one of the arrests were made in Salem, and the remaining 30 were made in Eugene."
    assert _places(text, "federal_enforcement_operation") == ["us-or-eugene", "us-or-salem"]
    text = OPERATION + "The arrests included 22 in Medford, 19 in Ashland and 20 in Grants Pass, the agency said."
    assert _places(text, "federal_enforcement_operation") == ["us-or-ashland", "us-or-grants-pass", "us-or-medford"]
    # a share made by local deputies is their help, not the federal operation again
    text = OPERATION + "Our deputies made 12 of those arrests in Salem themselves on state charges."
    assert _places(text, "federal_enforcement_operation") == []
    # "one of the arrests", with no town after it, is the same operation
    text = OPERATION + "Two Salem officers closed a street while agents made one of the arrests."
    assert _places(text, "federal_enforcement_operation") == []


def test_its_officers_according_to_the_agency_are_the_agencys():
    got = [r for r in rows("According to ICE, its officers arrested 14 people in Tacoma, Washington, on "
                           "June 2.") if r["action_type"] == "federal_enforcement_operation"]
    assert [r["actor"] for r in got] == ["ICE"]
    # "its deputies" according to a county is no federal operation
    assert "federal_enforcement_operation" not in types(
        "According to Pierce County, its deputies arrested 14 people in Tacoma, Washington, on June 2.")


def test_stopping_to_honor_detainers_is_one_act():
    assert coded("Yakima County jail director Elena Brightwater-Soto stopped honoring detainers on March 1, "
                 "2026.") == [("bar_local_cooperation", "enacted")]


def test_an_agreement_signed_to_hold_detainees_is_the_agreement():
    assert types("My office signed an intergovernmental service agreement with ICE in May 2021 to hold "
                 "immigration detainees in 40 of our jail beds.") == ["enter_formal_agreement"]


def test_people_released_although_ice_asked_for_them_is_a_limit():
    assert types("The Multnomah County Sheriff's Office released 38 people ICE had asked it to hold between "
                 "March and May.") == ["bar_local_cooperation"]
    # what ICE wanted done is not an arrest by ICE
    assert types("The jail released nine inmates whom ICE wanted it to detain.") == ["bar_local_cooperation"]


def test_a_similar_law_adopted_by_another_body_has_the_earlier_laws_code():
    text = ("The Eugene City Council passed an ordinance in March 2026 that bars officers from helping with civil "
            "immigration arrests. Springfield adopted a similar ordinance in 2027.")
    got = [(r["action_type"], r["status"], r["jurisdiction"]) for r in rows(text) if r["trigger"] == "adopted"]
    assert got == [("bar_local_cooperation", "enacted", "us-or-springfield")]
    # put forward, not made
    text = ("The Eugene City Council passed an ordinance in March 2026 that bars officers from helping with civil "
            "immigration arrests. In Springfield, two council members introduced a similar ordinance on Tuesday.")
    got = [(r["action_type"], r["status"]) for r in rows(text) if r["trigger"] == "introduced"]
    assert got == [("bar_local_cooperation", "proposed")]
    # in the same sentence
    text = ("Portland has barred its officers from asking about immigration status since 2001, and Gresham "
            "adopted a similar rule in 2019.")
    got = [(r["action_type"], r["jurisdiction"]) for r in rows(text) if r["trigger"] == "adopted"]
    assert got == [("bar_local_cooperation", "us-or-gresham")]
    # declining to adopt one is no law
    text = ("The Eugene City Council passed an ordinance in March 2026 that bars officers from helping with civil "
            "immigration arrests. The Springfield council declined to adopt a similar ordinance.")
    assert [r for r in rows(text) if r["trigger"] == "adopt"] == []


def test_a_class_action_against_local_governments_is_a_case_in_court():
    got = rows("Plaintiffs bring this class action against Davidson County and the City of Nashville to end "
               "warrantless detentions for ICE at the county jail.")
    # (one row for each government sued)
    assert {r["action_type"] for r in got} == {"court_action"} and len(got) == 2
    assert "us-tn-davidson-county" in {r["jurisdiction"] for r in got}
    assert types("The city sued the county to stop it from holding people for ICE.") == ["court_action"]
    # what a threatened complaint would do is still said
    assert "expand_cooperation" in types(
        "A state senator told the council he will file a complaint with the attorney general to cut off the "
        "city's state funding if the resolution passes.")


def test_newspaper_headlines_with_a_program_letter_or_a_vote_tally():
    assert is_heading_line("Sheriff signs 287(g) task force agreement")
    assert is_heading_line("Jail board renews ICE bed contract, 5-2")
    assert not is_heading_line("The board renewed the contract 5-2")
    assert not is_heading_line("The jail board voted on Tuesday, 5-2")


def test_the_justice_department_writing_is_no_court():
    got = types("In November the Justice Department wrote to Ashland, Oregon, that the city could lose about "
                "$400,000 in federal policing grants.")
    assert got == ["withhold_funding"]
    # a justice of a court still rules
    assert "court_action" in types("Justice Marta Ibsen-Ruiz wrote that the Oregon law is valid.")


def test_asking_congress_to_require_something_of_ice_is_a_call_for_reform():
    text = "Governor Alma Reyes-Tan spoke on Monday.\n\nI again ask Congress to require ICE officers to wear body cameras."
    assert "call_to_abolish_or_reform" in types(text)
    # what Congress should require of local jails is no reform of ICE
    text = "Governor Alma Reyes-Tan spoke on Monday.\n\nI ask Congress to require local jails to honor ICE detainers."
    assert "call_to_abolish_or_reform" not in types(text)


def test_an_instrument_told_before_then_passed_is_enacted():
    text = ("The council will vote Monday on the Neighbor Trust Ordinance, which would bar Eugene police from "
            "helping with civil immigration enforcement.\n\nFINAL VOTE: The Neighbor Trust Ordinance passes "
            "tonight, 7-2.")
    got = [(r["action_type"], r["status"]) for r in rows(text) if r["trigger"] == "passes"]
    assert got == [("bar_local_cooperation", "enacted")]
    text = ("The council will vote Monday on the Neighbor Trust Ordinance, which would bar Eugene police from "
            "helping with civil immigration enforcement.\n\nThe Neighbor Trust Ordinance was not adopted.")
    assert [r for r in rows(text) if r["trigger"] == "adopted"] == []


def test_a_reported_clause_read_as_one_noun_phrase_keeps_its_verb():
    got = rows("A state survey found that 40 of Michigan's 83 sheriffs reported that their jails honor ICE "
               "detainers.")
    assert [(r["action_type"], r["jurisdiction"]) for r in got] == [("assist_ice", "us-mi")]


def test_a_subject_is_read_in_text_order():
    # a set of tokens iterates in an order that changes from run to run: "the Justice Department" must not be
    # read as "Department the Justice" (whose "Justice" a court's pattern would take for a judge)
    from analysis.extract.actions import _subject_text
    from analysis.extract.base import parse_text

    doc = parse_text("In November the Justice Department wrote to the city.", doc_id="t").sentences[0].doc
    wrote = next(t for t in doc if t.lower_ == "wrote")
    assert _subject_text(wrote) == "the Justice Department"
    assert _subject_text(wrote, deps=("nsubj", "compound")) == "Justice Department"


def test_the_place_warned_that_it_could_lose_grants_is_the_one_threatened():
    got = rows("In a May 3 letter, the Justice Department warned Loudoun County and Prince William County that they "
               "could lose their Byrne JAG grants if their jails stop honoring detainers.")
    assert sorted((r["action_type"], r["target_jurisdiction"]) for r in got if r["action_type"] == "withhold_funding") \
        == [("withhold_funding", "us-va-loudoun-county"), ("withhold_funding", "us-va-prince-william-county")]


def test_a_call_on_the_agency_to_stop_a_practice_is_a_call_for_reform():
    assert types("The Bridgeport City Council passed a resolution that calls on ICE to stop making arrests within "
                 "1,000 feet of any school.") == ["call_to_abolish_or_reform"]
    assert types("We urge the Department of Homeland Security to end arrests at courthouses in Connecticut.") \
        == ["call_to_abolish_or_reform"]
    # asking the agency for numbers is no reform
    assert "call_to_abolish_or_reform" not in types("The council asked ICE to report its monthly arrests in "
                                                    "Bridgeport, Connecticut.")


def test_telling_or_phoning_ice_before_a_release_is_help():
    assert coded("Detention officers at the Pima County jail telephoned ICE deportation officers before releasing "
                 "people the agency had flagged.") == [("assist_ice", "enacted")]
    text = "The sheriff spoke on Monday.\n\nHe said his jail will keep telling ICE when inmates are about to be released."
    assert ("assist_ice", "announced") in coded(text)
    # a call home before a release is no help to ICE
    assert coded("The clerk phoned her mother before releasing the report.") == []
