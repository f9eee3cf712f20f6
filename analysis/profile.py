"""A one-jurisdiction profile: what the corpus says one place did and faced."""
from __future__ import annotations

import pandas as pd


def find_jurisdiction(corpus, query: str) -> pd.Series:
    """The jurisdiction row matching an id or a name (case-insensitive); KeyError if none."""
    j = corpus.jurisdictions
    q = query.strip().lower()
    for col in ("jurisdiction_id", "name"):
        hit = j[j[col].astype(str).str.lower() == q]
        if len(hit):
            return hit.sort_values("mentions", ascending=False).iloc[0]
    hit = j[j["name"].astype(str).str.lower().str.startswith(q)]
    if len(hit):
        return hit.sort_values("mentions", ascending=False).iloc[0]
    known = ", ".join(j.sort_values("mentions", ascending=False)["name"].astype(str).head(8))
    raise KeyError(f"no jurisdiction matches {query!r}; try one of: {known}")


def actions_of(corpus, jurisdiction_id: str) -> pd.DataFrame:
    """Actions taken by the place or aimed at it, in date order (undated last)."""
    a = corpus.actions
    mask = (a["jurisdiction"] == jurisdiction_id) | (a["target_jurisdiction"] == jurisdiction_id)
    return a[mask].sort_values(["date", "doc_id", "sentence_id"], na_position="last")


def profile_text(corpus, query: str) -> str:
    row = find_jurisdiction(corpus, query)
    acts = actions_of(corpus, row["jurisdiction_id"])
    lines = [f"{row['name']} ({row['kind']}, {row['state'] or '-'}) — stance: {row['stance']}",
             f"mentioned {row['mentions']} time(s) in {len(str(row['doc_ids']).split(';'))} document(s); "
             f"{len(acts)} action(s)"]
    for _, a in acts.iterrows():
        lines.append(f"  {a['date'] or 'undated':10}  {a['action_type']:<30} {a['status']:<10} "
                     f"{(a['actor'] or '')[:30]}")
    return "\n".join(lines)
