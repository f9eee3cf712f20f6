"""Extraction quality against the hand-annotated fixtures (tests/fixtures/).

Builds a corpus from ``tests/fixtures/articles`` with ``analysis.build(paths=...)``
and compares its tables with the gold files in ``tests/fixtures/gold``:

* people: doc + normalized name (role accuracy among matched);
* jurisdictions: doc + name + kind (and a stricter row that also needs the state);
* quotes: a gold quote is found when a system quote of the doc contains its
  ``quote_start``; speaker accuracy = found with the right speaker (surname OK);
* actions: doc + action_type + evidence containing ``sentence_contains``
  (status, jurisdiction and date accuracy among matched);
* dates: gold dates found among the doc's action dates or a ``dates`` table (any row of the doc with that day);
* dates_by_text: stricter, each gold date found by its own words in the ``dates`` table and resolved to its day;
* document dates: ``documents.date`` equal to the gold date.

Run ``python -m benchmarks.quality`` (or ``python benchmarks/quality.py``);
prints a table and writes ``benchmarks/results/quality.json``. A missing or
empty table scores 0; nothing here raises because the system is incomplete.

Three sets: ``dev`` (the fixtures above, which rules may be tuned on),
``heldout`` (``tests/fixtures/heldout/``, never used for tuning) and ``blind``
(``tests/fixtures/blind/``, a second held-out set written blind, never used for
tuning). ``--set all`` (default) builds and prints each set, then the combined
table; ``--set dev``, ``--set heldout`` or ``--set blind`` scores one set. The
results file has one key per set (``dev``, ``heldout``, ``blind``, ``all``); a
one-set run keeps the other sets' stored entries and drops ``all``.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from types import SimpleNamespace
from typing import Iterable, Optional

import pandas as pd

from analysis import gold as gold_format

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "tests" / "fixtures" / "articles"
GOLD = ROOT / "tests" / "fixtures" / "gold"
RESULTS = ROOT / "benchmarks" / "results" / "quality.json"
HELDOUT_ARTICLES = ROOT / "tests" / "fixtures" / "heldout" / "articles"
HELDOUT_GOLD = ROOT / "tests" / "fixtures" / "heldout" / "gold"
BLIND_ARTICLES = ROOT / "tests" / "fixtures" / "blind" / "articles"
BLIND_GOLD = ROOT / "tests" / "fixtures" / "blind" / "gold"
SETS = ("dev", "heldout", "blind")


# --------------------------------------------------------------------------- normalizing

norm = gold_format.norm     # how gold text is matched (analysis/gold.py)


def norm_place(name) -> str:
    """Place name key: ``norm`` plus 'st' -> 'saint' and no leading 'the'."""
    s = re.sub(r"^the ", "", norm(name))
    return re.sub(r"^st ", "saint ", s)


def doc_ids_of(value) -> list[str]:
    """A ``doc_ids`` cell (list, array, tuple, or a ';'/','/'|'-joined or JSON string) -> list."""
    if value is None:
        return []
    if isinstance(value, float) and value != value:
        return []
    if isinstance(value, str):
        v = value.strip()
        if v.startswith("["):
            try:
                return [str(x) for x in json.loads(v)]
            except ValueError:
                pass
        return [p.strip() for p in re.split(r"[;,|]", v) if p.strip()]
    try:
        return [str(x) for x in value]
    except TypeError:
        return [str(value)]


def role_match(gold_role, sys_role) -> bool:
    """Roles agree: equal after normalizing, or one is a word-run inside the other
    ("former sheriff" ~ "sheriff"); an empty gold role needs an empty system role."""
    g, s = norm(gold_role), norm(sys_role)
    if not g or not s:
        return g == s
    return g == s or f" {s} " in f" {g} " or f" {g} " in f" {s} "


def speaker_match(gold_speaker, sys_speaker) -> bool:
    """Speakers agree: equal, one contains the other ("DHS" ~ "a DHS spokesperson"),
    or the same last word (surname)."""
    g, s = norm(gold_speaker), norm(sys_speaker)
    if not g or not s:
        return False
    if g == s or f" {s} " in f" {g} " or f" {g} " in f" {s} ":
        return True
    if _initials(gold_speaker) == s.replace(" ", "") or _initials(sys_speaker) == g.replace(" ", ""):
        return True      # an organization and its acronym ("Immigration and Customs Enforcement" ~ "ICE")
    return g.split()[-1] == s.split()[-1]


def _initials(name) -> str:
    words = [w for w in str(name or "").split() if w[:1].isupper()]
    return "".join(w[0] for w in words).lower() if len(words) >= 2 else ""


def date_match(gold_date: Optional[str], precision: Optional[str], sys_date) -> bool:
    """A system date (ISO string or date) agrees with a gold date at the gold's precision."""
    if not gold_date or sys_date is None:
        return False
    s = str(sys_date)[:10]
    if s in ("", "None", "NaT", "nan"):
        return False
    g = str(gold_date)
    if precision == "year" or (precision == "range" and g.endswith("-01-01")):
        return s[:4] == g[:4]
    if precision == "month":
        return s[:7] == g[:7]
    if precision in ("day", "range"):
        return s == g[:10]
    return s.startswith(g)          # action dates: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'


