"""Rules tuned on the batch fx573-fx580 (a police department's FAQ page, a county budget hearing story, a Justice
Department release on a suit, a university's message on ICE near campus, a podcast's show notes and transcript, a
committee's hearing notice and bill digest, a retiring sheriff's profile, a regional council's survey memo): an idea
staff "considered and does not recommend", and a statement a council voted against.

Every sentence is invented for these tests (real US places, made-up people, laws and offices).
"""
import pytest
from action_helpers import types

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize("sentence", [
    "Staff considered, and does not recommend, a regional resolution urging Congress to overhaul ICE detainer "
    "practices.",
    "On March 8 the Council Bluffs City Council voted 3-2 against a proposed statement deploring ICE courthouse "
    "arrests.",
])
def test_what_was_not_recommended_or_voted_down_is_no_act(sentence):
    assert not types("OMAHA, Neb. \u2014 " + sentence)


def test_what_staff_recommends_is_still_coded():
    text = ("OMAHA, Neb. \u2014 Staff recommends a regional resolution urging Congress to overhaul ICE detainer "
            "practices.")
    assert types(text)
