"""Where a meeting took place: a city (or failing that a venue or country) after في / بـ in its sentence."""

from __future__ import annotations

from schemas import Location, Span
from workers.analysis import Analysis, norm
from workers.extraction.countries import DATELINE_MARKS, CountryHit, match_at
from workers.extraction.lexicon import people
from workers.extraction.names import UNCOMMON
from workers.extraction.word_classes import TIME_WORDS, TOPIC_OPENERS, VENUES, is_honorific_at, is_punct, is_title_head

PREPS = {"في", "ب", "الي", "ل"}


def venue_end(analysis: Analysis, i: int, last: int) -> int:
    """قصر السلام، مقر الأمم المتحدة: the venue word and the name that follows it."""
    j = i
    while j + 1 <= last and j - i < 3 and not is_punct(analysis.words[j + 1]) and analysis.words[j + 1].upos in (
            "PROPN", "NOUN", "ADJ", "X") and norm(analysis.words[j + 1].text) not in PREPS | TIME_WORDS | {"صباح", "مساء"} \
            and not is_title_head(analysis.words[j + 1]) and not is_honorific_at(analysis.words, j + 1) \
            and analysis.words[j + 1].key not in people()["groups"]:
        j += 1  # not into a title that follows (في قصر الحسينية رئيس الوزراء …) nor the delegation received (وفدا)
    words = analysis.words
    if j == i and j + 2 <= last and words[j + 1].text == "ب" and words[j + 1].end == words[j + 2].start \
            and words[j + 2].freq < UNCOMMON and words[j + 2].text.isalpha() and not match_at(analysis, j + 2, j + 2):
        j += 2  # قصر ب|عبدا: the venue's rare name, its first letter cut off as a preposition
    return j


HOSTS = {"تستضيف", "يستضيف", "استضافت", "استضاف", "ستستضيف", "سيستضيف", "تحتضن", "احتضنت", "يحتضن", "احتضن"}
NAMED_FOR_A_CITY = {"مؤتمر", "منتدي", "ملتقي", "قمه"}  # في قمة الدوحة: the city the event is named for
PLACE_WORDS = {"محافظه", "مدينه", "منطقه", "العاصمه", "عاصمه", "ولايه"}


def after_place_word(analysis: Analysis, i: int, last: int) -> int:
    """في مدينة إسطنبول، إلى محافظة عدن، بالعاصمة الإثيوبية أديس أبابا: the place's name after the words
    that say what it is."""
    if analysis.words[i].key not in PLACE_WORDS or i + 1 > last:
        return i
    hit = match_at(analysis, i + 1, last)
    return hit.last + 1 if hit and hit.how == "demonym" and hit.last + 1 <= last else i + 1


VISIT_WORDS = {"زياره", "بزياره", "زيارت", "زيارته", "وصل", "وصوله", "زار", "يزور", "توجه", "قدم", "انتقل"}  # زيارت|ها


VISITS = {"زار", "زارت", "يزور", "تزور", "سيزور", "ستزور"}  # transitive: يزور ماكرون الجزائر


def visit_destination(analysis: Analysis, sent: int, exclude: set[int] | frozenset[int] = frozenset()) -> Location | None:
    """No place in the meeting's sentence: the destination of a visit told just before (زيارة … إلى محافظة عدن,
    يزور الرئيس الفرنسي الجزائر)."""
    for s in (sent, sent - 1):
        if s < 0:
            continue
        words = analysis.sentence_words(s)
        if not any(norm(w.text) in VISIT_WORDS | VISITS for w in words):
            continue
        verb = next((w.index for w in words if norm(w.text) in VISITS), None)
        for w in words:
            if norm(w.text) in ("الي", "ل") and w.index + 1 <= words[-1].index and w.index + 1 not in exclude:
                start = after_place_word(analysis, w.index + 1, words[-1].index)
            elif verb is not None and verb < w.index <= verb + 14 and w.index not in exclude:  # after a long title
                start = w.index
            else:
                continue
            hit = match_at(analysis, start, words[-1].index)
            if hit and hit.how in ("city", "capital", "name"):
                return location_of(analysis, hit.first, hit.last)
    return None


def location_of(analysis: Analysis, first: int, last: int) -> Location:
    """Words first..last as the place; ل|لمملكة الأردنية (PUD's split of للمملكة) is named without the
    clitic, المملكة الأردنية."""
    words = analysis.words
    start, end = words[first].start, words[last].end
    text = analysis.text[start:end]
    glued = first > 0 and words[first - 1].text == "ل" and words[first - 1].end == start and text.startswith("ل")
    return Location(name="ا" + text if glued else text, evidence=Span(text=text, start=start, end=end))


