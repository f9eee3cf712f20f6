"""Rules added for discourse and parser errors: datelines, upper-case court verbs,
misparsed infinitives, conditions, anaphoric lawsuits, tone of statements.

Every sentence is invented for these tests (real US places, made-up people).
"""
import pytest

from analysis.extract.actions import extract_actions
from analysis.extract.base import parse_text
from analysis.nlp import for_parser
from analysis.segment import sentences

# what the rules code; the classifier's rows are tested in test_classifier.py
pytestmark = pytest.mark.usefixtures("rules_only")


def rows(text):
    return extract_actions(parse_text(text, doc_id="t"), [], [], [], [], [])


def types(text):
    return [r["action_type"] for r in rows(text)]


def full_types(text):
    """Action types with every earlier stage run (people, organizations, places), as in a build."""
    from analysis.extract import actors, dates, entities, instruments, organizations, places

    p = parse_text(text, doc_id="t")
    m = entities.extract_mentions(p)
    pl = places.extract_places(p, m)
    return [r["action_type"] for r in extract_actions(
        p, actors.extract_people(p, m, pl), organizations.extract_orgs(p, m, pl), pl, dates.extract_dates(p),
        instruments.extract_instruments(p, m, pl))]


def test_dateline_is_split_from_the_first_sentence():
    ss = sentences("d", "SPOKANE, Wash. — The county ended its contract with ICE. It said so.")
    assert ss[0].text == "SPOKANE, Wash. —" and ss[0].is_heading
    assert ss[1].text.startswith("The county") and not ss[1].is_heading
    # an aside between dashes is not a dateline
    assert len(sentences("d", "ICE — the agency — said no.")) == 1


def test_upper_case_verbs_are_lowered_for_the_parser_only():
    text = "The motion to dismiss is DENIED."
    assert for_parser(text) == "The motion to dismiss is denied." and len(for_parser(text)) == len(text)
    assert for_parser("ORDER GRANTING MOTION") == "ORDER GRANTING MOTION"   # an all-caps line stays
    assert "court_action" in types("The application for a temporary restraining order is GRANTED.")


def test_trigger_verb_misread_as_noun_after_to():
    assert "bar_local_cooperation" in types(
        "Commissioners in Dane County voted 5-2 on Tuesday to bar deputies from sharing release dates with ICE.")


def test_actions_inside_a_condition_are_not_coded():
    got = types("The Justice Department warned that it would sue Vermont if the state tried to enforce its mask ban.")
    assert "federal_lawsuit" in got
    assert "require_agent_identification" not in got


def test_measure_named_through_its_supporters_is_not_an_action():
    assert types("Opponents of the sanctuary ordinance in Tulsa rallied on Sunday.") == []


def test_definite_lawsuit_described_after_a_filing_refers_to_it():
    rs = rows("The Justice Department sued Boise on Monday. The lawsuit asks a judge to strike down the city's policy.")
    suits = [r for r in rs if r["action_type"] == "federal_lawsuit"]
    assert len(suits) == 2 and all(r["actor_level"] == "federal" for r in suits)
    # a mere mention of the suit is not a second one
    rs = rows("The Justice Department sued Boise on Monday. The suit follows months of pressure.")
    assert [r["action_type"] for r in rs].count("federal_lawsuit") == 1


def test_negative_statement_by_local_official_about_enforcement_is_condemnation():
    got = types("“These raids are cruel, and they are tearing families apart,” Mayor Lena Ortiz of Yakima said.")
    assert got == ["condemn_federal_action"]
    assert types("“We are proud of our parks,” Mayor Lena Ortiz of Yakima said.") == []


def test_immunity_phrasings():
    assert "immunity_claim" in types("A DHS spokesperson said its agents cannot be bound by state law.")
    assert "immunity_claim" in types("Federal officers do not need to identify themselves, a DHS spokesman said.")


