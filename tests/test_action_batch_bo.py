"""Rules tuned in the fifty-fourth stop, from the batch fx1501-fx1508 and the parse the tokenizer now gives "287(g)"
(one token): a statute's section kept whole, a list of verbs under one prohibition ("may enter into, renew or carry
out"), a negation the parse hung on a preposition, a list's criteria, a relative clause of "every sheriff", payments
per agreement or per person handed to ICE, a federal welcome, praise and a criticism in one sentence, a state's suit
to stop a jail from holding people for ICE, numbered and timed headings that end in "287(g)", and a date in the
subject of a verb of saying.

Every sentence is invented for these tests (real US places, made-up people, offices and laws).
"""
import pytest
from action_helpers import of_type, rows, type_places
from date_helpers import date_rows

from analysis import nlp
from analysis.segment import is_heading_line

pytestmark = pytest.mark.usefixtures("rules_only")


# ------------------------------------------------------------------ the tokenizer

@pytest.mark.parametrize("text, token", [
    ("The county withdrew from the 287(g) program.", "287(g)"),
    ("under 8 U.S.C. 1357(g).", "1357(g)"),
    ("as Section 1357(g)(10) allows", "1357(g)(10)"),
    ("(287(g))", "287(g)"),
])
def test_a_statutes_section_is_one_token(text, token):
    assert token in [t.text for t in nlp.get_nlp().tokenizer(text)]


def test_a_section_is_no_token_without_its_letter():
    assert "1373(a" not in [t.text for t in nlp.get_nlp().tokenizer("See 1373(a) and (b).")]
    assert [t.text for t in nlp.get_nlp().tokenizer("See 1373(a) and (b).")][1] == "1373(a)"


def test_the_noun_after_a_section_is_the_verbs_object():
    doc = nlp.get_nlp()("The sheriff signed a 287(g) agreement in March.")
    agreement = next(t for t in doc if t.text == "agreement")
    assert agreement.dep_ == "dobj" and agreement.head.text == "signed"


# ------------------------------------------------------------------ prohibitions and negations

def test_a_list_of_verbs_under_one_prohibition_renews_nothing_and_ends_nothing():
    text = "4.1 No sheriff may enter into, renew or carry out an agreement under Section 287(g) of the Act."
    got = {r["action_type"] for r in rows(text)}
    assert "bar_local_cooperation" in got, type_places(text)
    assert not got & {"keep_formal_agreement", "end_formal_agreement", "enter_formal_agreement"}, got


def test_a_place_told_not_to_renew_its_own_agreement_ends_it():
    text = "The Board resolves that the County shall not renew its 287(g) agreement when it expires in June."
    assert of_type(text, "end_formal_agreement"), type_places(text)


def test_a_rule_that_no_one_may_renew_an_agreement_ends_none():
    text = "Under the new law, no sheriff may renew a 287(g) agreement after July 1."
    assert not of_type(text, "end_formal_agreement"), type_places(text)


def test_a_negation_hung_on_a_preposition_still_denies():
    text = "Placement on the federal list does not by itself cut any county's federal funding."
    assert not of_type(text, "withhold_funding"), type_places(text)


def test_a_lists_criteria_are_no_act():
    text = ("A county is designated uncooperative when its jail declines immigration detainers. A county is removed "
            "from the list once its jail honors detainers for 90 consecutive days.")
    got = {r["action_type"] for r in rows(text)}
    assert not got & {"bar_local_cooperation", "assist_ice", "federal_ultimatum"}, got


def test_a_relative_clause_of_every_sheriff_is_no_act():
    text = "The senator told every sheriff who works with ICE that the capital had abandoned him."
    assert not of_type(text, "assist_ice"), type_places(text)


# ------------------------------------------------------------------ payments for help

@pytest.mark.parametrize("text", [
    "State Representative Tobiah Marsh said he will file a bill that would pay counties $40,000 for each 287(g) agreement they sign.",
    "The bill would pay sheriffs $120 for each person delivered to ICE.",
    "Montana pays counties $14 for each day a jail holds an ICE detainee.",
])
def test_a_payment_for_each_agreement_or_person_is_expanded_cooperation(text):
    assert of_type(text, "expand_cooperation"), type_places(text)
    assert not of_type(text, "enter_formal_agreement"), type_places(text)


def test_a_payment_for_something_else_is_no_cooperation():
    text = "The county paid the vendor $50 for each day of jail meals."
    assert not rows(text), type_places(text)


# ------------------------------------------------------------------ federal rhetoric

def test_a_federal_welcome_as_a_partner_is_praise_of_that_place():
    text = 'ICE said Monday that it "welcomes Twin Falls County as a full partner in public safety."'
    got = [r for r in rows(text) if r["action_type"] == "praise_enforcement"]
    assert got and {r["target_jurisdiction"] for r in got} == {"us-id-twin-falls-county"}, type_places(text)


