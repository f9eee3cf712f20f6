"""Rules tuned on the batch fx477-fx484 (an attorney general's opinion, a TRUTH Act staff report, a court opinion,
a police general order, a bill analysis, an ICE news release, a State of the City address, a county roundup),
and the court rulings of dev: a ruling that names no place is the case's, the first government among the
caption's parties. Also: numbered county sections of a roundup; a vote against; "the same letter" describing
a place; ICE to "stop paying"; a question set in bold; "hold no one"; mandates to honor detainers; calls on ICE;
fiscal years, "between" days, listed months, "the following morning" three paragraphs on, a future inside a
quotation, and an "Analysis Revised:" line.

Every sentence is invented for these tests (real US places, made-up people, laws and offices).
"""
import datetime as dt

import pytest
from action_helpers import place_of_each_type, rows, statuses, types

from analysis.corpus import byline_date
from analysis.extract.base import parse_text
from analysis.extract.dates import extract_dates

pytestmark = pytest.mark.usefixtures("rules_only")


# ----------------------------------------------------------------------------- captions
CAPTION_STATE_FIRST = """IN THE UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF IDAHO

STATE OF IDAHO and CITY OF POCATELLO, Plaintiffs,
v.
U.S. DEPARTMENT OF HOMELAND SECURITY; MARA QUILL, in her official capacity as Secretary of Homeland Security,
Defendants.

Case No. 4:27-cv-00311

MEMORANDUM DECISION AND ORDER

The Court held a hearing on May 3, 2027. Plaintiffs' motion for a preliminary injunction is GRANTED.
The Pocatello Police Department has declined ICE detainers since 2021, and Pocatello is named in the order.
"""

CAPTION_PRIVATE_FIRST = """IN THE UNITED STATES DISTRICT COURT
EASTERN DISTRICT OF ARKANSAS
CENTRAL DIVISION

DELTA WORKERS' ALLIANCE OF ARKANSAS, INC.;
and TOMAS ARBELO                                          PLAINTIFFS

v.                         Case No. 4:27-cv-00502

STATE OF ARKANSAS; and DORA PELL, in her official
capacity as Sheriff of Pulaski County                     DEFENDANTS

OPINION AND ORDER
"""

CAPTION_TWO_COLUMNS = """IN THE SUPREME COURT OF PENNSYLVANIA
WESTERN DISTRICT

LUIS ORDAZ,                        No. 9 WAP 2027
          Appellant
                                   Appeal from the Order of the
     v.                            Commonwealth Court, entered
                                   March 3, 2027
HAL BREM, SHERIFF OF
ERIE COUNTY,
          Appellee

OPINION
"""


@pytest.mark.parametrize("text, jid", [
    (CAPTION_STATE_FIRST, "us-id"),                     # the first government party, plaintiff or not
    (CAPTION_PRIVATE_FIRST, "us-ar"),                   # an advocacy group named for its state is no government
    (CAPTION_TWO_COLUMNS, "us-pa-erie-county"),         # the left column only; the court's lines are no party
])
def test_the_government_of_a_caption(text, jid):
    from analysis.extract.caption import case_government

    assert case_government(text) == jid


def test_a_caption_lists_its_parties_in_order_and_text_without_one_has_none():
    from analysis.extract.caption import caption_parties, case_government

    assert caption_parties(CAPTION_STATE_FIRST)[:2] == ["STATE OF IDAHO", "CITY OF POCATELLO"]
    assert caption_parties("POCATELLO, Idaho - The city council voted on Monday to end its ICE agreement.") is None
    assert case_government("Plaintiffs sued. The court ruled for the city of Pocatello.") is None


def test_a_ruling_that_names_no_place_is_the_case_governments():
    got = [r for r in rows(CAPTION_STATE_FIRST) if r["action_type"] == "court_action"]
    assert got and all(r["jurisdiction"] == "us-id" for r in got if "Pocatello" not in r["evidence"])


def test_a_partys_own_filing_keeps_its_own_place():
    text = CAPTION_TWO_COLUMNS + "\nThe Attorney General of Pennsylvania filed a brief as amicus curiae.\n"
    got = [r for r in rows(text) if r["action_type"] == "court_action" and "amicus" in r["evidence"]]
    assert got and all(r["jurisdiction"] != "us-pa-erie-county" for r in got)


# ----------------------------------------------------------------------------- roundup sections
def test_numbered_county_sections_of_a_roundup_place_their_rows():
    text = ("THE HIGH PLAINS LEDGER\nSunday, June 6, 2027\n\nHow three Wyoming jails handle ICE holds\n\n"
            "CASPER - Three county jails are answering the new law three ways.\n\n"
            "1. NATRONA COUNTY (Casper): Signed up early\n\n"
            "The sheriff signed a 287(g) jail enforcement agreement with ICE on May 2.\n\n"
            "2. ALBANY COUNTY (Laramie): Holding out\n\n"
            "The sheriff has refused to honor ICE detainers without a judge's warrant since 2020.\n\n"
            "3. SWEETWATER COUNTY (Rock Springs): A closer look, then no\n\n"
            "The jail honored all six of its ICE detainers.\n")
    expected = {"enter_formal_agreement": "us-wy-natrona-county", "bar_local_cooperation": "us-wy-albany-county",
                "assist_ice": "us-wy-sweetwater-county"}
    assert place_of_each_type(text, expected) == expected


