"""Rules tuned in the forty-sixth stop, from dev misses and the batch fx1293-fx1300: a state that will ask a court to
void a local measure (expand cooperation, threatened, or a limit when the measure is help), a state's suit against its
locality told as coming, what a federal complaint asks of the court, a policy "that keeps police from asking" voided, a
table of 287(g) agreements without "|" at its ends, "It" after a federal letter, a suit word inside an office's name,
a statute's run-in section heading, a city named like a country listed with its state's cities, more officers
arriving told by ICE, a measure to be drafted, and a DOJ division.

Every sentence is invented for these tests (real US places, made-up people, offices and laws).
"""
import datetime as dt

import pytest
from action_helpers import dated_rows, of_type, rows

from analysis import corpus, segment
from analysis.extract import organizations, run
from analysis.extract.base import parse_text

pytestmark = pytest.mark.usefixtures("rules_only")


def _coded(text, atype):
    return [(r["status"], r["jurisdiction"]) for r in of_type(text, atype)]


# ------------------------------------------------------------------ a state asking a court to void a local measure

@pytest.mark.parametrize("sentence", [
    "On Monday, Attorney General Corliss Vandermeer wrote to the council that her office will ask a court to void the "
    "ordinance unless Tacoma repeals it by June 1.",
    "Attorney General Corliss Vandermeer warned that the state would go to court to void the mayor's order.",
    "Attorney General Corliss Vandermeer said her office will ask a Pierce County judge to void the resolution.",
])
def test_a_state_asking_a_court_to_void_a_local_measure_expands_cooperation_threatened(sentence):
    text = "Tacoma adopted a welcoming ordinance in March. " + sentence
    got = [r for r in rows(text) if r["evidence"].startswith(sentence[:20])]
    assert [(r["action_type"], r["status"]) for r in got] == [("expand_cooperation", "threatened")], got


def test_a_state_asking_a_court_to_stop_held_detainees_enforces_a_limit():
    text = ("Should a sheriff keep holding people on detainers alone after that date, we will ask the Superior Court "
            "to enjoin the practice, Attorney General Corliss Vandermeer of Washington wrote.")
    assert [r["action_type"] for r in rows(text)] == ["bar_local_cooperation"]


def test_a_detainer_vote_voided_is_no_help_stopped():
    text = ("Attorney General Corliss Vandermeer wrote to the council Thursday that she will ask a district court to "
            "void the detainer vote unless it is rescinded by May 1.")
    assert [r["action_type"] for r in rows(text)] == ["expand_cooperation"]


def test_a_citys_own_request_to_a_court_is_no_state_suit():
    text = "The city will ask a court to void the state's new detention law, Mayor Idris Fallowfield of Tacoma said."
    assert not of_type(text, "expand_cooperation")


def test_what_a_federal_complaint_asks_of_the_court_is_the_suit_once():
    text = ("WASHINGTON - The Justice Department today sued the State of Oregon. In its complaint, the United States "
            "asks the court to declare the Oregon law invalid. The complaint, filed in Portland, asks the court to "
            "declare the law preempted and to bar the State from enforcing it.")
    got = [r for r in rows(text) if r["action_type"] == "federal_lawsuit"]
    assert len([r for r in got if r["evidence"].startswith("In its complaint")]) == 1, got
    assert len([r for r in got if r["evidence"].startswith("The complaint, filed")]) == 1, got


def test_a_suit_against_a_measure_is_not_what_the_measure_does():
    text = ("In Boone, the Town Council adopted Ordinance 2027-19, which bars town officers from helping with civil "
            "immigration arrests. On August 30, Attorney General Leopold Haverstock of North Carolina told the town "
            "that the ordinance conflicts with state law and that his office will ask a court to void it. Mayor "
            "Marigold Tennant said on Tuesday that Boone will defend this ordinance in every forum available to us.")
    got = [r for r in rows(text) if r["evidence"].startswith("Mayor")]
    assert [r["action_type"] for r in got] == ["affirm_sanctuary"], got


def test_a_law_voiding_a_policy_that_keeps_police_from_asking_expands_cooperation():
    text = ("The Arkansas Community Safety Act takes effect Monday. It also voids any local policy that keeps police "
            "from asking about immigration status or sharing it with federal authorities.")
    got = [r["action_type"] for r in rows(text) if r["evidence"].startswith("It also")]
    assert got == ["expand_cooperation"]


def test_a_policy_that_keeps_police_from_asking_is_still_a_limit():
    text = "Little Rock adopted a policy that keeps police from asking about immigration status for ICE."
    assert of_type(text, "bar_local_cooperation") and not of_type(text, "expand_cooperation")


