"""Coded actions: who did what to whom, with status, date and evidence.

``extract_actions(pdoc, people, orgs, places, dates, instruments)`` applies the
general trigger rules of :mod:`analysis.extract.action_rules` to the spaCy
parse of every (non-heading) sentence and returns one dict row per action.

How a row is made
-----------------
1. A *trigger* token (verb or noun lemma of a rule) must have every cue group
   of the rule in its *scope*: the trigger's subtree without its subject and
   conjoined clauses (noun triggers: the governing verb's subtree).
2. Negated, hypothetical or prevented triggers give no row: a ``not``/
   ``never``/``no longer`` on the trigger (rules for "will not assist ICE" ask
   for it), an ancestor such as *ban, prevent, refuse, unlikely, whether,
   fear*, a modal *could/might*, an ``if``/``whether`` clause of its own, or a
   question.
3. The actor is the subject of the nearest verb above the trigger (through
   xcomp, relative and complement clauses; passive ``by`` agents; possessors of
   noun triggers; "praised X for working with ICE" -> X). Pronouns climb to
   the speaker ("..., we will charge them, X said") or fall back on the last
   person named. The actor's name, level and jurisdiction come from the
   ``people``/``orgs``/``places`` rows inside the subject (by offsets), or,
   when those stages gave nothing, from spaCy entities plus title words.
   Conjoined places or people in the subject ("New York and Maryland
   lawmakers") give one row each.
4. The rule maps the actor's class (federal / non-federal / unknown) to the
   action type, so "sue" is ``federal_lawsuit`` for the Justice Department
   and ``sue_federal_government`` for a state.
5. ``target_jurisdiction``: places in the trigger's scope that are not the
   actor's, for federal pressure and for a state acting on its localities
   (named localities, else ``"localities of <state>"``). Several targets give
   one row each.
6. ``status`` from the words on the trigger's clause path, first match wins:
   proposed (introduce, consider, bill that would...), threatened (threaten,
   warn, ``if``/``unless`` clause, "or risk"), reported (claimed, reportedly,
   according to, "has ... for decades"), announced (will, plans to, vowed),
   else enacted.
7. A sentence no rule coded goes to the classifier of :mod:`.classifier`
   (words and word pairs, names masked, trained on the annotated fixtures):
   its most probable type, at probability ``classifier.THRESHOLD`` or more,
   makes a row whose actor, places, status and date come from steps 3-6
   applied to the sentence's main verb (``rule='classifier'``, confidence
   half the probability). A question, a negated main verb, an ``if`` clause
   or "unlikely" gives no such row.

Rows that name no place get the document's focus (its letterhead or issuer, a roundup's dateline or
section heading, else its most named place), at lower confidence; in a court document, a ruling, hearing
or order that names none gets the case's government instead: the first state, county or city among the
caption's parties (:mod:`.caption`).

``start``/``end`` are the document offsets of the trigger word; ``evidence``
is the sentence. Dates: the ``dates`` row of the sentence nearest the
trigger (``date_source='sentence'``; a deadline, "confirm by November 19", is
not the act's date when the letter that set it was dated just before), else
the date of the letter or communication the sentence goes on telling ("The
letter also warned ...", "She said ..." after a dated sentence of the same
paragraph: ``date_source='sentence'``, with that date's precision), else the
date of the part of the document the sentence is in, as the dates stage tells
it (a letter reproduced with its own date, an order with its own "Date:" line
in a compiled record: ``date_source='section'``), else the document date
(``date_source='document'``); both of these with ``date_precision=None``.

Confidence (transparent, 0..1): the rule's base (0.45 weak .. 0.7 strong)
+0.15 when the actor is a named person/organization/place, +0.05 when the
jurisdiction is known, +0.05 when an instrument is named, -0.1 when the
actor was inferred (pronoun, context or first place of the sentence),
-0.1 for actions nested inside another clause's object; clipped to
[0.05, 0.95].

Extra columns: ``trigger``, ``rule``, ``date_source``, ``operation`` (a named
operation in the sentence), ``incident`` and ``incident_place`` (an incident
noun such as shooting/raid and its place), used by :mod:`.events`.
"""
from __future__ import annotations

import dataclasses

import re
from functools import lru_cache
from typing import Optional

from .. import vocabulary
from . import bill_steps
from . import action_rules as R
from . import classifier
from .dates import MON
from .base import FEDERAL_AGENCY_LINE, SEPARATOR_LINE, ParsedDocument
from .caption import case_government, case_sections, summary_case_government
from .organizations import _STATE_HOMELAND   # a state's department named after homeland security
from .places import TITLE_WORDS, letterhead_county_or_city, letterhead_place
from .speakers import transcript_speakers

NOMINAL = {"NOUN", "PROPN", "ADJ"}
REL_PRONOUNS = {"that", "which", "who", "whom", "whose"}
PRONOUNS = {"he", "she", "they", "we", "i", "it", "you", "him", "her", "them", "us"}
_SCOPE_SKIP = {"nsubj", "csubj", "conj", "cc", "parataxis", "punct", "preconj"}
_CONCRETE_VERBS = {"conduct", "launch", "carry", "begin", "stage", "run", "expand", "continue", "start",
                   "mount", "announce", "execute", "lead", "hold", "issue", "grant", "schedule", "set",
                   "order", "extend", "file", "win", "lose", "appeal", "deny", "reject", "uphold"}
_PLACE_LABELS = {"GPE"}
_OP_NAME = re.compile(r"\bOperation\s+(?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+)*")
_QUOTED_OP = re.compile(r"[\"“]([A-Z][^\"”]{2,40})[\"”]\s+(?:operation|blitz|surge|crackdown|initiative|campaign|sweep)")
_OR_RISK = re.compile(r"\bor (?:risk|face|lose|be)\b", re.I)
#: the consequence of a demand: "repeal your resolution by March 31, or I will direct ..."
_OR_ELSE_WILL = re.compile(r",\s+or (?:else )?(?:I|we|the \w+|it|they|he|she) (?:will|shall)\s+$")
_COUNTY = re.compile(r"\b((?:[A-Z][\w.'’-]+\s+){1,3}(?:County|Parish|Borough))\b")
_LOCALITY_WORDS = re.compile(r"\b(localit\w+|municipalit\w+|counties|cities|towns|sheriffs?|county jails?|local (?:police|law enforcement|governments?|officials|jails?|agencies))\b", re.I)
_287G = re.compile(r"287\s*\(\s*g\s*\)", re.I)
_287G_MODEL = re.compile(r"\b(task[- ]force|jail[- ]enforcement|warrant[- ]service(?: officer)?)\s+model\b", re.I)
_ACT_NAME = re.compile(r"\b(?:the\s+)?((?:[A-Z][\w'’-]*\s+){1,6}Act)\b")
_WASHINGTON_STATE = re.compile(r"(?:\s+state\b|[’']s\s+(?:governor|attorney general|legislature|lawmakers|state))", re.I)
#: nouns naming an event whose own clause says where and what ("the raid ... in Y")
_EVENT_NOUNS = {"raid", "operation", "sweep", "crackdown", "roundup", "blitz", "deployment", "surge"}
_KIND_ORDER = {"city": 0, "county": 1, "state": 2, "country": 3}
_FEDERAL_PLACES = {"u.s.", "us", "united states", "the united states", "america", "washington", "u.s"}

COLUMNS = ("doc_id", "sentence_id", "start", "end", "actor", "actor_level", "jurisdiction",
           "target_jurisdiction", "action_type", "direction", "status", "instrument", "date_text", "date",
           "date_precision", "date_source", "confidence", "evidence", "trigger", "rule", "operation",
           "incident", "incident_place")


# ------------------------------------------------------------------ helpers
def level_from_text(text: str) -> Optional[str]:
    """Government level suggested by title/agency words in a phrase (None if none)."""
    for level, pat in R.LEVEL_WORDS:
        if pat.search(text or ""):
            return level
    return None


@lru_cache(maxsize=4096)
def place_kind(name: str) -> str:
    """Kind of a bare place name when the places stage gave no row."""
    low = name.lower().strip()
    if low in _FEDERAL_PLACES:
        return "country"
    if re.search(r"\b(county|parish|borough)$", low):
        return "county"
    try:
        import us

        st = us.states.lookup(name.replace("the State of ", "").replace("State of ", ""))
    except Exception:  # pragma: no cover - the library is optional at run time
        st = None
    if st is not None and name.strip().lower() not in {"washington"}:
        return "state"
    return "city"


def _is_verbal(tok) -> bool:
    return tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB") or _misparsed_infinitive(tok)


def _prenominal_participle(tok) -> bool:
    """A participle modifying the noun right after it ("shared revenue", "detained workers")."""
    return tok.dep_ == "amod" and tok.tag_ in ("VBN", "VBG") and tok.head.i == tok.i + 1


def _misparsed_infinitive(tok) -> bool:
    """"voted to bar county employees": the small model reads a trigger verb after
    "to" as a noun; a singular noun right after infinitival "to" that is a trigger
    verb and is followed by a noun phrase, not by "of"/"on", is a verb."""
    if tok.i == 0 or tok.lower_ not in R.VERB_INDEX:
        return False
    prev = tok.doc[tok.i - 1].lower_
    if prev in ("we", "they") and tok.tag_ in ("NN", "NNP", "JJ") and tok.lower_.isalpha():
        return True     # "We affirm in part": the small model reads "affirm" as an adjective
    if tok.tag_ not in ("NN", "NNP") or prev != "to":
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.lower_ not in ("of", "on", "against", "for", ".", ",", "and", "or") \
        and nxt.pos_ in ("NOUN", "PROPN", "DET", "ADJ", "NUM", "PRON")


#: what "No ... requires" denies the existence of
_NO_LAW_NOUNS = R.INSTRUMENT_NOUNS | {"provision", "court", "judge", "contract"}


def _first_conjunct(tok):
    """The first verb or noun of the list ``tok`` is joined to by "and"/"or" (``tok`` itself when it heads one)."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


#: the marks of a clause that tells when, not what ("notifies ICE before it releases anyone named in a detainer")
_TIME_MARKS = frozenset(("before", "after", "when", "whenever", "until", "once"))
#: how a report is taken back: "we incorrectly reported that the council had adopted ..."
_RETRACTED = frozenset(("incorrectly", "wrongly", "mistakenly", "erroneously", "falsely", "inaccurately"))


def _retracted(tok) -> bool:
    """``tok`` is what a report taken back (a correction) or a claim called false says: nothing was done, not even
    its opposite ("incorrectly reported that Sandoval County renewed its agreement")."""
    return any(a.lemma_.lower() in ("report", "say", "state", "write", "claim", "suggest", "assert") and any(
        c.dep_ == "advmod" and c.lower_ in _RETRACTED for c in a.children) for a in list(tok.ancestors)[:3])


#: what speaks for its writers ("No written comment asked the County to seek a 287(g) agreement")
_PAPERS_SAID = frozenset(("comment", "letter", "petition", "speaker", "submission", "statement", "email", "e-mail",
                          "testimony", "witness", "resident", "commenter"))


#: what one may have "no" of, before what one would do ("no power to", "no plans to")
_WANTING_NOUNS = frozenset(("power", "authority", "plan", "intention", "intent", "desire", "right", "means",
                            "ability", "wish"))


def _negated(tok) -> bool:
    if tok.dep_ in ("acl", "xcomp", "relcl") and tok.head.lemma_.lower() in _WANTING_NOUNS and any(
            c.dep_ == "det" and c.lower_ == "no" for c in tok.head.children):
        return True     # "said he has no power to issue a similar order", "has no plans to seek an agreement"
    if tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.lemma_ == "be" and tok.head.i < tok.i \
            and any(c.dep_ == "neg" for c in tok.head.children) and not any(c.dep_ == "mark" for c in tok.children):
        return True     # "DHS is not, at this time, seeking to withhold ...": a progressive split by commas
    if tok.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        # "Not one of our officers arrested, held or questioned anyone": the shared subject denies every verb
        first = _first_conjunct(tok)
        for c in first.children:
            if c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in ("nothing", "none", "nobody", "neither") or " ".join(
                    t.lower_ for t in c.subtree).startswith(("not one ", "not a single "))):
                return True
    if _is_verbal(tok) and (any(c.dep_ == "preconj" and c.lower_ == "neither" for c in tok.children) or (
            tok.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "nor" for c in tok.head.children)
            and any(c.dep_ == "preconj" and c.lower_ == "neither" for c in tok.head.children))):
        return True     # "Michigan law neither requires nor forbids 287(g) agreements": both verbs denied
    for c in tok.children:
        if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("nothing", "none", "nobody", "neither"):
            return True
        if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("one", "person", "inmate", "detainee") and any(
                g.dep_ == "det" and g.lower_ == "no" for g in c.children) and _is_operative_no(tok):
            return True     # "no one will be kept in our jail beyond his or her release time" (a rule; "no one was
            #                 held past release" is a finding, see _blocked)
        if c.dep_ in ("nsubjpass", "nsubj") and c.lemma_.lower() not in _PERSON_NOUNS and c.pos_ == "NOUN" and any(
                g.dep_ == "det" and g.lower_ in ("no", "neither") for g in c.children) and (
                c.dep_ == "nsubjpass" or c.lemma_.lower() in _PAPERS_SAID):
            return True     # "no funds shall be withheld from any sheriff who declines to join", "no release notice
            #                 was sent to ICE after that date", "neither complaint was sustained"
        if c.dep_ in ("nsubj", "nsubjpass") and any(g.dep_ == "preconj" and g.lower_ == "neither" for g in c.children):
            return True     # "neither the Constitution nor the law permits ..."
        if c.dep_ in ("nsubj", "nsubjpass") and " ".join(t.lower_ for t in c.subtree).startswith(
                ("not one ", "not a single ")):
            return True     # "Not one sheriff in Florida has turned away an ICE detainer"
        if c.dep_ == "neg" and not (c.lower_ == "not" and c.nbor(1).lower_ in ("only", "less", "more", "later", "fewer",
                                                                             "earlier")
                                    if c.i + 1 < len(c.doc) else False):
            return True     # ("notify ICE not less than 48 hours before ...": a time limit, not a negation)
        if c.lower_ in ("never",) and c.dep_ in ("advmod", "neg"):
            return True
        if c.dep_ == "prep" and c.i < tok.i and any(g.dep_ == "neg" for g in c.children) and any(
                g.dep_ == "aux" for g in c.children):
            return True     # "does not by itself cut any funding": the negation the parse hung on "by"
        if c.lower_ == "no" and c.dep_ in ("det", "neg"):
            return True
        if c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children):
            return True
        if c.dep_ == "dobj" and not any(t.text in (":", "\u2014", "--") for t in c.doc[tok.i:c.i]) and (
                # (not a second object after a colon: "I condemn the way those arrests were made: no word to our
                # police and no identification shown")
                c.lower_ in ("nobody", "none") or any(
                g.dep_ == "det" and g.lower_ == "no" for g in c.children) or (
                # ("holds no 287(g) agreement with ICE": the "no" hung on the name before the noun; not "has had no
                # agreement since 2019, when the sheriff let its contract lapse", a state told before the act)
                c.left_edge.lower_ == "no" and c.left_edge.dep_ == "det" and tok.lemma_.lower() != "have") or any(
                g.dep_ == "poss" and any(d.dep_ == "det" and d.lower_ == "no" for d in g.children)
                for g in c.children)):
            return True     # "will hold no one for ICE", "honored no detainers", "will release no patron's data"
        if c.dep_ == "advmod" and c.lower_ == "longer" and c.i > 0 and c.doc[c.i - 1].lower_ == "no":
            return True
    return False


def _parallel_infinitive(tok, head) -> bool:
    """``tok`` is a second infinitive joined to the infinitive ``head`` ("to bar ... and to declare ...")."""
    return tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)


def _own_conjunct(tok, head, conj_heads) -> bool:
    """``tok`` is a finite verb joined by "and" to ``head`` and sharing its subject: an act of its own, not
    governed by the head's meaning ("bars city employees from asking ... and keeps federal agents out of city
    buildings"; not a list the parser hung on the main verb, "prohibit ... a policy that limits ..., bars ...
    or restricts ...")."""
    # (or a base form sharing the head's "would": "It would bar city police from holding ... and reaffirm X")
    return head.i in conj_heads and (tok.tag_ in ("VBZ", "VBD", "VBP") or (
        tok.tag_ == "VB" and head.lemma_.lower() in R.BAR_VERBS and any(
            c.dep_ == "aux" and c.lower_ in ("would", "will", "shall", "could", "may", "must") for c in head.children))
        # (or a second infinitive of its own: "voted to bar city police from ... and to declare X a welcoming city")
        or (_parallel_infinitive(tok, head) and head.head.lemma_.lower() not in _ASKING_VERBS)) \
        and head.lemma_ != tok.lemma_ \
        and (any(c.dep_ == "cc" and c.lower_ == "and" for c in head.children)
             or any(c.dep_ == "cc" and c.lower_ == "and" for c in tok.subtree)) \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    # (the "and" may hang on the list's last verbs: "blocked both gates ..., questioned workers ... and loaded dozens
    # of them onto buses")


def _ordered_infinitive(t) -> bool:
    """"will direct the State Police to leave the task force", its "to leave" parsed as an adverbial clause: the
    infinitive of an order or a demand made of its object (its clause goes on up to the order)."""
    if not (t.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)):
        return False
    if t.head.lemma_.lower() == "call":     # "calls on Congress to end ICE Air removal flights"
        return any(c.dep_ == "prep" and c.lower_ == "on" and c.i < t.i for c in t.head.children)
    # (not a second verb's order: "rescinds its approval ... and directs the Chair to give ICE notice")
    return t.head.dep_ != "conj" and t.head.lemma_.lower() in _ORDERS_OF_OBJECT \
        and any(c.dep_ == "dobj" and c.i < t.i for c in t.head.children)


#: verbs that order or ask their object to act ("will direct the State Police to leave ...")
_ORDERS_OF_OBJECT = frozenset(("direct", "order", "instruct", "require", "tell", "ask", "urge"))


def _clause_path(tok) -> list:
    """Trigger and its ancestors up to a clause boundary (advcl, parataxis, conj with own subject)."""
    out = [tok]
    t = tok
    while t.head.i != t.i:
        if t.dep_ in ("advcl", "parataxis") and not _ordered_infinitive(t) and not (
                t.head.lemma_.lower() in _CRIME_WORDS and any(c.lower_ == "to" for c in t.children)):
            break       # (but "makes it a misdemeanor ... to limit cooperation" is one clause: the offence)
        if t.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            break
        if t.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ in ("when", "where") for c in t.children) \
                and t.head.pos_ in ("NUM", "PROPN", "NOUN") and not _is_verbal(t.head):
            break       # "has had no agreement since 2019, when the sheriff's office let its contract lapse": a time's
            #             own clause, not governed by the verb the time hangs on
        t = t.head
        out.append(t)
    return out


def _scope(tok) -> list:
    """Tokens in which a rule's cues are looked for (sorted by position).

    The syntactic scope is widened for attachment errors of the small model:
    a prepositional phrase right after the trigger's subtree but attached
    higher up ("an ordinance barring employees | from sharing data"), the
    "for X to be ..." subject of a called-for action, and, for a verb with no
    dependents, the next words up to a punctuation mark.
    """
    base = tok
    if not _is_verbal(tok):
        noun = tok.head if tok.dep_ == "compound" and tok.head.pos_ in NOMINAL else tok
        base = noun
        h = noun.head
        if noun.dep_ in ("dobj", "nsubjpass", "attr", "oprd") and _is_verbal(h):
            base = h
        elif noun.dep_ == "nsubj" and _is_verbal(h) and tok.lemma_.lower() in _EVENT_NOUNS:
            base = h     # "Operation X arrested 40 people in Y": the event's clause
        elif noun.dep_ == "pobj" and h.dep_ == "prep" and _is_verbal(h.head):
            base = h.head
    toks = {base}
    for c in base.children:
        if c.dep_ in _SCOPE_SKIP and c.i != tok.i and not (c.dep_ == "conj" and tok in c.subtree):
            continue
        toks.update(c.subtree)
    for c in list(toks):
        if c.dep_ == "prep" and c.lower_ in ("of", "than") and tok not in c.subtree and any(
                a.dep_ == "advmod" and a.lower_ in ("instead", "rather") for a in c.children):
            toks -= set(c.subtree)  # "chose to release dangerous offenders instead of working with federal officers"
    if tok.i != base.i:
        toks.update(tok.subtree)
        if tok.dep_ == "compound":
            toks.update(tok.head.subtree)
    if _is_verbal(tok) and tok.dep_ == "conj" and any(c.dep_ == "auxpass" for c in tok.children) \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        first = _first_conjunct(tok)   # "ICE officers enter through the public lobby, ... and are barred from booking":
        for c in first.children:       # the series' subject (federal agents) is whom the passive bars
            if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i and R.CUES["agents"].search(
                    " " + " ".join(t.lower_ for t in c.subtree) + " ") and not any(
                    t.dep_ in ("relcl", "acl") for t in c.subtree):
                toks.update(c.subtree)
    if _is_verbal(tok) and tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ("keep", "continue", "resume", "go"):
        for c in tok.head.children:     # "will keep releasing people held only on detainers unless a judge has
            if c.dep_ == "advcl" and c.i > tok.i and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children):
                toks.update(c.subtree)  # signed a warrant": the exception hung on "keep" limits the releasing
    doc = tok.doc
    end = max(t.i for t in toks)
    ancestors = {a.i for a in tok.ancestors}
    while True:
        nxt = end + 1
        if nxt < len(doc) and doc[nxt].text == ",":
            nxt += 1
        if nxt >= len(doc) or doc[nxt].head.i not in ancestors:
            break
        t = doc[nxt]
        if not (t.dep_ == "prep" or (t.dep_ in ("xcomp", "advcl") and t.lower_ == "to")
                or (t.dep_ == "advcl" and nxt == end + 1 and t.tag_ in ("VBZ", "NNS"))   # "bar county | jails from"
                or (t.dep_ == "aux" and t.lower_ == "to" and t.head.dep_ in ("xcomp", "advcl")
                    and t.head.head.i in ancestors)):
            break
        sub = list((t.head if t.dep_ == "aux" else t).subtree)
        toks.update(sub)
        end = max(x.i for x in sub)
    if _is_verbal(tok) and tok.dep_ == "conj" and any(c.dep_ == "auxpass" for c in tok.children) \
            and any(c.dep_ == "neg" for c in tok.children) \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        # "The agreement expires June 30 and will not be renewed": the subject they share is what the passive acts on
        # (a refusal; not a passive that tells who backs a policy, "... and have been backed by several towns")
        for c in tok.head.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                # (not a clause that describes it: "HB 1045, which would have banned 287(g) agreements, ... but was
                # withdrawn" withdrew the bill)
                clauses = {t.i for r in c.subtree if r.dep_ in ("relcl", "acl") for t in r.subtree}
                toks.update(t for t in c.subtree if t.i not in clauses)
    if _is_verbal(tok) and not any(c.dep_ == "dobj" for c in tok.children):
        for c in tok.children:      # "shall adopt or enforce a sanctuary policy": the object they share
            if c.dep_ == "conj" and _is_verbal(c) and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
                for g in c.children:
                    if g.dep_ == "dobj":
                        toks.update(g.subtree)
    if _is_verbal(tok):
        for c in tok.children:
            if c.dep_ == "nsubj" and c.i > tok.i and not _is_question(tok):
                toks.update(c.subtree)      # "X no longer honors ICE detainers", the object parsed as a subject
        if tok.dep_ in ("advcl", "xcomp", "ccomp"):
            for c in tok.head.children:
                if c.dep_ == "prep" and c.lower_ == "for" and c.i < tok.i:
                    toks.update(c.subtree)
        if tok.dep_ == "advcl" and tok.head.lemma_.lower() in _WRITING_VERBS:
            # "wrote to the Mayor demanding written assurance, within 30 days, that City employees ...": whom the
            # letter went to and what it asks for hang on "wrote"
            for c in tok.head.children:
                if (c.dep_ == "prep" and c.lower_ == "to") or c.dep_ == "dative" or (c.dep_ == "ccomp" and c.i > tok.i):
                    toks.update(c.subtree)
        if len(list(tok.children)) == 0 or all(c.dep_ in ("aux", "auxpass", "neg", "advmod", "punct", "nsubj", "nsubjpass", "csubj")
                                               or (c.dep_ in ("compound", "amod", "det") and c.i < tok.i)
                                               for c in tok.children):
            # (a repaired verb keeps its subject as noun modifiers: "The state prison notifies ICE ...")
            for t in doc[tok.i + 1: tok.i + 16]:
                if t.is_punct and t.text in ",;:()[]—–.!?":
                    break
                toks.add(t)
    return sorted(toks, key=lambda t: t.i)


#: the writer's own rule named outside a quotation ("a DHS spokesperson called our policy ..."): a local writer's
_OUR_RULE = re.compile(r"\b[Oo]ur (?:policy|policies|ordinance|resolution|rules?|law|directive|order)\b")
_QUOTE_SPANS = re.compile(r"\"[^\"]*\"|\u201c[^\u201d]*\u201d")


#: verbs of sending a letter or message ("wrote to the county demanding ...")
_WRITING_VERBS = frozenset(("write", "send", "email", "e-mail", "mail", "notify", "contact", "message"))


def _is_question(tok) -> bool:
    return _asks(tok.sent.text)


def _asks(text: str) -> bool:
    """A question, also set in bold or quoted ("**Q: Is Bend part of the state's lawsuit?**")."""
    return text.rstrip().rstrip("*_\"'\u201d\u2019 ").endswith("?")


def _scope_texts(toks) -> tuple[str, str]:
    # (a word before a token left out keeps a space after it: "a welcoming city, saying" without its comma is not
    # "a welcoming citysaying")
    toks = list(toks)
    text = "".join(t.text_with_ws if t.whitespace_ or k + 1 == len(toks) or toks[k + 1].i == t.i + 1 else t.text + " "
                   for k, t in enumerate(toks)).lower()
    lem = " ".join(t.lemma_.lower() for t in toks)
    return " " + text + " ", " " + lem + " "


def _cue(name: str, texts: tuple[str, str]) -> bool:
    pat = R.CUES[name]
    return bool(pat.search(texts[0]) or pat.search(texts[1]))


def _rule_matches(rule: R.Rule, texts) -> bool:
    if any(not _cue(c, texts) for c in rule.cues):
        return False
    if rule.any_cues and not any(_cue(c, texts) for c in rule.any_cues):
        return False
    if any(_cue(c, texts) for c in rule.exclude):
        return False
    return True


def _span_tokens(tok, drop=("relcl", "acl")) -> set:
    """A phrase: the subtree of ``tok`` without relative clauses."""
    out = {tok}
    for c in tok.children:
        if c.dep_ in drop:
            continue
        out.update(_span_tokens(c, drop=()))
    return out


# ------------------------------------------------------------ sentence context
class _Sent:
    """Entities of one sentence, as dicts with sentence-relative char offsets."""

    def __init__(self, sent, people, orgs, places, use_ents):
        self.sent = sent
        self.doc = sent.doc
        self.people = [self._mk(r, "person") for r in people]
        self.orgs = [self._mk(r, "org") for r in orgs]
        self.places = [self._mk(r, "place") for r in places]
        if use_ents["people"]:
            spans = {(p["a"], p["b"]) for p in self.places}
            self.people = [self._ent(e, "person") for e in self.doc.ents if e.label_ == "PERSON"
                           and (e.start_char, e.end_char) not in spans]     # ("Saint Paul" the places stage read)
        if use_ents["orgs"]:
            self.orgs = [self._ent(e, "org") for e in self.doc.ents if e.label_ == "ORG"]
        if use_ents["places"]:
            self.places = self._ent_places()
        for group in (self.people, self.orgs, self.places):
            group[:] = [e for e in group if e["tokens"]]
        # (a lawmaker's hometown after the party is no place an act is about: "Representative X (R-Greeley)
        # described House Bill 28-1162, which would ...")
        # (nor is it before the party: "Sen. X, a Worcester Democrat, would bar ..."; the party's state stays, which
        # a state lawmaker's bill is of)
        # (nor a person's home, told after the age: "charges Marisol X, 46, of Oregon, Ohio, a coordinator for the
        # City of Toledo")
        self.places = [p for p in self.places
                       if not _PARTY_HOMETOWN.search(self.doc.text[max(0, p["tokens"][0].idx - 6):p["tokens"][0].idx])
                       and not _AGE_OF.search(self.doc.text[max(0, p["tokens"][0].idx - 12):p["tokens"][0].idx])]
        self.places = [_hometown_state(p) if _HOMETOWN_PARTY.match(self.doc.text, p["tokens"][-1].idx + len(p["tokens"][-1]))
                       else p for p in self.places]
        self.places = [p for p in self.places if p is not None]

    def _tokens(self, a: int, b: int) -> list:
        span = self.doc.char_span(a, b, alignment_mode="expand")
        return list(span) if span is not None else []

    def _mk(self, row, kind) -> dict:
        a, b = int(row["start"]) - self.sent.start, int(row["end"]) - self.sent.start
        d = dict(row)
        d.update(_kind=kind, a=a, b=b, tokens=self._tokens(a, b), from_row=True)
        if kind == "place":
            d["jid"] = row.get("jurisdiction_id") or row.get("name") or row.get("text")
            d["pname"] = row.get("name") or row.get("text")
        return d

    def _ent(self, e, kind) -> dict:
        text = e.text
        if e.label_ == "PERSON" and text.lower().endswith(("'s", "’s")):
            text = text[:-2]
        d = {"text": text, "name": text, "_kind": kind, "a": e.start_char, "b": e.end_char,
             "tokens": list(e), "from_row": False, "label": e.label_}
        return d

    def _ent_places(self) -> list:
        out = []
        seen = set()
        for m in _COUNTY.finditer(self.sent.text):
            name = m.group(1)
            if name.split()[0] in ("The", "A", "In", "And"):
                name = name.split(None, 1)[1]
            a = m.end(1) - len(name)
            out.append(self._place(name, a, m.end(1)))
            seen.update(range(a, m.end(1)))
        for e in self.doc.ents:
            if e.label_ in _PLACE_LABELS and e.start_char not in seen:
                m = re.match(r"(?:the\s+)?(.*?)(?:[’']s)?$", e.text, flags=re.I | re.S)
                name = m.group(1)
                if not name:
                    continue
                a = e.start_char + m.start(1)
                place = self._place(name, a, a + len(name))
                if name.lower() == "washington" and _WASHINGTON_STATE.match(self.sent.text[a + len(name):]):
                    place["kind"] = "state"
                out.append(place)
        out.sort(key=lambda d: d["a"])
        return out

    def _place(self, name, a, b) -> dict:
        return {"text": name, "name": name, "jid": name, "pname": name, "kind": place_kind(name),
                "_kind": "place", "a": a, "b": b, "tokens": self._tokens(a, b), "from_row": False}

    def within(self, group, token_ids: set) -> list:
        return [e for e in group if any(t.i in token_ids for t in e["tokens"])]


def _is_subject(tok) -> bool:
    """The name's root is the subject of its clause, or of the main verb it is in apposition to ("Sheriff X, who ...,
    said"; "X, the county's sheriff, wrote")."""
    while tok.dep_ in ("compound", "appos", "flat") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass")


def _root_of(ent):
    toks = ent["tokens"]
    ids = {t.i for t in toks}
    for t in toks:
        if t.head.i not in ids or t.head.i == t.i:
            return t
    return toks[0]


#: nouns of a government named "the X of Place"
_GOVERNMENT_OF = frozenset(("city", "county", "state", "town", "village", "borough", "parish", "commonwealth",
                            "township", "municipality"))


def _government_of(root):
    """"the City of Columbus": the noun the place names (its "City"), where the place is the object of "of"."""
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in _GOVERNMENT_OF:
        return root.head.head
    return root


#: what may stand between the places of a list: "Greene, Jasper and Boone counties"
_LIST_GLUE = frozenset((",", "and", "or"))


def _listed(ents) -> list:
    """The entities, when they are one list in the text ("Greene County, Jasper County and Boone County", "Greene,
    Jasper and Boone counties": only commas and one "and" or "or" between them, all of one kind), else []."""
    ents = sorted((e for e in ents if e.get("tokens")), key=lambda e: e["tokens"][0].i)
    if len(ents) < 2 or len({e.get("kind") for e in ents}) != 1:
        return []
    doc = ents[0]["tokens"][0].doc
    gaps = [[t.lower_ for t in doc[a["tokens"][-1].i + 1:b["tokens"][0].i]] for a, b in zip(ents, ents[1:])]
    if all(g and set(g) <= _LIST_GLUE for g in gaps) and any({"and", "or"} & set(g) for g in gaps):
        return ents
    return []


def _with_list(ids: set, places) -> set:
    """``ids`` and the tokens of the places listed with a place among them (the parse may hang the list's first
    place apart: "Greene, Jasper and Boone counties signed ...")."""
    inside = [p for p in places if p.get("tokens") and any(t.i in ids for t in p["tokens"])]
    if not inside:
        return ids
    kind = inside[0].get("kind")
    same = sorted((p for p in places if p.get("tokens") and p.get("kind") == kind), key=lambda p: p["tokens"][0].i)
    doc = same[0]["tokens"][0].doc

    def glued(a, b) -> bool:
        between = doc[a["tokens"][-1].i + 1:b["tokens"][0].i]
        gap = {t.lower_ for t in between}
        # (not two clauses: "agents raided a car wash in Cicero, and Berwyn police officers blocked traffic", whose
        # "and" joins the verbs)
        return bool(gap) and gap <= _LIST_GLUE and not any(
            t.dep_ == "cc" and t.head.pos_ in ("VERB", "AUX") for t in between)

    k = next(i for i, p in enumerate(same) if p is inside[0])
    lo = hi = k
    while lo > 0 and glued(same[lo - 1], same[lo]):
        lo -= 1
    while hi + 1 < len(same) and glued(same[hi], same[hi + 1]):
        hi += 1
    if hi == lo or not _listed(same[lo:hi + 1]):
        return ids
    return ids | {t.i for p in same[lo:hi + 1] for t in p["tokens"]}


def _conj_group(ents) -> list:
    """Entities joined by ``and`` (each root reachable from another by conj, or one list in the text)."""
    if len(ents) < 2:
        return ents[:1]
    listed = _listed(ents)
    if listed:
        return listed
    roots = [_government_of(_root_of(e)) for e in ents]
    root_to_ent = {}
    for e, r in zip(ents, roots):
        for t in e["tokens"]:
            root_to_ent[t.i] = e
        root_to_ent.setdefault(r.i, e)
    linked = set()
    for e, r in zip(ents, roots):
        if r.dep_ == "conj":
            h = r.head
            while h.i not in root_to_ent and h.dep_ == "conj" and h.head.i != h.i:
                h = h.head
            if h.i in root_to_ent:
                linked.add(id(e))
                linked.add(id(root_to_ent[h.i]))
    group = [e for e in ents if id(e) in linked]
    return group if len(group) >= 2 else ents[:1]


def _best_place(places, level: Optional[str]):
    if not places:
        return None
    if level in ("state", "county", "city"):
        same = [p for p in places if p.get("kind") == level]
        if same:
            return same[0]
    cand = [p for p in places if p.get("kind") != "country"] or places
    return sorted(cand, key=lambda p: (_KIND_ORDER.get(p.get("kind"), 9), p["a"]))[0]


# ------------------------------------------------------------------ actor
def _subject_of(t):
    for c in t.children:
        if c.dep_ == "agent":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g, "agent"
    subjects = [c for c in t.children if c.dep_ == "nsubj"]
    if len(subjects) > 1:
        # "New Jersey: The Justice Department sued the state": a list item's label, then the clause's own subject
        doc = t.doc
        labels = (":", "\u2014", "\u2013", "--")
        subjects = [c for c in subjects if not (c.right_edge.text in labels or (
            c.right_edge.i + 1 < len(doc) and doc[c.right_edge.i + 1].text in labels))] or subjects
    if subjects:
        return _part_of(subjects[0]), "subject"
    return None, None


def _part_of(subj):
    """"Two of my deputies", "several of the city's officers": the group a counted part belongs to."""
    if subj.pos_ in ("NUM", "PRON", "DET", "ADJ") and subj.lower_ in _PART_WORDS | _NUMBER_WORDS or subj.like_num:
        for c in subj.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for g in c.children:
                    if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN") and _GROUP_OF_PEOPLE.search(g.text):
                        return g
    return subj


#: the people a counted part can be drawn from ("two of his officers"; not "one of her first moves")
_GROUP_OF_PEOPLE = re.compile(r"^(?:deput(?:y|ies)|officers?|troopers?|agents?|members?|employees?|staff|guards?"
                              r"|soldiers?|commissioners?|supervisors?|council(?:ors|lors|men|women)?|workers?)$", re.I)
_PART_WORDS = frozenset(("some", "several", "many", "most", "few", "all", "both", "each", "none", "one", "dozens"))
_NUMBER_WORDS = frozenset(("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "dozen"))


def _has_place(tok, S) -> bool:
    ids = {t.i for t in _span_tokens(tok)}
    return bool(S.within(S.places, ids))


def _bill_before_which(which):
    """The bill a ", which would ..." clause is about when the parse hung the clause on a participle after the bill
    ("Assembly Bill 688, introduced last month, which would bar ..."): the bill word, or None."""
    doc = which.doc
    k = which.i - 2
    commas = 0
    while k >= 0 and which.i - k <= 10:
        t = doc[k]
        if t.text == ",":
            commas += 1
            if commas > 1:
                return None
        elif t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in ("bill", "measure", "legislation", "proposal", "amendment"):
            return t
        elif t.pos_ in ("NOUN", "PROPN") and t.dep_ not in ("npadvmod", "pobj", "nummod", "compound") and t.tag_ != "CD":
            return None
        k -= 1
    return None


def _signer_hung_on(verb, S):
    """The person named before a verb of authoring that the parser hung on it as a compound ("Jan. 14, 2026 — Gov. X
    signs Executive Order 41, which bars ...", the timeline's present "signs" read as a noun or left without subject):
    the one who signs; else None."""
    if S is None or verb.lemma_.lower() not in R.AUTHORING:
        return None
    return next((c for c in verb.children if c.dep_ == "compound" and c.i < verb.i and S.within(S.people, {c.i})), None)


def _find_actor_token(tok, S=None, skip_generic=False):
    """(token heading the actor phrase, how) by climbing from the trigger."""
    if tok.dep_ == "acl" and tok.head.dep_ == "ROOT" and tok.head.pos_ in NOMINAL and tok.tag_ in ("VBD", "VBN") \
            and any(c.dep_ in ("dobj", "oprd") for c in tok.children) and not any(
                c.dep_ in ("nsubj", "aux", "auxpass") for c in tok.children):
        return tok.head, "subject"      # "Federal agents arrested 30 workers ...", parsed as a noun phrase
    t = tok
    prev = None
    pronoun = None
    while True:
        if not _is_verbal(t):
            if t.i != tok.i and prev is not None and prev.dep_ in ("acl", "relcl") \
                    and t.lemma_.lower() in R.INSTRUMENT_NOUNS:
                if S is not None and _has_place(t, S):
                    return t, "instrument"
                gov = t.head
                voter = next((a for a in t.ancestors if _is_verbal(a)), None)
                if t.dep_ == "pobj" and gov.lower_ in ("for", "on") and voter is not None \
                        and voter.lemma_.lower() in ("vote", "approve", "move") and voter.i < t.i:
                    # "the City Council voted 6-3 (on first reading) for the Community Trust Ordinance, which would
                    # bar ...": the body voting for it
                    s_, how_ = _subject_of(voter)
                    if s_ is not None and how_ == "subject" and s_.lower_ not in PRONOUNS and not (
                            S is not None and S.places and not _has_place(s_, S)):
                        return s_, "subject"    # (a place the sentence names elsewhere is the body's: "Bound Brook
                    return None, None           # Mayor X said the borough council will vote on an ordinance ...")
                if t.dep_ in ("appos", "nsubj", "dobj") and t.head.tag_ in ("VBZ", "NNS") \
                        and (who := _signer_hung_on(t.head, S)) is not None:
                    return who, "subject"   # ("signs" read as a noun or a verb without subject)
                named = t       # ("signed House Bill 212, the Community Trust Act, which ...": the bill's other name)
                while named.dep_ == "appos" and named.head.i != named.i and not _is_verbal(named.head):
                    named = named.head
                gov = named.head if named is not t else gov
                # (or left hanging by the parse: "signed House Bill 212, the Community Trust Act (the "Act"), which")
                if named.dep_ not in ("dobj", "nsubjpass", "attr", "appos", "dep") or not _is_verbal(gov) \
                        or (gov.lemma_.lower() not in R.AUTHORING and not (
                            # ("Chief Judge X entered Standing Order 2027-06, which bars ...": a court's order)
                            gov.lemma_.lower() == "enter" and t.lemma_.lower() in ("order", "injunction", "decree"))):
                    return None, None
            for c in t.children:
                if c.dep_ == "poss" and c.lower_ not in PRONOUNS and c.lemma_.lower() not in ("its", "their", "his", "her", "our", "my"):
                    return c, "possessor"
            if t.i == tok.i or (prev is not None and prev.dep_ in ("compound",)):
                for c in t.children:
                    if c.dep_ == "prep" and c.lower_ == "by":
                        for g in c.children:
                            if g.dep_ == "pobj":
                                return g, "agent"
        else:
            s, how = _subject_of(t)
            if s is not None and t.dep_ in ("ccomp", "xcomp") and t.head.lemma_.lower() in R.DEMAND \
                    and how == "subject":
                s = None     # "demanded that Congress abolish ICE": the actor is the one demanding
            if s is not None and skip_generic and how == "subject" and s.lemma_.lower() in R.GENERIC_SUBJECTS \
                    and not (S is not None and _has_place(s, S)):
                s = None
            if s is not None and how == "subject" and _aside_included(s):
                break       # ("Prohibits any officer ..., federal officers included, from ...": an aside, no actor)
            if s is not None and s.lower_ in ("which", "that") and t.dep_ in ("advcl", "conj") and how == "subject" \
                    and s.i > 1 and s.doc[s.i - 1].text == "," and t.head.i < s.i and _is_verbal(t.head):
                bill = _bill_before_which(s)
                if bill is not None:
                    # ("briefed the Board on Assembly Bill 688, introduced last month, which would bar ...", the
                    # clause hung on "introduced": what the bill would do, no one's act)
                    return None, None
                s = None    # (", which bars ..." hung on the main verb by the parse: the main clause's subject acts)
            if s is not None:
                low = s.lower_
                if low in REL_PRONOUNS and t.dep_ == "relcl":
                    h = t.head
                    if h.lower_ in _TARGET_NOUNS and h.tag_ == "NNS" and h.dep_ in ("dobj", "pobj") and not any(
                            c.dep_ in ("det", "poss") and c.lower_ not in ("any", "all") for c in h.children):
                        # "ask a court to remove local officials who limit cooperation with ICE": a class the act
                        # reaches, not who acts
                        prev, t = t, h
                        continue
                    if h.lemma_.lower() in R.INSTRUMENT_NOUNS:
                        if S is not None and _has_place(h, S):
                            return h, "instrument"
                        prev, t = t, h
                        continue
                    return h, "relative"
                if low in PRONOUNS:
                    pronoun = pronoun or s
                elif s.lemma_.lower() in R.INSTRUMENT_NOUNS and how == "subject":
                    for g in s.subtree:
                        if g.dep_ == "agent":
                            for h in g.children:
                                if h.dep_ == "pobj":
                                    return h, "agent"
                    return s, "instrument"
                else:
                    return s, how
            elif t.tag_ == "VBZ" and (who := _signer_hung_on(t, S)) is not None:
                return who, "subject"
        if t.dep_ == "pcomp" and t.head.lower_ == "for" and t.head.head.i != t.head.i:
            v = t.head.head
            for c in v.children:
                if c.dep_ == "dobj":
                    return c, "object_of_praise"
        if t.head.i == t.i:
            break
        if t.dep_ == "xcomp" and t.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in t.children) \
                and t.head.lemma_.lower() == "be" and any(c.lower_ == "to" and c.dep_ == "aux" for c in t.children) \
                and any(c.dep_ == "nsubj" and R.CUES["agents"].search(" " + " ".join(g.lower_ for g in c.subtree) + " ")
                        for c in t.head.children):
            break       # "an agent without a warrant is to be kept out of classrooms": the agent is kept out, no actor
        if t.dep_ == "conj" and _is_verbal(t) and any(c.dep_ == "auxpass" for c in t.children) and not any(
                c.dep_ in ("nsubj", "nsubjpass", "agent") for c in t.children) and any(
                c.dep_ == "nsubj" and R.CUES["agents"].search(" " + " ".join(g.lower_ for g in c.subtree) + " ")
                for c in _first_conjunct(t).children):
            break       # "ICE officers enter through the lobby ... and are barred from booking": the series' subject is
            #             the one barred, not who bars
        prev, t = t, t.head
    if pronoun is not None:
        return pronoun, "pronoun"
    return None, None


class _DocState:
    rapid_words: frozenset = frozenset()    # the short names of a rapid-response network the text defines
    ice_agreement: bool = False             # the text holds an agreement about immigration operations, by its title
    ice_task_force: bool = False            # the text is about a task force of ICE's (a 287(g) task force model, ...)
    guard_for_ice: bool = False             # the text tells of Guard soldiers put to work for ICE
    federal_parts: tuple = ()               # (start, end) of the parts of the text under an immigration agency's letterhead
    limit_sections: frozenset = frozenset()  # numbers of the sections the text tells as limits on helping ICE
    last_limit_sent: int = -99              # the last sentence coding a local limit on helping ICE
    court_suit: bool = False                # a suit coded as a case in court (not against the federal government)
    federal_letter_sent: int = -99          # the last sentence naming a letter or statement of ICE's (or DHS's)
    agency_ice_sent: int = -99              # the last sentence whose last agency named is ICE (DHS, CBP ...)
    agency_other_sent: int = -99            # ... and whose last agency named is another (a state department ...)
    agency_name: str = "ICE"                # the immigration agency named last
    ice_ask_sent: int = -99                 # the last sentence telling of ICE asking for something
    ice_said_at: tuple = (-99, -99)         # (paragraph, sentence) of the last sentence naming ICE
    ice_things: frozenset = frozenset()     # the objects that sentence told ("a daily booking list")

    def __init__(self):
        self.last_person = None     # dict(actor, level, jurisdiction)
        self.last_person_sent = -99
        self.last_actor = None
        self.last_actor_sent = -99
        self.last_writer = None     # the federal body whose writing the last sentence named ("read a DHS statement")
        self.last_writer_sent = -99
        self.people = {}            # surname -> fullest person seen (used only without a people stage)
        self.placed_people = {}     # surname -> (level, jurisdiction) the people stage gave a mention of the person
        self.by_surname = {}        # surname -> the people stage's person, with a level
        self.by_title = {}          # first word of a title ("secretary") -> the one person of the text with it
        self.issuer = None          # (jurisdiction, kind) of the letterhead's government, if any
        self.place_names = None     # pattern of the names of the document's local places
        self.last_agreement_sent = -99  # the last sentence that said what an agreement is about
        self.last_place = None      # last non-country place named (a dict of _Sent.places)
        self.last_place_sent = -99
        self.bill_entries = []      # where each bill's entry of a tracker begins (see _bill_entries)
        self.last_suit_target = None
        self.legal = False          # the document is a court opinion or order (its "we" is the court)
        self.ice_doc = False        # the document names ICE (its bare "detainers" are ICE's)
        self.state_defendant = False    # ... in a case whose text names a state's officers as the defendants
        self.local_defendant = False    # ... in a case against a local government or official (its caption)
        self.bill = False           # the document is a bill or its digest (its sections are proposed)
        self.signed_bills = False   # the document reports bills signed into law
        self.instrument = False     # the document is a resolution, ordinance, order or statute (its "must" binds)
        self.fiscal_court = False   # the document's "court" is a county's governing body
        self.aliases = {}           # defined term (lower case) -> level of the parties it stands for
        self.last_suit = None       # actor of the last lawsuit filed ("The lawsuit ..." refers to it)
        self.last_pressure_sent = -99   # last sentence with a federal-pressure action
        self.last_pressure_text = ""    # ... and its text (what "similar letters" repeat)
        self.last_pressure_target = None    # ... and the last place it was aimed at
        self.us_suit = False        # the text has told of a suit the United States brought
        self.last_records_sent = -99    # last sentence with a records request ("a similar request" follows)
        self.federal_suit = False       # a suit against the federal government told earlier in the document
        self.state_suit = None          # the code of a state's suit against a local government told earlier
        self.ordered = False            # a court order's decretal words ("It is ORDERED that:") have been read
        self.org_heads = {}         # "department" -> level of the last "Department of ..." named
        self.org_heads_sent = {}    # ... and the sentence that named it
        self.prev_text = ""         # the text of the sentence before
        self.section_body = None    # (head noun, name, level, place) of the body a section's heading names
        self.doc_states = ()        # the states of the document's places (upper-case codes)
        self.instrument_rows = {}   # instrument noun (and "it") -> the last law-like action row naming one
        self.named_keys, self.named_keys_sent = set(), -99     # instruments named by name in a sentence coding nothing
        self.ice_ops = frozenset()      # names of operations the text ties to ICE ("Operation X, a state-federal ...")
        self.pending_signing = None     # (sentence index, row builder) of a signing whose content comes next
        self.speaker = None             # who speaks the current sentence of a transcript answer (actor dict)
        self.last_legislated = None     # the last law-like row of a sentence with a vote, and its sentence
        self.last_legislated_sent = -99
        self.last_law_row, self.last_law_sent = None, -99  # the last law-like row, for "adopted a similar rule"
        self.last_rule_row, self.last_rule_sent = None, -99    # ... of them, the last not reported as a practice
        self.law_rows = []              # (sentence index, row) of the law-like rows of the last few sentences
        self.antecedents = {}       # instrument noun ("ordinance") -> texts of the last sentence saying what it does


def _as_role(pronoun, S: _Sent):
    """The object of an "As the mayor(s) of <places>" phrase on the pronoun's verb that names places, or None."""
    verb = pronoun.head
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "as" and c.i < pronoun.i:
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and S.within(S.places, {t.i for t in obj.subtree}) \
                    and level_from_text(obj.text) not in (None, "nongovernmental"):
                return obj
    return None


#: what a duty to report counts is sent in: "send the Committee a quarterly report", "a monthly tally"
_COUNT_PAPERS = frozenset(("report", "tally", "count", "spreadsheet", "list", "summary", "log", "total", "figure",
                           "statistic", "data", "breakdown", "table"))
_PARTY_HOMETOWN = re.compile(r"\((?:D|R|I|DFL)\s*[-\u2013,]\s*$")
_AGE_OF = re.compile(r"\b\d{1,3},\s+of\s+$")
def _hometown_state(p: dict) -> Optional[dict]:
    """A lawmaker's hometown ("a Worcester Democrat") read as its state, the lawmaker's ("us-ma"), else dropped."""
    jid = str(p.get("jid") or "")
    if jid.count("-") >= 2 and jid.startswith("us-"):
        return dict(p, jid="-".join(jid.split("-")[:2]), kind="state")
    return None


#: a lawmaker's hometown told before the party: "a Worcester Democrat", "a Republican from Gardiner" is told after
_HOMETOWN_PARTY = re.compile(r"\s+(?:Democrat|Republican|Independent|Democratic-Farmer-Labor)\b(?!ic)")


#: plural bodies a place's name goes before ("the Shelby County and Baldwin County jails")
_PLACE_BODIES = frozenset(("jails", "sheriffs", "councils", "commissions", "governments", "departments",
                           "prosecutors", "legislatures"))


def _actors(tok, S: _Sent, state: _DocState, sent_index: int) -> list[dict]:
    """Actor candidates (one per conjoined entity) for a trigger token."""
    head, how = _find_actor_token(tok, S)
    if head is not None and how == "subject" and head.lemma_.lower() in R.GENERIC_SUBJECTS \
            and not _has_place(head, S) and not (head.lower_ in ("department", "office", "agency")
                                                 and state.aliases.get(head.lower_) == "state" and any(
                c.dep_ == "det" and c.lower_ == "the" for c in head.children)):
        # (not a defined term of the text: "the Department", after "The Pennsylvania State Police (the Department)")
        h2, how2 = _find_actor_token(tok, S, skip_generic=True)
        if h2 is not None and how2 != "pronoun":
            ids2 = {t.i for t in h2.subtree}
            if S.within(S.people, ids2) or S.within(S.orgs, ids2) or S.within(S.places, ids2):
                head, how = h2, how2
    if head is None:
        return []
    if how == "subject" and any(t.lemma_.lower() in ("ordinance", "resolution") for t in [head, *[
            c for c in head.subtree if c.dep_ == "compound" and c.i < head.i]]) and any(
            c.dep_ in ("acl", "relcl", "advcl") and _is_verbal(c) for c in head.children):
        # "Ordinance O-2028-06, declaring Durango a welcoming city and limiting City cooperation with ICE, adopted
        # ...": the instrument is no actor, nor is the agency its clause names
        return []
    if how in ("subject", "instrument") and (head.lemma_.lower() in R.INSTRUMENT_NOUNS or head.text in ("Order", "Act", "Ordinance")):
        # "Executive Order 28-04, which she signed on March 3, bars ...": the signer acts through the order
        rel = next((c for c in head.children if c.dep_ == "relcl" and c.lemma_.lower() in ("sign", "issue", "enact")),
                   None)
        signer = next((c for c in rel.children if c.dep_ == "nsubj"), None) if rel is not None else None
        if signer is not None and signer.pos_ == "PRON" and signer.lower_ in ("he", "she") and not S.people:
            # (only when the sentence names no one: "Chief X said that a directive she issued ..." is the chief's)
            head, how = signer, "pronoun"
    if how == "pronoun" and head.lower_ in ("i", "we"):
        role = _as_role(head, S)
        if role is not None:
            head, how = role, "as_role"     # "As the mayors of A, B and C, we condemn ...": the mayors of A, B, C
    if how == "pronoun":
        low = head.lower_
        if low in ("we", "us") and state.speaker and state.speaker.get("joint"):
            # "We condemn the surge ... into Columbus, Cleveland and Cincinnati", signed by the three mayors: each
            return [dict({k: v for k, v in who.items() if k != "joint"}, inferred=True, span=set(), named=True)
                    for who in [state.speaker, *state.speaker["joint"]]]
        if low in ("i", "we", "me", "us") and state.speaker:
            return [dict(state.speaker, inferred=True, span=set(), named=True)]
        if low in ("he", "she", "him", "her", "i") and state.last_person:
            return [dict(state.last_person, inferred=True, span=set(), named=True)]
        if low == "it" and state.last_actor_sent < state.federal_letter_sent < sent_index and not (
                state.last_actor and state.last_actor.get("level") == "federal"):
            # ("... received a letter dated September 13 from X, an ICE deputy field office director. It demands that
            # ...": the federal letter named since the last act, not that act's actor)
            return [dict(actor=None, level="federal", jurisdiction=None, jkind=None, named=False, span=set(),
                         inferred=True, text="")]
        if low in ("they", "we", "it", "them", "us") and state.last_actor and sent_index - state.last_actor_sent <= 2:
            return [dict(state.last_actor, inferred=True, span=set(), named=state.last_actor.get("named", False))]
        return []
    if how == "subject" and _agency_in_focus(state, sent_index) and _agency_subject(head) \
            and not (S.within(S.people, {head.i}) or S.within(S.orgs, {head.i}) or S.within(S.places, {head.i})):
        # "ICE responds. An agency spokesperson said ...", "The agency counts 38 arrests in Ogden": ICE, named just
        # before
        return [dict(actor=state.agency_name, level="federal", jurisdiction=None, jkind=None, named=True, span=set(),
                     inferred=True, text=state.agency_name)]
    if how == "subject" and head.lemma_.lower() in _WRITINGS and state.last_writer \
            and 0 < sent_index - state.last_writer_sent <= 1 and any(
                c.dep_ == "det" and c.lower_ == "the" for c in head.children) \
            and not (S.within(S.people, {head.i}) or S.within(S.orgs, {head.i})):
        # "The City Recorder read a DHS statement dated September 15. The statement accused ...": the agency whose
        # writing was just named, not the one who read it
        return [dict(state.last_writer, inferred=True, span=set(), named=True)]
    if how in ("subject", "instrument") and head.lemma_.lower() in _BACK_REFERENCES and any(
            c.dep_ == "det" and c.lower_ == "the" for c in head.children) and state.last_actor \
            and state.last_actor.get("named") and sent_index - state.last_actor_sent <= 2 \
            and not (S.within(S.people, {head.i}) or S.within(S.orgs, {head.i}) or S.within(S.places, {head.i})) \
            and not (head.lemma_.lower() in _WRITINGS and state.last_person and state.last_person.get("level") == "federal"
                     and sent_index - state.last_person_sent == 1 and state.last_actor_sent < state.last_person_sent):
        # "A DHS spokesperson called ... The spokesperson also accused ...": the one who just spoke
        # (not "The council adopted a resolution ... The Department received a letter from X, the ICE field office
        # director. The letter asks ...": the writer named since, below)
        return [dict(state.last_actor, inferred=True, span=set(), named=True)]
    if how == "subject" and head.lemma_.lower() in _BACK_REFERENCES and state.last_person \
            and any(c.dep_ == "amod" and c.lower_ == "same" for c in head.children) \
            and not (S.within(S.people, {head.i}) or S.within(S.orgs, {head.i}) or S.within(S.places, {head.i})):
        # 'Holloway-Pruitt called the office "a steady partner." The same letter accused the Board of ...': its
        # writer, the person just named, when no act of the sentence before gave an actor
        return [dict(state.last_person, inferred=True, span=set(), named=True)]
    if how == "subject" and head.lemma_.lower() in _WRITINGS and state.last_person \
            and state.last_person.get("level") == "federal" and sent_index - state.last_person_sent == 1 \
            and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) \
            and not (S.within(S.people, {head.i}) or S.within(S.orgs, {head.i}) or S.within(S.places, {head.i})):
        # "The Chair read into the record a March 3 letter from X, ICE Field Office Director. The letter asks the
        # county to honor all detainers ...": the federal official named in the sentence before wrote it
        return [dict(state.last_person, inferred=True, span=set(), named=True)]
    if how == "subject" and head.lemma_.lower() in _WRITINGS and state.last_actor \
            and state.last_actor.get("named") and sent_index - state.last_actor_sent == 1 \
            and any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in head.children) \
            and not (S.within(S.people, {head.i}) or S.within(S.orgs, {head.i}) or S.within(S.places, {head.i})):
        # "ICE field office director X wrote to Sheriff Y demanding that ... Her letter adds that ...": the writer
        # who acted in the sentence before, not the last person named
        return [dict(state.last_actor, inferred=True, span=set(), named=True)]
    if how == "subject" and head.lemma_.lower() in _ONES_OWN | _WRITINGS and state.last_person \
            and any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in head.children) \
            and not (S.within(S.people, {head.i}) or S.within(S.orgs, {head.i}) or S.within(S.places, {head.i})):
        # "Attorney General X ... On Tuesday her office mailed letters to ...": the office of the one just named
        # ("His letter asked the City to state within 30 days ...": the writing of the one just named)
        return [dict(state.last_person, inferred=True, span=set(), named=True)]
    if state.speaker and how == "subject" and head.lemma_.lower() in ("office", "department", "agency", "bureau",
                                                                      "division") \
            and any(c.dep_ == "det" and c.lower_ == "this" for c in head.children) \
            and not (S.within(S.people, {head.i}) or S.within(S.orgs, {head.i}) or S.within(S.places, {head.i})):
        return [dict(state.speaker, inferred=True, span=set(), named=True)]     # "this Office will withhold ...": the writer's
    if state.speaker and how == "subject" and any(c.dep_ == "poss" and c.lower_ in ("our", "my")
                                                  for c in head.children) \
            and not (S.within(S.people, {head.i}) or S.within(S.orgs, {head.i}) or S.within(S.places, {head.i})):
        return [dict(state.speaker, inferred=True, span=set(), named=True)]     # "our officers", in an answer
    if how == "subject" and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in head.children):
        # "ICE said its officers had arrested 81 people": "its" is the speaker who said so
        teller = next((a for a in tok.ancestors if a.lemma_.lower() in _TELLING), None)
        said_by = next((c for c in teller.children if c.dep_ == "nsubj"), None) if teller is not None else None
        if said_by is None:     # "According to ICE, its officers arrested 43 people in ..."
            said_by = _according_to(tok)
        teller_text = " ".join(t.text for t in said_by.subtree) if said_by is not None else ""
        if said_by is not None and (R.CUES["federal"].search(f" {teller_text} ")
                                    or level_from_text(teller_text) == "federal"):   # "Immigration and Customs Enforcement"
            return [dict(actor=teller_text, level="federal", jurisdiction=None,
                         jkind=None, named=True, inferred=True, span=set())]
    if how == "relative" or how == "instrument":
        ids = {t.i for t in _span_tokens(head)}
    else:
        ids = {t.i for t in head.subtree}
        if how == "subject" and tok.dep_ == "acl" and tok.head.i == head.i and head.dep_ == "ROOT" \
                and any(c.dep_ in ("dobj", "oprd") for c in tok.children):
            # ("An Elgin police officer called ICE during a traffic stop", parsed as a noun phrase: the officer, not
            # the agency the clause names)
            ids -= {t.i for t in tok.subtree}
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ == "at" and any(g.lemma_.lower() in ("request", "behest", "direction")
                                                          for g in c.children):
            ids -= {t.i for t in c.subtree}     # "a transit sergeant, at an ICE officer's request, held ...": the
            #                                     sergeant (the parse hangs the asking on the subject)
    if how == "subject" and head.lower_ in _PLACE_BODIES and head.i > 0 and head.doc[head.i - 1].i not in ids:
        # "..., and the Shelby County and Baldwin County jails notified ERO": the parse hung the counties on the
        # clause before; the places right before the subject are its own
        before = next((p for p in S.places if p.get("kind") in ("state", "county", "city") and p.get("tokens")
                       and p["tokens"][-1].i == head.i - 1), None)
        if before is not None:
            ids = ids | {t.i for t in before["tokens"]}
    if how == "subject":
        ids = _with_list(ids, S.places)
    text = " ".join(S.doc[i].text for i in sorted(ids))
    persons = S.within(S.people, ids)
    orgs = S.within(S.orgs, ids)
    places = _drop_qualifiers(S.within(S.places, ids))
    place_ids = {t.i for p in places for t in p["tokens"]}
    if how == "as_role":
        # "the mayors of Appleton, Green Bay, Neenah and Oshkosh": the towns, even where NER read two as a name
        persons = [p for p in persons if not any(t.i in place_ids for t in p["tokens"])]
    kw_level = level_from_text(" ".join(S.doc[i].text for i in sorted(ids - place_ids)))
    if kw_level in (None, "nongovernmental") and state.aliases and not any(c.dep_ == "poss" for c in head.children):
        # (not "our office", a speaker's own: "the Office", "the Departments" of the text's writer)
        # a defined term of the document ("the United States and DHS (together, "Appellants")")
        alias = state.aliases.get(head.text.lower().rstrip("'’s")) or state.aliases.get(head.lemma_.lower())
        if alias and state.org_heads_sent.get(head.lemma_.lower()) == sent_index - 1 \
                and state.org_heads.get(head.lemma_.lower()) not in (None, alias) \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) \
                and any(_is_verbal(t) and any(c.dep_ == "nsubj" and c.lemma_.lower() in _WRITINGS for c in t.children)
                        for t in head.ancestors):
            # ("On December 8, the U.S. Department of Justice wrote that ... The letter warned that the Department will
            # withhold ...": the department named in the sentence just before, not the document's own)
            alias = state.org_heads[head.lemma_.lower()]
        if alias:
            kw_level = alias
    out = []
    if how == "instrument" and not places:
        return []
    if persons:
        for p in _conj_group(persons):
            lvl = p.get("level")
            if lvl in (None, "nongovernmental") and kw_level not in (None, "nongovernmental"):
                lvl = kw_level      # "after becoming Ohio's governor" outranks a default level
            lvl = lvl or (_best_place(places, None) or {}).get("kind")
            if lvl is None and state.issuer and re.match(r"(?:board |vice[- ])?chair", str(p.get("role") or "")):
                lvl = state.issuer[1]   # "Board Chair X" in a text on a county body's letterhead: that body's chair
            lvl = _norm_level(lvl)
            pl = _best_place(places, lvl)
            name = p.get("name") or p.get("text")
            juris = p.get("jurisdiction") or (pl["jid"] if pl else None)
            if pl is None and state.issuer and p.get("jurisdiction_source") in ("context", "document") \
                    and lvl == state.issuer[1]:
                juris = state.issuer[0]     # "Commissioner X" in the minutes of the county on the letterhead
            known = state.people.get(_surname(name))
            if known and not p.get("from_row"):
                name = known["actor"] if len(known["actor"]) > len(name) else name
                lvl = lvl or known["level"]
                juris = juris or known["jurisdiction"]
            out.append(dict(actor=name, level=lvl, jurisdiction=juris,
                            jkind=pl.get("kind") if pl else None, named=True))
    elif orgs and not (places and all(_is_place_like(o, places) for o in orgs)):
        for o in _conj_group(orgs):
            lvl = o.get("level") or level_from_text(o.get("name") or o.get("text") or "") or kw_level
            if lvl == "nongovernmental" and kw_level not in (None, "nongovernmental") and (
                    head.text.lower().rstrip("'’s") in state.aliases or head.lemma_.lower() in state.aliases):
                lvl = kw_level      # "The Departments commend ...", below a letterhead of two federal departments
            if lvl is None and places:
                lvl = _best_place(places, None).get("kind")
            lvl = _norm_level(lvl)
            pl = _best_place(places, lvl)
            juris = o.get("jurisdiction")
            if pl is not None and o.get("jurisdiction_source") == "document" and pl.get("kind") == lvl:
                juris = pl["jid"]   # "Pittsburgh's City Council": the place before it, not the document's city
            elif pl is None and o.get("jurisdiction_source") == "document" and state.issuer \
                    and lvl == state.issuer[1]:
                juris = state.issuer[0]     # "the Sheriff's Office" in a text on the county's letterhead
            elif pl is None and o.get("jurisdiction_source") == "document" and state.speaker \
                    and state.speaker.get("level") == lvl and state.speaker.get("jurisdiction") \
                    and any(S.doc[k].lower_ in ("our", "my") for k in ids):
                juris = state.speaker["jurisdiction"]   # "our City Council", in the mayor's answer
            out.append(dict(actor=o.get("name") if o.get("from_row") else _clean_phrase(o.get("text") or ""), level=lvl,
                            jurisdiction=juris or (pl["jid"] if pl else None),
                            jkind=pl.get("kind") if pl else None, named=True))
        # ("Scott County sheriff's deputies and Mississippi Highway Patrol troopers closed both roads": a conjunct
        # with no organization in it, named by its place, acts too)
        org_ids = {t.i for o in orgs for t in o["tokens"]}
        for cj in [head, *head.conjuncts] if how == "subject" and head.conjuncts else []:
            own = {t.i for t in cj.subtree} - {t.i for c in cj.children if c.dep_ in ("conj", "cc") for t in c.subtree}
            if own & org_ids:
                continue
            pl = _best_place([p for p in places if any(t.i in own for t in p["tokens"])], None)
            if pl is not None and pl.get("kind") in ("state", "county", "city") \
                    and pl["jid"] not in {a["jurisdiction"] for a in out}:
                out.append(dict(actor=pl["pname"], level=_kind_level(pl.get("kind")), jurisdiction=pl["jid"],
                                jkind=pl.get("kind"), named=True))
    elif places and all(p.get("kind") == "country" for p in places) and kw_level not in (None, "federal"):
        out.append(dict(actor=_clean_phrase(" ".join(t.text for t in sorted(_span_tokens(head, ("relcl", "acl", "prep")),
                                                                            key=lambda t: t.i))),
                        level=_norm_level(kw_level), jurisdiction=None, jkind=None, named=False))
    elif places:
        group = _conj_group(places) if len(places) > 1 else places[:1]
        if len(group) < 2:
            best = _best_place(places, kw_level if kw_level in ("state", "county", "city") else None)
            group = [best]
        for p in group:
            lvl = kw_level if kw_level in vocabulary.LEVELS else None
            if lvl is None or (lvl in ("state", "county", "city") and len(group) > 1):
                lvl = _kind_level(p.get("kind")) or lvl
            out.append(dict(actor=p["pname"], level=_norm_level(lvl), jurisdiction=p["jid"],
                            jkind=p.get("kind"), named=True))
    else:
        phrase = " ".join(t.text for t in sorted(_span_tokens(head, ("relcl", "acl")), key=lambda t: t.i) if t.i in ids)
        # a body named after its place that no stage read as an organization ("The Allegheny County Jail")
        jid = _body_place(phrase, state.doc_states)
        if _FIELD_LABEL.fullmatch(phrase.strip()):
            phrase = ""         # "Summary: Would shield anyone ...": a field's label, no one who acts
        known = (state.by_surname.get(_surname(phrase)) or state.people.get(_surname(phrase))) \
            if phrase and head.pos_ == "PROPN" and not jid else None
        if known is None and phrase and head.pos_ == "PROPN" and not jid and re.fullmatch(r"[A-Z][a-z]+", phrase) \
                and head.i + 2 < len(head.doc) and head.doc[head.i + 1].text == "-":
            # ("Gorringe-Ilunga also accused ...": a hyphenated surname the parse split, its first half the subject)
            halves = [v for k, v in state.by_surname.items() if k == f"{phrase.lower()}-{head.doc[head.i + 2].lower_}"]
            known = halves[0] if halves else None
            if known is not None:
                phrase = f"{phrase}-{head.doc[head.i + 2].text}"
        bare = re.fullmatch(r"(?:[Tt]he\s+)?([A-Z][a-z]+)(?:\s+General)?", phrase.strip()) \
            if phrase and not jid else None
        if known is None and bare and (kw_level == "federal"
                                       or (kw_level is None and bare.group(0).endswith(" General"))) \
                and bare.group(1).lower() in state.by_title \
                and not _has_place(head, S):
            # "the Secretary said", below "Secretary of State X issued ...": the one person of the text with that title
            # ("the Attorney General wrote ...", below "Georgia Attorney General X"; only a title read as federal
            # alone; a sheriff or a mayor is placed by the text's places)
            known = state.by_title[bare.group(1).lower()]
            out.append(dict(actor=known["actor"], level=known["level"], jurisdiction=known["jurisdiction"], jkind=None,
                            named=True))
        elif known is not None and known.get("level") and re.fullmatch(r"[A-Z][\w'\u2019]+(?:\s*-\s*[A-Z][\w'\u2019]+)?",
                                                                     phrase.strip()):
            # a surname alone the people stage missed ("Wendover - Mbeki said"): the person named in full before
            out.append(dict(actor=known["actor"], level=known["level"], jurisdiction=known["jurisdiction"], jkind=None,
                            named=True))
        else:
            out.append(dict(actor=_clean_phrase(phrase) if phrase else None, level=_norm_level(kw_level),
                            jurisdiction=jid, jkind=None, named=jid is not None))
    if how == "subject":
        # "Colorado Attorney General X, joined by the attorneys general of New Mexico, Oregon and Vermont, filed
        # ...": each government that joins acts too
        for j in head.children:
            if j.dep_ == "acl" and j.lemma_.lower() == "join" and any(c.dep_ == "agent" for c in j.children):
                for p in _drop_qualifiers(S.within(S.places, {t.i for t in j.subtree})):
                    if p.get("kind") in ("state", "county", "city") and p["jid"] not in {a["jurisdiction"] for a in out}:
                        out.append(dict(actor=p["pname"], level=p.get("kind"), jurisdiction=p["jid"],
                                        jkind=p.get("kind"), named=True))
    for a in out:
        a["span"] = ids
        a["inferred"] = False
        a["how"] = how
        a["text"] = text
        short = re.sub(r"^(?:the|this)\s+", "", a["actor"] or "", flags=re.I).lower()
        if state.section_body and short == state.section_body[0]:
            # "STATEMENT OF THE ST. LOUIS COUNTY COUNCIL" then "The Council condemns ...": the body the heading names
            _head, name, level, jid = state.section_body
            a.update(actor=name, level=level, jurisdiction=jid, named=True)
        if a["level"] is None and a["actor"]:
            # "the Department" after "the Department of Justice": the level of the body named in full
            if short in state.org_heads:
                a["level"] = state.org_heads[short]
    return out


#: a section's heading naming the local body whose text follows: "STATEMENT OF THE ST. LOUIS COUNTY COUNCIL",
#: "RESOLUTION OF THE BOARD OF SUPERVISORS OF YOLO COUNTY", "MINUTES OF THE DURHAM CITY COUNCIL"
_SECTION_BODY = re.compile(r"^\s*(?:[A-Z][A-Z'\u2019]+\s+){1,3}OF\s+THE\s+(?P<name>(?:[A-Z][A-Z.'\u2019 ]*?\s+)?"
                           r"(?P<head>COUNCIL|COMMISSION|BOARD|LEGISLATURE)\b(?:\s+OF\s+[A-Z][A-Z.' ]+)?)\s*$")


def _section_body(line: str, states=()) -> Optional[tuple]:
    """(head noun, name, level, place) of the local body a section heading names, or None (``states``: the
    document's states, for a name several places share)."""
    from .places import jurisdiction_in_name
    m = _SECTION_BODY.match(line.strip())
    if not m:
        return None
    name = re.sub(r"\b(Of|The)\b", lambda g: g.group(1).lower(), m["name"].title())
    jid = jurisdiction_in_name(name, states)
    if jid is None or jid.count("-") < 2:
        return None
    level = "county" if jid.endswith("-county") else "city"
    return m["head"].lower(), name, level, jid


#: what belongs to the person just named ("her office", "his deputies")
#: ("his deputies", "her staff" are left out: a sheriff's deputies are often named long before the person just named)
_ONES_OWN = frozenset(("office", "administration", "cabinet"))
#: writings whose writer may be the official named in the sentence before ("... a letter from X. The letter asks ...")
_WRITINGS = frozenset(("letter", "statement", "release", "memo", "memorandum", "email", "e-mail"))
#: a subject that points back to the last one who spoke ("The spokesperson also accused ...", "The statement ...")
_BACK_REFERENCES = frozenset(("spokesperson", "spokesman", "spokeswoman", "statement", "release", "letter", "memo",
                              "memorandum", "email", "e-mail", "bulletin", "advisory"))
_ORG_HEADS = ("department", "agency", "office", "bureau", "administration", "commission", "council", "board", "patrol",
              "division", "service")
_BODY_WORDS = re.compile(r"\b(?:County|City|Town|Village|Parish)\b.*\b(?:Jail|Sheriff|Sheriff's Office|Police|Department"
                         r"|Detention Center|Correctional Facility|Prison|Board|Commission|Council)\b")


def _body_place(phrase: str, states=()) -> Optional[str]:
    """The county or city in the name of a body ("The Allegheny County Jail" -> Allegheny County), or None
    (``states``: the document's, for a name several states share: "the Frederick County Adult Detention Center")."""
    if not _BODY_WORDS.search(phrase or ""):
        return None
    from .places import jurisdiction_in_name
    jid = jurisdiction_in_name(phrase, states)
    return jid if jid and jid.count("-") >= 2 else None


def _remember_writer(S: "_Sent", state: "_DocState", si: int) -> None:
    """Note the federal body whose letter or statement the sentence names by a modifier ("a DHS statement",
    "ICE's letter", "a letter from ICE")."""
    for t in S.doc:
        if t.lemma_.lower() not in _WRITINGS or t.pos_ not in NOMINAL:
            continue
        mods = [c for c in t.children if c.dep_ in ("compound", "poss", "nmod")]
        # ("a letter from ICE", "a letter dated November 2, 2027, from X, Deputy Field Office Director of ICE")
        mods += [g for c in [*t.children, *(x for a in t.children if a.dep_ == "acl" for x in a.children)]
                 if c.dep_ == "prep" and c.lower_ == "from" for g in c.children if g.dep_ == "pobj"]
        for m in mods:
            ids = {x.i for x in m.subtree}
            signers = S.within(S.people, ids)
            if signers:
                p = signers[0]
                if _norm_level(p.get("level")) == "federal" and m.dep_ == "pobj":
                    # (a federal official's letter: what "The letter" asks next is that official's)
                    state.last_writer = dict(actor=p.get("name"), level="federal", jurisdiction=None, jkind=None,
                                             named=True)
                    state.last_writer_sent = si
                    return
                continue    # ("a letter from X, ICE Field Office Director": the person who signed it, told elsewhere)
            org = next((o for o in S.orgs if o["tokens"] and {x.i for x in o["tokens"]} & ids), None)
            if org is not None and _norm_level(org.get("level")) == "federal":
                name = org.get("name") or org.get("canonical") or org.get("text")
                state.last_writer = dict(actor=name, level="federal", jurisdiction=None, jkind=None, named=True)
                state.last_writer_sent = si
                return


def _remember_orgs(S: "_Sent", state: "_DocState", si: int = -99) -> None:
    """Note the level of each body named in full, by its head noun ("Department of Justice" -> department)."""
    seen: dict = {}
    for o in S.orgs:
        level = _norm_level(o.get("level"))
        words = re.findall(r"[A-Za-z]+", o.get("name") or o.get("text") or "")
        if not level or len(words) < 2:
            continue
        of = [w.lower() for w in words]
        head = of[of.index("of") - 1] if "of" in of and of.index("of") > 0 else of[-1]
        if head == "office" and of[-2:-1] in (["field"], ["sub"]):
            continue    # ("ICE's Chicago Field Office" is no "the Office" of a sheriff's letter)
        if head in _ORG_HEADS and not (head in state.org_heads and re.search(r"\w['\u2019]s\b", o.get("name") or o.get("text") or "")):
            # (a body named by a possessive, "the Plymouth County Sheriff's Department", is "the Sheriff's Department"
            # after; it does not take over "the Department" a release has already named: the Justice Department)
            state.org_heads[head] = level
            seen.setdefault(head, set()).add(level)
            # (two departments of two levels in one sentence: which one "the Department" after it is, is not known;
            # nor is it for a department only named as the object of another's act: "ICE would ask the Department of
            # Justice to reduce ...")
            toks = o.get("tokens") or []
            subject = any(t.dep_ in ("nsubj", "nsubjpass") or (t.head.dep_ in ("nsubj", "nsubjpass") and t.head in toks)
                          for t in toks)
            state.org_heads_sent[head] = si if len(seen[head]) == 1 and subject else -99
        if level != "nongovernmental":
            state.org_heads["agency"] = level   # "the agency": the government body named last ("ICE ... the agency")


def _drop_qualifiers(places) -> list:
    """Without a state that only qualifies the city or county before it ("Providence, Rhode Island")."""
    out = []
    for p in places:
        if p.get("kind") == "state" and any(q.get("kind") in ("city", "county") and 0 <= p["a"] - q["b"] <= 3
                                            for q in places):
            continue
        out.append(p)
    return out or places


def _is_place_like(org, places) -> bool:
    """An ORG entity that is only a place name (spaCy tags 'New York' in 'New York Democrats' as ORG sometimes), or
    the governments of places named by their form ("the Cities of Des Moines and Cedar Rapids")."""
    if _GOVERNMENTS_OF.match(org.get("text") or "") and any(org["a"] <= p["a"] < org["b"] for p in places):
        return True
    return any(p["a"] <= org["a"] and org["b"] <= p["b"] + 3 for p in places)


_GOVERNMENTS_OF = re.compile(r"(?:[Tt]he\s+)?(?:Cities|Counties|Towns|Villages|Boroughs|States)\s+of\s")


def _kind_level(kind: Optional[str]) -> Optional[str]:
    return {"state": "state", "county": "county", "city": "city", "country": "federal"}.get(kind or "")


def _norm_level(level) -> Optional[str]:
    if level in vocabulary.LEVELS:
        return level
    return _kind_level(level)


def _clean_phrase(text: str) -> str:
    text = re.sub(r"^(?:the|a|an)\s+", "", text.strip(), flags=re.I)
    text = re.sub(r"\s*[’']s?$", "", text)
    return re.sub(r"\s+([’']s)\b", r"\1", text)[:120]


def _actor_class(level: Optional[str]) -> str:
    if level == "federal":
        return R.FED
    if level in ("state", "county", "city", "nongovernmental"):
        return R.NONFED
    return R.UNK


# ------------------------------------------------------------------ status
_PROPOSAL_FRAME = re.compile(r"\b(?:under|in) the (?:proposed |draft )?(?:plan|proposal|bill|measure|draft|legislation)\b"
                             r"|\bif (?:passed|approved|adopted|enacted|signed)\b", re.I)


#: an "if" with no clause of its own sets no condition: "the charges, if any", "if necessary", "if needed"
_ELLIPTICAL_IF = frozenset(("any", "necessary", "needed", "possible", "applicable", "appropriate", "required", "so",
                            "ever", "anything", "not"))


def _into_federal_conduct(tok) -> bool:
    """An inquiry "into" something ICE did: "an investigation into the death and into ICE's decision to transfer him"
    (ICE's own act, named by its possessive)."""
    for p in tok.children:
        if p.dep_ == "prep" and p.lower_ == "into" or (p.dep_ == "conj" and p.lower_ == "into"):
            for t in p.subtree:
                if t.dep_ == "poss" and R.CUES["ice"].search(" " + t.lower_.replace("\u2019", "'").replace("'s", "")
                                                                + " "):
                    return True
    return False


#: a verb phrase standing for one said before it: "barring every county jail from doing so"
_DOING_SO = re.compile(r"\b(?:doing|do|does|did) so\b", re.I)


def _if_clause_words(tok) -> str:
    """The words of the "if" clause of the verb governing ``tok`` (lower case, padded), else ""."""
    for t in [tok, *tok.ancestors]:
        for c in t.children:
            if c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "if" for g in c.children):
                return " " + " ".join(w.lower_ for w in c.subtree) + " "
    return ""


def _has_if_clause(t, marks=("if", "unless")) -> bool:
    for c in t.children:
        if c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in marks for g in c.children):
            if c.lower_ in _ELLIPTICAL_IF and not any(w.pos_ in ("VERB", "AUX") for w in c.subtree):
                continue
            return True
    return False


def _elected_if(t) -> bool:
    """The verb has an "if" clause about winning office: "if (I am) elected", "if I am mayor", "if she wins"
    (or its "he said" aside has: "If elected, he said, he would apply ...")."""
    if any(c.dep_ == "parataxis" and _elected_if(c) for c in t.children):
        return True
    for c in t.children:
        if c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "if" for g in c.children):
            words = {w.lemma_.lower() for w in c.subtree}
            if words & {"elect", "win", "reelect", "re-elect"} or (c.lemma_.lower() == "be" and any(
                    a.dep_ == "attr" and a.lemma_.lower() in _OFFICES for a in c.children)):
                return True
    return False


def _enacted_if(t) -> bool:
    """The verb has an "if" clause about a bill becoming law: "if that bill passes", "If the House passes it and the
    governor signs it", "if it becomes law"."""
    for c in t.children:
        if c.dep_ == "advcl" and c.i < t.i and any(g.dep_ == "mark" and g.lower_ == "if" for g in c.children):
            words = " " + " ".join(w.lower_ for w in c.subtree) + " "
            if re.search(r"\b(?:pass(?:es|ed)?|signs?|signed|enacts?|enacted|becomes? law|became law|takes? effect)\b",
                         words) and re.search(r"\b(?:bill|it|measure|act|law|legislation|proposal|house|senate)\b",
                                              words):
                return True
    return False


#: offices a candidate runs for ("if I am mayor")
_OFFICES = frozenset(("mayor", "governor", "sheriff", "president", "senator", "commissioner", "supervisor",
                      "councilmember", "councilwoman", "councilman", "executive", "attorney", "superintendent"))


def _law_in_force(noun) -> bool:
    """"Senate Bill 12, which the governor signed in May, ..." / "..., which took effect in
    September, ...": a bill said in its own noun phrase to be law."""
    for t in noun.subtree:
        if t.dep_ not in ("relcl", "acl") or _negated(t):
            continue
        lem = t.lemma_.lower()
        if lem in ("sign", "enact", "ratify") or (lem in ("take", "go") and any(c.lower_ == "effect" for c in t.subtree)) \
                or (lem == "become" and any(c.lower_ == "law" for c in t.children)):
            return True
    return False


def _duty_has_run(verb) -> bool:
    """"Since July 1, 2025, Senate Bill 611 has obliged every jail to ...": a bill whose rule has been in
    force for a while (present perfect, or "since") is law, not a proposal."""
    return any(a.dep_ == "aux" and a.lower_ in ("has", "have") for a in verb.children) or any(
        c.dep_ == "prep" and c.lower_ == "since" for c in verb.children) or any(
        # ("Senate Bill 2291, in force since July 1, 2026, forbids ...")
        c.dep_ == "prep" and c.lower_ == "in" and any(g.dep_ == "pobj" and g.lower_ == "force" for g in c.children)
        for c in verb.children)


#: a document that reports bills signed into law ("Governor X today signed two bills that ..."):
#: what its bills do is in force
_BILLS_SIGNED = re.compile(r"\bsign(?:s|ed)\s+(?:[\w'’-]+\s+){0,4}?(?:bills?|laws?|legislation|measures?)\b"
                           r"|\bsigned (?:it |them )?into law\b|\bbecame law\b", re.I)


#: parts of a text under consideration: "Section 9.1 would bar the vendor from ...", "the provision would ..."
_PARTS = frozenset(("section", "subsection", "provision", "clause", "paragraph"))


#: verbs of asking to enter an agreement, not entering it
_ASKING_TO_JOIN = frozenset(("apply", "seek", "negotiate"))


def _submits_application(tok) -> bool:
    """"submitted its application for a 287(g) agreement": asking to join, like "applied for"."""
    return tok.lemma_.lower() in ("submit", "mail", "send", "file") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ("application", "request", "bid", "petition") for c in tok.children)


#: a bill's number: "S.B. 142", "H. 516", "S. 2291", "HB 12", "Senate Bill 611", "Assembly Bill 5", "LD 1971"
_BILL_ID = re.compile(r"^(?:the\s+)?(?:(?:Senate|House|Assembly)\s+(?:Bill|File|Enrolled\s+Act)|[SHA]\.\s?B\.|[SH]\.|[SHAL][BFD]|[SH]F"
                      r"|[SH]EA)"
                      r"\s*\d+\b")
#: a state bill, or a part of one, named as the actor: "SB 311", "Section 6 of SB 731"
_BILL_PART = re.compile(r"(?:(?:section|subsection|part)\s+[\w.()-]+\s+of\s+)?" + _BILL_ID.pattern[1:], re.I)
#: ... ending a text ("... agreements. SB 140"): a state bill's number, the bill word before it
_BILL_ID_IN = re.compile(r"(?<![\w.])" + _BILL_ID.pattern[1:])
_BILL_ID_END = re.compile(r"(?<![\w.])" + _BILL_ID.pattern[1:] + "$")


#: acts done by saying them ("I want to thank ...", "I want to condemn ...")
_SPEECH_ACTS = frozenset(("thank", "praise", "commend", "applaud", "salute", "congratulate", "recognize", "honor",
                          "condemn", "denounce", "criticize", "call"))
#: bodies that vote on what is put to them ("asked the Board to approve ...")
_BODIES = frozenset(("board", "commission", "council", "court", "legislature", "committee", "supervisors",
                     "commissioners", "assembly", "jury", "trustees", "aldermen", "selectmen"))
#: verbs that begin a proposal ("introduce a bill", "file a resolution"), and verbs of intending to act
_FILING_BILLS = frozenset(("introduce", "file", "prefile", "refile", "propose", "draft", "unveil", "bring"))
_INTENDING = frozenset(("plan", "intend", "vow", "promise", "pledge", "expect", "hope", "aim"))


def _proposal_verb(tok):
    """The verb whose object is the bill, resolution or ordinance the trigger states the content of ("will
    introduce a bill in January requiring ...", "filed a resolution to bar ...", "will bring an ordinance
    barring ..."), or None. (The small model hangs the content on the verb as often as on the noun.)"""
    if tok.dep_ in ("acl", "relcl") and tok.head.lemma_.lower() in R.PROPOSAL_NOUNS and tok.head.dep_ == "dobj":
        verb = tok.head.head
    elif tok.dep_ == "advcl" and any(c.dep_ == "dobj" and c.lemma_.lower() in R.PROPOSAL_NOUNS
                                     for c in tok.head.children):
        verb = tok.head
    elif tok.dep_ in ("acl", "relcl") and tok.head.dep_ == "pobj" and tok.head.head.dep_ == "prep" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in R.PROPOSAL_NOUNS for c in tok.head.head.head.children):
        verb = tok.head.head.head   # ("will introduce a bill in the 2029 session to bar ...": hung on the session)
    else:
        return None
    if not _is_verbal(verb) or verb.lemma_.lower() not in _FILING_BILLS or any(
            c.dep_ == "neg" for c in verb.children):
        return None
    return verb


#: an ordinance's first of two readings: voted on, not yet adopted
_FIRST_READING = re.compile(r"\b(?:on|at|passed|approved|in|its) (?:a |the |its )?first reading\b", re.I)
_FINAL_READING = re.compile(r"\b(?:second|third|final) reading\b|\bfinal (?:passage|adoption|approval)\b", re.I)


def _vote_for_proposal(tok) -> bool:
    """A ballot's "A vote FOR this measure" (or "YES on the measure"): what the measure would do if passed."""
    return tok.lemma_.lower() in ("vote", "yes") and any(
        p.dep_ == "prep" and p.lower_ in ("for", "on", "in") and any(
            o.dep_ == "pobj" and o.lemma_.lower() in R.PROPOSAL_NOUNS | {"favor"} for o in p.children)
        for p in tok.children)


#: verbs by which a law gives someone a power ("The Act also lets the Attorney General seek the removal ...")
_EMPOWERING = frozenset(("let", "allow", "authorize", "authorise", "empower", "permit", "enable"))


def _power_granted(t) -> bool:
    """``t`` ("seek", "pursue") is a power a law gives: "The Act also lets the Attorney General seek ..." is what the
    Act does, not something proposed."""
    h = t.head
    return t.dep_ in ("ccomp", "xcomp") and h.lemma_.lower() in _EMPOWERING and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in R.INSTRUMENT_NOUNS | {"law", "statute", "act", "section", "subsection",
                                                                        "provision"} for c in h.children)


def _status(tok, path, rule: R.Rule, sent, signed_bills: bool = False) -> str:
    if tok.tag_ == "VBD":
        path = path[:_aside_end(path)]      # (", which renewed its agreement in March": a past fact told)
    lem = [t.lemma_.lower() for t in path]
    skip = rule.no_status
    text = sent.text
    # proposed
    if rule.name == "enter_agreement" and (tok.lemma_.lower() in _ASKING_TO_JOIN or _submits_application(tok) or (
            tok.dep_ in ("advcl", "xcomp", "acl") and _submits_application(tok.head)) or any(
            a.lemma_.lower() in ("application", "bid", "petition") and a.pos_ == "NOUN" for a in list(tok.ancestors)[:2])) \
            and not any(
            c.dep_ == "aux" and c.lower_ in ("will", "'ll", "\u2019ll", "wo", "would") for c in tok.children):
        return "proposed"   # "Fremont County applied for a task force agreement": asked, not yet in one ("filed an
        #                     application with ICE to join the 287(g) program")
    if any(t.lemma_.lower() == "move" and t.tag_ in ("VBD", "VBZ") and _LEGISLATOR.search(
            " ".join(x.text for st in _subject_tokens(t) for x in st.subtree)) for t in [*path, *list(tok.ancestors)[:3]]
           if t.i != tok.i):
        return "proposed"   # "Commissioner X moved to strike Section 2 so that the jail would give ICE no ...": a motion
    if _FIRST_READING.search(text) and not _FINAL_READING.search(text):
        return "proposed"   # "voted 6-3 on first reading for the ordinance, which would bar ...": not adopted yet
    carrier = _proposal_verb(tok)
    if carrier is not None:
        if any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "\u2019ll") for c in carrier.children) or (
                carrier.dep_ == "xcomp" and carrier.head.lemma_.lower() in _INTENDING):
            if _has_if_clause(carrier, marks=("if",)) and not _elected_if(carrier):
                # "If the Board keeps the agreement, she will introduce a bill ... to bar ...": what she will do if
                # another does not, a threat
                return "threatened"
            return "announced"  # "he will introduce a bill in January requiring ...": said he will, not yet begun
        if carrier.lemma_.lower() in _FILING_BILLS and (carrier.tag_ in ("VBD", "VBN", "VBZ", "VBP") or (
                carrier.tag_ == "VBG" and carrier.dep_ == "advcl")):
            return "proposed"   # "she filed a bill to bar ...", "went further, filing a resolution to ...": begun, not
            #                     adopted
    author = _law_author(tok)
    if author is not None and author.lemma_.lower() in R.PROPOSE | {"file", "prefile", "sponsor"} and any(
            c.dep_ == "aux" and c.lower_ == "would" for c in tok.children):
        return "proposed"   # "filed Senate Bill 3117, the Guard Homefront Act, which would bar ...": put forward
    named = tok.head if tok.dep_ == "compound" and tok.head.lemma_.lower() in R.INSTRUMENT_NOUNS else None
    if named is not None and named.dep_ in ("dobj", "appos") and _is_verbal(named.head) \
            and named.head.lemma_.lower() in _FILING_BILLS | {"prefile", "sponsor"} and named.head.tag_ == "VBD":
        return "proposed"   # "I filed House Bill 611, the Sheriff Partnership Mandate Act, which would ...": a word of
        #                     the bill's name, the bill filed
    for t in path:
        l = t.lemma_.lower()
        if t.i != tok.i and l in R.PROPOSE and l not in skip and not _power_granted(t):
            return "proposed"
        if l in R.PROPOSAL_NOUNS and t.i != tok.i and t.pos_ not in ("VERB", "AUX"):    # ("plans to" is announced)
            h = t.head
            if not (h.lemma_.lower() in R.ENACT or any(c.lemma_.lower() in R.ENACT for c in t.children)):
                if any(c.lower_ in ("proposed", "draft", "pending") for c in t.children) or h.lemma_.lower() in R.PROPOSE \
                        or any(c.lower_ == "would" for c in path[path.index(t) - 1].children) or l in R.ALWAYS_PROPOSED:
                    return "proposed"
        if any(c.dep_ == "amod" and c.lower_ in ("proposed", "draft", "pending") for c in t.children):
            return "proposed"
    verb = next((t for t in path if _is_verbal(t)), None)
    if verb is not None:
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in ("policy", "rule", "provision") and any(
                    g.lower_ in ("proposed", "draft", "pending") for g in c.subtree if g.i < c.i):
                return "proposed"   # "A separate draft leasing policy, introduced by Commissioner X, would bar ..."
            if c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in R.PROPOSAL_NOUNS | R.INSTRUMENT_NOUNS:
                if any(g.lower_ in ("proposed", "draft", "pending") for g in c.children) or (
                        c.lemma_.lower() in R.PROPOSAL_NOUNS and any(
                            a.dep_ == "aux" and a.lower_ == "would" for a in verb.children)) or (
                        c.lemma_.lower() in ("bill", "proposal") and not any(
                            g.lemma_.lower() in R.ENACT or g.lower_ == "new" for g in c.children)
                        and not any(_law_in_force(x) for x in verb.children if x.dep_ in ("nsubj", "nsubjpass"))
                        and not signed_bills and not _duty_has_run(verb)):
                    # ("Senate Bill 1177, the ... Act, which Texas enacted in June 2027, requires ...": the parse may
                    # make the bill and its name two subjects)
                    return "proposed"
    verbs = list(path) + ([tok.head] if tok.dep_ in ("advcl", "xcomp") and any(
        c.lower_ == "to" for c in tok.children) else [])
    for v in verbs:     # "Resolution No. 12 would direct the police to decline ...": what a proposal would do
        if _is_verbal(v) and any(a.dep_ == "aux" and a.lower_ == "would" for a in v.children) and any(
                c.dep_ in ("nsubj", "nsubjpass") and (c.lemma_.lower() in R.PROPOSAL_NOUNS | _PARTS or any(
                    g.dep_ == "compound" and g.lemma_.lower() in R.PROPOSAL_NOUNS for g in c.children)
                    or _vote_for_proposal(c))
                for c in v.children):
            return "proposed"
    for v in path:      # "S.B. 142, which would bar ...", "H. 516, which would require ...": what a bill would do
        if not any(a.dep_ == "aux" and a.lower_ == "would" for a in v.children):
            continue
        which = next((c for c in v.children if c.dep_ == "nsubj" and c.lower_ == "which"), None)
        if v.dep_ == "relcl":
            named = v.doc[v.head.left_edge.i: min(v.left_edge.i, v.head.i + 4)].text
        elif which is not None and which.i >= 2:     # (the clause hung on the main verb)
            ant = v.doc[which.i - 2] if v.doc[which.i - 1].text == "," else v.doc[which.i - 1]
            named = v.doc[ant.left_edge.i: which.i].text
        else:
            continue
        if _BILL_ID.match(named):
            return "proposed"
        # (the parse may hang the clause on a word after the bill: "prefiled House Bill 77 in January, which would")
        if which is not None and v.dep_ == "relcl" and v.head.ent_type_ == "DATE" and _BILL_ID_IN.search(
                v.doc[max(0, v.head.left_edge.i - 6): v.head.left_edge.i].text):
            return "proposed"
    for v in path:      # "SB 1902 would require ...", "HB0214 would require ...": what a numbered bill would do (the
        # small model makes the number the subject and the bill word a modifier of the verb)
        if not (_is_verbal(v) and any(a.dep_ == "aux" and a.lower_ == "would" for a in v.children)):
            continue
        front = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "npadvmod") and c.i < v.i]
        if not front and v.dep_ == "conj" and v.head.i < v.i:     # (the parse may make "filed" the root: "House Bill
            # 1190, filed two days later, would make it a misdemeanor ...")
            front = [c for c in v.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < v.head.i]
        if front:
            start = min(c.left_edge.i for c in front)
            named = v.doc[start: max(c.right_edge.i for c in front) + 1].text
            if _BILL_ID.match(named):
                return "proposed"
    for v in path:      # "Floor Amendment 1, which withholds ...": what an amendment to a bill does is proposed with it
        if v.dep_ == "relcl" and re.search(r"\b(?:floor|committee|house|senate|substitute)\s+amendments?\b",
                                           v.doc[v.head.left_edge.i: v.head.i + 2].text, re.I):
            return "proposed"
    for v in path:      # ("Assembly Bill 688, introduced last month, which would bar ...", hung on "introduced")
        if v.dep_ in ("advcl", "conj") and any(c.dep_ == "aux" and c.lower_ == "would" for c in v.children) and any(
                c.dep_ == "nsubj" and c.lower_ in ("which", "that") and _bill_before_which(c) is not None
                for c in v.children):
            return "proposed"
    for v in path:      # "A bill that would require ...", "a measure that would bar ...": what a proposal would do
        if v.dep_ == "relcl" and v.head.lemma_.lower() in R.PROPOSAL_NOUNS and any(
                a.dep_ == "aux" and a.lower_ == "would" for a in v.children) and any(
                c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in v.children):
            return "proposed"
    # one chamber of a legislature voting: the bill goes on to the other ("The Senate's vote to require ...")
    for t in path:
        if t.lemma_.lower() in ("vote", "pass", "approve", "advance") and any(
                c.dep_ in ("nsubj", "poss") and _chamber(c) for c in t.children):
            return "proposed"
    if _passed_one_chamber(tok):
        return "proposed"
    # "asked the Board to approve an agreement", "requests that the Court approve the renewal": put to a body
    asker = next((a for a in tok.ancestors if a.lemma_.lower() in ("ask", "request", "petition") and _is_verbal(a)),
                 None)
    if asker is not None and not any(c.dep_ == "neg" or c.lower_ in ("will", "'ll", "\u2019ll", "would")
                                     for c in asker.children) \
            and not (asker.dep_ == "xcomp" and asker.head.lemma_.lower() in _INTENDING):
        inner = next(a for a in [tok, *tok.ancestors] if a.head.i == asker.i)
        addressed = [c for c in asker.children if c.dep_ in ("dobj", "dative")] + [
            c for c in inner.children if c.dep_ == "nsubj"]
        if inner.dep_ in ("xcomp", "ccomp") and any(x.lemma_.lower() in _BODIES for a in addressed for x in a.subtree):
            return "proposed"
        if inner.dep_ == "xcomp" and tok.lemma_.lower() in ("investigation", "inquiry", "probe") and addressed:
            return "proposed"   # "asked the Attorney General's Office to open an investigation into ...": not yet open
    # "Under the proposal, deputies would ...", "If passed, the ordinance would ...": a proposal's content
    if _PROPOSAL_FRAME.search(text) and any(c.lower_ in ("would", "shall") for t in path for c in t.children):
        return "proposed"
    # threatened
    if any(l in R.THREATEN and l not in skip for l in lem):
        return "threatened"
    if rule.name in ("prosecute_agents", "target_officials") and any(
            c.dep_ == "aux" and c.lower_ in ("may", "could", "can", "might") for c in tok.children):
        return "threatened"     # "an officer who ... may be prosecuted under state law"
    if rule.name == "withhold_funding" and (any(c.dep_ == "aux" and c.lower_ in ("could", "might", "may")
                                                for c in tok.children) or _held_payment(tok)):
        return "threatened"     # "the letter stated that grants to Maine could be withheld if county jails ...", "will
        #                         hold the December payment until the County gives its officers access"
    if rule.name in ("prosecute_agents", "target_officials") and any(c.dep_ == "aux" and c.lower_ in ("will", "would")
                                                                   for c in tok.children) and any(
            (s.dep_ in ("nsubj", "nsubjpass") or (s.dep_ == "dobj" and any(
                d.dep_ == "det" and d.lower_ in ("any", "every") for d in s.children)))
            and any(g.dep_ == "relcl" for g in s.children) for s in tok.children):
        return "threatened"     # "any official who hides a wanted alien will be referred for prosecution",
        # "will investigate any official who hides ...": what happens to those who do it
    if rule.name in ("withhold_funding", "sue", "seek_penalties") and _is_verbal(tok) and any(
            c.dep_ == "aux" and c.lower_ in ("will", "'ll", "\u2019ll") for c in tok.children) and any(
            s.dep_ in ("dobj", "pobj") and any(d.dep_ == "det" and d.lower_ in ("any", "every") for d in s.children)
            and any(g.dep_ == "relcl" for g in s.children)
            for s in [*tok.children, *(g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("from", "against")
                                       for g in c.children)]):
        return "threatened"     # "the state will withhold jail grant money from any county that ends a detention
        #                         contract with ICE", "will sue any city that stops honoring ICE detainers"
    if rule.name == "prosecute_agents" and not _is_verbal(tok) and tok.dep_ == "dobj" and any(
            c.dep_ == "aux" and c.lower_ in ("will", "would") for c in tok.head.children) and any(
            p.dep_ == "pobj" and any(d.dep_ == "det" and d.lower_ in ("any", "every") for d in p.children)
            and any(g.dep_ == "relcl" for g in p.children)
            for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "against" for p in c.children):
        return "threatened"     # "will bring charges against any officer who seizes a witness"
    # ("does not honor detainers unless a judge signs a warrant": a refusal's "unless" is its exception)
    # (nor a prohibition's: "No County employee may give ICE ... unless a court orders it")
    # ("will keep releasing people held only on detainers unless a judge has signed a warrant": the policy's exception)
    exception_only = rule.name in _CONTENT_RULES | {"release_regardless"} or rule.negated or _prohibited(tok) or (
        # ("directed the State Patrol to decline every ICE request ... unless a judge has signed a warrant")
        rule.types.get(R.NONFED) == "bar_local_cooperation" and tok.lemma_.lower() in _REFUSALS)
    if not _shall_in(path) and any(_has_if_clause(t, marks=("if",) if exception_only else ("if", "unless"))
                                   and not _past_practice(t) for t in path) \
            and not (rule.name in _CONTENT_RULES and tok.dep_ in ("relcl", "acl")) \
            and not (rule.name in _BOUND_SUBJECT_RULES and (_prohibited(tok) or _only_when(tok))):
        # (an operative "shall ... unless" or "if ..., shall" states a rule in force, not a threat)
        # ("barring jails from holding people unless a judge has signed a warrant": the rule's exception)
        # (a rule's own exception, "an order which bars ... unless ICE presents a warrant", is no threat)
        return "threatened"
    if _OR_RISK.search(text[tok.idx:]):
        return "threatened"
    if any(_OR_ELSE_WILL.search(text[:t.idx]) for t in path if _is_verbal(t)):
        return "threatened"     # "repeal your resolution by March 31, 2028, or I will direct the Department to ..."
    if any(c.dep_ == "amod" and c.lower_ in ("potential", "possible", "threatened") for c in tok.children):
        return "threatened"
    # reported
    if any(l in R.REPORT for l in lem) or re.search(r"\b(reportedly|allegedly|according to|purportedly|upon information and belief|on information and belief)\b", text, re.I) \
            or _RECORDS_SHOW.search(text):
        return "reported"
    verb = next((t for t in path if _is_verbal(t)), None)
    # "DHS notified New York that its awards would be conditioned on honoring detainers": a condition set
    if tok.lemma_.lower() == "condition" and any(a.lemma_.lower() in ("notify", "inform", "tell", "advise")
                                                   and a.tag_ in ("VBD", "VBN") for a in path[1:]):
        return "enacted"
    # "adopted a resolution stating that city police will not ask ...": what an adopted text says is in force
    for t in path:
        if t.lemma_.lower() in ("state", "say", "declare", "provide", "specify") and t.dep_ in ("acl", "relcl") \
                and t.head.lemma_.lower() in R.INSTRUMENT_NOUNS and t.head.head.lemma_.lower() in R.ENACT \
                and t.head.head.tag_ in ("VBD", "VBN"):
            return "enacted"
    # announced
    past = verb is not None and (verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)))
    for t in path:
        for c in t.children:
            if c.dep_ == "aux" and c.lower_ == "shall" and not any(x.lower_ == "would" for x in sent.doc):
                # the operative "shall" of a resolution, order or statute: in force once adopted
                # (a bill's "shall" was caught above, as proposed)
                return "enacted"
            if c.dep_ == "aux" and c.lower_ == "would" and t.dep_ == "ROOT" and any(
                    g.dep_ == "nsubj" and g.lower_ == "it" for g in t.children):
                return "proposed"   # "It would also require sheriffs to ...": what the bill just named would do
            if c.dep_ == "aux" and c.lower_ == "would" and any(
                    g.dep_ == "nsubj" and _BILL_ID.match(g.doc[g.left_edge.i: g.i + 3].text.strip()) for g in t.children):
                return "proposed"   # "SB 214, introduced in January by Sen. X, would compel ...": the bill's content
            if c.dep_ == "aux" and c.lower_ in ("will", "'ll", "’ll") and t.dep_ == "conj" \
                    and t.head.lemma_.lower() == "be" and t.head.tag_ in ("VBZ", "VBP") \
                    and not any(x.dep_ in ("nsubj", "nsubjpass") for x in t.children):
                return "enacted"    # "New Mexico is and will remain a sanctuary state": so now, and to come
            if c.dep_ == "aux" and c.lower_ in ("will", "'ll", "’ll", "wo", "would") and not (
                    t.i != tok.i and any(x.dep_ == "csubj" and x.head.i == t.i and x.i < t.i for x in path)
                    and tok.tag_ == "VBG" and tok.lemma_.lower() in R.DEMAND):
                # (not the "would" of what a demand asks, the parse having made the demand its subject: "wrote to the
                # Governor demanding written assurance ... that New Mexico jails would honor ICE detainers")
                return "announced"
        if t.i != tok.i and t.lemma_.lower() in ("want", "wish", "like") and tok.lemma_.lower() in _SPEECH_ACTS:
            continue    # "I want to thank the officers of ICE": the thanks are given as it is said
        if t.i != tok.i and t.lemma_.lower() in R.ANNOUNCE and not past and not _power_granted(t) and not (
                t.lemma_.lower() == "set" and not any(c.dep_ == "xcomp" for c in t.children)):
            return "announced"      # ("is set to vote on ...", not "asks them to set aside their policies")
        if t.lower_ == "going" and any(c.lower_ == "to" for c in t.subtree):
            return "announced"
    if tok.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and any(
            c.dep_ == "aux" and c.lower_ in ("will", "'ll", "\u2019ll") for c in tok.head.children):
        return "announced"  # "the Department will amend its procedure by January 2028 to bar calls to ICE": to come
    return "enacted"


#: a transcript's speaker label before the sentence proper ("REPORTER (SMITH): ", "Q: ")
_LABEL = r"(?:[A-Z][A-Z.' -]{0,40}(?: \([^)]{1,60}\))?:\s+)?"
_INVERTED_IF = re.compile(r"^\W*" + _LABEL + r"(?:(?:Were|Had)\s+(?:the|a|an|this|that|its|their|it|they|he|she|either|any"
                          r"|each|both|our|his|her|my|[A-Z]\w+)"
                          r"\b[^,?]{0,120},|Should\s+\w+\b[^,?]{0,120}?\b(?:elect\w*|office|election|wins?|voters?)\b[^,?]{0,60},)")
# ("Should voters send him to the office, he would end the agreement" is a campaign's supposition; "Should the county
# keep releasing detainees, ERO will ask ..." and "Should the county walk away, the agency would move to cut off its
# share" are threats)


_TELLING = frozenset(("say", "tell", "testify", "describe", "recount", "recall", "claim", "write", "report", "add",
                      "explain", "note", "acknowledge", "confirm"))


def _telling_verb(tok):
    """The verb of saying whose reported clause holds the trigger ("ICE said Monday that its agents had arrested 71
    people", "He testified that his jail holds ..."), or None."""
    t = tok
    while t.head.i != t.i:
        if t.dep_ == "ccomp" and t.head.lemma_.lower() in _TELLING:
            return t.head
        t = t.head
    return None


def _told_by_state_or_federal_official(tok, S: "_Sent") -> bool:
    """The local practice is told by a state or federal official: "Senator X said the Chatham County and Clayton
    County sheriffs already notify ICE ..." (the county's own account is its act; a local official's account is
    read as the place's own, the people stage not always knowing whose official one is)."""
    verb = _telling_verb(tok)
    if verb is None:
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and verb.dep_ in ("advcl", "xcomp", "conj"):
        subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lower_ in ("i", "we", "he", "she", "they", "it"):
        return False
    who = [p for p in S.within(S.people, {x.i for x in subj.subtree}) if p.get("jurisdiction") or p.get("level")]
    if not who:
        return False
    if any(t.lemma_.lower() in ("adopt", "pass", "sign", "vote", "approve", "enact", "issue") and t.i < tok.i
           for t in [tok, *tok.ancestors]):
        return False    # ("noted that the Savannah City Council adopted an ordinance in October 2026 that bars ..."): a
        #                 measure's making is told as done, by whoever tells it
    return who[0].get("level") in ("state", "federal")


def _told_by_federal_side(tok) -> bool:
    """The act is the content of what a federal agency or its document says ("ICE's news release says troopers
    guarded the docks"), not the actor's own account."""
    verb = _telling_verb(tok)
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) if verb is not None else None
    return subj is not None and bool(R.CUES["federal"].search(" ".join(x.text for x in subj.subtree)))


def _told_by_someone(tok) -> bool:
    """The act is the content of someone's account: the trigger sits in the clause of a verb of saying."""
    return _telling_verb(tok) is not None


def _federal_asker(ask) -> bool:
    """The one who asks is federal: the subject of "asked", or of the verb whose letter is "asking"."""
    v = ask
    for _ in range(3):
        subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            text = " " + " ".join(t.lower_ for t in subj[0].subtree) + " "
            return bool(R.CUES["federal"].search(text) or "field office" in text)
        if v.head.i == v.i:
            break
        v = v.head
    return False


#: verbs of asking someone to do something ("asking the county to resume honoring detainers")
_ASKING = frozenset(("ask", "urge", "request", "press", "pressure", "lobby", "encourage", "implore", "beg", "want",
                     "seek", "expect", "tell"))
def _grant_terms(tok) -> bool:
    """``tok`` is what a grant's terms require ("OJP issued awards to Syracuse that required each city to give ICE
    48 hours' notice"): a clause whose subject is "that" or "which" standing for an award, or a verb under it."""
    x = tok
    while (x.dep_ in ("xcomp", "conj") or x.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                     for c in x.children)) and x.head.i != x.i:
        x = x.head      # (the parse's "required each city to give": "to give" an adverbial clause)
    if x.dep_ not in ("relcl", "ccomp") or not any(c.dep_ == "nsubj" and c.lower_ in ("that", "which")
                                                   for c in x.children):
        return False
    return x.head.lemma_.lower() in _FUNDING_NOUNS or any(
        d.dep_ == "dobj" and d.lemma_.lower() in _FUNDING_NOUNS for d in x.head.children)


#: what a grant's terms are terms of ("awards ... that required each city to ...")
_FUNDING_NOUNS = frozenset(("award", "grant", "subgrant", "fund", "funding", "contract", "payment"))
#: the public as a subject: "residents expect the sheriff to ..."
_THE_PUBLIC = frozenset(("resident", "people", "voter", "taxpayer", "family", "citizen", "constituent", "public",
                         "community", "neighbor", "neighbour", "parent"))
_OPENED_NOT_ACCESS = frozenset(("investigation", "inquiry", "probe", "case", "review", "hearing", "file", "session",
                                "meeting", "account", "audit", "fire", "talk", "negotiation", "discussion"))
_STOPPED_PEOPLE = frozenset(("driver", "motorist", "car", "vehicle", "truck", "pickup", "van", "people", "person",
                             "man", "woman", "worker", "traveler", "passenger", "resident", "him", "her", "them"))


#: a definition of a law or order: '(3) "Sanctuary policy" means ...', "Civil immigration enforcement means ..."
# (or a quoted term that "is any ...": 'Under Section 2 of the Act, an "immigration detention facility" is any building')
_DEFINITION = re.compile(r"^\W*(?:(?:Section|Sec\.|Article)\s+[\w.]{1,6}\s+Definitions?\.\s+)?"
                         r"(?:(?:As used in|In|Under|For (?:the )?purposes of) (?:this|the) [\w ]{1,40}?,\s*)?"
                         r"(?:\(?\w{1,3}[.)]\s*)*(?:(?:an?|the) (?=[a-z\"\u201c']))?[\"\u201c']?[A-Za-z][\w \-]{0,60}?[\"\u201d']?\s+(?:means|shall mean)\b(?!\s+that)"
                         r"|^\W*(?:Under [^,]{3,60}, )?(?:an? |the )?[\"\u201c][^\"\u201d]{3,60}[\"\u201d] (?:is|are) (?:any|every|each|an?)\b")


#: a glossary entry: "3.1 Detainer: a request from ICE ..." (a speaker's label is followed by a sentence, "Host: A ...")
_GLOSSARY = re.compile(r"^\W*(?:\d+(?:\.\d+)*\.?\s+|\(?[a-z]\)\s+)?[A-Z][\w\-]*(?: [\w\-]+){0,4}:\s*(?:an?)\s"
                       # (a lettered entry of a definitions section: "A. Detainer: A written request from ICE ...")
                       r"|^\W*[A-Z][.)]\s+[A-Z][\w\-]*(?: [\w\-]+){0,4}:\s*[Aa]n?\s")

#: what a generic sentence defines: "A detainer asks a jail to hold ...", "An immigration detainer is a request"
_DEFINED_NOUNS = {"detainer", "warrant", "request", "form", "subpoena", "hold", "notification"}


_EDITORIAL_LINE = re.compile(r"^\W*(?:editor\W?s[\s\u2019']*notes?|correction|clarification"
                             # a web page's link to another story: "RELATED: Sheriff signs ICE jail deal"
                             r"|related(?: stor(?:y|ies)| coverage)?|read more|see also|more coverage|watch|listen)"
                             r"\s*[:\u2014-]", re.I)
#: the subject line of a memo or letter: what the text is about, not an act ("SUBJECT: Ending the police
#: department's sharing of information with ICE", "Re: Responding to detainer requests")
_SUBJECT_LINE = re.compile(r"^\W*(?:subject|re|regarding|topic)\s*:", re.I)
#: words that make a noun a whole class ("every sheriff", "each agreement", "all jails", "any county")
_CLASS_WORDS = frozenset(("every", "each", "all", "any"))
_ENABLING_SUBJECTS = frozenset(("law", "statute", "section", "act", "code", "provision", "regulation", "rule"))
#: the parties of a deal as its terms name them: "either side may end it", "any party may terminate"
_PARTY_WORDS = frozenset(("either", "side", "party", "parties", "signatory", "both"))


_SETTING_UP = frozenset(("launch", "create", "fund", "start", "open", "set", "establish", "expand", "run", "operate",
                         "announce", "approve", "spend", "unveil", "begin", "build", "finance", "pay", "add", "form"))


def _set_up(noun) -> bool:
    """The noun is what a verb of setting up or paying for acts on: "launched a hotline", "voted to spend
    $180,000 on a hotline", "a hotline was set up"."""
    verb = noun.head if noun.dep_ in ("dobj", "nsubjpass", "conj") else (
        noun.head.head if noun.dep_ == "pobj" else None)
    return verb is not None and verb.lemma_.lower() in _SETTING_UP


_CUT_WORDS = re.compile(r"\b(?:cut|cuts|withh[oe]ld\w*|pull\w*|revok\w*|tak\w* away|lose|lost|terminat\w*|freez\w*|frozen)\b", re.I)


def _funds_cut_if(verb) -> bool:
    """An "if" clause of the verb about money cut off: "if the money is cut", "if they pull the grants"."""
    for c in verb.children:
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children):
            text = " ".join(t.text for t in c.subtree)
            if R.CUES["funding"].search(text.lower()) and _CUT_WORDS.search(text):
                return True
    return False


def _contract_term(verb) -> bool:
    """A right a deal gives its parties ("either side may end the agreement with 90 days' notice") or its
    term ("The agreement expires on June 30, 2028"; but "Each agreement ... expires on the effective date
    of this act" is a law ending them all)."""
    if verb.lemma_.lower() in ("expire", "lapse") and verb.head.i != verb.i and verb.head.lemma_.lower() in (
            "let", "allow", "permit"):
        return False    # "voted to let their county's contract with ICE expire": a decision, not the deal's term
    if verb.lemma_.lower() in ("expire", "lapse") and verb.tag_ in ("VBZ", "VBP"):
        if any(c.dep_ == "conj" and c.lemma_.lower() in ("renew", "extend", "reauthorize") for c in verb.children):
            return False    # "expires June 30, 2028, and will not be renewed": a decision told with the term
        return not any(c.dep_ in ("aux", "auxpass") for c in verb.children) and not any(
            c.dep_ == "nsubj" and any(d.lower_ in _CLASS_WORDS for d in c.children) for c in verb.children)
    if not any(c.dep_ == "aux" and c.lower_ in ("may", "can", "could") for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and (subj.lower_ in _PARTY_WORDS or subj.lemma_.lower() in _PARTY_WORDS or any(
        d.lower_ in ("either", "any", "each") and d.dep_ in ("det", "predet") for d in subj.children)
        and subj.lemma_.lower() in ("side", "party", "signatory", "government", "agency"))


#: acts of enforcement a gerund can name ("Arresting a parent at a bus stop is cruel"); the generic verbs
#: among them count only in a sentence about agents, troops, ICE or federal money
_HARSH_ACTS = frozenset(("arrest", "detain", "grab", "drag", "deport", "raid", "handcuff", "seize", "snatch", "cage",
                         "round", "chase", "separate", "jail", "terrorize", "ambush", "hunt"))
_GENERIC_ACTS = frozenset(("take", "put", "send", "pull", "cut", "freeze", "target", "deploy", "station", "use",
                           "withhold", "strip", "punish", "threaten", "march", "storm", "profit"))
_VERDICT_ADJ = frozenset(("wrong", "cruel", "shameful", "disgraceful", "unacceptable", "outrageous", "inhumane",
                          "immoral", "reckless", "unconscionable", "appalling", "despicable", "disgusting", "abhorrent",
                          "unjust", "heartless", "indefensible", "traumatizing", "barbaric", "senseless", "inexcusable",
                          "obscene", "vile", "callous", "brutal", "needless", "un-american", "unamerican", "cowardly",
                          "sickening", "chilling", "terrifying", "dangerous", "illegal", "unlawful", "unconstitutional"))
_VERDICT_NOUN = frozenset(("intimidation", "cruelty", "theater", "theatre", "terror", "harassment", "disgrace",
                           "outrage", "abuse", "stunt", "shame", "travesty", "betrayal", "bullying", "terrorism"))
_SCARE = frozenset(("frighten", "scare", "intimidate", "terrorize", "terrify", "punish", "humiliate"))


#: who carries out an enforcement act, named as the subject of a verdict on it
_AGENT_NOUNS = frozenset(("agent", "officer", "trooper", "soldier", "deputy"))
#: nouns naming an enforcement act that a verdict can be passed on ("Those arrests were a disgrace")
_ACT_NOUNS = frozenset(("arrest", "raid", "sweep", "roundup", "detention", "crackdown", "deployment", "operation"))


def _judged_act(doc):
    """The gerund (or a pointed-to act noun) that names an enforcement act as the subject of the sentence's
    verdict, or None: "Dragging families out of bed is not how you keep a city safe", "Those arrests were
    a disgrace"."""
    return next(_judged_acts(doc), None)


def _judged_acts(doc):
    """Every phrase :func:`_judged_act` would name, in the sentence's order."""
    for t in doc:
        if t.dep_ == "nsubj" and t.pos_ == "NOUN" and t.lemma_.lower() in _ACT_NOUNS and (any(
                d.dep_ == "det" and d.lower_ in ("that", "those", "this", "these") for d in t.children) or (
                # "a raid that treats a soccer coach like a fugitive does not make one family safer"
                any(d.dep_ == "det" and d.lower_ in ("a", "an", "the") for d in t.children)
                and any(d.dep_ == "relcl" for d in t.children))) \
                and _verdict(t.head):
            yield t
        if t.dep_ == "csubj" and t.lemma_.lower() in ("do", "happen") and _what_clause(t) and _verdict(t.head):
            yield t         # "What ICE did that morning was cruel", "What happened at the plant was wrong"
        if t.dep_ == "nsubj" and t.lemma_.lower() in _AGENT_NOUNS and _verdict(t.head) and any(
                c.dep_ == "acl" and c.tag_ == "VBG" and (c.lemma_.lower() in _HARSH_ACTS or c.lemma_.lower() in _GENERIC_ACTS)
                for c in t.children):
            yield t         # "masked agents pulling parents out of carpool lines made no one safer"
        if t.tag_ != "VBG":
            continue
        if t.dep_ in ("csubj", "csubjpass", "nsubj"):
            head, phrase = t.head, t
        elif t.dep_ == "amod" and t.i == t.head.i - 1 and t.head.dep_ in ("nsubj", "nsubjpass") and (
                t.i == 0 or doc[t.i - 1].is_punct or doc[t.i - 1].lower_ in ("that", "but", "and")):
            head, phrase = t.head.head, t.head      # "Arresting men ... is meant to frighten" (parsed as a modifier)
        else:
            continue
        lemma = t.lemma_.lower()
        if lemma not in _HARSH_ACTS and not (lemma in _GENERIC_ACTS and _about_enforcement(doc)):
            continue
        if _verdict(head):
            yield phrase


def _what_clause(verb) -> bool:
    """A "what" clause about an enforcement act: "What ICE did", "what the agents did", or "what happened"
    in a sentence about agents or ICE."""
    if not any(c.lower_ == "what" for c in verb.children):
        return False
    if verb.lemma_.lower() == "happen":
        return _about_enforcement(verb.doc)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    texts = _scope_texts(list(subj.subtree))
    return _cue("agents", texts) or _cue("ice", texts)


def _about_enforcement(doc) -> bool:
    """The sentence is about agents, troops, ICE or federal money (what a generic verb like "sending" acts on)."""
    texts = _scope_texts(list(doc))
    return _cue("agents", texts) or _cue("ice", texts) or bool(_FEDERAL_MONEY.search(doc.text) or re.search(
        r"\b(?:soldiers|troops|guard|deportation|handcuffs|enforcement|money|grants?|funds|funding)\b", doc.text, re.I))


def _verdict(head) -> bool:
    """A harsh judgment as the predicate: "is wrong", "is not public safety", "does nothing for ...",
    "does not make one family safer", "is meant to frighten", "makes every one of us less safe"."""
    kids = list(head.children)
    neg = any(c.dep_ == "neg" for c in kids)
    lemma = head.lemma_.lower()
    if lemma == "be":
        if any(c.dep_ == "acomp" and c.lower_ in _VERDICT_ADJ for c in kids):
            return True
        if any(c.dep_ == "attr" and (c.lemma_.lower() in _VERDICT_NOUN or neg) for c in kids):
            return True     # "is intimidation", "is not public safety", "is not how you keep a city safe"
        if neg and any(c.dep_ in ("ccomp", "advcl") and any(g.lower_ == "how" for g in c.subtree) for c in kids):
            return True
    if lemma == "do" and any(c.dep_ == "dobj" and c.lower_ == "nothing" for c in kids):
        return True
    if lemma == "make" and any(t.lower_ in ("safer", "safe") for t in head.subtree) and (
            neg or any(t.lower_ in ("less", "nobody") for t in head.subtree)
            or any(t.lower_ == "no" and (t.head.lower_ == "one" or (
                t.dep_ == "det" and t.head.dep_ in ("dobj", "conj", "nsubj"))) for t in head.subtree)):
        return True     # ("made no one in this city safer", "makes no child and no neighborhood safer")
    if lemma == "mean" and any(c.dep_ == "xcomp" and c.lemma_.lower() in _SCARE for c in kids):
        return True
    if lemma in ("seem", "look", "feel", "sound") and any(c.dep_ == "acomp" and c.lower_ in _VERDICT_ADJ for c in kids):
        return True     # "seems cruel"
    return lemma in _SCARE      # "terrifies every family on the block"


_QUANTITY_HEADS = frozenset(("hundred", "hundreds", "dozen", "dozens", "thousand", "thousands", "number", "all",
                             "some", "many", "most", "rest", "bulk", "majority", "group", "team", "squad", "contingent",
                             "more", "several"))


def _counted(noun):
    """What a quantity counts: "agents" in "the hundreds of additional agents", else the noun itself."""
    if noun.lower_ in _QUANTITY_HEADS or noun.lemma_.lower() in _QUANTITY_HEADS or noun.pos_ == "NUM":
        for p in noun.children:
            if p.dep_ == "prep" and p.lower_ == "of":
                obj = next((o for o in p.children if o.dep_ == "pobj"), None)
                if obj is not None:
                    return obj
    return noun


def _officials_targeted(verb) -> bool:
    """Whom an arrest verb acts on is a local official: its object, or its subject when passive
    ("agents arrested a city council member", "the mayor was detained")."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    deps = ("nsubjpass",) if passive else ("dobj",)
    return any(c.dep_ in deps and R.CUES["local_official"].search(" ".join(t.text for t in c.subtree).lower())
               for c in verb.children)


#: verbs that ban, and verbs that limit: a ban on a policy that limits cooperation is a mandate to cooperate
_BANS = frozenset(("bar", "forbid", "prohibit", "ban", "void", "preempt", "nullify", "invalidate", "outlaw", "override"))
_LIMITS = frozenset(("limit", "restrict", "prohibit", "bar", "prevent", "interfere", "stop", "forbid", "hinder",
                     "impede", "obstruct", "block", "ban", "refuse", "decline"))
#: verbs that make something smaller: "narrows the help that jails may give to ICE"
_NARROWS = frozenset(("narrow", "reduce", "curb", "shrink", "cut", "curtail", "scale", "rein"))
_POLICY_NOUNS = frozenset(("policy", "rule", "ordinance", "resolution", "regulation", "practice", "order",
                           "directive", "measure", "law", "procedure"))
_MAKE_POLICY = frozenset(("adopt", "enforce", "enact", "maintain", "keep", "pass", "implement", "have", "issue"))


def _bans(t) -> bool:
    """A verb of banning, also when the small model tags it a noun ("Section 5 voids any ...")."""
    return t.lemma_.lower() in _BANS or (t.dep_ in ("ROOT", "conj", "relcl") and re.sub(r"s$", "", t.lower_) in _BANS)


def _limiting_policy(noun) -> bool:
    """A policy noun whose own clause limits: "policies that limit cooperation", "any policy restricting ..."."""
    return noun.lemma_.lower() in _POLICY_NOUNS and any(
        c.dep_ in ("relcl", "acl") and c.lemma_.lower() in _LIMITS for c in noun.children)


#: what a limit on cooperation limits: "the enforcement of federal immigration law", "cooperation with ICE"
_LIMITED_WORK = re.compile(r"\b(?:enforcement|cooperation|communication|compliance|detainers?|ICE|immigration)\b", re.I)


def _limit_banned(tok) -> bool:
    """The trigger bans limits on cooperation: "bars cities from adopting policies that limit cooperation",
    "forbids cities to adopt any policy that prohibits ...", "voids any local policy that limits ...",
    "No state agency shall adopt any policy that restricts ...", or is the limiting verb of such a policy."""
    def banned_policies(verb):
        out = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        for c in verb.children:     # "from adopting X", "to adopt X"
            # (and their conjuncts: "from adopting or enforcing any policy that ...")
            if c.dep_ == "prep" and c.lower_ == "from":
                out += [g for p in c.children for q in (p, *p.conjuncts) if q.lemma_.lower() in _MAKE_POLICY
                        for g in q.children if g.dep_ == "dobj"]
            if c.dep_ in ("xcomp", "ccomp", "advcl"):
                out += [g for q in (c, *c.conjuncts) if q.lemma_.lower() in _MAKE_POLICY
                        for g in q.children if g.dep_ == "dobj"]
        return out

    lemma = tok.lemma_.lower()
    if lemma in _BANS and any(_limiting_policy(n) for n in banned_policies(tok)):
        return True
    if lemma in _BANS and any(any(q.lemma_.lower() in _POLICY_NOUNS for q in n.conjuncts) and any(
            c.dep_ in ("relcl", "acl") and c.lemma_.lower() in _LIMITS for q in (n, *n.conjuncts) for c in q.children)
            for n in banned_policies(tok)):
        return True     # "would void any county or municipal ordinance, order or policy that limits compliance with
        #                 ICE detainers" (the clause hung on the list's first word)
    if lemma in _BANS and any(c.dep_ == "prep" and c.lower_ == "from" and any(
            q.lemma_.lower() in _LIMITS and q.tag_ == "VBG" and any(
                g.dep_ == "dobj" and _LIMITED_WORK.search(" ".join(x.text for x in g.subtree)) for g in q.children)
            for p in c.children for q in (p, *p.conjuncts)) for c in tok.children):
        return True     # "has barred cities and counties from limiting the enforcement of federal immigration law"
    if lemma in _BANS and any(c.dep_ in ("xcomp", "ccomp", "advcl") and any(
            q.lemma_.lower() in _LIMITS and q.tag_ == "VB" and any(
                g.dep_ == "dobj" and _LIMITED_WORK.search(" ".join(x.text for x in g.subtree)) for g in q.children)
            for q in (c, *c.conjuncts)) for c in tok.children):
        return True     # "forbids Mississippi's public universities to limit cooperation with federal immigration ..."
    if lemma in _BANS and any(c.dep_ in ("xcomp", "ccomp", "advcl") and c.lemma_.lower() in _MAKE_POLICY and any(
            g.dep_ == "dobj" and any(n.dep_ in ("nmod", "compound") and n.lemma_.lower() in _POLICY_NOUNS and any(
                a.dep_ in ("acl", "relcl") and a.lemma_.lower() in _LIMITS for a in n.children) for n in g.children)
            and _LIMITED_WORK.search(g.text) for g in c.children) for c in tok.children):
        return True     # "forbids any county to adopt a policy limiting cooperation with ...", the policy parsed as a
        #                 modifier of "cooperation"
    ban, limit = _ban_then_limit(tok)
    if tok.i in (ban, limit):
        return True         # the same, when the small model hangs "to limit" on another verb
    if (lemma in _LIMITS or lemma == "keep" and any(c.dep_ == "prep" and c.lower_ in ("from", "out") for c in tok.children)) \
            and tok.dep_ in ("relcl", "acl") and tok.head.lemma_.lower() in _POLICY_NOUNS:
        # (or keeps from it: "voids any local policy that keeps police from asking about immigration status")
        policy = tok.head
        governor = policy.head
        if policy.dep_ in ("dobj", "nsubjpass") and _bans(governor):
            return True
        if policy.dep_ == "dobj" and governor.lemma_.lower() in _MAKE_POLICY:
            top = governor
            while top.dep_ == "conj":
                top = top.head
            if any(c.dep_ == "nsubj" and any(d.lower_ == "no" for d in c.children) for c in top.children):
                return True     # "No state agency shall adopt or enforce any policy that restricts ..."
            if _bans(top.head) or (top.dep_ == "pcomp" and _bans(top.head.head)):
                return True
    if lemma in _MAKE_POLICY and any(_limiting_policy(c) for c in tok.children if c.dep_ == "dobj"):
        top = tok
        while top.dep_ == "conj":
            top = top.head
        return any(c.dep_ == "nsubj" and any(d.lower_ == "no" for d in c.children) for c in top.children)
    return False


#: the localities a state tells what to do: "telling districts to answer ICE requests"
_LOCALITIES = frozenset(("district", "county", "city", "municipality", "locality", "sheriff", "jail", "school",
                         "town", "subdivision"))


#: what names a building, not a body that keeps records: "Justice Center", "Detention Center"
_FACILITY_WORDS = frozenset(("justice", "detention", "correctional", "correction", "corrections", "enforcement",
                             "government", "civic", "medical", "health", "processing", "booking", "juvenile",
                             "convention", "judicial", "courts", "court"))


def _declined_renewal(tok, head) -> bool:
    """``head`` declines the renewal at ``tok``: "Cibola County declined to renew its ICE agreement" (the refusal is
    the negation the not-renewing rule wants)."""
    return tok.dep_ == "xcomp" and head.i == tok.head.i and head.lemma_.lower() in ("decline", "refuse")


def _tells_localities(tok) -> bool:
    """The help at ``tok`` is what its governing verb tells localities to give ("guidance telling districts to
    answer ICE requests", "directed every sheriff to notify ICE")."""
    h = tok.head
    return _is_verbal(tok) and tok.dep_ in ("xcomp", "ccomp") and h.lemma_.lower() in (
        "tell", "direct", "order", "instruct", "require") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _LOCALITIES for c in h.children)


def _ban_then_limit(tok) -> tuple:
    """Token indices of "forbids any city to limit communication with federal immigration authorities" read in
    word order (a verb of banning, its object, "to", a verb of limiting with an object of cooperation), or
    (None, None): the small model may hang "to limit" on an earlier verb, so the tree cannot tell."""
    doc = tok.doc
    for b in doc:
        if b.lemma_.lower() not in _BANS:
            continue
        to = next((t for t in doc[b.i + 1:b.i + 6] if t.tag_ == "TO"), None)
        if to is None or to.i + 1 >= len(doc) or not all(t.pos_ in ("DET", "NOUN", "PROPN", "ADJ")
                                                          for t in doc[b.i + 1:to.i]):
            continue
        v = doc[to.i + 1]
        if v.lemma_.lower() in _LIMITS and _LIMITED_WORK.search(doc[v.i + 1:v.i + 8].text):
            return b.i, v.i
    return None, None


def _not_an_act(doc) -> bool:
    """A sentence that reports no one's act, whatever its words: a definition ('"Sanctuary policy" means
    ...', "3.1 Detainer: a request ...", "An immigration detainer is a request that ..."), a legal standard
    ("A plaintiff ... must show ..."), a publisher's note ("Editor's note: ..."), the lead-in to a list
    ("the Court orders as follows:"), a term of a deal ("either side may end the agreement ...")."""
    text = doc.text
    if _DEFINITION.match(text) or _GLOSSARY.match(text) or _EDITORIAL_LINE.match(text) or _SUBJECT_LINE.match(text) \
            or _generic_definition(doc):
        return True
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None:
        return False
    if re.search(r"\bas follows\W*$", text, re.I) and not any(c.dep_ in ("dobj", "ccomp") for c in root.children):
        return True     # (not "brings this civil action ... and alleges as follows:")
    if re.match(r"\W*Under (?:the|a|this|that|its) (?:[\w()-]+ ){0,3}models?\b", text) and any(
            c.dep_ == "aux" and c.lower_ in ("may", "can") for c in doc[0].head.children):
        return True     # "Under the jail enforcement model, designated deputies may question ...": what a model allows
    return _is_verbal(root) and _contract_term(root)


def _generic_definition(doc) -> bool:
    """A sentence that says what a kind of thing is or does, not what someone did: "An immigration detainer
    is a written request that a jail hold ...", "WHEREAS, a detainer asks a jail to keep ..."."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None:
        return False
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "NOUN" or not any(
            d.dep_ == "det" and d.lower_ in ("a", "an") for d in subj.children):
        return False
    if subj.lemma_.lower() in ("plaintiff", "movant", "petitioner", "applicant", "party") and any(
            c.dep_ == "aux" and c.lower_ in ("must", "may", "need") for c in root.children):
        return True     # "A plaintiff seeking a preliminary injunction must show ...": the law's standard
    if root.lemma_ == "be":
        return any(c.dep_ == "attr" and c.pos_ == "NOUN" and any(
            d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children) for c in root.children)
    return root.tag_ == "VBZ" and subj.lemma_.lower() in _DEFINED_NOUNS


_REFUSALS = frozenset(("refuse", "decline", "reject", "ignore", "deny", "turn", "resist"))


_CONDITION_BEFORE = re.compile(r"\b(?:without|unless|absent|only (?:with|when|if|upon|after|under)|except (?:with|under))\b",
                               re.I)


#: what an ultimatum gives: time ("gave the city 30 days", "until Friday", "a deadline")
_GIVEN_TIME = frozenset(("day", "week", "month", "hour", "year", "deadline", "ultimatum", "until", "till", "time",
                         "window", "grace"))


#: people a government can bring somewhere in numbers ("brought 30 deportation officers into Colorado")
_FORCES = re.compile(r"\b(?:officers|agents|troops|guardsmen|soldiers|personnel|teams?|forces|deputies)\b")


#: words of ICE or its officers as a subject ("ICE officers", "immigration agents", "federal personnel")
_AGENT_WORDS = re.compile(r"\b(?:ice|immigration|agents?|officers?|federal|dhs|hsi|ero|cbp|they|personnel|employees?"
                          r"|no one|nobody|anyone|staff)\b", re.I)


def _look_alike(tok, rule: R.Rule) -> bool:
    """A trigger word used in another sense or about something else than its rule means:
    a traffic stop, an investigation opened, an attempt ("tried to"), arrests made by agents."""
    if any(any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "nothing" and any(
            p.dep_ == "prep" and p.lower_ == "in" for p in c.children) for c in a.children)
           for a in [tok, *tok.ancestors]):
        return True     # "nothing in this letter requires any officer to enforce ...": a savings clause
    if _not_an_act(tok.doc):
        return True
    if rule.name == "investigate_agents" and tok.lower_ in ("jury", "juries") and tok.dep_ in ("dobj", "dative", "pobj") \
            and tok.head.lemma_.lower() in ("tell", "testify", "to", "before", "inform", "show"):
        return True     # "told the Grand Jury that two deputies closed a road": a witness, not an inquiry opened
    if rule.name == "no_ice_access" and _is_verbal(tok) and any(
            c.dep_ == "nsubj" and not _AGENT_WORDS.search(" ".join(t.text for t in c.subtree)) for c in tok.children):
        return True     # "The public cannot see how often the jail cooperates with ICE": not ICE kept from seeing
    if rule.name == "no_longer_assist" and tok.lemma_.lower() == "keep" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in ("record", "log", "track", "count", "list", "tally", "statistic")
            for c in tok.children):
        return True     # "keeps no record of what ICE officers view": no bookkeeping, no refusal
    if rule.types.get(R.NONFED) == "assist_ice" and tok.dep_ == "pcomp" and tok.head.lower_ == "for" and any(
            v.lemma_.lower() in R.PRAISE_VERBS for v in (tok.head.head, tok.head.head.head)):
        return True     # "praised the sheriffs of Horry and Spartanburg counties for honoring ICE detainers": what is
        #                 praised, told as its reason (the praise is the act)
    if rule.name == "sue" and tok.lemma_.lower() in ("complaint", "complaints") and any(
            c.dep_ in ("amod", "compound") and c.lower_ == "criminal" for c in tok.children):
        return True     # "A federal criminal complaint unsealed today charges X": a prosecution, not a lawsuit
    if rule.name == "enter_agreement" and tok.lemma_.lower() in ("adopt", "pass", "enact") and any(
            c.dep_ in ("dobj", "nsubjpass") and any(t.lemma_.lower() in _LOCAL_LAWS for t in c.subtree if t.i <= c.i)
            and not any(
                t.lemma_.lower() in _AGREEING for t in c.subtree) for c in tok.children):
        return True     # "adopted Ordinance No. 14-2028, which bars detention facilities operated under contract
        #                 with a federal immigration agency": a law adopted, no agreement entered
    if rule.name == "keep_access_open" and not any(
            c.dep_ in ("ccomp", "xcomp", "oprd", "acomp", "advmod", "prt") and c.lower_ in ("open", "active", "running", "on")
            for t in (tok, *(c for c in tok.children if c.dep_ in ("dobj", "ccomp"))) for c in t.children):
        return True     # ("kept the ICE agreement on file", "keeps records of ICE requests": nothing left open)
    if rule.name == "give_access" and tok.lemma_.lower() in ("send", "mail", "email", "e-mail", "fax", "forward") and any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _NOT_HELP_SENT for c in tok.children):
        return True     # "The Treasurer sent ICE a demand for late-payment interest": no help given (nor "the letter
        #                 to ICE would be mailed on Thursday")
    if rule.name == "give_access" and tok.lemma_.lower() == "issue" and not any(
            c.lemma_.lower() in _ACCESS_THINGS for c in tok.subtree if c.pos_ == "NOUN"):
        return True     # "issued a formal opinion", "issued guidance to every sheriff": no access given
    if rule.name in ("no_money_for", "no_disclosure") and not any(c.dep_ == "aux" and c.lower_ in ("may", "shall", "can", "will", "must")
                                               for c in tok.children):
        return True     # "The county spent no money on the ICE agreement": a fact, not a rule (nor "did not share")
    if rule.name == "restrict_sites" and tok.lemma_.lower() == "keep" and _is_verbal(tok) and not any(
            c.lower_ in ("out", "away", "off", "from", "closed", "clear", "free", "outside", "secure", "private")
            for c in (*_own_words(tok), *tok.doc[tok.i + 1: tok.i + 9])):
        return True     # "shall keep a confidential log of encounters between immigration agents and ...": a record
    if rule.name == "end_agreement" and tok.lemma_.lower() in ("expire", "lapse") and any(
            c.dep_ == "conj" and c.lemma_.lower() in ("renew", "extend", "reauthorize") and not _negated(c)
            for c in tok.children):
        return True     # "That agreement expires this summer, and I will renew it": kept, not ended
    if not _is_verbal(tok) and tok.lower_ == "end" and any(
            p.dep_ == "prep" and p.lower_ == "of" and any(
                o.dep_ == "pobj" and (o.ent_type_ in ("DATE", "TIME") or o.lower_ in _TIME_NOUNS) for o in p.children)
            for p in tok.children):
        return True     # "will sign a 287(g) agreement by the end of October": a time, not an ending
    if rule.name == "target_officials" and tok.lemma_.lower() == "refer" and not any(
            c.dep_ == "prep" and c.lower_ == "for" and any(g.lemma_.lower() in ("prosecution", "charge", "indictment")
                                                           for g in c.children) for c in tok.children):
        return True     # "will be referred to the Justice Department for prosecution", not "referred questions"
    if rule.name == "court_nouns" and tok.lower_ in ("order", "orders") and _CONDITION_BEFORE.search(
            tok.doc[max(tok.sent.start, tok.i - 14): tok.i].text):
        return True     # "only with written parental consent, a judicial subpoena or a court order": a condition
    if rule.name == "give_access" and tok.lemma_.lower() == "turn" and not any(
            c.dep_ in ("prt", "advmod", "prep") and c.lower_ in ("over", "in") for c in tok.children) \
            and not (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in ("over", "in")):
        return True     # "turned 40 people over to ICE", not "turned to ICE for help"
    if rule.name == "deployment" and tok.lemma_.lower() == "bring" and not any(
            c.dep_ in ("dobj", "nsubjpass") and _FORCES.search(" ".join(g.lower_ for g in c.subtree))
            for c in tok.children):
        return True     # "brought 30 deportation officers into Colorado", not "brought suit", "bring the hangar"
    if rule.name == "no_arrest_at_sites" and not any(
            c.dep_ == "aux" and c.lower_ in ("may", "shall", "can", "must") for c in tok.children):
        return True     # a rule ("no one may be arrested ..."), not a fact ("no one was arrested at the courthouse")
    if rule.name == "no_arrest_at_sites" and tok.lemma_.lower() in ("take", "make", "carry") and not any(
            t.lower_ in ("custody", "arrest", "arrests") for t in tok.subtree):
        return True     # "taken into custody", "make a civil immigration arrest"; not "take part in"
    if rule.name == "end_agreement" and tok.lemma_.lower() == "shut" and not any(
            c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in tok.children):
        return True     # "shut down its 287(g) program", not "shut the jail's doors"
    if rule.name == "review_conduct" and _is_verbal(tok) and any(
            c.dep_ == "dobj" and c.lemma_.lower() in R.INSTRUMENT_NOUNS for c in tok.children):
        return True     # "is reviewing a resolution of the council that bars ...": a law read, not conduct probed
    if rule.name == "close_jail" and not any(
            c.dep_ in ("prep", "dative") and c.lower_ == "to" and R.CUES["ice"].search(
                " " + " ".join(g.lower_ for g in c.subtree) + " ") for c in tok.children):
        return True     # "closed the booking area to ICE officers", not "closed the road while agents ..."
    if rule.name == "cut_off_access" and not any(c.dep_ in ("prt", "advmod") and c.lower_ == "off"
                                                 for c in tok.children):
        return True     # "cut ICE's access off", "switched off ...": not "cut the budget", "turned to ICE"
    if tok.lemma_.lower() == "turn" and rule.name == "refuse_detainer_word" and not any(
            c.dep_ in ("prt", "advmod") and c.lower_ in ("away", "down") for c in tok.children):
        return True     # "turned away 417 detainers", not "turned over"
    if rule.name == "prosecute_agents" and _is_verbal(tok) and any(c.dep_ == "advcl" for c in tok.children):
        cond = {t.i for c in tok.children if c.dep_ == "advcl" for t in c.subtree}
        own = " ".join(t.text for t in tok.subtree if t.i != tok.i and t.i not in cond)
        # whom "them"/"they" stands for: the subject of the "if" clause ("If ICE agents break state law, we
        # will charge them"; "If people put their hands on an officer, they will be arrested": agents are the victims)
        cond_subj = " ".join(t.text for c in tok.children if c.dep_ == "advcl" for s in c.children
                             if s.dep_ in ("nsubj", "nsubjpass") for t in s.subtree)
        if not R.CUES["agents"].search(own) and not R.CUES["agents"].search(cond_subj):
            return True
    if rule.name == "ultimatum" and tok.lemma_.lower() == "letter" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in (
            "call", "label", "brand", "describe", "dismiss", "deride", "mock", "criticize", "criticise", "blast"):
        return True     # "a DHS spokesperson called the letter 'sanctuary grandstanding'": the city's letter, named
    if rule.name == "tell_release" and any(c.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ == "that"
                                                                      for g in c.children) for c in tok.children):
        return True     # "to tell ERO that the Department will keep declining ...": a message, not a release date told
    if rule.name == "require_cooperation" and any(
            c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in ("tell", "inform", "advise", "answer", "reply", "respond",
                                                                 "notify", "write")
            and any(g.dep_ == "ccomp" for g in c.children) for c in tok.children):
        return True     # "directed the chief to tell ERO that the Department will keep declining civil detainers": a
        #                 message to send, whose content is coded on its own
    if rule.name == "removal_flights" and not (any(c.dep_ == "nummod" for c in tok.children) and (
            tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in ("run", "operate", "fly", "conduct",
                                                                                "charter", "launch", "depart")
            or tok.dep_ == "nsubj")):
        return True     # only flights counted as flown ("ran 37 removal charter flights"), not flights named or barred
    if rule.name == "target_officials" and tok.lemma_.lower() == "inquiry" and tok.head.lemma_.lower() not in (
            "open", "launch", "begin", "start", "initiate", "conduct", "announce", "pursue"):
        return True     # only an inquiry opened ("will open a criminal inquiry into ..."), not one named ("branded the
        #                 inquiry 'a witch hunt'")
    if rule.name == "call_names" and _under_praise(tok):
        return True     # "He thanked the Sheriff's Office for what he called 'a partnership that works'": the thanks
        #                 are the act
    if rule.name == "court_verbs" and re.match(r"\s*(?:an? |the |its |her |his )?(?:new )?(?:administrative|standing) order\b",
                                               tok.doc.text[tok.idx + len(tok.text):], re.I):
        return True     # "Chief Judge X issued Administrative Order 2028-2, which bars ...": the court's rule, coded by
        #                 what it bars, not a ruling
    if rule.name == "court_nouns" and tok.lemma_.lower() == "order" and any(
            c.dep_ in ("compound", "amod") and c.lower_ in ("administrative", "standing") for c in tok.children):
        return True
    if rule.name == "require_cooperation" and _JUDGE_BEFORE.search(tok.doc.text[:tok.idx]) \
            and R.CUES["ice"].search(" " + tok.doc.text[tok.idx + len(tok.text):tok.idx + len(tok.text) + 40].lower()):
        return True     # "A federal judge in Milwaukee ordered ICE to release one of the students": a ruling
    if rule.name == "send_personal_data" and not any(
            c.dep_ in ("dobj", "dative", "nsubjpass") and R.CUES["personal_items"].search(
                " ".join(g.lower_ for g in sorted(_span_tokens(c), key=lambda g: g.i))) for c in tok.children):
        return True     # the details are what is handed over ("passed an ordinance that bars giving ICE an address")
    if rule.name == "send_personal_data" and (rule.negated or any(
            a.lemma_.lower() in R.BAR_VERBS or a.lemma_.lower() in ("stop", "refuse", "decline", "cease")
            for a in tok.ancestors) or re.search(r"\b(?:forbid\w*|bars?|barred|barring|prohibit\w*|bans?|banned|stops?"
                                                 r"|stopped|refus\w*)\b[^.;]{0,100}$",
                                                 tok.doc[tok.sent.start:tok.i].text, re.I)):
        return True     # "an ordinance that bars city employees from passing a resident's home address to ICE"
    if rule.name == "withdraw_agents" and any(c.dep_ == "dobj" and any(
            g.dep_ == "poss" and g.lower_ in ("its", "our", "their", "his", "her", "my") for g in c.children)
            for c in tok.children) and not any(
            c.dep_ == "nsubj" and (R.CUES["ice"].search(" " + " ".join(g.lower_ for g in c.subtree) + " ")
                                   or R.CUES["federal"].search(" " + " ".join(g.lower_ for g in c.subtree) + " "))
            for c in tok.children):
        return True     # "The Department will pull its one officer from the ICE-led team": its own officer, no call
    if tok.dep_ in ("xcomp", "ccomp") and tok.head.lemma_.lower() in ("favor", "favour", "prefer") and _is_verbal(tok.head):
        return True     # "51 of the 63 residents who spoke favored ending the agreement": an opinion, no act
    if rule.name == "end_agreement" and tok.dep_ in ("ccomp", "xcomp") and tok.head.lemma_.lower() in R.DEMAND \
            and any(c.dep_ == "nsubj" and (c.lower_ == "you" or any(g.dep_ == "poss" and g.lower_ == "your"
                                                                    for g in c.children)) for c in tok.children):
        return True     # "We ask that your Office withdraw the memorandum by October 15": what a letter asks for
    if rule.name == "target_officials" and not _is_verbal(tok) and tok.lemma_.lower() == "arrest" and not any(
            R.CUES["local_official"].search(" ".join(g.lower_ for g in c.subtree))
            for c in tok.children if c.dep_ not in ("compound", "nmod", "amod", "det")):
        return True     # "after a Rochester Police Department arrest on a felony charge": the police arrested
    if rule.name == "target_officials" and _is_verbal(tok) and tok.lemma_.lower() in (
            "arrest", "detain", "jail", "search", "raid") and not _officials_targeted(tok):
        return True     # "ICE officers arrested 63 people ..., according to the sheriff's office": no official held
    if rule.types.get(R.NONFED) == "assist_ice" and tok.lemma_.lower() in ("keep", "continue") and any(
            c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in _REFUSALS for c in tok.children):
        return True     # "his office will keep refusing ICE detainers": what is kept up is a refusal
    if rule.name == "enter_agreement" and tok.lemma_.lower() == "add" and not any(
            c.dep_ == "dobj" and c.lemma_.lower() in _DEAL_NOUNS for c in tok.children):
        return True     # "added a task force agreement", not "added the immigration conditions to grant agreements"
    if any(c.dep_ == "nsubj" and c.lemma_.lower() in _NO_LAW_NOUNS and any(
            g.dep_ == "det" and g.lower_ == "no" for g in c.children) and not any(
            a.dep_ == "aux" and a.lower_ in ("shall", "may", "must") for a in v.children)
           for v in [tok, *tok.ancestors] for c in v.children):
        return True     # "No Pennsylvania statute requires a county prison to honor a detainer": no such law
    if rule.types.get(R.NONFED) == "assist_ice" and re.search(
            r"\b(?:except|other than|save)\b(?:(?!\bbut\b)[^;])*$", tok.doc[max(0, tok.i - 12):tok.i].text, re.I):
        return True     # "to stay out of ICE operations, except to protect life or to handle traffic": an exception
    if rule.name in _REFORM_RULES and any(c.dep_ == "nsubj" and any(g.dep_ == "det" and g.lower_ == "no"
                                                                    for g in c.children) for c in tok.children):
        return True     # "argued that no state can require federal officers to identify themselves": a denial
    if tok.lemma_.lower() == "keep" and any(c.lower_ == "way" for c in tok.children) \
            and rule.name in ("keep_agreement", "affirm_sanctuary"):
        return True     # "It has not been assigned a hearing, and we intend to keep it that way": an idiom
    if rule.name == "rapid_response" and not _set_up(tok):
        return True     # "I answer phones for the rapid-response line": a line named, not one set up or paid for
    if rule.name == "support_operation" and tok.lemma_.lower() == "direct" and any(
            c.dep_ in ("xcomp", "ccomp") for c in tok.children):
        return True     # "I directed every shift commander to refuse ICE requests for traffic control": an order
    if any(tok.i in {t.i for t in g.subtree} for g in _judged_acts(tok.doc)):
        return True     # "Sending armed officers into a school office is not public safety": a verdict on an act
    if _is_verbal(tok) and _contract_term(tok):
        return True     # "either side may end the agreement with 30 days' notice": a term of the deal
    if rule.name in ("enter_agreement", "signed_agreement", "end_agreement") and any(
            a.lemma_.lower() in ("allow", "permit", "authorize", "let", "empower") and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in _ENABLING_SUBJECTS for c in a.children)
            for a in tok.ancestors):
        return True     # "Federal law allows the Secretary to enter into agreements ...": what may be done
    if any(a.lemma_.lower() == "take" and any(c.dep_ == "dobj" and c.lemma_.lower() == "action" and any(
            d.lower_ == "no" for d in c.children) for c in a.children) for a in tok.ancestors):
        return True     # "The board takes no action on a proposal to rent beds to ICE"
    if rule.name == "give_access" and tok.lemma_.lower() == "open" and _is_verbal(tok) and not any(
            c.dep_ in ("dobj", "nsubjpass") for c in tok.children):
        return True     # "the newest front opened on Tuesday": opening nothing to ICE
    if rule.name == "ultimatum" and tok.lemma_.lower() == "give" and not any(
            t.lemma_.lower() in _GIVEN_TIME for c in tok.children if c.dep_ in ("dobj", "dative", "prep", "npadvmod")
            and c.lower_ != "within"    # ("shall give the inmate a copy ... within 24 hours": a time to act in)
            for t in c.subtree if not any(a.dep_ in ("relcl", "acl", "ccomp") for a in t.ancestors if a.i != tok.i
                                          and tok.i in {x.i for x in a.ancestors})):
        return True     # "gives final passage to House Bill 5, which ...": no time given, no ultimatum
    if rule.name == "give_access" and tok.lemma_.lower() in ("send", "give") and any(
            c.dep_ == "dobj" and c.lemma_.lower() in ("notice", "notification") and any(
                g.dep_ in ("acl", "ccomp", "relcl") for g in c.children) for c in tok.children):
        return True     # "sent ICE written notice that the county will not renew the agreement": a notice, not help
    if rule.name == "give_access" and tok.lemma_.lower() in ("send", "write") and any(
            c.dep_ == "dobj" and c.lemma_.lower() in ("letter", "request", "note", "email", "message", "memo",
                                                      "application", "copy", "resolution", "invoice")
            for c in tok.children):
        return True     # "sent a letter to ICE asking for the names of everyone detained": a letter, not help
    x = tok
    while x.dep_ in ("xcomp", "pcomp", "prep") and x.head.lemma_.lower() not in _ASKING and x.head.i != x.i:
        x = x.head      # "asking the county to resume honoring detainers": up to the asking
    if x.dep_ == "xcomp" and x.head.lemma_.lower() in _ASKING and rule.types.get(R.NONFED) in (
            "assist_ice", "expand_cooperation", "enter_formal_agreement", "keep_formal_agreement") and any(
            c.dep_ == "dobj" for c in x.head.children) and _federal_asker(x.head):
        return True     # "ICE sent a letter asking the county to resume honoring detainers": what ICE asks for
    if x.dep_ in ("xcomp", "ccomp") and x.head.lemma_.lower() in ("expect", "want", "deserve", "need") and any(
            c.dep_ == "nsubj" and (c.ent_type_ == "NORP" or c.tag_ == "NNPS" or c.lemma_.lower() in _THE_PUBLIC)
            for c in x.head.children):
        return True     # "Kansans expect their sheriff to work with federal officers": what the public wants
    if rule.name in ("no_civil_arrests", "no_delay_for_ice", "sites_not_used"):
        v = tok
        while v.dep_ == "conj" and v.head.i != v.i and not any(c.dep_ == "aux" for c in v.children):
            v = v.head
        if not any(c.dep_ == "aux" and c.tag_ == "MD" for c in v.children) and not _prohibited(tok):
            return True     # "Police did not arrest anyone for immigration violations": a report, not a rule
            # ("City funds shall not be used to detain or arrest anyone for ...": a rule)
    if rule.name == "operation_nouns" and tok.dep_ in ("oprd", "attr", "compound") and any(
            a.lemma_.lower() in ("call", "name", "dub", "label", "christen") and any(
                c.dep_ == "dobj" and c.lower_ in ("it", "this", "that") for c in a.children) for a in tok.ancestors):
        return True     # "the agency is calling it Operation Crown Crossing": a name given, not a second operation
    if rule.name == "operation_nouns" and any(
            a.dep_ == "dobj" and (a.i == tok.i or tok.dep_ == "compound" and tok.head.i == a.i)
            and a.head.lemma_.lower() in ("call", "label", "brand", "term", "describe")
            and any(c.dep_ == "oprd" for c in a.head.children) for a in (tok, tok.head)):
        return True     # 'She called Operation Silver Lantern "a cruel show of force"': the operation judged, not told
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ("allow", "permit", "let") and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in _DEAL_NOUNS | {"clause"} for c in tok.head.children):
        return True     # "the contract allows either side to cancel it": a term of a deal, not an act (what a
        # statute allows is its content: "the act allows sheriffs to detain an officer who breaks it")
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ("urge", "ask", "push", "press", "lobby") \
            and tok.head.dep_ == "relcl":
        return True     # "Sheriff X, who had urged the board to keep the contract, said ...": background
    recipients = [" " + " ".join(t.lower_ for t in c.subtree) + " " for c in tok.children if c.dep_ in ("dative", "iobj")]
    if rule.name == "give_access" and tok.lemma_.lower() in ("give", "send", "offer", "grant", "provide") \
            and recipients and not any(R.CUES["ice"].search(r) for r in recipients):
        return True     # "bills that give New Yorkers a way to report agents": given to residents, not to ICE
    if rule.name == "operation_nouns" and tok.dep_ in ("dobj", "pobj") and any(
            a.dep_ == "pcomp" and a.head.lower_ == "from" and _bar_before(a.head) for a in tok.ancestors):
        return True     # "bars state agencies from assisting the federal operation": the help barred, not a raid
    if rule.name == "abolish_ice" and tok.lemma_.lower() == "fix" and tok.dep_ in ("csubj", "nsubj"):
        return True     # "fixing a broken agency is a job for Washington": whose job it is, not a call
    if rule.name == "abolish_ice" and tok.lemma_.lower() == "fix" and not any(
            c.dep_ == "dobj" and R.CUES["abolish_objects"].search(" " + " ".join(t.lower_ for t in c.subtree) + " ")
            for c in tok.children):
        return True     # "will fix the jail roof before ICE inspects it": only fixing ICE itself is a call to reform
    if rule.types.get(R.NONFED) == "assist_ice" and (
            (tok.dep_ in ("acl", "relcl") and tok.head.dep_ == "dobj" and tok.head.head.lemma_.lower() == "sue")
            or (tok.dep_ == "ccomp" and tok.head.lemma_.lower() == "sue")):
        return True     # "would sue any county still holding ICE detainees": what the county is sued for
    if rule.name == "court_filing" and tok.dep_ in ("acl", "relcl") and tok.head.pos_ in ("NOUN", "PROPN"):
        return True     # "the department has 60 days to file a notice of appeal": time allowed, not a filing
    if rule.name == "tell_release" and not any(
            c.dep_ in ("dobj", "dative", "iobj") and R.CUES["ice"].search(" " + " ".join(t.lower_ for t in c.subtree) + " ")
            for c in tok.children):
        return True     # "the department told the city that its grant ...": telling ICE is the help, not telling a city
    if rule.name == "tell_release" and tok.lemma_.lower() in ("call", "phone", "contact") and any(
            c.dep_ in ("oprd", "xcomp", "acomp", "ccomp", "prt") for c in tok.children):
        return True     # "called ICE's holds unconstitutional", "called on ICE to ...": no call to ICE
    if rule.name == "stop_cooperation" and any(c.dep_ == "dobj" and c.lemma_.lower() in _STOPPED_PEOPLE for c in tok.children):
        return True     # "troopers stopped drivers on the interstate": a traffic stop
    if rule.name == "document_bodies" and tok.tag_ == "NNP" and tok.dep_ in ("dobj", "pobj") \
            and tok.lemma_.lower() in ("office", "unit", "center", "centre", "system", "network") \
            and tok.head.lemma_.lower() not in _SETTING_UP:
        return True     # "asked the Minnesota Attorney General's Office to open an investigation": an office named,
        #                 not one set up to document arrests
    if rule.name in _AGREEMENT_RULES and tok.dep_ == "relcl" and tok.tag_ in ("VBZ", "VBP") and any(
            c.dep_ == "det" and c.lower_ in ("a", "an", "any", "every", "each") for c in tok.head.children):
        return True     # "a county that ends a 287(g) agreement loses its state grant": any county that would, none did
    if rule.types.get(R.NONFED) == "assist_ice" and _is_verbal(tok) and any(
            c.dep_ == "aux" and c.lower_ in ("may", "can") for c in tok.children) \
            and any(_has_if_clause(t, marks=("if",)) for t in [tok, *tok.ancestors]):
        return True     # "If ICE presents a judicial warrant at the roadside, the trooper may help execute it": a
        #                 permission on a condition, not help given
    if rule.name == "stop_cooperation" and any(c.dep_ == "nsubj" and c.lemma_.lower() in _AGREEMENT_NOUNS
                                               for c in tok.children):
        return True     # "If the resolution passes, the agreement would end 90 days after ...": an agreement's end
    if rule.name == "give_access" and tok.lemma_.lower() == "open" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in _OPENED_NOT_ACCESS for c in tok.children):
        return True     # "opened an investigation into ...", not "opened the jail to ICE"
    if rule.name == "give_access" and tok.lemma_.lower() in ("let", "admit") and not (
            (tok.dep_ in ("ROOT", "conj", "ccomp") or (tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _KEPT_UP))
            and R.CUES["ice"].search(" ".join(t.text for t in tok.doc[tok.i + 1:tok.i + 4]))):
        return True     # "we let ICE officers into the jail", not "an agreement letting jailers serve warrants"
    if rule.name == "condemn" and tok.lemma_.lower() in ("speak", "rail") and not any(
            c.lower_ == "against" or any(g.lower_ == "against" for g in c.children) for c in tok.children):
        return True     # only "spoke (out) against the arrests", "railed against the raids" condemn
    if tok.lemma_.lower() in ("expire", "lapse") and tok.dep_ in ("advcl", "relcl") and any(
            c.lower_ in ("when", "until", "before", "after", "once") for c in tok.children):
        return True     # "takes effect July 1, when the current agreement expires": a date, not an end
    if rule.name == "prosecute_agents" and not _is_verbal(tok) and (
            tok.head.lemma_.lower() in ("make", "conduct", "carry", "condemn", "denounce", "criticize", "protest")
            or (tok.dep_ in ("dobj", "nsubj", "nsubjpass") and not any(
                c.dep_ == "prep" and c.lower_ in ("of", "for", "against") for c in tok.children) and not (
                # "will bring charges against any officer who ...", the "against" parsed onto the verb
                tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("bring", "file", "press", "lodge", "pursue", "seek")
                and any(c.dep_ == "prep" and c.lower_ == "against" for c in tok.head.children)))):
        # "calls on ICE to stop making arrests", "condemns the arrests": arrests made by agents, not of them
        # (an arrest of agents says whom: "the arrest of any agent who ...", "threatened agents with arrest")
        return True
    if rule.name == "prosecute_agents" and not _is_verbal(tok) and (
            any(c.dep_ == "relcl" and any(s.dep_ == "nsubj" and R.CUES["agents"].search(
                " ".join(t.text for t in s.subtree)) for s in c.children) for c in tok.children)
            or (tok.head.lower_ in ("on", "with") and tok.head.head.lemma_.lower() in (
                "book", "arrest", "hold", "jail", "detain", "convict", "charge", "release"))
            or (tok.head.lower_ in ("for", "of", "on", "about") and tok.head.head.lemma_.lower() in (
                "request", "record", "data", "number", "list", "count", "log", "report", "tally", "figure",
                "total", "information", "statistic"))):
        # "a records request for every arrest its officers made", "the number of arrests": arrests by
        # agents, counted; "booked on a felony charge": the charge of the person booked
        return True
    if rule.name == "no_status_checks" and tok.dep_ == "pcomp" and tok.head.lower_ in ("of", "against") \
            and tok.head.head.lemma_.lower() in ("policy", "practice", "rule", "order", "directive"):
        return True     # "will keep its policy of not asking ...": the policy kept is coded by the keeping
    if tok.lemma_.lower() == "try" and any(c.dep_ == "xcomp" for c in tok.children):
        return True     # "tried to turn our sheriffs into ...": an attempt, not a trial
    return False


def _shares_negation(tok) -> bool:
    """A bare verb joined by "or" to a negated one takes its negation: "will no longer direct traffic or hold a
    perimeter for immigration arrests", "will not close lanes or hold traffic for ICE"."""
    if tok.dep_ != "conj" or tok.tag_ != "VB" or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "neg")
                                                    for c in tok.children):
        return False
    h = tok.head
    # (a rule for what comes, "will not" or "no longer"; "The jail does not hold people on detainers or notify ICE"
    # tells what is not done, no bar)
    return _is_verbal(h) and any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in h.children) and _negated(h) \
        and any((c.dep_ == "aux" and c.lower_ in ("will", "shall", "may", "must", "can", "would"))
                or (c.lower_ == "longer") for c in h.children)


def _shares_bar(tok, rule) -> bool:
    """A bar on help told by a verb that shares a negated verb's "not" (see ``_shares_negation``); other readings of
    the shared "not" (a refusal to cooperate in general) stay with the first verb."""
    return rule.types.get(R.NONFED) == "bar_local_cooperation" and _shares_negation(tok)


def _conj_past_clause(tok):
    """The main verb a bare verb is really coordinated with when the parser hung it on a subordinate
    clause in between: "may not tell ICE when a person will be released, or give ICE an address"
    (give is tell's conjunct, not released's). None when the parse looks right."""
    h = tok.head
    if tok.dep_ == "conj" and tok.tag_ == "VB" and h.dep_ == "advcl" and h.tag_ in ("VBN", "VBD", "VBZ", "VBP") \
            and h.head.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "MD" for c in h.head.children) \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in tok.children):
        return h.head
    return None


#: a 287(g) model or program described: "Under the warrant service officer model, deputies serve ICE warrants ..."
_WARRANT_MODEL = re.compile(r"\bmodel\b|\bunder (?:the|a|an|its|that|this) (?:[\w()-]+ ){0,4}?(?:agreement|program|contract)\b",
                            re.I)
#: verbs whose "to" clause is the act itself, kept up or decided: "will continue to let ICE officers interview ..."
_KEPT_UP = frozenset(("continue", "keep", "agree", "decide", "vote", "begin", "start", "resume"))


_BARRING = frozenset(("bar", "ban", "prohibit", "forbid", "block", "prevent", "preclude", "restrict"))


def _bar_of(tok) -> Optional[int]:
    """The index of the verb in "bars city police officers from <tok>" ("from asking crime victims about their
    immigration status", or a later verb of the list: "from asking or holding"), else None: what a rule keeps
    someone from doing is as good as negated."""
    t = tok
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    bar = t.head.head
    if t.dep_ == "pcomp" and t.head.lower_ == "from" and bar.lemma_.lower() in _BARRING and _is_verbal(bar) \
            and not _negated(bar):
        return bar.i
    return None


def _held_on_detainers(tok) -> bool:
    """"held 41 people on detainers", "honored 54 detainers": a jail's own verb with detainers as its object or
    its "on" phrase (a counted act, past tense, or a practice in the present)."""
    # (or a practice told in the present, as the main verb: "Winona County's jail still holds inmates on detainers")
    if not _is_verbal(tok) or not (tok.tag_ == "VBD" or (tok.tag_ == "VBZ" and tok.dep_ == "ROOT")) \
            or tok.dep_ in ("acl", "relcl", "advcl", "pcomp") \
            or not any(c.dep_ == "nsubj" for c in tok.children):
        return False    # (not "a relative held on a detainer", "before anyone is held on a detainer")
    for c in tok.children:
        if c.dep_ == "dobj" and c.lemma_.lower() == "detainer":
            return True
        if c.dep_ == "prep" and c.lower_ == "on" and any(g.dep_ == "pobj" and g.lemma_.lower() == "detainer"
                                                        for g in c.children):
            return True
        if c.dep_ == "dobj" and c.lemma_.lower() not in _MEETINGS and any(p.dep_ == "prep" and p.lower_ == "on" and any(
                g.dep_ == "pobj" and g.lemma_.lower() == "detainer" for g in p.children) for p in c.children):
            return True     # "held 41 people on detainers", the phrase hung on the object
    return False


_COUNT_CHARGES = re.compile(r"^\W*Counts?\s+[\w-]+(?:\s+(?:and|through|to)\s+[\w-]+)?\s+(?:charges?|alleges?|accuses?)\b",
                            re.I)


def _aside_end(path) -> int:
    """How much of ``path`` belongs to the trigger's own assertion: up to a non-restrictive relative clause
    (", which renewed its 287(g) agreement in July"), whose verb is told as a fact whatever the main clause
    says ("The policy does not affect the Sheriff's Office, which renewed ...")."""
    for k, t in enumerate(path):
        if t.dep_ == "relcl" and t.tag_ in ("VBD", "VBZ") and t.head.lemma_.lower() not in R.PROPOSAL_NOUNS and any(
                c.dep_ == "nsubj" and c.lower_ in ("which", "who") for c in t.children):
            first = min(x.i for x in t.subtree)
            if first > 0 and t.doc[first - 1].text == ",":
                return k + 1
    return len(path)


#: verbs of weighing an idea, and what a sentence says when the idea was then dropped
_WEIGHING = frozenset(("weigh", "consider", "discuss", "explore", "study", "debate", "mull", "contemplate", "float"))
_WEIGHED = frozenset(("weighed", "considered", "discussed", "explored", "studied", "debated", "mulled", "contemplated",
                      "floated"))
_DROPPED = re.compile(r"\b(?:rejected|dropped|abandoned|shelved|ruled (?:it |them |both |that |this )?out"
                      r"|(?:does|do|did) not recommend|not recommended|recommends? against"
                      r"|decided against|set (?:it|them|both|the idea|the proposal|that|this) aside|turned (?:it |them |both )?down"
                      # "weighed, but set aside, a proposal to ...", "had weighed suing ... but decided the odds were
                      # too long"
                      r"|but\s+set\s+aside|but\s+(?:then\s+)?decided\s+(?:not\b|against\b|the\s+odds|it\s+(?:was|would))"
                      r"|but\s+(?:chose|opted)\s+(?:not|instead)\b"
                      # "weighed ending the contract and chose not to"
                      r"|and\s+(?:then\s+)?(?:chose|opted|decided)\s+not\s+to\b(?=\s*(?:[.;,]|$))"
                      r"|and\s+(?:then\s+)?(?:chose|opted)\s+against\b)\b",
                      re.I)


_ASKINGS = frozenset(("request", "demand", "invitation", "plea", "offer", "proposal", "bid"))


#: parts of a measure that can fall away while the measure goes on (a vetoed bill's "would have required ..." is
#: still the bill's content, coded as the bill; an amendment or option that "would have" done something never was)
_UNADOPTED = frozenset(("amendment", "option", "alternative", "motion", "draft", "substitute", "version", "idea", "plan",
                        "proposal", "change"))
#: parts of a bill, unadopted only as drafts ("a draft section that would have made jails notify ICE"; a vetoed
#: bill's "Section 4 would have made mayors ... personally liable" is the bill's content)
_BILL_PARTS = frozenset(("provision", "section", "clause", "language"))


def _unadopted_part(verb) -> bool:
    """The subject of a "would have" verb is an amendment, option or draft section: "A floor amendment that would
    also have barred deputies ...", "Option A would have let transit police ...", "a draft section that would have
    made jails notify ICE"."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lower_ in ("that", "which") and verb.dep_ == "relcl":
        subj = verb.head
        if subj.dep_ in ("dobj", "nsubjpass") and _turned_away(subj.head):
            # "They set aside a task force model that would have given deputies ... powers", "A fourth clause, which
            # would have cancelled the county's contract, was struck"
            return True
    if subj is not None and subj.lower_ in ("he", "she", "i", "we"):
        return True         # "he would have moved to let the agreement expire had he believed ...": what one would
        #                     have done, not what a bill would have done
    return subj is not None and (subj.lemma_.lower() in _UNADOPTED or (
        subj.lemma_.lower() in _BILL_PARTS and any(c.lower_ == "draft" for c in subj.children)))


def _turned_away(verb) -> bool:
    """A verb that turns its object away: "rejected", "dropped", "shelved", "struck", "set aside", "turned down"."""
    lem = verb.lemma_.lower()
    prt = {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod")}
    return lem in ("reject", "drop", "abandon", "shelve", "scrap", "discard", "scuttle", "spurn", "rebuff", "strike",
                   "remove", "delete", "withdraw", "table", "defeat") or (
        lem == "set" and "aside" in prt) or (lem == "turn" and "down" in prt)


#: a motion that never came to a vote: "was discussed but never brought to a vote", "died without a second"
_NO_VOTE = re.compile(r"\b(?:never (?:brought|put|came|taken|went) (?:up )?to a vote|took no vote|died (?:for lack of|without) "
                      r"a second|failed for (?:lack of|want of) a second)\b", re.I)


def _never_voted(tok) -> bool:
    """The trigger is what a motion or proposal that never came to a vote would have done: "A motion to cancel the
    jail's bed rental agreement with ICE was discussed but never brought to a vote"."""
    for a in tok.ancestors:
        if a.pos_ in NOMINAL and a.lemma_.lower() in _UNADOPTED | {"resolution", "ordinance"}:
            if a.dep_ not in ("nsubj", "nsubjpass"):
                return False
            v = a.head
            return bool(_NO_VOTE.search(v.doc[v.left_edge.i: v.right_edge.i + 1].text))
    return False


def _refused_request(tok) -> bool:
    """The trigger is what a request turned down asked for: "declined ICE's request to close two blocks",
    "turned down an invitation to join the task force"."""
    for a in tok.ancestors:
        if a.pos_ not in NOMINAL:
            continue
        if a.lemma_.lower() not in _ASKINGS or a.dep_ not in ("dobj", "nsubjpass"):
            return False
        v = a.head
        lem = v.lemma_.lower()
        if lem == "turn":
            return any(c.dep_ == "prt" and c.lower_ == "down" for c in v.children)
        return lem in _REFUSALS | {"rebuff", "spurn"}
    return False


def _against_renewal(tok) -> bool:
    """"voted eight to seven against renewing the jail's contract with ICE", "decided against extending it": a
    decision not to renew, the agreement's end (unlike a vote against joining, which changes nothing)."""
    return tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.lower_ == "against" \
        and tok.head.head.lemma_.lower() in ("vote", "decide", "choose", "opt")


def _voted_against(tok) -> bool:
    """The trigger is what a body voted or decided against ("voted 2-1 against asking the sheriff to join ...",
    "decided against renewing the contract"): nothing was done."""
    for a in [tok, *tok.ancestors]:
        h = a.head
        if h.i == a.i:
            return False
        if a.dep_ in ("pcomp", "pobj") and h.lower_ == "against" and h.head.lemma_.lower() in ("vote", "decide"):
            return True     # (also "voted 3-2 against a proposed statement deploring ...")
    return False


def _weighed_but(tok) -> bool:
    """"I considered directing the State Bureau of Investigation to review the arrests, but the facts must come
    first": an idea weighed in the past, then set against ("but ..."): not done."""
    for a in [tok, *tok.ancestors]:
        h = a.head
        if h.i == a.i:
            return False
        if h.lemma_.lower() in _WEIGHING and h.tag_ == "VBD" and a.dep_ in ("xcomp", "dobj", "ccomp") and a.i > h.i:
            return any(c.dep_ == "cc" and c.lower_ == "but" and c.i > tok.i for c in h.children) or any(
                c.dep_ == "conj" and c.i > tok.i and any(g.dep_ == "cc" and g.lower_ == "but" for g in c.children)
                for c in h.children)
    return False


def _weighed_and_dropped(tok, sent) -> bool:
    """The trigger is an idea someone weighed ("weighed closing the city jail to State Patrol bookings", "weighed
    two options, ending release notifications and ...") in a sentence that says it was then dropped: no act."""
    if not _DROPPED.search(sent.text):
        return _weighed_but(tok)
    for a in [tok, *tok.ancestors]:
        if _is_verbal(a) and any(c.dep_ == "aux" and c.tag_ == "VBD" and (
                c.lemma_.lower() in _WEIGHING or c.lower_ in _WEIGHED) for c in a.children):
            return True     # "the office weighed applying for ...", "weighed" parsed as an auxiliary of "applying"
        h = a.head
        if h.i == a.i:
            return False
        if h.lemma_.lower() in _WEIGHING and _is_verbal(h) and (
                a.dep_ in ("xcomp", "dobj", "advcl", "conj", "appos") and a.i > h.i):
            return True
    return False


def _under_praise(tok) -> bool:
    """The word sits inside what a verb of praising says ("thanked the office for what he called ..."), not in a
    verb conjoined with it ("thanked X and called Y 'a haven'")."""
    t = tok
    while t.head.i != t.i:
        if t.dep_ == "conj":
            return False
        if t.head.lemma_.lower() in R.PRAISE_VERBS:
            return True
        t = t.head
    return False


#: a judge or court as what an order verb follows ("A federal judge in Milwaukee ordered ICE to ...", parsed askew)
_JUDGE_BEFORE = re.compile(r"\b(?:judge|justices?|magistrate)\b(?: [\w.'\u2019-]+){0,3},? ?$", re.I)


#: a counterfactual: "Without the agreement, state law would still have deputies notifying ICE on every detainer"
_WITHOUT_WOULD = re.compile(r"\s*(?:Without|But for|Absent)\b[^,.;]{1,80},[^.;]*?\b(?:would|could|might)\b")
#: a text telling what it covers: "This report reviews ...", "This memo summarizes ..."
_SCOPE_LINE = re.compile(r"\s*This (?:report|memo(?:randum)?|summary|review|document|analysis|bulletin|guide|FAQ|page)\s+"
                         r"(?:reviews|describes|summarizes|summarises|covers|examines|explains|outlines|sets out|answers)\b")
#: a table row whose cells after its label are all numbers
_COUNT_ROW = re.compile(r"\s*\|[^|\n]+(?=\|.*\d)(?:\|\s*[-\u2013\u2014]?\s*[\d,.]*%?\s*){2,}\|?\s*$")
#: a federal immigration statute told as a definition: "Section 1373 provides that ...", "8 U.S.C. 1357(g) allows ..."
_FEDERAL_STATUTE_SAYS = re.compile(r"\s*(?:(?:Section|§)\s*(?:1373|1357|1644|1226|1231|287\s*\(g\))|8\s+U\.\s?S\.\s?C\.|Federal law)"
                                   r"[^.;]{0,30}?\b(?:provides|says|states|requires|allows|permits|authorizes|bars|prohibits)"
                                   r"\s+that\b", re.I)


#: the suit already told: "the suit", "the lawsuit", "the State's suit", "that case"
_THE_SUIT = re.compile(r"\b(?:the|that|this|its|the state's|the attorney general's)\s+(?:law)?suit\b|\b(?:the|that) (?:case|action)\b",
                       re.I)
#: the party a suit is against, a few words after the trigger: "will file suit on the State's behalf against the Department"
_AGAINST_THE = re.compile(r"[^.;]{0,40}?\bagainst the ([A-Z][a-z]+)\b")


#: what local officers do with people others arrested
_HANDLING = frozenset(("transport", "move", "book", "fingerprint", "hold", "house", "take", "accept", "receive", "drive",
                       "carry", "process", "jail", "keep", "detain"))


def _arrested_people_handled(tok) -> bool:
    """The arrest only describes whom someone else handles: "transport people arrested by ICE", "shall move persons
    arrested in an ICE operation to the booking site"."""
    for t in (tok, *list(tok.ancestors)[:3]):
        if t.tag_ == "VBN" and t.dep_ == "acl" and t.lemma_.lower() in ("arrest", "detain", "apprehend", "seize") \
                and t.head.dep_ in ("dobj", "nsubjpass") and t.head.head.lemma_.lower() in _HANDLING:
            return True
    return False


def _alleged_in_filing(tok) -> bool:
    """The act is what a lawsuit's filing says happened ("His complaint says deputies kept him ...", "The suit alleges
    that the jail held her ..."): an allegation."""
    for v in tok.ancestors:
        if v.lemma_.lower() in ("say", "allege", "claim", "contend", "state", "assert") and _is_verbal(v):
            return any(c.dep_ == "nsubj" and c.lemma_.lower() in ("complaint", "lawsuit", "suit", "petition", "filing")
                       for c in v.children)
    return False


def _anyones_right(tok) -> bool:
    """The trigger is what anyone may do ("Any person aggrieved by this title may appeal", "Anyone who objects can
    file a complaint"): a right a notice tells, no one's act."""
    if not _is_verbal(tok) or not any(c.dep_ == "aux" and c.lower_ in ("may", "can") for c in tok.children):
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return subj is not None and (subj.lower_ in ("anyone", "anybody", "whoever") or (
        subj.lemma_.lower() in ("person", "party", "resident", "voter", "taxpayer", "member", "citizen")
        and any(d.dep_ == "det" and d.lower_ in ("any", "every", "each") for d in subj.children)))


def _agreement_in_condition(tok) -> bool:
    """The agreement the trigger speaks of is only in an "if"/"unless" clause: the condition of a warning
    ("payments cannot continue if the agreement is allowed to lapse"), not an end of it."""
    if any(t.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in t.children)
           for t in [tok, *list(tok.ancestors)[:2]]):
        return True
    cond = {g.i for c in tok.children if c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children) for g in c.subtree}
    return bool(cond) and not any(R.CUES["agreement_word"].search(" " + t.lower_ + " ")
                                  for t in tok.subtree if t.i not in cond)


def _names_judges_say(tok) -> bool:
    """The phrase under ``tok`` names a judge's signature, order or warrant ("a judge's signature on every detainer")."""
    return bool(R.CUES["judge_signature"].search(tok.doc[tok.left_edge.i: tok.right_edge.i + 1].text.lower()))


#: a report's definition of its own terms: "A detainer is counted as declined when ...", "An ICE detainee is defined as ..."
_DEFINED_AS = re.compile(r"\s*(?:Definitions?:\s*)?(?:An?|The)\s+[\w\s'-]{1,40}?\s+(?:is|are)\s+(?:counted|defined|treated|"
                         r"recorded|classified|reported)\s+as\b")
#: local governments one government pays another for its help with ICE
_PAID_GOVERNMENTS = frozenset(("county", "city", "sheriff", "jail", "locality", "municipality", "government", "parish",
                               "town", "agency", "jurisdiction"))
#: officers a sentence may speak of as a kind ("every sheriff who ...")
_OFFICERS = frozenset(("sheriff", "deputy", "officer", "official", "mayor", "chief", "judge", "lawmaker", "legislator",
                       "leader", "trooper", "jailer", "warden", "prosecutor"))
#: a list's criteria told of any member: "A jurisdiction is designated non-compliant when its jail declines ...",
#: "A county is removed from the list once its jail honors detainers for 60 days"
_LISTED_WHEN = re.compile(r"\s*An?\s+(?:[\w-]+\s+){0,2}?(?:jurisdiction|county|city|town|state|agency|jail|locality|"
                          r"municipality|department|place)s?\s+(?:is|are)\s+(?:designated|deemed|considered|removed|"
                          r"added|listed|placed|taken off|put)\b[^.;]*?\b(?:when|if|once|unless|until|after)\b", re.I)


#: determiners of one agreement already made ("its agreement", "the contract")
_ONE_OF_THEIRS = frozenset(("its", "their", "our", "his", "her", "the", "this", "that", "my"))


def _blocked(tok, path, rule: R.Rule, sent, recommended: bool = False) -> bool:
    """True when the trigger is negated (unless the rule wants it), hypothetical or prevented. ``recommended``: the
    sentence is an item of a report's recommendations, where "should" recommends (proposed), not supposes."""
    if rule.name in ("end_agreement", "not_renew") and _agreement_in_condition(tok):
        return True     # "payments cannot continue if the agreement is allowed to lapse": a warning's condition
    if rule.name == "not_renew" and _is_verbal(tok) and _prohibited(tok) and not any(
            c.dep_ == "dobj" and any(d.dep_ in ("det", "poss") and d.lower_ in _ONE_OF_THEIRS for d in c.children)
            for c in tok.children):
        return True     # "No agency may ... renew ... an agreement under Section 287(g)": a rule against agreements
        #                 (no_agreements), not one let go; not "The County shall not renew its agreement"
    if rule.types.get(R.FED) is None and rule.types.get(R.NONFED) and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in ("law", "statute", "regulation", "code") and any(
                d.lower_ in ("federal", "u.s.") for d in c.children) for c in tok.children):
        return True     # "Federal law bars the Census Bureau from sharing any response": what federal law says
    if rule.types.get(R.NONFED) in ("assist_ice", "bar_local_cooperation") and any(
            c.dep_ == "dobj" and c.lemma_.lower() in ("advice", "counsel") for c in tok.children):
        return True     # "Staff cannot give legal advice about immigration matters": no help to ICE
    if rule.name == "ultimatum" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in (
            "call", "describe", "label", "brand", "characterize") and any(c.dep_ == "oprd" for c in tok.head.children):
        return True     # 'the Commissioner called the demand "an attempt to turn nurses into informants"': judged
    if rule.name == "reporting_mandate" and tok.lemma_.lower() == "disclose" and any(
            c.dep_ in ("nsubj", "nsubjpass") and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
            for c in tok.children):
        return True     # "No officer or employee of the Authority shall disclose a tenant record ...": a bar, no report
    if rule.types.get(R.NONFED) == "assist_ice" and any(
            a.lemma_.lower() in ("allow", "permit", "let") and _has_if_clause(a, marks=("if",)) and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in R.INSTRUMENT_NOUNS | {"directive", "rule", "order"}
                for c in a.children) for a in [tok, *tok.ancestors]):
        return True     # "If ICE presents a judicial warrant, the Directive allows the Jail to hold the person": a
        #                 limit's own exception, not help given
    if rule.types.get(R.FED) == "withhold_funding" and tok.dep_ == "pcomp" and tok.head.lower_ == "from" \
            and tok.head.head.lemma_.lower() in ("stop", "prevent", "block", "bar", "enjoin", "restrain", "keep") \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.head.head.children):
        return True     # "sued the Department of Justice to stop it from tying grants to detainer compliance": what the
        #                 suit would prevent
    if not _is_verbal(tok) and tok.dep_ == "pobj" and tok.head.lower_ == "with" \
            and tok.head.head.lemma_.lower() in ("compliance", "comply", "noncompliance", "conformity"):
        return True     # "examined the department's compliance with state limits on sharing data": the limits are
        #                 only what is checked against
    if not _is_verbal(tok) and tok.lemma_.lower() in ("complaint", "lawsuit", "suit", "petition", "filing") \
            and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in ("say", "allege", "state", "claim", "contend", "assert"):
        return True     # "The Suffolk County Sheriff's Department released 41 more last month, the complaint says": the
        #                 suit only tells the act (filed in a sentence of its own)
    if rule.name in ("enter_agreement", "signed_agreement") and (any(
            a.lemma_.lower() in ("ask", "urge", "call", "demand") for a in tok.ancestors) or (
            tok.lemma_.lower() == "sign" and any(a.lemma_.lower() == "petition" for a in tok.ancestors))) and any(
            t.lemma_.lower() == "petition" and t.dep_ in ("dobj", "nsubjpass") and t.head.lemma_.lower() in (
                "present", "submit", "deliver", "file", "circulate", "hand") and t.i < tok.i for t in sent.doc):
        return True     # "Resident X presented a petition ... asking the Board to seek a 287(g) agreement": residents ask;
        #                 no government's act or proposal
    if rule.name == "reserve_for_ice" and tok.lemma_.lower() == "set" and not any(
            c.dep_ == "prt" and c.lower_ in ("aside", "apart") for c in tok.children):
        return True     # only "set aside" reserves ("set up", "set a deadline" do not)
    if rule.name == "court_nouns" and tok.lemma_.lower() in ("hearing", "meeting", "session") and tok.dep_ == "pobj" \
            and tok.head.lower_ in ("at", "during", "before", "after"):
        return True     # "At the March 9 hearing, Sheriff X said ...": where something was said, no court's act
    if rule.types.get(R.NONFED) == "assist_ice" and tok.dep_ in ("pcomp", "advcl") and any(
            a.lemma_.lower() in ("require", "demand", "insist") and _names_judges_say(a) for a in tok.ancestors) and any(
            c.lower_ in ("before", "unless", "until") for c in [tok.head, *tok.children]):
        return True     # "has required a judge's signature before holding anyone for ICE": the hold is what is limited
    if rule.name == "require_cooperation" and any(c.dep_ == "dobj" and _names_judges_say(c) for c in tok.children):
        return True     # "will keep requiring a judge's signature on every detainer": a limit (require_judge), no mandate
    if rule.name == "require_judge" and not any(c.dep_ == "dobj" and _names_judges_say(c) for c in tok.children):
        return True     # the judge's say must be what is required ("requiring a judge's signature"), not a detainer's
        #                 description ("require every jail to honor detainers signed by a judge")
    if rule.name == "honor_detainers" and tok.lemma_.lower() == "keep" and any(
            c.dep_ == "xcomp" and c.lemma_.lower() in ("require", "demand", "insist") for c in tok.children):
        return True     # "will keep requiring a judge's signature on every detainer": a limit kept, not detainers held
    if rule.name == "require_cooperation" and tok.dep_ == "acl" and tok.tag_ == "VBN" and any(
            c.dep_ == "agent" and any(g.dep_ == "pobj" and g.lemma_.lower() in R.INSTRUMENT_NOUNS | {"agreement", "contract",
                                                                                                      "law", "statute"}
                                      for g in c.children) for c in tok.children):
        return True     # "delivered the 90-day termination notice required by the agreement": a term described
    if _DEFINED_AS.match(sent.text):
        return True     # "A detainer is counted as declined when the person is released ...": a report's definition
    if re.search(r"\b(?:stop|stops|stopped|stopping|falls?|fell) short of\b", tok.doc.text[:tok.idx]):
        return True     # "It stops short of asking the university to declare itself a sanctuary campus": not done
    if tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.i < tok.i and (
            _turned_away(tok.head) or tok.head.lemma_.lower() in _REFUSALS) and not any(
            c.dep_ in ("mark", "nsubj", "nsubjpass") for c in tok.children):
        return True     # "ruled out applying for a 287(g) agreement" (the gerund the parse hung as a clause): turned down
    if rule.name == "keep_agreement" and tok.dep_ == "amod" and tok.lemma_.lower() == "remain":
        return True     # "the remaining 287(g) agreements would stay in force": which ones, not an act (not "the
        #                 renewed jail agreement")
    if rule.name == "pay_for_help" and not any(
            c.dep_ in ("dative", "dobj", "iobj") and c.lemma_.lower() in _PAID_GOVERNMENTS for c in tok.children):
        return True     # only a government paid ("pays counties $12 for each bed-day"), not "pays deputies overtime"
    if _LISTED_WHEN.match(sent.text):
        return True     # "A jurisdiction is designated non-compliant when its jail declines detainers": criteria
    if tok.dep_ == "relcl" and tok.tag_ in ("VBZ", "VBP") and tok.head.lemma_.lower() in _OFFICERS \
            and rule.types.get(R.NONFED) in ("assist_ice", "enter_formal_agreement", "keep_formal_agreement",
                                             "end_formal_agreement") \
            and any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in tok.children) and any(
            c.dep_ == "det" and c.lower_ in ("every", "any", "each") for c in tok.head.children):
        return True     # "told every sheriff who works with ICE that ...", "would back any supervisor who moves to end
        #                 it": anyone such, no one's act (not "voids any policy that limits ...", "any county whose
        #                 jail ignores ...", what a law does to them)
    if rule.name == "withdraw_agents" and _told_by_federal_side(tok):
        return True     # 'The ICE letter says Sheboygan County "walked away from the officers who keep its streets safe"':
        #                 ICE's words about a county, no call to withdraw agents
    if rule.name == "no_jail_entry" and not any(
            (c.dep_ in ("nsubjpass", "dobj") or (c.dep_ == "nsubj" and c.head.dep_ in ("ccomp", "xcomp")))
            and (R.CUES["ice"].search(" " + " ".join(t.lower_ for t in c.subtree) + " ")
                 or R.CUES["agents"].search(" " + " ".join(t.lower_ for t in c.subtree) + " "))
            for c in [*tok.children, *(g for x in tok.children if x.dep_ in ("ccomp", "xcomp") for g in x.children)]):
        return True     # the ones kept out must be ICE's ("Nobody ... voted to let a man ... walk out of a county jail")
    if _asks(sent.text) or _INVERTED_IF.match(sent.text):
        return True     # a question, or "Were the council to adopt the bill, the city could lose ..."
    if _COUNT_CHARGES.match(sent.text):
        return True     # "Count one charges that she conspired to ...": an indictment's allegation, paraphrased
    if rule.types.get(R.NONFED) in ("assist_ice", "expand_cooperation") and _grant_terms(tok):
        return True     # "OJP issued awards to Syracuse that required each city to give ICE notice": a grant's terms
    if rule.types.get(R.NONFED) == "assist_ice" and any(
            m.end() <= tok.idx for m in R.CUES["conditioned_on"].finditer(sent.text.lower())):
        return True     # "The award letter conditions payment on a certification that the City will honor ICE detainers"
    if rule.name == "court_verbs" and tok.lemma_.lower() in ("issue", "write") and any(
            t.lemma_.lower() in _NOT_RULINGS for t in (tok.head if tok.dep_ in ("acl", "relcl") else None,
                                                          *(c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")))
            if t is not None):
        return True     # 'Chief Justice X said in a statement issued with the memo': words issued, no ruling
    if rule.types.get(R.FED) == "federal_enforcement_operation" and _arrested_people_handled(tok):
        return True     # "deputies already transport people arrested by ICE": whom local officers move, not an operation
    if _WITHOUT_WOULD.match(sent.text):
        return True     # "Without the agreement, state law would still have deputies notifying ICE": what would be
    if _SCOPE_LINE.match(sent.text):
        return True     # "This report reviews the Commission's activation of the Network during ...": what the text covers
    if _COUNT_ROW.match(sent.text):
        return True     # "| Release notices sent to ICE | 9 | 7 | 16 |": a table's row of counts, a measure, no act
    if _FEDERAL_STATUTE_SAYS.match(sent.text):
        return True     # "Section 1373 provides that a State or local government may not prohibit ...": federal law told
    if _anyones_right(tok):
        return True     # "Any person aggrieved by this ballot title may appeal to the district court": a right anyone has
    if rule.name == "hold_until_ice" and R.CUES["hold_prohibited"].search(sent.text.lower()):
        return True     # "no property owned by the City shall be used to detain persons for ICE": a rule against it
    if rule.name == "phone_ice" and R.CUES["call_to_object"].search(sent.text.lower()):
        return True     # "members of the public can report tips by calling the ICE tip line"
    if _is_verbal(tok) and any(c.dep_ == "aux" and c.lower_ == "must" for c in tok.children) and (any(
            c.dep_ == "advcl" and c.lemma_.lower() in ("cure", "avoid", "comply", "restore", "regain")
            and c.i < tok.i for c in tok.children) or re.search(r";\s*otherwise\b", sent.text[tok.idx:])):
        return True     # "To cure the violation, the City must repeal Section 4 ...; otherwise, ...": a demand made
        #                 of it, not its act
    shared = _conj_past_clause(tok)
    prohibition = rule.negated and _is_verbal(tok) and (_prohibited(tok) or (
        rule.name in _BOUND_SUBJECT_RULES and _only_when(tok)))
    bar = _bar_of(tok) if rule.negated else None    # ("bars officers from asking ...": the bar is the negation)
    barred = bar is not None
    if _retracted(tok):
        return True
    if rule.negated:
        neg_here = _negated(tok) or (tok.dep_ == "xcomp" and _negated(tok.head)
                                     # ("does not require an officer to ask about status": no ban on asking)
                                     and tok.head.lemma_.lower() not in R.OBLIGATION) or prohibition or (
            shared is not None and _negated(shared)) or barred or (rule.name == "not_renew" and _against_renewal(tok)) \
            or (rule.name == "not_renew" and _declined_renewal(tok, tok.head)) \
            or _shares_bar(tok, rule)
        # prohibition: "No employee shall ask about immigration status"
        if not neg_here:
            return True
        if rule.name == "no_agreements" and (not ((prohibition and any(
                c.dep_ == "aux" and c.lower_ in ("may", "shall", "can", "must") for c in tok.children)) or barred)
                or not R.CUES["agreement_word"].search(" " + " ".join(t.lower_ for t in tok.subtree) + " ")
                or re.match(r"\s*(?:Nor|Neither)\b", sent.text)):
            return True     # only a rule against agreements ("may not enter into", "No agency may renew", "bars
            #                 sheriffs from signing"): not "will not renew the agreement", "did not sign one", "directs
            #                 the Sheriff not to renew" (the end itself), "Nor does it bar troopers from joining ..."
    elif _negated(tok) or (shared is not None and _negated(shared)):
        return True
    elif rule.name in ("enter_agreement", "keep_agreement") and _is_verbal(tok) and _prohibited(tok):
        return True     # "No agency may enter into, renew or carry out an agreement under Section 287(g)": a rule
        #                 against agreements (no_agreements), none made
    conj_heads = set()     # (a finite verb has a tense of its own: "is not covered by it and notifies ICE ...")
    c = tok
    while c.dep_ == "conj" and c.head.i != c.i:     # "shall not stop ... and shall not take part": one list
        conj_heads.add(c.head.i)
        c = c.head
    # (an obligation joined to a bar: "bars jails from letting ICE agents interview inmates ... and requires each
    # sheriff to report every ICE request": what is required is no part of the bar)
    oblig = tok.head if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in R.OBLIGATION else None
    oblig_heads = set()
    c = oblig
    while c is not None and c.dep_ == "conj" and c.head.i != c.i:
        oblig_heads.add(c.head.i)
        c = c.head
    for i, t in enumerate(path[1:_aside_end(path)], 1):
        if oblig is not None and t.i in oblig_heads and t.lemma_.lower() in R.BLOCKERS \
                and _own_conjunct(oblig, t, oblig_heads):
            continue
        if _negated(t) and not (rule.negated and tok.dep_ == "xcomp" and t.i == tok.head.i) \
                and not (rule.negated and t.i in conj_heads) and not prohibition \
                and not (t.i in conj_heads and tok.tag_ in ("VBZ", "VBD")) \
                and t.lemma_.lower() not in R.NEG_INVERTERS:
            return True
        if t.lemma_.lower() in R.BLOCKERS and not prohibition and not _own_conjunct(tok, t, conj_heads) \
                and not (rule.name in _REFORM_RULES and tok.dep_ == "conj" and tok.head.i == t.i
                         and _parallel_infinitive(tok, t)) \
                and not (barred and t.i == bar) and not (rule.name == "not_renew" and _declined_renewal(tok, t)):
            return True     # ("forbids officers to extend a stop": the prohibition is the rule's own negation)
    if _look_alike(tok, rule):
        return True
    first = _first_conjunct(tok)     # "from notifying ICE ... or giving ICE access"
    if not rule.negated and first.dep_ == "pcomp" and first.head.lower_ == "from" and _bar_before(first.head):
        return True     # "Bill 9 bars county jails from transferring ...", its "bars" misparsed as a noun
    first_verb = next((t for t in path if _is_verbal(t)), tok)
    if _legal_permission(tok) or (first_verb is not tok and _legal_permission(first_verb)):
        return True     # "It is my opinion that the County may end the agreement": what the law allows, no act
    for t in (tok, first_verb):
        for c in t.children:
            if c.dep_ == "aux" and c.lower_ in ("could", "might", "should") and not (
                    c.lower_ == "should" and (rule.name in _REFORM_RULES or recommended)) and rule.name != "lose_funding" \
                    and not (c.lower_ in ("could", "might") and any(
                        x.lemma_.lower() in R.THREATEN for x in tok.ancestors)) \
                    and not (c.lower_ in ("could", "might") and t.lemma_.lower() in ("face", "lose")) \
                    and not (c.lower_ in ("could", "might") and rule.name == "withhold_funding" and t is tok
                             and tok.dep_ == "ccomp" and (
                                 (any(x.dep_ == "auxpass" for x in tok.children)
                                  and tok.head.lemma_.lower() in _WARNING_VERBS)
                                 # ("The same letter stated that DHS could suspend the City's grants if the permit is
                                 # denied": a consequence set on a condition)
                                 or (tok.head.lemma_.lower() in _WARNING_VERBS | R.SPEECH and any(
                                     x.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                                               for m in x.children) for x in tok.children)))
                             and any(
                                 g.dep_ == "nsubj" and (R.CUES["federal"].search(
                                     " " + " ".join(x.lower_ for x in g.subtree) + " ") or g.lemma_.lower() in _WRITINGS)
                                 for g in tok.head.children)):
                # ("officials could face prosecution" is a threat, not a hypothesis; so is "ICE wrote that the
                # County's reimbursements could be withheld if the order stays in force")
                return True
    for t in [tok, *tok.ancestors]:
        if t.tag_ in ("VBD", "VBZ", "VBP") and any(c.dep_ == "mark" and c.lower_ == "whether" for c in t.children):
            return True     # "an investigation into whether officers broke state law when they helped ICE": in question
        if any(c.dep_ == "mark" and c.lower_ == "whether" for c in t.children) and t.head.i != t.i and any(
                c.dep_ == "neg" for c in t.head.children):
            return True     # "he has not decided whether deputies would ever enter a house of worship to help ICE"
    if rule.name in ("operation_verbs", "operation_nouns", "custody_arrests") and any(
            a.lemma_.lower() in ("ask", "request", "inquire", "question") for a in tok.ancestors):
        near = {tok.i} | {c.i for c in tok.children}
        if any(t.lower_ in ("how", "whether", "which") and t.i < tok.i and (t in tok.subtree or t.head.i in near)
               for t in tok.doc):
            return True     # "a letter asking ICE how many people its agents have arrested": a question
    for t in path:      # an embedded question: "argued over how far the state should go in helping ICE"
        if t.left_edge.lower_ in ("how", "whether") and t.left_edge.i < t.i and any(
                c.dep_ == "aux" and c.lower_ in ("should", "could", "would", "might") for c in t.children):
            return True
    if rule.name not in ("sue", "seek_injunction", "litigant_challenge", "fight_in_court") and any(
            a.lemma_.lower() in ("ask", "urge", "request", "petition", "move") and any(
                c.dep_ in ("dobj", "dative") and c.lemma_.lower() in ("court", "judge", "justice", "panel")
                for c in a.children) for a in tok.ancestors) and not (
            # (not whom the relief reaches: "ask a court to remove local officials who limit cooperation with ICE")
            tok.dep_ == "relcl" and _describes_target(tok)):
        return True     # "the lawsuit asks the court to bar ICE from ...": relief sought, not granted
    if rule.name not in ("sue", "seek_injunction", "litigant_challenge", "fight_in_court") and any(
            a.lemma_.lower() in _RELIEF_NOUNS and a.pos_ in NOMINAL and any(
                b.lemma_.lower() in ("move", "moves", "seek", "request", "pray", "apply", "petition", "ask")
                for b in a.ancestors) for a in tok.ancestors):
        return True     # "moves for a temporary restraining order barring Defendants from ...": relief sought
    if rule.name not in ("document_counts", "operation_nouns", "custody_arrests") and any(
            a.lemma_.lower() in ("number", "count", "tally", "percentage", "share", "list", "total") and a.pos_ in NOMINAL
            for a in tok.ancestors):
        return True     # "report ... the number of people transferred to ICE custody": a count, not an act
    for t in list(tok.ancestors)[:3]:   # what a kind of program allows in general: "programs such as X allow ..."
        if t.lemma_.lower() in ("allow", "permit", "let", "enable") and any(
                c.dep_ == "nsubj" and ((c.tag_ == "NNS" and not any(d.dep_ in ("det", "poss") for d in c.children))
                                       or c.lemma_.lower() in ("program", "model", "programme"))
                for c in t.children):
            return True     # ("The 287(g) program enables local agencies to enter into partnerships with ICE")
    if not _is_verbal(tok) and rule.types.get(R.FED) and _relief_object(tok):
        return True     # "bring this action to set aside ... a sanctuary designation", "Enjoin Defendants from
        #                 enforcing the sanctuary designation": the act a suit challenges, not a new one
    if _weighed_and_dropped(tok, sent):
        return True     # "Staff weighed two other options, ending ... and letting ..., and I rejected both"
    for t in path:
        aux = {c.lower_ for c in t.children if c.dep_ == "aux"}
        if t.tag_ == "VBN" and "have" in aux and aux & {"would", "could", "might"} and _unadopted_part(t):
            return True     # "an amendment that would also have barred deputies from asking ...": never done
        if aux & {"would", "will", "could", "might"} and t.dep_ == "ccomp" and (t.head.lemma_.lower() in (
                "hope", "wish", "pray", "dream") or t.head.lower_ == "hoped"):   # (the tagger's lemma: "hop")
            return True     # "Some of us hoped the Council would declare Nashville a sanctuary city": a wish
    if _never_voted(tok):
        return True     # "a motion to cancel the bed rental agreement was discussed but never brought to a vote"
    if any(a.lemma_.lower() in ("intention", "intent", "plan", "desire") and any(
            c.dep_ == "det" and c.lower_ == "no" for c in a.children) for a in list(tok.ancestors)[:4]):
        return True     # "he has no intention of sending the National Guard to help ICE"
    if not rule.negated and not rule.name.startswith("court") and _refused_request(tok):
        return True     # "turned down ERO's request to close two blocks": what was asked, not done
    if _voted_against(tok) and not (rule.name == "not_renew" and _against_renewal(tok)):
        return True     # "commissioners voted 2-1 against asking the sheriff to join the 287(g) task force model"
    if tok.dep_ == "pcomp" and (
            (tok.head.lower_ == "of" and any(c.lower_ == "instead" for c in tok.head.children)
             or (tok.head.i > 0 and tok.doc[tok.head.i - 1].lower_ == "instead"))
            or (tok.head.lower_ == "than" and tok.head.i > 0 and tok.doc[tok.head.i - 1].lower_ == "rather")) \
            or (tok.i >= 2 and tok.doc[tok.i - 2: tok.i].text.lower() in ("rather than", "instead of")):
        return True     # "let its contract lapse instead of renewing it", "... rather than renew it": the road not taken
    if any(_elected_if(t) for t in [tok, *tok.ancestors]):
        return True     # a campaign pledge: "if elected, she would end the agreement", "If I am mayor, our police
        # will help": a candidate's promise, no act of any government
    for t in path:      # inside a condition: "would sue if the state tried to enforce the ban"
        if any(c.dep_ == "mark" and c.lower_ in ("if", "whether", "unless") for c in t.children):
            return True
        if any(c.dep_ == "aux" and c.lower_ in ("could", "might") for c in t.children) and any(
                c.dep_ == "advcl" and c.i < t.i and any(g.dep_ == "mark" and g.lower_ == "if" for g in c.children)
                for c in t.children):
            return True     # "If it became law, holdout sheriffs could be forced to honor detainers": a hypothetical
        if any(c.dep_ == "aux" and c.lower_ == "would" for c in t.children) and _enacted_if(t):
            return True     # "If the House passes it and the governor signs it, sheriffs who refuse would lose state
            #                 grants": what a bill would do once law (its steps are rows of their own)
    top = path[-1]
    if top.dep_ in ("advcl", "xcomp") and top.head.i != top.i and any(
            c.dep_ == "mark" and c.lower_ == "unless" for c in top.head.children):
        return True     # "... unless the answer is needed to investigate a crime": an exception's purpose
    last = path[-1]
    if last.dep_ == "advcl" and last.head.i != last.i and _negated(last.head) \
            and any(c.lower_ == "to" for c in last.children):
        return True     # "would never deploy the Guard to help ICE"
    if last.dep_ == "advcl" and last.head.i != last.i and _negated(last.head) and any(
            c.dep_ == "mark" and c.lower_ in ("before", "after", "until", "when", "once") for c in last.children):
        return True     # "does not notify ICE before it releases a person": the release is the occasion"
    if last.dep_ in ("advcl", "xcomp", "ccomp") and last.head.i != last.i:
        beyond = last.head
        if beyond.lemma_.lower() in _HARD or any(c.dep_ == "acomp" and c.lemma_.lower() in _HARD
                                                 for c in beyond.children):
            return True
    if rule.types.get(R.FED) is None and any(
            a.lemma_.lower() in ("condition", "contingent", "tie") for a in tok.ancestors):
        return True     # "awards will be conditioned on its agreement to honor detainers": a demand, not an act
    for t in path:
        if t.lemma_.lower() in ("unlikely", "whether", "hypothetical") or any(
                c.lower_ in ("unlikely",) for c in t.children):
            return True
    for t in path:
        if t.dep_ == "csubj" and any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might") for c in t.head.children) \
                and not (t.left_edge.i > t.sent.start and t.doc[t.left_edge.i - 1].pos_ in ("NOUN", "PROPN")):
            return True     # "Terminating the agreement would reduce revenue by $140,000": a consequence weighed
            #                 (not "wrote to the Governor demanding ... that New Mexico jails would honor ...", misread)
    if not rule.negated and any(_is_verbal(t) and not _is_operative_no(t) and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _NO_ONE_NOUNS
            and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
            for c in t.children) for t in path):
        return True         # "No member of the council has proposed renewing the agreement"
    return _dropped_proposal(tok)


#: governments whose permission a legal opinion states ("a county may decline ...", "the Board may end ...")
_PERMITTED_BODIES = {"county", "city", "state", "board", "town", "township", "municipality", "locality",
                     "government", "jurisdiction", "commission", "council", "village", "borough", "parish"}


def _limiting_instrument(verb) -> bool:
    """The object of ``verb`` is an order, policy or law whose own clause denies help ("General Order 600-14, under
    which officers do not share ... with ICE", "the policy that bars deputies from ...")."""
    if not any(o.dep_ == "dobj" and (o.lemma_.lower() in R.INSTRUMENT_NOUNS or any(
            g.lemma_.lower() in R.INSTRUMENT_NOUNS for g in o.children if g.dep_ == "compound"))
            for o in verb.children):
        return False
    for t in verb.subtree:
        # (the small model may hang "under which ..." on the verb: "keep in force General Order 600-14, under which")
        if t.dep_ in ("relcl", "acl", "advcl") and any(w.lower_ in ("which", "that") for w in t.subtree) \
                and (_negated(t) or t.lemma_.lower() in R.BAR_VERBS):
            return True
    return False


def _held_payment(tok) -> bool:
    """"will hold the December payment until the County gives its officers access": a payment held on a condition."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in ("payment", "reimbursement", "fund", "funding", "grant", "award")
               for c in tok.children) and any(c.dep_ == "advcl" and any(m.lower_ in ("until", "unless") for m in c.children)
                                              for c in tok.children)


def _asks_for_help(request) -> bool:
    """"any request for help with civil immigration enforcement": a request for help in general (refusing it is
    refusing to cooperate), not for one kind of it ("ICE's request for after-hours access")."""
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(
        g.lemma_.lower() in ("help", "assistance", "cooperation", "support", "aid", "backup") for g in c.children)
        for c in request.children)


#: kinds of help a refusal can name ("refuse to disclose ...", "declined to hold ...")
_SPECIFIC_HELP = frozenset(("disclose", "share", "give", "hold", "provide", "transfer", "notify", "release", "detain",
                            "honor", "honour", "hand", "turn", "send", "transport", "tell",
                            "produce", "furnish", "supply"))


#: things sent to ICE that are no help to it ("sent ICE a demand for late-payment interest")
_NOT_HELP_SENT = frozenset(("demand", "letter", "request", "invoice", "bill", "complaint", "protest", "objection",
                            "claim", "question", "subpoena", "reply", "response"))


#: laws a body adopts that are no agreement ("adopted Ordinance No. 14-2028, which bars ...")
_LOCAL_LAWS = frozenset(("ordinance", "resolution", "law", "policy", "bill", "statute", "measure", "code", "budget"))
#: what a law does to an agreement when it enters one ("a resolution approving the 287(g) agreement")
_AGREEING = frozenset(("approve", "authorize", "sign", "enter", "renew", "execute", "join", "accept", "ratify",
                       "extend"))
#: help a local order can narrow to some cases ("send release notifications only for inmates with ...")
_NARROWED_HELP = frozenset(("send", "notify", "share", "honor", "honour", "hold", "transfer", "give", "provide", "tell",
                            "alert", "report", "release", "detain"))
#: what a jail issues ICE's officers that lets them in ("issued two ICE officers read-only accounts")
_ACCESS_THINGS = frozenset(("account", "credential", "login", "log-in", "password", "badge", "key", "access", "card",
                            "terminal", "pass"))


#: verbs that carry a warning in their clause ("ICE wrote that the funds could be withheld")
_WARNING_VERBS = frozenset(("write", "warn", "say", "tell", "state", "caution", "notify", "inform", "advise", "add",
                            "threaten", "signal", "indicate", "suggest"))


def _legal_permission(verb) -> bool:
    """"Rockingham County and its Sheriff may end the agreement", "A county may decline to hold a person on a
    detainer": an opinion's statement of what a government is allowed to do, not a report that it did or will.
    Rules that limit others ("officers may enter only with a warrant", "No city may adopt ...") are not this."""
    first = _first_conjunct(verb)
    if not any(c.dep_ == "aux" and c.lower_ == "may" for c in (*verb.children, *first.children)):
        return False
    if _negated(verb) or any(c.dep_ == "neg" for c in (*verb.children, *first.children)) or any(
            c.lower_ in ("only", "solely") for c in _own_words(verb)):
        return False
    subj = next((c for c in first.children if c.dep_ == "nsubj"), None)
    if subj is None or any(c.dep_ == "det" and c.lower_ in ("no", "neither", "any", "every", "each")
                           for c in subj.children) or subj.lower_ in ("neither", "none"):
        return False
    heads = [subj, *(c for c in subj.children if c.dep_ == "conj")]
    return subj.lemma_.lower() in _PERMITTED_BODIES or (
        subj.ent_type_ == "GPE" and subj.pos_ == "PROPN") or (
        subj.pos_ == "PROPN" and subj.lemma_.lower() in _PERMITTED_BODIES) or any(
        h.lower_ in _PERMITTED_BODIES and h.pos_ == "PROPN" for h in heads)


def _relief_object(tok) -> bool:
    """``tok`` is (in) what a suit asks a court to undo: the object of "set aside", "vacate" or "enjoin", or of the
    verb a defendant is to be enjoined from ("Enjoin Defendants from enforcing the designation")."""
    for a in tok.ancestors:
        lem = a.lemma_.lower()
        undo = lem in ("vacate", "enjoin") or (lem == "set" and any(c.lower_ == "aside" for c in a.children))
        if undo and tok.i > a.i:
            return True
        if a.dep_ == "pcomp" and a.head.lower_ == "from" and any(
                t.lower_ in ("enjoin", "enjoining", "restrain", "restraining") for t in tok.doc[:a.head.i]):
            return True     # (a prayer's item the small model parses as a noun phrase: "B. Enjoin Defendants from")
    return False


def _own_words(verb):
    """The words of ``verb``'s clause without the verbs joined to it ("may enter ... but may not hold ... solely")."""
    skip = {t.i for c in verb.children if c.dep_ == "conj" for t in c.subtree}
    return [t for t in verb.subtree if t.i not in skip]


_RELIEF_NOUNS = {"order", "injunction", "relief", "judgment", "declaration", "writ", "stay"}
_NO_ONE_NOUNS = {"member", "one", "official", "officer", "deputy", "lawmaker", "legislator", "commissioner",
                 "supervisor", "council", "board", "state", "sheriff", "mayor", "governor", "department", "agency",
                 "county", "city", "town", "jurisdiction", "government", "chief", "judge", "court", "district"}


def _is_operative_no(verb) -> bool:
    """"No officer shall/may/will ...": a rule laid down, not a negated report."""
    return any(c.dep_ == "aux" and c.lower_ in ("shall", "may", "can", "must", "will") for c in verb.children)


_PROPOSAL_NOUNS = {"proposal", "plan", "idea", "amendment", "motion", "suggestion", "push", "effort", "attempt"}
_DROP_LEMMAS = {"drop", "abandon", "fail", "withdraw", "reject", "die", "table", "shelve", "scrap", "kill", "defeat",
                "stall", "collapse", "fizzle"}
#: what a legislature or board weighs and can let die: "A bill that would have required ... died in committee"
_DROPPABLE = _PROPOSAL_NOUNS | R.PROPOSAL_NOUNS


def _chamber(tok) -> bool:
    """One chamber of a legislature ("the House", "the state Senate"), not a city's or county's body, nor a whole
    legislature ("the General Assembly passed the Act")."""
    return tok.lower_ in ("senate", "house", "assembly") and not any(
        g.lower_ in ("city", "county", "town", "general") for g in tok.children)


_CHAMBER_VERBS = {"pass", "clear", "approve", "advance"}


def _passed_one_chamber(tok) -> bool:
    """What a bill does, told where one chamber passes it: "Senate Bill 12, which bars ..., passed the Senate
    21-9", "The House passed a bill on Tuesday barring ..." (the parse hangs the bill's content on the verb)."""
    for a in tok.ancestors:
        if a.lemma_.lower() not in _CHAMBER_VERBS or not _is_verbal(a):
            continue
        if not any(c.dep_ in ("nsubj", "dobj") and _chamber(c) for c in a.children):
            return False
        inner = next(t for t in [tok, *tok.ancestors] if t.head.i == a.i)
        if inner.dep_ in ("nsubj", "nsubjpass", "dobj"):
            return inner.lemma_.lower() in R.PROPOSAL_NOUNS or bool(_BILL_ID.match(
                inner.doc[inner.left_edge.i: inner.i + 1].text))
        return inner.dep_ == "advcl" and inner.tag_ == "VBG" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in R.PROPOSAL_NOUNS for c in a.children)
    return False


def _dropped_proposal(tok) -> bool:
    """"A proposal to require agents to show identification was dropped": an idea given up, not an act."""
    t = tok
    while t.head.i != t.i:
        if t.lemma_.lower() in _DROPPABLE and t.dep_ in ("nsubj", "nsubjpass") \
                and t.head.lemma_.lower() in _DROP_LEMMAS:
            return True
        t = t.head
    # the parse of a long subject can come apart ("A motion to have County Counsel sue DHS died for lack of a second"
    # read with "sue" as the main verb): the sentence opens with the proposal and its verb after the trigger drops it
    doc = tok.doc
    head = next((x for x in doc[:3] if x.lemma_.lower() in _DROPPABLE and x.pos_ == "NOUN"), None)
    # (its own verb, past its auxiliaries, with the verbs joined to it: "An amendment to declare X a sanctuary
    # campus was considered and rejected")
    finite = next((x for x in doc[tok.i + 1:] if x.tag_ in ("VBD", "VBZ", "VBP", "VBN")
                   and x.dep_ not in ("aux", "auxpass")), None)
    # (not a verb with its own subject: "A motion to end the agreement passed 4-1, and the sheriff dropped his appeal")
    joined = [finite, *(c for c in finite.children if c.dep_ == "conj" and not any(
        g.dep_ in ("nsubj", "nsubjpass") for g in c.children))] if finite is not None else []
    return head is not None and head.i < tok.i and any(x.lemma_.lower() in _DROP_LEMMAS for x in joined)


def _according_to(tok):
    """The source in "According to X, ..." said of ``tok``'s clause, or None."""
    for a in (tok, *tok.ancestors):
        for c in a.children:
            if c.dep_ == "prep" and c.lower_ == "according":
                to = next((g for g in c.children if g.lower_ == "to"), None)
                return next((g for g in to.children if g.dep_ == "pobj"), None) if to is not None else None
    return None


#: who made a share of an operation's arrests, when it is not the federal agency: "our deputies made 23 of them"
_LOCAL_ARRESTERS = re.compile(r"\b(?:our|deput(?:y|ies)|police|sheriff\w*|troopers?|marshals?)\b", re.I)


def _counted_share(tok, S=None) -> bool:
    """A count's share of an operation's arrests, by place: "74 of the arrests were made in X, 51 in Y",
    "Twenty-six of the arrests were made in X" (with ``S``: a place must follow, and the arrests not be
    a local force's: "our deputies made 23 of those arrests")."""
    h = tok.head
    if not (tok.dep_ == "pobj" and h.lower_ == "of" and (h.head.like_num or h.head.pos_ == "NUM")
            and not (h.head.lower_ == "one" and not any(c.dep_ == "compound" for c in h.head.children))  # "Thirty-one"
            and any(c.dep_ == "det" and c.lower_ in ("the", "those", "these")
                                              for c in tok.children)):
        return False
    if S is None:
        return True
    verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    if subj is not None and _LOCAL_ARRESTERS.search(" ".join(t.text for t in subj.subtree)):
        return False
    return any(p.get("kind") != "country" and p["tokens"] and p["tokens"][0].i > tok.i for p in S.places)


def _concrete(tok, sent) -> bool:
    """A noun trigger that names one reported event, not the idea of it."""
    doc = tok.doc
    txt = sent.text
    if _OP_NAME.match(txt, tok.idx) or (tok.lower_ == "operation" and tok.i > 0 and doc[tok.i - 1].text in ("”", '"')):
        return True
    if tok.lower_ in ("arrests",):
        # "made 40 arrests", "74 of the arrests were made here", "those arrests took place in ...",
        # "The arrests included 46 in X, 39 in Y"
        return any(c.dep_ == "nummod" for c in tok.children) or _counted_share(tok) or (
            tok.dep_ == "nsubj" and tok.head.lemma_.lower() == "include" and _COUNTS_IN.search(sent.text)) or (
            tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in ("make", "carry", "conduct", "begin",
                                                                              "start")) or (
            tok.dep_ == "nsubj" and tok.head.lemma_.lower() == "take"
            and any(c.dep_ == "dobj" and c.lower_ == "place" for c in tok.head.children))
    h = tok.head
    if tok.dep_ in ("dobj", "nsubjpass") and h.lemma_.lower() in _CONCRETE_VERBS:
        return True
    dets = [c for c in tok.children if c.dep_ in ("det", "poss") and c.lower_ not in ("no", "any", "every", "such")]
    preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "at", "on", "near", "across", "by", "of", "against", "to", "for")]
    if tok.dep_ == "pobj" and h.lower_ in ("during", "after", "following", "since", "in", "amid"):
        if dets:
            return True
    if dets and (preps or any(c.dep_ in ("compound", "amod", "nmod") for c in tok.children)):
        return True
    if preps and any(any(g.ent_type_ in ("GPE", "FAC", "LOC", "DATE") for g in p.subtree) for p in preps):
        return True
    return False


# ------------------------------------------------------------------ main
def extract_actions(pdoc: ParsedDocument, people, orgs, places, dates, instruments, quotes=None,
                    mentions=None, learned: bool = True, bases: Optional[dict] = None) -> list[dict]:
    """All coded actions of one parsed document (see module docstring). ``mentions`` (spaCy's
    entities, from the entities stage) help mask names for the classifier; ``learned=False`` gives
    the rules' rows only; ``bases`` (from the dates stage) the date in force at each sentence, for a sentence
    that tells none."""
    people, orgs, places = list(people or []), list(orgs or []), list(places or [])
    best = _classifier_types(pdoc, people, places, mentions) if learned else {}
    learned_rows: list[dict] = []
    dates, instruments = list(dates or []), list(instruments or [])
    use_ents = {"people": not people, "orgs": not orgs, "places": not places}
    by_sent = {}
    for name, rows in (("people", people), ("orgs", orgs), ("places", places), ("dates", dates),
                       ("instruments", instruments)):
        for r in rows:
            by_sent.setdefault((name, r.get("sentence_id")), []).append(r)
    for sid, day in (bases or {}).items():
        by_sent[("base", sid)] = day
    state = _DocState()
    state.bill_entries = _bill_entries(pdoc.text)
    state.aliases = defined_terms(pdoc.text)
    state.aliases.update(_short_names(pdoc.text))
    state.rapid_words = _rapid_terms(pdoc.text or "")
    state.ice_agreement = bool(_ICE_AGREEMENT_TITLE.search(pdoc.text or ""))
    state.ice_task_force = bool(_ICE_TASK_FORCE.search(pdoc.text or ""))
    state.guard_for_ice = bool(_GUARD_FOR_ICE.search(pdoc.text or ""))
    state.federal_parts = _federal_parts(pdoc.text or "")
    state.limit_sections = frozenset(m.group(1).lower() for m in _SECTION_LIMIT.finditer(pdoc.text or ""))
    state.legal = bool(_LEGAL_DOC.search(pdoc.text[:4000] or ""))
    state.ice_doc = bool(re.search(r"\b(?:ICE|Immigration and Customs Enforcement)\b", pdoc.text or ""))
    state.local_defendant = state.legal and _local_defendant(pdoc.text[:4000])
    state.state_defendant = state.legal and _state_defendant(pdoc.text or "")
    state.fiscal_court = bool(_NOT_A_COURT.search(pdoc.text or "")) and not state.legal
    state.bill = bool(_BILL_DOC.search(pdoc.text[:3000] or "") or _BILL_TITLE.search(pdoc.text[:_BILL_TITLE_REACH] or "")) \
        and not _BILL_LAW.search(pdoc.text or "")
    state.instrument = bool(_INSTRUMENT_DOC.search(pdoc.text or ""))
    state.signed_bills = bool(_BILLS_SIGNED.search(pdoc.text or ""))
    state.ice_ops = _ice_operations(pdoc)
    state.issuer = letterhead_county_or_city(pdoc.text, places)
    state.doc_states = tuple(sorted({str(p.get("jurisdiction_id"))[3:5].upper() for p in places
                                     if str(p.get("jurisdiction_id") or "").startswith("us-")}))
    # the document's local places by the names it gives them ("Charlottesville had chosen ...", where the sentence's
    # own mention was not read as a place)
    names = sorted({str(p.get("text") or "").strip() for p in places if p.get("kind") in ("city", "county", "state")
                    and str(p.get("text") or "").strip()[:1].isupper() and not str(p.get("text")).isupper()})
    state.place_names = re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b") if names else None
    titles: dict = {}
    for p in people:        # the people stage's rows by the first word of their title ("secretary" of state)
        word = str(p.get("role") or "").split(" ")[0]
        if word and p.get("level") and p.get("level") != "nongovernmental" and word not in ("former", "state", "u.s."):
            titles.setdefault(word, {}).setdefault(p.get("name"), dict(
                actor=p.get("name"), level=_norm_level(p.get("level")), jurisdiction=p.get("jurisdiction")))
    state.by_title = {w: next(iter(v.values())) for w, v in titles.items() if len(v) == 1}
    for p in people:        # the people stage's rows by surname (for a surname alone it missed)
        key = _surname(p.get("name"))
        if key and p.get("level") and key not in state.by_surname:
            state.by_surname[key] = dict(actor=p.get("name"), level=_norm_level(p.get("level")),
                                         jurisdiction=p.get("jurisdiction"))
    out: list[dict] = []
    speakers = transcript_speakers(pdoc, people, quotes, judged=lambda s: _judged_act(s.doc) is not None,
                                   places=places)
    for si, sent in enumerate(pdoc.sentences):
        if sent.doc is None or not len(sent.doc):
            continue
        _repair_verbs(sent.doc)
        state.speaker = speakers.get(sent.sentence_id)
        S = _Sent(sent, by_sent.get(("people", sent.sentence_id), []), by_sent.get(("orgs", sent.sentence_id), []),
                  by_sent.get(("places", sent.sentence_id), []), use_ents)
        _note_agencies(sent.text, state, si)
        if _ICE_ASKED.search(sent.text):
            state.ice_ask_sent = si
        if _IMMIGRATION_AGENCY.search(sent.text):
            state.ice_said_at = (sent.paragraph, si)
            # what the sentence says was sent or given (the nouns a later "stopped sending the lists" takes up)
            state.ice_things = frozenset(t.lemma_.lower() for t in sent.doc if t.dep_ in ("dobj", "nsubjpass")
                                         and t.pos_ == "NOUN" and t.lemma_.lower() not in _VAGUE_THINGS)
        if not sent.is_heading and not _in_option_list(pdoc, sent) and not _SEVERABILITY.search(sent.text) \
                and not _MYTH_LINE.match(pdoc.text, pdoc.text.rfind("\n", 0, sent.start) + 1) \
                and not _CITED_STORY.match(pdoc.text, pdoc.text.rfind("\n", 0, sent.start) + 1) \
                and not _run_in_heading(pdoc, si, sent):
            rows = _sentence_actions(pdoc, sent, S, state, si, by_sent)
            rows += _followed_by(sent, S, rows)
            demand = _letter_demand(pdoc, sent, S, state, si, by_sent, rows)
            if demand:      # the demand made of the place, not its act
                rows = demand + [r for r in rows if r["direction"] == "federal_pressure"]
            similar = _adopted_similar(pdoc, sent, S, state, si, by_sent, rows)
            if similar:     # the earlier law's code, not the one a bare "adopted an ordinance" would get
                rows = similar + [r for r in rows if r["start"] != similar[0]["start"]]
            if not rows:
                rows = _ended_practice(pdoc, sent, S, state, si, by_sent, out)
            if not rows:
                rows = _reintroduced(pdoc, sent, S, state, si, by_sent)
            if not rows:
                rows = _passed_named(pdoc, sent, S, state, si, by_sent)
            if not rows:
                rows = _advanced_bill(pdoc, sent, state, si, by_sent)
            if not rows:
                rows = _agreement_table_row(pdoc, sent, S, by_sent)
            rows += _joiners(pdoc, sent, S, state, by_sent, rows)
            docket = _docket_entry_row(pdoc, sent, S, state, by_sent)
            if docket and all(r["action_type"] in ("court_action", "withhold_funding") for r in rows) \
                    and len({r["jurisdiction"] for r in rows if r["action_type"] == "court_action"}) < 2:
                rows = docket   # (a docket's entry is told by the docket's own fields, not a court word read alone;
                #                 "Brief of amici curiae City of X and Y County ... filed" keeps a row for each filer)
            if state.legal and _DECRETAL.search(sent.text):
                state.ordered = True
            elif not rows and state.legal:
                rows = _ordered_duty(pdoc, sent, state, si, by_sent)
            rows += _signed_content(pdoc, sent, S, state, si, by_sent, rows, out)
            rows += _kept_in_force(pdoc, sent, S, state, si, by_sent, rows)
            if rows and (_under_would_heading(pdoc, sent) or _under_recommendations(pdoc, sent)
                         or _RECOMMENDS.match(sent.text) or _REC_LABEL.match(sent.text)):
                for r in rows:      # "WHAT SB 1186 WOULD DO" then "1. Void any city or county rule that ...": a bill's
                    if r["status"] in ("enacted", "announced"):     # content, proposed
                        r["status"] = "proposed"
            out.extend(rows)
            _remember_instrument_rows(sent.doc, rows, state, si)
            if _A_LETTER.search(sent.text) and R.CUES["ice"].search(" " + sent.text.lower() + " "):
                state.federal_letter_sent = si
            if any(r["direction"] == "federal_pressure" for r in rows):
                state.last_pressure_sent = si
                state.last_pressure_text = " " + sent.text.lower() + " "
                state.last_pressure_target = next((r["target_jurisdiction"] for r in reversed(rows)
                                                   if r["direction"] == "federal_pressure"
                                                   and str(r.get("target_jurisdiction") or "").startswith("us-")),
                                                  state.last_pressure_target)
            if any(r["action_type"] == "records_request" for r in rows):
                state.last_records_sent = si
            if any(r["action_type"] == "sue_federal_government" for r in rows):
                state.federal_suit = True
            if any(r["action_type"] == "court_action" and r.get("rule") == "sue" for r in rows):
                state.court_suit = True     # a suit in a state court, or against the state: not one against DHS
            if any(r["action_type"] in _LIMIT_TYPES and r["actor_level"] in ("city", "county") for r in rows):
                state.last_limit_sent = si
            if any(r["action_type"] == "federal_lawsuit" for r in rows):
                state.us_suit = True
            if rows:
                last = rows[-1]
                state.last_actor = dict(actor=last["actor"], level=last["actor_level"],
                                        jurisdiction=last["jurisdiction"], jkind=None, named=last["actor"] is not None)
                state.last_actor_sent = si
            atype, p = best.get(sent.sentence_id, (None, 0.0))
            if not rows and atype is not None and p >= classifier.THRESHOLD:
                learned_rows.extend(_learned_rows(pdoc, sent, S, state, si, by_sent, atype, p))
        elif sent.is_heading:
            out.extend(_agreement_table_row(pdoc, sent, S, by_sent))     # (a table row reads as a heading)
        if sent.is_heading or _SECTION_BODY.match(sent.text):
            state.section_body = _section_body(sent.text, state.doc_states) or (
                state.section_body if not _SECTION_BODY.match(sent.text) else None)
        _remember_person(S, state)
        if S.people:
            state.last_person_sent = si
        before_agreement = state.antecedents.get("agreement")
        _remember_instruments(sent.doc, state)
        if state.antecedents.get("agreement") is not before_agreement:
            state.last_agreement_sent = si
        _remember_orgs(S, state, si)
        _remember_writer(S, state, si)
        state.prev_text = sent.text
        # (a legislator's home, "Rep. X (R-Elizabethtown)", is no place acted in)
        named = [p for p in S.places if p.get("kind") != "country"
                 and not str(p.get("resolution") or "").startswith("party_label")]
        if named:
            state.last_place, state.last_place_sent = named[0], si
    out.sort(key=lambda r: r["start"])
    if quotes is not None:
        quoted = {q.get("sentence_id") for q in quotes}
        order = [x.sentence_id for x in pdoc.sentences]
        sents_by_id = {x.sentence_id: x for x in pdoc.sentences}
        answers = []
        for sid, who in speakers.items():
            if sid in quoted or sid not in sents_by_id or who.get("signed"):
                continue
            i = order.index(sid)    # what the answer is about may be in the question before it
            asked = " ".join(sents_by_id[order[j]].text for j in range(max(0, i - 2), i))
            if who.get("written") and who.get("level") != "federal":
                asked = ""      # a writer's own sentence is about what it says, not about a question before it
            answers.append(dict(sentence_id=sid, speaker=who["actor"], quote=sents_by_id[sid].text, context=asked,
                                start=sents_by_id[sid].start, end=sents_by_id[sid].end, cue="answer"))
        _praise_by_speaker(out, list(quotes) + answers, people, orgs)
        out = sorted(out + _quoted_statements(pdoc, out, list(quotes) + answers, people, orgs, by_sent),
                     key=lambda r: r["start"])
    # the classifier reads only the sentences no rule coded: where a rule fired, its reading stands
    coded = {r["sentence_id"] for r in out}
    out = sorted(out + [r for r in learned_rows if r["sentence_id"] not in coded], key=lambda r: r["start"])
    _federal_targets_named(out, by_sent, people)
    _sections_of_law(out)
    _under_told_instrument(out)
    _one_demand(out)
    out = _one_inquiry(out)
    _case_government(out, pdoc.text)
    focus, by_kind = _document_focus(pdoc, places, orgs)
    _county_bodies_in_cities(out, by_kind, places)
    sections = _dateline_focus(places)
    if len(sections) < 2:   # (a roundup's datelines, else a survey's or a list's place items)
        sections = _place_items(pdoc.text, places) or sections
    from .places import part_letterheads
    parts = [(at, jid) for at, jid, _kind in part_letterheads(pdoc.text or "", state.doc_states)]
    if parts and len(sections) < 2:
        # (or the letterheads of the parts of a packet: a governor's release, then "###" and "CITY OF MEMPHIS /
        # OFFICE OF THE MAYOR" above the mayor's statement, whose "the City" is Memphis; a dateline inside a part,
        # "ALBANY, Ga. -" in the county's own release, stays that part's)
        # (the part before them keeps the document's focus: no dateline of its own is turned into a section)
        sections = [(0, None)] + parts
    _letter_dates(out, pdoc, by_sent)
    _act_content_dates(out, pdoc, by_sent)
    rows = _merge_same(_with_focus(out, focus, by_kind, sections, state.bill_entries))
    # a bill's steps told apart from what it does ("introduced H.B. 412 on January 11"): its content's type
    rows = sorted(rows + bill_steps.steps(pdoc, rows, instruments, dates, bases), key=lambda r: r["start"])
    for r in rows:
        if r["action_type"] == "federal_ultimatum" and r["status"] == "threatened" \
                and not _ULTIMATUM_THREAT.search(r.get("evidence") or ""):
            # a demand whose consequence is left open is made when it is sent (vocabulary.md: the threat in it
            # is coded as the threatened act itself): "gave the county until November 15 to honor detainers";
            # the vocabulary's own wording of a threat, "or risk being labeled ...", stays threatened
            r["status"] = "enacted"
    return rows


#: an ultimatum's consequence worded as the threat itself: the vocabulary's "or risk being labeled", and a
#: designation still to come ("will add Dayton to its list", "would be placed on the roster")
_ULTIMATUM_THREAT = re.compile(r"\bor\s+risk\b|\b(?:will|would|could)\s+(?:also\s+)?(?:be\s+)?(?:identify|identified|add|added"
                             r"|place|placed|list|listed|label|labell?ed|designate|designated|name|named|put)\b", re.I)

#: the heading line of a bill's entry in a tracker, a digest or an agenda: "5. HB 402 | Courthouses; ...",
#: "SB 61 - County jails", "House Bill 1187: ..."
_BILL_ENTRY = re.compile(r"^[ \t]*(?:\(?\d{1,2}[.)]\s*|[-*\u2022]\s*)?(?:\*\*)?(?:[HSAL]\.?\s?[BFR]\.?|HF|SF|LB|LD|SJR|HJR"
                         r"|House (?:Bill|File|Resolution)|Senate (?:Bill|File|Resolution)|Assembly Bill|Legislative Bill)"
                         r"\s*(?:No\.\s*)?\d{1,5}\b[^\n]{0,120}(?<![.!?])$", re.M)
#: how far below its heading a line still belongs to the bill's entry
_BILL_ENTRY_REACH = 700


#: a field's label read as a subject: "Summary :", "Note :", "Status :"
_FIELD_LABEL = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)? ?:")


def _bill_entries(text: str) -> list[int]:
    """Where each bill's entry begins (its heading line): a row in it with no actor is the bill's, a
    state's act."""
    return [m.start() for m in _BILL_ENTRY.finditer(text)]


def _in_bill_entry(start: int, entries: list[int]) -> bool:
    before = [e for e in entries if e <= start]
    return bool(before) and start - before[-1] <= _BILL_ENTRY_REACH


_OFFICE_ACTOR = re.compile(r"\b(?:attorneys? general|governor|mayor|sheriff|council|legislat\w*|commission\w*|executive"
                           r"|solicitor)\b", re.I)


def _case_government(rows: list[dict], text: str) -> None:
    """In a court document, a ruling, hearing or order that names no place is the case's: the first
    government among the caption's parties ("STATE OF OREGON and CITY OF PORTLAND, Plaintiffs" -> Oregon;
    "NWA WORKERS' CENTER ... v. STATE OF ARKANSAS" -> Arkansas), not the place the opinion names most."""
    def courts(r):      # (a party's own filing, "The Attorney General filed a brief", is its government's; the United
        # States' own, "Appellants filed a notice of appeal", aims at its target)
        return r["action_type"] == "court_action" and r["jurisdiction"] is None \
            and r["actor_level"] not in ("state", "county", "city", "federal") and not _OFFICE_ACTOR.search(r["actor"] or "")

    sued = [r for r in rows if r["action_type"] == "federal_lawsuit" and not r.get("target_jurisdiction")]
    defendant = case_government(text or "") if sued else None
    for r in sued:      # "The United States filed this action on March 2, 2028.": against the caption's government
        if defendant is not None and defendant.startswith("us-"):
            r["target_jurisdiction"] = defendant
    local = summary_case_government(text or "") if any(r["action_type"] == "court_action" for r in rows) else None
    if local is not None:
        # a state court's summary of a city's or a county's case ("City of Morgantown v. X"): its rulings and
        # hearings are that place's, not the state's the text is placed in
        for r in rows:
            if r["action_type"] == "court_action" and r["jurisdiction"] in (None, local[:5]) \
                    and r["actor_level"] not in ("state", "county", "city") and not _OFFICE_ACTOR.search(r["actor"] or ""):
                r["jurisdiction"] = local
                r["confidence"] = round(max(0.05, r["confidence"] - 0.05), 2)
        return
    if not any(r["action_type"] == "court_action" and r["jurisdiction"] is None for r in rows):
        return
    jid = case_government(text or "") if any(courts(r) for r in rows) else None
    if jid is None:
        # a docket summary of several cases, each named on a line of its own: a ruling below one is its case's
        sections = case_sections(text or "")
        if len(sections) < 2:
            return
        for r in rows:
            before = [g for start, g in sections if start <= r["start"]]
            # (a federal judge's ruling is the case's too, and so is the other side's appeal in it)
            if r["action_type"] == "court_action" and r["jurisdiction"] is None and before and before[-1] is not None \
                    and not _OFFICE_ACTOR.search(r["actor"] or ""):
                r["jurisdiction"] = before[-1]
                r["confidence"] = round(max(0.05, r["confidence"] - 0.05), 2)
        return
    for r in rows:
        if courts(r):
            r["jurisdiction"] = jid
            r["confidence"] = round(max(0.05, r["confidence"] - 0.05), 2)


def _merge_same(rows: list[dict]) -> list[dict]:
    """One row per sentence, code and place (vocabulary.md): rows of one sentence that the targets and the
    focus filled in made the same act ("sent a letter to Lehigh County ... demanding that ..." coded on
    "letter" and on "demanding"), or that two triggers gave one place ("The City opened its rapid response
    line, and trained volunteers now log every call"), are one row: the most confident, in the place of
    the first."""
    best: dict = {}
    for r in rows:
        k = (r["sentence_id"], r["action_type"], r["jurisdiction"], r["target_jurisdiction"])
        if k not in best or r["confidence"] > best[k][1]["confidence"]:
            best[k] = (best[k][0] if k in best else len(best), r)
    out = [r for _, r in sorted(best.values(), key=lambda x: x[0])]
    # an operation told in its places ("ICE carried out Operation X in Whitfield County and Murray County"): a row
    # of the same sentence that only got the state is the same operation, already placed
    placed = {(r["sentence_id"], (r["target_jurisdiction"] or "")[:5]) for r in out
              if r["action_type"] == "federal_enforcement_operation" and (r["target_jurisdiction"] or "").count("-") >= 2}
    # (but a state the sentence names as a place of the arrests keeps its row: "In Minnesota, officers arrested 171
    # people, including 88 in Minneapolis and 39 in St. Paul")
    return [r for r in out if not (r["action_type"] == "federal_enforcement_operation"
                                   and (r["target_jurisdiction"] or "").count("-") == 1
                                   and (r["sentence_id"], r["target_jurisdiction"]) in placed
                                   and not _state_named_as_place(r))]


def _state_named_as_place(r: dict) -> bool:
    """The row's state is named in its sentence as a place of its own ("In Minnesota, ...")."""
    from .. import gazetteer
    p = gazetteer.load().get(r["target_jurisdiction"])
    return p is not None and bool(re.search(rf"\b(?:[Ii]n|[Aa]cross|[Tt]hroughout) {re.escape(p.name)}\b(?!,? \d)",
                                            r.get("evidence") or ""))


def _document_focus(pdoc, places, orgs) -> tuple[Optional[str], dict]:
    """The place a document is about, and its county, city and state in focus. A body named for its place
    ("Berks County Board of Commissioners", also in a caption) names that place as much as the place named
    alone; a letterhead's place is the focus and, for its kind, the place of "the Board" and "the Sheriff",
    however often the text names another one ("MOHAVE COUNTY BOARD OF SUPERVISORS" on a report that cites
    a neighbouring county)."""
    from .. import gazetteer

    G = gazetteer.load()
    bodies = [dict(jurisdiction_id=o["jurisdiction"], kind=G.get(o["jurisdiction"]).kind, start=o.get("start"))
              for o in orgs if o.get("jurisdiction_source") == "name" and o.get("jurisdiction")
              and G.get(o["jurisdiction"]) is not None
              # (a federal agency's office named for its city, "ICE's Philadelphia Field Office", is no local body)
              and not _FEDERAL_OFFICE.search(str(o.get("canonical") or o.get("text") or o.get("name") or ""))]
    named = sorted(places + bodies, key=lambda p: p.get("start") if p.get("start") is not None else 10 ** 9)
    issuer, by_kind = letterhead_place(pdoc.text, places), _kind_focus(named)
    place = G.get(issuer) if issuer else None
    if place is not None and place.kind in ("state", "county", "city"):
        by_kind[place.kind] = issuer
        by_kind["_issuer"] = issuer
    if issuer is None:
        # a court's order or recommendation in a case against a local government ("... Warden, Luzerne County
        # Correctional Facility, Respondents"): the government of its caption, however often the text names the
        # petitioner's town
        party = case_government(pdoc.text or "")
        party_place = G.get(party) if party else None
        if party_place is not None and party_place.kind in ("county", "city"):
            by_kind[party_place.kind] = party
            return party, by_kind
    return issuer or _focus(named), by_kind


#: a federal agency's field office named for the city it sits in
_FEDERAL_OFFICE = re.compile(r"\b(?:ICE|ERO|HSI|DHS|FBI|CBP|USCIS|Homeland Security|Immigration and Customs Enforcement"
                             r"|Field Office|U\.S\. Attorney)\b")


def _county_bodies_in_cities(rows: list[dict], by_kind: dict, places=()) -> None:
    """"The county jail in Storm Lake held 14 of the workers", "The Board approved an agreement ... to hold people
    at the Adult Detention Center in Kingman": a county body placed at the city where it sits is the document's
    county (or the one other county of that state its sentence names: "Portage County Sheriff X signed ..., and his
    jail in Stevens Point still honors every detainer")."""
    from .. import gazetteer

    county = by_kind.get("county")
    if not county:
        return
    G = gazetteer.load()
    c_state = county.split("-")[1] if county.count("-") >= 2 else None
    counties: dict = {}
    for p in places:
        jid = p.get("jurisdiction_id") or ""
        if p.get("kind") == "county" and jid.startswith(f"us-{c_state}-"):
            counties.setdefault(p.get("sentence_id"), set()).add(jid)
    for r in rows:
        if r["actor_level"] != "county" or not r["jurisdiction"] or r["jurisdiction"] == county:
            continue
        place = G.get(r["jurisdiction"])
        if place is None or place.kind != "city" or (place.state or "").lower() != c_state:
            continue
        named = counties.get(r["sentence_id"], set())
        r["jurisdiction"] = next(iter(named)) if len(named) == 1 else county


#: a claim a "myths and facts" page sets up to refute: "MYTH #4: KCSO hands victims' information to ICE."
#: a line citing another story by its headline: 'Story: "Salisbury limits ICE help," March 2, Page A1.' (a
#: corrections column's item, a press clipping's source line): a title, no act told
_CITED_STORY = re.compile(r"[ \t]*(?:(?:original|corrected|related|cited)\s+)?(?:story|article|headline|report)\s*:\s*"
                          r"[\"\u201c]", re.I)
_MYTH_LINE = re.compile(r"[ \t]*(?:myth|false claim|rumou?r)\b[^:\n]{0,6}:", re.I)
#: the boilerplate of a law or order about itself: "If any provision ... is held invalid, the remaining ..."
_SEVERABILITY = re.compile(r"\b(?:held (?:to be )?invalid|severab\w+|remaining provisions)\b", re.I)
_OPTION_LINE = re.compile(r"(?:option|alternative|scenario)\s+(?:[A-Z]|\d+|one|two|three|four|five)\s*[:.)\u2013\u2014-]",
                          re.I)


_OPTION_ITEM = re.compile(r"^[ \t]*(?:\(?[A-Ha-h]\)|[A-H]\.)[ \t]+(?:Approve|Allow|Renew|Reject|Terminate|End|Extend"
                          r"|Keep|Let|Continue|Decline|Deny|Adopt|Authorize|Direct|Enter|Sign|Maintain|Negotiate)\b", re.M)


#: an item of a numbered or bulleted list, at the start of its line
_LIST_ITEM = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[-*\u2022])[ \t]+")


#: a numbered item's run-in title: "3.1 Operation Cedar Lantern.", "3.2 A declined hold request."
_RUN_IN_NUMBER = re.compile(r"\(?\d{1,2}(?:\.\d{1,2})+\.?\)?\s+[A-Z]")


def _local_body_subject(tok) -> bool:
    """"The City Council should require any officer making an arrest on city property ... to display a name": a
    local or state body told what to enact is a measure proposed to it, not a call on Congress or ICE."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    words = " ".join(t.text for t in subj.subtree)
    return level_from_text(words) in ("city", "county", "state") and not re.search(r"\bCongress\b", words)


def _help_withheld(verbs) -> bool:
    """An ordered verb that gives no help at all: "to give agents no help", "to give ICE no assistance"."""
    return any(o.dep_ == "dobj" and o.lemma_.lower() in ("help", "assistance", "aid", "support", "cooperation")
               for v in verbs for o in v.children)


def _run_in_heading(pdoc, si: int, sent) -> bool:
    """A numbered item's short title run in before its first sentence ("3.1 Operation Cedar Lantern. On June 8,
    2027, ICE agents arrested ..."): a title with no verb of its own, not an act (its item's sentences tell it)."""
    if not _RUN_IN_NUMBER.match(sent.text) or len(sent.text.split()) > 8 or si + 1 >= len(pdoc.sentences):
        return False
    nxt = pdoc.sentences[si + 1]
    if nxt.paragraph != sent.paragraph or nxt.is_heading:
        return False
    return not any(t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX") for t in sent.doc)


def _lines_above(text: str, pos: int, limit: int):
    """The lines above the one holding ``pos``, nearest first, at most ``limit`` of them."""
    a = text.rfind("\n", 0, pos) + 1
    for _ in range(limit):
        if a == 0:
            return
        b = text.rfind("\n", 0, a - 1) + 1
        yield text[b:a - 1]
        a = b


def _under_would_heading(pdoc, sent) -> bool:
    """The sentence is an item of a list introduced by what a bill or proposal *would* do ("WHAT SB 1186 WOULD
    DO", "The bill would:"): its items are the bill's content."""
    text = pdoc.text
    if not _LIST_ITEM.match(text, text.rfind("\n", 0, sent.start) + 1):
        return False
    for line in _lines_above(text, sent.start, 12):
        if not line.strip() or _LIST_ITEM.match(line):
            continue
        intro = line.strip()
        # (a heading or a line closed by a colon, not a sentence: '"... nobody here would have," X said.')
        heading_like = intro.endswith(":") or not re.search(r"[.!?\"\u201d\u2019']$", intro)
        return heading_like and len(intro.split()) <= 14 and bool(re.search(r"\bwould\b", intro, re.I))
    return False


#: an item of a numbered or bulleted list: "4.3 Open a hotline ...", "R2. The Sheriff should ...", "- Declare ..."
_REC_ITEM = re.compile(r"[ \t]*(?:(?:Recommendation[ \t]+(?:No\.[ \t]*)?)?[A-Z]{0,2}-?\d{1,2}(?:[.-]\d{1,2})*[.):]?|[-*\u2022]"
                       r"|\([a-z0-9]{1,3}\))[ \t]+")
#: a sentence that recommends what a body should do: "We recommend that the Board direct the Jail Board to ...",
#: "Staff recommends that the Council adopt ..." (what it recommends is proposed)
#: a report's numbered recommendation: "Recommendation 3: The Department should publish ..."
_REC_LABEL = re.compile(r"^\s*Recommendation\s+(?:No\.\s*)?\d+[A-Za-z]?\s*[.:\u2014-]")
_RECOMMENDS = re.compile(r"^\s*(?:[\w'\u2019.-]+\s+){0,4}recommends?\s+that\b", re.I)


#: the heading of a report's recommendations ("4. RECOMMENDATIONS", "Recommendations", "What we recommend")
_REC_HEADING = re.compile(r"\brecommend(?:ations?|ed\s+actions?|s)?\b", re.I)


def _under_recommendations(pdoc, sent) -> bool:
    """The sentence is an item under a report's recommendations heading ("4. RECOMMENDATIONS" then "4.3 Open a
    confidential hotline for reporting encounters ...  Responsible: Mass Care Branch."): what it recommends is
    proposed, not done."""
    text = pdoc.text
    if not _REC_ITEM.match(text, text.rfind("\n", 0, sent.start) + 1):
        return False
    prose, seen = 0, False
    for line in _lines_above(text, sent.start, 15):
        line = line.strip()
        if not line or _RESPONSE_LINE.match(line):
            continue        # (an audit's "Response: Agree. ..." under the item before)
        body = _REC_ITEM.sub("", line, count=1) if _REC_ITEM.match(line) else line
        heading_like = len(body.split()) <= 8 and not re.search(r"[.!?\"\u201d\u2019']$", body)
        if heading_like:
            return bool(_REC_HEADING.search(body))
        if not _REC_ITEM.match(line):
            prose += 1
            if prose > 2 or not seen:
                return False    # prose between: the list is not under a heading (but for a short lead-in to it)
        else:
            seen = True
    return False


#: a response set under an audit's recommendation: "Response: Disagree. ...", "Management Response: Agree."
_RESPONSE_LINE = re.compile(r"(?:(?:management|agency|department|auditee|sheriff['\u2019]s)\s+)?(?:response|reply)\s*:",
                            re.I)


#: options set out inside one sentence: "listed three options: (a) ...; (b) ...", "Council may (a) adopt ...,
#: (b) ..."
_INLINE_OPTIONS = re.compile(r"(?:\boptions?\b[^.;:]{0,40}:|\b(?:may|could|can|might)\s*:?)\s*\(a\)\s[^()]{3,}\(b\)\s",
                             re.I)


def _in_option_list(pdoc, sent) -> bool:
    """A sentence of a paragraph that sets out an option ("Option 3: Renew the agreement for one year.
    Not recommended.", or the third of "A. Approve the renewal / B. ... / C. Allow the agreement to
    expire"): a course considered in a staff report, not an act."""
    line_start = pdoc.text.rfind("\n", 0, sent.start) + 1
    if _OPTION_LINE.match(pdoc.text[line_start: line_start + 40].lstrip(" \t-*\u2022")):
        return True
    if _INLINE_OPTIONS.search(sent.text):
        return True     # "listed three options: (a) resume honoring every detainer; (b) keep the warrant rule; ..."
    return bool(_OPTION_ITEM.match(pdoc.text, line_start)) and len(_OPTION_ITEM.findall(pdoc.text)) >= 2


def _levels_of(people, orgs) -> dict[str, tuple]:
    """name -> (level, jurisdiction) of the people and organizations found (organizations without place)."""
    level_of: dict[str, tuple] = {}
    for rows_, has_place in ((people, True), (orgs, False)):
        for r in rows_:
            name = r.get("name")
            if name and name not in level_of and r.get("level"):
                level_of[name] = (r.get("level"), r.get("jurisdiction") if has_place else None)
    return level_of


_SECTION_ACTOR = re.compile(r"^(?:Section|Sec\.|Subsection|Article|Part)\s+\d", re.I)


def _one_demand(rows: list[dict]) -> None:
    """A demand made and the listing it warns of, in one sentence, are one ultimatum, made when the letter is sent:
    "We ask that your Office withdraw the memorandum by October 15, 2027, or Minnesota will be added to the list"
    (the demand names no place; the listing does)."""
    by_sent: dict = {}
    for r in rows:
        if r["action_type"] == "federal_ultimatum":
            by_sent.setdefault(r["sentence_id"], []).append(r)
    for group in by_sent.values():
        made = [r for r in group if r["status"] == "enacted" and not r.get("target_jurisdiction")
                and not r.get("jurisdiction")]
        placed = [r for r in group if r.get("target_jurisdiction") and r["status"] in ("announced", "threatened")]
        if made and placed:
            for r in placed:
                r["status"] = "enacted"
            for r in made:
                r["target_jurisdiction"] = placed[0]["target_jurisdiction"]


#: a sentence told under the instrument just named: "Under the act, police ... may not hold anyone on an ICE detainer",
#: "Under the order, the soldiers will take fingerprints ..." ("the same order" may point further back: `same`)
_UNDER_THE_ACT = re.compile(r"(?:Under|By) (?:the|this|that|its) (?:(?P<same>same )|new )?(?:executive order|act|law"
                            r"|ordinance|order|directive|statute|measure)\b|Under it\b")


def _under_told_instrument(rows: list[dict]) -> None:
    """What is done under an instrument told in the sentence before is done by the instrument's government, not by
    a place the sentence names: "Governor X signed Executive Order 28-02, which sends 200 Missouri National Guard
    soldiers ... Under the order, the soldiers will take fingerprints ... in north St. Louis" (Missouri's)."""
    by_start = sorted(rows, key=lambda r: r["start"])
    for k, r in enumerate(by_start):
        if r.get("actor_level") is not None or not _UNDER_THE_ACT.match(r.get("evidence") or ""):
            continue
        prev = next((q for q in reversed(by_start[:k]) if q["sentence_id"] != r["sentence_id"]), None)
        if prev is None or not prev.get("instrument") or prev.get("actor_level") not in ("state", "county", "city") \
                or not prev.get("jurisdiction") or not (r.get("jurisdiction") or "").startswith(prev["jurisdiction"]):
            continue
        try:
            near = int(str(r["sentence_id"]).rsplit(":", 1)[1]) - int(str(prev["sentence_id"]).rsplit(":", 1)[1]) <= 2
        except ValueError:
            near = False
        if near:
            r["jurisdiction"], r["actor_level"] = prev["jurisdiction"], prev["actor_level"]


def _sections_of_law(rows: list[dict]) -> None:
    """A section of a state law told just before it is the state's: "Governor X signed House Bill 212, which
    limits ... Section 5 bars civil immigration arrests inside public schools" (not the county the text names
    most). Only a run of sections right after the law's own row: any other row ends it."""
    last = None
    for r in sorted(rows, key=lambda r: r["start"]):
        # (or a sentence that opens with the section and names someone it empowers: "Section 5 lets the Attorney
        # General seek a civil penalty ...")
        section = (_SECTION_ACTOR.match(r.get("actor") or "") or _SECTION_ACTOR.match(r.get("evidence") or "")) \
            and r["action_type"] in _LAW_TYPES
        if section and last is not None and not r.get("jurisdiction") and not r.get("actor_level") \
                and r["start"] - last["start"] <= 800:
            r["jurisdiction"], r["actor_level"] = last["jurisdiction"], last["actor_level"]
        state_row = (r.get("jurisdiction") or "").count("-") == 1 and r["action_type"] in _LAW_TYPES
        if section:
            # (a section placed by its own words goes on the run: "Section 3 forbids any jail in New Mexico")
            last = r if last is not None and state_row else None
        else:
            last = r if state_row and r.get("actor_level") == "state" and r.get("actor") else None


def _praise_by_speaker(rows, quotes, people, orgs) -> None:
    """Praise whose subject is the federal agency praised inside a quotation ("ICE has been a good
    partner to this office," the sheriff said) is the speaker's: the sheriff praises, ICE does not."""
    level_of = _levels_of(people, orgs)
    by_sid: dict = {}
    for q in quotes:
        if q.get("speaker"):
            by_sid.setdefault(q.get("sentence_id"), []).append(q)
    for r in rows:
        if r["action_type"] != "praise_enforcement" or r["actor_level"] != "federal" or not r["actor"]:
            continue
        for q in by_sid.get(r["sentence_id"], []):
            level, juris = level_of.get(q["speaker"]) or (level_from_text(q["speaker"]), None)
            if level in ("state", "county", "city") and r["actor"].lower() in (q.get("quote") or "").lower() or (
                    level in ("state", "county", "city") and R.CUES["ice"].search((q.get("quote") or "").lower())):
                r.update(actor=q["speaker"], actor_level=level, jurisdiction=juris, target_jurisdiction=None)
                break


#: words of a measure that limits enforcement (what pride in a vote for it is about)
_LIMITING = re.compile(r"\b(?:keeps? (?:ice|federal \w+|agents) (?:from|out)|bars?|barring|prohibit\w*|forbid\w*"
                       r"|restrict\w*|limit\w*|sanctuary|welcoming|protect\w* (?:immigrants|residents|families))\b", re.I)


#: a federal statute cited ("Section 1324 of Title 8, United States Code, makes it a felony to ..."): the law, no shaming
_STATUTE = re.compile(r"\bUnited States Code\b|\bU\.\s?S\.\s?C\.|\bTitle \d+\b")
_OPERATION_NAME = re.compile(r"\bOperation(?: [A-Z][\w'\u2019-]+){1,3}")


#: a measure's or program's title, whose words are no one's words of praise ("the Harlowe-Banerjee Jail Partnership Act")
_TITLED_MEASURE = re.compile(r"\b(?:[A-Z][\w'\u2019-]*\s+){1,8}(?:Act|Law|Ordinance|Program|Initiative|Resolution)\b")


def _quoted_statements(pdoc, rows, quotes, people, orgs, by_sent) -> list[dict]:
    """Rhetoric carried by a direct quotation whose speaker the quotes stage found, in a sentence
    no rule coded ('“These raids are cruel,” she said.' is coded by the statement rule; a quote
    whose speaker is named in the next sentence is coded here): harsh words about federal
    enforcement from a non-federal speaker are a condemnation, shaming words about local
    governments from a federal one are criticism, warm words about ICE are praise."""
    # a sentence already coded with rhetoric is done; one coded with a measure can still carry praise or
    # condemnation ("Our partnership with ICE has made us safer, and I will keep it")
    coded = {r["sentence_id"] for r in rows if r["direction"] in ("rhetoric", "federal_pressure")}
    sents = {s.sentence_id: s for s in pdoc.sentences}
    order = {s.sentence_id: k for k, s in enumerate(pdoc.sentences)}
    level_of = _levels_of(people, orgs)
    out = []
    # (a quotation running over several sentences is read sentence by sentence: '"The Sheriff's Office has been an
    # exemplary partner. By contrast, X and Y continue to release criminal aliens onto the streets."')
    for q in [part for q0 in quotes for part in _quote_sentences(pdoc, q0, sents)]:
        sid, speaker, text = q.get("sentence_id"), q.get("speaker"), q.get("quote") or ""
        sent = sents.get(sid)
        if not speaker or sent is None or sent.doc is None or sent.is_heading or sid in coded:
            continue
        if _PLEASANTRY.match(text):
            continue    # "Thank you, Josephine.": a guest thanking the host
        level, juris = level_of.get(speaker) or (level_from_text(speaker), None)
        cls = _actor_class(level)
        k = order.get(sid, 0)
        before = pdoc.sentences[k - 1] if k > 0 else None
        lead = before.text if before is not None and not before.is_heading else ""
        context = " " + (text + " " + sent.text + " " + (q.get("context") or "")).lower() + " "
        plain = _OPERATION_NAME.sub("Operation", text)     # ("Operation Rogue Lantern" is no harsh word)
        # what a harsh quotation is about may be named in the sentence that leads into it
        # ("The mayor criticized the operation. 'What happened this week was cruel,' she said.")
        about = context + " " + lead.lower() + " "
        atype = None
        if cls == R.NONFED and _judged_act(sent.doc) is not None:
            atype = "condemn_federal_action"    # '"Putting soldiers at the gate ... does not make one family safer"'
        elif cls == R.FED and R.CUES["immunity"].search(" " + plain.lower() + " "):
            atype = "immunity_claim"    # "Federal officers are not bound by a city ordinance", in ICE's answer
        elif R.CUES["warm"].search(_TITLED_MEASURE.sub(" ", text)) and (R.CUES["ice"].search(context) or cls == R.FED) \
                and R.CUES["praise_objects"].search(context) \
                and not R.CUES["harsh"].search(text) and cls != R.UNK \
                and not (q.get("cue") == "answer" and _LIMITING.search(context)):
            # ("I was proud to vote yes", after an ordinance that keeps ICE out of city parks: pride in a limit)
            atype = "praise_enforcement"
        elif cls == R.NONFED and R.CUES["harsh"].search(plain) and (R.CUES["condemn_objects"].search(context) or (
                R.CUES["condemn_objects"].search(about) and not R.CUES["crime_frame"].search(text)
                and not re.search(r"\bsanctuar", text, re.I))):
            atype = "condemn_federal_action"
        elif cls == R.FED and (R.CUES["harsh"].search(plain) or R.CUES["crime_frame"].search(plain)) \
                and not _STATUTE.search(text) \
                and (R.CUES["local_target"].search(context) or (not R.CUES["warm"].search(text) and any(
                    p.get("kind") in ("state", "county", "city") for p in by_sent.get(("places", sid), [])))):
            atype = "federal_criticism"     # ("Oregon's Public Safety Trust Act puts politics ahead of ...")
        if atype is None:
            continue
        coded.add(sid)
        root = next((t for t in sent.doc if t.dep_ == "ROOT"), sent.doc[0])
        date_text, date, prec, dsrc = _date_for(pdoc, sent, root, by_sent)
        places = [p for p in by_sent.get(("places", sid), []) if p.get("kind") != "country"]
        federal = atype in ("federal_criticism", "immunity_claim")
        targets = _subject_places(sent, root, places) if federal else []
        praised = (_subject_places(sent, root, places) or places) if atype == "praise_enforcement" and cls == R.FED \
            and juris is None else []
        if praised:
            juris = praised[0].get("jurisdiction_id")   # "The Lebanon County Sheriff's Office, by contrast, has been a
            #                                             dependable partner", in ICE's letter: the partner's county
        for target in (targets or places[:1] or [None]) if federal else [None]:
            out.append(_plain_row(pdoc, sent, int(q["start"]), int(q["end"]), atype, (date_text, date, prec, dsrc),
                                  trigger=q.get("cue") or "", rule="quoted_statement", actor=speaker,
                                  actor_level=level, jurisdiction=None if federal else juris,
                                  target_jurisdiction=target.get("jurisdiction_id") if target else None))
    return out


def _quote_sentences(pdoc, q: dict, sents: dict) -> list[dict]:
    """The quotation ``q`` (a quotes row), then its part in each later sentence it runs into."""
    out = [q]
    try:
        a, b = int(q["start"]), int(q["end"])
    except (KeyError, TypeError, ValueError):
        return out
    first = sents.get(q.get("sentence_id"))
    if first is None:
        return out
    for s in pdoc.sentences:
        if s.start >= first.end and s.start < b and s.end > a:
            x, y = max(a, s.start), min(b, s.end)
            out.append(dict(q, sentence_id=s.sentence_id, start=x, end=y, quote=pdoc.text[x:y]))
    return out


def _subject_places(sent, root, places) -> list[dict]:
    """The places named in the subject of the sentence's main verb ("X and the City of Y continue to release ..."),
    one per government."""
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return []
    ids = {t.i for t in subj.subtree}
    out, seen = [], set()
    for p in places:
        try:
            span = sent.doc.char_span(int(p["start"]) - sent.start, int(p["end"]) - sent.start, alignment_mode="expand")
        except (KeyError, TypeError, ValueError):
            continue
        if span is not None and any(t.i in ids for t in span) and p.get("jurisdiction_id") not in seen:
            seen.add(p.get("jurisdiction_id"))
            out.append(p)
    return out


def _plain_row(pdoc, sent, start: int, end: int, atype: str, when: tuple, trigger: str, rule: str,
               actor=None, actor_level=None, jurisdiction=None, target_jurisdiction=None,
               confidence: float = 0.4) -> dict:
    """An enacted action row made outside the rule loop (a quoted statement, a court's ordered duty)."""
    date_text, date, prec, dsrc = when
    return {
        "doc_id": pdoc.doc_id, "sentence_id": sent.sentence_id, "start": start, "end": end,
        "actor": actor, "actor_level": actor_level, "jurisdiction": jurisdiction,
        "target_jurisdiction": target_jurisdiction,
        "action_type": atype, "direction": vocabulary.direction_of(atype), "status": "enacted",
        "instrument": None, "date_text": date_text, "date": date, "date_precision": prec, "date_source": dsrc,
        "confidence": confidence, "evidence": sent.text, "trigger": trigger, "rule": rule,
        "operation": None, "incident": None, "incident_place": None,
    }


def _classifier_types(pdoc, people, places, mentions) -> dict:
    """sentence_id -> (most probable action type, its probability) from the trained classifier
    (empty without a model file)."""
    model = classifier.load()
    if model is None:
        return {}
    sents = [s for s in pdoc.sentences if s.doc is not None and len(s.doc) and not s.is_heading]
    spans = classifier.mask_spans(people, places, mentions or [])
    texts = [classifier.masked_text(s.text, s.start, spans) for s in sents]
    return {s.sentence_id: b for s, b in zip(sents, model.best(texts))}


_LEARNED_RULE = R.Rule(name="classifier", types={})
_FEDERAL_ACTOR_TYPES = frozenset(t for t in vocabulary.ACTION_TYPES if vocabulary.direction_of(t) == "federal_pressure")


def _own_government(speaker: Optional[dict], doc) -> bool:
    """The speaker of a sentence in the first person is a state, county or city official: what it tells with
    no actor ("General Order 7-3, which I put in place, forbids ...", "The same resolution keeps our jail
    rule in place") is the speaker's government's."""
    return bool(speaker and speaker.get("jurisdiction") and speaker.get("level") in ("state", "county", "city")
                and any(t.lower_ in ("i", "we", "my", "our", "me", "us") and t.pos_ == "PRON" for t in doc))


#: a clause that turns down what the sentence told before it
_PASSED_ON_IT = re.compile(r"\b(?:and|but|then)\s+(?:we|they|he|she|the (?:board|council|county|city|commission))\s+"
                          r"(?:passed on|decided against|turned down|rejected|dropped|shelved) (?:it|that|the idea)\s*[.;]?\s*$",
                          re.I)
_REFUSING = frozenset(("reject", "decline", "refuse", "scrap", "shelve", "table"))
#: what a body weighs and may turn down
_OPTIONS = frozenset(("alternative", "option", "term", "proposal", "amendment", "motion", "plan", "idea", "version",
                      "provision", "clause", "substitute", "recommendation"))


def _option_refused(root) -> bool:
    """The main verb, or a verb joined to it, turns down an option: "The parties weighed and did not adopt a term
    that would have required ...", "Commissioners weighed and turned down a staff alternative that would have
    extended the contract": what the option would have done is no act."""
    return bool(_refused_options(root))


def _refused_options(root) -> list:
    """The option nouns a main verb and the verbs joined to it turn down (see ``_option_refused``), else []."""
    group = [root] + [c for c in root.children if c.dep_ == "conj" and _is_verbal(c)]
    # (refusing ICE's request is an act: "declined ICE's request for jail space")
    # (the small model hangs the option where it can: "weighed, and turned down, a staff alternative that ..." as a
    # conjunct, "weighed, and did not adopt, a term that ..." as an adverbial noun)
    options = [c for v in group for c in v.children if c.dep_ != "nsubj" and c.lemma_.lower() in _OPTIONS]
    if not options:
        return []
    for v in group:
        lem = v.lemma_.lower()
        if lem in _REFUSING or (lem in ("turn", "vote") and any(c.dep_ == "prt" and c.lower_ == "down" for c in v.children)):
            return options
        if lem in ("adopt", "approve", "accept", "choose", "take", "pursue") and _negated(v):
            return options
    return []


def _generic_policies(root) -> bool:
    """The sentence speaks of a kind of policy in general: a bare plural subject ("Sanctuary policies aim to reassure
    residents ...", "Such agreements let deputies ..."), no one's act."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "NNS" and c.lemma_.lower() in _GENERIC_POLICY_NOUNS
               and not any(g.dep_ in ("det", "poss", "nummod") and g.lower_ not in ("such",) for g in c.children)
               for c in root.children)


_GENERIC_POLICY_NOUNS = frozenset(("policy", "law", "ordinance", "program", "agreement", "rule", "measure", "statute"))


def _learned_rows(pdoc, sent, S: "_Sent", state: "_DocState", si: int, by_sent, atype: str, p: float) -> list[dict]:
    """The row for a type the classifier gave a sentence: actor from the sentence's main verb (as a
    rule's actor), status from its wording, place from the actor or the sentence. A question, a
    negation ("not", "never", "no longer"), an "unlikely" or an "if" on the main verb gives none."""
    doc = sent.doc
    root = next((t for t in doc if t.dep_ == "ROOT"), doc[0])
    if _is_question(root) or _has_if_clause(root) or _negated(root) or root.lemma_.lower() in ("unlikely", "whether") \
            or _not_an_act(doc) or _option_refused(root) or _PASSED_ON_IT.search(sent.text) or _generic_policies(root):
        return []
    path = _clause_path(root)
    actors = _actors(root, S, state, si) if _is_verbal(root) else []
    a = actors[0] if actors else {}
    actor, level, juris = a.get("actor"), a.get("level"), a.get("jurisdiction")
    places = [x.get("jurisdiction_id") for x in by_sent.get(("places", sent.sentence_id), [])
              if x.get("kind") != "country" and x.get("jurisdiction_id")]
    target = None
    if atype in _FEDERAL_ACTOR_TYPES:
        if level != "federal":
            actor, level, juris = None, "federal", None
        target = next((j for j in places if j != juris), None)
    elif level == "federal" and atype not in ("praise_enforcement", "court_action"):
        actor, level, juris = None, None, None      # "DHS said the county ended its agreement": the county's act
    if level != "federal" and juris is None and places:
        juris = places[0]
    if juris is None and actor is None and level is None and atype not in _FEDERAL_ACTOR_TYPES \
            and _own_government(state.speaker, doc):
        juris, level = state.speaker["jurisdiction"], state.speaker["level"]     # the speaker's own government
    row = _plain_row(pdoc, sent, sent.start + root.idx, sent.start + root.idx + len(root), atype,
                     _date_for(pdoc, sent, root, by_sent), trigger=root.lemma_.lower(), rule="classifier",
                     actor=actor, actor_level=level, jurisdiction=juris, target_jurisdiction=target,
                     confidence=round(0.5 * p, 2))
    row["status"] = _status(root, path, _LEARNED_RULE, sent, signed_bills=state.signed_bills)
    return [row]


#: a courtesy, not a statement: "AMANKWAH: Thank you, Josephine.", "County Executive X, thank you."
#: (after a transcript's time stamp too: "[00:10:02] SHERIFF: Thanks, Wade.", "Thanks, everybody.")
_PLEASANTRY = re.compile(r"^\W*(?:\d{1,2}:\d{2}(?::\d{2})?\W*)?(?:[A-Z][A-Z .,'\u2019-]{1,60}:\s*)?"
                         r"(?:[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,4},\s*){0,3}"
                         r"(?:(?:and )?thanks?(?: you)?(?: both| all| everyone| everybody| folks)?(?: so much| very much)?"
                         r"|good (?:morning|afternoon|evening))"
                         r"(?:,? (?:for (?:having|inviting) (?:me|us)|[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)?))?\W*$", re.I)
_KIND_RANK = {"city": 0, "county": 1, "state": 2}


def _federal_targets_named(rows: list[dict], by_sent: dict, people: list[dict]) -> None:
    """Federal pressure and federal words aimed at no place take the place of the local official
    the sentence names ("'Sheriff X has chosen to put criminals back on the streets,' a DHS
    spokesperson said": the sheriff's county, not the city the story is about), as the official's
    first mention with a place gives it."""
    first: dict = {}
    for p in sorted(people, key=lambda p: int(p.get("start") or 0)):
        if p.get("name") and p.get("jurisdiction"):
            first.setdefault(p["name"], p["jurisdiction"])
    for r in rows:
        federal = r["actor_level"] == "federal" or r["direction"] == "federal_pressure"
        if not federal or r["target_jurisdiction"] is not None:
            continue
        named = [p for p in by_sent.get(("people", r["sentence_id"]), [])
                 if p.get("level") in ("state", "county", "city") and p.get("jurisdiction")
                 and p.get("name") != r["actor"]]
        if named:
            r["target_jurisdiction"] = first.get(named[0]["name"]) or named[0]["jurisdiction"]


def _focus(places) -> Optional[str]:
    """The place a document is about: its most mentioned city, county or state (a city
    before its county before its state on ties, then the first named)."""
    counts, first, kind = {}, {}, {}
    for i, p in enumerate(places):
        jid, k = p.get("jurisdiction_id"), p.get("kind")
        if jid and k in _KIND_RANK and jid != "us-dc-washington":    # the seat of the federal government
            counts[jid] = counts.get(jid, 0) + 1
            first.setdefault(jid, i)
            kind[jid] = k
    if not counts:
        return None
    return min(counts, key=lambda j: (-counts[j], _KIND_RANK[kind[j]], first[j]))


def _kind_focus(places) -> dict:
    """The most mentioned state, county and city of a document (first named on ties)."""
    counts, first = {}, {}
    for i, p in enumerate(places):
        jid, k = p.get("jurisdiction_id"), p.get("kind")
        if jid and k in _KIND_RANK and jid != "us-dc-washington":
            counts[(k, jid)] = counts.get((k, jid), 0) + 1
            first.setdefault((k, jid), i)
    out = {}
    for (k, jid), n in sorted(counts.items(), key=lambda kv: (-kv[1], first[kv[0]])):
        out.setdefault(k, jid)
    return out


def _dateline_focus(places) -> list[tuple[int, str]]:
    """(offset, place) of each news dateline: in a roundup, each item's place."""
    return sorted((int(p["start"]), p["jurisdiction_id"]) for p in places
                  if p.get("resolution") == "dateline" and p.get("jurisdiction_id"))


#: what may stand before a list item's place on its line: "2. York County. The Prison Board ...", "(b) Dover:"
_ITEM_MARK = re.compile(r"(?:\(?\d{1,2}[.)]|\(?[a-z][.)]|[-*\u2022])?[ \t]*$")
#: what closes a run-in place heading before the item's text
_RUN_IN_END = re.compile(r"[ \t]*(?:,[^.\n]{1,20})?(?:[.:]|[\u2014\u2013]|--?)[ \t]+\S")   # (", Feb. 22. ...")


#: a numbered item's heading, a label in capitals, then a bar before its place: "1. JAIL CONTRACT | "
_LABELED_ITEM = re.compile(r"[ \t]*\d{1,2}[.)][ \t]+[A-Z][A-Z0-9'\u2019&/ ,-]*[ \t]*\|[ \t]*")
#: where such an item ends: the next item's heading, or a line in capitals ("CORRECTION")
_NEXT_ITEM = re.compile(r"\n[ \t]*(?:\d{1,2}[.)][ \t]+[A-Z][A-Z0-9'\u2019&/ ,-]*[ \t]*\||[A-Z][A-Z ]{3,}[ \t]*\n)")


#: the rest of a subhead led by its place: ": the agreement that ended", " — beds, but no agreement yet"
_SUBHEAD_REST = re.compile(r"\s*(?::|\u2014|\u2013| -)\s+[^.\n]{3,80}|\s*")


def _place_items(text: str, places) -> list[tuple[int, Optional[str]]]:
    """(offset, place) of each list item or paragraph led by a place alone ("2. York County. The Prison
    Board renewed ...", "Dover: The council ..."): in a survey or a list, the place of the rest of the
    item's line, which ends there (offset, None)."""
    marks: list[tuple[int, Optional[str]]] = []
    ends: list[int] = []
    subheads: list[tuple[int, str, int]] = []
    for p in places:
        jid, a, b = p.get("jurisdiction_id"), int(p["start"]), int(p["end"])
        if not jid or jid.count("-") < 1:
            continue
        line_start = text.rfind("\n", 0, a) + 1
        line_end = text.find("\n", b)
        line_end = len(text) if line_end < 0 else line_end
        if _LABELED_ITEM.fullmatch(text[line_start:a]) and not text[b:line_end].strip():
            # a newsletter's item heading, "3. LAWSUIT FILED | Milwaukee County", on its own line: the place of the
            # item below it, up to the next item's heading or a heading in capitals
            nxt = _NEXT_ITEM.search(text, line_end)
            marks.append((a, jid))
            ends.append(nxt.start() + 1 if nxt else len(text))
            continue
        if line_start == a and _SUBHEAD_REST.fullmatch(text[b:line_end]) and text[line_end:line_end + 2] == "\n\n" \
                and (line_start < 2 or text[line_start - 2:line_start] == "\n\n"):
            # a subhead led by its place, "McLennan County: a jail model and rented beds", its own paragraph: the
            # place of the section below it, up to the next such subhead
            subheads.append((a, jid, line_start))
            continue
        if not _ITEM_MARK.fullmatch(text[line_start:a]):
            continue
        numbered = bool(text[line_start:a].strip())
        if not (_RUN_IN_END.match(text, b, line_end) or (numbered and not text[b:line_end].strip(" \t.:"))):
            continue
        marks.append((a, jid))
        ends.append(line_end)
    if len(subheads) >= 2:
        for k, (a, jid, _ls) in enumerate(subheads):
            marks.append((a, jid))
            ends.append(subheads[k + 1][2] if k + 1 < len(subheads) else len(text))
    if len(marks) < 2:
        return []
    # an item is its own line: what follows it is no longer the item's place
    return sorted(marks + [(e, None) for e in ends], key=lambda m: (m[0], m[1] is not None))


_GENERIC_REF = {"county": re.compile(r"\b(?:the|this|our) county\b|\b(?:the|its) (?:county )?commissioners\b"
                                     r"|\bboard of (?:county )?(?:commissioners|supervisors)\b", re.I),
                "city": re.compile(r"\b(?:the|this|our) city\b", re.I),
                # ("told the Commonwealth it will withhold ...": Massachusetts, Pennsylvania, Virginia, Kentucky)
                "state": re.compile(r"\b(?:the|this|our) state\b|\bthe Commonwealth\b", re.I)}


def _with_focus(rows: list[dict], focus: Optional[str], by_kind: Optional[dict] = None,
                datelines: Optional[list] = None, bill_entries: Optional[list] = None) -> list[dict]:
    """Rows that name no place get the document's focus place (federal rows as their target),
    with lower confidence: in a story about one city, "the council voted" is that city's.
    The focus is the place of the actor's level when the document names one (a sheriff's
    county, not the city most mentioned), "the county" in the sentence names the county in
    focus, and in a roundup the latest dateline before the row is its item's place."""
    if not focus:
        return rows
    by_kind = by_kind or {}
    datelines = datelines or []
    extra = []
    for r in rows:
        federal = r["actor_level"] == "federal" or r["direction"] == "federal_pressure"
        key = "target_jurisdiction" if federal else "jurisdiction"
        if r[key] is not None or (federal and r["jurisdiction"] == focus):
            continue
        named = [by_kind[k] for k, pat in _GENERIC_REF.items() if k in by_kind and pat.search(r["evidence"] or "")]
        if federal and len(named) > 1 and len(datelines) <= 1 and _GENERIC_PAIR.search(r["evidence"] or ""):
            # "DHS placed the City and the County on its published list of sanctuary jurisdictions": each of the
            # document's city and county it names (not "cities" in general)
            r[key] = named[0]
            r["confidence"] = round(max(0.05, r["confidence"] - 0.05), 2)
            extra.append((id(r), [dict(r, **{key: jid}) for jid in named[1:]]))
            continue
        if _GENERIC_PLACES.search(r["evidence"] or "") and not (
                not federal and r["actor_level"] == "state" and r["instrument"]
                and not _GENERIC_PLACES.search(r["actor"] or "")):
            continue        # "DHS will send more officers to large cities": no one place (but a state's bill
            # that "would require counties to ..." is the state's)
        local = focus
        if len(datelines) > 1:
            before = [jid for start, jid in datelines if start <= r["start"]]
            local = (before[-1] if before else None) or focus
            if local and local.count("-") == 1 and focus.startswith(local + "-"):
                local = focus   # a roundup's state section ("CALIFORNIA") holding the place the text is about
        place = local
        if federal:
            for kind, pat in _GENERIC_REF.items():
                if kind in by_kind and pat.search(r["evidence"] or "") and local == focus:
                    place = by_kind[kind]       # "froze grants to the county"
                    break
                if kind == "state" and kind not in by_kind and focus.count("-") >= 2 and local == focus \
                        and pat.search(r["evidence"] or ""):
                    place = "-".join(focus.split("-")[:2])  # "told the Commonwealth", in a text about Boston
                    break
        else:
            actor, level = (r["actor"] or "").lower(), r["actor_level"]
            if level is None and _ACT_ACTOR.match(r["actor"] or "") and not _NOT_STATE_ACT.search(r["actor"] or ""):
                level = "state"     # "Section 4 of the Act requires every county jail to ...": a state act's
            if level is None and _BARE_SECTION.match(r["actor"] or "") and _ALL_LOCALITIES.search(r["evidence"] or ""):
                level = "state"     # "Section 2 requires every county jail to hold ...": only a state binds them all
            if _SEVERAL.search(actor):
                continue    # "some state legislatures", "officials in several regions": not the focus place
            if _ANY_LOCAL.search(r["actor"] or "") or (_A_LOCAL_THAT.search(r["evidence"] or "") and re.fullmatch(
                    r"(?:county jail|county|city|municipality|locality|town|sheriff|jail|local government"
                    r"|political subdivision)", (r["actor"] or "").lower())):
                # "any county or city that bars ...", "every sheriff shall ...": no one county or city, a rule
                # of the state the document is about
                state_jid = by_kind.get("state") or "-".join(focus.split("-")[:2])
                if state_jid.count("-") != 1:
                    continue
                r[key] = state_jid
                r["confidence"] = round(max(0.05, r["confidence"] - 0.05), 2)
                continue
            if level in (None, "nongovernmental") and place == focus \
                    and _words_level(actor, titles=False) in (None, "city", "county"):
                # "officers declined to hold at least 17 people", in a state's complaint against "the City": the
                # document's city (or county) the sentence names by its defined term
                own = [k for k in ("city", "county") if k in by_kind and _DEFINED_LOCAL[k].search(r["evidence"] or "")]
                if len(own) == 1:
                    r[key] = by_kind[own[0]]
                    r["confidence"] = round(max(0.05, r["confidence"] - 0.05), 2)
                    continue
            if by_kind.get("_issuer") == focus and place == focus and (
                    (level not in ("state", "county", "city") and _words_level(actor, titles=False) is None)
                    or (focus.count("-") == 1 and level in (None, "city") and _CAMPUS.search(actor))) \
                    and not _OTHER_BODYS.search(actor) and f"{actor} there" not in (r["evidence"] or "").lower() \
                    and not _ACCORDING_TO_BODY.match(r["evidence"] or ""):
                # "three records clerks" in a county's own report: a title's default level (a city's clerk)
                # does not outrank the government on the letterhead; nor do "University police officers" under a
                # state university's
                r[key] = place
                r["confidence"] = round(max(0.05, r["confidence"] - 0.05), 2)
                continue
            level = level if level in ("state", "county", "city") else _words_level(actor) or level
            if not actor and level not in ("state", "county", "city") and _in_bill_entry(r["start"], bill_entries or []):
                level = "state"     # "Summary: Would shield anyone attending a hearing ..." below "5. HB 402 | ..."
            if level not in ("state", "county", "city") and _BILL_PART.match(r["actor"] or ""):
                level = "state"     # "SB 311 also prohibits ...", "Section 6 of SB 731 would ...": a state bill's
            focus_kind = "state" if place.count("-") == 1 else "local"
            if level in ("county", "city", "state") and level in by_kind and place == focus:
                place = by_kind[level]          # the sheriff's county, the governor's state
            elif level == "state" and focus_kind == "local":
                place = "-".join(place.split("-")[:2])      # the city's state
            elif level in ("city", "county") and focus_kind == "state":
                continue
        r[key] = place
        r["confidence"] = round(max(0.05, r["confidence"] - 0.05), 2)
    if not extra:
        return rows
    after = dict(extra)
    return [x for r in rows for x in (r, *after.get(id(r), ()))]


#: an act as the actor: "Section 4 of the Act", "the Detainer Fidelity Act (the "Act")" (acts are passed by states and
#: Congress; cities and counties pass ordinances)
_ACT_ACTOR = re.compile(r"^(?:(?:[Ss]ection|[Ss]ubsection|[Pp]art)\s+[\w.()-]+\s+of\s+)?(?:[Tt]he\s+)?(?:[A-Z][\w'-]*\s+"
                        r"(?:(?:and|of|for|on|the)\s+)?){0,8}(?:Act|Statute)\b")
#: a section named alone as the actor ("Section 2", "Subsection (b)")
_BARE_SECTION = re.compile(r"^(?:[Ss]ection|[Ss]ubsection|\u00a7)\s*[\w.()-]+$")
#: every locality of a state named as bound ("every county jail", "any local policy", "each sheriff")
_ALL_LOCALITIES = re.compile(r"\b(?:any|every|each|all|no)\s+(?:other\s+)?(?:local\s+(?:policy|policies|government|ordinance|law"
                             r"|officials?|agenc(?:y|ies))|county\s+jails?|count(?:y|ies)|cit(?:y|ies)|municipalit(?:y|ies)"
                             r"|localit(?:y|ies)|sheriffs?|jails?|political\s+subdivisions?)\b", re.I)
#: ... not a federal one
_NOT_STATE_ACT = re.compile(r"\b(?:Immigration and Nationality|Federal|U\.S\.|United States|National|Congress\w*)\b")
#: a campus body: "University police officers", "campus police" (a state university's, under its letterhead)
_CAMPUS = re.compile(r"\b(?:university|campus)\b", re.I)
#: "its officers", "their deputies": the staff of a body told before, not the letterhead's
_OTHER_BODYS = re.compile(r"^(?:its|their)\b")
#: "According to the Dayton Police Department, officers have turned away ...": the officers are that body's
_ACCORDING_TO_BODY = re.compile(r"\s*According to (?:the )?[A-Z]")


#: a document's own city or county by its defined term, capitalized ("the City produced", "the County's jail")
_DEFINED_LOCAL = {"city": re.compile(r"\b[Tt]he City\b(?! (?:of|and County)\b)"),
                  "county": re.compile(r"\b[Tt]he County\b(?! (?:of)\b)")}


#: "the City and the County", "the County and the City": a document's two governments named as one object
_GENERIC_PAIR = re.compile(r"\bthe (?:City|County) (?:and|or) the (?:City|County)\b")


#: bodies named without a place that LEVEL_WORDS (action_rules.py) does not place
_BODY_LEVEL = {"house": "state", "senate": "state", "troopers": "state", "highway patrol": "state", "both chambers": "state",
               "prison": "county", "detention center": "county", "corrections": "county", "supervisors": "county",
               # ("six detention officers check the immigration status of everyone booked into the county jail")
               "detention officer": "county", "detention officers": "county", "jailer": "county", "jailers": "county"}


def _words_level(actor: str, titles: bool = True) -> Optional[str]:
    """The local level of a place-less actor from its words: "the jail" a county's, "lawmakers"
    a state's (``level_from_text``), "the Senate" a state's, "our city attorney" a city's (a title's
    default level from titles.json, unless ``titles`` is false)."""
    level = level_from_text(actor)
    if level in ("state", "county", "city"):
        return level
    words = " " + re.sub(r"[^a-z' ]+", " ", actor.lower().replace("\u2019", "'")) + " "
    for phrase, level in sorted(_BODY_LEVEL.items(), key=lambda kv: -len(kv[0])):
        if f" {phrase} " in words:
            return level
    if not titles:
        return None
    for form, level in _title_levels():
        if f" {form} " in words or f" {form}s " in words:
            return level
    return None


@lru_cache(maxsize=1)
def _title_levels() -> list[tuple[str, str]]:
    from .entities import titles
    out = set()
    for role in titles()["roles"]:
        level = role.get("level") if role.get("level") in ("state", "county", "city") else \
            next((k for k in role.get("levels") or [] if k in ("state", "county", "city")), None)
        if level:
            out.update((f.lower(), level) for f in role["forms"] if f.replace(" ", "").isalpha())
    return sorted(out, key=lambda fl: (-len(fl[0]), fl))


#: actors of no one place: "some state legislatures", "officials in those areas", "Democrats"
_SEVERAL = re.compile(r"^(?:some|several|many|most|other|few|various|numerous|dozens|hundreds)\b|\b(?:other|several)\b"
                      r"|\b(?:those|these|such|many|some) (?:areas|places|regions|communities|cities|states)\b"
                      r"|^(?:the )?(?:democrats|republicans|progressives|conservatives|liberals)$")
#: "any county or city", "every sheriff", "no local jail": any place of a kind, not one (the unit is the head
#: noun: "no county department" in a county's own ordinance is that county's)
_ANY_LOCAL = re.compile(r"^(?:[Aa]ny|[Ee]very|[Ee]ach|[Nn]o|[Aa]ll)\s+(?:(?:other|local|such)\s+)?(?:county jails?|county|counties"
                        r"|city|cities|towns?|municipalit(?:y|ies)|localit(?:y|ies)|sheriffs?|jails?|police departments?"
                        # ("no state or municipal agency may hold a person past release")
                        r"|(?:(?:state|local|county|city|municipal)\s+(?:or|and)\s+)?(?:state|local|county|city|municipal)"
                        r"\s+(?:law\s+enforcement\s+)?agenc(?:y|ies)|law\s+enforcement\s+agenc(?:y|ies))"
                        r"(?=\s*(?:$|,|or\b|and\b|that\b|which\b|who\b|in\b|shall\b|may\b|must\b))")
#: a locality named as any one of its kind: "A municipality that adopts a sanctuary policy is ineligible ..."
_A_LOCAL_THAT = re.compile(r"\b[Aa]n?\s+(?:county jail|county|city|municipality|locality|town|sheriff|jail"
                           r"|local government|political subdivision)\s+(?:that|which|who)\b")
_GENERIC_PLACES = re.compile(r"\b(cities|counties|states|localities|jurisdictions|municipalities|towns)\b", re.I)


#: "AFFIRMED in part, REVERSED in part, and REMANDED." "SO ORDERED."
_DISPOSITION_LINE = re.compile(r"^\s*(?:(?:and\s+)?(?:AFFIRMED|REVERSED|VACATED|REMANDED|DISMISSED|GRANTED|DENIED)"
                               r"(?:\s+in\s+part)?[,;]?\s*)+"
                               # ("Reversed and remanded for trial on damages.")
                               r"(?:for\s+(?:a\s+new\s+trial|trial|further\s+proceedings|proceedings|entry)\b[\w ,]{0,60})?"
                               r"\.?\s*$", re.I)
#: the defendants of a case caption: what follows a "v." line, up to "Defendant(s)"
_CAPTION_DEFENDANTS = re.compile(r"^[ \t]*v(?:s)?\.?(?:[ \t]*$|[ \t]+(?:Case|Civil|No\.|Docket|Index)\b[^\n]*$)\s*(.{0,400}?)"
                                 r"\bDefendants?\b", re.M | re.S | re.I)


def _local_defendant(head: str) -> bool:
    """The caption's defendants are local (a sheriff, a county, a city) and not federal."""
    m = _CAPTION_DEFENDANTS.search(head)
    if not m:
        return False
    who = " " + m.group(1).lower() + " "
    return bool(R.CUES["local_target"].search(who)) and not R.CUES["federal"].search(
        who.replace("united states district", ""))


#: a law told as in force, in a bill's report: "Under the Local Detainer Compliance Act, which took effect in July
#: 2026, every county jail ... must honor detainers" (current law, not the bill's content)
_LAW_IN_FORCE = re.compile(r"\b(?:took|has taken|went|has gone) (?:into )?effect\b|\bin (?:effect|force) since\b"
                           r"|\b(?:[Cc]urrent|[Ee]xisting|[Pp]resent) law\b|\bhas been (?:the )?law\b")
#: a text's sentence naming a case's defendants: "The defendants are Attorney General X and the State Treasurer."
_DEFENDANTS_ARE = re.compile(r"\b(?:the\s+)?(?:defendants|respondents)\s+(?:are|were|include)\s+([^.;]{3,200})", re.I)
_STATE_PARTY = re.compile(r"\b(?:State|Governor|Attorney General|Secretary of State|Treasurer|Comptroller)\b")


def _state_defendant(text: str) -> bool:
    """The text says who the defendants are, and they are a state and its officers, none federal ("The defendants
    are Attorney General X and the State Treasurer"): the plaintiffs' suit is no suit against the United States."""
    m = _DEFENDANTS_ARE.search(text)
    if m is None:
        return False
    who = m.group(1)
    return bool(_STATE_PARTY.search(who)) and not R.CUES["federal"].search(" " + who.lower() + " ") \
        and not re.search(r"United States|U\.S\.|Secretary of Homeland", who)


#: what an order's decretal lines rule on: "Count I is DISMISSED WITH PREJUDICE", "The Motion to Stay is DENIED"
_RULED_ON = re.compile(r"\b(?:motions?|counts?|claims?|complaint|petition|application|request|objections?|appeal"
                       r"|judgment|action|case)\b", re.I)
_DECRETAL_VERBS = frozenset(("grant", "deny", "dismiss", "strike", "vacate", "overrule", "sustain", "terminate",
                             "remand", "stay", "affirm", "reverse", "enjoin"))


def _decretal(tok, state) -> bool:
    """A court's own order in a court's text, in the passive and with no agent: "Count I is DISMISSED WITH
    PREJUDICE", "Defendants' Motion to Dismiss is GRANTED IN PART", "Bernalillo County is terminated as a party":
    its court is the actor, not the party the line names."""
    if not state.legal or tok.tag_ != "VBN" or tok.lemma_.lower() not in _DECRETAL_VERBS \
            or not any(c.dep_ == "auxpass" for c in tok.children) or any(c.dep_ == "agent" for c in tok.children) \
            or any(c.dep_ == "aux" and c.lower_ in ("would", "could", "should", "might", "may") for c in tok.children):
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if subj is None and tok.dep_ == "conj":
        subj = next((c for c in tok.head.children if c.dep_ == "nsubjpass"), None)
    if subj is None:
        return False
    words = " ".join(t.text for t in subj.subtree) + " " + " ".join(
        t.text for c in tok.children if c.dep_ in ("npadvmod",) for t in c.subtree)
    return bool(_RULED_ON.search(words) or (tok.lemma_.lower() == "terminate" and any(
        c.dep_ == "prep" and c.lower_ == "as" and any(g.lemma_.lower() == "party" for g in c.children)
        for c in tok.children)))


_LEGAL_DOC = re.compile(r"\b(?:Plaintiffs?-Appell\w+|Defendants?-Appell\w+|Appellants?|Appellees?|Petitioners?|Circuit Judges?"
                        r"|District Judge|MEMORANDUM OPINION|OPINION AND ORDER|ORDER GRANTING|ORDER DENYING"
                        r"|IN THE UNITED STATES (?:DISTRICT )?COURT|UNITED STATES COURT OF APPEALS)\b")
#: a bill or a bill digest: "Bill S.2417", "An Act relative to ...", "BILL SUMMARY", "This bill would"
#: a line opening with a bill's number, among the text's first lines: the bill's own title ("House Bill 318 -
#: Representative X."), not a paragraph of a memo or a story that begins with one ("Senate Bill 5871, the Open
#: Courthouse Doors Act, introduced in January 2027 by Senator X, would write ...", far below the memo's heading)
_BILL_TITLE = re.compile(r"^\s*(?:(?:Substitute|Engrossed|Amended|Committee Substitute for)\s+)?(?:(?:Senate|House|Assembly)\s+)?"
                         r"Bill\s+(?:No\.\s*)?[A-Z]{0,3}\.?\s*\d", re.M | re.I)
_BILL_TITLE_REACH = 1200
_BILL_DOC = re.compile(r"^\s*An Act\b"
                       r"|\bBILL (?:SUMMARY|DIGEST|ANALYSIS|REPORT)\b|\bThis bill would\b"
                       # (a bill as introduced: "A BILL FOR AN ACT / CONCERNING ...", "LEGISLATIVE COUNSEL'S DIGEST")
                       r"|^\s*A BILL FOR AN ACT\b|\bLEGISLATIVE COUNSEL(?:'|\u2019)?S DIGEST\b"
                       r"|^\s*BILL\s+(?:NO\.?|NUMBER)\s*:|\bFISCAL NOTE\b"
                       # (a board's policy or ordinance at its first reading: "AGENDA ITEM 7.2 - POLICY FIRST READING")
                       r"|(?-i:\bFIRST READING\b)", re.M | re.I)
_BILL_LAW = re.compile(r"\b(?:signed (?:it )?into law|became law|was signed by (?:the )?gov(?:ernor\b|\.)|Chapter \d+ of the Acts"
                       r"|approved by (?:the )?governor|(?-i:ENROLLED))\b", re.I)
#: an instrument's own text (resolution, ordinance, order, statute): its "must" is operative, not a call
_INSTRUMENT_DOC = re.compile(r"\bBE IT (?:FURTHER )?(?:RESOLVED|ORDAINED|ENACTED)\b|\bNOW,? THEREFORE\b"
                             r"|\bIT IS (?:HEREBY )?ORDERED\b|^\s*(?:Section|SECTION|Sec\.|§)\s*\d", re.M)
#: a bill summary's bullet, its verb first: "• Prohibits a local jail from telling ...", "Requires each jail to ..."
#: a digest's summary of a bill not yet law: "Summary as introduced:", "Synopsis as amended:"
_SUMMARY_AS_PROPOSED = re.compile(r"\s*(?:Summary|Digest|Synopsis)\s+as\s+(?:introduced|filed|prefiled|amended|reported"
                                  r"|substituted|passed)\b", re.I)
# (after a digest's label: "Summary as introduced: Prohibits any officer ...")
_BILL_CONTENT = re.compile(r"^\s*(?:[\u2022*\u2013-]\s*)?(?:(?:Summary|Digest|Synopsis)(?: as [a-z]+)?:\s*)?(?:Prohibits|Requires|Bars|Bans|Allows|Authorizes|Directs|Creates"
                           r"|Establishes|Repeals|Makes|Provides|Limits|Forbids|Mandates)\b")
_SECTION_SUBJECT = re.compile(r"^\s*(?:(?:Under|In)\s+)?(?:Section|Sec\.|Part|Article)\s+\d|^\s*(?:The|This) (?:bill|amendment)\b"
                              r"|^\s*It\b")
_DEFINED = re.compile(r"\((?:together|collectively|jointly|hereinafter|the)?,?\s*[\"“]([A-Z][\w-]{2,30})[\"”]\)"
                      # (or with no quotation marks: "The Pennsylvania State Police (the Department) signed ...")
                      r"|\((?-i:the) ([A-Z][a-z][\w-]{1,29})\)")


def defined_terms(text: str) -> dict[str, str]:
    """Defined terms of legal writing and the government level of what they stand for:
    'The United States and the Secretary of Homeland Security (together, "Appellants")'
    gives ``{"appellants": "federal"}``. Terms whose parties have no level are left out."""
    out: dict[str, str] = {}
    if not text or "(" not in text:
        return out
    for m in _DEFINED.finditer(text):
        term = m.group(1) or m.group(2)
        before = text[max(0, m.start() - 200): m.start()]
        parties = re.split(r"[.;:(]", before)[-1]      # back to the start of the clause
        level = level_from_text(parties) if len(parties.strip()) >= 3 else None
        if level and level != "nongovernmental":
            out.setdefault(term.lower(), level)
            out.setdefault(term.lower().rstrip("s"), level)
    return out


_DEPARTMENT_OF = re.compile(r"\b((?:U\.S\.|United States|[A-Z][a-z]+(?: [A-Z][a-z]+)?) )?Department of [A-Z][a-z]+(?: [A-Z][a-z]+)*")


_OWN_OFFICE = re.compile(r"^(?:the\s+)?office\s+of\s+(?:the\s+)?(?:attorney\s+general|governor|mayor|county\s+attorney"
                         r"|district\s+attorney|sheriff|city\s+attorney|state\s+auditor|comptroller)\b", re.I)
_OWN_DEPARTMENT = re.compile(r"\b(?:police|sheriff['\u2019]?s|fire|public safety)\s+department\b", re.I)


@lru_cache(maxsize=1)
def _state_body_letterhead():
    """A state body's name as the first line: "NEVADA DIVISION OF HIGHWAY TROOPERS", "OHIO DEPARTMENT OF EDUCATION"."""
    import us

    names = "|".join(sorted((re.escape(st.name.upper()) for st in us.states.STATES), key=len, reverse=True))
    return re.compile(rf"^(?:STATE OF )?(?:{names})(?: STATE)? (?P<head>DEPARTMENT|DIVISION|BUREAU|OFFICE|AGENCY"
                      rf"|COMMISSION|BOARD)\b(?! OF (?:THE )?(?:CITY|COUNTY))")


#: a state's letterhead line: "STATE OF NEW MEXICO", "COMMONWEALTH OF VIRGINIA"
_STATE_LETTERHEAD = re.compile(r"^(?:STATE|COMMONWEALTH) OF [A-Z][A-Z ]+$")
#: the first department a text names, and whether it is named for a state's function ("Corrections Department",
#: "Department of Corrections") rather than a federal one ("Justice Department", "Department of Homeland Security")
_ANY_DEPARTMENT = re.compile(
    r"\b(?:(?P<fn>(?:Corrections|Correction|Public Safety|Health|Public Health|Education|Transportation|Human Services"
    r"|Social Services|Revenue|Labor|Motor Vehicles|Children and Families|Juvenile Justice|Rehabilitation and Correction)"
    r" Department|Department of (?:Corrections|Correction|Public Safety|Health|Public Health|Education|Transportation"
    r"|Human Services|Social Services|Revenue|Labor|Motor Vehicles|Children and Families|Juvenile Justice"
    r"|Rehabilitation and Correction))|(?:[A-Z][a-z]+ )+Department|Department of [A-Z][a-z]+)")
_ANY_DEPARTMENT_CAPS = re.compile(_ANY_DEPARTMENT.pattern, re.I)


def _state_function_department(text: str, top: list[str]) -> bool:
    """A "STATE OF ..." letterhead, a first-named department of a state's function and "the Department" in the text."""
    first = _ANY_DEPARTMENT.search(text[:3000])
    # (or the letterhead's own line: "STATE OF MAINE / DEPARTMENT OF EDUCATION")
    own = any((m := _ANY_DEPARTMENT_CAPS.fullmatch(ln.strip())) and m.group("fn") for ln in top)
    return bool((own or (first and first.group("fn"))) and any(_STATE_LETTERHEAD.match(ln) for ln in top)
                and re.search(r"\b[Tt]he Department\b(?! of)", text))


def _short_names(text: str) -> dict[str, str]:
    """"the Department" of a letter or release that names one department in full first ("U.S.
    Department of Justice ... the Department directs the City to ...") stands for it: its level."""
    top = [ln.strip() for ln in text[:600].split("\n") if ln.strip()][:3]
    own = next((ln for ln in top if _OWN_DEPARTMENT.search(ln) and len(ln.split()) <= 8), None)
    if own is not None and level_from_text(own) in ("city", "county", "state"):
        # a police department's own report under its letterhead ("KALAMAZOO POLICE DEPARTMENT"): "the Department"
        # is that department, whatever other departments it names ("the Department of Justice warned ...")
        return {"department": level_from_text(own)}
    office = next((ln for ln in top if _OWN_OFFICE.match(ln) and len(ln.split()) <= 8), None)
    if office is not None:
        # a release under "OFFICE OF THE ATTORNEY GENERAL / STATE OF WASHINGTON": "the Office" is the writer's
        # (a state's, or the place's the letterhead names)
        low = office.lower()
        level = "city" if re.search(r"mayor|city attorney", low) else "county" if re.search(
            r"county attorney|district attorney|sheriff", low) else "state"
        if level == "state" and _state_function_department(text, top):
            # (and a state auditor's report on "Department of Corrections: Release Notifications ...": "the
            # Department" is the state's, after "the Department of Justice" too)
            return {"office": level, "department": "state"}
        return {"office": level}
    body = next((m for m in (_state_body_letterhead().match(ln) for ln in top[:1]) if m), None)
    if body is not None and re.search(rf"\b[Tt]he {body.group('head').capitalize()}\b", text):
        # "NEVADA DIVISION OF HIGHWAY TROOPERS" atop its annual report: "the Division" is that state body
        return {body.group("head").lower(): "state"}
    if _state_function_department(text, top):
        # "STATE OF NEW MEXICO" above a review of "Corrections Department Handling of ICE Detainers": "the
        # Department" is the state's department named first, whatever federal department the text names later
        # ("the Justice Department warned ...")
        return {"department": "state"}
    names = [m.group(0) for m in _DEPARTMENT_OF.finditer(text[:3000])]
    bare = re.search(r"\b[Tt]he Departments?\b(?! of)", text)
    if not names or not bare:
        return {}
    first = re.search(r"\bthe departments?\b(?! of)", text, re.I)     # (the first, in any case: "the department will")
    local = list(re.finditer(r"\b(?:Police|Sheriff['\u2019]s|Public Safety) Department\b", text[:first.start()]))
    if local and not _DEPARTMENT_OF.search(text, local[-1].end(), first.start()):
        return {}       # ("would direct the Police Department not to honor ICE detainers ... the Department stopped
        #                 honoring civil detainers in 2019": the local department named last before it)
    levels = {level_from_text(n) for n in names}
    level = level_from_text(names[0])
    return {"department": level, "departments": level} if len(levels) == 1 and level in ("federal", "state") else {}


def _surname(name: Optional[str]) -> str:
    # ("Wendover - Mbeki", a hyphenated name as the tokens give it, is "Wendover-Mbeki")
    parts = re.sub(r"\s*-\s*", "-", name or "").split()
    return parts[-1].lower() if parts else ""


def _remember_person(S: _Sent, state: _DocState) -> None:
    if not S.people:
        return
    for p in S.people:
        if _norm_level(p.get("level")) in ("federal", "state", "county", "city"):
            state.placed_people[_surname(p.get("text") or "")] = (_norm_level(p.get("level")), p.get("jurisdiction"))
        if p.get("from_row"):
            continue
        root = _root_of(p)
        ids = {t.i for t in _span_tokens(root.head if root.dep_ in ("compound", "appos") else root)}
        ids |= {t.i for t in _span_tokens(root)}
        places = _drop_qualifiers(S.within(S.places, ids))
        place_ids = {t.i for q in places for t in q["tokens"]}
        lvl = _norm_level(level_from_text(" ".join(S.doc[i].text for i in sorted(ids - place_ids)))
                          or (_best_place(places, None) or {}).get("kind"))
        pl = _best_place(places, lvl)
        name = p.get("text")
        key = _surname(name)
        old = state.people.get(key)
        info = dict(actor=name, level=lvl, jurisdiction=pl["jid"] if pl else None)
        if old is None or (len(name) >= len(old["actor"]) and (lvl or not old["level"])):
            state.people[key] = {k: (v if v is not None else (old or {}).get(k)) for k, v in info.items()}
    # (not a name that is all a place's: "the City of Lawrence" read as a person is no "he")
    in_places = {t.i for q in S.places for t in q["tokens"]}
    # (nor a one-word name the text names as a place elsewhere: "He said that if Lawrence keeps its policy, ...")
    named = [q for q in S.people if not all(t.i in in_places for t in q.get("tokens") or []) and not (
        len(q.get("tokens") or []) == 1 and state.place_names is not None
        and state.place_names.fullmatch(q["tokens"][0].text))]
    if not named:
        return
    # "Director X wrote to Mayor Y that ... The next day, he told reporters ...": the subject of the sentence, the
    # one a "he" or "she" after it goes on telling of, else the person named last
    p = next((q for q in reversed(named) if _is_subject(_root_of(q))), named[-1])
    root = _root_of(p)
    ids = {t.i for t in _span_tokens(root.head if root.dep_ in ("compound", "appos") else root)}
    ids |= {t.i for t in _span_tokens(root)}
    text = " ".join(S.doc[i].text for i in sorted(ids))
    places = S.within(S.places, ids)
    lvl = _norm_level(p.get("level") or level_from_text(text) or (_best_place(places, None) or {}).get("kind"))
    pl = _best_place(places, lvl)
    jid = p.get("jurisdiction") or (pl["jid"] if pl else None)
    known = state.placed_people.get(_surname(p.get("text") or ""))
    if lvl is None and known is not None:
        # ("Director Voss-Ambrose wrote ...", the OJP director named in full before): what the text said of him then
        lvl, jid = known[0], jid or known[1]
    state.last_person = dict(actor=p.get("name") or p.get("text"), level=lvl,
                             jurisdiction=jid, jkind=None, named=True,
                             text=text)     # with the title ("Judge ..."): what "he" stands for, for actor patterns


#: rules that act on a whole instrument ("rescinded the ordinance", "voted to reaffirm the bill"): a
#: definite instrument named without its content takes the content of the sentence that last described it
_DISPOSAL_RULES = {"rescind_sanctuary", "affirm_sanctuary", "end_agreement", "keep_agreement", "not_renew", "enter_agreement",
                   "approved_agreement"}
_ANAPHOR_DETS = {"the", "its", "this", "that", "their", "these", "those"}
#: adjectives that make an instrument one of the kind named before ("a similar contract")
_KIND_ADJECTIVES = frozenset(("similar", "same", "identical", "comparable", "such", "matching", "existing", "current"))
#: an agreement of the kind told before, as the object of a mandate ("to seek such an agreement")
_KIND_AGREEMENT = re.compile(r"^\w+ (?:every|each|all|any)\b[^.;]{0,60}?\bto (?:seek|sign|enter|join|negotiate)\b"
                             r"[^.;]{0,20}?\b(?:such|a similar|the same) (?:an? )?(?:agreements?|partnerships?)\b", re.I)
_ANAPHOR_NOUNS = (R.INSTRUMENT_NOUNS | {"deal", "contract", "memorandum", "mou", "moa"}) - {"executive", "program", "act",
                                                                                        "rule", "proposal"}
_CONTENT_CUES = ("sanctuary", "ice")


def _arrests_during(tok) -> bool:
    """"were arrested during a two-day operation": an operation that arrested people (not "the operation"
    already reported)."""
    if any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children):
        return False
    return tok.head.lower_ in ("during", "in", "as") and tok.head.head.lemma_.lower() in (
        "arrest", "detain", "apprehend", "round", "pick", "take", "seize")


#: a local force's own officers ("its deputies", "troopers", "patrol officers", "its 14 designated officers")
_LOCAL_MAKERS = re.compile(r"\b(?:deput(?:y|ies)|troopers?|police|patrol|sheriff\w*|designated|certified)\b", re.I)


def _local_force_only(text: str) -> bool:
    """``text`` names a local force's officers and not ICE's ("Border Patrol agents" are federal)."""
    return bool(_LOCAL_MAKERS.search(text)) and not R.CUES["ice"].search(" " + text.lower() + " ")
#: a change that keeps an agreement going: "approved Modification No. 3", "signed the extension"
_AGREEMENT_CHANGES = frozenset(("modification", "extension", "renewal", "amendment", "reauthorization"))


def _instrument_key(tok, short_title: bool = False) -> Optional[str]:
    lemma = tok.lemma_.lower()
    if lemma in ("renewal", "reauthorization", "extension", "modification") and tok.pos_ in NOMINAL:
        return "agreement"      # "The renewal was signed": the renewal of the agreement last described
    if lemma == "period" and tok.pos_ in NOMINAL and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.lemma_.lower() == "performance" for g in c.children)
            for c in tok.children):
        return "agreement"      # "extended the first period of performance": a contract's term
    if short_title and tok.text == "Act" and tok.pos_ in NOMINAL:
        return "act"            # a law's short title: "The ... Act requires ...", then "passed the Act over the veto"
    if tok.pos_ not in NOMINAL or lemma not in _ANAPHOR_NOUNS:
        return None
    return {"laws": "law", "bills": "bill", "policies": "policy", "orders": "order", "deal": "agreement",
            "contract": "agreement", "mou": "agreement", "moa": "agreement"}.get(lemma, lemma)


def _remember_instruments(doc, state: "_DocState") -> None:
    """Note, per instrument noun, the last sentence that says what the instrument is about."""
    keys = {k for k in (_instrument_key(t) for t in doc) if k}
    if not keys:
        return
    texts = _scope_texts(list(doc))
    if any(_cue(c, texts) for c in _CONTENT_CUES):
        for k in keys | {"*"}:
            if k == "agreement" and not _cue("agreement_strong", texts):
                continue    # ("This MOU shall not be construed to require ... civil immigration enforcement" says what
                #             the agreement is not; the agreement with ICE or HSI told before stays the antecedent)
            if k != "*" and k in state.antecedents and _cue("agreement_strong", state.antecedents[k]) \
                    and not _cue("agreement_strong", texts):
                continue    # ("Amendment No. 4 to Intergovernmental Service Agreement No. 84-..." then "Nothing in
                #             Amendment No. 4 authorizes jail staff to ...": still the amendment of that agreement)
            state.antecedents[k] = texts


_FEDERAL_MONEY = re.compile(r"\bfederal (?:[\w-]+ ){0,3}(?:funds?|funding|grants?|aid|money|dollars|awards?)\b", re.I)
_PLAIN_RULE = R.Rule(name="reintroduce", types={})
#: policies that limit cooperation: keeping or defending one affirms sanctuary
_SANCTUARY_LIKE = {"bar_local_cooperation", "restrict_enforcement_sites", "affirm_sanctuary"}
_REINTRODUCE = {"reintroduce", "refile", "resubmit", "revive", "resurrect", "reintroduced", "retool", "redraft"}
_LEGISLATED = ("restricts", "expands")


def _in_time_clause(tok) -> bool:
    """``tok`` is in a clause that only says when ("before the Act took effect", "after the order expired")."""
    return any(a.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("before", "after", "until", "since", "when",
                                                                            "once", "while")
                                         for c in a.children)
               for a in [tok, *tok.ancestors])


def _remember_instrument_rows(doc, rows, state: "_DocState", si: int) -> None:
    """The last law-like action of a sentence naming an instrument, for "would reintroduce it" later.

    An instrument named only as what someone wants undone ("would sue unless it repealed the ordinance")
    is not what the sentence's act is: the act is not remembered as that instrument's."""
    # (nor is an instrument named only for when something happened: "notified ICE of 11 releases in 2027, before the
    # Act took effect")
    keys = {k for k in (_instrument_key(t, short_title=True) for t in doc
                        if not (t.dep_ in ("dobj", "nsubjpass") and t.head.lemma_.lower() in _UNDONE)
                        and not _in_time_clause(t)) if k}
    # (a bill moved on by a committee is the bill told before: nothing new to remember)
    # (nor is a suit against an instrument what it does: "told the town that the ordinance conflicts with state law
    # and that his office will ask a court to void it")
    coded = [r for r in rows if r["direction"] in _LEGISLATED and r.get("rule") not in (
        "advanced_bill", "sue", "ask_court_void", "seek_injunction", "go_to_court")]
    voted = [r for r in coded if r["action_type"] in _LAW_TYPES]
    if voted and any(t.lemma_.lower() in _VOTE_LEMMAS and _is_verbal(t) for t in doc):
        state.last_legislated, state.last_legislated_sent = voted[0], si
    if keys and coded:
        # "Tonight's main item: the Neighbor Safety Ordinance. The measure would forbid ...": the measure is
        # the instrument the sentence before named, without saying what it does
        named_before = state.named_keys if si - state.named_keys_sent == 1 and any(
            t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN" and _instrument_key(t)
            and any(d.dep_ == "det" and d.lower_ in ("the", "this") for d in t.children) for t in doc) else set()
        for k in keys | {"it"} | named_before:
            state.instrument_rows[k] = coded[-1]
    named = {k for k in (_instrument_key(t) for t in doc if t.pos_ == "PROPN") if k}
    state.named_keys, state.named_keys_sent = (named, si) if named and not rows else (set(), -99)
    laws = [r for r in coded if r["action_type"] in _LAW_TYPES]
    if laws and re.match(r"(?:Under\s+)?(?:Section|Sec\.|\u00a7)\s*\d", doc.text) and "act" not in state.instrument_rows:
        # ("Section 3 bars state correctional facilities ...": the first section told is what the act does, for a
        # later "Act 117 stays in force")
        state.instrument_rows["act"] = laws[0]
    ruled = [r for r in laws if r["status"] != "reported"]
    if ruled:   # (a rule, not a practice someone reports: what "it stays in force" can mean)
        state.last_rule_row, state.last_rule_sent = ruled[-1], si
    if laws:
        state.last_law_row, state.last_law_sent = laws[-1], si
        state.law_rows = [(k, r) for k, r in state.law_rows if si - k <= _SIMILAR_REACH] + [(si, r) for r in laws]


#: the decretal words of a court order; the numbered duties after them are the court's orders
_DECRETAL = re.compile(r"\b(?:IT IS (?:HEREBY |FURTHER )?ORDERED|(?:is|are) (?:hereby )?ORDERED|ORDERED,? ADJUDGED"
                       r"|ORDERS as follows|ORDERED as follows|the Court orders)\b")
#: a duty laid on a party: "2. Defendants shall remove all vehicles ...", "Within fourteen days of this Order,
#: the Sheriff shall issue a written directive ..."
_PARTY_DUTY = re.compile(r"^\s*(?:\(?\d{1,2}\)?[.)]?\s+|\(?[a-z]\)[.)]?\s+|[a-z]\.\s+)?(?:[^,.;]{3,60},\s+)?(?:[Tt]he\s+)?"
                         r"(?:Defendants?|Plaintiffs?|Respondents?|Petitioners?|Sheriff|County|City|State|Department"
                         r"|Government|United States|parties)\b[^.;]{0,120}?\b(?:shall|must)\b(?!\s+not\s+be\s+construed)")


def _ordered_duty(pdoc, sent, state: "_DocState", si: int, by_sent) -> list[dict]:
    """In a court order, a party's duty set out after "It is ORDERED that:" ("2. Defendants shall remove
    all vehicles from the lot by October 8") is the court's order: a court action."""
    if not state.ordered or not _PARTY_DUTY.match(sent.text) or re.match(
            r"^\s*(?:\(?\d{1,2}\)?[.)]?\s+)?Nothing\b", sent.text):
        return []
    root = next((t for t in sent.doc if t.dep_ == "ROOT"), sent.doc[0])
    s, e = sent.span_offsets(root)
    return [_plain_row(pdoc, sent, s, e, "court_action", _date_for(pdoc, sent, root, by_sent), trigger=root.text,
                       rule="ordered_duty")]


#: a table row of 287(g) agreements ("Polk County Sheriff's Office | Task Force | New | April 4, 2028",
#: "FL | Alachua County Sheriff's Office | Jail Enforcement Model | 12/20/2018"): its fields
_TABLE_AGENCY = re.compile(r"\b(?:sheriff(?:'s|\u2019s|s)? (?:office|department)|police department|police|sheriff"
                           r"|department of (?:corrections|public safety)|(?:county )?jail|detention (?:center|facility)"
                           r"|highway patrol|state patrol|marshal(?:'s|\u2019s)? office|public safety)\b", re.I)
_TABLE_MODEL = re.compile(r"\b(?:task[- ]force|jail[- ]enforcement|warrant[- ]service(?: officer)?|jail model|jem|wso|tfm"
                          r"|287\s*\(\s*g\s*\))\b", re.I)
_TABLE_END = re.compile(r"\b(?:terminat\w*|ended|withdr[ae]wn?|not renewed|non-?renewal|expired|lapsed|cancell?ed"
                        r"|rescinded|suspended|discontinued)\b", re.I)
_TABLE_KEEP = re.compile(r"\b(?:renew\w*|extended|extension|continu\w*|re-?signed)\b", re.I)


#: a table's column of the day an agreement was signed: "| County | 287(g) model | Signed |"
#: (or when it began: "Sheriff's office | Model | Start date")
_SIGNED_COLUMN = re.compile(r"(?:^|\|)\s*(?:(?:date\s+)?signed(?:\s+on)?|(?:start|effective|joined|entered)(?:\s+date)?"
                            r"|date\s+(?:joined|entered|began))\s*(?:\||$)", re.I)


def _table_header(text: str, at: int) -> str:
    """The first line of the "|" table the line at ``at`` belongs to ("" when it is not in one)."""
    start = text.rfind("\n", 0, at) + 1
    header = ""
    while start > 0:
        prev = text.rfind("\n", 0, start - 1) + 1
        line = text[prev:start - 1]
        if "|" not in line:
            break       # (a table's lines, with or without a "|" at their ends)
        header, start = line, prev
    return header


def _agreement_table_row(pdoc, sent, S, by_sent) -> list[dict]:
    """A row of a table of 287(g) agreements, one line with "|" or tab fields naming a local agency and an
    agreement model: a new agreement is entered, a renewal kept, a termination ended; the agency's place is the
    row's, its date (signed, effective) the row's date. Only for a line no rule coded."""
    line = sent.text.strip()
    fields = [f.strip() for f in re.split(r"\s*\|\s*|\t+", line) if f.strip()]
    if len(fields) < 3 or "\n" in line:
        return []
    agency = next((f for f in fields if _TABLE_AGENCY.search(f) and not _TABLE_MODEL.search(f)), None)
    if agency is None:
        # ("| Pinal County | Jail Enforcement | March 2025 |", under "| County | 287(g) model | Signed |": the
        # county itself, a field that is only a county's or a city's name)
        agency = next((f for f in fields if any(p.get("kind") in ("county", "city") and (p.get("text") or "") == f
                                                for p in S.places)), None) if _SIGNED_COLUMN.search(
            _table_header(pdoc.text, sent.start)) else None     # (a table of agreements signed, not of their costs)
    if agency is None or not any(_TABLE_MODEL.search(f) for f in fields if f is not agency):
        return []
    places = [dict(jid=p["jid"], kind=p.get("kind")) for p in S.places if p.get("kind") in ("state", "county", "city")
              and (p.get("text") or "") and p["text"] in agency]
    if not places:
        # ("Key West Police Department" read as an organization named for its place)
        from .. import gazetteer

        G = gazetteer.load()
        places = [dict(jid=o["jurisdiction"], kind=G.get(o["jurisdiction"]).kind) for o in S.orgs
                  if o.get("jurisdiction") and G.get(o["jurisdiction"]) is not None
                  and (o.get("text") or o.get("name") or "") in agency]
    if not places:
        return []
    place = places[0]
    rest = " ".join(f for f in fields if f is not agency)
    atype = ("end_formal_agreement" if _TABLE_END.search(rest) else
             "keep_formal_agreement" if _TABLE_KEEP.search(rest) else "enter_formal_agreement")
    a = sent.text.find(agency)
    s0 = sent.start + max(0, a)
    tok = sent.doc[0]
    row = _plain_row(pdoc, sent, s0, s0 + len(agency), atype, _date_for(pdoc, sent, tok, by_sent),
                     trigger=agency, rule="agreement_table", actor=agency, actor_level=_kind_level(place.get("kind")),
                     jurisdiction=place["jid"], confidence=0.45)
    return [row]


#: an entry of a court's docket sheet, its day first and its kind in capitals: "01/31/2028  MOTION TO DISMISS filed by
#: Defendants Johnson County and Sheriff X.", "03/14/2028  ORDER setting a status conference for 04/18/2028."
_DOCKET_ENTRY = re.compile(r"^\s*(?:\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2})\s+"
                           # ("02/20/2028 MOTION TO DISMISS filed by ...", "10/19/2027 Defendants' motion to dismiss
                           # filed.", "01/11/2028 Hearing held on all pending motions.")
                           r"(?:(?P<party>(?:Plaintiff|Defendant|Petitioner|Respondent|Appellant|Appellee|Intervenor)s?)"
                           r"(?:['\u2019]s?)?\s+)?"
                           r"(?P<kind>(?:MOTION|ORDER|HEARING|NOTICE|BRIEF"
                           r"|RESISTANCE|RESPONSE|REPLY|RULING|PETITION|COMPLAINT|ANSWER|STIPULATION|JUDGMENT|OPINION"
                           r"|OBJECTION|MEMORANDUM|TRANSCRIPT|STATUS CONFERENCE|SCHEDULING ORDER"
                           r"|(?:Motion|Order|Hearing|Notice|Brief|Resistance|Response|Reply|Ruling|Petition|Complaint"
                           r"|Answer|Stipulation|Judgment|Opinion|Objection|Memorandum|Transcript|Status conference"
                           r"|Scheduling order)(?= (?:for|to|of|on|in|granting|denying|held|filed|setting|entered"
                           r"|opposing|supporting)\b)"
                           r"|(?<=['\u2019] )(?:motion|notice|brief|response|reply|petition|complaint|answer|objection"
                           r"|memorandum))\b)")
#: a case's caption line: "CASE: Board of Commissioners of Monroe County v. State of Indiana, et al."
_CAPTION_LINE = re.compile(r"^(?:(?:CASE|Case|Caption|CAPTION|Title|TITLE)\s*:\s*)?(?P<p>[A-Z][^\n]{2,120}?)\s+v(?:s)?\.\s+"
                           r"(?P<d>[A-Z][^\n]{2,120}?)(?:,?\s+et al\.?)?\s*$", re.M)
#: who filed it: "filed by Plaintiff State of Iowa", "filed by the City of Iowa City in support of Defendants"
_FILED_BY = re.compile(r"\bfiled by\s+(?:(?:the\s+)?(?:Plaintiffs?|Defendants?|Petitioners?|Respondents?|Intervenors?"
                       r"|Amicus(?:\s+Curiae)?)\b\s*)?(?P<who>[^.;]*)", re.I)
#: the court's county in a docket's header: "IOWA DISTRICT COURT FOR JOHNSON COUNTY"
_COURT_FOR_COUNTY = re.compile(r"\bCOURT (?:FOR|OF) ([A-Z][A-Z.' -]{1,30}?) COUNTY\b")


#: a government named as a docket's filer
_DOCKET_GOVERNMENT = re.compile(r"\bState of (?P<state>[A-Z][a-z]+(?: [A-Z][a-z]+)?)|(?P<county>[A-Z][a-z]+(?: [A-Z][a-z]+)?)"
                                r" County\b|\bCity of (?P<city>[A-Z][a-z]+(?: [A-Z][a-z]+)?)")


#: a case title against a local government: "Title: STATE OF IOWA ex rel. ... v. JOHNSON COUNTY, IOWA, and ..."
_LOCAL_CASE_TITLE = re.compile(r"\bv\.\s+(?:[A-Z][A-Z.' -]*\b)?(?:COUNTY|CITY|TOWN|SHERIFF|VILLAGE|BOROUGH|PARISH)\b")


def _docket_place(name: str, kind: str, states) -> tuple:
    """(jurisdiction, kind) of a government a docket names, in the document's states (None when not one place)."""
    from .. import gazetteer

    full = name + " County" if kind == "county" else name
    found = [p for p in gazetteer.load().lookup(full) if p.kind == kind and (kind == "state" or p.state in states)]
    return (found[0].jurisdiction_id, kind) if len(found) == 1 else (None, None)


def _named_government(text: str, states, local_only: bool = False) -> tuple:
    """(jurisdiction, kind) of the first government a docket's words name ("State of Iowa", "Johnson County", "City
    of Iowa City"), in the document's states; with ``local_only``, a county or city only."""
    for gov in _DOCKET_GOVERNMENT.finditer(text):
        if local_only and gov.group("state"):
            continue
        kind = "state" if gov.group("state") else "county" if gov.group("county") else "city"
        return _docket_place(gov.group(kind), kind, states)
    return None, None


def _docket_entry_row(pdoc, sent, S, state: "_DocState", by_sent) -> list[dict]:
    """A docket sheet's entry, in a case about immigration enforcement: a step of the case (court_action), placed
    where its filer is ("filed by Plaintiff State of Iowa"), else in the court's county; a state's petition or
    complaint against a local government is the state's suit to make it cooperate. Only for a line no rule coded."""
    m = _DOCKET_ENTRY.match(sent.text)
    if m is None or not state.ice_doc:
        return []
    filed = _FILED_BY.search(sent.text)
    govs = [p for p in S.places if p.get("kind") in ("state", "county", "city") and p.get("jid")]
    who = [p for p in govs if filed is not None and filed.start("who") <= p["a"] < filed.end("who")]
    place = who[0] if who else None
    jid, kind = (place["jid"], place.get("kind")) if place else (None, None)
    if place is None and filed is not None:
        # (a docket's lines are often read without places: its filer's government by name, "State of Iowa",
        # "Johnson County", "the City of Iowa City", in the document's states)
        jid, kind = _named_government(filed.group("who"), state.doc_states)
    caption = _CAPTION_LINE.search(pdoc.text[:1500] or "")
    if place is None and filed is None and m.group("party") and caption is not None:
        # "Defendants' motion to dismiss filed.": the party the caption names on that side
        side = caption.group("d") if m.group("party").lower().startswith(("defendant", "respondent", "appellee")) \
            else caption.group("p")
        jid, kind = _named_government(side, state.doc_states)
    if jid is None and (filed is None or not filed.group("who").strip()):
        court = _COURT_FOR_COUNTY.search(pdoc.text[:600] or "")
        if court is not None:
            jid, kind = _docket_place(court.group(1).strip().title(), "county", state.doc_states)
    if jid is None and not m.group("party") and caption is not None:
        # ("Hearing held on all pending motions.", "Order granting ...", with no court county named): the local
        # government the case is about, the party the caption names that is one
        for side in (caption.group("p"), caption.group("d")):
            jid, kind = _named_government(side, state.doc_states, local_only=True)
            if jid is not None:
                break
    atype = "expand_cooperation" if m.group("kind").upper() in ("PETITION", "COMPLAINT") and kind == "state" and (
        state.local_defendant or _LOCAL_CASE_TITLE.search(pdoc.text[:1500] or "")) else "court_action"
    s0 = sent.start + m.start("kind")
    return [_plain_row(pdoc, sent, s0, sent.start + m.end("kind"), atype, _date_for(pdoc, sent, sent.doc[0], by_sent),
                       trigger=m.group("kind"), rule="docket_entry", actor=filed.group("who").strip() or None
                       if filed else None, actor_level=_kind_level(kind) if kind else None, jurisdiction=jid,
                       confidence=0.45)]


#: "..., joined by Kentucky and Tennessee": the governments that joined a filing, named after it
_JOINED_BY = re.compile(r"\b[Jj]oined by\b(?P<who>[^.;:]*?)(?=,\s+(?:and\s+)?[a-z]|[.;:]|$)")
#: "Joining Michigan on the brief are the attorneys general of Illinois, Minnesota and Oregon."
_JOINING_ON = re.compile(r"^\s*Joining\s+(?:[\w.'\u2019-]+\s+){1,5}?(?:on|in)\s+(?:the\s+|this\s+|that\s+|its\s+)?"
                         r"(?:amicus\s+)?(?P<what>brief|suit|lawsuit|complaint|motion|filing|case|petition|appeal)\b"
                         r"[^.;]{0,40}?\b(?:are|were|is|was)\b(?P<who>[^.;]*)", re.I)


def _joiners(pdoc, sent, S, state: "_DocState", by_sent, rows) -> list[dict]:
    """The governments that joined a filing, each a row of its own: "Ohio's attorney general filed a brief
    supporting the department on January 21, joined by Kentucky and Tennessee" (the brief's row, again for each),
    "Joining Michigan on the brief are the attorneys general of Illinois, Minnesota and Oregon" (a court step of
    each; a suit joined is the suit told before)."""
    def named(a: int, b: int) -> list[dict]:
        seen, out = set(), []
        for p in S.places:
            if a <= p["a"] < b and p.get("kind") in ("state", "county", "city") and p.get("jid") \
                    and p["jid"] not in seen:
                seen.add(p["jid"])
                out.append(p)
        return out

    m = _JOINED_BY.search(sent.text)
    filings = [r for r in rows if r["action_type"] in ("court_action", "sue_federal_government")]
    if m is not None and filings:
        have = {r["jurisdiction"] for r in rows}
        return [dict(filings[0], jurisdiction=p["jid"], actor=None, actor_level=p.get("kind"),
                     confidence=round(max(0.05, filings[0]["confidence"] - 0.1), 2), rule="joined_by")
                for p in named(m.start("who"), m.end("who")) if p["jid"] not in have]
    m = _JOINING_ON.match(sent.text)
    if m is None or rows or not state.ice_doc:
        return []
    what = m.group("what").lower()
    atype = "sue_federal_government" if what in ("suit", "lawsuit", "complaint", "case") and state.federal_suit \
        else "court_action"
    when = _date_for(pdoc, sent, sent.doc[0], by_sent)
    s0 = sent.start + m.start("what")
    return [_plain_row(pdoc, sent, s0, s0 + len(m.group("what")), atype, when, trigger=m.group("what"), rule="joined_by",
                       actor_level=p.get("kind"), jurisdiction=p["jid"], confidence=0.45)
            for p in named(m.start("who"), m.end("who"))]


def _retold(prev: dict, pdoc, sent, tok, by_sent, rule: str, status: str, discount: float, **changes) -> dict:
    """An earlier row told again at ``tok`` (reintroduced, passed, adopted elsewhere, signed): its codes with
    this sentence's evidence, trigger, date and status, a little less confidence, and ``changes``."""
    s, e = sent.span_offsets(tok)
    date_text, date, prec, dsrc = _date_for(pdoc, sent, tok, by_sent)
    return dict(prev, sentence_id=sent.sentence_id, start=s, end=e, evidence=sent.text, trigger=tok.text,
                rule=rule, status=status, date_text=date_text, date=date, date_precision=prec, date_source=dsrc,
                confidence=round(max(0.05, prev["confidence"] - discount), 2), **changes)


def _reintroduced(pdoc, sent, S, state: "_DocState", si: int, by_sent) -> list[dict]:
    """"Vanderhoff said he would reintroduce it next month": the bill last described, proposed again."""
    for tok in sent.doc:
        if tok.lemma_.lower() not in _REINTRODUCE or not _is_verbal(tok) or _negated(tok):
            continue
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is None:
            continue
        key = "it" if obj.lower_ in ("it", "them") else _instrument_key(obj)
        prev = state.instrument_rows.get(key) if key else None
        if prev is None:
            continue
        actors = _actors(tok, S, state, si)
        a = actors[0] if actors else {}
        status = _status(tok, _clause_path(tok), _PLAIN_RULE, sent)
        return [_retold(prev, pdoc, sent, tok, by_sent, "reintroduce", "proposed" if status == "enacted" else status,
                        0.2, actor=a.get("actor") or prev["actor"], actor_level=a.get("level") or prev["actor_level"])]
    return []


#: an instrument made law: "The Neighbor Safety Ordinance passes tonight, 7-2", "The ordinance was adopted"
_PASSAGE = {"pass", "adopt", "approve", "enact"}


def _passed_named(pdoc, sent, S, state: "_DocState", si: int, by_sent) -> list[dict]:
    """"FINAL VOTE: The Neighbor Safety Ordinance passes tonight, 7-2": a named (or "the") instrument whose
    content was told before, now passed: that content, enacted. Only for a sentence no rule coded."""
    for tok in sent.doc:
        if tok.lemma_.lower() not in _PASSAGE or not _is_verbal(tok) or _negated(tok) or tok.tag_ in ("VB", "VBG"):
            continue
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether", "once", "until") for c in tok.children):
            continue    # "If the amendment passes, the levy would rise": a passage supposed
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        # "passes" said of the instrument itself, or "was passed"
        inst = next((c for c in subj if _instrument_key(c, short_title=True) and (c.pos_ == "PROPN" or any(
            d.dep_ == "det" and d.lower_ in ("the", "this") for d in c.children))), None)
        if inst is None and subj and subj[0].dep_ == "nsubj" and tok.tag_ == "VBD" and not any(
                c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in tok.children):
            # "the council adopted the Neighbor Safety Ordinance tonight": the instrument by its name
            inst = next((c for c in tok.children if c.dep_ == "dobj" and c.pos_ == "PROPN" and _instrument_key(c, short_title=True)),
                        None)
        elif inst is not None and subj[0].dep_ == "nsubj" and any(c.dep_ == "dobj" for c in tok.children):
            inst = None
        if inst is None:
            continue
        prev = state.instrument_rows.get(_instrument_key(inst, short_title=True))
        if prev is None or prev["action_type"] not in _LAW_TYPES:
            continue
        status = _status(tok, _clause_path(tok), _PLAIN_RULE, sent)
        if status != "enacted":
            continue
        return [_retold(prev, pdoc, sent, tok, by_sent, "passed_named", "enacted", 0.1)]
    return []


#: a lockup of ICE's own: "an immigration detention center", "the ICE processing center"
_FEDERAL_LOCKUP = re.compile(r"\b(?:immigration|ICE|federal)\s+(?:detention|processing|holding)\s+(?:center|centre|facility)\b",
                             re.I)
#: verbs of asking for records
_RECORDS_ASKED = frozenset(("ask", "request", "demand", "seek", "file", "submit", "petition", "press", "send"))
#: verbs of giving records out (not of asking for them)
_GIVEN_OUT = frozenset(("release", "produce", "provide", "disclose", "hand", "turn", "publish", "post", "give", "share"))
#: members of a legislature, council or board, whose motions are a meeting's
_LEGISLATOR = re.compile(r"\b(?:commissioners?|council ?(?:wo)?m[ae]n|council ?members?|members?|alder(?:man|woman|person)?s?"
                         r"|supervisors?|trustees?|senators?|sen\.|representatives?|rep\.|delegates?|assembly ?members?"
                         r"|legislators?|selectm[ae]n|chair(?:man|woman|person)?)\b", re.I)
#: what stays "in force", "in effect" or "in place"
_IN_FORCE = frozenset(("force", "effect", "place"))
#: a limit told before by the name of what it does ("the suspension will remain in place", "the cap")
_KEPT_LIMITS = frozenset(("suspension", "cap", "limit", "ban", "moratorium", "pause", "freeze", "prohibition",
                          "restriction", "section", "provision", "directive", "rule"))
#: how many sentences back a limit named only by such a word may be the last law told
_KEPT_REACH = 8
#: the government a possessive names ("the city's policy")
_OWNER_LEVELS = {"city": "city", "town": "city", "village": "city", "county": "county", "state": "state"}


def _in_force_verb(tok) -> bool:
    """``tok`` is "remain" or "stay" with "in force", "in effect", "in place" or "on the books" ("will stay in place")."""
    # (or the "-s" verb the small model tags as a noun, its subject kept: '"Act 117 stays in force in every jail ..."')
    return tok.lemma_.lower() in ("remain", "stay") and (_is_verbal(tok) or (
        tok.tag_ == "NNS" and any(c.dep_ == "nsubj" for c in tok.children))) and any(
        c.dep_ == "prep" and (c.lower_ == "in" and any(g.dep_ == "pobj" and g.lower_ in _IN_FORCE for g in c.children)
                              # ("Our ordinance will stay on the books")
                              or c.lower_ == "on" and any(g.dep_ == "pobj" and g.lower_ == "books" for g in c.children))
        for c in tok.children)


def _kept_in_force(pdoc, sent, S, state: "_DocState", si: int, by_sent, rows) -> list[dict]:
    """"The County Executive replied that the order will remain in force", "Resolution 2027-18 will remain in
    force": an instrument told before, kept. Its code (a limit kept is still that limit; an agreement kept is
    kept), told again with this sentence's actor, date and status. Not "if the order stays in force" (a
    condition), nor what a clause only describes ("for each day it stays in force")."""
    for tok in sent.doc:
        if not _in_force_verb(tok) or _negated(tok) or tok.dep_ in ("relcl", "acl", "advcl", "pcomp", "xcomp"):
            continue
        if any(c.dep_ == "npadvmod" and c.lemma_.lower() in ("day", "week", "month", "year", "hour")
               and any(d.lower_ in ("every", "each") for d in c.children) for c in tok.children):
            continue    # ('"Every day this law stays on the books, dangerous offenders walk out of Maine jails"': the
            #             time it stays, not a word that it will)
        if any(c.dep_ == "mark" and c.lower_ not in ("that",) for t in [tok, *tok.ancestors] for c in t.children):
            continue    # ("if the order stays in force", "whether it will remain in effect", "while ...")
        if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
               for c in tok.children):
            continue    # ("if the Board declines the amendment, the current rate would remain in force")
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or any(c.dep_ == "aux" and c.i < subj.i for c in tok.children):
            continue    # ("should the resolution remain in force on that date": a condition)
        lemma = subj.lemma_.lower()
        guessed = False
        # (a law's short title: '"Act 88 stays in force ..."', after "The Act bars ...")
        key = "it" if subj.lower_ in ("it", "that") else _instrument_key(subj, short_title=True)
        definite = subj.pos_ == "PROPN" or subj.lower_ in ("it", "that") or any(
            c.dep_ in ("det", "poss", "compound", "nummod") for c in subj.children)
        if not definite:
            continue    # ("an order stays in force for 90 days": what any order does)
        prev = state.instrument_rows.get(key) if key else None
        if key == "agreement":
            if any(c.dep_ == "det" and c.lower_ == "this" for c in subj.children):
                continue    # ("This MOA will remain in effect until either party terminates it": its own term)
            if prev is None or prev["action_type"] not in _AGREEMENT_TYPES | {"assist_ice"}:
                if not _cue("agreement_strong", state.antecedents.get("agreement", ("", ""))):
                    continue
            atype = "keep_formal_agreement"
        else:
            if prev is None and lemma in _KEPT_LIMITS:
                # "the suspension": the last law told by that word's verb ("suspended the transfer of ...")
                stem = re.compile(r"\b" + re.escape(lemma[:min(len(lemma), 5)]), re.I)
                prev = next((r for k, r in reversed(state.law_rows) if stem.search(r["evidence"])), None)
            if prev is None and (key or lemma in _KEPT_LIMITS) and si - state.last_rule_sent <= (
                    _KEPT_REACH * 3 if key else _KEPT_REACH):
                prev = state.last_rule_row
                guessed = True
            if prev is None or prev["action_type"] not in _LAW_TYPES:
                continue
            atype = prev["action_type"]
            if atype in _SANCTUARY_LIKE and any(c.dep_ == "prep" and c.lower_ == "on" for c in tok.children):
                atype = "affirm_sanctuary"  # "the ordinance will stay on the books": a limit defended, the
                #                             place's stand kept (vocabulary: defending a policy affirms sanctuary)
        if any(r["action_type"] == atype or (
                r["action_type"] in _SANCTUARY_LIKE and atype in _SANCTUARY_LIKE) for r in rows):
            continue    # ("I reaffirm that St. Louis is a welcoming city and that Board Bill 88 remains in force")
        if len(list(subj.subtree)) > 2 and any(r["action_type"] in _LAW_TYPES and sent.start + subj.left_edge.idx
                                               <= r["start"] <= sent.start + subj.right_edge.idx for r in rows):
            continue    # ("my general order barring officers from sharing ... with ICE will stay in place": the
            #             order its own words tell, coded by the rules, not the last law told before)
        status = _status(tok, _clause_path(tok), _PLAIN_RULE, sent)
        if status not in ("enacted", "announced"):
            continue
        # the one who says it stays ("the Chief told this office that ..."), not the instrument itself
        teller = tok.head if tok.dep_ == "ccomp" and _is_verbal(tok.head) else tok
        actors = [x for x in _actors(teller, S, state, si) if x.get("actor") is None or x.get("actor") != subj.text]
        a = actors[0] if actors else {}
        if prev is None:    # an agreement with ICE the text named, no row for it yet
            s0, e0 = sent.span_offsets(tok)
            prev = _plain_row(pdoc, sent, s0, e0, atype, _date_for(pdoc, sent, tok, by_sent), tok.text,
                              "kept_in_force", confidence=0.45)
        owner = next((c.lower_ for c in subj.children if c.dep_ == "poss" and c.lower_ in _OWNER_LEVELS), None)
        if owner and prev["actor_level"] and prev["actor_level"] != _OWNER_LEVELS[owner]:
            continue    # ("the city's policy will stay in place" after a state order was told: another policy)
        if atype == "expand_cooperation" and a.get("level") in ("city", "county") \
                and any(c.dep_ == "prep" and c.lower_ == "on" for c in tok.children):
            continue    # ("Mayor X said that the ordinance will stay on the books", after the state's threat over it)
        if guessed and a.get("jurisdiction") and prev["jurisdiction"] \
                and a["jurisdiction"] != prev["jurisdiction"]:
            continue    # ("the city's policy will stay in place" after the state's order: not that order)
        kept = dict(prev, action_type=atype, direction=vocabulary.direction_of(atype))
        return [_retold(kept, pdoc, sent, tok, by_sent, "kept_in_force", status, 0.15,
                        actor=a.get("actor") or prev["actor"], actor_level=a.get("level") or prev["actor_level"],
                        jurisdiction=a.get("jurisdiction") or prev["jurisdiction"])]
    return []


#: a legislative chamber or committee moving a bill on: the bill stays a proposal
_CHAMBERS = {"senate", "house", "assembly", "committee", "subcommittee", "panel", "chamber"}
_ADVANCE = {"approve", "pass", "advance", "send", "clear", "forward", "adopt", "endorse"}
#: how many sentences back "it" may point to the bill last described
_IT_REACH = 2


def _is_chamber(tok) -> bool:
    """A legislative chamber or committee ("the Senate", "the House Judiciary Committee"), not a bill named for
    one ("House Bill 9")."""
    return not _instrument_key(tok) and (tok.lemma_.lower() in _CHAMBERS or any(
        c.dep_ == "compound" and c.lemma_.lower() in _CHAMBERS for c in tok.children))


def _advanced_bill(pdoc, sent, state: "_DocState", si: int, by_sent) -> list[dict]:
    """"The Senate approved it 16-14 on March 24", "the Judiciary Committee voted 8-5 to send House Bill 418 to
    the floor", "H. 4410 cleared the Joint Committee": a chamber or committee moving on the bill just
    described. That bill's content, still proposed. Only for a sentence no rule coded."""
    for tok in sent.doc:
        if tok.lemma_.lower() not in _ADVANCE or not _is_verbal(tok) or _negated(tok) or any(
                c.dep_ == "mark" for c in tok.children):
            continue        # (not "if the House passes it", "after it cleared the Senate")
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subj and tok.dep_ in ("xcomp", "advcl") and tok.head.lemma_.lower() == "vote":
            subj = [c for c in tok.head.children if c.dep_ == "nsubj"]       # "voted 8-5 to send ..."
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        if subj and objs and _is_chamber(subj[0]):
            bill = objs[0]                              # "the Senate approved it", "... advanced the measure"
        elif subj and objs and _is_chamber(objs[0]) and tok.lemma_.lower() == "clear":
            bill = subj[0]                              # "H.B. 12 cleared the Judiciary Committee"
        else:
            continue
        if bill.lower_ in ("it", "them"):
            prev = state.instrument_rows.get("it") if si - state.last_law_sent <= _IT_REACH else None
        else:
            key = _instrument_key(bill)
            named = bill.pos_ == "PROPN" or any(d.dep_ == "det" and d.lower_ in ("the", "this") for d in bill.children)
            prev = state.instrument_rows.get(key) if key and named else None
            if prev is None and key and named and bill.pos_ == "NOUN" and si - state.last_law_sent <= _IT_REACH:
                prev = state.instrument_rows.get("it")  # "House Bill 418 would ... The committee advanced the measure"
        if prev is None or prev["action_type"] not in _LAW_TYPES:
            continue
        return [_retold(prev, pdoc, sent, tok, by_sent, "advanced_bill", "proposed", 0.1)]
    return []


#: what another place adopts when it adopts "a similar ordinance" or "the same rule"
_SIMILAR_NOUNS = {"ordinance", "rule", "policy", "resolution", "law", "measure", "bill", "directive", "order",
                  "limit", "restriction", "protection", "legislation", "statute", "provision", "ban", "requirement"}
#: making an instrument, and putting one forward
_ADOPT_SIMILAR = {"adopt", "pass", "enact", "approve", "write", "impose", "issue", "sign", "put", "codify", "apply", "extend"}
_PROPOSE_SIMILAR = {"introduce", "file", "propose", "sponsor", "draft", "prefile"}
#: how far back (in sentences) the law "similar" points to may be
_SIMILAR_REACH = 4


def _adopted_similar(pdoc, sent, S, state: "_DocState", si: int, by_sent, rows) -> list[dict]:
    """"Ypsilanti and Kalamazoo adopted similar ordinances in 2026", "Ingham County adopted the same rule":
    the law just described, made (or put forward) by another body: the earlier row's code, for each maker."""
    for tok in sent.doc:
        lemma = tok.lemma_.lower()
        if lemma not in _ADOPT_SIMILAR | _PROPOSE_SIMILAR or not _is_verbal(tok) or _negated(tok):
            continue
        if any(a.lemma_.lower() in ("decline", "refuse", "reject", "fail", "plan", "consider", "oppose")
               for a in tok.ancestors):
            continue        # "declined to adopt a similar measure"
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is None or obj.lemma_.lower() not in _SIMILAR_NOUNS or not any(
                c.dep_ == "amod" and c.lower_ in _KIND_ADJECTIVES - {"such"} for c in obj.children):
            continue
        if any(c.lower_ in ("welcoming", "sanctuary") for c in obj.children):
            continue        # "adopted a similar welcoming ordinance": the kind is named, and coded by its own words
        # the law told before: earlier in this sentence ("X has barred ..., and Y adopted a similar rule"), or
        # in one of the last few
        here = [r for r in rows if r["action_type"] in _LAW_TYPES and r["start"] < sent.span_offsets(tok)[0]]
        if here:
            laws = here[-1:]
        elif 0 < si - state.last_law_sent <= _SIMILAR_REACH:
            # every code of that body's law told in the last few sentences ("bars officers from ...", "The same
            # ordinance closes city buildings to agents ..."), one row each
            last = state.last_law_row
            laws = [r for k, r in state.law_rows if si - k <= _SIMILAR_REACH
                    and r.get("jurisdiction") == last.get("jurisdiction")]
            laws = list({r["action_type"]: r for r in laws}.values())
        else:
            continue
        actors = _actors(tok, S, state, si)
        places = [p for p in S.places if p.get("kind") not in ("country", "state")]
        if len(places) == 1:    # "In neighboring Federal Way, two council members introduced a similar ordinance"
            actors = [a if a.get("jurisdiction") else dict(a, jurisdiction=places[0]["jid"]) for a in actors]
        actors = [a for a in actors if a.get("jurisdiction")]
        if not actors:
            continue
        status = _status(tok, _clause_path(tok), _PLAIN_RULE, sent)
        if lemma in _PROPOSE_SIMILAR and status == "enacted":
            status = "proposed"
        return [_retold(prev, pdoc, sent, tok, by_sent, "adopted_similar", status, 0.1, actor=a.get("actor"),
                        actor_level=a.get("level"), jurisdiction=a.get("jurisdiction"), target_jurisdiction=None,
                        instrument=None) for a in actors for prev in laws]
    return []


#: ending what a government did ("ended the practice", "halted that practice", "reversed that practice")
_PRACTICE_ENDS = frozenset(("end", "stop", "halt", "discontinue", "abandon", "drop", "reverse", "rescind", "suspend",
                            "cease"))
#: how far back (in sentences) "the practice" may point
_PRACTICE_REACH = 3


def _ended_practice(pdoc, sent, S, state: "_DocState", si: int, by_sent, out: list[dict]) -> list[dict]:
    """"The Effingham County Sheriff's Office ended the practice on March 17": the help a local or state government
    was told of in the last few sentences, ended by the subject (a limit, bar_local_cooperation); a limit ended is
    help restored ("reversed that practice": assist_ice)."""
    for tok in sent.doc:
        if tok.lemma_.lower() not in _PRACTICE_ENDS or not _is_verbal(tok) or _negated(tok):
            continue
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is None or obj.lemma_.lower() != "practice" or any(c.dep_ in ("prep", "acl", "relcl") for c in obj.children) \
                or not any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in obj.children):
            continue    # (not "ended the practice of letting ICE officers walk the housing units", told by its own words)
        told = [r for r in out if r["action_type"] in ("assist_ice", "bar_local_cooperation")
                and r.get("actor_level") in ("state", "county", "city")
                and 0 < si - int(str(r["sentence_id"]).rsplit(":", 1)[-1]) <= _PRACTICE_REACH]
        if not told:
            continue
        atype = "bar_local_cooperation" if told[-1]["action_type"] == "assist_ice" else "assist_ice"
        actors = [a for a in _actors(tok, S, state, si) if a.get("jurisdiction")]
        if not actors:
            continue
        status = _status(tok, _clause_path(tok), _PLAIN_RULE, sent)
        return [_retold(told[-1], pdoc, sent, tok, by_sent, "ended_practice", status, 0.2, action_type=atype,
                        direction=vocabulary.direction_of(atype), actor=a.get("actor"), actor_level=a.get("level"),
                        jurisdiction=a.get("jurisdiction"), target_jurisdiction=None, instrument=None)
                for a in actors]
    return []


#: the codes of an agreement with ICE made, kept or ended
_AGREEMENT_TYPES = {"enter_formal_agreement", "keep_formal_agreement", "end_formal_agreement"}
#: what a law, ordinance or order can do (an agreement or an arrest is not a law's content)
_LAW_TYPES = {"bar_local_cooperation", "expand_cooperation", "restrict_enforcement_sites",
              "require_agent_identification", "affirm_sanctuary"}
#: what a bill's summary can say it does: a law's content, or a record it orders kept
_BILL_CONTENT_TYPES = _LAW_TYPES | {"records_request", "document_misconduct"}
_VOTE_LEMMAS = {"vote", "pass", "adopt", "approve", "enact"}
#: verbs that make, or put forward, an instrument whose content may be told in a neighbouring sentence
_MAKE_INSTRUMENT = {"sign", "enact", "adopt", "pass", "approve", "introduce", "file", "prefile", "sponsor"}
_NAMED_BILL = re.compile(r"\b(?:(?:house|senate|assembly) (?:bill|file|joint resolution|enrolled act)|[hsa]\.? ?[bf]\.?|[hs]ea|"
                         r"ordinance|resolution|executive order)\s*(?:no\.\s*)?\d", re.I)
_CONTENT_SUBJECT = {"it", "act", "law", "bill", "ordinance", "resolution", "order", "measure", "legislation",
                    "statute", "directive"}



def _signing(sent):
    """The verb and object of "Gov. X signed House Bill 188" / "introduced the Data Privacy Act" when the
    sentence does not say what the instrument does."""
    for tok in sent.doc:
        if tok.lemma_.lower() not in _MAKE_INSTRUMENT or not _is_verbal(tok) or _negated(tok):
            continue
        for c in tok.children:
            if c.dep_ not in ("dobj", "nsubjpass"):
                continue
            sub = " ".join(t.text for t in c.subtree)
            if c.lemma_.lower() in _CONTENT_SUBJECT - {"it"} or _NAMED_BILL.search(sub) or (
                    c.lower_ == "it" and tok.lemma_.lower() == "sign") or (
                    c.pos_ == "PROPN" and c.lower_ in ("act", "ordinance", "resolution", "order")):
                return tok, c
    return None


def _content_subject(tok) -> bool:
    """The trigger's subject is the instrument itself: "The Act bars ...", "It also requires ..."."""
    subj = [t for t in _subject_tokens(tok) if t.dep_ in ("nsubj", "nsubjpass")] or list(_subject_tokens(tok))
    return any(t.lemma_.lower() in _CONTENT_SUBJECT and (t.lower_ == "it" or t.pos_ == "PROPN" or any(
        d.lower_ in _ANAPHOR_DETS for d in t.children if d.dep_ in ("det", "poss"))) for t in subj) or any(
        # ("Governor X signed HEA 1318 ... Section 2 requires every county jail to ...": the signed act's section)
        t.lemma_.lower() in ("section", "subsection") and any(c.dep_ == "nummod" and re.match(r"\d+[A-Za-z]?$", c.text)
                                                              for c in t.children) for t in subj)


def _signed_content(pdoc, sent, S, state: "_DocState", si: int, by_sent, rows, out) -> list[dict]:
    """A signing or filing whose content is told in the sentences around it takes that content's code:
    "Gov. X signed House Bill 188. The Act bars state agencies from ...", or "The council passed an
    ordinance barring ... The mayor signed the ordinance Thursday." """
    found = []
    pending, state.pending_signing = state.pending_signing, None
    if pending is not None and 1 <= si - pending[0] <= 2:
        content = [r for r in rows if r["action_type"] in _LAW_TYPES and (
            _content_subject(_token_at(sent, r["start"])) or (
                (m := _UNDER_THE_ACT.match(sent.text)) and not m.group("same") and not pending[2]))]
        if content:
            out.append(pending[1](content[0]))
        else:
            state.pending_signing = pending if si - pending[0] < 2 else None
    if any(r["direction"] in _LEGISLATED for r in rows):
        return found
    hit = _signing(sent)
    if hit is None:
        return found
    tok, obj = hit
    if any(c.lower_ in ("competing", "rival", "opposing", "counter") for c in obj.children):
        return found        # "he will file a competing measure": not the measure told before
    if any(c.dep_ in ("acl", "relcl") and _is_verbal(c) for c in obj.children) and rows:
        return found        # "adopted a resolution condemning the arrest": the sentence tells what it does
    if any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might") for c in tok.children) and \
            any(_has_if_clause(t, marks=("if", "unless")) for t in _clause_path(tok)):
        return found        # "she would sign the bill if it ever reached her desk": a supposition, no act
    if {"would", "could", "might"} & {c.lower_ for c in tok.children if c.dep_ == "aux"} and any(
            c.dep_ == "aux" and c.lower_ == "have" for c in tok.children):
        return found        # "I would have signed it regardless": what was not done
    if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for t in [tok, *tok.ancestors] for c in t.children):
        return found        # "has not said whether she will sign it": in question
    actors = _actors(tok, S, state, si)
    a = actors[0] if actors else {}
    status = _status(tok, _clause_path(tok), _PLAIN_RULE, sent)
    if status == "enacted" and tok.lemma_.lower() in ("introduce", "file", "prefile", "sponsor"):
        status = "proposed"
    instrument = _instrument_for(sent, tok, by_sent, None)

    def build(prev: dict) -> dict:
        return _retold(prev, pdoc, sent, tok, by_sent, "signed_content", status, 0.2,
                       actor=a.get("actor") or prev["actor"], actor_level=a.get("level") or prev["actor_level"],
                       instrument=instrument or prev.get("instrument"),
                       jurisdiction=a.get("jurisdiction") or prev["jurisdiction"])
    prev = state.last_legislated if 0 < si - state.last_legislated_sent <= 3 else None
    if prev is not None and tok.lemma_.lower() == "sign" and obj.pos_ != "PROPN" and (any(
            d.lower_ in _ANAPHOR_DETS for d in obj.children if d.dep_ in ("det", "poss")) or obj.lower_ == "it"):
        found.append(build(prev))       # "the council voted to bar ... The mayor signed the ordinance Thursday",
        # "... The mayor has said he will sign it this week."
    else:
        # (with whether the signing sentence tells what the instrument does: "signed an order that keeps ...")
        state.pending_signing = (si, build, any(c.dep_ in ("acl", "relcl") and _is_verbal(c) for c in obj.children))
    return found


def _token_at(sent, start: int):
    for t in sent.doc:
        if sent.span_offsets(t)[0] == start:
            return t
    return sent.doc[0]


#: a state court named in a suit: the case is between the state's own parties
#: a suit under the federal records law (only federal agencies answer to it)
_FOIA_SUIT = re.compile(r"\bunder (?:the )?(?:federal )?(?:Freedom of Information Act|FOIA)\b")
_STATE_COURT = re.compile(r"\b(?:(?:superior|circuit|chancery|district|county|state|supreme|common pleas) court"
                          r"|court of common pleas)\b", re.I)
_AGREEMENT_NOUNS = {"agreement", "memorandum", "contract", "moa", "mou", "pact"}


def _signs_the_agreement(tok) -> bool:
    """"Sheriff X signed the memorandum of agreement on August 27": the agreement described before."""
    subject = _subject_text(tok)
    # ("the Board approved Modification No. 3", "The Chair signed the modification": a change to it, which keeps it)
    return tok.lemma_.lower() in ("sign", "execute", "ink", "approve") and tok.dep_ not in ("relcl", "acl", "pcomp") \
        and any(c.dep_ == "dobj" and (c.lemma_.lower() in _AGREEMENT_NOUNS | _AGREEMENT_CHANGES or any(
            g.dep_ == "compound" and g.lemma_.lower() in _AGREEMENT_CHANGES for g in c.children)) for c in tok.children) \
        and not R.CUES["federal"].search(subject)     # ICE signing a contract with a company is not a local deal


def _notice_of_termination(tok) -> bool:
    """``tok`` is the noun of "notice of termination" ("give ICE ninety days' notice of termination"): the agreement
    the text is about is ended."""
    return tok.lemma_.lower() in ("termination", "withdrawal", "cancellation") and tok.head.lower_ == "of" \
        and tok.head.head.lemma_.lower() == "notice"


def _praisable_object(obj, S) -> bool:
    """The object a federal official describes warmly can be a partner: a body, a facility, its staff or a local
    official ("the Center", "the borough", "our corrections staff", "Sheriff X"), not a pronoun ("called me the best
    friend a drunk driver ever had"), a law or program named ("which DHS calls the ... Rule") or the agency itself."""
    phrase = " " + obj.doc[obj.left_edge.i: obj.right_edge.i + 1].text.lower() + " "
    return obj.pos_ != "PRON" and obj.lemma_.lower() not in _NAMED_THINGS and not R.CUES["federal"].search(phrase)


_NAMED_THINGS = frozenset(("rule", "act", "law", "policy", "program", "operation", "order", "bill", "statute", "which",
                           "that", "what"))


def _notice_verb(tok):
    """The verb that gives the notice of "notice of termination" ("give", "deliver", "send"), or None."""
    verb = tok.head.head.head
    if tok.head.head.dep_ in ("dobj", "nsubjpass") and _is_verbal(verb) and verb.i != tok.head.head.i:
        return verb
    return None


def _antecedent_texts(sc, texts, state: "_DocState"):
    """``texts`` plus the antecedent's, when the scope names a definite instrument without its content."""
    for t in sc:
        if t.lower_ == "it" and t.dep_ in ("dobj", "nsubjpass") and t.i > 0:
            # "Our partnership with ICE ... has made us safer, and I will keep it": what came before
            before = _scope_texts(list(t.doc[: t.i]))
            last = state.antecedents.get("*", (" ", " "))
            return texts[0] + before[0] + last[0], texts[1] + before[1] + last[1]
        key = _instrument_key(t)
        if key is None or key not in state.antecedents:
            continue
        if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "relcl":
            continue    # ("will keep honoring ICE detainers, which the order does not cover": the order is not kept)
        numbered = t.lemma_.lower() in _AGREEMENT_CHANGES and t.dep_ == "compound" and t.head.lower_ in ("no", "no.")
        if not numbered and not any(c.dep_ in ("det", "poss") and c.lower_ in _ANAPHOR_DETS | {"its", "their", "his", "her", "our"} or
                   (c.dep_ in ("nummod", "compound", "amod") and re.fullmatch(r"(19|20)\d\d", c.text))
                   # "Modification No. 3": a numbered one
                   or (t.lemma_.lower() in _AGREEMENT_CHANGES and c.dep_ in ("nummod", "compound", "appos", "npadvmod")
                       and re.fullmatch(r"no\.?", c.lower_))
                   # "his office's agreement", "the county's contract"; "a similar contract", "the same deal"
                   or (c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN"))
                   or (c.dep_ == "amod" and c.lower_ in _KIND_ADJECTIVES and (c.lower_ not in ("existing", "current") or any(
                       d.dep_ == "det" and d.lower_ in ("every", "each", "all", "the", "any") for d in t.children)))
                   for c in t.children):
            continue
        own = _scope_texts(list(t.subtree))
        if any(_cue(c, own) for c in _CONTENT_CUES):
            continue
        ant = state.antecedents[key]
        prev = state.instrument_rows.get(key)
        if prev is not None and prev["action_type"] in _SANCTUARY_LIKE:
            ant = (" sanctuary ; " + ant[0], " sanctuary ; " + ant[1])   # a limit on cooperation: a sanctuary policy
        return texts[0] + ant[0], texts[1] + ant[1]
    return None


_OUR_FORCE = re.compile(r"\bour(?= (?:officers?|teams?|agents?|deportation officers?|detainers?)\b)")


#: what ends a part in something ("will direct the State Police to leave the ICE-led task force")
_LEAVINGS = frozenset(("leave", "exit", "quit", "withdraw", "end", "terminate", "cancel", "abandon", "dissolve"))
#: a federal agency named by its short name, as the subject of what it will do ("ICE will conduct arrests")
_FEDERAL_AGENCY_WORDS = frozenset(("ice", "dhs", "cbp", "hsi", "ero", "fbi"))
#: what only ICE asks a jail for: release notices and dates, detainers (ICE's, in a text that names ICE)
_ICE_ONLY_OBJECTS = re.compile(r"\brelease (?:notices|notifications|dates)\b|\bdetainers?\b")
#: verbs that carry an operation on to another place ("extended it to Hamilton County")
_CARRIED_ON = frozenset(("extend", "expand", "widen", "spread", "move", "take", "carry", "push"))
#: money paid out, as the subject of a verb of stopping ("per-diem payments would stop")
_PAYMENTS = re.compile(r"\b(?:payments?|funds|funding|grants?|reimbursements?|per[ -]?diems?|proceeds|share of)\b")


def _federal_our(texts: tuple[str, str], state) -> tuple[str, str]:
    """A federal speaker's "our officers", "our teams", "our detainers" read as ICE's, for the rules' cues
    ("The Pierce County Jail notified our officers before releasing ...", in an ICE spokesperson's answer)."""
    if not state.speaker or state.speaker.get("level") != "federal":
        return texts
    return _OUR_FORCE.sub("ice", texts[0]), _OUR_FORCE.sub("ice", texts[1])


#: a rapid-response network or hotline named in full, with the short name the text then uses for it: "the Allentown
#: Rapid Response Network (the "Network")"
_RAPID_NAMED = re.compile(r"\brapid[- ]response\s+(?P<head>network|hotline|line|team)\b"
                          r"(?:\s*\((?:the\s+)?[\"\u201c](?P<alias>[A-Z][a-z]+)[\"\u201d]\))?", re.I)


def _rapid_terms(text: str) -> frozenset:
    """The words by which the text goes on naming a rapid-response network it names in full ("network", "hotline")."""
    words = {w.lower() for m in _RAPID_NAMED.finditer(text) for w in (m["head"], m["alias"]) if w}
    return frozenset(words | {"hotline"} if words else words)    # ("the hotline" of the network named)


def _rapid_named(texts: tuple[str, str], state) -> tuple[str, str]:
    """"The Commission activated the Network at 6:40 a.m.", after "the Allentown Rapid Response Network (the
    "Network")": the network named in full before, for the rules' cues."""
    if not state.rapid_words:
        return texts
    pat = re.compile(r"\bthe (" + "|".join(sorted(state.rapid_words)) + r")\b", re.I)
    return tuple(pat.sub(r"the rapid response \1", t) if "rapid" not in t else t for t in texts)


#: an agreement's own title line about immigration enforcement: "OZARK CORRIDOR MUTUAL AID AGREEMENT" above "FOR FEDERAL
#: IMMIGRATION OPERATIONS SUPPORT"
_ICE_AGREEMENT_TITLE = re.compile(r"^[ \t]*[A-Z][A-Z .,'()-]*\bAGREEMENT\b[A-Z .,'()-]*\n?[A-Z .,'()-]*"
                                  r"\b(?:IMMIGRATION|ICE|CUSTOMS ENFORCEMENT|287\(G\))\b[A-Z .,'()-]*$", re.M)


#: a task force of ICE's, named as such somewhere in the text
_ICE_TASK_FORCE = re.compile(r"\b(?i:task[- ]force model)\b|\b(?:ICE|HSI|Immigration and Customs Enforcement)(?:'s|\u2019s)?"
                            r"[- ]led (?i:task force)\b|\b(?i:task force) (?:with|of|led by|run by) (?:ICE|HSI|Immigration and"
                            r" Customs)\b|\b287\(g\) (?i:task force)\b"
                            # ("the Keystone Fugitive Alien Task Force, an ICE-led unit")
                            r"|\bTask Force,? an? (?:ICE|HSI)[- ]led\b")


#: a letter or statement named in a sentence
_A_LETTER = re.compile(r"\b(?:letter|statement|memo|memorandum|notice|e-?mail)\b", re.I)
#: verbs of judging what was written
_WORDS_ABOUT = frozenset(("condemn", "denounce", "call", "criticize", "criticise", "blast", "decry", "slam", "reject",
                          "dismiss", "describe", "label", "brand", "characterize", "assail", "deplore"))
#: the letter told before, named again
_THE_LETTER = re.compile(r"\b(?:the|that|this|its|his|her) (?:same )?(letter|statement|memo|memorandum|notice)\b", re.I)


def _letter_named(texts: tuple[str, str], sent, state, si: int, tok) -> tuple[str, str]:
    """"Mayor X condemned the letter as 'an attempt to buy our officers'", a sentence or two after ICE's letter was
    told: ICE's letter, for the cues of the words said about it (not "released the letter", "gave it no weight")."""
    if tok.lemma_.lower() not in _WORDS_ABOUT or not 0 < si - state.federal_letter_sent <= 2 \
            or not _THE_LETTER.search(sent.text) \
            or R.CUES["ice"].search(texts[0]):
        return texts
    return tuple(_THE_LETTER.sub(lambda m: m.group(0) + " from ice", t) for t in texts)


#: a federal immigration agency named ("ICE", "Immigration and Customs Enforcement", "Border Patrol")
_IMMIGRATION_AGENCY = re.compile(r"\b(?:ICE|DHS|CBP|HSI|ERO|USCIS|Immigration and Customs Enforcement|Homeland Security"
                                 r"|Border Patrol|Customs and Border Protection)\b")
#: another agency named ("the Department of Public Safety", "the Justice Department", "the Highway Patrol")
_OTHER_AGENCY = re.compile(r"\b(?:Department|Bureau|Patrol|Division|Authority|Agency|Administration|Commission)\b")
#: the agency told again: "the agency", "the agency's", "an agency spokesperson" (not "an agency", any one)
_THE_AGENCY = re.compile(r"\bthe agency\b(?:['\u2019]s)?|\bagency (?=spokes\w+|officials?\b)", re.I)


def _agency_subject(head) -> bool:
    """"the agency", "an agency spokesperson", "agency officials", "a spokesperson for the agency"."""
    if head.lemma_.lower() == "agency" and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) \
            and not any(c.dep_ in ("amod", "compound") for c in head.children):
        return True     # (not "a local agency", "the state agency")
    if head.lemma_.lower() in ("spokesperson", "spokesman", "spokeswoman", "official", "officer", "representative",
                               "director", "statement"):
        if any(c.dep_ == "compound" and c.lemma_.lower() == "agency" for c in head.children):
            return True
        return any(c.dep_ == "prep" and c.lower_ in ("for", "of") and any(
            o.dep_ == "pobj" and o.lemma_.lower() == "agency" and any(d.lower_ == "the" for d in o.children)
            for o in c.children) for c in head.children)
    return False


def _note_agencies(text: str, state, si: int) -> None:
    """Which agency the sentence named first (its subject, most often): ICE's kind, or another ("The Utah
    Department of Public Safety said troopers made stops with ICE": the department)."""
    named = list(_IMMIGRATION_AGENCY.finditer(text))
    first_ice = min((m.start() for m in named), default=-1)
    if named:
        state.agency_name = named[0].group(0)
    first_other = min((m.start() for m in _OTHER_AGENCY.finditer(text)
                       if not _IMMIGRATION_AGENCY.search(text, max(0, m.start() - 30), m.end() + 30)), default=-1)
    if first_ice >= 0 and (first_other < 0 or first_ice < first_other):
        state.agency_ice_sent = si
    elif first_other >= 0:
        state.agency_other_sent = si


def _agency_in_focus(state, si: int) -> bool:
    """ "The agency" in sentence ``si`` is ICE (or DHS): the agency named first in the last sentence naming one (this
    one or up to three before) was one of them."""
    return 0 <= si - state.agency_ice_sent <= 3 and state.agency_ice_sent > state.agency_other_sent


#: ICE asking for something: "an ICE deportation officer asked that a patrol officer stand by", "ICE's request"
_ICE_ASKED = re.compile(_IMMIGRATION_AGENCY.pattern + r"[^.;]{0,80}?\b(?:asked|asks|requested|requests|request)\b")
#: what a refusal turns down when it names the request only by a pronoun
_REQUEST_PRONOUNS = frozenset(("it", "them", "both", "each", "all", "that", "those"))


def _told_before(texts: tuple[str, str], sent, state, si: int, tok) -> tuple[str, str]:
    """What the sentences just before told, for the rules' cues: "the agency" that is ICE, the ICE request a pronoun
    refuses, the ICE requests a periodic report counts, the practice given to ICE that is stopped."""
    texts = _agency_named(texts, sent, state, si)
    texts = _object_antecedent(texts, tok)
    texts = _request_told(texts, sent, state, si, tok)
    texts = _periodic_report(texts, sent, state, si, tok)
    texts = _section_limit_told(texts, state, tok, si)
    texts = _elided_object(texts, tok)
    return _help_told(texts, sent, state, si, tok)


def _elided_object(texts: tuple[str, str], tok) -> tuple[str, str]:
    """"Sheriff X of Taney County signed her office's 287(g) agreement in March, and Sheriff Y of Jasper County signed
    his in June": the second verb's object is the first one's, left out after a possessive ("his", "theirs")."""
    if tok.dep_ != "conj" or tok.head.lemma_.lower() != tok.lemma_.lower() or not _is_verbal(tok) \
            or not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) \
            or not any(c.dep_ == "dobj" and c.lower_ in ("his", "hers", "theirs", "ours", "its", "mine")
                       for c in tok.children):
        return texts
    obj = next((c for c in tok.head.children if c.dep_ == "dobj"), None)
    if obj is None:
        return texts
    words = [t for t in obj.subtree if t.i < tok.i]
    return (texts[0] + " " + " ".join(t.lower_ for t in words) + " ",
            texts[1] + " " + " ".join(t.lemma_.lower() for t in words) + " ")


#: a section told as a limit on helping ICE: "Section 3 bars city police from holding anyone on a civil immigration
#: detainer", "Section 5 barred city employees from sharing a person's immigration status with federal agents"
_SECTION_LIMIT = re.compile(r"\bSection (\d+[A-Za-z]?)\b(?:\s*\([^)]{0,60}\))?,?\s+(?:(?:also|further|still|now)\s+)?"
                            r"(?:bars?|barred|prohibit(?:s|ed)?|forb(?:ids?|ade)|limit(?:s|ed)?|restrict(?:s|ed)?"
                            r"|bans?|banned)\b[^.;]{0,160}?\b(?:ICE|immigration|detainers?|federal)\b")


#: the codes of a local government's limits on helping ICE
_LIMIT_TYPES = frozenset(("bar_local_cooperation", "affirm_sanctuary", "restrict_enforcement_sites"))


def _section_limit_told(texts: tuple[str, str], state, tok, si: int) -> tuple[str, str]:
    """"Section 5 barred city employees from sharing ... with federal agents ... the Council repealed Section 5": a
    repealed section the text told as a limit on helping ICE, for the rules' cues (or "it", the limit the sentence
    before coded: "Racine's 2020 police policy bars officers from asking ... The mayor asked the council to repeal
    it")."""
    if tok.lemma_.lower() not in ("repeal", "rescind", "revoke", "strike") or not _is_verbal(tok):
        return texts
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None:
        return texts
    if obj.lower_ == "it" and obj.dep_ == "dobj" and si - state.last_limit_sent == 1:
        pass
    elif not state.limit_sections or obj.lemma_.lower() not in ("section", "sections") or not (
            {t.lower_ for t in obj.subtree if t.like_num or re.fullmatch(r"\d+[a-z]?", t.lower_)} & state.limit_sections):
        return texts
    return (texts[0] + " the ordinance that limits cooperation with ice ",
            texts[1] + " the ordinance that limits cooperation with ice ")


def _bars_in_clause(noun) -> bool:
    """The instrument's own clause forbids or ends something ("a directive barring deputies from holding ...",
    "Detention Directive 28-01, which ended the spreadsheet", "a general order instructing officers not to help ICE")."""
    for c in noun.children:
        if c.dep_ not in ("acl", "relcl") or not _is_verbal(c):
            continue
        if c.lemma_.lower() in ("bar", "forbid", "prohibit", "ban", "end", "stop", "limit", "restrict", "block"):
            return True
        if c.lemma_.lower() in ("instruct", "tell", "direct", "order") and any(
                x.dep_ == "neg" for g in c.children if g.dep_ in ("xcomp", "ccomp") for x in g.children):
            return True
    return False


def _object_antecedent(texts: tuple[str, str], tok) -> tuple[str, str]:
    """A relative clause whose "which" or "that" is the verb's object acts on the noun it hangs on: "the Patrol's
    287(g) task force agreement with ICE, which the Patrol signed in February 2025 and renewed ..." (the agreement
    signed and renewed), for the rules' cues."""
    v = tok
    if v.dep_ == "conj" and v.head.dep_ == "relcl":
        v = v.head      # ("... which the Patrol signed ... and renewed for three years")
    if v.dep_ != "relcl" or v.tag_ != "VBD" or not any(
            c.dep_ == "dobj" and c.lower_ in ("which", "that") for c in v.children):
        return texts    # (a past act only: "every detainer that Dane County ignores" describes, it tells no act)
    anchor = v.head
    if anchor.dep_ == "pobj" and anchor.head.dep_ == "prep" and anchor.head.head.pos_ in ("NOUN", "PROPN"):
        anchor = anchor.head.head   # (the clause hung on the last noun: "agreement with ICE, which the Patrol signed")
    words = [t for t in anchor.subtree if t.i < v.i and v.i not in {a.i for a in t.ancestors} and t.i != v.i]
    phrase = " " + " ".join(t.lower_ for t in words) + " "
    return (texts[0] + phrase, texts[1] + " " + " ".join(t.lemma_.lower() for t in words) + " ")


#: a report due at fixed times ("each quarter", "a quarterly summary", "monthly")
_PERIODIC = re.compile(r"\b(?:daily|weekly|monthly|quarterly|annually|yearly|semiannual\w*|each (?:week|month|quarter|year)"
                       r"|every (?:week|month|quarter|year))\b", re.I)


def _periodic_report(texts: tuple[str, str], sent, state, si: int, tok) -> tuple[str, str]:
    """"Officers shall log each request from ICE ... The Chief shall post a quarterly summary online": a report due at
    fixed times, in the paragraph whose sentence just before named ICE, reports on ICE's requests."""
    para, at = state.ice_said_at
    if tok.lemma_.lower() not in ("report", "post", "publish", "disclose", "log", "track", "submit", "present") \
            or not _PERIODIC.search(sent.text) or R.CUES["ice"].search(texts[0]) \
            or not (para == sent.paragraph and 0 < si - at <= 2):
        return texts
    return (texts[0] + " on ice requests ", texts[1] + " on ice requests ")


#: objects too general to carry a practice from one sentence to the next
_VAGUE_THINGS = frozenset(("people", "person", "one", "thing", "way", "time", "part", "question", "statement", "it"))
#: verbs that end a practice
_STOP_LEMMAS = frozenset(("stop", "end", "cease", "halt", "discontinue", "suspend"))


def _help_told(texts: tuple[str, str], sent, state, si: int, tok) -> tuple[str, str]:
    """"The jail e-mailed ICE a daily booking list until 2025. The jail stopped sending the daily lists in June 2025":
    a practice ended whose object the sentence just before told as given to ICE (the same noun, in the same
    paragraph), for the rules' cues."""
    para, at = state.ice_said_at
    if tok.lemma_.lower() not in _STOP_LEMMAS or R.CUES["ice"].search(texts[0]) \
            or not (para == sent.paragraph and 0 < si - at <= 2) or not state.ice_things:
        return texts
    if any(c.dep_ == "prep" and c.lower_ == "from" for c in tok.children):
        return texts    # "would stop city officers from driving anyone ...": a bar told by its own words
    objects = {t.lemma_.lower() for t in tok.subtree if t.dep_ == "dobj" and t.pos_ == "NOUN"}
    if not objects & state.ice_things or objects & (_PEOPLE_PUNISHED | {"agreement", "contract", "employee",
                                                                         "officer", "worker", "staff"}):
        return texts
    return (texts[0] + " to ice ", texts[1] + " to ice ")


def _request_told(texts: tuple[str, str], sent, state, si: int, tok) -> tuple[str, str]:
    """"On February 3, an ICE deportation officer asked that a patrol officer stand by ... Lt. X declined it within the
    hour": the request ICE made, told just before, for the rules' cues."""
    para, at = state.ice_said_at
    refusal = tok.lemma_.lower() in ("decline", "refuse", "reject", "deny") or (
        tok.lemma_.lower() == "turn" and any(c.dep_ == "prt" and c.lower_ == "down" for c in tok.children))
    if refusal and 0 <= si - state.ice_ask_sent <= 1 \
            and any(c.dep_ == "dobj" and c.lower_ in _REQUEST_PRONOUNS for c in tok.children):
        return (texts[0] + " the ice request ", texts[1] + " the ice request ")
    # ("The department logged 57 contacts from ICE in 2027. Officers declined 44 requests under the ordinance", "ICE
    # lodged nine detainer requests ..., and staff declined all nine": requests counted just after ICE was named)
    if refusal and para == sent.paragraph and 0 <= si - at <= 1 and any(
            c.dep_ == "dobj" and (c.lemma_.lower() == "request" and any(
                d.dep_ in ("nummod", "det") and (d.like_num or d.lower_ in ("each", "all", "every")) for d in c.children)
                or (c.lower_ in ("all", "each", "both") and any(d.like_num for d in c.children))) for c in tok.children):
        return (texts[0] + " the ice request ", texts[1] + " the ice request ")
    return texts


#: agencies spoken of in general: "each agency", "a local agency", "state agencies"
_ANY_AGENCY = re.compile(r"\b(?:each|every|any|an?|no|local|state|county|city|municipal|public|law enforcement)\s+agency\b"
                         r"|\bagencies\b", re.I)


def _agency_named(texts: tuple[str, str], sent, state, si: int) -> tuple[str, str]:
    """"Deputies have handed 63 people to the agency", a sentence or three after ICE was named: ICE, for the rules'
    cues."""
    if not _THE_AGENCY.search(sent.text) or not _agency_in_focus(state, si) or R.CUES["ice"].search(texts[0]) \
            or _ANY_AGENCY.search(sent.text):
        return texts    # (not where agencies in general are spoken of: "the head of each agency ... the agency")
    return tuple(_THE_AGENCY.sub(lambda m: m.group(0) + " ice ", t) for t in texts)


#: taking a part in a task force, or leaving it
_TASK_FORCE_PARTS = frozenset(("join", "leave", "quit", "exit", "withdraw", "participate"))
def _stays_in_program(tok) -> bool:
    """"stay" said of a program, an agreement or a task force one stays in ("will stay in the 287(g) program", "will
    stay on the task force"), not of anything that stays as it is ("would stay in force", "stayed on consent")."""
    if any(c.dep_ == "nsubj" and c.lemma_.lower() in _AGREEMENT_NOUNS | {"program", "partnership"}
           for c in tok.children) and any(
            c.dep_ == "prep" and c.lower_ == "in" and any(g.dep_ == "pobj" and g.lower_ == "place" for g in c.children)
            for c in tok.children):
        return True     # "The memorandum will stay in place for as long as ..."
    return any(c.dep_ == "prep" and c.lower_ in ("in", "on") and any(
        g.dep_ == "pobj" and (g.lemma_.lower() in ("program", "agreement", "partnership", "memorandum", "contract")
                              or (g.lemma_.lower() == "force" and any(d.lower_ == "task" for d in g.children)))
        for g in c.children) for c in tok.children)


#: a body staying in a task force: "the Department will remain in the Keystone task force"
_STAYS_IN_TASK_FORCE = re.compile(r"\b(?:remain|stay)s?\s+(?:in|on)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,4}"
                                  r"task[- ]force\b", re.I)


#: Guard soldiers put to work for ICE: "placing 300 members of the Idaho National Guard on state active duty to support
#: U.S. Immigration and Customs Enforcement"
_GUARD_FOR_ICE = re.compile(r"\b(?:National Guard|Guard (?:members|soldiers|troops)|guardsmen|soldiers|troops)\b[^.]{0,120}?"
                            r"\b(?:to |in )?(?:support|assist|help|aid)\w*\s+(?:U\.S\.\s+)?(?:ICE|Immigration and Customs"
                            r" Enforcement|federal immigration)\b")
#: the Guard's vehicles on such duty ("escort the Guard's transport vans")
_GUARD_VEHICLES = re.compile(r"\bguard['\u2019]s (?:[\w-]+ )?(?:vans?|convoys?|vehicles?|buses|bus|trucks?|transports?)\b")


def _guard_named(texts: tuple[str, str], state) -> tuple[str, str]:
    """"his police department will escort the Guard's transport vans", in a text about Guard soldiers put to work
    for ICE: the Guard's vans carry ICE's detainees (read as ICE's, for the rules' cues)."""
    if not state.guard_for_ice or not _GUARD_VEHICLES.search(texts[0]):
        return texts
    return texts[0] + " for ice ", texts[1] + " for ice "


def _task_force_named(texts: tuple[str, str], sent, state) -> tuple[str, str]:
    """"The City Council voted to bar city police officers from joining the task force", in a text about a 287(g)
    task force model: ICE's task force, for the rules' cues."""
    if not state.ice_task_force or not re.search(r"\btask[- ]force\b", sent.text, re.I) \
            or re.search(r"\b(?:ice|hsi|287\s*\(g\))\b", texts[0]):
        return texts
    if not (any(t.lemma_.lower() in _TASK_FORCE_PARTS for t in sent.doc) or _STAYS_IN_TASK_FORCE.search(sent.text)
            or re.search(r"\btask[- ]force (?:duty|duties|arrests?|work|operations)\b", sent.text, re.I)):
        return texts    # (only a part taken or refused, or the task force's own work: not "assigned to the task force")
    return tuple(re.sub(r"\btask[- ]force\b", "ice task force", t, flags=re.I) for t in texts)


def _agreement_named(texts: tuple[str, str], sent, state) -> tuple[str, str]:
    """"The sheriffs ... signed the Agreement in Branson": the immigration agreement the text holds, by the defined
    term its title gives it (a capital "Agreement")."""
    if not state.ice_agreement or not re.search(r"\b(?:the|this) Agreement\b", sent.text):
        return texts
    return tuple(re.sub(r"\b(the|this) agreement\b", r"\1 agreement with ice", t, flags=re.I) for t in texts)


#: a bill's title in capitals: "CONCERNING IMMIGRATION DETAINERS IN COUNTY JAILS." (what the bill
#: is about, no act of its own)
_BILL_TITLE_LINE = re.compile(r"^(?:AN ACT\s+|A BILL FOR AN ACT\s+)?(?:CONCERNING|RELATING TO|TO AMEND|PERTAINING TO)\b"
                              r"[^a-z]*$")


#: the next of a ranking: "X declined more detainers than any other jail, followed by Milwaukee County with 268"
_FOLLOWED_BY = re.compile(r",\s+followed by\s+(?:the\s+)?([A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})\s+(?:with|at)\s+\d")


#: the day a demand is due: "No later than March 15, 2028", "within 30 days", "by April 1"
_DUE = re.compile(rf"\b(?:[Nn]o later than|[Nn]ot later than|[Oo]n or before|[Ww]ithin \w+ (?:\w+ )?(?:days?|weeks?)"
                  rf"|by (?:{MON}(?![a-z])|\d{{1,2}}/))")
#: a local party a federal letter tells what it must do
_LOCAL_PARTY = re.compile(r"^(?:the |your |each |every )?(?:City|County|Town|Village|Borough|Township|Sheriff|Board"
                          r"|jail|Jail|Department|Commission|Council|Office)\b")


def _letter_demand(pdoc, sent, S: _Sent, state: _DocState, si: int, by_sent, rows: list[dict]) -> list[dict]:
    """In a federal official's letter, what the local party "must" do by a day ("No later than March 15, 2028, the
    County must rescind the directive and confirm in writing that the jail will again honor ICE detainers"): the
    writer's demand with a deadline, one federal_ultimatum row, not the place's act."""
    sp = state.speaker
    if not sp or sp.get("level") != "federal" or any(r["action_type"] == "federal_ultimatum" for r in rows) \
            or not _DUE.search(sent.text):
        return []
    doc = sent.doc
    verb = next((t for t in doc if _is_verbal(t) and t.dep_ == "ROOT" and any(
        c.dep_ == "aux" and c.lower_ == "must" for c in t.children)), None)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    if subj is None or any(c.dep_ == "neg" and c.lower_ in ("not", "n't", "never") for c in verb.children) \
            or not _LOCAL_PARTY.match(" ".join(t.text for t in subj.subtree)):
        return []
    own = [p for p in S.places if p.get("kind") in ("state", "county", "city") and p.get("tokens")
           and any(t.i in {x.i for x in subj.subtree} for t in p["tokens"])]
    target = own[0]["jid"] if own else state.last_pressure_target
    a, b = sent.span_offsets(verb)
    # (dated by the letter, not by the day it sets)
    row = _plain_row(pdoc, sent, a, b, "federal_ultimatum", _writing_date(pdoc, sent, by_sent), trigger=verb.text,
                     rule="letter_demand", actor=sp.get("actor"), actor_level="federal", target_jurisdiction=target,
                     confidence=0.5)
    return [row]


def _followed_by(sent, S: _Sent, rows: list[dict]) -> list[dict]:
    """The place a ranking names next ("Hennepin County declined more detainers than any other jail in either state,
    followed by Milwaukee County with 268"): the same act, by the same measure, one row for it."""
    m = _FOLLOWED_BY.search(sent.text)
    if m is None or len({r["action_type"] for r in rows}) != 1:
        return []
    place = next((p for p in S.places if p.get("kind") in ("city", "county") and p["tokens"]
                  and m.start(1) <= p["tokens"][0].idx < m.end(1)), None)
    first = rows[0]
    if place is None or first["jurisdiction"] in (None, place["jid"]) or first["direction"] == "federal_pressure":
        return []
    return [dict(first, actor=place["pname"], jurisdiction=place["jid"], confidence=round(first["confidence"] * 0.9, 2))]


def _sentence_actions(pdoc, sent, S: _Sent, state: _DocState, si: int, by_sent) -> list[dict]:
    doc = sent.doc
    if _BILL_TITLE_LINE.match(sent.text.strip()):
        return []
    cands = []
    scopes = {}
    recommended = "should" in sent.text.lower() and (_under_recommendations(pdoc, sent)
                                                     or bool(_REC_LABEL.match(sent.text)))
    for tok in doc:
        lemma = tok.lemma_.lower()
        rules = []
        if _is_verbal(tok) and _prenominal_participle(tok):
            continue    # "state shared revenue", "a detained man": a modifier, not an act
        if _is_verbal(tok):
            rules = R.VERB_INDEX.get(lemma, []) or _stem_rules(tok.lower_)
        elif tok.pos_ in NOMINAL:
            rules = R.NOUN_INDEX.get(lemma, []) or R.NOUN_INDEX.get(tok.lower_, [])
            if tok.lower_ == "arrests" and (_COUNTS_IN.search(sent.text) or _counted_share(tok, S) or (
                    # "ICE will conduct at-large arrests in Hillsboro and Beaverton neighborhoods"
                    # ("ICE officers began arrests at homes and a car wash in Allentown")
                    # ("ERO teams made arrests at two Omaha apartment complexes"; not help given: "helped HSI
                    # carry out those arrests", nor what officers may do: "where federal officers may make arrests")
                    tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("conduct", "carry", "stage", "launch", "begin",
                                                                       "start", "make")
                    and (tok.head.lemma_.lower() != "make" or tok.head.tag_ == "VBD")
                    and not (tok.head.dep_ == "xcomp" and tok.head.head.lemma_.lower() in ("help", "assist", "aid"))
                    and any(
                        c.dep_ == "nsubj" and R.CUES["federal"].search(" " + " ".join(x.lower_ for x in c.subtree) + " ")
                        for c in tok.head.children)) or (
                    tok.head.lemma_.lower() == "make" and any(c.dep_ == "nummod" for c in tok.children)
                    and not _local_force_only(_subject_text(_first_conjunct(tok.head))))):
                # ("its officers made 41 arrests in Omaha and Lincoln": arrests counted where they were made;
                # not "its deputies made 388 immigration arrests under the agreement", a 287(g) office's own count)
                # "made 318 arrests in Dallas, 207 in Fort Worth ...", "26 of the arrests were made in X": the
                # plural noun of counted arrests
                rules = rules + [r for r in R.NOUN_INDEX.get(tok.lower_, []) if r not in rules]
        if not rules:
            continue
        if tok.i not in scopes:
            sc = _scope(tok)
            scopes[tok.i] = (sc, _letter_named(_task_force_named(_agreement_named(_rapid_named(
                _federal_our(_scope_texts(sc), state), state), sent, state), sent, state), sent, state, si, tok))
            scopes[tok.i] = (sc, _guard_named(_told_before(scopes[tok.i][1], sent, state, si, tok), state))
        sc, texts = scopes[tok.i]
        if lemma in ("stop", "halt", "cease") and _is_verbal(tok) and not any(
                c.dep_ in ("dobj", "xcomp", "ccomp") for c in tok.children) and not _subject_tokens(tok) & set(sc) \
                and _PAYMENTS.search(" ".join(t.lower_ for t in _subject_tokens(tok))):
            # ("per-diem payments would stop if the jail refused any detainer": what stops is the subject)
            texts = _federal_our(_scope_texts(sorted(set(sc) | _subject_tokens(tok), key=lambda t: t.i)), state)
            texts = (texts[0] + " funds ", texts[1] + " fund ")    # (money, whatever its name: "forfeiture proceeds")
        path = _clause_path(tok)
        if lemma == "leave" and any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children):
            continue    # "the board's case leaves out what the contract actually does": omits, not quits
        for rule in rules:
            if rule.name == "rescind_sanctuary" and any(
                    c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in ("agreement", "contract", "memorandum")
                    for c in tok.children):
                continue    # agreements ended, no sanctuary policy undone: "It would also end every existing agreement"
            if lemma in ("end", "stop", "halt", "finish", "drop", "withdraw", "abandon", "settle") \
                    and rule.name not in _CASE_STEP_RULES and any(
                    c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _DISPUTE_NOUNS for c in tok.children):
                continue    # a dispute ended, not the policy or the help: "a settlement with the state, ending a court
                #             fight over the city's ordinance on ICE detainers"
            if rule.types.get(R.NONFED) == "assist_ice" and tok.dep_ == "pcomp" and tok.head.lower_ in ("on", "about") \
                    and (tok.head.head.lemma_.lower() in _RULE_TOPIC_NOUNS or (
                        # (the preposition hung on the verb: "revisit its rules on helping ...")
                        tok.head.i > 0 and tok.doc[tok.head.i - 1].lemma_.lower() in _RULE_TOPIC_NOUNS)):
                continue    # the topic of a rule, no help given: "would revisit its rules on helping federal agents"
            if rule.name == "operation_verbs" and lemma == "lead" and not any(
                    c.dep_ in ("prt", "advmod") and c.lower_ == "away" for c in tok.children):
                continue    # "led away five people" is an arrest; "led the operation", "led to 118 arrests" are not
            if rule.name == "stop_cooperation" and lemma in ("suspend", "remove", "fire") and any(
                    c.dep_ == "dobj" and c.lemma_.lower() in _PEOPLE_PUNISHED for c in tok.children):
                continue    # "lets the Governor suspend local officials who adopt policies limiting cooperation": a
                #             penalty on people, no help stopped
            if rule.name == "reporting_mandate" and lemma == "post" and not any(
                    t.lemma_.lower() in _COUNT_PAPERS | {"number", "figure", "total", "tally", "how"}
                    for t in tok.subtree if t.i > tok.i):
                continue    # "shall post signs at every station": a notice, no report (unlike "post a quarterly summary")
            if rule.name == "call_ice_when" and tok.dep_ in ("xcomp", "advcl") and tok.head.lemma_.lower() in (
                    "oblige", "obligate", "require", "force", "compel", "direct", "mandate", "order", "instruct"):
                continue    # "would oblige troopers to call ICE whenever ...": the duty laid (require_cooperation's)
            if rule.name in ("approve_settlement", "settle_suit", "drop_suit") and tok.dep_ in ("advcl", "acl") \
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
                continue    # a purpose, no step taken: "had bargained away public safety to settle the suit"
            if rule.name in ("settle_suit", "drop_suit") and _is_verbal(tok) and not any(
                    R.CUES["suit_named"].search(" " + " ".join(t.lower_ for t in c.subtree) + " ")
                    for c in [*tok.children, *(g for x in tok.children if x.dep_ == "ccomp" for g in x.children)]
                    if c.dep_ in ("dobj", "nsubjpass", "nsubj")):
                continue    # "According to the city's amended complaint, the department also dropped Dayton from a
                #             grant competition": the suit is the source, not what was dropped
            if rule.name in ("court_nouns", "court_filing") and tok.dep_ in ("nsubj", "nsubjpass") and any(
                    c.lower_ == "due" and c.dep_ in ("acomp", "advmod", "oprd") for c in tok.head.children):
                continue    # "The Justice Department's reply brief is due March 28": a deadline, nothing filed yet
            if rule.name == "sue" and not _is_verbal(tok) and tok.dep_ == "pobj" and tok.head.lower_ == "to" \
                    and tok.head.head.lower_ == "according":
                continue    # "According to the city's amended complaint, ...": a suit cited, not brought
            if rule.name == "approve_settlement" and _SETTLEMENT_TERMS.search(sent.text):
                continue    # the terms told as acts of their own: "approve the settlement, including its ban on ...",
                #             "approve the settlement, which forbids police from ..."
            if rule.name == "sue" and not _is_verbal(tok) and (tok.head.lemma_.lower() == "settle" or re.search(
                    r"\bsettl(?:e|es|ed|ing)\s+(?:[\w'\u2019-]+\s+){0,3}$", sent.text[:tok.idx])):
                continue    # "the county settled the man's suit": the settlement (court_action), not a new suit
            if rule.name == "honor_detainers" and lemma == "hold" and not (
                    tok.dep_ in ("xcomp", "ccomp") and tok.head.lemma_.lower() in _LAW_LETS) and any(
                    c.dep_ == "dobj" and c.lemma_.lower() in ("agreement", "contract", "memorandum", "mou", "moa")
                    for c in tok.children):
                continue    # agreements held, not people: "Nine sheriffs' offices held 287(g) agreements with ICE" (not
                #             a law making others hold one: "a bill that would make every county jail hold a 287(g)
                #             agreement")
            if rule.name == "target_officials" and not _is_verbal(tok) and lemma == "arrest" and tok.dep_ == "pobj" \
                    and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in tok.children) and not R.CUES[
                    "local_official"].search(" " + " ".join(t.lower_ for t in sorted(
                        _span_tokens(tok, drop=("relcl", "acl", "prep")), key=lambda t: t.i)) + " "):
                continue    # an arrest named, of no official: "report any masked agent they see at an arrest"
            if rule.name == "stop_cooperation" and any(c.dep_ == "nsubj" and c.lemma_.lower() in _OPERATIONS
                                                       for c in tok.children):
                continue    # an operation that ended ("The agency's last large operation ... ended with 52 arrests")
            if rule.name == "require_cooperation" and _is_verbal(tok) and any(
                    c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in _DRAFTING and any(
                        o.dep_ == "dobj" and o.lemma_.lower() in R.INSTRUMENT_NOUNS for o in c.children)
                    for c in tok.children):
                continue    # a measure to be drafted: what it would do is its own clause's ("directed the City
                #             Attorney's Office to draft an ordinance that would bar ...")
            if rule.name == "court_disposition" and state.legal and _DISPOSITION_LINE.match(sent.text):
                pass        # "AFFIRMED in part, REVERSED in part, and REMANDED.": the court's own disposition
            elif rule.sentence_cues:
                if not _rule_matches(rule, (" " + sent.text.lower() + " ", " " + " ".join(
                        t.lemma_.lower() for t in doc) + " ")):
                    continue
            elif (rule.with_subject and not (rule.name == "target_officials" and not _is_verbal(tok)
                                             and tok.head.lemma_.lower() != "face")) or lemma in ("expire", "lapse") or (
                    rule.name == "prosecute_agents" and tok.head.lemma_.lower() == "face"):
                # (an arrest noun targets officials named in its own phrase, not the speaker: "Mayor X called
                # ICE's arrests cruel")
                # (a duty or a prohibition binds every verb of its list: "agents must sign in, show identification
                # and ...")
                subj_sc = sorted(set(sc) | _subject_tokens(tok, conj=rule.obligation or rule.negated), key=lambda t: t.i)
                if lemma in ("expire", "lapse") and tok.dep_ == "acl" and tok.head.dep_ == "ROOT":
                    # "Miami-Dade's task force agreement lapsed on June 30, while ...", parsed as a noun phrase:
                    # the noun is the subject
                    subj_sc = sorted(set(subj_sc) | {t for t in tok.head.subtree if t.i < tok.i}, key=lambda t: t.i)
                subj_texts = _scope_texts(subj_sc)
                if any(t.lower_ in ("its", "their") and t.dep_ == "poss" and t.head.lemma_.lower() in (
                        "officer", "agent", "team", "unit", "personnel", "staff") for t in subj_sc) \
                        and _IMMIGRATION_AGENCY.search(sent.text[:tok.idx]) and not R.CUES["ice"].search(subj_texts[0]):
                    # "ICE's field office said its officers made 19 arrests": its, ICE's
                    subj_texts = (subj_texts[0] + " ice ", subj_texts[1] + " ice ")
                ant = _antecedent_texts(subj_sc, subj_texts, state) if rule.name in _DISPOSAL_RULES else None
                if not _rule_matches(rule, subj_texts) and not (ant is not None and _rule_matches(rule, ant)) \
                        and not (rule.name == "operation_nouns" and _arrests_during(tok)
                                 and _rule_matches(rule, _scope_texts(list(doc)))) \
                        and not (rule.name == "custody_arrests" and 0 <= si - state.last_pressure_sent <= 2
                                 and _cue("custody_phrase", texts)) \
                        and not (rule.name == "operation_nouns" and 0 <= si - state.last_pressure_sent <= 2
                                 and (_COUNTS_IN.search(sent.text) or _counted_share(tok, S))
                                 and tok.lemma_.lower() == "arrest"):
                    continue    # ("Officers took 171 people into custody in ...", after the operation's report)
            elif not _rule_matches(rule, texts):
                if rule.name in ("honor_detainer_word", "refuse_detainer_word") and _is_verbal(tok) \
                        and _counted_of(tok) and si > 0 and "detainer" in " ".join(
                            s.text.lower() for s in pdoc.sentences[max(0, si - 2):si]) \
                        and not _blocked(tok, path, rule, sent, recommended):
                    # "Bastrop County's jail honored all 97 detainers it received. ... Williamson County honored 412 of
                    # 418.": a count of the detainers just told
                    cands.append((tok, rule, sc, (texts[0] + " detainers ", texts[1] + " detainer "), path))
                    continue
                if rule.name == "honor_detainers" and state.ice_doc and lemma in ("hold", "honor", "honour") \
                        and _held_on_detainers(tok) and not _blocked(tok, path, rule, sent):
                    # "Our jail held 41 people on detainers last year", in a text about ICE: its detainers
                    cands.append((tok, rule, sc, (texts[0] + " ice ", texts[1] + " ice "), path))
                    continue
                if rule.name == "bar_cooperation" and state.ice_doc and _ICE_ONLY_OBJECTS.search(texts[0]) \
                        and not (tok.dep_ in ("relcl", "acl") and any(c.dep_ == "aux" and c.lower_ == "had"
                                                                      for c in tok.children)) \
                        and (_is_verbal(tok) or any(_is_verbal(a) for a in tok.ancestors)) \
                        and _rule_matches(rule, (texts[0] + " ice ", texts[1] + " ice ")) \
                        and not _blocked(tok, path, rule, sent, recommended):
                    # "would keep limiting release notices to inmates with a final order of removal", "voted 4-1 to
                    # approve the Agreement and its limits on detainer holds", in a text about ICE: the notices and
                    # detainers are ICE's
                    cands.append((tok, rule, sc, (texts[0] + " ice ", texts[1] + " ice "), path))
                    continue
                if rule.name == "no_part" and state.ice_ops and any(op in sent.text for op in state.ice_ops) \
                        and any(c.dep_ == "aux" and c.lower_ in ("will", "wo", "would", "shall") for c in tok.children) \
                        and _rule_matches(rule, (texts[0] + " ice ", texts[1] + " ice ")) \
                        and not _blocked(tok, path, rule, sent, recommended):
                    # "his officers will not take part in Operation Midlands Gate", an operation told before as ICE's
                    cands.append((tok, rule, sc, (texts[0] + " ice ", texts[1] + " ice "), path))
                    continue
                if rule.name == "condemn" and _is_verbal(tok) and any(
                        c.dep_ == "dobj" and c.lower_ in ("it", "this", "them", "that") for c in tok.children) \
                        and (R.CUES["condemn_objects"].search(" " + sent.text[:tok.idx].lower() + " ")
                             or re.search(r"\b(?:arrest|raid|detain|deport|sweep)\w*", sent.text[:tok.idx], re.I)) \
                        and not _blocked(tok, path, rule, sent, recommended):
                    # "Arresting a parent at the schoolhouse door, in front of children, is wrong, and I condemn it":
                    # what "it" is was said before it
                    pre = " " + sent.text[:tok.idx].lower() + " "
                    cands.append((tok, rule, sc, (texts[0] + pre, texts[1] + pre), path))
                    continue
                if rule.name == "lose_funding" and _is_verbal(tok) and any(
                        a.lemma_.lower() in _WARNING_VERBS and any(
                            c.dep_ == "nsubj" and c.lemma_.lower() in _WRITINGS for c in a.children)
                        for a in tok.ancestors) and ((state.last_writer and 0 <= si - state.last_writer_sent <= 3)
                                                     or 0 < si - state.last_pressure_sent <= 3) \
                        and _rule_matches(rule, (texts[0] + " federal ", texts[1] + " federal ")) \
                        and not _blocked(tok, path, rule, sent, recommended):
                    # "It asked the Sheriff to state by October 1 whether ... The letter also warned that Boulder will
                    # lose its $850,000 grant if ...": the federal writer's money (a federal demand just told)
                    cands.append((tok, rule, sc, (texts[0] + " federal ", texts[1] + " federal "), path))
                    continue
                if rule.name in _CONTENT_RULES and _DOING_SO.search(texts[0]) and _DOING_SO.search(sent.text[tok.idx:]):
                    said = _if_clause_words(tok)
                    aug = (texts[0] + said, texts[1] + said)
                    if said and _rule_matches(rule, aug) and not _blocked(tok, path, rule, sent, recommended):
                        # "If the Sheriff keeps holding people on detainers alone, I will introduce a bill barring
                        # every county jail from doing so": what "doing so" is, said in the "if" clause
                        cands.append((tok, rule, sc, aug, path))
                        continue
                if rule.name == "bar_cooperation" and _is_verbal(tok) and "agreement" in state.antecedents \
                        and 0 < si - state.last_agreement_sent <= 2 and any(
                        g.lemma_.lower() in ("sign", "join", "enter", "renew", "negotiate", "seek") and any(
                            d.dep_ == "dobj" and d.lower_ in ("them", "it", "one") for d in g.children)
                        for g in tok.subtree if g.i > tok.i) and not _blocked(tok, path, rule, sent, recommended):
                    # "Michigan law neither requires nor forbids 287(g) agreements. A bill ... would bar Michigan
                    # sheriffs from signing them": the agreements just named
                    prior = state.antecedents["agreement"]
                    aug = (texts[0] + prior[0], texts[1] + prior[1])
                    if _rule_matches(rule, aug):
                        cands.append((tok, rule, sc, aug, path))
                        continue
                if rule.name == "require_cooperation" and _is_verbal(tok) and "agreement" in state.antecedents \
                        and _KIND_AGREEMENT.search(sent.text[tok.idx:]) and not _blocked(tok, path, rule, sent):
                    # "would require every sheriff in the state to seek such an agreement": the agreement told before
                    prior = state.antecedents["agreement"]
                    aug = (texts[0] + prior[0], texts[1] + prior[1])
                    if _rule_matches(rule, aug):
                        cands.append((tok, rule, sc, aug, path))
                        continue
                if rule.name == "congress_call" and _asked_of_agency(tok) and not _blocked(tok, path, rule, sent):
                    # "calls on ICE to stop making arrests near schools": the agency named by the call, not the act
                    cands.append((tok, rule, sc, (texts[0] + " ice ", texts[1] + " ice "), path))
                    continue
                if (rule.name == "enter_agreement" and _joins_the_program(tok, pdoc, sent)
                        or rule.name == "end_agreement" and _joins_the_program(tok, pdoc, sent, ("leave", "exit", "quit"))) \
                        and not _blocked(tok, path, rule, sent):
                    # "whose office joined the program in 2019", "whose office left the program in January", in a text
                    # about 287(g): the same program
                    cands.append((tok, rule, sc, (texts[0] + " 287(g) agreement ", texts[1] + " 287(g) agreement "),
                                  path))
                    continue
                if rule.name in _DISPOSAL_RULES:
                    if rule.name == "enter_agreement" and not _signs_the_agreement(tok):
                        continue
                    if rule.name in ("enter_agreement", "keep_agreement", "end_agreement") and _with_another_party(tok):
                        continue    # "approved a three-year contract with Corvanta Roadsight Systems": not the one with
                        #             ICE the text told of before
                    if rule.name == "keep_agreement" and lemma == "stay" and not _stays_in_program(tok):
                        continue
                    if rule.name == "keep_agreement" and lemma == "keep" and any(
                            c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children) and re.search(
                            r"\b(?:promise|pledge|commitment|word|vow)\b", sent.text[:tok.idx], re.I):
                        continue    # "This board made a promise to the families ..., and tonight we kept it"
                    ant = _antecedent_texts(sc, texts, state)
                    if ant is None and rule.name == "enter_agreement" and "agreement" in state.antecedents:
                        prior = state.antecedents["agreement"]      # "the memorandum of agreement"
                        ant = (texts[0] + prior[0], texts[1] + prior[1])
                    if ant is None and rule.name == "end_agreement" and _notice_of_termination(tok) \
                            and "agreement" in state.antecedents:
                        prior = state.antecedents["agreement"]      # "to give ICE ninety days' notice of termination"
                        ant = (texts[0] + prior[0], texts[1] + prior[1])
                    if ant is not None and _rule_matches(rule, ant) and not _blocked(tok, path, rule, sent) \
                            and not (rule.name in _ENDING_RULES and _asked_by_federal(tok)):
                        cands.append((tok, R.URGED_END if rule.name in _ENDING_RULES and _asked_to_end(tok, rule)
                                      else rule, sc, ant, path))
                    continue
                if rule.name == "records_request" and (_another_request(tok) or _that_request_filed(tok)) \
                        and 0 < si - state.last_records_sent <= 3 \
                        and not _blocked(tok, path, rule, sent):
                    # "The Coralville City Council sent ICE a similar request on March 5": the request told before
                    cands.append((tok, rule, sc, (texts[0] + " records request ", texts[1] + " records request "), path))
                    continue
                if rule.name == "ultimatum" and (
                        (_another_request(tok, "letter") and not any(c.lower_ == "same" for c in tok.children))
                        or _letter_of_same_demand(tok)) and 0 < si - state.last_pressure_sent <= 4 \
                        and tok.head.lemma_.lower() in ("send", "receive", "mail", "deliver", "issue", "get", "go") \
                        and not _blocked(tok, path, rule, sent):
                    # "The Department has sent similar letters to Allentown, Bethlehem and Easton": the
                    # demand just told, sent to other places
                    cands.append((tok, rule, sc, (texts[0] + " cities " + state.last_pressure_text,
                                                  texts[1] + " city " + state.last_pressure_text), path))
                    continue
                if not (rule.name == "condemn" and _answers_pressure(tok, state, si)) and not (
                        rule.name == "federal_criticism" and _local_official_object(tok, S)) and not (
                        rule.name in _CONTENT_RULES | {"reporting_mandate"} and _is_verbal(tok)
                        and _rule_matches(rule, _linear_texts(tok))) and not (
                        # "will keep telling ICE when immigrant inmates are about to be released": the "when"
                        # clause the parser hung on "keep"
                        rule.name == "tell_release" and _is_verbal(tok) and tok.dep_ == "xcomp"
                        and _rule_matches(rule, _scope_texts(list(tok.doc[tok.i: tok.head.right_edge.i + 1])))) and not (
                        # "requires every officer who makes an arrest in X, federal agents included, to display a
                        # name or badge number": the object clause the parser hung elsewhere
                        rule.name in ("require_identification", "no_delay_for_ice") and _is_verbal(tok)
                        and _rule_matches(rule, _linear_texts(tok, stop_at_subject=False))) and not (
                        rule.name == "lose_funding" and _rule_matches(rule, _scope_texts(list(doc)))) and not (
                        # "would go on alerting ICE before it releases anyone": the release clause hung elsewhere
                        rule.name == "give_access" and lemma in ("alert", "notify", "phone", "call", "telephone")
                        and _is_verbal(tok) and any(c.dep_ == "dobj" and R.CUES["ice"].search(c.text) for c in tok.children)
                        and _rule_matches(rule, _scope_texts(list(doc[tok.i: tok.i + 10])))) and not (
                        # "requires the shift supervisor to log every request from a federal immigration agency and
                        # the Chief to report the totals to the Council": a duty to report, its object said nearby
                        rule.name == "reporting_mandate" and _is_verbal(tok) and _REPORTED_REQUESTS.search(sent.text)) \
                        and not (
                        # "terminated Holyoke's award and suspended Northampton's", "received 64 ICE detainers and
                        # honored 61 of them": the second verb's object is the first's, its noun left out
                        _is_verbal(tok) and tok.dep_ == "conj" and _is_verbal(tok.head)
                        and rule.types.get(R.NONFED) != "affirm_sanctuary"
                        and not (lemma == "turn" and not any(c.dep_ == "prt" and c.lower_ in ("down", "away")
                                                             for c in tok.children))
                        and not any(c.lower_ in ("how", "whether", "why") for c in tok.children) and any(
                            c.dep_ == "dobj" and (any(k.dep_ == "case" for k in c.children) or c.lower_ == "them"
                                                  or any(p.dep_ == "prep" and p.lower_ == "of" and any(
                                                      g.lower_ == "them" for g in p.children) for p in c.children))
                            for c in tok.children)
                        and _rule_matches(rule, _scope_texts(list(tok.head.subtree)))) and not (
                        # "while Washtenaw County's jail declined all 96 it received", "Kent County, which had the
                        # most detainers, honored 463 of 486 last year": a count whose noun the sentence names
                        # elsewhere
                        _is_verbal(tok) and rule.types.get(R.NONFED) in ("assist_ice", "bar_local_cooperation")
                        and not _negated(tok) and any(c.dep_ == "dobj" and c.pos_ == "NUM" and (
                            c.lower_ != "one" or any(g.lower_ in ("every", "each") for g in c.children))
                                                      for c in tok.children)
                        # (a clause with a subject of its own, in a sentence, not a table's line "Detainers honored
                        # 988"; nor "turned 41 over to ICE")
                        and any(c.dep_ == "nsubj" and c.lemma_.lower() not in ("detainer", "detainee", "request",
                                                                                "hold")
                                for c in [*tok.children, *(tok.head.children if tok.dep_ in ("xcomp", "conj") else ())])
                        and doc[-1].text in (".", "!", "?", '"', "\u201d") and lemma != "turn"
                        and _rule_matches(rule, _scope_texts(list(doc)))):
                    continue
            if rule.name == "support_operation" and not (
                    R.CUES["operation_context"].search(sent.text) or 0 <= si - state.last_pressure_sent <= 3
                    # (or asked for just before: "An ICE supervisor asked Sgt. X to close National Street ...
                    # four patrol cars blocked both ends of the block")
                    or re.search(r"\b(?:ICE|HSI|ERO|federal)\b[^.]{0,60}\b(?:asked|requested|told)\b", state.prev_text)):
                continue        # traffic duty is help to ICE only during a federal operation
            if tok.i >= 2 and (doc[tok.i - 2].lower_, doc[tok.i - 1].lower_) in (("rather", "than"), ("instead", "of")):
                continue        # "chose to release people rather than hand them to federal officers"
            if rule.human_object and lemma in _HUMAN_OBJECT_VERBS and not _has_human_object(tok):
                continue
            if rule.name == "support_operation" and lemma == "hold" and not any(
                    c.dep_ == "dobj" and c.lemma_.lower() in ("perimeter", "traffic", "lane", "street", "road",
                                                              "intersection", "line", "scene")
                    for c in tok.children):
                continue        # "held the perimeter", not "held drivers for agents" (a detention, told elsewhere)
            if rule.name == "refuse_traffic_help" and not (
                    any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _ASKINGS | {"help", "assistance"}
                        for c in tok.children)
                    or any(c.dep_ == "xcomp" and R.CUES["traffic_help"].search(" ".join(t.lower_ for t in c.subtree))
                           for c in tok.children)):
                continue        # "turned down ERO's request to close two blocks", "declined to close streets" (not
                #                 "rejected Recommendation A, writing that officers will go on directing traffic")
            if lemma in ("hold", "keep") and rule.name in ("withhold_funding", "state_penalty") and (tok.dep_ == "acl" or not any(
                    c.dep_ in ("prt", "advmod") and c.lower_ == "back" and c.i == tok.i + 1 for c in tok.children)) \
                    and not (lemma == "hold" and _held_payment(tok)):
                continue        # only "held back $3.4 million in grants" withholds ("to challenge DHS's decision to
                #                 hold back $14 million": the decision is what the suit is about), or a payment held
                #                 until a condition is met ("ICE will hold the December payment until the County ...")
            if rule.name == "operation_verbs" and tok.dep_ in ("xcomp", "ccomp") and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and tok.head.lemma_.lower() in _ASKING:
                continue        # "inmates whom ICE wanted it to detain": asked for, not done
            if rule.name == "sue" and lemma == "action" and not _legal_action(tok):
                continue
            if rule.transitive and _is_verbal(tok) and not any(
                    c.dep_ in ("dobj", "nsubjpass", "ccomp") for c in tok.children) and not (
                    rule.name == "withhold_funding" and lemma in ("stop", "halt", "cease")
                    and _PAYMENTS.search(" ".join(t.lower_ for t in _subject_tokens(tok)))):
                continue    # (but "per-diem payments would stop if the jail refused any detainer": funds stopped)
            if rule.name == "court_nouns" and tok.lemma_.lower() == "motion" and re.search(r"\b\d+\s*[-\u2013]\s*\d+\b", sent.text):
                continue    # "In a second motion, approved 5-2, the board ...": a vote on a motion
            if rule.name == "court_nouns" and tok.dep_ == "pobj" and tok.head.lower_ in ("under", "without", "absent",
                                                                                      "with", "pursuant"):
                continue    # "released only under a court order": a condition, not a court acting
            if rule.name == "congress_call" and not (_congress_subject(tok) and _call_context(tok, path)
                                                    or _asked_of_agency(tok)):
                continue    # only what Congress should do to ICE
            if rule.types.get(R.NONFED) == "assist_ice" and tok.dep_ == "pcomp" and tok.head.lower_ == "for" and (
                    tok.head.head.lemma_.lower() in _THANKS or any(
                        c.dep_ == "acomp" and c.lemma_.lower() in _THANKS for c in tok.head.head.children)):
                continue    # "is grateful to Sheriff X for working with ICE": the praise is the act
            if rule.name == "has_been_sanctuary" and not (
                    any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in tok.children)
                    and any(c.dep_ == "nsubj" for c in tok.children) and tok.dep_ in ("ROOT", "conj", "ccomp", "parataxis")):
                continue    # only a main clause's "X has been a welcoming city ..."
            if rule.name == "decline_ice_request" and lemma in ("refuse", "decline") \
                    and R.CUES["ice"].search(texts[0]) and R.CUES["cooperation"].search(texts[0]) and any(
                    c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in ("request", "query") and _asks_for_help(c)
                    for c in tok.children):
                continue    # "shall decline any request for help with civil immigration enforcement": help refused
                #             in general (refuse_cooperation's)
            if rule.name == "ultimatum" and lemma == "give" and any(
                    c.dep_ in ("dative", "dobj") and c.lemma_.lower() == "agency" and _agency_in_focus(state, si)
                    for c in tok.children):
                continue    # "Federal law gives the agency 20 working days to respond": a deadline ICE is given
            if rule.name == "document_counts" and not _agency_in_focus(state, si) and any(
                    t.lemma_.lower() == "agency" and t.dep_ == "nsubj" for t in _subject_tokens(tok)):
                continue    # "The agency counts 38 arrests", the agency being a state department named before
            if rule.name == "agreement_officers_screen" and not _287G.search(pdoc.text or ""):
                continue    # ("designated officers" are an agreement's only in a text about 287(g))
            if rule.name == "report_to_ice" and not any(
                    c.dep_ == "dobj" and (c.pos_ in ("PRON", "PROPN") or c.lemma_.lower() in _REPORTED_PEOPLE)
                    for c in tok.children):
                continue    # people reported to ICE, not a count or a record ("report every transfer to ICE custody")
            if rule.name == "signed_agreement" and any(c.dep_ == "det" and c.lower_ in ("each", "every", "any")
                                                         for c in tok.children) and tok.dep_ == "pobj":
                continue    # "would pay counties $50,000 for each 287(g) agreement they sign": any such, none signed
            if rule.name == "signed_agreement" and not any(
                    c.dep_ in ("det", "poss") and c.lower_ not in ("any", "a", "an", "every", "no") for c in tok.children) and (
                    (tok.dep_ == "dobj" and (tok.head.lemma_.lower() in ("void", "invalidate", "nullify", "annul")
                                            or tok.head.lower_ in ("voids", "voided")))
                    or (tok.dep_ == "nsubj" and any(c.dep_ == "acomp" and c.lower_ in ("void", "invalid", "null", "unlawful")
                                                    for c in tok.head.children))):
                continue    # an agreement a law voids ("voids any agreement ... signed after October 1", "A 287(g)
                #             agreement signed by the Sheriff would be void"), none made
            if rule.name == "is_sanctuary" and not _states_standing(tok):
                continue    # only "X is a welcoming city" said of a place by its own side (not "if X is", "is X")
            if rule.name == "has_been_sanctuary" and tok.dep_ in ("ccomp", "parataxis") and R.CUES["federal"].search(
                    _subject_text(tok.head)):
                continue    # "ICE said Denver has been a sanctuary city for years": a federal charge
            if rule.name == "court_verbs" and lemma in ("hold", "conclude", "decide", "write") \
                    and not _court_subject(tok, rule):
                continue    # only a court's own "held that", "wrote that" ("written notice" is no opinion)
            if rule.name == "official_penalty" and tok.tag_ == "NNS" and not any(
                    c.dep_ in ("det", "poss", "nummod") for c in tok.children):
                continue    # "mandates and penalties from one group of states": the idea, not a law's clause
            if rule.name in _BOUND_SUBJECT_RULES and not (_prohibited(tok) or _only_when(tok)):
                continue    # "ICE officers may not enter classrooms": a rule; "did not enter" is a report
            if rule.name == "court_nouns" and tok.head.dep_ == "prep" and \
                    tok.head.head.lemma_.lower() in ("move", "seek", "ask", "request", "file", "apply", "petition"):
                continue     # a party asking for an order is not the court acting
            if rule.name == "appeal" and not _court_appeal(tok):
                continue
            if rule.name == "deployment" and not _sends_federal_forces(tok, lemma):
                continue
            if rule.name == "court_verbs" and tok.dep_ == "acl" and tok.head.lemma_.lower() == "order" and any(
                    c.dep_ in ("amod", "compound") and c.lower_ in ("administrative", "standing") for c in tok.head.children):
                continue    # "the president judge signed an administrative order barring civil immigration arrests in the
                #             courthouse": the court's rule for its building (a site closed), not a ruling in a case
            if rule.name == "honor_detainers" and lemma == "keep" and any(
                    c.dep_ == "dobj" and c.lemma_.lower() in R.INSTRUMENT_NOUNS | {"policy", "rule", "directive"}
                    for c in tok.children):
                continue    # "will keep its ordinance barring jail deputies from holding anyone for ICE": a measure kept
            if rule.types.get(R.NONFED) == "assist_ice" and tok.dep_ == "pcomp" and tok.head.lower_ == "from" \
                    and tok.head.head.lemma_.lower() in R.BAR_VERBS and tok.head.head.dep_ in ("acl", "relcl", "xcomp"):
                continue    # "will keep its ordinance barring jail deputies from holding anyone for ICE": help barred
            if rule.name == "deployment" and tok.dep_ in ("xcomp", "ccomp", "pcomp") \
                    and tok.head.lemma_.lower() in ("stop", "cease", "quit", "end") and any(
                        c.dep_ == "aux" and c.lower_ in ("should", "must", "ought") for c in tok.head.children):
                continue    # "ICE should stop sending officers into our courthouses altogether": a call, no deployment
            if rule.name == "end_agreement" and lemma == "leave" and any(
                    t.lower_ in ("intact", "alone", "untouched", "unchanged", "place", "standing") for t in tok.subtree
                    if t.i > tok.i):
                continue    # "the new law leaves that agreement intact": kept, not left
            if _in_quoted_title(tok):
                continue    # 'DHS Directive 27-04, "Restoring Accountability in Sanctuary Jurisdictions"': a title
            if rule.name == "abolish_ice" and lemma in ("eliminate", "replace", "fix", "shut", "restructure", "cut") \
                    and _is_verbal(tok) and not any(
                        R.CUES["ice"].search(" " + " ".join(t.lower_ for t in c.subtree) + " ")
                        for c in tok.children if c.dep_ in ("dobj", "nsubjpass")):
                continue    # "the jail would eliminate 11 correctional officer positions": no agency of ICE's
            if rule.name == "restrict_sites" and lemma == "keep" and any(
                    c.dep_ == "dobj" and c.lemma_.lower() in ("log", "record", "list", "count", "tally", "track", "eye",
                                                              "watch", "journal", "diary", "tab")
                    for c in tok.children):
                continue    # "shall keep a confidential log of encounters ... on campus": a record, no site closed
            if rule.name == "assign_staff" and _is_verbal(tok) and any(
                    c.dep_ in ("dobj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")
                    and c.lemma_.lower() in R.INSTRUMENT_NOUNS | {"item", "matter", "question", "proposal", "motion"}
                    for c in tok.children):
                continue    # "has placed a resolution on next Tuesday's agenda that would bar ...": an item put on an
                #             agenda, no staff put to ICE's work
            if rule.name in _ENDING_RULES and _asked_to_end(tok, rule):
                cands.append((tok, R.URGED_END, sc, texts, path))
                continue
            if rule.name in _ENDING_RULES and _asked_by_federal(tok):
                continue    # "director of ICE's Boston field office, sent the mayor a letter ... asking the city to
                #             rescind it": a federal demand (coded as one), not an end    # "urged the Board to end both 287(g) agreements": a call to end it, not its end
            if rule.name in _AGREEMENT_RULES | {"let_lapse"} and _urged_by_outsider(tok):
                continue    # "the Alliance delivered a petition urging the Board to let the agreement expire"
            if rule.name == "contract_with" and not (_is_verbal(tok) and any(
                    c.dep_ == "prep" and c.lower_ == "with" and R.CUES["ice"].search(" ".join(t.text for t in c.subtree))
                    for c in tok.children)):
                continue    # a contract made with ICE ("contracted with ICE to house detainees")
            if rule.name == "withdraw_agents" and any(
                    c.dep_ in ("dobj", "nsubjpass") and _local_force_only(" ".join(t.lower_ for t in c.subtree))
                    for c in tok.children):
                continue    # "would pull patrol officers off 911 calls": the place's own officers, not ICE's
            if rule.name == "withhold_funding" and lemma == "withdraw" and not tok.lower_.startswith("withdr"):
                continue    # ("walked away from this contract": a place quitting, read as "withdraw")
            if rule.name == "keep_agreement" and lemma == "stay" and not _stays_in_program(tok):
                continue    # "will stay in the 287(g) program" (not "would stay in force", "stayed on consent")
            if rule.name == "no_civil_arrests_made" and not _negated(tok):
                continue    # "will no longer make arrests based solely on ..." (not "does not authorize any trooper to
                #             make an arrest for a civil immigration violation": what a law does not allow)
            if rule.name == "house_detainees" and tok.dep_ in ("acl", "compound", "amod"):
                continue    # "the jail's contract housing ICE detainees": the contract described, not an act
            if rule.name == "request_deadline" and any(
                    c.dep_ == "dobj" and R.CUES["federal"].search(" ".join(x.text for x in c.subtree)) for c in tok.children) \
                    and any(c.dep_ == "xcomp" for c in tok.children):
                continue    # "ICE will ask the Department of Justice to withhold ... unless ... by March 1": one federal
                # body asking another; the demand on the place is the threat's condition
            if rule.name == "request_deadline" and lemma == "write" and not any(
                    c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in ("must", "shall") for a in c.children)
                    for c in tok.children):
                continue    # a letter's demand is its "must": "wrote to the sheriff that holds must resume by March 1"
            if rule.name == "give_access" and lemma in ("notify", "alert", "tell", "inform") and any(
                    c.dep_ == "dobj" and c.lemma_.lower() in _NOTIFIED_PEOPLE for c in tok.children):
                continue    # "shall notify affected families within two hours of any immigration arrest": word to
                #             the families, not to ICE
            if rule.name == "investigate_agents" and tok.lemma_.lower() == "inquiry" and any(
                    c.dep_ in ("compound", "poss") and R.CUES["ice"].search(c.text.lower()) for c in tok.children) \
                    and not any(c.dep_ == "prep" and c.lower_ == "into" for c in tok.children):
                continue    # "route every ICE inquiry through the county attorney's office": ICE's questions
            if rule.types.get(R.NONFED) == "assist_ice" and any(a.dep_ == "csubj" for a in [tok, *tok.ancestors]):
                continue    # '"Sending soldiers to help federal agents sweep through our neighborhoods betrays every
                #             family"': help named as what is judged, not given
            if any(a.lemma_.lower() == "define" and _is_verbal(a) for a in tok.ancestors):
                continue    # 'The ordinance defines "civil immigration enforcement" as any effort to detain ...': a
                #             definition, no act
            if rule.name == "enter_agreement" and _is_verbal(tok) and not any(
                    R.CUES["agreement_word"].search(" ".join(x.lower_ for x in t.subtree if x.i <= t.i))
                    for t in sc if t.dep_ in ("dobj", "nsubjpass") and t.head.i == tok.i) and any(
                    t.lower_ in ("agreement", "agreements") and t.dep_ == "pobj" and t.head.lower_ == "under" and (any(
                        a.dep_ in ("ccomp", "acl", "relcl") for a in t.ancestors if a.i != tok.i and tok in a.ancestors)
                        or any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "the") for c in t.children))
                    for t in sc):
                continue    # "adopts language providing that no appropriated funds may be used to detain any person
                #             under an agreement with ICE": an agreement named in what is adopted, none entered ("the
                #             jail accepted 23 of the detainees under its bed-space agreement": one it has)
            if rule.name == "prosecute_agents" and not _is_verbal(tok) and any(
                    a.lemma_.lower() in ("list", "count", "tally", "log", "record") and _is_verbal(a)
                    for a in tok.ancestors):
                continue    # "a report listing ... every arrest in which troopers assisted ICE": arrests counted
            if rule.name == "court_verbs" and lemma in ("consider", "hear", "argue", "submit") and tok.tag_ == "VBN" \
                    and any(c.dep_ == "agent" for c in tok.children) and not any(
                        c.dep_ in ("nsubjpass", "dobj") for c in tok.children):
                continue    # "Considered by Judges X, Y and Z.": the panel's line, no ruling
            if rule.name == "require_cooperation" and any(
                    c.dep_ in ("xcomp", "advcl", "ccomp") and c.lemma_.lower() in _LEAVINGS for c in tok.children):
                continue    # "will direct the State Police to leave the ICE-led task force": an end ordered, no help
            if rule.name == "warn_agents" and any(
                    c.dep_ == "ccomp" and any(g.dep_ == "nsubj" and g.lower_ in _FEDERAL_AGENCY_WORDS for g in c.children)
                    for c in tok.children):
                continue    # "He warned that ICE will conduct at-large arrests in Hillsboro": arrests by ICE, not of
                #             its agents
            if rule.name == "review_conduct" and any(t.lemma_.lower() == "conduct" and _is_verbal(t) for t in sc) \
                    and not _rule_matches(rule, _scope_texts([t for t in sc if not (
                        t.lemma_.lower() == "conduct" and _is_verbal(t))])):
                continue    # "We conducted this performance audit under Section 2-3-103": the audit's verb, no conduct
                #             reviewed
            if rule.name == "document_bodies" and tok.lemma_.lower() == "office" and any(
                    c.dep_ in ("poss", "compound") and c.lemma_.lower() in ("sheriff", "police", "prosecutor", "attorney",
                                                                            "marshal", "jail", "warden")
                    for c in tok.children):
                continue    # "the Cape May County Sheriff's Office, which has notified ICE before releasing inmates
                #             convicted of violent crimes": a sheriff's office is no body that documents misconduct
            if rule.name == "publish_request_counts" and any(
                    c.dep_ == "dobj" and c.lemma_.lower() in ("bill", "lawsuit", "suit", "motion", "complaint", "petition",
                                                              "brief", "amendment", "resolution", "ordinance")
                    for c in tok.children):
                continue    # "plans to file a bill in January reimbursing counties for every detainer they honor": a
                #             bill filed, no count made public
            if rule.name == "request_deadline" and lemma == "tell" and not (any(
                    c.dep_ in ("dobj", "dative") and R.CUES["local_target"].search(" ".join(x.lower_ for x in c.subtree))
                    for c in tok.children) and any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to"
                                                                            for a in c.children) for c in tok.children)):
                continue    # "told the Governor to rescind Sections 1 and 3 by April 7": told to a government (not
                #             "told reporters to expect more arrests by Friday")
            if lemma == "keep" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lemma_.lower() in _REFUSALS \
                    and tok.doc[tok.i + 1].tag_ == "VBG":
                continue    # "will keep declining ICE requests to hold people": the refusal goes on, not the help
            if rule.name == "court_nouns" and lemma == "hearing" and any(
                    c.dep_ == "prep" and c.lower_ in ("in", "before") and any(
                        g.dep_ == "pobj" and g.lemma_.lower() in (_BODIES | _CHAMBERS) - {"court", "jury"} for g in c.children)
                    for c in tok.children):
                continue    # "a hearing in the Law and Justice Committee": a legislature's hearing, no court's
            if rule.name == "honor_detainers" and lemma == "hold" and any(
                    c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _MEETINGS for c in tok.children):
                continue    # "will hold a public hearing about ICE access", "The forum on ... ICE contacts was held
                #             on March 9": a meeting
            if any(a.lemma_.lower() in ("construe", "interpret") and a.tag_ == "VBN" for a in tok.ancestors):
                continue    # "This MOU shall not be construed to require GRPD to take part in ...": a rule of reading
            if _is_verbal(tok) and tok.tag_ in ("VBZ", "VBP") and any(c.dep_ == "advmod" and c.lower_ == "how"
                                                                    for c in tok.children) \
                    and tok.head.i != tok.i and tok.head.lemma_.lower() in _DESCRIBING:
                continue    # "to describe how Houston works with federal immigration authorities": a topic (but "the
                #             report describes how deputies held 41 people for ICE" tells an act)
            if lemma == "thank" and any(c.dep_ == "prep" and c.lower_ == "for" and any(
                    g.lemma_.lower() in _COURTESIES and not (g.tag_ == "VBG" and any(x.dep_ == "dobj" for x in g.children))
                    for g in c.children) for c in tok.children):
                continue    # "thank you for the opportunity to describe how Houston works with ...": a courtesy (not
                #             "thanked Sheriff X for honoring every detainer ICE lodged")
            if rule.name == "no_arrest_at_sites" and any(
                    c.dep_ == "prep" and c.lower_ in ("for", "on") and any(
                        g.dep_ == "pobj" and g.lower_ in ("ice", "ero", "dhs", "hsi", "behalf") for g in c.children)
                    for c in tok.children):
                continue    # "Court marshals shall not detain, hold or transport any person on behalf of ICE": local
                #             staff's help withheld, not arrests kept out of a site
            if rule.name == "deny_ice_entry" and tok.dep_ == "pcomp":
                continue    # "would have to alert ICE within 48 hours of refusing an officer entry": the condition
            if rule.name == "give_access" and lemma == "notify" and any(
                    (c.dep_ == "ccomp" and c.i > tok.i and not any(m.dep_ == "mark" and m.lower_ in ("after", "before", "when", "until")
                                                   for m in c.children))
                    or (c.dep_ == "prep" and c.lower_ == "in" and any(
                        g.lower_ == "which" or (g.lower_ == "writing" and (any(
                            t.dep_ == "mark" and t.lower_ == "that" for t in tok.subtree) or not any(
                            t.lemma_.lower() in ("release", "releasing", "date", "custody", "inmate", "transfer")
                            for t in tok.subtree))) for g in c.children))
                    for c in tok.children):
                continue    # "notified ICE in writing that it was withdrawing", "shall notify ICE in writing" of an
                #             agreement's end: a message, not a release notice (but "notified ICE of 2,140 scheduled
                #             releases in 2027" is, "27 of them after the policy took effect" too); "the cases in
                #             which the department notifies ICE": what a rule is about
            if rule.name == "keep_from" and not any(
                    c.dep_ == "dobj" and not R.CUES["federal"].search(" ".join(t.text for t in c.subtree))
                    and c.lemma_.lower() != "agent" for c in tok.children):
                continue    # "keeps ICE from staging in city parks": the agency kept out (a site rule), not a bar
            if rule.name == "keep_agreement" and lemma == "keep" and not any(
                    c.dep_ in ("dobj", "nsubjpass") and R.CUES["agreement_word"].search(" ".join(t.text for t in c.subtree))
                    for c in tok.children) and not any(
                    # ("will keep working under our agreement with ICE": work under it goes on)
                    c.dep_ == "xcomp" and c.lemma_.lower() in ("work", "operate", "serve") and any(
                        p.dep_ == "prep" and p.lower_ in ("under", "within") and R.CUES["agreement_word"].search(
                            " ".join(t.text for t in p.subtree)) for p in c.children)
                    for c in tok.children):
                continue    # "we keep hearing that the sheriff is talking with ICE about 287(g)"
            objects = [c for c in tok.children if c.dep_ in ("dobj", "dative")] if rule.name == "give_access" else []
            if objects and (R.CUES["funding"].search(" ".join(t.text for t in objects[0].subtree)) or any(
                    R.CUES["records"].search(" ".join(t.text for t in c.subtree)) for c in objects)):
                continue    # "will provide $5 million to sheriffs who help ICE", "sent ICE a records request":
                #             money or a request given, not help to ICE
            if objects and any(c.dep_ == "dobj" and c.lemma_.lower() in _SIGNED_LAWS for c in objects):
                continue    # "sent the governor a bill that would ...": a bill sent on, not help to ICE
            if rule.name == "bar_cooperation" and lemma == "bar" and tok.pos_ == "NOUN" and tok.i > 0 \
                    and tok.doc[tok.i - 1].lower_ == "behind":
                continue    # "the city's bar on helping ICE", not "four extra days behind bars"
            if rule.name == "court_verbs" and lemma in _COURT_SCHEDULE and not any(
                    c.dep_ == "dobj" and c.lemma_.lower() in _COURT_SCHEDULE[lemma] for c in tok.children):
                continue    # "set a hearing", "entered summary judgment"; not "set bail", "entered an order restricting"
            if rule.name == "court_nouns" and lemma == "order" and (
                    (tok.i > 0 and doc[tok.i - 1].lower_ in _NON_COURT_ORDERS)
                    or any(c.lower_ in _NON_COURT_ORDERS for c in tok.children)):
                continue    # a mayor's or governor's executive order, a police chief's general order: no court order
            if rule.name == "give_access" and lemma in _GIVING and not _to_ice(tok):
                continue    # "sent officers a memo": what is sent must go to ICE
            if rule.name == "give_access" and lemma == "give" and any(
                    c.dep_ == "dobj" and c.lemma_.lower() == "reading"
                    and not R.CUES["ice"].search(" ".join(x.lower_ for x in c.subtree)) for c in tok.children):
                continue    # "the Commission gave first reading to Order 2027-22, which would bar ICE interviews"
            if rule.name == "target_officials" and (any(
                    c.dep_ == "prep" and c.lower_ == "in" and any(
                        g.lower_ == "charge" and any(x.dep_ == "prep" and x.lower_ == "of" for x in g.children)
                        for g in c.children) for c in tok.children) or (
                    tok.lower_ == "charge" and tok.dep_ == "pobj" and tok.head.lower_ == "in"
                    and any(x.dep_ == "prep" and x.lower_ == "of" for x in tok.children))):
                continue    # "places the county jail and every prisoner in it in the charge of the sheriff": custody
            if rule.name == "arrival" and any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in tok.children):
                continue    # "held the student ... until the agents arrived": when, not who came
            if rule.name == "give_access" and lemma == "release" and R.CUES["release_regardless"].search(
                    sent.text.lower()):
                continue    # "shall release every other inmate ..., even if an ICE officer is waiting": not to ICE
            if rule.name == "release_regardless" and not re.search(r"\b(?:ice|detainers?|immigration)\b", sent.text, re.I):
                continue    # released on the scheduled date, with no ICE hold in the sentence: no limit on help
            if rule.name == "prosecute_agents" and _is_verbal(tok) and any(
                    c.dep_ in ("nsubjpass", "dobj") and c.tag_ != "PRP"
                    and not R.CUES["agents"].search(" ".join(t.text for t in c.subtree if t.i <= c.i))
                    for c in tok.children):
                continue    # "40 detainees were arrested, according to ICE": the arrested are no agents
            if rule.name == "call_names" and lemma == "call" and any(
                    (c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "order" for g in c.children))
                    or (c.lower_ == "order" and c.dep_ in ("advcl", "xcomp") and c.i - tok.i <= 5)
                    for c in tok.children):
                continue    # "called the meeting to order at 6:33 p.m.": a chair opening a meeting
            if rule.name == "court_motion" and lemma == "move" and not state.legal and _LEGISLATOR.search(
                    " ".join(x.text for st in _subject_tokens(tok) for x in st.subtree)):
                continue    # "Commissioner X moved to strike Section 2": a motion in a meeting, not in a court
            if rule.name == "prosecute_agents" and _is_verbal(tok) and tok.dep_ == "relcl" \
                    and tok.head.pos_ in NOMINAL and not any(c.dep_ in ("nsubjpass", "dobj") for c in tok.children) \
                    and not R.CUES["agents"].search(tok.head.text.lower()):
                continue    # "every person they arrest under the agreement": the arrested are no agents
            if not _is_verbal(tok) and tok.head.dep_ in ("relcl", "acl") and tok.head.lemma_.lower() in _JOB_VERBS:
                continue    # "X, who directs ICE's enforcement operations": a job, not an act
            if _is_verbal(tok) and tok.dep_ == "relcl" and lemma in _JOB_VERBS and tok.tag_ == "VBZ":
                continue    # (the job verb itself)
            if rule.name in ("no_longer_give", "no_part") and any(
                    c.lower_ in ("never", "would") and c.dep_ in ("neg", "aux", "advmod") for c in tok.children):
                continue    # "would never send the Guard to assist ...": a pledge, not a policy ended
            if rule.negated and any({"would", "never"} <= {c.lower_ for c in v.children}
                                    for v in (tok, tok.head) if _is_verbal(v)):
                continue    # "The Department would never assign its officers to screen motorists for immigration
                #             status": a hypothetical, no limit adopted
            if rule.name == "publish_request_counts" and lemma in ("send", "submit", "deliver") and not any(
                    c.dep_ == "dobj" and c.lemma_.lower() in _COUNT_PAPERS for c in tok.children):
                continue    # (a report, a tally or a spreadsheet sent, not "sent the mayor a letter demanding ...")
            if rule.name == "honor_detainers" and lemma == "hold" and any(
                    c.dep_ == "nsubjpass" and c.tag_ not in ("NNS", "NNPS", "CD") for c in tok.children) and any(
                    c.dep_ == "prep" and c.lower_ in ("at", "in") and _FEDERAL_LOCKUP.search(
                        " ".join(t.text for t in c.subtree)) for c in tok.children):
                continue    # "He is now held at an immigration detention center in Bakersfield": ICE's custody
            if rule.name == "records_request" and not _is_verbal(tok) and lemma in ("record", "records") and (
                    (tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in _GIVEN_OUT)
                    or (tok.dep_ in ("compound", "amod", "nmod") and tok.head.lemma_.lower() in ("law", "act", "statute")
                        and any(t.lemma_.lower() in _GIVEN_OUT and t.pos_ == "VERB" for t in tok.doc)
                        and not any(t.lemma_.lower() in _RECORDS_ASKED and t.pos_ == "VERB" for t in tok.doc))):
                continue    # "The Sheriff's Office released the records last month under the state's public records
                #             law": records given out, under a law named, no request made
            if rule.name == "records_request" and not _is_verbal(tok) and tok.lemma_.lower() == "record" \
                    and tok.dep_ == "pobj" and tok.head.lower_ in ("from", "in", "by", "to"):
                continue    # "Prepared by the league's research committee from public records": a source, no request
            if lemma in R.BAR_VERBS and _is_verbal(tok) and any(
                    c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in ("neither", "none", "nothing") or any(
                        d.dep_ == "det" and d.lower_ in ("neither", "no") for d in c.children)) for c in tok.children):
                continue    # "Neither clause bars ICE from any public street or park": what the rule does not do
            if lemma in ("decline", "refuse") and any(
                    c.dep_ == "xcomp" and c.lemma_.lower() in ("say", "comment", "discuss", "answer", "specify",
                                                              "elaborate", "confirm", "speculate", "address", "respond")
                    for c in tok.children):
                continue    # "She declined to say whether ICE has sought similar records": no comment, no refusal
            if rule.negated and tok.tag_ == "VBD" and any(
                    c.dep_ == "nsubj" and c.lower_ in ("none", "nobody", "neither") for c in tok.children):
                continue    # "None of the officers asked a driver about immigration status": a fact of that day
            if _is_verbal(tok) and any(c.dep_ == "nsubj" and c.lemma_.lower() in _EVENT_SUBJECTS for c in tok.children):
                continue    # "a week of long sessions ended with ...": no one acted
            if rule.name == "require_cooperation" and (any(
                    c.dep_ in ("xcomp", "ccomp", "advcl") and _undoes(c) for c in tok.children)
                    or any(t.lower_ == "to" and t.i + 1 < len(doc) and _undoes(doc[t.i + 1])
                           for t in doc[tok.i + 1: tok.i + 7])
                    # ("require every county that holds an agreement with ICE to terminate it": the parse hangs
                    # the infinitive on the object's clause)
                    or any(c.dep_ == "dobj" and any(
                        t.dep_ in ("advcl", "xcomp") and t.head.dep_ == "relcl" and t.head.head.i == c.i and _undoes(t)
                        and any(x.dep_ == "aux" and x.lower_ == "to" for x in t.children) for t in c.subtree)
                           for c in tok.children)):
                continue    # "is directed to terminate the agreement": the directed act is the action
            if rule.name == "document_bodies" and any(
                    c.dep_ in ("compound", "poss") and R.CUES["federal"].search(f" {c.text.lower()} ")
                    for c in tok.children):
                continue    # "drove them to the ICE office", "ICE's processing center": the agency's own office
            if rule.name == "document_bodies" and lemma in ("center", "centre") and any(
                    c.dep_ == "compound" and c.lemma_.lower() in _FACILITY_WORDS for c in tok.children):
                continue    # "arrests at the Adams County Justice Center": a jail or a court's building, no record keeper
            if rule.name == "document_bodies" and tok.dep_ == "compound" and tok.head.lemma_.lower() in (
                    "director", "chief", "manager", "head", "officer", "spokesperson", "spokesman", "spokeswoman",
                    "supervisor", "coordinator", "administrator", "staff", "staffer", "employee"):
                continue    # "a deputy field office director of ICE": a title, no body that keeps records
            if rule.name == "enter_agreement" and lemma in ("rent", "lease") and tok.tag_ != "VB":
                continue    # "has rented beds to ICE since 2011 under a contract": the renting, not a new deal
            if rule.name == "require_cooperation" and lemma == "direct" and any(
                    c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in ("traffic", "detour", "crowd")
                    for c in tok.children):
                continue    # "officers have directed traffic for ICE": help on the street (support_operation)
            if rule.name == "enter_agreement" and any(
                    c.dep_ == "dobj" and (c.lemma_.lower() in _SIGNED_LAWS or c.text in ("Act", "Code"))
                    for c in tok.children):
                continue    # "signed a bill requiring jails to join 287(g)": the bill is signed, not an agreement
            if rule.passive and not any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children) and not (
                    state.legal and _DISPOSITION_LINE.match(sent.text)):
                continue
            if rule.obligation and not _obligated(tok, path) and not (
                    rule.name == "ask_agents_identify" and tok.dep_ == "xcomp" and tok.head.lemma_.lower() in (
                        "begin", "start") and any(c.dep_ == "aux" and c.lower_ in ("will", "shall")
                                                  for c in tok.head.children)):
                # (a practice set to start binds too: "court deputies will begin asking any federal officer ...")
                continue
            if rule.signed and not _signed(tok):
                continue
            if not _is_verbal(tok) and _mentioned_by_people(tok):
                continue
            if rule.concrete and not _is_verbal(tok) and not _concrete(tok, sent):
                continue
            if rule.types.get(R.NONFED) == "assist_ice" and lemma == "keep" and any(
                    c.dep_ == "prep" and c.lower_ == "from" and any(g.tag_ == "VBG" for g in c.children)
                    for c in tok.children):
                continue    # "has kept officers from holding anyone for immigration agents": kept from helping
            if rule.name == "withhold_funding" and lemma == "stop" and not any(
                    R.CUES["funding"].search(" ".join(t.text for t in c.subtree).lower())
                    # ("would stop paying the county for detainee beds")
                    or (c.dep_ == "xcomp" and c.lemma_.lower() == "pay")
                    for c in tok.children if c.dep_ in ("dobj", "xcomp")) and not (
                    not any(c.dep_ in ("dobj", "xcomp") for c in tok.children)
                    and _PAYMENTS.search(" ".join(t.lower_ for t in _subject_tokens(tok)))):
                continue    # "stop paying for the beds", "stop its payments"; not "troopers stopped two men"
            if rule.name == "call_names" and not _calls_names(tok):
                continue
            if rule.name in ("rescind_sanctuary", "rescind_limits") and _repeal_is_condition(tok):
                continue
            if rule.name == "will_not_cooperate" and {"would", "never"} <= {c.lower_ for c in tok.children}:
                continue    # "he would never support a policy that ...": a hypothetical, no pledge
            if rule.name == "will_not_cooperate" and any(c.dep_ == "aux" and c.lower_ == "did" for c in tok.children) \
                    and any(c.dep_ == "prep" and c.lower_ in ("on", "during", "in") and any(
                        g.ent_type_ == "DATE" or g.lemma_.lower() in ("operation", "raid", "arrest", "sweep")
                        for g in c.subtree) for c in tok.children):
                continue    # "The Omaha Police Department did not assist ICE on October 5": a fact of one day, no pledge
            if rule.name == "will_not_cooperate" and tok.dep_ in ("xcomp", "ccomp") and tok.head.lemma_.lower() in (
                    "ask", "require", "request", "direct", "order", "compel", "force", "expect") \
                    and any(c.dep_ == "neg" for c in tok.head.children) and not any(c.dep_ == "neg" for c in tok.children):
                continue    # "This letter does not ask county officers to enforce federal immigration law": no demand
                #             made, no refusal
            if rule.name == "congress_call" and lemma in ("take", "move", "pull", "tear") and not any(
                    c.lower_ in ("out", "away", "back", "off", "down", "apart", "from") for c in tok.children):
                continue    # "take ICE's power away", "tear ICE down"; not "take up the ICE bill"
            if rule.name == "statement" and _statement_type(tok, sent) is None and not (
                    R.CUES["funding"].search(sent.text.lower()) and _FUNDS_ON_CONDITION.search(sent.text)):
                continue    # (a grant "would be paid only if ...": a funding condition told, see _rows)
            if rule.actor_pattern and not (_subject_may_match(tok, rule) or _subject_role_matches(tok, rule, S)):
                continue
            if rule.name == "court_verbs" and _generic_court(tok):
                continue
            turned_away = lemma == "turn" and any(c.dep_ in ("prt", "advmod") and c.lower_ == "away" for c in tok.children)
            if rule.name == "turn_away_agents" and not turned_away:
                continue    # ("turned the man over to ICE" is help, "turned to ICE" nothing)
            if turned_away and rule.types.get(R.NONFED) == "assist_ice":
                continue    # ("turned away an ICE officer": no help given)
            if rule.name == "court_verbs" and any(c.dep_ == "aux" and c.lower_ == "would" for c in tok.children) \
                    and re.search(r"\b(?:Justice|Judge)\b", _subject_text(tok) or ""):
                continue    # "Justice Yocum-Farrow would reverse": a dissent's view, no ruling
            if "court_action" in rule.types.values() and re.search(r"\bdissent(?:s|ed|ing)?\b", sent.text, re.I):
                continue    # "Justice X, dissenting, would affirm": what a dissent would have done is no ruling
            if rule.name == "prosecute_agents" and not _is_verbal(tok) and tok.dep_ == "pobj" \
                    and tok.head.lower_ in ("during", "after", "before", "amid", "since", "throughout"):
                continue    # "closed a lane of traffic during the arrests": when, not an arrest threatened
            if rule.name in ("prosecute_agents", "target_officials") and tok.tag_ == "VBN" \
                    and tok.dep_ in ("acl", "amod"):
                continue    # "Those arrested will remain in ICE custody": people described, no one threatened
            if rule.name == "honor_detainers" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in (
                    _UNDO_LEMMAS | _REFUSALS):
                continue    # "tells officers to disregard any ICE hold": the hold is what is refused
            if (rule.name, lemma) in (("require_cooperation", "push"), ("enter_agreement", "bring")) and not any(
                    c.dep_ == "prep" and c.lower_ == "into" for c in tok.children):
                continue    # only "push every sheriff into a 287(g) agreement", "bring his deputies into the 287(g)
                #             task force model"; not "pushed back", "will bring the mandate back"
            if rule.negated and tok.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ in ("was", "were")
                                                         for c in tok.children) and any(
                    c.dep_ == "nsubjpass" and any(g.dep_ == "det" and g.lower_ in ("no", "neither") for g in c.children)
                    for c in tok.children):
                continue    # "our auditors confirmed that no release notice was sent to ICE after that date": a finding
            if rule.name == "no_status_checks" and any(c.dep_ == "aux" and c.lower_ == "did" for c in tok.children):
                continue    # "Deputies did not ask anyone about immigration status, the sheriff said": a finding
            if rule.name == "no_hold_past_release" and (tok.tag_ == "VBD" or (tok.tag_ == "VBN" and any(
                    c.dep_ == "aux" and c.lemma_.lower() == "have" for c in tok.children))):
                continue    # "we have never held anyone one minute past their release time": a finding, not a rule
            if rule.name != _REQUIRE_RULE.name and _class_described(tok):
                continue    # "every state trooper who assists a federal immigration operation": whom a rule reaches
            if rule.name == "serve_ice_warrants" and (
                    any(a.lemma_.lower() in ("let", "allow", "authorize", "permit", "enable") for a in tok.ancestors)
                    or _WARRANT_MODEL.search(sent.text)):
                continue    # "the agreement lets trained deputies serve ICE warrants": the model described,
                # an agreement's content (the agreement is the act), not warrants served
            if rule.name == "litigant_challenge" and tok.dep_ in ("acl", "xcomp", "advcl") and tok.head.lower_ in (
                    "standing", "right", "power", "authority", "ability", "option"):
                continue    # "lacks standing to challenge the law", "the right to challenge": no challenge made
            if rule.name == "end_agreement" and _is_verbal(tok) and _congress_subject(tok):
                continue    # "She urged Congress to end the 287(g) program": a call on Congress (congress_call)
            if rule.name == "ban_limits" and not _limit_banned(tok):
                continue    # only a ban whose object is itself a limit on cooperation
            if rule.name == "court_nouns" and tok.dep_ == "pobj" and tok.head.lower_ in (
                    "after", "following", "since", "before", "until") and any(
                    c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in tok.children) \
                    and not any(c.dep_ == "prep" for c in tok.children):
                continue    # "Six days after the ruling, the Sheriff signed ...": the ruling told before, a time
            if rule.name == "operation_nouns" and not _is_verbal(tok) and lemma in (
                    "operation", "raid", "sweep", "crackdown", "surge") and (any(
                    c.dep_ == "det" and c.lower_ in ("that", "this") for c in tok.children) or (
                    tok.dep_ == "pobj" and tok.head.lower_ == "during" and any(
                        c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and any(
                        c.ent_type_ == "DATE" and c.dep_ in ("compound", "amod", "nmod") for c in tok.children))):
                continue    # "deputies staffed checkpoints for ICE agents during that operation": one told before
                #             ("During the May operation, my deputies directed traffic ...")
            if rule.name == "sue" and not _is_verbal(tok) and any(c.dep_ == "poss" for c in tok.children):
                verb = next((x for x in tok.ancestors if _is_verbal(x)), None)
                if verb is not None and verb.tag_ == "VBG" and verb.dep_ in ("acl", "advcl"):
                    continue    # "filed a brief supporting Denver's lawsuit", "a statement responding to Denver's
                    #             suit": a suit told of, not brought here
            if rule.name == "keep_agreement" and _is_verbal(tok):
                # (", as the IGSA permits", which the small model may read as a preposition and a noun)
                framing = {t.i for c in tok.subtree if (c.dep_ == "advcl" and any(
                    m.dep_ == "mark" and m.lower_ == "as" for m in c.children)) or (
                    c.dep_ == "prep" and c.lower_ == "as" and c.i > 0 and c.doc[c.i - 1].text == ",") for t in c.subtree}
                if framing and not _rule_matches(rule, _scope_texts([t for t in sc if t.i not in framing])):
                    continue    # "will continue to honor ICE detainers for up to 48 hours, as the IGSA permits": the
                    #             agreement frames the help kept, it is not what is kept
            if rule.name == "withdraw_agents" and any(
                    c.dep_ == "dobj" and not R.CUES["agents"].search(_counted(c).text) for c in tok.children):
                continue    # "by leaving two detention officer positions unfilled": what is left is no agent
            if rule.name == "cooperate" and lemma == "support" and any(
                    c.dep_ == "dobj" and c.lemma_.lower() in _SUPPORTED_POLICIES for c in tok.children):
                continue    # "asking them to support legislation requiring ICE officers to ...": a stance on a law
            if rule.types.get(R.NONFED) == "assist_ice" and _is_verbal(tok) and (_prohibited(tok) or _none_shall(tok)):
                # "no officer may keep a person in custody on a detainer": a rule against assisting;
                # "no member shall assist federal agents": staff told not to assist ICE at all
                general = lemma in _GENERAL_HELP and not _RESOURCES.search(sent.text)
                rule = dataclasses.replace(_NO_HELP_RULE if general else _PROHIBIT_RULE, negated=_negated(tok))
            elif rule.types.get(R.NONFED) == "assist_ice" and _is_verbal(tok) and _only_when(tok) \
                    and _ONLY_WITH_WARRANT.search(tok.doc.text[tok.idx:]):
                # "Student records shall be released to an immigration officer only with written parental
                # consent or a judicial subpoena": help allowed only on a condition is a limit on help
                rule = _ONLY_IF_RULE
            elif rule.types.get(R.NONFED) == "assist_ice" and _is_verbal(tok) and (
                    _operative(tok) or _law_requires(tok) or _law_pays(tok)):
                # "every law enforcement agency shall comply with a detainer": a law requiring cooperation
                rule = dataclasses.replace(_REQUIRE_RULE, negated=_negated(tok))
            elif rule.types.get(R.NONFED) == "bar_local_cooperation" and lemma in R.BAR_VERBS and _is_verbal(tok) \
                    and _negated(tok) and _prohibited(tok):
                # "A governmental body may not prohibit an officer from sending information to ICE": a ban on limits
                rule = dataclasses.replace(_REQUIRE_RULE, negated=True)
            elif rule.name == "affirm_sanctuary" and _is_verbal(tok) and (
                    _prohibited(tok) or (_in_relcl(tok) and _SANCTIONS.search(sent.text))):
                # "no city shall adopt a sanctuary policy", "any official who enforces a sanctuary policy
                # shall be subject to a civil penalty": a ban on sanctuary ("may not enact, adopt, or enforce a
                # sanctuary policy": the verbs share the first one's "may not")
                rule = dataclasses.replace(_REQUIRE_RULE, negated=_negated(tok) or _prohibited(tok))
            if _blocked(tok, path, rule, sent, recommended):
                continue
            cands.append((tok, rule, sc, texts, path))
    if not cands:
        return []
    specific = {c[0].i for c in cands if c[1].name == "refuse_detainer_word"}
    cands = [c for c in cands if not (c[1].name == "refuse_cooperation" and c[0].i in specific)]
    cands = [c for c in cands if not (c[1].name == "court_motion" and any(_has_if_clause(t) for t in c[4]))]
    # ("if he files, we will ask the court to dismiss the case": a plan for a case not yet brought)
    helping = {c[0].i for c in cands if c[1].name == "support_operation" and (
        _FOR_ICE.search(sent.text) or _WHILE_AGENTS.search(sent.text))}
    cands = [c for c in cands if not (c[1].name in ("restrict_sites", "bar_cooperation") and c[0].i in helping)]
    # ("two of his officers blocked a lane of the parkway for ICE agents": a road closed for ICE, not to it)
    # ("must post a monthly report listing every detainer lodged and every person handed to ICE": what the report
    # lists is described, not done)
    # ("The Parties weighed, and did not adopt, a term that would have required the Sheriff to end ...": what a
    # turned-down option would have done)
    if _PASSED_ON_IT.search(sent.text):
        return []       # "We priced out renting ICE a block of beds, and we passed on it": an option not taken
    root = next((t for t in sent.doc if t.dep_ == "ROOT"), None)
    refused = {t.i for o in (_refused_options(root) if root is not None else []) for t in o.subtree if t.i != o.i}
    cands = [c for c in cands if c[0].i not in refused]
    # ("will post online how many arrests its officers make": the count posted, not an arrest)
    listed = {t.i for c in cands if c[1].name in ("publish_request_counts", "reporting_mandate")
              for o in c[0].children if o.dep_ in ("dobj", "ccomp") for t in o.subtree
              if t.i != o.i or o.dep_ == "ccomp"}
    cands = [c for c in cands if not (c[0].i in listed and c[0].dep_ in ("acl", "relcl", "ccomp", "dobj", "pobj")
                                      and c[1].name not in ("publish_request_counts", "reporting_mandate"))]
    # ("has released people held only on an ICE detainer unless a judge has signed a warrant": the hold named in
    # whom the jail releases is no hold kept)
    released = {t.i for c in cands if c[1].name == "release_regardless" for o in c[0].children
                if o.dep_ in ("dobj", "nsubjpass") for t in o.subtree}
    cands = [c for c in cands if not (c[1].name in ("honor_detainers", "honor_detainer_word", "give_access")
                                      and c[0].i in released)]
    barred = {c[0].i for c in cands if c[1].name == "bar_cooperation" and _barred_from_helping(c[0])}
    cands = [c for c in cands if not (c[1].name == "restrict_sites" and c[0].i in barred)]
    # ("bars public schools from sharing student records with ICE": the schools are who is barred)
    sites = {c[0].i for c in cands if c[1].name == "restrict_sites"}
    cands = [c for c in cands if not (c[1].name == "bar_cooperation" and c[0].i in sites
                                      and not _cue("detainer", c[3]))]   # "bars arrests inside courthouses"
    holdings = [c[0] for c in cands if c[1].name == "court_verbs" and c[0].lemma_.lower() in _HOLDING_VERBS
                and _court_subject(c[0], c[1])]
    if holdings:
        # "The panel held that Section 6 violates intergovernmental immunity": what the court holds is its
        # reasoning, not an act of the parties it names
        held = {t.i for h in holdings for t in h.subtree}
        cands = [c for c in cands if c[1].name.startswith("court") or c[0].i not in held]
    if any(c[1].name == "official_penalty" for c in cands):
        # "A sheriff who refuses to honor a detainer shall be guilty of ...": whom the penalty reaches, no act
        cands = [c for c in cands if c[1].name == "official_penalty" or not _in_relcl(c[0])]
    # ("the sheriff ordered his patrol deputies to stay out of ICE operations": an order by no court is no court
    # action, and what it orders is the act)
    cands = [c for c in cands if not (c[1].name == "court_verbs" and c[0].lemma_.lower() == "order" and not state.legal
                                      and any(s.dep_ == "nsubj" and (s.pos_ == "PRON" or _LOCAL_FORCE.search(s.text)
                                                                     or s.lemma_.lower() in ("mayor", "governor"))
                                              for s in c[0].children))]
    # ("The same letter called Bernalillo County 'a sanctuary ...'": a letter that names a place is the naming,
    # not an ultimatum of its own)
    # (the small model may read "called" there as a participle of "letter")
    naming = {c[0].i for c in cands if c[1].name == "call_names"}
    cands = [c for c in cands if not (c[1].name == "ultimatum" and c[0].lemma_.lower() == "letter" and (
        (c[0].dep_ == "nsubj" and c[0].head.i in naming)
        or any(a.dep_ == "acl" and a.lemma_.lower() in ("call", "describe", "label", "brand")
               and any(o.dep_ in ("oprd", "dobj") for o in a.children) for a in c[0].children)))]
    # "filed a resolution to give ICE formal notice of termination", "delivered written notice of termination": the
    # verb giving the notice is the act (its status and actor), not the noun
    cands = [(_notice_verb(c[0]), c[1], _scope(_notice_verb(c[0])), c[3], _clause_path(_notice_verb(c[0])))
             if c[1].name == "end_agreement" and _notice_of_termination(c[0]) and _notice_verb(c[0]) is not None else c
             for c in cands]
    # ("the memo that the probation department issued on Monday, which bars staff from telling ICE ...": no court
    # issued it, so it hides nothing nested under it)
    # a requirement of a judge's warrant or of the person's consent before ICE gets anything limits help, whatever the
    # requiring verb also reads as ("The Act also requires written consent before any ICE interview")
    limited = {c[0].i for c in cands if c[1].name in ("require_judge", "require_consent")}
    cands = [c for c in cands if not (c[1].name == "require_cooperation" and c[0].i in limited)]
    # (nor a sheriff's "she issued a directive barring deputies from holding anyone on an ICE detainer")
    cands = [c for c in cands if not (c[1].name == "court_verbs" and (
        (c[0].dep_ == "relcl" and any(ch.dep_ == "nsubj" for ch in c[0].children))
        or (c[0].dep_ == "acl" and c[0].head.lemma_.lower() in _ORG_HEADS)
        or (c[0].lemma_.lower() == "issue" and any(
            ch.dep_ == "dobj" and ch.lemma_.lower() in ("directive", "memo", "memorandum", "policy", "guidance",
                                                       "bulletin", "order", "rule") and _bars_in_clause(ch)
            for ch in c[0].children)))
        and _no_court_actor(c[0], c[1], S, state, si))]
    # "voted to approve Amendment No. 3, which bars the contractor from ... any ICE tow": what the approved
    # instrument does is the act, not an agreement kept
    contents = {c[0].head.i for c in cands if c[0].dep_ == "relcl" and c[1].types.get(R.NONFED) in _LAW_TYPES}
    cands = [c for c in cands if not (c[1].name in _AGREEMENT_RULES and any(
        ch.dep_ == "dobj" and ch.i in contents and any(
            t.lemma_.lower() in R.INSTRUMENT_NOUNS - {"agreement"} for t in doc[c[0].i + 1:ch.i + 1])
        for ch in c[0].children))]
    cands = _prune_nested(cands)
    cands = _quoted_operations_as_statements(cands, sent)
    held_back = []
    if any(c[1].name == "statement" for c in cands):
        # a statement counts only when no other rule coded the sentence
        others = [c for c in cands if c[1].name != "statement"]
        held_back = [c for c in cands if c[1].name == "statement"][:1] if others else []
        # (but a second speech verb joined to a naming or praising one says something of its own: 'called Iowa "a
        # model partner ..." and said Iowa City "keeps choosing criminals over its own residents"')
        # (after praise, only words against a place: 'praised Canyon County and said Boise leaders "keep putting
        # politics ahead of victims"', not '... and said the agreement will take dangerous people off the road')
        naming = any(o[1].name == "call_names" for o in others)
        joined = [c for c in cands if c[1].name == "statement" and any(
            (o[1].name == "call_names" or (o[1].name in ("federal_praise", "federal_welcome") and not naming
                                           and _against_a_place(c[0], sent)))
            and o[0].i < c[0].i and (o[0].i == c[0].head.i or any(
                g.dep_ == "ccomp" and o[0] not in g.subtree for g in c[0].children)) for o in others)]
        cands = (others + joined[:1]) if others else [c for c in cands if c[1].name == "statement"][:1]
    trigger_ids = {c[0].i for c in cands}
    op_name = _operation_name(sent.text)
    incident, incident_place = _incident(doc, S)
    rows = []
    for tok, rule, sc, texts, path in cands:
        ancestors = {t.i for t in tok.ancestors}
        nested = bool(ancestors & (trigger_ids - {tok.i}))
        rows.extend(_rows_for(pdoc, sent, S, state, si, by_sent, tok, rule, sc, texts, path, nested,
                              op_name, incident, incident_place))
    if not rows and held_back and any(c.dep_ == "nsubj" for c in held_back[0][0].children) \
            and _statement_type(held_back[0][0], sent) in ("negative", "crime"):
        # '"... and this complaint shows where that leads," the U.S. Attorney said': the other rule coded nothing, so
        # the statement is read after all; only a speech verb with a subject of its own (a broken parse leaves the
        # sentence to the quotation stage), and only a federal voice's words against a local government (a local
        # voice's words read this way were as often about something else)
        tok, rule, sc, texts, path = held_back[0]
        rows.extend(r for r in _rows_for(pdoc, sent, S, state, si, by_sent, tok, rule, sc, texts, path, False,
                                         op_name, incident, incident_place)
                    if r["action_type"] == "federal_criticism")
    # a letter whose content is a threat to cut funds or to sue is that threat (vocabulary.md: an ultimatum is a
    # demand whose consequence is left open): "sent letters to Evanston and Oak Park warning that they could lose
    # their grants"
    threats = {r["target_jurisdiction"] for r in rows if r["status"] == "threatened"
               and r["action_type"] in ("withhold_funding", "federal_lawsuit")}
    # (so is a demand whose consequence the sentence states: "ICE will hold the December payment until the County
    # gives its officers access")
    rows = [r for r in rows if not (r["action_type"] == "federal_ultimatum" and r["target_jurisdiction"] in threats
                                    and (r["trigger"].lower() in ("letter", "letters") or any(
                                        t["status"] == "threatened" and t["rule"] == "withhold_funding"
                                        and t["trigger"].lower() in ("hold", "holds", "held") for t in rows)))]
    return _dedupe(rows)


#: an act known from documents: "..., the records show", "Emails obtained by the Ledger show that ..."
_RECORDS_SHOW = re.compile(r"\b(?:records|documents|data|e-?mails|logs|files|filings|invoices|spreadsheets)"
                           r"(?: [\w-]+){0,4} (?:show|shows|showed|indicate|indicates|indicated|reveal|reveals|revealed)\b",
                           re.I)
#: what a reporting duty counts: requests from immigration agencies, detainers, transfers to ICE
_REPORTED_REQUESTS = re.compile(r"\b(?:requests? (?:\w+ ){0,3}from (?:a |any |the )?(?:federal|ice|immigration|u\.s\.)"
                                r"|(?:ice|immigration|detainer|federal immigration) requests?|detainers?"
                                r"|(?:transferred|transfers?) to (?:ice|federal|immigration))\b", re.I)
#: words for a local police force
_LOCAL_FORCE = re.compile(r"\b(?:deput(?:y|ies)|officers?|troopers?|police|sheriff\w*|patrol)\b", re.I)
#: work done for immigration agents: "at ICE's request", "for ICE agents", "for the ICE operation"
_FOR_ICE = re.compile(r"\bat (?:the )?(?:request of (?:ice|border patrol|federal|immigration)|(?:ice|border patrol|cbp|hsi|dhs"
                      r"|federal agents|immigration agents|the agency)['\u2019]s? request)"
                      r"|\bfor (?:the )?(?:ice|federal|immigration|border patrol) (?:agents|officers|operation|raid|sweep)s?\b", re.I)
#: counts per place: "318 arrests in Dallas, 207 in Fort Worth", "12 in Hastings"
_COUNTS_IN = re.compile(r"\b\d[\d,]*(?: [a-z]+)? (?:in|inside|across) [A-Z][\w.'-]+"
                        r"(?:[^.;]*?\b\d[\d,]* (?:in|inside|across) [A-Z])")
#: a local force's work during a federal operation: "closed two roads ... while ICE officers served warrants"
_WHILE_AGENTS = re.compile(r"\bwhile (?:the )?(?:ice|federal|immigration|border patrol|hsi|ero|dhs)\b(?: \w+)?"
                           r"(?: agents| officers)?", re.I)
#: what a local body is barred from doing for ICE ("from sharing", "from giving", "from holding")
_HELPING_GERUNDS = frozenset(("share", "give", "help", "assist", "hold", "notify", "transfer", "disclose", "provide",
                              "send", "release", "collect", "ask", "inquire", "detain", "honor", "comply", "cooperate",
                              "rent", "house", "enforce", "participate", "turn", "hand", "transport", "tell",
                              "wait", "aid"))
#: what a government's means are barred from being used for: "from using city money, equipment or buildings
#: to help enforce federal immigration law", "from using public money ... to find or arrest people"
_ENFORCING_VERBS = _HELPING_GERUNDS | {"find", "arrest", "apprehend", "detect", "locate", "investigate", "identify"}


def _helping_gerund(g) -> bool:
    return g.lemma_.lower() in _HELPING_GERUNDS or _verb_stem(g.lower_) in _HELPING_GERUNDS


def _barred_from_helping(tok) -> bool:
    """"bars public schools from sharing student records": the verb's "from" complement is a gerund of
    giving ICE help or information, or of using the government's means to help ("from using city money,
    equipment or buildings to help enforce federal immigration law")."""
    preps = list(tok.children)
    if tok.dep_ == "acl" and tok.head.head.i != tok.head.i:
        # (the parse may hang the "from" on the verb before the noun the bar describes: "signed a directive barring
        # city police | from helping with immigration arrests")
        preps += [c for c in tok.head.head.children if c.i == tok.right_edge.i + 1]
    for c in preps:
        if c.dep_ == "prep" and c.lower_ == "from":
            for g in c.children:
                if g.dep_ != "pcomp":
                    continue
                if _helping_gerund(g):
                    return True
                if g.lemma_.lower() == "use" and any(
                        x.dep_ in ("xcomp", "advcl") and x.lemma_.lower() in _ENFORCING_VERBS for x in g.children):
                    return True
    return False


def _that_request_filed(tok) -> bool:
    """"The Solicitor filed that request on Wednesday": the request just directed, now sent."""
    return tok.lemma_.lower() == "request" and not _is_verbal(tok) and tok.dep_ == "dobj" \
        and tok.head.lemma_.lower() in ("file", "submit", "send", "mail", "serve") \
        and any(c.dep_ == "det" and c.lower_ in ("that", "this") for c in tok.children)


def _letter_of_same_demand(tok) -> bool:
    """"Letters with the same request and deadline are going out today to ...": letters carrying the demand just told
    (not "the same letter", the one told before)."""
    return tok.lemma_.lower() == "letter" and not _is_verbal(tok) and any(
        p.dep_ == "prep" and p.lower_ == "with" and any(
            g.lemma_.lower() in ("request", "demand", "deadline", "warning", "condition", "term")
            and any(a.lower_ in _KIND_ADJECTIVES | {"same"} for a in g.children) for g in p.children)
        for p in tok.children)


def _another_request(tok, noun: str = "request") -> bool:
    """"a similar request", "a parallel request", "the same request", "another request": a request (or, with
    ``noun``, a letter) of the kind just told."""
    if tok.lemma_.lower() != noun or _is_verbal(tok):
        return False
    # ("Lane County sent its own request to ICE on July 10")
    return any((c.dep_ == "amod" and c.lower_ in _KIND_ADJECTIVES | {"parallel", "second", "third", "follow-up", "own"})
               or (c.dep_ == "det" and c.lower_ == "another") for c in tok.children)


def _local_official_named(S, actor: dict) -> bool:
    """A state or local official other than the speaker is named in the sentence ("ICE said Thielke had
    decided that politics matters more ..."): federal words about that official are aimed at a local
    government."""
    return any((p.get("level") or "") in ("state", "county", "city") and p.get("name") != actor.get("actor")
               for p in S.people)


def _released_despite_detainer(tok) -> bool:
    """"released 187 people named in ICE detainers", "released inmates despite immigration detainers":
    people let go although ICE asked for them to be held (not released *to* ICE)."""
    if tok.lemma_.lower() != "release" or not _is_verbal(tok) or any(
            c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in tok.children):
        return False            # "notifies ICE before it releases anyone named in a detainer": the occasion
    if any(c.dep_ == "prep" and c.lower_ == "without" and any(
            t.lemma_.lower() in ("notice", "notification", "notify", "warning", "alert", "tell", "inform")
            for t in c.subtree) for c in tok.children):
        return True             # "releasing arrestees without notice to ICE" (the parser hangs "to ICE" on the release)
    for c in tok.children:
        if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "into", "over") or c.dep_ == "prt":
            return False        # "released the man to ICE agents", "into ICE custody", "turned over"
    held = " ".join(t.text for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "prep") for t in c.subtree)
    if re.search(r"\bdetainers?\b", held, re.I):
        return True
    # "released him on February 11, eight days after ICE lodged a detainer": let go once ICE had asked to hold him
    when = " ".join(t.text for c in tok.children if c.dep_ in ("advcl", "prep", "npadvmod") for t in c.subtree)
    if _AFTER_DETAINER.search(when):
        return True
    # "released 46 people ICE had asked it to hold", "released inmates whom federal agents wanted detained"
    # (or, misparsed, "ICE had asked it to hold" as the release's own clause)
    asked = [r for c in tok.children if c.dep_ in ("dobj", "nsubjpass") for r in c.children if r.dep_ in ("relcl", "acl")]
    asked += [c for c in tok.children if c.dep_ == "ccomp"]
    return any(r.lemma_.lower() in _ASKED_FOR and _ASKED_TO_HOLD.search(" ".join(t.text for t in r.subtree))
               for r in asked)


_TROOP_WORDS = re.compile(r"\b(?:guard|guardsmen|guardsman|troops|soldiers|marines?|members|personnel|units?)\b", re.I)


def _orders_troops(tok) -> bool:
    """"ordered them to support ICE", "directed 200 Marines to ...", after a deployment verb: orders to the forces
    sent, not a demand on a local government."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
    if not objs or not _is_verbal(tok):
        return False
    text = " ".join(t.text for o in objs for t in o.subtree)
    if _TROOP_WORDS.search(text):
        return True
    deployed = tok.head if tok.dep_ == "conj" else None
    return deployed is not None and deployed.lemma_.lower() in ("federalize", "deploy", "mobilize", "activate", "send") \
        and all(o.lower_ in ("them", "it") for o in objs)


#: money promised on a condition: "would be paid only if", "unless the city", "conditioned on", "contingent on"
_FUNDS_ON_CONDITION = re.compile(r"\bonly if\b|\bunless\b|\bcondition(?:ed|al)\b|\bcontingent\b", re.I)
_AFTER_DETAINER = re.compile(r"\b(?:after|despite|although|though)\b.{0,60}\b(?:lodged|issued|filed|placed|sent|submitted)"
                             r"\b.{0,30}\bdetainers?\b|\bdespite\b.{0,40}\bdetainers?\b", re.I)
#: verbs of asking for what a relative clause says ICE wanted ("people ICE had asked it to hold")
_ASKED_FOR = frozenset(("ask", "request", "want", "seek", "expect", "tell"))
_ASKED_TO_HOLD = re.compile(r"\b(?:ICE|federal|immigration|agents?|agency|DHS)\b.*\b(?:hold|held|detain(?:ed)?|keep|kept)\b")


_LAW_SUBJECTS = (_CONTENT_SUBJECT - {"it"}) | {"amendment", "rule", "regulation", "policy"}


def _law_requires(tok) -> bool:
    """"A 2024 state law requires every sheriff to honor those detainers": what a law makes a class of
    agencies do is the law's mandate (the sheriffs' own help is not reported)."""
    if _is_verbal(tok) and any(c.dep_ == "aux" and c.lower_ in ("must", "shall") for c in tok.children) and any(
            c.dep_ == "nsubj" and any(d.lower_ in _CLASS_WORDS for d in c.children)
            for c in tok.children) and any(
            c.dep_ == "prep" and c.lower_ == "under" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in _LAW_SUBJECTS for g in c.children) for c in tok.children):
        return True     # "Under a state law that took effect in 2024, every Georgia jail must check ..."
    head = tok.head
    if tok.dep_ == "advcl" and head.dep_ == "relcl" and head.head.dep_ == "dobj":
        head = head.head.head   # "requires every sheriff who operates a jail to check ...", misparsed
    elif tok.dep_ != "xcomp":
        return False
    if head.lemma_.lower() not in ("require", "mandate", "force", "compel", "obligate", "direct", "order"):
        return False
    subj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if head.dep_ == "relcl" and any(c.lower_ in ("which", "that") for c in subj):
        subj = [head.head]      # "the Jail Status Verification Act, which requires every jailer to ..."
    obj = [c for c in head.children if c.dep_ == "dobj"]
    return any(c.lemma_.lower() in _LAW_SUBJECTS or (c.text == "Act" and c.pos_ == "PROPN") for c in subj) and any(
        o.tag_ == "NNS" or any(d.lower_ in _CLASS_WORDS for d in o.children) for o in obj)


_PAYING = frozenset(("pay", "reimburse", "fund", "compensate", "cover"))
_PAYERS = frozenset(("law", "act", "bill", "proviso", "appropriation", "program", "grant", "budget", "fund", "state",
                     "legislature", "measure", "amendment", "statute"))


def _law_pays(tok) -> bool:
    """"A state act pays sheriffs $40 a day for each person held on an ICE detainer", "the appropriation
    shall be used to reimburse counties for the cost of holding ...": a law paying for help to ICE is the
    state's push for cooperation, not the help itself."""
    for a in list(tok.ancestors)[:6]:
        if a.lemma_.lower() not in _PAYING or not _is_verbal(a):
            continue
        payer = a
        while payer.dep_ in ("xcomp", "advcl", "conj") and payer.head.i != payer.i:
            payer = payer.head          # "shall be used to reimburse ...": the subject of "used"
        subj = [c for c in payer.children if c.dep_ in ("nsubj", "nsubjpass")]
        if payer.dep_ == "relcl":
            subj.append(payer.head)     # "a bill that would pay counties ..."
        # paid to local agencies ("pays sheriffs", "reimburse counties"), not for the state's own forces ("would
        # pay for about 20 Guard members to help ICE" is the state's own help)
        local = any(t.lemma_.lower() in _LOCAL_PAYEES for t in a.subtree if t.i < tok.i)
        return local and any(c.lemma_.lower() in _PAYERS or c.text == "Act" for c in subj)
    return False


_LOCAL_PAYEES = frozenset(("county", "sheriff", "city", "jail", "locality", "municipality", "jailer", "town"))


_PROGRAM_NOUNS = {"program", "programme", "model", "partnership", "initiative"}


#: a public body or place an agreement may be made with ("with the County", "with the Unit", "with the Patrol")
_PUBLIC_BODY = re.compile(r"\b(?:county|city|town|village|parish|state|sheriff\w*|department|office|police|patrol|"
                          r"jail|board|commission|council|unit|task force|division|bureau|agency|government)\b")


def _counted_of(tok) -> bool:
    """The verb's object is a bare count of things told before, and its subject the one who acted on them:
    "Williamson County honored 412 of 418" (not a table's "Detainers honored 988 1,127")."""
    return any(c.dep_ == "nsubj" and c.lemma_.lower() not in ("detainer", "request", "hold") for c in tok.children) \
        and "|" not in tok.doc.text and any(
            c.dep_ == "dobj" and c.pos_ == "NUM" and not any(
                g.pos_ in ("NOUN", "PROPN") for g in c.subtree if g.i != c.i and g.dep_ != "pobj")
            for c in tok.children)


def _with_another_party(tok) -> bool:
    """The agreement the verb ``tok`` makes or ends is one with a named party that is no federal agency, place or
    public body ("a three-year contract with Corvanta Roadsight Systems")."""
    for o in tok.children:
        if o.dep_ not in ("dobj", "nsubjpass"):
            continue
        for p in o.children:
            if p.dep_ == "prep" and p.lower_ == "with":
                for g in p.children:
                    words = " " + " ".join(t.lower_ for t in g.subtree) + " "
                    if g.dep_ == "pobj" and g.pos_ == "PROPN" and not R.CUES["ice"].search(words) \
                            and not R.CUES["federal"].search(words) and not _PUBLIC_BODY.search(words):
                        return True
    return False


def _joins_the_program(tok, pdoc, sent, verbs=("join",)) -> bool:
    """"joined the same model in 2025", "whose office joined the program in 2019" (or with ``verbs``, "left the
    program in January"): a definite program in a text that has named 287(g) before this sentence (the program is
    that one)."""
    if tok.lemma_.lower() not in verbs or not _is_verbal(tok):
        return False
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() not in _PROGRAM_NOUNS or not any(
            d.lower_ in ("the", "that", "this", "same", "its", "their") for d in obj.subtree if d.i < obj.i) or any(
            c.dep_ in ("prep", "relcl", "acl") for c in obj.children):
        return False    # ("joined the program of the festival": another program)
    return bool(_287G.search(pdoc.text[: sent.start]))


def _only_when(tok) -> bool:
    """"ICE agents may interview an inmate only after the inmate signs a consent form", "may enter the jail
    only with a judicial warrant": a rule that allows the act only under a condition (a limit)."""
    if not any(c.dep_ == "aux" and c.lower_ in ("may", "shall", "can") for c in tok.children):
        return False
    sub = {t.i for t in tok.subtree}
    return any(t.lower_ == "only" and t.i in sub for t in tok.doc[tok.i + 1: tok.i + 12])


def _court_subject(tok, rule) -> bool:
    """The verb's own subject is a court, judge, panel or majority (the rule's actor pattern), or a judge named
    the way a case report names one ("Hon. Delia X, J., on February 6, 2026, granted summary judgment ...")."""
    if not _is_verbal(tok):
        return False
    if re.search(rule.actor_pattern, _subject_text(tok, deps=("nsubj", "compound", "amod", "det")), re.I):
        return True
    if tok.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) and re.search(
            rule.actor_pattern, " ".join(t.text for t in sorted(_subject_tokens(tok, conj=True), key=lambda t: t.i)
                                         if t.dep_ in ("nsubj", "compound", "amod", "det")), re.I):
        return True     # "The Court accepted written comments ... and held a public hearing on September 14"
    return _judge_named(tok)


def _judge_named(tok) -> bool:
    """The verb's subject is a judge named the way a case report names one: "Hon. Delia X, J., ... granted"."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.pos_ == "PROPN" and (
        any(c.dep_ == "appos" and c.text in ("J.", "C.J.", "P.J.", "JJ.") for c in subj.children)
        or any(t.lower_ == "hon" for t in tok.doc[max(0, subj.left_edge.i - 2): subj.left_edge.i]))


#: a court's verbs of reasoning: what follows them is its holding
_HOLDING_VERBS = {"hold", "conclude", "find", "rule", "decide", "write", "reject"}
#: words of thanks: what someone is thanked for is the reason for the praise, not a new report
_THANKS = {"grateful", "thankful", "thank", "thanks", "praise", "commend", "applaud", "credit", "appreciative",
           "congratulate", "salute", "laud", "honor", "recognize"}
#: rules whose subject (ICE officers) is bound by the rule, not its maker: "ICE officers may not enter
#: classrooms", "ICE officers may not interview an inmate unless ..."
_BOUND_SUBJECT_RULES = {"sites_entry", "no_ice_access"}


def _warm_description(tok) -> bool:
    """What "call X Y" / "describe X as Y" says of X is praise (its words, not the whole sentence)."""
    desc = [c for c in tok.children if c.dep_ in ("oprd", "xcomp", "ccomp", "attr")] + [
        g for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children] + [
        g for c in tok.children if c.dep_ in ("dobj", "oprd") for g in c.children if g.dep_ == "appos" or (
            # ('called the Danbury task force officers "the finest partners ..."', the quotation hung on the object)
            g.i > c.i and g.left_edge.i > 0 and tok.doc[g.left_edge.i - 1].text in _QUOTE_MARKS)]
    text = " ".join(t.text for d in desc for t in d.subtree)
    for c in tok.children:
        # ('called Tom Green County "a model for rural partnership"', the quotation parsed apart from the verb)
        k = c.right_edge.i + 1
        if c.dep_ in ("dobj", "oprd") and k < len(tok.doc) and tok.doc[k].text in _QUOTE_MARKS:
            end = next((t.i for t in tok.doc[k + 1:] if t.text in _QUOTE_MARKS), len(tok.doc))
            quoted = tok.doc[k + 1:end].text
            if quoted not in text:
                text = quoted + " " + text      # (first, for a description that starts "a partner ...")
    if re.search(r"\bsanctuar(?:y|ies)\b", text, re.I):
        return False    # ('labels Boise "a sanctuary city in everything but name and proud of it"')
    return bool(text.strip()) and bool(R.CUES["praise_adj"].search(text) or R.CUES["warm"].search(text)
                                       or _A_PARTNER.search(text) or any(
                                           _A_PARTNER.search(q) for q in re.findall(r"[\"\u201c]\s*([^\"\u201d]+)", text))) \
        and not R.CUES["harsh"].search(text)


#: "called Henderson County a partner other sheriffs should study": a description as a partner is praise
_A_PARTNER = re.compile(r"^\W*(?:(?:exactly|just|precisely)\s+)?(?:a|an|the|our|its)\s+(?:(?:[\w-]+\s+)?|kind\s+of\s+)"
                        r"partners?\b", re.I)  # (or "exactly the kind of partner we need")


_QUOTE_MARKS = ('"', "\u201c", "\u201d")


def _in_quoted_title(tok) -> bool:
    """The token is a word of a title in quotation marks, in Title Case ('DHS Directive 27-04, "Restoring
    Accountability in Sanctuary Jurisdictions"'): a name, not words anyone says or acts."""
    doc = tok.doc
    if not _inside_quote(tok):
        return False
    q = max(t.i for t in doc[:tok.i] if t.text in _QUOTE_MARKS)
    end = next((t.i for t in doc[tok.i:] if t.text in _QUOTE_MARKS), len(doc))
    words = [t for t in doc[q + 1:end] if t.is_alpha and len(t) > 3]
    return q > 0 and len(words) >= 2 and sum(1 for t in words if t.text[:1].isupper()) == len(words) \
        and (doc[q - 1].text in (",", "(") or doc[q - 1].lower_ in ("titled", "entitled", "called", "named"))


def _inside_quote(tok) -> bool:
    """The token lies between an opening and a closing quotation mark of its sentence."""
    before = sum(1 for t in tok.doc[: tok.i] if t.text in _QUOTE_MARKS)
    return before % 2 == 1


def _quoted_operations_as_statements(cands, sent):
    """"ICE agents have been pulling parents out of their cars, and I am ashamed," the commissioner
    said: enforcement told inside a local official's quotation, in a sentence with a harsh statement, is
    the statement (a condemnation), not a report of an operation."""
    stmt = [c for c in cands if c[1].name == "statement"]
    kind = _statement_type(stmt[0][0], sent) if stmt else None
    if kind == "praise":
        # '"Operation X took dangerous offenders off our streets, and the Governor is grateful to every ICE officer,"
        # said ...': a named operation praised inside the quotation is the praise, not a report of it
        ops = [c for c in cands if c[1].name == "operation_nouns" and _inside_quote(c[0])]
        return [c for c in cands if c not in ops]
    if kind != "negative":
        return cands
    # (also the operation a harsh statement judges: 'said that ICE's raid on a laundromat was "an ambush"')
    ops = [c for c in cands if c[1].name in ("operation_verbs", "operation_nouns") and (_inside_quote(c[0]) or (
        c[0].dep_ == "nsubj" and c[0].head.lemma_.lower() == "be" and c[0].head.dep_ == "ccomp"))]
    if not ops:
        return cands
    return [c for c in cands if c not in ops]


#: verbs that are an enforcement act only when done to a person ("pulled a worker from his truck")
_HUMAN_OBJECT_VERBS = {"handcuff", "tackle", "grab", "seize", "pull", "drag", "chase", "pepper", "tase", "target",
                       "refer", "pick"}
_PERSON_NOUNS = {"man", "woman", "men", "women", "person", "people", "worker", "resident", "father", "mother",
                 "inmate", "detainee", "prisoner", "arrestee", "defendant", "offender",
                 "student", "child", "teenager", "immigrant", "migrant", "driver", "landscaper", "laborer",
                 "neighbor", "husband", "wife", "son", "daughter", "citizen", "protester", "journalist",
                 "parent", "boy", "girl", "employee", "customer", "passenger", "pastor", "farmworker", "vendor"}
#: whom a government reports to ICE ("report every arrestee born abroad to ICE")
_REPORTED_PEOPLE = _PERSON_NOUNS | {"person", "individual", "victim", "witness", "suspect", "youth", "juvenile", "patient",
                                    "client", "tenant", "noncitizen", "anyone", "anybody", "someone", "everyone",
                                    "motorist", "applicant", "parolee", "probationer", "foreigner"}


def _has_human_object(tok) -> bool:
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            if c.ent_type_ == "PERSON" or c.lemma_.lower() in _PERSON_NOUNS or c.lower_ in _PERSON_NOUNS:
                return True
    return False


def _legal_action(tok) -> bool:
    """"filed this action", "brought a civil action": the court sense of "action"."""
    return tok.head.lemma_.lower() in ("file", "bring", "commence", "institute", "initiate") \
        or any(c.lower_ == "civil" for c in tok.children)


_SUIT_CONTENT = {"ask", "seek", "argue", "allege", "claim", "contend", "accuse", "name", "challenge", "say",
                 "charge", "demand", "request", "target"}


def _describes_suit(tok) -> bool:
    """"The lawsuit, filed in ...", "The lawsuit asks the court to ...": the suit
    is described, not merely mentioned ("the suit follows weeks of pressure")."""
    if any(c.dep_ == "acl" and c.lemma_.lower() in _FILING_VERBS for c in tok.children):
        return True
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _SUIT_CONTENT


_VADER = None


def _after_enforcement(pdoc, si: int, sent, actor: dict) -> bool:
    """A government official's harsh words ("cruel", "an ambush") right after a sentence that tells of
    federal enforcement are aimed at it, also across a paragraph break ("Agents arrested 40 people at a
    plant on Tuesday." / "'It was cruel,' the mayor said."). Words about criminals or sanctuary are a
    different argument (a sheriff's case for cooperation)."""
    if si <= 0 or actor.get("level") not in ("state", "county", "city"):
        return False
    if not R.CUES["harsh"].search(sent.text) or R.CUES["crime_frame"].search(sent.text) \
            or re.search(r"\bsanctuar", sent.text, re.I):
        return False
    before = pdoc.sentences[si - 1]
    return not before.is_heading and bool(R.CUES["condemn_objects"].search(before.text.lower()))


def _tone(text: str) -> float:
    global _VADER
    if _VADER is None:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        _VADER = SentimentIntensityAnalyzer()
    return _VADER.polarity_scores(text)["compound"]


_LOCAL_BODY = re.compile(r"\b(?:city|county|state|mayor|council|commission|board|sheriff|jail|governor|leaders)\b")


def _against_a_place(tok, sent) -> bool:
    """The words under the speech verb ``tok`` are said against a government: harsh, or a charge of crime aimed at
    a place or a local body ('said the city's order "lets dangerous offenders walk out the door"'; not 'said the
    agreement will take dangerous people off the road')."""
    said = " ".join(t.lower_ for t in tok.subtree)
    kind = _statement_type(tok, sent)
    return kind == "negative" or bool(R.CUES["politics_chosen"].search(said)) or (kind == "crime" and (
        bool(_LOCAL_BODY.search(said)) or any(t.ent_type_ == "GPE" for t in tok.subtree)))


def _statement_type(tok, sent) -> Optional[str]:
    """A speech verb whose statement carries a rhetoric act: "negative" (clearly
    negative tone), "praise" (clearly warm, about enforcement) or None."""
    has_content = any(t.dep_ == "ccomp" for t in tok.subtree) or any(c.dep_ == "dobj" for c in tok.children) \
        or any(c.dep_ == "parataxis" for c in tok.head.children) or tok.dep_ == "parataxis" \
        or any(q in sent.text for q in ('"', "\u201c", "\u201d"))
    if not has_content:
        return None
    # what was said: the whole sentence for a main-clause speech verb (quotes often sit outside its
    # subtree in the small model's parse), else the speech verb's own clause
    said = sent.text if tok.dep_ == "ROOT" else " ".join(t.text for t in tok.subtree)
    if tok.dep_ == "ROOT" and any(t.lemma_.lower() in ("call", "label", "describe", "brand") and _is_verbal(t)
                                  for t in tok.doc[:tok.i]):
        said = tok.doc[tok.i:].text     # ('called Iowa "a model partner ..." and said Iowa City "keeps choosing
        #                                 criminals ..."': what was said after the name given)
    if _judged_act(sent.doc) is not None:
        return "negative"   # '"Putting soldiers at the gate ... does not make one family safer," she said'
    if R.CUES["crime_frame"].search(said) and re.search(r"\b(?:should be|instead of|rather than)\b", said, re.I):
        return "crime"      # ('the mayor "should be thanking the officers ... instead of protecting lawbreakers"':
        #                     the thanks she owes, a reproach)
    score = _tone(sent.text)
    if (score >= 0.75 or R.CUES["warm"].search(said)) and R.CUES["praise_objects"].search(said) \
            and R.CUES["ice"].search(said) and not R.CUES["harsh"].search(said) and not R.CUES["politics_chosen"].search(said):
        return "praise"     # (not "said that the city's leaders had chosen politics over public safety")
    if score <= -0.6 or R.CUES["harsh"].search(said):
        return "negative"
    if R.CUES["warm"].search(said) and R.CUES["praise_objects"].search(said) and not R.CUES["politics_chosen"].search(said):
        return "warm"       # praise of a partner when a federal official says it (see _rows_for)
    if R.CUES["crime_frame"].search(said):
        return "crime"      # criticism only when a federal official says it (see _rows_for)
    return None


#: rules whose trigger in a call ("should", "it is time for ... to") is a call to abolish or reform ICE
_TIME_FOR = re.compile(r"\s*[\"“]?(?:it is|it's|it’s|now is) (?:high |past |long past )?time (?:for|to)\b", re.I)
_REFORM_RULES = {"abolish_ice", "require_identification", "must_identify", "congress_call"}


#: a sentence that states what an instrument requires: "Under the same order, officers entering the building
#: must ...", or an item of one ("3.2 Before passing the security desk, an officer must ...", "(b) Any federal
#: agent who ... must ...")
_UNDER_INSTRUMENT = re.compile(r"\bunder (?:the|this|that|its|their|our|a|an) (?:same |new |revised |city(?:'s)? |county(?:'s)? )?"
                               r"(?:order|directive|policy|ordinance|rule|law|resolution|section|procedure|protocol"
                               r"|guidance|memo(?:randum)?|regulation|code|statute|act|bill|measure|agreement)\b", re.I)
_INSTRUMENT_ITEM = re.compile(r"[ \t]*(?:\d{1,2}\.\d{1,2}(?:\.\d{1,2})?\.?|\([a-z0-9]{1,3}\)|[a-h][.)]|§\s*\d+)[ \t]+\S")


def _local_setting_duty(tok) -> bool:
    """A duty to identify that binds officers in one setting, as a rule does ("Federal officers in city buildings
    on enforcement business must give a name and agency when asked", "an officer who comes to a school office
    would have to give a name ... to the principal"), not all agents everywhere, as a call does ("ICE agents must
    show their faces")."""
    v = tok
    if v.dep_ == "xcomp" and v.head.lemma_.lower() in ("have", "need"):
        v = v.head
    if v.dep_ == "xcomp" and v.head.lemma_.lower() in ("ask", "request", "require", "direct") and any(
            c.dep_ == "aux" and c.lower_ in ("shall", "must") for c in v.head.children):
        return True     # "the responding officer shall ask each such person to show agency credentials": a protocol
    subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(g.dep_ in ("acl", "relcl", "prep") for s in subj for g in s.children):
        return True
    return any(c.dep_ == "prep" and c.lower_ in ("to", "at", "before", "upon", "on") for c in tok.children) or any(
        c.dep_ == "advcl" and any(m.lower_ in ("when", "before", "if", "whenever", "upon") for m in c.children)
        for c in tok.children)


def _binding_line(pdoc, sent) -> bool:
    """The sentence states what a law, order or policy requires (its "must" binds, it calls on no one)."""
    line_start = pdoc.text.rfind("\n", 0, sent.start) + 1
    return bool(_UNDER_INSTRUMENT.search(sent.text)) or (
        line_start == sent.start and bool(_INSTRUMENT_ITEM.match(sent.text)))


def _call_context(tok, path, binding: bool = False) -> bool:
    """The trigger is what someone says should happen: "should/ought to/must V" with a federal
    body as subject, or "it is time for X to V". ``binding``: the text is a law or order, whose
    "must" is a duty it imposes ("All officers must display a badge" in an ordinance)."""
    if _TIME_FOR.match(tok.doc.text) and tok.idx > tok.doc.text.lower().find("time"):
        return True
    for t in path:
        if any(c.dep_ == "attr" and c.lemma_.lower() == "time" for c in t.children):
            return True
    for c in tok.children:
        if c.dep_ == "aux" and c.lower_ in ("should", "ought", "must") and not (binding and c.lower_ == "must"):
            return True
    if tok.dep_ == "xcomp" and tok.head.lower_ == "ought":
        return True     # "Congress ought to require ...", parsed with "ought" as the main verb
    # "Congress needs to shut ICE down", "Congress has to rein in ICE"
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ("need", "have", "got") and any(
            c.dep_ == "nsubj" for c in tok.head.children):
        return True
    # "I'd like to see Congress require every ICE officer to show a badge", "we want to see ICE abolished"
    if any(t.lemma_.lower() == "see" and t.dep_ == "xcomp" and t.head.lemma_.lower() in ("like", "want", "love", "hope")
           for t in path):
        return True
    # "What I want is for Congress to require every ICE officer to ...": a wish told as a cleft
    if tok.head.lemma_.lower() == "be" and tok.dep_ in ("advcl", "ccomp", "xcomp", "attr") and any(
            c.dep_ == "csubj" and c.lemma_.lower() in ("want", "ask", "need", "hope", "like", "propose", "urge")
            for c in tok.head.children):
        return True
    # "To our congressional delegation I say this: require ICE agents to ...": an imperative addressed to Congress
    if tok.tag_ == "VB" and not any(c.dep_ == "aux" or (c.dep_ == "nsubj" and c.i < tok.i and not any(
            x.text == ":" for x in tok.doc[c.i:tok.i])) for c in tok.children) \
            and _ADDRESSED_TO_CONGRESS.match(tok.doc.text):
        return True
    # "called on Congress to reform ICE by requiring ...", "urged lawmakers to abolish ICE"
    return any(t.lemma_.lower() in R.DEMAND and t.i != tok.i for t in path)


_ADDRESSED_TO_CONGRESS = re.compile(r"^\W*To (?:our |the )?(?:congressional delegation|Congress|members of Congress"
                                    r"|(?:our )?(?:representatives|delegation) in (?:Congress|Washington))\b", re.I)


_SIGNED_LAWS = {"bill", "law", "order", "ordinance", "resolution", "legislation", "measure", "statute", "amendment",
                "directive", "regulation", "bills", "laws", "orders"}


def _congress_subject(tok) -> bool:
    """The trigger's subject is Congress: what Congress should require of ICE is a call for reform."""
    subj = set(_subject_tokens(tok))
    if tok.dep_ == "xcomp" or _ordered_infinitive(tok):
        subj |= {c for c in tok.head.children if c.dep_ == "nsubj"}
        # "I ask Congress to require ...", "We urge Congress to ...": the one asked acts
        subj |= {c for c in tok.head.children if c.dep_ == "dobj" and tok.head.lemma_.lower() in _CALL_VERBS}
        # "She called on Congress to end ICE's reliance on ..."
        subj |= {g for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "on"
                 and tok.head.lemma_.lower() in _CALL_VERBS for g in c.children if g.dep_ == "pobj"}
    if not any(t.lower_ == "congress" or (t.lemma_.lower() == "delegation" and any(
            c.lower_ == "congressional" for c in t.children)) for t in subj):
        return False    # (or "the state's congressional delegation")
    # "require ICE officers to wear body cameras" (not "require local jails to honor detainers")
    bound = [c for c in tok.children if c.dep_ == "dobj"] + [
        g for c in tok.children if c.dep_ in ("xcomp", "ccomp") for g in c.children if g.dep_ == "nsubj"]
    return tok.lemma_.lower() != "require" or any(
        _FEDERAL_AGENTS.search(" ".join(t.text for t in c.subtree)) for c in bound)


#: asking someone to act
_CALL_VERBS = frozenset(("ask", "urge", "call", "implore", "beg", "press", "encourage", "invite", "challenge"))


def _asked_of_agency(tok) -> bool:
    """"calls on ICE to stop making arrests near schools", "We urge the Department of Homeland Security to end
    ...": a call on the federal agency itself to stop or limit what it does."""
    first = _first_conjunct(tok)     # "calls on ICE to unmask its agents and to stop worksite raids"
    head = first.head
    if first.dep_ not in ("xcomp", "advcl", "ccomp") or head.lemma_.lower() not in _CALL_VERBS | {"demand"} \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) or _negated(head):
        return False
    asked = [c for c in head.children if c.dep_ == "dobj"] + [
        g for c in head.children if c.dep_ in ("prep", "prt") and c.lower_ == "on" for g in c.children if g.dep_ == "pobj"]
    return any(_FEDERAL_AGENTS.search(" ".join(t.text for t in a.subtree)) for a in asked)
#: ICE and its officers as the ones a reform would bind
_FEDERAL_AGENTS = re.compile(r"^(?:all |every |the )?(?:ICE|immigration|federal immigration|DHS|Border Patrol|CBP"
                             r"|(?:U\.S\. )?Immigration and Customs Enforcement|Department of Homeland Security)\b"
                             r"(?:['\u2019]s)?(?: \w+)?(?: (?:officers?|agents?|personnel))?\b", re.I)


def _court_appeal(tok) -> bool:
    """"appealed the ruling", "the city appealed": a court filing, not "appealed to voters"."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "to":
            return any(R.CUES["court_words"].search(t.text) for t in c.subtree)
        if c.dep_ == "dobj" and not (c.lemma_.lower() in _TIME_NOUNS and any(
                d.lower_ in ("the", "that", "this", "next", "following", "same") for d in c.children)):
            # ("appealed the following day": a time, not what is appealed)
            return bool(R.CUES["court_words"].search(" ".join(t.text for t in c.subtree))) or \
                c.lemma_.lower() in ("decision", "order", "judgment", "ruling", "injunction", "verdict")
    return True


def _local_official_object(tok, S) -> bool:
    """"accused the mayor of ...": the object is a person holding a local or state office, or a place."""
    for c in tok.children:
        if c.dep_ == "dobj":
            ids = {t.i for t in c.subtree}
            for p in S.within(S.people, ids):
                if (p.get("level") or "") in ("state", "county", "city"):
                    return True
            if any(p.get("kind") in ("state", "county", "city") for p in S.within(S.places, ids)):
                return True      # "accused Hartford and Bridgeport of ..."
    return False


_STANCE_PEOPLE = {"supporter", "opponent", "critic", "proponent", "advocate", "backer", "sponsor", "author", "foe"}


def _mentioned_by_people(tok) -> bool:
    """"supporters of the mask ban": a measure named through the people for or against it."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in _STANCE_PEOPLE


def _linear_texts(tok, width: int = 30, stop_at_subject: bool = True):
    """The words after a verb trigger up to a semicolon or the sentence end: a fallback scope
    when the parse attached part of the object elsewhere ("bars agencies from sharing
    addresses, photos and other data with ICE")."""
    out = []
    for t in tok.doc[tok.i: tok.i + width]:
        if t.text in (";", ":") or (t.dep_ == "mark" and t.i > tok.i) or (
                stop_at_subject and t.dep_ == "nsubj" and t.i > tok.i and not _aside_included(t)):
            break
        out.append(t)
    return _scope_texts(out)


def _aside_included(t) -> bool:
    """``t`` is the subject of an aside between commas that the parse made a clause: "forbids landlords, public
    housing agencies included, to disclose ...", "to any officer, ICE agents included, without ..." (the sentence
    goes on past it)."""
    head = t.head
    return head.lower_ in ("included", "excluded", "excepted", "aside") and 0 < head.i - t.i <= 4 \
        and head.i + 1 < len(head.doc) and head.doc[head.i + 1].text == ","


def _law_author(tok):
    """The verb that enacted the law a relative clause describes ("signed the bill into law, which
    bars ...", "passed an ordinance that limits ..."), or None."""
    if tok.dep_ not in ("relcl", "acl") or tok.head.lemma_.lower() not in R.INSTRUMENT_NOUNS:
        return None
    t = tok.head
    prep = None
    for _ in range(4):
        # ("filed Senate Bill 3117, the Guard Homefront Act, which would ...": the name the parse hung on the verb)
        if t.dep_ in ("dobj", "pobj", "prep", "nsubjpass", "appos", "conj", "npadvmod") and t.head.i != t.i:
            if t.dep_ == "prep":
                prep = t.lower_
            t = t.head
            if _is_verbal(t) and t.lemma_.lower() in R.ENACT | {"issue", "introduce", "approve", "sign", "file", "prefile",
                                                                 "sponsor"}:
                return t
            if _is_verbal(t) and t.lemma_.lower() == "vote" and prep == "for":
                return t        # "voted 7-2 for a resolution that condemns the arrests": the voters'
        else:
            return None
    return None


def _addressees(tok, path, S, juris) -> list:
    """Places a governing verb of telling or writing addresses ("told Hartford and New Haven that ...",
    "wrote to the mayors of X and Y that ...")."""
    for t in path[1:]:
        if t.lemma_.lower() not in ("tell", "notify", "warn", "inform", "write", "send", "letter", "remind", "give"):
            continue
        ids = set()
        for c in t.children:
            if c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ == "to"):
                ids |= {g.i for g in c.subtree}
        found = [p for p in S.within(S.places, ids) if p.get("kind") != "country" and p["jid"] != juris]
        if found:
            return found
    return []


def _voted_down(tok) -> bool:
    """The trigger is what a motion or proposal that was voted down would have done."""
    if any(a.lemma_.lower() == "move" and _is_verbal(a) for a in list(tok.ancestors)[:3]) and re.search(
            r"\b(?:the|that|her|his) motion (?:died|failed|was (?:defeated|withdrawn|tabled|voted down)|lost)\b",
            tok.doc.text, re.I):
        return True     # "Supervisor X moved to shorten the extension to one year; the motion died for lack of a second"
    for t in [tok, *list(tok.ancestors)[:3]]:
        if t.lemma_.lower() in ("motion", "proposal", "amendment", "measure") and t.dep_ in ("dobj", "nsubjpass", "pobj"):
            v = t.head
            if t.dep_ == "pobj":    # ("voted down a motion", "down" read as a preposition)
                return v.lower_ == "down" and v.head.lemma_.lower() == "vote"
            return (v.lemma_.lower() == "vote" and any(c.dep_ == "prt" and c.lower_ == "down" for c in v.children)) \
                or v.lemma_.lower() in ("reject", "defeat", "table", "kill") and not _negated(v)
    return False


#: a government body's words in a name ("Department lawyers", "the Attorney General's Office")
_GOVERNMENT_BODY = re.compile(r"\b(?:Department|Office|Agency|Bureau|Administration|Division|Service|Commission|Police"
                              r"|Sheriff\w*|Government)\b")


def _common_noun_phrase(text) -> bool:
    """A phrase of common nouns only, after its article ("the collective", "The landscaper"; not "Department
    lawyers", "the Magnolia Project")."""
    rest = re.sub(r"^(?:the|a|an)\s+", "", (text or "").strip(), flags=re.I)
    return bool(rest) and rest == rest.lower()


def _ending_notice(tok) -> bool:
    """"gave ICE our 60-day notice", "gave ICE notice of termination": the notice that ends an agreement."""
    for o in tok.children:
        if o.dep_ == "dobj" and o.lemma_.lower() == "notice":
            words = " ".join(t.lower_ for t in o.subtree)
            return bool(re.search(r"\b\d+\s*-?\s*day\b|\b(?:termination|terminate|withdrawal|withdraw|cancellation"
                                  r"|cancel|exit)\b", words))
    return False


def _state_payer(tok, S: "_Sent"):
    """The state (a place of the state kind, as the subject of "pay", "reimburse") whose money rewards the help the
    trigger tells of, or None."""
    for t in [tok, *list(tok.ancestors)[:3]]:
        if _is_verbal(t) and t.lemma_.lower() in ("pay", "reimburse", "compensate") and t.i < tok.i:
            subj = [c for c in t.children if c.dep_ == "nsubj"]
            if not subj:
                return None
            ps = [p for p in S.within(S.places, {x.i for x in subj[0].subtree}) if p.get("kind") == "state"]
            return ps[0] if ps else None
    return None


def _criticized_for(tok) -> bool:
    """The trigger is the reason given for a reproach: "criticized the Sheriff's Office for releasing 57 people ..."."""
    for t in [tok, *list(tok.ancestors)[:3]]:
        if t.dep_ == "pcomp" and t.head.lower_ == "for" and t.head.head.lemma_.lower() in (
                "criticize", "criticise", "blame", "fault", "rebuke", "scold", "attack", "slam", "chastise", "reprimand"):
            return True
    return False


def _mandated_by_law(tok) -> bool:
    """The trigger is what a numbered section of a law or bill requires of others: "Section 2 would require each
    sheriff whose application is approved to seek renewal of the agreement"."""
    for t in tok.ancestors:
        if _is_verbal(t) and (t.lemma_.lower() in ("require", "mandate", "compel", "direct", "obligate", "force") or (
                t.lemma_.lower() in ("add", "impose", "create") and any(
                    c.dep_ == "dobj" and c.lemma_.lower() in ("duty", "requirement", "mandate")
                    and c.i < tok.i for c in t.children))):
            # (or a duty it adds: "Senate Amendment 1 ... would add a duty to notify ICE 48 hours before ...")
            subj = [c for c in t.children if c.dep_ == "nsubj"]
            head = subj[0] if subj else None
            if head is not None and head.like_num and head.i > 0 and head.doc[head.i - 1].lemma_.lower() in (
                    "section", "amendment", "bill"):
                head = head.doc[head.i - 1]     # ("Senate Amendment 1", the number read as the head)
            return head is not None and head.lemma_.lower() in ("section", "subsection", "bill", "act", "law", "statute",
                                                                "amendment", "provision") \
                and (head.lower_ not in ("act", "law", "statute") or any(
                    c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children))
    return False


def _ice_operations(pdoc) -> frozenset:
    """The named operations ("Operation Midlands Gate") that some sentence of the text ties to ICE or federal
    agents."""
    ops = set()
    for s in pdoc.sentences:
        text = s.text or ""
        if "Operation" in text and R.CUES["ice"].search(" " + text.lower() + " "):
            ops.update(m.group(0) for m in _OP_NAME.finditer(text))
    return frozenset(ops)


def _immigration_head_line(line: str) -> bool:
    """An immigration agency's letterhead line (not the Department of Justice's): "ENFORCEMENT AND REMOVAL OPERATIONS |
    Dallas Field Office"."""
    m = FEDERAL_AGENCY_LINE.match(line)
    return m is not None and "justice" not in m["agency"].lower() and len(line.split()) <= 12


def _federal_parts(text: str) -> tuple:
    """(start, end) of each part of the text (the whole text, or a packet's part below a separator line) whose first
    three lines hold an immigration agency's letterhead: an ICE field office's bulletin, before the sheriff's reply
    printed below it."""
    bounds, pos = [0], 0
    for ln in text.split("\n"):
        pos += len(ln) + 1
        if SEPARATOR_LINE.match(ln):
            bounds.append(pos)
    bounds.append(len(text) + 1)
    out = []
    for a, b in zip(bounds, bounds[1:]):
        head = [ln for ln in text[a:b].split("\n") if ln.strip()][:3]
        if any(_immigration_head_line(ln) for ln in head):
            out.append((a, b))
    return tuple(out)


def _in_federal_part(state, sent) -> bool:
    return any(a <= sent.start < b for a, b in state.federal_parts)


def _told_by_federal(tok, state=None) -> bool:
    """The trigger is in what the immigration agency says: "U.S. Immigration and Customs Enforcement said officers
    arrested 96 people" (`_told_by_federal_side` reads only the broader federal words, which do not name the agency
    spelled out); with ``state``, also what "he" or "she" says when the person named last is federal ("ICE
    spokesperson X said ... He said officers will keep making arrests ...")."""
    for t in tok.ancestors:
        if t.lemma_.lower() in R.SPEECH and _is_verbal(t):
            subj = [c for c in t.children if c.dep_ == "nsubj"]
            if not subj:
                return False
            if state is not None and subj[0].lower_ in ("he", "she"):
                return bool(state.last_person) and state.last_person.get("level") == "federal"
            return bool(R.CUES["ice"].search(" " + " ".join(x.lower_ for x in subj[0].subtree) + " "))
    return False


def _sued_for_helping(tok) -> bool:
    """The locality is sued for helping ICE ("any county still holding ICE detainees", "if the jail
    kept honoring detainers"), not for limiting help."""
    # (a suit brought or filed: what for may hang on the verb, "brings this action to stop the jail from ...")
    top = tok.head if tok.dep_ == "dobj" and not _is_verbal(tok) else tok
    text = " " + " ".join(t.lower_ for t in top.subtree) + " "
    helping = re.search(r"\b(?:hold\w*|honou?r\w*|detain\w*|rent\w*|hous\w*|transfer\w*|cooperat\w*|help\w*"
                        r"|assist\w*|shar\w*)\b", text)
    if helping and re.search(r"\b(?:not|n't|never|no longer)\s+(?:\w+\s+)?$", text[:helping.start()]):
        return False    # "will sue Johnson County if the jail is not honoring detainers by January 15": help withheld
    if helping and re.search(r"\bunless\b", text[:helping.start()]):
        return False    # "will sue the county unless its jail starts holding people on detainers": help demanded
    if any(t.lemma_.lower() in ("stop", "cease", "quit") and t.dep_ == "relcl" for t in tok.subtree):
        return False    # "will sue any city that stops honoring ICE detainers": sued for the help it ends
    if re.search(r"\b(?:(?:stop|cease|quit)\w* (?:immediately )?|to (?:stop|keep|prevent|block|bar|enjoin) (?:[\w'.-]+ )"
                 r"{1,6}?from )(?:hold|honou?r|detain|rent|hous|transferr?|cooperat|help|assist|shar)\w*ing\b", text) \
            and R.CUES["ice"].search(text) and not re.search(r"\bsanctuary\b", text):
        return True     # "sued the sheriff, asking a judge to order the jail to stop holding people for ICE", "brings
        #                 this action to stop the County Jail from holding people on detainers": help ended
    # (or people held on detainers: "Should a sheriff keep holding people on detainers ...", not the word itself:
    # "to void the detainer vote")
    on_detainers = re.search(r"\bdetainers?\b", text) and re.search(r"\b(?:hold|honou?r|rent|hous|transfer)\w*\b", text)
    return bool(helping) and bool(R.CUES["ice"].search(text) or on_detainers) and not re.search(
        r"\b(?:sanctuary|limit\w*|restrict\w*|refus\w*|declin\w*|stop\w*|end\w*|ban\w*|bar\w*|against)\b", text)


#: a local measure a state may ask a court to strike down: "to void the ordinance", "to void the mayor's order"
_LOCAL_MEASURES = frozenset(("ordinance", "resolution", "order", "policy", "rule", "vote", "directive", "measure",
                             "practice"))
_STRIKE_DOWN = frozenset(("void", "overturn", "invalidate", "strike", "nullify", "block", "enjoin", "repeal"))
#: what is done to a measure someone wants gone
_UNDONE = _STRIKE_DOWN | {"rescind", "revoke", "withdraw", "scrap", "abandon"}


#: the local government on whose failure a suit is threatened
_IF_LOCAL = re.compile(r"\b(?:if|unless) (?:the|its) (?:City|County|Town|Village|Borough|Township"
                       r"|(?:(?:City|Common|Town|County|Village) )?Council|Board of (?:Supervisors|Commissioners|Aldermen))\b")
#: a local government asked, before the suit is threatened, to undo its own measure
_LOCAL_REPEAL_ASKED = re.compile(r"\b(?:the|its) (?:City|County|Town|Village|Borough|Township)\b[^.;]{0,60}?"
                                 r"\b(?:repeal|rescind|withdraw|amend)\b")


def _sues_local_party(tok, S) -> bool:
    """The party sued is local, not the federal government: "sued the county", "sue Hinds County",
    "filed suit against Sheriff Pruitt" (a person the people stage placed below the federal level)."""
    if _is_verbal(tok):
        # (not a "that" the parse made the object: "warning that he will sue if the Metro Council does not repeal")
        parties = [c for c in tok.children if c.dep_ == "dobj" and c.lower_ not in ("that", "which")]
        # "would sue any county still holding ICE detainees", read as a clause: its subject is the party
        # (not when the verb has its object: "sued the department that May, and X County joined as plaintiffs")
        if not parties:
            parties += [g for v in tok.children if v.dep_ == "ccomp" for g in v.children if g.dep_ == "nsubj"]
        # "warning that Kansas will sue unless the ordinance is repealed": the local measure the suit is over
        for v in tok.children:
            if v.dep_ == "advcl" and any(m.lower_ in ("unless", "if") for m in v.children) and any(
                    g.dep_ in ("nsubjpass", "nsubj", "dobj") and g.lemma_.lower() in _LOCAL_MEASURES
                    for g in v.children) and v.lemma_.lower() in _STRIKE_DOWN | {"repeal", "rescind", "withdraw"}:
                return True
        # "will sue to void its ordinance": a local measure struck down is the local party's
        for v in tok.children:
            if v.dep_ in ("xcomp", "advcl") and v.lemma_.lower() == "declare" and any(
                    t.lower_ in ("void", "invalid", "unenforceable") for t in v.subtree) and any(
                    t.lemma_.lower() in _LOCAL_MEASURES and not R.CUES["federal"].search(t.lower_) for t in v.subtree):
                return True     # "asks the court to declare Ordinance O-2627-41 void"
            if v.dep_ in ("xcomp", "advcl") and v.lemma_.lower() in _STRIKE_DOWN:
                for g in v.children:
                    if g.dep_ == "dobj" and (g.lemma_.lower() in _LOCAL_MEASURES or g.lower_ == "it" and not
                                             R.CUES["federal"].search(tok.sent.text)) and not (
                            # ("If agents again make civil arrests inside a Delaware courthouse, the Attorney General
                            # will ask a federal court to enjoin the practice": the agents' practice)
                            g.lemma_.lower() == "practice"
                            and re.search(r"\bagents?\b|\bICE\b", tok.sent.text)) and not any(
                            R.CUES["federal"].search(t.lower_) for t in g.subtree):
                        return True
    else:
        holders = [tok] + ([tok.head] if tok.dep_ == "dobj" else [])     # "filed suit against X"
        parties = [g for h in holders for p in h.children if p.dep_ == "prep" and (
                       p.lower_ == "against" or (p.lower_ == "from" and tok.lemma_.lower() in ("penalty", "fine")))
                   for g in p.children if g.dep_ == "pobj"]
        # ("seek civil penalties of $10,000 a day from any municipality that enforces one": whom a penalty is due from)
        # "bring a civil action in district court to enjoin a political subdivision"
        parties += [g for h in holders for v in h.children if v.dep_ in ("advcl", "xcomp", "relcl", "acl")
                    and v.lemma_.lower() in ("enjoin", "compel", "force", "stop") for g in v.children if g.dep_ == "dobj"]
        # "If the Monroe County Council adopts Ordinance 2027-31, this office will bring an action": the local body
        # whose measure the suit answers
        for h in holders[1:] or ([tok.head] if tok.dep_ in ("dobj", "nsubjpass") else []):
            for v in h.children:
                if v.dep_ == "advcl" and any(m.lower_ == "unless" for m in v.children) \
                        and v.lemma_.lower() in _STRIKE_DOWN | {"repeal", "rescind", "withdraw"} and any(
                        g.dep_ in ("dobj", "nsubjpass") and g.lemma_.lower() in _LOCAL_MEASURES for g in v.children):
                    return True     # "would seek civil penalties unless it repealed the ordinance"
                if v.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in v.children) \
                        and v.lemma_.lower() in ("adopt", "enact", "pass", "keep", "maintain", "approve") and any(
                        g.dep_ == "dobj" and g.lemma_.lower() in _LOCAL_MEASURES for g in v.children):
                    parties += [g for g in v.children if g.dep_ == "nsubj"]
    if not parties and not R.CUES["federal"].search(" " + tok.sent.text.lower() + " "):
        # "warned Racine that he will sue on Nov. 8 if the policy is still on the books": the local government warned
        for v in tok.ancestors:
            if v.lemma_.lower() in ("warn", "tell", "notify", "inform", "remind", "caution") and _is_verbal(v):
                warned = {t.i for c in v.children if c.dep_ in ("dobj", "dative") for t in c.subtree}
                if any(p.get("kind") in ("city", "county") for p in S.within(S.places, warned)):
                    return True
                break
    if not parties and (_LOCAL_REPEAL_ASKED.search(tok.sent.text[:max(0, tok.idx - tok.sent.start_char)])
                        or _IF_LOCAL.search(tok.sent.text[tok.idx - tok.sent.start_char:])) \
            and not R.CUES["federal"].search(" " + tok.sent.text.lower() + " ") \
            and not (any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might") for c in tok.children)
                     and not any(a.lemma_.lower() in R.SPEECH | R.THREATEN for a in tok.ancestors)):
        # (not an adviser's forecast: "If the council adopted such an ordinance, the attorney general would almost
        # certainly sue")
        return True     # "demanding that the City repeal Sections 3 through 5 ... and warning that the State would
        #                 sue if it did not", "she will file a civil action to void Section 4 if the City does not
        #                 cure": the local government whose measure the suit is over
    for c in parties:
        if c.lower_ in ("it", "them") and _if_subject_local(c):
            return True     # "If an agency does not comply ..., the OAG will file suit against it"
        text = " ".join(t.text for t in c.subtree)
        # (what the party is sued for may name ICE: "any county still holding ICE detainees")
        head = " ".join(t.text for t in c.subtree if not any(a.dep_ in ("relcl", "acl") and a.i in {
            x.i for x in c.subtree} for a in [t, *t.ancestors] if a.i != c.i))
        if R.CUES["federal"].search(head):
            return False
        # (not the case it is fought in: "challenged the conditions in King County v. X")
        ids = {t.i for t in c.subtree} - {t.i for p in c.children if p.dep_ == "prep" and p.lower_ in ("in", "under")
                                          for t in p.subtree}
        if c.lemma_.lower() in ("department", "agency", "government", "administration") \
                and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children):
            # (not a clause the parse hung on it: "sued the department that May, and Bernalillo County and Salt Lake
            # County joined as plaintiffs")
            ids -= {t.i for r in c.children if r.dep_ in ("relcl", "acl") for t in r.subtree}
        text = " ".join(t.text for t in c.subtree if t.i in ids)
        if any(c in o["tokens"] and _norm_level(o.get("level")) == "federal" for o in S.within(S.orgs, ids)):
            return False    # "would sue the Defense Department ...": a federal body, whatever the words after it name
        if R.CUES["local_target"].search(text) or c.ent_type_ == "GPE" or any(
                p.get("kind") != "country" for p in S.within(S.places, ids)):
            return True
        people = S.within(S.people, ids)
        if people and all(p.get("level") in ("city", "county", "state") for p in people):
            return True
    return False


_LOCAL_BODY_NOUNS = _LOCAL_PAYEES | {"agency", "department", "official", "office", "subdivision", "government"}


def _past_practice(t) -> bool:
    """A verb in the past or the perfect, with no modal: "has released people held only on a detainer unless a
    judge has signed a warrant" is a practice with its exception, not a threat."""
    kids = [c for c in t.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ == "MD" for c in kids):
        return False
    return t.tag_ == "VBD" or (t.tag_ == "VBN" and any(c.lemma_.lower() == "have" for c in kids))


def _if_subject_local(pron) -> bool:
    """"it"/"them" stands for the subject of the sentence's own "if" clause, and that is a local body ("If an
    agency does not comply within 30 days, the OAG will file suit against it")."""
    for t in pron.sent:
        if t.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in t.children):
            if any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _LOCAL_BODY_NOUNS for c in t.children):
                return True
            if any(c.dep_ == "nsubj" and c.lemma_.lower() in _BODIES - {"court", "jury", "legislature", "assembly"}
                   for c in t.children) and any(c.dep_ == "dobj" and c.lemma_.lower() in _POLICY_NOUNS
                                                for c in t.children):
                return True     # "If the Commission adopts Order 2027-22, this office will file suit to enjoin it"
    for t in pron.sent:
        if t.lemma_.lower() in ("warn", "tell", "notify", "inform", "caution", "threaten") and t.i < pron.i and any(
                c.dep_ == "dobj" and (c.lemma_.lower() in _LOCAL_BODY_NOUNS or c.ent_type_ == "GPE"
                                      or R.CUES["local_target"].search(" ".join(x.lower_ for x in c.subtree)))
                for c in t.children):
            return True     # "warned the city of Columbia that the state would take it to court": the one warned
    return False




#: what a judge may issue or write that is no ruling
_NOT_RULINGS = frozenset(("statement", "release", "letter", "comment", "post", "column", "op", "editorial", "memo",
                          "apology", "proclamation", "memorandum", "message", "remark", "speech", "announcement"))


def _generic_court(tok) -> bool:
    """"a subdivision that a court finds in violation", "if any judge orders": a court in a rule's
    condition, not a court acting; "Judge X issued a written statement condemning ...": a judge
    (or a Texas county judge) speaking, not ruling."""
    if tok.lemma_.lower() in ("issue", "write") and any(
            c.dep_ == "dobj" and c.lemma_.lower() in _NOT_RULINGS for c in tok.children):
        return True
    subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subj and subj[0].lower_ in ("courts", "judges") and not any(d.dep_ in ("det", "poss") for d in subj[0].children):
        return True     # "We will update this explainer as courts rule": courts in general
    if subj and any(d.lower_ in ("a", "an") for d in subj[0].children if d.dep_ == "det") and any(
            c.dep_ == "aux" and c.lower_ in ("will", "would", "could", "may", "might") for c in tok.children):
        return True     # "A court will decide if it comes to that": some court, some day
    if not subj or not any(d.lower_ in ("a", "an", "any", "no") for d in subj[0].children if d.dep_ == "det"):
        return False
    return tok.dep_ == "relcl" or (tok.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("if", "unless", "until", "once", "whenever", "because") for c in tok.children))


def _subject_role_matches(tok, rule, S) -> bool:
    """The subject is a person whose role the rule's actor pattern names: "Trevathan-Kuhn granted the motion",
    after "Judge Marisol Trevathan-Kuhn" (the people stage lends the role to the surname)."""
    ids = {t.i for t in _subject_tokens(tok)}
    return bool(ids) and any(re.search(rule.actor_pattern, p.get("role") or "", re.I)
                             and any(t.i in ids for t in p.get("tokens") or ()) for p in S.people)


def _sent_to_do(tok, rule) -> bool:
    """"a dispatcher sent a patrol unit to direct traffic": the unit sent does what it was sent for (the rule's actor
    pattern matches the object of the sending verb)."""
    return tok.dep_ in ("xcomp", "advcl") and tok.head.lemma_.lower() in (
        "send", "assign", "dispatch", "deploy", "detail", "order") and any(
        re.search(rule.actor_pattern, " ".join(t.text for t in c.subtree), re.I)
        for c in tok.head.children if c.dep_ == "dobj")


def _subject_may_match(tok, rule) -> bool:
    """Early check of a rule's actor pattern on the trigger's subject (a candidate that can
    give no row must not prune the others: "The Court held a hearing")."""
    subj = _subject_text(tok)
    if not subj and tok.i > 0 and tok.doc[tok.i - 1].pos_ == "PRON":
        subj = tok.doc[tok.i - 1].text
    if not subj and tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.pos_ in ("NOUN", "PROPN") \
            and tok.head.lemma_.lower() in R.INSTRUMENT_NOUNS and tok.head.dep_ in ("dobj", "pobj") \
            and tok.head.lemma_.lower() not in ("order", "ruling", "decision", "judgment"):
        subj = tok.head.text    # ("issued a directive ordering that officers ...": the directive orders, no court)
    # ("he dismissed the case": a pronoun is checked on the person it stands for, in _rows_for)
    if _sent_to_do(tok, rule):
        return True
    return not subj or subj.lower() in ("he", "she") or bool(re.search(rule.actor_pattern, subj, re.I)) or (
        rule.name == "court_verbs" and _judge_named(tok))


def _answers_pressure(tok, state, si) -> bool:
    """"The governor objected the same day": an objection with no object of its
    own, right after a sentence reporting federal pressure, is aimed at it."""
    return si - state.last_pressure_sent == 1 and _is_verbal(tok) and not any(
        (c.dep_ in ("dobj", "ccomp", "xcomp") and c.ent_type_ not in ("DATE", "TIME")
         and c.lemma_.lower() not in _WHEN_NOUNS)
        or (c.dep_ == "prep" and c.lower_ in ("to", "against"))
        for c in tok.children)


_PROHIBIT_RULE = R.Rule(name="prohibit_assist", types={R.FED: None, R.NONFED: "bar_local_cooperation",
                                                        R.UNK: "bar_local_cooperation"}, base=0.55)


_ONLY_IF_RULE = R.Rule(name="allowed_only_if", types={R.FED: None, R.NONFED: "bar_local_cooperation",
                                                      R.UNK: "bar_local_cooperation"}, base=0.5)
_NO_HELP_RULE = R.Rule(name="prohibit_help", types={R.FED: None, R.NONFED: "affirm_sanctuary",
                                                     R.UNK: "affirm_sanctuary"}, base=0.55)
_REQUIRE_RULE = R.Rule(name="operative_duty", types={R.FED: None, R.NONFED: "expand_cooperation",
                                                     R.UNK: "expand_cooperation"}, base=0.55)
#: what one supports when the support is a stance, not help given ("support legislation requiring ...")
_SUPPORTED_POLICIES = R.INSTRUMENT_NOUNS | {"reform", "effort", "plan", "idea", "call", "push", "change", "ban",
                                           "moratorium", "application", "permit", "proposal", "project"}
_GENERAL_HELP = {"assist", "help", "aid", "cooperate", "collaborate", "support", "participate", "work", "partner"}
#: a government's means of help, not a place (what "the use of county funds, equipment or buildings" withholds)
_MEANS = re.compile(r"\b(funds?|money|personnel|equipment|resources|vehicles|staff)\b", re.I)
_RESOURCES = re.compile(r"\b(funds?|money|personnel|facilit\w+|equipment|resources|vehicles|property|time)\b", re.I)
_SANCTIONS = re.compile(r"\b(penalt\w+|fines?|removal from office|ineligible|liable|guilty|misdemeanor|felony"
                        r"|forfeit\w*|void)\b", re.I)


_QUANTIFIERS = {"every", "each", "any", "all", "a", "an", "no"}


def _shall_in(tokens) -> bool:
    """An operative "shall" on one of ``tokens`` (a law or order in force; a bill's "would ... shall" is not)."""
    return any(c.dep_ == "aux" and c.lower_ == "shall" for t in tokens for c in t.children) \
        and not any(x.lower_ == "would" for x in (tokens[0].doc if tokens else ()))


#: the words between two places of one group: "X County and the City of Y", "X, Y or Z"
_JOINED_PLACES = re.compile(r"^\s*(?:,\s*)?(?:(?:and|or)\s+)?(?:the\s+)?(?:(?:City|County|Town|Village|State)\s+of\s+)?$")


def _parties_ruled_on(tok, S) -> list[dict]:
    """The governments a court's disposition names after "as to" or "against" ("GRANTED as to the City of Seattle
    and King County and DENIED ... as to the State of Washington", "ENJOINED from enforcing the Conditions against
    Seattle or King County"), in order, each once."""
    text = S.sent.text
    m = re.search(r"\b(?:as to|against)\b", text[tok.idx:])
    govs = sorted((p for p in S.places if p.get("kind") in ("state", "county", "city")), key=lambda p: p["a"])
    picked = [p for p in govs if p["a"] >= tok.idx + m.start()] if m is not None else []
    if not picked:
        # the parties named as one group where the ruling puts them: "The motion of X County and the City of Y is
        # GRANTED", "finds that X County and Y are likely to succeed", "ENJOINED from withholding funds from X
        # County or Y"
        spans = []
        for v in [tok] + [c for c in tok.children if c.dep_ in ("ccomp", "xcomp")]:
            spans += [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
        spans += [t for t in tok.subtree if t.dep_ == "pobj" and t.head.lower_ == "from" and t.head.head.i != tok.i]
        toks = {t.idx for sp in spans for t in sp.subtree}
        picked = [p for p in govs if p["a"] in toks]
        if len({p.get("jid") for p in picked}) < 2 or any(
                not _JOINED_PLACES.match(text[p["b"]:q["a"]])
                for p, q in zip(picked, picked[1:])):
            return []   # (one group, "X County and the City of Y", not "Judge X in Cincinnati ... a man from Hamilton")
    out, seen = [], set()
    for p in picked:
        if p.get("jid") not in seen:
            seen.add(p.get("jid"))
            out.append(p)
    return out


def _shall_subjects(tok):
    """The subjects of the operative "shall" the trigger hangs on: its own, its governing verb's ("no officer shall
    spend time helping ..."), or the verb above the subject it describes ("Every sheriff holding a person named in
    a detainer shall keep that person in custody")."""
    verbs = [tok]
    if tok.dep_ in ("xcomp", "advcl", "conj", "pcomp"):
        verbs.append(tok.head)
    if tok.dep_ in ("acl", "relcl") and tok.head.dep_ in ("nsubj", "nsubjpass"):
        verbs.append(tok.head.head)
    for v in verbs:
        if _shall_in([v]):
            subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                yield subj


def _none_shall(tok) -> bool:
    """A "shall" whose subject is "no ...": "no City officer or employee shall spend City time or money helping
    federal agents" forbids the help."""
    return any(any(d.dep_ == "det" and d.lower_ == "no" for d in s.children) for s in _shall_subjects(tok))


def _operative(tok) -> bool:
    """An operative "shall" of a law or order binding a class of agencies or officers ("every law
    enforcement agency shall comply with a detainer", "a sheriff who receives a detainer shall ..."),
    not a named one ("the Department of Correction shall honor every detainer" is the state's own act)."""
    return any(any(d.dep_ == "det" and d.lower_ in _QUANTIFIERS for d in s.children) or (
        s.tag_ == "NNS" and not any(d.dep_ in ("det", "poss") for d in s.children)
        and s.lemma_.lower() not in _OWN_UNITS) for s in _shall_subjects(tok))


#: an agency's own units and staff: "Facilities shall release such an inmate directly to ICE officers" in a state
#: corrections directive is the department's own act, not a mandate on every local body
_OWN_UNITS = frozenset(("facility", "staff", "employee", "superintendent", "member", "personnel", "deputy", "warden",
                        "supervisor", "institution", "unit", "division", "bureau", "dispatcher", "trooper"))


def _class_described(tok) -> bool:
    """The trigger is (in) a present-tense relative clause on an "every"/"each"/"any"/"all" noun in a requirement
    ("requiring every state trooper who assists a federal immigration operation to display ..."): a class of
    people the rule reaches, not an act."""
    for t in [tok, *list(tok.ancestors)[:3]]:
        if t.dep_ in ("advcl", "xcomp", "ccomp"):
            return False    # ("every sheriff who operates a jail to check ...": the duty, hung on the clause)
        if t.dep_ == "relcl" and t.tag_ in ("VBZ", "VBP") and any(
                d.dep_ == "det" and d.lower_ in _CLASS_WORDS for d in t.head.children) and any(
                a.lemma_.lower() in R.OBLIGATION for a in t.head.ancestors):
            return True
        if t.dep_ == "relcl" and t.tag_ in ("VBZ", "VBP") and t.head.dep_ in ("nsubj", "dobj") \
                and tok.lemma_.lower() in _REFUSALS | {"disregard"} and any(
                _SANCTIONS.fullmatch(c.lower_) for c in t.head.head.subtree if c.i > t.head.i):
            return True     # "would make a sheriff who ignores a detainer personally liable": whom a penalty reaches
    return False


def _in_relcl(tok) -> bool:
    """The trigger describes someone in a relative clause ("any official who adopts ...")."""
    return any(t.dep_ == "relcl" for t in [tok] + list(tok.ancestors)[:3])


_DIRECTIVE_VERBS = {"instruct", "direct", "tell", "order", "require", "command"}


_EVERY_MUST = re.compile(r"\b(?:[Ee]very|[Ee]ach|[Aa]ll|[Aa]ny)\s+(?:[\w'-]+\s+){0,3}?(?:must|shall)\s+\w+")


def _mandate_on_all(tok) -> bool:
    """"The sheriff of each parish shall enter into ...", "every county must sign ...": a duty laid on
    every place of a kind (a law's mandate), not one body's act; also a verb joined to it ("must hold ...
    and notify ICE beforehand")."""
    first = tok
    while tok.dep_ == "conj" and tok.head.i != tok.i and _is_verbal(tok.head) \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        tok = tok.head
    if not any(c.dep_ == "aux" and c.lower_ in ("shall", "must") for c in tok.children):
        # "every jail must ask ICE about any person charged with a felony and honor a resulting detainer": the
        # second verb hung on the participle by the parser
        before = first.doc[first.sent.start: first.i].text
        m = _EVERY_MUST.search(before)
        return bool(m) and re.search(r"\band\b", before[m.end():]) is not None and first.dep_ == "conj"
    subj = _subject_tokens(tok)
    return any(t.lower_ in ("each", "every", "all", "any") and t.dep_ in ("det", "amod", "predet") for t in subj)


#: "No political subdivision shall ...", "(1) No county or city may ...": a prohibition the parser may mangle
_NO_ONE_SHALL = re.compile(r"^\W*(?:\(?\w{1,3}[.)]\s*)?No\s+(?:[\w-]+,?\s+){0,5}?(?:shall|may)\b")


_ADOPT_POLICY = re.compile(r"\b(?:adopt|enact|enforce|keep|maintain|implement|pass)\w*\b(?:\s+[\w,-]+){0,6}?\s+"
                           r"(?:polic(?:y|ies)|ordinances?|resolutions?|rules?|practices?)\b", re.I)


def _no_one_may_adopt(text: str, tok) -> bool:
    """"No county or municipality may adopt or keep a policy restricting ...": the limit is what is forbidden
    (read from the words, where the parser hangs the limiting verb on something else)."""
    m = _NO_ONE_SHALL.match(text)
    if m is None or tok.idx < m.end():
        return False
    return bool(_ADOPT_POLICY.match(text, m.end() + (len(text[m.end():]) - len(text[m.end():].lstrip()))))


def _prohibited(tok) -> bool:
    """"may not", "shall not", "no officer may": a prohibition, not a refusal reported. Also the
    purpose of a prohibited act: "No department shall use city funds to assist ICE", and a verb
    sharing its "shall" ("no city shall adopt or enforce ...")."""
    if tok.dep_ in ("xcomp", "advcl") and tok.head.i != tok.i and _is_verbal(tok.head) \
            and any(c.lower_ == "to" for c in tok.children) and _prohibited(tok.head):
        return True
    if tok.dep_ == "pcomp":     # "No member shall initiate a stop for the purpose of determining ...": its purpose
        ups = list(tok.ancestors)[:8]
        if any(x.lemma_.lower() in ("purpose", "goal", "aim") for x in ups[:4]) and any(
                _is_verbal(a) and a.dep_ != "pcomp" and _prohibited(a) for a in ups):
            return True
    head = tok.head
    while head.dep_ == "conj" and not _is_verbal(head) and head.head.i != head.i:
        head = head.head    # "shall not stop, detain or arrest": a verb the model tagged as a noun in between
    if tok.dep_ == "conj" and head.i != tok.i and _is_verbal(head) and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux") for c in tok.children) and _prohibited(head):
        return True
    if tok.dep_ == "advcl" and tok.tag_ == "VB" and tok.head.tag_ == "VB" and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "mark") for c in tok.children) and _prohibited(tok.head):
        return True     # "No agency may enter into, renew or carry out ...": a bare verb of the list the parse hung
        #                 on the first as a clause, sharing its modal
    if tok.dep_ in ("xcomp", "ccomp") and tok.head.lemma_.lower() in _DIRECTIVE_VERBS and _negated(tok) \
            and any(c.lower_ == "to" for c in tok.children):
        return True     # "instructs teachers not to help agents": a directive against it
    if tok.dep_ in ("xcomp", "ccomp", "advcl") and tok.head.lemma_.lower() in ("forbid", "prohibit") \
            and any(c.lower_ == "to" for c in tok.children):
        return True     # "Section 4 forbids jails to give ICE a release date": a prohibition
    if not any(c.dep_ == "aux" and c.lower_ in ("may", "shall", "can", "must") for c in tok.children) or any(
            c.dep_ == "aux" and c.lemma_.lower() == "have" for c in tok.children):
        return False    # ("may not have honored": a guess about the past)
    if _negated(tok):
        return True
    return any(c.dep_ in ("nsubj", "nsubjpass") and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
               for c in tok.children)


_FED_PRESSURE_RULES = {"ultimatum", "request_deadline", "designate_sanctuary", "withhold_funding", "lose_funding",
                       "target_officials", "federal_criticism", "deployment", "sue"}
_ARGUE = {"argue", "claim", "allege", "contend", "say", "assert", "charge", "maintain", "cite"}
_JOB_VERBS = {"direct", "lead", "run", "oversee", "head", "manage", "supervise", "coordinate", "command", "chair"}
_EVENT_SUBJECTS = {"day", "week", "month", "year", "session", "sessions", "meeting", "hearing", "debate", "night",
                   "morning", "evening", "afternoon", "weekend", "season", "term"}
#: an objection's time, not its object: "objected the same day"
_WHEN_NOUNS = {"day", "morning", "evening", "night", "afternoon", "week", "month", "year", "time", "hour"}


_STATUTES = {"law", "act", "statute", "bill", "legislation", "code", "constitution"}
_NOT_STATE = {"ordinance", "resolution", "federal", "congress", "city", "county", "municipal", "u.s.", "national"}


def _state_statute(tok) -> bool:
    """The clause's subject is a statute not marked local or federal ("The law", "That 2019 state law",
    "The Community Trust Act (S.5218)"): laws, acts and bills are passed by states."""
    subj = _subject_tokens(tok)
    words = {t.lemma_.lower() for t in subj} | {t.lower_ for t in subj}
    inside = {t.i for t in subj}
    head = sorted((t for t in subj if t.head.i not in inside), key=lambda t: t.i)   # the phrase's own head
    if not head or words & _NOT_STATE:
        return False
    # "Senate Bill 1742": the head is the bill word or, read as a number, the number it compounds
    names = [head[0]] + [c for c in head[0].children if c.dep_ == "compound"]
    if any(t.lemma_.lower() in _STATUTES or t.lower_ in _STATUTES for t in names):
        return True
    # "SB 140 would ...", "House Bill 318 would ...": the small model makes the number the subject and
    # leaves the bill word outside it
    h = head[0]
    return h.like_num and len(head) == 1 and bool(_BILL_ID_END.search(h.doc[max(0, h.i - 2):h.i + 1].text))


def _subject_tokens_text(tok) -> str:
    """The subject phrase of the trigger's clause, from a conjoined verb to the first (see _subject_tokens)."""
    return " ".join(t.text for t in sorted(_subject_tokens(tok, conj=True), key=lambda t: t.i))


def _subject_text(tok, deps=None) -> str:
    """The words of the trigger's subject phrase in text order (``deps``: only tokens with these labels).
    (A set of tokens iterates in an order that changes from run to run; joined unsorted, "the Justice
    Department" could read "Department the Justice".)"""
    return " ".join(t.text for t in sorted(_subject_tokens(tok), key=lambda t: t.i) if deps is None or t.dep_ in deps)


def _subject_tokens(tok, conj: bool = False) -> set:
    """The subject phrase of the trigger's clause (climbing xcomp/ccomp chains to the nearest subject; with
    ``conj``, from a conjoined verb to the first: "must check in ..., show identification and ...")."""
    v = tok.head if not _is_verbal(tok) and _is_verbal(tok.head) else tok
    climb = ("xcomp", "ccomp", "advcl", "conj") if conj else ("xcomp", "ccomp", "advcl")
    for _ in range(4):
        subj = {g for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "csubj") for g in c.subtree}
        if subj or v.dep_ not in climb or v.head.i == v.i:
            return subj
        v = v.head
    return set()


def _signed(tok) -> bool:
    """An agreement noun that someone signed or reached ("a deal signed last week", "signed a contract")."""
    if tok.head.lemma_.lower() in R.SIGNING and tok.dep_ in ("dobj", "nsubjpass", "pobj"):
        return True
    return any(c.dep_ in ("acl", "relcl", "amod") and c.lemma_.lower() in R.SIGNING for c in tok.children)


def _obligated(tok, path) -> bool:
    """A duty: 'must report', 'requires ... to report', 'would have to display', 'reporting requirement'."""
    for t in path:
        if t.lemma_.lower() in R.OBLIGATION and t.i != tok.i:
            return True
        if any(c.dep_ == "aux" and c.lower_ in ("must", "shall") for c in t.children):
            return True
        if t.lemma_.lower() in ("have", "need") and t.i != tok.i and any(
                c.lower_ == "to" for c in tok.children):
            return True
        if t.lower_ in ("required", "obliged", "obligated") and t.i != tok.i:
            return True
    return any(c.lemma_.lower() in ("requirement", "mandate", "rule") for c in tok.head.children) or \
        tok.head.lemma_.lower() in ("requirement", "mandate")


#: rules whose scope states what others must (not) do: nested triggers are their content
_CONTENT_RULES = {"require_cooperation", "require_detainers", "ban_sanctuary", "bar_cooperation", "stop_cooperation", "restrict_sites", "keep_from",
                  "mask_ban", "require_identification", "refuse_detainers", "refuse_cooperation"}


#: court verbs that are a court's act only with these objects
_COURT_SCHEDULE = {"set": frozenset(("hearing", "trial", "argument", "arguments")),
                   "enter": frozenset(("judgment", "injunction", "decree", "verdict"))}
#: requests for records: what the records are about is no act of the sentence
_RECORDS_RULES = {"records_request", "ask_ice_for_records", "ask_jail_for_records", "letter_for_records"}
#: rules whose candidates often give no row (checked later): they never prune other triggers
_WEAK_RULES = {"statement", "call_names"}
#: local participation in a federal operation: the operation keeps its own row (vocabulary: joint operations)
_JOINT_RULES = {"cooperate", "give_access", "honor_detainers", "ride_with_agents"}
_AGREEMENT_RULES = {"end_agreement", "not_renew", "enter_agreement", "keep_agreement", "contract_with"}
_HARD = {"difficult", "hard", "impossible", "unlikely", "unable", "tough"}


def _same_codes(a: R.Rule, b: R.Rule) -> bool:
    return bool({v for v in a.types.values() if v} & {v for v in b.types.values() if v})


def _agreement_purpose(verb, tok) -> bool:
    """``tok`` says what the agreement that ``verb`` makes, keeps or ends is for: it follows the agreement noun
    (the verb's object) in the same clause ("renewed its contract to house ICE detainees")."""
    noun = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
                 and R.CUES["agreement_word"].search(" ".join(t.text for t in c.subtree))), None)
    if noun is None or tok.i <= noun.i:
        return False
    t = tok
    while t.i != verb.i and t.head.i != t.i:
        if t.dep_ in ("conj", "ccomp", "advcl", "parataxis"):
            return False
        t = t.head
    return t.i == verb.i


def _operation_told_in_clause(tok, rule) -> bool:
    """An operation named with a clause of its own that tells who carries it out ("ordered troopers to support
    Operation X, which ICE began in Memphis and Nashville on Monday"): an act of its own, not the order's content."""
    return rule.name == "operation_nouns" and any(
        c.dep_ == "relcl" and any(g.dep_ == "nsubj" and R.CUES["federal"].search(
            " " + " ".join(x.lower_ for x in g.subtree) + " ") for g in c.children)
        for t in [tok, tok.head] for c in t.children)


def _prune_nested(cands) -> list:
    """Drop triggers that are the content of another trigger in the sentence.

    * inside the scope of a prohibiting/refusing trigger (its lemma is a
      blocker: "bans police | from working with ICE");
    * under a trigger of a rule that sets duties for others ("ordered jails
      to honor detainers" is one ``expand_cooperation``, not also ``assist_ice``);
    * under a trigger of the same rule ("indicted ... on charges");
    * shootings and killings mentioned inside another action's clause.
    """
    out = []
    for c in cands:
        tok, rule = c[0], c[1]
        if _operation_told_in_clause(tok, rule):
            out.append(c)
            continue
        anc = {a.i for a in tok.ancestors}
        drop = False
        for o in cands:
            otok, orule, osc = o[0], o[1], o[2]
            if otok.i == tok.i:
                if rule.name == "federal_criticism" and orule.name in ("litigant_challenge", "fight_in_court"):
                    drop = True     # "the United States challenges the state statute": a suit, not words against it
                if rule.name == "document_verbs" and orule.name == "publish_request_counts":
                    drop = True     # "will log every federal immigration arrest ... and publish the count each month":
                    #                 a count for the public, not a record of misconduct
                if drop:
                    break
                continue
            if rule.name == "document_bodies" and orule.name in ("reporting_mandate", "publish_request_counts") \
                    and tok.dep_ == "dobj" and otok.head.i == tok.head.i:
                drop = True     # "directs the Justice Center to report every ICE request": the one told to report
                break
            if orule.name == "operation_verbs" and not any(c.dep_ in ("nsubj", "agent") for c in otok.children):
                continue    # "were arrested during an operation": the verb names no one; the noun is the act
            in_scope = any(t.i == tok.i for t in osc) and not any(
                c.dep_ in ("advcl", "relcl") and tok in c.subtree for c in otok.children)
            # (a verb of its own joined to the other: "would bar city police from ... and reaffirm X as a welcoming
            # city", the repaired parse's conjunct with its own object)
            joined = tok.dep_ == "conj" and tok.head.i == otok.i and _is_verbal(tok) and tok.tag_ == "VB" \
                and otok.lemma_.lower() in R.BAR_VERBS and any(c.dep_ == "dobj" for c in tok.children) \
                and (not any(c.dep_ == "aux" for c in tok.children) or (
                    # (or a second infinitive: "voted to bar city police from ... and to declare X a welcoming city";
                    # not what is asked of someone, "urged Congress to end ... and to bar ICE from ...")
                    any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in otok.children)
                    and otok.head.lemma_.lower() not in _ASKING_VERBS))
            # (or what a finite obligation joined to the bar requires: "bars jails from ... and requires each sheriff
            # to report every ICE request")
            # (or a clause with a subject of its own: "The Act bars civil immigration arrests inside courthouses, and
            # agencies may not lend vehicles or staff to any civil immigration operation")
            # (of another code: not "has barred cities ... since 2018, and violators can lose state funding", the
            # same law's penalty)
            joined = joined or (tok.dep_ == "conj" and tok.head.i == otok.i and _is_verbal(tok) and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON" for c in tok.children)
                and rule.types != orule.types)    # (not "... but it lets sheriffs tell ICE": the same law told on)
            joined = joined or (tok.dep_ == "xcomp" and tok.head.lemma_.lower() in R.OBLIGATION
                                and tok.head.dep_ == "conj" and tok.head.head.i == otok.i
                                and tok.head.tag_ in ("VBZ", "VBD", "VBP") and otok.lemma_.lower() in R.BAR_VERBS)
            if in_scope and otok.lemma_.lower() in R.BLOCKERS and rule.name not in _CONTENT_RULES \
                    and otok.i < tok.i and not (rule.negated and _bar_of(tok) == otok.i) and not joined:
                # (a rule that wants its act negated reads "bars officers from asking ..." as its own negation)
                drop = True
            elif (otok.i in anc or (in_scope and otok.i < tok.i)) and orule.name in _CONTENT_RULES \
                    and rule.name not in _CONTENT_RULES \
                    and not (orule.types.get(R.FED) is None and rule.name in ("designate_sanctuary", "withhold_funding")
                             and rule.types.get(R.NONFED) is None) \
                    and not (rule.name in _REFORM_RULES
                                                                 and orule.name in _REFORM_RULES) and not joined \
                    and not (orule.name == "require_cooperation" and rule.negated and _is_verbal(tok)
                             and tok.lemma_.lower() in _HELP_GIVING and _negated(tok) and _help_withheld([tok])):
                # ("directed the State Patrol to give ICE no help": the order codes nothing, the refusal it orders does)
                drop = True
            elif otok.i in anc and (orule.name == rule.name or (rule.base < 0.5 and orule.name in _AGREEMENT_RULES)
                                    or (_same_codes(orule, rule) and any(t.i == tok.i for t in osc))) \
                    and not (rule.name == "withhold_funding" and tok.dep_ == "conj" and tok.head.i == otok.i
                             and _is_verbal(tok) and any(c.dep_ == "dobj" for c in tok.children)) \
                    and not (tok.dep_ == "conj" and tok.head.i == otok.i and _is_verbal(tok)
                             and tok.lemma_.lower() == otok.lemma_.lower()
                             and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)) \
                    and not (tok.dep_ == "ccomp" and tok.i < otok.i and _is_verbal(tok)
                             and otok.lemma_.lower() not in _TELLING
                             and any(c.dep_ == "nsubj" for c in tok.children)):
                # (nor the same verb again with a subject of its own: "X of Taney County signed her office's agreement
                # in March, and Y of Jasper County signed his in June")
                # (nor a clause with its own subject before the other, joined by the parse as its content: "The X
                # Sheriff's Office honored all 18 detainers ..., and the Y County jails notified ERO ...")
                # (but a second verb with an object of its own: "terminated Holyoke's award and suspended
                # Northampton's", one place each)
                drop = True
            elif orule.name == "call_names" and otok.i in anc and not _is_verbal(tok) and otok.i < tok.i \
                    and rule.types.get(R.NONFED) in _LAW_TYPES | _AGREEMENT_TYPES and any(
                    c.dep_ == "oprd" and tok in c.subtree for c in otok.children) and not any(
                    c.dep_ == "dobj" and c.lower_ in ("what", "which") for c in otok.children):
                drop = True   # 'has called it "the end of pick-and-choose law enforcement"': a name given, no act
                #               (not "ran what it calls Operation Cold Creek": the operation's own name)
            elif orule.name in ("praise", "federal_praise") and rule.name in _AGREEMENT_RULES and not _is_verbal(tok) \
                    and any(p.dep_ == "prep" and p.lower_ == "for" and tok in p.subtree for p in otok.children):
                drop = True   # "thanked the Sheriff's Office for the renewal": what the praise is for
            elif orule.name in _AGREEMENT_RULES and otok.i in anc and rule.types.get(R.NONFED) == "assist_ice" \
                    and _agreement_purpose(otok, tok):
                drop = True   # "renewed its contract to house ICE detainees": what the agreement is for, one act
            elif orule.name in ("sue", "litigant_challenge", "fight_in_court") and _is_verbal(otok) and otok.i < tok.i \
                    and any(c.dep_ == "dobj" and tok in c.subtree for c in otok.children) \
                    and rule.name not in ("sue", "litigant_challenge"):
                drop = True   # "challenge the deployment": the suit's direct object is not a new action
            elif orule.name in ("sue", "litigant_challenge") and otok.i < tok.i and _is_verbal(tok) \
                    and tok.dep_ in ("advcl", "acl", "xcomp") and tok.head.i in (otok.i, otok.head.i) \
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) \
                    and rule.types.get(R.NONFED) in ("bar_local_cooperation", "assist_ice", "affirm_sanctuary",
                                                     "restrict_enforcement_sites"):
                drop = True   # "bring this class action against the county to end unlawful ICE holds": its aim
            elif orule.name in ("ultimatum", "request_deadline") and in_scope and _is_verbal(otok) \
                    and otok.i < tok.i and rule.name not in _FED_PRESSURE_RULES and (
                        orule.name == "ultimatum" or (rule.types.get(R.FED) is not None
                                                      and R.CUES["federal"].search(" " + _subject_text(otok).lower() + " ")
                                                      and not _STATE_HOMELAND.search(_subject_text(otok)))):
                # ("wrote asking the Department to rescind the directive by December 1": what is asked, not done)
                drop = True   # "a letter demanding that it explain why its jail was refusing detainers"
            elif orule.name == "request_deadline" and otok.i < tok.i and rule.name not in _FED_PRESSURE_RULES \
                    and any(a.lemma_.lower() in _ASSURANCES and otok in a.ancestors for a in tok.ancestors):
                drop = True   # "asked the County to confirm within thirty days that it will keep the agreement": the
                #               answer asked for, not an act
            elif _is_verbal(otok) and otok.i < tok.i \
                    and rule.name not in ("sue", "litigant_challenge") and any(
                        (c.dep_ in ("advcl", "xcomp") or c.dep_ == "conj" and orule.name not in _PRAISE_RULES
                         and orule.name not in ("call_names", "statement"))
                        and c.lemma_.lower() in _ARGUE and tok in c.subtree
                        for c in otok.children):
                # (not a second statement joined to praise: "praised ICE as a careful partner and said his jail will
                # keep holding people on ICE detainers")
                drop = True   # "sued the city, arguing that an ordinance barring ... is unlawful": the claim
            elif orule.name in ("court_we", "court_verbs") and otok.i in anc and rule.name not in (
                    "court_we", "court_verbs", "court_disposition", "court_nouns") and not (
                    rule.negated and _bar_of(tok) == otok.i
                    and not _court_subject(otok, orule)) and not (
                    # (not a governor's refusal: "she refused and ordered the adjutant general not to assign ...")
                    rule.negated and orule.name == "court_verbs" and _is_verbal(otok) and not _court_subject(otok, orule)
                    and any(c.dep_ == "nsubj" and c.lower_ in ("he", "she")
                            for c in [*otok.children, *(otok.head.children if otok.dep_ == "conj" else [])])):
                # "We hold that Section 4 may not be enforced ...": what the court holds (but "A 2017 ordinance
                # bars officers from asking ...", no court, is the bar a rule that wants its act negated reads)
                drop = True
            elif (tok.dep_ == "relcl" or tok.dep_ == "acl" and tok.head.lemma_.lower() in R.INSTRUMENT_NOUNS) \
                    and not (tok.head.lemma_.lower() in _WRITINGS | {"warning", "notice", "message"}
                             and not any(c.dep_ == "acl" and c.lemma_.lower() in R.DEMAND | {"request", "require"}
                                         for c in tok.head.children)
                             and any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children) and any(
                                 c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in tok.children)) \
                    and any(t.i == tok.head.i for t in osc) and otok.i < tok.i and not orule.actor_pattern \
                    and orule.name not in _WEAK_RULES and orule.name not in ("sue", "litigant_challenge") \
                    and not (orule.name in _PRAISE_RULES | {"federal_praise"} and tok.tag_ == "VBD" and any(
                        c.dep_ == "nsubj" and (any(d.lower_ == "whose" for d in c.children) or (
                            # ("thanks the Frederick County Sheriff's Office, which signed a 287(g) agreement with ICE
                            # in 2008, for ..."; not a law praised, "which bars ...")
                            c.lower_ in ("which", "who") and tok.head.lemma_.lower() not in R.INSTRUMENT_NOUNS))
                        for c in tok.children)) \
                    and not (tok.dep_ == "relcl" and tok.tag_ == "VBD" and any(
                        (c.dep_ == "dobj" and c.lower_ in ("which", "that"))
                        # ("released the letter in which Governor X declined a federal request ...")
                        or (c.dep_ == "prep" and any(g.lower_ in ("which", "whom") for g in c.children))
                        for c in tok.children) and any(
                        c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN") for c in tok.children)):
                # (nor an act told in an object relative clause with its own subject: "the Patrol's 287(g) task force
                # agreement with ICE, which the Patrol signed in February 2025")
                # (but the deed a thanks names in its own clause is told too: "thanks the Woodbury County Sheriff's
                # Office, whose jail honored all 19 detainers ...")
                drop = True   # "enforcing the sanctuary laws, which bar ...", "cities that refuse ...": described
            elif rule.name in ("operation_nouns", "deployment") and not _is_verbal(tok) and otok.i < tok.i \
                    and not (orule.name == "operation_verbs" and not any(
                        c.dep_ in ("nsubj", "agent") for c in otok.children)) \
                    and any(t.i == tok.i for t in osc) and orule.name not in _WEAK_RULES and not orule.actor_pattern \
                    and orule.name not in _JOINT_RULES and orule.name not in ("sue", "litigant_challenge") \
                    and not (otok.dep_ == "compound" and otok.head.i == tok.i):
                # (not a name's head for its first word: "carried out Operation Lakeshore Sweep in Painesville", nor a
                # word of the noun's own phrase: "joined ICE arrest operations in Lancaster County")
                drop = True   # "investigated agents' conduct during the raid": the raid is the object, not news
            elif rule.name == "operation_nouns" and otok.i in anc and _same_codes(orule, rule) and any(
                    c.dep_ in ("nsubj", "agent") for c in otok.children):
                drop = True   # "Operation X arrested 60 people": one operation, coded on its verb
            elif rule.name == "operation_nouns" and tok.lemma_.lower() in ("shooting", "killing", "shoot", "kill"):
                drop = True   # an incident mentioned beside another action: kept in ``incident`` only
            elif orule.name in _RECORDS_RULES and rule.name not in _RECORDS_RULES and otok.i < tok.i \
                    and (otok.i in anc or in_scope) \
                    and rule.types.get(R.NONFED) in ("assist_ice", "bar_local_cooperation"):
                drop = True   # "asked the Department of Public Safety for every record of troopers turning people
                #               over to ICE": what the records asked for are about, not an act of its own
            elif orule.name == "stop_detainers" and otok.i in anc and rule.name in ("honor_detainers",
                                                                                 "honor_detainer_word"):
                drop = True   # "stopped honoring detainers": one act, the stop
            elif orule.name in _AGREEMENT_RULES | {"let_lapse"} and rule.name not in _AGREEMENT_RULES \
                    and _describes_deal(tok):
                drop = True   # "renewed the contract to hold ICE detainees", "a model which allows deputies to ..."
            if drop:
                break
        if not drop:
            out.append(c)
    return out


_PRAISE_RULES = frozenset(("praise", "federal_praise", "praise_partner"))


#: verbs whose "how" clause is a topic, not an act ("to describe how the city works with ICE")
_DESCRIBING = frozenset(("describe", "explain", "discuss", "outline", "understand", "know", "learn", "review",
                         "examine", "study", "ask", "question", "wonder", "detail", "summarize"))
#: what a witness or guest thanks a host for ("thank you for the opportunity to testify")
_COURTESIES = frozenset(("opportunity", "invitation", "chance", "privilege", "honor", "honour", "time", "attention",
                         "hospitality", "welcome"))
#: verbs of the answer a request asks for ("to confirm that ...", "to state whether ...", "to certify that ...")
_ASSURANCES = frozenset(("confirm", "state", "certify", "say", "explain", "indicate", "answer", "tell", "specify",
                         "affirm", "assure", "declare", "verify", "attest", "report", "respond", "reply", "promise"))


_SENT_FORCES = re.compile(r"\b(troops|guard\w*|soldiers|agents|officers|personnel|marines|forces|deputies|"
                          r"troopers|teams?|units?|reinforcements)\b", re.I)
_GIVING = {"send", "give", "provide", "offer", "grant"}
_LOCAL_FORCES = re.compile(r"\b(state|local|county|city|municipal|deputies|troopers|(?<!border )patrol|police|squad cars?"
                           r"|cruisers?)\b", re.I)
#: who sends a place's own forces: "a dispatcher sent a patrol unit", "the call-taker shall send officers"
_LOCAL_SENDERS = re.compile(r"\b(dispatch\w*|call[- ]?takers?|sheriffs?|police|deput(?:y|ies)|chiefs?|troopers?"
                            r"|watch commanders?|shift supervisors?)\b", re.I)


def _object_phrase(obj) -> str:
    """The object noun with the words before it ("500 National Guard troops"), or for a quantity the
    noun it counts ("hundreds of additional agents"): not what the object is about ("a records request
    for every arrest its officers made", "photos of ICE officers detaining ...")."""
    if (obj.lemma_.lower() in _QUANTITY_HEADS or obj.like_num) and any(
            c.dep_ == "prep" and c.lower_ == "of" for c in obj.children):
        of = next(c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of")
        counted = next((g for g in of.children if g.dep_ == "pobj"), None)
        if counted is not None:
            obj = counted
    return " ".join(t.text for t in obj.subtree if t.i <= obj.i)


#: what a law does to what others may or must do
_LAW_LETS = frozenset(("let", "allow", "permit", "authorize", "authorise", "empower", "require", "force", "compel",
                       "oblige", "obligate", "make"))
#: what a law makes to do its work ("created the Unit ... to help ICE")
_LAW_CREATES = frozenset(("create", "establish", "set"))
_LAW_WORDS = re.compile(r"\b(?:bill|act|law|statute|measure|amendment|legislation|ordinance|resolution|rule|order)s?\b",
                        re.I)


def _law_permits(tok) -> bool:
    """Help to ICE that a law or bill lets or makes others give: "Senate Bill 5904 would let sheriffs honor
    detainers", "a law that allows jailers to hold people for ICE": the law expands cooperation."""
    if tok.pos_ in NOMINAL and tok.dep_ == "dobj":
        tok = tok.head      # ("honor detainers" found by its noun)
    h = tok.head
    created = tok.dep_ in ("advcl", "xcomp") and h.lemma_.lower() in _LAW_CREATES and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    if not created and (tok.dep_ not in ("ccomp", "xcomp") or h.lemma_.lower() not in _LAW_LETS):
        return False    # (or what it creates a body for: "The Act ... created the Unit within the State Highway
        #                 Patrol to help ICE locate and detain people")
    subj = next((c for c in h.children if c.dep_ == "nsubj"), None)
    if (subj is None or subj.lower_ in ("that", "which")) and h.dep_ == "relcl":
        subj = h.head       # "a bill draft that would make every county jail ..."
    return subj is not None and bool(_LAW_WORDS.search(" ".join(t.text for t in subj.subtree if t.i <= subj.i)))


#: what lays duties on others as a law does ("Under the bill, ..."; not a federal "rule" or an "order")
_ENACTED_LAWS = frozenset(("bill", "act", "law", "statute", "measure", "legislation"))


#: a statute cited by its code and section: "A.R.S. \u00a7 31-1187", "8 U.S.C. \u00a7 1357", "Wis. Stat. 59.27"
_STATUTE_CITE = re.compile(r"(?:\d+\s+)?(?:(?:[A-Z]\.\s?){2,4}|[A-Z][a-z]+\.\s+Stat\.)\s*\u00a7{0,2}\s*\d")


def _law_duty(tok) -> bool:
    """A duty a law lays on others, told as "Under the bill, X would have to / must / shall ..."."""
    verbs = [tok] + [a for a in list(tok.ancestors)[:3] if _is_verbal(a)]
    under = any(c.dep_ == "prep" and c.lower_ == "under" and (any(
        g.dep_ == "pobj" and g.lemma_.lower() in _ENACTED_LAWS
        for g in c.children) or bool(_STATUTE_CITE.match(" ".join(t.text for t in c.subtree if t.i > c.i))))
        for v in verbs for c in v.children)
    if not under:
        return False
    return any(c.dep_ == "aux" and c.lower_ in ("must", "shall") for v in verbs for c in v.children) or any(
        v.lemma_.lower() == "have" and any(c.dep_ == "xcomp" for c in v.children) for v in verbs) or any(
        v.lemma_.lower() == "require" and v.tag_ == "VBN" for v in verbs)


def _deadline_act(tok) -> bool:
    """``tok`` is what a deadline demands: "gave the city 60 days to rescind ...", "has 30 days to end it", or what
    the demanded act asserts ("gave Las Vegas 30 days to certify that city employees share ...")."""
    if tok.dep_ == "ccomp" and _is_verbal(tok.head) and _deadline_act(tok.head):
        return True
    if tok.dep_ not in ("advcl", "xcomp", "acl", "relcl") or not any(c.dep_ == "aux" and c.lower_ == "to"
                                                                       for c in tok.children):
        return False
    head = tok.head
    if head.lemma_.lower() in _TIME_NOUNS and head.i < tok.i:
        return True
    # ("gave the city 60 days to ...", "gives the city until March 29 to certify ...")
    return head.lemma_.lower() in ("give", "have", "allow", "grant") and any(
        (c.lemma_.lower() in _TIME_NOUNS or (c.dep_ == "prep" and c.lower_ in ("until", "till"))) and c.i < tok.i
        for c in head.children)


#: verbs of giving help that an order can command or, with "no", withhold
_HELP_GIVING = frozenset(_GIVING | {"lend", "render", "extend"})


def _ordered_acts(tok) -> list:
    """The verbs an order commands: "directs staff to keep X ... and to give agents no help" -> keep, give."""
    out = []
    for c in tok.children:
        # (the parser hangs "to keep" on the order as xcomp, ccomp or advcl)
        if c.dep_ in ("xcomp", "ccomp", "advcl") and c.pos_ in ("VERB", "AUX") and c.i > tok.i:
            out.append(c)
            out.extend(g for g in c.children if g.dep_ == "conj" and g.pos_ == "VERB")
    return out


def _sends_federal_forces(tok, lemma: str) -> bool:
    """A deployment verb that moves federal forces: "send", "order", "assign" and "move" need forces as their
    object ("sent a letter to employees", "moved an inmate's release to 6 a.m." are none), "order" and
    "assign" a destination ("ordered 500 troops
    to the city", not "ordered agents to wear masks"), and state or local forces are no federal
    deployment ("shall assign twenty state troopers to ...")."""
    # (the passive's subject is what is sent: "200 Border Patrol agents were sent into Las Cruces")
    # (and its conjuncts: "150 additional ICE and CBP officers were sent to ...", parsed as "ICE" and "officers")
    heads = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")] if _is_verbal(tok) else []
    objects = [_object_phrase(c) for h in heads for c in (h, *(g for g in h.children if g.dep_ == "conj"))]
    if any(_LOCAL_FORCES.search(o) for o in objects):
        return False
    if _LOCAL_SENDERS.search(_subject_text(tok)) and not R.CUES["federal"].search(_subject_text(tok).lower()):
        return False    # "a dispatcher sent a patrol unit to direct traffic around ICE vehicles": local help
    if lemma in ("send", "order", "assign", "reassign", "move", "shift", "station") and not any(
            _SENT_FORCES.search(o) for o in objects):
        return False
    return lemma not in ("order", "assign", "reassign") or any(
        c.dep_ == "prep" and c.lower_ in ("to", "into") for c in tok.children)
_MEETINGS = {"hearing", "meeting", "session", "forum", "vote", "election", "conference", "workshop", "town", "hall", "briefing",
             "rally", "vigil", "event", "discussion"}


def _to_ice(tok) -> bool:
    """ICE (or federal agents) receives what the verb gives: dative, "to/with ICE", "ICE access"."""
    ice = R.CUES["ice"]
    for c in tok.children:
        if c.dep_ in ("dative", "dobj", "iobj") and ice.search(" ".join(t.text for t in c.subtree)):
            return True
        if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "with", "for"):
            if any(ice.search(" ".join(t.text for t in g.subtree)) for g in c.children):
                return True
    return False


_DEAL_NOUNS = {"agreement", "contract", "model", "program", "deal", "memorandum", "partnership", "arrangement"}


#: rules that end an agreement
_ENDING_RULES = frozenset(("end_agreement", "not_renew", "let_lapse"))
#: verbs that ask another to act ("call" only as "call on")
_ASKING_VERBS = frozenset(("urge", "ask", "press", "petition", "implore", "demand", "call", "beg", "push", "encourage"))


def _urged_to_end(tok) -> Optional[object]:
    """``tok`` ends an agreement as what someone asks another to do: "urged the Board to end both 287(g)
    agreements", "called on the sheriff to withdraw from the jail agreement", "wrote to the Governor urging him to
    withdraw the Patrol from both task forces", "We ask you to terminate the ... agreement". The asking verb, with
    a subject or a speaker of its own and someone asked; not negated."""
    t = tok
    while t.head.i != t.i and t.dep_ in ("xcomp", "ccomp", "conj"):
        joined = t.dep_ == "conj"
        t = t.head
        if (joined or t.lemma_.lower() in ("vote", "move", "act", "agree", "decide", "begin", "start", "formally")) \
                and t.dep_ in ("xcomp", "ccomp", "conj"):
            continue    # ("urged the Board to vote to end ...", "urged Congress to rein in the agency and end ...")
        if t.lemma_.lower() not in _ASKING_VERBS or not _is_verbal(t):
            return None
        lemma = t.lemma_.lower()
        asked = [c for c in t.children if c.dep_ in ("dobj", "dative")]
        asked += [g for c in t.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children if g.dep_ == "pobj"]
        if lemma == "call" and not any(c.dep_ == "prep" and c.lower_ == "on" for c in t.children):
            return None     # ("called the agreement a mistake")
        if not asked and lemma not in ("urge", "demand"):
            return None
        if _negated(t) or any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in t.children):
            return None
        return t
    return None


#: the attorney general named by title alone
_BARE_AG = re.compile(r"(?:[Tt]he\s+)?(?:[Ss]tate\s+)?[Aa]ttorney [Gg]eneral")


def _asked_by_federal(tok) -> bool:
    """The end is what a federal voice asks for (its demand is coded as one)."""
    asking = _urged_to_end(tok)
    if asking is None:
        return False
    who = _subject_tokens_text(asking) or tok.doc[:asking.i].text
    return bool(R.CUES["federal"].search(" " + who.lower() + " "))


def _asked_to_end(tok, rule: R.Rule) -> bool:
    """An agreement's end asked for by a group outside government, or by a person (a lawmaker writing to the
    governor), not by a body's resolution ("adopted Resolution No. 47 asking the Sheriff to withdraw" is the body's
    own step); and an ending the rule reads (a negated one only when negated: "asked the board not to renew")."""
    asking = _urged_to_end(tok)
    if asking is None or (rule.negated and not _negated(tok)):
        return False
    if _urged_by_outsider(tok):
        return True
    while asking.dep_ in ("xcomp", "ccomp", "advcl") and asking.head.lemma_.lower() in _ASKING_VERBS \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in asking.children):
        asking = asking.head    # ("We call on the Board to ask the Sheriff to end ...": who asks for the asking)
    subj = next((c for c in asking.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and asking.dep_ in ("acl", "advcl", "xcomp", "conj"):
        return False        # ("a resolution asking the Sheriff to withdraw", "voted to ask ...")
    return subj is not None and (subj.pos_ in ("PROPN", "PRON") and subj.lower_ not in ("it", "they")) \
        and not any(t.lemma_.lower() in R.INSTRUMENT_NOUNS | _BODIES for t in subj.subtree)


def _urged_by_outsider(tok) -> bool:
    """``tok`` is what a group outside government urges, asks or petitions for ("residents asked the board to end
    the contract", "a petition urging the Board to let the agreement expire"): a demand, not the act."""
    t = tok
    while t.head.i != t.i and t.dep_ in ("xcomp", "ccomp", "conj", "acl", "advcl"):
        t = t.head
        if t.lemma_.lower() in R.DEMAND:
            carrier = t.head if t.dep_ in ("acl", "relcl") and t.head.pos_ == "NOUN" else None   # "a petition urging"
            verb = carrier.head if carrier is not None and carrier.dep_ in ("dobj", "nsubj", "pobj") else t
            if carrier is not None and carrier.dep_ == "pobj":
                verb = carrier.head.head
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None:
                return False
            text = " ".join(x.text for x in subj.subtree)
            return bool(_OUTSIDERS.search(text)) and level_from_text(text) in (None, "nongovernmental") \
                and not R.CUES["local_target"].search(text.lower())
    return False


#: the head word of an advocacy group's or legal clinic's name ("Magnolia Immigrant Rights Project", "ACLU of Texas")
_ADVOCACY_NAME = re.compile(r"\b(?:Project|Center|Centre|Coalition|Alliance|Union|Network|Fund|Institute|Foundation"
                            r"|Clinic|ACLU|League|Collaborative|Initiative|Advocates|Committee for|Legal Aid)\b")
#: groups outside government that urge, ask and petition
_OUTSIDERS = re.compile(r"\b(?:residents?|advocates?|activists?|alliance|coalition|groups?|organizers?|protesters?"
                        r"|petitioners?|commenters?|parents|students|unions?|congregations?|churche?s?|clergy"
                        r"|neighbou?rs|voters|citizens|nonprofits?|organi[sz]ations?|speakers)\b", re.I)


def _describes_deal(tok) -> bool:
    """The trigger is in a clause that says what an agreement does ("a contract to hold detainees")."""
    if tok.tag_ == "VBG" and any(c.dep_ == "nsubj" and c.lemma_.lower() in _DEAL_NOUNS and c.i < tok.i
                                 for c in tok.children):
        return True     # "to cancel the contract renting 20 jail beds to ICE" (the parser's subject of "renting")
    t = tok
    while t.head.i != t.i:
        if t.dep_ == "prep" and t.lower_ == "to" and t.head.lemma_.lower() in _DEAL_NOUNS and t.i + 1 < len(t.doc) \
                and t.doc[t.i + 1].i == tok.i:
            return True     # "Our contract to house ICE detainees", its "house" misparsed as a noun
        if t.dep_ in ("acl", "relcl", "xcomp", "advcl") and (t.head.lemma_.lower() in _DEAL_NOUNS or (
                t.head.lemma_.lower() == "contract" and t.head.pos_ == "VERB")):
            return True     # (also "contracted with ICE to house detainees")
        if t.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) and any(
                c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _DEAL_NOUNS for c in t.head.children):
            return True     # "signed an agreement with ICE in 2019 to hold detainees": what the deal is for
        if _is_verbal(t) and t.i != tok.i and t.dep_ not in ("xcomp", "acl", "relcl", "advcl"):
            return False
        t = t.head
    return False


def _verb_stem(word: str) -> str:
    """The verb rules' lemma of a form the lemmatizer got wrong ("defunded" -> "defund", "barring" -> "bar")."""
    if word.endswith(("ies", "ied")) and len(word) >= 6 and word[:-3] + "y" in R.VERB_INDEX:
        return word[:-3] + "y"       # "notifies", "denied" -> "notify", "deny"
    for suffix in ("ed", "d", "ing", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)]
            if stem in R.VERB_INDEX:
                return stem
            if len(stem) >= 3 and stem[-1] == stem[-2] and stem[:-1] in R.VERB_INDEX:
                return stem[:-1]     # doubled consonant: "barring", "banned"
            if suffix in ("ing", "ed") and stem + "e" in R.VERB_INDEX:
                return stem + "e"    # a silent e: "housing", "housed" -> "house"
    return ""


def _stem_rules(word: str) -> list:
    """Verb rules for a form the lemmatizer got wrong ("defunded" -> "defunde")."""
    stem = _verb_stem(word)
    return R.VERB_INDEX.get(stem, []) if stem else []


#: a state's own forces, ordered to help ("ordered 120 state troopers to assist Border Patrol")
_STATE_FORCES = re.compile(r"\b(?:troopers?|state police|highway patrol|department of public safety|dps"
                           r"|national guard|guard (?:members|troops|soldiers)|state agencies"
                           # ("directing the Military Department to place Guard members on State Active Duty")
                           r"|military department|department of military affairs|adjutant general)\b", re.I)


def _bar_before(frm) -> bool:
    """A verb of barring in the eight tokens before this "from" ("bars county jails from ..."), found by
    its lemma because the small model often reads "bars" after a bill number or a comma as a noun."""
    # (or the first word of a list item: "1) Prohibits, since June 2027, state and county officers from holding ...")
    return any(b.lemma_.lower() in R.BLOCKERS | {"preempt"} and b.pos_ != "ADP"
               for b in frm.doc[max(0, frm.i - 8):frm.i]) or any(
        b.lower_ in ("prohibits", "bars", "forbids", "bans") and all(not x.is_alpha for x in frm.doc[:b.i])
        for b in frm.doc[:frm.i])


_RECEIVE_LEMMAS = frozenset(("receive", "get", "obtain", "apply", "qualify", "collect", "draw"))
_ENDING_LEMMAS = frozenset(("end", "terminate", "cancel", "withdraw", "exit", "leave", "rescind", "drop", "quit",
                            "abandon", "limit", "restrict", "curtail"))
_ADOPTING_LEMMAS = frozenset(("adopt", "enact", "pass", "keep", "maintain", "enforce", "create"))


def _bar_keeps_cooperating(tok) -> bool:
    """A bar whose object keeps places cooperating, so a state mandate (expand_cooperation), not a limit:
    barred from receiving state money ("bars any county that limits cooperation from receiving state
    grants"), from ending or limiting cooperation ("would bar any county from ending a detention agreement
    with ICE"), or from adopting a limit (``tok`` inside "bars every city from adopting rules that limit
    cooperation")."""
    for t in tok.subtree:
        if t.head.lower_ != "from":
            continue
        lemma = t.lemma_.lower()
        if lemma in _RECEIVE_LEMMAS and R.CUES["state_money"].search(" ".join(x.text for x in t.subtree)):
            return True
        if lemma in _ENDING_LEMMAS and t.head.head.i in (tok.i, *(c.i for c in tok.children)):
            ended = " ".join(x.text for c in t.children if c.dep_ in ("dobj", "prep") for x in c.subtree)
            if R.CUES["agreement_word"].search(ended) or re.search(r"\b(?:cooperat\w*|participat\w*)", ended, re.I):
                return True
    if _is_verbal(tok) and any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _LIMIT_NOUNS
                               for c in tok.children):
        return True     # "Indiana law has forbidden local limits on cooperation with federal immigration officials"
    return any(t.lemma_.lower() in _ADOPTING_LEMMAS and t.head.lower_ == "from" and _bar_before(t.head)
               for t in tok.ancestors)


#: what a ban on limiting cooperation forbids
_LIMIT_NOUNS = frozenset(("limit", "limitation", "restriction", "curb"))


_LAW_VERBS_S = {"forbids", "bars", "bans", "prohibits", "requires", "allows", "directs", "orders", "compels",
                "permits", "authorizes", "obliges", "forces"}


def _repair_law_verb_swap(doc) -> None:
    """"The new law forbids jails to notify ICE ...": the small model reads "forbids" as a plural noun
    subject and "jails" as the verb. When a law word is followed by such an -s verb, then a plural
    noun read as a verb, then "to" + verb (or "from", after "bars", "bans" ...), the tree is rebuilt: the -s
    word is the verb, the law word its subject, the plural noun its object and the infinitive its complement."""
    for t in doc:
        if t.lower_ not in _LAW_VERBS_S or t.tag_ != "NNS" or t.i == 0 or t.i + 2 >= len(doc):
            continue
        subj, obj, to = doc[t.i - 1], doc[t.i + 1], doc[t.i + 2]
        # ("A 2019 state law bars jails from holding anyone ...": the same misreading, with "from")
        if subj.pos_ not in ("NOUN", "PROPN", "NUM") or obj.tag_ != "VBZ" or t.head.i != obj.i or not (
                to.lower_ == "to" or (to.lower_ == "from" and t.lower_ in _FROM_VERBS_S)):
            continue
        stem = _verb_stem(t.lower_)
        if not stem:
            continue
        try:
            old_head, old_dep = obj.head, obj.dep_
            kids = [c for c in obj.children if c.i != t.i]
            t.head, t.dep_ = (t, "ROOT") if old_head.i == obj.i else (old_head, old_dep)
            for c in kids:
                c.head = t
            subj.head, subj.dep_ = t, "nsubj"
            for c in list(doc[: subj.i]):
                if c.head.i in (t.i, obj.i):
                    c.head = subj       # "The new (law)": the subject's own modifiers
            obj.head, obj.dep_ = t, "dobj"
            for c in kids:
                if c.tag_ == "VB" and c.dep_ in ("xcomp", "advcl", "ccomp"):
                    c.dep_ = "xcomp"
        except Exception:   # pragma: no cover - a tree spaCy refuses: keep the parse
            continue
        t.pos_, t.tag_, t.lemma_ = "VERB", "VBZ", stem
        obj.pos_, obj.tag_, obj.lemma_ = "NOUN", "NNS", obj.lower_[:-1] if obj.lower_.endswith("s") else obj.lower_


#: verbs of keeping someone from doing something ("bars N from V-ing")
_FROM_VERBS_S = frozenset(("bars", "bans", "prohibits", "forbids", "blocks", "keeps", "stops", "prevents",
                           "precludes", "restricts"))
#: nouns that name a rule, the usual subject of such a verb: the instrument nouns and the parts of one
_RULE_NOUNS = R.INSTRUMENT_NOUNS | frozenset(("statute", "code", "section", "provision", "charter", "procedure",
                                              "memorandum", "injunction", "decree"))


def _rule_subject(doc, t):
    """The noun before a misread verb ``t`` that is its subject: the nearest rule noun ("A state law
    passed in 2019 bars", "General Order 41.3 bars", "a policy in effect since 2019 bars") with no
    finite verb, colon or semicolon between; else the noun right before it ("Louisville bars")."""
    # (a relative clause before the verb is looked past, so the reach is longer when there is one)
    reach = 18 if any(d.lower_ in ("which", "who") for d in doc[max(0, t.i - 18):t.i]) else 13
    j, low, skipped = t.i - 1, max(-1, t.i - reach), False
    while j > low:
        x = doc[j]
        if x.lower_ in ("which", "who") and j > 1 and doc[j - 1].text == "," and not skipped:
            # ("The X Act, which the governor signed on May 19, 2027, bars Wyoming jails from ...": past the
            # relative clause, to the law it describes)
            j, low, skipped = j - 2, max(-1, j - 14), True
            continue
        if x.text in (":", ";") or x.tag_ in ("VBZ", "VBP", "MD") or x.lower_ in ("that", "which", "who"):
            break
        if x.lower_ in _RULE_NOUNS and x.pos_ in ("NOUN", "PROPN"):
            return x
        j -= 1
    prev = doc[t.i - 1]
    return prev if prev.pos_ in ("NOUN", "PROPN") and prev.tag_ != "NNPS" else None


def _set_tree(doc, heads: list, deps: list) -> bool:
    """Give ``doc`` these heads and labels at once, if they make one tree (one root, no cycle)."""
    from spacy.attrs import DEP, HEAD

    n = len(doc)
    if sum(1 for i, h in enumerate(heads) if h == i) != 1:
        return False
    for i in range(n):
        j, steps = i, 0
        while heads[j] != j:
            j, steps = heads[j], steps + 1
            if steps > n:
                return False
    arr = doc.to_array([HEAD, DEP])
    for i in range(n):
        arr[i, 0] = (heads[i] - i) & 0xFFFFFFFFFFFFFFFF
        arr[i, 1] = doc.vocab.strings.add(deps[i])
    try:
        doc.from_array([HEAD, DEP], arr)
    except Exception:   # pragma: no cover - a tree spaCy refuses: keep the parse as it is
        return False
    return True


def _repair_bar_from(doc) -> None:
    """"A state law passed in 2019 bars county jails from holding ...", "General Order 41.3 bars deputies
    from asking ...": the small model reads such a "bars" as a plural noun, in a compound with its own
    object. When a verb of keeping from ("bars", "bans", "prohibits", "forbids", "keeps", ...) is tagged
    a noun, follows a noun, a number or a comma, and a noun phrase then "from" + a gerund follows, the
    tree is rebuilt: the word is the verb, the rule noun before it its subject, the noun phrase its
    object and the "from" phrase its complement."""
    for t in doc:
        if t.lower_ not in _FROM_VERBS_S or t.tag_ not in ("NNS", "NN", "NNP") or t.i == 0:
            continue
        frm = next((x for x in doc[t.i + 1: t.i + 9] if x.lower_ == "from"), None)
        if frm is None or frm.i + 1 >= len(doc) or not (doc[frm.i + 1].tag_ == "VBG"
                                                          or doc[frm.i + 1].lower_.endswith("ing")):
            continue
        between = doc[t.i + 1: frm.i]
        # "county jails" with "jails" read as the verb: a plural noun after a noun
        # ("The Act, passed in 2026, bars jails from holding ...": after a comma the misread "bars" is the
        # subject of the plural noun right after it)
        swapped = [x for x in between if x.tag_ == "VBZ" and x.lower_.endswith("s") and (
            (x.i > t.i + 1 and doc[x.i - 1].pos_ in ("NOUN", "PROPN"))
            or (x.i == t.i + 1 and t.head.i == x.i and t.dep_ == "nsubj" and doc[t.i - 1].text == ","))]
        if not len(between) or any(x.pos_ in ("VERB", "AUX", "PUNCT") and x.text != "," and x not in swapped
                                   for x in between):
            continue
        subj = _rule_subject(doc, t)
        if subj is None:
            continue
        head_part = list(between)
        first_adp = next((k for k, x in enumerate(head_part) if x.pos_ == "ADP"), None)
        if first_adp is not None:
            head_part = head_part[:first_adp]       # "county jails in Washington": the jails
        obj = next((x for x in reversed(head_part) if x.pos_ in ("NOUN", "PROPN", "PRON") or x in swapped), None)
        if obj is None:
            continue
        end = max(x.i for x in frm.subtree)
        left = min(subj.left_edge.i, subj.i)
        # with what hung on the misread noun before it ("Louisville's")
        left = min([left] + [c.left_edge.i for c in t.lefts if c.i < subj.i])
        region = set(range(left, end + 1))
        tops = [doc[i] for i in region if doc[i].head.i not in region or doc[i].head.i == doc[i].i]
        top = min(tops, key=lambda x: len(list(x.ancestors)))
        heads, deps = [x.head.i for x in doc], [x.dep_ for x in doc]
        if top.head.i == top.i or top.head.i in region:
            heads[t.i], deps[t.i] = t.i, "ROOT"
        else:
            heads[t.i] = top.head.i
            deps[t.i] = "ccomp" if top.dep_ in ("dobj", "ccomp", "nsubj") and top.head.pos_ in ("VERB", "AUX") \
                else top.dep_
        for i in range(left, t.i):
            if i == subj.i:
                heads[i], deps[i] = t.i, "nsubj"
            elif heads[i] not in range(left, t.i) or heads[i] == i:
                heads[i] = subj.i
        for x in between:
            if x.i == obj.i:
                heads[x.i], deps[x.i] = t.i, "dobj"
            elif heads[x.i] not in range(t.i + 1, frm.i) or heads[x.i] == x.i:
                heads[x.i] = obj.i
            if x.i < obj.i and deps[x.i] in ("nsubj", "ROOT"):
                deps[x.i] = "compound"      # "county" of "county jails"
        heads[frm.i], deps[frm.i] = t.i, "prep"
        for i in range(end + 1, len(doc)):
            if heads[i] == i or (heads[i] in region and deps[i] == "punct"):
                heads[i] = t.i      # the old root's trailing punctuation
        if not _set_tree(doc, heads, deps):
            continue
        stem = _verb_stem(t.lower_)
        t.pos_, t.tag_, t.lemma_ = "VERB", "VBZ", stem or t.lower_[:-1]
        for x in swapped:
            x.pos_, x.tag_, x.lemma_ = "NOUN", "NNS", x.lower_[:-1]


def _repair_clause_verb(doc) -> None:
    """"reported that their jails honor ICE detainers": a reported clause the small model read as one noun
    phrase ("jails honor ICE detainers"); its plural subject's verb is retagged and made the clause's head."""
    for h in doc:
        if h.dep_ not in ("ccomp", "dobj") or h.pos_ not in ("NOUN", "PROPN"):
            continue        # (an object with a "that" of its own is a clause misread)
        mark = next((c for c in h.children if c.dep_ == "mark" and c.lower_ == "that"), None)
        if mark is None or any(x.pos_ in ("VERB", "AUX") for x in doc[mark.i + 1: h.i + 1]):
            continue
        verb = next((x for x in doc[mark.i + 2: h.i] if x.tag_ in ("NN", "VB", "VBP") and x.dep_ == "compound"
                     and x.head.i == h.i and x.lower_ in R.VERB_INDEX and doc[x.i - 1].tag_ == "NNS"), None)
        if verb is None:
            continue
        subj = doc[verb.i - 1]
        heads, deps = [x.head.i for x in doc], [x.dep_ for x in doc]
        heads[verb.i], deps[verb.i] = h.head.i, "ccomp"
        heads[h.i], deps[h.i] = verb.i, "dobj"
        heads[subj.i], deps[subj.i] = verb.i, "nsubj"
        heads[mark.i] = verb.i
        for x in doc[mark.i + 1: subj.i]:
            if heads[x.i] == h.i:
                heads[x.i] = subj.i     # "their" jails
        if _set_tree(doc, heads, deps):
            verb.pos_, verb.tag_, verb.lemma_ = "VERB", "VBP", verb.lower_


def _repair_plural_subject(doc) -> None:
    """"The county jails in Hudson County and Union County already refuse to hold anyone ...": a plural noun read as
    the main verb ("jails"), its own compound as its subject, and the real verb after it left without one: the noun
    is the subject of that verb."""
    for t in doc:
        if t.dep_ != "ROOT" or t.tag_ != "VBZ" or not t.lower_.endswith("s") or t.i == 0:
            continue
        p = doc[t.i - 1]
        v = next((c for c in t.children if c.dep_ == "ccomp" and c.i > t.i and c.pos_ in ("VERB", "AUX")
                  and c.tag_ in ("VBP", "VBD") and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
                  and not any(g.dep_ == "mark" for g in c.children)), None)
        if v is None or p.dep_ != "nsubj" or p.head.i != t.i or p.pos_ not in ("NOUN", "PROPN") \
                or not any(c.dep_ == "det" for c in p.children):
            continue
        heads, deps = [x.head.i for x in doc], [x.dep_ for x in doc]
        heads[p.i], deps[p.i] = t.i, "compound"
        for c in p.children:
            heads[c.i] = t.i
        for c in t.children:
            if c.i > v.i:
                heads[c.i] = v.i
        heads[t.i], deps[t.i] = v.i, "nsubj"
        heads[v.i], deps[v.i] = v.i, "ROOT"
        if _set_tree(doc, heads, deps):
            t.pos_, t.tag_, t.lemma_ = "NOUN", "NNS", t.lower_[:-1]
        return


def _repair_noun_root(doc) -> None:
    """"ICE requests that the County confirm ...": a sentence the small model read as one noun phrase, "ICE
    requests", with the "that" clause hung on the noun; the "-s" word is its verb and the noun before it its
    subject."""
    for h in doc:
        if h.dep_ == "ROOT" and h.tag_ == "NNS" and h.lower_.endswith("s") and h.lower_[:-1] in R.VERB_INDEX \
                and any(c.dep_ == "nsubj" for c in h.children) and any(c.dep_ == "dobj" for c in h.children) \
                and doc[-1].text in (".", "!", "?", '"', "\u201d"):     # (not a headline's "ICE touts 84 arrests")
            h.pos_, h.tag_, h.lemma_ = "VERB", "VBZ", h.lower_[:-1]   # "The X Sheriff's Office honors every ICE
            continue                                                  # detainer": the tree is a verb's, the tag not
        # (or with an object: "ICE thanks Sheriff X and the Waukesha County Sheriff's Office for ...")
        # (or its object read as an apposition: "ERO St. Paul thanks the Woodbury County Sheriff's Office, whose ...")
        appos = next((c for c in h.children if c.dep_ == "appos" and c.left_edge.i == h.i + 1
                      and c.left_edge.pos_ == "DET"), None)
        if h.dep_ != "ROOT" or h.tag_ != "NNS" or not h.lower_.endswith("s") or h.lower_[:-1] not in R.VERB_INDEX \
                or not (appos is not None or any(
                    (c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children))
                    or c.dep_ == "dobj"
                    # ("The Commonwealth withdraws from the Task Force Agreement")
                    or (c.dep_ == "prep" and c.lower_ == "from" and h.lower_ in ("withdraws", "resigns"))
                    for c in h.children)):
            continue
        subj = doc[h.i - 1] if h.i > 0 else None
        if subj is None or subj.dep_ != "compound" or subj.head.i != h.i or subj.pos_ not in ("NOUN", "PROPN"):
            continue
        heads, deps = [x.head.i for x in doc], [x.dep_ for x in doc]
        deps[subj.i] = "nsubj"
        if appos is not None:
            deps[appos.i] = "dobj"
        if _set_tree(doc, heads, deps):
            h.pos_, h.tag_, h.lemma_ = "VERB", "VBZ", h.lower_[:-1]


def _repair_section_verb(doc) -> None:
    """"Section 3 voids each intergovernmental service agreement under which ...": read as a noun, "voids", with
    "Section" its modifier and the agreement its apposition; the "-s" word is the verb, the section its subject and
    the agreement its object."""
    for h in doc:
        if h.dep_ != "ROOT" or h.tag_ not in ("NN", "NNS") or not h.lower_.endswith("s") \
                or h.lower_[:-1] not in R.VERB_INDEX:
            continue
        subj = next((c for c in h.children if c.dep_ in ("nmod", "compound") and c.i < h.i
                     and c.lemma_.lower() in ("section", "subsection", "article", "paragraph", "act", "law", "bill")), None)
        obj = next((c for c in h.children if c.dep_ in ("appos", "dobj") and c.i > h.i and c.pos_ in ("NOUN", "PROPN")),
                   None)
        if subj is None or obj is None:
            continue
        heads, deps = [x.head.i for x in doc], [x.dep_ for x in doc]
        deps[subj.i], deps[obj.i] = "nsubj", "dobj"
        if _set_tree(doc, heads, deps):
            h.pos_, h.tag_, h.lemma_ = "VERB", "VBZ", h.lower_[:-1]
        return


def _repair_section_appos_verb(doc) -> None:
    """"Section 4 voids any local policy limiting cooperation with ICE and lets ...": read as the noun "Section"
    with "voids" and "policy" two appositions; the "-s" word right after the section's number is the verb, the
    section its subject, the noun after it its object, and what hung on the section (a second verb) hangs on it."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.lemma_.lower() not in ("section", "subsection", "article", "paragraph") or root.i != 0 \
            and not (root.i == 1 and doc[0].lower_ in ("new", "amended")):
        return
    v = next((c for c in root.children if c.dep_ == "appos" and c.tag_ in ("NN", "NNS") and c.lower_.endswith("s")
              and c.lower_[:-1] in R.VERB_INDEX and c.i <= root.i + 3), None)
    obj = next((c for c in root.children if c.dep_ == "appos" and v is not None and c.i > v.i
                and c.pos_ in ("NOUN", "PROPN")), None)
    if v is None or obj is None:
        return
    heads, deps = [x.head.i for x in doc], [x.dep_ for x in doc]
    for c in root.children:
        if c.i > v.i and c.i != obj.i:
            heads[c.i] = v.i
    for c in v.children:
        if root.i < c.i < v.i:
            heads[c.i], deps[c.i] = root.i, "nummod" if c.like_num else c.dep_     # the section's number
    heads[v.i], deps[v.i] = v.i, "ROOT"
    heads[root.i], deps[root.i] = v.i, "nsubj"
    heads[obj.i], deps[obj.i] = v.i, "dobj"
    if _set_tree(doc, heads, deps):
        v.pos_, v.tag_, v.lemma_ = "VERB", "VBZ", v.lower_[:-1]


def _repair_tense_conj(doc) -> None:
    """"X wrote that the airport cannot refuse service ... and asked the Commission to confirm by October 1 ...": read
    with "asked" a second verb of "refuse", inside what was written; a past verb with no subject of its own after a
    present one in a reported clause is a second verb of the past verb that reports it (its subject is the writer)."""
    for v in doc:
        h = v.head
        if v.dep_ != "conj" or v.tag_ != "VBD" or h.dep_ != "ccomp" or h.tag_ not in ("VB", "VBZ", "VBP") \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
            continue
        main = h.head
        if main.tag_ != "VBD" or not any(c.dep_ == "nsubj" for c in main.children):
            continue
        cc = next((c for c in h.children if c.dep_ == "cc" and c.i == v.i - 1), None)
        heads, deps = [t.head.i for t in doc], [t.dep_ for t in doc]
        heads[v.i] = main.i
        if cc is not None:
            heads[cc.i] = main.i
        _set_tree(doc, heads, deps)
        return


def _repair_directed_modifier(doc) -> None:
    """"... reaffirmed Indianapolis as a welcoming city by a 17-8 vote and directed city agencies not to give ICE
    ...", "reaffirms X's status ... and directs staff not to assist ICE": read with "directed" a modifier of
    "agencies" and "to give" hung on the first verb; "directed" is a second verb of the subject, the agencies its
    object and "not to give" what it directs."""
    for v in doc:
        if v.dep_ not in ("amod", "compound") or v.tag_ not in ("VBN", "VBD", "VBZ") \
                or v.lemma_.lower() not in _ORDERING_VERBS or v.i == 0 or doc[v.i - 1].lower_ != "and":
            continue
        n = v.head
        x = next((t for t in doc[n.i + 1:n.i + 4] if t.dep_ in ("xcomp", "advcl") and t.head.pos_ in ("VERB", "AUX")
                  and t.head.i < v.i and any(a.dep_ == "aux" and a.lower_ == "to" for a in t.children)), None)
        if n.i <= v.i or n.pos_ not in ("NOUN", "PROPN") or x is None:
            continue
        main = x.head
        while main.tag_ not in ("VBD", "VBZ", "VBP") and main.head.i != main.i and main.head.i < v.i:
            main = main.head    # ("voted 4-3 not to seek an agreement and directed ...": a verb of the subject's)
        heads, deps = [t.head.i for t in doc], [t.dep_ for t in doc]
        heads[v.i], deps[v.i] = main.i, "conj"
        heads[n.i], deps[n.i] = v.i, "dobj"
        heads[x.i], deps[x.i] = v.i, "xcomp"
        heads[v.i - 1], deps[v.i - 1] = main.i, "cc"
        if _set_tree(doc, heads, deps):
            v.pos_ = "VERB"
            v.tag_ = "VBZ" if v.tag_ == "VBZ" else "VBD"
        return


def _repair_section_forbids(doc) -> None:
    """"Section 5 forbids county jails to hold anyone ...": read with "jails" as the verb and "forbids" a modifier of
    "county"; "forbids" is the verb, the section its subject, the jails its object and "to hold" what it forbids."""
    for h in doc:
        if h.dep_ != "ROOT" or h.tag_ != "VBZ" or not any(
                c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in h.children):
            continue
        v = next((t for t in doc[max(0, h.i - 4):h.i] if t.tag_ in ("NNS", "NN") and t.lower_.endswith("s")
                  and t.lower_[:-1] in _ORDERING_VERBS), None)
        subj = next((c for c in doc[:v.i] if c.head.i == v.i and c.dep_ in ("nmod", "compound")
                     and c.lemma_.lower() in ("section", "subsection", "article", "paragraph", "act", "law", "bill")),
                    None) if v is not None else None
        if subj is None:
            continue
        heads, deps = [x.head.i for x in doc], [x.dep_ for x in doc]
        heads[v.i], deps[v.i] = v.i, "ROOT"
        heads[h.i], deps[h.i] = v.i, "dobj"
        for c in h.children:
            if c.dep_ == "xcomp":
                heads[c.i] = v.i
            elif c.dep_ == "nsubj":
                deps[c.i] = "compound"
            elif c.dep_ == "punct" and c.i == len(doc) - 1:
                heads[c.i] = v.i
        for c in doc[:v.i]:
            if c.head.i == v.i and c is not subj and c.dep_ in ("nummod", "punct"):
                heads[c.i] = v.i
        deps[subj.i] = "nsubj"
        if _set_tree(doc, heads, deps):
            v.pos_, v.tag_, v.lemma_ = "VERB", "VBZ", v.lower_[:-1]
            h.pos_, h.tag_, h.lemma_ = "NOUN", "NNS", h.lower_[:-1]
        return


def _repair_noun_root_object(doc) -> None:
    """"ICE thanks the Hillsborough County Department of Corrections for ...": read as one noun phrase, "ICE" its
    root and "thanks" a preposition whose object is the department; "thanks" is the verb, "ICE" its subject and the
    department its object."""
    for h in doc:
        if h.dep_ != "ROOT" or h.pos_ not in ("NOUN", "PROPN") or h.i + 1 >= len(doc):
            continue
        v = doc[h.i + 1]
        if v.head.i != h.i or v.dep_ not in ("prep", "compound", "appos", "amod") or not v.lower_.endswith("s") \
                or v.lower_[:-1] not in R.VERB_INDEX or v.pos_ == "VERB":
            continue
        obj = next((c for c in v.children if c.dep_ == "pobj"), None)
        if obj is None or obj.left_edge.i != v.i + 1 or obj.left_edge.pos_ not in ("DET", "PROPN", "PRON"):
            continue
        heads, deps = [x.head.i for x in doc], [x.dep_ for x in doc]
        heads[v.i], deps[v.i] = v.i, "ROOT"
        heads[h.i], deps[h.i] = v.i, "nsubj"
        deps[obj.i] = "dobj"
        for c in h.children:
            if c.i > v.i:       # (the closing stop)
                heads[c.i] = v.i
        if _set_tree(doc, heads, deps):
            v.pos_, v.tag_, v.lemma_ = "VERB", "VBZ", v.lower_[:-1]


def _repair_participle_root(doc) -> None:
    """"On May 5, masked ICE agents in an unmarked van detained a custodian ...": the small model makes "masked" the
    main verb, with "ICE agents" its object and "detained" a verb joined to it; a past verb with no subject before
    its object, and a second verb with none either, is a participle describing the subject of the second."""
    for h in doc:
        if h.dep_ != "ROOT" or h.tag_ not in ("VBN", "VBD") or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass")
                                                                  for c in h.children):
            continue
        obj = next((c for c in h.children if c.dep_ == "dobj"), None)
        verb = next((c for c in h.children if c.dep_ == "conj" and c.tag_ == "VBD"), None)
        if obj is None or verb is None or obj.left_edge.i != h.i + 1 or not obj.i < verb.i \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
                or any(c.dep_ == "cc" for c in h.children) or any(t.text in (",", ";", "and") for t in doc[obj.i:verb.i]):
            continue
        heads, deps = [x.head.i for x in doc], [x.dep_ for x in doc]
        heads[verb.i], deps[verb.i] = verb.i, "ROOT"
        heads[h.i], deps[h.i] = obj.i, "amod"
        heads[obj.i], deps[obj.i] = verb.i, "nsubj"
        for c in h.children:
            if c.i in (obj.i, verb.i):
                continue
            heads[c.i] = obj.i if obj.i < c.i < verb.i else verb.i    # ("in an unmarked van": of the agents)
        if _set_tree(doc, heads, deps):
            h.pos_, h.tag_ = "ADJ", "VBN"


def _repair_place_appos_subject(doc) -> None:
    """"In Waukesha County, Sheriff Dorian Kallstrom-Achebe vowed Wednesday to ...": the small model hangs the
    person on the opening place as an apposition and leaves the main verb with no subject; the name right before
    the verb, after the place's comma, is its subject."""
    for h in doc:
        if h.dep_ != "ROOT" or h.tag_ not in ("VBD", "VBZ", "VBP") or any(
                c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in h.children):
            continue
        prep = next((c for c in h.children if c.dep_ == "prep" and c.i == 0 and c.lower_ == "in"), None)
        place = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        appos = next((c for c in place.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None) \
            if place is not None else None
        if appos is None or appos.right_edge.i + 1 != h.i or doc[appos.left_edge.i - 1].text != "," \
                or appos.ent_type_ not in ("PERSON", ""):
            continue
        heads, deps = [x.head.i for x in doc], [x.dep_ for x in doc]
        heads[appos.i], deps[appos.i] = h.i, "nsubj"
        _set_tree(doc, heads, deps)


def _repair_appos_subject(doc) -> None:
    """"WHEREAS, on February 16, 2028, a spokesperson for ICE's Denver Field Office called ...": the small model
    hangs the subject on the opening date as an apposition and leaves the main verb with none; the noun phrase right
    before the verb, after the opening phrase's comma, is its subject."""
    for h in doc:
        if h.dep_ != "ROOT" or h.tag_ not in ("VBD", "VBZ", "VBP") or any(
                c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in h.children):
            continue
        ap = next((t for t in doc[:h.i] if t.dep_ == "appos" and t.pos_ in ("NOUN", "PROPN")
                   and t.right_edge.i + 1 == h.i and t.left_edge.i > 0 and doc[t.left_edge.i - 1].text == ","
                   and t.head.i < t.i and h in t.ancestors), None)
        if ap is None:
            continue
        heads, deps = [x.head.i for x in doc], [x.dep_ for x in doc]
        heads[ap.i], deps[ap.i] = h.i, "nsubj"
        _set_tree(doc, heads, deps)


def _repair_to_conj(doc) -> None:
    """"voted to bar city police from holding anyone for ICE ... and to declare Lawrence a welcoming city": the small
    model joins the second infinitive to the gerund of the first one's "from" phrase, which puts it under the bar;
    it is joined to the first infinitive."""
    for t in doc:
        if t.dep_ != "conj" or t.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) \
                or t.head.tag_ != "VBG" or t.head.dep_ != "pcomp":
            continue
        first = next((a for a in t.head.ancestors if a.tag_ == "VB" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in a.children)), None)
        if first is None:
            continue
        heads, deps = [x.head.i for x in doc], [x.dep_ for x in doc]
        heads[t.i] = first.i
        for c in t.head.children:
            if c.dep_ == "cc" and c.i == t.i - 2 or (c.dep_ == "cc" and c.i < t.i and c.i > t.head.i
                                                      and doc[c.i + 1].i == t.i - 1):
                heads[c.i] = first.i
        _set_tree(doc, heads, deps)


def _repair_first_clause_root(doc) -> None:
    """The small model makes a later verb the root and the first clause (with its subject) its complement; the first
    clause is the root:
    * "ICE officers enter through the public lobby, are escorted at all times, and are barred from booking ...": a
      series of verbs sharing the first one's subject (the later ones are joined to it);
    * "The panel held that the statute makes every agreement voluntary, so a State may forbid its own counties to
      sign one": the ", so" clause is an adverbial one of the first."""
    for r in doc:
        if r.dep_ != "ROOT" or not _is_verbal(r):
            continue
        so = next((c for c in r.children if c.lower_ == "so" and c.i > 0 and doc[c.i - 1].text == ","), None)
        series = so is None and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in r.children) \
            and any(c.dep_ == "conj" and c.i > r.i for c in r.children)
        if so is None and not series:
            continue
        end = so.i if so is not None else r.i
        first = next((c for c in r.children if c.dep_ == "ccomp" and c.i < end and _is_verbal(c)
                      and any(g.dep_ == "nsubj" for g in c.children) and not any(g.dep_ == "mark" for g in c.children)
                      and (so is not None or (c.right_edge.i + 1 < r.i and doc[c.right_edge.i + 1].text == ","))),
                     None)
        if first is None:
            continue
        heads, deps = [x.head.i for x in doc], [x.dep_ for x in doc]
        heads[first.i], deps[first.i] = first.i, "ROOT"
        heads[r.i], deps[r.i] = first.i, ("conj" if series else "advcl")
        if so is not None:
            deps[so.i] = "mark"
        for c in r.children:
            if c.dep_ == "punct" and (c.i == len(doc) - 1 or (so is not None and c.i == so.i - 1)):
                heads[c.i] = first.i
        _set_tree(doc, heads, deps)


def _repair_bars_gerund(doc) -> None:
    """"..., and Section 4 bars sharing release dates with ICE": the small model reads "bars" as a noun, the subject
    of the gerund after it; "bars" is the verb, the section its subject and the gerund what it bars."""
    for t in doc:
        if t.lower_ not in ("bars", "bans", "prohibits", "forbids") or t.tag_ not in ("NNS", "NN") \
                or t.i + 1 >= len(doc):
            continue
        g = doc[t.i + 1]
        if g.tag_ != "VBG" or t.head.i != g.i or t.dep_ != "nsubj":
            continue
        subj = next((c for c in t.children if c.dep_ in ("nmod", "compound") and c.i < t.i
                     and c.lemma_.lower() in _RULE_NOUNS), None)
        if subj is None:
            continue
        heads, deps = [x.head.i for x in doc], [x.dep_ for x in doc]
        heads[t.i], deps[t.i] = g.head.i if g.head.i != g.i else t.i, g.dep_
        heads[g.i], deps[g.i] = t.i, "xcomp"
        heads[subj.i], deps[subj.i] = t.i, "nsubj"
        for c in g.children:
            if c.i < t.i or (c.dep_ in ("cc", "punct") and c.i > g.right_edge.i):
                heads[c.i] = t.i
        if _set_tree(doc, heads, deps):
            t.pos_, t.tag_, t.lemma_ = "VERB", "VBZ", _verb_stem(t.lower_) or t.lower_[:-1]


def _repair_relative_root(doc) -> None:
    """"the Council is considering an ordinance, introduced last month, that would bar city departments from ...": the
    small model makes the relative clause's verb the root, with "that" its subject and the main clause its
    complement; the main clause is the root and the relative clause describes the object before the aside."""
    for h in doc:
        if h.dep_ != "ROOT" or not _is_verbal(h):
            continue
        rel = next((c for c in h.children if c.dep_ == "nsubj" and c.tag_ == "WDT" and c.lower_ in ("that", "which")),
                   None)
        main = next((c for c in h.children if c.dep_ == "ccomp" and c.i < (rel.i if rel is not None else -1)), None)
        if rel is None or main is None or rel.i == 0 or doc[rel.i - 1].text != ",":
            continue
        obj = next((c for c in main.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
        if obj is None or not any(c.dep_ == "advcl" and c.tag_ == "VBN" and obj.i < c.i < rel.i for c in main.children):
            continue    # (only an object set off from its clause by a participle aside: ", introduced last month,")
        heads, deps = [x.head.i for x in doc], [x.dep_ for x in doc]
        heads[main.i], deps[main.i] = main.i, "ROOT"
        heads[h.i], deps[h.i] = obj.i, "relcl"
        for c in h.children:
            if c.dep_ == "punct" and (c.i < rel.i or c.i == len(doc) - 1):
                heads[c.i] = main.i
        _set_tree(doc, heads, deps)


def _repair_writing_root(doc) -> None:
    """"The same letter called the ordinance "a welcome mat ..."", "The same statement accused X of ...": the small
    model makes the writing the root and its verb a reduced relative clause ("the letter [that was] called ..."); a
    past verb right after a writing named with "the" and "same", with an object of its own and no subject, is the
    main verb, the writing its subject."""
    for h in doc:
        if h.dep_ != "ROOT" or h.pos_ != "NOUN" or h.lemma_.lower() not in _WRITINGS | {"report", "notice", "message"} \
                or not any(c.dep_ == "amod" and c.lower_ == "same" for c in h.children):
            continue
        verb = next((c for c in h.children if c.dep_ == "acl" and c.tag_ in ("VBD", "VBN") and c.i == h.right_edge.i + 1
                     or c.dep_ == "acl" and c.tag_ in ("VBD", "VBN") and c.i == h.i + 1), None)
        if verb is None or not any(c.dep_ in ("dobj", "ccomp", "xcomp", "oprd") for c in verb.children) \
                or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
            continue
        heads, deps = [x.head.i for x in doc], [x.dep_ for x in doc]
        heads[verb.i], deps[verb.i] = verb.i, "ROOT"
        heads[h.i], deps[h.i] = verb.i, "nsubj"
        for c in h.children:
            if c.i > verb.i:
                heads[c.i] = verb.i     # (the closing stop, a clause after the object: the verb's)
                if c.dep_ == "appos":
                    deps[c.i] = "oprd"  # (what the object is called: 'called the ordinance "a welcome mat ..."')
        if _set_tree(doc, heads, deps):
            verb.tag_ = "VBD"


def _repair_dangling_preposition(doc) -> None:
    """"A letter dated March 27, 2028 from ICE Deputy Field Office Director X says ...": the small model leaves "from"
    with no object and makes X a second subject of "says"; X is the object of "from" (the letter's writer)."""
    for p in doc:
        if p.dep_ != "prep" or p.lower_ not in ("from", "by", "of") or any(True for _ in p.children):
            continue
        n = next((x for x in doc[p.i + 1:] if x.dep_ in ("nsubj", "nsubjpass") and x.left_edge.i == p.i + 1), None)
        if n is None or not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < p.i for c in n.head.children):
            continue
        heads, deps = [x.head.i for x in doc], [x.dep_ for x in doc]
        heads[n.i], deps[n.i] = p.i, "pobj"
        _set_tree(doc, heads, deps)
        return


_ORDERING_VERBS = {"order", "direct", "tell", "instruct", "ask", "urge", "require", "forbid", "bar", "allow"}


def _repair_ordered_object(doc) -> None:
    """"a federal judge in Milwaukee ordered ICE not to move him": the small model reads "Milwaukee ordered ICE" as
    one noun phrase ("ordered" a modifier of "ICE") and "move" as the main verb; "ordered" is the main verb, "ICE"
    its object and "move" what it orders."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in root.children):
        return
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    for t in doc:
        if t.dep_ != "amod" or t.tag_ not in ("VBD", "VBN") or t.lemma_.lower() not in _ORDERING_VERBS \
                or t.head.i != t.i + 1 or subj is None or not subj.i < t.i < root.i:
            continue
        obj = t.head
        prep = obj.head if obj.dep_ == "pobj" else None
        heads, deps = [x.head.i for x in doc], [x.dep_ for x in doc]
        heads[t.i], deps[t.i] = t.i, "ROOT"
        heads[root.i], deps[root.i] = t.i, "xcomp"
        heads[obj.i], deps[obj.i] = t.i, "dobj"
        for c in root.children:
            if c.i < t.i:
                heads[c.i] = t.i    # the subject, a fronted time phrase, its comma
        before = [c for c in obj.children if c.i < t.i]
        if prep is not None and before:
            last = before[-1]       # "in Milwaukee": the place was the preposition's object
            heads[last.i], deps[last.i] = prep.i, "pobj"
            for c in before[:-1]:
                heads[c.i] = last.i
        for c in doc:
            if c.dep_ == "punct" and c.head.i == root.i and c.i > root.i:
                heads[c.i] = t.i
        if _set_tree(doc, heads, deps):
            t.pos_, t.tag_ = "VERB", "VBD"
        return


_TIME_NOUNS = {"day", "morning", "afternoon", "evening", "night", "week", "month", "year", "weekend"}


def _repair_time_root(doc) -> None:
    """"The following day an ICE press release called Visalia ...": with no comma after the time phrase, the small
    model makes "day" the root, the release its apposition and "called" a clause on the release; the verb is the
    root, the release its subject and the time phrase a modifier of the verb."""
    for h in doc:
        if h.dep_ != "ROOT" or h.lemma_.lower() not in _TIME_NOUNS or h.i > 3:
            continue
        subj = next((c for c in h.children if c.dep_ in ("appos", "npadvmod", "compound", "dobj")
                     and c.i > h.i and c.pos_ in ("NOUN", "PROPN")), None)
        # (a participle with an object of its own is a past tense: "called Visalia ...")
        verb = next((c for c in subj.children if c.dep_ in ("acl", "relcl") and c.i > subj.i and (
            c.tag_ in ("VBD", "VBZ") or (c.tag_ == "VBN" and any(g.dep_ in ("dobj", "oprd", "ccomp")
                                                                   for g in c.children)))), None) \
            if subj is not None else None
        if verb is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
                or any(t.text == "," for t in doc[h.i:subj.i]):
            continue
        heads, deps = [x.head.i for x in doc], [x.dep_ for x in doc]
        heads[verb.i], deps[verb.i] = verb.i, "ROOT"
        heads[h.i], deps[h.i] = verb.i, "npadvmod"
        heads[subj.i], deps[subj.i] = verb.i, "nsubj"
        named = next((c for c in verb.children if c.dep_ in ("oprd", "dobj")), None)
        for c in (*h.children, *subj.children):
            if c.i > verb.i:
                # (the closing stop, a quotation mark; a quoted description, of what the verb names)
                heads[c.i] = named.i if c.dep_ == "appos" and named is not None and c.i > named.i else verb.i
        if _set_tree(doc, heads, deps):
            verb.tag_ = "VBD"


def _repair_vocative(doc) -> None:
    """"REPORTER (Station): Governor, on September 7 the City Council voted to bar ...": a transcript's speaker
    label, and a title with a comma that addresses the person asked, open the sentence; the model makes the
    label or the title a subject of the verb, whose subject is the one after the comma."""
    end = re.match(_LABEL, doc.text).end()      # (0 with no label)
    title = next((t for t in doc if t.idx >= end), None)
    if title is None or title.text not in TITLE_WORDS or title.i + 1 >= len(doc) or doc[title.i + 1].text != ",":
        return
    for f in doc[:title.i + 1]:
        if f.dep_ != "nsubj" or not any(c.dep_ in ("nsubj", "nsubjpass") and c.i > title.i + 1 for c in f.head.children):
            continue
        heads, deps = [x.head.i for x in doc], [x.dep_ for x in doc]
        deps[f.i] = "npadvmod"
        _set_tree(doc, heads, deps)
        return


def _repair_base_conj(doc) -> None:
    """"It would bar city police from holding anyone ... and reaffirm Hazleton as a welcoming city": the base form
    after "and" goes with the modal's verb ("would bar ... and reaffirm"), not with the gerund after "from"."""
    for t in doc:
        h = t.head
        if t.dep_ != "conj" or t.tag_ != "VB" or h.tag_ != "VBG" or h.dep_ != "pcomp" or h.head.lower_ != "from":
            continue
        v = h.head.head
        if not _is_verbal(v) or v.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ in (
                "would", "will", "shall", "to", "may", "must", "should", "could") for c in v.children):
            continue
        heads, deps = [x.head.i for x in doc], [x.dep_ for x in doc]
        heads[t.i] = v.i
        for c in h.children:     # (the "and" before it)
            if c.dep_ == "cc" and c.i < t.i:
                heads[c.i] = v.i
        _set_tree(doc, heads, deps)


def _repair_shared_object(doc) -> None:
    """"Officers shall not hold, transport or search any person for ICE on a detainer alone": the object and
    phrases the coordinated verbs share, which the parse hangs on the last of them, go with the first (the verb
    the modal and negation belong to)."""
    for t in doc:
        if t.pos_ != "VERB" or not any(c.dep_ == "aux" and c.tag_ == "MD" for c in t.children) \
                or any(c.dep_ in ("dobj", "ccomp", "xcomp", "prep") for c in t.children):
            continue
        last, chain = t, []
        while True:
            nxt = next((c for c in last.children if c.dep_ == "conj"), None)
            if nxt is None:
                break
            chain.append(nxt)
            last = nxt
        if not chain or last.i - t.i > 6 or not any(c.dep_ == "dobj" for c in last.children):
            continue
        if any(x.dep_ not in ("conj", "cc", "punct") for x in doc[t.i + 1:last.i] if x.i not in {c.i for c in chain}):
            continue
        heads, deps = [x.head.i for x in doc], [x.dep_ for x in doc]
        for c in last.children:
            if c.i > last.i and c.dep_ in ("dobj", "prep", "advmod", "npadvmod"):
                heads[c.i] = t.i
        _set_tree(doc, heads, deps)


def _repair_grant_funds(doc) -> None:
    """"to withhold Byrne JAG grant funds from Maryland": "grant" before "funds" is a noun of the object, not a verb
    joined to the sentence's main verb."""
    for t in doc:
        if t.lemma_.lower() != "grant" or t.pos_ != "VERB" or t.dep_ != "conj" or t.i == 0 or t.i + 1 >= len(doc):
            continue
        prev, nxt = doc[t.i - 1], doc[t.i + 1]
        if prev.dep_ != "dobj" or prev.pos_ not in ("PROPN", "NOUN") or nxt.head.i != t.i or nxt.dep_ != "dobj" \
                or nxt.lemma_.lower() not in ("fund", "funding", "money", "dollar", "payment", "award") \
                or any(c.dep_ == "cc" for c in t.head.children if prev.i < c.i < t.i):
            continue
        heads, deps = [x.head.i for x in doc], [x.dep_ for x in doc]
        verb = prev.head
        heads[nxt.i], deps[nxt.i] = verb.i, "dobj"
        heads[t.i], deps[t.i] = nxt.i, "compound"
        heads[prev.i], deps[prev.i] = nxt.i, "compound"
        for c in t.children:
            if c.i != nxt.i:
                heads[c.i] = verb.i
        t.pos_, t.tag_ = "NOUN", "NN"
        _set_tree(doc, heads, deps)


def _repair_gerund_second_object(doc) -> None:
    """"adopted a resolution on February 14 condemning arrests made at a bus stop": a gerund the parse hung as a
    modifier on a second object of the same verb ("condemning" over "arrests") is a clause on the first object,
    with that noun its own object."""
    for t in doc:
        n = t.head
        if t.dep_ != "amod" or t.tag_ != "VBG" or t.i != n.i - 1 or n.dep_ != "dobj" or not _is_verbal(n.head):
            continue
        firsts = [c for c in n.head.children if c.dep_ == "dobj" and c.i < t.i and c.i != n.i]
        if not firsts:
            continue
        heads, deps = [x.head.i for x in doc], [x.dep_ for x in doc]
        heads[t.i], deps[t.i] = firsts[0].i, "acl"
        heads[n.i], deps[n.i] = t.i, "dobj"
        _set_tree(doc, heads, deps)


def _repair_according_to(doc) -> None:
    """"According to the State, ICE officers arrested forty-one people ...": the small model reads "the State, ICE
    officers" as one noun phrase under "According to" and leaves the verb with no subject; the words after the comma
    are the verb's subject."""
    for acc in doc:
        if acc.lower_ != "according" or acc.dep_ != "prep" or acc.i > 2 or not _is_verbal(acc.head):
            continue
        verb = acc.head
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        to = next((c for c in acc.children if c.lower_ == "to"), None)
        obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        if obj is None or obj.i >= verb.i:
            continue
        comma = next((t for t in doc[to.i + 1:obj.i] if t.text == ","), None)
        if comma is None or not any(c.i < comma.i for c in obj.children if c.dep_ in ("nmod", "compound", "appos")):
            continue
        heads, deps = [x.head.i for x in doc], [x.dep_ for x in doc]
        source = max((c for c in obj.children if c.i < comma.i), key=lambda c: c.i)
        heads[source.i], deps[source.i] = to.i, "pobj"
        for c in obj.children:
            if c.i < comma.i and c.i != source.i and c.dep_ in ("det", "amod", "compound", "nmod"):
                heads[c.i] = source.i
        heads[comma.i], deps[comma.i] = verb.i, "punct"
        heads[obj.i], deps[obj.i] = verb.i, "nsubj"
        _set_tree(doc, heads, deps)


def _repair_let_lapse(doc) -> None:
    """"let a similar contract lapse": the small model reads "lapse" as the object noun of "let", with the
    contract its compound; the tree is rebuilt so the contract is the subject of the verb "lapse"."""
    for t in doc:
        if t.pos_ != "NOUN" or t.dep_ != "dobj" or t.head.lemma_.lower() not in ("let", "allow") \
                or t.lower_ not in ("lapse", "expire", "end", "die", "run"):
            continue
        subj = [c for c in t.children if c.dep_ == "compound"]
        if not subj:
            continue
        heads, deps = [x.head.i for x in doc], [x.dep_ for x in doc]
        s = subj[-1]
        deps[t.i] = "ccomp"
        heads[s.i], deps[s.i] = t.i, "nsubj"
        for c in t.children:
            if c.i < s.i and c.dep_ in ("det", "amod", "poss", "nummod"):
                heads[c.i] = s.i        # "a similar (contract)"
        if _set_tree(doc, heads, deps):
            t.pos_, t.tag_, t.lemma_ = "VERB", "VB", t.lower_


def _repair_interrupted_object(doc) -> None:
    """"voted 4-1 to renew, for three more years, our jail's detention agreement with ICE": a phrase set off by
    commas between a verb and its object; the small model hangs the object elsewhere (a conjunct of the main
    verb). The noun phrase after the second comma becomes the verb's object."""
    for t in doc:
        if not _is_verbal(t) or t.tag_ not in ("VB", "VBD", "VBZ", "VBP") or t.i + 3 >= len(doc) \
                or doc[t.i + 1].text != "," or any(c.dep_ in ("dobj", "ccomp", "xcomp", "nsubjpass") for c in t.children):
            continue
        prep = doc[t.i + 2]
        if prep.dep_ != "prep" or prep.head.i != t.i:
            continue
        k = max(x.i for x in prep.subtree)
        if k + 2 >= len(doc) or doc[k + 1].text != ",":
            continue
        h = doc[k + 2]
        while h.head.i != h.i and h.head.i > k + 1:
            h = h.head
        if h.pos_ not in ("NOUN", "PROPN") or h.head.i == t.i or h.dep_ not in ("conj", "appos", "dobj", "npadvmod", "dep"):
            continue
        heads, deps = [x.head.i for x in doc], [x.dep_ for x in doc]
        heads[h.i], deps[h.i] = t.i, "dobj"
        _set_tree(doc, heads, deps)     # (kept as it was if that would break the tree)


_JAIL_OWNERS = frozenset(("county", "city", "local", "state", "municipal", "regional", "all", "the", "its", "their",
                          "our", "federal", "private", "rural", "parish"))


def _has_prep_object(verb, prep: str, objects, deep: bool = False) -> bool:
    """``verb`` governs ``prep`` (among its children, or with ``deep`` its particle's too) whose object is one of
    ``objects`` (lemmas; None: any)."""
    heads = [verb] + ([c for c in verb.children if c.dep_ in ("prt", "advmod")] if deep else [])
    return any(c.dep_ == "prep" and c.lower_ == prep and any(
        o.dep_ == "pobj" and (objects is None or o.lemma_.lower() in objects) for o in c.children)
        for h in heads for c in h.children)


def _repair_verbs(doc) -> None:
    """Verbs the small model tagged as nouns, retagged in this sentence's parse (the text is unchanged):
    a gerund after "begin" or used as a modifier ("on Friday barring jails from ..."), a noun with a
    subject ("let the agreement expire"), a section's or law's only finite verb ("Section 2 bars ..."), and
    an "-ies" verb between a noun and its object ("The jail notifies ICE ...")."""
    # a finite verb of the main clause ("Bill 12, which the governor signed in May, bars ...": "signed" is not one)
    _repair_law_verb_swap(doc)
    _repair_bar_from(doc)
    _repair_let_lapse(doc)
    _repair_interrupted_object(doc)
    _repair_clause_verb(doc)
    _repair_plural_subject(doc)
    _repair_noun_root(doc)
    _repair_section_verb(doc)
    _repair_section_appos_verb(doc)
    _repair_section_forbids(doc)
    _repair_directed_modifier(doc)
    _repair_tense_conj(doc)
    _repair_noun_root_object(doc)
    _repair_participle_root(doc)
    _repair_place_appos_subject(doc)
    _repair_appos_subject(doc)
    _repair_to_conj(doc)
    _repair_first_clause_root(doc)
    _repair_bars_gerund(doc)
    _repair_relative_root(doc)
    _repair_writing_root(doc)
    _repair_time_root(doc)
    _repair_vocative(doc)
    _repair_according_to(doc)
    _repair_gerund_second_object(doc)
    _repair_grant_funds(doc)
    _repair_shared_object(doc)
    _repair_base_conj(doc)
    _repair_ordered_object(doc)
    _repair_dangling_preposition(doc)
    _repair_split_subject(doc)
    _repair_acl_root(doc)
    _repair_keep_closed(doc)
    _repair_instrument_gerund(doc)
    _repair_perfect_adjective(doc)
    _repair_agency_noun_object(doc)
    for t in doc:
        if t.lemma_.lower() == "put" and any(c.dep_ == "dobj" and c.lemma_.lower() in ("name", "signature")
                                             for c in t.children) \
                and any(c.dep_ == "prep" and c.lower_ in ("to", "on") for c in t.children):
            t.lemma_ = "sign"       # "put his name to a memorandum of understanding": an idiom for signing
        elif t.lemma_.lower() == "put" and (_has_prep_object(t, "in", ("place", "effect")) or any(
                c.dep_ == "dobj" and _has_prep_object(c, "in", ("place", "effect")) for c in t.children)):
            t.lemma_ = "establish"  # "put 287(g) jail agreements in place"
        elif t.lemma_.lower() == "walk" and any(c.lower_ == "away" for c in t.children) \
                and _has_prep_object(t, "from", None, deep=True):
            t.lemma_ = "withdraw"   # "walked away from the county's 287(g) agreement"
        elif t.lemma_.lower() == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in t.children):
            t.lemma_ = "reject"     # "ruled out applying for a 287(g) agreement": turned down
        elif t.lemma_.lower() == "take" and _has_prep_object(t, "to", ("court",)):
            t.lemma_ = "sue"        # "took the city to court in January"
        elif t.lemma_.lower() in ("bring", "file") and any(
                c.dep_ == "dobj" and c.lemma_.lower() == "case" and (_has_prep_object(c, "against", None)
                                                                     or _has_prep_object(t, "against", None))
                for c in t.children):
            t.lemma_ = "sue"        # "intends to bring its own case against the Justice Department"
        elif t.lemma_.lower() == "sign" and t.i >= 2 and t.doc[t.i - 1].text in ("-", "\u2011") \
                and t.doc[t.i - 2].lower_ == "re":
            t.lemma_ = "renew"      # "re-signed its 287(g) agreement" (split by the tokenizer): kept, not entered
    _repair_contact_verb(doc)
    for t in doc:
        if t.lower_ == "jails" and t.tag_ == "VBZ" and t.i > 0 and (doc[t.i - 1].lower_ in _JAIL_OWNERS or (
                # ("bars sheriffs, police departments and jails from holding ...": the last noun of a list)
                t.i > 1 and doc[t.i - 1].lower_ in ("and", "or") and doc[t.i - 2].tag_ in ("NNS", "NN"))):
            t.pos_, t.tag_, t.lemma_ = "NOUN", "NNS", "jail"    # "laws obliging county jails to hold ...": the noun
    for t in doc:
        if t.dep_ == "ccomp" and t.i < t.head.i and any(x.text == ";" for x in doc[t.i: t.head.i]):
            # "Fremont County applied for an agreement last month; ICE has not acted on it": two clauses,
            # not a clause reported by the second (whose "not" is not the first one's)
            t.dep_ = "parataxis"
    finite = any(t.tag_ in ("VBZ", "VBD", "VBP") and not any(
        x.dep_ in ("relcl", "acl", "advcl", "ccomp", "pcomp") for x in [t, *t.ancestors]) for t in doc)
    for t in doc:
        if t.tag_ == "NNS" and t.lower_.endswith("ies") and 0 < t.i and t.i + 1 < len(doc) \
                and _verb_stem(t.lower_) and doc[t.i + 1].pos_ in ("DET", "PROPN", "PRON", "NOUN"):
            if doc[t.i - 1].pos_ in ("NOUN", "PROPN"):
                t.pos_, t.tag_, t.lemma_ = "VERB", "VBZ", _verb_stem(t.lower_)    # "The jail notifies ICE before ..."
                continue
            verb = next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if doc[t.i - 1].lower_ in ("and", "but") and verb is not None and t.dep_ == "conj":
                # "is not covered by the ordinance and notifies ICE of release dates": a second verb of the
                # clause, read as a noun joined to the object of the first
                t.pos_, t.tag_, t.lemma_ = "VERB", "VBZ", _verb_stem(t.lower_)
                heads, deps = [x.head.i for x in doc], [x.dep_ for x in doc]
                obj = doc[t.i + 1]
                while obj.head.i > t.i and obj.head.i != obj.i:
                    obj = obj.head
                noun = t.head
                heads[t.i], deps[t.i] = verb.i, "conj"
                heads[t.i - 1], deps[t.i - 1] = verb.i, "cc"
                if obj.i != t.i and obj.head.i < t.i:
                    if noun.head.i == obj.i:
                        heads[noun.i], deps[noun.i] = obj.head.i, obj.dep_
                    heads[obj.i], deps[obj.i] = t.i, "dobj"
                _set_tree(doc, heads, deps)
                continue
        if t.pos_ == "NOUN" and t.dep_ in ("ccomp", "xcomp") and t.lower_ in R.VERB_INDEX \
                and any(c.dep_ == "nsubj" for c in t.children):
            t.pos_, t.tag_, t.lemma_ = "VERB", "VB", t.lower_     # "let the agreement expire" (a noun with a subject)
            continue
        if t.tag_ == "NN" and t.lower_.endswith("ing") and t.dep_ in ("dobj", "xcomp") and t.head.lemma_.lower() in (
                "begin", "start", "stop", "continue", "keep", "resume", "cease", "end", "quit") and _verb_stem(t.lower_):
            t.pos_, t.tag_, t.lemma_ = "VERB", "VBG", _verb_stem(t.lower_)     # "will begin housing ICE detainees"
            continue
        if t.tag_ == "NN" and t.dep_ == "compound" and t.lower_.endswith("ing") and t.i > 0 \
                and doc[t.i - 1].pos_ not in ("DET", "ADJ", "NUM", "PRON") and doc[t.i - 1].dep_ != "poss":
            stem = _verb_stem(t.lower_)
            if stem:
                t.pos_, t.tag_, t.lemma_ = "VERB", "VBG", stem
        elif t.tag_ == "NNS" and t.i > 0 and t.i + 1 < len(doc) and (
                (not finite and doc[t.i - 1].text in (",", ")"))
                or (doc[t.i - 1].pos_ == "NUM" and t.i > 1 and _numbered_rule(doc, t.i - 1)
                    and t.lower_ in ("bars", "bans", "prohibits", "forbids", "requires", "directs", "allows",
                                     "limits", "ends", "repeals", "creates", "establishes", "orders", "obliges",
                                     "compels", "mandates", "obligates", "closes", "curtails"))) \
                and (doc[t.i + 1].pos_ in ("DET", "NOUN", "ADJ", "PROPN", "NUM")
                     or (doc[t.i - 1].text == ")" and doc[t.i + 1].lower_ in ("for", "to"))):
            # "That law, signed by the governor, bars county jails from ...": the only finite verb, read as a noun
            stem = _verb_stem(t.lower_)
            if stem:
                t.pos_, t.tag_, t.lemma_ = "VERB", "VBZ", stem
                finite = True
                h = t.head
                if t.dep_ == "appos" and h.dep_ == "ROOT" and h.i < t.i:
                    # 'Plaintiff Village of X (the "Village") moves for ...': the noun it hung on is its subject
                    try:
                        t.head, t.dep_ = t, "ROOT"
                        h.head, h.dep_ = t, "nsubj"
                    except Exception:   # pragma: no cover - a tree spaCy refuses; keep the parse as it was
                        pass


#: verbs of getting word to someone, which the small model reads as nouns before "ICE" ("the desk alerts ICE
#: officers", "booking clerks telephone ICE before ...")
_CONTACT_VERBS = frozenset(("alert", "call", "phone", "telephone", "fax", "email", "e-mail", "text", "notify", "page"))
_AGENCY_WORDS = frozenset(("ice", "dhs", "cbp", "hsi", "ero"))


#: a place's own words for what it is: "welcoming" or "sanctuary" and a kind of place
_STANDING_NOUN = re.compile(r"^(?:welcoming|sanctuary|inclusive)\b.*\b(?:city|county|community|town|village|place|state"
                            r"|jurisdiction|borough|parish)$", re.I)


def _states_standing(tok) -> bool:
    """"Charlotte is a welcoming city", "Fargo is a welcoming city, and it will stay one", "We are a welcoming
    county": the copula of a main clause in the present (or with "will"), a place, "we" or "this city" its subject,
    a welcoming or sanctuary place its complement; not negated, asked, supposed or told of a rival's charge."""
    if tok.dep_ not in ("ROOT", "conj", "ccomp", "parataxis") or _negated(tok):
        return False
    aux = {c.lower_ for c in tok.children if c.dep_ == "aux"}
    if not (tok.tag_ in ("VBZ", "VBP") or "will" in aux) or aux - {"will"}:
        return False
    if any(c.dep_ == "mark" and c.lower_ in ("if", "whether", "unless", "because", "that") for c in tok.children):
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.i > tok.i:
        return False    # ("Is Denver a sanctuary city?")
    if R.CUES["federal"].search(" " + tok.doc.text.lower() + " "):
        return False    # ("ICE said Denver is a sanctuary city": a federal charge)
    if not (subj.pos_ == "PROPN" or subj.lower_ in ("we", "it") or (
            subj.text[:1].isupper() and subj.pos_ == "NOUN" and not any(c.dep_ == "det" for c in subj.children)) or (
            subj.lemma_.lower() in ("city", "county", "town", "village", "community")
            and any(d.lower_ in ("this", "our") for d in subj.children))):
        return False
    attr = next((c for c in tok.children if c.dep_ in ("attr", "acomp")), None)
    if attr is None:
        return False
    words = " ".join(t.text for t in attr.subtree if t.i <= attr.i and t.dep_ not in ("det", "poss")).replace(" - ", "-")
    return bool(_STANDING_NOUN.match(words.strip()))


#: the rules of a court's steps (a dispute ended by one is no measure ended)
_CASE_STEP_RULES = frozenset(("approve_settlement", "settle_suit", "court_verbs", "drop_suit"))
#: a settlement told with its terms: "approve the settlement, including its ban on ..."
_SETTLEMENT_TERMS = re.compile(r"\bsettlements?\s*,?\s*(?:(?:including|and) (?:its|the) (?:ban|bar|limits?|restrictions?"
                               r"|rules?|terms?)\b|(?:which|that) (?:\w+ )?(?:forbids|bars|bans|requires|limits|keeps"
                               r"|prohibits|ends|stops|obliges|lets|allows)\b)")
#: people a suspension or removal falls on
_PEOPLE_PUNISHED = frozenset(("official", "officer", "sheriff", "mayor", "chief", "employee", "member", "commissioner",
                              "supervisor", "councilor", "councilmember", "prosecutor", "judge", "clerk", "deputy"))
#: nouns of rules whose topic a gerund may name ("its rules on helping federal agents")
_RULE_TOPIC_NOUNS = frozenset(("rule", "policy", "guideline", "guidance", "limit", "restriction", "law", "ordinance",
                               "question", "debate", "discussion", "vote", "hearing", "training", "stance", "position"))
#: a fight over a measure, which ending leaves the measure standing
_DISPUTE_NOUNS = frozenset(("fight", "dispute", "battle", "case", "lawsuit", "suit", "litigation", "standoff",
                            "feud", "challenge", "impasse", "stalemate", "conflict", "war"))


def _repair_perfect_adjective(doc) -> None:
    """"the Colorado law that has limited detainer holds by state and local agencies": read with "limited" an
    adjective of "detainer" and "holds" the verb. After "has"/"have"/"had", an "-ed" word read as an adjective of
    the noun that is the subject of a following plural-looking verb is the participle, and that "verb" its object."""
    for i in range(len(doc) - 3):
        aux, adj, noun = doc[i], doc[i + 1], doc[i + 2]
        if aux.lower_ not in ("has", "have", "had") or adj.tag_ != "JJ" or not adj.lower_.endswith("ed") \
                or adj.head.i != noun.i or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        verb = noun.head
        if verb.tag_ != "VBZ" or noun.dep_ != "nsubj" or aux.head.i != verb.i or verb.i != noun.i + 1:
            continue
        stem = adj.lower_[:-2] if adj.lower_[:-2] in R.VERB_INDEX else adj.lower_[:-1]
        if stem not in R.VERB_INDEX:
            continue
        heads, deps = [x.head.i for x in doc], [x.dep_ for x in doc]
        heads[adj.i], deps[adj.i] = (verb.head.i if verb.head.i != verb.i else adj.i), verb.dep_
        for c in verb.children:
            if c.i not in (noun.i,):
                heads[c.i] = adj.i
        heads[verb.i], deps[verb.i] = adj.i, "dobj"
        heads[noun.i], deps[noun.i] = verb.i, "compound"
        heads[aux.i], deps[aux.i] = adj.i, "aux"
        if _set_tree(doc, heads, deps):
            adj.pos_, adj.tag_, adj.lemma_ = "VERB", "VBN", stem
            verb.pos_, verb.tag_, verb.lemma_ = "NOUN", "NNS", verb.lower_[:-1]
        return


def _repair_keep_closed(doc) -> None:
    """"directed the three campus presidents to keep residence halls, classrooms and laboratories closed to
    immigration agents": "closed" read as a second verb of "directed"; after "keep" (or "leave") and its object it is
    what the object is kept (its predicate)."""
    for w in doc:
        if w.lower_ not in ("closed", "shut", "open") or w.dep_ != "conj" or w.tag_ not in ("VBD", "VBN"):
            continue
        keep = next((t for t in reversed(doc[:w.i]) if t.lemma_.lower() in ("keep", "leave") and _is_verbal(t)), None)
        if keep is None or keep.i == w.head.i or not any(c.dep_ == "dobj" for c in keep.children):
            continue
        obj = next(c for c in keep.children if c.dep_ == "dobj")
        if obj.right_edge.i != w.i - 1 or any(c.dep_ == "cc" and c.i == w.i - 1 for c in w.head.children):
            continue
        heads, deps = [x.head.i for x in doc], [x.dep_ for x in doc]
        heads[w.i], deps[w.i] = keep.i, "oprd"
        _set_tree(doc, heads, deps)
        return


def _gerund_stem(word: str) -> Optional[str]:
    """The verb of an "-ing" word that a rule knows: "closing" -> "close", "barring" -> "bar"."""
    base = word[:-3]
    for cand in (base, base + "e", base[:-1] if len(base) > 2 and base[-1] == base[-2] else None):
        if cand and cand in R.VERB_INDEX:
            return cand
    return None


def _repair_instrument_gerund(doc) -> None:
    """"to draft an ordinance closing city parking lots to federal staging areas": "closing" read as a noun in a
    compound ("closing city parking lots"), with the ordinance a modifier. After an instrument noun, an "-ing" word of
    a rule's verb, tagged a noun and modifying the noun phrase after it, is the instrument's clause: the verb, that
    noun phrase its object."""
    for t in doc:
        if t.tag_ != "NN" or not t.lower_.endswith("ing") or t.i == 0 or t.dep_ != "compound":
            continue
        noun, np = doc[t.i - 1], t.head
        while np.dep_ == "compound" and np.head.i > np.i:
            np = np.head        # ("closing city parking lots": the phrase's head, "lots")
        if noun.lemma_.lower() not in R.INSTRUMENT_NOUNS or np.i <= t.i or np.head.i == np.i or np.pos_ != "NOUN":
            continue
        stem = _gerund_stem(t.lower_)
        if stem is None:
            continue
        heads, deps = [x.head.i for x in doc], [x.dep_ for x in doc]
        heads[noun.i], deps[noun.i] = np.head.i, np.dep_
        for x in doc[np.left_edge.i: noun.i]:
            if x.head.i == np.i or x.head.i == t.i:
                heads[x.i] = noun.i      # ("an" of "an ordinance")
        heads[t.i], deps[t.i] = noun.i, "acl"
        heads[np.i], deps[np.i] = t.i, "dobj"
        for c in np.head.children:
            if (c.dep_ == "prep" and c.i == np.right_edge.i + 1) or (
                    c.dep_ == "advcl" and c.left_edge.i == np.right_edge.i + 1 and c.left_edge.lower_ == "to"):
                heads[c.i] = t.i        # ("... to federal staging areas", "... to warrantless arrests" misread)
        if _set_tree(doc, heads, deps):
            t.pos_, t.tag_, t.lemma_ = "VERB", "VBG", stem
        return


def _repair_acl_root(doc) -> None:
    """'In a statement Wednesday, a DHS spokesperson called Louisville "a sanctuary city ..." and said ...': read with
    a preposition or a noun as the root and "called" a modifier (acl) of "spokesperson". A past-tense verb right after
    a noun, modifying it, with no subject of its own, when the root is no verb, is the clause's verb: the noun its
    subject, the old root hung on it, and verbs joined to the old chain joined to it."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ in ("VERB", "AUX"):
        return
    v = next((t for t in doc if t.dep_ == "acl" and t.tag_ == "VBD" and t.i > 0 and t.head.i == t.i - 1
              and t.head.pos_ in ("NOUN", "PROPN") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
              and (any(c.dep_ in ("dobj", "oprd", "ccomp") for c in t.children)
                   or (root.i == t.i + 1 and root.pos_ == "NOUN"))), None)
    if v is None:
        return
    n = v.head
    chain = [n, *n.ancestors]
    heads, deps = [x.head.i for x in doc], [x.dep_ for x in doc]
    for x in doc:
        if x.head in chain and x.i not in (n.i, v.i) and x.dep_ in ("conj", "cc") and x.i > v.i:
            heads[x.i] = v.i        # "... and said the department will ...": the verb's second verb
    heads[v.i], deps[v.i] = v.i, "ROOT"
    heads[n.i], deps[n.i] = v.i, "nsubj"
    if root.i == v.i + 1:
        heads[root.i], deps[root.i] = v.i, "dobj"     # ("The same directive ended holds on ICE detainers")
        root.pos_, root.tag_ = "NOUN", "NNS" if root.lower_.endswith("s") else root.tag_
    elif n.i != root.i:
        heads[root.i], deps[root.i] = v.i, "prep" if root.pos_ == "ADP" else "npadvmod"
    if _set_tree(doc, heads, deps):
        v.pos_ = "VERB"


def _repair_split_subject(doc) -> None:
    """"Reading Mayor Jane Roe called the arrests ...", "Las Cruces Mayor Jane Roe condemned ...": the place before
    the title read as a second subject of the verb. When a verb has two subjects, the first a proper noun and
    every word between them a compound or hyphen of the second, the first is made a compound of the second (one
    subject: the mayor, not the city)."""
    for v in doc:
        subs = [c for c in v.children if c.dep_ == "nsubj"]
        if len(subs) != 2 or subs[0].pos_ not in ("NOUN", "PROPN") or subs[1].pos_ not in ("NOUN", "PROPN"):
            continue
        if subs[0].tag_ != "NNP" and not (subs[0].i + 1 < len(doc) and doc[subs[0].i + 1].dep_ == "cc"):
            continue
        first, second = subs
        between = doc[first.i + 1: second.i]
        if between and between[0].dep_ == "cc" and between[0].head.i == first.i and between[0].lower_ in ("and", "or") \
                and all(second in x.ancestors or x.dep_ == "punct" for x in between[1:]):
            # "Scott County sheriff's deputies and Mississippi Highway Patrol troopers closed both roads": two
            # subjects read apart; the second is joined to the first
            second.dep_, second.head = "conj", first
            continue
        if not between or any(x.head.i != second.i and x.dep_ not in ("punct", "compound") for x in between) \
                or not any(x.dep_ == "compound" and x.pos_ == "PROPN" for x in between):
            continue
        first.dep_, first.head = "compound", second


#: plural nouns of what an agency sends, which the parser can read as a verb after the agency's name
_AGENCY_PAPERS = frozenset(("holds", "requests", "demands", "subpoenas", "notices", "letters", "referrals"))


def _repair_agency_noun_object(doc) -> None:
    """"her deputies will keep turning down ICE holds", "to ignore ICE requests": after a verb that has no object,
    "ICE holds" was read as a clause (ICE the subject of "holds"). The plural noun is made the verb's object and
    the agency its modifier."""
    for t in doc:
        if t.lower_ not in _AGENCY_PAPERS or t.tag_ != "VBZ" or t.i < 2:
            continue
        agency, prev = doc[t.i - 1], doc[t.i - 2]
        if agency.lower_ not in _AGENCY_WORDS or agency.dep_ != "nsubj" or agency.head.i != t.i:
            continue
        verb = prev.head if prev.dep_ == "prt" else prev
        if verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "ccomp") for c in verb.children) or t in verb.ancestors \
                or verb.i > t.i:
            continue
        t.pos_, t.tag_, t.lemma_ = "NOUN", "NNS", t.lower_[:-1]
        agency.dep_ = "compound"
        t.dep_, t.head = "dobj", verb


def _repair_contact_verb(doc) -> None:
    """"The booking desk alerts ICE deportation officers ...", "Booking clerks telephone ICE before releasing
    anyone", "staff did phone ICE": a verb of contact read as a noun in a compound with the agency after it.
    When such a word stands between a subject noun (or an adverb or auxiliary of a clause) and "ICE", and is
    tagged a noun, it is retagged a verb (the -s form after a singular noun, the base form after a plural
    noun, an adverb or an auxiliary); the rules then read it as the clause's verb."""
    for t in doc:
        if t.pos_ not in ("NOUN", "PROPN") or t.i == 0 or t.i + 1 >= len(doc) \
                or doc[t.i + 1].lower_ not in _AGENCY_WORDS:
            continue
        prev = doc[t.i - 1]
        word = t.lower_
        if word.endswith("s") and (word[:-1] in _CONTACT_VERBS or word[:-2] in _CONTACT_VERBS
                                   or (word.endswith("ies") and word[:-3] + "y" in _CONTACT_VERBS)):
            # ("the jail alerts ICE", "the desk routinely faxes ICE"; not "the calls ICE made")
            if prev.tag_ in ("NN", "NNP") or (prev.pos_ == "ADV" and t.i > 1 and doc[t.i - 2].tag_ in ("NN", "NNP")):
                stem = word[:-3] + "y" if word.endswith("ies") else (word[:-1] if word[:-1] in _CONTACT_VERBS
                                                                     else word[:-2])
                t.pos_, t.tag_, t.lemma_ = "VERB", "VBZ", stem
        elif word in _CONTACT_VERBS and t.tag_ == "NN":
            # ("clerks telephone ICE", "staff already phone ICE", "did phone ICE", "to fax ICE"; not "a phone ICE")
            if prev.tag_ in ("NNS", "MD") or prev.lower_ in ("staff", "personnel", "to", "did", "do", "does") \
                    or (prev.pos_ == "ADV" and t.i > 1 and (doc[t.i - 2].tag_ in ("NNS", "MD")
                                                           or doc[t.i - 2].lower_ in ("staff", "personnel"))):
                t.pos_, t.tag_, t.lemma_ = "VERB", "VB" if prev.tag_ == "MD" or prev.lower_ in (
                    "to", "did", "do", "does") else "VBP", word


def _numbered_rule(doc, i: int) -> bool:
    """The number at ``i`` ends a rule's name: "Section 4", "Act 147", "Session Law 2026-58", "Ordinance 12-3"."""
    j = i
    while j > 0 and (doc[j].pos_ == "NUM" or doc[j].text in ("-", "\u2013", ".")):
        j -= 1
    return doc[j].lower_ in ("section", "article", "part", "bill", "ordinance", "act", "law", "code", "resolution")


def _repeal_is_condition(tok) -> bool:
    """A repeal that is a condition or a forced consequence, not an act: "would withhold ... until it repeals any
    policy that limits ...", "the city would have to repeal parts of its ordinance if the bill became law"."""
    if any(c.dep_ == "mark" and c.lower_ in ("until", "unless", "if", "once") for c in tok.children):
        return True
    head = tok.head
    return tok.dep_ == "xcomp" and head.lemma_.lower() == "have" and any(
        c.dep_ == "aux" and c.lower_ in ("would", "could", "might") for c in head.children) and any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
        for c in [*head.children, *tok.children])


def _calls_names(tok) -> bool:
    """'called ICE a rogue agency': call + object + predicate (not 'called for')."""
    deps = {c.dep_ for c in tok.children}
    obj = _called_object(tok)
    if obj is not None and any(g.dep_ == "appos" and g.i > 0 and tok.doc[g.left_edge.i - 1].text in _QUOTE_MARKS
                               for g in obj.children):
        return True     # 'called the May arrests "a stain on this city"', the quote parsed as an apposition
    if any(c.dep_ in ("oprd", "dobj") and c.i + 2 < len(tok.doc) and tok.doc[c.i + 1].text in _QUOTE_MARKS
           and tok.doc[c.i + 2].lower_ in ("a", "an", "the") for c in tok.children):
        return True     # 'a DHS spokesperson called Louisville "a sanctuary city that ..."', the quote hung elsewhere
    if "dobj" in deps and tok.lemma_.lower() in ("describe", "label", "brand", "portray", "characterize", "characterise", "regard") and any(
            c.dep_ == "prep" and c.lower_ == "as" for c in tok.children):
        return True     # 'described St. Cloud as "a sanctuary in everything but name"'
    # (not "called for ..."; but a "for" after the name given is the name's own: 'called the vote "a welcome mat for
    # every trafficker"', its "for" hung on "called" by the parse)
    named_at = min((c.i for c in tok.children if c.dep_ in ("oprd", "xcomp", "ccomp", "attr")), default=None)
    return "dobj" in deps and named_at is not None and not any(
        c.dep_ == "prep" and c.lower_ == "for" and c.i < named_at for c in tok.children)


def _called_object(tok):
    """The object of "call": the direct object, or an oprd that carries its description as an apposition."""
    for c in tok.children:
        if c.dep_ == "dobj":
            return c
    for c in tok.children:
        if c.dep_ == "oprd" and (any(g.dep_ == "appos" for g in c.children) or (
                c.i + 1 < len(tok.doc) and tok.doc[c.i + 1].text in _QUOTE_MARKS)):
            return c    # (or the name given in quotes right after it, hung elsewhere by the parse)
    return None


def _actor_pattern_met(tok, rule: R.Rule, actors: list, subject: str, S) -> bool:
    """A rule's actor pattern matches the actor found, the subject, a role, or the ones sent to act; a court's verb
    also a judge named (or just before the verb, the parse askew: "A federal judge in Milwaukee ordered ...")."""
    return bool((actors and re.search(rule.actor_pattern, actors[0].get("text", actors[0]["actor"] or ""), re.I))
                or re.search(rule.actor_pattern, subject, re.I) or _subject_role_matches(tok, rule, S)
                or _sent_to_do(tok, rule)
                or (rule.name == "court_verbs" and (_judge_named(tok) or _JUDGE_BEFORE.search(tok.doc.text[:tok.idx]))))


def _no_court_actor(tok, rule: R.Rule, S, state, si) -> bool:
    """A court's verb ("issued", "ordered") whose actor and subject name no court or judge, as `_rows_for` tests it."""
    return not _actor_pattern_met(tok, rule, _actors(tok, S, state, si), _subject_text(tok), S)


def _rows_for(pdoc, sent, S, state, si, by_sent, tok, rule, sc, texts, path, nested, op_name,
              incident, incident_place) -> list[dict]:
    if rule.name == "designate_sanctuary" and _is_verbal(tok) and tok.lemma_.lower() in ("add", "place", "put") \
            and not any(c.dep_ in ("prep", "dative") and c.lower_ in ("to", "on", "onto") for c in tok.children) \
            and not re.search(r"\b(?:to|on|onto)\s+(?:[\w'\u2019-]+\s+){0,4}(?:list|lists|roster|registry|report)\b",
                              sent.text[tok.idx:]):
        return []   # placed on a list, added to one; not "The Senate's substitute added a procedure under which ..."
    if rule.types.get(R.NONFED) == "assist_ice" and re.search(r"\b(?:conditional|contingent) (?:on|upon)\b[^.;]{0,40}$",
                                                             sent.text[:tok.idx]):
        return []   # "makes SCAAP payments conditional on its jail honoring every ICE detainer": a condition set
    if rule.name in ("rescind_sanctuary", "rescind_limits") and _is_verbal(tok) and _repeal_is_condition(tok):
        return []   # "withholds ... grants from a certified jurisdiction until its governing body rescinds the policy"
    if rule.name == "sue" and not _is_verbal(tok) and tok.dep_ == "compound":
        return []   # a suit word naming something else: "the attorney general's complaint form"
    if rule.name == "sue" and not _is_verbal(tok) and tok.i > 0 and any(
            o["tokens"][0].i < tok.i for o in S.within(S.orgs, {tok.i}) if o.get("tokens")):
        return []   # a word of an office's name: "the Civil Division's Office of Immigration Litigation"
    anchor = tok
    if rule.name in ("prosecute_agents", "target_officials") and tok.head.lemma_.lower() == "face" \
            and tok.head.head.i != tok.head.i:
        anchor = tok.head.head      # "X said any agent who ... will face charges": the actor is X
    if tok.lemma_.lower() in ("expire", "lapse") and tok.head.i != tok.i and tok.head.lemma_.lower() in (
            "let", "allow", "permit"):
        anchor = tok.head           # "commissioners voted to let the contract expire": who lets it
    actors = _actors(anchor, S, state, si)
    if not any(a.get("actor") for a in actors) or (
            actors and tok.dep_ == "relcl" and tok.head.i in actors[0].get("span", ())
            and tok.head.lemma_.lower() in R.INSTRUMENT_NOUNS):
        # ("the Department issued Guidance Bulletin 2028-02, which bars ...": the bulletin, read as a name, is
        # no actor; its issuer is)
        author = _law_author(tok)
        if author is not None:      # "signed House Bill 12 into law, which prohibits ...": the signer's
            actors = _actors(author, S, state, si) or actors
    if rule.name in _BOUND_SUBJECT_RULES:
        # "ICE officers may not enter classrooms": the officers are bound, not acting; the rule is the
        # document's (its place comes from the document's focus)
        actors = [dict(actor=None, level=None, jurisdiction=None, jkind=None, named=False, span=set(),
                       inferred=False, text="")]
    call = (rule.name in _REFORM_RULES or rule.name in ("require_cooperation", "congress_call") and _congress_subject(tok)) \
        and _call_context(tok, path, binding=(state.instrument or _binding_line(pdoc, sent))
                          and rule.name != "abolish_ice") \
        and not (rule.name == "must_identify" and _local_setting_duty(tok)) \
        and not (rule.name == "require_identification" and _local_body_subject(tok))
    if call:
        # "It is time for Congress to rein in ICE", "Congress should abolish ICE": a call made by the
        # writer or speaker, not an act of the body named; "the governor called on Congress to ..." is hers
        demand = next((t for t in path if t.lemma_.lower() in R.DEMAND and t.i != tok.i), None) or next(
            (t for t in tok.ancestors if t.lemma_.lower() in R.SPEECH), None)    # "X said Congress must ..."

        callers = [a for a in _actors(demand, S, state, si) if a.get("level") != "federal"] if demand is not None else []
        actors = callers or [dict(actor=None, level=None, jurisdiction=None, jkind=None, named=False, span=set(),
                                  inferred=False, text="")]
    if rule.actor_pattern:
        subject = _subject_text(tok)
        if not subject and tok.i > 0 and tok.doc[tok.i - 1].pos_ == "PRON":
            subject = tok.doc[tok.i - 1].text     # "We affirm ..." parsed without a subject
        if not _actor_pattern_met(tok, rule, actors, subject, S):
            return []
        if rule.name == "court_we" and not state.legal:
            return []       # "we" is the court only in a court's own opinion or order
        if rule.name in _COURT_RULES and (_NOT_A_COURT.search(subject + " " + (actors[0].get("text") or "" if actors else ""))
                                          or (state.fiscal_court and not re.search(r"\bjudge|\bjustice", sent.text, re.I))):
            return []       # a Kentucky fiscal court or a Texas commissioners court governs a county
    if rule.name in ("court_disposition", "party_terminated") and _decretal(tok, state):
        # the order's own court, whatever party its line names ("Bernalillo County is terminated as a party")
        actors = [dict(actor="Court", level=None, jurisdiction=None, jkind=None, named=False, span=set(),
                       inferred=True, text="Court")]
    scope_ids = {t.i for t in sc}
    fallback_actor = False
    if not actors:
        if rule.needs_actor:
            return []
        actors = [dict(actor=None, level=None, jurisdiction=None, jkind=None, named=False, span=set(),
                       inferred=False, text="")]
    if not _is_verbal(tok):
        actors = _noun_actor_adjust(tok, rule, actors)
        if rule.name == "sue" and tok.dep_ == "dobj" and tok.head.lemma_.lower() == "join":
            actors = _actors(tok.head, S, state, si) or actors     # "the county would join Oregon's lawsuit"
        if rule.name == "sue" and state.last_suit and actors and actors[0]["actor"] is None \
                and actors[0]["level"] is None and any(c.lower_ in ("the", "this", "that") for c in tok.children) \
                and _describes_suit(tok):
            actors = [dict(state.last_suit, inferred=True, span=set(), reused_suit=True)]   # "The lawsuit ..." = the one just filed
    if rule.name == "withhold_funding" and tok.lemma_.lower() in ("stop", "halt", "cease") and not any(
            c.dep_ in ("dobj", "xcomp") for c in tok.children):
        teller = next((a for a in tok.ancestors if a.lemma_.lower() in _TELLING | {"warn"}), None)
        if teller is not None:
            # "He warned that the Department's share of forfeiture proceeds would stop if ...": the federal official
            # who warns
            told = [a for a in _actors(teller, S, state, si) if a.get("level") == "federal"]
            actors = told or actors
    if rule.name == "deployment" and _is_verbal(tok) and any(c.dep_ == "auxpass" for c in tok.children) \
            and not any(c.dep_ == "agent" for c in tok.children) and actors and actors[0]["actor"] is None \
            and state.speaker and state.speaker.get("level") == "federal":
        # "a fugitive operations team of twelve officers will be assigned to Dauphin County", in ICE's letter: the
        # writer's agency sends them
        actors = [dict(state.speaker, inferred=True, span=set(), named=True)]
    if rule.name == "lose_funding" and any(c.dep_ == "nsubj" and c.lower_ in ("it", "they") for c in tok.children):
        # "warned Fairfax County that it could lose its grants": the one warned stands to lose, not the warner
        told = _addressees(tok, path, S, None)
        if told:
            actors = [dict(actor=p["text"], level=_kind_level(p.get("kind")), jurisdiction=p["jid"],
                           jkind=p.get("kind"), named=True, span=set(), inferred=True, text=p["text"]) for p in told]
    if rule.obligation and actors and actors[0]["level"] == "federal":
        # "federal agents would have to display identification": the agents bear the duty, they do not act
        actors = [dict(actor=None, level=None, jurisdiction=None, jkind=None, named=False, span=set(),
                       inferred=False, text="")]
    if rule.name == "operation_verbs" and len(actors) == 1 and actors[0]["level"] is None and re.search(
            r"\bthe agency\s*(?:'s|\u2019s)?\s+(?:officers|agents)\b", actors[0].get("text") or actors[0].get("actor") or "",
            re.I) and R.CUES["ice"].search(" " + sent.text.lower() + " "):
        actors = [dict(actors[0], level="federal")]     # 'according to an ICE news release, the agency's officers ...'
    if rule.name == "operation_verbs" and len(actors) == 1 and actors[0]["level"] is None and re.fullmatch(
            r"(?:its |their |the )?(?:same )?(?:officers|agents|teams?)", (actors[0].get("actor") or "").strip(), re.I) \
            and ((tok.dep_ == "ccomp" and any(
                c.dep_ == "nsubj" and R.CUES["federal"].search(" " + " ".join(t.lower_ for t in c.subtree) + " ")
                for c in tok.head.children)) or any(
                c.dep_ == "prep" and c.lower_ == "according"
                and R.CUES["federal"].search(" " + " ".join(t.lower_ for t in c.subtree) + " ") for c in tok.children)):
        # "ICE said officers arrested 74 people in Tulsa, ...", "According to an ICE news release, officers detained"
        actors = [dict(actors[0], level="federal")]
    if len(actors) == 1 and actors[0].get("level") != "federal":
        group = _locative_group(path, S)
        home = actors[0].get("jurisdiction")
        if group and (home is None or (home.count("-") == 1 and all(p["jid"].startswith(home + "-") for p in group))):
            # "Two sheriffs, in Lea and Otero counties, signed agreements", "two other Montana sheriffs, in
            # Flathead and Ravalli counties, ...": one row per county
            actors = [dict(actors[0], jurisdiction=p["jid"], jkind=p.get("kind"),
                           level=actors[0].get("level") or _kind_level(p.get("kind"))) for p in group]
    if rule.name in ("court_disposition", "court_verbs") and len(actors) == 1:
        named = _parties_ruled_on(tok, S)
        if len(named) > 1 and actors[0].get("jurisdiction") in {p["jid"] for p in named} | {None}:
            # "The motion is GRANTED as to the City of Seattle and King County and DENIED ... as to the State of
            # Washington": a ruling for each government it names
            actors = [dict(actors[0], jurisdiction=p["jid"], jkind=p.get("kind")) for p in named]
    rows = []
    own_subject = next((c for c in tok.children if c.dep_ == "nsubj"), None) \
        if rule.name == "sue" and _is_verbal(tok) else None
    for a in actors:
        if a.get("actor") and _OP_NAME.match(a["actor"]):
            a = dict(a, level="federal")     # "Operation Lantern arrested 40 people": a federal operation
        if own_subject is not None and a.get("level") != "federal" and R.CUES["federal"].search(
                " " + " ".join(t.lower_ for t in sorted(_span_tokens(own_subject, ("relcl", "acl", "prep")),
                                                        key=lambda t: t.i)) + " "):
            # ("warned legislative leaders in a letter that the Justice Department would sue Nevada", the clause
            # hung on the letter: the department sues, not the one who warned)
            a = dict(a, actor=" ".join(t.text for t in sorted(_span_tokens(own_subject, ("relcl", "acl", "prep")),
                                                               key=lambda t: t.i)), level="federal", jurisdiction=None)
        if rule.name == "arrival" and (re.search(r"\b(guard|troops|soldiers|marines|military)\b", a.get("text") or "", re.I)
                                       or (re.search(r"\b(?:agents|officers|teams)\b", a.get("text") or "", re.I)
                                           and R.CUES["ice"].search(" " + sent.text.lower() + " "))):
            a = dict(a, level="federal", jurisdiction=None)   # troops arriving in a place: a deployment (or officers,
            #                                                   told of by ICE: "more officers would arrive in Fresno")
        if rule.name == "seek_penalties" and a.get("level") is None and _BARE_AG.fullmatch((a.get("actor") or "").strip()):
            a = dict(a, level="state")  # "Section 3 would let the Attorney General seek civil penalties ... from any
            #                             municipality that enforces one": a state's attorney general (the U.S. one
            #                             is named so)
        if rule.name == "warrant_to_enter" and a.get("level") in ("federal", None):
            # ("Immigration agents now need a judge's warrant to enter residence halls"): the agents are whom the rule
            # binds; the rule is the government's whose policy it is
            a = dict(a, actor=None, level=None, jurisdiction=None, named=False, inferred=True)
        if rule.name == "operation_verbs" and (a.get("level") is None or (
                # ("officers arrested 14 people in Leesburg and Sterling", in an ICE field office's bulletin: its
                # officers, not the town's)
                a.get("level") in ("city", "county") and _in_federal_part(state, sent))) \
                and re.fullmatch(
                r"(?:the\s+)?(?:officers|agents|teams)", (a.get("text") or "").strip(), re.I) and (tok.tag_ == "VBD" or (
                    # ("teams moved into Belton and Killeen, arresting 19 and 16 people")
                    tok.tag_ == "VBG" and tok.dep_ == "advcl" and tok.head.tag_ == "VBD")) \
                and tok.dep_ != "relcl" and (_told_by_federal(tok) or _in_federal_part(state, sent) or (
                    state.last_actor and state.last_actor.get("level") == "federal" and 0 <= si - state.last_actor_sent <= 5
                    and not _LOCAL_FORCE_WORDS.search(sent.text))):
            # (or the officers of the federal act just told: "ERO officers arrested 486 ... - In Minnesota, officers
            # arrested 171 people, including 88 in Minneapolis")
            a = dict(a, level="federal", jurisdiction=None)   # "ICE said officers arrested 96 people ...": its own
        elif a.get("level") is None and re.fullmatch(r"(?:the\s+)?(?:officers|agents)", (a.get("text") or "").strip(), re.I) \
                and _told_by_federal(tok, state):
            # ("ICE spokesperson X said ... He said officers will keep making arrests in Yakima and Pasco": the
            # agency's officers, whatever they are said to do)
            a = dict(a, level="federal", jurisdiction=None)
        cls = _actor_class(a["level"])
        if rule.name in ("take_part", "help_agents") and (a["level"] in ("federal", "nongovernmental") or (
                a["level"] is None and not _LOCAL_FORCE.search(a.get("text") or a.get("actor") or ""))
                or any(t.lemma_.lower() in R.DEMAND | _REFUSALS | {"request"} for t in tok.ancestors)):
            # only a government or its force helps ("protesters took part in a march against ICE" do not), and help
            # asked for or refused is not given ("declined two ICE requests for officers to help at arrest scenes")
            continue
        if rule.name == "help_agents" and not (R.CUES["ice"].search(sent.text) or re.search(r"\bagents\b", " ".join(texts))):
            continue    # agents or ICE named ("helped detain them" after "ICE officers arrested ...")
        if rule.name != "ultimatum" and _deadline_act(tok):
            continue    # "gave the city 60 days to rescind the mayor's order": the act demanded by a deadline
        if rule.name == "ultimatum" and cls == R.UNK and not _is_verbal(tok) and _local_writer(tok, S):
            continue    # "Attorney General X warned Y in a letter last week that the state would sue ...": the letter
            #             of the state official who is the clause's subject, no federal demand
        if rule.name == "operation_verbs" and tok.lemma_.lower() == "pick" and (not any(
                c.dep_ == "prt" and c.lower_ == "up" for c in tok.children) or any(
                c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)):
            continue    # "picked up 96 people" is an arrest; "picked three sites" is not, nor "came here to pick up"

        if rule.name == "operation_verbs" and any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" and c.i == tok.i + 1
                                                  for c in tok.children):
            continue    # "the field office director shot back that ...": a retort ("pulled back" agents: a retreat)
        if rule.name == "abolish_ice" and tok.lemma_.lower() == "shut" and _is_verbal(tok) and not any(
                R.CUES["abolish_objects"].search(" ".join(t.text for t in c.subtree))
                for c in tok.children if c.dep_ in ("dobj", "nsubjpass")):
            continue    # "police shut two blocks of Butternut Street while ICE officers ...": not ICE shut down
        withheld = [v for v in _ordered_acts(tok) if _negated(v) and v.lemma_.lower() in _HELP_GIVING] \
            if rule.name == "require_cooperation" and cls != R.FED and _is_verbal(tok) else []
        if withheld and _help_withheld(withheld):
            continue    # "directs office staff ... to give agents no help in finding a student": help withheld (the
            #             order's own refusal codes it)
        if withheld:
            atype = "bar_local_cooperation"     # "ordered that officers provide no traffic control or perimeter
            #                                     support for civil immigration operations": a kind of help withheld
        if rule.name == "support_operation" and cls == R.UNK and _LOCAL_FORCE.search(a.get("text") or a.get("actor") or "") \
                and not R.CUES["federal"].search(a.get("text") or a.get("actor") or ""):
            cls = R.NONFED      # "two of his officers", "two Auburn patrol officers": a local force
        if rule.name == "call_names" and not _called_itself_sanctuary(tok, cls):
            obj = _called_object(tok)
            obj_text = " ".join(t.text for t in obj.subtree)
            # (a local official's words about "the May operation" or "the sweep" are about federal enforcement)
            target_ok = R.CUES["local_target"] if cls == R.FED else R.CUES["condemn_objects"]
            named_place = cls == R.FED and bool(S.within(S.places, {t.i for t in obj.subtree}))
            if not target_ok.search(obj_text) and not named_place \
                    and not (cls != R.FED and R.CUES["raids"].search(obj_text)) and not (
                    # 'a DHS spokesperson called the Center "the model every state in the country should copy"'
                    cls == R.FED and _warm_description(tok) and _praisable_object(obj, S)) and not (
                    # "DHS listed Austin as a sanctuary city. The mayor called the listing 'a political stunt'"
                    cls == R.NONFED and si - state.last_pressure_sent == 1) and not (
                    # ("ICE's email asks ... by March 1 ... The council member called the email 'an attempt to bully'")
                    cls == R.NONFED and obj.lemma_.lower() in _WRITINGS | {"demand", "request", "ultimatum"}
                    and 0 < si - state.last_pressure_sent <= 4) \
                    and not (
                    cls == R.FED and re.search(r"\b(laws?|ordinances?|polic(?:y|ies)|measures?|bills?|statutes?"
                                               r"|decisions?|votes?|moves?|orders?|resolutions?|directives?|acts?|lawsuits?|suits?"
                                               r"|cutoffs?|refusals?|memos?|memorand(?:um|a|ums)|rules?|guidance)\b",
                                               obj_text, re.I)):
                continue
            if cls != R.FED and not R.CUES["federal"].search(obj_text) and not R.CUES["raids"].search(obj_text) \
                    and not _warm_description(tok):
                # "called the operation ...": what it was called decides ("a raid on working families", not
                # "a model for every state")
                said = sent.text[obj.right_edge.idx + len(obj.right_edge):]
                if R.CUES["praise_adj"].search(said) or not (R.CUES["harsh"].search(said) or R.CUES["raids"].search(said)):
                    continue
        atype = rule.types.get(cls)
        if atype in ("assist_ice", "expand_cooperation", "federal_ultimatum") and cls in (R.FED, R.UNK) \
                and _GRANT_CONDITIONS.search(sent.text) and rule.name != "designate_sanctuary" \
                and tok.lemma_.lower() not in ("designate", "designation", "list"):
            # "Condition 41 of that award requires the City to give ICE access to inmates", "The Department has made
            # this award subject to two special conditions: ...": a grant conditioned on cooperation (vocabulary:
            # withhold_funding), not help given nor a demand with a deadline
            atype, cls = "withhold_funding", R.FED
        if rule.name == "withhold_funding" and tok.lemma_.lower() == "reduce" and cls != R.FED:
            continue    # "ICE would ask the Department of Justice to reduce Colorado's award", not "grants would be
            #             reduced in proportion" (no federal hand named)
        if atype == "end_formal_agreement" and cls == R.FED and rule.name == "end_agreement" and _is_verbal(tok) \
                and tok.lemma_.lower() in ("terminate", "cancel", "end", "revoke", "rescind", "void", "scrap") and any(
                    c.dep_ == "nsubj" and c.lower_ in _FEDERAL_AGENCY_WORDS for c in _first_conjunct(tok).children):
            # "If the County fails to cure by that date, ICE will terminate the Agreement": a contract the federal
            # side ends is federal pressure (vocabulary: contracts terminated)
            atype = "withhold_funding"
        # "the attorney general gave the city 30 days to rescind its order", "the state attorney general's office
        # sent the city a letter warning that the state will sue unless ... within 30 days"
        state_demand = rule.name == "ultimatum" and a.get("level") == "state" and atype is None \
            and _cue("deadline", texts) and (_cue("limit_words", texts) or _cue("ice", texts) or _cue("local_target", texts)) \
            and not _cue("federal", texts)

        if state_demand:
            atype = "expand_cooperation"    # "the attorney general gave the city 30 days to rescind its order"
        if rule.name == "call_names" and cls != R.UNK and _warm_description(tok) and (
                R.CUES["ice"].search(" ".join(t.text for t in tok.subtree))
                # (or in the quotation the parse hung apart: '"the finest partners federal agents ever had"')
                or R.CUES["ice"].search(" " + tok.doc[tok.i:].text + " ") or cls == R.FED
                or R.CUES["condemn_objects"].search(" ".join(t.text for t in _called_object(tok).subtree))):
            atype = "praise_enforcement"    # "called ICE a steady, professional partner", "described the sheriffs as ..."
        if rule.name == "require_cooperation" and cls != R.FED and any(
                c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() == "warrant" for c in tok.children):
            atype = "bar_local_cooperation"     # "has required a judge's warrant before holding anyone for ICE"
        if rule.name == "require_cooperation" and a.get("level") == "state" and (
                a.get("named") or re.search(r"\b(?:governor|adjutant general)\b", a.get("text") or "", re.I)) \
                and not re.search(
                r"\b(?:laws?|acts?|bills?|statutes?|orders?|measures?|ordinances?)\b", a.get("text") or "", re.I) \
                and not (tok.dep_ in ("acl", "relcl") and tok.head.lemma_.lower() in R.INSTRUMENT_NOUNS and any(
                    # (or an order "which directed the State Police to seek a task force agreement with ICE")
                    c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in ("honor", "honour", "comply", "notify", "seek",
                                                                         "sign", "enter", "join", "negotiate", "apply")
                    for c in tok.children)) \
                and not any(c.dep_ in ("xcomp", "ccomp") and _negated(c) for c in tok.children) \
                and _STATE_FORCES.search(
                " ".join(t.text for c in tok.children if (c.dep_ in ("dobj", "nsubj") and c.i > tok.i)
                         or c.dep_ == "nsubjpass" for t in c.subtree)):
            atype = "assist_ice"    # "the governor ordered 120 state troopers to assist Border Patrol": the state's own help
        if atype == "assist_ice" and tok.dep_ == "relcl" and tok.head.dep_ in ("dobj", "nsubjpass") \
                and tok.head.head.lemma_.lower() in _LIMITS | _NARROWS:
            atype = "bar_local_cooperation"     # "narrows the help that Pennsylvania jails and police may give to ..."
        if (atype == "enter_formal_agreement" or (atype == "assist_ice" and tok.lemma_.lower() in (
                "honor", "honour", "hold", "detain", "notify", "alert", "transfer", "call", "phone", "telephone",
                "contact"))) and cls != R.FED \
                and _law_duty(tok):
            atype = "expand_cooperation"    # "Under the bill, any county jail ... would have to apply for a 287(g)
            #                                 agreement": what a law makes others do
            if a.get("level") in ("county", "city") and not a.get("inferred") and (
                    a.get("jurisdiction") is None or a.get("jkind") == "state") and tok.tag_ != "VBD":
                # ("county jails", "county jails in Arizona": the state's law, not a county's act)
                a = dict(a, actor=None, level="state", named=False,
                         jurisdiction=a.get("jurisdiction") if a.get("jkind") == "state" else None)
        if atype == "assist_ice" and a.get("level") == "state" and _tells_localities(tok):
            atype = "expand_cooperation"    # "the Iowa Department of Education sent guidance telling districts to answer
            #                                 ICE requests": a state's order to its localities to help, not its own help
        if atype == "assist_ice" and cls != R.FED and _law_permits(tok):
            atype = "expand_cooperation"    # "Senate Bill 5904 would let sheriffs honor detainers for up to 24 hours"
        if rule.name == "bar_cooperation" and _bar_keeps_cooperating(tok):
            atype = "expand_cooperation"    # "would bar any county whose sheriff ends ... from receiving state grants"
        if atype == "document_misconduct" and cls != R.FED and _is_verbal(tok) and any(
                c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in ("request", "contact", "inquiry", "detainer")
                for c in tok.children):
            atype = "records_request"   # "shall log every request received from ICE": a record kept for oversight
        if rule.types.get(R.NONFED) == "assist_ice" and cls != R.FED and _released_despite_detainer(tok):
            atype = "bar_local_cooperation"     # "released 187 people named in ICE detainers": detainers not honoured
        if rule.name == "no_civil_arrests" and _cue("sites", texts):
            atype = "restrict_enforcement_sites"    # "no one may be arrested on a civil immigration warrant in a courthouse"
        if atype in ("enter_formal_agreement", "assist_ice") and cls != R.FED and _is_verbal(tok) \
                and _mandate_on_all(tok):
            # "the sheriff of each parish ... shall enter into a 287(g) agreement", "Every county correctional
            # facility must hold a person named in an ICE detainer": a duty laid on all, the law's
            atype = "expand_cooperation"
            if a.get("level") in ("county", "city") and not a.get("inferred"):
                a = dict(a, actor=None, level="state", jurisdiction=None, named=False)
        if rule.name == "affirm_sanctuary" and cls != R.FED and ((_is_verbal(tok) and _prohibited(tok)) or (
                (m := _NO_ONE_SHALL.match(sent.text)) is not None and tok.idx >= m.end())):
            atype = "expand_cooperation"    # "No political subdivision shall adopt, enact, or enforce a sanctuary policy"
        if rule.name == "investigate_agents" and a.get("level") == "state" and not _cue("misconduct_by_agents", texts) \
                and re.search(r"\b(?:police|deput\w*|sheriff\w*|troopers?|jails?)\b", texts[0]) and not re.search(r"\b(?:ice|federal|immigration) (?:agents?|officers?)\b",
                                                                    texts[0]):
            continue    # a state inquiry into local officers' help to ICE: a state limit (the state_inquiry rule)
        if rule.name == "investigate_agents" and cls != R.NONFED and _cue("local_official", texts) \
                and not _cue("misconduct_by_agents", texts):
            continue    # a federal inquiry into local officials ("will investigate any official who hides ...")
            # targets them: the target_officials rule
        if rule.name == "state_inquiry":
            if a.get("level") != "state":
                continue    # a city's or a sheriff's own inquiry is no state limit
            if _into_federal_conduct(tok):
                atype = "investigate_misconduct"    # "an investigation into the death and into ICE's decision to ..."
            if not _cue("cooperation", texts) and not _cue("ice", texts):
                atype = "expand_cooperation"    # into a local vote or order (a sanctuary measure), not help to ICE
        if atype == "withhold_funding" and _is_verbal(tok) and any(
                t.lemma_.lower() in ("judge", "court", "panel") for t in _subject_tokens(tok)):
            atype = "court_action"      # "Judge X froze those grant conditions statewide": a ruling, not a cut
        if atype == "enter_formal_agreement" and any(
                c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in _AGREEMENT_CHANGES or any(
                    g.dep_ == "compound" and g.lemma_.lower() in _AGREEMENT_CHANGES for g in c.children))
                for c in tok.children):
            atype = "keep_formal_agreement"     # "approved Modification No. 3" (of the IGSA): the agreement goes on
        if rule.name == "withhold_funding" and a.get("level") == "state" and (_cue("local_target", texts) or (
                a.get("written") or a.get("signed")) and _cue("local_target", (" " + sent.text.lower() + " ", ""))):
            # (a state writer's "otherwise, this Office will also withhold the installment", after "the City must")
            atype = "expand_cooperation"    # a state cutting a city's share: a state penalty on sanctuary
        if call:
            atype = "call_to_abolish_or_reform"
        if rule.name == "stop_cooperation" and any(
                t.lemma_.lower() in ("lease", "rent") for t in tok.subtree if t.i != tok.i) and any(
                t.lemma_.lower() in ("bed", "cell", "space") for t in tok.subtree):
            atype = "end_formal_agreement"      # "voted to stop leasing beds at its jail to ICE": a bed contract ended
        if atype == "enter_formal_agreement" and _is_verbal(tok) and tok.lemma_.lower() in (
                "approve", "adopt", "ratify", "accept") and any(
                c.dep_ in ("nsubjpass", "dobj") and any(
                    g.lemma_.lower() in ("extend", "renew", "extension", "renewal") for g in c.subtree)
                for c in tok.children):
            atype = "keep_formal_agreement"     # "Amendment No. 3, which extends the IGSA through 2032, is approved"
        if atype == "enter_formal_agreement" and _is_verbal(tok) and any(
                c.dep_ == "dobj" and any(m.dep_ == "amod" and m.lower_ in ("renewed", "extended") for m in c.subtree)
                for c in tok.children):
            atype = "keep_formal_agreement"     # "executed the renewed agreement on June 30"
        if rule.name == "require_cooperation" and cls == R.FED and _orders_troops(tok):
            continue    # "federalized 400 members of the Guard and ordered them to support ICE": the deployment's orders
        if rule.name == "statement" and cls == R.FED and _cue("funding", texts) and _FUNDS_ON_CONDITION.search(sent.text):
            atype = "withhold_funding"  # "OJP told the city that its grant would be paid only if ...": a condition set
        elif rule.name == "statement":
            kind = _statement_type(tok, sent)
            if (kind == "praise" and cls != R.UNK) or (kind == "warm" and cls == R.FED):
                atype = "praise_enforcement"     # ("Sheriff X never lets a criminal walk out, and that saves lives")
            elif kind == "negative" and atype and (_cue("local_target" if cls == R.FED else "condemn_objects",
                                                       (" " + sent.text.lower() + " ", "")) or cls == R.FED and (
                    _OUR_RULE.search(_QUOTE_SPANS.sub(" ", sent.text)) is not None or any(
                    p.get("kind") in ("city", "county", "state") for p in S.places) or _local_official_named(S, a)
                    or _ISSUING_BODY.search(_QUOTE_SPANS.sub(" ", sent.text)))
                    or cls == R.NONFED and (si - state.last_pressure_sent == 1 or _after_enforcement(pdoc, si, sent, a))):
                # (a harsh statement right after a report of federal pressure or enforcement is aimed at it)
                pass
            elif kind == "crime" and cls == R.FED and (_cue("local_target", (" " + sent.text.lower() + " ", "")) or (
                    _OUR_RULE.search(_QUOTE_SPANS.sub(" ", sent.text)) is not None) or any(
                    p.get("kind") in ("city", "county", "state") for p in S.places) or _local_official_named(S, a)
                    or (state.place_names is not None and state.place_names.search(sent.text))
                    # (a local body by its short name: 'replied that the Authority "is choosing to
                    # hide fugitives"')
                    or _ISSUING_BODY.search(_QUOTE_SPANS.sub(" ", sent.text))):
                atype = "federal_criticism"
            else:
                atype = None
        if atype is None:
            continue
        if rule.name == "sue" and a["actor"] is not None:
            state.last_suit = a
        if rule.needs_actor and not a["named"] and a["actor"] is None:
            continue
        if atype in ("enter_formal_agreement", "keep_formal_agreement") and cls == R.FED and any(
                x.lemma_.lower() in ("ask", "urge", "request", "press", "encourage") for x in tok.ancestors) \
                and not any(c.dep_ in ("nsubj", "nsubjpass") and R.CUES["ice"].search(
                    " ".join(t.lower_ for t in c.subtree)) for t in (tok, tok.head) for c in t.children):
            continue    # "ICE wrote to the commissioners asking them to approve the renewal": the county's to decide
            #             (not "asked that ICE enter into a task force agreement")
        if atype == "sue_federal_government" and rule.name in ("sue", "fight_in_court") and \
                (a.get("level") in ("nongovernmental", "county", "city") or _PRIVATE_PARTIES.search(a.get("actor") or "")
                 # (or one private person: "The landscaper sued the county in 2027.")
                 or (a.get("level") is None and not a.get("inferred") and _common_noun_phrase(a.get("text"))
                     and _PRIVATE_PERSON.search(a.get("text") or ""))) \
                and (_sues_local_party(tok, S) or (
                    _PRIVATE_PARTIES.search(re.sub(r"(?i)\bplaintiffs\b", "", f'{a.get("text") or ""} {a.get("actor") or ""}'))
                    and tok.lower_ not in ("complaint", "complaints") and not _cue("federal", texts))):
            atype = "court_action"      # residents (or a city) suing a county: a case in court, not a suit against ICE
            # ("Four former detainees filed the suit over their detention in the county's jail": no federal party;
            # a court's bare "Plaintiffs" may be a state suing the United States)
        elif atype == "sue_federal_government" and rule.name in ("sue", "fight_in_court") \
                and a.get("level") == "nongovernmental" and not a.get("inferred") and (
                    (a.get("named") and _ADVOCACY_NAME.search(a.get("actor") or ""))
                    # ("the collective filed a federal class action against the county and ICE"; not "Department
                    # lawyers", nor complaints filed with an office)
                    or (R.LEVEL_WORDS_NONGOV.search(a.get("text") or a.get("actor") or "")
                        and not _GOVERNMENT_BODY.search(a.get("text") or a.get("actor") or "")
                        and tok.lower_ not in ("complaint", "complaints"))):
            atype = "court_action"      # "The Magnolia Immigrant Rights Project sued in federal court": no government's suit
        if atype == "sue_federal_government" and rule.name == "sue" and (_is_verbal(tok) and any(
                c.dep_ == "dobj" and any(d.lower_ == "the" for d in c.children)
                and state.org_heads.get(c.lower_) == "federal" for c in tok.children) or (
                (m := _AGAINST_THE.match(sent.text, tok.idx + len(tok.text))) is not None
                and state.org_heads.get(m.group(1).lower()) == "federal")):
            texts = (texts[0] + " federal ", texts[1] + " federal ")   # "Denver sued the Department", "will file
            #                                   suit against the Department": the federal department named before
        refined = _refine(atype, tok, rule, texts, cls, path, sent)
        warns_locality = False
        if rule.name == "seek_penalties" and not (
                tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("seek", "pursue", "impose", "assess", "levy")
                and _sues_local_party(tok, S) and ((a.get("level") or _words_level(a.get("actor") or "")
                                                    or _words_level(sent.text[:max(0, tok.idx)])) == "state"
                                                   or (a.get("level") is None
                                                       and _BARE_AG.fullmatch((a.get("actor") or "").strip())))):
            continue    # (only a state seeking penalties from a locality: "would seek civil penalties unless it
            #             repealed the ordinance"; not fines on employers, nor a penalty a bill sets)
        if atype == "sue_federal_government" and rule.name in ("sue", "ask_court_void", "seek_injunction", "go_to_court",
                                                               "seek_penalties") and _sues_local_party(tok, S) and ((
                a.get("level") or _words_level(a.get("actor") or "")
                or _words_level(sent.text[:max(0, tok.idx)])) == "state"      # "the attorney general ... his office"
                # ("Section 5 would let the Attorney General sue any local government that keeps such a policy": no
                # federal officer is named so; the U.S. one is)
                or (a.get("level") is None and _BARE_AG.fullmatch((a.get("actor") or "").strip()))):
            # a state suing its city over a sanctuary policy enforces state law ("the attorney general may
            # bring a civil action to enjoin a political subdivision"); suing counties that keep helping ICE
            # ("would sue any county still holding ICE detainees") enforces a state limit
            refined = "bar_local_cooperation" if _sued_for_helping(tok) else "expand_cooperation"
            state.state_suit = refined
            warns_locality = True
        elif atype == "sue_federal_government" and rule.name in ("sue", "join_as_plaintiff") and state.state_suit \
                and not state.federal_suit and not R.CUES["federal"].search(texts[1]) and _THE_SUIT.search(sent.text):
            # "The suit asks the court to declare the ordinance void", "My office will join the suit on the County's
            # behalf": the state's suit against its city told before, joined or told again
            refined = state.state_suit
        if refined is None and atype == "sue_federal_government" and rule.name == "sue" and state.federal_suit \
                and tok.dep_ in ("dobj", "pobj") and not _is_verbal(tok) and (
                    tok.head.lemma_.lower() == "join" or tok.head.head.lemma_.lower() == "join"):
            refined = atype     # "the county would join Oregon's lawsuit": the suit against DHS told before
        if refined in (None, atype) and atype == "sue_federal_government" and rule.name in ("sue", "join_as_plaintiff") \
                and state.court_suit and not state.federal_suit and not R.CUES["federal"].search(
                    " " + sent.text.lower() + " ") and (rule.name == "join_as_plaintiff" or (
                        not _is_verbal(tok) and tok.dep_ in ("dobj", "pobj") and any(
                            j.lemma_.lower() == "join" and j.tag_ in ("VBD", "VBZ", "VBP") for j in (
                                tok.head, tok.head.head)))):
            # (not "Toledo officials weighed joining the lawsuit but stayed out")
            refined = "court_action"    # "Madison joined Milwaukee's lawsuit as a co-plaintiff", the city's suit
            #                             against the state told before
        if refined is None and atype == "sue_federal_government" and rule.name == "join_as_plaintiff" \
                and state.federal_suit:
            refined = atype     # "Ithaca intervened as a plaintiff on June 1": in the suit against DOJ told before
        if refined is None and atype == "sue_federal_government" and rule.name == "join_as_plaintiff" \
                and state.us_suit and a.get("level") in ("county", "city"):
            refined = "court_action"    # "Franklin County and Lancaster County intervened as plaintiffs", in the
            #                             United States' suit against their state told before: a part in that case
        if refined is None and atype == "sue_federal_government" and rule.name == "sue" and state.state_suit \
                and not state.federal_suit and _is_verbal(tok) and (a.get("level") or _words_level(
                    a.get("actor") or "")) == "state" and not any(c.dep_ == "dobj" for c in tok.children) \
                and not any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might", "may") for c in tok.children) \
                and not R.CUES["federal"].search(" " + sent.text.lower() + " "):
            refined = state.state_suit  # "The State sued in the Monroe Circuit Court on August 30", after its threat
            #                             to sue the city told before
        if refined is None and atype == "sue_federal_government" and rule.name in ("sue", "fight_in_court") \
                and a.get("level") != "federal" and _STATE_COURT.search(sent.text) \
                and not R.CUES["federal"].search(sent.text):
            # "filed suit against the sheriff in Chatham County Superior Court", "Appellee filed this action in the
            # Court of Common Pleas of York County": a case in a state court
            refined = "court_action"
        if refined is None and atype == "sue_federal_government" and rule.name == "sue" and state.legal:
            # in a court filing against the United States, "filed suit" needs no "federal"; in a case against
            # a sheriff or county (its caption says so), the suit is a case in court
            refined = "court_action" if state.local_defendant else atype
        if refined is None and atype == "sue_federal_government" and rule.name == "sue" \
                and a.get("level") in ("state", "county", "city") and 0 <= si - state.last_pressure_sent <= 6:
            refined = atype     # "Hawaii sued in March", a few sentences after the federal cut it answers
        if refined == "sue_federal_government" and rule.name == "sue" and (state.local_defendant or state.state_defendant) \
                and not R.CUES["federal"].search(" " + sent.text.lower().replace("united states district", "") + " "):
            refined = "court_action"    # "Plaintiffs filed this action on August 3", in a case against a state official
        atype = refined
        if atype is None:
            continue
        if atype == "court_action" and rule.name == "sue" and a.get("level") != "federal" \
                and _FOIA_SUIT.search(sent.text):
            atype = "sue_federal_government"    # "this office sued both agencies under the Freedom of Information
            #                                     Act": a records suit is against federal agencies
        if atype == "assist_ice" and tok.dep_ in ("xcomp", "advcl") and tok.head.lemma_.lower() in ("forbid", "prohibit") \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and not _negated(tok.head):
            atype = "bar_local_cooperation"     # "guidance that forbids schools to share student records ... with
            #                                     immigration agents": the help forbidden
        if atype == "federal_enforcement_operation" and any(
                d.dep_ == "det" and d.lower_ == "no" for t in _subject_tokens(tok) for d in t.children):
            continue    # "No student was taken into custody, and no agent boarded a school bus"
        if rule.name == "give_access" and _is_verbal(tok) and tok.lemma_.lower() in ("send", "give", "provide") and any(
                c.dep_ == "dobj" and c.lemma_.lower() in ("guidance", "letter", "memo", "memorandum", "directive",
                                                           "instruction", "instructions", "advisory", "bulletin")
                for c in tok.children):
            continue    # "sent every district guidance that forbids schools to share student records ...": a writing
        if _voted_down(tok):
            continue    # "the Board also voted down a motion to sue the Department": nothing done, nothing proposed
        if rule.name == "prosecute_agents" and not _is_verbal(tok) and any(
                (c.dep_ == "relcl" and any(g.dep_ == "nsubj" for g in c.children))
                # (the parse may read the officers as an apposition, "made" describing them)
                or (c.dep_ == "appos" and any(g.dep_ in ("acl", "relcl") and g.lemma_.lower() in ("make", "carry",
                                                                                              "conduct")
                                              for g in c.children))
                for c in tok.children):
            continue    # "for every arrest its officers made in Dubuque County": arrests the agents made
        if rule.name == "operation_verbs" and tok.lemma_.lower() in ("question", "interrogate", "load") and (
                tok.tag_ != "VBD" or tok.dep_ in ("xcomp", "relcl", "advcl", "acl")
                or re.search(r"\b(?:jails?|inmates?|booking|detention cent(?:er|re)|deput(?:y|ies)|troopers?)\b",
                             sent.text, re.I)):
            continue    # (questioning is an operation's only when agents did it out in the community: "questioned
            #             workers on the cutting floor", not "let ICE officers question inmates")
        if rule.name == "argue_motion" and (tok.tag_ == "VBG" or tok.dep_ in ("relcl", "acl", "advcl")):
            continue    # "with Ms. X arguing the case", "said X, who argued the case": the lawyer, not the party's step
        if atype == "assist_ice" and _is_verbal(tok) and tok.lemma_.lower() in ("give", "send", "mail", "serve",
                                                                                 "deliver") and _ending_notice(tok):
            # "We gave ICE our 60-day notice on July 30", "She sent ICE a 30-day notice on Tuesday ending her office's
            # agreement": the agreement's end begun
            atype = "end_formal_agreement"
        if atype == "assist_ice" and a.get("level") != "federal":
            payer = _state_payer(tok, S)
            if payer is not None:
                # "Louisiana pays sheriffs $18 for each day a parish jail bed holds an ICE detainee": the state's
                # money for its localities' help (a state policy expanding cooperation), not the help itself
                atype = "expand_cooperation"
                a = dict(a, actor=payer["pname"], level="state", jurisdiction=payer["jid"], named=True)
        if any(t.lemma_.lower() in ("tell", "say", "announce", "inform", "notify", "indicate", "signal") and _is_verbal(t)
               and not any(c.dep_ == "aux" and c.lower_ in ("may", "shall", "must", "can") for c in t.children) and any(
                c.dep_ == "nsubj" and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
                for c in t.children) for t in [tok, *tok.ancestors]):
            continue    # "No other parish has told ICE it plans to leave": said by no one
        if atype == "assist_ice" and _criticized_for(tok):
            continue    # "criticized the Sheriff's Office for releasing 57 people before ICE could take custody": the
            #             reason for a reproach, no help given
        if atype in ("enter_formal_agreement", "keep_formal_agreement", "assist_ice") and _mandated_by_law(tok):
            atype = "expand_cooperation"    # "Section 2 would require each sheriff ... to seek renewal of the
            #                                 agreement": a state's mandate on its sheriffs, not a sheriff's agreement
        if rule.name == "ultimatum" and cls == R.UNK and _PRIVATE_PARTIES.search(
                " ".join(t.text for t in _subject_tokens(tok))):
            continue    # "We, registered voters of Bonneville County, demand the recall of Sheriff X": no government's
        if rule.name == "ultimatum" and cls == R.UNK and not _cue("federal", texts):
            # "The law gives counties until ...": a state mandate, not federal pressure
            by_law = any(w in (a.get("text") or "").lower().split() for w in _SIGNED_LAWS) or any(
                t.lemma_.lower() in _SIGNED_LAWS for t in _subject_tokens(tok))
            if by_law and (_cue("agreement_word", texts) or _cue("ice", texts)):
                atype = "expand_cooperation"
            elif by_law or tok.lemma_.lower() == "deadline":
                continue
        status = _status(tok, path, rule, sent, signed_bills=state.signed_bills)
        if state_demand or (warns_locality and status == "announced"):
            status = "threatened"   # what follows depends on what the city does (a state's suit against its city
            #                         told as coming, "her office will ask a court to void the ordinance", warns it)
        if status in ("enacted", "announced") and _SUMMARY_AS_PROPOSED.match(sent.text):
            status = "proposed"     # a digest's "Summary as introduced: Prohibits ...": what the bill would do
        elif state.bill and status in ("enacted", "announced") and _SECTION_SUBJECT.match(sent.text) \
                and not (re.match(r"\s*It\b", sent.text) and any(t.dep_ == "ROOT" and t.tag_ == "VBD" for t in sent.doc)):
            # (not what a letter's "It" did: "It demanded that the committee identify, by February 15, ...")
            status = "proposed"     # a section of a bill: what the bill would do
        elif state.bill and status in ("enacted", "announced", "threatened") and atype in _BILL_CONTENT_TYPES \
                and not _LAW_IN_FORCE.search(sent.text) and (
                _BILL_CONTENT.match(sent.text) or any(c.dep_ == "aux" and c.lower_ in ("shall", "must", "may")
                                                      for t in path for c in t.children)):
            # a bill report's summary: "Prohibits a local jail from ...", "Each local jail must report ..."
            status = "proposed"
        if status == "enacted" and atype == "federal_enforcement_operation" and rule.name == "document_counts":
            status = "reported"     # "The agency counts 38 arrests in Ogden, Roy and Layton": its own count
        elif status == "enacted" and atype == "federal_enforcement_operation" and (_told_by_someone(tok) or any(
                c.dep_ == "relcl" and c.lemma_.lower() in _TELLING
                for c in (tok.head if tok.dep_ == "compound" else tok).subtree)):
            status = "reported"     # "She said ICE agents arrested 27 people": an account, attributed ("Operation X,
            #                         which the agency says led to 26 arrests")
        elif status == "enacted" and cls != R.FED and _alleged_in_filing(tok):
            status = "reported"     # "His complaint says deputies kept him in the jail for three days on an ICE detainer"
        elif status == "enacted" and atype == "assist_ice" and (v := _telling_verb(tok)) is not None \
                and v.lemma_.lower() == "testify":
            status = "reported"     # "The Sheriff testified that the jail held an average of 52 ICE detainees": sworn
            #                        account of the jail's help, given to the board
        elif status == "enacted" and atype == "assist_ice" and _told_by_federal_side(tok):
            status = "reported"     # "ICE's news release says state troopers guarded the loading docks": ICE's account
        if call and status == "announced" and any(t.lemma_.lower() == "like" and any(
                c.lower_ in ("would", "'d", "’d") for c in t.children) for t in path):
            status = "enacted"      # "she would like to see Congress require ...": the wish is said now
        if rule.name == "lose_funding":
            # the subject stands to lose the money: it is the target; the threat is federal
            status = "threatened"
            a = dict(a, actor=None, level="federal", jurisdiction=None, named=False,
                     target=a.get("jurisdiction"))
        if atype == "threaten_prosecution" and status == "enacted" and _charges_filed(tok, path):
            atype = "investigate_misconduct"
        actor, level, juris = a["actor"], a["level"], a["jurisdiction"]
        inferred = a.get("inferred", False)
        if atype in ("federal_enforcement_operation",) and level != "federal":
            fed = _federal_in_scope(S, sc, texts, a.get("span", set()))
            actor, level, juris, inferred = fed, "federal", None, False
        elif atype == "federal_enforcement_operation" and juris is not None:
            juris = None    # a federal office's seat is no place of its operation ("Deportation officers from ERO
            #                 Chicago's Wichita sub office took 68 people into custody in Wichita, Derby and Newton")
        # places in the scope that are not the actor's
        span = a.get("span", set())
        scope_places = [p for p in S.within(S.places, scope_ids - span) if p.get("kind") != "country"
                        and p["jid"] != juris]
        if rule.name == "custody_arrests" or (rule.name == "operation_nouns" and (
                _COUNTS_IN.search(sent.text) or _counted_share(tok, S))):
            # "took 40 people into custody in X and 20 in Y", "made 318 arrests in Dallas, 207 in Fort Worth and
            # 64 in Denton": every place after
            scope_places = [p for p in S.places if p.get("kind") != "country" and p["tokens"]
                            and p["tokens"][0].i > tok.i and p["jid"] != juris]
        if atype == "federal_enforcement_operation" and not scope_places:
            # "ICE conducted Operation X in Milwaukee and Kenosha and arrested 338 people": the places of the verb
            # the arrests share their subject with, or the verb the operation is the object of
            noun = tok
            while noun.dep_ == "compound" and noun.head.i != noun.i:
                noun = noun.head
            verb = tok.head if (tok.dep_ == "conj" or (tok.dep_ == "advcl" and tok.tag_ == "VBG")) \
                and _is_verbal(tok.head) and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) else (
                noun.head if noun.dep_ == "dobj" and _is_verbal(noun.head) else None)
            # ("teams moved into Belton and Killeen, arresting 19 and 16 people": where they moved)
            where = {g.i for c in (verb.children if verb is not None else ()) if c.dep_ == "prep"
                     and c.lower_ in ("in", "across", "throughout", "into") for g in c.subtree}
            # (or where the place it entered is: "two ICE officers entered the emergency department at X Medical
            # Center in Yakima and detained a patient")
            where |= {g.i for o in (verb.children if verb is not None and verb.lemma_.lower() in (
                "enter", "raid", "storm", "surround", "visit", "search") else ()) if o.dep_ == "dobj"
                for c in o.subtree if c.dep_ == "prep" and c.lower_ in ("in", "at") for g in c.subtree}
            scope_places = [p for p in S.within(S.places, where) if p.get("kind") != "country" and p["jid"] != juris]
        if atype == "federal_enforcement_operation" and rule.name == "operation_verbs" and _is_verbal(tok) \
                and scope_places:
            # "arrested two roofers at a Durango job site on March 9 and a dishwasher in Cortez the following day": a
            # second object with the verb left out, at a place of its own
            gapped = {g.i for c in tok.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "NUM", "PROPN")
                      and not any(d.dep_ in ("nsubj", "nsubjpass") for d in c.children) for g in c.subtree}
            more = [p for p in S.within(S.places, gapped) if p.get("kind") != "country" and p["jid"] != juris
                    and p["jid"] not in {q["jid"] for q in scope_places}]
            scope_places = scope_places + more
        if atype == "federal_enforcement_operation" and rule.name == "operation_nouns":
            # "launched Operation X in Franklin County on August 23, and extended it to Hamilton County the following
            # day": the places the operation was carried on to are its places too
            noun = tok
            while noun.dep_ == "compound" and noun.head.i != noun.i:
                noun = noun.head
            if noun.dep_ == "dobj" and _is_verbal(noun.head):
                to = {g.i for v in noun.head.children if v.dep_ == "conj" and v.lemma_.lower() in _CARRIED_ON
                      and any(o.dep_ == "dobj" and o.lower_ in ("it", "operation") for o in v.children)
                      for c in v.children if c.dep_ == "prep" and c.lower_ in ("to", "into") for g in c.subtree}
                more = [p for p in S.within(S.places, to) if p.get("kind") != "country" and p["jid"] != juris
                        and p["jid"] not in {q["jid"] for q in scope_places}]
                scope_places = scope_places + more
            elif noun.dep_ == "nsubj" and _is_verbal(noun.head) and not scope_places:
                # "Operation X ran from March 14 to March 16 and ended with 21 arrests in Harrisonburg and Rockingham
                # County": where the operation's verbs (or their arrests) were
                verbs = [noun.head] + [v for v in noun.head.children if v.dep_ == "conj" and _is_verbal(v)
                                       and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)]
                mine = {t.i for t in noun.subtree}
                where = {g.i for v in verbs for c in v.subtree if c.dep_ == "prep" and c.lower_ in (
                    "in", "across", "throughout") and c.i not in mine and c.head.lemma_.lower() in (
                    {v.lemma_.lower() for v in verbs} | {"arrest", "raid", "sweep", "detention"}) for g in c.subtree}
                scope_places = [p for p in S.within(S.places, where) if p.get("kind") != "country" and p["jid"] != juris]
        if atype == "praise_enforcement" and level == "federal" and _is_verbal(tok):
            after = [p for p in S.places if p.get("kind") != "country" and p["tokens"]
                     and p["tokens"][0].i > tok.i and p["jid"] != juris]
            # (in its own clause: not a place of the next verb, "praised Canyon County and said Boise leaders ...", 'said
            # it "welcomes Canyon County as a full partner" and said Boise leaders ...')
            other = {t.i for a in (tok, *tok.ancestors) for c in a.children
                     if c.dep_ == "conj" and _is_verbal(c) and tok not in c.subtree for t in c.subtree}
            own = [p for p in after if p["tokens"][0].i not in other]
            scope_places = own or after or scope_places     # "thanked the X County and Y County sheriffs", not "In Z,"
        direction = vocabulary.direction_of(atype)
        targets: list[Optional[str]] = [None]
        if direction == "federal_pressure" or atype in ("enter_formal_agreement", "keep_formal_agreement",
                                                        "praise_enforcement") and level == "federal":
            if not scope_places:
                scope_places = _addressees(tok, path, S, juris)   # "told Hartford and New Haven that it would cut ..."
            if not scope_places and not _is_verbal(tok) and tok.dep_ in ("nsubj", "nsubjpass") \
                    and tok.head.lemma_.lower() in ("go", "send", "mail", "deliver", "issue"):
                # "Letters with the same request and deadline are going out today to the cities of Appleton and Green
                # Bay": where the letters go
                to = {g.i for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.subtree}
                scope_places = [p for p in S.within(S.places, to) if p.get("kind") != "country" and p["jid"] != juris]
            if not scope_places and atype == "federal_enforcement_operation" and _is_verbal(tok):
                # "And in Twin Falls, ICE says its agents arrested 31 people ...": the one local place the sentence
                # names, hung on the verb of saying
                local = [p for p in S.places if p.get("kind") in ("city", "county") and p["tokens"]
                         and p["tokens"][0].i < tok.i]
                if len({p["jid"] for p in local}) == 1:
                    scope_places = local[:1]
            if not scope_places and state.speaker and state.speaker.get("jurisdiction") and re.search(
                    rf"\b(?:our|my) {state.speaker.get('level')}\b", sent.text, re.I):
                targets = [state.speaker["jurisdiction"]]   # "arrested 61 people in our city", in the mayor's answer
            elif not scope_places and rule.name == "call_names" and state.last_actor \
                    and si - state.last_actor_sent == 1 and state.last_actor.get("level") in ("state", "county", "city") \
                    and state.last_actor.get("jurisdiction") and (obj := _called_object(tok)) is not None \
                    and obj.lemma_.lower() in ("vote", "decision", "resolution", "ordinance", "policy", "order",
                                               "directive", "measure", "move", "law") \
                    and any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "that", "this", "its", "their")
                            for c in obj.children):
                # 'the City Council voted 4-2 to bar ... The following day, DHS called the vote "a welcome mat"': the
                # body whose act the sentence before told
                targets = [state.last_actor["jurisdiction"]]
            if not scope_places and _is_verbal(tok) and tok.dep_ == "conj" and re.search(
                    r"\b(?:the|both) (?:two |three |four )?(?:cities|counties|jurisdictions|places|towns)\b",
                    " ".join(t.lower_ for t in tok.subtree)):
                # "put Seattle and Tacoma on its list ... and froze $4.6 million in policing grants to the two cities":
                # the places the first verb named
                first = {t.i for t in tok.head.subtree} - {t.i for t in tok.subtree}
                scope_places = [p for p in S.within(S.places, first) if p.get("kind") in ("city", "county")]
            if atype == "federal_enforcement_operation" and _is_verbal(tok):
                # "..., according to the Maricopa County public defender's office": who tells of it, not where
                source = {g.i for c in tok.children if c.dep_ == "prep" and c.lower_ == "according" for g in c.subtree}
                scope_places = [p for p in scope_places if not any(t.i in source for t in p["tokens"])] or scope_places
            if atype == "federal_deployment" and _is_verbal(tok):
                # "more officers will be moved from Detroit into Washtenaw County": sent to, not from
                origin = {g.i for c in tok.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.subtree}
                scope_places = [p for p in scope_places if not any(t.i in origin for t in p["tokens"])] or scope_places
            if rule.name == "call_names" and _is_verbal(tok) and len(scope_places) > 1:
                quote = next((t.i for t in tok.doc[tok.i + 1:] if t.is_quote), len(tok.doc))
                called = {t.i for c in tok.children if c.dep_ == "dobj" for t in c.subtree if t.i < quote}
                # 'called Waukesha County's decision "a gift to every criminal alien in southeastern Wisconsin"':
                # the place whose act is named, not the places in the name given it
                scope_places = [p for p in scope_places if any(t.i in called for t in p["tokens"])] or scope_places
            if scope_places:
                # (a court's seat is where the suit is heard, not whom it aims at: "sued Oregon in federal court
                # in Portland")
                # (but arrests "at courthouses in Portland, Lewiston and Biddeford" are made in each)
                aimed = scope_places if atype == "federal_enforcement_operation" else (
                    [p for p in scope_places if not _court_seat(p)] or scope_places)
                targets = [p["jid"] for p in _conj_or_all(aimed)]
        elif level == "state" and direction in ("restricts", "expands"):
            locals_ = [p for p in scope_places if p.get("kind") in ("county", "city")]
            if locals_:
                targets = [p["jid"] for p in _conj_or_all(locals_)]
            elif _LOCALITY_WORDS.search(texts[0]) and direction in ("restricts", "expands"):
                targets = [f"localities of {juris}" if juris else "localities"]
                if atype == "assist_ice" and status == "proposed":
                    # a state bill that would make its localities help ICE expands cooperation by law (as its steps
                    # are coded: bill_steps)
                    atype, direction = "expand_cooperation", vocabulary.direction_of("expand_cooperation")
        if a.get("target"):
            targets = [a["target"]]
        if a.get("reused_suit"):
            targets = [state.last_suit_target]
        elif rule.name == "sue" and a["actor"] is not None:
            state.last_suit_target = targets[0]
        if atype == "court_action" and level == "state" and (juris is None or juris.count("-") == 1) \
                and _is_verbal(tok) and rule.name == "court_verbs":
            # "Judge X of the Eighteenth Judicial District Court in Gallatin County ruled ...": a state trial court
            # rules where it sits
            seat = [p for p in S.within(S.places, {t.i for t in _subject_tokens(tok)})
                    if p.get("kind") in ("county", "city")]
            if len({p["jid"] for p in seat}) == 1:
                juris = seat[0]["jid"]
        statute = juris is None and level is None and direction != "federal_pressure" and _state_statute(tok)
        if statute:
            level = "state"     # "The law bars state agencies from ...": a statute is a state's, not its city's
        if juris is None and level in ("state", "county", "city", None) and direction != "federal_pressure":
            same_level = [p for p in scope_places if p.get("kind") == level]
            seats = [p for p in scope_places if not _court_seat(p)]     # (not "in federal court in Jackson")
            loc = _locative_place(path, S) or (seats[0] if (seats and level is None) else None) \
                or (same_level[0] if same_level else None)
            if loc is None and not a["named"]:
                first = [p for p in S.places if p.get("kind") != "country"]
                loc = first[0] if first else None
                if loc is None and actor is None and _own_government(state.speaker, sent.doc):
                    # "General Order 7-3, which I put in place in February 2025, forbids ...", in the sheriff's
                    # own column: the speaker's government
                    juris, level = state.speaker["jurisdiction"], state.speaker["level"]
                if juris is None and loc is None and actor is None and si - state.last_place_sent <= 2 \
                        and not _in_bill_entry(sent.start, state.bill_entries):
                    loc = state.last_place      # (in a bill's entry, the bill is the state's: see _with_focus)
            if loc is not None:
                juris = loc["jid"]
                if level == "state" and loc.get("kind") in ("city", "county") and juris.count("-") >= 2:
                    juris = "-".join(juris.split("-")[:2])   # state lawmakers meeting in a city act for the state
                if actor is None and not (statute and loc.get("kind") in ("city", "county")):
                    actor, level = loc["pname"], _kind_level(loc.get("kind"))
                    inferred = True
                targets = [t for t in targets if t != juris] or [None]
        if direction == "federal_pressure" and level is None and rule.types.get(R.UNK):
            level = "federal"
        date_text, date, prec, dsrc = _date_for(pdoc, sent, tok, by_sent)
        if status in ("announced", "threatened") and dsrc == "sentence":
            # what someone said will be done is dated by the saying: "said on April 18 that the jail will begin
            # honoring ICE detainers on July 14" (April 18), not by the day it is to start
            said = _said_date(sent, tok, by_sent)
            if said is not None and str(said.get("date") or "") < str(date or ""):
                date_text, date, prec = said.get("date_text"), said.get("date"), said.get("date_precision")
        if status == "enacted" and atype in ("assist_ice", "bar_local_cooperation") and str(juris or "").count("-") >= 2 \
                and _told_by_state_or_federal_official(tok, S):
            status = "reported"     # "Sen. X said Cobb County's jail has honored every detainer ICE has sent": a
            #                         county's practice in a state lawmaker's account
        instrument = _instrument_for(sent, tok, by_sent, atype)
        conf = rule.base
        if a["named"] and not inferred:
            conf += 0.15
        if juris is not None:
            conf += 0.05
        if instrument:
            conf += 0.05
        if inferred or fallback_actor:
            conf -= 0.1
        if not a["named"] and juris is None and level != "federal":
            conf -= 0.1
        if nested:
            conf -= 0.1
        conf = round(min(0.95, max(0.05, conf)), 2)
        s, e = sent.span_offsets(tok)
        sued = _sued_places(tok, S) if atype == "court_action" and rule.name in ("sue", "fight_in_court") \
            and level in (None, "nongovernmental") else []
        if atype == "condemn_federal_action" and level in (None, "nongovernmental") and _is_verbal(tok):
            # "the coalition director condemned the February 9 arrests in Gastonia and Belmont": each place the
            # condemned act was in (a place of no government's own)
            # (or what it was said of: 'said on Friday of the Gwinnett County arrest')
            said = tok.lemma_.lower() in R.SPEECH
            objs = {t.i for c in tok.children if c.dep_ == "dobj" or (
                said and c.dep_ == "prep" and c.lower_ in ("of", "about")) for t in c.subtree}
            objs |= {t.i for c in tok.children if said and c.dep_ == "prep" and c.lower_ == "on" for g in c.children
                     if g.ent_type_ == "DATE" for p in g.children if p.dep_ == "prep" and p.lower_ in ("of", "about")
                     for t in p.subtree}     # (the parse hangs it on the day: "said on Friday of the X arrest")
            named = _conj_or_all(sorted([p for p in S.within(S.places, objs) if p.get("kind") in ("city", "county")
                                         and p["tokens"]], key=lambda p: p["tokens"][0].i))
            sued = named if len(named) > 1 or (named and str(juris or "").count("-") <= 1) else []
        elif atype == "condemn_federal_action" and level in ("state", "county", "city") and _is_verbal(tok) and juris \
                and juris.count("-") >= 1:
            # "the Attorney General also condemned the Painesville arrests", "Supervisor X called the Ripon arrests
            # ...": rhetoric is placed where the act it condemns was aimed (a place of the condemner's own state)
            objs = {t.i for c in tok.children if c.dep_ == "dobj" for t in c.subtree}
            named = [p for p in S.within(S.places, objs) if p.get("kind") in ("city", "county") and p["tokens"]
                     and p.get("jid") and p["jid"] != juris
                     and p["jid"].startswith("-".join(juris.split("-")[:2]) + "-")]
            if len({p["jid"] for p in named}) == 1:
                sued = named[:1]
        elif atype == "court_action" and rule.name == "court_verbs" and _is_verbal(tok) and (
                level in ("federal", "state") or re.search(r"\b(?:[Cc]ourt|[Jj]udge|[Jj]ustices?)\b", a.get("text") or "")):
            # "the judge barred the State from cutting off revenue to Tucson and Flagstaff": a ruling in the case of
            # each place it names, joined as parties are
            said = {t.i for c in tok.children if c.dep_ == "ccomp" for t in c.subtree}  # ("finds that ... in X and Y")
            named = _conj_or_all(sorted([p for p in S.within(S.places, {t.i for t in tok.subtree} - said)
                                         if p.get("kind") in ("city", "county") and p["tokens"] and not _court_seat(p)],
                                        key=lambda p: p["tokens"][0].i))
            barred_state = any(p.get("kind") == "state" for p in S.within(S.places, {
                c.i for c in tok.children if c.dep_ == "dobj"}))     # ("barred Missouri from enforcing ...")
            if len(named) >= 2 and all(p["tokens"][-1].dep_ == "conj" for p in named[1:]) and not barred_state and (
                    juris is None or juris in {p["jid"] for p in named}):
                sued = named
        for juris in [p["jid"] for p in sued] or [juris]:
          for tgt in targets:
            rows.append({
                "doc_id": pdoc.doc_id, "sentence_id": sent.sentence_id, "start": s, "end": e,
                "actor": actor, "actor_level": level, "jurisdiction": juris, "target_jurisdiction": tgt,
                "action_type": atype, "direction": direction, "status": status, "instrument": instrument,
                "date_text": date_text, "date": date, "date_precision": prec, "date_source": dsrc,
                "confidence": conf, "evidence": sent.text, "trigger": tok.text, "rule": rule.name,
                "operation": op_name, "incident": incident, "incident_place": incident_place,
            })
        if atype == "federal_enforcement_operation" and (rule.name == "operation_verbs" or (
                rule.name == "operation_nouns" and tok.dep_ == "dobj" and _is_verbal(tok.head))) \
                and not any(r["action_type"] == "assist_ice" for r in rows):
            # (or the verb that carried the operation out: "ICE and the Highway Patrol launched the operation")
            local = _joint_local(tok if rule.name == "operation_verbs" else tok.head, S)
            if local is not None:
                # a joint operation, "ICE agents and Tulsa police arrested 12 people": the local force's part is
                # help to ICE (vocabulary: joint operations, one row each)
                text, place = local
                rows.append(dict(rows[-1], actor=text, actor_level=_kind_level(place.get("kind")) if place else None,
                                 jurisdiction=place["jid"] if place else None, target_jurisdiction=None,
                                 action_type="assist_ice", direction=vocabulary.direction_of("assist_ice"),
                                 rule="joint_operation"))
    if rule.name == "praise" and rows and all(r["action_type"] == "praise_enforcement" and r["actor_level"] == "state"
                                              for r in rows):
        partner = _praised_partner(tok, S)
        if partner is not None:
            for r in rows:
                r["jurisdiction"] = partner     # "She also thanked Johnson County Sheriff X for honoring every detainer"
    return rows


def _praised_partner(tok, S: _Sent) -> Optional[str]:
    """The one county or city of the partner a state official praises, named in the praise verb's object ("thanked
    Johnson County Sheriff X", "I thank Sheriff X", whom the people stage places): the praise is of that place's
    cooperation (vocabulary: praise of a cooperation partner)."""
    from .. import gazetteer

    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    ids = {t.i for t in obj.subtree}
    G = gazetteer.load()
    found = set()
    for p in S.places:
        if p["tokens"][0].i in ids and p.get("kind") in ("county", "city") and p.get("jid"):
            found.add(p["jid"])
    for p in S.people:
        place = G.get(p.get("jurisdiction")) if p.get("from_row") and p.get("jurisdiction") else None
        if p["tokens"][0].i in ids and place is not None and place.kind in ("county", "city"):
            found.add(place.jurisdiction_id)
    return found.pop() if len(found) == 1 else None


def _joint_local(tok, S: "_Sent"):
    """The local force conjoined with federal agents as the verb's subject ("ICE agents and Tulsa police"), as
    (its words, its place or None), or None."""
    led = _operation_led_by_local(tok, S)
    if led is not None:
        return led
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    parts = [subj] + [c for c in subj.children if c.dep_ == "conj"]
    if len(parts) < 2:
        return None
    words = {p.i: sorted([*[t for left in p.lefts if left.dep_ not in ("cc", "punct", "conj") for t in left.subtree], p],
                         key=lambda t: t.i) for p in parts}
    texts = {i: " ".join(t.text for t in ws) for i, ws in words.items()}
    if not any(R.CUES["federal"].search(f" {t} ") for t in texts.values()):
        return None
    for p in parts:
        text = texts[p.i]
        if R.CUES["federal"].search(f" {text} ") or not _LOCAL_FORCE.search(text):
            continue
        places = [q for q in S.within(S.places, {t.i for t in words[p.i]}) if q.get("kind") != "country"]
        return text, (places[0] if places else None)
    return None


def _operation_led_by_local(tok, S: "_Sent"):
    """The local force that led the operation the federal arrests were made in ("officers arrested four people during
    a traffic operation led by the Culpeper County Sheriff's Office"), as (its words, its place or None), or None."""
    for noun in tok.subtree:
        if noun.lemma_.lower() not in ("operation", "sweep", "checkpoint", "stop") or noun.pos_ != "NOUN":
            continue
        for verb in noun.children:
            if verb.dep_ != "acl" or verb.lemma_.lower() not in ("lead", "run", "conduct", "organize", "staff"):
                continue
            for agent in verb.children:
                if agent.dep_ != "agent":
                    continue
                words = [t for c in agent.children if c.dep_ == "pobj" for t in c.subtree]
                text = " ".join(t.text for t in words)
                if not words or R.CUES["federal"].search(f" {text.lower()} ") or not _LOCAL_FORCE.search(text):
                    continue
                places = [q for q in S.within(S.places, {t.i for t in words}) if q.get("kind") != "country"]
                return text, (places[0] if places else None)
    return None


_FILING_VERBS = {"file", "bring", "join", "launch", "announce", "lodge", "initiate", "threaten", "pursue",
                 "prepare", "plan", "win", "lead", "mount", "back", "support", "add", "weigh", "consider",
                 "draft", "ready"}
_FED_MODIFIER = re.compile(r"^(federal|justice|doj|dhs|ice|administration|government|united|u\.s\.)$", re.I)


def _noun_actor_adjust(tok, rule, actors) -> list:
    """Who did a noun trigger: only its possessor, ``by`` agent or the subject of a verb of doing it.

    "A judge dismissed the federal lawsuit" -> the suing party is federal, not
    the judge; "the governor created a commission to document abuses during
    the enforcement surge" -> the surge is not the governor's.
    """
    unknown = [dict(actor=None, level=None, jurisdiction=None, jkind=None, named=False, span=set(),
                    inferred=False, text="")]
    how = actors[0].get("how") if actors else None
    if rule.name in ("sue", "seek_injunction") or rule.name.startswith("court"):
        if how in ("possessor", "agent"):
            return actors
        if rule.name == "sue" and tok.dep_ == "pobj" and tok.head.lower_ in ("to", "in") \
                and tok.head.head.lemma_.lower() == "join":
            return actors   # "joined Vermont to that suit as a co-plaintiff", "joined in the suit": the joiner's
        if rule.name == "sue" and (tok.head.lemma_.lower() not in _FILING_VERBS
                                   or tok.head.lemma_.lower() in ("support", "back")) and not _describes_suit(tok):
            return []       # "a brief supporting the federal lawsuit": an existing suit, mentioned
        if any(c.dep_ in ("amod", "compound") and _FED_MODIFIER.match(c.text) for c in tok.children):
            return [dict(unknown[0], level="federal")]
        if rule.name == "sue" and tok.head.lemma_.lower() not in _FILING_VERBS:
            return unknown
        return actors
    if rule.name == "operation_nouns" and how != "agent":
        return unknown      # the agency that ran it is named in the scope ("a raid by ICE", "an ICE raid")
    if rule.name in ("deployment", "withhold_funding", "ultimatum", "immunity"):
        if how in ("possessor", "agent"):
            return actors
        if rule.name == "ultimatum" and actors and actors[0]["level"] == "state" \
                and tok.head.lemma_.lower() in ("send", "issue", "deliver", "mail", "write"):
            return actors   # "the state attorney general's office sent the city a letter warning ...": its sender
        if actors and _actor_class(actors[0]["level"]) == R.NONFED:
            return unknown
    if rule.name == "prosecute_agents":
        if tok.head.lemma_.lower() == "face":
            subj = [g for c in tok.head.children if c.dep_ == "nsubj" for g in c.subtree]
            if R.CUES["agents"].search(" ".join(t.text for t in subj)):
                return actors      # "any agent who breaks state law will face charges"
        own = [t for t in tok.subtree if t.i != tok.i]
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("bring", "file", "press", "lodge", "pursue", "seek"):
            # "bring charges against any officer who ...": the "against" the parser hung on the verb
            own += [t for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "against" for t in c.subtree]
        if not R.CUES["agents"].search(" ".join(t.text for t in own)) and not any(
                t.lower_ in ("them", "him", "her") and t.head.lower_ in ("against", "of") for t in own):
            return []
        for c in tok.children:
            if c.dep_ in ("compound", "amod", "poss", "nmod") and R.CUES["agents"].search(" ".join(t.text for t in c.subtree)):
                return []
    return actors


def _court_seat(place) -> bool:
    """A place named as where a court sits: "in federal court in Portland", "a judge in Charleston"."""
    toks = place.get("tokens") or []
    if not toks:
        return False
    prep = toks[0].head if toks[0].dep_ == "pobj" else None
    if prep is None or prep.lower_ != "in":
        return False
    seat = ("court", "judge", "courthouse", "courtroom")
    return prep.head.lemma_.lower() in seat or (prep.i > 0 and prep.doc[prep.i - 1].lemma_.lower() in seat)


def _sued_places(tok, S: _Sent) -> list:
    """The places a private party's suit is brought against ("filed a class action in federal court in Portland
    against Washington County and its sheriff", "plans to file similar class actions against Marion County and
    Clackamas County"): the case is in each of them, not where the plaintiff lives."""
    verb = tok if _is_verbal(tok) else tok.head
    ids = {t.i for a in verb.subtree if a.lower_ == "against" and a.dep_ == "prep" and a.i > tok.i for t in a.subtree}
    # (not the court it is filed in: "filed suit against the city in U.S. District Court in Topeka")
    ids -= {t.i for a in verb.subtree if a.i in ids and a.dep_ == "prep" and a.lower_ in ("in", "at") for t in a.subtree}
    found = [p for p in S.within(S.places, ids) if p.get("kind") in ("city", "county", "state") and p["tokens"]]
    return _conj_or_all(sorted(found, key=lambda p: p["tokens"][0].i))


def _conj_or_all(places) -> list:
    """Distinct places, without a state that only qualifies the city before it ("Providence, Rhode Island")."""
    seen, out = set(), []
    for p in places:
        if p["jid"] not in seen:
            seen.add(p["jid"])
            out.append(p)
    return _drop_qualifiers(out)


def _locative_place(path, S: _Sent):
    """'In Denver, the council voted ...': a place in an ``in`` phrase on the clause path."""
    for t in path:
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "across", "throughout"):
                ids = {g.i for g in c.subtree}
                # (not a court's seat: "sued in federal court in Jackson" is no act of Jackson's)
                ps = [p for p in S.within(S.places, ids) if p.get("kind") != "country" and not _court_seat(p)]
                if ps:
                    return _best_place(ps, None)
    return None


def _locative_group(path, S: _Sent) -> list:
    """Places of one kind joined by "and" in an ``in`` phrase on the clause path ("in Lea and Otero counties")."""
    heads = path[:1] + [c for c in path[0].children if c.dep_ in ("nsubj", "nsubjpass")] if path else []
    for t in heads:
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "across"):
                ids = {g.i for g in c.subtree}
                if len(ids) == 1:   # an "in" the parser left bare: the words up to the next comma
                    end = next((g.i for g in c.doc[c.i + 1:] if g.is_punct), len(c.doc))
                    ids = set(range(c.i + 1, end))
                ps = [p for p in S.within(S.places, ids) if p.get("kind") in ("county", "city")]
                group = _conj_group(ps) if len(ps) > 1 else []
                if len(group) > 1 and len({p.get("kind") for p in group}) == 1:
                    return group
    return []


def _federal_in_scope(S: _Sent, sc, texts, actor_span) -> str:
    """Name of the federal agency carrying out an operation (from the scope or the sentence)."""
    for group in (S.orgs, S.people):
        for e in group:
            if e.get("level") == "federal" or level_from_text(e.get("name") or e.get("text") or "") == "federal":
                return e.get("name") or e.get("text")
    m = re.search(r"\b(ICE|CBP|DHS|HSI|FBI|Border Patrol|Homeland Security|Immigration and Customs Enforcement|federal (?:immigration )?(?:agents|officers|authorities))\b",
                  " ".join(t.text for t in sc)) or re.search(
        r"\b(ICE|CBP|DHS|HSI|FBI|Border Patrol|Homeland Security|Immigration and Customs Enforcement|federal (?:immigration )?(?:agents|officers|authorities))\b",
        S.sent.text)
    return m.group(1) if m else "federal agents"


#: help given only under a judge's or a parent's say-so is a limit: "will release a student's records to
#: immigration authorities only with written parental consent or a court order", "honors detainers only when a
#: judge has signed them"
_ONLY_WITH_WARRANT = re.compile(r"\bonly (?:with|when|if|after|upon|under|on|in response to)\b[^.;]{0,80}?\b(?:warrants?"
                                r"|court orders?|subpoenas?|judges?|judicial|consent)\b", re.I)


#: who a rule can forbid to help ("no facility will ...", "no deputy shall ...")
_RULED_NOUNS = _NO_ONE_NOUNS | {"facility", "jail", "employee", "staff", "institution", "prison", "school", "campus"}


def _no_one_will(verb) -> bool:
    """"No facility will release a person to ICE ...", "No deputy will hold anyone for ICE": a rule laid down with
    "no" on its subject, so the help it names is refused."""
    return _is_operative_no(verb) and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _RULED_NOUNS
        and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children) for c in verb.children)


def _called_on_federal(tok) -> bool:
    """The trigger is what someone calls on or urges a federal agency to do ("calls on ICE to keep officers away
    from schools", "urged DHS to ...")."""
    h = tok.head
    if tok.dep_ not in ("xcomp", "advcl", "ccomp") or h.i == tok.i or h.lemma_.lower() not in ("call", "urge", "ask", "press"):
        return False
    whom = [g for c in h.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children if g.dep_ == "pobj"]
    whom += [c for c in h.children if c.dep_ == "dobj"]
    return any(R.CUES["federal"].search(" " + " ".join(t.text for t in w.subtree) + " ")
               or w.lower_ == "congress" for w in whom)


_PERMISSIONS = frozenset(("approval", "permission", "authorization", "authorisation", "consent", "sign-off", "warrant",
                          "order"))


def _approval_first(tok) -> bool:
    """The help is what may be done only once a permission is had: "obtain a supervisor's written approval before
    answering any ICE request" (the help under "before", a permission the object of the verb above it)."""
    prep = tok.head
    if tok.dep_ not in ("pcomp", "pobj") or prep.lower_ not in ("before", "prior"):
        return False
    above = prep.head if prep.head.pos_ in ("VERB", "AUX") else prep.head.head
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _PERMISSIONS for c in above.children) \
        or prep.head.lemma_.lower() in _PERMISSIONS


#: people told of an arrest who are not ICE: "notify affected families", "alert the person's lawyer"
_NOTIFIED_PEOPLE = frozenset(("family", "parent", "resident", "student", "guardian", "community", "public", "lawyer",
                              "attorney", "counsel", "relative", "employee", "staff", "school", "principal"))


#: a safeguard given to the person ICE wants: "a written consent form", "the consent form", "notice of the right to
#: decline", "a know-your-rights notice"
_CONSENT_FIRST = re.compile(r"\b(?:(?:written |signed |the |a )?consent forms?|(?:notice|form) of (?:the |their |his |her )?"
                            r"rights?|right to (?:decline|refuse|have (?:a |an )?(?:lawyer|attorney|counsel)))\b", re.I)


def _called_itself_sanctuary(tok, cls) -> bool:
    """A place or body that "has called itself a sanctuary city" (or a welcoming one): a name it took."""
    return cls != R.FED and any(c.dep_ == "dobj" and c.lower_ in ("itself", "themselves") for c in tok.children) \
        and bool(re.search(r"\b(?:sanctuary|welcoming)\b", tok.doc[tok.i: tok.right_edge.i + 1].text, re.I))


#: people a government lends: "eight more troopers will join the Task Force"
_PERSONNEL = frozenset(("trooper", "deputy", "officer", "agent", "investigator", "detective", "jailer", "guard"))
#: what an operation is called (its end is no end of cooperation)
_OPERATIONS = frozenset(("operation", "raid", "sweep", "crackdown", "roundup", "surge"))
#: verbs of writing a measure up: "directed the City Attorney's Office to draft an ordinance that would bar ..."
_DRAFTING = frozenset(("draft", "prepare", "write", "develop", "craft"))


def _refine(atype, tok, rule, texts, cls, path, sent):
    """Type corrections that need the actor and the scope together."""
    if rule.name == "publish_request_counts" and cls != R.FED and tok.lemma_.lower() in ("send", "submit", "deliver", "give") \
            and any(c.dep_ in ("prep", "dative") and c.lower_ == "to" and any(
                R.CUES["ice"].search(" " + " ".join(t.lower_ for t in g.subtree) + " ") for g in c.children)
                    for c in tok.children):
        return "assist_ice"     # "The State Police sent its first quarterly report to ICE": data given to ICE
    if atype == "enter_formal_agreement" and tok.lemma_.lower() == "join" and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in _PERSONNEL and any(
                d.dep_ in ("nummod", "amod") and (d.like_num or d.lower_ in ("more", "additional")) for d in c.children)
            for c in tok.children):
        return "assist_ice"     # "eight more troopers will join the Task Force in April": staff lent, no agreement
    if rule.name == "require_cooperation" and atype in ("bar_local_cooperation", "affirm_sanctuary", "expand_cooperation") \
            and cls != R.FED \
            and any(c.dep_ == "ccomp" and c.lemma_.lower() == "use" and any(
                s.dep_ == "nsubjpass" and any(d.lower_ == "no" for d in s.children)
                and R.CUES["sites"].search(" " + " ".join(t.lower_ for t in s.subtree) + " ") for s in c.children)
                    for c in tok.children):
        return "restrict_enforcement_sites"     # "ordered that no city park, recreation center or library be used as a
        #                                         staging area for ICE": sites closed to enforcement
    if atype in ("assist_ice", "expand_cooperation") and cls != R.FED and _is_verbal(tok) and any(
            not re.search(r"\b(?:without|no|lacking|never)\s+(?:\w+\s+){0,2}$", m.string[max(0, m.start() - 30):m.start()],
                          re.I) for m in _CONSENT_FIRST.finditer(tok.doc[tok.i: tok.right_edge.i + 1].text)):
        return "bar_local_cooperation"  # "requires every California jail to give a person a written consent form ...
        #                                 before any ICE interview": a safeguard before ICE is let in, not help
    if rule.name == "call_names" and _called_itself_sanctuary(tok, cls):
        return "affirm_sanctuary"   # "Jersey City has called itself a sanctuary city since 2017": its own name
    if atype == "restrict_enforcement_sites" and cls != R.FED and _is_verbal(tok) and R.CUES["at_ice_request"].search(
            tok.doc[tok.i: tok.right_edge.i + 1].text.lower()):
        return "assist_ice"     # "police officers closed the branch parking lot for an hour at ICE's request": a
        #                         place closed for ICE's operation, not to it
    if atype in ("restrict_enforcement_sites", "require_agent_identification", "bar_local_cooperation") \
            and cls != R.FED and _called_on_federal(tok):
        return "call_to_abolish_or_reform"  # "calls on ICE to keep officers away from schools": asks ICE to change
    if atype == "assist_ice" and cls != R.FED and _is_verbal(tok) and (_ONLY_WITH_WARRANT.search(
            tok.doc[tok.i: tok.right_edge.i + 1].text) or _no_one_will(tok)):
        return "bar_local_cooperation"      # (or "no facility will release a person to ICE without a judicial
        #                                     warrant": a rule that no one helps)
    if atype == "assist_ice" and cls != R.FED and tok.lemma_.lower() == "release" and any(
            c.lower_ == "without" and any(g.lemma_.lower() in ("notify", "notice", "tell", "alert") for g in c.subtree)
            for c in tok.subtree):
        return "bar_local_cooperation"      # "released him on the magistrate's order without notifying ERO"
    if atype == "assist_ice" and cls != R.FED and _approval_first(tok):
        return "bar_local_cooperation"      # "officers will need a supervisor's written approval before answering any
        #                                     ICE request": help made to wait on a permission
    if rule.name == "restrict_sites" and atype == "restrict_enforcement_sites" and any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() == "use"
            and _MEANS.search(" ".join(t.text for t in c.subtree)) for c in tok.children):
        atype = "bar_local_cooperation"     # "barring the use of county funds, equipment or buildings to assist civil
        #                                     immigration enforcement": the county's means withheld, not a site closed
    if atype in ("bar_local_cooperation", "affirm_sanctuary", "restrict_enforcement_sites") and cls != R.FED \
            and (_limit_banned(tok) or _no_one_may_adopt(sent.text, tok)):
        return "expand_cooperation"     # "bars cities from adopting policies that limit cooperation with ICE"
    if rule.name == "require_cooperation" and atype == "expand_cooperation" and any(
            c.dep_ in ("dobj", "nsubjpass") and R.CUES["ice"].search(" ".join(t.text for t in c.subtree if t.i <= c.i))
            and R.CUES["agents"].search(c.text) for c in tok.children):
        return "bar_local_cooperation"      # "would require ICE officers to obtain an inmate's consent": a limit on ICE
    if rule.name == "require_cooperation" and atype == "expand_cooperation" and any(
            c.dep_ in ("xcomp", "ccomp", "advcl") and c.lemma_.lower() in ("release", "free") and not any(
                m.dep_ == "mark" and m.lower_ in _TIME_MARKS for m in c.children) for c in tok.children):
        return "bar_local_cooperation"      # "would direct the jail to release anyone held only on a detainer" (not
        #                                     "requires a jail to notify ICE ... before it releases a person": when)
    if rule.name == "refuse_cooperation" and atype == "affirm_sanctuary" and (any(
            c.dep_ == "dobj" and c.lemma_.lower() in ("request", "demand") and not _asks_for_help(c)
            for c in tok.children) or any(
            # ("declined on February 22 to give an ICE officer a patron's checkout history", read as a purpose)
            c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in _SPECIFIC_HELP for c in tok.children)):
        return "bar_local_cooperation"      # "to refuse ICE's request for after-hours access to the booking system",
        #                                     "refuse to disclose any student's immigration status": one kind of help
    if rule.name == "require_cooperation" and atype == "expand_cooperation" and cls != R.FED and any(
            c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in ("keep", "maintain", "continue", "retain")
            and _limiting_instrument(c) for c in tok.children):
        return "bar_local_cooperation"      # "directed the Chief to keep in force General Order 600-14, under which
        #                                     officers do not share the immigration status of victims with ICE"
    if rule.name == "require_cooperation" and atype == "expand_cooperation" and cls != R.FED and any(
            c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in _NARROWED_HELP
            and any(t.lower_ == "only" and t.dep_ == "advmod" for t in _own_words(c)) for c in tok.children):
        return "bar_local_cooperation"      # "ordered staff to send release notifications only for inmates with a
        #                                     qualifying conviction": help narrowed to some cases
    if rule.name == "require_cooperation" and atype == "expand_cooperation" and cls != R.FED and any(
            c.dep_ in ("xcomp", "ccomp") and _negated(c) and c.lemma_.lower() in ("renew", "extend", "reauthorize")
            and any(o.dep_ == "dobj" and R.CUES["agreement_word"].search(" ".join(t.text for t in o.subtree).lower())
                    for o in c.children) for c in tok.children):
        return "end_formal_agreement"       # "The order also instructed the Department not to renew its 287(g)
        #                                     agreement": an agreement let go
    if rule.name == "require_cooperation" and atype == "expand_cooperation" and cls != R.FED and any(
            c.dep_ in ("xcomp", "ccomp") and any(o.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "no"
                                                                          for d in o.children) for o in c.children)
            for c in tok.children):
        return "bar_local_cooperation"      # "I have ordered that officers provide no traffic control or perimeter
        #                                     support for civil immigration operations": help withheld by order
    if rule.name == "require_cooperation" and atype == "expand_cooperation" and any(
            c.dep_ in ("xcomp", "ccomp") and _negated(c) for c in tok.children):
        if any(c.dep_ in ("xcomp", "ccomp") and _negated(c) and c.lemma_.lower() in _GENERAL_HELP
               for c in tok.children) and not _RESOURCES.search(sent.text):
            return "affirm_sanctuary"       # "instructs staff not to help immigration agents": no help at all
        return "bar_local_cooperation"      # "directed police not to hold people on detainers"
    if atype == "investigate_misconduct" and cls == R.FED and _cue("local_official", texts):
        return None     # a federal inquiry into local officials: target_local_officials
    if atype in ("bar_local_cooperation", "restrict_enforcement_sites", "affirm_sanctuary") and _describes_target(tok):
        # "no agency shall award a grant to a county that maintains a policy limiting cooperation": the
        # limit describes who is penalised; the act is the penalty
        if cls == R.FED:
            return None
        return "expand_cooperation" if _PENALTY.search(sent.text) else None
    if atype in ("bar_local_cooperation", "restrict_enforcement_sites") and _kept_instrument(tok):
        return "affirm_sanctuary"   # "will continue to enforce its ordinance, which bars police from asking ..."
    if atype in ("bar_local_cooperation", "restrict_enforcement_sites", "affirm_sanctuary") and cls != R.FED and (
            any(a.lemma_.lower() in _CRIME_WORDS for a in tok.ancestors) or (tok.dep_ in ("relcl", "acl") and any(
                t.lemma_.lower() in _CRIME_WORDS for t in tok.doc[max(0, tok.i - 15): tok.i]))):
        return "expand_cooperation"     # "making it a felony for an official to vote for a policy that limits ..."
    if atype in ("bar_local_cooperation", "restrict_enforcement_sites", "affirm_sanctuary") and _banned(tok):
        return "expand_cooperation"     # "local policies that limit cooperation were banned in 2024"
    if atype in ("bar_local_cooperation", "restrict_enforcement_sites") and _bars_limits(tok):
        return "expand_cooperation"     # "bars counties from adopting any policy that limits cooperation"
    if atype == "sue_federal_government" and not (rule.name in ("fight_in_court", "ask_court_block")
                                                  and _cue("condemn_objects", texts)) \
            and not (rule.name == "sue" and "co-plaintiff" in texts[0]) \
            and not (rule.name in ("sue", "go_to_court") and _is_verbal(tok) and _funds_cut_if(tok)):
        # ("the village will sue if the money is cut": a suit against the cut, which is federal)
        if cls == R.NONFED and not _cue("federal", texts):
            return None
        if cls == R.UNK and not _cue("federal", texts):
            return None
    if atype == "withhold_funding" and cls != R.FED and tok.lemma_.lower() in ("end", "terminate", "cancel") \
            and rule.name == "withhold_funding" and _cue("agreement_word", texts) and not _cue("federal", texts):
        return None     # "would direct me to give ICE 90 days' notice ending the contract": the county ends it
    if atype == "withhold_funding" and cls != R.FED and _cue("state_money", texts) and not _FEDERAL_MONEY.search(texts[0]):
        return None     # a state withholding its own grants from a county: the state's penalty, not federal
    if atype == "end_formal_agreement" and cls == R.FED and _cue("funding", texts) \
            and not _287G.search(texts[0]):
        return None
    if atype in ("federal_deployment",) and cls == R.UNK and not _cue("federal", texts):
        return None
    if atype == "federal_enforcement_operation" and rule.name == "operation_verbs" and _cue("local_official", texts) \
            and (not _is_verbal(tok) or _officials_targeted(tok)):
        return None     # agents arresting an official target officials ("according to the sheriff's office" does not)
    if atype == "federal_ultimatum" and rule.name == "ultimatum" and tok.lemma_.lower() == "give" \
            and not _cue("deadline", texts):
        return None
    if atype == "federal_ultimatum" and rule.name == "ultimatum" and tok.lemma_.lower() in ("list", "letter") \
            and not (_cue("sanctuary", texts) or tok.lemma_.lower() == "letter" and _cue("deadline", texts)):
        return None
    if rule.name == "no_longer_assist" and tok.lemma_.lower() in ("hold", "keep") and any(
            c.dep_ == "dobj" and c.lemma_.lower() in _HELD_INSTRUMENTS for c in tok.children):
        return None     # "has never held a 287(g) agreement": no agreement, not a refusal to hold anyone
    if tok.lemma_.lower() == "order" and (tok.dep_ == "pobj" and tok.head.lower_ in ("to", "in") and not any(
            c.dep_ in ("det", "poss", "amod", "compound") for c in tok.children)
            or re.search(r"\b(?:call|calls|called|calling|came|come|comes|bring|brought)\b[^.;]{0,40}\bto order\b",
                         sent.text, re.I)):
        return None     # "called the session to order", "in order to": no court order
    if rule.name == "make_available" and re.search(r"\b(?:agreements?|contracts?|igsas?)\b|287\s*\(g\)", sent.text, re.I):
        return None     # "approved the original IGSA making up to 250 beds available to ICE": the agreement's terms
    if rule.name == "withhold_data" and not _data_object(tok):
        return None     # ("would withhold a local government share of state sales tax": money, not data)
    if atype == "records_request" and rule.name == "records_request" and tok.lemma_.lower() == "act" \
            and "freedom of information" not in texts[0]:
        return None
    return atype


#: verbs that end or limit something: what a directive orders when it is not cooperation
#: orders that are no court's: "executive order", a police department's "general order" or "special order"
_NON_COURT_ORDERS = frozenset(("executive", "general", "special", "departmental"))
_UNDO_LEMMAS = {"terminate", "end", "withdraw", "cancel", "rescind", "stop", "cease", "limit", "restrict", "refuse",
                "decline", "bar", "prohibit", "exit", "discontinue", "suspend", "revoke", "disregard"}
#: what an office "holds" that is no person held for ICE
_HELD_INSTRUMENTS = frozenset(("agreement", "contract", "memorandum", "program", "programme", "partnership", "license",
                               "hearing", "meeting", "position", "seat", "office"))
def _undoes(tok) -> bool:
    """A verb that ends or limits something; "withhold" only with data as its object ("to withhold driver's
    license data from immigration authorities"; "to withhold Local Government Fund distributions" is a penalty)."""
    lemma = tok.lemma_.lower()
    return lemma in _UNDO_LEMMAS or (lemma == "withhold" and _data_object(tok))


def _data_object(tok) -> bool:
    """The verb's object is data or records ("withhold driver's license data", "deny ICE access to records")."""
    return any(R.CUES["data_word"].search(t.text) for c in tok.children if c.dep_ == "dobj" for t in c.subtree)


_LIMIT_LEMMAS = {"limit", "restrict", "curtail", "hinder", "obstruct", "prohibit", "ban", "bar", "block",
                 "refuse", "decline", "impede", "forbid"}
_LIMIT_WORDS = re.compile(r"\b(limit\w*|restrict\w*|curtail\w*|hinder\w*|obstruct\w*|prohibit\w*|bans?|bars?"
                          r"|discourag\w*|prevent\w*|interfer\w*"
                          r"|block\w*|refus\w*|declin\w*|imped\w*|forbid\w*|sanctuary)\b", re.I)


_TARGET_NOUNS = {"county", "counties", "city", "cities", "municipality", "municipalities", "jurisdiction",
                 "jurisdictions", "locality", "localities", "town", "towns", "government", "governments", "agency",
                 "agencies", "official", "officials"}
_PRIVATE_PARTIES = re.compile(r"\b(plaintiffs|residents|voters|families|parents|workers|tenants|taxpayers|students|groups?"
                              r"|detainees|inmates|prisoners|immigrants"
                              r"|coalition|project|union|center|alliance|network|clinic|church\w*)\b", re.I)
#: one private person, by what they do or are ("the landscaper", "a farmworker", "the man")
_PRIVATE_PERSON = re.compile(r"\b(?:man|woman|resident|worker|student|parent|father|mother|husband|wife|son|daughter"
                             r"|detainee|inmate|prisoner|immigrant|tenant|landscaper|farmworker|laborer|painter|roofer"
                             r"|cook|driver|nurse|teenager|teen|refugee|asylum seeker|citizen|veteran|pastor|employee"
                             r"|family|widow|grandmother|grandfather)s?$", re.I)
_PENALTY = re.compile(r"\b(grants?|funds?|funding|awards?|payments?|revenue\w*|aid|penal\w*|fines?|punish\w*|withh[oe]ld\w*|den(?:y|ies|ied)"
                      r"|remov\w* from office|remov(?:e|es|ed|ing|al of) (?:\w+ ){0,2}officials?|liable|misdemeanor|felony"
                      r"|lawsuits?)\b", re.I)


_KEEP_VERBS = {"keep", "maintain", "defend", "uphold", "enforce", "follow", "retain", "preserve", "protect"}


def _kept_instrument(tok) -> bool:
    """The trigger describes an instrument that someone keeps or defends."""
    if tok.dep_ not in ("relcl", "acl") or tok.head.lemma_.lower() not in R.INSTRUMENT_NOUNS:
        return False
    gov = tok.head.head
    return tok.head.dep_ in ("dobj", "nsubjpass") and gov.lemma_.lower() in _KEEP_VERBS and not _negated(gov)


def _describes_target(tok) -> bool:
    """The trigger is inside a relative clause on a government noun ("a county that limits cooperation")."""
    t = tok
    while t.head.i != t.i:
        if t.dep_ in ("relcl", "acl") and t.head.lower_ in _TARGET_NOUNS and not (
                t.head.dep_ == "pobj" and t.head.head.lower_ in ("with", "to", "before")
                and t.head.head.head.lemma_.lower() in R.PROPOSAL_NOUNS) and not (
                # (not a government the text names: "Cook County, which has refused ICE detainers ... since 2011")
                t.head.pos_ == "PROPN" and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in t.head.children)):
            # (not a proposal's clause the parse hung on the body it went to: "filed a resolution with the City
            # Commission that would declare Grand Rapids a welcoming city")
            return True
        if t.dep_ in ("relcl", "acl") and t.head.lemma_.lower() in R.PROPOSAL_NOUNS \
                and t.head.head.lemma_.lower() in _FILING_BILLS | {"sponsor"}:
            return False    # ("filed a resolution with the City Commission that would declare ...": the resolution's)
        t = t.head
    doc = tok.doc     # the parse often loses a long relative clause: "a county ... that [the AG has found] maintains"
    for i in range(tok.i - 1, max(-1, tok.i - 13), -1):
        if doc[i].lower_ in ("that", "which", "who") and i > 0 and (
                doc[i - 1].lower_ in _TARGET_NOUNS or (i > 1 and doc[i - 1].pos_ == "PROPN" and
                                                       doc[i - 2].lower_ in _TARGET_NOUNS)):
            return True
        if doc[i].text in (".", ";", ":"):
            break
    return False


#: the body a text is issued by, named short: "the Authority", "the District", "the Board"
_ISSUING_BODY = re.compile(r"\bthe (?:[A-Z][\w.'-]+ ){0,2}(?:Authority|District|Board|Agency|Commission|Council)\b")
_CRIME_WORDS = {"felony", "misdemeanor", "crime", "offense", "offence", "penalty", "fine", "violation"}
_BAN_LEMMAS = {"ban", "bar", "prohibit", "outlaw", "forbid", "preempt", "punish", "penalize", "penalise", "void",
               "invalidate", "nullify"}


def _banned(tok) -> bool:
    """The trigger describes a policy that is itself banned ("policies that limit cooperation were banned")."""
    return tok.dep_ in ("relcl", "acl") and tok.head.dep_ in ("nsubjpass", "dobj") \
        and tok.head.head.lemma_.lower() in _BAN_LEMMAS


def _bars_limits(tok) -> bool:
    """A bar on limiting: "bars cities from limiting cooperation", "prohibits ... adopting a policy that restricts",
    "policies that limit cooperation were banned"."""
    if tok.lemma_.lower() in _BAN_LEMMAS and any(
            c.dep_ in ("nsubjpass", "dobj") and any(g.dep_ in ("relcl", "acl") and g.lemma_.lower() in _LIMIT_LEMMAS
                                                    for g in c.children) for c in tok.children):
        return True
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ != "from":
            continue
        for v in prep.children:
            if v.dep_ not in ("pcomp", "pobj"):
                continue
            if v.lemma_.lower() in _LIMIT_LEMMAS:
                return True
            if v.lemma_.lower() in ("adopt", "enact", "pass", "implement", "enforce", "create", "maintain", "keep") \
                    and any(_LIMIT_WORDS.search(t.text) for c in v.children if c.dep_ == "dobj" for t in c.subtree):
                return True
    return False


def _charges_filed(tok, path) -> bool:
    lem = {t.lemma_.lower() for t in path}
    return tok.lemma_.lower() in ("indict", "indictment") or bool(lem & {"file", "bring", "press", "indict"}) \
        and tok.lemma_.lower() in ("charge",)


_COURT_RULES = {"court_verbs", "court_we", "court_disposition"}
_NOT_A_COURT = re.compile(r"\b(?:fiscal|commissioners['\u2019]?) court\b|\bcourt\b(?: [A-Za-z]+){0,3} (?:coalition|association"
                          r"|project|network|alliance|advocates|fund|clinic|society|council|watch)\b", re.I)


def _dedupe(rows: list[dict]) -> list[dict]:
    court = {(r["sentence_id"], r["start"]) for r in rows if r["rule"] in _COURT_RULES}
    # a court's act ("the judge declined to block ...") is only the court's: no other code on its verb
    rows = [r for r in rows if r["rule"] in _COURT_RULES or (r["sentence_id"], r["start"]) not in court]
    # what a suit asks of the court ("The complaint ... asks the court to declare the policy preempted") is the suit
    # the sentence already tells
    suits = {(r["sentence_id"], r["action_type"]) for r in rows if r["rule"] != "ask_court_void"}
    rows = [r for r in rows if r["rule"] != "ask_court_void" or (r["sentence_id"], r["action_type"]) not in suits]
    best: dict = {}
    order = []
    for r in rows:
        # help a government gives ICE in several of its places ("troopers to support ICE in Charleston, Columbia
        # and Greenville") is one act of that government, told once with the first place as its target; a state
        # acting on its localities ("ordered the jails of Miami-Dade and Broward to ...") keeps a row per locality
        target = None if r["action_type"] == "assist_ice" and r["jurisdiction"] is not None \
            and r["actor"] is not None else r["target_jurisdiction"]
        j = str(r["jurisdiction"] or "")
        if target is not None and j.count("-") == 1 and not str(target).startswith(j + "-") \
                and not str(target).endswith(" " + j):
            target = None   # (a state's act aimed at another state's cities is one act of that state: "I am declining
            #                 your request for Guard members to support ICE in Indianapolis and Fort Wayne")
        k = (r["sentence_id"], r["action_type"], r["actor"], r["jurisdiction"], target)
        if k not in best:
            best[k] = r
            order.append(k)
        elif r["confidence"] > best[k]["confidence"]:
            best[k] = r
    # two triggers of one code in one sentence, one with no actor found ("shall display a badge ... and shall
    # not wear a mask"): one act, told by the row that knows its actor
    known = {(k[0], k[1], k[3], k[4]) for k in order if k[2] is not None}
    order = [k for k in order if k[2] is not None or (k[0], k[1], k[3], k[4]) not in known]
    # a state law's two clauses on its localities ("requires every county jail to honor ICE detainers and forbids
    # any city to limit what its employees share"), one placed on the localities: one act of the state
    on_localities = {(k[0], k[1], k[2], k[3]) for k in order if str(k[4] or "").startswith("localities")}
    order = [k for k in order if k[4] is not None or (k[0], k[1], k[2], k[3]) not in on_localities]
    # federal pressure told in two verbs of one sentence, one with its target ("puts Dane County on its list of
    # sanctuary jurisdictions and gives the county 30 days to respond"): one act, aimed at that place
    # (the row read with more confidence tells the act, at that place: "We ask that your Office withdraw the memorandum
    # by October 15, or Minnesota will be added to the list" is a demand made, aimed at Minnesota)
    aimed = {}
    for k in order:
        if k[4] is not None and (best[k]["direction"] == "federal_pressure" or k[1] == "expand_cooperation"):
            aimed.setdefault((k[0], k[1], k[2], k[3]), k)
    for k in order:
        tk = aimed.get((k[0], k[1], k[2], k[3]))
        if k[4] is None and tk is not None and best[k]["direction"] == "federal_pressure" \
                and best[k]["confidence"] > best[tk]["confidence"]:
            best[tk] = dict(best[k], target_jurisdiction=tk[4])
    order = [k for k in order if k[4] is not None or (best[k]["direction"] != "federal_pressure"
                                                      and k[1] != "expand_cooperation")
             or (k[0], k[1], k[2], k[3]) not in aimed]
    out = [best[k] for k in order]
    out.sort(key=lambda r: (r["start"], r["action_type"], str(r["jurisdiction"]), str(r["target_jurisdiction"])))
    return out


# ------------------------------------------------------------ dates, instruments, incidents
#: a communication that goes on being told after the sentence that dated it ("In a May 20 letter, ICE demanded
#: ... The letter also called the order ...")
_MESSAGES = frozenset(("letter", "statement", "memo", "memorandum", "email", "e-mail", "notice", "release", "message",
                       "reply", "response", "announcement", "report"))
_TOLD_VERBS = frozenset(("warn", "say", "call", "ask", "add", "state", "threaten", "demand", "accuse", "criticize",
                         "note", "claim", "argue", "urge", "tell", "describe", "give", "request", "insist", "praise",
                         "thank", "direct", "order", "cite", "list", "name", "set"))
#: how many sentences back the dated mention of the communication may be
_MESSAGE_REACH = 3


def _letter_dates(rows: list[dict], pdoc, by_sent) -> None:
    """A sentence with no date of its own whose subject is the communication told just before ("The letter also
    warned ...", "His letter called the Act ...", "It also warned ...") takes the date that sentence gave it
    ("In a May 20 letter, ...", "wrote to me last month"), not the document's."""
    sents = [s for s in pdoc.sentences]
    index = {s.sentence_id: i for i, s in enumerate(sents)}
    for r in rows:
        if r["sentence_id"] not in index:
            continue
        if r.get("date_source") not in ("document", "section") and not (
                r.get("date_source") == "sentence" and any(
                    d.get("date_text") == r.get("date_text") and _is_deadline(sents[index[r["sentence_id"]]], d)
                    for d in by_sent.get(("dates", r["sentence_id"]), []))):
            continue    # (a sentence whose only date is a deadline: "The letter asked the District to confirm by
            #             November 19 ...")
        i = index[r["sentence_id"]]
        doc = sents[i].doc
        if doc is None:
            continue
        subj = next((t for t in doc if t.dep_ in ("nsubj", "nsubjpass") and t.head.lemma_.lower() in _TOLD_VERBS
                     and t.head.dep_ == "ROOT" and (
                         (t.lemma_.lower() in _MESSAGES and any(
                             c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "his", "her", "its",
                                                                        "their", "same") for c in t.children))
                         or (t.lower_ == "it" and t.i == min(x.i for x in doc if not x.is_punct) + 0))), None)
        if subj is None:
            # (the parse may make the letter the root and its verb a modifier: "The letter called Order 2027-22 ...")
            subj = next((t for t in doc if t.dep_ == "ROOT" and t.lemma_.lower() in _MESSAGES and any(
                c.dep_ == "acl" and c.tag_ == "VBD" and c.lemma_.lower() in _TOLD_VERBS for c in t.children) and any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "that", "same") for c in t.children)), None)
        if subj is None:
            _carry_speakers_date(r, sents, i, doc, by_sent)
            continue
        for j in range(i - 1, max(-1, i - 1 - _MESSAGE_REACH), -1):
            before = sents[j]
            if before.doc is None or before.is_heading:
                break
            nouns = [t for t in before.doc if t.lemma_.lower() in _MESSAGES and t.pos_ in ("NOUN", "PROPN")
                     and (subj.lower_ == "it" or t.lemma_.lower() == subj.lemma_.lower())]
            if not nouns and subj.lemma_.lower() in _WRITTEN:
                # ("On Wednesday, the Director wrote to me calling ... His letter asks ...")
                nouns = [t for t in before.doc if t.lemma_.lower() in ("write", "send", "email") and t.pos_ == "VERB"]
            if not nouns:
                break
            told = [d for d in by_sent.get(("dates", before.sentence_id), [])
                    if d.get("date") and not _is_deadline(before, d)]
            if told:
                at = before.start + nouns[0].idx
                d = min(told, key=lambda x: (abs(int(x["start"]) - at), int(x["start"])))
                r.update(date_text=d.get("date_text"), date=d.get("date"), date_precision=d.get("date_precision"),
                         date_source="sentence")
                break       # (a sentence about the letter with only its deadline: the one before may date it)


#: verbs that make an instrument law (not those that only put it forward)
_MADE_LAW = frozenset(("sign", "enact", "adopt", "pass", "approve", "issue"))


def _act_content_dates(rows: list[dict], pdoc, by_sent) -> None:
    """A law's content told after the sentence that dated its making ("Governor X signed the Shared Trust Act on June
    30, 2026. Under the act, police may not hold ... The act also bars ...") was done on that day, not the
    document's."""
    sents = [s for s in pdoc.sentences]
    index = {s.sentence_id: i for i, s in enumerate(sents)}
    for r in rows:
        if r.get("date_source") not in ("document", "section") or r["sentence_id"] not in index:
            continue
        i = index[r["sentence_id"]]
        doc = sents[i].doc
        under = _UNDER_THE_ACT.match(sents[i].text) and r["status"] in ("enacted", "announced") \
            and r["direction"] in ("restricts", "expands")     # ("Under the order, the soldiers will take ...")
        if not under and (r["action_type"] not in _LAW_TYPES or r["status"] != "enacted"):
            continue
        if doc is None or not (_UNDER_THE_ACT.match(sents[i].text) or any(
                t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT" and t.head.tag_ in ("VBZ", "MD")
                and t.lemma_.lower() in _CONTENT_SUBJECT - {"it", "bill", "measure"} and any(
                    c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children) for t in doc)):
            continue
        for j in range(i - 1, max(-1, i - 3), -1):
            before = sents[j]
            if before.doc is None or before.is_heading:
                break
            made = [t for t in before.doc if t.lemma_.lower() in _MADE_LAW and _is_verbal(t) and not _negated(t)
                    and any(c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in _CONTENT_SUBJECT - {"it"}
                                                               or c.pos_ == "PROPN") for c in t.children)]
            told = [d for d in by_sent.get(("dates", before.sentence_id), [])
                    if d.get("date") and not _is_deadline(before, d)]
            if made and told:
                at = before.start + made[0].idx
                d = min(told, key=lambda x: (abs(int(x["start"]) - at), int(x["start"])))
                r.update(date_text=d.get("date_text"), date=d.get("date"), date_precision=d.get("date_precision"),
                         date_source="sentence")
                break
            if told:
                break       # (a sentence between with a date of its own: the content is no longer the making's)


def _carry_speakers_date(r: dict, sents, i: int, doc, by_sent) -> None:
    """"On Thursday, Mayor X called the veto a relief. She said the city would sue ...": a speaker who goes on in the
    next sentence of the same paragraph ("He", "She", "They" saying, warning, adding) speaks on the day told before."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.lemma_.lower() not in _TOLD_VERBS or i == 0 or not any(
            c.dep_ == "nsubj" and c.lower_ in ("he", "she", "they") for c in root.children):
        return
    before = sents[i - 1]
    if before.doc is None or before.is_heading or before.paragraph != sents[i].paragraph:
        return
    told = [d for d in by_sent.get(("dates", before.sentence_id), []) if d.get("date") and not _is_deadline(before, d)]
    if len(told) == 1:
        d = told[0]
        r.update(date_text=d.get("date_text"), date=d.get("date"), date_precision=d.get("date_precision"),
                 date_source="sentence")


#: what is written and sent
_WRITTEN = frozenset(("letter", "memo", "memorandum", "email", "e-mail", "message", "notice"))
#: the words before a date that make it a deadline ("confirm by October 1", "no later than June 1, 2027")
_DEADLINE_BEFORE = re.compile(r"\b(?:by|no later than|not later than|until|within|before)\s+(?:the\s+)?$", re.I)


def _is_deadline(sent, d: dict) -> bool:
    """The date row ``d`` of ``sent`` is a deadline set, not when something was done."""
    at = int(d["start"]) - sent.start
    return bool(_DEADLINE_BEFORE.search(sent.text[max(0, at - 20):at]))


def _one_inquiry(rows: list[dict]) -> list[dict]:
    """One inquiry read both as into the agents' conduct and as into local cooperation ("opened an inquiry into
    whether the officers violated the court rule or state law during the arrests", the officers ICE's): the
    agents' misconduct, which the rule that names them found."""
    agents = {(r["sentence_id"], r["start"]) for r in rows if r["action_type"] == "investigate_misconduct"}
    return [r for r in rows if not (r.get("rule") == "state_inquiry" and (r["sentence_id"], r["start"]) in agents
                                    and not _LOCAL_FORCE_WORDS.search(r.get("evidence") or ""))]


#: a local force or lockup named ("whether Hermiston police officers broke state law": an inquiry into local help)
_LOCAL_FORCE_WORDS = re.compile(r"\b(?:police|deputies|deputy|sheriff(?:'s)?|jail(?:ers)?|troopers?|corrections|"
                          r"detention officers?)\b", re.I)


#: a grant's or an award's conditions told in one sentence
_GRANT_CONDITIONS = re.compile(r"\bconditions?\b[^.;]{0,120}\b(?:awards?|grants?)\b|\b(?:awards?|grants?)\b[^.;]{0,120}"
                               r"\b(?:conditions?|subject to)\b", re.I)


def _local_writer(tok, S) -> bool:
    """The noun ``tok`` ("in a letter") hangs on a verb whose subject is a state, county or city official or body
    that the entity stages placed ("Attorney General Percy Lusk warned Fairchild in a letter ...")."""
    if any(c.dep_ == "prep" and c.lower_ == "from" for c in tok.children):
        return False    # ("read into the record a letter dated April 8 from an ICE deputy field office director")
    head = tok.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    if head.pos_ not in ("VERB", "AUX") or head.lemma_.lower() in ("read", "receive", "get", "forward", "release",
                                                                   "publish", "post", "share", "quote", "cite"):
        return False    # (a letter read out, received or passed on is someone else's)
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    ids = {t.i for t in subj.subtree}
    return any(str(e.get("level") or "") in ("state", "county", "city")
               for e in S.within(S.people, ids) + S.within(S.orgs, ids))


def _said_date(sent, tok, by_sent) -> Optional[dict]:
    """The date row of the saying that governs ``tok`` ("said on April 18 that ..."), or None."""
    speech = [a for a in tok.ancestors if a.lemma_.lower() in R.SPEECH and a.pos_ in ("VERB", "AUX")]
    if not speech:
        return None
    for d in by_sent.get(("dates", sent.sentence_id), []):
        span = sent.doc.char_span(int(d["start"]) - sent.start, int(d["end"]) - sent.start, alignment_mode="expand")
        if span is None or not len(span):
            continue
        head = span.root
        # (past the "dated" of the writing: "In a letter dated March 2, 2028, Commissioner X wrote that ...")
        while (head.pos_ not in ("VERB", "AUX") or head.lower_ == "dated") and head.head.i != head.i:
            head = head.head
        if head.i in {a.i for a in speech} and not any(t.i == tok.i for t in span):
            return d
    return None


#: a year that names a thing, not when the act was: "its 2019 policy", "the city's 2018 declaration"
_ATTRIBUTIVE_BEFORE = re.compile(r"(?:\b(?:its|their|his|her|our|the|a|an|this|that)|['\u2019]s)\s+$", re.I)
_ATTRIBUTIVE_AFTER = re.compile(r"\s*[\w-]*\s*(?:policy|policies|ordinance|order|directive|declaration|resolution|law|"
                                r"statute|rule|agreement|contract|memorandum|act|measure|executive order|welcoming"
                                r"|sanctuary|general order|memo)\b", re.I)


#: acts done to a measure that already stands (its year is not theirs)
_ACTS_ON_MEASURES = frozenset(("keep", "reaffirm", "affirm", "amend", "repeal", "rescind", "revoke", "renew", "extend",
                               "expand", "strengthen", "follow", "revise", "update", "uphold", "defend", "maintain",
                               "retain", "preserve", "restore", "reinstate", "suspend", "enforce", "replace", "broaden",
                               "narrow", "weaken", "scrap", "end", "lift", "reverse", "overturn", "block", "void"))


def _attributive_date(sent, d, tok) -> bool:
    """A bare year before a measure's noun, after a determiner, in the object of an act done to that measure (in
    the sentence):
    "will keep its 2019 policy", "reaffirms the city's 2018 welcoming-community declaration" (the measure's year,
    not the act's; "its 2019 ordinance bars ..." is dated by it)."""
    if d.get("date_precision") != "year":
        return False
    a, b = int(d["start"]) - sent.start, int(d["end"]) - sent.start
    if not (_ATTRIBUTIVE_BEFORE.search(sent.text[max(0, a - 12):a]) and _ATTRIBUTIVE_AFTER.match(sent.text[b:b + 40])):
        return False
    at = next((t for t in tok.doc if t.idx <= a < t.idx + len(t.text)), None)
    objects = [c for v in tok.doc if v.lemma_.lower() in _ACTS_ON_MEASURES and v.pos_ in ("VERB", "AUX")
               for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
    return at is not None and any(at.i in {x.i for x in o.subtree} for o in objects)


def _date_for(pdoc, sent, tok, by_sent):
    rows = by_sent.get(("dates", sent.sentence_id), [])
    rows = [d for d in rows if not _attributive_date(sent, d, tok)] if len(rows) else rows
    if len(rows) > 1 or (rows and _writing_date(pdoc, sent, by_sent)[1]):
        # (the start of a period a question asked is about, not the day it was asked: "voted 3-0 to ask ICE in
        # writing how many people held at the jail ... since 2025 were later deported")
        rows = [d for d in rows if not (re.search(r"\bsince\s*$", sent.text[:max(0, int(d["start"]) - sent.start)])
                                        and re.search(r"\b(?:how many|whether|which|what)\b[^.;]*$",
                                                      sent.text[tok.idx:max(tok.idx, int(d["start"]) - sent.start)]))]
    if rows and _is_verbal(tok) and any(c.dep_ == "conj" and _is_verbal(c) for c in tok.children):
        # (a deadline in the clause joined to the act's: "The Commonwealth withdraws from the agreement, and the
        # Commissioner shall deliver written notice to ICE no later than February 18, 2028")
        other = {t.idx for c in tok.children if c.dep_ == "conj" and _is_verbal(c) for t in c.subtree}
        rows = [d for d in rows if not (_is_deadline(sent, d) and int(d["start"]) - sent.start in other)]
    if rows:
        pos = sent.start + tok.idx
        if _is_verbal(tok) and tok.dep_ in ("ccomp", "conj") and len(rows) > 1:
            # (a date in the act's own clause before one in the saying's: "In a statement released Wednesday, ICE
            # said officers arrested 96 people ... on Tuesday")
            lo, hi = sent.start + tok.left_edge.idx, sent.start + tok.right_edge.idx + len(tok.right_edge)
            own_clause = [d for d in rows if lo <= int(d["start"]) < hi]
            rows = own_clause or rows
        r = min(rows, key=lambda d: (abs(int(d["start"]) - pos), int(d["start"])))
        return r.get("date_text"), r.get("date"), r.get("date_precision"), "sentence"
    return _writing_date(pdoc, sent, by_sent)


def _writing_date(pdoc, sent, by_sent):
    """The date of the letter or record the sentence is in, else the document's."""
    own = pdoc.date.isoformat()[:10] if hasattr(pdoc.date, "isoformat") else (str(pdoc.date)[:10] if pdoc.date else None)
    part = by_sent.get(("base", sent.sentence_id))
    part = part.isoformat()[:10] if hasattr(part, "isoformat") else None
    if part is not None and part != own:
        return None, part, None, "section"     # the date of the letter or record the sentence is in
    if own is not None:
        return None, own, None, "document"
    return None, None, None, None


def _instrument_for(sent, tok, by_sent, atype) -> Optional[str]:
    text = sent.text
    if atype in ("enter_formal_agreement", "keep_formal_agreement", "end_formal_agreement", "bar_local_cooperation",
                 "expand_cooperation") and _287G.search(text):
        m = _287G_MODEL.search(text)
        return f"287(g) {re.sub(r'[- ]+', ' ', m.group(1).lower())} model" if m else "287(g)"
    rows = by_sent.get(("instruments", sent.sentence_id), [])
    if rows:
        pos = sent.start + tok.idx
        r = min(rows, key=lambda d: (abs(int(d["start"]) - pos), int(d["start"])))
        return r.get("name") or r.get("text")
    if _287G.search(text):
        return "287(g)"
    for e in sent.doc.ents:
        if e.label_ == "LAW":
            return e.text
    m = _ACT_NAME.search(text)
    if m and not m.group(1).startswith(("The ", "An ", "A ")):
        return m.group(1)
    return None


def _operation_name(text: str) -> Optional[str]:
    m = _OP_NAME.search(text)
    if m:
        return m.group(0)
    m = _QUOTED_OP.search(text)
    return m.group(1) if m else None


def _incident(doc, S: _Sent):
    """(incident family, place) of an incident noun in a sentence with federal context."""
    if not R.CUES["operation_context"].search(S.sent.text):
        return None, None
    for tok in doc:
        fam = R.INCIDENTS.get(tok.lemma_.lower()) or R.INCIDENTS.get(tok.lower_)
        nounish = tok.pos_ in ("NOUN", "PROPN") or (
            tok.tag_ == "VBG" and tok.lower_ in R.INCIDENTS and not any(c.dep_ == "dobj" for c in tok.children))
        if fam is None or fam == "arrest" or not nounish:
            continue
        if fam == "operation" and not _concrete(tok, S.sent):
            continue
        ids = {t.i for t in _scope(tok)} | {t.i for t in tok.subtree}
        ps = [p for p in S.within(S.places, ids) if p.get("kind") != "country"]
        # "the Minneapolis shooting": a place right before the noun comes first
        before = [p for p in S.places if p.get("kind") != "country" and p["tokens"]
                  and p["tokens"][-1].i in (tok.i - 1, tok.i - 2)]
        place = before[0] if before else _best_place(ps, None)
        return fam, (place["jid"] if place else None)
    return None, None
