"""Rules tuned after the thirty-fourth stop: time limits, letterheads in capitals, verdicts on agents, a federal
speaker's "our officers", circular letters, administrative orders and stopped payments.

Every sentence is invented for these tests (real US places, made-up people and offices).
"""
import pytest
from action_helpers import of_type as _of_type, rows

from analysis.extract import run
from analysis.extract.base import parse_text

pytestmark = pytest.mark.usefixtures("rules_only")


# ------------------------------------------------------------------ time limits make a demand an ultimatum
def test_a_federal_demand_with_a_time_limit_is_an_ultimatum_whoever_receives_it():
    text = ("In May, the Department of Homeland Security sent my office a letter demanding three years of police "
            "reports on every traffic stop within 45 days.")
    assert len(_of_type(text, "federal_ultimatum")) == 1, rows(text)


def test_a_jail_rule_with_a_time_limit_is_no_ultimatum():
    text = "Booking staff shall give the inmate a copy of any ICE detainer within 24 hours of receiving it."
    assert not _of_type(text, "federal_ultimatum"), rows(text)


def test_a_bill_moving_a_deadline_is_no_ultimatum():
    text = ("Amendment 3, offered by Senator Oyelaran-Voss, moves the deadline for ending existing 287(g) agreements "
            "from July 1 to December 31.")
    assert not _of_type(text, "federal_ultimatum"), rows(text)


# ------------------------------------------------------------------ an address under "OFFICE OF THE MAYOR"
_ADDRESS = ("CITY OF GREENSBORO, NORTH CAROLINA\nOFFICE OF THE MAYOR\n\nSTATE OF THE CITY ADDRESS\n"
            "Mayor Philippa Ashworth-Ndiaye\nTuesday, March 7, 2028\n\n")


def test_a_capitals_office_letterhead_makes_the_mayor_the_speaker():
    text = _ADDRESS + ("Police Chief Renata Obuya-Kent briefed the council in January.\n\n"
                       "On Monday I signed Executive Order 2028-02, which closes city libraries and recreation "
                       "centers to civil immigration enforcement without a judicial warrant.\n")
    got = _of_type(text, "restrict_enforcement_sites")
    assert [(r["actor"], r["jurisdiction"]) for r in got] == [("Philippa Ashworth-Ndiaye", "us-nc-greensboro")], got


def test_a_verdict_on_the_operation_and_on_masked_agents_is_a_condemnation_not_an_operation():
    text = _ADDRESS + ("In January, ICE agents arrested 22 people in Greensboro.\n\n"
                       "That raid was a disgrace, and masked agents dragging fathers out of pickup trucks made no one "
                       "in this city safer.\n")
    evid = "That raid was a disgrace"
    got = [r["action_type"] for r in rows(text) if r["evidence"].startswith(evid)]
    assert got == ["condemn_federal_action"], rows(text)


def test_a_capitals_office_line_below_an_editors_note_is_no_letterhead():
    text = ("VALLEY RECORD | Documents\nMonday, March 6, 2028\n\nEditor's note: Ada County Sheriff Oriel "
            "Maplethorpe-Kane said on Friday that his jail will stop honoring ICE detainers. Below is the cover letter "
            "of the report his neighbor sent to the Board of County Commissioners.\n\n"
            "OFFICE OF THE SHERIFF\nGEM COUNTY, IDAHO\n\nDear Commissioners:\n\nIn October I renewed this Office's "
            "287(g) jail enforcement agreement with ICE through 2029.\n\nRespectfully,\n\n/s/ Royce Amundsen-Vail\n"
            "Sheriff of Gem County\n")
    got = _of_type(text, "keep_formal_agreement")
    assert [r["jurisdiction"] for r in got] == ["us-id-gem-county"], got


