"""Rules tuned in the forty-seventh stop, from dev misses and the batches fx1317-fx1332: a law's "bars" after a
participle clause, a long list of people not to be asked about status, contact verbs the parser reads as nouns
("clerks telephone ICE"), a suit settled, approved or dropped, a roundup's state sections, an ICE request turned
down, "X is a welcoming city", "the agency" told again after ICE, a governor's order putting Guard members at ICE's
side, a line citing another story by its headline, praise of ICE for keeping offenders off named streets, a rule not to
answer an agent named earlier in the sentence, and a measure's own year in the object of an act done to it.

Every sentence is invented for these tests (real US places, made-up people, offices and laws).
"""
import pytest
from action_helpers import dated_rows, of_type, rows

pytestmark = pytest.mark.usefixtures("rules_only")


def _types_of(text, start):
    return sorted(r["action_type"] for r in rows(text) if r["evidence"].startswith(start))


# ------------------------------------------------------------------ parses repaired

def test_a_laws_bars_after_a_participle_clause_is_its_verb():
    text = "Oregon's Custody Neutrality Act, passed in 2026, bars jails from holding anyone for ICE without a judicial warrant."
    got = [r["action_type"] for r in rows(text)]
    assert "bar_local_cooperation" in got and "threaten_prosecution" not in got


def test_a_long_list_of_people_not_to_be_asked_about_status_is_a_limit():
    text = ("San Diego Police Procedure 4.22 prohibits officers from asking victims, witnesses or drivers stopped for "
            "traffic violations about their immigration status or place of birth.")
    assert of_type(text, "bar_local_cooperation")


@pytest.mark.parametrize("sentence", [
    "In Kent County, Michigan, booking clerks telephone ICE before releasing anyone with a detainer.",
    "In Kent County, Michigan, booking staff did phone ICE before releasing nine inmates.",
])
def test_a_contact_verb_read_as_a_noun_before_ice_is_the_verb(sentence):
    assert of_type(sentence, "assist_ice")


def test_a_call_made_by_ice_is_no_contact_by_the_jail():
    assert not of_type("Kent County clerks logged the calls ICE made to the jail last year.", "assist_ice")


# ------------------------------------------------------------------ suits settled, approved, dropped

def test_a_council_approving_a_settlement_with_the_state_is_a_step_of_the_case():
    text = ("The Missoula City Council voted 7-5 on Tuesday to approve a settlement with the state, ending a court "
            "fight over the city's ordinance on ICE detainers.")
    got = sorted(r["action_type"] for r in rows(text))
    assert got == ["court_action"]      # (the fight ended, not the ordinance or the help)


def test_a_settlement_told_with_its_terms_is_coded_by_the_terms():
    text = ("On Tuesday the Lawrence City Commission voted 4-1 to approve the settlement, which forbids city police "
            "officers from contacting ICE about crime victims.")
    got = [r["action_type"] for r in rows(text)]
    assert "bar_local_cooperation" in got and "court_action" not in got


def test_a_suit_settled_is_no_new_suit():
    got = [r["action_type"] for r in rows("Dane County settled the man's suit over the ICE detainer hold for $185,000.")]
    assert got == ["court_action"]


def test_a_state_dropping_its_suit_over_a_city_ordinance_ends_the_case_not_the_ordinance():
    text = "Montana dropped its lawsuit against Missoula over the sanctuary ordinance."
    got = [r["action_type"] for r in rows(text)]
    assert got == ["court_action"]


def test_a_county_dropping_its_287g_agreement_still_ends_the_agreement():
    assert of_type("Dane County said it will drop its 287(g) agreement with ICE.", "end_formal_agreement")
    assert not of_type("Dane County said it will drop its 287(g) agreement with ICE.", "court_action")


# ------------------------------------------------------------------ a roundup's state sections

_ROUNDUP = ("Immigration bills signed and stalled as statehouses close\n\nTuesday, June 1, 2027\n\n"
            "Lawmakers in three states finished their sessions this week.\n\nTEXAS\n\n"
            "The Legislature adjourned Monday after the House voted 88-57 to send Senate Bill 9, which would require "
            "every county jail to honor ICE detainers, to the governor.\n\nARIZONA\n\n"
            "On Wednesday the Tucson City Council adopted a resolution declaring Tucson a welcoming city.\n\n"
            "Tucson police will keep refusing ICE requests for traffic control, the chief said.\n")


def test_a_roundups_state_section_places_a_bill_that_names_no_state():
    got = [r["jurisdiction"] for r in rows(_ROUNDUP) if r["evidence"].startswith("The Legislature adjourned")]
    assert got and set(got) == {"us-tx"}


def test_a_state_section_holding_the_texts_own_place_keeps_that_place():
    got = [r["jurisdiction"] for r in rows(_ROUNDUP) if r["evidence"].startswith("Tucson police")]
    assert got and set(got) == {"us-az-tucson"}


