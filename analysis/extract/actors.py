"""People named in the news, with the office they hold, and the actors table.

:func:`extract_people` gives one row per PERSON mention (from
:mod:`analysis.extract.entities`) with:

* ``name``: the fullest form of the name in the document ("Whitcomb" ->
  "Dolores Whitcomb");
* ``role``: the office, lower case, from the rule data in
  ``analysis/data/titles.json``, found (first that applies)

  1. before the name: "Sheriff X", "Gov. X", "former Sheriff X", "Kentucky
     Governor X", "Philadelphia District Attorney X", "Homeland Security
     Secretary X" (organization = the agency), "Secretary of Homeland Security
     X", "U.S. Attorney General X" (federal), "state Sen. X" (state senator);
  2. in a descriptor before the name and a comma, linked by the parse
     (apposition): "Tucson's mayor, X", "the mayor of Tucson, X", "a
     spokesperson for the Department of Homeland Security, X";
  3. in an apposition after it: "X, the sheriff of Y,", "X, a staff attorney
     at the ACLU", "X, founder of Z", "X, who is the mayor of Y" (relative
     clauses after the role are not read: "X, a former state representative
     who now leads Z" -> former state representative);
  4. "X of <organization>" gives the organization only;
  5. another mention of the same person in the document.

  "former" (also "ex-", "then-") is kept as a prefix ("former sheriff");
  honorifics (Mr., Dr.) give no role; a private person's role is "".
* ``level``: the role's level (mayor -> city; governor, state attorney
  general, state senator -> state; sheriff, county executive and district
  attorney -> county, since US district attorneys are elected by counties or
  county-based districts; president, secretary, federal judge, senator ->
  federal). "U.S."/"federal" before the title makes it federal, "state" a
  state office; roles held in an organization (director, spokesperson,
  adviser, chair, agent) take the organization's level ("ICE" -> federal,
  an advocacy group -> nongovernmental); people without an office are
  ``nongovernmental``.
* ``jurisdiction``: for state, county and city offices only, the
  ``jurisdiction_id`` of the place tied to the title (the place rows passed
  in, matched by offsets: "Maricopa County Sheriff", "mayor of Tucson",
  "Tucson's mayor"), converted to the needed kind (a city named for a state
  office gives its state); failing that the document's most mentioned place
  of that kind (``jurisdiction_source`` = ``document``). With no place rows,
  the text of a GPE mention next to the title is returned instead.
* ``organization``: the canonical name of the organization tied to the role
  ("ICE" -> "Immigration and Customs Enforcement"), else None.

:func:`merge_actors` builds the corpus table, one row per person.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Optional

from . import entities
from .base import ParsedDocument, Sentence, ranked_with_unique_ids
from .places import STATED_DATELINE, letterhead_county_or_city, part_letterheads, state_codes

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

COLUMNS = ["actor_id", "name", "role", "level", "jurisdiction", "organization", "doc_ids", "mentions"]
#: tokens scanned before a name for its title and qualifiers
TITLE_WINDOW = 8
#: tokens scanned in an apposition when the parse gives none
APPOSITION_WINDOW = 12
#: earlier sentences searched for a county or city office's place
CONTEXT_SENTENCES = 2
_KIND_FOR_LEVEL = {"city": ("city",), "county": ("county", "city"), "state": ("state",)}
_RELATIVE = {"who", "whom", "whose", "which", "that", "where", "when"}


@dataclass
class _Tok:
    """A place row or ORG mention located on the tokens of its sentence."""
    i: int
    j: int
    row: dict


@dataclass
class _Info:
    entry: Optional[dict] = None
    former: bool = False
    markers: set = field(default_factory=set)
    place: Optional[dict] = None
    org: Optional[str] = None
    how: str = ""


# ----------------------------------------------------------------------------- data
_STREET_WORDS = {"street", "avenue", "road", "boulevard", "lane", "drive", "square", "plaza", "highway",
                 "parkway", "bridge", "st.", "ave.", "blvd."}
_SENTENCE_ADVERBS = {"perhaps", "meanwhile", "however", "still", "instead", "also", "now", "then", "yet",
                     "indeed", "moreover", "though", "thus", "today", "yesterday", "when", "while", "after",
                     "before", "since", "but", "and", "so", "unlike", "like", "as", "if", "even", "only"}


def _lists() -> dict:
    t = entities.titles()
    return {
        "kept": {k.lower(): v for k, v in t["kept_modifiers"].items()},
        "read": {w.lower() for w in t["read_modifiers"]},
        "federal": {w.lower() for w in t["federal_markers"]},
        "state": {w.lower() for w in t["state_markers"]},
        "county": {w.lower() for w in t["county_markers"]},
        "city": {w.lower() for w in t["city_markers"]},
        "party": {w.lower() for w in t["party_words"]},
    }


# ----------------------------------------------------------------------------- sentence context
def _locate(sent: Sentence, rows: list[dict]) -> list[_Tok]:
    doc = sent.doc
    out = []
    for r in rows:
        try:
            a, b = int(r["start"]) - sent.start, int(r["end"]) - sent.start
        except (KeyError, TypeError, ValueError):
            continue
        if a < 0 or b > len(sent.text) or a >= b:
            continue
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is not None and len(span):
            out.append(_Tok(span.start, span.end, r))
    return sorted(out, key=lambda t: (t.i, t.j))


class _Context:
    def __init__(self, sent: Sentence, places: list[dict], orgs: list[dict], gpes: list[dict]):
        self.sent, self.doc = sent, sent.doc
        self.places = _locate(sent, places)
        if not places:                                   # no place rows: GPE mentions stand in
            self.places = [_Tok(t.i, t.j, dict(t.row, jurisdiction_id=None, kind=None))
                           for t in _locate(sent, gpes)]
        taken = {k for p in self.places for k in range(p.i, p.j)}
        self.orgs = [o for o in _locate(sent, orgs)      # "Tucson" tagged ORG but read as a place
                     if not set(range(o.i, o.j)) <= taken]

    def place_ending(self, k: int, upto: int) -> Optional[_Tok]:
        """A place whose last token is ``k`` (or ``k+1`` when that token opens the title, "County")."""
        for p in self.places:
            if p.i <= k and (p.j == k + 1 or (p.j == k + 2 and p.j <= upto)):
                return p
        return None

    def org_ending(self, k: int) -> Optional[_Tok]:
        for o in self.orgs:
            if o.i <= k < o.j and o.j == k + 1:
                return o
        return None

    def within(self, items: list[_Tok], lo: int, hi: int) -> list[_Tok]:
        return [x for x in items if x.i >= lo and x.j <= hi]


# ----------------------------------------------------------------------------- role finders
def _pre_title(ctx: _Context, i: int) -> Optional[_Info]:
    """Title right before the name at token ``i``, with its qualifiers on the left."""
    doc, L = ctx.doc, _lists()
    best = None
    for t0 in range(i - 1, max(-1, i - TITLE_WINDOW), -1):
        hit = entities.match_title(doc, t0, i)
        if hit is not None and hit[0] == i:
            best = (t0, hit)
    info = _Info(how="title")
    if best is None:                                     # "Secretary of Homeland Security X"
        o = ctx.org_ending(i - 1)
        if o is not None and o.i >= 2 and doc[o.i - 1].lower_ == "of":
            for t0 in range(o.i - 2, max(-1, o.i - 1 - TITLE_WINDOW), -1):
                hit = entities.match_title(doc, t0, o.i - 1)
                if hit is not None and hit[0] == o.i - 1:
                    best = (t0, hit)
            if best is not None:
                info.org = o.row.get("canonical") or o.row.get("name") or o.row.get("text")
    if best is None:                                     # "Assistant Secretary for Border Policy X"
        best = _portfolio_title(doc, i)
        if best is not None:
            info.org = doc[best[1][0] + 1:i].text
    if best is None:
        return None
    t0, (end, entry, form) = best
    info.entry = entry
    k = t0 - 1
    for o in ctx.orgs:                                   # "Austin City Council member X"
        if o.i < t0 < o.j <= end and info.org is None:
            info.org = o.row.get("canonical") or o.row.get("text")
            k = o.i - 1
    compounds = 0
    while k >= 0:
        t = doc[k]
        low = entities._norm_tok(t.text)
        p = ctx.place_ending(k, t0 + 1)
        if p is not None and info.place is None and p.j <= t0 + 1:
            _take_place(info, p)
            k = p.i - 1
            continue
        o = ctx.org_ending(k)
        if o is not None and info.org is None:
            info.org = o.row.get("canonical") or o.row.get("text")
            k = o.i - 1
            continue
        o = ctx.org_ending(k - 1) if k > 0 and t.pos_ == "PROPN" else None
        if o is not None and info.org is None:      # "ERO Philadelphia Field Office Director": an office's city
            info.org = o.row.get("canonical") or o.row.get("text")
            k = o.i - 1
            continue
        if _mark(info, low, L):
            pass
        elif low in L["read"] or low in L["party"] or low in ("'s", "-"):
            pass
        elif t.is_lower and t.is_alpha and t.pos_ in ("NOUN", "ADJ") and t.dep_ in ("compound", "amod") \
                and compounds < 2:
            compounds += 1                               # "White House border adviser X"
        else:
            break
        k -= 1
    return info


def _mark(info: "_Info", low: str, L: dict) -> bool:
    """Record a qualifying word before a title ("former", "federal", "state", "village"); True if it was one."""
    if low in L["kept"]:
        info.former = True
    elif low in L["federal"]:
        info.markers.add("federal")
    elif low in L["state"]:
        info.markers.add("state")
    elif low in L["city"] or low in L["county"]:
        info.markers.add("city" if low in L["city"] else "county")  # "Village President X" (see _role_level)
    elif low in _PRIVATE_BODIES:
        info.markers.add("private")     # "Association President X", "Chamber President X": no government's
    elif low in _LOCAL_BODY_WORDS:
        info.markers.add("body")        # "Board President X", "Council President X": a body's officer, no nation's
    else:
        return False
    return True


#: the word of a public body before its officer's title ("Board President X", "Council President X")
_LOCAL_BODY_WORDS = frozenset(("board", "council", "commission", "trustees", "aldermen", "selectboard"))
#: the word of a private body before its officer's title ("Association President X", "Union President X")
_PRIVATE_BODIES = frozenset(("association", "bar", "union", "chamber", "university", "college", "company", "corporation",
                             "foundation", "coalition", "club", "society", "league", "alliance", "federation", "institute",
                             "network", "church", "synod", "diocese", "guild", "caucus", "party", "nonprofit", "ngo"))


def _portfolio_title(doc, i: int):
    """(title start, (index of "for"/"of", entry, form)) for a title whose portfolio, a run
    of capitalized words, ends right before the name at ``i``; None if none."""
    k = i - 1
    while k > 0 and i - k <= TITLE_WINDOW and (doc[k].text[:1].isupper() or doc[k].lower_ in ("and", "&", "-")):
        k -= 1
    if k <= 0 or doc[k].lower_ not in ("for", "of") or k == i - 1:
        return None
    best = None
    for t0 in range(k - 1, max(-1, k - 1 - TITLE_WINDOW), -1):
        hit = entities.match_title(doc, t0, k)
        if hit is not None and hit[0] == k:
            best = (t0, hit)                             # the longest title ("Attorney General")
    return best


def _take_place(info: _Info, p: _Tok) -> None:
    if p.row.get("kind") == "country":
        info.markers.add("federal")
    else:
        info.place = p.row


def _scan_region(ctx: _Context, lo: int, hi: int, how: str) -> Optional[_Info]:
    """Role, qualifiers, place and organization in the descriptor ``doc[lo:hi]``."""
    doc, L = ctx.doc, _lists()
    hit = None
    k = lo
    while k < hi:
        if doc[k].lower_ in _RELATIVE and k > lo:
            hi = k                                         # "... who now leads Z": not read
            break
        h = entities.match_title(doc, k, hi, before_name=False)
        if h is not None:
            hit = (k, h)
            break
        k += 1
    if hit is None:
        return None
    t0, (end, entry, form) = hit
    for k in range(end, hi):                               # cut at a relative clause after the role
        if doc[k].lower_ in _RELATIVE:
            hi = k
            break
    info = _Info(entry=entry, how=how)
    for t in doc[lo:t0]:
        _mark(info, entities._norm_tok(t.text), L)
    places = ctx.within(ctx.places, lo, hi)
    after = [p for p in places if p.i >= end]
    before = [p for p in places if p.j <= t0 + 1]
    for p in (after[:1] + before[-1:]):
        _take_place(info, p)
        if info.place is not None:
            break
    orgs = ctx.within(ctx.orgs, lo, hi)
    o_after = [o for o in orgs if o.i >= end]
    o_before = [o for o in orgs if o.j <= t0]
    for o in o_after[:1] or o_before[-1:]:
        info.org = o.row.get("canonical") or o.row.get("text")
    if info.org is None and re.search(r"\bfield offices?\b", " ".join(t.lower_ for t in doc[lo:hi])):
        info.markers.add("federal")     # "a spokesman for the agency's Phoenix field office"
    return info


def _name_root(doc, i: int, j: int):
    ids = set(range(i, j))
    for t in doc[i:j]:
        if t.head.i not in ids or t.head.i == t.i:
            return t
    return doc[j - 1]


def _pre_descriptor(ctx: _Context, i: int, j: int) -> Optional[_Info]:
    """"Tucson's mayor, X" / "the mayor of Tucson, X" (the name is an apposition of the descriptor)."""
    doc = ctx.doc
    if i < 2 or doc[i - 1].text != ",":
        return None
    root = _name_root(doc, i, j)
    if root.dep_ == "appos" and root.head.i < i - 1:
        top = root.head
        while top.dep_ == "pobj" and top.head.dep_ == "prep" and top.head.head.i < top.i:
            top = top.head.head
        lo = min(t.i for t in top.subtree)
        return _scan_region(ctx, lo, i - 1, "descriptor")
    # the parser missed the apposition: "A spokesman for <Org>, X, said" -- a noun phrase from
    # the start of the sentence (or after a comma) to the comma, and a comma after the name
    if j >= len(doc) or doc[j].text != ",":
        return None
    k = i - 2
    while k >= 0 and i - 2 - k < APPOSITION_WINDOW:
        t = doc[k]
        if t.pos_ in ("VERB", "AUX") or t.text in (",", ";", ":", "\u2014", "--", "(", '"', "\u201c"):
            break
        k -= 1
    if k >= 0 and doc[k].text not in (",", ";", ":", "\u2014", "--", "(", '"', "\u201c"):
        return None
    return _scan_region(ctx, k + 1, i - 1, "descriptor")


def _post_apposition(ctx: _Context, i: int, j: int) -> Optional[_Info]:
    """"X, the sheriff of Y," / "X, a staff attorney at Z" / "X, who is the mayor of Y"."""
    doc = ctx.doc
    n = len(doc)
    if j >= n - 1 or doc[j].text != ",":
        return None
    lo = j + 1
    if doc[lo].lower_ in ("who", "whom") and lo + 1 < n and doc[lo + 1].lemma_ in ("be", "serve"):
        lo += 2
        if lo < n and doc[lo].lower_ == "as":
            lo += 1
    root = _name_root(doc, i, j)
    app = [c for c in root.children if c.dep_ == "appos" and c.i >= lo]
    if app:
        hi = max(t.i for t in app[0].subtree) + 1
    else:
        hi = lo
        while hi < min(n, lo + APPOSITION_WINDOW) and not (doc[hi].is_punct and doc[hi].text not in ("-", "'s")):
            hi += 1
    return _scan_region(ctx, lo, hi, "apposition")


_PREDICATE_VERBS = {"be", "serve", "become", "remain"}


def _predicate_role(ctx: _Context, i: int, j: int) -> Optional[_Info]:
    """"X has been sheriff of Union County since 2014", "X is the mayor of Y", "X serves as police
    chief": the role is the predicate of the name's own clause."""
    doc = ctx.doc
    root = _name_root(doc, i, j)
    if root.dep_ == "nsubj" and root.head.lemma_ == "represent":
        # "X represents the 26th Senate District in the State Senate": a state lawmaker
        said = " ".join(t.lower_ for c in root.head.children if c.dep_ in ("dobj", "prep") for t in c.subtree)
        if re.search(r"\b(?:senate|house|assembly|legislative|delegates)\b", said) and "district" in said \
                and not re.search(r"\b(?:u\.s\.|congress\w*)", said):
            idx = entities.title_index()[0]
            key = ("state", "senator") if "senate" in said else ("state", "representative")
            info = _Info(entry=idx[key][0], how="predicate")
            info.markers.add("state")
            places = [p for p in ctx.places if p.i > root.head.i]
            if places:
                _take_place(info, places[-1])
            return info
    head = root.head
    if root.dep_ == "nsubj" and (head.lemma_.lower() in _LEAD_VERBS or (head.lemma_.lower() == "take" and any(
            c.dep_ == "prt" and c.lower_ == "over" for c in head.children))) and re.search(
            r"\bfield offices?\b", " ".join(t.lower_ for c in head.children if c.dep_ == "dobj" for t in c.subtree)):
        # "X ... took over Immigration and Customs Enforcement's Denver field office": its director
        info = _Info(entry=entities.title_index()[0][("director",)][0], how="predicate")
        info.markers.add("federal")
        return info
    if root.dep_ not in ("nsubj", "nsubjpass") or root.head.lemma_ not in _PREDICATE_VERBS:
        return None
    verb = root.head
    objs = [c for c in verb.children if c.dep_ in ("attr", "acomp", "oprd") or
            (c.dep_ == "prep" and c.lower_ == "as" and verb.lemma_ in ("serve", "remain"))]
    if not objs or objs[0].i < j:
        return None
    lo = min(t.i for t in objs[0].subtree)
    hi = max(t.i for t in objs[0].subtree) + 1
    for k in range(lo, hi):                                # "since 2014", "until May": not part of the role
        if doc[k].lower_ in ("since", "until", "from", "for", "when", "after", "before"):
            hi = k
            break
    return _scan_region(ctx, lo, hi, "predicate")


