"""Reading: encodings, header lines, metadata.csv, and every kind of bad input."""
import datetime as dt
import hashlib
import os

import pytest

from analysis.corpus import (NoArticlesError, decode, html_to_text, read_corpus, read_file,
                             read_header)

BODY = "The city council voted to end the agreement with federal agents.\n"


def write(path, data: bytes):
    path.write_bytes(data)
    return path


def test_doc_id_path_and_hash(tmp_path):
    p = write(tmp_path / "story_one.txt", BODY.encode())
    doc = read_file(p)
    assert doc.doc_id == "story_one"
    assert doc.path == str(p)
    assert doc.sha256 == hashlib.sha256(BODY.encode()).hexdigest()


@pytest.mark.parametrize("data,encoding", [
    ("Café council “votes”.\n".encode("utf-8"), "utf-8"),
    (b"\xef\xbb\xbf" + "Café council “votes”.\n".encode("utf-8"), "utf-8-sig"),
    ("Café council “votes”.\n".encode("utf-16"), "utf-16"),
])
def test_unicode_encodings_decode_without_warning(tmp_path, data, encoding):
    warnings = []
    doc = read_file(write(tmp_path / "a.txt", data), warnings=warnings)
    assert doc.encoding == encoding
    assert doc.text.startswith("Café council “votes”")
    assert warnings == []


def test_cp1252_fallback_warns_with_file_name(tmp_path):
    warnings = []
    p = write(tmp_path / "legacy.txt", b"Caf\xe9 council \x93votes\x94.\n")
    doc = read_file(p, warnings=warnings)
    assert doc.encoding == "cp1252"
    assert "Café council “votes”" in doc.text
    assert any("legacy.txt" in w and "cp1252" in w for w in warnings)


def test_header_lines_are_metadata_not_body():
    meta, pos = read_header("date: 2026-03-04\ntitle: A title\nsource: https://example.org/x\n\nBody here.")
    assert meta["date"] == dt.date(2026, 3, 4)
    assert meta["title"] == "A title"
    assert meta["url"] == "https://example.org/x"
    assert "Body here." == "date: 2026-03-04\ntitle: A title\nsource: https://example.org/x\n\nBody here."[pos:]


def test_date_prefix_on_same_line_as_body():
    text = " date 2026-02-12 The council met again."
    meta, pos = read_header(text)
    assert meta["date"] == dt.date(2026, 2, 12)
    assert text[pos:] == "The council met again."


def test_a_sentence_starting_with_date_word_is_not_a_header():
    meta, pos = read_header("Dates matter: the council met on Monday.")
    assert meta == {} and pos == 0


def test_metadata_csv_fills_and_overrides(tmp_path):
    write(tmp_path / "a.txt", b"date: 2026-01-01\nBody text of a.\n")
    write(tmp_path / "b.txt", b"Body text of b.\n")
    (tmp_path / "metadata.csv").write_text(
        "doc_id,title,date,outlet,url\na,Title A,2026-02-02,The Daily,https://x.org/a\nb,,not a date,,\nzzz,Ghost,,,\n")
    warnings = []
    docs = {d.doc_id: d for d in read_corpus(tmp_path, warnings=warnings)}
    assert docs["a"].meta["date"] == dt.date(2026, 2, 2)
    assert docs["a"].meta_source["date"] == "metadata"
    assert docs["a"].meta["outlet"] == "The Daily"
    assert "date" not in docs["b"].meta
    assert any("not a date" in w for w in warnings)
    assert any("zzz" in w for w in warnings)


def test_bad_inputs_warn_and_the_rest_is_read(tmp_path):
    write(tmp_path / "good.txt", BODY.encode())
    write(tmp_path / "empty.txt", b"")
    write(tmp_path / "blank.md", b"   \n\n  ")
    write(tmp_path / "binary.txt", bytes(range(256)) * 10)
    write(tmp_path / "huge.txt", b"word " * 5000)
    write(tmp_path / "header_only.txt", b"date: 2026-01-01\ntitle: Nothing else\n")
    write(tmp_path / "page.txt", b"<html><body><p>City votes.</p><script>alert(1)</script><p>Second &amp; last.</p></body></html>")
    write(tmp_path / "notes.csv", b"not,an,article\n")
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    mtimes = {p.name: os.stat(p).st_mtime_ns for p in tmp_path.iterdir()}
    warnings = []
    docs = read_corpus(tmp_path, max_bytes=10_000, warnings=warnings)
    assert sorted(d.doc_id for d in docs) == ["good", "page"]
    joined = "\n".join(warnings)
    for name in ("empty.txt", "blank.md", "binary.txt", "huge.txt", "header_only.txt", "page.txt"):
        assert name in joined, name
    page = next(d for d in docs if d.doc_id == "page")
    assert "alert" not in page.text and "City votes." in page.text and "Second & last." in page.text
    # input files untouched
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before
    assert {p.name: os.stat(p).st_mtime_ns for p in tmp_path.iterdir()} == mtimes


def test_folder_without_articles_is_a_clear_error(tmp_path):
    write(tmp_path / "data.csv", b"a,b\n")
    with pytest.raises(NoArticlesError, match="no .txt or .md"):
        read_corpus(tmp_path)
    with pytest.raises(NoArticlesError, match="no such"):
        read_corpus(tmp_path / "missing")


