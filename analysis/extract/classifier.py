"""A second reader of action types: a linear classifier over a sentence's words.

The rules (:mod:`analysis.extract.action_rules`, :mod:`analysis.extract.actions`)
read a sentence's parse and code what they recognise; on text unlike anything
they were written for they miss about a third of the actions (README,
"Quality"). This module adds a statistical reader, trained on the project's own
annotated fixture articles (``tests/fixtures/articles`` and ``gold``; never the
seeds, the held-out or the blind set):

* a sentence becomes its lower-cased words and word pairs, with every person
  and place the entity stages found replaced by a placeholder (``zzperson``,
  ``zzplacecity``...) and any other capitalized word that is rare in English
  by ``zzname``, so that it learns "the sheriff ended the agreement", not who
  or where;
* tf-idf weights (sublinear term frequency, rows of unit length) over a
  vocabulary of terms seen in at least ``MIN_DOCUMENTS`` articles;
* one logistic regression per action type (L2 penalty, classes balanced),
  fitted by full-batch gradient descent in numpy: no extra dependency, and
  the same articles give the same model.

:func:`analysis.extract.actions.extract_actions` asks it only about sentences
no rule coded, and adds the most probable type when its probability reaches
:data:`THRESHOLD`; the row's actor, places, status and date come from the same
code as a rule's, its ``rule`` is ``"classifier"`` and its ``confidence`` half
the probability (0.40-0.50, under most rules' rows).

Retrain after the fixtures change (``make classifier``)::

    python -m analysis.extract.classifier --articles tests/fixtures/articles --gold tests/fixtures/gold
"""
from __future__ import annotations

import argparse
import base64
import json
import math
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional, Sequence

import numpy as np

from .. import gold as gold_format

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "action_classifier.json"
#: a sentence gets the classifier's type when its probability is at least this
THRESHOLD = 0.8
FORMAT = 2
MIN_DOCUMENTS = 3       # a term must occur in this many training articles (drops names the masks missed)
MAX_FEATURES = 8000
PENALTY_C = 4.0         # inverse L2 strength, as in scikit-learn's LogisticRegression(C=...)
MIN_POSITIVES = 2       # action types with fewer training sentences get no model

_WORD = re.compile(r"(?u)\b\w\w+\b")
PERSON_TOKEN = "zzperson"
PLACE_TOKEN = "zzplace"


# ----------------------------------------------------------------- text -> terms
def masked_text(text: str, offset: int, spans: Iterable[tuple[int, int, str]]) -> str:
    """``text`` (starting at document offset ``offset``) with each span ``(start, end, token)``
    (document offsets) replaced by `` token ``. Overlapping spans: the earlier, then the longer,
    then the one listed first wins (``mask_spans`` lists resolved people and places before raw
    entities); spans outside the text are ignored. Then :func:`mask_rare_names`."""
    keep: list[tuple[int, int, str]] = []
    listed = [(*_whole_words(text, int(a) - offset, int(b) - offset), n, t) for n, (a, b, t) in enumerate(spans)]
    for a, b, _, tok in sorted(listed, key=lambda s: (s[0], -s[1], s[2])):
        if a < 0 or b > len(text) or a >= b or (keep and a < keep[-1][1]):
            continue
        keep.append((a, b, tok))
    out, last = [], 0
    for a, b, tok in keep:
        out.append(text[last:a])
        out.append(f" {tok} ")
        last = b
    out.append(text[last:])
    return mask_rare_names("".join(out))


_JOINED_AFTER = re.compile(r"[-\u2010\u2011][^\W\d_]+(?:[-\u2010\u2011][^\W\d_]+)*")
_JOINED_BEFORE = re.compile(r"(?:[^\W\d_]+[-\u2010\u2011])+$")


