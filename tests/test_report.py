"""The report runner on tiny notebooks: pages, index, manifest, determinism,
failure keeps the previous report, the lock, and the CLI options."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from analysis import report
from analysis.tables import Corpus, frame


def write_nb(path: Path, *cells, params='data_dir = "../data"\nfigures_dir = "../figures"'):
    nb = new_notebook(cells=[new_markdown_cell(f"# {path.stem} title"),
                             new_code_cell(params, metadata={"tags": ["parameters"]}), *cells],
                      metadata={"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}})
    for i, c in enumerate(nb.cells):
        c["id"] = f"c{i}"
    nbformat.write(nb, str(path))


@pytest.fixture
def project(tmp_path):
    """notebooks/ with two plain notebooks and a profile notebook; data/ with a saved corpus."""
    nbs = tmp_path / "notebooks"
    nbs.mkdir()
    write_nb(nbs / "01_one.ipynb", new_code_cell("marker = 'SECRET_CODE_LINE'\nprint('hello from one')"))
    write_nb(nbs / "02_two.ipynb", new_code_cell(
        "import pathlib\np = pathlib.Path(figures_dir); p.mkdir(exist_ok=True)\n"
        "(p / 'two.png').write_bytes(b'\\x89PNG fake')\nprint(pathlib.Path(data_dir).is_dir())"))
    write_nb(nbs / "06_place.ipynb", new_code_cell("print('profile of', jurisdiction, min_actions)"),
             params='data_dir = "../data"\nfigures_dir = "../figures"\njurisdiction = ""\nmin_actions = 2')
    write_nb(nbs / "helper.ipynb", new_code_cell("raise SystemExit('not numbered: never run')"))
    corpus = Corpus(
        documents=frame("documents", [dict(doc_id="d1", sha256="1" * 64, title="t", text="x"),
                                      dict(doc_id="d2", sha256="2" * 64, title="u", text="y")]),
        jurisdictions=frame("jurisdictions", [dict(jurisdiction_id="us-ca-fresno", name="Fresno", kind="city"),
                                              dict(jurisdiction_id="us-ca", name="California", kind="state")]),
        actions=frame("actions", [dict(action_id="a1", jurisdiction="us-ca-fresno", direction="restricts"),
                                  dict(action_id="a2", jurisdiction="us", target_jurisdiction="us-ca-fresno",
                                       direction="federal_pressure"),
                                  dict(action_id="a3", jurisdiction="us-ca", direction="restricts")]))
    corpus.save(tmp_path / "data", formats=("parquet",))
    return tmp_path


def run(project: Path, **kw):
    args = dict(out_dir=project / "reports", data_dir=project / "data", figures_dir=project / "figures",
                jobs=2, timeout=60, notebooks_dir=project / "notebooks", build=False, progress=None)
    args.update(kw)
    return report.run_report(None, **args)


def test_report_pages_index_manifest_and_profiles(project):
    assert run(project) == 0
    out = project / "reports"
    names = sorted(p.name for p in out.iterdir())
    assert names == ["01_one.html", "01_one.ipynb", "02_two.html", "02_two.ipynb", "06_place_us-ca-fresno.html",
                     "06_place_us-ca-fresno.ipynb", "figures", "index.html", "manifest.json"]
    index = (out / "index.html").read_text()
    for page in ("01_one.html", "02_two.html", "06_place_us-ca-fresno.html", "figures/two.png"):
        assert f'href="{page}"' in index
    assert "06_place title: Fresno" in index
    html = (out / "01_one.html").read_text()
    assert "hello from one" in html and "SECRET_CODE_LINE" not in html  # code hidden by default
    assert 'href="index.html"' in html and "cdnjs" not in html and "<script src=" not in html
    prof = nbformat.read(str(out / "06_place_us-ca-fresno.ipynb"), as_version=4)
    assert "profile of us-ca-fresno 2" in "".join(o.get("text", "") for c in prof.cells for o in c.get("outputs", []))
    assert "papermill" not in prof.metadata and all("papermill" not in c.metadata for c in prof.cells)
    assert "True" in (out / "02_two.html").read_text()  # the relative data_dir resolves from the report
    m = json.loads((out / "manifest.json").read_text())
    assert m["corpus_hash"] == report.corpus_hash(Corpus.load(project / "data").documents)
    assert [n["name"] for n in m["notebooks"]] == ["01_one", "02_two", "06_place_us-ca-fresno"]
    assert all(n["seconds"] > 0 for n in m["notebooks"])
    assert set(report.previous_timings(out)) == {"01_one", "02_two", "06_place_us-ca-fresno"}
    assert m["versions"]["papermill"] and m["versions"]["matplotlib"]
    assert (project / "figures" / "two.png").exists()  # figures copied out too
    assert not list(project.glob(".reports.tmp-*"))


def only(project: Path, *keep: str) -> None:
    """Keep just these notebooks (fewer kernels: faster tests)."""
    for p in (project / "notebooks").glob("*.ipynb"):
        if p.stem not in keep:
            p.unlink()


def test_report_is_deterministic_and_show_code_keeps_code(project):
    only(project, "01_one", "06_place")
    assert run(project) == 0
    first = {p.name: p.read_bytes() for p in (project / "reports").glob("*.*") if p.name != "manifest.json"}
    assert run(project) == 0
    assert {p.name: p.read_bytes() for p in (project / "reports").glob("*.*") if p.name != "manifest.json"} == first
    assert run(project, show_code=True) == 0
    shown = {p.name: p.read_bytes() for p in (project / "reports").glob("*.*") if p.name != "manifest.json"}
    assert b"SECRET_CODE_LINE" in shown["01_one.html"] and b"SECRET_CODE_LINE" not in first["01_one.html"]
    assert shown["01_one.ipynb"] == first["01_one.ipynb"] and shown["index.html"] == first["index.html"]


def test_failure_keeps_previous_report_and_names_notebook_and_cell(project, capsys):
    only(project, "01_one")
    previous = project / "reports"
    previous.mkdir()
    (previous / "index.html").write_text("the previous good report")
    write_nb(project / "notebooks" / "03_broken.ipynb", new_code_cell("x = 1"),
             new_code_cell("raise ValueError('boom in the third cell')"))
    assert run(project) == 1
    err = capsys.readouterr().err
    line = next(ln for ln in err.splitlines() if "notebook 03_broken" in ln)
    # position in the source notebook (papermill's injected cell not counted), its first line, the error
    assert "cell 4 [raise ValueError" in line and "ValueError: boom in the third cell" in line
    assert "01_one" not in err.replace("01_one.ipynb", "")  # only the failing notebook is named
    assert sorted(p.name for p in previous.iterdir()) == ["index.html"]
    assert (previous / "index.html").read_text() == "the previous good report"
    assert (project / ".reports.failed" / "03_broken.ipynb").exists()
    assert not list(project.glob(".reports.tmp-*"))


def test_timeout_names_the_running_cell(project, capsys):
    only(project)
    write_nb(project / "notebooks" / "04_slow.ipynb", new_code_cell("import time\ntime.sleep(120)"))
    assert run(project, timeout=2) == 1
    line = next(ln for ln in capsys.readouterr().err.splitlines() if "04_slow" in ln)
    assert "cell 3 [import time]" in line and "CellTimeoutError" in line
    assert not (project / "reports").exists()  # nothing half-written where readers look


def test_lock_refuses_a_second_run(project, capsys):
    (project / "reports").mkdir()
    (project / "reports" / "index.html").write_text("old")
    out = (project / "reports").resolve()
    with report.report_lock(out):
        assert run(project) == report.EXIT_LOCKED
        with pytest.raises(report.LockedError):
            with report.report_lock(out):
                pass
    assert "another report run" in capsys.readouterr().err
    assert (project / "reports" / "index.html").read_text() == "old"
    with report.report_lock(out):  # released on exit
        pass


def test_profile_plan_and_helpers():
    corpus = Corpus(jurisdictions=frame("jurisdictions", [dict(jurisdiction_id="a"), dict(jurisdiction_id="b")]),
                    actions=frame("actions", [dict(jurisdiction="a"), dict(jurisdiction="a", target_jurisdiction="a"),
                                              dict(jurisdiction="x", target_jurisdiction="b"),
                                              dict(jurisdiction="x"), dict(jurisdiction="x")]))
    assert report.profiled_jurisdictions(corpus, 2) == ["a"]  # x is not a known jurisdiction
    assert report.profiled_jurisdictions(corpus, 1) == ["a", "b"]
    assert report.profiled_jurisdictions(Corpus(), 1) == []
    assert report.safe_name("us-il-chicago") == "us-il-chicago"
    assert report.safe_name("../New York/City") == "New-York-City"
    assert report.previous_timings(Path("/nonexistent")) == {}
    docs = frame("documents", [dict(sha256="b"), dict(sha256="a")])
    assert report.corpus_hash(docs) == report.corpus_hash(docs.iloc[::-1])


def test_build_from_seeds(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("Town council votes\n\nThe council of Ashford voted on Tuesday to end the agreement.\n")
    nbs = tmp_path / "notebooks"
    nbs.mkdir()
    write_nb(nbs / "01_docs.ipynb", new_code_cell(
        "import analysis\nc = analysis.Corpus.load(data_dir)\nprint('documents', len(c.documents))"))
    code = report.run_report(seeds, tmp_path / "reports", tmp_path / "data", False, jobs=1, timeout=120,
                             notebooks_dir=nbs, progress=None)
    assert code == 0
    assert (tmp_path / "data" / "documents.parquet").exists()
    assert "documents 1" in (tmp_path / "reports" / "01_docs.html").read_text()
    assert not (tmp_path / "figures").exists()  # figures_dir=False: no copy


def test_cli_options():
    p = argparse.ArgumentParser()
    report.add_arguments(p)
    a = p.parse_args(["--seeds", "s", "--out", "o", "--data", "d", "--jobs", "3", "--show-code", "--min-actions", "4"])
    assert (a.seeds, a.out, a.data, a.jobs, a.show_code, a.min_actions, a.timeout) == ("s", "o", "d", 3, True, 4, 600)


def test_copy_figures_removes_figures_an_earlier_run_made(tmp_path):
    src, dest = tmp_path / "src", tmp_path / "figures"
    src.mkdir(), dest.mkdir()
    (src / "02_map.png").write_bytes(b"new")
    (dest / "02_map.png").write_bytes(b"old")
    (dest / "06_profile_us-nm_actions.csv").write_text("stale")
    (dest / "README.txt").write_text("mine")
    report._copy_figures(src, dest)
    assert sorted(p.name for p in dest.iterdir()) == ["02_map.png", "README.txt"]
    assert (dest / "02_map.png").read_bytes() == b"new"


def test_workers_start_before_the_build_and_are_reused(project, monkeypatch):
    """The workers' start-up (papermill, nbconvert) overlaps the build; execute_all runs on that pool."""
    order, pools, started, kernel_setup = [], [], [], []
    real_start, real_load = report.start_workers, Corpus.load

    def start(jobs, pythonpath="", env=None):
        order.append("workers")
        started.append(jobs)
        kernel_setup.append((pythonpath, env))
        pool = real_start(jobs, pythonpath, env)
        pools.append(pool)
        return pool

    def load(data_dir):
        order.append("tables")
        return real_load(data_dir)

    seen = []
    real_execute_all = report.execute_all
    monkeypatch.setattr(report, "start_workers", start)
    monkeypatch.setattr(Corpus, "load", staticmethod(load))
    monkeypatch.setattr(report, "execute_all", lambda *a, **kw: seen.append(kw.get("pool")) or real_execute_all(*a, **kw))
    assert run(project) == 0
    assert order == ["workers", "tables"]
    assert len(pools) == 1 and seen == pools  # one pool, started before the tables, used for every notebook
    assert started == [report.notebook_workers(2)] == [3]  # run() asks for two cores: three notebook workers
    # the workers know the kernels' environment, so their fork servers start with the workers
    assert kernel_setup == [(report.package_root(), report.kernel_env(project / "data"))]