def _signature_title(sents_in_order, s, m) -> Optional[tuple]:
    """A name on its own line with its title on the next line, as a letter is signed:
    "Jane Roe\nAttorney General". Returns (context of the title line, first, last token) or None."""
    k = sents_in_order.index(s) if s in sents_in_order else -1
    if k < 0 or k + 1 >= len(sents_in_order):
        return None
    nxt = sents_in_order[k + 1]
    # ("/s/ Jane Roe", an electronic signature's mark before the name)
    text = re.sub(r"^(?:/s/|s/|/S/)\s*", "", s.text.strip())
    name_text = re.sub(r"^(?:/s/|s/|/S/)\s*", "", (m.get("text") or "").strip())
    if nxt.doc is None or text != name_text or "\n" in text or not (1 <= len(nxt.doc) <= 14):
        return None
    if entities.match_title(nxt.doc, 0, len(nxt.doc), before_name=False) is None:
        return None
    return nxt


_LEAD_VERBS = {"lead", "head", "direct", "run", "oversee", "manage", "command", "supervise", "chair"}


def _led_org(ctx: _Context, j: int) -> Optional[str]:
    """The organization in ", who leads <org> ..." right after a name (None if there is none)."""
    doc = ctx.doc
    if not (j + 2 < len(doc) and doc[j].text == "," and doc[j + 1].lower_ == "who"
            and doc[j + 2].lemma_.lower() in _LEAD_VERBS):
        return None
    for o in ctx.orgs:
        if j + 3 <= o.i <= j + 6:
            return o.row.get("canonical") or o.row.get("text")
    return None