# ------------------------------------------------------------------ a request from ICE turned down

@pytest.mark.parametrize("sentence", [
    "The Ottumwa Police Department declined ICE's request to staff the plant perimeter.",
    "Milwaukee Mayor Cavendish Roe said city police would go on refusing ICE requests.",
])
def test_a_request_from_ice_turned_down_limits_cooperation(sentence):
    assert of_type(sentence, "bar_local_cooperation")


def test_a_request_for_comment_declined_is_no_act():
    assert not rows("Asked about ICE, the Dane County sheriff declined a request for comment.")


def test_a_request_for_help_in_general_refused_by_rule_affirms_the_citys_stance():
    text = ("Under the Tucson police general order, the watch commander shall decline any request for help with civil "
            "immigration enforcement.")
    got = [r["action_type"] for r in rows(text)]
    assert "affirm_sanctuary" in got and "bar_local_cooperation" not in got


# ------------------------------------------------------------------ "X is a welcoming city"

@pytest.mark.parametrize("sentence", [
    '"Fargo is a welcoming city, and it will stay one," Fargo Mayor Odile Brandt said.',
    "Fargo Mayor Odile Brandt said Fargo is a welcoming city.",
])
def test_a_place_said_by_its_own_side_to_be_welcoming_affirms_it(sentence):
    assert of_type(sentence, "affirm_sanctuary")


@pytest.mark.parametrize("sentence", [
    "ICE said Denver is a sanctuary city.",
    "Is Denver a sanctuary city?",
    "If Denver is a sanctuary city, it will lose its grants.",
    "Denver is not a sanctuary city, the mayor said.",
])
def test_a_charge_a_question_a_supposition_or_a_denial_affirms_nothing(sentence):
    assert not of_type(sentence, "affirm_sanctuary")


# ------------------------------------------------------------------ "the agency" after ICE

def test_an_agency_spokesperson_after_ice_is_named_speaks_for_ice():
    text = ('ICE responded on Friday. An agency spokesperson said in an email that the Lafayette council "chose to '
            'shield criminal aliens instead of protecting Lafayette families."')
    assert of_type(text, "federal_criticism")


def test_arrests_the_agency_counts_after_ice_is_named_are_its_reported_operation():
    text = "ICE arrested people across northern Utah last week. The agency counts 38 arrests in Ogden, Roy and Layton."
    got = [(r["status"], r["target_jurisdiction"]) for r in of_type(text, "federal_enforcement_operation")
           if r["evidence"].startswith("The agency counts")]
    assert sorted(got) == [("reported", "us-ut-layton"), ("reported", "us-ut-ogden"), ("reported", "us-ut-roy")]


def test_the_agency_after_a_state_department_is_that_department():
    text = ("The Utah Department of Public Safety said troopers made stops with ICE. The agency counts 38 arrests in "
            "Ogden, Roy and Layton.")
    assert not [r for r in of_type(text, "federal_enforcement_operation") if r["evidence"].startswith("The agency")]


def test_a_deadline_the_law_gives_the_agency_is_no_federal_demand():
    text = ("The city asked ICE for its arrest records in March. Federal law gives the agency 20 working days to "
            "respond.")
    assert not of_type(text, "federal_ultimatum")


# ------------------------------------------------------------------ a governor's Guard at ICE's side

def test_a_governor_directing_the_military_department_to_support_ice_is_the_states_own_help():
    text = ("On 10 September 2027, the Governor of Arkansas signed Executive Order 27-22, directing the Military "
            "Department to place Guard members on State Active Duty to support ICE at county jails.")
    got = [(r["action_type"], r["jurisdiction"]) for r in rows(text)]
    assert ("assist_ice", "us-ar") in got and not [t for t, _ in got if t == "expand_cooperation"]


def test_a_governor_directing_state_police_not_to_assist_ice_is_no_help():
    text = "The same day Oregon Governor Tamsin Vale directed the Oregon State Police not to assist ICE at any worksite."
    assert not of_type(text, "assist_ice")


# ------------------------------------------------------------------ lines and words

def test_a_line_citing_another_story_by_its_headline_codes_nothing():
    text = ('1. Salisbury ordinance proposed, not adopted\n\nStory: "Salisbury limits ICE help," March 2, Page A1.\n\n'
            "The story said incorrectly that the council had adopted the ordinance.\n")
    assert not [r for r in rows(text) if r["evidence"].startswith("Story:")]


def test_ice_keeping_offenders_off_a_named_countys_streets_is_praise():
    text = ("Orville Haakenson-Price, a Council Bluffs business owner, said ICE has kept dangerous offenders off "
            "Pottawattamie County streets.")
    got = [r["action_type"] for r in rows(text)]
    assert "praise_enforcement" in got and "condemn_federal_action" not in got


