"""The dates table of one invented text (used by the date test modules)."""
import datetime as dt

from analysis.extract.base import parse_text
from analysis.extract.dates import extract_dates


def date_rows(text, date=None, parse=False):
    """The dates-table rows of ``text`` read as one document dated ``date`` (ISO text, a date, or None); with
    ``parse``, after the spaCy parse the pipeline makes first (the rules that read clauses need it)."""
    if isinstance(date, str):
        date = dt.date.fromisoformat(date)
    doc = parse_text(text, doc_id="t", date=date)
    if parse:
        from analysis.extract import run
        run.parse_documents([doc])
    return extract_dates(doc)
