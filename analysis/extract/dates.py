"""Dates in the text, explicit or relative, resolved to ISO dates with a precision.

Rows: ``doc_id, sentence_id, start, end, date_text, date, date_end,
date_precision`` (+ ``relative``: True for expressions resolved against the
document date or an earlier date). ``date`` is the ISO start, ``date_end`` is
set for ranges only; precision is ``day``/``month``/``year``/``range`` (see
``vocabulary.DATE_PRECISIONS``), and ``None`` with ``date`` when unresolved.

What is found (regular expressions over each sentence, then spaCy DATE
entities that no rule covered):

* explicit: "January 1, 2026", "1 January 2026", "Tuesday, Jan. 6, 2026",
  "Feb. 3" (year: the one that puts it nearest the last explicit day/month
  date of the same or two preceding paragraphs, else nearest the document
  date), "June 2025",
  "in March" (month: the latest March up to the document date, the next one
  in a sentence about the future, or when awaited: "expected by June", "delay the
  vote until September"), "2025" (a year only where the context says so: after
  in/since/by/of... or an article, "a 2024 state law", before "election"/"'s"..., or inside a DATE entity; never
  after Bill/Section/Order/No./$ or before a count noun), "1/5/2026",
  "2026-01-05", "fiscal year 2024".
* ranges: "from 2017 to 2020", "2018–2020", "2025-26", "June 3-5, 2025",
  "from January to March 2025", "from February through September" (no year:
  the latest such span, or the year of the date told just before), "the 1990s", "the early 2000s", "spring 2025",
  "last fall" (the three months of the season).
* relative to the document date: yesterday/today/tomorrow, "this morning",
  "last night" (day); last/this/
  next week (range Monday..Sunday of that week); last/this/next month
  (month); last/this/next year (year); "the past week/month/year" (range
  ending on the document date); "earlier this year/month" (range from
  its start to the document date), "later this year" (range to its end);
  "N days/weeks/months/years ago"; weekdays ("on Wednesday", "last
  Friday", "Monday's hearing": the latest such day on or before the document
  date, or the next one after it when the sentence speaks of the future:
  will, plans, scheduled, next).
* relative to the previous resolved date of the same or the two preceding
  paragraphs: "the following day", "the next day", "the next morning", "a day later", "the day
  before", "a week later" (these need a day-precision date, else None), "the
  following week/month/year" (any precision, but a week or month follows a day or
  month, never a bare year), "the previous September", "the following March".
  A deadline ("by March 31", "no later than") is no time of the story and
  anchors nothing.

Without a document date, relative expressions keep ``date_text`` with
``date = None``. Durations ("two years", "90 days"), ages ("57-year-old") and
vague spans ("recent years") are not dates and give no row.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Callable, Optional, Union

from ..segment import TITLE_ABBREVIATIONS
from .base import SEPARATOR_LINE, ParsedDocument

Result = tuple[Optional[dt.date], Optional[dt.date], Optional[str]]

_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
_MONTHS["sept"] = 9
_WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
            "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
            "thirty": 30, "forty": 40, "forty-five": 45, "sixty": 60, "ninety": 90, "several": None, "few": None}

MON = (r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?"
       r"|Sep(?:tember|t\.|\.|t)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)(?![a-z])")
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d])"
YEAR = r"(?:1[89]\d\d|20\d\d)(?!\d)"
WDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
#: the same in capitals (a heading's date)
MON_UP = (r"(?:JAN(?:UARY|\.)?|FEB(?:RUARY|\.)?|MAR(?:CH|\.)?|APR(?:IL|\.)?|MAY|JUNE?|JULY?|AUG(?:UST|\.)?"
          r"|SEP(?:TEMBER|T\.|\.|T)?|OCT(?:OBER|\.)?|NOV(?:EMBER|\.)?|DEC(?:EMBER|\.)?)(?![A-Za-z])")
WDAY_UP = r"(?:MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)"
NUM = (r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
       r"|seventeen|eighteen|nineteen|twenty|thirty|forty-five|forty|sixty|ninety|several|few|\d{1,3})")
UNIT = r"(?:day|week|month|year)s?"
DASH = r"\s*(?:-|\u2013|\u2014|to|through|until|and)\s*"

#: words before a bare number that make it anything but a year
_NOT_YEAR_BEFORE = re.compile(
    r"(?:\b(?:bill|no|nos|number|section|sec|order|rule|route|highway|article|art|proposition|prop|chapter|"
    r"title|amendment|code|hb|sb|ab|hf|sf|ld|h\.r|s\.b|h\.b|file|resolution|ordinance|docket|case|"
    r"room|suite|unit|flight|model|version|form)\.?\s*$)|(?:[$#\u00a7]\s*$)", re.I)
#: words after a bare number that make it a count
_COUNT_AFTER = re.compile(
    r"\s*(?:%|percent|people|persons|members|officers|deputies|agents|arrests|immigrants|residents|cases|"
    r"deportations|detainees|beds|dollars|miles|feet|students|children|families|workers|troops|"
    r"soldiers|votes|signatures|calls|pages|hours|minutes)\b", re.I)
_YEAR_BEFORE = re.compile(
    r"(?:^|[^\w,]\s*)[Aa]n?\s+$"   # "a 2024 state law" (the article of a noun the year dates)
    r"|\b(?:in|since|by|until|till|through|from|of|during|before|after|around|early|late|mid|between|"
    r"and|to|fiscal|year|as of|back in|circa|spring|summer|fall|autumn|winter|the|at least|as early as"
    r"|as far back as)\s*-?\s*$", re.I)
_YEAR_AFTER = re.compile(
    r"\s*(?:['\u2019]s\b|election|elections|midterms?|presidential|budget|session|census|campaign|"
    r"cycle|race|primary|primaries|season|legislative|law|ruling|decision|executive|order)", re.I)
#: a year that opens a line or a list item, then a dash or colon: an entry of a timeline
_ENTRY_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[\u2022\u25aa\u25cf*\-\u2013][ \t]*)?$")
_ENTRY_AFTER = re.compile(r"[ \t]*(?:\u2014|\u2013|--?|:)[ \t]+\S")
_FUTURE = re.compile(r"\b(?:will|'ll|\u2019ll|won't|won\u2019t|plans? to|planning to|intends? to|scheduled|is set to"
                     r"|are set to|expected to|next|upcoming|is due|are due|shall)\b", re.I)
#: the text before a month listed after another one: "took place in February, " / "in February, March and "
_LISTED_AFTER = re.compile(rf"\b(?:in|during|since|until|through)\s+(?:{MON})(?:,\s+(?:{MON}))*,?\s+(?:(?:and|or)\s+)?$")
_QUOTED = re.compile(r"\"[^\"]{3,}\"|\u201c[^\u201d]{3,}\u201d")
#: a sentence telling a past act: a past verb, and no day set ahead ("is set for", "are scheduled")
_PAST_TOLD = re.compile(r"^(?!.*\b(?:is|are|was|were) (?:set|scheduled|planned|expected|due)\b)"
                        r"(?=.*\b(?:was|were|had|did|said|told|took|made|gave|sent|began|held|\w{3,}ed)\b)", re.I | re.S)
#: a day that opens its sentence ("On the morning of March 9, ...") or dates a writing ("a letter dated January 22")
_OPENING_DAY = re.compile(r"^(?:On|Early on|Late on)\s+(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?$")
_DATED = re.compile(r"\bdated\s+$", re.I)


def _past_day(text: str, a: int) -> bool:
    """The day at ``a`` is one already past when the text was written: it opens a sentence that tells a past act,
    or it is the date a letter is dated."""
    before = text[:a]
    if _DATED.search(before):
        return True
    rest = _QUOTED.sub(lambda q: " " * len(q.group()), text)
    return bool(_OPENING_DAY.match(before)) and bool(_PAST_TOLD.search(rest))
_DURATION = re.compile(r"^(?:for\s+)?(?:the\s+)?(?:next\s+|past\s+|last\s+|first\s+|\d+|" + NUM + r")\b.*\b(?:"
                       + UNIT + r"|decades?|hours?|minutes?)$", re.I)


def _iso(d: Optional[dt.date]) -> Optional[str]:
    return d.isoformat() if d else None


def _as_date(value) -> Optional[dt.date]:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _month(word: str) -> int:
    return _MONTHS[word.lower().rstrip(".")]


def _day(word: str) -> int:
    return int(re.match(r"\d+", word).group(0))


def _safe(y: int, m: int, d: int = 1) -> Optional[dt.date]:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _month_end(d: dt.date) -> dt.date:
    return dt.date(d.year, d.month, calendar.monthrange(d.year, d.month)[1])


def _add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    return dt.date(d.year + m // 12, m % 12 + 1, 1)


def _nearest_year(month: int, day: int, base: Optional[dt.date]) -> Optional[dt.date]:
    """The date with this month/day nearest to ``base`` (a missing year)."""
    if base is None:
        return None
    cands = [c for c in (_safe(base.year + k, month, day) for k in (-1, 0, 1)) if c]
    return min(cands, key=lambda c: (abs((c - base).days), c)) if cands else None


def _week(d: dt.date) -> tuple[dt.date, dt.date]:
    start = d - dt.timedelta(days=d.weekday())
    return start, start + dt.timedelta(days=6)


def _count(word: str) -> Optional[int]:
    w = word.lower()
    return int(w) if w.isdigit() else _NUMBERS.get(w)


@dataclass
class _Ctx:
    base: Optional[dt.date] = None
    anchor: Optional[dt.date] = None           # previous resolved date (for "the following day")
    anchor_precision: Optional[str] = None
    day_anchor: Optional[dt.date] = None       # previous day-precision date (for "two days later")
    month_anchor: Optional[dt.date] = None     # previous day- or month-precision date ("the following month")
    year_ref: Optional[dt.date] = None         # previous explicit day/month date (year of "Feb. 20")
    future: bool = False
    past: bool = False                         # the sentence tells what was done (a past verb, nothing ahead)
    heading_year: Optional[int] = None         # the year a chronology's heading line gives its entries ("2018")
    row_year: Optional[int] = None             # the year told last near a table row ("Month (2027)" above it)
    deadline_from: Optional[dt.date] = None    # the day told earlier in the sentence a deadline weekday follows ("On
    #                                            November 4, ... expected it by Monday")
    year_anchor: Optional[int] = None          # a year told alone just before in the sentence ("in 2024 and ... the
    #                                            following January")
    fiscal_start: int = 7                      # the month the text's fiscal years begin in (July; October where they end
    #                                            on September 30)
    # dates told before, most recent first, with the text around them: (sentence, paragraph, date, precision, end)
    events: tuple = ()


# --------------------------------------------------------------------------- handlers
def _h_day_range(m, c: _Ctx) -> Result:
    mon = _month(m["m"])
    y = int(m["y"]) if m["y"] else None
    d1, d2 = _day(m["d1"]), _day(m["d2"])
    if y is None and c.heading_year is not None:
        y = c.heading_year      # "2027" above "March 6-9 — ICE officers arrest ..."
    if y is None:
        s = _nearest_year(mon, d1, c.year_ref or c.base)
        y = s.year if s else None
    if y is None:
        return None, None, None
    a, b = _safe(y, mon, d1), _safe(y, mon, d2)
    return (a, b, "range") if a and b and a <= b else (None, None, None)


def _h_day_span(m, c: _Ctx) -> Result:
    m1, m2, d1, d2 = _month(m["m1"]), _month(m["m2"]), _day(m["d1"]), _day(m["d2"])
    y2 = int(m["y2"]) if m["y2"] else (int(m["y1"]) if m["y1"] else None)
    if y2 is None:
        e = _nearest_year(m2, d2, c.year_ref or c.base)
        y2 = e.year if e else None
    if y2 is None:
        return None, None, None
    y1 = int(m["y1"]) if m["y1"] else (y2 if (m1, d1) <= (m2, d2) else y2 - 1)
    a, b = _safe(y1, m1, d1), _safe(y2, m2, d2)
    return (a, b, "range") if a and b and a < b and (b - a).days <= 800 else (None, None, None)


def _h_month_range(m, c: _Ctx) -> Result:
    y2 = int(m["y2"])
    y1 = int(m["y1"]) if m["y1"] else y2
    m1, m2 = _month(m["m1"]), _month(m["m2"])
    a = _safe(y1, m1, _day(m["d1"]) if m["d1"] else 1)
    b = _safe(y2, m2, _day(m["d2"])) if m["d2"] else _month_end(dt.date(y2, m2, 1))
    if a and b and a > b and not m["y1"]:
        a = _safe(y2 - 1, m1, a.day)
    return (a, b, "range") if a and b and a <= b else (None, None, None)


def _h_full(m, c: _Ctx) -> Result:
    d = _safe(int(m["y"]), _month(m["m"]), _day(m["d"]))
    return (d, None, "day") if d else (None, None, None)


def _h_day_no_year(m, c: _Ctx) -> Result:
    # the year of the date last written nearby ("On May 4, 2025 ... on May 20"), else the document's
    if c.heading_year is not None:      # "2018" above "June 12 — The department holds back ..."
        d = _safe(c.heading_year, _month(m["m"]), _day(m["d"]))
        return (d, None, "day") if d else (None, None, None)
    d = _nearest_year(_month(m["m"]), _day(m["d"]), c.year_ref or c.base)
    ref = c.year_ref
    if d is not None and ref is not None and c.base is not None and ref < c.base and d.year < ref.year:
        # "passed 9-4 on March 3, 2027 ... sued on September 15", told on October 14, 2027: a date between the
        # one last written and the document's own is the likelier year than one before both
        same = _safe(ref.year, _month(m["m"]), _day(m["d"]))
        if same is not None and ref <= same <= c.base:
            d = same
    if d is not None and c.past and not c.future and c.base is not None and d > c.base:
        # "On the morning of March 9, ICE officers ... arrested a house painter", told on October 15, 2028: a day
        # already past when the text was written, not the coming March
        back = _safe(d.year - 1, d.month, d.day)
        if back is not None and (c.base - back).days <= 330:
            d = back
    if d is not None and c.future and c.base is not None and ref is not None and ref.year == c.base.year \
            and d.year < ref.year:
        # "voted in March 2027 ... if the board votes no on November 2, I will not sign", said in October 2027: the
        # November nearest the text's day, not the one nearest March
        d = _nearest_year(_month(m["m"]), _day(m["d"]), c.base) or d
    if d is not None and c.future and c.base is not None and d < c.base and ref is not None \
            and ref.year != c.base.year:
        # "In March 2025 we signed ... Starting February 1, our jail will also notify ICE", said in January 2027:
        # what will happen happens after the text, whatever year was written last
        while d < c.base:
            d = _safe(d.year + 1, d.month, d.day) or d.replace(year=d.year + 1, day=28)
    return (d, None, "day") if d else (None, None, None)


def _h_month_year(m, c: _Ctx) -> Result:
    return dt.date(int(m["y"]), _month(m["m"]), 1), None, "month"


def _h_month_only(m, c: _Ctx) -> Result:
    if c.base is None:
        return None, None, None
    mon = _month(m["m"])
    which = (m["w"] or "").lower()
    if c.heading_year is not None and not which:
        return dt.date(c.heading_year, mon, 1), None, "month"     # "2018" above "June — The department ..."
    if not which and not c.future and c.year_ref is not None and c.year_ref.year != c.base.year \
            and c.day_anchor == c.year_ref:
        # "held him until October 10, 2025 ... He was freed on bond in November": the story of that day's year goes on
        # (not after a month: "signed ... in March 2026. The sheriff announced in June that ..." is this June)
        y = c.year_ref.year if mon >= c.year_ref.month else c.year_ref.year + 1
        if dt.date(y, mon, 1) <= c.base:
            return dt.date(y, mon, 1), None, "month"
    if which == "last":
        y = c.base.year if mon < c.base.month else c.base.year - 1
    elif which == "next":
        y = c.base.year if mon > c.base.month else c.base.year + 1
    elif which == "this":
        y = c.base.year
    elif c.future:
        y = c.base.year if mon >= c.base.month else c.base.year + 1
    else:                        # past tense: the latest such month up to the document date
        y = c.base.year if mon <= c.base.month else c.base.year - 1
    return dt.date(y, mon, 1), None, "month"


def _h_month_row(m, c: _Ctx) -> Result:
    if c.row_year is not None:      # "Month (2027)" above the rows, or "In 2027, ..." just before the table
        return dt.date(c.row_year, _month(m["m"]), 1), None, "month"
    return _h_month_only(m, c)


def _row_year(history: list, near: list, paragraph: int, m) -> Optional[int]:
    """The year of a table row's month: the row above's (December, then January: the next year), else a year told
    alone just before the table ("Month (2027)" in its header); else None (the row is read as before)."""
    if history and history[-1][4] == "month_row" and paragraph - history[-1][0] <= 2:
        above = history[-1][1]
        return above.year + 1 if above.month == 12 and _month(m["m"]) == 1 else above.year
    return next((h[1].year for h in near if not h[3] and not h[5] and h[2] == "year"), None)


def _deadline_from(history: list, sid, base: Optional[dt.date], text: str, a: int) -> Optional[dt.date]:
    """The day a weekday deadline counts from: a day told before it in the same sentence, earlier than the text's
    own ("On Thursday, November 4, 2027, the officers ... told her they expected it by Monday")."""
    if base is None or not re.search(r"\b(?:by|until|before|no later than)\s+$", text[max(0, a - 14):a], re.I):
        return None
    day = next((h for h in reversed(history) if h[10] == sid and not h[5]), None)
    return day[1] if day is not None and day[2] == "day" and not day[3] and day[1] < base else None


def _year_anchor(history: list, sid) -> Optional[int]:
    """The year told alone last in this sentence, when nothing more precise was told after it: "elected in 2024 and
    took office the following January" follows 2024, not the document's date."""
    last = next((h for h in reversed(history) if h[10] == sid and not h[5] and not h[7]), None)
    if last is None or last[2] != "year" or last[3]:
        return None
    # (a year told as a time, "in 2024", not one naming a thing: "froze the County's 2025 award, which had been
    # obligated the previous September")
    return last[1].year if re.search(rf"\b(?:in|during|of)\s+{last[1].year}\b", last[9]) else None


