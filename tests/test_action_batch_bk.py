"""Rules tuned in the fiftieth stop, from the batch fx1413-fx1420 and the dev misses it pointed to: ICE's own
components (ERO, HSI) as the agency, arrests "made" by federal teams, counts of arrests "inside" and "across" places,
a roundup item's heading "CITY, ST. | headline", a city's own jail, local officers out with ERO teams or securing a
lot while ERO arrests, a notice "sent" that ends an agreement, a reporting duty joined to a bar, screening for ICE, an
order directing an agreement be sought, a standing order to help ICE rescinded, "X withdraws from" read as a verb,
the operations of "joined ICE arrest operations in ...", a law that "stays in force" tagged as a noun, suits by
private parties, bed-days logged, "no state or municipal agency", "the Department" just named by its full name, a
person set off after "In X County," as the subject, "will not guard or escort", places closed to ICE staging.

Every sentence is invented for these tests (real US places, made-up people, offices and laws).
"""
import pytest
from action_helpers import dated_rows, of_type, places_of, rows, type_places

pytestmark = pytest.mark.usefixtures("rules_only")


# ------------------------------------------------------------------ ICE's components and arrests made

def test_arrests_made_by_ero_teams_are_an_operation_where_they_were_made():
    text = ("KEARNEY, Neb. - The agency released its results.\n\n"
            "Nebraska State Patrol troopers blocked two streets on May 9 while ERO teams made arrests at a Lexington "
            "meatpacking plant.")
    assert "us-ne-lexington" in places_of(text, "federal_enforcement_operation")
    assert "assist_ice" in {r["action_type"] for r in rows(text)}


def test_arrests_ice_was_helped_to_make_or_may_make_are_no_operation():
    helped = ("MUSKEGON, Mich. - The city released the memo.\n\n"
              "Two city detectives assigned under the agreement helped HSI carry out those arrests.")
    may = ("DENVER - The state filed its answer.\n\n"
           "The statute regulates where federal officers may make civil arrests in Colorado.")
    assert not of_type(helped, "federal_enforcement_operation"), type_places(helped)
    assert not of_type(may, "federal_enforcement_operation"), type_places(may)


def test_counts_of_arrests_inside_and_across_places_are_one_operation_row_each():
    text = ("LOUISVILLE, Ky. - Deportation officers from ICE Enforcement and Removal Operations arrested 61 people "
            "across Kentucky from May 3 through May 7 in a targeted operation.\n\n"
            "Arrest summary\n\n"
            "Officers made 29 arrests inside Louisville city limits, 18 across Fayette County and 14 in Bowling Green.")
    got = places_of(text, "federal_enforcement_operation", "Officers made 29 arrests")
    assert {"us-ky-louisville", "us-ky-fayette-county", "us-ky-bowling-green"} <= got


# ------------------------------------------------------------------ a roundup item's heading names its place

ROUNDUP = ("THE WEEK IN ENFORCEMENT\n\n"
           "Issue 12 | Friday, May 12, 2028\n\n"
           "1. SALEM, ORE. | Council limits detainers\n\n"
           "The Salem City Council voted 5-3 on Monday to bar city police from holding anyone on an ICE detainer.\n\n"
           "2. ANOKA COUNTY, MINN. | Jail contract renewed\n\n"
           "Anoka County commissioners voted on Tuesday to renew the county's contract to hold ICE detainees.\n\n"
           "3. COLUMBUS, NEB. | Raid at a plant\n\n"
           "ICE agents arrested 40 workers at a pork plant in Columbus early Tuesday. Agents also detained workers at "
           "homes in Kearney and Hastings the same morning.\n")


def test_a_roundup_items_heading_with_its_state_places_the_items_cities_in_that_state():
    got = places_of(ROUNDUP, "federal_enforcement_operation")
    assert {"us-ne-columbus", "us-ne-kearney", "us-ne-hastings"} <= got, got


def test_a_city_named_in_other_states_too_is_read_in_its_items_state():
    got = places_of(ROUNDUP, "federal_enforcement_operation", "Agents also detained")
    assert not {p for p in got if p and not p.startswith("us-ne-")}, got


# ------------------------------------------------------------------ a city's jail, officers out with ICE

