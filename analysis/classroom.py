"""Classroom notebooks: student copies without the answers, and helpers the exercises use.

``notebooks/classroom/*.ipynb`` are the teacher's notebooks: exercises with
"Your turn" cells and answer cells tagged ``solution`` (the teacher guide is
``docs/classroom.md``, summarised in ``notebooks/classroom/README.md``). :func:`make_student_copies` writes the
hand-out versions: every cell tagged ``solution`` removed, every output and
execution count cleared, volatile metadata dropped.

CLI: ``local-power classroom --out handout [--src DIR] [--data-dir PATH]``.
"""
from __future__ import annotations

import copy
import itertools
import os
import sys
from pathlib import Path
from typing import Any, Optional

from . import config

SOURCE_DIR = config.NOTEBOOKS_DIR / "classroom"
SOLUTION_TAGS = frozenset({"solution", "solutions", "answer"})
_NB_META_DROP = ("widgets", "papermill", "toc", "varInspector", "local_power")
_CELL_META_DROP = ("execution", "papermill", "collapsed", "scrolled", "ExecuteTime")


def is_solution(cell) -> bool:
    """Is this cell an answer (tagged ``solution``)?"""
    return bool(SOLUTION_TAGS & set(cell.get("metadata", {}).get("tags", []) or []))


def student_notebook(nb, data_dir: Optional[str] = None):
    """A copy of notebook node ``nb`` ready to hand out (the input is not changed).

    Drops solution cells and papermill's injected-parameters cells, clears
    outputs and execution counts, and, if ``data_dir`` is given, sets
    ``data_dir = "<data_dir>"`` in the ``parameters`` cell.
    """
    nb = copy.deepcopy(nb)
    nb.cells = [c for c in nb.cells if not is_solution(c)
                and "injected-parameters" not in c.get("metadata", {}).get("tags", [])]
    for k in _NB_META_DROP:
        nb.metadata.pop(k, None)
    for cell in nb.cells:
        for k in _CELL_META_DROP:
            cell.metadata.pop(k, None)
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
            if data_dir is not None and "parameters" in cell.metadata.get("tags", []):
                cell.source = _set_parameter(cell.source, "data_dir", data_dir)
    return nb


def parameter_value(nb, name: str = "data_dir") -> Optional[str]:
    """The string literal assigned to ``name`` in the notebook's ``parameters`` cell, if any."""
    import ast

    for cell in nb.cells:
        if cell.cell_type != "code" or "parameters" not in (cell.metadata.get("tags") or []):
            continue
        try:
            tree = ast.parse(cell.source)
        except SyntaxError:
            return None
        for node in tree.body:
            if (isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)
                    and node.targets[0].id == name and isinstance(node.value, ast.Constant)
                    and isinstance(node.value.value, str)):
                return node.value.value
    return None


def rebased_data_dir(nb, src_dir, out_dir) -> Optional[str]:
    """The notebook's relative ``data_dir`` re-expressed from ``out_dir`` (None: leave it).

    Absolute paths and notebooks without a string ``data_dir`` are left alone.
    """
    value = parameter_value(nb, "data_dir")
    if not value or os.path.isabs(value):
        return None
    target = (Path(src_dir).resolve() / value).resolve()
    rel = os.path.relpath(target, Path(out_dir).resolve())
    rel = Path(rel).as_posix()
    return None if rel == value else rel


def _set_parameter(source: str, name: str, value: str) -> str:
    lines = source.splitlines()
    for i, line in enumerate(lines):
        if line.split("=", 1)[0].strip() == name and "=" in line:
            lines[i] = f"{name} = {value!r}"
            return "\n".join(lines)
    return source + f"\n{name} = {value!r}"