def _whole_words(text: str, a: int, b: int) -> tuple[int, int]:
    """A span widened to the hyphen-joined words around it: the entity stages sometimes take one
    half of a double-barrelled name ("Ines Torres" of "Ines Torres-Lindqvist"), and the other half
    must not be left as a word to learn."""
    if 0 <= a < b <= len(text):
        m = _JOINED_AFTER.match(text, b)
        if m:
            b = m.end()
        m = _JOINED_BEFORE.search(text, 0, a)
        if m:
            a = m.start()
    return a, b


def mask_spans(people: Iterable[dict] = (), places: Iterable[dict] = (),
               mentions: Iterable[dict] = ()) -> list[tuple[int, int, str]]:
    """Spans to mask from entity rows (``start``/``end`` in document offsets): people, places (by
    kind) and spaCy PERSON/GPE mentions that no stage resolved."""
    spans = []
    for p in people:
        spans.append((p["start"], p["end"], PERSON_TOKEN))
    for p in places:
        spans.append((p["start"], p["end"], PLACE_TOKEN + re.sub(r"\W", "", str(p.get("kind") or ""))))
    for m in mentions:
        if m.get("label") == "PERSON":
            spans.append((m["start"], m["end"], PERSON_TOKEN))
        elif m.get("label") == "GPE":
            spans.append((m["start"], m["end"], PLACE_TOKEN))
    return [s for s in spans if s[0] is not None and s[1] is not None and s[0] == s[0] and s[1] == s[1]]


#: a capitalized word this rare in English is taken for a name no entity stage caught
RARE_NAME_ZIPF = 3.0
NAME_TOKEN = "zzname"
_TITLE_WORD = re.compile(r"(?<![\w-])[A-Z][a-z\u00e0-\u00ff]+(?:[-\u2010\u2011'\u2019][A-Z][a-z\u00e0-\u00ff]+)*(?![\w-])")


@lru_cache(maxsize=65536)
def _rare(word: str) -> bool:
    """A rare word; in a hyphenated capitalized compound, a rare part is enough ("Oyelaran-Pratt": a double
    surname whose second half is a common word)."""
    from wordfreq import zipf_frequency

    parts = [w for w in re.split(r"-|\u2010|\u2011", word.lower()) if w]
    if len(parts) > 1:
        return any(_rare(p) for p in parts)
    return all(zipf_frequency(w, "en") < RARE_NAME_ZIPF for w in re.split(r"['\u2019]", word.lower()) if w)


#: a word this rare is no word an English sentence starts with (a sentence's first word: "Lindqvist said ...")
FIRST_WORD_NAME_ZIPF = 2.0


@lru_cache(maxsize=65536)
def _unknown(word: str) -> bool:
    """A part of the word is almost no English word at all ("Oyelaran", "Lindqvist-Amaro"; not "Thereafter",
    "Notwithstanding")."""
    from wordfreq import zipf_frequency

    return any(zipf_frequency(w, "en") < FIRST_WORD_NAME_ZIPF
               for w in re.split(r"-|\u2010|\u2011|'|\u2019", word.lower()) if w)


#: a name in capitals: a double surname ("OYELARAN-MARSH") or a transcript's speaker label ("FISK:")
_CAPS_NAME = re.compile(r"(?<![\w-])[A-Z]{2,}(?:[-\u2010\u2011][A-Z]{2,})+(?![\w-])|(?<![\w-])[A-Z]{3,}(?=:)")


#: what follows a rare first word that makes it a name: "Priya (Loveland): ...", "Priya, a caller, said",
#: "Priya said"
_NAME_AFTER = re.compile(r"\s*(?:[(:,]|(?:said|says|told|asked|wrote|added|called)\b)")


