"""People with roles (per document) and the actors table (corpus level).

Texts are invented for these tests: made-up people, real US places."""
from __future__ import annotations

import pandas as pd
import pytest

from analysis.extract import actors, entities, places
from analysis.extract.base import parse_text


def people(text: str, doc_id: str = "d", with_places: bool = True):
    pdoc = parse_text(text, doc_id=doc_id)
    m = entities.extract_mentions(pdoc)
    pl = places.extract_places(pdoc, m) if with_places else []
    return actors.extract_people(pdoc, m, pl)


def person(rows, name):
    hits = [r for r in rows if r["name"] == name]
    assert hits, f"{name!r} not in {sorted({r['name'] for r in rows})}"
    return hits[0]


@pytest.mark.parametrize("text,name,role,level,jurisdiction", [
    ("Kentucky Governor Adair Pemberton-Wolfe vetoed the bill on Friday.",
     "Adair Pemberton-Wolfe", "governor", "state", "us-ky"),
    ("Philadelphia District Attorney Lysander Okwuosa opened an inquiry into the arrests.",
     "Lysander Okwuosa", "district attorney", "county", "us-pa-philadelphia"),
    ("Homeland Security Secretary Ravenna Oduya-Pratt praised the agents in Chicago.",
     "Ravenna Oduya-Pratt", "secretary", "federal", None),
    ("U.S. Attorney General Thaddeus Mirabeau sent letters to 30 cities.",
     "Thaddeus Mirabeau", "attorney general", "federal", None),
    ("Ohio Attorney General Cordelia Vantassel defended the law.",
     "Cordelia Vantassel", "attorney general", "state", "us-oh"),
    ("Former Sheriff Bartholomew Quist of Yuma County criticized the decision.",
     "Bartholomew Quist", "former sheriff", "county", "us-az-yuma-county"),
    ("State Sen. Oriana Delacourt of Wisconsin filed a bill to end the agreements.",
     "Oriana Delacourt", "state senator", "state", "us-wi"),
    ("Boston's mayor, Evangeline Okonjo-Marsh, said the city would not cooperate.",
     "Evangeline Okonjo-Marsh", "mayor", "city", "us-ma-boston"),
    ("The mayor of Tucson, Ignatius Ferreira-Lund, rejected the label.",
     "Ignatius Ferreira-Lund", "mayor", "city", "us-az-tucson"),
    ("Judge Philippa Oyelowo-Strand blocked the deployment to Portland on Tuesday.",
     "Philippa Oyelowo-Strand", "judge", "federal", None),
    ("In Travis County, Sheriff Ximena Calderwood said she would comply.",
     "Ximena Calderwood", "sheriff", "county", "us-tx-travis-county"),
])
def test_roles_levels_jurisdictions(text, name, role, level, jurisdiction):
    r = person(people(text), name)
    assert (r["role"], r["level"], r["jurisdiction"]) == (role, level, jurisdiction)


@pytest.mark.parametrize("text,name,level", [
    ("Skokie Village President Irma Castellanos said the village will sue.", "Irma Castellanos", "city"),
    ("Cook County Board President Dana Ruiz said the county would not help.", "Dana Ruiz", "county"),
    ("President Alton Reed said the agents would stay.", "Alton Reed", "federal"),
])
def test_a_village_or_board_president_is_a_local_official(text, name, level):
    assert person(people(text), name)["level"] == level


def test_apposition_with_organization():
    rows = people("Wilhelmina Sorensen-Abara, a spokeswoman for Immigration and Customs Enforcement, "
                  "said the operation would continue.")
    r = person(rows, "Wilhelmina Sorensen-Abara")
    assert (r["role"], r["level"], r["organization"]) == (
        "spokesperson", "federal", "Immigration and Customs Enforcement")
    assert r["jurisdiction"] is None


def test_descriptor_before_name_without_parse_help():
    rows = people("A spokesman for the Department of Homeland Security, Brennan Castellvi, said the agency "
                  "would not be deterred.")
    r = person(rows, "Brennan Castellvi")
    assert (r["role"], r["organization"]) == ("spokesperson", "Department of Homeland Security")


