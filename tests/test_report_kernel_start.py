"""A kernel that dies while starting (two kernels racing for one port) is started again;
any other failure is reported at once."""
import shutil

import nbformat
import papermill
import pytest
from nbformat.v4 import new_code_cell, new_notebook

from analysis import report


@pytest.fixture
def task(tmp_path, monkeypatch):
    # execute() sets these for the kernels it starts; keep this process's environment as it was
    monkeypatch.setenv("MPLBACKEND", "Agg")
    monkeypatch.setenv("PYTHONHASHSEED", "0")
    nb = new_notebook(cells=[new_code_cell("x = 1", metadata={"tags": ["parameters"]})],
                      metadata={"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}})
    src = tmp_path / "01_x.ipynb"
    nbformat.write(nb, str(src))
    out = tmp_path / "out"
    out.mkdir()
    return report.Task(name="01_x", source=str(src), workdir=str(out), parameters={})


def _fake(failures):
    calls = []

    def execute_notebook(source, output, **kw):
        calls.append(output)
        if len(calls) <= len(failures):
            raise RuntimeError(failures[len(calls) - 1])
        shutil.copy(source, output)
    return execute_notebook, calls


@pytest.mark.parametrize("message", ["Kernel died before replying to kernel_info",
                                     "Kernel didn't respond in 60 seconds"])
def test_a_kernel_that_dies_while_starting_is_started_again(task, monkeypatch, message):
    fake, calls = _fake([message])
    monkeypatch.setattr(papermill, "execute_notebook", fake)
    monkeypatch.setattr(report.time, "sleep", lambda s: None)
    r = report.execute(task)
    assert r.ok and len(calls) == 2


def test_other_failures_are_not_retried(task, monkeypatch):
    fake, calls = _fake(["No such kernel named python9"])
    monkeypatch.setattr(papermill, "execute_notebook", fake)
    r = report.execute(task)
    assert not r.ok and len(calls) == 1 and "python9" in r.error


def test_a_kernel_that_never_starts_fails_after_the_retries(task, monkeypatch):
    fake, calls = _fake(["Kernel didn't respond in 60 seconds"] * 5)
    monkeypatch.setattr(papermill, "execute_notebook", fake)
    monkeypatch.setattr(report.time, "sleep", lambda s: None)
    r = report.execute(task)
    assert not r.ok and len(calls) == 1 + report.KERNEL_START_RETRIES
