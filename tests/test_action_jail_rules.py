"""Jail and penalty clauses of official texts, condemnations that follow a report of enforcement,
praise and criticism carried by a quotation, and whose place an enacted bill or a "County of X"
letterhead is.

Every sentence is invented for these tests (real US places, made-up people, laws and offices).
"""
import pytest
from action_helpers import coded, rows, types

from analysis.extract import run
from analysis.extract.base import parse_text
from analysis.extract.places import jurisdiction_in_name

# what the rules code; the classifier's rows are tested in test_classifier.py
pytestmark = pytest.mark.usefixtures("rules_only")


# ------------------------------------------------------------------ what ICE may not get from a jail
@pytest.mark.parametrize("text", [
    "ICE officers may not interview an inmate unless the inmate consents in writing.",
    "Immigration agents shall not be assigned desks or office space inside the jail.",
    "Federal immigration officers shall not use the booking system of the county.",
])
def test_a_limit_on_what_ice_gets_from_a_jail_is_an_enacted_limit(text):
    assert coded(text) == [("bar_local_cooperation", "enacted")]


def test_what_ice_officers_did_not_do_is_no_rule():
    # a report ("did not interview"), not a rule laid down ("may not interview")
    assert types("ICE officers did not interview any inmate during the visit on Tuesday.") == []


def test_a_prohibited_use_of_resources_reaches_the_listed_verbs():
    text = ("County personnel, funds and equipment shall not be used to investigate, detain or arrest any "
            "person for a civil immigration violation.")
    assert coded(text) == [("bar_local_cooperation", "enacted")]
    # a report of what police did not do stays no act
    assert types("Police did not arrest anyone for immigration violations during the operation.") == []


# ------------------------------------------------------------------ penalties on officials
@pytest.mark.parametrize("text", [
    "Any official of a political subdivision who votes to adopt a sanctuary policy shall be personally liable "
    "for a civil penalty of up to five thousand dollars.",
    "A sheriff who refuses to honor an immigration detainer shall be guilty of a misdemeanor and subject to "
    "removal from office.",
])
def test_a_penalty_on_officials_who_limit_cooperation_is_a_state_push_to_cooperate(text):
    # the refusal in the relative clause says whom the penalty reaches: it is no act of its own
    assert types(text) == ["expand_cooperation"]


def test_a_penalty_on_masked_agents_is_no_push_to_cooperate():
    text = "Any federal immigration agent who wears a mask during an arrest shall be guilty of a misdemeanor."
    assert "expand_cooperation" not in types(text)


def test_penalties_in_general_are_no_clause():
    text = "The tools on both sides are now familiar: mandates and penalties from some states, limits from others."
    assert "expand_cooperation" not in types(text)


# ------------------------------------------------------------------ releases
def test_releasing_people_named_in_detainers_is_not_honouring_them():
    assert types("The county jail released 40 inmates with immigration detainers last year.") == [
        "bar_local_cooperation"]
    assert types("The jail released a man despite an ICE detainer.") == ["bar_local_cooperation"]


@pytest.mark.parametrize("text", [
    "The jail released the man to ICE agents on Tuesday.",
    "Deputies released him into ICE custody.",
    "The jail notifies ICE before it releases any person named in an immigration detainer.",
])
def test_releasing_to_ice_or_notifying_before_a_release_is_help(text):
    assert types(text) == ["assist_ice"]


def test_what_someone_is_thanked_for_is_the_reason_for_praise_not_a_report():
    text = ('A spokesperson said the governor "is grateful to Sheriff Pruitt for working with ICE to keep '
            'dangerous people off our streets."')
    assert "assist_ice" not in types(text)


# ------------------------------------------------------------------ condemnation after a report
def test_harsh_words_right_after_a_report_of_enforcement_condemn_it():
    # the quotation opens its own paragraph; what it judges is told in the paragraph before
    text = ("Federal agents arrested 31 people at two car washes in Salem on Tuesday.\n\n"
            "Mayor Ines Calloway-Reyes said City Hall heard about the sweep from residents only after agents "
            "had arrived.\n\n"
            '"What our neighborhoods saw this week was cruel, and it was careless," Calloway-Reyes said.')
    assert ("condemn_federal_action", "enacted") in coded(text)


