"""Rules tuned in the fifty-first stop, from the batch fx1437-fx1444 and the dev misses it pointed to: "the Cities of
X and Y", places an organization's tag swallowed ("the Conditions against X"), a list of counties the parse hung on
the clause before, "the Attorney General" as the one the text names, a state's suit threatened over a city's measure,
a verb tagged as a noun ("honors", "bars"), counts whose noun the sentence names elsewhere ("declined all 96"), a law
after its relative clause ("The X Act, which the governor signed ..., bars ..."), "no power to", officers assigned to
an ICE-led task force, a defined term with no quotation marks ("(the Department)"), praise of a body "which signed"
an agreement, a city facility closed to ICE, a subject the parse hung on the opening date, what a federal letter says
a county "must" do by a day, "unless a judge has signed a warrant" as a release policy's exception, a second
infinitive ("voted to bar ... and to declare ..."), "make arrests" refused, staying in a task force, a report's
numbered recommendation, a series of verbs whose last is passive ("... and are barred from booking"), "the City"
of a state's complaint.

Every sentence is invented for these tests (real US places, made-up people, offices and laws).
"""
import pytest
from action_helpers import dated_rows, of_type, places_of, rows, type_places

pytestmark = pytest.mark.usefixtures("rules_only")


# ------------------------------------------------------------------ places named in lists and misread names

def test_the_cities_of_two_places_are_each_a_government():
    text = ("RESOLUTION OF THE CITY OF AMES, IOWA\n\n"
            "WHEREAS, the Cities of Des Moines and Cedar Rapids have closed city-owned parking garages to federal "
            "immigration staging; and")
    assert {"us-ia-des-moines", "us-ia-cedar-rapids"} <= places_of(text, "restrict_enforcement_sites")


def test_an_injunction_against_two_cities_rules_for_each():
    text = ("UNITED STATES DISTRICT COURT FOR THE DISTRICT OF MASSACHUSETTS\n\n"
            "The Cities of Chicopee and Westfield ask the Court to bar the Department of Justice from enforcing two "
            "immigration conditions on their grants.\n\n"
            "Pending final judgment, Defendants are ENJOINED from enforcing the Conditions against Chicopee or "
            "Westfield.")
    assert {"us-ma-chicopee", "us-ma-westfield"} <= places_of(text, "court_action", "ENJOINED")
    assert {"us-ma-chicopee", "us-ma-westfield"} <= places_of(text, "sue_federal_government", "ask the Court")


def test_counties_the_parse_hung_on_the_clause_before_are_the_jails_own():
    text = ("BIRMINGHAM, Ala. - ICE released the results of a four-day operation.\n\n"
            "The Madison County Sheriff's Office honored all 22 detainers that ERO lodged at its jail during the "
            "operation, and the Morgan County and Limestone County jails notified ERO before releasing any inmate.")
    got = places_of(text, "assist_ice")
    assert {"us-al-madison-county", "us-al-morgan-county", "us-al-limestone-county"} <= got, type_places(text)


def test_a_quoted_clause_before_said_stays_the_speakers_words():
    text = ("WASHINGTON - The Justice Department sued the State of Vermont on Monday.\n\n"
            '"Governor Hallworth-Ebbe has told every sheriff in Vermont to look away when ICE calls about a '
            'dangerous criminal alien," said Assistant Attorney General Corwin Ashdale-Ruiz of the Civil Division.')
    crit = of_type(text, "federal_criticism")
    assert crit and all(r["actor_level"] == "federal" for r in crit), type_places(text)
    assert not of_type(text, "condemn_federal_action"), type_places(text)


# ------------------------------------------------------------------ a state pressing its city

