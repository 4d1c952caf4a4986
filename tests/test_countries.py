"""Every country, from its name, demonym (any gender and number), capital or a fixed title."""

from __future__ import annotations

import pytest

from workers.extraction.lexicon import countries, phrase


def code(text: str) -> str | None:
    return countries().by_phrase.get(phrase(text))


@pytest.mark.parametrize(("text", "expected"), [
    ("المصرية", "EG"), ("التركي", "TR"), ("الأمريكي", "US"), ("الأميركية", "US"), ("السعوديين", "SA"),
    ("اللبنانيون", "LB"), ("الإماراتية", "AE"), ("البرازيلي", "BR"), ("الفنلندية", "FI"), ("الإندونيسي", "ID"),
    ("روس", "RU"), ("القاهرة", "EG"), ("أنقرة", "TR"), ("واشنطن", "US"), ("طوكيو", "JP"), ("نيروبي", "KE"),
    ("المملكة المتحدة", "GB"), ("الولايات المتحدة الأمريكية", "US"), ("جمهورية مصر العربية", "EG"),
    ("قطاع غزة", "PS"), ("كوريا الجنوبية", "KR"), ("جنوب السودان", "SS"), ("ساحل العاج", "CI"),
    ("جمهورية كوريا", "KR"), ("كوريا", "KR"), ("الكوري", "KR"), ("كوريا الشمالية", "KP"), ("الكوري الشمالي", "KP"),
])
def test_names_demonyms_and_capitals(text: str, expected: str) -> None:
    assert code(text) == expected


def test_every_un_member_has_a_name() -> None:
    assert len({c for c in countries().names.values()}) >= 193


def test_no_country_for_ordinary_words() -> None:
    for word in ("الوزير", "اللقاء", "التعاون", "المنطقة"):
        assert code(word) is None
