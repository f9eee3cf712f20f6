"""Rules tuned in the fifty-third stop, from the batch fx1477-fx1484: a rule against agreements with ICE ("No agency
may enter into ... an agreement under Section 287(g)"), a second clause with a subject of its own after a bar, a name's
closing parenthesis the parse hung elsewhere ("287(g) Memorandum"), a grant's cancellation sought, a committee's
recommendation and a bill sent on to the other chamber (dated by the journal), a bar whose "from" the parse hung on the
verb before it, people reported to ICE, letters carrying the same demand to other cities, and a county's chief judge.

Every sentence is invented for these tests (real US places, made-up people, offices and laws).
"""
import pandas as pd
import pytest
from action_helpers import dated_rows, of_type, places_of, rows, type_places

from analysis.extract import run

pytestmark = pytest.mark.usefixtures("rules_only")


# ------------------------------------------------------------------ rules against agreements

def test_no_agency_may_enter_an_agreement_is_a_bar_not_an_agreement():
    text = "3.2 No agency may enter into, renew or carry out an agreement under Section 287(g) of the Act."
    assert of_type(text, "bar_local_cooperation"), type_places(text)
    assert not of_type(text, "enter_formal_agreement"), type_places(text)


def test_agencies_may_not_sign_agreements_is_a_bar():
    text = "Under the Oregon law, sheriffs may not sign 287(g) agreements with ICE."
    assert of_type(text, "bar_local_cooperation"), type_places(text)


@pytest.mark.parametrize("text", [
    "The sheriff said he will not renew the 287(g) agreement.",
    "Linn County did not sign a 287(g) agreement in 2027.",
])
def test_an_agreement_not_made_is_no_bar(text):
    assert not of_type(text, "bar_local_cooperation"), type_places(text)


# ------------------------------------------------------------------ clauses and parses

def test_a_second_clause_with_its_own_subject_is_its_own_act():
    text = ("The ordinance bars civil immigration arrests inside city libraries, and city employees may not lend "
            "vehicles or staff to any civil immigration operation.")
    got = {r["action_type"] for r in rows(text)}
    assert {"restrict_enforcement_sites", "bar_local_cooperation"} <= got, type_places(text)


def test_a_penalty_clause_of_the_same_law_is_no_second_row():
    text = ("Georgia law has barred cities and counties from adopting sanctuary policies since 2019, and violators can "
            "lose state road funds.")
    assert len(of_type(text, "expand_cooperation")) == 1, type_places(text)


def test_a_287g_name_whose_parenthesis_the_parse_hung_elsewhere():
    text = "The Board hereby withdraws as a party to the 287(g) Memorandum of Agreement effective July 1, 2028."
    assert of_type(text, "end_formal_agreement"), type_places(text)


def test_a_bar_whose_from_the_parse_hung_on_the_signing_verb():
    text = ("On Monday evening, Asheville Mayor Corinna Baptiste-Vollmer signed a directive barring city police from "
            "helping with immigration arrests and closing city parks and parking lots to ICE staging areas.")
    got = {r["action_type"] for r in rows(text)}
    assert {"bar_local_cooperation", "restrict_enforcement_sites"} <= got, type_places(text)


# ------------------------------------------------------------------ help and pressure

def test_people_reported_to_ice_are_help():
    assert of_type("Under the 2012 policy, officers report every arrestee born abroad to ICE.", "assist_ice")
    assert of_type("Deputies referred 14 people to immigration authorities last year.", "assist_ice")


@pytest.mark.parametrize("text", [
    "The sheriff will report the number of detainers to the county board.",
    "Officers shall not report any crime victim to ICE.",
])
def test_a_count_reported_or_a_ban_on_reporting_is_no_help(text):
    assert not of_type(text, "assist_ice"), type_places(text)


def test_a_grants_cancellation_sought_is_withheld_funding():
    text = ("EAU CLAIRE, Wis. - The letter arrived on Monday. It warned that ICE would seek cancellation of a federal "
            "grant to Eau Claire County unless the county honors detainers by May 1.")
    assert "us-wi-eau-claire-county" in places_of(text, "withhold_funding"), type_places(text)


def test_letters_with_the_same_demand_go_to_each_city_named():
    text = ("U.S. DEPARTMENT OF JUSTICE\n\n"
            "The Department has found that Ordinance 28-9 of the City of Eau Claire, Wisconsin, may violate federal "
            "law. The Department asks the City to repeal Section 2 of the ordinance by May 1, 2028. Letters with the "
            "same request and deadline are going out today to the cities of La Crosse and Wausau.")
    got = places_of(text, "federal_ultimatum", "Letters")
    assert {"us-wi-la-crosse", "us-wi-wausau"} <= got, type_places(text)


# ------------------------------------------------------------------ bills

JOURNAL = ("STATE OF NEW HAMPSHIRE\n"
           "HOUSE OF REPRESENTATIVES\n\n"
           "HB 1290-FN, relative to detainers at county jails.\n\n"
           "The committee voted 12-8 on February 9 to recommend the bill with an amendment. As amended, the bill "
           "would require every county jail to hold a person named in an ICE detainer for up to 48 hours.\n\n"
           "The motion prevailed, and HB 1290-FN, as amended, was read a third time, passed and sent to the Senate "
           "for concurrence.")


def test_a_committees_recommendation_is_a_step_of_the_bill():
    got = [r for r in dated_rows(JOURNAL, "2028-02-23") if r["rule"] == "bill_step" and "recommend" in r["evidence"]]
    assert got and got[0]["action_type"] == "expand_cooperation" and got[0]["status"] == "proposed", got
    assert got[0]["date"] == "2028-02-09", got