def test_harsh_words_about_a_local_argument_condemn_nothing():
    # the sentence before tells of ICE, but the words are about criminals and sanctuary (a sheriff's case)
    text = ("ICE agents arrested 12 people in Marion County last week.\n\n"
            '"Oregon will not be a sanctuary for criminals who prey on our families," Sheriff Dale Pruitt said.')
    assert "condemn_federal_action" not in types(text)


def test_a_statement_judging_a_raid_is_the_condemnation_not_a_second_operation():
    text = ('Tulsa Mayor Ada Brennick said yesterday that ICE\'s raid on a west Tulsa laundromat was "an ambush on '
            'working families, dressed up as public safety."')
    assert types(text) == ["condemn_federal_action"]


# ------------------------------------------------------------------ praise and criticism in quotations
def test_federal_words_calling_a_county_a_model_are_praise():
    text = ('Ruth Okafor-Lind, who directs the ICE field office in Detroit, called Butler County "a model for '
            'every sheriff in the state."')
    assert types(text) == ["praise_enforcement"]


def test_federal_words_about_cartels_and_a_city_vote_are_criticism():
    text = ('ICE field office director Margo Kline called the Tulsa vote "a welcome mat for every cartel in the '
            'region."')
    assert types(text) == ["federal_criticism"]


# ------------------------------------------------------------------ places of the issuer
def test_county_of_x_is_the_county_not_the_city_of_the_same_name():
    assert jurisdiction_in_name("County of Santa Clara") == "us-ca-santa-clara-county"
    assert jurisdiction_in_name("COUNTY OF SANTA CLARA") == "us-ca-santa-clara-county"
    assert jurisdiction_in_name("County of Los Angeles Sheriff's Department") == "us-ca-los-angeles-county"
    assert jurisdiction_in_name("Parish of Orleans") == "us-la-orleans-parish"
    assert jurisdiction_in_name("City of Santa Clara") == "us-ca-santa-clara"
    assert jurisdiction_in_name("County of Nowhereville") is None


def test_a_bill_belongs_to_the_state_of_its_enacting_clause():
    text = ("ASSEMBLY BILL NO. 12\n\nAN ACT relating to law enforcement.\n\n"
            "THE PEOPLE OF THE STATE OF NEVADA, REPRESENTED IN SENATE AND ASSEMBLY, DO ENACT AS FOLLOWS:\n\n"
            "Section 1. A law enforcement agency shall not hold a person in custody solely on the basis of an "
            "immigration detainer.\n\n"
            "Sec. 2. In September, federal agents arrested 41 workers at a laundry in Henderson, according to "
            "the agency.\n")
    out = run.extract_document(parse_text(text, doc_id="t"))
    limits = [r for r in out["actions"] if r["action_type"] == "bar_local_cooperation"]
    assert limits and {r["jurisdiction"] for r in limits} == {"us-nv"}
    # the state set in capitals is a place of the document, read where it stands
    nv = [p for p in out["place_mentions"] if p["jurisdiction_id"] == "us-nv"]
    assert nv and text[nv[0]["start"]:nv[0]["end"]] == "NEVADA"


def test_a_state_in_capitals_is_read_once():
    text = "STATE OF NEW MEXICO\nOFFICE OF THE GOVERNOR\n\nThe governor signed the order on Monday.\n"
    out = run.extract_document(parse_text(text, doc_id="t"))
    assert [p["jurisdiction_id"] for p in out["place_mentions"]].count("us-nm") == 1


def test_federal_words_about_a_named_sheriff_are_criticism():
    # no place and no "city" or "county" word in the sentence: the sheriff named earlier is the target
    text = ("Sheriff Owen Thielmann of Marathon County ended detainer holds in May.\n\n"
            'In a statement Friday, an ICE spokesperson said Thielmann had "decided that politics matters more '
            'than the safety of the people he serves."')
    assert ("federal_criticism", "enacted") in coded(text)