_NOMINAL_DEPS = frozenset(("pobj", "dobj", "nsubj", "nsubjpass", "attr", "appos", "compound", "poss"))


def _governing_verb(sent, a: int):
    """The verb governing the token at offset ``a`` of the sentence, with its auxiliaries (None if none)."""
    doc = getattr(sent, "doc", None)
    if doc is None:
        return None
    start = tok = next((t for t in doc if t.idx <= a < t.idx + len(t) + 1), None)
    # (a plural noun the small model tagged as a verb, as an object is no verb: "an average of 51 ICE detainees a
    # day in April")
    while tok is not None and (tok.pos_ not in ("VERB", "AUX") or tok.dep_ in _NOMINAL_DEPS) and tok.head.i != tok.i:
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in _SAYS:
            return None     # (a verb of saying tells no tense of a date in its subject: "His office's jail agreement
            #                 lapses at the end of June, and the sheriff said ...", "lapses" read as a noun)
        tok = tok.head
    if tok is None or tok.pos_ not in ("VERB", "AUX"):
        return None
    lo, hi = sorted((start.i, tok.i))
    if any(t.text == ";" for t in doc[lo:hi]):
        return None     # "I asked the Council ...; the Council votes on February 16": the verb of another clause
    return tok, {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}


def _ahead(sent, a: int) -> bool:
    """The verb governing the date at offset ``a`` speaks of what is to come: present tense
    ("faces re-election in November", "before the session ends in April") or a modal
    ("could revisit the contract after the November election")."""
    found = _governing_verb(sent, a)
    if found is None:
        return False
    tok, aux = found
    if aux & {"could", "would", "might", "may", "can", "must", "should"}:
        return True
    if not aux and tok.lemma_.lower() in _JUDGES_PAST:
        return False    # 'I condemn the arrest of a grandmother at a bus stop in January': the arrest's month, past
    if not aux and tok.lemma_.lower() in _RECORDS_TELL:
        return False    # "The records show nine transfers in September, seven in October": what was done, counted
    if not aux and tok.lemma_.lower() in _SAYS and any(c.dep_ in ("ccomp", "parataxis") for c in tok.children):
        return False    # "The network says it has logged two arrests this year: one ... in January": a report's
        #                 present, whose January is the one past
    if tok.tag_ == "VB" and aux == {"to"}:
        # an intention: "a motion to let the contract lapse at the end of June" (not what an agreement a past verb
        # made is for, the parse hanging the date on it: "renewed the county's agreement to hold ICE detainees in May")
        return not (tok.dep_ == "acl" and tok.head.head.tag_ == "VBD" and tok.head.dep_ in ("dobj", "nsubjpass")
                    and tok.head.lemma_.lower() in ("agreement", "contract", "deal", "memorandum", "arrangement"))
    if aux and aux <= {"is", "are", "am", "'s", "\u2019s", "'re", "\u2019re", "'m", "\u2019m"}:
        return True     # present passive or progressive: "when the list is updated in November"
    return tok.tag_ in ("VBZ", "VBP") and not aux & {"has", "have", "had", "did", "was", "were"}


#: present verbs that judge what was done: a date they govern is the deed's ("we mourn the man who died in May")
_JUDGES_PAST = frozenset(("condemn", "denounce", "deplore", "mourn", "applaud", "commend", "praise", "thank",
                          "regret", "lament", "decry", "salute", "honor", "honour", "remember"))

#: present verbs of records telling what was done
_RECORDS_TELL = frozenset(("show", "reveal", "indicate", "list", "document"))
#: verbs of saying, whose present reports (what was said is told in the clause under them)
_SAYS = frozenset(("say", "tell", "report", "write", "note", "add", "explain", "claim", "state", "count", "estimate"))

#: relative dates counted from the document's own date ("on Monday", "yesterday"), not from another date
_FROM_NOW = frozenset(("weekday", "simple_rel"))


def _hypothetical_ahead(sent, a: int) -> bool:
    """The date's verb is in an "if" clause whose main clause says "would": a supposition about what is
    to come ("Even if she won in November and ended the agreement, the jail would still ...")."""
    found = _governing_verb(sent, a)
    if found is None:
        return False
    tok = found[0]
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "if" for c in tok.children):
        return False
    return any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might") for c in tok.head.children)


def _scheduled_present(sent, a: int) -> bool:
    """The verb governing the date is in the simple present, with no auxiliary, in a sentence that ends as
    prose does (a headline's present tells of the past: "Governor signs order Tuesday")."""
    found = _governing_verb(sent, a)
    return found is not None and found[0].tag_ in ("VBZ", "VBP") and not found[1] \
        and sent.text.rstrip().endswith(".")


#: what a body does on the day set for it ("the council votes on it Tuesday", "the board meets Monday")
_AGENDA_VERBS = frozenset(("vote", "meet", "convene", "reconvene", "consider", "debate", "decide", "hear", "take"))
#: verbs of telling, whose present is a report's, not a schedule's ("the sheriff says on Monday that ...")
_TELLING = frozenset(("say", "tell", "announce", "report", "state", "write", "add", "note", "confirm", "claim", "warn",
                      "argue", "insist", "declare", "post", "testify"))


def _modal_ahead(sent, a: int) -> bool:
    """The verb governing the date at offset ``a`` has a modal of the future ("would hold a vigil Sunday")."""
    found = _governing_verb(sent, a)
    if found is not None and found[0].dep_ == "xcomp" and found[0].head.lemma_.lower() in _AWAITING \
            and found[0].head.tag_ in ("VBZ", "VBP"):
        return True     # "intends to sign it Thursday", "plans to file the suit Monday"
    return found is not None and bool(found[1] & {"will", "would", "'ll", "\u2019ll", "could", "might"})


#: a postponement ("delay the vote until September")
_PUT_OFF = re.compile(r"\b(?:delay(?:s|ed|ing)?|postpon(?:e|es|ed|ing)|defer(?:s|red|ring)?|tabl(?:e|es|ed|ing)|"
                      r"reschedul(?:e|es|ed|ing)|push(?:es|ed|ing)?(?:\s+back)?)\b"
                      r"[^.;:]{0,40}?\b(?:until|till|to)\s+$", re.I)
#: words before a date that make it a deadline, not a time the story tells of
_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.I)
#: ... or a "since" clause's own time: "we've done that since I took office in January 2025"
_SINCE_CLAUSE = re.compile(r"\bsince\s+(?:[A-Za-z'\u2019]+\s+){1,4}in\s+$")
#: the day a measure told as done takes effect: "signed an amended regulation ..., effective April 1, 2028" (a day
#: still to come, not a time of the story: "The next day" counts from the signing)
_EFFECTIVE_BEFORE = re.compile(r"(?:,\s*|\s)(?:effective|(?:to )?tak(?:e|es|ing) effect)(?:\s+on)?\s+$", re.I)
#: (the act the date takes effect after: "voted 12-9 to adopt Resolution 31, which ends the agreement effective June 30")
_EFFECTIVE_AFTER_ACT = re.compile(r"\b(?:signed|adopt(?:ed|s)?|approved|issued|enacted|passed|amended|voted)\b", re.I)
_DEADLINE_BEFORE = re.compile(r"\b(?:by|no later than|not later than|on or before|before|due)\s+$", re.I)


def _awaited(sent, a: int) -> bool:
    """The date at offset ``a`` is when something awaited is to come: governed by a verb of expecting or
    planning ("a signature he expected by June"), or of putting off ("delay the vote until September")."""
    if _PUT_OFF.search(sent.text[max(0, a - 60):a]):
        return True
    found = _governing_verb(sent, a)
    if found is not None and re.search(r"\b(?:starting|beginning)\s+(?:in\s+)?$", sent.text[max(0, a - 16):a], re.I):
        v = found[0]
        while (v.lemma_ in ("start", "begin") or v.pos_ not in ("VERB", "AUX")) and v.head.i != v.i:
            v = v.head      # (the verb the start belongs to: "to publish the figures ... starting in April")
        if v.tag_ == "VB" or any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "would") for c in v.children):
            return True     # "voted to publish the figures on the county website starting in April": a start to come
    return found is not None and found[0].lemma_ in _AWAITING and \
        bool(re.search(r"\b(?:by|in|until|before)\s+$", sent.text[max(0, a - 12):a], re.I))


def _set_in_dated_letter(sent, text: str, a: int) -> bool:
    """A deadline a letter dated earlier set, told in the past: "In a letter dated March 30, X asked the Governor to
    place members on duty beginning April 17 and to reply by April 6" (told on April 13: that April 6 has passed)."""
    return _past_root(sent) and bool(re.search(r"\bdated\s+", text[:a], re.I))


def _past_root(sent) -> bool:
    """The sentence's main verb is in the past tense ("It also demanded that ...")."""
    doc = getattr(sent, "doc", None)
    root = next((t for t in doc if t.dep_ == "ROOT"), None) if doc is not None else None
    return root is not None and root.tag_ == "VBD"


def _told_in_past(sent, a: int) -> bool:
    """The verb governing the date at offset ``a`` is in the past tense ("said on Friday that ...")."""
    found = _governing_verb(sent, a)
    if found is None:
        # a date opening its sentence, when the parse found no verb over it ("On Monday, Mayor A signed
        # Executive Order 4 ..." read as one noun phrase): the first verb after it is past, with no auxiliary
        doc = getattr(sent, "doc", None)
        if doc is None or sent.text[:a].strip(" ,") not in ("", "On", "on"):
            return False
        first = next((t for t in doc if t.idx > a and t.pos_ in ("VERB", "AUX")), None)
        return first is not None and (first.tag_ == "VBD" or first.tag_ == "VBN" and first.i > 0
                                      and doc[first.i - 1].pos_ != "AUX")
    tok, aux = found
    if tok.tag_ == "VBN" and tok.dep_ in ("acl", "relcl") and not aux and tok.lemma_.lower() not in _AWAITING:
        return True     # "will pay ... under a settlement a federal judge approved on Tuesday": a done act described
    return (tok.tag_ == "VBD" and not aux) or bool(aux & {"did", "was", "were", "had"})


def _participle_under_future(sent, a: int) -> bool:
    """The date hangs on a participle of a noun phrase in a clause about the future, where it may as well date
    that clause: "his jail will begin telling ICE the release dates of inmates charged with violent felonies on
    Oct. 1" (the parse reads "charged ... on Oct. 1")."""
    found = _governing_verb(sent, a)
    if found is None or found[1] or found[0].tag_ != "VBN" or found[0].dep_ not in ("acl", "relcl"):
        return False
    for t in found[0].ancestors:
        if t.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "\u2019ll", "shall")
                                            for c in t.children):
            return True
    return False


#: participles of what is still to come ("a vote scheduled for Tuesday", "a hearing set for Monday")
_AWAITING = frozenset(("schedule", "set", "expect", "plan", "slate", "propose", "due", "calendar", "reschedule"))


def _h_numeric(m, c: _Ctx) -> Result:
    y = int(m["y"])
    if y < 100:
        y += 2000
    d = _safe(y, int(m["mo"]), int(m["d"]))
    return (d, None, "day") if d else (None, None, None)


#: a dated field's label before a value on its line: "Hearing Dates:", "Date Completed:", "Date:"
_DATE_FIELD = re.compile(r"(?:^|\n)[ \t]*(?:[A-Z][A-Za-z ]{0,30})?\bDates?\b[A-Za-z ]{0,20}:[^\n]*$")


def _h_dashed(m, c: _Ctx) -> Result:
    """A dashed date only after the Federal Register's "Filed " or on a dated field's line (not a vote, "6-1-0", nor a
    number, "Order 26-09-01")."""
    before = m.string[:m.start()]
    if not re.search(r"\bFiled $", before[-7:]) and not _DATE_FIELD.search(before):
        return None, None, None
    return _h_numeric(m, c)


def _h_iso(m, c: _Ctx) -> Result:
    d = _safe(int(m["y"]), int(m["mo"]), int(m["d"]))
    return (d, None, "day") if d else (None, None, None)


#: a number in an instrument's name, not years: "Session Law 2026-58", "Resolution No. 2027-14", "Ordinance 2026-31"
_NUMBERED_BEFORE = re.compile(r"\b(?:Law|Laws|No\.?|Nos\.|Number|Ordinance|Resolution|Order|Act|Bill|Chapter|Case|Docket"
                              r"|Report|Rule|Directive|Policy|Opinion|Memo|Memorandum)\s*#?\s*$", re.I)


def _h_year_range(m, c: _Ctx) -> Result:
    if _NUMBERED_BEFORE.search(m.string[max(0, m.start() - 30):m.start()]):
        return None, None, None
    y1 = int(m["y1"])
    y2s = m["y2"]
    y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
    if not (y1 < y2 <= y1 + 60):
        return None, None, None
    return dt.date(y1, 1, 1), dt.date(y2, 12, 31), "range"


def _h_decade(m, c: _Ctx) -> Result:
    y = int(m["y"])
    part = (m["p"] or "").lower()
    a, b = y, y + 9
    if part.startswith("early"):
        b = y + 3
    elif part.startswith("mid"):
        a, b = y + 3, y + 6
    elif part.startswith("late"):
        a = y + 6
    return dt.date(a, 1, 1), dt.date(b, 12, 31), "range"


#: the day a fiscal year is told to begin, right after its name (", which begins July 1, 2027")
_FISCAL_BEGINS = re.compile(rf",?\s*(?:which|that)\s+(?:begins|starts|began|started|runs from)\s+(?:on\s+)?"
                            rf"(?P<m>{MON})\.?\s+(?P<d>\d{{1,2}}),?\s+(?P<y>(?:19|20)\d\d)\b")


def _h_fiscal(m, c: _Ctx) -> Result:
    """'fiscal year 2024' (a year); 'Fiscal Year 2027-28', 'FY 2027/28': a state or local fiscal year, most
    of which run from July 1 to June 30."""
    y = int(m["y"])
    if y < 100:
        y += 2000
    y2 = int(m["y2"]) if m["y2"] else None
    if y2 is not None and y2 < 100:
        y2 += y // 100 * 100
    start = c.fiscal_start
    told = _FISCAL_BEGINS.match(m.string, m.end())
    if y2 is None and told:
        # "For fiscal year 2028, which begins July 1, 2027, ...": the year from the day the text gives
        a = _safe(int(told["y"]), _month(told["m"]), _day(told["d"]))
        if a is not None and a.year in (y - 1, y):
            b = (_safe(a.year + 1, a.month, a.day) or dt.date(a.year + 1, a.month, 28)) - dt.timedelta(days=1)
            return a, b, "range"
    if y2 == y + 1:
        return dt.date(y, start, 1), _month_end(dt.date(y2, start - 1, 1)), "range"
    if y2 is None and m.group(0).startswith("FY"):
        # a budget's "FY29", "FY 2028": the fiscal year that ends in June of that year (most states', counties'
        # and cities' year); the spelled-out "fiscal year 2027" of a grant or a ruling stays a year
        return dt.date(y - 1, start, 1), _month_end(dt.date(y, start - 1, 1)), "range"
    return dt.date(y, 1, 1), None, "year"


#: money told to run through September 30, when the federal government's and many counties' fiscal years end
_SEPTEMBER_YEAR_END = re.compile(r"\b(?:fiscal year|FY|budget|funds?|appropriat\w+)\b[^.]{0,160}\b(?:through|until|ending|ends)"
                                 r"\s+September 30\b"
                                 # ("The new budget year begins Oct. 1.")
                                 r"|\b(?:fiscal|budget) year (?:begins|starts)(?: on)? (?:October|Oct\.) 1\b", re.I)


def _h_year(m, c: _Ctx) -> Result:
    return dt.date(int(m["y"]), 1, 1), None, "year"


