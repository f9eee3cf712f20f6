"""Rules tuned on the batches fx436-fx468 (official texts: statutes, veto messages, DOJ letters, court orders,
directives, digests, briefs, report cards). One chamber passing a bill; bills that died; statute text ("may not
enact, adopt, or enforce a sanctuary policy", "does not require"); grant offices known by their acronyms;
releases "after ICE lodged a detainer"; suits by detainees, in state courts, against the Defense Department;
orders to federalized troops; relative clauses told as fact; a jail that "turned away" ICE; calls addressed to
Congress; section headings that place a report card's rows; headlines and document dates of these genres.

Every sentence is invented for these tests (real US places, made-up people, laws and offices).
"""
import datetime as dt

import pytest
from action_helpers import assert_type_coded_and_readings_refused, place_of_each_type, rows, statuses

from analysis.corpus import byline_date

pytestmark = pytest.mark.usefixtures("rules_only")



@pytest.mark.parametrize("text, atype, status", [
    # one chamber passing a bill: what the bill does is proposed; a council's ordinance or a signed law is in force
    ("Senate Bill 12, which bars Iowa police from asking about immigration status, passed the Senate 21-9 on "
     "Tuesday.", "bar_local_cooperation", "proposed"),
    ("The House passed a bill on Tuesday barring Iowa police from asking about immigration status.",
     "bar_local_cooperation", "proposed"),
    ("House Bill 40, which bars Ohio police from asking about immigration status, cleared the House on Monday.",
     "bar_local_cooperation", "proposed"),
    ("The Dubuque City Council passed an ordinance on Tuesday barring police from asking about immigration status.",
     "bar_local_cooperation", "enacted"),
    ("The Legislature passed Senate Bill 12 in 2025, and the governor signed it; it bars Iowa police from asking "
     "about immigration status.", "bar_local_cooperation", "enacted"),
    # a task force named by its federal unit; a 287(g) model named alone; a JEM agreement applied for
    ("Spokane ended its police department's role in the HSI task force in 2025.", "end_formal_agreement", "enacted"),
    ("In June 2025 Brazoria County added the task force model.", "enter_formal_agreement", "enacted"),
    ("The sheriff said the county joined the jail enforcement model in 2019.", "enter_formal_agreement", "enacted"),
    ("The Chatham County Sheriff's Office applied for a JEM agreement in February 2027.", "enter_formal_agreement",
     "proposed"),
    # what 287(g) officers do is help; ICE barred from a jail is a limit
    ("Sheriff Dale Orvik said his 287(g) officers screened 9,400 people at booking in Brazoria County last year.",
     "assist_ice", "enacted"),
    ("Camden County has barred ICE officers from the booking area of its jail.", "bar_local_cooperation", "enacted"),
    # "set aside" is no plan ("set to" still is)
    ("DHS asks Union County to set aside its policy and direct its jail to notify ICE 48 hours before releasing "
     "anyone.", "federal_ultimatum", "enacted"),
    # a summary line's opening "Bars ..." is a verb
    ("Chapter 9.20 summary\n\nBars Eugene city employees from sharing a person's immigration status with ICE.",
     "bar_local_cooperation", "enacted"),
    ("Nogales Mayor Araceli Montoya-Fenwick said the city will close its parks and public parking lots to federal "
     "staging for as long as the soldiers remain.", "restrict_enforcement_sites", "announced"),
    # a non-restrictive relative clause is told as fact, whatever the main clause says
    ("The policy also does not affect the Cobb County Sheriff's Office, which renewed its 287(g) agreement with ICE "
     "in July.", "keep_formal_agreement", "enacted"),
    ("The order does not apply to the Hampden County Sheriff's Office, which runs the jail in Ludlow and renewed its "
     "287(g) agreement with ICE in March.", "keep_formal_agreement", "enacted"),
    ("On June 14, the Daphne City Council adopted a resolution stating that city police will not ask about "
     "immigration status or hold anyone for ICE.", "bar_local_cooperation", "enacted"),
    ("On February 8, DHS notified New Jersey that $96 million in fiscal year 2027 awards would be conditioned on "
     "honoring ICE detainers.", "withhold_funding", "enacted"),
    ('In 2018, Orange County commissioners adopted a resolution declaring the county "welcoming to all."',
     "affirm_sanctuary", "enacted"),
])
def test_status_of_the_coded_row(text, atype, status):
    assert statuses(text, atype) == {status}


