"""US places named in a document, resolved to gazetteer jurisdictions.

:func:`extract_places` looks up every gazetteer surface form (names, aliases
such as "NYC" or "D.C.", demonyms such as "Texans"; case-sensitive, longest
first) over the tokens of each parsed sentence, so places the NER model misses
are found too. NER labels (from ``mentions`` when it has rows for the
document, else the sentence's own ``doc.ents``) are evidence, not the source.

* **Inside an organization's name** -> no row: inside a longer ORG / FAC / LAW
  / EVENT span ("the Boston Globe"; a span that only lists places is a tagging
  error and ignored), after "<Name> of" ("University of Oregon", "ACLU of
  Texas"; not "Governor of Texas"), after a network ("NBC Boston"), or before a
  capitalized run holding an organization word ("Minnesota Department of
  Corrections", "Texas Tribune", "Louisiana State Police"; a state party,
  "Ohio Democratic Party", is an organization too). Titles keep the place:
  "New York Gov.", "Texas Attorney General", "Chicago police", "Arizona
  Republicans". :func:`jurisdiction_in_name` places such organizations.
* **Part of a person's or a longer name** -> no row: a PERSON span with more
  name words ("Austin Smith"), a title before it ("President Lincoln"), a name
  followed directly by another capitalized word outside headlines ("Central
  Valley"). A PERSON label on exactly a county, state or demonym is ignored.
* **State qualifier**: "Portland, Ore.", "Cook County, Illinois" pick the place
  in that state; the row's span covers the qualifier (which gets no row of its
  own). Not when a noun follows ("Dayton, Ohio officials" = two places).
* **State or city** (a state name that also names a city of >= 250,000: New
  York, Washington): coordination ("New York and Vermont" -> state, "Denver
  and New York" -> city); else the nearest cue word within four tokens, not
  across a verb (mayor, council, police -> city; governor, legislature,
  lawmakers, attorney general, state -> state); else the document's votes
  (explicit "New York City"/"NYC"/"NYPD", also inside organization names,
  against "New York State"/"state of New York" and cue-decided mentions); else
  the state. "Washington" without cues is the federal seat: after a locative
  preposition ("in Washington") it is D.C. (kind city), otherwise
  ("Washington's crackdown") the federal government, and no row; with two or
  more other Washington-state mentions in the document it is the state. A
  state name with only small same-named cities ("Delaware") is the state.
* **Same-named cities or counties** (Springfield, Cook County): a state named
  in the sentence, then in the document (state names, qualifiers, counties,
  places inside organization names), else the most populous (counties: the
  one in the most populous state). A second round repeats this with the states
  of every place accepted so far ("Kings County ... Brooklyn").
* **Bare city names must earn their place**: a name that is also a country's
  needs a qualifier; one that is also a bigger foreign city's needs state
  context; a word of a person's name in the document needs a qualifier or a
  locative preposition; a small town (< 100,000) outside the sentence's state
  is dropped. Then an NER GPE/LOC label (>= 10,000 people), a multi-word name
  (>= 20,000), or >= 100,000 in a strong context ("in X", "X's", "X police").
  Places listed together share NER and locative evidence; a name accepted once
  in a document is accepted in its other sentences (Title Case headlines).
* **Demonyms** count as mentions of their place ("Coloradans", "New
  Yorkers"); a singular one after "the" is a newspaper ("The Oregonian").

Rows keep their provenance (``start``/``end`` are document offsets) plus
``approx`` (coordinates computed, not surveyed) and ``resolution`` (the rule
that decided).
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from dataclasses import dataclass
from typing import TYPE_CHECKING, Optional

from .. import gazetteer as gz
from ..gazetteer import Place
from ..segment import DATELINE_NOTE
from .base import SEPARATOR_LINE, ParsedDocument, Sentence

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

#: NER labels of spans that contain a place only as part of their own name
NAME_LABELS = {"ORG", "FAC", "LAW", "WORK_OF_ART", "PRODUCT", "EVENT"}
PLACE_LABELS = {"GPE", "LOC"}
#: smallest city accepted on an NER label alone (without qualifier or state context)
MIN_TAGGED_POPULATION = 10_000
#: smallest multi-word city name accepted without NER label
MIN_MULTIWORD_POPULATION = 20_000
#: smallest single-word city name accepted without NER label (needs a strong context too)
MIN_BARE_POPULATION = 100_000
#: a state name that also names a city this large is ambiguous (New York, Washington)
AMBIGUOUS_CITY_POPULATION = gz.AMBIGUOUS_CITY_POPULATION
#: mentions of a state's places that make "Washington" the state, not the federal seat
STATE_DOCUMENT_MIN = 2
#: tokens looked at on each side of a place for city/state cue words
CUE_WINDOW = 4

LOCATIVE_PREPS = {"in", "into", "to", "from", "at", "near", "around", "outside", "across", "inside",
                  "within", "throughout", "toward", "towards", "visit", "visited", "visiting", "via"}
CITY_CUES = {"mayor", "mayors", "city", "cities", "council", "councilmember", "councilman",
             "councilwoman", "alderman", "aldermen", "alderperson", "borough", "boroughs", "municipal",
             "downtown", "neighborhood", "neighborhoods", "suburb", "suburbs", "subway", "precinct",
             "citywide", "police", "metro", "hall"}
STATE_CUES = {"governor", "governors", "gov.", "gov", "legislature", "legislatures", "legislative",
              "legislator", "legislators", "lawmakers", "lawmaker", "assembly", "senate", "statehouse",
              "capitol", "state", "states", "statewide", "upstate", "downstate", "trooper", "troopers",
              "guard", "general", "counties", "county"}
#: capitalized words that keep the place they follow: titles and party members
TITLE_WORDS = {"Mayor", "Gov.", "Governor", "Lt.", "Lieutenant", "Sheriff", "Attorney", "General",
               "AG", "Sen.", "Senator", "Sens.", "Rep.", "Reps.", "Representative", "Representatives",
               "Del.", "Delegate", "Assemblyman", "Assemblywoman", "Assemblymember", "Councilman",
               "Councilwoman", "Councilmember", "Alderman", "Alderwoman", "Comptroller", "Controller",
               "Treasurer", "Secretary", "Commissioner", "Auditor", "Congressman", "Congresswoman",
               "Democrat", "Democrats", "Republican", "Republicans", "Democratic", "GOP", "Speaker",
               "Justice", "Judge", "Chief", "Superintendent", "Executive", "Director", "Prosecutor",
               "Solicitor", "Defender", "Officials"}
#: capitalized words that neither keep nor drop the place: the run goes on ("State Police",
#: "District Attorney", "City Council"); a run that ends on "Police" is an organization
PASS_WORDS = {"State", "Police", "City", "County", "Public", "Metro", "Metropolitan", "District", "Area",
              "Regional", "Municipal", "Highway", "Superior", "Circuit", "Federal"}
#: capitalized words that make "<Place> ... <Word>" an organization's name
ORG_HEADS = {
    # government bodies and agencies
    "Department", "Dept.", "Office", "Agency", "Bureau", "Administration", "Commission", "Board",
    "Council", "Legislature", "Assembly", "Senate", "House", "Court", "Patrol", "Guard", "Authority",
    "Division", "Service", "Services", "Committee", "Caucus", "Delegation", "Corrections", "Enforcement",
    "Troopers", "Rangers", "Marshals", "Prison", "Jail", "Schools",
    # parties, media, education, business, civil society
    "Party", "Times", "Tribune", "Globe", "Herald", "Post", "Journal", "Chronicle", "News", "Press",
    "Gazette", "Star", "Sun", "Daily", "Record", "Examiner", "Observer", "Courier", "Inquirer",
    "Dispatch", "Register", "Bee", "Reporter", "Sentinel", "Ledger", "Independent", "Radio", "Magazine",
    "Monthly", "Standard", "Review", "Enquirer", "Republic", "Statesman", "Mercury", "Telegraph",
    "Bulletin", "Beacon", "Banner", "Free", "Media", "Network", "TV", "Television",
    "University", "College", "School", "Institute", "Academy", "Center", "Centre", "Foundation",
    "Association", "Coalition", "Alliance", "Union", "Federation", "Society", "League",
    "Project", "Fund", "Church", "Diocese", "Archdiocese", "Hospital", "Bank", "Inc.",
    "Inc", "Corp.", "Corp", "Company", "Co.", "LLC", "LLP", "Group", "Airlines", "Airport", "Energy",
    "Bar", "Chamber", "Museum", "Library", "Club", "Team", "Index", "Act", "Law", "Bill", "Code",
    "Constitution", "Statute", "Statutes", "Program", "Initiative", "Task", "Force",
}
#: a place's own governing body or sheriff names the place's government, so the place counts:
#: "Memphis City Council", "Nassau County Legislature", "Knox County Sheriff's Office" (after pass words)
GOVERNING_HEADS = {"Council", "Legislature", "Assembly", "Commission", "Commissioners", "Board", "Senate", "House",
                   "Supervisors", "Selectboard", "Aldermen", "Sheriff", "Jury"}
_GOVERNING_PASS = PASS_WORDS | {"Common", "General", "Legislative", "Fiscal", "Police", "Town", "Village"}
#: words before "of" that keep the place after it ("Governor of Texas", "city of Chicago")
OF_KEEPERS = {"governor", "gov.", "mayor", "state", "city", "county", "town", "village", "people",
              "residents", "commonwealth", "general", "lieutenant", "parts", "part", "rest", "capital",
              "streets", "north", "south", "east", "west", "outside", "suburbs", "borough", "citizens",
              "senator", "sen.", "representative", "rep.", "congressman", "congresswoman", "sheriff",
              "areas", "area", "most", "much", "all", "part", "heart", "center", "edge", "neighborhoods",
              # "The States of Vermont, Maine and Oregon submit this brief", "the Cities of X and Y"
              "states", "cities", "counties", "towns", "commonwealths"}
#: titles that are followed by a person's name, never by a place
PERSON_TITLES = {"President", "Sen.", "Senator", "Rep.", "Representative", "Gov.", "Governor", "Mayor",
                 "Mr.", "Mrs.", "Ms.", "Dr.", "Judge", "Justice", "Sheriff", "Secretary", "Commissioner",
                 "Councilmember", "Councilman", "Councilwoman", "Alderman", "Chief", "Officer", "Agent",
                 "Gen.", "Lt.", "Sgt.", "Capt.", "Det.", "Prof.", "Rev.", "Pope"}
#: networks whose local stations are named "<Network> <City>"
BROADCASTERS = {"NBC", "ABC", "CBS", "FOX", "Fox", "PBS", "NPR", "CNN", "CW", "Telemundo", "Univision",
                "Spectrum", "WGN", "KTLA"}
SEPARATORS = {",", "and", "or", "&", "as", "well", "plus", "nor", "both", "either"}
#: lowercase words and marks inside organization names ("Department of Corrections")
CONNECTORS = {"of", "for", "&", "'s", "\u2019s", "-", "on", "the", "de", "del", "la"}
_KIND_RANK = {"country": 0, "state": 1, "county": 2, "city": 3}


@dataclass
class _Cand:
    sent: Sentence
    sidx: int                  # sentence number in the document
    i: int                     # first token of the name in sentence.doc
    j: int                     # one past the name's last token
    end_tok: int               # one past the last token, qualifier included
    surface: str
    options: list             # [(Place, form)]
    qualifier: Optional[str] = None
    skip: Optional[str] = None
    place: Optional[Place] = None
    how: str = ""
    tagged: bool = False       # NER labelled it GPE/LOC (or a coordinated neighbour)
    locative: bool = False     # after "in", "from"... (or a coordinated neighbour is)
    listed: bool = False       # one of the names before a plural "counties" ("Lewis, Stevens and Grant counties")


# ----------------------------------------------------------------------------- spans from NER
def _org_short_names(mentions: list[dict], G: gz.Gazetteer) -> frozenset:
    """Common nouns that close an organization's name in the text ("Adult Detention Center", "Port Authority"): the
    text's short name for it ("the Center", "Center staff"), not the small town named so (Center, Texas). A state or
    a large place is never one ("University of Oregon", "City of Phoenix")."""
    from wordfreq import zipf_frequency
    out = set()
    for m in mentions or []:
        words = str(m.get("text") or "").split()
        if m.get("label") == "ORG" and len(words) >= 2 and words[-1][:1].isupper() and words[-1].isalpha() \
                and zipf_frequency(words[-1].lower(), "en") >= _COMMON_NOUN_ZIPF and not any(
                    p.kind in ("state", "country") or (p.population or 0) >= MIN_BARE_POPULATION
                    for p in (G.lookup(words[-1]) or [])):
            out.add(words[-1])
    return frozenset(out)


#: a word at least this frequent (wordfreq zipf) in lower case is a common word ("center", "authority")
_COMMON_NOUN_ZIPF = 4.0


def _label_spans(pdoc: ParsedDocument, mentions: list[dict]) -> dict[str, list[tuple[int, int, str]]]:
    """sentence_id -> [(start, end, label)] in sentence-relative character offsets."""
    out: dict[str, list[tuple[int, int, str]]] = {}
    rows = [m for m in mentions or [] if m.get("doc_id", pdoc.doc_id) == pdoc.doc_id and m.get("label")]
    if rows:
        starts = {s.sentence_id: s.start for s in pdoc.sentences}
        for m in rows:
            sid = m.get("sentence_id")
            if sid not in starts:
                continue
            try:
                a, b = int(m["start"]) - starts[sid], int(m["end"]) - starts[sid]
            except (KeyError, TypeError, ValueError):      # other sentence, missing or NaN offsets
                continue
            out.setdefault(sid, []).append((a, b, str(m["label"])))
        return out
    for s in pdoc.sentences:
        if s.doc is not None:
            out[s.sentence_id] = [(e.start_char, e.end_char, e.label_) for e in s.doc.ents]
    return out


# ----------------------------------------------------------------------------- scanning
def _surface(doc, i: int, j: int, text: Optional[str] = None) -> str:
    """Normalized text of tokens [i, j) (pass ``text`` = doc.text: spaCy rebuilds it per call)."""
    text = doc.text if text is None else text
    return gz.normalize_surface(text[doc[i].idx: doc[j - 1].idx + len(doc[j - 1])])


def _is_state_name(G: gz.Gazetteer, key: str) -> bool:
    """The normalised surface names a state ("idaho", "new york")."""
    return any(getattr(G.places.get(jid), "kind", None) == "state" for jid, _form in G.surfaces.get(key, ()))


def _longest_surface(G: gz.Gazetteer, i: int, stop: int, key_of) -> Optional[tuple[int, str]]:
    """Longest gazetteer surface starting at word ``i`` (ending before ``stop``): ``(j, key)``
    where ``key_of(j)`` is the normalised surface of words ``i..j``; None if there is none."""
    for j in range(stop, i, -1):
        key = key_of(j)
        if key in G.surfaces:
            return j, key
    return None


#: plural units that follow a list of county names, and the singular the gazetteer knows them by
_PLURAL_UNITS = {"counties": "County", "parishes": "Parish", "boroughs": "Borough"}
_LIST_SEPARATORS = {",", "and", "or", "&"}


def _county_list(sent: Sentence, sidx: int, G: gz.Gazetteer) -> list[_Cand]:
    """Each name of "the sheriffs of Lewis, Stevens and Grant counties", "King and Pierce counties":
    a county ("Lewis County", ...) when the gazetteer has one by that name; two names at least."""
    doc = sent.doc
    text = doc.text
    out: list[_Cand] = []
    for t in doc:
        unit = _PLURAL_UNITS.get(t.lower_)
        if unit is None or t.i == 0:
            continue
        names: list[tuple[int, int]] = []
        k = t.i - 1
        while k >= 0:
            end = k + 1
            while k >= 0 and end - k <= 3 and doc[k].text[:1].isupper() and doc[k].lower_ not in _LIST_SEPARATORS:
                k -= 1
            if k + 1 == end:
                break
            names.append((k + 1, end))
            seps = 0
            while k >= 0 and doc[k].lower_ in _LIST_SEPARATORS and seps < 2:
                k -= 1
                seps += 1
            if seps == 0:
                break
        if len(names) < 2:
            continue
        for i, j in reversed(names):
            key = gz.normalize_surface(f"{_surface(doc, i, j, text)} {unit}")
            entries = [e for e in G.surfaces.get(key, ()) if e[1] != "block"]
            if entries:
                out.append(_Cand(sent, sidx, i, j, j, key, [(G.places[jid], form) for jid, form in entries],
                                 listed=True))
    return out


def _scan(sent: Sentence, sidx: int, G: gz.Gazetteer, text_states: frozenset = frozenset()) -> list[_Cand]:
    doc = sent.doc
    text = doc.text
    n = len(doc)
    out: list[_Cand] = _county_list(sent, sidx, G)
    listed = {k for c in out for k in range(c.i, c.end_tok)}
    i = 0
    while i < n:
        if i in listed:
            i += 1
            continue
        if gz.first_word(doc[i].text) not in G.first_words:
            i += 1
            continue
        hit = _longest_surface(G, i, min(n, i + G.max_tokens), lambda j: _surface(doc, i, j, text))
        if hit is not None and hit[0] - i >= 2 and doc[hit[0] - 1].text in ("county", "parish") \
                and _is_state_name(G, _surface(doc, i, hit[0] - 1, text)):
            # "every Idaho county jail": the state's counties in general (a lower-case "county"), not
            # the county named after the state (Idaho County)
            hit = _longest_surface(G, i, hit[0] - 1, lambda j: _surface(doc, i, j, text))
        if hit is not None and hit[0] - i >= 2 and doc[hit[0] - 1].text == "City" and hit[0] < n \
                and doc[hit[0]].text in _CITY_OFFICES:
            # "the Hartford City Council": Hartford's council, not the council of Hartford City, Indiana (a
            # town a tiny fraction of the size); "Carson City Council", "Oklahoma City Council" stay whole
            short = _longest_surface(G, i, hit[0] - 1, lambda j: _surface(doc, i, j, text))
            if short is not None and short[0] == hit[0] - 1 and (_much_larger(G, short[1], hit[1]) or _other_state(
                    G, short[1], hit[1], text_states)):
                hit = short
        if hit is None:
            i += 1
            continue
        j, key = hit
        entries = G.surfaces[key]
        if entries[0][1] == "block":
            i = j
            continue
        options = [(G.places[jid], form) for jid, form in entries]
        if all(f == "demonym" for _, f in options) and options[0][0].kind == "state":
            city = _ambiguous_city(G, options[0][0])             # "New Yorkers": state or city
            if city is not None:
                options.append((city, "demonym"))
        if any(k in listed for k in range(i, j)):
            i += 1
            continue
        c = _Cand(sent, sidx, i, j, j, key, options)
        _qualify(c, G, text)
        out.append(c)
        i = c.end_tok
    return sorted(out, key=lambda c: c.i)


#: what follows "<Place> City" when "City" belongs to the office: "City Council", "City Hall", "City Manager"
_CITY_OFFICES = frozenset(("Council", "Hall", "Manager", "Attorney", "Clerk", "Commission", "Councilor",
                           "Councilmember", "Administrator", "Solicitor"))


def _other_state(G: gz.Gazetteer, short_key: str, long_key: str, text_states: frozenset) -> bool:
    """The shorter name is a city of a state the text names, and the "<name> City" place is in none of them
    ("the Boulder City Council", in a Colorado text: Boulder's council, not Boulder City, Nevada's)."""
    def states(key):
        return {G.places[jid].state for jid, form in G.surfaces[key] if form != "block" and G.places[jid].kind == "city"}
    return bool(text_states) and bool(states(short_key) & text_states) and not states(long_key) & text_states


def _named_states(G: gz.Gazetteer, text: str) -> frozenset:
    """The postal codes of the states the text names in full ("Colorado", "New Mexico")."""
    names = _STATE_NAMES.get(id(G))
    if names is None:
        full = {p.name: p.state for p in G.places.values() if p.kind == "state" and p.state}
        names = (re.compile(r"\b(" + "|".join(sorted(map(re.escape, full), key=len, reverse=True)) + r")\b"), full)
        _STATE_NAMES[id(G)] = names
    return frozenset(names[1][m] for m in names[0].findall(text))


_STATE_NAMES: dict = {}


def _much_larger(G: gz.Gazetteer, short_key: str, long_key: str) -> bool:
    """The shorter name's largest city is many times the size of the "<name> City" place."""
    def biggest(key):
        pops = [G.places[jid].population or 0 for jid, form in G.surfaces[key]
                if form != "block" and G.places[jid].kind == "city"]
        return max(pops, default=0)
    return biggest(short_key) > 10 * max(1, biggest(long_key))


