"""People, bodies and states named in a sentence, each with its title and country.

A person is a name core (an NER person, or proper nouns after an honorific or a
title), stripped of honorifics and extended over family links (بن، آل). Its title
is the apposition chain beside it (وزير الدفاع الأمريكي اشتون كارتر / سمير جعجع،
رئيس حزب القوات اللبنانية); its country comes from that chain: a demonym, a
country, a capital or a fixed title (خادم الحرمين الشريفين → SA), and is null
when the chain names an international body.
"""

from __future__ import annotations

from dataclasses import dataclass

from schemas import Kind
from workers.analysis import Analysis, Sentence, Word, norm
from workers.extraction.countries import CountryHit, country_in, is_international, match_at
from workers.extraction.dates import WEEKDAYS
from workers.extraction.lexicon import meeting_words, people
from workers.ner_context import MIN_SURNAME
from workers.segmentation import RARE

CHAIN_POS = {"NOUN", "ADJ", "PROPN", "DET", "NUM", "X"}
MAX_CHAIN = 14
TIME_WORDS = {"اليوم", "امس", "البارحه", "غدا", "الليله"}  # not صباح / مساء: صباح is a name too
VENUES = {"قصر", "مقر", "مكتب", "السراي", "قاعه", "فندق", "مبني", "ديوان", "مركز", "منتجع", "البيت", "الكرملين", "الاليزيه"}
DAY_NAMES = {norm(day) for day in WEEKDAYS}
COUNTERPART = {"نظير", "نظيره", "نظيرته", "نظيرها", "نظيرهم", "نظيريه", "نظيرت", "نظيرتي"}  # نظيرت|ها: her counterpart
# regnal numbers (الملك عبدالله الثاني، البابا بنديكت السادس عشر) belong to the name after a royal title
ORDINALS = {"الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر"}
ROYAL = {"ملك", "ملكه", "عاهل", "سلطان", "امير", "اميره", "بابا", "امبراطور", "شاه", "بطريرك"}


@dataclass
class Mention:
    kind: Kind
    first: int  # name words, inclusive
    last: int
    sent: int
    title: tuple[int, int] | None = None
    country: CountryHit | None = None
    international: bool = False

    def name(self, analysis: Analysis) -> str:
        return analysis.span_text(self.first, self.last)

    @property
    def extent(self) -> tuple[int, int]:
        lo, hi = self.first, self.last
        if self.title:
            lo, hi = min(lo, self.title[0]), max(hi, self.title[1])
        return lo, hi


def is_punct(w: Word) -> bool:
    return w.upos == "PUNCT" or not any(ch.isalnum() for ch in w.text)


def is_honorific_at(words: list[Word], i: int) -> int:
    """Length of the honorific phrase starting at i (0 if none)."""
    hon = people()["honorifics"]
    for n in (3, 2, 1):
        if i + n <= len(words) and (key := tuple(w.key for w in words[i:i + n])) in hon:
            if n == 1 and words[i].text.startswith("ال") and words[i].key in people()["indefinite_honorifics"]:
                return 0  # رئيس الدولة: دولة is an honorific only without the article (دولة رئيس الوزراء)
            if key in people()["definite_honorifics"] and not definite(words, i):
                continue  # مستشار الأمن القومي، أمير البلاد: without the article, a title heading its genitive
            return n
    return 0


def definite(words: list[Word], i: int) -> bool:
    """Written with the article: الأمير، للأمير، ل|لأمير."""
    return words[i].text.startswith(("ال", "لل")) or (i > 0 and words[i - 1].text == "ل" and words[i - 1].end == words[i].start)


def in_honorific(words: list[Word], i: int) -> bool:
    """Word i ends an honorific phrase begun before it (الفريق أول ركن: NER may start the name at ركن)."""
    return any(i - k >= 0 and is_honorific_at(words, i - k) > k for k in (1, 2))