def meeting_location(analysis: Analysis, sent: int, exclude: set[int], visit: bool = False,
                     trigger: int | None = None) -> Location | None:
    """exclude: words inside titles (أمير منطقة الرياض names no place of meeting). Places after the
    first word that opens the subjects (… ناقشا خلاله العملية السياسية في ليبيا) are what was discussed;
    the trigger itself (بحث الرئيس مع …) opens nothing."""
    s = analysis.sentences[sent]
    words = analysis.words
    cities, venues, states = [], [], []
    last = next((w.index for w in words[s.first:s.last + 1]
                 if norm(w.text) in TOPIC_OPENERS and w.index != trigger), s.last)
    for i in range(s.first, last):
        if words[i].key == "مدينه" and i + 1 <= s.last and (hit := match_at(analysis, i + 1, s.last)) \
                and hit.how in ("city", "capital") and i not in exclude and norm(words[i - 1].text) not in PREPS:
            cities.append((hit.first, hit.last))  # شهدت مدينة شرم الشيخ …: the city named without a preposition
            continue
        if norm(words[i].text) not in PREPS or i + 1 in exclude:
            continue
        if norm(words[i].text) in ("الي", "ل") and not visit:
            continue
        where = next((k for k in range(i + 2, min(i + 5, s.last + 1)) if norm(words[k].text) == "حيث"), None)
        if norm(words[i].text) == "الي" and where is not None and not any(is_punct(w) for w in words[i + 1:where]):
            cities.append((i + 1, where - 1))  # انتقل إلى عين التينة حيث التقى: the place the move ends at
            continue
        start = after_place_word(analysis, i + 1, s.last)
        if words[start].key in NAMED_FOR_A_CITY and start + 1 <= s.last:
            start += 1  # في مؤتمر ميونيخ للأمن، في قمة الدوحة: the city the event is named for
        hit = match_at(analysis, start, s.last)
        if hit and hit.how in ("city", "capital"):
            cities.append((hit.first, hit.last))
        elif hit and hit.how == "name" and (visit or norm(words[i].text) == "في"):
            states.append((hit.first, hit.last))  # a country, where no city or venue is named
        elif norm(words[i + 1].text).removeprefix("ال") in {norm(v).removeprefix("ال") for v in VENUES}:
            venues.append((i + 1, venue_end(analysis, i + 1, s.last)))
        elif words[i + 1].ner[2:] == "LOC" and norm(words[i].text) == "في" and hit is None:
            # a place the lexicons do not know (a country is named last: … في ليبيا … في جنيف is in Geneva);
            # بـ + an unknown word is too often a name
            j = i + 1
            while j + 1 <= s.last and words[j + 1].ner[:2] in ("I-", "E-"):
                j += 1
            cities.append((i + 1, j))
    for k in range(s.first, last):
        if norm(words[k].text) in HOSTS and (hit := match_at(analysis, k + 1, s.last)
                                             or (k + 2 <= s.last and match_at(analysis, k + 2, s.last))) \
                and hit.how in ("city", "capital", "name"):
            (cities if hit.how in ("city", "capital") else states).append((hit.first, hit.last))
            break  # تستضيف سلطنة عُمان جولة محادثات: the host names the place
    for first, last in cities + venues + states:
        return location_of(analysis, first, last)
    return None


def dateline(analysis: Analysis) -> CountryHit | None:
    """المنامة - بنا، بيروت 26 شوال …: the place an article is filed from, which opens it, set off by a mark,
    a date or the end of its line (found once per analysis)."""
    if "dateline" not in analysis.memo:
        analysis.memo["dateline"] = find_dateline(analysis)
    return analysis.memo["dateline"]


def find_dateline(analysis: Analysis) -> CountryHit | None:
    words = analysis.words
    if not words:
        return None
    hit = match_at(analysis, 0, min(len(words) - 1, 3))
    if hit is None or hit.how not in ("city", "capital", "name") or hit.last + 1 >= len(words):
        return None
    nxt = words[hit.last + 1]
    if nxt.text in DATELINE_MARKS or nxt.upos == "NUM" or "\n" in analysis.text[words[hit.last].end:nxt.start]:
        return hit
    return None
