"""Entity mentions: the pipeline rules (organizations, laws, titles, appositions)
and the document-level fixes (surnames, acronyms, people that are places).

All texts are invented for these tests (real US places, made-up people)."""
from __future__ import annotations

import pytest

from analysis import nlp
from analysis.extract import entities
from analysis.extract.base import parse_text


def mentions(text: str, doc_id: str = "t"):
    pdoc = parse_text(text, doc_id=doc_id)
    return pdoc, entities.extract_mentions(pdoc)


def by_text(rows, text):
    return [r for r in rows if r["text"] == text]


def label_of(rows, text):
    hits = by_text(rows, text)
    assert hits, f"no mention {text!r} in {[r['text'] for r in rows]}"
    return hits[0]["label"]


def ents(sentence: str):
    return [(e.text, e.label_) for e in nlp.get_nlp()(sentence).ents]


# ----------------------------------------------------------------------------- pipeline
def test_rules_are_in_the_pipeline_once():
    n = nlp.get_nlp()
    names = n.pipe_names
    assert names.index(entities.RULER_NAME) < names.index("ner") < names.index(entities.PEOPLE_COMPONENT)
    entities.add_rules(n)                       # idempotent
    assert n.pipe_names == names


@pytest.mark.parametrize("sentence,span,label", [
    ("Agents of U.S. Immigration and Customs Enforcement arrested nine people.",
     "U.S. Immigration and Customs Enforcement", "ORG"),
    ("ICE said the arrests were lawful.", "ICE", "ORG"),
    ("The Justice Department filed the suit.", "Justice Department", "ORG"),
    ("The Pinal County Sheriff's Office declined to comment.", "Pinal County Sheriff's Office", "ORG"),
    ("Officers of the Tulsa Police Department stood by.", "Tulsa Police Department", "ORG"),
    ("The SFPD did not take part in the operation.", "SFPD", "ORG"),
    ("The Texas Department of Public Safety sent troopers.", "Texas Department of Public Safety", "ORG"),
    ("The Fresno City Council voted 5-2.", "Fresno City Council", "ORG"),
    ("The Orange County Board of Supervisors met on Monday.", "Orange County Board of Supervisors", "ORG"),
    ("The Ohio National Guard was called up.", "Ohio National Guard", "ORG"),
    ("The Utah Democratic Party condemned the raid.", "Utah Democratic Party", "ORG"),
    ("The U.S. District Court for the Western District of Washington heard the case.",
     "U.S. District Court for the Western District of Washington", "ORG"),
    ("The 9th Circuit declined to rehear the case.", "9th Circuit", "ORG"),
    ("The county signed a Section 287(g) agreement in May.", "Section 287(g)", "LAW"),
    ("The county left the 287(g) program last year.", "287(g) program", "LAW"),
    ("Lawmakers passed the Safe Harbor Families Act on Tuesday.", "Safe Harbor Families Act", "LAW"),
    ("The governor signed Senate Bill 217 into law.", "Senate Bill 217", "LAW"),
    ("Opponents of SB 1070 rallied at the Capitol.", "SB 1070", "LAW"),
    ("The president signed Executive Order 14200 last month.", "Executive Order 14200", "LAW"),
    ("Raids in NYC continued overnight.", "NYC", "GPE"),
])
def test_rule_spans(sentence, span, label):
    assert (span, label) in ents(sentence)


def test_lower_case_generic_bodies_are_not_organizations():
    found = ents("He said the sheriff's office and the police department were not informed.")
    assert not any(label == "ORG" for _, label in found)


def test_lower_case_ice_is_not_the_agency():
    assert ("ice", "ORG") not in ents("The roads were covered in ice on Monday.")


def test_title_and_name_split_from_place():
    found = ents("Maricopa County Sheriff Dolores Pennywhistle ended the agreement.")
    assert ("Dolores Pennywhistle", "PERSON") in found
    assert ("Maricopa County", "GPE") in found
    assert not any("Sheriff" in t for t, _ in found)


