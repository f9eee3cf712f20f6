"""Rules tuned after the forty-second stop's batch of official texts (fx1213-fx1220): a bill promised if a board does
not act, an agreement's end told as what a resolution would bring, a senator asking for an inquiry into ICE's own
decision, an office named in a request, a bill filed under a name that says what it does, any county that would end an
agreement, agents not admitted to non-public areas, and an aside ("public housing agencies included") in a ban.

Every sentence is invented for these tests (real US places, made-up people, offices and laws).
"""
import pytest
from action_helpers import of_type as _of_type, rows

pytestmark = pytest.mark.usefixtures("rules_only")

_BOARD = ("OFFICE OF THE STEELE COUNTY BOARD CHAIR\nOwatonna, Minnesota\nMay 12, 2028\n\n"
          "Steele County has held people for ICE under an intergovernmental service agreement since 2019.\n\n")


def test_a_bill_a_senator_will_introduce_if_a_board_keeps_its_agreement_is_threatened():
    text = _BOARD + ("If the Board keeps the agreement, State Senator Marguerite Oyelaran-Voss will introduce a bill in "
                     "the 2029 session to bar Minnesota counties from renting jail beds to ICE.")
    got = [r for r in _of_type(text, "bar_local_cooperation") if "introduce a bill" in r["evidence"]]
    assert [r["status"] for r in got] == ["threatened"], rows(text)


def test_a_bill_a_senator_will_introduce_without_a_condition_is_announced():
    text = _BOARD + ("State Senator Marguerite Oyelaran-Voss will introduce a bill in the 2029 session to bar "
                     "Minnesota counties from renting jail beds to ICE.")
    got = [r for r in _of_type(text, "bar_local_cooperation") if "introduce a bill" in r["evidence"]]
    assert [r["status"] for r in got] == ["announced"], rows(text)


def test_an_agreement_that_would_end_if_a_resolution_passes_is_no_stop_to_cooperation():
    text = _BOARD + ("If the resolution passes, the agreement would end 90 days after the county delivers written "
                     "notice to ICE.")
    assert not [r for r in rows(text) if "resolution passes" in r["evidence"]], rows(text)


def test_a_county_that_stops_sending_release_notices_to_ice_still_limits_cooperation():
    text = _BOARD + "On May 2, 2028, the Board stopped all release notices to ICE."
    assert [r for r in _of_type(text, "bar_local_cooperation") if "stopped" in r["evidence"]], rows(text)


_INQUIRY = ("State Senator Ingeborg Tallis-Mwangi, who represents Owatonna, on Wednesday asked the Minnesota Attorney "
            "General's Office to open an investigation into the death and into ICE's decision to transfer the man to "
            "the county jail despite his medical history.")


def test_asking_for_an_inquiry_into_ices_decision_is_a_proposed_investigation_of_misconduct():
    text = _BOARD + _INQUIRY
    got = [r for r in rows(text) if "open an investigation" in r["evidence"]]
    assert [(r["action_type"], r["status"]) for r in got] == [("investigate_misconduct", "proposed")], got


def test_a_state_inquiry_into_a_sheriffs_data_sharing_still_limits_cooperation():
    text = ("On June 3, 2028, the Minnesota Attorney General opened an investigation into the sheriff's office's data "
            "sharing with ICE.")
    got = _of_type(text, "bar_local_cooperation")
    assert [r["status"] for r in got] == ["enacted"], rows(text)


def test_a_bill_filed_under_a_name_holding_a_trigger_word_is_proposed():
    text = ("April 18, 2027\n\nOn Tuesday, I filed House Bill 611, the Sheriff Partnership Mandate Act, which would "
            "require every Ohio sheriff to hold a 287(g) agreement by January 1, 2028.")
    got = [r for r in rows(text) if "House Bill 611" in r["evidence"]]
    assert got and {r["status"] for r in got} == {"proposed"}, got


def test_any_county_that_ends_an_agreement_under_a_law_is_no_county_ending_one():
    text = ("Under the County Jail Partnership Integrity Act, which the Governor signed in December 2026, a county that "
            "ends a 287(g) agreement loses its state jail-operations grant for two years.")
    assert not _of_type(text, "end_formal_agreement"), rows(text)


def test_a_county_that_ended_its_agreement_still_ended_it():
    text = "Mower County, our neighbor to the east, ended its own detention agreement with ICE in June 2026."
    assert _of_type(text, "end_formal_agreement"), rows(text)


_AUTHORITY = ("HOUSING AUTHORITY OF THE CITY OF ALBUQUERQUE\nAlbuquerque, New Mexico\nMEMORANDUM\nNovember 17, 2027\n\n"
              "Administrative Directive 2027-14 takes effect today at every Authority property in Albuquerque.\n\n")


