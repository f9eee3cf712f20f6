"""Date expressions: explicit, ranges, relative to the document date or an earlier date."""
import datetime as dt

import pytest

from analysis.extract.base import parse_text
from analysis.extract.dates import extract_dates, resolve_relative

BASE = dt.date(2026, 2, 12)     # a Thursday


def dates(text, date=BASE):
    rows = extract_dates(parse_text(text, date=date))
    for r in rows:
        assert text[r["start"]:r["end"]] == r["date_text"]
    return rows


def pairs(text, date=BASE):
    """(date_text, date) of every date in ``text``."""
    return [(r["date_text"], r["date"]) for r in dates(text, date)]


def one(text, date=BASE):
    rows = dates(text, date)
    assert len(rows) == 1, rows
    r = rows[0]
    return r["date_text"], r["date"], r["date_end"], r["date_precision"]


def test_empty():
    assert extract_dates(parse_text("")) == []


@pytest.mark.parametrize("text,expected", [
    ("The law took effect on January 1, 2026.", ("January 1, 2026", "2026-01-01", None, "day")),
    ("The law took effect on 1 January 2026.", ("1 January 2026", "2026-01-01", None, "day")),
    ("It was signed Tuesday, Jan. 6, 2026, in the capitol.", ("Tuesday, Jan. 6, 2026", "2026-01-06", None, "day")),
    ("Deputies began the program in June 2025.", ("June 2025", "2025-06-01", None, "month")),
    ("The contract was renewed in December 2025.", ("December 2025", "2025-12-01", None, "month")),
    ("The deal was signed in September of 2024.", ("September of 2024", "2024-09-01", None, "month")),
    ("The county joined the program in 2019.", ("2019", "2019-01-01", None, "year")),
    ("The policy ended in late 2024.", ("late 2024", "2024-01-01", None, "year")),
    ("The agreement was in force from 2017 to 2020.", ("from 2017 to 2020", "2017-01-01", "2020-12-31", "range")),
    ("Detentions rose sharply 2018\u20132020 in the county.", ("2018\u20132020", "2018-01-01", "2020-12-31", "range")),
    ("Between 2019 and 2021 the county held detainees.", ("Between 2019 and 2021", "2019-01-01", "2021-12-31", "range")),
    ("The 2025-26 budget cut the program.", ("2025-26", "2025-01-01", "2026-12-31", "range")),
    ("The hearings ran June 3-5, 2025 in Phoenix.", ("June 3-5, 2025", "2025-06-03", "2025-06-05", "range")),
    ("The pilot ran from January to March 2025.", ("from January to March 2025", "2025-01-01", "2025-03-31", "range")),
    ("In the 1990s the county had no jail contract.", ("the 1990s", "1990-01-01", "1999-12-31", "range")),
    ("Arrests were filed on 3/4/2025 in the morning.", ("3/4/2025", "2025-03-04", None, "day")),
    ("The memo is dated 2025-11-30 and unsigned.", ("2025-11-30", "2025-11-30", None, "day")),
    ("The board voted on Feb. 3 to end the deal.", ("Feb. 3", "2026-02-03", None, "day")),
    ("The board voted on Dec. 28 to end the deal.", ("Dec. 28", "2025-12-28", None, "day")),
    ("Spending fell in fiscal year 2024 for the jail.", ("fiscal year 2024", "2024-01-01", None, "year")),
    ("The county's fee revenue in FY27 was $4.6 million.", ("FY27", "2026-07-01", "2027-06-30", "range")),
    ("Costs rise beginning in FY 2028 for the jail.", ("FY 2028", "2027-07-01", "2028-06-30", "range")),
])
def test_explicit(text, expected):
    assert one(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Yesterday a judge ruled against the county.", ("Yesterday", "2026-02-11", None, "day")),
    ("The council met last week to debate it.", ("last week", "2026-02-02", "2026-02-08", "range")),
    ("The council meets this week to debate it.", ("this week", "2026-02-09", "2026-02-15", "range")),
    ("The sheriff signed the renewal last month.", ("last month", "2026-01-01", None, "month")),
    ("The state passed the law last year.", ("last year", "2025-01-01", None, "year")),
    ("Earlier this year the county signed a deal.", ("Earlier this year", "2026-01-01", "2026-02-12", "range")),
    ("On Wednesday, the governor signed the bill.", ("Wednesday", "2026-02-11", None, "day")),
    ("The raid happened last Friday near the school.", ("last Friday", "2026-02-06", None, "day")),
    ("The hearing is set for next Tuesday in federal court.", ("next Tuesday", "2026-02-17", None, "day")),
    ("The rally will be held on Friday downtown.", ("Friday", "2026-02-13", None, "day")),
    ("Two weeks ago, agents arrested six workers.", ("Two weeks ago", "2026-01-26", "2026-02-01", "range")),
    ("Agents arrived three days ago in vans.", ("three days ago", "2026-02-09", None, "day")),
    ("The mayor spoke in March about the raids.", ("March", "2025-03-01", None, "month")),
    ("The council will vote in March on the plan.", ("March", "2026-03-01", None, "month")),
])
def test_relative_to_document_date(text, expected):
    assert one(text) == expected


def test_relative_without_document_date_keeps_text():
    [r] = dates("The council met last week to debate it.", date=None)
    assert r["date_text"] == "last week"
    assert r["date"] is None and r["date_precision"] is None and r["relative"] is True


def test_following_day_uses_previous_explicit_date():
    rows = dates("On Monday, March 2, 2026, the board met. The following day, the mayor objected. "
                 "Two days later, the sheriff resigned.")
    assert [(r["date_text"], r["date"]) for r in rows] == [
        ("Monday, March 2, 2026", "2026-03-02"), ("The following day", "2026-03-03"),
        ("Two days later", "2026-03-05")]


def test_following_day_without_anchor_is_unresolved():
    [r] = dates("The following day, the mayor objected.")
    assert r["date"] is None


def test_numbers_that_are_not_dates():
    assert dates("Section 287(g) lets 54 gang members be held; House Bill 2025 died; "
                 "officers arrested 2025 people; it cost $2020.") == []


def test_year_as_modifier_is_a_year():
    rows = dates("He is one of the 2028 presidential hopefuls.")
    assert [(r["date_text"], r["date_precision"]) for r in rows] == [("2028", "year")]


def test_ages_and_durations_are_not_dates():
    assert dates("The 57-year-old man was held for two years and released after 90 days.") == []


def test_document_order_and_sentence_ids():
    rows = dates("The law passed in 2019.\nIt was amended on May 5, 2021.")
    assert [r["sentence_id"] for r in rows] == ["doc:0", "doc:1"]
    assert rows[0]["start"] < rows[1]["start"]


def test_resolve_relative_function():
    assert resolve_relative("last week", BASE) == ("2026-02-02", "2026-02-08", "range")
    assert resolve_relative("last month", "2026-02-12") == ("2026-01-01", None, "month")
    assert resolve_relative("June 2025", None) == ("2025-06-01", None, "month")
    assert resolve_relative("yesterday", None) == (None, None, None)
    assert resolve_relative("the following day", BASE, anchor=dt.date(2025, 3, 1)) == ("2025-03-02", None, "day")
    assert resolve_relative("on Wednesday", dt.datetime(2026, 2, 12, 9, 30)) == ("2026-02-11", None, "day")
    assert resolve_relative("the 4th of July, 2025", BASE) == ("2025-07-04", None, "day")
    assert resolve_relative("", BASE) == (None, None, None)


def test_deterministic():
    text = "Last week, on Feb. 3 and in June 2025, the county met; the next day it voted."
    assert dates(text) == dates(text)


# ---------------------------------------------------------------- accuracy on an invented set
GOLD_TEXT = (
    "Reno Ends Jail Deal\n"
    "The Washoe County commission voted on Tuesday to end its detention contract, which began in March 2019.\n"
    "The contract was renewed twice, in 2021 and again on August 15, 2023.\n"
    "Sheriff Dale Munro said the jail held 312 detainees for ICE from 2019 to 2024.\n"
    "Last month, advocates delivered 4,000 signatures; the following day the sheriff asked for a delay.\n"
    "The contract ends June 30, and the county will lose about $2 million a year.\n"
    "Earlier this year, the county also rejected a 287(g) agreement proposed in 2025.\n"
    "Commissioners will meet again next week.\n"
)
GOLD = [("Tuesday", "2026-02-10"), ("March 2019", "2019-03-01"), ("2021", "2021-01-01"),
        ("August 15, 2023", "2023-08-15"), ("from 2019 to 2024", "2019-01-01"), ("Last month", "2026-01-01"),
        ("the following day", None), ("June 30", "2026-06-30"), ("Earlier this year", "2026-01-01"),
        ("2025", "2025-01-01"), ("next week", "2026-02-16")]


def test_accuracy_on_invented_set():
    rows = dates(GOLD_TEXT)
    got = [(r["date_text"], r["date"]) for r in rows]
    correct = sum(1 for g in GOLD if g in got)
    assert correct / len(GOLD) >= 0.9, got
    assert len(got) <= len(GOLD) + 1     # almost no spurious dates


def test_day_without_year_takes_year_of_nearby_date():
    rows = dates("The judge ruled on May 4, 2025. Two weeks earlier, on April 20, agents had raided a farm.")
    assert [(r["date_text"], r["date"]) for r in rows] == [
        ("May 4, 2025", "2025-05-04"), ("Two weeks earlier", "2025-04-20"), ("April 20", "2025-04-20")]


def test_a_date_of_another_year_lends_its_year_only_inside_its_paragraph():
    # document of 2026-06-01: the 2025 date sets the year of "March 3" beside it, not of the
    # "May 7" of the next paragraph, which is back in the story's time
    text = ("The county signed the agreement on January 15, 2025, and the first deputies were trained on March 3.\n\n"
            "On May 7, a federal spokesperson criticized the sheriff.")
    assert pairs(text, dt.date(2026, 6, 1)) == [
        ("January 15, 2025", "2025-01-15"), ("March 3", "2025-03-03"), ("May 7", "2026-05-07")]


def test_week_later_from_a_day_is_a_day_following_week_is_a_range():
    rows = dates("The judge ruled on May 4, 2025. A week later it ended. The following week, agents returned.")
    assert [(r["date"], r["date_end"], r["date_precision"]) for r in rows[1:]] == [
        ("2025-05-11", None, "day"), ("2025-05-12", "2025-05-18", "range")]


def test_last_month_is_not_swallowed_by_month_after():
    rows = dates("Her opening act last month after taking office was to end the deal.")
    assert [(r["date_text"], r["date"]) for r in rows] == [("last month", "2026-01-01")]


@pytest.mark.parametrize("text", ["2025", "Feb. 30, 2025", "1/2/99", "the following day the day before",
                                  "March March March", "13/45/2025", "from 2020 to 2010", "x" * 500])
def test_odd_text_never_crashes(text):
    for r in dates(text) + dates(text, date=None):
        assert r["date"] is None or len(r["date"]) == 10


def test_seasons():
    assert one("The review began last fall.") == ("last fall", "2025-09-01", "2025-11-30", "range")
    assert one("The deal was signed in spring 2025.") == ("spring 2025", "2025-03-01", "2025-05-31", "range")


def test_year_of_a_bare_day_ignores_relative_and_year_only_dates():
    rows = dates("The contract dates from 2016.\n\"We'll revisit that next year,\" the sheriff said.\n"
                 "The hearing took place on Feb. 10 and drew 300 residents.")
    assert [(r["date_text"], r["date"]) for r in rows] == [
        ("2016", "2016-01-01"), ("next year", "2027-01-01"), ("Feb. 10", "2026-02-10")]


def test_day_shift_needs_a_day_anchor():
    rows = dates("The deal was signed in 2016. Two days later, the sheriff resigned.")
    assert rows[1]["date_text"] == "Two days later" and rows[1]["date"] is None


def test_the_legal_day_of_form():
    assert one("DATED this 8th day of October, 2025.")[1] == "2025-10-08"


