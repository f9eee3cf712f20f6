"""Rules tuned in the forty-fourth stop, from the dev set's misses and the batches fx1253-fx1268: an instrument told
before that "will remain in force", the date of the part of a compiled text a sentence is in (a letter reproduced, an
order with its own "Date:" line), a letter told again ("The letter also called ..."), a deadline that is no date of
the act, a person handed "to ICE custody", "the task force" of a text about a 287(g) task force, a bill's amended
version and a chamber's concurrence, a court case against a state official, an appellate division's reversal, agency
credentials shown, inmates released whatever ICE wants, a commissioner's motion, definitions, a law said to be
enacted in its own noun phrase, a measure's title that is no praise, a refusal's "unless", a meeting called to order,
a federal official's letter told again, and a list of local measures a bill would void.

Every sentence is invented for these tests (real US places, made-up people, offices and laws).
"""
import pytest
from action_helpers import dated_rows, of_type as _of_type, rows


pytestmark = pytest.mark.usefixtures("rules_only")


# ------------------------------------------------------------------ kept in force

_ORDINANCE = ("On March 2, 2027, the Summit County Council adopted Ordinance 27-14, which bars jail staff from holding "
              "anyone on an ICE detainer without a judicial warrant. ICE wrote to the County Executive asking her to "
              "repeal it. ")


def test_an_ordinance_that_will_remain_in_force_is_that_limit_kept():
    text = _ORDINANCE + "Two days later, the County Executive replied that the ordinance will remain in force."
    got = [r for r in rows(text) if "replied" in r["evidence"]]
    assert [(r["action_type"], r["status"]) for r in got] == [("bar_local_cooperation", "announced")], rows(text)


def test_an_ordinance_that_stays_in_force_only_if_is_no_limit_kept():
    text = _ORDINANCE + "The letter warned that the county's jail grant could be cut if the ordinance stays in force."
    got = [r for r in rows(text) if "stays in force" in r["evidence"]]
    assert "bar_local_cooperation" not in {r["action_type"] for r in got}, got


def test_should_the_ordinance_remain_in_force_is_a_condition():
    text = _ORDINANCE + ("Should the ordinance remain in force on that date, the Department will ask the court to void "
                         "it.")
    got = [r for r in rows(text) if "Should the ordinance" in r["evidence"]]
    assert "bar_local_cooperation" not in {r["action_type"] for r in got}, got


def test_an_agreement_that_will_remain_in_force_is_kept():
    text = ("Sheriff Ottoline Farrow-Abiola signed a 287(g) jail enforcement agreement with ICE in 2025. The board "
            "asked her to end it. The agreement will remain in force for its full term.")
    got = [r for r in rows(text) if "full term" in r["evidence"]]
    assert [r["action_type"] for r in got] == ["keep_formal_agreement"], rows(text)


def test_this_agreements_own_term_is_no_agreement_kept():
    text = ("Sheriff Ottoline Farrow-Abiola signed a 287(g) jail enforcement agreement with ICE in 2025. This MOA "
            "will remain in effect until either party terminates it by written notice to the other.")
    got = [r for r in rows(text) if "This MOA" in r["evidence"] and r["rule"] == "kept_in_force"]
    assert not got, got


# ------------------------------------------------------------------ dates of parts and letters

def test_a_letter_reproduced_with_its_own_date_dates_what_it_says():
    text = ("OFFICE OF THE GOVERNOR\nMay 5, 2027\n\nThe Governor today released the exchange below.\n\n"
            "---\n\nApril 6, 2027\n\nDear Governor Quill-Adebayo:\n\n"
            "The State has ignored our requests. ICE will also assign 120 additional officers to Denver and Aurora.\n\n"
            "Sincerely,\nLucan Whitlock-Oduya\nAssistant Secretary, U.S. Department of Homeland Security\n")
    got = [r for r in dated_rows(text, "2027-05-05") if r["action_type"] == "federal_deployment"]
    assert got and {r["date"] for r in got} == {"2027-04-06"}, got


def test_an_order_with_its_own_date_line_in_a_compiled_record_is_dated_by_it():
    text = ("CITY OF MADISON\nCompiled record\nIssued: April 9, 2027\n\n------------\n\n"
            "OFFICE OF THE MAYOR\nEXECUTIVE ORDER NO. 2027-04\n\nDate: April 2, 2027\n\n"
            "Section 3. Civil detainers. The Madison Police Department shall not hold any person on a civil "
            "detainer.\n\n------------\n\nCLERK'S NOTE\n\nThe order was read into the record.\n")
    got = [r for r in dated_rows(text, "2027-04-09") if "civil detainer" in r["evidence"]]
    assert got and {r["date"] for r in got} == {"2027-04-02"}, got


