"""Who speaks when there are no quotation marks: the answers of a transcript or a
question-and-answer interview, and the official who wrote an op-ed or signed a letter.

Every sentence is invented for these tests (real US places, made-up people).
"""
import pytest

from analysis.extract import run, speakers
from analysis.extract.base import parse_text

# what the rules code; the classifier's rows are tested in test_classifier.py
pytestmark = pytest.mark.usefixtures("rules_only")


def extract(text):
    pdoc = parse_text(text, doc_id="t")
    return pdoc, run.extract_document(pdoc)


def statements(text):
    return [(r["action_type"], r["actor"]) for r in extract(text)[1]["actions"]
            if r["rule"] == "quoted_statement"]


TRANSCRIPT = (
    "Gov. Della Marchetti of Oregon spoke with reporters on Friday.\n\n"
    "Q: Agents arrested several people outside a clinic in Salem last week. What can the state do?\n\n"
    "MARCHETTI: What happened in Salem was shameful, and families there are still afraid.\n\n"
    "Q: Will you send the Guard?\n\n"
    "MARCHETTI: No.\n")

INTERVIEW = (
    "Q&A: Chief Ruben Okafor on ICE requests\n\nBy Mara Lind, Staff Writer\n\n"
    "Tacoma Police Chief Ruben Okafor has led the department since 2022. He sat down with us on Tuesday.\n\n"
    "Q: ICE agents arrested a father at a school drop-off line in March. What did you make of it?\n\n"
    "A: It was a cruel way to treat children, and I said so to the agency.\n")


def test_a_named_speaker_label_speaks_the_answer():
    assert statements(TRANSCRIPT) == [("condemn_federal_action", "Della Marchetti")]


def test_an_interview_answer_is_the_interviewees():
    pdoc, out = extract(INTERVIEW)
    who = speakers.transcript_speakers(pdoc, out["people_mentions"])
    assert {v["actor"] for v in who.values()} == {"Ruben Okafor"}     # not the reporter
    assert statements(INTERVIEW) == [("condemn_federal_action", "Ruben Okafor")]


def test_no_question_no_interview():
    # an "A:" line in a text with no "Q:" is no answer (an outline item)
    text = ("Sheriff Ana Brill of Lane County wrote the memo.\n\nA: The jail will hold no one on a detainer.\n")
    pdoc, out = extract(text)
    assert speakers.transcript_speakers(pdoc, out["people_mentions"]) == {}


def test_the_signer_of_a_letter_speaks_its_first_person():
    text = ("Dear Secretary Holm:\n\nOn May 2, ICE officers in plain clothes arrested two men in a hallway of "
            "the county courthouse in Burlington. I condemn these arrests, which were cruel and needless.\n\n"
            "Sincerely,\n\nCorinne A. Maltby\nAttorney General\n")
    rows = [r for r in extract(text)[1]["actions"] if r["action_type"] == "condemn_federal_action"]
    assert rows and rows[0]["actor"] == "Corinne A. Maltby" and rows[0]["actor_level"] == "state"


def test_a_journalists_byline_is_no_speaker():
    text = ("By Mara Lind, Staff Writer\n\nI watched ICE officers arrest two men in Tacoma on Monday. "
            "It was cruel.\n")
    pdoc, out = extract(text)
    assert speakers.transcript_speakers(pdoc, out["people_mentions"]) == {}


def test_a_federal_letter_shaming_a_county_is_criticism_without_a_speech_verb():
    text = ("Dear County Executive Brandt:\n\nThe Department has reviewed Carroll County's detainer policy. "
            "County leaders have chosen to release people charged with serious crimes rather than hand them "
            "to federal officers.\n\nSincerely,\n\nOwen R. Slade\nDeputy Assistant Attorney General, U.S. "
            "Department of Justice\n")
    rows = [r for r in extract(text)[1]["actions"] if r["action_type"] == "federal_criticism"]
    assert rows and rows[0]["actor"] == "Owen R. Slade"


def test_a_state_signers_narrative_lines_are_not_statements():
    # only a federal signer's letter speaks all through; a state letter's story of an assault is no
    # condemnation unless the writer says so in the first person
    text = ("Dear Secretary Holm:\n\nOne of the men had come to court to testify as the victim of an assault.\n\n"
            "Sincerely,\n\nCorinne A. Maltby\nAttorney General\n")
    assert statements(text) == []


def test_an_agency_office_named_with_its_city_is_federal():
    from analysis.extract.organizations import classify
    assert classify("ERO Philadelphia") == ("federal_agency", "federal")
    assert classify("ICE Miami Field Office")[1] == "federal"
    pdoc, out = extract("ERO Boston Field Office Director Lina Castro said the city was wrong.")
    assert [(p["name"], p["level"]) for p in out["people_mentions"]] == [("Lina Castro", "federal")]


_CONFERENCE = (
    "LYON COUNTY SHERIFF'S OFFICE\nEmporia, Kansas\n\nNEWS CONFERENCE TRANSCRIPT\nThursday, October 7, 2027\n\n"
    "SGT. HOLLIS ABERNATHY-QUAYE, PUBLIC INFORMATION OFFICER: Good morning. The sheriff will speak first.\n\n"
    "SHERIFF AUGUSTA MARLOWE-OKAFOR: Thank you. Our deputies did not enter the plant in Emporia.\n\n"
    "COMMISSIONER BERTRAND KESSLER-NDIAYE: ICE did its job at the plant, and its agents did it by the book.\n\n"
    "SGT. ABERNATHY-QUAYE: Mr. Pennington-Dlamini has a statement from the mayor.\n\n"
    "IGNATIUS PENNINGTON-DLAMINI, COMMUNICATIONS DIRECTOR, CITY OF EMPORIA: The mayor asked me to read this "
    "statement.\n\n"
    "\"This morning I signed Executive Order 6, which bars Emporia police from assisting ICE at worksites.\"\n")


def test_a_label_with_the_speakers_title_and_city_after_the_name_starts_a_new_speaker():
    pdoc, out = extract(_CONFERENCE)
    got = [r for r in out["actions"] if r["action_type"] == "bar_local_cooperation"]
    assert [(r["actor"], r["jurisdiction"]) for r in got] == [("Pennington-Dlamini", "us-ks-emporia")], out["actions"]


def test_the_commissioner_before_the_new_label_still_speaks_his_own_line():
    pdoc, out = extract(_CONFERENCE)
    got = [r for r in out["actions"] if r["action_type"] == "praise_enforcement"]
    assert [r["actor"].split()[-1] for r in got] == ["Kessler-Ndiaye"], out["actions"]