def test_agents_without_a_judicial_warrant_not_admitted_to_non_public_areas_restricts_sites():
    text = _AUTHORITY + ("Agents without a judicial warrant shall not be admitted to lobbies, hallways, offices or "
                         "other non-public areas.")
    got = _of_type(text, "restrict_enforcement_sites")
    assert [(r["status"], r["jurisdiction"]) for r in got] == [("enacted", "us-nm-albuquerque")], rows(text)


def test_officers_not_admitted_to_a_polling_place_without_an_immigration_cue_is_no_row():
    text = "Officers shall not be admitted to polling places."
    assert not _of_type(text, "restrict_enforcement_sites"), rows(text)


def test_a_state_law_that_forbids_landlords_agencies_included_to_disclose_records_to_ice_limits_cooperation():
    text = _AUTHORITY + ("The directive rests on New Mexico's Tenant Records Act, which took effect on July 1, 2026, and "
                         "forbids landlords, public housing agencies included, to disclose a tenant's records to federal "
                         "immigration authorities without a judicial subpoena.")
    got = _of_type(text, "bar_local_cooperation")
    assert [(r["jurisdiction"], r["status"]) for r in got] == [("us-nm", "enacted")], rows(text)


def test_a_county_departments_capitals_letterhead_places_its_rules_in_the_county_not_its_seat():
    text = ("PRINCE GEORGE'S COUNTY FIRE-RESCUE DEPARTMENT\nOffice of the Fire Chief\nLargo, Maryland\n\n"
            "GENERAL DIRECTIVE 27-19\nIssued: November 8, 2027\n\n"
            "5.1 Members shall not ask any patient about immigration status or citizenship.\n")
    got = _of_type(text, "bar_local_cooperation")
    assert [r["jurisdiction"] for r in got] == ["us-md-prince-georges-county"], rows(text)


_POSTS = ("CITY OF LANSING\nOFFICE OF COMMUNICATIONS\n\nRECORDS TRANSCRIPT: OFFICIAL POSTS, MAY 3-4, 2028\n"
          "Prepared: May 8, 2028\n\n| Account | Holder |\n|---|---|\n| @LansingMayorVandermeer | Mayor Ottilie Vandermeer |\n"
          "| @RepHalloranOkafor | State Representative Caspian Halloran-Okafor |\n\nPOSTS\n\n"
          "[1] @LansingMayorVandermeer | May 3, 2028 | 8:12 a.m.\n"
          "I condemn the ICE raid on Saginaw Street in the strongest possible terms.\n\n"
          "[2] @RepHalloranOkafor | May 3, 2028 | 7:56 p.m.\n"
          "I have filed a Freedom of Information Act request with the Ingham County Sheriff's Office for every ICE "
          "detainer the jail received since January 2027.\n")


def test_a_posts_first_person_is_the_holder_whose_surname_the_handle_spells():
    got = {r["action_type"]: r["jurisdiction"] for r in rows(_POSTS)}
    assert got.get("condemn_federal_action") == "us-mi-lansing", rows(_POSTS)
    assert got.get("records_request") == "us-mi", rows(_POSTS)


def test_a_resolution_filed_with_a_commission_that_would_declare_a_welcoming_city_affirms_sanctuary():
    text = ("Mayor Ottilie Vandermeer of Lansing said on May 3, 2028: I have filed a resolution with the City "
            "Commission that would declare Lansing a welcoming city.")
    got = [r for r in rows(text) if "welcoming city" in r["evidence"]]
    assert [(r["action_type"], r["status"]) for r in got] == [("affirm_sanctuary", "proposed")], got


def test_a_bill_barring_jails_from_doing_so_takes_what_the_if_clause_said():
    text = ("If the sheriff keeps holding people on ICE detainers alone, State Representative Caspian Halloran-Okafor "
            "will introduce a bill barring every county jail in Michigan from doing so.")
    got = _of_type(text, "bar_local_cooperation")
    assert [(r["status"], r["jurisdiction"]) for r in got] == [("threatened", "us-mi")], rows(text)


def test_a_forum_on_a_sheriffs_ice_contacts_that_was_held_is_no_one_held_for_ice():
    text = ("PLACER COUNTY CIVIL GRAND JURY\nAuburn, California\nJune 12, 2028\n\n"
            "The forum on the Sheriff's 2026 ICE contacts was held on March 9, 2027.")
    assert not _of_type(text, "assist_ice"), rows(text)


def test_people_held_for_ice_at_the_jail_are_still_help_to_ice():
    text = ("PLACER COUNTY CIVIL GRAND JURY\nAuburn, California\nJune 12, 2028\n\n"
            "Two men were held at the county jail on ICE detainers on March 9, 2027.")
    assert _of_type(text, "assist_ice"), rows(text)


