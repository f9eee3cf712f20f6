"""Rules tuned after the forty-first stop's batches of official texts (fx1181-fx1196): what probation staff may not
tell ICE, ICE interviews a department will not arrange, a memo a department issued (no court's), limits an
ordinance would apply again, a state department whose name holds "Justice Department", what a bulletin does, an
approved contract amendment that bars help, vehicles stored for ICE, a state's name that is a city of the text's own
state, a secretary of state in a text about voting, and units a dispatcher sends.

Every sentence is invented for these tests (real US places, made-up people, offices and laws).
"""
import pytest
from action_helpers import of_type as _of_type, rows

from analysis.extract import run
from analysis.extract.base import parse_text

pytestmark = pytest.mark.usefixtures("rules_only")


def _tables(text):
    return run.extract_document(parse_text(text, doc_id="t"))


_PROBATION = ("MEMORANDUM\nLane County Department of Probation, Eugene, Oregon\nApril 3, 2028\n\n"
              "Lane County adopted Ordinance No. 4-28 on March 21, 2028.\n\n")


@pytest.mark.parametrize("rule", [
    "Effective today, staff may not tell ICE the date, time or place of any probationer's appointment.",
    "Staff may not arrange, permit or attend an ICE interview of a probationer in any department office.",
])
def test_what_probation_staff_may_not_tell_or_arrange_for_ice_limits_cooperation(rule):
    got = [r for r in _of_type(_PROBATION + rule, "bar_local_cooperation") if r["evidence"].startswith(rule[:20])]
    assert got and {(r["status"], r["jurisdiction"]) for r in got} == {("enacted", "us-or-lane-county")}, rows(
        _PROBATION + rule)


def test_a_department_conducting_its_own_interviews_is_no_limit():
    text = _PROBATION + "Probation officers conduct an interview of every probationer each month."
    assert not _of_type(text, "bar_local_cooperation")[1:], rows(text)


def test_a_memo_a_department_issued_is_no_court_act_and_what_it_bars_is_coded():
    text = _PROBATION + ("The Conference has reviewed the memo that Lane County's probation department issued on Monday, "
                         "which bars probation staff from telling ICE when probationers report.")
    got = [r for r in _of_type(text, "bar_local_cooperation") if "telling ICE" in r["evidence"]]
    assert got and {r["jurisdiction"] for r in got} == {"us-or-lane-county"}, rows(text)
    assert not [r for r in rows(text) if r["action_type"] == "court_action"], rows(text)


def test_an_ordinance_that_would_apply_the_same_limits_elsewhere_is_proposed_there():
    text = _PROBATION + ("Staff may not tell ICE the date of any probationer's appointment. "
                         "On March 27, Eugene City Councilor Octavia Brightwater-Lindahl introduced an ordinance that "
                         "would apply the same limits to the city's municipal court probation program.")
    got = [r for r in _of_type(text, "bar_local_cooperation") if "same limits" in r["evidence"]]
    assert [(r["status"], r["jurisdiction"]) for r in got] == [("proposed", "us-or-eugene")], rows(text)


_BULLETIN = ("Nueces County Juvenile Detention Center\nCorpus Christi, Texas\nFebruary 10, 2028\n\n"
             "On January 24, 2028, the Texas Juvenile Justice Department (TJJD) issued Guidance Bulletin 2028-02, which "
             "bars county detention facilities from holding a youth under juvenile jurisdiction on an ICE detainer. "
             "The bulletin also requires facilities to honor ICE detainers for certified youths.")


def test_a_state_department_whose_name_holds_justice_department_is_the_states():
    orgs = {o["name"]: (o["kind"], o["level"]) for o in _tables(_BULLETIN)["org_mentions"]}
    assert orgs.get("Texas Juvenile Justice Department") == ("state_agency", "state"), orgs
    assert "Department of Justice" not in orgs, orgs