def test_nongovernmental_roles_and_private_people():
    rows = people("Inez Marroquin-Tafoya, a staff attorney at the Southwest Migrant Defense Fund, said "
                  "families were held for weeks. Yusuf Terrazas-Ibarra, who owns a bakery in Chicago, "
                  "said customers stopped coming.")
    a = person(rows, "Inez Marroquin-Tafoya")
    assert (a["role"], a["level"], a["jurisdiction"]) == ("attorney", "nongovernmental", None)
    b = person(rows, "Yusuf Terrazas-Ibarra")
    assert (b["role"], b["level"], b["jurisdiction"]) == ("", "nongovernmental", None)


def test_relative_clause_after_role_is_not_read():
    rows = people("Lydia Fairweather-Osei, a former state representative who now leads a refugee charity, "
                  "spoke at the rally in Texas.")
    assert person(rows, "Lydia Fairweather-Osei")["role"] == "former state representative"


def test_surname_mentions_take_full_name_and_role():
    rows = people("Gwinnett County Sheriff Obadiah Fernsworth said his deputies screened 1,200 people. "
                  "Fernsworth said the program works. Critics asked Fernsworth to resign.")
    mine = [r for r in rows if r["name"] == "Obadiah Fernsworth"]
    assert len(mine) == 3
    assert {r["role"] for r in mine} == {"sheriff"}
    assert {r["jurisdiction"] for r in mine} == {"us-ga-gwinnett-county"}
    assert [r["role_source"] for r in mine][1:] == ["document", "document"]


def test_document_fallback_for_jurisdiction():
    rows = people("The Arizona Legislature passed the bill in April.\n\n"
                  "Gov. Percival Ashworth-Nunez said he would sign it.")
    r = person(rows, "Percival Ashworth-Nunez")
    assert (r["jurisdiction"], r["jurisdiction_source"]) == ("us-az", "document")


def test_without_place_rows_the_place_text_is_used():
    rows = people("Kentucky Governor Adair Pemberton-Wolfe vetoed the bill.", with_places=False)
    r = person(rows, "Adair Pemberton-Wolfe")
    assert (r["role"], r["level"], r["jurisdiction"]) == ("governor", "state", "Kentucky")


def test_rows_carry_provenance_and_contract_keys():
    text = "Mayor Rosalind Achterhof of Denver spoke. Achterhof later left."
    pdoc = parse_text(text, doc_id="prov")
    m = entities.extract_mentions(pdoc)
    rows = actors.extract_people(pdoc, m, places.extract_places(pdoc, m))
    assert len(rows) == 2
    for r in rows:
        assert set(r) >= {"doc_id", "sentence_id", "start", "end", "text", "name", "role", "level",
                          "jurisdiction", "organization"}
        assert pdoc.text[r["start"]:r["end"]] == r["text"]


def test_empty_inputs():
    assert actors.extract_people(parse_text("", doc_id="e"), [], []) == []
    assert actors.extract_people(parse_text("Nothing here at all.", doc_id="e"), [], []) == []
    df = actors.merge_actors([])
    assert list(df.columns)[:8] == actors.COLUMNS and len(df) == 0


# ----------------------------------------------------------------------------- merge_actors
def row(name, doc, role="", level="nongovernmental", jurisdiction=None, organization=None):
    return dict(doc_id=doc, sentence_id=f"{doc}:0", start=0, end=1, text=name, name=name, role=role,
                level=level, jurisdiction=jurisdiction, organization=organization)


def test_merge_actors_resolves_surnames_across_documents():
    rows = [row("Dana Whitcombe", "a", "sheriff", "county", "us-az-pima-county"),
            row("Whitcombe", "b"), row("Whitcombe", "a"),
            row("Ferris", "c"), row("Ana Ferris", "c"), row("Luis Ferris", "d")]
    df = actors.merge_actors(rows)
    w = df[df.name == "Dana Whitcombe"].iloc[0]
    assert (w.role, w.level, w.jurisdiction, w.doc_ids, w.mentions) == (
        "sheriff", "county", "us-az-pima-county", "a;b", 3)
    assert w.actor_id == "p-dana-whitcombe"
    assert "Ferris" in set(df.name)                     # ambiguous surname left alone
    assert list(df.columns)[:8] == actors.COLUMNS