def test_the_letter_told_again_takes_the_letters_date():
    text = ("On May 20, 2027, ICE Field Office Director Cornelius Ashdown-Vrabel wrote to the Sheriff demanding "
            "written confirmation within 30 days that the jail will honor every detainer. The letter also warned "
            "that ICE will stop paying the county's jail-bed invoices if the order stays in force.")
    got = [r for r in dated_rows(text, "2027-07-16") if r["evidence"].startswith("The letter also")]
    assert got and {r["date"] for r in got} == {"2027-05-20"}, got


def test_a_deadline_is_no_date_of_the_demand():
    text = ("The General Counsel read into the record a letter dated November 2, 2027, from Lysander "
            "Grimsby-Tolentino, Deputy Field Office Director of ICE's Houston office. The letter asked the District "
            "to confirm by November 19 that officers holding administrative warrants will be admitted to its "
            "campuses.")
    got = [r for r in dated_rows(text, "2027-11-09") if r["action_type"] == "federal_ultimatum"]
    assert [r["date"] for r in got] == ["2027-11-02"], rows(text)


# ------------------------------------------------------------------ acts

def test_people_handed_to_ice_custody_are_help_not_a_threat_against_agents():
    text = ("The Sheriff signed a 287(g) task force model agreement on Monday. Designated deputies will transfer "
            "every person they arrest under the agreement to ICE custody within 48 hours.")
    got = [r for r in rows(text) if "transfer every" in r["evidence"]]
    assert [r["action_type"] for r in got] == ["assist_ice"], got


def test_the_task_force_of_a_text_about_a_task_force_model_is_ices():
    text = ("Sheriff Augustin Pelletier-Okonkwo signed a 287(g) agreement under the task force model on Monday.\n\n"
            "Q: Will city officers take part?\nA: No. The San Angelo City Council voted last month to bar city police "
            "officers from joining the task force.")
    got = [r for r in rows(text) if "voted last month" in r["evidence"]]
    assert [(r["action_type"], r["jurisdiction"]) for r in got] == [("bar_local_cooperation", "us-tx-san-angelo")], \
        rows(text)


def test_a_task_force_of_no_ice_text_stays_unread():
    text = "The San Angelo City Council voted last month to bar city police officers from joining the drug task force."
    assert not _of_type(text, "bar_local_cooperation"), rows(text)


def test_a_bills_amended_version_and_a_chambers_concurrence_are_its_steps():
    text = ("The Kansas House passed House Bill 2417 on March 3, 2027. The Senate passed an amended version on March 31, 2027. "
            "The House concurred in the Senate amendments the following day.\n\n"
            "Section 3 of House Bill 2417 would require every sheriff who operates a jail to apply for a 287(g) "
            "agreement with ICE.")
    got = [r for r in rows(text) if r["rule"] == "bill_step"]
    assert len(got) == 3 and {r["status"] for r in got} == {"proposed"}, got


_CAPTION = ("IN THE UNITED STATES DISTRICT COURT\nFOR THE WESTERN DISTRICT OF OKLAHOMA\n\nCITY OF NORMAN, OKLAHOMA,\n\n"
            "Plaintiff,\n\nv. Case No. CIV-27-0841\n\nCORNELIUS ASHDOWN-MBEKI, in his official\ncapacity as Attorney "
            "General of Oklahoma,\n\nDefendant.\n\nMEMORANDUM OPINION AND ORDER\n\n")


def test_a_case_against_a_state_official_is_a_case_in_court():
    text = _CAPTION + "Plaintiff filed this action on August 3, 2027."
    got = [r for r in rows(text) if "filed this action" in r["evidence"]]
    assert [r["action_type"] for r in got] == ["court_action"], got


def test_an_appellate_divisions_reversal_is_a_ruling():
    text = ("Supreme Court dismissed the complaint on March 2, 2026. The Appellate Division, Third Department, reversed "
            "on December 10, 2026, and reinstated the claim against the Rensselaer County Sheriff.")
    assert [r for r in _of_type(text, "court_action") if "reversed" in r["evidence"]], rows(text)


def test_agency_credentials_shown_are_identification():
    text = "4. ICE officers entering a facility shall show agency credentials and sign the visitor log in their own names."
    assert _of_type(text, "require_agent_identification"), rows(text)


def test_inmates_released_even_if_ice_waits_are_a_limit_not_help():
    text = ("3. Release staff shall release every other inmate at the scheduled time, even if an ICE officer is waiting "
            "in the lobby.")
    assert [r["action_type"] for r in rows(text)] == ["bar_local_cooperation"], rows(text)


