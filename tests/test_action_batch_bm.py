"""Rules tuned in the fifty-second stop, from the batch fx1453-fx1460 and the dev misses it pointed to: officers
arresting people in an immigration agency's own bulletin, where an operation named as a subject ended, an operation
led by a sheriff's office, a conference report's steps and the governor's "will sign", a repeal that is only the
condition of a penalty, "added a procedure" (no list), a state's suit over its city's measure told apart from the
threat, a case removed to federal court, a section or a policy repealed after the text told it as a limit, a county
jail in a city of another county, a federal official calling a memo names, "the same team" in ICE's account, a review
of agents' conduct, a penalty for "any county that ...", a question asked of ICE with a period in it, a letter mailed
to ICE (no help), a lawsuit against the state joined.

Every sentence is invented for these tests (real US places, made-up people, offices and laws).
"""
import pytest
from action_helpers import dated_rows, of_type, places_of, rows, type_places

pytestmark = pytest.mark.usefixtures("rules_only")


# ------------------------------------------------------------------ federal operations and their places

BULLETIN = ("U.S. Immigration and Customs Enforcement\n"
            "Enforcement and Removal Operations | St. Paul Field Office\n\n"
            "WEEKLY ARREST SUMMARY\n"
            "Issued: Monday, May 8, 2028\n\n"
            "On Tuesday, May 2, officers arrested nine people in Mankato and North Mankato.\n\n"
            "Officers arrested six people in Olmsted County between May 3 and May 5.\n")


def test_officers_in_an_immigration_agencys_bulletin_are_its_own():
    got = places_of(BULLETIN, "federal_enforcement_operation")
    assert {"us-mn-mankato", "us-mn-north-mankato", "us-mn-olmsted-county"} <= got, type_places(BULLETIN)
    assert all(r["actor_level"] == "federal" for r in of_type(BULLETIN, "federal_enforcement_operation"))


def test_a_sheriffs_reply_below_the_bulletin_is_not_the_agencys():
    text = BULLETIN + ("\n----------------------------------------\n\n"
                       "OLMSTED COUNTY SHERIFF'S OFFICE\n"
                       "Statement posted Tuesday, May 9, 2028\n\n"
                       "Our deputies arrested two people for drunk driving on Saturday.\n")
    assert not [r for r in of_type(text, "federal_enforcement_operation") if "drunk driving" in r["evidence"]], \
        type_places(text)


def test_officers_arresting_people_with_no_federal_teller_are_nobodys_operation():
    text = ("ROCHESTER, Minn. (AP) - A county board met on Monday.\n\n"
            "Officers arrested six people in Olmsted County between May 3 and May 5.")
    assert not of_type(text, "federal_enforcement_operation"), type_places(text)


def test_a_named_operation_is_where_its_arrests_were():
    text = ("DES MOINES, Iowa - ICE released a statement on Friday.\n\n"
            "Operation Prairie Gate ran from June 4 to June 6 and ended with 17 arrests in Ottumwa and Wapello "
            "County.")
    assert {"us-ia-ottumwa", "us-ia-wapello-county"} <= places_of(text, "federal_enforcement_operation"), \
        type_places(text)


def test_an_operation_led_by_a_sheriffs_office_is_its_help_to_ice():
    text = ("WARRENTON, Va. - ICE issued a bulletin on Monday.\n\n"
            "On Friday, June 9, ICE officers arrested five people in Fauquier County during a traffic operation led "
            "by the Fauquier County Sheriff's Office under its 287(g) task force agreement.")
    assert places_of(text, "assist_ice") == {"us-va-fauquier-county"}, type_places(text)
    assert of_type(text, "federal_enforcement_operation"), type_places(text)


def test_an_operation_led_by_ice_gives_no_local_help():
    text = ("BULLETIN\n\n"
            "On Friday, June 9, ICE officers arrested five people in Fauquier County during an operation led by the "
            "agency's Washington Field Office.")
    assert not of_type(text, "assist_ice"), type_places(text)


def test_the_same_team_in_an_ice_statement_is_ices():
    text = ("ELLENSBURG, Wash. - Campus police said agents made an arrest on Tuesday.\n\n"
            "According to an ICE statement, the same team arrested two other people in Wenatchee and one person in "
            "Yakima before noon.")
    assert {"us-wa-wenatchee", "us-wa-yakima"} <= places_of(text, "federal_enforcement_operation"), \
        type_places(text)


# ------------------------------------------------------------------ a bill's steps and content

