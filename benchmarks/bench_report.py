"""Report regeneration time against its floor (``make bench-report``).

The floor is executing the same number of one-cell notebooks *the same way*
(same worker pool, papermill, kernel, HTML conversion, index and swap), so the
ratio shows what the notebooks themselves and the build add. Four report
runs are timed: cold (empty data folder, so no extraction or chart cache),
warm (a regeneration with unchanged articles, as from cron: unchanged charts
are copied from the chart cache, see ``analysis/chart_cache.py``), warm with
every chart drawn again (the chart cache off: what a regeneration costs when
every chart changed) and with the tables prebuilt (``--no-build``: the
notebooks alone). These and the floor are repeated ``--repeat`` times,
interleaved (so a busy machine slows both sides alike), and the medians are
compared. Report kernels are forked from a server that has imported ipykernel
and pandas (``analysis/kernel_fork.py``); the floor is timed that way and two
leaner ways, kernels forked from a server importing only ipykernel and fresh
kernel processes, and the target is checked against the fastest of the three.
Target: warm <= 1.5x; the other ratios are printed beside it.
Writes the numbers to ``benchmarks/results/bench_report.json``.

    python -m benchmarks.bench_report [--seeds seeds] [--jobs 2] [--repeat 5] [--out FILE]
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from analysis import chart_cache, config, kernel_fork, report
from analysis.kernel_fork_server import PRELOAD_ENV

TARGET = 1.5
RESULTS = Path(__file__).resolve().parent / "results" / "bench_report.json"


def one_cell_notebooks(folder: Path, n: int) -> None:
    """``n`` notebooks with a parameters cell and one trivial cell."""
    # imported here, not at the top: the report's worker processes import this module (it is their
    # __main__), and nbformat at the top would make each of them load jsonschema's slow format checkers
    # (see report.hide_slow_iri_checker), a cost the CLI's workers do not have
    import nbformat
    from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        nb = new_notebook(cells=[
            new_markdown_cell(f"# {i:02d} floor"),
            new_code_cell('data_dir = "../data"\nfigures_dir = "../figures"', metadata={"tags": ["parameters"]}),
            new_code_cell("print(1)"),
        ], metadata={"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}})
        for k, c in enumerate(nb.cells):
            c["id"] = f"c{k}"
        nbformat.write(nb, str(folder / f"{i:02d}_floor.ipynb"))


#: the floor's variants: kernels started as the report starts them, forked from a server that imports
#: only ipykernel (the floor's notebooks need no pandas), and started as fresh processes
FLOORS = {"floor": {}, "floor_lean": {PRELOAD_ENV: ""}, "floor_fresh": {kernel_fork.ENV: "0"}}


def timed(draw_all: bool = False, env: dict | None = None, **kw) -> tuple[float, dict]:
    """One report run; ``draw_all``: with the chart cache off (every chart drawn); ``env``: set during the run."""
    env = {**(env or {}), **({chart_cache.CACHE_ENV: ""} if draw_all else {})}
    saved = {k: os.environ.get(k) for k in env}
    os.environ.update(env)  # the report's worker processes are spawned in the run and inherit it
    t0 = time.perf_counter()
    try:
        code = report.run_report(progress=None, **kw)
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    seconds = time.perf_counter() - t0
    if code != 0:
        raise SystemExit(f"report run failed with exit code {code}")
    manifest = json.loads((Path(kw["out_dir"]) / "manifest.json").read_text())
    return seconds, manifest


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seeds", default=str(config.SEEDS_DIR))
    ap.add_argument("--notebooks", default=str(config.NOTEBOOKS_DIR))
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=5, help="warm, prebuilt and floor runs (median taken)")
    ap.add_argument("--out", type=Path, default=RESULTS, help="JSON results file")
    args = ap.parse_args(argv)
    report.hide_slow_iri_checker()  # as the CLI does
    with tempfile.TemporaryDirectory(prefix="bench-report-") as tmp:
        base = Path(tmp)
        common = dict(data_dir=base / "data", figures_dir=False, jobs=args.jobs, timeout=600)
        cold, manifest = timed(seeds_dir=args.seeds, out_dir=base / "reports", notebooks_dir=args.notebooks, **common)
        build_cold = manifest["seconds"]["build"]
        n = len(manifest["notebooks"])
        one_cell_notebooks(base / "floor_nbs", n)
        runs = {"warm": [], "warm_draw_all": [], "no_build": [], **{k: [] for k in FLOORS}}
        for _ in range(max(1, args.repeat)):
            runs["warm"].append(timed(seeds_dir=args.seeds, out_dir=base / "reports",
                                      notebooks_dir=args.notebooks, **common)[0])
            runs["warm_draw_all"].append(timed(draw_all=True, seeds_dir=args.seeds, out_dir=base / "reports",
                                               notebooks_dir=args.notebooks, **common)[0])
            for name, env in FLOORS.items():
                runs[name].append(timed(env=env, seeds_dir=args.seeds, out_dir=base / "floor",
                                        notebooks_dir=base / "floor_nbs", build=False, **common)[0])
            seconds, manifest = timed(seeds_dir=args.seeds, out_dir=base / "reports", notebooks_dir=args.notebooks,
                                      build=False, **common)
            runs["no_build"].append(seconds)
        warm, draw_all, no_build, floor = (statistics.median(runs[k])
                                           for k in ("warm", "warm_draw_all", "no_build", "floor"))
        floors = {k: statistics.median(runs[k]) for k in FLOORS}
        shutil.rmtree(base / "reports", ignore_errors=True)
    print(f"notebooks executed:        {n} (jobs={args.jobs}; medians of {len(runs['warm'])} run(s))")
    print(f"report, cold (no cache):   {cold:6.1f} s   (build {build_cold:.1f} s)")
    print(f"report, warm (regenerate): {warm:6.1f} s")
    print(f"warm, every chart drawn:   {draw_all:6.1f} s   (ratio {draw_all / floor:.2f}x: chart cache off)")
    print(f"report, tables prebuilt:   {no_build:6.1f} s   (ratio {no_build / floor:.2f}x: the notebooks' own cost)")
    print(f"floor ({n} one-cell nbs):  {floor:6.1f} s")
    print(f"  lean floor:              {floors['floor_lean']:6.1f} s   (kernels forked from a server importing "
          f"only ipykernel)")
    print(f"  fresh-kernel floor:      {floors['floor_fresh']:6.1f} s   (every kernel a new process, "
          f"{kernel_fork.ENV}=0)")
    ratios = {k: warm / v for k, v in floors.items()}
    # the target is checked against the fastest floor: a slower floor (one that preloads what its
    # notebooks never use) would flatter the ratio
    ratio = max(ratios.values())
    print(f"ratio warm/floor:          {ratios['floor']:6.2f}x   (cold/floor {cold / floor:.2f}x)")
    print(f"ratio warm/fastest floor:  {ratio:6.2f}x   (target <= {TARGET}x; lean {ratios['floor_lean']:.2f}x, "
          f"fresh {ratios['floor_fresh']:.2f}x)")
    print(f"excess warm - floor:       {warm - floor:6.1f} s   (what the build and the notebooks' own work add)")
    for nb in manifest["notebooks"]:
        print(f"  {nb['name']:<40} {nb['seconds']:5.1f} s")
    res = {"cpus": os.cpu_count(), "python": platform.python_version(), "jobs": args.jobs, "repeat": args.repeat,
           "statistic": "median", "runs": {k: [round(x, 2) for x in v] for k, v in runs.items()},
           "ratio_per_run": [round(w / min(runs[k][i] for k in FLOORS), 3) for i, w in enumerate(runs["warm"])],
           "notebooks": n, "seconds": {"cold": round(cold, 2), "warm": round(warm, 2), "no_build": round(no_build, 2),
                                       "floor": round(floor, 2), "build_cold": build_cold,
                                       "warm_draw_all": round(draw_all, 2),
                                       "excess_warm_minus_floor": round(warm - floor, 2)},
           "floors": {k: round(v, 2) for k, v in floors.items()},
           "ratio_fastest_floor": round(ratio, 3),
           "ratio_per_floor": {k: round(v, 3) for k, v in ratios.items()},
           "ratio": {"warm_floor": round(warm / floor, 3), "cold_floor": round(cold / floor, 3),
                     "no_build_floor": round(no_build / floor, 3),
                     "warm_draw_all_floor": round(draw_all / floor, 3)},
           "target": TARGET, "met": ratio <= TARGET,
           "per_notebook_seconds": {nb["name"]: nb["seconds"] for nb in manifest["notebooks"]}}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(res, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(f"results written to {args.out}")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