@pytest.mark.parametrize("text, expected", [
    ("The governor faces re-election in November.", "2026-11-01"),          # present tense: the next one
    ("The law takes effect in July.", "2026-07-01"),
    ("The board could revisit the contract after the November election.", "2026-11-01"),
    ("The police department declined two ICE requests in February.", "2026-02-01"),   # past: the last one
    ("The council voted in November to end the contract.", "2025-11-01"),
    ("A motion to let the contract lapse at the end of June failed.", "2026-06-01"),  # an intention: ahead
    ("More counties could be named when the list is updated in November.", "2026-11-01"),
    ("The list is reviewed in October.", "2026-10-01"),                      # present passive: the next one
    ("The list was reviewed in October.", "2025-10-01"),
])
def test_a_bare_month_follows_the_tense(text, expected):
    assert one(text)[1] == expected


def test_document_dates_of_minutes_and_orders():
    from analysis.corpus import byline_date

    assert byline_date("CITY OF SPRINGFIELD\nMINUTES OF THE REGULAR MEETING\n"
                       "Tuesday, March 10, 2026, 9:30 a.m., Council Chambers\n\nPresent: all members.") \
        == dt.date(2026, 3, 10)
    assert byline_date("ORDER\n\nThe motion is granted.\n\nPASSED AND ADOPTED this 16th day of March, 2026.\n") \
        == dt.date(2026, 3, 16)
    assert byline_date("The council met.\n\nIt adjourned at noon.") is None


def test_a_weekday_said_in_the_past_is_past_even_with_a_will_after_it():
    # BASE is Thursday, February 12, 2026
    assert one("The sheriff told reporters on Monday that his deputies will not take part.")[1] == "2026-02-09"
    assert one("The sheriff will meet the council on Monday.")[1] == "2026-02-16"


def test_a_contracted_progressive_looks_ahead():
    assert one("The agency said it's sending two more officers to the county in June.")[1] == "2026-06-01"


def test_a_weekday_lends_its_year_to_a_later_day():
    text = ("Sheriff Lee Gantt signed the agreement in March 2025.\n\n"
            "On Monday, Gantt announced that he would let the agreement expire. It runs through March 31.")
    got = {r["date_text"]: r["date"] for r in dates(text)}
    assert got["March 31"] == "2026-03-31"


def test_a_past_event_is_not_dated_after_the_text():
    text = ("The ban starts January 1, 2027.\n\n"
            "The bill, which passed the House on January 26, would void the ordinance.")
    got = {r["date_text"]: r["date"] for r in dates(text)}
    assert got["January 26"] == "2026-01-26"


def test_reported_future_weekday_looks_ahead():
    # Thursday, October 8: "would hold ... Sunday" is the coming Sunday
    rows = dates("Organizers said they would hold a second vigil Sunday evening.", date="2026-10-08")
    assert [(r["date_text"], r["date"]) for r in rows] == [("Sunday", "2026-10-11")]


def test_a_month_of_a_past_act_stays_past_in_a_sentence_that_looks_ahead():
    text = ("In May, the state House passed a bill that would bar police from asking about status; the Senate has "
            "not scheduled a vote on it.")
    assert pairs(text, date="2026-09-20") == [("May", "2026-05-01")]


def test_a_day_after_a_dated_background_sentence_returns_to_the_storys_year():
    text = ("Gov. Ann Roe signed the act in April 2025. It lets the attorney general sue cities.\n\n"
            "The test did not take long. On January 22, the attorney general opened an investigation.\n")
    got = {r["date_text"]: r["date"] for r in dates(text, date="2026-05-06")}
    assert got["January 22"] == "2026-01-22"
    # a day after the year's own date keeps that year ("in April 2025 ... on May 3")
    text2 = "Gov. Ann Roe signed the act in April 2025. On May 3, the attorney general used it.\n"
    assert {r["date_text"]: r["date"] for r in dates(text2, date="2026-05-06")}["May 3"] == "2025-05-03"


def test_a_posting_line_with_a_time_dates_the_document():
    from analysis.corpus import byline_date
    assert str(byline_date("County Sheriff's Office\nOctober 22, 2026 at 4:05 PM \u00b7\n\nText.")) == "2026-10-22"


def test_the_end_of_a_term_to_come_is_the_next_such_day():
    # BASE is February 12: "through Sept. 30" of money moved to hire deputies is the coming September
    rows = dates("On Monday the board moved $50,000 to the jail to hire two deputies through Sept. 30, the end "
                 "of the fiscal year.")
    assert [(r["date_text"], r["date"]) for r in rows if r["date_text"].startswith("Sept")] == [("Sept. 30", "2026-09-30")]
    # a past act on a month-day keeps the nearest (past) year
    rows = dates("The board voted on Sept. 30 to end the contract.")
    assert [(r["date_text"], r["date"]) for r in rows] == [("Sept. 30", "2025-09-30")]


def test_a_month_in_a_supposition_about_what_is_to_come_is_the_next_one():
    # BASE is February 12, 2026: "if she won in November ..., the jail would" speaks of the coming November
    rows = dates("Even if the challenger won in November and ended the agreement, the jail would still have to "
                 "notify ICE under the 2024 law.")
    assert [(r["date_text"], r["date"]) for r in rows if "November" in r["date_text"]] == [("November", "2026-11-01")]
    # a past month stays past
    rows = dates("The sheriff won re-election in November and kept the agreement.")
    assert [(r["date_text"], r["date"]) for r in rows] == [("November", "2025-11-01")]


def test_a_span_of_months_without_a_year():
    # past: the latest such span up to the document's date (Feb 12, 2026)
    assert one("From March through September, the jail held 611 people for ICE.") == (
        "From March through September", "2025-03-01", "2025-09-30", "range")
    # the year of a date told just before it
    rows = dates("The contract was signed on Jan. 12, 2027. From February through September, the jail held 611 people.")
    assert rows[-1]["date"] == "2027-02-01" and rows[-1]["date_end"] == "2027-09-30"
    # a span over the new year
    assert one("Between November and March, deputies held 40 people.")[1:3] == ("2024-11-01", "2025-03-31")


def test_the_previous_or_following_named_month_counts_from_the_date_told():
    rows = dates("On March 16, 2026, the department froze the award, which had been obligated "
                 "the previous September but not paid.")
    assert [r["date"] for r in rows] == ["2026-03-16", "2025-09-01"]
    rows = dates("The council adopted the policy on May 4, 2025. The following March, the sheriff ended it.")
    assert rows[-1]["date"] == "2026-03-01" and rows[-1]["date_precision"] == "month"


def test_the_following_month_follows_a_month_not_a_year_named_in_between():
    rows = dates("In November 2026, the attorney general sued the city, arguing that the ordinance "
                 "violates the 2011 law. The following month, the department added the city to its list.",
                 date=dt.date(2027, 4, 2))
    assert [r["date"] for r in rows] == ["2026-11-01", "2011-01-01", "2026-12-01"]
    # with only a year before it, "the following month" is not guessed
    rows = dates("The 2011 law was challenged. The following month, the city sued.", date=dt.date(2027, 4, 2))
    assert rows[-1]["date_text"] == "The following month" and rows[-1]["date"] is None


def test_the_following_day_follows_the_event_not_a_deadline():
    rows = dates("In a letter dated February 17, 2027, the director asked the sheriff to assign four deputies "
                 "by March 31, 2027. The following day, ICE issued a statement.", date=dt.date(2027, 4, 6))
    assert rows[-1]["date"] == "2027-02-18"
    # without the deadline the latest date is the anchor
    rows = dates("The board voted on March 31, 2027. The following day, ICE issued a statement.",
                 date=dt.date(2027, 4, 6))
    assert rows[-1]["date"] == "2027-04-01"


@pytest.mark.parametrize("text, expected", [
    ("The agreement still needs a signature, which he said he expected by June.", "2026-06-01"),
    ("A motion to delay the vote until September died without a second.", "2026-09-01"),
    ("The board postponed the hearing to October.", "2026-10-01"),
    ("The board voted in June.", "2025-06-01"),                 # no awaiting: the past June
])
def test_a_month_awaited_is_the_next_one(text, expected):
    assert one(text)[1] == expected


@pytest.mark.parametrize("text, expected", [
    ("A 2024 state law bars cities from adopting such policies.", ("2024", "2024-01-01", None, "year")),
    ("Under an 2019 agreement, deputies screen inmates.", ("2019", "2019-01-01", None, "year")),
])
def test_a_year_after_an_article_dates_the_noun(text, expected):
    assert one(text) == expected


def test_a_count_after_an_article_is_no_year():
    assert dates("Agents dropped a 2000-pound crate at the dock.") == []
    assert dates("The jail booked a 2025 people last year.")[0]["date_text"] == "last year"


def test_that_month_is_in_the_year_last_told():
    rows = dates("In July 2025, the jail held a man for ICE. He sued the county that September.")
    assert [(r["date_text"], r["date"]) for r in rows] == [("July 2025", "2025-07-01"), ("that September", "2025-09-01")]
    rows = dates("In 2019 the county voted, and that same March the sheriff signed the agreement.")
    assert ("that same March", "2019-03-01") in [(r["date_text"], r["date"]) for r in rows]
    # "said that September was ..." is no anaphor
    assert "that September" not in [r["date_text"] for r in dates("He said that September was the worst month.")]


def test_a_month_not_expected_before_is_ahead():
    rows = dates("Lawyers said they did not expect a ruling before August.", date=dt.date(2027, 5, 12))
    assert [(r["date_text"], r["date"]) for r in rows] == [("August", "2027-08-01")]


@pytest.mark.parametrize("line", ["\u2022 2008 \u2014 The sheriff signs a 287(g) agreement with ICE.",
                                  "2008: The sheriff signs a 287(g) agreement with ICE.",
                                  "- 2008 - The sheriff signs a 287(g) agreement with ICE."])
def test_a_timeline_entry_year(line):
    rows = dates("Here is how the county got here.\n\n" + line + "\n")
    assert ("2008", "2008-01-01", "year") in [(r["date_text"], r["date"], r["date_precision"]) for r in rows]
    # a count is no year
    assert dates("Here is the count.\n\n2008 people signed the petition.\n") == []


def test_a_deadline_lends_no_year_to_the_next_date():
    text = ("On Jan. 26, lawmakers passed a bill that requires every sheriff to apply by Jan. 1, 2028. "
            "On Feb. 9, the Pentagon ordered soldiers into federal service.")
    got = {r["date_text"]: r["date"] for r in dates(text, date=dt.date(2027, 3, 8))}
    assert got["Feb. 9"] == "2027-02-09" and got["Jan. 1, 2028"] == "2028-01-01"


def test_a_term_through_a_weekday_is_ahead():
    base = dt.date(2027, 11, 3)     # a Wednesday
    ahead = dates("He had directed the Highway Patrol to help ICE with traffic control through Friday.", date=base)
    assert [(r["date_text"], r["date"]) for r in ahead] == [("Friday", "2027-11-05")]
    past = dates("The operation ran through Friday, the sheriff said.", date=base)
    assert [(r["date_text"], r["date"]) for r in past] == [("Friday", "2027-10-29")]


def test_a_deadline_by_a_weekday_is_ahead():
    base = dt.date(2027, 10, 22)    # a Friday
    ahead = dates("A federal judge on Friday ordered the government to answer the motion by Tuesday.", date=base)
    assert ("Tuesday", "2027-10-26") in [(r["date_text"], r["date"]) for r in ahead]
    past = dates("The crews had cleared the site by Tuesday, the sheriff said.", date=base)
    assert [(r["date_text"], r["date"]) for r in past] == [("Tuesday", "2027-10-19")]


def test_holidays():
    base = dt.date(2026, 12, 30)
    got = pairs(
        "Deputies worked through Christmas Eve. The sheriff will present the plan by Labor Day. "
        "On Thanksgiving 2025, agents arrested four men. Memorial Day 2026 was quiet.", date=base)
    assert got == [("Christmas Eve", "2026-12-24"), ("Labor Day", "2027-09-06"),
                   ("Thanksgiving 2025", "2025-11-27"), ("Memorial Day 2026", "2026-05-25")]
    # a holiday named as a kind of thing is no date
    assert dates("A Christmas tree stood in the lobby next to the Thanksgiving food drive.", date=base) == []


