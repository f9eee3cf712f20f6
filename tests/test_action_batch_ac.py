"""Rules tuned on the batch fx581-fx588 (a rural weekly's township meeting story, a state police superintendent's memo,
a Q&A interview with an ICE field office director, a county ordinance's certified text, a wire explainer on 287(g), a
city hall press conference transcript, a case note on a state supreme court decision, a community radio bulletin): the
person an interview's introduction says "spoke with" the paper answers its "A:" lines, "took over ... field office"
makes a field office director, ICE opening an office in a city and bringing officers into a state are deployments.

Every sentence is invented for these tests (real US places, made-up people, laws and offices).
"""
import pytest
from action_helpers import rows, types

from analysis.extract import run
from analysis.extract.base import parse_text

pytestmark = pytest.mark.usefixtures("rules_only")

INTERVIEW = """THE FRONT RANGE SENTINEL
Sunday, May 16, 2027

By Nadia Orsolya-Kent, Staff Writer

Corwin Aldana-Pryce, a 22-year agency veteran, took over Immigration and Customs Enforcement's Denver field office on
March 1.

Denver Mayor Ignatius Fairbrook-Lyle said the raids were cruel. Fairbrook-Lyle also said the city would sue. Mayor
Fairbrook-Lyle spoke at City Hall.

Aldana-Pryce spoke with the Sentinel on Thursday. The interview has been edited for length.

Q: What has changed since you arrived?

A: Volume. In March I brought 30 deportation officers into Colorado on temporary assignment.
"""


def test_the_person_who_spoke_with_the_paper_answers_the_interview():
    doc = run.extract_document(parse_text(INTERVIEW, doc_id="t"))
    director = [p for p in doc["people_mentions"] if p["name"] == "Corwin Aldana-Pryce"]
    assert director and director[0]["level"] == "federal", director
    got = [r for r in doc["actions"] if r["evidence"].startswith("In March I brought")]
    assert [(r["action_type"], r["actor_level"]) for r in got] == [("federal_deployment", "federal")], got


def test_ice_opening_an_office_in_a_city_is_a_deployment():
    got = [r for r in rows("COLUMBUS, Ohio \u2014 ICE will open a satellite office in Dayton next month.")
           if r["action_type"] == "federal_deployment"]
    assert got and got[0]["target_jurisdiction"] == "us-oh-dayton", got


@pytest.mark.parametrize("sentence", [
    "The city opened a new office for immigrant affairs.",
    "Plaintiffs bring this class action against Rutherford County and ICE.",
    "Two commissioners had campaigned on bringing ICE back to the county jail.",
])
def test_offices_opened_and_things_brought_by_others_are_no_deployment(sentence):
    assert "federal_deployment" not in types("MURFREESBORO, Tenn. \u2014 " + sentence)