# ------------------------------------------------------------------ an amendment of an agreement named before
def test_approving_an_amendment_of_an_ice_agreement_keeps_the_agreement():
    text = ("Amendment No. 2 to Intergovernmental Service Agreement No. 12-ICE-0044 would raise the daily bed rate "
            "for ICE detainees at the Stearns County Jail to $120.\n\n"
            "Nothing in Amendment No. 2 authorizes jail staff to act as immigration officers.\n\n"
            "On a motion by Commissioner Kettleby, the Board approved Amendment No. 2 on a 4-1 vote.\n")
    got = [r for r in _of_type(text, "keep_formal_agreement") if "approved" in r["evidence"]]
    assert len(got) == 1, rows(text)


# ------------------------------------------------------------------ a federal spokesperson's briefing
_BRIEFING = ("U.S. IMMIGRATION AND CUSTOMS ENFORCEMENT\nOffice of Public Affairs\n\nTRANSCRIPT OF PRESS BRIEFING\n"
             "Date: Tuesday, May 9, 2028\nBriefer: Corentin Abernathy-Vale, Spokesperson\n\n"
             "MR. ABERNATHY-VALE: Good morning. From May 1 through May 5, 2028, ICE officers arrested 40 people in "
             "Spokane.\n\n"
             "On May 2, deputies of the Spokane County Sheriff's Office joined our teams at three locations in "
             "Spokane.\n\n"
             "Q (Ines Barlow-Tate, Inland Radio): Did Spokane police take part?\n\n"
             "MR. ABERNATHY-VALE: Spokane's leaders have put politics ahead of the safety of their own residents.\n")


def test_a_titled_speaker_label_and_our_teams_make_local_help_to_ice():
    got = _of_type(_BRIEFING, "assist_ice")
    assert [r["jurisdiction"] for r in got] == ["us-wa-spokane-county"], rows(_BRIEFING)


def test_a_spokesperson_under_a_federal_letterhead_criticises_the_city():
    got = _of_type(_BRIEFING, "federal_criticism")
    assert [r["actor_level"] for r in got] == ["federal"], rows(_BRIEFING)


def test_a_questions_verb_before_a_place_is_no_person():
    text = "TRANSCRIPT\n\nQ (Ines Barlow-Tate, Inland Radio): Did Everett police take part?\n\nMR. ABERNATHY-VALE: No.\n"
    out = run.extract_document(parse_text(text, doc_id="t"))
    names = {p["name"] for p in out["people_mentions"]}
    assert not any(n.startswith("Did ") for n in names), names


# ------------------------------------------------------------------ a circular letter and its reply
_CIRCULAR = ("U.S. DEPARTMENT OF HOMELAND SECURITY\nOffice of State and Local Law Enforcement\n\nApril 2, 2028\n\n"
             "To the Sheriffs of Idaho:\n\n"
             "Idaho's Community Trust Act puts politics ahead of the safety of the families your deputies protect.\n\n"
             "Sincerely,\n\nLeopold Fairweather-Ito\nAssistant Secretary for State and Local Law Enforcement\n\n"
             "* * *\n\nOFFICE OF THE SHERIFF\nBONNER COUNTY\n\nApril 9, 2028\n\n"
             "Dear Assistant Secretary Fairweather-Ito:\n\n"
             "On Tuesday, my office asked ICE under the Freedom of Information Act for every arrest record from "
             "Operation Savage Pine.\n\nRespectfully,\n\nMarisol Thackeray-Oduya\nSheriff, Bonner County\n")


def test_a_circular_letters_shaming_line_is_federal_criticism_of_the_state():
    got = _of_type(_CIRCULAR, "federal_criticism")
    assert [r["target_jurisdiction"] or r["jurisdiction"] for r in got] == ["us-id"], rows(_CIRCULAR)


def test_a_harsh_word_in_an_operations_name_is_still_no_condemnation():
    assert not _of_type(_CIRCULAR, "condemn_federal_action"), rows(_CIRCULAR)


# ------------------------------------------------------------------ judges and their orders
def test_a_judge_ordering_ice_to_release_someone_is_a_ruling_not_a_mandate():
    text = "A federal judge in Milwaukee ordered ICE to release one of the two students on January 30, 2028."
    got = {r["action_type"] for r in rows(text)}
    assert got == {"court_action"}, rows(text)