@pytest.mark.parametrize("sentence,name", [
    ("Sheriff Odalys Brenneman said the jail would stay open.", "Odalys Brenneman"),
    ("Gov. Harlow Quennell signed the bill.", "Harlow Quennell"),
    ("Secretary of Homeland Security Ravenna Oduya-Pratt praised the agents.", "Ravenna Oduya-Pratt"),
    ("Homeland Security Secretary Ravenna Oduya-Pratt praised the agents.", "Ravenna Oduya-Pratt"),
    ("Philadelphia District Attorney Lysander Okwuosa opened an inquiry.", "Lysander Okwuosa"),
])
def test_name_after_title(sentence, name):
    assert (name, "PERSON") in ents(sentence)


@pytest.mark.parametrize("sentence,name", [
    ("Teodora Vasquez-Lind, a staff attorney at the Border Rights Project, said the arrests were unlawful.",
     "Teodora Vasquez-Lind"),
    ("Quillon Abernathy-Ross, founder of the Desert Sanctuary Network, called for calm.", "Quillon Abernathy-Ross"),
    ("Marisela Thorvaldsen, who leads a tenants' union in Yonkers, was arrested.", "Marisela Thorvaldsen"),
])
def test_name_before_an_apposition(sentence, name):
    assert (name, "PERSON") in ents(sentence)


def test_title_case_headline_does_not_make_people():
    found = ents("Sheriff Ends Program After Public Outcry")
    assert not any(label == "PERSON" for _, label in found)


def test_title_before_law_name_is_no_person():
    found = ents("The Officer Visibility Act passed the House.")
    assert ("Officer Visibility Act", "LAW") in found
    assert not any(label == "PERSON" for _, label in found)


# ----------------------------------------------------------------------------- document level
TEXT = """Sheriff Dolores Pennywhistle of Pinal County said on Monday that her deputies would stop holding people for ICE.

Pennywhistle said the change would take effect in March. Immigration and Customs Enforcement (ICE) did not respond.

The Valley Immigrant Defense Network (VIDN) praised the decision. VIDN lawyers said they would monitor the jail.

Critics in Aurora said the county had gone too far."""


@pytest.fixture(scope="module")
def doc_rows():
    return mentions(TEXT, doc_id="ent")


def test_offsets_point_at_the_text(doc_rows):
    pdoc, rows = doc_rows
    assert rows
    for r in rows:
        assert pdoc.text[r["start"]:r["end"]] == r["text"]
        assert set(r) >= {"doc_id", "sentence_id", "start", "end", "text", "label", "canonical"}
        assert r["doc_id"] == "ent"


def test_surname_resolves_to_full_name(doc_rows):
    _, rows = doc_rows
    sur = [r for r in rows if r["text"] == "Pennywhistle"]
    assert sur and all(r["label"] == "PERSON" and r["canonical"] == "Dolores Pennywhistle" for r in sur)


def test_agency_canonical_names(doc_rows):
    _, rows = doc_rows
    ice = by_text(rows, "ICE")
    assert ice and all(r["label"] == "ORG" and r["canonical"] == "Immigration and Customs Enforcement" for r in ice)


def test_acronym_defined_in_text(doc_rows):
    _, rows = doc_rows
    vidn = by_text(rows, "VIDN")
    assert len(vidn) >= 2
    assert all(r["label"] == "ORG" and r["canonical"] == "Valley Immigrant Defense Network" for r in vidn)


def test_place_is_not_a_person(doc_rows):
    _, rows = doc_rows
    assert label_of(rows, "Aurora") == "GPE"


def test_surname_tagged_as_place_or_org_becomes_person():
    text = ("Mayor Calloway Beaumont-Teague of Topeka spoke first. Later, Beaumont-Teague said the city "
            "would not help. Reporters asked Beaumont-Teague again.")
    _, rows = mentions(text)
    later = [r for r in rows if r["text"] == "Beaumont-Teague"]
    assert later and all(r["label"] == "PERSON" for r in later)
    assert {r["canonical"] for r in later} == {"Calloway Beaumont-Teague"}


