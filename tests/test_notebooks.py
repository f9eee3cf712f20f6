"""The report notebooks: one ``parameters`` cell with the expected names, the
house structure (header, limits, checked findings), no committed outputs except
checked cells, and a clean run on a hand-made corpus and on an empty one."""
from __future__ import annotations

import json
from pathlib import Path

import nbformat
import pandas as pd
import papermill
import pytest

from analysis import report
from analysis.tables import Corpus, frame

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
MINE = ["02_jurisdictions", "03_people", "04_timeline", "05_language", "06_profile"]
EXPECTED_PARAMETERS = {
    "01_corpus": {"data_dir", "figures_dir"},
    "02_jurisdictions": {"data_dir", "figures_dir"},
    "03_people": {"data_dir", "figures_dir"},
    "04_timeline": {"data_dir", "figures_dir"},
    "05_language": {"data_dir", "figures_dir"},
    "06_profile": {"data_dir", "figures_dir", "jurisdiction", "min_actions"},
}


def synthetic_corpus(script_title: bool = False) -> Corpus:
    """A small corpus with a row or more in every table (invented people, real US places)."""
    title = ("Council vote <script>window.__injected = 1</script> <b>not bold</b>" if script_title
             else "Council limits jail cooperation")
    text1 = f"{title}\n\nMayor Dana Whitfield said the city \"will not help\" immigration agents."
    docs = frame("documents", [
        dict(doc_id="d1", path="d1.txt", sha256="a" * 64, title=title, date="2025-09-02", date_source="header",
             genre="news", word_count=120, text=text1),
        dict(doc_id="d2", path="d2.txt", sha256="b" * 64, title="Sheriff signs agreement", date="2025-10-01",
             date_source="header", genre="news", word_count=300, text="Sheriff Ray Cole signed it. " * 20),
        dict(doc_id="d3", path="d3.txt", sha256="c" * 64, title="Why cities push back", date=None, date_source="none",
             genre="opinion", word_count=200, duplicate_of=None, text="An opinion about cities. " * 20),
    ])
    sents = frame("sentences", [
        dict(sentence_id="d1-s1", doc_id="d1", paragraph=0, is_heading=True, start=0, end=len(title), text=title),
        dict(sentence_id="d1-s2", doc_id="d1", paragraph=1, is_heading=False, start=len(title) + 2, end=len(text1),
             text=text1[len(title) + 2:]),
        dict(sentence_id="d2-s1", doc_id="d2", paragraph=0, is_heading=False, start=0, end=27, text="Sheriff Ray Cole signed it."),
        dict(sentence_id="d3-s1", doc_id="d3", paragraph=0, is_heading=False, start=0, end=25, text="An opinion about cities."),
    ])
    juris = frame("jurisdictions", [
        dict(jurisdiction_id="us-il", name="Illinois", kind="state", state="IL", lat=40.0, lon=-89.2, doc_ids="d1;d3", mentions=3, stance="resists"),
        dict(jurisdiction_id="us-il-chicago", name="Chicago", kind="city", state="IL", lat=41.88, lon=-87.63, doc_ids="d1", mentions=4, stance="contested"),
        dict(jurisdiction_id="us-tx", name="Texas", kind="state", state="TX", lat=31.0, lon=-99.0, doc_ids="d2", mentions=2, stance="cooperates"),
        dict(jurisdiction_id="us-tx-harris-county", name="Harris County", kind="county", state="TX", lat=29.86, lon=-95.39, doc_ids="d2", mentions=2, stance="cooperates"),
        dict(jurisdiction_id="us-or-portland", name="Portland", kind="city", state="OR", lat=45.52, lon=-122.68, doc_ids="d3", mentions=1, stance="mentioned"),
    ])
    act = [
        ("d1", "d1-s2", "Dana Whitfield", "city", "us-il-chicago", None, "affirm_sanctuary", "restricts", "enacted", "2025-09-01", "day"),
        ("d1", "d1-s2", "ICE", "federal", "us", "us-il-chicago", "federal_deployment", "federal_pressure", "enacted", "2025-09-08", "day"),
        ("d1", "d1-s2", "Dana Whitfield", "city", "us-il-chicago", None, "condemn_federal_action", "rhetoric", "enacted", None, None),
        ("d1", "d1-s2", "Illinois", "state", "us-il", None, "bar_local_cooperation", "restricts", "enacted", "2025-08", "month"),
        ("d1", "d1-s2", "Illinois", "state", "us-il", None, "sue_federal_government", "accountability", "enacted", "2025-09-10", "day"),
        ("d2", "d2-s1", "Ray Cole", "county", "us-tx-harris-county", None, "enter_formal_agreement", "expands", "enacted", "2025-10-01", "day"),
        ("d2", "d2-s1", "Ray Cole", "county", "us-tx-harris-county", None, "assist_ice", "expands", "reported", None, None),
        ("d2", "d2-s1", "Texas", "state", "us-tx", None, "expand_cooperation", "expands", "proposed", "2025", "year"),
    ]
    actions = frame("actions", [
        dict(action_id=f"a{i:05d}", doc_id=d, sentence_id=s, actor=a, actor_level=lv, jurisdiction=j,
             target_jurisdiction=t, action_type=ty, direction=di, status=st, instrument=None, date_text=dt,
             date=dt if dt and len(dt) == 10 else (f"{dt}-01" if dt and len(dt) == 7 else (f"{dt}-01-01" if dt else None)),
             date_precision=p, confidence=0.8, evidence=f"evidence {i}", start=0, end=10)
        for i, (d, s, a, lv, j, t, ty, di, st, dt, p) in enumerate(act, 1)])
    actors = frame("actors", [
        dict(actor_id="p1", name="Dana Whitfield", role="mayor", level="city", jurisdiction="us-il-chicago", organization=None, doc_ids="d1", mentions=3),
        dict(actor_id="p2", name="Ray Cole", role="sheriff", level="county", jurisdiction="us-tx-harris-county", organization="Harris County Sheriff's Office", doc_ids="d2", mentions=2),
        dict(actor_id="p3", name="Lee Ortiz", role="spokesperson", level="federal", jurisdiction="us", organization="ICE", doc_ids="d1", mentions=1),
        dict(actor_id="p4", name="Sam Park", role=None, level="nongovernmental", jurisdiction=None, organization=None, doc_ids="d3", mentions=1),
    ])
    quotes = frame("quotes", [
        dict(quote_id="q00001", doc_id="d1", sentence_id="d1-s2", speaker="Dana Whitfield", quote="will not help", cue="said", start=len(title) + 40, end=len(title) + 55),
        dict(quote_id="q00002", doc_id="d2", sentence_id="d2-s1", speaker="Ray Cole", quote="we follow the law", cue="told", start=0, end=19),
        dict(quote_id="q00003", doc_id="d1", sentence_id="d1-s2", speaker="Lee Ortiz", quote="operations will continue", cue="said", start=10, end=36),
        dict(quote_id="q00004", doc_id="d3", sentence_id="d3-s1", speaker=None, quote="no comment", cue=None, start=0, end=12),
    ])
    pm = frame("people_mentions", [
        dict(doc_id="d1", sentence_id="d1-s2", start=0, end=5, text="Whitfield", name="Dana Whitfield", level="city"),
        dict(doc_id="d2", sentence_id="d2-s1", start=0, end=5, text="Cole", name="Ray Cole", level="county"),
    ])
    om = frame("org_mentions", [dict(doc_id="d1", sentence_id="d1-s2", start=0, end=3, text="ICE", name="ICE")])
    plm = frame("place_mentions", [
        dict(doc_id="d1", sentence_id="d1-s2", start=0, end=7, text="Chicago", jurisdiction_id="us-il-chicago", name="Chicago"),
        dict(doc_id="d2", sentence_id="d2-s1", start=0, end=6, text="Harris", jurisdiction_id="us-tx-harris-county", name="Harris County"),
    ])
    orgs = frame("organizations", [
        dict(org_id="o1", name="U.S. Immigration and Customs Enforcement", acronym="ICE", kind="federal_agency", level="federal", doc_ids="d1;d2", mentions=4),
        dict(org_id="o2", name="Harris County Sheriff's Office", acronym=None, kind="local_agency", level="county", doc_ids="d2", mentions=1),
    ])
    instruments = frame("instruments", [dict(instrument_id="i1", name="287(g) agreement", kind="agreement", jurisdiction="us-tx-harris-county", doc_ids="d2")])
    events = frame("events", [dict(event_id="e1", name="deployment to Chicago", place="us-il-chicago", date="2025-09-08", date_precision="day", doc_ids="d1;d3", action_ids="a00002")])
    fixes = frame("fixes", [dict(doc_id="d1", kind="glued_words", start=5, end=12, before="cityhall", after="city hall", clean_start=5, clean_end=14)])
    return Corpus(documents=docs, sentences=sents, jurisdictions=juris, actions=actions, actors=actors, quotes=quotes,
                  people_mentions=pm, org_mentions=om, place_mentions=plm, organizations=orgs,
                  instruments=instruments, events=events, fixes=fixes)


