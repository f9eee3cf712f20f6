"""Rules tuned after the forty-third stop's second batch (fx1245-fx1252): "the Department" in a Justice Department
release, "the Commonwealth", a complaint that only tells an act, a termination notice "required by the agreement", a
report's definitions, staff who "stop admitting" ICE officers, an "existing agreement" a bill would end, a judge's
signature required, a hearing that is only where something was said, ICE asked for officers' names, a charge of
harboring, officers let wait inside, beds set aside, residence halls, a village header with its state
on the next line, and residents' petitions.

Every sentence is invented for these tests (real US places, made-up people, offices and laws).
"""
import pytest
from action_helpers import of_type as _of_type, rows

pytestmark = pytest.mark.usefixtures("rules_only")

_DOJ = ("U.S. DEPARTMENT OF JUSTICE\nOffice of Public Affairs\n\nFOR IMMEDIATE RELEASE\nWednesday, March 17, 2027\n\n"
        "WASHINGTON \u2014 The Justice Department today filed a lawsuit in federal court in Boston against the "
        "Commonwealth of Massachusetts over a state law that limits cooperation with ICE.\n\n"
        "According to the complaint, police departments in Boston and Worcester released 96 people named in ICE "
        "detainers.\n\nThe Department commends the Bristol County Sheriff's Department for its work with ICE.\n\n")


def test_the_department_of_a_justice_department_release_is_the_justice_department():
    text = _DOJ + "On February 22, the Department placed Boston and Worcester on its list of sanctuary jurisdictions."
    got = [r for r in _of_type(text, "federal_ultimatum") if "February 22" in r["evidence"]]
    assert sorted(r["target_jurisdiction"] for r in got) == ["us-ma-boston", "us-ma-worcester"], rows(text)


def test_the_commonwealth_is_the_state():
    text = _DOJ.split("According to")[0] + ("On Monday, the Department told the Commonwealth it will withhold $9.2 million in Byrne JAG funds "
                   "unless the law is suspended by June 1, 2027.")
    got = [r for r in _of_type(text, "withhold_funding") if "Commonwealth it will" in r["evidence"]]
    assert [r["target_jurisdiction"] for r in got] == ["us-ma"], rows(text)


def test_a_complaint_that_only_tells_an_act_is_no_lawsuit():
    text = _DOJ + "The Suffolk County Sheriff's Department released 41 more people last month, the complaint says."
    assert not [r for r in _of_type(text, "federal_lawsuit") if "41 more" in r["evidence"]], rows(text)


def test_a_termination_notice_required_by_the_agreement_is_no_mandate():
    text = ("The County Council voted to end the intergovernmental service agreement with ICE. The County Manager "
            "delivered the 90-day termination notice required by the agreement to ICE the following day.")
    got = [r for r in rows(text) if "90-day" in r["evidence"]]
    assert [r["action_type"] for r in got] == ["end_formal_agreement"], got


def test_a_reports_definition_of_a_declined_detainer_is_no_act():
    text = ("A detainer is counted as declined when the person is released at the end of local custody without being "
            "held for ICE.")
    assert not rows(text), rows(text)


def test_staff_who_will_stop_admitting_ices_officers_to_the_booking_area_limit_cooperation():
    text = ("On Tuesday, I informed ICE that staff will stop admitting its officers to the booking area without a "
            "judicial warrant.")
    got = _of_type(text, "bar_local_cooperation")
    assert [r["status"] for r in got] == ["announced"], rows(text)


def test_a_jail_that_stops_admitting_visitors_is_no_limit_on_ice():
    assert not rows("The jail will stop admitting visitors to the booking area on weekends.")


def test_a_section_that_would_end_every_existing_agreement_ends_agreements():
    text = ("HB 4716 would bar Michigan sheriffs from entering new 287(g) agreements with ICE. Section 3 would "
            "terminate every existing agreement on June 30, 2028.")
    got = [r for r in _of_type(text, "end_formal_agreement") if "Section 3" in r["evidence"]]
    assert [r["status"] for r in got] == ["proposed"], rows(text)


