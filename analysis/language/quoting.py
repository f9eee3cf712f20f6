"""How much of each article is direct quotation, and whose voices it quotes.

Reads the ``quotes`` table (document offsets of the words inside the
quotation marks), the ``documents`` table (``text``) and, to know a
speaker's level of government, the ``actors`` and ``organizations`` tables.
Voices are grouped as federal, state, local (county or city) and other
(non-governmental, or a speaker whose level is unknown or missing).
"""
from __future__ import annotations

import re
from typing import Any

import pandas as pd

from . import inputs

VOICES = ("federal", "state", "local", "other")
LEVEL_TO_VOICE = {"federal": "federal", "state": "state", "county": "local", "city": "local", "local": "local",
                  "nongovernmental": "other"}
#: title words that give a level when the speaker is not in the actors table
TITLE_LEVELS = (
    ("state", r"\b(state (?:senator|senate|representative|rep\.|lawmaker|legislator|attorney general|police|trooper))(?!\w)"),
    ("federal", r"\b(federal|ice|dhs|cbp|fbi|doj|white house|homeland security|justice department|"
                r"department of justice|border patrol|u\.s\. attorney(?: general)?|(?<!council )(?<!board )president|"
                r"administration|congress(?:man|woman)?|senator|u\.s\. (?:rep\.|representative))(?!\w)"),
    ("state", r"\b(governor|gov\.|attorney general|legislature|assembly(?:man|woman|member)?|secretary of state|"
              r"state)(?!\w)"),
    ("local", r"\b(mayor|city council|council ?(?:member|man|woman|president)|alderman|alderwoman|sheriff|"
              r"police|county (?:executive|commissioner|board|attorney|judge)|district attorney|city attorney|"
              r"county|city|town|village)(?!\w)"),
)
_TITLE_RES = [(lv, re.compile(rx, re.I)) for lv, rx in TITLE_LEVELS]


def _intervals_length(spans) -> int:
    """Total length of the union of [start, end) spans."""
    total, cur_s, cur_e = 0, None, None
    for s, e in sorted(spans):
        if cur_e is None or s > cur_e:
            if cur_e is not None:
                total += cur_e - cur_s
            cur_s, cur_e = s, e
        else:
            cur_e = max(cur_e, e)
    if cur_e is not None:
        total += cur_e - cur_s
    return total


def _doc_lengths(corpus) -> dict:
    docs = inputs.table(corpus, "documents", ("doc_id", "text"))
    out = {d: len(t) for d, t in zip(docs["doc_id"], docs["text"]) if isinstance(t, str)}
    sents = inputs.table(corpus, "sentences", ("doc_id", "end"))
    if len(sents):
        ends = pd.to_numeric(sents["end"], errors="coerce").groupby(sents["doc_id"]).max()
        for d, e in ends.items():
            if d not in out and pd.notna(e):
                out[d] = int(e)
    for d in docs["doc_id"]:
        out.setdefault(d, 0)
    return out


def quotation_share(corpus: Any) -> pd.DataFrame:
    """Per document: characters, quoted_characters (union of quote spans), quoted_share,
    quotes, speakers (distinct named speakers)."""
    lengths = _doc_lengths(corpus)
    q = inputs.table(corpus, "quotes", ("doc_id", "start", "end", "speaker"))
    cols = ["doc_id", "characters", "quoted_characters", "quoted_share", "quotes", "speakers"]
    doc_ids = sorted(set(lengths) | set(q["doc_id"].dropna()), key=str)
    rows = []
    for d in doc_ids:
        sub = q[q["doc_id"] == d]
        spans = [(int(s), int(e)) for s, e in zip(sub["start"], sub["end"]) if pd.notna(s) and pd.notna(e) and e > s]
        quoted = _intervals_length(spans)
        n = lengths.get(d, 0)
        named = {s for s in sub["speaker"] if isinstance(s, str) and s.strip()}
        rows.append((d, n, quoted, round(quoted / n, 4) if n else 0.0, len(sub), len(named)))
    return pd.DataFrame(rows, columns=cols)


