"""Rules tuned in the forty-eighth stop, from dev misses and the batch fx1357-fx1364: people released on schedule
(no hold for ICE), parses repaired (a place before a mayor's title, "ICE holds" after a verb, "Section 4 voids ...",
"has limited detainer holds", "keep ... closed to", "an ordinance closing ...", a subject read apart, a past verb
read as a noun's modifier), docket entries in sentence case, a signed act's sections, a state's penalty case, the
governments that join a brief, an agreement's end asked of someone, an ordinance kept "on the books", and smaller
readings (a pull-quote subhead, a colon after the object, a log of encounters, a reproach dressed as thanks).

Every sentence is invented for these tests (real US places, made-up people, offices and laws).
"""
import pytest
from action_helpers import dated_rows, of_type, rows, type_places

pytestmark = pytest.mark.usefixtures("rules_only")


# ------------------------------------------------------------------ released on schedule: no hold for ICE

@pytest.mark.parametrize("sentence", [
    "Yakima County Sheriff Ilse Marrow-Tandy said her deputies will keep releasing people whose local cases are over, "
    "with or without an ICE form.",
    "Jail staff at the Yakima County jail will go on releasing people on their scheduled release dates when ICE has "
    "lodged a detainer.",
    "Sheriff Ilse Marrow-Tandy of Yakima County said the jail will release people once their local cases are resolved "
    "unless ICE shows up with a warrant signed by a judge.",
])
def test_release_on_schedule_despite_ice_is_a_limit(sentence):
    got = [r["action_type"] for r in rows(sentence)]
    assert "bar_local_cooperation" in got and "assist_ice" not in got


def test_release_on_schedule_with_no_ice_in_the_sentence_is_nothing():
    assert not rows("The Yakima County jail released 40 people on their scheduled release dates last year.")


def test_a_hold_named_in_whom_the_jail_releases_is_no_hold_kept():
    text = ("Since 2020 the Yakima County Sheriff's Office has released people held only on an ICE detainer unless a "
            "judge has signed a warrant.")
    got = [r["action_type"] for r in rows(text)]
    assert "bar_local_cooperation" in got and "assist_ice" not in got


# ------------------------------------------------------------------ parses repaired

def test_a_place_before_a_mayors_title_is_no_second_subject():
    text = ("ICE agents arrested nine people at a bakery in Erie, Pennsylvania, on Monday. The next day, Erie Mayor "
            "Rosalind Pettibone-Achebe called the arrests \"a raid on families who work nights.\"")
    assert ("condemn_federal_action", "us-pa-erie") in type_places(text)


def test_ice_holds_after_turning_down_are_the_object():
    text = ("Spokane County Sheriff Tobias Wren-Okafor said his deputies will keep turning down ICE holds however the "
            "court rules.")
    assert of_type(text, "bar_local_cooperation")


def test_a_section_read_as_a_noun_with_its_verb_in_apposition():
    text = "Section 4 voids any local policy limiting cooperation with ICE and lets the attorney general seek penalties."
    got = [r["action_type"] for r in rows(text)]
    assert "expand_cooperation" in got and "bar_local_cooperation" not in got


def test_has_limited_detainer_holds_is_the_verb_and_its_object():
    text = ("ICE lodges detainers with Colorado jails. The campus directive carries out the Colorado law that has "
            "limited detainer holds by state and local agencies since 2019.")
    assert of_type(text, "bar_local_cooperation")


def test_kept_closed_to_agents_after_a_list_is_what_is_kept():
    text = ("Chancellor Ines Brackwater-Oyelaran has directed the three campus presidents in Colorado to keep "
            "residence halls, classrooms and laboratories closed to immigration agents who do not present a judicial "
            "warrant.")
    assert of_type(text, "restrict_enforcement_sites")


def test_an_ordinance_closing_lots_read_as_a_compound_is_the_ordinance_s_clause():
    text = ("At its May 4 meeting, the Salem City Council voted 6-3 to direct staff to draft an ordinance closing "
            "city parking lots to federal immigration staging areas.")
    assert of_type(text, "restrict_enforcement_sites")