def test_all_files_bad_is_a_clear_error(tmp_path):
    write(tmp_path / "empty.txt", b"")
    with pytest.raises(NoArticlesError, match="none of the 1 file"):
        read_corpus(tmp_path)


def test_list_of_paths(tmp_path):
    a = write(tmp_path / "a.txt", BODY.encode())
    write(tmp_path / "b.txt", BODY.encode())
    assert [d.doc_id for d in read_corpus(paths=[a])] == ["a"]


def test_html_script_shown_as_text_is_removed():
    assert html_to_text("<p>a</p><script>x()</script><style>p{}</style><p>b &lt;c&gt;</p>") == "a\nb <c>"


def test_decode_never_raises():
    for blob in (b"\xff\xfe\x00", b"\x80\x81\x82", b"plain"):
        text, enc, _ = decode(blob)
        assert isinstance(text, str) and enc


def test_keyed_date_fields_of_reports_and_fiscal_notes():
    from analysis.corpus import byline_date

    # a field set off by a run of spaces, and a report's "Final report date" (not the bill's later "Effective Date")
    note = ("LEGISLATIVE SERVICES AGENCY\n\nLS 7214                     NOTE PREPARED: Feb 3, 2027\n"
            "BILL NUMBER: SB 341         BILL AMENDED: Jan 28, 2027\n\nEffective Date: July 1, 2027.\n")
    assert str(byline_date(note)) == "2027-02-03"
    report = ("JAIL STANDARDS COMMISSION\nInspection dates: February 9-11, 2027\nFinal report date: March 12, 2027\n\n"
              "Effective Date: April 1, 2027\n")
    assert str(byline_date(report)) == "2027-03-12"
    # the space after a key is no field break
    assert str(byline_date("MEMORANDUM\nTO:      Council\nDATE:    May 19, 2027\nRE:      Subpoena\n")) == "2027-05-19"


@pytest.mark.parametrize("text, date", [
    # a digest's own date line, not the meeting it was written for
    ("COUNTY OF MARIN\nOffice of the Clerk of the Board\n\nDIGEST OF WRITTEN PUBLIC COMMENT\n"
     "Item 9: Proposed Ordinance No. 3811\nBoard meeting: Tuesday, June 8, 2027\nDigest date: May 27, 2027\n\n"
     "This digest summarizes correspondence only.\n", "2027-05-27"),
    ("CITY OF EUGENE\nHearing: Monday, July 12, 2027\nNotice date: June 30, 2027\n\nThe council will hear ...\n",
     "2027-06-30"),
    # a "|" field of a packet's release line, not the first letter in it
    ("OFFICE OF THE GOVERNOR, STATE OF OREGON\nCorrespondence packet released under ORS 192 | March 8, 2028\n\n"
     "Item 1 of 3\n\nU.S. Department of Homeland Security\nWashington, DC 20528\n\nFebruary 14, 2028\n\n"
     "Dear Governor:\n", "2028-03-08"),
    # a live video's "Streamed ..." line
    ("SHERIFF'S OFFICE\nFacebook Live | \"Coffee With the Sheriff,\" Episode 41\n"
     "Streamed Thursday, September 16, 2027, 6:30 p.m., Dalton, Georgia\n\n[00:00] SHERIFF: Evening, folks.\n",
     "2027-09-16"),
    # an order's "Date of Issue" above its "Effective Date"
    ("OHIO STATE HIGHWAY PATROL\nGENERAL ORDER 2027-14\nSubject: Requests from ICE\nDate of Issue: August 3, 2027\n"
     "Effective Date: September 1, 2027\n\nThis order sets out how troopers answer ICE.\n", "2027-08-03"),
    # a bulletin's own date line, then a press release it reprints below "* * *"
    ("PRAIRIE LEGAL BULLETIN\nCourt Orders | Thursday, May 6, 2027\n\nCourt limits courthouse arrests\n\n* * *\n\n"
     "NEBRASKA SUPREME COURT\nFOR IMMEDIATE RELEASE: May 5, 2027\n\nThe court adopted an order today.\n", "2027-05-06"),
    # a legislative fiscal note dated only by its closing "Fiscal Note History" line
    ("Department of Legislative Services\nFISCAL AND POLICY NOTE\nHouse Bill 1107\n\nThis bill prohibits 287(g) "
     "agreements.\n\nFiscal Note History: First Reader - February 12, 2027\nfn/jkb\n", "2027-02-12"),
    # a sheriff's memo dated at its top, forwarding a notice with its own "Date issued:" line further down
    ("ADAMS COUNTY SHERIFF'S OFFICE\n100 Main Street, Brighton, Colorado\n\nINTEROFFICE MEMORANDUM\n\n"
     "TO: Board of County Commissioners\nFROM: Sheriff\nDATE: October 20, 2027\nRE: ICE quarterly notice\n\n"
     "Attached is the notice this Office received on Monday.\n\nPlease place it on the agenda.\n\nThank you.\n\n"
     "Sheriff\n\n---\n\nU.S. Immigration and Customs Enforcement\n287(g) Program Office\nQUARTERLY NOTICE\n"
     "Date issued: October 18, 2027\n\nThe office encountered 412 people.\n", "2027-10-20"),
    # a journal's certified extracts: the certification line at the top, not the first legislative day below it
    ("JOURNAL OF THE SENATE\nSTATE OF GEORGIA\n\n2027 Regular Session\nExtracts relating to SB 211\n"
     "Certified March 30, 2027\n\n____________\n\nTUESDAY, FEBRUARY 23, 2027\nTWENTY-SECOND LEGISLATIVE DAY\n\n"
     "SB 211 was read the third time.\n", "2027-03-30"),
    # an emergency operations center's situation report: "Date/Time: Thursday, October 14, 2027, 1800 hours"
    ("COUNTY OFFICE OF EMERGENCY MANAGEMENT\nEmergency Operations Center\n\nSITUATION REPORT (SITREP) No. 3\n"
     "Incident: Federal Immigration Enforcement Operation\nDate/Time: Thursday, October 14, 2027, 1800 hours\n"
     "Operational Period: October 14-15, 2027\n\n1. SITUATION SUMMARY\n", "2027-10-14"),
    # a voter pamphlet's "Issued by ... | date" line, not the election it is issued for
    ("YUBA COUNTY, CALIFORNIA\nVOTER INFORMATION PAMPHLET\nGeneral Election | Tuesday, November 7, 2028\n"
     "Issued by the County Elections Office, Marysville | September 12, 2028\n\nMEASURE R\n", "2028-09-12"),
])
def test_a_text_dated_by_its_own_keyed_line(text, date):
    from analysis.corpus import byline_date

    assert str(byline_date(text)) == date