# ----------------------------------------------------------------------------- what is and is not an act
@pytest.mark.parametrize("text, atype", [
    # a vote against a proposal does nothing
    ("On Tuesday, Laramie County commissioners voted 3-2 against asking the sheriff to join the 287(g) task "
     "force model.", "enter_formal_agreement"),
    ("The Natrona County board decided against renewing its jail-bed contract with ICE.", "keep_formal_agreement"),
    # a question, also when set in bold, is no act
    ("**CASPER STAR: Is Casper part of the state's lawsuit against DHS?**", "sue_federal_government"),
    # troopers who stopped two men are no cut in funding
    ("Troopers stopped two men on Interstate 80 near Rawlins and held them until ICE officers arrived, the "
     "federal payments records show.", "withhold_funding"),
])
def test_no_row_of_this_type(text, atype):
    assert atype not in types(text)


@pytest.mark.parametrize("text, atype, status", [
    # ICE to stop paying for beds is a funding threat
    ("In a letter to the county board, an ICE field office director warned that ICE would stop paying for the 40 "
     "beds it rents at the Cheyenne jail if the board ends its holds.", "withhold_funding", "threatened"),
    # a jail that will hold no one for ICE limits cooperation
    ("On March 2, the Teton County sheriff replied that his jail will hold no one for ICE without a judicial "
     "warrant.", "bar_local_cooperation", "announced"),
    ("The Albany County jail honored no ICE detainers last year.", "bar_local_cooperation", "enacted"),
    # a mandate to honor detainers, with or without "ICE", and "obliges" after a law's number
    ("Senate File 212 would compel every sheriff in Wyoming to honor detainers.", "expand_cooperation", "proposed"),
    ("Wyoming Session Law 2026-41 obliges every county jail to honor ICE detainers for up to 48 hours.",
     "expand_cooperation", "enacted"),
    # a call on ICE to keep away from schools asks ICE to change
    ("The Laramie Immigrant Coalition also calls on ICE to keep its officers away from Laramie schools and parks.",
     "call_to_abolish_or_reform", "enacted"),
])
def test_status_of_the_coded_row(text, atype, status):
    assert status in statuses(text, atype)


@pytest.mark.parametrize("text, field, value", [
    # a place the letter describes is its writer's target
    ("CHEYENNE, Wyo. - In an October 4 letter to the county board, ICE acting field office director Rowan Tesh warned "
     "that ICE would stop paying for the 40 beds it rents at the jail. The same letter described Casper as \"a "
     "sanctuary in all but name.\"", "target_jurisdiction", "us-wy-casper"),
    # the writer is the person just named, when no act of the sentence before named one
    ("In a response dated August 3, 2027, ICE director Garrick Holloway-Pruitt answered the inspectors' questions "
     "about the Ottawa County jail. The same letter accused the Ottawa County board of \"putting politics ahead of "
     "the safety of residents.\"", "actor", "Garrick Holloway-Pruitt"),
])
def test_the_same_letter_is_its_writers_criticism(text, field, value):
    got = [r for r in rows(text) if r["action_type"] == "federal_criticism"]
    assert got and got[0][field] == value


def test_the_same_letter_calling_a_county_names_it_and_sets_no_deadline():
    text = ("On May 3, the acting director of ICE's field office told the Governor by letter that federal grants to "
            "Wyoming would be reviewed. The same letter called Natrona County \"a sanctuary that opens its jail "
            "doors to criminals.\"")
    got = types(text)
    assert "federal_criticism" in got and "federal_ultimatum" not in got


# ----------------------------------------------------------------------------- dates
BASE = dt.date(2027, 2, 25)     # a Thursday


def dates(text, date=BASE):
    return {r["date_text"]: (r["date"], r["date_end"], r["date_precision"])
            for r in extract_dates(parse_text(text, date=date))}


def test_a_fiscal_year_of_two_years_is_a_july_to_june_range():
    got = dates("The cost is absorbed in the sheriff's Fiscal Year 2027-28 budget; FY 2026 closed in June.")
    assert got["Fiscal Year 2027-28"] == ("2027-07-01", "2028-06-30", "range")
    # (a budget's "FY 2026" is the year that closes in June 2026, as the sentence says)
    assert got["FY 2026"] == ("2025-07-01", "2026-06-30", "range")


def test_days_between_two_dates_are_a_range():
    got = dates("Agents arrested 23 people in Winooski between September 14 and 16, 2026.")
    assert got["between September 14 and 16, 2026"] == ("2026-09-14", "2026-09-16", "range")


