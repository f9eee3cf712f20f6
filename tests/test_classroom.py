"""Classroom notebooks: structure, student copies without answers, and clean runs under nbval."""
from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from analysis import classroom
from analysis.tables import Corpus, frame

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "notebooks" / "classroom"
TEACHER = sorted(SRC.glob("*.ipynb"))


def _tags(cell) -> list:
    return list(cell.get("metadata", {}).get("tags", []) or [])


def _fixture_corpus() -> Corpus:
    path = ROOT / "tests" / "fixtures" / "language" / "corpus_fixture.py"
    spec = importlib.util.spec_from_file_location("language_corpus_fixture", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.build()


# ------------------------------------------------------------------ teacher notebooks
def test_at_least_three_exercises_and_a_teacher_guide():
    assert len(TEACHER) >= 3
    guide = (SRC / "README.md").read_text(encoding="utf-8")
    for nb in TEACHER:
        assert nb.name in guide


@pytest.mark.parametrize("path", TEACHER, ids=lambda p: p.stem)
def test_teacher_notebook_structure(path):
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    assert nb.metadata["kernelspec"]["name"] == "python3"
    header = nb.cells[0]
    assert header.cell_type == "markdown"
    for word in ("**Audience:**", "**Time:**", "**Prerequisites:**"):
        assert word in header.source
    params = [c for c in nb.cells if "parameters" in _tags(c)]
    assert len(params) == 1 and 'data_dir = "../../data"' in params[0].source
    assert "analysis.Corpus.load(data_dir)" in "".join(c.source for c in nb.cells if c.cell_type == "code")
    solutions = [c for c in nb.cells if "solution" in _tags(c)]
    assert sum(c.cell_type == "code" for c in solutions) >= 2
    turns = [i for i, c in enumerate(nb.cells) if c.cell_type == "markdown"
             and c.source.lstrip().startswith("### Your turn")]
    assert len(turns) >= 2
    for i in turns:  # a Your-turn heading is followed by an empty cell for the student, then the answer
        nxt = nb.cells[i + 1]
        assert nxt.cell_type == "code" and not _tags(nxt)
        assert all(line.startswith("#") or not line.strip() for line in nxt.source.splitlines())
        assert any("solution" in _tags(c) for c in nb.cells[i + 1:i + 4])
    for c in nb.cells:  # committed without outputs
        if c.cell_type == "code":
            assert c.outputs == [] and c.execution_count is None


# ------------------------------------------------------------------- student copies
def test_student_copies_have_no_solutions(tmp_path):
    out = tmp_path / "handout"
    written = classroom.make_student_copies(SRC, out)
    assert [p.name for p in written] == [p.name for p in TEACHER]
    for teacher_path, student_path in zip(TEACHER, written):
        teacher = nbformat.read(teacher_path, as_version=4)
        student = nbformat.read(student_path, as_version=4)
        nbformat.validate(student)
        answers = [c.source for c in teacher.cells if "solution" in _tags(c)]
        assert answers
        text = "\n".join(c.source for c in student.cells)
        for a in answers:
            assert a not in text
        assert not any("solution" in _tags(c) for c in student.cells)
        assert len(student.cells) == len(teacher.cells) - len(answers)
        assert sum("Your turn" in c.source for c in student.cells) == sum("Your turn" in c.source for c in teacher.cells
                                                                          if "solution" not in _tags(c))
        for c in student.cells:
            if c.cell_type == "code":
                assert c.outputs == [] and c.execution_count is None
        assert "widgets" not in student.metadata
    assert not list(out.glob(".*tmp*"))


def test_student_copy_clears_outputs_and_sets_data_dir(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    nb = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_code_cell('data_dir = "../../data"\nother = 1', metadata={"tags": ["parameters"]}),
        nbformat.v4.new_code_cell("print(1)", execution_count=3,
                                  outputs=[nbformat.v4.new_output("stream", text="1\n")]),
        nbformat.v4.new_markdown_cell("The answer is 42.", metadata={"tags": ["solution"]}),
        nbformat.v4.new_code_cell("x = 42", metadata={"tags": ["solution", "other"]}),
    ])
    nb.metadata["widgets"] = {"state": {}}
    nbformat.write(nb, src / "ex.ipynb")
    (path,) = classroom.make_student_copies(src, tmp_path / "out", data_dir="/srv/class/data")
    student = nbformat.read(path, as_version=4)
    assert [c.cell_type for c in student.cells] == ["code", "code"]
    assert student.cells[0].source == "data_dir = '/srv/class/data'\nother = 1"
    assert student.cells[1].outputs == [] and student.cells[1].execution_count is None
    assert "widgets" not in student.metadata
    assert nbformat.read(src / "ex.ipynb", as_version=4).cells[1].outputs  # source untouched