def prf(tp: int, n_sys: int, n_gold: int) -> dict:
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"gold": n_gold, "system": n_sys, "matched": tp,
            "precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}


def _ratio(k: int, n: int) -> Optional[float]:
    return round(k / n, 3) if n else None


# --------------------------------------------------------------------------- inputs

def load_gold(gold_dir: Path = GOLD) -> dict[str, dict]:
    """Gold files keyed by doc_id, in file-name order."""
    return gold_format.load(gold_dir)


def table(corpus, name: str, columns: Iterable[str] = ()) -> pd.DataFrame:
    """``corpus.<name>`` as a DataFrame with the given columns (missing -> None); empty if absent."""
    df = getattr(corpus, name, None) if corpus is not None else None
    if not isinstance(df, pd.DataFrame):
        df = pd.DataFrame()
    df = df.copy()
    for c in columns:
        if c not in df.columns:
            df[c] = None
    return df


def _value(row, col):
    v = row.get(col) if hasattr(row, "get") else None
    if v is None or (isinstance(v, float) and v != v):
        return None
    return v


def _place_name(value) -> Optional[str]:
    """A jurisdiction cell (a name or a gazetteer id such as 'us-az-tucson') -> a name."""
    if value is None:
        return None
    v = str(value)
    if re.fullmatch(r"us(-[a-z]{2})?(-[a-z0-9-]+)?", v):
        try:
            from analysis import gazetteer
            place = gazetteer.load().places.get(v)
            if place is not None:
                return place.name
        except Exception:                       # noqa: BLE001 - scorer must not fail
            pass
    return v


# --------------------------------------------------------------------------- scoring

def score_people(gold: dict[str, dict], actors: pd.DataFrame) -> dict:
    actors = actors if isinstance(actors, pd.DataFrame) else pd.DataFrame()
    sys_items: dict[tuple, list] = defaultdict(list)
    for _, row in actors.iterrows():
        for d in doc_ids_of(_value(row, "doc_ids")):
            if d in gold and norm(_value(row, "name")):
                sys_items[(d, norm(_value(row, "name")))].append(_value(row, "role"))
    gold_keys = {(d, norm(p["name"])): p for d, g in gold.items() for p in g["people"]}
    matched = [k for k in gold_keys if k in sys_items]
    role_ok = sum(any(role_match(gold_keys[k]["role"], r) for r in sys_items[k]) for k in matched)
    out = prf(len(matched), len(sys_items), len(gold_keys))
    out["role_accuracy"] = _ratio(role_ok, len(matched))
    out["missed"] = sorted(f"{d}: {gold_keys[(d, n)]['name']}" for d, n in gold_keys if (d, n) not in sys_items)
    out["spurious"] = sorted(f"{d}: {n}" for d, n in sys_items if (d, n) not in gold_keys)
    return out


def score_jurisdictions(gold: dict[str, dict], places: pd.DataFrame, with_state: bool = False) -> dict:
    places = places if isinstance(places, pd.DataFrame) else pd.DataFrame()

    def key(d, name, kind, state):
        k = (d, norm_place(name), norm(kind))
        return k + (str(state or "").upper(),) if with_state else k

    sys_keys = set()
    for _, row in places.iterrows():
        for d in doc_ids_of(_value(row, "doc_ids")):
            if d in gold:
                sys_keys.add(key(d, _value(row, "name"), _value(row, "kind"), _value(row, "state")))
    gold_keys = {key(d, j["name"], j["kind"], j["state"]) for d, g in gold.items() for j in g["jurisdictions"]}
    out = prf(len(gold_keys & sys_keys), len(sys_keys), len(gold_keys))
    out["missed"] = sorted(": ".join([k[0], " / ".join(k[1:])]) for k in gold_keys - sys_keys)
    out["spurious"] = sorted(": ".join([k[0], " / ".join(k[1:])]) for k in sys_keys - gold_keys)
    return out


