"""Date expressions: ranges, single days, months only, ranges across months."""

import re

import pytest

from ingest.dates import DateRange, day_before, find_dates, overlap, word_trie, year_before


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Bali, 29-30 April 2003", "2003-04-29", "2003-04-30"),
        ("held in Bali from 26-28 February 2002", "2002-02-26", "2002-02-28"),
        ("held in Kuala Lumpur, Malaysia on 17 May 2002", "2002-05-17", "2002-05-17"),
        ("in Bali in December 2002", "2002-12", "2002-12"),
        ("from 30 April – 2 May 2003", "2003-04-30", "2003-05-02"),
        ("from 30 December - 2 January 2003", "2002-12-30", "2003-01-02"),
        ("on Tuesday 30 June and Wednesday 1 July 2020", "2020-06-30", "2020-07-01"),
        ("on Wednesday, July 1, 2020", "2020-07-01", "2020-07-01"),
        ("Date: Monday, 10 June 2019 - Tuesday, 11 June 2019", "2019-06-10", "2019-06-11"),
        ("Date: 02 July 2019 To 03 December 2019", "2019-07-02", "2019-12-03"),
        ("Monday, April 28, 2003 - Wednesday, April 30, 2003", "2003-04-28", "2003-04-30"),
        ("from March 31 - April 2, 2019", "2019-03-31", "2019-04-02"),
    ],
)
def test_ranges(text, start, end):
    (_, found), *_ = find_dates(text)
    assert (found.start, found.end) == (start, end)


def test_month_first_dates():
    (_, found), *_ = find_dates("Bali, Indonesia, March 29-30, 2011")
    assert (found.start, found.end) == ("2011-03-29", "2011-03-30")
    (_, found), *_ = find_dates("on April 5, 2012")
    assert (found.start, found.end) == ("2012-04-05", "2012-04-05")


def test_two_dates_with_their_years_joined_by_and_stay_two():
    found = [(d.start, d.end) for _, d in find_dates("on 17 May 2002 and 3 June 2002")]
    assert found == [("2002-05-17", "2002-05-17"), ("2002-06-03", "2002-06-03")]


def test_overlap_at_the_precision_both_give_and_a_year_back():
    assert overlap(("2022", "2022"), ("2022-11-07", "2022-11-10"))
    assert overlap(("2022-11", "2022-11"), ("2022-11-07", "2022-11-10"), precision=7)
    assert not overlap(("2022-11-11", "2022-11-11"), ("2022-11-07", "2022-11-10"))
    assert overlap(("2022-11-11", "2022-11-11"), ("2022-11-07", "2022-11-10"), precision=7)
    assert year_before(DateRange("2024-12-12", "2024-12-13", False)) == DateRange("2023-12-12", "2023-12-13", False)
    assert year_before(DateRange("2024-02-29", "2024-02-29", False)) == DateRange("2024-02-29", "2024-02-29", False)


def test_a_range_in_capitals():
    ((match, found),) = find_dates("LA PAZ, BOLIVIA, 25 AND 26 NOVEMBER 2004")
    assert (found.start, found.end) == ("2004-11-25", "2004-11-26")


def test_the_day_before():
    assert (day_before("2021-03-01"), day_before("2021-03")) == ("2021-02-28", "2021-03")


def test_two_months_of_one_year_are_a_range_of_months():
    found = [(m.group(), d.start, d.end) for m, d in find_dates("in Brussels in June and July 2017, then in May 2018")]
    assert found == [("June and July 2017", "2017-06", "2017-07"), ("May 2018", "2018-05", "2018-05")]
    found = [(m.group(), d.start, d.end) for m, d in find_dates("in December 2017 and January 2018")]
    assert found == [("December 2017", "2017-12", "2017-12"), ("January 2018", "2018-01", "2018-01")]


def test_a_date_with_dots_is_day_month_year():
    found = [(m.group(), r.start) for m, r in find_dates("Press release 30.06.2017; version 3.1.2019.5; 7.1.2018")]
    assert found == [("30.06.2017", "2017-06-30"), ("7.1.2018", "2018-01-07")]


def test_a_translations_own_months_and_a_day_first_date_with_slashes_only_when_the_day_cannot_be_a_month():
    found = [
        (m.group(), r.start, r.end)
        for m, r in find_dates("3 y 4 de noviembre de 2016; 19-20 Juni 2023; le 12 juin 2019; Senin (19/6/2023)")
    ]
    assert found == [
        ("3 y 4 de noviembre de 2016", "2016-11-03", "2016-11-04"),
        ("19-20 Juni 2023", "2023-06-19", "2023-06-20"),
        ("12 juin 2019", "2019-06-12", "2019-06-12"),
        ("19/6/2023", "2023-06-19", "2023-06-19"),
    ]
    assert find_dates("Published: 12/06/2015") == []  # day and month in an order the line does not say


def test_a_word_trie_matches_each_word_whole_and_the_longest_first():
    pattern = re.compile(rf"\b{word_trie(['may', 'mayo', 'march', 'maret'])}\b")
    assert [m.group() for m in pattern.finditer("May, Mayo, MARCH, Maret, Mar, Marc")] == [
        "May",
        "Mayo",
        "MARCH",
        "Maret",
    ]


def test_two_days_before_a_date_with_slashes():
    assert [d for _, d in find_dates("On 14 and 15/11/2019, in Ha Noi", "")] == [DateRange("2019-11-14", "2019-11-15")]
    assert [d for _, d in find_dates("on 30.06.2017", "")] == [DateRange("2017-06-30", "2017-06-30")]


def test_a_range_with_the_article_before_each_day():
    assert [d for _, d in find_dates("from the 16th to the 18th of July, 2019.", "")] == [
        DateRange("2019-07-16", "2019-07-18")
    ]


def test_a_day_in_words_before_of():
    assert [d for _, d in find_dates("met on the tenth of June 2015 and the twenty-first of May 2016", "")] == [
        DateRange("2015-06-10", "2015-06-10"),
        DateRange("2016-05-21", "2016-05-21"),
    ]
    assert [d for _, d in find_dates("the Second Meeting of June 2015", "")] == [DateRange("2015-06", "2015-06")]


def _ranges(text: str) -> list[tuple[str, str]]:
    """The ranges of every date a text writes."""
    return [(found.start, found.end) for _, found in find_dates(text)]


def test_a_date_with_its_days_and_year_in_words():
    assert _ranges("on the tenth and eleventh days of the month of October of the year two thousand and nineteen") == [
        ("2019-10-10", "2019-10-11")
    ]
    assert _ranges("the twenty-first day of the month of March of the year two thousand and twenty-three") == [
        ("2023-03-21", "2023-03-21")
    ]
    assert _ranges("on the third of May 2018") == [("2018-05-03", "2018-05-03")]
