"""Rules tuned on the batch fx549-fx556 (a legislative fiscal note, a sheriff's Facebook post with replies, an appeals
court's syllabus, a city manager's memo on an ICE subpoena, an editorial on a ballot measure, a year-in-review list,
a state auditor's report, a gubernatorial debate transcript): a survey's numbered place items, a letterhead's small
city, a mandate on every jail in a bill summary, a possessive place before a council, idioms of signing and of
switching off access, and a judge's freeze.

Every sentence is invented for these tests (real US places, made-up people, laws and offices).
"""
import pytest
from action_helpers import rows, types

from analysis.extract import run
from analysis.extract.base import parse_text

pytestmark = pytest.mark.usefixtures("rules_only")


def _rows_of(text, atype):
    return [r for r in rows(text) if r["action_type"] == atype]


@pytest.mark.parametrize("sentence", [
    "On February 3, 2026, then-Chief Desmond Achterberg put his name to a memorandum of understanding with ICE.",
    "Sheriff Dale Brackhurst of Rowan County put his signature on a 287(g) task force agreement on Monday.",
])
def test_putting_ones_name_or_signature_to_an_agreement_is_signing_it(sentence):
    assert "enter_formal_agreement" in types("TACOMA, Wash. \u2014 " + sentence)


def test_posting_ice_access_data_is_a_records_commitment():
    text = "LEESBURG, Va. \u2014 The board directed staff to post ICE access data online each quarter."
    assert "records_request" in types(text)


SURVEY = """HOUSE APPROPRIATIONS COMMITTEE

III. CURRENT LOCAL PRACTICE (STAFF SURVEY)

In March, staff surveyed all 67 counties; 49 responded. Lancaster County answered first.

1. Lancaster County. The county executed a jail enforcement model agreement in May 2025.

2. York County. The Prison Board renewed its agreement to house ICE detainees in January.

3. Montgomery County. The county let its contract to transport ICE detainees lapse on December 31, 2026.

IV. FEDERAL FUNDS AT RISK

Lancaster County officials were not asked about federal grants.
"""


def test_a_surveys_numbered_place_items_place_the_sentences_of_each_item():
    got = {r["action_type"]: r["jurisdiction"] for r in rows(SURVEY)}
    assert got.get("keep_formal_agreement") == "us-pa-york-county", got
    assert got.get("end_formal_agreement") == "us-pa-montgomery-county", got


def test_a_place_before_a_council_outranks_the_documents_city():
    text = ("PHILADELPHIA \u2014 Philadelphia officials said the city remains a sanctuary.\n\n"
            "Pittsburgh's City Council reaffirmed the city's welcoming-city ordinance last month on a 7-2 vote.")
    got = [r for r in rows(text) if "Pittsburgh" in r["evidence"]]
    assert got and {r["jurisdiction"] for r in got} == {"us-pa-pittsburgh"}, got


FISCAL_NOTE = """PENNSYLVANIA HOUSE OF REPRESENTATIVES

FISCAL NOTE AND LOCAL GOVERNMENT IMPACT STATEMENT

BILL NO.: House Bill 1877
DATE: April 15, 2027

Section 2 (Detainer Compliance). Every county correctional facility must hold a person named in an ICE detainer for up to 48 hours past release and notify ICE beforehand.

Section 4 (Prohibited Policies). No county or municipality may adopt or keep a policy restricting immigration-status information sharing with federal authorities.
"""


def test_a_fiscal_notes_mandate_on_every_jail_is_the_states_proposed_expansion():
    got = rows(FISCAL_NOTE)
    assert {(r["action_type"], r["status"]) for r in got} == {("expand_cooperation", "proposed")}, got
    assert {r["jurisdiction"] for r in got} == {"us-pa"}, got


LETTERHEAD = """CITY OF BELLINGHAM
Office of the City Manager

MEMORANDUM

DATE: May 19, 2027

ICE served a subpoena on the Everett Police Department in March. Everett has asked a court to review it.

Everett officials said the request was improper. Everett's council met on Tuesday.

In a May 10 statement, the Mayor condemned the subpoena as "a fishing expedition through our neighbors' records."
"""