def score_quotes(gold: dict[str, dict], quotes: pd.DataFrame, min_words: int = 5) -> dict:
    """Recall of gold quotes; speaker accuracy over all gold quotes; precision over
    system quotes of ``min_words`` or more (gold leaves out shorter ones)."""
    quotes = quotes if isinstance(quotes, pd.DataFrame) else pd.DataFrame()
    by_doc: dict[str, list[tuple[str, object]]] = defaultdict(list)
    for _, row in quotes.iterrows():
        d = _value(row, "doc_id")
        if d in gold:
            by_doc[d].append((norm(_value(row, "quote")), _value(row, "speaker")))
    n_gold = found = speaker_ok = 0
    used: set[tuple[str, int]] = set()
    missed, wrong_speaker = [], []
    for d, g in gold.items():
        for q in g["quotes"]:
            n_gold += 1
            start = norm(q["quote_start"])
            hits = [i for i, (text, _) in enumerate(by_doc.get(d, [])) if start and start in text]
            if not hits:
                missed.append(f"{d}: {q['quote_start']}")
                continue
            found += 1
            used.update((d, i) for i in hits)
            if any(speaker_match(q["speaker"], by_doc[d][i][1]) for i in hits):
                speaker_ok += 1
            else:
                wrong_speaker.append(f"{d}: {q['quote_start']} -> {[by_doc[d][i][1] for i in hits]}")
    long_sys = [(d, i) for d, rows in by_doc.items() for i, (text, _) in enumerate(rows)
                if len(text.split()) >= min_words]
    out = prf(found, len(long_sys), n_gold)
    out["precision"] = _ratio(sum(k in used for k in long_sys), len(long_sys)) or 0.0
    p, r = out["precision"], out["recall"]
    out["f1"] = round(2 * p * r / (p + r), 3) if p + r else 0.0
    out["speaker_accuracy"] = _ratio(speaker_ok, n_gold) if n_gold else None
    out["missed"], out["wrong_speaker"] = missed, wrong_speaker
    return out


def score_actions(gold: dict[str, dict], actions: pd.DataFrame) -> dict:
    """One-to-one matching on doc + action_type + evidence containing sentence_contains
    (a system row in the gold jurisdiction is preferred)."""
    actions = actions if isinstance(actions, pd.DataFrame) else pd.DataFrame()
    sys_rows = []
    for _, row in actions.iterrows():
        d = _value(row, "doc_id")
        if d in gold:
            # the gold place of federal pressure and federal rhetoric is the place aimed at
            place = _value(row, "jurisdiction")
            if (_value(row, "actor_level") == "federal" or _value(row, "direction") == "federal_pressure") \
                    and _value(row, "target_jurisdiction"):
                place = _value(row, "target_jurisdiction")
            sys_rows.append(dict(doc_id=d, action_type=_value(row, "action_type"), status=_value(row, "status"),
                                 jurisdiction=_place_name(place),
                                 evidence=norm(_value(row, "evidence")), date=_value(row, "date")))
    used: set[int] = set()
    n_gold = matched = status_ok = jur_ok = 0
    dated = date_ok = 0
    per_type: dict[str, dict] = defaultdict(lambda: {"gold": 0, "system": 0, "matched": 0})
    missed, wrong_status, wrong_place = [], [], []
    for r in sys_rows:
        per_type[str(r["action_type"])]["system"] += 1
    for d, g in gold.items():
        for a in g["actions"]:
            n_gold += 1
            per_type[a["action_type"]]["gold"] += 1
            needle = norm(a["sentence_contains"])
            cands = [i for i, r in enumerate(sys_rows) if i not in used and r["doc_id"] == d
                     and r["action_type"] == a["action_type"] and needle in r["evidence"]]
            if not cands:
                missed.append(f"{d}: {a['action_type']} | {a['sentence_contains']}")
                continue
            cands.sort(key=lambda i: norm_place(sys_rows[i]["jurisdiction"]) != norm_place(a["jurisdiction"]))
            i = cands[0]
            used.add(i)
            r = sys_rows[i]
            matched += 1
            per_type[a["action_type"]]["matched"] += 1
            if r["status"] == a["status"]:
                status_ok += 1
            else:
                wrong_status.append(f"{d}: {a['action_type']} {a['status']} -> {r['status']} | {a['sentence_contains']}")
            if norm_place(r["jurisdiction"]) == norm_place(a["jurisdiction"]):
                jur_ok += 1
            else:
                wrong_place.append(f"{d}: {a['action_type']} {a['jurisdiction']} -> {r['jurisdiction']}"
                                   f" | {a['sentence_contains']}")
            if a.get("date"):
                dated += 1
                date_ok += date_match(a["date"], None, r["date"])
    out = prf(matched, len(sys_rows), n_gold)
    out["status_accuracy"] = _ratio(status_ok, matched)
    out["jurisdiction_accuracy"] = _ratio(jur_ok, matched)
    out["date_accuracy"] = _ratio(date_ok, dated)
    out["per_type"] = {t: prf(v["matched"], v["system"], v["gold"]) for t, v in sorted(per_type.items())}
    out["missed"], out["wrong_status"], out["wrong_jurisdiction"] = missed, wrong_status, wrong_place
    out["spurious"] = [f"{r['doc_id']}: {r['action_type']} | {r['evidence'][:90]}"
                       for i, r in enumerate(sys_rows) if i not in used]
    return out


