"""Paragraphs, headings and sentences with offsets."""
from analysis.segment import is_heading_line, paragraphs, sentences, split_sentences


def spans_text(text):
    return [text[a:b] for a, b in split_sentences(text)]


def test_abbreviations_do_not_split():
    text = "Gov. Lane met Sen. Ruiz in Washington, D.C. on Monday. The U.S. Attorney declined to comment."
    assert spans_text(text) == ["Gov. Lane met Sen. Ruiz in Washington, D.C. on Monday.",
                                "The U.S. Attorney declined to comment."]


def test_us_at_sentence_end_splits_before_a_starter():
    text = "Agents arrived from across the U.S. The mayor objected."
    assert len(split_sentences(text)) == 2


def test_quotes_close_the_sentence():
    text = '"We will not comply," the sheriff said. "Never." She left.'
    assert spans_text(text) == ['"We will not comply," the sheriff said.', '"Never."', "She left."]


def test_initials_and_ellipsis():
    text = "John F. Ward said anyone who touches an agent... is a criminal. Others disagreed."
    assert spans_text(text) == ["John F. Ward said anyone who touches an agent... is a criminal.",
                                "Others disagreed."]


def test_headings_by_shape():
    assert is_heading_line("A Growing Debate Over County Jails")
    assert is_heading_line("Budget Fight: What Comes Next")
    assert not is_heading_line("The council voted on Monday.")
    assert not is_heading_line("the council voted on monday and then went home without a word")
    assert is_heading_line("Mayor vows to keep police out of federal raids", first_line=True)


def test_sentence_offsets_index_the_text():
    text = "County Jails Under Pressure\nThe board met. It voted 4-1.\n\nA second paragraph here."
    sents = sentences("d", text)
    assert [s.text for s in sents] == ["County Jails Under Pressure", "The board met.", "It voted 4-1.",
                                       "A second paragraph here."]
    assert sents[0].is_heading and not sents[1].is_heading
    assert [s.paragraph for s in sents] == [0, 1, 1, 2]
    for s in sents:
        assert text[s.start:s.end] == s.text
    assert [s.sentence_id for s in sents] == ["d:0", "d:1", "d:2", "d:3"]


def test_heading_is_not_glued_to_next_sentence():
    text = "The Sheriff Responds\nSheriff Dana Cole said the jail would stay closed to agents."
    sents = sentences("d", text)
    assert sents[0].text == "The Sheriff Responds"
    assert sents[1].text.startswith("Sheriff Dana Cole")


def test_paragraphs():
    ps = paragraphs("One.\n\nTwo.\nThree.")
    assert [p.text for p in ps] == ["One.", "Two.", "Three."]


def test_headline_after_outlet_and_byline_lines_is_a_heading():
    from analysis.segment import paragraphs

    text = ("Channel 9 News\nPublished: May 2, 2026\nCounty board votes to end jail contract with ICE\n"
            "DAYTON, Ohio — The board voted on Tuesday.\nA line later without a period\nMore text.")
    flags = [p.is_heading for p in paragraphs(text)]
    assert flags == [True, True, True, False, False, False]


def test_a_sentence_case_headline_inside_the_text_is_a_heading():
    from analysis.segment import paragraphs

    text = ("We signed the agreement today.\n\nSheriff's move to join ICE program splits the city\n\n"
            "The sheriff signed the agreement on Tuesday.\n\nThe council met later without a vote")
    assert [p.is_heading for p in paragraphs(text)] == [False, True, False, False]


def test_court_citations_do_not_end_a_sentence():
    from analysis.segment import split_sentences
    text = ("For these reasons, the motion for a temporary restraining order (Dkt. 5) is GRANTED. "
            "See ECF No. 12 and 9th Cir. rulings cited in Sec. 4 of the brief. It is ORDERED that the lot be cleared.")
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "For these reasons, the motion for a temporary restraining order (Dkt. 5) is GRANTED.",
        "See ECF No. 12 and 9th Cir. rulings cited in Sec. 4 of the brief.",
        "It is ORDERED that the lot be cleared."]
    # a docket citation: "(Doc. 27)"
    text = "Defendants' Motion to Dismiss (Doc. 27) is GRANTED IN PART. Count I is DISMISSED."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Defendants' Motion to Dismiss (Doc. 27) is GRANTED IN PART.", "Count I is DISMISSED."]


def test_a_lettered_appendix_ends_its_sentence_but_an_initial_does_not():
    text = ("Staff shall hold a person charged with a felony listed in Appendix B. Staff shall also honor any detainer "
            "that comes with a warrant. Deputy Ada B. Quist-Farrow signed the log. See Exhibit C. It lists each hold.")
    assert spans_text(text) == [
        "Staff shall hold a person charged with a felony listed in Appendix B.",
        "Staff shall also honor any detainer that comes with a warrant.",
        "Deputy Ada B. Quist-Farrow signed the log.", "See Exhibit C.", "It lists each hold."]