def test_a_chief_judges_administrative_order_is_no_ruling():
    text = ("On April 3, 2028, Chief Judge Ottilie Brandvold-Achebe of the Ingham County Circuit Court issued "
            "Administrative Order 2028-4, which bars civil immigration arrests inside the courthouse.")
    assert not _of_type(text, "court_action"), rows(text)


def test_a_county_quorum_court_passing_an_ordinance_is_no_court_ruling():
    text = ("On April 11, 2027, the Pulaski County Quorum Court passed an ordinance forbidding jail staff from holding "
            "anyone on an ICE detainer alone.")
    assert not _of_type(text, "court_action"), rows(text)


# ------------------------------------------------------------------ ICE's letter: praise, a team sent, money stopped
_ICE_LETTER = ("U.S. Immigration and Customs Enforcement\nPhiladelphia Field Office\n\nMarch 9, 2028\n\n"
               "Dear Sheriff Okonkwo-Bell:\n\n"
               "Your decision to end the agreement puts politics ahead of the safety of Berks County residents.\n\n"
               "The Lancaster County Sheriff's Office, by contrast, has been a dependable partner.\n\n"
               "Beginning Monday, April 3, a fugitive operations team of ten officers will be assigned to Berks County "
               "to make at-large arrests.\n\n"
               "Sincerely,\n\nAugustin Feldspar-Nwosu\nField Office Director\n")


def test_ice_praising_another_countys_sheriff_is_praise_placed_in_that_county():
    got = _of_type(_ICE_LETTER, "praise_enforcement")
    assert [r["jurisdiction"] for r in got] == ["us-pa-lancaster-county"], rows(_ICE_LETTER)


def test_officers_to_be_assigned_in_ices_letter_are_a_federal_deployment():
    got = _of_type(_ICE_LETTER, "federal_deployment")
    assert [r["status"] for r in got] == ["announced"], rows(_ICE_LETTER)


def test_payments_that_would_stop_if_a_jail_refuses_detainers_are_a_funding_threat():
    text = ("On March 3, 2027, ICE Field Office Director Thaddeus Voskuijlen wrote to the Sheriff that per-diem "
            "payments would stop if the jail refused any detainer backed only by an administrative warrant.")
    got = {r["action_type"] for r in rows(text)}
    assert "withhold_funding" in got and "bar_local_cooperation" not in got, rows(text)


# ------------------------------------------------------------------ local measures
def test_a_jail_that_will_hold_people_for_ice_only_on_a_judges_warrant_limits_help():
    text = "From the effective date onward, the county jail will hold a person for ICE only on a warrant signed by a judge."
    assert [r["action_type"] for r in rows(text)] == ["bar_local_cooperation"], rows(text)


def test_an_order_that_no_park_or_library_be_used_as_a_staging_area_closes_sites():
    text = ("I have also ordered that no city park, recreation center or library be used as a staging area for ICE "
            "or Guard units.")
    assert [r["action_type"] for r in rows(text)] == ["restrict_enforcement_sites"], rows(text)


def test_an_order_that_troopers_be_used_to_support_ice_is_still_no_site_closure():
    text = "The governor ordered that state troopers be used to support ICE at the Mesa work site."
    assert not _of_type(text, "restrict_enforcement_sites"), rows(text)


def test_the_adjutant_general_placing_guard_members_to_support_ice_is_the_states_help():
    text = ("Section 1. The Adjutant General shall place up to 200 members of the Kentucky National Guard on state "
            "active duty to provide transport and clerical support to ICE.")
    got = _of_type(text, "assist_ice")
    assert [(r["actor_level"], r["jurisdiction"]) for r in got] == [("state", "us-ky")], rows(text)


def test_an_electronic_signature_mark_keeps_the_title_below_the_name():
    text = ("Dear Commissioners:\n\nIn October I renewed this Office's 287(g) jail enforcement agreement with ICE "
            "through 2029.\n\nRespectfully,\n\n/s/ Royce Amundsen-Vail\nSheriff of Gem County\n")
    out = run.extract_document(parse_text(text, doc_id="t"))
    got = [(p["name"], p["role"], p["jurisdiction"]) for p in out["people_mentions"]]
    assert got == [("Royce Amundsen-Vail", "sheriff", "us-id-gem-county")], got


