"""The ``local-power`` command (also ``python -m analysis``).

Every command prints a readable line and exits non-zero on failure, never a
traceback (``--debug`` shows one).
"""
from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from . import __version__, config

EPILOG = """examples:
  local-power build seeds --out data        build every table from the articles in seeds/
  local-power report --seeds seeds --out reports
  local-power profile "New York City"       what the corpus says one place did
  local-power classroom --out handout       student copies of the classroom notebooks
"""


def _progress(msg: str) -> None:
    print(f"[local-power] {msg}", file=sys.stderr, flush=True)


def cmd_build(args) -> int:
    from .pipeline import build

    cache = None if args.no_cache else (args.cache or str(Path(args.out) / ".cache"))
    corpus = build(args.seeds, max_bytes=args.max_bytes, extract=not args.no_extract,
                   jobs=args.jobs, engine=args.engine, scheduler=args.scheduler, cache_dir=cache,
                   progress=None if args.quiet else _progress)
    corpus.save(args.out)
    for w in corpus.warnings:
        print(f"warning: {w}", file=sys.stderr)
    if not args.quiet:
        _progress(f"wrote {len(corpus.tables())} tables to {args.out}/ "
                  f"({len(corpus.documents)} documents, {len(corpus.sentences)} sentences)")
    return 0


def cmd_profile(args) -> int:
    from .profile import profile_text
    from .tables import Corpus

    corpus = Corpus.load(args.data)
    print(profile_text(corpus, args.jurisdiction))
    return 0


def cmd_report(args) -> int:
    from . import report

    return report.main(args)


def cmd_classroom(args) -> int:
    from . import classroom

    return classroom.main(args)


def make_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="local-power", formatter_class=argparse.RawDescriptionHelpFormatter, epilog=EPILOG,
        description="Turn news articles about local cooperation with (or resistance to) federal "
                    "immigration enforcement into tidy tables, notebooks and a report.")
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    p.add_argument("--debug", action="store_true", help="show tracebacks and debug logging")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    b = sub.add_parser("build", help="read, clean and extract articles into tables",
                       description="Read every .txt/.md article in SEEDS (plus an optional "
                                   "metadata.csv), clean and segment them, extract people, places, "
                                   "quotes and actions, and save Parquet + CSV + DuckDB to --out.")
    b.add_argument("seeds", nargs="?", default=str(config.SEEDS_DIR), help="folder of articles (default: seeds/)")
    b.add_argument("--out", default=str(config.DATA_DIR), help="output folder (default: data/)")
    b.add_argument("--max-bytes", type=int, default=config.MAX_FILE_BYTES,
                   help="skip files larger than this many bytes (default: 20 MB)")
    b.add_argument("--jobs", type=int, default=1,
                   help="worker processes for extraction (default: 1; tables are identical)")
    b.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="run per-document extraction here (local) or on a Dask cluster")
    b.add_argument("--scheduler", default=None,
                   help="with --engine dask: scheduler address (default: start a LocalCluster)")
    b.add_argument("--cache", default=None,
                   help="per-document cache folder (default: OUT/.cache); unchanged articles are not re-processed")
    b.add_argument("--no-cache", action="store_true", help="re-process every article")
    b.add_argument("--no-extract", action="store_true", help="only read, clean and segment")
    b.add_argument("-q", "--quiet", action="store_true", help="no progress lines")
    b.set_defaults(func=cmd_build)

    r = sub.add_parser("report", help="build the tables and run every notebook into an HTML report",
                       description="Build the tables, execute the notebooks with papermill and "
                                   "write HTML pages, figures, index.html and manifest.json.")
    try:
        from . import report as report_mod

        report_mod.add_arguments(r)
    except ImportError:  # pragma: no cover
        pass
    r.set_defaults(func=cmd_report)

    pr = sub.add_parser("profile", help="print what the corpus says about one jurisdiction",
                        description="Print one jurisdiction's stance and actions from a saved build.")
    pr.add_argument("jurisdiction", help="a name (\"Chicago\") or an id (\"us-il-chicago\")")
    pr.add_argument("--data", default=str(config.DATA_DIR), help="saved build (default: data/)")
    pr.set_defaults(func=cmd_profile)

    c = sub.add_parser("classroom", help="write student copies of the classroom notebooks",
                       description="Copy notebooks/classroom/ to --out with solution cells "
                                   "removed and outputs cleared.")
    try:
        from . import classroom as classroom_mod

        classroom_mod.add_arguments(c)
    except ImportError:  # pragma: no cover
        c.add_argument("--out", required=True)
    c.set_defaults(func=cmd_classroom)
    return p


def main(argv=None) -> int:
    parser = make_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.debug else logging.ERROR,
                        format="%(levelname)s %(message)s")
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print("local-power: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # one readable line, never a traceback
        if args.debug:
            raise
        name = type(exc).__name__
        text = str(exc.args[0]) if isinstance(exc, KeyError) and exc.args else str(exc)
        msg = text.strip().splitlines()[0] if text.strip() else name
        prefix = "" if name in ("NoArticlesError", "FileNotFoundError", "KeyError", "RuntimeError") else f"{name}: "
        print(f"local-power: error: {prefix}{msg}", file=sys.stderr)
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