def test_a_rule_not_to_answer_an_agent_named_earlier_in_the_sentence_limits_cooperation():
    text = ("Under the Brawley hospital policy, a staff member approached by an immigration agent shall direct the "
            "agent to the administrator on duty and shall not answer the agent's questions about any patient.")
    assert of_type(text, "bar_local_cooperation")


def test_a_measures_own_year_in_the_object_of_an_act_done_to_it_is_not_the_acts_date():
    text = ("On Wednesday night, the Grand Forks City Council voted 5-2 for a resolution that reaffirms the city's "
            "2018 welcoming-community declaration and directs police to stop sharing booking photographs with ICE.")
    got = {r["date"] for r in dated_rows(text, "2027-02-11")}
    assert got and all(not str(d).startswith("2018") for d in got)


def test_a_measures_year_in_the_subject_of_what_it_does_dates_it():
    text = "The city's 2019 ordinance bars Grand Forks police from holding anyone for ICE without a warrant."
    got = {str(r["date"])[:4] for r in of_type(text, "bar_local_cooperation")}
    assert got == {"2019"}


# ------------------------------------------------------------------ calls to ICE as a practice; requests told before

@pytest.mark.parametrize("sentence", [
    "Columbia Police Chief Anselm Roe said his officers will keep calling ICE whenever they arrest someone without "
    "papers.",
    "Allentown officers called ICE 23 times in 2027 to check the immigration status of people they had stopped.",
])
def test_calling_ice_whenever_someone_is_arrested_or_to_check_status_is_help(sentence):
    assert of_type(sentence, "assist_ice")


def test_residents_told_to_call_ice_is_no_local_help():
    assert not of_type("Columbia Mayor Ann Vale said residents should call ICE whenever they see an arrest.",
                       "assist_ice")


def test_a_bill_obliging_troopers_to_alert_ice_is_no_help_given():
    text = ("Senate Bill 214, filed Thursday by Sen. Porter Alvarado-Kemp, would void Executive Order No. 31 and oblige "
            "troopers to alert ICE whenever a driver they stop is subject to a final removal order.")
    assert not of_type(text, "assist_ice")


def test_a_request_from_ice_refused_by_pronoun_limits_cooperation():
    text = ("On February 3, an ICE deportation officer asked that a Chapel Hill patrol officer stand by while agents "
            "served an administrative warrant. Lt. Desmond Farquharson-Ilori declined it within the hour.")
    got = [r for r in of_type(text, "bar_local_cooperation") if r["evidence"].startswith("Lt.")]
    assert got


def test_a_pronoun_refused_with_no_ice_request_told_is_no_act():
    text = ("On February 3, a resident asked the Chapel Hill council for a new crosswalk. Lt. Desmond Farquharson-Ilori "
            "declined it within the hour.")
    assert not of_type(text, "bar_local_cooperation")


def test_declining_to_give_ice_one_kind_of_help_limits_cooperation():
    text = ("Director Renwick-Abaroa reported that circulation staff at the Bellingham Central Library declined on "
            "February 22 to give an ICE officer a patron's checkout history and home address.")
    got = [r["action_type"] for r in rows(text)]
    assert "bar_local_cooperation" in got and "affirm_sanctuary" not in got


# ------------------------------------------------------------------ verdicts on what agents did, and praise

@pytest.mark.parametrize("sentence", [
    '"What happened on L Street was a raid on working families," Sacramento Mayor Ann Vale said.',
    "Sacramento Mayor Ann Vale said the arrest of two teenagers at a bus stop was wrong.",
    "Sacramento Mayor Ann Vale said what happened outside the library was a snatch-and-grab by ICE.",
])
def test_a_local_officials_verdict_on_an_arrest_condemns_it(sentence):
    assert of_type(sentence, "condemn_federal_action")


def test_an_official_owning_a_mistake_condemns_nothing():
    text = ('"We were wrong to treat a federal query as if it were a court order," Ohio DMV Director Ann Vale wrote of '
            "the ICE request.")
    assert not of_type(text, "condemn_federal_action")


@pytest.mark.parametrize("sentence", [
    "Lea County Sheriff Al Roe said ICE has never once let this county down.",
    'Waukesha County Sheriff Al Roe said: "Our work with ICE keeps dangerous people off Waukesha County roads."',
    "Brown County Sheriff Al Roe said ICE officers have done careful, lawful work in this county for years.",
])
def test_a_local_officials_warm_words_about_ice_are_praise(sentence):
    assert of_type(sentence, "praise_enforcement")


def test_a_purpose_to_settle_is_no_settlement():
    text = ("On Tuesday a DHS spokesperson said Dauphin County had bargained away public safety to settle the "
            "detainer suit.")
    assert not of_type(text, "court_action")


# ------------------------------------------------------------------ ICE's own counts; reports due; topics of rules