CONFERENCE = ("ALABAMA LEGISLATURE\n"
              "SB 318 - Local Compliance Act\n"
              "Conference Committee Report\n\n"
              "As passed by the Senate on February 20, 2028, the bill withheld all state grants from any city that "
              "the Attorney General certifies as a sanctuary jurisdiction.\n\n"
              "The conference substitute withholds state road funds from a certified jurisdiction until its "
              "governing body rescinds the policy.\n\n"
              "The Senate adopted the conference report on Tuesday, March 28, 2028, by a vote of 24 to 9. The House "
              "adopted the report the same day.\n\n"
              "Governor Philomena Ashgrove-Tillery will sign SB 318, her spokesperson said Wednesday.")


def test_the_one_named_bills_steps_carry_its_type():
    steps = [r for r in rows(CONFERENCE) if r["rule"] == "bill_step"]
    got = {(r["action_type"], r["status"]) for r in steps}
    assert ("expand_cooperation", "proposed") in got, type_places(CONFERENCE)
    assert ("expand_cooperation", "announced") in got, [(r["evidence"][:40], r["status"]) for r in steps]
    assert any("will sign" in r["evidence"] and r["status"] == "announced" for r in steps)


def test_a_repeal_that_ends_a_penalty_is_no_act():
    got = [r for r in rows(CONFERENCE) if "governing body rescinds" in r["evidence"]]
    assert not [r for r in got if r["action_type"] == "assist_ice"], got


def test_a_procedure_added_to_a_bill_puts_no_one_on_a_list():
    text = ("COMMITTEE REPORT\n\n"
            "The Senate substitute added a procedure under which the Governor may suspend a city council member "
            "who votes to keep a sanctuary policy.")
    assert not of_type(text, "federal_ultimatum"), type_places(text)


def test_a_place_added_to_a_list_is_still_designated():
    text = ("WASHINGTON - The Department of Homeland Security added Bloomington, Indiana, to its list of sanctuary "
            "jurisdictions on Monday.")
    assert of_type(text, "federal_ultimatum"), type_places(text)


# ------------------------------------------------------------------ a state and its city in court

SUIT = ("ORDER ON MOTION TO DISMISS\n\n"
        "This is the State of Indiana's lawsuit against the City of Lafayette over its welcoming ordinance. "
        "Section 4 bars city police from holding anyone on an ICE detainer without a judicial warrant.\n\n"
        "On May 2, 2027, the Attorney General wrote to the City demanding that it repeal Section 4. His letter "
        "warned that the State would sue if the Council did not act. The State sued in the Tippecanoe Circuit "
        "Court on June 30, 2027. The City removed the case to this Court on July 19, 2027. On October 4, 2027, "
        "the Council repealed Section 4.")


def test_a_warning_to_sue_if_the_council_does_not_act_presses_the_city():
    got = [r for r in rows(SUIT) if "would sue" in r["evidence"]]
    assert got and all(r["action_type"] == "expand_cooperation" and r["status"] == "threatened" for r in got), got


def test_the_states_suit_in_a_state_court_after_its_threat_is_its_pressure():
    got = [r for r in rows(SUIT) if "State sued" in r["evidence"]]
    assert got and all(r["action_type"] == "expand_cooperation" for r in got), got


def test_a_case_removed_to_federal_court_is_a_step_in_court():
    got = [r for r in rows(SUIT) if "removed the case" in r["evidence"]]
    assert [r for r in got if r["action_type"] == "court_action" and r["jurisdiction"] == "us-in-lafayette"], got


def test_a_section_told_as_a_limit_then_repealed_is_help_restored():
    got = [r for r in rows(SUIT) if "repealed Section 4" in r["evidence"]]
    assert [r for r in got if r["action_type"] == "assist_ice" and r["status"] == "enacted"], got


def test_a_section_repealed_that_the_text_never_told_as_a_limit_is_not_coded():
    text = ("ORDINANCE NEWS\n\n"
            "Section 4 sets the fee for a sidewalk cafe permit. On October 4, 2027, the Lafayette City Council "
            "repealed Section 4.")
    assert not of_type(text, "assist_ice"), type_places(text)


def test_a_policy_told_as_a_limit_then_asked_to_be_repealed_is_a_proposal():
    text = ("KENOSHA, Wis. - The city's 2021 police policy bars officers from asking crime victims about their "
            "immigration status. Mayor Lorcan Pettigrew-Oyelowo asked the council on Wednesday to repeal it.")
    got = [r for r in rows(text) if "repeal it" in r["evidence"]]
    assert [r for r in got if r["action_type"] == "assist_ice" and r["status"] == "proposed"], got