def test_a_state_since_a_date_lends_no_year_and_an_email_of_february_is_last_february():
    text = ("Ines Parra has been mayor since January 2025. On Feb. 3, agents arrested 11 workers.\n\n"
            "Ines Parra said little.\n\nBut in a Feb. 7 email, an ICE supervisor asked for two units.")
    got = {r["date_text"]: r["date"] for r in dates(text, dt.date(2027, 8, 22))}
    assert got["Feb. 3"] == "2027-02-03"
    assert got["Feb. 7"] == "2027-02-07"


def test_the_next_morning_is_the_day_after_the_date_told():
    text = "In one email, dated Nov. 14, 2026, a lieutenant moved a release to 6 a.m. the next morning."
    got = {r["date_text"]: (r["date"], r["date_precision"]) for r in dates(text, dt.date(2027, 8, 22))}
    assert got["the next morning"] == ("2026-11-15", "day")


def test_a_clock_time_after_a_day_without_a_year():
    # a newsletter's list: "Saturday, March 20, 10 a.m." is March 20 (the time is no year); "March 20, 2027" is full
    rows = dates("Upcoming:\n- Workshop: Saturday, March 20, 10 a.m., Stephens-Lee Center\n"
                 "- Council: Tuesday, March 23, 5:30 p.m.\n", date=dt.date(2027, 3, 12))
    assert [(r["date_text"], r["date"]) for r in rows] == [("Saturday, March 20", "2027-03-20"),
                                                          ("Tuesday, March 23", "2027-03-23")]


TOWN_HALL = """EDITED TRANSCRIPT: COMMUNITY TOWN HALL

Held: Tuesday, March 9, 2027, 6:30 p.m., Historic Court House
Posted: March 12, 2027

MODERATOR: Our first question is about the jail.

SHERIFF HALE: Yesterday I filed a resolution for the March 16 agenda. And last Thursday ICE sent the city a letter.
"""


def test_a_transcripts_relative_dates_count_from_the_meeting_not_the_posting():
    rows = {r["date_text"]: r["date"] for r in dates(TOWN_HALL, date=dt.date(2027, 3, 12))}
    assert rows["Yesterday"] == "2027-03-08" and rows["last Thursday"] == "2027-03-04", rows


def test_a_held_line_without_speakers_changes_nothing():
    # a story that says when a meeting was held is no transcript: "yesterday" counts from the story's date
    text = "Held: Tuesday, March 9, 2027\n\nThe council met. Yesterday the mayor signed the order.\n"
    rows = {r["date_text"]: r["date"] for r in dates(text, date=dt.date(2027, 3, 12))}
    assert rows["Yesterday"] == "2027-03-11", rows


def test_entries_under_a_whats_next_heading_are_days_to_come():
    # a chronology's "Sept. 30: ..." entry is the latest such day up to the text; under "WHAT'S NEXT" it is ahead
    ahead = dates("WHAT'S NEXT\n1. Sept. 30: Deadline to apply for grants.\n2. Oct. 4: The board reviews it.\n",
                  date=dt.date(2027, 9, 21))
    assert [r["date"] for r in ahead] == ["2027-09-30", "2027-10-04"]
    past = dates("TIMELINE\nSept. 30: The council votes.\n", date=dt.date(2027, 9, 21))
    assert [r["date"] for r in past] == ["2026-09-30"]


def test_a_month_after_a_day_of_another_year_keeps_its_year():
    text = ("Officers stopped him on October 3, 2025. The jail turned him over to ICE on October 10, 2025. "
            "He was freed on bond in November.")
    got = {r["date_text"]: r["date"] for r in dates(text, date=dt.date(2027, 6, 10))}
    assert got["November"] == "2025-11-01", got
    # after a month of another year, a bare month is the story's own
    text = "Union County signed a transport agreement in March 2026. The sheriff announced in June that it ends."
    got = {r["date_text"]: r["date"] for r in dates(text, date=dt.date(2027, 9, 20))}
    assert got["June"] == "2027-06-01", got


def test_a_short_line_of_its_own_heads_the_entries_below_it():
    # "What's next" is not marked a heading by the segmenter; as a short line of its own it still dates its list ahead
    got = dates("Wake County ended its agreement that December.\n\nWhat's next\n\n1. Nov. 13 \u2014 The canvass "
                "certifies the results.\n2. Dec. 7 \u2014 Swearing-in.\n", date=dt.date(2026, 11, 3))
    assert {r["date_text"]: r["date"] for r in got}["Nov. 13"] == "2026-11-13"


def test_a_date_of_another_year_naming_a_thing_lends_no_year():
    text = ("Police, pointing to a February 2025 order from the city manager, turned down the agency's request "
            "to close two blocks on May 25.")
    got = {r["date_text"]: r["date"] for r in dates(text, date=dt.date(2027, 6, 10))}
    assert got["May 25"] == "2027-05-25", got
    text = "This memo replaces my guidance of March 3, 2025. Please share it with your chief by September 22."
    got = {r["date_text"]: r["date"] for r in dates(text, date=dt.date(2027, 9, 15))}
    assert got["September 22"] == "2027-09-22", got
    # a day of another year told as the story's time still lends it
    text = "On May 4, 2025, the board met. On May 20 it voted."
    got = {r["date_text"]: r["date"] for r in dates(text, date=dt.date(2027, 6, 10))}
    assert got["May 20"] == "2025-05-20", got


def test_the_date_of_an_agenda_is_not_forced_into_the_past():
    text = "On Wednesday she placed on the Oct. 4 City Commission agenda an ordinance barring ICE from city parks."
    got = {r["date_text"]: r["date"] for r in dates(text, date=dt.date(2027, 9, 16))}
    assert got["Oct. 4"] == "2027-10-04", got
    # an e-mail's date in a story told in the past is still a past one
    got = {r["date_text"]: r["date"] for r in dates("But in a Feb. 7 email, an ICE supervisor asked a police "
                                                     "lieutenant for two units to hold the perimeter.",
                                                     date=dt.date(2027, 1, 20))}
    assert got["Feb. 7"] == "2026-02-07", got


@pytest.mark.parametrize("text, expected", [
    ("The mayor intends to sign it Thursday, her chief of staff said.", "2027-09-23"),
    ("The bill has a sponsor. It won't get a hearing until January.", "2028-01-01"),
])
def test_an_intention_or_a_wont_looks_ahead(text, expected):
    rows = dates(text, date=dt.date(2027, 9, 21))
    assert rows[-1]["date"] == expected, rows


def test_a_numbered_order_is_no_date():
    rows = dates("Subject: General Order 26-09, immigration requests. Resolution No. 24-117 passed.",
                 date=dt.date(2026, 10, 14))
    assert not any(r["date_text"] in ("26-09", "24-117") for r in rows), rows


def test_an_entrys_own_date_line_dates_its_relative_days():
    text = ("UPDATE 3 | March 19, 2027\nThe county on Tuesday filed a brief.\n\n"
            "UPDATE 1 | January 22, 2027\nThe state on Monday asked the court to dismiss.\n")
    got = pairs(text, date=dt.date(2027, 3, 19))
    assert ("Tuesday", "2027-03-16") in got and ("Monday", "2027-01-18") in got, got


def test_a_later_text_appended_below_a_separator_counts_from_its_own_date():
    text = ("The mayors wrote to the secretary on Monday.\n\n---\n\nNEWS BRIEF | Capitol Wire Service | September 17, "
            "2027\n\nOn Thursday, a DHS spokesperson answered.\n")
    got = pairs(text, date=dt.date(2027, 9, 14))
    assert ("Thursday", "2027-09-16") in got, got
    # an earlier letter quoted below a separator does not move the story's own days
    text = ("The chief wrote to the council.\n\n---\n\nMarch 10, 2027\n\nDear council members,\n\nOn Thursday the "
            "council met.\n")
    got = pairs(text, date=dt.date(2027, 3, 14))
    assert ("Thursday", "2027-03-11") in got, got


def test_a_clipping_attached_below_a_text_counts_from_its_own_date():
    lines = ["CITY ETHICS BOARD", "ADVISORY OPINION NO. 2026-03", "Issued: April 9, 2026", ""] + [
        f"{i}. The board found a fact." for i in range(1, 9)] + [
        "", "ATTACHED TO THE PUBLIC FILE: Three Rivers Courier, April 15, 2026", "",
        "County won't follow city's ruling", "", "The county executive said on Tuesday that the jail will keep "
        "sending notices."]
    got = pairs("\n".join(lines), date=dt.date(2026, 4, 9))
    assert ("Tuesday", "2026-04-14") in got, got


def test_an_appended_story_with_a_wire_name_headline_and_byline_above_its_dateline():
    text = ("I return the bill without my signature.\n\n---\n\nSTATE CAPITOL WIRE\nOverride bid begins as sheriffs split "
            "on the vetoed bill\nBy A. Reporter\nCARSON CITY \u2014 Wednesday, May 26, 2027\n\nThe sponsor moved Tuesday "
            "to override the veto.\n")
    got = pairs(text, date=dt.date(2027, 5, 21))
    assert ("Tuesday", "2027-05-25") in got, got


def test_a_day_between_the_date_last_written_and_the_documents_own_takes_that_year():
    text = ("The amendment passed 9-4 on March 3, 2027. Twelve states sued the department over the grant conditions "
            "on September 15. On October 1 a federal judge blocked them.")
    got = pairs(text, date=dt.date(2027, 10, 14))
    assert ("September 15", "2027-09-15") in got and ("October 1", "2027-10-01") in got, got
    # a story told in December: "On December 20, 2026 ... on January 5" still crosses into the next year
    got = pairs("The board voted on December 20, 2026. The sheriff answered "
                                                      "on January 5.", date=dt.date(2027, 2, 1))
    assert ("January 5", "2027-01-05") in got, got


def test_a_done_act_described_by_a_participle_in_a_sentence_about_the_future_is_past():
    text = ("The county will pay $640,000 to five former inmates under a settlement a federal judge approved on "
            "Tuesday.")
    got = pairs(text, date=dt.date(2027, 9, 16))
    assert ("Tuesday", "2027-09-14") in got, got
    # what is still to come stays ahead: "a hearing scheduled for Tuesday"
    got = pairs("The county will argue at a hearing scheduled for Tuesday.",
                                                      date=dt.date(2027, 9, 16))
    assert ("Tuesday", "2027-09-21") in got, got


def test_a_month_day_on_a_participle_in_a_sentence_about_the_future_lies_ahead():
    # "on Oct. 1" may hang on "charged" in the parse; the sentence says what will begin then
    text = ("Sheriff Ada Kwan said Wednesday that her jail will begin telling ICE the release dates of inmates "
            "charged with violent felonies on Oct. 1.")
    got = pairs(text, date=dt.date(2026, 9, 24))
    assert ("Oct. 1", "2026-10-01") in got, got
    # a done act keeps its past: "a settlement a judge approved on March 3", told in April
    got = pairs("The county will pay under a settlement approved on March 3.",
                                                      date=dt.date(2027, 4, 20))
    assert ("March 3", "2027-03-03") in got, got


def test_what_will_happen_on_a_day_comes_after_the_text_whatever_year_was_written_last():
    text = ("In March 2025 we signed a 287(g) jail agreement with ICE. Starting February 1, our jail will also "
            "notify ICE two days before it releases anyone named in a detainer.")
    got = pairs(text, date=dt.date(2027, 1, 20))
    assert ("February 1", "2027-02-01") in got, got


@pytest.mark.parametrize("text,expected", [
    ("2. PROPOSALS OPENED JULY 28, 2027", ("JULY 28, 2027", "2027-07-28")),
    ("VII. CHANGES TO GENERAL ORDER 235.07 (EFFECTIVE JUNE 1, 2027)", ("JUNE 1, 2027", "2027-06-01")),
    ("[FR Doc. 2028-20117 Filed 9-14-28; 8:45 am]", ("9-14-28", "2028-09-14")),
])
def test_explicit_dates_in_capitals_and_the_federal_registers_filing_line(text, expected):
    got = pairs(text, date=dt.date(2028, 9, 15))
    assert expected in got, got


def test_a_dashed_number_is_no_date_without_its_filing_word():
    got = pairs("Ordinance 9-14-28 was read twice.", date=dt.date(2028, 9, 15))
    assert not any(d == "2028-09-14" for _t, d in got), got