def test_two_subjects_read_apart_are_each_an_actor():
    text = ("ICE agents raided a meatpacking plant in Hall County, Georgia, on Tuesday. Hall County sheriff's deputies "
            "and Georgia State Patrol troopers closed both roads into the plant while the agents worked inside.")
    places = {r["jurisdiction"] for r in rows(text) if r["action_type"] == "assist_ice"}
    assert {"us-ga-hall-county", "us-ga"} <= places


def test_a_spokesperson_called_a_city_a_sanctuary_and_said_it_will_be_listed():
    text = ("Louisville's council kept its detainer ordinance. In a statement Friday, a DHS spokesperson called "
            "Lexington \"a sanctuary city that shields criminal aliens\" and said the department will place "
            "Lexington on its list of sanctuary jurisdictions next month.")
    got = [r["action_type"] for r in rows(text) if "spokesperson" in r["evidence"]]
    assert "federal_criticism" in got and "federal_ultimatum" in got


def test_a_second_object_after_a_colon_does_not_negate_the_verb():
    text = ("ICE officers detained two students near the Fort Collins campus, Colorado, on Monday. Mayor Odile "
            "Strand-Achebe said: \"I condemn the way those arrests were made: no word to our police and no "
            "identification shown.\"")
    assert of_type(text, "condemn_federal_action")


# ------------------------------------------------------------------ a docket in sentence case

_DOCKET = ("DOCKET SUMMARY\nIssued: Thursday, March 2, 2028\n\n"
           "CASE: Board of Commissioners of Tippecanoe County v. State of Indiana, et al.\n"
           "Court: Marion Superior Court, Indianapolis\n\n"
           "The county challenges a 2027 state law requiring jails to hold people for ICE.\n\n"
           "DOCKET ENTRIES\n"
           "10/19/2027 Defendants' motion to dismiss for lack of standing filed.\n"
           "01/11/2028 Hearing held on all pending motions.\n"
           "02/23/2028 Defendants' notice of appeal filed.\n")


def _docket():
    return {(r["date"], r["action_type"], r["jurisdiction"]) for r in dated_rows(_DOCKET, "2028-03-02")}


def test_a_defendants_entry_is_the_captions_defendant():
    assert ("2027-10-19", "court_action", "us-in") in _docket()
    assert ("2028-02-23", "court_action", "us-in") in _docket()


def test_an_entry_with_no_filer_is_the_local_party_of_the_caption():
    assert ("2028-01-11", "court_action", "us-in-tippecanoe-county") in _docket()


def test_a_brief_due_is_no_step_taken():
    text = ("Fresno sued the Justice Department over its grant conditions in March. The Justice Department's reply "
            "brief is due May 28.")
    assert not [r for r in rows(text) if "due" in r["evidence"]]


# ------------------------------------------------------------------ a state's act and its penalties

def test_a_signed_enrolled_act_takes_its_sections_code_and_its_state():
    text = ("INDIANAPOLIS - Governor Tessa Vandermolen-Rhee signed HEA 1402 on April 27, 2027. Section 2 requires "
            "every county jail to hold a person named in an ICE detainer for up to 48 hours past release.")
    got = type_places(text)
    assert sum(1 for t, j in got if t == "expand_cooperation" and j == "us-in") == 2


def test_state_money_withheld_from_a_county_found_in_violation_enforces_the_act():
    text = ("Under the Jail Detainer Act, signed by the governor of Indiana in 2027, Section 5 withholds state jail "
            "reimbursements from any county found in violation.")
    assert of_type(text, "expand_cooperation")


@pytest.mark.parametrize("sentence", [
    "On August 9, 2027, Attorney General Corwin Elsworth-Nakai wrote to the Tippecanoe County board that his office "
    "would seek civil penalties unless it repealed the ordinance within 21 days.",
    "Attorney General Corwin Elsworth-Nakai warned that his office will seek penalties against any other county or "
    "city in Indiana that adopts a policy limiting cooperation with ICE.",
])
def test_a_state_seeking_penalties_from_a_locality_enforces_state_law(sentence):
    assert [r["status"] for r in of_type(sentence, "expand_cooperation")] == ["threatened"]