def test_a_letterheads_small_city_is_the_place_of_its_unnamed_mayor():
    got = _rows_of(LETTERHEAD, "condemn_federal_action")
    assert got and {r["jurisdiction"] for r in got} == {"us-wa-bellingham"}, got


def test_a_records_request_lodged_with_ice_is_no_help_to_ice():
    text = ("DAYTON, Ohio \u2014 On Monday, the City Attorney's office lodged a Freedom of Information Act request "
            "with ICE for the case files behind each of the 41 names.")
    assert types(text) == ["records_request"]


def test_a_mayor_named_with_his_city_after_the_name_is_that_citys():
    text = ("Broadcast live from the studios in Denver, Thursday, October 15, 2026\n"
            "Candidates: Mayor Wade Sorensen-Lyle of Colorado Springs (Republican)\n\n"
            "Denver asked for this, Sorensen-Lyle said.")
    people = run.extract_document(parse_text(text, doc_id="t"))["people_mentions"]
    mayor = [p for p in people if p["name"] == "Wade Sorensen-Lyle"]
    assert mayor and {p["jurisdiction"] for p in mayor} == {"us-co-colorado-springs"}, mayor


@pytest.mark.parametrize("sentence", [
    "The department switched off ICE's automated access on January 11, 2027.",
    "She directed the police department to shut off every federal login.",
])
def test_switching_off_ices_access_is_a_limit(sentence):
    assert "bar_local_cooperation" in types("HARTFORD, Conn. \u2014 " + sentence)


@pytest.mark.parametrize("sentence", ["The city cut its budget for the jail.", "The council turned to ICE for help."])
def test_a_cut_or_a_turn_without_off_or_over_is_no_act(sentence):
    assert not types("HARTFORD, Conn. \u2014 " + sentence)


def test_turning_people_over_and_answering_queries_are_help():
    for sentence in ["Since January, the Department of Corrections has turned 412 inmates over to ICE.",
                     "The department answered every one of the 4,812 ICE queries."]:
        assert "assist_ice" in types("OKLAHOMA CITY \u2014 " + sentence), sentence


def test_asking_a_court_to_quash_a_subpoena_is_a_suit():
    text = ("EVERETT, Wash. \u2014 ICE served a subpoena on the Everett Police Department in March. "
            "Everett has asked the federal court in Seattle to quash it.")
    got = types(text)
    assert "target_local_officials" in got and "sue_federal_government" in got, got


def test_a_judge_freezing_grant_conditions_rules_and_cuts_nothing():
    text = "MADISON, Wis. \u2014 In June, U.S. District Judge Alden Marchetti-Stroud froze those grant conditions statewide."
    got = types(text)
    assert "court_action" in got and "withhold_funding" not in got, got


def test_a_subaward_terminated_is_money_withheld():
    assert "withhold_funding" in types("DOVER, Del. \u2014 Newark's subaward from DHS was terminated on December 1, 2025.")


def test_an_official_labeling_a_council_is_no_ultimatum():
    text = ("MADISON, Wis. \u2014 Two days later ICE field office director Garrick Thorsby-Nwosu labeled the council "
            "a sanctuary for criminals.")
    assert "federal_ultimatum" not in types(text)


def test_agents_exempt_from_a_state_law_is_a_claim_of_immunity():
    text = "DENVER \u2014 Homeland Security now insists its agents are exempt from the state law."
    assert "immunity_claim" in types(text)


def test_a_justice_center_is_a_site():
    text = "WEST CHESTER, Pa. \u2014 In January 2027 the commissioners barred civil immigration arrests inside the Justice Center."
    assert "restrict_enforcement_sites" in types(text)


def test_a_law_the_ner_took_for_a_person_does_not_unplace_its_town():
    text = ("DOVER, Del. \u2014 Dover Ordinance No. 24-19 closes city parks to arrests.\n\n"
            "Delaware, Wilmington, Dover and Newark brought suit against DHS on January 12, 2026.")
    got = {r["jurisdiction"] for r in _rows_of(text, "sue_federal_government")}
    assert "us-de-dover" in got, got
