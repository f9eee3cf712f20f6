"""Rules for official texts (resolutions, executive orders, federal letters) and the
discourse of news stories: what an instrument is about, who "the Department" is,
which status a "shall" or a one-chamber vote has, and constructions that name no act.

Every sentence is invented for these tests (real US places, made-up people and bills).
"""
import pytest

from analysis.extract import run
from analysis.extract.base import parse_text
from analysis.extract.organizations import classify
from analysis.segment import is_heading_line

# what the rules code; the classifier's rows are tested in test_classifier.py
pytestmark = pytest.mark.usefixtures("rules_only")


def rows(text):
    """Action rows with every earlier stage run, as in a build."""
    return run.extract_document(parse_text(text, doc_id="t"))["actions"]


def types(text):
    return [r["action_type"] for r in rows(text)]


def by_type(text, field):
    """{action_type: the row's ``field``} for the action rows of a text."""
    return {r["action_type"]: r[field] for r in rows(text)}


def only(text, action_type):
    found = [r for r in rows(text) if r["action_type"] == action_type]
    assert found, f"no {action_type} in {[r['action_type'] for r in rows(text)]}"
    return found[0]


LETTER = ("U.S. Department of Justice\nCivil Division\n\nMarch 2, 2026\n\nDear County Executive Brandt:\n\n"
          "I write about Carroll County's policies on cooperation with ICE, which the Department of Justice "
          "has reviewed.\n\n")


# ----------------------------------------------------------------- status
def test_operative_shall_of_an_order_is_in_force():
    r = only("The Department of Corrections shall honor every detainer lodged by ICE.", "assist_ice")
    assert r["status"] == "enacted"
    # a duty laid on a class of officers is a law requiring cooperation, here a proposed one
    r = only("Under the bill, sheriffs shall honor every detainer lodged by ICE.", "expand_cooperation")
    assert r["status"] == "proposed"


def test_a_vote_of_one_chamber_is_a_proposal():
    assert only("The state House voted 61-39 to bar police from asking about immigration status.",
                "bar_local_cooperation")["status"] == "proposed"
    assert only("The city council voted 7-2 to bar police from asking about immigration status.",
                "bar_local_cooperation")["status"] == "enacted"


def test_the_exception_clause_of_a_law_is_no_threat():
    r = only("Gov. Lena Ostrow signed a bill on Friday barring jails from holding people on immigration "
             "detainers unless a judge has signed a warrant.", "bar_local_cooperation")
    assert r["status"] == "enacted"
    r = only("The Justice Department said it would sue the county if it kept its sanctuary policy.",
             "federal_lawsuit")
    assert r["status"] == "threatened"


def test_prepared_to_sue_is_a_threat():
    r = only(LETTER + "Should the County fail to comply, the Department is prepared to file suit to enjoin "
                      "the ordinance.", "federal_lawsuit")
    assert r["status"] == "threatened" and r["actor_level"] == "federal"


# ----------------------------------------------------------------- federal letters
def test_the_department_named_in_full_earlier_is_federal():
    got = rows(LETTER + "The Department will file suit to enjoin the ordinance.")
    assert [r["actor_level"] for r in got if r["action_type"] == "federal_lawsuit"] == ["federal"]
    assert "sue_federal_government" not in [r["action_type"] for r in got]


def test_a_request_with_a_deadline_and_a_designation_are_ultimatums():
    assert "federal_ultimatum" in types(
        LETTER + "The Department requests that the County, no later than April 15, 2026, repeal the ordinance.")
    assert "federal_ultimatum" in types(
        LETTER + "The Department will identify Carroll County as a sanctuary jurisdiction on its quarterly list.")
    # a request with no deadline is no ultimatum
    assert "federal_ultimatum" not in types(LETTER + "The Department requests a meeting with the County.")


def test_what_funding_is_conditioned_on_is_a_demand_not_an_act():
    got = types(LETTER + "Future awards to the County will be conditioned on its agreement to honor detainers "
                         "and to give ICE access to its jail.")
    assert "withhold_funding" in got and "assist_ice" not in got


def test_a_federal_inquiry_into_local_officials_targets_them():
    got = types(LETTER + "The Department will investigate any official who directs County employees to "
                         "obstruct federal officers.")
    assert "target_local_officials" in got and "investigate_misconduct" not in got


def test_federal_warning_that_employees_could_be_charged():
    got = types("ICE field office director Colm Reddy warned that city employees who tip off residents "
                "about arrests could be charged with obstructing federal officers.")
    assert "target_local_officials" in got and "threaten_prosecution" not in got


