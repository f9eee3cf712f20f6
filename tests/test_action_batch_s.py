"""Rules tuned on the batch fx469-fx476 (official texts: a fiscal note, a court order, a sheriff's policy manual,
an inspector general's review, an executive order, a council staff report, commissioners' minutes, letters).
A letter "demanding" what its addressee must do; civil detainers; a jail
that "no longer keeps" anyone; staff "made available" to ICE; an application submitted; data withheld from ICE;
a contract let lapse; public information requests; federal detainers; a session called to order;
ideas weighed and dropped; document dates of a fiscal note and a memo with an attachment list.

Every sentence is invented for these tests (real US places, made-up people, laws and offices).
"""
import datetime as dt

import pytest
from action_helpers import assert_type_coded_and_readings_refused, rows, statuses

from analysis.corpus import byline_date

pytestmark = pytest.mark.usefixtures("rules_only")



@pytest.mark.parametrize("text, atype, status", [
    # a letter demanding what its addressee must do, by a deadline (with no consequence named: made, so enacted;
    # "or be listed as ..." would make it threatened, as vocabulary.md says of "or risk being labeled")
    ("On Monday the acting ICE director wrote to the Mayor of Ogden demanding written assurance, within 20 days, "
     "that city employees will not shield anyone from arrest.", "federal_ultimatum", "enacted"),
    ("The ICE field office director wrote to me on Tuesday demanding written assurance, by August 2, that Provo "
     "police will honor every detainer.", "federal_ultimatum", "enacted"),
    # detainers called civil are ICE's; "no longer keeps" anyone on one is a limit
    ("A 2024 state law bars Utah jails from holding anyone on a civil detainer alone.", "bar_local_cooperation",
     "enacted"),
    ("Since March the Boise jail no longer keeps anyone past release on an ICE detainer.", "bar_local_cooperation",
     "enacted"),
    # staff put at ICE's disposal; an application submitted is asked for, not yet joined
    ("From June 1 the Kansas Highway Patrol will make 25 troopers available for ICE operations across the state.",
     "assist_ice", "announced"),
    ("The Sedgwick County Sheriff's Office submitted its application for a 287(g) task force agreement on "
     "Thursday.", "enter_formal_agreement", "proposed"),
    ("The Reno County Sheriff's Office will submit its application for a 287(g) agreement this month.",
     "enter_formal_agreement", "announced"),
    # a contract let lapse is ended; a Texas "public information request" is a records request
    ("Nueces County let its jail-bed contract with ICE lapse in 2025.", "end_formal_agreement", "enacted"),
    ("Commissioner Ada Lee-Varga said she will file a public information request with ICE for its inspection "
     "reports.", "records_request", "announced"),
    # detainers called federal are ICE's: a state law requiring jails to honor them is a mandate
    ("A 2025 state law requires Texas county jails to honor federal detainers.", "expand_cooperation", "enacted"),
])
def test_status_of_the_coded_row(text, atype, status):
    assert status in statuses(text, atype)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # data withheld from ICE is a limit, not an order to help; money withheld is no limit
    ("The governor signed an order on May 4 directing state agencies to withhold vehicle registration records from "
     "immigration authorities absent a warrant.", "bar_local_cooperation", {"assist_ice"}),
    ("The county clerk will withhold voter files from ICE.", "bar_local_cooperation", set()),
    ("The motor vehicle division will deny ICE agents access to its records.", "bar_local_cooperation", set()),
    ("Section 4 directs the state comptroller to withhold sales tax distributions from any city that limits "
     "cooperation with ICE.", None, {"bar_local_cooperation"}),
    # aiding is helping: barring staff from aiding immigration enforcement is a limit
    ("The ordinance bars Duluth city staff from aiding civil immigration enforcement.", "bar_local_cooperation",
     set()),
    # beds made available under a detention agreement are that agreement's terms, no separate help
    ("In 2016 the board approved an intergovernmental service agreement making up to 90 beds available to ICE.",
     None, {"assist_ice"}),
])
def test_type_coded_and_readings_refused(text, wanted, unwanted):
    assert_type_coded_and_readings_refused(text, wanted, unwanted)


@pytest.mark.parametrize("text", [
    # ideas weighed and then dropped
    "The board weighed two options, ending its jail contract with ICE and barring ICE from the booking area, and "
    "rejected both.",
    "The mayor weighed closing city parks to immigration agents but set the idea aside.",
    # an agreement the office never held is no refusal to hold anyone
    "The Casper Police Department has never held a 287(g) agreement.",
    # a meeting called to order is no court order
    "County Judge Ines Ortega-Blum called the session to order at 9:05 a.m.",
])
def test_no_act(text):
    assert not rows(text)


def test_an_idea_weighed_and_taken_up_is_still_coded():
    got = {r["action_type"] for r in rows("The council weighed ending the 287(g) agreement and voted to do so on "
                                          "Tuesday.")}
    assert "end_formal_agreement" in got


@pytest.mark.parametrize("text, day", [
    # a keyed date in one "|" field of a header line
    ("COLORADO GENERAL ASSEMBLY\n\nHB 27-1140 -- JAIL COOPERATION\nBill Summary\nL.R. No. 0912.02 | Prepared "
     "February 3, 2027\n\nSponsor: Representative Ada Kell", dt.date(2027, 2, 3)),
    # a memo's DATE line, not the date of a letter named in its attachment list
    ("CITY OF FARGO\nSTAFF REPORT\n\nTO: City Commission\nFROM: City Attorney\nDATE: May 6, 2027\nSUBJECT: "
     "Ordinance 41\n\nATTACHMENTS\nA. Draft ordinance\nB. DOJ letter dated April 12, 2027\n", dt.date(2027, 5, 6)),
    # "Dated:" opening its own line still dates the text
    ("ORDER\n\nThe motion is granted.\n\nDated: April 28, 2026", dt.date(2026, 4, 28)),
])
def test_document_dates_of_these_genres(text, day):
    assert byline_date(text) == day