def _qualify(c: _Cand, G: gz.Gazetteer, text: str) -> None:
    """Attach a ", <State>" qualifier when one of the options lies in that state."""
    doc = c.sent.doc
    if c.j >= len(doc) - 1 or doc[c.j].text != ",":
        return
    if not any(p.kind in ("city", "county") for p, _ in c.options):
        return
    for k in range(min(len(doc), c.j + 5), c.j + 1, -1):
        form = _surface(doc, c.j + 1, k, text)
        code = G.qualifiers.get(form)
        if code is None:
            continue
        if code in ("AS", "GU", "MP", "VI", "PR") and len(form) == 2:
            continue
        if k < len(doc) and not doc[k].is_punct and doc[k].pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
            return                            # "Minneapolis, Minnesota officials said": a new subject
        if any(p.state == code and p.kind in ("city", "county") for p, _ in c.options):
            c.qualifier, c.end_tok = code, k
        return


# ----------------------------------------------------------------------------- filters
def _overlaps(spans, a: int, b: int):
    return [(s, e, lab) for s, e, lab in spans if s < b and a < e]


#: what only a government does, said of a bare place name as its subject
_GOVERNMENT_VERBS = frozenset(("adopt", "pass", "enact", "approve", "repeal", "rescind", "codify", "ratify", "sue",
                               "declare", "renew", "ordain"))


def _acting_subject(c: "_Cand") -> bool:
    """The name is the subject (alone or in a list) of a verb only a government does ("X adopted an ordinance")."""
    t = c.sent.doc[c.end_tok - 1]
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    return t.dep_ == "nsubj" and t.head.lemma_.lower() in _GOVERNMENT_VERBS


def _owns_government(c: "_Cand") -> bool:
    """A possessive place before its governing body: "Framingham's City Council", "Ypsilanti's mayor"."""
    doc = c.sent.doc
    k = c.end_tok
    return k + 1 < len(doc) and doc[k].text in ("'s", "\u2019s") and (
        doc[k + 1].text in GOVERNING_HEADS or doc[k + 1].lower_ in ("mayor", "council", "city", "police")
        or (k + 2 < len(doc) and doc[k + 1].text == "City" and doc[k + 2].text in GOVERNING_HEADS))


def _township_government(doc, k: int) -> bool:
    """"Township" at ``k`` names a government ("Boardman Township trustees", "Boardman Township adopted ...",
    "Austintown Township Board of Trustees"), not a road or a school named for it ("Matthews Township Parkway")."""
    nxt = doc[k + 1] if k + 1 < len(doc) else None
    return nxt is None or not nxt.text[:1].isupper() or nxt.text in GOVERNING_HEADS or nxt.text in ("Trustees",)


def _government_named_after(c: "_Cand") -> bool:
    """The place's government form and body follow its name: "Canfield City Council", "Boardman Township trustees",
    "the Hartland Village Board"."""
    doc = c.sent.doc
    k = c.end_tok
    if k >= len(doc) or doc[k].text not in ("City", "Town", "Village", "Township", "Borough"):
        return False
    return (doc[k].text == "Township" and _township_government(doc, k)) or (k + 1 < len(doc) and (
        doc[k + 1].text in GOVERNING_HEADS or doc[k + 1].lower_ in ("council", "board", "trustees", "commission")))


