"""Who speaks a sentence that carries no quotation marks.

Three kinds of text say things without quoting them: the answers of a transcript or a
question-and-answer interview ("HALLORAN: What happened was shameful", "A: We do."), an op-ed
written in the first person by an official, and a letter signed by one. The actions stage uses
these speakers to resolve "I", "we" and "our" and to read what the speaker says as a statement
(condemnation, criticism, praise), as it does for quotations.

A fourth kind, a statement or post in the first person closed by a line with only its official's
name ("Today I signed ... / Sheriff Ana Ruiz"), perhaps inside a news story, lends that official to
its "I", "we" and "our" only: its sentences are not read as an answer's words.
"""
from __future__ import annotations

import re
from typing import Optional

from .. import vocabulary
from ..segment import TIMESTAMP
from .base import FEDERAL_AGENCY_LINE

_PLACE_LEVEL = {"state": "state", "county": "county", "city": "city", "country": "federal"}


def _level(level) -> Optional[str]:
    if level in vocabulary.LEVELS:
        return level
    return _PLACE_LEVEL.get(level or "")


_ANSWER_LABEL = re.compile(r"(?:" + TIMESTAMP + r")?"    # a timestamp: "[00:01:13] GUEST: ..."
                           # ("MS. THIBODEAUX-KARANJA: Good morning.": a courtesy title before the name)
                           r"(?:(?P<a>A)|(?P<name>(?:(?:MR|MS|MRS|DR|[A-Z]{2,5})\. )?[A-Z][A-Za-z'\u2019-]+(?: [A-Z][A-Za-z'\u2019-]+){0,2})"
                           # ("IGNATIUS X, COMMUNICATIONS DIRECTOR, CITY OF EMPORIA: ...": the speaker's title and
                           # government after the name, in capitals)
                           r"(?:,(?: [A-Z][A-Z.'\u2019&-]*)+(?:,(?: [A-Z][A-Z.'\u2019&-]*)+){0,2})?):\s+\S")
#: the people a podcast's or a show's header names for its labels: "Host: X | Guest: Y, Lancaster County Attorney"
_ROLE_HEADER = re.compile(r"\b(?P<role>Host|Guest|Interviewer|Interviewee|Moderator|Panelist)s?:\s*"
                          r"(?P<name>[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){1,3})")
_QUESTION_LABEL = re.compile(r"^Q:\s", re.M)
#: the line that introduces a question-and-answer interview ("X spoke with the Sentinel on Thursday")
_INTERVIEW_FRAME = re.compile(r"\b(?:spoke|talked|sat down) (?:with|to)\b|\binterview(?:ed)? (?:with|by)\b", re.I)
_PRESS_ROLES = re.compile(r"\b(reporter|editor|writer|correspondent|columnist|host|anchor|moderator|producer)\b", re.I)


_BYLINE = re.compile(r"^\s*(?:By|BY|From:)\s+\S", re.M)
#: ("OFFICE OF THE MAYOR" in capitals too)
_OFFICE_OF = re.compile(r"^\s*(?:Office of the ([A-Z][a-z]+)|OFFICE OF THE ([A-Z]+))\s*$", re.M)
#: ("To the Sheriffs of Oregon:": a circular letter's address)
_SALUTATION = re.compile(r"^\s*(?:Dear|To (?:the|all|All|every|each))\s+[^\n]{2,80}[:,]\s*$", re.M)
_SIGN_OFF = re.compile(r"^\s*(?:Sincerely|Respectfully(?: submitted)?|Very truly yours|Yours truly|Regards),?\s*$", re.M)


#: a signature line under a statement: a name alone, with the signer's title before it ("Sheriff Ana Ruiz")
_SIGNATURE_LINE = re.compile(r"^[ \t]*(?:[A-Z][a-z]+\.?[ \t]+){0,3}[A-Z][\w.'\u2019-]+(?:[ \t]+[A-Z][\w.'\u2019-]+){1,3}"
                             # (or a name with its title after a comma: "Jane Roe, Mayor, City of Santa Rosa")
                             r"(?:,[ \t]*[A-Z][^\n.!?:;\"\u201c\u201d]{1,80})?[ \t]*$", re.M)