@pytest.mark.parametrize("text", [
    "WHEREAS, since at least 2018 the Sheriff's Office has let ICE officers walk into the jail's booking area; and",
    "WHEREAS, as far back as 2018 the jail has given ICE officers its inmate rosters; and",
])
def test_a_year_after_at_least_or_as_far_back_as_is_a_year(text):
    assert ("2018", "2018-01-01") in pairs(text)


def test_a_brief_attached_below_a_label_line_counts_from_its_own_date():
    text = ("SPECIAL ORDER 2027-14\nDate of Issue: August 3, 2027\n\n1. Troopers shall not hold anyone on a detainer.\n\n"
            "2. Members shall log every ICE request.\n\n3. The Commissioner will publish the logs.\n\n4. Nothing here "
            "limits criminal warrants.\n\n5. This order supersedes General Order 2019-07.\n\n"
            "ATTACHMENT: NEWS BRIEF\nCapital Wire Service, August 5, 2027\n\nThe troopers' union condemned the order on "
            "Wednesday.\n")
    got = pairs(text, date=dt.date(2027, 8, 3))
    assert ("Wednesday", "2027-08-04") in got, got


def test_a_deadline_in_a_sentence_about_what_will_happen_lies_ahead():
    text = ("Attorney General Lena Moss said Thursday he will withhold tax-reduction funds from any county whose sheriff "
            "has not applied by Dec. 28.")
    got = pairs(text, date=dt.date(2027, 4, 9))
    assert ("Dec. 28", "2027-12-28") in got, got


def test_a_chronologys_bare_weekday_entry_follows_the_entry_before_it():
    text = ("(a) Tuesday, April 6, 2027, about 5:40 a.m.: ICE officers began arresting people at two apartment "
            "complexes.\n\n(b) Wednesday: According to witnesses, agents stopped cars near the transit center.\n")
    got = pairs(text, date=dt.date(2027, 4, 15))
    assert ("Wednesday", "2027-04-07") in got, got


def test_the_next_day_does_not_follow_a_date_that_names_a_thing():
    text = ("The council adopted the resolution unanimously.\n\nBE IT FURTHER RESOLVED that the City Attorney shall seek "
            "all records of its March 9 operation.\n\nThe mayor signed the resolution the next day.\n")
    got = pairs(text, date=dt.date(2027, 5, 12))
    assert ("the next day", "2027-03-10") not in got, got


def test_a_thing_named_by_its_date_that_frames_the_sentence_anchors_days_later():
    text = ("On Monday, the city attorney filed a records request with ICE.\n\nIn a May 10 statement, the mayor called "
            "the subpoena a fishing expedition.\n\nTwo days later an ICE spokesperson answered her online.\n")
    got = pairs(text, date=dt.date(2027, 5, 19))
    assert ("Two days later", "2027-05-12") in got, got


def test_a_length_of_time_is_no_date():
    text = "Either party may end this agreement upon ninety (90) days' written notice to the other party."
    assert pairs(text, date=dt.date(2027, 5, 12)) == []


def test_an_appended_brief_below_spaced_asterisks_counts_from_its_own_date():
    text = ("EXECUTIVE ORDER 2027-3\nApril 12, 2027\n\nSection 1. City buildings are closed to agents without a "
            "warrant.\n\nSection 2. Staff shall log requests.\n\nSection 3. This order takes effect today.\n\n"
            "Section 4. Nothing here limits criminal warrants.\n\n* * *\n\nRIVERFRONT DISPATCH | BRIEF\n"
            "Friday, April 16, 2027\n\nThe court clerk posted a notice on Thursday.\n")
    got = pairs(text, date=dt.date(2027, 4, 12))
    assert ("Thursday", "2027-04-15") in got, got


@pytest.mark.parametrize("text, expected", [
    ("The ordinance was rescinded on a 2-1 vote of the County Commission on April 22.\n\nThe sheriff said the day "
     "after the vote that her office had resumed honoring detainers.", ("the day after the vote", "2026-04-23")),
    ("On Oct. 5 the City Council voted 7-2 to forbid police to hold anyone for ICE.\n\nFour days after the vote, "
     "DHS put the city on its list.", ("Four days after the vote", "2026-10-09")),
    ("On February 11, Judge Ana Porras-Kell threw out two of the three counts.\n\nTwo days after the ruling, the "
     "governor ordered agencies to comply.", ("Two days after the ruling", "2026-02-13")),
    ("Agents arrested 58 people during an operation that ran August 9 to August 12.\n\nTwo days after the operation "
     "ended, the field office director accused the city of obstruction.",
     ("Two days after the operation ended", "2026-08-14")),
    ("The district sent principals a revised protocol on October 26.\n\nTwo days after it went out, the Education "
     "Department wrote to the district.", ("Two days after it went out", "2026-10-28")),
])
def test_days_after_an_event_count_from_the_day_that_event_was_told(text, expected):
    assert expected in pairs(text, date=dt.date(2027, 1, 15))


def test_days_after_an_event_never_told_stay_unresolved():
    got = pairs("The council met on March 3.\n\nTwo weeks after the raid, the mayor sent ICE a records request.",
                date=dt.date(2026, 4, 1))
    assert ("Two weeks after the raid", None) in got, got


def test_the_day_before_an_event_in_apposition_counts_from_the_events_own_day():
    text = ("The Act took effect on October 1, 2027.\n\nOn September 30, the day before the Act took effect, the "
            "sheriff stopped sending booking data.")
    assert ("the day before the Act took effect", "2027-09-30") in pairs(text, date=dt.date(2027, 11, 15))


def test_a_weekday_of_that_week_is_in_the_week_of_the_day_told_last():
    text = ("On October 4, 2027, the City Commission voted to end the task force agreement.\n\nOn Thursday of that "
            "week, the field office director wrote to the city.")
    got = pairs(text, date=dt.date(2028, 3, 8))
    assert ("Thursday", "2027-10-07") in got, got


def test_a_packets_attachment_counts_from_its_own_older_date():
    text = ("CITY OF SEATTLE\nOffice of the City Clerk\n\nCommittee Packet, Item 4\nDistributed: February 14, 2028\n\n"
            "ATTACHMENT A\n\nCITY OF SEATTLE\nOffice of the Mayor\n\nFebruary 8, 2028\n\nDear Director:\n\nThe City "
            "declines to certify.\n\nATTACHMENT B\n\nPIERCE COUNTY\nOffice of the County Executive\n\nMEMORANDUM\n"
            "Date: February 3, 2028\nTo: County Council\n\nOn Tuesday I signed the certification. The jail sent its "
            "first notice the following day.\n")
    got = pairs(text, date=dt.date(2028, 2, 14))
    assert ("Tuesday", "2028-02-01") in got, got
    assert ("the following day", "2028-02-02") in got, got


def test_a_journals_day_heading_dates_the_relative_days_below_it():
    text = ("JOURNAL OF THE SENATE\n\nTUESDAY, FEBRUARY 23, 2027\nTWENTY-SECOND LEGISLATIVE DAY\n\nThe bill was read the "
            "third time.\n\nTHURSDAY, MARCH 18, 2027\nTHIRTY-FIRST LEGISLATIVE DAY\n\nThe following message was "
            "received from the House:\n\nMr. President: On Tuesday the House agreed to the Senate substitute.\n")
    got = pairs(text, date=dt.date(2027, 3, 30))
    assert ("Tuesday", "2027-03-16") in got, got


def test_a_records_note_counts_the_following_day_from_the_records_own_day():
    text = ("COUNTY BOARD OF SUPERVISORS\nRegular Meeting\n\nThe motion to approve the agreement carried 5 to 2.\n\n"
            "The board recessed.\n\nThe chair thanked the staff.\n\nThe clerk read the next item.\n\nCLERK'S NOTE: "
            "The following day, the mayor directed the police department to decline any ICE request for help.\n")
    got = pairs(text, date=dt.date(2028, 3, 14))
    assert ("The following day", "2028-03-15") in got, got


def test_the_following_day_outside_a_note_with_nothing_told_before_stays_unresolved():
    text = ("COUNTY BOARD OF SUPERVISORS\nRegular Meeting\n\nThe motion to approve the agreement carried 5 to 2.\n\n"
            "The board recessed.\n\nThe chair thanked the staff.\n\nThe clerk read the next item.\n\n"
            "The following day, the mayor directed the police department to decline any ICE request for help.\n")
    got = pairs(text, date=dt.date(2028, 3, 14))
    assert ("The following day", None) in got, got


def test_a_sections_dated_heading_anchors_the_following_day_below_it():
    text = ("TRANSMITTAL\n\nIV. CITY OF GRAND FORKS RESOLUTION NO. 2027-58 (adopted April 13, 2027, excerpt)\n\nBE IT RESOLVED that "
            "the police department shall not hold any person on an ICE detainer;\n\nBE IT FURTHER RESOLVED that no "
            "arrest shall be made in a city library;\n\nBE IT FURTHER RESOLVED that the City Attorney shall seek ICE's "
            "records;\n\nThe mayor signed the resolution the next day.\n")
    got = pairs(text, date=dt.date(2027, 5, 12))
    assert ("the next day", "2027-04-14") in got, got


def test_a_month_of_last_year_is_that_month_of_the_year_before():
    got = pairs("In August of last year, the board adopted Policy 4-240.", date=dt.date(2028, 10, 20))
    assert ("August of last year", "2027-08-01") in got, got


def test_a_letter_reproduced_in_a_record_counts_its_days_from_its_own_date_until_the_text_goes_on():
    text = ("OFFICE OF REPRESENTATIVE A\n\nCORRESPONDENCE RECORD\nReleased: Wednesday, March 8, 2028\n\n"
            "Both letters are reproduced in full.\n\n----------\n\nU.S. Immigration and Customs Enforcement\n"
            "Washington, DC 20536\n\nMarch 2, 2028\n\nDear Representative A:\n\nOn Tuesday, our field office wrote "
            "to the City of Tucson asking it to honor ICE detainers.\n\nSincerely,\n\nB. Carrow-Lind\n"
            "Assistant Director\n\nIn a statement on Monday, the mayor of Tucson said the city would not change "
            "its policy on detainers.\n")
    got = pairs(text, date=dt.date(2028, 3, 8))
    assert ("Tuesday", "2028-02-29") in got, got       # the letter's Tuesday (2028 is a leap year)
    assert ("Monday", "2028-03-06") in got, got        # the text's own time again after the letter


def test_a_tables_quarter_of_two_months_is_a_range():
    got = [(r["date_text"], r["date"], r["date_end"], r["date_precision"]) for r in dates("Jul-Sep 2026 | 2,317 | 915")]
    assert ("Jul-Sep 2026", "2026-07-01", "2026-09-30", "range") in got, got


def test_a_clerks_note_inside_a_paragraph_counts_from_the_records_day():
    text = ("AIRPORT COMMISSION\nMinutes\n\nThe Commission voted 5-0 to file a records request with ICE for the flight "
            "manifests. [Clerk's note: the Clerk filed the request the following day.]\n")
    got = pairs(text, date=dt.date(2028, 4, 12))
    assert ("the following day", "2028-04-13") in got, got


def test_days_before_the_vote_count_from_the_day_the_council_adopted_it():
    text = ("On February 14, the City Council adopted Administrative Policy 7.40, which bars officers from holding "
            "anyone for ICE.\n\nThe union objects.\n\nThe draft was posted four days before the vote.")
    got = pairs(text, date=dt.date(2028, 2, 22))
    assert ("four days before the vote", "2028-02-10") in got, got


def test_a_deadline_demanded_in_the_past_is_not_moved_to_next_year():
    text = ('On April 4, a DHS spokesperson called the rule "a sanctuary policy." It also demanded that the Office '
            'of Court Administration withdraw the rule by May 1.')
    got = pairs(text, date=dt.date(2028, 5, 18))
    assert ("May 1", "2028-05-01") in got, got


def test_a_rules_minimum_interval_is_no_date_and_anchors_nothing():
    text = ("On September 12, 2028, the Director signed a memorandum of agreement with ICE. Under the agreement, the "
            "Department notifies ICE at least 30 days before it releases any inmate.\n\nThe following day, the "
            "Department opened an ICE office inside the prison.")
    got = pairs(text, date=dt.date(2028, 9, 19))
    assert ("The following day", "2028-09-13") in got, got
    assert not any(t.startswith("30 days before") for t, _ in got), got


