"""Rules tuned in the forty-ninth stop, from the batches fx1381-fx1388 and fx1389-fx1396 and dev misses: a signed
act's content told "Under the act", the cases of two plaintiff cities, a suit against a state's officers, a
section's powers and penalties, raids told with ordinary verbs and with a second object whose verb is left out,
officers of the federal act just told, a joint operation "launched", a state's payments per ICE bed-day, an
agreement's notice, a state mandate on sheriffs, a motion voted down, readings refused ("No student was taken into
custody", "No other parish has told ICE ...", "criticized ... for releasing ..."), a subhead led by its place; then,
from fx1405-fx1412 once scored: a directive a sheriff issued, consent required before an ICE interview, an agreement
signed in an object relative clause, a penalty sought "from any municipality".

Every sentence is invented for these tests (real US places, made-up people, offices and laws).
"""
import pytest
from action_helpers import dated_rows, of_type, rows, type_places

pytestmark = pytest.mark.usefixtures("rules_only")


def _row(text, substr, atype=None):
    got = [r for r in rows(text) if substr in r["evidence"] and (atype is None or r["action_type"] == atype)]
    assert got, (substr, type_places(text))
    return got


# ------------------------------------------------------------------ a signed act told "Under the act"

SIGNED = ("Governor Odessa Vantreight signed the Granite Trust Act on May 2, 2027. Under the act, police and the "
          "state prisons may not hold anyone on an ICE detainer without a judicial warrant. The act also bars civil "
          "immigration arrests inside state courthouses.")


def test_the_signing_takes_the_code_of_what_the_act_does_under_it():
    text = "CONCORD, N.H. - The attorney general issued guidance.\n\n" + SIGNED
    signing = _row(text, "signed the Granite Trust Act")
    assert {r["action_type"] for r in signing} == {"bar_local_cooperation"}


def test_what_the_act_does_is_dated_by_its_signing():
    text = "CONCORD, N.H. - The attorney general issued guidance.\n\n" + SIGNED
    got = dated_rows(text, "2028-03-16")
    under = [r for r in got if r["evidence"].startswith("Under the act")]
    also = [r for r in got if r["evidence"].startswith("The act also")]
    assert under and all(str(r["date"]) == "2027-05-02" for r in under)
    assert also and all(str(r["date"]) == "2027-05-02" for r in also)


def test_a_signing_that_tells_its_own_content_takes_no_second_code():
    text = ("On January 12, Berks County President Judge Odile Farris-Kemp signed an administrative order that keeps "
            "civil immigration arrests out of the courthouse. Under the order, officers entering the building must "
            "give their name and agency at the screening desk.")
    signing = [r for r in rows(text) if "signed an administrative order" in r["evidence"]]
    assert "require_agent_identification" not in {r["action_type"] for r in signing}


def test_what_is_done_under_an_order_is_the_order_givers():
    text = ("On Monday, Governor Thaddeus Brill-Okoro signed Executive Order 28-05, which sends 150 Missouri National "
            "Guard soldiers to help ICE process detainees. Under the order, the soldiers will take fingerprints and "
            "drive detainees to a temporary ICE processing center in north St. Louis.")
    got = dated_rows(text, "2028-02-18")
    under = [r for r in got if r["evidence"].startswith("Under the order")]
    assert under and {r["jurisdiction"] for r in under} == {"us-mo"}


# ------------------------------------------------------------------ the cases of two cities

CASE = ("UNITED STATES DISTRICT COURT\nDISTRICT OF ARIZONA\n\nCase: City of Yuma, et al. v. Harrow, et al.\n"
        "Case No.: CV-27-00588-PHX\nPresiding: U.S. District Judge Marisol Quintero-Lake\n\n"
        "The defendants are Attorney General Silas Harrow and the State Treasurer. The cities challenge a state law "
        "that punishes any city that limits its help to ICE.\n\n")


def test_a_ruling_naming_two_plaintiff_cities_is_a_row_for_each():
    text = CASE + ("On Tuesday, Judge Marisol Quintero-Lake barred the State from cutting off state-shared revenue to "
                   "Yuma and Prescott.")
    places = {r["jurisdiction"] for r in _row(text, "barred the State", "court_action")}
    assert places == {"us-az-yuma", "us-az-prescott"}