def score_dates(gold: dict[str, dict], actions: pd.DataFrame, dates: Optional[pd.DataFrame] = None) -> dict:
    """Recall of gold dates among the doc's action dates (date, date_end) and ``dates`` rows."""
    found_dates: dict[str, set] = defaultdict(set)
    for df in (actions, dates):
        if not isinstance(df, pd.DataFrame) or df.empty or "doc_id" not in df.columns:
            continue
        for col in ("date", "date_end"):
            if col in df.columns:
                for d, v in zip(df["doc_id"], df[col]):
                    if d in gold and v is not None and not (isinstance(v, float) and v != v):
                        found_dates[d].add(str(v)[:10])
    n = ok = 0
    missed = []
    for d, g in gold.items():
        for x in g["dates"]:
            n += 1
            if any(date_match(x["date"], x["precision"], v) for v in found_dates.get(d, ())):
                ok += 1
            else:
                missed.append(f"{d}: {x['text']} ({x['date']}, {x['precision']})")
    out = prf(ok, sum(len(v) for v in found_dates.values()), n)
    out["precision"] = None                     # gold dates are not exhaustive ("last week" is left out)
    out["f1"] = None
    out["missed"] = missed
    return out


#: words that lead a date's text in one annotation and not in another ("On Tuesday" / "Tuesday", "in 2026" / "2026")
_DATE_LEAD = re.compile(r"^(?:(?:on|in|since|by|from|until|till|through|during|starting|beginning|as of|after|before"
                        r"|of|the|this|that)\s+)+")


def _date_words(text) -> str:
    words = re.sub(r"[^0-9a-z ]+", " ", str(text or "").lower().replace("\u2019", "'"))
    return _DATE_LEAD.sub("", " ".join(words.split()))


def score_dates_by_text(gold: dict[str, dict], dates: Optional[pd.DataFrame] = None) -> dict:
    """Stricter than :func:`score_dates`: each gold date must be found by its own words (a ``dates`` row of the
    document whose text is the gold's, give or take a leading "on", "in" or "the") and resolved to the gold's date.
    A relative date resolved to the wrong day counts as missed here even when that day appears elsewhere in the
    text (which ``score_dates`` accepts)."""
    rows: dict[str, list[tuple[str, object]]] = defaultdict(list)
    if isinstance(dates, pd.DataFrame) and not dates.empty and {"doc_id", "date_text", "date"} <= set(dates.columns):
        for d, t, v in zip(dates["doc_id"], dates["date_text"], dates["date"]):
            if d in gold:
                rows[d].append((_date_words(t), v))
    n = found = ok = 0
    missed = []
    for d, g in gold.items():
        for x in g["dates"]:
            n += 1
            want = _date_words(x["text"])
            # (a span told as two dates, "October 18 through December 31", is found by either end)
            same = [v for t, v in rows.get(d, ()) if t and want and (t == want or t.endswith(" " + want)
                                                                    or want.endswith(" " + t)
                                                                    or want.startswith(t + " "))]
            found += bool(same)
            if any(date_match(x["date"], x["precision"], v) for v in same):
                ok += 1
            else:
                got = sorted({str(v)[:10] for v in same if v is not None and str(v) not in ("None", "nan")})
                missed.append(f"{d}: {x['text']} ({x['date']}, {x['precision']}) -> "
                              + (", ".join(got) if got else "not resolved" if same else "not found"))
    out = prf(ok, found, n)
    out["found"] = found
    out["missed"] = missed
    return out