def test_praise_and_criticism_in_one_sentence_each_keep_their_place():
    text = 'In a statement, ICE praised Twin Falls County and said Boise leaders "keep putting politics ahead of victims."'
    got = {(r["action_type"], r["target_jurisdiction"]) for r in rows(text)}
    assert ("praise_enforcement", "us-id-twin-falls-county") in got, got
    assert ("federal_criticism", "us-id-boise") in got, got
    assert ("praise_enforcement", "us-id-boise") not in got, got


# ------------------------------------------------------------------ a state's suit

def test_a_states_suit_to_stop_a_jail_holding_people_for_ice_enforces_a_limit():
    text = ("The State brings this action to stop the Mesa County Jail from holding people past their release on "
            "federal immigration detainers.")
    got = {r["action_type"] for r in rows(text)}
    assert "bar_local_cooperation" in got and "expand_cooperation" not in got, type_places(text)


# ------------------------------------------------------------------ headings

@pytest.mark.parametrize("line", [
    "Where your county stands on 287(g)",
    "6. Sheriff joins 287(g)",
    "12:05 3. How Marion joined 287(g)",
    "03:30 Douglas County sues the state",
])
def test_a_heading_ending_in_a_section_or_after_a_chapter_time_is_a_heading(line):
    assert is_heading_line(line)


@pytest.mark.parametrize("line", ["The vote was 4-3", "The county joined 287(g) in 2019."])
def test_a_sentence_is_no_heading(line):
    assert not is_heading_line(line)


# ------------------------------------------------------------------ dates

def test_a_date_in_the_subject_of_a_verb_of_saying_is_not_past_by_it():
    text = ("His office's 287(g) jail agreement lapses at the end of June, and the sheriff said he will sign a "
            "renewal on June 30.")
    got = {r["date_text"]: str(r["date"]) for r in date_rows(text, "2029-05-10", parse=True)}
    assert got.get("June") == "2029-06-01", got


# ------------------------------------------------------------------ from fx1503

def test_warrant_rules_adopted_for_detainers_are_a_limit_for_each_place():
    text = "Flagstaff and Prescott adopted their own warrant rules for ICE detainers last year."
    got = {r["jurisdiction"] for r in of_type(text, "bar_local_cooperation")}
    assert got == {"us-az-flagstaff", "us-az-prescott"}, type_places(text)


def test_a_warrant_policy_with_no_word_of_ice_is_no_limit():
    assert not rows("The county adopted a warrant policy for its new jail.")


def test_backing_any_official_who_would_end_an_agreement_ends_nothing():
    text = "Yuma has no vote on the contract, but I would back any supervisor who moves to end it."
    assert not of_type(text, "end_formal_agreement"), type_places(text)


def test_the_source_of_a_report_is_no_place_of_the_arrests():
    text = ("Federal agents arrested 14 workers at a packing plant on Tempe's east side on May 2, according to the "
            "Pima County public defender's office.")
    got = [r["target_jurisdiction"] for r in of_type(text, "federal_enforcement_operation")]
    assert got == ["us-az-tempe"], got


def test_a_states_threat_against_a_city_that_stops_officers_helping_still_expands_cooperation():
    text = ("The attorney general warned Tucson officials that she would sue the city if the resolution stopped "
            "officers from cooperating with federal agents.")
    got = {r["action_type"] for r in rows(text)}
    assert "expand_cooperation" in got and "bar_local_cooperation" not in got, got


def test_advising_every_sheriff_that_a_law_bars_agreements_is_still_read():
    text = ("On March 3, 2027, the attorney general issued Formal Guidance 27-04, advising every sheriff that the Act "
            "bars all three 287(g) models.")
    assert of_type(text, "bar_local_cooperation"), type_places(text)


# ------------------------------------------------------------------ from fx1509-fx1516

@pytest.mark.parametrize("text", [
    "If the House passes it and the governor signs it, sheriffs who refuse would lose state jail construction grants.",
    "If that bill passes, the State would also seek those penalties from the county.",
])
def test_what_a_bill_would_do_once_law_is_no_threat(text):
    assert not rows(text), type_places(text)


def test_a_federal_threat_on_a_condition_is_still_a_threat():
    text = "If the county renews the agreement, ICE would send more officers to Gregg County."
    assert of_type(text, "federal_deployment"), type_places(text)


def test_an_agreement_with_the_department_of_homeland_security_is_made():
    text = "The Governor's office signed a cost-reimbursement agreement with the Department of Homeland Security."
    assert of_type(text, "enter_formal_agreement"), type_places(text)