def test_fines_on_employers_are_no_state_penalty_case():
    assert not of_type("ICE will seek fines against two employers in Tippecanoe County, Indiana.", "expand_cooperation")


def test_a_bill_letting_the_attorney_general_sue_any_local_government():
    text = ("Kentucky's HB 412 would bar sanctuary policies. Section 5 would let the Attorney General sue any local "
            "government that keeps such a policy.")
    assert of_type(text, "expand_cooperation")


# ------------------------------------------------------------------ briefs joined

def test_the_states_joined_by_on_a_brief_each_file_it():
    text = ("Ohio Attorney General Bartholomew Quist-Amadi filed a brief supporting the Justice Department in its "
            "appeal over ICE grant conditions on January 21, joined by Kentucky and Tennessee.")
    places = {r["jurisdiction"] for r in of_type(text, "court_action")}
    assert {"us-oh", "us-ky", "us-tn"} <= places


def test_joining_on_the_brief_are_the_attorneys_general_of_a_list_of_states():
    text = ("DAYTON, Ohio - Michigan's attorney general filed an amicus brief backing Dayton in its suit over ICE "
            "grant conditions. Joining Michigan on the brief are the attorneys general of Illinois, Minnesota, New "
            "Jersey, Oregon and Wisconsin.")
    places = {r["jurisdiction"] for r in rows(text) if r["evidence"].startswith("Joining")}
    assert places == {"us-il", "us-mn", "us-nj", "us-or", "us-wi"}


def test_a_brief_supporting_a_city_s_challenge_is_no_help_to_ice():
    text = ("LANSING - Michigan Attorney General Ada Solvang-Brightley today led six states in filing an amicus brief "
            "supporting the City of Dayton, Ohio, in its challenge to immigration conditions on a federal grant.")
    assert not of_type(text, "assist_ice")


# ------------------------------------------------------------------ federal pressure

def test_a_city_added_to_a_list_after_its_award_was_withheld():
    text = ("The Justice Department attached ICE conditions to Dayton's grant. On January 19, 2027, the department "
            "withheld the city's $1.4 million award and added Dayton to its list of \"non-cooperative "
            "jurisdictions.\"")
    got = [r["action_type"] for r in rows(text) if "January 19" in r["evidence"]]
    assert "withhold_funding" in got and "federal_ultimatum" in got


def test_a_city_dropped_from_a_grant_competition_by_a_complaints_account():
    text = ("Dayton sued the Justice Department in February. According to the city's amended complaint, the "
            "department also dropped Dayton from a community policing grant competition in March 2027.")
    got = [r["action_type"] for r in rows(text) if r["evidence"].startswith("According")]
    assert got == ["withhold_funding"]


def test_more_of_its_own_officers_sent_is_a_deployment():
    text = "ICE spokesperson Ivo Brandt-Salas said ICE will send more of its own officers to Canyon County, Idaho."
    assert of_type(text, "federal_deployment")


def test_a_reproach_worded_as_thanks_owed_is_criticism():
    text = ("ICE agents arrested 40 workers in Forest, Mississippi, on Tuesday. In a statement Wednesday night, "
            "Department of Homeland Security spokesperson Priya Castell-Herron said the mayor of Forest \"should be "
            "thanking the officers who kept her town safe instead of protecting lawbreakers.\"")
    got = [r["action_type"] for r in rows(text) if "thanking" in r["evidence"]]
    assert got == ["federal_criticism"]


@pytest.mark.parametrize("sentence", [
    "Every police department in Michigan counts on these grants, and the Justice Department is using them as a lever "
    "to force local officers to do ICE's work, Attorney General Ada Solvang-Brightley said.",
])
def test_money_used_as_a_lever_is_a_condemnation(sentence):
    assert of_type(sentence, "condemn_federal_action")


# ------------------------------------------------------------------ an agreement's end asked for

@pytest.mark.parametrize("sentence", [
    "Imelda Sarkissian-Rowe, an organizer with the Conasauga Workers Alliance, urged the Whitfield County Board to end "
    "both 287(g) agreements.",
    "The Magic Valley Immigrant Justice Coalition called on the Twin Falls County sheriff to withdraw from the jail's "
    "287(g) agreement.",
])
def test_an_agreement_s_end_asked_by_a_group_is_a_call(sentence):
    got = [r["action_type"] for r in rows(sentence)]
    assert "call_to_abolish_or_reform" in got and "end_formal_agreement" not in got


