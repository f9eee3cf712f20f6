"""Cleaning: normalise a raw article and record every change as a :class:`Fix`.

A fix replaces ``raw[start:end]`` (``before``) by ``after``; fixes never
overlap and are sorted, so applying them to the raw text gives the cleaned
text exactly (:func:`apply_fixes`) and any cleaned offset maps back to raw.
``start``/``end`` of a fix index the *raw* (decoded) text; ``clean_start`` and
``clean_end`` give the same place in the cleaned text.

Passes, in order: metadata header removal, invisible/odd whitespace
characters, Unicode NFC, whitespace runs, end-of-article boilerplate
(disclaimers, "Sources ..." lists -> outlets), words glued together where a
space or dash was lost in copying (split with the wordfreq frequency list).
Typographic quotes are kept.
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable

#: minimum Zipf frequency of each half of a glued word (3 = once per million words)
GLUE_MIN_ZIPF = 3.0
#: halves of 3 letters or fewer must be very common words
GLUE_SHORT_MIN_ZIPF = 4.5
GLUE_MIN_LENGTH = 6

# Word endings and beginnings that make a derived word, not two words glued.
SUFFIXES = {
    "ness", "ment", "ments", "ism", "isms", "ist", "ists", "ity", "ities", "less", "ful", "fully",
    "able", "ably", "ible", "ly", "er", "ers", "ed", "ing", "ings", "tion", "tions", "sion",
    "ship", "ships", "hood", "dom", "ward", "wards", "wise", "like", "ize", "ized", "izes",
    "ise", "ised", "ises", "ization", "isation", "ous", "ive", "ives", "ate", "ates", "al",
    "ally", "ial", "ian", "ians", "ic", "ics", "ical", "ence", "ance", "ency", "ancy", "est",
    "en", "ens", "s", "es", "y", "ee", "ees", "ette", "let", "lets", "some", "fold", "man",
    "men", "woman", "women", "age", "ages", "ery", "ary", "ory", "ant", "ants", "ent", "ents",
    "ify", "ified", "fy", "ite", "ites", "ling", "lings", "scape", "gate", "speak", "ware",
    "worthy", "proof", "free", "wide", "ized", "led", "ness's",
}
PREFIXES = {
    "un", "re", "pre", "anti", "non", "over", "under", "counter", "post", "sub", "super",
    "inter", "multi", "co", "de", "dis", "mis", "out", "self", "semi", "mid", "trans", "ultra",
    "micro", "macro", "mega", "hyper", "neo", "pro", "pseudo", "quasi", "cyber", "bio", "geo",
    "eco", "tele", "auto", "extra", "intra", "infra", "meta", "mini", "poly", "mono", "tri",
    "bi", "uni", "cross", "fore", "up", "down", "in", "im", "il", "ir", "en", "em", "be",
    "war", "wor",
}


@dataclass
class Fix:
    kind: str
    start: int
    end: int
    before: str
    after: str
    clean_start: int = 0
    clean_end: int = 0


@dataclass
class CleanResult:
    text: str
    fixes: list[Fix]
    outlets: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- edit engine

class Editor:
    """Applies batches of edits to a text while keeping fixes in raw coordinates."""

    def __init__(self, raw: str):
        self.raw = raw
        self.text = raw
        self.fixes: list[Fix] = []   # raw coordinates, sorted, non-overlapping

    def _pieces(self):
        """Current-text layout: list of (cur_start, cur_end, raw_start, raw_end, fix or None)."""
        pieces = []
        raw_pos = cur_pos = 0
        for f in self.fixes:
            if f.start > raw_pos:
                n = f.start - raw_pos
                pieces.append((cur_pos, cur_pos + n, raw_pos, f.start, None))
                cur_pos += n
            pieces.append((cur_pos, cur_pos + len(f.after), f.start, f.end, f))
            cur_pos += len(f.after)
            raw_pos = f.end
        pieces.append((cur_pos, cur_pos + len(self.raw) - raw_pos, raw_pos, len(self.raw), None))
        return pieces

    def apply(self, edits: Iterable[tuple[int, int, str]], kind: str) -> None:
        """Apply non-overlapping edits ``(start, end, replacement)`` given in current offsets."""
        edits = sorted((s, e, r) for s, e, r in edits if self.text[s:e] != r)
        if not edits:
            return
        pieces = self._pieces()
        starts = [p[0] for p in pieces]
        spans = []      # (xs, xe, rs, re_, [edits]): each edit widened over the old fixes it touches
        absorbed: set[int] = set()
        for cs, ce, repl in edits:
            xs, xe = cs, ce
            rs = re_ = None
            # expand over any old fix that the edit touches (inside its replacement text)
            i = max(0, bisect.bisect_right(starts, cs) - 1)
            while i > 0 and pieces[i - 1][1] > cs:
                i -= 1
            j = i
            while j < len(pieces) and pieces[j][0] <= ce:
                p_cs, p_ce, p_rs, p_re, fix = pieces[j]
                touches = (p_cs < ce and p_ce > cs) or (cs == ce and p_cs < cs < p_ce)
                if fix is not None and touches:
                    absorbed.add(id(fix))
                    if p_cs < xs or rs is None and p_cs <= xs:
                        xs, rs = p_cs, p_rs
                    if p_ce >= xe:
                        xe, re_ = p_ce, p_re
                j += 1
            if rs is None:
                rs = self._to_raw(pieces, xs)
            if re_ is None:
                re_ = max(rs, self._to_raw(pieces, xe, "end"))
            if spans and xs < spans[-1][1]:
                # two edits inside one old fix (two glued words in one normalised run): one new fix
                pxs, pxe, prs, pre, group = spans[-1]
                spans[-1] = (pxs, max(pxe, xe), prs, max(pre, re_), group + [(cs, ce, repl)])
            else:
                spans.append((xs, xe, rs, re_, [(cs, ce, repl)]))
        new_fixes: list[Fix] = []
        for xs, xe, rs, re_, group in spans:
            after, pos = [], xs
            for cs, ce, repl in group:
                after.append(self.text[pos:cs] + repl)
                pos = ce
            after.append(self.text[pos:xe])
            new_fixes.append(Fix(kind, rs, re_, self.raw[rs:re_], "".join(after)))
        kept = [f for f in self.fixes if id(f) not in absorbed]
        merged = sorted(kept + [f for f in new_fixes if f.before != f.after],
                        key=lambda f: (f.start, f.end))
        self.fixes = merged
        self.text = apply_fixes(self.raw, self.fixes)

    @staticmethod
    def _to_raw(pieces, c: int, side: str = "start") -> int:
        """Raw offset of current offset ``c``. Several raw offsets can map to one
        current offset (around deletions): an edit's start takes the last of them
        and its end the first, so a new fix never overlaps an old deletion."""
        found = []
        for p_cs, p_ce, p_rs, p_re, fix in pieces:
            if fix is None and p_cs <= c <= p_ce:
                found.append(p_rs + (c - p_cs))
            elif fix is not None and c == p_cs:
                found.append(p_rs)
            elif fix is not None and c == p_ce:
                found.append(p_re)
        if not found:
            return pieces[-1][3] if pieces else 0
        return max(found) if side == "start" else min(found)

    def result(self, outlets=None) -> CleanResult:
        pos_raw = pos_clean = 0
        for f in self.fixes:
            f.clean_start = pos_clean + (f.start - pos_raw)
            f.clean_end = f.clean_start + len(f.after)
            pos_clean = f.clean_end
            pos_raw = f.end
        return CleanResult(self.text, list(self.fixes), list(outlets or []))


def apply_fixes(raw: str, fixes: Iterable[Fix]) -> str:
    """Rebuild the cleaned text from the raw text and its fixes."""
    out, pos = [], 0
    for f in sorted(fixes, key=lambda f: (f.start, f.end)):
        out.append(raw[pos:f.start])
        out.append(f.after)
        pos = f.end
    out.append(raw[pos:])
    return "".join(out)


def to_raw_offset(fixes: list[Fix], clean_offset: int) -> int:
    """Map an offset in the cleaned text back to the raw text."""
    delta = 0
    for f in fixes:
        if f.clean_start > clean_offset:
            break
        if f.clean_end > clean_offset:   # inside a replacement: its raw start
            return f.start
        delta = f.end - f.clean_end
    return clean_offset + delta


# --------------------------------------------------------------------------- passes

_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_ODD_SPACE = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\x0b\x0c"
_CONTROL = "".join(chr(c) for c in range(32) if chr(c) not in "\n\r\t\x0b\x0c") + "\x7f"


def _char_edits(text: str):
    for m in re.finditer(f"\r\n?|[{_INVISIBLE}{_CONTROL}]+|[{_ODD_SPACE}]+", text):
        s = m.group(0)
        yield m.start(), m.end(), "\n" if s[0] == "\r" else ("" if s[0] in _INVISIBLE + _CONTROL else " ")


def _nfc_edits(text: str):
    if unicodedata.is_normalized("NFC", text):
        return
    for m in re.finditer(r"\S+", text):
        w = m.group(0)
        if not unicodedata.is_normalized("NFC", w):
            yield m.start(), m.end(), unicodedata.normalize("NFC", w)


def _whitespace_edits(text: str):
    edits = []
    lead = re.match(r"\s+", text)
    if lead:
        edits.append((0, lead.end(), ""))
    trail = re.search(r"\s+$", text)
    if trail and trail.start() > (lead.end() if lead else 0):
        edits.append((trail.start(), len(text), ""))
    lo = lead.end() if lead else 0
    hi = trail.start() if trail else len(text)
    for m in re.finditer(r"[ ]*\n[ \n]*|[ ]{2,}", text[lo:hi]):
        s = m.group(0)
        if "\n" in s:
            repl = "\n\n" if s.count("\n") >= 2 else "\n"
        else:
            repl = " "
        if s != repl:
            edits.append((lo + m.start(), lo + m.end(), repl))
    return edits


# ----- boilerplate

_SOURCES = re.compile(r"^(?:sources?|sourced from|references|further reading)\s*:?\s+(?P<list>.+)$", re.I)
_DISCLAIMER = re.compile(
    r"\bdisclaimer\b|^(?:photo|image|illustration|graphic|video)s?\s*(?:credit)?\s*:"
    r"|\b(?:generated|produced|created|made)\s+(?:with|by|using)\s+(?:AI|artificial intelligence)\b"
    r"|^(?:all rights reserved|copyright\b|©)",
    re.I,
)
_OUTLET_HEADS = {
    "media", "news", "times", "post", "journal", "tribune", "herald", "gazette", "review",
    "magazine", "press", "radio", "daily", "weekly", "observer", "guardian", "monitor",
    "reporter", "standard", "examiner", "inquirer", "register", "record", "dispatch",
    "bulletin", "courier", "telegraph", "independent", "wire", "network", "insider",
    "chronicle", "sun", "star", "globe", "mail", "mirror", "today", "report", "online",
    "digest", "ledger", "leader", "sentinel", "enquirer", "citizen", "voice", "blade",
    "free press", "statesman", "republic", "democrat", "tv", "television", "broadcasting",
    "institute", "center", "foundation", "project", "blog", "substack", "podcast",
}
_BROADCAST_ACRONYM = re.compile(r"^(?:[A-Z]{2,5}|[KW][A-Z]{2,3})$")


def split_outlets(listing: str) -> list[str]:
    """Split a "Sources ..." list into outlet names.

    Explicit separators (commas, semicolons, bullets, " | ", " and ") win. Without
    them, an outlet ends at a masthead word (Times, Chronicle, Media...), a
    broadcaster acronym takes the one place word after it ("NBC Boston"), and a
    repeated single word is two entries.
    """
    listing = listing.strip().rstrip(".")
    parts = [p.strip() for p in re.split(r"\s*(?:[,;|•·]|\s-\s|\band\b)\s*", listing) if p.strip()]
    if len(parts) > 1:
        return parts
    words = listing.split()
    out, cur = [], []
    i = 0
    while i < len(words):
        w = words[i]
        if cur and _BROADCAST_ACRONYM.match(w):
            out.append(" ".join(cur))
            cur = []
        if cur and w == cur[-1] and len(cur) == 1:
            out.append(" ".join(cur))
            cur = []
        cur.append(w)
        if _BROADCAST_ACRONYM.match(w) and len(cur) == 1 and i + 1 < len(words) \
                and words[i + 1][:1].isupper() and not _BROADCAST_ACRONYM.match(words[i + 1]) \
                and words[i + 1].lower() not in _OUTLET_HEADS:
            cur.append(words[i + 1])
            i += 1
            out.append(" ".join(cur))
            cur = []
        elif w.lower() in _OUTLET_HEADS and not (i + 1 < len(words) and words[i + 1].lower() in _OUTLET_HEADS):
            out.append(" ".join(cur))
            cur = []
        elif len(cur) == 1 and i + 1 < len(words) and words[i + 1] == w:
            out.append(" ".join(cur))
            cur = []
        i += 1
    if cur:
        out.append(" ".join(cur))
    return out


def _is_list_line(body: str) -> bool:
    """Names, not a sentence: no final period, mostly capitalised words."""
    words = body.split()
    if not words or body.rstrip()[-1:] in ".!?\"”" and not body.rstrip().endswith(("Inc.", "Co.")):
        return False
    caps = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
    return caps / len(words) >= 0.7


def _boilerplate_edits(text: str):
    """Delete disclaimer and sources lines at the end of the article; return outlets."""
    edits, outlets = [], []
    lines = list(re.finditer(r"[^\n]*\n?", text))
    lines = [m for m in lines if m.group(0)]
    # from the end: trailing boilerplate block (at most 4 lines)
    k = len(lines) - 1
    checked = 0
    while k > 0 and checked < 4:
        m = lines[k]
        body = m.group(0).strip()
        checked += 1
        if not body:
            k -= 1
            continue
        src = _SOURCES.match(body)
        if src and _is_list_line(src.group("list")):
            outlets = split_outlets(src.group("list")) + outlets
        elif not (_DISCLAIMER.search(body) and len(body.split()) <= 40):
            break
        start = m.start()
        # take the newline before the line so no empty line is left behind
        if start > 0 and text[start - 1] == "\n" and k == len(lines) - 1:
            start -= 1
        edits.append((start, m.end(), ""))
        k -= 1
    # disclaimer lines elsewhere (photo credits and the like)
    for m in lines[: k + 1]:
        body = m.group(0).strip()
        if body and _DISCLAIMER.search(body) and len(body.split()) <= 25 and not body.endswith("?"):
            if re.match(r"^(?:photo|image|illustration|graphic|video)s?\s*(?:credit)?\s*:", body, re.I) \
                    or re.search(r"\bdisclaimer\b", body, re.I):
                edits.append((m.start(), m.end(), ""))
    # merge adjacent deletions
    edits.sort()
    merged = []
    for s, e, r in edits:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]), "")
        else:
            merged.append((s, e, r))
    return merged, outlets


# ----- glued words

@lru_cache(maxsize=200_000)
def zipf(word: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")


def split_glued(token: str):
    """Best split of an unknown lower-case token into two frequent words, or None."""
    if len(token) < GLUE_MIN_LENGTH or not token.isalpha() or not token.islower():
        return None
    if zipf(token) > 0:
        return None
    best, best_score = None, 0.0
    for i in range(2, len(token) - 1):
        left, right = token[:i], token[i:]
        if right in SUFFIXES or left in PREFIXES:
            continue
        zl, zr = zipf(left), zipf(right)
        need_l = GLUE_SHORT_MIN_ZIPF if len(left) <= 3 else GLUE_MIN_ZIPF
        need_r = GLUE_SHORT_MIN_ZIPF if len(right) <= 3 else GLUE_MIN_ZIPF
        if zl < need_l or zr < need_r:
            continue
        score = min(zl, zr) + 0.1 * min(len(left), len(right))
        if score > best_score:
            best, best_score = (left, right), score
    return best


_WORD = re.compile(r"(?<![\w'’\-./@])[A-Za-z]+(?![\w'’\-@]|\.[A-Za-z])")


def _glue_edits(text: str):
    for m in _WORD.finditer(text):
        tok = m.group(0)
        if len(tok) < GLUE_MIN_LENGTH or not tok.islower():
            continue
        split = split_glued(tok)
        if split:
            yield m.start() + len(split[0]), m.start() + len(split[0]), " "


# --------------------------------------------------------------------------- entry point

def clean(raw: str, body_start: int = 0) -> CleanResult:
    """Clean one decoded article. ``raw[:body_start]`` is a metadata header, removed."""
    ed = Editor(raw)
    if body_start:
        ed.apply([(0, body_start, "")], "metadata")
    ed.apply(list(_char_edits(ed.text)), "characters")
    ed.apply(list(_nfc_edits(ed.text)), "unicode_nfc")
    ed.apply(_whitespace_edits(ed.text), "whitespace")
    edits, outlets = _boilerplate_edits(ed.text)
    ed.apply(edits, "boilerplate")
    ed.apply(_whitespace_edits(ed.text), "whitespace")
    ed.apply(list(_glue_edits(ed.text)), "glued_words")
    return ed.result(outlets)
