"""One chamber passing a bill makes what the bill does proposed, however the parse hangs the bill's content
("Senate Bill 12, which bars ..., passed the Senate 21-9"; "The House passed a bill on Tuesday barring ...");
a bill or measure that was defeated, died or was rejected gives no row. Also: a docket story's date line
over a case's "FILED:" line, grant offices known by their acronyms (OJP, BJA), a task force named by the
federal unit (HSI), a release "after ICE lodged a detainer", ICE barred from a jail, "set aside" (not "set to"),
a grant paid "only if", a summary line's opening "Bars ...", a suit against the Defense Department, detainees'
own suit (a case in court), orders to troops just federalized (no ultimatum), "a betrayal".

Every sentence is invented for these tests (real US places, made-up people, laws and offices).
"""
import datetime as dt

import pytest
from action_helpers import rows

from analysis.corpus import byline_date

pytestmark = pytest.mark.usefixtures("rules_only")


def _statuses(text, atype):
    """The statuses of the rows of ``atype`` (there must be some)."""
    got = [r for r in rows(text) if r["action_type"] == atype]
    assert got, text
    return {r["status"] for r in got}


@pytest.mark.parametrize("text", [
    "Senate Bill 12, which bars Iowa police from asking about immigration status, passed the Senate 21-9 on Tuesday.",
    "The House passed a bill on Tuesday barring Iowa police from asking about immigration status.",
    "House Bill 40, which bars Ohio police from asking about immigration status, cleared the House on Monday.",
])
def test_one_chamber_passing_a_bill_is_proposed(text):
    assert _statuses(text, "bar_local_cooperation") == {"proposed"}


@pytest.mark.parametrize("text", [
    "The Dubuque City Council passed an ordinance on Tuesday barring police from asking about immigration status.",
    "The Legislature passed Senate Bill 12 in 2025, and the governor signed it; it bars Iowa police from asking "
    "about immigration status.",
])
def test_a_council_or_a_signed_law_stays_enacted(text):
    assert _statuses(text, "bar_local_cooperation") == {"enacted"}


@pytest.mark.parametrize("text", [
    "A measure that would have barred Iowa police from asking about immigration status was defeated in the House "
    "last year.",
    "A bill that would have barred Ohio police from asking about immigration status died in the Senate in 2026.",
])
def test_a_defeated_measure_gives_no_row(text):
    assert not [r for r in rows(text) if r["action_type"] == "bar_local_cooperation"]


def test_a_docket_story_is_dated_by_its_date_line_not_the_case_filing():
    text = ("THE PLAINS LEGAL WEEKLY\nDOCKET WATCH | U.S. District Court, District of Kansas\nTuesday, May 4, 2027\n\n"
            "Judge approves Finney County settlement\n\nCASE: Ruelas et al. v. Finney County\nFILED: March 2, 2026\n")
    assert byline_date(text) == dt.date(2027, 5, 4)
    assert byline_date("Filed December 9, 2025\n\nThe council voted.") == dt.date(2025, 12, 9)


@pytest.mark.parametrize("text, actor", [
    ("OJP will withhold all unpaid funds from Eugene.", "Office of Justice Programs"),
    ("The BJA will withhold Byrne JAG funds from Salem.", "Bureau of Justice Assistance"),
])
def test_grant_offices_are_federal(text, actor):
    got = [r for r in rows(text) if r["action_type"] == "withhold_funding"]
    assert got and got[0]["actor"] == actor and got[0]["actor_level"] == "federal"


def test_a_task_force_named_by_its_federal_unit():
    assert _statuses("Spokane ended its police department's role in the HSI task force in 2025.",
                     "end_formal_agreement") == {"enacted"}