def test_federal_words_about_political_theater_are_criticism():
    text = ('A DHS spokesperson said Lawrence commissioners had "decided that political theater is worth more '
            'than public safety."')
    assert types(text) == ["federal_criticism"]


@pytest.mark.parametrize("text", [
    'In an emailed statement, ICE said Hopkinton\'s voters had "chosen to protect criminal aliens over the safety '
    'of their own neighbors."',
    'A DHS spokesperson said the mayor of Salem has "chosen headlines over the safety of her own residents."',
    'A DHS spokesperson wrote that the Salem school board "is putting politics ahead of the safety of its own '
    'students."',
])
def test_federal_words_about_headlines_or_politics_over_safety_are_criticism(text):
    assert types(text) == ["federal_criticism"]


def test_a_mayor_saying_the_same_words_is_no_federal_criticism():
    text = 'Mayor Ada Ruiz of Salem said the governor has "chosen headlines over the safety of residents."'
    assert "federal_criticism" not in types(text)


@pytest.mark.parametrize("text", [
    "ICE agents may interview an inmate only after the inmate signs a written consent form.",
    "ICE officers may interview an inmate only in the professional visiting area.",
])
def test_allowing_ice_only_under_a_condition_is_a_limit(text):
    assert coded(text) == [("bar_local_cooperation", "enacted")]


def test_allowing_ice_without_a_condition_is_no_limit():
    assert "bar_local_cooperation" not in types("ICE officers may interview inmates at any time.")


def test_joining_a_suit_against_dhs_told_before_is_a_suit():
    text = ("Oregon sued the Department of Homeland Security on Monday over the grant conditions.\n\n"
            "Multnomah County Chair Rosa Ibarra said Thursday that the county would join Oregon's lawsuit.")
    joined = [r for r in rows(text) if "join" in r["evidence"]]
    assert [(r["action_type"], r["status"], r["jurisdiction"]) for r in joined] == [
        ("sue_federal_government", "announced", "us-or-multnomah-county")]


def test_joining_a_suit_with_no_federal_suit_before_is_no_suit_against_dhs():
    text = "Mayor Ty Brandt said the city would join a lawsuit by residents against the county jail."
    assert "sue_federal_government" not in types(text)


@pytest.mark.parametrize("text", [
    "Pittsburgh has been a Welcoming City under Executive Order 2017-03 since January 2017.",
    "Aurora has been a welcoming city for forty years, the mayor said.",
])
def test_a_standing_welcoming_status_is_affirmed(text):
    assert coded(text) == [("affirm_sanctuary", "enacted")]


@pytest.mark.parametrize("text", [
    "ICE said Denver has been a sanctuary city for years.",
    "DHS says Denver is a sanctuary city.",
    "Denver has not been a sanctuary city since 2019.",
])
def test_a_federal_charge_or_a_denial_affirms_nothing(text):
    assert "affirm_sanctuary" not in types(text)


def test_logging_ice_requests_is_a_record_not_documenting_misconduct():
    assert coded("The jail division commander shall log every request received from ICE.") == [
        ("records_request", "enacted")]
    assert types("Volunteers will log every ICE arrest they witness.") == ["document_misconduct"]


def test_an_identification_duty_reaches_past_a_relative_clause_and_an_aside():
    text = ("The law also requires every officer who makes an arrest in Oregon, federal agents included, to display "
            "a name or badge number and to keep his or her face uncovered.")
    assert types(text) == ["require_agent_identification"]


def test_a_bill_reports_summary_is_what_the_bill_would_do():
    text = ("SENATE BILL REPORT\nSB 6012\n\nAs of February 3, 2027\n\n"
            "Title: An act relating to notices by county jails.\n\n"
            "Brief Summary of Bill\n"
            "\u2022 Prohibits a county jail from telling federal immigration authorities when a person will be "
            "released unless the request comes with a judicial warrant.\n\n"
            "Summary of Bill: A county jail may not notify federal immigration authorities of the release date of "
            "any person in its custody unless the request is accompanied by a warrant signed by a judge.\n")
    limits = [r for r in rows(text) if r["action_type"] == "bar_local_cooperation"]
    assert len(limits) == 2 and {r["status"] for r in limits} == {"proposed"}


