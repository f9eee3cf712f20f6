"""An excerpt of another article repeats its sentences: its actions and quotes are not counted twice."""
import analysis

SOURCE = """date: 2026-05-04
Council ends jail contract

The Dane County Board voted on Monday to end the county's contract to hold detainees for ICE.
"We will not rent our jail to federal agents," Supervisor Ana Reyes said after the vote.
Sheriff Tom Ruiz said his deputies would comply with the decision.
Federal officials did not respond to requests for comment.
"""


def test_excerpt_adds_no_actions_or_quotes(tmp_path):
    (tmp_path / "source.txt").write_text(SOURCE, encoding="utf-8")
    body = SOURCE.split("\n", 1)[1]
    (tmp_path / "zexcerpt.txt").write_text("\n".join(body.splitlines()[2:4]) + "\n", encoding="utf-8")
    corpus = analysis.build(tmp_path)
    docs = corpus.documents.set_index("doc_id")
    assert docs.loc["zexcerpt", "duplicate_of"] == "source"
    assert len(corpus.actions) and set(corpus.actions["doc_id"]) == {"source"}
    assert len(corpus.quotes) and set(corpus.quotes["doc_id"]) == {"source"}
    # the excerpt is still a document, with its sentences
    assert (corpus.sentences["doc_id"] == "zexcerpt").sum() >= 2
