"""Named-entity mentions: spaCy's NER plus domain rules, one row per mention.

Two layers:

* **Sentence level, inside the spaCy pipeline** (:func:`add_rules`, called once
  by :func:`analysis.nlp.get_nlp`):

  - an ``entity_ruler`` before ``ner`` (whose spans the statistical NER keeps
    and predicts around): known agencies, parties, advocacy groups and media
    from ``analysis/data/agencies.json`` with their acronyms ("ICE", "U.S.
    Customs and Border Protection"); structural organization names ("<Place>
    Police Department", "<Place> County Sheriff's Office", "<Place> Department
    of <X>", "City Council", "Board of Supervisors", courts such as "U.S.
    District Court for the Northern District of <X>", "9th Circuit", "National
    Guard", "<Place> Democratic Party"), police acronyms ("NYPD", "LAPD") and
    laws and programs as LAW ("Section 287(g)", "287(g) program", "<Title
    Case> Act", "Senate Bill 4", "SB 4", "Executive Order 14159", "Proposition
    187"); all-capital city aliases from the gazetteer ("NYC", "L.A.") as GPE.
  - a component after ``ner`` (``lp_people_rules``) for people the small model
    misses or mislabels: a name after a title ("Sheriff Dana Ortiz",
    "Maricopa County Sheriff Dana Ortiz" -> GPE + PERSON, the title in no
    entity; "Secretary of Homeland Security Dana Ortiz"); a name followed by
    an apposition that describes a person ("Dana Ortiz, a staff attorney at
    ...", "Dana Ortiz, who ..."); a name preceded by a descriptor and a comma
    ("the county's top prosecutor, Dana Ortiz,"). Title Case headlines only
    keep people the NER found.

* **Document level** (:func:`extract_mentions`, no new parse):

  - a surname used alone ("Ortiz", also as the last words of a compound
    surname) is PERSON when a full name ending in it appears anywhere in the
    document, whatever the NER said (ORG, GPE, NORP...), unless it is a
    GPE/LOC after a locative preposition ("in Houston"); untagged capitalized
    occurrences are added;
  - a one-word PERSON that is no word of any full name in the document and is
    a state or a city of >= 100,000 people in the gazetteer becomes GPE
    ("Austin", "Aurora");
  - acronyms defined in the text ("Officer Visibility Act (OVA)", "Heartland
    Immigrant Justice (HIJ)") give later uses the same label and canonical
    name; untagged later uses are added.

Every row: ``doc_id, sentence_id, start, end, text, label, canonical`` plus
``source`` (``ner``, ``rule``, ``surname``, ``acronym``). ``canonical`` is the
full name for people (fullest form in the document, title-cased if typed in
capitals), the agency's canonical name for known organizations ("ICE" ->
"Immigration and Customs Enforcement"), else the surface without a leading
"the" and a trailing possessive. Spans drop a leading "the" and a trailing
"'s" (so ``pdoc.text[start:end] == text``).

Places inside organization names: an ORG/FAC/LAW row whose span covers a place
name ("the Arizona Republic", "ACLU of Arizona" when tagged as one span) is
how :mod:`analysis.extract.places` knows to skip that place;
:func:`analysis.extract.organizations.org_spans` lists those spans.

The rule data (titles, role nouns, agencies) lives in ``analysis/data/titles.json``
and ``analysis/data/agencies.json``; :func:`titles`, :func:`agencies`,
:func:`match_title` and :func:`lookup_org` share it with the actors and
organizations stages.
"""
from __future__ import annotations

import json
import re
import threading
from functools import lru_cache
from typing import Optional

from ..config import PACKAGE_DATA
from .base import ParsedDocument

RULER_NAME = "lp_entity_rules"
PEOPLE_COMPONENT = "lp_people_rules"
RULE_ID = "lp_rule"

