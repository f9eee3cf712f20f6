"""Rules tuned after the thirty-second stop: where a school district acts (its letterhead, its name), and
where a county's sheriff acts when a town's schools are named just before.

Every sentence is invented for these tests (real US places, made-up people, districts and offices).
"""
import pytest
from action_helpers import rows

from analysis.extract.places import letterhead_place

pytestmark = pytest.mark.usefixtures("rules_only")


def _places_of(text):
    return {r["jurisdiction"] for r in rows(text)}


def test_a_school_districts_policy_is_its_towns_from_the_address_under_its_invented_name():
    text = ("PRAIRIE LANTERN SCHOOL DISTRICT 41\nBoard of Education\n6700 West 26th Street, Berwyn, Illinois 60402\n\n"
            "BOARD POLICY 7:41\n\n1. No employee shall admit an immigration officer to a classroom unless the officer "
            "presents a warrant signed by a judge.\n2. Staff shall follow the guidance of Cook County and of the Cook County "
            "Regional Office of Education on visitors.\n")
    assert {r["jurisdiction"] for r in rows(text) if r["action_type"] == "restrict_enforcement_sites"} \
        == {"us-il-berwyn"}


def test_a_school_districts_policy_is_the_town_in_its_name_in_the_texts_state():
    text = ("GREATER MARSHALLTOWN COMMUNITY SCHOOL DISTRICT\nBoard of Directors\n\nPOLICY UPDATE\n\n"
            "Employees shall not ask about or record the immigration status of any student. The Iowa Department of "
            "Education has reviewed the policy.\n")
    assert {r["jurisdiction"] for r in rows(text) if r["action_type"] == "bar_local_cooperation"} \
        == {"us-ia-marshalltown"}


def test_a_county_school_systems_letterhead_is_the_county():
    text = "FORSYTH COUNTY PUBLIC SCHOOLS\nOffice of the Superintendent\nCumming, Georgia\n\nMemo."
    assert letterhead_place(text, []) == "us-ga-forsyth-county"


def test_a_state_office_of_schools_is_no_school_district_letterhead():
    text = ("OREGON OFFICE OF PUBLIC SCHOOLS\nOffice of the Director\nSalem, Oregon 97301\n\nGuidance.")
    assert letterhead_place(text, []) != "us-or-salem"


def test_a_towns_public_schools_named_in_a_sentence_act_in_that_town():
    text = ("The Steele County Board met on Monday in Minnesota. Separately, Owatonna Public Schools adopted a rule in "
            "March that keeps immigration agents out of its classrooms without a judge's warrant.")
    got = {r["action_type"]: r["jurisdiction"] for r in rows(text)}
    assert got.get("restrict_enforcement_sites") == "us-mn-owatonna"


def test_a_sheriff_after_a_towns_school_district_is_still_the_countys():
    text = ("Lebanon County, Pennsylvania\n\nThe Lebanon School District board voted on March 20 to bar immigration "
            "agents from district buildings. Sheriff Orrin Vasquez-Tamberlane supported the jail contract in a letter "
            "on March 24, calling ICE \"a dependable partner to this county.\"")
    got = [r for r in rows(text) if r["action_type"] == "praise_enforcement"]
    assert got and {r["jurisdiction"] for r in got} == {"us-pa-lebanon-county"}


def test_a_public_university_systems_letterhead_is_its_state():
    text = ("HIGH DESERT STATE UNIVERSITY SYSTEM\nBOARD OF REGENTS\nReno, Nevada\n\nRESOLUTION 2028-03\n\n"
            "WHEREAS, ICE officers arrested a student on the Las Vegas campus; and\n\n"
            "1. University police officers shall not honor civil immigration detainers.\n")
    got = {r["jurisdiction"] for r in rows(text) if r["action_type"] == "bar_local_cooperation"}
    assert got == {"us-nv"}


def test_a_university_named_for_its_state_is_that_states():
    assert letterhead_place("THE UNIVERSITY OF OREGON\nFACULTY SENATE\n\nResolution.", []) == "us-or"


