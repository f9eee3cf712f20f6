"""Rules tuned after the forty-third stop's batches (fx1229-fx1244): an agreement a bill would require named as "such
an agreement", an order that is only the subject of a relative clause, a state law's two clauses on its localities, a
power a law gives ("lets the Attorney General seek ..."), access revoked, ICE kept out of a jail, a limit's own
exception, "upon information and belief", a state official's condemnation of a city's arrests, a state trial court's
seat, a timeline's present tense, "neither ... nor", agreements named by "them", one ultimatum told by two verbs, a bill
whose "which would" clause the parser hung on a participle, sworn testimony, an operation "the agency says" led to
arrests, limits only checked against, and a bill by its number with "would".

Every sentence is invented for these tests (real US places, made-up people, offices and laws).
"""
import pandas as pd
import pytest
from action_helpers import of_type as _of_type, rows

from analysis.extract import run

pytestmark = pytest.mark.usefixtures("rules_only")


def test_a_bill_that_would_require_sheriffs_to_seek_such_an_agreement_expands_cooperation():
    text = ("The Sheriff asked the Commission to approve a 287(g) agreement with ICE. Senate Bill 77, filed last month "
            "by Senator Oriel Whitcombe-Dare, would require every Georgia sheriff to seek such an agreement.")
    got = [r for r in _of_type(text, "expand_cooperation") if "such an agreement" in r["evidence"]]
    assert [(r["status"], r["jurisdiction"]) for r in got] == [("proposed", "us-ga")], rows(text)


def test_such_an_agreement_with_nothing_told_before_is_no_mandate():
    text = "Senate Bill 77 would require every Georgia sheriff to seek such an agreement."
    assert not _of_type(text, "expand_cooperation"), rows(text)


def test_an_order_that_is_only_the_subject_of_a_relative_clause_is_not_what_is_kept():
    text = ("Governor Alma Restrepo-Vance signed an executive order on Monday barring state agencies from sharing data "
            "with ICE. At a news conference on Tuesday, the Lorain County sheriff said his jail will keep honoring ICE "
            "detainers, which the order does not cover.")
    got = [r for r in rows(text) if "news conference" in r["evidence"]]
    assert "affirm_sanctuary" not in {r["action_type"] for r in got}, got
    assert "assist_ice" in {r["action_type"] for r in got}, got


def test_a_state_laws_two_clauses_on_its_localities_are_one_row():
    text = ("The Montana Local Cooperation Act, signed by the governor on May 2, 2027, requires every county jail to "
            "honor ICE detainers and forbids any city to limit what its employees share with federal immigration "
            "authorities.")
    got = _of_type(text, "expand_cooperation")
    assert len(got) == 1, got


def test_the_power_a_law_gives_to_seek_an_officials_removal_is_enacted():
    text = ("Under the Montana Local Cooperation Act, every jail must honor ICE detainers. The Act also lets the "
            "Attorney General seek the removal from office of any local official who enforces a sanctuary policy.")
    got = [r for r in _of_type(text, "expand_cooperation") if "removal" in r["evidence"]]
    assert [r["status"] for r in got] == ["enacted"], rows(text)


def test_a_bill_that_would_seek_something_stays_proposed():
    text = "House Bill 12 would seek the removal from office of any local official who enforces a sanctuary policy."
    assert statuses_of(text, "expand_cooperation") == {"proposed"}, rows(text)


def statuses_of(text, atype):
    return {r["status"] for r in _of_type(text, atype)}


def test_revoking_ice_accounts_access_to_city_data_limits_cooperation():
    text = "On March 2, 2028, Police Chief Odile Brackenridge-Sato revoked the two ICE accounts' access to Boulder data."
    got = _of_type(text, "bar_local_cooperation")
    assert [r["jurisdiction"] for r in got] == ["us-co-boulder"], rows(text)


def test_ice_revoking_a_countys_access_is_no_local_limit():
    text = "ICE revoked the county's access to the federal database."
    assert not _of_type(text, "bar_local_cooperation"), rows(text)


def test_ice_officers_no_longer_allowed_into_the_jails_housing_units_limits_cooperation():
    text = ("The Mecklenburg County Sheriff said Tuesday that beginning March 1, ICE officers will no longer be allowed "
            "into the jail's housing units without a judicial warrant.")
    got = _of_type(text, "bar_local_cooperation")
    assert [r["status"] for r in got] == ["announced"], rows(text)


