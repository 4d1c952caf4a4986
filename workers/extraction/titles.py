"""The title chain beside a name: before it (وزير الدفاع الأمريكي اشتون كارتر) or after a comma
(سمير جعجع، رئيس حزب القوات اللبنانية)."""

from __future__ import annotations

from workers.analysis import Analysis, Word, norm
from workers.extraction.countries import STATE_FORMS, CountryHit, country_in, holder_country, is_international, match_at
from workers.extraction.lexicon import meeting_words, people
from workers.extraction.word_classes import (
    COUNTERPART,
    NAMING,
    SIGNED_DOCUMENTS,
    TOPIC_OPENERS,
    VENUES,
    chain_ok,
    in_honorific,
    is_honorific_at,
    is_name_word,
    is_person_tag,
    is_title_head,
    supervises,
    time_of_day_at,
    verb_of_call,
)
from workers.segmentation import RARE

MAX_CHAIN = 14
EPONYMS = {"ملك", "امير", "سلطان", "شيخ"}  # rulers institutions are named after (مركز الملك سلمان)
# norm() forms: praise after a ruler's name or title, a prayer after the late's (فهد رحمه الله)
EPITHETS = {"المعظم", "المفدي", "حفظه", "ايده", "رعاه", "رحمه", "رحمها", "رحمهما", "رحمهم", "يرحمه"}


def epithet_at(words: list[Word], i: int) -> int:
    """Length of the praise or prayer starting at word i (0 if none): المعظم، حفظ|ه الله، رحم|ه الله.
    The tokenizer splits the pronoun off."""
    w = words[i]
    if norm(w.text) in EPITHETS:
        n = 1
    elif i + 1 < len(words) and words[i + 1].start == w.end and words[i + 1].upos == "PRON" \
            and norm(w.text + words[i + 1].text) in EPITHETS:
        n = 2
    else:
        return 0
    return n + 1 if i + n < len(words) and norm(words[i + n].text) == "الله" else n


