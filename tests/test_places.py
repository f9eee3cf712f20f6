"""Place extraction: rules on invented sentences (real US place names), and P/R on a paragraph set."""
from __future__ import annotations

from collections import Counter
from functools import lru_cache

import pytest

from analysis.extract.base import parse_text
from analysis.extract.places import aggregate, extract_places, jurisdiction_in_name

# what the rules code; the classifier's rows are tested in test_classifier.py
pytestmark = pytest.mark.usefixtures("rules_only")

CONTRACT = {"doc_id", "sentence_id", "start", "end", "text", "jurisdiction_id", "name", "kind", "state",
            "lat", "lon"}


@lru_cache(maxsize=None)
def _parsed(text: str, doc_id: str = "t"):
    return parse_text(text, doc_id=doc_id)


def ents_as_mentions(pdoc) -> list[dict]:
    """Mention rows built from the model's own entities (what entities.extract_mentions starts from)."""
    out = []
    for s in pdoc.sentences:
        for e in s.doc.ents:
            a, b = s.span_offsets(e)
            out.append(dict(doc_id=pdoc.doc_id, sentence_id=s.sentence_id, start=a, end=b, text=e.text,
                            label=e.label_, canonical=e.text))
    return out


@pytest.fixture(params=["no_mentions", "ner_mentions"])
def places(request):
    """places(text) -> [(surface, jurisdiction_id)], with mentions=[] or mentions from doc.ents."""
    def run(text: str, doc_id: str = "t"):
        pdoc = _parsed(text, doc_id)
        mentions = [] if request.param == "no_mentions" else ents_as_mentions(pdoc)
        rows = extract_places(pdoc, mentions)
        for r in rows:
            assert CONTRACT <= set(r)
            assert pdoc.text[r["start"]:r["end"]] == r["text"]
        return [(r["text"], r["jurisdiction_id"]) for r in rows]
    return run


# ----------------------------------------------------------------------------- state or city
@pytest.mark.parametrize("text, expected", [
    ("New York Gov. Marla Keane signed the bill on Friday.", ("New York", "us-ny")),
    ("The Governor of New York signed the bill on Friday.", ("New York", "us-ny")),
    ("New York's attorney general, Ruth Okafor, sued the administration.", ("New York", "us-ny")),
    ("Lawmakers in the state of New York debated the bill.", ("state of New York", "us-ny")),
    ("New York State will fund legal aid for immigrants.", ("New York State", "us-ny")),
    ("New York City will keep its sanctuary policy.", ("New York City", "us-ny-new-york-city")),
    ("NYC officials refused to cooperate.", ("NYC", "us-ny-new-york-city")),
    ("The mayor of New York said the police would not help.", ("New York", "us-ny-new-york-city")),
    ("New York Mayor Dev Patel said the police would not help.", ("New York", "us-ny-new-york-city")),
    ("Agents were everywhere, New York's mayor said.", ("New York", "us-ny-new-york-city")),
])
def test_new_york_state_or_city(places, text, expected):
    assert places(text) == [expected]


def test_coordination_with_states_means_state(places):
    assert places("Oregon and New York are weighing new limits.") == [
        ("Oregon", "us-or"), ("New York", "us-ny")]


def test_coordination_with_cities_means_city(places):
    assert places("Officials in Denver and New York condemned the raids.") == [
        ("Denver", "us-co-denver"), ("New York", "us-ny-new-york-city")]


def test_document_votes_decide_a_bare_name(places):
    text = ("The NYPD said it would not help ICE.\n"
            "Advocates said New York would not back down.")
    assert places(text) == [("New York", "us-ny-new-york-city")]
    # (the city's own council names the city's government: a row of its own)
    text = ("New York City Council members voted on the bill.\n"
            "Advocates said New York would not back down.")
    assert places(text) == [("New York City", "us-ny-new-york-city"), ("New York", "us-ny-new-york-city")]


@pytest.mark.parametrize("text, expected", [
    ("The Ingham County Legislature voted 9-6 on Monday.", ("Ingham County", "us-mi-ingham-county")),
    ("The Buffalo Common Council voted on the ordinance.", ("Buffalo", "us-ny-buffalo")),
    ("The Washtenaw County Sheriff's Office signed the agreement.", ("Washtenaw County", "us-mi-washtenaw-county")),
])
def test_a_place_named_by_its_own_governing_body_counts(places, text, expected):
    assert expected in places(text)


def test_a_place_inside_an_agency_name_still_does_not(places):
    assert places("The Minnesota Department of Corrections said nothing.") == []


def test_bare_new_york_without_cues_is_the_state(places):
    assert places("Advocates said New York would not back down.") == [("New York", "us-ny")]


def test_new_yorkers_follow_the_document(places):
    city = "Dev Patel, the New York City mayor, spoke.\nNew Yorkers rallied on Sunday."
    assert places(city)[-1] == ("New Yorkers", "us-ny-new-york-city")
    assert places("New Yorkers rallied on Sunday.") == [("New Yorkers", "us-ny")]


