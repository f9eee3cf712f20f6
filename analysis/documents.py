"""Document-level facts: title, genre (with the cues that decided it), word
count, and near-duplicates (excerpts) with date inheritance.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from typing import Iterable, Optional

from .extract.base import Sentence

GENRES = ("news", "opinion", "analysis", "explainer")

_WORD = re.compile(r"[A-Za-z0-9\u00c0-\u024f]+(?:['’][A-Za-z]+)?")
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")

# Cue patterns per genre: shape of the writing, not topic words.
GENRE_CUES: dict[str, list[tuple[str, str]]] = {
    "opinion": [
        ("first person singular", r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|me|my|myself)\b"),
        ("exclamation", r"!\s"),
        ("evaluative aside", r"\b(?:thank goodness|frankly|in my view|I believe|I think|I can't imagine|I can’t imagine|we must|we should)\b"),
        ("first person plural", r"\b(?:we are|we’re|we're|our)\b"),
    ],
    "explainer": [
        ("question", r"\?(?:\s|$)"),
        ("explainer phrasing", r"\b(?:what (?:is|are|does|it means)|how (?:does|do|it works)|here's what|here’s what|explained|what to know|FAQ)\b"),
        ("definition", r"\b(?:so-called|refers to|is defined as|means that)\b"),
    ],
    "analysis": [
        ("hedged forecast", r"\b(?:likely|appears to|seems to|suggests|may|might|could)\b"),
        ("argument connective", r"\b(?:however|meanwhile|moreover|nevertheless|yet|for now|by contrast|in other words)\b"),
        ("framing words", r"\b(?:calculation|tension|balance|backdrop|implications|context)\b"),
    ],
    "news": [
        ("reporting verb", r"\b(?:said|says|told|stated|announced|according to|declared)\b"),
        ("time anchor", r"\b(?:on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|last week|yesterday|this week|in (?:January|February|March|April|May|June|July|August|September|October|November|December))\b"),
        ("direct quotation", r"[\"“][^\"“”]{25,}[\"”]"),
    ],
}


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def classify_genre(text: str) -> tuple[str, str]:
    """(genre, cues): cue counts per 1,000 words, quoted speech excluded for the
    first-person cues. Ties go to news. ``cues`` lists what decided it."""
    words = max(word_count(text), 1)
    unquoted = _QUOTED.sub(" ", text)
    scores, found = {}, {}
    for genre, cues in GENRE_CUES.items():
        total, hits = 0.0, []
        for name, pattern in cues:
            source = unquoted if genre in ("opinion", "explainer") else text
            n = len(re.findall(pattern, source, flags=re.I if name != "first person singular" else 0))
            if n:
                hits.append(f"{name} ×{n}")
                total += n
        scores[genre] = total * 1000 / words
        found[genre] = hits
    # weights: first-person voice is the strongest signal of opinion
    first_person = sum(1 for _ in re.finditer(GENRE_CUES["opinion"][0][1], unquoted))
    if first_person * 1000 / words >= 2.0:
        genre = "opinion"
    elif scores["explainer"] >= 3.0 and scores["explainer"] >= scores["news"]:
        genre = "explainer"
    elif scores["news"] >= scores["analysis"] * 0.5 and scores["news"] >= 4.0:
        genre = "news"
    elif scores["analysis"] > 0:
        genre = "analysis"
    else:
        genre = "news"
    return genre, "; ".join(found[genre])


def title_of(sentences: list[Sentence], meta_title: Optional[str]) -> tuple[Optional[str], str]:
    """(title, source): metadata title, else the headline (a heading on the first line)."""
    if meta_title:
        return meta_title, "metadata"
    if sentences and sentences[0].is_heading and sentences[0].paragraph == 0:
        return sentences[0].text, "headline"
    if sentences:
        words = sentences[0].text.split()
        return " ".join(words[:12]) + ("…" if len(words) > 12 else ""), "first_sentence"
    return None, "none"


# --------------------------------------------------------------------------- duplicates

def _norm(text: str) -> str:
    return " ".join(w.lower() for w in _WORD.findall(text))


def sentence_hashes(sentences: Iterable[Sentence]) -> list[str]:
    out = []
    for s in sentences:
        norm = _norm(s.text)
        if len(norm.split()) >= 4:
            out.append(hashlib.blake2b(norm.encode(), digest_size=8).hexdigest())
    return out


def find_duplicates(docs: dict[str, list[str]], threshold: float = 0.9) -> dict[str, str]:
    """{doc_id: source_doc_id} for documents whose sentences (by hash) mostly occur in
    a longer (or, on equal length, earlier) document. Linear in total sentences:
    an inverted index of hashes, candidate sources counted per document."""
    index: dict[str, set[str]] = defaultdict(set)
    for doc_id, hashes in docs.items():
        for h in hashes:
            index[h].add(doc_id)
    result = {}
    for doc_id in sorted(docs):
        hashes = set(docs[doc_id])
        if not hashes:
            continue
        counts = Counter()
        for h in hashes:
            for other in index[h]:
                if other != doc_id:
                    counts[other] += 1
        best = None
        for other, n in sorted(counts.items()):
            if n / len(hashes) < threshold:
                continue
            n_other = len(set(docs[other]))
            longer = n_other > len(hashes) or (n_other == len(hashes) and other < doc_id)
            if longer and (best is None or n_other > len(set(docs[best]))):
                best = other
        if best is not None:
            result[doc_id] = best
    # a chain a -> b -> c points straight at c
    for d in list(result):
        seen = {d}
        while result[d] in result and result[d] not in seen:
            seen.add(result[d])
            result[d] = result[result[d]]
    return result