def test_a_sermon_or_speech_dated_by_its_preached_or_delivered_line():
    from analysis.corpus import byline_date

    sermon = ("FIRST CHURCH OF THE VALLEY\n12 Elm Street, Dayton, Ohio\nSermon Transcript\n\n"
              "Preached Sunday, October 3, 2027, 10:45 a.m.\nRev. A. Pastor\n\nOn Monday agents came. The law took "
              "effect on January 1, 2028.\n")
    assert str(byline_date(sermon)) == "2027-10-03"
    speech = "REMARKS AS PREPARED\nDelivered May 4, 2027, at the City Club\n\nThank you all.\n"
    assert str(byline_date(speech)) == "2027-05-04"
    # a segment's own label before the key word
    segment = ("RADIO KXYZ 1580 AM \u2014 Morning News\nSegment 2 of 3, broadcast Thursday, March 9, 2028, 7:10 a.m.\n"
               "ENGLISH TRANSLATION.\n\nOn Tuesday the commission voted.\n")
    assert str(byline_date(segment)) == "2028-03-09"


def test_an_adoption_line_with_the_body_and_its_vote_dates_a_resolution():
    from analysis.corpus import byline_date

    text = ("MAYORS' ASSEMBLY\nAnnual Meeting | Reno, Nevada | June 17-20, 2027\n\nRESOLUTION 27-14\n\nWHEREAS, cities "
            "matter; and\n\nRESOLVED, that the Assembly urges Congress to act.\n\n"
            "Adopted by the membership, 212-41, June 20, 2027.\n")
    assert str(byline_date(text)) == "2027-06-20"


def test_a_translation_note_and_a_quoted_email_header():
    from analysis.corpus import byline_date

    note = ("TRANSLATOR'S NOTE: This article first appeared in Spanish in La Voz. Original publication date: Friday, "
            "April 16, 2027. Translation: Ana Ruiz.\n\nLA VOZ\nSemanario\n\nSANTA MARIA \u2014 Agents came.\n")
    assert str(byline_date(note)) == "2027-04-16"
    # an e-mail's "Date:" line quoted far below a story's dated top line is the e-mail's
    story = ("THE COURIER\nLocal News | Wednesday, October 14, 2026\n\nHeadline\n\nBy A Writer\n\nAMES \u2014 Text.\n\n"
             "More text.\n\n1. THE ASK\n\nFrom: An Officer\nTo: The Chief\nDate: Mon, Jul 13, 2026, 9:12 AM\n\nBody.\n")
    assert str(byline_date(story)) == "2026-10-14"


