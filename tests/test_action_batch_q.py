"""A release line that dates a text ("For release Wednesday, ..."), a chronology's entries ("Jan. 11 — ..."),
a past weekday the parse put under no verb, a state bill's number as a subject, "gives final passage to" (no
ultimatum), what "a bill that would ..." and "It would ..." do (proposed), "plans to" (announced), a bill
someone "will introduce" (announced) or "filed" (proposed), and what is put to a board ("asks the Board to
approve ...": proposed), "I want to thank ..." (thanks given),
"will sign it" after a vote, "On Wednesday, the board takes up ..." (to come),
a joint operation ("ICE agents and Tulsa police arrested ..."), a candidate's "if I am elected", and
what a numbered bill would do ("SB 1902 would require ...": proposed).

Every sentence is invented for these tests (real US places, made-up people, laws and offices).
"""
import datetime as dt

import pytest
from action_helpers import rows, statuses

from analysis.corpus import byline_date
from analysis.extract.base import parse_text
from analysis.extract.dates import extract_dates

pytestmark = pytest.mark.usefixtures("rules_only")


def _of(text, atype):
    return [r for r in rows(text) if r["action_type"] == atype]


def _dates(text, base):
    return {r["date_text"]: r["date"] for r in extract_dates(parse_text(text, date=base))}


@pytest.mark.parametrize("line, day", [
    ("For release Wednesday, Dec. 29, 2027", dt.date(2027, 12, 29)),
    ("Embargoed until 12:01 a.m. ET, June 2, 2027", dt.date(2027, 6, 2)),
    ("Hold for release Monday, May 3, 2027", dt.date(2027, 5, 3)),
])
def test_a_release_line_dates_the_text(line, day):
    text = f"PRAIRIE NEWS SERVICE\n{line}\n\nA year of fights\n\nTOPEKA, Kan. — The year began with a vote.\n"
    assert byline_date(text) == day


def test_a_chronologys_entries_lie_before_the_text():
    text = ("Jan. 11 \u2014 The governor signs an order directing troopers to help ICE.\n\n"
            "February \u2014 ICE officers arrest 40 people in Topeka.\n\n"
            "Dec. 8 \u2014 The attorney general says she will sue the city by Jan. 15.")
    got = _dates(text, dt.date(2027, 12, 29))
    assert got["Jan. 11"] == "2027-01-11"
    assert got["February"] == "2027-02-01"
    assert got["Dec. 8"] == "2027-12-08"
    # not an entry: a date to come, in the same December story
    assert _dates("The council will vote on Jan. 11 on the contract.", dt.date(2027, 12, 29))["Jan. 11"] \
        == "2028-01-11"


def test_a_weekday_before_a_past_verb_the_parse_missed_is_past():
    base = dt.date(2027, 3, 12)     # a Friday
    # (the small model reads this sentence as one noun phrase, "signed" an adjective of "Order")
    text = ("On Monday, Mayor Wilhelmina Tessaro-Okonjo signed Executive Order 2027-04 without a single conversation "
            "with the men and women who will have to carry it out.")
    assert _dates(text, base)["Monday"] == "2027-03-08"
    assert _dates("On Monday, Mayor Ilse Varga-Throop will sign Executive Order 2027-04.", base)["Monday"] \
        == "2027-03-15"


def test_a_state_bills_number_as_subject_is_the_states():
    text = ("LOUISVILLE, Ky. \u2014 A crowd came to the Capitol on Tuesday.\n\n"
            "House Bill 318 would require every jailer and regional jail authority to honor ICE detainers.")
    got = _of(text, "expand_cooperation")
    assert got and {r["jurisdiction"] for r in got} == {"us-ky"}
    # a city's ordinance is still the city's
    text = ("LOUISVILLE, Ky. \u2014 A crowd came to Metro Hall on Tuesday.\n\n"
            "The ordinance would bar Louisville police from asking anyone about immigration status.")
    got = _of(text, "bar_local_cooperation")
    assert got and {r["jurisdiction"] for r in got} == {"us-ky-louisville"}


def test_giving_final_passage_is_no_ultimatum():
    text = ("The Legislature gives final passage to House Bill 588, which requires every sheriff in Louisiana to "
            "apply for a 287(g) agreement by Jan. 1, 2028.")
    assert _of(text, "expand_cooperation")
    # an ultimatum gives time
    text = "DHS gave the city 30 days to honor ICE detainers."
    assert _of(text, "federal_ultimatum")


def test_what_a_bill_would_do_is_proposed():
    for text in ("A bill that would require every county jail in Wisconsin to honor ICE detainers passed the "
                 "Assembly in February.",
                 "Measure 121 goes to voters in November. It would also require sheriffs to notify ICE before "
                 "releasing anyone."):
        assert statuses(text, "expand_cooperation") == {"proposed"}
    # what someone said they would do is announced
    text = "Sheriff Ona Pruitt-Vale said she would join the 287(g) program."
    assert statuses(text, "enter_formal_agreement") == {"announced"}


def test_plans_to_is_announced():
    text = "The sheriff plans to end the county's 287(g) agreement with ICE next year."
    assert statuses(text, "end_formal_agreement") == {"announced"}
    # a plan as a noun is still a proposal's
    text = "Under the plan, the county would join the 287(g) program."
    assert statuses(text, "enter_formal_agreement") == {"proposed"}