def test_the_attorney_general_named_before_is_the_states_and_presses_the_city():
    text = ("COMPLAINT\n\n"
            "THE STATE OF TEXAS, ex rel. Marlon Featherby-Osei, Attorney General, Plaintiff, v. CITY OF SAN MARCOS, "
            "Defendant.\n\n"
            "On June 3, 2027, the Attorney General wrote to the mayor, demanding that the City repeal Sections 2 "
            "through 4 within 30 days and warning that the State would sue if it did not.")
    got = {r["action_type"] for r in rows(text) if "demanding" in r["evidence"]}
    assert "expand_cooperation" in got, type_places(text)
    assert not got & {"federal_ultimatum", "sue_federal_government"}, type_places(text)


def test_a_civil_action_threatened_if_the_city_does_not_cure_enforces_state_law():
    text = ("OFFICE OF THE STATE COMPTROLLER\n\nTennessee\n\n"
            "On Friday, the Attorney General informed this Office that she will file a civil action to void Section 2 "
            "if the City does not cure.")
    got = {r["action_type"] for r in rows(text)}
    assert "expand_cooperation" in got and "sue_federal_government" not in got, type_places(text)


def test_an_injunction_against_agents_practice_is_a_suit_against_the_government():
    text = ("ANNAPOLIS, Md. - Attorney General Rosalind Vantreese-Obi of Maryland filed a records request.\n\n"
            "If agents again make civil arrests inside a Maryland courthouse, the Attorney General will ask a federal "
            "court to enjoin the practice.")
    got = {r["action_type"] for r in rows(text) if "enjoin" in r["evidence"]}
    assert "sue_federal_government" in got and "expand_cooperation" not in got, type_places(text)


# ------------------------------------------------------------------ verbs the tagger read as nouns

def test_honors_tagged_as_a_noun_is_the_verb():
    text = "BOISE, Idaho - The county released its numbers.\n\nThe Ada County Sheriff's Office honors every ICE detainer."
    assert "us-id-ada-county" in places_of(text, "assist_ice"), type_places(text)


def test_a_headline_with_a_verb_read_as_a_noun_codes_nothing():
    assert not rows("ICE touts 84 arrests in region, singles out Dauphin County jail"), type_places(
        "ICE touts 84 arrests in region, singles out Dauphin County jail")


def test_a_section_that_bars_a_gerund_is_one_bar():
    text = ("COMPLAINT\n\nSection 2 of the Ordinance bars detainer holds, and Section 3 bars sharing release dates "
            "with ICE.")
    got = {r["action_type"] for r in rows(text)}
    assert "bar_local_cooperation" in got and "assist_ice" not in got, type_places(text)


def test_a_law_after_its_relative_clause_bars():
    text = ("JAIL POLICY\n\n"
            "2.1 The Safe Communities in Corrections Act (the Act), which Governor Hollis Tarrant-Ebo signed on May 19, "
            "2027, bars Wisconsin jails from holding any person on an immigration detainer alone.")
    assert "us-wi" in places_of(text, "bar_local_cooperation"), type_places(text)


# ------------------------------------------------------------------ counts whose noun is said elsewhere

def test_a_count_whose_noun_the_sentence_names_elsewhere_is_the_same_act():
    text = ("LANSING, Mich. - The records show how jails answered ICE.\n\n"
            "In 2027, Kent County's jail honored 211 of its 214 detainers, while Ingham County's jail declined all 96 "
            "it received, the records show.\n\n"
            "Ottawa County, which had the most detainers, honored 463 of 486 last year.")
    assert "us-mi-ingham-county" in places_of(text, "bar_local_cooperation"), type_places(text)
    assert {"us-mi-kent-county", "us-mi-ottawa-county"} <= places_of(text, "assist_ice"), type_places(text)


def test_table_lines_and_a_pronoun_one_are_no_count():
    table = ("JAIL REPORT\n\nImmigration detainers\n\nDetainers honored 988 1 127\n\n"
             "A photo ID the City has issued since 2015 to residents regardless of immigration status; about 16,000 "
             "people hold one.")
    assert not of_type(table, "assist_ice"), type_places(table)


# ------------------------------------------------------------------ what is not done

def test_no_power_to_act_is_no_act():
    text = ("JEFFERSON CITY, Mo. - The mayors answered.\n\n"
            "Across the state, Springfield Mayor Tobias Wexcombe said he has no power to issue a similar order.")
    assert not rows(text), type_places(text)


