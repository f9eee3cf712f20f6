from pathlib import Path
from types import SimpleNamespace

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
ROOT = Path(__file__).parent.parent


@pytest.fixture
def fixtures_dir() -> Path:
    return FIXTURES


@pytest.fixture
def foundation_dir() -> Path:
    return FIXTURES / "foundation"


# ----------------------------------------------------------------- the report, built once per session
#: an article whose headline and body carry markup: the report must show it as text, never run it
#: (under 50 characters, so pandas shows it whole in a table)
HOSTILE_TITLE = "<script>window.__x=1</script><b>not bold</b> vote"
REPORT_ARTICLES = {
    "d1.txt": f"{HOSTILE_TITLE}\n\nMayor Dana Whitfield said the city \"will not help\" immigration agents. "
              "<i>Nobody</i> <img src=x onerror=\"window.__x=2\"> voted against it.\n",
    "d2.txt": "Sheriff signs agreement\n\n" + "Sheriff Ray Cole signed the jail agreement on a Monday. " * 20 + "\n",
    "d3.txt": "Why cities push back\n\n" + "I think an opinion about cities matters here. " * 20 + "\n",
}


def hand_made_corpus(seeds_dir: Path):
    """Documents, sentences and fixes read from the article files of ``seeds_dir`` by the real
    reader and cleaner; every extraction table written by hand (invented people, real US places),
    so the notebooks' numbers are known without depending on the extractors."""
    import analysis
    from analysis.tables import frame

    read = analysis.build(seeds_dir, extract=False)
    body = {}
    for r in read.sentences.itertuples():
        if not r.is_heading:
            body.setdefault(r.doc_id, r.sentence_id)
    s1, s2 = body["d1"], body["d2"]
    juris = frame("jurisdictions", [
        dict(jurisdiction_id="us-il", name="Illinois", kind="state", state="IL", lat=40.0, lon=-89.2, doc_ids="d1;d3", mentions=3, stance="resists"),
        dict(jurisdiction_id="us-il-chicago", name="Chicago", kind="city", state="IL", lat=41.88, lon=-87.63, doc_ids="d1", mentions=4, stance="contested"),
        dict(jurisdiction_id="us-tx", name="Texas", kind="state", state="TX", lat=31.0, lon=-99.0, doc_ids="d2", mentions=2, stance="cooperates"),
        dict(jurisdiction_id="us-tx-harris-county", name="Harris County", kind="county", state="TX", lat=29.86, lon=-95.39, doc_ids="d2", mentions=2, stance="cooperates"),
        dict(jurisdiction_id="us-or-portland", name="Portland", kind="city", state="OR", lat=45.52, lon=-122.68, doc_ids="d3", mentions=1, stance="mentioned"),
    ])
    act = [
        ("d1", s1, "Dana Whitfield", "city", "us-il-chicago", None, "affirm_sanctuary", "restricts", "enacted", "2025-09-01", "day"),
        ("d1", s1, "ICE", "federal", "us", "us-il-chicago", "federal_deployment", "federal_pressure", "enacted", "2025-09-08", "day"),
        ("d1", s1, "Dana Whitfield", "city", "us-il-chicago", None, "condemn_federal_action", "rhetoric", "enacted", None, None),
        ("d1", s1, "Illinois", "state", "us-il", None, "bar_local_cooperation", "restricts", "enacted", "2025-08", "month"),
        ("d1", s1, "Illinois", "state", "us-il", None, "sue_federal_government", "accountability", "enacted", "2025-09-10", "day"),
        ("d2", s2, "Ray Cole", "county", "us-tx-harris-county", None, "enter_formal_agreement", "expands", "enacted", "2025-10-01", "day"),
        ("d2", s2, "Ray Cole", "county", "us-tx-harris-county", None, "assist_ice", "expands", "reported", None, None),
        ("d2", s2, "Texas", "state", "us-tx", None, "expand_cooperation", "expands", "proposed", "2025", "year"),
    ]
    actions = frame("actions", [
        dict(action_id=f"a{i:05d}", doc_id=d, sentence_id=s, actor=a, actor_level=lv, jurisdiction=j,
             target_jurisdiction=t, action_type=ty, direction=di, status=st, instrument=None, date_text=dt,
             date=dt if dt and len(dt) == 10 else (f"{dt}-01" if dt and len(dt) == 7 else (f"{dt}-01-01" if dt else None)),
             date_precision=p, confidence=0.8, evidence=f"evidence {i}", start=0, end=10)
        for i, (d, s, a, lv, j, t, ty, di, st, dt, p) in enumerate(act, 1)])
    actors = frame("actors", [
        dict(actor_id="p1", name="Dana Whitfield", role="mayor", level="city", jurisdiction="us-il-chicago", organization=None, doc_ids="d1", mentions=3),
        dict(actor_id="p2", name="Ray Cole", role="sheriff", level="county", jurisdiction="us-tx-harris-county", organization="Harris County Sheriff's Office", doc_ids="d2", mentions=2),
        dict(actor_id="p3", name="Lee Ortiz", role="spokesperson", level="federal", jurisdiction="us", organization="ICE", doc_ids="d1", mentions=1),
        dict(actor_id="p4", name="Sam Park", role=None, level="nongovernmental", jurisdiction=None, organization=None, doc_ids="d3", mentions=1),
    ])
    text1 = read.documents.set_index("doc_id").loc["d1", "text"]
    q1 = text1.index("will not help")
    quotes = frame("quotes", [
        dict(quote_id="q00001", doc_id="d1", sentence_id=s1, speaker="Dana Whitfield", quote="will not help", cue="said", start=q1, end=q1 + 13),
        dict(quote_id="q00002", doc_id="d2", sentence_id=s2, speaker="Ray Cole", quote="we follow the law", cue="told", start=0, end=19),
        dict(quote_id="q00003", doc_id="d1", sentence_id=s1, speaker="Lee Ortiz", quote="operations will continue", cue="said", start=10, end=36),
        dict(quote_id="q00004", doc_id="d3", sentence_id=body["d3"], speaker=None, quote="no comment", cue=None, start=0, end=12),
    ])
    pm = frame("people_mentions", [
        dict(doc_id="d1", sentence_id=s1, start=0, end=5, text="Whitfield", name="Dana Whitfield", level="city"),
        dict(doc_id="d2", sentence_id=s2, start=0, end=5, text="Cole", name="Ray Cole", level="county"),
    ])
    om = frame("org_mentions", [dict(doc_id="d1", sentence_id=s1, start=0, end=3, text="ICE", name="ICE")])
    plm = frame("place_mentions", [
        dict(doc_id="d1", sentence_id=s1, start=0, end=7, text="Chicago", jurisdiction_id="us-il-chicago", name="Chicago"),
        dict(doc_id="d2", sentence_id=s2, start=0, end=6, text="Harris", jurisdiction_id="us-tx-harris-county", name="Harris County"),
    ])
    orgs = frame("organizations", [
        dict(org_id="o1", name="U.S. Immigration and Customs Enforcement", acronym="ICE", kind="federal_agency", level="federal", doc_ids="d1;d2", mentions=4),
        dict(org_id="o2", name="Harris County Sheriff's Office", acronym=None, kind="local_agency", level="county", doc_ids="d2", mentions=1),
    ])
    instruments = frame("instruments", [dict(instrument_id="i1", name="287(g) agreement", kind="agreement", jurisdiction="us-tx-harris-county", doc_ids="d2")])
    events = frame("events", [dict(event_id="e1", name="deployment to Chicago", place="us-il-chicago", date="2025-09-08", date_precision="day", doc_ids="d1;d3", action_ids="a00002")])
    return type(read)(documents=read.documents, sentences=read.sentences, fixes=read.fixes, warnings=read.warnings,
                      jurisdictions=juris, actions=actions, actors=actors, quotes=quotes, people_mentions=pm,
                      org_mentions=om, place_mentions=plm, organizations=orgs, instruments=instruments, events=events)