def test_notebook_workers_one_more_than_the_cores():
    assert [report.notebook_workers(j) for j in (0, 1, 2, 4)] == [1, 1, 3, 5]


def test_execute_all_leaves_a_given_pool_running(project):
    nbs = project / "notebooks"
    task = report.Task("01_one", str(nbs / "01_one.ipynb"), str(project), {}, timeout=60)
    pool = report.start_workers(1)
    try:
        assert [r.ok for r in report.execute_all([task], jobs=1, pool=pool)] == [True]
        assert pool.submit(sum, [1, 2]).result(timeout=60) == 3  # still usable
    finally:
        pool.shutdown()


HIDE_CHECK = """
import sys
from analysis import report
report.hide_slow_iri_checker()
import papermill, nbformat, nbconvert.exporters.html
from nbformat.v4 import new_notebook, new_code_cell
nbformat.validate(new_notebook(cells=[new_code_cell("print(1)")]))
print(sys.modules.get("rfc3987_syntax", "absent"))
"""


def test_report_processes_never_compile_the_iri_grammars():
    """nbformat still imports and validates; jsonschema's slow rfc3987_syntax is never loaded."""
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", HIDE_CHECK], capture_output=True, text=True, timeout=120,
                         cwd=Path(__file__).resolve().parents[1])
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "None"


def test_hiding_the_iri_checker_is_a_no_op_once_jsonschema_is_loaded():
    import subprocess
    import sys

    code = "import sys, jsonschema\nfrom analysis import report\nreport.hide_slow_iri_checker()\nprint(sys.modules.get('rfc3987_syntax', 'absent') is None)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                         cwd=Path(__file__).resolve().parents[1])
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"


def test_fresh_kernels_option_switches_forking_off_for_the_workers(monkeypatch):
    from analysis import kernel_fork

    monkeypatch.delenv(kernel_fork.ENV, raising=False)
    p = argparse.ArgumentParser()
    report.add_arguments(p)
    assert p.parse_args([]).fresh_kernels is False
    seen = {}
    monkeypatch.setattr(report, "run_report", lambda *a, **kw: seen.setdefault("forking", kernel_fork.enabled()) and 0)
    report.main(p.parse_args(["--fresh-kernels"]))
    assert seen == {"forking": False}  # set in the environment, which the spawned workers inherit