def test_a_city_jail_is_the_citys():
    text = ("MONTGOMERY, Ala. - The agency named the jurisdictions.\n\n"
            "Madison County deputies honored every detainer. The Dothan city jail declined 9 ICE detainers between "
            "Jan. 1 and March 3 and released those people without notice.")
    assert {r["jurisdiction"] for r in of_type(text, "bar_local_cooperation")} == {"us-al-dothan"}


def test_deputies_riding_with_ero_teams_help_each_their_county():
    text = ("BIRMINGHAM, Ala. - ICE announced the results.\n\n"
            "Deputies from the Etowah County Sheriff's Office and the Calhoun County Sheriff's Office rode with ERO "
            "teams on all four days of the operation.")
    got = {r["jurisdiction"] for r in of_type(text, "assist_ice")}
    assert {"us-al-etowah-county", "us-al-calhoun-county"} <= got, type_places(text)


def test_securing_a_parking_lot_while_ero_arrests_is_help():
    text = ("BIRMINGHAM, Ala. - ICE announced the results.\n\n"
            "On March 4, Auburn Police Department officers secured an Auburn parking lot while ERO officers arrested "
            "a man wanted for robbery.")
    assert "us-al-auburn" in {r["jurisdiction"] for r in of_type(text, "assist_ice")}, type_places(text)


def test_closing_parks_and_garages_to_ice_staging_is_no_help():
    text = ("Hearing transcript\n\n"
            "MS. ORTIZ: In February our council voted to close city parks and parking garages to ICE staging unless "
            "agents bring a judge's warrant.")
    assert not of_type(text, "assist_ice"), type_places(text)


def test_screening_inmates_for_ice_is_help():
    text = ("Sheriff's report\n\n"
            "Jail deputies screened 240 inmates for ICE in 2027, according to figures from the sheriff's office.")
    assert of_type(text, "assist_ice"), type_places(text)


def test_officers_will_not_guard_or_escort_agents():
    text = ("WATERLOO, Iowa - The chief issued a statement.\n\n"
            "The chief said that starting this week, officers will not guard or escort ICE agents on city property.")
    assert of_type(text, "bar_local_cooperation"), type_places(text)


# ------------------------------------------------------------------ agreements and orders

def test_a_notice_sent_to_end_an_agreement_is_no_help_given():
    text = ("Sheriff Ilse Marchetti-Obi did not wait for the governor. She sent ICE a 30-day notice on Tuesday "
            "ending her office's agreement on April 7.")
    got = {r["action_type"] for r in rows(text)}
    assert "end_formal_agreement" in got and "assist_ice" not in got, got


def test_a_duty_to_report_joined_to_a_bar_is_a_records_request():
    text = ("The bill also bars jails from letting ICE agents interview inmates without a judicial warrant and "
            "requires each sheriff to report every ICE request to the state Department of Justice.")
    got = {r["action_type"] for r in rows(text)}
    assert {"bar_local_cooperation", "records_request"} <= got, got


def test_an_order_directing_state_police_to_seek_an_agreement_expands_cooperation():
    text = ("EXECUTIVE ORDER 2028-03\n\n"
            "WHEREAS, on May 2, 2026, Governor Lucan Tremaine-Osei issued Executive Order 2026-11, which directed the "
            'State Police to seek a task force agreement with U.S. Immigration and Customs Enforcement ("ICE") under '
            "Section 287(g) of the Immigration and Nationality Act and directed the Department of Corrections to honor "
            "every ICE detainer; and")
    got = {r["action_type"] for r in rows(text)}
    assert "expand_cooperation" in got and "assist_ice" not in got, got


def test_rescinding_a_standing_order_to_honor_detainers_limits_cooperation():
    text = ("EXECUTIVE ORDER 2028-03\n\n"
            "1. Rescission. Executive Order 2026-11, including its directive that the Department of Corrections honor "
            "every ICE detainer, is rescinded.")
    assert of_type(text, "bar_local_cooperation"), type_places(text)


def test_withdraws_from_is_a_verb_and_a_later_deadline_is_not_its_date():
    text = ("EXECUTIVE ORDER 2028-03\n\n"
            "2. Withdrawal. The Commonwealth withdraws from the Task Force Agreement, and the Commissioner of the State "
            "Police shall deliver written notice to ICE no later than March 20, 2028.")
    got = [r for r in dated_rows(text, "2028-03-02") if r["action_type"] == "end_formal_agreement"]
    assert got and all(str(r["date"]) != "2028-03-20" for r in got), got