def _h_simple_rel(m, c: _Ctx) -> Result:
    if c.base is None:
        return None, None, None
    w = " ".join(m.group(0).lower().split())
    b = c.base
    if w in ("today", "tonight") or w.startswith("this "):     # "this morning" is the text's own day
        return b, None, "day"
    if w in ("yesterday", "last night"):
        return b - dt.timedelta(days=1), None, "day"
    if w == "tomorrow":
        return b + dt.timedelta(days=1), None, "day"
    return None, None, None


def _h_this_unit(m, c: _Ctx) -> Result:
    if c.base is None:
        return None, None, None
    which = m["w"].lower()
    unit = m["u"].lower()
    b = c.base
    if which == "past":          # the past week/month/year: the span up to the document date
        start = {"week": b - dt.timedelta(days=7), "weekend": b - dt.timedelta(days=(b.weekday() - 5) % 7),
                 "month": b - dt.timedelta(days=30), "year": b - dt.timedelta(days=365)}[unit]
        return start, b, "range"
    k = {"last": -1, "this past": -1, "this": 0, "next": 1}[which]
    if unit in ("week", "weekend"):
        a, e = _week(b + dt.timedelta(days=7 * k))
        return (a, e, "range") if unit == "week" else (e - dt.timedelta(days=1), e, "range")
    if unit == "month":
        return _add_months(dt.date(b.year, b.month, 1), k), None, "month"
    return dt.date(b.year + k, 1, 1), None, "year"


def _h_earlier_this(m, c: _Ctx) -> Result:
    if c.base is None:
        return None, None, None
    b = c.base
    unit = m["u"].lower()
    start = {"year": dt.date(b.year, 1, 1), "month": dt.date(b.year, b.month, 1), "week": _week(b)[0]}[unit]
    end = {"year": dt.date(b.year, 12, 31), "month": _month_end(b), "week": _week(b)[1]}[unit]
    if m["w"].lower() == "earlier":
        return start, b, "range"
    return b, end, "range"


def _shift(d: dt.date, unit: str, n: int) -> Result:
    if unit == "day":
        return d + dt.timedelta(days=n), None, "day"
    if unit == "week":
        a, e = _week(d + dt.timedelta(days=7 * n))
        return a, e, "range"
    if unit == "month":
        return _add_months(dt.date(d.year, d.month, 1), n), None, "month"
    return dt.date(d.year + n, 1, 1), None, "year"


def _h_ago(m, c: _Ctx) -> Result:
    n = _count(m["n"])
    if c.base is None or n is None:
        return None, None, None
    return _shift(c.base, m["u"].lower().rstrip("s"), -n)


def _h_from_now(m, c: _Ctx) -> Result:
    """"two weeks from today", "30 days from now": counted from the text's day (weeks to the day)."""
    n = _count(m["n"])
    if c.base is None or n is None:
        return None, None, None
    unit = m["u"].lower().rstrip("s")
    if unit == "week":
        return c.base + dt.timedelta(days=7 * n), None, "day"
    return _shift(c.base, unit, n)


_DAY_PARTS = {"morning", "afternoon", "evening", "night"}


def _h_anchor_shift(m, c: _Ctx) -> Result:
    """'the following day', 'the next morning', 'a day later', 'two weeks later', 'the day before'."""
    if c.anchor is None and c.day_anchor is None:
        return None, None, None
    g = m.groupdict()
    unit = (g.get("u") or g.get("u2") or g.get("u3") or "day").lower().rstrip("s")
    if unit in _DAY_PARTS:
        unit = "day"        # "the next morning", "the previous night": a day after or before
    n = _count(g["n"]) if g.get("n") else 1
    if n is None:
        return None, None, None
    if g.get("same"):
        return (c.day_anchor, None, "day") if c.day_anchor is not None else (None, None, None)
    sign = -1 if re.search(r"\b(?:before|earlier|previous|prior)\b", m.group(0), re.I) else 1
    exact = re.search(r"\b(?:later|earlier)\b", m.group(0), re.I)
    if unit == "day" or (unit == "week" and exact and c.day_anchor is not None):
        if c.day_anchor is None:
            return None, None, None
        days = n if unit == "day" else 7 * n                                  # "a week later": a day
        return c.day_anchor + dt.timedelta(days=sign * days), None, "day"
    if unit == "year" and exact and n == 1 and c.day_anchor is not None and c.anchor_precision == "day":
        # "on December 31, 2027, up from eight a year earlier": that day a year before
        d = c.day_anchor
        return _safe(d.year + sign, d.month, d.day) or d.replace(year=d.year + sign, day=28), None, "day"
    anchor = c.anchor
    if unit in ("week", "month") and c.anchor_precision == "year":
        anchor = c.month_anchor         # "the following month" follows no year ("the 2011 law")
    if anchor is None:
        return None, None, None
    return _shift(anchor, unit, sign * n)


#: words of an event phrase that name no event: "after the bill was signed" is found by "bill" and "signed"
_EVENT_STOP = frozenset("""it they he she the its his her their that this our was were had been went out began begun
started ended closed expired finished wrapped over up took""".split())
#: a court's act named by its result: "two days after the ruling" follows the day a judge or court did something
_COURT_ACTS = frozenset(("rul", "decis", "opinion", "order", "judgment", "verdict", "injunction"))
_COURT_WORDS = ("judge", "court", "ruled", "held", "decided", "enjoined", "blocked", "dismissed", "granted", "denied")


#: a bound on an interval a rule sets, not a time the text tells of
_MINIMUM_BEFORE = re.compile(r"\b(?:at least|at most|no (?:fewer|less|more|later) than|not (?:less|more|later) than|up to"
                             r"|within)\s+$", re.I)
#: other words that tell an event: "four days before the vote", after "the Council adopted the policy on February 14"
_EVENT_ALSO = {"vot": ("adopt", "pass", "approv", "reject")}


def _stem(word: str) -> str:
    for suffix in ("ation", "ing", "ion", "ed", "es", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[:-len(suffix)]
    return word


def _h_event_shift(m, c: _Ctx) -> Result:
    """'two days after the vote', 'the day after the bill was signed', 'four days before it began': counted from
    the day of the event the phrase names, the latest date told in a sentence (else paragraph) that names it;
    'after it went out' from the date told last; 'after the operation ended' from the end of its span."""
    n = 1 if m["n"].lower() in ("the", "a", "one") else _count(m["n"])
    if n is None:
        return None, None, None
    unit = m["u"].lower().rstrip("s")
    sign = -1 if m["dir"].lower() == "before" else 1
    words = [w.lower() for w in re.findall(r"[A-Za-z][\w'-]*", m["ev"])]
    keys = {_stem(w) for w in words if w not in _EVENT_STOP and len(w) >= 4}
    court = bool(keys & _COURT_ACTS)
    told = [e for e in c.events if e[3] in ("day", "range")]

    stems = keys | {w for k in keys for w in _EVENT_ALSO.get(k, ())}

    def names(text: str) -> bool:
        # (not a time told from the event: "Before the vote, the Board received a letter dated March 30")
        text = re.sub(r"\b(?:before|after|since|until|ahead of|prior to)\s+(?:the\s+|its\s+|their\s+|this\s+|that\s+)?"
                      r"[\w'-]+", " ", text, flags=re.I)
        toks = re.findall(r"[a-z][\w'-]*", text.lower())
        return any(t.startswith(k) for t in toks for k in stems) or (court and any(t in _COURT_WORDS for t in toks))

    if words and words[0] in ("it", "they"):
        ref = told[0] if told else None
    elif not keys:
        return None, None, None
    else:
        ref = next((e for e in told if names(e[0])), None) or next((e for e in told if names(e[1])), None)
    if ref is None:
        return None, None, None
    day = ref[4] if ref[4] is not None and re.search(r"\b(?:ended|closed|expired|finished|wrapped|was over)\b",
                                                     m["ev"]) else ref[2]
    if unit in ("day", "week"):
        return day + dt.timedelta(days=sign * n * (7 if unit == "week" else 1)), None, "day"
    return _shift(day, unit, sign * n)


def _h_month_anchor(m, c: _Ctx) -> Result:
    """'the previous September', 'the following March': that month before or after the date last told."""
    if m["m2"]:     # "that September", "that same March": the month in the year of the date last told
        ref = c.anchor or c.base
        return (dt.date(ref.year, _month(m["m2"]), 1), None, "month") if ref else (None, None, None)
    mon = _month(m["m"])
    back = bool(re.match(r"(?:previous|prior|preceding)$", m["w"], re.I))
    if c.year_anchor is not None:   # "was first elected in 2024 and took office the following January": 2025's
        return dt.date(c.year_anchor + (-1 if back else 1), mon, 1), None, "month"
    ref = c.month_anchor or c.base
    if ref is None:
        return None, None, None
    if back:
        y = ref.year if mon < ref.month else ref.year - 1
    else:
        y = ref.year if mon > ref.month else ref.year + 1
    return dt.date(y, mon, 1), None, "month"


def _h_that_unit(m, c: _Ctx) -> Result:
    """'that month', 'the same month', 'later that year': the month or the year of the date last told."""
    if m["u"].lower() == "month":
        ref = c.month_anchor
        return (dt.date(ref.year, ref.month, 1), None, "month") if ref else (None, None, None)
    ref = c.anchor
    return (dt.date(ref.year, 1, 1), None, "year") if ref else (None, None, None)


def _h_month_span(m, c: _Ctx) -> Result:
    """'from February through September' with no year: the latest such span up to the document date,
    or the next one in a sentence about the future."""
    if c.base is None:
        return None, None, None
    m1, m2 = _month(m["m1"]), _month(m["m2"])
    b = c.base
    if c.year_ref is not None and m2 < m1 and not c.future and c.year_ref.year == b.year and m2 <= b.month:
        y2 = b.year     # "from November through January", written in February: the winter just past
    elif c.year_ref is not None:
        y2 = c.year_ref.year if m2 >= m1 else c.year_ref.year + 1
    elif c.future:
        y2 = b.year if m2 >= b.month else b.year + 1
    else:
        y2 = b.year if m1 <= b.month else b.year - 1
    y1 = y2 if m1 <= m2 else y2 - 1
    return dt.date(y1, m1, 1), _month_end(dt.date(y2, m2, 1)), "range"


def _h_weekday(m, c: _Ctx) -> Result:
    if c.base is None:
        return None, None, None
    wd = _WEEKDAYS[m["wd"].lower()]
    if m["tw"]:     # "On Thursday of that week": that day in the week of the day told last (weeks begin on Monday)
        if c.day_anchor is None:
            return None, None, None
        return c.day_anchor + dt.timedelta(days=wd - c.day_anchor.weekday()), None, "day"
    which = re.sub(r"\s+", " ", (m["w"] or "").lower())
    if c.deadline_from is not None and not which:
        # "On Thursday, November 4, 2027, two officers ... told her they expected it by Monday": the Monday after
        a = c.deadline_from
        return a + dt.timedelta(days=(wd - a.weekday()) % 7 or 7), None, "day"
    if which in ("the following", "the next"):
        # "The following Monday, the council adopted ...", after "August 12": the first such day after the day
        # told last (or after the text's own date)
        a = c.day_anchor or c.base
        return a + dt.timedelta(days=(wd - a.weekday()) % 7 or 7), None, "day"
    if which in ("the previous", "the preceding"):
        # "the Clark County Commission voted the previous Tuesday", told at a Tuesday hearing: the last such day
        # before the day told last (or before the text's own date)
        a = c.day_anchor or c.base
        return a - dt.timedelta(days=(a.weekday() - wd) % 7 or 7), None, "day"
    b = c.base
    back = (b.weekday() - wd) % 7
    if which == "next" or (which != "last" and c.future and back != 0):
        return b + dt.timedelta(days=(wd - b.weekday()) % 7 or 7), None, "day"
    if which == "last" and back == 0:
        back = 7
    return b - dt.timedelta(days=back), None, "day"


def _h_weekday_span(m, c: _Ctx) -> Result:
    """'between Sunday and Tuesday': the days from the first weekday to the second, the second read as a bare weekday
    is (the last one, or the next one in a text about what is coming)."""
    if c.base is None:
        return None, None, None
    b = c.base
    wd_end = _WEEKDAYS[m["b"].lower()]
    if c.future and (b.weekday() - wd_end) % 7 != 0:
        end = b + dt.timedelta(days=(wd_end - b.weekday()) % 7 or 7)
    else:
        end = b - dt.timedelta(days=(b.weekday() - wd_end) % 7)
    start = end - dt.timedelta(days=(wd_end - _WEEKDAYS[(m["a"] or m["a2"]).lower()]) % 7)
    return start, end, "range"


def _h_quarter(m, c: _Ctx) -> Result:
    """'Q3 2028', 'the third quarter of 2028': the quarter's three months."""
    n = int(m["n"]) if m["n"] else {"first": 1, "second": 2, "third": 3, "fourth": 4}[m["w"].lower()]
    a = dt.date(int(m["y"]), 3 * n - 2, 1)
    return a, _month_end(_add_months(a, 2)), "range"


def _h_season(m, c: _Ctx) -> Result:
    y = int(m["y"])
    s = m["s"].lower()
    start = {"spring": (y, 3), "summer": (y, 6), "fall": (y, 9), "autumn": (y, 9), "winter": (y, 12)}[s]
    a = dt.date(start[0], start[1], 1)
    return a, _month_end(_add_months(a, 2)), "range"


def _h_season_rel(m, c: _Ctx) -> Result:
    """'last fall', 'this summer', 'next spring': the season's three months."""
    if c.base is None:
        return None, None, None
    first = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}[m["s"].lower()]
    b = c.base
    spans = [(dt.date(y, first, 1), _add_months(dt.date(y, first, 1), 3)) for y in (b.year - 2, b.year - 1, b.year, b.year + 1)]
    which = m["w"].lower()
    if which == "last" or which.startswith("this past"):
        start = max(a for a, e in spans if e <= b)           # the latest season already over
    elif which == "next":
        start = min(a for a, e in spans if a > b)
    else:
        start = next((a for a, e in spans if a <= b < e), None) or next(a for a, e in spans if a.year == b.year)
    return start, _month_end(_add_months(start, 2)), "range"


#: holidays on a fixed day, and those on the nth (or last, -1) weekday of a month: (month, day) / (month, weekday, n)
_FIXED_HOLIDAYS = {"new year's day": (1, 1), "new year's eve": (12, 31), "christmas eve": (12, 24),
                   "christmas day": (12, 25), "christmas": (12, 25), "independence day": (7, 4),
                   "fourth of july": (7, 4), "veterans day": (11, 11), "juneteenth": (6, 19), "halloween": (10, 31)}
_WEEKDAY_HOLIDAYS = {"thanksgiving day": (11, 3, 4), "thanksgiving": (11, 3, 4), "labor day": (9, 0, 1),
                     "memorial day": (5, 0, -1), "martin luther king jr. day": (1, 0, 3)}
_HOLIDAY_RE = "|".join(re.escape(h).replace("'", "['\u2019]") for h in sorted(
    [*_FIXED_HOLIDAYS, *_WEEKDAY_HOLIDAYS], key=len, reverse=True))


def _holiday_in(name: str, year: int) -> Optional[dt.date]:
    name = name.lower().replace("\u2019", "'")
    if name in _FIXED_HOLIDAYS:
        mon, day = _FIXED_HOLIDAYS[name]
        return dt.date(year, mon, day)
    mon, wd, n = _WEEKDAY_HOLIDAYS[name]
    if n > 0:
        first = dt.date(year, mon, 1)
        return first + dt.timedelta(days=(wd - first.weekday()) % 7 + 7 * (n - 1))
    last = _month_end(dt.date(year, mon, 1))
    return last - dt.timedelta(days=(last.weekday() - wd) % 7)


def _h_holiday(m, c: _Ctx) -> Result:
    """'on Christmas Eve', 'over Thanksgiving', 'by Labor Day': the holiday of the year told (a year after it
    names one: 'Thanksgiving 2026'), else the latest one up to the document date, or the next one in a sentence
    about the future."""
    name = re.sub(r"\s+", " ", m["h"])
    if m["y"]:
        return _holiday_in(name, int(m["y"])), None, "day"
    if c.base is None:
        return None, None, None
    this = _holiday_in(name, c.base.year)
    if c.future:
        return (this if this >= c.base else _holiday_in(name, c.base.year + 1)), None, "day"
    return (this if this <= c.base else _holiday_in(name, c.base.year - 1)), None, "day"


def _h_month_rel_year(m, c: _Ctx) -> Result:
    """'August of last year', 'March of next year': that month of the year before, of, or after the text's."""
    if c.base is None:
        return None, None, None
    shift = {"last": -1, "this": 0, "next": 1}[m["w"].lower()]
    return dt.date(c.base.year + shift, _month(m["m"]), 1), None, "month"