def _leads_field_office(doc, j: int) -> bool:
    """", who directs the agency's field office in Phoenix": a federal field office's head."""
    return j + 2 < len(doc) and doc[j].text == "," and doc[j + 1].lower_ == "who" \
        and doc[j + 2].lemma_.lower() in _LEAD_VERBS \
        and bool(re.search(r"\bfield offices?\b", " ".join(t.lower_ for t in doc[j + 3:j + 9])))


def _of_org(ctx: _Context, j: int) -> Optional[_Info]:
    """"X of the ACLU": the organization only."""
    doc = ctx.doc
    if j + 1 < len(doc) and doc[j].lower_ in ("of", "with", "from"):
        for o in ctx.orgs:
            if o.i in (j + 1, j + 2) and (o.i == j + 1 or doc[j + 1].lower_ == "the"):
                return _Info(entry=None, org=o.row.get("canonical") or o.row.get("text"), how="of_org")
    return None


# ----------------------------------------------------------------------------- level and jurisdiction
#: the roles that speak for whoever issued the document
_SPOKESPERSON_ROLES = frozenset(("spokesperson", "spokesman", "spokeswoman", "press secretary", "public affairs officer"))


def _letterhead_agency(text: str) -> Optional[str]:
    """The federal agency whose name is the document's first line ("U.S. IMMIGRATION AND CUSTOMS ENFORCEMENT"),
    else None."""
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if not first or len(first) > 80:
        return None
    org = entities.lookup_org(first)
    return org["name"] if org and org.get("kind") == "federal_agency" else None


