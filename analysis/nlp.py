"""The spaCy pipeline, loaded once per process and only when first needed.

``import analysis`` must stay fast, so nothing here imports spaCy at module
import time. Domain rules (titles, agencies, US places) are added to the
pipeline by :mod:`analysis.extract.entities`.
"""
from __future__ import annotations

import re
import threading
from typing import Iterable

from . import config

_NLP = None
_LOCK = threading.Lock()

#: components the extractors never use
_UNUSED = ()


def get_nlp():
    """Return the process-wide spaCy ``Language`` (loaded lazily, with domain rules)."""
    global _NLP
    if _NLP is None:
        with _LOCK:
            if _NLP is None:
                import spacy

                try:
                    nlp = spacy.load(config.SPACY_MODEL, exclude=list(_UNUSED))
                except OSError as exc:  # model package missing
                    raise RuntimeError(
                        f"spaCy model {config.SPACY_MODEL!r} is not installed; run `make env`"
                    ) from exc
                try:
                    from .extract.entities import add_rules
                except ImportError:  # pragma: no cover - during bootstrap only
                    add_rules = None
                if add_rules is not None:
                    add_rules(nlp)
                _keep_whole(nlp)
                _NLP = nlp
    return _NLP


#: hyphenated words the tokenizer would split into nonsense ("e", "-", "mailed": no verb left to parse)
_WHOLE_WORDS = ("e-mail", "e-mails", "e-mailed", "e-mailing")

#: a statute's section with its subsections, one token: "287(g)", "1357(g)(1)" (the default suffix rules split
#: the closing parenthesis off, "287(g" + ")", and the parse then hangs the ")" and the noun after it elsewhere)
_SECTION_NUMBER = r"\d{2,4}\([a-zA-Z]\)(?:\(\d{1,2}\))*"


def _keep_whole(nlp) -> None:
    from spacy.attrs import ORTH

    for word in _WHOLE_WORDS:
        for form in (word, word.capitalize()):
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    previous = nlp.tokenizer.token_match      # (a regex's bound match, which the tokenizer can serialize)
    pattern = _SECTION_NUMBER if previous is None else f"{_SECTION_NUMBER}|(?:{previous.__self__.pattern})"
    nlp.tokenizer.token_match = re.compile(f"^(?:{pattern})$").match


_CAPS_VERB = re.compile(r"\b[A-Z]{2,}(?:ED|ING)\b")


#: a summary line that opens with a verb the small model reads as a plural noun when capitalised ("Bars city
#: employees from sharing ...", "2. Bans masks for officers ..."), not a heading ("Limits on ICE access")
_OPENING_VERB = re.compile(r"^(\W{0,3}(?:\(?\w{1,3}[.)]\s+)?)(Bars|Bans|Limits|Blocks|Curbs|Caps)"
                           r"(?=\s+(?!(?:of|on|for|to|and|in|at|or|with|from|by)\b)[A-Za-z])")


#: a list item's bullet opening a sentence ("• Aug. 20, 2026 — A federal judge orders ..."), which the small model
#: reads as a verb and hangs the sentence on
#: (or a transcript's time stamp: "[00:08:36] SHERIFF: We honor ...")
_BULLET = re.compile(r"^\s*(?:[\u2022\u00b7\u25aa\u25cf\u25e6\u2023\u25ba*\u2013-]|\[\d{1,2}:\d{2}(?::\d{2})?\])(?=\s)")


def for_parser(text: str) -> str:
    """The text the parser sees: upper-case verb forms in a mixed-case sentence
    ("The motion is GRANTED", "Defendants are ENJOINED") lower-cased so the small
    model tags them as verbs, and so is a summary line's opening verb ("Bars city employees from ...").
    A list item's opening bullet and a transcript line's time stamp are blanked. Same length, so every offset is unchanged."""
    text = _BULLET.sub(lambda m: " " * len(m.group(0)), text)
    text = _OPENING_VERB.sub(lambda m: m.group(1) + m.group(2).lower(), text)
    if not _CAPS_VERB.search(text) or text.upper() == text:
        return text
    return _CAPS_VERB.sub(lambda m: m.group(0).lower(), text)


def parse(texts: Iterable[str], batch_size: int = 256, n_process: int = 1):
    """Parse many short texts (sentences) in one streamed pass."""
    nlp = get_nlp()
    return nlp.pipe((for_parser(t) for t in texts), batch_size=batch_size, n_process=n_process)