def test_a_bill_someone_will_introduce_is_announced_and_one_filed_is_proposed():
    # the small model hangs "requiring ..." and "to bar ..." on the verb, not on the bill
    for text, atype in (("State Sen. Ilse Varga-Throop said she will introduce a bill in January requiring every "
                         "county jail to honor ICE detainers.", "expand_cooperation"),
                        ("She will file a bill next week to bar immigration arrests at courthouses.",
                         "restrict_enforcement_sites")):
        assert statuses(text, atype) == {"announced"}
    text = "He filed a bill barring jails from holding people for ICE."
    assert statuses(text, "bar_local_cooperation") == {"proposed"}
    # sponsoring a city's resolution of years ago is no new proposal
    text = ("Council Member Ona Pratt, who sponsored the city's 2024 resolution barring police from asking crime "
            "victims about their immigration status, spoke against the bill.")
    assert statuses(text, "bar_local_cooperation") == {"enacted"}


def test_what_is_put_to_a_board_is_proposed():
    for text, atype in (("The Sheriff asks the Board to approve an Intergovernmental Service Agreement with ICE for "
                         "80 jail beds.", "enter_formal_agreement"),
                        ("The Sheriff requests that the Court approve the renewal of the 287(g) agreement.",
                         "keep_formal_agreement")):
        assert statuses(text, atype) == {"proposed"}
    # what someone says they would ask for is announced
    text = ("Mayor Ona Pratt said she would ask the City Council to pay for a hotline where residents can report "
            "immigration arrests.")
    assert statuses(text, "document_misconduct") == {"announced"}


def test_wanting_to_thank_is_thanking():
    text = 'Sheriff Ona Pratt said, "I want to thank the ICE officers who work up here."'
    assert statuses(text, "praise_enforcement") == {"enacted"}
    # wanting to act is still announced
    text = "The county wants to join the 287(g) program next year."
    assert statuses(text, "enter_formal_agreement") == {"announced"}


def test_signing_it_takes_the_code_of_what_was_just_passed():
    text = ("Last night the council voted 9-0 for an ordinance that bars Columbus police from helping ICE with "
            "traffic control. The mayor has said he will sign it this week.")
    got = _of(text, "bar_local_cooperation")
    assert {r["status"] for r in got} == {"enacted", "announced"}
    # a signing that did not happen is none
    text = ("Last night the council voted 9-0 for an ordinance that bars Columbus police from helping ICE with "
            "traffic control. Without the vote, I would have signed it as an order, the mayor said.")
    assert {r["status"] for r in _of(text, "bar_local_cooperation")} == {"enacted"}
    text = ("Last night the council voted 9-0 for an ordinance that bars Columbus police from helping ICE with "
            "traffic control. The mayor has not said whether he will sign it.")
    assert {r["status"] for r in _of(text, "bar_local_cooperation")} == {"enacted"}


def test_a_weekday_of_a_scheduled_present_is_to_come():
    base = dt.date(2027, 3, 8)      # a Monday
    text = "On Wednesday, the school board takes up a second measure on campus access for immigration agents."
    assert _dates(text, base)["Wednesday"] == "2027-03-10"
    # a headline's present tells of the past
    assert _dates("On Wednesday, board bars agents from campuses", base)["Wednesday"] == "2027-03-03"


def test_a_joint_operation_gives_the_local_force_its_own_row():
    text = "TULSA, Okla. \u2014 ICE agents and Tulsa police arrested 12 people on Tuesday."
    got = {r["action_type"]: r for r in rows(text)}
    assert set(got) == {"assist_ice", "federal_enforcement_operation"}
    assert got["assist_ice"]["actor"] == "Tulsa police" and got["assist_ice"]["jurisdiction"] == "us-ok-tulsa"
    assert got["federal_enforcement_operation"]["actor_level"] == "federal"
    # protesters beside the agents are no force of a government
    text = "TULSA, Okla. \u2014 ICE agents and protesters clashed as agents arrested four men."
    assert {r["action_type"] for r in rows(text)} == {"federal_enforcement_operation"}


def test_a_candidates_promise_if_elected_is_no_act():
    for text in ("If I am elected, I will ask the council to sign a 287(g) agreement with ICE.",
                 "If I am mayor, our police will help the next time ICE asks.",
                 "If she wins in November, the county will end its jail contract with ICE."):
        assert rows(text) == []
    # a condition on someone else's act is a threat
    text = "The mayor said the city will end its contract with ICE if the council agrees."
    assert statuses(text, "end_formal_agreement") == {"threatened"}


def test_what_a_numbered_bill_would_do_is_proposed():
    # the small model makes "SB" the subject and the number its modifier, or reads "HB0214" as one word
    for text, atype in (("SB 1902 would require every law enforcement officer making an arrest to show "
                         "identification.", "require_agent_identification"),
                        ("HB 318 would require every sheriff and municipal jail in Alabama to honor ICE detainers.",
                         "expand_cooperation"),
                        ("HB0214 would require the sheriff of every county that operates a jail to honor ICE "
                         "detainers.", "expand_cooperation")):
        assert statuses(text, atype) == {"proposed"}
    # what a person says they would do is still announced
    text = "Sheriff Ona Pratt said she would join the 287(g) program."
    assert statuses(text, "enter_formal_agreement") == {"announced"}