def _org_level(org: Optional[str]) -> Optional[str]:
    """Level of a linked organization ("Defense" in "Secretary of Defense" is tried as
    "Department of Defense"); None when the organization is unknown ("other")."""
    if not org:
        return None
    from .organizations import classify

    kind, level = classify(org)
    if kind == "other" and not org.startswith("Department"):
        kind, level = classify("Department of " + org)
    return None if kind == "other" else level


def _known_org(org: Optional[str]) -> bool:
    """An organization the agency list knows by this very name ("Civil Division")."""
    return bool(org) and entities.lookup_org(org) is not None


def _local_body_name(text) -> bool:
    """A name the tagger read as one place that ends in a local body's word ("Skokie Village")."""
    words = (text or "").lower().split()
    return len(words) >= 2 and words[-1] in ("village", "town", "borough", "township", "city", "county", "board",
                                             "council", "commission")


#: words of elections (a state secretary of state's field) and of foreign affairs (the U.S. one's)
_ELECTION_WORDS = re.compile(r"\b(?:elections?|voting|voters?|ballots?|polling (?:places?|sites?|locations?))\b", re.I)
_FOREIGN_AFFAIRS = re.compile(r"\b(?:State Department|Department of State|foreign (?:minister|government|affairs)"
                              r"|embass(?:y|ies)|visas?|diplomat\w*)\b")


def _role_level(info: _Info) -> tuple[str, Optional[str]]:
    """(role text, level) of a found role."""
    entry = info.entry
    if entry is None or entry.get("honorific"):
        lvl = _org_level(info.org)
        return "", lvl if lvl else "nongovernmental"
    role = entry["role"]
    lvl = entry.get("level")
    org_lvl = _org_level(info.org)
    if entry.get("org_first") and org_lvl:
        lvl = org_lvl
    elif org_lvl == "federal" and lvl == "state" and (len((info.org or "").split()) >= 3 or _known_org(info.org)) \
            and "state" not in info.markers:
        lvl = "federal"     # "Deputy Assistant Attorney General X of the U.S. Department of Justice", "Assistant
        #                     Attorney General X of the Civil Division"
    elif lvl == "federal" and org_lvl in ("state", "county", "city") and info.how == "title" \
            and "federal" not in info.markers:
        lvl = org_lvl       # "Chief Judge X of the Superior Court of Fulton County": the court's level
    pkind = (info.place or {}).get("kind")
    if "federal" in info.markers and lvl != "nongovernmental":
        lvl = "federal"
    elif "state" in info.markers and lvl in ("federal", None):
        lvl = "state"
        if role in ("senator", "representative"):
            role = "state " + role
    elif lvl == "federal" and role == "president" and "federal" not in info.markers and (
            "private" in info.markers or (org_lvl in (None, "nongovernmental") and info.org and any(
                w in _PRIVATE_BODIES for w in re.findall(r"[a-z]+", info.org.lower())))):
        lvl = "nongovernmental"
    elif lvl == "federal" and role == "president" and "federal" not in info.markers and (
            "city" in info.markers or "county" in info.markers or pkind in ("city", "county") or "body" in info.markers
            or _local_body_name((info.place or {}).get("text"))):
        # "Oak Park Village President X", "the Cook County Board President": a local office
        county = "county" in info.markers or pkind == "county" or (info.place or {}).get("text", "").lower().endswith(
            (" county", " board", " commission"))
        lvl = "county" if county and "city" not in info.markers else "city"
    if entry.get("state_place") and pkind == "state" and "federal" not in info.markers:
        lvl = "state"
    elif role == "judge" and lvl == "federal" and pkind in ("county", "city") and "federal" not in info.markers:
        lvl = pkind         # "Bay County Chief Judge X": a judge of the court of the county (or city) the title names
    if lvl is None and pkind in ("state", "county", "city"):
        lvl = pkind
    if info.former:
        role = "former " + role
    return role, lvl


def _org_place(org: str, states: tuple = ()) -> Optional[dict]:
    """A place row (id, kind, state) for the place named in an organization's name (a name several states share is
    read in ``states``, the document's own, first)."""
    from .. import gazetteer as gz
    from .organizations import _place_in

    p = gz.load().get(_place_in(org, states) or "")
    if p is None or p.kind == "country":
        return None
    return dict(jurisdiction_id=p.jurisdiction_id, kind=p.kind, state=p.state, name=p.name, text=p.name)