def test_an_approved_contract_with_a_company_is_no_agreement_with_ice():
    text = ("Sheriff Ada Quill of Gregg County signed a 287(g) agreement with ICE in 2019. In June 2026, the Council "
            "approved a three-year contract with Corvanta Roadsight Systems for 38 fixed cameras.")
    got = [r for r in of_type(text, "enter_formal_agreement") if "Corvanta" in r["evidence"]]
    assert not got, type_places(text)


def test_a_demand_for_agents_names_and_video_is_a_records_request():
    text = ("City Attorney Rutger Haldorsen of Willmar sent the Department of Homeland Security a formal demand for "
            "the agents' names, their body-camera video and the written plan for the arrest.")
    assert of_type(text, "records_request"), type_places(text)


def test_icees_demand_for_names_is_no_records_request():
    assert not of_type("ICE's demand for the names of all jail inmates was rejected.", "records_request")


def test_a_committees_favorable_report_is_a_step_of_the_bill():
    text = ("House Bill 1147 would require every federal immigration agent in Maryland to show a badge number. After "
            "the hearing, the committee voted 15-7 to give HB 1147 a favorable report.")
    got = [r for r in rows(text) if "favorable report" in r["evidence"]]
    assert [(r["action_type"], r["status"]) for r in got] == [("require_agent_identification", "proposed")], got


def test_what_a_text_stops_short_of_is_not_done():
    text = "The faculty resolution stops short of asking Statesboro to declare itself a sanctuary city."
    assert not of_type(text, "affirm_sanctuary"), type_places(text)


def test_an_agreement_with_a_county_or_a_unit_is_still_one_with_a_public_body():
    from analysis.extract.actions import _with_another_party
    doc = nlp.get_nlp()("ICE would end its bed-space agreement with the County.")
    assert not _with_another_party(next(t for t in doc if t.text == "end"))
    doc = nlp.get_nlp()("The council approved a contract with Corvanta Roadsight Systems.")
    assert _with_another_party(next(t for t in doc if t.text == "approved"))


# ------------------------------------------------------------------ from fx1517-fx1524

def test_a_bare_count_after_detainers_told_is_detainers_honored():
    text = ("Travis County's jail honored all 91 detainers it received. Travis County also gives ICE officers a desk.\n\n"
            "Hays County honored 231 of 263. The sheriff said the rest were released by mistake.")
    got = [r for r in of_type(text, "assist_ice") if "231 of 263" in r["evidence"]]
    assert [r["jurisdiction"] for r in got] == ["us-tx-hays-county"], type_places(text)


def test_a_bare_count_of_something_else_is_no_help():
    assert not rows("The clinic honored 412 of 418 appointments. Hays County honored 412 of 418.")


def test_an_agreements_designated_officers_at_work_help_ice():
    text = ("Catawba County joined the 287(g) program in 2019. In 2027, its nine designated deputies screened 1,318 "
            "people booked into the county jail.")
    got = [r for r in of_type(text, "assist_ice") if "designated deputies" in r["evidence"]]
    assert got, type_places(text)


def test_designated_officers_in_a_text_with_no_agreement_are_no_help():
    assert not rows("The designated officers screened the applicants for the fire academy.")


def test_the_renewed_agreement_is_still_the_kept_one_the_remaining_ones_are_not():
    assert not of_type("If a judge blocks the law, the remaining 287(g) agreements would stay in force.",
                       "keep_formal_agreement")


def test_a_welcome_and_a_criticism_in_one_sentence_each_keep_their_place():
    text = ('In an emailed statement, ICE said it "welcomes Twin Falls County as a full partner in public safety" and '
            'said Boise leaders "keep putting politics ahead of victims."')
    got = {(r["action_type"], r["target_jurisdiction"]) for r in rows(text)}
    assert ("praise_enforcement", "us-id-twin-falls-county") in got, got
    assert ("praise_enforcement", "us-id-boise") not in got, got


def test_more_teams_arriving_told_by_ice_is_a_deployment():
    text = "An ICE spokesperson told a TV station that more teams will arrive in Nashville on Thursday."
    got = of_type(text, "federal_deployment")
    assert [(r["status"], r["target_jurisdiction"]) for r in got] == [("announced", "us-tn-nashville")], type_places(text)
    assert not rows("More students arrived in Nashville on Thursday.")


def test_leaving_the_program_in_a_text_about_287g_ends_the_agreement():
    text = ("Horry County joined the 287(g) program in 2019. Sheriff Ada Quill, whose office left the program in "
            "January, said the report was fair.")
    assert [r for r in of_type(text, "end_formal_agreement") if "left the program" in r["evidence"]], type_places(text)
    assert not of_type("The county joined the 287(g) program in 2019. The chief left the program of the festival.",
                       "end_formal_agreement")