def test_the_justice_department_alone_is_still_federal():
    text = "On Tuesday the U.S. Justice Department sued Denver over its sanctuary ordinance."
    orgs = {o["name"]: o["level"] for o in _tables(text)["org_mentions"]}
    assert orgs.get("Department of Justice") == "federal", orgs


def test_what_a_state_bulletin_bars_and_requires_is_the_states_act():
    got = {(r["action_type"], r["jurisdiction"]) for r in rows(_BULLETIN)}
    assert ("bar_local_cooperation", "us-tx") in got and ("expand_cooperation", "us-tx") in got, rows(_BULLETIN)


_TOWING = ("CITY OF OSHKOSH\nDepartment of Public Works\nOshkosh, Wisconsin\nSeptember 17, 2027\n\n")


def test_an_approved_contract_amendment_that_bars_help_to_ice_is_that_bar_not_an_agreement_kept():
    text = _TOWING + ("The City's towing contractor towed 37 vehicles for ICE under its contract with the City. "
                      "On August 10, 2027, the Common Council voted 5-2 to approve Amendment No. 3, which bars the "
                      "contractor from using the City impound lot or City rotation calls for any ICE tow.")
    got = {r["action_type"] for r in rows(text)}
    assert "bar_local_cooperation" in got and "keep_formal_agreement" not in got, rows(text)


def test_an_approved_renewal_of_an_ice_agreement_is_still_kept():
    text = _TOWING + ("On August 10, 2027, the Winnebago County Board voted 5-2 to approve the renewal of its "
                      "intergovernmental service agreement with ICE through 2030.")
    assert _of_type(text, "keep_formal_agreement"), rows(text)


@pytest.mark.parametrize("sentence, place", [
    ("According to the contractor, the Winnebago County Sheriff's Office also stores vehicles for ICE at its own lot "
     "in Oshkosh.", "us-wi-winnebago-county"),
    ("On September 7, 2027, the Neenah Common Council voted to let its towing contractor keep storing ICE vehicles at "
     "the city's public works yard.", "us-wi-neenah"),
])
def test_vehicles_stored_or_towed_for_ice_are_help_to_ice(sentence, place):
    got = _of_type(_TOWING + sentence, "assist_ice")
    assert got and {r["jurisdiction"] for r in got} == {place}, rows(_TOWING + sentence)


def test_vehicles_towed_for_a_resident_are_no_help_to_ice():
    text = _TOWING + "The contractor towed 37 vehicles for the City's street-sweeping program in July."
    assert not _of_type(text, "assist_ice"), rows(text)


_ELECTIONS = ("KENT COUNTY ELECTIONS OFFICE\nGrand Rapids, Michigan\nNovember 2, 2028\n\n"
              "On Monday, poll workers at a Grand Rapids early voting site reported ICE officers parked across the "
              "street. At Wyoming City Hall, poll workers reported that ICE officers stopped two voters leaving the "
              "site. DHS said the officers in Grand Rapids and Wyoming were carrying out a targeted operation. On Tuesday, Secretary of State Adaeze Kowalczyk-Braddock issued a directive on voting sites. "
              "\"What ICE did outside two Kent County voting sites was voter intimidation, and I condemn it,\" the "
              "Secretary said. Secretary Kowalczyk-Braddock also wrote to DHS.\n")


def test_a_states_name_that_is_a_city_of_the_texts_own_state_is_that_city():
    places = {p["text"]: p["jurisdiction_id"] for p in _tables(_ELECTIONS)["place_mentions"]}
    assert places.get("Wyoming") == "us-mi-wyoming", places


def test_a_state_named_as_a_state_stays_the_state():
    text = ("Grand Rapids, Michigan\n\nKent County deputies helped ICE on Monday. The governor of Wyoming sent "
            "troopers to Cheyenne the same week.")
    places = {p["text"]: p["jurisdiction_id"] for p in _tables(text)["place_mentions"]}
    assert places.get("Wyoming") == "us-wy", places