def test_a_commissioners_motion_is_a_proposal_and_no_court_motion():
    text = ("At the September 14 hearing, Commissioner Lucius Carrow-Nwankwo moved to strike Section 2 so that the "
            "Detention Facility would give ICE no release date without a judicial warrant.")
    got = rows(text)
    assert "court_action" not in {r["action_type"] for r in got}, got
    assert {r["status"] for r in got if r["action_type"] == "bar_local_cooperation"} == {"proposed"}, got


@pytest.mark.parametrize("text", [
    'In this order, "civil detainer" means a request by U.S. Immigration and Customs Enforcement (ICE) that the '
    'City hold a person beyond the time of release solely for a suspected civil immigration violation.',
    "Under the policy, a transfer means releasing a person from county custody directly to ICE officers.",
    "A. Detainer: A written request from ICE that the Department hold a prisoner past his or her release date or "
    "notify ICE before the release.",
])
def test_definitions_are_no_acts(text):
    assert not rows(text), rows(text)


def test_a_lettered_policy_line_is_still_read():
    text = "B. Transfers: The Department shall not transfer any prisoner to ICE custody without a judicial warrant."
    assert _of_type(text, "bar_local_cooperation"), rows(text)


def test_a_bill_its_own_noun_phrase_says_was_enacted_is_law():
    text = ("Senate Bill 1177, the Harlowe-Banerjee Jail Partnership Act, which Texas enacted in June 2027, requires "
            "every sheriff who operates a jail to seek a 287(g) agreement by December 1, 2028.")
    got = _of_type(text, "expand_cooperation")
    assert [r["status"] for r in got] == ["enacted"], rows(text)


def test_a_measures_title_is_no_praise():
    text = ("Q: Does state law require this agreement?\n"
            "A: Yes. Senate Bill 1177, the Harlowe-Banerjee Jail Partnership Act, which Texas enacted in June 2027, "
            "requires every sheriff who operates a jail to seek a 287(g) agreement with ICE by December 1, 2028.\n\n"
            "Media contact: Sheriff Augustin Pelletier-Okonkwo, Tom Green County Sheriff's Office")
    assert not _of_type(text, "praise_enforcement"), rows(text)


def test_a_refusals_unless_is_its_exception():
    text = ("Today I directed the Colorado State Patrol to decline every ICE request for help at traffic stops unless a "
            "judge has signed a warrant, effective May 10.")
    assert [r["status"] for r in _of_type(text, "bar_local_cooperation")] == ["enacted"], rows(text)


def test_a_meeting_called_to_order_is_no_statement():
    text = ("The board met after an ICE arrest at a South Houston bus stop.\n\nPresident Evangelina Thistlewood-Okoro "
            "called the meeting to order at 6:33 p.m. Present: Vice President Barnaby Quintanilla-Rasmussen; "
            "Trustees Lucius Abernathy-Szalai and Fenwick Oyelaran-Best.")
    assert not [r for r in rows(text) if "called the meeting" in r["evidence"]], rows(text)


def test_the_letter_of_a_federal_official_named_before_is_his_demand():
    text = ("General Counsel Philippa Strand-Ekwueme read into the record a letter dated November 2, 2027, from "
            "Lysander Grimsby-Tolentino, Deputy Field Office Director of ICE's Houston office. The letter asked the "
            "District to confirm by November 19 that officers holding administrative warrants will be admitted to "
            "its campuses.")
    got = _of_type(text, "federal_ultimatum")
    assert got and got[0]["actor"] == "Lysander Grimsby-Tolentino", rows(text)


def test_a_bill_voiding_a_list_of_local_measures_that_limit_cooperation_bans_sanctuary():
    text = ("Section 221.536 of House Bill 1142 would void any county or municipal ordinance, order or policy that "
            "limits compliance with ICE detainers.")
    got = _of_type(text, "expand_cooperation")
    assert [r["status"] for r in got] == ["proposed"], rows(text)


def test_records_given_out_under_a_records_law_are_no_request():
    text = ("The jail handed 41 people to ICE in six months. The Sheriff's Office released the records last month under "
            "the state's public records law.")
    assert not [r for r in rows(text) if "released the records" in r["evidence"]], rows(text)


def test_records_asked_for_are_still_a_request():
    text = "The City Attorney filed a public records request with ICE for every arrest its officers made in Tacoma."
    assert _of_type(text, "records_request"), rows(text)


def test_a_man_held_at_an_immigration_detention_center_is_no_jails_help():
    text = ("Deputies released Teodoro Banks-Ferreira to ICE officers on December 14. He is now held at an immigration "
            "detention center in Bakersfield.")
    assert not [r for r in rows(text) if "He is now held" in r["evidence"]], rows(text)


