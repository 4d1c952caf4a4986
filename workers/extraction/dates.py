"""The day of a meeting from the words of its sentence, resolved against the publication date.

Explicit Gregorian dates (digits, Western or Eastern, or an ordinal day: في الخامس من أغسطس), Hijri
dates (Umm al-Qura, converted with `hijridate`), and relative words: اليوم، أمس،
البارحة، أول من أمس، غدا، بعد غد, weekday names (held: the latest such day on or
before publication; planned: the next one), الماضي / المقبل. Nothing is invented:
with no date words, or relative words and no publication date, the date is null.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from hijridate import Hijri

from schemas import DateSource, MeetingDate, Span, Status
from workers.analysis import Analysis, norm

EASTERN_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
GREGORIAN_MONTHS = {
    "يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "مايو": 5, "يونيو": 6, "يونيه": 6, "يوليو": 7, "يوليه": 7,
    "اغسطس": 8, "سبتمبر": 9, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    "كانون الثاني": 1, "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6, "تموز": 7, "اب": 8,
    "ايلول": 9, "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الاول": 12,
    "جانفي": 1, "فيفري": 2, "افريل": 4, "ماي": 5, "جوان": 6, "جويليه": 7, "اوت": 8,
}
HIJRI_MONTHS = {
    "محرم": 1, "صفر": 2, "ربيع الاول": 3, "ربيع الثاني": 4, "ربيع الاخر": 4, "جمادي الاولي": 5, "جمادي الاول": 5,
    "جمادي الاخره": 6, "جمادي الثانيه": 6, "جمادي الاخر": 6, "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10,
    "ذو القعده": 11, "ذي القعده": 11, "ذو الحجه": 12, "ذي الحجه": 12,
}
WEEKDAYS = {"الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الاربعاء": 2, "الخميس": 3, "الجمعه": 4, "السبت": 5, "الاحد": 6}
RELATIVE = [("اول من امس", -2), ("اول امس", -2), ("امس الاول", -2), ("بعد غد", 2), ("البارحه", -1), ("امس", -1), ("غدا", 1),
            ("اليوم", 0), ("الليله", 0)]
NEXT_WORDS = ("المقبل", "القادم", "المقبله", "القادمه")
LAST_WORDS = ("الماضي", "المنصرم", "الفائت", "الماضيه")
# a day's year against publication: «أغسطس المقبل» is still to come, «مارس الماضي» has passed
SIDE_STATUS = {**dict.fromkeys(NEXT_WORDS, Status.planned), **dict.fromkeys(LAST_WORDS, Status.held)}


UNITS = ["الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"]
TEEN_UNITS = ["الحادي", *UNITS[1:]]  # الحادي عشر، الحادي والعشرين
ORDINAL_DAYS = {  # norm() forms of the days of a month written as ordinals (في الخامس من أغسطس)
    **{u: n for n, u in enumerate(UNITS, 1)}, "العاشر": 10, "العشرين": 20, "الثلاثين": 30, "الحادي والثلاثين": 31,
    **{f"{u} عشر": n for n, u in enumerate(TEEN_UNITS, 11)},
    **{f"{u} والعشرين": n for n, u in enumerate(TEEN_UNITS, 21)},
}


def _alternation(names: dict[str, int]) -> str:
    return "|".join(sorted((re.escape(k) for k in names), key=len, reverse=True))


SIDE = rf"(?:\s*(?:عام|سنه)?\s*(\d{{4}})|\s+({'|'.join(NEXT_WORDS + LAST_WORDS)})(?!\w))?"  # the year, or المقبل / الماضي
GREG = re.compile(rf"\b(\d{{1,2}})\s*(?:من\s+)?(?:شهر\s+)?({_alternation(GREGORIAN_MONTHS)}){SIDE}")
HIJRI = re.compile(rf"\b(\d{{1,2}})\s*(?:من\s+)?(?:شهر\s+)?({_alternation(HIJRI_MONTHS)})(?:\s*(?:عام|سنه)?\s*(\d{{4}}))?\s*(?:ه|هـ)?")
# only after في / يوم: مدينة السادس من أكتوبر، العاشر من رمضان are places
ORDINAL = re.compile(rf"(?<!\w)[وف]?(?:في|يوم)\s+({_alternation(ORDINAL_DAYS)})\s+من\s+(?:شهر\s+)?"
                     rf"({_alternation(GREGORIAN_MONTHS)})(?!\w){SIDE}")
MOVEMENTS = ("قوي", "لقوي", "تيار", "حركه", "ثوره", "انتفاضه", "تحالف", "ذكري")
NAMED_FOR_DAY = re.compile(rf"(?<!\w)[وبل]?(?:{'|'.join(MOVEMENTS)})$")
BRACKETED = re.compile(r"\s*\(\s*(?:" + "|".join(re.escape(r) for r, _ in RELATIVE) + r")\s*\)")
NUMERIC = re.compile(r"\b(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})\b")
WEEKDAY = re.compile(rf"(?<!\w)(?:يوم\s+)?(?:[وب]?)({'|'.join(norm(w) for w in WEEKDAYS)})(?:\s+({'|'.join(NEXT_WORDS + LAST_WORDS)}))?")
MONTH_SHIFT = {"الجاري": 0, "الحالي": 0, "الماضي": -1, "المنصرم": -1, "المقبل": 1, "القادم": 1}
OF_MONTH = re.compile(rf"\b(\d{{1,2}})\s*(?:من\s+)?الشهر\s+({'|'.join(MONTH_SHIFT)})")  # في 3 من الشهر الجاري
RELATIVE_RE = re.compile(r"(?<!\w)(?:[وف]?)(?:مساء|صباح|ليله|ظهر|عصر)?\s*(" + "|".join(re.escape(r) for r, _ in RELATIVE) + r")(?!\w)")


@dataclass
class Found:
    value: dt.date
    source: DateSource
    start: int
    end: int


def flat(text: str) -> str:
    """norm() that keeps every character's position (same length), digits made Western."""
    out = norm(text).translate(EASTERN_DIGITS)
    return out if len(out) == len(text) else _aligned(text)