# ----------------------------------------------------------------------------- Washington
@pytest.mark.parametrize("text, expected", [
    ("Federal officials in Washington threatened to cut grants.", [("Washington", "us-dc-washington")]),
    ("Activists based outside of Washington pushed back.", [("Washington", "us-dc-washington")]),
    ("Washington's crackdown has not moved the city.", []),                  # the federal government
    ("Washington warned that grants would be cut.", []),
    ("Lawmakers in Washington, D.C., reacted.", [("Washington, D.C.", "us-dc-washington")]),
    ("The D.C. police did not respond.", [("D.C.", "us-dc-washington")]),
    ("Washington State passed a law barring civil arrests at courthouses.", [("Washington State", "us-wa")]),
    ("Washington state lawmakers passed a law.", [("Washington state", "us-wa")]),
    ("Gov. Hal Brenner of Washington signed it.", [("Washington", "us-wa")]),
    ("Washington Gov. Hal Brenner signed it.", [("Washington", "us-wa")]),
])
def test_washington(places, text, expected):
    assert places(text) == expected


def test_washington_in_a_document_about_the_state(places):
    text = "Police in Seattle and Tacoma will not help ICE.\nThe new rules apply across Washington."
    assert places(text)[-1] == ("Washington", "us-wa")


# ----------------------------------------------------------------------------- same-named cities
@pytest.mark.parametrize("text, expected", [
    ("Protesters gathered in Portland, Maine, on Saturday.", [("Portland, Maine", "us-me-portland")]),
    ("Protesters gathered in Portland, Ore., on Saturday.", [("Portland, Ore.", "us-or-portland")]),
    ("Protesters gathered in Portland on Saturday.", [("Portland", "us-or-portland")]),
    ("Kansas City, Kan., police do not share data.", [("Kansas City, Kan.", "us-ks-kansas-city")]),
    ("Officials in Kansas City said they would comply.", [("Kansas City", "us-mo-kansas-city")]),
    ("In Springfield, Ill., the council voted.", [("Springfield, Ill.", "us-il-springfield")]),
])
def test_same_named_cities(places, text, expected):
    assert places(text) == expected


def test_state_named_in_the_sentence_or_document_wins(places):
    assert places("Maine officials said deputies in Portland would not help.") == [
        ("Maine", "us-me"), ("Portland", "us-me-portland")]
    text = "Maine passed a new law on Monday.\nProtesters gathered in Portland on Saturday."
    assert places(text) == [("Maine", "us-me"), ("Portland", "us-me-portland")]


def test_qualifier_is_not_a_new_subject(places):
    assert places("After the shooting in Dayton, Ohio officials opened an inquiry.") == [
        ("Dayton", "us-oh-dayton"), ("Ohio", "us-oh")]


def test_state_named_place_needs_a_qualifier_to_be_a_city(places):
    assert places("Delaware passed the bill.") == [("Delaware", "us-de")]
    assert places("Police in Delaware, Ohio, made arrests.") == [("Delaware, Ohio", "us-oh-delaware")]


# ----------------------------------------------------------------------------- possessives, demonyms
def test_possessives_and_demonyms(places):
    assert places("Boston's mayor spoke to Californians and Texans.") == [
        ("Boston", "us-ma-boston"), ("Californians", "us-ca"), ("Texans", "us-tx")]
    assert places("Many Chicagoans marched.") == [("Chicagoans", "us-il-chicago")]
    assert places("Hoosiers are divided on the law.") == [("Hoosiers", "us-in")]


def test_newspaper_named_like_a_demonym(places):
    assert places("The Oregonian reported that Oregon's governor objected.") == [("Oregon", "us-or")]


def test_curly_possessive(places):
    assert places("Denver\u2019s mayor vowed to fight.") == [("Denver", "us-co-denver")]


# ----------------------------------------------------------------------------- organizations
@pytest.mark.parametrize("text", [
    "A professor at the University of Oregon said the law is clear.",
    "Reporters from the Boston Globe asked questions.",
    "The Texas Tribune first reported the story.",
    "The Ohio Capital Journal first reported the story.",
    "The Ohio Democratic Party condemned the arrests.",
    "The Minnesota Department of Corrections transferred 40 people.",
    "The Chicago Police Department said it would not help.",
    "The ACLU of Texas filed the suit.",
    "The Louisiana State Police did not respond.",
    "A judge in the Northern District of Illinois blocked the order.",
    "The story aired on NBC Boston.",
    "The Denver Broncos issued no statement.",
    "The Bank of America branch closed early.",
])
def test_places_inside_organization_names_do_not_count(places, text):
    assert places(text) == []


def test_titles_keep_the_place(places):
    assert places("Texas Attorney General Ben Cruz sued.") == [("Texas", "us-tx")]
    assert places("Chicago police will not share data.") == [("Chicago", "us-il-chicago")]
    assert places("Arizona Republicans pushed a new bill.") == [("Arizona", "us-az")]


def test_org_mentions_from_the_entity_stage_are_respected():
    text = "Officials from Harbor Austin Partners met the mayor."
    pdoc = _parsed(text, "orgdoc")
    s = pdoc.sentences[0]
    a = s.start + text.index("Harbor")
    b = s.start + text.index(" met")
    org = dict(doc_id="orgdoc", sentence_id=s.sentence_id, start=a, end=b, text=text[a:b], label="ORG")
    assert extract_places(pdoc, [org]) == []


