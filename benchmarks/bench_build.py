"""Build benchmarks (``make bench``): throughput against spaCy alone, scaling,
peak memory, cache-hit rebuild and import time. Prints ratios against targets
and writes benchmarks/results/bench_build.json.

    python -m benchmarks.bench_build [--words 1000000] [--small 100000] [--jobs 2]
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.synth import make_corpus

RESULTS = Path(__file__).resolve().parent / "results" / "bench_build.json"
WORDS_PER_DOC = 500


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(fn):
    t0 = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - t0


def spacy_alone(folder: Path) -> float:
    """Seconds for the bare spaCy pipeline over the same sentences (no rules, no extraction)."""
    import spacy

    from analysis import config
    from analysis.pipeline import prepare
    from analysis.corpus import read_corpus

    nlp = spacy.load(config.SPACY_MODEL)
    texts = [s.text for r in read_corpus(folder) for s in prepare(r).parsed.sentences]
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=256):
        pass
    return time.perf_counter() - t0


def import_time() -> float:
    code = "import time; t=time.perf_counter(); import analysis; print(time.perf_counter()-t)"
    runs = [float(subprocess.run([sys.executable, "-X", "importtime", "-c", code], capture_output=True,
                                 text=True).stdout) for _ in range(5)]
    return min(runs)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--words", type=int, default=1_000_000, help="large corpus size in words")
    ap.add_argument("--small", type=int, default=100_000, help="small corpus size in words")
    ap.add_argument("--cache-docs", type=int, default=2000, help="documents in the cache-hit rebuild")
    ap.add_argument("--jobs", type=int, default=1, help="worker processes for the builds")
    args = ap.parse_args(argv)
    import analysis

    res: dict = {"jobs": args.jobs}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        small, large = tmp / "small", tmp / "large"
        w_small = make_corpus(small, max(1, args.small // WORDS_PER_DOC), WORDS_PER_DOC)
        w_large = make_corpus(large, max(1, args.words // WORDS_PER_DOC), WORDS_PER_DOC, seed=11)
        print(f"synthetic corpora: {w_small:,} and {w_large:,} words", flush=True)

        analysis.build(small, jobs=args.jobs)  # warm-up: model load, caches
        _, t_small = timed(lambda: analysis.build(small, jobs=args.jobs))
        print(f"build {w_small:,} words: {t_small:.1f} s", flush=True)
        _, t_large = timed(lambda: analysis.build(large, jobs=args.jobs))
        print(f"build {w_large:,} words: {t_large:.1f} s", flush=True)
        t_spacy = spacy_alone(small)
        res.update(words_small=w_small, words_large=w_large, seconds_small=t_small, seconds_large=t_large,
                   build_words_per_s=w_large / t_large, spacy_alone_seconds_small=t_spacy,
                   spacy_alone_words_per_s=w_small / t_spacy)
        res["throughput_ratio_vs_spacy"] = (w_small / t_small) / (w_small / t_spacy)
        expected = t_small * w_large / w_small
        res["scaling_ratio"] = t_large / expected

        cache_dir, docs = tmp / "cache", tmp / "cachedocs"
        make_corpus(docs, args.cache_docs, 300, seed=5)
        analysis.build(docs, cache_dir=cache_dir, jobs=args.jobs)
        _, t_hit = timed(lambda: analysis.build(docs, cache_dir=cache_dir))
        res["cache_hit_rebuild_seconds"] = t_hit
        res["cache_docs"] = args.cache_docs
    res["peak_rss_mb"] = peak_rss_mb()
    res["import_seconds"] = import_time()

    rows = [
        ("throughput vs spaCy alone", res["throughput_ratio_vs_spacy"], "≥ 0.70", res["throughput_ratio_vs_spacy"] >= 0.7),
        ("time(1M)/linear(100k) scaling", res["scaling_ratio"], "≤ 1.15", res["scaling_ratio"] <= 1.15),
        (f"cache-hit rebuild, {args.cache_docs} docs (s)", t_hit, "≤ 1.0", t_hit <= 1.0),
        ("import analysis (s)", res["import_seconds"], "≤ 0.30", res["import_seconds"] <= 0.3),
        ("peak memory (MB)", res["peak_rss_mb"], "-", True),
        ("build words/s", res["build_words_per_s"], "-", True),
    ]
    print(f"\n{'measure':<36}{'value':>12}  target   ok")
    for name, value, target, ok in rows:
        print(f"{name:<36}{value:>12.3f}  {target:<8} {'yes' if ok else 'NO'}")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(res, indent=2, sort_keys=True) + "\n")
    print(f"\nwritten {RESULTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