# ----------------------------------------------------------------- structure (fast)
@pytest.mark.parametrize("name", sorted(EXPECTED_PARAMETERS))
def test_exactly_one_parameters_cell_with_expected_names(name):
    path = NOTEBOOKS / f"{name}.ipynb"
    nb = nbformat.read(str(path), as_version=4)
    tagged = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1, f"{name}: {len(tagged)} parameters cells"
    declared = papermill.inspect_notebook(str(path))
    assert set(declared) == EXPECTED_PARAMETERS[name]
    # literals only: every default is a plain string or number
    for p in declared.values():
        assert p["inferred_type_name"] in ("str", "int", "float", "None"), p


@pytest.mark.parametrize("name", MINE)
def test_house_structure(name):
    nb = nbformat.read(str(NOTEBOOKS / f"{name}.ipynb"), as_version=4)
    assert nb.metadata["kernelspec"]["name"] == "python3"
    first, last = nb.cells[0], nb.cells[-1]
    assert first.cell_type == "markdown" and first.source.startswith(f"# {name[:2]} ")
    for part in ("**Answers:**", "**Audience:**", "**Time:**", "**Prerequisites:**", "**Data used:**"):
        assert part in first.source, f"{name} header lacks {part}"
    assert last.cell_type == "markdown" and last.source.startswith("## Limits of this method")
    code = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    assert "analysis.Corpus.load(data_dir)" in code
    assert "Markdown(" in code  # prose numbers are computed
    checked = [c for c in nb.cells if c.cell_type == "code" and "# NBVAL_CHECK_OUTPUT" in c.source]
    assert len(checked) >= 1
    # nothing but checked cells may carry outputs in git
    for c in nb.cells:
        if c.cell_type == "code" and c not in checked:
            assert not c.outputs and c.execution_count is None
        if c in checked and c.outputs:
            assert c.execution_count is not None  # else nbval reports "unrun reference cell"
    # every chart goes through analysis.charts and is saved
    assert code.count("charts.save(") >= 1
    assert "plt." not in code and "pyplot" not in code