def _governing_after(c: "_Cand") -> bool:
    """The place is followed by its own governing body: "Orlando City Council", "Ingham County Sheriff's Office",
    or by its mayor's title and name ("Reading Mayor Jane Roe")."""
    doc = c.sent.doc
    k = c.end_tok
    if k < len(doc) and doc[k].text in ("Township", "TOWNSHIP") and _township_government(doc, k):
        return True     # "Boardman Township trustees adopted ...": the township's government
    while k < len(doc) and k < c.end_tok + 4 and doc[k].text in _GOVERNING_PASS - {"Police"}:
        k += 1
    if k + 1 < len(doc) and doc[k].text == "Mayor" and doc[k + 1].pos_ == "PROPN" and doc[k + 1].text[:1].isupper():
        return True
    return k < len(doc) and doc[k].text in GOVERNING_HEADS and not (
        doc[k].text in ("Board", "House") and k + 1 < len(doc) and doc[k + 1].lower_ == "of"
        and k + 2 < len(doc) and doc[k + 2].text in ("Education", "Health", "Regents", "Trustees", "Representatives"))


def _lists_places(doc, start: int, end: int, covered: frozenset, label: str) -> bool:
    """An entity span (characters ``start``-``end``) made only of place candidates, joined by "and", "or" or
    commas: "Wasilla and Palmer" tagged WORK_OF_ART is the NER seeing places and misnaming them. A lone name
    tagged as an organization or a facility counts unless it reads like one ("the Alliance", "Lincoln
    Elementary")."""
    inside = [t for t in doc if t.idx >= start and t.idx + len(t) <= end]
    joins = [t for t in inside if t.lower_ in ("and", "or", ",")]
    if not joins and label in ("ORG", "FAC") and inside and (
            (inside[0].i > 0 and doc[inside[0].i - 1].lower_ == "the")
            or (inside[-1].i + 1 < len(doc) and doc[inside[-1].i + 1].text[:1].isupper())):
        return False    # "the Alliance", "Lincoln Elementary": an organization's or a building's name
    return any(t.i in covered for t in inside) and all(t.i in covered or t in joins for t in inside)


#: prepositions that join no organization's name to the place after them
_NO_NAME_PREPS = frozenset(("against", "from", "to", "with", "by", "into", "toward", "towards"))


def _org_or_person(c: _Cand, spans, heading: bool, covered: frozenset = frozenset()) -> Optional[str]:
    """Why the candidate is part of an organization's or person's name, or None.

    ``covered``: token indexes of all place candidates of the sentence (an ORG span
    that only lists places, "Durham and Chapel Hill", is a tagging error)."""
    doc = c.sent.doc
    if c.i > 0 and doc[c.i - 1].text in ("ERO", "HSI"):
        return "office_name"                 # "ERO St. Paul", "HSI Newark": a federal office named for its seat
    a, b = doc[c.i].idx, doc[c.end_tok - 1].idx + len(doc[c.end_tok - 1])
    for s, e, lab in _overlaps(spans, a, b):
        if lab == "PERSON" and not (c.qualifier or _prev_lower(c) in LOCATIVE_PREPS):
            inside = [t for t in doc if t.idx >= s and t.idx + len(t) <= e]
            extra = [t for t in inside if not (a <= t.idx < b) and t.text not in ("'s", "\u2019s")]
            one_word_city = c.j - c.i == 1 and all(p.kind == "city" for p, _ in c.options)
            if extra:                        # "Austin Smith"
                return "in_person_name"
            if one_word_city and not _in_government_list(c):     # "Jackson said" (but not "Alamance County", nor
                return "person_tag"                             # "the Cities of Salem and Lynn")
        if lab in NAME_LABELS and (s < a or e > b):
            if s >= a and _governing_after(c):
                continue                         # "the Nassau County Legislature": the county's government
            extra = [t for t in doc if t.idx >= s and t.idx + len(t) <= e and not (a <= t.idx < b)
                     and t.i not in covered]
            if heading and not any(t.text in ORG_HEADS for t in extra):
                continue                         # headlines in Title Case fool the NER
            if any(t.text in _NO_NAME_PREPS for t in extra if t.idx < a):
                continue                         # "the Conditions against Holyoke" tagged as one organization
            if any(t.text[:1].isupper() and t.text not in TITLE_WORDS and t.lower_ not in ("the",)
                   and t.text not in ("State", "City", "County", "District", "States", "Cities", "Counties",
                                                                  "Towns") for t in extra):
                return "in_org_name"
    # a person's title right before the name: "President Lincoln", "Sen. Warren"
    if c.i >= 1 and doc[c.i - 1].text in PERSON_TITLES and not c.qualifier:
        return "in_person_name"
    # broadcasters' local stations: "NBC Boston", "CBS Chicago"
    if c.i >= 1 and doc[c.i - 1].text in BROADCASTERS:
        return "in_org_name"
    # "<Name> of <Place>": University of Oregon, ACLU of Texas (not Governor of Texas)
    if c.i >= 2 and doc[c.i - 1].lower_ == "of":
        prev = doc[c.i - 2]
        in_person = any(lab == "PERSON" and s <= prev.idx < e for s, e, lab in spans)
        if prev.text[:1].isupper() and prev.lower_ not in OF_KEEPERS and not in_person:
            return "in_org_name"
    if _governing_after(c):
        return None                           # "the Albany Common Council": the city's government
    # "<Place> ... <Org word>": run of capitalized words after the place
    k = c.end_tok
    first = True
    last_pass = None
    while k < len(doc) and k < c.end_tok + 8:
        t = doc[k]
        if t.text in CONNECTORS or t.lower_ in CONNECTORS:
            if t.text in ("'s", "\u2019s") and first:
                break                                    # "Boston's mayor": possessive place
            k += 1
            first = False
            continue
        if not t.text[:1].isupper():
            break
        if t.text in PASS_WORDS:
            last_pass, first = t.text, False
            k += 1
            continue
        last_pass = None
        if t.text in ORG_HEADS:
            return "in_org_name"
        if t.text in TITLE_WORDS:
            break
        if first and not heading and c.qualifier is None and not _is_norp(t, spans) \
                and not c.surface.endswith("County"):
            return "in_longer_name"           # "Austin Smith", "Central Valley"
        first = False
        k += 1
    if last_pass == "Police":
        return "in_org_name"                  # "the Louisiana State Police said"
    return None


def _is_norp(tok, spans) -> bool:
    return any(lab == "NORP" and s <= tok.idx < e for s, e, lab in spans)


def _prev_lower(c: _Cand) -> str:
    doc = c.sent.doc
    k = c.i - 1
    while k >= 0 and doc[k].lower_ in ("the", "a", "an", "downtown", "nearby", "suburban", "rural", "urban"):
        k -= 1
    if k >= 1 and doc[k].lower_ == "of" and doc[k - 1].lower_ in ("outside", "inside", "out"):
        k -= 1                                    # "outside of D.C."
    return doc[k].lower_ if k >= 0 else ""


def _share_coordination(found: list[_Cand]) -> None:
    """Places listed together ("in Charlotte and Raleigh") share NER and locative evidence."""
    groups: list[list[_Cand]] = []
    for c in found:
        if c.skip not in (None, "person_tag"):
            continue
        prev = groups[-1][-1] if groups else None
        doc = c.sent.doc
        between = doc[prev.end_tok:c.i] if prev is not None else None
        if prev is not None and 0 < len(between) <= 3 and all(t.lower_ in SEPARATORS for t in between):
            groups[-1].append(c)
        else:
            groups.append([c])
    for g in groups:
        if len(g) > 1:
            tagged = any(c.tagged for c in g)
            # states of the members NER tagged as places (not as people)
            tagged_states = {p.state for c in g if c.tagged and c.skip is None for p, _ in c.options}
            locative = g[0].locative
            for c in g:
                c.tagged = c.tagged or tagged
                c.locative = c.locative or locative
                if c.skip == "person_tag" and (locative or any(p.state in tagged_states for p, _ in c.options)):
                    # "in Salem and Eugene"; "the mayors of Appleton, Green Bay, Neenah and Oshkosh" with the
                    # last two read as a person's name: a town of the listed places' state
                    c.skip = None


def _party_home(c: _Cand) -> bool:
    """The home town of a lawmaker's party label: "Del. X (D-Roanoke)", "Sen. Y (R-Lynchburg)"."""
    doc = c.sent.doc
    return c.i >= 3 and doc[c.i - 1].text in ("-", "\u2013") and doc[c.i - 2].text in ("D", "R", "I") \
        and doc[c.i - 3].text == "(" and c.j < len(doc) and doc[c.j].text in (")", ",")


#: what a government calls itself before "of <Place>"
_GOVERNMENT_FORMS = frozenset(("city", "cities", "town", "towns", "village", "villages", "borough", "boroughs"))


def _in_government_list(c: _Cand) -> bool:
    """The name ends a list of places after a plural government form: "the Cities of Salem and Lynn"."""
    doc = c.sent.doc
    k = c.i - 1
    while k >= 2 and (doc[k].lower_ in (",", "and", "or") or doc[k].text[:1].isupper()) and doc[k].lower_ != "of":
        k -= 1
    return k >= 1 and k < c.i - 1 and doc[k].lower_ == "of" and doc[k - 1].lower_ in ("cities", "towns", "villages",
                                                                                     "boroughs")


def _government_form(c: _Cand) -> bool:
    """The name follows its government's form: "the City of Marietta", "the Cities of Des Moines and ..."."""
    doc = c.sent.doc
    return (c.i >= 2 and doc[c.i - 1].lower_ == "of" and doc[c.i - 2].lower_ in _GOVERNMENT_FORMS) \
        or _in_government_list(c)


def _strong_context(c: _Cand) -> bool:
    doc = c.sent.doc
    if c.locative:
        return True
    if _government_form(c):
        return True     # "the Cities of Des Moines and Cedar Rapids", tagged as one organization
    nxt = [t.lower_ for t in doc[c.end_tok: c.end_tok + 2]]
    if nxt and nxt[0] in ("'s", "\u2019s", "-area", "-based"):
        return True
    return bool(nxt) and (nxt[0] in CITY_CUES or nxt[0] in ("officials", "residents", "area", "metro")) \
        or _governing_after(c)      # "the Buffalo Common Council"


# ----------------------------------------------------------------------------- cues
def _cue(c: _Cand) -> Optional[tuple[str, str]]:
    """Nearest city/state cue word within CUE_WINDOW tokens in the same clause."""
    doc = c.sent.doc
    best = None
    for direction, rng in ((-1, range(c.i - 1, max(-1, c.i - 1 - CUE_WINDOW), -1)),
                           (1, range(c.end_tok, min(len(doc), c.end_tok + CUE_WINDOW)))):
        for dist, k in enumerate(rng, 1):
            t = doc[k]
            if (t.is_punct and t.text not in ("-",)) or t.pos_ in ("VERB", "AUX"):
                break
            low = t.lower_
            kind = None
            if low in CITY_CUES or low in ("nypd",) or (low.endswith("pd") and t.text.isupper() and len(low) <= 5):
                kind = "city"
            if low in STATE_CUES:
                if low == "general" and (k == 0 or doc[k - 1].lower_ != "attorney"):
                    continue
                if low in ("county", "counties") and direction < 0:
                    continue
                kind = "state"
            if kind and (best is None or dist < best[0] or (dist == best[0] and kind == "state")):
                best = (dist, kind, low)
                break
    return (best[1], best[2]) if best else None


def _listed_together(c: _Cand, o: _Cand) -> bool:
    """Two names of one sentence with only list separators between them ("Lebanon, Durham and Keene")."""
    lo, hi = (o.end_tok, c.i) if o.i < c.i else (c.end_tok, o.i)
    between = c.sent.doc[lo:hi]
    return 0 < len(between) <= 3 and all(t.lower_ in SEPARATORS for t in between)


def _coordinated(c: _Cand, cands: list[_Cand]) -> Optional[str]:
    """'state'/'city' when listed next to unambiguous states/cities ("New York and Vermont")."""
    same = [o for o in cands if o.sent is c.sent and o is not c and o.skip is None]
    kinds = []
    for o in same:
        if not _listed_together(c, o):
            continue
        okinds = {p.kind for p, _ in o.options}
        if o.place is not None:
            okinds = {o.place.kind}
        if okinds == {"state"}:
            kinds.append("state")
        elif okinds <= {"city", "county"}:
            kinds.append("city")
    if kinds:
        return Counter(kinds).most_common(1)[0][0]
    return None


