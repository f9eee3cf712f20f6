"""Rules tuned on the batches fx709-fx724 (a sermon transcript, a translated community-paper brief, an airport
authority's minutes, an Alaska assembly story, a Hawaii counties story, a U.S. Attorney's letter with a news wrap, a
statewide newsroom's weekly roundup, a public radio explainer on a parish sheriffs' law, interim committee minutes, a
regional jail authority story, a host city's security plan, a health department memo, a governor's veto message, a
farmworker union's statement, an election-night story, a legal aid bulletin).

Every sentence is invented for these tests (real US places, made-up people, laws and offices).
"""
import pytest
from action_helpers import assert_type_coded_and_readings_refused, rows, statuses, types

pytestmark = pytest.mark.usefixtures("rules_only")


def test_a_wish_that_a_council_would_act_is_no_act():
    assert types("KNOXVILLE, Tenn. \u2014 Many in the pews hoped the council would declare Knoxville a sanctuary "
                 "city.") == []


def test_what_a_model_set_aside_would_have_done_is_no_act():
    text = ("LANCASTER, Pa. \u2014 The commissioners set aside a task force model that would have given deputies "
            "immigration powers on patrol.")
    assert types(text) == [], types(text)


def test_keeping_no_one_past_release_is_a_bar_and_a_finding_is_not():
    text = ("KNOXVILLE, Tenn. \u2014 The sheriff answered on Friday that her deputies will keep no one past release "
            "without a judge's signature.")
    assert types(text) == ["bar_local_cooperation"], types(text)
    finding = "KNOXVILLE, Tenn. \u2014 \"We have never held anyone one hour past their release time,\" the sheriff said."
    assert "bar_local_cooperation" not in types(finding)


def test_a_deadline_given_by_ice_about_a_jails_inmates_is_an_ultimatum():
    text = ("KNOXVILLE, Tenn. \u2014 In a letter dated May 4, the ICE field office gave her until June 1 to start "
            "holding flagged inmates up to 48 extra hours.")
    assert "federal_ultimatum" in types(text)


def test_an_inquiry_into_the_treatment_of_detainees_is_an_investigation():
    text = ("OLYMPIA, Wash. \u2014 The attorney general's civil rights division opened an inquiry in March into the "
            "treatment of detainees at the county airport.")
    assert "investigate_misconduct" in types(text)


def test_a_city_challenging_a_state_law_in_state_court_is_a_court_case():
    text = ("BATON ROUGE, La. \u2014 The City of Shreveport challenged Act 212 in state district court on Monday, "
            "arguing that it violates home rule.")
    assert types(text) == ["court_action"], types(text)
    assert types("SALEM, Ore. \u2014 Oregon challenged the rule in federal court on Monday.") == [
        "sue_federal_government"]


def test_asking_ice_to_bring_deputies_into_287g_is_a_bid_for_an_agreement():
    text = ("GRETNA, La. \u2014 The Jefferson Parish sheriff also asked ICE to bring his deputies into the 287(g) "
            "task force model.")
    assert "enter_formal_agreement" in types(text)
    # (bringing a mandate back is no bid for an agreement; the mandate itself, a bill to be brought back, may be coded)
    assert "enter_formal_agreement" not in types(
        "GRETNA, La. \u2014 The senator said he will bring the 287(g) mandate back next session.")


def test_a_bill_penalizing_a_sheriff_who_ignores_detainers_expands_cooperation():
    text = ("BATON ROUGE, La. \u2014 State Rep. Ann Roe, a Republican from Slidell, pre-filed a bill on August 3 "
            "that would make a sheriff who ignores a detainer personally liable for any crime the released person "
            "commits.")
    assert_type_coded_and_readings_refused(text, "expand_cooperation", ["bar_local_cooperation"])


def test_a_resolution_to_disregard_detainers_is_a_bar():
    text = ("LAS CRUCES, N.M. \u2014 The county board adopted Resolution 2027-11, which instructs the detention center "
            "to disregard any ICE detainer unsigned by a judge.")
    assert_type_coded_and_readings_refused(text, "bar_local_cooperation", ["expand_cooperation"])


def test_a_police_general_order_is_no_court_order():
    text = ("HILO, Hawaii \u2014 The police chief wrote the law into a general order on Sept. 2 that tells officers to "
            "disregard any ICE hold arriving without a judge's signature.")
    assert_type_coded_and_readings_refused(text, "bar_local_cooperation", ["court_action", "assist_ice"])


def test_escorting_ice_buses_is_help_and_ending_the_escorts_a_bar():
    assert types("YAKIMA, Wash. \u2014 On flight days, airport police officers escort the ICE buses to the "
                 "aircraft.") == ["assist_ice"]
    assert types("YAKIMA, Wash. \u2014 The resolution ends airport escorts of ICE buses on July 1.") == [
        "bar_local_cooperation"]


def test_cutting_a_named_citys_share_of_state_money_is_a_state_penalty():
    text = ("NASHVILLE, Tenn. \u2014 Unless the mayor rescinds her order, the senator said, he will move to cut "
            "Memphis's share of state sales-tax revenue.")
    assert "expand_cooperation" in types(text)
    assert statuses(text, "expand_cooperation") == {"threatened"}