def test_referring_people_to_ice_is_help_and_referring_questions_is_not():
    assert types("The jail referred 40 inmates to immigration authorities last year.") == ["assist_ice"]
    assert types("The sheriff's office referred questions to ICE.") == []


def test_what_a_program_enables_in_general_is_no_agreement():
    text = "The 287(g) program enables state and local law enforcement agencies to enter into partnerships with ICE."
    assert types(text) == []
    assert types("The county signed a 287(g) agreement with ICE on Monday.") == ["enter_formal_agreement"]


# ------------------------------------------------------------------ police directives and court filings
def test_a_stop_for_the_purpose_of_checking_status_is_forbidden_by_the_rule():
    text = ("No member shall initiate a stop, frisk or search for the purpose of determining a person's "
            "immigration status.")
    assert coded(text) == [("bar_local_cooperation", "enacted")]
    assert types("Officers stopped the car for the purpose of determining the driver's immigration status.") == []


def test_not_asking_about_citizenship_is_a_limit_and_its_exception_is_no_investigation():
    text = ("Members shall not ask victims, witnesses or drivers about their citizenship or place of birth unless "
            "the answer is needed to investigate a crime.")
    assert coded(text) == [("bar_local_cooperation", "enacted")]


def test_not_extending_a_stop_to_await_agents_is_a_limit():
    text = ("No member shall extend a traffic stop, or keep a person in a barracks processing room, to await the "
            "arrival of immigration agents.")
    assert coded(text) == [("bar_local_cooperation", "enacted")]


def test_a_village_moving_for_a_restraining_order_against_dhs_sues_and_bars_nothing_yet():
    caption = ("IN THE UNITED STATES DISTRICT COURT\nFOR THE NORTHERN DISTRICT OF ILLINOIS\n\n"
               "VILLAGE OF FRANKLIN PARK, Plaintiff,\n\nv.\n\nU.S. DEPARTMENT OF HOMELAND SECURITY, Defendant.\n\n"
               "MEMORANDUM OPINION AND TEMPORARY RESTRAINING ORDER\n\n")
    text = caption + ('Plaintiff Village of Franklin Park (the "Village") moves for a temporary restraining order '
                      "barring Defendants from using a Village-owned commuter parking lot as a staging site for "
                      "immigration enforcement.\n")
    assert types(text) == ["sue_federal_government"]


def test_a_partys_duty_after_the_decretal_words_is_a_court_order():
    text = ("IN THE UNITED STATES DISTRICT COURT\nFOR THE DISTRICT OF OREGON\n\n"
            "CITY OF SALEM, Plaintiff,\n\nv.\n\nU.S. DEPARTMENT OF HOMELAND SECURITY, Defendant.\n\n"
            "OPINION AND ORDER\n\n"
            "Defendants argue that the City lacks standing.\n\n"
            "It is ORDERED that:\n\n"
            "1. Within seven days of this Order, Defendants shall remove all vehicles from the lot.\n\n"
            "2. Defendants shall file a status report by May 9, 2026.\n\n"
            "3. Nothing in this Order prevents Defendants from making arrests in the City.\n")
    duties = [r for r in rows(text) if r["rule"] == "ordered_duty"]
    assert [r["evidence"][:15] for r in duties] == ["Within seven da", "Defendants shal"]
    assert {(r["action_type"], r["status"]) for r in duties} == {("court_action", "enacted")}


def test_a_partys_duty_outside_a_court_order_is_no_court_action():
    text = "The county and the city signed a contract.\n\nThe County shall pay the City $40,000 a year.\n"
    assert "court_action" not in types(text)


# ------------------------------------------------------------------ mandates and programs told before
def test_what_a_law_makes_every_sheriff_do_is_the_laws_mandate():
    assert types("A 2024 state law requires every North Carolina sheriff to honor those detainers.") == [
        "expand_cooperation"]
    assert types("The sheriff honored 40 detainers last year.") == ["assist_ice"]


