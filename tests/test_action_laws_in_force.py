"""Laws in force and what they bar, state money as a penalty, and words that only look like
triggers ("tried to", "stopped drivers", "let jailers serve").

Every sentence is invented for these tests (real US places, made-up people and bills).
"""
import pytest

from analysis.extract import run
from analysis.extract.base import parse_text

# what the rules code; the classifier's rows are tested in test_classifier.py
pytestmark = pytest.mark.usefixtures("rules_only")


def rows(text):
    """Action rows with every earlier stage run, as in a build."""
    return run.extract_document(parse_text(text, doc_id="t"))["actions"]


def coded(text):
    return sorted((r["action_type"], r["status"]) for r in rows(text))


# ------------------------------------------------------------ laws in force
@pytest.mark.parametrize("text", [
    "Senate Bill 412, which Gov. Ines Lockridge signed in April 2025, bars local police from asking about "
    "immigration status.",
    "House Bill 77, which took effect in January, bars sheriffs from holding anyone for ICE without a "
    "judicial warrant.",
])
def test_a_bill_said_to_be_law_is_enacted(text):
    assert ("bar_local_cooperation", "enacted") in coded(text)


def test_a_bill_that_passed_one_chamber_is_still_proposed():
    text = ("House Bill 77, which passed the House in March, would bar county jails from holding anyone for ICE "
            "without a judicial warrant.")
    assert coded(text) == [("bar_local_cooperation", "proposed")]


def test_the_bills_of_a_signing_release_are_law():
    text = ("SANTA FE - Governor Ines Lockridge today signed two bills that limit what state agencies share with "
            "federal immigration authorities.\n\n"
            "House Bill 310 prohibits state agencies from giving federal immigration authorities a resident's home "
            "address without a judicial warrant.\n")
    assert ("bar_local_cooperation", "enacted") in [(r["action_type"], r["status"]) for r in rows(text)
                                                    if "House Bill 310" in r["evidence"]]
    # the same sentence in a text that signs nothing is a bill's content: proposed
    alone = "House Bill 310 prohibits state agencies from giving federal immigration authorities a home address.\n"
    assert coded(alone) == [("bar_local_cooperation", "proposed")]


def test_a_policy_in_force_for_years_is_enacted_not_reported():
    text = "The Marion County jail has declined ICE detainers without a judge's signature since 2017."
    assert coded(text) == [("bar_local_cooperation", "enacted")]


@pytest.mark.parametrize("text", [
    # the small model reads "bars" as a noun after a bill number or a relative clause
    "Senate Bill 412 bars county jails and state prisons from transferring anyone to the custody of "
    "Immigration and Customs Enforcement unless the agency presents a warrant signed by a judge.",
    "Senate Bill 412, which Gov. Ines Lockridge signed in April 2025, bars county jails and state prisons from "
    "transferring anyone to the custody of Immigration and Customs Enforcement unless the agency presents a "
    "warrant signed by a judge.",
    "Section 4 bars law enforcement agencies from notifying ICE of a person's release date or giving ICE access "
    "to a jail.",
])
def test_what_a_law_bars_is_no_help_to_ice(text):
    types = {t for t, _ in coded(text)}
    assert "bar_local_cooperation" in types and "assist_ice" not in types


@pytest.mark.parametrize("text", [
    # after a year, a number or a participle the small model reads "bars" as a plural noun in a compound with
    # its own object ("bars county jails"), or takes "jails" for the verb: the tree is rebuilt
    "A state law passed in 2019 bars county jails in Nevada from holding anyone on an immigration detainer.",
    "The Illinois Jail Transfer Limits Act, enacted in 2018, bars county jails from holding people on ICE "
    "detainers.",
    "Dayton's 2019 ordinance bars Dayton police officers from helping federal agents with civil immigration "
    "enforcement.",
    "Chief Harlan Voss-Ebert said General Order 41.3 of the Tacoma Police Department bars officers from asking "
    "victims or witnesses about their immigration status.",
    "A department policy adopted in 2020 bars Kalamazoo officers from stopping or holding anyone for a civil "
    "immigration violation.",
    "In Toledo, a 2024 ordinance bars city departments from giving ICE residents' home addresses without a court "
    "order.",
])
def test_a_misread_bars_after_a_year_is_the_verb(text):
    assert ("bar_local_cooperation", "enacted") in coded(text)