def test_months_listed_after_one_share_its_year():
    got = dates("Those interviews took place in February, March and May.")
    # (a past list running past the text's month is last year's)
    assert {k: v[0] for k, v in got.items()} == {"February": "2026-02-01", "March": "2026-03-01", "May": "2026-05-01"}
    got = dates("The county will hold forums in April, June or August.")
    assert {k: v[0] for k, v in got.items()} == {"April": "2027-04-01", "June": "2027-06-01", "August": "2027-08-01"}


def test_the_following_morning_three_short_paragraphs_on():
    text = ("On October 22, agents arrested 31 workers at a plant in Dalton.\n\n"
            "Witnesses said deputies blocked the gates.\n\n"
            "That raid was cruel. [Applause]\n\n"
            "The following morning, the city attorney filed a records request.")
    got = dates(text)
    assert got["The following morning"][0] == "2026-10-23"


def test_a_future_inside_a_quotation_does_not_move_the_date_ahead():
    text = ('In a letter received on Tuesday, an ICE director gave the department 30 days to "confirm that your '
            'officers will honor every detainer."')
    assert dates(text)["Tuesday"][0] == "2027-02-23"
    # a date inside the quotation is still the speaker's future
    assert dates('The chief said: "We will meet them on Tuesday."')["Tuesday"][0] == "2027-03-02"


def test_an_analysis_revised_line_dates_the_analysis():
    text = ("STATE SENATE\nJUDICIARY COMMITTEE\n\nBILL ANALYSIS\n\nBill: SB 41\nVersion: February 8, 2027\n"
            "Hearing Date: February 16, 2027\nAnalysis Revised: February 18, 2027\n\nSUMMARY\n\nThis bill bars ...")
    assert byline_date(text) == dt.date(2027, 2, 18)


# ----------------------------------------------------------------------------- batch fx485-fx492
@pytest.mark.parametrize("text, atype, status", [
    # "the agency's officers" after ICE is named: ICE's arrests, one row per place
    ("The county board met on Monday. According to an ICE news release, the agency's officers arrested 19 people in "
     "Waterloo and Cedar Falls on May 4, 2027.", "federal_enforcement_operation", "reported"),
    # transporting people to ICE is cooperation; forbidding it is a limit
    ("In 2025 the Racine Common Council forbade city police from transporting anyone to an ICE processing center.",
     "bar_local_cooperation", "enacted"),
    # kept from holding anyone for agents is a limit, not help
    ("Since 2019 a department directive has kept Ames officers from holding anyone for immigration agents.",
     "bar_local_cooperation", "enacted"),
    # a grant put on hold is a funding cut
    ("The Justice Department placed Dubuque's Byrne JAG award on hold on Monday.", "withhold_funding", "enacted"),
    # an application mailed is asked for, not yet joined
    ("April 8: This morning we mailed ICE our application for the 287(g) warrant service officer program.",
     "enter_formal_agreement", "proposed"),
    # a state fund withheld from places that limit cooperation is a state penalty
    ("Section 7 of the Act withholds Local Government Fund distributions from any city or county that restricts its "
     "officers from cooperating with ICE.", "expand_cooperation", "enacted"),
])
def test_status_of_the_coded_row_fx485(text, atype, status):
    assert status in statuses(text, atype)


def test_a_kept_from_limit_is_no_help():
    assert "assist_ice" not in types("Since 2019 a department directive has kept Ames officers from holding anyone for "
                                     "immigration agents.")


def test_thirteen_days_later():
    text = "On June 2, 2026, the attorney general wrote to the city. Thirteen days later, the city filed suit."
    assert dates(text)["Thirteen days later"][0] == "2026-06-15"


def test_a_posted_line_of_a_quoted_post_does_not_date_the_story():
    text = ("THE RIVER VALLEY LEDGER\nLocal News\nFriday, April 16, 2027\n\nSheriff's posts open jail to ICE\n\n"
            "By Ana Reyes\n\nMANKATO - In four Facebook posts this month, the Blue Earth County sheriff has laid out a new "
            "working arrangement that gives federal immigration officers a foothold inside the county jail, and it has "
            "drawn hundreds of comments.\n\nPosted April 5, 2027, 9:14 a.m.\n\"Starting today, our jail staff will call "
            "ICE before releasing anyone on a detainer.\"\n")
    assert byline_date(text) == dt.date(2027, 4, 16)


def test_a_date_in_a_clause_after_a_semicolon_takes_that_clauses_tense():
    # ("votes" read as a noun made "asked", in the clause before the semicolon, the date's verb)
    text = ("On Tuesday, I asked the County Council to raise the jail's ICE bed count from 35 to 60; the Council votes "
            "on February 16.")
    assert dates(text, dt.date(2027, 1, 29))["February 16"][0] == "2027-02-16"