def test_a_student_newspaper_is_no_university_letterhead():
    assert letterhead_place("THE CANYON LEDGER\nStudent newspaper of Mesa Ridge State University\n\nNews.", []) is None


def test_clerks_in_a_countys_own_report_are_the_countys_not_a_city_clerks():
    text = ("FAIRFAX COUNTY, VIRGINIA\nOFFICE OF THE AUDITOR\n\nFinding 1. Between May and September 2027, two records "
            "clerks e-mailed the projected release dates of 12 inmates to an ICE officer.\n\n"
            "Finding 2. ICE officers arrested nine people in Fairfax County and in Herndon, according to ICE.\n")
    got = {r["jurisdiction"] for r in rows(text) if r["action_type"] == "assist_ice"}
    assert got == {"us-va-fairfax-county"}


def test_its_officers_after_a_city_police_department_are_still_not_the_letterheads():
    text = ("STATE OF MISSOURI\nOFFICE OF THE GOVERNOR\n\nICE arrested 14 people in Springfield on Monday. According to "
            "the Springfield Police Department, its officers directed traffic for ICE at two of the arrests.\n")
    got = {r["jurisdiction"] for r in rows(text) if r["action_type"] == "assist_ice"}
    assert "us-mo" not in got


# ---------------------------------------------------------------------------- tuned on fx989-fx996

def test_a_resolution_adopted_on_a_day_condemning_arrests_is_a_condemnation():
    text = ("The Racine City Council adopted a resolution on February 14 condemning arrests made at a bus stop outside a "
            "Racine elementary school.")
    assert "condemn_federal_action" in {r["action_type"] for r in rows(text)}


def test_ice_asking_justice_to_withhold_grant_funds_unless_a_law_changes_is_a_threat_not_a_deadline():
    text = ("ICE will ask the Department of Justice to withhold Byrne JAG grant funds from Oregon unless the "
            "Legislative Assembly amends the statute by June 1, 2028.")
    got = {(r["action_type"], r["status"]) for r in rows(text)}
    assert got == {("withhold_funding", "threatened")}


def test_a_federal_spokesperson_saying_a_city_shields_criminal_aliens_is_criticism():
    text = ("CITY OF HARRISONBURG, VIRGINIA\nSTAFF REPORT\n\nICE agents arrested six people in Harrisonburg last week. "
            "The following day, a Department of Homeland Security spokesperson said Harrisonburg had \"chosen to "
            "protect criminal aliens over its own residents.\"")
    got = [r for r in rows(text) if r["action_type"] == "federal_criticism"]
    assert got and got[0]["target_jurisdiction"] == "us-va-harrisonburg"


def test_a_letter_under_a_federal_letterhead_signed_by_an_unknown_director_is_the_departments():
    text = ("BOARD OF TRUSTEES\nRESOLUTION 2028-02\n\nThe Board adopted a policy on campus access.\n\n* * *\n\n"
            "U.S. DEPARTMENT OF HOMELAND SECURITY\nOffice of State and Local Coordination\n\nMarch 4, 2028\n\n"
            "Dear Chair Quillon-Abernathy:\n\nI ask that the Board rescind the policy by April 1, 2028, or explain in "
            "writing why it should not be listed as an uncooperative jurisdiction.\n\nBy contrast, I commend the Polk "
            "County Sheriff's Office for its steady partnership with ICE.\n\nSincerely,\n\nOctavian Brisbane-Lund\n"
            "Regional Director\n")
    got = {r["action_type"]: r["actor_level"] for r in rows(text)}
    assert got.get("federal_ultimatum") == "federal" and got.get("praise_enforcement") == "federal"