def test_byline_dates_at_the_top_of_the_body(tmp_path):
    from analysis.corpus import byline_date, read_file

    assert str(byline_date("Channel 4 News\nPublished: March 11, 2026 at 6:42 PM\nHeadline\nBody text.")) == "2026-03-11"
    assert str(byline_date("FOR IMMEDIATE RELEASE\nApril 2, 2026\n\nOffice of the Governor\n")) == "2026-04-02"
    assert str(byline_date("NEWS ANALYSIS | April 21, 2026\n\nText.")) == "2026-04-21"
    # several sections before the date, "Posted online", a clock time before the date
    assert str(byline_date("THE LEDGER\nOPINION | Guest Column | Sunday, February 14, 2027\n\nText.")) == "2027-02-14"
    assert str(byline_date("THE REVIEW\nMarch 2027 Issue | Politics | Posted online Monday, March 8, 2027\n\nText.")) \
        == "2027-03-08"
    assert str(byline_date("LIVE: Arrests\n\nLast updated 8:20 p.m. CT, Wednesday, November 3, 2027\nBy X\n\nText.")) \
        == "2027-11-03"
    assert str(byline_date("Posted at 6:42 PM, March 3, 2026\nText.")) == "2026-03-03"
    # a broadcast script's date line: the date, then "|" and what the script is
    assert str(byline_date("VALLEY PUBLIC RADIO | 91.5 FM\nEvening News\nTuesday, June 8, 2027 | 5:00 p.m. newscast, "
                           "script as prepared for air\n\nText.")) == "2027-06-08"
    # a long "|" line of two stamps; a staff report's preparation date, not its meeting date; "Signed on ..."
    assert str(byline_date("NEWS 8\n\nHeadline\n\nPublished: Oct. 13, 2027 at 5:42 PM EDT | Updated: Oct. 13, 2027 "
                           "at 7:15 PM EDT\n\nText.")) == "2027-10-13"
    assert str(byline_date("STAFF REPORT\n\nMeeting Date: Monday, May 17, 2027\nAgenda Item No.: 31\n"
                           "Date Prepared: April 27, 2027\n\nText.")) == "2027-04-27"
    signed = "\n".join(["Order paragraph number %d." % i for i in range(45)] + ["Signed on February 7, 2027.", "Governor"])
    assert str(byline_date(signed)) == "2027-02-07"
    caption = "\n".join(["CAPTION LINE"] * 12 + ["Argued and Submitted May 1, 2025", "Filed July 9, 2025"])
    assert str(byline_date(caption)) == "2025-07-09"
    # keyed lines of official texts, at the top or in a closing block
    assert str(byline_date("GENERAL ORDER\nNumber: 7\nEffective Date: April 6, 2026\nPurpose text.")) == "2026-04-06"
    assert str(byline_date("City FAQ\n\nLast updated: February 9, 2026\n\nText.")) == "2026-02-09"
    assert str(byline_date("NEWS AT SIX\nTranscript: Tuesday, March 10, 2026, 6:00 p.m.\n")) == "2026-03-10"
    closing = "\n".join(["Body line number %d of the complaint." % i for i in range(45)] + ["Dated: April 28, 2026"])
    assert str(byline_date(closing)) == "2026-04-28"
    # a short order whose blank-line-spaced paragraphs put its "Dated:" line past the 60 lines read at the top
    short = "\n\n".join(["Paragraph %d of the order." % i for i in range(33)] + ["Dated: April 9, 2027"])
    assert str(byline_date(short)) == "2027-04-09"
    # a header line naming the text it replaces is not this text's date
    header = ("DIRECTIVE\nNO. 12\nSUPERSEDES: Directive No. 12, dated March 11, 2019\nDATE: August 2, 2027\n\n"
              "This directive governs release notifications.")
    assert str(byline_date(header)) == "2027-08-02"
    assert str(byline_date("\n".join(["CAPTION"] * 9 + ["APRIL 14, 2026", "Opinion text."]))) == "2026-04-14"
    # a dated sentence of the body is not the document's date
    assert byline_date("On August 12, 2024, the state filed suit against the agency over arrests at schools.\n") is None
    p = tmp_path / "a.txt"
    p.write_text("Metro Desk\nPosted Tuesday, Jan. 6, 2026\nThe county voted.\n", encoding="utf-8")
    doc = read_file(p)
    assert str(doc.meta["date"]) == "2026-01-06" and doc.meta_source["date"] == "byline"
    assert doc.text.startswith("Metro Desk")          # the byline stays in the text


def test_september_dates_and_broadcast_air_dates():
    from analysis.corpus import byline_date, parse_date_value

    # "Sept" is AP's abbreviation; the full month name must not be rewritten into "Sepember"
    assert str(parse_date_value("September 14, 2026")) == "2026-09-14"
    assert str(parse_date_value("Sept. 3, 2025")) == "2025-09-03"
    assert str(byline_date("LEDGER | Releases\nPosted Monday, September 14, 2026, 11:05 a.m.\n\nText.")) == "2026-09-14"
    assert str(byline_date("KXYZ 90.1 FM\nProgram transcript\nAir date: Thursday, May 14, 2026\n\nHOST: Hi.")) == \
        "2026-05-14"


def test_a_meeting_heading_dates_the_document():
    from analysis.corpus import byline_date

    text = ("CITY OF MIDLAND, MICHIGAN\nOffice of the City Clerk\n\nCOUNCIL MEETING SUMMARY\n"
            "Regular Session - Tuesday, April 21, 2026, 7:00 p.m.\nCouncil Chambers\n\nThe council met.\n")
    assert str(byline_date(text)) == "2026-04-21"
    assert str(byline_date("BOARD OF SUPERVISORS\nSpecial Meeting: May 3, 2026\n\nText.\n")) == "2026-05-03"
    # a long sentence with a dash and a date is body text, not a heading
    assert byline_date("The board met twice - the second time on May 3, 2026, after a long recess and a vote "
                       "that nobody expected to pass.\n") is None


def test_a_meeting_heading_with_a_comma_before_its_date_dates_the_document():
    from analysis.corpus import byline_date

    text = ("TOWN OF PLAINFIELD, INDIANA\nTown Council Regular Meeting, February 15, 2028\nAgenda Item 7\n\n"
            "STAFF MEMORANDUM\n\nThe council met.\n")
    assert str(byline_date(text)) == "2028-02-15"
    # (a place and a date after a comma are no meeting's heading)
    assert byline_date("Plainfield, Indiana, February 15, 2028, saw its first snow of the year.\n") is None


