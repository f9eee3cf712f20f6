"""Reading articles: files -> :class:`RawDocument` (decoded text, metadata, warnings).

Input files are only ever opened for reading. Every problem with one file
(empty, binary, too large, unknown encoding, HTML) becomes a warning that names
the file; the other files are still read.
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import html
import logging
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Iterable, Optional

from . import config

log = logging.getLogger("analysis")


class NoArticlesError(RuntimeError):
    """Raised when a build finds nothing it can read."""


@dataclass
class RawDocument:
    doc_id: str
    path: str
    sha256: str
    text: str                       # decoded file text (header lines included)
    encoding: str
    body_start: int = 0             # offset in ``text`` where the article body begins
    meta: dict = field(default_factory=dict)   # title, date, source, outlet, url ...
    meta_source: dict = field(default_factory=dict)  # field -> "header" | "metadata"
    warnings: list = field(default_factory=list)
    is_html: bool = False


def warn(path, message: str, sink: Optional[list] = None) -> str:
    text = f"{path}: {message}"
    log.warning(text)
    if sink is not None:
        sink.append(text)
    return text


# --------------------------------------------------------------------------- decoding

def decode(data: bytes) -> tuple[str, str, bool]:
    """Decode bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252.

    Returns (text, encoding, fell_back) where ``fell_back`` is True when the
    bytes were not valid UTF-8/UTF-16 and cp1252 was used.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig", False
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16", False
    try:
        return data.decode("utf-8"), "utf-8", False
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252", True