# ----------------------------------------------------------------- what an instrument is about
def test_a_definite_instrument_takes_the_content_of_its_antecedent():
    text = ("In 2019 the county adopted a welcoming ordinance that limits cooperation with ICE. "
            "The 2019 ordinance was rescinded on a 3-2 vote of the County Commission on Monday.")
    assert "assist_ice" in types(text)
    # with no antecedent, rescinding "the ordinance" says nothing about immigration
    assert types("The 2019 ordinance was rescinded on a 3-2 vote of the County Commission on Monday.") == []


def test_reaffirming_the_bill_last_described():
    text = ("The county executive said the county would remain a welcoming county for immigrants under "
            "Bill 7-24. The County Council voted 9-0 on Tuesday to reaffirm the bill.")
    assert "affirm_sanctuary" in types(text)


def test_a_bill_reintroduced_keeps_its_type():
    text = ("Gov. Ruth Amsel vetoed Senate Bill 90, which would have required jails to notify ICE before "
            "releasing anyone convicted of a felony. Sen. Karl Weyand said he would reintroduce it in January.")
    got = [r for r in rows(text) if r["rule"] == "reintroduce"]
    assert [r["action_type"] for r in got] == ["expand_cooperation"]
    assert got[0]["status"] == "announced" and "reintroduce" in got[0]["evidence"]


def test_a_renewal_is_the_renewal_of_the_agreement_last_named():
    text = ("The Cache County Sheriff's Office renewed its 287(g) agreement with ICE for two years. "
            "The renewal was signed on Monday.")
    assert types(text).count("keep_formal_agreement") == 2


def test_an_agreement_named_by_its_owner_or_its_kind_is_the_one_named_before():
    # "his office's agreement" (a possessor) and "a similar contract" (its kind) point back to the agreement
    text = ("Park County signed a jail enforcement model agreement with ICE in 2025. "
            "The Lincoln County sheriff renewed his office's agreement last June.")
    assert "keep_formal_agreement" in types(text)
    assert types("The Lincoln County sheriff renewed his office's agreement last June.") == []
    text = ("Whitfield County signed a detention agreement with ICE in 2019. "
            "But our neighbors in Murray County let a similar contract lapse in 2025.")
    assert only(text, "end_formal_agreement")["jurisdiction"] == "us-ga-murray-county"


def test_an_object_after_a_phrase_set_off_by_commas():
    text = ("On Tuesday, the Whitfield County Board of Commissioners voted 4-1 to renew, for three more years, the "
            "jail's detention agreement with U.S. Immigration and Customs Enforcement.")
    assert by_type(text, "jurisdiction") == {"keep_formal_agreement": "us-ga-whitfield-county"}


def test_applying_for_an_agreement_is_a_proposal():
    text = "Fremont County applied for a task force model agreement with ICE last month; ICE has not acted on it."
    assert by_type(text, "status") == {"enter_formal_agreement": "proposed"}
    assert by_type("Sheriff Ada Quill said Natrona County will apply for a 287(g) agreement with ICE.",
                   "status") == {"enter_formal_agreement": "announced"}
    assert by_type("Fremont County signed a 287(g) agreement with ICE last month.",
                   "status") == {"enter_formal_agreement": "enacted"}


def test_a_similar_request_is_a_records_request_after_one():
    text = ("On March 3, the Iowa City attorney filed a Freedom of Information Act request with ICE for records "
            "of its arrests in the city. The Coralville City Council sent ICE a similar request on March 5.")
    got = [r for r in rows(text) if r["action_type"] == "records_request"]
    assert len(got) == 2 and "similar request" in got[1]["evidence"]
    # with no request before, "a similar request" is nothing known
    assert types("The Coralville City Council sent ICE a similar request on March 5.") == []


def test_seeking_ices_own_records_is_a_records_request():
    text = "The Ames City Council directed staff to seek ICE's records of its enforcement actions in the city."
    assert "records_request" in types(text)


@pytest.mark.parametrize("text", [
    "The order also requires the shift supervisor in Ames to log every request from a federal immigration agency and "
    "the Chief to report the totals to the Council each quarter.",
    "Troop commanders shall log every request from a federal immigration agency, and the Commissioner shall report "
    "the totals to the Governor twice a year.",
    "On May 19, 2026, the Naples City Council voted 4-3 to ask the Sheriff's Office for a monthly count of Naples "
    "residents transferred to ICE.",
])
def test_a_duty_to_count_ice_requests_is_a_records_request(text):
    assert "records_request" in types(text)