@pytest.mark.parametrize("text, expected", [
    # an approval line without a colon, under an ordinance's heading
    ("TOWN OF EXAMPLEVILLE\n\nORDINANCE 2026-4\nApproved March 3, 2026\n\nAN ORDINANCE ...\n", "2026-03-03"),
    # a meeting's date line that ends with its time after a dash
    ("CITY OF EXAMPLEVILLE\nMINUTES OF THE CITY COUNCIL\nREGULAR MEETING\n\nTuesday, May 5, 2026 - 6:30 p.m.\n"
     "Council Chambers\n", "2026-05-05"),
    # an executive order's execution line, with the year written out
    ("EXECUTIVE ORDER 2026-3\n\n" + "Order text line.\n" * 5 + "IN WITNESS WHEREOF, I have set my hand this 9th day "
     "of June, in the year two thousand twenty-six.\n", "2026-06-09"),
    ("RESOLUTION 12\n\nDATED this 2nd day of February, in the year of our Lord two thousand and nineteen.\n",
     "2019-02-02"),
])
def test_official_date_lines(text, expected):
    from analysis.corpus import byline_date
    assert str(byline_date(text)) == expected


def test_years_in_words():
    from analysis.corpus import year_in_words
    assert [year_in_words(t) for t in ("two thousand twenty-six", "two thousand and nine", "two thousand fourteen",
                                       "two thousand", "2031")] == [2026, 2009, 2014, 2000, 2031]
    assert year_in_words("nineteen ninety") is None


def test_a_report_date_line_dates_a_staff_report():
    from analysis.corpus import byline_date
    # below a letterhead and a memo block, past the lines where a bare heading date is read
    text = ("CITY OF EXAMPLEVILLE\nPublic Safety Committee\nSTAFF REPORT AND RECOMMENDATION\n\n"
            "To: Members of the Committee\nFrom: Ada Brill, Director\nReviewed by: Jo Roe, City Attorney\n"
            "Report date: October 2, 2026\nCommittee meeting: October 8, 2026\n\n1. PURPOSE\n")
    assert str(byline_date(text)) == "2026-10-02"


def test_an_as_of_line_dates_a_bill_report():
    from analysis.corpus import byline_date
    text = ("SENATE BILL REPORT\nSB 6012\n\nAs of February 3, 2027\n\n"
            "Title: An act relating to county jails.\n\nBrief Description: Concerning jail notices.\n")
    assert str(byline_date(text)) == "2027-02-03"
    # a sentence that begins "As of" is no date line
    assert byline_date("As of now, the county has no plan to change its policy on detainers.\n") is None


def test_an_entered_line_dates_a_court_order():
    from analysis.corpus import byline_date
    body = "\n".join(f"{i}. The Court finds fact number {i} about the parking lot." for i in range(1, 45))
    text = "IN THE UNITED STATES DISTRICT COURT\n\n" + body + "\n\nSO ORDERED.\n\nENTERED: October 6, 2026\n"
    assert str(byline_date(text)) == "2026-10-06"


@pytest.mark.parametrize("text, expected", [
    # a meeting's heading with the time after a dash, or "Meeting of <date>"
    ("CITY OF DAYTON\nCITY COMMISSION PROCEEDINGS\n\nRegular Meeting - Tuesday, June 9, 2026 - 7:00 p.m.\nText.",
     "2026-06-09"),
    ("SCHOOL DISTRICT 7\nBoard of Education\nToledo, Ohio\n\nMEETING SUMMARY\nRegular Meeting of Monday, April 19, 2027\n",
     "2027-04-19"),
    ("NORTHFIELD PUBLIC SCHOOLS\nSchool Board \u2013 Regular Meeting of Monday, May 10, 2027\n\nText.", "2027-05-10"),
    # an execution line with the day in words
    ("EXECUTIVE ORDER 2027-06\n\nWHEREAS the council met;\n\nIN WITNESS WHEREOF, I have set my hand at Pierre this "
     "fourteenth day of April, 2027.\n", "2027-04-14"),
    ("RESOLUTION 12\n\nSigned this twenty-first day of March, 2026.\n", "2026-03-21"),
    # a release line
    ("Office of the Governor\n\nFOR IMMEDIATE RELEASE: Wednesday, April 14, 2027\n\nText.", "2027-04-14"),
])
def test_more_document_date_lines(text, expected):
    from analysis.corpus import byline_date

    assert str(byline_date(text)) == expected


def test_a_title_that_only_mentions_a_date_is_not_a_meeting_heading():
    from analysis.corpus import byline_date

    assert byline_date("Report on April 2, 2026 events\n\nThe county met.") is None


def test_the_last_step_of_a_closing_block_dates_an_enrolled_act():
    from analysis.corpus import byline_date

    body = "\n".join(f"SECTION {i}. The department shall report each quarter." for i in range(1, 45))
    text = (f"HOUSE BILL NO. 12\n\nAN ACT relating to public safety.\n\n{body}\n\n"
            "PASSED: February 25, 2027\n\nSPEAKER OF THE HOUSE\n\nAPPROVED this 4th day of March 2027\n\nGOVERNOR\n")
    assert str(byline_date(text)) == "2027-03-04"
    # a keyed line after the execution line is still the last step
    text2 = text.replace("GOVERNOR\n", "GOVERNOR\n\nDated: March 9, 2027\n")
    assert str(byline_date(text2)) == "2027-03-09"


def test_dates_of_a_sent_message_a_mailed_newsletter_and_a_slashed_running_head():
    from analysis.corpus import byline_date

    text = ("RIVER VALLEY SCHOOL DISTRICT\nFAMILY MESSAGE\nMessage sent: Monday, March 8, 2027, 5:00 p.m., in English "
            "and Spanish\n\nHello, families. On March 1, 2027, agents came to a school.")
    assert str(byline_date(text)) == "2027-03-08"
    text = ("THE BADGE BULLETIN\nVol. 12, No. 4 | April 2027 | Mailed to members April 5, 2027\n\nPRESIDENT'S MESSAGE\n"
            "On March 30, 2027, the mayor signed an order.")
    assert str(byline_date(text)) == "2027-04-05"
    text = ("Federal Register / Vol. 92, No. 88 / Tuesday, May 4, 2027 / Notices\n\nDEPARTMENT OF HOMELAND SECURITY\n"
            "The Department issued its findings on April 20, 2027.")
    assert str(byline_date(text)) == "2027-05-04"