def test_a_person_not_let_out_of_a_jail_is_no_limit_on_ice():
    text = ('"Nobody in this county voted to let a man convicted of assault walk out of the county jail without ICE '
            'knowing about it," the sheriff said.')
    assert not [r for r in rows(text) if r["rule"] == "no_jail_entry"], rows(text)


def test_a_limits_own_exception_is_no_help_to_ice():
    text = ("On March 4, 2027, Sheriff Amara Lindqvist-Oduya issued Directive 27-9, which bars jail staff from holding "
            "anyone on an ICE detainer. If ICE presents a judicial warrant, the Directive allows the jail to hold the "
            "person.")
    assert not [r for r in _of_type(text, "assist_ice") if "judicial warrant" in r["evidence"]], rows(text)


def test_arrests_told_upon_information_and_belief_are_reported():
    text = "Upon information and belief, ICE officers arrested nine of those people at their homes in Ocala."
    got = _of_type(text, "federal_enforcement_operation")
    assert got and {r["status"] for r in got} == {"reported"}, rows(text)


def test_arrests_told_plainly_are_enacted():
    text = "ICE officers arrested nine people at their homes in Ocala on March 3, 2028."
    assert statuses_of(text, "federal_enforcement_operation") == {"enacted"}, rows(text)


def test_a_governor_signing_an_order_in_a_timeline_entry_is_the_states_act():
    text = ("MADISON - Milwaukee Mayor Anselm Ravenhurst-Ito called the sweep a show of force.\n\n"
            "\u2022 Jan. 14, 2026 \u2014 Gov. Thora Eskildsen-Vane signs Executive Order 41, which bars the Wisconsin "
            "State Patrol from joining ICE operations.")
    got = [r for r in _of_type(text, "bar_local_cooperation") if "Executive Order 41" in r["evidence"]]
    assert [r["jurisdiction"] for r in got] == ["us-wi"], rows(text)


def test_a_federal_official_calling_a_countys_decision_names_that_county_not_the_quote():
    text = ("\u2022 April 11, 2027 \u2014 ICE deputy director Casimir Oyelowo-Brandt calls Waukesha County's decision "
            '"a gift to every criminal alien in southeastern Wisconsin."')
    got = _of_type(text, "federal_criticism")
    assert [r["target_jurisdiction"] for r in got] == ["us-wi-waukesha-county"], rows(text)


def test_appealing_the_following_day_is_a_court_action():
    text = ("On August 20, 2026, a federal judge ordered the grants restored to Dane County. The Justice Department "
            "appealed the following day.")
    assert [r for r in _of_type(text, "court_action") if "appealed" in r["evidence"]], rows(text)


def test_appealing_to_voters_is_no_court_action():
    text = "The mayor appealed to voters the following day."
    assert not _of_type(text, "court_action"), rows(text)


def test_a_law_that_neither_requires_nor_forbids_agreements_gives_no_row():
    text = "Michigan law neither requires nor forbids 287(g) agreements."
    assert not rows(text), rows(text)


def test_a_bill_barring_sheriffs_from_signing_them_means_the_agreements_just_named():
    text = ("Michigan law neither requires nor forbids 287(g) agreements. A bill introduced in May by state Sen. "
            "Delphine Oakhurst-Bamidele, the Lakeshore Trust Act, would bar Michigan sheriffs from signing them.")
    got = _of_type(text, "bar_local_cooperation")
    assert [(r["status"], r["jurisdiction"]) for r in got] == [("proposed", "us-mi")], rows(text)


def test_one_ultimatum_told_by_two_verbs_is_one_row_aimed_at_the_county():
    text = ("In February 2026, the Justice Department put Dane County on its list of sanctuary jurisdictions and gave "
            "the county 30 days to respond.")
    got = _of_type(text, "federal_ultimatum")
    assert [r["target_jurisdiction"] for r in got] == ["us-wi-dane-county"], rows(text)


def test_a_bills_which_would_clause_hung_on_a_participle_is_the_bills_content():
    text = ("Corporation Counsel Ignatius Bramwell-Osei briefed the Board on Assembly Bill 512, introduced last month, "
            "which would bar every county jail in Wisconsin from renting beds to ICE.")
    got = _of_type(text, "bar_local_cooperation")
    assert [(r["status"], r["jurisdiction"]) for r in got] == [("proposed", "us-wi")], rows(text)


