"""The editable word lists (frames and attribution/hedging markers) and how terms match.

The lexicon is ``analysis/data/framing_lexicon.json`` or the file named by
``LOCAL_POWER_FRAMING_LEXICON``; it is re-read when the file changes. Its
``about`` field explains the format. Matching rules, shared by framing,
markers and KWIC:

- a term is one or more words; each word matches a token whose lower-cased
  text or lemma (``term`` column) equals it, ``word*`` matches a prefix;
- several words match consecutive word tokens (punctuation and hyphens are
  skipped, so "anti-immigrant" matches "anti immigrant");
- where matches overlap, the longest wins ("law enforcement" hides "law").
"""
from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional

from .. import config
from .stopwords import normalise

DEFAULT_PATH = config.PACKAGE_DATA / "framing_lexicon.json"
ENV_VAR = "LOCAL_POWER_FRAMING_LEXICON"
_CACHE: dict = {}
_SPLIT = re.compile(r"[\s\-\u2010-\u2015]+")


def path() -> Path:
    env = os.environ.get(ENV_VAR)
    return Path(env) if env else DEFAULT_PATH


def load(source=None) -> dict:
    """The lexicon as a dict (``frames``, ``markers``, ``proper_nouns``).

    ``source``: None (the global file), a path, or a dict already in that shape.
    A malformed file raises ValueError naming it.
    """
    if isinstance(source, dict):
        lex = source
        where = "the lexicon passed in"
    else:
        p = Path(source) if source is not None else path()
        try:
            key = (str(p.resolve()), p.stat().st_mtime)
        except OSError as exc:
            raise FileNotFoundError(f"lexicon file not found: {p}") from exc
        if key in _CACHE:
            return _CACHE[key]
        try:
            lex = json.loads(p.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise ValueError(f"{p}: not valid JSON ({exc.msg}, line {exc.lineno})") from exc
        where = str(p)
    if not isinstance(lex, dict) or not isinstance(lex.get("frames", {}), dict):
        raise ValueError(f"{where}: expected an object with a 'frames' object")
    for section in ("frames", "markers"):
        for name, entry in (lex.get(section) or {}).items():
            if not isinstance(entry, dict) or not isinstance(entry.get("terms"), list):
                raise ValueError(f"{where}: {section}.{name} needs a 'terms' list")
    if not isinstance(source, dict):
        _CACHE.clear()
        _CACHE[key] = lex
    return lex


@dataclass(frozen=True)
class Term:
    label: str                      # frame or marker kind
    term: str                       # as written in the lexicon
    words: tuple[str, ...]          # normalised pieces; "x*" = prefix
    pos: Optional[frozenset] = None  # allowed universal POS tags (markers)
    allow_propn: bool = True


def pieces(term: str) -> tuple[str, ...]:
    """A lexicon or search term split into normalised words ("States' rights" -> states, rights)."""
    out = []
    for w in _SPLIT.split(normalise(term)):
        w = w.strip(".,;:!?\"'()[]\u201c\u201d")
        if w and w != "*":
            out.append(w)
    return tuple(out)


def _word_matches(piece: str, lower: str, term: str) -> bool:
    if piece.endswith("*"):
        pre = piece[:-1]
        return lower.startswith(pre) or term.startswith(pre)
    return piece == lower or piece == term


class Matcher:
    """Finds lexicon terms in a sentence's word tokens."""

    def __init__(self, terms: Iterable[Term]):
        self.terms = [t for t in terms if t.words]
        self.exact: dict[str, list[Term]] = {}
        self.prefix: list[tuple[str, Term]] = []
        for t in self.terms:
            head = t.words[0]
            if head.endswith("*"):
                self.prefix.append((head[:-1], t))
            else:
                self.exact.setdefault(head, []).append(t)

    def find(self, words: list) -> list[tuple[Term, int, int]]:
        """``words``: (lower, term, pos) per word token, in order. Returns (Term, i, j) spans.

        Overlapping matches: a match strictly inside a longer one is dropped.
        """
        found = []
        for i, (lower, term, pos) in enumerate(words):
            cands = list(self.exact.get(lower, ()))
            if term != lower:
                cands += [t for t in self.exact.get(term, ()) if t not in cands]
            cands += [t for pre, t in self.prefix if lower.startswith(pre) or term.startswith(pre)]
            for t in cands:
                j = i + len(t.words)
                if j > len(words):
                    continue
                ok = True
                for k, piece in enumerate(t.words):
                    lo, te, po = words[i + k]
                    if not _word_matches(piece, lo, te) or (t.pos is not None and po not in t.pos) \
                            or (not t.allow_propn and po == "PROPN"):
                        ok = False
                        break
                if ok:
                    found.append((t, i, j))
        if not found:
            return []
        found.sort(key=lambda m: (m[1], -(m[2] - m[1]), m[0].label, m[0].term))
        kept = []
        for m in found:
            if any(k[1] <= m[1] and m[2] <= k[2] and (k[2] - k[1]) > (m[2] - m[1]) for k in kept):
                continue
            if any(k[1] == m[1] and k[2] == m[2] and k[0].label == m[0].label for k in kept):
                continue  # same span, same label: one trigger
            kept.append(m)
        return kept


def frame_matcher(lex: dict) -> Matcher:
    """Matcher for the ``frames`` section (proper nouns only for terms in ``proper_nouns``)."""
    propn_ok = {pieces(t) for t in lex.get("proper_nouns", [])}
    terms = []
    for label, entry in sorted(lex.get("frames", {}).items()):
        for t in entry["terms"]:
            text = t["term"] if isinstance(t, dict) else str(t)
            p = pieces(text)
            terms.append(Term(label, text, p, None, p in propn_ok))
    return Matcher(terms)


def marker_matcher(lex: dict) -> Matcher:
    """Matcher for the ``markers`` section (POS limits where an entry gives them)."""
    terms = []
    for label, entry in sorted(lex.get("markers", {}).items()):
        for t in entry["terms"]:
            if isinstance(t, dict):
                text, pos = str(t.get("term", "")), t.get("pos")
            else:
                text, pos = str(t), None
            terms.append(Term(label, text, pieces(text), frozenset(pos) if pos else None, True))
    return Matcher(terms)


def word_tokens(tok) -> dict:
    """sentence_id -> list of (lower, term, pos, start, end, text) for word tokens, in order."""
    out: dict = {}
    if not len(tok):
        return out
    tok = tok.sort_values(["doc_id", "sentence_id", "i"], kind="mergesort")
    for sid, w, lo, te, po, s, e, tx in zip(tok["sentence_id"], tok["is_word"], tok["lower"], tok["term"],
                                           tok["pos"], tok["start"], tok["end"], tok["text"]):
        if w:
            po = po or ""
            if po == "PROPN" and not str(tx)[:1].isupper():
                po = "NOUN"  # the small tagger calls rare lower-case words PROPN ("commandeer")
            out.setdefault(sid, []).append((lo, te if isinstance(te, str) else lo, po, int(s), int(e), tx))
    return out


def sentence_matches(sents, tok, matcher):
    """For each sentence (rows of ``inputs.sentences``) with word tokens in ``tok``: the row, its
    words (see :func:`word_tokens`) and the matcher's hits ``(term, i, j)`` on them."""
    words = word_tokens(tok)
    for rec in sents.itertuples(index=False):
        ws = words.get(rec.sentence_id)
        if ws:
            yield rec, ws, matcher.find([(w[0], w[1], w[2]) for w in ws])


def surface(sentence_text: str, sentence_start: int, ws: list, i: int, j: int) -> str:
    """The text of word tokens ``ws[i:j]`` as written (hyphens and spacing kept, one line)."""
    a, b = ws[i][3] - sentence_start, ws[j - 1][4] - sentence_start
    if 0 <= a < b <= len(sentence_text):
        return " ".join(sentence_text[a:b].split())
    return " ".join(w[5] for w in ws[i:j])