def test_minutes_are_dated_by_their_meeting_not_their_later_approval():
    from analysis.corpus import byline_date

    lines = ["LAKE COUNTY BOARD OF COMMISSIONERS", "WORK SESSION MINUTES", "Tuesday, June 8, 2027, 1:30 p.m.",
             "Commission Chambers, Tavares, Florida", "ATTENDANCE", "Present: all five commissioners."]
    lines += [f"Item {i}. The board discussed the jail contract." for i in range(1, 8)]
    lines += ["Approved by the Board of County Commissioners on June 22, 2027."]
    assert str(byline_date("\n".join(lines))) == "2027-06-08"
    # a text with no dated top line is still dated by its approval
    lines = ["ORDINANCE NO. 27-14", "AN ORDINANCE ON CITY RESOURCES"] + [
        f"Section {i}. The city shall not use its resources for civil immigration enforcement." for i in range(1, 8)]
    lines += ["Approved by the City Council on June 22, 2027."]
    assert str(byline_date("\n".join(lines))) == "2027-06-22"


def test_a_date_line_closed_by_a_clock_time_dates_the_text():
    from analysis.corpus import byline_date
    text = ("NORTHEAST CIVIC FORUM\nMayoral Debate: Edited Transcript\nRiverside Hall, Green Bay | Wednesday, March 10, "
            "2027, 7:00 p.m.\n\nMODERATOR: Good evening.\n")
    assert byline_date(text, 0) == dt.date(2027, 3, 10)


def test_a_reports_submitted_field_dates_it():
    from analysis.corpus import byline_date
    text = ("SACRAMENTO COUNTY OFFICE OF THE PUBLIC DEFENDER\nAnnual Report 2027 | Submitted to the Board of "
            "Supervisors, March 2, 2028\n\nSECTION 7. IMMIGRATION\n\nFigures cover January 1 through December 31, "
            "2027.\n")
    assert byline_date(text, 0) == dt.date(2028, 3, 2)


def test_a_packet_is_dated_by_the_memo_it_was_distributed_with():
    from analysis.corpus import byline_date
    text = ("TACOMA PUBLIC LIBRARY\nBoard of Trustees\n\nPOLICY MANUAL, CHAPTER 4\nPolicy 4.12: Patron Records\n"
            "Adopted: March 16, 2028 | Resolution 2028-11\nDistributed with Director's Memorandum DM-2028-06, April 10, "
            "2028\n\nSection 1. Purpose.\n")
    assert byline_date(text, 0) == dt.date(2028, 4, 10)
    # a policy with no such line is dated by its adoption
    text = ("TACOMA PUBLIC LIBRARY\nBoard of Trustees\n\nPOLICY MANUAL, CHAPTER 4\nPolicy 4.12: Patron Records\n"
            "Adopted: March 16, 2028 | Resolution 2028-11\n\nSection 1. Purpose.\n")
    assert byline_date(text, 0) == dt.date(2028, 3, 16)


def test_a_record_is_dated_by_its_own_date_line_not_the_message_it_reproduces():
    from analysis.corpus import byline_date
    text = ("CITY OF CHARLOTTE\nOFFICE OF THE CITY CLERK\n600 East Fourth Street\n\nRECORD OF MAYORAL VETO AND COUNCIL "
            "ACTION\nFile No. VT-2028-01\nOrdinance No. 2028-114\nAdopted by Council: February 28, 2028 (7-4)\n"
            "Date of this record: March 15, 2028\n\nPART A. VETO MESSAGE OF THE MAYOR\n\nDated: March 3, 2028\n\n"
            "I return the ordinance without my approval.\n")
    assert byline_date(text, 0) == dt.date(2028, 3, 15)


def test_a_board_record_is_dated_by_its_record_date_not_the_attached_memos():
    from analysis.corpus import byline_date
    text = ("LANE TRANSIT DISTRICT\nBoard of Directors, Eugene, Oregon\n\nBOARD RECORD: RESOLUTION NO. 2027-18\n"
            "Record date: June 9, 2027\n\nATTACHMENT A. STAFF MEMORANDUM\n\nTo: Board of Directors\nFrom: General "
            "Manager\nDate: May 19, 2027\nRe: ICE requests for rider data\n\nStaff recommend adoption.\n")
    assert byline_date(text, 0) == dt.date(2027, 6, 9)


def test_a_weekly_report_is_dated_by_its_week_ending_line():
    from analysis.corpus import byline_date
    text = ("CITY OF FLINT\nOffice of the City Manager\n\nCITY MANAGER'S WEEKLY REPORT\nWeek ending Friday, May 14, 2027\n\n"
            "TO: Mayor and Members of the City Council\n\nCrews began the water main work on May 3.\n")
    assert byline_date(text, 0) == dt.date(2027, 5, 14)