def test_objection_right_after_federal_pressure_is_aimed_at_it():
    rs = rows("The president ordered 300 members of the Ohio National Guard into federal service. "
              "Governor Paul Brandt of Ohio objected the next morning.")
    assert [r["action_type"] for r in rs] == ["federal_deployment", "condemn_federal_action"]
    assert types("Governor Paul Brandt of Ohio objected the next morning.") == []


def test_defined_terms_carry_the_level_of_the_parties():
    from analysis.extract.actions import defined_terms

    text = ('The United States and the Attorney General (together, "Appellees") defend the statute. '
            'Riverside Tenants Union ("Union") intervened.')
    terms = defined_terms(text)
    assert terms.get("appellees") == "federal"
    assert "union" not in terms          # a group of no government level is not a government alias
    rs = rows('The United States and the Secretary of Homeland Security (together, "Appellants") object. '
              'Appellants sued the City of Fresno on May 2, 2025.')
    assert any(r["action_type"] == "federal_lawsuit" and r["actor_level"] == "federal" for r in rs)


def test_statement_with_harsh_words_about_enforcement_is_condemnation():
    got = full_types("The Southern Poverty Law Center said in a statement that the sweep would "
                "“terrorize children in every school in Mobile.”")
    assert got == ["condemn_federal_action"]


def test_federal_official_calling_a_state_law_unconstitutional_is_criticism():
    assert "federal_criticism" in types(
        "Homeland Security Secretary Mara Lindqvist called the Nevada law unconstitutional on Friday.")


def test_counted_arrests_documented_by_volunteers():
    assert "document_misconduct" in types("Volunteers in Tulsa have documented 52 arrests at bus stops since May.")
    assert types("Volunteers in Tulsa have documented the history of the old bus depot.") == []


def test_litigants_challenging_a_federal_act_sue():
    got = types('The State of Maine and the City of Portland (together, "Plaintiffs") challenge the deployment '
                "of 300 federal agents to Portland.")
    assert "sue_federal_government" in got


def test_policy_of_not_asking_about_status_is_sanctuary():
    assert "affirm_sanctuary" in types(
        "Mayor Ian Brooks said Dayton would keep its policy of not asking residents about their immigration status.")


def test_named_operation_as_subject_is_federal():
    rs = rows("Operation Granite Sky arrested 60 people in Omaha last week.")
    assert [r["action_type"] for r in rs] == ["federal_enforcement_operation"]


def test_calls_for_reform_are_the_speakers_not_the_bodys():
    got = types("It is time for Congress to rein in ICE and require its agents to show their badges.")
    assert got == ["call_to_abolish_or_reform"]
    assert types("Congress should abolish ICE, Mayor Tim Ellis of Eugene said.") == ["call_to_abolish_or_reform"]
    # an enacted requirement stays one
    assert types("The Oregon law requires federal agents to show their badges.") == ["require_agent_identification"]


def test_helping_someone_evade_agents_is_not_assistance():
    got = types("Federal prosecutors charged a Dane County judge with obstruction for helping a man evade ICE agents.")
    assert "target_local_officials" in got and "assist_ice" not in got


def test_signing_a_bill_that_mandates_287g_is_expansion_not_an_agreement():
    assert types("Georgia's governor signed a bill requiring every county jail to join the 287(g) program.") \
        == ["expand_cooperation"]
    assert types("The sheriff signed a 287(g) agreement with ICE on Monday.") == ["enter_formal_agreement"]


def test_an_operation_named_inside_another_action_is_its_object():
    got = types("Michigan Attorney General Dana Noel opened an investigation into the conduct of federal agents "
                "during the raid.")
    assert got == ["investigate_misconduct"]


def test_welcoming_policies_are_sanctuary():
    assert types("The Atlanta City Council approved a resolution reaffirming the city's welcoming policies.") \
        == ["affirm_sanctuary"]


