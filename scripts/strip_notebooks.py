#!/usr/bin/env python
"""Strip committed notebooks to what belongs in git.

Keeps the outputs of cells marked ``# NBVAL_CHECK_OUTPUT`` (nbval compares
them, ``--nbval-lax``), clears every other output and execution count (checked cells are numbered
as a top-to-bottom run would number them: nbval rejects outputs of cells that look unrun), drops
papermill's injected-parameters cells and volatile metadata (papermill
timings and paths, execution timestamps, collapsed/scrolled), normalises the
kernelspec to ``python3`` and gives cells without an id a stable one.

    python scripts/strip_notebooks.py notebooks            # rewrite in place
    python scripts/strip_notebooks.py --check notebooks    # exit 1 if anything would change
    python scripts/strip_notebooks.py --execute notebooks  # re-run first (data_dir=../data by default),
                                                           # refreshing the NBVAL_CHECK_OUTPUT outputs
"""
from __future__ import annotations

import argparse
import copy
import sys
from pathlib import Path

import nbformat

MARK = "# NBVAL_CHECK_OUTPUT"
KERNELSPEC = {"display_name": "Python 3", "language": "python", "name": "python3"}
NB_DROP = ("papermill", "widgets", "local_power", "toc", "varInspector")
CELL_DROP = ("papermill", "execution", "collapsed", "scrolled", "ExecuteTime", "jupyter")
OUTPUT_META_DROP = ("execution",)


def is_checked(cell) -> bool:
    return cell.cell_type == "code" and MARK in cell.source


def strip(nb):
    """A stripped copy of a notebook node (the input is not changed)."""
    nb = copy.deepcopy(nb)
    nb.cells = [c for c in nb.cells if "injected-parameters" not in c.get("metadata", {}).get("tags", [])]
    for k in NB_DROP:
        nb.metadata.pop(k, None)
    nb.metadata["kernelspec"] = dict(KERNELSPEC)
    nb.metadata["language_info"] = {"name": "python"}
    seen = set()
    n_code = 0
    for i, cell in enumerate(nb.cells):
        for k in CELL_DROP:
            cell.metadata.pop(k, None)
        if "tags" in cell.metadata and not cell.metadata["tags"]:
            del cell.metadata["tags"]  # papermill adds empty tag lists
        if not cell.get("id") or cell["id"] in seen:
            cell["id"] = f"cell-{i:03d}"
        seen.add(cell["id"])
        if cell.cell_type != "code":
            cell.pop("outputs", None)
            cell.pop("execution_count", None)
            continue
        n_code += 1
        cell.execution_count = None
        if not is_checked(cell) or not cell.outputs:
            cell.outputs = []
            continue
        # nbval refuses outputs of a cell that looks unrun: number it as a top-to-bottom run would
        cell.execution_count = n_code
        for out in cell.outputs:
            if "execution_count" in out:
                out["execution_count"] = n_code
            for k in OUTPUT_META_DROP:
                out.get("metadata", {}).pop(k, None)
    return nb


def execute(path: Path, data_dir=None, figures_dir=None, timeout: int = 600):
    """Run a notebook with papermill in its own folder and return the executed node."""
    import tempfile

    import papermill

    params = {}
    declared = papermill.inspect_notebook(str(path))
    if data_dir and "data_dir" in declared:
        params["data_dir"] = str(Path(data_dir).resolve())
    if figures_dir and "figures_dir" in declared:
        params["figures_dir"] = str(Path(figures_dir).resolve())
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / path.name
        papermill.execute_notebook(str(path), str(out), parameters=params, kernel_name="python3",
                                   execution_timeout=timeout, cwd=str(path.parent), progress_bar=False,
                                   extra_arguments=["--IPKernelApp.log_level=CRITICAL"])
        return nbformat.read(str(out), as_version=4)


def notebooks(paths) -> list[Path]:
    found = []
    for p in map(Path, paths):
        if p.is_dir():
            found += [q for q in sorted(p.rglob("*.ipynb")) if ".ipynb_checkpoints" not in q.parts]
        elif p.suffix == ".ipynb":
            found.append(p)
    return found


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="+", help="notebooks or folders of notebooks")
    ap.add_argument("--check", action="store_true", help="change nothing; exit 1 if a notebook is not stripped")
    ap.add_argument("--execute", action="store_true", help="execute each notebook first to refresh checked outputs")
    ap.add_argument("--data", default=None, help="with --execute: data_dir to pass (default: the notebook's own)")
    ap.add_argument("--figures", default=None, help="with --execute: figures_dir to pass (default: the notebook's own)")
    args = ap.parse_args(argv)
    dirty = 0
    for path in notebooks(args.paths):
        before = path.read_text(encoding="utf-8")
        source = (execute(path, args.data, args.figures) if args.execute
                  else nbformat.reads(before, as_version=4))
        after = nbformat.writes(strip(source)) + "\n"
        if after != before:
            dirty += 1
            if args.check:
                print(f"not stripped: {path}", file=sys.stderr)
            else:
                path.write_text(after, encoding="utf-8")
                print(f"stripped: {path}", file=sys.stderr)
    return 1 if (args.check and dirty) else 0


if __name__ == "__main__":
    sys.exit(main())
