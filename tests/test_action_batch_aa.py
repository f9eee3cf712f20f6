"""Rules tuned on the batch fx565-fx572 (a county commission's minutes, a state attorney general's formal opinion, a TV
newscast script, a coalition's monthly newsletter, a sheriff's annual report section, a statehouse floor-vote story, a
federal judge's order with a news brief, an op-ed with a rebuttal box): the officials of the county on a letterhead,
a newsletter's dated items in capitals, contracts let "run out" or lapse "rather than renew", and a hypothetical
"If it became law, ... could be forced to".

Every sentence is invented for these tests (real US places, made-up people, laws and offices).
"""
import pytest
from action_helpers import rows, types

from analysis.extract import run
from analysis.extract.base import parse_text

pytestmark = pytest.mark.usefixtures("rules_only")

MINUTES = """KOOTENAI COUNTY BOARD OF COMMISSIONERS
451 Government Way, Coeur d'Alene, Idaho 83814

MINUTES OF THE REGULAR BUSINESS MEETING
Thursday, May 13, 2027

Speaker 1 said that Bonner County ended its jail contract, that Bonner County deputies no longer book detainees for
ICE, and that Bonner County saved money.

MOTION 5-A: Commissioner Quentin Harrowgate moved to authorize the Sheriff to apply to ICE for a 287(g) jail
enforcement model agreement.
"""


def test_a_commissioner_in_the_minutes_of_the_county_on_the_letterhead_is_that_countys():
    doc = run.extract_document(parse_text(MINUTES, doc_id="t"))
    people = [p for p in doc["people_mentions"] if p["name"] == "Quentin Harrowgate"]
    assert people and {p["jurisdiction"] for p in people} == {"us-id-kootenai-county"}, people
    got = [r for r in doc["actions"] if r["action_type"] == "enter_formal_agreement"]
    assert got and {r["jurisdiction"] for r in got} == {"us-id-kootenai-county"}, got


@pytest.mark.parametrize("sentence", [
    "Sheriff Odalys Brennerman-Quaye of Cumberland County let the jail's bed-rental contract with ICE expire rather "
    "than renew it.",
    "He added that Bonner County let its own bed contract with ICE run out in January.",
])
def test_a_contract_let_expire_or_run_out_is_ended_not_kept(sentence):
    got = types("PORTLAND, Maine \u2014 " + sentence)
    assert got == ["end_formal_agreement"], got


NEWSLETTER = """PINE TREE WELCOME COALITION
The Monthly Bulletin

Dear neighbors across Maine,

WINS

1. PORTLAND, Feb. 8. By an 8-1 vote, the City Council barred its police from holding anyone for ICE without a warrant.

2. CUMBERLAND COUNTY, Feb. 22. The sheriff let the jail's bed-rental contract with ICE expire.
"""


def test_a_newsletters_dated_items_in_capitals_place_their_rows():
    got = {(r["action_type"], r["jurisdiction"]) for r in rows(NEWSLETTER)}
    assert ("end_formal_agreement", "us-me-cumberland-county") in got, got


def test_what_could_happen_if_a_bill_became_law_is_no_act():
    text = ("AUGUSTA, Maine \u2014 LD 2231 would require every sheriff to honor ICE detainers. If it became law, "
            "holdout sheriffs could be forced to honor detainers.")
    assert not [r for r in rows(text) if r["evidence"].startswith("If it became law")]