_PATTERNS: list[tuple[str, re.Pattern, Callable, bool]] = [
    ("holiday", re.compile(rf"\b(?P<h>{_HOLIDAY_RE})\b(?:,?\s+(?P<y>{YEAR}))?", re.I), _h_holiday, True),
    # name, pattern, handler, relative?
    ("month_range", re.compile(
        rf"\b(?:[Ff]rom|[Bb]etween|[Tt]hroughout)\s+(?P<m1>{MON})\s*(?P<d1>{DAY})?(?:,?\s*(?P<y1>{YEAR}))?{DASH}"
        rf"(?P<m2>{MON})\s*(?P<d2>{DAY})?,?\s*(?P<y2>{YEAR})"), _h_month_range, False),
    # a table's quarter: "Jul-Sep 2026", "Oct\u2013Dec 2026" (two months joined by a dash, then a year)
    # ("October through December 2027": a quarter written out)
    ("month_pair", re.compile(rf"\b(?P<m1>{MON})(?P<d1>(?!x)x)?(?P<y1>(?!x)x)?(?:\s*(?:-|\u2013)\s*|\s+through\s+)(?P<m2>{MON})"
                              rf"(?P<d2>(?!x)x)?,?\s+(?P<y2>{YEAR})"), _h_month_range, False),
    ("month_span", re.compile(rf"\b(?:[Ff]rom|[Bb]etween)\s+(?P<m1>{MON}){DASH}(?P<m2>{MON})(?!\s*,?\s*\d)"),
     _h_month_span, True),
    ("between_days", re.compile(rf"\b[Bb]etween\s+(?P<m>{MON})\s+(?P<d1>{DAY})\s+and\s+(?P<d2>{DAY})(?!\s*,?\s*{MON})"
                                rf"(?:,?\s+(?P<y>{YEAR}))?"), _h_day_range, False),
    # a span of days across months: "between December 1, 2026, and April 30, 2027", "October 18 through December 31"
    # ("and" only after "between": "on March 1 and March 8" are two days)
    ("day_span", re.compile(rf"\b(?:(?P<bw>[Bb]etween)\s+|[Ff]rom\s+)?(?:{WDAY},?\s+)?(?P<m1>{MON})\s+(?P<d1>{DAY})(?:,?\s*(?P<y1>{YEAR}))?,?"
                            rf"\s*(?:-|\u2013|\bto\b|\bthrough\b|\buntil\b|(?(bw)\band\b|(?!x)x))\s*"
                            # (a weekday before the last day: "Sunday, April 9, 2028 - Saturday, April 15, 2028")
                            rf"(?:{WDAY},?\s+)?(?P<m2>{MON})\s+(?P<d2>{DAY})(?:,?\s+(?P<y2>{YEAR}))?"), _h_day_span, False),
    # ("February 8 and 9, 2028": two days told as one span)
    ("day_range", re.compile(rf"\b(?P<m>{MON})\s+(?P<d1>{DAY})\s*(?:-|\u2013|to|through|and)\s*(?P<d2>{DAY})"
                             rf"(?:,?\s+(?P<y>{YEAR}))?"), _h_day_range, False),
    ("full", re.compile(rf"\b(?:{WDAY},?\s+)?(?P<m>{MON})\s+(?P<d>{DAY}),?\s+(?P<y>{YEAR})"), _h_full, False),
    # a heading in capitals: "2. PROPOSALS OPENED JULY 28, 2027", "(EFFECTIVE JUNE 1, 2027)"
    ("full_upper", re.compile(rf"\b(?:{WDAY_UP},?\s+)?(?P<m>{MON_UP})\s+(?P<d>{DAY}),?\s+(?P<y>{YEAR})"), _h_full, False),
    ("full_dmy", re.compile(rf"\b(?P<d>{DAY})\s+(?:day\s+of\s+|of\s+)?(?P<m>{MON}),?\s+(?P<y>{YEAR})"), _h_full, False),
    ("iso", re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<mo>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])\b"), _h_iso, False),
    ("numeric", re.compile(r"(?<![\d/])(?P<mo>1[0-2]|0?[1-9])/(?P<d>[12]\d|3[01]|0?[1-9])/(?P<y>(?:19|20)\d\d|\d\d)(?![\d/])"),
     _h_numeric, False),
    # a dashed date, only where its line says it is one (``_h_dashed``): the Federal Register's filing line, "[FR Doc.
    # 2028-20417 Filed 9-14-28; 8:45 am]", or a dated field's, "Hearing Dates: 2-27-28 and 3-12-28", "Date Completed: 3-14-28"
    ("dashed", re.compile(r"(?<![\d-])(?P<mo>1[0-2]|0?[1-9])-(?P<d>[12]\d|3[01]|0?[1-9])-(?P<y>(?:19|20)\d\d|\d\d)"
                          r"(?![\d-])"), _h_dashed, False),
    ("year_range", re.compile(rf"\b(?:(?:[Ff]rom|[Bb]etween)\s+)?(?<![\d/\-])(?P<y1>{YEAR})(?:\s*(?:-|\u2013|\u2014)\s*|\s+(?:to|through|until|and)\s+)"
                              rf"(?P<y2>{YEAR}|\d\d(?!\d))(?![\-/]\d)"), _h_year_range, False),
    # a calendar quarter: "Q3 2028", "the third quarter of 2028", "THIRD QUARTER 2028"
    ("quarter", re.compile(rf"\b(?:Q(?P<n>[1-4])|(?P<w>[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|FIRST|SECOND|THIRD|FOURTH)"
                           rf"\s+(?:[Qq]uarter|QUARTER)(?:\s+of)?),?\s+(?P<y>{YEAR})"), _h_quarter, False),
    ("season", re.compile(rf"\b(?P<s>[Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn|[Ww]inter)\s+(?:of\s+)?(?P<y>{YEAR})"),
     _h_season, False),
    ("season_rel", re.compile(r"\b(?P<w>[Ll]ast|[Tt]his(?:\s+past)?|[Nn]ext)\s+(?P<s>spring|summer|fall|autumn|winter)\b"),
     _h_season_rel, True),
    ("month_year", re.compile(rf"\b(?:(?:early|mid|late)[\s-]+)?(?P<m>{MON}),?\s+(?:of\s+)?(?P<y>{YEAR})"), _h_month_year, False),
    # (a clock time may follow: "Saturday, March 20, 10 a.m.")
    ("day_no_year", re.compile(rf"\b(?:{WDAY},?\s+)?(?P<m>{MON})\s+(?P<d>{DAY})"
                               # (not the start of a full date; a clock time or a count may follow: "on January 19,
                               # 49 days after receipt")
                               r"(?!\s*,?\s*\d(?!\d?(?::\d\d)?\s*(?:a\.?\s?m\b|p\.?\s?m\b|noon))(?!\d{0,2}\s+[a-z]))"),
     _h_day_no_year, False),
    ("decade", re.compile(r"\b(?:the\s+)?(?P<p>early|mid|late)?[\s-]*(?P<y>(?:18|19|20)\d0)['\u2019]?s\b", re.I),
     _h_decade, False),
    ("fiscal", re.compile(r"\b(?:[Ff]iscal [Yy]ear|FISCAL YEAR|FY)\s*(?P<y>(?:19|20)\d\d|\d\d)"
                          r"(?:\s*[-\u2013/]\s*(?P<y2>(?:19|20)\d\d|\d\d))?\b"), _h_fiscal, False),
    ("month_rel_year", re.compile(rf"\b(?P<m>{MON})\s+of\s+(?P<w>[Ll]ast|[Tt]his|[Nn]ext)\s+year\b"), _h_month_rel_year, True),
    ("simple_rel", re.compile(r"\b(?:[Yy]esterday|[Tt]oday|[Tt]onight|[Tt]omorrow|[Tt]his\s+(?:morning|afternoon|evening)"
                              r"|[Ll]ast\s+night)\b"), _h_simple_rel, True),
    ("earlier_this", re.compile(r"\b(?P<w>[Ee]arlier|[Ll]ater)\s+this\s+(?P<u>year|month|week)\b"), _h_earlier_this, True),
    ("this_unit", re.compile(r"\b(?P<w>[Ll]ast|[Tt]his past|[Tt]his|[Nn]ext|[Pp]ast)\s+(?P<u>week|weekend|month|year)\b"),
     _h_this_unit, True),
    ("ago", re.compile(rf"\b(?P<n>{NUM})\s+(?P<u>{UNIT})\s+ago\b", re.I), _h_ago, True),
    ("from_now", re.compile(rf"\b(?P<n>{NUM})\s+(?P<u>{UNIT})\s+from\s+(?:today|now)\b", re.I), _h_from_now, True),
    ("event_shift", re.compile(
        rf"\b(?P<n>{NUM}|the)\s+(?P<u>day|week|month)s?\s+(?P<dir>after|before)\s+(?P<ev>(?:it|they)\s+(?:was\s+|were\s+)?"
        r"[a-z]+(?:\s+(?:out|up|over))?"
        r"|(?:the|its|his|her|their|that|this|our)\s+(?:(?!(?:that|which|who|when|and|or|to|of|in|on|at|for|by|with|was|were"
        r"|had)\b)[\w'-]+\s+){0,2}(?!(?:that|which|who|when|and|or|to|of|in|on|at|for|by|with)\b)[\w'-]+"
        r"(?:\s+(?:was|were)\s+[a-z]+ed|\s+(?:ended|began|started|closed|expired|took effect|went out))?)", re.I),
     _h_event_shift, True),
    ("anchor_shift", re.compile(
        rf"\b(?:(?:(?:the|that)\s+(?:following|previous|prior)|the\s+next)\s+(?P<u>day|week|month|year|morning|afternoon"
        rf"|evening|night)"
        # ("will hear public comment the evening before", after "Wednesday, April 28, 2027")
        rf"|(?:the|a|one)\s+(?P<u2>day|week|month|year|(?<=the\s)(?:morning|evening|night))\s+(?:before|after|earlier|later)(?!\s+(?:the|a|an|his|her|their|its|\w+ing)\b)"
        rf"|(?P<n>{NUM})\s+(?P<u3>{UNIT})\s+(?:later|earlier)"
        # "at 6:40 a.m. the same day", "The same evening, the Chief reissued ...", "said that day"
        rf"|(?P<same>(?:the|that)\s+same|that)\s+(?:day|morning|afternoon|evening|night))\b", re.I), _h_anchor_shift, True),
    ("month_anchor", re.compile(rf"\b(?:[Tt]he|[Tt]hat)\s+(?P<w>previous|prior|preceding|following)\s+(?P<m>{MON})(?!\s*\d)"
                                rf"|(?<!\bsaid )(?<!\bsays )(?<!\bsay )(?<!\bnoted )(?<!\bwrote )\b(?:[Tt]hat)\s+(?P<same>same\s+)?(?P<m2>{MON})(?!\s*\d)"),
     _h_month_anchor, True),
    ("that_unit", re.compile(r"\b(?:(?:[Ll]ater|[Ee]arlier)\s+)?(?:[Tt]hat\s+(?:same\s+)?|[Tt]he\s+same\s+)(?P<u>month|year)\b"
                             r"(?![-\u2013]|\s+(?:of|before|after|in|when|that|as)\b)"), _h_that_unit, True),
    # two weekdays as a span: "between Sunday and Tuesday", "from Monday through Thursday"
    ("weekday_span", re.compile(rf"\b(?:[Bb]etween\s+(?P<a>{WDAY})\s+and|[Ff]rom\s+(?P<a2>{WDAY})\s+(?:to|through|until))"
                                rf"\s+(?P<b>{WDAY})(?![a-z])(?!\s*,?\s*(?:{MON}|\d))"), _h_weekday_span, True),
    ("weekday", re.compile(rf"\b(?:(?P<w>[Tt]he\s+following|[Tt]he\s+next|[Tt]he\s+previous|[Tt]he\s+preceding|[Ll]ast|[Nn]ext"
                           rf"|[Tt]his(?:\s+past)?|[Oo]n)\s+)?"
                           rf"(?P<wd>{WDAY})(?![a-z])"
                           r"(?P<tw>\s+(?:of\s+)?that\s+(?:same\s+)?week|\s+of\s+the\s+same\s+week)?"), _h_weekday, True),
    ("month_only", re.compile(rf"\b(?:(?P<w>[Ll]ast|[Nn]ext|[Tt]his)|in|In|since|Since|until|by|through|during|early|late|mid|"
                              rf"from|before|after|of|since early|in early|in late|in mid)[\s-]+(?P<m>{MON})(?!\s*\d)"),
     _h_month_only, True),
    # a table row's first cell: "January   11   9" (the cleaner has joined the spaces), "| March | 14 | 12 |": a month
    # of the year the table's header or the text told last, not a day
    ("month_row", re.compile(rf"(?m)^[ \t|]*(?P<m>{MON})(?=(?:[ \t|]+[$]?\d[\d,.]*%?){{2,}}[ \t|]*$|[ \t]*\|[ \t]*[$]?\d)"
                             r"(?P<w>(?!))?"),
     _h_month_row, True),
    # a heading that is only a month ("MARCH", "January"), a year in review's part: the month it tells of
    ("month_heading", re.compile(rf"^\s*(?P<m>{MON})\s*$(?P<w>(?!))?"), _h_month_only, True),
    ("month_listed", re.compile(rf"(?:(?<=, )|(?<=and )|(?<=or ))(?P<m>{MON})(?!\s*,?\s*\d)(?P<w>(?!))?"),
     _h_month_only, True),
    ("year_part", re.compile(rf"\b(?:[Ee]arly|[Mm]id|[Ll]ate)[\s-]+(?P<y>{YEAR})(?![\d,]\d)"), _h_year, False),
    ("year", re.compile(rf"(?<![\d,.\-/])(?P<y>{YEAR})(?![\d,]\d|\(|%)"), _h_year, False),
]


_HANDLERS = {name: h for name, _p, h, _r in _PATTERNS}
_RELATIVE = frozenset(name for name, _p, _h, rel in _PATTERNS if rel)


def _span_of(name: str, m) -> tuple[int, int]:
    """The part of a match that is the date expression itself."""
    if name == "month_only":
        if m["w"]:
            return m.start("w"), m.end("m")
        lead = re.match(r"(?:in|since|until|by|through|during|from|before|after|of)\s+", m.group(0), re.I)
        return (m.start() + lead.end(), m.end()) if lead else (m.start(), m.end())
    if name == "month_row":
        return m.start("m"), m.end("m")
    if name == "weekday" and m["w"] and m["w"].lower() == "on":
        return m.start("wd"), m.end("wd")
    return m.start(), m.end()


def _year_blocked(text: str, a: int, b: int) -> bool:
    """A number in a bill name, a section, money, or a count ("2025 people")."""
    return bool(_NOT_YEAR_BEFORE.search(text[max(0, a - 30):a]) or _COUNT_AFTER.match(text[b:b + 30]))


def _year_ok(text: str, m, ents: list[tuple[int, int]]) -> bool:
    before, after = text[max(0, m.start() - 30):m.start()], text[m.end():m.end() + 30]
    if _year_blocked(text, m.start(), m.end()):
        return False
    if re.match(r"-[A-Za-z]", after) and re.search(r"\b[Aa]n?\s+$", before):
        return False    # "a 2000-pound bomb"
    if any(a <= m.start() and m.end() <= b for a, b in ents):
        return True
    if _ENTRY_BEFORE.search(before) and _ENTRY_AFTER.match(after):
        return True     # a timeline entry: "• 2008 — The sheriff signs ...", "2019: The county ..."
    if _YEAR_HEADER_ROW.match(text):
        return True     # a table's header row of years: "| Measure | 2024 | 2025 | 2026 |"
    return bool(_YEAR_BEFORE.search(before) or _YEAR_AFTER.match(after))


#: a table's header row whose cells after the first are all years
_YEAR_HEADER_ROW = re.compile(r"^\s*\|[^|\n]*(?:\|\s*(?:19|20)\d\d\s*){2,}\|?\s*$")


def resolve_relative(text: str, base_date=None, *, anchor=None, anchor_precision: str = "day",
                     future: bool = False) -> tuple[Optional[str], Optional[str], Optional[str]]:
    """Resolve one date expression: ``(date, date_end, precision)`` as ISO strings.

    ``base_date`` (date, datetime or ISO string) is "today" for relative
    expressions; ``anchor`` is the date that "the following day" follows
    (defaults to ``base_date``). Explicit dates need no base. Unresolvable:
    ``(None, None, None)``.
    """
    base = _as_date(base_date)
    anc = _as_date(anchor) if anchor is not None else base
    prec = anchor_precision if anchor is not None else "day"
    ctx = _Ctx(base=base, anchor=anc, anchor_precision=prec, day_anchor=anc if prec == "day" else None,
               future=future)
    s = re.sub(r"\s+", " ", (text or "").strip()).strip(".,;: ")
    s = re.sub(r"^(?:on|in|since|by|from|until|during|as of)\s+(?=\S)", "", s, flags=re.I) if s else s
    r = _resolve_text(s, ctx)
    return _iso(r[0]), _iso(r[1]), r[2]