def test_a_ruling_on_a_state_named_as_its_object_is_not_split_among_its_cities():
    text = ("A federal judge on Tuesday barred Missouri from enforcing two parts of its new immigration law, handing a "
            "win to Kansas City and St. Louis.")
    places = {r["jurisdiction"] for r in of_type(text, "court_action")}
    assert not places & {"us-mo-kansas-city", "us-mo-st-louis"}


def test_the_places_a_court_finds_facts_about_are_not_its_parties():
    text = ("The Court finds that between January 11 and August 27, 2027, court security staff in Maricopa County and "
            "Pima County reported 26 civil immigration arrests near court facilities.")
    places = {r["jurisdiction"] for r in of_type(text, "court_action")}
    assert not {"us-az-maricopa-county", "us-az-pima-county"} <= places


def test_the_plaintiffs_suit_against_state_officers_is_a_case_not_a_suit_against_the_united_states():
    text = CASE + "Yuma and Prescott filed suit on November 8, 2027, and moved for a preliminary injunction."
    got = _row(text, "filed suit")
    assert {r["action_type"] for r in got} == {"court_action"}


def test_lawyers_arguing_a_motion_is_a_step_for_each_party():
    text = CASE + "Lawyers for Yuma and Prescott argued the motion on January 25, 2028."
    places = {r["jurisdiction"] for r in _row(text, "argued the motion", "court_action")}
    assert places == {"us-az-yuma", "us-az-prescott"}


@pytest.mark.parametrize("text", [
    "Evanston sued the department in 2020, with Ms. Quill-Barros arguing the case without pay.",
    '"She lost two days of her life," said Farrow-Ibe, who argued the case for the plaintiff.',
])
def test_the_lawyer_who_argued_is_no_step_of_its_own(text):
    assert not [r for r in rows(text) if r["rule"] == "argue_motion"]


# ------------------------------------------------------------------ a state's act and its sections

ACT = ("PHOENIX - A summary of the law follows.\n\nArizona Governor Lorna Pike-Esteban signed the Municipal "
       "Compliance Act on May 14, 2027. Section 3 bars any city or town from limiting compliance with ICE detainers. "
       "Section 4 directs the Treasurer to withhold state-shared revenue from any city the Attorney General finds in "
       "violation. Section 5 lets the Attorney General seek a civil penalty of up to $10,000 against any council "
       "member who votes for a policy barred by Section 3. Section 6 requires municipal police departments to notify "
       "ICE before releasing anyone held on an ICE detainer.")


def test_money_withheld_from_any_city_an_official_finds_in_violation_is_a_state_penalty():
    got = _row(ACT, "Section 4")
    assert {r["action_type"] for r in got} == {"expand_cooperation"}


def test_a_power_a_section_gives_is_in_force_and_the_run_of_sections_stays_the_states():
    sec5, sec6 = _row(ACT, "Section 5"), _row(ACT, "Section 6")
    assert {r["status"] for r in sec5} == {"enacted"}
    assert {r["jurisdiction"] for r in sec5 + sec6} == {"us-az"}


def test_suing_a_city_that_stops_honoring_detainers_enforces_cooperation():
    text = ("Attorney General Pettibone-Ruiz also warned that his office will sue any city that stops honoring ICE "
            "detainers under the new law.")
    got = _row(text, "will sue")
    assert {(r["action_type"], r["status"]) for r in got} == {("expand_cooperation", "threatened")}


def test_a_section_requiring_sheriffs_to_renew_an_agreement_is_a_state_mandate():
    text = ("Section 1 would require the sheriff of each county that operates a jail to apply to ICE for a 287(g) "
            "agreement. Section 2 would require each sheriff whose application is approved to seek renewal of the "
            "agreement before it expires.")
    got = _row(text, "Section 2")
    assert {r["action_type"] for r in got} == {"expand_cooperation"}


def test_an_amendment_adding_a_duty_to_notify_ice_is_a_state_mandate():
    text = ("Senate Amendment 1, which Sen. Corwin Adebayo-Lusk filed on Tuesday, would add a duty to notify ICE 48 "
            "hours before releasing any person named in a detainer.")
    assert {r["action_type"] for r in rows(text)} == {"expand_cooperation"}


