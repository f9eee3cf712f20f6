"""Paragraphs, headings and sentences with character offsets.

Works on cleaned text. A paragraph is a block of non-empty lines; in news
copy pasted from the web every line is usually its own paragraph, so each
non-empty line is a paragraph. A heading is a short line without sentence
punctuation (see :func:`is_heading_line`). Sentences are split by a rule
splitter that knows abbreviations (Gov., U.S., D.C.), initials, closing
quotes and ellipses.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .extract.base import Sentence

# Abbreviations after which a period never ends a sentence (titles, months...).
TITLE_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gov", "sen", "rep", "reps", "sens", "lt", "gen", "col",
    "maj", "capt", "sgt", "cpl", "adm", "cmdr", "atty", "supt", "det", "insp", "hon", "rev",
    "st", "ste", "mt", "ft", "jr", "sr", "messrs", "pres", "asst", "assoc", "dept", "div",
    "no", "nos", "vs", "v", "inc", "corp", "co", "ltd", "llc", "bros", "approx", "est", "fig",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan",
    "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla",
    "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo", "cal", "e.g", "i.e", "etc", "al",
    # court and statute citations: "(Dkt. 5)", "ECF No. 12", "Sec. 4", "9th Cir.", "Supp.", "subd. 2"
    "dkt", "ecf", "para", "paras", "sec", "secs", "subd", "cir", "supp", "cf", "exh",
}
# Words that, capitalised after "U.S." or "D.C.", usually start a new sentence.
SENTENCE_STARTERS = {
    "the", "a", "an", "this", "that", "these", "those", "it", "he", "she", "they", "we", "i",
    "but", "and", "in", "on", "at", "for", "so", "yet", "if", "when", "while", "after",
    "before", "as", "there", "his", "her", "their", "our", "its", "some", "many", "most",
    "meanwhile", "still", "however", "instead", "since", "because", "although", "officials",
}

_LINE = re.compile(r"[^\n]+")
#: what a dateline may carry in parentheses: its agency ("(AP)", "(KSXL)") or, in a press release, its date
#: ("(May 2, 2026)", "(5/2/2026)")
DATELINE_NOTE = r"(?: \([A-Za-z .]+\)| \((?:[A-Z][a-z]+\.? \d{1,2}, \d{4}|\d{1,2}/\d{1,2}/\d{2,4})\))?"
# A news dateline opening a paragraph: "AUSTIN —", "KANSAS CITY, Mo. —", "WASHINGTON (AP) —".
_DATELINE = re.compile(
    r"^[A-Z][A-Z.'\u2019-]+(?: [A-Z][A-Z.'\u2019-]+){0,3}"
    r"(?:, (?:[A-Z][a-z]+\.?|[A-Z]\.[A-Z]\.)(?: [A-Z][a-z]+\.?)?)?"
    + DATELINE_NOTE + r"\s*(?:\u2014|\u2013|--?)\s+(?=\S)")
_END = re.compile(r"""([.!?]+|\u2026)(["'\u201d\u2019)\]]*)(\s+)(?=["'\u201c\u2018(\[]?[A-Z0-9\u00c0-\u024f])""")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_TERMINAL = tuple('.!?:;"\u201d\u2019)\u2026,')


@dataclass
class Paragraph:
    index: int
    start: int
    end: int
    text: str
    is_heading: bool


_NOT_HEADLINE_START = {"a", "an", "the", "this", "that", "these", "those", "and", "but", "or", "it", "he", "she",
                       "they", "we", "i", "there"}
#: a letter in parentheses inside a word: "287(g)"
_LETTER_IN_PARENS = re.compile(r"(?<=\w)\([a-z]\)")
#: a vote tally closing a headline: ", 4-3"
_HEADLINE_TALLY = re.compile(r",\s*\d{1,2}\s*[-\u2013]\s*\d{1,2}$")
#: the upper-case title of a resolution, ordinance, act, bill or order
_INSTRUMENT_TITLE = re.compile(r"^(?:A|AN)\s+(?:RESOLUTION|ORDINANCE|ACT|BILL|ORDER|EXECUTIVE ORDER|PROCLAMATION)\b")


#: a line that is a clause of a longer text: a recital ("WHEREAS, ...") or one ending in a semicolon ("...; and")
_CLAUSE_LINE = re.compile(r"^(?:WHEREAS|Whereas)\b|;(?:\s*(?:and|or))?$")


#: the number of a list item or brief: "7. ", "(3) ", "12) "
_LIST_NUMBER = re.compile(r"^\(?\d{1,2}[.)]\s+")


def _capitalised(words: list[str]) -> tuple[list[str], int]:
    """The content words of a line (longer than three letters) and how many of them are capitalised."""
    content = [w for w in words if len(w.strip("\u201c\u201d\"'():,")) > 3]
    return content, sum(1 for w in content if w.strip("\u201c\u201d\"'(:,")[:1].isupper())


#: a chapter's time at the head of a line of show notes ("03:30 ...", "[01:02:10] ...")
#: a recording's or a show's timestamp before a line: "[00:01:13] GUEST: ...", "03:30 Douglas County sues the state"
TIMESTAMP = r"[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s+"
_CHAPTER_TIME = re.compile(r"^(?:" + TIMESTAMP +
                           # a live blog's update: "4:32 p.m. — Commissioner moves to drop ICE contract"
                           r"|\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?(?:\s+[A-Z]{1,4})?\s*(?:\u2014|\u2013|--?|:)\s*)"
                           r"(?=[A-Z]|\d{1,2}[.)]\s+[A-Z])")     # (or a numbered chapter's: "02:14 1. How ...")


def is_heading_line(line: str, *, first_line: bool = False) -> bool:
    """A heading: a short line, no final sentence punctuation, mostly capitalised words.

    The first lines of a document (up to the first body paragraph: outlet, byline,
    date, headline) may be a sentence-case headline (a short line without a final
    period), so the capitalisation test is waived there.
    """
    s = line.strip()
    if _INSTRUMENT_TITLE.match(s) and not any(ch.islower() for ch in s):
        return True     # "AN ORDINANCE AMENDING ...": the title of the text, not a clause of it
    quoted = re.fullmatch(r"['\u2018]([A-Z][^'\u2018\u2019\"\u201c\u201d]{3,80}?)['\u2019]", s)
    if quoted and 2 <= len(quoted.group(1).split()) <= 10 and quoted.group(1)[-1] not in _TERMINAL:
        return True     # a pull quote set as a subhead: "'We held the roads'"
    if not s or (s[-1] in _TERMINAL and not re.search(r"\w\(\w{1,3}\)$", s)):
        return False    # (a program's letter in parentheses ends no sentence: "Where your county stands on 287(g)")
    if _CLAUSE_LINE.search(s):
        return False    # a resolution's recital or a clause of a list: "WHEREAS, the Cities of X and Y have ...; and"
    words = s.split()
    if len(words) > (20 if first_line else 14):
        # a long headline in Title Case ("Milwaukee County Jail Superintendent Indicted for Hiding Inmates from
        # ICE and Lying to Federal Agents"): nearly every content word capitalised
        content, caps = _capitalised(words)
        return len(words) <= 22 and len(content) >= 8 and caps >= 0.9 * len(content)
    s = _CHAPTER_TIME.sub("", s)    # "03:30 Douglas County sues the state": a show's chapter title
    numbered = bool(_LIST_NUMBER.match(s))
    s = _LIST_NUMBER.sub("", s)     # "7. Nassau County renews 287(g) deal": a numbered brief's headline
    words = s.split()
    if numbered and 2 <= len(words) <= 6 and s[:1].isupper() and not any(
            ch in _LETTER_IN_PARENS.sub("", s) for ch in ",;:()\u201c\u201d\""):
        return True     # a numbered item's short title: "4. Records request received", "5. Sheriff joins 287(g)"
    if first_line and len(words) >= 3:
        return True
    if len(words) < 2:
        return s[:1].isupper() and s.isalpha() and len(s) > 3 and not first_line and False
    content, caps = _capitalised(words)
    if not content:
        return False
    if caps / len(content) >= 0.6:
        return True
    # a sentence-case headline inside the text ("Sheriff's move to join ICE program splits the city"):
    # a capitalized line of 4-12 words with no punctuation a sentence would carry, in headline style
    # (no leading article or conjunction). A program's letter in parentheses ("Sheriff signs 287(g)
    # agreement") and a closing vote tally ("Prison board renews jail deal, 4-3") are headline shapes too.
    bare = _HEADLINE_TALLY.sub("", _LETTER_IN_PARENS.sub("", s))
    return 4 <= len(words) <= 12 and s[:1].isupper() and not any(ch in bare for ch in ",;:()\u201c\u201d\"") \
        and not _HEADLINE_TALLY.sub("", s)[-1].isdigit() and words[0].lower() not in _NOT_HEADLINE_START


#: a byline: "By Marisol Quenneville-Dabrowski, Senior Staff Writer"
_BYLINE = re.compile(r"By [A-Z][\w.'\u2019-]+(?: [A-Z][\w.'\u2019-]+){0,4}(?:,|$| and )")


def paragraphs(text: str) -> list[Paragraph]:
    """Each non-empty line is a paragraph; headings are flagged by shape."""
    out = []
    in_top = True       # before the first body paragraph: outlet, byline, date and headline lines
    for i, m in enumerate(_LINE.finditer(text)):
        raw = m.group(0)
        lead = len(raw) - len(raw.lstrip())
        body = raw.strip()
        if not body:
            continue
        start = m.start() + lead
        heading = is_heading_line(body, first_line=in_top and len(out) < 6)
        out.append(Paragraph(len(out), start, start + len(body), body, heading))
        if not heading:
            in_top = False
    for k in range(len(out) - 1):
        p = out[k]
        if not p.is_heading and _BYLINE.match(out[k + 1].text) and p.text[-1:] not in _TERMINAL \
                and len(p.text.split()) <= 20:
            # a headline right above its byline, whatever its punctuation ("Regents rein in campus police on
            # immigration; senator threatens $38 million cut" / "By X, Staff Writer"): a second story's headline
            out[k] = Paragraph(p.index, p.start, p.end, p.text, True)
    return out


#: a part of a document named by a letter, before the period: "Appendix B.", "Exhibit C.", "Attachment A."
_LETTERED_PART = re.compile(r"\b(?:Appendix|Exhibit|Attachment|Annex|Schedule|Addendum|Enclosure|Tab)\s+[A-Z]\.$")


def _is_abbreviation(text: str, dot: int) -> bool:
    """Is the period at ``text[dot]`` part of an abbreviation that does not end the sentence?"""
    m = _WORD_BEFORE.search(text, 0, dot)
    if not m:
        return False
    word = m.group(1)
    bare = word.rstrip(".").lower()
    if bare in TITLE_ABBREVIATIONS:
        return True
    if bare in ("doc", "docs") and re.match(r"\s+\d", text[dot + 1:]):
        return True     # a docket citation: "(Doc. 27)", "Docs. 41-42"
    if len(word) == 1 and word.isupper():  # an initial: "John F. Kennedy"
        # (not a labelled part's letter: "another violent felony listed in Appendix B. Staff shall also ...")
        return not _LETTERED_PART.search(text, 0, dot + 1)
    if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word):  # U.S, D.C, U.N, e.g
        nxt = re.match(r"\s+[\"'\u201c\u2018(]?([A-Za-z]+)", text[dot + 1:])
        return not (nxt and nxt.group(1).lower() in SENTENCE_STARTERS)
    return False


#: a statute's run-in section heading: "(c) Notice of release.--A county correctional institution shall ..."
_RUN_IN_HEADING = re.compile(r"(?<=[a-z)])\.(?:--|\u2014)(?=[A-Z])")


def _run_in_headings(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each run-in heading of a statute ("(c) Notice of release.--") its own sentence, apart from the rule after it."""
    out = []
    for start, end in spans:
        m = _RUN_IN_HEADING.search(text, start, end)
        if m is not None and len(text[start:m.start()].split()) <= 8:
            out += [(start, m.end()), (m.end(), end)]
        else:
            out.append((start, end))
    return out


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` inside one paragraph of text."""
    spans = []
    start = 0
    for m in _END.finditer(text):
        punct_start = m.start(1)
        if m.group(1) == "." and _is_abbreviation(text, punct_start):
            continue
        end = m.end(2)
        if text[start:end].strip():
            spans.append((start, end))
        start = m.end(3)
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return _run_in_headings(text, spans)


def sentences(doc_id: str, text: str) -> list[Sentence]:
    """All sentences of a cleaned document, headings included, with offsets."""
    out: list[Sentence] = []
    for para in paragraphs(text):
        if para.is_heading:
            spans = [(0, len(para.text), True)]
        else:
            spans = [(s, e, False) for s, e in split_sentences(para.text)]
            dl = _DATELINE.match(para.text)
            head_words = para.text[:dl.end()].strip(" \u2014\u2013-").split() if dl else []
            if dl and (len(head_words) == 1 and len(head_words[0]) < 5 or not para.text[dl.end()].isupper()):
                dl = None   # "ICE — the agency —" is an aside, not a dateline
            if dl and spans and spans[0][0] == 0 and spans[0][1] > dl.end():
                # the dateline is its own (heading-like) segment, not part of the first sentence
                head = para.text[:dl.end()].rstrip()
                spans[:1] = [(0, len(head), True), (dl.end(), spans[0][1], False)]
        for s, e, heading in spans:
            a, b = para.start + s, para.start + e
            out.append(Sentence(f"{doc_id}:{len(out)}", doc_id, para.index, heading, a, b, text[a:b]))
    return out