def _level_index(corpus) -> tuple[dict, dict, dict]:
    actors = inputs.table(corpus, "actors", ("name", "level", "doc_ids"))
    orgs = inputs.table(corpus, "organizations", ("name", "acronym", "level"))
    exact, lowered = {}, {}
    for name, lv in sorted(zip(actors["name"].astype(str), actors["level"]), key=lambda t: t[0]):
        if isinstance(lv, str) and lv:
            exact.setdefault(name, lv)
            lowered.setdefault(name.lower(), lv)
    for name, acr, lv in sorted(zip(orgs["name"].astype(str), orgs["acronym"], orgs["level"]), key=lambda t: t[0]):
        if isinstance(lv, str) and lv:
            lowered.setdefault(name.lower(), lv)
            if isinstance(acr, str) and acr:
                lowered.setdefault(acr.lower(), lv)
    surnames: dict = {}
    for name, lv, docs in zip(actors["name"].astype(str), actors["level"], actors["doc_ids"]):
        if isinstance(lv, str) and lv and " " in name:
            for d in str(docs or "").split(";"):
                surnames.setdefault((d, name.split()[-1].lower()), set()).add(lv)
    return exact, lowered, surnames


def speaker_level(speaker, doc_id, index) -> tuple[str, str]:
    """(level, how) for a speaker string: actors by name, organizations, surname in the
    same document, title words ("the mayor", "a sheriff's spokesperson"), else unknown."""
    exact, lowered, surnames = index
    if not isinstance(speaker, str) or not speaker.strip():
        return "unknown", "unattributed"
    s = speaker.strip()
    if s in exact:
        return exact[s], "actor"
    if s.lower() in lowered:
        return lowered[s.lower()], "name"
    lv = surnames.get((doc_id, s.split()[-1].lower()))
    if lv and len(lv) == 1:
        return next(iter(lv)), "surname"
    for level, rx in _TITLE_RES:
        if rx.search(s):
            return level, "title"
    return "unknown", "none"


def quote_voices(corpus: Any) -> pd.DataFrame:
    """Per quotation: doc_id, quote_id, speaker, level, voice, how (how the level was found), words."""
    q = inputs.table(corpus, "quotes", ("quote_id", "doc_id", "speaker", "quote", "start"))
    cols = ["doc_id", "quote_id", "speaker", "level", "voice", "how", "words"]
    if not len(q):
        return pd.DataFrame({c: pd.Series(dtype="object") for c in cols})
    idx = _level_index(corpus)
    rows = []
    for rec in q.itertuples(index=False):
        level, how = speaker_level(rec.speaker, rec.doc_id, idx)
        rows.append((rec.doc_id, rec.quote_id, rec.speaker if isinstance(rec.speaker, str) else "", level,
                     LEVEL_TO_VOICE.get(level, "other"), how,
                     len(rec.quote.split()) if isinstance(rec.quote, str) else 0))
    return pd.DataFrame(rows, columns=cols)


def voices(corpus: Any, by="doc_id") -> pd.DataFrame:
    """Quotations per group and voice (federal, state, local, other), zeros included.

    Columns: group column, voice, quotes, words, share (of the group's quotations),
    speakers (distinct names, ``;``-separated, sorted).
    """
    qv = quote_voices(corpus)
    name, mapping = inputs.group_map(corpus, by)
    docs = inputs.table(corpus, "documents", ("doc_id",))
    all_docs = sorted(set(docs["doc_id"].dropna()) | set(qv["doc_id"].dropna()), key=str)
    groups = sorted({d if mapping is None else mapping.get(d) for d in all_docs} - {None}, key=str)
    cols = [name, "voice", "quotes", "words", "share", "speakers"]
    if len(qv):
        qv, _ = inputs.attach_group(qv, corpus, by)
    rows = []
    for g in groups:
        sub = qv[qv["_group"] == g] if len(qv) else qv
        total = len(sub)
        for v in VOICES:
            s = sub[sub["voice"] == v] if len(sub) else sub
            names = sorted({x for x in s["speaker"] if x}) if len(s) else []
            rows.append((g, v, len(s), int(s["words"].sum()) if len(s) else 0,
                         round(len(s) / total, 4) if total else 0.0, ";".join(names)))
    return pd.DataFrame(rows, columns=cols)
