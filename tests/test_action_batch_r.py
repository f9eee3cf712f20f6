"""One chamber passing a bill makes what the bill does proposed, however the parse hangs the bill's content
("Senate Bill 12, which bars ..., passed the Senate 21-9"; "The House passed a bill on Tuesday barring ...");
a bill or measure that was defeated, died or was rejected gives no row.

Every sentence is invented for these tests (real US places, made-up people, laws and offices).
"""
import pytest
from action_helpers import rows

pytestmark = pytest.mark.usefixtures("rules_only")


def _statuses(text, atype):
    """The statuses of the rows of ``atype`` (there must be some)."""
    got = [r for r in rows(text) if r["action_type"] == atype]
    assert got, text
    return {r["status"] for r in got}


@pytest.mark.parametrize("text", [
    "Senate Bill 12, which bars Iowa police from asking about immigration status, passed the Senate 21-9 on Tuesday.",
    "The House passed a bill on Tuesday barring Iowa police from asking about immigration status.",
    "House Bill 40, which bars Ohio police from asking about immigration status, cleared the House on Monday.",
])
def test_one_chamber_passing_a_bill_is_proposed(text):
    assert _statuses(text, "bar_local_cooperation") == {"proposed"}


@pytest.mark.parametrize("text", [
    "The Dubuque City Council passed an ordinance on Tuesday barring police from asking about immigration status.",
    "The Legislature passed Senate Bill 12 in 2025, and the governor signed it; it bars Iowa police from asking "
    "about immigration status.",
])
def test_a_council_or_a_signed_law_stays_enacted(text):
    assert _statuses(text, "bar_local_cooperation") == {"enacted"}


@pytest.mark.parametrize("text", [
    "A measure that would have barred Iowa police from asking about immigration status was defeated in the House "
    "last year.",
    "A bill that would have barred Ohio police from asking about immigration status died in the Senate in 2026.",
])
def test_a_defeated_measure_gives_no_row(text):
    assert not [r for r in rows(text) if r["action_type"] == "bar_local_cooperation"]