def test_mentions_of_other_documents_are_ignored():
    pdoc = _parsed("Protesters marched in Denver on Sunday.", "mine")
    other = dict(doc_id="other", sentence_id="mine:0", start=0, end=40, text="x", label="ORG")
    assert [r["jurisdiction_id"] for r in extract_places(pdoc, [other])] == ["us-co-denver"]


# ----------------------------------------------------------------------------- counties
def test_counties(places):
    assert places("Maricopa County deputies joined the operation.") == [
        ("Maricopa County", "us-az-maricopa-county")]
    assert places("Cook County, Illinois, receives detainer requests.") == [
        ("Cook County, Illinois", "us-il-cook-county")]
    assert places("Officials said the county would appeal.") == []
    assert places("Jackson County deputies detained a man in Jackson, Mississippi.") == [
        ("Jackson County", "us-ms-jackson-county"), ("Jackson, Mississippi", "us-ms-jackson")]
    assert places("A grand jury in Kings County declined to indict, the Brooklyn district attorney said.") == [
        ("Kings County", "us-ny-kings-county"), ("Brooklyn", "us-ny-brooklyn")]


# ----------------------------------------------------------------------------- false positives
@pytest.mark.parametrize("text", [
    "Liberty and justice are not negotiable, the governor said.",
    "Independence Day rallies drew crowds.",
    "Commerce Secretary Ann Lowe spoke on Tuesday.",
    "The Justice Department filed the suit.",
    "Enforcement actions rose sharply, a White House aide said.",
    "Austin Smith, a lawyer, filed the appeal.",
    "President Lincoln freed the enslaved.",
    "Officials in Athens said talks with Greece had stalled.",
    "Washington Heights Tenants Union organized the march.",
    "Latin America has seen a rise in deportations.",
])
def test_common_words_and_names_are_not_places(places, text):
    assert places(text) == []


def test_small_common_word_city_needs_evidence(places):
    assert places("Families in Mobile were afraid to go out.") == [("Mobile", "us-al-mobile")]


def test_person_name_then_the_city(places):
    assert places("Austin Reyes said the case in Austin would go to trial.") == [("Austin", "us-tx-austin")]


def test_headline_title_case(places):
    text = "Chicago Braces For Federal Surge\nThe operation began in Chicago on Monday."
    assert places(text) == [("Chicago", "us-il-chicago"), ("Chicago", "us-il-chicago")]


def test_country(places):
    assert places("The United States deported more people, and Americans are divided.") == [
        ("United States", "us"), ("Americans", "us")]
    assert places("The U.S. Attorney in Los Angeles charged two protesters.") == [
        ("U.S.", "us"), ("Los Angeles", "us-ca-los-angeles")]


# ----------------------------------------------------------------------------- robustness
@pytest.mark.parametrize("text", ["", "!!!", "...", "\u2014", "NEW YORK SUES WASHINGTON", "a" * 300,
                                  "1234 5678", "in in in of of the the", "Mr. , Ore., N.Y., D.C."])
def test_odd_text_does_not_crash(text):
    pdoc = parse_text(text, doc_id="odd")
    rows = extract_places(pdoc, [])
    assert isinstance(rows, list)
    for r in rows:
        assert text[r["start"]:r["end"]] == r["text"]


def test_rows_carry_coordinates_and_provenance():
    pdoc = _parsed("Officials said.\nAgents arrived in Omaha, Nebraska, at dawn.", "prov")
    (row,) = extract_places(pdoc, [])
    assert row["doc_id"] == "prov" and row["sentence_id"] == "prov:1"
    assert row["kind"] == "city" and row["state"] == "NE" and row["name"] == "Omaha"
    assert 41 < row["lat"] < 42 and -97 < row["lon"] < -95 and row["approx"] is False
    assert row["resolution"] == "qualifier"


def test_deterministic():
    text = "Officials in Portland, Maine, and Maricopa County, and New Yorkers, met."
    a = extract_places(parse_text(text, doc_id="d"), [])
    b = extract_places(parse_text(text, doc_id="d"), [])
    assert a == b and len(a) == 3


# ----------------------------------------------------------------------------- helpers and aggregate
@pytest.mark.parametrize("name, expected", [
    ("Minnesota Department of Corrections", "us-mn"),
    ("Chicago Police Department", "us-il-chicago"),
    ("Cook County Sheriff's Office", "us-il-cook-county"),
    ("New York City Council", "us-ny-new-york-city"),
    ("New York Police Department", "us-ny-new-york-city"),
    ("New York State Senate", "us-ny"),
    ("Washington State Patrol", "us-wa"),
    ("U.S. Immigration and Customs Enforcement", "us"),
    ("Department of Homeland Security", None),
    ("Washington Post", None),
    ("", None),
])
def test_jurisdiction_in_name(name, expected):
    assert jurisdiction_in_name(name) == expected