def _state_of(jid: Optional[str]) -> Optional[str]:
    from .. import gazetteer as gz

    p = gz.load().get(jid) if jid else None
    return p.state if p is not None else None


def _clause_head(tok):
    """The verb governing a token (itself if a verb; the root if none)."""
    t = tok
    while t.pos_ not in ("VERB", "AUX") and t.head.i != t.i:
        t = t.head
    return t.i


def _nearby(rows: list[tuple[int, int, int, dict]], kinds, sidx: int, para: int, start: int,
            within_state: Optional[str], same_clause=None) -> Optional[str]:
    """The place of one of ``kinds`` nearest before the mention: same sentence (in the
    same clause: "In Travis County, Sheriff X said", not "a suit filed in Washington
    names Chief X"), then up to CONTEXT_SENTENCES earlier sentences (news paragraphs
    are often one sentence long); then later in the same clause."""
    def ok(r, si):
        if r.get("kind") not in kinds or (within_state and r.get("state") != within_state):
            return False
        return si != sidx or same_clause is None or same_clause(r)

    before = [(si, st, r) for si, pa, st, r in rows if sidx - CONTEXT_SENTENCES <= si <= sidx
              and (si < sidx or st < start) and ok(r, si)]
    if before:
        return max(before, key=lambda x: (x[0], x[1]))[2].get("jurisdiction_id")
    after = [(st, r) for si, pa, st, r in rows if si == sidx and st > start and ok(r, si)]
    if after:
        return min(after, key=lambda x: x[0])[1].get("jurisdiction_id")
    return None


def _jurisdiction(level: Optional[str], entry: Optional[dict], place: Optional[dict], doc_places: dict,
                  have_rows: bool, where: tuple[int, int, int] = (0, 0, 0), same_clause=None
                  ) -> tuple[Optional[str], Optional[str], Optional[str]]:
    """(jurisdiction, source, level) for a role's level and the place tied to it.

    ``where`` = (sentence index, paragraph, start offset) of the mention, for the
    nearby-place fallback of county and city offices."""
    from .. import gazetteer as gz

    if level not in ("state", "county", "city") and not (level is None and entry and entry.get("levels")):
        return None, None, level
    if place is not None and not have_rows:
        return place.get("text"), "sentence", level
    kinds = _KIND_FOR_LEVEL.get(level) or tuple(entry.get("levels") or ())
    within_state = None
    if place is not None:
        jid, pkind = place.get("jurisdiction_id"), place.get("kind")
        if pkind in kinds:
            return jid, "sentence", level or pkind
        if level == "state" and place.get("state"):
            return gz.state_id(place["state"]), "sentence", level
        within_state = place.get("state")
    if level in ("county", "city") or (level is None and kinds and kinds[0] != "state"):
        for kind in kinds:                           # "Commissioner X": a county before a city
            jid = _nearby(doc_places.get("_rows", []), (kind,), *where, within_state, same_clause)
            if jid and kind == "city" and level == "county" \
                    and any(_state_of(c) == _state_of(jid) for c in doc_places.get("county", ())):
                continue    # a county's sheriff beside a town's school district: the county the text names
            if jid:
                return jid, "context", level or kind
    for kind in kinds:
        counts = doc_places.get(kind, Counter())
        if within_state:
            counts = Counter({j: c for j, c in counts.items() if _state_of(j) == within_state})
        if kind == "state" and not counts:
            counts = doc_places.get("_states", Counter())
        from .organizations import most_mentioned

        jid = most_mentioned(counts, doc_places.get("_order", {}))
        if jid:
            return jid, "document", level or kind
    return None, None, level


def _office_on_line(text: str, row: dict) -> Optional[str]:
    """The place of "<role> of <Place>[, <State>]" written after the person's name on the same line, in any case
    ("X, MAYOR OF HOUSTON, TEXAS", "X, Sheriff of Harris County"), when it is a place of the role's level."""
    from .. import gazetteer as gz

    role, level, name = row.get("role") or "", row.get("level"), (row.get("name") or "").split()
    if not role or level not in ("state", "county", "city") or not name:
        return None
    office = re.compile(rf",\s*(?:the\s+)?{re.escape(role)}\s+of\s+(?:the\s+)?(?:(?:city|county|town|village|state)\s+of\s+)?"
                        r"([A-Za-z][A-Za-z .'-]*?)(?:\s*,\s*([A-Za-z][A-Za-z .]*?))?\s*(?:[.;:)]|$)", re.I)
    m = None
    for hit in re.finditer(rf"\b{re.escape(name[-1])}\b", text, re.I):    # (the name may be in capitals there)
        end = text.find("\n", hit.end())
        m = office.match(text, hit.end(), end if end >= 0 else len(text))
        if m is not None:
            break
    if m is None:
        return None
    G = gz.load()
    state = None
    if m.group(2):
        st = G.lookup(m.group(2).strip().title(), kind="state")
        state = st[0].state if st else None
    kind = {"state": "state", "county": "county", "city": "city"}[level]
    options = G.lookup(m.group(1).strip().title(), state=state, kind=kind)
    return options[0].jurisdiction_id if len(options) == 1 else None


def _same_clause(sent: Optional[Sentence], person: dict):
    """A test: is a place row in the same clause as the person mention (same governing verb)?"""
    if sent is None or sent.doc is None:
        return None
    loc = _locate(sent, [person])
    if not loc:
        return None
    head = _clause_head(_name_root(sent.doc, loc[0].i, loc[0].j))

    def test(row: dict) -> bool:
        pl = _locate(sent, [row])
        if pl and _RUN_IN_PLACE.fullmatch(sent.text[:max(0, int(row.get("start") or 0) - sent.start)]) \
                and re.match(r"\s*(?::|\u2014|\u2013|--)\s", sent.text[int(row.get("end") or 0) - sent.start:]):
            return True     # "- Lebanon County: Sheriff X has asked ...": a list item's run-in place heading
        return bool(pl) and _clause_head(_name_root(sent.doc, pl[0].i, pl[0].j)) == head
    return test


#: what may stand before a list item's run-in place heading: "- ", "3. ", "(b) "
_RUN_IN_PLACE = re.compile(r"\s*(?:[-*\u2022]|\(?\d{1,2}[.)]|\(?[a-z][.)])?\s*")