def test_asked_to_renew_an_agreement_is_no_call_to_end_it():
    text = "Sheriff Ada Marchetti-Vold asked the Steele County board to extend the ICE detention agreement."
    assert not of_type(text, "call_to_abolish_or_reform")


def test_a_group_with_justice_in_its_name_is_no_court():
    text = ("The Magic Valley Immigrant Justice Coalition welcomed the sheriff's decision to leave ICE's 287(g) task "
            "force on Tuesday.")
    assert not of_type(text, "court_action")


# ------------------------------------------------------------------ local help and limits

def test_escorting_the_guards_vans_in_a_text_about_guard_duty_for_ice():
    text = ("BOISE - Gov. Lucan Pember-Ansah placed 300 members of the Idaho National Guard on state active duty to "
            "support U.S. Immigration and Customs Enforcement. Nampa Mayor Cornelius Voss-Adu said his police "
            "department will escort the Guard's transport vans through the city.")
    assert ("assist_ice", "us-id-nampa") in type_places(text)


def test_a_resolution_placed_on_an_agenda_is_no_staff_put_to_ice_s_work():
    text = ("Forest Mayor Annette Villar-Brooks said she has placed a resolution on next Tuesday's Board of Aldermen "
            "agenda that would bar city employees from giving ICE residents' home addresses.")
    got = [r["action_type"] for r in rows(text)]
    assert "bar_local_cooperation" in got and "assist_ice" not in got


def test_a_jail_notifying_ice_after_a_testimony_clause():
    text = ("According to testimony the Kentucky Jailers Association gave the committee on February 23, jails in "
            "Warren County and Hardin County already notify ICE before releasing people named in detainers.")
    assert {r["jurisdiction"] for r in of_type(text, "assist_ice")} == {"us-ky-warren-county", "us-ky-hardin-county"}


def test_a_log_of_encounters_with_agents_is_documentation_not_a_site():
    text = ("The Faculty Senate at the University of Northern Colorado resolved that its Committee on Faculty Welfare "
            "shall keep a confidential log of encounters between immigration agents and members of the campus "
            "community.")
    got = [r["action_type"] for r in rows(text)]
    assert "document_misconduct" in got and "restrict_enforcement_sites" not in got


def test_an_ordinance_kept_on_the_books_affirms_sanctuary():
    text = ("In 2019 the Albany Common Council adopted an ordinance that bars city police from holding anyone for "
            "ICE. On Monday Mayor Odette Farr-Sayegh said the ordinance will stay on the books.")
    got = [r["action_type"] for r in rows(text) if "books" in r["evidence"]]
    assert got == ["affirm_sanctuary"]


# ------------------------------------------------------------------ segments and places

def places_of(text, name):
    from analysis.extract import run
    from analysis.extract.base import parse_text

    doc = run.extract_document(parse_text(text, doc_id="t"))
    return {p["jurisdiction_id"] for p in doc["place_mentions"] if p["text"].lower() == name.lower()}


@pytest.mark.parametrize("line, heading", [
    ("'We held the roads'", True),
    ("\u2018Nobody told us anything\u2019", True),
    ("\u201cWe will not comply\u201d", False),     # (a quotation on its own line may carry a statement)
    ("4. Records request received", True),
    ("'We held the roads,' the sheriff said.", False),
    ("4. The jail will hold people for ICE until a judge signs a warrant.", False),
])
def test_a_pull_quote_subhead_and_a_numbered_items_short_title_are_headings(line, heading):
    from analysis.segment import is_heading_line

    assert is_heading_line(line) is heading


def test_a_dateline_without_a_state_is_the_place_in_the_state_the_text_names():
    text = ("FOREST - Federal agents raided a poultry plant on Tuesday, the largest worksite operation in Mississippi "
            "in eight years. Scott County deputies closed the roads.")
    assert places_of(text, "FOREST") == {"us-ms-forest"}