def _listed_clashes(cands: list[_Cand]) -> None:
    """A city named like a country, listed with cities of one state that has a city of that name ("Lebanon, Durham
    and Keene are sanctuary cities", in New Hampshire): that state's city, here and wherever the name recurs."""
    found: dict = {}
    for c in cands:
        if c.skip != "clash_country":
            continue
        states = {o.place.state for o in cands if o.sent is c.sent and o is not c and o.place is not None
                  and o.place.kind in ("city", "county") and _listed_together(c, o)}
        own = [p for p, _ in c.options if p.kind == "city" and p.state in states]
        if len(states) == 1 and len(own) == 1:
            c.skip, c.place, c.how = None, own[0], "listed_state"
            found[c.surface] = own[0]
    for c in cands:
        if c.skip == "clash_country" and c.surface in found:
            c.skip, c.place, c.how = None, found[c.surface], "document_repeat"


# ----------------------------------------------------------------------------- resolution
def _major_city(options) -> Optional[Place]:
    cities = [p for p, _ in options if p.kind == "city" and (p.population or 0) >= AMBIGUOUS_CITY_POPULATION]
    return max(cities, key=lambda p: (p.population, p.jurisdiction_id)) if cities else None


def _pick_by_state(places: list[Place], sent_states: Counter, doc_states: Counter) -> tuple[Place, str]:
    for ctx, how in ((sent_states, "sentence_state"), (doc_states, "document_state")):
        scored = [(ctx.get(p.state, 0), p) for p in places if ctx.get(p.state, 0) > 0]
        if scored:
            top = max(s for s, _ in scored)
            best = [p for s, p in scored if s == top]
            return max(best, key=lambda p: (p.population or 0, p.jurisdiction_id)), how
    return places[0], "most_populous"


def _rank(places: list[Place], G: gz.Gazetteer) -> list[Place]:
    return G.rank(places)


def _resolve_simple(c: _Cand, G: gz.Gazetteer, sent_states: Counter, doc_states: Counter,
                    person_words: set) -> None:
    """Everything but the state-or-city question."""
    places = [p for p, _ in c.options]
    doc = c.sent.doc
    if c.i >= 2 and doc[c.i - 1].lower_ == "of" and doc[c.i - 2].lower_ in ("county", "parish") and not (
            c.i >= 4 and doc[c.i - 3].lower_ == "and" and doc[c.i - 4].lower_ == "city"):
        # "the County of Santa Clara": the county, not the city of the same name (but not "the City and County of
        # Denver", a city that is its own county)
        county = [p for p in G.lookup(gz.normalize_surface(f"{c.surface} {doc[c.i - 2].text.title()}"))
                  if p.kind == "county"]
        if county:
            c.place, c.how = _pick_by_state(_rank(county, G), sent_states, doc_states)[0], "county_of"
            return
    if c.qualifier:
        inq = [p for p in places if p.state == c.qualifier and p.kind in ("city", "county")]
        c.place, c.how = _rank(inq, G)[0], "qualifier"
        return
    kinds = {p.kind for p in places}
    if kinds == {"country"} or kinds == {"state"}:
        c.place, c.how = places[0], "unique"
        return
    if "state" in kinds:                    # "Delaware", "Wyoming": small same-named cities need a qualifier
        c.place, c.how = next(p for p in places if p.kind == "state"), "state_name"
        return
    if kinds == {"county"}:
        c.place, c.how = _pick_by_state(_rank(places, G), sent_states, doc_states)
        return
    cities = _rank([p for p in places if p.kind in ("city", "county")], G)
    place, how = _pick_by_state(cities, sent_states, doc_states)
    form = dict((p.jurisdiction_id, f) for p, f in c.options)[place.jurisdiction_id]
    if form == "alias" and c.surface not in (place.name,) and len(c.surface) <= 4 and c.surface.replace(".", "").isupper():
        c.place, c.how = place, "alias"             # NYC, L.A., D.C.
        return
    if form == "demonym":
        c.place, c.how = place, "demonym"
        return
    # a bare city name has to earn its place
    state_ctx = how in ("sentence_state", "document_state")
    if place.clash == "country":
        c.skip = "clash_country"
        return
    if place.clash == "foreign_city" and not state_ctx and not _government_form(c):
        c.skip = "clash_foreign_city"   # (but "the City of Salem" is a US city's government)
        return
    words = c.surface.split()
    if set(words) & person_words and _prev_lower(c) not in LOCATIVE_PREPS:
        c.skip = "person_name"
        return
    pop = place.population or 0
    if how == "most_populous" and (sent_states or doc_states) and pop < MIN_BARE_POPULATION:
        # (or than the text's: "the North Temple light-rail station" in a Utah text is no Temple, Texas)
        c.skip = "state_conflict"             # a small town elsewhere than the sentence's state
        return
    strong = _strong_context(c)
    if c.tagged and (pop >= MIN_TAGGED_POPULATION or state_ctx):
        c.place, c.how = place, f"ner+{how}"
    elif len(words) > 1 and pop >= MIN_MULTIWORD_POPULATION:
        c.place, c.how = place, f"multiword+{how}"
    elif strong and (pop >= MIN_BARE_POPULATION or (state_ctx and c.tagged)):
        c.place, c.how = place, f"context+{how}"
    elif _government_form(c) and (state_ctx or pop >= MIN_TAGGED_POPULATION):
        c.place, c.how = place, f"government_form+{how}"    # "the City of Marietta", tagged as an organization
    elif state_ctx and pop >= MIN_TAGGED_POPULATION and (_acting_subject(c) or _owns_government(c)
                                                         or _governing_after(c)):
        # in a story about the state: "Ypsilanti ... adopted similar ordinances", "Framingham's City Council",
        # "the Duluth City Council"
        c.place, c.how = place, f"governing+{how}"
    elif state_ctx and _government_named_after(c):
        # "Canfield City Council passed on March 1", in a story about the state: a town's own government, however
        # small the town
        c.place, c.how = place, f"governing+{how}"
    elif _party_home(c) and (state_ctx or place.state in doc_states or len({p.state for p in places}) == 1):
        c.place, c.how = place, f"party_label+{how}"     # "(D-Roanoke)" in a Virginia story, or a name one state has
    else:
        c.skip = "weak_evidence"


def _resolve_state_or_city(c: _Cand, cands: list[_Cand], G: gz.Gazetteer, doc_votes: Counter,
                           doc_states: Counter) -> None:
    state = next(p for p, _ in c.options if p.kind == "state")
    city = _major_city(c.options)
    coord = _coordinated(c, cands)
    cue = _cue(c)
    if coord:
        choice, how = coord, "coordination"
    elif cue:
        choice, how = cue[0], f"cue:{cue[1]}"
    elif city is not None and city.state == "DC" and _prev_lower(c) not in LOCATIVE_PREPS:
        # "Washington's crackdown", "Washington warned": the federal government,
        # unless the document is about the state
        if doc_states.get(state.state, 0) >= STATE_DOCUMENT_MIN:
            choice, how = "state", "document_state"
        else:
            c.skip = "federal_seat"
            return
    elif doc_votes.get((state.jurisdiction_id, "city"), 0) != doc_votes.get((state.jurisdiction_id, "state"), 0):
        v = doc_votes
        choice = "city" if v[(state.jurisdiction_id, "city")] > v[(state.jurisdiction_id, "state")] else "state"
        how = "document_votes"
    elif city is not None and city.state == "DC":       # "in Washington"
        if doc_states.get(state.state, 0) >= STATE_DOCUMENT_MIN:
            choice, how = "state", "document_state"
        else:
            choice, how = "city", "federal_seat_place"
    else:
        choice, how = "state", "default_state"
    if choice == "city" and city is not None:
        c.place, c.how = city, how
    else:
        c.place, c.how = state, how


#: a dateline that names its state after the city: "SALEM, Ore. \u2014", "LANSING, Mich. -" (not "SPRINGFIELD -")
STATED_DATELINE = re.compile(r"[A-Z][A-Za-z .'\u2019-]{1,30},\s+[A-Z][a-z]{1,10}\.?\s*[\u2014\u2013-]"
                             # (a roundup item's heading: "GRAND ISLAND, NEB. | Raid at a beef plant")
                             r"|[A-Z][A-Z .'\u2019-]{1,30},\s+(?:[A-Z]\.[A-Z]\.|[A-Z][A-Za-z]{1,5}\.|[A-Z]{2})\s*\|")


def _section_states(cands, header_rows, text: str) -> None:
    """In a roundup whose datelines name places of two or more states ("JEFFERSON CITY, Mo." then "SALEM, Ore."), a
    county or city name several states share is read as the one in the state of the dateline above it ("the Linn
    County Jail in Albany", below "SALEM, Ore."), not the state the roundup names most."""
    lines = sorted((int(r["start"]), str(r["jurisdiction_id"])[:5]) for r in header_rows
                   if r.get("resolution") == "dateline" and str(r.get("jurisdiction_id") or "").startswith("us-")
                   and r.get("start") is not None
                   # (a dateline that names its state: "SALEM, Ore. -", not "SPRINGFIELD -")
                   and STATED_DATELINE.match(text, int(r["start"])))
    if len({st for _, st in lines}) < 2:
        return
    for c in cands:
        if c.skip == "state_conflict" and c.place is None:
            # (a name no state of the roundup's majority holds, read under its item's dateline: "a beef plant in
            # Grand Island", "homes in Kearney", below "GRAND ISLAND, NEB. |")
            above = [st for at, st in lines if at <= c.sent.start]
            same = [p for p, _ in c.options if p.kind in ("county", "city") and above
                    and p.jurisdiction_id.startswith(above[-1] + "-")]
            if len(same) == 1:
                c.place, c.how, c.skip = same[0], "section_state", None
            continue
        if c.skip is not None or c.place is None or c.place.kind not in ("county", "city"):
            continue
        above = [st for at, st in lines if at <= c.sent.start]
        if not above or c.place.jurisdiction_id.startswith(above[-1] + "-"):
            continue
        same = [p for p, _ in c.options if p.kind == c.place.kind and p.jurisdiction_id.startswith(above[-1] + "-")]
        if len(same) == 1:
            c.place, c.how = same[0], "section_state"


def _states_as_local_cities(cands: list[_Cand], G: gz.Gazetteer) -> None:
    """A state's name that is also a city of the document's own state, where the text names no other place of that
    state and no state word is near it: the city ("Wyoming City Hall", "in Grand Rapids and Wyoming", in a text
    about Kent County, Michigan)."""
    local = Counter(c.place.state for c in cands if c.skip is None and c.place is not None
                    and c.place.kind in ("city", "county") and c.place.state)
    if not local:
        return
    home, n = local.most_common(1)[0]
    if n < 2 or sum(1 for v in local.values() if v == n) > 1:
        return
    for c in cands:
        p = c.place
        if c.skip is not None or p is None or p.kind != "state" or p.state == home or local.get(p.state) \
                or c.qualifier:
            continue
        city = next((o for o, _ in c.options if o.kind == "city" and o.state == home), None)
        if city is None:
            opts = [G.places[j] for j, _f in G.surfaces.get(gz.normalize_surface(p.name), ()) if j]
            city = next((o for o in opts if o.kind == "city" and o.state == home), None)
        cue = _cue(c)
        if city is not None and not (cue and cue[0] == "state") and _coordinated(c, cands) != "state":
            # (not a state in a list of states: "the attorneys general of Illinois, New Jersey, Oregon and Wisconsin")
            c.place, c.how = city, "home_state_city"


def _is_state_or_city(c: _Cand) -> bool:
    kinds = {p.kind for p, _ in c.options}
    if "state" not in kinds or c.qualifier:
        return False
    return _major_city(c.options) is not None


_US_QUALIFIER = re.compile(r"^(?:U\.S\.|US|U\.S|United States)$")
#: words after "U.S." that make it part of a title or an agency's name, not the country as a place
_US_TITLE_WORDS = {"district", "magistrate", "circuit", "immigration", "customs",
                   "citizenship", "department", "marshal", "marshals", "border", "senator", "sen.", "rep.",
                   "representative", "army", "navy", "air", "coast", "court", "courts", "supreme", "secret",
                   "conference", "government", "agency", "office", "bureau", "embassy", "military",
                   "solicitor", "secretary", "president", "postal", "census", "forest", "fish", "marine",
                   "marines", "homeland", "house", "senate", "congress", "chamber", "treasury", "justice"}