def test_a_place_that_could_lose_federal_money_is_threatened():
    rs = rows("The Department of Homeland Security warned that Dauphin County could lose $1.8 million in federal grants.")
    assert [(r["action_type"], r["status"], r["actor_level"]) for r in rs] == [
        ("withhold_funding", "threatened", "federal")]
    assert rs[0]["target_jurisdiction"] == "Dauphin County"


def test_calling_on_congress_to_reform_ice_is_the_callers_act():
    rs = rows("Governor Rosa Lind of Vermont called on Congress to reform ICE by requiring its agents to wear "
              "visible identification.")
    assert [r["action_type"] for r in rs] == ["call_to_abolish_or_reform"]
    assert rs[0]["actor"] == "Rosa Lind"


def test_we_is_the_court_only_in_a_court_document():
    opinion = ("UNITED STATES COURT OF APPEALS\nPlaintiff-Appellee v. City, Defendant-Appellant.\n"
               "We affirm in part and reverse in part.\nAFFIRMED in part, REVERSED in part, and REMANDED.")
    got = extract_actions(parse_text(opinion, doc_id="o"), [], [], [], [], [])
    assert [r["action_type"] for r in got].count("court_action") == 2
    assert types("We will hold them accountable, the mayor of Akron said.") == []


def test_praise_and_federal_shaming_in_quotes():
    assert full_types("“ICE has been a great partner to this office, and they have taken real criminals off our "
                      "streets,” Sheriff Dale Hostetter of Lebanon County said.") == ["praise_enforcement"]
    assert full_types("“The commissioners have chosen to protect criminal aliens over their own residents,” "
                      "a DHS spokesperson said.") == ["federal_criticism"]


def test_model_agreements_and_counterclaims():
    assert "enter_formal_agreement" in types("Sheriff Wade Polk of Bibb County signed a task force agreement on Monday.")
    assert "sue_federal_government" in types(
        "The city of Boise counterclaimed, asking the court to enjoin the Department of Justice.")


def test_more_ways_news_reports_actions():
    assert types("National Guard troops arrived in Memphis on Friday.") == ["federal_deployment"]
    rs = rows("The Justice Department warned sanctuary jurisdictions that officials who obstruct enforcement "
              "could face prosecution.")
    assert [(r["action_type"], r["status"]) for r in rs] == [("target_local_officials", "threatened")]
    assert types("The governor of Utah vowed to fight the deployment in court.") == ["sue_federal_government"]
    assert types("The sheriff's office began checking the immigration status of everyone booked into the jail.") \
        == ["assist_ice"]
    assert types("The mayor said residents could face higher taxes.") == []


def test_rows_without_a_place_take_the_documents_focus():
    from analysis.extract import actors, dates, entities, instruments, organizations, places

    text = ("The Tulsa City Council voted to end the city's agreement with ICE. Tulsa had joined the program in 2019. "
            "Federal agents raided two apartment complexes on Friday. The council also voted to bar police "
            "from asking about immigration status.")
    p = parse_text(text, doc_id="f")
    m = entities.extract_mentions(p)
    pl = places.extract_places(p, m)
    rs = extract_actions(p, actors.extract_people(p, m, pl), organizations.extract_orgs(p, m, pl), pl,
                         dates.extract_dates(p), instruments.extract_instruments(p, m, pl))
    raid = [r for r in rs if r["action_type"] == "federal_enforcement_operation"]
    assert raid and raid[0]["target_jurisdiction"] == "us-ok-tulsa"
    bar = [r for r in rs if r["action_type"] == "bar_local_cooperation"]
    assert bar and bar[0]["jurisdiction"] == "us-ok-tulsa"


def test_addressees_co_plaintiffs_briefs_and_negated_directives():
    rs = rows("The Justice Department told Hartford and New Haven that it would cancel $6 million in grants "
              "unless the cities honored detainers.")
    assert sorted(r["target_jurisdiction"] for r in rs if r["action_type"] == "withhold_funding") == \
        ["Hartford", "New Haven"]
    assert types("Bridgeport and Stamford joined the lawsuit as co-plaintiffs.") == ["sue_federal_government"] * 2
    assert types("Nineteen states filed briefs supporting the cities.") == ["court_action"]
    assert types("Attorney General Maria Ortiz of Rhode Island issued guidance directing local police not to hold "
                 "people on ICE detainers without a warrant.") == ["bar_local_cooperation"]


