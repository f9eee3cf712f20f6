"""Steps of a bill told apart from what the bill does.

A fiscal note, a hearing summary or a session digest tells what a bill would do
in one place ("H.B. 412 would require every sheriff to apply for a 287(g)
agreement") and its steps in another ("Rep. Roe introduced H.B. 412 on January
11", "the committee adopted a substitute bill and reported it favorably", "The
House passed the bill 51-49"). The rules code the first; this pass gives each
step the type the bill's own sentences were coded with, as a proposal
(``announced`` when the step is still to come: "will introduce the bill in
January").

The actions stage's own ``_passed_named`` and ``_reintroduced`` read, sentence
by sentence, an instrument passed or reintroduced after its content was told;
this pass sees the whole document, so the content may also come after the step,
as a fiscal note tells it (history first, then what the bill would do).

It reads only the actions stage's own rows and the instrument and date mentions
the stages before it found, and adds rows; it changes none. A step is coded
only when the bill it moves is known: named in the sentence, or the one bill
named last before it ("the bill", "the measure", "it"), and when that bill's
own sentences were coded (also as law: "- Section 2 requires every sheriff ..."
below a bill made law). A step that did not happen ("failed to advance",
"would have passed") gives no row. Of the last steps, which make a bill law,
this pass codes only those whose sentence the rules left uncoded: a governor
signing a bill the text told as a proposal, "completed the override", "the
Legislature overrode the veto" (``enacted``); one chamber's vote to override
is still a proposal. "Passed the Legislature" is left to the rules.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Optional

from ..vocabulary import direction_of
from .base import ParsedDocument, Sentence

#: verbs of a bill's steps before it is law; the subject or the object must be a chamber, a committee or the bill
STEP_VERBS = frozenset(("introduce", "reintroduce", "prefile", "file", "advance", "clear", "pass", "approve",
                        "adopt", "report", "send", "forward", "concur", "refer", "appoint", "recommend", "give"))
#: steps whose subject is a chamber or a committee ("the committee adopted a substitute bill")
_BODY_STEPS = frozenset(("advance", "clear", "pass", "approve", "adopt", "report", "send", "forward", "concur",
                         "recommend"))
_BODY = re.compile(r"\b(?:house|senate|assembly|committee|subcommittee|chamber|delegates|representatives)\b", re.I)
#: what makes a bill law, or a body that passes it finally: not a step of a proposal
_FINAL = re.compile(r"\b(?:legislature|general assembly|both (?:chambers|houses)|into law|signed|signature|enacted"
                    r"|became law|veto\w*|override)\b", re.I)
#: a signing still to come ("will sign HB 1127"); "signed" is in _FINAL
_SIGN = re.compile(r"\bsign\b", re.I)
#: who makes a bill law by signing it
_SIGNER = re.compile(r"\b(?:Gov(?:ernor|\.)|governor)\b")
_RECORDS_LAW = re.compile(r"\b(?:information|records?|privacy|right to know|sunshine)\b", re.I)
_DEFINITE_BEFORE = re.compile(r"\b(?:the|this|that|its|his|her|their)\s+(?:[\w-]+\s+)?(?:bill|measure|legislation"
                              r"|substitute)\b", re.I)
_NOT_THE_BILL = re.compile(r"\b(?:amendments?|motions?|agenda|minutes|report|resolution|complaint|lawsuit|suit|petition"
                           r"|request|brief|notice|appeal)\b", re.I)
_CONGRESS_BILL = re.compile(r"^(?:H\.?\s?R|S)\.?\s*\d")
_BILL_NOUNS = frozenset(("bill", "measure", "legislation", "substitute", "proposal"))
#: what makes a step one that may not happen: "if the House passes it", "unless the Senate acts"
_CONDITION = re.compile(r"\b(?:if|unless|whether|once|until|should the)\b", re.I)
_REPORTED_OUT = re.compile(r"\b(?:favorabl[ey]|do pass|out of (?:the )?committee|on an? \d{1,2}[-\u2013 ](?:to[-\u2013 ])?\d{1,2}"
                           r" (?:roll[- ]call )?vote|by a vote of"
                           r"|to the (?:full )?(?:house|senate|floor))\b", re.I)
_CONFERENCE = re.compile(r"\bconference (?:committee|report)\b", re.I)
_LATER = re.compile(r"\b(?:until|till|through|effective|beginning|starting|takes? effect(?: on)?)\s*$", re.I)
_FUTURE = frozenset(("will", "shall", "plan", "intend", "expect", "hope", "aim", "vow", "pledge", "promise"))
_BILL_KINDS = ("bill",)
#: a section of the bill told as its own line or sentence: "- Section 2 requires ...", "Section 7 voids ..."
_SECTION_LINE = re.compile(r"\s*(?:[-*\u2022]\s*)?(?:Section|Sec\.)\s+\d+\w*\b(?!\s+of\s+(?:the\s+)?(?:U\.S\.|United|federal))")


def _named_bills(instruments: list[dict]) -> dict[str, list[dict]]:
    """Named bill mentions by sentence ("H.B. 412", "Senate Bill 219"), in reading order (not a records law asked
    under: "filed a Freedom of Information Act request")."""
    out: dict[str, list[dict]] = {}
    for m in instruments:
        if m.get("kind") in _BILL_KINDS and not m.get("generic") and m.get("sentence_id") \
                and not _RECORDS_LAW.search(m.get("name") or ""):
            out.setdefault(m["sentence_id"], []).append(m)
    return out


def _bill_types(pdoc: ParsedDocument, rows: list[dict], named: dict[str, list[dict]],
                generic: set[str]) -> dict[str, dict]:
    """Bill name -> the first proposed or announced row coded in a sentence that names the bill, or that speaks of
    "the bill" after naming it last; with the counts of its types, the most coded wins."""
    by_sent: dict[str, list[dict]] = {}
    for r in rows:
        by_sent.setdefault(r["sentence_id"], []).append(r)
    votes: dict[str, Counter] = {}
    first: dict[tuple[str, str], dict] = {}
    current: Optional[str] = None
    for s in pdoc.sentences:
        names = [m["name"] for m in named.get(s.sentence_id, [])]
        bills = names or ([current] if current and (s.sentence_id in generic or _SECTION_LINE.match(s.text)) else [])
        for r in by_sent.get(s.sentence_id, []):
            # (a bill made law keeps its code: "- Section 2 requires every sheriff ...", below a veto overridden)
            if r["status"] not in ("proposed", "announced", "enacted") or r.get("rule") == "bill_step" \
                    or (r["status"] == "enacted" and not ((names or _SECTION_LINE.match(s.text))
                                                         and str(r.get("jurisdiction") or "").count("-") == 1)):
                continue    # (a law's content is a state's: not a city's ordinance told beside the bill's name)
            for b in dict.fromkeys(bills):
                votes.setdefault(b, Counter())[r["action_type"]] += 1
                first.setdefault((b, r["action_type"]), r)
        if names:
            current = names[-1]
    sole = {m["name"] for ms in named.values() for m in ms}
    proposals = [r for r in rows if r["status"] == "proposed" and r.get("rule") != "bill_step"
                 and str(r.get("jurisdiction") or "").count("-") == 1]
    if not votes and len(sole) == 1 and len({r["action_type"] for r in proposals}) == 1:
        # the one bill a text names, told after as "the bill as passed by the House", "the conference substitute":
        # the state's proposals the text codes, all of one type, are that bill's ("HB 1127 ... Conference Committee
        # Report"); proposals of several types may be amendments' or other bills'
        b = sole.pop()
        votes[b] = Counter({proposals[0]["action_type"]: len(proposals)})
        first[(b, proposals[0]["action_type"])] = proposals[0]
    out = {}
    for b, c in votes.items():
        t = sorted(c.items(), key=lambda kv: -kv[1])[0][0]
        out[b] = first[(b, t)]
    return out


def _negated(tok) -> bool:
    if any(c.dep_ == "neg" for c in tok.children):
        return True
    heads = [tok] + list(tok.ancestors)[:2]
    if tok.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        heads = [tok]   # a clause of its own: "The House refused to concur, and a conference committee was appointed"
    for h in heads:
        if h.lemma_.lower() in ("fail", "refuse", "decline") and h.i != tok.i:
            return True
        if any(c.lower_ == "have" and c.dep_ == "aux" for c in h.children) and any(
                c.lower_ in ("would", "could", "might") for c in h.children):
            return True     # "would have passed"
    return False


def _future(tok) -> bool:
    for h in [tok] + list(tok.ancestors)[:2]:
        if any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in h.children):
            return True
        if h.i != tok.i and h.lemma_.lower() in _FUTURE:
            return True
    return False


def _subject(tok):
    for c in tok.children:
        if c.dep_ in ("nsubj", "nsubjpass", "agent"):
            if c.dep_ == "agent":
                return next((g for g in c.children if g.dep_ == "pobj"), None)
            return c
    if tok.dep_ in ("conj", "xcomp", "advcl") and tok.head.i != tok.i:
        return _subject(tok.head)   # ("The House voted 85-39 ... to override the veto": the House's)
    return None


def _span_text(tok) -> str:
    words = [t for t in tok.subtree if t.dep_ not in ("relcl", "appos") and t.text not in (",", "(", ")") and not any(
        a.dep_ in ("relcl", "appos") for a in t.ancestors if a.i in {x.i for x in tok.subtree} and a.i != tok.i)]
    text = "".join(t.text_with_ws for t in sorted(words, key=lambda t: t.i)).strip()
    return re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.I)


def _the_bill(tok, named_spans: list[tuple[int, int]], conference: bool = False) -> bool:
    """``tok`` (an object or a subject) is the bill already named: a named bill's own words ("H.B. 412"), "the
    bill", "the measure", "its substitute", "it"; not "a bill" (another one) nor "a substitute bill" adopted in its
    place, which is still the bill the text is about ("adopted a substitute bill")."""
    if any(a <= tok.idx < b for a, b in named_spans):
        return True
    if tok.lower_ == "it":      # (not an amendment or a motion named before it: "offered an amendment ..., and the
        # committee adopted it")
        return not _NOT_THE_BILL.search(tok.doc[:tok.i].text)
    if conference and tok.lemma_.lower() == "report" and any(
            c.dep_ in ("det", "poss") and c.lower_ in ("the", "its", "their", "this") for c in tok.children):
        return True     # a conference committee's report, adopted by each chamber: the bill in its last form
    if tok.lemma_.lower() == "version" or (tok.lemma_.lower() == "amendment" and any(
            c.dep_ in ("compound", "amod") and _BODY.search(c.text) for c in tok.children)):
        return True     # "The Senate passed an amended version", "The House concurred in the Senate amendments"
    if tok.lemma_.lower() not in _BILL_NOUNS:
        return False
    dets = [c.lower_ for c in tok.children if c.dep_ in ("det", "poss")]
    if any(c.lower_ in ("own", "new", "rival", "competing", "similar", "second", "another", "different")
           for c in tok.children):
        return False        # "he will introduce his own bill": another one
    if any(d in ("the", "this", "that", "his", "her", "its", "their", "our", "my") for d in dets):
        return True
    return tok.lemma_.lower() == "substitute" or any(c.lower_ == "substitute" for c in tok.children)


def _is_step(tok, sent_text: str, named_spans: list[tuple[int, int]], conference: bool = False) -> bool:
    lemma = tok.lemma_.lower()
    if lemma not in STEP_VERBS or tok.pos_ not in ("VERB", "AUX"):
        return False
    if lemma == "give":         # "the committee voted 15-7 to give HB 1147 a favorable report"
        return any(c.dep_ == "dobj" and c.lemma_.lower() in ("report", "recommendation") and any(
            a.lower_ in ("favorable", "favourable", "positive") for a in c.children) for c in tok.children) and any(
            c.dep_ in ("dative", "iobj") and _the_bill(c, named_spans, conference) for c in tok.children)
    if lemma == "appoint":      # "a conference committee was appointed" (to settle the two chambers' versions)
        return any(c.dep_ in ("dobj", "nsubjpass") and any(t.lower_ == "conference" for t in c.subtree)
                   for c in tok.children)
    if tok.dep_ in ("acl", "relcl", "amod") or any(a.pos_ == "NOUN" and a.dep_ != "ROOT" and a.lemma_.lower() in (
            "motion", "amendment", "vote", "attempt", "effort") for a in tok.ancestors):
        return False        # ("a motion to amend and do pass Senate Bill 206 then failed")
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if lemma == "refer" and not any(c.dep_ == "prep" and c.lower_ == "to" and any(
            g.dep_ == "pobj" and _BODY.search(" ".join(t.text for t in g.subtree)) for g in c.children)
            for c in tok.children):
        return False        # referred to a committee (not "refer the measure to the ballot", "to a magistrate")
    if lemma == "concur":   # "concurred in the Senate amendments"
        objs = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children if g.dep_ == "pobj"]
    subj = _subject(tok)
    subj_text = " ".join(t.text for t in subj.subtree) if subj is not None else ""
    obj_words = {t.lower_ for o in objs for t in o.subtree}
    if lemma == "report" and not _REPORTED_OUT.search(sent_text[tok.idx:]):
        return False        # ("reported it favorably", "reported the bill out of committee")
    bill = any(_the_bill(o, named_spans, conference) for o in objs) or (
        subj is not None and _the_bill(subj, named_spans, conference))
    if lemma in _BODY_STEPS:
        # "the committee adopted a substitute bill", "The House passed the bill 51-49", "the bill cleared the Senate"
        if _FINAL.search(subj_text + " " + " ".join(obj_words)):
            return False
        # (a bill sent on to the other chamber: "HB 1384-FN, as amended, was read a third time, passed and sent to the
        # Senate", whose name the parse may leave without a verb: the bill the sentence names)
        sent_on = lemma in ("send", "forward") and any(c.dep_ == "prep" and c.lower_ == "to" and any(
            g.dep_ == "pobj" and _BODY.search(g.text) for g in c.children) for c in tok.children)
        body = (subj is not None and _BODY.search(subj.text)) or any(_BODY.search(o.text) for o in objs) or sent_on
        bill = bill or (sent_on and bool(named_spans) and (subj is None or subj.pos_ == "PROPN" or tok.tag_ == "VBN"))
        # (or the chair's declaration on the floor: "Senate Bill 1127, as amended, is passed.")
        declared = lemma == "pass" and tok.dep_ == "ROOT" and any(
            c.dep_ == "auxpass" and c.lower_ in ("is", "are") for c in tok.children) and not any(
            c.dep_ in ("prep", "agent", "advmod") for c in tok.children)
        # (the parse may make the bill's name a modifier: "Senate Bill 1207, as amended, is passed")
        bill = bill or (declared and any(c.dep_ == "npadvmod" and _the_bill(c, named_spans) for c in tok.children))
        return bool(body or declared) and bill
    # introducing, filing or referring: the bill is what is introduced ("It was referred to the Judiciary Committee")
    return any(_the_bill(o, named_spans, conference) for o in objs)


def _final_step(tok, named_spans: list[tuple[int, int]], to_come: bool = False) -> Optional[str]:
    """``tok`` makes the bill law ("enacted": "signed the bill", "put his signature on the bill", "completed the
    override", "the Legislature overrode the veto"), or is one chamber's vote to override a veto ("proposed": the
    other chamber must vote too); else None. With ``to_come`` (a sentence that tells no final step done), only a
    signing still to come: "Governor X will sign HB 1127, his press secretary said" ("announced")."""
    if to_come:
        return "announced" if tok.lemma_.lower() == "sign" and tok.pos_ in ("VERB", "AUX") and _future(tok) and any(
            c.dep_ == "dobj" and _the_bill(c, named_spans) for c in tok.children) else None
    if tok.pos_ not in ("VERB", "AUX") or tok.dep_ not in ("ROOT", "conj", "xcomp", "advcl") or tok.tag_ == "VBN" and any(
            c.dep_ == "auxpass" for c in tok.children):
        return None     # (not "the day after the bill was signed", a time told by it)
    lemma = tok.lemma_.lower()
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if lemma == "sign" and any(_the_bill(o, named_spans) for o in objs):
        return "enacted"
    if lemma == "put" and any(o.lemma_.lower() == "signature" for o in objs) and any(
            p.dep_ == "prep" and any(_the_bill(g, named_spans) for g in p.children) for p in tok.children):
        return "enacted"
    if lemma == "complete" and any(o.lemma_.lower() == "override" for o in objs):
        return "enacted"
    if lemma == "override" and any(o.lemma_.lower() == "veto" and not any(
            c.dep_ == "det" and c.lower_ in ("a", "an", "any") for c in o.children) for o in objs):
        # (not how a veto is overridden: "a constitutional majority of 51 votes in the House ... overrides a veto")
        subj = _subject(tok)
        words = " ".join(t.text for t in subj.subtree).lower() if subj is not None else ""
        chambers = set(re.findall(r"\b(?:house|senate|assembly)\b", words))
        one_chamber = len(chambers) == 1 and not re.search(r"\b(?:legislature|general assembly|both)\b", words)
        # (the second chamber's vote, told as the end: "The Senate overrode the veto 25-12, and HB 318 became law")
        made_law = any(t.lower_ == "became" and any(
            c.dep_ in ("attr", "dobj", "oprd") and c.lower_ == "law" for c in t.children) and not any(
            c.dep_ == "neg" for c in t.children) for t in tok.doc)
        return "proposed" if one_chamber and not made_law else "enacted"
    return None


def steps(pdoc: ParsedDocument, rows: list[dict], instruments: list[dict], dates: list[dict],
          bases: Optional[dict] = None) -> list[dict]:
    """Rows for the steps of bills whose content the rules coded elsewhere in the document. ``bases`` (from the
    dates stage): the date in force at each sentence, for a step whose sentence tells none (a dated timeline's
    entry: "March 2, 2028. The Senate passed the amended bill 27-10.")."""
    named = _named_bills(instruments)
    if not named:
        return []
    # ("The bill would also require ...": the bill named last; "a bill that would ..." is another one)
    generic = {m["sentence_id"] for m in instruments if m.get("kind") in _BILL_KINDS and m.get("generic")
               and _DEFINITE_BEFORE.search(pdoc.text[max(0, m["start"] - 24):m["start"]] + " " + (m.get("text") or ""))}
    types = _bill_types(pdoc, rows, named, generic)
    if not types:
        return []
    conference = bool(_CONFERENCE.search(pdoc.text or ""))
    own = pdoc.date.isoformat()[:10] if hasattr(pdoc.date, "isoformat") else None
    coded: dict[str, set] = {}
    for r in rows:
        coded.setdefault(r["sentence_id"], set()).add(r["action_type"])
    dates_by_sent: dict[str, list[dict]] = {}
    for d in dates:
        if d.get("date"):
            dates_by_sent.setdefault(d["sentence_id"], []).append(d)
    out: list[dict] = []
    current: Optional[str] = None
    for s in pdoc.sentences:
        names = [m for m in named.get(s.sentence_id, [])]
        bill = next((m["name"] for m in names if m["name"] in types), None)
        if bill is None and not names and current in types:
            bill = current
        if names:
            current = names[-1]["name"]
        if bill is not None and (_CONGRESS_BILL.match(bill)
                                 or not str(types[bill].get("jurisdiction") or "").startswith("us-")):
            continue        # a bill in Congress ("H.R. 2", "S. 1144"), or one of no state the rules placed
        if bill is None or s.doc is None or s.is_heading:
            continue
        template = types[bill]
        if template["action_type"] in coded.get(s.sentence_id, set()):
            continue
        spans = [(m["start"] - s.start, m["end"] - s.start) for m in names]
        # the last steps: "The Senate completed the override the following day", "Gov. X signed the bill on April 8"
        # make it law; one chamber's vote to override does not ("The House voted 85-39 to override ..."); "Governor X
        # will sign HB 1127" is still to come; a sentence whose own words were coded keeps them ("signed House Bill
        # 1166, which bars ...")
        final = bool(_FINAL.search(s.text))
        found = next(((t, k) for t in s.doc if (k := _final_step(t, spans, to_come=not final)) is not None), None) \
            if not coded.get(s.sentence_id) and (final or _SIGN.search(s.text)) else None
        if found and found[0].lemma_.lower() in ("sign", "put") and (
                template["status"] not in ("proposed", "announced") or not _SIGNER.search(
                    " ".join(t.text for t in (_subject(found[0]).subtree if _subject(found[0]) is not None else ())))):
            found = None        # (a governor signs a bill the text told as a proposal; not "the mayor signed it")
        if found or final:
            step, status = found if found else (None, None)
        else:
            step = next((t for t in s.doc if _is_step(t, s.text, spans, conference)), None)
            status = "proposed"
        if step is None or _negated(step) or any(c.dep_ == "mark" and _CONDITION.match(c.text)
                                                 for h in [step] + list(step.ancestors) for c in h.children):
            continue
        part = (bases or {}).get(s.sentence_id)
        part = part.isoformat()[:10] if hasattr(part, "isoformat") and part.isoformat()[:10] != own else None
        out.append(_row(s, step, template, "announced" if _future(step) else status,
                        dates_by_sent.get(s.sentence_id, []), part, None if _future(step) else own))
        coded.setdefault(s.sentence_id, set()).add(template["action_type"])
    return out


def _row(s: Sentence, step, template: dict, status: str, dates: list[dict], part: Optional[str] = None,
         own: Optional[str] = None) -> dict:
    """The step's row; a step whose sentence tells no date has that of the section (``part``) or of the document
    (``own``, for a step done: a journal's "was read a third time, passed and sent to the Senate")."""
    subj = _subject(step)
    actor = _span_text(subj) if subj is not None and subj.pos_ != "PRON" and subj.dep_ != "nsubjpass" \
        else template.get("actor")     # (not the bill itself: "Senate Bill 1127 is passed")
    # (not a date the step sets for later: "filed its report, keeping the penalty but delaying it until January 1")
    told = [d for d in dates if not _LATER.search(s.text[:max(0, int(d.get("start") or s.start) - s.start)])]
    when = told[0] if told else None
    a = s.start + step.idx
    row = dict(template)
    if row["action_type"] == "assist_ice":
        # a state bill that makes jails help ICE expands cooperation by law (its content read as help)
        row.update(action_type="expand_cooperation", direction=direction_of("expand_cooperation"))
    # a bill is a state's: its steps are the state's, wherever the rules placed what it would do
    state = "-".join(str(template.get("jurisdiction") or "").split("-")[:2]) or None
    row.update(sentence_id=s.sentence_id, actor=actor, jurisdiction=state, actor_level="state", status=status,
               evidence=s.text, start=a, end=a + len(step.text),
               date_text=when["date_text"] if when else None, date=when["date"] if when else (part or own),
               date_precision=when["date_precision"] if when else None,
               date_source="sentence" if when else ("section" if part else ("document" if own else None)),
               trigger=step.text, rule="bill_step", confidence=0.5, operation=None, incident=None,
               incident_place=None)
    return row