def _aligned(text: str) -> str:
    return "".join((norm(ch) or " ").translate(EASTERN_DIGITS)[:1] for ch in text)


def _year(published: dt.date | None, month: int, given: str | None) -> int | None:
    if given:
        return int(given)
    return published.year if published else None


def nearest_year(day: dt.date, published: dt.date, status: Status) -> dt.date:
    """«في 12 ديسمبر» written in January: a meeting held is in the year before, one planned in December
    for a paper of the same December stays; a planned one before publication is next year's."""
    if status == Status.held and day > published + dt.timedelta(days=1):
        return day.replace(year=day.year - 1)
    if status == Status.planned and day < published - dt.timedelta(days=1):
        return day.replace(year=day.year + 1)
    return day


def named_for_day(s: str, start: int) -> bool:
    """The word before the day (and the spaces after it) is a movement's: only the few letters it can
    take are read, not the text from its start."""
    end = start
    while end > 0 and s[end - 1].isspace():
        end -= 1
    longest = 1 + max(map(len, MOVEMENTS))  # a prefix و/ب/ل and the word
    return end < start and NAMED_FOR_DAY.search(s, max(0, end - longest), end) is not None


def find_dates(text: str, published: dt.date | None, status: Status) -> list[Found]:
    s = flat(text)
    found: list[Found] = []
    for m in HIJRI.finditer(s):
        tail = s[m.end(2):m.end() + 3]
        if not m.group(3) and "ه" not in tail:
            continue
        year = int(m.group(3)) if m.group(3) else None
        if year is None:
            continue
        try:
            g = Hijri(year, HIJRI_MONTHS[m.group(2)], int(m.group(1))).to_gregorian()
        except (ValueError, OverflowError):
            continue
        found.append(Found(dt.date(g.year, g.month, g.day), DateSource.hijri, m.start(), m.end()))
    for m in [*GREG.finditer(s), *ORDINAL.finditer(s)]:
        if named_for_day(s, m.start(1)):
            continue  # قوى 14 آذار، ثورة 25 يناير: a movement named for a day
        year = _year(published, GREGORIAN_MONTHS[m.group(2)], m.group(3))
        try:
            if year:
                day = dt.date(year, GREGORIAN_MONTHS[m.group(2)], ORDINAL_DAYS.get(m.group(1)) or int(m.group(1)))
                if m.group(4) in NEXT_WORDS and status == Status.held:
                    continue  # قبل العودة في السابع من أغسطس المقبل: a day still to come is not when it was held
                if not m.group(3) and published:
                    day = nearest_year(day, published, SIDE_STATUS.get(m.group(4), status))
                found.append(Found(day, DateSource.explicit, m.start(1), m.end()))
        except ValueError:
            continue
    for m in NUMERIC.finditer(s):
        a, b, c = (int(x) for x in m.groups())
        y, mo, d = (a, b, c) if a > 31 else (c, b, a)
        try:
            if 1900 < y < 2200:
                found.append(Found(dt.date(y, mo, d), DateSource.explicit, m.start(), m.end()))
        except ValueError:
            continue
    if published is None:
        return found
    for m in OF_MONTH.finditer(s):
        first = published.replace(day=1)
        month = (first + dt.timedelta(days=32 * MONTH_SHIFT[m.group(2)])) if MONTH_SHIFT[m.group(2)] >= 0 \
            else (first - dt.timedelta(days=1))
        try:
            found.append(Found(month.replace(day=int(m.group(1))), DateSource.relative, m.start(), m.end()))
        except ValueError:
            continue
    for m in RELATIVE_RE.finditer(s):
        offset = dict(RELATIVE)[m.group(1)]
        bracket = BRACKETED.match(s, m.end())
        if bracket:  # «في وقت لاحق اليوم (أمس)»: a quote's word, then the paper's own in brackets
            continue
        found.append(Found(published + dt.timedelta(days=offset), DateSource.relative, m.start(1), m.end(1)))
    for m in WEEKDAY.finditer(s):
        target = WEEKDAYS.get(m.group(1)) if m.group(1) in WEEKDAYS else {norm(k): v for k, v in WEEKDAYS.items()}[m.group(1)]
        after = m.group(2)
        forward = after in NEXT_WORDS or (after is None and status == Status.planned)
        delta = (target - published.weekday()) % 7
        if forward:
            day = published + dt.timedelta(days=delta or 7 if after else delta)
        else:
            back = (published.weekday() - target) % 7
            day = published - dt.timedelta(days=back or (7 if after in LAST_WORDS else 0))
        found.append(Found(day, DateSource.relative, m.start(1), m.end()))
    return found