def test_aggregate():
    rows = [
        dict(doc_id="b", sentence_id="b:0", start=0, end=6, text="Denver", jurisdiction_id="us-co-denver",
             name="Denver", kind="city", state="CO", lat=39.7, lon=-105.0),
        dict(doc_id="a", sentence_id="a:1", start=5, end=11, text="Denver", jurisdiction_id="us-co-denver",
             name="Denver", kind="city", state="CO", lat=39.7, lon=-105.0),
        dict(doc_id="a", sentence_id="a:2", start=0, end=5, text="Texas", jurisdiction_id="us-tx",
             name="Texas", kind="state", state="TX", lat=31.0, lon=-97.5),
    ]
    df = aggregate(rows)
    assert list(df.columns[:9]) == ["jurisdiction_id", "name", "kind", "state", "lat", "lon", "doc_ids",
                                    "mentions", "stance"]
    assert df["jurisdiction_id"].tolist() == ["us-co-denver", "us-tx"]      # most mentioned first
    assert df.loc[0, "doc_ids"] == "a;b" and df.loc[0, "mentions"] == 2
    assert set(df["stance"]) == {"mentioned"}
    assert aggregate(list(reversed(rows))).equals(df)                     # order-independent
    empty = aggregate([])
    assert len(empty) == 0 and "jurisdiction_id" in empty.columns