@pytest.mark.parametrize("sentence", [
    "ICE's field office said its officers made 19 arrests in Fresno.",
    "ICE agents led away at least five people in Fresno, according to residents.",
])
def test_arrests_told_with_its_or_led_away_are_an_operation(sentence):
    assert of_type(sentence, "federal_enforcement_operation")


def test_agents_leading_an_operation_is_no_arrest_told():
    assert not of_type("Two ICE agents led the training session in Fresno.", "federal_enforcement_operation")


def test_a_report_due_each_quarter_after_a_sentence_on_ice_requests_is_a_reporting_duty():
    text = ("Under General Order 41, Dayton officers shall log every request from ICE in the records system. The Chief "
            "shall post a quarterly summary online.")
    assert [r for r in of_type(text, "records_request") if r["evidence"].startswith("The Chief")]


def test_signs_posted_are_no_report():
    text = ("Within 30 days the Dayton transit manager shall post signs at every station each month stating that ICE "
            "may not board buses without a warrant.")
    assert not of_type(text, "records_request")


@pytest.mark.parametrize("sentence", [
    'A DHS spokesperson said Pittsburgh "has decided that a permit clerk\'s comfort matters more than a victim\'s '
    'safety."',
    'ICE\'s Saint Paul field office said Sioux Falls leaders "care more about headlines than about the victims of '
    'crime."',
])
def test_a_federal_charge_that_a_city_puts_something_above_safety_is_criticism(sentence):
    assert of_type(sentence, "federal_criticism")


def test_the_topic_of_rules_to_be_revisited_is_no_help():
    text = ("Greenville Mayor Marguerite Salcedo-Vance said the city would revisit its police department's rules on "
            "helping federal agents only if ICE began making arrests at schools or churches.")
    assert not of_type(text, "assist_ice")


def test_a_practice_given_to_ice_then_stopped_limits_cooperation():
    text = ("The Sedgwick County jail e-mailed ICE a daily booking list until 2025. The jail stopped sending the daily "
            "lists in June 2025.")
    assert [r for r in of_type(text, "bar_local_cooperation") if r["evidence"].startswith("The jail stopped")]


def test_something_else_stopped_after_ice_is_named_is_no_limit():
    text = ("The Sedgwick County jail e-mailed ICE a daily booking list until 2025. The county stopped printing its "
            "newsletter in June 2025.")
    assert not of_type(text, "bar_local_cooperation")


def test_ice_turning_a_jail_into_a_warehouse_is_condemned():
    text = ('"ICE has turned our jail into a warehouse for people who have not been charged with anything," Polk '
            "County Supervisor Ann Vale said.")
    assert of_type(text, "condemn_federal_action")


def test_suspending_officials_who_limit_cooperation_stops_no_help():
    text = ("House Bill 911, which took effect July 1, 2026, requires every state law enforcement agency to maintain a "
            "287(g) agreement and lets the Governor suspend local officials who adopt policies limiting cooperation "
            "with ICE.")
    got = [r["action_type"] for r in rows(text)]
    assert "expand_cooperation" in got and "bar_local_cooperation" not in got


def test_a_citys_own_leaders_named_with_its_are_not_ice():
    text = ('On October 14, a DHS spokesperson said that "Waukegan\'s school board and its mayor have chosen to shield '
            'criminal aliens over protecting children."')
    got = [r["action_type"] for r in rows(text)]
    assert "federal_criticism" in got and "restrict_enforcement_sites" not in got


@pytest.mark.parametrize("sentence", [
    "Cedar Rapids council member Ann Vale said she filed an ordinance on Tuesday that would stop city officers from "
    "driving anyone to the county jail solely on an ICE detainer.",
    "In 2017 Boise Mayor Gideon Ash signed Executive Order 17-02, which stops Boise officers from asking about "
    "immigration status.",
])
def test_stopping_officers_from_helping_is_still_a_limit(sentence):
    got = [r["action_type"] for r in rows(sentence)]
    assert "bar_local_cooperation" in got and "assist_ice" not in got


@pytest.mark.parametrize("sentence", [
    "Missouri Attorney General Ann Vale sent a letter warning that her office will sue unless the Kansas City board "
    "rescinds the policy.",
    "The Missouri attorney general warned the city of Columbia that the state would take it to court.",
])
def test_a_state_warning_it_will_sue_a_city_over_its_policy_expands_cooperation(sentence):
    got = [(r["status"], r["jurisdiction"]) for r in of_type(sentence, "expand_cooperation")]
    assert got and all(status == "threatened" and jur == "us-mo" for status, jur in got)


def test_a_city_warning_ice_it_will_go_to_court_is_no_state_enforcement():
    assert not of_type("Columbia Mayor Ann Vale warned ICE that the city would take the agency to court over the raids.",
                       "expand_cooperation")