def test_troopers_joining_ice_arrest_operations_in_two_counties_tell_two_operations():
    text = ("EXECUTIVE ORDER 2028-03\n\n"
            "WHEREAS, according to a review released last month, troopers assigned under the agreement joined ICE "
            "arrest operations in York County and Adams County during 2027; and")
    got = places_of(text, "federal_enforcement_operation")
    assert {"us-pa-york-county", "us-pa-adams-county"} <= got, type_places(text)


def test_a_law_that_stays_in_force_keeps_its_code_though_tagged_as_a_noun():
    text = ("The Act bars county jails from holding anyone on an ICE detainer.\n\n"
            '"Act 88 stays in force in every jail and police cellblock in Oregon while this case is heard," the '
            "governor said.")
    kept = [r for r in rows(text) if r["evidence"].startswith('"Act 88 stays')]
    assert kept and {r["action_type"] for r in kept} == {"bar_local_cooperation"}, type_places(text)


# ------------------------------------------------------------------ suits, counts, actors

def test_a_private_partys_suit_is_a_case_in_court():
    collective = ("MANKATO, Minn. - The feature.\n\n"
                  "In January, the collective filed a federal class action against the county and ICE over phone "
                  "access.")
    person = ("HARRISBURG, Pa. - The ruling.\n\n"
              "The Dauphin County Prison held a landscaper for ICE for three days. The landscaper sued the county in "
              "2027.")
    for text in (collective, person):
        got = {r["action_type"] for r in rows(text) if "filed a federal class" in r["evidence"]
               or "landscaper sued" in r["evidence"]}
        assert got == {"court_action"}, (text, got)


def test_department_lawyers_warning_of_a_suit_are_no_private_party():
    text = ("SALEM, Ore. - The roundup.\n\n"
            "Department lawyers warned Oregon in a letter dated May 22 that it would be sued next unless it suspended "
            "the reporting requirement.")
    assert not of_type(text, "court_action"), type_places(text)


def test_bed_days_a_jail_logged_are_no_record_of_misconduct():
    text = ("According to ICE's own detention statistics, the jail logged 41,200 ICE bed-days in 2027, the most of any "
            "county jail in the state.")
    assert not of_type(text, "document_misconduct"), type_places(text)


def test_no_state_or_municipal_agency_is_a_rule_of_the_state():
    text = ("STATE OF RHODE ISLAND\nOFFICE OF THE ATTORNEY GENERAL\n\nDATE: January 26, 2028\n\n"
            "The Chief of Police of Cranston asked about the Act.\n\n"
            "Under Section 3, no state or municipal agency may hold a person past release solely because ICE has "
            "lodged a detainer.")
    got = {r["jurisdiction"] for r in of_type(text, "bar_local_cooperation")}
    assert got == {"us-ri"}, type_places(text)


def test_the_department_just_named_in_full_as_a_subject_is_that_department():
    text = ("STATE OF RHODE ISLAND\nOFFICE OF THE ATTORNEY GENERAL\n\nDATE: January 26, 2028\n\n"
            "According to Department of Corrections records, the prisons notified ICE of 80 releases.\n\n"
            "On December 8, the U.S. Department of Justice wrote that Rhode Island must certify its compliance. The "
            "letter warned that the Department will withhold Byrne JAG grants from any agency that follows Section 3.")
    got = [r for r in rows(text) if "will withhold" in r["evidence"]]
    assert {r["action_type"] for r in got} == {"withhold_funding"}, type_places(text)


def test_a_department_only_named_as_an_object_does_not_take_over_the_department():
    text = ("STATE OF COLORADO\nDEPARTMENT OF CORRECTIONS\n\n"
            "The Department of Corrections keeps release notices to a minimum.\n\n"
            "It warned that ICE would ask the Department of Justice to reduce the award if the Department did not "
            "comply. The Department answered on July 30, 2027, that it would keep limiting release notices to inmates "
            "with a final order of removal.")
    got = [r for r in rows(text) if r["evidence"].startswith("The Department answered")]
    assert "bar_local_cooperation" in {r["action_type"] for r in got}, type_places(text)


