"""The parties of a court document's caption, and the government among them.

A court opinion or order opens with a caption: the court, then the parties,
plaintiffs first, split by a "v." line, each side closed by its role
("Plaintiffs", "Defendants", "Appellee", "Respondent")::

    IN THE UNITED STATES DISTRICT COURT
    FOR THE DISTRICT OF OREGON

    STATE OF OREGON and CITY OF PORTLAND, Plaintiffs,
    v.
    U.S. DEPARTMENT OF DEFENSE; ..., Defendants.

Captions are set in capitals, which the NER model and the place scan do not
read as places, and often in two columns (the docket number and the appeal's
history on the right). :func:`case_government` reads the left column between
the court's lines and the last party's role, and returns the first state,
county or city that is a party (a "STATE OF ...", "COUNTY OF ...", "MAYOR AND
COUNCIL OF ...", an officer "in his official capacity as Sheriff of ...
County"): the government whose case it is, where a ruling that names no place
belongs. Federal parties and private ones (an advocacy group named for its
state) are skipped.
"""
from __future__ import annotations

import re
from typing import Optional

#: a line of the court's own header: "IN THE UNITED STATES DISTRICT COURT", "WESTERN DISTRICT OF ARKANSAS"
_COURT_LINE = re.compile(r"\bcourts?\b|\bdistrict of\b|^(?:\w+ )?district$|\bdivision\b|\bcircuit\b|^at [A-Z]", re.I)
#: the line splitting the sides: "v.", "vs.", "v.        Case No. 5:27-cv-05118"
#: (the gap may be closed up: "v. No. 1:27-cv-00814-XTO")
_VERSUS = re.compile(r"^\s*v(?:s)?\.?(?:\s{2,}|\s*$|\s+(?=(?:case |civil action |docket )?no\.\s*\d))", re.I)
#: a side's role, closing its party list
_ROLE = re.compile(r"\b(?:plaintiffs?|defendants?|petitioners?|respondents?|appellants?|appellees?|intervenors?)"
                   r"(?:[-\u2013](?:appell\w+|petition\w+|respond\w+))?\b[.,]?", re.I)
#: right-column and docket lines of a caption, no party
_NOT_PARTY = re.compile(r"^\s*(?:case|civil action|docket|no\.|filed|argued|submitted|decided|appeal from|\[)", re.I)
#: a party that is a government or one of its officers
_GOVERNMENT = re.compile(r"\b(?:state|commonwealth|county|parish|city|town|township|village|borough|municipality"
                         r"|sheriff|mayor|council|governor|attorney general|district attorney|board|police"
                         r"|commissioners?|supervisors?)\b", re.I)
_FEDERAL = re.compile(r"\b(?:united states|u\.\s?s\.|homeland security|department of (?:justice|defense)"
                      r"|immigration and customs|secretary of)\b", re.I)
_KINDS = ("state", "county", "city")


def _left_column(line: str) -> str:
    """The caption's left column: the text before a gap of three or more spaces ("" for a line of the
    right column alone, indented ten spaces or more)."""
    if not line.strip() or re.match(r"\s{10}", line.expandtabs()):
        return ""
    return re.split(r"\s{3,}", line.strip(), maxsplit=1)[0]


def _words_cased(text: str) -> str:
    """Capitals as names are written ("SHERIFF OF YORK COUNTY" -> "Sheriff Of York County"), for the gazetteer."""
    return re.sub(r"\b[A-Z][A-Z'\u2019.-]+\b", lambda m: m.group().capitalize(), text)


def caption_parties(text: str, max_lines: int = 40, side_lines: int = 15) -> Optional[list[str]]:
    """The caption's party names in order (plaintiffs first), each as written; None without a caption (a "v."
    line in the first ``max_lines`` lines, the defendants' role at most ``side_lines`` lines below it)."""
    lines = text.splitlines()[:max_lines + side_lines]
    versus = next((i for i, ln in enumerate(lines[:max_lines]) if _VERSUS.match(ln)), None)
    if versus is None:
        return None
    court = [i for i, ln in enumerate(lines[:versus]) if _COURT_LINE.search(_left_column(ln))]
    start = court[-1] + 1 if court else 0
    roles, end = 0, None
    for i in range(start, min(len(lines), versus + side_lines + 1)):
        if _ROLE.search(lines[i]):          # a role may stand in either column ("...   PLAINTIFFS")
            roles += 1
            if i > versus:
                end = i
                break
    if end is None or roles < 2:
        return None
    kept = []
    for i in range(start, end + 1):
        left = _left_column(lines[i])
        if i == versus or _ROLE.search(lines[i]):
            kept.append(";")        # a side or a party ends here, whichever column says so
        if i == versus or not left or _NOT_PARTY.match(left) or _COURT_LINE.search(left):
            continue
        kept.append(left)
    joined = " ".join(kept)
    parts = re.split(r";|\band\b|" + _ROLE.pattern, joined, flags=re.I)
    return [p.strip(" ,.") for p in parts if p and p.strip(" ,.")]