def is_time_word(w: Word) -> bool:
    return norm(w.text) in TIME_WORDS or norm(w.text) in DAY_NAMES


TIMES_OF_DAY = {"صباح", "مساء", "ظهر", "عصر", "فجر", "ليل"}


def time_of_day_at(words: list[Word], i: int) -> bool:
    """صباح اليوم، مساء الأحد: صباح is a name too, but not before a day."""
    return norm(words[i].text) in TIMES_OF_DAY and i + 1 < len(words) and is_time_word(words[i + 1])


def is_title_head(w: Word) -> bool:
    return w.key in people()["title_heads"]


def is_person_tag(w: Word) -> bool:
    """NER tags the word as (part of) a person: PERS in ANERcorp, PER in Stanza's official models."""
    return w.ner[2:] in ("PERS", "PER")


def is_name_word(w: Word) -> bool:
    return w.upos in ("PROPN", "X") or (w.ner != "O" and w.ner[2:] == "PERS")


def not_name(analysis: Analysis, i: int) -> bool:
    """Words that never start or end a person's name: titles, honorifics, places, demonyms, time words."""
    w = analysis.words[i]
    return (is_title_head(w) or bool(is_honorific_at(analysis.words, i)) or w.key in COUNTERPART or is_punct(w)
            or time_of_day_at(analysis.words, i)
            or norm(w.text) in TIME_WORDS or match_at(analysis, i, i) is not None or w.upos in ("ADP", "VERB", "CCONJ")
            or norm(w.text) in meeting_words()["verb_forms"] or w.key in meeting_words()["nouns"]
            or norm(w.text) in meeting_words()["absent_parties"]  # الغزواني رسالة خطية
            or norm(w.text) in meeting_words()["phone_words"] or norm(w.text) in meeting_words()["video_words"])  # اتصالا هاتفيا


def trim(analysis: Analysis, first: int, last: int) -> tuple[int, int] | None:
    """An NER person span without the title or demonym the tagger took in (الروسي سيرجي، محمد … ولي العهد)."""
    words = analysis.words
    while first <= last and (is_title_head(words[first]) or is_honorific_at(words, first) or is_punct(words[first])
                             or match_at(analysis, first, first) or norm(words[first].text) in TIME_WORDS
                             or words[first].key in people()["not_names"]):
        first += 1
    if first <= last and (place := match_at(analysis, first, last)) and place.how in ("capital", "city", "name"):
        first = place.last + 1  # أديس أبابا: a place of two words the tagger read as a person
    if first <= last and norm(words[first].text) in people()["name_links"] and first > 0 \
            and not not_name(analysis, first - 1) and not unlikely_name(words[first - 1]):
        first -= 1  # خالد بن محمد where the tagger began at بن
    for j in range(first + 1, last + 1):
        w = analysis.words[j]
        if norm(words[j - 1].text) in people()["name_links"] and not is_punct(w):
            continue  # محمد ولد الشيخ الغزواني: a word after a family link is the name's, title or not
        if is_title_head(w) or is_punct(w) or norm(w.text) in TIME_WORDS or w.key in meeting_words()["nouns"] \
                or norm(w.text) in meeting_words()["verb_forms"] or w.key in people()["not_names"]:
            last = j - 1
            break
    return (first, last) if first <= last else None


COMMON = 5000  # a word this frequent in news is a name only where the tagger says person


def unlikely_name(w: Word) -> bool:
    """Institution words the tagger calls proper (مجلس، جمهورية), words with the article, very common words."""
    return w.key in people()["not_names"] or (not is_person_tag(w) and (w.text.startswith(("ال", "لل")) or w.freq > COMMON))


def proper_run(analysis: Analysis, i: int, last: int) -> int | None:
    """End of a run of proper nouns starting at i that can be a name, or None."""
    words = analysis.words
    if words[i].upos not in ("PROPN", "X", "NOUN") or not_name(analysis, i) or unlikely_name(words[i]):
        return None
    if words[i].upos == "NOUN" and words[i].ner == "O":
        return None
    j = i
    while j + 1 <= last and words[j + 1].upos in ("PROPN", "X") and not not_name(analysis, j + 1) \
            and words[j + 1].key not in people()["not_names"]:
        j += 1
    return j