#: labels whose spans may hide a person's surname or name (NER confusions)
RELABEL_FROM = {"ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "WORK_OF_ART", "EVENT", "LANGUAGE"}
#: labels of numbers and times (a surname glued to one is split off: "Achterhof later" DATE)
NUMERIC_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
#: labels that name things (spans trimmed of "the" and "'s"); numbers and dates keep their span
NAME_LABELS = RELABEL_FROM | {"PERSON", "LAW"}
LOCATIVE = {"in", "into", "from", "to", "at", "near", "across", "outside", "throughout", "of", "around",
            "inside", "within", "toward", "towards", "via"}
#: smallest city that wins over an unresolved one-word PERSON label ("Austin said" stays a person
#: only when a full name ending in Austin appears in the document)
PERSON_TO_PLACE_MIN_POPULATION = 100_000
#: capitalized words that never belong to a person's name
NOT_NAME = {
    "the", "a", "an", "and", "or", "but", "of", "for", "in", "on", "at", "to", "by", "with", "from", "as",
    "he", "she", "they", "we", "i", "it", "his", "her", "their", "our", "this", "that", "these", "those",
    "said", "says", "told", "added", "asked", "wrote", "who", "whose", "which", "when", "after", "before",
    "while", "if", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.",
    "oct.", "nov.", "dec.", "today", "yesterday", "tonight", "u.s.", "us", "federal", "state", "county",
    "city", "police", "department", "office", "court", "council", "board", "commission", "agency",
    "bureau", "administration", "university", "college", "school", "party", "house", "senate",
    "legislature", "assembly", "congress", "act", "bill", "law", "order", "program", "operation",
    "democrat", "democrats", "republican", "republicans", "democratic", "gop", "ice", "dhs", "cbp",
    "doj", "fbi", "not", "no", "yes", "also", "then", "now", "here", "there", "sheriff's", "officials",
    "residents", "mr.", "mrs.", "ms.", "dr.", "jr", "sr", "north", "south", "east", "west", "district",
    "national", "guard", "patrol", "border", "immigration", "customs", "enforcement", "homeland",
    "security", "justice", "attorney", "general", "governor", "mayor", "secretary", "president",
    "chief", "judge", "director", "commissioner", "deputy", "officer", "agent", "acting", "former",
    # words that only qualify a title ("Deputy Associate Attorney General", "Principal Deputy Director")
    "associate", "principal", "assistant", "executive",
} | set()
#: parties of a lawsuit, used as defined terms in legal writing ("Appellees contend ..."): never names
LEGAL_ROLE_WORDS = {
    "plaintiff", "plaintiffs", "defendant", "defendants", "appellant", "appellants", "appellee", "appellees",
    "petitioner", "petitioners", "respondent", "respondents", "intervenor", "intervenors", "intervener",
    "interveners", "amicus", "amici", "movant", "movants", "relator", "relators", "claimant", "claimants",
    "complainant", "complainants", "cross-appellant", "cross-appellants", "cross-appellee", "cross-appellees",
}
NOT_NAME |= LEGAL_ROLE_WORDS
#: words that may precede a title and belong to it ("Deputy Associate Attorney General X")
TITLE_PREFIX_WORDS = {"deputy", "associate", "principal", "assistant", "acting", "senior", "executive",
                      "chief", "special", "interim", "first", "under"}
PARTICLES = {"de", "del", "della", "der", "den", "van", "von", "da", "di", "du", "dos", "das", "la", "le",
             "bin", "ibn", "al", "el", "st.", "mac", "y", "ter", "ten"}
SUFFIXES = {"jr.", "jr", "sr.", "sr", "ii", "iii", "iv", "v", "esq."}
_INITIAL = re.compile(r"^[A-Z]\.(?:[A-Z]\.)?$")
_CAP = re.compile(r"^[A-Z\u00c0-\u00de][\w'\u2019.\u00c0-\u024f-]*$")

_LOCK = threading.Lock()


# ----------------------------------------------------------------------------- rule data
@lru_cache(maxsize=1)
def titles() -> dict:
    """``analysis/data/titles.json`` (roles, honorifics, modifiers, person nouns)."""
    return json.loads((PACKAGE_DATA / "titles.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def agencies() -> dict:
    """``analysis/data/agencies.json`` (known organizations and organization head words)."""
    return json.loads((PACKAGE_DATA / "agencies.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _tokenizer():
    import spacy

    return spacy.blank("en").tokenizer


def _norm_tok(text: str) -> str:
    return text.lower().replace("\u2019", "'")


@lru_cache(maxsize=4096)
def _toks(text: str) -> tuple[str, ...]:
    """Lower-cased spaCy tokens of a phrase (apostrophes straightened)."""
    return tuple(_norm_tok(t.text) for t in _tokenizer()(text))


@lru_cache(maxsize=1)
def title_index() -> tuple[dict, int, frozenset]:
    """(token tuple -> (role entry, form), longest form length, first tokens).
    Honorifics map to a role entry with role ''."""
    idx: dict[tuple[str, ...], tuple[dict, str]] = {}
    for entry in titles()["roles"]:
        for form in entry["forms"]:
            key = _toks(form)
            if key and key not in idx:
                idx[key] = (entry, form)
    hon = {"role": "", "level": None, "levels": [], "honorific": True}
    for form in titles()["honorifics"]:
        idx.setdefault(_toks(form), (hon, form))
    return idx, max(len(k) for k in idx), frozenset(k[0] for k in idx)


def match_title(tokens, start: int, end: Optional[int] = None, *, before_name: bool = True):
    """Longest title form starting at ``tokens[start]`` (spaCy tokens).

    Returns ``(end_index, role_entry, form)`` or None. Entries marked ``exact``
    ("Father", "Pope") match only with the typed capitalization; capitalized
    forms match lower-case text ("mayor Jane Doe"), except one-word
    abbreviations and acronyms ("DA", "AG")."""
    idx, longest, firsts = title_index()
    first_tok = tokens[start]
    first = _norm_tok(first_tok.text)
    if first not in firsts:
        return None
    n = len(tokens) if end is None else end
    words = [first] + [_norm_tok(tokens[k].text) for k in range(start + 1, min(n, start + longest))]
    for size in range(len(words), 0, -1):
        hit = idx.get(tuple(words[:size]))
        if hit is None:
            continue
        entry, form = hit
        if entry.get("exact") and not first_tok.text[:1].isupper():
            continue
        if form.isupper() and len(form) <= 4 and first_tok.text != form:
            continue                                           # "da", "ag" in lower case
        if not before_name and entry.get("honorific"):
            continue
        if start + size < n and tokens[start + size].lower_ in ("department", "departments", "dept"):
            continue                                           # "the Justice Department": an agency's name
        return start + size, entry, form
    return None


@lru_cache(maxsize=1)
def _org_index() -> dict[str, dict]:
    """Lower-cased name/alias/acronym (also with "U.S." prefixes) -> organization entry."""
    out: dict[str, dict] = {}
    for org in agencies()["organizations"]:
        forms = [org["name"], *org.get("aliases", [])]
        for f in forms:
            out.setdefault(_org_key(f), org)
            if org.get("us_prefix"):
                for p in ("U.S. ", "US ", "United States ", "federal ", "the U.S. "):
                    out.setdefault(_org_key(p + f), org)
        for a in org.get("acronyms", []):
            out.setdefault("=" + a, org)                       # acronyms: case-sensitive key
    return out


def _org_key(text: str) -> str:
    t = re.sub(r"\s+", " ", text.replace("\u2019", "'")).strip()
    t = re.sub(r"^(?:the|The|THE)\s+", "", t)
    t = re.sub(r"(?:'s|')$", "", t)
    return t.lower()


def lookup_org(text: str) -> Optional[dict]:
    """The known organization (agencies.json entry) a surface form names, or None.

    Acronyms match case-sensitively ("ICE", not "ice"); names and aliases
    case-insensitively, with or without "the", "U.S." and a possessive."""
    if not text:
        return None
    idx = _org_index()
    t = re.sub(r"\s+", " ", text.replace("\u2019", "'")).strip()
    t = re.sub(r"^(?:the|The|THE)\s+", "", t)
    bare = re.sub(r"'s$", "", t)
    hit = idx.get("=" + bare)
    if hit is None:
        hit = idx.get(_org_key(t))
    return hit


# ----------------------------------------------------------------------------- pipeline rules
#: capitalized words that never start or extend a place prefix of an organization's name
_PREFIX_STOP = {
    "the", "a", "an", "and", "or", "but", "in", "on", "at", "for", "from", "to", "with", "by", "under",
    "after", "before", "since", "during", "if", "when", "while", "as", "because", "said", "says",
    "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "former", "acting",
    "mayor", "gov.", "governor", "sheriff", "sen.", "rep.", "judge", "president", "secretary",
    "officials", "meanwhile", "also", "then", "both", "all", "some", "many", "most", "several",
    "new", "last", "next", "each", "every", "how", "why", "what", "where", "who", "which", "it",
    "he", "she", "they", "we", "i", "you", "there", "here", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "ice", "dhs", "cbp", "doj", "fbi", "act", "under",
}
_CAP_WORD = re.compile(r"^(?:[A-Z][\w.'\u2019]*|St\.)$")
_ACT_WORD = re.compile(r"^[A-Z0-9][\w.'\u2019-]*$")
_ACT_CONNECTORS = {"and", "of", "for", "the", "to", "on", "in", "&", "-"}
_SECTION_287 = re.compile(r"^\d{3}\([a-z]\)$")     # one token (nlp._SECTION_NUMBER)
#: most capitalized words a place prefix may have ("Prince George's County")
MAX_PREFIX = 4
#: most words before "Act" in a law's name
MAX_ACT_WORDS = 8

# organization heads: (token pattern, needs a capitalized prefix when typed in lower case)
_ORG_HEADS: list[list] = [
    ["police", ("department", "dept.", "bureau", "dept")],
    ["sheriff", ("'s", "\u2019s"), ("office", "department", "dept.")],
    ["sheriff", ("office", "department")],
    ["district", "attorney", ("'s", "\u2019s"), "office"],
    ["attorney", "general", ("'s", "\u2019s"), "office"],
    ["state", "police"],
    [("highway", "state"), "patrol"],
    [("city", "county", "town", "common"), "council"],
    ["board", "of", ("supervisors", "commissioners", "aldermen", "education")],
    ["county", ("commission", "board", "legislature")],
    ["commissioners", "court"],
    ["general", "assembly"],
    ["state", ("senate", "assembly", "legislature", "house")],
    ["house", "of", ("representatives", "delegates")],
    ["national", "guard"],
    [("army", "air"), "national", "guard"],
    [("democratic", "republican", "libertarian", "green"), "party"],
    [("democratic", "republican"), ("caucus", "conference")],
    ["legislature"],
    [("district", "circuit", "superior", "supreme", "immigration", "bankruptcy", "appeals"), "court"],
    ["court", "of", "appeals"],
    ["circuit", "court", "of", "appeals"],
    ["department", "of"],
]
#: heads that only count after a capitalized prefix ("Texas Legislature"; "the Legislature" is NER's)
_PREFIX_ONLY = {"legislature", "department"}


def _token_pattern(spec: list) -> list[dict]:
    return [{"LOWER": {"IN": list(x)}} if isinstance(x, tuple) else {"LOWER": x} for x in spec]


def _place_word(t, doc, k: int) -> bool:
    """A stop word that begins a US place name with the next word ("New" York, "New" Mexico)."""
    if k >= len(doc) or not doc[k].text[:1].isupper():
        return False
    from ..gazetteer import load

    return bool(load().lookup(f"{t.text} {doc[k].text}"))


class RuleMatcher:
    """spaCy component (before ``ner``): ORG, LAW and GPE spans that the NER then keeps.

    Known organizations and acronyms go through two PhraseMatchers (exact text;
    lower case for names of three words or more); structural names through a
    Matcher anchored on their head words, extended left in code over a
    capitalized place prefix ("Prince George's County" + "Police Department")."""

    def __init__(self, nlp, name: str = "lp_entity_rules"):
        from spacy.matcher import Matcher, PhraseMatcher

        self.name = name
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.heads = Matcher(nlp.vocab)
        self.laws = Matcher(nlp.vocab)
        make = nlp.make_doc
        exact_forms: dict[str, list[str]] = {"ORG": [], "GPE": []}
        lower_forms: list[str] = []
        for org in agencies()["organizations"]:
            names = [org["name"]] + [a for a in org.get("aliases", []) if len(make(a)) > 1]
            if org.get("us_prefix"):
                names += [p + n for n in list(names) for p in ("U.S. ", "US ", "United States ")]
            for n in names:
                k = len(make(n))
                if k >= 3:
                    lower_forms.append(n)
                else:
                    exact_forms["ORG"] += [n, n.upper()] if k == 2 else [n]
            exact_forms["ORG"] += org.get("acronyms", [])
        exact_forms["GPE"] = _capital_place_aliases()
        for label, forms in exact_forms.items():
            self.exact.add(label, [make(f) for f in sorted(set(forms))])
        self.lower.add("ORG", [make(f) for f in sorted(set(lower_forms))])
        for k, spec in enumerate(_ORG_HEADS):
            self.heads.add(f"h{k}", [_token_pattern(spec)])
        cap = {"TEXT": {"REGEX": r"^[A-Z][\w.'\u2019-]*$"}}
        district = [{"LOWER": "for"}, {"LOWER": "the"}, dict(cap, OP="{0,2}"), {"ORTH": "District"},
                    {"ORTH": "of"}, dict(cap, OP="{1,3}")]
        self.heads.add("court_district", [[{"ORTH": {"IN": ["District", "Circuit", "Bankruptcy", "Immigration"]}},
                                           {"ORTH": "Court"}] + district])
        ordinal = {"TEXT": {"REGEX": r"^(?:\d{1,2}(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|"
                                     r"Seventh|Eighth|Ninth|Tenth|Eleventh|D\.C\.|Federal)$"}}
        self.heads.add("circuit", [[ordinal, {"ORTH": "Circuit"}, {"ORTH": "Court", "OP": "?"},
                                    {"ORTH": "of", "OP": "?"}, {"ORTH": "Appeals", "OP": "?"}]])
        # a state's or a county's court named by its place: "the Supreme Court of Georgia", "the Superior Court of
        # Fulton County" (kept only when the words after "of" are a place; see spans)
        self.heads.add("court_of_place", [[{"ORTH": {"IN": ["Supreme", "Superior", "Circuit", "District", "County",
                                                            "Municipal", "Probate", "Family", "Juvenile"]}},
                                           {"ORTH": "Court"}, {"ORTH": "of"}, dict(cap, OP="{1,3}")]])
        self.heads.add("police_acronym", [[{"TEXT": {"REGEX": r"^[A-Z]{1,4}PD$"}}]])
        number = {"TEXT": {"REGEX": r"^\d+[A-Za-z]?$"}}
        no = {"LOWER": {"IN": ["no.", "number", "#"]}, "OP": "?"}
        L = self.laws
        L.add("bill", [[{"ORTH": {"IN": ["Senate", "House", "Assembly", "Legislative"]}}, {"ORTH": "Bill"}, no, number],
                       [{"ORTH": {"IN": ["Senate", "House", "Assembly"]}}, {"ORTH": {"IN": ["File", "Resolution"]}},
                        no, number],
                       [{"ORTH": {"IN": ["SB", "HB", "AB", "LB", "LD", "HF", "SF", "SJR", "HJR", "SR", "HR",
                                         "S.B.", "H.B.", "A.B.", "H.R."]}}, no, number],
                       [{"TEXT": {"REGEX": r"^(?:SB|HB|AB|LB|HF|SF)\d+$"}}]])
        L.add("order", [[{"LOWER": "executive"}, {"LOWER": "order"}, no, {"TEXT": {"REGEX": r"^\d[\d-]*$"}}]])
        L.add("measure", [[{"ORTH": {"IN": ["Proposition", "Prop.", "Prop", "Measure", "Question", "Amendment"]}},
                           {"TEXT": {"REGEX": r"^\d+[A-Z]?$"}}]])
        L.add("section", [[{"ORTH": {"IN": ["Section", "Title"]}}, {"TEXT": {"REGEX": r"^\d+[a-z]?$"}}]])

    # -- helpers
    @staticmethod
    def _prefix_start(doc, i: int) -> int:
        """First token of the capitalized place prefix ending before ``doc[i]``."""
        k, words = i, 0
        while k > 0 and words < MAX_PREFIX:
            t = doc[k - 1]
            if t.text in ("-",) and k >= 2 and not t.whitespace_ and _CAP_WORD.match(doc[k - 2].text):
                k -= 1
                continue
            if not _CAP_WORD.match(t.text) or (t.lower_ in _PREFIX_STOP and not _place_word(t, doc, k)):
                break
            k -= 1
            words += 1
        return k

    def _law_spans(self, doc) -> list[tuple[int, int, str]]:
        out = []
        for _, s, e in self.laws(doc):
            out.append((s, e, "LAW"))
        n = len(doc)
        for i, t in enumerate(doc):
            if _SECTION_287.match(t.text):
                s = i - 1 if i > 0 and doc[i - 1].text == "Section" else i
                e = i + 1
                if e < n and doc[e].lower_ == "program":
                    e += 1
                out.append((s, e, "LAW"))
            elif t.text == "Act" and i > 0:
                k, words = i, 0
                while k > 0 and words < MAX_ACT_WORDS:
                    p = doc[k - 1]
                    if _ACT_WORD.match(p.text) and p.lower_ not in _PREFIX_STOP:
                        words += 1
                    elif p.lower_ not in _ACT_CONNECTORS:
                        break
                    k -= 1
                while k < i and (doc[k].lower_ in _ACT_CONNECTORS or doc[k].lower_ in _PREFIX_STOP):
                    k += 1
                if k < i and _ACT_WORD.match(doc[i - 1].text):
                    e = i + 1
                    if e + 1 < n and doc[e].lower_ == "of" and doc[e + 1].shape_ == "dddd":
                        e += 2
                    out.append((k, e, "LAW"))
        return out

    def spans(self, doc) -> list[tuple[int, int, str]]:
        """Rule spans (start, end, label) of a doc, overlapping ones included."""
        vocab = doc.vocab
        out = [(s, e, vocab.strings[m]) for m, s, e in self.exact(doc)]
        out += [(s, e, "ORG") for _, s, e in self.lower(doc)]
        for s, e, lab in list(out):
            # a known agency's name inside a longer one: "the Texas Juvenile Justice Department" is the state's
            # department, not the "Justice Department" (the whole name is kept, and classified as a whole)
            if lab == "ORG" and e - s >= 2 and doc[e - 1].lower_ in ("department", "office", "bureau", "agency",
                                                                     "service", "commission", "administration"):
                p = self._prefix_start(doc, s)
                if p < s and not all(t.text in ("U.S.", "US", "United", "States", "Federal", "-") for t in doc[p:s]):
                    out.append((p, e, "ORG"))
        for m, s, e in self.heads(doc):
            key = vocab.strings[m]
            if key == "court_of_place":
                from ..gazetteer import load

                if not load().lookup(doc[s + 3:e].text):
                    continue                                # ("the District Court of Appeals": no place)
            elif key in ("court_district", "circuit"):
                s = self._prefix_start(doc, s)            # "U.S. District Court for the ..."
            elif key.startswith("h"):
                first = doc[s].lower_
                if first == "department":                  # "Department of <Title Case words>"
                    k = e
                    while k < len(doc) and k - e < 4 and (_CAP_WORD.match(doc[k].text) or
                                                          (doc[k].lower_ == "and" and k + 1 < len(doc)
                                                           and _CAP_WORD.match(doc[k + 1].text))):
                        k += 1
                    if k == e or not doc[s].text[0].isupper():
                        continue
                    e = k
                p = self._prefix_start(doc, s)
                if p == s and (not doc[s].text[:1].isupper() or first in _PREFIX_ONLY):
                    if first != "department":
                        continue
                s = p
            out.append((s, e, "ORG"))
        return out + self._law_spans(doc)

    def __call__(self, doc):
        try:
            from spacy.tokens import Span
            from spacy.util import filter_spans

            found = [Span(doc, s, e, label=lab, span_id=RULE_ID) for s, e, lab in self.spans(doc) if e > s]
            if found:
                keep = [x for x in doc.ents if not any(x.start < f.end and f.start < x.end for f in found)]
                doc.ents = sorted(filter_spans(found) + keep, key=lambda x: x.start)
        except Exception:  # noqa: BLE001 - a rule must never break parsing
            pass
        return doc


def _capital_place_aliases() -> list[str]:
    """All-capital city aliases of the gazetteer ("NYC", "L.A.", "D.C."; not "US")."""
    from .. import gazetteer as gz

    G = gz.load()
    out = []
    for key, entries in G.surfaces.items():
        if not re.fullmatch(r"(?:[A-Z]\.?){2,4}", key) or key.replace(".", "") in ("US", "USA"):
            continue
        if any(j and G.places[j].kind == "city" for j, form in entries):
            out.append(key)
    return sorted(out)


def add_rules(nlp) -> None:
    """Add the rule matcher (before ``ner``) and the people rules (after it) to a pipeline.

    Idempotent; works on pipelines without ``ner`` (the rules then run last)."""
    _register()
    with _LOCK:
        names = nlp.pipe_names
        if RULER_NAME not in names:
            where = {"before": "ner"} if "ner" in names else {}
            nlp.add_pipe(RULER_NAME, **where)
        if PEOPLE_COMPONENT not in nlp.pipe_names:
            nlp.add_pipe(PEOPLE_COMPONENT, last=True)


# ----------------------------------------------------------------------------- people rules (per sentence)
def _namey(tok) -> bool:
    """A token that can be a word of a person's name."""
    t = tok.text
    if not _CAP.match(t) or tok.like_num:
        return False
    low = _norm_tok(t)
    if low in NOT_NAME or low in _org_head_words():
        return False
    if t.isupper() and len(t) > 1 and not tok.doc.text.isupper() and not _mostly_upper(tok.doc):
        return False                                       # acronyms (ICE) in mixed-case text
    return True


def _mostly_upper(doc) -> bool:
    letters = [c for c in doc.text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) / len(letters) > 0.6


@lru_cache(maxsize=1)
def _org_head_words() -> frozenset:
    words = set()
    for key, heads in agencies()["heads"].items():
        for h in heads:
            parts = h.split()
            if len(parts) == 1:
                words.add(_norm_tok(h))
    return frozenset(words)


def name_run(doc, start: int, max_words: int = 4) -> int:
    """End (exclusive) of the person's name starting at ``doc[start]`` (== start if none).

    Name words are capitalized (initials, hyphenated parts, particles such as
    "de la" inside, suffixes such as "Jr." at the end); a possessive, a
    punctuation mark or a lower-case word ends the name."""
    j, words, n = start, 0, len(doc)
    while j < n and words < max_words + 1:
        t = doc[j]
        low = _norm_tok(t.text)
        if t.text in ("-", "\u2010") and j > start and j + 1 < n and not t.whitespace_ \
                and not doc[j - 1].whitespace_ and _namey(doc[j + 1]):
            j += 1
            continue
        if _INITIAL.match(t.text) and (j + 1 < n and _namey(doc[j + 1])):
            j += 1
            continue
        if low in PARTICLES and j > start and j + 1 < n and _namey(doc[j + 1]) and t.text.islower():
            j += 1
            continue
        if low in SUFFIXES and j > start:
            j += 1
            break
        if _namey(t):
            j += 1
            words += 1
            continue
        break
    while j > start and (_norm_tok(doc[j - 1].text) in PARTICLES or doc[j - 1].text in ("-",)):
        j -= 1
    if words > max_words:
        return start
    return j


_MEMO_LINE = re.compile(r"^\s*(?:FROM|TO|CC|BCC|BY|ATTEST(?:ED)?|SUBMITTED BY|SIGNED|APPROVED)\s*:|^\s*The Honorable\b", re.I)


#: a line that only introduces a name: a byline or the address line of a letter
_BYLINE_NAME = re.compile(r"^\s*(?:By|BY|The Honorable|Hon\.)\s+(?=[A-Z])")


def _signature_line(doc) -> bool:
    """"Jane Roe, Mayor", "Jane Roe, City Clerk": a short line, a name, a comma, a title."""
    toks = [t for t in doc if not t.is_space]
    if not 3 <= len(toks) <= 9 or toks[-1].text in (".", "?", "!"):
        return False
    comma = next((i for i, t in enumerate(toks) if t.text == ","), None)
    if comma is None or not 2 <= comma <= 4 or not all(t.text[:1].isupper() or t.text == "-" for t in toks[:comma]):
        return False
    start = toks[comma + 1].i if comma + 1 < len(toks) else None
    return start is not None and match_title(doc, start, before_name=False) is not None


def _heading_like(doc) -> bool:
    """Title Case line (a headline): most words capitalized and no closing period. The
    header and signature lines of memos and letters ("FROM: Attorney General X", "cc: X,
    Mayor", "The Honorable X", "X, City Clerk") are not headlines: they name people."""
    if _MEMO_LINE.match(doc.text) or _signature_line(doc):
        return False
    words = [t for t in doc if t.is_alpha and len(t) > 3]
    if len(words) < 3:
        return False
    caps = sum(1 for t in words if t.text[:1].isupper())
    return caps / len(words) >= 0.75 and not doc.text.rstrip().endswith((".", "?", "!", '"', "\u201d"))


def _descriptor_says_person(doc, start: int, max_tokens: int = 7) -> bool:
    """Does the phrase at ``doc[start]`` describe a person (a title, role or person noun)?"""
    nouns = _person_nouns()
    k = start
    end = min(len(doc), start + max_tokens)
    while k < end:
        t = doc[k]
        if t.is_punct and t.text not in ("-", "'s", "\u2019s"):
            return False
        hit = match_title(doc, k, end, before_name=False)
        if hit is not None:
            return True
        if t.lower_ in nouns or t.lemma_.lower() in nouns:
            return True
        k += 1
    return False


@lru_cache(maxsize=1)
def _person_nouns() -> frozenset:
    return frozenset(w.lower() for w in titles()["person_nouns"])


def _is_place_surface(text: str) -> bool:
    from .. import gazetteer as gz

    return gz.normalize_surface(text) in gz.load().surfaces


def _people_component(doc):
    """spaCy component: fix PERSON spans with titles and appositions (see module docstring)."""
    try:
        _fix_people(doc)
    except Exception:  # noqa: BLE001 - a rule must never break parsing
        pass
    return doc


def _fix_people(doc) -> None:
    from spacy.tokens import Span

    n = len(doc)
    if n == 0:
        return
    ents = list(doc.ents)
    ent_at = {}
    for e in ents:
        for k in range(e.start, e.end):
            ent_at[k] = e
    heading = _heading_like(doc)
    people: list[tuple[int, int, int]] = []      # (title_start, name_start, name_end)

    # 1. a name after a title: "Sheriff Dana Ortiz", "Secretary of Homeland Security Dana Ortiz"
    firsts = title_index()[2]
    k = 0
    while k < n:
        hit = match_title(doc, k) if _norm_tok(doc[k].text) in firsts else None
        if hit is None:
            k += 1
            continue
        end, entry, form = hit
        t0 = k
        while t0 > 0 and doc[t0 - 1].lower_ in TITLE_PREFIX_WORDS and doc[t0 - 1].text[:1].isupper():
            t0 -= 1                                 # "Deputy Associate" + "Attorney General"
        s = end
        if s < n - 1 and doc[s].lower_ == "of" and s + 1 in ent_at and ent_at[s + 1].label_ in ("ORG", "GPE") \
                and ent_at[s + 1].start == s + 1 and name_run(doc, ent_at[s + 1].end) > ent_at[s + 1].end:
            s = ent_at[s + 1].end                   # "Secretary of Homeland Security <Name>"
        elif s < n - 1 and doc[s].lower_ in ("for", "of"):
            s = _portfolio_name_start(doc, s, ent_at)   # "Assistant Secretary for Border Policy <Name>"
        e = name_run(doc, s)
        if e > s and _accept_titled_name(doc, k, s, e, entry, heading, ent_at):
            people.append((t0, s, e))
            k = e
            continue
        k = end

    # 1a. a party named in the upper-case caption of a court document:
    #     "JANE Q. ROE, in her official capacity as Mayor of X," / "by its Attorney General, JANE ROE,"
    taken = {i for _, a, b in people for i in range(a, b)}
    for a, b in _caption_names(doc):
        if not any(i in taken for i in range(a, b)):
            people.append((a, a, b))
            taken.update(range(a, b))

    # 1b. a first name the NER left out of a person's name ("Wilfredo" GPE + "Paz Arriaga" PERSON)
    if not heading:
        for ent in ents:
            p = ent.start - 1
            if ent.label_ != "PERSON" or p < 0 or ent.end - ent.start > 3 or doc[p].whitespace_ == "":
                continue
            prev = ent_at.get(p)
            if prev is not None and (prev.label_ not in ("GPE", "NORP", "ORG", "LOC") or prev.start != p
                                     or (prev.id_ or "").startswith("lp")):
                continue
            t = doc[p]
            if not _namey(t) or t.text.isupper() or match_title(doc, p) is not None \
                    or _is_place_surface(t.text) or (p > 0 and _namey(doc[p - 1])):
                continue
            if any(k in (i for _, a, b in people for i in range(a, b)) for k in range(p, ent.end)):
                continue
            people.append((p, p, ent.end))

    # 2. apposition after a name and 3. descriptor before it
    taken = {i for _, s, e in people for i in range(s, e)}
    for s, e in _name_candidates(doc, ents, taken):
        if heading:
            continue
        after = e < n - 1 and doc[e].text == ","
        if after and (doc[e + 1].lower_ in ("who", "whose") or _descriptor_says_person(doc, e + 1)):
            people.append((s, s, e))
            continue
        if s >= 2 and doc[s - 1].text == "," and (e >= n or doc[e].is_punct or doc[e].pos_ in ("VERB", "AUX")):
            lo = max(0, s - 8)
            if any(match_title(doc, j, s - 1, before_name=False) for j in range(lo, s - 1)) \
                    or any(t.lower_ in _person_nouns() for t in doc[lo:s - 1]):
                people.append((s, s, e))

    # 4. a byline or a letter's address line: "By Jane Roe", "The Honorable Jane Roe"
    m = _BYLINE_NAME.match(doc.text)
    if m:
        s0 = next((t.i for t in doc if t.idx >= m.end()), None)
        if s0 is not None and not any(s0 <= s < e or s0 == t0 for t0, s, e in people):
            e0 = name_run(doc, s0)
            rest = [t for t in doc[e0:] if not t.is_space]
            if 2 <= e0 - s0 <= 4 and (not rest or rest[0].text in (",", "|", "(")):
                people.append((s0, s0, e0))

    if not people:
        _strip_person_titles(doc)
        return
    new: list = []
    person_tokens = set()
    for t0, s, e in people:
        new.append(Span(doc, s, e, label="PERSON", span_id=RULE_ID))
        person_tokens.update(range(t0, e))
    kept = []
    for ent in ents:
        overlap = [k for k in range(ent.start, ent.end) if k in person_tokens]
        if not overlap:
            kept.append(ent)
            continue
        lo = min(overlap)
        if lo > ent.start:                          # "Maricopa County Sheriff" -> "Maricopa County"
            part = doc[ent.start:lo]
            if lo < ent.end and _is_place_surface(doc[ent.start:lo + 1].text):
                part = doc[ent.start:lo + 1]        # "Jackson County Executive": keep "County"
            while len(part) and (part[-1].is_punct or part[-1].lower_ in ("'s", "\u2019s", "the")):
                part = part[:-1]
            if len(part):
                label = "GPE" if _is_place_surface(part.text) else (
                    ent.label_ if ent.label_ != "PERSON" else "ORG")
                kept.append(Span(doc, part.start, part.end, label=label, span_id=RULE_ID))
    final = sorted(kept + new, key=lambda sp: (sp.start, -sp.end))
    out, last = [], -1
    for sp in final:
        if sp.start >= last:
            out.append(sp)
            last = sp.end
    doc.ents = out
    _strip_person_titles(doc)


_CAPTION_WORD = re.compile(r"^[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'\u2019]+$")
#: what follows a party's name in a caption: "in his official capacity", "individually", a title
_CAPTION_AFTER = {"in", "individually", "personally", "an", "et"}


def _caption_names(doc) -> list[tuple[int, int]]:
    """Runs of 2-5 upper-case name words (initials, hyphens and particles inside) in a court
    caption, followed by ", in ... capacity", ", individually" or ", <Title>", or preceded by
    a title and a comma ("by its Attorney General, JANE ROE,")."""
    n, out, k = len(doc), [], 0
    while k < n:
        if not _CAPTION_WORD.match(doc[k].text) or _norm_tok(doc[k].text) in NOT_NAME:
            k += 1
            continue
        j, words = k, 0
        while j < n:
            t = doc[j].text
            low = _norm_tok(t)
            if _CAPTION_WORD.match(t) and low not in NOT_NAME and low not in _org_head_words():
                words += 1
            elif _INITIAL.match(t) and j > k:
                pass
            elif t == "-" and j > k and not doc[j - 1].whitespace_ and j + 1 < n \
                    and _CAPTION_WORD.match(doc[j + 1].text):
                pass
            elif low in PARTICLES and j > k and j + 1 < n and _CAPTION_WORD.match(doc[j + 1].text):
                pass
            else:
                break
            j += 1
        a, b = k, j
        k = max(j, k + 1)
        if not (2 <= words <= 5) or _is_place_surface(doc[a:b].text):
            continue
        if a > 0 and (doc[a - 1].text[:1].isalpha() and doc[a - 1].text.isupper()):
            continue                                    # inside a longer upper-case name
        after = b + 1 < n and doc[b].text == "," and (
            (doc[b + 1].lower_ in _CAPTION_AFTER and doc[b + 1].text.islower())
            or match_title(doc, b + 1, before_name=False) is not None)
        before = a >= 2 and doc[a - 1].text == "," and any(
            (h := match_title(doc, j2, a - 1, before_name=False)) is not None and h[0] == a - 1
            for j2 in range(max(0, a - 6), a - 1))
        if after and doc[b + 1].lower_ == "in":
            after = any(t.lower_ == "capacity" for t in doc[b + 1:b + 6])
        if after or before:
            out.append((a, b))
    return out


def _portfolio_name_start(doc, s: int, ent_at: dict) -> int:
    """Start of the name after a title's portfolio: "for Civil Rights" + "Ana Ruiz" (``doc[s]`` is
    "for"/"of"). The portfolio is a run of capitalized words (with "and", "of", "&"); the name
    is its last two name words (or the PERSON entity that ends the run). ``s`` if none."""
    n = len(doc)
    j = s + 1
    while j < n and (doc[j].text[:1].isupper() or (doc[j].lower_ in ("and", "of", "&", "-")
                                                   and j + 1 < n and doc[j + 1].text[:1].isupper())
                     or (_INITIAL.match(doc[j].text))):
        j += 1
    if j - (s + 1) < 3:
        return s
    ent = ent_at.get(j - 1)
    if ent is not None and ent.label_ == "PERSON" and s + 1 < ent.start and ent.end == j:
        return ent.start
    k, words, glued = j, 0, False
    while k > s + 1 and (words < 2 or glued):
        k -= 1
        t = doc[k]
        if t.text in ("-",) or _INITIAL.match(t.text):
            glued = t.text == "-"
            continue
        if not _namey(t):
            return s
        if not glued:
            words += 1
        glued = False
    if words < 2 or k <= s + 1 or name_run(doc, k) != j:
        return s
    return k


def _accept_titled_name(doc, t0: int, s: int, e: int, entry: dict, heading: bool, ent_at: dict) -> bool:
    """Is ``doc[s:e]`` after the title at ``t0`` really a person's name?"""
    span = doc[s:e]
    if e < len(doc) and doc[e].text[:1].isupper() and _norm_tok(doc[e].text) in _org_head_words():
        return False                                  # "Mayor Smith Center"
    ner_person = any(ent_at.get(k) is not None and ent_at[k].label_ == "PERSON" for k in range(s, e))
    if heading and not ner_person:
        return False
    if _is_place_surface(span.text) and not ner_person:
        return False                                  # "Governor of Texas", "Mayor Boston"
    if len(span) == 1 and span[0].pos_ not in ("PROPN",) and not ner_person:
        return False
    if entry.get("honorific") is None and not doc[t0].text[:1].isupper() and not ner_person \
            and any(t.pos_ != "PROPN" for t in span):
        return False                                  # lower-case title + doubtful name
    for k in range(s, e):                            # the name is part of a longer ORG/LAW name
        ent = ent_at.get(k)
        if ent is None or ent.label_ == "PERSON":
            continue
        if (ent.id_ or "").startswith("lp") or (ent.label_ in ("ORG", "LAW", "EVENT", "FAC", "WORK_OF_ART")
                                                 and ent.end > e):
            return False
    return True


def _name_candidates(doc, ents, taken: set):
    """Spans of 2-4 name words that the NER did not tag PERSON (for appositions)."""
    covered = set()
    for ent in ents:
        covered.update(range(ent.start, ent.end))
        if ent.label_ in RELABEL_FROM and 2 <= len(ent) <= 5:
            s, e = ent.start, ent.end
            if doc[s].lower_ == "the":
                continue
            if name_run(doc, s) == e and not _is_place_surface(ent.text) and not (taken & set(range(s, e))):
                yield s, e
    k = 0
    while k < len(doc):
        if k in covered or k in taken or doc[k].pos_ != "PROPN":
            k += 1
            continue
        e = name_run(doc, k)
        if e - k >= 2 and all(doc[j].pos_ == "PROPN" or doc[j].text == "-" for j in range(k, e)) \
                and not any(j in covered or j in taken for j in range(k, e)) \
                and not _is_place_surface(doc[k:e].text):
            yield k, e
            k = e
            continue
        k += 1


def _strip_person_titles(doc) -> None:
    """PERSON spans that start with a title ("Gov. Jane Doe") lose it; trailing "'s" too."""
    from spacy.tokens import Span

    changed, out = False, []
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            s, e = ent.start, ent.end
            while s < e:
                hit = match_title(doc, s, e)
                if hit is None or hit[0] >= e:
                    break
                s = hit[0]
            while e > s and doc[e - 1].lower_ in ("'s", "\u2019s", "'"):
                e -= 1
            if (s, e) != (ent.start, ent.end):
                changed = True
                if e > s:
                    out.append(Span(doc, s, e, label="PERSON", span_id=RULE_ID))
                continue
        out.append(ent)
    if changed:
        doc.ents = out


def _register() -> None:
    """Register the two components with spaCy: when a pipeline first gets them, not at import,
    so reading tables or a warm rebuild (every document cached) never imports spaCy."""
    from spacy.language import Language

    if not Language.has_factory(PEOPLE_COMPONENT):
        Language.component(PEOPLE_COMPONENT, func=_people_component)
    if not Language.has_factory(RULER_NAME):
        Language.factory(RULER_NAME, func=lambda nlp, name: RuleMatcher(nlp, name))



# ----------------------------------------------------------------------------- document level
class _Ent:
    __slots__ = ("sent", "start", "end", "label", "source", "canonical")

    def __init__(self, sent, start, end, label, source):
        self.sent, self.start, self.end, self.label, self.source = sent, start, end, label, source
        self.canonical = None

    def span(self):
        return self.sent.doc[self.start:self.end]

    @property
    def text(self) -> str:
        return self.span().text


def _trim(sent, start: int, end: int, label: str) -> tuple[int, int]:
    doc = sent.doc
    if label not in NAME_LABELS:
        return start, end
    # (and a date or number the tagger took in: "8/30/2027 the Office of Justice Programs" in a docket entry)
    while start < end - 1 and (doc[start].lower_ in ("the",) or re.fullmatch(r"\d[\d/.,-]*", doc[start].text)):
        start += 1
    while end > start + 1 and doc[end - 1].lower_ in ("'s", "\u2019s", "'", "\u2019"):
        end -= 1
    # (and a verb the tagger took in: "the Department placed Boston ..." tagged as one ORG)
    cut = next((k for k in range(start + 1, end) if doc[k].pos_ in ("VERB", "AUX") and doc[k].text.islower()
                and doc[k].tag_ in ("VBD", "VBZ", "VBP")), None)
    if cut is not None:
        end = cut
    return start, end


def _name_key(words: list[str]) -> str:
    return " ".join(_norm_tok(w) for w in words)


def _person_words(span) -> list[str]:
    """Name words of a PERSON span (no title, no suffix, no possessive)."""
    out = []
    for t in span:
        low = _norm_tok(t.text)
        if t.is_punct and t.text not in ("-",):
            continue
        if low in SUFFIXES or low in ("'s",):
            continue
        out.append(t.text)
    # glue hyphenated parts: "Ruiz", "-", "Barker" -> "Ruiz-Barker"
    glued: list[str] = []
    for w in out:
        if w == "-" and glued:
            glued[-1] += "-"
        elif glued and glued[-1].endswith("-"):
            glued[-1] += w
        else:
            glued.append(w)
    return glued


def _signature_names(pdoc: ParsedDocument, ents: list["_Ent"]) -> list["_Ent"]:
    """A line that is only an upper-case name, above a line that starts with a title: the
    signature of an order or letter ("JANE ROE" / "United States District Judge")."""
    out = []
    sents = [s for s in pdoc.sentences if s.doc is not None and len(s.doc)]
    tagged = {(en.sent.sentence_id, en.start) for en in ents if en.label == "PERSON"}
    for s, nxt in zip(sents, sents[1:]):
        doc = s.doc
        toks = [t for t in doc if not t.is_space]
        if not 2 <= len(toks) <= 6 or (s.sentence_id, toks[0].i) in tagged:
            continue
        if not all(_CAPTION_WORD.match(t.text) or _INITIAL.match(t.text) or t.text == "-" for t in toks):
            continue
        if any(_norm_tok(t.text) in NOT_NAME or _norm_tok(t.text) in _org_head_words() for t in toks) \
                or _is_place_surface(doc.text.strip()):
            continue
        nd = nxt.doc
        if any(match_title(nd, k) is not None for k in range(min(3, len(nd)))):
            out.append(_Ent(s, toks[0].i, toks[-1].i + 1, "PERSON", "rule"))
    return out


def _title_word(word: str) -> bool:
    """A word (or every part of a hyphenated word) that is a title, party or function word."""
    parts = [p for p in _norm_tok(word).split("-") if p]
    return bool(parts) and all(p in NOT_NAME or p.rstrip(".") in NOT_NAME for p in parts)


def _display(words: list[str]) -> str:
    name = " ".join(words)
    if name.isupper() and len(name) > 3:
        name = " ".join(w.capitalize() if not _INITIAL.match(w) else w for w in name.split())
        name = re.sub(r"(?<=[-'])([a-z])", lambda m: m.group(1).upper(), name)
        parts = name.split()                           # "VASQUEZ DEL RIO" -> "Vasquez del Rio"
        name = " ".join(w.lower() if 0 < k < len(parts) - 1 and w.lower() in PARTICLES else w
                        for k, w in enumerate(parts))
    return name


def _defined_acronyms(pdoc: ParsedDocument, ents: list[_Ent]) -> dict[str, tuple[str, str]]:
    """Acronym -> (label, canonical) from "<ORG or LAW> (ABC)" in the document."""
    out: dict[str, tuple[str, str]] = {}
    for en in ents:
        if en.label not in ("ORG", "LAW"):
            continue
        doc = en.sent.doc
        e = en.end
        if e + 2 < len(doc) and doc[e].text == "(" and doc[e + 2].text == ")":
            acr = doc[e + 1].text
            if re.fullmatch(r"[A-Z][A-Za-z&.]{1,9}", acr) and sum(c.isupper() for c in acr) >= 2:
                canon = en.canonical or _clean_surface(en.text)
                out.setdefault(acr, (en.label, canon))
    return out


def _clean_surface(text: str) -> str:
    t = re.sub(r"\s+", " ", text).strip()
    t = re.sub(r"^(?:the|The)\s+", "", t)
    t = re.sub(r"(?:'s|\u2019s)$", "", t)
    return t


def _org_canonical(text: str) -> str:
    org = lookup_org(text)
    if org is not None:
        return org["name"]
    return _clean_surface(text)


def extract_mentions(pdoc: ParsedDocument) -> list[dict]:
    """Entity mentions of one parsed document (see the module docstring)."""
    if pdoc is None or not pdoc.sentences:
        return []
    ents: list[_Ent] = []
    for s in pdoc.sentences:
        if s.doc is None or len(s.doc) == 0:
            continue
        for e in s.doc.ents:
            a, b = _trim(s, e.start, e.end, e.label_)
            src = "rule" if (e.id_ or "").startswith("lp") else "ner"
            ents.append(_Ent(s, a, b, e.label_, src))
    ents.extend(_signature_names(pdoc, ents))
    if not ents:
        return []
    for en in ents:     # spans that cannot be names, before they lend their words to other mentions
        if en.label == "PERSON":
            poss = next((t.i for t in en.span() if t.lower_ in ("'s", "\u2019s") and t.i < en.end - 1), None)
            if poss is not None and poss > en.start:
                en.end = poss       # "Ortiz's Plan for the Jail" (a headline): the name ends at "'s"
        if en.label == "PERSON" and _junk_person(_person_words(en.span()), en):
            en.label = None
    ents = [en for en in ents if en.label is not None]

    # full names in the document: key (last word, last two words, full) -> [(order, words)]
    full: dict[str, list[tuple[int, list[str]]]] = {}
    name_words: set[str] = set()
    person_words = [(order, _person_words(en.span())) for order, en in enumerate(ents) if en.label == "PERSON"]
    for order, words in person_words:
        if len(words) == 2 and any(len(w) >= 2 and _norm_tok(w[-1]) == _norm_tok(words[0])
                                   and _norm_tok(w[0]) != _norm_tok(words[0]) for _, w in person_words):
            continue                                   # "Ranford Decl.": a surname and a citation
        if len(words) >= 2 and not any(_norm_tok(w) in NOT_NAME for w in words):
            name_words.update(_norm_tok(w) for w in words)
            keys = {_name_key(words[-1:]), _name_key(words)}
            if len(words) >= 3:
                keys.add(_name_key(words[-2:]))
                for k in range(1, len(words) - 1):     # "Montes de Oca" of "Ana Montes de Oca"
                    if words[k][:1].isupper():
                        keys.add(_name_key(words[k:]))
            for key in keys:
                full.setdefault(key, []).append((order, words))

    def resolve(words: list[str], order: int) -> Optional[list[str]]:
        cands = full.get(_name_key(words))
        if not cands:
            return None
        before = [c for c in cands if c[0] <= order]
        pick = before[-1] if before else cands[0]
        longest = max((c for c in cands if _name_key(c[1]) == _name_key(pick[1]) or
                       _name_key(c[1]).endswith(_name_key(pick[1]))), key=lambda c: len(c[1]))
        return longest[1]

    # relabel surnames, people that are places
    from .. import gazetteer as gz

    G = gz.load()
    letters = [c for c in pdoc.text if c.isalpha()]
    upper_doc = bool(letters) and sum(c.isupper() for c in letters) / len(letters) > 0.6
    place_words = {_norm_tok(e.span().text.split(",")[0]) for e in ents if e.label == "GPE"}
    split: list[_Ent] = []
    for order, en in enumerate(ents):
        span = en.span()
        if en.label == "PERSON":
            words = _person_words(span)
            if words and all(_title_word(w) for w in words):
                en.label = None                         # "Appellees", "Associate": no name at all
                continue
            if len(words) > 1 and (_norm_tok(" ".join(words)) in place_words or _norm_tok(words[-1]) in _PLACE_NAME_ENDS) \
                    and G.lookup(" ".join(words)):
                # "Twin Falls", a place's name (named as a place elsewhere in the text, or ending as no name does)
                en.label, en.source, en.canonical = "GPE", "rule", _display(words)
                continue
            fullname = resolve(words, order)
            if fullname is None and len(words) >= 2:
                fullname = resolve(words[:1], order)    # "Ranford Decl.": a citation after the surname
            if fullname is not None:
                en.canonical = _display(fullname)
            elif len(words) == 1 and _norm_tok(words[0]) not in name_words:
                en.canonical = _display(words)
                why = _not_a_person(en, G, words[0], upper_doc)
                if why is None and _norm_tok(words[0]) in place_words and G.lookup(words[0]):
                    why = "GPE"     # "declaring Missoula a welcoming city" in a text that names Missoula as a place
                if why == "drop":
                    en.label = None
                elif why:
                    en.label, en.source = why, "rule"
            else:
                en.canonical = _display(words) if words else _clean_surface(en.text)
        elif en.label in RELABEL_FROM and full:
            words = _person_words(span)
            if not words or len(words) > 3:
                continue
            fullname = resolve(words, order)
            if fullname is None:
                continue
            prev = en.sent.doc[en.start - 1].lower_ if en.start > 0 else ""
            if en.label in ("GPE", "LOC") and prev in LOCATIVE:
                continue
            en.label, en.source, en.canonical = "PERSON", "surname", _display(fullname)
        elif en.label in NUMERIC_LABELS and full and en.end - en.start > 1:
            # "Achterhof later" tagged DATE: the surname is a person, the rest a date only with a digit
            first = en.sent.doc[en.start]
            fullname = resolve([first.text], order) if first.text[:1].isupper() else None
            if fullname is not None:
                rest = en.span()[1:]
                if any(t.like_num for t in rest):
                    en.start += 1
                    en.canonical = _clean_surface(en.text)
                else:
                    en.label = None
                extra = _Ent(en.sent, first.i, first.i + 1, "PERSON", "surname")
                extra.canonical = _display(fullname)
                split.append(extra)
    ents.extend(split)
    ents = [en for en in ents if en.label is not None]

    # untagged surnames
    if full:
        covered: dict[str, set[int]] = {}
        for en in ents:
            covered.setdefault(en.sent.sentence_id, set()).update(range(en.start, en.end))
        single = {k for k in full if " " not in k}
        double = {k for k in full if k.count(" ") == 1}
        added = []
        for s in pdoc.sentences:
            doc = s.doc
            if doc is None:
                continue
            cov = covered.get(s.sentence_id, set())
            heading = _heading_like(doc)
            for k, t in enumerate(doc):
                if k in cov or not t.text[:1].isupper():
                    continue
                for width, keys in ((2, double), (1, single)):
                    if k + width > len(doc) or any(j in cov for j in range(k, k + width)):
                        continue
                    words = [x.text for x in doc[k:k + width]]
                    if _name_key(words) not in keys:
                        continue
                    if k + width < len(doc) and _namey(doc[k + width]) and not heading:
                        continue                       # part of a longer name
                    if k > 0 and _namey(doc[k - 1]) and doc[k - 1].text not in ("-",) and not heading \
                            and match_title(doc, k - 1) is None:
                        continue
                    if k > 0 and doc[k - 1].lower_ in LOCATIVE and _is_place_surface(" ".join(words)):
                        continue
                    en = _Ent(s, k, k + width, "PERSON", "surname")
                    en.canonical = _display(resolve(words, 10 ** 9) or words)
                    added.append(en)
                    cov.update(range(k, k + width))
                    break
        ents.extend(added)

    # canonical names of organizations and others; acronyms defined in the text
    for en in ents:
        if en.canonical is None:
            en.canonical = _org_canonical(en.text) if en.label == "ORG" else _clean_surface(en.text)
    acr = _defined_acronyms(pdoc, ents)
    if acr:
        covered = {}
        for en in ents:
            covered.setdefault(en.sent.sentence_id, set()).update(range(en.start, en.end))
            if en.text in acr and en.label in RELABEL_FROM | {"LAW"}:
                en.label, en.canonical = acr[en.text]
                if en.source == "ner":
                    en.source = "acronym"
        for s in pdoc.sentences:
            if s.doc is None:
                continue
            cov = covered.get(s.sentence_id, set())
            for k, t in enumerate(s.doc):
                if t.text in acr and k not in cov and not (k > 0 and s.doc[k - 1].text == "("):
                    en = _Ent(s, k, k + 1, acr[t.text][0], "acronym")
                    en.canonical = acr[t.text][1]
                    ents.append(en)

    rows = []
    for en in ents:
        if en.label is None:
            continue
        start, end = en.sent.span_offsets(en.span())
        rows.append(dict(doc_id=pdoc.doc_id, sentence_id=en.sent.sentence_id, start=start, end=end,
                         text=pdoc.text[start:end], label=en.label, canonical=en.canonical, source=en.source))
    rows.sort(key=lambda r: (r["start"], r["end"]))
    return rows


#: nouns after a one-word "person" that show it names a place ("the Westwood neighborhood")
PLACE_NOUNS = {"neighborhood", "neighbourhood", "area", "district", "park", "street", "avenue", "road",
               "community", "village", "section", "corridor", "valley", "township", "region", "campus",
               "suburb", "suburbs", "borough", "county", "city", "town", "river", "lake", "beach", "heights"}


def _junk_person(words: list[str], en: "_Ent") -> bool:
    """A PERSON span that cannot be a name: digits, no capital letter, a lone initial, or the
    namesake of a grant or building ("the Edward Byrne Memorial Justice Assistance Grant")."""
    if not words:
        return False
    if any(any(ch.isdigit() for ch in w) for w in words) or not any(w[:1].isupper() for w in words):
        return True
    if len(words) == 1 and len(words[0].strip(".")) <= 1:
        return True
    doc = en.sent.doc
    prev = doc[en.start - 1].text if en.start > 0 else ""
    if _PARTY_TOWN.match(" ".join(words)) and prev in (",", "(", "\u2014", "-"):
        return True     # "State Rep. Jo Doe, R-Ankeny, said": a party and hometown, not a second person
    if len(words) == 1 and words[0].upper() in _TIME_ZONES and prev.lower() in ("a.m.", "p.m.", "am", "pm", "noon"):
        return True     # "5:30 a.m. CT": a time zone
    nxt = doc[en.end].text if en.end < len(doc) else ""
    if nxt in ("Memorial", "Foundation", "Fund", "Grant", "Act") or "Memorial" in words:
        return True
    low = [w.lower().strip(".") for w in words]
    if len(words) > 1 and low[-1] in _PAPER_WORDS and prev.lower() == "the":
        return True     # "Welcome to The Gemwood Dispatch": a newspaper or a show
    if low[-1] in _INSTRUMENT_WORDS:
        return True     # "Draft Ordinance 2028-14, attached, would repeal ...": a measure, not a person
    if low[0] in _QUESTION_OPENERS and doc.text.rstrip().endswith("?"):
        return True     # "Did Everett police take part?": a question's verb before a place
    if _outline_heading(words, en):
        return True
    return all(w in _VOTE_AND_FORM_WORDS or len(w) <= 1 for w in low)


_PARTY_TOWN = re.compile(r"^[RDI]\.?\s?-\s?[A-Z]")
#: last words of place names that no person's name ends with ("Twin Falls", "Colorado Springs", "Grand Rapids")
_PLACE_NAME_ENDS = frozenset(("falls", "springs", "rapids", "heights", "beach", "hills", "creek", "harbor", "valley",
                              "junction", "bluffs", "township", "city"))
#: words that end the name of a newspaper or a show, after "the" ("The Gemwood Dispatch")
_PAPER_WORDS = frozenset(("dispatch", "gazette", "tribune", "chronicle", "ledger", "sentinel", "courier", "herald",
                          "bulletin", "examiner", "inquirer", "podcast", "dispatches"))
#: words that end the name of a measure, never a person's ("Draft Ordinance", "Substitute Resolution")
_INSTRUMENT_WORDS = frozenset(("ordinance", "resolution", "amendment", "directive", "bylaw", "statute", "memorandum",
                               "proclamation", "ordinances", "resolutions"))
#: the verbs and words a question opens with (not "Will", a given name)
_QUESTION_OPENERS = {"did", "does", "do", "is", "are", "was", "were", "has", "have", "had", "should", "would", "could",
                     "what", "why", "how", "when", "where"}
_TIME_ZONES = {"ET", "CT", "MT", "PT", "EST", "CST", "MST", "PST", "EDT", "CDT", "MDT", "PDT", "AKST", "HST", "UTC", "GMT"}
_ROMAN = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"}


def _outline_heading(words: list[str], en: "_Ent") -> bool:
    """"C. Interviews", "IV. Purpose", "B. Denver" at the start of a line: an outline letter and a
    heading, not an initial and a surname (the words after it are common English words or places)."""
    first = words[0]
    if len(words) < 2 or not (first.endswith(".") or (en.start + 1 < len(en.sent.doc)
                                                        and en.sent.doc[en.start + 1].text == ".")):
        return False
    if not (len(first.strip(".")) == 1 or first.strip(".").lower() in _ROMAN):
        return False
    doc = en.sent.doc
    before = doc.text[: doc[en.start].idx]
    if before[before.rfind("\n") + 1:].strip(" \t(") != "":
        return False
    from wordfreq import zipf_frequency

    rest = [w.strip(".,") for w in words[1:] if w.strip(".,") and w.strip(".,").lower() != first.strip(".").lower()]
    return bool(rest) and all(zipf_frequency(w.lower(), "en") >= 3.5 for w in rest)


#: words of minutes and forms that the model tags as names ("2 Nay", "ATTEST", "Programs")
_VOTE_AND_FORM_WORDS = {"aye", "ayes", "nay", "nays", "yea", "yeas", "attest", "programs", "program", "grant",
                        "assistance", "background", "judges", "circuit", "clerk", "email", "e-mail", "phone",
                        "fax", "tel", "telephone"}


def _not_a_person(en: "_Ent", G, word: str, upper_doc: bool = False) -> Optional[str]:
    """Why a one-word PERSON that names nobody else in the document is not a person:
    "GPE" (a state or big city), "LOC" (before a place noun, after "in"), "drop"
    (a capitalized heading word such as "DISCUSSION"), or None (a person)."""
    doc = en.sent.doc
    if _big_place(G, word):
        return "GPE"
    nxt = doc[en.end] if en.end < len(doc) else None
    if nxt is not None and nxt.lower_ in PLACE_NOUNS and nxt.text.islower():
        return "LOC"
    prev = doc[en.start - 1].lower_ if en.start > 0 else ""
    if prev in ("in", "near", "outside", "from", "across") and not (nxt is not None and nxt.lower_ in ("'s", "\u2019s")):
        return "LOC"
    if word.isupper() and len(word) > 3 and not upper_doc:
        return "drop"
    return None


def _big_place(G, word: str) -> bool:
    """A state, or a city of >= PERSON_TO_PLACE_MIN_POPULATION people, named by one word."""
    for p in G.lookup(word):
        if p.kind == "state" or (p.kind == "city" and (p.population or 0) >= PERSON_TO_PLACE_MIN_POPULATION):
            return True
    return False
