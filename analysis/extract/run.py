"""Run every extractor over parsed documents and assemble the corpus tables.

Each sentence is parsed once by spaCy (streamed with ``nlp.pipe``); the
extractors then share that parse, in the order of the pipeline contract:
mentions -> places -> people -> organizations -> quotes -> dates ->
instruments -> actions; corpus-level steps follow (actors merged across
documents, jurisdictions aggregated, stances derived, events linked).
"""
from __future__ import annotations

import time
from typing import Callable, Optional

import pandas as pd

from .. import nlp
from ..tables import frame
from . import actions, actors, dates, entities, events, instruments, organizations, places, quotes
from .base import ParsedDocument


def parse_documents(pdocs: list[ParsedDocument], n_process: int = 1,
                    progress: Optional[Callable[[str], None]] = None) -> None:
    """Attach a spaCy Doc to every sentence: one streamed pass over the corpus."""
    sents = [s for p in pdocs for s in p.sentences]
    t0 = last = time.perf_counter()
    for i, (s, doc) in enumerate(zip(sents, nlp.parse((s.text for s in sents), n_process=n_process)), 1):
        s.doc = doc
        now = time.perf_counter()
        if progress and now - last > 5:
            progress(f"parsed {i:,}/{len(sents):,} sentences ({i / (now - t0):,.0f}/s)")
            last = now


def extract_document(pdoc: ParsedDocument) -> dict[str, list[dict]]:
    """All mention-level rows of one parsed document."""
    m = entities.extract_mentions(pdoc)
    pl = places.extract_places(pdoc, m)
    pe = actors.extract_people(pdoc, m, pl)
    og = organizations.extract_orgs(pdoc, m, pl)
    qu = quotes.extract_quotes(pdoc, pe, og)
    da = dates.extract_dates(pdoc)
    ins = instruments.extract_instruments(pdoc, m, pl)
    ac = actions.extract_actions(pdoc, pe, og, pl, da, ins)
    return dict(mentions=m, place_mentions=pl, people_mentions=pe, org_mentions=og,
                quotes=qu, dates=da, instrument_mentions=ins, actions=ac)


def _numbered(df: pd.DataFrame, column: str, prefix: str) -> pd.DataFrame:
    df = df.copy()
    df.insert(0, column, [f"{prefix}{i:05d}" for i in range(1, len(df) + 1)])
    return df


def extract_corpus(pdocs: list[ParsedDocument], documents: pd.DataFrame, n_process: int = 1,
                   progress: Optional[Callable[[str], None]] = None) -> dict[str, pd.DataFrame]:
    parse_documents(pdocs, n_process=n_process, progress=progress)
    rows: dict[str, list[dict]] = {}
    for pdoc in pdocs:
        for name, part in extract_document(pdoc).items():
            rows.setdefault(name, []).extend(part)
    out: dict[str, pd.DataFrame] = {}
    for name in ("mentions", "place_mentions", "people_mentions", "org_mentions", "dates"):
        out[name] = frame(name, rows.get(name, []))
    out["quotes"] = _numbered(frame("quotes", rows.get("quotes", [])).drop(columns="quote_id"), "quote_id", "q")
    out["actions"] = _numbered(frame("actions", rows.get("actions", [])).drop(columns="action_id"), "action_id", "a")
    out["actors"] = frame("actors", actors.merge_actors(rows.get("people_mentions", [])))
    out["organizations"] = frame("organizations", organizations.aggregate(rows.get("org_mentions", [])))
    out["instruments"] = frame("instruments", instruments.aggregate(rows.get("instrument_mentions", [])))
    from .. import stances

    juris = frame("jurisdictions", places.aggregate(rows.get("place_mentions", [])))
    out["jurisdictions"] = frame("jurisdictions", stances.derive(juris, out["actions"]))
    out["events"] = frame("events", events.link_events(out["actions"], documents))
    if progress:
        progress("extracted: " + ", ".join(f"{len(out[k])} {k}" for k in
                                           ("actors", "organizations", "jurisdictions", "quotes", "actions")))
    return out