def test_a_secretary_of_state_in_a_text_about_voting_is_the_states_and_so_is_the_bare_title():
    t = _tables(_ELECTIONS)
    levels = {(p["name"], p["level"]) for p in t["people_mentions"]}
    assert levels == {("Adaeze Kowalczyk-Braddock", "state")}, levels
    said = [r for r in t["actions"] if "the Secretary said" in r["evidence"]]
    assert said and {r["action_type"] for r in said} == {"condemn_federal_action"}, t["actions"]


def test_a_secretary_of_state_on_visas_stays_federal():
    text = ("Secretary of State Marco Ellesmere-Vance said the State Department will suspend visas for nationals of "
            "countries that refuse deportation flights.")
    levels = {p["level"] for p in _tables(text)["people_mentions"]}
    assert levels == {"federal"}, levels


def test_a_unit_a_dispatcher_sends_to_direct_traffic_for_ice_is_no_federal_deployment():
    text = ("PROVIDENCE EMERGENCY COMMUNICATIONS CENTER\nProvidence, Rhode Island\nApril 12, 2028\n\nOn February 16, at "
            "the request of an ICE supervisor, a dispatcher sent a patrol unit to direct traffic around ICE vehicles on "
            "Manton Avenue.")
    assert not _of_type(text, "federal_deployment"), rows(text)


def test_agents_a_federal_agency_sends_are_still_a_deployment():
    text = "On Monday, DHS sent 200 Border Patrol agents to Chicago to support ICE arrests."
    assert _of_type(text, "federal_deployment"), rows(text)


def test_a_governors_refusal_to_send_guard_members_to_another_states_cities_is_one_act_of_her_state():
    text = ("STATE OF ILLINOIS\nOFFICE OF THE GOVERNOR\nSpringfield, Illinois\nAugust 16, 2027\n\nDear Governor "
            "Wolcott-Nkemelu:\n\nOn Thursday I received your request under the Emergency Management Assistance "
            "Compact. ICE launched Operation Cornbelt Sentinel in Indianapolis on July 19 and extended it to Fort Wayne "
            "on August 2. After consulting the Adjutant General, I am declining your request for 400 members of the "
            "Illinois National Guard to support ICE's Operation Cornbelt Sentinel in Indianapolis and Fort Wayne.\n\n"
            "Sincerely,\nRosalind Greenhalgh-Ibarrola\nGovernor of Illinois\n")
    got = [r for r in rows(text) if "declining" in r["evidence"]]
    assert [r["jurisdiction"] for r in got] == ["us-il"], rows(text)


def test_a_bill_a_lawmaker_filed_is_the_states_proposal_not_her_hometowns():
    text = ("SPRINGFIELD - State Senator Marguerite Ravensworth-Mbatha (D-Peoria) on Wednesday filed Senate Bill 3117, "
            "the Guard Homefront Act, which would bar the Illinois National Guard from supporting civil immigration "
            "enforcement in any state.")
    got = _of_type(text, "bar_local_cooperation")
    assert [(r["status"], r["jurisdiction"]) for r in got] == [("proposed", "us-il")], rows(text)


_WILDLIFE = ("IDAHO DEPARTMENT OF WILDLIFE STEWARDSHIP\nBoise, Idaho\nNovember 18, 2027\n\n"
             "On September 14, 2027, ICE ran a vehicle checkpoint on U.S. Highway 93 near Twin Falls. ")


def test_officers_who_waved_vehicles_into_an_ice_lane_helped_ice():
    text = _WILDLIFE + ("Three Department conservation officers, who were checking fishing licenses nearby, waved "
                        "northbound vehicles into the ICE inspection lane for about four hours.")
    assert [r["jurisdiction"] for r in _of_type(text, "assist_ice")] == ["us-id"], rows(text)


@pytest.mark.parametrize("sentence", [
    "None of the officers asked a driver about immigration status or made an arrest.",
    "The Department would never assign its officers to screen motorists for immigration status.",
])
def test_a_fact_of_one_day_or_a_hypothetical_is_no_limit_adopted(sentence):
    assert not _of_type(_WILDLIFE + sentence, "bar_local_cooperation"), rows(_WILDLIFE + sentence)