def score_document_dates(gold: dict[str, dict], documents: pd.DataFrame) -> dict:
    got = {}
    if isinstance(documents, pd.DataFrame) and {"doc_id", "date"} <= set(documents.columns):
        for d, v in zip(documents["doc_id"], documents["date"]):
            got[d] = None if v is None or (isinstance(v, float) and v != v) else str(v)[:10]
    ok = sum(1 for d, g in gold.items() if d in got and got[d] == g["date"])
    return {"gold": len(gold), "system": len(got), "matched": ok, "precision": None,
            "recall": _ratio(ok, len(gold)) or 0.0, "f1": None,
            "wrong": sorted(f"{d}: {g['date']} -> {got.get(d, 'missing')}" for d, g in gold.items()
                            if got.get(d, "missing") != g["date"])}


def score_corpus(corpus, gold: dict[str, dict]) -> dict:
    """Every category for one built corpus (or None / a partial object)."""
    actions = table(corpus, "actions", ("doc_id", "action_type", "status", "jurisdiction", "evidence", "date"))
    return {
        "people": score_people(gold, table(corpus, "actors", ("name", "role", "doc_ids"))),
        "jurisdictions": score_jurisdictions(gold, table(corpus, "jurisdictions", ("name", "kind", "state", "doc_ids"))),
        "jurisdictions+state": score_jurisdictions(
            gold, table(corpus, "jurisdictions", ("name", "kind", "state", "doc_ids")), with_state=True),
        "quotes": score_quotes(gold, table(corpus, "quotes", ("doc_id", "speaker", "quote"))),
        "actions": score_actions(gold, actions),
        "dates": score_dates(gold, actions, getattr(corpus, "dates", None)),
        "dates_by_text": score_dates_by_text(gold, getattr(corpus, "dates", None)),
        "document_dates": score_document_dates(gold, table(corpus, "documents", ("doc_id", "date"))),
    }


def corpus_from_gold(gold: dict[str, dict]) -> SimpleNamespace:
    """A perfect system output made from the gold (used to check the scorer)."""
    people = defaultdict(lambda: {"doc_ids": []})
    for d, g in gold.items():
        for p in g["people"]:
            row = people[(p["name"], p["role"])]
            row.update(name=p["name"], role=p["role"], level=p["level"], jurisdiction=p["jurisdiction"])
            row["doc_ids"].append(d)
    places = defaultdict(lambda: {"doc_ids": []})
    for d, g in gold.items():
        for j in g["jurisdictions"]:
            row = places[(j["name"], j["kind"], j["state"])]
            row.update(name=j["name"], kind=j["kind"], state=j["state"])
            row["doc_ids"].append(d)
    quotes = [dict(doc_id=d, speaker=q["speaker"], quote=q["quote_start"]) for d, g in gold.items() for q in g["quotes"]]
    actions = [dict(doc_id=d, action_type=a["action_type"], status=a["status"], jurisdiction=a["jurisdiction"],
                    evidence=a["sentence_contains"], date=a["date"]) for d, g in gold.items() for a in g["actions"]]
    dates = [dict(doc_id=d, date_text=x["text"], date=x["date"]) for d, g in gold.items() for x in g["dates"]]
    return SimpleNamespace(
        actors=pd.DataFrame(list(people.values())), jurisdictions=pd.DataFrame(list(places.values())),
        quotes=pd.DataFrame(quotes), actions=pd.DataFrame(actions), dates=pd.DataFrame(dates),
        documents=pd.DataFrame([dict(doc_id=d, date=g["date"]) for d, g in gold.items()]), mentions=pd.DataFrame())


# --------------------------------------------------------------------------- report

