"""Sentences that report no one's act, whatever their words: definitions, glossary entries, a legal
standard, a publisher's note, the lead-in to an order's list, the terms of a deal, what a law allows;
and an operation told by someone, which is reported.

Every sentence is invented for these tests (real US places, made-up people).
"""
import pytest

from analysis.extract import run
from analysis.extract.base import parse_text


def coded(text):
    return sorted({(r["action_type"], r["status"]) for r in run.extract_document(parse_text(text, doc_id="t"))["actions"]})


NON_ACTS = [
    "An immigration detainer is a written request that a jail hold a person for up to 48 hours after release.",
    "WHEREAS, a detainer is a form in which ICE asks a county jail to keep a person past release; and",
    "3.1 Detainer: a request from ICE, usually on Form I-247A, that the jail hold a person or notify ICE of a release.",
    "A detainer asks a jail to hold a person for up to 48 hours past the scheduled release.",
    "A plaintiff seeking a preliminary injunction must show that it is likely to succeed on the merits.",
    "Editor's note: This transcript was trimmed for length; the governor said ICE will cut grants to Shreveport.",
    "For the foregoing reasons, the Court orders as follows:",
    "Under its terms, either side may end the agreement with 30 days' notice.",
    "The contract runs for three years, and either party may terminate it with 90 days' notice.",
    "Federal law allows the Secretary of Homeland Security to enter into agreements with counties in Nevada.",
]


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text", NON_ACTS)
def test_no_rule_codes_a_sentence_that_reports_no_act(text):
    assert coded(text) == []


@pytest.mark.parametrize("text", NON_ACTS)
def test_the_classifier_does_not_code_them_either(text):
    # the same filter stands before the classifier's rows (with the shipped model loaded)
    assert coded(text) == []


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text,expected", [
    # the act itself, near the look-alikes above, is still coded
    ("Sheriff Dana Okafor said Tuesday that she will end the county's 287(g) agreement on June 1.",
     ("end_formal_agreement", "announced")),
    ("Plaintiff, the United States, brings this civil action against the State of Colorado and alleges as follows:",
     ("federal_lawsuit", "enacted")),
    # a live blog's update is news, not a note about the text
    ("Update: The Dane County sheriff said Tuesday that her deputies will stop honoring ICE detainers.",
     ("bar_local_cooperation", "announced")),
])
def test_acts_beside_the_look_alikes_are_still_coded(text, expected):
    assert expected in coded(text)


@pytest.mark.usefixtures("rules_only")
def test_an_operation_told_by_someone_is_reported():
    told = coded("At the hearing, Maria Ostrander said ICE agents arrested 27 people at two apartment complexes in Tulsa.")
    assert ("federal_enforcement_operation", "reported") in told
    plain = coded("ICE agents arrested 27 people at two apartment complexes in Tulsa on Monday.")
    assert ("federal_enforcement_operation", "enacted") in plain


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text", [
    '"Dragging a grandmother out of her car in handcuffs is cruel," Mayor Lena Ortiz of Dayton said Tuesday.',
    '"Putting soldiers at the gate of a detention center does not make one family in Newark safer," '
    'Mayor Ruth Adair said.',
    '"Sending armed agents into a school office is not public safety," Mayor Carl Voss of Aurora said.',
])
def test_a_verdict_on_an_enforcement_act_is_a_condemnation(text):
    types = {t for t, _ in coded(text)}
    assert "condemn_federal_action" in types
    # the act named by the gerund is what is judged, not an act someone did
    assert not types & {"praise_enforcement", "federal_deployment", "assist_ice", "federal_enforcement_operation"}


@pytest.mark.usefixtures("rules_only")
def test_a_gerund_subject_without_a_harsh_verdict_condemns_nothing():
    text = '"Signing the agreement with ICE was the right call for Collier County," Sheriff Dale Marsh said.'
    assert "condemn_federal_action" not in {t for t, _ in coded(text)}


@pytest.mark.usefixtures("rules_only")
def test_its_officers_are_the_agency_that_says_so():
    rows = run.extract_document(parse_text(
        "ICE said its officers had arrested 81 people in Charlotte and Matthews.", doc_id="t"))["actions"]
    ops = [r for r in rows if r["action_type"] == "federal_enforcement_operation"]
    assert sorted(r["target_jurisdiction"] for r in ops) == ["us-nc-charlotte", "us-nc-matthews"]
    assert {r["status"] for r in ops} == {"reported"} and {r["actor_level"] for r in ops} == {"federal"}


