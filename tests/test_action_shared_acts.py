"""Acts the rules used to miss or double: a second verb sharing the subject of a "bars" ("bars ... and keeps
federal agents out of city buildings"), detainers no longer held, a contract let expire, an agreement added,
a rapid-response line set up, going to court, letters "similar" to one just told, a wish that Congress act,
what federal officers say they need not do, a records request sent to ICE (no deployment), support for a
bill (no help to ICE), the verdict of an official who wrote the text, "the records show", an e-mailed list,
"members shall not", "What the agents did ... was wrong", a state inquiry into a local body, words that only
look like acts ("moved an inmate's release", "Not one sheriff has ...", "No statute requires ...", "keep it that
way"), arrests counted per city, an order by a sheriff (no court), images of a hunt or a siege, a county name
many states share, a notice not to renew, the mayor under an "Office of the Mayor" letterhead, "a raid that ... does not make one family
safer", and one row per sentence, code and place.

Every sentence is invented for these tests (real US places, made-up people, laws and offices).
"""
import pytest
from action_helpers import coded, rows, types

# what the rules code; the classifier's rows are tested in test_classifier.py
pytestmark = pytest.mark.usefixtures("rules_only")


def test_a_verb_sharing_the_subject_of_bars_is_an_act_of_its_own():
    text = ("The ordinance bars city employees from asking anyone about immigration status and keeps federal "
            "agents out of city buildings.")
    assert types(text) == ["bar_local_cooperation", "restrict_enforcement_sites"]
    # a list the parser hung on the main verb ("prohibit ... a policy that limits ..., bars ... or restricts")
    # stays what the prohibition is about
    text = ('The bill would also prohibit counties from adopting a "sanctuary policy," defined as any rule that '
            "limits communication with ICE, bars jail staff from honoring detainers or restricts ICE access to a jail.")
    assert "bar_local_cooperation" not in types(text)


def test_detainers_no_longer_held_are_a_limit():
    assert coded("The Boulder County jail stopped holding people on detainers on July 1, 2026.") \
        == [("bar_local_cooperation", "enacted")]


def test_a_contract_let_expire_is_ended_by_those_who_let_it():
    got = [r for r in rows("Salem County commissioners voted in June to let the county's contract with ICE expire "
                           "at the end of the year.") if r["action_type"] == "end_formal_agreement"]
    assert [(r["actor"], r["jurisdiction"]) for r in got] == [("Salem County", "us-nj-salem-county")]
    # the deal's own term is no act
    assert types("The agreement with ICE expires on June 30, 2028.") == []


def test_an_agreement_added_but_not_conditions_added_to_grant_agreements():
    assert types("Davie County Sheriff Lyle Brandt added a task force agreement with ICE in March 2026.") \
        == ["enter_formal_agreement"]
    assert "enter_formal_agreement" not in types(
        "DHS added the immigration conditions to Denver's grant agreements in February.")


def test_a_rapid_response_line_set_up_documents_arrests_but_one_only_named_does_not():
    assert types("On March 1 the city of Eugene launched a rapid-response hotline with a local nonprofit, so a "
                 "family can report an arrest and get a call back from a lawyer.") == ["document_misconduct"]
    assert types("Mayor Ada Lindqvist of Eugene said she answers phones for the rapid response line at a parish.") == []


def test_going_to_court_is_a_lawsuit_threatened():
    assert coded("The letter warned that the United States would go to court if Lehigh County did not change "
                 "its policy.") == [("federal_lawsuit", "threatened")]
    # a place suing over money cut off sues the federal government ("the money" is federal money)
    assert coded("Evanston Mayor Rosa Lindgren said the city will go to court if the grants are cut.") \
        == [("sue_federal_government", "threatened")]
    assert coded("Skokie Village President Irma Castellanos said the village will sue if the money is cut.") \
        == [("sue_federal_government", "threatened")]


def test_similar_letters_repeat_the_demand_just_told_once_per_place():
    text = ("The Justice Department sent a letter to Lehigh County on January 5 demanding that the county honor "
            "ICE detainers within 30 days.\n\nThe Department has sent similar letters to Allentown, Bethlehem and "
            "Easton, whose policies remain under review.")
    got = [r for r in rows(text) if r["action_type"] == "federal_ultimatum"]
    assert sorted(r["target_jurisdiction"] for r in got) == [
        "us-pa-allentown", "us-pa-bethlehem", "us-pa-easton", "us-pa-lehigh-county"]
    # "the same letter" goes on about the letter told: no second demand
    text = ("The Justice Department sent a letter to Lehigh County on January 5 demanding that the county honor "
            "ICE detainers within 30 days.\n\nThe same letter warned that the county could lose federal grants.")
    assert len([r for r in rows(text) if r["action_type"] == "federal_ultimatum"]) == 1


def test_a_wish_that_congress_act_is_a_call_made():
    assert coded("Mayor Ruth Caldwell of Eugene said she would like to see Congress require every ICE officer to "
                 "show a face and a badge number.") == [("call_to_abolish_or_reform", "enacted")]