# ------------------------------------------------------------------ a table of agreements

_TABLE = ("MISSOURI DEPARTMENT OF PUBLIC SAFETY\nJefferson City, Missouri\n\n"
          "Table 2. Local 287(g) agreements in force\n\n"
          "Sheriff's office | Model | Start date\n"
          "Greene County | Jail Enforcement | March 4, 2026\n"
          "Jasper County | Task Force | July 9, 2027\n")


def test_each_line_of_a_table_of_agreements_enters_its_countys_agreement():
    got = [(r["jurisdiction"], r["date"]) for r in dated_rows(_TABLE, "2028-01-15")
           if r["action_type"] == "enter_formal_agreement"]
    assert got == [("us-mo-greene-county", "2026-03-04"), ("us-mo-jasper-county", "2027-07-09")]


def test_a_table_of_costs_enters_no_agreement():
    text = _TABLE.replace("Start date", "Overtime paid").replace("March 4, 2026", "$41,200").replace(
        "July 9, 2027", "$18,950")
    assert not [r for r in dated_rows(text, "2028-01-15") if r["action_type"] == "enter_formal_agreement"]


# ------------------------------------------------------------------ who "It" is

def test_it_after_a_federal_letter_is_the_letter_not_the_last_actor():
    text = ("On August 30, Attorney General Leopold Haverstock of North Carolina told Boone that his office will ask a "
            "court to void its ordinance. On Tuesday, the university received a letter dated September 13 from "
            "Desmond Quill, an ICE deputy field office director. It demands that each campus certify by October 15 "
            "that no policy restricts the sharing of information with federal immigration officers.")
    got = [r for r in rows(text) if r["evidence"].startswith("It demands")]
    assert [r["action_type"] for r in got] == ["federal_ultimatum"], got


def test_it_after_a_state_act_with_no_letter_is_still_the_state():
    text = ("Attorney General Leopold Haverstock of North Carolina sued Boone on Monday over its ordinance. It also "
            "asked the court to fine the town.")
    assert not [r for r in rows(text) if r["evidence"].startswith("It also") and r["actor_level"] == "federal"]


# ------------------------------------------------------------------ words of names

def test_a_suit_word_inside_an_offices_name_is_no_suit():
    text = ("The case is being handled by Trial Attorney Rosamund Pell of the Civil Division's Office of Immigration "
            "Litigation.")
    assert not rows(text)


def test_the_civil_division_is_a_federal_office():
    assert organizations.classify("Civil Division") == ("federal_agency", "federal")


def test_a_statutes_run_in_heading_is_its_own_sentence():
    text = "(c) Notice of release.--A county correctional institution shall notify ICE before it releases a person."
    spans = segment.split_sentences(text)
    assert [text[a:b] for a, b in spans] == [
        "(c) Notice of release.--", "A county correctional institution shall notify ICE before it releases a person."]


def test_a_duty_under_a_run_in_heading_binds_every_jail():
    text = ("Amend Bill, page 3, by inserting after line 9:\n"
            "(c) Notice of release.--A county correctional institution shall notify Immigration and Customs "
            "Enforcement at least 48 hours before it releases a person named in a detainer.")
    assert [r["action_type"] for r in rows(text)] == ["expand_cooperation"]


def test_a_long_clause_before_a_dash_is_no_heading():
    text = "The sheriff said the jail would keep its policy in place for now.--The board did not vote."
    assert len(segment.split_sentences(text)) == 1


# ------------------------------------------------------------------ places

def test_a_city_named_like_a_country_listed_with_its_states_cities_is_that_city():
    text = ("CONCORD, N.H. - The governor said Lebanon, Durham and Keene are sanctuary cities. In Lebanon, the "
            "council rescinded its resolution.")
    doc = run.extract_document(parse_text(text, doc_id="t"))
    got = {p["jurisdiction_id"] for p in doc["place_mentions"] if p["text"] == "Lebanon"}
    assert got == {"us-nh-lebanon"}


def test_a_country_listed_with_countries_is_no_city():
    text = "Migrants from Lebanon, Syria and Jordan were held at the Keene jail in New Hampshire."
    doc = run.extract_document(parse_text(text, doc_id="t"))
    got = [p for p in doc["place_mentions"] if p["text"] == "Lebanon"]
    assert not [p for p in got if str(p["jurisdiction_id"]).startswith("us-")]


# ------------------------------------------------------------------ arrivals, drafts

def test_more_officers_arriving_told_by_ice_is_a_deployment():
    text = "An ICE spokesperson, Cyprian Holloway, told reporters that more officers would arrive in Fresno this week."
    assert [(r["action_type"], r["target_jurisdiction"]) for r in rows(text)] == [
        ("federal_deployment", "us-ca-fresno")]