def mask_rare_names(text: str) -> str:
    """Capitalized words rare in English ("Whitfield", "Oyelaran-Baptiste") -> ``zzname``: the names of
    people, places and bodies that the entity stages missed (a surname alone after a quotation, a county
    inside a jail's name). The text's first word is masked only when it is almost no English word at all
    ("Oyelaran spoke next", "Lindqvist said", not "Notwithstanding ..."), or when a name's comma, colon or
    speech verb follows a rare one ("Priya (Loveland): ..."), and a name in capitals only when
    one of its parts is almost none ("OYELARAN-MARSH: Under the plan", not "DHS" or "ICE")."""
    first = re.search(r"\w", text)
    start0 = first.start() if first else 0
    text = _TITLE_WORD.sub(lambda m: m.group(0) if not _rare(m.group(0)) or (
        m.start() == start0 and not _unknown(m.group(0)) and not _NAME_AFTER.match(text, m.end()))
                           else f" {NAME_TOKEN} ", text)
    return _CAPS_NAME.sub(lambda m: f" {NAME_TOKEN} " if _caps_name(m.group(0)) else m.group(0), text)


def _caps_name(word: str) -> bool:
    """A name in capitals: a part of it is almost no English word ("OYELARAN-MARSH"), or it is a double surname or a
    speaker's label of five letters or more with a rare part ("OKAFOR-REYES", "OKAFOR:"; not "DHS:", "HOST:")."""
    if _unknown(word):
        return True
    return (("-" in word or "\u2010" in word or "\u2011" in word) or len(word) >= 5) and _rare(word)


def terms(text: str) -> list[str]:
    """Lower-cased words of two or more characters and their adjacent pairs (accents removed)."""
    s = unicodedata.normalize("NFKD", text.lower())
    words = _WORD.findall("".join(ch for ch in s if not unicodedata.combining(ch)))
    return words + [f"{a} {b}" for a, b in zip(words, words[1:])]


# ----------------------------------------------------------------- the model
def _pack(a: np.ndarray) -> str:
    """Little-endian float16 weights as hexadecimal digits (base64 could spell any word by chance)."""
    return np.ascontiguousarray(a, dtype="<f2").tobytes().hex()


def _unpack(s: str, shape, encoding: str = "hex") -> np.ndarray:
    raw = bytes.fromhex(s) if encoding == "hex" else base64.b64decode(s)
    return np.frombuffer(raw, dtype="<f2").astype(np.float64).reshape(shape)