def _document_places(places: list[dict], pdoc: ParsedDocument, orgs: Optional[list[dict]] = None) -> dict:
    """Counts of the document's places by kind (``_states``: states of all places;
    ``_rows``: positioned rows; ``_order``: first mention). Government bodies named
    after a place ("the Arizona Legislature") count for that place too."""
    from .. import gazetteer as gz
    from .organizations import classify, _place_in

    extra = []
    # (a name several places share is read as the one in the state most of the document's places are in: "Franklin
    # County Superior Court" in a Washington opinion; a roundup of several states keeps the plain reading)
    counts = Counter(p.get("state") for p in places or [] if p.get("state"))
    top = counts.most_common(1)
    states = (top[0][0],) if top and top[0][1] * 2 > sum(counts.values()) else ()
    for o in orgs or []:
        name = o.get("canonical") or o.get("text") or ""
        if classify(name)[1] in ("state", "county", "city"):
            p = gz.load().get(_place_in(name, states) or "")
            if p is not None and p.kind != "country":
                extra.append(dict(o, jurisdiction_id=p.jurisdiction_id, kind=p.kind, state=p.state))
    places = list(places or []) + extra

    out: dict = defaultdict(Counter)
    pos = {s.sentence_id: (k, s.paragraph) for k, s in enumerate(pdoc.sentences)}
    out["_rows"] = [(pos[p["sentence_id"]][0], pos[p["sentence_id"]][1], p.get("start") or 0, p)
                    for p in places or [] if p.get("sentence_id") in pos and p.get("jurisdiction_id")]
    order: dict[str, int] = {}
    for n, p in enumerate(places or []):
        jid, kind = p.get("jurisdiction_id"), p.get("kind")
        if not jid or not kind:
            continue
        out[kind][jid] += 1
        order.setdefault(jid, n)
        if p.get("state") and kind != "country":
            sid = gz.state_id(p["state"])
            out["_states"][sid] += 1
            order.setdefault(sid, n)
    out["_order"] = order
    return out


# ----------------------------------------------------------------------------- per document
#: a story about a state legislature ("House Bill 4410", "the state Senate", "General Assembly") ...
_STATE_HOUSE = re.compile(r"\b(?:state (?:senate|house|legislature|capitol|assembly)|general assembly|legislature"
                          r"|(?:house|senate|assembly) bill (?:no\. )?\d+|[HS]\.?B\.? \d+|H\. \d{3,4})\b", re.I)
#: a state legislature's (or its offices') own text, by its top lines: "STATE OF NEW HAMPSHIRE / HOUSE OF
#: REPRESENTATIVES", "SOUTH CAROLINA REVENUE AND FISCAL AFFAIRS OFFICE / FISCAL IMPACT STATEMENT"
_LEGISLATIVE_HEAD = re.compile(r"\b(?:house of representatives|senate|general assembly|legislature|house journal"
                               r"|senate journal|fiscal (?:impact|note)|legislative)\b", re.I)


def _state_legislative_text(text: str) -> bool:
    """The text is a state legislature's own (its top lines name a state and a legislative body or office): there a
    "Representative" or a "Senator" is the state's, whatever the text says of Congress."""
    top = [ln.strip() for ln in text[:800].split("\n") if ln.strip()][:6]
    if not any(_LEGISLATIVE_HEAD.search(ln) for ln in top) or any(_CONGRESS.search(ln) for ln in top):
        return False
    names = state_codes()
    return any(re.sub(r"^state of\s+", "", re.split(r"\s+(?:house|senate|general|legislat|revenue|office|department)\b",
                                                     ln.lower())[0]).strip() in names for ln in top)
#: ... and not about Congress
_CONGRESS = re.compile(r"\b(?:congress\w*|U\.S\. (?:senate|house|senator|representative|rep\.|sen\.)|capitol hill)\b", re.I)


def _hometown_party(text: str, end) -> bool:
    """"Representative X (R-Taunton)", "Sen. X, R-Brookfield": a party and a town, not a state, after the name: a
    state lawmaker."""
    if end is None:
        return False
    # (or set off by a comma: "said the bill's sponsor, Sen. X, R-Brookfield.")
    m = re.match(r"\s*(?:\(|,\s*)(?:R|D|I)-([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:\)|(?=[.,;:]?(?:\s|$)))",
                 text[int(end):int(end) + 40])
    if not m:
        return False
    from .places import state_codes

    return m.group(1).lower().rstrip(".") not in state_codes()     # "(D-Mass.)", "(R-Texas)": a member of Congress


#: first words of many place names that NER also reads as a person's ("Saint Paul", "Fort Collins")
_PLACE_NAME_HEADS = frozenset(("Saint", "St.", "San", "Santa", "Fort", "Port", "Mount", "Lake", "New", "East", "West",
                               "North", "South", "Glen", "Palm", "Cape", "Grand"))