def test_merge_actors_most_common_role_and_determinism():
    rows = [row("Rosa Kettering", "a", "mayor", "city", "us-co-denver"),
            row("Rosa Kettering", "b", "mayor", "city", "us-co-denver"),
            row("Rosa Kettering", "c", "former mayor", "city", "us-co-denver")]
    df = actors.merge_actors(rows)
    assert df.iloc[0].role == "mayor" and df.iloc[0].roles == "former mayor;mayor"
    pd.testing.assert_frame_equal(df, actors.merge_actors(list(rows)))


# ----------------------------------------------------------------------------- measured quality
# Paragraphs written for measurement: (text, [(name, role, level, jurisdiction)]).
EVAL = [
    ("""Nevada Gov. Priscilla Okonkwo-Reyes signed an order Thursday barring state troopers from joining federal immigration sweeps. The order drew a sharp response from Border Patrol Chief Lamar Whitcombe, who called it "reckless." Clark County Sheriff Ernesto Valdivia said his department would keep honoring detainers. Valdivia, a Republican, is up for re-election next year.""",
     [("Priscilla Okonkwo-Reyes", "governor", "state", "us-nv"), ("Lamar Whitcombe", "chief", "federal", None),
      ("Ernesto Valdivia", "sheriff", "county", "us-nv-clark-county")]),
    ("""The mayor of Minneapolis, Teodoro Lindqvist-Baptiste, told reporters that city police would not assist ICE agents. "We are not in that business," Lindqvist-Baptiste said. Hennepin County Attorney Moira Castellano said her office was reviewing the arrests.""",
     [("Teodoro Lindqvist-Baptiste", "mayor", "city", "us-mn-minneapolis"),
      ("Moira Castellano", "county attorney", "county", "us-mn-hennepin-county")]),
    ("""State Sen. Harriet Oyelaran, a Democrat from Baltimore, introduced a bill that would end the state's last 287(g) agreements. Maryland Attorney General Desmond Achterberg said the measure was legally sound. Opponents included former Frederick County Sheriff Colt Ramsden, who said the program had made the county safer. "It worked," Ramsden said.""",
     [("Harriet Oyelaran", "state senator", "state", "us-md"), ("Desmond Achterberg", "attorney general", "state", "us-md"),
      ("Colt Ramsden", "former sheriff", "county", "us-md-frederick-county")]),
    ("""In Chicago, Alderwoman Fenna Okafor-Strand proposed an ordinance that would close city buildings to immigration agents. Police Superintendent Dario Montalvo said officers would follow the ordinance if it passed. Illinois Gov. Wendell Abiodun praised the plan.""",
     [("Fenna Okafor-Strand", "alderman", "city", "us-il-chicago"), ("Dario Montalvo", "police chief", "city", "us-il-chicago"),
      ("Wendell Abiodun", "governor", "state", "us-il")]),
    ("""Portland's mayor, Greer Nakashima-Holt, joined Multnomah County Chair Oluwaseun Brandvold at a rally outside the federal building. The White House press secretary, Corliss Vantongeren, said the president had the authority to deploy the Guard. Professor Ingrid Solberg-Musa of Portland State University said the legal question was unsettled.""",
     [("Greer Nakashima-Holt", "mayor", "city", "us-or-portland"), ("Oluwaseun Brandvold", "chair", "county", "us-or-multnomah-county"),
      ("Corliss Vantongeren", "press secretary", "federal", None), ("Ingrid Solberg-Musa", "professor", "nongovernmental", None)]),
    ("""Austin Merriweather, a day laborer from Houston, was detained outside a hardware store last month. His lawyer, Celestine Okoro, said Merriweather has no criminal record. A spokeswoman for ICE, Delphine Marchetti, said he had a prior removal order.""",
     [("Austin Merriweather", "", "nongovernmental", None), ("Celestine Okoro", "attorney", "nongovernmental", None),
      ("Delphine Marchetti", "spokesperson", "federal", None)]),
    ("""New York City Comptroller Ileana Dragomir released an audit showing the NYPD had shared data with federal agents 40 times. Mayor Benedikt Sorensen disputed the findings. "The audit is wrong," Sorensen said. Dragomir stood by the report, and City Council Speaker Amara Lindgren-Oduya called for hearings.""",
     [("Ileana Dragomir", "comptroller", "city", "us-ny-new-york-city"), ("Benedikt Sorensen", "mayor", "city", "us-ny-new-york-city"),
      ("Amara Lindgren-Oduya", "speaker", "city", "us-ny-new-york-city")]),
]