def test_a_law_in_force_in_a_bills_report_is_enacted():
    text = ("FISCAL NOTE\nHB 2215 - SB 2190\n\nUnder the Local Jail Compliance Act, which took effect in July 2026, "
            "every county jail in Tennessee must honor detainers issued by ICE.")
    assert {r["status"] for r in of_type(text, "expand_cooperation")} == {"enacted"}


def test_a_state_paying_for_each_detainee_day_is_its_own_policy():
    text = ("Under the Parish Detention Partnership Act, which took effect in August 2026, Louisiana pays sheriffs $18 "
            "for each day a parish jail bed holds an ICE detainee.")
    assert ("expand_cooperation", "us-la") in type_places(text)
    assert "assist_ice" not in {t for t, _ in type_places(text)}


# ------------------------------------------------------------------ raids told with ordinary verbs

def test_officers_in_what_ice_says_are_ices_and_each_object_keeps_its_place():
    text = ("In a statement released Wednesday, U.S. Immigration and Customs Enforcement said officers arrested 61 "
            "people at the Grand Island plant and 12 at a staffing agency's office in Hastings on Tuesday.")
    got = dated_rows(text, "2028-03-09")
    ops = [r for r in got if r["action_type"] == "federal_enforcement_operation"]
    assert {r["target_jurisdiction"] for r in ops} == {"us-ne-grand-island", "us-ne-hastings"}
    assert {str(r["date"]) for r in ops} == {"2028-03-07"}


def test_a_second_object_with_its_verb_left_out_keeps_its_place():
    text = ("ICE officers arrested two roofers at a Pueblo job site on March 9 and a dishwasher in Greeley the "
            "following day.")
    ops = of_type(text, "federal_enforcement_operation")
    assert {"us-co-pueblo", "us-co-greeley"} <= {r["target_jurisdiction"] for r in ops}


def test_questioning_and_loading_workers_is_a_raid_told_in_a_list_of_verbs():
    text = ("Raid at plant\n\nFederal immigration agents blocked both gates of a pork plant in Worthington on Tuesday "
            "morning, questioned workers on the cutting floor for most of the shift and loaded dozens of them onto "
            "buses, according to employees.")
    assert of_type(text, "federal_enforcement_operation")


@pytest.mark.parametrize("text", [
    "On January 8, Sheriff Amos Kettle-Baptiste began letting ICE officers question inmates in the Blount County jail.",
    "You may remain silent when ICE officers question you.",
])
def test_questioning_in_a_jail_or_in_general_is_no_raid(text):
    assert not of_type(text, "federal_enforcement_operation")


def test_bare_officers_of_the_federal_act_just_told_are_federal_and_a_named_state_keeps_its_row():
    text = ("ST. PAUL, Minn. - U.S. Immigration and Customs Enforcement's St. Paul field office arrested 300 people in "
            "Minnesota and Iowa during Operation Cold Prairie.\n\nArrests by state\n\n"
            "- In Minnesota, officers arrested 171 people, including 88 in Minneapolis and 39 in Duluth.")
    got = {r["target_jurisdiction"] for r in rows(text) if r["evidence"].startswith("- In Minnesota")}
    assert got == {"us-mn", "us-mn-minneapolis", "us-mn-duluth"}


def test_a_joint_operation_launched_gives_the_state_force_its_help():
    text = "ICE and the South Carolina Highway Patrol launched the operation in neighboring Richland County in February."
    got = type_places(text)
    assert ("assist_ice", "us-sc") in got
    assert "federal_enforcement_operation" in {t for t, _ in got}


def test_refusing_to_join_an_operation_told_before_as_ices():
    text = ("Starting April 3, deputies will join Operation Midlands Gate, which ICE and the state Highway Patrol run "
            "on Interstate 20. Columbia Police Chief Everard Quill-Dossou said Tuesday that his officers will not take "
            "part in Operation Midlands Gate.")
    got = _row(text, "will not take part")
    assert {(r["action_type"], r["status"]) for r in got} == {("bar_local_cooperation", "announced")}


# ------------------------------------------------------------------ readings refused or corrected

@pytest.mark.parametrize("text", [
    "No student was taken into custody, and no agent boarded a school bus.",
    "No other parish has told ICE it plans to leave, according to the agency.",
    "On Wednesday, the Board also voted down a motion to sue the Department of Homeland Security over the arrests.",
])
def test_nothing_done(text):
    assert not rows(text)