_FIRST_PERSON = re.compile(r"\b(?:I|my|we|our|We|Our|My)\b")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _signers(pdoc, people, by_name) -> list[tuple[dict, int, int]]:
    """(the official whose name closes a statement in the first person, where that line begins, where the
    statement may begin) for each such statement: a post or statement reproduced in full ("Today I signed ... /
    Sheriff Ana Ruiz"), perhaps with a story around it, or each signed argument of a voter pamphlet ("We condemn
    ... / Jane Roe, Mayor, City of Santa Rosa"). Only the first person above a signer's line, and below the
    signer before, is the signer's."""
    text = pdoc.text
    out: list[tuple[dict, int, int]] = []
    since = 0
    for m in _SIGNATURE_LINE.finditer(text):
        if m.start() < since:
            continue
        before = text[max(0, m.start() - 1500):m.start()]
        paras = [ln for ln in before.split("\n") if ln.strip()][-3:]
        if not paras or not any(_FIRST_PERSON.search(re.sub(r"[\"\u201c][^\"\u201d]*[\"\u201d]", "", ln))
                                for ln in paras):
            continue    # no first person just above (quotations aside): a name line of another kind
        for p in people:
            if m.start() <= int(p.get("start", -1)) < m.end() and p.get("name") in by_name:
                row = by_name[p["name"]]
                if _PRESS_ROLES.search(row.get("role") or "") or _level(row.get("level")) not in ("state", "county", "city"):
                    continue    # (a state, county or city official's statement)
                end = _BLANK_LINE.search(text, m.end())
                block_end = end.start() if end else len(text)
                signer = dict(actor=p["name"], level=_level(row.get("level")), jurisdiction=row.get("jurisdiction"),
                              jkind=None, named=True)
                others = _cosigners(people, by_name, m.end(), block_end, signer)
                if others:
                    signer["joint"] = others    # "Ezinne X, Mayor of Columbus / Thaddeus Y, Mayor of Cleveland / ...":
                    #                             the statement's "we" is all of them
                out.append((signer, m.start(), since))
                since = block_end    # (the rest of the signature block is no statement)
                break
    return out


def _cosigners(people, by_name, a: int, b: int, first: dict) -> list[dict]:
    """The other officials of a signature block, each on a line of its own between offsets ``a`` and ``b``, of the
    first signer's level and placed in a government other than the first signer's (three mayors signing together;
    not a supervisor with a city council member, whose "this county" is the supervisor's)."""
    out, seen = [], {first.get("jurisdiction")}
    for p in sorted(people, key=lambda p: int(p.get("start", -1))):
        if not a <= int(p.get("start", -1)) < b or p.get("name") not in by_name:
            continue
        row = by_name[p["name"]]
        if _PRESS_ROLES.search(row.get("role") or "") or _level(row.get("level")) != first.get("level") \
                or row.get("jurisdiction") in seen:
            continue
        seen.add(row.get("jurisdiction"))
        out.append(dict(actor=p["name"], level=_level(row.get("level")), jurisdiction=row.get("jurisdiction"),
                        jkind=None, named=True))
    return out


def _official_in(people, by_name, a: int, b: int) -> Optional[dict]:
    """The first person the people stage knows as an official named between offsets ``a`` and ``b``."""
    for p in people:
        if a <= int(p.get("start", -1)) < b and p.get("name") in by_name:
            row = by_name[p["name"]]
            if _PRESS_ROLES.search(row.get("role") or "") or row.get("level") in (None, "nongovernmental"):
                continue
            return dict(actor=p["name"], level=_level(row.get("level")), jurisdiction=row.get("jurisdiction"),
                        jkind=None, named=True)
    return None


def _byline_span(text: str, m) -> tuple[int, int]:
    # (from the match's end: "^\s*" may begin on the blank line above the byline)
    return m.start(), text.find("\n", m.end()) % (len(text) + 1)


def _later_authors(pdoc, people, by_name) -> list[tuple[int, dict]]:
    """(offset, official) of each byline below the top: a second piece on the page (a guest column under the
    editorial, "By Hollis X", whose bio line makes X the sheriff) is its writer's from there on."""
    out = []
    for m in _BYLINE.finditer(pdoc.text, 800):
        who = _official_in(people, by_name, *_byline_span(pdoc.text, m))
        if who is not None:
            out.append((m.start(), who))
    return out