@dataclass
class Model:
    labels: list[str]
    vocab: dict[str, int]
    idf: np.ndarray         # (V,)
    coef: np.ndarray        # (V, K)
    intercept: np.ndarray   # (K,)
    info: dict

    def vector(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """Column indices and tf-idf values (unit length) of one text."""
        counts = Counter(t for t in terms(text) if t in self.vocab)
        if not counts:
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        keys = sorted(counts)
        idx = np.array([self.vocab[k] for k in keys], dtype=np.int64)
        val = (1.0 + np.log(np.array([counts[k] for k in keys], dtype=np.float64))) * self.idf[idx]
        return idx, val / np.sqrt((val * val).sum())

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        """Probability of each label (columns in ``labels`` order) for each text."""
        out = np.zeros((len(texts), len(self.labels)))
        for i, text in enumerate(texts):
            idx, val = self.vector(text)
            out[i] = val @ self.coef[idx] + self.intercept
        return 1.0 / (1.0 + np.exp(-out))

    def best(self, texts: Sequence[str]) -> list[tuple[Optional[str], float]]:
        """The most probable label of each text and its probability."""
        if not len(texts) or not self.labels:
            return [(None, 0.0)] * len(texts)
        p = self.predict_proba(texts)
        k = p.argmax(axis=1)
        return [(self.labels[j], float(p[i, j])) for i, j in enumerate(k)]

    def to_json(self) -> str:
        words = sorted(self.vocab, key=self.vocab.get)
        obj = {"format": FORMAT, "labels": self.labels, "vocabulary": words,
               "idf": [round(float(x), 5) for x in self.idf],
               "intercept": [round(float(x), 5) for x in self.intercept],
               "coef_float16_hex": _pack(self.coef), "info": self.info}
        return json.dumps(obj, indent=0, sort_keys=True, ensure_ascii=False) + "\n"

    @classmethod
    def from_json(cls, text: str) -> "Model":
        obj = json.loads(text)
        if obj.get("format") not in (1, FORMAT):     # format 1 stored the same weights in base64
            raise ValueError(f"action classifier: unknown model format {obj.get('format')!r}")
        words, labels = obj["vocabulary"], obj["labels"]
        packed, encoding = (obj["coef_float16_hex"], "hex") if obj["format"] == FORMAT \
            else (obj["coef_float16_base64"], "base64")
        return cls(labels=labels, vocab={w: i for i, w in enumerate(words)},
                   idf=np.array(obj["idf"], dtype=np.float64),
                   coef=_unpack(packed, (len(words), len(labels)), encoding),
                   intercept=np.array(obj["intercept"], dtype=np.float64), info=obj.get("info", {}))


@lru_cache(maxsize=4)
def load(path: Optional[str] = None) -> Optional[Model]:
    """The trained model (read once per process), or None when the file is missing."""
    p = Path(path) if path else MODEL_PATH
    if not p.exists():
        return None
    return Model.from_json(p.read_text(encoding="utf-8"))


# ----------------------------------------------------------------- training
def _sparse(rows: list[tuple[np.ndarray, np.ndarray]]):
    r = np.concatenate([np.full(len(i), n, dtype=np.int64) for n, (i, _) in enumerate(rows)]) if rows else np.zeros(0, int)
    c = np.concatenate([i for i, _ in rows]) if rows else np.zeros(0, int)
    v = np.concatenate([x for _, x in rows]) if rows else np.zeros(0)
    return r, c, v


def _segment_sum(values: np.ndarray, keys: np.ndarray, n: int) -> np.ndarray:
    """Sum the rows of ``values`` (nnz x K) by ``keys`` (sorted) into an (n x K) array."""
    out = np.zeros((n, values.shape[1]))
    if not len(keys):
        return out
    starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
    out[keys[starts]] = np.add.reduceat(values, starts, axis=0)
    return out


def fit(texts: Sequence[str], label_sets: Sequence[Iterable[str]], documents: Sequence[str], *,
        c: float = PENALTY_C, min_documents: int = MIN_DOCUMENTS, max_features: int = MAX_FEATURES,
        iterations: int = 1200, learning_rate: float = 0.05,
        progress=None) -> Model:
    """Fit the model on sentences (``texts``, already masked), their gold action types and the
    article each comes from. Deterministic: the same input gives the same model."""
    n = len(texts)
    toks = [terms(t) for t in texts]
    in_docs: dict[str, set] = {}
    sent_df: Counter = Counter()
    for d, ts in zip(documents, toks):
        for t in set(ts):
            in_docs.setdefault(t, set()).add(d)
            sent_df[t] += 1
    common = [t for t, ds in in_docs.items() if len(ds) >= min_documents]
    common = sorted(common, key=lambda t: (-sent_df[t], t))[:max_features]
    vocab = {t: i for i, t in enumerate(sorted(common))}
    idf = np.array([math.log((1 + n) / (1 + sent_df[t])) + 1.0 for t in sorted(common)])
    labels = sorted(k for k, m in Counter(x for s in label_sets for x in set(s)).items() if m >= MIN_POSITIVES)
    model = Model(labels=labels, vocab=vocab, idf=idf, coef=np.zeros((len(vocab), len(labels))),
                  intercept=np.zeros(len(labels)), info={})
    r, col, v = _sparse([model.vector(t) for t in texts])
    Y = np.array([[1.0 if lab in set(s) else 0.0 for lab in labels] for s in label_sets]).reshape(n, len(labels))
    pos = Y.sum(axis=0)
    # balanced classes: each class weighs half of the loss
    weights = np.where(Y == 1, n / (2.0 * np.maximum(pos, 1)), n / (2.0 * np.maximum(n - pos, 1)))
    by_col = np.argsort(col, kind="stable")
    W = np.zeros((len(vocab), len(labels)))
    b = np.zeros(len(labels))
    m1W, m2W, m1b, m2b = np.zeros_like(W), np.zeros_like(W), np.zeros_like(b), np.zeros_like(b)
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    for it in range(1, iterations + 1):
        Z = _segment_sum(v[:, None] * W[col], r, n) + b
        P = 1.0 / (1.0 + np.exp(-Z))
        G = weights * (P - Y) / n
        gW = _segment_sum((v[:, None] * G[r])[by_col], col[by_col], len(vocab)) + W / (c * n)
        gb = G.sum(axis=0)
        for g, m1, m2, x in ((gW, m1W, m2W, W), (gb, m1b, m2b, b)):
            m1 *= beta1
            m1 += (1 - beta1) * g
            m2 *= beta2
            m2 += (1 - beta2) * g * g
            x -= learning_rate * (m1 / (1 - beta1 ** it)) / (np.sqrt(m2 / (1 - beta2 ** it)) + eps)
        if progress and it % 250 == 0:
            loss = float((weights * -(Y * np.log(P + 1e-12) + (1 - Y) * np.log(1 - P + 1e-12))).sum() / n
                         + (W * W).sum() / (2 * c * n))
            progress(f"iteration {it}/{iterations}: loss {loss:.4f}")
    model.coef, model.intercept = W, b
    model.info = {"sentences": n, "articles": len(set(documents)), "terms": len(vocab),
                  "positives": {lab: int(p) for lab, p in zip(labels, pos)},
                  "settings": {"c": c, "min_documents": min_documents, "max_features": max_features,
                               "iterations": iterations, "learning_rate": learning_rate}}
    return model


def training_set(corpus, gold: dict[str, dict]) -> tuple[list[str], list[list[str]], list[str]]:
    """Masked sentence texts, their gold action types and doc ids, from built tables and gold files."""
    def rows(df) -> dict:
        out: dict = {}
        for rec in df.to_dict("records") if len(df) else []:
            out.setdefault(rec["sentence_id"], []).append(rec)
        return out

    people, places = rows(corpus.people_mentions), rows(corpus.place_mentions)
    mentions = rows(corpus.mentions)
    texts, labels, docs = [], [], []
    for s in corpus.sentences.itertuples():
        g = gold.get(s.doc_id)
        if g is None or s.is_heading:
            continue
        spans = mask_spans(people.get(s.sentence_id, []), places.get(s.sentence_id, []),
                           mentions.get(s.sentence_id, []))
        texts.append(masked_text(s.text, int(s.start), spans))
        n = gold_format.norm(s.text)
        labels.append(sorted({a["action_type"] for a in g.get("actions", [])
                              if gold_format.norm(a["sentence_contains"]) and gold_format.norm(a["sentence_contains"]) in n}))
        docs.append(s.doc_id)
    return texts, labels, docs


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(
        description="Train the action-type classifier on annotated articles and write the model file.")
    ap.add_argument("--articles", required=True, help="folder of annotated articles (tests/fixtures/articles)")
    ap.add_argument("--gold", required=True, help="folder of their gold JSON files (tests/fixtures/gold)")
    ap.add_argument("--out", default=str(MODEL_PATH), help=f"model file (default: {MODEL_PATH})")
    ap.add_argument("--iterations", type=int, default=1200, help="gradient steps (default: 1200)")
    args = ap.parse_args(argv)
    from ..pipeline import build

    say = lambda m: print(f"[classifier] {m}", file=sys.stderr, flush=True)     # noqa: E731
    gold = gold_format.load(args.gold, warn=say)
    if not gold:
        say(f"no gold files in {args.gold}")
        return 2
    say(f"building tables for {len(gold)} annotated article(s) in {args.articles}")
    load.cache_clear()
    corpus = build(args.articles, jobs=2, cache_dir=None)
    texts, labels, docs = training_set(corpus, gold)
    say(f"{len(texts):,} sentences, {sum(1 for x in labels if x):,} with an action")
    model = fit(texts, labels, docs, iterations=args.iterations, progress=say)
    Path(args.out).write_text(model.to_json(), encoding="utf-8")
    say(f"model written to {args.out} ({len(model.labels)} types, {len(model.vocab):,} terms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