# ----------------------------------------------------------------------------- precision / recall
#: paragraphs written for this test (invented people, real places) -> expected (surface, id).
#: Each block was scored once before any rule was tuned on it: the first 20 at P=0.84 R=0.89,
#: the next 25 at P=0.91 R=0.97, the last 15 at P=0.91 R=0.70; the generic fixes they
#: prompted (NER PERSON/ORG spans over places, state context from organization names,
#: second-round state context) are what test_precision_recall now holds.
PARAGRAPHS = [
    ("Sheriff's deputies in Bexar County will no longer hold inmates past their release dates, the sheriff told the San Antonio Express-News. The policy mirrors one adopted in Travis County in 2017.",
     [('Bexar County', 'us-tx-bexar-county'), ('Travis County', 'us-tx-travis-county')]),
    ("Virginia's new governor rescinded an executive order that had directed state police to cooperate with ICE. Fairfax County and Arlington County welcomed the move.",
     [('Virginia', 'us-va'), ('Fairfax County', 'us-va-fairfax-county'), ('Arlington County', 'us-va-arlington-county')]),
    ("The Trump administration's list of sanctuary jurisdictions includes Albuquerque, Tucson and the state of Vermont.",
     [('Albuquerque', 'us-nm-albuquerque'), ('Tucson', 'us-az-tucson'), ('state of Vermont', 'us-vt')]),
    ('After a shooting involving a federal agent in Minneapolis, Minnesota officials opened an investigation. Minnesotans held vigils across the Twin Cities.',
     [('Minneapolis', 'us-mn-minneapolis'), ('Minnesota', 'us-mn'), ('Minnesotans', 'us-mn')]),
    ('Houston police chief Maria Soto said her officers do not enforce immigration law, but Harris County Sheriff Leo Grant has a different approach.',
     [('Houston', 'us-tx-houston'), ('Harris County', 'us-tx-harris-county')]),
    ('Leaders in Columbia, S.C., met with advocates, while Missouri lawmakers in Jefferson City debated a crackdown.',
     [('Columbia, S.C.', 'us-sc-columbia'), ('Missouri', 'us-mo'), ('Jefferson City', 'us-mo-jefferson-city')]),
    ('New York City Council Speaker Ana Ruiz said New York would not help ICE, and the New York Times reported that the state Assembly was drafting a similar bill.',
     [('New York', 'us-ny-new-york-city')]),
    ('Immigration attorneys in Phoenix said detainees were moved to Eloy and Florence, Ariz., without notice.',
     [('Phoenix', 'us-az-phoenix'), ('Eloy', 'us-az-eloy'), ('Florence, Ariz.', 'us-az-florence')]),
    ("Providence's mayor and Rhode Island's governor disagreed about the new detention center.",
     [('Providence', 'us-ri-providence'), ('Rhode Island', 'us-ri')]),
    ("Farmworkers in California's Central Valley feared raids after agents arrested 40 people near Bakersfield.",
     [('California', 'us-ca'), ('Bakersfield', 'us-ca-bakersfield')]),
    ('Officials said Washington was punishing cities that refuse to cooperate, citing letters sent to Boston and Chicago.',
     [('Boston', 'us-ma-boston'), ('Chicago', 'us-il-chicago')]),
    ('Rep. Carla Benton of Nevada said Las Vegas police shared jail data with ICE until last year.',
     [('Nevada', 'us-nv'), ('Las Vegas', 'us-nv-las-vegas')]),
    ('A grand jury in Kings County declined to indict the protester, the Brooklyn district attorney said.',
     [('Kings County', 'us-ny-kings-county'), ('Brooklyn', 'us-ny-brooklyn')]),
    ('Lawmakers from Iowa, Nebraska and South Dakota signed a letter praising ICE.',
     [('Iowa', 'us-ia'), ('Nebraska', 'us-ne'), ('South Dakota', 'us-sd')]),
    ("Cleveland and Columbus adopted welcoming resolutions, but Ohio's attorney general warned they could face lawsuits.",
     [('Cleveland', 'us-oh-cleveland'), ('Columbus', 'us-oh-columbus'), ('Ohio', 'us-oh')]),
    ('The Louisiana State Police and the New Orleans Police Department issued conflicting statements about the operation in New Orleans.',
     [('New Orleans', 'us-la-new-orleans')]),
    ("Detroit's police chief met with federal officials as Michiganders debated the detention center planned for Baldwin.",
     [('Detroit', 'us-mi-detroit'), ('Michiganders', 'us-mi')]),
    ('Jordan Hayes, who leads an immigrant rights group in Milwaukee, said Wisconsin has no sanctuary law.',
     [('Milwaukee', 'us-wi-milwaukee'), ('Wisconsin', 'us-wi')]),
    ('The agreement between the U.S. Marshals Service and Hudson County ended in 2024, county officials in New Jersey said.',
     [('Hudson County', 'us-nj-hudson-county'), ('New Jersey', 'us-nj')]),
    ('Protests spread from Los Angeles to San Diego, Oakland and Sacramento over the weekend.',
     [('Los Angeles', 'us-ca-los-angeles'), ('San Diego', 'us-ca-san-diego'), ('Oakland', 'us-ca-oakland'), ('Sacramento', 'us-ca-sacramento')]),
    ("Sen. Paula Grant, D-N.Y., told the Washington Post that ICE's Dallas field office had doubled arrests.",
     [('Dallas', 'us-tx-dallas')]),
    ('Madison Clarke, a spokeswoman for Gov. Ben Ochoa, said Wisconsin would comply with the law.',
     [('Wisconsin', 'us-wi')]),
    ('Officers in Madison and Milwaukee were told not to ask about immigration status.',
     [('Madison', 'us-wi-madison'), ('Milwaukee', 'us-wi-milwaukee')]),
    ("President Lincoln's words were quoted by protesters in Lincoln, Nebraska, on Sunday.",
     [('Lincoln, Nebraska', 'us-ne-lincoln')]),
    ("The agents detained a man in Manhattan and two others in Queens, the mayor's office said.",
     [('Manhattan', 'us-ny-manhattan'), ('Queens', 'us-ny-queens')]),
    ('A raid in the Bronx led to 12 arrests.',
     [('Bronx', 'us-ny-the-bronx')]),
    ('Jackson said the sheriff in Jackson County, Missouri, would not renew the contract.',
     [('Jackson County, Missouri', 'us-mo-jackson-county')]),
    ("Agents fanned out across Springfield on Monday, days after the city's mayor spoke out.",
     [('Springfield', 'us-mo-springfield')]),
    ('Florence, an advocate who grew up in Italy, moved to Tucson in 2010.',
     [('Tucson', 'us-az-tucson')]),
    ('The Denver Broncos issued no statement, but Denver Mayor Luis Ortega said the city would not help ICE.',
     [('Denver', 'us-co-denver')]),
    ('Hollywood actors joined a march in downtown Los Angeles.',
     [('Los Angeles', 'us-ca-los-angeles')]),
    ('In Texas, county jails must honor detainers under Senate Bill 4, which Texas lawmakers passed in 2017.',
     [('Texas', 'us-tx'), ('Texas', 'us-tx')]),
    ('The Chicago City Council passed the ordinance 41-8, and Chicago police will not share data with ICE.',
     [('Chicago', 'us-il-chicago')]),
    ('The Ninth Circuit Court of Appeals in San Francisco heard arguments from Oregon and Washington.',
     [('San Francisco', 'us-ca-san-francisco'), ('Oregon', 'us-or'), ('Washington', 'us-wa')]),
    ('A Honduran father was detained outside a school in Charlotte on Tuesday.',
     [('Charlotte', 'us-nc-charlotte')]),
    ('Tyler Brooks, the county attorney, said Johnson County would appeal.',
     [('Johnson County', 'us-ks-johnson-county')]),
    ('Utah and Idaho have both joined the federal program, officials in Salt Lake City said.',
     [('Utah', 'us-ut'), ('Idaho', 'us-id'), ('Salt Lake City', 'us-ut-salt-lake-city')]),
    ('Immigration judges in Atlanta, Georgia, have the highest denial rates in the country.',
     [('Atlanta, Georgia', 'us-ga-atlanta')]),
    ('The governor of Arizona vetoed the bill, calling it cruel to Arizonans.',
     [('Arizona', 'us-az'), ('Arizonans', 'us-az')]),
    ('Trump praised Florida and Tennessee and attacked Democratic mayors in Chicago, Los Angeles and New York.',
     [('Florida', 'us-fl'), ('Tennessee', 'us-tn'), ('Chicago', 'us-il-chicago'), ('Los Angeles', 'us-ca-los-angeles'), ('New York', 'us-ny-new-york-city')]),
    ('Justice Elena Park wrote that Colorado cannot be compelled to detain anyone.',
     [('Colorado', 'us-co')]),
    ('ICE moved detainees from Tacoma to a facility in Georgia.',
     [('Tacoma', 'us-wa-tacoma'), ('Georgia', 'us-ga')]),
    ("The New Jersey Attorney General's directive limits what local police in Paterson and Camden can share.",
     [('New Jersey', 'us-nj'), ('Paterson', 'us-nj-paterson'), ('Camden', 'us-nj-camden')]),
    ('Agents from Homeland Security Investigations searched homes in Omaha.',
     [('Omaha', 'us-ne-omaha')]),
    ('Washington Heights residents formed a rapid-response network.',
     []),
    ('“We will not be bullied,” said Mayor Rosa Delgado of Tucson, where the council voted to bar ICE from city property.',
     [('Tucson', 'us-az-tucson')]),
    ('The sheriff of Collier County, Fla., defended the agreement, saying it keeps Naples safe.',
     [('Collier County, Fla.', 'us-fl-collier-county'), ('Naples', 'us-fl-naples')]),
    ('In a statement, Maryland’s attorney general said Frederick County’s 287(g) program violates state law.',
     [('Maryland', 'us-md'), ('Frederick County', 'us-md-frederick-county')]),
    ('Advocates in El Paso, Texas, and Las Cruces, N.M., reported a surge in arrests.',
     [('El Paso, Texas', 'us-tx-el-paso'), ('Las Cruces, N.M.', 'us-nm-las-cruces')]),
    ('The Los Angeles Times reported that Pasadena and Glendale had joined the lawsuit against the federal government.',
     [('Pasadena', 'us-ca-pasadena'), ('Glendale', 'us-ca-glendale')]),
    ('Connecticut’s Trust Act bars police from holding people for ICE without a judicial warrant, state officials in Hartford said.',
     [('Connecticut', 'us-ct'), ('Hartford', 'us-ct-hartford')]),
    ('A coalition of cities including Somerville, Cambridge and Chelsea filed a brief.',
     [('Somerville', 'us-ma-somerville'), ('Cambridge', 'us-ma-cambridge'), ('Chelsea', 'us-ma-chelsea')]),
    ('Sheriff Tom Wade said Alamance County would keep cooperating with ICE despite criticism from Raleigh.',
     [('Alamance County', 'us-nc-alamance-county'), ('Raleigh', 'us-nc-raleigh')]),
    ('Federal prosecutors in Brooklyn charged the man, and New York Gov. Ivy Chen called the arrest outrageous.',
     [('Brooklyn', 'us-ny-brooklyn'), ('New York', 'us-ny')]),
    ('Hundreds gathered at the Capitol in St. Paul as Minnesota legislators debated the bill.',
     [('St. Paul', 'us-mn-saint-paul'), ('Minnesota', 'us-mn')]),
    ('Dallas Morning News reporters found that Tarrant County held detainees for an average of 12 days.',
     [('Tarrant County', 'us-tx-tarrant-county')]),
    ("Providence's mayor said Rhode Islanders would not be intimidated.",
     [('Providence', 'us-ri-providence'), ('Rhode Islanders', 'us-ri')]),
    ("Officials in Salem and Eugene said Oregon's sanctuary law, the oldest in the nation, remains in force.",
     [('Salem', 'us-or-salem'), ('Eugene', 'us-or-eugene'), ('Oregon', 'us-or')]),
    ('Georgia Tech students rallied in Atlanta after a classmate was detained in Gwinnett County.',
     [('Atlanta', 'us-ga-atlanta'), ('Gwinnett County', 'us-ga-gwinnett-county')]),
    ('Agents arrested a pastor in Memphis, prompting Tennessee Democrats to call for an investigation.',
     [('Memphis', 'us-tn-memphis'), ('Tennessee', 'us-tn')]),
]