def test_the_reason_for_a_reproach_is_no_help_given():
    text = ("In a letter dated February 2, 2028, ICE Field Office Director Cassius Dunmore-Effiong criticized the "
            "Knox County Sheriff's Office for releasing 57 people before ICE could take custody.")
    got = {t for t, _ in type_places(text)}
    assert "federal_criticism" in got and "assist_ice" not in got


def test_a_notice_of_so_many_days_given_to_ice_ends_an_agreement():
    text = '"We gave ICE our 90-day notice on July 30, and I do not regret it," Sheriff Lucien Marrow-Ade said.'
    got = {t for t, _ in type_places(text)}
    assert "end_formal_agreement" in got and "assist_ice" not in got


def test_guidance_sent_to_districts_is_no_data_given_to_ice():
    text = ("On January 21, the New Mexico Public Education Department sent every district guidance that forbids "
            "schools to share student records or bus routes with immigration agents.")
    assert "assist_ice" not in {t for t, _ in type_places(text)}


def test_an_ordinance_naming_ice_in_its_clause_is_no_act_of_ices():
    text = ("DURANGO CITY COUNCIL\nMinutes of March 21, 2028\n\nACTION: Ordinance O-2028-06, declaring Durango a "
            "welcoming city and limiting City cooperation with ICE, adopted as amended, 4-1.")
    got = type_places(text)
    assert ("affirm_sanctuary", "us-co-durango") in got and ("bar_local_cooperation", "us-co-durango") in got


def test_a_federal_office_named_for_its_city_is_no_place_and_its_thanks_is_read():
    text = ("ERO St. Paul thanks the Woodbury County Sheriff's Office, whose jail honored all 19 detainers that ERO "
            "lodged there during the operation.")
    got = type_places(text)
    assert ("assist_ice", "us-ia-woodbury-county") in got
    assert "praise_enforcement" in {t for t, _ in got}
    assert "us-mn-saint-paul" not in {j for _, j in got}


def test_a_subhead_led_by_a_county_places_the_county_of_its_section():
    text = ("Which counties here work with ICE?\n\nBy Ada Reyes | Staff Writer\nSunday, March 12, 2028\n\n"
            "McLennan County: a jail model and rented beds\n\n"
            "McLennan County signed a jail enforcement model agreement in 2019. Separately, the county rents up to 80 "
            "jail beds to ICE.\n\n"
            "Coryell County: the agreement that ended\n\n"
            "Coryell County let its task force agreement expire on Dec. 31, 2027. Coryell County deputies made 118 "
            "arrests for ICE under it, and the Coryell County sheriff has applied for a new one.")
    beds = _row(text, "rents up to 80")
    assert {r["jurisdiction"] for r in beds} == {"us-tx-mclennan-county"}


def test_a_countys_practice_in_a_state_senators_account_is_reported():
    text = ("Senator Imogen Saltonstall-Ivey said the Chatham County and Clayton County sheriffs already notify ICE "
            "before releasing anyone held on a detainer.")
    got = [r for r in rows(text) if r["action_type"] == "assist_ice"]
    assert got and {r["status"] for r in got} == {"reported"}


def test_a_sheriffs_own_account_of_his_jail_stays_his_act():
    text = "Sheriff Amos Rudd-Kettering said the Chatham County jail notifies ICE before releasing anyone on a detainer."
    got = [r for r in rows(text) if r["action_type"] == "assist_ice"]
    assert got and "reported" not in {r["status"] for r in got}


def test_a_federal_offices_seat_is_no_place_withheld_from_its_operation():
    text = ("Deportation officers from ERO Chicago's Wichita sub office took 68 people into custody in Wichita, Derby "
            "and Newton during the operation.")
    ops = of_type(text, "federal_enforcement_operation")
    assert {"us-ks-wichita", "us-ks-derby", "us-ks-newton"} <= {r["target_jurisdiction"] for r in ops}