def test_a_lawsuit_against_the_state_joined_is_a_step_in_that_case():
    text = ("MADISON, Wis. - On Oct. 12, Eau Claire sued the state in circuit court, arguing that the new law "
            "violates home rule.\n\n"
            "La Crosse joined Eau Claire's lawsuit as a co-plaintiff on Tuesday.")
    got = [r for r in rows(text) if "joined" in r["evidence"]]
    assert got and all(r["action_type"] == "court_action" for r in got), got


# ------------------------------------------------------------------ places, criticism, inquiries, penalties

def test_a_jail_in_a_city_of_the_other_county_named_is_that_countys():
    text = ("WAUSAU, Wis. - The Marathon County sheriff ended 48-hour detainer holds this week.\n\n"
            "Marathon County commissioners argued about the memo on Wednesday.\n\n"
            "Portage County Sheriff Ignatius Brannock-Oduya signed a 287(g) agreement with ICE last year, and his "
            "jail in Stevens Point still honors every detainer it receives.")
    got = [r for r in of_type(text, "assist_ice") if "Stevens Point" in r["evidence"]]
    assert got and all(r["jurisdiction"] == "us-wi-portage-county" for r in got), got


def test_a_federal_spokesperson_calling_a_memo_names_criticizes_it():
    text = ("EAU CLAIRE, Wis. - The sheriff's memo ends detainer holds at the jail.\n\n"
            "In a statement Wednesday, ICE spokesperson Ottoline Vantreese-Amadi called the memo \"a decision that "
            "will put criminals back on the street.\"")
    assert of_type(text, "federal_criticism"), type_places(text)


def test_a_review_of_agents_conduct_is_an_inquiry():
    text = ("OLYMPIA, Wash. - Agents arrested a cook in a campus parking lot on Tuesday.\n\n"
            "\"My office has opened a review of every step those agents took on that campus,\" Attorney General "
            "Dashiell Fairweather-Oduya said Thursday.")
    assert of_type(text, "investigate_misconduct"), type_places(text)


def test_a_review_of_a_budget_is_no_inquiry():
    text = ("OLYMPIA, Wash. - The county auditor has opened a review of the jail's food budget, officials said.")
    assert not of_type(text, "investigate_misconduct"), type_places(text)


def test_a_penalty_for_any_county_that_acts_is_a_threat():
    text = ("DES MOINES, Iowa (March 3, 2028) - Iowa Attorney General Ermengarde Falkner-Osei wrote to every county "
            "board that the state will withhold jail grant money from any county that ends a detention contract "
            "with ICE.")
    got = of_type(text, "expand_cooperation")
    assert got and all(r["status"] == "threatened" for r in got), got


def test_a_penalty_announced_for_a_named_county_stays_announced():
    text = ("DES MOINES, Iowa (March 3, 2028) - Iowa Attorney General Ermengarde Falkner-Osei said the state will "
            "withhold jail grant money from Polk County starting in July.")
    assert all(r["status"] != "threatened" for r in rows(text)), [(r["action_type"], r["status"]) for r in rows(text)]


def test_a_question_asked_of_ice_is_dated_by_the_vote_not_the_period_asked_about():
    text = ("MINUTES OF THE BOARD OF SUPERVISORS\n\n"
            "On a motion by Supervisor Tennyson-Abara, the Board voted 3-0 to ask ICE in writing how many people "
            "held at the jail since 2025 were later deported.")
    got = [r for r in dated_rows(text, "2028-03-14") if r["action_type"] == "records_request"]
    assert got and all(r["date"] == "2028-03-14" for r in got), got


def test_a_letter_mailed_to_ice_is_no_help():
    text = ("MINUTES\n\n"
            "The Board voted to ask ICE for the number of people transferred from the jail. The Auditor said the "
            "letter to ICE would be mailed on Thursday.")
    got = [r for r in rows(text) if "mailed" in r["evidence"]]
    assert not [r for r in got if r["action_type"] == "assist_ice"], got


# ------------------------------------------------------------------ calls to ICE and rules against them

def test_an_officer_calling_ice_during_a_traffic_stop_helps_ice():
    text = ("AURORA, Ill. - Candidates debated on Monday.\n\n"
            "According to dispatch records, an Aurora officer called ICE during a traffic stop on February 18.")
    got = [r for r in of_type(text, "assist_ice") if "traffic stop" in r["evidence"]]
    assert got and all(r["jurisdiction"] == "us-il-aurora" for r in got), type_places(text)


def test_a_sentence_parsed_as_a_noun_phrase_keeps_the_officer_as_actor():
    text = ("AURORA, Ill. - Candidates debated on Monday.\n\n"
            "An Aurora police officer called ICE about the driver during a traffic stop on February 18.")
    got = of_type(text, "assist_ice")
    assert got and all(r["actor_level"] != "federal" for r in got), got