@pytest.mark.parametrize("text", [
    "The sheriff must report crime statistics to the board each quarter.",
    "The Naples City Council voted to ask the Sheriff's Office for a monthly count of traffic stops.",
])
def test_a_duty_to_count_something_else_is_none(text):
    assert "records_request" not in types(text)


def test_would_sign_if_is_a_supposition():
    text = ("In May, the Pennsylvania House passed a bill that would bar state and local police from asking about "
            "immigration status during traffic stops. Gov. Celeste Abiodun-Marsh has said she would sign the bill "
            "if it ever reached her desk.")
    assert [r["evidence"][:5] for r in rows(text)] == ["In Ma"]


# ----------------------------------------------------------------- directions
def test_a_bar_on_limiting_cooperation_expands_it():
    assert types("Iowa law bars cities and counties from limiting cooperation with federal immigration "
                 "agents.") == ["expand_cooperation"]
    assert types("The ordinance bars the police from sharing information with ICE.") == ["bar_local_cooperation"]


def test_a_penalty_on_places_that_limit_cooperation_expands_it():
    got = types("No state agency shall award a grant to a county or city that the attorney general has found "
                "maintains a policy limiting cooperation with federal immigration authorities.")
    assert got == ["expand_cooperation"]


def test_directing_an_official_to_end_an_agreement_ends_it():
    got = types("THAT the City Manager is directed to terminate the agreement between the police department "
                "and ICE for the transport of detained persons.")
    assert got == ["end_formal_agreement"]


# ----------------------------------------------------------------- praise and criticism
def test_praise_of_a_partner():
    assert "praise_enforcement" in types(
        "The Lincoln County Sheriff's Office has been an exemplary partner to ICE for a decade.")
    assert "praise_enforcement" not in types(
        "The city has been a strong partner of the county in the fight against ICE raids.")


def test_a_federal_official_saying_a_named_city_frees_criminals_criticises_it():
    r = only('ICE field office director Dana Voss said that "Tulsa\'s new policy will put dangerous criminals '
             'back on the streets."', "federal_criticism")
    assert r["target_jurisdiction"] == "us-ok-tulsa"


def test_immunity_claim_in_other_words():
    r = only('A DHS spokesperson said federal officers "are not bound by state laws about masks."',
             "immunity_claim")
    assert r["status"] == "enacted"


# ----------------------------------------------------------------- people and documents
def test_state_lawmakers_in_a_story_about_a_state_legislature():
    text = ("The state Senate passed Senate Bill 12 on Tuesday. Sen. Orla Finch, a Des Moines Democrat, "
            "said the bill was cruel.")
    people = run.extract_document(parse_text(text, doc_id="t"))["people_mentions"]
    finch = [p for p in people if p["name"] == "Orla Finch"]
    assert finch and finch[0]["level"] == "state" and finch[0]["role"] == "state senator"


def test_state_homeland_security_departments_are_state_agencies():
    assert classify("Department of Safety and Homeland Security") == ("state_agency", "state")
    assert classify("Department of Homeland Security")[1] == "federal"


def test_the_title_of_a_resolution_is_a_heading():
    assert is_heading_line("A RESOLUTION REAFFIRMING DAYTON AS A WELCOMING CITY AND LIMITING THE USE OF "
                           "CITY RESOURCES FOR IMMIGRATION ENFORCEMENT.")
    assert not is_heading_line("THAT the City reaffirms its status as a welcoming city.")


# ----------------------------------------------------------------- no act named
@pytest.mark.parametrize("text", [
    "Legislators argued over how far Iowa should go in helping federal agents.",
    "A week of long sessions at the Capitol ended with the immigration fight unsettled.",
    "Rhea Tamm, who directs ICE's enforcement operations in the state, spoke to reporters on Tuesday.",
    "County leaders chose to release the men rather than hand them to federal officers.",
])
def test_sentences_that_name_no_act(text):
    assert types(text) == []


def test_a_release_that_times_a_negated_notice_is_no_act():
    got = types("The jail no longer honors ICE detainers and does not notify ICE before it releases a person.")
    assert got == ["bar_local_cooperation"]


# ----------------------------------------------------------------- parser errors and other acts
def test_news_verb_parsed_as_a_noun_modifier():
    r = only("Federal agents arrested at least 20 workers at a meatpacking plant on Tuesday.",
             "federal_enforcement_operation")
    assert r["actor_level"] == "federal"