#: agencies whose offices are named for a city ("the ICE Charlotte office")
_AGENCY_ACRONYMS = frozenset(("ICE", "ERO", "HSI", "DHS", "CBP", "FBI", "USCIS", "DOJ", "ATF", "DEA"))


#: words that make a PERSON span a law's name ("Dover Ordinance No"), whose words are no one's name
_INSTRUMENT_WORD = re.compile(r"\b(?:Ordinance|Resolution|Act|Bill|No|Order|Section|Code|Chapter|Directive|Amendment)\b")

def extract_places(pdoc: ParsedDocument, mentions: list[dict]) -> list[dict]:
    """Place mentions of one parsed document (see the module docstring for the rules)."""
    if not pdoc.sentences:
        return []
    G = gz.load()
    spans = _label_spans(pdoc, mentions)
    text_states = _named_states(G, pdoc.text or "")
    cands: list[_Cand] = []
    person_words: set[str] = set()
    short_names = _org_short_names(mentions, G)
    for sidx, s in enumerate(pdoc.sentences):
        if s.doc is None or len(s.doc) == 0:
            continue
        sp = spans.get(s.sentence_id, [])
        found = _scan(s, sidx, G, text_states)
        covered = frozenset(k for c in found for k in range(c.i, c.end_tok))
        for a, b, lab in sp:                  # words of people's names ("Austin Smith")
            span = None
            if lab == "PERSON" and 0 <= a < b <= len(s.text):
                span = s.doc.char_span(a, b, alignment_mode="contract")
            toks = [t for t in span if t.text[:1].isupper()] if span is not None else []
            if lab == "PERSON" and any(t.i not in covered for t in toks) \
                    and not _INSTRUMENT_WORD.search(span.text if span is not None else ""):
                person_words.update(t.text for t in toks)   # (not "Dover Ordinance No": a law the NER took for one)
        for c in found:
            doc = s.doc
            a, b = doc[c.i].idx, doc[c.j - 1].idx + len(doc[c.j - 1])
            c.tagged = c.listed or any(lab in PLACE_LABELS for _, _, lab in _overlaps(sp, a, b)) or any(
                lab in NAME_LABELS and _lists_places(doc, sa, sb, covered, lab) for sa, sb, lab in _overlaps(sp, a, b))
            c.locative = _prev_lower(c) in LOCATIVE_PREPS or _party_home(c)
            # (a name before "counties" is a county whatever NER made of it: "Stevens", "Grant")
            c.skip = None if c.listed or _party_home(c) else _org_or_person(c, sp, s.is_heading, covered)
            if c.skip is None and c.j < len(doc) and _US_QUALIFIER.match(c.surface) \
                    and doc[c.j].text[:1].isupper() and doc[c.j].lower_ in _US_TITLE_WORDS:
                c.skip = "org_name"     # "U.S. District Judge X", "U.S. IMMIGRATION AND CUSTOMS ENFORCEMENT"
            if c.skip is None and c.j + 1 < len(doc) and doc[c.j].lower_ == "field" \
                    and doc[c.j + 1].lower_ in ("office", "offices"):
                c.skip = "office_name"  # "ICE's Seattle field office": an office of the agency, named for a city
            if c.skip is None and c.j < len(doc) and doc[c.j].lower_ in ("office", "offices") and c.i > 0 \
                    and (doc[c.i - 1].tag_ == "POS" or doc[c.i - 1].text in _AGENCY_ACRONYMS):
                c.skip = "office_name"  # "the agency's Charlotte office", "the ICE Charlotte office"
            if c.skip is None and c.surface in short_names and not c.listed:
                c.skip = "org_short_name"   # "the Center", "Center staff", after the "Adult Detention Center"
            if c.skip is None and any(f == "demonym" for _, f in c.options):
                sing = not c.surface.endswith("s")
                if sing and c.i > 0 and doc[c.i - 1].lower_ == "the":
                    c.skip = "newspaper_name"
            cands.append(c)
        _share_coordination(found)

    # first everything but state-or-city names, then those (they use document votes)
    doc_states, sent_states = _state_context(cands)
    dateline_states = _dateline_states(pdoc)
    doc_states.update(dateline_states)
    for c in cands:
        if c.skip is None and not _is_state_or_city(c):
            _resolve_simple(c, G, sent_states.get(c.sidx, Counter()), doc_states, person_words)
    # a bare name accepted once in the document is accepted everywhere in it (headlines)
    accepted = {c.surface: c.place for c in cands if c.place is not None and c.place.kind == "city"}
    header_rows = _dateline_rows(pdoc, G)
    for r in header_rows:                 # and so is the city of the dateline ("NAMPA, Idaho -")
        place = G.get(r["jurisdiction_id"]) if r.get("resolution") == "dateline" else None
        if place is not None and place.kind == "city":
            accepted.setdefault(place.name, place)
    for c in cands:
        if c.skip == "weak_evidence" and c.surface in accepted:
            c.skip, c.place, c.how = None, accepted[c.surface], "document_repeat"
    # second round: same-named places picked by population alone, and bare names turned
    # down for want of state context, look again now that the states of all accepted
    # places are known ("Kings County" ... "Brooklyn"; "Somerville, Cambridge and Chelsea")
    doc2, sent2 = _state_context(cands, resolved=True)
    doc2.update(dateline_states)
    for c in cands:
        if c.skip in ("clash_foreign_city", "state_conflict"):
            c.skip = None
            _resolve_simple(c, G, sent2.get(c.sidx, Counter()), doc2, person_words)
    _listed_clashes(cands)
    for c in cands:
        if c.place is not None and c.how.endswith("most_populous") and c.place.kind in ("city", "county"):
            own = Counter({c.place.state: 1})
            options = _rank([p for p, _ in c.options if p.kind == c.place.kind], G)
            place, how = _pick_by_state(options, sent2.get(c.sidx, Counter()) - own, doc2 - own)
            if how != "most_populous":
                c.place, c.how = place, c.how.replace("most_populous", how)
    doc_votes = _document_votes(cands, G, pdoc)
    pending = [c for c in cands if c.skip is None and c.place is None and _is_state_or_city(c)]
    for c in pending:                     # cue-decided mentions vote for the undecided ones
        if _coordinated(c, cands) or _cue(c):
            _resolve_state_or_city(c, cands, G, Counter(), doc2)
            st = _state_option(c)
            if c.place is not None:
                doc_votes[(st.jurisdiction_id, c.place.kind)] += 1
    for c in pending:
        if c.place is None and c.skip is None:
            _resolve_state_or_city(c, cands, G, doc_votes, doc2)

    _states_as_local_cities(cands, G)
    _section_states(cands, header_rows, pdoc.text or "")
    extra = _short_county_names(pdoc, cands, spans, G)

    rows = list(header_rows)
    dateline_sents = {r["sentence_id"] for r in rows if r["resolution"] == "dateline"}
    for c in cands:
        if c.skip is not None or c.place is None:
            continue
        if c.sent.sentence_id in dateline_sents and c.place.kind == "state":
            continue        # "PORTLAND, Maine —": the state only qualifies the dateline's city
        s, doc, p = c.sent, c.sent.doc, c.place
        start, _ = s.span_offsets(doc[c.i])
        _, end = s.span_offsets(doc[c.end_tok - 1])
        if any(r["start"] < end and start < r["end"] for r in header_rows):
            continue        # already read from a heading in capitals
        rows.append(_row(pdoc, s, start, end, p, c.how))
    for s, i, j, p in extra:
        start, _ = s.span_offsets(s.doc[i])
        _, end = s.span_offsets(s.doc[j - 1])
        if not any(r["start"] < end and start < r["end"] for r in rows):
            rows.append(_row(pdoc, s, start, end, p, "county_short_name"))
    return rows


_COUNTY_SUFFIXES = (" County", " Parish", " Borough")
_HYPHENS = ("-", "\u2013", "\u2014")
#: why a candidate was turned down for want of evidence (not for being part of a name)
_WEAK_SKIPS = (None, "weak_evidence", "state_conflict", "clash_foreign_city")
#: capitalized words that may follow a county's short name ("Gwinnett Sheriff", "Cobb Commission Chair")
_SHORT_NAME_FOLLOWERS = GOVERNING_HEADS | _GOVERNING_PASS | {"Sheriff", "Sheriff's", "Jail", "Commission",
                                                            "Commissioners", "Detention", "Schools"}


def _short_county_names(pdoc: ParsedDocument, cands: list[_Cand], spans, G: gz.Gazetteer) -> list[tuple]:
    """A county named in full once may be named by its short name after: "Gwinnett County" ... "Gwinnett tore up
    its 287(g) deal", "DeKalb commissioners voted". Such a short name is the county, not a same-named place
    of another state ("DeKalb", Illinois), provided no state and no city or county of the county's own state
    has that name ("Dallas", "Orange"), no person's full name in the document holds it (the NER takes a lone
    "Gwinnett" for a person, but "Kamala Harris" makes "Harris" hers), and it stands as a name of its
    own: a proper noun, not after a title or inside a longer name ("Sheriff Hall", "City Hall", "DeKalb
    Avenue"). Candidates read as another place are changed in place; the others are returned as
    (sentence, first token, end token, county)."""
    full: dict[str, set] = {}
    for c in cands:
        p = c.place
        if p is not None and p.kind == "county" and c.skip is None:
            for suf in _COUNTY_SUFFIXES:
                if p.name.endswith(suf) and len(p.name) > len(suf):
                    full.setdefault(p.name[:-len(suf)], set()).add(p)
    # words of people's full names ("Kamala Harris"); a lone "Gwinnett" the NER took for a person is no name
    named = {w for s in pdoc.sentences for a, b, lab in spans.get(s.sentence_id, []) if lab == "PERSON"
             for w in (s.text[a:b].split() if len(s.text[a:b].split()) > 1 else ())}
    short: dict[tuple[str, ...], Place] = {}
    for stem, places in full.items():
        if len(places) != 1 or set(stem.split()) & named:
            continue
        county = next(iter(places))
        if any(q.kind == "state" or (q.state == county.state and q.jurisdiction_id != county.jurisdiction_id)
               for q in G.lookup(stem)):
            continue
        short[tuple(stem.split())] = county
    if not short:
        return []
    by_sent: dict[str, list[_Cand]] = {}
    for c in cands:
        by_sent.setdefault(c.sent.sentence_id, []).append(c)
    out = []
    for s in pdoc.sentences:
        doc = s.doc
        if doc is None:
            continue
        person = [(a, b) for a, b, lab in spans.get(s.sentence_id, [])
                  if lab == "PERSON" and len(s.text[a:b].split()) > 1]
        for words, county in short.items():
            n = len(words)
            for i in range(len(doc) - n + 1):
                if tuple(t.text for t in doc[i:i + n]) != words and not (
                        n == 1 and doc[i].text in (words[0] + "'s", words[0] + "\u2019s")):
                    continue
                j = i + n
                if doc[i].pos_ != "PROPN" or any(a < doc[j - 1].idx + len(doc[j - 1]) and doc[i].idx < b
                                                  for a, b in person):
                    continue
                if i > 0 and (doc[i - 1].pos_ == "PROPN" or doc[i - 1].text in TITLE_WORDS
                              or doc[i - 1].text in PERSON_TITLES):
                    continue        # "Sheriff Hall", "City Hall", "Ty Cobb"
                if (i > 0 and doc[i - 1].text in _HYPHENS and not doc[i - 1].whitespace_) or (
                        j < len(doc) and doc[j].text in _HYPHENS and not doc[j - 1].whitespace_):
                    continue        # "Charlotte-Mecklenburg Schools": part of a compound name
                nxt = doc[j] if j < len(doc) else None
                if nxt is not None and nxt.text[:1].isupper() and nxt.text not in _SHORT_NAME_FOLLOWERS:
                    continue        # "DeKalb Avenue", "Bucks County" (named in full: a candidate already)
                over = [c for c in by_sent.get(s.sentence_id, []) if c.i < j and i < c.end_tok]
                if over:
                    for c in over:
                        if c.i == i and c.skip in _WEAK_SKIPS and (c.place is None or c.place.state != county.state):
                            c.skip, c.place, c.how = None, county, "county_short_name"
                    continue
                out.append((s, i, j, county))
    return out