def test_a_directive_ordering_officers_not_to_initiate_contact_is_a_limit():
    text = ("AURORA, Ill. - Candidates debated on Monday.\n\n"
            "Five days later, Police Chief Rosalind Achebe-Varga issued a directive ordering that officers \"shall "
            "not initiate contact with federal immigration authorities about any person they stop.\"")
    assert of_type(text, "bar_local_cooperation"), type_places(text)
    assert not of_type(text, "assist_ice"), type_places(text)


def test_a_rule_against_contacting_ice_is_still_a_limit():
    # (a second cue of the same name once replaced the first in the rules' table)
    text = "VANCOUVER, Wash. - A 2017 city policy bars city officers from contacting ICE about people they arrest."
    assert [r for r in of_type(text, "bar_local_cooperation") if r["rule"] != "classifier"], type_places(text)


def test_teams_that_moved_into_two_cities_arrested_people_in_each():
    text = ("TEMPLE, Texas - ICE said its operation opened in Temple on May 12, where officers arrested 23 people.\n\n"
            "The following day, teams moved into Belton and Killeen, arresting 19 and 16 people.")
    assert {"us-tx-belton", "us-tx-killeen"} <= places_of(text, "federal_enforcement_operation"), type_places(text)


# ------------------------------------------------------------------ guards

def test_a_forecast_that_the_state_would_sue_is_no_threat_made():
    text = ("MEMORANDUM\n\n"
            "TO: City Council\nFROM: City Attorney\n\n"
            "Option D carries real exposure. If the Council adopted such an ordinance, the Attorney General would "
            "almost certainly sue.")
    assert not of_type(text, "expand_cooperation"), type_places(text)


def test_weighing_whether_to_join_a_lawsuit_joins_nothing():
    text = ("COLUMBUS, Ohio - On Oct. 12, Dayton sued the state in the Franklin County Court of Common Pleas over "
            "the new law.\n\n"
            "Toledo officials weighed joining the lawsuit but ultimately stayed out.")
    got = [r for r in rows(text) if "weighed" in r["evidence"]]
    assert not got, got


def test_a_text_whose_state_proposals_differ_gives_no_bill_steps_of_a_guessed_type():
    text = ("PHOENIX - The Arizona Senate voted 16-13 on Thursday to pass Senate Bill 1290.\n\n"
            "An amendment would keep federal immigration arrests out of courthouses. Another amendment would require "
            "every sheriff to apply for a 287(g) agreement.")
    steps = [r for r in rows(text) if r["rule"] == "bill_step"]
    assert not steps, steps


# ------------------------------------------------------------------ the second batch (fx1461-fx1468)

def test_a_plural_noun_read_as_the_verb_is_the_subject_of_the_verb_after_it():
    text = ("TRENTON, N.J. - The court ruled on Friday.\n\n"
            "The county jails in Mercer County and Camden County already refuse to hold anyone on a detainer alone.")
    assert {"us-nj-mercer-county", "us-nj-camden-county"} <= places_of(text, "bar_local_cooperation"), \
        type_places(text)


def test_states_that_joined_a_lawsuit_and_a_brief_did_both():
    text = ("SACRAMENTO, Calif. (CNW) - California sued the Department of Homeland Security on Tuesday over its new "
            "detainer rule, and a coalition of states filed an amicus brief in a related case.\n\n"
            "Oregon, Nevada and New Mexico joined both the lawsuit and the brief.")
    got = [r for r in rows(text) if "joined both" in r["evidence"]]
    assert {"us-or", "us-nv", "us-nm"} <= {r["jurisdiction"] for r in got if r["action_type"] == "court_action"}, got
    assert {"us-or", "us-nv", "us-nm"} <= {r["jurisdiction"] for r in got
                                           if r["action_type"] == "sue_federal_government"}, got


def test_a_city_appearing_as_amicus_takes_a_step_in_court():
    text = ("SYLLABUS\n\n"
            "The City of Paterson appeared as amicus curiae in support of plaintiff.")
    assert "us-nj-paterson" in places_of(text, "court_action"), type_places(text)


def test_sharing_data_with_any_federal_agency_barred_is_a_limit():
    text = ("BELLINGHAM, Wash. - The council will vote on Monday.\n\n"
            "Last month, the Mount Vernon City Council voted to bar its police department from sharing plate data "
            "with any federal agency.")
    assert "us-wa-mount-vernon" in places_of(text, "bar_local_cooperation"), type_places(text)