def test_arrests_during_an_operation_reported_by_the_agency():
    got = [r for r in rows("According to ICE, about 30 people were arrested during a three-day operation in "
                           "Provo and Orem in May.") if r["action_type"] == "federal_enforcement_operation"]
    assert sorted(r["target_jurisdiction"] for r in got) == ["us-ut-orem", "us-ut-provo"]


def test_object_parsed_as_a_subject_is_still_read():
    assert types("Under Bill 3, which the council passed in 2024, the Department of Correction no longer "
                 "honors ICE detainers.") == ["bar_local_cooperation"]


def test_volunteers_trained_to_watch_arrests_and_offices_for_reports():
    assert "document_misconduct" in types("The city is training 30 volunteers to watch ICE arrests and record them.")
    assert "document_misconduct" in types(
        "The city will open an office where residents can report encounters with federal immigration agents.")


def test_residents_suing_their_county_is_a_court_case():
    got = types("Three county residents sued the county commission on May 2, arguing that it broke the "
                "open meetings law when it repealed its welcoming ordinance.")
    assert "court_action" in got and "sue_federal_government" not in got


def test_handing_people_to_ice_and_honoring_detainers():
    assert "assist_ice" in types("In Cranston, officers have handed 12 people to ICE since January.")
    assert "assist_ice" in types("The Polk County jail has continued to honor detainers, the sheriff said.")


# ----------------------------------------------------------------- later additions
def test_prohibitions_in_guidance_bar_cooperation():
    r = only("Under the Act, no officer may keep a person in custody solely because ICE has lodged a detainer.",
             "bar_local_cooperation")
    assert r["status"] == "enacted"
    assert "bar_local_cooperation" not in types("The sheriff may not have honored the detainer.")


def test_declining_ice_requests_is_a_bar_not_a_declaration():
    got = types("The mayor said the police department declined three ICE requests in March for help at arrests.")
    assert "bar_local_cooperation" in got and "affirm_sanctuary" not in got


def test_a_proposal_that_would_direct_is_proposed():
    r = only("Resolution No. 12 would direct the police department to decline requests from federal immigration "
             "agents for help with civil arrests.", "bar_local_cooperation")
    assert r["status"] == "proposed"


def test_a_court_declining_to_block_is_only_a_court_act():
    got = types("But the judge declined to block a separate rule that requires grant recipients to give ICE "
                "access to jails.")
    assert got == ["court_action"]


def test_keeping_an_ordinance_that_limits_cooperation_affirms_sanctuary():
    assert "affirm_sanctuary" in types("The mayor said the city will continue to enforce its ordinance, which "
                                       "bars police from asking residents about their immigration status.")
    text = ('The ordinance bars Omaha police from holding anyone on an ICE detainer. "We will defend this '
            'ordinance in court," the mayor said.')
    assert "affirm_sanctuary" in types(text)


def test_the_claim_behind_a_suit_or_a_cut_is_no_act():
    assert types("The Justice Department sued Omaha on Wednesday, arguing that a city ordinance barring police "
                 "from holding people for immigration agents is unlawful.") == ["federal_lawsuit"]
    got = types("ICE sent the county a letter demanding that it explain within 30 days why its jail was refusing "
                "detainers.")
    assert "federal_ultimatum" in got and "bar_local_cooperation" not in got


def test_calls_with_must_or_needs_to_belong_to_the_speaker():
    r = only("Gov. Ada Price said Congress must rein in an agency that answers to no one.",
             "call_to_abolish_or_reform")
    assert r["actor"] == "Ada Price"
    assert "call_to_abolish_or_reform" in types(
        'An organizer told the council that "Congress needs to shut ICE down and start over."')


def test_a_suit_that_answers_a_federal_cut_needs_no_federal_word():
    text = ("The Justice Department cut off $4 million in grants to Oregon in February. "
            "Oregon sued in March.")
    assert "sue_federal_government" in types(text)
    assert "sue_federal_government" not in types("Oregon sued in March over a highway contract.")


def test_arrests_counted_by_city_after_an_operation_is_reported():
    text = ("ICE today announced the results of Operation Cold Harbor, a two-week enforcement operation in "
            "Maine that led to 90 arrests.\n\nOfficers took 40 people into custody in Lewiston and 20 in Augusta.")
    got = [r["target_jurisdiction"] for r in rows(text) if r["rule"] == "custody_arrests"]
    assert sorted(got) == ["us-me-augusta", "us-me-lewiston"]
    assert not [r for r in rows("Deputies took the man into custody after a fight.") if r["rule"] == "custody_arrests"]