def test_a_demand_a_federal_letter_says_the_county_must_meet_by_a_day_is_an_ultimatum():
    text = ("U.S. Department of Homeland Security\nU.S. Immigration and Customs Enforcement\n\n"
            "February 14, 2028\n\nBoard of Commissioners\nWood County, Ohio\n\n"
            "Re: Notice of noncompliance\n\n"
            "Dear Commissioners:\n\n"
            "On January 3, 2028, the Sheriff issued a directive that bars jail staff from holding anyone on an ICE "
            "detainer unless a judge has signed a warrant.\n\n"
            "No later than March 15, 2028, the County must rescind the directive and confirm in writing that the jail "
            "will again honor ICE detainers.\n\n"
            "Sincerely,\n\nAugustus Pellham-Oduya\nField Office Director, Detroit Field Office\n"
            "U.S. Immigration and Customs Enforcement")
    demand = [r for r in dated_rows(text, "2028-02-14") if "must rescind" in r["evidence"]]
    assert {r["action_type"] for r in demand} == {"federal_ultimatum"}, type_places(text)
    assert demand[0]["date"] == "2028-02-14"


# ------------------------------------------------------------------ help given, limits set

def test_troopers_assigned_to_an_ice_led_task_force_are_help():
    text = ("STATE AUDITOR\n\n"
            "The Ohio State Highway Patrol (the Patrol) signed a 287(g) Task Force Model agreement with ICE in 2025. "
            "Since 2019, the Patrol has also assigned troopers to the Buckeye Fugitive Task Force, an ICE-led unit "
            "based in Columbus.")
    got = [r for r in of_type(text, "assist_ice") if "assigned troopers" in r["evidence"]]
    assert got and got[0]["jurisdiction"] == "us-oh", type_places(text)


def test_a_body_praised_for_signing_an_agreement_signed_it():
    text = ("Department of Homeland Security\n\n"
            "The Department thanks the Carroll County Sheriff's Office, which signed a 287(g) agreement with ICE in "
            "2009, for showing what a committed partner looks like.")
    got = {r["action_type"] for r in rows(text)}
    assert {"praise_enforcement", "enter_formal_agreement"} <= got, type_places(text)


def test_a_city_facility_closed_to_ice_is_a_site_restriction():
    text = ("ORDINANCE NO. 28-07\n\nCity of Muncie, Indiana\n\n"
            "(a) No City department shall permit ICE agents to use a City facility for a civil immigration arrest, "
            "interview or staging unless they present a judicial warrant.")
    got = {r["action_type"] for r in rows(text)}
    assert "restrict_enforcement_sites" in got and "bar_local_cooperation" not in got, type_places(text)


def test_a_subject_hung_on_the_opening_date_still_speaks():
    text = ("ORDINANCE NO. 28-07\n\nCity of Muncie, Indiana\n\n"
            "WHEREAS, on February 16, 2028, a spokesperson for ICE's Chicago Field Office called the proposed "
            'ordinance "a gift to criminals"; and')
    assert of_type(text, "federal_criticism"), type_places(text)


def test_releasing_people_unless_a_judge_signed_a_warrant_is_a_policy_not_a_threat():
    text = ("TOPEKA, Kan. - Sheriffs split over the bill.\n\n"
            "Shawnee County Sheriff Odessa Vantreight-Ulu said Wednesday that her jail will keep releasing people held "
            "only on detainers unless a judge has signed a warrant.")
    got = of_type(text, "bar_local_cooperation")
    assert got and {r["status"] for r in got} == {"announced"}, type_places(text)