def _author(pdoc, people, by_name) -> Optional[dict]:
    """The official who wrote the document: the person of a byline near the top ("By Sen. X"), the
    signer after "Sincerely," or, under an "Office of the Mayor" letterhead, the mayor named first — when
    the people stage knows them as an official."""
    spans = []
    m = _BYLINE.search(pdoc.text, 0, 800)
    if m:
        spans.append(_byline_span(pdoc.text, m))
    m = _SIGN_OFF.search(pdoc.text)
    if m:
        spans.append((m.end(), m.end() + 120))
    for a, b in spans:
        who = _official_in(people, by_name, a, b)
        if who is not None:
            return who
    # a letterhead "Office of the Mayor" over an address or a message: the official of that title named
    # first ("2027 STATE OF THE CITY ADDRESS / Mayor X")
    m = _OFFICE_OF.search(pdoc.text, 0, 400)
    if m and m.group(2) and any(len(line) > 70 for line in pdoc.text[:m.start()].splitlines()):
        m = None    # (a capitals "OFFICE OF THE SHERIFF" below an editor's note is a reprinted letter's, not the page's)
    if m:
        title = (m.group(1) or m.group(2)).lower()
        for p in sorted(people, key=lambda p: int(p.get("start", 10 ** 9))):
            row = by_name.get(p.get("name"))
            if row and title in (row.get("role") or "").split() and not (row.get("role") or "").startswith("former") \
                    and row.get("level") in ("state", "county", "city"):
                return dict(actor=p["name"], level=_level(row.get("level")), jurisdiction=row.get("jurisdiction"),
                            jkind=None, named=True)
    return None


#: the lines below a signature that name others: "cc: Attorney General X", "Enclosures"
_COPY_LINE = re.compile(r"\n[ \t]*(?:cc|CC|Cc|bcc|Enclosures?|Attachments?)\b")


def _letters(text: str, people, by_name) -> list[tuple[int, int, Optional[dict]]]:
    """(where each letter's body begins, where its sign-off is, the official who signed it or None), for every
    "Dear ...:" with a "Sincerely,"/"Respectfully," below it and no other salutation between."""
    out = []
    sals = list(_SALUTATION.finditer(text))
    for k, sal in enumerate(sals):
        off = _SIGN_OFF.search(text, sal.end())
        if off is None or (k + 1 < len(sals) and sals[k + 1].start() < off.start()):
            continue
        end = off.end() + 120
        cc = _COPY_LINE.search(text, off.end(), end)     # (an official copied below is no signer)
        who = _official_in(people, by_name, off.end(), cc.start() if cc else end)
        if who is None:
            who = _federal_letterhead(text, sal.start(), sals[k - 1].end() if k else 0)
        out.append((sal.end(), off.start(), who))
    return out


#: a federal department's or agency's letterhead line, in capitals, and the name its letter is told by
_FEDERAL_LETTERHEADS = ((re.compile(r"\bIMMIGRATION AND CUSTOMS ENFORCEMENT\b"), "Immigration and Customs Enforcement"),
                        (re.compile(r"\bHOMELAND SECURITY\b"), "Department of Homeland Security"),
                        (re.compile(r"\bDEPARTMENT OF JUSTICE\b"), "Department of Justice"))
#: a line that only separates two texts of a packet: "* * *", "---"
_SEPARATOR = re.compile(r"^[ \t]*(?:[*\-=_#~][ \t]*){3,}$", re.M)


def _federal_letterhead(text: str, at: int, since: int) -> Optional[dict]:
    """The federal agency whose letterhead heads the letter saluted at ``at`` (in the lines above it, after the
    last separator of a packet and the letter before), when no official the people stage knows signed it: a
    regional director's letter under "U.S. DEPARTMENT OF HOMELAND SECURITY" is that department's."""
    top = max(since, at - 600)
    seps = list(_SEPARATOR.finditer(text, top, at))
    if seps:
        top = seps[-1].end()
    first = True
    for line in text[top:at].split("\n"):
        line = line.strip()
        if not line:
            continue
        was_first, first = first, False
        if len(line.split()) > 10:
            continue
        if not line.isupper():
            # (a letterhead in mixed case is the agency's name alone on the letter's first line: "Immigration and
            # Customs Enforcement" over "Enforcement and Removal Operations, Chicago Field Office"; not an
            # addressee's block lower down)
            line = line.upper() if was_first and FEDERAL_AGENCY_LINE.fullmatch(line) else ""
        for pat, name in _FEDERAL_LETTERHEADS:
            if pat.search(line):
                return dict(actor=name, level="federal", jurisdiction=None, jkind=None, named=False)
    return None