@pytest.mark.parametrize("text, wanted, unwanted", [
    # releases despite a detainer decline it; a release to ICE is help
    ("Passaic County released him on March 3, six days after ICE lodged a detainer.", "bar_local_cooperation",
     {"assist_ice"}),
    ("The sheriff released the man despite an ICE detainer.", "bar_local_cooperation", {"assist_ice"}),
    ("The jail released him to ICE agents after ICE lodged a detainer.", "assist_ice", {"bar_local_cooperation"}),
    # turned away / turned over
    ("The Orange County jail turned away an ICE officer who had come to question an inmate without a lawyer present.",
     "bar_local_cooperation", {"assist_ice"}),
    ("The sheriff turned ICE agents away at the jail door on Tuesday.", "bar_local_cooperation", {"assist_ice"}),
    ("Deputies turned the man over to ICE agents on Tuesday.", "assist_ice", set()),
    # suits: against the Defense Department, by detainees, in a state court, by a state against "it"
    ('Attorney General Lucinda Marroquin-Betts said the state would sue the Defense Department "the moment a soldier '
     'puts handcuffs on anyone in New Mexico."', "sue_federal_government", {"expand_cooperation"}),
    ("Five former detainees, led by Orlaith Benavente-Sloan, filed the suit on June 3, 2026, over their detention in "
     "the county's jail after they had posted bond.", "court_action", {"sue_federal_government"}),
    ("Appellee filed this action in the Court of Common Pleas of Berks County in November 2025.", "court_action",
     {"sue_federal_government"}),
    ("If a county agency does not comply within 30 days of a notice, the attorney general will file suit against it "
     "in circuit court.", None, {"sue_federal_government"}),
    # orders to troops just federalized are no ultimatum
    ("The Department of Defense said it had federalized 300 members of the New Mexico National Guard and ordered "
     "them to support ICE in Dona Ana County.", "federal_deployment", {"federal_ultimatum"}),
    # statute text: bans on limits
    ("Sec. 2. (a) A governmental body may not enact, adopt, or enforce a sanctuary policy.", "expand_cooperation",
     {"affirm_sanctuary", "bar_local_cooperation"}),
    ("(b) A governmental body may not prohibit a law enforcement officer from sending information about a person's "
     "immigration status to ICE.", "expand_cooperation", {"affirm_sanctuary", "bar_local_cooperation"}),
    ("Student records shall be released to an immigration officer only with written parental consent, a judicial "
     "subpoena or a court order.", "bar_local_cooperation", {"expand_cooperation"}),
    # whom a requirement reaches is no act; a duty hung on the relative clause is still the duty
    ("Within thirty days, I will issue an executive order requiring every state trooper who assists a federal "
     "immigration operation to display a name and badge number.", None,
     {"assist_ice", "federal_enforcement_operation"}),
    ("A state law signed in 2025 requires every Georgia sheriff who operates a jail to check the immigration status "
     "of each person booked on a felony charge.", "expand_cooperation", set()),
    # funding conditions, indictments, rhetoric
    ("In May 2026, the Office of Justice Programs told Champaign that its $52,000 Byrne grant would be paid only if "
     "the city gave ICE agents access to its holding cells.", "withhold_funding", set()),
    ("A federal grand jury has returned a four-count indictment charging Orla Beaumont-Ferris, superintendent of the "
     "Dane County jail, with concealing persons from arrest, the United States Attorney announced.",
     "target_local_officials", set()),
    ('A Department of Homeland Security spokesperson said Pima County\'s supervisors "would rather score political '
     'points than secure their own border."', "federal_criticism", set()),
    ("To our congressional delegation I say this: require ICE agents to wear body cameras and show their faces.",
     "call_to_abolish_or_reform", {"require_agent_identification"}),
])
def test_type_coded_and_readings_refused(text, wanted, unwanted):
    assert_type_coded_and_readings_refused(text, wanted, unwanted)


@pytest.mark.parametrize("text", [
    "A measure that would have barred Iowa police from asking about immigration status was defeated in the House "
    "last year.",
    "A bill that would have barred Ohio police from asking about immigration status died in the Senate in 2026.",
    "(c) This section does not require an officer to ask a crime victim or witness about immigration status.",
    "The act does not require any county to rent jail beds to ICE.",
])
def test_no_limit_coded(text):
    assert not [r for r in rows(text) if r["action_type"] == "bar_local_cooperation"]