def test_a_sheriffs_sworn_account_of_his_jails_help_is_reported():
    text = ("Sheriff Leander Voss-Achterberg testified that the jail held an average of 48 ICE detainees a day from "
            "January through September 2027.")
    assert statuses_of(text, "assist_ice") == {"reported"}, rows(text)


def test_an_operation_the_agency_says_led_to_arrests_is_reported():
    text = ("ICE news releases credit plate reader hits in Operation Copper Lattice, which the agency says led to 19 "
            "arrests in Loveland in June 2027.")
    assert statuses_of(text, "federal_enforcement_operation") == {"reported"}, rows(text)


def test_limits_only_checked_against_in_an_audit_give_no_row():
    text = ("This audit examined the Loveland Police Department's compliance with state limits on sharing personal "
            "data with ICE.")
    assert not _of_type(text, "bar_local_cooperation"), rows(text)


def test_a_bill_named_by_its_number_with_would_is_proposed():
    text = ("- SB 311, introduced in Topeka on January 25 by Sen. Rosalind Achterberg-Mwale, would compel every Kansas "
            "jail to honor ICE detainers.")
    assert statuses_of(text, "expand_cooperation") == {"proposed"}, rows(text)


def test_an_operation_in_a_place_named_before_the_verb_of_saying_is_placed_there():
    text = ("Published: Friday, May 14, 2027\n\n[00:00:24] ABERNATHY-QUINN: On Tuesday, the Boise City Council voted to "
            "bar city police from holding anyone on an ICE detainer.\n\n[00:03:05] ABERNATHY-QUINN: And in Twin Falls, "
            "ICE says its agents arrested 31 people at a dairy from April 26 to April 29.")
    got = [r for r in _of_type(text, "federal_enforcement_operation") if "Twin Falls" in r["evidence"]]
    assert [r["target_jurisdiction"] for r in got] == ["us-id-twin-falls"], rows(text)


def test_a_transcripts_time_stamp_is_no_actor():
    text = ("Published: Friday, May 14, 2027\n\n[00:00:24] ABERNATHY-QUINN: On Tuesday, the Boise City Council voted "
            "4-2 to bar city police from holding anyone on an ICE detainer without a judicial warrant.")
    got = _of_type(text, "bar_local_cooperation")
    assert got and all(":" not in (r["actor"] or "") for r in got), got


def test_a_groups_vigil_is_no_court_action():
    text = "On Sunday, the Sagebrush Immigrant Justice Project held a vigil outside the jail."
    assert not _of_type(text, "court_action"), rows(text)


def test_a_judge_is_still_a_court_actor():
    text = "On Tuesday, Justice Marisol Quenneville-Abara held that the county may decline ICE detainers."
    assert _of_type(text, "court_action"), rows(text)


def _actions(**cols):
    base = dict(actor=["X"], actor_level=["state"], action_type=["condemn_federal_action"], jurisdiction=["us-oh"])
    base.update(cols)
    return pd.DataFrame(base)


def _people(jurisdiction="us-oh", level="state"):
    return pd.DataFrame(dict(name=["X"], jurisdiction=[jurisdiction], level=[level]))


def test_a_state_officials_condemnation_stays_where_the_arrests_were():
    a = _actions(jurisdiction=["us-oh-painesville"])
    run._actor_places(a, _people())
    assert a.loc[0, "jurisdiction"] == "us-oh-painesville"


def test_a_state_trial_courts_ruling_stays_where_the_court_sits():
    a = _actions(action_type=["court_action"], jurisdiction=["us-mt-gallatin-county"])
    run._actor_places(a, _people("us-mt"))
    assert a.loc[0, "jurisdiction"] == "us-mt-gallatin-county"


def test_a_state_officials_other_acts_take_the_officials_state():
    a = _actions(action_type=["bar_local_cooperation"], jurisdiction=["us-oh-painesville"])
    run._actor_places(a, _people())
    assert a.loc[0, "jurisdiction"] == "us-oh"


def test_a_county_officials_condemnation_takes_the_county():
    a = _actions(actor_level=["county"], jurisdiction=["us-wi-ripon"])
    run._actor_places(a, _people("us-wi-fond-du-lac-county", "county"))
    assert a.loc[0, "jurisdiction"] == "us-wi-fond-du-lac-county"