def _resolve_text(s: str, ctx: _Ctx) -> Result:
    if not s:
        return None, None, None
    for name, pat, h, _rel in _PATTERNS:
        m = pat.fullmatch(s)
        if m is None and name in ("month_only",):
            m = pat.fullmatch("in " + s)
        if m is not None:
            r = h(m, ctx)
            if r[0] is not None:
                return r
    m = re.fullmatch(rf"(?:(?:early|mid|late)[\s-]*)?(?P<y>{YEAR})", s, re.I)
    if m:
        return _h_year(m, ctx)
    return _dateparser(s, ctx)


def _dateparser(s: str, ctx: _Ctx) -> Result:
    """Last resort for explicit expressions the rules missed ("the 4th of July, 2025")."""
    if not re.search(rf"\d|{MON}", s):
        return None, None, None
    if re.fullmatch(rf"[\W\d]*(?:{NUM}\W*)?{UNIT}\W*", s, re.I):
        return None, None, None     # a length of time, not a date: "upon ninety (90) days' written notice"
    if ctx.base is None and not re.search(YEAR, s):
        return None, None, None
    try:
        from dateparser.date import DateDataParser
    except ImportError:  # pragma: no cover
        return None, None, None
    base = ctx.base or dt.date(2000, 1, 1)
    settings = {"PREFER_DAY_OF_MONTH": "first", "RELATIVE_BASE": dt.datetime(base.year, base.month, base.day),
                "PREFER_DATES_FROM": "future" if ctx.future else "past", "STRICT_PARSING": False}
    try:
        data = DateDataParser(languages=["en"], settings=settings).get_date_data(s)
    except Exception:  # dateparser raises on odd input
        return None, None, None
    if data is None or data.date_obj is None:
        return None, None, None
    d = data.date_obj.date()
    period = data.period or "day"
    if period == "month":
        return dt.date(d.year, d.month, 1), None, "month"
    if period == "year":
        return dt.date(d.year, 1, 1), None, "year"
    if period == "week":
        a, e = _week(d)
        return a, e, "range"
    return d, None, "day"


# --------------------------------------------------------------------------- extraction
_REL_WORDS = r"\b(?:[Yy]esterday|[Tt]oday|[Tt]omorrow|[Ll]ast|[Nn]ext|ago|later|earlier|[Tt]his)\b"
_AGE_OR_DURATION = re.compile(r"(?:-year-old|years? old|-month-old|-day-old|\bage\b)", re.I)
_VAGUE = re.compile(r"^(?:the\s+)?(?:recent|past|coming|last|next|few|many|several|some|those|these)?\s*"
                    r"(?:days?|weeks?|months?|years?|decades?|centuries|times?|era|period|recent years)$", re.I)


#: the dash after a date heading a chronology's entry ("Feb. 18 \u2014 The council votes ...")
_ENTRY_DASH = re.compile(r"\s*(?:\u2014|\u2013|--?|:)\s+\S")


#: a heading over days to come: "WHAT'S NEXT", "Coming up", "Upcoming", "Key dates ahead", "What to watch"
_AHEAD_HEADING = re.compile(r"\b(?:next|coming|upcoming|ahead|to watch|calendar|schedule)\b", re.I)
#: a law's start told in the present or infinitive just before a weekday ("to take effect Friday", "takes effect on
#: Monday"; not "took effect Friday")
_TAKE_EFFECT_AHEAD = re.compile(r"\b(?:takes?|taking|go(?:es)?|going)\s+(?:into\s+)?effect\s+(?:on\s+)?$", re.I)
#: a chronology's year heading: a line that is only a year ("2018")
#: (in bold or italic marks too: "**2018**")
_YEAR_LINE = re.compile(r"^\s*(?:\*\*?|__?)?((?:19|20)\d\d)(?:\*\*?|__?)?\s*:?\s*$")
#: an entry under it: a date and a dash at the head of the line ("June —", "Feb. 14 —", "Sept. 9-10:", "**March 3** —")
_ENTRY_DATE = re.compile(rf"^\s*(?:\*\*?|__?)?(?P<d>(?:{MON})\.?(?:\s+\d{{1,2}})?)(?:\s*[-\u2013]\s*\d{{1,2}})?"
                         r"(?:\*\*?|__?)?" + _ENTRY_DASH.pattern)


#: a transcript's line for when the meeting was held ("Held: Tuesday, March 9, 2027, 6:30 p.m."), above a later
#: "Posted:" date: what the speakers call "yesterday" is the day before the meeting
_HELD_LINE = re.compile(r"^[ \t]*(?:held|recorded|taped|date held|date of (?:the )?(?:meeting|hearing|forum))[ \t]*:[ \t]*"
                        r"(?P<v>[^\n]+)$", re.I | re.M)
#: a speaker's label at the head of a transcript's paragraph ("SHERIFF HALE:", "MODERATOR:")
_SPEAKER_LINE = re.compile(r"^[ \t]*[A-Z][A-Z.'\u2019 -]{2,40}:[ \t]+\S", re.M)


def _full_date(text: str) -> Optional[dt.date]:
    """The first full date ("Friday, March 19, 2027") in ``text``, or None."""
    full = next(pat for name, pat, _h, _r in _PATTERNS if name == "full")
    f = full.search(text)
    return _h_full(f, _Ctx())[0] if f else None


def _held_date(text: str) -> tuple[Optional[dt.date], int]:
    """(the date a transcript's meeting was held, where its header line ends), or (None, 0)."""
    m = _HELD_LINE.search(text, 0, 1500)
    if m is None or len(_SPEAKER_LINE.findall(text)) < 2:
        return None, 0
    return _full_date(m["v"]), m.end()


#: the date line of one entry in a text of stacked, separately dated entries ("UPDATE 2 | February 19, 2027",
#: "Posted: March 3, 2027"): what the entry calls "on Tuesday" counts from it
_ENTRY_DATELINE = re.compile(r"^[ \t]*(?:update|updated|posted|entry|dispatch)[ \t]*(?:no\.[ \t]*)?\d{0,3}[ \t]*"
                             r"[|:\u2014\u2013-][ \t]*(?P<v>[^\n]{6,40})$", re.I | re.M)


#: a social-media post's time stamp above its text ("March 1, 2028 at 9:12 AM · Edited"): the post's "Today" is that
#: day (in the post's own paragraph; the story around the posts keeps its own date)
_POST_STAMP = re.compile(r"^[ \t]*(?P<v>[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},[ \t]*\d{4})[ \t]+at[ \t]+\d{1,2}:\d{2}[ \t]*"
                         r"[AaPp]\.?[Mm]\.?(?:[ \t]*[\u00b7\u2022|][^\n]{0,20})?[ \t]*$", re.M)


#: a docket report's entry: its date, its number, its text ("03/02/2028   26    NOTICE by City of Ithaca ...")
_DOCKET_ENTRY = re.compile(r"^[ \t]*(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4})[ \t]+\d{1,4}[ \t]+[A-Z]")


#: a sentence that is only a full day, opening a timeline's entry ("March 2, 2028.", "Jan. 6, 2028 -")
_LEAD_DAY = re.compile(r"(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},[ \t]*\d{4})[ \t]*[.:\u2014\u2013-]?")


def _goes_on(text: str, sent) -> bool:
    """The line of ``sent`` goes on after it ("March 2, 2028. The Senate passed ..."; not a letter's date line)."""
    end = text.find("\n", sent.end)
    return bool(re.search(r"[A-Za-z]", text[sent.end:end if end >= 0 else len(text)]))


def _entry_date(text: str, ref: Optional[dt.date] = None) -> Optional[dt.date]:
    """The full date of an entry's date line at the start of ``text`` (see ``_ENTRY_DATELINE``), or of a day's heading
    line ("THURSDAY, MARCH 18, 2027" above a journal's day; "Tuesday, March 14" above a timeline's hours, in the
    year of ``ref``, the text's date), or None."""
    m = _ENTRY_DATELINE.match(text)
    docket = _DOCKET_ENTRY.match(text)
    if m is None and docket is not None:
        # a docket entry: "02/24/2028   25    NOTICE by City of Ithaca attaching a DHS statement issued on Wednesday"
        return _safe(int(docket["y"]), int(docket["m"]), int(docket["d"]))
    if m is None:
        first = text.strip().split("\n")[0]
        if _DAY_HEADING.match(first):
            return _full_date(first) or _full_date(first.title())
        short = _DAY_HEADING_NO_YEAR.match(first)
        if short and ref is not None:
            d = _safe(ref.year, _month(short["m"]), _day(short["d"]))
            if d is not None and d > ref:
                d = _safe(ref.year - 1, d.month, d.day)
            if d is not None and d.strftime("%A").lower() == short["w"].lower():
                return d    # (the weekday must fit: a heading, not a stray line)
        return None
    return _full_date(m["v"])


#: a line that is only a weekday and a day, no year: a timeline's day heading ("Tuesday, March 14")
_DAY_HEADING_NO_YEAR = re.compile(rf"^(?P<w>monday|tuesday|wednesday|thursday|friday|saturday|sunday),?[ \t]+"
                                  rf"(?P<m>{MON})\.?[ \t]+(?P<d>\d{{1,2}})[ \t]*:?$", re.I)
#: a line that is only a weekday and a full date: a journal's or log's day heading ("THURSDAY, MARCH 18, 2027")
_DAY_HEADING = re.compile(r"^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?[ \t]+[a-z]{3,9}\.?[ \t]+"
                          r"\d{1,2},?[ \t]+\d{4}\.?$", re.I)


#: a line that introduces a text attached below another ("ATTACHED TO THE PUBLIC FILE: Three Rivers Courier, April 15,
#: 2026", "Appended: news clipping, ...", "Reprinted from the Ledger, May 2, 2027")
_ATTACHED_LINE = re.compile(r"^[ \t]*(?:attached|appended|attachment|enclosure|enclosed|reprinted|clipping|news clipping)\b",
                            re.I)


#: the header of one attachment of a packet: "ATTACHMENT C", "Attachment 2", "EXHIBIT B" on a line of its own
_ATTACHMENT_HEADER = re.compile(r"^[ \t]*(?:ATTACHMENT|Attachment|EXHIBIT|Exhibit|ENCLOSURE|Enclosure)[ \t]+[A-Z0-9]{1,2}[ \t]*$")
#: ... or with its title after a colon: "ATTACHMENT A: STAFF MEMORANDUM", "Exhibit B: Letter from ICE"
_ATTACHMENT_TITLE = re.compile(r"^[ \t]*(?:ATTACHMENT|Attachment|EXHIBIT|Exhibit|ENCLOSURE|Enclosure)[ \t]+[A-Z0-9]{1,2}"
                               r"[ \t]*(?::[^\n]*)?$")


#: a letter's dateline, a full date alone on its line ("March 2, 2028"), and the salutation below it
_LETTER_DATE = re.compile(rf"^[ \t]*(?:(?:{WDAY}),?[ \t]+)?(?:{MON})\.?[ \t]+\d{{1,2}},?[ \t]+\d{{4}}[ \t]*$")
#: a letter brought into a record by the line above it: "receipt of a letter dated March 17, 2027, from ..."
_DATED_INTRO = re.compile(rf"\b(?:letter|memorandum|memo|message|statement|e-?mail|note)\s+dated\s+"
                          rf"(?P<d>(?:{MON})\.?\s+\d{{1,2}},?\s+\d{{4}})", re.I)
_CLOSING = re.compile(r"^[ \t]*(?:/s/.*|Sincerely|Respectfully(?: submitted)?|Regards|Best regards|Yours truly|Very truly yours|"
                      r"Cordially|With respect)[ \t]*,?[ \t]*$", re.I)
# (or a letter to a body: "To the Southwest Missouri Sheriffs' Council:", "To the Members of the Board:")
_SALUTATION = re.compile(r"^[ \t]*(?:Dear[ \t]+[A-Z][^\n]{1,80}[:,]|To[ \t]+the[ \t]+[A-Z][^\n]{1,80}:)[ \t]*$")


#: a part's own date field: "Dated: September 8, 2028", "Date: Monday, March 6, 2028"
_DATED_FIELD = re.compile(rf"^[ \t]*(?:Dated|Date(?:[ \t]+of[ \t]+[A-Za-z]{{4,16}})?)[ \t]*:[ \t]*(?:(?:{WDAY}),?[ \t]+)?(?:{MON})\.?[ \t]+\d{{1,2}},?[ \t]+\d{{4}}"
                          rf"\.?[ \t]*$", re.I)


#: an e-mail's "Sent:" field below its "From:" line ("Sent: Tuesday, January 18, 2028 8:42 AM")
_EMAIL_SENT = re.compile(rf"^[ \t]*(?:Sent|Date)[ \t]*:[ \t]*(?:(?:{WDAY}),?[ \t]+)?(?:{MON})\.?[ \t]+\d{{1,2}},?[ \t]+\d{{4}}"
                         rf",?(?:[ \t]+(?:at[ \t]+)?\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:[ \t]*[AaPp]\.?[Mm]\.?)?)?[ \t]*$")
_EMAIL_FROM = re.compile(r"^[ \t]*From[ \t]*:[ \t]*\S")


def _capital_heading_above(lines: list[str], k: int) -> bool:
    """The nearest line above line ``k`` (past blank lines) is a short heading in capitals with no closing stop."""
    above = next((lines[j].strip() for j in range(k - 1, max(-1, k - 3), -1) if lines[j].strip()), "")
    letters = [ch for ch in above if ch.isalpha()]
    return 8 <= len(letters) and len(above.split()) <= 12 and not above.endswith((".", ":", ";", ",")) \
        and sum(ch.isupper() for ch in letters) >= 0.8 * len(letters)


#: a memo's header field: "TO: Members of the Board", "From: the Director"
_MEMO_FIELD = re.compile(r"^[ \t]*(?:TO|FROM|CC|RE|SUBJECT|ATTN)[ \t]*:", re.I)


def _above_fields(lines: list[str], k: int) -> int:
    """The line where the memo fields just above line ``k`` begin (up to four: "To:", "From:"), else ``k``."""
    j = k
    while j > 0 and k - j < 4 and _MEMO_FIELD.match(lines[j - 1]):
        j -= 1
    return j


def _office_line_between(lines: list[str], k: int) -> bool:
    """One short line without a stop stands between line ``k`` and a capitals heading above it ("CERTIFICATE OF
    SUFFICIENCY" above "Office of the Secretary of State" above "Date of certification: August 25, 2028")."""
    j = k - 1
    if j < 1 or not lines[j].strip():
        return False
    above = lines[j].strip()
    return len(above.split()) <= 8 and not above.endswith((".", ":", ";", ",")) and _capital_heading_above(lines, j)


#: a part's own date in a field line: "Date: April 2, 2027", "Date adopted: March 16, 2027", "Adopted: ..."
_PART_DAY_FIELD = re.compile(rf"^[ \t]*(?:Dated|Date(?:[ \t]+(?:of[ \t]+)?(?:adopt\w*|approv\w*|pass\w*|sign\w*|issu\w*"
                             rf"|enact\w*|[A-Za-z]{{4,16}}))?|Adopted|Approved|Passed|Signed|Issued|Enacted)[ \t]*:[ \t]*"
                             rf"(?:(?:{WDAY}),?[ \t]+)?(?:{MON})\.?[ \t]+\d{{1,2}},?[ \t]+\d{{4}}\.?[ \t]*$", re.I)


def _part_days(text: str) -> list[tuple[int, int, dt.date]]:
    """(start, end, date) of each part of a compiled text, between separator lines, that carries one date of its own
    in a field line ("Date: April 2, 2027" below an executive order's title, "Date adopted: March 16, 2027" below a
    resolution). The first part, the text's own header, is not one."""
    lines = text.split("\n")
    offsets = [0]
    for ln in lines:
        offsets.append(offsets[-1] + len(ln) + 1)
    cuts = [k for k, ln in enumerate(lines) if SEPARATOR_LINE.match(ln)]
    out = []
    for a, b in zip(cuts, cuts[1:] + [len(lines)]):
        days = {d for d in (_full_date(ln) for ln in lines[a + 1:b] if _PART_DAY_FIELD.match(ln)) if d is not None}
        if len(days) == 1:
            out.append((offsets[a + 1], offsets[b], days.pop()))
    return out