def test_an_inquiry_into_the_agents_conduct_is_no_inquiry_into_local_help():
    text = ("ICE officers arrested seven people at the county courthouse in Wenatchee on Tuesday. Attorney General "
            "Rosalind Featherstone-Quaye announced Thursday that her office has opened an inquiry into whether the "
            "officers violated the court rule or state law during the arrests.")
    got = [r for r in rows(text) if "opened an inquiry" in r["evidence"]]
    assert [r["action_type"] for r in got] == ["investigate_misconduct"], got


def test_a_legislative_committees_hearing_is_no_court_action():
    text = ('"I expect a hearing in the Law and Justice Committee in the first week of the session," said state Sen. '
            'Ignatius Trelawney-Achterberg, who prefiled a bill to keep ICE out of Washington courthouses.')
    assert not _of_type(text, "court_action"), rows(text)


def test_a_quoted_term_after_an_article_is_defined():
    text = ('Under the policy, a "transfer" means releasing a person from county custody directly to ICE officers, '
            "including at the jail's lobby door.")
    assert not rows(text), rows(text)


def test_an_officer_bound_to_ask_agents_for_credentials_is_a_protocol_not_a_call_on_ice():
    text = ("2.2 When a caller reports that people who say they are federal agents are detaining someone, the "
            "call-taker shall dispatch a patrol unit, and the responding officer shall ask each such person to show "
            "agency credentials.")
    got = {r["action_type"] for r in rows(text)}
    assert "require_agent_identification" in got and "call_to_abolish_or_reform" not in got, rows(text)


def test_a_hyphenated_surname_the_parse_split_is_the_person_named_before():
    text = ('"My officers spent four days finding them again," said ERO Seattle Field Office Director Aldous '
            'Gorringe-Ilunga. Gorringe-Ilunga also accused Everett Mayor Casimir Thornbury-Nakamura of "putting '
            'politics ahead of the safety of his own residents."')
    got = [r for r in _of_type(text, "federal_criticism") if "also accused" in r["evidence"]]
    assert [(r["actor"], r["target_jurisdiction"]) for r in got] == [("Aldous Gorringe-Ilunga", "us-wa-everett")], \
        rows(text)


def test_the_letter_of_ice_told_before_is_what_a_mayor_condemns():
    text = ("In a letter dated March 6, 2028, ICE warned that the City's Byrne JAG award could be withheld if the "
            "Department did not join the task force. On Thursday, Mayor Evangeline Trelawney-Sato condemned the letter "
            "as \"an attempt to buy our officers with grant money.\"")
    got = [r for r in _of_type(text, "condemn_federal_action") if "condemned the letter" in r["evidence"]]
    assert got, rows(text)


def test_a_letter_of_no_federal_writer_is_not_read_as_ices():
    text = ("In a letter dated March 6, 2028, the Chamber of Commerce asked the council to delay the vote. On Thursday, "
            "Mayor Evangeline Trelawney-Sato condemned the letter as \"an attempt to bully the council.\"")
    assert not _of_type(text, "condemn_federal_action"), rows(text)


def test_the_letter_the_parse_made_the_root_takes_the_letters_date():
    text = ("On May 20, 2027, ICE Field Office Director Cornelius Ashdown-Vrabel wrote to the Sheriff demanding "
            "written confirmation within 30 days that the jail will honor every detainer. The letter called Order "
            "2027-22 \"an open door for criminal aliens to walk out of the Boone County jail.\"")
    got = [r for r in dated_rows(text, "2027-07-16") if r["evidence"].startswith("The letter called")]
    assert got and {r["date"] for r in got} == {"2027-05-20"}, got


def test_a_state_suit_to_enjoin_a_county_order_enforces_state_law():
    text = ("Boone County's commission is weighing Order 2027-22, which would limit ICE interviews in the jail. "
            "Attorney General Tobias Fenwright-Ocampo wrote that if the Commission adopts Order 2027-22, his office "
            "will file suit under section 67.3135 to enjoin it.")
    got = {r["action_type"] for r in rows(text) if "file suit" in r["evidence"]}
    assert "sue_federal_government" not in got and "expand_cooperation" in got, rows(text)


def test_a_first_reading_given_to_an_order_is_no_help_to_ice():
    text = ("On April 6, 2027, the Commission gave first reading to Order 2027-22, which would bar ICE interviews in "
            "the jail unless the detainee's attorney is present.")
    assert not _of_type(text, "assist_ice"), rows(text)


def test_a_jail_in_the_charge_of_the_sheriff_is_no_threat_to_him():
    text = ("Section 221.415, RSMo, places the county jail and every prisoner in it in the charge of the sheriff, who "
            "decides whether to honor ICE detainers.")
    assert not _of_type(text, "target_local_officials"), rows(text)