def test_joining_the_program_a_287g_text_named_is_an_agreement():
    text = ("Sheriff Dale Pruitt signed a 287(g) agreement with ICE on Monday under the warrant service officer "
            "model.\n\nThe Marion County Sheriff's Office joined the same model in 2025.\n\n"
            "Sheriff Ana Lopez, whose office joined the program in 2019, spoke at the ceremony.\n\n"
            "The mayor joined the program of the county fair.\n")
    joined = [r["evidence"][:20] for r in rows(text) if r["action_type"] == "enter_formal_agreement"]
    assert joined == ["Sheriff Dale Pruitt ", "The Marion County Sh", "Sheriff Ana Lopez, w"]


def test_joining_a_program_with_no_287g_named_before_is_nothing():
    assert types("The Marion County Sheriff's Office joined the same model in 2025.") == []


def test_renewing_his_agreement_keeps_the_agreement_told_before():
    text = ("Greenville County Sheriff Hank Lowe signed a 287(g) agreement with ICE in 2019.\n\n"
            "On Wednesday, Lowe renewed his agreement for another three years.\n")
    assert [r["action_type"] for r in rows(text)] == ["enter_formal_agreement", "keep_formal_agreement"]


def test_a_letter_asking_ice_how_many_it_arrested_is_a_records_request_not_an_operation():
    text = ("In a separate 7-2 vote on Tuesday, the council approved a letter asking ICE how many people its agents "
            "have arrested in Casper since January 2025.")
    assert types(text) == ["records_request"]
    assert types("ICE agents arrested 40 people in Casper on Tuesday.") == ["federal_enforcement_operation"]


def test_thanking_the_host_in_a_transcript_is_no_praise():
    text = ("HOST: Our guest is County Executive Maria Ruiz. ICE arrested 40 people in the county last week.\n\n"
            "RUIZ: Thank you, Josephine.\n\n"
            "HOST: Has ICE kept you informed?\n\n"
            "RUIZ: No. Nobody called us before the arrests.\n\n"
            "HOST: County Executive Maria Ruiz, thank you.\n")
    assert "praise_enforcement" not in types(text)


@pytest.mark.parametrize("text", [
    "The new law forbids jails to notify ICE of release dates.",
    "Section 4 forbids jails to give federal immigration authorities an inmate release date or home address.",
    "The order forbids officers to extend any stop to wait for immigration agents.",
])
def test_forbidding_agencies_to_help_ice_is_a_limit(text):
    # (the small model reads "forbids" as a plural noun and "jails" as the verb; the parse is repaired)
    assert types(text) == ["bar_local_cooperation"]


def test_a_sheriff_who_jails_people_for_ice_keeps_jails_a_verb():
    assert types("The sheriff jails people for ICE.") == ["assist_ice"]


# ------------------------------------------------------------------ what a court holds
@pytest.mark.parametrize("text", [
    "The court held that the Tenth Amendment leaves Washington free to decide whether its jails hold people for ICE.",
    "The panel held that Section 6 violates the doctrine of intergovernmental immunity.",
    "Judge Mei Tsai wrote that Sections 3 and 4 regulate only state and local officers.",
    "The majority also rejected the argument that Section 4 conflicts with the federal statute.",
])
def test_what_a_court_holds_is_its_action_not_the_parties(text):
    assert types(text) == ["court_action"]


def test_a_written_notice_or_a_sheriff_holding_people_is_no_court():
    text = ("Sheriff Lorraine Castellucci today gave ICE written notice that her office is withdrawing from its "
            "287(g) task force agreement.")
    assert "court_action" not in types(text) and "end_formal_agreement" in types(text)
    assert types("The sheriff held 40 people for ICE last year.") == ["assist_ice"]


def test_a_body_named_after_its_county_acts_for_the_county_not_the_city_in_focus():
    text = ("PITTSBURGH -- The mayor signed the order on Monday.\n\n"
            "The Allegheny County Jail has declined since 2014 to hold anyone on an ICE detainer alone.\n")
    limits = [r for r in rows(text) if r["action_type"] == "bar_local_cooperation"]
    assert [r["jurisdiction"] for r in limits] == ["us-pa-allegheny-county"]