def looks_binary(data: bytes) -> bool:
    """NUL bytes (outside UTF-16) or many control characters mean a binary file."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return bool(sample) and controls / len(sample) > 0.05


# --------------------------------------------------------------------------- HTML

_HTML_HINT = re.compile(r"<\s*(html|body|p|div|br|span|script|head|article|h[1-6])\b[^>]*>", re.I)
_BLOCK_TAGS = {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "article",
               "section", "header", "footer", "blockquote", "title"}


class _TextExtractor(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "noscript", "template"):
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "noscript", "template"):
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def looks_html(text: str) -> bool:
    return len(_HTML_HINT.findall(text[:20000])) >= 2


def html_to_text(text: str) -> str:
    """Strip tags (script/style content dropped), keep text, one paragraph a line."""
    p = _TextExtractor()
    p.feed(text)
    p.close()
    out = html.unescape("".join(p.parts))
    lines = [re.sub(r"[ \t\r\f\v]+", " ", ln).strip() for ln in out.split("\n")]
    return "\n".join(ln for ln in lines if ln)


# --------------------------------------------------------------------------- header lines

_ISO = r"\d{4}-\d{2}-\d{2}"
_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# (a day may carry its ordinal: a station's web story, "Wed, April 12th 2028, 5:41 PM EDT")
_DATE_VALUE = (rf"(?:{_ISO}|{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\s+{_MONTHS}\s+\d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{4}}"
               # (a bill analysis's "Date Completed: 3-14-28")
               rf"|(?:1[0-2]|0?[1-9])-(?:[12]\d|3[01]|0?[1-9])-(?:\d{{4}}|\d{{2}})(?![\d-]))")
# "date 2026-02-12 Body text starts here" (a date key with a value, rest of line is body)
_DATE_PREFIX = re.compile(rf"[ \t]*(?:date|published|dateline)\s*:?\s*({_DATE_VALUE})[ \t]*", re.I)
# "title: ...", "source: URL" ... whole line
_KEY_LINE = re.compile(r"[ \t]*(title|headline|source|url|link|outlet|publication|author|byline|genre)\s*:\s*(.+?)[ \t]*(?:\n|$)", re.I)
_KEY_ALIASES = {"headline": "title", "link": "url", "publication": "outlet", "byline": "author"}


def parse_date_value(value: str) -> Optional[dt.date]:
    value = re.sub(r"\bSept\b", "Sep", value.strip().rstrip("."))     # AP's "Sept. 14" (not "September")
    value = re.sub(r"(?<=\d)(?:st|nd|rd|th)\b", "", value)               # "April 12th 2028"
    for fmt in ("%Y-%m-%d", "%B %d, %Y", "%B %d %Y", "%b %d, %Y", "%b %d %Y", "%d %B %Y",
                "%d %b %Y", "%m/%d/%Y", "%m/%d/%y", "%m-%d-%Y", "%m-%d-%y"):    # ("Date Completed: 3-14-28")
        try:
            return dt.datetime.strptime(value.replace(".", ""), fmt).date()
        except ValueError:
            continue
    return None


def read_header(text: str) -> tuple[dict, int]:
    """Metadata lines at the very top -> (fields, offset where the body begins)."""
    meta: dict = {}
    pos = 0
    while pos < len(text):
        m = _DATE_PREFIX.match(text, pos)
        if m and "date" not in meta:
            d = parse_date_value(m.group(1))
            if d is not None:
                meta["date"] = d
                pos = m.end()
                if pos < len(text) and text[pos] == "\n":
                    pos += 1
                continue
        m = _KEY_LINE.match(text, pos)
        if m:
            key = m.group(1).lower()
            key = _KEY_ALIASES.get(key, key)
            if key == "source" and re.match(r"https?://", m.group(2)):
                key = "url"
            meta.setdefault(key, m.group(2).strip())
            pos = m.end()
            continue
        # skip blank lines between header lines
        blank = re.match(r"[ \t\r]*\n", text[pos:])
        if blank and meta:
            pos += blank.end()
            continue
        break
    return meta, pos


#: a header line naming an earlier text: "SUPERSEDES: Directive No. 4018, dated March 11, 2019"
_EARLIER_TEXT = re.compile(r"^\W*(?:supersedes|supersede[sd]|replaces|rescinds|amends|revises|previous(?:ly)?|prior)\b",
                           re.I)
#: a clock time before the date: "Last updated 8:20 p.m. CT, Wednesday, November 3, 2027"
_CLOCK = r"(?:\d{1,2}(?::\d{2})?\s*[ap]\.?\s?m\.?(?:\s+[A-Z]{2,4})?,?\s+)"
# (and a copy's own making: "Archived copy captured September 22, 2027" above the posts it copies)
_BYLINE_KEY = re.compile(rf"\b(?:published|posted|filed|decided|dated|released|issued|updated|captured|archived|retrieved"
                         rf"|(?:current|accurate|correct)"
                         # ("Issued by the County Elections Office, Marysville | September 12, 2028")
                         rf"\s+as\s+of)\b(?:\s+and\s+effective)?"
                         # ("Posted to the District website: March 24, 2028")
                         rf"(?:\s+(?:to|on)\s+(?:the\s+|its\s+|our\s+)?[\w'\u2019 .-]{{0,40}}?\b(?:website|web\s+site|site|page"
                         rf"|portal|bulletin\s+board))?(?:\s+by\s+[^|\n]{{1,80}}?\s*\|\s*)?\W{{0,3}}(?:online\s+)?"
                         rf"(?:on\s+)?(?:at\s+)?{_CLOCK}?(?:\w+day,?\s+)?({_DATE_VALUE})", re.I)
#: a keyed metadata line of an official text: "Effective Date: April 6, 2026", "Last updated: ...",
#: "Transcript: Tuesday, March 10, 2026, 6:00 p.m.", "Air date: Thursday, May 14, 2026",
#: "Approved by Governor: March 24, 2026", "As of January 28, 2027" (a bill report's version)
#: a weekday before a date, also as an e-mail header abbreviates it ("Date: Thu, Apr 16, 2026 at 5:12 PM")
_WEEKDAY = r"(?:\w+day,?\s+|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?\s+)?"
_KEYED_DATE = re.compile(rf"^(?:last\s+)?(?:updated|revised|[a-z]{{3,12}}\s+(?:updated|revised)|effective(?:\s+date)?|transcript"
                         # a record printed from a system: "Generated: 03/15/2028 08:02 AM" (a docket's summary sheet)
                         rf"|(?:date\s+)?(?:generated|printed)(?:\s+on)?|(?:report\s+)?run\s+date"
                         rf"|date(?:\s+(?:prepared|issued|written|submitted|signed|completed)|\s*/\s*time)?|(?:(?:note|summary|report|analysis|memo)\s+)?prepared|dated|air\s+date"
                         # ("Date of Issue: October 12, 2027" above an "Effective Date:" line)
                         rf"|date\s+of\s+(?:this\s+)?(?:issue|issuance|order|report|letter|memo(?:randum)?|publication|release"
                         rf"|notice|record|decision|summary|analysis|disposition|findings?|determination|opinion|ruling"
                         rf"|judgment|response|statement|review|certificate|certification)"
                         # ("Digest date: May 14, 2027" above a "Board meeting: Tuesday, May 25, 2027" it was written for)
                         # ("Report release date: September 14, 2027" above a response "Dated: September 3, 2027")
                         rf"|aired|(?:final\s+)?(?:(?:report|audit)\s+)?(?:report|issue|issued|release|memo|publication|letter|decision|order|filing|record"
                         rf"|digest|summary|notice|bulletin|newsletter|analysis|review|brief|original"
                         # ("Approval Date: March 9, 2028 (Resolution No. 2028-06)": a policy's header)
                         # ("Impact Date: February 9, 2028": a fiscal impact statement's own date)
                         rf"|approval|adoption|impact)"
                         rf"\s+date"
                         # a sermon's, speech's or recording's own line: "Preached Sunday, October 3, 2027, 10:45 a.m."
                         # (after a segment's own label: "Segment 2 of 3, broadcast Thursday, March 9, 2028")
                         # ("Streamed Thursday, September 16, 2027, 6:30 p.m.": a live video's own line)
                         rf"|(?:[\w ]{{1,40}},\s+)?(?:broadcast(?:\s+date)?|preached|delivered|recorded|taped|(?:live)?streamed)|as\s+of|(?:week|period)\s+ending|entered|(?:hold\s+)?for\s+(?:immediate\s+)?release(?:\s+(?:on|after))?"
                         rf"|embargoed(?:\s+(?:until|for\s+release|to))?|released\s+on"
                         # "Submitted to the Board of Supervisors, March 2, 2028" (a report's field)
                         # ("Adopted by the membership, 212-41, June 20, 2027": a body and its vote may come first)
                         rf"|(?:submitted|presented|transmitted)(?:\s+to\s+[\w .']{{1,50}}?)?,?|(?:approved|adopted)"
                         rf"(?:\s+by\s+[\w .]{{1,40}}?)?(?:,?\s+(?:by\s+a\s+vote\s+of\s+)?\d{{1,3}}\s*[-\u2013]\s*\d{{1,3}})?,?"
                         rf"|signed|enacted|passed(?:\s+and\s+adopted)?"
                         # a bill's own line: "Introduced in the House: January 21, 2028"
                         rf"|introduced\s+in\s+(?:the\s+)?(?:house|senate|assembly)"
                         # a certified extract's own line: "Certified March 30, 2027" (a journal's extracts, a clerk's copy)
                         rf"|certified"
                         # a legislative fiscal note's closing line: "Fiscal Note History: First Reader - February 12, 2027"
                         rf"|fiscal\s+note\s+history\s*:\s*[\w ]{{1,40}}?\s*[-\u2013]"
                         rf"|(?:[\w ]{{0,40}}\s)?final\s+passage)\s*:?\s*(?:on\s+)?{_CLOCK}?"
                         rf"{_WEEKDAY}({_DATE_VALUE})", re.I)
#: a judge's or official's signature line led by its date: "March 10, 2028          /s/ Rosamund T. Okafor"
_DATE_SIGNED = re.compile(rf"^{_WEEKDAY}({_DATE_VALUE})\s+/s/", re.I)
#: a two-cell row of a header table: "| Date of this notice | April 14, 2027 |"
_TABLE_FIELD = re.compile(r"^\|\s*([^|]{1,60}?)\s*\|\s*([^|]{1,60}?)\s*\|?$")
#: a line that only separates two texts: "* * *", "---", "###"
_SEPARATOR_LINE = re.compile(r"^(?:[*\-=_#~]\s*){3,}$")
#: (a clock time may close it: "Riverside Hall, Green Bay | Wednesday, March 10, 2027, 7:00 p.m.")
_STANDALONE_DATE = re.compile(rf"^(?:[^|\n]{{0,40}}\|\s*){{0,3}}{_WEEKDAY}({_DATE_VALUE})"
                              rf"(?:,?\s+(?:at\s+)?\d{{1,2}}(?::\d{{2}})?\s*[ap]\.?\s?m\.?(?:\s+[A-Z]{{2,4}})?)?"
                              rf"(?:\s*\|[^|\n]{{0,40}})?$", re.I)


#: a dateline in capitals followed by the date, then the dash (or wire tag) that opens the story
_DATELINE_DATE = re.compile(rf"^[A-Z][A-Z.'\u2019 -]{{1,40}}(?:,\s*[A-Z][A-Za-z.]{{1,15}}(?:\s[A-Z][a-z.]+)?)?"
                            rf"(?:\s*,\s*|\s*\(\s*|\s+(?:--?|\u2013|\u2014)\s+)(?:\w+day,?\s+)?({_DATE_VALUE})\)?"
                            rf"\s*(?:--?|\u2013|\u2014|/[A-Za-z ]+/)")
#: a running head of fields split by " / ": "Federal Register / Vol. 92, No. 102 / Friday, May 28, 2027 / Notices"
_SLASHED_DATE = re.compile(rf"^(?:[^/\n]{{0,40}}\s/\s*){{1,3}}(?:\w+day,?\s+)?({_DATE_VALUE})(?:\s*/\s[^/\n]{{0,40}})?$", re.I)
#: when a message, letter or newsletter went out: "Message sent: Thursday, ...", "Mailed to members May 3, 2027"
#: (or what it went out with: "Distributed with Director's Memorandum DM-2028-06, April 10, 2028", a packet's date)
_SENT_DATE = re.compile(rf"^(?:(?:message|letter|notice|e-?mail|newsletter)\s+)?(?:sent|mailed|e-?mailed|delivered|distributed)"
                        rf"(?:\s+to\s+[\w ]{{1,30}}?|\s+with\s+[^,|\n]{{3,60}},)?\s*:?\s*(?:on\s+)?{_CLOCK}?(?:\w+day,?\s+)?"
                        rf"({_DATE_VALUE})", re.I)
#: a republished or translated text's note on its first publication: "This story was first published in Spanish on
#: Thursday, October 14, 2027", "Originally posted by the station on May 3, 2027" (the text's own date: its "on Tuesday"
#: counts from there)
_FIRST_PUBLISHED = re.compile(rf"\b(?:(?:first|originally)\s+(?:published|posted|printed|aired|broadcast|appeared)\b"
                              rf"[^.\n]{{0,60}}?\bon|(?:original|first)\s+publication\s+date\s*:?)"
                              rf"\s+(?:\w+day,?\s+)?({_DATE_VALUE})", re.I)
#: keyed lines of a later step (approval, adoption, signing): below a text's top, they date it only without a
#: dated top line
_LATER_STEP = re.compile(r"^(?:approved|adopted|signed|enacted|passed)\b", re.I)
#: ("Wednesday, September 1, 2027 | 6:30 a.m. newscast, script as prepared for air")
_LEADING_DATE = re.compile(rf"^{_WEEKDAY}({_DATE_VALUE})(?:\s*[,|\u2013\u2014-]\s*|\s+at\s+)[^\n]{{0,80}}$", re.I)
#: a meeting's heading line: "Regular Session - Tuesday, April 21, 2026, 7:00 p.m.", "Special Meeting: May 3, 2026",
#: "Regular Meeting - Tuesday, June 9, 2026 - 7:00 p.m.", "Regular Meeting of Monday, April 19, 2027",
#: "School Board \u2013 Regular Meeting of Monday, May 10, 2027"
_SESSION_DATE = re.compile(rf"^[A-Z][\w \u2013\u2014-]{{0,60}}?(?:\s*[-\u2013\u2014:]\s*|\s+(?:of|on)\s+)(?:\w+day,?\s+)?({_DATE_VALUE})"
                           rf"(?:\s*[,\u2013\u2014-]\s*[^\n]{{0,40}})?$", re.I)
#: a heading line that closes with a weekday and a date after a comma: "Regular Business Meeting, Tuesday, October 26,
#: 2027, 5:30 p.m.", "House Chamber, Lansing, Wednesday, May 12, 2027."
#: the field of a bill analysis or committee report naming the hearing it was written for
_HEARING_KEY = re.compile(r"^(?:hearing|meeting)\s+date\s*:", re.I)
#: ("Town Council Regular Meeting, February 15, 2028": a meeting's heading with a comma before its date)
_MEETING_COMMA_DATE = re.compile(rf"^[A-Z][\w .'\u2019\u2013\u2014-]{{0,60}}?\b(?:meeting|session|hearing|workshop)\s*,\s+"
                                 rf"(?:\w+day,?\s+)?({_DATE_VALUE})(?:\s*[,\u2013\u2014-]\s*[^\n]{{0,40}})?\.?$", re.I)
# ("Meeting: Regular Meeting, Tuesday, March 14, 2028": a resolution's field naming the meeting that adopted it)
_COMMA_DAY_DATE = re.compile(rf"^[A-Z][\w .,:'\u2019\u2013\u2014-]{{0,60}}?,\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+"
                             rf"({_DATE_VALUE})(?:\s*[,\u2013\u2014-]\s*[^\n]{{0,40}})?\.?$", re.I)
_ORDINALS = {w: i for i, w in enumerate("first second third fourth fifth sixth seventh eighth ninth tenth eleventh "
                                         "twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth "
                                         "nineteenth".split(), 1)}
_ORDINAL_WORDS = (r"(?:(?:twenty|thirty)[-\s]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
                  r"|twentieth|thirtieth|" + "|".join(sorted(_ORDINALS, key=len, reverse=True)) + ")")


def day_number(word: str) -> Optional[int]:
    """8 from "8th" or "8", 14 from "fourteenth", 21 from "twenty-first" (the day of an execution line)."""
    w = word.lower().strip()
    digits = re.match(r"\d{1,2}", w)
    if digits:
        return int(digits.group(0))
    m = re.fullmatch(r"(twenty|thirty)[-\s]?(\w+)", w)
    if m:
        return {"twenty": 20, "thirty": 30}[m.group(1)] + _ORDINALS.get(m.group(2), 0)
    return {"twentieth": 20, "thirtieth": 30}.get(w) or _ORDINALS.get(w)


#: the execution line of an order, resolution or ordinance: "DATED this 8th day of October, 2025."
#: (or "on the": "IN WITNESS WHEREOF, I have hereunto set my hand at Topeka on the 14th day of March, 2028")
_EXECUTED = re.compile(rf"\b(?:this|on\s+the)\s+(\d{{1,2}}(?:st|nd|rd|th)?|{_ORDINAL_WORDS})\s+day\s+of\s+({_MONTHS}),?\s+"
                       rf"(?:in\s+the\s+year\s+(?:of\s+our\s+lord\s+)?)?(\d{{4}}\b|two\s+thousand[\w\s-]{{0,25}})", re.I)
#: a bill's history line under its number: "November 3, 2027 - Introduced by Representatives X and Y, ..."
_INTRODUCED_LINE = re.compile(rf"^(?:\w+day,?\s+)?({_DATE_VALUE})\s*[-\u2013\u2014]\s*(?:introduced|received|prefiled|offered"
                              rf"|read\s+(?:the\s+)?first\s+time)\b", re.I)
#: a signer's sentence dating the text it closes: "I signed this Executive Order on March 8, 2027, in Columbus"
_SIGNED_THIS = re.compile(rf"\bI\s+(?:have\s+)?(?:signed|issued|executed)\s+this\s+(?:executive\s+)?(?:order|proclamation"
                          rf"|directive|declaration)\s+(?:on\s+)?(?:\w+day,?\s+)?({_DATE_VALUE})", re.I)
_UNITS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                                     "fourteen fifteen sixteen seventeen eighteen nineteen".split())}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}


def year_in_words(text: str) -> Optional[int]:
    """2026 from "two thousand twenty-six" or "two thousand and twenty-six" (a year an order is executed in)."""
    words = re.findall(r"[a-z]+", text.lower())
    if words[:2] != ["two", "thousand"]:
        return int(text) if text.strip().isdigit() else None
    rest = [w for w in words[2:] if w != "and"]
    n = 0
    for w in rest:
        if w in _TENS and n == 0:
            n = _TENS[w]
        elif w in _UNITS and n % 10 == 0 and (n or w not in ("zero",)):
            n += _UNITS[w]
            break
        else:
            break
    return 2000 + n


def _case_step_below_date_line(above: list[str], key) -> Optional[dt.date]:
    """A story's date line above a case's own steps: "Friday, June 18, 2027" over a docket caption's "FILED: August
    24, 2026" is the story's date (a case is filed or decided before it is written about)."""
    if not re.match(r"(?:filed|decided)\b", key.group(0), re.I):
        return None
    for ln in above[:6]:
        m = _STANDALONE_DATE.match(ln)
        d = parse_date_value(m.group(1)) if m else None
        if d is not None:
            return d
    return None