@pytest.fixture(scope="module")
def measured():
    tp = fp = fn = 0
    exact = 0
    for k, (text, gold) in enumerate(EVAL):
        df = actors.merge_actors(people(text, doc_id=f"eval{k}"))
        got = {r.name: r for r in df.itertuples()}
        names = {g[0] for g in gold}
        for name, role, level, jur in gold:
            r = got.get(name)
            if r is None:
                fn += 1
                continue
            tp += 1
            exact += (r.role, r.level, r.jurisdiction) == (role, level, jur)
        fp += sum(1 for n in got if n not in names)
    return dict(precision=tp / max(1, tp + fp), recall=tp / max(1, tp + fn), exact=exact / max(1, tp))


def test_people_precision_recall(measured):
    assert measured["precision"] >= 0.9
    assert measured["recall"] >= 0.9


def test_role_level_jurisdiction_accuracy(measured):
    assert measured["exact"] >= 0.85


# ----------------------------------------------------------------------------- legal captions, long titles, compound surnames
def _names(text):
    return sorted({r["name"] for r in people(text)})


def test_caption_parties_in_upper_case_are_people():
    text = ("UNITED STATES OF AMERICA, Plaintiff-Appellant,\nv.\n"
            "CITY OF FRESNO; HORTENSE B. VALDERRAMA, in her official capacity as Mayor of Fresno; "
            "OSWALDO PRITCHETT-LUNA, in his official capacity as Chief of Police of Fresno, Defendants-Appellees.\n\n"
            "STATE OF MINNESOTA, by its Attorney General, GWENDOLYN ASHBY-KROLL, Plaintiff.\n\n"
            "Appellees adopted an ordinance that bars city employees from sharing release dates.")
    names = _names(text)
    for name in ("Hortense B. Valderrama", "Oswaldo Pritchett-Luna", "Gwendolyn Ashby-Kroll"):
        assert name in names
    assert person(people(text), "Hortense B. Valderrama")["role"] == "mayor"
    assert not any(n.upper().startswith(("UNITED", "CITY", "STATE")) for n in names)


def test_signature_line_above_a_title_is_a_person():
    text = ("The motion is GRANTED.\n\nIT IS SO ORDERED.\n\nPERPETUA LINDQVIST-ODUM\n"
            "United States District Judge\n")
    assert "Perpetua Lindqvist-Odum" in _names(text)


@pytest.mark.parametrize("word", ["Appellants", "Appellees", "Plaintiffs", "Defendants", "Petitioners",
                                  "Respondents", "Intervenors", "Amici", "Defendants-Appellees"])
def test_legal_party_words_are_not_people(word):
    text = (f"{word} argue that the ordinance is preempted. The court disagreed with {word} on Tuesday, "
            f"and {word} filed a second brief.")
    assert _names(text) == []


@pytest.mark.parametrize("text,name", [
    ("Deputy Associate Attorney General Philomena Strickland-Yoo signed the letter on Tuesday.",
     "Philomena Strickland-Yoo"),
    ("Principal Deputy Director Ambrose Kittredge of ICE defended the arrests.", "Ambrose Kittredge"),
    ("Acting Assistant Secretary for Border and Immigration Policy Rosalind Akerfeldt said the review "
     "would take a month.", "Rosalind Akerfeldt"),
    ("Assistant Attorney General for Civil Rights Leontyne Baptiste-Orr sent a second letter.",
     "Leontyne Baptiste-Orr"),
])
def test_long_compound_titles_give_one_person_and_no_title_word(text, name):
    rows = people(text)
    assert sorted({r["name"] for r in rows}) == [name]
    assert person(rows, name)["role"] != ""