@pytest.fixture(scope="session")
def hand_made_report(tmp_path_factory):
    """The real notebooks run once per session by ``analysis.report`` on :func:`hand_made_corpus`.

    Returns ``code`` (exit code), ``out`` (the report folder), ``figures`` (the copy of the
    figures), ``corpus`` and ``hostile_title``; the notebook and browser tests share it.
    """
    from analysis import report

    base = tmp_path_factory.mktemp("hand_made_report")
    seeds = base / "seeds"
    seeds.mkdir()
    for name, text in REPORT_ARTICLES.items():
        (seeds / name).write_text(text, encoding="utf-8")
    corpus = hand_made_corpus(seeds)
    corpus.save(base / "data", formats=("parquet",))
    code = report.run_report(None, base / "reports", base / "data", base / "figures", jobs=2, timeout=300,
                             min_actions=2, notebooks_dir=ROOT / "notebooks", build=False, progress=None)
    return SimpleNamespace(code=code, base=base, out=base / "reports", figures=base / "figures", corpus=corpus,
                           hostile_title=HOSTILE_TITLE)


# ----------------------------------------------------------------- the rules without the classifier
@pytest.fixture
def rules_only(monkeypatch):
    """Actions coded by the rules alone: the classifier (which reads the sentences no rule coded)
    is switched off. Rule tests use it so that a retrained model cannot change what they check;
    the classifier's own behaviour is tested in test_classifier.py and measured by make quality."""
    from analysis.extract import classifier

    monkeypatch.setattr(classifier, "load", lambda path=None: None)