def test_more_police_officers_arriving_is_no_deployment():
    text = "More police officers arrived at the protest in Fresno after ICE agents left the area."
    assert not of_type(text, "federal_deployment")


def test_a_measure_to_be_drafted_is_coded_by_what_it_would_do():
    text = ("The Olympia City Council directed the City Attorney's Office to draft an ordinance that would bar City "
            "departments from sharing camera data with federal immigration authorities.")
    assert [(r["action_type"], r["status"]) for r in rows(text)] == [("bar_local_cooperation", "proposed")]


def test_a_direction_to_help_ice_is_still_a_mandate():
    text = "The Olympia City Council directed the police department to share camera data with ICE."
    assert not of_type(text, "bar_local_cooperation")


def test_an_assistant_attorney_general_of_the_civil_division_is_federal():
    text = ("WASHINGTON - The Justice Department today filed a lawsuit against the State of Maine and Governor Odile "
            "Marchand over a state law that limits cooperation with ICE. \"Governor Odile Marchand has told "
            "every sheriff in Maine to look away when ICE calls about a dangerous criminal alien,\" said Assistant "
            "Attorney General Bartholomew "
            "Corrigan of the Civil Division. Corrigan also warned that the Department will open a criminal "
            "investigation of any sheriff who releases a detainee early to avoid an ICE arrest.")
    got = sorted(r["action_type"] for r in rows(text) if r["action_type"] != "federal_lawsuit")
    assert got == ["federal_criticism", "target_local_officials"]


# ------------------------------------------------------------------ what a report of agreements tells

def test_agreements_held_are_no_people_held():
    text = ("Nine sheriffs' offices held 287(g) agreements with U.S. Immigration and Customs Enforcement (ICE) on "
            "December 31, 2027.")
    assert not of_type(text, "assist_ice")


def test_people_held_for_ice_are_still_held():
    text = "The Pulaski County jail held 41 people for ICE in 2027."
    assert of_type(text, "assist_ice")


def test_a_report_sent_to_ice_is_help_not_a_records_request():
    text = "The Arkansas State Police sent its first quarterly arrest report to ICE on December 19, 2027."
    assert [r["action_type"] for r in rows(text)] == ["assist_ice"]


def test_a_report_published_on_ice_requests_is_still_transparency():
    text = "The sheriff will publish a quarterly report of ICE detainers and requests."
    assert [r["action_type"] for r in rows(text)] == ["records_request"]


def test_troopers_joining_a_task_force_are_lent_not_an_agreement():
    text = ("The Arkansas State Police signed a 287(g) task force agreement with ICE in April. On Tuesday, the "
            "Governor's office said that eight more troopers will join the Task Force in April.")
    got = [r["action_type"] for r in rows(text) if r["evidence"].startswith("On Tuesday")]
    assert got == ["assist_ice"]


def test_a_county_joining_a_task_force_enters_an_agreement():
    text = "Benton County joined the ICE 287(g) Task Force model in February."
    assert of_type(text, "enter_formal_agreement")


def test_an_operation_that_ended_is_no_end_of_cooperation():
    text = ("ICE agents arrested 12 people in Fresno on Tuesday. The agency's last large operation in the city, in "
            "June 2026, ended with 52 arrests, according to ICE figures.")
    assert not of_type(text, "bar_local_cooperation")


def test_a_jail_that_ended_its_help_still_ends_it():
    text = "The Fresno County jail ended its cooperation with ICE in June."
    assert of_type(text, "bar_local_cooperation")


# ------------------------------------------------------------------ a docket sheet

_DOCKET = ("IOWA DISTRICT COURT FOR POLK COUNTY\n\n"
           "PUBLIC CASE SUMMARY\nGenerated: 05/02/2028 09:15 AM\n\n"
           "Case ID: EQCE088123\n"
           "Title: STATE OF IOWA ex rel. ATTORNEY GENERAL v. POLK COUNTY, IOWA, and the Sheriff of Polk County\n"
           "Filed: 02/01/2028\n\n"
           "DOCKET ENTRIES\n"
           "02/01/2028  PETITION FOR INJUNCTIVE RELIEF against the Sheriff's ICE detainer order filed by Plaintiff "
           "State of Iowa.\n"
           "02/20/2028  MOTION TO DISMISS filed by Defendants Polk County and the Sheriff.\n"
           "03/02/2028  RESISTANCE to Motion to Dismiss filed by Plaintiff State of Iowa.\n"
           "03/20/2028  HEARING held on Motion to Dismiss.\n")