def test_a_responses_own_dated_heading_anchors_its_weekdays():
    text = ("SAN JOAQUIN COUNTY CIVIL GRAND JURY\nFinal Report No. 4\n\nFiled: June 9, 2028\n\nFINDINGS\n\nF1. The jail "
            "notifies ICE of releases.\n\nRESPONSE OF THE BOARD OF SUPERVISORS\nDated: September 8, 2028\n\nThe Board "
            "received the Sheriff's response last month.\nR3: On Tuesday the Board voted 3-2 to require quarterly "
            "counts.\n")
    got = pairs(text, date=dt.date(2028, 6, 9))
    assert ("Tuesday", "2028-09-05") in got, got
    assert ("last month", "2028-08-01") in got, got


def test_a_reply_demanding_a_date_to_come_follows_the_notice_not_a_later_ending():
    text = ("On November 8, 2027, Sheriff Ambrose Kell-Ibarra gave ICE written notice that Polk County would leave the "
            "287(g) program, and the agreement ended on January 7, 2028. ICE's field office replied the following "
            "day, demanding that the sheriff reverse the decision by December 10, 2027.")
    got = pairs(text, date=dt.date(2028, 2, 17))
    assert ("the following day", "2027-11-09") in got, got


def test_the_following_day_after_the_latest_date_when_no_deadline_says_otherwise():
    text = ("On November 8, 2027, the sheriff gave notice, and the agreement ended on January 7, 2028. ICE replied the "
            "following day.")
    got = pairs(text, date=dt.date(2028, 2, 17))
    assert ("the following day", "2028-01-08") in got, got


def test_a_dated_part_ends_at_the_next_part_heading():
    text = ("CITY OF RALEIGH\nOFFICE OF THE CITY CLERK\n\nRECORD OF MAYORAL VETO AND COUNCIL ACTION\nFile No. VT-2028-01\n\n"
            "PART A. VETO MESSAGE OF THE MAYOR\n\nDated: March 3, 2028\n\nI return the ordinance without my approval.\n\n"
            "PART B. CLERK'S RECORD OF COUNCIL ACTION\n\nThe City Attorney's office filed a records request with ICE on "
            "March 10.\n\nOn Tuesday, DHS announced that ICE will send two more teams to Raleigh.\n")
    got = pairs(text, date=dt.date(2028, 3, 15))
    assert ("March 10", "2028-03-10") in got, got
    assert ("Tuesday", "2028-03-14") in got, got


def test_a_docket_entrys_weekday_counts_from_the_entrys_date():
    text = ("CIVIL DOCKET FOR CASE #: 5:27-cv-01382\n\n02/24/2028   25    NOTICE by City of Ithaca attaching a DHS press "
            "statement issued on Wednesday.\n")
    got = pairs(text, date=dt.date(2028, 3, 21))
    assert ("Wednesday", "2028-02-23") in got, got


def test_a_month_day_followed_by_a_count_is_a_date():
    text = ("ICE paid the second invoice on January 19, 49 days after receipt. The Treasurer sent ICE a demand for "
            "interest the following day.")
    got = pairs(text, date=dt.date(2028, 2, 10))
    assert ("January 19", "2028-01-19") in got and ("the following day", "2028-01-20") in got, got


def test_the_following_weekday_is_the_first_after_the_day_told_last():
    got = pairs("On August 12, ICE arrested 14 people. The following Monday, the council adopted a resolution.",
                date=dt.date(2028, 1, 10))
    assert ("The following Monday", "2027-08-16") in got, got
    got = pairs("The hearing was held on January 18, 2028. He answered the written questions the following Tuesday.",
                date=dt.date(2028, 2, 9))
    assert ("the following Tuesday", "2028-01-25") in got, got


def test_days_told_after_an_opinions_date_stay_in_its_year():
    text = ("Decided: August 9, 2028\n\nThe judgment is reversed.\n\nNOTE\n\nOn August 10, 2028, the sheriff directed "
            "staff to stop holding anyone on a detainer. On August 11, a DHS spokesperson called the ruling a gift to "
            "criminals. A state senator said on August 16 that he will introduce a bill.")
    got = pairs(text, date=dt.date(2028, 8, 9))
    assert ("August 11", "2028-08-11") in got and ("August 16", "2028-08-16") in got, got


def test_a_bare_later_month_day_in_a_story_is_still_last_year():
    got = pairs("In a story of March: On October 4, the board voted to end the agreement.", date=dt.date(2028, 3, 1))
    assert ("October 4", "2027-10-04") in got, got


def test_each_email_of_a_chain_counts_from_when_it_was_sent():
    text = ("COUNTY SHERIFF'S OFFICE\nResponse to Data Request No. 42\nDate released: February 22, 2028\n\n"
            "From: Quillfeather, Odo (ICE ERO)\nSent: Tuesday, January 18, 2028 8:42 AM\nTo: Brask, Ilse (Jail "
            "Commander)\nSubject: Detainer\n\nCommander Brask,\n\nPlease confirm by 4:00 p.m. on Thursday that you "
            "will notify this office before his release. He was booked on Saturday.\n\n----------\n"
            "From: Brask, Ilse (Jail Commander)\nSent: Monday, January 24, 2028 11:30 AM\nTo: Quillfeather, Odo\n"
            "Subject: RE: Detainer\n\nAfter meeting with the County Attorney on Friday, I have decided. Please reply "
            "by 9:00 a.m. tomorrow.\n")
    got = pairs(text, date=dt.date(2028, 2, 22))
    for pair in (("Thursday", "2028-01-20"), ("Saturday", "2028-01-15"), ("Friday", "2028-01-21"),
                 ("tomorrow", "2028-01-25")):
        assert pair in got, got


def test_the_following_weekday_after_a_span_of_days_is_the_first_after_its_end():
    got = pairs("WHEREAS, from November 8 to 12, 2027, ICE officers carried out an operation in Cedar Rapids; and\n\n"
                "WHEREAS, on the following Tuesday this Board adopted a statement condemning the arrests; and",
                date=dt.date(2028, 2, 15))
    assert ("the following Tuesday", "2027-11-16") in got, got


def test_the_day_after_a_span_of_days_follows_its_last_day():
    got = pairs("Between October 4 and 14, 2027, ICE conducted an operation in the Chicago area. The following day, an "
                "assistant secretary called the city's leaders reckless.", date=dt.date(2027, 11, 29))
    assert ("The following day", "2027-10-15") in got, got


def test_the_day_after_an_operation_told_in_its_own_clause_follows_the_operation():
    text = ("On Monday, the City Council voted 6-1. The vote followed the August 24 operation in which HSI agents "
            "arrested 19 workers. The mayor said the following day that the arrests were a betrayal.")
    got = pairs(text, date=dt.date(2027, 9, 14))
    assert ("the following day", "2027-08-25") in got, got


def test_a_table_header_of_years_is_three_years():
    got = pairs("5. What do the numbers show?\n\n| Measure | 2024 | 2025 | 2026 |\n|---|---|---|---|\n"
                "| Detainers received | 188 | 241 | 226 |\n", date=dt.date(2027, 9, 13))
    assert {("2024", "2024-01-01"), ("2025", "2025-01-01"), ("2026", "2026-01-01")} <= set(got), got


def test_a_month_a_voted_publication_starts_in_is_to_come():
    text = ("On Monday, the Board voted 4-1 to publish the Sheriff's quarterly 287(g) figures on the county website "
            "starting in April.")
    got = pairs(text, date=dt.date(2028, 1, 28))
    assert ("April", "2028-04-01") in got, got


def test_a_month_an_agreement_was_renewed_in_is_past():
    text = ("On September 2, the director wrote to your Department.\n\nLancaster County commissioners renewed the "
            "agreement to hold ICE detainees in May.")
    got = pairs(text, date=dt.date(2027, 9, 22))
    assert ("May", "2027-05-01") in got, got


def test_a_numbered_section_of_a_dated_part_keeps_its_time():
    body = ("COUNTY EXECUTIVE\nVETO MESSAGE\nOctober 27, 2027\n\nI return the ordinance unsigned.\n\n* * *\n\n"
            "CLERK OF COUNCIL\nRECORD OF ACTION ON VETO\nDated: November 12, 2027\n\n1. VOTE\n\nOn November 8, 2027, "
            "Council voted 8-3 to override the veto.\n\n2. STATEMENTS ENTERED INTO THE RECORD\n\nOn Wednesday, ICE's "
            "field office sent the County Executive a letter.\n")
    got = pairs(body, date=dt.date(2027, 10, 27))
    assert ("Wednesday", "2027-11-10") in got, got


def test_the_next_day_counts_from_a_signing_not_from_the_day_the_signed_rule_takes_effect():
    text = ("On Tuesday, the County Manager signed an amended regulation covering contracted staff, effective April 1, "
            "2028.\n\nThe next day, a DHS official warned in a letter that the agency would cancel the award.")
    got = pairs(text, date=dt.date(2028, 3, 10))
    assert ("The next day", "2028-03-08") in got, got


def test_the_following_day_still_counts_from_a_day_something_took_effect_when_nothing_was_signed():
    text = "The rule took effect on April 1, 2028. ICE protested the following day."
    got = pairs(text, date=dt.date(2028, 5, 10))
    assert ("the following day", "2028-04-02") in got, got


def test_a_voter_guide_rebuttal_counts_its_weekday_from_its_own_filed_line():
    text = ("OFFICIAL VOTER INFORMATION GUIDE\nMeasure K\n\nIMPARTIAL ANALYSIS\n\nThe measure would require the sheriff to "
            "honor detainers.\n\nREBUTTAL TO ARGUMENT AGAINST MEASURE K\n(Filed August 25, 2028)\nOn Monday, the Lodi "
            "Police Department signed a task force agreement with ICE. Vote YES.\n")
    got = pairs(text, date=dt.date(2028, 9, 15))
    assert ("Monday", "2028-08-21") in got, got


def test_the_following_day_counts_from_the_day_of_arrests_a_finding_tells_it_during():
    text = ("3.1 Police. The chief confirmed that officers closed two blocks at ICE's request during the March 2 "
            "arrests.\n\n3.2 Schools. The following day, the school board voted to close school buildings to agents.\n")
    got = pairs(text, date=dt.date(2028, 4, 14))
    assert ("The following day", "2028-03-03") in got, got


def test_the_next_day_still_skips_a_date_that_names_the_records_asked_for():
    text = ("On March 10, the council asked for all records of its March 2 operation. The mayor signed the request the "
            "next day.")
    got = pairs(text, date=dt.date(2028, 4, 14))
    assert ("the next day", "2028-03-11") in got, got


def test_a_deadline_a_past_letter_set_stays_in_the_letters_year():
    text = ("The clerk summarized a letter of February 18, 2028 from the ICE field office. The letter asked the County "
            "to confirm in writing by February 29 that it will keep the agreement through its current term.")
    got = pairs(text, date=dt.date(2028, 3, 2))
    assert ("February 29", "2028-02-29") in got, got


def test_a_deadline_in_a_threat_about_what_will_happen_still_lies_ahead():
    text = ("The governor said Thursday he will withhold funds from any county whose sheriff has not applied by Dec. 28.")
    got = pairs(text, date=dt.date(2028, 4, 6))
    assert ("Dec. 28", "2028-12-28") in got, got


def test_the_following_day_skips_a_look_back_in_a_modifier():
    text = ("On June 3, 2028, the county court ordered the man released. The same day, the jail held him on a federal "
            "detainer issued on May 20, 2028. The following day, the field office wrote to the jail's administrator.")
    got = pairs(text, date=dt.date(2028, 7, 1))
    assert ("The following day", "2028-06-04") in got, got


def test_the_following_day_still_follows_a_modifier_date_that_moves_the_story_on():
    text = ("On May 2, 2028, the council met. Agents then raided a plant located on the east side on May 9, 2028. "
            "The following day, the mayor condemned the raid.")
    got = pairs(text, date=dt.date(2028, 7, 1))
    assert ("The following day", "2028-05-10") in got, got


def test_a_range_after_last_month_is_in_the_texts_year():
    text = ("The sheriff signed an agreement in March 2027, and another sheriff stopped transports in January 2027. "
            "Last month the school board voted to close its buildings to agents. Between March 6 and 10, my staff met "
            "with sheriffs from every county.")
    got = pairs(text, date=dt.date(2028, 5, 12))
    assert ("Between March 6 and 10", "2028-03-06") in got, got