def test_a_bill_pushing_every_sheriff_into_287g_expands_cooperation():
    text = ("NASHVILLE, Tenn. \u2014 Last month a representative filed House Bill 1180, which would push every sheriff "
            "in the state into a 287(g) agreement by July 1, 2028.")
    assert types(text) == ["expand_cooperation"], types(text)
    assert types("NASHVILLE, Tenn. \u2014 The sheriff pushed back on ICE's claim about the jail.") == []


def test_an_operation_in_two_towns_the_tagger_took_for_a_title_gives_a_row_for_each():
    text = ("PALMER, Alaska \u2014 ICE officers arrested 17 people in Wasilla and Palmer from September 20 to 22, an "
            "ICE news release said.")
    places = sorted(r["target_jurisdiction"] for r in rows(text) if r["action_type"] == "federal_enforcement_operation")
    assert places == ["us-ak-palmer", "us-ak-wasilla"], places


@pytest.mark.parametrize("sentence", [
    "A fourth clause, which would have cancelled the county's bed-rental contract with ICE, was struck before the vote.",
    "Commissioner Ada Lowe, one of the two no votes, said she would have moved to let the agreement expire next June "
    "had anyone seconded it.",
])
def test_what_a_struck_clause_or_a_member_would_have_done_is_no_act(sentence):
    assert types("TOPEKA, Kan. \u2014 " + sentence) == [], types("TOPEKA, Kan. \u2014 " + sentence)


def test_a_vetoed_bill_would_have_done_is_still_its_content():
    text = ("CARSON CITY, Nev. \u2014 The governor vetoed the bill on Friday. It would have required every county jail to "
            "honor detainers.")
    assert "expand_cooperation" in types(text)


def test_stripping_a_countys_share_of_state_relief_is_a_state_penalty_but_scaap_is_federal():
    text = ("CHARLESTON, W.Va. \u2014 Should the county keep its data rule, the governor will move to strip the county's "
            "share of state jail-cost relief, he added.")
    assert "expand_cooperation" in types(text)
    scaap = ("SALINAS, Calif. \u2014 DHS warned that the county's State Criminal Alien Assistance Program award could be "
             "withheld if the sheriff keeps the policy.")
    assert "withhold_funding" in types(scaap)


def test_a_motion_never_brought_to_a_vote_is_no_act():
    text = ("BARTOW, Fla. \u2014 A motion to cancel the jail's bed-rental agreement with ICE was discussed but never "
            "brought to a vote.")
    assert types(text) == [], types(text)
    voted = ("BARTOW, Fla. \u2014 The board voted to end the jail's agreement with ICE; a second motion died without a "
             "second.")
    assert "end_formal_agreement" in types(voted)


def test_officers_ice_says_arrested_people_in_three_towns_are_an_operation_in_each():
    text = ("TULSA, Okla. \u2014 In a Tuesday news release, ICE said officers arrested 74 people in Tulsa, Broken Arrow "
            "and Muskogee during a four-day operation.")
    places = sorted(r["target_jurisdiction"] for r in rows(text) if r["action_type"] == "federal_enforcement_operation")
    assert places == ["us-ok-broken-arrow", "us-ok-muskogee", "us-ok-tulsa"], places
    assert "federal_enforcement_operation" not in types("TULSA, Okla. \u2014 The mayor said officers arrested two men "
                                                        "after the game.")


def test_residents_and_an_advocacy_group_challenging_a_law_in_court_is_a_court_case():
    text = ("TULSA, Okla. \u2014 In June, the Red Fork Immigrant Defense Project and two Tulsa residents challenged the "
            "law in federal court.")
    assert types(text) == ["court_action"], types(text)


def test_a_judge_freezing_a_law_is_a_ruling():
    assert "court_action" in types("DES MOINES, Iowa \u2014 A federal judge on Wednesday froze the heart of the state's "
                                   "new immigration law.")


def test_no_intention_of_helping_ice_is_no_help():
    text = ("MADISON, Wis. \u2014 The governor said he has no intention of sending the National Guard to help ICE in "
            "Milwaukee.")
    assert "assist_ice" not in types(text), types(text)


def test_a_finding_that_deputies_did_not_ask_about_status_is_no_rule_but_a_rule_is():
    assert types("GREELEY, Colo. \u2014 Deputies did not ask anyone about immigration status, the sheriff said.") == []
    assert types("GREELEY, Colo. \u2014 Under the new policy, officers will not ask anyone about immigration "
                 "status.") == ["bar_local_cooperation"]


def test_items_of_a_list_of_what_a_bill_would_do_are_proposed():
    text = ("AUSTIN, Texas \u2014 A Senate committee voted 7-2 for the bill on Tuesday.\n\nWHAT SB 902 WOULD DO\n"
            "1. Void any city or county rule that stops officers from telling federal agents a person's immigration "
            "status.\n2. Let the attorney general sue a noncompliant county or city for civil penalties.\n")
    assert statuses(text, "expand_cooperation") == {"proposed"}, statuses(text, "expand_cooperation")
    # a numbered section after a quoted line that happens to hold "would" is no bill's list
    text = ("MEDFORD, Ore. \u2014 Three departments answered.\n\n\"Nobody here would have,\" the mayor said.\n\n"
            "1. Medford. The police department renewed its agreement with ICE on Monday.\n")
    assert statuses(text, "keep_formal_agreement") == {"enacted"}, statuses(text, "keep_formal_agreement")