def test_student_copies_point_at_the_same_data_from_their_own_folder(tmp_path):
    """make classroom writes handout/ at the top of the project: "../../data" must become "../data"."""
    project = tmp_path / "project"
    src = project / "notebooks" / "classroom"
    src.mkdir(parents=True)
    nb = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_code_cell('# Parameters\ndata_dir = "../../data"\nphrase = ""', metadata={"tags": ["parameters"]}),
        nbformat.v4.new_code_cell("print(data_dir)")])
    nbformat.write(nb, src / "ex.ipynb")
    for out, expected in ((project / "handout", "../data"), (project / "a" / "b", "../../data"),
                          (tmp_path / "elsewhere", "../project/data")):
        (path,) = classroom.make_student_copies(src, out)
        params = nbformat.read(path, as_version=4).cells[0]
        assert classroom.parameter_value(nbformat.read(path, as_version=4)) == expected
        assert (out / expected).resolve() == (project / "data").resolve()
        assert 'phrase = ""' in params.source
    (path,) = classroom.make_student_copies(src, tmp_path / "abs", data_dir="/srv/data")
    assert classroom.parameter_value(nbformat.read(path, as_version=4)) == "/srv/data"
    absolute = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell('data_dir = "/srv/x"',
                                                                         metadata={"tags": ["parameters"]})])
    assert classroom.rebased_data_dir(absolute, src, tmp_path / "out") is None


def test_every_handout_resolves_to_the_project_data_folder(tmp_path):
    """The real notebooks, laid out as in the project, give handout/ copies that read <project>/data."""
    src = tmp_path / "notebooks" / "classroom"
    src.mkdir(parents=True)
    for p in TEACHER:
        shutil.copy(p, src / p.name)
    for path in classroom.make_student_copies(src, tmp_path / "handout"):
        value = classroom.parameter_value(nbformat.read(path, as_version=4))
        assert (tmp_path / "handout" / value).resolve() == (tmp_path / "data").resolve()


def test_student_copies_refuse_bad_folders(tmp_path):
    with pytest.raises(FileNotFoundError):
        classroom.make_student_copies(tmp_path, tmp_path / "out")
    shutil.copy(TEACHER[0], tmp_path / TEACHER[0].name)
    with pytest.raises(ValueError):
        classroom.make_student_copies(tmp_path, tmp_path)


def test_cli_writes_copies(tmp_path, capsys):
    from analysis import cli

    assert cli.main(["classroom", "--out", str(tmp_path / "h")]) == 0
    printed = capsys.readouterr().out.split()
    assert sorted(Path(p).name for p in printed) == [p.name for p in TEACHER]
    parser = argparse.ArgumentParser()
    classroom.add_arguments(parser)
    args = parser.parse_args(["--out", str(tmp_path / "h2"), "--src", str(SRC)])
    assert classroom.main(args) == 0 and len(list((tmp_path / "h2").glob("*.ipynb"))) == len(TEACHER)


# ----------------------------------------------------------------------- pick_pair
def test_pick_pair_prefers_events_then_shared_places():
    docs = frame("documents", [dict(doc_id=d) for d in ("a", "b", "c", "d")]
                 + [dict(doc_id="e", duplicate_of="a")])
    events = frame("events", [dict(event_id="e1", doc_ids="a;b"), dict(event_id="e2", doc_ids="b;c;d;e")])
    assert classroom.pick_pair(Corpus(documents=docs, events=events)) == ("b", "c")
    juris = frame("jurisdictions", [dict(jurisdiction_id="us", kind="country", doc_ids="a;b;c;d"),
                                    dict(jurisdiction_id="x", kind="city", doc_ids="c;d"),
                                    dict(jurisdiction_id="y", kind="county", doc_ids="a;c;d")])
    assert classroom.pick_pair(Corpus(documents=docs, jurisdictions=juris)) == ("c", "d")
    assert classroom.pick_pair(Corpus(documents=docs)) == ("a", "b")
    assert classroom.pick_pair(Corpus(documents=frame("documents", [dict(doc_id="z")]))) == ("z", None)
    assert classroom.pick_pair(Corpus()) == (None, None)


# --------------------------------------------------------------------------- nbval
@pytest.mark.slow
def test_teacher_and_student_notebooks_pass_nbval(tmp_path):
    """Both versions run top to bottom (nbval, lax) on the fixture corpus."""
    _fixture_corpus().save(tmp_path / "data", formats=("parquet",))  # "../../data" seen from nb/<set>/
    work = tmp_path / "nb"
    (work / "teacher").mkdir(parents=True)
    for p in TEACHER:
        shutil.copy(p, work / "teacher" / p.name)
    classroom.make_student_copies(work / "teacher", work / "student")  # data_dir stays "../../data"
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
               MPLBACKEND="Agg", LOCAL_POWER_TOKEN_CACHE=str(tmp_path / "token-cache"))
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "--nbval-lax", "--nbval-current-env", "-q", "-p", "no:cacheprovider",
         "--rootdir", str(work), "teacher", "student"],
        cwd=work, env=env, capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
    assert " passed" in proc.stdout and "failed" not in proc.stdout