def test_a_rule_that_officers_shall_not_ask_about_status_is_still_a_limit():
    text = _WILDLIFE + "Under the directive, officers shall not ask a driver about immigration status."
    assert _of_type(text, "bar_local_cooperation"), rows(text)


def test_what_a_federal_letter_asks_a_state_to_rescind_is_asked_not_done():
    text = _WILDLIFE + ("On Monday, the ICE field office director wrote asking the Department to rescind the directive "
                        "by December 1, 2027.")
    got = {r["action_type"] for r in rows(text)}
    assert "federal_ultimatum" in got and "end_formal_agreement" not in got, rows(text)


def test_a_quarterly_report_sent_to_a_committee_of_requests_from_ice_is_a_reporting_duty():
    text = _WILDLIFE + ("Beginning in January 2028, the Department will send this Committee a quarterly report of every "
                        "request for assistance it receives from ICE.")
    got = _of_type(text, "records_request")
    assert [(r["status"], r["jurisdiction"]) for r in got] == [("announced", "us-id")], rows(text)


def test_declining_to_say_is_no_refusal_to_cooperate():
    text = ("She praised the Weld County clerk for sharing records with ICE. She declined to say whether ICE has "
            "sought similar records from other states.")
    assert not [r for r in rows(text) if "declined to say" in r["evidence"]], rows(text)


def test_records_a_summary_was_prepared_from_are_no_records_request():
    text = "Fact check: the sheriff renewed the 287(g) agreement in 2027. Prepared by the league's research committee from public records."
    assert not _of_type(text, "records_request"), rows(text)


def test_a_lawmakers_hometown_is_not_where_the_bill_she_described_acts():
    text = ("DENVER - Representative Ignatius Brackwell-Sorensen (R-Greeley) described House Bill 28-1162, which he "
            "introduced on March 2, 2028, and which would require every Colorado county clerk to honor ICE detainers.")
    got = [r for r in rows(text) if "28-1162" in r["evidence"]]
    assert got and {r["jurisdiction"] for r in got} == {"us-co"}, got


def test_a_name_a_sponsor_gives_a_bill_is_no_act():
    text = ("In February, State Representative Bartholomew Quennell-Diaz introduced House Bill 301, which would require "
            "every Ohio sheriff to honor ICE detainers. Its sponsor has called it \"the end of pick-and-choose law "
            "enforcement in Ohio.\"")
    assert not [r for r in rows(text) if "sponsor has called" in r["evidence"]], rows(text)


def test_what_neither_clause_of_a_rule_does_is_no_restriction():
    text = ("On August 3, 2027, the Board of Commissioners approved Amendment No. 4, which bars ICE officers from "
            "entering any county-funded shelter without a judicial warrant. Neither clause bars ICE from any public "
            "street or park.")
    assert not [r for r in rows(text) if r["evidence"].startswith("Neither")], rows(text)


def test_an_operation_named_by_what_an_agency_calls_it_is_still_an_operation():
    text = "From September 13 to 17, 2027, ICE ran what it calls Operation Cold Creek in Denver and Aurora."
    got = {r["target_jurisdiction"] for r in _of_type(text, "federal_enforcement_operation")}
    assert got == {"us-co-denver", "us-co-aurora"}, rows(text)


def test_a_city_manager_directed_to_end_an_agreement_ends_it():
    text = ("RESOLUTION NO. 26-114 of the City of Las Cruces, New Mexico. NOW, THEREFORE, BE IT RESOLVED: THAT the "
            "City Manager is directed to terminate the intergovernmental agreement with ICE by April 30, 2026.")
    assert _of_type(text, "end_formal_agreement"), rows(text)


def test_a_letter_sent_to_a_mayor_is_no_duty_to_report():
    text = ("On Monday I sent Mayor Okonkwo-Lindgren of Houston a letter demanding every detainer file the Houston "
            "police have received from ICE since 2025.")
    assert not [r for r in _of_type(text, "records_request") if r["rule"] == "publish_request_counts"], rows(text)
