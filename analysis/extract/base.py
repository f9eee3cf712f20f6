"""Data passed between the segmenter and the extractors.

The segmenter produces :class:`Sentence` rows; the NLP stage parses each
sentence once with spaCy and hands every extractor a :class:`ParsedDocument`.
Offsets: ``Sentence.start``/``end`` index the cleaned document text;
``token.idx`` inside ``Sentence.doc`` indexes the sentence text, so a token's
document offset is ``sentence.start + token.idx``.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field
from typing import Any, Optional

#: a line that separates the parts of a text: a letter reproduced in a release, an attached brief, the parts of a
#: packet ("---", "* * *", "###")
SEPARATOR_LINE = re.compile(r"^[ \t]*(?:-{3,}|\*{3,}|(?:\*[ \t]+){2}\*|_{3,}|={3,}|#{3})[ \t]*$")
#: a federal agency's name as a letterhead line sets it: "U.S. Immigration and Customs Enforcement", "ENFORCEMENT AND
#: REMOVAL OPERATIONS | Dallas Field Office", "U.S. DEPARTMENT OF HOMELAND SECURITY", "Department of Justice"
#: (``agency`` is the name; the speakers stage reads who signs a letter under it, the actions stage whose bulletin it is)
FEDERAL_AGENCY_LINE = re.compile(r"[ \t]*(?:U\.S\.\s+|United States\s+)?(?P<agency>Immigration and Customs Enforcement"
                                 r"|Department of\s+Homeland\s+Security|Enforcement and Removal Operations"
                                 r"|Homeland Security Investigations|Department of\s+Justice)\b", re.I)


@dataclass
class Sentence:
    sentence_id: str          # "<doc_id>:<n>", n counted from 0 in reading order
    doc_id: str
    paragraph: int            # 0-based paragraph index in the document
    is_heading: bool          # headline or section heading line
    start: int                # offsets into the cleaned document text
    end: int
    text: str
    doc: Any = None           # spaCy Doc of ``text`` (set by the NLP stage)

    def span_offsets(self, span) -> tuple[int, int]:
        """Document offsets of a spaCy Span/Token of ``self.doc``."""
        if hasattr(span, "start_char"):
            return self.start + span.start_char, self.start + span.end_char
        return self.start + span.idx, self.start + span.idx + len(span)


@dataclass
class ParsedDocument:
    doc_id: str
    text: str                                 # cleaned text
    date: Optional[_dt.date] = None           # the document's own or inherited date
    title: Optional[str] = None
    sentences: list[Sentence] = field(default_factory=list)


def parse_text(text: str, doc_id: str = "doc", date: Optional[_dt.date] = None) -> ParsedDocument:
    """Segment and parse a (clean) text: the way tests build a ParsedDocument."""
    from .. import nlp, segment

    sents = segment.sentences(doc_id, text)
    for s, d in zip(sents, nlp.parse([s.text for s in sents])):
        s.doc = d
    return ParsedDocument(doc_id=doc_id, text=text, date=date, sentences=sents)


def ranked_with_unique_ids(df, id_column: str):
    """Rows sorted by mentions (most first) then name; a repeated id gets "-2", "-3", ... in that order."""
    from collections import Counter

    df = df.sort_values(["mentions", "name"], ascending=[False, True], kind="mergesort").reset_index(drop=True)
    seen: Counter = Counter()
    ids = []
    for i in df[id_column]:
        seen[i] += 1
        ids.append(i if seen[i] == 1 else f"{i}-{seen[i]}")
    df[id_column] = ids
    return df