def test_a_contract_that_ends_withholds_no_funds():
    text = "Since the bed contract ended in June, the county jail in Auburn has kept its beds for local inmates."
    assert not _of_type(text, "withhold_funding"), rows(text)


def test_the_warner_of_stopped_proceeds_threatens_and_his_thanks_are_praise():
    text = ("Special Agent in Charge Lucan Fairbrother-Oyo wrote that Ames \"has chosen politics over the safety of its "
            "own residents.\" He warned that the Department's share of forfeiture proceeds from task-force cases would "
            "stop if the withdrawal takes effect. He thanked the Story County Sheriff's Office for what he called "
            "\"a partnership that works.\"")
    got = {r["action_type"] for r in rows(text) if "proceeds" in r["evidence"] or "thanked" in r["evidence"]}
    assert got == {"withhold_funding", "praise_enforcement"}, rows(text)


def test_a_federal_spokespersons_answer_that_officers_are_not_bound_claims_immunity():
    text = _BRIEFING + ("\nQ (Barlow-Tate): Will your officers follow the city's new badge ordinance?\n\n"
                        "MR. ABERNATHY-VALE: Federal officers are not bound by a city ordinance.\n")
    got = [r for r in _of_type(text, "immunity_claim")]
    assert [r["actor_level"] for r in got] == ["federal"], rows(text)


def test_thanking_one_county_and_calling_another_a_haven_is_still_praise_and_criticism():
    text = ("On September 20, Renata Oyelowo-Brandt, director of ICE's Baltimore field office, thanked Harford County "
            "for \"standing shoulder to shoulder with our officers\" and called Howard County \"a haven where criminals "
            "walk free.\"")
    got = {r["action_type"] for r in rows(text)}
    assert {"praise_enforcement", "federal_criticism"} <= got, rows(text)


_US_ATTORNEY = ("U.S. Department of Justice\nUnited States Attorney\nDistrict of New Mexico\n\nMarch 2, 2027\n\n"
                "Dear Commissioners:\n\n"
                "2. Applicable Law. Section 1324 of Title 8, United States Code, makes it a felony to conceal, harbor "
                "or shield from detection any alien unlawfully present.\n\n"
                "3. Consequences. Unless the Board rescinds Resolution 2027-04 by April 9, 2027, this Office will open "
                "a criminal inquiry into whether any county official has harbored aliens.\n\n"
                "Sincerely,\n\n/s/ Thaddeus R. Quillon-Arviso\nUnited States Attorney\n")


def test_a_federal_letter_citing_a_statute_criticises_no_one():
    assert not [r for r in _of_type(_US_ATTORNEY, "federal_criticism") if "Section 1324" in r["evidence"]], \
        rows(_US_ATTORNEY)


def test_a_criminal_inquiry_into_county_officials_threatens_them():
    got = [r for r in rows(_US_ATTORNEY) if "inquiry" in r["evidence"]]
    assert [(r["action_type"], r["status"]) for r in got] == [("target_local_officials", "threatened")], got


def test_a_state_suing_unless_a_citys_ordinance_is_repealed_presses_the_city_to_cooperate():
    text = ("In March, DHS cut Dodge City's federal grants. Attorney General Hollis Vandermeer-Ekwu wrote to Dodge City "
            "on Thursday warning that Kansas will sue unless the ordinance is repealed.")
    got = [r for r in rows(text) if "sue" in r["evidence"]]
    assert [r["action_type"] for r in got] == ["expand_cooperation"], rows(text)


def test_the_statement_is_the_agency_whose_statement_was_just_read_into_the_minutes():
    text = ("The City Recorder read a DHS statement dated May 2, 2028. The statement accused \"sanctuary politicians in "
            "Eugene\" of shielding employers who exploit illegal labor.")
    got = _of_type(text, "federal_criticism")
    assert [r["actor"] for r in got] == ["Department of Homeland Security"], rows(text)