SPEECH = {"قال", "قالت", "اعلن", "اعلنت", "ذكر", "ذكرت", "افاد", "افادت", "اوضح", "صرح", "اكد", "اكدت", "اضاف"}


def clause_start(analysis: Analysis, sent: int, trigger: int) -> int:
    """Where the trigger's clause starts: after «قال … اليوم إن» the day is the statement's, not the meeting's."""
    s = analysis.sentences[sent]
    words = analysis.words
    start = s.first
    for i in range(s.first, trigger):
        if norm(words[i].text) in ("ان", "بان") and any(norm(w.text) in SPEECH for w in words[s.first:i]):
            start = i + 1
    return start


SOURCE_TAGS = {"حسبما", "بحسب", "حسب", "وفقا", "وفق", "وفقما", "نقلا"}  # حسبما أعلن الإليزيه اليوم: the day of the report


def clause_end(analysis: Analysis, sent: int, trigger: int) -> int:
    """Where the trigger's clause ends: before a tag that names the source, whose day is the report's."""
    s = analysis.sentences[sent]
    return next((w.index - 1 for w in analysis.words[trigger + 1:s.last + 1] if norm(w.text) in SOURCE_TAGS), s.last)


def meeting_date(analysis: Analysis, sent: int, published: dt.date | None, status: Status,
                 trigger: int | None = None) -> MeetingDate:
    """The most specific date in the trigger's clause: explicit and Hijri before weekday, weekday before اليوم/أمس."""
    s = analysis.sentences[sent]
    first = analysis.words[clause_start(analysis, sent, trigger)].start if trigger is not None else s.start
    last = analysis.words[clause_end(analysis, sent, trigger)].end if trigger is not None else s.end
    text = analysis.text[first:last]
    found = find_dates(text, published, status)
    if not found:
        return MeetingDate()
    rank = {DateSource.explicit: 0, DateSource.hijri: 1, DateSource.relative: 2}
    best = min(found, key=lambda f: (rank[f.source], f.source == DateSource.relative and (f.end - f.start) < 6, f.start))
    start, end = first + best.start, first + best.end
    return MeetingDate(value=best.value, source=best.source, evidence=Span(text=analysis.text[start:end], start=start, end=end))