@pytest.mark.parametrize("text", [
    "If elected, he said, he would apply for the program's task force model, which lets deputies question people "
    "about their status on patrol.",
    "Count one charges that she conspired with two jail supervisors to prevent ICE officers from taking custody.",
    "Justice Yocum-Farrow would reverse.",
])
def test_no_act(text):
    assert not rows(text)


@pytest.mark.parametrize("text, actor", [
    ("OJP will withhold all unpaid funds from Eugene.", "Office of Justice Programs"),
    ("The BJA will withhold Byrne JAG funds from Salem.", "Bureau of Justice Assistance"),
])
def test_grant_offices_are_federal(text, actor):
    got = [r for r in rows(text) if r["action_type"] == "withhold_funding"]
    assert got and got[0]["actor"] == actor and got[0]["actor_level"] == "federal"


def test_the_statement_points_back_to_who_just_spoke():
    text = ("The Department of Homeland Security thanked Tennessee sheriffs in a statement.\n\n"
            "The statement also accused Shelby County's leaders of leaving Memphis families exposed to crime.")
    got = [r for r in rows(text) if r["action_type"] == "federal_criticism"]
    assert got and got[0]["actor"] == "Department of Homeland Security"


def test_the_patrol_after_the_state_highway_patrol_is_the_state():
    text = ("The Florida Highway Patrol enforces traffic laws on state roads.\n\n"
            "In April 2026 the Patrol signed a memorandum of agreement with ICE, and Tampa police joined later.")
    got = [r for r in rows(text) if r["action_type"] == "enter_formal_agreement" and r["actor"] == "Patrol"]
    assert got and got[0]["jurisdiction"] == "us-fl"


def test_a_report_cards_city_sections_place_their_rows():
    text = ("ACCOUNTABILITY REPORT CARD\nReleased December 8, 2027\n\nTHE GRADES\n\n"
            "LAREDO: A-\nThe city council voted in April to close libraries and parks to immigration agents who lack "
            "a judicial warrant.\n\n"
            "LUBBOCK: C\nThe council voted 5-4 in July to bar police from sharing residents' home addresses with "
            "ICE.\n\nAMARILLO: D\nThe police department signed a 287(g) task-force agreement in May.\n")
    expected = {"restrict_enforcement_sites": "us-tx-laredo", "bar_local_cooperation": "us-tx-lubbock",
                "enter_formal_agreement": "us-tx-amarillo"}
    assert place_of_each_type(text, expected) == expected


@pytest.mark.parametrize("quote", ["a betrayal of everything this city promised", "an insult to every family here",
                                   "a travesty"])
def test_harsh_words_include_betrayal_and_insult(quote):
    from analysis.extract import action_rules as R

    assert R.CUES["harsh"].search(quote)


@pytest.mark.parametrize("text, day", [
    # a docket story's date line above its case's "FILED:" line; a reporter's "Filed" line alone still dates
    ("THE PLAINS LEGAL WEEKLY\nDOCKET WATCH | U.S. District Court, District of Kansas\nTuesday, May 4, 2027\n\n"
     "Judge approves Finney County settlement\n\nCASE: Ruelas et al. v. Finney County\nFILED: March 2, 2026\n",
     dt.date(2027, 5, 4)),
    ("Filed December 9, 2025\n\nThe council voted.", dt.date(2025, 12, 9)),
    ("STATE LEGISLATURE, 2027-28 REGULAR SESSION\n\nMEASURES: DIGESTS AND STATUS\n"
     "Compiled by committee staff. Current as of Friday, September 10, 2027.\n\nAB 12 (Ruiz) Law enforcement.",
     dt.date(2027, 9, 10)),
])
def test_document_dates_of_these_genres(text, day):
    assert byline_date(text) == day


@pytest.mark.parametrize("line, heading", [
    ("7. Nassau County renews 287(g) deal", True),
    ("Dane County Jail Superintendent Indicted for Hiding Inmates from ICE and Lying to Federal Agents", True),
    ("1. The city shall not hold anyone on a detainer", False),
    ("The county renewed its agreement with ICE on Monday after a long debate about jail beds and money", False),
])
def test_a_numbered_brief_and_a_long_title_case_headline_are_headings(line, heading):
    from analysis.segment import is_heading_line

    assert is_heading_line(line) is heading