@pytest.mark.parametrize("line", [
    "[00:10:02] SHERIFF: Thanks, Wade. ICE has been a professional partner for this office.",
    "[00:19:10] SHERIFF: Thanks, everybody. We'll do another one of these after the commission votes on the ICE "
    "contract.",
])
def test_thanks_in_a_time_stamped_transcript_is_a_courtesy(line):
    text = ("Finney County Sheriff's Office was live.\nTuesday, March 14, 2028 at 6:30 PM \u00b7 Garden City, KS\n\n"
            "[00:00:04] SHERIFF DALTON VERHOEVEN-RUIZ: Evening, everybody. We got a lot of questions about the jail and "
            "ICE, so let's get to them.\n\n" + line)
    assert not [r for r in of_type(text, "praise_enforcement") if r["evidence"].startswith("[")]


def test_requests_counted_just_after_ice_was_named_are_ices():
    text = ("The department logged 57 contacts from ICE in 2027, up from 31 in 2026. Officers declined 44 requests "
            "under the ordinance, most of them requests to hold a driver at a traffic stop.")
    got = _row(text, "declined 44")
    assert {r["action_type"] for r in got} == {"bar_local_cooperation"}


@pytest.mark.parametrize("text", [
    "Under the new policy, agents must show a judicial warrant before entering residence halls, classrooms and labs.",
    "Immigration agents now need a judge's warrant to enter residence halls and classrooms under a policy that "
    "President Ada Roe-Lindqvist announced on Monday.",
])
def test_a_warrant_needed_to_enter_a_site_is_a_site_rule(text):
    got = of_type("Campus news\n\nWORCESTER, Mass. - The university acted on Monday.\n\n" + text,
                  "restrict_enforcement_sites")
    assert got and all(r["actor_level"] != "federal" for r in got)


def test_a_ruling_named_as_a_time_is_no_act_and_hides_no_act():
    text = ("MEMO\n\nOn February 15, the Oregon Court of Appeals ruled in Doe v. Polk County that a jail that keeps "
            "people for ICE violates the Act.\n\nSix days after the ruling, Sheriff Tobias Brennock-Ilunga signed "
            "Corrections Procedure 7.14, which bars ICE officers from the jail's secure areas unless they carry a "
            "judicial warrant.")
    got = [r["action_type"] for r in rows(text) if r["evidence"].startswith("Six days")]
    assert got == ["bar_local_cooperation"]


def test_places_in_two_clauses_joined_by_and_are_no_list():
    text = ("On Monday, agents raided a car wash in Cicero, and Berwyn police officers blocked traffic on Cermak Road "
            "while they worked.")
    assert {j for t, j in type_places(text) if t == "assist_ice"} == {"us-il-berwyn"}


def test_a_penalty_the_attorney_general_may_seek_from_any_municipality_is_a_state_mandate():
    text = ("HARRISBURG - The memo was sent on February 2, 2028.\n\nSenate Bill 512 passed the Pennsylvania Senate 28-22 "
            "on January 26, 2028. Section 3 would let the Attorney General seek civil penalties of $10,000 a day from "
            "any municipality that enforces such an ordinance.")
    got = [r for r in rows(text) if r["rule"] == "seek_penalties"]
    assert got and {(r["action_type"], r["status"]) for r in got} == {("expand_cooperation", "proposed")}


def test_a_directive_a_sheriff_issued_is_no_court_act_and_hides_no_bar():
    text = ("His successor, Sheriff Marisol Antequera-Whitfield of Yavapai County, took office in January 2021. In "
            "February 2021, she issued a directive barring deputies from holding anyone on an ICE detainer without a "
            "judge's warrant.")
    got = [r["action_type"] for r in rows(text) if "issued a directive" in r["evidence"]]
    assert got == ["bar_local_cooperation"]


def test_consent_required_before_an_ice_interview_limits_help():
    text = ("Governor Ada Lindqvist-Moreno signed the Jail Fairness Act on March 22, 2028. The Act also requires written "
            "consent before any ICE interview in a county jail.")
    got = {r["action_type"] for r in rows(text) if r["evidence"].startswith("The Act also")}
    assert got == {"bar_local_cooperation"}


def test_an_agreement_signed_and_renewed_in_an_object_relative_clause():
    text = ("Florida Highway Patrol release\n\nTALLAHASSEE, Fla. - The Patrol reported results on March 20, 2028.\n\n"
            "The operation was run under the Patrol's 287(g) task force agreement with ICE, which the Patrol signed "
            "in February 2025 and renewed for three years last October.")
    got = {t for t, _ in type_places(text)}
    assert {"enter_formal_agreement", "keep_formal_agreement"} <= got