def test_the_rebuilt_tree_makes_the_rule_noun_the_subject():
    from analysis.extract import actions
    from analysis.nlp import get_nlp

    doc = get_nlp()("A state law passed in 2019 bars county jails in Nevada from holding anyone on a detainer.")
    actions._repair_verbs(doc)
    bars = next(t for t in doc if t.lower_ == "bars")
    assert bars.pos_ == "VERB" and bars.dep_ == "ROOT"
    assert {c.lower_ for c in bars.children if c.dep_ == "nsubj"} == {"law"}
    assert {c.lower_ for c in bars.children if c.dep_ == "dobj"} == {"jails"}
    assert any(c.lower_ == "from" for c in bars.children)
    for t in doc:   # still one tree: every token reaches the root
        assert bars in list(t.ancestors) + [t]


def test_barring_schools_from_sharing_records_is_no_site_rule():
    text = ("A state law passed in 2025 bars public schools in Oregon from sharing student records with federal "
            "immigration agents unless a judge has ordered it.")
    types = {t for t, _ in coded(text)}
    assert "bar_local_cooperation" in types and "restrict_enforcement_sites" not in types
    # agents kept out of schools is still a site rule
    assert ("restrict_enforcement_sites", "enacted") in coded(
        "The Oregon law bars federal immigration agents from entering public schools without a judicial warrant.")


# ------------------------------------------------------------ state money as a penalty
@pytest.mark.parametrize("text", [
    "A bill filed in the state Senate last month would bar any county whose sheriff ends a 287(g) agreement "
    "from receiving state jail construction grants.",
    "House Bill 880 would cut off state-shared revenue to any city in Missouri whose council adopts a "
    "sanctuary ordinance.",
])
def test_state_money_withheld_from_places_is_a_state_penalty(text):
    assert coded(text) == [("expand_cooperation", "proposed")]


def test_barring_state_money_for_ice_work_is_still_a_bar():
    text = "The ordinance bars city departments from using city money to help ICE with civil arrests."
    assert "bar_local_cooperation" in {t for t, _ in coded(text)}


# ------------------------------------------------------------ look-alike triggers
def test_tried_to_is_no_trial():
    text = ('"Washington tried to turn our deputies into deportation agents, and it failed," Attorney General '
            'Rosa Lindqvist-Mares of New Mexico said.')
    assert "threaten_prosecution" not in {t for t, _ in coded(text)}


def test_a_traffic_stop_is_not_stopping_cooperation():
    text = ("State troopers stopped drivers on Interstate 40 on Monday and turned 19 of them over to Border "
            "Patrol, a department spokesperson said.")
    types = {t for t, _ in coded(text)}
    assert "assist_ice" in types and "bar_local_cooperation" not in types


def test_letting_ice_into_the_jail_is_access_but_an_agreement_letting_jailers_is_not():
    assert {t for t, _ in coded("Since March we have let ICE officers into the Pima County jail to interview "
                                "inmates who agree to talk.")} == {"assist_ice"}
    text = ("In May the sheriff signed a 287(g) agreement with Immigration and Customs Enforcement, letting "
            "trained jailers serve ICE warrants on people already in custody.")
    assert "assist_ice" not in {t for t, _ in coded(text)}


def test_a_judge_in_a_because_clause_is_no_court_action():
    text = ('"Arresting people who came to court because a judge ordered them to is not law enforcement, it is '
            'an ambush," Mayor Tessa Marchetti of Ypsilanti said.')
    assert "court_action" not in {t for t, _ in coded(text)}


# ------------------------------------------------------------ rhetoric
def test_a_harsh_quote_about_what_the_lead_sentence_names():
    text = ("LUBBOCK, Texas - Mayor Ana Castellanos-Reed criticized the immigration sweep on Friday. \"What "
            "happened in our neighborhoods this week was cruel, and it was careless,\" Castellanos-Reed said "
            "later.\n")
    # coded once (by the statement rule, since the sentence before tells of the sweep)
    assert [r["action_type"] for r in rows(text) if "cruel" in r["evidence"]] == ["condemn_federal_action"]


def test_calling_a_county_a_partner_is_praise():
    text = ('Beaumont Rask, the director of ICE\'s Atlanta field office, called Henderson County "a partner other '
            'sheriffs in this state should study."')
    assert {t for t, _ in coded(text)} == {"praise_enforcement"}


def test_a_hiding_place_for_people_is_federal_criticism():
    text = ('A spokesperson for the U.S. Department of Homeland Security said the Worthington school board had '
            '"turned its schools into a hiding place for people the law says must leave."')
    assert {t for t, _ in coded(text)} == {"federal_criticism"}


