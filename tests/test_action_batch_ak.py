"""Rules tuned on the batches fx845-fx860, sixteen official texts (a mayor's proclamation, a purchasing notice,
a legislative committee report, a Justice Department release, a settlement agreement, an inspector general's
letter, a notice listing 287(g) agreements, a civilian review board's findings, an attorney general's letter, a
council resolution, a governor's executive order, a sheriff's annual report, a court order, an enrolled bill, an
ICE news release, a county board's minutes).

Every sentence is invented for these tests (real US places, made-up people, laws and offices).
"""
import pytest
from action_helpers import rows, statuses, types

from analysis.extract import run
from analysis.extract.base import parse_text

pytestmark = pytest.mark.usefixtures("rules_only")


def test_a_grant_office_named_for_justice_freezing_funds_withholds_them():
    text = "On Monday the Office of Justice Programs froze $2.1 million in public-safety grants awarded to Yakima."
    assert "withhold_funding" in types(text)
    assert "court_action" not in types(text)


def test_a_justice_of_a_court_still_rules():
    assert "court_action" in types("Justice Maren Oduya wrote that the county ordinance was void.")


def test_an_agreement_that_lapsed_ended_even_when_parsed_as_a_noun_phrase():
    text = ("Pinellas County's warrant service officer agreement lapsed on March 31, while the jail kept its "
            "jail enforcement model agreement.")
    assert "end_formal_agreement" in types(text)


def test_an_agreement_that_will_expire_is_only_its_term():
    assert "end_formal_agreement" not in types("The county's 287(g) agreement expires in 2030.")


def test_closing_a_jails_booking_area_to_ice_bars_cooperation():
    assert "bar_local_cooperation" in types("In May the Racine County sheriff closed the jail's booking area "
                                            "to ICE officers.")


@pytest.mark.parametrize("text", [
    "Deputies closed the road while ICE agents searched the jail.",
    "Section 4 closes the nonpublic areas of city hall and the police building to ICE agents without a warrant.",
])
def test_other_closings_are_no_jail_limit(text):
    assert "bar_local_cooperation" not in types(text)


def test_a_practice_with_its_exception_is_no_threat():
    text = ("Since 2020 the Linn County Sheriff's Office has released people held only on an ICE detainer unless a "
            "judge has signed a warrant.")
    assert statuses(text, "bar_local_cooperation") == {"enacted"}


def test_a_future_penalty_with_unless_is_still_a_threat():
    assert statuses("ICE will cut the city's grants unless it complies by May.", "withhold_funding") == {"threatened"}


def test_forfeiting_a_hyphenated_shared_revenue_payment_is_a_state_penalty():
    text = ("A city found to keep a policy obstructing detainers would forfeit 20 percent of its shared-revenue "
            "payment for each year the policy stays in place.")
    assert "expand_cooperation" in types(text)


def test_a_local_entity_denied_state_administered_money_is_a_state_penalty():
    text = ("A local entity that the attorney general finds in violation of section 4 shall be denied all "
            "state-administered grant moneys for the following fiscal year.")
    assert "expand_cooperation" in types(text)


@pytest.mark.parametrize("text", [
    "A local entity shall not adopt, maintain, or act under a sanctuary policy.",
    "No city shall adopt a sanctuary policy.",
])
def test_a_law_forbidding_every_place_a_sanctuary_policy_expands_cooperation(text):
    assert "expand_cooperation" in types(text)


def test_a_place_declining_a_sanctuary_policy_is_no_state_ban():
    assert not types("The county will not adopt a sanctuary policy, the sheriff said.")


@pytest.mark.parametrize("text", [
    "Every sheriff holding a person named in an immigration detainer shall keep that person in custody for up to "
    "forty-eight hours.",
    "Each county jail shall notify ICE before releasing a person named in a detainer.",
])
def test_a_duty_laid_on_every_local_body_at_once_is_a_state_mandate(text):
    got = types(text)
    assert "expand_cooperation" in got and "assist_ice" not in got


def test_one_sheriffs_own_duty_stays_help_to_ice():
    assert "assist_ice" in types("The sheriff shall notify ICE before releasing anyone.")


@pytest.mark.parametrize("text", [
    "Allen County Sheriff Darnell Ruiz-Okafor assigned six deputies to ERO teams for the week.",
    "Governor Alma Brisco placed up to 250 members of the Georgia National Guard on state active duty to drive ICE "
    "buses.",
])
def test_people_put_to_ices_work_help_ice(text):
    assert "assist_ice" in types(text)