def test_requiring_a_judges_signature_on_detainers_limits_cooperation():
    text = "Sheriff Benedikta Sarrano-Lind said her jail will keep requiring a judge's signature on every ICE detainer."
    got = rows(text)
    assert {r["action_type"] for r in got} == {"bar_local_cooperation"}, got


def test_a_bill_requiring_jails_to_honor_detainers_signed_by_a_judge_is_no_limit():
    text = "The bill would require every jail to honor ICE detainers signed by a judge."
    assert not _of_type(text, "bar_local_cooperation"), rows(text)


def test_a_hearing_that_is_only_where_something_was_said_is_no_court_action():
    text = ("At the March 9 hearing, Washtenaw County Sheriff Benedikta Sarrano-Lind said her jail would keep its "
            "policy on ICE detainers.")
    assert not _of_type(text, "court_action"), rows(text)


def test_asking_ice_for_the_officers_names_is_a_records_request():
    text = "The mayor's office asked ICE for the officers' names and warrants the following day."
    assert _of_type(text, "records_request"), rows(text)


def test_a_threat_to_have_an_official_investigated_for_harboring_targets_the_official():
    text = ("On Wednesday, ICE Field Office Director Lucius Hargrove-Tomasz sent the district attorney a letter. The "
            "letter warned that he would ask the Justice Department to investigate her for harboring if her staff "
            "withheld court dates.")
    got = rows(text)
    assert "target_local_officials" in {r["action_type"] for r in got}, got
    assert "investigate_misconduct" not in {r["action_type"] for r in got}, got


def test_deputies_who_let_ice_officers_wait_inside_the_courthouse_help_ice():
    text = "His deputies also let ICE officers wait inside the courthouse's security screening area."
    assert _of_type(text, "assist_ice"), rows(text)


def test_beds_set_aside_for_ice_detainees_help_ice():
    text = "The state will also set aside 200 beds at the center for ICE detainees awaiting transfer."
    got = _of_type(text, "assist_ice")
    assert [r["status"] for r in got] == ["announced"], rows(text)


def test_setting_a_deadline_is_no_bed_set_aside():
    text = "The county set a schedule for ICE detainees to be moved out of the jail."
    assert not [r for r in rows(text) if r["rule"] == "reserve_for_ice"], rows(text)


def test_residence_halls_closed_to_agents_are_restricted_sites():
    text = "The university's policy bars federal agents from entering residence halls without a warrant signed by a judge."
    assert _of_type(text, "restrict_enforcement_sites"), rows(text)


def test_a_villages_header_with_its_state_on_the_next_line_places_its_acts_there():
    text = ("VILLAGE OF ANTIOCH\nLAKE COUNTY, ILLINOIS\n\nMINUTES OF THE REGULAR MEETING OF THE BOARD OF TRUSTEES\n"
            "Monday, March 6, 2028\n\nLast month, at ICE's request, two village officers closed one lane of Orchard "
            "Street while ICE officers made an arrest.")
    got = _of_type(text, "assist_ice")
    assert [r["jurisdiction"] for r in got] == ["us-il-antioch"], rows(text)


def test_residents_petition_asking_a_board_to_seek_an_agreement_is_no_proposal():
    text = ("Resident Gideon Strathmore-Vukic presented a petition, filed with the Village Clerk last Thursday and "
            "signed by 318 residents, asking the Board to seek a 287(g) agreement with ICE.")
    assert not _of_type(text, "enter_formal_agreement"), rows(text)


def test_a_board_asking_the_sheriff_to_seek_an_agreement_is_still_a_proposal():
    text = "The Waukesha County Board voted 15-10 to ask the sheriff to seek a new 287(g) agreement with ICE."
    assert _of_type(text, "enter_formal_agreement"), rows(text)