def _row(pdoc: ParsedDocument, s, start: int, end: int, p, resolution: str) -> dict:
    """A place mention row of sentence ``s``, characters ``start:end`` of the document, resolved to ``p``."""
    return dict(doc_id=pdoc.doc_id, sentence_id=s.sentence_id, start=start, end=end, text=pdoc.text[start:end],
                jurisdiction_id=p.jurisdiction_id, name=p.name, kind=p.kind, state=p.state, lat=p.lat, lon=p.lon,
                approx=p.approx, resolution=resolution)


_DATELINE = re.compile(r"^(?P<city>[A-Z][A-Z.'\u2019-]+(?: [A-Z][A-Z.'\u2019-]+){0,3})"
                       r"(?:, (?P<state>[A-Z][a-z]+\.?(?: [A-Z][a-z]+\.?)?|[A-Z]\.[A-Z]\.))?"
                       + DATELINE_NOTE + r"\s*(?:\u2014|\u2013|--?)\s*$")


#: a section's heading that names its place, in capitals: "EL PASO: A-", "WICHITA: B" (a report card's,
#: a roundup's or a newsletter's sections; NER misses words in capitals)
_SECTION_PLACE = re.compile(r"^(?:\d{1,2}[.)]\s+)?(?P<city>[A-Z][A-Z.'\u2019-]+(?: [A-Z][A-Z.'\u2019-]+){0,3})"
                            r"(?:\s+\([A-Z][A-Za-z .'\u2019-]{1,30}\))?"
                            # a roundup item's state: "6. GRAND ISLAND, NEB. | Raid at a beef plant"
                            r"(?:,\s+(?P<state>[A-Z]\.[A-Z]\.|[A-Z][A-Za-z]{1,5}\.|[A-Z]{2})(?=\s*\|))?"
                            # a newsletter item's date: "3. CUMBERLAND COUNTY, Feb. 22. Sheriff ..."
                            r"(?P<dated>,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\.)?"
                            r"(?:\s*:\s*[A-F][+-]?|\s*:(?P<title>\s+[A-Z][^.!?:]{0,48})?"
                            r"|\s*\|\s*[A-Z][^|]{0,60})?\s*$")


def _section_rows(pdoc: ParsedDocument, G: gz.Gazetteer) -> list[dict]:
    """The cities and counties of a document's section headings in capitals ("EL PASO: A-", "TOPEKA"), when
    at least two of them name one: read like datelines, each section's place for the rows below it."""
    rows = []
    states = None
    text = pdoc.text or ""
    for s in pdoc.sentences:
        # the heading's whole line: "5. CASCADE COUNTY (Great Falls): A closer look, then no" may be cut in two
        # sentences, or not read as a heading for its comma
        a = text.rfind("\n", 0, s.start) + 1
        b = text.find("\n", s.start)
        b = len(text) if b < 0 else b
        line = text[a:b]
        m = _SECTION_PLACE.match(line.strip()) if len(line) <= 90 and a >= s.start - 4 else None
        if m is not None:
            lead = len(line) - len(line.lstrip())
            offset = a + lead           # the line's start, in the document
        else:
            m, offset = _SECTION_PLACE.match(s.text), s.start
        if not m or not (s.is_heading or len(s.text.split()) <= (5 if m.group("dated") else 3) or offset != s.start):
            continue
        if offset + m.start("city") < s.start or offset + m.end("city") > s.end:
            continue    # (the place is in the sentence's own part of the line)
        name = " ".join(w.capitalize() for w in m.group("city").split())
        code = state_codes().get(m.group("state").lower().rstrip(".")) if m.group("state") else None
        if m.group("state") and code is None:
            continue
        options = [p for p in G.lookup(name, state=code) if p.kind in ("state", "city", "county")]
        if not options:
            continue
        if any(o.kind == "state" for o in options):
            # a roundup's state section ("TEXAS" over its items): the state ("NEW YORK" is the state, here)
            options = [o for o in options if o.kind == "state"]
        if states is None:      # ("3. GALLATIN COUNTY (Bozeman): ..." in a story about Montana)
            low = (pdoc.text or "").lower()
            states = {code for name_, code in state_codes().items() if len(name_) > 4 and name_ in low}
        p = next((o for o in options if o.state in states), options[0])
        start, end = offset + m.start("city"), offset + m.end("city")
        rows.append(_row(pdoc, s, start, end, p, "dateline"))
    return rows if len(rows) >= 2 else []


#: the heading of an official document: "CITY OF AURORA, COLORADO", "County of Dane, Wisconsin"
_GOVERNMENT_HEADER = re.compile(r"^(?:THE |The )?(?P<kind>CITY|City|COUNTY|County|TOWN|Town|VILLAGE|Village|BOROUGH"
                                r"|Borough|PARISH|Parish|TOWNSHIP|Township) (?:OF|of) "
                                r"(?P<city>[A-Z][A-Za-z.'\u2019-]+(?: [A-Z][A-Za-z.'\u2019-]+){0,3})"
                                r"(?:, (?P<state>[A-Z][A-Za-z]+\.?(?: [A-Z][A-Za-z]+\.?)?))?\s*$")
_HEADER_SPAN = 400      # characters at the top of a document where such a heading stands
#: a state named in capitals, as official texts print it ("STATE OF NEVADA" atop a bill, "THE PEOPLE OF THE
#: STATE OF NEVADA ... DO ENACT AS FOLLOWS", "COMMONWEALTH OF KENTUCKY"); NER misses words in capitals
_CAPS_STATE = re.compile(r"\b(?:STATE|COMMONWEALTH) OF (?P<state>[A-Z]+(?: [A-Z]+)?)\b")


@lru_cache(maxsize=1)
def state_codes() -> dict[str, str]:
    """State names, postal codes and AP abbreviations ("Wash.", "La.") -> postal code."""
    import us

    out = {}
    for st in us.states.STATES_AND_TERRITORIES + [us.states.DC]:
        for form in (st.name, st.abbr, st.ap_abbr or ""):
            if form:
                out[form.lower().rstrip(".")] = st.abbr
    return out


def _dateline_states(pdoc: ParsedDocument) -> Counter:
    """The state of a news dateline ("ALBUQUERQUE, N.M. (AP) —"): the document's state, which the
    sentences' own names may leave unsaid ("Santa Fe has barred ...")."""
    states: Counter = Counter()
    for s in pdoc.sentences:
        if s.is_heading and (m := _DATELINE.match(s.text)) and m.group("state"):
            code = state_codes().get(m.group("state").lower().rstrip("."))
            if code:
                states[code] += 1
    return states


def _state_below(pdoc: ParsedDocument, s) -> Optional[str]:
    """The postal code of a state named at the end of the line under a government's header ("LAKE COUNTY, ILLINOIS",
    "Antioch, Illinois 60002"), else None."""
    line_end = pdoc.text.find("\n", s.end)
    if line_end < 0:
        return None
    nxt = pdoc.text[line_end + 1: line_end + 120].split("\n", 1)[0].strip()
    m = re.search(r"(?:^|,\s*)([A-Za-z]+(?: [A-Za-z]+)?)\.?(?:\s+\d{5}(?:-\d{4})?)?\s*$", nxt)
    if not m:
        return None
    name = m.group(1).lower()
    codes = state_codes()
    return codes.get(name) or (codes.get(name.split()[-1]) if " " in name else None)


def _dateline_rows(pdoc: ParsedDocument, G: gz.Gazetteer) -> list[dict]:
    """The city of a news dateline ("BATON ROUGE, La. —", "SPOKANE, Wash. (AP) —"), which the
    segmenter keeps as its own heading-like segment and NER misses in capitals."""
    rows = []
    for s in pdoc.sentences:
        if not s.is_heading:
            continue
        m = _DATELINE.match(s.text)
        kinds = ("city", "county")
        if not m and s.start < _HEADER_SPAN:
            m = _GOVERNMENT_HEADER.match(s.text)    # "CITY OF AURORA, COLORADO" atop an official document
            if m:
                kinds = ("county",) if m.group("kind").lower() in ("county", "parish") else ("city",)
        if not m:
            continue
        city = " ".join(w.capitalize() if not w.endswith(".") else w.title() for w in m.group("city").split())
        code = state_codes().get((m.group("state") or "").lower().rstrip(".")) if m.group("state") else None
        if m.group("state") and code is None:
            continue
        if code is None and kinds != ("city", "county"):
            # "VILLAGE OF ANTIOCH" over "LAKE COUNTY, ILLINOIS": the state on the header's next line
            code = _state_below(pdoc, s)
        if kinds == ("county",) and not city.lower().endswith(("county", "parish")):
            city = f"{city} {m.group('kind').capitalize()}"
        options = [p for p in G.lookup(city, state=code) if p.kind in kinds]
        if not options:
            continue
        p = options[0]
        if code is None and len({o.state for o in options}) > 1:
            # "FOREST —" over a story about Mississippi: the place of that name in the state the text names
            low = (pdoc.text or "").lower()
            named = {c for n, c in state_codes().items() if len(n) > 4 and re.search(r"\b" + re.escape(n) + r"\b", low)}
            p = next((o for o in options if o.state in named), p) if len(named) == 1 else p
        start = s.start + m.start("city")
        end = s.start + m.end("city")
        rows.append(_row(pdoc, s, start, end, p, "dateline"))
    rows.extend(r for r in _section_rows(pdoc, G) if not any(r["start"] == x["start"] for x in rows))
    rows.extend(_caps_state_rows(pdoc, G))
    return rows


def _caps_state_rows(pdoc: ParsedDocument, G: gz.Gazetteer) -> list[dict]:
    """States named in a sentence set in capitals ("STATE OF NEVADA"), which NER does not read."""
    rows = []
    codes = state_codes()
    for s in pdoc.sentences:
        letters = [ch for ch in s.text if ch.isalpha()]
        if not letters or sum(ch.isupper() for ch in letters) / len(letters) < 0.9:
            continue
        for m in _CAPS_STATE.finditer(s.text):
            words = m.group("state").split()
            for n in (2, 1):        # "NEW MEXICO" before "NEW"; "NEVADA, REPRESENTED" -> "NEVADA"
                name = " ".join(words[:n])
                code = codes.get(name.lower()) if len(words) >= n else None
                if code is None:
                    continue
                p = G.get(f"us-{code.lower()}")
                if p is None:
                    break
                start = s.start + m.start("state")
                end = start + len(name)
                rows.append(_row(pdoc, s, start, end, p, "caps_header"))
                break
    return rows


def _state_context(cands: list[_Cand], resolved: bool = False) -> tuple[Counter, dict[int, Counter]]:
    """States named in the document and in each sentence: unambiguous state names (also
    inside organization names), qualifiers, single-state counties; with ``resolved``
    also the states of all places accepted so far."""
    doc_states: Counter = Counter()
    sent_states: dict[int, Counter] = {}
    for c in cands:
        codes = set()
        if c.qualifier:
            codes.add(c.qualifier)
        kinds = {p.kind for p, _ in c.options}
        states = {p.state for p, _ in c.options}
        if "state" in kinds and _major_city(c.options) is None and c.skip in (None, "in_org_name"):
            codes.add(_state_option(c).state)     # "Oregon" (a small Oregon, Ohio, needs a qualifier)
        elif len(states) == 1 and kinds <= {"county", "city"} and (
                c.skip == "in_org_name" or (c.skip is None and kinds == {"county"})) and not _inside_name(c) \
                and not (c.skip == "in_org_name" and _common_word(c.surface)
                         and (c.options[0][0].population or 0) < MIN_MULTIWORD_POPULATION) \
                and not (c.skip == "in_org_name" and _FIELD_OFFICE.match(c.sent.doc[c.j:].text if c.sent.doc is not None else "")):
            codes.add(c.options[0][0].state)      # "Alamance County", "the Los Angeles Times"
        if resolved and c.place is not None and c.skip is None and c.place.state:
            codes.add(c.place.state)
        for code in codes:
            doc_states[code] += 1
            sent_states.setdefault(c.sidx, Counter())[code] += 1
    return doc_states, sent_states


#: a federal agency's regional office named after its seat city, whose area spans several states ("ICE's Chicago Field
#: Office" answers for Indiana jails too): the city says nothing about the text's state
_FIELD_OFFICE = re.compile(r"\s*(?:(?:ERO|HSI|ICE)\s+)?(?:Field|Sub-?|Area|Sector|Division|Resident)\s*(?:Office|Headquarters)\b"
                           r"|\s*(?:Area of Responsibility|Sector\b|Division\b)", re.I)