def test_a_sheriff_assigning_deputies_elsewhere_is_no_help():
    assert not types("The sheriff assigned two deputies to patrol the county fair.")


def test_agents_brought_into_a_city_are_a_deployment():
    assert "federal_deployment" in types("About 90 Border Patrol agents were brought into Raleigh for the sweep.")


def test_executing_a_renewed_agreement_keeps_it():
    got = types("ICE and the sheriff's office executed the renewed 287(g) agreement on July 1, 2027.")
    assert "keep_formal_agreement" in got and "enter_formal_agreement" not in got


def test_a_deadline_given_to_a_state_department_is_an_ultimatum():
    text = ("ICE field office director Noor Castellanos wrote to the State Patrol in May. Her letter gave the "
            "Department until June 30 to restore its task-force staffing or be listed as a non-participating "
            "agency.")
    assert "federal_ultimatum" in types(text)


@pytest.mark.parametrize("text", [
    "Any federal agent who takes a person from a Tacoma officer's custody must give a name and display "
    "credentials.",
    "Name tags and badge numbers will be mandatory on every joint detail, the chief added.",
    "Federal officers in county buildings on enforcement business must give a name and agency when asked.",
    "Under the same directive, any federal officer arriving on campus must show credentials.",
    "(b) Any officer who comes to a school office must give a name and agency to the principal.",
])
def test_an_identification_duty_of_a_rule_is_coded(text):
    got = types(text)
    assert "require_agent_identification" in got and "call_to_abolish_or_reform" not in got


def test_a_demand_that_all_agents_identify_themselves_is_still_a_call():
    assert "call_to_abolish_or_reform" in types("ICE agents must show their faces and give their names, the "
                                                "senator said.")


_TABLE = """U.S. Immigration and Customs Enforcement
Notice of 287(g) agreements in Georgia

Table 1. Agreements signed or renewed
Agency | Model | Type | Date
Hall County Sheriff's Office | Task Force | New | April 4, 2028
Cobb County Sheriff's Office | Jail Enforcement | Renewal | May 17, 2028

Table 2. Agreements ended
Agency | Model | Reason | Effective date
Athens-Clarke County Police Department | Task Force | Terminated by agency | May 26, 2028
"""


def test_each_row_of_a_table_of_287g_agreements_is_coded_with_its_place_and_date():
    got = {(r["action_type"], r["jurisdiction"], r["date"]) for r in rows(_TABLE)}
    assert ("enter_formal_agreement", "us-ga-hall-county", "2028-04-04") in got
    assert ("keep_formal_agreement", "us-ga-cobb-county", "2028-05-17") in got
    assert any(t == "end_formal_agreement" and d == "2028-05-26" for t, _j, d in got)
    assert len(got) == 3        # (the header lines are no rows)


def test_a_table_without_an_agreement_model_gives_no_row():
    text = "Agency | Detainers | Releases\nHall County Sheriff's Office | 41 | 12\n"
    assert not rows(text)


def test_a_body_named_for_a_county_is_the_county_the_text_reads_that_name_as():
    text = ("ERO Chicago announced the results on Thursday. Officers arrested 30 people in Indianapolis and "
            "Franklin. The Johnson County Sheriff's Office, according to its jail commander, alerts ERO before "
            "every release of an inmate with an immigration hold. Johnson County sits south of Indianapolis.")
    out = run.extract_document(parse_text(text, doc_id="t"))
    orgs = {o["name"]: o.get("jurisdiction") for o in out["org_mentions"]}
    assert orgs.get("Johnson County Sheriff's Office") == "us-in-johnson-county"


def test_legislation_placing_ice_under_oversight_is_a_call_for_reform():
    text = ("The council calls on Oregon's delegation in Congress to press for legislation placing ICE under "
            "independent civilian oversight.")
    assert "call_to_abolish_or_reform" in types(text)


def test_an_oversight_hearing_held_by_congress_is_no_call():
    assert not types("Congress held an oversight hearing on ICE detention in May.")


def test_naming_a_county_in_a_report_of_jurisdictions_that_decline_detainers_is_a_designation():
    text = "Since January, ICE has named Dane County in its weekly report of jurisdictions that decline detainers."
    assert "federal_ultimatum" in types(text)