def test_two_word_surname_merges_with_the_full_name():
    text = ("Wilfredo Paz Arriaga, a farmworker from Salinas, was detained on Tuesday. Paz Arriaga had lived "
            "in Monterey County for 20 years. His lawyer, Graciela Montes de Oca, said Paz Arriaga was never "
            "charged with a crime. Montes de Oca filed a petition on Friday.")
    rows = people(text)
    assert sorted({r["name"] for r in rows}) == ["Graciela Montes de Oca", "Wilfredo Paz Arriaga"]
    assert sum(r["name"] == "Wilfredo Paz Arriaga" for r in rows) == 3


def test_streets_and_sentence_adverbs_are_not_people():
    from analysis.extract import actors, entities, places
    from analysis.extract.base import parse_text

    p = parse_text("In June, as ICE made arrests on Denver's Colfax Avenue, volunteers watched. "
                   "Perhaps Garcia will run again, said Mayor Ann Garcia of Trenton.", "t")
    m = entities.extract_mentions(p)
    assert {"Colfax Avenue", "Perhaps Garcia"} <= {x["text"] for x in m if x["label"] == "PERSON"}  # the NER's errors
    names = {r["name"] for r in actors.extract_people(p, m, places.extract_places(p, m))}
    assert "Colfax Avenue" not in names and "Ann Garcia" in names
    assert not any(n.startswith("Perhaps") for n in names)


def test_a_director_takes_the_level_of_the_agency_he_leads():
    rows = people("Acting Field Office Director Lucan Hartigan, who leads ICE's enforcement operations in the "
                  "region, spoke on Monday.")
    assert person(rows, "Lucan Hartigan")["level"] == "federal"


@pytest.mark.parametrize("text,name,role,level", [
    ("Marta Oyelaran has been sheriff of Gaston County since 2016. She lives in Gastonia.",
     "Marta Oyelaran", "sheriff", "county"),
    ("Dorian Vance is the mayor of Lowell, and he will run again next year.", "Dorian Vance", "mayor", "city"),
    ("Alma Reyes-Tobin, a Democrat, represents the 12th Senate District in the Oregon State Senate.",
     "Alma Reyes-Tobin", "state senator", "state"),
])
def test_a_role_said_in_the_predicate(text, name, role, level):
    rows = [r for r in people(text) if r["name"] == name]
    assert rows and rows[0]["role"] == role and rows[0]["level"] == level


def test_a_signature_block_names_the_signer_and_title():
    text = ("I would appreciate a written reply by June 1, 2026.\n\nSincerely,\n\nCorinne A. Maltby\n"
            "Attorney General\n")
    rows = [r for r in people(text) if r["name"] == "Corinne A. Maltby"]
    assert rows and rows[0]["role"] == "attorney general" and rows[0]["level"] == "state"
    # a name alone on its line followed by ordinary text gets no title
    rows = [r for r in people("Corinne A. Maltby\nThe board met on Monday.\n") if r["name"] == "Corinne A. Maltby"]
    assert not rows or rows[0]["role"] in ("", None)


@pytest.mark.parametrize("text,name,role,level", [
    # Justice Department titles that contain "attorney general" are federal, not a state's
    ("Associate Attorney General Roderick Vantongeren said the list was final.",
     "Roderick Vantongeren", "associate attorney general", "federal"),
    ("Deputy Assistant Attorney General Inez Halvorsen-Quay wrote to the chiefs.",
     "Inez Halvorsen-Quay", "deputy assistant attorney general", "federal"),
    # local offices by their own names
    ("Police Juror Delphine Arceneaux of Acadia Parish voted against the contract.",
     "Delphine Arceneaux", "police juror", "county"),
    ("Magistrate Corbin Whitlock of Boone County, Kentucky, made the motion.",
     "Corbin Whitlock", "magistrate", "county"),
    ("School board member Priya Ostrowski of Tulsa said the policy protects children.",
     "Priya Ostrowski", "school board member", "city"),
])
def test_titles_of_federal_lawyers_and_local_boards(text, name, role, level):
    r = person(people(text), name)
    assert (r["role"], r["level"]) == (role, level)