def test_a_docket_report_is_dated_by_its_printing_not_the_cases_filing():
    from analysis.corpus import byline_date
    text = ("U.S. District Court\nNorthern District of New York\nCIVIL DOCKET FOR CASE #: 5:27-cv-01382\n\n"
            "Date Filed: 10/19/2027\n\n10/19/2027   1   COMPLAINT against U.S. Department of Homeland Security.\n\n"
            "PACER Service Center\nTransaction Receipt\n03/21/2028 09:14:52\n")
    assert byline_date(text, 0) == dt.date(2028, 3, 21)


def test_a_session_record_attested_days_later_is_dated_by_its_attestation():
    from analysis.corpus import byline_date
    amendments = "".join(f"AM-311-{k}. Offered by a member. ADOPTED.\n\n" for k in range(45))
    text = ("OHIO HOUSE OF REPRESENTATIVES\n\nFLOOR AMENDMENT SHEET AND RECORDED VOTE\nHouse Bill 311\n"
            "Session of Tuesday, May 11, 2027\n\n" + amendments + "The House passed the bill, 62-34.\n\nVI. STATEMENT "
            "OF THE GOVERNOR (May 12, 2027)\n\nThe Governor thanks the House.\n\nAttest:\n/s/ A. Clerk\nClerk of the "
            "House\nDated: May 13, 2027\n")
    assert byline_date(text, 0) == dt.date(2027, 5, 13)
    # a record signed months after its session is still the session's
    body = "".join(f"Item {k}. The council heard public comment.\n\n" for k in range(45))
    text = "CITY COUNCIL\nRegular Session - Tuesday, May 11, 2027\n\n" + body + "Dated: September 20, 2027\n"
    assert byline_date(text, 0) == dt.date(2027, 5, 11)


def test_a_hearing_summary_issued_days_later_is_dated_by_its_issue():
    from analysis.corpus import byline_date
    body = "".join(f"{k}. A sheriff testified about costs.\n\n" for k in range(45))
    text = ("MISSOURI GENERAL ASSEMBLY\nJOINT COMMITTEE ON LEGISLATIVE AUDIT\n\nHEARING SUMMARY\n\nSubject: County Costs\n"
            "Hearing date: Tuesday, February 8, 2028\n\n" + body + "Issued: February 10, 2028\n")
    assert byline_date(text, 0) == dt.date(2028, 2, 10)


def test_a_court_order_is_dated_by_its_filing_not_the_petitions():
    from analysis.corpus import byline_date
    text = ("SUPREME COURT OF WISCONSIN\n\nNo. 27-03\n\nIn the matter of the creation of Supreme Court Rule 70.47\n"
            "On the petition of the Courthouse Access Coalition, filed March 8, 2027\n\nORDER\n\nFILED: November 19, 2027\n\n"
            "1. PROCEDURAL HISTORY\n")
    assert byline_date(text, 0) == dt.date(2027, 11, 19)


def test_a_bill_analysis_is_dated_by_its_hearing_date_field_below_its_author_lines():
    from analysis.corpus import byline_date
    text = ("OREGON STATE SENATE\nCOMMITTEE ON JUDICIARY\nSenator A. Quillfeather-Dunmore, Chair\n\nBILL ANALYSIS\n\n"
            "Bill:          S.B. 771\nAuthor:        Senator B. Marchetti-Olafsen\nSubject:       Detainers\n"
            "Hearing Date:  April 4, 2028\nConsultant:    C. Ferreira-Lindqvist\n\nSUMMARY\n\nThe bill would limit holds.\n")
    assert byline_date(text, 0) == dt.date(2028, 4, 4)


def test_a_fiscal_reports_original_date_field_beside_its_sponsor_dates_it():
    from analysis.corpus import byline_date
    text = ("LEGISLATIVE FINANCE COMMITTEE\nFiscal Impact Report\n\n"
            "SPONSOR: Rep. D. Oyelaran-Whitcombe      ORIGINAL DATE: January 27, 2028\n"
            "SHORT TITLE: Jail Contract Act\nBILL: Senate Bill 41                  ANALYST: E. Brandvold\n\n"
            "1. SYNOPSIS\n\nThe bill would end county jail contracts by June 30, 2028.\n")
    assert byline_date(text, 0) == dt.date(2028, 1, 27)


def test_a_debate_summary_is_dated_by_its_summary_prepared_line_not_its_legislative_day():
    from analysis.corpus import byline_date
    text = ("NORTH CAROLINA HOUSE OF REPRESENTATIVES\nOFFICE OF THE PRINCIPAL CLERK\n\nFLOOR DEBATE SUMMARY\n"
            "House Bill 917\nLegislative Day 41: Tuesday, April 13, 2027\nSummary prepared: April 15, 2027\n\n"
            "1. BILL AS CALENDARED\n\nThe bill would require sheriffs to honor detainers.\n")
    assert byline_date(text, 0) == dt.date(2027, 4, 15)


def test_a_complaint_disposition_is_dated_by_its_date_of_disposition_line():
    from analysis.corpus import byline_date
    text = ("CITY OF MADISON\nPOLICE CIVILIAN OVERSIGHT BOARD\nMadison, Wisconsin\n\nCOMPLAINT DISPOSITION AND "
            "FINDINGS\n\nCase No.: PCOB-2027-0044\nComplainant: Ezra Quillfeather-Obi\nDate of Disposition: "
            "November 18, 2027\n\n1. Summary\n\nOn July 23, 2027, an officer stopped Mr. Quillfeather-Obi for a "
            "broken taillight.\n")
    assert byline_date(text, 0) == dt.date(2027, 11, 18)