def test_strip_keeps_only_checked_outputs(tmp_path):
    from importlib import util

    spec = util.spec_from_file_location("strip_notebooks", ROOT / "scripts" / "strip_notebooks.py")
    mod = util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    nb = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_code_cell("x = 1", metadata={"tags": ["injected-parameters"]}),
        nbformat.v4.new_code_cell("# NBVAL_CHECK_OUTPUT\nprint(1)", execution_count=3,
                                  outputs=[nbformat.v4.new_output("stream", name="stdout", text="1\n")],
                                  metadata={"papermill": {"duration": 0.1}, "execution": {"iopub.status.idle": "t"}}),
        nbformat.v4.new_code_cell("print(2)", execution_count=4,
                                  outputs=[nbformat.v4.new_output("stream", name="stdout", text="2\n")]),
    ], metadata={"papermill": {"start_time": "2025"}})
    out = mod.strip(nb)
    assert len(out.cells) == 2
    assert out.cells[0].outputs[0]["text"] == "1\n" and out.cells[0].execution_count == 1
    assert out.cells[0].metadata == {}
    assert out.cells[1].outputs == []
    assert "papermill" not in out.metadata and out.metadata["kernelspec"]["name"] == "python3"
    path = tmp_path / "n.ipynb"
    nbformat.write(nb, str(path))
    assert mod.main(["--check", str(path)]) == 1
    assert mod.main([str(path)]) == 0
    assert mod.main(["--check", str(path)]) == 0


