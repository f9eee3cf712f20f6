"""What the action rules code for one invented text (used by the action test modules)."""
import datetime as dt

from analysis.extract import run
from analysis.extract.base import parse_text


def rows(text):
    """Every action row of ``text`` read as one document."""
    return run.extract_document(parse_text(text, doc_id="t"))["actions"]


def dated_rows(text, date):
    """The action rows of ``text`` read as one document dated ``date`` (ISO)."""
    return run.extract_document(parse_text(text, doc_id="t", date=dt.date.fromisoformat(date)))["actions"]


def coded(text):
    """The (action_type, status) pairs of ``text``, sorted and without repeats."""
    return sorted({(r["action_type"], r["status"]) for r in rows(text)})


def types(text):
    """The action types of ``text``, sorted and without repeats."""
    return sorted({t for t, _ in coded(text)})


def statuses(text, atype):
    """The statuses of the rows of ``atype`` in ``text`` (there must be some)."""
    got = [r for r in rows(text) if r["action_type"] == atype]
    assert got, text
    return {r["status"] for r in got}


def assert_type_coded_and_readings_refused(text, wanted, unwanted):
    """``wanted`` (a type, or None) is among the types of ``text``; none of ``unwanted`` is."""
    got = {r["action_type"] for r in rows(text)}
    assert wanted is None or wanted in got, (text, got)
    assert not got & set(unwanted), (text, got)


def place_of_each_type(text, expected):
    """The jurisdiction of each action type of ``text`` named in ``expected`` ({type: jurisdiction})."""
    got = {r["action_type"]: r["jurisdiction"] for r in rows(text)}
    return {atype: got.get(atype) for atype in expected}


def of_type(text, atype):
    """The rows of ``text`` coded ``atype``."""
    return [r for r in rows(text) if r["action_type"] == atype]


def type_places(text):
    """The (action_type, jurisdiction) pairs of ``text``, sorted (for assertion messages)."""
    return sorted((r["action_type"], r["jurisdiction"]) for r in rows(text))


def places_of(text, atype, substr=""):
    """The places (target, else jurisdiction) of the rows of ``atype`` whose sentence holds ``substr``."""
    return {r["target_jurisdiction"] or r["jurisdiction"] for r in of_type(text, atype) if substr in r["evidence"]}
