"""A federal warning that a place "could lose" grants, a list item's label before a sentence's own subject,
"directed traffic for ICE", beds rented to ICE under a contract, a statement signed by the official who
wrote it in the first person, "287(g)" split by the tokenizer, a duty binding every verb of its list,
a ban on *limiting* enforcement, a bill's "which would ...", a translated story's first publication date,
a "since" date that cannot lie after the text, what a law or an ordinance bars someone from doing,
detainers held in a text about ICE, and an ICE office (no documenting body).

Every sentence is invented for these tests (real US places, made-up people, laws and offices).
"""
import datetime as dt

import pytest
from action_helpers import rows, types

from analysis.corpus import byline_date
from analysis.extract.base import parse_text
from analysis.extract.dates import extract_dates

pytestmark = pytest.mark.usefixtures("rules_only")


def _of(text, atype):
    return [r for r in rows(text) if r["action_type"] == atype]


def test_a_federal_warning_that_a_place_could_lose_grants_is_a_funding_threat():
    for text in ("The Justice Department warned the city in a letter Monday that it could lose $2.4 million in "
                 "public safety grants.",
                 "In an April letter, DHS warned that the state of Oregon could lose homeland security grants "
                 "unless the order is withdrawn.",
                 "The Justice Department sent Salem a letter warning that it could lose about $3 million in "
                 "public-safety grants unless the council repeals the ordinance by June 1."):
        got = _of(text, "withhold_funding")
        assert got and {r["status"] for r in got} == {"threatened"}
    # a state's grants are the state's penalty, not a federal one
    text = ("Under the governor's order, any jail that still sends release dates to ICE on May 1 will lose its "
            "state grants.")
    assert "withhold_funding" not in types(text)


def test_a_list_items_label_is_not_the_subject():
    text = "- Delaware: The Justice Department sued the state over the directive on March 3, 2027."
    got = rows(text)
    assert {r["action_type"] for r in got} == {"federal_lawsuit"}
    assert {r["actor_level"] for r in got} == {"federal"}


def test_directing_traffic_for_ice_is_help_not_a_mandate():
    text = "Since then, Aurora officers have directed traffic for ICE at least twice."
    assert types(text) == ["assist_ice"]


def test_beds_rented_to_ice_under_a_contract_are_an_agreement():
    text = ("Coos County commissioners voted 2-1 on Monday to rent up to 30 beds at the county jail to ICE under "
            "a four-year contract.")
    assert "enter_formal_agreement" in types(text)
    # renting under a contract signed long ago is not a new agreement
    text = "Since 2012 the Coos County Jail has rented beds to ICE under an intergovernmental service agreement."
    assert "enter_formal_agreement" not in types(text)


STATEMENT = """Lane County Sheriff's Office
May 4 at 9:15 AM

Today I signed a 287(g) Task Force Model agreement with U.S. Immigration and Customs Enforcement. Our \
deputies will be trained this summer.

Sheriff Corinne Valdastri-Moe
"""


def test_a_signed_statement_in_the_first_person_is_the_signers():
    got = _of(STATEMENT, "enter_formal_agreement")
    assert got, rows(STATEMENT)
    assert got[0]["actor"] == "Corinne Valdastri-Moe"
    assert got[0]["jurisdiction"] == "us-or-lane-county"


def test_a_split_287g_token_keeps_its_agreement_as_the_object():
    from analysis import nlp
    from analysis.extract.actions import _repair_verbs

    doc = next(iter(nlp.parse(["Today I signed a 287(g) Task Force Model agreement with ICE."])))
    _repair_verbs(doc)
    agreement = next(t for t in doc if t.text == "agreement")
    assert agreement.dep_ == "dobj" and agreement.head.text == "signed"
    assert sum(1 for t in doc if t.dep_ == "ROOT") == 1


def test_a_duty_binds_every_verb_of_its_list():
    text = ("Chief Ana Pelletier-Rowe said that starting Monday, any federal agent who wants to enter a residence "
            "hall must check in with her department, show identification and present a warrant signed by a judge.")
    assert "require_agent_identification" in types(text)


def test_barring_places_from_limiting_enforcement_is_a_ban_on_limits():
    text = "Arizona law has barred cities and counties since 2010 from limiting the enforcement of federal immigration law."
    assert types(text) == ["expand_cooperation"]
    # barring a limit on something else is not
    text = "The ordinance bars police from limiting access to the park."
    assert "expand_cooperation" not in types(text)


@pytest.mark.parametrize("text", [
    "The Senate Judiciary Committee voted 5-2 on Tuesday to advance S.B. 77, which would bar the motor vehicle "
    "division from giving federal immigration authorities the home addresses of license holders.",
    "S. 1450, which would bar state and local police from holding anyone on an ICE detainer, cleared the Joint "
    "Committee on Public Safety on Tuesday.",
])
def test_what_a_bill_would_do_is_proposed(text):
    got = _of(text, "bar_local_cooperation")
    assert got and {r["status"] for r in got} == {"proposed"}


def test_a_translated_storys_first_publication_dates_it():
    text = ("LA VOZ DEL VALLE\nEdicion del jueves 14 de octubre de 2027\n\n"
            "TRANSLATOR'S NOTE: This story was first published in Spanish on Thursday, October 14, 2027. "
            "English translation by Ana Ruiz.\n\nWAUKEGAN - Agents detained three men on Tuesday.\n")
    assert byline_date(text) == dt.date(2027, 10, 14)


def test_a_since_date_lies_before_the_text():
    text = "The council asked ICE for every arrest it has made in the city since Jan. 1."
    got = [r for r in extract_dates(parse_text(text, date=dt.date(2027, 10, 14))) if r["date_text"] == "Jan. 1"]
    assert [r["date"] for r in got] == ["2027-01-01"]


def test_a_law_that_bars_jails_from_holding_is_a_limit_not_jailing():
    # the small model reads "law bars" as a noun phrase and "jails" as the verb
    text = "A 2021 Oregon law bars jails from holding anyone on an ICE detainer."
    assert types(text) == ["bar_local_cooperation"]


def test_what_an_ordinance_bars_officers_from_asking_is_its_limit():
    text = ("A 2018 Dayton ordinance bars city police officers from asking crime victims, witnesses and drivers "
            "about their immigration status.")
    assert types(text) == ["bar_local_cooperation"]
    # a court's own bar is still a court action only
    text = "The judge barred the county from asking inmates about their immigration status."
    assert "bar_local_cooperation" not in types(text)


def test_detainers_held_in_a_text_about_ice_are_ices():
    text = ("ICE lodged 60 requests with the county last year.\n\n"
            "The Cass County jail held 41 people on detainers last year.")
    assert "assist_ice" in types(text)
    # a person held on a detainer is no act of the jail's, and a text that never names ICE says nothing of it
    text = "ICE lodged 60 requests.\n\nFamilies of a relative held on a detainer can call the records unit."
    assert "assist_ice" not in types(text)
    assert "assist_ice" not in types("The Cass County jail held 41 people on detainers last year.")


def test_an_ice_office_is_no_documenting_body():
    text = "During the operation, Weld County deputies drove nine of those arrested to the ICE office in Aurora."
    assert "document_misconduct" not in types(text)
    # a city's own office to record arrests still is
    text = "The city will open an office to document ICE arrests and abuses by federal agents."
    assert "document_misconduct" in types(text)