def test_a_weekday_a_schedule_in_the_present_names_is_ahead():
    text = "The House will vote on the override. Members return to the chamber on Tuesday, and every one must be present."
    got = pairs(text, date=dt.date(2028, 5, 12))
    assert ("Tuesday", "2028-05-16") in got, got



def test_a_post_counts_its_weekday_from_its_own_posted_line():
    text = ("WELD COUNTY\nOFFICE OF THE COUNTY ATTORNEY\n\nCOMPILED RECORD\nDate: February 3, 2028\n\n"
            "A-1. Posted January 6, 2028, by Sheriff Tamsin Okafor-Bright\n\nOn Tuesday, our jail honored ICE detainers "
            "on three inmates.\n\nA-2. Posted January 27, 2028\n\nThree more detainers were honored on Monday.\n")
    got = pairs(text, date=dt.date(2028, 2, 3))
    assert ("Tuesday", "2028-01-04") in got and ("Monday", "2028-01-24") in got, got


def test_a_month_naming_a_measure_in_force_is_past():
    text = "Longmont is a welcoming city. Our December ordinance bars city police from sharing arrest records with ICE."
    got = pairs(text, date=dt.date(2028, 2, 1))
    assert ("December", "2027-12-01") in got, got


def test_a_month_naming_a_meeting_to_come_is_still_ahead():
    text = "The superintendent said the board would review the policy at its June meeting."
    got = pairs(text, date=dt.date(2026, 3, 1))
    assert ("June", "2026-06-01") in got, got


def test_a_statements_title_line_counts_the_following_day_from_the_minutes_above():
    text = ("CITY OF DES MOINES\nMEMORANDUM\nDATE: February 10, 2028\n\nThe manager recommends withdrawal.\n\n"
            "ATTACHMENT A: EXCERPT, MINUTES OF THE REGULAR MEETING, MONDAY, FEBRUARY 28, 2028\n\n"
            "The Council voted 5-2 to withdraw.\n\nThe Council also asked for quarterly reports.\n\nA council member "
            "praised the task force.\n\nAnother member opposed the vote.\n\nThe Council rejected an amendment.\n\n"
            "ATTACHMENT B: CORRESPONDENCE RECEIVED\n\n"
            "Des Moines Police Officers' Guild, Lodge 14 (statement issued the following day)\n\n"
            "The Guild regrets the vote.\n")
    got = pairs(text, date=dt.date(2028, 2, 10))
    assert ("the following day", "2028-02-29") in got, got


def test_an_attachment_titled_on_its_first_line_counts_from_its_own_date():
    text = ("KENT COUNTY BOARD OF HEALTH\nResolution 27-09\nAdopted: October 14, 2027\n\nThe Board adopts the "
            "policy.\n\n---------------------------------------------------------------\nATTACHMENT A: STAFF MEMORANDUM\n\n"
            "TO: Kent County Board of Health\nFROM: Dr. Ottilie Brandvold-Achebe, Health Officer\nDATE: October 7, 2027\n"
            "RE: Agents at the clinic\n\nOn Monday, I directed clinic managers to release no patient record to "
            "immigration agents without a court order.\n")
    got = pairs(text, date=dt.date(2027, 10, 14))
    assert ("Monday", "2027-10-04") in got, got


def test_the_following_day_skips_a_quoted_speakers_today():
    text = ("On September 28, two ICE officers arrested a patient outside the clinic. One officer told the "
            "receptionist, \"We only need to speak with one of your patients today.\"\n\nThe following day, the field "
            "office sent the clinic a letter.")
    got = pairs(text, date=dt.date(2027, 10, 7))
    assert ("The following day", "2027-09-29") in got, got


def test_a_dated_update_note_counts_its_weekday_from_its_own_date():
    text = ("CITY OF TUCSON POLICE DEPARTMENT\nFrequently Asked Questions\nPage last updated: March 29, 2028\n\n"
            "1. Do officers ask about status?\nNo.\n\nUPDATE NOTE (March 16, 2028)\nOn March 6, 2028, DHS sent the City "
            "a letter. On Tuesday, the City Council reaffirmed its Welcoming City resolution by a 6-1 vote.\n")
    got = pairs(text, date=dt.date(2028, 3, 29))
    assert ("Tuesday", "2028-03-14") in got, got


def test_the_following_day_skips_a_day_still_to_come_when_the_text_was_written():
    text = ("On February 22, 2028, the Stearns County Board voted 4-1 not to renew its ICE bed contract when it expires "
            "on June 30, 2028. The following day, the sheriff issued a directive barring holds on detainers alone.")
    got = pairs(text, date=dt.date(2028, 3, 14))
    assert ("The following day", "2028-02-23") in got, got


def test_the_following_day_reaches_a_day_told_four_short_paragraphs_up():
    text = ("A compliance audit by ICE's St. Paul field office, released October 12, 2027, found that the jail gave "
            "late notice on nine releases.\n\nIn the cover letter, the field office director wrote that the county "
            "\"has put politics ahead of public safety.\"\n\nThe same letter praised the booking staff.\n\n"
            "The letter asked for a corrective plan within 60 days.\n\n"
            "The County Administrator acknowledged receipt the following day.")
    got = pairs(text, date=dt.date(2028, 1, 20))
    assert ("the following day", "2027-10-13") in got, got


def test_the_following_day_still_needs_a_day_near_it_past_long_paragraphs():
    long = ("The board heard from eleven speakers, most of whom asked it to end the agreement. They described arrests "
            "at work sites and at the courthouse. Two speakers supported the agreement. The chair thanked them all. ")
    text = ("A compliance audit by ICE's St. Paul field office, released October 12, 2027, found that the jail gave "
            "late notice on nine releases.\n\n" + long + "\n\n" + long + "\n\n" + long + "\n\n"
            "The County Administrator acknowledged receipt the following day.")
    got = pairs(text, date=dt.date(2028, 1, 20))
    assert ("the following day", "2027-10-13") not in got, got


def test_a_secretarys_note_below_short_turns_still_counts_from_the_record():
    text = ("SENATE FLOOR DEBATE, Wednesday, February 17, 2027\n\n"
            "SEN. HALVORSEN-OBI: On January 11 the Rapid City Common Council approved a task-force agreement.\n\n"
            "THE PRESIDENT: The Secretary will call the roll.\n\n[Roll call taken. Ayes 24, Nays 11.]\n\n"
            "THE PRESIDENT: The bill is declared passed.\n\n"
            "[Secretary's note: This excerpt was certified the following day.]")
    got = pairs(text, date=dt.date(2027, 2, 17))
    assert ("the following day", "2027-01-12") not in got, got


def test_a_hearing_a_judge_postponed_a_return_date_until_is_still_to_come():
    text = ("Late Wednesday, U.S. District Judge Anselm Farquhar-Obi postponed the return date until a hearing on "
            "November 3.")
    got = pairs(text, date=dt.date(2027, 10, 14))
    assert ("November 3", "2027-11-03") in got, got


def test_a_hearing_already_held_on_a_day_is_still_in_the_past():
    text = "At a hearing on March 3, the judge ruled for the county."
    got = pairs(text, date=dt.date(2027, 10, 14))
    assert ("March 3", "2027-03-03") in got, got


def test_the_following_day_with_no_day_near_it_counts_from_the_records_heading_day():
    text = ("FLOOR DEBATE SUMMARY\nLegislative Day 22: Tuesday, March 9, 2027\nSummary prepared: March 11, 2027\n\n"
            "4. FINAL VOTE\n\nThe House passed House Bill 88, as amended, on third reading by a vote of 61-52.\n\n"
            "| Party | Aye | No |\n|---|---|---|\n| Total | 61 | 52 |\n\n5. STATEMENT OF THE GOVERNOR\n\n"
            "In a statement issued the following day, the Governor condemned the bill.")
    got = pairs(text, date=dt.date(2027, 3, 11))
    assert ("the following day", "2027-03-10") in got, got


def test_the_following_day_still_counts_from_a_day_told_near_it_under_a_dated_heading():
    text = ("FLOOR DEBATE SUMMARY\nLegislative Day 22: Tuesday, March 9, 2027\nSummary prepared: March 11, 2027\n\n"
            "4. BACKGROUND\n\nOn February 2, 2027, the committee heard the bill. The sponsor amended it the following "
            "day.")
    got = pairs(text, date=dt.date(2027, 3, 11))
    assert ("the following day", "2027-02-03") in got, got


_PAMPHLET = ("COUNTY VOTER GUIDE\nMeasure R\nIssued: October 2, 2028\n\nANALYSIS\n\nMeasure R would repeal the county's "
             "jail ordinance.\n\nThe measure was certified on June 1, 2028.\n\nIt would take effect in 2029.\n\n"
             "Nothing in it changes state law.\n\nThe Board took no position.\n\nThe county counsel wrote this "
             "analysis.\n\nARGUMENT AGAINST MEASURE R (filed August 10, 2028)\n\n"
             "On Tuesday, the Placer Valley City Council voted to oppose Measure R.")


def test_a_weekday_in_a_part_filed_before_the_pamphlet_counts_from_the_filing():
    got = pairs(_PAMPHLET, date=dt.date(2028, 10, 2))
    assert ("Tuesday", "2028-08-08") in got, got


def test_a_weekday_below_a_heading_that_only_names_a_day_still_counts_from_the_text():
    text = _PAMPHLET.replace("(filed August 10, 2028)", "(August 10, 2028)")
    got = pairs(text, date=dt.date(2028, 10, 2))
    assert ("Tuesday", "2028-09-26") in got, got



_VETO_RECORD = ("CITY OF MUNCIE, INDIANA\nOFFICE OF THE MAYOR\n\nVETO MESSAGE\n\nDATE: March 3, 2028\n\n"
                "I return Ordinance 8-2028 to the Council with my veto.\n\nThe Council passed it 5-4 on February 24, "
                "2028.\n\n* * *\n\nOFFICE OF THE CITY CLERK\nRECORD OF COUNCIL ACTION ON THE VETO\n"
                "Dated: March 15, 2028\n\n1. VOTE\n\nThe Council voted 6-3 to override the veto.\n\n"
                "| Question | Date | Ayes | Nays |\n|---|---|---|---|\n| Passage | February 24, 2028 | 5 | 4 |\n"
                "| Override | March 13, 2028 | 6 | 3 |\n\nThe override needed six votes.\n\n2. STATEMENTS\n\n"
                "The Council President spoke first. She thanked the clerk. She thanked the public for its letters.\n\n"
                "In a statement the following day, a DHS spokesperson criticized the Council.")


def test_the_following_day_in_a_dated_clerks_record_counts_from_the_records_last_day():
    got = pairs(_VETO_RECORD, date=dt.date(2028, 3, 3))
    assert ("the following day", "2028-03-14") in got, got


def test_the_following_day_in_the_mayors_part_still_counts_from_the_day_told_before_it():
    text = _VETO_RECORD.replace("The Council passed it 5-4 on February 24, 2028.",
                                "The Council passed it 5-4 on February 24, 2028, and sent it to me the following day.")
    got = pairs(text, date=dt.date(2028, 3, 3))
    assert ("the following day", "2028-02-25") in got, got


def test_the_following_day_after_a_deadline_the_story_reaches_counts_from_the_deadline():
    text = ("On February 3, 2027, the Director wrote to the Mayor that the award would be suspended unless the City "
            "certified compliance. The next day, he told reporters the City had made its choice. The City did not "
            "certify by the March 5, 2027 deadline, and OJP suspended its award the following day.")
    got = pairs(text, date=dt.date(2027, 8, 18))
    assert ("the following day", "2027-03-06") in got, got


def test_the_next_day_after_a_date_naming_an_operation_still_counts_from_the_day_before():
    text = ("On March 2, 2027, the council met. It asked for all records of its March 9 operation, and the mayor "
            "signed the resolution the next day.")
    got = pairs(text, date=dt.date(2027, 3, 20))
    assert ("the next day", "2027-03-03") in got, got