def _names_other_text(line: str, key) -> bool:
    """"B. DHS letter dated September 16, 2027" (an attachment list), "the memo dated ...": "dated" after other words
    of its field dates the text named there, not this one ("Dated: April 28, 2026" opens its line or field)."""
    if key.group(0)[:5].lower() == "filed" and re.match(r"\s*(?:On|In)\s+(?:the\s+)?(?:petition|motion|application|complaint"
                                                        r"|request|appeal)\b", line, re.I):
        return True     # "On the petition of the Courthouse Access Coalition, filed March 8, 2027": the petition's
    if key.group(0)[:5].lower() != "dated":
        return False
    field_start = line.rfind("|", 0, key.start()) + 1
    return bool(re.search(r"[A-Za-z]", line[field_start:key.start()]))


_SPANISH_MONTHS = {m: i for i, m in enumerate(("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                                                "septiembre", "octubre", "noviembre", "diciembre"), 1)}
_SPANISH_DATE = re.compile(r"(?:(?:lunes|martes|mi[e\u00e9]rcoles|jueves|viernes|s[a\u00e1]bado|domingo),?\s+)?(\d{1,2})\s+de\s+"
                           r"(" + "|".join(_SPANISH_MONTHS) + r"|setiembre)\s+(?:de\s+|del\s+)?(\d{4})", re.I)


def spanish_date(field: str) -> Optional[dt.date]:
    """A date written in Spanish, the whole of ``field`` ("Jueves 15 de abril de 2027"), else None."""
    m = _SPANISH_DATE.fullmatch(field)
    if not m:
        return None
    month = _SPANISH_MONTHS.get(m.group(2).lower(), 9)      # ("setiembre": September)
    try:
        return dt.date(int(m.group(3)), month, int(m.group(1)))
    except ValueError:
        return None


_DOCKET_RECEIPT = re.compile(r"^[ \t]*Transaction Receipt[ \t]*\n[ \t]*(\d{1,2}/\d{1,2}/\d{4})\b", re.M)


_CERTIFIED_COPY = re.compile(r"\bcertify that the (?:foregoing|above|attached)\b[^\n]{0,80}\btrue\b", re.I)


def _closing_dated_line(body: str) -> Optional[dt.date]:
    """The date of a "Dated: May 13, 2027" or "Issued: February 10, 2028" line among the last five lines of the text."""
    for ln in [x.strip() for x in body.split("\n") if x.strip()][-5:]:
        m = re.match(r"(?:dated|issued)\s*:?\s*(.+)$", ln, re.I)
        d = parse_date_value(m.group(1)) if m and len(ln.split()) <= 8 else None
        if d is not None:
            return d
    return None


def byline_date(text: str, body_start: int = 0) -> Optional[dt.date]:
    """The document's own date from its top lines when there is no metadata line:
    a short "Published: March 11, 2026 at 6:42 PM" / "Filed December 9, 2025" line
    in the first 40 lines (a court caption is long), else a keyed line there ("Effective Date: ...",
    "Last updated: ...", "Transcript: ..."), else a line that is only a
    date ("April 2, 2026", "NEWS ANALYSIS | April 21, 2026") or begins with one ("Tuesday, March 10,
    2026, 9:30 a.m., City Hall") or closes a meeting's heading ("Regular Session - Tuesday, April 21, 2026")
    in the first six (a bare date line in the first fifteen), else the last of a keyed line of a signature or approval
    block further down ("Dated: April 28, 2026", "Approved by Governor: March 24, 2026") and the execution line of an
    order or resolution anywhere ("DATED this 8th day of October, 2025"): "PASSED: February 25, 2027" followed by
    "APPROVED this 4th day of March 2027" is dated by the approval."""
    # a docket report printed from a court's electronic filing system is dated by its printing ("PACER Service
    # Center / Transaction Receipt / 03/21/2028 09:14:52"), not by the case's "Date Filed:" at its top
    receipt = _DOCKET_RECEIPT.search(text, body_start)
    if receipt is not None and parse_date_value(receipt.group(1)) is not None:
        return parse_date_value(receipt.group(1))
    lines = [ln.strip() for ln in text[body_start:].split("\n")[:60] if ln.strip()][:40]
    # a "Posted April 5, 2027" below the story's first paragraph is a post the story quotes, when a date line
    # stands at the top ("Friday, April 16, 2027" under the paper's name)
    top_at = next((k for k, ln in enumerate(lines[:6]) if _STANDALONE_DATE.match(ln)), None)
    top_date = top_at is not None
    first_paragraph = next((i for i, ln in enumerate(lines) if len(ln.split()) > 30), len(lines))
    # a bulletin's date line, then "* * *" and a press release it reprints ("FOR IMMEDIATE RELEASE: March 10"): the
    # lines below the separator belong to the text reprinted
    if top_date:
        first_paragraph = min(first_paragraph, next((i for i, ln in enumerate(lines) if _SEPARATOR_LINE.match(ln)),
                                                    len(lines)))
    # a memo's own "DATE:" line among its top lines, above a "Date issued:" of the notice it forwards further down
    top_keyed = any((m := _KEYED_DATE.match(ln)) and parse_date_value(m.group(1)) for ln in lines[:8]
                    if len(ln.split()) <= 15)
    # a top line naming the text's own date wins over any other: "Date of this record: March 15, 2028" above an
    # "Adopted by Council:" line and the "Dated: March 3, 2028" of the veto message the record reproduces (or "Record
    # date: June 9, 2027" above the "Date: May 19, 2027" of the staff memo attached to it)
    # (also as a field of a header table further down: "| Date of this notice | April 14, 2027 |")
    for k, ln in enumerate(lines):
        if k >= 8 and not ln.startswith("|"):
            continue
        ln = _TABLE_FIELD.sub(r"\1: \2", ln)
        # (or when the record was printed from its system: "Generated: 03/15/2028 08:02 AM" above "Filed: 01/12/2028")
        m = _KEYED_DATE.match(ln) if re.match(r"date\s+of\s+this\b|record\s+date\b|(?:date\s+)?(?:generated|printed)\b",
                                              ln, re.I) else None
        d = parse_date_value(m.group(1)) if m else None
        if d is not None:
            return d
    for i, ln in enumerate(lines):
        if top_date and i > first_paragraph:
            break
        if top_keyed and i >= 10:
            break
        # (a metadata line of several "|"-separated fields can be longer: "Published: Oct. 13, 2027 at 5:42 PM EDT |
        # Updated: ...", or "\u00b7"-separated fields: "Posted on March 16, 2028 by X, Communications Chair \u00b7
        # Categories: Community Meetings, Safety \u00b7 1 Comment")
        if (len(ln.split()) <= 15 or (("|" in ln or "\u00b7" in ln) and len(ln.split()) <= 26)) and not _EARLIER_TEXT.match(ln):
            m = _BYLINE_KEY.search(ln)
            # (but a title line in capitals dates its own text: "PRELIMINARY OFFICIAL STATEMENT DATED SEPTEMBER 14, 2027")
            if m and _names_other_text(ln, m) and not (i == 0 and ln.isupper()):
                m = None
            if m and top_at is not None and top_at < i and re.match(r"\W*(?:issued|released|decided|filed)\b", ln, re.I) \
                    and any(h.isupper() and len(h.split()) <= 8 for h in lines[top_at + 1:i]):
                m = None    # "Thursday, May 18, 2028" under the paper's name, then a box "THE REPORT AT A GLANCE ...
                #             Issued: May 16, 2028": the date of the report the story sums up, not the story's
            if m:
                d = parse_date_value(m.group(1))
                if d is not None:
                    return _case_step_below_date_line(lines[:i], m) or d
    for ln in lines[:8]:
        m = _FIRST_PUBLISHED.search(ln)
        d = parse_date_value(m.group(1)) if m else None
        if d is not None:
            return d
    # "Message sent: Thursday, October 14, 2027, 6:00 p.m.", "May 2027 | Mailed to members May 3, 2027": when a
    # letter or newsletter went out, in one of its top lines (or one field of it)
    for ln in lines[:8]:
        for field in ln.split("|"):
            m = _SENT_DATE.match(field.strip())
            d = parse_date_value(m.group(1)) if m else None
            if d is not None:
                return d
    late = None     # an approval line below the top of a short text ("Approved by the Board ... on October 26")
    for i, ln in enumerate(lines):
        if top_date and (i > first_paragraph or i >= 8):
            break       # an e-mail's "Date:" line quoted in a story dated at its top ("Local News | Wednesday, ...")
        # (or one "|"-separated field of it: "L.R. No. 4418H.03P | Prepared March 9, 2028")
        # (or a field set off by a run of spaces: "LS 7214            NOTE PREPARED: Feb 3, 2027"; not the space
        # after a key: "DATE:    May 19, 2027")
        m = next((k for k in (_KEYED_DATE.match(f.strip()) for f in re.split(r"\||(?<![:\s])\s{4,}", ln)) if k), None) \
            if len(ln.split()) <= 15 else None
        if m:
            d = parse_date_value(m.group(1))
            if d is not None:
                if i >= 6 and _LATER_STEP.match(ln):
                    late = late or d
                    continue
                if late is not None and i >= 6:
                    # a keyed line below a resolution's "ADOPTED Thursday, September 23, 2027" heads an attachment
                    # (the staff report's "Date: September 16, 2027"), not the text
                    continue
                if re.match(r"(?:adopted|passed)\b", ln, re.I) and _CERTIFIED_COPY.search(text[body_start:]):
                    # a resolution "Adopted: February 15, 2028" whose certified copy, with the reactions that
                    # followed, closes "I certify that the foregoing is a true copy ... Dated: February 18, 2028"
                    dated = _closing_dated_line(text[body_start:])
                    if dated is not None and d < dated <= d + dt.timedelta(days=31):
                        return dated
                return d
    for ln in lines[:6]:
        # a Spanish-language paper's masthead: "Periódico comunitario · Dayton, Ohio · Jueves 15 de abril de 2027"
        for field in re.split(r"[\u00b7\u2022|]", ln):
            d = spanish_date(field.strip())
            # (or a "|" field: "Correspondence packet released under ORS 192 | March 8, 2028")
            if d is None and ("\u00b7" in ln or "\u2022" in ln or "|" in ln):
                # a post's header: "Kenosha Police Department @KenoshaPD \u00b7 Apr 12, 2027 \u00b7 10:02 AM"
                m = _STANDALONE_DATE.match(field.strip())
                d = parse_date_value(m.group(1)) if m else None
            if d is not None:
                return d
    for ln in lines[:8]:
        # a press release's dateline with its date: "SPRINGFIELD, Mo., March 3, 2028 —", "PHOENIX (March 3, 2028) -",
        # "AUSTIN, Texas -- Tuesday, March 3, 2028 --"
        m = _DATELINE_DATE.match(ln)
        d = parse_date_value(m.group(1)) if m else None
        if d is not None:
            return d
    for i, ln in enumerate(lines[:15]):     # (a court's date line comes after its caption)
        m = _STANDALONE_DATE.match(ln) or _SLASHED_DATE.match(ln) or _INTRODUCED_LINE.match(ln) or _DATE_SIGNED.match(ln)
        if m is None and i < 6:
            # a header line set in columns, one of them only a date: "Concord, N.H.     Thursday, March 16, 2028
            # Journal No. 14" (a journal's or a bulletin's running head)
            cols = [c.strip() for c in re.split(r"\s{4,}", ln) if c.strip()]
            m = next((x for x in map(_STANDALONE_DATE.match, cols) if x), None) if len(cols) > 1 else None
        session = None
        if m is None and (i < 6 or _HEARING_KEY.match(ln)):
            # ("Tuesday, March 10, 2026, 9:30 a.m., ...", "Regular Session - Tuesday, April 21, 2026, 7:00 p.m.";
            # a bill analysis's "Hearing Date:  March 9, 2028" field under its author and subject lines)
            m = session = _LEADING_DATE.match(ln) or _SESSION_DATE.match(ln) or _COMMA_DAY_DATE.match(ln) \
                or _MEETING_COMMA_DATE.match(ln)
        if m:
            d = parse_date_value(m.group(1))
            if d is not None:
                if session is not None:
                    # a record of a session its clerk dated when attesting it, days later, at its end ("Session of
                    # Tuesday, May 11, 2027" ... "Attest: ... Clerk of the House / Dated: May 13, 2027"), or a
                    # hearing's summary issued days after it ("Hearing date: ..." ... "Issued: February 10, 2028")
                    dated = _closing_dated_line(text[body_start:])
                    if dated is not None and d < dated <= d + dt.timedelta(days=31):
                        return dated
                return d
    if late is not None:
        return late     # minutes dated by the meeting at their top; a text with no such line, by its approval
    # a signature or approval block at the end: "Dated: April 28, 2026", "Approved by Governor: ..."
    # (every line the top scan did not read: a short order's "Dated:" line can be its 39th)
    body = text[body_start:]
    tail = [ln.strip() for ln in body.split("\n") if ln.strip()][len(lines):]
    keyed = None        # (offset, date) of the last keyed line of the closing block
    for ln in reversed(tail):
        m = (_KEYED_DATE.match(ln) or _DATE_SIGNED.match(ln)) if len(ln.split()) <= 15 else None
        if m:
            d = parse_date_value(m.group(1))
            if d is not None:
                keyed = (body.rfind(ln), d)
                break
    executed = None     # (offset, date) of the last execution line ("APPROVED this 4th day of March 2027")
    for m in reversed(list(_EXECUTED.finditer(body))):
        year = year_in_words(m.group(3))
        day = day_number(m.group(1))
        d = parse_date_value(f"{m.group(2)} {day}, {year}") if year and day else None
        if d is not None:
            executed = (m.start(), d)
            break
    if executed is None:
        # (or the signer's own sentence near the end: "I signed this Executive Order on March 8, 2027, in Columbus")
        for m in reversed(list(_SIGNED_THIS.finditer(body))):
            d = parse_date_value(m.group(1))
            if d is not None:
                executed = (m.start(), d)
                break
    # the last step wins: "PASSED: February 25, 2027" then "APPROVED this 4th day of March 2027" is the approval
    found = [x for x in (keyed, executed) if x is not None]
    return max(found, key=lambda x: x[0])[1] if found else None


# --------------------------------------------------------------------------- metadata.csv

def read_metadata_csv(path: Path, warnings: list) -> dict[str, dict]:
    """``doc_id,title,date,outlet,url`` rows -> {doc_id: fields}. Bad rows warn."""
    out: dict[str, dict] = {}
    try:
        data = path.read_bytes()
    except OSError as exc:
        warn(path, f"cannot read metadata file ({exc})", warnings)
        return out
    text, _, _ = decode(data)
    reader = csv.DictReader(text.splitlines())
    if not reader.fieldnames or "doc_id" not in [f.strip() for f in reader.fieldnames]:
        warn(path, "metadata file has no doc_id column; ignored", warnings)
        return out
    for n, row in enumerate(reader, start=2):
        row = {(k or "").strip(): (v or "").strip() for k, v in row.items()}
        doc_id = row.pop("doc_id", "")
        if not doc_id:
            continue
        fields = {k: v for k, v in row.items() if v and k in ("title", "date", "outlet", "url", "genre")}
        if "date" in fields:
            d = parse_date_value(fields["date"])
            if d is None:
                warn(path, f"line {n}: date {fields['date']!r} not understood; ignored", warnings)
                del fields["date"]
            else:
                fields["date"] = d
        out[doc_id] = fields
    return out


# --------------------------------------------------------------------------- reading

def find_articles(source) -> tuple[list[Path], Optional[Path]]:
    """Article files of a folder (sorted) and its metadata.csv, or the given list of paths."""
    if isinstance(source, (str, Path)):
        folder = Path(source)
        if not folder.exists():
            raise NoArticlesError(f"{folder}: no such file or folder")
        if folder.is_file():
            return [folder], None
        files = sorted(p for p in folder.iterdir()
                       if p.is_file() and p.suffix.lower() in config.ARTICLE_SUFFIXES
                       and not p.name.startswith("."))
        meta = folder / config.METADATA_FILE
        return files, meta if meta.is_file() else None
    paths = [Path(p) for p in source]
    return sorted(paths), None


def read_file(path: Path, max_bytes: int = config.MAX_FILE_BYTES,
              warnings: Optional[list] = None) -> Optional[RawDocument]:
    """Read one article; None (with a warning naming the file) when it cannot be used."""
    warnings = warnings if warnings is not None else []
    try:
        size = path.stat().st_size
    except OSError as exc:
        warn(path, f"cannot read ({exc.strerror or exc}); skipped", warnings)
        return None
    if size > max_bytes:
        warn(path, f"file is {size:,} bytes, over the limit of {max_bytes:,}; skipped", warnings)
        return None
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        warn(path, f"cannot read ({exc.strerror or exc}); skipped", warnings)
        return None
    if not data.strip():
        warn(path, "file is empty; skipped", warnings)
        return None
    if looks_binary(data):
        warn(path, "looks like a binary file, not text; skipped", warnings)
        return None
    doc_warnings: list = []
    text, encoding, fell_back = decode(data)
    if fell_back:
        doc_warnings.append(warn(path, "not valid UTF-8 or UTF-16; decoded as cp1252"))
    is_html = False
    if looks_html(text):
        text = html_to_text(text)
        is_html = True
        doc_warnings.append(warn(path, "contains HTML; tags removed, text kept"))
    meta, body_start = read_header(text)
    meta_source = {k: "header" for k in meta}
    if "date" not in meta:
        found = byline_date(text, body_start)
        if found is not None:
            meta["date"], meta_source["date"] = found, "byline"
    if not text[body_start:].strip():
        warn(path, "has only metadata lines and no article text; skipped", warnings)
        return None
    warnings.extend(doc_warnings)
    return RawDocument(
        doc_id=path.stem, path=str(path), sha256=hashlib.sha256(data).hexdigest(),
        text=text, encoding=encoding, body_start=body_start, meta=meta,
        meta_source=meta_source, warnings=doc_warnings, is_html=is_html,
    )


def read_corpus(source=None, paths: Optional[Iterable] = None,
                max_bytes: int = config.MAX_FILE_BYTES,
                warnings: Optional[list] = None) -> list[RawDocument]:
    """Read every article of a folder (or the given paths); raise NoArticlesError if none."""
    warnings = warnings if warnings is not None else []
    files, meta_path = find_articles(paths if paths is not None else (source or config.SEEDS_DIR))
    label = source if source is not None else "the given paths"
    if not files:
        raise NoArticlesError(f"{label}: no .txt or .md articles found")
    metadata = read_metadata_csv(meta_path, warnings) if meta_path else {}
    docs: list[RawDocument] = []
    seen: dict[str, str] = {}
    for path in files:
        doc = read_file(path, max_bytes=max_bytes, warnings=warnings)
        if doc is None:
            continue
        if doc.doc_id in seen:
            warn(path, f"same file stem as {seen[doc.doc_id]}; doc_id made unique", warnings)
            doc.doc_id = f"{doc.doc_id}_{doc.sha256[:8]}"
        seen[doc.doc_id] = doc.path
        for key, value in metadata.get(doc.doc_id, {}).items():
            doc.meta[key] = value
            doc.meta_source[key] = "metadata"
        docs.append(doc)
    unknown = sorted(set(metadata) - {d.doc_id for d in docs})
    if unknown:
        warn(meta_path, f"rows for unknown doc_id(s): {', '.join(unknown[:5])}", warnings)
    if not docs:
        raise NoArticlesError(f"{label}: none of the {len(files)} file(s) could be read")
    return docs