def test_who_leads_an_agency_gives_a_director_of_it():
    rows = people('"We are done waiting," said Anselm Kravitz, who directs ICE\'s enforcement operations in the '
                  'state. Noor Halvey, who runs the Ohio Immigrant Alliance, disagreed.')
    k = person(rows, "Anselm Kravitz")
    assert (k["role"], k["level"]) == ("director", "federal")
    assert person(rows, "Noor Halvey")["level"] == "nongovernmental"


def test_a_field_office_is_federal_even_with_its_city():
    rows = people("Tobias Lindgaard, a spokesman for the agency's Denver field office, said Monday that the "
                  "council was wrong. Maren Oduya, who directs the agency's field office in Dallas, agreed.")
    assert person(rows, "Tobias Lindgaard")["level"] == "federal"
    assert (person(rows, "Maren Oduya")["role"], person(rows, "Maren Oduya")["level"]) == ("director", "federal")


def test_party_and_hometown_tags_and_time_zones_are_not_people():
    rows = people("Posted May 14, 2026, 5:30 a.m. CT\n\nState Rep. Trent Vollbrecht, R-Ankeny, said Wednesday "
                  "he will file a bill. Sen. Ada Korsgaard, D-Ames, disagreed.\n")
    names = sorted({r["name"] for r in rows})
    assert names == ["Ada Korsgaard", "Trent Vollbrecht"]


def test_a_plural_title_before_names_is_a_title_not_part_of_a_name():
    rows = people("The chair was joined by Supervisors Lupita Harkavy and Tobias Renfrow of Polk County.")
    assert "Lupita Harkavy" in {r["name"] for r in rows}
    assert person(rows, "Lupita Harkavy")["role"] == "supervisor"


def test_a_commander_is_a_role():
    rows = people("Border Patrol commander Royce Hathcock said agents would stay. Commander Hathcock did not say "
                  "for how long.")
    assert person(rows, "Royce Hathcock")["role"] == "commander"
    assert person(rows, "Royce Hathcock")["level"] == "federal"


def test_an_office_spelled_out_in_capitals_on_the_name_line_places_the_person():
    text = ("PART B. WRITTEN TESTIMONY OF THE HONORABLE MARA OSEI-LINDQVIST, MAYOR OF HOUSTON, TEXAS\n\n"
            "Chair Ruiz-Abernathy criticized Dallas and praised the Dallas County Sheriff's Office. Dallas officials "
            "did not answer. In Dallas, the council met.\n\n"
            "Mayor Osei-Lindqvist said the city follows state law.\n")
    rows = people(text)
    mayor = person(rows, "Osei-Lindqvist")      # (the name in capitals is not read as a name)
    assert (mayor["role"], mayor["jurisdiction"]) == ("mayor", "us-tx-houston")


@pytest.mark.parametrize("title", ["Board President", "Council President", "Commission President"])
def test_a_public_bodys_president_is_no_president_of_the_nation(title):
    text = ("CONSOLIDATED SCHOOL DISTRICT OF NEW BRITAIN\nNew Britain, Connecticut\n\nFebruary 17, 2028\n\n"
            f'"Every child in this city is welcome in our schools," {title} Cornelius Radziwill-Amadi said after the vote.')
    row = person(people(text), "Cornelius Radziwill-Amadi")
    assert row["level"] != "federal", row


def test_a_president_named_alone_is_still_the_nations():
    text = "President Harmon Ashdown-Reyes signed an order on Tuesday directing ICE to expand operations in Chicago."
    row = person(people(text), "Harmon Ashdown-Reyes")
    assert row["level"] == "federal", row