def test_a_bare_weekday_a_council_votes_on_in_the_present_is_the_coming_one():
    text = ("Ordinance 28-031, introduced on February 27, would bar ICE from using city parks as staging areas, and the "
            "council votes on it Tuesday.")
    got = pairs(text, date=dt.date(2028, 3, 9))
    assert ("Tuesday", "2028-03-14") in got and ("February 27", "2028-02-27") in got, got


def test_a_bare_weekday_a_sheriff_says_something_on_is_still_the_last_one():
    text = "The sheriff says Tuesday that his deputies honored every detainer."
    got = pairs(text, date=dt.date(2028, 3, 9))
    assert ("Tuesday", "2028-03-07") in got, got


def test_the_following_day_after_a_later_day_told_in_the_past_counts_from_that_day():
    text = ("Lincoln ballot title challenge\nJuly 21, 2028\n\nOn August 22, 2028, the judge denied the city's motion for "
            "an expedited hearing, writing that \"a ballot title challenge deserves a full hearing.\" The following day, "
            "the Attorney General's office filed a brief.")
    got = pairs(text, date=dt.date(2028, 7, 21))
    assert ("The following day", "2028-08-23") in got, got


def test_the_following_day_after_a_contract_expiring_later_still_counts_from_the_day_before():
    text = ("On March 2, 2028, the board voted not to renew its contract when it expires on June 30, 2028. The "
            "following day, the sheriff issued a directive.")
    got = pairs(text, date=dt.date(2028, 3, 20))
    assert ("The following day", "2028-03-03") in got, got


_CERTIFIED_PACKET = """BALLOT TITLE AND SUMMARY
Office of the Attorney General
July 21, 2028

The measure would require every county jail to honor detainers. On Tuesday, the sponsors filed the petition.

CERTIFICATE OF SUFFICIENCY OF SIGNATURES
Office of the Secretary of State
Date of certification: August 25, 2028

1. On Tuesday, county election officials completed verification of the petition signatures.
2. The measure is certified for the ballot.
"""


def test_a_weekday_below_an_offices_dated_certificate_counts_from_its_date():
    got = pairs(_CERTIFIED_PACKET, date=dt.date(2028, 7, 21))
    assert ("Tuesday", "2028-08-22") in got and ("Tuesday", "2028-07-18") in got, got


_CHRONOLOGY = """AFTER-ACTION REPORT
June 21, 2027

2.1 On Monday, May 10, 2027, at 5:50 a.m., ICE officers began arrests at homes in Allentown.

2.2 The Commission activated the Network at 6:40 a.m. the same day.

2.3 The following day, 31 trained observers were dispatched to eleven locations.

2.4 On Wednesday, at ICE's request, Allentown police officers closed two blocks for forty minutes. The same evening, the
Chief reissued his directive.
"""


def test_a_weekday_opening_a_numbered_chronologys_entry_follows_the_entries_before_it():
    got = pairs(_CHRONOLOGY, date=dt.date(2027, 6, 21))
    assert ("Wednesday", "2027-05-12") in got and ("The same evening", "2027-05-12") in got \
        and ("the same day", "2027-05-10") in got, got


def test_a_weekday_inside_a_numbered_memo_item_is_still_the_last_one():
    text = ("1.3 On August 17, 2027, the Durham City Council adopted Resolution 10482.\n\n1.4 In a letter received on "
            "Tuesday, an ICE field office director asked the Chief to reconsider.")
    got = pairs(text, date=dt.date(2027, 9, 8))
    assert ("Tuesday", "2027-09-07") in got, got


def test_a_weekday_in_a_letter_to_a_council_counts_from_the_letters_date():
    text = ("SHERIFFS' COUNCIL\nSpringfield, Missouri\n\nMarch 15, 2028\n\nEnclosed is the Greene County letter.\n\n"
            "* * *\n\nGREENE COUNTY SHERIFF'S OFFICE\nSpringfield, Missouri\n\nMarch 9, 2028\n\nTo the Southwest "
            "Missouri Sheriffs' Council:\n\nOn Monday, the Greene County Commission adopted Order 2028-14.\n")
    got = pairs(text, date=dt.date(2028, 3, 15))
    assert ("Monday", "2028-03-06") in got, got


def test_a_weekday_in_a_copied_post_counts_from_the_posts_own_header():
    text = ("Canyon County Sheriff's Office\nPublic page posts, September 7-21, 2027\nArchived copy captured September 22, "
            "2027\n\n---\n\nCanyon County Sheriff @CanyonCoSheriff \u00b7 Sep 7, 2027 \u00b7 9:14 AM\n\nThe Board approved "
            "the agreement last month, and the Sheriff signed it on Friday.\n\nCanyon County Sheriff @CanyonCoSheriff "
            "\u00b7 Sep 13, 2027 \u00b7 10:05 AM\n\nOn Saturday, deputies held three people for ICE.\n")
    got = pairs(text, date=dt.date(2027, 9, 22))
    assert ("Friday", "2027-09-03") in got and ("Saturday", "2027-09-11") in got, got


def test_a_span_of_days_across_months_is_one_range_from_its_first_day():
    got = dates("Between December 1, 2026, and April 30, 2027, the Weber County jail held 212 people for ICE.",
                date=dt.date(2027, 5, 11))
    assert [(r["date_text"], r["date"], r["date_end"], r["date_precision"]) for r in got] == [
        ("Between December 1, 2026, and April 30, 2027", "2026-12-01", "2027-04-30", "range")], got


def test_a_span_without_years_takes_the_year_of_its_end():
    got = pairs("From October 18 through December 31, troopers patrolled Interstate 24 with ICE.",
                date=dt.date(2028, 2, 16))
    assert got == [("From October 18 through December 31", "2027-10-18")], got


def test_two_days_joined_by_and_without_between_are_still_two_days():
    got = pairs("The jail held them on March 1 and March 8.", date=dt.date(2027, 6, 1))
    assert got == [("March 1", "2027-03-01"), ("March 8", "2027-03-08")], got


@pytest.mark.parametrize("said, expected", [
    ("This morning I filed an amendment to the bill.", "2028-02-16"),
    ("Deputies held two men for ICE this afternoon.", "2028-02-16"),
    ("The council will vote this evening.", "2028-02-16"),
    ("Last night agents arrested four workers.", "2028-02-15"),
])
def test_a_part_of_the_texts_own_day_is_that_day(said, expected):
    got = pairs(said, date=dt.date(2028, 2, 16))
    assert [d for _, d in got] == [expected], got


@pytest.mark.parametrize("text, expected", [
    ("The board met on March 4, 2027. Later that month the sheriff ended the agreement.",
     ("Later that month", "2027-03-01", "month")),
    ("The council voted on June 2, 2027. The same month, the mayor signed the ordinance.",
     ("The same month", "2027-06-01", "month")),
    ("The city sued in 2025. That same year the county joined the suit.", ("That same year", "2025-01-01", "year")),
])
def test_that_month_and_that_year_are_those_of_the_date_last_told(text, expected):
    got = [(r["date_text"], r["date"], r["date_precision"]) for r in dates(text, date=dt.date(2027, 9, 1))]
    assert got[-1] == expected, got


def test_that_month_before_a_date_told_is_not_resolved_from_nothing():
    got = pairs("That month the sheriff ended the agreement.", date=dt.date(2027, 9, 1))
    assert got == [] or got[0][1] is None, got


def test_a_weekday_in_a_response_printed_after_a_report_counts_from_the_responses_own_date():
    text = ("KALAMAZOO COUNTY OMBUDSMAN\nAnnual Report, Chapter 5\nIssued February 16, 2028\n\nThe jail transferred 163 "
            "people to ICE in 2027.\n\n* * *\n\nRESPONSE OF THE SHERIFF\nKalamazoo County Sheriff's Office\n"
            "February 9, 2028\n\nOn Monday, I issued a written directive barring deputies from sharing home addresses "
            "with ICE.\n")
    got = pairs(text, date=dt.date(2028, 2, 16))
    assert ("Monday", "2028-02-07") in got, got


def test_the_day_after_the_vote_counts_from_the_vote_not_an_effective_date_nor_a_letter_before_it():
    text = ("On Thursday, the Kent County Board of Commissioners voted 12-9 to adopt Resolution 31, which ends the "
            "county's agreement with ICE effective June 30, 2027. Before the vote, the Board received a letter dated "
            "March 30, 2027, from an ICE field office director. Bidders were told of the cancellation the day after the "
            "vote.")
    got = pairs(text, date=dt.date(2027, 4, 14))
    assert ("the day after the vote", "2027-04-09") in got, got


_MONTHLY_TABLE = """ERIE COUNTY PUBLIC DEFENDER
Annual Report
Released March 20, 2028

4.1 Monthly holds

Month (2027)    Holds    Released to ICE
January            7         5
February           6         4
March              9         8
April              3         1
Total             25        18

In June 2027, a client was held two days past his release on a detainer.
"""


def test_a_tables_month_rows_are_months_of_the_year_in_its_header_not_days():
    got = pairs(_MONTHLY_TABLE, date=dt.date(2028, 3, 20))
    assert ("January", "2027-01-01") in got and ("March", "2027-03-01") in got and ("April", "2027-04-01") in got, got
    assert not any(t.startswith(("January 7", "March 9", "April 3")) for t, _d in got), got


def test_a_tables_rows_running_past_december_go_on_into_the_next_year():
    text = ("Table 2. Transfers to ICE since November 2026\n\n| Month | Transfers |\n|---|---|\n| November | 4 |\n"
            "| December | 2 |\n| January | 5 |\n")
    got = pairs(text, date=dt.date(2027, 6, 1))
    assert ("December", "2026-12-01") in got and ("January", "2027-01-01") in got, got


def test_a_month_followed_by_a_single_number_in_prose_is_still_a_day():
    got = pairs("The sheriff signed the agreement on January 11 and ICE began transfers.", date=dt.date(2027, 6, 1))
    assert ("January 11", "2027-01-11") in got, got


def test_throughout_two_months_and_a_year_is_one_range():
    text = "Throughout August and September 2027, the jail notified ICE of every scheduled release."
    assert one(text, date=dt.date(2027, 10, 13))[1:] == ("2027-08-01", "2027-09-30", "range")


_RELEASES = """U.S. DEPARTMENT OF HOMELAND SECURITY
Office of Public Affairs
Wednesday, October 13, 2027

DHS today added two counties to its list of jurisdictions that limit cooperation with ICE.

OFFICE OF THE ATTORNEY GENERAL
STATE OF NEW MEXICO
Thursday, October 14, 2027

The Attorney General on Thursday filed a public records request with ICE for the records behind the list.
"""


def test_a_weekday_in_a_release_printed_below_its_own_heading_and_date_line_counts_from_that_date():
    got = pairs(_RELEASES, date=dt.date(2027, 10, 13))
    assert ("Thursday", "2027-10-14") in got, got


_BUDGET = ("BUDGET AMENDMENT BA-27-118, FISCAL YEAR 2026-27\n\nSection 1. The Board transfers $412,600 from the General "
           "Fund Reserve to pay deputies for task force duty through September 30, 2027. The Board has not decided "
           "whether to fund the overtime in the fiscal year 2027-28 budget.\n")


def test_fiscal_years_of_money_that_runs_through_september_30_begin_in_october():
    got = {r["date_text"]: (r["date"], r["date_end"]) for r in dates(_BUDGET, date=dt.date(2027, 8, 17))}
    assert got["FISCAL YEAR 2026-27"] == ("2026-10-01", "2027-09-30"), got
    assert got["fiscal year 2027-28"] == ("2027-10-01", "2028-09-30"), got


def test_fiscal_years_still_begin_in_july_without_a_september_end():
    text = "The county adopted its fiscal year 2027-28 budget, which funds the jail through June 30, 2028."
    got = {r["date_text"]: (r["date"], r["date_end"]) for r in dates(text, date=dt.date(2027, 8, 17))}
    assert got["fiscal year 2027-28"] == ("2027-07-01", "2028-06-30"), got


def test_the_following_day_does_not_count_from_the_days_of_a_thing_named():
    text = ("MINUTES, May 13, 2027\n\nThe Secretary reported that on April 19 the recruitment unit of ICE applied for a "
            "booth for the fair of July 23 through July 31, 2027. She sent ICE the standard exhibitor terms the following "
            "day.\n")
    assert ("the following day", "2027-04-20") in pairs(text, date=dt.date(2027, 5, 13))