@pytest.mark.parametrize("text, atype", [
    ("Passaic County released him on March 3, six days after ICE lodged a detainer.", "bar_local_cooperation"),
    ("The sheriff released the man despite an ICE detainer.", "bar_local_cooperation"),
    ("The jail released him to ICE agents after ICE lodged a detainer.", "assist_ice"),
])
def test_a_release_after_a_detainer_declines_it(text, atype):
    got = {r["action_type"] for r in rows(text)}
    assert atype in got and not ({"assist_ice", "bar_local_cooperation"} - {atype}) & got


def test_ice_barred_from_a_jail():
    assert _statuses("Camden County has barred ICE officers from the booking area of its jail.",
                     "bar_local_cooperation") == {"enacted"}


def test_set_aside_is_no_plan():
    text = ("DHS asks Union County to set aside its policy and direct its jail to notify ICE 48 hours before "
            "releasing anyone.")
    assert _statuses(text, "federal_ultimatum") == {"enacted"}


def test_a_grant_paid_only_if_is_a_funding_condition():
    text = ("In May 2026, the Office of Justice Programs told Champaign that its $52,000 Byrne grant would be paid "
            "only if the city gave ICE agents access to its holding cells.")
    assert "withhold_funding" in {r["action_type"] for r in rows(text)}


def test_a_summary_line_opening_with_bars():
    text = "Chapter 9.20 summary\n\nBars Eugene city employees from sharing a person's immigration status with ICE."
    assert _statuses(text, "bar_local_cooperation") == {"enacted"}


def test_a_suit_against_the_defense_department_is_against_the_federal_government():
    text = ("Attorney General Lucinda Marroquin-Betts said the state would sue the Defense Department \"the moment a "
            "soldier puts handcuffs on anyone in New Mexico.\"")
    got = {r["action_type"] for r in rows(text)}
    assert "sue_federal_government" in got and "expand_cooperation" not in got


def test_detainees_own_suit_is_a_case_in_court():
    text = ("Five former detainees, led by Orlaith Benavente-Sloan, filed the suit on June 3, 2026, over their "
            "detention in the county's jail after they had posted bond.")
    got = {r["action_type"] for r in rows(text)}
    assert "court_action" in got and "sue_federal_government" not in got


def test_orders_to_federalized_troops_are_no_ultimatum():
    text = ("The Department of Defense said it had federalized 300 members of the New Mexico National Guard and "
            "ordered them to support ICE in Dona Ana County.")
    got = {r["action_type"] for r in rows(text)}
    assert "federal_deployment" in got and "federal_ultimatum" not in got


@pytest.mark.parametrize("quote", ["a betrayal of everything this city promised", "an insult to every family here",
                                   "a travesty"])
def test_harsh_words_include_betrayal_and_insult(quote):
    from analysis.extract import action_rules as R

    assert R.CUES["harsh"].search(quote)


@pytest.mark.parametrize("text", [
    "Sec. 2. (a) A governmental body may not enact, adopt, or enforce a sanctuary policy.",
    "(b) A governmental body may not prohibit a law enforcement officer from sending information about a person's "
    "immigration status to ICE.",
])
def test_a_statute_banning_limits(text):
    got = {r["action_type"] for r in rows(text)}
    assert "expand_cooperation" in got and not got & {"affirm_sanctuary", "bar_local_cooperation"}


@pytest.mark.parametrize("text", [
    "(c) This section does not require an officer to ask a crime victim or witness about immigration status.",
    "The act does not require any county to rent jail beds to ICE.",
])
def test_what_a_law_does_not_require_is_no_ban(text):
    assert not [r for r in rows(text) if r["action_type"] == "bar_local_cooperation"]


def test_the_people_a_requirement_reaches_are_no_act():
    text = ("Within thirty days, I will issue an executive order requiring every state trooper who assists a federal "
            "immigration operation to display a name and badge number.")
    got = {r["action_type"] for r in rows(text)}
    assert not got & {"assist_ice", "federal_enforcement_operation"}
    # (a duty hung on the relative clause is still the duty)
    text = ("A state law signed in 2025 requires every Georgia sheriff who operates a jail to check the immigration "
            "status of each person booked on a felony charge.")
    assert "expand_cooperation" in {r["action_type"] for r in rows(text)}