def test_untagged_surname_is_added():
    text = ("Attorney General Ottoline Framboise sued the agency. "
            "\"We will win,\" Framboise told reporters after Framboise met the governor.")
    pdoc, rows = mentions(text)
    people = [r for r in rows if r["label"] == "PERSON"]
    assert sum(1 for r in people if r["text"] == "Framboise") == 2
    assert all(r["canonical"] == "Ottoline Framboise" for r in people)


def test_surname_after_locative_stays_a_place():
    text = "Sen. Marguerite Houston visited the border. Protesters in Houston cheered."
    _, rows = mentions(text)
    place = [r for r in rows if r["text"] == "Houston" and r["start"] > text.index("Protesters")]
    assert place and place[0]["label"] == "GPE"


def test_capital_heading_word_is_no_person():
    text = "The court ruled on Friday.\n\nDISCUSSION\n\nThe plaintiffs are likely to succeed."
    _, rows = mentions(text)
    assert not any(r["label"] == "PERSON" for r in rows)


def test_empty_and_odd_documents():
    assert entities.extract_mentions(parse_text("", doc_id="e")) == []
    for odd in ("!!! ??? ...", "\u2014\u2014\u2014", "12 34 56", "a" * 300, "ICE ICE ICE", "\U0001F600 Sheriff"):
        rows = entities.extract_mentions(parse_text(odd, doc_id="o"))
        assert isinstance(rows, list)


def test_deterministic(doc_rows):
    _, rows = doc_rows
    again = entities.extract_mentions(parse_text(TEXT, doc_id="ent"))
    assert again == rows


def test_lookup_org():
    assert entities.lookup_org("ICE")["name"] == "Immigration and Customs Enforcement"
    assert entities.lookup_org("the U.S. Department of Homeland Security")["name"] == "Department of Homeland Security"
    assert entities.lookup_org("ice") is None
    assert entities.lookup_org("Valley Immigrant Defense Network") is None


def test_match_title_longest_and_case():
    doc = nlp.get_nlp().make_doc("Lt. Gov. Aurelia Brandt met the mayor and the DA")
    end, entry, _ = entities.match_title(doc, 0)
    assert entry["role"] == "lieutenant governor" and doc[end].text == "Aurelia"
    at = {t.text: t.i for t in doc}
    assert entities.match_title(doc, at["mayor"])[1]["role"] == "mayor"
    assert entities.match_title(doc, at["DA"])[1]["role"] == "district attorney"
    assert entities.match_title(doc, at["met"]) is None
    low = nlp.get_nlp().make_doc("the da said")
    assert entities.match_title(low, 1) is None


def test_place_prefix_starting_with_a_stop_word_is_kept():
    from analysis.extract import entities
    from analysis.extract.base import parse_text

    p = parse_text("The New Jersey Republican Party endorsed him. New Democratic Party leaders met.", "t")
    orgs = [m["text"] for m in entities.extract_mentions(p) if m["label"] == "ORG"]
    assert "New Jersey Republican Party" in orgs
    assert "New Democratic Party" not in orgs      # "New" alone is not a place


# ----------------------------------------------------------------- memos, letters and minutes
@pytest.mark.parametrize("line, name", [
    ("FROM: Attorney General Imre Castell", "Imre Castell"),
    ("Odile Marchetti, Mayor", "Odile Marchetti"),
    ("Rufus Ambler, City Clerk", "Rufus Ambler"),
    ("cc: Ines Varga, Attorney General of Vermont", "Ines Varga"),
])
def test_header_and_signature_lines_name_people(line, name):
    _, rows = mentions(line)
    assert label_of(rows, name) == "PERSON"


def test_headlines_still_need_the_model_to_see_a_person():
    _, rows = mentions("Council Weighs Detainer Policy")
    assert not [r for r in rows if r["label"] == "PERSON"]


@pytest.mark.parametrize("text, bad", [
    ("The state received Edward Byrne Memorial Justice Assistance Grant funds in 2025.", "Edward Byrne"),
    ("Vote: 5 Aye, 2 Nay (Councilors Ada Stroud and Lev Pike voting Nay)", "Nay"),
])
def test_spans_that_cannot_be_names_are_not_people(text, bad):
    _, rows = mentions(text)
    assert not [r for r in rows if r["label"] == "PERSON" and bad in r["text"]]