def _appended_datelines(text: str) -> list[tuple[int, Optional[dt.date], Union[bool, int]]]:
    """(where each appended text begins, its date): a short dated line just below a separator ("---" then "NEWS BRIEF
    | Capitol Wire Service | September 17, 2027"; up to three short lines may come first: "ST. PETER CLAVER PARISH"
    above "BULLETIN INSERT, PALM SUNDAY, MARCH 21, 2027", or a wire's name, a headline and a byline above "CARSON
    CITY — Wednesday, May 26, 2027"). A second text appended to the first counts its "On
    Thursday" from its own date. The flag is True below an attachment's own header ("ATTACHMENT C" above a memo's
    "Date: February 3, 2028"): a packet's attachment keeps its date even when older than the packet."""
    out: list[tuple[int, dt.date, bool]] = []
    lines = text.split("\n")
    offsets = [0]
    for ln in lines:
        offsets.append(offsets[-1] + len(ln) + 1)
    # (a chain of two or more messages; one e-mail a story reproduces is read as the story's)
    def sent_line(k: int) -> bool:
        return bool(_EMAIL_SENT.match(lines[k])) and any(_EMAIL_FROM.match(x) for x in lines[max(0, k - 3):k])

    chain = sum(1 for k in range(len(lines)) if sent_line(k)) >= 2
    for k, ln in enumerate(lines):
        intro = _DATED_INTRO.search(ln) if k >= 5 and ln.rstrip().endswith(":") else None
        if k >= 5 and (_LETTER_DATE.match(ln) or intro) and any(
                _SALUTATION.match(x) for x in lines[k + 1:k + (4 if intro else 14)]):
            # (or the date told in the line that brings the letter in: "announced receipt of a letter dated March
            # 17, 2027, from Mayor X, which was ordered printed in the Journal:" above "Dear President ...:")
            d = _full_date(intro.group("d")) if intro else _full_date(ln)
            if d is not None:
                # a letter reproduced in full below the text's own header, its date alone on its line above "Dear
                # Senator X:": its "On Tuesday" and "last month" count from the letter's date, an older one too,
                # up to the next separator or dated line, where the text's own time comes back (a news wrap)
                out.append((offsets[k], d, True))
                # (or at the first paragraph of prose below its closing: a story that quotes a letter goes on)
                closing = next((j for j in range(k + 1, len(lines)) if _CLOSING.match(lines[j])), None)
                end = next((j for j in range(k + 1, len(lines)) if SEPARATOR_LINE.match(lines[j]) or (
                    _LETTER_DATE.match(lines[j]) and _full_date(lines[j]) != d) or (
                    closing is not None and j > closing and len(lines[j].split()) >= 12)), None)
                if end is not None and not any(_SALUTATION.match(x) for x in lines[end + 1:end + 14]):
                    out.append((offsets[end], None, offsets[k]))     # (where the letter it ends began)
                continue
        if k >= 5 and _NOTE_HEADING.match(ln):
            d = _full_date(ln)
            if d is not None:
                # a dated note set into a page ("UPDATE NOTE (March 16, 2028)"): its "On Tuesday" counts from the note
                out.append((offsets[k], d, True))
                continue
        if k >= 5 and len(ln.split()) <= 16 and _MASTHEAD_LINE.match(ln) \
                and not any("|" in x for x in lines[k - 1:k] + lines[k + 1:k + 2]):    # (not a table's row)
            d = _full_date(ln.rsplit("|", 1)[1])
            if d is not None:
                # a paper's masthead line set below other records ("THE MORNING X | Local Briefs | Monday, April 12,
                # 2027" after a chain of e-mails): the story below counts its "on Friday" from the paper's date
                out.append((offsets[k], d, True))
                continue
        if k >= 5 and len(ln.split()) <= 16 and (_POSTED_LINE.match(ln) or _POST_HEADER.search(ln)):
            d = _full_date(ln)
            if d is not None:
                # one post of a compiled record of posts ("A-2. Posted January 13, 2028"): its "On Tuesday" counts
                # from its posting, up to the next post's line
                out.append((offsets[k], d, True))
                continue
        filed = _FILED_LINE.search(ln) if k >= 5 else None
        if filed and (ln.strip() == filed.group() or (
                ln.strip().endswith(filed.group()) and ln[:filed.start()].strip().isupper()
                and filed.group()[1:].lower().startswith("filed"))):
            # (or a capitals heading closing with a filing: "REBUTTAL TO ARGUMENT IN FAVOR OF MEASURE K (filed August
            # 10, 2028)"; not "RESPONSE OF THE SHERIFF (dated October 6, 2027)", whose part ends unmarked)
            d = _full_date(filed.group()[1:-1])
            if d is not None:
                # a voter guide's argument or rebuttal under its own "(Filed August 25, 2028)" line: its "On Monday"
                # counts from its filing, up to the next part's line
                out.append((offsets[k], d, True))
                continue
        if chain and sent_line(k):
            d = _full_date(ln)
            if d is not None:
                # one message of a printed e-mail chain ("From: ..." above "Sent: Tuesday, January 18, 2028 8:42
                # AM"): its "on Thursday" and "tomorrow" count from when it was sent, up to the next message's header
                # (the last message runs to the end of the text)
                out.append((offsets[k], d, True))
                continue
        fields = k >= 5 and bool(_DATED_FIELD.match(ln)) and not _capital_heading_above(lines, k) \
            and _above_fields(lines, k) < k and _capital_heading_above(lines, _above_fields(lines, k))
        if k >= 5 and (_DATED_FIELD.match(ln) or _LETTER_DATE.match(ln)) \
                and (_capital_heading_above(lines, k) or _office_line_between(lines, k) or fields):
            # (or a memo's fields: "BACKGROUND MEMO" above "To:", "From:" and "Date: January 5, 2028", up to the next
            # separator too, where a story printed below the memo goes on in its own time)
            d = _full_date(ln)
            if d is not None:
                # a part of a record with its own heading and date ("RESPONSE OF THE BOARD OF SUPERVISORS" above
                # "Dated: September 8, 2028"): its "On Tuesday" and "last month" count from that date, up to the next
                # such heading ("PART B. CLERK'S RECORD OF COUNCIL ACTION"), where the text's own time comes back
                # (or its date alone on its line: "OFFICE OF THE ATTORNEY GENERAL" over "STATE OF X" over "Thursday,
                # October 14, 2027", a release printed after two others)
                out.append((offsets[k], d, True))
                # (a numbered section of the part, "2. STATEMENTS ENTERED INTO THE RECORD", goes on in its time)
                end = next((j for j in range(k + 2, len(lines)) if lines[j].strip() and _capital_heading_above(
                    lines, j + 1) and not _DATED_FIELD.match(lines[j + 1] if j + 1 < len(lines) else "")
                    and not _LETTER_DATE.match(lines[j + 1] if j + 1 < len(lines) else "")
                    and not re.match(r"\s*\d{1,2}\.\s", lines[j])), None)
                if fields:
                    end = next((j for j in range(k + 1, end or len(lines)) if SEPARATOR_LINE.match(lines[j])), end)
                if end is not None:
                    out.append((offsets[end], None, offsets[k]))
                continue
        attached = k >= 10 and len(ln.split()) <= 16 and bool(_ATTACHED_LINE.match(ln))
        if attached:
            d = _full_date(ln)
            if d is not None:   # "ATTACHED TO THE PUBLIC FILE: Three Rivers Courier, April 15, 2026"
                out.append((offsets[k], d, False))
                continue
        # ("ATTACHMENT: NEWS BRIEF" with "Valley Wire Service, October 14, 2027" on the line below it: a separator)
        if not SEPARATOR_LINE.match(ln) and not attached:
            continue
        seen = 0
        for m in range(k + 1, min(len(lines), k + 8)):
            if not lines[m].strip():
                continue
            if len(lines[m].split()) > 14 or seen > 3:
                break       # (a masthead, a headline and a byline may come before the dated line)
            if _MEMO_FIELD.match(lines[m]) and not _full_date(lines[m]):
                continue    # (a memo's "TO:" and "FROM:" fields above its "DATE:" line count as none)
            # (a masthead's date may be in capitals: "PALM SUNDAY, MARCH 21, 2027")
            d = _full_date(lines[m]) or _full_date(lines[m].title())
            if d is not None:
                # (an attachment's header may be the first line below the separator, with its title:
                # "ATTACHMENT A: STAFF MEMORANDUM" over "TO:", "FROM:" and "DATE: October 7, 2027")
                # (or a part under its own capitals heading: "RESPONSE OF THE SHERIFF" over the office's name and
                # "February 9, 2028", a response printed after a report)
                out.append((offsets[m], d, bool(_ATTACHMENT_HEADER.match(ln)) or any(
                    _ATTACHMENT_TITLE.match(x) or _PART_HEADING.match(x) for x in lines[k + 1:m])))
                break
            seen += 1
    def rank(row) -> int:   # a text's own date over a date found below a separator, and either over an end
        return 0 if row[1] is None else (2 if row[2] is True else 1)

    firsts = {}
    for row in out:         # (a letter's date line is also the first dated line below a separator: read once)
        if row[0] not in firsts or rank(row) > rank(firsts[row[0]]):
            firsts[row[0]] = row
    return sorted(firsts.values(), key=lambda x: x[0])


#: a part's own heading in capitals: "RESPONSE OF THE SHERIFF", "STATEMENT OF THE COUNTY EXECUTIVE"
_PART_HEADING = re.compile(r"^[ \t]*(?:RESPONSE|REPLY|STATEMENT|LETTER|COMMENTS?|REBUTTAL|MEMORANDUM|ANSWER)\b[A-Z ,.'\u2019&-]{0,70}$")


def _own_line(text: str, sent) -> bool:
    """The sentence is a whole line of the text."""
    a = text.rfind("\n", 0, sent.start) + 1
    b = text.find("\n", sent.end)
    b = len(text) if b < 0 else b
    return not text[a:sent.start].strip() and not text[sent.end:b].strip()


#: a note a record's keeper appends to it: "CLERK'S NOTE:", "[Secretary's note:", "Editor's note:", "NOTE:"
_NOTE_OPENING = re.compile(r"^\W*(?:[A-Za-z]+(?:'s|\u2019s|S'S|'S)?\s+){0,2}notes?\s*:", re.I)


#: a dated note's heading: "UPDATE NOTE (March 16, 2028)", "Update, March 16, 2028:", "ADDENDUM (May 2, 2028)"
_NOTE_HEADING = re.compile(rf"^[ \t]*(?:UPDATE(?:D)?(?:[ \t]+NOTE)?|ADDENDUM|POSTSCRIPT|Update(?:d)?(?:[ \t]+note)?|Addendum)"
                           rf"[ \t]*[(,:\u2014-]?[ \t]*(?:(?:{WDAY}),?[ \t]+)?(?:{MON})\.?[ \t]+\d{{1,2}},?[ \t]+\d{{4}}[ \t]*\)?[ \t]*(?::.*)?$")
#: (its text may run in after the colon: "UPDATE, February 11, 2027: On Wednesday night, the council voted ...")
#: a masthead line of two or more fields between pipes, its date last: "THE X | Local Briefs | Monday, April 12, 2027"
_MASTHEAD_LINE = re.compile(rf"^[ \t]*[^|\n]{{2,60}}(?:\|[^|\n]{{2,60}})+\|[ \t]*(?:(?:{WDAY}),?[ \t]+)?(?:{MON})\.?[ \t]+"
                            rf"\d{{1,2}},?[ \t]+\d{{4}}[ \t]*$")
#: a post's own line in a record of posts: "A-1. Posted January 6, 2028, by Sheriff X", "Posted February 1, 2028"
_POSTED_LINE = re.compile(r"^[ \t]*(?:[A-Z]{0,2}-?\d{1,3}[.)][ \t]+)?(?:Posted|Published|Shared|Tweeted)(?:[ \t]+on)?[ \t]+"
                          r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+)?[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},?[ \t]+\d{4}\b")
#: a social-media post's header line: "Canyon County Sheriff @CanyonCoSheriff \u00b7 Sep 7, 2027 \u00b7 9:14 AM"
#: (or between pipes: "[1] @GrandRapidsPD | March 1, 2028 | 6:47 a.m.", a records office's transcript of posts)
_POST_HEADER = re.compile(r"@\w+\b[^\n]{0,60}?(?:\u00b7|\|)[ \t]*[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},?[ \t]+\d{4}\b")
#: a part's own filing line in parentheses: "(Filed August 25, 2028)", "(Submitted March 3, 2028)"
_FILED_LINE = re.compile(r"\((?:filed|submitted|received|dated)\b[^()\n]{3,40}\)", re.I)


_CALENDAR_UP = re.compile(rf"\b(?:{WDAY_UP}|{MON_UP})")


def _cased_calendar_words(text: str) -> str:
    """``text`` with its month and weekday names in capitals capitalized instead ("MONDAY, SEPT. 13" -> "Monday,
    Sept. 13"), the same length, so that offsets stay those of ``text``."""
    return _CALENDAR_UP.sub(lambda m: m.group(0).capitalize(), text)


def _heading_line(text: str, sent) -> bool:
    """The sentence sits on a heading line: marked so by the segmenter, or a line with no closing stop whose
    letters are mostly capitals ("IV. CITY RESOLUTION NO. 2027-58 (adopted April 13, 2027, excerpt)")."""
    if sent.is_heading:
        return True
    a = text.rfind("\n", 0, sent.start) + 1
    b = text.find("\n", sent.end)
    line = text[a:len(text) if b < 0 else b].strip()
    letters = [ch for ch in line if ch.isalpha()]
    return bool(line) and len(line.split()) <= 20 and not line.endswith((".", "!", "?", ":", ";", ",")) \
        and len(letters) >= 8 and sum(ch.isupper() for ch in letters) >= 0.6 * len(letters)