def test_no_officer_shall_spend_time_helping_agents_bars_that_help():
    text = ("Durham remains a welcoming city, and no city officer or employee shall spend city time or money "
            "helping federal agents learn any person's immigration status.")
    got = types(text)
    assert "bar_local_cooperation" in got and "expand_cooperation" not in got


def test_reviewing_a_resolution_is_no_inquiry_into_misconduct():
    text = ("The attorney general's office is reviewing a March resolution of the Tucson City Council that bars city "
            "police from helping ICE carry out civil immigration arrests.")
    assert "investigate_misconduct" not in types(text)


def test_approving_an_amendment_that_extends_an_igsa_keeps_the_agreement():
    got = types("Amendment No. 2, which extends Intergovernmental Service Agreement No. 71-26-0040 through "
                "June 30, 2031, is approved.")
    assert "keep_formal_agreement" in got and "enter_formal_agreement" not in got


def test_approving_a_new_agreement_beside_a_renewal_is_still_entering_one():
    got = types("The board approved a new 287(g) agreement and renewed its IGSA with ICE.")
    assert {"enter_formal_agreement", "keep_formal_agreement"} <= set(got)


def test_stopping_leasing_jail_beds_to_ice_ends_the_agreement():
    got = types("The Marion County Board of Commissioners voted to stop leasing beds at its jail to ICE after "
                "June 30.")
    assert "end_formal_agreement" in got and "bar_local_cooperation" not in got


@pytest.mark.parametrize("text", [
    "The motion is GRANTED as to the City of Spokane and Spokane County and DENIED as to the State of Washington.",
    "Pending final judgment, Defendants are ENJOINED from enforcing the Conditions against Spokane or Spokane County.",
])
def test_a_ruling_on_several_governments_is_a_row_for_each(text):
    places = {r["jurisdiction"] for r in rows(text) if r["action_type"] == "court_action"}
    assert {"us-wa-spokane", "us-wa-spokane-county"} <= places, places


def test_a_ruling_against_one_government_stays_one_row():
    got = [r for r in rows("The court granted the motion to dismiss the claims against Tacoma.")
           if r["action_type"] == "court_action"]
    assert len(got) == 1


@pytest.mark.parametrize("text, wanted", [
    ("Deputies shall not furnish ICE with release times or home addresses from county records.",
     "bar_local_cooperation"),
    ("The jail furnished ICE with release dates every week.", "assist_ice"),
    ("By letter of May 3, the Department withdrew from the ICE-led Lehigh Valley Fugitive Operations Task Force.",
     "end_formal_agreement"),
    ("Classrooms and other nonpublic areas shall remain closed to any immigration officer who cannot produce a "
     "judicial warrant.", "restrict_enforcement_sites"),
    ("The county shut down its 287(g) program in May.", "end_formal_agreement"),
    ("\"Congress should shut down the 287(g) program before another county signs on.\"", "call_to_abolish_or_reform"),
    ("Attorney General Dale Ruiz wrote to the city on April 8 that the state will cut off its share of the Local "
     "Government Fund if the resolution passes.", "expand_cooperation"),
    ("ICE said it would stop reimbursing the county for jail beds.", "withhold_funding"),
])
def test_official_texts_wording(text, wanted):
    assert wanted in types(text)


def test_shutting_a_jails_doors_is_no_end_of_an_agreement():
    assert "end_formal_agreement" not in types("The sheriff shut the jail's doors to the 287(g) task force.")


@pytest.mark.parametrize("text", [
    "(c) No person may be taken into custody on a civil immigration matter inside a courtroom or a clerk's office.",
    "BE IT FURTHER RESOLVED that no civil immigration arrest shall be made in a city library or park without a "
    "judicial warrant;",
    "Under a state statute, no one may be subjected to civil immigration arrest while going to or leaving a "
    "courthouse.",
    "Mayor Lena Duarte on Monday put City Hall, libraries and other city buildings off-limits to immigration agents "
    "who lack a judge's warrant.",
])
def test_civil_arrests_forbidden_at_a_place_restrict_enforcement_sites(text):
    assert "restrict_enforcement_sites" in types(text)


@pytest.mark.parametrize("text", [
    "No one was arrested on civil immigration charges at the courthouse during the operation.",
    "District campus security officers may not take part in civil immigration enforcement at schools.",
])
def test_a_fact_or_a_bar_on_taking_part_is_no_site_rule(text):
    assert "restrict_enforcement_sites" not in types(text)