def _common_word(surface: str) -> bool:
    """A one-word name that is also a common English word ("Justice" in "Department of Justice", a village in
    Illinois): inside an organization's name a small place of that name says nothing about the state."""
    from wordfreq import zipf_frequency
    return " " not in surface.strip() and zipf_frequency(surface.strip().lower(), "en") >= _COMMON_NOUN_ZIPF


def _inside_name(c: _Cand) -> bool:
    """A small town's name read inside a longer name, not as its first words or its "of <Place>" ending: "Department
    of Homeland Security" (Homeland, California), "Operation Longleaf Harvest" (Harvest, Alabama). It says nothing
    of the text's state."""
    if c.skip != "in_org_name" or any(p.kind == "county" or (p.population or 0) >= MIN_BARE_POPULATION
                                      for p, _ in c.options):
        return False
    doc = c.sent.doc
    before = doc[c.i - 1] if c.i > 0 else None
    after = doc[c.end_tok] if c.end_tok < len(doc) else None
    capital_before = before is not None and before.text[:1].isupper() and before.text not in TITLE_WORDS \
        and before.lower_ != "the"
    of_before = before is not None and before.lower_ == "of"
    capital_after = after is not None and after.text[:1].isupper()
    return capital_before or (of_before and capital_after)


def _state_option(c: _Cand) -> Place:
    return next(p for p, _ in c.options if p.kind == "state")


def _document_votes(cands: list[_Cand], G: gz.Gazetteer, pdoc: ParsedDocument) -> Counter:
    """(state id, 'city'/'state') -> count of explicit forms in the document:
    "New York City"/"NYC"/"D.C." (also inside organization names: "New York City
    Council") and the police acronym ("NYPD") vote for the city reading of the
    state's name, "New York State"/"state of New York" for the state reading."""
    votes: Counter = Counter()
    for c in cands:
        if c.skip == "in_org_name" and len({p.jurisdiction_id for p, _ in c.options}) == 1:
            p = c.options[0][0]
            st = G.state(p.state) if p.kind == "city" and p.state else None
            if st is not None and _ambiguous_city(G, st) == p and c.surface != st.name:
                votes[(st.jurisdiction_id, "city")] += 1
            continue
        p = c.place
        if c.skip is not None or p is None:
            continue
        if p.kind == "city":
            st = G.state(p.state)
            if st is not None and _ambiguous_city(G, st) == p and c.surface != st.name:
                votes[(st.jurisdiction_id, "city")] += 1
        elif p.kind == "state" and c.surface != p.name and p.name in c.surface \
                and _ambiguous_city(G, p) is not None and not c.surface.endswith("s"):
            votes[(p.jurisdiction_id, "state")] += 1
    for st in sorted({_state_option(c) for c in cands if _is_state_or_city(c)}, key=lambda p: p.jurisdiction_id):
        acronym = gz._initials(st.name) + "PD"
        n = sum(1 for s in pdoc.sentences if s.doc is not None for t in s.doc if t.text == acronym)
        if n:
            votes[(st.jurisdiction_id, "city")] += n
    return votes


def _ambiguous_city(G: gz.Gazetteer, state: Place) -> Optional[Place]:
    """The big city that a state's name also names (New York -> NYC, Washington -> D.C.)."""
    opts = [(G.places[j], f) for j, f in G.surfaces.get(gz.normalize_surface(state.name), ()) if j]
    return _major_city(opts)


# ----------------------------------------------------------------------------- helpers for other stages
_COUNTY_OF = re.compile(r"\b(County|Parish|COUNTY|PARISH) (?:of|OF|Of) ((?:[A-Z][\w.'\u2019-]*\s*){1,4})")


def _county_of(G, text: str) -> str:
    """"County of Santa Clara" -> "Santa Clara County" (the longest name the gazetteer has as a
    county), so that the county, not the city of the same name, is read."""
    def swap(m):
        kind = m.group(1).lower()
        names = m.group(2).split()
        for n in range(len(names), 0, -1):
            name = " ".join(names[:n]).title()
            if any(p.kind == "county" for p in G.lookup(gz.normalize_surface(f"{name} {kind}"))):
                rest = " ".join(names[n:])
                return f"{name} {kind.title()}" + (f" {rest}" if rest else "") + (" " if m.group(2).endswith(" ") else "")
        return m.group(0)
    return _COUNTY_OF.sub(swap, text)


#: words of an institution's name that are also the names of small places ("University Police Department" is a
#: campus's, not University, Florida's; "Department of Commerce"): inside a name they name no place
_INSTITUTION_WORDS = frozenset(("university", "college", "justice", "commerce", "enterprise", "opportunity",
                                "progress", "welcome", "paradise"))


#: a town's school district is named for it ("Northfield Public Schools", "Woodburn School District")
_SCHOOL_WORDS = ("public schools", "school district", "unified school", "community school", "area school")


def jurisdiction_in_name(text: str, states=()) -> Optional[str]:
    """Jurisdiction id of the most specific US place named inside ``text`` (an
    organization's name or a title): "Minnesota Department of Corrections" ->
    ``us-mn``, "Chicago Police Department" -> the city, "Cook County Sheriff's
    Office" -> the county, "New York Police Department" -> the city (police,
    city, mayor and council words pick the city reading of a state's name). A
    one-word city under 100,000 people counts only before a city word (or its schools' name); a bare
    "Washington" is the federal seat (no jurisdiction). None if no place is named.
    Meant for government bodies: it cannot tell "Jackson Lewis LLP" from Jackson. ``states``: the
    document's states (upper-case codes); a name several places share ("Jefferson County Sheriff's Office")
    is read as the one in those states."""

    if not text:
        return None
    G = gz.load()
    text = _county_of(G, text)
    found = re.findall(r"[A-Z][\w.'\u2019-]*|[a-z]+|,|&", text)
    # (a county's own name may end in "'s": "Prince George's County", "Queen Anne's County" keep it)
    words = [w[:-2] if w.endswith(("'s", "\u2019s")) and not (k + 1 < len(found) and found[k + 1] in ("County", "Parish"))
             else w for k, w in enumerate(found)]
    low = text.lower()
    city_words = ("police", "city", "mayor", "council", "municipal")
    city_cue = any(w in low for w in city_words)
    best = None
    i = 0
    while i < len(words):
        hit = _longest_surface(G, i, min(len(words), i + 6), lambda j: gz.normalize_surface(
            " ".join(words[i:j]).replace(" ,", ","))) if words[i][:1].isupper() else None
        if hit is None:
            i += 1
            continue
        j, key = hit
        if j - i >= 2 and words[j - 1] == "City" and j < len(words) and words[j] in _CITY_OFFICES:
            # "Lincoln City Council" in a Nebraska text: Lincoln's council, not Lincoln City, Oregon's (as _scan reads
            # "the Hartford City Council")
            short = _longest_surface(G, i, j - 1, lambda k: gz.normalize_surface(" ".join(words[i:k])))
            if short is not None and short[0] == j - 1 and (_much_larger(G, short[1], key) or _other_state(
                    G, short[1], key, frozenset(s.upper() for s in states))):
                j, key = short
        options = G.lookup(key) if key.lower() not in _INSTITUTION_WORDS else []
        place = None
        if options:
            kinds = {p.kind for p in options}
            major = _major_city([(p, "") for p in options])
            if "state" in kinds and major is not None:
                place = major if city_cue else options[0]
                if not city_cue and major.state == "DC":
                    place = None              # "Washington Post": the federal seat, no jurisdiction
            elif "state" in kinds or "country" in kinds:
                place = options[0]
            else:
                ranked = G.rank(options)
                place = next((p for p in ranked if p.state in states), ranked[0]) if states else ranked[0]
                after = " ".join(words[j:j + 2]).lower()
                before = " ".join(words[max(0, i - 2):i]).lower()     # ("City of Morgantown": a city by name)
                if place.kind == "city" and " " not in key and (place.population or 0) < MIN_BARE_POPULATION \
                        and not any(w in after for w in city_words + _SCHOOL_WORDS) \
                        and before not in ("city of", "town of", "village of", "borough of"):
                    place = None
        if place is not None:
            rank = (_KIND_RANK[place.kind] if place.kind != "county" else 3, -i)
            if best is None or rank > best[0]:
                best = (rank, place)
        i = j
    return best[1].jurisdiction_id if best else None


# ----------------------------------------------------------------------------- corpus level
def aggregate(place_rows: list[dict]) -> "pd.DataFrame":
    """Jurisdictions table: one row per place mentioned, stance ``mentioned``.

    Sorted by mentions (descending), then jurisdiction_id."""
    import pandas as pd

    cols = ["jurisdiction_id", "name", "kind", "state", "lat", "lon", "doc_ids", "mentions", "stance",
            "approx"]
    rows = [r for r in place_rows or [] if r.get("jurisdiction_id")]
    if not rows:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in cols})
    G = gz.load()
    acc: dict[str, dict] = {}
    for r in rows:
        jid = r["jurisdiction_id"]
        a = acc.get(jid)
        if a is None:
            p = G.get(jid)
            a = acc[jid] = dict(
                jurisdiction_id=jid,
                name=p.name if p else r.get("name"), kind=p.kind if p else r.get("kind"),
                state=p.state if p else r.get("state"), lat=p.lat if p else r.get("lat"),
                lon=p.lon if p else r.get("lon"), doc_ids=set(), mentions=0, stance="mentioned",
                approx=p.approx if p else bool(r.get("approx", False)))
        a["doc_ids"].add(str(r.get("doc_id")))
        a["mentions"] += 1
    out = []
    for a in acc.values():
        a["doc_ids"] = ";".join(sorted(a["doc_ids"]))
        out.append(a)
    df = pd.DataFrame(out, columns=cols)
    df = df.sort_values(["mentions", "jurisdiction_id"], ascending=[False, True], kind="mergesort")
    return df.reset_index(drop=True)


# ----------------------------------------------------------------------------- letterhead
def _title(line: str) -> str:
    """A capitals line in title case, a possessive's "s" kept small ("PRINCE GEORGE'S COUNTY" -> "Prince George's
    County", where ``str.title`` gives "George'S")."""
    return re.sub(r"[A-Za-z]+(?:['\u2019][A-Za-z]+)?", lambda m: m.group(0).capitalize(), line)


@lru_cache(maxsize=1)
def _name_particles() -> frozenset:
    """Words that place names write only in small letters after their first word ("of", "and", "the", "du" of
    "Fond du Lac County", "qui" of "Lac qui Parle County"), from the gazetteer itself."""
    small, capital = set(), set()
    for p in gz.load().places.values():
        for w in p.name.split()[1:]:
            (small if w.isalpha() and w.islower() else capital).add(w.lower())
    return frozenset(small - capital)


def _name_case(line: str) -> str:
    """A capitals line as place names write it: title case, with the small words of names kept small ("FOND DU LAC
    COUNTY BOARD OF SUPERVISORS" -> "Fond du Lac County Board of Supervisors")."""
    small = _name_particles()
    return re.sub(r"(?<=\s)[A-Z][a-z]*\b", lambda m: m.group(0).lower() if m.group(0).lower() in small else m.group(0),
                  _title(line))