def extract_dates(pdoc: ParsedDocument, bases: Optional[dict] = None) -> list[dict]:
    """Every date expression of the document, in reading order (see module doc). ``bases``, when given, is
    filled with the date in force at each sentence (sentence_id -> date): the document's, or the date of the
    part the sentence is in (a letter reproduced with its own date, a meeting's record, a dated entry)."""
    base = doc_base = _as_date(pdoc.date)
    appended = _appended_datelines(pdoc.text or "")
    parts = _part_days(pdoc.text or "") if bases is not None else []
    held, held_end = _held_date(pdoc.text or "")
    if held is not None and base is not None and held > base:
        held = None     # (a meeting is held before its transcript is posted)
    rows: list[dict] = []
    # (a budget whose year runs "through September 30" has fiscal years that begin in October)
    fiscal_start = 10 if _SEPTEMBER_YEAR_END.search(pdoc.text or "") and not re.search(r"\bJune 30\b", pdoc.text or "") else 7
    history: list[tuple] = []   # (paragraph, date, precision, relative, pattern name, ...) resolved
    paragraphs: dict[int, str] = {}     # the text of each paragraph read so far
    heading_year = None         # a chronology's year heading in force ("2018" on a line of its own)
    entry_paragraph = None      # the paragraph of an entry under it ("June — The department holds back ...")
    last_heading = ""           # the latest heading line ("WHAT'S NEXT" dates the entries below it ahead)
    before_letter = base        # the date in force above the letters reproduced last (their end goes back to it)
    letter_open, last_at = False, None
    section_day = None          # the day a section's heading told ("IV. RESOLUTION NO. 58 (adopted April 13, 2027)")
    last_section_day = None     # ... and the last such day, past the headings below it
    heading_sids: set = set()   # the sentences read so far that are headings
    heading_days: list = []     # the days headings gave, in reading order
    entry_day = None            # (paragraph, day) of the last numbered entry that opened with its day
    entry_paras: list = []      # the paragraphs that begin with a numbered entry, in reading order
    day_paragraph = None        # (paragraph, its day) of a timeline's entry opened by its day
    post = None                 # (paragraph, the date in force before it) of a social-media post under its time stamp
    before_days = None          # the date in force above a timeline's day headings ("Tuesday, March 14")
    for sent in pdoc.sentences:
        text = sent.text
        heading_line = _heading_line(pdoc.text or "", sent)
        if heading_line:
            section_day = None
        if sent.is_heading or (len(text.split()) <= 5 and not text.rstrip().endswith((".", "!", "?", ","))
                               and _own_line(pdoc.text or "", sent)):
            last_heading = text     # (also a short line of its own the segmenter left unmarked: "What's next")
        if held is not None and sent.start >= held_end:
            base = held     # the speakers' "yesterday" and "last Thursday" count from the meeting
        entry = _entry_date(text, doc_base)
        if entry is not None and (doc_base is None or entry <= doc_base):
            if _DAY_HEADING_NO_YEAR.match(text.strip().split("\n")[0]) and before_days is None:
                before_days = base      # (a timeline's day headings hold until its section ends)
            base = entry    # "UPDATE 2 | February 19, 2027": the entry's "on Tuesday" is that week's
        elif before_days is not None and (heading_line or sent.is_heading):
            base, before_days = before_days, None   # "3. COORDINATION" after the timeline's days
        if day_paragraph is not None and sent.paragraph != day_paragraph[0]:
            day_paragraph = None    # (the entry ends with its paragraph)
        if post is not None and sent.paragraph > post[0]:
            base, post = post[1], None      # (a post ends with its paragraph: the text around it has its own date)
        if sent.paragraph not in paragraphs and _LEAD_DAY.fullmatch(text.strip()) and _goes_on(pdoc.text or "", sent):
            day = _full_date(text)
            if day is not None and (doc_base is None or day <= doc_base):
                # a timeline's entry opened by its day ("March 2, 2028. The Senate passed the amended bill 27-10."):
                # the day in force in its paragraph, for what it tells without a date (a day with no year in it,
                # "the session ended on April 15", is still read from the document's date)
                day_paragraph = (sent.paragraph, day)
        stamp = _POST_STAMP.match(text.strip().split("\n")[0])
        if stamp is not None:
            day = _full_date(stamp["v"])
            if day is not None and (doc_base is None or day <= doc_base):
                # the post's text, on the line below its time stamp, counts from its day
                post = (sent.paragraph + 1, post[1] if post is not None else base)
                base = day
        while appended and sent.start >= appended[0][0]:
            _at, later, own_header = appended.pop(0)
            if later is None:
                if own_header == last_at:   # the end of a letter reproduced in the text (unless a text came after it)
                    base, letter_open = before_letter, False
                continue
            if not letter_open:
                before_letter = base
            letter_open, last_at = letter_open or own_header, _at
            if doc_base is not None and (later > doc_base or own_header):
                base = later    # a news brief or bulletin appended below a "---" line, later than the text: its own
                #                 date (an earlier one is a letter or post the text quotes, or a court's earlier step)
        if bases is not None:
            part = next((d for x, y, d in parts if x <= sent.start < y), None) if base == doc_base else None
            # (a part of a compiled record dated before the record: an order or resolution reproduced in it)
            bases[sent.sentence_id] = part if part is not None and doc_base is not None and part < doc_base else (
                day_paragraph[1] if day_paragraph is not None and base == doc_base else base)
        if sent.is_heading or _YEAR_LINE.match(text):
            y = _YEAR_LINE.match(text)
            heading_year = int(y.group(1)) if y else None
        if heading_year is not None and _ENTRY_DATE.match(text):
            entry_paragraph = sent.paragraph
            ed = re.match(rf"(?P<m>{MON})\.?\s+(?P<d>\d{{1,2}})$", _ENTRY_DATE.match(text)["d"])
            day = _safe(heading_year, _month(ed["m"]), _day(ed["d"])) if ed else None
            if day is not None and (doc_base is None or day <= doc_base) and sent.paragraph not in paragraphs:
                # "2026" above "**March 3** — The council votes ... Its main section bars ...": the entry's day
                # for what its paragraph tells without a date
                day_paragraph = (sent.paragraph, day)
        in_entry = heading_year is not None and entry_paragraph == sent.paragraph
        if sent.paragraph not in paragraphs and _NUMBERED_ENTRY.match(text):
            entry_paras.append(sent.paragraph)
        paragraphs[sent.paragraph] = paragraphs.get(sent.paragraph, "") + " " + text
        if sent.is_heading:
            heading_sids.add(sent.sentence_id)
        ents: list[tuple[int, int]] = []
        if sent.doc is not None:
            ents = [(e.start_char, e.end_char) for e in sent.doc.ents if e.label_ == "DATE"]
        cands: list[tuple[int, int, str, object]] = []
        # (a heading in capitals is read with its calendar words capitalized: "MONDAY, SEPT. 13", "JANUARY")
        capitals = heading_line or sent.is_heading or text.strip().isupper()
        ptext = _cased_calendar_words(text) if capitals else text
        for name, pat, _h, _rel in _PATTERNS:
            if name == "month_heading" and not capitals:
                continue
            for m in pat.finditer(ptext):
                if name == "year" and not _year_ok(text, m, ents) and not _YEAR_LINE.match(text):
                    continue      # (a chronology's year heading, "2022" alone on its line, is a date)
                if name == "holiday" and not re.search(r"\b(?:day|eve|of july)$", m["h"], re.I) and not (
                        m["y"] or re.search(r"\b(?:on|over|before|after|since|until|till|by|at|through|during|"
                                            r"around|last|this|next)\s+$", text[max(0, m.start() - 8):m.start()], re.I)):
                    continue      # "a Christmas tree", "Thanksgiving dinner": a holiday named, no date told
                if name == "month_row" and _row_year(history, [h for h in reversed(history) if sent.paragraph - h[0] <= 2],
                                                     sent.paragraph, m) is None:
                    continue      # (a table with no year of its own near it: its months are read as before)
                if name == "month_listed" and not _LISTED_AFTER.search(text[:m.start()]):
                    continue      # "in February, March and May": a month listed after one a preposition dates
                if name == "month_only" and m["m"] == "May" and not m["w"] and \
                        not re.match(r"(?:in|since|until|by|through|during)\b", m.group(0), re.I) \
                        and not (m.start() == 0 and _ENTRY_DATE.match(text)):
                    continue      # ("May — The sheriff extends ...": a chronology's entry)
                if name not in _RELATIVE and _HANDLERS[name](m, _Ctx(base=base))[0] is None \
                        and name not in ("day_no_year", "day_range"):
                    continue          # not a valid date ("2025 and 2025", "February 30, 2025")
                a, b = _span_of(name, m)
                if name == "event_shift" and _MINIMUM_BEFORE.search(text[max(0, a - 24):a]):
                    continue      # "notifies ICE at least 30 days before it releases any inmate": a rule's interval
                cands.append((a, b, name, m))
        chosen = _non_overlapping(cands)
        covered = [(a, b) for a, b, _n, _m in chosen]
        items: list[tuple[int, int, str, object]] = list(chosen)
        for a, b in ents:        # DATE entities no rule covered
            if any(a < y and x < b for x, y in covered):
                continue
            etext = text[a:b]
            if _AGE_OR_DURATION.search(etext) or _VAGUE.match(etext.strip()) or _DURATION.match(etext.strip()):
                continue
            if not re.search(rf"\d|{MON}|{WDAY}", etext):
                continue
            bare = re.fullmatch(rf"(?:the\s+)?(?P<y>{YEAR})", etext.strip())
            if bare and _year_blocked(text, a, b):
                continue
            if re.fullmatch(r"[\d\s,.]+", etext) and not bare:
                continue
            if re.fullmatch(r"[\d\s./-]+", etext) and _NUMBER_OF.search(text[max(0, a - 14):a]):
                continue    # "General Order 26-09", "Resolution No. 24-117": a number, not a date
            items.append((a, b, "entity", None))
        head = _ENTRY_DATE.match(text)
        if head and not any(x <= head.start("d") < y for x, y, _n, _m in items):
            items.append((head.start("d"), head.end("d"), "entity", None))  # "May — The sheriff extends ..." (no NER date)
        items.sort(key=lambda t: (t[0], t[1]))
        quoted = [(q.start(), q.end()) for q in _QUOTED.finditer(text)]
        listed = None       # the month a preposition dated in this sentence, for the months listed after it
        listed_rows: list[int] = []     # their rows
        for a, b, name, m in items:
            # a future inside a quotation is the quoted speaker's, not the date's: 'In a letter received on
            # Tuesday, she gave the Department 30 days to "confirm that your officers will honor ..."'
            inside = any(x <= a < y for x, y in quoted)
            future = bool(_FUTURE.search(text if inside else _QUOTED.sub(lambda q: " " * len(q.group()), text)))
            near = [h for h in reversed(history) if sent.paragraph - h[0] <= 2]
            # ("The following morning" may follow its day by three short paragraphs of a transcript)
            reach = [h for h in reversed(history) if sent.paragraph - h[0] <= 3] if name == "anchor_shift" else near
            if name == "anchor_shift" and not any(not h[5] for h in reach) \
                    and not (_NOTE_OPENING.match(paragraphs[sent.paragraph]) or _NOTE_OPENING.match(text)):
                # ("released October 12, 2027, ... " then three one-sentence paragraphs, then "acknowledged receipt
                # the following day": a day told a few short paragraphs up, with no other between)
                # (a table's rows count as one paragraph: "Timeline, Monday, October 11, 2027" above a table of the
                # day's hours, then "An autopsy was performed the following day.")
                reach = [h for h in reversed(history) if _prose_gap(paragraphs, h[0], sent.paragraph) <= 6
                         and h[10] not in heading_sids
                         and _short_between(paragraphs, h[0], sent.paragraph)]    # (not a heading's own date)
            told = [h for h in reach if not h[5]]     # a deadline ("by March 31") is no time of the story
            if name == "anchor_shift":
                # nor is a date naming a thing: "all records of its March 9 operation ... signed the resolution the
                # next day" follows the resolution, not the operation
                told = [h for h in told if not h[7]]
                if base is not None and _told_in_past(sent, a):
                    # (nor a day still to come when the text, or its part, was written: "voted not to renew its
                    # contract when it expires on June 30, 2028. The following day, the sheriff issued a directive",
                    # in March)
                    # (a later day told as past stays: "On August 22, 2028, the judge denied ... The following
                    # day, ...", in a packet whose last part came after its cover's date)
                    told = [h for h in told if h[1] <= base or h[11]] or told
            if name == "month_anchor":
                # ("In June 2025, the 2024-2025 Grand Jury recommended ... responded that September": June's year)
                told = [h for h in told if not h[7]]
            anchor = told[0] if told else (None, None, None, None)
            day_anchor = next((h[1] for h in told if h[2] == "day"), None)
            # (or a part's heading: "Police Officers' Guild (statement issued the following day)", below minutes
            # headed "MONDAY, FEBRUARY 28, 2028")
            title_line = heading_line or (_own_line(pdoc.text or "", sent)
                                          and not sent.text.rstrip().endswith((".", "!", "?", '"', "\u201d")))
            if name == "anchor_shift" and day_anchor is None and (_told_in_past(sent, a) or title_line):
                # "Mayor X put her signature to the resolution the next day", paragraphs below the section's
                # heading "RESOLUTION NO. 58 (adopted April 13, 2027)": the heading's day; "CLERK'S NOTE: The
                # following day, the mayor directed ...", below a hearing's record: the day of the record
                # (a past act told below the text's own dated heading is no day after the text)
                if section_day is not None and (doc_base is None or section_day < doc_base or title_line):
                    day_anchor = section_day
                elif title_line and not heading_line and last_section_day is not None:
                    day_anchor = last_section_day   # (the part before's heading, past a bare heading between)
                elif _NOTE_OPENING.match(paragraphs[sent.paragraph]) or _NOTE_OPENING.match(text):
                    # ("... voted 5-0 to file a request. [Clerk's note: the Clerk filed the request the following day.]")
                    day_anchor = base
                elif not told and base is not None and any(x < base for x in heading_days):
                    # "In a statement issued the following day, the Governor ...", below a roll-call table and a
                    # heading, in a summary of "Legislative Day 41: Tuesday, April 13, 2027" prepared two days later:
                    # with no day told near it, the last day a heading gives before the text's own (or its part's:
                    # a clerk's record "Dated: August 12, 2027" below a mayor's message of August 4)
                    day_anchor = next(x for x in reversed(heading_days) if x < base)
            elif name == "anchor_shift" and day_anchor is None and not told and base is not None \
                    and re.match(r"(?:the|that)\s+(?:following|next)\s+day\b", text[a:b], re.I) \
                    and (_governing_verb(sent, a) or (None, set()))[1] & {"will", "'ll", "\u2019ll", "shall"}:
                # "The Sheriff stated that he will sign the agreement the following day", in minutes of the meeting
                # whose vote it follows, with no other day near: the day after the text's own
                day_anchor = base
            if name == "anchor_shift" and day_anchor is not None:
                # "replied the following day, demanding that the sheriff reverse the decision by December 10, 2027",
                # after "On November 8, 2027, ... and the agreement ended on January 7, 2028": a reply demanding
                # a date to come follows the day before that date
                limit = _DEADLINE_AFTER.search(text, b)
                limit = _full_date(limit.group(1)) if limit else None
                if limit is not None and day_anchor >= limit:
                    day_anchor = next((h[1] for h in told if h[2] == "day" and h[1] < limit), day_anchor)
            if told and told[0][2] == "range" and told[0][8] is not None and (told[0][8] - told[0][1]).days <= 14 and (
                    (name == "weekday" and re.match(r"the\s+(?:following|next)\b", m["w"] or "", re.I))
                    or (name == "anchor_shift" and re.match(r"(?:the|that)\s+(?:following|next)\s+day\b", text[a:b], re.I))):
                # "from November 8 to 12, 2027, ICE officers carried out ...; on the following Tuesday this Board
                # adopted ...": the first Tuesday after the days told last ("Between October 4 and 14, 2027, ICE
                # conducted Operation X ... The following day, ...": the day after the last of them)
                day_anchor = told[0][8]
            month_anchor = next((h[1] for h in told if h[2] in ("day", "month")), None)
            # the year of "March 31": the last day or month named before it, a relative one too ("On Monday,
            # the sheriff announced ... It runs through March 31" speaks from the document's time)
            # (a bare month, "in June", is a guess itself and lends no year)
            # (a deadline lends none: "must apply by Jan. 1, 2028. On Feb. 9, ..." is this year's February)
            # (nor does the start of a state of things: "has been mayor since January 2025. On Feb. 3, ...")
            # ("last month", counted from the document's date, brings the story back to the document's year)
            year_ref = next((h[1] for h in near if not h[5] and not h[6] and ((h[2] == "day" and (not h[3] or h[4] in _FROM_NOW))
                             or (h[2] == "month" and (not h[3] or h[4] == "this_unit")))), None)
            if year_ref is not None and base is not None and year_ref.year != base.year \
                    and not any(h[1] is year_ref and h[0] == sent.paragraph for h in near):
                # a date of another year lends its year only inside its own paragraph ("On May 4, 2025,
                # ... On May 20, ..."); a new paragraph is back in the story's time
                year_ref = None
            # (not a month naming a thing that is in force: "Our December ordinance bars city police from ...")
            fut = future or (name in ("month_only", "month_listed", "entity") and _ahead(sent, a)
                             and not (name in ("month_only", "entity") and _names_a_thing(text, a, b)
                                      and not _SCHEDULED_AFTER.match(text[b:]))) or (
                name == "weekday" and _modal_ahead(sent, a)) or (    # "said they would hold a vigil Sunday"
                # "On Wednesday, the school board takes up a second measure": a present of what is scheduled
                name == "weekday" and _scheduled_present(sent, a) and (a <= 3 or (
                    # "Members return to the chamber on Tuesday": a present of what is scheduled, not of speech
                    re.search(r"\bon\s+$", text[max(0, a - 4):a], re.I) and _governing_verb(sent, a)[0].lemma_.lower()
                    not in _TELLING) or (
                    # "the council votes on it Tuesday": a body's agenda, in the present
                    _governing_verb(sent, a)[0].lemma_.lower() in _AGENDA_VERBS))) or (
                # "directed the Highway Patrol to help ICE with traffic control through Friday": a term to come
                # ("ordered the government to answer the motion by Tuesday": a deadline to come)
                name == "weekday" and bool(re.search(r"\b(?:through|until|till|by)\s+$", text[max(0, a - 9):a], re.I))
                and _ahead(sent, a)) or (
                # "allowed the rest to take effect Friday", "jail mandates take effect Friday": a law's start to come
                name == "weekday" and not m["w"] and bool(_TAKE_EFFECT_AHEAD.search(text[max(0, a - 24):a])))
            # "moved $68,500 to hire two deputies through Sept. 30": the end of a term to come
            term_ahead = name == "day_no_year" and (year_ref is None or base is None or year_ref.year == base.year) and bool(re.search(
                r"\b(?:through|until|till|by)\s+$", text[max(0, a - 9):a], re.I)) and _ahead(sent, a)
            if fut and name in ("weekday", "month_only", "month_listed", "day_no_year", "entity") and _told_in_past(sent, a):
                # "told me on Friday that his deputies will not ...": the "will" is what was told; "In May, the
                # House passed a bill ...; the Senate has not scheduled a vote": the May of a past act
                fut = False
            set_for = name in ("day_no_year", "entity") and bool(_SET_FOR.search(text[max(0, a - 90):a]))
            if set_for:
                fut = True      # "postponed the return date until a hearing on November 3": a day set, still to come
            supposed = name in ("month_only", "month_listed", "entity") and _hypothetical_ahead(sent, a)
            if supposed:
                fut = True      # "Even if she won in November, the jail would still ...": the coming November
            if name in ("month_only", "month_listed", "entity") and _awaited(sent, a):
                fut = True      # "a signature he expected by June", "moved to delay the vote until September"
            events = tuple((h[9], paragraphs.get(h[0], ""), h[1], h[2], h[8]) for h in reversed(history)
                           if not h[5] and h[10] != sent.sentence_id) \
                if name == "event_shift" else ()
            ctx = _Ctx(base=base, anchor=anchor[1], anchor_precision=anchor[2], day_anchor=day_anchor, events=events,
                       month_anchor=month_anchor, year_ref=year_ref, future=fut,
                       past=not fut and _past_day(text, a),
                       heading_year=heading_year if in_entry else None,
                       row_year=_row_year(history, near, sent.paragraph, m) if name == "month_row" else None,
                       year_anchor=_year_anchor(history, sent.sentence_id) if name == "month_anchor" else None,
                       deadline_from=_deadline_from(history, sent.sentence_id, base, text, a)
                       if name == "weekday" else None,
                       fiscal_start=fiscal_start)
            relative = name in _RELATIVE
            if name == "entity":
                r = _resolve_text(re.sub(r"^(?:on|in|since|by|from|until|during)\s+", "", text[a:b].strip(), flags=re.I), ctx)
                relative = not re.search(YEAR, text[a:b])
            else:
                r = _HANDLERS[name](m, ctx)
            d, e, prec = r
            if name in ("day_no_year", "month_only", "month_listed") and d is not None and e is None and base is not None \
                    and d > base and re.search(r"\b(?:on|in)(?:\s+(?:an?|the|its|his|her|their))?\s+$",
                                               text[max(0, a - 10):a], re.I) and _told_in_past(sent, a) \
                    and not (name == "day_no_year" and _participle_under_future(sent, a)) \
                    and not supposed and not set_for and not (_attributive(text, a, b) and _SCHEDULED_AFTER.match(text, b)) \
                    and not any(h[4] == "full" and base < h[1] <= d and (d - h[1]).days <= 60 for h in history):
                # (not after the text has told a later day in full: a note below a court's opinion of August 9 that
                # tells "On August 10, 2028, ..." then "On August 11, ..." goes on past the opinion's date)
                # ("placed on the Oct. 4 City Commission agenda an ordinance ...": the date of the agenda, not of the
                # placing)
                # "which passed the House on March 26", after a mention of next January: done, so not after the text
                # ("But in a Feb. 7 email, an ICE supervisor asked ...", in a story of August: last February)
                while d > base:
                    d = _safe(d.year - 1, d.month, d.day) or d.replace(year=d.year - 1, day=28)
            if name in ("day_no_year", "month_only", "month_listed") and d is not None and e is None and base is not None \
                    and d > base and _SINCE_BEFORE.search(text[max(0, a - 8):a]):
                # "every arrest it has made since Jan. 1", in a story of October: a start already past
                while d > base:
                    d = _safe(d.year - 1, d.month, d.day) or d.replace(year=d.year - 1, day=28)
            if name in ("day_no_year", "month_only", "month_listed", "entity") and d is not None and e is None and base is not None \
                    and a == 0 and _ENTRY_DASH.match(text, b) and not re.search(YEAR, text[a:b]) \
                    and ctx.heading_year is None:
                # a chronology's entry, "Jan. 11 — The governor signs ...", "September — DHS sends ...": told in the
                # present of its day, the latest such day up to the text's (not the one nearest the entry before:
                # a year's entries lie months apart; the "will" of its sentence is what was said then)
                d = _safe(base.year, d.month, d.day) or d.replace(year=base.year, day=28)
                if _AHEAD_HEADING.search(last_heading):
                    # under "WHAT'S NEXT" or "Coming up", an entry is a day to come: "1. Sept. 30: Deadline to apply"
                    if d < base:
                        d = _safe(d.year + 1, d.month, d.day) or d.replace(year=d.year + 1, day=28)
                elif d > base:
                    d = _safe(d.year - 1, d.month, d.day) or d.replace(year=d.year - 1, day=28)
            if name == "weekday" and d is not None and day_anchor is not None and not (m["w"] or "") \
                    and _WEEKDAY_ENTRY.match(text) and text.find(m.group(0)) == a:
                # a chronology's entries: "(a) Tuesday, April 6, 2027, about 5:40 a.m.: ..." then "(b) Wednesday: ...":
                # the first such weekday after the entry before it
                wd = _WEEKDAYS[m["wd"].lower()]
                nxt = day_anchor + dt.timedelta(days=(wd - day_anchor.weekday()) % 7 or 7)
                if base is None or nxt <= base:
                    d = nxt
            entry = _NUMBERED_ENTRY.match(text)
            prev_entry = next((p for p in reversed(entry_paras) if p < sent.paragraph), None)
            if name == "weekday" and d is not None and entry is not None and a <= entry.end() + 2 \
                    and (m["w"] or "").lower() in ("", "on") and entry_day is not None \
                    and entry_day[0] == prev_entry and base is not None and (base - entry_day[1]).days > 7 \
                    and _told_in_past(sent, a):
                # a numbered chronology whose entries open with their day: "2.1 On Monday, May 10, 2027, ICE officers
                # began arrests ...", "2.3 The following day, ...", then "2.4 On Wednesday, at ICE's request, police
                # closed two blocks": the Wednesday after, not the one before the report's date (when the entry just
                # before opened with its day: not after "3.6 Last month, a judge dismissed ...")
                wd = _WEEKDAYS[m["wd"].lower()]
                nxt = entry_day[1] + dt.timedelta(days=(wd - entry_day[1].weekday()) % 7 or 7)
                if nxt <= base:
                    d = nxt
            if name == "day_no_year" and fut and d is not None and e is None and base is not None and d < base \
                    and ctx.heading_year is None and _DEADLINE_BEFORE.search(text[max(0, a - 20):a]) \
                    and not (_past_root(sent) and day_anchor is not None and day_anchor <= d) \
                    and not _set_in_dated_letter(sent, text, a):
                # (not one a past letter set: "a letter of February 18, 2028 ... The letter asked the County to confirm
                # in writing by February 29 that it will keep the agreement", in minutes of March 2)
                # "said Thursday he will withhold funds from any county whose sheriff has not applied by Dec. 28",
                # told in April: a deadline in a sentence about what will happen lies ahead
                while d < base:
                    d = _safe(d.year + 1, d.month, d.day) or d.replace(year=d.year + 1, day=28)
            if term_ahead and d is not None and e is None and base is not None and d < base and ctx.heading_year is None \
                    and not (_past_root(sent) and day_anchor is not None and day_anchor <= d) \
                    and not _set_in_dated_letter(sent, text, a):
                # (not a deadline set in the past: 'On April 4, DHS called the rule ... It also demanded that the
                # Office withdraw the rule by May 1', told in a text of May 18: that May 1 has passed)
                d = _safe(d.year + 1, d.month, d.day) or d
            if name == "day_no_year" and d is not None and year_ref is not None and base is not None \
                    and year_ref.year != base.year and d < year_ref and ctx.heading_year is None:
                alt = _safe(base.year, d.month, d.day)
                if alt is not None and alt <= base:
                    d = alt     # "signed in April 2025 ... On January 22, the attorney general ...": back to the story's year
            if name == "month_listed" and listed is not None:
                d = dt.date(listed.year, _month(m["m"]), 1)     # "in February, March and May": one year's months
                if base is not None and d > base and not fut:
                    # (a past list running past the text's month is last year's: "took place in February, March
                    # and May", in a report of February)
                    d = d.replace(year=d.year - 1)
                    for k in listed_rows:
                        rows[k]["date"] = _iso(as_date(rows[k]["date"]).replace(year=d.year))
            if name == "month_only" and d is not None:
                listed, listed_rows = d, [len(rows)]
            elif name == "month_listed" and d is not None:
                listed_rows.append(len(rows))
            if d is None and name == "entity" and not re.search(rf"{MON}|{WDAY}|{_REL_WORDS}", text[a:b]):
                continue
            rows.append(dict(doc_id=pdoc.doc_id, sentence_id=sent.sentence_id, start=sent.start + a,
                             end=sent.start + b, date_text=text[a:b], date=_iso(d), date_end=_iso(e),
                             date_precision=prec if d else None, relative=relative))
            if d is not None and prec == "day" and e is None and entry is not None and a <= entry.end() + 2:
                entry_day = (sent.paragraph, d)     # (a numbered entry that opens with its day)
            if d is not None:
                deadline = bool(_DEADLINE_BEFORE.search(text[max(0, a - 20):a])) or (
                    bool(_EFFECTIVE_BEFORE.search(text[max(0, a - 24):a])) and bool(_EFFECTIVE_AFTER_ACT.search(text[:a])))
                # (a date of another year naming a thing lends no year: "pointing to a February 2026 order ...,
                # turned down ... on May 25"; "In a May 28 letter, ... past June 30" keeps the letter's)
                since = bool(_SINCE_BEFORE.search(text[max(0, a - 8):a])) or bool(
                    _SINCE_CLAUSE.search(text[max(0, a - 50):a])) or (
                    _attributive(text, a, b) and bool(re.search(YEAR, text[a:b])))
                if heading_line and prec == "day" and not relative and e is None:
                    section_day = last_section_day = d
                    heading_days.append(d)
                history.append((sent.paragraph, d, prec, relative, name, deadline, since,
                                # ("a booth for the fair of July 23 through July 31, 2027": the days of a thing named)
                                (e is not None and bool(re.search(r"\b(?:the|a|an|its|their)\s+[a-z]+\s+of\s+$",
                                                                  text[max(0, a - 30):a])))
                                or _names_a_thing(text, a, b) and not _FRAMING_THING.match(text[:a])
                                # ("closed two blocks ... during the March 2 arrests": the time of what is told)
                                and not re.search(r"\bduring\s+(?:the|its|their)\s+$", text[max(0, a - 16):a], re.I)
                                # (nor a deadline the story reaches: "did not certify by the March 5, 2027 deadline,
                                # and OJP suspended its award the following day")
                                and not _DEADLINE_REACHED.search(text[max(0, a - 24):a] + "#" + text[b:b + 10])
                                or _flashback_in_modifier(sent, a, d, history)
                                # (nor a quoted speaker's "today": 'One officer told the receptionist, "We only need
                                # to speak with one of your patients today."' is the day told before, not the text's)
                                or (relative and any(x <= a < y for x, y in quoted)),
                                e, text,
                                sent.sentence_id,
                                _told_in_past(sent, a)))
    return rows


