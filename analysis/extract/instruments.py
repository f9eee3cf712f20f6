"""Legal instruments named in the text: laws, bills, orders, agreements, cases.

``kind`` is one of ``vocabulary.INSTRUMENT_KINDS``. What counts:

* **named** instruments (``generic`` False): bill numbers ("Senate Bill 54",
  "SB 54", "H.R. 2", name normalised to "SB 54"), ballot measures
  ("Proposition 187"), named acts, ordinances, statutes and programs ("the
  Safe Streets Act", "Revised Statutes", "... Program"; not "... Law
  School"), "HB25-1001"-style numbers, numbered executive orders and
  directives, constitutional provisions ("Tenth Amendment", "supremacy
  clause", anti-commandeering doctrine, Bill of Rights), court cases ("Printz
  v. United States"), U.S. Code titles and sections, the 287(g) family ("287(g)
  agreement", "Section 287(g)" -> "287(g) program", the task force / jail
  enforcement / warrant service officer models), and clearly typed agreements
  (memorandum of understanding/agreement, intergovernmental service
  agreement, detention contract), federal programs by their proper names
  (Secure Communities, SCAAP...), and LAW entities from ``mentions`` that carry
  such a keyword.
* **generic** mentions (``generic`` True), kept for the action extractor:
  "a bill", "legislation", "an ordinance", "a new law", "an executive order",
  only when a domain word modifies them (sanctuary, state, new...) or a verb
  acts on them (signed, introduced, would bar...; also read off the surface
  when the parse fails). A bare "law" needs an owner, a year or a clause
  ("the state's 2019 law barring ..."); "law enforcement", "into law", "the
  law" and "federal law" are never instruments; a "resolution" needs a
  governmental modifier (council, county, joint...).

``jurisdiction``: the ``jurisdiction_id`` of a place named inside the
instrument ("California Values Act"), right before it ("Texas law", "Cook
County's ordinance"), else the nearest place of the same sentence (before,
then after). Federal instruments (constitutional provisions, U.S. Code,
H.R./S. bills, five-digit executive orders, federal programs) get None. A
named instrument without a place takes the jurisdiction that other mentions
of the same name in the document have.

:func:`aggregate` makes the instruments table: one row per (name,
jurisdiction); generic mentions only when they have a jurisdiction.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Optional

import pandas as pd

from ..vocabulary import INSTRUMENT_KINDS
from .base import ParsedDocument, Sentence

KINDS = INSTRUMENT_KINDS

_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "twenty-first": 21, "twenty-second": 22, "twenty-fourth": 24, "twenty-fifth": 25,
    "twenty-sixth": 26,
}
_ORD_NAME = {v: k.title().replace("-F", "-f").replace("-S", "-s") for k, v in _ORDINALS.items()}
_BILL_PREFIX = {
    "senate bill": "SB", "house bill": "HB", "assembly bill": "AB", "senate file": "SF", "house file": "HF",
    "senate joint resolution": "SJR", "house joint resolution": "HJR", "senate resolution": "SR",
    "house resolution": "HR", "sb": "SB", "hb": "HB", "ab": "AB", "sf": "SF", "hf": "HF", "sjr": "SJR",
    "hjr": "HJR", "ld": "LD", "h.r": "H.R.", "hr": "H.R.", "s": "S.",
}
_FEDERAL_PROGRAMS = {
    "secure communities": "Secure Communities",
    "priority enforcement program": "Priority Enforcement Program",
    "criminal alien program": "Criminal Alien Program",
    "alternatives to detention": "Alternatives to Detention",
    "state criminal alien assistance program": "State Criminal Alien Assistance Program",
    "scaap": "State Criminal Alien Assistance Program",
    "byrne jag": "Byrne JAG", "byrne justice assistance grant": "Byrne JAG",
    "operation stonegarden": "Operation Stonegarden",
    "deferred action for childhood arrivals": "Deferred Action for Childhood Arrivals",
    "daca": "Deferred Action for Childhood Arrivals",
    "temporary protected status": "Temporary Protected Status",
}
_CLAUSES = ("supremacy", "spending", "due process", "equal protection", "commerce", "necessary and proper",
            "take care", "guarantee", "privileges and immunities", "full faith and credit", "establishment",
            "free exercise", "free speech", "naturalization")
_NAME_END = ("Act", "Law", "Ordinance", "Statute", "Statutes", "Bill", "Program", "Initiative")
_CONNECT = {"of", "and", "for", "the", "to", "in", "on", "from", "against", "a", "an", "our", "&"}
_LEAD_STOP = {"the", "a", "an", "in", "under", "its", "his", "her", "their", "this", "that", "after", "since",
              "when", "while", "with", "by", "for", "and", "but", "both", "new", "if", "as", "to", "of", "on",
              "from", "our", "so-called", "federal", "state", "proposed", "controversial", "landmark"}
_GENERIC_HEADS = {"bill": "bill", "legislation": "bill", "ordinance": "law", "law": "law", "resolution": "law",
                  "statute": "law"}
_DOMAIN_MODS = {"sanctuary", "anti-sanctuary", "immigration", "new", "state", "city", "county", "proposed",
                "similar", "municipal", "local", "anti-ice", "companion", "bipartisan", "trust", "welcoming",
                "detainer", "mask", "unmasking", "enforcement", "this", "that", "such"}
_GOV_MODS = {"council", "city", "county", "state", "board", "joint", "legislative", "senate", "house", "commission"}
_ACT_VERBS = {"introduce", "pass", "sign", "veto", "propose", "file", "sponsor", "consider", "approve", "adopt",
              "enact", "advance", "draft", "issue", "rescind", "repeal", "block", "strike", "uphold",
              "challenge", "require", "bar", "ban", "prohibit", "allow", "limit", "restrict", "override",
              "amend", "unveil", "announce", "backed", "back", "support", "oppose", "invalidate", "enjoin",
              "violate", "defy", "take", "go", "reject", "kill", "vote", "push", "mandate", "forbid",
              "preempt", "authorize", "direct", "create", "establish", "expand", "end", "target", "punish",
              "penalize", "make", "would"}
_PROPOSAL_VERBS = {"introduce", "propose", "sponsor", "file", "draft", "unveil", "consider", "push"}

_RE_CASE = re.compile(r"\b(?P<a>[A-Z][\w.'\u2019&-]*(?:\s+(?:of|the|and|for|[A-Z][\w.'\u2019&-]*)){0,5})"
                      r"\s+(?:v\.|vs\.|v)\s+(?P<b>[A-Z][\w.'\u2019&-]*(?:\s+(?:of|the|and|for|[A-Z][\w.'\u2019&-]*)){0,5})")
_RE_BILL_LONG = re.compile(r"\b(?P<p>Senate|House|Assembly|SENATE|HOUSE|ASSEMBLY)\s+"
                           r"(?P<t>Bill|File|Joint Resolution|Resolution|BILL|FILE|JOINT RESOLUTION|RESOLUTION)\s+"
                           r"(?:No\.\s*|NO\.\s*)?(?P<n>\d{1,5}[A-Z]?)\b")   # (a title's capitals: "HOUSE BILL 318")
_RE_BILL_SHORT = re.compile(r"\b(?P<p>S\.?B|H\.?B|A\.?B|S\.?F|H\.?F|SJR|HJR|L\.?D|H\.\s?R|HR)\.?\s*"
                            r"(?P<n>\d{2}-\d{2,5}|\d{1,5})\b")   # "HB25-1001": year-number style
_RE_PROP = re.compile(r"\b(?:Proposition|Prop\.?)\s+(?P<n>\d{1,4}[A-Z]?)\b")
_RE_MEASURE = re.compile(r"\b(?P<t>Measure|Ballot Question|Question|Initiative|Issue)\s+(?P<n>\d{1,4}|[A-Z]{1,2})\b(?!\s*[a-z])")
_RE_EO = re.compile(r"\b(?P<t>Executive Order|Executive Directive|Administrative Order|EO|E\.O\.)\s*(?:No\.?\s*)?"
                    r"(?P<n>\d[\d-]*\d|\d)\b")
_RE_EO_GENERIC = re.compile(r"\b(?:executive|mayoral|administrative|emergency)\s+(?:order|directive)s?\b", re.I)
_RE_AMEND = re.compile(r"\b(?P<o>" + "|".join(sorted(_ORDINALS, key=len, reverse=True)) +
                       r"|\d{1,2}(?:st|nd|rd|th))\s+Amendment\b", re.I)
_RE_CLAUSE = re.compile(r"\b(?P<c>" + "|".join(_CLAUSES) + r")\s+clause\b", re.I)
_RE_DOCTRINE = re.compile(r"\banti-?\s?commandeering(?:\s+(?:doctrine|principle|rule))?\b", re.I)
_RE_BOR = re.compile(r"\bBill of Rights\b")
_RE_USC = re.compile(r"\b(?P<t>\d{1,2})\s+U\.?\s?S\.?\s?C\.?\s*(?:\u00a7+|[Ss]ec(?:tion|\.)?)?\s*(?P<s>\d{1,5}[a-z]?)")
_RE_TITLE_USC = re.compile(r"\bTitle\s+(?P<t>\d{1,2})\s+of\s+the\s+(?:U\.?S\.?|United States)\s+Code\b")
_RE_SECTION = re.compile(r"\bSection\s+(?P<s>\d{3,4}[a-z]?)(?![\d(])")
_RE_287G = re.compile(
    r"\b(?P<sec>[Ss]ection\s+)?287\s?\(\s?g\s?\)(?:\s+(?P<k>agreements?|program(?:s|me)?|partnerships?|contracts?|deals?|"
    r"memorand(?:um|a)(?:\s+of\s+(?:agreement|understanding))?|MOAs?|MOUs?|authority|model))?")
_RE_MODEL = re.compile(r"\b(?:287\s?\(\s?g\s?\)\s+)?(?P<m>task[- ]force|jail[- ]enforcement|warrant[- ]service[- ]officers?)"
                       r"(?:\s+(?:model|program|agreement|officer))?\b(?P<tail>s?)", re.I)
_RE_MOU = re.compile(r"\b(?:memorand(?:um|a)\s+of\s+(?P<t>understanding|agreement)|(?P<a>MOU|MOA)s?)\b")
_RE_IGSA = re.compile(r"\b(?:intergovernmental(?:\s+service)?\s+agreements?|IGSAs?|detention\s+(?:contract|agreement)s?|"
                      r"bed[- ]space\s+(?:contract|agreement)s?)\b", re.I)
_RE_PROGRAMS = re.compile(r"\b(?:" + "|".join(re.escape(k) for k in sorted(_FEDERAL_PROGRAMS, key=len, reverse=True))
                          + r")\b", re.I)


def _slug(text: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return s or "x"


def _hit(a: int, b: int, name: str, kind: str, *, generic: bool = False, federal: bool = False,
         prio: int = 1) -> dict:
    return dict(a=a, b=b, name=name, kind=kind, generic=generic, federal=federal, prio=prio)


def _bill_name(prefix: str, n: str) -> str:
    key = re.sub(r"[\s.]", "", prefix.lower())
    key = {"hr": "h.r"}.get(key, key)
    short = _BILL_PREFIX.get(key) or _BILL_PREFIX.get(prefix.lower(), prefix.upper())
    return f"{short}{n}" if "-" in n else f"{short} {n}"


def _named_runs(text: str) -> list[dict]:
    """Title-case names ending in Act/Law/Ordinance/Statute/Bill/Program/Initiative."""
    out = []
    toks = list(re.finditer(r"[A-Za-z0-9][\w'\u2019.&-]*", text))
    for i, t in enumerate(toks):
        word = t.group(0).rstrip(".")
        if word not in _NAME_END:
            continue
        j = i
        while j > 0:
            prev = toks[j - 1]
            gap = text[prev.end():toks[j].start()]
            if gap.strip() not in ("", "-"):
                break
            w = prev.group(0)
            if w[:1].isupper() or w[:1].isdigit():
                j -= 1
            elif w.lower() in _CONNECT and j - 2 >= 0 and (toks[j - 2].group(0)[:1].isupper()) \
                    and text[toks[j - 2].end():prev.start()].strip() == "":
                j -= 1
            else:
                break
        if re.match(r"\s+(?:School|Schools|Center|Clinic|Review|Firm|Enforcement|Professor|Library|Department|"
                    r"Institute|Journal|Project|Society|Program|Students?|Faculty|Office|Group|Partners)\b", text[t.end():]):
            continue               # "University of X Law School", "Law Enforcement"
        words = toks[j:i + 1]
        while words and (words[0].group(0).lower() in _LEAD_STOP or re.search(r"['\u2019]s$", words[0].group(0))
                         or words[0].group(0).lower() in _CONNECT or words[0].group(0).endswith(".")):
            words = words[1:]
        if len(words) < 2:
            continue
        if all(w.group(0).lower() in ("state", "federal", "city", "county", "immigration", "new", "the")
               for w in words[:-1]):
            continue
        a, b = words[0].start(), words[-1].start() + len(words[-1].group(0).rstrip("."))
        m = re.match(r"\s+of\s+(?:19|20)\d\d\b", text[b:])
        if m and word == "Act":
            b += m.end()
        name = text[a:b]
        kind = {"Bill": "bill", "Program": "program", "Initiative": "program"}.get(word, "law")
        out.append(_hit(a, b, name, kind, prio=2))
    return out


def _regex_hits(text: str) -> list[dict]:
    hits: list[dict] = []
    for m in _RE_CASE.finditer(text):
        left = m["a"].split()
        while left and (left[0].lower() in _LEAD_STOP or left[0].lower() in {"case", "ruling"}):
            left.pop(0)
        right = m["b"].split()
        while right and right[-1].lower() in _CONNECT:
            right.pop()
        if not left or not right:
            continue
        a = m.start("a") + m["a"].rfind(" ".join(left)) if " ".join(left) in m["a"] else m.start("a")
        rtext = " ".join(right).rstrip(",.;:")
        b = m.start("b") + len(rtext)
        name = f"{' '.join(left)} v. {rtext}"
        hits.append(_hit(a, b, name, "court_case", prio=5))
    for m in _RE_BILL_LONG.finditer(text):
        hits.append(_hit(m.start(), m.end(), _bill_name(f"{m['p']} {m['t']}", m["n"]), "bill", prio=4,
                         federal=False))
    for m in _RE_BILL_SHORT.finditer(text):
        name = _bill_name(m["p"], m["n"])
        hits.append(_hit(m.start(), m.end(), name, "bill", prio=4, federal=name.startswith("H.R.")))
    for m in _RE_PROP.finditer(text):
        hits.append(_hit(m.start(), m.end(), f"Proposition {m['n']}", "law", prio=4))
    for m in _RE_MEASURE.finditer(text):
        if m["t"] in ("Question", "Issue") and not re.search(r"\b(?:ballot|voters?)\b", text, re.I):
            continue
        hits.append(_hit(m.start(), m.end(), f"{m['t']} {m['n']}", "law", prio=3))
    for m in _RE_EO.finditer(text):
        t = {"EO": "Executive Order", "E.O.": "Executive Order"}.get(m["t"], m["t"])
        n = m["n"]
        hits.append(_hit(m.start(), m.end(), f"{t} {n}", "executive_order", prio=4,
                         federal=len(re.sub(r"\D", "", n)) >= 5))
    for m in _RE_EO_GENERIC.finditer(text):
        hits.append(_hit(m.start(), m.end(), "executive order", "executive_order", generic=True, prio=0))
    for m in _RE_AMEND.finditer(text):
        o = m["o"].lower()
        n = _ORDINALS.get(o) or int(re.match(r"\d+", o).group(0))
        if n > 27:
            continue
        hits.append(_hit(m.start(), m.end(), f"{_ORD_NAME.get(n, o.title())} Amendment", "constitutional_provision",
                         prio=4, federal=True))
    for m in _RE_CLAUSE.finditer(text):
        hits.append(_hit(m.start(), m.end(), f"{m['c'].title().replace(' And ', ' and ')} Clause",
                         "constitutional_provision", prio=4, federal=True))
    for m in _RE_DOCTRINE.finditer(text):
        hits.append(_hit(m.start(), m.end(), "anti-commandeering doctrine", "constitutional_provision", prio=3,
                         federal=True))
    for m in _RE_BOR.finditer(text):
        hits.append(_hit(m.start(), m.end(), "Bill of Rights", "constitutional_provision", prio=4, federal=True))
    for m in _RE_USC.finditer(text):
        hits.append(_hit(m.start(), m.end(), f"{m['t']} U.S.C. \u00a7 {m['s']}", "law", prio=4, federal=True))
    for m in _RE_TITLE_USC.finditer(text):
        hits.append(_hit(m.start(), m.end(), f"Title {m['t']} of the U.S. Code", "law", prio=4, federal=True))
    for m in _RE_SECTION.finditer(text):
        hits.append(_hit(m.start(), m.end(), f"Section {m['s']}", "law", prio=1, federal=True))
    for m in _RE_287G.finditer(text):
        k = (m["k"] or "").lower()
        if k.startswith("program") or not k or k in ("authority", "model"):
            hits.append(_hit(m.start(), m.end(), "287(g) program", "program", prio=3, federal=not k))
        else:
            hits.append(_hit(m.start(), m.end(), "287(g) agreement", "agreement", prio=3))
    for m in _RE_MODEL.finditer(text):
        model = re.sub(r"[- ]+", " ", m["m"].lower()).rstrip("s")
        if model == "task force" and not re.search(r"287\s?\(\s?g\s?\)|\bmodel\b|\bICE\b", text):
            continue               # any task force is not the 287(g) model
        hits.append(_hit(m.start(), m.end(), f"287(g) {model} model", "agreement", prio=4))
    for m in _RE_MOU.finditer(text):
        t = (m["t"] or ("understanding" if (m["a"] or "").upper() == "MOU" else "agreement")).lower()
        hits.append(_hit(m.start(), m.end(), f"memorandum of {t}", "agreement", prio=2))
    for m in _RE_IGSA.finditer(text):
        w = m.group(0).lower()
        name = "detention contract" if ("detention" in w or "bed" in w) else "intergovernmental service agreement"
        hits.append(_hit(m.start(), m.end(), name, "agreement", prio=2))
    for m in _RE_PROGRAMS.finditer(text):
        key = m.group(0).lower()
        if key in ("daca", "scaap") and not m.group(0).isupper():
            continue
        if not m.group(0)[:1].isupper():
            continue
        hits.append(_hit(m.start(), m.end(), _FEDERAL_PROGRAMS[key], "program", prio=4, federal=True))
    hits.extend(_named_runs(text))
    return hits


def _generic_hits(sent: Sentence, taken: list[tuple[int, int]]) -> list[dict]:
    out = []
    if sent.doc is None:
        return out
    for t in sent.doc:
        low = t.lower_
        if low not in _GENERIC_HEADS and t.lemma_.lower() not in _GENERIC_HEADS:
            continue
        if t.pos_ not in ("NOUN", "PROPN") or t.dep_ == "compound":
            continue
        head = _GENERIC_HEADS.get(low) or _GENERIC_HEADS[t.lemma_.lower()]
        a, b = t.idx, t.idx + len(t.text)
        if any(x < b and a < y for x, y in taken):
            continue
        mods = [c for c in t.lefts if c.dep_ in ("amod", "compound", "nmod") and c.lower_ in _DOMAIN_MODS]
        dets = [c for c in t.lefts if c.dep_ in ("det", "poss")]
        verb = t.head if t.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj", "attr", "conj") else None
        if verb is not None and verb.dep_ == "prep":
            verb = verb.head
        acts = verb is not None and (verb.lemma_.lower() in _ACT_VERBS)
        acts = acts or any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _ACT_VERBS for c in t.children)
        acts = acts or any(c.lower_ == "would" for c in (verb.children if verb is not None else []))
        j = t.i - 1                # surface fallback for misparses: "introduced a bill"
        while j >= 0 and (t.doc[j].dep_ in ("det", "amod", "compound") or t.doc[j].pos_ in ("DET", "ADJ")):
            j -= 1
        acts = acts or (j >= 0 and j < t.i - 1 and t.doc[j].pos_ == "VERB" and t.doc[j].lemma_.lower() in _ACT_VERBS)
        if head == "law" and low in ("law", "laws") and not mods and not any(d.lower_ in ("a", "an") for d in dets):
            clause = any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _ACT_VERBS for c in t.children)
            owned = any(d.dep_ == "poss" for d in dets) or any(c.dep_ == "nummod" for c in t.lefts)
            if not (clause or owned or (verb is not None and verb.lemma_.lower() in
                                        {"sign", "pass", "enact", "adopt", "approve", "veto"})):
                continue           # "the law", "federal law": too vague
        if t.dep_ == "pobj" and t.head.lower_ == "into" or (verb is not None and verb.lemma_.lower() == "become"):
            continue               # "signed into law", "became law"
        if not mods and not acts:
            continue
        if low.startswith("resolution") and not any(c.lower_ in _GOV_MODS for c in t.lefts):
            continue               # a party's or a group's resolution is not an instrument
        if any(c.lower_ == "federal" for c in t.lefts):
            continue
        start = min([m.idx for m in mods] + [a])
        name = " ".join([m.lower_ for m in mods if m.lower_ not in ("this", "that", "such", "new")] + [t.lemma_.lower()])
        kind = "bill" if head == "bill" else "law"
        out.append(_hit(start, b, name, kind, generic=True, prio=0))
    return out


def _choose(hits: list[dict]) -> list[dict]:
    chosen: list[dict] = []
    for h in sorted(hits, key=lambda h: (-h["prio"], -(h["b"] - h["a"]), h["a"])):
        if all(h["b"] <= c["a"] or h["a"] >= c["b"] for c in chosen):
            chosen.append(h)
    return sorted(chosen, key=lambda h: h["a"])


def _jurisdiction(sent: Sentence, h: dict, places: list[dict]) -> Optional[str]:
    if h["federal"] or h["kind"] == "constitutional_provision":
        return None
    a, b = sent.start + h["a"], sent.start + h["b"]
    inside = [p for p in places if a <= p["start"] and p["end"] <= b]
    local = [p for p in inside if p.get("kind") != "country"]
    if h["kind"] == "court_case":          # a party of the case, never the surrounding text
        return local[0].get("jurisdiction_id") if local else None
    if inside:
        return (local or inside)[0].get("jurisdiction_id")
    before = [p for p in places if p["end"] <= a]
    after = [p for p in places if p["start"] >= b]
    rel = sent.start
    for p in after:   # "... model used in Collier County", "an ordinance of Cook County"
        gap = sent.text[b - rel:p["start"] - rel]
        if len(gap) <= 16 and re.fullmatch(r"\s*(?:(?:used|adopted|signed|passed|approved)\s+)?(?:in|of|for|by)\s+(?:the\s+)?", gap):
            return p.get("jurisdiction_id")
    if before:
        p = max(before, key=lambda p: p["end"])
        return p.get("jurisdiction_id")
    if after:
        return min(after, key=lambda p: p["start"]).get("jurisdiction_id")
    return None


def _proposal_context(sent: Sentence, h: dict) -> bool:
    if sent.doc is None:
        return False
    return any(t.lemma_.lower() in _PROPOSAL_VERBS and t.pos_ == "VERB" for t in sent.doc) or \
        bool(re.search(r"\bwould\b", sent.text))


def extract_instruments(pdoc: ParsedDocument, mentions: list[dict], places: list[dict]) -> list[dict]:
    """Instrument mentions of one document, in reading order (see module doc)."""
    places_by_sent: dict[str, list[dict]] = defaultdict(list)
    for p in places or []:
        if p.get("start") is not None and p.get("sentence_id") is not None:
            places_by_sent[p["sentence_id"]].append(p)
    law_ents: dict[str, list[dict]] = defaultdict(list)
    for m in mentions or []:
        if m.get("label") == "LAW" and m.get("start") is not None:
            law_ents[m.get("sentence_id")].append(m)
    rows: list[dict] = []
    for sent in pdoc.sentences:
        hits = _regex_hits(sent.text)
        for m in law_ents.get(sent.sentence_id, []):
            a, b = m["start"] - sent.start, m["end"] - sent.start
            etext = sent.text[a:b] if 0 <= a < b <= len(sent.text) else ""
            name = re.sub(r"^(?:the|The)\s+", "", etext).strip()
            last = name.split()[-1] if name.split() else ""
            if len(name.split()) >= 2 and name[:1].isupper() and last in _NAME_END + ("Amendment", "Code"):
                kind = {"Bill": "bill", "Amendment": "constitutional_provision", "Program": "program"}.get(last, "law")
                hits.append(_hit(a + etext.find(name), a + etext.find(name) + len(name), name, kind, prio=1))
        chosen = _choose(hits)
        chosen += _generic_hits(sent, [(h["a"], h["b"]) for h in chosen])
        chosen.sort(key=lambda h: (h["a"], h["b"]))
        sp = sorted(places_by_sent.get(sent.sentence_id, []), key=lambda p: (p["start"], p["end"]))
        for h in chosen:
            kind = h["kind"]
            if kind == "law" and not h["generic"] and h["name"].endswith("Act") and _proposal_context(sent, h):
                kind = "bill"
            if kind == "bill" and not h["generic"] and re.search(
                    r"\b(?:signed into law|became law|is law|state law|the law|statute|took effect|in effect|enacted)\b",
                    sent.text):
                kind = "law"
            rows.append(dict(doc_id=pdoc.doc_id, sentence_id=sent.sentence_id, start=sent.start + h["a"],
                             end=sent.start + h["b"], text=sent.text[h["a"]:h["b"]], name=h["name"], kind=kind,
                             jurisdiction=_jurisdiction(sent, h, sp), generic=h["generic"],
                             federal=h["federal"] or kind == "constitutional_provision"))
    # a named instrument without a place takes the one its other mentions have
    by_name: dict[str, Counter] = defaultdict(Counter)
    for r in rows:
        if not r["generic"] and r["jurisdiction"]:
            by_name[r["name"]][r["jurisdiction"]] += 1
    for r in rows:
        if not r["generic"] and not r["jurisdiction"] and not r["federal"] and by_name.get(r["name"]):
            r["jurisdiction"] = sorted(by_name[r["name"]].items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    return rows


_COLUMNS = ["instrument_id", "name", "kind", "jurisdiction", "doc_ids", "mentions"]
_KIND_RANK = {k: i for i, k in enumerate(("law", "executive_order", "court_case", "constitutional_provision",
                                          "agreement", "program", "bill"))}


def aggregate(rows: list[dict]) -> pd.DataFrame:
    """The instruments table: one row per (name, jurisdiction), ids from the name.

    ``instrument_id`` is ``ins-<slug of name>[-<slug of jurisdiction>]``;
    ``kind`` is the most frequent kind of the mentions (a bill mentioned as a
    law anywhere is a law); ``doc_ids`` is a sorted list.
    """
    rows = [r for r in (rows or []) if r.get("name")]
    if not rows:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in _COLUMNS})
    named_j: dict[str, set] = defaultdict(set)
    for r in rows:
        if not r.get("generic") and r.get("jurisdiction"):
            named_j[r["name"]].add(r["jurisdiction"])
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for r in rows:
        j = r.get("jurisdiction") or None
        if r.get("generic"):
            if not j:
                continue
        elif j is None and len(named_j.get(r["name"], ())) == 1:
            j = next(iter(named_j[r["name"]]))
        groups[(r["name"], j or "")].append(r)
    out = []
    seen: dict[str, int] = {}
    for (name, j), rs in sorted(groups.items()):
        kinds = Counter(r.get("kind") for r in rs)
        if "law" in kinds and "bill" in kinds:
            kind = "law"
        else:
            kind = sorted(kinds.items(), key=lambda kv: (-kv[1], _KIND_RANK.get(kv[0], 99)))[0][0]
        iid = "ins-" + _slug(name) + (f"-{_slug(j)}" if j else "")
        if iid in seen:
            seen[iid] += 1
            iid = f"{iid}-{seen[iid]}"
        else:
            seen[iid] = 1
        out.append(dict(instrument_id=iid, name=name, kind=kind, jurisdiction=j or None,
                        doc_ids=sorted({r.get("doc_id") for r in rs if r.get("doc_id")}), mentions=len(rs)))
    return pd.DataFrame(out, columns=_COLUMNS)