def test_a_letter_signed_by_a_known_official_is_still_not_read_from_a_federal_letterhead_above_a_separator():
    text = ("U.S. DEPARTMENT OF HOMELAND SECURITY\nNOTICE\n\nThe notice names six counties.\n\n* * *\n\n"
            "OFFICE OF THE MAYOR\n\nDear Secretary:\n\nI condemn the raids your agents carried out in Salem last week."
            "\n\nSincerely,\n\nMayor Rosalind Atherton-Quaye\n")
    got = {r["action_type"]: r["actor_level"] for r in rows(text)}
    assert got.get("condemn_federal_action") != "federal"


# ---------------------------------------------------------------------------- tuned on fx997-fx1004

def test_a_state_official_thanking_a_county_sheriff_for_honoring_detainers_praises_that_countys_help():
    text = ("Attorney General Rosalind Quarternain-Oyelowo said the ruling vindicated the law. She also thanked Black Hawk "
            "County Sheriff Barnaby Whitlock-Ansah for honoring every detainer ICE lodged while the case was pending.")
    got = [r for r in rows(text) if r["action_type"] == "praise_enforcement"]
    assert got and {r["jurisdiction"] for r in got} == {"us-ia-black-hawk-county"}


def test_a_governor_directing_the_state_patrol_to_give_ice_no_help_bars_that_help():
    text = ("On Tuesday night, Governor Philippa Ardmore-Nkemelu directed the Oregon State Police to give ICE no help "
            "with follow-up arrests.")
    assert "bar_local_cooperation" in {r["action_type"] for r in rows(text)}


def test_a_numbered_items_run_in_title_is_no_act_of_its_own():
    text = ("3. NOTABLE INCIDENTS\n\n3.1 Operation Juniper Gate. On June 8, 2027, ICE agents arrested 22 people in "
            "Spokane, according to DHS. No Spokane officer took part.\n")
    got = [r for r in rows(text) if r["action_type"] == "federal_enforcement_operation"]
    assert got and all("arrested" in r["evidence"] for r in got)


def test_publishing_a_monthly_count_of_logged_arrests_is_a_records_commitment_not_documentation():
    text = "Starting Friday, we will log every federal immigration arrest reported to us and publish the count each month."
    assert {r["action_type"] for r in rows(text)} == {"records_request"}


# ---------------------------------------------------------------------------- tuned on fx1005-fx1012

def test_coordinated_verbs_share_the_object_the_parse_hangs_on_the_last():
    text = "4.1 Officers shall not hold, transport or search any person for ICE on a civil warrant or detainer alone."
    assert "bar_local_cooperation" in {r["action_type"] for r in rows(text)}


def test_court_marshals_holding_no_one_for_ice_is_no_site_rule():
    text = ("Court marshals shall not detain, hold or transport any person on behalf of ICE, and shall not delay any "
            "person's release so that ICE may take custody.")
    got = {r["action_type"] for r in rows(text)}
    assert "restrict_enforcement_sites" not in got and "bar_local_cooperation" in got


def test_staff_notifying_ice_of_release_dates_is_help_even_with_a_count_clause_after():
    text = ("2.3 Staff nonetheless notified ICE of 41 release dates on an administrative warrant alone, 27 of them after "
            "the policy took effect.")
    assert "assist_ice" in {r["action_type"] for r in rows(text)}


def test_notifying_ice_in_writing_of_an_agreements_end_is_no_release_notice():
    text = ("The Patrol's 287(g) task force agreement with ICE is hereby terminated, and the Superintendent shall notify "
            "ICE in writing.")
    assert {r["action_type"] for r in rows(text)} == {"end_formal_agreement"}


def test_a_lettered_recommendation_is_proposed():
    text = ("4. RECOMMENDATIONS\n\nR-1. The City Council should adopt an ordinance barring police from closing streets or "
            "directing traffic for civil immigration operations.\n")
    got = [r for r in rows(text) if r["action_type"] == "bar_local_cooperation"]
    assert got and {r["status"] for r in got} == {"proposed"}


def test_a_council_told_to_require_officers_to_show_names_is_a_proposed_rule_not_a_call_on_congress():
    text = ("4. RECOMMENDATIONS\n\nR-2. The City Council should require any officer making an arrest on city property, "
            "federal officers included, to display a name and badge number.\n")
    assert {r["action_type"] for r in rows(text)} == {"require_agent_identification"}