def case_government(text: str, states=()) -> Optional[str]:
    """Jurisdiction id of the first state, county or city among the caption's parties, else None.
    ``states``: the document's states (upper-case codes) for names several places share."""
    from .. import gazetteer
    import us

    from .places import jurisdiction_in_name

    parties = caption_parties(text)
    if not parties:
        return None
    G = gazetteer.load()
    head = " ".join(text.splitlines()[:60]).lower()     # the court's and the parties' states
    states = tuple(states) + tuple(st.abbr for st in us.states.STATES
                                   if re.search(rf"\b{re.escape(st.name.lower())}\b", head))
    for party in parties:
        if not _GOVERNMENT.search(party) or _FEDERAL.search(party):
            continue
        jid = jurisdiction_in_name(_words_cased(party), states)
        place = G.get(jid) if jid else None
        if place is not None and place.kind in _KINDS:
            return jid
    return None


#: a case named on one line, as a docket summary or a newsletter heads each of its cases: "1. State of North
#: Carolina v. U.S. Department of Homeland Security, No. 5:27-cv-00088 (E.D.N.C.)"
_CASE_LINE = re.compile(r"^[ \t]*(?:\(?\d{1,2}[.)][ \t]+)?(?P<a>[A-Z][^\n]{1,100}?)[ \t]+v(?:s)?\.?[ \t]+"
                        r"(?P<b>[A-Z][^\n,;(]{1,100})(?:[,;(][^\n]{0,120})?$", re.M)


def case_sections(text: str, states=()) -> list[tuple[int, Optional[str]]]:
    """(offset, jurisdiction id or None) of each case named on a line of its own ("2. United States v. City of
    Durham, No. 1:27-cv-00214"): the first state, county or city among its two sides, federal and private
    parties skipped; None for a case between private parties ("Pineda v. Dunaway")."""
    from .places import jurisdiction_in_name

    from .. import gazetteer

    G = gazetteer.load()
    out = []
    for m in _CASE_LINE.finditer(text or ""):
        if len(m.group(0).split()) > 30:
            continue
        jid = None
        for party in (m.group("a"), m.group("b")):
            if not _GOVERNMENT.search(party) or _FEDERAL.search(party):
                continue
            found = jurisdiction_in_name(_words_cased(party), states)
            place = G.get(found) if found else None
            if place is not None and place.kind in _KINDS:
                jid = found
                break
        out.append((m.start(), jid))
    return out


#: a state or its officer as a party: "State of Ohio", "Attorney General of New Jersey", "Governor X"
_STATE_PARTY = re.compile(r"\b(?:state of|commonwealth of|attorney general|governor|secretary of state)\b|^\s*(?:the\s+)?state\b"
                          r"|\bv\.?\s+(?:the\s+)?state\b", re.I)


def head_states(text: str) -> tuple[str, ...]:
    """The states (upper-case codes) named in a text's first 60 lines: the court's and the parties' states."""
    import us

    head = " ".join((text or "").splitlines()[:60]).lower()
    found = []
    for st in sorted(us.states.STATES, key=lambda st: -len(st.name)):     # ("West Virginia" is no "Virginia")
        pat = rf"\b{re.escape(st.name.lower())}\b"
        if re.search(pat, head):
            found.append(st.abbr)
            head = re.sub(pat, " ", head)
    return tuple(sorted(found))


def summary_case_government(text: str) -> Optional[str]:
    """Jurisdiction id of the county or city party of the one case a court's summary or syllabus is about, named
    on a line of its own near its top ("City of Morgantown v. Fairbairn-Okoro, No. 28-0117" under "SUPREME COURT
    OF APPEALS OF WEST VIRGINIA / CASE SUMMARY"), else None (several cases, a case of the state's, none)."""
    from .. import gazetteer

    sections = case_sections(text or "", head_states(text))
    if len(sections) != 1 or sections[0][0] > 1500 or sections[0][1] is None:
        return None
    line = (text or "")[sections[0][0]:].split("\n", 1)[0]
    if _STATE_PARTY.search(line):
        return None     # ("Cape May County Board ... v. Attorney General of New Jersey": the state is a party too)
    place = gazetteer.load().get(sections[0][1])
    return sections[0][1] if place is not None and place.kind in ("county", "city") else None