def test_a_copy_of_posts_is_dated_by_its_capture_not_by_its_first_post():
    from analysis.corpus import byline_date
    text = ("Canyon County Sheriff's Office \u00b7 Caldwell, Idaho\nPublic page posts, September 7-21, 2027\n"
            "Archived copy captured September 22, 2027\n\n---\n\nCanyon County Sheriff @CanyonCoSheriff \u00b7 Sep 7, "
            "2027 \u00b7 9:14 AM\n\nStarting tomorrow, the jail will rent beds to ICE.\n")
    assert str(byline_date(text)) == "2027-09-22"


@pytest.mark.parametrize("text, expected", [
    # the notice's own date as a row of its header table, below the table's other dates
    ("SHAWNEE COUNTY, KANSAS\nPURCHASING DIVISION\n\nNOTICE OF CANCELLATION\n\n| Item | Detail |\n|---|---|\n"
     "| Solicitation | Invitation to Bid No. 27-044 |\n| Issue date | February 22, 2027 |\n| Addenda issued | 2 |\n"
     "| Date of this notice | April 14, 2027 |\n\nThe County cancels the solicitation.\n", "2027-04-14"),
    # a title line in capitals that dates its own text
    ("PRELIMINARY OFFICIAL STATEMENT DATED SEPTEMBER 14, 2027\n\nCITY OF RACINE, WISCONSIN\n\nRisk factors follow.\n",
     "2027-09-14"),
    # a certificate's own date field, above a statement submitted earlier
    ("CANYON COUNTY, IDAHO\nRECALL PAMPHLET\n\nPART I. CERTIFICATE OF SUFFICIENCY\nOffice of the County Clerk\n"
     "Date of certificate: August 16, 2027\n\nPART III. STATEMENT OF THE SHERIFF\nSubmitted August 13, 2027\n",
     "2027-08-16"),
    # issued and in force the same day
    ("JAIL HANDBOOK\nSection 14: Immigration Detainers\nRevision 4 | Issued and effective March 10, 2028\n"
     "Supersedes Revision 3 (June 2026)\n", "2028-03-10"),
])
def test_a_texts_own_date_in_a_header_table_a_capital_title_a_certificate_or_an_issue_line(text, expected):
    from analysis.corpus import byline_date

    assert str(byline_date(text)) == expected


def test_an_attachment_list_dated_in_capitals_below_the_first_line_still_names_another_text():
    from analysis.corpus import byline_date

    text = ("CITY OF RACINE\nATTACHMENTS\nB. DHS LETTER DATED SEPTEMBER 16, 2027\n\nMemo date: October 2, 2027\n")
    assert str(byline_date(text)) == "2027-10-02"


def test_a_commissions_finding_is_dated_by_its_date_of_finding_line():
    from analysis.corpus import byline_date
    text = ("CITY OF SOMERVILLE\nHUMAN RIGHTS COMMISSION\nSomerville, Massachusetts\n\nFINDING AND RECOMMENDATIONS\n"
            "Complaint No. HRC-2027-019\nComplainant: Zofia Arkwright-Nakashima\nDate of finding: November 18, 2027\n\n"
            "1. The Complaint\n\nOn August 16, 2027, Ms. Arkwright-Nakashima filed a complaint.\n")
    assert byline_date(text, 0) == dt.date(2027, 11, 18)


def test_an_audit_report_is_dated_by_its_report_release_date_not_a_response_below():
    from analysis.corpus import byline_date
    text = ("OHIO AUDITOR OF STATE\n\nSTARK COUNTY\nSCHEDULE OF FINDINGS\nFOR THE YEAR ENDED DECEMBER 31, 2026\n\n"
            "Report release date: October 5, 2027\n\nFINDING NUMBER 2026-002\n\nFederal agency: ICE\nQuestioned costs: "
            "$12,400\n\n1. Condition\n\nThe Sheriff billed ICE twice.\n\n2. Criteria\n\nThe agreement pays once.\n\n"
            "VIEWS OF RESPONSIBLE OFFICIALS\nStark County Administrator's Office\nDated: September 20, 2027\n\n"
            "The County agrees with the finding.\n")
    assert byline_date(text, 0) == dt.date(2027, 10, 5)


def test_a_policy_is_dated_by_its_line_posted_to_a_website():
    from analysis.corpus import byline_date
    text = ("LIBRARY DISTRICT\nBoard of Trustees\n\nBOARD POLICY 4.12: VISITS\nPosted to the District website: March 24, "
            "2028\n\nREVISION HISTORY\n\n- Adopted January 18, 2028.\n\nBACKGROUND MEMO\n\nDate: January 5, 2028\n")
    assert byline_date(text, 0) == dt.date(2028, 3, 24)


def test_an_executive_order_is_dated_by_its_signers_closing_sentence():
    from analysis.corpus import byline_date
    text = ("STATE OF OHIO\nOFFICE OF THE GOVERNOR\nColumbus\n\nExecutive Order 2027-04D\n\nWHEREAS, ICE arrested 61 "
            "people in Painesville from January 19 to 21, 2027; and\n\nNOW, THEREFORE, I order as follows.\n\n"
            "1. No agency shall share personal data with ICE without a judicial warrant.\n\n"
            "I signed this Executive Order on March 8, 2027, in Columbus, Ohio.\n")
    assert byline_date(text, 0) == dt.date(2027, 3, 8)