def extract_people(pdoc: ParsedDocument, mentions: list[dict], places: list[dict]) -> list[dict]:
    """One row per person mention of the document (see the module docstring)."""
    if pdoc is None or not pdoc.sentences:
        return []
    if not mentions:
        mentions = entities.extract_mentions(pdoc)
    mentions = [m for m in mentions if m.get("doc_id", pdoc.doc_id) == pdoc.doc_id]
    places = [p for p in places or [] if p.get("doc_id", pdoc.doc_id) == pdoc.doc_id]
    state_house = bool(_STATE_HOUSE.search(pdoc.text or "")) and (not _CONGRESS.search(pdoc.text or "")
                                                                  or _state_legislative_text(pdoc.text or ""))
    by_sent: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for m in mentions:
        by_sent[(m.get("sentence_id"), m.get("label"))].append(m)
    places_by_sent: dict[str, list[dict]] = defaultdict(list)
    for p in places:
        places_by_sent[p.get("sentence_id")].append(p)
    place_spans = {(p.get("start"), p.get("end")) for p in places}
    doc_places = _document_places(places, pdoc, [m for m in mentions if m.get("label") == "ORG"])
    issuer = letterhead_county_or_city(pdoc.text or "", places)
    head_agency = _letterhead_agency(pdoc.text or "")
    # a roundup's datelines or section headings ("CUMBERLAND COUNTY" over its items): (offset, place, kind)
    sections = sorted((int(p["start"]), p["jurisdiction_id"], p.get("kind")) for p in places
                      if p.get("resolution") == "dateline" and p.get("jurisdiction_id"))
    # (and the parts of a packet under their own letterheads: "###" then "CITY OF MEMPHIS / OFFICE OF THE MAYOR")
    states = {str(p.get("jurisdiction_id"))[3:5].upper() for p in places
              if str(p.get("jurisdiction_id") or "").startswith("us-")}
    parts = part_letterheads(pdoc.text or "", tuple(sorted(states)))
    if parts:   # (a dateline inside a part, "ALBANY, Ga. -" in a county's own release, stays that part's)
        sections = parts
    elif len({jid for _, jid, _ in sections}) < 2:
        sections = []
    # (the datelines that name their state: "SALEM, Ore. -", not "SPRINGFIELD -")
    stated = [x for x in sections if STATED_DATELINE.match(pdoc.text or "", x[0])]
    pos = {s.sentence_id: (k, s.paragraph) for k, s in enumerate(pdoc.sentences)}
    sents = {s.sentence_id: s for s in pdoc.sentences}

    found = []                                     # (row, info)
    contexts: dict[str, _Context] = {}
    in_order = list(pdoc.sentences)

    def _signed_as(s, m) -> Optional[_Info]:
        nxt = _signature_title(in_order, s, m)
        if nxt is None:
            return None
        c = _Context(nxt, places_by_sent.get(nxt.sentence_id, []), by_sent.get((nxt.sentence_id, "ORG"), []),
                     by_sent.get((nxt.sentence_id, "GPE"), []))
        return _scan_region(c, 0, len(nxt.doc), "signature")

    for m in sorted((m for m in mentions if m.get("label") == "PERSON"), key=lambda r: (r["start"], r["end"])):
        s = sents.get(m.get("sentence_id"))
        if s is None or s.doc is None:
            continue
        name = (m.get("canonical") or entities._clean_surface(m.get("text") or "")).strip()
        if not name or not re.search(r"[A-Za-z]", name):
            continue
        words = name.split()
        if len(words) > 1 and words[-1].lower() in _STREET_WORDS:
            continue                               # "Colfax Avenue": a place, not a person
        if len(words) > 1 and words[0].lower() in _SENTENCE_ADVERBS:
            # "Perhaps Garcia": a sentence-opening word glued to the name by the NER
            cut = (m.get("text") or "").find(words[1])
            if cut <= 0:
                continue
            m = dict(m, start=m["start"] + cut, text=m["text"][cut:], canonical=" ".join(words[1:]))
            name = " ".join(words[1:])
        if (m.get("start"), m.get("end")) in place_spans and (" " not in name or name.split()[0] in _PLACE_NAME_HEADS):
            continue                               # the places stage read it as a place ("Saint Paul" too)
        ctx = contexts.get(s.sentence_id)
        if ctx is None:
            ctx = contexts[s.sentence_id] = _Context(
                s, places_by_sent.get(s.sentence_id, []), by_sent.get((s.sentence_id, "ORG"), []),
                by_sent.get((s.sentence_id, "GPE"), []))
        loc = _locate(s, [m])
        if not loc:
            continue
        i, j = loc[0].i, loc[0].j
        info = None
        for finder in (lambda: _pre_title(ctx, i), lambda: _pre_descriptor(ctx, i, j),
                       lambda: _post_apposition(ctx, i, j), lambda: _of_org(ctx, j),
                       lambda: _predicate_role(ctx, i, j), lambda: _signed_as(s, m)):
            try:
                info = finder()
            except Exception:  # noqa: BLE001 - odd parses must not stop extraction
                info = None
            if info is not None:
                break
        if info is not None and info.how == "title" and info.entry is not None and info.place is None \
                and j + 1 < len(ctx.doc) and ctx.doc[j].lower_ == "of":
            after = next((p for p in ctx.places if p.i == j + 1 and p.row.get("kind") != "country"), None)
            if after is not None:
                _take_place(info, after)    # "Mayor X of Colorado Springs": the place after the name
            elif (of := _of_org(ctx, j)) is not None:
                info.org = of.org           # "Chief Judge X of the Superior Court of Fulton County": the court's
        if info is not None and info.entry is not None and not info.org:
            info.org = _led_org(ctx, j)     # "Director X, who leads ICE's operations in the region"
        elif info is None or info.entry is None:
            led = _led_org(ctx, j)          # "X, who directs ICE's enforcement operations in the state"
            if led:
                info = _Info(entry=entities.title_index()[0][("director",)][0], how="apposition", org=led)
            elif _leads_field_office(ctx.doc, j):   # "X, who directs the agency's field office in Phoenix"
                info = _Info(entry=entities.title_index()[0][("director",)][0], how="apposition")
                info.markers.add("federal")
        found.append((m, name, info))

    # the same person elsewhere in the document lends a role
    best: dict[str, _Info] = {}
    for m, name, info in found:
        if info is not None and info.entry is not None and not info.entry.get("honorific") \
                and name not in best:
            best[name] = info
    for m, name, info in found:
        if info is not None and info.org and name not in best:
            best[name] = info
    # the office a title names once ("Chief Judge X of the Superior Court of Fulton County") is the same office where
    # the title comes alone ("Chief Judge X today answered ...")
    office = {name: info for m, name, info in found if info is not None and info.entry is not None and info.org
              and info.how == "title"}
    rows = []
    for m, name, info in found:
        if info is not None and info.how == "title" and not info.org and name in office \
                and office[name].entry is info.entry and not info.markers:
            info.org = office[name].org
        if info is not None and info.entry is not None and name in best and best[name].entry is not None \
                and best[name].entry["role"].startswith(info.entry["role"] + " ") and not info.markers:
            info = best[name]   # "Secretary X", after "Secretary of State X": the fuller title named before
        src = info.how if info is not None and (info.entry is not None or info.org) else ""
        if (info is None or (info.entry is None or info.entry.get("honorific"))) and name in best:
            if info is None or not info.org or best[name].entry is not None:
                info, src = best[name], "document"
        info = info or _Info()
        if info.place is None and info.org and places:
            info.place = _org_place(info.org, tuple(sorted(states)))
        role, level = _role_level(info)
        sent_text = getattr(sents.get(m.get("sentence_id")), "text", "") or ""
        if role in ("senator", "representative") and level == "federal" and "federal" not in info.markers and (
                (info.place or {}).get("kind") in ("city", "county") or state_house
                or _hometown_party(pdoc.text, m.get("end"))
                # "House Bill 166, introduced on Tuesday by Representative X": the sponsor of a state bill, in a text
                # that names Congress elsewhere
                or (_STATE_HOUSE.search(sent_text) and not _CONGRESS.search(sent_text))):
            # "Sen. X, a Detroit Democrat" or a story about a state legislature: a state lawmaker
            role, level = "state " + role, "state"
        if role == "secretary of state" and level == "federal" and "federal" not in info.markers \
                and _ELECTION_WORDS.search(pdoc.text or "") and not _FOREIGN_AFFAIRS.search(pdoc.text or ""):
            level = "state"     # a secretary of state in a text about voting runs the state's elections
        sidx, para = pos.get(m.get("sentence_id"), (0, 0))
        jur, jsrc, level = _jurisdiction(level, info.entry, info.place, doc_places, bool(places),
                                         (sidx, para, m.get("start") or 0),
                                         _same_clause(sents.get(m.get("sentence_id")), m))
        if issuer is not None and jsrc in ("document", "context") and level == issuer[1]:
            # "Commissioner X" in the minutes under "KOOTENAI COUNTY BOARD OF COMMISSIONERS": the letterhead's
            # county, not the county the public comment named most
            jur, jsrc = issuer[0], "letterhead"
        elif jsrc == "document" and level in ("county", "city") and sections:
            # "Sheriff X put his name to ..." below a roundup's "CUMBERLAND COUNTY": that section's county, not
            # the county the whole roundup names most
            above = [jid for start, jid, kind in sections if start <= (m.get("start") or 0)]
            if above and next(k for st, j, k in reversed(sections) if st <= (m.get("start") or 0)) == level:
                jur, jsrc = above[-1], "dateline"
        elif jsrc == "document" and level == "state" and not parts and len({str(j or "")[:5] for _, j, _ in stated}) >= 2:
            # "Attorney General X sued ..." below a roundup's "SALEM, Ore. -", after a Missouri section: the state of
            # the section's dateline, not the state the roundup names first (a dateline that names its state)
            above = [str(jid or "") for start, jid, kind in stated if start <= (m.get("start") or 0)]
            if above and above[-1].startswith("us-") and len(above[-1]) >= 5:
                jur, jsrc = above[-1][:5], "dateline"
        if level is None and info.entry is not None and not info.entry.get("levels"):
            level = _org_level(info.org)
            if level is None and info.org is None and role in _SPOKESPERSON_ROLES and head_agency is not None:
                level = "federal"   # "Briefer: X, Spokesperson" under a "U.S. IMMIGRATION AND CUSTOMS ENFORCEMENT" letterhead
        rows.append(dict(doc_id=pdoc.doc_id, sentence_id=m.get("sentence_id"), start=m.get("start"),
                         end=m.get("end"), text=m.get("text"), name=name, role=role, level=level,
                         jurisdiction=jur, organization=info.org, role_source=src,
                         jurisdiction_source=jsrc))
    # an office spelled out on the line of a name ("WRITTEN TESTIMONY OF THE HONORABLE X, MAYOR OF HOUSTON, TEXAS")
    # places that person in all their mentions, over a place guessed from the document
    titled = {}
    for r in rows:
        if r["jurisdiction_source"] in ("document", "context", "letterhead", None) and r["name"] not in titled:
            jid = _office_on_line(pdoc.text or "", r)
            if jid:
                titled[r["name"]] = jid
    for r in rows:
        if r["name"] in titled and r["jurisdiction_source"] in ("document", "context", "letterhead", None):
            r["jurisdiction"], r["jurisdiction_source"] = titled[r["name"]], "title_line"
    # a person the text places by name ("Ector County Sheriff X") keeps that place in all their mentions
    placed = {r["name"]: r["jurisdiction"] for r in rows if r["jurisdiction_source"] == "sentence" and r["jurisdiction"]}
    for r in rows:
        if r["jurisdiction_source"] == "letterhead" and r["name"] in placed:
            r["jurisdiction"], r["jurisdiction_source"] = placed[r["name"]], "context"
    return rows