FUNCTION_WORDS = {"في", "من", "علي", "الي", "عن", "مع", "و", "ب", "ل", "ك", "ف", "ان", "الذي", "التي", "خلال", "لدي"}


def honored_run(analysis: Analysis, i: int, last: int, trust_verbs: bool = True) -> int | None:
    """After an honorific the name follows whatever the tagger calls it (الشيخ صباح الخالد الحمد الصباح),
    unless NER marks where a person's name ends (السيد X دعم …)."""
    words = analysis.words
    if i <= last and words[i].ner.startswith("S-") and is_person_tag(words[i]):
        return i
    if i <= last and words[i].key in people()["not_names"]:
        return None  # أمير منطقة الرياض: an institution word after the honorific, no name
    j = i - 1
    while j + 1 <= last and j + 1 - i < 5:
        w = words[j + 1]
        if (is_title_head(w) or is_honorific_at(words, j + 1) or is_punct(w) or is_time_word(w) or time_of_day_at(words, j + 1)
                or norm(w.text) in FUNCTION_WORDS or match_at(analysis, j + 1, j + 1) or (trust_verbs and w.upos == "VERB")
                or norm(w.text) in meeting_words()["verb_forms"] or w.key in meeting_words()["nouns"]
                or norm(w.text) in meeting_words()["phone_words"] | meeting_words()["video_words"]  # فيدان هاتفيا
                or norm(w.text) in meeting_words()["absent_parties"]):  # الغزواني رسالة خطية
            break
        j += 1
    return j if j >= i else None


BOUNDARY = {"في", "ب", "و", "خلال", "الذي", "التي", "علي", "الي", "مع", "من", "لدي"}


def rare_proper(w: Word) -> bool:
    return (w.upos == "PROPN" or is_person_tag(w)) and w.freq < RARE and not w.text.startswith("ال")


def after_demonym(analysis: Analysis, head: int, last: int) -> tuple[int, int] | None:
    """TITLE … DEMONYM NAME: two or three words after a title that ends in a demonym (or in لدى + the
    country an envoy is sent to), then a boundary."""
    words = analysis.words
    j, accredited = head + 1, False
    while j <= last and j - head <= 6 and chain_ok(words[j]) and not (
            (hit := match_at(analysis, j, j)) and hit.how == "demonym"):
        if norm(words[j].text) == "لدي" and j + 1 <= last:  # سفير جمهورية الصين الشعبية لدى المملكة تشن …
            place = match_at(analysis, j + 1, last)
            j, accredited = (place.last if place else j + 1), True
            break
        j += 1
    if j > last or (not accredited and (j - head > 6 or not match_at(analysis, j, j))):
        return None
    if j + 1 <= last and words[j + 1].text in ("،", ","):
        j += 1  # كبير مستشاري الرئيس الأمريكي، مسعد بولس،
    end = honored_run(analysis, j + 1, last, trust_verbs=False)  # تمام سلام: names the tagger reads as verbs
    if end is None or not (1 <= end - j - 1 <= 2 or (end == j + 1 and rare_proper(words[end]))):
        return None  # two or three words; one where it is a rare proper noun (نظيرتها الإندونيسية سوجيونو)
    after = words[end + 1] if end + 1 <= last else None
    if after is not None and not (is_punct(after) or norm(after.text) in BOUNDARY | TIME_WORDS):
        return None
    if any(w.text.startswith(("ال", "لل")) for w in words[j + 1:end]) and words[j + 1].ner == "O":
        return None  # المبعوث الأمريكي للشرق الأوسط: only a surname has the article
    return j + 1, end