def right_title(analysis: Analysis, last: int, sent_last: int, taken: set[int]) -> tuple[int, int] | None:
    words = analysis.words
    i = last + 1
    if i <= sent_last:
        i += epithet_at(words, i)  # فهد رحمه الله، ولي العهد
    if i <= sent_last and words[i].text in ("،", ",", "-", "–"):
        i += 1
    if i > sent_last or not is_title_head(words[i]) or i in taken:
        return None
    if i == last + 1 and object_of_subject_verb(analysis, last, i):
        return None  # استقبل السوداني سفيرة الولايات المتحدة: the one received, not the subject's title
    start, j = i, i
    joined = None  # the و before a second office of the same person (رئيس مجلس الوزراء ووزير الخارجية)
    while j + 1 <= sent_last and j + 1 - (joined or start) < MAX_CHAIN and j + 1 not in taken:  # each office its own limit
        nxt = words[j + 1]
        named_for = nxt.key in EPONYMS and words[j].key in people()["eponym_heads"]  # رئيس مدينة الملك عبدالعزيز …
        if (not chain_ok(nxt) and not sent_to(analysis, j + 1, start) and not supervises(words, j + 1)) \
                or (is_honorific_at(words, j + 1) and not named_for) \
                or verb_of_call(analysis, j + 1) or time_of_day_at(words, j + 1) \
                or nxt.key in people()["groups"] or epithet_at(words, j + 1) or nxt.key in meeting_words()["nouns"] \
                or norm(nxt.text) in TOPIC_OPENERS or norm(nxt.text) in meeting_words()["phone_words"] \
                or (nxt.key in SIGNED_DOCUMENTS and not nxt.text.startswith("ال") and words[j].text != "ل"):
            break  # … لحزب الله وفدا من …، عاهل البلاد المعظم اتصالا، رئيس الدولة هاتفيا، وزير الخارجية الروسي
            # ل|بحث، وزير الطاقة اتفاقية: the delegation received, praise, the call, what they took up, what is signed
        if nxt.key in STATE_FORMS and j > start and words[j].text.startswith("ال") and words[j].upos in ("NOUN", "PROPN"):
            break  # غادر … وزير الدفاع | جمهورية مصر العربية: a state after a definite noun is no genitive of the title
        if ends_phrase(analysis, j):
            break  # … بالقوات المسلحة | تفعيل أوجه التعاون: what they discussed, not the title
        if norm(nxt.text) == "و":
            after = words[j + 2] if j + 2 <= sent_last else None
            if joined is None and after is not None and is_title_head(after) and not after.text.startswith("ال"):
                joined = j + 1
            elif after is None or is_title_head(after) or is_honorific_at(words, j + 2) \
                    or norm(after.text) in meeting_words()["verb_forms"] or (  # وزير الخارجية الإيراني و|بحثا العلاقات
                    is_name_word(after) and not (after.text.startswith("ال") and not is_person_tag(after))) \
                    or after.key in people()["groups"] or norm(after.text).removeprefix("ال").startswith("مرافق"):
                break  # رئيس الولايات المتحدة والوفد المرافق له، مدير الفرع ومرافقيه: those with him
        if norm(nxt.text) == "في" and not is_international(analysis, start, j) and not (
                words[start].key not in ENVOYS and j + 2 <= sent_last and words[j + 2].key in STATE_FORMS
                and (state := match_at(analysis, j + 2, sent_last)) is not None and state.how == "name"
                and country_in(analysis, start, j) is None):
            break  # (but وزير أوروبا والشؤون الخارجية في الجمهورية الفرنسية: a state's formal name is his)
        if norm(nxt.text) == "ل" and j + 2 <= sent_last and (hit := match_at(analysis, j + 2, sent_last)) \
                and hit.how == "name" and any(w.key == "زياره" for w in words[max(0, last - 12):last]):
            break  # بمناسبة زيارة الأمير محمد بن سلمان … وزير الدفاع | للمملكة الأردنية: where the visit goes
        if norm(nxt.text) == "ب" and j + 2 <= sent_last and is_place_at(analysis, j + 2):
            break  # وزير الخارجية ب|ديوان عام الوزارة: where he received, not his title (المكلف ب|التجارة is)
        if norm(nxt.text) in meeting_words()["attendance"] or (
                norm(nxt.text) == "ب" and j + 2 <= sent_last and norm(words[j + 2].text) in meeting_words()["attendance"]):
            break  # الرئيس التنفيذي للشركة بالنيابة | ب|حضور عدد من المسؤولين: who else was present
        j += 1
    if joined is not None and j + 1 <= sent_last and is_name_word(words[j + 1]):
        j = joined - 1  # رئيس الوزراء ورئيس وزراء اليونان كيرياكوس …: the second office is another person's
    while j > start and (norm(words[j].text) in ("و", "في", "ل") or words[j].upos == "ADP"):
        j -= 1
    return start, j


def ends_phrase(analysis: Analysis, j: int) -> bool:
    """A noun without the article after a definite adjective opens a new phrase: no genitive follows an adjective."""
    words = analysis.words
    w, nxt = words[j], words[j + 1]
    return w.upos == "ADJ" and w.text.startswith("ال") and nxt.upos == "NOUN" and nxt.ner == "O" \
        and not nxt.text.startswith(("ال", "و", "ل")) and not is_title_head(nxt) and match_at(analysis, j + 1, j + 1) is None


def object_of_subject_verb(analysis: Analysis, name: int, title: int) -> bool:
    """The parser reads the name as a verb's subject and the title word as the same verb's object."""
    words = analysis.words
    if words[name].deprel in ("appos", "flat") and words[name].head >= 0:
        name = words[name].head  # أبلغ الرئيس عون الوزير الإيراني: the name stands beside its title, the subject
    head = words[name].head
    return words[name].deprel == "nsubj" and words[title].deprel == "obj" and words[title].head == head \
        and head >= 0 and words[head].upos == "VERB" \
        and meeting_words()["verb_forms"].get(norm(words[head].text)) not in ("receive_call", "gather")
    # تلقى X … اتصالا: a call; اجتمع X وزير …: gathering takes no object, the parser's is the subject's title


ENVOYS = {"مبعوث", "مبعوثه", "موفد", "مندوب", "سفير", "سفيره", "ممثل", "ممثله", "منسق"}