def test_a_weekday_in_an_attached_memo_counts_from_its_date_line_below_its_to_and_from_fields():
    text = ("CITY OF EVANSVILLE\nCITY COUNCIL AGENDA ITEM SUMMARY\nReport Date: March 29, 2027\n\nSTAFF REPORT\n\n"
            "The Council approved a first renewal of the lease in 2023.\n\nThe current term expires June 30, 2027.\n\n"
            "Staff recommends a second renewal.\n\nATTACHMENT A\n\nDEPARTMENT OF REAL PROPERTY "
            "SERVICES\nMEMORANDUM\n\nTO: Members of the City Council\nFROM: Leocadia Pemberly-Nakashima, Director\n"
            "DATE: March 18, 2027\nRE: Lease No. 2019-044\n\nIn a letter to the Department on Tuesday, the ICE field "
            "office director praised the City.\n")
    assert ("Tuesday", "2027-03-16") in pairs(text, date=dt.date(2027, 3, 29))


def test_a_month_a_speaker_condemns_in_the_present_is_the_past_one():
    text = 'Senator Ruiz-Okafor explained her vote: "I condemn the raid on a Topeka bakery in February, and I oppose this bill."'
    assert ("February", "2027-02-01") in pairs(text, date=dt.date(2027, 4, 8))


def test_a_month_in_a_present_sentence_about_what_is_coming_is_still_the_next_one():
    text = "The council faces a vote on the contract in February."
    assert ("February", "2028-02-01") in pairs(text, date=dt.date(2027, 4, 8))


_JOURNAL = ("SENATE JOURNAL\nState of Kansas\n\nTuesday, April 13, 2027\n\nMESSAGE FROM THE GOVERNOR\n\nStatement of the "
            "Governor\nApril 6, 2027\n\nToday I signed the bill.\n\nCOMMUNICATIONS\n\nThe President announced receipt of a "
            "letter dated April 12, 2027, from the Mayor of Salina, which was ordered printed in the Journal:\n\nDear "
            "Members of the Senate:\n\nOn Friday, the Salina City Commission voted to keep its ordinance.\n\nSincerely,\n"
            "Mayor of Salina\n")


def test_a_weekday_in_a_letter_brought_in_by_a_line_naming_its_date_counts_from_that_date():
    assert ("Friday", "2027-04-09") in pairs(_JOURNAL, date=dt.date(2027, 4, 13))


def test_a_letter_dated_in_prose_without_a_salutation_below_starts_no_part():
    text = ("SENATE JOURNAL\nState of Kansas\n\nTuesday, April 13, 2027\n\nMINUTES\n\nThe President noted a "
            "letter dated March 2, 2027, from the Mayor of Salina:\n\nThe Senate met on Friday and adopted the rules.\n")
    assert ("Friday", "2027-04-09") in pairs(text, date=dt.date(2027, 4, 13))


_RELEASE = ("ANDROSCOGGIN COUNTY SHERIFF'S OFFICE\nAuburn, Maine\n\nRECORDS RELEASE\nDate of release: May 20, 2027\n\n"
            "The records below are two e-mails.\n\nFrom: Deputy Officer Vance, ICE\nSent: Monday, April 5, 2027, 8:10 AM\n"
            "Subject: Hold\n\nPlease hold him.\n\nFrom: Lt. Osgood\nSent: Tuesday, April 6, 2027, 9:00 AM\nSubject: RE: Hold\n\n"
            "We will not hold him.\n\nTHE LEWISTON LEDGER | Local Briefs | Monday, May 24, 2027\n\nICE listed the county "
            "as non-cooperative on April 19, the agency said. The sheriff spoke about it in an interview on Friday.\n")


def test_a_weekday_below_a_papers_masthead_line_after_e_mails_counts_from_the_papers_date():
    got = pairs(_RELEASE, date=dt.date(2027, 5, 20))
    assert ("Friday", "2027-05-21") in got, got
    assert ("April 19", "2027-04-19") in got, got


def test_a_weekday_in_the_last_e_mail_of_a_chain_still_counts_from_when_it_was_sent():
    text = _RELEASE.split("THE LEWISTON")[0] + "From: Deputy Officer Vance, ICE\nSent: Friday, April 9, 2027, 8:10 AM\n" \
        "Subject: Hold\n\nHe was released on Wednesday.\n"
    assert ("Wednesday", "2027-04-07") in pairs(text, date=dt.date(2027, 5, 20))


def test_a_day_of_a_conditional_vote_said_in_october_is_the_coming_november_not_the_last():
    text = ("Air date: Thursday, October 14, 2027\n\nCALLER: Story County voted in March 2027 to end its contract.\n\n"
            "SHERIFF: If the board votes no on November 2, I will not sign anything.\n")
    assert ("November 2", "2027-11-02") in pairs(text, date=dt.date(2027, 10, 14))


def test_a_day_told_in_the_past_after_a_month_of_the_year_keeps_that_years_day():
    text = ("Air date: Thursday, October 14, 2027\n\nCALLER: Story County voted in March 2027 to end its contract.\n\n"
            "SHERIFF: The board voted on November 2 to keep the contract.\n")
    assert ("November 2", "2026-11-02") in pairs(text, date=dt.date(2027, 10, 14))


def test_the_following_month_after_a_year_told_in_the_same_sentence_is_of_the_next_year():
    text = "The sheriff was first elected in 2022 and was sworn in the following January."
    assert ("the following January", "2023-01-01") in pairs(text, date=dt.date(2027, 10, 14))


def test_the_following_month_after_a_day_still_follows_the_day():
    text = "The sheriff was first elected on November 8, 2022, and was sworn in the following January."
    assert ("the following January", "2023-01-01") in pairs(text, date=dt.date(2027, 10, 14))


def test_the_previous_month_after_a_year_naming_a_thing_still_counts_from_the_day_told():
    text = ("On March 16, 2026, the Department froze the County's 2025 grant award, which had been approved the "
            "previous September but not yet paid.")
    assert ("the previous September", "2025-09-01") in pairs(text, date=dt.date(2026, 5, 1))


def test_a_table_row_ending_in_a_date_is_no_masthead_line():
    text = ("NOTICE\nAgreements signed\nJuly 20, 2028\n\nThe list below is current.\n\nAgency | Model | Date signed\n"
            "Polk County Sheriff | Task Force | April 4, 2028\nLee County Sheriff | Jail | May 17, 2028\n\n"
            "On Tuesday, the Orlando City Council introduced an ordinance.\n")
    assert ("Tuesday", "2028-07-18") in pairs(text, date=dt.date(2028, 7, 20))


def test_a_weekday_deadline_after_a_day_told_in_the_same_sentence_is_the_next_such_day():
    text = ("On Tuesday, May 4, 2027, two ICE officers asked the manager for a tenant list and said they expected it "
            "by Friday.")
    assert ("Friday", "2027-05-07") in pairs(text, date=dt.date(2027, 5, 19))


def test_a_weekday_deadline_alone_still_counts_from_the_texts_date():
    text = "The officers said they expected the list by Friday."
    assert ("Friday", "2027-05-14") in pairs(text, date=dt.date(2027, 5, 19))


def test_the_following_day_after_short_paragraphs_with_a_title_abbreviation_follows_the_day_told():
    text = ("MEMORANDUM\nDate: May 19, 2027\n\nOn May 4, 2027, two officers asked for a list.\n\n"
            "Ms. Ortega declined to provide any list.\n\nThe officers then entered a lobby.\n\nNo one was detained.\n\n"
            "Two officers returned the following day and photographed the mailboxes.\n")
    assert ("the following day", "2027-05-05") in pairs(text, date=dt.date(2027, 5, 19))


def test_the_following_day_after_a_timeline_table_follows_the_tables_day():
    rows = "".join(f"| {h}:00 a.m. | Deputy checks the cell |\n" for h in range(1, 10))
    text = ("STATEMENT\nOctober 14, 2027\n\nThe man was seen by a nurse on October 9.\n\nTimeline, Monday, October 11, "
            "2027 (all times Central)\n\n| Time | Event |\n|---|---|\n" + rows + "\nAn autopsy was performed the following day.\n")
    assert ("the following day", "2027-10-12") in pairs(text, date=dt.date(2027, 10, 14))


def test_a_weekday_in_a_post_under_a_pipe_header_counts_from_the_posts_date():
    text = ("CITY OF LANSING\nOFFICE OF COMMUNICATIONS\n\nRECORDS TRANSCRIPT: POSTS\nPrepared: March 9, 2028\n\nPOSTS\n\n"
            "[1] @LansingMayor | March 1, 2028 | 2:40 p.m.\nThe Council will take up the resolution on Thursday.\n\n"
            "[2] @LansingMayor | March 2, 2028 | 9:40 a.m.\nICE arrested 14 people on Wednesday.\n")
    got = pairs(text, date=dt.date(2028, 3, 9))
    assert ("Thursday", "2028-03-02") in got and ("Wednesday", "2028-03-01") in got, got


def test_that_month_after_a_range_naming_a_body_is_in_the_year_told_before_it():
    text = ("In June 2025, the 2024-2025 Grand Jury recommended yearly counts. The Sheriff responded that "
            "September that the recommendation would not be implemented.")
    assert ("that September", "2025-09-01") in pairs(text, date=dt.date(2028, 6, 12))


def test_the_evening_before_a_meeting_day_is_the_day_before_it():
    text = ("The board will take up the resolution at 10 a.m. on Wednesday, April 28, 2027. It will hear public comment "
            "the evening before at the same place.")
    assert ("the evening before", "2027-04-27") in pairs(text, date=dt.date(2027, 4, 18))


def test_a_weekday_in_a_memo_below_a_capitals_heading_and_its_fields_counts_from_the_memos_date():
    text = ("LIBRARY DISTRICT\nBoard of Trustees\n\nBOARD POLICY 4.12\nPosted: March 24, 2028\n\nThe policy text.\n\n"
            "BACKGROUND MEMO\n\nTo: Board of Trustees\nFrom: Library Director\nDate: January 5, 2028\nRe: Policy\n\n"
            "On Tuesday, counsel advised that the draft is lawful. Last month, a neighboring district voted no.\n")
    got = pairs(text, date=dt.date(2028, 3, 24))
    assert ("Tuesday", "2028-01-04") in got and ("Last month", "2027-12-01") in got, got


def test_a_story_below_a_separator_after_a_printed_memo_counts_from_the_storys_date():
    text = ("THE VALLEY COURIER\nHealth | Posted Thursday, March 11, 2027\n\nThe memo below went to staff on Monday.\n\n"
            "VALLEY HEALTH AUTHORITY\n\nMEMORANDUM No. 2027-06\nTO: All staff\nFROM: The President\nDATE: March 8, 2027\n"
            "RE: Officers\n\nThis memorandum takes effect today.\n\n---\n\nAuthority shuts ICE out of wards\n\n"
            "The county council voted 9-2 on Tuesday for a resolution.\n")
    got = pairs(text, date=dt.date(2027, 3, 11))
    assert ("today", "2027-03-08") in got and ("Tuesday", "2027-03-09") in got, got


def test_a_year_earlier_than_a_day_is_that_day_a_year_before():
    text = "Nineteen deputies held the certification on December 31, 2027, up from eight a year earlier."
    assert ("a year earlier", "2026-12-31") in pairs(text, date=dt.date(2028, 2, 10))


def test_a_year_later_after_a_month_is_still_a_year():
    got = dict(pairs("The county joined the program in June 2025. A year later, it left.", date=dt.date(2028, 2, 10)))
    assert got.get("A year later", "").startswith("2026"), got


def test_the_following_day_a_speaker_will_act_on_counts_from_the_texts_own_day():
    text = ("TUSCALOOSA COUNTY COMMISSION\nTuscaloosa, Alabama\n\nMINUTES OF SPECIAL CALLED MEETING\nWednesday, May 12, 2027, "
            "5:30 p.m.\n\n1. CALL TO ORDER\n\nThe Chairman called the meeting to order.\n\n2. VOTE\n\n| Member | Vote |\n"
            "|---|---|\n| Smith | Aye |\n\nThe resolution was adopted 4-1. The Sheriff stated that he will sign the agreement "
            "the following day.")
    assert ("the following day", "2027-05-13") in pairs(text, date=dt.date(2027, 5, 12))
