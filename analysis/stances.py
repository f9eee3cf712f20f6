"""Stance of each jurisdiction, derived from the actions table (never typed in).

``derive(jurisdictions_df, actions_df)`` returns the jurisdictions table with
``stance`` filled by :func:`analysis.vocabulary.derive_stance` and counts per
direction:

* a jurisdiction's **own** actions are rows whose ``jurisdiction`` is its
  ``jurisdiction_id`` (or, for rows that carry a place name instead of an id,
  its ``name``, case-insensitive), taken by a state, county or city actor
  (``actor_level`` federal or nongovernmental rows do not speak for the
  place; an unknown level does). They give ``n_restricts``,
  ``n_accountability``, ``n_rhetoric``, ``n_expands`` and ``n_judicial``.
* **federal pressure** counts rows of direction ``federal_pressure`` whose
  ``target_jurisdiction`` is the place (``n_federal_pressure``); court rows
  targeting it also count in ``n_judicial``.
* rhetoric and judicial rows never change the stance (vocabulary rule).
* **contested across levels**: when a state and one of its counties or
  cities pull different ways (one ``resists``, the other ``cooperates``),
  or a state's ``expands`` action targets a locality that ``resists`` (or a
  ``restricts`` action one that ``cooperates``), both are marked
  ``contested``; ``contested_with`` lists the other side's ids.
"""
from __future__ import annotations

from typing import Optional

import pandas as pd

from . import vocabulary

COUNT_COLUMNS = ("n_restricts", "n_accountability", "n_rhetoric", "n_expands", "n_federal_pressure", "n_judicial")
_DIR_COUNT = {"restricts": "n_restricts", "accountability": "n_accountability", "rhetoric": "n_rhetoric",
              "expands": "n_expands", "judicial": "n_judicial"}
_OPPOSITE = {"resists": "cooperates", "cooperates": "resists"}


def _s(v) -> Optional[str]:
    if v is None or (isinstance(v, float) and pd.isna(v)) or v == "":
        return None
    return str(v)


def derive(jurisdictions_df: pd.DataFrame, actions_df: Optional[pd.DataFrame]) -> pd.DataFrame:
    """Jurisdictions with ``stance``, direction counts and ``contested_with`` (see module docstring)."""
    df = jurisdictions_df.copy() if jurisdictions_df is not None else pd.DataFrame()
    for c in ("jurisdiction_id", "name", "kind", "state", "stance"):
        if c not in df.columns:
            df[c] = pd.Series(dtype="object")
    if not len(df):
        for c in COUNT_COLUMNS:
            df[c] = pd.Series(dtype="int64")
        df["contested_with"] = pd.Series(dtype="object")
        return df.reset_index(drop=True)
    jids = [str(j) for j in df["jurisdiction_id"]]
    idx = {j: i for i, j in enumerate(jids)}
    by_name: dict[str, str] = {}
    for j, n in zip(jids, df["name"]):
        if _s(n):
            by_name.setdefault(str(n).casefold(), j)

    def resolve(v) -> Optional[str]:
        v = _s(v)
        if v is None:
            return None
        if v in idx:
            return v
        return by_name.get(v.casefold())

    counts = {j: dict.fromkeys(COUNT_COLUMNS, 0) for j in jids}
    directions: dict[str, list[str]] = {j: [] for j in jids}
    state_moves: list[tuple[str, str, str]] = []   # (state jid, target jid, direction)
    rows = actions_df.to_dict("records") if actions_df is not None and len(actions_df) else []
    for r in rows:
        d = _s(r.get("direction")) or (vocabulary.direction_of(r["action_type"]) if _s(r.get("action_type")) in vocabulary.ACTION_TYPES else None)
        if d is None:
            continue
        own = resolve(r.get("jurisdiction"))
        tgt = resolve(r.get("target_jurisdiction"))
        level = _s(r.get("actor_level"))
        if d == "federal_pressure":
            if tgt is not None:
                counts[tgt]["n_federal_pressure"] += 1
                directions[tgt].append(d)
            continue
        if d == "judicial":
            for j in {own, tgt} - {None}:
                counts[j]["n_judicial"] += 1
            continue
        if own is None or level in ("federal", "nongovernmental"):
            continue
        counts[own][_DIR_COUNT[d]] += 1
        directions[own].append(d)
        if tgt is not None and tgt != own and d in ("restricts", "expands"):
            state_moves.append((own, tgt, d))
    stance = {j: vocabulary.derive_stance(directions[j]) for j in jids}
    contested_with: dict[str, set] = {j: set() for j in jids}
    kinds = {j: _s(k) for j, k in zip(jids, df["kind"])}
    states = {j: (_s(s) or "").upper() for j, s in zip(jids, df["state"])}
    state_ids = {states[j]: j for j in jids if kinds[j] == "state" and states[j]}
    for j in jids:
        if kinds[j] in ("county", "city") and states[j] in state_ids:
            sj = state_ids[states[j]]
            if stance[j] in _OPPOSITE and stance[sj] == _OPPOSITE[stance[j]]:
                contested_with[j].add(sj)
                contested_with[sj].add(j)
    for sj, tj, d in state_moves:
        if (d == "expands" and stance[tj] == "resists") or (d == "restricts" and stance[tj] == "cooperates"):
            contested_with[tj].add(sj)
            contested_with[sj].add(tj)
    out_stance = [("contested" if contested_with[j] else stance[j]) for j in jids]
    df = df.reset_index(drop=True)
    df["stance"] = out_stance
    for c in COUNT_COLUMNS:
        df[c] = [counts[j][c] for j in jids]
    df["contested_with"] = [";".join(sorted(contested_with[j])) or None for j in jids]
    return df