def test_a_second_infinitive_of_a_vote_is_its_own_act_but_not_of_a_call_on_congress():
    voted = ("MANHATTAN, Kan. - The commission acted last year.\n\n"
             "In Manhattan, the City Commission voted 4-1 last June to bar city police from holding anyone for ICE "
             "without a judicial warrant and to declare Manhattan a welcoming city.")
    urged = ("TOPEKA, Kan. - Senators heard testimony.\n\n"
             "Senator Idris Vantongeren-Lee urged Congress to end the 287(g) program and to bar ICE from making arrests "
             "at courthouses.")
    assert {"bar_local_cooperation", "affirm_sanctuary"} <= {r["action_type"] for r in rows(voted)}, type_places(voted)
    assert not of_type(urged, "restrict_enforcement_sites"), type_places(urged)


def test_arrests_no_longer_made_on_status_alone_are_a_bar():
    text = ("STATE AUDITOR\n\n"
            '"Troopers assigned to the task force will no longer make arrests based solely on a person\'s immigration '
            'status," the Commissioner wrote.')
    got = {r["action_type"] for r in rows(text)}
    assert "bar_local_cooperation" in got and "condemn_federal_action" not in got, type_places(text)


def test_staying_in_a_task_force_or_program_keeps_the_agreement():
    text = ("NEWS\n\nThe sheriff's office will remain in the ICE task force.\n\n"
            "The county will stay in the 287(g) program.")
    assert len(of_type(text, "keep_formal_agreement")) == 2, type_places(text)


def test_a_numbered_recommendation_is_proposed():
    text = ("STATE AUDITOR\n\n"
            "Recommendation 3: The Department should publish quarterly counts of the arrests made by troopers assigned "
            "to the ICE task force.")
    got = of_type(text, "records_request")
    assert got and {r["status"] for r in got} == {"proposed"}, type_places(text)


def test_the_defined_department_ends_the_agreement_on_the_day_of_the_letter():
    text = ("STATE AUDITOR\n\n"
            "The Ohio State Highway Patrol (the Department) signed a 287(g) Task Force Model agreement with ICE on "
            "April 22, 2025.\n\n"
            "In a letter dated March 2, 2028, Commissioner Leopold Varga-Stanek wrote that the Department agrees with "
            "Recommendation 2 and will give ICE written notice ending the 287(g) agreement by April 1, 2028.")
    got = [r for r in dated_rows(text, "2028-03-16") if r["action_type"] == "end_formal_agreement"]
    assert got and got[0]["jurisdiction"] == "us-oh" and got[0]["date"] == "2028-03-02", type_places(text)


def test_the_last_verb_of_a_series_bars_the_series_subject():
    text = ("JAIL POLICY\n\n4.2 Facility access. ICE officers enter through the public lobby, are escorted at all "
            "times, and are barred from booking, housing units and the sally port.")
    assert of_type(text, "bar_local_cooperation"), type_places(text)


def test_removing_officials_who_limit_cooperation_is_the_states_pressure():
    text = ("INDIANAPOLIS - The session ended.\n\n"
            "On March 9, the General Assembly passed Senate Bill 218, which would let the Attorney General ask a court "
            "to remove local officials who limit cooperation with ICE.")
    got = of_type(text, "expand_cooperation")
    assert got and got[0]["jurisdiction"] == "us-in" and got[0]["status"] == "proposed", type_places(text)


def test_the_city_of_a_states_complaint_is_the_defendant_city():
    text = ("IN THE SUPERIOR COURT OF COBB COUNTY\nSTATE OF GEORGIA\n\n"
            "THE STATE OF GEORGIA, Plaintiff, v. CITY OF MARIETTA, GEORGIA, Defendant.\n\n"
            "COMPLAINT\n\n"
            "1. The State brings this action to enforce the Georgia Public Safety Act against the City of Marietta "
            "(the \"City\").\n\n"
            "2. According to records the City produced to this Office, officers declined to hold at least 17 people "
            "named in detainers between July 1, 2027, and January 31, 2028.")
    got = [r for r in of_type(text, "bar_local_cooperation") if "declined to hold" in r["evidence"]]
    assert got and got[0]["jurisdiction"] == "us-ga-marietta", type_places(text)


# ------------------------------------------------------------------ from the batch fx1445-fx1452