# ------------------------------------------------------------ warrants, questions, antecedents, options
def test_requiring_a_warrant_before_holding_for_ice_is_a_limit():
    assert coded("The Ramsey County jail has required a judge's warrant before holding anyone for ICE since "
                 "2016.") == [("bar_local_cooperation", "enacted")]
    # a mandate to hold people for ICE is still a mandate
    assert {t for t, _ in coded("The new state law requires sheriffs to hold people for ICE for 48 hours.")} == {
        "expand_cooperation"}


def test_what_an_investigation_asks_about_is_not_an_act():
    text = ("Attorney General Rosa Lindqvist has opened an investigation into whether Salem police officers broke "
            "state law when they helped federal immigration agents detain a man in May.")
    types = {t for t, _ in coded(text)}
    assert "assist_ice" not in types and "federal_enforcement_operation" not in types


def test_letting_the_agreement_named_before_expire_ends_it():
    text = ("Sheriff Leland Quarrington of Forsyth County signed a warrant service officer agreement with ICE in "
            "March 2025.\n\nOn Monday, Quarrington announced that he would let the agreement expire.\n")
    assert ("end_formal_agreement", "announced") in coded(text)


def test_an_agreement_that_expires_when_its_renewal_starts_is_not_ended():
    text = ("Sheriff Ana Brill renewed the county's 287(g) agreement with ICE on Monday.\n\n"
            "The renewal takes effect July 1, when the current agreement expires.\n")
    assert "end_formal_agreement" not in {t for t, _ in coded(text)}


def test_lettered_options_of_a_staff_memo_are_not_acts():
    text = ("The board may choose one of three courses on the 287(g) agreement with ICE:\n\n"
            "A. Approve the five-year renewal as drafted.\n"
            "B. Approve a one-year renewal.\n"
            "C. Allow the agreement to expire on June 30, 2026.\n")
    assert coded(text) == []


@pytest.mark.parametrize("text,code", [
    ('State Sen. Lucia Ibarra of Oregon called the May operation "a raid on working families who pick our crops."',
     "condemn_federal_action"),
    ("Before the vote, Mayor Renata Voss of Ypsilanti spoke against the immigration arrests described during "
     "public comment.", "condemn_federal_action"),
    ('"ICE came here to pick up people with criminal records, and they did that job well," Council member Joe '
     'Brisbois of Nampa said.', "praise_enforcement"),
])
def test_words_about_federal_enforcement(text, code):
    assert {t for t, _ in coded(text)} == {code}


def test_speaking_about_arrests_is_not_speaking_against_them():
    assert coded("Mayor Renata Voss of Ypsilanti spoke about the immigration arrests at the meeting.") == []


def test_traffic_duty_during_a_federal_operation_is_help_to_ice():
    text = ("CASPER, Wyo. - ICE agents arrested 40 people in Casper on Tuesday, the agency said.\n\n"
            "Sheriff Dan Ruud of Natrona County said his deputies closed two streets during the arrests.\n")
    assert [r["action_type"] for r in rows(text) if "closed two streets" in r["evidence"]] == ["assist_ice"]
    # the same duty with no federal operation around it is no help to anyone
    assert coded("Sheriff Dan Ruud of Natrona County said his deputies closed two streets for the parade.") == []


@pytest.mark.parametrize("text", [
    "Cincinnati's council voted 7-2 in 2023 for an ordinance that keeps its police out of civil immigration arrests.",
    "In 2023 Colorado passed another law that keeps local jails from renting beds to ICE.",
    "General Order 318 of the Austin Police Department forbids its officers from joining ICE operations.",
])
def test_keeping_police_out_of_ice_work_is_a_bar(text):
    assert {t for t, _ in coded(text)} == {"bar_local_cooperation"}


@pytest.mark.parametrize("text, code", [
    ("The Reno ordinance keeps ICE from staging operations in city parks and parking garages.",
     "restrict_enforcement_sites"),
    ("The sheriff keeps ICE informed of release dates.", "assist_ice"),
])
def test_keeping_ice_itself_out_or_informed_is_no_bar(text, code):
    assert {t for t, _ in coded(text)} == {code}