# ----------------------------------------------------------------- execution (slower: real kernels)
def _run(corpus: Corpus, tmp_path: Path, min_actions: int = 2):
    data = tmp_path / "data"
    corpus.save(data, formats=("parquet",))
    out = tmp_path / "reports"
    code = report.run_report(None, out, data, tmp_path / "figures", jobs=2, timeout=120,
                             min_actions=min_actions, notebooks_dir=NOTEBOOKS, build=False, progress=None)
    return code, out


def test_notebooks_run_on_a_hand_made_corpus(tmp_path):
    code, out = _run(synthetic_corpus(), tmp_path)
    assert code == 0, sorted(p.name for p in tmp_path.iterdir())
    manifest = json.loads((out / "manifest.json").read_text())
    names = [n["name"] for n in manifest["notebooks"]]
    # one profile per place with >= 2 actions (by it or aimed at it)
    assert [n for n in names if n.startswith("06_profile_")] == [
        "06_profile_us-il", "06_profile_us-il-chicago", "06_profile_us-tx-harris-county"]
    page = (out / "02_jurisdictions.html").read_text()
    assert "The articles name <strong>5 places</strong>" in page
    assert "Chicago" in page
    prof = nbformat.read(str(out / "06_profile_us-il-chicago.ipynb"), as_version=4)
    checked = next(c for c in prof.cells if "# NBVAL_CHECK_OUTPUT" in c.source)
    text = "".join(o.get("text", "") for o in checked.outputs)
    assert "jurisdiction=us-il-chicago kind=city stance=contested actions=3 people=1" in text
    assert "restricts=1 accountability=0 rhetoric=1 expands=0 federal_pressure=1" in text
    for fig in ("02_state_stance_map", "03_network", "04_timeline", "06_profile_us-il-chicago_timeline"):
        assert (out / "figures" / f"{fig}.png").exists() and (tmp_path / "figures" / f"{fig}.csv").exists()
    timeline = pd.read_csv(out / "figures" / "04_timeline.csv")
    assert int(timeline["actions"].sum()) == 6  # 8 actions, 2 undated


def test_notebooks_run_on_an_empty_corpus(tmp_path):
    empty = Corpus(documents=frame("documents", [dict(doc_id="d1", path="d1.txt", sha256="0" * 64, title="Nothing",
                                                      date=None, date_source="none", genre="news", word_count=2,
                                                      text="Nothing here.")]))
    code, out = _run(empty, tmp_path)
    assert code == 0
    names = [n["name"] for n in json.loads((out / "manifest.json").read_text())["notebooks"]]
    assert not any(n.startswith("06_profile") for n in names)
    assert "No jurisdiction has at least 2 action(s)" in (out / "index.html").read_text()
    assert "No actions were found" in (out / "02_jurisdictions.html").read_text()
    assert "no timeline yet" in (out / "04_timeline.html").read_text()
