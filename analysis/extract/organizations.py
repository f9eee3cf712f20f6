"""Organizations named in a document (agencies, courts, legislatures, parties,
advocacy groups, media, universities) and the corpus-level organizations table.

:func:`extract_orgs` turns the ORG mentions of :mod:`analysis.extract.entities`
into rows with a canonical ``name``, ``acronym``, ``kind`` (vocabulary
``ORGANIZATION_KINDS``), ``level`` and ``jurisdiction``:

* **Known organizations** (``analysis/data/agencies.json``) give name, acronym,
  kind and level: "ICE", "U.S. Immigration and Customs Enforcement" ->
  "Immigration and Customs Enforcement" (ICE, federal_agency, federal). A
  leading place or a trailing "of <Place>" is tried off too: "Oregon National
  Guard" is a National Guard (state_agency) of Oregon, "ACLU of Arizona" an
  ACLU affiliate (advocacy); the row keeps its own name.
* **Acronyms defined in the text** ("Heartland Immigrant Justice (HIJ)") are
  linked by the mentions stage: later "HIJ" rows carry the full name and
  ``acronym`` "HIJ".
* **Other names** are classified by head words (``heads`` in agencies.json):
  police, sheriff's office, jail -> local_agency; court; legislature (city
  council, board of supervisors, legislature); party; media (Times, Tribune,
  Ledger...; call signs such as KXAN); university; government agencies
  (Department, Office, Bureau, Patrol...) -> federal/state/local by the words
  "U.S."/"Federal"/"National" or the place in the name; advocacy (Coalition,
  Union, Project, Voices...); else other.
* **Level**: federal/state agencies by kind; local agencies, courts and
  legislatures by the kind of the place in their name (county for sheriffs);
  parties, advocacy groups, media and universities are ``nongovernmental``.
* **Jurisdiction** (government bodies below federal level only): the place in
  the name (:func:`analysis.extract.places.jurisdiction_in_name`), a police
  acronym's city ("LAPD" -> Los Angeles, from the gazetteer's city initials),
  else the document's most mentioned place of the needed kind ("the City
  Council" in an article about one city); ``jurisdiction_source`` says which.
  Nongovernmental organizations keep the place of their name in ``place``.
* **Junk** NER spans are dropped: headings in capitals ("BACKGROUND"), single
  common words ("State", "Court"), spans mixing capitals and lower case in
  mixed-case text ("Court GRANTS Plaintiffs").

Places inside organization names ("the Arizona Republic", "University of
Oregon School of Law"): the ORG mention covers the place, which is how the
places stage skips it; :func:`org_spans` lists these spans for any other stage.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache
from typing import TYPE_CHECKING, Optional

from . import entities
from .base import ParsedDocument, ranked_with_unique_ids

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

COLUMNS = ["org_id", "name", "acronym", "kind", "level", "doc_ids", "mentions"]
#: labels whose spans are names of organizations or things that may contain a place
ORG_SPAN_LABELS = ("ORG", "FAC", "LAW", "WORK_OF_ART", "EVENT", "PRODUCT")
#: a one-word unknown ORG this common in English (wordfreq zipf) is a tagging error
COMMON_WORD_ZIPF = 4.5
#: one-word names kept although common: they name a body
BODY_WORDS = {"senate", "house", "legislature", "council", "congress", "assembly", "pentagon"}
_CALL_SIGN = re.compile(r"^[KW][A-Z]{2,3}(?:-(?:TV|FM|AM))?$")
_GOVERNMENT_ITSELF = re.compile(r"^(?:(?:Plaintiff|Defendant)s?\s+)?(?:Cit(?:y|ies)|States?|Count(?:y|ies)|Towns?|"
                                r"Villages?|Commonwealth|Boroughs?|Parish(?:es)?|People|City and County)\s+of(?:\s+[A-Z][\w.' -]*)?$|.*\s(?:of|and|for)$")
_KIND_LEVEL = {"federal_agency": "federal", "state_agency": "state", "party": "nongovernmental",
               "advocacy": "nongovernmental", "media": "nongovernmental", "university": "nongovernmental",
               "other": "nongovernmental"}


# ----------------------------------------------------------------------------- helpers
def org_spans(mentions: list[dict]) -> dict[tuple[str, str], list[tuple[int, int]]]:
    """(doc_id, sentence_id) -> [(start, end)] document offsets of organization-like
    mentions (ORG, FAC, LAW, WORK_OF_ART, EVENT, PRODUCT). A place inside one of
    these spans is part of a name, not a place mention."""
    out: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    for m in mentions or []:
        if m.get("label") in ORG_SPAN_LABELS:
            out[(m.get("doc_id"), m.get("sentence_id"))].append((int(m["start"]), int(m["end"])))
    return {k: sorted(v) for k, v in out.items()}


def _heads() -> dict[str, list[str]]:
    return entities.agencies()["heads"]


def _has_head(name: str, heads: list[str]) -> bool:
    for h in heads:
        if re.search(r"(?<![\w])" + re.escape(h) + r"(?![\w])", name):
            return True
    return False


@lru_cache(maxsize=4096)
def _place_in(name: str, states=()) -> Optional[str]:
    from .places import jurisdiction_in_name

    try:
        return jurisdiction_in_name(name, states)
    except Exception:  # noqa: BLE001 - odd text must not stop extraction
        return None


def _place_kind(jid: Optional[str]) -> Optional[str]:
    if not jid:
        return None
    from .. import gazetteer as gz

    p = gz.load().get(jid)
    return p.kind if p else None


@lru_cache(maxsize=1024)
def _known_inside(name: str) -> Optional[dict]:
    """A known organization named after a leading place or before "of <Place>":
    "Oregon National Guard" -> National Guard, "ACLU of Arizona" -> ACLU."""
    from .. import gazetteer as gz

    G = gz.load()
    m = re.match(r"^(.*?)\s+(?:of|in|for)\s+(.+)$", name)
    if m and gz.normalize_surface(m.group(2)) in G.surfaces:
        hit = entities.lookup_org(m.group(1))
        if hit is not None:
            return hit
    words = name.split()
    for k in range(1, min(5, len(words))):
        head = " ".join(words[:k])
        if gz.normalize_surface(head) in G.surfaces:
            hit = entities.lookup_org(" ".join(words[k:]))
            if hit is not None:
                return hit
    return None


#: state departments that share words with the federal one
_STATE_HOMELAND = re.compile(r"\b(?:of|for) [A-Z][a-z]+(?:,? [A-Z][a-z]+)* and Homeland Security\b"
                             r"|\bHomeland Security and [A-Z][a-z]+|Governor'?s Office of Homeland Security"
                             r"|\bState (?:Department|Office) of Homeland Security")


def classify(name: str) -> tuple[str, Optional[str]]:
    """(kind, level) of an organization by its name (known list, then head words)."""
    if _STATE_HOMELAND.search(name) and not name.startswith("U.S."):
        return "state_agency", "state"    # "Department of Safety and Homeland Security": a state department
    direct = entities.lookup_org(name)
    known = direct or _known_inside(name)
    if known is not None:
        kind, level = known["kind"], known["level"]
        prefix = name[:name.find(known["name"])].strip() if direct is None and known["name"] in name else ""
        if prefix and kind == "federal_agency" and known.get("us_prefix") and _place_kind(_place_in(prefix)) == "state":
            return "state_agency", "state"    # "Colorado Department of Education": the state's own department
        if kind == "court" and level == "federal" and _place_kind(_place_in(name)) == "state" \
                and "U.S." not in name:
            level = "state"                                   # "Texas Supreme Court"
        return kind, level
    H = _heads()
    words = name.split()
    first = entities.lookup_org(words[0]) if len(words) > 1 and words[0].isupper() else None
    if first is not None and first.get("level") == "federal":
        return first["kind"], "federal"     # "ERO Philadelphia", "ICE Miami Field Office": a federal office
    fed = any(w in name.split() for w in entities.agencies()["federal_words"]) or name.startswith("U.S.")
    jid = _place_in(name)
    pkind = _place_kind(jid)
    local_level = {"county": "county", "city": "city", "state": "state"}.get(pkind)
    if len(words) == 1 and _CALL_SIGN.match(name):
        return "media", "nongovernmental"
    if name.endswith(" administration"):
        return "federal_agency", "federal"
    if re.search(r"\b(?:Field|Sub-?)\s?Office$", name) and pkind in (None, "city") and not re.search(
            r"Sheriff|County|State|Police|Department of", name):
        return "federal_agency", "federal"  # "Chicago Field Office" (after "ICE's"): a federal agency's regional office
    if _has_head(name, H["local_agency"]):
        if "State Police" in name or "Highway Patrol" in name:
            return "state_agency", "state"
        if re.search(r"Sheriff|County|Jail|Detention", name):
            return "local_agency", "county" if pkind in (None, "county", "state") else local_level
        return "local_agency", local_level if local_level in ("city", "county") else "city"
    if re.fullmatch(r"[A-Z]{1,4}PD", name):
        return "local_agency", "city"
    if _has_head(name, H["court"]):
        if fed or "Circuit" in name and "Court" not in name or re.search(r"District of|Circuit Court of Appeals", name):
            return "court", "federal"
        if local_level:
            return "court", local_level
        if re.search(r"\bJudicial District\b", name):
            return "court", "state"     # "Eighteenth Judicial District Court": a state's trial court
        return "court", "federal" if re.search(r"Supreme Court|Court of Appeals|District Court", name) else None
    if _has_head(name, H["party"]):
        return "party", "nongovernmental"
    if _has_head(name, H["legislature"]) and not _has_head(name, ["Union", "Coalition", "Alliance"]):
        if re.search(r"\b(?:City|Town|Common|Village) Council\b|Board of Aldermen|Council\b", name) and \
                not re.search(r"County Council", name) and pkind != "state":
            if pkind in ("city", None) and re.search(r"Council|Aldermen", name):
                if re.search(r"\bCouncil\b", name) and not re.search(r"City|Town|Common|Village", name) and pkind is None:
                    return "advocacy", "nongovernmental"      # "American Immigration Council"
                return "legislature", "city"
        if re.search(r"County|Board of Supervisors|Board of Commissioners|Commissioners Court", name):
            return "legislature", "county"
        if fed or name in ("Congress",):
            return "legislature", "federal"
        if re.search(r"Legislature|General Assembly|State Senate|State House|State Assembly|House of Delegates", name):
            return "legislature", "state"
        if re.search(r"Committee|Caucus|Subcommittee", name) and not re.search(r"Senate|House|Assembly", name):
            return "advocacy", "nongovernmental"
        return "legislature", local_level
    if _has_head(name, H["media"]) and not _has_head(name, H["agency"]):
        return "media", "nongovernmental"
    if _has_head(name, H["university"]):
        return "university", "nongovernmental"
    if _has_head(name, H["agency"]):
        if fed:
            return "federal_agency", "federal"
        if pkind == "state" or re.search(r"\bState\b", name):
            return "state_agency", "state"
        if pkind in ("county", "city"):
            return "local_agency", pkind
        return "other", None
    if _has_head(name, H["advocacy"]):
        return "advocacy", "nongovernmental"
    return "other", "nongovernmental"


@lru_cache(maxsize=256)
def _acronym_city(acronym: str) -> Optional[str]:
    """City of a police acronym: "LAPD" -> Los Angeles, "NYPD" -> New York City (initials of
    a city of >= 150,000 people, with or without "City"); None if unknown or ambiguous."""
    from .. import gazetteer as gz

    m = re.fullmatch(r"([A-Z]{2,4})PD", acronym)
    if not m:
        return None
    G = gz.load()
    best = None
    for p in G.places.values():
        if p.kind != "city" or (p.population or 0) < 150_000:
            continue
        names = {p.name, re.sub(r" City$", "", p.name)}
        if any(gz._initials(n) == m.group(1) for n in names):
            if best is None or (p.population or 0) > (best.population or 0):
                best = p
    return best.jurisdiction_id if best else None


def _is_junk(name: str, text: str, mixed_case_doc: bool) -> bool:
    if not name or not re.search(r"[A-Za-z]", name):
        return True
    if entities.lookup_org(name) is not None:
        return False
    words = name.split()
    if len(words) == 1:
        w = words[0]
        if w.isupper() and len(w) > 5 and w.isalpha() and mixed_case_doc:
            return True                                   # BACKGROUND, CONCLUSION
        if not w.isupper():
            from wordfreq import zipf_frequency

            if w.lower() not in BODY_WORDS and zipf_frequency(w.lower(), "en") >= COMMON_WORD_ZIPF:
                return True                               # State, Court, Office
    if mixed_case_doc and len(words) > 1 and any(w.isupper() and len(w) > 3 and w.isalpha() for w in words) \
            and not all(w.isupper() or not w[:1].isalpha() or w in ("of", "and", "for", "the") for w in words):
        return True                                       # "Court GRANTS Plaintiffs"
    if words[0] in ("Plaintiff", "Plaintiffs", "Defendant", "Defendants"):
        return True
    return False


def _clean_name(canonical: str) -> str:
    name = canonical.split(":")[-1].strip() if ":" in canonical else canonical
    name = re.sub(r"\s+", " ", name).strip(" ,;-")
    name = re.sub(r"^(?:the|The|THE)\s+", "", name)
    if name.isupper() and len(name.split()) > 1:
        known = entities.lookup_org(name)
        if known is not None:
            return known["name"]
        name = " ".join(w if len(w) <= 3 and "." in w or w in ("U.S.",) else w.capitalize() for w in name.split())
        name = re.sub(r"\b(Of|And|For|The|In|On)\b", lambda m: m.group(1).lower(), name)
    return name


def _document_places(places: list[dict]) -> dict[str, Counter]:
    """kind -> Counter(jurisdiction_id) of the document's place rows."""
    out: dict[str, Counter] = defaultdict(Counter)
    for p in places or []:
        jid, kind = p.get("jurisdiction_id"), p.get("kind")
        if jid and kind:
            out[kind][jid] += 1
    return out