def _docket_rows():
    return [(r["action_type"], r["jurisdiction"], r["date"]) for r in dated_rows(_DOCKET, "2028-05-02")
            if r["rule"] == "docket_entry"]


def test_each_docket_entry_is_a_step_of_the_case_placed_with_its_filer():
    got = _docket_rows()
    assert ("court_action", "us-ia-polk-county", "2028-02-20") in got
    assert ("court_action", "us-ia", "2028-03-02") in got
    assert ("court_action", "us-ia-polk-county", "2028-03-20") in got      # the court's county


def test_a_states_petition_against_its_county_is_its_suit_to_make_it_cooperate():
    assert ("expand_cooperation", "us-ia", "2028-02-01") in _docket_rows()


def test_a_docket_about_something_else_gives_no_rows():
    text = _DOCKET.replace("ICE detainer order", "parking order")
    assert not [r for r in dated_rows(text, "2028-05-02") if r["rule"] == "docket_entry"]


def test_a_records_generated_line_dates_the_record():
    assert corpus.byline_date(_DOCKET) == dt.date(2028, 5, 2)


# ------------------------------------------------------------------ federal charges, identification, masks

def test_charging_a_city_employee_targets_local_officials_not_her_home():
    text = ("TOLEDO, Ohio - A criminal complaint unsealed today charges Marisol Threadgill, 46, of Oregon, Ohio, a "
            "neighborhood outreach coordinator for the City of Toledo, with harboring aliens, United States Attorney "
            "Thaddeus Brimley announced.")
    got = [(r["action_type"], r["target_jurisdiction"]) for r in rows(text)]
    assert got == [("target_local_officials", "us-oh-toledo")]


def test_police_wearing_name_tags_under_the_law_identify_themselves():
    text = ("In Portland, Maine, Police Chief Desmond Ravensworth said Wednesday that his officers will wear name "
            "tags on every shift.")
    assert [(r["action_type"], r["status"]) for r in rows(text)] == [("require_agent_identification", "announced")]


def test_officers_reporting_masked_agents_document_them_and_a_complaint_form_is_no_suit():
    text = ("Lewiston Police Chief Bartholomew Okonjo said his officers will report any masked agent they see at an "
            "arrest through the attorney general's complaint form.")
    assert [r["action_type"] for r in rows(text)] == ["document_misconduct"]


def test_a_second_statement_joined_to_praise_is_its_own_act():
    text = ("York County Sheriff Thaddeus Pelletier praised ICE as a careful partner and said his jail will keep "
            "holding people on ICE detainers.")
    assert sorted(r["action_type"] for r in rows(text)) == ["assist_ice", "praise_enforcement"]


def test_agreements_ended_by_a_bill_are_no_sanctuary_rescinded():
    text = ("Senate Bill 241 would bar any sheriff in Nevada from entering into a 287(g) agreement with ICE. It would "
            "also end every existing agreement on January 1, 2028.")
    got = [r["action_type"] for r in rows(text) if r["evidence"].startswith("It would")]
    assert "expand_cooperation" not in got and "assist_ice" not in got


def test_a_law_making_every_jail_hold_an_agreement_still_expands_cooperation():
    text = ("Representative Ansel Voss has requested a bill draft that would make every county jail in the state "
            "hold a 287(g) agreement.")
    assert of_type(text, "expand_cooperation")


def test_the_states_response_filed_in_court_is_a_step_of_the_case():
    text = ("The Justice Department sued Maine in federal court on Aug. 30. Attorney General Cornelius Drummond filed "
            "the state's response on Sept. 7.")
    got = [r["action_type"] for r in rows(text) if r["evidence"].startswith("Attorney General")]
    assert got == ["court_action"]


def test_a_response_to_a_reporter_is_no_filing():
    text = "Attorney General Cornelius Drummond gave the state's response to reporters on Sept. 7."
    assert not of_type(text, "court_action")


# ------------------------------------------------------------------ "The same letter called ..."

_LETTER = ("Then, in a letter dated January 12, a DHS deputy assistant secretary warned that the rest of our federal "
           "grants would be cut off if the ordinance stays on the books. ")


def test_the_same_letter_calling_a_city_measure_names_is_federal_criticism():
    text = _LETTER + ("The same letter called the ordinance \"a welcome mat for criminal aliens and the people who "
                      "exploit them.\"")
    got = [r["action_type"] for r in rows(text) if r["evidence"].startswith("The same letter")]
    assert got == ["federal_criticism"]


def test_the_same_letter_named_as_a_thing_received_is_no_act():
    text = _LETTER + "The same letter received by the council was read into the record."
    assert not [r for r in rows(text) if r["evidence"].startswith("The same letter")]