@pytest.mark.usefixtures("rules_only")
def test_its_officers_are_the_agency_by_its_full_name_too():
    rows = run.extract_document(parse_text(
        "Mayors in Wisconsin condemned the arrests on Wednesday.\n\nAPPLETON \u2014 U.S. Immigration and Customs "
        "Enforcement said in a statement Thursday that its officers arrested 27 people in Appleton, Neenah and "
        "Green Bay on Tuesday.", doc_id="t"))["actions"]
    ops = [r for r in rows if r["action_type"] == "federal_enforcement_operation"]
    assert sorted(r["target_jurisdiction"] for r in ops) == ["us-wi-appleton", "us-wi-green-bay", "us-wi-neenah"]
    assert {r["status"] for r in ops} == {"reported"} and {r["actor_level"] for r in ops} == {"federal"}


@pytest.mark.usefixtures("rules_only")
def test_an_arrest_by_agents_is_no_arrest_of_officials_named_elsewhere_in_the_sentence():
    text = ("ICE officers arrested 63 people at construction sites in Lafayette on Tuesday, according to the "
            "sheriff's office.")
    types = {t for t, _ in coded(text)}
    assert "target_local_officials" not in types and "federal_enforcement_operation" in types
    assert "target_local_officials" in {t for t, _ in coded("FBI agents arrested a Milwaukee County judge on Friday.")}


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text", [
    # a ban on limits is a mandate to cooperate, not a limit
    "A 2026 Kansas law bars cities and counties from adopting policies that limit cooperation with ICE.",
    "The new law voids any local policy that restricts communication with federal immigration authorities.",
    "No state agency shall adopt or enforce any policy that restricts communication with ICE about a person's status.",
    "The law forbids cities in Georgia to adopt any policy that prohibits officers from honoring ICE detainers.",
])
def test_a_ban_on_limits_to_cooperation_expands_cooperation(text):
    types = {t for t, _ in coded(text)}
    assert "expand_cooperation" in types
    assert not types & {"bar_local_cooperation", "affirm_sanctuary"}


@pytest.mark.usefixtures("rules_only")
def test_a_ban_on_helping_ice_is_still_a_limit():
    text = "The directive forbids officers to extend any traffic stop in Providence to wait for immigration agents."
    types = {t for t, _ in coded(text)}
    assert "bar_local_cooperation" in types and "expand_cooperation" not in types


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text", [
    "Justice Cornelius Pruitt, dissenting, would affirm the judgment of the Commonwealth Court.",
    "In a dissent, Judge Ana Reyes would have ordered the district court in Tacoma to block the law.",
    "We will update this explainer as courts rule.",
    "A court will decide if it comes to that, the county attorney in Fairfax said.",
])
def test_a_dissent_or_a_court_in_general_is_no_ruling(text):
    assert "court_action" not in {t for t, _ in coded(text)}


@pytest.mark.usefixtures("rules_only")
def test_a_court_that_rules_is_still_coded():
    text = "The court ruled Tuesday that the Lehigh County jail may not hold people on ICE detainers."
    assert "court_action" in {t for t, _ in coded(text)}


@pytest.mark.usefixtures("rules_only")
def test_a_warning_to_people_who_assault_officers_is_no_threat_to_prosecute_agents():
    text = ("If people put their hands on an officer, local or federal, they will be arrested, Sheriff Dale Ruiz "
            "of Lake County said.")
    assert "threaten_prosecution" not in {t for t, _ in coded(text)}
    text = "District Attorney Rosa Lind said any ICE agent who assaults a protester in Eugene will be arrested."
    assert "threaten_prosecution" in {t for t, _ in coded(text)}


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text", [
    "SUBJECT: Ending the Lowell Police Department's sharing of information with U.S. Immigration and Customs "
    "Enforcement (ICE)\n\nRECOMMENDATION\n\nStaff recommends a vote.",
    "Re: Renewal of the intergovernmental service agreement with U.S. Immigration and Customs Enforcement",
    "The county's 287(g) agreement with ICE expires on June 30, 2028.",
])
def test_a_subject_line_or_a_deals_expiry_date_is_no_act(text):
    assert coded(text) == []


@pytest.mark.usefixtures("rules_only")
def test_a_law_ending_every_agreement_still_ends_them():
    text = ("Sec. 5. Each agreement that a law enforcement agency of this State has entered into under section "
            "287(g) expires on the effective date of this act.")
    assert "end_formal_agreement" in {t for t, _ in coded(text)}
    assert "end_formal_agreement" in {t for t, _ in coded("The county's 287(g) agreement with ICE expired in June.")}


@pytest.mark.parametrize("text, act", [
    ("Those arrests did not make a single family in my district safer.", "arrests"),
    ("That raid was cruel.", "raid"),
    ("Those arrests were made on March 14.", None),          # no verdict
    ("Arrests were a disgrace to the process.", None),        # no act pointed to
])
def test_a_verdict_on_those_arrests_names_the_act_judged(text, act):
    from analysis.extract.actions import _judged_act

    found = _judged_act(parse_text(text, doc_id="t").sentences[0].doc)
    assert (found.text if found is not None else None) == act