def test_a_person_set_off_after_the_opening_place_is_the_subject():
    text = ("MADISON - The Senate passed the bill.\n\n"
            "In Waukesha County, Sheriff Dorian Hallberg-Achebe vowed Wednesday to challenge the ban in state court.")
    got = [r for r in of_type(text, "court_action") if "vowed" in r["evidence"]]
    assert got and "us-wi-waukesha-county" in {r["jurisdiction"] for r in got}, type_places(text)


# ------------------------------------------------------------------ from fx1421-fx1428, once scored

def test_an_ordinance_being_considered_after_an_aside_is_proposed():
    text = ("NORTHAMPTON, Mass. - The council met.\n\n"
            "Meanwhile, the Greenfield City Council is considering an ordinance, introduced last month, that would bar "
            "city departments from sharing residents' home addresses with ICE.")
    got = [r for r in of_type(text, "bar_local_cooperation") if "considering" in r["evidence"]]
    assert got and {r["status"] for r in got} == {"proposed"}, type_places(text)


def test_a_second_verb_whose_object_leaves_out_its_noun_is_one_more_place():
    text = ("The Bureau attached the conditions to both grants.\n\n"
            "On December 6, 2027, the Bureau terminated Chicopee's award and suspended Westfield's.")
    got = {r["target_jurisdiction"] for r in of_type(text, "withhold_funding") if "terminated" in r["evidence"]}
    assert {"us-ma-chicopee", "us-ma-westfield"} <= got, type_places(text)


def test_cars_blocking_a_street_an_ice_supervisor_asked_to_close_are_help():
    text = ("ELGIN POLICE DEPARTMENT\nAFTER-ACTION REPORT\n\n"
            "07:15 - An ICE supervisor asked Sgt. Odile Marchetti to close Prairie Street between two corners. With the "
            "approval of the watch commander, four patrol cars blocked both ends of the block.")
    assert of_type(text, "assist_ice"), type_places(text)


def test_officers_a_federal_spokesperson_speaks_of_are_the_agencys():
    text = ("YAKIMA, Wash. - ICE responded.\n\n"
            "In an emailed statement on Thursday, ICE spokesperson Fitz Oyenuga-Brandt said officers never entered "
            "either school. He said officers will keep making arrests in Yakima wherever the law allows.")
    assert not of_type(text, "affirm_sanctuary"), type_places(text)


def test_a_bill_as_introduced_codes_its_sections_as_proposed_and_its_title_as_nothing():
    text = ("Second Regular Session\nSTATE OF COLORADO\n\nINTRODUCED\n\nA BILL FOR AN ACT\n"
            "CONCERNING IMMIGRATION DETAINERS IN COUNTY JAILS.\n\n"
            "Be it enacted by the General Assembly of the State of Colorado:\n\n"
            "SECTION 2. Each county jail shall honor every ICE detainer request.\n")
    got = rows(text)
    assert not [r for r in got if r["evidence"].startswith("CONCERNING")], type_places(text)
    jail = [r for r in got if "Each county jail" in r["evidence"]]
    assert jail and {r["status"] for r in jail} == {"proposed"}, type_places(text)


def test_a_municipality_that_does_something_is_any_one_a_states_law_binds():
    text = ("DENVER - The bill was introduced.\n\n"
            "Boulder adopted a welcoming ordinance in 2027. Under the state law, a municipality that adopts a sanctuary "
            "policy is ineligible for state public safety grants.")
    got = {r["jurisdiction"] for r in of_type(text, "expand_cooperation")}
    assert got == {"us-co"}, type_places(text)


def test_the_next_place_of_a_ranking_does_the_same():
    text = ("ST. PAUL, Minn. - ICE published its report.\n\n"
            "- Ramsey County declined more detainers than any other jail in either state, followed by Dane County "
            "with 212.")
    got = {r["jurisdiction"] for r in of_type(text, "bar_local_cooperation")}
    assert {"us-mn-ramsey-county", "us-wi-dane-county"} <= got, type_places(text)


def test_what_an_inverted_condition_supposes_did_not_happen():
    text = ("ST. PAUL, Minn. - ICE published its report.\n\n"
            "Had either jail honored its detainer, both men would have been in ICE custody weeks earlier.")
    assert not of_type(text, "assist_ice"), type_places(text)