def test_reviews_need_misconduct_and_portals_for_reporting_agents():
    assert types("The governor's office of Ohio said it would review every request from ICE.") == []
    assert types("The state of Ohio will set up a website where residents can report federal agents "
                 "who refuse to identify themselves.") == ["document_misconduct"]


def test_official_texts():
    rs = rows("The Department of Homeland Security today announced the arrest of 1,200 people in Operation Tall Pine.")
    assert [(r["action_type"], r["actor_level"]) for r in rs] == [("federal_enforcement_operation", "federal")]
    rs = rows("Governor Ana Pruitt signed House Bill 1312 into law, which prohibits civil immigration arrests "
              "at courthouses.")
    assert [(r["action_type"], r["actor"]) for r in rs] == [("restrict_enforcement_sites", "Ana Pruitt")]
    order = ('IN THE UNITED STATES DISTRICT COURT\nThe State of Iowa and the City of Ames (together, "Plaintiffs") '
             "filed suit on October 6, 2025.")
    got = extract_actions(parse_text(order, doc_id="o"), [], [], [], [], [])
    assert {r["action_type"] for r in got} == {"sue_federal_government"}
    # outside a court document the same sentence needs a federal party to be a suit against it
    assert types("The State of Iowa and the City of Ames filed suit on October 6, 2025.") == []


def test_content_of_a_proposal_is_proposed():
    rs = rows("Under the plan, deputies in Story County would no longer hold inmates for ICE.")
    assert [(r["action_type"], r["status"]) for r in rs] == [("bar_local_cooperation", "proposed")]
    rs = rows("If passed, the Fresno ordinance would bar ICE from city property.")
    assert [(r["action_type"], r["status"]) for r in rs] == [("restrict_enforcement_sites", "proposed")]


def test_a_quotation_standing_alone_carries_its_speakers_rhetoric():
    from analysis.extract import actors, dates, entities, instruments, organizations, places, quotes

    text = ("Mayor Lena Ortiz of Yakima spoke after the arrests on Friday. “These raids are cruel and they terrorize "
            "our children.” Ortiz said the city would review its options.")
    p = parse_text(text, doc_id="q")
    m = entities.extract_mentions(p)
    pl = places.extract_places(p, m)
    pe, og = actors.extract_people(p, m, pl), organizations.extract_orgs(p, m, pl)
    qu = quotes.extract_quotes(p, pe, og)
    args = (p, pe, og, pl, dates.extract_dates(p), instruments.extract_instruments(p, m, pl))
    assert [r["action_type"] for r in extract_actions(*args)] == []          # no speech verb in that sentence
    got = extract_actions(*args, qu)
    assert [(r["action_type"], r["actor"], r["rule"]) for r in got] == [
        ("condemn_federal_action", "Lena Ortiz", "quoted_statement")]


@pytest.mark.parametrize("text, place", [
    # what is called names no federal act ("the listing"), but the sentence before told one
    ('DHS listed Austin as a sanctuary city. Mayor Corbin Wexler-Ames of Austin called the listing "a political '
     'stunt that changes nothing about how our officers work."', "us-tx-austin"),
])
def test_calling_a_federal_act_names_condemns_it(text, place):
    from analysis.extract import run

    got = [r for r in run.extract_document(parse_text(text, doc_id="t"))["actions"]
           if r["action_type"] == "condemn_federal_action"]
    assert [r["jurisdiction"] for r in got] == [place]


def test_calling_a_local_vote_a_good_day_condemns_nothing():
    text = 'The council approved the budget. Mayor Ada Ruiz of Austin called the vote "a good day for our parks."'
    assert "condemn_federal_action" not in [r["action_type"] for r in rows(text)]
