"""The report notebooks: one ``parameters`` cell with the expected names, the
house structure (header, limits, checked findings), no committed outputs except
checked cells, and a clean run on a hand-made corpus (the session's report, see
``conftest.hand_made_report``) and on an empty one."""
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
MINE = ["01_corpus", "02_jurisdictions", "03_people", "04_timeline", "05_language", "06_profile"]
EXPECTED_PARAMETERS = {
    "01_corpus": {"data_dir", "figures_dir"},
    "02_jurisdictions": {"data_dir", "figures_dir"},
    "03_people": {"data_dir", "figures_dir"},
    "04_timeline": {"data_dir", "figures_dir"},
    "05_language": {"data_dir", "figures_dir"},
    "06_profile": {"data_dir", "figures_dir", "jurisdiction", "min_actions"},
}


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
    # every chart goes through analysis.charts and is saved (draw = save, reusing an identical drawing)
    assert code.count("charts.draw(") >= 1 and "charts.save(" not in code
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
        nbformat.v4.new_code_cell("print(2)", execution_count=4, metadata={"tags": []},
                                  outputs=[nbformat.v4.new_output("stream", name="stdout", text="2\n")]),
    ], metadata={"papermill": {"start_time": "2025"}})
    out = mod.strip(nb)
    assert len(out.cells) == 2
    assert out.cells[0].outputs[0]["text"] == "1\n" and out.cells[0].execution_count == 1
    assert out.cells[0].metadata == {}
    assert out.cells[1].outputs == [] and out.cells[1].metadata == {}  # papermill's empty tags dropped
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


def test_notebooks_run_on_a_hand_made_corpus(hand_made_report):
    r = hand_made_report
    assert r.code == 0, sorted(p.name for p in r.base.iterdir())
    out = r.out
    manifest = json.loads((out / "manifest.json").read_text())
    names = [n["name"] for n in manifest["notebooks"]]
    assert names[:5] == ["01_corpus", "02_jurisdictions", "03_people", "04_timeline", "05_language"]
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
    corpus_nb = nbformat.read(str(out / "01_corpus.ipynb"), as_version=4)
    checked = next(c for c in corpus_nb.cells if "# NBVAL_CHECK_OUTPUT" in c.source)
    assert f"documents=3 words={int(r.corpus.documents['word_count'].sum())}" in checked.outputs[0]["text"]
    for fig in ("02_state_stance_map", "03_network", "04_timeline", "06_profile_us-il-chicago_timeline"):
        for ext in ("png", "svg", "csv"):
            assert (out / "figures" / f"{fig}.{ext}").exists() and (r.figures / f"{fig}.{ext}").exists()
    timeline = pd.read_csv(out / "figures" / "04_timeline.csv")
    assert int(timeline["actions"].sum()) == 6  # 8 actions, 2 undated
    # every figure of the report is linked from the index, with its SVG and CSV
    index = (out / "index.html").read_text()
    for fig in manifest["figures"]:
        for ext in ("png", "svg", "csv"):
            assert f'href="figures/{fig}.{ext}"' in index
    for n in names:
        assert f'href="{n}.html"' in index


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
