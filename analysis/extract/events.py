"""Events: incidents and operations that several articles report.

``link_events(actions_df, documents_df)`` groups action rows into events:

* by a **named operation** ("Operation X", or a quoted name before
  operation/blitz/surge): the ``operation`` column of the actions table, or
  the same pattern found in ``evidence``. A named operation is an event even
  when one article reports it.
* otherwise by **(place, incident family)**: rows of type
  ``federal_enforcement_operation``, ``federal_deployment`` or
  ``court_action``, and any row whose sentence mentions an incident
  (``incident``/``incident_place`` columns: shooting, killing, raid...). The
  place is ``incident_place``, else ``target_jurisdiction``, else
  ``jurisdiction``. Rows of one key are split into separate events where
  their dates are more than ``max_gap_days`` apart. Such an event needs at
  least ``min_docs`` documents.

Dates: a row's own date when it came from its sentence (``date_source ==
'sentence'``), else its document's date. The event date is the earliest
sentence date of its rows (else the earliest document date, precision
None). ``event_id`` is ``ev_`` + the first 10 hex digits of the SHA-1 of the
event key and first date: deterministic and stable when other events change.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import re
from typing import Optional

import pandas as pd

COLUMNS = ["event_id", "name", "place", "date", "date_precision", "doc_ids", "action_ids"]

#: action types that are events in themselves -> incident family
EVENT_TYPES = {"federal_enforcement_operation": "operation", "federal_deployment": "deployment",
               "court_action": "court case"}
#: incident nouns -> family (a fatal shooting is reported as a shooting or a killing)
FAMILIES = {"shooting": "shooting", "killing": "shooting", "raid": "operation", "operation": "operation",
            "deployment": "deployment", "arrest": "operation"}

_OP_NAME = re.compile(r"\bOperation\s+(?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+)*")
_QUOTED_OP = re.compile(r"[\"“]([A-Z][^\"”]{2,40})[\"”]\s+(?:operation|blitz|surge|crackdown|initiative|campaign|sweep)")


def _empty() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype="object") for c in COLUMNS})


def _val(row, col) -> Optional[str]:
    v = row.get(col) if hasattr(row, "get") else None
    if v is None or (isinstance(v, float) and pd.isna(v)) or v == "":
        return None
    return str(v)


def _as_date(v) -> Optional[_dt.date]:
    if v is None or (isinstance(v, float) and pd.isna(v)):
        return None
    try:
        return _dt.date.fromisoformat(str(v)[:10])
    except ValueError:
        return None


def operation_name(text: Optional[str]) -> Optional[str]:
    """A named operation in a sentence, or None."""
    if not text:
        return None
    m = _OP_NAME.search(text)
    if m:
        return m.group(0)
    m = _QUOTED_OP.search(text)
    return m.group(1) if m else None


def _key(row) -> Optional[tuple]:
    op = _val(row, "operation") or operation_name(_val(row, "evidence"))
    if op:
        return ("operation", op.strip().lower(), op.strip())
    fam = FAMILIES.get(_val(row, "incident") or "")
    atype = _val(row, "action_type")
    if fam is None and atype in EVENT_TYPES:
        fam = EVENT_TYPES[atype]
    if fam is None:
        return None
    place = _val(row, "incident_place") or _val(row, "target_jurisdiction") or _val(row, "jurisdiction")
    if place is None:
        return None
    return ("incident", f"{fam}|{place.lower()}", fam, place)


def link_events(actions_df: pd.DataFrame, documents_df: Optional[pd.DataFrame] = None,
                max_gap_days: int = 30, min_docs: int = 2) -> pd.DataFrame:
    """Events table (see module docstring); empty frame with the columns when nothing links."""
    if actions_df is None or not len(actions_df):
        return _empty()
    doc_dates = {}
    if documents_df is not None and len(documents_df) and "doc_id" in documents_df and "date" in documents_df:
        doc_dates = {str(d): _as_date(v) for d, v in zip(documents_df["doc_id"], documents_df["date"])}
    groups: dict[str, list[dict]] = {}
    meta: dict[str, tuple] = {}
    for row in actions_df.to_dict("records"):
        k = _key(row)
        if k is None:
            continue
        own = _as_date(row.get("date")) if _val(row, "date_source") in (None, "sentence") and _val(row, "date_text") else None
        doc_date = doc_dates.get(str(row.get("doc_id"))) or _as_date(row.get("date"))
        row = dict(row, _own=own, _when=own or doc_date)
        groups.setdefault(k[1], []).append(row)
        meta[k[1]] = k
    out = []
    for key in sorted(groups):
        k = meta[key]
        for cluster in _split(groups[key], max_gap_days):
            docs = sorted({str(r["doc_id"]) for r in cluster})
            named = k[0] == "operation"
            if not named and len(docs) < min_docs:
                continue
            own = sorted((r for r in cluster if r["_own"] is not None), key=lambda r: r["_own"])
            if own:
                date, prec = own[0]["_own"], _val(own[0], "date_precision")
            else:
                whens = sorted(r["_when"] for r in cluster if r["_when"] is not None)
                date, prec = (whens[0] if whens else None), None
            if named:
                name, place = k[2], _common_place(cluster)
            else:
                name, place = f"{k[2]} in {k[3]}", k[3]
            ids = sorted({str(r.get("action_id")) for r in cluster if r.get("action_id") is not None})
            digest = hashlib.sha1(f"{key}|{date}".encode("utf-8")).hexdigest()[:10]
            out.append({"event_id": f"ev_{digest}", "name": name, "place": place,
                        "date": date.isoformat() if date else None, "date_precision": prec,
                        "doc_ids": ";".join(docs), "action_ids": ";".join(ids)})
    if not out:
        return _empty()
    df = pd.DataFrame(out, columns=COLUMNS)
    df["_d"] = df["date"].fillna("9999")
    return df.sort_values(["_d", "name", "event_id"]).drop(columns="_d").reset_index(drop=True)


def _split(rows: list[dict], max_gap_days: int) -> list[list[dict]]:
    """Clusters of rows whose dates are within ``max_gap_days`` of the previous one; undated rows join the first."""
    dated = sorted((r for r in rows if r["_when"] is not None), key=lambda r: (r["_when"], str(r.get("action_id"))))
    undated = [r for r in rows if r["_when"] is None]
    clusters: list[list[dict]] = []
    for r in dated:
        if clusters and (r["_when"] - clusters[-1][-1]["_when"]).days <= max_gap_days:
            clusters[-1].append(r)
        else:
            clusters.append([r])
    if not clusters:
        return [undated] if undated else []
    clusters[0].extend(undated)
    return clusters


def _common_place(rows: list[dict]) -> Optional[str]:
    counts: dict[str, int] = {}
    for r in rows:
        p = _val(r, "incident_place") or _val(r, "target_jurisdiction") or _val(r, "jurisdiction")
        if p:
            counts[p] = counts.get(p, 0) + 1
    if not counts:
        return None
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