#: a deadline with its year later in the sentence: "... by December 10, 2027"
_DEADLINE_AFTER = re.compile(rf"\b(?:by|before|no later than)\s+((?:{MON})\.?\s+\d{{1,2}},?\s+\d{{4}})")


#: a thing a date before it schedules: "the Oct. 4 City Commission agenda", "the March 9 hearing"
#: a day a court or a body set for what is to come: "postponed the return date until a hearing on November 3",
#: "set a hearing for March 9", "continued the vote to April 2"
_SET_FOR = re.compile(r"\b(?:until|postponed|continued|adjourned|rescheduled|scheduled|set)\b[^.;]{0,60}?"
                      r"\b(?:hearing|trial|arguments?|conference|vote|meeting|session)\s+(?:on|for)\s+$", re.I)
_SCHEDULED_AFTER = re.compile(r"\s+(?:[A-Z][\w.'-]*\s+){0,3}(?:agenda|meeting|hearing|session|vote|election|ballot"
                              r"|deadline|workshop|forum)\b")


#: what a number after it identifies: "General Order 26-09", "Resolution No. 24-117"
_NUMBER_OF = re.compile(r"(?:\b(?:order|no\.?|number|resolution|ordinance|bill|section|policy|directive|case|docket|file"
                        r"|report|opinion|chapter|item|rule|act)|\u00a7\u00a7?|\b[A-Z]\.[A-Z]\.(?:[A-Z]\.)?)\s+$", re.I)
#: (also a statute's section: "A.R.S. \u00a7 31-1187", "C.R.S. 24-76.6-102")


#: a list entry headed by a bare weekday and a colon or dash: "(b) Wednesday: According to witnesses, ..."
#: a numbered entry of a report's chronology: "2.4 On Wednesday, ...", "(c) On Friday, ..."
_NUMBERED_ENTRY = re.compile(r"\s*(?:\d{1,2}(?:\.\d{1,2})+|\(?[a-z0-9]{1,3}\))\s+(?:On\s+)?")
_WEEKDAY_ENTRY = re.compile(rf"^\s*(?:\(?[a-z0-9]{{1,3}}[.)]\s+|[-*\u2022]\s+)?{WDAY}\s*(?::|\u2014|\u2013|-\s)")


#: a thing named by its date that frames the whole sentence: "In a May 10 statement, the Mayor called ...", "At its
#: March 3 meeting, the board voted ...": that day is the time of the sentence, so it anchors "two days later"
_DEADLINE_REACHED = re.compile(r"\b(?:by|missed|after|met|past|passed)\s+(?:the|its|their|that)\s+#\s*deadline\b", re.I)
_FRAMING_THING = re.compile(r"^\s*(?:In|At|During|Through|With|By)\s+(?:a|an|the|its|his|her|their|this|that|our)\s+$")


def _prose_gap(paragraphs: dict, first: int, last: int) -> int:
    """How many paragraphs ``last`` lies below ``first``, the rows of a table (lines opening with "|") that ``first``
    titles counted as one."""
    if not paragraphs.get(first + 1, "").lstrip().startswith("|"):
        return last - first
    rows = [k for k in range(first + 1, last) if paragraphs.get(k, "").lstrip().startswith("|")]
    return last - first - max(0, len(rows) - 1)


def _short_between(paragraphs: dict, first: int, last: int) -> bool:
    """Every paragraph after ``first`` and before ``last`` is one short sentence or a heading (a letter's lines told
    one to a paragraph)."""
    between = [_ABBREVIATION.sub("_", paragraphs.get(k, "").strip()) for k in range(first + 1, last)]
    return all(len(t) <= 220 and len(re.findall(r"[.!?](?:\s|$)", t)) <= 1 for t in between)


#: a title's or an initial's stop, no sentence's end: "Ms. X declined ...", "U.S. Rep. Y" (the segmenter's list of
#: abbreviations, capitalized as they open a title)
_ABBREVIATION = re.compile(r"\b(?:" + "|".join(sorted((re.escape(a.capitalize()) for a in TITLE_ABBREVIATIONS), key=len,
                                                      reverse=True)) + r"|[A-Z])\.(?=\s*[A-Z\w])")


def _flashback_in_modifier(sent, a: int, d: dt.date, history) -> bool:
    """The date at offset ``a`` hangs on a verb describing a noun and lies before the day told just before it: "On
    December 8, the court ordered him released. The same day, the jail kept him on a detainer lodged on November 4.
    The following day, ICE wrote ..." (the detainer's day is a look back, not the time the story has reached)."""
    found = _governing_verb(sent, a)
    if found is None or found[0].dep_ not in ("acl", "relcl") or found[0].lemma_.lower() == "date":
        return False        # (not the date of a letter: "a letter dated March 22" is the time of what is told)
    last = next((h[1] for h in reversed(history) if h[0] == sent.paragraph and not h[5] and h[2] == "day"), None)
    return last is not None and d < last


def _names_a_thing(text: str, a: int, b: int) -> bool:
    """The date at ``text[a:b]`` stands between a determiner and a noun: "all records of its March 9 operation"."""
    return bool(re.search(r"\b(?:a|an|the|its|his|her|their|this|that|our|your)\s+$", text[max(0, a - 6):a], re.I)
                and re.match(r"\s+(?:[A-Z][\w.'-]*\s+){0,3}[a-z]", text[b:b + 60])
                # (not an event told right there: "the August 24 operation in which HSI agents arrested 19 workers")
                and not re.match(r"\s+(?:[A-Z][\w.'-]*\s+){0,3}[a-z][\w-]*\s+(?:in|during) which\b", text[b:b + 80]))


def _attributive(text: str, a: int, b: int) -> bool:
    """The date at ``text[a:b]`` names a thing, not a time of the story: "pointing to a February 2026 order from the
    city manager, turned down ... on May 25" (the order's date lends no year to "May 25")."""
    return _names_a_thing(text, a, b) or bool(re.search(
        r"\b(?:letter|memo\w*|guidance|order|directive|resolution|ordinance|policy|statement|report|ruling|decision"
        r"|e-?mail|notice|opinion)\s+(?:of|dated)\s+$", text[max(0, a - 30):a], re.I)) or bool(re.search(
        # ("Executive Order 63, issued by the Governor in March 2026, bars ... was received on October 17": the
        # date a participle set off by commas gives the thing it describes)
        r"\b(?:Order|Act|Law|Ordinance|Resolution|Directive|Policy|Memo\w*|Bill|Agreement|[a-z]+)\s*(?:No\.\s*)?[\w.-]*,"
        r"\s+(?:issued|signed|adopted|enacted|passed|approved|dated|written|sent)\b[^,.;]{0,60}?\b(?:in|on)\s+$",
        text[max(0, a - 100):a]) and re.match(r"\s*,", text[b:b + 3]))


def _non_overlapping(cands):
    """Longest candidates first; earlier pattern wins a tie; result in text order."""
    order = {n: i for i, (n, *_r) in enumerate(_PATTERNS)}
    chosen = []
    for c in sorted(cands, key=lambda c: (-(c[1] - c[0]), order[c[2]], c[0])):
        if all(c[1] <= o[0] or c[0] >= o[1] for o in chosen):
            chosen.append(c)
    return sorted(chosen, key=lambda c: c[0])


def as_date(value: Union[str, dt.date, None]) -> Optional[dt.date]:
    """ISO string/date/datetime -> ``datetime.date`` (None if not a date)."""
    return _as_date(value)