def name_cores(analysis: Analysis, sent: int, surnames: set[str] | None = None) -> list[tuple[int, int]]:
    """Word spans of person names: NER persons, proper nouns right after an honorific or a title chain,
    and the surname alone of a person named in full earlier in the article (كما استقبل الخصاونة)."""
    s = analysis.sentences[sent]
    words = analysis.words
    spans = [(w.index, w.index) for w in words[s.first:s.last + 1] if surnames and w.key in surnames
             and not time_of_day_at(words, w.index)]  # الصباح, then صباح اليوم: a time
    for e in analysis.entities:
        if e.type in ("PERS", "PER") and s.first <= e.first <= s.last:
            trimmed = trim(analysis, e.first, e.last)
            if trimmed:
                spans.append(trimmed)
    i = s.first
    while i <= s.last:
        n = is_honorific_at(words, i)
        if n and i + n <= s.last:
            end = honored_run(analysis, i + n, s.last)
            if end is not None:
                spans.append((i + n, end))
        elif (is_title_head(words[i]) or words[i].key in COUNTERPART) and (end := after_demonym(analysis, i, s.last)) is not None:
            spans.append(end)  # رئيس مجلس الوزراء اللبناني تمام سلام في …، نظيرتها الإندونيسية سوجيونو
        elif is_title_head(words[i]):
            j = i + 1  # الرئيس هولاند
            while j <= s.last and j - i <= 12 and chain_ok(words[j]):
                if hit := match_at(analysis, j, s.last):
                    j = hit.last + 1  # سفير المملكة المتحدة لدى …: a country of two words is no name
                    continue
                if words[j].upos in ("PROPN", "X") and not not_name(analysis, j) and not (
                        words[j].text.startswith("ال") and not is_person_tag(words[j])):
                    break  # لشؤون الأمن الدولي أليسا …: a definite proper noun inside the title is the title's
                j += 1
            # beyond 8 words of title (المبعوث الخاص للاتحاد الأوروبي لمنطقة الخليج ل|ويجي دي مايو), a rare name
            # only, which may have lost its first letter to the preposition ل
            cut = j <= s.last and words[j - 1].text == "ل" and words[j - 1].end == words[j].start and rare_proper(words[j])
            if j <= s.last and (j - i <= 8 or rare_proper(words[j])) and words[j].upos in ("PROPN", "X") \
                    and (words[j - 1].upos != "ADP" or cut) and (
                    # وزير الخارجية ب|ديوان الوزارة: a proper noun after a preposition is a place
                    not words[j].text.startswith("ال") or (words[j].ner[:2] in ("B-", "S-") and is_person_tag(words[j]))):
                # a definite word inside an NER person (ولي العهد after the name) is the title's, not a name
                end = proper_run(analysis, j, s.last)
                if end is not None:
                    spans.append((j - cut, end))
        elif headed_by(analysis, i) and (head := delegation_head(analysis, i, s.last)) is not None:
            spans.append(head)
        elif words[i].upos == "PROPN" and (end := proper_run(analysis, i, s.last)) is not None and end > i \
                and right_title(analysis, end, s.last, set()) and not match_at(analysis, i, end):  # not أديس أبابا
            spans.append((i, end))  # سمير جعجع، رئيس حزب …: a proper-noun pair with a title after it
            i = end
        i += max(n, 1)
    return merge_and_extend(analysis, spans, s.last)


def unseen_surname(analysis: Analysis, first: int, i: int) -> bool:
    w = analysis.words[i]
    return (analysis.counted and w.freq == 0 and i - first <= 3 and w.text.isalpha() and not w.text.startswith("ال")
            and len(w.text) >= MIN_SURNAME and w.upos in ("VERB", "NOUN", "ADJ", "PROPN", "X")
            and (w.upos == "VERB" or not not_name(analysis, i)) and not is_title_head(w)
            and norm(w.text) not in meeting_words()["verb_forms"])


HEADED_BY = {"برئاسه", "يراسه", "يتراسه", "تتراسه", "تراسه"}