def test_a_place_before_a_mayors_title_and_name_is_the_place():
    text = ("HARRISBURG, Pa. - State troopers closed a highway for ICE agents. The next day, Reading Mayor Evangeline "
            "Tarrow-Whitby condemned the arrests.")
    assert places_of(text, "Reading") == {"us-pa-reading"}


def test_a_state_in_a_list_of_states_is_no_city_of_the_text_s_state():
    text = ("DAYTON, Ohio - Dayton, Toledo and Akron kept their ordinances. Joining Michigan on the brief are the "
            "attorneys general of Illinois, New Jersey, Oregon and Wisconsin. Columbus did not join.")
    assert places_of(text, "Oregon") == {"us-or"}


# ------------------------------------------------------------------ names given in quotations the parse hung apart

@pytest.mark.parametrize("sentence", [
    "At Monday's signing, ICE Field Office Director Cornelius Abbot-Ruiz called Tom Green County \"a model for rural "
    "partnership across Texas.\"",
    "In a statement Friday, ICE's Atlanta Field Office called Sheriff Dwight Oakley-Bram \"a steadfast partner who "
    "put the safety of Bartow County ahead of politics.\"",
])
def test_a_federal_officials_warm_name_in_quotes_is_praise(sentence):
    got = [r["action_type"] for r in rows(sentence)]
    assert "praise_enforcement" in got and "federal_criticism" not in got


def test_a_local_officials_warm_name_for_task_force_officers_is_praise():
    text = ("Connecticut Governor Everett Kowal-Bain has called the Danbury task force officers \"the finest partners "
            "federal agents ever had in this state.\"")
    got = [r["action_type"] for r in rows(text)]
    assert "praise_enforcement" in got and "condemn_federal_action" not in got


def test_a_count_line_of_a_table_is_no_clause():
    assert not rows("9,840 — bookings screened for immigration status at the Cabarrus County jail")


# ------------------------------------------------------------------ who asks for an agreement's end

def test_an_end_asked_of_one_who_is_asked_to_ask():
    text = ("The Concord branch of the NAACP wrote: We call on the Board to ask the Sheriff to end the 287(g) agreement "
            "and to hold a public hearing.")
    got = [r["action_type"] for r in rows(text)]
    assert "call_to_abolish_or_reform" in got and "end_formal_agreement" not in got


def test_an_end_asked_by_a_federal_letter_is_its_demand_not_an_end():
    text = ("The city of Worcester, Massachusetts, adopted an order barring police from ICE operations. On Wednesday, "
            "Lucan Threl-Amadi, director of ICE's Boston field office, sent the mayor a letter calling the order "
            "reckless and asking the city to rescind it within 15 days.")
    got = [r["action_type"] for r in rows(text) if "Boston field office" in r["evidence"]]
    assert "end_formal_agreement" not in got and "call_to_abolish_or_reform" not in got


def test_a_law_staying_on_the_books_as_a_measure_of_time_is_no_pledge():
    text = ("Maine passed a law in 2025 that bars jails from holding people for ICE. A DHS spokesperson said: "
            "\"Every day this law stays on the books, dangerous offenders walk out of Maine jails.\"")
    assert not [r for r in rows(text) if "books" in r["evidence"] and r["action_type"] == "affirm_sanctuary"]


def test_a_name_given_then_a_second_statement_each_coded():
    text = ("Iowa passed a law requiring jails to honor ICE detainers. A DHS spokesperson called Iowa \"a model partner "
            "that other states should copy\" and said Iowa City \"keeps choosing criminals over its own residents.\"")
    got = {r["action_type"] for r in rows(text) if "spokesperson" in r["evidence"]}
    assert {"praise_enforcement", "federal_criticism"} <= got


def test_a_directive_read_as_a_modifier_before_its_object_read_as_the_root():
    text = ("On February 14, the Stearns County sheriff signed a directive. The same directive ended holds on ICE "
            "detainers unless a judge has signed a warrant.")
    assert of_type(text, "bar_local_cooperation")


# ------------------------------------------------------------------ from the second batch (fx1365-fx1372)