def test_federal_praise_of_two_sheriffs_gives_two_rows():
    got = [r for r in rows("In Maine, ICE field office director Lena Morrow thanked Cumberland County Sheriff Ada Pike and "
                           "York County Sheriff Rob Lunt for their support.") if r["action_type"] == "praise_enforcement"]
    assert len(got) == 2


def test_state_pressure_on_a_city_expands_cooperation():
    assert "expand_cooperation" in types("Attorney General Lyle Dane threatened to sue the city of Columbia over "
                                         "its sanctuary ordinance.")
    assert "expand_cooperation" in types("Gov. Ada Stroud will ask the General Assembly to cut the city's share "
                                         "of state funds if it keeps its sanctuary ordinance.")
    assert types("Local policies that limit cooperation with federal immigration authorities were banned by the "
                 "General Assembly in 2024.") == ["expand_cooperation"]


def test_campaign_pledges_are_no_act():
    assert types("The challenger said that if elected she would end the 287(g) agreement on her first day.") == []


def test_a_state_attorney_general_beside_ice_stays_a_state_official():
    text = ("While ICE agents swept through Trenton last spring, State Attorney General Dana Loft opened a "
            "website where residents can upload videos of abuses by federal agents.")
    people = run.extract_document(parse_text(text, doc_id="t"))["people_mentions"]
    assert [(p["name"], p["level"]) for p in people] == [("Dana Loft", "state")]
    assert "document_misconduct" in types(text)


def test_rows_without_a_place_take_the_place_of_their_level_or_their_dateline():
    text = ("date: 2026-03-02\n\nROGERS, Ark. — Benton County's sheriff spoke in Rogers on Monday. Rogers officials "
            "and Rogers police watched. The sheriff's office renewed its 287(g) agreement with ICE in January.")
    got = [r for r in rows(text) if r["action_type"] == "keep_formal_agreement"]
    assert [r["jurisdiction"] for r in got] == ["us-ar-benton-county"]
    roundup = ("date: 2026-06-10\n\nDAYTON, Ohio — The city will open an office where residents can report "
               "encounters with federal immigration agents.\n\nAKRON, Ohio — City police declined to honor 14 ICE "
               "detainers this year.")
    assert by_type(roundup, "jurisdiction") == {"document_misconduct": "us-oh-dayton",
                                               "bar_local_cooperation": "us-oh-akron"}


def test_enforcement_told_inside_a_local_officials_harsh_quote_is_a_condemnation():
    got = types("\u201cICE agents have been dragging parents out of their cars at bus stops, and I am ashamed that "
                "our city helped,\u201d council member Ada Ruiz said before the vote.")
    assert got == ["condemn_federal_action"]
    # told plainly, the same arrests are an operation
    assert "federal_enforcement_operation" in types(
        "ICE agents pulled two parents out of their cars at a bus stop in Tulsa on Monday.")


def test_what_an_agreement_does_is_no_second_act():
    got = types("In August, Sheriff Ada Lind renewed the county's contract to hold ICE detainees at the jail for "
                "three more years.")
    assert got == ["keep_formal_agreement"]
    got = types("On March 16 the sheriff's office signed a second agreement under the task force model, which allows "
                "trained deputies to question people about their immigration status.")
    assert "enter_formal_agreement" in got and "assist_ice" not in got


def test_sections_of_a_bill_are_proposed():
    text = ("Bill S.210\nAn Act relative to local policing and federal immigration enforcement\n\nBILL SUMMARY\n\n"
            "Section 2 bars law enforcement agencies from notifying ICE of a person's release date.\n\n"
            "Section 4 bars civil immigration arrests inside courthouses and public schools.")
    assert by_type(text, "status") == {"bar_local_cooperation": "proposed", "restrict_enforcement_sites": "proposed"}


def test_counts_inside_a_reporting_duty_are_no_acts():
    got = types("Section 6 requires every sheriff to report to the state, twice a year, the number of people "
                "transferred to ICE custody.")
    assert "records_request" in got and "assist_ice" not in got


def test_a_party_and_a_town_after_a_name_mark_a_state_lawmaker():
    people = run.extract_document(parse_text("Representative Ida Thorne (R-Taunton) filed a bill on Monday.",
                                             doc_id="t"))["people_mentions"]
    assert [(p["role"], p["level"]) for p in people] == [("state representative", "state")]
    people = run.extract_document(parse_text("Representative Ida Thorne (D-Texas) filed a bill in Congress.",
                                             doc_id="t"))["people_mentions"]
    assert [p["level"] for p in people] == ["federal"]


