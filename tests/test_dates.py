"""Dates from words, resolved against the publication date; nothing invented."""

from __future__ import annotations

import datetime as dt

import pytest

from schemas import DateSource, Status
from workers.extraction.dates import find_dates

TUESDAY = dt.date(2024, 3, 12)


def first(text: str, published: dt.date | None = TUESDAY, status: Status = Status.held):
    found = find_dates(text, published, status)
    return (found[0].value, found[0].source) if found else None


@pytest.mark.parametrize(("text", "expected"), [
    ("اجتمع الوزيران في 5 مارس 2023 في الرياض", dt.date(2023, 3, 5)),
    ("اجتمع الوزيران في ٥ مارس ٢٠٢٣", dt.date(2023, 3, 5)),
    ("التقى الرئيسان في 17 حزيران 2021", dt.date(2021, 6, 17)),
    ("عقد الاجتماع بتاريخ 2022/11/03", dt.date(2022, 11, 3)),
    ("عقد الاجتماع بتاريخ 03-11-2022", dt.date(2022, 11, 3)),
])
def test_explicit_gregorian(text: str, expected: dt.date) -> None:
    assert first(text) == (expected, DateSource.explicit)


@pytest.mark.parametrize(("text", "expected"), [
    ("وفي الخامس من أغسطس 1990 التقى الزعيمان في جدة", dt.date(1990, 8, 5)),
    ("اجتمع الوزيران يوم الحادي والعشرين من شهر فبراير", dt.date(2024, 2, 21)),
    ("عقدت القمة في الثاني عشر من يناير 2020", dt.date(2020, 1, 12)),
    ("التقى الوفدان في الأول من مارس", dt.date(2024, 3, 1)),
])
def test_a_day_written_as_an_ordinal(text: str, expected: dt.date) -> None:
    assert first(text) == (expected, DateSource.explicit)


def test_a_day_still_to_come_is_not_when_a_held_meeting_was() -> None:
    assert first("اجتمع المدرب باللاعبين قبل عودتهم في السابع من أغسطس المقبل") is None
    assert first("اجتمع المدرب باللاعبين قبل عودتهم في 7 أغسطس المقبل") is None
    assert first("يلتقي الوزيران في 7 أغسطس المقبل", status=Status.planned) == (dt.date(2024, 8, 7), DateSource.explicit)


def test_a_place_named_for_a_day_is_no_date() -> None:
    assert first("التقى الوزير المستثمرين في مدينة السادس من أكتوبر") is None


def test_a_day_without_its_year_is_on_the_right_side_of_publication() -> None:
    assert first("يلتقي الوزيران في 20 أبريل", status=Status.planned) == (dt.date(2024, 4, 20), DateSource.explicit)
    assert first("التقى الوزيران في 20 أبريل") == (dt.date(2023, 4, 20), DateSource.explicit)  # held: not yet in 2024
    assert first("التقى الوزيران في 2 مارس") == (dt.date(2024, 3, 2), DateSource.explicit)
    assert first("يلتقي الوزيران في 2 فبراير", status=Status.planned) == (dt.date(2025, 2, 2), DateSource.explicit)


def test_hijri_is_converted_with_umm_al_qura() -> None:
    assert first("الرياض 1 رمضان 1445 هـ") == (dt.date(2024, 3, 11), DateSource.hijri)
    assert first("جرى اللقاء في 10 ذو الحجة 1444هـ") == (dt.date(2023, 6, 28), DateSource.hijri)


@pytest.mark.parametrize(("text", "expected"), [
    ("التقى الوزير اليوم نظيره", TUESDAY),
    ("استقبل الأمير أمس السفير", dt.date(2024, 3, 11)),
    ("استقبل الأمير البارحة السفير", dt.date(2024, 3, 11)),
    ("اجتمع المبعوث أول من أمس مع الوفد", dt.date(2024, 3, 10)),
    ("يلتقي الرئيسان غدا في باريس", dt.date(2024, 3, 13)),
    ("التقى الوزيران مساء أمس", dt.date(2024, 3, 11)),
])
def test_relative_words(text: str, expected: dt.date) -> None:
    assert first(text) == (expected, DateSource.relative)


def test_weekdays_held_look_back_planned_look_forward() -> None:
    assert first("التقى الوزير يوم الأحد نظيره")[0] == dt.date(2024, 3, 10)
    assert first("اجتمع الوفدان الثلاثاء")[0] == TUESDAY  # on or before publication
    assert first("يلتقي الوزير يوم الخميس نظيره", status=Status.planned)[0] == dt.date(2024, 3, 14)
    assert first("تستأنف المحادثات الإثنين المقبل")[0] == dt.date(2024, 3, 18)
    assert first("عقد اللقاء الاثنين الماضي")[0] == dt.date(2024, 3, 11)


def test_nothing_is_invented() -> None:
    assert first("التقى الوزير نظيره وبحثا العلاقات الثنائية") is None
    assert first("التقى الوزير اليوم نظيره", published=None) is None  # relative words need a publication date
    assert first("اجتمع الوزيران في 31 فبراير 2023") is None


def test_a_bracketed_word_gives_the_papers_own_day() -> None:
    # a quote says "today", the paper adds in brackets which day that was for its readers
    assert first("قال الوزير: «سألتقي نظيري في وقت لاحق اليوم (أمس)».")[0] == dt.date(2024, 3, 11)


@pytest.mark.parametrize("text", [
    "عقدت الأمانة العامة لقوى 14 آذار اجتماعها الأسبوعي أمس",
    "التقى الرئيس أمس قادة شباب ثورة 25 يناير",
])
def test_a_movement_named_for_a_day_is_no_date(text: str) -> None:
    assert first(text) == (TUESDAY - dt.timedelta(days=1), DateSource.relative)