@pytest.mark.parametrize("text", [
    'A DHS spokesperson said "no state has the authority to tell a federal officer what to wear."',
    "In an email, an ICE spokesperson said officers are under no obligation to identify themselves to bystanders.",
    'She added that federal officers "are not bound by a governor\'s executive order."',
    'The spokesperson also said that Eugene police "have no authority to investigate a federal officer."',
])
def test_what_federal_officers_say_binds_them_not_is_an_immunity_claim(text):
    assert types(text) == ["immunity_claim"]


def test_a_records_request_sent_to_ice_is_no_deployment_and_support_for_a_bill_no_help():
    text = ("On Tuesday the Eugene city attorney sent ICE a Freedom of Information Act request for every arrest "
            "its officers have made near a courthouse.")
    assert types(text) == ["records_request"]
    text = ("Councilmember Ana Ruiz of Eugene has written to Oregon's congressional delegation asking them to "
            "support legislation requiring ICE officers to show their faces during arrests.")
    assert "assist_ice" not in types(text)


NEWSLETTER = """From: Councilmember Lucia Marrow <ward2@boise.example.gov>
Subject: Ward 2 update
Date: Friday, June 12, 2026

Dear neighbors,

On Wednesday the council voted 5-2 to adopt an ordinance that keeps ICE from staging operations in city parks. \
I was proud to vote yes.

On June 3, ICE officers arrested a man outside a courtroom at Boise City Hall. Arresting someone for coming \
to court is shameful, and it makes every one of us less safe.
"""


def test_the_verdict_of_the_official_who_wrote_a_text_is_a_condemnation_and_pride_in_a_limit_no_praise():
    got = rows(NEWSLETTER)
    condemn = [r for r in got if r["action_type"] == "condemn_federal_action"]
    assert [r["actor"] for r in condemn] == ["Lucia Marrow"]
    assert "shameful" in condemn[0]["evidence"]
    assert "praise_enforcement" not in {r["action_type"] for r in got}


def test_acts_known_from_records_are_reported_and_an_emailed_list_is_help():
    text = ("From June 2025 to August 2027, the sheriff's office in Kern County e-mailed ICE a list every weekday "
            "of the people booked into the county jail, the records show.")
    assert coded(text) == [("assist_ice", "reported")]


def test_members_of_a_force_barred_from_traffic_control():
    assert coded("4.3 Members shall not provide traffic control, perimeter security or transport for a civil "
                 "immigration arrest.") == [("bar_local_cooperation", "enacted")]


def test_what_ice_did_judged_wrong_is_a_condemnation_by_the_writer():
    text = NEWSLETTER.replace("Arresting someone for coming to court is shameful, and it makes every one of us "
                              "less safe.", "What the agents did that morning was wrong.")
    condemn = [r for r in rows(text) if r["action_type"] == "condemn_federal_action"]
    assert [(r["actor"], r["status"]) for r in condemn] == [("Lucia Marrow", "enacted")]
    assert "What the agents did" in condemn[0]["evidence"]


def test_one_row_per_sentence_code_and_place():
    text = ("The Justice Department sent a letter to Lehigh County on January 5 demanding that the county honor "
            "ICE detainers within 30 days.")
    assert len(rows(text)) == 1


@pytest.mark.parametrize("text, expected", [
    # a state inquiry into a local body's help to ICE limits cooperation
    ("On Thursday, the office of California Attorney General Marisela Dunleavy said it had opened an inquiry into "
     "the Kern County sheriff's office's data sharing.", ["bar_local_cooperation"]),
    ("Oregon Attorney General Dana Ruiz has opened an investigation into whether Hermiston police officers broke "
     "state law when they helped ICE arrest two men.", ["bar_local_cooperation"]),
    # into a local vote, in a state that bans sanctuary, it enforces the ban
    ("Florida Attorney General Camille Broussard opened an investigation on Friday into whether the Gainesville "
     "vote already breaks state law.", ["expand_cooperation"]),
    # into what federal agents did, it is an inquiry into misconduct
    ("Oregon Attorney General Dana Ruiz opened an investigation into the shooting by ICE agents in Portland.",
     ["investigate_misconduct"]),
])
def test_a_state_inquiry_into_a_local_body_is_a_state_limit_or_a_state_enforcing_its_ban(text, expected):
    assert types(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a deployment verb needs forces as its object
    ("In one email, a Pinal County lieutenant moved an inmate's release to 6 a.m. so that ICE officers could meet him.",
     []),
    ("DHS moved 200 agents to Chicago on Monday.", ["federal_deployment"]),
    # no one did it, and no law says so
    ("Not one sheriff in Florida has turned away an ICE detainer since that law took effect.", []),
    ("No Pennsylvania statute requires a county prison to honor an immigration detainer.", []),
    ("No county shall adopt a policy that limits cooperation with ICE.", ["expand_cooperation"]),
    # an idiom, an application sent and a road closed while agents work
    ("It has not been assigned a hearing, and we intend to keep it that way.", []),
    ('"We sent ICE our application in November," Sheriff Mark Reyes of Comal County said.', []),
    ("On May 4, Rowan County deputies closed two roads around a mobile-home park while ICE officers served arrest "
     "warrants, the sheriff's office said.", ["assist_ice"]),
    # a letter whose content is a funding threat is that threat, not a second demand
    ("The Justice Department sent letters on Monday to Evanston and Oak Park warning that the two towns could lose "
     "federal grants.", ["withhold_funding"]),
])
def test_words_that_look_like_acts(text, expected):
    assert types(text) == expected