@pytest.mark.parametrize("text", [
    "That morning, two of my patrol deputies blocked the warehouse's back gate in Nampa at ICE's request.",
    "Matthews Police Chief Anselm Rook confirmed that two of his officers blocked a lane of Matthews Township "
    "Parkway for ICE agents Monday night.",
    "That day, two Auburn patrol officers closed a lane of traffic during the arrests at ICE's request.",
])
def test_a_road_or_gate_closed_for_ice_is_help_to_ice(text):
    # a counted part of a force ("two of his officers") is the force; closing a road for agents is neither a bar
    # on cooperation, nor a site closed to agents, nor an arrest threatened
    assert {t for t, _ in coded(text)} == {"assist_ice"}


# ------------------------------------------------------------ state demands and mandates
def test_a_state_deadline_to_a_city_is_a_threatened_state_penalty():
    text = ("COLUMBIA, S.C. - In a letter sent Monday to the mayor of Florence, Attorney General Dana Pruett gave "
            "the city 30 days to rescind a police order that bars officers from asking about immigration status.")
    assert ("expand_cooperation", "threatened") in coded(text)


@pytest.mark.parametrize("text", [
    "Senate Bill 1318 would bar any Arizona county from ending a detention agreement with ICE.",
    "Departments that have not applied by July 1 would lose eligibility for state highway safety and body-camera "
    "grants under the bill.",
])
def test_a_state_bill_that_keeps_places_cooperating(text):
    assert coded(text) == [("expand_cooperation", "proposed")]


def test_arrests_that_are_condemned_are_no_threat_to_arrest_agents():
    text = ("At its meeting Monday night, the Hartford City Council voted 7-2 for a resolution that condemns the "
            "arrests and calls on ICE to stop making arrests near schools.")
    assert "threaten_prosecution" not in {t for t, _ in coded(text)}
    # an arrest of agents says so
    assert "threaten_prosecution" in {t for t, _ in coded(
        "District Attorney Ana Ruiz of Alameda County warned of the arrest of any ICE agent who assaults a "
        "protester.")}


def test_a_vote_to_ask_ice_for_monthly_figures_is_a_records_request():
    assert coded("On March 5 the Pinal County board voted 3-2 to ask ICE for monthly figures on immigration "
                 "arrests.") == [("records_request", "enacted")]


def test_deputies_who_do_not_ask_about_status_limit_cooperation():
    assert coded("Our deputies do not ask people about their immigration status.") == [
        ("bar_local_cooperation", "enacted")]
    # the policy kept is coded once, by the keeping, not again by what it says
    text = "Mayor Ana Ruiz said Tucson would keep its policy of not asking residents about their immigration status."
    assert len(coded(text)) == 1


@pytest.mark.parametrize("quote", [
    "Arresting people who came to court to pay a fine is not law enforcement, it is an ambush.",
    "The Justice Department tried to rent our police department for the price of a grant.",
    "This subpoena is a press release dressed up as a legal finding.",
    "People are afraid to come to court now, and that is exactly what ICE wants.",
])
def test_verdicts_on_federal_enforcement_in_a_local_officials_quote(quote):
    text = f'"{quote}" Mayor Ines Carvalho of Lowell said on Tuesday.'
    assert {t for t, _ in coded(text)} == {"condemn_federal_action"}


def test_a_state_attorney_generals_letter_with_a_deadline_is_a_state_threat():
    text = ("TOPEKA, Kan. - On Friday, the state attorney general's office sent the city a letter warning that the "
            "state will sue unless the commission repeals the rule within 30 days.")
    assert coded(text) == [("expand_cooperation", "threatened")]


def test_a_governor_ordering_state_troopers_to_help_is_the_states_own_help():
    text = ("Gov. Beauford Kincannon of Texas on Wednesday ordered 120 Department of Public Safety troopers to the "
            "border to assist Border Patrol agents.")
    assert {t for t, _ in coded(text)} == {"assist_ice"}
    # a law that directs the state's own police is a state mandate
    text = "Oklahoma's law directs the state Highway Patrol to enter a 287(g) agreement with ICE."
    assert "assist_ice" not in {t for t, _ in coded(text)}


def test_a_law_that_bars_adopting_limits_keeps_places_cooperating():
    text = ("A law the Legislature passed over the governor's veto in 2025 bars every city and county in Kansas "
            "from adopting rules that limit cooperation with federal immigration authorities.")
    assert coded(text) == [("expand_cooperation", "enacted")]


def test_what_an_operation_is_called_decides_praise_or_condemnation():
    assert {t for t, _ in coded('Gov. Desmond Pruneda of Arizona called the operation "a model for every state '
                                'in the country."')} == {"praise_enforcement"}
    # a bare label with neither praise nor harsh words is no act
    assert coded('Mayor Ines Carvalho of Lowell called the operation "the second one this year."') == []