def test_a_state_suing_a_county_whose_jail_is_not_honoring_detainers_enforces_the_mandate():
    text = ("Iowa law requires jails to honor ICE detainers. On Tuesday, Attorney General Rosalind Fairwell-Okafor said "
            "her office will sue Johnson County in district court if the jail is not honoring detainers by January 15.")
    got = [r["action_type"] for r in rows(text) if "will sue" in r["evidence"]]
    assert got == ["expand_cooperation"]


def test_jails_ending_a_list_of_bodies_is_a_noun():
    text = ("Section 3 bars sheriffs, police departments and jails in Nevada from holding a person on an ICE detainer "
            "past his or her release time unless a judge has signed a warrant.")
    got = [r["action_type"] for r in rows(text)]
    assert "bar_local_cooperation" in got and "threaten_prosecution" not in got


def test_positions_eliminated_at_a_jail_are_no_call_to_abolish_ice():
    text = ("If the ICE agreement lapses, staff estimates that the Dodge County jail would eliminate 11 correctional "
            "officer positions through attrition.")
    assert not of_type(text, "call_to_abolish_or_reform")


def test_words_of_a_quoted_title_are_no_act():
    text = ("The City of Evanston challenges DHS Directive 27-04, \"Restoring Accountability in Sanctuary "
            "Jurisdictions\" (the \"Directive\").")
    assert not of_type(text, "affirm_sanctuary")


@pytest.mark.parametrize("sentence", ["Count III fails for lack of standing.", "Count IV survives."])
def test_what_a_court_holds_of_a_count_is_a_step_of_the_case(sentence):
    text = "Evanston sued DHS over its sanctuary directive in federal court in Chicago. " + sentence
    assert [r for r in of_type(text, "court_action") if r["evidence"].startswith("Count")]


def test_a_suit_threatened_in_a_letter_by_the_department_named_in_its_clause():
    text = ("Last month, Assistant Attorney General Rupert Kallstr-Fayed warned Nevada legislative leaders in a letter "
            "that the Justice Department would sue Nevada if SB 318 became law.")
    got = [(r["action_type"], r["status"]) for r in rows(text)]
    assert ("federal_lawsuit", "threatened") in got and not [t for t, _ in got if t == "expand_cooperation"]


def test_no_comment_asking_for_an_agreement_is_no_proposal():
    text = ("The Dodge County clerk received 41 written comments on the ICE contract. No written comment asked the "
            "County to seek a 287(g) agreement.")
    assert not [r for r in rows(text) if r["evidence"].startswith("No written")]


def test_thanks_to_the_chair_in_a_transcript_is_a_courtesy():
    text = ("STATE HOUSE FINANCE SUBCOMMITTEE\n\nSHERIFF RUTHERFORD KEBLIN-OSEI, BUTLER COUNTY: Thank you, Madam Chair.\n\n"
            "SHERIFF RUTHERFORD KEBLIN-OSEI, BUTLER COUNTY: Our jail holds ICE detainees under a 2008 agreement.\n")
    assert not [r for r in rows(text) if r["action_type"] == "praise_enforcement"]


def test_a_call_for_ice_to_stop_sending_officers_is_no_deployment():
    text = ("Courthouse arrests in Allegheny County, Pennsylvania, rose this year. ICE should stop sending officers "
            "into our courthouses altogether, the former prosecutor wrote.")
    assert not of_type(text, "federal_deployment")


def test_a_judges_administrative_order_closing_the_courthouse_closes_a_site():
    text = ("On Feb. 24, President Judge Marguerite Oyel-Fitch of the Allegheny County Court of Common Pleas signed an "
            "administrative order barring civil immigration arrests in the county courthouse unless the agents carry a "
            "warrant signed by a judge.")
    got = [r["action_type"] for r in rows(text)]
    assert "restrict_enforcement_sites" in got and "court_action" not in got


def test_an_ordinance_kept_that_bars_holds_is_no_hold():
    text = ("Denver Mayor Lorena Fairb-Oduya said the city will keep its ordinance barring jail deputies from holding "
            "anyone for ICE without a judge's warrant.")
    got = [r["action_type"] for r in rows(text)]
    assert "assist_ice" not in got and "bar_local_cooperation" in got