def test_a_county_fiscal_court_is_no_court_and_its_motions_are_votes():
    text = ("The Fiscal Court approved the budget in June.\n\nIn a second motion, approved 5-2, the Court directed "
            "jail staff to stop sending ICE the daily booking roster.")
    assert types(text) == ["bar_local_cooperation"]


def test_criminalising_a_limit_on_cooperation_expands_it():
    assert types("The governor signed a bill in May making it a felony for a county official to vote for a policy "
                 "that limits cooperation with immigration authorities.") == ["expand_cooperation"]


def test_what_a_kind_of_program_allows_in_general_is_no_act():
    assert types("Immigration is a federal matter, and schemes like the 287(g) program let sheriffs "
                 "partner with ICE if they choose.") == []


def test_warm_descriptions_are_praise_and_harsh_ones_condemnation():
    assert types("Jailer Ada Voss called ICE a steady, professional partner.") == ["praise_enforcement"]
    assert types("Mayor Ann Cole called the raids a cruel show of force.") == ["condemn_federal_action"]


def test_approving_a_deal_and_beginning_to_house_detainees():
    assert "enter_formal_agreement" in types("The police jury's approval of the five-year deal with ICE came after "
                                             "a two-hour hearing.")
    r = only("Sheriff Ray Lott said his office will begin housing ICE detainees on July 1.", "assist_ice")
    assert r["status"] == "announced"


def test_a_court_ordering_an_exception_is_no_site():
    assert types("It also bars district employees from sharing a student's address or immigration status with "
                 "federal agents unless a court orders them to.") == ["bar_local_cooperation"]


def test_the_deal_last_described_is_approved():
    text = ("The parish police jury voted to rent 200 jail beds to ICE under a detention contract. The jury's "
            "approval of the five-year deal drew about 150 protesters.")
    assert "enter_formal_agreement" in types(text)
    # keeping a contract with ICE is no sanctuary, even after another agreement was ended
    text = ("The county ended its 287(g) agreement in 2024. Commissioner Lee voted to keep the detention contract "
            "with ICE.")
    assert "affirm_sanctuary" not in types(text)


# ----------------------------------------------------------------- one sentence, one code
@pytest.mark.parametrize("text, code", [
    pytest.param('A Homeland Security spokesperson praised the commissioners on Friday for putting safety first.',
                 'praise_enforcement', id='federal_praise_of_local_officials'),
    pytest.param("“Omaha will not be bullied into doing Washington's job,” Mayor Lee Tate said on Friday.",
                 'condemn_federal_action', id='harsh_words_about_washington_are_a_condemnation'),
    pytest.param('Commissioners voted 4-3 to let the 287(g) agreement with ICE expire on June 30.',
                 'end_formal_agreement', id='letting_an_agreement_expire_ends_it'),
])
def test_one_sentence_gives_its_code(text, code):
    assert code in types(text)


# ----------------------------------------------------------------- operative texts: who is bound, and how
ORDINANCE_HEAD = "ORDINANCE NO. 41\n\nSection 1. Purpose. The city adopts these rules.\n\n"


def test_a_prohibition_reaches_the_purpose_of_the_act_it_forbids():
    found = types("No county office shall use county vehicles or staff to help federal immigration agents.")
    assert "bar_local_cooperation" in found and "assist_ice" not in found


def test_an_exception_in_an_operative_rule_is_no_threat():
    r = only("A jail shall not hold a person on an immigration detainer unless a judge has signed a warrant.",
             "bar_local_cooperation")
    assert r["status"] == "enacted"


def test_must_in_an_ordinance_is_a_duty_not_a_call():
    found = types(ORDINANCE_HEAD + "Section 4. Every officer making an arrest in the city must display a badge number.")
    assert "require_agent_identification" in found and "call_to_abolish_or_reform" not in found


def test_a_duty_laid_on_every_agency_is_a_law_requiring_cooperation():
    assert only("Each county jail shall comply with detainers issued by ICE.", "expand_cooperation")
    assert "assist_ice" not in types("Each county jail shall comply with detainers issued by ICE.")
    # a time limit is no negation
    found = types("Each jail shall notify ICE not less than 24 hours before releasing a person held on a detainer.")
    assert "expand_cooperation" in found and "bar_local_cooperation" not in found