def _score(use_mentions: bool) -> tuple[float, float]:
    tp = fp = fn = 0
    for k, (text, gold) in enumerate(PARAGRAPHS):
        pdoc = _parsed(text, f"p{k}")
        rows = extract_places(pdoc, ents_as_mentions(pdoc) if use_mentions else [])
        pred, want = Counter((r["text"], r["jurisdiction_id"]) for r in rows), Counter(gold)
        hit = sum((pred & want).values())
        tp, fp, fn = tp + hit, fp + sum(pred.values()) - hit, fn + sum(want.values()) - hit
    return tp / max(1, tp + fp), tp / max(1, tp + fn)


@pytest.mark.parametrize("use_mentions", [False, True])
def test_precision_recall(use_mentions):
    precision, recall = _score(use_mentions)
    assert precision >= 0.9 and recall >= 0.95, (precision, recall)


def test_dateline_city_is_a_place_and_its_state_only_a_qualifier():
    from analysis.extract import entities, places
    from analysis.extract.base import parse_text

    p = parse_text("BATON ROUGE, La. (AP) — The parish council voted on Tuesday. PORTLAND, Maine — Officials met.", "d")
    got = [(r["text"], r["jurisdiction_id"]) for r in places.extract_places(p, entities.extract_mentions(p))]
    assert ("BATON ROUGE", "us-la-baton-rouge") in got
    p = parse_text("PORTLAND, Maine — Officials met on Monday.", "d")
    got = [r["jurisdiction_id"] for r in places.extract_places(p, entities.extract_mentions(p))]
    assert got == ["us-me-portland"]


