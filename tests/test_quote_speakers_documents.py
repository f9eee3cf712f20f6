"""Speakers of quotations read from a title alone ("the Sheriff said"), from a letter ("The letter called ...",
"It warns ...", "Your letter reports ..."), from a speaker's label at the start of a line, and from a verb the parse
left without a subject. Every sentence is invented (real US places, made-up people)."""
from analysis.extract import run
from analysis.extract.base import parse_text


def speakers(text):
    """(speaker, first words of the quotation) of each quotation of ``text`` read as one document."""
    got = run.extract_document(parse_text(text, doc_id="t"))["quotes"]
    return [(q["speaker"], " ".join(q["quote"].split()[:3])) for q in got]


def test_a_title_alone_is_the_person_last_named_with_it():
    text = ("On Monday, Sheriff Ottoline Brackwater-Sims suspended new transfers into the Pima County jail. "
            "The jail's commander will report to the board in May.\n\n"
            "\"I owe these families a full accounting, and they will get one,\" the Sheriff said at a briefing.")
    assert speakers(text) == [("Ottoline Brackwater-Sims", "I owe these")]


def test_a_title_alone_with_no_one_named_before_it_is_not_given_a_name():
    text = "\"We will follow the law in every case we handle,\" the Sheriff said at a briefing in Tucson, Arizona."
    assert [s for s, _ in speakers(text)] != ["Tucson"]
    assert all(" " not in s for s, _ in speakers(text))


def test_the_letter_is_read_as_the_words_of_whoever_it_came_from():
    text = ("On May 11, 2027, the City of Saginaw received a letter from Bartholomew Quenby-Ashdown, a deputy "
            "assistant secretary at the U.S. Department of Homeland Security. The letter demands that the City "
            "rescind its order by June 1, 2027. It warns that a grant \"may be withheld in whole or in part\" if the "
            "order stays. The letter also calls Saginaw \"a city that has chosen politics over public safety.\"")
    assert [s for s, _ in speakers(text)] == ["Bartholomew Quenby-Ashdown"] * 2


def test_it_after_a_sentence_about_a_department_is_still_the_department():
    text = ("The Department of Homeland Security answered the city on May 12. It said the city \"has chosen politics "
            "over public safety in every case.\"")
    assert [s for s, _ in speakers(text)] == ["Department of Homeland Security"]


def test_your_letter_in_a_letter_is_the_words_of_the_person_it_is_addressed_to():
    text = ("Dear Senator Marchwood-Obinna:\n\nBy letter dated September 30, 2027, you asked whether a Connecticut "
            "town may refuse to share its records with ICE. Your letter reports that many card holders \"are now "
            "afraid to renew their cards this year.\"\n\nSincerely,\nAttorney General Odile Fenwick-Hart")
    assert [s for s, _ in speakers(text)] == ["Marchwood-Obinna"]


def test_a_speakers_label_at_the_start_of_a_line_names_the_speaker():
    text = ("Selected comments posted the same day:\n\n"
            "Darlene Prewitt-Ocampo: \"So proud of our deputies for standing with ICE this week.\"\n\n"
            "Bell County Sheriff's Office (reply): \"The full agreement is posted on our website.\"\n\n"
            "SHERIFF WENDELL ASHBY-NWORAH: \"We will publish every arrest made under the agreement.\"")
    assert [s for s, _ in speakers(text)] == ["Darlene Prewitt-Ocampo", "Bell County Sheriff's Office",
                                              "Wendell Ashby-Nworah"]


def test_a_heading_before_a_quotation_is_no_speaker():
    text = "Response: \"The county will not honor administrative detainers after July 1, 2027.\""
    assert [s for s, _ in speakers(text)] != ["Response"]


def test_a_person_the_parse_leaves_apart_from_the_verb_is_its_speaker():
    text = ("In a letter to the Council dated August 22, 2028, Ambrosine Kettleby-Danso, Deputy Assistant Secretary "
            "at the Department of Homeland Security (DHS), praised the Weld County Sheriff's Office as \"the kind of "
            "partner every county in Colorado should be.\"")
    assert [s for s, _ in speakers(text)] == ["Ambrosine Kettleby-Danso"]


def test_he_after_a_sentence_is_its_subject_not_the_person_named_last():
    text = ("On February 3, 2027, Director Lysander Voss-Amberley wrote to Mayor Benedetta Quill-Marchant that the "
            "award would be suspended. The next day, he told reporters that \"Syracuse has chosen criminal aliens over "
            "its own residents.\"")
    assert [s for s, _ in speakers(text)] == ["Lysander Voss-Amberley"]


def test_she_after_a_sentence_whose_subject_is_no_person_is_still_the_person_named_last():
    text = ("On February 3, 2027, the award to Mayor Benedetta Quill-Marchant was suspended. The next day, she told "
            "reporters that \"this is a ransom note written on federal letterhead.\"")
    assert [s for s, _ in speakers(text)] == ["Benedetta Quill-Marchant"]


def test_a_broadcast_scripts_clip_cue_names_who_speaks_in_the_clip():
    text = ("STATEHOUSE WEEK\n\nHOST: Three immigration bills moved at the Capitol this week.\n\n"
            "[ACT 1: SHERIFF THADDEUS KORVALD-MENDES, PINAL COUNTY | TRT :11]\n"
            "\"ICE has been a dependable partner for my deputies for nine years.\"\n\n"
            "SOT - MAYOR ISIDORO BALDERRAMA-WHITLOCK, CITY OF TUCSON:\n"
            "\"Last month masked agents raided a swap meet on the south side.\"\n")
    assert [s for s, _ in speakers(text)] == ["Thaddeus Korvald-Mendes", "Isidoro Balderrama-Whitlock"]


def test_a_quotation_after_an_ordinary_line_takes_no_clip_speaker():
    text = ("STATEHOUSE WEEK\n\nThe committee voted 5-4 on the bill.\n"
            "\"ICE has been a dependable partner for my deputies for nine years.\"\n")
    assert all("Act" not in s and "Committee" not in s for s, _ in speakers(text))