def format_table(scores: dict) -> str:
    def f(x):
        return "   -" if x is None else f"{x:5.2f}"
    extras = {"people": ("role acc", "role_accuracy"), "quotes": ("speaker acc", "speaker_accuracy"),
              "actions": ("status acc", "status_accuracy")}
    lines = [f"{'category':<20}{'gold':>6}{'sys':>6}{'match':>7}{'  prec':>7}{'  rec':>7}{'  f1':>7}  extra",
             "-" * 72]
    for name, s in scores.items():
        extra = ""
        if name in extras:
            label, key = extras[name]
            extra = f"{label} {f(s.get(key))}"
        if name == "actions":
            extra += f", jur acc {f(s.get('jurisdiction_accuracy'))}, date acc {f(s.get('date_accuracy'))}"
        lines.append(f"{name:<20}{s['gold']:>6}{s['system']:>6}{s['matched']:>7} {f(s['precision'])} "
                     f"{f(s['recall'])} {f(s['f1'])}  {extra}")
    return "\n".join(lines)


def build_corpus(articles_dir: Path = ARTICLES):
    """``analysis.build(paths=...)`` over the fixture articles -> (corpus, error or None).

    If extraction fails, the corpus is built without it (documents only) and the
    error is returned; if even that fails the corpus is None."""
    paths = sorted(Path(articles_dir).glob("*.txt"))
    try:
        import analysis
        return analysis.build(paths=paths), None
    except Exception as exc:                    # noqa: BLE001 - report and score what exists
        error = f"{type(exc).__name__}: {exc}"
    try:                                        # documents table at least (document dates)
        return analysis.build(paths=paths, extract=False), error
    except Exception:                           # noqa: BLE001
        return None, error


def merge_corpora(corpora: Iterable) -> SimpleNamespace:
    """The scored tables of several built corpora, concatenated (None or missing tables skipped)."""
    corpora, merged = list(corpora), {}
    for name in ("actors", "jurisdictions", "quotes", "actions", "dates", "documents"):
        frames = [t for t in (table(c, name) for c in corpora if c is not None) if not t.empty]
        merged[name] = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
    return SimpleNamespace(**merged)


def _set_payload(gold: dict, error: Optional[str], scores: dict) -> dict:
    summary = {k: {m: v for m, v in s.items() if not isinstance(v, (list, dict))} for k, s in scores.items()}
    return {"documents": sorted(gold), "build_error": error, "summary": summary, "details": scores}


def _stored_sets(out: Path) -> dict:
    """Per-set entries of an existing results file ({} if absent, unreadable or of the old layout)."""
    try:
        old = json.loads(out.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {k: v for k, v in old.items() if k in SETS} if isinstance(old, dict) else {}


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", dest="which", choices=("all",) + SETS, default="all",
                    help="fixture set to score (default: all = dev, heldout, blind and combined)")
    ap.add_argument("--articles", type=Path, default=None, help="articles of the scored set (with --set all: of dev)")
    ap.add_argument("--gold", type=Path, default=None, help="gold of the scored set (with --set all: of dev)")
    ap.add_argument("--out", type=Path, default=RESULTS)
    ap.add_argument("--self-check", action="store_true", help="score the gold against itself (no build)")
    args = ap.parse_args(argv)
    names = list(SETS) if args.which == "all" else [args.which]
    paths = {"dev": (ARTICLES, GOLD), "heldout": (HELDOUT_ARTICLES, HELDOUT_GOLD),
             "blind": (BLIND_ARTICLES, BLIND_GOLD)}
    paths[names[0]] = (args.articles or paths[names[0]][0], args.gold or paths[names[0]][1])
    payload = {} if len(names) > 1 else _stored_sets(args.out)
    runs = {}
    for name in names:
        gold = load_gold(paths[name][1])
        if args.self_check:
            corpus, error = corpus_from_gold(gold), None
        else:
            corpus, error = build_corpus(paths[name][0])
        if error:
            print(f"{name}: extraction failed, scoring the tables that exist: {error}", file=sys.stderr)
        scores = score_corpus(corpus, gold)
        if len(names) > 1:
            print(f"== {name} ({len(gold)} documents) ==")
        print(format_table(scores))
        payload[name] = _set_payload(gold, error, scores)
        runs[name] = (gold, corpus, error)
    if len(names) > 1:
        gold = {d: g for n in names for d, g in runs[n][0].items()}
        error = "; ".join(f"{n}: {runs[n][2]}" for n in names if runs[n][2]) or None
        scores = score_corpus(merge_corpora(runs[n][1] for n in names), gold)
        print(f"== all ({len(gold)} documents) ==")
        print(format_table(scores))
        payload["all"] = _set_payload(gold, error, scores)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(payload, indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    sys.exit(main())