def _same_named_place(jid: Optional[str], doc_places: dict[str, Counter]) -> Optional[str]:
    """The document's own place of the name a body is named for: "Marion County Sheriff's Office" in a text
    whose places stage read "Marion County" as one state's (a county name many states share, in a text that also
    names a city of another state) is that state's county."""
    if not jid:
        return jid
    from .. import gazetteer as gz

    G = gz.load()
    p = G.get(jid)
    if p is None or p.kind not in doc_places:
        return jid
    same = {j: n for j, n in doc_places[p.kind].items() if G.get(j) is not None and G.get(j).name == p.name}
    if not same or jid in same:
        return jid
    return sorted(same, key=lambda j: (-same[j], j))[0]


def most_mentioned(counts: Counter, order: dict[str, int]) -> Optional[str]:
    """The most mentioned id (ties: first mentioned, then alphabetical)."""
    if not counts:
        return None
    return sorted(counts, key=lambda j: (-counts[j], order.get(j, 10 ** 9), j))[0]


# ----------------------------------------------------------------------------- per document
def extract_orgs(pdoc: ParsedDocument, mentions: list[dict], places: list[dict]) -> list[dict]:
    """Organization mentions of one document (see the module docstring)."""
    if pdoc is None or not pdoc.sentences:
        return []
    if not mentions:
        mentions = entities.extract_mentions(pdoc)
    letters = [c for c in pdoc.text if c.isalpha()]
    mixed = bool(letters) and sum(c.isupper() for c in letters) / len(letters) < 0.6
    doc_places = _document_places(places)
    # the states the document names places in (a county name many states share is the one there)
    doc_states = tuple(sorted({j.split("-")[1].upper() for c in doc_places.values() for j in c
                               if j.startswith("us-") and j.count("-") >= 1}))
    order: dict[str, int] = {}
    for i, p in enumerate(places or []):
        if p.get("jurisdiction_id"):
            order.setdefault(p["jurisdiction_id"], i)
    acronym_of: dict[str, str] = {}                    # full name -> acronym used in this doc
    for m in mentions:
        if m.get("label") == "ORG" and m.get("doc_id", pdoc.doc_id) == pdoc.doc_id:
            t = entities._clean_surface(m.get("text") or "")
            c = m.get("canonical") or ""
            if re.fullmatch(r"[A-Z][A-Za-z&.]{1,9}", t) and sum(ch.isupper() for ch in t) >= 2 and c and c != t:
                acronym_of.setdefault(c, t)
    place_spans = [(int(p["start"]), int(p["end"])) for p in places or []
                   if p.get("start") is not None and p.get("end") is not None]
    rows = []
    named_bodies: list[tuple[str, str]] = []        # (full name, lower case; its place) of bodies named with one
    for m in mentions:
        if m.get("label") != "ORG" or m.get("doc_id", pdoc.doc_id) != pdoc.doc_id:
            continue
        text = m.get("text") or ""
        name = _clean_name(m.get("canonical") or entities._clean_surface(text))
        if _is_junk(name, text, mixed):
            continue
        a, b = int(m["start"]), int(m["end"])
        if any(pa <= a and b <= pb for pa, pb in place_spans):
            continue                                  # "Tucson" tagged ORG, read as a place
        if _GOVERNMENT_ITSELF.match(name):
            continue                                  # "City of Portland" is the place, not an organization
        known = entities.lookup_org(name)
        if known is not None:
            name = known["name"]
        kind, level = classify(name)
        acronym = None
        if known is not None and known.get("acronyms"):
            acronym = known["acronyms"][0]
        acronym = acronym_of.get(name, acronym)
        if acronym is None and re.fullmatch(r"[A-Z]{2,8}", name):
            acronym = name
        place = _same_named_place(_place_in(name, doc_states), doc_places)
        jur, jsrc = None, None
        if level in ("state", "county", "city"):
            jur = place if _place_kind(place) in (level, "city" if level == "county" else level) else None
            if jur is None and level == "state" and place:
                from .. import gazetteer as gz

                p = gz.load().get(place)
                jur = gz.state_id(p.state) if p is not None and p.state else None
            if jur is None and acronym:
                jur = _acronym_city(acronym)
            if jur is not None:
                jsrc = "name"
                named_bodies.append((name.lower(), jur))
            else:
                # "the Board of Supervisors" after "MOHAVE COUNTY BOARD OF SUPERVISORS": the body named in full
                jur = next((j for full, j in reversed(named_bodies) if full.endswith(" " + name.lower())), None)
                jsrc = "name" if jur else None
            if jur is None:
                jur = most_mentioned(doc_places.get(level, Counter()), order)
                jsrc = "document" if jur else None
        rows.append(dict(doc_id=pdoc.doc_id, sentence_id=m.get("sentence_id"), start=m.get("start"),
                         end=m.get("end"), text=text, name=name, acronym=acronym, kind=kind, level=level,
                         jurisdiction=jur, jurisdiction_source=jsrc, place=place))
    return rows