def headed_by(analysis: Analysis, i: int) -> int:
    """Words of «برئاسة» ending at word i (2 where the tokenizer cut ب|رئاسة), or 0."""
    words = analysis.words
    if norm(words[i].text) in HEADED_BY:
        return 1
    return 2 if i > 0 and words[i].key == "رئاسه" and norm(words[i - 1].text) == "ب" else 0


def delegation_head(analysis: Analysis, i: int, last: int) -> tuple[int, int] | None:
    """وفد … برئاسة نائب رئيس البنك لمنطقة غرب ووسط أفريقيا أوسمان دياغانا: after «برئاسة» and a title of
    up to 14 words, the first rare proper noun that is no place starts the head's name."""
    words = analysis.words
    for j in range(i + 1, min(last, i + 14) + 1):
        w = words[j]
        if is_punct(w) or w.upos == "VERB":
            return None
        if rare_proper(w) and not not_name(analysis, j):
            end = proper_run(analysis, j, last) or j
            return j, end
    return None


def merge_and_extend(analysis: Analysis, spans: list[tuple[int, int]], sent_last: int) -> list[tuple[int, int]]:
    words, links = analysis.words, people()["name_links"]
    out: list[tuple[int, int]] = []
    for first, last in sorted(spans):
        while first <= last and (is_honorific_at(words, first) or in_honorific(words, first)):
            first += is_honorific_at(words, first) or 1  # NER may take الأمير into the name
        if first > last:
            continue
        sent_first = analysis.sentences[words[first].sent].first
        while first - 1 >= sent_first and words[first - 1].upos == "PROPN" and not not_name(analysis, first - 1) \
                and not unlikely_name(words[first - 1]) \
                and not (first - 2 >= sent_first and words[first - 2].key in people()["not_names"]):
            first -= 1  # رمضان أحمد قاديروف where NER found only أحمد قاديروف; not إقليم كردستان
        if first - 2 >= sent_first and words[first - 1].text in ("و", "ب", "ل", "ك") \
                and words[first - 1].end == words[first].start \
                and words[first].freq < RARE and not is_person_tag(words[first - 2]) and (
                    is_title_head(words[first - 2]) or match_at(analysis, first - 2, first - 2)):
            first -= 1  # السفير و|ودرو ويلسون، الرئيس الإندونيسي ب|رابوو: a bare title takes no conjunction nor preposition
        if first - 1 >= sent_first and words[first - 1].text in ("ف", "س") and words[first - 1].end == words[first].start \
                and words[first].freq < RARE and is_person_tag(words[first]):
            first -= 1  # ف|يليبو غراندي، س|يلفيو: no conjunction nor future prefix comes before a name
        if first - 3 >= sent_first and words[first - 1].text in ("ل", "ب") and words[first - 1].end == words[first].start \
                and (demonym := match_at(analysis, first - 3, first - 3)) and demonym.how == "demonym" \
                and words[first - 2].upos in ("NOUN", "PROPN", "X") and not not_name(analysis, first - 2) \
                and not unlikely_name(words[first - 2]):
            first -= 2  # وزيرة الخارجية البلجيكية حجة ل|حبيب: a given name after the demonym, the family name cut
        if first - 2 >= sent_first and words[first - 1].ner == "S-LOC" and not match_at(analysis, first - 1, first - 1) \
                and match_at(analysis, first - 2, first - 2) and not not_name(analysis, first - 1) \
                and not unlikely_name(words[first - 1]):
            first -= 1  # سفير المملكة المتحدة لدى اليمن عبدة شريف: no place follows the title's country; a name does
        if first == last and first - 2 >= sent_first and (hit := match_at(analysis, first - 1, first - 1)) \
                and hit.how == "name" and match_at(analysis, first - 2, first - 2) and norm(words[first - 1].text) != "و":
            first -= 1  # رئيسة وزراء إيطاليا جورجيا ميلوني: a title names one country; the second starts the name
        # family parts: بن X، آل X, and proper nouns the tagger did not join
        while last + 1 <= sent_last:
            nxt = words[last + 1]
            if nxt.text == "ه" and nxt.start == words[last].end and (words[last].freq < RARE or (
                    last + 2 <= sent_last and is_person_tag(words[last + 2]) and not is_punct(words[last + 2]))):
                last += 1  # عبدالل|ه، نبي|ه بري: the tokenizer cut a name ending in ه (no word, or a name goes on)
            elif norm(nxt.text) == "و" and last + 2 <= sent_last and nxt.end == words[last + 2].start \
                    and (after := words[last + 2]).freq < RARE and after.ner == "O" and after.upos != "PROPN" \
                    and not is_title_head(after) \
                    and not after.text.startswith("ال") and after.text.isalpha():
                last += 2  # ستيف و|يتكوف: a rare word the tagger read as a verb, not a second person joined by و
            elif norm(nxt.text) in links and last + 2 <= sent_last and not is_punct(words[last + 2]) \
                    and words[last + 2].upos not in ("ADP", "VERB", "CCONJ", "PART", "SCONJ"):
                last += 2  # not محمد ولد في …: born in
            elif nxt.upos == "PROPN" and not not_name(analysis, last + 1):
                last += 1
            elif unseen_surname(analysis, first, last + 1):
                last += 1  # عبد المجيد تبون: a word news never wrote, after a name, is the name's (the tagger said verb)
            else:
                break
        if out and first <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], last))
        else:
            out.append((first, last))
    return out