def letterhead_place(text: str, places) -> Optional[str]:
    """The place of an official text's letterhead: an upper-case line among the first four naming
    a government body ("CITY OF ...", "STATE OF ...", "... COUNTY SHERIFF'S OFFICE") names who
    issues it. A county name several states share is read as the one the text names."""
    G = gz.load()
    named = {p.get("jurisdiction_id") for p in places if p.get("jurisdiction_id")}
    m = _ENACTING.search(text[:4000])
    if m:       # a bill or act: the state whose legislature enacts it
        line_start = text.rfind("\n", 0, m.start()) + 1
        for g in _OF_STATE.finditer(text[line_start: m.end() + 200]):
            words = g.group(1).split()
            for n in (2, 1):
                code = state_codes().get(" ".join(words[:n]).lower()) if len(words) >= n else None
                if code:
                    return f"us-{code.lower()}"
    lines = [ln.strip() for ln in text.lstrip().split("\n", 12)[:12] if ln.strip()][:4]
    # a roundup's first section heading ("WAKE COUNTY" over its items, with other sections below) is no letterhead
    sections = [p for p in places if p.get("resolution") == "dateline" and p.get("jurisdiction_id")]
    section_lines = {str(p.get("text") or "").upper() for p in sections} \
        if len({p["jurisdiction_id"] for p in sections}) >= 2 else set()
    for n, ln in enumerate(lines):
        if ln.upper().rstrip(" :") in section_lines:
            continue
        special = _SPECIAL_DISTRICT.search(ln)
        if special:     # "Public Hospital District No. 7 of Yakima County": a district of that county acts for it
            county = jurisdiction_in_name(_title(special.group(1)))
            if county in named:
                return county
        if n == 0 and _SCHOOL_DISTRICT.search(ln):
            school = _school_district_place(ln, lines[1:], named, G)
            if school:
                return school
            continue
        if n == 0 and _PUBLIC_UNIVERSITY.search(ln):
            state = _university_state(ln, lines[1:], named)
            if state:
                return state
            continue
        letters = re.sub(r"[^A-Za-z]", "", ln)
        if not (letters.isupper() and len(letters) > 3 and len(ln.split()) <= 8 and _GOVERNMENT_LINE.search(ln)):
            continue
        jid = jurisdiction_in_name(_name_case(ln))
        m = _LETTERHEAD_PLACE.match(ln)
        if not jid and m and m.group(1):
            # "CITY OF BELLINGHAM": a town too small for a bare name to count, named in the text as well
            hits = [p for p in G.lookup(m.group(1).strip().title(), kind="city") if p.jurisdiction_id in named]
            if len(hits) == 1:
                return hits[0].jurisdiction_id
        t = _LETTERHEAD_TOWNSHIP.match(ln) if not jid else None
        if t:
            # a township named for the place it governs, in the state the text names ("Mahoning County, Ohio")
            states = {j.split("-")[1].upper() for j in named if j.count("-") >= 1}
            hits = [p for p in G.lookup(t.group(1).strip().title(), kind="city") if p.state in states]
            if len(hits) == 1:
                return hits[0].jurisdiction_id
        if not jid or jid in ("us", "us-dc-washington"):
            continue
        if m and jid.count("-") == 1:
            # "CITY OF YPSILANTI, MICHIGAN", "DEKALB COUNTY, GEORGIA": the place the text names in that state
            slug = re.sub(r"[^a-z0-9]+", "-", (m.group(1) or m.group(2)).lower()).strip("-")
            if f"{jid}-{slug}" in named:
                return f"{jid}-{slug}"
        if jid in named:
            return jid
        states = {j.split("-")[1].upper() for j in named if j.count("-") >= 1}
        place = G.get(jid)
        if place is not None and place.kind != "state":
            # "HALL COUNTY BOARD OF SUPERVISORS" in a text about Nebraska: that state's Hall County
            same = [p for p in G.lookup(place.name, kind=place.kind) if p.state in states]
            if same:
                return same[0].jurisdiction_id
        if place is not None and place.state in states:
            return jid
    return None


#: a special district of a county on a letterhead line: "Public Hospital District No. 7 of Yakima County"
_SPECIAL_DISTRICT = re.compile(r"\b(?:hospital|health(?:care)?|fire|water|transit|port|library|park|parks)\s+district"
                               r"(?:\s+(?:no\.?|number)\s*\d+)?\s+of\s+((?:[A-Za-z.'-]+\s+){1,3}county)\b", re.I)
#: a school district's own name on the first line of its letterhead: "FARIBAULT PUBLIC SCHOOLS",
#: "GREATER OTTUMWA COMMUNITY SCHOOL DISTRICT", "FRESNO UNIFIED SCHOOL DISTRICT" (a community college district's too)
_SCHOOL_DISTRICT = re.compile(r"^(?!.*\b(?:STATE|OFFICE|DEPARTMENT|DIVISION)\b)[A-Z0-9 .,'&-]*\b(?:SCHOOL DISTRICT|COLLEGE DISTRICT"
                              r"|PUBLIC SCHOOLS|(?:CITY|COUNTY|COMMUNITY|CONSOLIDATED|AREA|UNIFIED) SCHOOLS)\b")
#: a letterhead's address line ending in its city and state: "5120 W. 25th Street, Cicero, Illinois 60804",
#: "Elgin, Illinois", "Office of the Superintendent | Joliet, Illinois", "Oxnard, CA 93030"
_ADDRESS_CITY = re.compile(r"(?:^|[,|]\s*)(?P<city>[A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){0,2}),\s*"
                           r"(?P<state>[A-Z][A-Za-z.]+(?: [A-Z][a-z]+)?)(?:\s+\d{5}(?:-\d{4})?)?\s*$")


def _address_line(below: list[str]) -> Optional[tuple[str, str]]:
    """(city, state code) of the first address line among the three lines under a letterhead's name."""
    codes = state_codes()
    for ln in below[:3]:
        m = _ADDRESS_CITY.search(ln)
        code = codes.get(m.group("state").lower().rstrip(".")) if m else None
        if code:
            return m.group("city"), code
    return None


#: a public university's own name on the first line of its letterhead: "SOUTHWEST MICHIGAN STATE UNIVERSITY",
#: "OLD NORTH STATE UNIVERSITY SYSTEM", "THE UNIVERSITY OF ARIZONA" (its acts are its state's)
_PUBLIC_UNIVERSITY = re.compile(r"^(?!.*\b(?:LAW|NEWSPAPER|COURANT|LEDGER)\b)[A-Z .,'&-]*\b(?:STATE UNIVERSITY"
                                r"|UNIVERSITY SYSTEM|UNIVERSITY OF [A-Z]+(?: [A-Z]+)?\s*$)")


def _university_state(line: str, below: list[str], named: set) -> Optional[str]:
    """The state of a public university's letterhead: the state of the address line under its name, else the
    state its name holds ("UNIVERSITY OF ARIZONA"), else the one state the text's places are in."""
    address = _address_line(below)
    if address:
        return f"us-{address[1].lower()}"
    m = re.search(r"UNIVERSITY OF ([A-Z]+(?: [A-Z]+)?)\s*$", line)
    code = state_codes().get(m.group(1).lower()) if m else None
    if code:
        return f"us-{code.lower()}"
    if m:
        return None     # "THE UNIVERSITY OF CHICAGO": named for a city, no state's university
    jid = jurisdiction_in_name(_title(line))
    if jid and jid.count("-") == 1:
        return jid
    states = {j.split("-")[1] for j in named if j.count("-") >= 1}
    return f"us-{states.pop()}" if len(states) == 1 else None


def _school_district_place(line: str, below: list[str], named: set, G) -> Optional[str]:
    """The place of a school district's letterhead: school districts act at their city's level (a
    county's schools at the county's). The county or city in the district's own name ("GWINNETT COUNTY
    PUBLIC SCHOOLS", "FRESNO UNIFIED SCHOOL DISTRICT"), else the city of the address line under it ("PRAIRIE
    PATH SCHOOL DISTRICT 88" over "..., Cicero, Illinois 60804"), else a town in the name that the text
    names, or one in the text's states ("WORTHINGTON PUBLIC SCHOOLS" in a text about Minnesota)."""
    address = _address_line(below)
    states = {j.split("-")[1].upper() for j in named if j.count("-") >= 1}
    title = _name_case(line)
    jid = jurisdiction_in_name(title, (address[1],) if address else tuple(sorted(states)))
    place = G.get(jid) if jid else None
    if place is not None and address and re.search(
            rf"\b(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest)\s+{re.escape(place.name)}\b", title):
        place = None    # ("WEST TUALATIN SCHOOL DISTRICT" over "..., Hillsboro, Oregon": a region named, the town is
        #                 the address line's)
    if place is not None and place.kind in ("county", "city") and (not address or place.state == address[1]):
        return jid
    if address:
        hits = [p for p in G.lookup(address[0], kind="city") if p.state == address[1]]
        if len(hits) == 1:
            return hits[0].jurisdiction_id
    # a town in the district's name: one the text names, else the one in the text's states
    words = re.findall(r"[A-Za-z.']+", title)
    for keep in (lambda p: p.jurisdiction_id in named, lambda p: p.state in states):
        for n in (3, 2, 1):
            for i in range(len(words) - n + 1):
                hits = [p for p in G.lookup(" ".join(words[i:i + n]), kind="city") if keep(p)]
                if len(hits) == 1:
                    return hits[0].jurisdiction_id
    return None


#: the enacting clause of a bill or act: "Be it enacted by the Legislature of Louisiana", "THE PEOPLE OF THE
#: STATE OF NEVADA, REPRESENTED IN SENATE AND ASSEMBLY, DO ENACT"
_ENACTING = re.compile(r"\b(?:be it enacted|do enact|hereby enact)", re.I)
_OF_STATE = re.compile(r"\bof (?:the )?(?:(?:state|commonwealth) of )?([A-Za-z]+(?: [A-Za-z]+)?)", re.I)
_LETTERHEAD_PLACE = re.compile(r"^(?:(?:CITY|TOWN|VILLAGE|BOROUGH) OF ([A-Z .'-]+?)|([A-Z .'-]+? (?:COUNTY|PARISH)))\s*(?:,|$)")
#: a township's government on its letterhead: "AUSTINTOWN TOWNSHIP BOARD OF TRUSTEES"
_LETTERHEAD_TOWNSHIP = re.compile(r"^([A-Z][A-Z .'-]+?) TOWNSHIP\b")
_GOVERNMENT_LINE = re.compile(r"\b(?:CITY|COUNTY|STATE|COMMONWEALTH|TOWN|VILLAGE|BOROUGH|PARISH|OFFICE|DEPARTMENT|COURT"
                              r"|COUNCIL|BOARD|LEGISLATURE|SENATE|HOUSE|ASSEMBLY|GOVERNOR|SHERIFF'?S?|COMMISSION"
                              r"|SUPERVISORS|ATTORNEY|EXECUTIVE)\b")


#: a part's letterhead naming its government ("CITY OF MEMPHIS", "COUNTY OF SAN MATEO", "DAVIDSON COUNTY SHERIFF'S
#: OFFICE")
_PART_LETTERHEAD = re.compile(r"^[ \t]*(?:(?:CITY|COUNTY|TOWN|VILLAGE) OF [A-Z][A-Z .'-]+|[A-Z][A-Z .'-]+ COUNTY"
                              r"(?: SHERIFF'S OFFICE| BOARD OF [A-Z ]+| COMMISSION)?)[ \t]*$")


def part_letterheads(text: str, states=()) -> list[tuple[int, Optional[str], Optional[str]]]:
    """(offset, place, kind) of each part of a packet below a separator, when some part opens with a county's or a
    city's letterhead ("###" then "CITY OF MEMPHIS / OFFICE OF THE MAYOR" above the mayor's statement); a part under
    another letterhead ("U.S. DEPARTMENT OF JUSTICE") has no place of its own (None). ``states``: the document's."""
    out, lines, pos, after_sep, first = [], text.split("\n"), 0, None, None
    for ln in lines:
        if SEPARATOR_LINE.match(ln):
            after_sep, first = 0, None
        elif after_sep is not None and ln.strip():
            after_sep += 1
            first = pos if first is None else first
            jid = jurisdiction_in_name(_title(ln.strip()), states) if _PART_LETTERHEAD.match(ln) else None
            if jid and jid.count("-") >= 2:
                # (the letterhead may come below a line that introduces the part: "The following statement was
                # issued by the Weld County Sheriff's Office." over "WELD COUNTY SHERIFF'S OFFICE")
                out.append((first, jid, "county" if jid.endswith("-county") else "city"))
                after_sep = None
            elif after_sep >= 2:
                out.append((first, None, None))
                after_sep = None
        pos += len(ln) + 1
    return out if any(jid for _, jid, _ in out) else []


def letterhead_county_or_city(text: str, places) -> Optional[tuple[str, str]]:
    """(jurisdiction, kind) of the county or city on the text's letterhead (:func:`letterhead_place`), or None."""
    jid = letterhead_place(text, places)
    place = gz.load().get(jid) if jid else None
    return (jid, place.kind) if place is not None and place.kind in ("county", "city") else None
