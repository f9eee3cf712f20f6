"""Run every extractor over parsed documents and assemble the corpus tables.

Two levels:

* per document (:func:`extract_documents`): each sentence is parsed once by
  spaCy (streamed with ``nlp.pipe``) and the extractors share that parse, in
  the order of the pipeline contract: mentions -> places -> people ->
  organizations -> quotes -> dates -> instruments -> actions. Results are plain
  dict rows, so they can be cached, sent between processes or computed by Dask.
* corpus level (:func:`assemble`): actors merged across documents,
  organizations and jurisdictions aggregated, stances derived, events linked.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict

import time
from typing import Callable, Optional

import pandas as pd

from .. import nlp
from ..tables import frame
from .base import ParsedDocument

ROW_TABLES = ("mentions", "place_mentions", "people_mentions", "org_mentions", "quotes", "dates",
              "instrument_mentions", "actions")


def parse_documents(pdocs: list[ParsedDocument], n_process: int = 1,
                    progress: Optional[Callable[[str], None]] = None) -> None:
    """Attach a spaCy Doc to every sentence: one streamed pass over the documents."""
    sents = [s for p in pdocs for s in p.sentences]
    t0 = last = time.perf_counter()
    for i, (s, doc) in enumerate(zip(sents, nlp.parse((s.text for s in sents), n_process=n_process)), 1):
        s.doc = doc
        now = time.perf_counter()
        if progress and now - last > 5:
            progress(f"parsed {i:,}/{len(sents):,} sentences ({i / (now - t0):,.0f}/s)")
            last = now


def extract_document(pdoc: ParsedDocument) -> dict[str, list[dict]]:
    """All mention-level rows of one parsed document (sentences already parsed)."""
    from . import actions, actors, dates, entities, instruments, organizations, places, quotes

    m = entities.extract_mentions(pdoc)
    pl = places.extract_places(pdoc, m)
    pe = actors.extract_people(pdoc, m, pl)
    og = organizations.extract_orgs(pdoc, m, pl)
    qu = quotes.extract_quotes(pdoc, pe, og)
    bases: dict = {}
    da = dates.extract_dates(pdoc, bases)
    ins = instruments.extract_instruments(pdoc, m, pl)
    ac = actions.extract_actions(pdoc, pe, og, pl, da, ins, qu, mentions=m, bases=bases)
    return dict(mentions=m, place_mentions=pl, people_mentions=pe, org_mentions=og,
                quotes=qu, dates=da, instrument_mentions=ins, actions=ac)


def extract_documents(pdocs: list[ParsedDocument], n_process: int = 1,
                      progress: Optional[Callable[[str], None]] = None) -> list[dict[str, list[dict]]]:
    """Parse and extract a list of documents in this process; one result per document."""
    parse_documents(pdocs, n_process=n_process, progress=progress)
    out = []
    for pdoc in pdocs:
        out.append(extract_document(pdoc))
        for s in pdoc.sentences:   # the parse is not needed any more: free it
            s.doc = None
    return out


def _numbered(df: pd.DataFrame, column: str, prefix: str) -> pd.DataFrame:
    df = df.drop(columns=[column]) if column in df.columns else df.copy()
    df.insert(0, column, [f"{prefix}{i:05d}" for i in range(1, len(df) + 1)])
    return df


def assemble(per_doc: list[dict[str, list[dict]]], documents: pd.DataFrame,
             progress: Optional[Callable[[str], None]] = None) -> dict[str, pd.DataFrame]:
    """Corpus-level tables from per-document rows (in document order)."""
    from .. import stances
    from . import actors, events, instruments, organizations, places

    rows: dict[str, list[dict]] = {name: [] for name in ROW_TABLES}
    for result in per_doc:
        for name in ROW_TABLES:
            rows[name].extend(result.get(name, []))
    # an excerpt repeats its source's sentences: its actions and quotes are the source's, not new ones
    excerpts = set()
    if isinstance(documents, pd.DataFrame) and "duplicate_of" in documents.columns:
        excerpts = set(documents.loc[documents["duplicate_of"].notna(), "doc_id"])
    for name in ("actions", "quotes"):
        rows[name] = [r for r in rows[name] if r.get("doc_id") not in excerpts]
    out: dict[str, pd.DataFrame] = {}
    for name in ("mentions", "place_mentions", "people_mentions", "org_mentions", "dates"):
        out[name] = frame(name, rows[name])
    out["quotes"] = _numbered(frame("quotes", rows["quotes"]), "quote_id", "q")
    out["actions"] = _numbered(frame("actions", rows["actions"]), "action_id", "a")
    out["actors"] = frame("actors", actors.merge_actors(rows["people_mentions"]))
    _actor_places(out["actions"], out["actors"], _two_people(rows["people_mentions"]))
    out["organizations"] = frame("organizations", organizations.aggregate(rows["org_mentions"]))
    out["instruments"] = frame("instruments", instruments.aggregate(rows["instrument_mentions"]))
    juris = frame("jurisdictions", places.aggregate(rows["place_mentions"]))
    out["jurisdictions"] = frame("jurisdictions", stances.derive(juris, out["actions"]))
    out["events"] = frame("events", events.link_events(out["actions"], documents))
    if progress:
        progress("extracted: " + ", ".join(f"{len(out[k])} {k}" for k in
                                           ("actors", "organizations", "jurisdictions", "quotes", "actions")))
    return out


def _two_people(mentions: list[dict]) -> set[str]:
    """Names two people bear in the corpus: texts that give the name different offices in different states (a
    county supervisor in Virginia, a mayor in South Carolina). Not a name one office holds in two states' texts
    (an attorney general's portal told of in another state's news), nor an office left out or held formerly."""
    seen: dict[str, dict] = defaultdict(dict)
    for r in mentions:
        name, j = r.get("name"), r.get("jurisdiction")
        role = re.sub(r"^former\s+", "", (r.get("role") or "").strip().lower())
        if not name or not role or not isinstance(j, str) or j.count("-") < 1:
            continue
        seen[name].setdefault(r.get("doc_id"), Counter())[(role, j.split("-")[1])] += 1
    out = set()
    for name, docs in seen.items():
        told = {c.most_common(1)[0][0] for c in docs.values()}
        if any(r1 != r2 and s1 != s2 for r1, s1 in told for r2, s2 in told):
            out.add(name)
    return out


def _actor_places(actions: pd.DataFrame, people: pd.DataFrame, two_people: frozenset = frozenset()) -> None:
    """A named official acts for one place across the corpus: an action whose actor is a person
    of the actors table takes that person's jurisdiction (decided on all their mentions); not a name two
    people bear (``two_people``: each row keeps the place its own text gives)."""
    if actions.empty or people.empty or "jurisdiction" not in people.columns:
        return
    known = {n: j for n, j, lvl in zip(people["name"], people["jurisdiction"], people["level"])
             if isinstance(j, str) and j and lvl in ("state", "county", "city") and n not in two_people}
    jcol = actions.columns.get_loc("jurisdiction")
    for i, (actor, level, atype) in enumerate(zip(actions["actor"], actions["actor_level"], actions["action_type"])):
        j = known.get(actor)
        here = actions.iat[i, jcol]
        if isinstance(here, str) and isinstance(actor, str) \
                and here.endswith("-" + re.sub(r"[^a-z0-9]+", "-", actor.lower()).strip("-")):
            continue    # the actor is the place itself ("Neenah"), whatever a person's name NER found in it
        if atype == "praise_enforcement" and level == "state" and isinstance(here, str) and here.count("-") >= 2:
            continue    # a state official's praise of a county's or city's cooperation is placed at the partner
        if atype in ("condemn_federal_action", "court_action") and j and j.count("-") == 1 and isinstance(here, str) \
                and here.count("-") >= 2 and here.startswith(j + "-"):
            continue    # a state official's condemnation is placed where the act it condemns was aimed ("condemned the
            #             Painesville arrests"); a state trial court's ruling where it sits
        if j and level in ("state", "county", "city"):
            actions.iat[i, actions.columns.get_loc("jurisdiction")] = j


def extract_corpus(pdocs: list[ParsedDocument], documents: pd.DataFrame, n_process: int = 1,
                   progress: Optional[Callable[[str], None]] = None) -> dict[str, pd.DataFrame]:
    """Per-document extraction in this process, then corpus-level assembly."""
    return assemble(extract_documents(pdocs, n_process=n_process, progress=progress), documents, progress)