def test_a_state_suing_the_agency_of_its_if_clause_is_no_suit_against_washington():
    text = ("If a county agency does not comply within 30 days of a notice, the attorney general will file suit "
            "against it in circuit court.")
    got = {r["action_type"] for r in rows(text)}
    assert got and "sue_federal_government" not in got


@pytest.mark.parametrize("text", ["In June 2025 Brazoria County added the task force model.",
                                  "The sheriff said the county joined the jail enforcement model in 2019."])
def test_a_287g_model_named_alone_is_an_agreement(text):
    assert _statuses(text, "enter_formal_agreement") == {"enacted"}


def test_the_agreements_officers_screening_is_help():
    text = "Sheriff Dale Orvik said his 287(g) officers screened 9,400 people at booking in Brazoria County last year."
    assert _statuses(text, "assist_ice") == {"enacted"}


def test_if_elected_in_a_he_said_aside():
    text = ("If elected, he said, he would apply for the program's task force model, which lets deputies question "
            "people about their status on patrol.")
    assert not rows(text)


def test_the_patrol_after_the_state_highway_patrol_is_the_state():
    text = ("The Florida Highway Patrol enforces traffic laws on state roads.\n\n"
            "In April 2026 the Patrol signed a memorandum of agreement with ICE, and Tampa police joined later.")
    got = [r for r in rows(text) if r["action_type"] == "enter_formal_agreement" and r["actor"] == "Patrol"]
    assert got and got[0]["jurisdiction"] == "us-fl"


def test_closing_parks_to_federal_staging():
    text = ("Nogales Mayor Araceli Montoya-Fenwick said the city will close its parks and public parking lots to "
            "federal staging for as long as the soldiers remain.")
    assert _statuses(text, "restrict_enforcement_sites") == {"announced"}


def test_scoring_political_points_is_criticism():
    text = ('A Department of Homeland Security spokesperson said Pima County\'s supervisors "would rather score '
            'political points than secure their own border."')
    assert "federal_criticism" in {r["action_type"] for r in rows(text)}


def test_help_allowed_only_with_a_warrant_is_a_limit():
    text = ("Student records shall be released to an immigration officer only with written parental consent, a "
            "judicial subpoena or a court order.")
    got = {r["action_type"] for r in rows(text)}
    assert "bar_local_cooperation" in got and "expand_cooperation" not in got


def test_a_non_restrictive_relative_clause_is_told_as_fact():
    text = ("The policy also does not affect the Cobb County Sheriff's Office, which renewed its 287(g) agreement "
            "with ICE in July.")
    assert _statuses(text, "keep_formal_agreement") == {"enacted"}


@pytest.mark.parametrize("line, heading", [
    ("7. Nassau County renews 287(g) deal", True),
    ("Dane County Jail Superintendent Indicted for Hiding Inmates from ICE and Lying to Federal Agents", True),
    ("1. The city shall not hold anyone on a detainer", False),
    ("The county renewed its agreement with ICE on Monday after a long debate about jail beds and money", False),
])
def test_a_numbered_brief_and_a_long_title_case_headline_are_headings(line, heading):
    from analysis.segment import is_heading_line

    assert is_heading_line(line) is heading


def test_a_compilation_current_as_of_a_date():
    text = ("STATE LEGISLATURE, 2027-28 REGULAR SESSION\n\nMEASURES: DIGESTS AND STATUS\n"
            "Compiled by committee staff. Current as of Friday, September 10, 2027.\n\nAB 12 (Ruiz) Law enforcement.")
    assert byline_date(text) == dt.date(2027, 9, 10)


def test_count_one_charges_is_no_act():
    text = "Count one charges that she conspired with two jail supervisors to prevent ICE officers from taking custody."
    assert not rows(text)