def test_the_government_heading_of_an_official_document_is_its_place():
    from analysis.extract import entities, places, run
    from analysis.extract.base import parse_text

    text = ("CITY OF PUEBLO, COLORADO\nCITY COUNCIL AGENDA ITEM\n\nBACKGROUND\n\nIn 2015, the City signed an "
            "agreement with ICE to hold detainees at its jail. Officials in Denver and Boulder did not.\n")
    p = parse_text(text, "d")
    got = [(r["text"], r["jurisdiction_id"]) for r in places.extract_places(p, entities.extract_mentions(p))]
    assert ("PUEBLO", "us-co-pueblo") in got
    acts = run.extract_document(parse_text(text, doc_id="d"))["actions"]
    assert [(a["action_type"], a["jurisdiction"]) for a in acts] == [("enter_formal_agreement", "us-co-pueblo")]
    p = parse_text("COUNTY OF DANE\n\nThe board met on Monday.", "d")
    got = [r["jurisdiction_id"] for r in places.extract_places(p, entities.extract_mentions(p))]
    assert got == ["us-wi-dane-county"]
    # only at the top: a heading further down is a section, not the document's place
    p = parse_text("The board met.\n\n" + "Words of the minutes. " * 40 + "\n\nCITY OF PUEBLO\n\nMore words.", "d")
    got = [r["resolution"] for r in places.extract_places(p, entities.extract_mentions(p))]
    assert "dateline" not in got


def test_us_inside_a_title_or_agency_name_is_no_place():
    from analysis.extract import entities, places
    from analysis.extract.base import parse_text

    def countries(text):
        p = parse_text(text, doc_id="t")
        return [r for r in places.extract_places(p, entities.extract_mentions(p)) if r.get("kind") == "country"]

    assert countries("U.S. District Judge Ona Lind will hear the case in Boise.") == []
    assert countries("A RESOLUTION ENDING THE AGREEMENT WITH U.S. IMMIGRATION AND CUSTOMS ENFORCEMENT.") == []
    assert countries("The United States sued Idaho on Monday.")


# ----------------------------------------------------------------- names listed before "counties"
@pytest.mark.parametrize("text, expected", [
    ("OLYMPIA, Wash. — In January, the sheriffs of Lewis, Stevens and Grant counties signed agreements with ICE.",
     ["us-wa-lewis-county", "us-wa-stevens-county", "us-wa-grant-county"]),
    ("SPRINGFIELD, Ill. — Sheriffs in Cook and Lake counties said they would not help.",
     ["us-il-cook-county", "us-il-lake-county"]),
    ("The sheriffs of Jefferson, Orleans and St. Tammany parishes met on Monday in Louisiana.",
     ["us-la-jefferson-parish", "us-la-orleans-parish", "us-la-st-tammany-parish"]),
])
def test_each_name_listed_before_counties_is_a_county(places, text, expected):
    got = [j for _, j in places(text)]
    assert [j for j in got if j in expected] == expected


def test_one_name_before_counties_is_no_list(places):
    # "rural Grant counties" is no list; a single name stays what it was
    assert not any(j.endswith("-county") for _, j in places("The state has many rural Grant counties, officials said."))


def test_a_lawmakers_party_label_names_a_home_town_in_the_storys_state(places):
    text = ("RICHMOND, Va. — The Virginia House of Delegates voted 52-48 on the bill.\n\n"
            "No: Del. Ana Okafor (D-Blacksburg); Del. Rui Castell (D-Lynchburg)")
    found = {jid for _, jid in places(text)}
    assert {"us-va-blacksburg", "us-va-lynchburg"} <= found


@pytest.mark.parametrize("text, absent, present", [
    ("BOISE, Idaho - The law requires every Idaho county jail to hold detainees.", "us-id-idaho-county", "us-id"),
    ("Several Iowa county sheriffs signed the letter on Monday.", "us-ia-iowa-county", "us-ia"),
])
def test_a_state_with_a_lower_case_county_is_the_states_counties_in_general(places, text, absent, present):
    found = {jid for _, jid in places(text)}
    assert absent not in found and present in found


def test_the_county_named_after_a_state_is_still_found(places):
    assert "us-id-idaho-county" in {jid for _, jid in places("The Idaho County sheriff signed the agreement.")}


def test_a_city_naming_an_agencys_field_office_is_no_place(places):
    found = {jid for _, jid in places("The director of ICE's Seattle field office wrote to Yakima County on Monday.")}
    assert "us-wa-seattle" not in found and "us-wa-yakima-county" in found
    assert "us-wa-seattle" in {jid for _, jid in places("ICE agents arrested four people in Seattle on Monday.")}


def test_a_bare_town_acting_as_a_government_in_a_story_about_its_state(places):
    text = ("The Michigan Senate voted on the bill Tuesday. Ypsilanti adopted an ordinance on ICE in 2026, "
            "and Midland's City Council took up a similar one.")
    found = {jid for _, jid in places(text)}
    assert {"us-mi-ypsilanti", "us-mi-midland"} <= found
    # the same names, doing what people do, in a story about another state, stay unread
    other = {jid for _, jid in places("The Ohio Senate voted on the bill Tuesday. Ypsilanti adopted an ordinance "
                                      "on ICE in 2026.")}
    assert "us-mi-ypsilanti" not in other