def make_student_copies(src_dir=SOURCE_DIR, out_dir="handout", *, data_dir: Optional[str] = None) -> list[Path]:
    """Write a student copy of every ``*.ipynb`` in ``src_dir`` to ``out_dir``; return the paths.

    ``out_dir`` must differ from ``src_dir`` (the teacher's notebooks are never
    overwritten). Without ``data_dir``, a relative ``data_dir`` of the
    parameters cell is rewritten to point from ``out_dir`` at the same folder
    (``"../../data"`` in ``notebooks/classroom/`` becomes ``"../data"`` in
    ``handout/``), so the copies run where they are written. Each file is
    written to a temporary name and renamed, so an interrupted run leaves no
    half-written notebook.
    """
    import nbformat

    src, out = Path(src_dir), Path(out_dir)
    notebooks = sorted(src.glob("*.ipynb"))
    if not notebooks:
        raise FileNotFoundError(f"no notebooks (*.ipynb) in {src}")
    if out.resolve() == src.resolve():
        raise ValueError(f"--out must differ from the source folder {src} (it holds the answers)")
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for path in notebooks:
        nb = nbformat.read(path, as_version=4)
        where = data_dir if data_dir is not None else rebased_data_dir(nb, src, out)
        student = student_notebook(nb, data_dir=where)
        nbformat.validate(student)
        target = out / path.name
        tmp = out / f".{path.name}.tmp-{os.getpid()}"
        nbformat.write(student, tmp)
        tmp.replace(target)
        written.append(target)
    return written


def add_arguments(parser) -> None:
    """Options of ``local-power classroom``."""
    parser.add_argument("--out", required=True, help="folder for the student copies (created if missing)")
    parser.add_argument("--src", default=str(SOURCE_DIR),
                        help="folder of teacher notebooks (default: notebooks/classroom/)")
    parser.add_argument("--data-dir", default=None,
                        help="set data_dir in each copy's parameters cell (e.g. an absolute path to the "
                             "built tables); default: the notebooks' own relative data_dir, re-pointed "
                             "from --out at the same folder")


def main(args) -> int:
    """Run ``local-power classroom``: write the copies and list them."""
    paths = make_student_copies(args.src, args.out, data_dir=args.data_dir)
    for p in paths:
        print(p)
    print(f"[local-power] wrote {len(paths)} student notebook(s) to {args.out} "
          "(answers removed, outputs cleared)", file=sys.stderr)
    return 0


# --------------------------------------------------------------- exercise helpers
def pick_pair(corpus: Any) -> tuple[Optional[str], Optional[str]]:
    """Two articles likely to report the same story, for "compare two framings".

    First choice: the event reported by most articles (``events.doc_ids``);
    else the pair of articles sharing the most cities and counties
    (``jurisdictions.doc_ids``); else the first two articles. Duplicates
    (``documents.duplicate_of`` set) are skipped. Deterministic.
    """
    from .language import inputs
    from .tables import split_list

    docs = inputs.table(corpus, "documents", ("doc_id", "duplicate_of"))
    keep = sorted(str(d) for d, dup in zip(docs["doc_id"], docs["duplicate_of"])
                  if not (isinstance(dup, str) and dup))
    if len(keep) < 2:
        return (keep[0] if keep else None), None
    ok = set(keep)
    ev = inputs.table(corpus, "events", ("event_id", "doc_ids"))
    best = None
    for eid, ids in sorted(zip(ev["event_id"].astype(str), ev["doc_ids"]), key=lambda t: t[0]):
        d = sorted(set(split_list(ids)) & ok)
        if len(d) >= 2 and (best is None or len(d) > len(best)):
            best = d
    if best:
        return best[0], best[1]
    jur = inputs.table(corpus, "jurisdictions", ("kind", "doc_ids"))
    shared: dict = {}
    for kind, ids in zip(jur["kind"], jur["doc_ids"]):
        if kind in ("city", "county"):
            for a, b in itertools.combinations(sorted(set(split_list(ids)) & ok), 2):
                shared[(a, b)] = shared.get((a, b), 0) + 1
    if shared:
        (a, b), _ = min(shared.items(), key=lambda kv: (-kv[1], kv[0]))
        return a, b
    return keep[0], keep[1]