#: one message of a printed e-mail chain: its "From:" line with a "Sent:" or "Date:" line just below
_EMAIL_HEADER = re.compile(r"^[ \t]*From[ \t]*:[ \t]*(?P<who>[^\n]+)\n(?:[^\n]*\n){0,2}?[ \t]*(?:Sent|Date)[ \t]*:", re.M)
#: a federal immigration agency named in a sender's line: "From: X, Y (ICE ERO)"
_FEDERAL_SENDER = re.compile(r"\b(?:ICE|ERO|HSI|DHS|CBP|USCIS|Immigration and Customs Enforcement|Homeland Security)\b")


def _messages(text: str, people, by_name) -> list[tuple[int, int, Optional[dict]]]:
    """(where each message of an e-mail chain begins, where the next begins, its writer or None) when the text
    holds two or more: the person of its "From:" line the people stage knows as an official (by surname:
    "From: Ruiz, Ana (Sheriff)"), or, for a federal immigration agency's address ("(ICE ERO)"), the agency."""
    heads = list(_EMAIL_HEADER.finditer(text))
    if len(heads) < 2:
        return []
    out = []
    for k, h in enumerate(heads):
        end = heads[k + 1].start() if k + 1 < len(heads) else len(text)
        line = h.group("who")
        who = None
        if _FEDERAL_SENDER.search(line):
            who = dict(actor="Immigration and Customs Enforcement", level="federal", jurisdiction=None, jkind=None,
                       named=False)
        else:
            words = set(re.findall(r"[\w'\u2019-]+", line))
            for name, row in by_name.items():
                if name.split()[-1] in words and not _PRESS_ROLES.search(row.get("role") or "") \
                        and _level(row.get("level")) in ("state", "county", "city"):
                    who = dict(actor=name, level=_level(row.get("level")), jurisdiction=row.get("jurisdiction"),
                               jkind=None, named=True)
                    break
        out.append((h.start(), end, who))
    return out


#: a post's header line in a record of posts: "[2] @GRMayorOstrowski | March 1, 2028 | 8:12 a.m.", "Mayor X
#: @MayorX \u00b7 Sep 7, 2027"
_POST_HANDLE = re.compile(r"(?m)^[^\n]{0,60}?@(?P<handle>\w{3,30})\b[^\n]{0,80}(?:\||\u00b7)[^\n]*\d{4}[^\n]*$")


def _posts(text: str, people, by_name) -> list[tuple[int, int, Optional[dict]]]:
    """(where each post of a record of posts begins, where the next begins, its holder or None) when the text holds
    two or more post headers: the official whose surname the account's handle spells ("@GRMayorOstrowskiAbara" is
    Mayor Clementine Ostrowski-Abara's), so the post's "I" and "we" are that official's."""
    heads = list(_POST_HANDLE.finditer(text))
    if len(heads) < 2:
        return []
    out = []
    for k, h in enumerate(heads):
        end = heads[k + 1].start() if k + 1 < len(heads) else len(text)
        handle = h.group("handle").lower()
        hits = [(name, row) for name, row in by_name.items()
                if len(re.sub(r"[^a-z]", "", name.split()[-1].lower())) >= 4
                and re.sub(r"[^a-z]", "", name.split()[-1].lower()) in handle
                and not _PRESS_ROLES.search(row.get("role") or "")
                and _level(row.get("level")) in ("federal", "state", "county", "city")]
        who = None
        if len(hits) == 1:
            name, row = hits[0]
            who = dict(actor=name, level=_level(row.get("level")), jurisdiction=row.get("jurisdiction"), jkind=None,
                       named=True)
        out.append((h.start(), end, who))
    return out


#: the writer naming its own office: "this Office will withhold ...", "this Department has referred ..."
_THIS_OFFICE = re.compile(r"\b[Tt]his (?:Office|office|Department|department|Agency|agency|Bureau|bureau)\b(?!\s+of\b|['\u2019]s)")


def _first_person(s) -> bool:
    """The sentence speaks in the first person: "I", "my", "we", "our", or the writer's "this Office" as the one
    who acts (not "this office's partnership")."""
    return any(t.lower_ in ("i", "my", "we", "our") and t.pos_ == "PRON" for t in s.doc) \
        or _THIS_OFFICE.search(s.text) is not None