def test_arrests_counted_per_city_give_one_row_per_city():
    text = ("ICE officers arrested 685 people across North Texas in June, the agency said.\n\n"
            "Officers made 318 arrests in Dallas, 207 in Fort Worth, 96 in Arlington and 64 in Denton.")
    got = [r for r in rows(text) if r["action_type"] == "federal_enforcement_operation" and "318" in r["evidence"]]
    assert sorted(r["target_jurisdiction"] for r in got) == [
        "us-tx-arlington", "us-tx-dallas", "us-tx-denton", "us-tx-fort-worth"]


@pytest.mark.parametrize("text, expected", [
    # an order by a sheriff is no court action: what he orders is the act
    ("Sheriff Dan Ruiz of Coconino County said he has ordered his patrol deputies to stay out of ICE enforcement "
     "operations in the field.", ["bar_local_cooperation"]),
    ("The judge ordered the county to stop holding people on detainers.", ["court_action"]),
    # a force's help at the scene, told in its own words
    ("Officers may not set up perimeters, block traffic or stand by to support a civil immigration arrest, the "
     "Albany police chief said.", ["affirm_sanctuary", "bar_local_cooperation"]),
    ("Of the 118 people detained in Gainesville, 41 were booked into the Hall County jail on Tuesday, where deputies "
     "trained under the county's 287(g) agreement processed them for transfer to ICE.", ["assist_ice"]),
])
def test_orders_and_help_at_the_scene(text, expected):
    assert types(text) == expected


@pytest.mark.parametrize("quote", [
    "Federal agents have turned the steps of our courthouses into a trap",
    "This deployment is an insult to every family in Illinois",
    "Seventy-six families in this city woke up to a nightmare",
])
def test_images_of_a_hunt_or_a_siege_condemn(quote):
    text = f'ICE agents arrested 40 people in Aurora on Monday.\n\n"{quote}," said Mayor Lena Ortiz of Aurora.'
    assert [r["action_type"] for r in rows(text) if quote in r["evidence"]] == ["condemn_federal_action"]


def test_a_county_many_states_share_is_the_one_in_the_documents_state():
    text = ("LAKEWOOD, Colo. — The Lakewood City Council met on Monday.\n\n"
            "The Jefferson County Sheriff's Office stopped honoring ICE detainers in June 2025.")
    got = [r for r in rows(text) if r["action_type"] == "bar_local_cooperation"]
    assert [r["jurisdiction"] for r in got] == ["us-co-jefferson-county"]


def test_a_notice_not_to_renew_ends_an_agreement_but_a_release_notice_is_help():
    assert types('"On Tuesday I sent ICE written notice that Coconino County will not renew the agreement that lets '
                 'the agency rent 40 beds," Sheriff Dan Ruiz said.') == ["end_formal_agreement"]
    assert types("My jail staff have sent ICE a release notice for each of them, the sheriff of Dane County said.") \
        == ["assist_ice"]


ADDRESS = """CITY OF LORAIN
Office of the Mayor

2027 STATE OF THE CITY ADDRESS
Mayor Inez Halvorsen-Ruiz
Thursday, February 18, 2027

Good evening. So tonight I want to say it as plainly as I can: surrounding a neighborhood with masked agents \
before the school bus comes is not public safety, and this city will not pretend it is.
"""


def test_under_an_office_of_the_mayor_letterhead_the_mayor_speaks():
    condemn = [r for r in rows(ADDRESS) if r["action_type"] == "condemn_federal_action"]
    assert [r["actor"] for r in condemn] == ["Inez Halvorsen-Ruiz"]
    # a university's "Office of the President" is no federal office: its president is not the speaker of a
    # federal statement
    text = ADDRESS.replace("Office of the Mayor", "Office of the President").replace("Mayor Inez", "President Inez")
    assert not [r for r in rows(text) if r["actor_level"] == "federal" and r["actor"] == "Inez Halvorsen-Ruiz"]


def test_a_raid_described_then_judged_is_a_condemnation():
    text = ADDRESS.replace(
        "So tonight I want to say it as plainly as I can: surrounding a neighborhood with masked agents before the "
        "school bus comes is not public safety, and this city will not pretend it is.",
        "Let me say it plainly tonight: a raid that treats a soccer coach like a fugitive does not make one family "
        "in this city safer.")
    condemn = [r for r in rows(text) if r["action_type"] == "condemn_federal_action"]
    assert [r["actor"] for r in condemn] == ["Inez Halvorsen-Ruiz"]
    assert "soccer coach" in condemn[0]["evidence"]