CHAIN_STOPS = {"مع", "من", "عن", "علي", "الي", "بين", "خلال", "حول", "بعد", "قبل", "منذ", "ان", "التي", "الذي", "وسط"}


def chain_ok(w: Word) -> bool:
    """A word that can sit inside a title chain (رئيس جهاز المخابرات العامة المصرية)."""
    return not is_punct(w) and w.upos != "VERB" and norm(w.text) not in TIME_WORDS | CHAIN_STOPS


def right_title(analysis: Analysis, last: int, sent_last: int, taken: set[int]) -> tuple[int, int] | None:
    words = analysis.words
    i = last + 1
    if i <= sent_last and words[i].text in ("،", ",", "-", "–"):
        i += 1
    if i > sent_last or not is_title_head(words[i]) or i in taken:
        return None
    start, j = i, i
    while j + 1 <= sent_last and j + 1 - start < MAX_CHAIN and j + 1 not in taken:
        nxt = words[j + 1]
        if not chain_ok(nxt) or is_honorific_at(words, j + 1):
            break
        if norm(nxt.text) == "و":
            after = words[j + 2] if j + 2 <= sent_last else None
            if after is None or is_title_head(after) or is_honorific_at(words, j + 2) or is_name_word(after):
                break
        if norm(nxt.text) == "في" and not is_international(analysis, start, j):
            break
        if norm(nxt.text) == "ب" and j + 2 <= sent_last and is_place_at(analysis, j + 2):
            break  # وزير الخارجية ب|ديوان عام الوزارة: where he received, not his title (المكلف ب|التجارة is)
        j += 1
    while j > start and (norm(words[j].text) in ("و", "في", "ل") or words[j].upos == "ADP"):
        j -= 1
    return start, j


def is_place_at(analysis: Analysis, i: int) -> bool:
    w = analysis.words[i]
    hit = match_at(analysis, i, i)
    return w.key in VENUES or norm(w.text) in VENUES or (hit is not None and hit.how in ("city", "capital", "name"))


