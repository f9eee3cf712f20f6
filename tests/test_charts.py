"""Charts: plotted data is right, every chart survives empty tables, and saved
files (PNG, SVG, CSV) are byte-identical across saves and processes."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
import us

from analysis import charts, vocabulary
from analysis.tables import frame

ROOT = Path(__file__).resolve().parent.parent


def juris():
    return frame("jurisdictions", [
        dict(jurisdiction_id="us-il", name="Illinois", kind="state", state="IL", lat=40.0, lon=-89.2, mentions=3, stance="resists"),
        dict(jurisdiction_id="us-tx", name="Texas", kind="state", state="TX", lat=31.0, lon=-99.0, mentions=2, stance="cooperates"),
        dict(jurisdiction_id="us-il-chicago", name="Chicago", kind="city", state="IL", lat=41.88, lon=-87.63, mentions=7, stance="contested"),
        dict(jurisdiction_id="us-il-cook-county", name="Cook County", kind="county", state="IL", lat=41.8, lon=-87.9, mentions=1, stance=None),
        dict(jurisdiction_id="us-tx-el-paso", name="El Paso $ Co", kind="city", state="TX", lat=None, lon=None, mentions=1, stance="targeted"),
    ])


def actions():
    rows = [("us-il-chicago", None, "restricts", "2025-09-01"), ("us", "us-il-chicago", "federal_pressure", "2025-09-08"),
            ("us", "us-il-chicago", "federal_pressure", "2025-09-08"), ("us-tx", None, "expands", None),
            ("us-il", None, "accountability", "2025-10-02"), (None, None, "rhetoric", "2025-10-02"),
            ("us", None, "federal_pressure", "2025-11-01")]
    return frame("actions", [dict(action_id=f"a{i}", jurisdiction=j, target_jurisdiction=t, direction=d, date=dt,
                                  action_type="x") for i, (j, t, d, dt) in enumerate(rows)])


def test_tile_grid_is_the_fifty_states_and_dc():
    abbrs = [t[0] for t in charts.TILE_GRID]
    assert len(abbrs) == len(set(abbrs)) == 51
    assert set(abbrs) == {s.abbr for s in us.states.STATES} | {"DC"}
    cells = [(r, c) for _, r, c in charts.TILE_GRID]
    assert len(cells) == len(set(cells))  # no two states on one tile


def test_state_stances():
    data = charts.state_stances(juris())
    by = data.set_index("state")
    assert by.loc["IL", "stance"] == "resists" and by.loc["IL", "local_places"] == 2
    assert by.loc["TX", "stance"] == "cooperates" and by.loc["TX", "local_places"] == 1
    assert by.loc["CA", "stance"] == "not in corpus" and by.loc["CA", "local_places"] == 0


def test_actions_per_place_counts_federal_pressure_at_its_target():
    table = charts.actions_per_place(actions(), juris())
    assert list(table.columns) == ["jurisdiction_id", "name", *vocabulary.DIRECTIONS, "total"]
    chicago = table.set_index("jurisdiction_id").loc["us-il-chicago"]
    assert (chicago["restricts"], chicago["federal_pressure"], chicago["total"]) == (1, 2, 3)
    assert table.iloc[0]["jurisdiction_id"] == "us-il-chicago" and table.iloc[0]["name"] == "Chicago"
    # federal pressure with no target stays with the actor's place ("us"), unnamed places keep their id
    assert table.set_index("jurisdiction_id").loc["us", "federal_pressure"] == 1
    assert table.set_index("jurisdiction_id").loc["us", "name"] == "us"
    assert int(table["total"].sum()) == 6  # the rhetoric row has no place


def test_dated_actions():
    d = charts.dated_actions(actions())
    assert list(d.itertuples(index=False, name=None)) == [
        ("2025-09-01", "restricts", 1), ("2025-09-08", "federal_pressure", 2),
        ("2025-10-02", "accountability", 1), ("2025-10-02", "rhetoric", 1), ("2025-11-01", "federal_pressure", 1)]


def test_cooccurrence_is_per_sentence_and_ordered():
    people = pd.DataFrame([dict(doc_id="d1", sentence_id="s1", name="Ana Ruiz"), dict(doc_id="d1", sentence_id="s2", name="Ana Ruiz"),
                           dict(doc_id="d2", sentence_id="s1", name="Bo Tran")])
    orgs = pd.DataFrame([dict(doc_id="d1", sentence_id="s1", name="ICE"), dict(doc_id="d1", sentence_id="s2", name="ICE")])
    places = pd.DataFrame([dict(doc_id="d2", sentence_id="s1", name="Denver"), dict(doc_id="d1", sentence_id="s3", name="Denver")])
    nodes, edges = charts.cooccurrence(people, orgs, places)
    assert list(edges.itertuples(index=False, name=None)) == [
        ("Ana Ruiz", "person", "ICE", "organization", 2), ("Bo Tran", "person", "Denver", "place", 1)]
    assert nodes.iloc[0]["name"] == "Ana Ruiz" and nodes.iloc[0]["strength"] == 2
    assert charts.cooccurrence()[1].empty


def test_officials_and_speakers():
    actors = pd.DataFrame([dict(name="A", role="mayor", level="city"), dict(name="B", role="mayor", level="city"),
                           dict(name="C", role="sheriff", level="county"), dict(name="D", role=None, level=None)])
    t = charts.officials_table(actors, top_roles=1)
    assert list(t.itertuples(index=False, name=None)) == [
        ("county", "other", 1), ("city", "mayor", 2), ("unknown", "other", 1)]
    quotes = pd.DataFrame([dict(speaker="A", quote="one two three"), dict(speaker="A", quote="four"),
                           dict(speaker="C", quote="five six"), dict(speaker=None, quote="x")])
    s = charts.speaker_table(quotes, actors)
    assert list(s.itertuples(index=False, name=None)) == [
        ("A", "city", 2, 4), ("C", "county", 1, 2), ("unattributed", "unknown", 1, 1)]


def test_escape_markdown_makes_article_text_inert():
    s = charts.escape_markdown("<script>alert(1)</script> **x** $5 [a](b)")
    assert "<" not in s and "**" not in s and "](" not in s
    assert s.startswith("&lt;script&gt;")
    assert charts.escape_markdown(None) == "" and charts.escape_markdown(float("nan")) == ""


ALL = {
    "stance_tile_map": lambda: charts.stance_tile_map(juris()),
    "places_scatter": lambda: charts.places_scatter(juris()),
    "actions_by_place": lambda: charts.actions_by_place(actions(), juris()),
    "timeline": lambda: charts.timeline(actions()),
    "officials_by_level": lambda: charts.officials_by_level(pd.DataFrame([dict(name="A", role="mayor", level="city")])),
    "quotes_by_speaker": lambda: charts.quotes_by_speaker(pd.DataFrame([dict(speaker="A", quote="no way")])),
    "network": lambda: charts.network(pd.DataFrame([dict(doc_id="d", sentence_id="s", name="A")]),
                                      pd.DataFrame([dict(doc_id="d", sentence_id="s", name="ICE")])),
    "documents_overview": lambda: charts.documents_overview(pd.DataFrame([dict(doc_id="d1", title="A $5 deal", date=None, genre="news", word_count=10)])),
    "fixes_by_kind": lambda: charts.fixes_by_kind(pd.DataFrame([dict(doc_id="d1", kind="glued_words")])),
    "bars": lambda: charts.bars(pd.DataFrame({"k": ["a", "b"], "v": [2, 1], "g": ["x", "y"]}), "k", "v", "T", color_by="g"),
}
EMPTY = {
    "stance_tile_map": lambda: charts.stance_tile_map(frame("jurisdictions")),
    "places_scatter": lambda: charts.places_scatter(frame("jurisdictions")),
    "actions_by_place": lambda: charts.actions_by_place(frame("actions"), frame("jurisdictions")),
    "timeline": lambda: charts.timeline(frame("actions")),
    "officials_by_level": lambda: charts.officials_by_level(frame("actors")),
    "quotes_by_speaker": lambda: charts.quotes_by_speaker(frame("quotes"), frame("actors")),
    "network": lambda: charts.network(frame("people_mentions"), frame("org_mentions"), frame("place_mentions")),
    "documents_overview": lambda: charts.documents_overview(frame("documents")),
    "fixes_by_kind": lambda: charts.fixes_by_kind(frame("fixes")),
    "bars": lambda: charts.bars(pd.DataFrame(), "k", "v", "T"),
}


@pytest.mark.parametrize("name", sorted(ALL))
def test_every_chart_has_title_source_and_data(name):
    fig = ALL[name]()
    texts = [t.get_text() for t in fig.texts]
    assert texts[0] and any(t.startswith("Source:") for t in texts)
    assert len(charts.plotted_data(fig)) > 0


@pytest.mark.parametrize("name", sorted(EMPTY))
def test_every_chart_accepts_empty_tables(name, tmp_path):
    fig = EMPTY[name]()
    saved = charts.save(fig, f"empty_{name}", None, tmp_path)
    assert saved.paths["png"].stat().st_size > 1000
    assert saved._repr_png_().startswith(b"\x89PNG")


def test_save_writes_png_svg_csv_byte_identically(tmp_path):
    fig = charts.actions_by_place(actions(), juris())
    a = charts.save(fig, "abp", None, tmp_path / "a")
    b = charts.save(charts.actions_by_place(actions(), juris()), "abp", None, tmp_path / "b")
    for ext in ("png", "svg", "csv"):
        assert a.paths[ext].read_bytes() == b.paths[ext].read_bytes(), ext
    svg = a.paths["svg"].read_text()
    assert "<dc:date>" not in svg and "Matplotlib v" not in svg
    assert b"Software" not in a.paths["png"].read_bytes()[:400]
    csv = pd.read_csv(a.paths["csv"])
    assert list(csv["jurisdiction_id"])[:1] == ["us-il-chicago"]
    # an explicit data table overrides the plotted one
    c = charts.save(fig, "abp2", pd.DataFrame({"x": [1]}), tmp_path)
    assert c.paths["csv"].read_text() == "x\n1\n"


def test_save_is_identical_in_a_fresh_process(tmp_path):
    code = ("import sys, pandas as pd; sys.path.insert(0, 'tests'); from test_charts import juris; "
            "from analysis import charts; charts.save(charts.stance_tile_map(juris()), 'map', None, sys.argv[1])")
    for d in ("p1", "p2"):
        subprocess.run([sys.executable, "-c", code, str(tmp_path / d)], cwd=ROOT, check=True,
                       env={"PYTHONHASHSEED": "random", "PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)})
    for ext in ("png", "svg", "csv"):
        assert (tmp_path / "p1" / f"map.{ext}").read_bytes() == (tmp_path / "p2" / f"map.{ext}").read_bytes()


def test_save_rejects_unsafe_names(tmp_path):
    with pytest.raises(ValueError):
        charts.save(charts.timeline(frame("actions")), "../escape", None, tmp_path)