def test_barring_the_use_of_county_funds_and_buildings_for_enforcement_withholds_means_not_sites():
    text = ("On Tuesday, the Board adopted Resolution 2027-41, 12 to 4, barring the use of county funds, equipment or "
            "buildings to assist civil immigration enforcement.")
    assert {r["action_type"] for r in rows(text)} == {"bar_local_cooperation"}


def test_barring_the_use_of_village_property_for_enforcement_is_still_a_site_rule():
    text = "The ordinance bars the use of Village property for civil immigration enforcement staging."
    assert "restrict_enforcement_sites" in {r["action_type"] for r in rows(text)}


def test_a_scene_supervisor_asking_agents_for_a_name_and_agency_is_an_identification_rule():
    text = ("4.3 The scene supervisor shall ask every federal agent at a KPD scene for a name and agency and log both on "
            "Form IR-9.")
    assert "require_agent_identification" in {r["action_type"] for r in rows(text)}


def test_directing_jail_staff_to_deny_ice_officers_entry_is_a_limit():
    text = ("In August 2027, the Luna County Manager directed jail staff to deny ICE officers entry to the booking area.")
    assert "bar_local_cooperation" in {r["action_type"] for r in rows(text)}


def test_alerting_ice_after_refusing_an_officer_entry_is_no_refusal():
    text = ("House File 611, under which a district would have to alert ICE within 48 hours of refusing an officer entry, "
            "cleared a House subcommittee on Wednesday.")
    assert "bar_local_cooperation" not in {r["action_type"] for r in rows(text)}


# ---------------------------------------------------------------------------- tuned on fx1013-fx1020

def test_a_community_college_districts_letterhead_is_its_towns():
    text = ("RIVER BEND COMMUNITY COLLEGE DISTRICT\nBoard of Trustees\n1200 Mooney Boulevard, Visalia, California 93277\n\n"
            "RESOLUTION NO. 2028-07\n\nThe Tulare County jail and the Tulare County Board are named in the policy. "
            "Tulare County agreed.\n\n1. Staff shall not ask any student about immigration status.\n")
    got = {r["jurisdiction"] for r in rows(text) if r["action_type"] == "bar_local_cooperation"}
    assert got == {"us-ca-visalia"}


def test_a_court_report_in_a_case_against_a_county_jail_is_placed_at_that_county_not_the_petitioners_town():
    text = ("IN THE UNITED STATES DISTRICT COURT\nFOR THE MIDDLE DISTRICT OF PENNSYLVANIA\n\nJORGE ABELLAN-MWANGI,\n"
            "Petitioner,\nv.\nROSS TEMPLEMAN-IKE, Warden,\nLuzerne County Correctional Facility, et al.,\nRespondents.\n\n"
            "REPORT AND RECOMMENDATION\n\nPetitioner lives in Hazleton. He works in Hazleton. His family is in Hazleton. "
            "According to the Warden's declaration, the facility honored 188 ICE detainers in 2027.\n")
    got = {r["jurisdiction"] for r in rows(text) if r["action_type"] == "assist_ice"}
    assert got == {"us-pa-luzerne-county"}


def test_a_federal_field_office_named_for_a_city_is_no_body_of_that_city():
    text = ("The Bucks County Board met on Monday. ICE's Philadelphia Field Office wrote to the warden. ICE's "
            "Philadelphia Field Office called again. Staff faxed ICE the release dates of 12 inmates.")
    got = {r["jurisdiction"] for r in rows(text) if r["action_type"] == "assist_ice"}
    assert got == {"us-pa-bucks-county"}


def test_a_university_named_for_a_city_is_no_states_university():
    text = "THE UNIVERSITY OF CHICAGO\nOffice of the President\n\nThe university met. Chicago police met. Illinois met."
    assert letterhead_place(text, [{"jurisdiction_id": "us-il"}]) != "us-il"