def left_title(analysis: Analysis, first: int, sent_first: int, taken: set[int]) -> tuple[int, int] | None:
    words = analysis.words
    i = first - 1
    while i >= sent_first and words[i].key in people()["honorific_words"]:
        i -= 1
    if i > sent_first and words[i].text in ("،", ","):
        i -= 1  # رئيس جهاز المخابرات، اللواء حسن رشاد / محافظ عدن، نائف البكري: a comma after the title
    end, head = i, None
    j, bracketed = i, 0
    while j >= sent_first and end - j - bracketed < MAX_CHAIN and j not in taken:
        w = words[j]
        if w.text == ")" and (opening := next((k for k in range(j - 1, max(sent_first, j - 6) - 1, -1)
                                                if words[k].text == "("), None)) is not None:
            bracketed += j - opening + 1
            j = opening - 1  # لوكالة … اللاجئين الفلسطينيين (الأونروا) فيليب لازاريني: an acronym inside the title
            continue
        if not chain_ok(w) and norm(w.text) != "و" and not (norm(w.text) == "وسط" and norm(words[j - 1].text) == "و"):
            break  # not … غرب و|وسط أفريقيا, a region
        if norm(w.text) == "في" and head is not None:
            break  # المسؤول الأممي في بغداد | وزير النقل …: a title already begins after the place
        if is_title_head(w) or norm(w.text) in COUNTERPART:
            head = j
        j -= 1
    if head is None or end < head:
        return None
    while end > head and norm(words[end].text) == "و":
        end -= 1  # السفير و|ودرو: the conjunction before a name is no part of its title
    return head, end


def named_after(analysis: Analysis, first: int) -> bool:
    """The name is part of a place or institution named after its bearer (مستشفى الملك فهد)."""
    words, i = analysis.words, first - 1
    sent_first = analysis.sentences[words[first].sent].first
    while i >= sent_first and first - i <= 3 and (is_title_head(words[i]) or words[i].key in people()["honorific_words"]):
        i -= 1
    return i >= sent_first and words[i].key in people()["eponym_heads"]


def nisba_surname(analysis: Analysis, last: int, sent_last: int, untitled: bool = False) -> bool:
    """A demonym right after a titled name is the family name (رئيس الوزراء محمد شياع السوداني),
    where the tagger ended the name before it: Arabic puts a title's demonym before the name."""
    words = analysis.words
    nxt = last + 1
    if nxt > sent_last or not (hit := match_at(analysis, nxt, nxt)) or hit.how != "demonym":
        return False
    after = words[nxt + 1] if nxt + 1 <= sent_last else None
    return after is None or is_punct(after) or norm(after.text) in BOUNDARY | TIME_WORDS or (untitled and after.upos == "VERB")


def verb_follows_nisba(analysis: Analysis, last: int, sent_last: int) -> bool:
    """بأن محمد شياع السوداني استقبل …: with no title, a demonym between a name and its verb is the family name."""
    return last + 2 <= sent_last and analysis.words[last + 2].upos == "VERB" \
        and nisba_surname(analysis, last, sent_last, untitled=True)


def surnames(analysis: Analysis, cores: list[tuple[int, int]]) -> set[str]:
    """Last names of persons named with two words or more; a last name that is also a place
    (برناردينو ليون) counts where the tagger reads it as part of a person's name."""
    words = analysis.words
    return {words[last].key for first, last in cores
            if last > first and len(words[last].key) >= MIN_SURNAME  # not the ه the tokenizer cut off عبدالله
            and (not not_name(analysis, last) or is_person_tag(words[last]))}


def surnames_before(analysis: Analysis, sent: int) -> set[str]:
    return {key for earlier in range(sent) for key in surnames(analysis, name_cores(analysis, earlier))}


def regnal_end(analysis: Analysis, first: int, last: int, s: Sentence) -> int:
    """The last word of a royal name with its regnal number (الملك عبدالله الثاني، الثالث عشر)."""
    words = analysis.words
    if last + 1 > s.last or norm(words[last + 1].text) not in ORDINALS:
        return last
    if not any(w.key in ROYAL for w in words[max(s.first, first - 3):first]):
        return last  # نائب الرئيس الأول: an ordinal after a plain name is not part of it
    return last + 2 if last + 2 <= s.last and norm(words[last + 2].text) == "عشر" else last + 1