def sent_to(analysis: Analysis, j: int, sent_first: int) -> bool:
    """المبعوث الأممي إلى ليبيا: «إلى» inside an envoy's title, where an envoy word stands just before it."""
    words = analysis.words
    if norm(words[j].text) != "الي":
        return False
    for k in range(j - 1, max(sent_first, j - 10) - 1, -1):
        if words[k].key in ENVOYS:
            return True  # المبعوثة الخاصة للأمين العام للأمم المتحدة إلى ليبيا
        if not (chain_ok(words[k]) or words[k].upos == "ADP"):
            return False
    return False


VENUE_KEYS = VENUES | {"مكتبه", "مقره"}  # and ب|مكتبه: his office, the pronoun left on by the tokenizer


def is_place_at(analysis: Analysis, i: int) -> bool:
    w = analysis.words[i]
    hit = match_at(analysis, i, i)
    return w.key in VENUE_KEYS or norm(w.text) in VENUES or (hit is not None and hit.how in ("city", "capital", "name"))


def ends_country(analysis: Analysis, k: int) -> bool:
    """Does a country's name or demonym end at word k?"""
    return any((h := match_at(analysis, a, k)) is not None and h.last == k for a in range(max(0, k - 2), k + 1))


SENT = {"برقيه", "رساله", "تهنئه", "تعزيه", "دعوه", "تحيه", "تحيات", "خطاب", "مذكره", "شكر", "شكره", "تقدير", "تقديره"}


def left_title(analysis: Analysis, first: int, sent_first: int, taken: set[int]) -> tuple[int, int] | None:
    words = analysis.words
    i = first - 1
    while i >= sent_first and (is_honorific_at(words, i) or in_honorific(words, i)):
        i -= 1  # not the الأول of الوزير الأول, though الفريق الأول is an honorific
    honored = i < first - 1
    if i > sent_first and norm(words[i].text) in NAMING:
        i -= 1  # مستشار مالي ألماني يدعى كارل شميت: the title before "called" is the name's
    if i >= sent_first and words[i].text in ("و", "ب", "ل") and words[i].end == words[i + 1].start:
        return None  # عادل الجبير وزير الخارجية ب|جون كيري: the title before the preposition is the other party's
    if i > sent_first and words[i].text in ("،", ","):
        i -= 1  # رئيس جهاز المخابرات، اللواء حسن رشاد / محافظ عدن، نائف البكري: a comma after the title
    end, head = i, None
    j, bracketed = i, 0
    while j >= sent_first and (end if head is None else head) - j - bracketed < MAX_CHAIN and j not in taken:  # per office
        w = words[j]
        if w.text == ")" and (opening := next((k for k in range(j - 1, max(sent_first, j - 6) - 1, -1)
                                                if words[k].text == "("), None)) is not None:
            bracketed += j - opening + 1
            j = opening - 1  # لوكالة … اللاجئين الفلسطينيين (الأونروا) فيليب لازاريني: an acronym inside the title
            continue
        if not chain_ok(w) and norm(w.text) != "و" and not (norm(w.text) == "وسط" and norm(words[j - 1].text) == "و") \
                and not sent_to(analysis, j, sent_first) and not supervises(words, j):
            break  # not … غرب و|وسط أفريقيا, a region
        if head is not None and w.text == "ب" and j + 1 < head and is_place_at(analysis, j + 1) and j + 1 not in taken \
                and j > sent_first and not is_title_head(words[j - 1]):
            break  # سفير خادم الحرمين … ب|مقر السفارة | أستاذ الطب …: where they met parts the host's title from the
            # guest's (المستشار ب|الديوان الملكي: an office's seat, right after it, is the title's)
        if norm(w.text) == "في" and head is not None:
            break  # المسؤول الأممي في بغداد | وزير النقل …: a title already begins after the place
        if head is not None and w.text == "ل" and j > sent_first and words[j - 1].key in SENT:
            break  # برقية | ل|لرئيس الفرنسي: what is sent to the office holder (not المبعوث الخاص ل|لأمين العام)
        if head is not None and is_honorific_at(words, j) and not is_title_head(w) and j > sent_first \
                and norm(words[j - 1].text) == "و":
            break  # … وزير الدفاع و|فخامة رئيس جمهورية مصر العربية: the honorific opens this person's title
        if w.upos == "PRON" and j < end and j > sent_first and not is_title_head(words[j - 1]) \
                and norm(words[j - 1].text) not in COUNTERPART and words[j - 1].freq >= RARE:  # not عبدالل|ه
            break  # نائب خادم الحرمين شكر|ه وتقدير|ه ل|سمو …: not an office's pronoun (أمين|ها العام، نظير|ه التركي)
        if norm(w.text) == "و" and head is not None and j > sent_first and (
                ends_country(analysis, j - 1) or is_international(analysis, max(sent_first, j - 2), j - 1)) \
                and any(match_at(analysis, k, end) for k in range(j + 1, end + 1)):
            break  # عاهل الأردن | والرئيس الفلسطيني محمود عباس، الأمين العام للجامعة العربية | ورئيس الأركان
            # المصري …: each title names its own state or body
        if head is not None and is_title_head(w) and (own := holder_country(analysis, j, head - 1)) \
                and (later := holder_country(analysis, head, end)) is not None and later.code != own.code:
            break  # كما استقبل أمير منطقة الرياض | سفير جمهورية البيرو لدى المملكة …: no one holds offices of two states
        if head == j + 1 and (own := match_at(analysis, j, j)) and own.how == "demonym" \
                and (later := country_in(analysis, head, end)) is not None and later.code != own.code:
            break  # والتقى الوزير الأمريكي | ولي العهد السعودي …: an office of another state is another person's
        if (is_title_head(w) and not (w.key in EPONYMS and j > sent_first and words[j - 1].key in people()["eponym_heads"])) \
                or norm(w.text) in COUNTERPART:
            head = j  # not the الملك of مركز الملك سلمان: a name the institution bears
        j -= 1
    if head is None or end < head:
        return None
    if head - 1 in taken and (joined := next((k + 1 for k in range(end - 1, head, -1) if norm(words[k].text) == "و"
                                              and words[k + 1].text.startswith("ال") and is_title_head(words[k + 1])), None)):
        head = joined  # بين الأمير محمد بن سلمان … وزير الدفاع | والرئيس المصري عبد الفتاح السيسي: the titles right after
        # a name are that name's; a definite office after و opens the next person's
    if honored and head - 1 >= sent_first and head - 1 in taken and placed_at(analysis, head, end):
        return None  # سمو الشيخ عبدالله بن زايد وزير الخارجية في أبوظبي معالي جان نويل بارو: between a name and an
        # honorific, a title that ends in where they met is the first name's
    while end > head and norm(words[end].text) == "و":
        end -= 1  # السفير و|ودرو: the conjunction before a name is no part of its title
    return head, end