def test_a_federal_agency_that_will_stop_paying_for_beds_threatens_funds():
    text = ("TUSCALOOSA, Ala. - The commission voted on Tuesday.\n\n"
            "In a letter dated February 23, ICE's New Orleans Field Office warned that it would stop paying the "
            "county for detainee beds if the jail stops honoring ICE detainers.")
    got = of_type(text, "withhold_funding")
    assert got and all(r["status"] == "threatened" for r in got), got


def test_a_request_that_dhs_turn_over_records_is_a_records_request():
    text = ("WENATCHEE, Wash. - Agents arrested a father near a school on Monday.\n\n"
            "In a letter on Friday, the mayor asked the Department of Homeland Security to turn over every record of "
            "the arrest.")
    assert of_type(text, "records_request"), type_places(text)


def test_a_township_and_a_small_citys_council_are_their_places():
    text = ("YOUNGSTOWN, Ohio (AP) - Township trustees met on Monday.\n\n"
            "Boardman Township trustees adopted a moratorium on zoning applications for immigration detention "
            "facilities on February 21, and Canfield City Council passed one on March 1.")
    got = places_of(text, "restrict_enforcement_sites")
    assert "us-oh-boardman" in got, type_places(text)


def test_a_townships_letterhead_is_the_township():
    text = ("AUSTINTOWN TOWNSHIP BOARD OF TRUSTEES\n"
            "Mahoning County, Ohio\n"
            "MINUTES OF THE REGULAR MEETING\n\n"
            "The trustees voted 2-1 to refuse any ICE request for transport or security at township events.")
    got = [r["jurisdiction"] for r in rows(text)]
    assert got and set(got) == {"us-oh-austintown"}, type_places(text)


def test_the_same_verb_again_with_an_elided_object_is_a_second_act():
    text = ("JEFFERSON CITY, Mo. - The governor spoke on Tuesday.\n\n"
            "Sheriff Marisol Quennell-Abara of Taney County signed her office's 287(g) task-force agreement with ICE "
            "in March, and Sheriff Hollis Brightwater-Sato of Jasper County signed his in June.")
    got = places_of(text, "enter_formal_agreement")
    assert {"us-mo-taney-county", "us-mo-jasper-county"} <= got, type_places(text)


def test_a_named_county_whose_clause_tells_its_limit_is_no_penalty_target():
    text = ("SACRAMENTO, Calif. (CNW) - States sued over a detainer rule on Tuesday.\n\n"
            "Cook County, which has refused ICE detainers under a county ordinance since 2011, received $3.1 million "
            "in SCAAP money last year.")
    got = [r for r in rows(text) if r["jurisdiction"] == "us-il-cook-county"]
    assert {r["action_type"] for r in got} == {"bar_local_cooperation"}, got


def test_a_county_that_limits_cooperation_is_still_whom_a_penalty_reaches():
    text = ("BOISE, Idaho - Senate Bill 1180 would withhold state grants from any county that limits cooperation "
            "with ICE.")
    assert not of_type(text, "bar_local_cooperation"), type_places(text)


def test_federal_payments_made_conditional_on_honoring_detainers_are_withheld_funds():
    text = ("WASHINGTON (CNW) - States sued over a new rule on Tuesday.\n\n"
            "The rule, which DHS published in the Federal Register on March 3, makes State Criminal Alien Assistance "
            "Program (SCAAP) payments to a county conditional on its jail honoring every ICE detainer.")
    assert of_type(text, "withhold_funding"), type_places(text)
    assert not of_type(text, "assist_ice"), type_places(text)


# ------------------------------------------------------------------ the third batch (fx1469-fx1476)

def test_cities_that_sued_the_department_sued_the_federal_government():
    text = ("DENVER - The Docket Review, October 2, 2028. In January 2027, the Justice Department put immigration "
            "conditions on two cities' policing grants.\n\n"
            "Pueblo and Greeley sued the department that May, and Weld County and Mesa County joined as plaintiffs "
            "the following month.")
    got = [r for r in rows(text) if "sued the department" in r["evidence"]]
    assert {"us-co-pueblo", "us-co-greeley"} <= {r["jurisdiction"] for r in got
                                                 if r["action_type"] == "sue_federal_government"}, got
    assert not [r for r in got if r["action_type"] == "court_action" and r["jurisdiction"] in (
        "us-co-pueblo", "us-co-greeley")], got


def test_the_use_of_a_named_citys_police_barred_is_a_limit():
    text = ("MORRISTOWN, Tenn. - The mayor spoke on Wednesday.\n\n"
            "And I signed a directive this morning that bars the use of Kingsport police officers, vehicles or "
            "equipment in federal civil immigration operations, except when a life is in danger.")
    assert of_type(text, "bar_local_cooperation"), type_places(text)