def persons(analysis: Analysis, sent: int) -> list[Mention]:
    s = analysis.sentences[sent]
    known = surnames_before(analysis, sent)
    cores = name_cores(analysis, sent, known)
    if new := surnames(analysis, cores) - known:  # named in full earlier in this sentence (… ليون، يحث السيد ليون)
        cores = name_cores(analysis, sent, known | new)
    cores = [(first, last) for first, last in cores if not named_after(analysis, first)]
    taken = {i for a, b in cores for i in range(a, b + 1)}
    lefts = {}
    for first, _last in cores:  # a title right before a name is that name's (وزير التجارة الهندي بيوش غويال)
        left = left_title(analysis, first, s.first, taken)
        if left:
            lefts[first] = left
            taken.update(range(left[0], left[1] + 1))
    out = []
    for first, last in cores:
        left = lefts.get(first)
        right = right_title(analysis, last, s.last, taken)
        chains = [c for c in (left, right) if c]
        title = max(chains, key=lambda c: c[1] - c[0]) if chains else None
        if left and analysis.words[left[0]].key in COUNTERPART:
            title = right  # بنظيره التركي إبراهيم قالن: the counterpart word is no title
        m = Mention(Kind.person, first, last, sent, title=title)
        for a, b in chains:
            taken.update(range(a, b + 1))
            m.international = m.international or is_international(analysis, a, b)
            if not m.international and m.country is None:
                m.country = country_in(analysis, a, b)
        if not right and ((left and nisba_surname(analysis, last, s.last)) or (not left and verb_follows_nisba(analysis, last, s.last))):
            m.last += 1
            taken.add(m.last)
        if (end := regnal_end(analysis, first, m.last, s)) > m.last:
            m.last = end
            taken.update(range(first, end + 1))
        out.append(m)
    return out


def groups(analysis: Analysis, sent: int, taken: set[int]) -> list[Mention]:
    """Unnamed parties: مسؤولين روس كبار، وفد من صندوق النقد الدولي، الأطراف الرئيسية."""
    s = analysis.sentences[sent]
    words, heads = analysis.words, people()["groups"]
    out = []
    for i in range(s.first, s.last + 1):
        if i in taken or words[i].key not in heads:
            continue
        j = i
        while j + 1 <= s.last and j + 1 - i < 6 and chain_ok(words[j + 1]) and words[j + 1].upos in CHAIN_POS | {"ADP"}:
            j += 1
        while j > i and words[j].upos == "ADP":
            j -= 1
        hit = country_in(analysis, i, j)
        out.append(Mention(Kind.group, i, j, sent, country=hit, international=is_international(analysis, i, j)))
    return out


def bodies(analysis: Analysis, sent: int, taken: set[int]) -> list[Mention]:
    """Organisations (NER) and states named as parties."""
    s = analysis.sentences[sent]
    out = []
    for e in analysis.entities:
        if e.type == "ORG" and s.first <= e.first <= s.last and e.first not in taken:
            out.append(Mention(Kind.organization, e.first, e.last, sent, country=country_in(analysis, e.first, e.last),
                               international=is_international(analysis, e.first, e.last)))
    i = s.first
    while i <= s.last:
        hit = match_at(analysis, i, s.last)
        if hit and hit.how == "name" and i not in taken and not is_person_tag(analysis.words[i]):
            out.append(Mention(Kind.country, hit.first, hit.last, sent, country=hit))
        i = hit.last + 1 if hit else i + 1
    return out


def sentence_mentions(analysis: Analysis, sent: int) -> list[Mention]:
    people_ = persons(analysis, sent)
    taken = {i for m in people_ for i in range(m.extent[0], m.extent[1] + 1)}
    return sorted(people_ + groups(analysis, sent, taken) + bodies(analysis, sent, taken), key=lambda m: m.first)