@pytest.mark.parametrize("text", [
    "No municipality shall adopt or enforce a sanctuary policy.",
    "Any mayor who enforces a sanctuary order shall be subject to a fine of $1,000 for each day it stays in force.",
])
def test_forbidding_or_penalising_sanctuary_is_a_ban_not_an_affirmation(text):
    found = types(text)
    assert "expand_cooperation" in found and "affirm_sanctuary" not in found


def test_staff_told_not_to_help_ice_at_all_is_a_sanctuary_rule():
    found = types("No deputy shall assist federal immigration agents in civil enforcement.")
    assert "affirm_sanctuary" in found and "bar_local_cooperation" not in found


@pytest.mark.parametrize("text", [
    "The ordinance prohibits city police from enforcing federal immigration law.",
    "The statute bars the motor vehicle agency from giving immigration agents license photos.",
    "The county will no longer rent jail beds to ICE.",
    "No City employee shall ask anyone about immigration status.",
])
def test_limits_on_cooperation_in_other_words(text):
    assert "bar_local_cooperation" in types(text)


def test_a_pledge_never_to_send_help_is_no_policy():
    assert "bar_local_cooperation" not in types("The governor would never send troopers to help ICE.")


def test_arrests_made_for_ice_are_assistance_not_charges_against_agents():
    found = types("Deputies arrested 12 people for ICE during the operation, Sheriff Omar Tillis said.")
    assert "assist_ice" in found and "threaten_prosecution" not in found
    assert "threaten_prosecution" in types("If ICE agents break state law, we will charge them, "
                                           "Attorney General Rhea Corso of Vermont said.")


def test_a_face_covering_rule_and_a_badge_rule_in_one_sentence_are_one_row():
    found = types(ORDINANCE_HEAD + "Section 5. Any officer who makes an arrest in the city shall display a badge "
                  "and shall not wear a mask.")
    assert found.count("require_agent_identification") == 1
    assert "require_agent_identification" in types("Federal officers shall not wear a face covering inside the "
                                                   "courthouse.")


def test_federal_shaming_of_a_revolving_door_and_of_an_order():
    text = ("SEATTLE (May 4, 2026)\n\n\"These officials have turned Tacoma into a revolving door for criminals,\" "
            "DHS Assistant Secretary Rhea Lomax said.\nLomax called the mayor's order \"a gift to cartels.\"")
    assert types(text).count("federal_criticism") == 2


def test_federal_statements_that_shame_or_praise_local_officials():
    text = ("CONCORD, N.H. (May 4, 2026)\n\nActing Field Office Director Lucan Hartigan, who leads ICE's enforcement "
            "operations in the region, spoke on Monday.\n"
            "\"Sheriff Ottoline Vance has never once let a removable criminal walk out of her jail, and that saves "
            "lives,\" Hartigan said.\n"
            "\"Mayor Quill has chosen to release people charged with serious crimes,\" Hartigan said.")
    found = types(text)
    assert "praise_enforcement" in found and "federal_criticism" in found


def test_a_quote_can_praise_ice_in_a_sentence_that_also_keeps_an_agreement():
    text = ("OGDEN, Utah (May 4, 2026)\n\n\"Our 287(g) partnership with ICE has made this county safer, and I will "
            "keep it as long as I serve,\" said Sheriff Wendell Ashby.\n"
            "\"ICE agents in this state are doing exactly the job we need, and they are doing it well,\" Gov. Mara "
            "Lindqvist told reporters.")
    found = types(text)
    assert found.count("praise_enforcement") == 2 and "keep_formal_agreement" in found


def test_losing_state_money_is_a_state_penalty_and_counterfactuals_are_no_acts():
    found = types("The attorney general warned the council that the city would lose its state shared revenue if "
                  "the resolution passed.")
    assert "expand_cooperation" in found
    assert types("Were the council to adopt the ordinance, the city could lose state grants while it stayed in "
                 "force.") == []
    assert "withhold_funding" in types("The county could lose federal grants.")


@pytest.mark.parametrize("text", [
    "The police department prohibits officers from asking about a person's immigration status during stops.",
    "City policy also bars officers from arresting anyone on the basis of an ICE administrative warrant alone.",
])
def test_more_limits_on_cooperation(text):
    assert "bar_local_cooperation" in types(text)


@pytest.mark.parametrize("text", [
    "The city council will hold a public hearing on June 11 about ICE access to the jail.",
    "On Wednesday the police chief notified ICE in writing that the department was withdrawing from the agreement.",
    "We keep hearing that the sheriff is talking with ICE about a 287(g) task force agreement.",
    "Deputies will keep holding inmates on ICE detainers until the contract expires.",
])
def test_meetings_messages_and_rumours_are_no_cooperation(text):
    found = types(text)
    assert "keep_formal_agreement" not in found
    assert found.count("assist_ice") <= (1 if "detainers" in text else 0)


