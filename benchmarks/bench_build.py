"""Build benchmarks (``make bench``): throughput against spaCy alone, scaling,
peak memory, cache-hit rebuild and import time, measured in one run. Prints
each number against its target and writes benchmarks/results/bench.json.

    python -m benchmarks.bench_build [--words 1000000] [--small 100000] [--jobs 2] [--quick]

The corpora are synthetic (benchmarks/synth.py: fixture sentences recombined,
500 words per article). ``--quick`` uses 300k words instead of 1M for the
large corpus (about a third of the time); the scaling ratio is then
100k -> 300k.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.synth import make_corpus

RESULTS = Path(__file__).resolve().parent / "results" / "bench.json"
WORDS_PER_DOC = 500
FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "articles"


def peak_rss_mb() -> dict:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"peak_rss_mb_main": round(own, 1), "peak_rss_mb_largest_worker": round(children, 1)}


def timed(fn):
    t0 = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - t0


def sentence_texts(folder: Path) -> list[str]:
    from analysis.corpus import read_corpus
    from analysis.pipeline import prepare

    return [s.text for r in read_corpus(folder) for s in prepare(r).parsed.sentences]


def spacy_alone(texts: list[str], n_process: int) -> float:
    """Seconds for the bare spaCy pipeline (no domain rules, no extraction) over the same
    sentences, with as many processes as the build uses (model loading included, as in the build)."""
    import spacy

    from analysis import config

    t0 = time.perf_counter()
    nlp = spacy.load(config.SPACY_MODEL)
    for _ in nlp.pipe(texts, batch_size=256, n_process=n_process):
        pass
    return time.perf_counter() - t0


def import_time(runs: int = 5) -> float:
    """Best of ``runs`` fresh interpreters: seconds spent in ``import analysis``."""
    code = "import time; t=time.perf_counter(); import analysis; print(time.perf_counter()-t)"
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    return min(float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                    env=env, check=True).stdout) for _ in range(runs))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--words", type=int, default=1_000_000, help="large corpus size in words")
    ap.add_argument("--small", type=int, default=100_000, help="small corpus size in words")
    ap.add_argument("--jobs", type=int, default=2, help="worker processes for the builds (default 2)")
    ap.add_argument("--quick", action="store_true", help="large corpus of 300k words instead of 1M")
    ap.add_argument("--out", type=Path, default=RESULTS, help="JSON results file")
    args = ap.parse_args(argv)
    if args.quick:
        args.words = min(args.words, 300_000)
    import analysis

    started = time.perf_counter()
    res: dict = {"jobs": args.jobs, "quick": args.quick, "cpus": os.cpu_count(),
                 "python": platform.python_version(), "words_per_doc": WORDS_PER_DOC}
    res["import_seconds"] = import_time()
    print(f"import analysis: {res['import_seconds']:.4f} s", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        small, large = tmp / "small", tmp / "large"
        w_small = make_corpus(small, max(1, args.small // WORDS_PER_DOC), WORDS_PER_DOC)
        w_large = make_corpus(large, max(1, args.words // WORDS_PER_DOC), WORDS_PER_DOC, seed=11)
        n_large = len(list(large.glob("*.txt")))
        print(f"synthetic corpora: {w_small:,} and {w_large:,} words ({n_large:,} documents)", flush=True)

        analysis.build(FIXTURES)  # warm-up in this process: model load, rule tables
        texts = sentence_texts(small)
        t_spacy = spacy_alone(texts, args.jobs)
        print(f"spaCy alone, {w_small:,} words, {args.jobs} process(es): {t_spacy:.1f} s", flush=True)
        # one core each: spaCy alone vs the build in this process (spaCy's own n_process
        # pickles every Doc back to the parent, which flatters the build above)
        t_spacy1 = spacy_alone(texts, 1)
        _, t_small1 = timed(lambda: analysis.build(small, jobs=1))
        print(f"one process: spaCy alone {t_spacy1:.1f} s, build {t_small1:.1f} s", flush=True)
        res.update(spacy_alone_seconds_small_1proc=round(t_spacy1, 2), seconds_small_1proc=round(t_small1, 2),
                   throughput_ratio_vs_spacy_1proc=round(t_spacy1 / t_small1, 3))
        _, t_small = timed(lambda: analysis.build(small, jobs=args.jobs, cache_dir=tmp / "cache-small"))
        print(f"build {w_small:,} words: {t_small:.1f} s", flush=True)
        _, t_large = timed(lambda: analysis.build(large, jobs=args.jobs, cache_dir=tmp / "cache-large"))
        print(f"build {w_large:,} words: {t_large:.1f} s", flush=True)
        res.update(words_small=w_small, words_large=w_large, docs_large=n_large,
                   seconds_small=round(t_small, 2), seconds_large=round(t_large, 2),
                   spacy_alone_seconds_small=round(t_spacy, 2),
                   build_words_per_s_small=round(w_small / t_small), build_words_per_s_large=round(w_large / t_large),
                   spacy_alone_words_per_s=round(w_small / t_spacy))
        res["throughput_ratio_vs_spacy"] = round(t_spacy / t_small, 3)
        res["scaling_ratio"] = round(t_large / (t_small * w_large / w_small), 3)

        # cache hit: every document of the large corpus is unchanged
        _, t_hit = timed(lambda: analysis.build(large, cache_dir=tmp / "cache-large"))
        print(f"cache-hit rebuild, {n_large:,} documents: {t_hit:.1f} s", flush=True)
        # one changed document among them
        first = sorted(large.glob("*.txt"))[0]
        first.write_text(first.read_text(encoding="utf-8") + "\nThe council met again on Friday.\n",
                         encoding="utf-8")
        _, t_one = timed(lambda: analysis.build(large, cache_dir=tmp / "cache-large"))
        print(f"rebuild with 1 changed document of {n_large:,}: {t_one:.1f} s", flush=True)
        res.update(cache_docs=n_large, cache_hit_rebuild_seconds=round(t_hit, 2),
                   one_changed_rebuild_seconds=round(t_one, 2))
        shutil.rmtree(tmp, ignore_errors=True)
    res.update(peak_rss_mb())
    res["total_seconds"] = round(time.perf_counter() - started, 1)

    scale_label = f"time({w_large // 1000}k)/linear({w_small // 1000}k)"
    rows = [
        ("throughput vs spaCy alone", res["throughput_ratio_vs_spacy"], "≥ 0.70", res["throughput_ratio_vs_spacy"] >= 0.7),
        ("  same, one process each", res["throughput_ratio_vs_spacy_1proc"], "≥ 0.70",
         res["throughput_ratio_vs_spacy_1proc"] >= 0.7),
        (scale_label, res["scaling_ratio"], "≤ 1.15", res["scaling_ratio"] <= 1.15),
        (f"cache-hit rebuild, {n_large} docs (s)", res["cache_hit_rebuild_seconds"], "≤ 1.0", t_hit <= 1.0),
        ("import analysis (s)", res["import_seconds"], "≤ 0.30", res["import_seconds"] <= 0.3),
        ("peak memory, main process (MB)", res["peak_rss_mb_main"], "-", None),
        ("peak memory, largest worker (MB)", res["peak_rss_mb_largest_worker"], "-", None),
        ("build words/s (large)", res["build_words_per_s_large"], "-", None),
    ]
    print(f"\n{'measure':<36}{'value':>12}  target   ok")
    for name, value, target, ok in rows:
        print(f"{name:<36}{value:>12.3f}  {target:<8} {'' if ok is None else 'yes' if ok else 'NO'}")
    res["targets_met"] = {name: ok for name, _, _, ok in rows if ok is not None}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(res, indent=2, sort_keys=True, ensure_ascii=False) + "\n")
    print(f"\nwritten {args.out} ({res['total_seconds']:.0f} s in all)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