# ----------------------------------------------------------------------------- corpus level
def actor_id(name: str) -> str:
    """Deterministic id of a person: ``p-`` + slug of the name."""
    from ..gazetteer import slug

    return "p-" + (slug(name) or "unnamed")


def merge_actors(rows: list[dict]) -> "pd.DataFrame":
    """Actors table: one row per person across the corpus.

    A one-word name joins the only multi-word name in the corpus that ends with
    it ("Whitcomb" -> "Dolores Whitcomb"; left alone when two people share the
    surname). ``role`` is the most frequent non-empty role (ties: first seen),
    ``level``/``jurisdiction``/``organization`` the most frequent values among
    that role's mentions; ``doc_ids`` is the sorted ``;``-joined list of
    documents; ``mentions`` the number of mention rows. Extra column ``roles``
    lists every role seen. Sorted by mentions (descending), then name."""
    import pandas as pd

    extra = ["roles"]
    rows = [r for r in rows or [] if r.get("name")]
    if not rows:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in COLUMNS + extra})
    names = sorted({r["name"] for r in rows})
    multi = [n for n in names if " " in n]
    alias: dict[str, str] = {}
    for n in names:
        if " " in n:
            continue
        ends = [m for m in multi if m.split()[-1].lower() == n.lower()]
        if len(ends) == 1:
            alias[n] = ends[0]
    groups: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        groups[alias.get(r["name"], r["name"])].append(r)

    def top(values):
        c = Counter(v for v in values if v not in (None, ""))
        if not c:
            return None
        first = {}
        for k, v in enumerate(values):
            first.setdefault(v, k)
        return sorted(c, key=lambda v: (-c[v], first[v]))[0]

    out = []
    for name, rs in groups.items():
        role = top([r.get("role") for r in rs]) or ""
        chosen = [r for r in rs if (r.get("role") or "") == role] or rs
        level = top([r.get("level") for r in chosen]) or top([r.get("level") for r in rs])
        out.append(dict(
            actor_id=actor_id(name), name=name, role=role, level=level,
            jurisdiction=top([r.get("jurisdiction") for r in chosen]),
            organization=top([r.get("organization") for r in chosen]) or top([r.get("organization") for r in rs]),
            doc_ids=";".join(sorted({str(r.get("doc_id")) for r in rs})), mentions=len(rs),
            roles=";".join(sorted({r.get("role") for r in rs if r.get("role")}))))
    return ranked_with_unique_ids(pd.DataFrame(out, columns=COLUMNS + extra), "actor_id")