def test_a_city_council_named_for_a_town_in_the_storys_state(places):
    text = ("The Minnesota Legislature adjourned on Monday. At City Hall, the Duluth City Council met on an "
            "ordinance on ICE.")
    assert "us-mn-duluth" in {jid for _, jid in places(text)}


@pytest.mark.parametrize("text, jid", [
    ("The Hartford City Council voted 7-2 on the resolution in Connecticut.", "us-ct-hartford"),
    ("The Carson City Council met in Nevada.", "us-nv-carson-city"),
    ("The Oklahoma City Council voted on the contract.", "us-ok-oklahoma-city"),
    ("The New York City Council voted on the bill.", "us-ny-new-york-city"),
])
def test_a_city_council_of_a_large_city_is_not_a_small_town_named_city(places, text, jid):
    assert jid in {j for _, j in places(text)}


# ----------------------------------------------------------------------------- a county's short name
SHORT_COUNTY = ("Commissioners in Gwinnett County, Georgia, met on Monday. Later, Gwinnett deputies stopped "
                "sharing jail records with ICE. DeKalb County has no such agreement. On Tuesday, DeKalb "
                "commissioners voted 5-2 to end it, and Gwinnett's sheriff objected.")


def test_a_county_named_in_full_is_found_again_by_its_short_name(places):
    got = places(SHORT_COUNTY)
    assert got.count(("Gwinnett", "us-ga-gwinnett-county")) == 2
    # not DeKalb, Illinois: the short name of the Georgia county the story named in full
    assert ("DeKalb", "us-ga-dekalb-county") in got
    assert not any(jid == "us-il-dekalb" for _, jid in got)


@pytest.mark.parametrize("text, surface", [
    # never named in full: a bare "Gwinnett" is nothing
    ("Gwinnett deputies stopped sharing jail records with ICE in Georgia.", "Gwinnett"),
    # a person's full name holds the word: "Harris" is hers, not Harris County's
    ("Harris County, Texas, renewed its jail contract. Kamala Harris spoke. Harris praised the deputies.", "Harris"),
    # a title before it, a longer name, or a compound: not the county
    ("Cobb County, Georgia, renewed its contract. Sheriff Cobb met ICE on Friday.", "Cobb"),
    ("DeKalb County, Georgia, voted Monday. Protesters marched down DeKalb Avenue.", "DeKalb"),
    ("Mecklenburg County, North Carolina, voted. Charlotte-Mecklenburg police did not take part.", "Mecklenburg"),
])
def test_a_short_name_that_is_not_the_county(places, text, surface):
    assert not [jid for s, jid in places(text) if s == surface and "county" in jid]


def test_a_short_name_that_is_a_city_of_the_same_state_stays_the_city(places):
    got = places("Dallas County, Texas, renewed its jail contract. Dallas police will not help ICE.")
    assert ("Dallas", "us-tx-dallas") in got


def _org_mention(pdoc, name: str, label: str = "ORG", within: str = "") -> dict:
    s = next(s for s in pdoc.sentences if (within or name) in s.text)
    a = s.start + s.text.index(within or name) + ((within or name).index(name))
    return dict(doc_id=pdoc.doc_id, sentence_id=s.sentence_id, start=a, end=a + len(name), text=name, label=label,
                canonical=name)


def test_the_short_name_of_an_organization_is_no_small_town():
    # (the model tagged the short name as a place: Center, Texas)
    text = ("The Riverside Regional Detention Center is run by a jail board in Loudoun County.\n\n"
            "Center staff share release dates with ICE only under a judicial warrant.")
    pdoc = parse_text(text, doc_id="center")
    rows = extract_places(pdoc, [_org_mention(pdoc, "Riverside Regional Detention Center"),
                                 _org_mention(pdoc, "Center", "GPE", within="Center staff")])
    assert "us-tx-center" not in {r["jurisdiction_id"] for r in rows}
    assert "us-va-loudoun-county" in {r["jurisdiction_id"] for r in rows}


def test_a_large_city_closing_an_organizations_name_is_still_a_place():
    text = ("The University of Phoenix opened a campus office. "
            "Phoenix police said they would not help ICE with civil arrests.")
    pdoc = parse_text(text, doc_id="phoenix")
    rows = extract_places(pdoc, [_org_mention(pdoc, "University of Phoenix")])
    assert "us-az-phoenix" in {r["jurisdiction_id"] for r in rows}


def test_the_first_of_several_states_after_the_states_of_is_a_place(places):
    got = {j for _, j in places("The States of Illinois, New Jersey and Oregon filed a brief.")}
    assert {"us-il", "us-nj", "us-or"} <= got


@pytest.mark.parametrize("name, expected", [
    ("Prince George's County Fire-Rescue Department", "us-md-prince-georges-county"),
    ("Queen Anne's County Council", "us-md-queen-annes-county"),
    ("Cook County Sheriff's Office", "us-il-cook-county"),
])
def test_a_county_whose_own_name_ends_in_s_keeps_it(name, expected):
    assert jurisdiction_in_name(name) == expected