def test_an_indictment_of_a_jail_superintendent_targets_a_local_official():
    text = ("A federal grand jury has returned a four-count indictment charging Orla Beaumont-Ferris, superintendent "
            "of the Dane County jail, with concealing persons from arrest, the United States Attorney announced.")
    assert "target_local_officials" in {r["action_type"] for r in rows(text)}


def test_a_jem_agreement():
    assert _statuses("The Chatham County Sheriff's Office applied for a JEM agreement in February 2027.",
                     "enter_formal_agreement")


def test_a_suit_in_a_state_court_of_common_pleas_is_a_court_case():
    got = {r["action_type"] for r in rows("Appellee filed this action in the Court of Common Pleas of Berks County in "
                                          "November 2025.")}
    assert "court_action" in got and "sue_federal_government" not in got


def test_a_dissenting_justice_would_reverse():
    assert not rows("Justice Yocum-Farrow would reverse.")


def test_the_statement_points_back_to_who_just_spoke():
    text = ("The Department of Homeland Security thanked Tennessee sheriffs in a statement.\n\n"
            "The statement also accused Shelby County's leaders of leaving Memphis families exposed to crime.")
    got = [r for r in rows(text) if r["action_type"] == "federal_criticism"]
    assert got and got[0]["actor"] == "Department of Homeland Security"


def test_welcoming_to_all_is_sanctuary():
    text = 'In 2018, Orange County commissioners adopted a resolution declaring the county "welcoming to all."'
    assert _statuses(text, "affirm_sanctuary") == {"enacted"}


def test_a_report_cards_city_sections_place_their_rows():
    text = ("ACCOUNTABILITY REPORT CARD\nReleased December 8, 2027\n\nTHE GRADES\n\n"
            "LAREDO: A-\nThe city council voted in April to close libraries and parks to immigration agents who lack "
            "a judicial warrant.\n\n"
            "LUBBOCK: C\nThe council voted 5-4 in July to bar police from sharing residents' home addresses with "
            "ICE.\n\nAMARILLO: D\nThe police department signed a 287(g) task-force agreement in May.\n")
    got = {r["action_type"]: r["jurisdiction"] for r in rows(text)}
    assert got.get("restrict_enforcement_sites") == "us-tx-laredo"
    assert got.get("bar_local_cooperation") == "us-tx-lubbock"
    assert got.get("enter_formal_agreement") == "us-tx-amarillo"


def test_a_past_fact_in_an_aside_keeps_its_status():
    text = ("The order does not apply to the Hampden County Sheriff's Office, which runs the jail in Ludlow and "
            "renewed its 287(g) agreement with ICE in March.")
    assert _statuses(text, "keep_formal_agreement") == {"enacted"}


def test_what_an_adopted_resolution_states_is_in_force():
    text = ("On June 14, the Daphne City Council adopted a resolution stating that city police will not ask about "
            "immigration status or hold anyone for ICE.")
    assert _statuses(text, "bar_local_cooperation") == {"enacted"}


def test_a_funding_condition_notified_is_set():
    text = ("On February 8, DHS notified New Jersey that $96 million in fiscal year 2027 awards would be conditioned "
            "on honoring ICE detainers.")
    assert _statuses(text, "withhold_funding") == {"enacted"}


@pytest.mark.parametrize("text", [
    "The Orange County jail turned away an ICE officer who had come to question an inmate without a lawyer present.",
    "The sheriff turned ICE agents away at the jail door on Tuesday.",
])
def test_turning_ice_away_is_a_limit(text):
    got = {r["action_type"] for r in rows(text)}
    assert "bar_local_cooperation" in got and "assist_ice" not in got


def test_turning_a_man_over_to_ice_is_still_help():
    assert "assist_ice" in {r["action_type"] for r in rows("Deputies turned the man over to ICE agents on Tuesday.")}


def test_an_imperative_addressed_to_congress_is_a_call():
    text = "To our congressional delegation I say this: require ICE agents to wear body cameras and show their faces."
    got = {r["action_type"] for r in rows(text)}
    assert "call_to_abolish_or_reform" in got and "require_agent_identification" not in got