def test_arrests_the_agents_made_are_no_arrest_of_agents():
    text = ("DUBUQUE, Iowa - The board met.\n\n"
            "Supervisor Ines Quillfeather said she will file a public-records request with ICE on Wednesday for every "
            "arrest its officers made in Dubuque County during 2027.")
    got = {r["action_type"] for r in rows(text)}
    assert "records_request" in got and "threaten_prosecution" not in got, got


def test_a_motion_that_died_proposes_nothing():
    text = ("DUBUQUE, Iowa - The board met.\n\n"
            "Supervisor Ines Quillfeather moved to shorten the extension of the ICE detention contract to one year; "
            "the motion died for lack of a second.")
    assert not of_type(text, "keep_formal_agreement"), type_places(text)


def test_a_second_verb_on_them_takes_the_first_verbs_object():
    text = "DUBUQUE, Iowa - The sheriff reported.\n\nIn 2027 the jail received 64 ICE detainers and honored 61 of them."
    assert of_type(text, "assist_ice"), type_places(text)


def test_handing_ice_addresses_is_the_help_an_order_bars_and_its_signer_acts():
    text = ("SPOKANE, Wash. - The candidates debated.\n\n"
            "MODERATOR: Governor Ingrid Sorvald-Lindemuth is not on the ballot, but her order is. Executive Order 28-04, "
            "which she signed on March 3, bars state agencies from handing ICE driver's license addresses without a "
            "judicial warrant.")
    got = of_type(text, "bar_local_cooperation")
    assert got and {r["jurisdiction"] for r in got} == {"us-wa"}, type_places(text)


def test_the_two_cities_a_second_verb_names_are_the_first_verbs():
    text = ("SEATTLE - The candidates debated.\n\n"
            "In June, the Justice Department put Spokane and Tacoma on its list of sanctuary jurisdictions and froze $4.6 "
            "million in policing grants to the two cities.")
    got = {r["target_jurisdiction"] for r in of_type(text, "withhold_funding")}
    assert got == {"us-wa-spokane", "us-wa-tacoma"}, type_places(text)


def test_no_longer_holding_anyone_on_an_administrative_detainer_is_a_limit():
    text = ("JANESVILLE, Wis. - The jail report.\n\n"
            "Under the directive, deputies no longer hold anyone on an administrative detainer, but the jail still "
            "notifies ICE before releasing anyone convicted of a violent felony.")
    assert of_type(text, "bar_local_cooperation"), type_places(text)


# ------------------------------------------------------------------ from fx1429-fx1436, once scored

def test_a_governors_refusal_told_in_a_relative_clause_with_its_own_subject_is_coded():
    text = ("LAS VEGAS - The release.\n\n"
            "U.S. Representative Annika Vale today released the letter in which Governor Corbin Haverford-Okafor "
            "declined a federal request to use the Nevada National Guard in support of Immigration and Customs "
            "Enforcement.")
    got = {r["jurisdiction"] for r in of_type(text, "bar_local_cooperation")}
    assert "us-nv" in got, type_places(text)


def test_declining_a_request_for_guard_members_limits_cooperation():
    text = ("CARSON CITY, Nev. - The governor's letter.\n\n"
            "I have reviewed your letter of March 30, and I am declining the Department's request for 350 members of "
            "the Nevada National Guard.")
    assert of_type(text, "bar_local_cooperation"), type_places(text)


def test_ordering_the_adjutant_general_not_to_assign_guard_members_to_ice_limits_cooperation():
    text = ("SPOKANE, Wash. - The debate.\n\n"
            "MODERATOR: In August, Homeland Security asked the governor to put 300 Washington National Guard soldiers "
            "at ICE's disposal. On August 29 she refused and ordered the adjutant general not to assign any Guard "
            "member to immigration enforcement.")
    assert of_type(text, "bar_local_cooperation"), type_places(text)


def test_officers_who_will_not_stand_a_perimeter_or_staff_a_checkpoint_for_ice_limit_help():
    text = ("MANKATO, Minn. - The message.\n\n"
            '"Our officers will not stand a perimeter for ICE, on campus or off it," said Police Chief Tobias '
            "Lindqvist.\n\n"
            '"Our officers will not staff a single ICE checkpoint in this city," she said.')
    got = [r for r in of_type(text, "bar_local_cooperation")]
    assert len({r["evidence"] for r in got}) == 2, type_places(text)
