"""Direct quotations and who said them.

How it works, per paragraph (a quotation may span several sentences of one
paragraph):

1. **Find quoted spans.** Double marks (straight ``"`` toggles, ``“`` opens,
   ``”`` closes). A quotation still open at the end of a paragraph is closed
   there (news style for quotes running over several paragraphs) and the next
   paragraph's opening quotation inherits its speaker. Single marks (``‘ ’``
   and ``'``) count only outside double quotes, with word boundaries on both
   sides, at least three words inside, and never for apostrophes (don’t,
   ’cause, officers’ union).
2. **Drop what is not a quotation:** names of operations ("Operation X",
   "X" operation), quoted names in title case, "so-called" phrases, scare
   quotes of one or two words, and three-word ones with no reporting verb or
   only a descriptive one (called, described) unless they end the sentence;
   a reporting verb attached right after saves them ("No," she said).
3. **Attribute.** The reporting verb (``cue``, a lemma from :data:`CUE_LEMMAS`)
   is searched in the sentences the quotation touches, outside every quoted
   span, in this order: first verb after the closing mark ("...," said X /
   X said / X asked), a verb before the quotation that governs it in the
   parse, the nearest verb before it (colon form: "X asserted ...: "...""),
   any later verb; a speech noun with a possessor nearer the quotation wins
   ("the senator's warning that ...", "in Lee's words, ..."); with a colon and
   no reporting verb, the verb before the colon ("X put it bluntly: ...").
   "according to X" is the cue ``according to``. The speaker is the verb's
   ``nsubj`` (or that of the verb it hangs from, skipping reported clauses:
   "she declared, adding, ...", "X asserted Y, stating, ..."), the author of
   a document noun ("the party passed a resolution declaring ..."), the
   source of a medium ("a statement from the agency"), the antecedent of
   "who", mapped to the ``people`` rows (full ``name``) or ``orgs``
   rows that cover it, else to spaCy PERSON/ORG entities, else to the noun
   phrase itself ("Oregon's legal team"). "the mayor" is resolved to the
   last person whose role has that word. Pronouns go to the last person
   mentioned before (he/she/I), the last person or organization (they/we), the
   last organization (it), never counting names inside quotations.
4. **No verb?** The speaker is carried from the previous attributed quotation
   of the same paragraph, from a quotation left open at the end of the
   previous paragraph (or back to it, when only the closing part names the
   speaker), or from the preceding sentence of the same paragraph
   that ends with a colon or has a person saying something. Otherwise the
   quotation is kept with ``speaker == ""``.

A quotation split around its cue ("A," she said, "B.") gives **one row per
part**, both with the same speaker and cue, so that ``text[start:end]`` is
always exactly ``quote``. ``start``/``end`` are document offsets of the text
inside the marks (a trailing comma inside the marks is left out).

Extra column ``speaker_source``: person (a ``people`` row), org (an ``orgs``
row or an organization named earlier: "the department"), title ("the
sheriff" -> the last person with that role or written after that title),
entity (spaCy entity or proper-noun chain, titles stripped, surname expanded
to the fullest earlier name), noun_phrase, pronoun, carried, context or none.
``cue`` is a lemma ("say", "declare", "according to", "warning").

Without ``people``/``orgs`` rows (empty lists) the same rules run on spaCy
entities and title + proper-noun runs ("Rev. Ana Ruiz").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from .base import ParsedDocument, Sentence

#: lemmas of reporting verbs
CUE_LEMMAS = frozenset("""
say tell declare state add urge assert counter write explain note argue warn insist claim ask
reply respond announce tweet post continue recall vow acknowledge admit contend emphasize
emphasise stress observe remark maintain testify complain predict suggest conclude caution agree
charge allege promise pledge proclaim shout yell chant exclaim concede retort quip joke report
demand plead lament boast affirm reiterate underscore call describe dub label brand characterize
denounce decry condemn slam blast criticize praise laud threaten question wonder mention accuse
""".split())
#: cues used for partial quotations and descriptions (not for bare attribution)
WEAK_CUES = frozenset("""call describe dub label brand characterize denounce decry condemn slam blast
criticize praise laud threaten question wonder mention continue report accuse""".split())

_OPEN_DOUBLE = "\u201c\u201e\u00ab"
_CLOSE_DOUBLE = "\u201d\u00bb"
_ELISIONS = re.compile(r"(?:cause|em|til|tis|twas|n|s|d|ll|re|ve|\d0s|\d\ds)\b", re.I)
_WORD = re.compile(r"[^\W_]+(?:[-'\u2019][^\W_]+)*")
_TITLE_WORDS = frozenset("""rev reverend pastor father mayor state governor gov sheriff senator sen representative rep attorney general
chief commissioner secretary director spokesperson spokeswoman spokesman president councilmember
councilman councilwoman judge prosecutor official lawmaker legislator supervisor executive
superintendent administrator czar leader chair chairman chairwoman speaker officer""".split())
_SALUTATION = re.compile(r"^Dear ((?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]+)\s*[:,]\s*$", re.M)
#: a speaker's label at the start of a line, then the opening quotation mark
_LABEL = re.compile(r"[ \t]*((?:[A-Z][\w.'\u2019&-]*|of|the|and|for|de|la|van|von)(?:[ \t]+(?:[A-Z][\w.'\u2019&-]*|of|the"
                    r"|and|for|de|la|van|von)){0,7})(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*:[ \t]*$")
_LABEL_HEADINGS = frozenset(("quote", "quotes", "note", "re", "subject", "summary", "answer", "question", "q", "a",
                             "excerpt", "text", "testimony", "comment", "comments", "response", "reply"))
#: titles that name one person when written alone ("the Sheriff said")
_BARE_TITLES = (_TITLE_WORDS - {"state", "attorney", "official", "officer", "leader", "lawmaker", "legislator",
                                "spokesperson", "spokeswoman", "spokesman", "rev", "gov", "sen", "rep"}) | {
    "manager", "clerk", "auditor", "treasurer", "inspector", "counsel", "warden", "commander", "chancellor",
    "regent", "trustee", "ombudsman", "ombudsperson", "controller", "comptroller"}
_TITLE_ABBR = {"governor": "gov", "senator": "sen", "representative": "rep", "lieutenant": "lt",
               "councilmember": "councilmember", "general": "gen"}
_TITLE_TOKENS = _TITLE_WORDS | frozenset(_TITLE_ABBR.values()) | {
    "mr", "mrs", "ms", "dr", "lt", "u.s", "district", "circuit", "magistrate", "federal", "county", "city",
    "deputy", "assistant", "acting", "former", "interim", "associate", "special", "senior", "us"}
_DOCUMENTS = frozenset(("resolution", "statement", "letter", "report", "post", "release", "memo", "petition",
                        "complaint", "lawsuit", "suit", "filing", "order", "proclamation", "message", "email"))
_SPEECH_NOUNS = frozenset(("word", "words", "exhortation", "call", "warning", "vow", "pledge", "promise", "demand",
                           "plea", "message", "remark", "remarks", "statement", "claim", "argument", "assertion",
                           "insistence", "description", "phrase", "slogan", "rallying", "instruction", "order"))
#: documents a quotation can be read from, and verbs that issue them ("the letter stated ...")
_ISSUED = frozenset(("statement", "letter", "announcement", "release", "memo", "complaint", "filing", "notice",
                     "post", "email", "message", "brief", "motion", "lawsuit", "suit", "order", "report"))
_ISSUE_VERBS = frozenset(("send", "issue", "release", "announce", "post", "publish", "file", "write", "sign",
                          "sue", "deliver", "mail", "email"))
_MEDIUM = frozenset(("statement", "post", "release", "letter", "memo", "email", "message", "tweet", "filing"))
_SUBJ_DEPS = ("nsubj", "nsubjpass")
#: common nouns that stand for an organization named before ("the agency said")
_ORG_NOUNS = frozenset(("agency", "department", "office", "administration", "bureau", "service", "organization",
                        "group", "coalition", "union", "campaign", "company", "firm", "ministry", "division"))
#: speaker sources good enough to lend a speaker to a quotation in a neighbouring sentence
_NAMED_SOURCES = ("person", "org", "entity", "title", "pronoun")
_NP_CUT = frozenset(("appos", "relcl", "acl", "punct", "cc", "conj", "advcl", "parataxis"))


#: words of a date, which the parse can take for a speaker ("on Thursday called ...")
_DATE_WORDS = frozenset(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                         "february", "march", "april", "may", "june", "july", "august", "september", "october",
                         "november", "december", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec",
                         "today", "yesterday"))


def _strip_title(name: str) -> str:
    """'Supervisor Hannah Cole' -> 'Hannah Cole'; 'the ACLU' -> 'ACLU'."""
    parts = re.sub(r"^(?:the|The)\s+", "", name).split()
    while len(parts) > 1 and parts[0].lower().rstrip(".") in _TITLE_TOKENS:
        parts.pop(0)
    return " ".join(parts)


@dataclass
class _Quote:
    start: int                # inner text, document offsets
    end: int
    open_pos: int             # position of the opening mark
    close_pos: Optional[int]  # position of the closing mark (None: runs to paragraph end)
    paragraph: int
    single: bool = False


@dataclass
class _Tok:
    start: int
    end: int
    tok: object
    sent: Sentence


# --------------------------------------------------------------------------- finding spans
def _double_spans(text: str, base: int, para: int) -> list[_Quote]:
    out: list[_Quote] = []
    open_at: Optional[int] = None
    for i, ch in enumerate(text):
        if ch == '"':
            if open_at is None:
                open_at = i
            else:
                out.append(_Quote(base + open_at + 1, base + i, base + open_at, base + i, para))
                open_at = None
        elif ch in _OPEN_DOUBLE:
            if open_at is None:
                open_at = i
        elif ch in _CLOSE_DOUBLE and open_at is not None:
            out.append(_Quote(base + open_at + 1, base + i, base + open_at, base + i, para))
            open_at = None
    if open_at is not None and text[open_at + 1:].strip():
        out.append(_Quote(base + open_at + 1, base + len(text), base + open_at, None, para))
    return out


def _single_spans(text: str, base: int, para: int, taken: list[_Quote]) -> list[_Quote]:
    def inside(pos: int) -> bool:
        return any(q.open_pos <= base + pos <= (q.close_pos if q.close_pos is not None else q.end) for q in taken)

    out: list[_Quote] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in "'\u2018" and not inside(i) and (i == 0 or text[i - 1] in " \t([\u2014\u2013-") \
                and i + 1 < n and text[i + 1].isalnum() and not _ELISIONS.match(text, i + 1):
            j = i + 1
            found = None
            while j < n:
                c = text[j]
                if c in "\"\u201c\u201d":
                    break
                if c in "'\u2019" and (text[j - 1].isalnum() or text[j - 1] in ".,!?") \
                        and (j + 1 >= n or not text[j + 1].isalnum()):
                    possessive = (text[j - 1] in "sS" and j + 2 < n and text[j + 1] == " "
                                  and text[j + 2].islower())
                    if not possessive:
                        found = j
                        break
                j += 1
            if found is not None and len(_WORD.findall(text[i + 1:found])) >= 3:
                out.append(_Quote(base + i + 1, base + found, base + i, base + found, para, single=True))
                i = found + 1
                continue
        i += 1
    return out


def _trim(text: str, q: _Quote) -> None:
    s, e = q.start, q.end
    while s < e and text[s].isspace():
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] == ","):
        e -= 1
    q.start, q.end = s, e


def find_quoted_spans(pdoc: ParsedDocument) -> list[tuple[int, int]]:
    """Inner offsets of every quoted span (before filtering), in reading order."""
    return [(q.start, q.end) for q in _spans(pdoc, _paragraphs(pdoc))]


def _paragraphs(pdoc: ParsedDocument) -> list[list[Sentence]]:
    paras: list[list[Sentence]] = []
    for s in pdoc.sentences:
        if paras and paras[-1][0].paragraph == s.paragraph:
            paras[-1].append(s)
        else:
            paras.append([s])
    return paras


def _spans(pdoc: ParsedDocument, paras: list[list[Sentence]]) -> list[_Quote]:
    out: list[_Quote] = []
    for sents in paras:
        a, b = sents[0].start, sents[-1].end
        text = pdoc.text[a:b]
        dq = _double_spans(text, a, sents[0].paragraph)
        qs = sorted(dq + _single_spans(text, a, sents[0].paragraph, dq), key=lambda q: q.start)
        for q in qs:
            _trim(pdoc.text, q)
        out.extend(q for q in qs if q.end > q.start)
    return out


# --------------------------------------------------------------------------- filtering
def _n_words(text: str) -> int:
    return len(_WORD.findall(text))


def _is_operation_or_name(text: str, q: _Quote) -> bool:
    inner = text[q.start:q.end]
    before = text[max(0, q.open_pos - 20):q.open_pos]
    after_at = (q.close_pos + 1) if q.close_pos is not None else q.end
    after = text[after_at:after_at + 20]
    if re.search(r"\b(?:[Oo]peration|so-called|dubbed|nicknamed|titled|entitled)\s*$", before) \
            or inner.lower().startswith("so-called"):
        return True
    if re.match(r"\s*(?:[Oo]peration|[Oo]perations|campaign|initiative|program)\b", after) or inner.startswith("Operation "):
        return True
    words = inner.split()
    if len(words) <= 6 and not re.search(r"[.?!,;:]", inner):
        content = [w for w in words if len(w) > 3]
        if content and all(w[:1].isupper() for w in content) and words[0][:1].isupper():
            return True          # a quoted title or name
    return False


# --------------------------------------------------------------------------- tokens and cues
def _para_tokens(sents: list[Sentence]) -> list[_Tok]:
    out = []
    for s in sents:
        if s.doc is None:
            continue
        for t in s.doc:
            a = s.start + t.idx
            out.append(_Tok(a, a + len(t.text), t, s))
    return out


def _participle_lemma(t) -> Optional[str]:
    """'warning' tagged as a noun but used as a participle clause: 'warn'."""
    if t.pos_ == "NOUN" and t.dep_ in ("advcl", "xcomp", "conj", "ccomp") and t.lower_.endswith("ing"):
        stem = t.lower_[:-3]
        for cand in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem):
            if cand in CUE_LEMMAS:
                return cand
    return None


def _is_cue(t) -> bool:
    if t.lemma_.lower() == "accord" or t.lower_ == "according":
        return any(c.lower_ == "to" for c in t.children)
    if t.lemma_.lower() in CUE_LEMMAS and (t.pos_ in ("VERB", "AUX") or t.tag_.startswith("VB")):
        return True
    return _participle_lemma(t) is not None


def _cue_name(t) -> str:
    if t.lower_ == "according":
        return "according to"
    return _participle_lemma(t) or t.lemma_.lower()


class _Attributor:
    """Cue and speaker search for the quotations of one document."""

    def __init__(self, pdoc: ParsedDocument, people: list[dict], orgs: list[dict], quotes: list[_Quote]):
        self.pdoc = pdoc
        self.quotes = quotes
        self.people = sorted((p for p in people if p.get("start") is not None), key=lambda r: (r["start"], r["end"]))
        self.orgs = sorted((o for o in orgs if o.get("start") is not None), key=lambda r: (r["start"], r["end"]))
        self.ent_people = []
        self.ent_orgs = []
        for s in pdoc.sentences:
            if s.doc is None:
                continue
            for e in s.doc.ents:
                a, b = s.span_offsets(e)
                if e.label_ == "PERSON":
                    self.ent_people.append({"start": a, "end": b, "name": _strip_title(e.text), "text": e.text})
                elif e.label_ == "ORG":
                    self.ent_orgs.append({"start": a, "end": b, "name": e.text, "text": e.text})
            doc = s.doc
            for t in doc:   # "Rev. Ana Ruiz", "Sheriff Amos Trell" missed by the model
                if t.lower_.rstrip(".") in _TITLE_TOKENS and t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN":
                    j = t.i + 1
                    while j + 1 < len(doc) and doc[j + 1].pos_ == "PROPN" and doc[j + 1].ent_type_ not in ("GPE", "ORG"):
                        j += 1
                    if j > t.i + 1 or doc[j].ent_type_ == "":
                        span = doc[t.i + 1:j + 1]
                        a, b = s.span_offsets(span)
                        if not any(p["start"] <= a < p["end"] for p in self.ent_people):
                            self.ent_people.append({"start": a, "end": b, "name": span.text, "text": span.text})
        self.ent_people.sort(key=lambda r: (r["start"], r["end"]))

    # -- helpers
    def in_quote(self, pos: int) -> bool:
        for q in self.quotes:
            if q.start <= pos < q.end:
                return True
        return False

    def _persons(self):
        return self.people if self.people else self.ent_people

    def _full_name(self, text: str, before: int) -> str:
        """Expand a surname to the fullest earlier person name that ends with it."""
        best = text
        for p in self._persons():
            if p["start"] >= before + 1000:
                break
            n = p.get("name") or p.get("text") or ""
            if n != best and n.endswith(" " + text.split()[-1]) and len(n) > len(best) and text in n:
                best = n
        return best

    # -- speaker from a token
    def speaker_of(self, tok, sent: Sentence) -> tuple[str, str]:
        if tok.lower_ in ("who", "that", "which") and tok.head.dep_ == "relcl":
            tok = tok.head.head                  # "X, who warned that ..."
        if tok.lemma_.lower() in _MEDIUM:        # "a statement from the agency"
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in ("from", "by", "of"):
                    objs = [g for g in c.children if g.dep_ == "pobj"]
                    if objs:
                        tok = objs[0]
                        break
        a = sent.start + tok.idx
        low = tok.lower_
        if low.rstrip(".") in _DATE_WORDS:
            # "Commissioner X, who represents East Knoxville, on Thursday called the arrests '...'", "ICE's letter of
            # March 30, signed by Director X, described ...": the parse's subject is a date; the person named is
            named = next((r for r in self._persons() if sent.start <= r["start"] < sent.end
                          and not self.in_quote(r["start"])), None)
            if named is not None:
                return (named.get("name") or named.get("text") or "", "person")
        if tok.pos_ == "PRON" or low in ("he", "she", "they", "we", "i", "it"):
            topic = self._document_topic(a) if low == "it" else None
            return topic or self._pronoun(low, a)
        titled = self._bare_title(tok, a)
        if titled:
            return (titled, "title")
        if tok.lemma_.lower() in _ISSUED and any(c.dep_ == "poss" and c.lower_ == "your" for c in tok.children):
            addressee = self._addressee(a)       # "Dear Senator Roe: ... Your letter reports ..."
            if addressee:
                return (addressee, "person")
        for rows, src in ((self.people, "person"), (self.orgs, "org")):
            for r in rows:
                if r["start"] <= a < r["end"] and not self.in_quote(r["start"]):
                    return (r.get("name") or r.get("text") or "", src)
        np_toks = self._np(tok, sent)
        na, nb = sent.start + np_toks[0].idx, sent.start + np_toks[-1].idx + len(np_toks[-1])
        # a common noun with a named person in apposition: "an attorney, Jane Roe,"
        for child in tok.children:
            if child.dep_ == "appos":
                ca, cb = sent.start + child.left_edge.idx, sent.start + child.right_edge.idx + len(child.right_edge)
                for r in self._persons():
                    if r["start"] < cb and r["end"] > ca:
                        return (r.get("name") or r.get("text") or "", "person")
        for rows, src in ((self.people, "person"), (self.orgs, "org")):
            for r in rows:
                if r["start"] < nb and r["end"] > na:
                    return (r.get("name") or r.get("text") or "", src)
        for e in sent.doc.ents:
            if e.start <= tok.i < e.end and e.label_ in ("PERSON", "ORG", "NORP", "GPE"):
                name = _strip_title(e.text)
                if e.label_ == "PERSON" or len(name.split()) == 1:
                    name = self._full_name(name, a)
                return (name, "entity")
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in _TITLE_WORDS:
            hit = None
            for r in self.people:
                if r["start"] >= a:
                    break
                if tok.lemma_.lower() in (r.get("role") or "").lower() and not self.in_quote(r["start"]):
                    hit = r
            if hit is not None:
                return (hit.get("name") or hit.get("text") or "", "title")
            hit = self._titled_entity(tok.lemma_.lower(), a)
            if hit:
                return (hit, "title")
        if tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children):
            hit = None
            for r in (self.orgs or self.ent_orgs):
                if r["start"] >= a:
                    break
                name = r.get("name") or r.get("text") or ""
                if re.search(r"\b" + re.escape(tok.text) + r"\b", name, re.I) and not self.in_quote(r["start"]):
                    hit = r
            if hit is not None:
                return (hit.get("name") or hit.get("text") or "", "org")
            if tok.lemma_.lower() in _ORG_NOUNS:   # "the agency said": the last organization named
                hit = None
                for r in (self.orgs or self.ent_orgs):
                    if r["start"] >= a:
                        break
                    if not self.in_quote(r["start"]):
                        hit = r
                if hit is not None:
                    return (hit.get("name") or hit.get("text") or "", "org")
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in _ISSUED and any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children):
            hit = self._issuer(tok.lemma_.lower(), a)   # "the letter stated": whoever sent the letter
            if hit:
                return hit
        if tok.pos_ == "PROPN":
            chain = [c for c in tok.lefts if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"]
            while chain and chain[0].lower_.rstrip(".") in _TITLE_TOKENS:
                chain.pop(0)
            text = " ".join([c.text for c in chain] + [tok.text])
            return (self._full_name(text, a), "entity")
        poss = [t for t in np_toks if t.dep_ == "poss" and t.lower_ in ("her", "his", "their", "its")]
        if poss:
            owner, _src = self._pronoun({"her": "she", "his": "he", "their": "they", "its": "it"}[poss[0].lower_], a)
            if owner:
                rest = [t.text for t in np_toks if t is not poss[0] and t.i > poss[0].i]
                return (f"{owner}'s " + " ".join(rest), "pronoun")
        words = [t.text for t in np_toks]
        while words and words[0].lower() in ("the", "a", "an", "this", "that"):
            words.pop(0)
        while words and words[-1] in ("'s", "\u2019s", "'"):
            words.pop()            # the possessor of a speech noun: "the senator's"
        text = re.sub(r" (['\u2019]s)\b", r"\1", " ".join(words))
        return (text, "noun_phrase")

    def _bare_title(self, tok, a: int) -> str:
        """"the Sheriff said", "the Attorney General wrote": the person last named with that title
        (a role of the people stage, else a name written after the title); "" when the title has a
        name of its own ("Sheriff Ana Ruiz"), no article, or no earlier holder."""
        low = tok.lower_.rstrip(".")
        if tok.pos_ not in ("NOUN", "PROPN") or low not in _BARE_TITLES:
            return ""
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "our") for c in tok.children):
            return ""
        lefts = [c for c in tok.lefts if c.dep_ in ("compound", "amod", "flat")]
        if any(c.lower_.rstrip(".") not in _TITLE_TOKENS for c in lefts):
            return ""
        if any(c.dep_ in ("compound", "flat", "appos") and c.pos_ == "PROPN" for c in tok.rights):
            return ""
        title = " ".join([c.lower_ for c in lefts] + [low])
        hit = None
        for r in self.people:
            if r["start"] >= a:
                break
            if title in (r.get("role") or "").lower() and not self.in_quote(r["start"]):
                hit = r
        if hit is not None:
            return hit.get("name") or hit.get("text") or ""
        return self._titled_entity(low, a) if not lefts else ""

    def _issuer(self, noun: str, before: int) -> Optional[tuple[str, str]]:
        """Who issued the document a quotation is read from ("the letter stated ...", "the
        complaint says ..."): the subject of the nearest earlier verb of issuing whose object is
        that kind of document ("X sent the city a letter", "Y filed a complaint"), or the
        subject of a clause that issues or announces something, within the three sentences
        before; None when there is no such clause."""
        sents = [x for x in self.pdoc.sentences if x.start < before and x.doc is not None][-4:]
        for x in reversed(sents):
            for t in reversed(list(x.doc)):
                if x.start + t.idx >= before:
                    continue
                verb = None
                if t.lemma_.lower() == noun:          # "a letter from X, Deputy Assistant Secretary"
                    for c in t.children:
                        if c.dep_ == "prep" and c.lower_ in ("from", "by"):
                            for g in c.children:
                                if g.dep_ == "pobj":
                                    found = self._row_at(x.start + g.idx)
                                    if found:
                                        return found
                if t.lemma_.lower() == noun and t.dep_ in ("dobj", "nsubjpass", "pobj"):
                    verb = t.head if t.dep_ != "pobj" else t.head.head
                elif t.pos_ == "VERB" and t.lemma_.lower() in _ISSUE_VERBS:
                    verb = t
                if verb is None:
                    continue
                subj = next((c for c in verb.children if c.dep_ in ("nsubj",)), None)
                if subj is None and verb.dep_ == "conj":
                    subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
                if subj is None:
                    subj = self.named_before(verb, x)
                if subj is None or subj.pos_ == "PRON":
                    continue
                sa, sb = x.start + subj.left_edge.idx, x.start + subj.right_edge.idx + len(subj.right_edge)
                for rows, src in ((self.people, "person"), (self.orgs, "org")):
                    for r in rows:
                        if r["start"] < sb and r["end"] > sa and not self.in_quote(r["start"]):
                            return (r.get("name") or r.get("text") or "", src)
        return None

    def _document_topic(self, before: int) -> Optional[tuple[str, str]]:
        """"The letter demands ... It warns that ...": when the sentence before has a document
        ("the letter", "this memo") as its subject, and no organization is named since, "it" is that
        document, and its speaker is whoever issued it; None otherwise."""
        sents = [x for x in self.pdoc.sentences if x.end <= before]
        if not sents or sents[-1].doc is None:
            return None
        x = sents[-1]
        for t in x.doc:
            if t.dep_ in ("nsubj", "nsubjpass") and t.lemma_.lower() in _ISSUED and any(
                    c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children):
                p = x.start + t.idx
                if any(x.end <= r["start"] < before for r in self.orgs + self.people):
                    return None
                return self._issuer(t.lemma_.lower(), p)
        return None

    def _addressee(self, before: int) -> str:
        """The person a letter is written to, from its salutation ("Dear Senator Roe:"), with the
        fullest earlier form of the name; "" when there is no salutation before this offset."""
        hits = _SALUTATION.findall(self.pdoc.text[:before])
        if not hits:
            return ""
        name = _strip_title(hits[-1])
        if name.split()[0].lower().rstrip(".") in _TITLE_TOKENS:
            return ""                            # "Dear Senator:" names no one
        return self._full_name(name, before)

    def _subject_of_sentence(self, hit: dict, pos: int) -> dict:
        """"Director X wrote to Mayor Y that ... The next day, he told reporters ...": of the people named in the
        sentence of the last one named, the subject of its clause (the one the text goes on telling of), else that
        last one."""
        s = next((x for x in self.pdoc.sentences if x.start <= hit["start"] < x.end), None)
        if s is None or s.doc is None:
            return hit
        same = [r for r in self._persons() if s.start <= r["start"] < min(s.end, pos) and not self.in_quote(r["start"])]
        for r in reversed(same):
            tok = next((t for t in s.doc if s.start + t.idx < r["end"] <= s.start + t.idx + len(t)), None)
            while tok is not None and tok.dep_ in ("compound", "flat", "appos") and tok.head.i != tok.i:
                tok = tok.head
            if tok is not None and tok.dep_ in ("nsubj", "nsubjpass"):
                return r
        return hit

    def _row_at(self, pos: int) -> Optional[tuple[str, str]]:
        """(name, source) of the person or organization row written at this offset, if any."""
        for rows, src in ((self.people, "person"), (self.orgs, "org")):
            for r in rows:
                if r["start"] <= pos < r["end"] and not self.in_quote(r["start"]):
                    return (r.get("name") or r.get("text") or "", src)
        return None

    def named_before(self, verb, sent: Sentence):
        """A verb the parse left without a subject ("In a letter dated May 2, Jane Roe, Deputy
        Secretary at DHS, praised ..." read as a list of dates): the root of the last person named
        before it in the sentence, when no verb stands between the two; else None."""
        hit = None
        for e in sent.doc.ents:
            if e.label_ == "PERSON" and e.end <= verb.i and not self.in_quote(sent.start + e.start_char):
                hit = e
        if hit is None or any(t.pos_ in ("VERB", "AUX") or self.in_quote(sent.start + t.idx)
                              for t in sent.doc[hit.end:verb.i]):
            return None
        return hit.root

    def _titled_entity(self, title: str, before: int) -> str:
        """The last PERSON entity written right after this title ("Sheriff Jane Roe")."""
        hit = ""
        for s in self.pdoc.sentences:
            if s.start >= before:
                break
            if s.doc is None:
                continue
            for e in s.doc.ents:
                if e.label_ != "PERSON" or self.in_quote(s.start + e.start_char):
                    continue
                words = [t.lower_.rstrip(".") for t in s.doc[max(0, e.start - 3):e.start + 1]]
                if title in words or _TITLE_ABBR.get(title, "") in words:
                    hit = self._full_name(e.text, s.start + e.start_char)
        return hit

    def _np(self, tok, sent: Sentence) -> list:
        keep = []

        def walk(t):
            if t is not tok and t.dep_ in _NP_CUT:
                return
            keep.append(t)
            for c in t.children:
                walk(c)

        walk(tok)
        keep = sorted((t for t in keep if not self.in_quote(sent.start + t.idx)), key=lambda t: t.i)
        return keep or [tok]

    def _pronoun(self, low: str, pos: int) -> tuple[str, str]:
        def last(rows):
            hit = None
            for r in rows:
                if r["start"] >= pos:
                    break
                if not self.in_quote(r["start"]):
                    hit = r
            return hit

        if low == "it":
            cands = [last(self.orgs or self.ent_orgs)]
        elif low in ("they", "we"):
            cands = [last(self._persons()), last(self.orgs or self.ent_orgs)]
        else:
            hit = last(self._persons())
            cands = [self._subject_of_sentence(hit, pos) if hit is not None and low in ("he", "she") else hit]
        cands = [c for c in cands if c is not None]
        if not cands:
            return ("", "none")
        best = max(cands, key=lambda r: r["start"])
        name = best.get("name") or best.get("text") or ""
        return (self._full_name(name, best["start"]) if " " not in name else name, "pronoun")

    # -- subject of a cue verb
    def subject(self, cue, sent: Sentence):
        if cue.lower_ == "according":
            for c in cue.children:
                if c.lower_ == "to":
                    for g in c.children:
                        if g.dep_ == "pobj":
                            return g
            return None
        if cue.pos_ == "NOUN" and _participle_lemma(cue) is None:
            return next((c for c in cue.children if c.dep_ == "poss"), None)
        if cue.dep_ == "acl" and cue.head.pos_ in ("NOUN", "PROPN"):
            noun = cue.head
            if noun.lemma_.lower() in _DOCUMENTS and noun.head.pos_ in ("VERB", "AUX"):
                # "the party passed a resolution declaring ...": the author of the document
                for c in noun.head.children:
                    if c.dep_ == "nsubj":
                        return c
            return noun                 # "an agent saying ..."
        t = cue
        for _ in range(4):
            if t is cue or (t.dep_ != "ccomp" and not (t.dep_ in ("acl", "relcl")
                                                        and any(c.dep_ == "mark" for c in t.children))):
                for c in t.children:
                    if c.dep_ in _SUBJ_DEPS and not self.in_quote(sent.start + c.idx):
                        return c
            if t is not cue and t.dep_ in ("acl", "relcl") and any(c.dep_ == "mark" for c in t.children):
                # "X said in a statement that the plan would "..." and urged ...": climb out of
                # the reported clause to the verb that reports it
                up = next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None)
                if up is None:
                    break
                t = up
                for c in t.children:
                    if c.dep_ in _SUBJ_DEPS and not self.in_quote(sent.start + c.idx):
                        return c
                break
            if t.head is not t and (t.dep_ in ("conj", "advcl", "xcomp") or (t is not cue and t.dep_ == "ccomp")):
                t = t.head
            else:
                break
        # fall back on the neighbours: "said Smith" / "Smith said"
        doc = cue.doc
        if cue.i + 1 < len(doc) and doc[cue.i + 1].pos_ in ("PROPN", "PRON"):
            j = cue.i + 1
            while j + 1 < len(doc) and doc[j + 1].pos_ == "PROPN":
                j += 1
            return doc[j]
        if cue.i > 0 and doc[cue.i - 1].pos_ in ("PROPN", "PRON"):
            return doc[cue.i - 1]
        return self.named_before(cue, sent)


def _frame(tokens: list[_Tok], att: _Attributor) -> list[_Tok]:
    return [t for t in tokens if not att.in_quote(t.start) and not t.tok.is_punct and not t.tok.is_space]


def _find_cue(q: _Quote, sents: list[Sentence], tokens: list[_Tok], att: _Attributor, text: str):
    """Best (cue token, sentence, adjacent) for a quotation, or None."""
    close = q.close_pos if q.close_pos is not None else q.end
    s_open = next((s for s in sents if s.start <= q.open_pos < s.end), sents[0])
    s_close = next((s for s in sents if s.start <= close < s.end), sents[-1])
    idx_close = sents.index(s_close)
    after_sents = [s_close]
    if idx_close + 1 < len(sents) and text[close + 1:s_close.end].strip() == "":
        after_sents.append(sents[idx_close + 1])      # '"Why?" Kessler asked.'
    next_open = min((o.open_pos for o in att.quotes if o.open_pos > close), default=None)

    after = [t for t in _frame(tokens, att) if t.sent in after_sents and t.start > close
             and (next_open is None or t.start < next_open)]
    if len(after_sents) == 2:   # the next sentence counts only if it is a short attribution
        n2 = [t for t in after if t.sent is after_sents[1]]
        if len(n2) > 12:
            after = [t for t in after if t.sent is s_close]
    verbs = [t for t in after if t.tok.pos_ in ("VERB", "AUX") or _is_cue(t.tok)]
    if verbs and _is_cue(verbs[0].tok) and verbs[0].tok.lemma_.lower() not in WEAK_CUES:
        return verbs[0], True

    idx_open = sents.index(s_open)
    before_sents = [s_open]
    if idx_open > 0 and sents[idx_open - 1].text.rstrip().endswith(":") and \
            text[sents[idx_open - 1].end:q.open_pos].strip() == "":
        before_sents.insert(0, sents[idx_open - 1])
    prev_close = max(((o.close_pos if o.close_pos is not None else o.end)
                      for o in att.quotes if o.end <= q.open_pos and o.open_pos >= before_sents[0].start), default=None)
    before = [t for t in _frame(tokens, att) if t.sent in before_sents and t.start < q.open_pos]
    cues_before = [t for t in before if _is_cue(t.tok)]
    nouns = [t for t in before if t.sent is s_open and t.tok.lemma_.lower() in _SPEECH_NOUNS
             and t.tok.pos_ == "NOUN" and any(c.dep_ == "poss" for c in t.tok.children)]
    if nouns and (not cues_before or nouns[-1].start > cues_before[-1].start):
        return nouns[-1], False   # "Smith's warning that ...", "in Smith's words, ..."
    if cues_before:
        inside = [t for t in tokens if t.sent is s_open and q.start <= t.start < q.end]
        for c in reversed(cues_before):
            if c.sent is s_open and any(c.tok in t.tok.ancestors for t in inside):
                # a cue inside what another cue reports ("X said the raids would continue ...")
                top = [b for b in cues_before if b.sent is s_open and b.tok in c.tok.ancestors]
                if top and c.tok.lemma_.lower() in WEAK_CUES:
                    c = top[0]
                return c, prev_close is not None and c.start > prev_close
        return cues_before[-1], False
    later = [t for t in after if _is_cue(t.tok)]
    if later:
        return later[0], False
    if text[max(0, q.open_pos - 3):q.open_pos].rstrip().endswith(":"):
        roots = [t for t in before if t.sent is s_open and t.tok.pos_ in ("VERB", "AUX")
                 and any(c.dep_ in _SUBJ_DEPS for c in t.tok.children)]
        if roots:                 # 'X put it bluntly: "..."'
            return roots[0], True
    return None


def _adjacent_cue(q: _Quote, text: str, cue: Optional[_Tok], adjacent: bool) -> bool:
    if cue is None:
        return False
    if adjacent:
        return True
    # colon form: 'X said: "No."'
    return cue.start < q.open_pos and text[max(0, q.open_pos - 3):q.open_pos].rstrip().endswith(":")


def extract_quotes(pdoc: ParsedDocument, people: list[dict], orgs: list[dict]) -> list[dict]:
    """One row per direct quotation (each part of a split quotation is its own row)."""
    if not pdoc.sentences:
        return []
    text = pdoc.text
    paras = _paragraphs(pdoc)
    spans = _spans(pdoc, paras)
    att = _Attributor(pdoc, people or [], orgs or [], spans)
    by_para: dict[int, list[Sentence]] = {p[0].paragraph: p for p in paras}
    tokens_by_para = {k: _para_tokens(v) for k, v in by_para.items()}
    rows: list[dict] = []
    last_by_para: dict[int, dict] = {}
    prev_open_row: Optional[dict] = None     # quotation left open at the end of a paragraph
    for q in spans:
        sents = by_para[q.paragraph]
        tokens = tokens_by_para[q.paragraph]
        found = _find_cue(q, sents, tokens, att, text)
        cue_tok, adjacent = found if found else (None, False)
        inner = text[q.start:q.end]
        nw = _n_words(inner)
        adj = _adjacent_cue(q, text, cue_tok, adjacent)
        if _is_operation_or_name(text, q) and not adj:
            continue
        if nw <= 2 and not adj:
            continue
        if nw <= 3 and not adj and (cue_tok is None or (cue_tok.tok.lemma_.lower() in WEAK_CUES
                                                        and not inner.rstrip().endswith((".", "!", "?")))):
            continue
        speaker, source, cue = "", "none", ""
        labelled = _line_label(text, q.open_pos, att) or _clip_speaker(text, q.open_pos, att)
        if labelled:                         # 'Jane Roe (reply): "..."' in a transcript or comment list
            speaker, source = labelled, "label"
        elif cue_tok is not None:
            cue = _cue_name(cue_tok.tok)
            subj = att.subject(cue_tok.tok, cue_tok.sent)
            if subj is not None:
                speaker, source = att.speaker_of(subj, cue_tok.sent)
        if not speaker:
            speaker, source, cue = _carry(q, sents, last_by_para, prev_open_row, att, cue)
        s_open = next((s for s in sents if s.start <= q.start < s.end), sents[0])
        row = dict(doc_id=pdoc.doc_id, sentence_id=s_open.sentence_id, start=q.start, end=q.end,
                   speaker=speaker, quote=inner, cue=cue, speaker_source=source)
        rows.append(row)
        if prev_open_row is not None and not prev_open_row["speaker"] and speaker \
                and q.paragraph == _para_of(prev_open_row, att) + 1:
            prev_open_row.update(speaker=speaker, cue=cue, speaker_source="carried")
        last_by_para[q.paragraph] = row
        prev_open_row = row if q.close_pos is None else None
    return rows


def _line_label(text: str, open_pos: int, att: _Attributor) -> str:
    """The speaker's label a line starts with, right before its quotation ('Jane Roe: "..."',
    'Bell County Sheriff's Office (reply): "..."', 'SHERIFF JANE ROE: "..."'): the person or
    organization named there, else the label itself when it reads as a name; "" otherwise."""
    line_start = text.rfind("\n", 0, open_pos) + 1
    m = _LABEL.match(text, line_start, open_pos)
    if m is None:
        return ""
    label = m.group(1)
    a = line_start + m.start(1) - m.start()
    found = None if label.isupper() else (att._row_at(a + len(label) - 1) or att._row_at(a))
    if found:
        return found[0]
    words = label.split()
    if words[0].lower() in _DOCUMENTS or words[0].lower() in _LABEL_HEADINGS:
        return ""
    if label.isupper():
        label = " ".join("-".join(p.capitalize() for p in w.split("-")) for w in words)
    name = _strip_title(label)
    return att._full_name(name, a) if len(name.split()) >= 2 or len(words) >= 2 else ""


#: a broadcast script's cue line for a recorded clip, naming who speaks in it: "[ACT 1: SHERIFF JANE ROE, PINAL COUNTY |
#: TRT :11]", "SOT - MAYOR JANE ROE, CITY OF X:", "[SOT ROE :08 / LOWER THIRD: JANE ROE | DEFENSE ATTORNEY]"
_CLIP_CUE = re.compile(r"^[ \t]*\[?[ \t]*(?:SOT|ACT(?:UALITY)?|BITE|CUT|SOUNDBITE)\b[ \t]*\d*[ \t]*[-:\u2013\u2014]?[ \t]*"
                       r"(?P<rest>[^\n]*?)[ \t]*\]?[ \t]*:?[ \t]*$")


def _clip_speaker(text: str, open_pos: int, att: _Attributor) -> str:
    """The speaker a broadcast script's cue line names, on the line right above a quotation that opens its line."""
    line_start = text.rfind("\n", 0, open_pos) + 1
    if text[line_start:open_pos].strip():
        return ""
    prev_end = line_start - 1
    if prev_end <= 0:
        return ""
    prev_start = text.rfind("\n", 0, prev_end) + 1
    m = _CLIP_CUE.match(text[prev_start:prev_end])
    if m is None:
        return ""
    rest = m.group("rest")
    if "LOWER THIRD:" in rest.upper():
        rest = rest[rest.upper().index("LOWER THIRD:") + len("LOWER THIRD:"):]
    who = re.split(r"\s*[|,(]\s*|\s+:\d", rest, maxsplit=1)[0].strip(" :-")
    if not who or not re.search(r"[A-Za-z]{2}", who):
        return ""
    if who.isupper():
        who = " ".join("-".join(p.capitalize() for p in w.split("-")) for w in who.split())
    name = _strip_title(who)
    return att._full_name(name, prev_start) if len(name.split()) >= 1 else ""


def _carry(q: _Quote, sents: list[Sentence], last_by_para: dict, prev_open_row, att: _Attributor, cue: str):
    prev = last_by_para.get(q.paragraph)
    if prev and prev["speaker"]:
        return prev["speaker"], "carried", cue or prev["cue"]
    if prev_open_row is not None and prev_open_row["speaker"] and q.paragraph == _para_of(prev_open_row, att) + 1:
        return prev_open_row["speaker"], "carried", cue or prev_open_row["cue"]
    # a preceding sentence of the paragraph where a named speaker says something
    for s in reversed([s for s in sents if s.end <= q.open_pos]):
        found = _cue_speaker(s, att)
        if found:
            return found[0], "context", cue or found[1]
        break
    starts_sentence = _opens_sentence(q, sents, att)
    # a quotation that is a sentence of its own: the subject of the sentence before
    # ('Councilmember X was blunt. "..."'), or the speaker named in the sentence after
    # ('"..." That is what X told the council.'); at the start of a paragraph, an
    # attribution ending the previous paragraph ('X said:' / 'X spoke on Monday.')
    if starts_sentence:
        prev = [s for s in sents if s.end <= q.open_pos]
        if prev:
            hit = _sentence_subject(prev[-1], att)
            if hit:
                return hit[0], "context", cue or hit[1]
        elif q.paragraph > 0:
            paras = [p for p in _paragraphs(att.pdoc) if p[0].paragraph == q.paragraph - 1]
            if paras and len(paras[0]) <= 2:
                last = paras[0][-1]
                if not any(att.in_quote(last.start + t.idx) for t in last.doc or []):
                    hit = _sentence_subject(last, att)
                    if hit:
                        return hit[0], "context", cue or hit[1]
        close = q.close_pos if q.close_pos is not None else q.end
        nxt = [s for s in sents if s.start > close]
        if nxt and nxt[0].doc is not None:
            s = nxt[0]
            for t in s.doc:
                if _is_cue(t) and not att.in_quote(s.start + t.idx) and t.lemma_.lower() not in WEAK_CUES:
                    subj = att.subject(t, s)
                    if subj is not None:
                        name, src = att.speaker_of(subj, s)
                        if name and src in _NAMED_SOURCES:
                            return name, "context", cue or _cue_name(t)
            # "That was the response from X in a statement": the source of a medium or response
            for t in s.doc:
                if t.lower_ in ("from", "by") and t.head.lemma_.lower() in _MEDIUM | {"response", "reply", "word"}:
                    objs = [c for c in t.children if c.dep_ == "pobj"]
                    if objs:
                        name, src = att.speaker_of(objs[0], s)
                        if name and src in _NAMED_SOURCES:
                            return name, "context", cue
    return "", "none", cue


def _opens_sentence(q: _Quote, sents: list[Sentence], att: "_Attributor") -> bool:
    """Is the quotation (from its opening mark) the start of its sentence?"""
    text = att.pdoc.text
    s = next((s for s in sents if s.start <= q.open_pos < s.end), None)
    return s is not None and text[s.start:q.open_pos].strip() == ""


def _cue_speaker(s: Sentence, att: "_Attributor"):
    """(speaker, cue) of the first reporting verb outside quotation marks whose subject names a
    person or organization; None if there is none (or the sentence was not parsed)."""
    if s.doc is None:
        return None
    for t in s.doc:
        if _is_cue(t) and not att.in_quote(s.start + t.idx):
            subj = att.subject(t, s)
            if subj is not None:
                name, src = att.speaker_of(subj, s)
                if name and src in _NAMED_SOURCES:
                    return name, _cue_name(t)
    return None


def _sentence_subject(s: Sentence, att: "_Attributor"):
    """(speaker, cue) from a sentence outside quotation marks: a reporting verb's subject, else
    the subject of its main verb when that names a person or organization; None if neither."""
    if s.doc is None:
        return None
    found = _cue_speaker(s, att)
    if found:
        return found
    roots = [t for t in s.doc if t.dep_ == "ROOT" and not att.in_quote(s.start + t.idx)]
    for root in roots:
        subj = next((c for c in root.children if c.dep_ in _SUBJ_DEPS), None)
        if subj is not None and subj.pos_ != "PRON" or (subj is not None and subj.lower_ in ("he", "she")):
            name, src = att.speaker_of(subj, s)
            if name and src in ("person", "org", "entity", "title", "pronoun"):
                return name, ""
    return None


def _para_of(row: dict, att: _Attributor) -> int:
    for s in att.pdoc.sentences:
        if s.sentence_id == row["sentence_id"]:
            return s.paragraph
    return -10