def test_a_bill_sent_to_the_other_chamber_is_a_step_dated_by_the_journal():
    got = [r for r in dated_rows(JOURNAL, "2028-02-23") if r["rule"] == "bill_step" and "Senate" in r["evidence"]]
    assert got and got[0]["status"] == "proposed" and got[0]["jurisdiction"] == "us-nh", got
    assert got[0]["date"] == "2028-02-23" and got[0]["date_source"] == "document", got


# ------------------------------------------------------------------ people

def test_a_countys_chief_judge_acts_for_the_county():
    text = ("GRAND RAPIDS, Mich. - Kent County Chief Judge Marisol Ferreira-Lind issued an administrative order on "
            "Monday barring civil immigration arrests in the courthouse.")
    got = [r for r in rows(text) if "Ferreira-Lind" in str(r["actor"])]
    assert got and all(r["jurisdiction"] == "us-mi-kent-county" for r in got), type_places(text)


def test_the_same_official_in_the_same_state_still_takes_the_officials_place():
    actions = pd.DataFrame(dict(actor=["X"], actor_level=["county"], action_type=["bar_local_cooperation"],
                                jurisdiction=["us-va-woodstock"]))
    people = pd.DataFrame(dict(name=["X"], jurisdiction=["us-va-shenandoah-county"], level=["county"]))
    run._actor_places(actions, people)
    assert actions.loc[0, "jurisdiction"] == "us-va-shenandoah-county"


# ------------------------------------------------------------------ from the second batch (fx1485-fx1492)

@pytest.mark.parametrize("text", [
    "On May 2, 2027, the Board voted 5 to 4 to adopt Resolution No. 27-61, which directs the Sheriff not to renew "
    "the 287(g) agreement when it expires on June 30, 2027.",
    "Nor does it bar Oregon State Police troopers from joining federal task forces on drug or gun cases.",
    "Congress may regulate immigration; it may not order a county's jailers to carry out a federal program.",
])
def test_no_rule_against_agreements_where_none_is_laid_down(text):
    assert not [r for r in rows(text) if r["rule"] == "no_agreements"], type_places(text)


@pytest.mark.parametrize("text", [
    "Section 5 voids any agreement under Section 287(g) signed after October 1, 2027.",
    "A 287(g) agreement signed by the Sheriff would be void under the Act.",
])
def test_an_agreement_a_law_voids_is_none_made(text):
    assert not of_type(text, "enter_formal_agreement"), type_places(text)


def test_a_transfer_reported_is_a_count_not_a_person_given_to_ice():
    text = "On Tuesday, the County Commission voted 2-1 to require the Sheriff to report every transfer to ICE custody."
    assert not of_type(text, "assist_ice"), type_places(text)


def test_the_practice_ended_is_the_help_just_told():
    text = ("LANE COUNTY, Ore. - In 2026 the Lane County jail sent ICE a daily list of foreign-born inmates. Sheriff "
            "Odalys Brenner-Quist halted that practice in June.")
    got = [r for r in of_type(text, "bar_local_cooperation") if "halted" in r["evidence"]]
    assert got and got[0]["jurisdiction"] == "us-or-lane-county", type_places(text)


def test_a_limit_reversed_is_help_restored():
    text = ("SALEM, Ore. - Since 2019 Marion County deputies have refused to hold anyone on an ICE detainer. Sheriff "
            "Odalys Brenner-Quist reversed that practice in January.")
    assert [r for r in of_type(text, "assist_ice") if "reversed" in r["evidence"]], type_places(text)


def test_the_practice_of_a_federal_agency_is_not_ended_by_a_local_one():
    text = "ICE arrested nine people outside the courthouse in Salem. The sheriff ended the practice of escorts."
    assert not [r for r in rows(text) if r["rule"] == "ended_practice"], type_places(text)


def test_the_department_after_a_police_department_is_that_department():
    text = ("CORVALLIS, Ore. - Section 2 would direct the Police Department not to honor ICE detainers.\n\n"
            "According to the chief, the Department stopped honoring civil detainers in 2019.\n\n"
            "The Department of Homeland Security wrote to the city on March 1.")
    got = [r for r in of_type(text, "bar_local_cooperation") if "2019" in r["evidence"]]
    assert got and got[0]["jurisdiction"] == "us-or-corvallis" and got[0]["actor_level"] != "federal", \
        type_places(text)


def test_a_representative_in_a_state_legislatures_own_text_is_the_states():
    text = ("SOUTH CAROLINA REVENUE AND FISCAL AFFAIRS OFFICE\n"
            "FISCAL IMPACT STATEMENT\n\n"
            "H. 4512, sponsored by Representative Ottoline Marsh-Adebayo, would require every sheriff to request a "
            "287(g) agreement with ICE by December 31, 2028.\n\n"
            "Congress has not acted on a similar federal bill.")
    assert of_type(text, "expand_cooperation"), type_places(text)
    assert not of_type(text, "federal_ultimatum"), type_places(text)


def test_a_school_district_named_for_a_region_is_its_address_lines_town():
    from analysis.extract.places import letterhead_place
    text = ("NORTH BEAVERTON SCHOOL DISTRICT\nOffice of the Superintendent\n4100 SW Main Street, Tigard, Oregon 97223\n\n"
            "Dear families,\n\nStaff shall not admit an immigration officer to a classroom without a judicial warrant.")
    assert letterhead_place(text, []) == "us-or-tigard"


def test_a_school_district_named_for_its_town_is_still_that_town():
    from analysis.extract.places import letterhead_place
    text = ("BEAVERTON SCHOOL DISTRICT\nOffice of the Superintendent\n1260 NW Waterhouse Avenue, Beaverton, Oregon "
            "97006\n\nDear families.")
    assert letterhead_place(text, []) == "us-or-beaverton"