def test_councilors_and_clerks_are_titles():
    _, rows = mentions("Present: Councilors Ada Stroud and Lev Pike; City Clerk Mona Feld.")
    people = {r["canonical"] for r in rows if r["label"] == "PERSON"}
    assert {"Ada Stroud", "Mona Feld"} <= people
    assert not any("Clerk" in p or "Councilors" in p for p in people)


def test_a_name_ends_at_a_possessive_in_a_headline():
    _, rows = mentions("Mayor Dana Ortiz signed two orders on Monday.\n\nOrtiz\u2019s Detailed "
                       "Directives\n\nThe orders tell agencies not to help ICE.")
    people = [r["canonical"] for r in rows if r["label"] == "PERSON"]
    assert people and set(people) == {"Dana Ortiz"}


@pytest.mark.parametrize("text, bad", [
    ("C. Interviews. ICE officers may not question inmates without consent.", "Interviews"),
    ("B. Denver\n\nThe city limits detainers.", "Denver"),
    ("ROSA KIMBALL\nTrial Attorney\nU.S. Department of Justice, Civil Division\nTelephone: (202) 555-0148\n"
     "Email: rosa.kimball@usdoj.example.gov\n\nAttorneys for the United States", "Email"),
])
def test_outline_headings_and_form_labels_are_not_people(text, bad):
    _, rows = mentions(text)
    assert not [r for r in rows if r["label"] == "PERSON" and bad in r["text"]]


def test_an_initial_and_a_rare_surname_at_a_line_start_stay_a_person():
    _, rows = mentions("Respectfully submitted,\n\nJ. Tobias Achterwald\nTrial Attorney")
    assert [r for r in rows if r["label"] == "PERSON" and "Achterwald" in r["text"]]


@pytest.mark.parametrize("text, name", [
    ("Court strikes down town police agreement with ICE\n\nBy Marisol Quintero-Haas\nCourts reporter\n\nThe court ruled.",
     "Marisol Quintero-Haas"),
    ("March 3, 2026\n\nThe Honorable Ottilie Brandvold\nCouncil Member, Ward 4\n\nDear Council Member Brandvold:",
     "Ottilie Brandvold"),
])
def test_bylines_and_letter_addresses_name_people(text, name):
    _, rows = mentions(text)
    assert [r for r in rows if r["label"] == "PERSON" and r["text"] == name]


def test_a_body_named_in_full_earlier_lends_its_place():
    from analysis.extract import organizations, places

    text = ("The Mohave County Board of Supervisors met on Monday. Navajo County and La Paz County have similar "
            "agreements with ICE, and Navajo County renewed its own in May.\n\n"
            "The Board of Supervisors voted 3-2 to end the agreement.")
    p = parse_text(text, doc_id="t")
    m = entities.extract_mentions(p)
    rows = organizations.extract_orgs(p, m, places.extract_places(p, m))
    board = [r for r in rows if r["name"] == "Board of Supervisors"]
    assert board and board[-1]["jurisdiction"] == "us-az-mohave-county"


def test_importing_the_extractors_does_not_import_spacy():
    """A warm rebuild (every document cached) and reading tables never pay for spaCy's import;
    the components are registered when a pipeline first gets them."""
    import subprocess
    import sys
    from pathlib import Path

    code = ("import sys\nimport analysis.pipeline, analysis.extract.run, analysis.extract.entities, "
            "analysis.extract.actors\nprint('spacy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                         cwd=Path(__file__).resolve().parents[1])
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"


def test_rules_are_registered_when_a_pipeline_gets_them():
    import spacy

    from analysis.extract import entities

    nlp = spacy.blank("en")
    entities.add_rules(nlp)
    entities.add_rules(nlp)  # idempotent
    assert nlp.pipe_names == [entities.RULER_NAME, entities.PEOPLE_COMPONENT]