def _label_place(text: str, places, a: int, b: int) -> Optional[tuple[str, str]]:
    """(jurisdiction, level) of the government a speaker's label names after the name, between offsets ``a`` and
    ``b`` ("..., COMMUNICATIONS DIRECTOR, CITY OF EMPORIA:"): a place the places stage found there, else one it found
    elsewhere in the text written there in capitals; None if neither."""
    govs = [p for p in places or () if _level(p.get("kind")) in ("state", "county", "city") and p.get("jurisdiction_id")]
    for p in govs:
        if a <= int(p.get("start", -1)) < b:
            return p["jurisdiction_id"], _level(p.get("kind"))
    tail = text[a:b]
    named = [p for p in govs if p.get("text") and re.search(r"\b" + re.escape(p["text"]) + r"\b", tail, re.I)]
    if named:
        p = max(named, key=lambda p: len(p["text"]))
        return p["jurisdiction_id"], _level(p.get("kind"))
    return None


def transcript_speakers(pdoc, people, quotes=(), judged=None, places=()) -> dict[str, dict]:
    """sentence_id -> the speaker of a transcript's answer: a paragraph that opens with a speaker's
    name in capitals ("HALLORAN: We will ...", matched to a person the people stage found) or, in a
    question-and-answer interview, with "A:" (the person interviewed: the most mentioned person who
    is not one of the journalists). Answers carry no quotation marks, but what they say is said.

    In a text an official wrote (byline, "From:" line or signature), the sentences in the first person
    are the writer's, and so are those ``judged(sentence)`` says pass a verdict ("Arresting someone for
    coming to court is shameful": no one else in the text says it)."""
    people = [p for p in people if p.get("name")]
    if not people and not _SALUTATION.search(pdoc.text or ""):
        return {}       # (a letter with no official the people stage knows may still be a federal letterhead's)
    counts = {}
    for p in people:
        if not _PRESS_ROLES.search(p.get("role") or "") and p.get("level") != "nongovernmental":
            counts[p["name"]] = counts.get(p["name"], 0) + 1
    by_name = {}
    for p in sorted(people, key=lambda p: (p.get("jurisdiction") in (None, "us-dc-washington"), not p.get("level"))):
        by_name.setdefault(p["name"], p)     # a row that places the person, if any does
    interviewee = max(counts, key=lambda n: (counts[n], -list(by_name).index(n))) if counts else None
    first_q = _QUESTION_LABEL.search(pdoc.text)
    has_q = first_q is not None
    if has_q:
        # "X spoke with the Sentinel on Thursday ...", just above the first "Q:": the person interviewed,
        # however often the introduction names others
        framed = [m for m in _INTERVIEW_FRAME.finditer(pdoc.text, 0, first_q.start())]
        if framed:
            a = pdoc.text.rfind("\n", 0, framed[-1].start()) + 1
            named = [p["name"] for p in people if p.get("start") is not None and a <= int(p["start"]) < framed[-1].end()
                     and not _PRESS_ROLES.search(p.get("role") or "")]
            if named:
                interviewee = named[0]
    quoted = [(int(q["start"]), int(q["end"])) for q in quotes or () if q.get("start") is not None]
    out, line_speaker, line_place = {}, {}, {}
    # (a transcript: two or more lines open with a speaker's name in capitals)
    labelled = sum(1 for m in re.finditer(r"(?m)^(?:(?:MR|MS|MRS|DR)\. )?[A-Z][A-Z'\u2019-]+(?: [A-Z][A-Z'\u2019-]+){0,2}:\s+\S",
                                          pdoc.text))
    current = None      # the speaker of the last labelled line
    current_place = None    # the government its label names, if any
    roles = {}
    for m in _ROLE_HEADER.finditer(pdoc.text, 0, 1500):
        name = next((n for n in by_name if n == m.group("name") or m.group("name").startswith(n)), None)
        if name is not None and not _PRESS_ROLES.search(by_name[name].get("role") or "") \
                and m.group("role").lower() not in roles:
            roles[m.group("role").lower()] = name
    top_author = _author(pdoc, people, by_name)
    later = _later_authors(pdoc, people, by_name)
    author = top_author or (later[0][1] if later else None)
    signed = [] if author is not None else _signers(pdoc, people, by_name)
    salutation = _SALUTATION.search(pdoc.text)
    sign_off = _SIGN_OFF.search(pdoc.text)
    letter = (salutation.end(), sign_off.start()) if salutation and sign_off and salutation.end() < sign_off.start() \
        else None
    letters = _letters(pdoc.text, people, by_name)
    messages = _messages(pdoc.text, people, by_name) or _posts(pdoc.text, people, by_name)
    if messages:
        author, signed = None, []      # (each message of an e-mail chain or post of a record is its own sender's)
    for s in pdoc.sentences:
        if later:
            # a page of several pieces: the writer of the piece the sentence is in (none above the first byline
            # below the top, unless the top has its own)
            author = next((who for at, who in reversed(later) if at <= s.start), top_author)
        here = next((x for x in letters if x[0] <= s.start < x[1]), None)
        if here is not None and here[2] is not None and len(letters) > 1:
            # a packet of letters (a hospital group's letter, then ICE's reply): each letter is its signer's
            author, letter = here[2], here[:2]
        elif here is not None and len(letters) > 1:
            # (a letter of the packet whose signer no stage knows is not the letter before's: ICE's letter, then a
            # county executive's reply)
            local_top = top_author is not None and top_author.get("level") != "federal"
            author, letter = (top_author if local_top else None), here[:2]
        elif len(letters) == 1 and top_author is None and not later and not messages and letters[0][2] is not None \
                and letters[0][2]["level"] == "federal":
            # a federal agency's letter printed below a resolution and a memo: its own lines only
            author = letters[0][2] if here is not None else None
            letter = here[:2] if here is not None else letter
        if author is not None and s.doc is not None and not s.is_heading and not any(
                q0 <= s.start < q1 for q0, q1 in quoted) and (
                (letter and letter[0] <= s.start < letter[1] and author.get("level") == "federal") or _first_person(s)
                or (judged is not None and author.get("level") != "federal" and judged(s))):
            # the writer of an op-ed or a letter speaking in the first person; a federal signer's letter to a
            # local government is his statement all through (its shaming lines are criticism)
            out[s.sentence_id] = dict(author, written=True)
        signer = next((who for who, at, since in signed if since <= s.start < at), None)
        if signer is not None and s.doc is not None and not s.is_heading and not any(
                q0 <= s.start < q1 for q0, q1 in quoted) and _first_person(s):
            # "Today I signed a 287(g) agreement", above "Sheriff Ana Ruiz" (the signer's "I" and "our"; what the
            # statement says is not read as an answer's words)
            out[s.sentence_id] = dict(signer, signed=True)
        sent_by = next((x for x in messages if x[0] <= s.start < x[1]), None)
        if sent_by is not None and sent_by[2] is not None and s.doc is not None and not s.is_heading and not any(
                q0 <= s.start < q1 for q0, q1 in quoted) and (sent_by[2]["level"] == "federal" or _first_person(s)):
            # an e-mail of a chain: its sender's first person; a federal agency's message is its statement
            out[s.sentence_id] = dict(sent_by[2], written=True)
        line_start = pdoc.text.rfind("\n", 0, s.start) + 1
        if line_start not in line_speaker:
            m = _ANSWER_LABEL.match(pdoc.text, line_start)
            if m is None and pdoc.text[line_start:line_start + 1] not in ("[", "(", "") and not s.is_heading \
                    and labelled >= 2:
                # a speaker's next paragraph, with no label of its own, in a transcript of labelled speakers:
                # "DIRECTOR X: Thank you. ..." then "The City, by contrast, has chosen ..." (not a bracketed note)
                line_speaker[line_start] = current
                line_place[line_start] = current_place
            else:
                who = None
                if m and m.group("a") and has_q:
                    # the answers of an official's own column ("Ask the Sheriff", by the sheriff) are the writer's;
                    # of an interview, the person interviewed
                    who = author["actor"] if author is not None and author.get("actor") in by_name else interviewee
                elif m and m.group("name") and m.group("name").isupper():
                    label = m.group("name").lower()
                    who = roles.get(label)      # "GUEST:", under "Guest: Y, Lancaster County Attorney"
                    if who is None:
                        who = next((n for n in by_name if n.lower().split()[-1] == label.split()[-1]
                                    and not _PRESS_ROLES.search(by_name[n].get("role") or "")), None)
                line_speaker[line_start] = current = who
                # (the government the label names after the name: "..., COMMUNICATIONS DIRECTOR, CITY OF EMPORIA:",
                # for a speaker the people stage did not place)
                line_place[line_start] = current_place = _label_place(pdoc.text, places, m.end("name"), m.end()) \
                    if m and m.group("name") and who is not None else None
        who = line_speaker[line_start]
        if who is not None and not s.is_heading:
            p = by_name[who]
            level, jurisdiction = _level(p.get("level")), p.get("jurisdiction")
            placed = line_place.get(line_start)
            if placed is not None and (jurisdiction is None or level not in ("state", "county", "city")):
                jurisdiction, level = placed
            out[s.sentence_id] = dict(actor=who, level=level, jurisdiction=jurisdiction, jkind=None, named=True)
    return out