# ----------------------------------------------------------------------------- corpus level
def org_id(name: str) -> str:
    """Deterministic id of an organization: ``o-`` + slug of its name."""
    from ..gazetteer import slug

    return "o-" + (slug(name) or "unnamed")


def aggregate(rows: list[dict]) -> "pd.DataFrame":
    """Organizations table: one row per organization (by canonical name; an
    acronym-only name joins the organization that uses it as its acronym).

    ``doc_ids`` is the sorted ``;``-joined list of documents; ``mentions`` the
    number of mention rows. Extra columns: ``jurisdiction`` (most common),
    ``place``. Sorted by mentions (descending), then name."""
    import pandas as pd

    extra = ["jurisdiction", "place"]
    rows = [r for r in rows or [] if r.get("name")]
    if not rows:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in COLUMNS + extra})
    by_acronym: dict[str, Counter] = defaultdict(Counter)
    for r in rows:
        if r.get("acronym") and r["acronym"] != r["name"]:
            by_acronym[r["acronym"]][r["name"]] += 1
    groups: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        name = r["name"]
        if name in by_acronym and len(by_acronym[name]) == 1:
            name = next(iter(by_acronym[name]))
        groups[name].append(r)
    out = []
    for name, rs in groups.items():
        def top(key):
            c = Counter(r.get(key) for r in rs if r.get(key) not in (None, ""))
            return sorted(c, key=lambda v: (-c[v], str(v)))[0] if c else None
        acr = top("acronym")
        out.append(dict(org_id=org_id(name), name=name, acronym=acr if acr != name else acr,
                        kind=top("kind") or "other", level=top("level"),
                        doc_ids=";".join(sorted({str(r.get("doc_id")) for r in rs})), mentions=len(rs),
                        jurisdiction=top("jurisdiction"), place=top("place")))
    return ranked_with_unique_ids(pd.DataFrame(out, columns=COLUMNS + extra), "org_id")
