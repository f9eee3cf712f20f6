"""Document facts: title, genre with cues, duplicates and date inheritance."""
import shutil

import analysis
from analysis.documents import classify_genre, find_duplicates, word_count


def test_genre_opinion_from_first_person(foundation_dir):
    text = (foundation_dir / "opinion_column.md").read_text()
    genre, cues = classify_genre(text)
    assert genre == "opinion"
    assert "first person singular" in cues


def test_genre_news_from_reporting():
    text = ('The county board voted 4-1 on Tuesday to end its contract with federal agents. '
            '"This is about trust," said board chair Ana Ruiz, who told reporters the vote was final. '
            'The sheriff said last week that he opposed the change, according to a statement.')
    assert classify_genre(text)[0] == "news"


def test_genre_quoted_first_person_is_not_opinion():
    text = ('"I will not let agents into my jail," the sheriff said on Monday. '
            'The board said it would vote next week. Officials told reporters the plan was final.')
    assert classify_genre(text)[0] != "opinion"


def test_genre_explainer_from_questions():
    text = ("What is a detainer? It is a request from federal agents to hold a person. "
            "How does it work? Here's what to know about the so-called detainer system.")
    assert classify_genre(text)[0] == "explainer"


def test_word_count():
    assert word_count("The U.S. Attorney’s office, in 2026, said no.") == 9


def test_find_duplicates_excerpt_points_at_source():
    docs = {"long": ["a", "b", "c", "d"], "excerpt": ["b", "c"], "other": ["x", "y"]}
    assert find_duplicates(docs) == {"excerpt": "long"}


def test_exact_copies_point_at_the_first():
    assert find_duplicates({"b": ["1", "2"], "a": ["1", "2"]}) == {"b": "a"}


def test_excerpt_and_date_inheritance(foundation_dir, tmp_path):
    for name in ("excerpt_source.txt", "excerpt_copy.txt"):
        shutil.copy(foundation_dir / name, tmp_path / name)
    corpus = analysis.build(tmp_path, extract=False)
    docs = corpus.documents.set_index("doc_id")
    assert docs.loc["excerpt_copy", "duplicate_of"] == "excerpt_source"
    assert docs.loc["excerpt_copy", "date"] == "2026-04-14"
    assert docs.loc["excerpt_copy", "date_source"] == "header"
    assert docs.loc["excerpt_source", "date"] == "2026-04-14"
    assert docs.loc["excerpt_source", "date_source"] == "inherited:excerpt_copy"
    assert docs.loc["excerpt_source", "title"] == "Harbor City Council Votes to End Detainer Policy"
    assert docs.loc["excerpt_source", "title_source"] == "headline"


def test_metadata_title_and_outlets(foundation_dir, tmp_path):
    shutil.copy(foundation_dir / "glued_article.txt", tmp_path)
    corpus = analysis.build(tmp_path, extract=False)
    row = corpus.documents.iloc[0]
    assert row["title"] == "County board weighs jail contract with federal agents"
    assert row["date"] == "2026-03-09" and row["date_source"] == "header"
    assert row["outlets"] == "Wisconsin State Journal; Cap Times; WKOW"
    # the headline line is a heading sentence, not glued to the first sentence
    first = corpus.sentences.iloc[0]
    assert bool(first["is_heading"]) and first["text"] == "County Board Weighs Jail Contract"