def placed_at(analysis: Analysis, first: int, last: int) -> bool:
    """Words first..last end in في and a place (… في أبوظبي)."""
    return any((hit := match_at(analysis, k, last)) is not None and hit.last == last and hit.how in ("city", "capital")
               and norm(analysis.words[k - 1].text) == "في" for k in range(max(first + 1, last - 2), last + 1))


PLURAL_HEADS = {"وزراء", "رؤساء", "سفراء", "قاده", "زعماء", "ممثلو", "ممثلي", "مبعوثو", "مبعوثي", "مندوبو", "مندوبي"}


def shared_title(analysis: Analysis, first: int, sent_first: int,
                 names: list[tuple[int, int]]) -> tuple[tuple[int, int], CountryHit] | None:
    """وزراء خارجية مصر X والأردن Y والعراق Z: a plural title shared out by country, each name after its
    own country; the title words before the first country (وزراء خارجية) and the name's country, or None."""
    words = analysis.words
    k, countries, own = first - 1, 0, None
    while k >= sent_first:
        hit = next((h for n in (3, 2, 1) if k - n + 1 >= sent_first
                    and (h := match_at(analysis, k - n + 1, k)) and h.how == "name" and h.last == k), None)
        if hit:
            k, countries, own = hit.first - 1, countries + 1, own or hit
        elif countries and norm(words[k].text) == "و":
            k -= 1
        elif countries and (core := next((c for c in names if c[1] == k), None)):
            k = core[0] - 1  # past the countries and names that share the title
        else:
            break
    if own is None:
        return None
    end = k
    for head in range(end, max(sent_first, end - 3) - 1, -1):
        if words[head].key in PLURAL_HEADS:
            return (head, end), own
        if not chain_ok(words[head]):
            return None
    return None