def test_executive_orders_rented_beds_immunity_and_grant_conditions():
    text = ("PROVO, Utah (May 22, 2026)\n\nMayor Ilse Brandauer signed an executive order Wednesday that closes "
            "city-owned buildings to federal immigration enforcement unless agents present a warrant signed by a judge.\n"
            "\"We also rent 40 beds in our jail to ICE at $88 a day, money that paid for a new cruiser,\" "
            "Sheriff Amos Kettleby said.\n"
            "A DHS spokeswoman said federal officers \"are not bound by a state law telling them what to wear.\"\n"
            "On March 2, the Justice Department attached two new conditions to the city's 2026 grant awards.")
    found = types(text)
    assert "restrict_enforcement_sites" in found and "court_action" not in found
    assert "assist_ice" in found and "immunity_claim" in found and "withhold_funding" in found


def test_records_requests_suits_against_officials_and_counterfactual_freezes():
    found = types("On July 2 the attorney general's office sent ICE a request under the Freedom of Information Act "
                  "for every inspection report.")
    assert "records_request" in found and "assist_ice" not in found
    found = types("The Justice Department sued Oregon Gov. Tamsin Oakes and Attorney General Rufus Brill over the law.")
    assert "federal_lawsuit" in found and "target_local_officials" not in found
    assert "withhold_funding" not in types("Had the Department also frozen the city's 2025 award, the city might have "
                                           "made a similar showing.")


def test_the_word_enforcement_alone_is_no_cooperation():
    found = types("The mayor directed police to investigate any misconduct by ICE agents, a move that deepens the "
                  "rift over federal enforcement.")
    assert "investigate_misconduct" in found and "expand_cooperation" not in found


@pytest.mark.parametrize("text, code, present", [
    ("The president ordered 400 National Guard troops to Portland.", "federal_deployment", True),
    ("The chief ordered officers to wear body cameras.", "federal_deployment", False),
    ("ICE said it would assign 50 more officers to Fairfield County next month.", "federal_deployment", True),
    ("The chief assigned two officers to the school.", "federal_deployment", False),
    # an "-ies" verb the parser read as a plural noun
    ("The state prison notifies ICE before it releases anyone with a detainer.", "assist_ice", True),
    ("Deputies flagged 300 inmates for ICE last year, jail records show.", "assist_ice", True),
    ("The Justice Department placed Hennepin County on its list of jurisdictions that obstruct enforcement.",
     "federal_ultimatum", True),
    ('"ICE has been a good partner to this county," Sheriff Dale Voss said.', "praise_enforcement", True),
    ("The sheriff is authorized to execute a 287(g) agreement with ICE.", "enter_formal_agreement", True),
    # a job description is no act
    ('"They keep releasing criminals," said Ana Pike, who directs ICE\'s enforcement operations in the state.',
     "expand_cooperation", False),
    ("The order creates an Office of Immigrant Affairs to receive complaints about federal agents.",
     "document_misconduct", True),
    ("In March, the council voted to pay for a city-run hotline where residents can report immigration "
     "enforcement they witness.", "document_misconduct", True),
    ("The city council opposes the deployment of National Guard troops in Tacoma.", "condemn_federal_action", True),
    ("District staff shall not collect or disclose information about a student's immigration status.",
     "bar_local_cooperation", True),
    ("District police shall not take part in civil immigration enforcement.", "bar_local_cooperation", True),
    ("Sheriff Ona Pruitt said her deputies would never take part in street sweeps with federal agents.",
     "bar_local_cooperation", False),
    ("The council voted to bar city police from providing traffic control or any other support to ICE during "
     "arrests.", "bar_local_cooperation", True),
    # "call X 'Y'" with the quotation parsed as an apposition, and "called" as a noun's modifier
    ('Mayor Vera Lisk, who voted with the majority, called the May arrests "an ambush on people buying groceries."',
     "condemn_federal_action", True),
    ('Councilor Ada Ruiz, who voted with the majority, called the May arrests "a stain on this city."',
     "condemn_federal_action", True),
    # "neither ... nor" negates
    ("Neither the state constitution nor state law permits the governor to compel counties to enforce immigration "
     "law.", "expand_cooperation", False),
])
def test_one_sentence_codes_of_official_and_news_phrasings(text, code, present):
    assert (code in types(text)) == present