def test_counties_intervening_in_the_united_states_suit_act_in_court():
    text = ("HARRISBURG, Pa. - The case went up on appeal.\n\n"
            "The United States sued Pennsylvania in federal court over the Act.\n\n"
            "Eleven days later, Adams County and York County intervened as plaintiffs.")
    got = places_of(text, "court_action", "intervened")
    assert {"us-pa-adams-county", "us-pa-york-county"} <= got, type_places(text)
    assert not [r for r in of_type(text, "sue_federal_government") if "intervened" in r["evidence"]], type_places(text)


def test_a_panel_holding_before_a_so_clause_is_the_courts_act():
    text = ("UNITED STATES COURT OF APPEALS FOR THE THIRD CIRCUIT\n\n"
            "The panel held that the statute makes every agreement voluntary, so a State may forbid its own counties "
            "to sign one.")
    assert of_type(text, "court_action"), type_places(text)


def test_working_on_under_an_agreement_keeps_it():
    text = ('GETTYSBURG, Pa. - The sheriff answered.\n\n"My deputies will keep working under our agreement with '
            'ICE," Sheriff Dana Marrowfield said.')
    assert of_type(text, "keep_formal_agreement"), type_places(text)


def test_a_memorandum_staying_in_place_is_kept_but_not_a_law_staying_in_force():
    kept = ('ATHENS, Ga. - The campus police answered.\n\nThe memorandum with HSI, she wrote, "will stay in place for '
            'as long as Georgia law requires it."')
    idle = ("ANNAPOLIS, Md. - The law takes effect soon.\n\nIf a federal judge blocks the law before the deadline, the "
            "remaining 287(g) agreements would stay in force.")
    assert of_type(kept, "keep_formal_agreement"), type_places(kept)
    assert not of_type(idle, "keep_formal_agreement"), type_places(idle)


def test_an_ordinance_that_does_not_bind_federal_officers_is_an_immunity_claim():
    text = ("ALLENTOWN, Pa. - The agency answered.\n\n"
            "In a letter dated March 6, ICE's Philadelphia field office told the Allentown police chief that the city "
            "ordinance does not bind federal officers.\n\n"
            'An ICE spokesperson said: "No Pennsylvania court rule can tell federal officers where they may make '
            'arrests."')
    got = [r["evidence"][:20] for r in of_type(text, "immunity_claim")]
    assert len(got) == 2, type_places(text)


def test_a_records_suit_is_against_the_federal_agencies():
    text = ("MEMORANDUM\n\nCity of Salem, Oregon\n\n"
            "On October 2, 2028, this office sued both agencies under the Freedom of Information Act in the U.S. "
            "District Court for the District of Oregon.")
    got = {r["action_type"] for r in rows(text)}
    assert "sue_federal_government" in got and "court_action" not in got, type_places(text)


def test_a_countys_own_request_after_the_citys_is_a_records_request():
    text = ("MEMORANDUM\n\nOn June 26, the City of Bend filed Freedom of Information Act requests with ICE and DHS for "
            "arrest records.\n\n"
            "Deschutes County sent its own request to ICE on July 10, asking for every detainer ICE lodged with the "
            "county jail.")
    assert "us-or-deschutes-county" in places_of(text, "records_request"), type_places(text)


def test_officers_that_will_reach_a_city_are_a_deployment():
    text = ("AUGUSTA, Maine - The governor spoke.\n\n"
            "On Monday, the Department of Homeland Security announced that 150 more ICE officers will reach Bangor by "
            "Friday.")
    assert "us-me-bangor" in places_of(text, "federal_deployment"), type_places(text)


def test_a_city_named_like_a_person_in_a_list_of_cities_is_the_city():
    text = ("UNITED STATES DISTRICT COURT FOR THE DISTRICT OF MASSACHUSETTS\n\n"
            "The Cities of Salem and Lynn ask the Court to bar the Department of Justice from enforcing two "
            "immigration conditions on their grants.")
    assert {"us-ma-salem", "us-ma-lynn"} <= places_of(text, "sue_federal_government"), type_places(text)