def test_a_bill_a_senator_will_file_with_its_own_unless_clause_is_announced_not_threatened():
    text = ("State Senator Marguerite Oyelaran-Voss said she will file a bill next week to bar immigration arrests inside "
            "campus housing unless the agent carries a judicial warrant.")
    got = _of_type(text, "restrict_enforcement_sites")
    assert [r["status"] for r in got] == ["announced"], rows(text)


def test_an_aside_naming_federal_officers_is_no_actor_and_a_digest_summary_as_introduced_is_proposed():
    text = ("VIRGINIA GENERAL ASSEMBLY\nLEGISLATIVE DIGEST SERVICE\n\nSESSION DIGEST 27-14\n\n"
            "2. HB 1999 (Patron: Delegate Ines Quarrington-Bly)\nLaw enforcement; face coverings.\n"
            "Summary as introduced: Prohibits any officer working in the Commonwealth, federal officers included, from "
            "concealing his face during an arrest.\n")
    got = _of_type(text, "require_agent_identification")
    assert [(r["status"], r["actor_level"] == "federal") for r in got] == [("proposed", False)], rows(text)


def test_a_lawmakers_hometown_before_the_party_is_no_place_the_bill_acts_in():
    text = ("A bill filed by state Sen. Julia Ferreira-Nolan, a Worcester Democrat, would bar all law enforcement "
            "officers working in Massachusetts from wearing masks during arrests and require them to display a name "
            "or badge number.")
    got = _of_type(text, "require_agent_identification")
    assert {r["jurisdiction"] for r in got} == {"us-ma"}, rows(text)


_ROUNDUP = ("STATEHOUSE WIRE SERVICE\nTHE WEEK IN THE STATES\nFriday, May 21, 2027\n\nBy Hedda Brackenridge-Tsai\n\n"
            "MISSOURI\n\nJEFFERSON CITY, Mo. — Gov. Harlan Whitcombe-Draper on Tuesday signed Senate Bill 38, which bars "
            "every city in Missouri from adopting any policy that limits cooperation with ICE.\n\n"
            "OREGON\n\nSALEM, Ore. — Attorney General Benedikt Carrow-Amadi sued Linn County Sheriff Dalton Pruett-Fairweather "
            "on Monday, asking a state judge to order the county jail to stop holding people for ICE on detainers.\n\n"
            "According to the complaint, the Linn County Jail in Albany held 31 people on ICE detainers in 2026.\n")


def test_a_roundups_state_official_and_shared_county_name_are_of_the_section_datelines_state():
    got = [r for r in rows(_ROUNDUP) if "sued Linn County" in r["evidence"]]
    assert [(r["action_type"], r["jurisdiction"], r["target_jurisdiction"]) for r in got] == [
        ("bar_local_cooperation", "us-or", "us-or-linn-county")], got
    held = [r for r in _of_type(_ROUNDUP, "assist_ice") if "31 people" in r["evidence"]]
    assert [r["jurisdiction"] for r in held] == ["us-or-linn-county"], rows(_ROUNDUP)


def test_a_state_suing_a_city_over_its_sanctuary_policy_still_enforces_the_states_ban():
    text = ("JEFFERSON CITY, Mo. — Attorney General Benedikt Carrow-Amadi sued the City of St. Louis on Monday, asking a "
            "judge to stop its sanctuary ordinance from limiting cooperation with ICE.")
    got = [r for r in rows(text) if r["rule"] == "sue"]
    assert got and {r["action_type"] for r in got} == {"expand_cooperation"}, rows(text)


def test_a_trooper_who_may_help_if_ice_presents_a_warrant_is_given_no_help_row():
    text = ("KANSAS HIGHWAY PATROL\nGENERAL ORDER 27-11\nIssued: September 14, 2027\n\n"
            "4.5 If ICE presents a judicial warrant at the roadside, the trooper may help execute it.")
    assert not _of_type(text, "assist_ice"), rows(text)


def test_troopers_who_help_ice_at_a_checkpoint_still_help_ice():
    text = ("KANSAS HIGHWAY PATROL\nGENERAL ORDER 27-11\nIssued: September 14, 2027\n\n"
            "On September 2, 2027, two troopers helped ICE officers search vehicles at a checkpoint near Garden City.")
    assert _of_type(text, "assist_ice"), rows(text)


def test_a_quoted_term_that_is_any_building_where_people_are_held_for_ice_is_a_definition():
    text = ('Under Section 2 of the Act, an "immigration detention facility" is any building in which people are held '
            "for a federal immigration agency under a contract.")
    assert not rows(text), rows(text)
